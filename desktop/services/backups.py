"""Backups of the office's database: taking, rotating, describing and restoring them.

A backup is a verified copy of the SQLite file (db/sqlite_files.copy_database: SQLite's backup
API, one consistent snapshot while the clerk works, integrity-checked, fsynced, renamed into
place, marked as a copy) named `<database>-<YYYYMMDD-HHMMSS>.sqlite3` with the office's wall
clock. They go to a folder beside the data (`backups/`) or the one set in Settings (a second
disk, a stick); the newest `keep` are kept. The program takes one on close of the main window
(when something changed since the last one) and one a day.

A restore (an administrator's: desktop.core.roles) checks the file first (a SQLite file, sound,
an Auyl Desk database, a schema this program knows), refuses while another program holds the
database, keeps the current file as a safety copy beside it, puts the backup in place
atomically and gives it a new database id (db/change_counter.renew_database_id), so its change
stamps never repeat the original's; the purges made since the backup are applied again
(desktop/services/purge_list.py).

A database on a server (PostgreSQL) is backed up by the server's own tool (pg_dump, the
district's job): every function here refuses it with reason "server".
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from db.change_counter import renew_database_id
from db.engine import Database
from db.migrate import HEAD_REVISION, MIGRATIONS_DIR, stamped_revision
from db.models import Staff
from db.sqlite_files import (
    SIDE_FILES,
    CopyFailed,
    copy_database,
    integrity_problems,
    is_sqlite_file,
    open_read_only,
    restrict_file,
)
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import wall_clock
from desktop.paths import data_dir, make_folder
from desktop.services import settings
from desktop.services.access import require

FOLDER_SETTING = "backup_folder"  # "" or missing: data_dir()/backups
KEEP_SETTING = "backup_keep"
DEFAULT_KEEP = 10
MAX_KEEP = 365
MIN_FREE_BYTES = 200 * 1024 * 1024  # warn below 200 MB free...
FREE_FACTOR = 3  # ...or below three times the database's size
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite3$")
_COUNTED_TABLES = ("households", "applications", "certificates")


class BackupError(Exception):
    """A backup or a restore that cannot be done; `reason` says why, for the message.

    server: the database is on a server (pg_dump is the tool); space: the disk is full or
    too full; folder: the backup folder cannot be written; source_damaged: the database's own
    copy fails its integrity check (nothing kept); missing: no such file; not_sqlite,
    damaged, foreign (not an Auyl Desk database), newer (a schema this program does not know);
    in_use: another program holds the database.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read from the file itself without changing it."""

    path: Path
    taken_at: datetime | None  # the office's wall-clock time in the name
    size: int
    revision: str | None
    office_number: int | None
    households: int
    applications: int
    certificates: int
    last_application: str | None
    last_certificate: str | None


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_copy: Path | None  # the file that was replaced, kept beside it


@dataclass(frozen=True)
class SpaceWarning:
    """Free space on a volume is below what a backup or the working day needs."""

    folder: Path
    free: int
    needed: int


# ---- settings ----------------------------------------------------------------------------------


def default_folder() -> Path:
    return data_dir() / "backups"


def backup_folder(db: Database) -> Path:
    with db.read() as session:
        value = settings.get_setting(session, FOLDER_SETTING, "")
    return Path(value) if isinstance(value, str) and value else default_folder()


def keep_count(db: Database) -> int:
    with db.read() as session:
        value = settings.get_setting(session, KEEP_SETTING, DEFAULT_KEEP)
    return value if isinstance(value, int) and 1 <= value <= MAX_KEEP else DEFAULT_KEEP


def save_backup_settings(db: Database, folder: Path | None, keep: int, actor: Actor) -> None:
    """Where backups go (None: the default beside the data) and how many are kept."""
    require(actor, "office.configure")
    if not 1 <= keep <= MAX_KEEP:
        raise ValueError(f"keep {keep} is outside 1..{MAX_KEEP}")
    with db.write(actor) as work:
        settings.set_setting(work, FOLDER_SETTING, str(folder) if folder else "")
        settings.set_setting(work, KEEP_SETTING, keep)


# ---- taking ------------------------------------------------------------------------------------


def database_file(db: Database) -> Path:
    """The SQLite file of `db`; BackupError("server") for a database on a server."""
    if not db.is_sqlite or db.url.database in (None, "", ":memory:"):
        raise BackupError("server", db.location)
    return Path(str(db.url.database))


def take_backup(db: Database, now: datetime, folder: Path, keep: int) -> Path:
    """Copy the database into `folder` as of `now`, then keep only the newest `keep`."""
    source = database_file(db)
    try:
        make_folder(folder)
    except OSError as error:
        raise BackupError("folder", f"{folder}: {error}") from error
    if not os.access(folder, os.W_OK):
        raise BackupError("folder", str(folder))
    size = _database_size(source)
    free = shutil.disk_usage(folder).free
    if free < size:
        raise BackupError("space", f"{folder}: {free} bytes free, {size} needed")
    target = folder / f"{source.stem}-{wall_clock(now).strftime(_STAMP)}.sqlite3"
    try:
        copy_database(source, target)
    except CopyFailed as error:
        raise _copy_error(error) from error
    rotate(folder, source.stem, keep)
    return target


def _copy_error(error: CopyFailed) -> BackupError:
    """A failed copy as the user is told of it: a full disk, a source whose copy fails its
    integrity check (the database itself is damaged), or a folder that cannot be written."""
    reason = {"space": "space", "damaged": "source_damaged"}.get(error.reason, "folder")
    return BackupError(reason, error.detail)


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` regular backups of database `stem` (copies taken
    before a migration or a restore are not counted and stay); the deleted files."""
    own = [p for p in backups_in(folder) if _NAME.match(p.name) and _stem(p) == stem]
    removed = own[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backups_in(folder: Path) -> list[Path]:
    """Every backup file in `folder` (a name with a time), newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.sqlite3") if p.is_file() and _NAME.match(p.name)]
    return sorted(found, key=lambda p: (_stamp(p) or "", p.name), reverse=True)


def backup_due(folder: Path, today: date) -> bool:
    """No backup in `folder` was taken today (the daily backup)."""
    return not any(
        (taken := taken_at(p)) is not None and taken.date() == today for p in backups_in(folder)
    )


def changed_since_backup(db: Database, folder: Path) -> bool:
    """The database was written after the newest backup in `folder` was taken (so one on
    close is worth the wait)."""
    source = database_file(db)
    newest = next(iter(backups_in(folder)), None)
    if newest is None:
        return True
    written = max(
        p.stat().st_mtime for p in (source, source.with_name(source.name + "-wal")) if p.exists()
    )
    return written > newest.stat().st_mtime


def taken_at(path: Path) -> datetime | None:
    stamp = _stamp(path)
    return datetime.strptime(stamp, _STAMP) if stamp else None


def _stamp(path: Path) -> str | None:
    match = _NAME.match(path.name)
    return match.group("stamp") if match else None


def _stem(path: Path) -> str:
    match = _NAME.match(path.name)
    return match.group("stem") if match else ""


def _database_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())


# ---- free space --------------------------------------------------------------------------------


def space_warnings(db: Database, folder: Path) -> list[SpaceWarning]:
    """The data's and the backups' volumes where free space is below 200 MB or three times
    the database's size (nothing for a database on a server)."""
    try:
        source = database_file(db)
    except BackupError:
        return []
    needed = max(MIN_FREE_BYTES, FREE_FACTOR * _database_size(source))
    warnings: list[SpaceWarning] = []
    seen: set[int] = set()
    for place in (source.parent, folder):
        existing = next((p for p in (place, *place.parents) if p.exists()), None)
        if existing is None:
            continue
        device = existing.stat().st_dev
        if device in seen:
            continue
        seen.add(device)
        free = shutil.disk_usage(existing).free
        if free < needed:
            warnings.append(SpaceWarning(place, free, needed))
    return warnings


# ---- describing --------------------------------------------------------------------------------


def describe(path: Path) -> BackupInfo:
    """What the backup holds; BackupError when it is not a sound Auyl Desk database.

    The file is only read (db/sqlite_files.open_read_only): describing a backup on a
    write-protected stick works and changes nothing.
    """
    if not path.is_file():
        raise BackupError("missing", str(path))
    if not is_sqlite_file(path):
        raise BackupError("not_sqlite", str(path))
    try:
        connection = open_read_only(path)
        try:
            problems = integrity_problems(connection)
            if problems:
                raise BackupError("damaged", "; ".join(problems))
            revision = stamped_revision(connection)
            if revision is None or not _has_table(connection, "change_counter"):
                raise BackupError("foreign", str(path))
            counts = {t: _count(connection, t) for t in _COUNTED_TABLES}
            office = _office_number(connection)
            last_application = _last(
                connection, "registration_number", "applications", "registration_year"
            )
            last_certificate = _last(connection, "number", "certificates", "year")
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise BackupError("damaged", f"{error.__class__.__name__}: {error}") from error
    return BackupInfo(
        path=path,
        taken_at=taken_at(path),
        size=path.stat().st_size,
        revision=revision,
        office_number=office,
        households=counts["households"],
        applications=counts["applications"],
        certificates=counts["certificates"],
        last_application=last_application,
        last_certificate=last_certificate,
    )


def verify_backup(path: Path) -> BackupInfo:
    """describe(), and refuse a schema newer than this program (or one it does not know)."""
    info = describe(path)
    if not _known_revision(info.revision):
        raise BackupError("newer", f"{info.revision} / {HEAD_REVISION}")
    return info


def latest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in `folder` that is sound and can be restored here, or None."""
    for path in backups_in(folder):
        with contextlib.suppress(BackupError):
            return verify_backup(path)
    return None


def _known_revision(revision: str | None) -> bool:
    """A revision among this program's migrations (so at or below its head)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    if revision is None:
        return False
    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    try:
        return all(scripts.get_revision(part) is not None for part in revision.split())
    except CommandError:
        return False


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def _count(connection: sqlite3.Connection, table: str) -> int:
    if not _has_table(connection, table):
        return 0
    live = " WHERE deleted_at IS NULL" if _has_column(connection, table, "deleted_at") else ""
    return int(connection.execute(f"SELECT count(*) FROM {table}{live}").fetchone()[0])


def _has_column(connection: sqlite3.Connection, table: str, column: str) -> bool:
    return any(row[1] == column for row in connection.execute(f"PRAGMA table_info({table})"))


def _last(connection: sqlite3.Connection, column: str, table: str, year: str) -> str | None:
    """The number last given in `table` (the newest year's highest sequence)."""
    if not _has_table(connection, table):
        return None
    seq = "registration_seq" if year == "registration_year" else "seq"
    row = connection.execute(
        f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL "
        f"ORDER BY {year} DESC, {seq} DESC LIMIT 1"
    ).fetchone()
    return str(row[0]) if row else None


def _office_number(connection: sqlite3.Connection) -> int | None:
    if not _has_table(connection, "app_settings"):
        return None
    row = connection.execute(
        "SELECT value FROM app_settings WHERE key = ?", (settings.OFFICE_NUMBER,)
    ).fetchone()
    value = row[0] if row else None
    if isinstance(value, str):  # stored as JSON text
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    return value if isinstance(value, int) else None


def earlier_installation_lost(database: Path) -> bool:
    """The database file is missing or empty, but this PC had an office set up (its key is in
    the data folder): a warning and a restore, not a quiet first-run setup."""
    missing = not database.exists() or database.stat().st_size == 0
    return missing and any((data_dir() / "keys").glob("office-*.pem"))


# ---- restoring ---------------------------------------------------------------------------------


def restore(database: Path, backup: Path, actor: Actor, now: datetime) -> RestoreResult:
    """Put `backup` in place of the SQLite file `database` (which nothing may hold open: the
    program closes its own connections first), for `actor` (an administrator: logged in to
    the database, or to the backup itself when the database cannot be opened,
    desktop.services.accounts.log_in_to_copy).

    The backup is verified first and copied beside the database; the current file (with its
    -wal, as it is: it may be the damaged one) is copied to `<name>-before-restore-<time>
    .sqlite3` before anything touches it; then, if no other program holds the database, the
    swap is one rename, so a failure at any point leaves either the old file or the restored
    one, never a mixture. The restored database gets a new database id and is brought to this
    program's schema; then one transaction notes the restore for the audit trail and purges
    again every person purged since (desktop.services.personal_data.reapply_purges), so the
    older copy never shows their data.
    """
    require(actor, "backup.restore")
    info = verify_backup(backup)
    current = database.exists() and database.stat().st_size > 0
    staged = database.with_name(f".{database.name}.restoring")
    try:
        copy_database(backup, staged)
    except CopyFailed as error:
        raise _copy_error(error) from error
    safety = None
    try:
        if current:
            safety = database.with_name(
                f"{database.stem}-before-restore-{wall_clock(now).strftime(_STAMP)}.sqlite3"
            )
            _keep_copy(database, safety)
            _refuse_if_in_use(database)
        for suffix in SIDE_FILES:
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(staged, database)
    except BaseException:
        staged.unlink(missing_ok=True)
        if safety is not None:
            for name in (safety, *(safety.with_name(safety.name + x) for x in SIDE_FILES)):
                name.unlink(missing_ok=True)
        raise
    restrict_file(database)
    db = Database(database)
    try:
        renew_database_id(db)
        _after_restore(db, info, actor, now)
    finally:
        db.dispose()
    return RestoreResult(info, safety)


def _after_restore(db: Database, info: BackupInfo, actor: Actor, now: datetime) -> None:
    """The restored database at this program's schema, the restore noted (by `actor` when
    the backup knows them, else by the program itself naming them) and the purges made since
    the backup applied again, in one transaction."""
    from desktop.services.personal_data import reapply_purges
    from desktop.services.startup import prepare

    prepare(db)
    with db.write(SYSTEM) as work:
        if work.get(Staff, actor.staff_id) is not None:
            work.actor = actor
        purged = reapply_purges(work, now, wall_clock(now).date())
        work.note(
            "backup.restore",
            info.path.name,
            by=actor.name,
            role=actor.role,
            taken_at=info.taken_at.isoformat() if info.taken_at else None,
            purged_again=purged,
        )


def _refuse_if_in_use(database: Path) -> None:
    """Leaving WAL needs the only connection to the file: if another program holds it, the
    switch fails ("database is locked") and nothing is restored. A damaged file (the reason
    to restore, often) cannot be switched at all: it is taken as held by nobody."""
    try:
        connection = sqlite3.connect(str(database), timeout=0.5, isolation_level=None)
        try:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as error:
        if any(word in str(error).lower() for word in ("locked", "busy")):
            raise BackupError("in_use", f"{database}: {error}") from error
        return
    if str(mode).lower() != "delete":
        raise BackupError("in_use", str(database))


def _keep_copy(database: Path, safety: Path) -> None:
    """Copy the current file and its -wal as they are (byte for byte: SQLite is not asked,
    so a damaged file's WAL is kept too), owner-only."""
    for suffix in ("", "-wal"):
        source = database.with_name(database.name + suffix)
        if source.exists():
            target = safety.with_name(safety.name + suffix)
            shutil.copyfile(source, target)
            restrict_file(target)
