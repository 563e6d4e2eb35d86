"""The `auyl-desk` command: starts the program, and the administrator's subcommands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict

from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import Translations, language_from_environment


def parser() -> argparse.ArgumentParser:
    db_help = QCoreApplication.translate(
        "cli", "database: a SQLite file path or a SQLAlchemy URL (default: the user's data folder)"
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", help=db_help, default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="auyl-desk",
        description=QCoreApplication.translate(
            "cli",
            "Auyl Desk: household book, queue, applications and certificates "
            "of a village akim office.",
        ),
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help=db_help, default=None)
    commands = parser.add_subparsers(
        dest="command", metavar=QCoreApplication.translate("cli", "COMMAND")
    )
    commands.add_parser(
        "gui",
        parents=[common],
        help=QCoreApplication.translate("cli", "start the program (the default)"),
    )
    offices = commands.add_parser(
        "offices",
        parents=[common],
        help=QCoreApplication.translate("cli", "list the akim offices of the reference data"),
    )
    offices.add_argument(
        "--district",
        metavar=QCoreApplication.translate("cli", "TEXT"),
        default="",
        help=QCoreApplication.translate(
            "cli", "only offices of a city or district whose name contains TEXT"
        ),
    )
    offices.add_argument(
        "--json",
        action="store_true",
        help=QCoreApplication.translate("cli", "print JSON instead of a table"),
    )
    commands.add_parser(
        "check",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "check the database file and that its schema is current (exit status 0 if so)"
        ),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        from desktop.ui.app import run

        return run(argv)
    if QCoreApplication.instance() is None:
        QCoreApplication(sys.argv[:1])
    translate_for_environment()
    args = parser().parse_args(argv)
    if args.command == "offices":
        return _offices(args.db, args.district, args.json)
    return _check(args.db)


def _wants_gui(argv: list[str]) -> bool:
    """No subcommand (or `gui`), and no request for help."""
    if "-h" in argv or "--help" in argv:
        return False
    rest: list[str] = []
    skip_value = False
    for arg in argv:
        if skip_value:
            skip_value = False
        elif arg == "--db":
            skip_value = True
        elif not arg.startswith("--db="):
            rest.append(arg)
    return not rest or rest[0] == "gui"


def translate_for_environment() -> None:
    """Command-line texts in the machine's language (Kazakh, Russian) or English."""
    language = language_from_environment(dict(os.environ))
    if language:
        Translations().switch(language)


def _offices(db_arg: str | None, district: str, as_json: bool) -> int:
    from desktop.services import reference
    from desktop.services.startup import open_database

    opened = open_database(db_arg)
    try:
        rows = reference.find_offices(opened.db, district=district or None)
    finally:
        opened.db.dispose()
    if as_json:
        items = []
        for row in rows:
            item = asdict(row)
            item["district_code"] = item.pop("district")
            item["district"] = item.pop("district_kk")
            items.append(item)
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        mark = " !" if row.flags else ""
        print(f"{row.number:>3}  {row.name:<45}  {row.district_kk:<22} {row.postal_code}{mark}")
    print(QCoreApplication.translate("cli", "%n office(s)", None, len(rows)))
    return 0


def _check(db_arg: str | None) -> int:
    from desktop.services.health import check_database

    labels = {
        "file": QCoreApplication.translate("cli", "database file"),
        "quick_check": QCoreApplication.translate("cli", "integrity (quick_check)"),
        "foreign_key_check": QCoreApplication.translate(
            "cli", "broken references (foreign_key_check)"
        ),
        "schema": QCoreApplication.translate("cli", "schema revision (found / current)"),
    }
    report = check_database(db_arg)
    print(QCoreApplication.translate("cli", "Database: %1").replace("%1", report.location))
    for check in report.checks:
        status = (
            QCoreApplication.translate("cli", "ok")
            if check.passed
            else QCoreApplication.translate("cli", "FAILED")
        )
        print(f"{status:<8} {labels[check.name]}: {check.detail}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
