"""Shared pieces of printed documents: page sizes, styles, header, copy and sample marks.

Four pages: "receipt" (80 mm roll paper, its height computed from the content), "a6", "a4" and
"a4-half" (the top half of an A4 sheet, 210 x 148.5 mm: the complaint talon).
Every text goes through `paragraph()`, which escapes it and wraps it to the page width, so
long office names and lists are never cut off.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from desktop.core.formatting import format_date
from desktop.printing.fonts import BOLD, REGULAR, register_fonts
from desktop.printing.texts import text

RECEIPT = "receipt"
PAGES = (RECEIPT, "a6", "a4", "a4-half")
RECEIPT_WIDTH = 80 * mm
CREATOR = "Auyl Desk"
GRID = colors.HexColor("#777777")
HEAD = colors.HexColor("#e8e8e8")


@dataclass(frozen=True)
class PageSpec:
    width: float
    height: float | None  # None: as tall as the content (roll paper)
    margin: float
    font_size: float


PAGE_SPECS = {
    RECEIPT: PageSpec(RECEIPT_WIDTH, None, 4 * mm, 9),
    "a6": PageSpec(A6[0], A6[1], 7 * mm, 8.5),
    "a4": PageSpec(A4[0], A4[1], 20 * mm, 11),
    "a4-half": PageSpec(A4[0], A4[1] / 2, 12 * mm, 9),
}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    strong: ParagraphStyle
    office: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    big: ParagraphStyle
    mark: ParagraphStyle
    center: ParagraphStyle


def page_spec(page: str) -> PageSpec:
    if page not in PAGE_SPECS:
        raise ValueError(f"unknown page {page!r}: one of {', '.join(PAGES)}")
    return PAGE_SPECS[page]


@cache
def styles(page: str) -> Styles:
    register_fonts()
    size = page_spec(page).font_size

    def style(name: str, scale: float = 1.0, **extra: object) -> ParagraphStyle:
        options: dict[str, object] = {
            "fontName": REGULAR,
            "fontSize": size * scale,
            "leading": size * scale * 1.25,
            "alignment": TA_LEFT,
        }
        options.update(extra)
        return ParagraphStyle(f"{page}-{name}", **options)  # type: ignore[arg-type]

    return Styles(
        body=style("body", spaceAfter=size * 0.5),
        small=style("small", 0.85, textColor=colors.HexColor("#333333")),
        label=style("label", 0.85, textColor=colors.HexColor("#333333")),
        value=style("value", fontName=BOLD, spaceAfter=size * 0.4),
        strong=style("strong", 1.15, fontName=BOLD, spaceAfter=size * 0.4),
        office=style("office", fontName=BOLD, alignment=TA_CENTER),
        title=style("title", 1.4, fontName=BOLD, alignment=TA_CENTER, spaceBefore=size * 0.3),
        subtitle=style("subtitle", alignment=TA_CENTER, spaceAfter=size * 0.3),
        big=style("big", 3.6, fontName=BOLD, alignment=TA_CENTER, spaceBefore=size * 0.2),
        mark=style("mark", 1.3, fontName=BOLD, alignment=TA_CENTER),
        center=style("center", 0.9, alignment=TA_CENTER),
    )


def paragraph(value: str, style: ParagraphStyle) -> Paragraph:
    """A wrapped paragraph of plain text (markup characters escaped, line breaks kept)."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def date_time(moment: datetime, language: str) -> str:
    """'2026 ж. 26 қараша, сағ. 10:15' / '26 ноября 2026 г., 10:15'."""
    return text(
        language,
        "date_time",
        date=format_date(moment.date(), language),
        time=f"{moment:%H:%M}",
    )


def rule(page: str, thickness: float = 0.8) -> HRFlowable:
    size = page_spec(page).font_size
    return HRFlowable(
        width="100%", thickness=thickness, color=colors.black, spaceBefore=size * 0.3,
        spaceAfter=size * 0.4,
    )  # fmt: skip


def mark_box(label: str, page: str) -> Table:
    """A framed mark across the page ("КӨШІРМЕ", "ОБРАЗЕЦ")."""
    box = Table([[paragraph(label, styles(page).mark)]], hAlign="CENTER")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


def marks(language: str, page: str, copy: bool, sample: bool) -> list[Flowable]:
    """The copy mark for reprints and the sample mark for specimens, at the top of a document."""
    found: list[Flowable] = []
    if sample:
        found.append(mark_box(text(language, "sample"), page))
    if copy:
        found.append(mark_box(text(language, "copy"), page))
    if found:
        found.append(Spacer(1, page_spec(page).font_size * 0.6))
    return found


def header(
    office_name: str, title: str, page: str, subtitle: str = "", *, office_phone: str = ""
) -> list[Flowable]:
    """The office name over a line, then the document's title (and subtitle)."""
    style = styles(page)
    parts: list[Flowable] = [paragraph(office_name, style.office)]
    if office_phone:
        parts.append(paragraph(office_phone, style.center))
    parts += [rule(page), paragraph(title, style.title)]
    if subtitle:
        parts.append(paragraph(subtitle, style.subtitle))
    else:
        parts.append(Spacer(1, page_spec(page).font_size * 0.5))
    return parts


def field(label: str, value: str, page: str, *, emphasis: bool = False) -> list[Flowable]:
    """A small label with its value below (receipts and A6)."""
    style = styles(page)
    return [
        paragraph(label, style.label),
        paragraph(value, style.strong if emphasis else style.value),
    ]


def signature_line(label: str, name: str, page: str, language: str) -> Table:
    """'Қызметкер: Ахметова Г. С.    Қолы ____________'."""
    style = styles(page)
    width = page_spec(page).width - 2 * page_spec(page).margin
    table = Table(
        [
            [
                paragraph(f"{label}: {name}", style.body),
                paragraph(f"{text(language, 'signature')}: ________________", style.body),
            ]
        ],
        colWidths=[width * 0.6, width * 0.4],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def grid(rows: list[list[Any]], widths: Sequence[float], *, total: bool = True) -> Table:
    """A ruled table whose header row repeats on every page it spans (`total`: last row ruled)."""
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def build_pdf(
    story: Sequence[Flowable],
    page: str,
    *,
    title: str,
    author: str,
    footer: Callable[[int], str] | None = None,
) -> bytes:
    """Lay the story out on `page` and return the PDF bytes.

    `footer(page number)` gives a small line printed at the bottom right of every page.
    """
    register_fonts()
    spec = page_spec(page)
    frame_width = spec.width - 2 * spec.margin
    if spec.height is None:
        frame_height = _content_height(story, frame_width) + 2 * mm
    else:
        frame_height = spec.height - 2 * spec.margin
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=(spec.width, frame_height + 2 * spec.margin),
        leftMargin=spec.margin,
        rightMargin=spec.margin,
        topMargin=spec.margin,
        bottomMargin=spec.margin,
        title=title,
        author=author,
        creator=CREATOR,
        producer=CREATOR,
    )
    frame = Frame(
        spec.margin, spec.margin, frame_width, frame_height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )  # fmt: skip

    def draw_footer(canvas: Canvas, document: BaseDocTemplate) -> None:
        if footer is None:
            return
        canvas.saveState()
        canvas.setFont(REGULAR, spec.font_size * 0.7)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawRightString(spec.width - spec.margin, spec.margin / 2, footer(document.page))
        canvas.restoreState()

    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=draw_footer)])
    document.build(list(story))
    return buffer.getvalue()


def _content_height(story: Sequence[Flowable], width: float) -> float:
    """The height the story takes in a frame `width` wide (an upper bound: spaces all counted)."""
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(width, 10_000 * mm)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total
