"""Certificates from the household book (issue 5): kind 1, the applicant keeps a subsidiary
household farm; kind 2, the livestock head count. A4, in the applicant's language.

`content` is the snapshot built by desktop.services.certificates.build_content (its strings are
already in the document language); `payload` is the signed ASCII text of the QR code. The payload
is also printed beneath the code on ONE line, so that text extracted from the PDF carries it as
one contiguous string for the verifier. Long member or livestock lists flow onto further pages
with the table headers repeated; the signature block, stamp place and QR code stay together.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from desktop.core.formatting import format_area, format_date
from desktop.printing.fonts import BOLD, REGULAR, register_fonts
from desktop.printing.layout import CREATOR, grid, mark_box, marks, paragraph
from desktop.printing.qr import QrCode
from desktop.printing.texts import text

PAGE = "a4"
MARGIN = 15 * mm
FONT_SIZE = 9.5
QR_SIZE = 38 * mm  # modules of a version 9-10 code at about 2.4 px even in a 100 dpi scan
PAYLOAD_FONT = "Courier"  # ASCII only, like the payload; narrow and unambiguous
PAYLOAD_SIZE = 6.5  # points: legible (at least 6)
PAYLOAD_ROOM = A4[0] - 2 * 10 * mm  # the text of the code stays inside 10 mm side margins
DEMO_SIZE = 150  # points: the DEMO mark across every page of a demo certificate


def _style(name: str, scale: float = 1.0, **extra: Any) -> ParagraphStyle:
    options: dict[str, Any] = {
        "fontName": REGULAR,
        "fontSize": FONT_SIZE * scale,
        "leading": FONT_SIZE * scale * 1.25,
    }
    options.update(extra)
    return ParagraphStyle(f"certificate-{name}", **options)


BODY = _style("body", spaceAfter=3)
CELL = _style("cell", 0.92)
CELL_RIGHT = _style("cell-right", 0.92, alignment=TA_RIGHT)
CELL_KIND = _style("cell-kind", 0.92, leftIndent=10)
CELL_HEAD = _style("cell-head", 0.85, fontName=BOLD)
CELL_HEAD_RIGHT = _style("cell-head-right", 0.85, fontName=BOLD, alignment=TA_RIGHT)
CELL_TOTAL = _style("cell-total", 0.92, fontName=BOLD)
CELL_TOTAL_RIGHT = _style("cell-total-right", 0.92, fontName=BOLD, alignment=TA_RIGHT)
LABEL = _style("label", 0.92, textColor=colors.HexColor("#333333"))
VALUE = _style("value", fontName=BOLD)
OFFICE = _style("office", 1.1, fontName=BOLD, alignment=TA_CENTER)
CENTER_SMALL = _style("center-small", 0.85, alignment=TA_CENTER)
TITLE = _style("title", 1.35, fontName=BOLD, alignment=TA_CENTER, spaceBefore=4, spaceAfter=2)
SECTION = _style("section", fontName=BOLD, spaceBefore=5, spaceAfter=2)
DATE = _style("date", alignment=TA_RIGHT)
AKIM = _style("akim", fontName=BOLD, alignment=TA_RIGHT)
NOTE = _style("note", 0.8, textColor=colors.HexColor("#333333"))
STAMP = _style("stamp", 1.1, fontName=BOLD)


def render_certificate(
    content: dict[str, Any], payload: str, copy: bool = False, *, sample: bool = False
) -> bytes:
    """The certificate as A4 PDF bytes, in content["language"]."""
    register_fonts()
    language = content["language"]
    kind = int(content["kind"])
    if kind not in (1, 2):
        raise ValueError(f"unknown certificate kind {kind!r}: 1 or 2")
    if not payload.isascii():
        raise ValueError("the QR payload must be ASCII")
    title = text(language, f"cert_title_{kind}")
    demo = bool(content.get("demo"))
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = [
        *_demo_note(language, demo),
        *marks(language, PAGE, copy, sample),
        *_header(content["office"]),
        paragraph(title, TITLE),
        _number_and_date(content, language, width),
        Spacer(1, 4),
        _references(content, language, width),
        Spacer(1, 6),
        paragraph(
            text(
                language,
                f"cert_statement_{kind}",
                date=format_date(date.fromisoformat(content["as_of"]), language),
            ),
            BODY,
        ),
    ]
    livestock = _livestock(content["livestock"], language, width)
    if kind == 1:
        story += [
            paragraph(text(language, "cert_members"), SECTION),
            _members(content["members"], language, width),
            paragraph(text(language, "cert_plots"), SECTION),
            _plots(content["plots"], language, width),
            paragraph(text(language, "cert_livestock_1"), SECTION),
            livestock,
        ]
    else:
        story += [paragraph(text(language, "cert_livestock_2"), SECTION), livestock]
    story += [
        Spacer(1, 6),
        paragraph(f"{text(language, 'cert_basis')}: {content['basis']}", BODY),
        Spacer(1, 14),
        KeepTogether(_signature_block(content["akim"], payload, language, width)),
    ]
    return _build(story, content, title, demo)


# ---- parts --------------------------------------------------------------------------------------


def _header(office: dict[str, Any]) -> list[Flowable]:
    phones = ", ".join(office.get("phones") or [])
    lines = [office["address"], phones]
    parts: list[Flowable] = [paragraph(office["name"], OFFICE)]
    parts += [paragraph(line, CENTER_SMALL) for line in lines if line]
    parts.append(
        HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=3, spaceAfter=4)
    )
    return parts


def _number_and_date(content: dict[str, Any], language: str, width: float) -> Table:
    issued = format_date(date.fromisoformat(content["issued_on"]), language)
    number = paragraph(text(language, "cert_number", number=content["number"]), VALUE)
    when = paragraph(f"{text(language, 'cert_issued_on')}: {issued}", DATE)
    return _plain_table([[number, when]], [width * 0.5, width * 0.5])


def _references(content: dict[str, Any], language: str, width: float) -> Table:
    applicant = content["applicant"]
    household = content["household"]
    rows: list[tuple[str, str]] = []
    if applicant.get("organization"):
        rows.append((text(language, "cert_organization"), applicant["organization"]))
        rows.append((text(language, "cert_bin"), applicant["national_number"]))
        if applicant.get("name"):
            rows.append((text(language, "cert_representative"), applicant["name"]))
    else:
        rows.append((text(language, "cert_applicant"), applicant["name"]))
        rows.append((text(language, "cert_iin"), applicant["national_number"]))
    rows.append((text(language, "cert_address"), household["address"]))
    rows.append((text(language, "cert_account"), household["account_number"]))
    if household.get("book_number"):
        key = "cert_book_value" if household.get("book_page") else "cert_book_no_page"
        book = text(language, key, book=household["book_number"], page=household.get("book_page"))
        rows.append((text(language, "cert_book"), book))
    cells = [[paragraph(label, LABEL), paragraph(value, VALUE)] for label, value in rows]
    return _plain_table(cells, [width * 0.32, width * 0.68], padding=1.5)


def _members(members: Sequence[dict[str, Any]], language: str, width: float) -> Flowable:
    if not members:
        return paragraph(text(language, "cert_none"), BODY)
    head = ["cert_col_no", "cert_col_name", "cert_col_relation", "cert_col_birth"]
    rows = [
        [
            paragraph(str(index), CELL),
            paragraph(member["full_name"], CELL),
            paragraph(member["relation"], CELL),
            paragraph(_date(member.get("birth_date", ""), language), CELL),
        ]
        for index, member in enumerate(members, start=1)
    ]
    return grid(
        [_head(head, language), *rows], [width * w for w in (0.07, 0.45, 0.24, 0.24)], total=False
    )


def _plots(plots: Sequence[dict[str, Any]], language: str, width: float) -> Flowable:
    if not plots:
        return paragraph(text(language, "cert_none"), BODY)
    head = ["cert_col_no", "cert_col_purpose", "cert_col_area"]
    rows: list[list[Any]] = [
        [
            paragraph(str(index), CELL),
            paragraph(plot["purpose"], CELL),
            paragraph(format_area(Decimal(plot["area_ha"]), language), CELL_RIGHT),
        ]
        for index, plot in enumerate(plots, start=1)
    ]
    total = sum((Decimal(plot["area_ha"]) for plot in plots), Decimal(0))
    rows.append(
        [
            "",
            paragraph(text(language, "cert_total"), CELL_TOTAL),
            paragraph(format_area(total, language), CELL_TOTAL_RIGHT),
        ]
    )
    return grid([_head(head, language, right=(2,)), *rows], [width * w for w in (0.07, 0.69, 0.24)])


def _livestock(livestock: Sequence[dict[str, Any]], language: str, width: float) -> Flowable:
    """Kinds under their group; each group's line carries the group's total (no grand total:
    heads of cattle and of poultry do not add up)."""
    if not livestock:
        return paragraph(text(language, "cert_none"), BODY)
    groups: list[tuple[str, list[dict[str, Any]]]] = []
    for row in livestock:
        if not groups or groups[-1][0] != row["group"]:
            groups.append((row["group"], []))
        groups[-1][1].append(row)
    head = ["cert_col_no", "cert_col_kind", "cert_col_count"]
    rows: list[list[Any]] = [_head(head, language, right=(2,))]
    group_rows = []
    number = 0
    for group, kinds in groups:
        total = sum(int(row["count"]) for row in kinds)
        group_rows.append(len(rows))
        rows.append(
            [
                "",
                paragraph(text(language, "cert_group_total", group=group), CELL_TOTAL),
                paragraph(str(total), CELL_TOTAL_RIGHT),
            ]
        )
        for row in kinds:
            number += 1
            rows.append(
                [
                    paragraph(str(number), CELL),
                    paragraph(row["kind"], CELL_KIND),
                    paragraph(str(int(row["count"])), CELL_RIGHT),
                ]
            )
    table = grid(rows, [width * w for w in (0.07, 0.75, 0.18)], total=False)
    table.setStyle(
        TableStyle(
            [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2")) for r in group_rows]
        )
    )
    return table


def _signature_block(
    akim: dict[str, str], payload: str, language: str, width: float
) -> list[Flowable]:
    """The akim's signature and the stamp place on the left, the QR code on the right."""
    left = width - QR_SIZE - 4 * mm
    sign = _plain_table(
        [
            [
                paragraph(akim["position"], VALUE),
                "",
                paragraph(akim["name"], AKIM),
            ],
            ["", paragraph(text(language, "signature").lower(), CENTER_SMALL), ""],
            [paragraph(text(language, "cert_stamp"), STAMP), "", ""],
            [paragraph(text(language, "cert_verify"), NOTE), "", ""],
        ],
        [left * 0.36, left * 0.22, left * 0.42],
        padding=1,
        valign="BOTTOM",
    )
    sign.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (1, 1), (1, 1), 0.8, colors.black),  # the signature line
                ("LEFTPADDING", (1, 0), (1, -1), 6),
                ("RIGHTPADDING", (1, 0), (1, -1), 6),
                ("SPAN", (0, 2), (-1, 2)),
                ("SPAN", (0, 3), (-1, 3)),
                ("TOPPADDING", (0, 2), (-1, 2), 10),
                ("BOTTOMPADDING", (0, 2), (-1, 2), 12),
            ]
        )
    )
    code = QrCode(payload, QR_SIZE, level="M")
    block = _plain_table([[sign, code]], [left, QR_SIZE + 4 * mm], valign="BOTTOM")
    return [block, Spacer(1, 2), PayloadLine(payload, width)]


class PayloadLine(Flowable):
    """The QR code's text in monospace of at least 6 pt, inside the page's 10 mm margins, in as
    few lines of equal length as fit (the verifier joins them again, ignoring line breaks)."""

    def __init__(self, payload: str, frame_width: float) -> None:
        super().__init__()
        self.payload = payload
        self.frame_width = frame_width
        self.size = PAYLOAD_SIZE
        per_line = int(PAYLOAD_ROOM / stringWidth("M", PAYLOAD_FONT, self.size))
        count = -(-len(payload) // per_line)
        length = -(-len(payload) // count)
        self.lines = [payload[i : i + length] for i in range(0, len(payload), length)]
        self.leading = self.size * 1.25

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.frame_width, self.leading * len(self.lines) + 2

    def draw(self) -> None:
        canvas = self.canv
        line_width = max(stringWidth(line, PAYLOAD_FONT, self.size) for line in self.lines)
        x = (self.frame_width - line_width) / 2  # centred on the frame, even when wider
        y = self.leading * len(self.lines) - self.size
        for line in self.lines:
            canvas.setFont(PAYLOAD_FONT, self.size)
            canvas.drawString(x, y, line)
            y -= self.leading


# ---- helpers ------------------------------------------------------------------------------------


def _date(value: str, language: str) -> str:
    return format_date(date.fromisoformat(value), language, "dd.MM.yyyy") if value else "—"


def _head(keys: Sequence[str], language: str, right: Sequence[int] = ()) -> list[Flowable]:
    return [
        paragraph(text(language, key), CELL_HEAD_RIGHT if index in right else CELL_HEAD)
        for index, key in enumerate(keys)
    ]


def _plain_table(
    rows: list[list[Any]], widths: Sequence[float], *, padding: float = 0, valign: str = "TOP"
) -> Table:
    table = Table(rows, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return table


def _demo_note(language: str, demo: bool) -> list[Flowable]:
    if not demo:
        return []
    return [mark_box(text(language, "cert_demo_note"), PAGE), Spacer(1, 4)]


def _demo_mark(canvas: Canvas, language: str) -> None:
    """The large DEMO mark, diagonal across the page, in light grey under the text."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#d0d0d0"))
    canvas.setFont(BOLD, DEMO_SIZE)
    canvas.translate(A4[0] / 2, A4[1] / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -DEMO_SIZE / 3, text(language, "cert_demo"))
    canvas.restoreState()


def _build(story: list[Flowable], content: dict[str, Any], title: str, demo: bool) -> bytes:
    language = content["language"]
    number = content["number"]

    def footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        if demo:
            _demo_mark(canvas, language)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        label = text(language, "cert_page", number=number, page=document.page)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN / 2, label)
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{title} {number}",
        author=content["office"]["name"],
        creator=CREATOR,
        producer=CREATOR,
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
