"""Is a certificate genuine? Offline, against the office keys the program knows.

The source is the QR code's text (scanned or typed), a PDF's bytes, or a PDF file. A version 2
code (desktop.core.certificate_code) carries the signed content itself: the verdict shows it so
that the checker compares it with the paper, and for a PDF the printed text is compared with
it here. Outcomes:

- valid: signed by the office's key; with `revoked_at` set when the key was revoked later
  (a certificate signed before the day of the revocation stays valid);
- demo: genuinely signed, but marked as made from demo data: not a valid certificate;
- altered: the signature holds, but the PDF's printed text differs from the signed content;
- forged: the signature does not match (or the key is another office's);
- unknown_office: the key is not among the known keys;
- revoked_key: signed on or after the day the office's key was revoked;
- malformed: no readable certificate code (`reason` says which part).

Version 1 codes (AUYL1, only a hash of the content) of certificates already issued still
verify as they did; they carry no content to show or compare.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from db.engine import Database
from db.models import Certificate
from desktop.core import certificate as v1
from desktop.core import certificate_code as code2
from desktop.core.formatting import format_area, format_date
from desktop.core.localtime import naive_local
from desktop.printing.texts import text as printed_text
from desktop.services import households, keys
from desktop.services import office as office_service

STATUSES = (
    "valid",
    "demo",
    "altered",
    "forged",
    "unknown_office",
    "revoked_key",
    "malformed",
)
# Why a code is malformed: CodeError reasons and these.
NO_CODE = "no_code"
UNREADABLE_PDF = "unreadable_pdf"
VERSION_1 = "version_1"


@dataclass(frozen=True)
class Verdict:
    status: str  # one of STATUSES
    number: str = ""
    issued_on: date | None = None
    office_number: int | None = None
    office_name: str = ""
    kind: int | None = None
    key_id: str = ""
    content: code2.SignedContent | None = None  # what the office signed (version 2 codes)
    revoked_at: datetime | None = None
    revoke_reason: str = ""
    reason: str = ""  # malformed: which part (a code, put in words by the UI)
    differences: tuple[str, ...] = ()  # altered: the signed facts the printed text contradicts

    @property
    def valid(self) -> bool:
        return self.status == "valid"


@dataclass(frozen=True)
class Source:
    code: str | None  # the code's text, when one was found
    printed: str | None  # the text of the PDF it came from (None: typed or scanned)
    reason: str = ""  # why nothing was found


# ---- reading the source -------------------------------------------------------------------------


def _find(text: str) -> str | None:
    return code2.find_code(text) or v1.find_payload(text)


def _is_file(path: Path) -> bool:
    """False too for what cannot be a file name here (too long, say): then it is typed text."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def read_source(source: str | bytes | Path) -> Source:
    """The code in a typed or scanned text, a PDF's bytes, or a PDF (or text) file's path."""
    if isinstance(source, str):
        stripped = source.strip()
        if stripped.startswith((code2.PREFIX, v1.PREFIX)):
            return Source(_find(stripped) or stripped, None)
        path = Path(stripped)
        if not stripped or not _is_file(path):
            return Source(stripped or None, None, "" if stripped else NO_CODE)
        source = path
    data = source.read_bytes() if isinstance(source, Path) else source
    if data[:5] == b"%PDF-":
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        try:
            reader = PdfReader(io.BytesIO(data))
            printed = "\n".join(page.extract_text() or "" for page in reader.pages)
        except (PyPdfError, ValueError, OSError, NotImplementedError):
            # NotImplementedError: a feature pypdf does not read (a filter, an encryption)
            return Source(None, None, UNREADABLE_PDF)
        found = _find(printed)
        return Source(found, printed, "" if found else NO_CODE)
    try:
        typed = data.decode("ascii").strip()
    except UnicodeDecodeError:
        return Source(None, None, NO_CODE)
    return Source(_find(typed) or typed, None)


# ---- checking -----------------------------------------------------------------------------------


def verify(db: Database, source: str | bytes | Path) -> Verdict:
    """The verdict on a certificate (see the module's docstring)."""
    found = read_source(source)
    if not found.code:
        return Verdict("malformed", reason=found.reason or NO_CODE)
    if found.code.startswith(v1.PREFIX + "|"):
        return _verify_version_1(db, found.code)
    try:
        parsed = code2.parse_code(found.code)
    except code2.CodeError as error:
        return Verdict("malformed", reason=error.reason)
    content = parsed.content
    office = office_service.office_by_number(db, content.office)
    stated = Verdict(
        "",
        number=content.number,
        issued_on=content.issued_on,
        office_number=content.office,
        office_name=office.name if office else "",
        kind=content.kind,
        key_id=content.key_id,
    )
    key = keys.find_key(db, content.key_id)
    if key is None:
        return replace(stated, status="unknown_office")
    if not code2.signature_matches(key.public_key, parsed) or key.office_number != content.office:
        return replace(stated, status="forged")
    revoked = replace(stated, revoked_at=key.revoked_at, revoke_reason=key.revoke_reason)
    if _signed_after_revocation(content.issued_on, key.revoked_at):
        return replace(revoked, status="revoked_key")
    if content.demo:
        return replace(revoked, status="demo", content=content)
    if found.printed is not None:
        differences = printed_differences(db, content, found.printed)
        if differences:
            return replace(stated, status="altered", content=content, differences=differences)
    if _differs_from_stored(db, content.number, found.code):
        return replace(stated, status="forged")
    return replace(revoked, status="valid", content=content)


def _signed_after_revocation(issued_on: date, revoked_at: datetime | None) -> bool:
    """Signed on or after the (office-local) day of the revocation: the code's date is a day,
    so a certificate of the revocation day itself is refused."""
    return revoked_at is not None and issued_on >= naive_local(revoked_at).date()


def _differs_from_stored(db: Database, number: str, text: str) -> bool:
    """A certificate of this number is stored here with another code (a key used twice)."""
    with db.read() as session:
        stored = session.scalar(select(Certificate).where(Certificate.number == number))
    return (
        stored is not None
        and stored.signature.startswith(code2.PREFIX)
        and stored.signature != text
    )


def _verify_version_1(db: Database, text: str) -> Verdict:
    try:
        payload = v1.parse_payload(text)
    except v1.PayloadError:
        return Verdict("malformed", reason=VERSION_1)
    office = office_service.office_by_number(db, payload.office)
    stated = Verdict(
        "",
        number=payload.number,
        issued_on=payload.issued_on,
        office_number=payload.office,
        office_name=office.name if office else "",
        kind=payload.kind,
        key_id=payload.key_id,
    )
    key = keys.find_key(db, payload.key_id)
    if key is None:
        return replace(stated, status="unknown_office")
    signed = v1.verify_signature(key.public_key, payload.signed_text, payload.signature)
    if not signed or key.office_number != payload.office:
        return replace(stated, status="forged")
    revoked = replace(stated, revoked_at=key.revoked_at, revoke_reason=key.revoke_reason)
    if _signed_after_revocation(payload.issued_on, key.revoked_at):
        return replace(revoked, status="revoked_key")
    with db.read() as session:
        stored = session.scalar(select(Certificate).where(Certificate.number == payload.number))
        if stored is not None and stored.content_hash != payload.content_hash:
            return replace(stated, status="forged")
    return replace(revoked, status="valid")


# ---- the printed text against the signed content ------------------------------------------------

_SPACES = re.compile(r"\s+")


def _normal(value: str) -> str:
    """Every run of whitespace (line breaks, no-break and narrow no-break spaces) as one space."""
    return _SPACES.sub(" ", value.replace("\u202f", " ").replace("\u00a0", " ")).strip()


def _words(*values: str) -> re.Pattern[str]:
    """The values one after the other as whole words, any whitespace between them."""
    parts = [r"\s+".join(re.escape(word) for word in _normal(value).split(" ")) for value in values]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")


def printed_differences(
    db: Database, content: code2.SignedContent, printed: str
) -> tuple[str, ...]:
    """Which signed facts the printed text does not state: "number", "holder",
    "national_number", "as_of", "account", "land", "totals" (a group's total),
    "livestock:<kind>" (a kind's head count missing or different) and "extra:<kind>" (a kind
    printed that was not signed)."""
    page = _normal(printed)
    language = content.language
    labels = (
        ("cert_organization", "cert_bin")
        if content.legal_entity
        else ("cert_applicant", "cert_iin")
    )
    holder_label, number_label = (printed_text(language, label) for label in labels)
    expected = [
        ("number", _words(content.number)),
        ("holder", _words(holder_label, content.holder)),
        ("national_number", _words(number_label, content.national_number)),
        ("as_of", _words(format_date(content.as_of, language))),
        ("account", _words(printed_text(language, "cert_account"), content.account_number)),
    ]
    if content.kind == 1 and content.land_ha:
        total = printed_text(language, "cert_total")
        expected.append(("land", _words(total, format_area(content.land_ha, language))))
    terms = households.terms(db).livestock
    names = {term.code: term.name(language) for term in terms}
    totals: dict[str, int] = {}  # each group's total, as the table prints it
    for kind, count in content.livestock:
        group = v1.livestock_group(kind, language) or names.get(kind, kind)
        totals[group] = totals.get(group, 0) + count
    for group, group_total in totals.items():
        label = printed_text(language, "cert_group_total", group=group)
        expected.append(("totals", _words(label, str(group_total))))
    differences = [name for name, pattern in expected if not pattern.search(page)]
    signed = dict(content.livestock)
    for term in terms:
        heads = {
            int(found.group(1))
            for found in re.finditer(_words(term.name(language)).pattern + r"\s+(\d+)(?!\d)", page)
        }
        if term.code in signed and heads != {signed[term.code]}:
            differences.append(f"livestock:{term.code}")
        elif term.code not in signed and heads:
            differences.append(f"extra:{term.code}")
    return tuple(dict.fromkeys(differences))
