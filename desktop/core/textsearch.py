"""Text folding for search: any letter case, Kazakh letters, е/ё alike, words in any order."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[\w@.\-/]+", re.UNICODE)
# What of a typed search is looked at: a name, an IIN and an address fit many times over; a
# pasted page (20,000 words once took 9 s to search) is searched by its beginning.
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 10
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


def query_words(query: str) -> list[str]:
    """The words a typed search looks for: those of its first MAX_QUERY_LENGTH characters,
    at most MAX_QUERY_WORDS of them."""
    return words(query[:MAX_QUERY_LENGTH])[:MAX_QUERY_WORDS]


def matches_all_words(haystack: str, query: str) -> bool:
    """True when every word of the query occurs somewhere in the haystack (any letter case).

    An empty query matches everything.
    """
    folded = fold(haystack)
    return all(word in folded for word in query_words(query))
