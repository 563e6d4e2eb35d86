"""The report's charts, drawn with ReportLab's own graphics into the PDF.

One chart code for screen and paper: the program shows reports as the PDF in its preview, so a
chart drawn here is the chart on the screen and on the printout. ReportLab (already a dependency,
BSD) is used rather than Qt Charts (GPL/commercial) or matplotlib (tens of megabytes and a slow
import). Every label is in the bundled DejaVu font, so Kazakh letters print.

Each function returns a Drawing (a flowable the report places like a paragraph), or None when
there is nothing to draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import cast

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.core.formatting import format_date, format_number
from desktop.core.indicators import Trend
from desktop.core.queue_stats import QueueSummary
from desktop.printing.fonts import BOLD, REGULAR, register_fonts
from desktop.printing.texts import text

HEIGHT = 56 * mm
FONT_SIZE = 7.5
TITLE_SIZE = 9
BAR = colors.HexColor("#4a6fa5")
BUSY_BAR = colors.HexColor("#1f3b66")
LIMIT_LINE = colors.HexColor("#b03030")
NORM_LINE = colors.HexColor("#777777")
GRID = colors.HexColor("#dddddd")
# The bars of the wait histogram, by the kind of limit of the visitor's purpose.
LIMIT_KINDS = (("hand_in", "#4a6fa5"), ("collect", "#9fbce0"), ("", "#c8c8c8"))
LEFT, BOTTOM, TOP = 12 * mm, 9 * mm, 9 * mm


def _frame(width: float, title: str) -> Drawing:
    register_fonts()
    drawing = Drawing(width, HEIGHT)
    drawing.add(String(0, HEIGHT - TITLE_SIZE, title, fontName=BOLD, fontSize=TITLE_SIZE))
    return drawing


def _style_axes(chart: VerticalBarChart | HorizontalLineChart) -> None:
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName = REGULAR
        labels.fontSize = FONT_SIZE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.5


def _place(chart: VerticalBarChart | HorizontalLineChart, width: float, legend: float = 0) -> None:
    # The stubs say int (from the defaults); ReportLab takes any number (isNumber).
    chart.x, chart.y = LEFT, BOTTOM  # type: ignore[assignment]
    chart.width = width - LEFT - legend - 2 * mm  # type: ignore[assignment]
    chart.height = HEIGHT - BOTTOM - TOP  # type: ignore[assignment]


def _axis_title(drawing: Drawing, label: str, x: float) -> None:
    drawing.add(String(x, 0, label, fontName=REGULAR, fontSize=FONT_SIZE, textAnchor="middle"))


def hour_chart(queue: QueueSummary, language: str, width: float) -> Drawing | None:
    """Bars of the average visitors per day by hour of issue; the busiest hours darker."""
    hours = [hour for hour, count in enumerate(queue.by_hour) if count]
    if not hours:
        return None
    shown = range(hours[0], hours[-1] + 1)
    drawing = _frame(width, text(language, "chart_hours"))
    chart = VerticalBarChart()
    _place(chart, width)
    _style_axes(chart)
    chart.data = [[round(queue.per_day(hour), 2) for hour in shown]]
    chart.categoryAxis.categoryNames = [f"{hour:02d}:00" for hour in shown]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: format_number(round(value, 1), language)
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    for index, hour in enumerate(shown):
        if hour in queue.busiest_hours:
            chart.bars[(0, index)].fillColor = BUSY_BAR
    drawing.add(chart)
    _axis_title(drawing, text(language, "chart_hour_axis"), chart.x + chart.width / 2)
    return drawing


def wait_chart(queue: QueueSummary, language: str, width: float) -> Drawing | None:
    """A histogram of waits in 5-minute bins, by kind of limit, with a line at each limit."""
    bins = queue.histogram
    if not any(b.total for b in bins):
        return None
    drawing = _frame(width, text(language, "chart_waits"))
    legend_width = 38 * mm
    chart = VerticalBarChart()
    _place(chart, width, legend_width)
    _style_axes(chart)
    chart.categoryAxis.style = "stacked"
    chart.data = [[b.by_limit.get(kind, 0) for b in bins] for kind, _ in LIMIT_KINDS]
    chart.categoryAxis.categoryNames = [
        f"{b.low}–{b.high}" if b.high is not None else f">{b.low}" for b in bins
    ]
    chart.categoryAxis.labels.angle = 0
    chart.categoryAxis.labels.fontSize = FONT_SIZE - 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: format_number(int(value), language)
    chart.barSpacing = 0
    chart.groupSpacing = 1
    for index, (_, color) in enumerate(LIMIT_KINDS):
        chart.bars[index].fillColor = colors.HexColor(color)
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    bin_width = chart.width / len(bins)
    top_minutes = bins[-1].low
    for limit in queue.limits:
        if limit > top_minutes:
            continue
        x = chart.x + bin_width * limit / (bins[1].low - bins[0].low)
        drawing.add(
            Line(x, chart.y, x, chart.y + chart.height + 2 * mm, strokeColor=LIMIT_LINE,
                 strokeWidth=1.2, strokeDashArray=[3, 2])
        )  # fmt: skip
        drawing.add(
            String(x + 1, chart.y + chart.height + 2.5 * mm,
                   text(language, "chart_limit", minutes=limit),
                   fontName=REGULAR, fontSize=FONT_SIZE, fillColor=LIMIT_LINE)
        )  # fmt: skip
    legend = Legend()
    # Any number, as above (the stubs say int).
    legend.x, legend.y = width - legend_width, chart.y + chart.height - 4 * mm  # type: ignore[assignment]
    legend.fontName, legend.fontSize = REGULAR, FONT_SIZE
    legend.alignment = "right"
    legend.columnMaximum = len(LIMIT_KINDS)
    legend.dx = legend.dy = 6
    legend.colorNamePairs = [
        (colors.HexColor(color), text(language, f"chart_kind_{kind or 'other'}"))
        for kind, color in LIMIT_KINDS
    ]
    drawing.add(legend)
    _axis_title(drawing, text(language, "chart_wait_axis"), chart.x + chart.width / 2)
    return drawing


def _runs(values: Sequence[Decimal | None]) -> list[list[float | None]]:
    """One series per run of months with data, None elsewhere, so gaps are not bridged."""
    runs: list[list[float | None]] = []
    current: list[float | None] | None = None
    for index, value in enumerate(values):
        if value is None:
            current = None
            continue
        if current is None:
            current = [None] * len(values)
            runs.append(current)
        current[index] = float(value)
    return runs


def trend_chart(trend: Trend, language: str, width: float) -> Drawing | None:
    """An indicator's value month by month as a line, with its norm dashed; months with no
    data leave a gap."""
    values = [point.value.value for point in trend.points]
    known = [float(v) for v in values if v is not None]
    if not known:
        return None
    norm = float(trend.standard.norm)
    drawing = _frame(width, text(language, "chart_trend", code=trend.standard.code))
    chart = HorizontalLineChart()
    _place(chart, width)
    _style_axes(chart)
    runs = _runs(values)
    chart.data = [*runs, [norm] * len(values)]
    many_years = len({p.month_start.year for p in trend.points}) > 1
    chart.categoryAxis.categoryNames = [
        format_date(p.month_start, language, "LLL yy" if many_years else "LLL")
        for p in trend.points
    ]
    low, high = min([*known, norm]), max([*known, norm])
    chart.valueAxis.valueMin = max(0.0, (low - 5) // 5 * 5)
    chart.valueAxis.valueMax = min(100.0, high + 5) if high <= 100 else high * 1.1
    chart.valueAxis.labelTextFormat = lambda value: format_number(round(value, 1), language)
    for index in range(len(runs)):
        chart.lines[index].strokeColor = BAR
        chart.lines[index].strokeWidth = 1.5
        chart.lines[index].symbol = makeMarker("FilledCircle", size=4, fillColor=BAR)
    chart.lines[len(runs)].strokeColor = NORM_LINE
    chart.lines[len(runs)].strokeDashArray = [4, 2]
    drawing.add(chart)
    drawing.add(
        String(chart.x + chart.width, chart.y + chart.height + 1.5 * mm,
               text(language, "chart_norm", norm=format_number(trend.standard.norm, language)),
               fontName=REGULAR, fontSize=FONT_SIZE, fillColor=NORM_LINE, textAnchor="end")
    )  # fmt: skip
    return drawing


def chart_pdfs(
    queue: QueueSummary, trends: Sequence[Trend], language: str, width: float = 170 * mm
) -> list[bytes]:
    """The report's charts, each as a one-page PDF of its own size (the Reports tab shows them
    as pictures): the same drawings as on paper."""
    from reportlab.graphics import renderPDF

    drawings = [
        hour_chart(queue, language, width),
        wait_chart(queue, language, width),
        *(trend_chart(trend, language, width) for trend in trends),
    ]
    # drawToString gives the PDF's bytes (the stubs say str)
    return [cast(bytes, renderPDF.drawToString(d)) for d in drawings if d is not None]
