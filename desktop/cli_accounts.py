"""`auyl-desk accounts list|add|unlock|disable|enable`: who may log in, from the command line
(the window's Settings > Accounts), for the district IT person setting up an office or the
district's database.

Each command is an administrator's ("accounts.manage"), logged in with --login
(desktop/cli_login.py), through the accounts service as in the window. On the district's
database before anyone has an account, `accounts add --role administrator` makes its first
administrator, by the program itself, as `setup` does for an office
(desktop.services.accounts.set_up_district). The new account's password is read from a file,
never given on the command line nor printed. Exit status 0 when done, 2 when something given
cannot be used (nothing is saved then) or the login may not do it.
"""

from __future__ import annotations

import argparse
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop import cli_login
from desktop.cli_errors import Parser, Refused
from desktop.cli_setup import DEFAULT_POSITION, person
from desktop.core import roles

if TYPE_CHECKING:
    from db.engine import Database
    from desktop.services.office import ClerkData


def add_parser(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    accounts = commands.add_parser(
        "accounts",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "the accounts that log in: list, add, unlock, disable (administrator)"
        ),
    )
    account_commands = accounts.add_subparsers(
        dest="accounts_command", metavar=QCoreApplication.translate("cli", "COMMAND"), required=True
    )
    account_commands.add_parser(
        "list",
        parents=[common],
        help=QCoreApplication.translate("cli", "every account: login, role, name, state"),
    )
    add = account_commands.add_parser(
        "add",
        parents=[common],
        help=QCoreApplication.translate(
            "cli",
            "a new person with an account (on the district's database with no account yet: "
            "its first administrator)",
        ),
    )
    add.add_argument(
        "--role",
        choices=roles.ROLES,
        required=True,
        help=QCoreApplication.translate("cli", "what the account may do"),
    )
    add.add_argument(
        "--name",
        metavar=QCoreApplication.translate("cli", "NAME"),
        required=True,
        help=QCoreApplication.translate("cli", 'the full name: "Surname Name Patronymic"'),
    )
    add.add_argument(
        "--position",
        metavar=QCoreApplication.translate("cli", "TEXT"),
        default=None,
        help=QCoreApplication.translate(
            "cli", "the position as printed on papers (default: маман, әкім or әкімші by the role)"
        ),
    )
    add.add_argument(
        "--new-login",
        metavar=QCoreApplication.translate("cli", "LOGIN"),
        required=True,
        help=QCoreApplication.translate("cli", "the new account's login name"),
    )
    add.add_argument(
        "--new-password-file",
        metavar=QCoreApplication.translate("cli", "FILE"),
        required=True,
        help=QCoreApplication.translate(
            "cli", "a file holding the new account's password (not the password itself)"
        ),
    )
    for name, text in (
        ("unlock", QCoreApplication.translate("cli", "lift the lock failed logins put on it")),
        ("disable", QCoreApplication.translate("cli", "no more logins with it")),
        ("enable", QCoreApplication.translate("cli", "allow logins with it again")),
    ):
        one = account_commands.add_parser(name, parents=[common], help=text)
        one.add_argument(
            "account",
            metavar=QCoreApplication.translate("cli", "LOGIN"),
            help=QCoreApplication.translate("cli", "the account's login name"),
        )


def run(args: argparse.Namespace) -> int:
    from desktop.core.clock import SystemClock
    from desktop.services import accounts
    from desktop.services.startup import open_database

    opened = open_database(args.db)
    db = opened.db
    now = SystemClock().now()
    try:
        if args.accounts_command == "add" and not accounts.has_accounts(db):
            return _first_administrator(args, db)
        actor = cli_login.acting(args, db, "accounts.manage", now)
        if args.accounts_command == "list":
            return _list(db, now)
        if args.accounts_command == "add":
            accounts.create_account(
                db,
                _person(args),
                args.new_login,
                args.role,
                cli_login.password_file(args.new_password_file),
                actor,
                _office_number(db),
            )
            return _added(args)
        account_id = _account_id(db, args.account, now)
        if args.accounts_command == "unlock":
            accounts.unlock(db, account_id, actor)
            done = QCoreApplication.translate("cli", "Account %1 is unlocked.")
        elif args.accounts_command == "disable":
            accounts.disable(db, account_id, actor, now)
            done = QCoreApplication.translate("cli", "Account %1 is disabled.")
        else:
            accounts.enable(db, account_id, actor)
            done = QCoreApplication.translate("cli", "Account %1 is enabled.")
    finally:
        db.dispose()
    print(done.replace("%1", accounts.fold_login(args.account)))
    return 0


def _first_administrator(args: argparse.Namespace, db: Database) -> int:
    """The district's database with no account yet: its first administrator, by the program."""
    from desktop.services import accounts

    if args.role != roles.ADMINISTRATOR:
        raise Refused(
            QCoreApplication.translate(
                "cli",
                "This database has no account yet: its first account is an administrator's "
                "(--role administrator).",
            )
        )
    person = _person(args)
    password = cli_login.password_file(args.new_password_file)
    try:
        accounts.set_up_district(db, person, args.new_login, password)
    except accounts.NotDistrict:
        raise Refused(
            QCoreApplication.translate(
                "cli",
                "This database has no account yet and is not the district's: set the office up "
                "with `auyl-desk setup` (its clerk and administrator), or make it the district's "
                "with `auyl-desk sync district` first.",
            )
        ) from None
    return _added(args)


def _person(args: argparse.Namespace) -> ClerkData:
    """The new account's person from --name and --position (or the role's position)."""
    from desktop.services.office import SetupError

    given = person(args.name, args.position or _position(args.role))
    if given is None:
        raise Refused(
            QCoreApplication.translate("cli", 'Give the name as "Surname Name Patronymic".')
        )
    try:
        return given.validated()
    except SetupError:  # the name's words are there: the position is empty
        raise Refused(
            QCoreApplication.translate(
                "cli", "Give the position as printed on papers: --position TEXT."
            )
        ) from None


def _position(role: str) -> str:
    """What is printed under the name on papers when --position is not given (Kazakh, like the
    papers): the akim, the administrator, else a specialist."""
    from desktop.services import accounts

    positions = {roles.AKIM: "әкім", roles.ADMINISTRATOR: accounts.ADMIN_TITLE.lower()}
    return positions.get(role, DEFAULT_POSITION)


def _office_number(db: Database) -> int:
    """The office the new staff record belongs to: this office, or none at the district."""
    from desktop.services import accounts, office

    place = office.workplace(db)
    return accounts.DISTRICT_STAFF_OFFICE if place is None else place.office.number


def _added(args: argparse.Namespace) -> int:
    from desktop.services import accounts

    print(
        QCoreApplication.translate("cli", "Account %1 added, role %2.")
        .replace("%1", accounts.fold_login(args.new_login))
        .replace("%2", args.role)
    )
    return 0


def _account_id(db: Database, login: str, now: datetime) -> uuid.UUID:
    from desktop.services import accounts

    folded = accounts.fold_login(login)
    for row in accounts.accounts(db, now):
        if row.login == folded:
            return row.id
    raise Refused(
        QCoreApplication.translate("cli", "There is no account %1.").replace("%1", folded)
    )


def _list(db: Database, now: datetime) -> int:
    from desktop.core.localtime import naive_local
    from desktop.services import accounts

    login = QCoreApplication.translate("cli", "Login")
    role = QCoreApplication.translate("cli", "Role")
    name = QCoreApplication.translate("cli", "Name")
    state = QCoreApplication.translate("cli", "State")
    print(f"{login:<20}  {role:<18}  {name:<36}  {state}")
    for row in accounts.accounts(db, now):
        if row.disabled:
            shown = QCoreApplication.translate("cli", "disabled")
        elif row.locked_until is not None:
            shown = QCoreApplication.translate("cli", "locked until %1").replace(
                "%1", naive_local(row.locked_until).strftime("%H:%M")
            )
        else:
            shown = QCoreApplication.translate("cli", "can log in")
        print(f"{row.login:<20}  {row.role:<18}  {row.full_name:<36}  {shown}")
    return 0
