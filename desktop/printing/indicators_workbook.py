"""The numbers behind the indicator report as an .xlsx workbook, for the district.

One sheet per table of the report (and the rows behind its charts), headers in the report's
language, numbers as numbers (percentages and minutes to one decimal), dates as dates; the first
sheet also says whether and when the akim signed the figures off. Every cell is written safely:
text is always stored as text, and text that a spreadsheet would take for a formula when edited
("=", "+", "-", "@" first) is marked to stay text; characters a workbook cannot hold (control
characters) are dropped.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.clock import wall_clock
from desktop.printing.indicators_report import IndicatorsReportData
from desktop.printing.layout import date_time
from desktop.printing.report_format import basis_text, hours, minutes, period_text
from desktop.printing.texts import text

Value = str | int | Decimal | date | datetime | None
FORMULA_STARTS = ("=", "+", "-", "@")
FORMATS: dict[type, str] = {date: "dd.mm.yyyy", datetime: "dd.mm.yyyy hh:mm"}
PERCENT = "0.0"
MAX_WIDTH = 60


def _write(sheet: Worksheet, row: int, column: int, value: Value, number_format: str = "") -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"  # never a formula, whatever it starts with
        if cell.value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True  # and it stays text when somebody edits the cell
        return
    cell.value = value
    if number_format:
        cell.number_format = number_format
    elif type(value) in FORMATS:
        cell.number_format = FORMATS[type(value)]


def _sheet(
    book: Workbook,
    title: str,
    head: Sequence[str],
    rows: Sequence[Sequence[Value]],
    formats: dict[int, str] | None = None,
) -> Worksheet:
    """A sheet with a bold, frozen header row; `formats`: column index -> number format."""
    sheet = book.create_sheet(title[:31])
    for column, name in enumerate(head, start=1):
        _write(sheet, 1, column, name)
        sheet.cell(row=1, column=column).font = Font(bold=True)
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            _write(sheet, row_number, column, value, (formats or {}).get(column - 1, ""))
    for column, name in enumerate(head, start=1):
        longest = max([len(name), *(len(str(r[column - 1] or "")) for r in rows)])
        sheet.column_dimensions[get_column_letter(column)].width = min(longest + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    return sheet


def _sign_off_rows(data: IndicatorsReportData, language: str) -> list[list[Value]]:
    """The akim's sign-off as the report sheet's rows (none for a report no akim here signs)."""
    mark = data.sign_off
    if mark is None:
        return []
    if mark.state == "unsigned" or mark.signed_at is None:
        return [[text(language, "xlsx_sign_off"), text(language, "report_draft")]]
    state = "xlsx_signed_changed" if mark.differing else "xlsx_signed"
    return [
        [text(language, "xlsx_sign_off"), text(language, state)],
        [text(language, "xlsx_signed_by"), mark.akim],
        [text(language, "xlsx_signed_at"), wall_clock(mark.signed_at)],
        [text(language, "xlsx_differing"), ", ".join(mark.differing)],
    ]


def _offices_signed_rows(data: IndicatorsReportData, language: str) -> list[list[Value]]:
    """The district's consolidated report: each office's sign-off of the period."""
    if not data.office_sign_offs:
        return []
    rows: list[list[Value]] = [[text(language, "report_offices_signed"), ""]]
    for name, mark in data.office_sign_offs:
        if mark.signed_at is None:
            rows.append([name, text(language, "report_draft")])
        else:
            moment = date_time(wall_clock(mark.signed_at), language)
            rows.append(
                [name, text(language, "report_office_signed", akim=mark.akim, moment=moment)]
            )
    return rows


def render_indicators_workbook(data: IndicatorsReportData, language: str) -> bytes:
    """The workbook as .xlsx bytes in `language` ("kk" or "ru")."""

    def t(key: str, **values: object) -> str:
        return text(language, key, **values)

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    _sheet(
        book,
        t("sheet_report"),
        [t("xlsx_field"), t("xlsx_value")],
        [
            [t("xlsx_office"), data.office_name],
            [t("report_title"), period_text(data.period, language)],
            [t("xlsx_first"), data.period.first],
            [t("xlsx_last"), data.period.last],
            [t("xlsx_made"), wall_clock(data.made_at)],
            [t("report_akim"), data.akim],
            [t("report_preparer"), data.preparer],
            *_sign_off_rows(data, language),
            *_offices_signed_rows(data, language),
        ],
    )
    _sheet(
        book,
        t("sheet_indicators"),
        [
            t("report_col_code"), t("xlsx_group"), t("report_col_indicator"), t("report_col_norm"),
            t("report_col_target"), t("report_col_value"), t("xlsx_status"), t("xlsx_part"),
            t("xlsx_whole"), t("xlsx_records"), t("xlsx_basis"),
        ],
        [
            [
                v.code, v.standard.group_name(language), v.standard.text(language),
                v.standard.norm, v.standard.target, v.value, t(f"report_status_{v.status}"),
                v.part, v.whole, v.records, basis_text(v, language),
            ]
            for v in data.indicators
        ],
        {3: PERCENT, 4: PERCENT, 5: PERCENT},
    )  # fmt: skip
    if data.trends:
        _sheet(
            book,
            t("sheet_trends"),
            [t("report_col_code"), t("xlsx_month"), t("report_col_value"), t("xlsx_records")],
            [
                [trend.standard.code, point.month_start, point.value.value, point.value.records]
                for trend in data.trends
                for point in trend.points
            ],
            {1: "mm.yyyy", 2: PERCENT},
        )
    queue = data.queue
    _sheet(
        book,
        t("sheet_days"),
        [t("xlsx_date"), t("report_col_visitors")],
        [[day, count] for day, count in queue.by_day],
    )
    _sheet(
        book,
        t("sheet_hours"),
        [t("xlsx_hour"), t("report_col_visitors"), t("report_per_day")],
        [
            [hour, count, Decimal(queue.per_day(hour)).quantize(Decimal("0.01"))]
            for hour, count in enumerate(queue.by_hour)
            if count
        ],
        {2: "0.00"},
    )
    _sheet(
        book,
        t("sheet_waits"),
        [
            t("xlsx_purpose_code"), t("report_col_purpose"), t("report_col_visitors"),
            t("report_col_called"), t("report_col_median"), t("report_col_p90"),
            t("report_col_limit"), t("xlsx_within_count"), t("report_col_within"),
        ],
        [
            [
                w.purpose, data.purpose_names.get(w.purpose, t("report_all_purposes")),
                w.visitors, w.waits, minutes(w.median), minutes(w.p90), w.limit_minutes,
                w.within_limit.part if w.within_limit else None,
                w.within_limit.percent if w.within_limit else None,
            ]
            for w in (*queue.waits, queue.all_waits)
        ],
        {4: PERCENT, 5: PERCENT, 8: PERCENT},
    )  # fmt: skip
    kinds = ("hand_in", "collect", "")
    _sheet(
        book,
        t("sheet_histogram"),
        [
            t("xlsx_from"), t("xlsx_to"),
            *(t(f"chart_kind_{kind or 'other'}") for kind in kinds), t("xlsx_total"),
        ],
        [
            [b.low, b.high, *(b.by_limit.get(kind, 0) for kind in kinds), b.total]
            for b in queue.histogram
        ],
    )  # fmt: skip
    _sheet(
        book,
        t("sheet_clerks"),
        [
            t("report_col_clerk"), t("report_col_served"), t("report_col_days"),
            t("report_col_service"), t("report_col_busy"), t("report_col_idle"),
        ],
        [
            [c.clerk, c.served, c.days, minutes(c.median_service), hours(c.busy), hours(c.idle)]
            for c in queue.clerks
        ],
        {3: PERCENT, 4: PERCENT, 5: PERCENT},
    )  # fmt: skip
    summary = data.applications
    _sheet(
        book,
        t("sheet_applications"),
        [
            t("report_col_service_name"), t("report_col_handed_in"), t("report_col_accepted"),
            t("report_col_refused"), t("report_col_issued"), t("report_col_in_time"),
            t("xlsx_whole"), t("report_col_late"),
        ],
        [
            [
                data.service_names.get(c.service, "") if c.service else t("report_all_services"),
                c.handed_in, c.accepted, c.refused, c.issued, c.ready_in_time.part,
                c.ready_in_time.whole, c.late,
            ]
            for c in (*summary.by_service, summary.total)
        ],
    )  # fmt: skip
    _sheet(
        book,
        t("sheet_refusals"),
        [t("xlsx_document_code"), t("report_col_document"), t("report_col_refusals")],
        [
            [code, data.document_names.get(code, code), count]
            for code, count in summary.refusals_by_document
        ],
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
