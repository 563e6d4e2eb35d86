"""A cell's value as the text a person typed, and Latin look-alikes in Cyrillic words."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

# ---- cell values -------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell's value as the text a person would type: 1234.0 -> "1234", dates as yyyy-mm-dd,
    fractions to Excel's 15 significant digits."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        text = f"{value:.15g}"  # what Excel shows: 0.1 + 0.2 is "0.3"
        return repr(value) if "e" in text else text
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, timedelta):  # a duration cell
        return str(value)
    return " ".join(str(value).split())


# ---- Latin look-alikes in Cyrillic words -------------------------------------------------------

_LOOKALIKES = str.maketrans(
    {
        "A": "А",
        "a": "а",
        "B": "В",
        "C": "С",
        "c": "с",
        "E": "Е",
        "e": "е",
        "H": "Н",
        "K": "К",
        "M": "М",
        "O": "О",
        "o": "о",
        "P": "Р",
        "p": "р",
        "T": "Т",
        "X": "Х",
        "x": "х",
        "y": "у",
    }
)
_LATIN_LOOKALIKES = frozenset("ABCEHKMOPTXacepoxy")
_WORD = re.compile(r"[^\W\d_]+")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff" or "\u0500" <= char <= "\u052f"


def _fix_word(match: re.Match[str]) -> str:
    word = match.group(0)
    cyrillic = sum(_is_cyrillic(c) for c in word)
    latin = [c for c in word if c.isascii()]
    if not cyrillic or not latin:
        return word
    all_lookalikes = all(c in _LATIN_LOOKALIKES for c in latin)
    if all_lookalikes or cyrillic > len(latin):
        return word.translate(_LOOKALIKES)
    return word


def fix_lookalikes(text: str) -> str:
    """Latin letters that look Cyrillic (A, a, B, C, c, E, e, H, K, M, O, o, P, p, T, X, x, y)
    inside a Cyrillic word become the Cyrillic letters: "Ивaнoв" -> "Иванов".

    A word is changed only when it has Cyrillic letters and its Latin letters are all
    look-alikes or fewer than its Cyrillic ones; Latin words ("Almaty") are left alone.
    """
    return _WORD.sub(_fix_word, text)
