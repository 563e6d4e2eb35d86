"""The certificate's QR code, version 2: the signed content itself, not a hash of it.

A checker with no access to the office's database learns from the code what the office
signed (holder, IIN or BIN, the date the book is stated as of, the livestock by kind or the
farm's facts) and compares it with the paper. The code is

    AUYL2:<base32 of body + signature>

upper-case RFC 4648 base32 without padding, so the whole text lies in the QR alphanumeric
set (denser than bytes, and no charset guessing by scanners) and survives line breaks and
spaces when it is printed as text. The body is packed binary (big-endian):

    flags        1 byte   bit 0: certificate kind 2 (else 1); bit 1: Russian (else Kazakh);
                          bit 2: demo (not a valid certificate); bit 3: legal entity (a BIN);
                          bit 4: texts in UTF-8 (else KZ-1048)
    office       2 bytes  the office's number
    sequence     3 bytes  the certificate's number within the office's year
    issued_on    2 bytes  days since 1950-01-01 (the year of the number)
    as_of        2 bytes  days since 1950-01-01 (a book opened long ago)
    national no  5 bytes  the 12-digit IIN or BIN as an integer
    holder       text     the applicant (or the organization)
    account      text     the household's account number in the book
    members      1 byte   persons in the household (kind 1), 255 when there are more
    land         4 bytes  the household's land in 1/10000 ha (kind 1)
    livestock    1 byte n, then n x (kind index 1 byte, head count as LEB128)
    key id       8 bytes  the signing key's id
    signature    64 bytes Ed25519 over "AUYL2:" + body

where a text is 1 length byte and its bytes. Parsing is strict and the signature covers
every byte, so changing any character of a code makes it malformed or its signature wrong
(base32's unused low bits in the last character are checked too).
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.core import certificate as v1

PREFIX = "AUYL2:"
EPOCH = date(1950, 1, 1)  # two bytes of days reach 2129
SIGNATURE_BYTES = 64
KEY_ID_BYTES = 8
MAX_MEMBERS = 255
# The livestock kinds a code can name, by index (append only: an index never changes meaning).
LIVESTOCK_KINDS = (
    "cattle_cows",
    "cattle_heifers",
    "cattle_bulls",
    "cattle_young",
    "sheep",
    "goats",
    "horses",
    "camels",
    "pigs",
    "poultry",
    "rabbits",
    "bee_colonies",
)
_KIND_2, _RUSSIAN, _DEMO, _LEGAL, _UTF8 = 1, 2, 4, 8, 16
_KNOWN_FLAGS = _KIND_2 | _RUSSIAN | _DEMO | _LEGAL | _UTF8
# A code in extracted text, possibly broken by spaces or line breaks.
_BASE32 = re.compile(r"[A-Z2-7]+")


class CodeError(ValueError):
    """Not a well-formed version 2 code; `reason` names the part (for the checker's message)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SignedContent:
    """What the office signed: the facts a checker compares with the printed certificate."""

    office: int
    kind: int  # 1 or 2
    sequence: int
    issued_on: date
    as_of: date
    language: str  # "kk" or "ru"
    demo: bool
    legal_entity: bool
    national_number: str  # 12 digits
    holder: str
    account_number: str
    members: int  # kind 1 only (0 for kind 2)
    land_ha: Decimal  # kind 1 only (0 for kind 2)
    livestock: tuple[tuple[str, int], ...]  # (kind code, head count), in LIVESTOCK_KINDS order
    key_id: str  # 16 hex digits

    @property
    def number(self) -> str:
        return v1.certificate_number(self.office, self.issued_on.year, self.sequence)


@dataclass(frozen=True)
class Code:
    content: SignedContent
    signed: bytes  # PREFIX + body: what the signature covers
    signature: bytes

    @property
    def text(self) -> str:
        body = self.signed[len(PREFIX) :]
        return PREFIX + _b32(body + self.signature)


# ---- writing ------------------------------------------------------------------------------------


def _days(day: date) -> bytes:
    offset = (day - EPOCH).days
    if not 0 <= offset < 1 << 16:
        raise ValueError(f"date {day} out of range")
    return offset.to_bytes(2, "big")


def _leb128(value: int) -> bytes:
    if value < 0:
        raise ValueError("a head count is never negative")
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


class TextTooLong(ValueError):
    """A text (the holder's name, the account number) is longer than a code can carry."""


def _text(value: str, encoding: str) -> bytes:
    data = value.encode(encoding)
    if len(data) > 255:
        raise TextTooLong("a text in a certificate code has at most 255 bytes")
    return bytes([len(data)]) + data


def _encoding(content: SignedContent) -> str:
    try:
        (content.holder + content.account_number).encode("kz1048")
    except UnicodeEncodeError:
        return "utf-8"
    return "kz1048"


def body(content: SignedContent) -> bytes:
    """The packed body of a code for `content` (no prefix, no signature)."""
    if content.kind not in v1.KINDS or content.language not in ("kk", "ru"):
        raise ValueError("kind must be 1 or 2 and language kk or ru")
    if not (len(content.national_number) == 12 and content.national_number.isdigit()):
        raise ValueError("the national number has 12 digits")
    encoding = _encoding(content)
    flags = (
        (_KIND_2 if content.kind == 2 else 0)
        | (_RUSSIAN if content.language == "ru" else 0)
        | (_DEMO if content.demo else 0)
        | (_LEGAL if content.legal_entity else 0)
        | (_UTF8 if encoding == "utf-8" else 0)
    )
    land = int((content.land_ha * 10000).to_integral_value())
    parts = [
        bytes([flags]),
        content.office.to_bytes(2, "big"),
        content.sequence.to_bytes(3, "big"),
        _days(content.issued_on),
        _days(content.as_of),
        int(content.national_number).to_bytes(5, "big"),
        _text(content.holder, encoding),
        _text(content.account_number, encoding),
        bytes([min(content.members, MAX_MEMBERS)]),
        land.to_bytes(4, "big"),
        bytes([len(content.livestock)]),
    ]
    for code, count in content.livestock:
        parts.append(bytes([LIVESTOCK_KINDS.index(code)]) + _leb128(count))
    parts.append(bytes.fromhex(content.key_id))
    return b"".join(parts)


def make_code(private_key: Ed25519PrivateKey, content: SignedContent) -> Code:
    """The signed code of `content` as a checker reads it back (more than 255 members are
    written as 255); the content's key id must be the signing key's."""
    if content.key_id != v1.key_id(v1.public_key_b64(private_key)):
        raise ValueError("the content's key id is not the signing key's")
    signed = PREFIX.encode("ascii") + body(content)
    code = parse_code(Code(content, signed, private_key.sign(signed)).text)
    if code.signed != signed:  # what we print must read back
        raise ValueError("the certificate code does not read back")
    return code


# ---- reading ------------------------------------------------------------------------------------


def _b32(data: bytes) -> str:
    return base64.b32encode(data).rstrip(b"=").decode("ascii")


def _b32_decode(text: str) -> bytes:
    if _BASE32.fullmatch(text) is None:
        raise CodeError("characters")
    try:
        data = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        raise CodeError("length") from None
    if _b32(data) != text:  # unused low bits set: a second spelling of the same bytes
        raise CodeError("length")
    return data


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, count: int) -> bytes:
        if self.at + count > len(self.data):
            raise CodeError("length")
        part = self.data[self.at : self.at + count]
        self.at += count
        return part

    def number(self, count: int) -> int:
        return int.from_bytes(self.take(count), "big")

    def day(self) -> date:
        return EPOCH + timedelta(days=self.number(2))

    def text(self, encoding: str) -> str:
        try:
            return self.take(self.number(1)).decode(encoding)
        except UnicodeDecodeError:
            raise CodeError("text") from None

    def leb128(self) -> int:
        value = shift = 0
        while True:
            byte = self.number(1)
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return value
            if shift > 28:
                raise CodeError("livestock")


def parse_code(text: str) -> Code:
    """The content, signed bytes and signature of a code; CodeError if it is not one."""
    if not text.startswith(PREFIX):
        raise CodeError("prefix")
    data = _b32_decode(text[len(PREFIX) :])
    if len(data) <= SIGNATURE_BYTES:
        raise CodeError("length")
    body_bytes, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    read = _Reader(body_bytes)
    flags = read.number(1)
    if flags & ~_KNOWN_FLAGS:
        raise CodeError("flags")
    encoding = "utf-8" if flags & _UTF8 else "kz1048"
    office = read.number(2)
    sequence = read.number(3)
    issued_on, as_of = read.day(), read.day()
    national_number = f"{read.number(5):012d}"
    holder = read.text(encoding)
    account = read.text(encoding)
    members = read.number(1)
    land = Decimal(read.number(4)) / 10000
    livestock = []
    for _ in range(read.number(1)):
        index = read.number(1)
        if index >= len(LIVESTOCK_KINDS):
            raise CodeError("livestock")
        livestock.append((LIVESTOCK_KINDS[index], read.leb128()))
    key_id = read.take(KEY_ID_BYTES).hex()
    if read.at != len(body_bytes) or len(national_number) != 12 or office == 0 or sequence == 0:
        raise CodeError("length")
    content = SignedContent(
        office=office,
        kind=2 if flags & _KIND_2 else 1,
        sequence=sequence,
        issued_on=issued_on,
        as_of=as_of,
        language="ru" if flags & _RUSSIAN else "kk",
        demo=bool(flags & _DEMO),
        legal_entity=bool(flags & _LEGAL),
        national_number=national_number,
        holder=holder,
        account_number=account,
        members=members,
        land_ha=land.quantize(Decimal("0.0001")),
        livestock=tuple(livestock),
        key_id=key_id,
    )
    if body(content) != body_bytes:  # one spelling only (e.g. no overlong head counts)
        raise CodeError("length")
    return Code(content, PREFIX.encode("ascii") + body_bytes, signature)


def signature_matches(public_key_b64: str, code: Code) -> bool:
    """True when the code's signature is the key's signature of its body."""
    try:
        key = Ed25519PublicKey.from_public_bytes(v1.public_key_raw(public_key_b64))
        key.verify(code.signature, code.signed)
    except (InvalidSignature, ValueError):
        return False
    return True


def find_code(text: str) -> str | None:
    """The first version 2 code in text extracted from a document (whitespace ignored)."""
    start = text.find(PREFIX)
    while start >= 0:
        squeezed = "".join(text[start + len(PREFIX) : start + len(PREFIX) + 2000].split())
        matched = _BASE32.match(squeezed)
        found = matched.group(0) if matched else ""
        for end in range(len(found), max(len(found) - 40, 0), -1):  # text may follow it
            candidate = PREFIX + found[:end]
            try:
                parse_code(candidate)
            except CodeError:
                continue
            return candidate
        start = text.find(PREFIX, start + 1)
    return None
