"""The papers of a complaint and its addressee: the complaint talon (item 23), the protocol of an
oral complaint, the extension and forwarding notices, in the complainant's language; and the
akim of the office's city/district (Appendix 4) with the next reception days of the akim and
each deputy on the working calendar, shown on the form and printed on the talon.

The data comes from desktop.services.complaints; desktop.printing.complaint renders it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.localtime import naive_local
from desktop.core.reception import Receptions, next_receptions
from desktop.printing import document
from desktop.printing.document import Document
from desktop.services import complaints, reference, settings
from desktop.services import office as office_service
from desktop.services.access import require
from desktop.services.complaints import ComplaintError
from desktop.services.standard import working_calendar

if TYPE_CHECKING:
    from desktop.printing.complaint import AddresseeData, ComplaintPaperData

PAGES = ("a4-half", "receipt")  # the complaint talon's paper, the office's choice
RECEPTION_DATES = 3  # the next reception days shown per akim and deputy


@dataclass(frozen=True)
class ReceptionLine:
    who: str  # "akim" or "deputy"
    deputy_no: int | None
    plural: bool
    source: str  # the schedule as Appendix 4 words it
    receptions: Receptions


@dataclass(frozen=True)
class Addressee:
    """The city/district akim's office complaints go to, and when its heads next receive."""

    name: str
    address: str
    phones: tuple[str, ...]
    email: tuple[str, ...]
    web: tuple[str, ...]
    receptions: tuple[ReceptionLine, ...]


# ---- the addressee ------------------------------------------------------------------------------


def addressee(db: Database, now: datetime, language: str) -> Addressee | None:
    """The akim of the office's city/district (Appendix 4), named in `language`, with the next
    reception days of the akim and each deputy on the working calendar; None before the office
    is set up."""
    place = office_service.workplace(db)
    if place is None:
        return None
    akimat = reference.district_akimat(db, place.office.district_code)
    if akimat is None:
        return None
    calendar = working_calendar(db)
    lines = tuple(
        ReceptionLine(
            slot.who,
            slot.deputy_no,
            slot.plural,
            slot.source,
            next_receptions(slot, now, calendar, RECEPTION_DATES),
        )
        for slot in akimat.reception
    )
    return Addressee(
        akimat.name_in(language), akimat.address, akimat.phones, akimat.email, akimat.web, lines
    )


# ---- printed documents --------------------------------------------------------------------------


def talon_page(db: Database) -> str:
    """The complaint talon's paper: "a4-half" (default) or "receipt" (80 mm), per office."""
    with db.read() as session:
        page = settings.get_setting(session, settings.COMPLAINT_TALON_PAGE, PAGES[0])
    return page if page in PAGES else PAGES[0]


def save_talon_page(db: Database, page: str, actor: Actor) -> None:
    require(actor, "office.configure")
    if page not in PAGES:
        raise ValueError(f"the complaint talon is printed on {', '.join(PAGES)}, not {page!r}")
    with db.write(actor) as work:
        settings.set_setting(work, settings.COMPLAINT_TALON_PAGE, page)


def addressee_data(found: Addressee | None) -> AddresseeData | None:
    """The addressee as the printed documents take it (plain data, no service types)."""
    from desktop.printing.complaint import AddresseeData, ReceptionData

    if found is None:
        return None
    return AddresseeData(
        name=found.name,
        address=found.address,
        phones=found.phones,
        email=found.email,
        web=found.web,
        receptions=tuple(
            ReceptionData(
                who=line.who,
                deputy_no=line.deputy_no,
                plural=line.plural,
                source=line.source,
                dates=tuple(
                    (d.day, d.start, d.end, d.skipped.kind if d.skipped else None)
                    for d in line.receptions.dates
                ),
                problem=line.receptions.problem,
            )
            for line in found.receptions
        ),
    )


def paper_data(db: Database, complaint_id: uuid.UUID, now: datetime) -> ComplaintPaperData:
    """What every paper of a complaint shows, in the complainant's language (`language`)."""
    from desktop.printing.complaint import ComplaintPaperData

    place = office_service.workplace(db)
    if place is None:
        raise ComplaintError("office", "office_not_configured")
    office = place.office
    row = complaints.complaint(db, complaint_id, naive_local(now).date())
    terms = complaints.terms_by_id(complaints.complaint_book(db), row.terms_id)
    return ComplaintPaperData(
        language=row.language,
        office_name=office.name_in(row.language),
        office_phone=", ".join(office.phones),
        number=row.number,
        channel=row.channel,
        complainant=row.complainant,
        national_number=row.national_number,
        contacts=", ".join(p for p in (row.phone, row.email, row.address) if p),
        subject_name=row.subject_name,
        text=row.text,
        attachments=row.attachments,
        received_at=row.received_at,
        registered_on=row.registered_on,
        clerk=row.received_by,
        due_on=row.due_on,
        law=terms.law_kk if row.language == "kk" else terms.law_ru,
        review_days=terms.review.count,
        review_unit=terms.review.unit,
        extended_on=row.extended_on,
        extension_reason=row.extension_reason,
        previous_due_on=row.previous_due_on,
        forwarded_on=row.forwarded_on,
        forwarded_to=row.forwarded_to,
        addressee=addressee_data(addressee(db, now, row.language)),
    )


def talon_document(db: Database, complaint_id: uuid.UUID, now: datetime) -> Document:
    """The complaint talon (item 23) on the office's paper, in the complainant's language."""
    data = paper_data(db, complaint_id, now)
    return document.complaint_talon(data, data.language, talon_page(db))


def protocol_document(db: Database, complaint_id: uuid.UUID, now: datetime) -> Document:
    """The protocol of an oral complaint, for the complainant to sign."""
    data = paper_data(db, complaint_id, now)
    if data.channel != "oral":
        raise ComplaintError("channel", "not_oral")
    return document.complaint_protocol(data, data.language)


def extension_notice_document(db: Database, complaint_id: uuid.UUID, now: datetime) -> Document:
    data = paper_data(db, complaint_id, now)
    if data.extended_on is None:
        raise ComplaintError("extension", "not_extended")
    return document.extension_notice(data, data.language)


def forwarding_notice_document(db: Database, complaint_id: uuid.UUID, now: datetime) -> Document:
    data = paper_data(db, complaint_id, now)
    if data.forwarded_on is None:
        raise ComplaintError("forwarded_to", "not_forwarded")
    return document.forwarding_notice(data, data.language)
