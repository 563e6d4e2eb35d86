"""SQLite files as files: a verified copy, a look inside that writes nothing, owner-only modes.

`copy_database` is the one way a database file is copied (backups, the copy before a migration,
a restore): SQLite's online backup API on raw connections, so a database in use is copied as
one consistent snapshot while writers go on (the copy is made in one step, inside one read
transaction of the source). The copy is written under a temporary name, switched out of WAL
(one self-contained file), marked as a copy (db/change_counter.py: a restored copy gets a new
database id), checked with `integrity_check`, fsynced and only then renamed: a full disk or a
killed process leaves no partial or 0-byte file under the final name.

`open_read_only` looks into a file without writing anything: no new -wal/-shm beside a closed
database, no journal-mode change, no file created where there was none.

Files and folders of the program's data are the OS user's only (0600 / 0700) on POSIX.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from db.change_counter import COPY_HOME
from desktop.paths import make_folder

FILE_MODE = 0o600
SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"


def restrict_file(path: Path) -> None:
    """Make a database file (and its -wal/-shm/-journal) readable by the OS user only."""
    if os.name != "posix":
        return
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            if candidate.stat().st_mode & 0o777 != FILE_MODE:
                os.chmod(candidate, FILE_MODE)


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write and creates no file.

    A database with a -wal file (open elsewhere, or not checkpointed after a crash) is opened
    read-only with its WAL, so committed work in it is seen; a closed one (no -wal) is opened
    immutable, so SQLite makes no -wal/-shm beside it. A missing file raises
    FileNotFoundError instead of being created.
    """
    if not path.is_file():
        raise FileNotFoundError(str(path))
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?{mode}", uri=True)


def integrity_problems(connection: sqlite3.Connection, limit: int = 5) -> list[str]:
    """What `PRAGMA integrity_check` found; [] when the file is sound.

    A damaged schema page can make SQLite's own answer undecodable (bytes that are not UTF-8
    in what it reports): that is a finding too."""
    try:
        pragma = connection.execute(f"PRAGMA integrity_check({int(limit)})")
        rows = [str(row[0]) for row in pragma]
    except UnicodeDecodeError as error:
        return [f"unreadable report: {error}"]
    return [] if rows == ["ok"] else rows


class CopyFailed(Exception):
    """The copy could not be made; nothing is left under the target name."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason  # "space" (disk full), "damaged" (the copy failed its check), "io"
        self.detail = detail


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite database `source` (possibly in use) to `target`, verified and durable."""
    if not source.is_file():
        raise FileNotFoundError(str(source))
    if not target.parent.exists():
        make_folder(target.parent)
    temporary = target.with_name(f".{target.name}.partial")
    try:
        _copy(source, temporary)
        _fsync(temporary)
        os.replace(temporary, target)
        _fsync_folder(target.parent)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        for suffix in SIDE_FILES:
            with contextlib.suppress(OSError):
                temporary.with_name(temporary.name + suffix).unlink()
        if isinstance(error, OSError) and error.errno == 28:  # ENOSPC
            raise CopyFailed("space", str(error)) from error
        if isinstance(error, sqlite3.Error) and "full" in str(error).lower():
            raise CopyFailed("space", str(error)) from error
        if isinstance(error, (OSError, sqlite3.Error)):
            raise CopyFailed("io", str(error)) from error
        raise


def _copy(source: Path, temporary: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    handle = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    os.close(handle)
    reader = sqlite3.connect(str(source), timeout=10)
    try:
        writer = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            reader.backup(writer)  # one step: one consistent snapshot of the source
            writer.execute("PRAGMA journal_mode=DELETE")
            _mark_as_copy(writer)
            problems = integrity_problems(writer)
            if problems:
                raise CopyFailed("damaged", "; ".join(problems))
        finally:
            writer.close()
    finally:
        reader.close()


def _mark_as_copy(copy: sqlite3.Connection) -> None:
    """A copy restored later, however it is put back, is taken for a copy and gets a new
    database id (db/change_counter.py), so its change stamps never repeat the original's."""
    has_counter = copy.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_counter'"
    ).fetchone()
    if has_counter:
        copy.execute("UPDATE change_counter SET home = ?", (COPY_HOME,))


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for fsync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
