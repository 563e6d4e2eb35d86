"""A file's bytes, read once, and what kind of file they are.

The whole file is read into memory in one pass (it is at most Limits.file_bytes): a slow USB
stick is read once, a stick pulled half way is one clear error, a file another program holds
is another, and every reader then works on the bytes. The kind comes from the content, never
from the name: a CSV saved as ".xls" is read as text, a PDF renamed ".xlsx" is refused.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.spreadsheet.errors import SpreadsheetError
from desktop.core.spreadsheet.limits import MB, Limits

Source = str | os.PathLike[str] | BinaryIO

ZIP = b"PK\x03\x04"
EMPTY_ZIP = b"PK\x05\x06"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NOT_SPREADSHEETS = {
    b"%PDF": "pdf",
    b"\x89PNG": "image",
    b"\xff\xd8\xff": "image",
    b"GIF8": "image",
    b"{\\rtf": "document",
    b"Rar!": "binary",
    b"7z\xbc\xaf": "binary",
    b"\x1f\x8b": "binary",
}
_BINARY = frozenset(range(32)) - frozenset(b"\t\n\r\x0c") | {0x7F}  # never in a text file
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
WINDOWS_SHARING_VIOLATIONS = frozenset({32, 33})  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


@dataclass(frozen=True)
class Loaded:
    name: str  # the file's name, for reports
    data: bytes
    kind: str  # "zip", "ole" or "text"


def _fault(error: OSError, name: str) -> SpreadsheetError:
    if isinstance(error, FileNotFoundError):
        return SpreadsheetError("not_found", f"{name} does not exist.", path=name)
    locked = isinstance(error, PermissionError)
    if getattr(error, "winerror", None) in WINDOWS_SHARING_VIOLATIONS:
        locked = True
    if locked:
        return SpreadsheetError("locked", f"{name} is held by another program: {error}", path=name)
    return SpreadsheetError(
        "interrupted", f"Reading {name} stopped: {error}", path=name, detail=str(error)
    )


def _too_large(size: int, limits: Limits) -> SpreadsheetError:
    return SpreadsheetError(
        "too_large",
        f"The file is {size / MB:.1f} MB; the limit is {limits.file_bytes / MB:.0f} MB.",
        size=size,
        limit=limits.file_bytes,
    )


def _read_all(stream: BinaryIO, limits: Limits) -> bytes:
    pieces: list[bytes] = []
    total = 0
    while piece := stream.read(MB):
        total += len(piece)
        if total > limits.file_bytes:
            raise _too_large(total, limits)
        pieces.append(piece)
    return b"".join(pieces)


def load(source: Source, limits: Limits, name: str = "") -> Loaded:
    """Reads the whole file; raises not_found, locked, interrupted, too_large or
    not_a_spreadsheet (a PDF, a picture, a program)."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        name = name or path.name
        try:
            if not path.is_file():
                raise FileNotFoundError(2, "No such file", str(path))
            size = path.stat().st_size
            if size > limits.file_bytes:
                raise _too_large(size, limits)
            with path.open("rb") as stream:
                data = _read_all(stream, limits)
        except OSError as error:
            raise _fault(error, name) from error
    else:
        name = name or Path(str(getattr(source, "name", "") or "")).name
        try:
            data = _read_all(source, limits)
        except OSError as error:
            raise _fault(error, name) from error
    return Loaded(name, data, sniff(data))


def sniff(data: bytes) -> str:
    """The kind of file: "zip", "ole" or "text"; raises not_a_spreadsheet for other known
    kinds and for binaries (zero bytes or control characters in what would be text)."""
    if data.startswith((ZIP, EMPTY_ZIP)):
        return "zip"
    if data.startswith(OLE):
        return "ole"
    for magic, kind in _NOT_SPREADSHEETS.items():
        if data.startswith(magic):
            raise SpreadsheetError("not_a_spreadsheet", f"This is a {kind} file.", kind=kind)
    sample = data[:4096]
    text = sample.startswith(_BOMS) or utf16_order(sample) is not None
    if not text and not _BINARY.isdisjoint(sample):
        raise SpreadsheetError("not_a_spreadsheet", "This is not a text file.", kind="binary")
    return "text"


def utf16_order(sample: bytes) -> str | None:
    """The byte order of UTF-16 text without a byte order mark ("utf-16-le", "utf-16-be"),
    or None. In Kazakh, Russian or Latin text every character's high byte is 0x00 or 0x04, so
    one side of the byte pairs is nearly all of those two values and the other is not."""
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 8:
        return None

    def high(side: bytes) -> float:
        return (side.count(0) + side.count(4)) / len(side)

    if high(odd) > 0.9 and high(even) < 0.5:
        return "utf-16-le"
    if high(even) > 0.9 and high(odd) < 0.5:
        return "utf-16-be"
    return None


def has_stream(ole: bytes, *names: str) -> bool:
    """Whether a compound file (an old .xls, .doc, an encrypted workbook) names one of these
    streams in its directory (names are stored in UTF-16)."""
    return any(name.encode("utf-16-le") in ole for name in names)
