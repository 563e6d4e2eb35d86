"""The district's household search over the imported households.

A package's households and members are written in bulk (services/sync_import.py), past the
household writer that keeps the search index; so after applying, the households a package
touched get their index rows rewritten here, in the same transaction: dropped
(household_search.unindex) and written anew from the rows now held (household_search.index_new,
the rows reindex() would write), a deleted household left out. The index is FTS5 on SQLite and
the PostgreSQL search on PostgreSQL, as household_search picks by the database.

Households that came new with their members, none of them here before (an office's first
package, a whole book), are indexed from the package's own values (`Taken`), without reading
them back; if a later package of the same import touches one of them, it is read back instead.
"""

from __future__ import annotations

import uuid
from collections import defaultdict, namedtuple
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from db.models import Household, Member
from desktop.services import household_search

_CHUNK = 500
# Read as tables (rows of plain values), not through the ORM's entity loading.
_HOUSEHOLDS = cast(Table, Household.__table__)
_MEMBERS = cast(Table, Member.__table__)


def households_of(columns: Mapping[str, Mapping[str, Sequence[Any]]]) -> set[str]:
    """The households whose index rows a package's rows change (their own or a member's), by
    their ids as text (the package's columns as sync_import reads them)."""
    ids = set(columns.get("households", {}).get("id", ()))
    ids.update(columns.get("members", {}).get("household_id", ()))
    return ids


_ADDRESS = ("account_number", "book_number", "locality", "street", "house", "apartment")
_Household = namedtuple("_Household", _ADDRESS)  # type: ignore[misc]  # what index_new reads
_Member = tuple[str, str, str, str | None]  # surname, name, patronymic, IIN


class Taken:
    """Search rows to write for households that came new with all their members: from the
    package's values (household id as text -> the household's values and its members)."""

    def __init__(self) -> None:
        self.households: dict[str, tuple[Any, list[_Member]]] = {}

    def add(self, columns: Mapping[str, Mapping[str, Sequence[Any]]]) -> None:
        """A package's households (with its members), every one inserted as it came."""
        rows = columns.get("households", {})
        if not rows:
            return
        found: dict[str, tuple[Any, list[_Member]]] = {}
        households = zip(
            rows["id"], rows["deleted_at"], *(rows[name] for name in _ADDRESS), strict=True
        )
        for household_id, deleted_at, *address in households:
            if deleted_at is None:
                found[household_id] = (_Household(*address), [])
        members = columns.get("members", {})
        if members:
            person = zip(
                members["household_id"],
                members["deleted_at"],
                members["surname"],
                members["name"],
                members["patronymic"],
                members["iin"],
                strict=True,
            )
            people = list(person)
            for i in sorted(range(len(people)), key=members["created_at"].__getitem__):
                household_id, deleted_at, *who = people[i]
                entry = found.get(household_id)
                if deleted_at is None and entry is not None:
                    entry[1].append(tuple(who))
        self.households.update(found)

    def drop(self, household_ids: Iterable[str]) -> None:
        """Forget these households (changed again since: their rows are read back)."""
        for household_id in household_ids:
            self.households.pop(household_id, None)

    def index(self, session: Session) -> None:
        household_search.index_new(
            session,
            [
                (uuid.UUID(i), household, people)
                for i, (household, people) in self.households.items()
            ],
        )


def refresh(session: Session, household_ids: Iterable[str]) -> None:
    """Rewrite the search rows of these households (ids as text) from their rows as they are
    now."""
    ids = [uuid.UUID(i) for i in sorted(set(household_ids))]
    household_search.unindex(session, ids)
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first : first + _CHUNK]
        households = session.execute(
            select(
                _HOUSEHOLDS.c.id,
                _HOUSEHOLDS.c.account_number,
                _HOUSEHOLDS.c.book_number,
                _HOUSEHOLDS.c.locality,
                _HOUSEHOLDS.c.street,
                _HOUSEHOLDS.c.house,
                _HOUSEHOLDS.c.apartment,
            ).where(_HOUSEHOLDS.c.id.in_(chunk), _HOUSEHOLDS.c.deleted_at.is_(None))
        ).all()
        people: dict[uuid.UUID, list[tuple[str, str, str, str | None]]] = defaultdict(list)
        member = _MEMBERS.c
        for row in session.execute(
            select(member.household_id, member.surname, member.name, member.patronymic, member.iin)
            .where(member.household_id.in_(chunk), member.deleted_at.is_(None))
            .order_by(member.household_id, member.created_at)
        ):
            people[row.household_id].append((row.surname, row.name, row.patronymic, row.iin))
        household_search.index_new(session, [(h.id, h, people[h.id]) for h in households])
