"""Certificates from the household book: prepared, numbered and signed, issued, verified.

`prepare` builds the content from the book as of a date (in the applicant's language), numbers
it per office and year, signs the QR payload and marks the application ready, all in one
transaction, and renders it before that transaction commits (a certificate that cannot be
printed takes no number). The stored content is what every print renders, so a reprint is
identical but for the copy mark. The QR code carries the signed content itself
(desktop.core.certificate_code); desktop.services.verification checks it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from db.engine import Database
from db.models import Application, Certificate
from desktop.core import certificate as core
from desktop.core import certificate_code as code2
from desktop.core.actor import Actor
from desktop.core.localtime import naive_local
from desktop.printing import document
from desktop.printing.document import Document
from desktop.services import applications, household_search, households, keys, settings
from desktop.services import office as office_service
from desktop.services.access import require
from desktop.services.applications import ApplicationError
from desktop.services.households import HouseholdCard, Terms
from desktop.services.numbering import certificate_series, next_number


class CertificateError(ValueError):
    """A certificate cannot be prepared or issued; `code` says why (the UI says what to do)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code} {params or ''}".rstrip())
        self.code = code
        self.params = params


@dataclass(frozen=True)
class CertificateRow:
    id: uuid.UUID
    application_id: uuid.UUID
    kind: int
    number: str
    issued_on: date
    as_of: date
    language: str
    content: dict[str, Any]
    content_hash: str
    payload: str
    prepared_by: str


# ---- content ------------------------------------------------------------------------------------


def _names(items: list[households.Term]) -> dict[str, households.Term]:
    return {term.code: term for term in items}


def basis(language: str, book_number: str, book_page: str, account_number: str) -> str:
    """'шаруашылық кітабы № 3, 12-бет, дербес шот 0101' / 'похозяйственная книга № 3, ...'."""
    if language == "ru":
        parts = [
            f"похозяйственная книга № {book_number}" if book_number else "похозяйственная книга",
            f"стр. {book_page}" if book_page else "",
            f"лицевой счёт {account_number}",
        ]
    else:
        parts = [
            f"шаруашылық кітабы № {book_number}" if book_number else "шаруашылық кітабы",
            f"{book_page}-бет" if book_page else "",
            f"дербес шот {account_number}",
        ]
    return ", ".join(p for p in parts if p)


def _person(row: Application) -> str:
    return " ".join(p for p in (row.surname, row.name, row.patronymic) if p)


def build_content(
    card: HouseholdCard,
    terms: Terms,
    application: Application,
    office: office_service.Office,
    akim: tuple[str, str],
    number: str,
    issued_on: date,
) -> dict[str, Any]:
    """The certificate's content (the schema shared with desktop.printing.certificate)."""
    language = application.language
    relations = _names(terms.relation)
    purposes = _names(terms.land_purpose)
    livestock_terms = _names(terms.livestock)
    counts = card.livestock.counts if card.livestock else {}
    order = {code: index for index, code in enumerate(livestock_terms)}
    livestock = []
    for code in sorted(counts, key=lambda c: (order.get(c, len(order)), c)):
        if counts[code] <= 0:
            continue
        term = livestock_terms.get(code)
        group = core.livestock_group(code, language)
        livestock.append(
            {
                "code": code,
                "group": group or (term.name(language) if term else code),
                "kind": term.name(language) if term else code,
                "count": int(counts[code]),
            }
        )
    kind = application.service
    members = [
        {
            "full_name": m.full_name,
            "relation": relations[m.relation].name(language)
            if m.relation in relations
            else m.relation,
            "birth_date": m.birth_date.isoformat() if m.birth_date else "",
        }
        for m in card.members
    ]
    plots = [
        {
            "purpose": purposes[p.purpose].name(language) if p.purpose in purposes else p.purpose,
            "area_ha": str(Decimal(p.area_ha).quantize(Decimal("0.0001"))),
        }
        for p in card.plots
    ]
    data = card.data
    address = f"{office.postal_code}, {office.address}" if office.postal_code else office.address
    return {
        "kind": kind,
        "number": number,
        "demo": card.is_demo,
        "issued_on": issued_on.isoformat(),
        "as_of": card.as_of.isoformat(),
        "language": language,
        "office": {
            "number": office.number,
            "name": office.name_in(language),
            "address": address,
            "phones": list(office.phones),
        },
        "applicant": {
            "name": _person(application),
            "national_number": application.national_number,
            "organization": application.organization
            if application.applicant_kind == "legal_entity"
            else "",
        },
        "household": {
            "account_number": data.account_number,
            "book_number": data.book_number,
            "book_page": data.book_page,
            "address": household_search.address_text(data),
        },
        "members": members,
        "plots": plots,
        "livestock": livestock,
        "akim": {"name": akim[0], "position": akim[1]},
        "basis": basis(language, data.book_number, data.book_page, data.account_number),
    }


# ---- preparing and issuing ----------------------------------------------------------------------


def signed_content(content: dict[str, Any], sequence: int, key_id: str) -> code2.SignedContent:
    """What the certificate's code carries of its content (built by build_content)."""
    applicant = content["applicant"]
    kind = int(content["kind"])
    farm = kind == 1
    return code2.SignedContent(
        office=int(content["office"]["number"]),
        kind=kind,
        sequence=sequence,
        issued_on=date.fromisoformat(content["issued_on"]),
        as_of=date.fromisoformat(content["as_of"]),
        language=content["language"],
        demo=bool(content.get("demo")),
        legal_entity=bool(applicant.get("organization")),
        national_number=applicant["national_number"],
        holder=applicant.get("organization") or applicant["name"],
        account_number=content["household"]["account_number"],
        members=len(content["members"]) if farm else 0,
        land_ha=sum((Decimal(p["area_ha"]) for p in content["plots"]), Decimal(0))
        if farm
        else Decimal(0),
        livestock=tuple((row["code"], int(row["count"])) for row in content["livestock"]),
        key_id=key_id,
    )


def _payload_of(row: Certificate) -> str:
    if row.signature.startswith(code2.PREFIX):  # version 2: the whole signed code
        return row.signature
    return core.Payload(
        row.number,
        row.issued_on,
        row.origin_office,
        row.kind,
        row.content_hash,
        row.key_id,
        row.signature,
    ).text


def _certificate_row(row: Certificate) -> CertificateRow:
    return CertificateRow(
        row.id,
        row.application_id,
        row.kind,
        row.number,
        row.issued_on,
        row.as_of,
        row.language,
        dict(row.content),
        row.content_hash,
        _payload_of(row),
        row.prepared_by,
    )


def _household_of(db: Database, row: Application) -> uuid.UUID | None:
    if row.household_id is not None:
        return row.household_id
    if row.applicant_kind != "individual":
        return None
    hits = household_search.search(db, row.national_number, limit=1)
    return hits[0].household_id if hits else None


def prepare(
    db: Database,
    application_id: uuid.UUID,
    as_of: date,
    actor: Actor,
    now: datetime,
    household_id: uuid.UUID | None = None,
) -> CertificateRow:
    """Prepare, number and sign the certificate of an accepted application and mark it ready.

    The household is the one linked to the application (by IIN at hand-in, or found by the
    IIN now if it was added to the book since), or `household_id` when given (e.g. the farm of
    a legal entity). CertificateError codes: not_found, not_accepted, office_not_configured,
    no_key, revoked_key (with revoked_at), as_of_in_future, no_household, before_opening,
    household_closed, no_members, no_livestock, does_not_fit (a text too long for the page:
    nothing is kept, the number is not taken).
    """
    require(actor, "certificate.issue")
    moment = naive_local(now)
    place = office_service.workplace(db)
    if place is None:
        raise CertificateError("office_not_configured")
    with db.read() as session:
        application = session.get(Application, application_id)
        if application is None or application.deleted_at is not None:
            raise CertificateError("not_found")
        session.expunge(application)
    if application.status != "accepted":
        raise CertificateError("not_accepted", status=application.status)
    if as_of > moment.date():
        raise CertificateError("as_of_in_future", as_of=as_of)
    try:
        private_key, kid = keys.signing_key(db, place.office.number)
    except keys.OfficeKeyError as error:
        raise CertificateError(error.code, **error.params) from None
    household = household_id or _household_of(db, application)
    if household is None:
        raise CertificateError("no_household", service=application.service)
    try:
        card = households.card(db, household, as_of)
    except households.BookError:
        raise CertificateError("no_household", service=application.service) from None
    if card.closed_on is not None and card.closed_on <= as_of:
        raise CertificateError("household_closed", closed_on=card.closed_on)
    if card.data.opened_on > as_of:
        raise CertificateError("before_opening", opened_on=card.data.opened_on)
    if not card.members:  # never a certificate naming no one
        raise CertificateError("no_members", as_of=as_of)
    if application.service == 2 and (card.livestock is None or card.livestock.total <= 0):
        raise CertificateError("no_livestock", as_of=as_of)
    terms = households.terms(db)
    akim_name, position_kk, position_ru = settings.akim(db)
    if (
        application.language == "ru"
    ):  # the Russian position as set, else the one derived for the office
        akim = akim_name, position_ru or place.office.akim_position_ru
    else:
        akim = akim_name, position_kk
    office = place.office.number
    issued_on = moment.date()
    with db.write(actor) as session:
        row = session.get(Application, application_id)
        assert row is not None
        if row.status != "accepted":  # someone else was quicker
            raise CertificateError("not_accepted", status=row.status)
        seq = next_number(
            session,
            certificate_series(office, issued_on.year),
            Certificate.seq,
            Certificate.origin_office == office,
            Certificate.year == issued_on.year,
        )
        number = core.certificate_number(office, issued_on.year, seq)
        content = build_content(card, terms, row, place.office, akim, number, issued_on)
        digest = core.content_hash(content)
        # Signed and rendered before anything is kept: a certificate that cannot be made (a
        # name too long for its code or its page) rolls back with its number, and the
        # application stays accepted.
        try:
            signed = code2.make_code(private_key, signed_content(content, seq, kid))
            document.certificate(content, signed.text).pdf()
        except (code2.TextTooLong, document.DocumentDoesNotFit):
            raise CertificateError("does_not_fit") from None
        certificate = Certificate(
            origin_office=office,
            application_id=application_id,
            kind=application.service,
            year=issued_on.year,
            seq=seq,
            number=number,
            issued_on=issued_on,
            as_of=as_of,
            language=row.language,
            content=content,
            content_hash=digest,
            key_id=kid,
            signature=signed.text,
            prepared_by=actor.name,
            prepared_by_id=actor.staff_id,
        )
        session.add(certificate)
        row.household_id = household
        applications.set_ready(row, actor, now)
        session.flush()
        return _certificate_row(certificate)


def for_application(db: Database, application_id: uuid.UUID) -> CertificateRow | None:
    """The application's certificate (the latest one), or None."""
    with db.read() as session:
        row = session.scalar(
            select(Certificate)
            .where(Certificate.application_id == application_id, Certificate.deleted_at.is_(None))
            .order_by(Certificate.created_at.desc())
            .limit(1)
        )
        return None if row is None else _certificate_row(row)


def certificate(db: Database, certificate_id: uuid.UUID) -> CertificateRow:
    with db.read() as session:
        row = session.get(Certificate, certificate_id)
        if row is None or row.deleted_at is not None:
            raise CertificateError("not_found")
        return _certificate_row(row)


def issue(
    db: Database,
    certificate_or_application_id: uuid.UUID,
    actor: Actor,
    now: datetime,
    ticket_id: uuid.UUID | None = None,
) -> None:
    """The applicant collected the certificate in person: the application is issued (date,
    time and clerk recorded) and the called `ticket_id`, if any, closed as "issued". Accepts
    the certificate's id or its application's id."""
    require(actor, "certificate.issue")
    with db.read() as session:
        row = session.get(Certificate, certificate_or_application_id)
        application_id = row.application_id if row is not None else certificate_or_application_id
    found = for_application(db, application_id)
    if found is None:
        raise CertificateError("no_certificate")
    try:
        applications.mark_issued(db, application_id, actor, now, ticket_id)
    except ApplicationError as error:
        raise CertificateError("cannot_issue", **error.params) from None


def pdf(db: Database, certificate_id: uuid.UUID, copy: bool = False) -> bytes:
    """The certificate as printed, from the stored content (a reprint: copy=True)."""
    return certificate_document(db, certificate_id, copy).pdf()


def certificate_document(db: Database, certificate_id: uuid.UUID, copy: bool = False) -> Document:
    """The certificate as a document to show and print (a reprint: copy=True)."""
    found = certificate(db, certificate_id)
    return document.certificate(found.content, found.payload, copy)
