"""The complaint papers rendered in Kazakh and Russian, their text read back (pypdf) and their
pages rendered (pdftoppm): every item-23 field on the talon, the addressee and the next
receptions with a skipped holiday, the protocol's signatures, the two notices."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop.printing.complaint import (
    AddresseeData,
    ComplaintPaperData,
    ReceptionData,
    render_complaint_protocol,
    render_complaint_talon,
    render_extension_notice,
    render_forwarding_notice,
)
from tests.printing.test_documents import dark_pixels

LANGUAGES = ("kk", "ru")
OFFICE = "Қарабұлақ ауылдық округі әкімінің аппараты"
ADDRESSEE = AddresseeData(
    name="Бұқар жырау ауданы әкімінің аппараты",
    address="100400, Қарағанды облысы, Ботақара кенті, Абай көшесі, 1",
    phones=("(72154) 2-16-95",),
    email=("akimat_buhar@mail.kz",),
    web=("www.buhar.kz",),
    receptions=(
        ReceptionData(
            "akim",
            None,
            False,
            "Әкім: апта сайын сәрсенбі",
            (
                (date(2026, 12, 9), time(15), time(16), None),
                (date(2026, 12, 16), time(15), time(16), "public_holiday"),
                (date(2026, 12, 23), time(15), time(16), None),
                (date(2026, 12, 30), time(15), time(16), None),
            ),
        ),
        ReceptionData("deputy", 1, False, "", ((date(2026, 12, 10), time(17), None, None),)),
        ReceptionData("deputy", 2, False, "Орынбасары: айына бір рет", (), "day_not_given"),
    ),
)
LAW = {"kk": "ҚР Әкімшілік рәсімдік-процестік кодексі", "ru": "АППК РК"}


def paper(language: str, **changes: object) -> ComplaintPaperData:
    data = ComplaintPaperData(
        office_name=OFFICE,
        office_phone="8 (72154) 2-14-09",
        number="45-2026-K0007",
        channel="oral",
        complainant="Сәрсенбаев Нұрлан Қайратұлы",
        national_number="800101300016",
        contacts="8 701 000 00 00",
        subject_name=OFFICE,
        text="Анықтама уақытында берілмеді",
        attachments=("Өтініш көшірмесі",),
        received_at=datetime(2026, 12, 5, 11, 40),  # a Saturday
        registered_on=date(2026, 12, 7),
        clerk="Ахметова Г. С.",
        due_on=date(2026, 12, 28),
        law=LAW[language],
        review_days=15,
        review_unit="working_days",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def pdf_text(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


def talon(language: str) -> bytes:
    return render_complaint_talon(paper(language, addressee=ADDRESSEE), language)


def protocol(language: str) -> bytes:
    return render_complaint_protocol(paper(language, addressee=ADDRESSEE), language)


def extension(language: str) -> bytes:
    data = paper(
        language,
        extended_on=date(2026, 12, 21),
        extension_reason="Бөлімнен мәлімет сұралды",
        previous_due_on=date(2026, 12, 28),
        due_on=date(2027, 2, 8),
    )
    return render_extension_notice(data, language)


def forwarding(language: str) -> bytes:
    data = paper(
        language, forwarded_on=date(2026, 12, 9), forwarded_to="Аудандық ауыл шаруашылығы бөлімі"
    )
    return render_forwarding_notice(data, language)


RENDER: dict[str, Callable[[str], bytes]] = {
    "complaint-talon": talon,
    "complaint-protocol": protocol,
    "extension-notice": extension,
    "forwarding-notice": forwarding,
}
# What each paper must say, per language (the values above, and each paper's own words).
SAYS = {
    ("complaint-talon", "kk"): [
        "Шағымның қабылданғаны туралы талон", "Мемлекеттік органның атауы", OFFICE,
        "45-2026-K0007", "Ахметова Г. С.", "2026 ж. 5 желтоқсан, сағ. 11:40",
        "8 (72154) 2-14-09", "Жауап берілетін соңғы күн", "2026 ж. 28 желтоқсан",
        "2026 ж. 7 желтоқсан", "15 жұмыс күні", "Бұқар жырау ауданы әкімінің аппараты",
        "akimat_buhar@mail.kz", "сағ. 15:00–16:00", "қабылдау жоқ (мереке күні)",
        "1-орынбасар", "сағ. 17:00-ден бастап", "айына бір рет",
    ],
    ("complaint-talon", "ru"): [
        "Талон о принятии жалобы", "Наименование государственного органа", OFFICE,
        "45-2026-K0007", "Ахметова Г. С.", "5 декабря 2026 г., 11:40", "8 (72154) 2-14-09",
        "Срок ответа (последний день)", "28 декабря 2026 г.", "7 декабря 2026 г.",
        "15 рабочих дней", "Вышестоящий орган", "приёма нет (праздничный день)",
        "Заместитель 1", "с 17:00", "дни не вычислить",
    ],
    ("complaint-protocol", "kk"): [
        "Ауызша шағым хаттамасы", "45-2026-K0007", "ауызша, қабылдауда", "800101300016",
        "Анықтама уақытында берілмеді", "Өтініш көшірмесі", "Хаттама менің сөзімнен дұрыс",
        "Қолы", "Сәрсенбаев Нұрлан Қайратұлы",
    ],
    ("complaint-protocol", "ru"): [
        "Протокол устной жалобы", "45-2026-K0007", "устно, на приёме", "800101300016",
        "Содержание жалобы", "С моих слов записано верно", "Подпись",
    ],
    ("extension-notice", "kk"): [
        "Шағымды қарау мерзімін ұзарту туралы хабарлама", "Бөлімнен мәлімет сұралды",
        "2026 ж. 28 желтоқсан", "2027 ж. 8 ақпан", "2026 ж. 21 желтоқсан",
    ],
    ("extension-notice", "ru"): [
        "Уведомление о продлении срока рассмотрения жалобы", "Причина продления",
        "Прежний срок: 28 декабря 2026 г.", "8 февраля 2027 г.", "Дата решения: 21 декабря",
    ],
    ("forwarding-notice", "kk"): [
        "Шағымды басқа органға жіберу туралы хабарлама", "құзыретімізге жатпайды",
        "Аудандық ауыл шаруашылығы бөлімі", "2026 ж. 9 желтоқсан",
    ],
    ("forwarding-notice", "ru"): [
        "Уведомление о направлении жалобы в другой орган", "не относится к нашей компетенции",
        "Аудандық ауыл шаруашылығы бөлімі", "9 декабря 2026 г.",
    ],
}  # fmt: skip
OTHER_LANGUAGE = {"kk": ["Жалоба", "жалобы"], "ru": ["Шағым", "шағым"]}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", RENDER)
def test_each_paper_says_what_it_must_in_its_language(kind: str, language: str) -> None:
    text = pdf_text(RENDER[kind](language))
    missing = [said for said in SAYS[(kind, language)] if said not in text]
    assert not missing, f"{kind} {language} lacks {missing}:\n{text}"
    assert not [word for word in OTHER_LANGUAGE[language] if word in text]


def test_the_registration_day_is_printed_only_when_it_moved() -> None:
    same_day = paper("ru", received_at=datetime(2026, 12, 7, 9, 5))
    assert "Дата регистрации" not in pdf_text(render_complaint_talon(same_day, "ru"))
    assert "Дата регистрации" in pdf_text(render_complaint_talon(paper("ru"), "ru"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_talon_fits_half_an_a4_sheet_or_a_receipt_roll(language: str) -> None:
    half = PdfReader(io.BytesIO(talon(language)))
    assert len(half.pages) == 1
    box = half.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A4[0]), round(A4[1] / 2))
    data = paper(language, addressee=ADDRESSEE)
    roll = PdfReader(io.BytesIO(render_complaint_talon(data, language, "receipt")))
    assert len(roll.pages) == 1
    assert round(float(roll.pages[0].mediabox.width)) == round(80 * mm)
    assert "45-2026-K0007" in pdf_text(render_complaint_talon(data, language, "receipt"))


def test_notices_need_their_step() -> None:
    with pytest.raises(ValueError):
        render_extension_notice(paper("kk"), "kk")
    with pytest.raises(ValueError):
        render_forwarding_notice(paper("kk"), "kk")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", RENDER)
def test_every_paper_renders_with_ink(kind: str, language: str, tmp_path: Path) -> None:
    pdf_path = tmp_path / f"{kind}_{language}.pdf"
    pdf_path.write_bytes(RENDER[kind](language))
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(pdf_path), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    for png in sorted(tmp_path.glob("page*.png")):
        dark, total = dark_pixels(png)
        assert 200 < dark < total * 0.3, png.name
