"""`auyl-desk keys show` and `keys rekey`: this office's signing key, for the district IT person.

`show` (no login: it only reads) prints the office's key on this computer against the
fingerprint the database keeps, and every key of the office with its revocation; exit status 0
when the key signs, 1 when it does not (missing, replaced by another key, revoked).
`rekey --reason TEXT` makes a new key on purpose and revokes the office's keys in force from
this moment (desktop/services/keys.py); an administrator logs in for it (desktop/cli_login.py).
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop import cli_login
from desktop.cli_errors import Parser
from desktop.core.clock import SystemClock
from desktop.core.localtime import naive_local


def add_parser(commands: Any, common: Parser) -> None:
    keys = commands.add_parser(
        "keys",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "this office's signing key: show it, or make a new one"
        ),
    )
    key_commands = keys.add_subparsers(
        dest="keys_command", metavar=QCoreApplication.translate("cli", "COMMAND"), required=True
    )
    key_commands.add_parser(
        "show",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "the key on this computer against the database (exit status 0 if it signs)"
        ),
    )
    rekey = key_commands.add_parser(
        "rekey",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "make a new key and revoke the office's keys in force from now (administrator)"
        ),
    )
    rekey.add_argument(
        "--reason",
        required=True,
        metavar=QCoreApplication.translate("cli", "TEXT"),
        help=QCoreApplication.translate(
            "cli", "why the key is replaced (kept with the revocation)"
        ),
    )


def run(args: argparse.Namespace) -> int:
    from desktop.services import keys, office
    from desktop.services.startup import open_database

    opened = open_database(getattr(args, "db", None))
    db = opened.db
    try:
        place = office.workplace(db)
        if place is None:
            print(
                QCoreApplication.translate(
                    "cli", "The akim office is not set up yet: run the first start first."
                )
            )
            return 2
        number = place.office.number
        if args.keys_command == "rekey":
            now = SystemClock().now()
            actor = cli_login.acting(args, db, "keys.manage", now)
            kid = keys.rekey(db, number, args.reason, actor, now)
            print(
                QCoreApplication.translate(
                    "cli", "New key %1 made; the office's earlier keys are revoked from now."
                ).replace("%1", kid)
            )
        state = keys.key_state(db, number)
        rows = [k for k in keys.known_keys(db) if k.office_number == number]
    finally:
        db.dispose()
    statuses = {
        "ok": QCoreApplication.translate("cli", "signs"),
        "no_key": QCoreApplication.translate(
            "cli", "MISSING: no readable key file on this computer"
        ),
        "key_replaced": QCoreApplication.translate(
            "cli",
            "REPLACED: the key file is not the office's key; nothing is signed until an "
            "administrator runs `auyl-desk keys rekey`",
        ),
        "revoked_key": QCoreApplication.translate(
            "cli", "REVOKED: make a new key with `auyl-desk keys rekey`"
        ),
    }
    lines = (
        (QCoreApplication.translate("cli", "Office"), str(number)),
        (QCoreApplication.translate("cli", "Key file"), str(state.path)),
        (QCoreApplication.translate("cli", "Key id"), state.key_id or "-"),
        (QCoreApplication.translate("cli", "Fingerprint of the file"), state.fingerprint or "-"),
        (
            QCoreApplication.translate("cli", "Fingerprint in the database"),
            state.stored_fingerprint or "-",
        ),
        (QCoreApplication.translate("cli", "State"), statuses.get(state.status, state.status)),
    )
    for caption, value in lines:
        print(f"{caption}: {value}")
    since_word = QCoreApplication.translate("cli", "from")
    revoked_word = QCoreApplication.translate("cli", "revoked")
    for row in rows:
        since = naive_local(row.valid_from).strftime("%Y-%m-%d %H:%M")
        line = f"  {row.key_id}  {since_word} {since}"
        if row.revoked_at is not None:
            revoked = naive_local(row.revoked_at).strftime("%Y-%m-%d %H:%M")
            line += f"  {revoked_word} {revoked}: {row.revoke_reason}"
        print(line)
    return 0 if state.ok else 1
