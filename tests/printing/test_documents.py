"""Every printed document in both languages: the text is there, long texts wrap, pages are inked."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from desktop.printing.application_form import (
    ApplicantDetails,
    ApplicationFormData,
    render_application_form,
)
from desktop.printing.certificate import render_certificate
from desktop.printing.layout import RECEIPT_WIDTH
from desktop.printing.refusal import RefusalData, render_refusal
from desktop.printing.samples import KINDS, sample
from desktop.printing.talon import TalonData, render_talon
from desktop.printing.ticket import TicketData, render_ticket

LANGUAGES = ("kk", "ru")
ACCEPTED = datetime(2026, 11, 24, 10, 15)
READY = datetime(2026, 11, 25, 10, 15)
OFFICE = "Қарабұлақ ауылдық округі әкімінің аппараты"
CLERK = "Ахметова Г. С."
PHONE = "8 (72154) 2-14-09"
APPLICANT = "Сәрсенбаев Нұрлан Қайратұлы"
SERVICE = {"kk": "Мал басы туралы мәлімет", "ru": "Сведения о поголовье скота"}
PURPOSE = {"kk": "Құжат тапсыру", "ru": "Сдача документов"}
VET_PASSPORT = {
    "kk": "Ауыл шаруашылығы жануарларының ветеринарлық паспорты",
    "ru": "Ветеринарный паспорт сельскохозяйственных животных",
}
BASIS = {"kk": "Қарағанды облысы әкімдігінің N 29/03 қаулысы", "ru": "Постановление N 29/03"}
COPY_MARK = {"kk": "КӨШІРМЕ", "ru": "КОПИЯ"}
SAMPLE_MARK = {"kk": "ҮЛГІ", "ru": "ОБРАЗЕЦ"}
LONG_OFFICE = (
    "Қарағанды облысы Ақтоғай ауданы Қарабұлақ ауылдық округі әкімінің аппараты "
    "мемлекеттік мекемесі (бұрынғы Шығыс-Қоңырат кенті әкімінің аппараты) Жезқазған өңірі"
)


def ticket(language: str, office: str = OFFICE, copy: bool = False, page: str = "receipt") -> bytes:
    data = TicketData(office, "A-007", PURPOSE[language], ACCEPTED, 4, 35)
    return render_ticket(data, language, copy=copy, page=page)


def talon(language: str, office: str = OFFICE, copy: bool = False, page: str = "receipt") -> bytes:
    data = TalonData(
        office, PHONE, SERVICE[language], APPLICANT, "100-2026-0042", ACCEPTED, CLERK, READY
    )
    return render_talon(data, language, copy=copy, page=page)


def refusal(
    language: str, office: str = OFFICE, copy: bool = False, missing: list[str] | None = None
) -> bytes:
    data = RefusalData(
        office_name=office,
        service_name=SERVICE[language],
        applicant=APPLICANT,
        missing_documents=missing or [VET_PASSPORT[language]],
        basis=BASIS[language],
        clerk=CLERK,
        refused_at=ACCEPTED,
        office_phone=PHONE,
    )
    return render_refusal(data, language, copy=copy)


def application_form(language: str, office: str = OFFICE, copy: bool = False) -> bytes:
    filled = ApplicantDetails(
        APPLICANT, "800101300016", "Қарабұлақ ауылы", PHONE, date(2026, 11, 24)
    )
    data = ApplicationFormData(office, SERVICE[language], [VET_PASSPORT[language]], filled)
    return render_application_form(data, language, copy=copy)


def certificate(kind: int) -> Callable[..., bytes]:
    def render(language: str, office: str = OFFICE, copy: bool = False) -> bytes:
        from tests.printing.test_certificate import _code, content

        data = content(kind, language)
        data["office"]["name"] = office
        return render_certificate(data, _code(kind), copy=copy)

    return render


# The documents a clerk hands to a person (the indicator report has its own tests).
RENDER: dict[str, Callable[..., bytes]] = {
    "ticket": ticket,
    "talon": talon,
    "refusal": refusal,
    "application-form": application_form,
    "certificate-1": certificate(1),
    "certificate-2": certificate(2),
}
DOCUMENTS = tuple(RENDER)
# Words each document must carry in each language (Kazakh letters included).
KEY_WORDS = {
    ("ticket", "kk"): ["A-007", "Кезек", "талоны", "Алдыңызда", "тапсыру", "қараша,"],
    ("ticket", "ru"): ["A-007", "очереди", "Перед", "вами", "документов", "ноября"],
    ("talon", "kk"): ["100-2026-0042", "Ахметова", "қабылданғаны", "Мал", "мәлімет"],
    ("talon", "ru"): ["100-2026-0042", "Ахметова", "Заявитель", "поголовье", "готовности"],
    ("refusal", "kk"): ["ветеринарлық", "17-тармағы", "бас", "тартылады.", "Ахметова"],
    ("refusal", "ru"): ["Ветеринарный", "пункт", "17", "отказано,", "Ахметова"],
    ("application-form", "kk"): ["ӨТІНІШ", "ЖСН", "сұраймын.", "800101300016", "13-тармағы)."],
    ("application-form", "ru"): ["ЗАЯВЛЕНИЕ", "ИИН", "Прошу", "800101300016", "бесплатно"],
    ("certificate-1", "kk"): ["45-2026-C0007", "қосалқы", "Жұмабаев", "Үй", "6,0375"],
    ("certificate-1", "ru"): ["45-2026-C0007", "подсобного", "Жұмабаев", "Приусадебный", "111"],
    ("certificate-2", "kk"): ["45-2026-C0007", "Мал", "анықтама", "Жұмабаев", "111"],
    ("certificate-2", "ru"): ["45-2026-C0007", "поголовье", "скота", "Жұмабаев", "111"],
}


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def words(pdf: bytes) -> set[str]:
    return set(pdf_text(pdf).split())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", DOCUMENTS)
def test_document_carries_office_and_key_values(kind: str, language: str) -> None:
    found = words(RENDER[kind](language))
    for word in [*OFFICE.split(), *KEY_WORDS[kind, language]]:
        assert word in found, f"{kind}/{language}: {word!r} missing"
    assert {"Қарабұлақ", "әкімінің", "Сәрсенбаев" if kind != "ticket" else "A-007"} <= found
    assert COPY_MARK[language] not in found


@pytest.mark.parametrize(
    ("language", "ready"),
    [("kk", "2026 ж. 25 қараша, сағ. 10:15"), ("ru", "25 ноября 2026 г., 10:15")],
)
def test_talon_states_the_ready_date_in_the_document_language(language: str, ready: str) -> None:
    text = " ".join(pdf_text(talon(language)).split())  # U+202F and line breaks become spaces
    assert ready in text
    assert CLERK in text and PHONE in text and APPLICANT in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", DOCUMENTS)
def test_a_reprint_is_marked_as_a_copy(kind: str, language: str) -> None:
    assert COPY_MARK[language] in words(RENDER[kind](language, copy=True))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", DOCUMENTS)
def test_a_long_office_name_wraps_without_losing_a_word(kind: str, language: str) -> None:
    found = words(RENDER[kind](language, office=LONG_OFFICE))
    missing = [word for word in LONG_OFFICE.split() if word not in found]
    assert not missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_list_of_missing_documents_is_printed_whole(language: str) -> None:
    missing = [f"{VET_PASSPORT[language]} №{n} (қосымша парақтарымен)" for n in range(1, 16)]
    pdf = refusal(language, missing=missing)
    text = " ".join(pdf_text(pdf).split())
    for name in missing:
        assert name in text


@pytest.mark.parametrize("kind", ["ticket", "talon"])
def test_receipts_are_80_mm_wide_one_page_and_grow_with_the_content(kind: str) -> None:
    short = PdfReader(io.BytesIO(RENDER[kind]("kk")))
    long = PdfReader(io.BytesIO(RENDER[kind]("kk", office=LONG_OFFICE)))
    assert len(short.pages) == len(long.pages) == 1
    assert float(short.pages[0].mediabox.width) == pytest.approx(RECEIPT_WIDTH, abs=0.5)
    assert float(long.pages[0].mediabox.height) > float(short.pages[0].mediabox.height)
    a6 = PdfReader(io.BytesIO(RENDER[kind]("ru", page="a6")))
    assert round(float(a6.pages[0].mediabox.width)) == 298  # 105 mm


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_specimens_are_marked_as_samples(kind: str, language: str) -> None:
    assert SAMPLE_MARK[language] in words(sample(kind, language))


def test_the_application_form_is_a_blank_page_and_a_filled_in_sample() -> None:
    reader = PdfReader(io.BytesIO(application_form("kk")))
    assert len(reader.pages) == 2
    blank, filled = (page.extract_text() for page in reader.pages)
    assert APPLICANT not in blank and "Толтыру үлгісі" not in blank
    assert APPLICANT in filled and "Толтыру үлгісі" in filled


def test_unknown_language_or_page_is_refused() -> None:
    data = TicketData(OFFICE, "A-001", "Consultation", ACCEPTED, 0, 0)
    with pytest.raises(ValueError, match="not 'en'"):
        render_ticket(data, "en")
    with pytest.raises(ValueError):
        ticket("kk", page="letter")
    with pytest.raises(ValueError):
        sample("certificate", "kk")


def dark_pixels(png: Path) -> tuple[int, int]:
    """(dark pixels, all pixels) of a rendered page."""
    image = QImage(str(png))
    assert not image.isNull(), f"cannot read {png}"
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    width, per_line = gray.width(), gray.bytesPerLine()
    dark = 0
    for y in range(gray.height()):
        row = data[y * per_line : y * per_line + width]
        dark += sum(1 for value in row if value < 128)
    return dark, width * gray.height()


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="pdftoppm (Debian poppler-utils) is not installed: pages cannot be rendered",
)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", DOCUMENTS)
def test_every_page_renders_with_ink(kind: str, language: str, tmp_path: Path) -> None:
    pdf_path = tmp_path / f"{kind}_{language}.pdf"
    pdf_path.write_bytes(RENDER[kind](language, copy=True))
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(pdf_path), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == len(PdfReader(pdf_path).pages)
    for png in pages:
        dark, total = dark_pixels(png)
        assert dark > 200, f"{png.name} looks blank"
        assert dark < total * 0.3, f"{png.name} is mostly dark"


def test_every_document_kind_but_the_report_and_complaint_papers_is_rendered_here() -> None:
    from tests.printing.test_complaint_papers import RENDER as COMPLAINT_PAPERS

    assert set(KINDS) - set(DOCUMENTS) == {"indicators-report", *COMPLAINT_PAPERS}
