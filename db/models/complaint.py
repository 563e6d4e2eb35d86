"""Complaints (standard items 21-23): the register and each complaint's history."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Synced

_LIVE: dict[str, Any] = {
    "sqlite_where": text("deleted_at IS NULL"),
    "postgresql_where": text("deleted_at IS NULL"),
}


class Complaint(Synced, Base):
    """A complaint about the akim office or the district agriculture department.

    Numbered `<office>-<year>-K<seq>` in the transaction that registers it. The dates are the
    office's calendar days under the complaint terms `terms_id` (the law in force on the
    registration day, desktop.core.deadlines): `due_on` moves once with an extension. Status:
    registered -> (forwarded) -> answered -> closed.
    """

    __tablename__ = "complaints"
    __table_args__ = (
        UniqueConstraint("origin_office", "year", "seq"),
        Index("ix_complaints_open", "status", "due_on", **_LIVE),
    )

    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(12))  # oral / written / post / electronic
    complainant_kind: Mapped[str] = mapped_column(String(15))  # individual / legal_entity
    national_number: Mapped[str] = mapped_column(String(12), index=True)  # IIN or BIN
    surname: Mapped[str] = mapped_column(default="")
    name: Mapped[str] = mapped_column(default="")
    patronymic: Mapped[str] = mapped_column(default="")
    organization: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    language: Mapped[str] = mapped_column(String(2))  # the complainant's, for the papers
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"))
    subject: Mapped[str] = mapped_column(String(12))  # office / department
    subject_name: Mapped[str] = mapped_column(default="")  # as it was when registered
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("queue_tickets.id"))
    text: Mapped[str] = mapped_column(Text)
    attachments: Mapped[list[Any]]  # names of the papers handed in (no scans are kept)
    status: Mapped[str] = mapped_column(String(10))
    terms_id: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[datetime]
    registered_on: Mapped[date]
    due_on: Mapped[date]
    forward_by: Mapped[date]
    extension_limit: Mapped[date]
    received_by: Mapped[str]  # surname and initials, as printed on the talon
    received_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    extended_on: Mapped[date | None] = mapped_column(default=None)
    extension_reason: Mapped[str] = mapped_column(default="")
    previous_due_on: Mapped[date | None] = mapped_column(default=None)
    extension_notice_by: Mapped[date | None] = mapped_column(default=None)
    forwarded_on: Mapped[date | None] = mapped_column(default=None)
    forwarded_to: Mapped[str] = mapped_column(default="")
    answered_on: Mapped[date | None] = mapped_column(default=None)
    justified: Mapped[bool | None] = mapped_column(default=None)
    answer_summary: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(default="")
    answered_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)


class ComplaintEvent(Synced, Base):
    """One change of a complaint: what was done, when, by whom and why."""

    __tablename__ = "complaint_history"

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaints.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    acted_by: Mapped[str]
    acted_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
