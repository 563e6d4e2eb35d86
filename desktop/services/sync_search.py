"""The district's household search over the imported households.

A package's households and members are written in bulk (services/sync_import.py), past the
household writer that keeps the search index; so after applying, the households a package
touched get their index rows rewritten here, in the same transaction: dropped
(household_search.unindex) and written anew from the rows now held (household_search.index_new,
the rows reindex() would write), a deleted household left out. The index is FTS5 on SQLite and
the PostgreSQL search on PostgreSQL, as household_search picks by the database.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Household, Member
from desktop.services import household_search

_CHUNK = 500


def households_of(rows: Mapping[str, list[dict[str, Any]]]) -> set[uuid.UUID]:
    """The households whose index rows a package's rows change (their own or a member's)."""
    ids = {row["id"] for row in rows.get("households", ())}
    ids.update(row["household_id"] for row in rows.get("members", ()))
    return ids


def refresh(session: Session, household_ids: Iterable[uuid.UUID]) -> None:
    """Rewrite the search rows of these households from their rows as they are now."""
    ids = sorted(set(household_ids))
    household_search.unindex(session, ids)
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first : first + _CHUNK]
        households = session.execute(
            select(
                Household.id,
                Household.account_number,
                Household.book_number,
                Household.locality,
                Household.street,
                Household.house,
                Household.apartment,
            ).where(Household.id.in_(chunk), Household.deleted_at.is_(None))
        ).all()
        people: dict[uuid.UUID, list[tuple[str, str, str, str | None]]] = defaultdict(list)
        for member in session.execute(
            select(Member.household_id, Member.surname, Member.name, Member.patronymic, Member.iin)
            .where(Member.household_id.in_(chunk), Member.deleted_at.is_(None))
            .order_by(Member.household_id, Member.created_at)
        ):
            people[member.household_id].append(
                (member.surname, member.name, member.patronymic, member.iin)
            )
        household_search.index_new(session, [(h.id, h, people[h.id]) for h in households])
