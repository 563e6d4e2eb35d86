"""The queue ticket: number, purpose, time, people ahead and the waiting estimate."""

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
class TicketData:
    office_name: str
    number: str  # "A-001"
    purpose: str  # in the document's language
    issued_at: datetime
    people_ahead: int
    wait_minutes: int  # the estimate from today's real service times


def render_ticket(
    data: TicketData,
    language: str,
    copy: bool = False,
    page: str = RECEIPT,
    *,
    sample: bool = False,
) -> bytes:
    style = styles(page)
    story = [
        *marks(language, page, copy, sample),
        *header(data.office_name, text(language, "ticket_title"), page),
        paragraph(data.number, style.big),
        rule(page, 0.5),
        *field(text(language, "ticket_purpose"), data.purpose, page),
        *field(text(language, "ticket_time"), date_time(data.issued_at, language), page),
        *field(
            text(language, "ticket_ahead"),
            text(language, "ticket_ahead_value", count=data.people_ahead),
            page,
        ),
        *field(
            text(language, "ticket_wait"),
            text(language, "ticket_wait_value", minutes=data.wait_minutes),
            page,
        ),
        rule(page, 0.5),
        paragraph(text(language, "ticket_footer"), style.center),
    ]
    title = f"{text(language, 'ticket_title')} {data.number}"
    return build_pdf(story, page, title=title, author=data.office_name)
