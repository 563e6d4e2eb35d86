"""The counter's daily work: the queue's tickets and the applications handed in."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from db.models.base import Base, Synced
from desktop.core.textsearch import search_text


class QueueTicket(Synced, Base):
    """A numbered place in the first-come queue (A-001 ...), numbers restarting every day.

    `purpose` is a code (hand_in_1, hand_in_2, collect, complaint, consultation); `letter`
    and `number` are allocated in the transaction that creates the ticket.
    """

    __tablename__ = "queue_tickets"
    __table_args__ = (UniqueConstraint("origin_office", "day", "letter", "number"),)

    day: Mapped[date] = mapped_column(index=True)
    letter: Mapped[str] = mapped_column(String(1))
    number: Mapped[int]
    purpose: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="waiting")
    language: Mapped[str] = mapped_column(String(2), default="kk")
    issued_at: Mapped[datetime]
    called_at: Mapped[datetime | None] = mapped_column(default=None)
    serving_started_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    called_by: Mapped[str] = mapped_column(default="")
    called_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    outside_hours_reason: Mapped[str] = mapped_column(default="")
    # How the visit ended (desktop.core.queue_rules.OUTCOMES), "" while open or when unknown.
    outcome: Mapped[str] = mapped_column(String(20), default="", server_default="")


class QueueEvent(Synced, Base):
    """One clerk action on a ticket, with its time and, where the rules ask, a reason."""

    __tablename__ = "queue_events"
    # A report finds the tickets recalled or redirected in a period from the second index, and
    # the first call after the last redirect of each of them from the first one alone.
    __table_args__ = (
        Index("ix_queue_events_ticket_action", "ticket_id", "action", "at"),
        Index("ix_queue_events_action_at", "action", "at"),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue_tickets.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    acted_by: Mapped[str] = mapped_column(default="")
    acted_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


# The Applications list's order (newest first, then id) and the columns its filters read;
# only live rows (not soft-deleted) are indexed, as the list never shows the others.
_LIST_COLUMNS = (
    "handed_in_at",
    "created_at",
    "id",
    "status",
    "service",
    "issued_at",
    "national_number",
    "search_text",
)
_LIVE: dict[str, Any] = {
    "sqlite_where": text("deleted_at IS NULL"),
    "postgresql_where": text("deleted_at IS NULL"),
}


class Application(Synced, Base):
    """An application for service 1 or 2: accepted (numbered, with a talon) or refused.

    `search_text` is the registration number, IIN/BIN, names and organization folded
    (desktop.core.textsearch.search_text), kept up to date on every ORM insert and update; the
    Applications list matches typed words against it in SQL, where LIKE and lower() would fold
    only ASCII. The list's two wide indexes hold every column its filters read, so a page is
    read newest first from an index (by status from the second) and a count never touches the
    table; ix_applications_issued finds what was issued on a day (the day's view).
    """

    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("origin_office", "registration_year", "registration_seq"),
        Index("ix_applications_list", *_LIST_COLUMNS, **_LIVE),
        Index("ix_applications_status", "status", *_LIST_COLUMNS[:3], *_LIST_COLUMNS[4:], **_LIVE),
        Index("ix_applications_issued", "status", "issued_at", **_LIVE),
    )

    service: Mapped[int]
    applicant_kind: Mapped[str] = mapped_column(String(15))  # individual / legal_entity
    national_number: Mapped[str] = mapped_column(String(12), index=True)  # IIN or BIN
    surname: Mapped[str] = mapped_column(default="")
    name: Mapped[str] = mapped_column(default="")
    patronymic: Mapped[str] = mapped_column(default="")
    organization: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    language: Mapped[str] = mapped_column(String(2))  # the applicant's, for printed documents
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("queue_tickets.id"))
    rule_set: Mapped[str] = mapped_column(String(40))
    documents_presented: Mapped[list[Any]]
    missing_documents: Mapped[list[Any]]
    status: Mapped[str] = mapped_column(String(10))  # accepted/ready/issued/refused
    registration_year: Mapped[int | None] = mapped_column(default=None)
    registration_seq: Mapped[int | None] = mapped_column(default=None)
    registration_number: Mapped[str | None] = mapped_column(String(30), default=None)
    handed_in_at: Mapped[datetime]
    ready_due_at: Mapped[datetime | None] = mapped_column(default=None)
    ready_at: Mapped[datetime | None] = mapped_column(default=None)
    issued_at: Mapped[datetime | None] = mapped_column(default=None)
    # Who received the hand-in (surname and initials, as printed on the talon and the refusal),
    # who marked the result ready, who handed it over; each beside its staff record's id.
    received_by: Mapped[str]
    received_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    ready_by: Mapped[str] = mapped_column(default="")
    ready_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    issued_by: Mapped[str] = mapped_column(default="")
    issued_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    # Refused after acceptance: why, when and by whom (a refusal at hand-in names the missing
    # documents instead and keeps these empty).
    refusal_reason: Mapped[str] = mapped_column(default="", server_default="")
    refused_at: Mapped[datetime | None] = mapped_column(default=None)
    refused_by: Mapped[str] = mapped_column(default="", server_default="")
    refused_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    # Handed in while the office was closed (a holiday, a weekend, the evening): why.
    outside_hours_reason: Mapped[str] = mapped_column(default="", server_default="")
    search_text: Mapped[str] = mapped_column(default="", server_default="")


@event.listens_for(Application, "before_insert")
@event.listens_for(Application, "before_update")
def _fold_search_text(
    _mapper: Mapper[Application], _connection: Connection, row: Application
) -> None:
    row.search_text = search_text(
        row.registration_number,
        row.national_number,
        row.surname,
        row.name,
        row.patronymic,
        row.organization,
    )
