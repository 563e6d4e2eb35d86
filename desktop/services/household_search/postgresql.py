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

from sqlalchemy import (
    CTE,
    ColumnElement,
    Integer,
    Text,
    and_,
    case,
    column,
    func,
    literal,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy import delete as delete_rows
from sqlalchemy import insert as insert_rows
from sqlalchemy.dialects.postgresql import REGCLASS
from sqlalchemy.orm import Session

from db.bulk import copy_rows
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
_GIN = "ix_household_search_document"  # migration 0008
MANY = 1000  # rows from which an insert takes them into the index at once
_WHOLE_BOOK = "1048576"  # kB: the pending list of the index while it takes many rows
_OWNS_INDEX = (
    select(func.pg_has_role(literal_column("relowner"), "USAGE"))
    .select_from(text("pg_class"))
    .where(literal_column("oid") == literal(_GIN).cast(REGCLASS))
)


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
    if not rows:
        return
    if len(rows) < MANY or not session.scalar(_OWNS_INDEX):
        session.execute(insert_rows(_INDEX), rows)
        return
    # Many rows (a district's import of a whole book): written by COPY, and the trigram index
    # takes them into its pending list and merges them in one pass, instead of flushing that
    # list every 4 MB (the server's default). Only the index's owner may merge it; the limit is
    # this transaction's, put back after.
    previous = session.scalar(select(func.current_setting("gin_pending_list_limit")))
    session.execute(select(func.set_config("gin_pending_list_limit", _WHOLE_BOOK, True)))
    copy_rows(session, _INDEX, list(rows[0]), (tuple(row.values()) for row in rows))
    session.execute(select(func.gin_clean_pending_list(literal(_GIN).cast(REGCLASS))))
    session.execute(select(func.set_config("gin_pending_list_limit", previous, True)))


def delete(session: Session, rowids: Sequence[int]) -> None:
    session.execute(delete_rows(_INDEX).where(_INDEX.c.rowid.in_(list(rowids))))
