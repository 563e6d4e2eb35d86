"""What makes a certificate checkable offline: its content hash, the signed QR payload, keys.

New certificates carry the version 2 code of desktop.core.certificate_code (the signed content
itself); the version 1 payload below, of certificates issued before it, still verifies.
The payload is ASCII (scanners mis-decode other bytes):

    AUYL1|<number>|<issued_on>|<office>|<kind>|<content hash>|<key id>|<signature>

The signature is Ed25519 over the text up to and including the key id, in base64url without
padding. The key id is the first 16 hex digits of the SHA-256 of the raw 32-byte public key.
Parsing is strict (one spelling for each value), so changing any character of a payload makes
it either malformed or its signature wrong.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

PREFIX = "AUYL1"
KINDS = (1, 2)
SIGNATURE_CHARS = 86  # 64 bytes in base64url without padding
_NUMBER = re.compile(r"([1-9][0-9]{0,3})-([0-9]{4})-C([0-9]{4,6})")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_OFFICE = re.compile(r"[1-9][0-9]{0,3}")
_HASH = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(r"[0-9a-f]{16}")
_SIGNATURE = re.compile(rf"[A-Za-z0-9_-]{{{SIGNATURE_CHARS}}}")
# A payload in extracted text (a PDF's text line may be broken by spaces or newlines).
PAYLOAD_PATTERN = re.compile(
    r"AUYL1\|[0-9]+-[0-9]{4}-C[0-9]+\|[0-9-]{10}\|[0-9]+\|[0-9]\|[0-9a-f]{64}\|[0-9a-f]{16}\|"
    rf"[A-Za-z0-9_-]{{{SIGNATURE_CHARS}}}"
)


class PayloadError(ValueError):
    """The text is not a well-formed certificate payload; the message says which part."""


@dataclass(frozen=True)
class Payload:
    number: str  # "45-2026-C0001"
    issued_on: date
    office: int
    kind: int
    content_hash: str
    key_id: str
    signature: str  # base64url, no padding

    @property
    def signed_text(self) -> str:
        return signed_text(
            self.number, self.issued_on, self.office, self.kind, self.content_hash, self.key_id
        )

    @property
    def text(self) -> str:
        return f"{self.signed_text}|{self.signature}"


# ---- content ------------------------------------------------------------------------------------


def canonical_json(content: dict[str, Any]) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same content always gives the same bytes."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()


def certificate_number(office: int, year: int, seq: int) -> str:
    """'45-2026-C0001': the office's number (unique in the oblast), year, the year's sequence."""
    return f"{office}-{year}-C{seq:04d}"


# The groups a certificate totals livestock by (no total across groups: heads of cattle and of
# poultry do not add up). A kind outside these is its own group, named like the kind.
LIVESTOCK_GROUPS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "cattle",
        "Ірі қара мал",
        "Крупный рогатый скот",
        ("cattle_cows", "cattle_heifers", "cattle_bulls", "cattle_young"),
    ),
    ("small_stock", "Ұсақ мал", "Мелкий рогатый скот", ("sheep", "goats")),
    ("horses", "Жылқылар", "Лошади", ("horses",)),
    ("camels", "Түйелер", "Верблюды", ("camels",)),
    ("pigs", "Шошқалар", "Свиньи", ("pigs",)),
    ("poultry", "Құс", "Птица", ("poultry",)),
)


def livestock_group(kind_code: str, language: str) -> str | None:
    """The name of the certificate's group of a livestock kind, or None outside the groups."""
    for _code, name_kk, name_ru, kinds in LIVESTOCK_GROUPS:
        if kind_code in kinds:
            return name_ru if language == "ru" else name_kk
    return None


# ---- keys ---------------------------------------------------------------------------------------


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    """PKCS#8 PEM, unencrypted: the signing key here, and the sync encryption key."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_private_key(pem: bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 private key")
    return key


def public_key_b64(key: Ed25519PrivateKey) -> str:
    """Base64 (standard, padded) of the 32 raw bytes of the key's public half."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_raw(public_key_b64_text: str) -> bytes:
    try:
        raw = base64.b64decode(public_key_b64_text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("public key is not base64") from None
    if len(raw) != 32:
        raise ValueError("a public key has 32 bytes")
    return raw


def key_fingerprint(public_key_b64_text: str) -> str:
    """SHA-256 of the raw public key, in hex: what the database keeps of the office's key."""
    return hashlib.sha256(public_key_raw(public_key_b64_text)).hexdigest()


def key_id(public_key_b64_text: str) -> str:
    return key_fingerprint(public_key_b64_text)[:16]


# ---- payload ------------------------------------------------------------------------------------


def signed_text(
    number: str, issued_on: date, office: int, kind: int, hash_hex: str, key_id_hex: str
) -> str:
    return f"{PREFIX}|{number}|{issued_on.isoformat()}|{office}|{kind}|{hash_hex}|{key_id_hex}"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64url(data) != text:  # unused low bits set: a second spelling of the same bytes
        raise PayloadError("signature is not canonical base64url")
    return data


def sign(private_key: Ed25519PrivateKey, text: str) -> str:
    return _b64url(private_key.sign(text.encode("ascii")))


def verify_signature(public_key_b64_text: str, text: str, signature: str) -> bool:
    """True when `signature` (base64url) is the key's signature of `text`."""
    try:
        raw = _b64url_decode(signature)
        key = Ed25519PublicKey.from_public_bytes(public_key_raw(public_key_b64_text))
        key.verify(raw, text.encode("ascii"))
    except (InvalidSignature, ValueError, UnicodeEncodeError):
        return False
    return True


def make_payload(
    private_key: Ed25519PrivateKey,
    number: str,
    issued_on: date,
    office: int,
    kind: int,
    hash_hex: str,
) -> Payload:
    """The signed payload of a certificate (its key id derived from the key)."""
    kid = key_id(public_key_b64(private_key))
    text = signed_text(number, issued_on, office, kind, hash_hex, kid)
    payload = Payload(number, issued_on, office, kind, hash_hex, kid, sign(private_key, text))
    parse_payload(payload.text)  # what we print must read back
    return payload


def parse_payload(text: str) -> Payload:
    """The fields of a payload; PayloadError on anything not exactly as make_payload writes."""
    if not text.isascii():
        raise PayloadError("payload is not ASCII")
    parts = text.split("|")
    if len(parts) != 8:
        raise PayloadError("payload must have 8 fields separated by '|'")
    prefix, number, issued, office, kind, hash_hex, kid, signature = parts
    if prefix != PREFIX:
        raise PayloadError("unknown payload prefix")
    matched = _NUMBER.fullmatch(number)
    if matched is None:
        raise PayloadError("bad certificate number")
    if _DATE.fullmatch(issued) is None:
        raise PayloadError("bad date")
    try:
        issued_on = date.fromisoformat(issued)
    except ValueError:
        raise PayloadError("bad date") from None
    if _OFFICE.fullmatch(office) is None:
        raise PayloadError("bad office number")
    if kind not in {str(k) for k in KINDS}:
        raise PayloadError("bad certificate kind")
    if matched.group(1) != office or int(matched.group(2)) != issued_on.year:
        raise PayloadError("the number does not match the office or the year")
    if _HASH.fullmatch(hash_hex) is None:
        raise PayloadError("bad content hash")
    if _KEY_ID.fullmatch(kid) is None:
        raise PayloadError("bad key id")
    if _SIGNATURE.fullmatch(signature) is None:
        raise PayloadError("bad signature")
    _b64url_decode(signature)
    return Payload(number, issued_on, int(office), int(kind), hash_hex, kid, signature)


def find_payload(text: str) -> str | None:
    """The first payload in text extracted from a document (whitespace inside it ignored)."""
    start = text.find(PREFIX + "|")
    while start >= 0:
        squeezed = "".join(text[start : start + 600].split())
        matched = PAYLOAD_PATTERN.match(squeezed)
        if matched:
            return matched.group(0)
        start = text.find(PREFIX + "|", start + 1)
    return None
