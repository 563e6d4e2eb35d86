"""Writing imported households: match existing accounts and people, change only what differs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.engine import Database
from db.models import (
    AppSetting,
    Household,
    LivestockSnapshot,
    Member,
)
from desktop.core.textsearch import fold
from desktop.services import household_search
from desktop.services.households import (
    BookError,
    HouseholdData,
    MemberData,
    _apply,
    _clean_household,
    _office,
    _record_change,
    check_counts,
    clean_member,
)
from desktop.services.settings import OFFICE_NUMBER

# ---- import: many households in one transaction ----------------------------------------------


@dataclass(frozen=True)
class ImportedMember:
    """A member read from a file; `given` names the fields the file filled in.

    A member already in the book is matched by IIN, else by surname, name and birth date;
    only the given fields are compared, and only changed ones are written (with history).
    """

    data: MemberData
    given: frozenset[str]


@dataclass(frozen=True)
class ImportedHousehold:
    """A household read from a file, matched in the book by its personal account number."""

    data: HouseholdData
    given: frozenset[str]  # household fields the file filled in (compared when it exists)
    members: tuple[ImportedMember, ...]
    livestock_as_of: date | None = None
    livestock: dict[str, int] = field(default_factory=dict)  # only the groups the file gave


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


class _ImportState:
    """The book as the import sees it: loaded once, kept current as households are taken in."""

    def __init__(self, session: Session) -> None:
        self.office = _office(session)
        # Hold the office setting so the session's (weak) identity map keeps it: otherwise each
        # history line's _office() lookup queries it again, flushing the session every time.
        self._office_setting = session.get(AppSetting, OFFICE_NUMBER)
        self.households = {
            h.account_number: h
            for h in session.scalars(
                select(Household)
                .where(Household.origin_office == self.office, Household.deleted_at.is_(None))
                .options(selectinload(Household.members))
            )
        }
        # IIN -> (member key, household key, account) of people registered in open households
        self.iin_owner: dict[str, tuple[object, object, str]] = {
            iin: (member_id, household_id, account)
            for iin, member_id, household_id, account in session.execute(
                select(Member.iin, Member.id, Member.household_id, Household.account_number)
                .join(Household)
                .where(
                    Member.iin.is_not(None),
                    Member.registered_to.is_(None),
                    Member.deleted_at.is_(None),
                    Household.closed_on.is_(None),
                )
            )
        }
        self.snapshots = {
            (s.household_id, s.as_of): s
            for s in session.scalars(
                select(LivestockSnapshot)
                .join(Household)
                .where(
                    Household.origin_office == self.office,
                    LivestockSnapshot.deleted_at.is_(None),
                )
            )
        }


def _same_person(existing: Member, values: dict[str, Any], given: set[str]) -> bool:
    if existing.iin and values["iin"]:
        return False  # both have an IIN and they differ (equal ones matched already)
    if fold(existing.surname) != fold(values["surname"]) or fold(existing.name) != fold(
        values["name"]
    ):
        return False
    return "birth_date" not in given or existing.birth_date == values["birth_date"]


def _match_member(
    current: list[Member], values: dict[str, Any], given: set[str], taken: set[object]
) -> Member | None:
    if values["iin"]:
        found = next((m for m in current if m.iin == values["iin"]), None)
        if found is not None:
            return found
    candidates = [m for m in current if m.id not in taken and _same_person(m, values, given)]
    return candidates[0] if len(candidates) == 1 else None


def _import_one(
    session: Session,
    state: _ImportState,
    item: ImportedHousehold,
    by: str,
    reason: str,
    today: date,
    write: bool,
) -> ImportOutcome:
    try:
        values = _clean_household(item.data)
    except BookError as error:
        return ImportOutcome("failed", error)
    household = state.households.get(values["account_number"])
    household_key: object = household.id if household else values["account_number"]
    current = (
        [m for m in household.members if m.deleted_at is None and m.registered_to is None]
        if household
        else []
    )
    head_now = next((m for m in current if m.relation == "head"), None)
    member_errors: list[tuple[int, BookError]] = []
    added: list[dict[str, Any]] = []
    changed: list[tuple[Member, dict[str, Any]]] = []
    taken: set[object] = set()
    claimed: dict[str, object] = {}  # IINs this household takes in this import
    for index, imported in enumerate(item.members):
        try:
            member_values = clean_member(imported.data, today)
            given = set(imported.given)
            if member_values["iin"]:
                given |= {"iin", "birth_date", "sex"}
            match = _match_member(current, member_values, given, taken)
            if (
                match is None
                and "relation" not in given
                and head_now is not None
                and member_values["relation"] == "head"
            ):
                # "head" was only the default for a first row; this household has its head
                member_values["relation"] = "other"
            key: object = match.id if match else uuid.uuid4()
            if match is not None and match.id in taken:
                raise BookError("iin", "iin_in_same_household", account=values["account_number"])
            iin = member_values["iin"]
            if iin:
                owner = state.iin_owner.get(iin)
                if iin in claimed or (owner is not None and owner[0] != key):
                    where = (
                        "same_household"
                        if iin in claimed or owner is None or owner[1] == household_key
                        else "other_household"
                    )
                    account = owner[2] if owner is not None else values["account_number"]
                    raise BookError("iin", f"iin_in_{where}", account=account)
            relation = member_values["relation"] if "relation" in given or not match else None
            if relation == "head":
                has_head = (head_now is not None and head_now is not match) or any(
                    a["relation"] == "head" for a in added
                )
                if has_head:
                    raise BookError("relation", "second_head")
        except BookError as error:
            member_errors.append((index, error))
            continue
        if iin:
            claimed[iin] = key
        if match is None:
            added.append(member_values)
        else:
            taken.add(match.id)
            diff = {
                name: member_values[name]
                for name in sorted(given)
                if name in member_values and getattr(match, name) != member_values[name]
            }
            if diff:
                changed.append((match, diff))

    failed = tuple(member_errors)
    if household is None and not any(a["relation"] == "head" for a in added):
        return ImportOutcome("failed", BookError("relation", "head_required"), failed)

    household_changes: dict[str, Any] = {}
    if household is not None:
        household_changes = {
            name: values[name]
            for name in sorted(item.given)
            if name in values and getattr(household, name) != values[name]
        }
    counts: dict[str, int] | None = None
    snapshot: LivestockSnapshot | None = None
    if item.livestock and item.livestock_as_of is not None:
        as_of = item.livestock_as_of
        opened = household.opened_on if household else values["opened_on"]
        if as_of < opened:
            return ImportOutcome("failed", BookError("as_of", "before_opening"), failed)
        if household is not None:
            snapshot = state.snapshots.get((household.id, as_of))
        merged = dict(snapshot.counts) if snapshot is not None else {}
        merged.update(item.livestock)
        try:
            counts = check_counts(session, merged, allow_implausible=False)
        except BookError as error:
            return ImportOutcome("failed", error, failed)
        if (snapshot.counts if snapshot is not None else {}) == counts:
            counts = None  # nothing new to record

    for iin, key in claimed.items():
        state.iin_owner[iin] = (key, household_key, values["account_number"])
    is_changed = bool(household is None or household_changes or added or changed or counts)
    status = "created" if household is None else "updated" if is_changed else "unchanged"
    outcome = ImportOutcome(status, None, failed, len(added), len(changed))
    if not write or not is_changed:
        return outcome

    office = state.office
    if household is None:
        household = Household(id=uuid.uuid4(), origin_office=office, **values)
        session.add(household)
        session.flush()  # history lines refer to it by key only, with no relationship to order by
        state.households[values["account_number"]] = household
        _record_change(
            session,
            household.id,
            "household",
            household.id,
            "created",
            None,
            values["account_number"],
            by,
            reason,
        )
    else:
        _apply(session, household, household.id, "household", household_changes, by, reason)
    for member_values in added:
        member = Member(id=uuid.uuid4(), origin_office=office, household=household, **member_values)
        session.add(member)
        _record_change(
            session,
            household.id,
            "member",
            member.id,
            "added",
            None,
            f"{member.surname} {member.name}",
            by,
            reason,
        )
        if member.iin:
            state.iin_owner[member.iin] = (member.id, household.id, household.account_number)
    for member, diff in changed:
        _apply(session, member, household.id, "member", diff, by, reason)
    if counts is not None and item.livestock_as_of is not None:
        if snapshot is None:
            snapshot = LivestockSnapshot(
                id=uuid.uuid4(),
                origin_office=office,
                household=household,
                as_of=item.livestock_as_of,
                counts=counts,
            )
            session.add(snapshot)
            state.snapshots[(household.id, item.livestock_as_of)] = snapshot
            _record_change(
                session,
                household.id,
                "livestock",
                snapshot.id,
                "counts",
                None,
                counts,
                by,
                item.livestock_as_of.isoformat(),
            )
        else:
            _apply(
                session,
                snapshot,
                household.id,
                "livestock",
                {"counts": counts},
                by,
                item.livestock_as_of.isoformat(),
            )
    session.flush()
    household_search.reindex(session, household.id)
    return outcome


def check_import(
    db: Database, households: list[ImportedHousehold], today: date | None = None
) -> list[ImportOutcome]:
    """What import_households would do, without writing anything (one outcome per household)."""
    with db.read() as session:
        state = _ImportState(session)
        day = today or date.today()
        return [_import_one(session, state, h, "", "", day, write=False) for h in households]


def import_households(
    db: Database,
    households: list[ImportedHousehold],
    by: str,
    reason: str = "",
    today: date | None = None,
) -> list[ImportOutcome]:
    """Take many households into the book in ONE transaction, with history and search index.

    A household whose account number is in the book is matched, its members by IIN (else by
    surname, name and birth date); values that did not change are not written, so importing
    the same data again changes nothing. A household that fails a check is skipped whole
    ("failed"); a member that fails is skipped alone. Nothing is written if anything raises.
    """
    with db.write() as session:
        state = _ImportState(session)
        day = today or date.today()
        return [_import_one(session, state, h, by, reason, day, write=True) for h in households]
