"""The plaintext header of a package: what anyone may read without keys, and nothing personal.

A package starts with two ASCII lines:

    AUYL-DESK-PACKAGE 1
    {"chunk_size":65536,"content_hash":"<64 hex>","created_at":"2026-11-24T15:02:11+05:00",...}

the format's name and version, then the header as canonical JSON (sorted keys, no spaces, ASCII,
one spelling for every value: a header that does not read back to the same bytes is refused).
Its fields: `office` (the sender's office number), `database_id` (a UUID, renewed when a
database is restored), `first_change`/`last_change` (the sender's change counter range),
`created_at` (informational only: never used to order packages), `sender_key_id` (its Ed25519
key), `recipient_key_id` (the X25519 key it is encrypted to), `ephemeral_key` (base64, the
sender's one-time X25519 public key), `chunk_size` (plaintext bytes per encrypted chunk) and
`content_hash` (SHA-256 of the content before compression, hex).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, BinaryIO

MAGIC = b"AUYL-DESK-PACKAGE "
VERSION = 1
DEFAULT_CHUNK_SIZE = 64 * 1024
MIN_CHUNK_SIZE = 256
MAX_CHUNK_SIZE = 1024 * 1024
MAX_HEADER_LINE = 2048
UNSET_HASH = "0" * 64  # the header's content hash while the content is being written
_VERSION_DIGITS = 4
_HEX16 = re.compile(r"[0-9a-f]{16}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_FIELDS = {
    "chunk_size",
    "content_hash",
    "created_at",
    "database_id",
    "ephemeral_key",
    "first_change",
    "last_change",
    "office",
    "recipient_key_id",
    "sender_key_id",
}


class PackageError(Exception):
    """A package cannot be read, opened or written; `code` says why, `params` the details.

    Reading: not_a_package, unsupported_version, truncated, corrupt, unknown_sender,
    revoked_sender (raised by the caller's key lookup), bad_signature, wrong_recipient,
    changed (the file changed while its content was being read), read_failed.
    Writing: no_space, read_only, write_failed, readback_failed.
    """

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code} {params or ''}".rstrip())
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Origin:
    """Where the content comes from: what the sender's exporter knows before writing.
    `created_at` is kept to the second, as the header writes it."""

    office: int
    database_id: uuid.UUID
    first_change: int
    last_change: int
    created_at: datetime

    def __post_init__(self) -> None:
        if not 0 <= self.office <= 9999:
            raise ValueError("office number out of range")
        if not 0 <= self.first_change <= self.last_change:
            raise ValueError("change range must be 0 <= first <= last")
        if self.created_at.utcoffset() is None:
            raise ValueError("created_at must be an aware datetime")
        object.__setattr__(self, "created_at", self.created_at.replace(microsecond=0))


@dataclass(frozen=True)
class Header:
    """All the header says: the origin, the keys, the chunk size, the content hash."""

    origin: Origin
    sender_key_id: str
    recipient_key_id: str
    ephemeral_key: bytes  # the raw 32 bytes
    chunk_size: int
    content_hash: str

    def _fields(self) -> dict[str, Any]:
        origin = self.origin
        return {
            "chunk_size": self.chunk_size,
            "content_hash": self.content_hash,
            "created_at": origin.created_at.isoformat(timespec="seconds"),
            "database_id": str(origin.database_id),
            "ephemeral_key": base64.b64encode(self.ephemeral_key).decode("ascii"),
            "first_change": origin.first_change,
            "last_change": origin.last_change,
            "office": origin.office,
            "recipient_key_id": self.recipient_key_id,
            "sender_key_id": self.sender_key_id,
        }

    def prefix(self) -> bytes:
        """The first two lines of the file, as written."""
        line = json.dumps(self._fields(), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        return MAGIC + f"{VERSION}\n".encode("ascii") + line.encode("ascii") + b"\n"

    def envelope(self) -> bytes:
        """The prefix as it was before the content hash was known: every chunk is bound to it."""
        return replace(self, content_hash=UNSET_HASH).prefix()


def read_up_to(file: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes; fewer only at the end of the file."""
    parts: list[bytes] = []
    while size > 0:
        part = file.read(size)
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _version(block: bytes) -> tuple[int, int]:
    """The version and where its line ends, from the block at the start of the file."""
    if not block.startswith(MAGIC):
        raise PackageError("truncated" if MAGIC.startswith(block) else "not_a_package")
    start = len(MAGIC)
    head = block[start : start + _VERSION_DIGITS + 1]
    end = head.find(b"\n")
    text = head if end < 0 else head[:end]
    if text and not text.isdigit():
        raise PackageError("not_a_package")
    if end < 0:  # digits only: the file ended inside them, or there are too many
        raise PackageError("truncated" if len(head) <= _VERSION_DIGITS else "not_a_package")
    if not text or (len(text) > 1 and text.startswith(b"0")):
        raise PackageError("not_a_package")
    return int(text), start + end + 1


def read_prefix(file: BinaryIO) -> tuple[Header, bytes]:
    """The header and the exact bytes of the two first lines, read from the current position
    of a seekable file, which is left just after them.

    A file that ends inside them is `truncated`; one whose header line is not printable ASCII
    up to its newline, or not a canonical header, is `corrupt`.
    """
    wanted = len(MAGIC) + _VERSION_DIGITS + 1 + MAX_HEADER_LINE
    try:
        start_of_file = file.tell()
        block = read_up_to(file, wanted)
    except OSError as error:
        raise PackageError("read_failed", error=str(error)) from None
    version, start = _version(block)
    if version != VERSION:
        raise PackageError("unsupported_version", version=version)
    line = block[start : start + MAX_HEADER_LINE]
    for position, byte in enumerate(line):
        if byte == 0x0A:
            prefix = block[: start + position + 1]
            header = _parse_line(line[:position])
            file.seek(start_of_file + len(prefix))
            return header, prefix
        if not 0x20 <= byte <= 0x7E:
            raise PackageError("corrupt", part="header")
    raise PackageError("truncated" if len(line) < MAX_HEADER_LINE else "corrupt", part="header")


def read_header(file: BinaryIO) -> Header:
    """The header, without any key: to show a package, or for a dry run. Not yet trusted:
    only open_package proves who sent it."""
    return read_prefix(file)[0]


def _int(fields: dict[str, Any], name: str, low: int, high: int) -> int:
    value = fields[name]
    if type(value) is not int or not low <= value <= high:
        raise PackageError("corrupt", part="header", field=name)
    return value


def _text(fields: dict[str, Any], name: str, pattern: re.Pattern[str]) -> str:
    value = fields[name]
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        raise PackageError("corrupt", part="header", field=name)
    return value


def _parse_line(line: bytes) -> Header:
    """The header from its JSON line; PackageError('corrupt') for anything make would not write."""
    try:
        fields = json.loads(line.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError("corrupt", part="header") from None
    if not isinstance(fields, dict) or set(fields) != _FIELDS:
        raise PackageError("corrupt", part="header")
    chunk_size = _int(fields, "chunk_size", MIN_CHUNK_SIZE, MAX_CHUNK_SIZE)
    if chunk_size & (chunk_size - 1):
        raise PackageError("corrupt", part="header", field="chunk_size")
    try:
        ephemeral_key = base64.b64decode(str(fields["ephemeral_key"]), validate=True)
        origin = Origin(
            office=_int(fields, "office", 0, 9999),
            database_id=uuid.UUID(str(fields["database_id"])),
            first_change=_int(fields, "first_change", 0, 2**63 - 1),
            last_change=_int(fields, "last_change", 0, 2**63 - 1),
            created_at=datetime.fromisoformat(str(fields["created_at"])),
        )
    except (binascii.Error, ValueError):
        raise PackageError("corrupt", part="header") from None
    header = Header(
        origin=origin,
        sender_key_id=_text(fields, "sender_key_id", _HEX16),
        recipient_key_id=_text(fields, "recipient_key_id", _HEX16),
        ephemeral_key=ephemeral_key,
        chunk_size=chunk_size,
        content_hash=_text(fields, "content_hash", _HEX64),
    )
    if len(ephemeral_key) != 32 or header.prefix().split(b"\n")[1] != line:
        raise PackageError("corrupt", part="header")  # not the one spelling make writes
    return header
