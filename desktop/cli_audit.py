"""`auyl-desk audit verify` and `audit list`: the audit trail from the command line.

`verify` walks the whole chain: exit status 0 when it is intact, 1 naming the first entry
altered, removed or out of order, 2 when the database cannot be opened. `list` prints the
entries, newest first, filtered like the administrator's view (times office-local).

Both are an administrator's ("audit.read"), logged in with --login (desktop/cli_login.py), as
the trail is in the window. `verify --expect` (the latest entry a sync package carried) runs
on the office's own database, where the district IT person logs in with the office's
administrator account that they made at its setup; a district operator's account lives in
the district's database, not the office's, so giving that role the office's trail would not
help it and would show it who did what at the office.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import current_language


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """`audit verify` and `audit list` under `commands` (the main parser's subcommands)."""
    audit = commands.add_parser(
        "audit",
        help=QCoreApplication.translate("cli", "the audit log: verify its chain, list entries"),
    )
    audit_commands = audit.add_subparsers(
        dest="audit_command", metavar=QCoreApplication.translate("cli", "COMMAND"), required=True
    )
    verify = audit_commands.add_parser(
        "verify",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "check that no entry was altered, removed or reordered (exit status 0 if intact)"
        ),
    )
    verify.add_argument(
        "--expect",
        metavar="ID:HASH",
        type=_known,
        default=None,
        help=QCoreApplication.translate(
            "cli", "an entry recorded elsewhere (a sync package's latest hash) that must be there"
        ),
    )
    listing = audit_commands.add_parser(
        "list",
        parents=[common],
        help=QCoreApplication.translate("cli", "list entries, newest first"),
    )
    listing.add_argument(
        "--kind", default="", help=QCoreApplication.translate("cli", "only entries of this kind")
    )
    for flag, text in (
        ("--from", QCoreApplication.translate("cli", "from this date (YYYY-MM-DD, office time)")),
        ("--to", QCoreApplication.translate("cli", "up to this date, inclusive (YYYY-MM-DD)")),
    ):
        listing.add_argument(flag, type=date.fromisoformat, default=None, help=text)
    listing.add_argument(
        "--who",
        default="",
        help=QCoreApplication.translate("cli", "a staff member's id or part of the name"),
    )
    listing.add_argument(
        "--text", default="", help=QCoreApplication.translate("cli", "a part of what was recorded")
    )
    listing.add_argument(
        "--limit",
        type=int,
        default=100,
        help=QCoreApplication.translate("cli", "at most this many entries (default 100)"),
    )
    listing.add_argument(
        "--json", action="store_true", help=QCoreApplication.translate("cli", "print JSON")
    )


def _known(text: str) -> tuple[int, str]:
    number, _, digest = text.partition(":")
    if not number.isdigit() or len(digest) != 64:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli", "give the entry as NUMBER:HASH (64 hex digits)")
        )
    return int(number), digest.lower()


def run(args: argparse.Namespace) -> int:
    from desktop import cli_login
    from desktop.core.clock import SystemClock
    from desktop.services.startup import open_database

    opened = open_database(args.db)
    try:
        # the trail names who did what: the administrator's, as its view in the window
        cli_login.acting(args, opened.db, "audit.read", SystemClock().now())
        if args.audit_command == "verify":
            return _verify(opened.db, args.expect)
        return _list(opened.db, args)
    finally:
        opened.db.dispose()


def _verify(db: Any, known: tuple[int, str] | None) -> int:
    from desktop.services import audit
    from desktop.ui.audit_texts import verdict_text

    verdict = audit.verify(db, known=known)
    print(verdict_text(verdict), file=sys.stdout if verdict.intact else sys.stderr)
    return 0 if verdict.intact else 1


def _list(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import audit
    from desktop.ui.audit_texts import AuditWords, kind_label, moment, table_label

    since, until = audit.period(getattr(args, "from"), args.to)
    filters = audit.AuditFilter(args.kind, since, until, args.who, args.text)
    rows = audit.list_entries(db, filters, limit=max(1, args.limit))
    if args.json:
        items = [
            {
                "id": r.id,
                "at": r.at.isoformat(),
                "actor_id": str(r.actor_id),
                "actor": r.actor_name,
                "kind": r.kind,
                "table": r.table_name,
                "record_id": r.record_id,
                "subject": r.subject,
                "before": r.before,
                "after": r.after,
            }
            for r in rows
        ]
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    language = current_language() or "en"
    words = AuditWords()
    for r in rows:
        parts = (table_label(r.table_name), r.record_id, words.subject(r))
        what = " ".join(p for p in parts if p)
        print(f"{r.id:>7}  {moment(r, language)}  {r.actor_name:<20}  {kind_label(r.kind)}  {what}")
    return 0
