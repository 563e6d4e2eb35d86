"""Specimens of every document kind with clearly fake demo data, marked as samples.

Used by `auyl-desk print-sample` and Settings > Printers to check printers and layouts
without touching real records. No database is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from desktop.core.calendar import office_calendar
from desktop.core.iin import make_iin
from desktop.core.ready_time import ready_time_for
from desktop.core.rules import rule_book
from desktop.printing import KINDS, document
from desktop.printing.application_form import ApplicantDetails, ApplicationFormData
from desktop.printing.document import Document
from desktop.printing.refusal import RefusalData
from desktop.printing.talon import TalonData
from desktop.printing.texts import LANGUAGES
from desktop.printing.ticket import TicketData

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
    return sample_document(kind, language).pdf()


def sample_document(kind: str, language: str) -> Document:
    """A specimen of `kind` (one of KINDS) in `language` ("kk" or "ru"), marked as a sample."""
    if kind not in _DOCUMENTS:
        raise ValueError(f"unknown document kind {kind!r}: one of {', '.join(KINDS)}")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: one of {', '.join(LANGUAGES)}")
    return replace(_DOCUMENTS[kind](language), file_name=f"sample-{kind}-{language}.pdf")


def _service_name(language: str) -> str:
    service = rule_book().on(HANDED_IN.date()).service(SERVICE)
    return service.name_kk if language == "kk" else service.name_ru


def _ticket(language: str) -> Document:
    data = TicketData(OFFICE[language], "A-001", PURPOSE[language], HANDED_IN, 3, 25)
    return document.ticket(data, language, sample=True)


def _talon(language: str) -> Document:
    book = rule_book()
    calendar = office_calendar()
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
    return document.talon(data, language, sample=True)


def _refusal(language: str) -> Document:
    rules = rule_book().on(HANDED_IN.date())
    data = RefusalData(
        office_name=OFFICE[language],
        service_name=_service_name(language),
        applicant=APPLICANT[language],
        missing_documents=[rules.document_name("veterinary_passport", language, SERVICE)],
        basis=rules.basis_kk if language == "kk" else rules.basis_ru,
        clerk=CLERK[language],
        refused_at=HANDED_IN,
        office_phone=PHONE,
    )
    return document.refusal(data, language, sample=True)


def _application_form(language: str) -> Document:
    rules = rule_book().on(HANDED_IN.date())
    documents = rules.service(SERVICE).required_documents("individual")
    data = ApplicationFormData(
        office_name=OFFICE[language],
        service_name=_service_name(language),
        documents=[rules.document_name(code, language, SERVICE) for code in documents],
        filled_in_sample=ApplicantDetails(
            name=APPLICANT[language],
            iin=make_iin(date(1980, 1, 1), "male", 1),
            address=ADDRESS[language],
            phone=PHONE,
            signed_on=HANDED_IN.date(),
        ),
    )
    return document.application_form(data, SERVICE, language, sample=True)


# A fake code of a typical code's length (office 0: a verifier reports it as malformed).
SAMPLE_PAYLOAD = "AUYL2:" + "A" * 224
CERTIFICATE_TEXTS: dict[str, dict[str, Any]] = {
    "kk": {
        "members": [
            ("Үлгібаев Сынақ Демоұлы", "шаруашылық басшысы", "1980-01-01"),
            ("Үлгібаева Әсем Қайратқызы", "жұбайы", "1983-05-12"),
            ("Үлгібаев Нұржан Сынақұлы", "ұлы", "2006-09-30"),
            ("Үлгібаева Гүлнұр Сынаққызы", "қызы", "2010-03-08"),
            ("Үлгібаев Ғалым Сынақұлы", "ұлы", "2015-11-21"),
        ],
        "plots": [("Үй маңындағы учаске", "0.1500"), ("Шабындық", "2.0000")],
        "livestock": [
            ("Ірі қара мал", "Сиырлар", 4),
            ("Ірі қара мал", "Бұзаулар", 3),
            ("Қой мен ешкі", "Қойлар", 25),
            ("Жылқы", "Жылқылар", 2),
            ("Құс", "Тауықтар", 15),
        ],
        "akim": ("Демоев Әкім Сынақұлы", "Демо ауылдық округінің әкімі"),
        "basis": "шаруашылық кітабы № 0, 1-бет, дербес шот 0000",
    },
    "ru": {
        "members": [
            ("Образцов Тест Демович", "глава хозяйства", "1980-01-01"),
            ("Образцова Анна Петровна", "жена", "1983-05-12"),
            ("Образцов Иван Тестович", "сын", "2006-09-30"),
            ("Образцова Мария Тестовна", "дочь", "2010-03-08"),
            ("Образцов Пётр Тестович", "сын", "2015-11-21"),
        ],
        "plots": [("Приусадебный участок", "0.1500"), ("Сенокос", "2.0000")],
        "livestock": [
            ("КРС", "Коровы", 4),
            ("КРС", "Телята", 3),
            ("Овцы и козы", "Овцы", 25),
            ("Лошади", "Лошади", 2),
            ("Птица", "Куры", 15),
        ],
        "akim": ("Демоев Аким Тестович", "Аким сельского округа Демо"),
        "basis": "похозяйственная книга № 0, стр. 1, лицевой счёт 0000",
    },
}


def certificate_content(kind: int, language: str) -> dict[str, object]:
    """Fake certificate content (the schema of desktop.printing.certificate) for a specimen."""
    fake = CERTIFICATE_TEXTS[language]
    return {
        "kind": kind,
        "number": "0-2026-C0000",
        "issued_on": HANDED_IN.date().isoformat(),
        "as_of": HANDED_IN.date().isoformat(),
        "language": language,
        "office": {
            "number": 0,
            "name": OFFICE[language],
            "address": ADDRESS[language],
            "phones": [PHONE],
        },
        "applicant": {
            "name": APPLICANT[language],
            "national_number": make_iin(date(1980, 1, 1), "male", 1),
            "organization": "",
        },
        "household": {
            "account_number": "0000",
            "book_number": "0",
            "book_page": "1",
            "address": ADDRESS[language],
        },
        "members": [
            {"full_name": name, "relation": relation, "birth_date": born}
            for name, relation, born in fake["members"]
        ],
        "plots": [{"purpose": purpose, "area_ha": area} for purpose, area in fake["plots"]],
        "livestock": [
            {"group": group, "kind": name, "count": count}
            for group, name, count in fake["livestock"]
        ],
        "akim": {"name": fake["akim"][0], "position": fake["akim"][1]},
        "basis": fake["basis"],
    }


def _certificate(kind: int) -> Callable[[str], Document]:
    def build(language: str) -> Document:
        payload = SAMPLE_PAYLOAD
        return document.certificate(certificate_content(kind, language), payload, sample=True)

    return build


def _indicators_report(language: str) -> Document:
    # Imported here: the report's charts and demo data are not needed to start the program.
    from desktop.printing.indicators_sample import demo_report

    return document.indicators_report(
        demo_report(language, rule_book(), office_calendar()), language, sample=True
    )


_DOCUMENTS: dict[str, Callable[[str], Document]] = {
    "ticket": _ticket,
    "talon": _talon,
    "refusal": _refusal,
    "application-form": _application_form,
    "certificate-1": _certificate(1),
    "certificate-2": _certificate(2),
    "indicators-report": _indicators_report,
}
