"""The household book: keeping households, members, land plots and livestock, with history.

Every change goes through here, in one transaction with its history records and the search
index, so a record is never overwritten without trace. Validation problems raise BookError
with a machine code the UI turns into a message in the user's language.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import (
    BookTerm,
    ChangeRecord,
    Household,
    LandPlot,
    LivestockSnapshot,
    Member,
    utc_now,
)
from desktop.core.iin import NationalNumberError, normalize_number, validate_iin
from desktop.services import household_search
from desktop.services.settings import OFFICE_NUMBER, get_setting

MAX_PLOT_HA = Decimal("10000")


class BookError(ValueError):
    """A value cannot be saved. `code` says why (the UI words it), `field` what to fix."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        super().__init__(f"{field}: {code} {params}" if params else f"{field}: {code}")
        self.field = field
        self.code = code
        self.params = params


# ---- what the UI (and the importer, and the demo) hand in --------------------------------------


@dataclass(frozen=True)
class HouseholdData:
    account_number: str
    locality: str
    opened_on: date
    book_number: str = ""
    book_page: str = ""
    street: str = ""
    house: str = ""
    apartment: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MemberData:
    surname: str
    name: str
    relation: str
    registered_from: date
    iin: str = ""
    patronymic: str = ""
    birth_date: date | None = None
    sex: str = ""  # "male" / "female"; derived from the IIN when empty


@dataclass(frozen=True)
class PlotData:
    purpose: str
    area_ha: Decimal
    state_act_number: str = ""
    cadastral_number: str = ""


# ---- what comes back -------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    id: uuid.UUID
    iin: str
    surname: str
    name: str
    patronymic: str
    birth_date: date | None
    sex: str
    relation: str
    registered_from: date
    registered_to: date | None
    removal_reason: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


@dataclass(frozen=True)
class PlotRow:
    id: uuid.UUID
    purpose: str
    area_ha: Decimal
    state_act_number: str
    cadastral_number: str


@dataclass(frozen=True)
class Livestock:
    as_of: date
    counts: dict[str, int]
    animal_ids: str
    note: str

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class HistoryRow:
    entity: str
    field: str
    old_value: Any
    new_value: Any
    changed_by: str
    reason: str
    changed_at: Any
    record_id: uuid.UUID | None = None  # which member, plot or snapshot the line is about


@dataclass(frozen=True)
class HouseholdCard:
    id: uuid.UUID
    data: HouseholdData
    closed_on: date | None
    close_reason: str
    is_demo: bool
    members: tuple[MemberRow, ...]  # registered on `as_of`
    former_members: tuple[MemberRow, ...]
    plots: tuple[PlotRow, ...]
    livestock: Livestock | None  # the latest snapshot on or before `as_of`
    as_of: date

    @property
    def head(self) -> MemberRow | None:
        return next((m for m in self.members if m.relation == "head"), None)


@dataclass(frozen=True)
class Term:
    code: str
    name_kk: str
    name_ru: str
    group_kk: str = ""
    group_ru: str = ""
    plausible_max: int | None = None

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_kk


@dataclass
class Terms:
    """The book's reference terms: livestock groups, land purposes, relations."""

    livestock: list[Term] = field(default_factory=list)
    land_purpose: list[Term] = field(default_factory=list)
    relation: list[Term] = field(default_factory=list)


def terms(db: Database) -> Terms:
    result = Terms()
    with db.read() as session:
        for row in session.scalars(select(BookTerm).order_by(BookTerm.kind, BookTerm.order)):
            getattr(result, row.kind).append(
                Term(
                    row.code,
                    row.name_kk,
                    row.name_ru,
                    row.group_kk,
                    row.group_ru,
                    row.plausible_max,
                )
            )
    return result


# ---- helpers -----------------------------------------------------------------------------------


def _office(session: Session) -> int:
    number = get_setting(session, OFFICE_NUMBER)
    if number is None:
        raise BookError("office", "office_not_configured")
    return int(number)


def _json(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _record_change(
    session: Session,
    household_id: uuid.UUID,
    entity: str,
    record_id: uuid.UUID,
    name: str,
    old: Any,
    new: Any,
    by: str,
    reason: str,
) -> None:
    session.add(
        ChangeRecord(
            origin_office=_office(session),
            household_id=household_id,
            entity=entity,
            record_id=record_id,
            field=name,
            old_value=_json(old),
            new_value=_json(new),
            changed_by=by,
            reason=reason,
        )
    )


def _apply(
    session: Session,
    record: Any,
    household_id: uuid.UUID,
    entity: str,
    values: dict[str, Any],
    by: str,
    reason: str,
) -> None:
    """Set changed values on a record and write one history line per changed field."""
    for name, new in values.items():
        old = getattr(record, name)
        if old != new:
            _record_change(session, household_id, entity, record.id, name, old, new, by, reason)
            setattr(record, name, new)


def _household(session: Session, household_id: uuid.UUID) -> Household:
    row = session.get(Household, household_id)
    if row is None or row.deleted_at is not None:
        raise BookError("household", "not_found")
    return row


def _clean_household(data: HouseholdData) -> dict[str, Any]:
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = " ".join(value.split())
    for required in ("account_number", "locality"):
        if not values[required]:
            raise BookError(required, "required")
    return values


def _check_account_free(
    session: Session, office: int, account: str, household_id: uuid.UUID | None
) -> None:
    other = session.scalar(
        select(Household.id).where(
            Household.origin_office == office,
            Household.account_number == account,
            Household.deleted_at.is_(None),
        )
    )
    if other is not None and other != household_id:
        raise BookError("account_number", "account_taken", account=account)


def clean_member(data: MemberData, today: date) -> dict[str, Any]:
    """Validated member values: names trimmed, IIN checked and agreeing with birth date and sex."""
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for name in ("surname", "name", "patronymic"):
        values[name] = " ".join(values[name].split())
    for required in ("surname", "name", "relation"):
        if not values[required]:
            raise BookError(required, "required")
    iin = normalize_number(values["iin"]) if values["iin"].strip() else ""
    if iin:
        try:
            info = validate_iin(iin, today)
        except NationalNumberError as error:
            raise BookError("iin", f"iin_{error.code}") from error
        if values["birth_date"] is None:
            values["birth_date"] = info.birth_date
        elif values["birth_date"] != info.birth_date:
            raise BookError("birth_date", "iin_birth_mismatch", iin_date=info.birth_date)
        if not values["sex"]:
            values["sex"] = info.sex
        elif values["sex"] != info.sex:
            raise BookError("sex", "iin_sex_mismatch", iin_sex=info.sex)
    if values["sex"] not in ("male", "female"):
        raise BookError("sex", "required")
    birth = values["birth_date"]
    if birth is not None and (birth > today or birth.year < 1890):
        raise BookError("birth_date", "implausible")
    if birth is not None and values["registered_from"] < birth:
        raise BookError("registered_from", "before_birth")
    values["iin"] = iin or None
    return values


def _check_iin_free(
    session: Session, iin: str | None, household_id: uuid.UUID, member_id: uuid.UUID | None
) -> None:
    if not iin:
        return
    rows = session.execute(
        select(Member.id, Member.household_id, Household.account_number)
        .join(Household)
        .where(
            Member.iin == iin,
            Member.registered_to.is_(None),
            Member.deleted_at.is_(None),
            Household.closed_on.is_(None),
        )
    ).all()
    for member_id_found, household_found, account in rows:
        if member_id_found == member_id:
            continue
        where = "same_household" if household_found == household_id else "other_household"
        raise BookError("iin", f"iin_in_{where}", account=account)


def _clean_plot(data: PlotData) -> dict[str, Any]:
    try:
        area = Decimal(str(data.area_ha).replace(",", ".").strip())
    except InvalidOperation as error:
        raise BookError("area_ha", "not_a_number") from error
    if area <= 0:
        raise BookError("area_ha", "not_positive")
    if area > MAX_PLOT_HA:
        raise BookError("area_ha", "implausible", limit=MAX_PLOT_HA)
    if not data.purpose:
        raise BookError("purpose", "required")
    return {
        "purpose": data.purpose,
        "area_ha": area.quantize(Decimal("0.0001")),
        "state_act_number": data.state_act_number.strip(),
        "cadastral_number": data.cadastral_number.strip(),
    }


def check_counts(
    session: Session, counts: dict[str, int], allow_implausible: bool
) -> dict[str, int]:
    limits = {
        t.code: t.plausible_max
        for t in session.scalars(select(BookTerm).where(BookTerm.kind == "livestock"))
    }
    cleaned: dict[str, int] = {}
    for code, count in counts.items():
        if code not in limits:
            raise BookError(code, "unknown_livestock_group")
        if not isinstance(count, int) or isinstance(count, bool):
            raise BookError(code, "not_a_number")
        if count < 0:
            raise BookError(code, "negative")
        limit = limits[code]
        if limit is not None and count > limit and not allow_implausible:
            raise BookError(code, "implausible", limit=limit)
        if count:
            cleaned[code] = count
    return cleaned


# ---- households --------------------------------------------------------------------------------


def create_household(
    db: Database, data: HouseholdData, head: MemberData, by: str, is_demo: bool = False
) -> uuid.UUID:
    """A new personal account with its head of household, in one transaction."""
    values = _clean_household(data)
    if head.relation != "head":
        raise BookError("relation", "head_required")
    with db.write() as session:
        office = _office(session)
        _check_account_free(session, office, values["account_number"], None)
        household = Household(origin_office=office, is_demo=is_demo, **values)
        session.add(household)
        session.flush()
        _add_member(session, household, head, by)
        _record_change(
            session,
            household.id,
            "household",
            household.id,
            "created",
            None,
            values["account_number"],
            by,
            "",
        )
        household_search.reindex(session, household.id)
        return household.id


def update_household(
    db: Database, household_id: uuid.UUID, data: HouseholdData, by: str, reason: str = ""
) -> None:
    values = _clean_household(data)
    with db.write() as session:
        household = _household(session, household_id)
        _check_account_free(
            session, household.origin_office, values["account_number"], household.id
        )
        _apply(session, household, household.id, "household", values, by, reason)
        household_search.reindex(session, household.id)


def close_household(
    db: Database, household_id: uuid.UUID, closed_on: date, reason: str, by: str
) -> None:
    """The household left the book: it stays in history, with the date and the reason."""
    if not reason.strip():
        raise BookError("reason", "required")
    with db.write() as session:
        household = _household(session, household_id)
        if household.closed_on is not None:
            raise BookError("closed_on", "already_closed")
        if closed_on < household.opened_on:
            raise BookError("closed_on", "before_opening")
        _apply(
            session,
            household,
            household.id,
            "household",
            {"closed_on": closed_on, "close_reason": reason.strip()},
            by,
            reason.strip(),
        )
        household_search.reindex(session, household.id)


# ---- members -----------------------------------------------------------------------------------


def _current_head(session: Session, household_id: uuid.UUID) -> Member | None:
    return session.scalar(
        select(Member).where(
            Member.household_id == household_id,
            Member.relation == "head",
            Member.registered_to.is_(None),
            Member.deleted_at.is_(None),
        )
    )


def _add_member(session: Session, household: Household, data: MemberData, by: str) -> Member:
    values = clean_member(data, date.today())
    _check_iin_free(session, values["iin"], household.id, None)
    if values["relation"] == "head" and _current_head(session, household.id) is not None:
        raise BookError("relation", "second_head")
    member = Member(origin_office=household.origin_office, household=household, **values)
    session.add(member)
    session.flush()
    _record_change(
        session,
        household.id,
        "member",
        member.id,
        "added",
        None,
        f"{member.surname} {member.name}",
        by,
        "",
    )
    return member


def add_member(db: Database, household_id: uuid.UUID, data: MemberData, by: str) -> uuid.UUID:
    with db.write() as session:
        household = _household(session, household_id)
        member = _add_member(session, household, data, by)
        household_search.reindex(session, household.id)
        return member.id


def update_member(
    db: Database, member_id: uuid.UUID, data: MemberData, by: str, reason: str = ""
) -> None:
    values = clean_member(data, date.today())
    with db.write() as session:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise BookError("member", "not_found")
        _check_iin_free(session, values["iin"], member.household_id, member.id)
        if values["relation"] == "head" and member.relation != "head":
            # A new head: the former head stays in the household as a relative ("other").
            former = _current_head(session, member.household_id)
            if former is not None:
                _apply(
                    session,
                    former,
                    former.household_id,
                    "member",
                    {"relation": "other"},
                    by,
                    reason,
                )
        if member.relation == "head" and values["relation"] != "head":
            raise BookError("relation", "head_must_stay")
        _apply(session, member, member.household_id, "member", values, by, reason)
        household_search.reindex(session, member.household_id)


def remove_member(
    db: Database, member_id: uuid.UUID, registered_to: date, reason: str, by: str
) -> None:
    """The person left the household: registration ends on a date with a reason; history kept."""
    if not reason.strip():
        raise BookError("reason", "required")
    with db.write() as session:
        member = session.get(Member, member_id)
        if member is None or member.registered_to is not None:
            raise BookError("member", "not_found")
        if registered_to < member.registered_from:
            raise BookError("registered_to", "before_registration")
        if member.relation == "head":
            raise BookError("member", "head_must_stay")
        _apply(
            session,
            member,
            member.household_id,
            "member",
            {"registered_to": registered_to, "removal_reason": reason.strip()},
            by,
            reason.strip(),
        )
        household_search.reindex(session, member.household_id)


# ---- land --------------------------------------------------------------------------------------


def add_plot(db: Database, household_id: uuid.UUID, data: PlotData, by: str) -> uuid.UUID:
    values = _clean_plot(data)
    with db.write() as session:
        household = _household(session, household_id)
        plot = LandPlot(origin_office=household.origin_office, household=household, **values)
        session.add(plot)
        session.flush()
        _record_change(
            session,
            household.id,
            "plot",
            plot.id,
            "added",
            None,
            f"{values['purpose']} {values['area_ha']}",
            by,
            "",
        )
        return plot.id


def update_plot(
    db: Database, plot_id: uuid.UUID, data: PlotData, by: str, reason: str = ""
) -> None:
    values = _clean_plot(data)
    with db.write() as session:
        plot = session.get(LandPlot, plot_id)
        if plot is None or plot.deleted_at is not None:
            raise BookError("plot", "not_found")
        _apply(session, plot, plot.household_id, "plot", values, by, reason)


def remove_plot(db: Database, plot_id: uuid.UUID, reason: str, by: str) -> None:
    if not reason.strip():
        raise BookError("reason", "required")
    with db.write() as session:
        plot = session.get(LandPlot, plot_id)
        if plot is None or plot.deleted_at is not None:
            raise BookError("plot", "not_found")
        _apply(
            session, plot, plot.household_id, "plot", {"deleted_at": utc_now()}, by, reason.strip()
        )


# ---- livestock ---------------------------------------------------------------------------------


def save_livestock(
    db: Database,
    household_id: uuid.UUID,
    as_of: date,
    counts: dict[str, int],
    by: str,
    animal_ids: str = "",
    note: str = "",
    allow_implausible: bool = False,
) -> None:
    """Record head counts as of a date (replacing that date's snapshot, with history)."""
    with db.write() as session:
        household = _household(session, household_id)
        cleaned = check_counts(session, counts, allow_implausible)
        if as_of < household.opened_on:
            raise BookError("as_of", "before_opening")
        snapshot = session.scalar(
            select(LivestockSnapshot).where(
                LivestockSnapshot.household_id == household_id, LivestockSnapshot.as_of == as_of
            )
        )
        values = {"counts": cleaned, "animal_ids": animal_ids.strip(), "note": note.strip()}
        if snapshot is None:
            snapshot = LivestockSnapshot(
                origin_office=household.origin_office, household=household, as_of=as_of, **values
            )
            session.add(snapshot)
            session.flush()
            _record_change(
                session,
                household.id,
                "livestock",
                snapshot.id,
                "counts",
                None,
                cleaned,
                by,
                as_of.isoformat(),
            )
        else:
            _apply(session, snapshot, household.id, "livestock", values, by, as_of.isoformat())


def _livestock_on(session: Session, household_id: uuid.UUID, day: date) -> Livestock | None:
    snapshot = session.scalar(
        select(LivestockSnapshot)
        .where(
            LivestockSnapshot.household_id == household_id,
            LivestockSnapshot.as_of <= day,
            LivestockSnapshot.deleted_at.is_(None),
        )
        .order_by(LivestockSnapshot.as_of.desc())
        .limit(1)
    )
    if snapshot is None:
        return None
    return Livestock(snapshot.as_of, dict(snapshot.counts), snapshot.animal_ids, snapshot.note)


def livestock_on(db: Database, household_id: uuid.UUID, day: date) -> Livestock | None:
    """The head counts in force on `day`: the latest snapshot dated on or before it."""
    with db.read() as session:
        return _livestock_on(session, household_id, day)


# ---- reading -----------------------------------------------------------------------------------


def _member_row(m: Member) -> MemberRow:
    return MemberRow(
        m.id,
        m.iin or "",
        m.surname,
        m.name,
        m.patronymic,
        m.birth_date,
        m.sex,
        m.relation,
        m.registered_from,
        m.registered_to,
        m.removal_reason,
    )


def card(db: Database, household_id: uuid.UUID, as_of: date | None = None) -> HouseholdCard:
    """Everything the book says about a household as of a date (today by default)."""
    day = as_of or date.today()
    with db.read() as session:
        household = _household(session, household_id)
        data = HouseholdData(**{f.name: getattr(household, f.name) for f in fields(HouseholdData)})
        members = [m for m in household.members if m.deleted_at is None]
        current = [
            m
            for m in members
            if m.registered_from <= day and (m.registered_to is None or m.registered_to > day)
        ]
        current.sort(key=lambda m: (m.relation != "head", m.birth_date or date.min))
        former = [m for m in members if m not in current]
        plots = [
            PlotRow(p.id, p.purpose, p.area_ha, p.state_act_number, p.cadastral_number)
            for p in household.plots
            if p.deleted_at is None
        ]
        return HouseholdCard(
            household.id,
            data,
            household.closed_on,
            household.close_reason,
            household.is_demo,
            tuple(_member_row(m) for m in current),
            tuple(_member_row(m) for m in former),
            tuple(plots),
            _livestock_on(session, household.id, day),
            day,
        )


def history(db: Database, household_id: uuid.UUID) -> list[HistoryRow]:
    with db.read() as session:
        rows = session.scalars(
            select(ChangeRecord)
            .where(ChangeRecord.household_id == household_id)
            .order_by(ChangeRecord.created_at.desc())
        )
        return [
            HistoryRow(
                r.entity,
                r.field,
                r.old_value,
                r.new_value,
                r.changed_by,
                r.reason,
                r.created_at,
                r.record_id,
            )
            for r in rows
        ]


def localities(db: Database) -> list[str]:
    """Localities already used in the book, most used first (for the form's suggestions)."""
    with db.read() as session:
        names = session.scalars(select(Household.locality).where(Household.deleted_at.is_(None)))
        counts: dict[str, int] = {}
        for name in names:
            counts[name] = counts.get(name, 0) + 1
        return sorted(counts, key=lambda n: (-counts[n], n))
