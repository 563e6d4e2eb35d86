"""One engine factory for a SQLite file path or any SQLAlchemy URL, and the unit of work.

`Database.write(actor)` is the only way to write: one transaction (a UnitOfWork, the session
services write through, carrying the acting staff member), whose synced records are stamped
with the change counter as they are flushed (db/change_counter.py) and whose write listeners
are called before it commits; last of all the audit trail (db/audit.py) appends what the
transaction changed and noted. Every Database installs both: no write escapes them.
`Database.read()` is for reading only: a session that tries to flush changes raises.

On SQLite every connection gets WAL, synchronous=FULL, foreign keys and a busy timeout, and
transactions really begin (SQLAlchemy's documented recipe for pysqlite): readers with BEGIN,
writers with BEGIN IMMEDIATE, so two writers never both read a counter and then collide.

BEGIN IMMEDIATE is the one place a writer waits for another (a second Auyl Desk, the command
line, a backup, a sync import): in WAL mode readers never wait for writers, and once a writer
holds the write lock its statements and its COMMIT need no other lock (the checkpoint after a
commit is a passive one, which waits for nobody). That wait is made in short attempts
(ATTEMPT_MS) handed to the database's `lock_wait`, which keeps trying or gives up: by default
(`wait_in_place`: the command line, services, worker threads) as the database itself waits
(the attempt's `in_place`: BUSY_TIMEOUT_MS, as SQLite's own busy timeout did); the window
installs one that keeps its event loop running and offers Cancel (desktop/ui/lock_wait.py).
Given up, the write fails with the usual "database is locked" error before its transaction
began: nothing of it is written.

On PostgreSQL a writing transaction first takes one transaction-level advisory lock
(WRITER_LOCK), the same one writer at a time: the checks the services make before they write
(an IIN open once, the ticket called next) hold until the commit as on SQLite, while readers
never wait. It is the one place a writer waits there too: the other locks a unit of work takes
(the change counter's and the number series' rows, its tables' row-exclusive locks, the rows
its foreign keys point to) only conflict with another writer's, which holds the writer lock,
or with a schema migration's, which takes the writer lock first (db/migrate.py). A writer
that finds the writer lock free takes it without waiting (pg_try_advisory_xact_lock); one
that finds it held waits through `lock_wait` as on SQLite, each attempt a wait of ATTEMPT_MS
in the server (`lock_timeout`, set for that statement only: a refused attempt rolls back the
transaction, which has done nothing yet, and the next one begins it again). Waiting in place
it waits in the server without a limit, as it always did. Given up, the write fails with
PostgreSQL's lock_not_available error (55P03, "busy"), nothing of it begun. (A session of
the server's administrator that locks rows or tables by hand keeps to none of this: a writer
waits for it in the server.)
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import orjson
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db import audit, change_counter
from db.sqlite_files import restrict_file
from desktop.core.actor import Actor
from desktop.paths import make_folder

BUSY_TIMEOUT_MS = 10_000  # how long a statement waits for a lock; and a writer, by default
ATTEMPT_MS = 50  # one attempt at the write lock waits this long (SQLite's own busy handler)
WRITER_LOCK = 0x6175_796C  # the advisory lock key of writing transactions on PostgreSQL
# Set on the writing sessions' connections: how they wait for the write lock (Database.lock_wait).
_WRITE_OPTION = "auyl_write"
# Set on the reading sessions' connections: the database itself refuses their writes (SQLite's
# query_only, PostgreSQL's READ ONLY transaction), Core and text statements included.
_READ_OPTION = "auyl_read"


class LockAttempt(Protocol):
    """A writer's way to the write lock, which it found taken."""

    def __call__(self) -> bool:
        """One attempt, waiting at most ATTEMPT_MS: True once the lock is taken."""

    def in_place(self) -> bool:
        """Wait as the database itself does: SQLite for BUSY_TIMEOUT_MS, PostgreSQL without a
        limit. True once the lock is taken, False when the wait ran out."""


LockWait = Callable[[LockAttempt], bool]
"""How a writer waits while another holds the write lock: calls the attempt until it succeeds
(True), or gives up (False: the write fails as busy, nothing of it begun)."""


def wait_in_place(attempt: LockAttempt) -> bool:
    """The default lock wait (the command line, services, worker threads): the database's own."""
    return attempt.in_place()


def json_text(value: Any) -> str:
    """How every JSON column is written: compact UTF-8 text, by orjson in C. The standard
    library's default wrote each Cyrillic letter as a \\uXXXX escape, which the text search of
    the audit log could not find, and took a sixth of a district import's time. Both forms
    read back the same."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode("utf-8")


def database_url(path_or_url: str | Path) -> URL:
    """A path becomes a sqlite URL; anything with '://' is taken as a SQLAlchemy URL."""
    text = str(path_or_url)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def make_engine(path_or_url: str | Path) -> Engine:
    url = database_url(path_or_url)
    if url.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True, json_serializer=json_text)
        if url.get_backend_name() == "postgresql":
            _configure_postgresql(engine)
        return engine
    path = Path(url.database) if url.database and url.database != ":memory:" else None
    if path is not None and not path.parent.exists():
        make_folder(path.parent)
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, json_serializer=json_text
    )
    _configure_sqlite(engine, path)
    return engine


def _configure_sqlite(engine: Engine, path: Path | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # The file (made by this connect if new) is the OS user's only before WAL makes its
        # -wal/-shm, which SQLite then creates with the file's own mode.
        if path is not None:
            restrict_file(path)
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite would not for SELECT).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        options = connection.get_execution_options()
        reader = options.get(_READ_OPTION, False)
        connection.exec_driver_sql(f"PRAGMA query_only={'ON' if reader else 'OFF'}")
        wait = options.get(_WRITE_OPTION)
        if wait is None:
            connection.exec_driver_sql("BEGIN")
        else:
            _begin_immediate(connection.connection.driver_connection, wait)


class _BeginImmediate:
    """BEGIN IMMEDIATE on a connection whose busy timeout is ATTEMPT_MS (a LockAttempt)."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw
        self.refused: sqlite3.OperationalError | None = None  # SQLite's word on the last one

    def __call__(self) -> bool:
        try:
            self.raw.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                raise
            self.refused = error
            return False
        return True

    def in_place(self) -> bool:
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while time.monotonic() < deadline:
            if self():
                return True
        return False


def _begin_immediate(raw: sqlite3.Connection, wait: LockWait) -> None:
    """BEGIN IMMEDIATE at once when the write lock is free, else in attempts through `wait`;
    when it gives up, the busy error SQLite gave the last attempt (no transaction begun)."""
    attempt = _BeginImmediate(raw)
    raw.execute(f"PRAGMA busy_timeout={ATTEMPT_MS}")
    try:
        if attempt() or wait(attempt):
            return
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    assert attempt.refused is not None  # the first attempt, at least, was refused
    raise OperationalError("BEGIN IMMEDIATE", None, attempt.refused)


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        options = connection.get_execution_options()
        wait = options.get(_WRITE_OPTION)
        if wait is not None:
            _take_writer_lock(connection.connection.driver_connection, wait)
        elif options.get(_READ_OPTION, False):
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")


LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE of a lock wait ended by lock_timeout


class _WriterLock:
    """WRITER_LOCK for the transaction a psycopg connection is beginning (a LockAttempt).

    An attempt waits in the server for ATTEMPT_MS; refused, it rolls the transaction back
    (nothing was done in it but the attempt), and the next attempt begins a new one. Taken, the
    transaction goes on with the connection's own lock_timeout.
    """

    def __init__(self, raw: Any) -> None:
        self.raw = raw  # psycopg.Connection
        self.lock_timeout = "0"  # the connection's own
        self.refused: Exception | None = None  # the server's word on the last attempt

    def free(self) -> bool:
        """Take the lock if nobody holds it, waiting for nothing."""
        taken, self.lock_timeout = self.raw.execute(
            f"SELECT pg_try_advisory_xact_lock({WRITER_LOCK}), current_setting('lock_timeout')"
        ).fetchone()
        if not taken:
            self.raw.rollback()  # no transaction stays open while the writer waits
        return bool(taken)

    def __call__(self) -> bool:
        self.raw.execute(f"SET LOCAL lock_timeout = {ATTEMPT_MS}")
        try:
            self.raw.execute(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
        except Exception as error:
            if getattr(error, "sqlstate", None) != LOCK_NOT_AVAILABLE:
                raise
            self.raw.rollback()
            self.refused = error
            return False
        self.raw.execute("SELECT set_config('lock_timeout', %s, true)", (self.lock_timeout,))
        return True

    def in_place(self) -> bool:
        self.raw.execute(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")  # as long as it takes
        return True


def _take_writer_lock(raw: Any, wait: LockWait) -> None:
    """WRITER_LOCK at once when it is free, else in attempts through `wait`; when it gives up,
    the server's lock_not_available error (no transaction begun)."""
    attempt = _WriterLock(raw)
    if attempt.free() or wait(attempt):
        return
    if attempt.refused is None:  # given up before any attempt waited
        from psycopg.errors import LockNotAvailable

        attempt.refused = LockNotAvailable("the writer lock is held by another transaction")
    raise OperationalError(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})", None, attempt.refused)


@dataclass(frozen=True)
class WorkEvent:
    """Something done in a unit of work that is not a row change: a login, a print, an export.

    `kind` is a short dotted name ("session.login", "certificate.print"), `subject` what it
    concerns (a number, a file name), `detail` plain JSON-able values.
    """

    kind: str
    subject: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


class UnitOfWork(Session):
    """One writing transaction and the staff member it is done for.

    Services write through it as through any session; `actor` is whom they record (history
    lines, `<verb>_by_id` columns) and whom the audit trail names. `note()` records an event
    that is not a row change; the write listeners read `events` before the commit.
    """

    actor: Actor
    events: list[WorkEvent]

    def note(self, kind: str, subject: str = "", **detail: Any) -> None:
        self.events.append(WorkEvent(kind, subject, detail))


WriteListener = Callable[[UnitOfWork], None]


class ReadOnlyError(RuntimeError):
    """Something tried to write through `Database.read()`."""


def _refuse_writes(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise ReadOnlyError("db.read() is for reading; write through db.write(actor)")


class Database:
    """The engine plus the two ways in: `read()` for lookups, `write(actor)` for changes.

    `lock_wait` is how a write waits while another holds the write lock (SQLite's BEGIN
    IMMEDIATE, PostgreSQL's writer lock: the module docstring); the window replaces the default
    with its own.
    """

    def __init__(self, path_or_url: str | Path) -> None:
        self.url = database_url(path_or_url)
        self.engine = make_engine(path_or_url)
        self.lock_wait: LockWait = wait_in_place
        self._reader = sessionmaker(
            self.engine.execution_options(**{_READ_OPTION: True}), expire_on_commit=False
        )
        self._writer = sessionmaker(
            self.engine.execution_options(**{_WRITE_OPTION: self._wait_for_lock}),
            class_=UnitOfWork,
            expire_on_commit=False,
        )
        self._write_listeners: list[WriteListener] = []
        event.listen(self._reader, "before_flush", _refuse_writes)
        change_counter.install(self._writer)
        audit.install(self._writer)

    def _wait_for_lock(self, attempt: LockAttempt) -> bool:
        return self.lock_wait(attempt)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def location(self) -> str:
        """What to show a user: the file path for SQLite, the URL without password otherwise."""
        if self.is_sqlite:
            return str(self.url.database)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self, actor: Actor) -> Iterator[UnitOfWork]:
        """One transaction done for `actor`: commits on success, rolls back on any error.

        The write listeners are called with the unit of work after the caller's block and
        before the commit (in the transaction: what they add commits or rolls back with it);
        then the audit trail appends its lines, so what the listeners wrote is audited too.
        """
        with self._writer() as work, work.begin():
            work.actor = actor
            work.events = []
            yield work
            for listener in self._write_listeners:
                listener(work)
            audit.append(work)

    def add_write_listener(self, listener: WriteListener) -> None:
        """Call `listener(work)` before every write transaction of this database commits."""
        self._write_listeners.append(listener)

    def dispose(self) -> None:
        self.engine.dispose()
