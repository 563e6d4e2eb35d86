"""The household search index on SQLite: the FTS5 table `household_search` (migration 0002).

FTS5 splits the folded texts into words itself (unicode61, diacritics kept); a query is each
typed word as a prefix phrase, ranked by bm25 with a name match first. The cost stays bounded
as the book grows: one-to-three-letter beginnings read the table's prefix indexes (migration
0015), and only the first RANKED matches in the index's own order are ranked, so two letters
that match a fifth of the book rank 2,000 households, not 40,000. A query narrow enough to
matter (a full name, a street and house) matches fewer and is ranked whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import CTE, Float, Uuid, text
from sqlalchemy.orm import Session

from desktop.core.textsearch import query_words

# bm25 weights of the columns names, address, account: a name match ranks first.
RANK = "bm25(household_search, 10.0, 2.0, 5.0)"
RANKED = 2000  # the most matches ranked (the rest of a broader match set is left unranked)
_INSERT = text(
    "INSERT INTO household_search (rowid, names, address, account) VALUES (:r, :n, :a, :c)"
)


def match_expression(query: str) -> str:
    return " ".join(f'"{w}"*' for w in query_words(query.replace('"', " ")))


def ranked(query: str, limit: int) -> CTE | None:
    """The best `limit` households for the query: columns id and score (lower is better);
    None when the query has no words."""
    expression = match_expression(query)
    if not expression:
        return None
    return (
        text(
            f"SELECT k.household_id AS id, m.score FROM (SELECT rowid, {RANK} AS score "
            "FROM household_search WHERE household_search MATCH :q ORDER BY rowid LIMIT :m) m "
            "JOIN household_search_keys k ON k.rowid = m.rowid ORDER BY m.score LIMIT :n"
        )
        .bindparams(q=expression, n=limit, m=RANKED)
        .columns(id=Uuid(), score=Float())
        .cte("ranked")
    )


def insert(session: Session, documents: Sequence[dict[str, Any]]) -> None:
    """Index rows {r: key rowid, n: names, a: address, c: account numbers}, texts folded."""
    session.execute(_INSERT, list(documents))


def delete(session: Session, rowids: Sequence[int]) -> None:
    session.execute(
        text("DELETE FROM household_search WHERE rowid = :r"), [{"r": r} for r in rowids]
    )
