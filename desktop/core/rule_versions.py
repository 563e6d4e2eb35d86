"""The versions of the rules in force: the program's rule files, and versions received since.

The rules of the standard and of the law live in resources/rules/*.json as lists of versions,
each with an id, an effective date and its source. A newer program brings newer versions; so
does the district's answer (services/standard.py keeps the versions it brought in the
database and hands them here at start and after each answer). Every rule book is built from
`merged(file)`: the file's versions and the received ones together, where

* a version is known by its file, list, id and effective date: the same four are the same
  rule, taken once (the file's copy);
* nothing is replaced or dropped: which version applies on a day is decided by date alone
  (the newest effective date on or before the day), never by which was loaded last, so a
  version received from the district stays in force over the older ones of the program's
  files at every start, and gives way only to a version with a later effective date.

Received versions are process-wide, like the rule books built from them (a program has one
database); `generation()` changes whenever they do, and the books' caches are keyed on it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.paths import resource_path

# rule file (resources/rules/<file>.json) -> its lists of versions
FILES: dict[str, tuple[str, ...]] = {
    "services": ("rule_sets", "complaint_terms"),
    "personal_data": ("rule_sets",),
    "book_limits": ("rule_sets",),
}


@dataclass(frozen=True, order=True)
class VersionKey:
    """What makes a rule version the same one: its file, list, id and effective date."""

    file: str
    list: str
    id: str
    effective_from: str


@dataclass(frozen=True)
class Version:
    """One version of a rule as its file holds it (`rule`: the JSON object, source included)."""

    file: str
    list: str
    rule: Mapping[str, Any]

    @property
    def key(self) -> VersionKey:
        return VersionKey(
            self.file, self.list, str(self.rule["id"]), str(self.rule["effective_from"])
        )

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "list": self.list, "rule": dict(self.rule)}


def version_from_json(item: Any) -> Version:
    """A version as the database and the answer carry it; ValueError when it is not one."""
    if not isinstance(item, Mapping):
        raise ValueError("a rule version is a mapping")
    file, name, rule = item.get("file"), item.get("list"), item.get("rule")
    if file not in FILES or name not in FILES[file] or not isinstance(rule, Mapping):
        raise ValueError(f"not a rule version: {file!r} {name!r}")
    if not isinstance(rule.get("id"), str) or not isinstance(rule.get("effective_from"), str):
        raise ValueError("a rule version names its id and effective date")
    return Version(str(file), str(name), rule)


@cache
def _bundled(file: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resource_path("rules", f"{file}.json").read_text("utf-8"))
    return loaded


def bundled(file: str) -> list[Version]:
    """The versions of the program's own rule file."""
    raw = _bundled(file)
    return [Version(file, name, rule) for name in FILES[file] for rule in raw[name]]


_received: tuple[Version, ...] = ()
_generation = 0


def receive(versions: Iterable[Version]) -> None:
    """Make `versions` (received from the district, as the database keeps them) part of every
    rule book from now on, in place of those received before."""
    global _received, _generation
    given = tuple(versions)
    if given != _received:
        _received = given
        _generation += 1


def generation() -> int:
    """Changes whenever the received versions do (the rule books' cache key)."""
    return _generation


def combined(file: str, extra: Iterable[Version]) -> dict[str, Any]:
    """The rule file's content with `extra` versions of it added (a version already there by
    its key is not added again), each list in the order of effective date (then id)."""
    raw = copy.deepcopy(_bundled(file))
    seen = {version.key for version in bundled(file)}
    for version in extra:
        if version.file == file and version.key not in seen:
            seen.add(version.key)
            raw[version.list].append(copy.deepcopy(dict(version.rule)))
    for name in FILES[file]:
        raw[name].sort(key=lambda rule: (str(rule["effective_from"]), str(rule["id"])))
    return raw


def merged(file: str) -> dict[str, Any]:
    """The rule file's content with the received versions: what its rule book is built from."""
    return combined(file, _received)
