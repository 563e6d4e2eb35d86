"""The talon (standard item 15): proof that documents were handed in, with the ready date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.printing.layout import (
    RECEIPT,
    build_pdf,
    date_time,
    field,
    header,
    marks,
    paragraph,
    rule,
    styles,
)
from desktop.printing.texts import text


@dataclass(frozen=True)
class TalonData:
    office_name: str
    office_phone: str
    service_name: str  # in the document's language (RuleSet.service(n).name_kk / name_ru)
    applicant: str  # a person's full name or a legal entity's name
    registration_number: str
    accepted_at: datetime
    clerk: str  # surname and initials: "Ахметова Г. С." (Clerk.short_name)
    ready_at: datetime  # desktop.core.ready_time.ready_time_for(accepted_at, ...)


def render_talon(
    data: TalonData,
    language: str,
    copy: bool = False,
    page: str = RECEIPT,
    *,
    sample: bool = False,
) -> bytes:
    style = styles(page)
    story = [
        *marks(language, page, copy, sample),
        *header(
            data.office_name,
            text(language, "talon_title"),
            page,
            text(language, "talon_subtitle"),
        ),
        *field(text(language, "talon_number"), data.registration_number, page, emphasis=True),
        *field(text(language, "talon_service"), data.service_name, page),
        *field(text(language, "talon_applicant"), data.applicant, page),
        *field(text(language, "talon_accepted"), date_time(data.accepted_at, language), page),
        *field(text(language, "talon_clerk"), data.clerk, page),
        *field(text(language, "phone"), data.office_phone, page),
        rule(page, 1.2),
        *field(
            text(language, "talon_ready"), date_time(data.ready_at, language), page, emphasis=True
        ),
        rule(page, 1.2),
        paragraph(text(language, "talon_footer"), style.center),
    ]
    title = f"{text(language, 'talon_title')} {data.registration_number}"
    return build_pdf(story, page, title=title, author=data.office_name)
