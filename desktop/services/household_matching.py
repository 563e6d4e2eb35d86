"""The import's plan: imported households matched against the book, and what changes.

A household read from a file is matched by its personal account number, its members by IIN,
else by surname, name and birth date. Only the values the file gave are compared, and only
changed ones are written, so importing the same data again changes nothing. A member that fails
a check is skipped alone; a household that fails one is skipped whole. Every check of the book's
invariants, and every write, is the household writer's; a preview runs the same code with a
writer that writes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.engine import Database, UnitOfWork
from db.models import Household, LandPlot, LivestockSnapshot, Member
from desktop.core.actor import Actor
from desktop.core.textsearch import fold
from desktop.services.access import require
from desktop.services.household_invariants import Claims
from desktop.services.household_values import (
    BookError,
    HouseholdData,
    LivestockData,
    MemberData,
    NewHousehold,
    PlotData,
    clean_household,
    clean_member,
)
from desktop.services.household_writer import HouseholdWriter, writing

BATCH = 500  # households looked up and checked together


def import_reason(source: str, row: int) -> str:
    """A history line's reason for what an import wrote: the file and its row."""
    return f"{IMPORT_MARK}{source}#{row}" if source else ""


def read_import_reason(reason: str) -> tuple[str, int] | None:
    """(file, row) of an import's history reason; None for any other reason."""
    if not reason.startswith(IMPORT_MARK) or "#" not in reason:
        return None
    source, _, row = reason[len(IMPORT_MARK) :].rpartition("#")
    return (source, int(row)) if row.isdigit() else None


IMPORT_MARK = "import:"


@dataclass(frozen=True)
class ImportedMember:
    """A member read from a file; `given` names the fields the file filled in."""

    data: MemberData
    given: frozenset[str]
    row: int = 0  # the file's row it was read from


@dataclass(frozen=True)
class ImportedHousehold:
    """A household read from a file, matched in the book by its personal account number."""

    data: HouseholdData
    given: frozenset[str]  # household fields the file filled in (compared when it exists)
    members: tuple[ImportedMember, ...]
    livestock_as_of: date | None = None
    livestock: dict[str, int] = field(default_factory=dict)  # only the groups the file gave
    plots: tuple[PlotData, ...] = ()
    land_given: bool = False  # the file has land: its plots are compared with the book's
    row: int = 0  # the file's row of the household's first line


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one ImportedHousehold.

    status: "created", "updated", "unchanged", or "failed" (then `error` says why and nothing
    of the household was written). `member_errors` are (index in members, error) of members
    that were skipped while the rest of the household was imported.
    """

    status: str
    error: BookError | None = None
    member_errors: tuple[tuple[int, BookError], ...] = ()
    members_added: int = 0
    members_updated: int = 0


class _Book:
    """The households of the file's accounts (with members, plots and livestock snapshots),
    looked up by key a batch at a time: the office's other households are never read."""

    def __init__(self, writer: HouseholdWriter) -> None:
        self.writer = writer
        self.households: dict[str, Household] = {}
        self.plots: dict[uuid.UUID, list[LandPlot]] = {}
        self.snapshots: dict[tuple[uuid.UUID, date], LivestockSnapshot] = {}
        # New households of the batch, written together (one INSERT per table) at its end.
        # The plan's accounts and IINs are unique in the file, so they cannot meet each other.
        self.pending: list[tuple[NewHousehold, str]] = []

    def fetch(self, items: Sequence[ImportedHousehold]) -> None:
        writer = self.writer
        session = writer.session
        accounts = sorted({" ".join(h.data.account_number.split()) for h in items})
        writer.invariants.prefetch(accounts, (m.data.iin for h in items for m in h.members))
        found = list(
            session.scalars(
                select(Household)
                .where(
                    Household.origin_office == writer.office,
                    Household.account_number.in_(accounts),
                    Household.deleted_at.is_(None),
                )
                .options(selectinload(Household.members))
            )
        )
        self.households.update((h.account_number, h) for h in found)
        writer.invariants.know_heads(
            {
                h.id: next(
                    (
                        m.id
                        for m in h.members
                        if m.relation == "head" and m.registered_to is None and not m.deleted_at
                    ),
                    None,
                )
                for h in found
            }
        )
        ids = [h.id for h in found]
        if not ids:
            return
        if any(h.land_given for h in items):
            for plot in session.scalars(
                select(LandPlot)
                .where(LandPlot.household_id.in_(ids), LandPlot.deleted_at.is_(None))
                .order_by(LandPlot.created_at, LandPlot.id)
            ):
                self.plots.setdefault(plot.household_id, []).append(plot)
        dates = {h.livestock_as_of for h in items if h.livestock and h.livestock_as_of}
        if not dates:
            return
        for snapshot in session.scalars(
            select(LivestockSnapshot).where(
                LivestockSnapshot.household_id.in_(ids),
                LivestockSnapshot.as_of.in_(dates),
                LivestockSnapshot.deleted_at.is_(None),
            )
        ):
            self.snapshots[(snapshot.household_id, snapshot.as_of)] = snapshot


def _same_person(existing: Member, values: dict[str, Any], given: set[str]) -> bool:
    if existing.iin and values["iin"]:
        return False  # both have an IIN and they differ (equal ones matched already)
    if fold(existing.surname) != fold(values["surname"]) or fold(existing.name) != fold(
        values["name"]
    ):
        return False
    return "birth_date" not in given or existing.birth_date == values["birth_date"]


def _match_member(
    current: list[Member], values: dict[str, Any], given: set[str], taken: set[uuid.UUID]
) -> Member | None:
    if values["iin"]:
        found = next((m for m in current if m.iin == values["iin"]), None)
        if found is not None:
            return found
    candidates = [m for m in current if m.id not in taken and _same_person(m, values, given)]
    return candidates[0] if len(candidates) == 1 else None


def _member_data(values: dict[str, Any]) -> MemberData:
    return MemberData(**{**values, "iin": values["iin"] or ""})


def _import_one(
    writer: HouseholdWriter, book: _Book, item: ImportedHousehold, source: str
) -> ImportOutcome:
    reason = import_reason(source, item.row)
    try:
        values = clean_household(item.data)
    except BookError as error:
        return ImportOutcome("failed", error)
    account = values["account_number"]
    household = book.households.get(account)
    claims = Claims(household.id if household else uuid.uuid4(), account, household is None)
    current = (
        [m for m in household.members if m.deleted_at is None and m.registered_to is None]
        if household
        else []
    )
    has_head = any(m.relation == "head" for m in current)
    member_errors: list[tuple[int, BookError]] = []
    added: list[tuple[dict[str, Any], str]] = []  # values, reason
    changed: list[tuple[Member, dict[str, Any], str]] = []
    taken: set[uuid.UUID] = set()
    for index, imported in enumerate(item.members):
        try:
            member_values = clean_member(imported.data, writer.today)
            given = set(imported.given)
            if member_values["iin"]:
                given |= {"iin", "birth_date", "sex"}
            match = _match_member(current, member_values, given, taken)
            default_head = "relation" not in given and member_values["relation"] == "head"
            if match is None and default_head and has_head:
                # "head" was only the default for a first row; this household has its head
                member_values["relation"] = "other"
            if match is not None and match.id in taken:
                raise BookError("iin", "iin_in_same_household", account=account)
            relation = member_values["relation"] if "relation" in given or not match else None
            was_head = match is not None and match.relation == "head"
            member_id = match.id if match else uuid.uuid4()
            writer.invariants.check_person(
                claims, member_id, member_values["iin"], relation, was_head
            )
        except BookError as error:
            member_errors.append((index, error))
            continue
        member_reason = import_reason(source, imported.row or item.row)
        if match is None:
            added.append((member_values, member_reason))
        else:
            taken.add(match.id)
            diff = {
                name: member_values[name]
                for name in sorted(given)
                if name in member_values and getattr(match, name) != member_values[name]
            }
            if diff:
                changed.append((match, diff, member_reason))

    failed = tuple(member_errors)
    if household is None and claims.head is None:
        return ImportOutcome("failed", BookError("relation", "head_required"), failed)

    household_changes: dict[str, Any] = {}
    if household is not None:
        household_changes = {
            name: values[name]
            for name in sorted(item.given)
            if name in values and getattr(household, name) != values[name]
        }
    counts: dict[str, int] | None = None
    as_of = item.livestock_as_of
    if item.livestock and as_of is not None:
        opened = household.opened_on if household else values["opened_on"]
        if as_of < opened:
            return ImportOutcome("failed", BookError("as_of", "before_opening"), failed)
        snapshot = book.snapshots.get((household.id, as_of)) if household else None
        before = dict(snapshot.counts) if snapshot is not None else {}
        try:
            counts = writer.clean_counts({**before, **item.livestock}, False, as_of)
        except BookError as error:
            return ImportOutcome("failed", error, failed)
        if before == counts:
            counts = None  # nothing new to record

    try:
        plots = [writer.clean_plot(p, values["opened_on"]) for p in item.plots]
    except BookError as error:
        return ImportOutcome("failed", error, failed)
    plot_changes: list[tuple[LandPlot | None, dict[str, Any]]] = []
    if household is not None and item.land_given:
        plot_changes = _plot_changes(book.plots.get(household.id, []), plots)

    is_changed = bool(
        household is None or household_changes or added or changed or counts or plot_changes
    )
    status = "created" if household is None else "updated" if is_changed else "unchanged"
    outcome = ImportOutcome(status, None, failed, len(added), len(changed))
    if writer.actor is None:  # a preview: later households see these people as registered
        writer.invariants.take(claims)
        return outcome
    if household is None:
        livestock = (LivestockData(as_of, counts),) if counts and as_of is not None else ()
        new = NewHousehold(
            HouseholdData(**values),
            tuple(_member_data(v) for v, _ in added),
            tuple(PlotData(**p) for p in plots),
            livestock,
        )
        book.pending.append((new, reason))  # created with the rest of its batch
        return outcome
    if household_changes:
        writer.change_household(household.id, household_changes, reason)
    for member_values, member_reason in added:
        writer.add_member(household.id, _member_data(member_values), member_reason)
    for member, diff, member_reason in changed:
        writer.change_member(member.id, diff, member_reason)
    if counts is not None and as_of is not None:
        writer.save_livestock(household.id, as_of, counts)
    for plot, plot_values in plot_changes:
        if plot is None:
            writer.add_plot(household.id, PlotData(**plot_values), reason)
        else:
            writer.update_plot(plot.id, PlotData(**plot_values), reason)
    return outcome


def _plot_changes(
    current: list[LandPlot], imported: list[dict[str, Any]]
) -> list[tuple[LandPlot | None, dict[str, Any]]]:
    """The file's plots against the book's: plots equal in kind and area are the same; of the
    rest, a book plot of the same kind takes the file's area (a corrected cell), and a file
    plot left over is added (None). Book plots the file does not list stay as they are."""
    left = list(current)
    rest = []
    for values in imported:
        same = next(
            (p for p in left if p.purpose == values["purpose"] and p.area_ha == values["area_ha"]),
            None,
        )
        if same is None:
            rest.append(values)
        else:
            left.remove(same)
    changes: list[tuple[LandPlot | None, dict[str, Any]]] = []
    for values in rest:
        plot = next((p for p in left if p.purpose == values["purpose"]), None)
        if plot is None:
            changes.append((None, values))
        else:
            left.remove(plot)
            changes.append((plot, {**_plot_values(plot), "area_ha": values["area_ha"]}))
    return changes


def _plot_values(plot: LandPlot) -> dict[str, Any]:
    return {
        "purpose": plot.purpose,
        "area_ha": plot.area_ha,
        "state_act_number": plot.state_act_number,
        "cadastral_number": plot.cadastral_number,
        "held_from": plot.held_from,
        "held_to": plot.held_to,
    }


def _in_batches(
    writer: HouseholdWriter,
    households: Sequence[ImportedHousehold],
    source: str,
    progress: Callable[[int, int], None] | None,
) -> list[ImportOutcome]:
    book = _Book(writer)
    outcomes: list[ImportOutcome] = []
    total = len(households)
    for first in range(0, total, BATCH):
        if progress is not None:
            progress(first, total)
        batch = households[first : first + BATCH]
        book.fetch(batch)
        outcomes.extend(_import_one(writer, book, h, source) for h in batch)
        if book.pending:
            writer.create([n for n, _ in book.pending], reasons=[r for _, r in book.pending])
            book.pending.clear()
    if progress is not None:
        progress(total, total)
    return outcomes


def check_import(
    db: Database,
    households: Sequence[ImportedHousehold],
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> list[ImportOutcome]:
    """What import_households would do, without writing anything (one outcome per household)."""
    with db.read() as session:
        return _in_batches(HouseholdWriter.checking(session, today), households, "", progress)


def import_households(
    db: Database,
    households: Sequence[ImportedHousehold],
    actor: Actor,
    today: date,
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> list[ImportOutcome]:
    """Take many households into the book in ONE transaction, with history and search index,
    a batch of households at a time. History lines say "import of `source`, row N".

    Nothing is written if anything raises (`progress` raising on Cancel included).
    """
    require(actor, "household.import")
    with writing(db, actor, today) as writer:
        outcomes = _in_batches(writer, households, source, progress)
        statuses = [o.status for o in outcomes]
        work = writer.session
        assert isinstance(work, UnitOfWork)
        work.note(
            "book.import",
            source,
            **{status: statuses.count(status) for status in sorted(set(statuses))},
        )
        return outcomes
