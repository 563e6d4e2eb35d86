"""A printable document as data: what it is, its language, its file name and its PDF.

Services build documents with the functions below (the data comes from the database; the
rendering is done here, in printing/, when the PDF is asked for); the UI shows every document
the same way, through the preview (AppContext.show_document). A document is printed in the
applicant's language, which need not be the UI language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from desktop.printing.texts import text

# The renderers load ReportLab (about half a second): they are imported when a PDF is asked
# for, so services can make documents without slowing the program's start.
if TYPE_CHECKING:
    from desktop.printing.application_form import ApplicationFormData
    from desktop.printing.complaint import ComplaintPaperData
    from desktop.printing.indicators_report import IndicatorsReportData
    from desktop.printing.refusal import RefusalData
    from desktop.printing.talon import TalonData
    from desktop.printing.ticket import TicketData

# Printers are remembered per kind (a receipt printer for tickets and talons, A4 for the rest).
DocumentKind = Literal[
    "ticket",
    "talon",
    "refusal",
    "application-form",
    "certificate",
    "indicators-report",
    "complaint-talon",
    "complaint-protocol",
    "extension-notice",
    "forwarding-notice",
]


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    title: str  # the document's own title and number, in its language: "Талон 45-2026-0001"
    file_name: str  # offered when the document is saved as PDF
    language: str  # "kk" or "ru"
    render: Callable[[], bytes] = field(repr=False, compare=False)

    def pdf(self) -> bytes:
        """The PDF bytes (rendered on each call: keep them if you need them twice)."""
        return self.render()


class DocumentDoesNotFit(ValueError):
    """A text of the document is too long for its page (ReportLab's LayoutError): nothing can
    be printed until it is shortened."""


def _render(module: str, function: str, *args: Any, **kwargs: Any) -> bytes:
    from reportlab.platypus.doctemplate import LayoutError

    renderer = getattr(import_module(f"desktop.printing.{module}"), function)
    try:
        pdf: bytes = renderer(*args, **kwargs)
    except LayoutError as error:
        raise DocumentDoesNotFit(str(error)[:200]) from error
    return pdf


def _title(language: str, key: str, number: str = "", copy: bool = False) -> str:
    title = f"{text(language, key)} {number}".strip()
    return f"{title} ({text(language, 'copy')})" if copy else title


def _suffix(copy: bool) -> str:
    return "-copy" if copy else ""


def ticket(data: TicketData, language: str, *, sample: bool = False) -> Document:
    return Document(
        "ticket",
        _title(language, "ticket_title", data.number),
        f"ticket-{data.number}.pdf",
        language,
        partial(_render, "ticket", "render_ticket", data, language, sample=sample),
    )


def talon(data: TalonData, language: str, copy: bool = False, *, sample: bool = False) -> Document:
    number = data.registration_number
    return Document(
        "talon",
        _title(language, "talon_title", number, copy),
        f"talon-{number}{_suffix(copy)}.pdf",
        language,
        partial(_render, "talon", "render_talon", data, language, copy, sample=sample),
    )


def refusal(
    data: RefusalData, language: str, copy: bool = False, *, sample: bool = False
) -> Document:
    return Document(
        "refusal",
        _title(language, data.title_key, copy=copy),
        f"refusal{_suffix(copy)}.pdf",
        language,
        partial(_render, "refusal", "render_refusal", data, language, copy, sample=sample),
    )


def application_form(
    data: ApplicationFormData, service: int, language: str, *, sample: bool = False
) -> Document:
    return Document(
        "application-form",
        _title(language, "form_title"),
        f"application-form-{service}-{language}.pdf",
        language,
        partial(
            _render, "application_form", "render_application_form", data, language, sample=sample
        ),
    )


def certificate(
    content: dict[str, Any], payload: str, copy: bool = False, *, sample: bool = False
) -> Document:
    """A certificate from its stored content (the schema of desktop.printing.certificate)."""
    language, number = str(content["language"]), str(content["number"])
    return Document(
        "certificate",
        _title(language, f"cert_title_{content['kind']}", number, copy),
        f"certificate-{number}{_suffix(copy)}.pdf",
        language,
        partial(
            _render, "certificate", "render_certificate", content, payload, copy, sample=sample
        ),
    )


def indicators_report(
    data: IndicatorsReportData, language: str, *, sample: bool = False
) -> Document:
    """The quality indicators' report for a period (desktop.printing.indicators_report)."""
    return Document(
        "indicators-report",
        _title(language, "report_title"),
        f"indicators-{data.period.first.isoformat()}-{data.period.last.isoformat()}.pdf",
        language,
        partial(
            _render, "indicators_report", "render_indicators_report", data, language, sample=sample
        ),
    )


def complaint_talon(
    data: ComplaintPaperData, language: str, page: str, *, sample: bool = False
) -> Document:
    """The complaint talon (item 23) on `page` ("a4-half" or "receipt")."""
    return Document(
        "complaint-talon",
        _title(language, "ct_talon_title", data.number),
        f"complaint-talon-{data.number}.pdf",
        language,
        partial(
            _render, "complaint", "render_complaint_talon", data, language, page, sample=sample
        ),
    )


def _complaint_paper(
    kind: DocumentKind, title_key: str, data: ComplaintPaperData, language: str, sample: bool
) -> Document:
    """A complaint's paper of `kind`, rendered by printing.complaint's `render_<kind>`."""
    return Document(
        kind,
        _title(language, title_key, data.number),
        f"{kind}-{data.number}.pdf",
        language,
        partial(
            _render, "complaint", "render_" + kind.replace("-", "_"), data, language, sample=sample
        ),
    )


def complaint_protocol(
    data: ComplaintPaperData, language: str, *, sample: bool = False
) -> Document:
    return _complaint_paper("complaint-protocol", "ct_protocol_title", data, language, sample)


def extension_notice(data: ComplaintPaperData, language: str, *, sample: bool = False) -> Document:
    return _complaint_paper("extension-notice", "ct_extension_title", data, language, sample)


def forwarding_notice(data: ComplaintPaperData, language: str, *, sample: bool = False) -> Document:
    return _complaint_paper("forwarding-notice", "ct_forwarding_title", data, language, sample)
