"""`auyl-desk sync ...`: the USB exchange with the district from the command line.

    sync status                              where this database stands in the exchange
    sync export --out DIR [--full]           the village's package (changes since acknowledged)
    sync import PACKAGE... [--dry-run]       at the district: villages' packages (report first);
                                             in a village: the district's return package
    sync return --office N --out DIR         at the district: the package back to office N
    sync conflicts / sync resolve ID CHOICE  at the district: records changed at both ends
    sync district --number N --name NAME     make this installation the district's
    sync keys show | export-enrollment --out FILE | import-enrollment FILE --fingerprint DIGITS
              | revoke KEY_ID --reason TEXT

Every command but `status`, `conflicts` and `keys show` (which only read) acts as the account
given with --login (desktop/cli_login.py), and the role matrix applies: importing villages'
packages, answers and conflicts are the district operator's; enrollment and revocation an
administrator's or the district operator's.

Exit status: 0 done, 1 a package or key was refused (or a package is held), 2 unusable input
(a refused login among them).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.cli_errors import Parser


def register(commands: Any, common: Parser) -> None:
    """The `sync` command and its subcommands, on the program's parser."""
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help=QCoreApplication.translate("SyncCli", "USB exchange with the district"),
    )
    sub = sync.add_subparsers(
        dest="sync_command", metavar=QCoreApplication.translate("SyncCli", "COMMAND"), required=True
    )
    sub.add_parser(
        "status",
        parents=[common],
        help=QCoreApplication.translate("SyncCli", "the last package, the counter, acknowledged"),
    )
    export = sub.add_parser(
        "export",
        parents=[common],
        help=QCoreApplication.translate("SyncCli", "write this office's package for the district"),
    )
    export.add_argument("--out", required=True, metavar="DIR", type=Path)
    export.add_argument(
        "--full",
        action="store_true",
        help=QCoreApplication.translate("SyncCli", "every record, not only the changes"),
    )
    importing = sub.add_parser(
        "import",
        parents=[common],
        help=QCoreApplication.translate("SyncCli", "take in packages (a report first)"),
    )
    importing.add_argument("packages", nargs="+", metavar="PACKAGE", type=Path)
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("SyncCli", "only report what importing would do"),
    )
    back = sub.add_parser(
        "return",
        parents=[common],
        help=QCoreApplication.translate("SyncCli", "write the district's package for an office"),
    )
    back.add_argument("--office", required=True, type=int, metavar="N")
    back.add_argument("--out", required=True, metavar="DIR", type=Path)
    sub.add_parser(
        "conflicts",
        parents=[common],
        help=QCoreApplication.translate("SyncCli", "records changed at both ends"),
    )
    resolve = sub.add_parser(
        "resolve",
        parents=[common],
        help=QCoreApplication.translate("SyncCli", "keep one version of a conflicting record"),
    )
    resolve.add_argument("conflict", type=int, metavar="ID")
    resolve.add_argument("choice", choices=("incoming", "local"))
    district = sub.add_parser(
        "district",
        parents=[common],
        help=QCoreApplication.translate("SyncCli", "make this installation the district's"),
    )
    district.add_argument("--number", required=True, type=int, metavar="N")
    district.add_argument("--name", required=True, metavar="NAME")
    keys = sub.add_parser(
        "keys", parents=[common], help=QCoreApplication.translate("SyncCli", "exchange keys")
    )
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    key_commands.add_parser("show", parents=[common])
    enrollment_out = key_commands.add_parser("export-enrollment", parents=[common])
    enrollment_out.add_argument("--out", required=True, metavar="FILE", type=Path)
    enrollment_in = key_commands.add_parser("import-enrollment", parents=[common])
    enrollment_in.add_argument("file", metavar="FILE", type=Path)
    enrollment_in.add_argument(
        "--fingerprint",
        required=True,
        metavar="DIGITS",
        help=QCoreApplication.translate(
            "SyncCli", "the fingerprint the other side read aloud from its screen"
        ),
    )
    revoke = key_commands.add_parser("revoke", parents=[common])
    revoke.add_argument("key_id", metavar="KEY_ID")
    revoke.add_argument("--reason", required=True)


# What each command does, for the role matrix (desktop/cli_login.py); the others only read.
_ACTIONS = {
    "export": "sync.exchange",
    "return": "sync.import",
    "resolve": "sync.import",
    "district": "sync.keys",
    "export-enrollment": "sync.exchange",
    "import-enrollment": "sync.keys",
    "revoke": "sync.keys",
}


def _action(args: argparse.Namespace, db: Any) -> str | None:
    """The action of the command (None: it only reads): importing is the district operator's
    at the district, the office's taking in of the district's answer in a village."""
    from desktop.services import sync_keys

    command = args.sync_command
    if command == "import":
        return "sync.import" if sync_keys.is_district(db) else "sync.exchange"
    if command == "keys":
        command = args.keys_command
    return _ACTIONS.get(command)


def run(args: argparse.Namespace) -> int:
    from desktop import cli_login
    from desktop.core.actor import SYSTEM
    from desktop.core.clock import SystemClock
    from desktop.core.sync.header import PackageError
    from desktop.services.startup import open_database
    from desktop.services.sync_import import ContentError
    from desktop.ui import sync_texts

    opened = open_database(args.db)
    db = opened.db
    now = SystemClock().now()
    try:
        action = _action(args, db)
        # a command that only reads is the program's (`keys show` makes this side's keys if
        # they are missing, as the window does); the others act as the account logged in
        actor = SYSTEM if action is None else cli_login.acting(args, db, action, now)
        return _dispatch(args, db, actor, now)
    except sync_texts.SYNC_ERRORS as error:
        print(sync_texts.describe(error), file=sys.stderr)
        return 1 if isinstance(error, PackageError | ContentError) else 2
    finally:
        db.dispose()


def _dispatch(args: argparse.Namespace, db: Any, actor: Any, now: Any) -> int:
    command = args.sync_command
    if command == "status":
        return _status(db)
    if command == "export":
        return _export(db, actor, now, args.out, args.full)
    if command == "import":
        return _import(db, actor, now, args.packages, args.dry_run)
    if command == "return":
        from desktop.services import sync_return

        path = sync_return.make_return(db, args.office, args.out, actor, now)
        print(QCoreApplication.translate("SyncCli", "Written: %1").replace("%1", str(path)))
        return 0
    if command == "conflicts":
        return _conflicts(db)
    if command == "resolve":
        from desktop.services import sync_return

        try:
            sync_return.resolve_conflict(db, args.conflict, args.choice, actor, now)
        except sync_return.ResolveError:
            print(
                QCoreApplication.translate(
                    "SyncCli", "There is no open conflict with this number."
                ),
                file=sys.stderr,
            )
            return 2
        return 0
    if command == "district":
        from desktop.services import sync_keys

        sync_keys.set_district_mode(db, args.number, args.name, actor)
        return 0
    return _keys(args, db, actor, now)


def _status(db: Any) -> int:
    from desktop.services import sync_export, sync_import, sync_keys

    me = sync_keys.side(db)
    if me.role == "district":
        print(
            QCoreApplication.translate("SyncCli", "District %1: %2")
            .replace("%1", str(me.number))
            .replace("%2", me.name)
        )
        for source in sync_import.sources(db):
            print(
                QCoreApplication.translate(
                    "SyncCli", "Office %1: changes up to %2 taken in, last package %3"
                )
                .replace("%1", str(source.office))
                .replace("%2", str(source.applied_through))
                .replace("%3", source.last_package_at.isoformat(timespec="minutes"))
            )
        for totals in sync_import.office_totals(db):
            text = (
                QCoreApplication.translate(
                    "SyncCli", "Office %1: %2 households, %3 applications, %4 complaints"
                )
                if totals.office
                else QCoreApplication.translate(
                    "SyncCli", "District: %2 households, %3 applications, %4 complaints"
                )
            )
            print(
                text.replace("%1", str(totals.office))
                .replace("%2", str(totals.households))
                .replace("%3", str(totals.applications))
                .replace("%4", str(totals.complaints))
            )
        print(
            QCoreApplication.translate("SyncCli", "Open conflicts: %1").replace(
                "%1", str(len(sync_import.open_conflicts(db)))
            )
        )
        return 0
    state = sync_export.status(db)
    print(
        QCoreApplication.translate("SyncCli", "Office %1, database %2")
        .replace("%1", str(state.office))
        .replace("%2", str(state.database_id))
    )
    print(
        QCoreApplication.translate(
            "SyncCli",
            "Change counter %1; acknowledged by the district up to %2; %3 records to send",
        )
        .replace("%1", str(state.counter))
        .replace("%2", str(state.acknowledged.through))
        .replace("%3", str(state.pending))
    )
    if state.manifest_pending:
        print(
            QCoreApplication.translate(
                "SyncCli",
                "The report's 3.3 or targets, or the akim's sign-offs, changed: the next "
                "package carries them.",
            )
        )
    if state.last_export is not None:
        print(
            QCoreApplication.translate("SyncCli", "Last package: %1 (%2)")
            .replace("%1", state.last_export_file)
            .replace("%2", state.last_export.isoformat(timespec="minutes"))
        )
    return 0


def _export(db: Any, actor: Any, now: Any, out: Path, full: bool) -> int:
    from desktop.services import sync_export

    try:
        exported = sync_export.export_package(db, out, actor, now, full=full)
    except sync_export.NothingToExport:
        print(
            QCoreApplication.translate(
                "SyncCli", "Nothing changed since the district's last acknowledgment."
            )
        )
        return 0
    print(
        QCoreApplication.translate("SyncCli", "Written and checked: %1 (%2 records, changes %3-%4)")
        .replace("%1", str(exported.path))
        .replace("%2", str(exported.rows))
        .replace("%3", str(exported.first_change))
        .replace("%4", str(exported.last_change))
    )
    return 0


def _import(db: Any, actor: Any, now: Any, packages: list[Path], dry_run: bool) -> int:
    from desktop.services import sync_import, sync_keys, sync_return
    from desktop.ui import sync_texts

    if sync_keys.side(db).role == "office":
        for path in packages:
            applied = sync_return.apply_return(db, path, actor, now)
            for text in sync_texts.answer_lines(path.name, applied, date.isoformat):
                print(text)
        return 0
    report = sync_import.import_packages(db, packages, actor, now, dry_run=dry_run)
    if dry_run:
        print(QCoreApplication.translate("SyncCli", "Dry run: nothing was written."))
    for item in report.packages:
        print(f"{item.name}: {sync_texts.status(item, dry_run)}")
        if item.gap is not None:
            print("  " + sync_texts.gap(item.gap))
    for number, tables in sorted(report.by_office().items()):
        print(QCoreApplication.translate("SyncCli", "Office %1:").replace("%1", str(number)))
        for name, counts in tables.items():
            print(
                "  "
                + QCoreApplication.translate(
                    "SyncCli", "%1: new %2, changed %3, unchanged %4, conflicts %5"
                )
                .replace("%1", sync_texts.table_name(name))
                .replace("%2", str(counts.new))
                .replace("%3", str(counts.changed))
                .replace("%4", str(counts.unchanged))
                .replace("%5", str(counts.conflicts))
            )
    refused = any(p.status in ("rejected", "held") for p in report.packages)
    return 1 if refused else 0


def _made(change: Any) -> str:
    """Who made a version and when, office-local ('Ахметова Г. С. 2026-12-02 15:04')."""
    from desktop.core.clock import office_zone

    when = change.when
    local = "" if when is None else when.astimezone(office_zone()).isoformat(" ", "minutes")
    return " ".join(part for part in (change.who, local[:16]) if part) or "—"


def _conflicts(db: Any) -> int:
    from desktop.services import sync_conflicts, sync_import
    from desktop.services.sync_rows import BOOKKEEPING
    from desktop.ui import sync_texts

    for conflict in sync_import.open_conflicts(db):
        print(
            QCoreApplication.translate("SyncCli", "#%1 office %2, %3 %4")
            .replace("%1", str(conflict.id))
            .replace("%2", str(conflict.office))
            .replace("%3", sync_texts.table_name(conflict.table_name))
            .replace("%4", str(conflict.record_id))
        )
        made = sync_conflicts.changes(db, conflict)
        print(
            "  "
            + QCoreApplication.translate(
                "SyncCli", "changed at the district: %1; at the office: %2"
            )
            .replace("%1", _made(made.district))
            .replace("%2", _made(made.office))
        )
        for name in sorted(conflict.incoming):
            mine, theirs = conflict.local.get(name), conflict.incoming[name]
            if mine != theirs and name not in BOOKKEEPING:
                print(
                    "  "
                    + QCoreApplication.translate("SyncCli", "%1: district %2 | office %3")
                    .replace("%1", sync_texts.field_name(name))
                    .replace("%2", repr(mine))
                    .replace("%3", repr(theirs))
                )
    return 0


def _keys(args: argparse.Namespace, db: Any, actor: Any, now: Any) -> int:
    from desktop.services import sync_keys

    command = args.keys_command
    if command == "show":
        document, fingerprint = sync_keys.own_enrollment(db, actor, now)
        me = sync_keys.side(db)
        print(
            QCoreApplication.translate("SyncCli", "This side: %1 %2")
            .replace("%1", me.role)
            .replace("%2", str(me.number))
        )
        print(QCoreApplication.translate("SyncCli", "Fingerprint: %1").replace("%1", fingerprint))
        for peer in sync_keys.peers(db):
            mark = (
                QCoreApplication.translate("SyncCli", "revoked")
                if peer.revoked_at is not None
                else ""
            )
            print(
                f"  {peer.role} {peer.number} {peer.signing_key_id} "
                f"{peer.fingerprint} {mark}".rstrip()
            )
        return 0
    if command == "export-enrollment":
        document, fingerprint = sync_keys.own_enrollment(db, actor, now)
        args.out.write_bytes(document)
        print(QCoreApplication.translate("SyncCli", "Written: %1").replace("%1", str(args.out)))
        print(
            QCoreApplication.translate("SyncCli", "Fingerprint to read aloud: %1").replace(
                "%1", fingerprint
            )
        )
        return 0
    if command == "import-enrollment":
        peer = sync_keys.import_enrollment(db, args.file.read_bytes(), args.fingerprint, actor, now)
        print(
            QCoreApplication.translate("SyncCli", "Enrolled: %1 %2 (%3)")
            .replace("%1", peer.role)
            .replace("%2", str(peer.number))
            .replace("%3", peer.name)
        )
        return 0
    sync_keys.revoke(db, args.key_id, args.reason, actor, now)
    return 0
