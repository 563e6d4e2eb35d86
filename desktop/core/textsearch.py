"""Text folding for search: any letter case, Kazakh letters, е/ё alike, words in any order."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[\w@.\-/]+", re.UNICODE)
_EQUIVALENT = str.maketrans({"ё": "е"})


def fold(text: str) -> str:
    """Lower-case form for comparing: NFC, casefold (handles ә ғ қ ң ө ұ ү һ і), ё -> е."""
    return unicodedata.normalize("NFC", text).casefold().translate(_EQUIVALENT)


def search_text(*parts: str | None) -> str:
    """The folded text a stored record is searched by: its parts joined by spaces, empty ones
    left out. A query's words (`words`) are then plain substrings of it."""
    return fold(" ".join(part for part in parts if part))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def matches_all_words(haystack: str, query: str) -> bool:
    """True when every word of the query occurs somewhere in the haystack (any letter case).

    An empty query matches everything.
    """
    folded = fold(haystack)
    return all(word in folded for word in words(query))
