"""Is a SQLite database file fit to be opened for writing? Checked at every start, before the
program writes a byte to it (migrations, reference data, the database id).

Everything here only reads the file: the header, then SQLite's `quick_check` through a read-only
connection. A file that fails is never written over: the caller refuses to open it and says why
(DatabaseProblem.code), in words that point the right way: a damaged file is restored from a
backup, a busy one waited for, a read-only one given back its permissions, a full disk cleared.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from db.sqlite_files import SQLITE_HEADER

CHECK_TIMEOUT_S = 2.0  # a reader waits this long for a file held exclusively by another program

DAMAGED = "damaged"  # quick_check failed, or SQLite calls the file malformed
NOT_DATABASE = "not_database"  # a file that is not a SQLite database at all
READ_ONLY = "read_only"  # the file or its folder cannot be written
UNREACHABLE = "unreachable"  # the file cannot be opened or read at all
BUSY = "busy"  # held by another program
FULL = "full"  # the disk is full
BACKUP_FAILED = "backup_failed"  # the copy before a schema upgrade could not be made
PROBLEMS = (DAMAGED, NOT_DATABASE, READ_ONLY, UNREACHABLE, BUSY, FULL, BACKUP_FAILED)

IO = "io"  # the disk failed to read or write (a stick pulled out, a failing disk)

# Faults of the database, told apart by SQLite's result code (the primary code: the low byte of
# `sqlite_errorcode`), by PostgreSQL's SQLSTATE, and failing both by what the driver says: the
# one table for the check at start here and for the messages of desktop/ui/errors.py. Each
# fault points one way: busy -> wait; full -> free space; read-only -> permissions; damaged
# (the only one that speaks of backups) -> the district IT person.
SQLITE_FAULTS = {
    3: READ_ONLY,  # SQLITE_PERM
    5: BUSY,  # SQLITE_BUSY
    6: BUSY,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    10: IO,  # SQLITE_IOERR
    11: DAMAGED,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: UNREACHABLE,  # SQLITE_CANTOPEN
    26: DAMAGED,  # SQLITE_NOTADB
}
POSTGRESQL_FAULTS = {
    "53100": FULL,  # disk_full
    "25006": READ_ONLY,  # read_only_sql_transaction
    "42501": READ_ONLY,  # insufficient_privilege
    "55P03": BUSY,  # lock_not_available
    "40P01": BUSY,  # deadlock_detected
    "XX001": DAMAGED,  # data_corrupted
    "XX002": DAMAGED,  # index_corrupted
    "08001": UNREACHABLE,  # sqlclient_unable_to_establish_sqlconnection
    "08006": UNREACHABLE,  # connection_failure
}
DATABASE_FAULTS = (
    (BUSY, ("database is locked", "database is busy", "could not obtain lock")),
    (FULL, ("database or disk is full", "no space left", "disk full")),
    (READ_ONLY, ("readonly database", "read-only", "permission denied")),
    (DAMAGED, ("malformed", "not a database")),
    (IO, ("disk i/o error",)),
    (UNREACHABLE, ("unable to open database", "could not connect", "connection refused")),
)


class DatabaseProblem(Exception):
    """The database cannot be used as it is; nothing was written to it. `code` is one of
    PROBLEMS, `location` the file, `detail` SQLite's or the system's own words."""

    def __init__(self, code: str, location: str, detail: str = "") -> None:
        super().__init__(f"{code}: {location}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.location = location
        self.detail = detail


def fault_of(error: BaseException) -> str | None:
    """Which database or disk fault `error` (the driver's error) is; None if none of them."""
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return FULL
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in SQLITE_FAULTS:
        return SQLITE_FAULTS[code & 0xFF]
    state = getattr(error, "sqlstate", None)  # psycopg 3
    if isinstance(state, str) and state in POSTGRESQL_FAULTS:
        return POSTGRESQL_FAULTS[state]
    said = str(error).lower()
    return next(
        (fault for fault, words in DATABASE_FAULTS if any(word in said for word in words)), None
    )


def check_file(path: Path) -> None:
    """Raise DatabaseProblem unless `path` is a sound SQLite file this program may write.

    A missing or empty file passes (a database is made there). Never writes to the file.
    """
    location = str(path)
    try:
        with open(path, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise DatabaseProblem(UNREACHABLE, location, str(error)) from None
    if not header:
        return
    if header != SQLITE_HEADER:
        raise DatabaseProblem(NOT_DATABASE, location)
    found = _quick_check(path)
    if found != ["ok"]:
        raise DatabaseProblem(DAMAGED, location, "; ".join(found[:3]))
    if not _writable(path) or not _writable(path.parent):
        raise DatabaseProblem(READ_ONLY, location)


def _writable(path: Path) -> bool:
    """Writable by us, and not made read-only on purpose (no write permission for anyone: an
    administrator account can write such a file, but someone meant it to stay as it is)."""
    return os.access(path, os.W_OK) and path.stat().st_mode & 0o222 != 0


def _quick_check(path: Path) -> list[str]:
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=CHECK_TIMEOUT_S
        )
    except sqlite3.Error as error:
        raise DatabaseProblem(fault_of(error) or UNREACHABLE, str(path), str(error)) from None
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.Error as error:
        raise DatabaseProblem(fault_of(error) or DAMAGED, str(path), str(error)) from None
    finally:
        connection.close()
