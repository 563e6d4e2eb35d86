"""The application on the set form (standard item 13: the blank and a filled-in sample are free).

The first page is the blank form; with `filled_in_sample` a second page shows it filled in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from desktop.core.formatting import format_date
from desktop.printing.layout import (
    build_pdf,
    mark_box,
    marks,
    page_spec,
    paragraph,
    styles,
)
from desktop.printing.texts import text

BLANK = "\u00a0"
UNCHECKED = "\u2610"
CHECKED = "\u2611"
LINE = "_" * 28


@dataclass(frozen=True)
class ApplicantDetails:
    name: str
    iin: str
    address: str
    phone: str
    signed_on: date


@dataclass(frozen=True)
class ApplicationFormData:
    office_name: str
    service_name: str  # in the document's language
    documents: Sequence[str]  # the documents to hand in, in the document's language
    filled_in_sample: ApplicantDetails | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "documents", tuple(self.documents))


def render_application_form(
    data: ApplicationFormData,
    language: str,
    copy: bool = False,
    page: str = "a4",
    *,
    sample: bool = False,
) -> bytes:
    story = [*marks(language, page, copy, sample), *_form(data, None, language, page)]
    if data.filled_in_sample is not None:
        story += [
            PageBreak(),
            *marks(language, page, copy, sample),
            mark_box(text(language, "form_sample_title"), page),
            Spacer(1, page_spec(page).font_size),
            *_form(data, data.filled_in_sample, language, page),
        ]
    return build_pdf(story, page, title=text(language, "form_title"), author=data.office_name)


def _form(
    data: ApplicationFormData, filled: ApplicantDetails | None, language: str, page: str
) -> list[Flowable]:
    style = styles(page)
    gap = page_spec(page).font_size
    width = page_spec(page).width - 2 * page_spec(page).margin

    def value(filled_value: str, lines: int = 1) -> str:
        return filled_value if filled is not None else "\n".join([BLANK] * lines)

    addressee = Table(
        [
            [paragraph(f"{text(language, 'form_to')}: {data.office_name}", style.body)],
            [paragraph(f"{text(language, 'form_from')}: {filled.name if filled else LINE}",
                       style.body)],
        ],
        colWidths=[width * 0.55],
        hAlign="RIGHT",
    )  # fmt: skip
    addressee.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))

    rows = [
        (text(language, "form_name"), value(filled.name if filled else "", 2)),
        (text(language, "form_iin"), value(filled.iin if filled else "")),
        (text(language, "form_address"), value(filled.address if filled else "", 2)),
        (text(language, "form_phone"), value(filled.phone if filled else "")),
    ]
    fields = Table(
        [[paragraph(label, style.label), paragraph(entry, style.value)] for label, entry in rows],
        colWidths=[width * 0.32, width * 0.68],
    )
    fields.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), gap * 0.9),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    box = CHECKED if filled is not None else UNCHECKED
    documents = [
        paragraph(f"{box} {number}. {name}", style.body)
        for number, name in enumerate(data.documents, start=1)
    ]
    signed_on = format_date(filled.signed_on, language) if filled else "«____» ______________ 20___"
    signature = Table(
        [
            [
                paragraph(f"{text(language, 'date')}: {signed_on}", style.body),
                paragraph(f"{text(language, 'signature')}: ________________", style.body),
            ]
        ],
        colWidths=[width * 0.55, width * 0.45],
    )
    signature.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [
        addressee,
        Spacer(1, gap * 2),
        paragraph(text(language, "form_title"), style.title),
        Spacer(1, gap),
        paragraph(text(language, "form_body", service=data.service_name), style.body),
        fields,
        Spacer(1, gap * 1.5),
        paragraph(text(language, "form_documents"), style.body),
        *documents,
        Spacer(1, gap * 2),
        signature,
        Spacer(1, gap * 3),
        paragraph(text(language, "form_free"), style.small),
    ]
