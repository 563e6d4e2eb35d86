"""The one writer of the household book: households, members, land plots and livestock.

Every change of the book goes through here: the clerk's edits (the functions at the end, one
transaction each), many new households at once (demo data, benchmarks), the spreadsheet
import's writes (desktop.services.household_matching decides them), demo removal, purging a
person's data past the retention period (desktop.services.personal_data) and, later, sync.
The writer owns:
- the checks: each value on its own (household_values), then the book's invariants, kept by
  the BookInvariants it owns (household_invariants): an account number once among the office's
  live households, one head per household, an IIN registered once among open households;
- the history: a ChangeRecord per created record and per changed field, naming the actor by
  staff id and name, with the reason;
- the search index, through household_search's reindex / index_new / unindex;
- the change stamps: ORM writes are stamped as the unit of work flushes; bulk inserts and
  tombstones take a range of stamps in one statement (db.change_counter.stamp_rows).

A HouseholdWriter lives inside one unit of work (`writing(db, actor, today)`). It remembers what
it learnt of the book (account numbers, who is registered where, heads), so a batch is checked
with a few queries and each of its households sees the ones before it. A writer made with
`checking(session, today)` runs every check and writes nothing (the import's preview).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from db import audit
from db.bulk import insert_rows, update_rows
from db.change_counter import stamp_rows
from db.engine import Database
from db.models import (
    BookTerm,
    ChangeRecord,
    Household,
    LandPlot,
    LivestockSnapshot,
    Member,
    new_id,
)
from desktop.core.actor import Actor
from desktop.services import household_search
from desktop.services.access import require
from desktop.services.household_invariants import CHUNK, BookInvariants, Claims
from desktop.services.household_values import (
    BookError,
    HouseholdData,
    MemberData,
    NewHousehold,
    PlotData,
    check_date,
    clean_counts,
    clean_household,
    clean_member,
    clean_plot,
    history_value,
)
from desktop.services.households import live_household
from desktop.services.settings import OFFICE_NUMBER, get_setting

# What a purged person's record and (when the last of its people goes) a closed household's
# record keep of personal data: nothing.
PURGED_MEMBER: dict[str, Any] = {
    "surname": "",
    "name": "",
    "patronymic": "",
    "iin": None,
    "birth_date": None,
    "sex": "",
    "removal_reason": "",
    "consent_on": None,
}
PURGED_HOUSEHOLD: dict[str, Any] = {
    "street": "",
    "house": "",
    "apartment": "",
    "phone": "",
    "notes": "",
    "close_reason": "",
}


class HouseholdWriter:
    """Writes the household book in one unit of work, for `actor` (None: checks only).

    `today` is the office's date, needed to check members' IINs and birth dates.
    """

    def __init__(self, session: Session, actor: Actor | None, today: date | None = None) -> None:
        self.session = session
        self.actor = actor  # None: a dry run
        self._today = today
        number = get_setting(session, OFFICE_NUMBER)
        if number is None:
            raise BookError("office", "office_not_configured")
        self.office = int(number)
        self.invariants = BookInvariants(session, self.office)
        self._limits: dict[str, int | None] | None = None
        self._purposes: set[str] | None = None
        self._touched: set[uuid.UUID] = set()  # households whose search row is stale

    @property
    def today(self) -> date:
        if self._today is None:
            raise RuntimeError("give the writer today's date to check members")
        return self._today

    @classmethod
    def checking(cls, session: Session, today: date) -> HouseholdWriter:
        """A writer that runs every check and writes nothing (a dry run)."""
        return cls(session, None, today)

    def clean_counts(
        self, counts: dict[str, int], allow_implausible: bool, as_of: date
    ) -> dict[str, int]:
        if self._limits is None:
            self._limits = {
                t.code: t.plausible_max
                for t in self.session.scalars(select(BookTerm).where(BookTerm.kind == "livestock"))
            }
        return clean_counts(counts, self._limits, allow_implausible, as_of)

    def clean_plot(self, data: PlotData, held_from: date) -> dict[str, Any]:
        """The plot's values (household_values.clean_plot) with a land use of the reference."""
        if self._purposes is None:
            self._purposes = set(
                self.session.scalars(select(BookTerm.code).where(BookTerm.kind == "land_purpose"))
            )
        return clean_plot(data, held_from, self._purposes)

    # ---- history and search ---------------------------------------------------------------------

    def _acting(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("a checking writer writes nothing")
        return self.actor

    def _history(
        self,
        household_id: uuid.UUID,
        entity: str,
        record_id: uuid.UUID,
        name: str,
        old: Any,
        new: Any,
        reason: str,
    ) -> dict[str, Any]:
        return {
            "id": new_id(),
            "household_id": household_id,
            "entity": entity,
            "record_id": record_id,
            "field": name,
            "old_value": history_value(old),
            "new_value": history_value(new),
            "reason": reason,
        }

    def _written_by(self) -> dict[str, Any]:
        """What every history line of this writer has in common: office and actor."""
        actor = self._acting()
        return {
            "origin_office": self.office,
            "changed_by": actor.name,
            "changed_by_id": actor.staff_id,
        }

    def _record(self, *line: Any) -> None:
        self.session.add(ChangeRecord(**self._written_by(), **self._history(*line)))

    def _insert(self, rows: dict[type[Any], list[dict[str, Any]]]) -> None:
        """Insert rows of the book's tables in bulk, stamped in the order given."""
        database_id = stamp_rows(self.session, [row for part in rows.values() for row in part])
        common = {"origin_office": self.office, "row_version": 1, "change_db": database_id}
        for model, table_rows in rows.items():
            extra = self._written_by() if model is ChangeRecord else {}
            insert_rows(self.session, model.__table__, table_rows, {**common, **extra})

    def _apply(
        self, record: Any, household_id: uuid.UUID, entity: str, values: dict[str, Any], reason: str
    ) -> None:
        """Set the changed values of a record, one history line per changed field."""
        for name, new in values.items():
            old = getattr(record, name)
            if old != new:
                self._record(household_id, entity, record.id, name, old, new, reason)
                setattr(record, name, new)
        self._touched.add(household_id)

    def finish(self) -> None:
        """Bring the search rows of the households changed so far up to date."""
        self.session.flush()
        for household_id in sorted(self._touched):
            household_search.reindex(self.session, household_id)
        self._touched.clear()

    # ---- many new households --------------------------------------------------------------------

    def create(
        self,
        households: Sequence[NewHousehold],
        is_demo: bool = False,
        allow_implausible: bool = False,
        reason: str = "",
        reasons: Sequence[str] | None = None,
    ) -> list[uuid.UUID]:
        """New households with their members, plots and livestock: one INSERT per table.
        `reasons`, one per household, stand for `reason` in their history lines.

        Checks and history lines are those of the per-record edits. When one household of
        several fails, its BookError carries `household=<account number>`; nothing is written.
        """
        self.invariants.prefetch(
            (h.data.account_number for h in households),
            (m.iin for h in households for m in h.members),
        )
        rows: dict[type[Any], list[dict[str, Any]]] = {
            Household: [],
            Member: [],
            LandPlot: [],
            LivestockSnapshot: [],
            ChangeRecord: [],
        }
        index: list[tuple[uuid.UUID, Any, list[tuple[str, str, str, str | None]]]] = []
        ids = []
        for number, item in enumerate(households):
            why = reason if reasons is None else reasons[number]
            try:
                ids.append(self._new(item, rows, index, is_demo, allow_implausible, why))
            except BookError as error:
                if len(households) == 1:
                    raise
                account = item.data.account_number
                raise BookError(
                    error.field, error.code, **error.params, household=account
                ) from error
        if self.actor is not None:
            self._insert(rows)
            household_search.index_new(self.session, index)
        return ids

    def _new(
        self,
        item: NewHousehold,
        rows: dict[type[Any], list[dict[str, Any]]],
        index: list[tuple[uuid.UUID, Any, list[tuple[str, str, str, str | None]]]],
        is_demo: bool,
        allow_implausible: bool,
        reason: str,
    ) -> uuid.UUID:
        values = clean_household(item.data)
        members = [clean_member(m, self.today) for m in item.members]
        household_id = new_id()
        claims = Claims(household_id, values["account_number"], is_new=True)
        self.invariants.check_account(claims.account, None)
        member_ids = [new_id() for _ in members]
        for member_id, member in zip(member_ids, members, strict=True):
            self.invariants.check_person(claims, member_id, member["iin"], member["relation"])
        if claims.head is None:
            raise BookError("relation", "head_required")
        plots = [self.clean_plot(p, values["opened_on"]) for p in item.plots]
        if len({s.as_of for s in item.livestock}) != len(item.livestock):
            raise BookError("as_of", "duplicate")
        snapshots = []
        for snapshot in item.livestock:
            if snapshot.as_of < values["opened_on"]:
                raise BookError("as_of", "before_opening")
            counts = self.clean_counts(snapshot.counts, allow_implausible, snapshot.as_of)
            snapshots.append((snapshot, counts))
        self.invariants.take(claims)
        if self.actor is None:
            return household_id

        history = rows[ChangeRecord]
        rows[Household].append({"id": household_id, "is_demo": is_demo, **values})
        history.append(
            self._history(
                household_id, "household", household_id, "created", None, claims.account, reason
            )
        )
        recorded = self._basis_recorded_by()
        for member_id, member in zip(member_ids, members, strict=True):
            rows[Member].append(
                {"id": member_id, "household_id": household_id, **member, **recorded}
            )
            name = f"{member['surname']} {member['name']}"
            history.append(
                self._history(household_id, "member", member_id, "added", None, name, reason)
            )
        for plot in plots:
            plot_id = new_id()
            rows[LandPlot].append({"id": plot_id, "household_id": household_id, **plot})
            text = f"{plot['purpose']} {plot['area_ha']}"
            history.append(
                self._history(household_id, "plot", plot_id, "added", None, text, reason)
            )
        for snapshot, counts in snapshots:
            snapshot_id = new_id()
            rows[LivestockSnapshot].append(
                {
                    "id": snapshot_id,
                    "household_id": household_id,
                    "as_of": snapshot.as_of,
                    "counts": counts,
                    "animal_ids": snapshot.animal_ids.strip(),
                    "note": snapshot.note.strip(),
                }
            )
            history.append(
                self._history(
                    household_id,
                    "livestock",
                    snapshot_id,
                    "counts",
                    None,
                    counts,
                    snapshot.as_of.isoformat(),
                )
            )
        people = [(m["surname"], m["name"], m["patronymic"], m["iin"]) for m in members]
        index.append((household_id, HouseholdData(**values), people))
        return household_id

    # ---- households -----------------------------------------------------------------------------

    def change_household(
        self, household_id: uuid.UUID, values: dict[str, Any], reason: str
    ) -> None:
        """Set some of a household's (clean) values, with history."""
        household = live_household(self.session, household_id)
        account = values.get("account_number", household.account_number)
        if account != household.account_number:
            self.invariants.check_account(account, household.id)
            self.invariants.renumber(household.id, household.account_number, account)
        self._apply(household, household.id, "household", values, reason)

    def update_household(self, household_id: uuid.UUID, data: HouseholdData, reason: str) -> None:
        self.change_household(household_id, clean_household(data), reason)

    def close_household(self, household_id: uuid.UUID, closed_on: date, reason: str) -> None:
        """The household left the book: it stays in history, with the date and the reason; its
        people may then be registered elsewhere."""
        if not reason.strip():
            raise BookError("reason", "required")
        household = live_household(self.session, household_id)
        if household.closed_on is not None:
            raise BookError("closed_on", "already_closed")
        check_date("closed_on", closed_on)
        if closed_on < household.opened_on:
            raise BookError("closed_on", "before_opening")
        values = {"closed_on": closed_on, "close_reason": reason.strip()}
        self._apply(household, household.id, "household", values, reason.strip())
        for member in household.members:
            self.invariants.release(member.iin, member.id)

    # ---- members --------------------------------------------------------------------------------

    def _basis_recorded_by(self) -> dict[str, Any]:
        """Who records a person's legal basis (or consent): the acting staff member."""
        actor = self._acting()
        return {"basis_recorded_by": actor.name, "basis_recorded_by_id": actor.staff_id}

    def _member(self, member_id: uuid.UUID) -> Member:
        member = self.session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise BookError("member", "not_found")
        return member

    def add_member(self, household_id: uuid.UUID, data: MemberData, reason: str = "") -> uuid.UUID:
        values = clean_member(data, self.today)
        household = live_household(self.session, household_id)
        member_id = new_id()
        claims = Claims(household.id, household.account_number)
        self.invariants.check_person(claims, member_id, values["iin"], values["relation"])
        self.invariants.take(claims)
        member = Member(
            id=member_id,
            origin_office=household.origin_office,
            household=household,
            **values,
            **self._basis_recorded_by(),
        )
        self.session.add(member)
        name = f"{member.surname} {member.name}"
        self._record(household.id, "member", member_id, "added", None, name, reason)
        self._touched.add(household.id)
        return member_id

    def change_member(self, member_id: uuid.UUID, values: dict[str, Any], reason: str) -> None:
        """Set some of a member's (clean) values, with history; an IIN or a head's place that
        another member holds is refused."""
        member = self._member(member_id)
        household = member.household
        claims = Claims(household.id, household.account_number)
        iin = values.get("iin", member.iin)
        was_head = member.relation == "head"
        self.invariants.check_person(claims, member.id, iin, values.get("relation"), was_head)
        if member.iin != iin:
            self.invariants.release(member.iin, member.id)
        self.invariants.take(claims)
        basis = (member.data_basis, member.consent_on)
        self._apply(member, household.id, "member", values, reason)
        if (member.data_basis, member.consent_on) != basis:
            for name, value in self._basis_recorded_by().items():
                setattr(member, name, value)

    def update_member(self, member_id: uuid.UUID, data: MemberData, reason: str = "") -> None:
        """Correct a member; making another member the head makes the former head a relative
        ("other"), who stays in the household."""
        values = clean_member(data, self.today)
        member = self._member(member_id)
        if values["relation"] == "head" and member.relation != "head":
            former = self.invariants.head_of(member.household_id)
            if former is not None and former != member.id:
                self._apply(
                    self._member(former),
                    member.household_id,
                    "member",
                    {"relation": "other"},
                    reason,
                )
                self.invariants.unhead(member.household_id)
        self.change_member(member_id, values, reason)

    def remove_member(self, member_id: uuid.UUID, registered_to: date, reason: str) -> None:
        """The person left the household: registration ends on a date with a reason."""
        if not reason.strip():
            raise BookError("reason", "required")
        member = self.session.get(Member, member_id)
        if member is None or member.registered_to is not None:
            raise BookError("member", "not_found")
        check_date("registered_to", registered_to)
        if registered_to < member.registered_from:
            raise BookError("registered_to", "before_registration")
        if member.relation == "head":
            raise BookError("member", "head_must_stay")
        values = {"registered_to": registered_to, "removal_reason": reason.strip()}
        self._apply(member, member.household_id, "member", values, reason.strip())
        self.invariants.release(member.iin, member.id)

    # ---- purging personal data ------------------------------------------------------------------

    def purge_member(
        self, member_id: uuid.UUID, now: datetime, reason: str, decided: bool = False
    ) -> None:
        """Leave of a person no longer registered a tombstone without personal data.

        Names, IIN, birth date, sex, the reason they left and the consent are blanked and the
        record is marked deleted (stamped, so the tombstone travels by sync); the values their
        history lines held are blanked too, one history line says when and why. When the last
        person of a closed household goes, the household's address and phone go with them.
        `decided`: a purge decided before, applied again to an older copy of the book (after
        a restore), where the person may still be registered.
        """
        if not reason.strip():
            raise BookError("reason", "required")
        member = self._member(member_id)
        household = member.household
        if not decided and member.registered_to is None and household.closed_on is None:
            raise BookError("member", "still_registered")
        for name, value in PURGED_MEMBER.items():
            setattr(member, name, value)
        member.deleted_at = now
        self._blank_history(member.id)
        audit.purge_values(self.session, Member.__tablename__, str(member.id))
        why = reason.strip()
        self._record(household.id, "member", member.id, "purged", None, None, why)
        others = [m for m in household.members if m.deleted_at is None and m.id != member.id]
        if household.closed_on is not None and not others:
            for name, value in PURGED_HOUSEHOLD.items():
                setattr(household, name, value)
            household.deleted_at = now
            self._blank_history(household.id, tuple(PURGED_HOUSEHOLD))
            audit.purge_values(self.session, Household.__tablename__, str(household.id))
            self._record(household.id, "household", household.id, "purged", None, None, why)
            self.session.flush()
            household_search.unindex(self.session, [household.id])
            self._touched.discard(household.id)
        else:
            self._touched.add(household.id)

    def _blank_history(self, record_id: uuid.UUID, fields: tuple[str, ...] = ()) -> None:
        """The values the history lines of a record held (all its fields, or `fields`)."""
        query = select(ChangeRecord).where(ChangeRecord.record_id == record_id)
        if fields:
            query = query.where(ChangeRecord.field.in_(fields))
        for line in self.session.scalars(query):
            line.old_value = None
            line.new_value = None

    # ---- land -----------------------------------------------------------------------------------

    def _plot(self, plot_id: uuid.UUID) -> LandPlot:
        plot = self.session.get(LandPlot, plot_id)
        if plot is None or plot.deleted_at is not None:
            raise BookError("plot", "not_found")
        return plot

    def add_plot(self, household_id: uuid.UUID, data: PlotData, reason: str = "") -> uuid.UUID:
        """A plot held from `data.held_from`, else from the household's opening."""
        household = live_household(self.session, household_id)
        values = self.clean_plot(data, household.opened_on)
        plot = LandPlot(
            id=new_id(), origin_office=household.origin_office, household=household, **values
        )
        self.session.add(plot)
        text = f"{values['purpose']} {values['area_ha']}"
        self._record(household.id, "plot", plot.id, "added", None, text, reason)
        return plot.id

    def update_plot(self, plot_id: uuid.UUID, data: PlotData, reason: str = "") -> None:
        plot = self._plot(plot_id)
        values = self.clean_plot(data, plot.held_from)
        self._apply(plot, plot.household_id, "plot", values, reason)

    def remove_plot(self, plot_id: uuid.UUID, reason: str, now: datetime) -> None:
        if not reason.strip():
            raise BookError("reason", "required")
        plot = self._plot(plot_id)
        self._apply(plot, plot.household_id, "plot", {"deleted_at": now}, reason.strip())

    # ---- livestock ------------------------------------------------------------------------------

    def save_livestock(
        self,
        household_id: uuid.UUID,
        as_of: date,
        counts: dict[str, int],
        animal_ids: str | None = None,
        note: str | None = None,
        allow_implausible: bool = False,
    ) -> None:
        """Head counts as of a date (replacing that date's snapshot, with history).

        `animal_ids` and `note` left None keep what the snapshot had.
        """
        household = live_household(self.session, household_id)
        cleaned = self.clean_counts(counts, allow_implausible, as_of)
        if as_of < household.opened_on:
            raise BookError("as_of", "before_opening")
        snapshot = self.session.scalar(
            select(LivestockSnapshot).where(
                LivestockSnapshot.household_id == household_id,
                LivestockSnapshot.as_of == as_of,
                LivestockSnapshot.deleted_at.is_(None),
            )
        )
        values: dict[str, Any] = {"counts": cleaned}
        if animal_ids is not None:
            values["animal_ids"] = animal_ids.strip()
        if note is not None:
            values["note"] = note.strip()
        if snapshot is None:
            snapshot = LivestockSnapshot(
                id=new_id(),
                origin_office=household.origin_office,
                household=household,
                as_of=as_of,
                **{"animal_ids": "", "note": "", **values},
            )
            self.session.add(snapshot)
            self._record(
                household.id, "livestock", snapshot.id, "counts", None, cleaned, as_of.isoformat()
            )
        else:
            self._apply(snapshot, household.id, "livestock", values, as_of.isoformat())

    # ---- demo data ------------------------------------------------------------------------------

    def remove_demo(self, now: datetime) -> int:
        """Tombstone every demo household with its members, plots and livestock (stamped, one
        history line each) and drop them from the search; returns how many households."""
        self.session.flush()
        ids = list(
            self.session.scalars(
                select(Household.id).where(
                    Household.is_demo.is_(True), Household.deleted_at.is_(None)
                )
            )
        )
        for first in range(0, len(ids), CHUNK):
            chunk = ids[first : first + CHUNK]
            for model, column in (
                (Member, Member.household_id),
                (LandPlot, LandPlot.household_id),
                (LivestockSnapshot, LivestockSnapshot.household_id),
                (Household, Household.id),
            ):
                rows = [
                    {"id": row_id}
                    for row_id in self.session.scalars(
                        select(model.id).where(column.in_(chunk), model.deleted_at.is_(None))
                    )
                ]
                database_id = stamp_rows(self.session, rows)
                table = cast(Table, model.__table__)
                bump = {"row_version": table.c.row_version + 1}
                tombstone = {"deleted_at": now, "updated_at": now, "change_db": database_id}
                update_rows(self.session, table, rows, tombstone, bump)
        lines = [
            self._history(h, "household", h, "deleted_at", None, now, "demo data removed")
            for h in ids
        ]
        self._insert({ChangeRecord: lines})
        household_search.unindex(self.session, ids)
        self.invariants.forget()
        self.session.expire_all()
        return len(ids)


@contextmanager
def writing(db: Database, actor: Actor, today: date | None = None) -> Iterator[HouseholdWriter]:
    """A writer in a unit of work of its own: commits (search rows brought up to date) when
    the block ends, rolls back everything on any error."""
    require(actor, "household.edit")
    with db.write(actor) as work:
        writer = HouseholdWriter(work, work.actor, today)
        yield writer
        writer.finish()


# ---- one edit, one transaction (what the clerk's dialogs call) ----------------------------------


def create_household(
    db: Database,
    data: HouseholdData,
    head: MemberData,
    actor: Actor,
    today: date,
    is_demo: bool = False,
) -> uuid.UUID:
    """A new personal account with its head of household."""
    require(actor, "household.edit")
    with writing(db, actor, today) as writer:
        return writer.create([NewHousehold(data, (head,))], is_demo=is_demo)[0]


def create_households(
    db: Database,
    households: Sequence[NewHousehold],
    actor: Actor,
    today: date,
    is_demo: bool = False,
    allow_implausible: bool = False,
) -> list[uuid.UUID]:
    """Many new households in one transaction (demo data, benchmarks)."""
    require(actor, "household.edit")
    with writing(db, actor, today) as writer:
        return writer.create(households, is_demo, allow_implausible)


def update_household(
    db: Database, household_id: uuid.UUID, data: HouseholdData, actor: Actor, reason: str = ""
) -> None:
    require(actor, "household.edit")
    with writing(db, actor) as writer:
        writer.update_household(household_id, data, reason)


def close_household(
    db: Database, household_id: uuid.UUID, closed_on: date, reason: str, actor: Actor
) -> None:
    require(actor, "household.edit")
    with writing(db, actor) as writer:
        writer.close_household(household_id, closed_on, reason)


def add_member(
    db: Database, household_id: uuid.UUID, data: MemberData, actor: Actor, today: date
) -> uuid.UUID:
    require(actor, "household.edit")
    with writing(db, actor, today) as writer:
        return writer.add_member(household_id, data)


def update_member(
    db: Database,
    member_id: uuid.UUID,
    data: MemberData,
    actor: Actor,
    today: date,
    reason: str = "",
) -> None:
    require(actor, "household.edit")
    with writing(db, actor, today) as writer:
        writer.update_member(member_id, data, reason)


def remove_member(
    db: Database, member_id: uuid.UUID, registered_to: date, reason: str, actor: Actor
) -> None:
    require(actor, "household.edit")
    with writing(db, actor) as writer:
        writer.remove_member(member_id, registered_to, reason)


def add_plot(db: Database, household_id: uuid.UUID, data: PlotData, actor: Actor) -> uuid.UUID:
    require(actor, "household.edit")
    with writing(db, actor) as writer:
        return writer.add_plot(household_id, data)


def update_plot(
    db: Database, plot_id: uuid.UUID, data: PlotData, actor: Actor, reason: str = ""
) -> None:
    require(actor, "household.edit")
    with writing(db, actor) as writer:
        writer.update_plot(plot_id, data, reason)


def remove_plot(db: Database, plot_id: uuid.UUID, reason: str, actor: Actor, now: datetime) -> None:
    require(actor, "household.delete")
    with writing(db, actor) as writer:
        writer.remove_plot(plot_id, reason, now)


def save_livestock(
    db: Database,
    household_id: uuid.UUID,
    as_of: date,
    counts: dict[str, int],
    actor: Actor,
    animal_ids: str = "",
    note: str = "",
    allow_implausible: bool = False,
) -> None:
    """Head counts as of a date (replacing that date's snapshot, with history)."""
    require(actor, "household.edit")
    with writing(db, actor) as writer:
        writer.save_livestock(household_id, as_of, counts, animal_ids, note, allow_implausible)
