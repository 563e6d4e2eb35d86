"""Reading the household book: a household's card as of a date, its history, livestock on a
date, the book's reference terms and localities.

Writing is desktop.services.household_writer's alone; what is handed to it, and BookError,
are in desktop.services.household_values.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import BookTerm, ChangeRecord, Household, LivestockSnapshot, Member
from desktop.core.personal_data import DEFAULT_BASIS
from desktop.services.household_values import BookError, HouseholdData

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
    data_basis: str = DEFAULT_BASIS  # the legal basis the person's data are kept on
    consent_on: date | None = None

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
    changed_by_id: uuid.UUID | None = None  # the staff record of whoever made the change


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


# ---- lookups -------------------------------------------------------------------------------------


def live_household(session: Session, household_id: uuid.UUID) -> Household:
    """The household (not a tombstone), or BookError "not_found"."""
    row = session.get(Household, household_id)
    if row is None or row.deleted_at is not None:
        raise BookError("household", "not_found")
    return row


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
        m.data_basis,
        m.consent_on,
    )


def card(db: Database, household_id: uuid.UUID, as_of: date) -> HouseholdCard:
    """Everything the book says about a household as of a date: the members registered and
    the plots held on that date, the latest head counts up to it."""
    day = as_of
    with db.read() as session:
        household = live_household(session, household_id)
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
            and p.held_from <= day
            and (p.held_to is None or p.held_to > day)
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
            .order_by(ChangeRecord.change_seq.desc())
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
                r.changed_by_id,
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
