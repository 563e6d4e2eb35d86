"""The `auyl-desk` command: starts the program, and the administrator's subcommands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from desktop.cli_errors import Parser, report_failure
from desktop.core.terminal import escaping
from desktop.ui.i18n import Translations, current_language, language_from_environment

if TYPE_CHECKING:
    from desktop.core.periods import Period


class Counted(QObject):
    """The command line's messages with a count (plural forms in Kazakh and Russian).

    They go through tr() because PySide6 6.11's lupdate reads the plural forms of
    QCoreApplication.translate() only when the count is a literal number.
    """

    def offices(self, count: int) -> str:
        return self.tr("%n office(s)", "", count)

    def households_found(self, count: int) -> str:
        return self.tr("%n household(s) found", "", count)

    def demo_added(self, count: int) -> str:
        return self.tr("%n demo household(s) added in %1 s.", "", count)

    def complaints_listed(self, count: int) -> str:
        return self.tr("%n complaint(s)", "", count)


def parser() -> argparse.ArgumentParser:
    db_help = QCoreApplication.translate(
        "cli", "database: a SQLite file path or a SQLAlchemy URL (default: the user's data folder)"
    )
    common = Parser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", help=db_help, default=argparse.SUPPRESS)
    from desktop import cli_login

    cli_login.add_arguments(common)
    parser = Parser(
        prog="auyl-desk",
        description=QCoreApplication.translate(
            "cli",
            "Auyl Desk: household book, queue, applications and certificates "
            "of a village akim office.",
        ),
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help=db_help, default=None)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=QCoreApplication.translate(
            "cli",
            "check this installation: open the main window on a fresh database in a temporary "
            "folder, render a talon, exit (status 0 if all worked)",
        ),
    )
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
    from desktop import cli_keys

    cli_keys.add_parser(commands, common)
    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "fill the household book with synthetic demo households (to try the program)"
        ),
    )
    demo.add_argument(
        "--households",
        metavar="N",
        type=int,
        required=True,
        help=QCoreApplication.translate("cli", "how many demo households to add"),
    )
    demo.add_argument(
        "--seed",
        metavar="S",
        type=int,
        default=1,
        help=QCoreApplication.translate(
            "cli", "random seed: the same seed gives the same households (default 1)"
        ),
    )
    households = commands.add_parser(
        "households",
        parents=[common],
        help=QCoreApplication.translate("cli", "the household book"),
    )
    book_commands = households.add_subparsers(
        dest="book_command", metavar=QCoreApplication.translate("cli", "COMMAND"), required=True
    )
    search = book_commands.add_parser(
        "search",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "find households by name, IIN, address or account number"
        ),
    )
    search.add_argument(
        "text",
        metavar=QCoreApplication.translate("cli", "TEXT"),
        help=QCoreApplication.translate(
            "cli", "words to find (beginnings of words, in any order) or a 12-digit IIN"
        ),
    )
    search.add_argument(
        "--limit",
        metavar="N",
        type=int,
        default=50,
        help=QCoreApplication.translate("cli", "show at most N households (default 50)"),
    )
    search.add_argument(
        "--json",
        action="store_true",
        help=QCoreApplication.translate("cli", "print JSON instead of a table"),
    )
    book_import = book_commands.add_parser(
        "import",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "import a household book from a spreadsheet (.xlsx, .xls, .csv)"
        ),
    )
    book_import.add_argument("file", metavar=QCoreApplication.translate("cli", "FILE"))
    book_import.add_argument(
        "--as-of",
        metavar=QCoreApplication.translate("cli", "DATE"),
        help=QCoreApplication.translate(
            "cli", "the date the file's data is as of (default: a date in its title, or today)"
        ),
    )
    book_import.add_argument(
        "--mapping",
        metavar="JSON",
        help=QCoreApplication.translate(
            "cli",
            "the columns: a JSON object or file, field -> column header (default: guessed)",
        ),
    )
    book_import.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("cli", "check and report only, write nothing"),
    )
    book_import.add_argument(
        "--json",
        action="store_true",
        help=QCoreApplication.translate("cli", "print the report as JSON"),
    )
    book_import.add_argument(
        "--accept-problems",
        action="store_true",
        help=QCoreApplication.translate(
            "cli", "import the other rows even when some are refused (exit status 0)"
        ),
    )
    book_export = book_commands.add_parser(
        "export",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "write the household book to an .xlsx file the import reads back"
        ),
    )
    book_export.add_argument(
        "--out",
        required=True,
        metavar=QCoreApplication.translate("cli", "FILE.xlsx"),
        help=QCoreApplication.translate("cli", "the workbook to write"),
    )
    book_export.add_argument(
        "--lang",
        choices=("kk", "ru"),
        default=None,
        help=QCoreApplication.translate(
            "cli", "headings and words in Kazakh or Russian (default: the machine's language)"
        ),
    )
    complaints = commands.add_parser(
        "complaints",
        parents=[common],
        help=QCoreApplication.translate("cli", "the complaint register"),
    )
    complaint_commands = complaints.add_subparsers(
        dest="complaints_command",
        metavar=QCoreApplication.translate("cli", "COMMAND"),
        required=True,
    )
    complaint_list = complaint_commands.add_parser(
        "list",
        parents=[common],
        help=QCoreApplication.translate("cli", "list the complaints, newest first"),
    )
    complaint_list.add_argument(
        "--overdue",
        action="store_true",
        help=QCoreApplication.translate("cli", "only complaints whose answer is overdue today"),
    )
    complaint_list.add_argument(
        "--json",
        action="store_true",
        help=QCoreApplication.translate("cli", "print JSON instead of a table"),
    )
    sample = commands.add_parser(
        "print-sample",
        help=QCoreApplication.translate(
            "cli", "render a specimen of a printed document with demo data (to check printers)"
        ),
    )
    sample.add_argument(
        "kind",
        metavar=QCoreApplication.translate("cli", "KIND"),
        help=QCoreApplication.translate(
            "cli",
            "the document: ticket, talon, refusal, application-form, certificate-1, certificate-2, indicators-report, complaint-talon, complaint-protocol, extension-notice or forwarding-notice",  # noqa: E501 (one literal for lupdate)
        ),
    )
    sample.add_argument(
        "--lang",
        choices=("kk", "ru"),
        default="kk",
        help=QCoreApplication.translate("cli", "the document's language (default kk)"),
    )
    sample.add_argument(
        "--out",
        metavar=QCoreApplication.translate("cli", "FILE.pdf"),
        required=True,
        help=QCoreApplication.translate("cli", "where to write the PDF file"),
    )
    report = commands.add_parser(
        "report",
        help=QCoreApplication.translate(
            "cli", "the quality indicators or the queue statistics of a period"
        ),
    )
    report_commands = report.add_subparsers(
        dest="report", required=True, metavar=QCoreApplication.translate("cli", "REPORT")
    )
    for name, formats, help_text in (
        (
            "indicators",
            ("pdf", "xlsx", "json"),
            QCoreApplication.translate(
                "cli", "the standard's 12 indicators with the queue and the applications"
            ),
        ),
        (
            "queue",
            ("json", "xlsx"),
            QCoreApplication.translate("cli", "queue and workload statistics"),
        ),
    ):
        one = report_commands.add_parser(name, parents=[common], help=help_text)
        _period_arguments(one)
        one.add_argument(
            "--lang",
            choices=("kk", "ru"),
            default="kk",
            help=QCoreApplication.translate("cli", "the document's language (default kk)"),
        )
        one.add_argument("--format", choices=formats, default=formats[0])
        one.add_argument(
            "--office",
            type=int,
            metavar="N",
            help=QCoreApplication.translate(
                "cli",
                "at the district: office N's records only (without it: the whole district's)",
            ),
        )
        one.add_argument(
            "--out",
            metavar=QCoreApplication.translate("cli", "FILE"),
            help=QCoreApplication.translate(
                "cli", "where to write it (JSON: the screen if omitted)"
            ),
        )
    sign_off = report_commands.add_parser(
        "sign-off",
        parents=[common],
        help=QCoreApplication.translate(
            "cli",
            "the akim fixes the period's 12 indicators as counted now, under the akim's name "
            "(--login of the akim)",
        ),
    )
    _period_arguments(sign_off)
    from desktop import cli_audit

    cli_audit.add_parser(commands, common)
    from desktop import cli_setup

    cli_setup.add_parser(commands, common)
    from desktop import cli_accounts

    cli_accounts.add_parser(commands, common)
    from desktop import cli_reference

    cli_reference.add_parser(commands, common)
    verify = commands.add_parser(
        "verify",
        parents=[common],
        help=QCoreApplication.translate(
            "cli", "check a certificate's QR payload or PDF file (exit status 0 if genuine)"
        ),
    )
    verify.add_argument(
        "source",
        metavar=QCoreApplication.translate("cli", "PAYLOAD_OR_PDF"),
        help=QCoreApplication.translate(
            "cli", "the text of the QR code (AUYL2:...) or the path of a certificate PDF"
        ),
    )
    from desktop import cli_backup

    cli_backup.register(commands, common)
    from desktop import cli_sync

    cli_sync.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--smoke" in argv:  # before any application object (it makes the GUI's); its own database
        from desktop import cli_smoke

        return cli_smoke.run_smoke()
    if _wants_gui(argv):
        from desktop.ui.app import run

        return run(argv)
    if QCoreApplication.instance() is None:
        QCoreApplication(sys.argv[:1])
    # Stored or typed text may hold terminal escape sequences: shown, never obeyed.
    sys.stdout, sys.stderr = escaping(sys.stdout), escaping(sys.stderr)
    translate_for_environment()
    try:
        return _run(parser().parse_args(argv))
    except Exception as error:
        return report_failure(error)


def _run(args: argparse.Namespace) -> int:
    if args.command == "offices":
        return _offices(args.db, args.district, args.json)
    if args.command == "demo":
        return _demo(args, args.households, args.seed)
    if args.command == "households" and args.book_command == "import":
        from desktop import cli_book

        return cli_book.import_book(
            args,
            args.file,
            args.as_of,
            args.mapping,
            args.dry_run,
            args.json,
            args.accept_problems,
        )
    if args.command == "households" and args.book_command == "export":
        from desktop import cli_book

        return cli_book.export_book(args, args.out, args.lang)
    if args.command == "households":
        return _search_households(args.db, args.text, args.limit, args.json)
    if args.command == "complaints":
        return _list_complaints(args.db, args.overdue, args.json)
    if args.command == "print-sample":
        return _print_sample(args.kind, args.lang, args.out)
    if args.command == "verify":
        return _verify(args.db, args.source)
    if args.command == "setup":
        from desktop import cli_setup

        return cli_setup.run(args)
    if args.command == "accounts":
        from desktop import cli_accounts

        return cli_accounts.run(args)
    if args.command == "reference":
        from desktop import cli_reference

        return cli_reference.run(args)
    if args.command == "report":
        return _report(args)
    if args.command == "keys":
        from desktop import cli_keys

        return cli_keys.run(args)
    if args.command in ("backup", "backups", "restore"):
        from desktop import cli_backup

        return cli_backup.dispatch(args)
    if args.command == "sync":
        from desktop import cli_sync

        return cli_sync.run(args)
    if args.command == "audit":
        from desktop import cli_audit

        return cli_audit.run(args)
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
    language = "ru" if current_language() == "ru" else "kk"  # names are data in kk and ru
    for row in rows:
        mark = " !" if row.doubtful else ""
        name, district = row.name_in(language), row.district_in(language)
        print(f"{row.number:>3}  {name:<45}  {district:<22} {row.postal_code}{mark}")
    print(Counted().offices(len(rows)))
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


def _demo(args: argparse.Namespace, count: int, seed: int) -> int:
    import time

    from desktop import cli_login
    from desktop.core.clock import SystemClock
    from desktop.services.demo import load_demo
    from desktop.services.office import workplace
    from desktop.services.startup import open_database

    if count < 1:
        print(QCoreApplication.translate("cli", "The number of households must be at least 1."))
        return 2
    opened = open_database(args.db)
    try:
        place = workplace(opened.db)
        if place is None:
            print(
                QCoreApplication.translate(
                    "cli",
                    "The akim office is not chosen yet. Set it up first (auyl-desk setup, or "
                    "start the program once), then run this command again.",
                ),
                file=sys.stderr,
            )
            return 2
        clock = SystemClock()
        actor = cli_login.acting(args, opened.db, "demo.load", clock.now())
        print(
            QCoreApplication.translate("cli", "Adding %1 demo households to the book of %2...")
            .replace("%1", str(count))
            .replace("%2", place.office.name)
        )
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            print(
                QCoreApplication.translate("cli", "%1 of %2 households")
                .replace("%1", str(done))
                .replace("%2", str(total)),
                flush=True,
            )

        today = clock.today()
        added = load_demo(opened.db, count, actor, today, seed=seed, progress=progress)
    finally:
        opened.db.dispose()
    print(Counted().demo_added(added).replace("%1", f"{time.perf_counter() - started:.1f}"))
    return 0


def _search_households(db_arg: str | None, text: str, limit: int, as_json: bool) -> int:
    from desktop.services import household_search
    from desktop.services.startup import open_database

    opened = open_database(db_arg)
    try:
        hits = household_search.search(opened.db, text, limit=max(1, limit))
    finally:
        opened.db.dispose()
    if as_json:
        items = []
        for hit in hits:
            item = asdict(hit)
            item["household_id"] = str(hit.household_id)
            items.append(item)
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    demo_mark = QCoreApplication.translate("cli", "DEMO")
    closed_mark = QCoreApplication.translate("cli", "closed")
    account = QCoreApplication.translate("cli", "Account")
    head = QCoreApplication.translate("cli", "Head of household")
    iin = QCoreApplication.translate("cli", "IIN")
    address = QCoreApplication.translate("cli", "Address")
    print(f"{account:<12}  {head:<36}  {iin:<12}  {address}")
    for hit in hits:
        marks = [demo_mark] if hit.is_demo else []
        if hit.closed:
            marks.append(closed_mark)
        mark = f"  [{', '.join(marks)}]" if marks else ""
        print(
            f"{hit.account_number:<12}  {hit.head_name:<36}  {hit.head_iin:<12}  "
            f"{hit.address}{mark}"
        )
        if hit.matched_name:
            found = QCoreApplication.translate("cli", "found: %1").replace("%1", hit.matched_name)
            print(f"{'':<12}  {found}")
    print(Counted().households_found(len(hits)))
    return 0


def _list_complaints(db_arg: str | None, overdue: bool, as_json: bool) -> int:
    """The register as of the office's today; with --overdue only the overdue ones."""
    from desktop.core.clock import SystemClock
    from desktop.services import complaints
    from desktop.services.startup import open_database

    opened = open_database(db_arg)
    try:
        rows = complaints.complaints(opened.db, SystemClock().today(), overdue_only=overdue)
    finally:
        opened.db.dispose()
    if as_json:
        items = []
        for row in rows:
            item = asdict(row)
            item["registration_moved"] = row.registration_moved
            items.append(item)
        print(json.dumps(items, ensure_ascii=False, indent=1, default=str))
        return 0
    states = {
        "open": QCoreApplication.translate("cli", "in time"),
        "due_soon": QCoreApplication.translate("cli", "due soon"),
        "overdue": QCoreApplication.translate("cli", "OVERDUE"),
        "answered_in_time": QCoreApplication.translate("cli", "answered in time"),
        "answered_late": QCoreApplication.translate("cli", "answered late"),
        "forwarded": QCoreApplication.translate("cli", "forwarded"),
    }
    number = QCoreApplication.translate("cli", "Number")
    received = QCoreApplication.translate("cli", "Received")
    due = QCoreApplication.translate("cli", "Due")
    state = QCoreApplication.translate("cli", "State")
    who = QCoreApplication.translate("cli", "Complainant")
    print(f"{number:<16}  {received:<16}  {due:<10}  {state:<16}  {who}")
    for row in rows:
        print(
            f"{row.number:<16}  {row.received_at:%Y-%m-%d %H:%M}  {row.due_on.isoformat():<10}  "
            f"{states[row.state]:<16}  {row.complainant}"
        )
    print(Counted().complaints_listed(len(rows)))
    return 0


def _print_sample(kind: str, language: str, out: str) -> int:
    """Write a specimen of a document kind; needs no database."""
    from desktop.printing.samples import KINDS, sample

    if kind not in KINDS:
        print(
            QCoreApplication.translate("cli", "Unknown document kind: %1. Choose one of: %2.")
            .replace("%1", kind)
            .replace("%2", ", ".join(KINDS)),
            file=sys.stderr,
        )
        return 2
    return 0 if _write(out, sample(kind, language)) else 2


def _write(out: str, data: bytes) -> bool:
    try:
        with open(out, "wb") as file:
            file.write(data)
    except OSError as error:
        print(
            QCoreApplication.translate("cli", "Cannot write %1: %2")
            .replace("%1", out)
            .replace("%2", error.strerror or str(error)),
            file=sys.stderr,
        )
        return False
    print(QCoreApplication.translate("cli", "Written: %1").replace("%1", out))
    return True


def _period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="first",
        required=True,
        metavar=QCoreApplication.translate("cli", "DATE"),
        help=QCoreApplication.translate("cli", "the period's first day (YYYY-MM-DD)"),
    )
    parser.add_argument(
        "--to",
        dest="last",
        required=True,
        metavar=QCoreApplication.translate("cli", "DATE"),
        help=QCoreApplication.translate("cli", "the period's last day, included (YYYY-MM-DD)"),
    )


def _period(args: argparse.Namespace) -> Period | None:
    """The period of --from and --to; None (after saying why) when they are not dates."""
    from datetime import date

    from desktop.core.periods import Period

    try:
        return Period.between(date.fromisoformat(args.first), date.fromisoformat(args.last))
    except ValueError:
        print(
            QCoreApplication.translate("cli", "Not a period: %1 to %2 (dates as YYYY-MM-DD).")
            .replace("%1", args.first)
            .replace("%2", args.last),
            file=sys.stderr,
        )
        return None


def _sign_off(args: argparse.Namespace) -> int:
    """The akim (logged in with --login) signs off the period's indicator report as counted now."""
    from desktop import cli_login
    from desktop.core.clock import SystemClock
    from desktop.core.formatting import format_datetime
    from desktop.core.localtime import aware
    from desktop.services import report_signoffs, reports, settings
    from desktop.services.startup import open_database

    period = _period(args)
    if period is None:
        return 2
    opened = open_database(args.db)
    try:
        now = SystemClock().now()
        actor = cli_login.acting(args, opened.db, "report.sign_off", now)
        report = reports.build_report(opened.db, period, now)
        signed = report_signoffs.sign_off(opened.db, report, actor, now)
        language = settings.load_ui_language(opened.db)
    finally:
        opened.db.dispose()
    print(
        QCoreApplication.translate("cli", "Signed off by %1 at %2 (sign-off No. %3 of the period).")
        .replace("%1", signed.signed_by)
        .replace("%2", format_datetime(aware(signed.signed_at), language))
        .replace("%3", str(signed.number))
    )
    return 0


def _report(args: argparse.Namespace) -> int:
    """Write the indicator report or the queue statistics of a period."""
    from desktop.core.clock import SystemClock
    from desktop.services import reports
    from desktop.services.startup import open_database

    if args.report == "sign-off":
        return _sign_off(args)
    period = _period(args)
    if period is None:
        return 2
    if args.format != "json" and not args.out:
        print(
            QCoreApplication.translate("cli", "Say where to write it: --out FILE."), file=sys.stderr
        )
        return 2
    opened = open_database(args.db)
    try:
        report = reports.build_report(
            opened.db, period, SystemClock().now(), office_number=args.office
        )
        if args.format == "pdf":
            data = reports.document(opened.db, report, args.lang).pdf()
        elif args.format == "xlsx":
            data = reports.workbook(opened.db, report, args.lang)
        else:
            found = reports.as_json(report)
            if args.report == "queue":
                found = {"period": found["period"], "queue": found["queue"]}
            data = json.dumps(found, ensure_ascii=False, indent=1).encode()
    finally:
        opened.db.dispose()
    if args.out:
        return 0 if _write(args.out, data) else 2
    print(data.decode())
    return 0


def _verify(db_arg: str | None, source: str) -> int:
    """Print the verdict on a certificate and what the office signed, in the UI language
    setting's language; 0 only when it is genuine."""
    from desktop.services import households, settings, verification
    from desktop.services.startup import open_database
    from desktop.ui import certificate_texts

    opened = open_database(db_arg)
    try:
        language = settings.load_ui_language(opened.db)
        Translations().switch(language)
        verdict = verification.verify(opened.db, source)
        names = {t.code: t.name(language) for t in households.terms(opened.db).livestock}
    finally:
        opened.db.dispose()
    print(certificate_texts.verdict(verdict.status))
    for name, value in certificate_texts.details(verdict, names, language, key_id=True):
        print(f"{certificate_texts.caption(name)}: {value}")
    return 0 if verdict.valid else 1


if __name__ == "__main__":
    raise SystemExit(main())
