"""The household book: households, their members, land plots, livestock as of a date, history."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Numeric, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Synced


class Household(Synced, Base):
    """One personal account (лицевой счёт) of the household book."""

    __tablename__ = "households"
    # An account number is unique among the office's live households; after a tombstone
    # (demo data removed) the number may be used again.
    __table_args__ = (
        Index(
            "uq_households_live_account",
            "origin_office",
            "account_number",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )

    account_number: Mapped[str] = mapped_column(String(30))
    book_number: Mapped[str] = mapped_column(String(20), default="")
    book_page: Mapped[str] = mapped_column(String(20), default="")
    locality: Mapped[str]
    street: Mapped[str] = mapped_column(default="")
    house: Mapped[str] = mapped_column(String(20), default="")
    apartment: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    opened_on: Mapped[date]
    closed_on: Mapped[date | None] = mapped_column(default=None)
    close_reason: Mapped[str] = mapped_column(default="")
    is_demo: Mapped[bool] = mapped_column(default=False)

    members: Mapped[list[Member]] = relationship(back_populates="household")
    plots: Mapped[list[LandPlot]] = relationship(back_populates="household")
    snapshots: Mapped[list[LivestockSnapshot]] = relationship(
        back_populates="household", order_by="LivestockSnapshot.as_of"
    )


class Member(Synced, Base):
    """A person registered in a household; `relation` 'head' marks the head of household.

    `data_basis` is the legal basis the person's data are kept on (desktop/core/personal_data:
    the household book, a state service, consent given on `consent_on`), with who recorded it.
    A purged person is a tombstone: `deleted_at` set, names, IIN, birth date and sex blank.
    """

    __tablename__ = "members"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    iin: Mapped[str | None] = mapped_column(String(12), index=True)
    surname: Mapped[str]
    name: Mapped[str]
    patronymic: Mapped[str] = mapped_column(default="")
    birth_date: Mapped[date | None]
    sex: Mapped[str] = mapped_column(String(6))  # "male" / "female"
    relation: Mapped[str] = mapped_column(String(20))
    registered_from: Mapped[date]
    registered_to: Mapped[date | None] = mapped_column(default=None)
    removal_reason: Mapped[str] = mapped_column(default="")
    data_basis: Mapped[str] = mapped_column(
        String(20), default="household_book", server_default="household_book"
    )
    consent_on: Mapped[date | None] = mapped_column(default=None)
    basis_recorded_by: Mapped[str] = mapped_column(default="", server_default="")
    basis_recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id"), default=None
    )

    household: Mapped[Household] = relationship(back_populates="members")


class LandPlot(Synced, Base):
    __tablename__ = "land_plots"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(20))
    area_ha: Mapped[Decimal] = mapped_column(Numeric(12, 4))
    state_act_number: Mapped[str] = mapped_column(default="")
    cadastral_number: Mapped[str] = mapped_column(default="")
    held_from: Mapped[date]  # a certificate as of a date lists the plots held on that date
    held_to: Mapped[date | None] = mapped_column(default=None)  # the first day no longer held

    household: Mapped[Household] = relationship(back_populates="plots")


class LivestockSnapshot(Synced, Base):
    """Head counts of a household as of a date (a round of the book, or a change)."""

    __tablename__ = "livestock_snapshots"
    # One live snapshot per household and date; a tombstoned one does not block a new one.
    __table_args__ = (
        Index(
            "uq_livestock_snapshots_live_as_of",
            "household_id",
            "as_of",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    as_of: Mapped[date]
    counts: Mapped[dict[str, Any]]  # livestock group code -> head count
    animal_ids: Mapped[str] = mapped_column(default="")  # veterinary passport / animal ID refs
    note: Mapped[str] = mapped_column(default="")

    household: Mapped[Household] = relationship(back_populates="snapshots")


class BookTerm(Base):
    """Reference terms of the book: livestock groups, land purposes, relations to the head.

    Livestock groups carry their species (`group_*`, e.g. cattle for cows) and the largest
    head count that is plausible for one household, above which input is questioned.
    """

    __tablename__ = "book_terms"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    order: Mapped[int]
    name_kk: Mapped[str]
    name_ru: Mapped[str]
    group_kk: Mapped[str] = mapped_column(default="")
    group_ru: Mapped[str] = mapped_column(default="")
    plausible_max: Mapped[int | None] = mapped_column(default=None)


class ChangeRecord(Synced, Base):
    """History: who changed which field of which record, when, from what to what, and why.

    `changed_by_id` is the acting staff record; `changed_by` the name shown in history.
    """

    __tablename__ = "change_records"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    entity: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[uuid.UUID]
    field: Mapped[str] = mapped_column(String(30))
    old_value: Mapped[Any] = mapped_column(JSON)
    new_value: Mapped[Any] = mapped_column(JSON)
    changed_by: Mapped[str]
    changed_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(default="")


class SearchKey(Base):
    """Local search index key: the integer rowid of a household in the search index table
    `household_search` (SQLite: FTS5, migration 0002; PostgreSQL: migration 0008). Never
    travels."""

    __tablename__ = "household_search_keys"

    rowid: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), unique=True)
