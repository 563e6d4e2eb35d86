"""`auyl-desk setup`: the first-run setup from the command line (the district IT person
setting up twenty PCs): the office, its first clerk with an account, and the administrator.

Passwords are read from files (never from the command line, never printed); a file may end
with a newline. The exit status is 0 when the office is set up, 2 when something given
cannot be used (nothing is saved then) or the office is set up already.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.cli_errors import Parser
from desktop.cli_login import read_password

if TYPE_CHECKING:
    from desktop.services.accounts import AccountError
    from desktop.services.office import ClerkData

DEFAULT_POSITION = "маман"  # "specialist", printed under the clerk's name on papers


def add_parser(
    commands: argparse._SubParsersAction[Parser],
    common: Parser,
) -> None:
    setup = commands.add_parser(
        "setup",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "set up this computer's akim office, its first clerk and the administrator"
        ),
    )
    setup.add_argument(
        "--office",
        metavar="N",
        type=int,
        required=True,
        help=QCoreApplication.translate("cli", "the akim office's number"),
    )
    setup.add_argument(
        "--clerk",
        metavar=QCoreApplication.translate("cli", "NAME"),
        required=True,
        help=QCoreApplication.translate("cli", 'the clerk\'s full name: "Surname Name Patronymic"'),
    )
    setup.add_argument(
        "--clerk-position",
        metavar=QCoreApplication.translate("cli", "TEXT"),
        default=DEFAULT_POSITION,
        help=QCoreApplication.translate(
            "cli", "the clerk's position as printed on papers (default: маман)"
        ),
    )
    setup.add_argument(
        "--clerk-login",
        metavar=QCoreApplication.translate("cli", "LOGIN"),
        required=True,
        help=QCoreApplication.translate("cli", "the clerk's login name"),
    )
    for who, text in (
        (
            "clerk",
            QCoreApplication.translate(
                "cli", "a file holding the clerk's password (not the password itself)"
            ),
        ),
        ("admin", QCoreApplication.translate("cli", "a file holding the administrator's password")),
    ):
        setup.add_argument(
            f"--{who}-password-file",
            metavar=QCoreApplication.translate("cli", "FILE"),
            required=True,
            help=text,
        )
    setup.add_argument(
        "--admin-login",
        metavar=QCoreApplication.translate("cli", "LOGIN"),
        default="admin",
        help=QCoreApplication.translate("cli", "the administrator's login name (default: admin)"),
    )
    setup.add_argument(
        "--admin-name",
        metavar=QCoreApplication.translate("cli", "NAME"),
        default="",
        help=QCoreApplication.translate(
            "cli", 'the administrator\'s name as shown in the history: "Surname Name"'
        ),
    )


def person(full_name: str, position: str) -> ClerkData | None:
    """A person named on the command line: "Surname Name Patronymic" (or "Surname Name"), with
    their position; None when the name is not two or three words."""
    from desktop.services.office import ClerkData

    words = full_name.split()
    if not 2 <= len(words) <= 3:
        return None
    surname, name, patronymic = (*words, "")[:3]
    return ClerkData(surname, name, patronymic, position, "")


def _error(text: str) -> int:
    print(text, file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from desktop.core.clock import SystemClock
    from desktop.services import accounts
    from desktop.services.office import SetupError
    from desktop.services.startup import open_database

    clerk = person(args.clerk, args.clerk_position)
    if clerk is None:
        return _error(
            QCoreApplication.translate(
                "cli", 'Give the clerk\'s name as "Surname Name Patronymic".'
            )
        )
    passwords = {}
    for who in ("clerk", "admin"):
        path = getattr(args, f"{who}_password_file")
        password = read_password(path)
        if password is None:
            return _error(
                QCoreApplication.translate("cli", "Cannot read the password file %1.").replace(
                    "%1", path
                )
            )
        passwords[who] = password
    administrator = accounts.administrator(args.admin_login, args.admin_name)
    opened = open_database(args.db)
    try:
        accounts.set_up(
            opened.db,
            args.office,
            clerk,
            args.clerk_login,
            passwords["clerk"],
            administrator,
            args.admin_login,
            passwords["admin"],
            SystemClock().now(),
        )
    except accounts.AlreadySetUp:
        return _error(
            QCoreApplication.translate(
                "cli",
                "This database is set up already. An administrator adds people in the program "
                "(Settings, Accounts).",
            )
        )
    except SetupError as error:
        if error.field == "office":
            return _error(
                QCoreApplication.translate("cli", "There is no akim office number %1.").replace(
                    "%1", str(args.office)
                )
            )
        return _error(
            QCoreApplication.translate(
                "cli", 'Give the clerk\'s name as "Surname Name Patronymic".'
            )
        )
    except accounts.AccountError as error:
        return _error(_account_problem(error))
    finally:
        opened.db.dispose()
    print(
        QCoreApplication.translate("cli", "Akim office %1 is set up. Administrator: %2; clerk: %3.")
        .replace("%1", str(args.office))
        .replace("%2", accounts.fold_login(args.admin_login))
        .replace("%3", accounts.fold_login(args.clerk_login))
    )
    return 0


def _account_problem(error: AccountError) -> str:
    from desktop.services import accounts

    if error.field == "password":
        return (
            QCoreApplication.translate("cli", "A password must have %1 to %2 characters.")
            .replace("%1", str(accounts.MIN_PASSWORD_LENGTH))
            .replace("%2", str(accounts.MAX_PASSWORD_LENGTH))
        )
    if error.reason == "taken":
        return QCoreApplication.translate(
            "cli", "The clerk and the administrator need different login names."
        )
    return QCoreApplication.translate(
        "cli", "A login name is one word of up to %1 letters, digits or signs."
    ).replace("%1", str(accounts.MAX_LOGIN_LENGTH))
