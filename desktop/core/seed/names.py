"""Official names: '"Гүлшат кенті әкімінің аппараты" мемлекеттік мекемесі'."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.seed.model import Flag
from desktop.core.seed.text import squash

_QUOTED = re.compile(r'"\s*(?P<name>[^"]*?)\s*"\s*(?P<suffix>.*)')
_SUFFIX = re.compile(r"\s*мемлекеттік\s+мекеме\w*$")


@dataclass(frozen=True)
class OfficialName:
    """`name` without the quotes and the "мемлекеттік мекемесі" suffix; `full_name` with them."""

    name: str
    full_name: str
    flags: list[Flag] = field(default_factory=list)


def parse_official_name(text: str, flag_field: str) -> OfficialName:
    """Split a printed name; a missing quote is kept as printed and flagged "broken_quotes"."""
    printed = squash(text)
    match = _QUOTED.fullmatch(printed)
    if match:
        return OfficialName(match["name"], f'"{match["name"]}" {match["suffix"]}'.strip())
    suffix = _SUFFIX.search(printed)
    name = printed[: suffix.start()] if suffix else printed
    name = name.strip('" ')
    suggestion = f'"{name}"{suffix.group() if suffix else ""}'
    flag = Flag(flag_field, printed, "broken_quotes", "the name's quotes do not pair", suggestion)
    return OfficialName(name, printed, [flag])
