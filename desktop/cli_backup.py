"""`auyl-desk backup`, `auyl-desk backups` and `auyl-desk restore`: the office's backups from
the command line (desktop/services/backups.py does the work, desktop/ui/backup_texts.py words it).

A restore is an administrator's: `--login` (desktop/cli_login.py) is checked against the
database, or against the backup's own accounts when the database cannot be opened.

Exit status: 0 done; 1 refused (no space, a damaged or foreign file, the database in use, a
database on a server, the restore not confirmed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.cli_errors import Parser
from desktop.core.clock import SystemClock
from desktop.paths import default_db_path
from desktop.services import backups
from desktop.services.backups import BackupError
from desktop.ui import backup_texts
from desktop.ui.i18n import current_language


def register(
    commands: argparse._SubParsersAction[Parser],
    common: Parser,
) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=QCoreApplication.translate("cli", "back up the database now (verified, rotated)"),
    )
    backup.add_argument(
        "--to",
        metavar=QCoreApplication.translate("cli", "FOLDER"),
        help=QCoreApplication.translate(
            "cli", "the folder to back up to (default: the one set in Settings)"
        ),
    )
    listing = commands.add_parser(
        "backups",
        parents=[common],
        help=QCoreApplication.translate("cli", "list the backups and what each holds"),
    )
    listing.add_argument(
        "--dir",
        metavar=QCoreApplication.translate("cli", "FOLDER"),
        help=QCoreApplication.translate(
            "cli", "the folder to list (default: the one set in Settings)"
        ),
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=QCoreApplication.translate(
            "cli",
            "replace the database with a backup (the current file is kept beside it; "
            "the restored database gets a new id)",
        ),
    )
    restore.add_argument(
        "file",
        metavar=QCoreApplication.translate("cli", "FILE"),
        help=QCoreApplication.translate("cli", "the backup file to restore"),
    )
    restore.add_argument(
        "--yes",
        action="store_true",
        help=QCoreApplication.translate("cli", "do not ask for confirmation"),
    )


def dispatch(args: argparse.Namespace) -> int:
    try:
        if args.command == "backup":
            return _backup(args.db, args.to)
        if args.command == "backups":
            return _list(args.db, args.dir)
        return _restore(args, Path(args.file), args.yes)
    except BackupError as error:
        print(backup_texts.message(error), file=sys.stderr)
        return 1


def _backup(db_arg: str | None, to: str | None) -> int:
    from desktop.services.startup import open_database

    opened = open_database(db_arg)
    try:
        db = opened.db
        folder = Path(to) if to else backups.backup_folder(db)
        for warning in backups.space_warnings(db, folder):
            print(backup_texts.space_warning(warning), file=sys.stderr)
        path = backups.take_backup(db, SystemClock().now(), folder, backups.keep_count(db))
    finally:
        opened.db.dispose()
    print(QCoreApplication.translate("cli", "Backup written: %1").replace("%1", str(path)))
    return 0


def _folder_of(db_arg: str | None) -> Path:
    """The backup folder set for the database (the default one when it has no file yet)."""
    from desktop.services.startup import open_database

    location = db_arg or default_db_path()
    if "://" not in str(location):
        path = Path(location)
        if not path.is_file() or path.stat().st_size == 0:
            return backups.default_folder()
    opened = open_database(db_arg)
    try:
        return backups.backup_folder(opened.db)
    finally:
        opened.db.dispose()


def _list(db_arg: str | None, folder_arg: str | None) -> int:
    folder = Path(folder_arg) if folder_arg else _folder_of(db_arg)
    found = backups.backups_in(folder)
    print(QCoreApplication.translate("cli", "Backups in %1:").replace("%1", str(folder)))
    language = current_language()
    for path in found:
        try:
            info = backups.describe(path)
        except BackupError as error:
            print(f"!  {path.name}: {backup_texts.message(error)}")
            continue
        households = QCoreApplication.translate("cli", "households: %1").replace(
            "%1", str(info.households)
        )
        certificate = QCoreApplication.translate("cli", "last certificate: %1").replace(
            "%1", info.last_certificate or "—"
        )
        when = backup_texts.when_text(info.taken_at, language) if info.taken_at else "—"
        print(
            f"{when:<18} "
            f"{backup_texts.size_text(info.size):>10}  {households}  {certificate}  {path.name}"
        )
    if not found:
        print(QCoreApplication.translate("cli", "No backups."))
    return 0


def _restore(args: argparse.Namespace, file: Path, yes: bool) -> int:
    from desktop import cli_login

    location = str(args.db or default_db_path())
    if "://" in location:
        raise BackupError("server", location)
    database = Path(location).expanduser().resolve()
    info = backups.verify_backup(file)
    now = SystemClock().now()
    actor = cli_login.restoring(args, database, file, now)  # before anything is asked
    for caption, value in backup_texts.preview(info, current_language()):
        print(f"{caption}: {value}")
    if not yes:
        question = QCoreApplication.translate(
            "cli", "Replace the database %1 with this backup? Type yes to go on: "
        ).replace("%1", str(database))
        try:
            answer = input(question)
        except EOFError:  # nobody to ask (a script): not confirmed
            answer = ""
        if answer.strip().lower() not in ("yes", "y", "иә", "да"):
            print(QCoreApplication.translate("cli", "Nothing was changed."))
            return 1
    result = backups.restore(database, file, actor, now)
    print(QCoreApplication.translate("cli", "Restored into %1.").replace("%1", str(database)))
    if result.safety_copy is not None:
        print(
            QCoreApplication.translate("cli", "The replaced file is kept as %1.").replace(
                "%1", str(result.safety_copy)
            )
        )
    return 0
