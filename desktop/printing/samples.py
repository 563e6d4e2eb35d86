"""Specimens of every document kind with clearly fake demo data, marked as samples.

Used by `auyl-desk print-sample` and Settings > Printers to check printers and layouts
without touching real records. No database is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from desktop.core.calendar import office_calendar
from desktop.core.deadlines import extend, forward, start_clock
from desktop.core.iin import make_iin
from desktop.core.ready_time import ready_time_for
from desktop.core.reception import next_receptions
from desktop.core.rules import rule_book
from desktop.printing import KINDS, document
from desktop.printing.application_form import ApplicantDetails, ApplicationFormData
from desktop.printing.complaint import AddresseeData, ComplaintPaperData, ReceptionData
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


@dataclass(frozen=True)
class _Slot:
    """A demo reception schedule line (the shape of desktop.core.reception.Slot)."""

    recurrence: str
    weekday: int | None
    nth: tuple[int, ...] = field(default=())
    time_from: str | None = "15:00"
    time_to: str | None = "16:00"


# The demo akim receives every Tuesday, the deputies on the 2nd and 4th Thursday and on the
# last Monday of each month: the sample shows weekly and monthly schedules side by side.
DEMO_SLOTS = (
    ("akim", None, _Slot("weekly", 1)),
    ("deputy", 1, _Slot("monthly_nth", 3, (2, 4), "16:00", "18:00")),
    ("deputy", 2, _Slot("monthly_nth", 0, (-1,), "10:00", None)),
)
DEMO_AKIMAT = {
    "kk": ("Демо ауданы әкімінің аппараты", "100000, Қарағанды облысы, Демо ауылы, Үлгі көшесі, 2"),
    "ru": (
        "Аппарат акима района Демо",
        "100000, Карагандинская область, село Демо, ул. Образцовая, 2",
    ),
}
COMPLAINT_TEXT = {
    "kk": "Анықтама белгіленген мерзімде берілмеді, қызметкер себебін түсіндірмеді.",
    "ru": "Справка не выдана в установленный срок, сотрудник не объяснил причину.",
}
EXTENSION_REASON = {
    "kk": "Аудандық ауыл шаруашылығы бөлімінен мәлімет сұратылды.",
    "ru": "Запрошены сведения в районном отделе сельского хозяйства.",
}
FORWARDED_TO = {
    "kk": "Демо ауданының ауыл шаруашылығы бөлімі",
    "ru": "Отдел сельского хозяйства района Демо",
}


def _demo_addressee(language: str) -> AddresseeData:
    calendar = office_calendar()
    name, address = DEMO_AKIMAT[language]
    receptions = []
    for who, number, slot in DEMO_SLOTS:
        found = next_receptions(slot, HANDED_IN, calendar)
        days = tuple(
            (d.day, d.start, d.end, d.skipped.kind if d.skipped else None) for d in found.dates
        )
        receptions.append(ReceptionData(who, number, False, "", days, found.problem))
    return AddresseeData(
        name, address, [PHONE], ["akimat@demo.example"], ["demo.example"], tuple(receptions)
    )


def complaint_paper(
    language: str, *, extended: bool = False, forwarded: bool = False
) -> ComplaintPaperData:
    """A demo complaint (an oral one, received at HANDED_IN) as every complaint paper takes it."""
    book, calendar = rule_book(), office_calendar()
    clock = start_clock(HANDED_IN, calendar, book)
    if extended:
        clock = extend(
            clock, HANDED_IN.date() + timedelta(days=7), EXTENSION_REASON[language], calendar
        )
    if forwarded:
        clock = forward(clock, HANDED_IN.date() + timedelta(days=1), calendar)
    terms = clock.terms
    extension = clock.extensions[-1] if clock.extensions else None
    return ComplaintPaperData(
        office_name=OFFICE[language],
        office_phone=PHONE,
        number="DEMO-2026-K0001",
        channel="oral",
        complainant=APPLICANT[language],
        national_number=make_iin(date(1980, 1, 1), "male", 1),
        contacts=f"{PHONE}, {ADDRESS[language]}",
        subject_name=OFFICE[language],
        text=COMPLAINT_TEXT[language],
        attachments=(),
        received_at=HANDED_IN,
        registered_on=clock.registered_on,
        clerk=CLERK[language],
        due_on=clock.due,
        law=terms.law_kk if language == "kk" else terms.law_ru,
        review_days=terms.review.count,
        review_unit=terms.review.unit,
        extended_on=extension.decided_on if extension else None,
        extension_reason=extension.reason if extension else "",
        previous_due_on=extension.previous_due if extension else None,
        forwarded_on=clock.forwarding.forwarded_on if clock.forwarding else None,
        forwarded_to=FORWARDED_TO[language] if forwarded else "",
        addressee=_demo_addressee(language),
    )


def _complaint_talon(language: str) -> Document:
    return document.complaint_talon(complaint_paper(language), language, "a4-half", sample=True)


def _complaint_protocol(language: str) -> Document:
    return document.complaint_protocol(complaint_paper(language), language, sample=True)


def _extension_notice(language: str) -> Document:
    data = complaint_paper(language, extended=True)
    return document.extension_notice(data, language, sample=True)


def _forwarding_notice(language: str) -> Document:
    data = complaint_paper(language, forwarded=True)
    return document.forwarding_notice(data, language, sample=True)


_DOCUMENTS: dict[str, Callable[[str], Document]] = {
    "ticket": _ticket,
    "talon": _talon,
    "refusal": _refusal,
    "application-form": _application_form,
    "certificate-1": _certificate(1),
    "certificate-2": _certificate(2),
    "indicators-report": _indicators_report,
    "complaint-talon": _complaint_talon,
    "complaint-protocol": _complaint_protocol,
    "extension-notice": _extension_notice,
    "forwarding-notice": _forwarding_notice,
}
