"""Applications for service 1 or 2: hand-in, the documents check, numbering and the talon.

Times: callers pass `now` (so tests control the clock), aware or naive. A naive datetime is the
office's wall-clock time (Asia/Almaty, whatever the computer's zone); the working calendar and
the printed documents use naive local time, the database stores aware UTC.
desktop.core.localtime converts between the two. Every datetime this module hands out is naive
local.

Statuses: accepted -> ready -> issued, or refused at hand-in (missing documents, item 17), or
accepted -> refused later with a reason (no household in the book, livestock not recorded...).
A hand-in, a refusal or an issue done for a called queue ticket closes that ticket with the
outcome, in the same transaction. A hand-in while the office is closed needs a reason.
Errors are `ApplicationError(field, code, **params)`; desktop.ui.application_errors words them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Application
from desktop.core.actor import Actor
from desktop.core.iin import (
    make_iin,
    national_number_problem,
    normalize_number,
)
from desktop.core.localtime import aware, naive_local
from desktop.core.ready_time import ready_time_for
from desktop.core.rules import RuleSet
from desktop.printing import document
from desktop.printing.document import Document
from desktop.services import application_list, household_search, households, queue
from desktop.services import office as office_service
from desktop.services.access import require
from desktop.services.application_list import ApplicationRow, ListFilter, applicant_name, to_row
from desktop.services.numbering import next_number, registration_series
from desktop.services.standard import rule_book, rules_on, working_calendar

# desktop.printing loads ReportLab: its modules are imported where a document is made.
if TYPE_CHECKING:
    from desktop.printing.refusal import RefusalData
    from desktop.printing.talon import TalonData

ApplicantKind = Literal["individual", "legal_entity"]
APPLICANT_KINDS: tuple[ApplicantKind, ...] = ("individual", "legal_entity")
LANGUAGES = ("kk", "ru")
STATUSES = ("accepted", "ready", "issued", "refused")
# The allowed moves: status before -> status after.
_TRANSITIONS = {"ready": "accepted", "issued": "ready"}


class ApplicationError(ValueError):
    """An application that cannot be saved or changed; `field` and `code` say why."""

    def __init__(self, field: str, code: str, /, **params: Any) -> None:
        super().__init__(f"{field}: {code} {params or ''}".rstrip())
        self.field = field
        self.code = code
        self.params = params


@dataclass(frozen=True)
class ApplicationInput:
    service: int
    applicant_kind: str  # "individual" or "legal_entity"
    national_number: str  # IIN of an individual, BIN of a legal entity
    surname: str  # the person handing in (a legal entity's representative)
    name: str
    patronymic: str = ""
    organization: str = ""  # a legal entity's name
    phone: str = ""
    address: str = ""
    language: str = "kk"  # the applicant's, for the talon and the refusal notice
    documents_presented: tuple[str, ...] = ()  # document codes of the rule set


@dataclass(frozen=True)
class Submitted:
    id: uuid.UUID
    status: str  # "accepted" or "refused"
    registration_number: str | None
    missing_documents: tuple[str, ...]  # document codes, empty when accepted
    handed_in_at: datetime  # naive local
    ready_due_at: datetime | None  # naive local, None when refused
    household_id: uuid.UUID | None


@dataclass(frozen=True)
class Prefill:
    """What the household book knows about the person with an IIN."""

    household_id: uuid.UUID
    account_number: str
    surname: str
    name: str
    patronymic: str
    birth_date: date | None
    address: str
    phone: str
    iin: str = ""  # the person's IIN ("" when the book has none)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


@dataclass(frozen=True)
class _Checked:
    number: str
    values: dict[str, Any] = field(default_factory=dict)


# ---- validation --------------------------------------------------------------------------------


def _check(data: ApplicationInput, rules: RuleSet, today: date) -> _Checked:
    if data.service not in rules.services:
        raise ApplicationError("service", "unknown_service", service=data.service)
    service = rules.service(data.service)
    if data.applicant_kind not in APPLICANT_KINDS:
        raise ApplicationError("applicant_kind", "unknown_applicant_kind")
    if data.applicant_kind not in service.applicant_kinds:
        raise ApplicationError(
            "applicant_kind", "not_provided", service=data.service, kind=data.applicant_kind
        )
    if data.language not in LANGUAGES:
        raise ApplicationError("language", "unknown_language")
    number = normalize_number(data.national_number)
    problem = national_number_problem(number, data.applicant_kind == "individual", today)
    if problem is not None:
        raise ApplicationError("national_number", problem)
    values = {
        name: getattr(data, name).strip()
        for name in ("surname", "name", "patronymic", "organization", "phone", "address")
    }
    required = ["surname", "name"]
    if data.applicant_kind == "legal_entity":
        required.append("organization")
    else:
        values["organization"] = ""
    for name in required:
        if not values[name]:
            raise ApplicationError(name, "required")
    known = set(rules.document_names)
    unknown = [code for code in data.documents_presented if code not in known]
    if unknown:
        raise ApplicationError("documents", "unknown_document", code=unknown[0])
    return _Checked(number, values)


def _office_number(db: Database) -> int:
    place = office_service.workplace(db)
    if place is None:
        raise ApplicationError("office", "office_not_configured")
    return place.office.number


def registration_number(office: int, year: int, seq: int) -> str:
    """'45-2026-0007': office number, year, the year's sequence number."""
    return f"{office}-{year}-{seq:04d}"


# ---- use cases ---------------------------------------------------------------------------------


def required_documents(service: int, applicant_kind: str, day: date) -> tuple[str, ...]:
    """Codes of the documents the standard in force on `day` asks of this applicant kind."""
    return rules_on(day).service(service).required_documents(applicant_kind)


def check(data: ApplicationInput, now: datetime) -> tuple[str, ...]:
    """Validate without saving: the codes of the missing documents (empty: it would be
    accepted); raises ApplicationError for anything that cannot be saved at all."""
    handed_in = naive_local(now)
    rules = rules_on(handed_in.date())
    _check(data, rules, handed_in.date())
    required = rules.service(data.service).required_documents(data.applicant_kind)
    return tuple(code for code in required if code not in data.documents_presented)


def submit(
    db: Database,
    data: ApplicationInput,
    now: datetime,
    actor: Actor,
    ticket_id: uuid.UUID | None = None,
    outside_hours_reason: str = "",
) -> Submitted:
    """Check and record a hand-in received by `actor`: refused when a required document is
    missing, else accepted with a registration number (allocated in the same transaction)
    and the ready time; the talon is rendered before that transaction commits. The called
    `ticket_id` (if any) is closed with the outcome.

    While the office is closed (a holiday, a weekend, the evening) the hand-in is refused
    ("handed_in_at", "closed", opens_at=...) unless `outside_hours_reason` says why it is taken
    anyway; the ready time then counts from the next opening."""
    require(actor, "application.handle")
    handed_in = naive_local(now)
    rules = rules_on(handed_in.date())
    checked = _check(data, rules, handed_in.date())
    late_reason = closed_reason(db, now, outside_hours_reason)
    office = _office_number(db)
    required = rules.service(data.service).required_documents(data.applicant_kind)
    presented = [code for code in required if code in data.documents_presented]
    missing = tuple(code for code in required if code not in presented)
    household_id = None
    if data.applicant_kind == "individual":
        hits = household_search.search(db, checked.number, limit=1)
        household_id = hits[0].household_id if hits else None
    ready_due = None if missing else ready_time_for(handed_in, working_calendar(db), rule_book())
    with db.write(actor) as session:
        row = Application(
            origin_office=office,
            service=data.service,
            applicant_kind=data.applicant_kind,
            national_number=checked.number,
            language=data.language,
            household_id=household_id,
            ticket_id=ticket_id,
            rule_set=rules.id,
            documents_presented=presented,
            missing_documents=list(missing),
            status="refused" if missing else "accepted",
            handed_in_at=aware(handed_in),
            ready_due_at=None if ready_due is None else aware(ready_due),
            received_by=actor.name,
            received_by_id=actor.staff_id,
            outside_hours_reason=late_reason,
            **checked.values,
        )
        if not missing:
            year = handed_in.year
            seq = next_number(
                session,
                registration_series(office, year),
                Application.registration_seq,
                Application.origin_office == office,
                Application.registration_year == year,
            )
            row.registration_year = year
            row.registration_seq = seq
            row.registration_number = registration_number(office, year, seq)
        session.add(row)
        if ticket_id is not None:
            queue.close_in(session, ticket_id, row.status, actor, now)
        session.flush()
        if row.registration_number is not None:
            # The talon is rendered before its number is kept: one that cannot be printed
            # (DocumentDoesNotFit) rolls back with the number and the application.
            document.talon(*_talon_of(db, row)).pdf()
        return Submitted(
            row.id,
            row.status,
            row.registration_number,
            missing,
            handed_in,
            ready_due,
            household_id,
        )


def closed_reason(db: Database, now: datetime, reason: str) -> str:
    """The reason kept for a hand-in at `now`: "" while the office is open; while it is closed
    the reason given, or ApplicationError("handed_in_at", "closed", opens_at=...) when none."""
    if queue.is_open(now, db):
        return ""
    if not reason.strip():
        raise ApplicationError("handed_in_at", "closed", opens_at=queue.next_opening(now, db))
    return reason.strip()


def lookup_applicant(db: Database, iin: str, today: date) -> Prefill | None:
    """The person with this IIN in the household book (names, birth date, address), or None."""
    number = normalize_number(iin)
    if len(number) != 12 or not number.isdigit():
        return None
    hits = household_search.search(db, number, limit=1)
    if not hits:
        return None
    book_card = households.card(db, hits[0].household_id, today)
    people = (*book_card.members, *book_card.former_members)
    person = next((m for m in people if m.iin == number), None)
    return None if person is None else _prefill(book_card, person)


def person_from_book(
    db: Database, household_id: uuid.UUID, member_id: uuid.UUID | None, today: date
) -> Prefill | None:
    """A member of a household (its head when `member_id` is None) as the form's prefill:
    "New application" on a household card or a member row. None when there is no such person."""
    book_card = households.card(db, household_id, today)
    if member_id is None:
        person = book_card.head
    else:
        person = next((m for m in book_card.members if m.id == member_id), None)
    return None if person is None else _prefill(book_card, person)


def people_matching(db: Database, text: str, today: date, limit: int = 8) -> list[Prefill]:
    """The people of the household book a typed surname (or name, IIN) finds, with the same
    search as the Household book tab: the member it matched, else the household's head."""
    found: list[Prefill] = []
    for hit in household_search.search(db, text, limit=limit):
        if hit.closed:
            continue
        book_card = households.card(db, hit.household_id, today)
        person = next(
            (m for m in book_card.members if hit.matched_name and m.full_name == hit.matched_name),
            book_card.head,
        )
        if person is not None:
            found.append(_prefill(book_card, person))
    return found


def _prefill(book_card: households.HouseholdCard, person: households.MemberRow) -> Prefill:
    return Prefill(
        book_card.id,
        book_card.data.account_number,
        person.surname,
        person.name,
        person.patronymic,
        person.birth_date,
        household_search.address_text(book_card.data),
        book_card.data.phone,
        person.iin,
    )


def set_ready(row: Application, actor: Actor, now: datetime) -> None:
    """Mark an accepted application ready, recording when and by whom (in the caller's
    transaction: certificates.prepare does it with the certificate it stores)."""
    if row.status != _TRANSITIONS["ready"]:
        raise ApplicationError("status", "cannot_ready", status=row.status)
    row.status = "ready"
    row.ready_at = aware(now)
    row.ready_by = actor.name
    row.ready_by_id = actor.staff_id


def _load(session: Session, application_id: uuid.UUID) -> Application:
    row = session.get(Application, application_id)
    if row is None or row.deleted_at is not None:
        raise ApplicationError("application", "not_found")
    return row


def mark_ready(db: Database, application_id: uuid.UUID, actor: Actor, now: datetime) -> None:
    """The result is ready to collect (from "accepted" only; else ApplicationError)."""
    require(actor, "application.handle")
    with db.write(actor) as session:
        set_ready(_load(session, application_id), actor, now)


def mark_issued(
    db: Database,
    application_id: uuid.UUID,
    actor: Actor,
    now: datetime,
    ticket_id: uuid.UUID | None = None,
) -> None:
    """The result was handed over in person (from "ready" only; else ApplicationError); the
    called `ticket_id` (the visitor who collects it), if any, is closed as "issued"."""
    require(actor, "application.handle")
    with db.write(actor) as session:
        row = _load(session, application_id)
        if row.status != _TRANSITIONS["issued"]:
            raise ApplicationError("status", "cannot_issued", status=row.status)
        row.status = "issued"
        row.issued_at = aware(now)
        row.issued_by = actor.name
        row.issued_by_id = actor.staff_id
        if ticket_id is not None:
            queue.close_in(session, ticket_id, "issued", actor, now)


def refuse(
    db: Database,
    application_id: uuid.UUID,
    reason: str,
    actor: Actor,
    now: datetime,
    ticket_id: uuid.UUID | None = None,
) -> None:
    """Refuse an accepted application with a reason (no household in the book, livestock not
    recorded, ...); the called `ticket_id`, if any, is closed as "refused". The refusal
    notice (refusal_document) then names the reason."""
    require(actor, "application.handle")
    if not reason.strip():
        raise ApplicationError("reason", "required")
    with db.write(actor) as session:
        row = _load(session, application_id)
        if row.status != "accepted":
            raise ApplicationError("status", "cannot_refuse", status=row.status)
        row.status = "refused"
        row.refusal_reason = reason.strip()
        row.refused_at = aware(now)
        row.refused_by = actor.name
        row.refused_by_id = actor.staff_id
        if ticket_id is not None:
            queue.close_in(session, ticket_id, "refused", actor, now)


def applications(
    db: Database,
    status: str | None = None,
    service: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    text: str = "",
    now: datetime | None = None,
) -> list[ApplicationRow]:
    """Every application matching, newest first; hand-in dates are local, both ends included.

    `text` matches words of the registration number, the IIN/BIN, names and organization
    (any letter case, Kazakh letters included). `overdue` compares the ready time with `now`
    (none is overdue when it is not given). The Applications list pages through the same
    window with desktop.services.application_list instead of loading it whole.
    """
    where = ListFilter(status, service, text, date_from=date_from, date_to=date_to)
    return application_list.page(db, where, now, limit=None).rows


def application(
    db: Database, application_id: uuid.UUID, now: datetime | None = None
) -> ApplicationRow:
    with db.read() as session:
        row = session.get(Application, application_id)
        if row is None or row.deleted_at is not None:
            raise ApplicationError("application", "not_found")
        return to_row(row, now)


# ---- printed documents -------------------------------------------------------------------------


def _rule_set_of(row: Application) -> RuleSet:
    for rules in rule_book().rule_sets:
        if rules.id == row.rule_set:
            return rules
    return rules_on(naive_local(row.handed_in_at).date())


def _printing_context(
    db: Database, application_id: uuid.UUID
) -> tuple[Application, RuleSet, str, str, str]:
    with db.read() as session:
        row = session.get(Application, application_id)
        if row is None or row.deleted_at is not None:
            raise ApplicationError("application", "not_found")
    return _printing_context_of(db, row)


def _printing_context_of(
    db: Database, row: Application
) -> tuple[Application, RuleSet, str, str, str]:
    place = office_service.workplace(db)
    if place is None:
        raise ApplicationError("office", "office_not_configured")
    rules = _rule_set_of(row)
    service = rules.service(row.service)
    service_name = service.name_kk if row.language == "kk" else service.name_ru
    office_name = place.office.name_in(row.language)
    return row, rules, service_name, office_name, ", ".join(place.office.phones)


def _talon(db: Database, application_id: uuid.UUID) -> tuple[TalonData, str]:
    return _talon_of(db, _printing_context(db, application_id)[0])


def _talon_of(db: Database, application: Application) -> tuple[TalonData, str]:
    from desktop.printing.talon import TalonData  # ReportLab: loaded on first print

    row, _rules, service_name, office_name, phone = _printing_context_of(db, application)
    if row.registration_number is None or row.ready_due_at is None:
        raise ApplicationError("status", "no_talon", status=row.status)
    data = TalonData(
        office_name=office_name,
        office_phone=phone,
        service_name=service_name,
        applicant=applicant_name(row),
        registration_number=row.registration_number,
        accepted_at=naive_local(row.handed_in_at),
        clerk=row.received_by,
        ready_at=naive_local(row.ready_due_at),
    )
    return data, row.language


def talon_data(db: Database, application_id: uuid.UUID) -> TalonData:
    """What the talon of an accepted application shows, in the applicant's language."""
    return _talon(db, application_id)[0]


def talon_document(db: Database, application_id: uuid.UUID, copy: bool = False) -> Document:
    """The talon of an accepted application, in the applicant's language."""
    data, language = _talon(db, application_id)
    return document.talon(data, language, copy)


def _refusal(db: Database, application_id: uuid.UUID) -> tuple[RefusalData, str]:
    from desktop.printing.refusal import RefusalData  # ReportLab: loaded on first print

    row, rules, service_name, office_name, phone = _printing_context(db, application_id)
    if row.status != "refused":
        raise ApplicationError("status", "not_refused", status=row.status)
    data = RefusalData(
        office_name=office_name,
        service_name=service_name,
        applicant=applicant_name(row),
        missing_documents=[
            rules.document_name(c, row.language, row.service) for c in row.missing_documents
        ],
        basis=rules.basis_kk if row.language == "kk" else rules.basis_ru,
        clerk=row.refused_by or row.received_by,
        refused_at=naive_local(row.refused_at or row.handed_in_at),
        office_phone=phone,
        reason=row.refusal_reason,
        registration_number=row.registration_number or "",
    )
    return data, row.language


def refusal_data(db: Database, application_id: uuid.UUID) -> RefusalData:
    """What the refusal notice of a refused application shows: the missing documents, the rule."""
    return _refusal(db, application_id)[0]


def refusal_document(db: Database, application_id: uuid.UUID, copy: bool = False) -> Document:
    """The refusal notice of a refused application, in the applicant's language."""
    data, language = _refusal(db, application_id)
    return document.refusal(data, language, copy)


def hand_in_document(db: Database, application_id: uuid.UUID, copy: bool = False) -> Document:
    """The paper the applicant takes away at hand-in: the refusal notice of a refused
    application, else the talon."""
    with db.read() as session:
        row = session.get(Application, application_id)
        refused = row is not None and row.status == "refused"
    if refused:
        return refusal_document(db, application_id, copy)
    return talon_document(db, application_id, copy)


def form_document(
    db: Database, service: int, applicant_kind: str, language: str, day: date, sample: bool
) -> Document:
    """The application on the set form for a service, blank or with a filled-in sample page
    (demo data, never a real person), in `language`."""
    from desktop.printing import samples
    from desktop.printing.application_form import ApplicantDetails, ApplicationFormData

    place = office_service.workplace(db)
    rules = rules_on(day)
    rules_service = rules.service(service)
    filled = None
    if sample:
        filled = ApplicantDetails(
            name=samples.APPLICANT[language],
            iin=make_iin(date(1980, 1, 1), "male", 1),
            address=samples.ADDRESS[language],
            phone=samples.PHONE,
            signed_on=day,
        )
    data = ApplicationFormData(
        office_name=place.office.name_in(language) if place else samples.OFFICE[language],
        service_name=rules_service.name_kk if language == "kk" else rules_service.name_ru,
        documents=[
            rules.document_name(code, language, service)
            for code in rules_service.required_documents(applicant_kind)
        ],
        filled_in_sample=filled,
    )
    return document.application_form(data, service, language)
