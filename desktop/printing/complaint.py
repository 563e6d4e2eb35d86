"""The complaint papers (standard items 21-23), in the complainant's language.

* the talon (item 23): the state body, registration number, surname and initials of the clerk who
  accepted it, date and time of acceptance, phone numbers, the date the answer is due; and the
  addressee (the district akim, Appendix 4) with the next reception days of the akim and each
  deputy. On half an A4 sheet or 80 mm roll paper, the office's choice;
* the protocol of an oral complaint, to sign;
* the extension notice and the forwarding notice to the complainant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.core.formatting import format_date
from desktop.printing.layout import (
    GRID,
    build_pdf,
    date_time,
    field,
    header,
    marks,
    page_spec,
    paragraph,
    rule,
    signature_line,
    styles,
)
from desktop.printing.texts import text

# (day, start, end, why it is skipped: a calendar DayOff kind, or None when held)
ReceptionDay = tuple[date, time | None, time | None, str | None]


@dataclass(frozen=True)
class ReceptionData:
    who: str  # "akim" or "deputy"
    deputy_no: int | None
    plural: bool
    source: str  # the schedule's own words (printed when no date can be computed)
    dates: tuple[ReceptionDay, ...]
    problem: str | None = None


@dataclass(frozen=True)
class AddresseeData:
    name: str
    address: str
    phones: Sequence[str]
    email: Sequence[str]
    web: Sequence[str]
    receptions: tuple[ReceptionData, ...]


@dataclass(frozen=True)
class ComplaintPaperData:
    office_name: str  # the state body that accepted the complaint
    office_phone: str
    number: str
    channel: str  # oral / written / post / electronic
    complainant: str
    national_number: str
    contacts: str
    subject_name: str  # whose action or inaction it is about
    text: str
    attachments: Sequence[str]
    received_at: datetime  # office-local
    registered_on: date
    clerk: str  # surname and initials
    due_on: date
    law: str  # the act whose terms apply, in the paper's language
    review_days: int
    review_unit: str  # calendar_days / working_days / months
    extended_on: date | None = None
    extension_reason: str = ""
    previous_due_on: date | None = None
    forwarded_on: date | None = None
    forwarded_to: str = ""
    addressee: AddresseeData | None = None
    language: str = ""  # the complainant's, the paper's (its renderer is told it too)


def _who(line: ReceptionData, language: str) -> str:
    if line.who == "akim":
        return text(language, "ct_akim")
    if line.plural:
        return text(language, "ct_deputies")
    if line.deputy_no is not None:
        return text(language, "ct_deputy_no", no=line.deputy_no)
    return text(language, "ct_deputy")


def _day(day: ReceptionDay, language: str) -> str:
    when, start, end, skipped = day
    label = format_date(when, language, "full")
    if skipped is not None:
        return text(language, "ct_skipped", date=label, why=text(language, f"ct_skipped_{skipped}"))
    if start is not None and end is not None:
        hours = text(language, "ct_time_range", start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    elif start is not None:
        hours = text(language, "ct_time_from", start=f"{start:%H:%M}")
    else:
        return label
    return f"{label}, {hours}"


def reception_lines(addressee: AddresseeData, language: str) -> list[str]:
    """'Әкім: 2026 ж. 8 желтоқсан, сейсенбі, сағ. 15:00–16:00; ...' per akim and deputy."""
    lines = []
    for line in addressee.receptions:
        if line.problem is not None:
            days = text(language, "ct_problem", source=line.source)
        else:
            days = "; ".join(_day(day, language) for day in line.dates)
        lines.append(f"{_who(line, language)}: {days}")
    return lines


def _addressee(data: ComplaintPaperData, language: str, page: str) -> list[Flowable]:
    found = data.addressee
    if found is None:
        return []
    style = styles(page)
    contacts = ", ".join([*found.phones])
    online = ", ".join([*found.web, *found.email])
    parts: list[Flowable] = [
        rule(page),
        paragraph(text(language, "ct_addressee"), style.label),
        paragraph(found.name, style.value),
        paragraph(found.address, style.small),
        paragraph(f"{text(language, 'ct_phones')}: {contacts}", style.small),
        paragraph(f"{text(language, 'ct_web_email')}: {online}", style.small),
        paragraph(text(language, "ct_addressee_note"), style.small),
        paragraph(text(language, "ct_receptions"), style.label),
    ]
    parts += [paragraph(line, style.small) for line in reception_lines(found, language)]
    return parts


def _columns(left: list[Flowable], right: list[Flowable], page: str) -> Table:
    spec = page_spec(page)
    width = spec.width - 2 * spec.margin
    table = Table([[left, right]], colWidths=[width * 0.44, width * 0.56])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("LINEBEFORE", (1, 0), (1, 0), 0.5, GRID),
            ]
        )
    )
    return table


def _law(data: ComplaintPaperData, language: str) -> str:
    unit = text(language, f"ct_unit_{data.review_unit}")
    return text(language, "ct_law", law=data.law, count=data.review_days, unit=unit)


def render_complaint_talon(
    data: ComplaintPaperData,
    language: str,
    page: str = "a4-half",
    copy: bool = False,
    *,
    sample: bool = False,
) -> bytes:
    """The talon that proves a complaint was accepted (item 23)."""
    style = styles(page)
    due = format_date(data.due_on, language)
    fields: list[Flowable] = [
        *field(text(language, "ct_body"), data.office_name, page),
        *field(text(language, "ct_number"), data.number, page, emphasis=True),
        *field(text(language, "ct_accepted"), date_time(data.received_at, language), page),
    ]
    if data.registered_on != data.received_at.date():
        fields += field(
            text(language, "ct_registered"), format_date(data.registered_on, language), page
        )
    fields += [
        *field(text(language, "ct_clerk"), data.clerk, page),
        *field(text(language, "ct_phones"), data.office_phone, page),
        *field(text(language, "ct_complainant"), data.complainant, page),
        *field(text(language, "ct_due"), due, page, emphasis=True),
        paragraph(_law(data, language), style.small),
    ]
    addressee = _addressee(data, language, page)
    story: list[Flowable] = [
        *marks(language, page, copy, sample),
        *header(data.office_name, text(language, "ct_talon_title"), page),
    ]
    if page == "a4-half" and addressee:  # side by side: half a sheet is wide and short
        story.append(_columns(fields, addressee[1:], page))
    else:
        story += [*fields, *addressee]
    story += [
        Spacer(1, page_spec(page).font_size * 0.4),
        paragraph(text(language, "ct_footer"), style.center),
    ]
    title = f"{text(language, 'ct_talon_title')} {data.number}"
    return build_pdf(story, page, title=title, author=data.office_name)


def _details(data: ComplaintPaperData, language: str, page: str) -> list[Flowable]:
    style = styles(page)
    attachments = "; ".join(data.attachments) or text(language, "ct_none")
    rows = [
        ("ct_number", data.number),
        ("ct_accepted", date_time(data.received_at, language)),
        ("ct_channel", text(language, f"ct_channel_{data.channel}")),
        ("ct_complainant", data.complainant),
        ("ct_iin", data.national_number),
        ("ct_contacts", data.contacts or text(language, "ct_none")),
        ("ct_subject", data.subject_name),
        ("ct_attachments", attachments),
    ]
    return [paragraph(f"{text(language, key)}: {value}", style.body) for key, value in rows]


def render_complaint_protocol(
    data: ComplaintPaperData, language: str, page: str = "a4", *, sample: bool = False
) -> bytes:
    """The protocol of an oral complaint: written down at reception, signed by the complainant."""
    style = styles(page)
    gap = page_spec(page).font_size
    story: list[Flowable] = [
        *marks(language, page, False, sample),
        *header(
            data.office_name,
            text(language, "ct_protocol_title"),
            page,
            office_phone=data.office_phone,
        ),
        paragraph(text(language, "ct_protocol_intro"), style.small),
        Spacer(1, gap * 0.5),
        *_details(data, language, page),
        paragraph(text(language, "ct_text"), style.strong),
        paragraph(data.text, style.body),
        Spacer(1, gap * 0.5),
        paragraph(text(language, "ct_due") + ": " + format_date(data.due_on, language), style.body),
        paragraph(_law(data, language), style.small),
        Spacer(1, gap),
        signature_line(text(language, "ct_clerk"), data.clerk, page, language),
        Spacer(1, gap),
        paragraph(text(language, "ct_protocol_read"), style.body),
        signature_line(text(language, "ct_complainant_sign"), data.complainant, page, language),
        *_addressee(data, language, page),
    ]
    title = f"{text(language, 'ct_protocol_title')} {data.number}"
    return build_pdf(story, page, title=title, author=data.office_name)


def _notice(
    data: ComplaintPaperData,
    language: str,
    title_key: str,
    body: Sequence[Flowable],
    page: str,
    sample: bool,
) -> bytes:
    style = styles(page)
    gap = page_spec(page).font_size
    story: list[Flowable] = [
        *marks(language, page, False, sample),
        *header(data.office_name, text(language, title_key), page, office_phone=data.office_phone),
        paragraph(f"{text(language, 'ct_complainant')}: {data.complainant}", style.strong),
        paragraph(f"{text(language, 'ct_contacts')}: {data.contacts}", style.small),
        Spacer(1, gap * 0.5),
        *body,
        Spacer(1, gap * 1.5),
        signature_line(text(language, "clerk"), data.clerk, page, language),
        *_addressee(data, language, page),
    ]
    title = f"{text(language, title_key)} {data.number}"
    return build_pdf(story, page, title=title, author=data.office_name)


def render_extension_notice(
    data: ComplaintPaperData, language: str, page: str = "a4", *, sample: bool = False
) -> bytes:
    """The complainant is told that the review was extended, why, and the new due date."""
    if data.extended_on is None or data.previous_due_on is None:
        raise ValueError("an extension notice needs the extension")
    style = styles(page)
    registered = format_date(data.registered_on, language)
    body = [
        paragraph(
            text(language, "ct_extension_body", number=data.number, date=registered), style.body
        ),
        paragraph(f"{text(language, 'ct_extension_reason')}: {data.extension_reason}", style.body),
        paragraph(
            f"{text(language, 'ct_previous_due')}: {format_date(data.previous_due_on, language)}",
            style.body,
        ),
        paragraph(
            f"{text(language, 'ct_new_due')}: {format_date(data.due_on, language)}", style.strong
        ),
        paragraph(
            f"{text(language, 'ct_extension_decided')}: {format_date(data.extended_on, language)}",
            style.body,
        ),
        paragraph(_law(data, language), style.small),
    ]
    return _notice(data, language, "ct_extension_title", body, page, sample)


def render_forwarding_notice(
    data: ComplaintPaperData, language: str, page: str = "a4", *, sample: bool = False
) -> bytes:
    """The complainant is told that the complaint went to the competent body."""
    if data.forwarded_on is None:
        raise ValueError("a forwarding notice needs the forwarding")
    style = styles(page)
    registered = format_date(data.registered_on, language)
    body = [
        paragraph(
            text(language, "ct_forwarding_body", number=data.number, date=registered), style.body
        ),
        paragraph(f"{text(language, 'ct_forwarded_to')}: {data.forwarded_to}", style.strong),
        paragraph(
            f"{text(language, 'ct_forwarded_on')}: {format_date(data.forwarded_on, language)}",
            style.body,
        ),
    ]
    return _notice(data, language, "ct_forwarding_title", body, page, sample)
