"""The queue at the counter: issuing numbered tickets, the clerk's actions, today's line.

Every action is one write transaction that changes the ticket and records a QueueEvent with its
time. `now` is a parameter everywhere (tests control the clock): an aware datetime, or a naive
one taken as the office's wall-clock time. The working calendar works in naive local time; the
database keeps aware UTC; rows handed out carry aware times in the office's zone (whatever the
computer's zone: desktop.core.localtime).

Problems raise QueueError with a machine code the UI words:
"closed" (params: opens_at), "no_office", "unknown_purpose", "unknown_ticket",
"reason_required", "not_allowed" (params: action, status), "not_waiting",
"busy" (params: label): the clerk still has a ticket at the desk (called or being served) and
must say how that visit ended before calling another, so the waiting-room display never shows
two visitors called to one clerk.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import QueueEvent, QueueTicket
from desktop.core import queue_rules
from desktop.core.actor import Actor
from desktop.core.localtime import aware, naive_local
from desktop.core.queue_rules import Purpose, TransitionError, WaitState
from desktop.paths import resource_path
from desktop.printing import document
from desktop.printing.document import Document
from desktop.services.access import require
from desktop.services.numbering import next_number, ticket_series
from desktop.services.office import workplace
from desktop.services.settings import OFFICE_NUMBER, get_setting
from desktop.services.standard import rules_on, working_calendar

if TYPE_CHECKING:
    from desktop.printing.ticket import TicketData

HAND_IN_PURPOSES = ("hand_in_1", "hand_in_2", "collect")  # announced to the Application tab


class QueueError(ValueError):
    """An action cannot be done. `code` says why (the UI words it); `params` fill the message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code} {params}" if params else code)
        self.code = code
        self.params = params


@cache
def purposes() -> dict[str, Purpose]:
    """The purposes of resources/queue/purposes.json, in file order."""
    return queue_rules.load_purposes(resource_path("queue", "purposes.json"))


# ---- time ------------------------------------------------------------------------------------


def is_open(now: datetime, db: Database | None = None) -> bool:
    return working_calendar(db).is_open(naive_local(now))


def next_opening(now: datetime, db: Database | None = None) -> datetime:
    """The next moment the office opens (naive local time), for the "closed" message."""
    return working_calendar(db).next_open_moment(naive_local(now))


# ---- what comes back -------------------------------------------------------------------------


@dataclass(frozen=True)
class TicketRow:
    """One ticket of today's line; times are aware local datetimes."""

    id: uuid.UUID
    label: str  # "A-001"
    letter: str
    number: int
    purpose: str
    status: str
    language: str
    issued_at: datetime
    called_at: datetime | None
    serving_started_at: datetime | None
    finished_at: datetime | None
    called_by: str
    called_by_id: uuid.UUID | None
    outside_hours_reason: str
    outcome: str
    waited_minutes: int
    wait_limit: int | None
    wait_state: WaitState


@dataclass(frozen=True)
class IssuedTicket:
    ticket: TicketRow
    people_ahead: int
    wait_minutes: int  # the estimate printed on the ticket


@dataclass(frozen=True)
class EventRow:
    action: str
    at: datetime
    by: str
    reason: str
    details: dict[str, Any]


def _row(ticket: QueueTicket, now: datetime) -> TicketRow:
    issued = aware(ticket.issued_at)
    called = aware(ticket.called_at) if ticket.called_at else None
    purpose = purposes().get(ticket.purpose)
    limit = purpose.limit_minutes(rules_on(issued.date())) if purpose else None
    # Waiting ends at the call; a ticket sent back to the line (redirect) waits again.
    end = called if called is not None and ticket.status != queue_rules.WAITING else aware(now)
    waited = queue_rules.waited(issued, end)
    return TicketRow(
        id=ticket.id,
        label=queue_rules.ticket_label(ticket.letter, ticket.number),
        letter=ticket.letter,
        number=ticket.number,
        purpose=ticket.purpose,
        status=ticket.status,
        language=ticket.language,
        issued_at=issued,
        called_at=called,
        serving_started_at=aware(ticket.serving_started_at) if ticket.serving_started_at else None,
        finished_at=aware(ticket.finished_at) if ticket.finished_at else None,
        called_by=ticket.called_by,
        called_by_id=ticket.called_by_id,
        outside_hours_reason=ticket.outside_hours_reason,
        outcome=ticket.outcome,
        waited_minutes=int(waited / timedelta(minutes=1)),
        wait_limit=limit,
        wait_state=queue_rules.wait_state(issued, limit, issued + waited),
    )


# ---- reading ---------------------------------------------------------------------------------


def _office(session: Session) -> int:
    number = get_setting(session, OFFICE_NUMBER)
    if number is None:
        raise QueueError("no_office")
    return int(number)


def _tickets_of_day(session: Session, office: int, day: date) -> list[QueueTicket]:
    query = (
        select(QueueTicket)
        .where(
            QueueTicket.origin_office == office,
            QueueTicket.day == day,
            QueueTicket.deleted_at.is_(None),
        )
        .order_by(QueueTicket.issued_at, QueueTicket.created_at)
    )
    return list(session.scalars(query))


def today(db: Database, now: datetime) -> list[TicketRow]:
    """Today's tickets in issue order, with minutes waited and the colour state of the wait."""
    with db.read() as session:
        office = get_setting(session, OFFICE_NUMBER)
        if office is None:
            return []
        tickets = _tickets_of_day(session, int(office), aware(now).date())
        return [_row(ticket, now) for ticket in tickets]


def at_desk(db: Database, actor: Actor, now: datetime) -> TicketRow | None:
    """The ticket `actor` called today and has not finished (None when the desk is free)."""
    with db.read() as session:
        office = get_setting(session, OFFICE_NUMBER)
        if office is None:
            return None
        ticket = _at_desk(session, int(office), aware(now).date(), actor)
        return None if ticket is None else _row(ticket, now)


def _at_desk(session: Session, office: int, day: date, actor: Actor) -> QueueTicket | None:
    mine = [
        t
        for t in _tickets_of_day(session, office, day)
        if t.status in queue_rules.AT_THE_DESK and t.called_by_id == actor.staff_id
    ]
    return max(mine, key=lambda t: t.called_at or t.issued_at) if mine else None


def _desk_free(session: Session, office: int, day: date, actor: Actor) -> None:
    busy = _at_desk(session, office, day, actor)
    if busy is not None:
        raise QueueError("busy", label=queue_rules.ticket_label(busy.letter, busy.number))


def events(db: Database, ticket_id: uuid.UUID) -> list[EventRow]:
    with db.read() as session:
        query = select(QueueEvent).where(QueueEvent.ticket_id == ticket_id).order_by(QueueEvent.at)
        return [
            EventRow(e.action, aware(e.at), e.acted_by, e.reason, dict(e.details))
            for e in session.scalars(query)
        ]


def _estimate(tickets: list[QueueTicket], issued_at: datetime) -> tuple[int, int]:
    """(people ahead, estimated minutes) for someone taking a ticket at `issued_at`."""
    ahead = [t.purpose for t in queue_rules.in_line(tickets) if t.issued_at <= issued_at]
    service_times = [
        t.finished_at - t.serving_started_at
        for t in tickets
        if t.status == queue_rules.DONE and t.finished_at and t.serving_started_at
    ]
    defaults = {code: p.default_minutes for code, p in purposes().items()}
    return len(ahead), queue_rules.estimate_wait_minutes(ahead, service_times, defaults)


# ---- issuing ---------------------------------------------------------------------------------


def issue_ticket(
    db: Database,
    purpose: str,
    language: str,
    now: datetime,
    actor: Actor,
    override_reason: str = "",
) -> IssuedTicket:
    """A new ticket, numbered per day and letter in the same transaction (gap-free).

    Outside opening hours this refuses with "closed" unless `override_reason` says why the
    ticket is issued anyway; the reason is kept on the ticket and in its event.
    """
    require(actor, "queue.serve")
    chosen = purposes().get(purpose)
    if chosen is None:
        raise QueueError("unknown_purpose", purpose=purpose)
    reason = override_reason.strip()
    if not is_open(now, db) and not reason:
        raise QueueError("closed", opens_at=next_opening(now, db))
    if is_open(now, db):
        reason = ""
    moment = aware(now)
    day = moment.date()
    with db.write(actor) as session:
        office = _office(session)
        number = next_number(
            session,
            ticket_series(office, day, chosen.letter),
            QueueTicket.number,
            QueueTicket.origin_office == office,
            QueueTicket.day == day,
            QueueTicket.letter == chosen.letter,
        )
        ticket = QueueTicket(
            origin_office=office,
            day=day,
            letter=chosen.letter,
            number=number,
            purpose=chosen.code,
            status=queue_rules.WAITING,
            language=language,
            issued_at=moment,
            outside_hours_reason=reason,
        )
        people_ahead, wait = _estimate(_tickets_of_day(session, office, day), moment)
        session.add(ticket)
        session.flush()
        _event(session, ticket, "issue", moment, actor, reason, {"purpose": chosen.code})
        row = _row(ticket, moment)
    return IssuedTicket(row, people_ahead, wait)


def ticket_data(issued: IssuedTicket, office_name: str, language: str) -> TicketData:
    """What the printed ticket shows, in `language`."""
    from desktop.printing.ticket import TicketData  # ReportLab: loaded on first print

    purpose = purposes()[issued.ticket.purpose]
    return TicketData(
        office_name=office_name,
        number=issued.ticket.label,
        purpose=purpose.name(language),
        issued_at=naive_local(issued.ticket.issued_at),
        people_ahead=issued.people_ahead,
        wait_minutes=issued.wait_minutes,
    )


def ticket_document(db: Database, issued: IssuedTicket, language: str) -> Document:
    """The printed ticket of a ticket just issued, in `language`."""
    place = workplace(db)
    office_name = place.office.name_in(language) if place else ""
    return document.ticket(ticket_data(issued, office_name, language), language)


# ---- the clerk's actions ---------------------------------------------------------------------


def _event(
    session: Session,
    ticket: QueueTicket,
    action: str,
    at: datetime,
    actor: Actor,
    reason: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        QueueEvent(
            origin_office=ticket.origin_office,
            ticket_id=ticket.id,
            action=action,
            at=at,
            acted_by=actor.name,
            acted_by_id=actor.staff_id,
            reason=reason,
            details=details or {},
        )
    )


def _load(session: Session, ticket_id: uuid.UUID) -> QueueTicket:
    ticket = session.get(QueueTicket, ticket_id)
    if ticket is None or ticket.is_deleted:
        raise QueueError("unknown_ticket")
    return ticket


def _move(ticket: QueueTicket, action: str) -> None:
    try:
        ticket.status = queue_rules.next_status(ticket.status, action)
    except TransitionError as error:
        raise QueueError("not_allowed", action=action, status=error.status) from error


def _called(ticket: QueueTicket, moment: datetime, actor: Actor | None) -> None:
    ticket.called_at = moment if actor is not None else None
    ticket.called_by = actor.name if actor is not None else ""
    ticket.called_by_id = actor.staff_id if actor is not None else None


def _act(
    db: Database,
    ticket_id: uuid.UUID,
    action: str,
    actor: Actor,
    now: datetime,
    reason: str = "",
    details: dict[str, Any] | None = None,
) -> TicketRow:
    moment = aware(now)
    with db.write(actor) as session:
        ticket = _load(session, ticket_id)
        if action == "recall":
            _desk_free(session, ticket.origin_office, ticket.day, actor)
        _move(ticket, action)
        if action in ("call", "recall"):
            _called(ticket, moment, actor)
        elif action == "start":
            ticket.serving_started_at = moment
        elif action == "finish":
            ticket.finished_at = moment
        elif action == "requeue":
            ticket.serving_started_at = None
            _called(ticket, moment, None)
        _event(session, ticket, action, moment, actor, reason, details)
        session.flush()
        return _row(ticket, moment)


def close_in(
    session: Session, ticket_id: uuid.UUID, outcome: str, actor: Actor, now: datetime
) -> bool:
    """End the visit of a ticket still at the desk (called or served) with its outcome, in
    the caller's transaction: the application's hand-in, refusal or issue closes its ticket
    with it. False when the ticket's visit had already ended (nothing to close).

    Serving began at the call when nobody pressed Start: the visitor came to the desk.
    """
    if outcome not in queue_rules.OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    moment = aware(now)
    ticket = _load(session, ticket_id)
    if ticket.status not in queue_rules.AT_THE_DESK:
        return False
    _move(ticket, "close")
    if ticket.serving_started_at is None:
        ticket.serving_started_at = ticket.called_at or moment
    ticket.finished_at = moment
    ticket.outcome = outcome
    _event(session, ticket, "close", moment, actor, "", {"outcome": outcome})
    return True


def close(
    db: Database, ticket_id: uuid.UUID, outcome: str, actor: Actor, now: datetime
) -> TicketRow:
    """End the visit of a called or served ticket, recording how it ended (OUTCOMES)."""
    require(actor, "queue.serve")
    with db.write(actor) as session:
        if not close_in(session, ticket_id, outcome, actor, now):
            _move(_load(session, ticket_id), "close")  # says why: "not_allowed"
        session.flush()
        return _row(_load(session, ticket_id), aware(now))


def call_next(db: Database, actor: Actor, now: datetime) -> TicketRow | None:
    """Call the first-come waiting ticket of today; None when nobody waits."""
    require(actor, "queue.serve")
    moment = aware(now)
    with db.write(actor) as session:
        office = _office(session)
        _desk_free(session, office, moment.date(), actor)
        ticket = queue_rules.next_in_line(_tickets_of_day(session, office, moment.date()))
        if ticket is None:
            return None
        _move(ticket, "call")
        _called(ticket, moment, actor)
        _event(session, ticket, "call", moment, actor)
        session.flush()
        return _row(ticket, moment)


def call_out_of_order(
    db: Database, ticket_id: uuid.UUID, reason: str, actor: Actor, now: datetime
) -> TicketRow:
    """Call a waiting ticket before its turn: the reason is required and recorded."""
    require(actor, "queue.serve")
    if not reason.strip():
        raise QueueError("reason_required")
    moment = aware(now)
    with db.write(actor) as session:
        ticket = _load(session, ticket_id)
        if ticket.status != queue_rules.WAITING:
            raise QueueError("not_waiting")
        _desk_free(session, ticket.origin_office, ticket.day, actor)
        line = queue_rules.in_line(_tickets_of_day(session, ticket.origin_office, ticket.day))
        ahead = line[: [t.id for t in line].index(ticket.id)]
        skipped = [queue_rules.ticket_label(t.letter, t.number) for t in ahead]
        _move(ticket, "call")
        _called(ticket, moment, actor)
        details = {"out_of_order": True, "skipped": skipped}
        _event(session, ticket, "call_out_of_order", moment, actor, reason.strip(), details)
        session.flush()
        return _row(ticket, moment)


def start_serving(db: Database, ticket_id: uuid.UUID, actor: Actor, now: datetime) -> TicketRow:
    require(actor, "queue.serve")
    return _act(db, ticket_id, "start", actor, now)


def finish(db: Database, ticket_id: uuid.UUID, actor: Actor, now: datetime) -> TicketRow:
    require(actor, "queue.serve")
    return _act(db, ticket_id, "finish", actor, now)


def no_show(db: Database, ticket_id: uuid.UUID, actor: Actor, now: datetime) -> TicketRow:
    require(actor, "queue.serve")
    return _act(db, ticket_id, "no_show", actor, now)


def requeue(db: Database, ticket_id: uuid.UUID, actor: Actor, now: datetime) -> TicketRow:
    """Send a called ticket back to the line in its old place (the visitor steps aside)."""
    require(actor, "queue.serve")
    return _act(db, ticket_id, "requeue", actor, now)


def recall(db: Database, ticket_id: uuid.UUID, actor: Actor, now: datetime) -> TicketRow:
    require(actor, "queue.serve")
    return _act(db, ticket_id, "recall", actor, now)


def drop(db: Database, ticket_id: uuid.UUID, actor: Actor, now: datetime) -> TicketRow:
    require(actor, "queue.serve")
    return _act(db, ticket_id, "drop", actor, now)


def redirect(
    db: Database, ticket_id: uuid.UUID, purpose: str, actor: Actor, now: datetime
) -> TicketRow:
    """Send the ticket to another purpose; it waits again in its old place (same issue time).

    The number stays the one printed on the person's ticket.
    """
    require(actor, "queue.serve")
    if purpose not in purposes():
        raise QueueError("unknown_purpose", purpose=purpose)
    moment = aware(now)
    with db.write(actor) as session:
        ticket = _load(session, ticket_id)
        old = ticket.purpose
        _move(ticket, "redirect")
        ticket.purpose = purpose
        _called(ticket, moment, None)
        _event(session, ticket, "redirect", moment, actor, "", {"from": old, "to": purpose})
        session.flush()
        return _row(ticket, moment)
