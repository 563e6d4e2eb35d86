"""The indicator report: the standard's 12 indicators, the queue and the applications of a period.

A4, in Kazakh or Russian, from IndicatorsReportData (filled by a service from the records, or by
desktop/printing/indicators_sample.py with demo data): the office and the period, the 12
indicators with norm, target, value and what each rests on (values worse than the norm marked
▼), the applications and the queue in tables, the charts (desktop/printing/charts.py), and the
signature lines of the akim and of who prepared it. The same data make the workbook
(desktop/printing/indicators_workbook.py).

Above the title stands the akim's sign-off (desktop.core.report_signoff.SignOffMark): who signed
the figures off and when, and which indicators counted now differ from the signed ones; or,
not signed off, a framed draft mark, repeated in every page's footer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.core.application_stats import ApplicationSummary, ServiceCounts
from desktop.core.clock import wall_clock
from desktop.core.formatting import format_date
from desktop.core.indicators import Count, IndicatorValue, Trend
from desktop.core.periods import Period
from desktop.core.queue_stats import QueueSummary, WaitSummary
from desktop.core.report_signoff import SignOffMark
from desktop.printing import charts
from desktop.printing.fonts import BOLD, REGULAR
from desktop.printing.layout import (
    build_pdf,
    date_time,
    grid,
    header,
    mark_box,
    marks,
    page_spec,
    paragraph,
    signature_line,
    styles,
)
from desktop.printing.report_format import (
    basis_text,
    hours,
    minutes,
    number,
    period_text,
    tenth,
    tenths,
)
from desktop.printing.texts import text

PAGE = "a4"
WORSE = colors.HexColor("#d9d9d9")
GROUP = colors.HexColor("#f2f2f2")
CELL_SIZE = 8.5
HEAD_SIZE = 8
PADDING = 6  # the grid's left and right cell padding together


@dataclass(frozen=True)
class IndicatorsReportData:
    """Everything the report shows; texts already in the report's language."""

    office_name: str
    period: Period
    made_at: datetime  # when the figures were taken (desktop.core.clock)
    indicators: Sequence[IndicatorValue]  # desktop.core.indicators.compute_indicators
    queue: QueueSummary  # desktop.core.queue_stats.summarize_queue
    applications: ApplicationSummary  # desktop.core.application_stats.summarize_applications
    purpose_names: Mapping[str, str]  # purpose code -> name (Purpose.name(language))
    service_names: Mapping[int, str]  # service number -> name (ServiceRules.name_kk / name_ru)
    document_names: Mapping[str, str]  # document code -> name (RuleSet.document_name)
    trends: Sequence[Trend] = ()  # indicators month by month, one chart each
    akim: str = ""  # the akim who signs, as printed
    preparer: str = ""  # who prepared the report (Actor.name)
    # the akim's sign-off; None: not a report an akim signs (the district's consolidated one)
    sign_off: SignOffMark | None = None
    # the district's consolidated report: each office's sign-off of the period (the office's
    # name, its mark: "unsigned", or "signed" by whom when), the offices in their order
    office_sign_offs: Sequence[tuple[str, SignOffMark]] = ()


# ---- styles ------------------------------------------------------------------------------------


@cache
def _cells() -> dict[str, ParagraphStyle]:
    small = styles(PAGE).small

    def style(name: str, size: float = CELL_SIZE, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            f"report-{name}", parent=small, textColor=colors.black, fontSize=size,
            leading=size * 1.22, **extra,
        )  # fmt: skip

    return {
        "cell": style("cell"),
        "right": style("right", alignment=TA_RIGHT),
        "head": style("head", HEAD_SIZE, fontName=BOLD),
        "strong": style("strong", fontName=BOLD, alignment=TA_RIGHT),
        "note": style("note", HEAD_SIZE),
    }


def _width() -> float:
    spec = page_spec(PAGE)
    return spec.width - 2 * spec.margin


def _heading(key: str, language: str) -> Flowable:
    return paragraph(text(language, key), styles(PAGE).strong)


def _widths(
    head: Sequence[str], body: Sequence[Sequence[str]], fractions: Sequence[float], flexible: int
) -> list[float]:
    """Column widths: each column its `fractions` of the page, or more where the longest word of
    its header or cells needs it (no word is split); column `flexible` takes what is left."""
    found = []
    for index, (title, fraction) in enumerate(zip(head, fractions, strict=True)):
        words: list[tuple[str, str, float]] = [(w, BOLD, HEAD_SIZE) for w in title.split(" ")]
        if index != flexible:
            words += [(w, REGULAR, CELL_SIZE) for row in body for w in str(row[index]).split(" ")]
        need = max(stringWidth(word, font, size) for word, font, size in words) + PADDING
        found.append(max(fraction * _width(), need))
    found[flexible] = _width() - sum(w for i, w in enumerate(found) if i != flexible)
    return found


def _table(
    head: Sequence[str], rows: Sequence[Sequence[str]], fractions: Sequence[float], *, total: bool
) -> Table:
    """A ruled table; numbers right-aligned, the first (flexible) column left."""
    cells = [[paragraph(h, _cells()["head"]) for h in head]]
    for row in rows:
        cells.append(
            [
                paragraph(str(v), _cells()["cell"] if i == 0 else _cells()["right"])
                for i, v in enumerate(row)
            ]
        )
    return grid(cells, _widths(head, rows, fractions, 0), total=total)


# ---- sections ----------------------------------------------------------------------------------


def _indicators(values: Sequence[IndicatorValue], language: str) -> list[Flowable]:
    keys = ("code", "indicator", "norm", "target", "value", "basis")
    head = [text(language, f"report_col_{k}") for k in keys]
    body: list[list[str]] = []
    cells: list[list[Any]] = [[paragraph(h, _cells()["head"]) for h in head]]
    commands: list[tuple[Any, ...]] = []
    group = None
    for value in values:
        standard = value.standard
        if standard.group != group:
            group = standard.group
            row = len(cells)
            commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), GROUP)]
            name = paragraph(f"{group}. {standard.group_name(language)}", _cells()["head"])
            cells.append([name] + [""] * (len(keys) - 1))
        if value.value is None:
            shown = text(language, "report_no_data")
        elif value.status == "worse":
            shown = f"{text(language, 'report_worse_mark')} {tenths(value.value, language)}"
            commands.append(("BACKGROUND", (4, len(cells)), (4, len(cells)), WORSE))
        else:
            shown = tenths(value.value, language)
        texts = [
            standard.code,
            standard.text(language),
            number(standard.norm, language),
            number(standard.target, language),
            shown,
            basis_text(value, language),
        ]
        body.append(texts)
        value_style = _cells()["strong"] if value.status == "worse" else _cells()["right"]
        column_styles = (
            _cells()["cell"],
            _cells()["cell"],
            _cells()["right"],
            _cells()["right"],
            value_style,
            _cells()["cell"],
        )
        cells.append([paragraph(t, s) for t, s in zip(texts, column_styles, strict=True)])
    widths = _widths(head, body, (0.05, 0.4, 0.1, 0.11, 0.11, 0.19), 1)
    table = grid(cells, widths, total=False)
    table.setStyle(TableStyle(commands))
    return [
        _heading("report_indicators", language),
        table,
        Spacer(1, 2),
        paragraph(text(language, "report_worse_note"), _cells()["note"]),
    ]


def _service_row(name: str, counts: ServiceCounts, language: str) -> list[str]:
    return [
        name,
        *(
            number(n, language)
            for n in (counts.handed_in, counts.accepted, counts.refused, counts.issued)
        ),
        f"{counts.ready_in_time.part} / {counts.ready_in_time.whole}",
        number(counts.late, language),
    ]


def _applications(data: IndicatorsReportData, language: str) -> list[Flowable]:
    summary = data.applications
    head = [
        text(language, f"report_col_{k}")
        for k in ("service_name", "handed_in", "accepted", "refused", "issued", "in_time", "late")
    ]
    rows = [
        _service_row(data.service_names.get(c.service or 0, str(c.service)), c, language)
        for c in summary.by_service
    ]
    rows.append(_service_row(text(language, "report_all_services"), summary.total, language))
    table = _table(head, rows, (0.37, 0.1, 0.1, 0.1, 0.11, 0.11, 0.11), total=True)
    parts: list[Flowable] = [KeepTogether([_heading("report_applications", language), table])]
    if summary.refusals_by_document:
        parts += [
            Spacer(1, 6),
            paragraph(text(language, "report_refusals"), _cells()["head"]),
            _table(
                [text(language, "report_col_document"), text(language, "report_col_refusals")],
                [
                    [data.document_names.get(code, code), number(n, language)]
                    for code, n in summary.refusals_by_document
                ],
                (0.8, 0.2),
                total=False,
            ),
        ]
    return parts


def _within(count: Count | None, language: str) -> str:
    return tenths(count.percent if count is not None else None, language)


def _wait_row(name: str, waits: WaitSummary, language: str) -> list[str]:
    return [
        name,
        number(waits.visitors, language),
        number(waits.waits, language),
        tenths(minutes(waits.median), language),
        tenths(minutes(waits.p90), language),
        number(waits.limit_minutes, language),
        _within(waits.within_limit, language),
    ]


def _queue(data: IndicatorsReportData, language: str) -> list[Flowable]:
    queue = data.queue
    parts: list[Flowable] = [CondPageBreak(60), _heading("report_queue", language)]
    if not queue.visitors:
        return [*parts, paragraph(text(language, "report_nothing"), styles(PAGE).body)]
    per_day = tenth(Decimal(queue.visitors) / queue.days_with_visitors)
    facts = [
        ("report_visitors", number(queue.visitors, language)),
        ("report_served", number(queue.served, language)),
        ("report_no_shows", number(queue.no_shows, language)),
        ("report_never_called", number(queue.never_called, language)),
        ("report_days", number(queue.days_with_visitors, language)),
        ("report_per_day", tenths(per_day, language)),
        ("report_busiest", ", ".join(f"{h:02d}:00–{h + 1:02d}:00" for h in queue.busiest_hours)),
    ]
    summary = Table(
        [
            [paragraph(text(language, k), _cells()["cell"]), paragraph(v, _cells()["head"])]
            for k, v in facts
        ],
        colWidths=[_width() * 0.45, _width() * 0.55],
        hAlign="LEFT",
    )
    summary.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)])
    )
    head = [
        text(language, f"report_col_{k}")
        for k in ("purpose", "visitors", "called", "median", "p90", "limit", "within")
    ]
    rows = [
        _wait_row(data.purpose_names.get(w.purpose, w.purpose), w, language)
        for w in queue.waits
        if w.visitors
    ]
    rows.append(_wait_row(text(language, "report_all_purposes"), queue.all_waits, language))
    parts += [
        summary,
        Spacer(1, 6),
        paragraph(text(language, "report_waits"), _cells()["head"]),
        _table(head, rows, (0.36, 0.1, 0.1, 0.1, 0.12, 0.09, 0.13), total=True),
        Spacer(1, 2),
        paragraph(text(language, "report_waits_note"), _cells()["note"]),
    ]
    for chart in (
        charts.hour_chart(queue, language, _width()),
        charts.wait_chart(queue, language, _width()),
    ):
        if chart is not None:
            parts += [Spacer(1, 8), chart]
    if queue.clerks:
        head = [
            text(language, f"report_col_{k}")
            for k in ("clerk", "served", "days", "service", "busy", "idle")
        ]
        rows = [
            [
                load.clerk,
                number(load.served, language),
                number(load.days, language),
                tenths(minutes(load.median_service), language),
                tenths(hours(load.busy), language),
                tenths(hours(load.idle), language),
            ]
            for load in queue.clerks
        ]
        parts += [
            Spacer(1, 6),
            KeepTogether(
                [
                    paragraph(text(language, "report_clerks"), _cells()["head"]),
                    _table(head, rows, (0.3, 0.12, 0.12, 0.16, 0.18, 0.12), total=False),
                    Spacer(1, 2),
                    paragraph(text(language, "report_clerks_note"), _cells()["note"]),
                ]
            ),
        ]
    return parts


def _trends(trends: Sequence[Trend], language: str) -> list[Flowable]:
    drawn = [c for t in trends if (c := charts.trend_chart(t, language, _width())) is not None]
    if not drawn:
        return []
    parts: list[Flowable] = [CondPageBreak(90), _heading("report_trends", language)]
    for chart in drawn:
        parts += [chart, Spacer(1, 6)]
    return parts


def _signed(body: list[Flowable], data: IndicatorsReportData, language: str) -> list[Flowable]:
    """The body with the signature lines kept on one page with its last part, never alone."""
    while body and isinstance(body[-1], Spacer | CondPageBreak):
        body.pop()
    made_on = format_date(wall_clock(data.made_at).date(), language)
    signatures: list[Flowable] = [
        Spacer(1, 14),
        signature_line(text(language, "report_akim"), data.akim, PAGE, language),
        Spacer(1, 10),
        signature_line(text(language, "report_preparer"), data.preparer, PAGE, language),
        paragraph(f"{text(language, 'date')}: {made_on}", styles(PAGE).body),
    ]
    return [*body[:-1], KeepTogether([*body[-1:], *signatures])]


def _draft(data: IndicatorsReportData) -> bool:
    return data.sign_off is not None and data.sign_off.state == "unsigned"


def _draft_mark(data: IndicatorsReportData, language: str) -> list[Flowable]:
    """The framed draft mark at the top of a report the akim has not signed off."""
    if not _draft(data):
        return []
    return [mark_box(text(language, "report_draft"), PAGE), Spacer(1, 6)]


def _signed_off(data: IndicatorsReportData, language: str) -> list[Flowable]:
    """Who signed the figures off and when, and which indicators counted now differ."""
    mark = data.sign_off
    if mark is None or mark.signed_at is None:
        return []
    moment = date_time(wall_clock(mark.signed_at), language)
    signed = text(language, "report_signed", akim=mark.akim, moment=moment)
    parts: list[Flowable] = [paragraph(signed, _cells()["head"])]
    if mark.differing:
        changed = text(
            language,
            "report_signed_changed",
            codes=", ".join(mark.differing),
            moment=date_time(wall_clock(data.made_at), language),
        )
        parts.append(paragraph(changed, _cells()["note"]))
    return parts


def _offices_signed(data: IndicatorsReportData, language: str) -> list[Flowable]:
    """The district's consolidated report, which no akim signs: whether each office's akim
    signed off the office's own report of the period, by whom and when."""
    if not data.office_sign_offs:
        return []
    head = [text(language, "report_col_office"), text(language, "report_col_sign_off")]
    cells: list[list[Any]] = [[paragraph(h, _cells()["head"]) for h in head]]
    for name, mark in data.office_sign_offs:
        if mark.signed_at is None:
            shown = text(language, "report_draft")
        else:
            moment = date_time(wall_clock(mark.signed_at), language)
            shown = text(language, "report_office_signed", akim=mark.akim, moment=moment)
        cells.append([paragraph(name, _cells()["cell"]), paragraph(shown, _cells()["cell"])])
    return [
        Spacer(1, 4),
        _heading("report_offices_signed", language),
        grid(cells, [_width() * 0.45, _width() * 0.55], total=False),
        Spacer(1, 2),
        paragraph(text(language, "report_offices_note"), _cells()["note"]),
    ]


def _footer(data: IndicatorsReportData, language: str, period: str) -> Callable[[int], str]:
    draft = _draft(data)

    def footer(page: int) -> str:
        shown = text(language, "report_page", period=period, page=page)
        return f"{text(language, 'report_draft_short')} · {shown}" if draft else shown

    return footer


def render_indicators_report(
    data: IndicatorsReportData, language: str, *, sample: bool = False
) -> bytes:
    """The report as A4 PDF bytes in `language` ("kk" or "ru")."""
    made = date_time(wall_clock(data.made_at), language)
    period = period_text(data.period, language)
    body: list[Flowable] = [
        *marks(language, PAGE, False, sample),
        *_draft_mark(data, language),
        *header(data.office_name, text(language, "report_title"), PAGE, period),
        paragraph(text(language, "report_made", moment=made), _cells()["note"]),
        *_signed_off(data, language),
        *_offices_signed(data, language),
        Spacer(1, 6),
        *_indicators(data.indicators, language),
        Spacer(1, 10),
        *_applications(data, language),
        Spacer(1, 10),
        *_queue(data, language),
        Spacer(1, 10),
        *_trends(data.trends, language),
    ]
    return build_pdf(
        _signed(body, data, language),
        PAGE,
        title=f"{text(language, 'report_title')}. {period}",
        author=data.office_name,
        footer=_footer(data, language, period),
    )
