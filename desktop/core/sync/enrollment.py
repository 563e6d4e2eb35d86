"""Enrollment: the small signed document that carries one side's public keys to the other.

A village office gives the district its enrollment file (its signing and encryption public
keys), and the district gives each village its own; after that every package between them can
be checked and opened. The file proves nothing by itself (anyone can make one with any office's
number), so both sides compare its fingerprint over the phone or face to face: the receiving
side reads the fingerprint the program shows for the file, the sending side reads the one its
own program shows for its keys, and the file is accepted only when they are the same.

The document is UTF-8 JSON:

    {"created_at": "2026-11-24T15:02:11+05:00", "encryption_key": "<base64 X25519>",
     "format": "auyl-desk-enrollment", "name": "Ақсу ауылдық округі әкімінің аппараты",
     "number": 52, "role": "office", "signature": "<base64>", "signing_key": "<base64 Ed25519>",
     "version": 1}

`role` is "office" or "district", `number` the office's (or the district's) number, `name` for
people to read. `signature` is the Ed25519 signature, by `signing_key`, of the canonical JSON
(sorted keys, no spaces, UTF-8) of every other field: a file changed by hand or damaged on the
way is refused, and whoever made it holds the private signing key.

The fingerprint is 24 digits in six groups of four ("0731 5528 9046 1183 6624 0957"): the
SHA-256 of the role, the number and both public keys, read as a number, modulo 10^24 (about 80
bits). Digits rather than letters, because Latin letters read aloud by a Kazakh or Russian
speaker are easily misheard (B, H, P, C look like В, Н, Р, С).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from desktop.core.certificate import canonical_json
from desktop.core.sync import keys

FORMAT = "auyl-desk-enrollment"
VERSION = 1
ROLES = ("office", "district")
MAX_DOCUMENT = 16 * 1024
MAX_NAME = 300
FINGERPRINT_DIGITS = 24
_FINGERPRINT_CONTEXT = b"auyl-desk enrollment fingerprint 1\n"
_FIELDS = {
    "created_at",
    "encryption_key",
    "format",
    "name",
    "number",
    "role",
    "signature",
    "signing_key",
    "version",
}


class EnrollmentError(Exception):
    """An enrollment document cannot be read; `code` says why: not_enrollment,
    unsupported_version, malformed, bad_signature."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code} {params or ''}".rstrip())
        self.code = code
        self.params = params


def fingerprint(role: str, number: int, signing_key: str, encryption_key: str) -> str:
    """The digits both sides read aloud for these public keys (base64 text) of this side."""
    digest = hashlib.sha256(
        _FINGERPRINT_CONTEXT
        + f"{role}\n{number}\n".encode("ascii")
        + keys.signing_public_key(signing_key).public_bytes_raw()
        + keys.encryption_public_key(encryption_key).public_bytes_raw()
    ).digest()
    digits = str(int.from_bytes(digest, "big") % 10**FINGERPRINT_DIGITS).zfill(FINGERPRINT_DIGITS)
    return " ".join(digits[i : i + 4] for i in range(0, FINGERPRINT_DIGITS, 4))


@dataclass(frozen=True)
class Enrollment:
    """One side's public keys, as read from a document whose signature was checked."""

    role: str
    number: int
    name: str
    signing_key: str  # base64 of the raw 32 bytes
    encryption_key: str
    created_at: datetime

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.role, self.number, self.signing_key, self.encryption_key)

    @property
    def signing_key_id(self) -> str:
        return keys.key_id(self.signing_public_key())

    @property
    def encryption_key_id(self) -> str:
        return keys.key_id(self.encryption_public_key())

    def signing_public_key(self) -> Ed25519PublicKey:
        return keys.signing_public_key(self.signing_key)

    def encryption_public_key(self) -> X25519PublicKey:
        return keys.encryption_public_key(self.encryption_key)

    def matches(self, spoken: str) -> bool:
        """True when `spoken` (typed as heard: spaces, dashes anywhere) is the fingerprint."""
        typed = "".join(ch for ch in spoken if not ch.isspace() and ch != "-")
        return typed == self.fingerprint.replace(" ", "")

    def _fields(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "encryption_key": self.encryption_key,
            "format": FORMAT,
            "name": self.name,
            "number": self.number,
            "role": self.role,
            "signing_key": self.signing_key,
            "version": VERSION,
        }


def make_enrollment(
    role: str, number: int, name: str, own_keys: keys.SyncKeys, created_at: datetime
) -> bytes:
    """The enrollment document of this side, signed with its signing key."""
    if role not in ROLES or not 0 <= number <= 9999:
        raise ValueError("unknown role or number out of range")
    if not name.strip() or len(name) > MAX_NAME:
        raise ValueError("the name must be given, at most 300 characters")
    if created_at.utcoffset() is None:
        raise ValueError("created_at must be an aware datetime")
    enrollment = Enrollment(
        role,
        number,
        name.strip(),
        keys.public_b64(own_keys.signing.public_key()),
        keys.public_b64(own_keys.encryption.public_key()),
        created_at.replace(microsecond=0),
    )
    fields = enrollment._fields()
    signature = own_keys.signing.sign(canonical_json(fields))
    fields["signature"] = base64.b64encode(signature).decode("ascii")
    text = json.dumps(fields, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    return text.encode("utf-8")


def _field(fields: dict[str, Any], name: str, kind: type) -> Any:
    value = fields[name]
    if type(value) is not kind:
        raise EnrollmentError("malformed", field=name)
    return value


def read_enrollment(data: bytes) -> Enrollment:
    """The enrollment in a document; EnrollmentError unless it is whole and its signature holds.
    Its fingerprint must still be compared aloud before its keys are trusted."""
    if len(data) > MAX_DOCUMENT:
        raise EnrollmentError("not_enrollment")
    try:
        fields = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise EnrollmentError("not_enrollment") from None
    if not isinstance(fields, dict) or fields.get("format") != FORMAT:
        raise EnrollmentError("not_enrollment")
    if fields.get("version") != VERSION:
        raise EnrollmentError("unsupported_version", version=fields.get("version"))
    if set(fields) != _FIELDS:
        raise EnrollmentError("malformed")
    role = _field(fields, "role", str)
    number = _field(fields, "number", int)
    name = _field(fields, "name", str)
    if role not in ROLES or not 0 <= number <= 9999 or not name.strip() or len(name) > MAX_NAME:
        raise EnrollmentError("malformed")
    try:
        created_at = datetime.fromisoformat(_field(fields, "created_at", str))
        enrollment = Enrollment(
            role,
            number,
            name,
            _field(fields, "signing_key", str),
            _field(fields, "encryption_key", str),
            created_at,
        )
        signing = enrollment.signing_public_key()
        enrollment.encryption_public_key()
        signature = base64.b64decode(_field(fields, "signature", str), validate=True)
    except (binascii.Error, ValueError):
        raise EnrollmentError("malformed") from None
    if created_at.utcoffset() is None:
        raise EnrollmentError("malformed", field="created_at")
    try:
        signing.verify(signature, canonical_json(enrollment._fields()))
    except InvalidSignature:
        raise EnrollmentError("bad_signature") from None
    return enrollment
