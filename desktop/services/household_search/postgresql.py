"""The household search index on PostgreSQL: the table `household_search` (migration 0008).

It holds the same folded texts as SQLite's FTS5 table, split into words the way FTS5's
unicode61 tokenizer splits them (runs of letters and digits), each column stored as
" word word ...". A typed word is then a prefix phrase exactly as in FTS5: its letter-and-digit
runs, adjacent, the last one a prefix, within one column: `column LIKE '% run run%'`. The
three columns joined by " | " (no phrase spans it) are `document`, which a pg_trgm GIN index
serves for LIKE. The rank mirrors the FTS5 weights: a match in the names counts 10, in the
account numbers 5, in the address 2 (lower score first, as bm25's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import CTE, ColumnElement, Integer, Text, and_, case, column, literal, select, table
from sqlalchemy import delete as delete_rows
from sqlalchemy import insert as insert_rows
from sqlalchemy.orm import Session

from db.models import SearchKey
from desktop.core.textsearch import query_words

_RUN = re.compile(r"[^\W_]+")
_SEPARATOR = " | "
_INDEX = table(
    "household_search",
    column("rowid", Integer),
    column("names", Text),
    column("address", Text),
    column("account", Text),
    column("document", Text),
)
_WEIGHTS = (("names", 10), ("account", 5), ("address", 2))


def _stored(folded: str) -> str:
    return " " + " ".join(_RUN.findall(folded))


def phrases(query: str) -> list[str]:
    """The typed words as FTS5 reads them: the runs of each word, words without any dropped."""
    found = (" ".join(_RUN.findall(w)) for w in query_words(query))
    return [p for p in found if p]


def ranked(query: str, limit: int) -> CTE | None:
    """The best `limit` households for the query: columns id and score (lower is better);
    None when the query has no words."""
    patterns = [f"% {p}%" for p in phrases(query)]
    if not patterns:
        return None
    score: ColumnElement[int] = literal(0)
    for pattern in patterns:
        for name, weight in _WEIGHTS:
            score = score - case((_INDEX.c[name].like(pattern), weight), else_=0)
    return (
        select(SearchKey.household_id.label("id"), score.label("score"))
        .join(_INDEX, _INDEX.c.rowid == SearchKey.rowid)
        .where(and_(*(_INDEX.c.document.like(p) for p in patterns)))
        .order_by(score)
        .limit(limit)
        .cte("ranked")
    )


def insert(session: Session, documents: Sequence[dict[str, Any]]) -> None:
    """Index rows {r: key rowid, n: names, a: address, c: account numbers}, texts folded."""
    rows = []
    for d in documents:
        names, address, account = _stored(d["n"]), _stored(d["a"]), _stored(d["c"])
        rows.append(
            {
                "rowid": d["r"],
                "names": names,
                "address": address,
                "account": account,
                "document": _SEPARATOR.join((names, address, account)),
            }
        )
    if rows:
        session.execute(insert_rows(_INDEX), rows)


def delete(session: Session, rowids: Sequence[int]) -> None:
    session.execute(delete_rows(_INDEX).where(_INDEX.c.rowid.in_(list(rowids))))
