import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from db import engine
from db.engine import Database, ReadOnlyError, UnitOfWork, database_url
from db.models import AppSetting
from desktop.core.actor import SYSTEM, Actor
from desktop.services.file_check import fault_of
from tests.postgres import WriterLockHolder


def test_path_and_url_both_accepted(tmp_path: Path) -> None:
    assert database_url(tmp_path / "a.sqlite3").get_backend_name() == "sqlite"
    url = database_url("postgresql+psycopg://clerk:secret@district/auyl")
    assert url.get_backend_name() == "postgresql"
    assert "secret" not in url.render_as_string(hide_password=True)
    db = Database(tmp_path / "a.sqlite3")
    assert db.location == str((tmp_path / "a.sqlite3").resolve())
    db.dispose()


def test_every_connection_gets_the_pragmas(tmp_path: Path) -> None:
    db = Database(tmp_path / "p.sqlite3")
    for _ in range(2):  # two separate connections from the pool
        with db.engine.connect() as connection:
            values = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
            assert values == {
                "journal_mode": "wal",
                "synchronous": 2,  # FULL
                "foreign_keys": 1,
                "busy_timeout": 10_000,
            }
    db.dispose()


def test_transactions_really_begin(tmp_path: Path) -> None:
    db = Database(tmp_path / "t.sqlite3")
    with db.write(SYSTEM) as session:
        session.execute(text("CREATE TABLE counter (n INTEGER)"))
        session.execute(text("INSERT INTO counter VALUES (0)"))
    with db.read() as session:
        raw = session.connection().connection.driver_connection
        assert raw.in_transaction  # a plain SELECT session is inside BEGIN
        session.execute(text("SELECT n FROM counter")).scalar()
    db.dispose()


def test_writers_do_not_lose_updates(empty_db_location: str | Path) -> None:
    """BEGIN IMMEDIATE on SQLite, the writers' advisory lock on PostgreSQL: read-then-write
    counters from many threads never collide."""
    db = Database(empty_db_location)
    with db.write(SYSTEM) as session:
        session.execute(text("CREATE TABLE counter (n INTEGER)"))
        session.execute(text("INSERT INTO counter VALUES (0)"))

    def bump() -> None:
        for _ in range(20):
            with db.write(SYSTEM) as session:
                n = session.execute(text("SELECT n FROM counter")).scalar_one()
                session.execute(text("UPDATE counter SET n = :n"), {"n": n + 1})

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with db.read() as session:
        assert session.execute(text("SELECT n FROM counter")).scalar_one() == 80
    db.dispose()


def test_write_rolls_back_on_error(empty_db_location: str | Path) -> None:
    db = Database(empty_db_location)
    with db.write(SYSTEM) as session:
        session.execute(text("CREATE TABLE t (n INTEGER)"))
    with pytest.raises(RuntimeError), db.write(SYSTEM) as session:
        session.execute(text("INSERT INTO t VALUES (1)"))
        raise RuntimeError("power cut")
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM t")).scalar_one() == 0
    db.dispose()


def test_a_unit_of_work_carries_its_actor_to_the_listeners_before_commit(
    db_location: str | Path,
) -> None:
    db = Database(db_location)
    with db.write(SYSTEM) as work:
        work.execute(text("CREATE TABLE listener_probe (who TEXT)"))
    seen: list[str] = []

    def listener(work: UnitOfWork) -> None:
        seen.append(work.actor.name)
        assert [e.kind for e in work.events] == ["session.login"]
        work.execute(text("INSERT INTO listener_probe VALUES (:who)"), {"who": work.actor.name})

    db.add_write_listener(listener)
    clerk = Actor(uuid.uuid4(), "Ахметова Г. С.")
    with db.write(clerk) as work:
        assert work.actor == clerk
        work.note("session.login", clerk.name, attempt=1)
    with pytest.raises(RuntimeError), db.write(clerk):
        raise RuntimeError("power cut")  # the listener is not called, nothing is kept
    with db.read() as session:
        assert session.execute(text("SELECT who FROM listener_probe")).scalars().all() == [
            clerk.name
        ]
        logged = session.execute(
            text("SELECT kind, subject, actor_name FROM audit_log WHERE kind LIKE 'session.%'")
        ).all()
    assert seen == [clerk.name]
    assert [tuple(row) for row in logged] == [("session.login", clerk.name, clerk.name)]
    db.dispose()


def test_reading_sessions_refuse_to_write(empty_db_location: str | Path) -> None:
    db = Database(empty_db_location)
    with db.write(SYSTEM) as work:
        work.execute(text("CREATE TABLE app_settings (key TEXT PRIMARY KEY, value JSON)"))
    with pytest.raises(ReadOnlyError), db.read() as session:
        session.add(AppSetting(key="office_number", value=1))
        session.flush()
    # A Core or text statement bypasses the ORM's flush: the database itself refuses it.
    for statement in (
        text("INSERT INTO app_settings (key, value) VALUES ('probe', '1')"),
        text("CREATE TABLE probe (a INTEGER)"),
    ):
        with pytest.raises(DBAPIError), db.read() as session:
            session.execute(statement)
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM app_settings")).scalar() == 0
    with db.write(SYSTEM) as work:  # the same pooled connection writes again afterwards
        work.execute(text("INSERT INTO app_settings (key, value) VALUES ('probe', '1')"))
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM app_settings")).scalar() == 1
    db.dispose()


def test_a_writer_waits_for_the_lock_through_its_lock_wait_and_gives_up_as_busy(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock wait is asked only when the write lock is taken; by default it tries again
    and again until the busy timeout (shortened here), then the write fails as "busy" with
    nothing begun, and the connection keeps its busy timeout for everything else."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    db = Database(db_path)
    attempts: list[bool] = []
    begin_immediate = engine._BeginImmediate.__call__

    def counted(attempt: engine._BeginImmediate) -> bool:
        attempts.append(begin_immediate(attempt))
        return attempts[-1]

    monkeypatch.setattr(engine._BeginImmediate, "__call__", counted)
    asked: list[bool] = []

    def asking(attempt: engine.LockAttempt) -> bool:
        asked.append(engine.wait_in_place(attempt))
        return asked[-1]

    db.lock_wait = asking
    with db.write(SYSTEM) as work:  # the lock is free: no wait
        work.execute(text("CREATE TABLE probe (n INTEGER)"))
    assert attempts == [True] and asked == []
    attempts.clear()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(OperationalError) as raised, db.write(SYSTEM) as work:
            work.execute(text("INSERT INTO probe VALUES (1)"))
        assert other.in_transaction
    finally:
        other.rollback()
        other.close()
    assert fault_of(raised.value.orig) == "busy"
    assert asked == [False]
    assert len(attempts) > 2 and not any(attempts)  # tried again, and again
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 300
    attempts.clear()
    with db.write(SYSTEM) as work:  # the same pooled connection writes again afterwards
        work.execute(text("INSERT INTO probe VALUES (2)"))
    with db.read() as session:
        assert session.execute(text("SELECT n FROM probe")).scalars().all() == [2]
    db.dispose()


def test_a_writer_that_has_the_lock_waits_for_nothing_else(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In WAL mode BEGIN IMMEDIATE is the one place a writer waits: with no busy timeout at
    all, writes and commits go through while another connection holds a read snapshot (a
    backup reading, a window's list) and past the automatic checkpoint, which that snapshot
    keeps from finishing."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 0)
    db = Database(db_path)
    with db.write(SYSTEM) as work:
        work.execute(text("CREATE TABLE probe (b BLOB)"))
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM probe").fetchone()
    try:
        for _ in range(3):  # 3 x 2 MB: past the 1000 pages of the automatic checkpoint
            with db.write(SYSTEM) as work:
                work.execute(text("INSERT INTO probe VALUES (randomblob(2000000))"))
    finally:
        reader.rollback()
        reader.close()
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM probe")).scalar() == 3
    db.dispose()


# ---- PostgreSQL: the writers' lock ---------------------------------------------------------------


@pytest.fixture
def probe_db(pg_url: str) -> Iterator[Database]:
    """A PostgreSQL database with a table `probe (n INTEGER)`."""
    db = Database(pg_url)
    with db.write(SYSTEM) as work:
        work.execute(text("CREATE TABLE probe (n INTEGER)"))
    yield db
    db.dispose()


@pytest.fixture
def writer_lock_held(pg_url: str, probe_db: Database) -> Iterator[WriterLockHolder]:
    holder = WriterLockHolder(pg_url)
    yield holder
    holder.close()


def _probes(db: Database) -> list[int]:
    with db.read() as session:
        return list(session.execute(text("SELECT n FROM probe ORDER BY n")).scalars())


def _open_transactions(db: Database) -> int:
    """Sessions of the database other than this one that are idle inside a transaction."""
    with db.engine.connect() as connection:
        return int(
            connection.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid() AND state = 'idle in transaction'"
                )
            ).scalar_one()
        )


def test_on_postgresql_a_writer_waits_for_the_writer_lock_in_attempts_and_gives_up_as_busy(
    probe_db: Database, writer_lock_held: WriterLockHolder
) -> None:
    """Another transaction holds the writers' lock: the lock wait is asked, each attempt waits
    a moment in the server and is refused, and the wait giving up ends the write as "busy"
    with nothing of it written; between attempts the writer keeps no transaction open."""
    db = probe_db
    attempts: list[bool] = []
    open_between: list[int] = []

    def three_attempts(attempt: engine.LockAttempt) -> bool:
        for _ in range(3):
            attempts.append(attempt())
            open_between.append(_open_transactions(db))
        return False

    db.lock_wait = three_attempts
    with pytest.raises(OperationalError) as raised, db.write(SYSTEM) as work:
        work.execute(text("INSERT INTO probe VALUES (1)"))
    assert fault_of(raised.value.orig) == "busy" and writer_lock_held.holds
    assert attempts == [False, False, False]
    assert open_between == [1, 1, 1]  # the holder's only
    assert _probes(db) == []
    db.lock_wait = lambda _attempt: False  # gives up before any attempt: "busy" all the same
    with pytest.raises(OperationalError) as raised, db.write(SYSTEM) as work:
        work.execute(text("INSERT INTO probe VALUES (1)"))
    assert fault_of(raised.value.orig) == "busy" and _probes(db) == []
    writer_lock_held.release()
    with db.write(SYSTEM) as work:  # the same pooled connection writes again afterwards
        work.execute(text("INSERT INTO probe VALUES (2)"))
    assert _probes(db) == [2]


def test_on_postgresql_a_writer_given_the_lock_after_waiting_goes_on_with_its_own_lock_timeout(
    probe_db: Database, writer_lock_held: WriterLockHolder
) -> None:
    """The short lock_timeout of an attempt ends with the attempt: the rest of the transaction
    waits for a lock as the connection would, so no later statement is cut off halfway."""
    db = probe_db
    attempts: list[bool] = []

    def release_at_the_third(attempt: engine.LockAttempt) -> bool:
        while True:
            if len(attempts) == 2:
                writer_lock_held.release()
            attempts.append(attempt())
            if attempts[-1]:
                return True

    db.lock_wait = release_at_the_third
    with db.write(SYSTEM) as work:
        work.execute(text("INSERT INTO probe VALUES (1)"))
        timeout = work.execute(text("SHOW lock_timeout")).scalar()
    assert attempts == [False, False, True]
    assert timeout == "0"  # PostgreSQL's default: no limit
    assert _probes(db) == [1]


def test_on_postgresql_a_writer_waiting_in_place_waits_in_the_server_without_a_limit(
    probe_db: Database, writer_lock_held: WriterLockHolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line, services and worker threads wait as they always did on PostgreSQL:
    in the server, for as long as the other writer holds the lock (SQLite's busy timeout, set
    to nothing here, is not theirs)."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 0)
    db = probe_db
    failed: list[BaseException] = []

    def write() -> None:
        try:
            with db.write(SYSTEM) as work:
                work.execute(text("INSERT INTO probe VALUES (1)"))
        except BaseException as error:  # told to the test below
            failed.append(error)

    writer = threading.Thread(target=write)
    writer.start()
    for _ in range(3000):  # until the writer waits in the server (or has failed)
        if writer_lock_held.waiting() or not writer.is_alive():
            break
        time.sleep(0.01)
    assert writer.is_alive() and writer_lock_held.waiting() == 1 and _probes(db) == []
    writer_lock_held.release()
    writer.join()
    assert failed == [] and _probes(db) == [1]
