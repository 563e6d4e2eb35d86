"""The refusal notice: which required documents were missing (standard item 17), and the rule;
or, for an application refused after it was accepted, its registration number and the reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.platypus import ListFlowable, ListItem, Spacer

from desktop.printing.layout import (
    build_pdf,
    date_time,
    header,
    marks,
    page_spec,
    paragraph,
    signature_line,
    styles,
)
from desktop.printing.texts import text


@dataclass(frozen=True)
class RefusalData:
    office_name: str
    service_name: str  # in the document's language
    applicant: str
    missing_documents: Sequence[str]  # names in the document's language (RuleSet.document_name)
    basis: str  # the standard in force: RuleSet.basis_kk / basis_ru
    clerk: str  # surname and initials
    refused_at: datetime
    office_phone: str = ""
    reason: str = ""  # refused after acceptance: why (then no document is missing)
    registration_number: str = ""  # the accepted application's, refused after acceptance

    def __post_init__(self) -> None:
        if not self.missing_documents and not self.reason.strip():
            raise ValueError("a refusal names a missing document or its reason")
        object.__setattr__(self, "missing_documents", tuple(self.missing_documents))

    @property
    def title_key(self) -> str:
        """A refusal at hand-in refuses the documents; a later one refuses the service."""
        return "refusal_title" if self.missing_documents else "refusal_after_title"


def render_refusal(
    data: RefusalData,
    language: str,
    copy: bool = False,
    page: str = "a4",
    *,
    sample: bool = False,
) -> bytes:
    style = styles(page)
    gap = page_spec(page).font_size
    missing = ListFlowable(
        # ReportLab takes ListItems here (its own examples); the stubs want Flowables only.
        [
            ListItem(paragraph(name, style.value), leftIndent=gap * 2.2)  # type: ignore[misc]
            for name in data.missing_documents
        ],
        bulletType="1",
        bulletFormat="%s.",
        bulletFontName=style.value.fontName,
        bulletFontSize=style.value.fontSize,
        leftIndent=gap * 2.2,
    )
    if data.missing_documents:
        grounds = [
            paragraph(text(language, "refusal_body", service=data.service_name), style.body),
            paragraph(text(language, "refusal_missing"), style.body),
            missing,
            Spacer(1, gap * 0.8),
            paragraph(text(language, "refusal_rule", basis=data.basis), style.body),
            paragraph(text(language, "refusal_again"), style.body),
        ]
    else:
        body = text(
            language,
            "refusal_after_body",
            service=data.service_name,
            number=data.registration_number,
        )
        grounds = [
            paragraph(body, style.body),
            paragraph(f"{text(language, 'refusal_reason')}: {data.reason}", style.strong),
            Spacer(1, gap * 0.8),
        ]
    story = [
        *marks(language, page, copy, sample),
        *header(
            data.office_name, text(language, data.title_key), page, office_phone=data.office_phone
        ),
        paragraph(f"{text(language, 'refusal_to')}: {data.applicant}", style.strong),
        Spacer(1, gap * 0.5),
        *grounds,
        paragraph(text(language, "refusal_complaint"), style.body),
        Spacer(1, gap),
        paragraph(f"{text(language, 'date')}: {date_time(data.refused_at, language)}", style.body),
        Spacer(1, gap * 0.5),
        signature_line(text(language, "clerk"), data.clerk, page, language),
        Spacer(1, gap * 1.5),
        signature_line(text(language, "refusal_received"), data.applicant, page, language),
    ]
    return build_pdf(story, page, title=text(language, data.title_key), author=data.office_name)
