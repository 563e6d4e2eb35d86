"""Search in the household book as the clerk types: IIN, name words, address, account number.

The index holds, per household, the folded words of its members' names, its address and its
account/IIN numbers. Words are folded in Python (desktop.core.textsearch) before indexing and
before querying, so Kazakh letters, letter case and ё/е match alike; each typed word is a
prefix, in any order. Two implementations of the index keep the same texts and find the same
households, chosen by the database's dialect: SQLite's FTS5 (fts5.py) and a table with a
trigram index on PostgreSQL (postgresql.py). Each has `ranked` (the best households for a
query), `insert` and `delete` (rows of the index); the rest is here, shared.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

from sqlalchemy import CTE, Row, Table, delete, func, select
from sqlalchemy.orm import Session

from db.bulk import insert_rows
from db.engine import Database
from db.models import Household, Member, SearchKey
from desktop.core.textsearch import fold, query_words, words
from desktop.services.household_search import fts5, postgresql

IIN = re.compile(r"^\d{12}$")


@dataclass(frozen=True)
class SearchHit:
    household_id: uuid.UUID
    account_number: str
    head_name: str
    head_iin: str
    matched_name: str  # the member the query matched, when it was not the head
    address: str
    closed: bool
    is_demo: bool


def address_text(h: Any) -> str:
    """Locality, street, house[, apartment] of a Household or a row of its columns."""
    parts = [h.locality, h.street, h.house]
    text_ = ", ".join(p for p in parts if p)
    return f"{text_}, {h.apartment}" if h.apartment else text_


class SearchIndex(Protocol):
    """What an index implementation (a module: fts5, postgresql) offers."""

    def ranked(self, query: str, limit: int) -> CTE | None:
        """The best `limit` households for the typed query, as columns id and score (lower
        first); None when the query has no words to look for."""

    def insert(self, session: Session, documents: Sequence[dict[str, Any]]) -> None:
        """Index rows {r: key rowid, n: names, a: address, c: numbers}, texts folded."""

    def delete(self, session: Session, rowids: Sequence[int]) -> None:
        """Drop the index rows of these key rowids."""


def _index(dialect: str) -> SearchIndex:
    """The index implementation for a database dialect."""
    return postgresql if dialect == "postgresql" else fts5


def _session_index(session: Session) -> SearchIndex:
    return _index(session.get_bind().dialect.name)


def _document(
    rowid: int, household: Any, members: Sequence[tuple[str, str, str, str | None]]
) -> dict[str, Any]:
    """The index row of a household: folded names, address and numbers (account, book, IINs)."""
    names = " ".join(fold(f"{s} {n} {p}") for s, n, p, _ in members)
    numbers = " ".join(
        [household.account_number, household.book_number] + [iin or "" for *_, iin in members]
    )
    return {"r": rowid, "n": names, "a": fold(address_text(household)), "c": fold(numbers)}


def reindex(session: Session, household_id: uuid.UUID) -> None:
    """Rewrite the household's row of the search index (inside the caller's transaction)."""
    index = _session_index(session)
    household = session.get(Household, household_id)
    assert household is not None
    key = session.scalar(select(SearchKey).where(SearchKey.household_id == household_id))
    if key is None:
        key = SearchKey(household_id=household_id)
        session.add(key)
        session.flush()
    else:
        index.delete(session, [key.rowid])
    members = [
        (m.surname, m.name, m.patronymic, m.iin) for m in household.members if m.deleted_at is None
    ]
    index.insert(session, [_document(key.rowid, household, members)])


# Plain columns of the households and members a hit is made of (no ORM objects: faster).
_HOUSEHOLDS = select(
    Household.id,
    Household.account_number,
    Household.locality,
    Household.street,
    Household.house,
    Household.apartment,
    Household.closed_on,
    Household.is_demo,
).where(Household.deleted_at.is_(None))
_CLOSED_LAST = Household.closed_on.is_not(None)
_MEMBERS = select(
    Member.household_id,
    Member.surname,
    Member.name,
    Member.patronymic,
    Member.iin,
    Member.relation,
    Member.registered_to,
).where(Member.deleted_at.is_(None))


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Households matching every typed word (prefixes, any order), best first.

    Twelve digits are taken as an IIN and matched exactly. Open households come before
    closed ones; demo households are returned like any other (and marked).
    """
    query = query.strip()
    if not query:
        return []
    iin = query.replace(" ", "")
    if IIN.match(iin):
        found = select(Member.household_id).where(Member.iin == iin)
        households = _HOUSEHOLDS.where(Household.id.in_(found)).order_by(_CLOSED_LAST)
    else:
        # The best limit*2 by rank, as the bare index gives them, then open ones first.
        ranked = _index(db.engine.dialect.name).ranked(query, limit * 2)
        if ranked is None:
            return []
        households = _HOUSEHOLDS.join(ranked, ranked.c.id == Household.id).order_by(
            _CLOSED_LAST, ranked.c.score
        )
    with db.read() as session:
        found_households = session.execute(households.limit(limit)).all()
        if not found_households:
            return []
        people: dict[uuid.UUID, list[Row[*tuple[Any, ...]]]] = {}
        for m in session.execute(
            _MEMBERS.where(Member.household_id.in_([h.id for h in found_households]))
        ):
            people.setdefault(m.household_id, []).append(m)
    wanted = query_words(query)
    return [_hit(h, people.get(h.id, []), wanted) for h in found_households]


def _full_name(member: Any) -> str:
    return " ".join(p for p in (member.surname, member.name, member.patronymic) if p)


def _matches(member: Any, wanted: list[str]) -> bool:
    """Every typed word starts a word of the member's name, or is the member's IIN."""
    name_words = words(f"{member.surname} {member.name} {member.patronymic}")
    return all(any(n.startswith(w) for n in name_words) or (member.iin or "") == w for w in wanted)


def _hit(
    h: Row[*tuple[Any, ...]], people: list[Row[*tuple[Any, ...]]], wanted: list[str]
) -> SearchHit:
    """The head (the registered member marked head, else the first member) and, when the
    query did not match the head, the first other member it matched."""
    head = next((m for m in people if m.relation == "head" and m.registered_to is None), None)
    head = head or (people[0] if people else None)
    matched = ""
    if wanted and (head is None or not _matches(head, wanted)):  # else the head is enough
        other = next((m for m in people if m is not head and _matches(m, wanted)), None)
        matched = _full_name(other) if other else ""
    return SearchHit(
        h.id,
        h.account_number,
        _full_name(head) if head else "",
        (head.iin or "") if head else "",
        matched,
        address_text(h),
        h.closed_on is not None,
        h.is_demo,
    )


# ---- many households at once (bulk writers: demo data, imports) --------------------------------


def index_new(
    session: Session,
    households: Sequence[tuple[uuid.UUID, Any, Sequence[tuple[str, str, str, str | None]]]],
) -> None:
    """Add the search rows of households that have none yet, with two statements in all.

    Each item is (household id, the household's values, its members as (surname, name,
    patronymic, IIN)); the values need the attributes reindex() reads from a Household:
    locality, street, house, apartment, account_number, book_number. The rows are exactly
    what reindex() would write, so a later reindex() replaces them.
    """
    if not households:
        return
    start = session.scalar(select(func.max(SearchKey.rowid))) or 0
    keys = []
    documents = []
    for offset, (household_id, household, members) in enumerate(households, start=1):
        rowid = start + offset
        keys.append({"rowid": rowid, "household_id": household_id})
        documents.append(_document(rowid, household, members))
    insert_rows(session, cast(Table, SearchKey.__table__), keys)
    _session_index(session).insert(session, documents)


def unindex(session: Session, household_ids: Sequence[uuid.UUID]) -> None:
    """Drop the search rows of these households (they were deleted)."""
    for first in range(0, len(household_ids), 500):
        chunk = household_ids[first : first + 500]
        rowids = list(
            session.scalars(select(SearchKey.rowid).where(SearchKey.household_id.in_(chunk)))
        )
        if not rowids:
            continue
        _session_index(session).delete(session, rowids)
        session.execute(delete(SearchKey).where(SearchKey.rowid.in_(rowids)))
