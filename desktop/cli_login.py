"""Who acts on the command line: the account the person logs in with, as in the window.

A command that changes data or reveals keys acts as an account: `--login NAME`, the password
read from `--password-file FILE` (a file may end with a newline) or, when the standard input
is a terminal, asked without echo; never a command-line argument. The login is the accounts
service's (desktop.services.accounts.log_in): the same lockout counting, the same refusal that
never says which of name, password or lock was wrong, the same audited login; then the role
matrix applies as in the window (desktop.core.roles).

A database with no account yet has nobody to log in (before the first-run setup, or a
district's database before `accounts add` makes its first administrator): there the program
itself acts, as the first-run setup does. Commands that only read take no login, but for the
audit trail and the list of accounts (who did what, who may log in: an administrator's).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.cli_errors import Parser, Refused
from desktop.core.actor import SYSTEM, Actor

if TYPE_CHECKING:
    from db.engine import Database


def add_arguments(common: Parser) -> None:
    """--login and --password-file, on every command (the commands that write use them)."""
    common.add_argument(
        "--login",
        metavar=QCoreApplication.translate("cli", "LOGIN"),
        default=argparse.SUPPRESS,
        help=QCoreApplication.translate(
            "cli", "the account that acts (commands that change data or reveal keys)"
        ),
    )
    common.add_argument(
        "--password-file",
        metavar=QCoreApplication.translate("cli", "FILE"),
        default=argparse.SUPPRESS,
        help=QCoreApplication.translate(
            "cli", "a file holding the password of --login (else it is asked on the terminal)"
        ),
    )


def read_password(path: str) -> str | None:
    """The password in a file, without the newline it may end with; None if unreadable."""
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return text.removesuffix("\n").removesuffix("\r")


def password_file(path: str) -> str:
    """The password in the file `path` (read_password), refused when it cannot be read."""
    found = read_password(path)
    if found is None:
        raise Refused(
            QCoreApplication.translate("cli", "Cannot read the password file %1.").replace(
                "%1", path
            )
        )
    return found


def password(args: argparse.Namespace) -> str:
    """The password of --login: from --password-file, or asked on the terminal (no echo)."""
    path = getattr(args, "password_file", None)
    if path:
        return password_file(path)
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(
            QCoreApplication.translate("cli", "Password of %1: ").replace("%1", args.login)
        )
    raise Refused(
        QCoreApplication.translate(
            "cli",
            "No terminal to ask the password on: give it in a file with --password-file FILE.",
        )
    )


def acting(args: argparse.Namespace, db: Database, action: str, now: datetime) -> Actor:
    """The account logged in with --login (refused unless its role may do `action`); the
    program itself on a database that has no account yet."""
    from desktop.services import accounts
    from desktop.services.access import require

    login = getattr(args, "login", None)
    if not login:
        if not accounts.has_accounts(db):
            return SYSTEM
        raise Refused(
            QCoreApplication.translate(
                "cli", "This command changes data or reveals keys: log in with --login LOGIN."
            )
        )
    actor = accounts.log_in(db, login, password(args), now)
    require(actor, action)
    return actor


def restoring(args: argparse.Namespace, database: Path, backup: Path, now: datetime) -> Actor:
    """Who restores `backup` over `database`: logged in to the database when it opens; when
    it cannot be opened (damaged, missing: no one can log in to it), logged in with an account
    of the backup itself (desktop.services.accounts.log_in_to_copy)."""
    from desktop.services import accounts
    from desktop.services.file_check import DatabaseProblem
    from desktop.services.startup import open_database

    if database.is_file() and database.stat().st_size > 0:
        try:
            opened = open_database(database)
        except DatabaseProblem:
            pass
        else:
            try:
                return acting(args, opened.db, "backup.restore", now)
            finally:
                opened.db.dispose()
    login = getattr(args, "login", None)
    if not login:
        raise Refused(
            QCoreApplication.translate(
                "cli",
                "The database cannot be opened: log in with an administrator's account of the "
                "backup (--login LOGIN).",
            )
        )
    return accounts.log_in_to_copy(backup, login, password(args), now)
