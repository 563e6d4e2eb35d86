"""`auyl-desk households import` and `households export`: moving an office's book in and out
from the command line (the district IT person moving twenty offices' books).

The import prints the same preview and report as the dialog: households, people, head
counts by kind and land area to be imported against the file's own totals row, then every
problem, warning and note with its row and column. It writes only when nothing is refused,
or with --accept-problems (the refused rows stay out); --dry-run writes nothing. The exit
status is 0 only when nothing was refused (or with --accept-problems), 1 when rows were
refused, 2 when the file or the database cannot be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import current_language


def _error(text: str) -> int:
    print(text, file=sys.stderr)
    return 2


def _progress(label: str) -> Callable[[int, int], None]:
    shown = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent // 10 != shown[0] // 10:
            shown[0] = percent
            print(f"{label} {percent}%", file=sys.stderr, flush=True)

    return report


def _mapping_arg(text: str | None) -> dict[str, Any] | None:
    """--mapping: a JSON object, or a file holding one (field -> the file's column header;
    "locality", "sheet" and "members" (another such object) may be given too)."""
    if not text:
        return None
    path = Path(text)
    raw = path.read_text("utf-8") if path.is_file() else text
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    return value


def import_book(
    args: argparse.Namespace,
    file: str,
    as_of_text: str | None,
    mapping_text: str | None,
    dry_run: bool,
    as_json: bool,
    accept_problems: bool,
) -> int:
    from desktop import cli_login
    from desktop.core.clock import SystemClock
    from desktop.core.spreadsheet import SpreadsheetError
    from desktop.services import household_import as importer
    from desktop.services import households
    from desktop.services.office import workplace
    from desktop.services.startup import open_database
    from desktop.ui import import_texts

    try:
        options = _mapping_arg(mapping_text)
    except (OSError, ValueError):
        return _error(
            QCoreApplication.translate(
                "cli", "--mapping must be a JSON object or a file holding one."
            )
        )
    as_of = None
    if as_of_text:
        as_of = importer.parse_date(as_of_text)
        if as_of is None:
            return _error(
                QCoreApplication.translate(
                    "cli", "--as-of must be a date: dd.mm.yyyy or yyyy-mm-dd."
                )
            )
    try:
        table, members = importer.read_book(file, (options or {}).get("sheet"))
    except SpreadsheetError as error:
        return _error(import_texts.file_error(error))
    opened = open_database(args.db)
    db = opened.db
    try:
        if workplace(db) is None:
            return _error(
                QCoreApplication.translate(
                    "cli",
                    "The akim office is not chosen yet. Start the program once (auyl-desk), "
                    "choose your office and clerk, then run this command again.",
                )
            )
        clock = SystemClock()
        actor = None if dry_run else cli_login.acting(args, db, "household.import", clock.now())
        today = clock.today()
        as_of = as_of or importer.default_as_of(table, today)
        mapping = importer.mapping_for(db, table)
        members_mapping = importer.mapping_for(db, members) if members is not None else None
        locality = ""
        if options:
            mapping = {k: str(v) for k, v in options.items() if k in importer.import_fields(db)}
            locality = str(options.get("locality", ""))
            if members is not None and isinstance(options.get("members"), dict):
                members_mapping = {str(k): str(v) for k, v in options["members"].items()}
        if not locality and not importer.layout.locality_from_titles(table.titles):
            locality = next(iter(importer.localities(db)), "")
        plan = importer.preview(
            db,
            table,
            mapping,
            today,
            as_of=as_of,
            locality=locality,
            members=members,
            members_mapping=members_mapping,
            progress=_progress(QCoreApplication.translate("cli", "Checking")),
        )
        terms = households.terms(db)
        language = current_language() or "kk"
        fields = importer.import_fields(db)
        lines = [(p, import_texts.describe(p, terms, language, fields)) for p in plan.problems]
        labels = {f: import_texts.field_label(f, terms, language).lower() for f in fields}
        refused = bool(plan.errors)
        result = None
        if actor is not None and (accept_problems or not refused) and plan.valid_row_count:
            result = importer.run(
                db, plan, actor, _progress(QCoreApplication.translate("cli", "Importing"))
            )
    finally:
        db.dispose()
    if as_json:
        print(json.dumps(_report(plan, lines, result), ensure_ascii=False, indent=1, default=str))
    else:
        _print_report(plan, lines, result, dry_run, labels)
    return 0 if not refused or accept_problems else 1


def _report(plan: Any, lines: list[tuple[Any, str]], result: Any) -> dict[str, Any]:
    figures = plan.figures()
    file_totals = plan.file_totals
    return {
        "file": plan.source_name,
        "as_of": plan.as_of.isoformat(),
        "locality": plan.locality,
        "rows": plan.row_count,
        "rows_refused": len(plan.invalid),
        "households": {s: plan.count(s) for s in ("created", "updated", "unchanged")},
        "to_import": asdict(figures),
        "file_totals": asdict(file_totals) if file_totals is not None else None,
        "report": [
            {
                "sheet": p.sheet,
                "row": p.row,
                "column": p.column,
                "severity": p.severity,
                "code": p.code,
                "text": text,
            }
            for p, text in lines
        ],
        "result": asdict(result) if result is not None else None,
    }


def _heads(heads: dict[str, int], labels: dict[str, str]) -> str:
    return ", ".join(f"{labels.get(k, k)} {n}" for k, n in sorted(heads.items()) if n) or "—"


def _print_report(
    plan: Any, lines: list[tuple[Any, str]], result: Any, dry_run: bool, labels: dict[str, str]
) -> None:
    figures = plan.figures()
    print(
        QCoreApplication.translate("cli", "File: %1; data as of %2; default locality: %3.")
        .replace("%1", plan.source_name)
        .replace("%2", plan.as_of.isoformat())
        .replace("%3", plan.locality or "—")
    )
    print(
        QCoreApplication.translate(
            "cli", "To import: %1 households, %2 people, land %3 ha; head counts: %4."
        )
        .replace("%1", str(figures.households))
        .replace("%2", str(figures.people))
        .replace("%3", str(figures.land_ha))
        .replace("%4", _heads(figures.heads, labels))
    )
    if plan.file_totals is not None:
        totals = plan.file_totals
        print(
            QCoreApplication.translate("cli", "The file's totals row: land %1 ha; head counts: %2.")
            .replace("%1", str(totals.land_ha))
            .replace("%2", _heads(totals.heads, labels))
        )
    print(
        QCoreApplication.translate(
            "cli", "Rows: %1, refused: %2. Households: %3 new, %4 to update, %5 unchanged."
        )
        .replace("%1", str(plan.row_count))
        .replace("%2", str(len(plan.invalid)))
        .replace("%3", str(plan.count("created")))
        .replace("%4", str(plan.count("updated")))
        .replace("%5", str(plan.count("unchanged")))
    )
    marks = {
        "error": QCoreApplication.translate("cli", "REFUSED"),
        "warning": QCoreApplication.translate("cli", "check"),
        "note": QCoreApplication.translate("cli", "note"),
    }
    for problem, text in lines:
        where = f"{problem.sheet}:" if problem.sheet else ""
        where += str(problem.row) if problem.row else ""
        column = f" [{problem.column}]" if problem.column else ""
        print(f"{marks[problem.severity]:<9} {where:>6}{column} {text}")
    if result is not None:
        print(
            QCoreApplication.translate(
                "cli", "Imported: %1 households created, %2 updated, %3 unchanged."
            )
            .replace("%1", str(result.households_created))
            .replace("%2", str(result.households_updated))
            .replace("%3", str(result.households_unchanged))
        )
    elif dry_run:
        print(QCoreApplication.translate("cli", "Dry run: nothing was written."))
    elif plan.errors:
        print(
            QCoreApplication.translate(
                "cli",
                "Nothing was written: some rows are refused. Correct them, or import the rest "
                "with --accept-problems.",
            )
        )


def export_book(args: argparse.Namespace, out: str, language: str | None) -> int:
    from desktop import cli_login
    from desktop.core.clock import SystemClock
    from desktop.services.household_export import export_book as write_book
    from desktop.services.startup import open_database

    if not out.lower().endswith(".xlsx"):
        return _error(QCoreApplication.translate("cli", "--out must name an .xlsx file."))
    opened = open_database(args.db)
    try:
        language = language or current_language() or "kk"
        clock = SystemClock()
        actor = cli_login.acting(args, opened.db, "household.export", clock.now())
        today: date = clock.today()
        try:
            count = write_book(
                opened.db,
                actor,
                out,
                today,
                language,
                _progress(QCoreApplication.translate("cli", "Exporting")),
            )
        except OSError as error:
            return _error(
                QCoreApplication.translate("cli", "The file cannot be written: %1").replace(
                    "%1", str(error)
                )
            )
    finally:
        opened.db.dispose()
    print(
        QCoreApplication.translate("cli", "%1 households written to %2.")
        .replace("%1", str(count))
        .replace("%2", out)
    )
    return 0
