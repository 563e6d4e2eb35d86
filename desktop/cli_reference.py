"""`auyl-desk reference reception DISTRICT [--slots FILE.json]`: the reception schedule of a
city/district akim's office, shown as JSON or replaced (an administrator's, "reference.edit").

At the district this is how a changed schedule reaches the offices: it is kept over a reload
of the reference files, and every answer written for an office of that district carries it
(desktop.services.sync_return). The file holds a JSON list of slots in the form of
resources/reference/district_akimats.json's "reception" (who, deputy_no, plural, recurrence,
weekday, nth, time_from, time_to, source). Exit status 0 when done, 2 when the district is
unknown, the file cannot be used (nothing is saved then) or the login may not do it.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop import cli_login
from desktop.cli_errors import Parser, Refused


def add_parser(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    reference = commands.add_parser(
        "reference",
        parents=[common],
        help=QCoreApplication.translate("cli", "reference data kept by the district"),
    )
    reference_commands = reference.add_subparsers(
        dest="reference_command",
        metavar=QCoreApplication.translate("cli", "COMMAND"),
        required=True,
    )
    reception = reference_commands.add_parser(
        "reception",
        parents=[common],
        help=QCoreApplication.translate(
            "cli",
            "a city/district akim's reception schedule: shown as JSON, or replaced with --slots "
            "(administrator)",
        ),
    )
    reception.add_argument(
        "district",
        metavar=QCoreApplication.translate("cli", "DISTRICT"),
        help=QCoreApplication.translate("cli", "the city/district code, as in `offices`"),
    )
    reception.add_argument(
        "--slots",
        metavar=QCoreApplication.translate("cli", "FILE"),
        help=QCoreApplication.translate(
            "cli", "a JSON file with the new schedule's slots (a list, as the reference files)"
        ),
    )


def _slots(path: str) -> list[Any]:
    try:
        slots = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise Refused(
            QCoreApplication.translate("cli", "The file %1 cannot be read as JSON: %2")
            .replace("%1", path)
            .replace("%2", str(error))
        ) from error
    if not isinstance(slots, list):
        raise Refused(
            QCoreApplication.translate("cli", "The file %1 must hold a list of slots.").replace(
                "%1", path
            )
        )
    return slots


def run(args: argparse.Namespace) -> int:
    from desktop.core.clock import SystemClock
    from desktop.services import reference
    from desktop.services.startup import open_database

    opened = open_database(args.db)
    db = opened.db
    try:
        if args.slots is None:
            akimat = reference.district_akimat(db, args.district)
            if akimat is None:
                raise Refused(_unknown(args.district))
            slots = [asdict(slot) for slot in akimat.reception]
            print(json.dumps(slots, ensure_ascii=False, indent=1))
            return 0
        new = _slots(args.slots)
        actor = cli_login.acting(args, db, "reference.edit", SystemClock().now())
        try:
            changed = reference.set_reception(db, args.district, new, actor)
        except LookupError as error:
            raise Refused(_unknown(args.district)) from error
        except ValueError as error:
            raise Refused(
                QCoreApplication.translate("cli", "The schedule cannot be used: %1").replace(
                    "%1", str(error)
                )
            ) from error
    finally:
        db.dispose()
    print(
        QCoreApplication.translate(
            "cli", "The reception schedule of %1 is saved; the next answers carry it."
        ).replace("%1", args.district)
        if changed
        else QCoreApplication.translate(
            "cli", "The reception schedule of %1 is unchanged."
        ).replace("%1", args.district)
    )
    return 0


def _unknown(district: str) -> str:
    return QCoreApplication.translate("cli", "No city/district %1 is known here.").replace(
        "%1", district
    )
