"""Complaints (standard items 21-23): register, extend, forward, answer, close; the register.

A complaint is numbered `<office>-<year>-K<seq>` in the transaction that stores it. Its dates
come from desktop.core.deadlines under the complaint terms in force on the registration day (the
rule book with the administrator's values, `complaint_book`) on the office's working calendar;
the row keeps them, so a later change of the law or the calendar never moves a registered
complaint. Every change is a line of its history (who, when, why) in the same transaction.

Status: registered -> (forwarded) -> answered -> closed. Where a complaint stands against its
due date (open, due soon, overdue, answered in time or late) is `deadlines.state` on a day.

The papers (talon, protocol, notices) and the addressee are desktop.services.complaint_papers;
the administrator's complaint terms are desktop.services.complaint_terms.

Errors are `ComplaintError(field, code, **params)`; desktop.ui.complaint_errors words them.
Nothing is saved when one is raised. Times: as in desktop.services.applications (naive means
office wall-clock time; every datetime handed out is naive local).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Application, Complaint, ComplaintEvent, Department, QueueTicket
from desktop.core import deadlines
from desktop.core.actor import Actor
from desktop.core.calendar import WorkingCalendar
from desktop.core.deadlines import ComplaintClock, DeadlineError, Extension, Forwarding, State
from desktop.core.iin import national_number_problem, normalize_number
from desktop.core.localtime import aware, naive_local
from desktop.core.rules import ComplaintTerms, RuleBook
from desktop.services import household_search, settings
from desktop.services import office as office_service
from desktop.services.access import require
from desktop.services.numbering import complaint_series, next_number
from desktop.services.standard import rule_book, working_calendar

CHANNELS = ("oral", "written", "post", "electronic")
KINDS = ("individual", "legal_entity")
SUBJECTS = ("office", "department")
STATUSES = ("registered", "forwarded", "answered", "closed")
LANGUAGES = ("kk", "ru")
# The field of the form each refusal of desktop.core.deadlines points at.
_DEADLINE_FIELDS = {
    "extension_reason_required": "reason",
    "extension_already_used": "extension",
    "extension_after_due": "decided_on",
    "extension_before_registration": "decided_on",
    "extension_not_later": "new_due",
    "extension_beyond_limit": "new_due",
    "extension_on_day_off": "new_due",
    "forwarding_before_registration": "forwarded_on",
    "already_forwarded": "forwarded_on",
    "answer_before_registration": "answered_on",
    "complaint_closed": "status",
}


class ComplaintError(ValueError):
    """A complaint that cannot be saved or changed; `field` and `code` say why."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        super().__init__(f"{field}: {code} {params or ''}".rstrip())
        self.field = field
        self.code = code
        self.params = params


@dataclass(frozen=True)
class ComplaintInput:
    channel: str  # one of CHANNELS
    complainant_kind: str  # "individual" or "legal_entity"
    national_number: str  # IIN of an individual, BIN of a legal entity
    surname: str  # the person (a legal entity's representative)
    name: str
    text: str
    subject: str = "office"  # one of SUBJECTS
    patronymic: str = ""
    organization: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    language: str = "kk"  # the complainant's, for the talon, protocol and notices
    attachments: tuple[str, ...] = ()  # names of the papers handed in
    application_id: uuid.UUID | None = None
    ticket_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ComplaintRow:
    id: uuid.UUID
    number: str
    channel: str
    complainant_kind: str
    national_number: str
    complainant: str  # a person's full name, or "organization (representative)"
    phone: str
    email: str
    address: str
    language: str
    household_id: uuid.UUID | None
    subject: str
    subject_name: str
    application_id: uuid.UUID | None
    ticket_id: uuid.UUID | None
    text: str
    attachments: tuple[str, ...]
    status: str
    state: State  # against the due date, on the day asked
    received_at: datetime  # naive local
    registered_on: date
    due_on: date
    forward_by: date
    extension_limit: date
    received_by: str
    extended_on: date | None
    extension_reason: str
    previous_due_on: date | None
    extension_notice_by: date | None
    forwarded_on: date | None
    forwarded_to: str
    answered_on: date | None
    justified: bool | None
    answer_summary: str
    answered_by: str
    terms_id: str

    @property
    def registration_moved(self) -> bool:
        """Received on a day off and registered on the next working day."""
        return self.received_at.date() != self.registered_on

    @property
    def extended(self) -> bool:
        return self.extended_on is not None

    @property
    def needs_attention(self) -> bool:
        return self.state in ("overdue", "due_soon")


@dataclass(frozen=True)
class HistoryRow:
    action: str  # registered / extended / forwarded / answered / closed
    at: datetime  # naive local
    acted_by: str
    reason: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Attention:
    """How many open complaints are overdue and due within 2 working days."""

    overdue: int
    due_soon: int

    @property
    def total(self) -> int:
        return self.overdue + self.due_soon


@dataclass(frozen=True)
class IndicatorCounts:
    """The counts behind indicators 4.1 and 4.2 for the days `first` to `last`.

    justified_registered: complaints registered in the period whose answer found them justified
    (4.1's part; its whole is the applicants served, counted by the report);
    justified_decided: justified complaints answered in the period (4.2's whole);
    justified_in_time: of those, answered no later than their due date (4.2's part).
    """

    justified_registered: int
    justified_decided: int
    justified_in_time: int


# ---- the law and the calendar -------------------------------------------------------------------


def complaint_book(db: Database) -> RuleBook:
    """The rule book with the administrator's values for unconfirmed complaint terms
    (setting `complaint_terms`: {terms id: {term name: count}})."""
    with db.read() as session:
        overrides = settings.get_setting(session, settings.COMPLAINT_TERMS, {})
    book = rule_book()
    return book.with_complaint_overrides(overrides) if overrides else book


def terms_by_id(book: RuleBook, terms_id: str) -> ComplaintTerms:
    for terms in book.complaint_terms:
        if terms.id == terms_id:
            return terms
    raise ComplaintError("terms", "unknown_terms", terms=terms_id)


def _clock(row: Complaint, book: RuleBook) -> ComplaintClock:
    extensions: tuple[Extension, ...] = ()
    if row.extended_on is not None and row.previous_due_on is not None:
        extensions = (
            Extension(
                row.extended_on, row.extension_reason, row.previous_due_on, row.extension_notice_by
            ),
        )
    forwarding = None
    if row.forwarded_on is not None:
        forwarding = Forwarding(row.forwarded_on, late=row.forwarded_on > row.forward_by)
    return ComplaintClock(
        received_on=naive_local(row.received_at).date(),
        registered_on=row.registered_on,
        terms=terms_by_id(book, row.terms_id),
        due=row.due_on,
        forward_by=row.forward_by,
        extension_limit=row.extension_limit,
        extensions=extensions,
        forwarding=forwarding,
        answered_on=row.answered_on,
    )


def _deadline_error(error: DeadlineError) -> ComplaintError:
    return ComplaintError(_DEADLINE_FIELDS[error.code], error.code, **error.params)


# ---- validation ---------------------------------------------------------------------------------


def _check(data: ComplaintInput, today: date) -> dict[str, Any]:
    if data.channel not in CHANNELS:
        raise ComplaintError("channel", "channel_required")
    if data.complainant_kind not in KINDS:
        raise ComplaintError("complainant_kind", "kind_required")
    if data.subject not in SUBJECTS:
        raise ComplaintError("subject", "subject_required")
    if data.language not in LANGUAGES:
        raise ComplaintError("language", "unknown_language")
    number = normalize_number(data.national_number)
    problem = national_number_problem(number, data.complainant_kind == "individual", today)
    if problem is not None:
        raise ComplaintError("national_number", problem)
    values: dict[str, Any] = {
        name: getattr(data, name).strip()
        for name in ("surname", "name", "patronymic", "organization", "phone", "email", "address")
    }
    required = ["surname", "name"]
    if data.complainant_kind == "legal_entity":
        required.insert(0, "organization")
    else:
        values["organization"] = ""
    for name in required:
        if not values[name]:
            raise ComplaintError(name, "required")
    if values["email"] and "@" not in values["email"]:
        raise ComplaintError("email", "bad_email")
    if not data.text.strip():
        raise ComplaintError("text", "text_required")
    values["national_number"] = number
    values["text"] = data.text.strip()
    values["attachments"] = [name.strip() for name in data.attachments if name.strip()]
    return values


def _office(db: Database) -> office_service.Office:
    place = office_service.workplace(db)
    if place is None:
        raise ComplaintError("office", "office_not_configured")
    return place.office


def complaint_number(office: int, year: int, seq: int) -> str:
    """'45-2026-K0007': office number, year, the year's complaint sequence number."""
    return f"{office}-{year}-K{seq:04d}"


def _subject_name(session: Session, office: office_service.Office, subject: str) -> str:
    if subject == "office":
        return office.name
    department = session.scalars(
        select(Department).where(Department.district == office.district_code)
    ).first()
    if department is None:
        raise ComplaintError("subject", "no_department")
    return department.name


def _event(
    session: Session,
    row: Complaint,
    action: str,
    actor: Actor,
    now: datetime,
    reason: str = "",
    **details: Any,
) -> None:
    session.add(
        ComplaintEvent(
            origin_office=row.origin_office,
            complaint_id=row.id,
            action=action,
            at=aware(now),
            acted_by=actor.name,
            acted_by_id=actor.staff_id,
            reason=reason,
            details={k: v.isoformat() if isinstance(v, date) else v for k, v in details.items()},
        )
    )


# ---- use cases ----------------------------------------------------------------------------------


def register(db: Database, data: ComplaintInput, now: datetime, actor: Actor) -> ComplaintRow:
    """Check and register a complaint received at `now` by `actor`: numbered, its due dates
    computed, the household found by the IIN where the book has it; all in one transaction."""
    require(actor, "complaint.handle")
    received = naive_local(now)
    values = _check(data, received.date())
    office = _office(db)
    calendar = working_calendar(db)
    book = complaint_book(db)
    clock = deadlines.start_clock(received, calendar, book)
    household_id = None
    if data.complainant_kind == "individual":
        hits = household_search.search(db, values["national_number"], limit=1)
        household_id = hits[0].household_id if hits else None
    with db.write(actor) as session:
        if (
            data.application_id is not None
            and session.get(Application, data.application_id) is None
        ):
            raise ComplaintError("application", "not_found")
        if data.ticket_id is not None and session.get(QueueTicket, data.ticket_id) is None:
            raise ComplaintError("ticket", "not_found")
        year = clock.registered_on.year
        seq = next_number(
            session,
            complaint_series(office.number, year),
            Complaint.seq,
            Complaint.origin_office == office.number,
            Complaint.year == year,
        )
        row = Complaint(
            origin_office=office.number,
            year=year,
            seq=seq,
            number=complaint_number(office.number, year, seq),
            channel=data.channel,
            complainant_kind=data.complainant_kind,
            language=data.language,
            household_id=household_id,
            subject=data.subject,
            subject_name=_subject_name(session, office, data.subject),
            application_id=data.application_id,
            ticket_id=data.ticket_id,
            status="registered",
            terms_id=clock.terms.id,
            received_at=aware(received),
            registered_on=clock.registered_on,
            due_on=clock.due,
            forward_by=clock.forward_by,
            extension_limit=clock.extension_limit,
            received_by=actor.name,
            received_by_id=actor.staff_id,
            **values,
        )
        session.add(row)
        session.flush()
        _event(session, row, "registered", actor, received, due_on=clock.due)
        session.flush()
        return _row(row, book, calendar, received.date())


def _load(session: Session, complaint_id: uuid.UUID) -> Complaint:
    row = session.get(Complaint, complaint_id)
    if row is None or row.deleted_at is not None:
        raise ComplaintError("complaint", "not_found")
    return row


def _change(
    db: Database,
    complaint_id: uuid.UUID,
    actor: Actor,
    now: datetime,
    step: Any,
) -> ComplaintRow:
    """Load the complaint, let `step(session, row, clock, calendar, today)` change it, return it."""
    today = naive_local(now).date()
    calendar = working_calendar(db)
    book = complaint_book(db)
    with db.write(actor) as session:
        row = _load(session, complaint_id)
        if row.status == "closed":
            raise ComplaintError("status", "complaint_closed", state="closed")
        try:
            step(session, row, _clock(row, book), calendar)
        except DeadlineError as error:
            raise _deadline_error(error) from None
        session.flush()
        return _row(row, book, calendar, today)


def extend(
    db: Database,
    complaint_id: uuid.UUID,
    reason: str,
    now: datetime,
    actor: Actor,
    new_due: date | None = None,
) -> ComplaintRow:
    """Extend the review once, with a reason, to `new_due` (default: as far as the law allows);
    the complainant's extension notice is then printed (`extension_notice_document`)."""
    require(actor, "complaint.handle")
    decided = naive_local(now)

    def step(
        session: Session, row: Complaint, clock: ComplaintClock, calendar: WorkingCalendar
    ) -> None:
        changed = deadlines.extend(clock, decided.date(), reason, calendar, new_due)
        extension = changed.extensions[-1]
        row.extended_on = extension.decided_on
        row.extension_reason = extension.reason
        row.previous_due_on = extension.previous_due
        row.extension_notice_by = extension.notice_by
        row.due_on = changed.due
        _event(
            session, row, "extended", actor, decided, extension.reason,
            previous_due=extension.previous_due, due_on=changed.due,
        )  # fmt: skip

    return _change(db, complaint_id, actor, now, step)


def forward(
    db: Database, complaint_id: uuid.UUID, to: str, now: datetime, actor: Actor
) -> ComplaintRow:
    """Send the complaint on to the competent body `to` (the notice to the complainant is
    `forwarding_notice_document`)."""
    require(actor, "complaint.handle")
    forwarded = naive_local(now)
    if not to.strip():
        raise ComplaintError("forwarded_to", "forwarded_to_required")

    def step(
        session: Session, row: Complaint, clock: ComplaintClock, calendar: WorkingCalendar
    ) -> None:
        if row.status != "registered":
            raise ComplaintError("status", "cannot_forward", status=row.status)
        deadlines.forward(clock, forwarded.date(), calendar)
        row.forwarded_on = forwarded.date()
        row.forwarded_to = to.strip()
        row.status = "forwarded"
        _event(
            session,
            row,
            "forwarded",
            actor,
            forwarded,
            to.strip(),
            late=forwarded.date() > row.forward_by,
        )

    return _change(db, complaint_id, actor, now, step)


def answer(
    db: Database,
    complaint_id: uuid.UUID,
    justified: bool,
    answered_on: date,
    summary: str,
    now: datetime,
    actor: Actor,
) -> ComplaintRow:
    """Record the answer: justified or not, its date (not before registration, not after
    today), a summary of what was answered, and who recorded it."""
    require(actor, "complaint.handle")
    today = naive_local(now).date()
    if not summary.strip():
        raise ComplaintError("summary", "summary_required")
    if answered_on > today:
        raise ComplaintError("answered_on", "answer_in_future")

    def step(
        session: Session, row: Complaint, clock: ComplaintClock, calendar: WorkingCalendar
    ) -> None:
        if row.status not in ("registered", "forwarded"):
            raise ComplaintError("status", "cannot_answer", status=row.status)
        if row.forwarded_on is None:
            deadlines.answer(clock, answered_on, calendar)
        elif answered_on < row.registered_on:
            raise ComplaintError(
                "answered_on", "answer_before_registration", registered=row.registered_on
            )
        row.answered_on = answered_on
        row.justified = justified
        row.answer_summary = summary.strip()
        row.answered_by = actor.name
        row.answered_by_id = actor.staff_id
        row.status = "answered"
        _event(
            session, row, "answered", actor, naive_local(now), summary.strip(),
            justified=justified, answered_on=answered_on,
        )  # fmt: skip

    return _change(db, complaint_id, actor, now, step)


def close(
    db: Database, complaint_id: uuid.UUID, now: datetime, actor: Actor, reason: str = ""
) -> ComplaintRow:
    """Close an answered complaint (the file is complete)."""
    require(actor, "complaint.handle")
    closed = naive_local(now)

    def step(
        session: Session, row: Complaint, clock: ComplaintClock, calendar: WorkingCalendar
    ) -> None:
        if row.status != "answered":
            raise ComplaintError("status", "cannot_close", status=row.status)
        row.status = "closed"
        row.closed_at = aware(closed)
        _event(session, row, "closed", actor, closed, reason.strip())

    return _change(db, complaint_id, actor, now, step)


# ---- the register -------------------------------------------------------------------------------


def _complainant(row: Complaint) -> str:
    person = " ".join(p for p in (row.surname, row.name, row.patronymic) if p)
    return f"{row.organization} ({person})" if row.organization else person


def _row(row: Complaint, book: RuleBook, calendar: WorkingCalendar, today: date) -> ComplaintRow:
    return ComplaintRow(
        id=row.id,
        number=row.number,
        channel=row.channel,
        complainant_kind=row.complainant_kind,
        national_number=row.national_number,
        complainant=_complainant(row),
        phone=row.phone,
        email=row.email,
        address=row.address,
        language=row.language,
        household_id=row.household_id,
        subject=row.subject,
        subject_name=row.subject_name,
        application_id=row.application_id,
        ticket_id=row.ticket_id,
        text=row.text,
        attachments=tuple(row.attachments),
        status=row.status,
        state=deadlines.state(_clock(row, book), today, calendar),
        received_at=naive_local(row.received_at),
        registered_on=row.registered_on,
        due_on=row.due_on,
        forward_by=row.forward_by,
        extension_limit=row.extension_limit,
        received_by=row.received_by,
        extended_on=row.extended_on,
        extension_reason=row.extension_reason,
        previous_due_on=row.previous_due_on,
        extension_notice_by=row.extension_notice_by,
        forwarded_on=row.forwarded_on,
        forwarded_to=row.forwarded_to,
        answered_on=row.answered_on,
        justified=row.justified,
        answer_summary=row.answer_summary,
        answered_by=row.answered_by,
        terms_id=row.terms_id,
    )


def complaints(
    db: Database,
    today: date,
    *,
    status: str | None = None,
    channel: str | None = None,
    subject: str | None = None,
    due_by: date | None = None,
    attention_only: bool = False,
    overdue_only: bool = False,
) -> list[ComplaintRow]:
    """The register, newest first. `due_by`: open complaints due on or before that day;
    `attention_only`: overdue or due within 2 working days; `overdue_only`: overdue."""
    where: list[ColumnElement[bool]] = [Complaint.deleted_at.is_(None)]
    if status:
        where.append(Complaint.status == status)
    if channel:
        where.append(Complaint.channel == channel)
    if subject:
        where.append(Complaint.subject == subject)
    if due_by is not None:
        where += [Complaint.due_on <= due_by, Complaint.status == "registered"]
    book, calendar = complaint_book(db), working_calendar(db)
    with db.read() as session:
        rows = session.scalars(
            select(Complaint)
            .where(*where)
            .order_by(Complaint.received_at.desc(), Complaint.year.desc(), Complaint.seq.desc())
        ).all()
        found = [_row(row, book, calendar, today) for row in rows]
    if overdue_only:
        return [row for row in found if row.state == "overdue"]
    if attention_only:
        return [row for row in found if row.needs_attention]
    return found


def complaint(db: Database, complaint_id: uuid.UUID, today: date) -> ComplaintRow:
    with db.read() as session:
        return _row(_load(session, complaint_id), complaint_book(db), working_calendar(db), today)


def history(db: Database, complaint_id: uuid.UUID) -> list[HistoryRow]:
    """Every change of the complaint, oldest first."""
    with db.read() as session:
        events = session.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == complaint_id)
            .order_by(ComplaintEvent.change_seq)
        ).all()
        return [
            HistoryRow(e.action, naive_local(e.at), e.acted_by, e.reason, dict(e.details))
            for e in events
        ]


def attention(db: Database, today: date) -> Attention:
    """Open complaints overdue on `today`, and those due within 2 working days."""
    rows = complaints(db, today, status="registered", attention_only=True)
    overdue = sum(row.state == "overdue" for row in rows)
    return Attention(overdue, len(rows) - overdue)


def indicator_counts(
    db: Database, first: date, last: date, office: int | None = None
) -> IndicatorCounts:
    """Justified complaints for indicators 4.1 and 4.2 over the office days first..last (of
    one origin office's complaints, at the district)."""
    live: list[ColumnElement[bool]] = [
        Complaint.deleted_at.is_(None),
        Complaint.justified.is_(True),
    ]
    if office is not None:
        live.append(Complaint.origin_office == office)
    with db.read() as session:
        registered = session.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(*live, Complaint.registered_on.between(first, last))
        )
        decided = session.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(*live, Complaint.answered_on.between(first, last))
        )
        in_time = session.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(
                *live,
                Complaint.answered_on.between(first, last),
                Complaint.answered_on <= Complaint.due_on,
            )
        )
    return IndicatorCounts(registered or 0, decided or 0, in_time or 0)


def from_application(db: Database, application_id: uuid.UUID) -> ComplaintInput:
    """A complaint about an application, filled in with its applicant ("complain about this");
    the channel and the text are the clerk's to fill."""
    with db.read() as session:
        row = session.get(Application, application_id)
        if row is None or row.deleted_at is not None:
            raise ComplaintError("application", "not_found")
        return ComplaintInput(
            channel="",
            complainant_kind=row.applicant_kind,
            national_number=row.national_number,
            surname=row.surname,
            name=row.name,
            text="",
            patronymic=row.patronymic,
            organization=row.organization,
            phone=row.phone,
            address=row.address,
            language=row.language,
            application_id=row.id,
        )
