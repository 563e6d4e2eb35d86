"""Specimens of every document kind with clearly fake demo data, marked as samples.

Used by `auyl-desk print-sample` and Settings > Printers to check printers and layouts
without touching real records. No database is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from desktop.core.iin import make_iin
from desktop.core.ready_time import ready_time_for
from desktop.printing.application_form import (
    ApplicantDetails,
    ApplicationFormData,
    render_application_form,
)
from desktop.printing.refusal import RefusalData, render_refusal
from desktop.printing.talon import TalonData, render_talon
from desktop.printing.texts import LANGUAGES
from desktop.printing.ticket import TicketData, render_ticket
from desktop.services.standard import rule_book, working_calendar

KINDS = ("ticket", "talon", "refusal", "application-form")

HANDED_IN = datetime(2026, 11, 24, 10, 15)  # a Tuesday: ready on Wednesday 25 November, 10:15
SERVICE = 2  # livestock head count: the service with the most documents
OFFICE = {
    "kk": "Демо ауылдық округі әкімінің аппараты",
    "ru": "Аппарат акима сельского округа Демо",
}
PHONE = "8 (7200) 00-00-00"
APPLICANT = {"kk": "Үлгібаев Сынақ Демоұлы", "ru": "Образцов Тест Демович"}
CLERK = {"kk": "Сынақова Ә. Қ.", "ru": "Тестова А. К."}
PURPOSE = {
    "kk": "Құжат тапсыру: мал басы туралы мәлімет",
    "ru": "Сдача документов: поголовье скота",
}
ADDRESS = {
    "kk": "Демо ауылы, Үлгі көшесі, 1-үй",
    "ru": "село Демо, улица Образцовая, дом 1",
}


def sample(kind: str, language: str) -> bytes:
    """A specimen of `kind` (one of KINDS) in `language` ("kk" or "ru"), as PDF bytes."""
    if kind not in _RENDERERS:
        raise ValueError(f"unknown document kind {kind!r}: one of {', '.join(KINDS)}")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: one of {', '.join(LANGUAGES)}")
    return _RENDERERS[kind](language)


def _service_name(language: str) -> str:
    service = rule_book().on(HANDED_IN.date()).service(SERVICE)
    return service.name_kk if language == "kk" else service.name_ru


def _ticket(language: str) -> bytes:
    data = TicketData(OFFICE[language], "A-001", PURPOSE[language], HANDED_IN, 3, 25)
    return render_ticket(data, language, sample=True)


def _talon(language: str) -> bytes:
    book = rule_book()
    calendar = working_calendar()
    data = TalonData(
        office_name=OFFICE[language],
        office_phone=PHONE,
        service_name=_service_name(language),
        applicant=APPLICANT[language],
        registration_number="DEMO-2026-0001",
        accepted_at=HANDED_IN,
        clerk=CLERK[language],
        ready_at=ready_time_for(HANDED_IN, calendar, book),
    )
    return render_talon(data, language, sample=True)


def _refusal(language: str) -> bytes:
    rules = rule_book().on(HANDED_IN.date())
    data = RefusalData(
        office_name=OFFICE[language],
        service_name=_service_name(language),
        applicant=APPLICANT[language],
        missing_documents=[rules.document_name("veterinary_passport", language)],
        basis=rules.basis_kk if language == "kk" else rules.basis_ru,
        clerk=CLERK[language],
        refused_at=HANDED_IN,
        office_phone=PHONE,
    )
    return render_refusal(data, language, sample=True)


def _application_form(language: str) -> bytes:
    rules = rule_book().on(HANDED_IN.date())
    documents = rules.service(SERVICE).required_documents("individual")
    data = ApplicationFormData(
        office_name=OFFICE[language],
        service_name=_service_name(language),
        documents=[rules.document_name(code, language) for code in documents],
        filled_in_sample=ApplicantDetails(
            name=APPLICANT[language],
            iin=make_iin(date(1980, 1, 1), "male", 1),
            address=ADDRESS[language],
            phone=PHONE,
            signed_on=HANDED_IN.date(),
        ),
    )
    return render_application_form(data, language, sample=True)


_RENDERERS: dict[str, Callable[[str], bytes]] = {
    "ticket": _ticket,
    "talon": _talon,
    "refusal": _refusal,
    "application-form": _application_form,
}
