"""The change counter: what changed since N, for sync, never read off the PC's clock.

Every insert, update and tombstone of a synced record (db.models.Synced) is stamped, in the
transaction that writes it, with the next value of this database's counter (`change_seq`) and
the database's id (`change_db`). The counter is one row (`change_counter`, id 1) bumped with
UPDATE ... RETURNING, which locks it until the transaction ends on PostgreSQL as on SQLite, so
stamps never collide and a rolled-back transaction hands its stamps back.

Why a stamped column and not a change log table: the stamp travels with the record it dates
(a sync package carries the row with its stamp, and the district can tell which database and
which change it is), a tombstone is simply the row with `deleted_at` set and a new stamp, and
nothing else has to be kept consistent with the tables. Each synced table has a unique index on
`change_seq`, so `changes_since(n)` is one statement (UNION ALL of index range scans, ordered by
the stamp): each record once, as of its latest change, tombstones included, in the order the
changes were made (a household before the members written after it).

ORM writes are stamped by a before_flush hook on every UnitOfWork; bulk inserts and updates
(the household writer's) allocate a range of stamps in one statement (`allocate`). ORM bulk
UPDATE/DELETE statements on synced classes are refused, since nothing would stamp them.

The database id is made when the database is created (migration 0005) and made new when the
database turns out to be a copy (`check_home`, at every start): the counter row keeps the
"home" of the id (machine, path, file identity); a file found in another home (copied, moved,
restored from a backup: backups are marked as copies) gets a new id, and so does one whose
counter went back below what this data folder saw before (a copy restored in place).
`renew_database_id` is there for the restore command.
"""

from __future__ import annotations

import json
import os
import platform
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    Boolean,
    CompoundSelect,
    String,
    Table,
    event,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from db.models import Base, ChangeCounter, Synced
from desktop.core.actor import SYSTEM

if TYPE_CHECKING:
    from db.engine import Database

COUNTER_ID = 1
COPY_HOME = "copy"  # the home written into backups: a restored backup is always a copy
_COUNTER = cast(Table, ChangeCounter.__table__)


@dataclass(frozen=True)
class Change:
    """A synced record as of its latest change: table, id, stamp, and whether it is a tombstone."""

    seq: int
    database_id: uuid.UUID
    table: str
    record_id: uuid.UUID
    deleted: bool


def synced_tables() -> list[Table]:
    """Every table of a synced model, in the order of the metadata (parents before children)."""
    synced = {
        getattr(m.class_, "__tablename__", None)
        for m in Base.registry.mappers
        if issubclass(m.class_, Synced)
    }
    return [t for t in Base.metadata.sorted_tables if t.name in synced]


# ---- stamping ----------------------------------------------------------------------------------


def allocate(session: Session, count: int) -> tuple[uuid.UUID, int]:
    """Reserve `count` stamps in the session's transaction: (database id, first value)."""
    row = (
        session.connection()
        .execute(
            update(_COUNTER)
            .where(_COUNTER.c.id == COUNTER_ID)
            .values(last_value=_COUNTER.c.last_value + count)
            .returning(_COUNTER.c.last_value, _COUNTER.c.database_id)
        )
        .one()
    )
    return row.database_id, row.last_value - count + 1


def stamp_rows(session: Session, rows: list[dict[str, Any]]) -> uuid.UUID | None:
    """Number rows about to be inserted or updated in bulk (`change_seq`, in list order); the
    database id to store beside them as `change_db` (None when there are no rows)."""
    if not rows:
        return None
    database_id, first = allocate(session, len(rows))
    for seq, row in enumerate(rows, start=first):
        row["change_seq"] = seq
    return database_id


def count_change(session: Session) -> int:
    """Take a stamp for a change that no synced record carries (an office's setting that
    travels in its package's manifest: desktop.services.settings.count_manifest_change); the
    stamp, which dates the change against the district's acknowledgment."""
    return allocate(session, 1)[1]


def _stamp_flush(session: Session, _context: Any, _instances: Any) -> None:
    if any(isinstance(o, Synced) for o in session.deleted):
        raise RuntimeError("synced records are never deleted: set deleted_at (a tombstone)")
    changed = [o for o in session.new if isinstance(o, Synced)]
    changed += [
        o
        for o in session.dirty
        if isinstance(o, Synced) and session.is_modified(o, include_collections=False)
    ]
    if not changed:
        return
    database_id, first = allocate(session, len(changed))
    for seq, record in enumerate(changed, start=first):
        record.change_seq = seq
        record.change_db = database_id


def _refuse_unstamped_bulk(state: ORMExecuteState) -> None:
    mapper = state.bind_mapper
    bulk = state.is_update or state.is_delete
    if bulk and mapper is not None and issubclass(mapper.class_, Synced):
        raise RuntimeError(
            f"bulk {'UPDATE' if state.is_update else 'DELETE'} of {mapper.class_.__name__} "
            "would not be stamped: write it through its writer (stamp_rows)"
        )


def install(maker: sessionmaker[Any]) -> None:
    """Stamp every flush of the sessions `maker` makes (Database's write sessions)."""
    event.listen(maker, "before_flush", _stamp_flush)
    event.listen(maker, "do_orm_execute", _refuse_unstamped_bulk)


# ---- reading -----------------------------------------------------------------------------------


def changes_query(after: int, limit: int | None = None) -> CompoundSelect[*tuple[Any, ...]]:
    """The one statement behind changes_since: a range scan of each table's stamp index."""
    parts = [
        select(
            table.c.change_seq.label("seq"),
            table.c.change_db.label("database_id"),
            literal(table.name, String()).label("table"),
            table.c.id.label("record_id"),
            table.c.deleted_at.is_not(None).cast(Boolean).label("deleted"),
        ).where(table.c.change_seq > after)
        for table in synced_tables()
    ]
    query = union_all(*parts).order_by("seq")
    return query if limit is None else query.limit(limit)


def changes_since(session: Session, after: int, limit: int | None = None) -> list[Change]:
    """Every synced record whose latest stamp is above `after`, in stamp order."""
    return [
        Change(r.seq, r.database_id, r.table, r.record_id, bool(r.deleted))
        for r in session.execute(changes_query(after, limit))
    ]


def last_value(session: Session) -> int:
    """The latest stamp handed out (0 in a database where nothing was stamped yet)."""
    return session.scalar(select(_COUNTER.c.last_value).where(_COUNTER.c.id == COUNTER_ID)) or 0


def database_id(session: Session) -> uuid.UUID:
    found = session.scalar(select(_COUNTER.c.database_id).where(_COUNTER.c.id == COUNTER_ID))
    assert isinstance(found, uuid.UUID), "the change counter is made by migration 0005"
    return found


# ---- the database's identity -------------------------------------------------------------------


def renew_database_id(db: Database) -> uuid.UUID:
    """Give the database a new id (after a restore): its later stamps can never collide with
    those of the copy it came from. The counter goes on from where it was."""
    with db.write(SYSTEM) as work:
        counter = work.get(ChangeCounter, COUNTER_ID, with_for_update=True)
        assert counter is not None
        counter.database_id = uuid.uuid4()
        return counter.database_id


def home_of(db: Database) -> str:
    """Where this database lives: machine, path and file identity (the URL for a server)."""
    if not db.is_sqlite or db.url.database in (None, "", ":memory:"):
        return db.location
    path = Path(str(db.url.database)).resolve()
    stat = path.stat()
    return f"{platform.node()}|{path}|{stat.st_dev}:{stat.st_ino}"


def check_home(db: Database, registry: Path) -> bool:
    """Renew the database id if this database is a copy; True when it was renewed.

    A copy is a database whose recorded home is not where it is now, or whose counter is
    below the highest value `registry` (a JSON file in the data folder: database id -> counter)
    saw for its id. The home and the registry are brought up to date either way. A database
    found at home (every ordinary start) is only read: no write lock, no write.
    """
    here = home_of(db)
    seen = _read_registry(registry)
    with db.read() as session:
        counter = session.get(ChangeCounter, COUNTER_ID)
        assert counter is not None, "the change counter is made by migration 0005"
        at_home = counter.home == here and counter.last_value >= seen.get(
            str(counter.database_id), 0
        )
        if at_home:
            seen[str(counter.database_id)] = counter.last_value
    renewed = False
    if not at_home:
        with db.write(SYSTEM) as work:
            counter = work.get(ChangeCounter, COUNTER_ID, with_for_update=True)
            assert counter is not None
            moved = bool(counter.home) and counter.home != here
            went_back = counter.last_value < seen.get(str(counter.database_id), 0)
            renewed = moved or went_back
            if renewed:
                counter.database_id = uuid.uuid4()
            counter.home = here
            seen[str(counter.database_id)] = counter.last_value
    _write_registry(registry, seen)
    return renewed


def _read_registry(path: Path) -> dict[str, int]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, int)}


def _write_registry(path: Path, data: dict[str, int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, indent=1, sort_keys=True), "utf-8")
    os.replace(temporary, path)
