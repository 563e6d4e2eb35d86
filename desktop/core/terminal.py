"""Text bound for a terminal, made harmless: control characters shown, never obeyed.

A name imported from someone's spreadsheet, or an argument typed on the command line, may hold
ESC sequences (`\\x1b[2J` clears the screen, others retitle the window or hide what follows),
other control characters or bidirectional overrides. The command line prints them escaped, as
Python writes them (`\\x1b`), so the clerk sees what is stored. Line breaks and tabs stay.
"""

from __future__ import annotations

import io
import re
from typing import Any, TextIO

_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character (but line breaks and tabs) written as an escape."""
    return _CONTROL.sub(_escaped, text)


class EscapingStream(io.TextIOBase):
    """A text stream that writes to `stream` what `printable` makes of it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def escaping(stream: TextIO | None) -> TextIO | None:
    """`stream` wrapped (once) so that what is written to it is printable; None (a windowed
    program has no console) stays None."""
    if stream is None or isinstance(stream, EscapingStream):
        return stream
    return EscapingStream(stream)  # type: ignore[return-value]
