"""The audit trail: every change and event of a unit of work, appended before it commits.

What is recorded, and how:
- ORM inserts, updates, tombstones and deletes of every table except the program's own
  bookkeeping (NOT_AUDITED): collected after each flush of a UnitOfWork from the session's
  new/dirty/deleted objects and their attribute history, one line per record with the changed
  columns before and after (bookkeeping columns left out, secrets masked).
- Bulk Core writes (db/bulk.py: the household writer's big inserts and tombstones): one line
  per statement and table, with the ids of the rows and a SHA-256 digest of the values written
  (of the parameters as the driver received them).
  Why not a line per row: a book of 200,000 households would double in size and its import
  time, for content the book itself holds; the ids say which records, the digest what they
  held when written.
- The unit of work's events (`UnitOfWork.note`): logins, prints, exports, imports.

`append(work)` is the last thing a writing transaction does (Database.write calls it after
every other write listener), under the writer lock the transaction holds (BEGIN IMMEDIATE on
SQLite, the advisory lock on PostgreSQL): the previous line is read and the new lines chained
to it, so the chain is linear. The line's id is its place (1, 2, 3 ... without a gap).

The chain: `hash = SHA-256(prev_hash + "\\n" + canonical JSON of the line's fields)`, where the
fields are everything but the id, the hashes and the values themselves (`hashed_fields`):
`before` and `after` count through their digest `values_sha256`, so that purging a person's
data (`purge_values`: the values emptied, the line marked, the one change the database's
triggers allow) leaves the chain whole while any other change of the values is seen. The first
line's prev_hash is GENESIS. Order is what the links say; the id is not hashed, so a line moved
to another place breaks the link of the line after it (desktop/services/audit.py names which).
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import repeat
from typing import TYPE_CHECKING, Any, cast

import orjson
from sqlalchemy import Table, event, insert, inspect, null, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEntry, utc_now

if TYPE_CHECKING:
    from db.engine import UnitOfWork

GENESIS = hashlib.sha256(b"Auyl Desk audit log").hexdigest()
AUDIT_TABLE = cast(Table, AuditEntry.__table__)
# The program's own bookkeeping, not records of people or documents: the log itself, the change
# counter, the search index, the book's per-field history (its changes are audited where they
# are made), the district's versions of the records it took in (each import is audited in the
# records' own tables and noted as an event), and the reference data loaded from the program's
# files (a reload is noted as one event; the administrator's corrections, field_corrections,
# are audited).
NOT_AUDITED = frozenset(
    {
        "audit_log",
        "change_counter",
        "household_search_keys",
        "change_records",
        "sync_records",
        "reference_files",
        "districts",
        "akim_offices",
        "departments",
        "district_akimats",
        "reception_slots",
        "quality_indicators",
        "book_terms",
    }
)
# Columns every write touches: recorded nowhere (the line's own `at` says when).
BOOKKEEPING = frozenset({"created_at", "updated_at", "row_version", "change_seq", "change_db"})
MASKED = "***"
_SECRET_WORDS = ("password", "secret", "private")
_PENDING = "audit_pending"
_PURGING = "audit_purging"  # (table, record id) whose data this unit of work purges


# ---- values and the chain ----------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A value as JSON keeps it and gives it back unchanged (what is stored is what is hashed)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date | uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return str(value)


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def values_digest(before: Any, after: Any) -> str:
    """The SHA-256 of a line's before and after values (what its hash covers of them)."""
    text = canonical({"before": before, "after": after})
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hashed_fields(line: Mapping[str, Any]) -> dict[str, Any]:
    """What a line's hash covers: all its fields but the id, the hashes and the values (which
    count through their digest)."""
    at = line["at"]
    return {
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor_id": str(line["actor_id"]),
        "actor_name": line["actor_name"],
        "kind": line["kind"],
        "table": line["table_name"],
        "record_id": line["record_id"],
        "subject": line["subject"],
        "values_sha256": line["values_sha256"],
    }


def chain_hash(prev_hash: str, line: Mapping[str, Any]) -> str:
    text = prev_hash + "\n" + canonical(hashed_fields(line))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def latest(session: Session) -> tuple[int, str]:
    """The last line's id and hash ((0, GENESIS) for an empty log)."""
    row = session.connection().execute(
        select(AUDIT_TABLE.c.id, AUDIT_TABLE.c.hash).order_by(AUDIT_TABLE.c.id.desc()).limit(1)
    )
    found = row.first()
    return (found.id, found.hash) if found is not None else (0, GENESIS)


# ---- collecting --------------------------------------------------------------------------------


def is_audited(table_name: str) -> bool:
    return table_name not in NOT_AUDITED


def _shown(column: str, value: Any) -> Any:
    if any(word in column for word in _SECRET_WORDS):
        return MASKED
    return plain(value)


def _pending(session: Session) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], session.info.setdefault(_PENDING, []))


def _change(kind: str, table: str, record_id: str, before: Any, after: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "table_name": table,
        "record_id": record_id,
        "subject": "",
        "before": before,
        "after": after,
    }


def _record_id(state: Any) -> str:
    # A record inserted by this flush has no identity key yet in after_flush: its primary key.
    identity = state.identity or state.mapper.primary_key_from_instance(state.obj()) or ()
    return "/".join(str(part) for part in identity)


def _collect_flush(session: Session, _context: Any) -> None:
    """After a flush (its new/dirty/deleted and attribute history still as before it): one
    pending line per audited record written."""
    pending = _pending(session)
    for obj in session.new:
        state = inspect(obj)
        table = state.mapper.local_table.name
        if not is_audited(table):
            continue
        after = {}
        for attr in state.mapper.column_attrs:
            name = attr.columns[0].name
            value = state.dict.get(attr.key)
            if name not in BOOKKEEPING and value is not None:
                after[name] = _shown(name, value)
        pending.append(_change("insert", table, _record_id(state), None, after))
    for obj in session.dirty:
        state = inspect(obj)
        table = state.mapper.local_table.name
        if not is_audited(table):
            continue
        before: dict[str, Any] = {}
        after = {}
        for attr in state.mapper.column_attrs:
            name = attr.columns[0].name
            if name in BOOKKEEPING:
                continue
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            before[name] = _shown(name, old)
            after[name] = _shown(name, new)
        if not after:
            continue
        tombstone = "deleted_at" in after and before.get("deleted_at") is None
        kind = "tombstone" if tombstone else "update"
        pending.append(_change(kind, table, _record_id(state), before, after))
    for obj in session.deleted:
        state = inspect(obj)
        table = state.mapper.local_table.name
        if not is_audited(table):
            continue
        before = {
            attr.columns[0].name: _shown(attr.columns[0].name, state.dict.get(attr.key))
            for attr in state.mapper.column_attrs
            if attr.columns[0].name not in BOOKKEEPING and attr.key in state.dict
        }
        pending.append(_change("delete", table, _record_id(state), before, None))


def record_bulk(
    session: Session,
    table: Table,
    kind: str,
    columns: Mapping[str, Sequence[Any]],
    count: int,
    constants: Mapping[str, Any],
    params: Sequence[Any],
) -> None:
    """Note a bulk statement (db/bulk.py) of `count` rows given by `columns` (each column's
    values): one line with the rows' ids, the values common to them, and a digest of what was
    written: SHA-256 of the parameters the driver was given (the statement's values as the
    database received them, in the statement's order) written as JSON by orjson in one C-level
    pass, `plain` for what it does not write itself. Lines written before December 2026 hold
    the digest of the parameters' Python `repr` instead.
    """
    if not count or not is_audited(table.name):
        return
    after = {
        "count": count,
        "ids": _bulk_ids(table, columns, count),
        "params_sha256": hashlib.sha256(
            orjson.dumps(params, default=plain, option=orjson.OPT_NON_STR_KEYS)
        ).hexdigest(),
        "common": {k: _shown(k, v) for k, v in constants.items() if k not in BOOKKEEPING},
    }
    _pending(session).append(_change(kind, table.name, "", None, after))


def _bulk_ids(table: Table, columns: Mapping[str, Sequence[Any]], count: int) -> list[str]:
    """The bulk rows' primary keys as record ids ("/"-joined when a key has several columns)."""
    parts = [
        map(str, columns[column.name]) if column.name in columns else repeat("", count)
        for column in table.primary_key.columns
    ]
    return list(map("/".join, zip(*parts, strict=True)))


def install(maker: sessionmaker[Any]) -> None:
    """Collect the audited changes of every flush of the sessions `maker` makes."""
    event.listen(maker, "after_flush", _collect_flush)


# ---- appending ---------------------------------------------------------------------------------


def _event_lines(work: UnitOfWork) -> Iterable[dict[str, Any]]:
    for item in work.events:
        line = _change(item.kind, "", "", None, plain(item.detail) or None)
        line["subject"] = item.subject
        yield line


def append(work: UnitOfWork) -> None:
    """Append the unit of work's pending lines and events to the log, chained (in its
    transaction, under the writer lock: the last thing before the commit)."""
    work.flush()
    lines = [*work.info.pop(_PENDING, []), *_event_lines(work)]
    purging = work.info.pop(_PURGING, set())
    work.events.clear()
    if not lines:
        return
    last_id, prev = latest(work)
    at = utc_now()
    rows = []
    for number, line in enumerate(lines, start=last_id + 1):
        row = {
            "id": number,
            "at": at,
            "actor_id": work.actor.staff_id,
            "actor_name": work.actor.name,
            **line,
            "values_sha256": values_digest(line["before"], line["after"]),
            "purged": False,
            "prev_hash": prev,
        }
        if (line["table_name"], line["record_id"]) in purging:
            # The purge's own line: chained over the values it replaced, which it does not keep.
            row.update(before=None, after=None, purged=True)
        prev = row["hash"] = chain_hash(prev, row)
        rows.append(row)
    work.connection().execute(insert(AUDIT_TABLE), rows)


def purge_values(session: Session, table_name: str, record_id: str) -> int:
    """Empty the before/after values of every line about one record (a person's data purged
    under the personal-data law); the lines stay, marked, and the chain stays whole. The number
    of lines purged. The lines this unit of work itself appends about the record (the purge's
    own change) keep no values either."""
    session.info.setdefault(_PURGING, set()).add((table_name, record_id))
    log = AUDIT_TABLE
    result = session.connection().execute(
        update(log)
        .where(log.c.table_name == table_name, log.c.record_id == record_id, ~log.c.purged)
        .values(before=null(), after=null(), purged=True)
    )
    return int(result.rowcount)
