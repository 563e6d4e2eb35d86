"""Certificates 1 and 2 in both languages: values, the QR payload as one string, page flow, ink."""

from __future__ import annotations

import functools
import io
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.core import certificate as v1
from desktop.core import certificate_code as code2
from desktop.printing.certificate import PAYLOAD_ROOM, PayloadLine, render_certificate
from tests.printing.test_documents import dark_pixels

LANGUAGES = ("kk", "ru")
KINDS = (1, 2)
_KEY = v1.Ed25519PrivateKey.from_private_bytes(bytes(range(32)))  # the same code every run


@functools.cache
def _code(kind: int) -> str:
    """A real version 2 code (signed by a throwaway key) of certificate 45-2026-C0007."""
    content = code2.SignedContent(
        45, kind, 7, date(2026, 11, 25), date(2026, 11, 20), "kk", False, False,
        "800101300016", APPLICANT, "0101", 6 if kind == 1 else 0,
        Decimal("6.0375") if kind == 1 else Decimal(0),
        (("cattle_cows", 7), ("cattle_young", 104), ("sheep", 238), ("horses", 303),
         ("poultry", 422)),
        v1.key_id(v1.public_key_b64(_KEY)),
    )  # fmt: skip
    return code2.make_code(_KEY, content).text


NUMBER = "45-2026-C0007"
APPLICANT = "Сәрсенбаев Нұрлан Қайратұлы"
AKIM = "Жұмабаев Серік Қанатұлы"
ORGANIZATION = {"kk": "«Көктөбе» шаруа қожалығы", "ru": "Крестьянское хозяйство «Көктөбе»"}
COPY_MARK = {"kk": "КӨШІРМЕ", "ru": "КОПИЯ"}
SAMPLE_MARK = {"kk": "ҮЛГІ", "ru": "ОБРАЗЕЦ"}
TITLE_WORD = {
    (1, "kk"): "қосалқы",
    (1, "ru"): "подсобного",
    (2, "kk"): "Мал",
    (2, "ru"): "поголовье",
}
STAMP = {"kk": "М.О.", "ru": "М.П."}
AS_OF = {"kk": "2026 ж. 20 қараша", "ru": "20 ноября 2026 г."}
WORDS: dict[str, dict[str, Any]] = {
    "kk": {
        "relations": ["шаруашылық басшысы", "жұбайы", "ұлы", "қызы", "немересі", "анасы"],
        "purposes": ["Үй маңындағы учаске", "Шабындық", "Жайылым"],
        "livestock": [
            ("Ірі қара мал", "Сиырлар", 7),
            ("Ірі қара мал", "Бұзаулар", 4),
            ("Қой мен ешкі", "Қойлар", 38),
            ("Жылқы", "Биелер", 3),
            ("Құс", "Тауықтар", 22),
        ],
        "position": "Қарабұлақ ауылдық округінің әкімі",
        "basis": "шаруашылық кітабы № 3, 12-бет, дербес шот 0101",
        "address": "Қарабұлақ ауылы, Абай көшесі, 12-үй",
    },
    "ru": {
        "relations": ["глава хозяйства", "жена", "сын", "дочь", "внук", "мать"],
        "purposes": ["Приусадебный участок", "Сенокос", "Пастбище"],
        "livestock": [
            ("КРС", "Коровы", 7),
            ("КРС", "Телята", 4),
            ("Овцы и козы", "Овцы", 38),
            ("Лошади", "Кобылы", 3),
            ("Птица", "Куры", 22),
        ],
        "position": "Аким Карабулакского сельского округа",
        "basis": "похозяйственная книга № 3, стр. 12, лицевой счёт 0101",
        "address": "село Карабулак, улица Абая, дом 12",
    },
}


def content(
    kind: int,
    language: str,
    *,
    members: int = 6,
    plots: int = 3,
    livestock: int = 5,
    organization: bool = False,
) -> dict[str, Any]:
    words = WORDS[language]
    herd = [words["livestock"][i % 5] for i in range(livestock)]
    return {
        "kind": kind,
        "number": NUMBER,
        "issued_on": "2026-11-25",
        "as_of": "2026-11-20",
        "language": language,
        "office": {
            "number": 45,
            "name": "Қарабұлақ ауылдық округі әкімінің аппараты",
            "address": "100000, Қарабұлақ ауылы, Орталық көшесі, 1",
            "phones": ["8 (72154) 2-14-09", "8 701 000 00 00"],
        },
        "applicant": {
            "name": APPLICANT,
            "national_number": "123456789012" if organization else "800101300016",
            "organization": ORGANIZATION[language] if organization else "",
        },
        "household": {
            "account_number": "0101",
            "book_number": "3",
            "book_page": "12",
            "address": words["address"],
        },
        "members": [
            {
                "full_name": f"Сәрсенбаева Әйгерім Нұрланқызы {n}" if n else APPLICANT,
                "relation": words["relations"][n % 6],
                "birth_date": f"{1960 + n}-0{1 + n % 9}-1{n % 10}" if n % 7 != 5 else "",
            }
            for n in range(members)
        ],
        "plots": [
            {"purpose": words["purposes"][n % 3], "area_ha": f"{n + 1}.0{n}25"}
            for n in range(plots)
        ],
        "livestock": [
            {"group": group, "kind": name, "count": count + 100 * n}
            for n, (group, name, count) in enumerate(herd)
        ],
        "akim": {"name": AKIM, "position": words["position"]},
        "basis": words["basis"],
    }


def large(kind: int) -> dict[str, int]:
    """A large household: 25 members and 12 livestock rows; certificate 2 shows no members, so
    only a (made-up) very long livestock list takes it past one page."""
    return {"members": 25, "livestock": 12 if kind == 1 else 40}


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Whitespace (line breaks, U+202F) as single spaces."""
    return " ".join(text.split())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_certificate_carries_its_key_values(kind: int, language: str) -> None:
    data = content(kind, language)
    text = flat("\n".join(pages(render_certificate(data, _code(kind)))))
    expected = [
        NUMBER,
        APPLICANT,
        "800101300016",
        AKIM,
        WORDS[language]["position"],
        WORDS[language]["basis"],
        WORDS[language]["address"],
        "Қарабұлақ ауылдық округі әкімінің аппараты",
        "8 (72154) 2-14-09",
        AS_OF[language],
        STAMP[language],
        TITLE_WORD[kind, language],
    ]
    total = {"kk": "{}, барлығы", "ru": "{}, всего"}[language]
    for group, name, _ in WORDS[language]["livestock"]:
        expected += [total.format(group), name]
    expected += ["7", "104", "111", "238", "303", "422"]  # counts and the cattle's total
    if kind == 1:
        expected += [member["full_name"] for member in data["members"]]
        expected += WORDS[language]["relations"]
        expected += ["1,0025", "2,0125", "3,0225", "6,0375"]  # areas and their total
    for value in expected:
        assert value in text, f"certificate {kind}/{language}: {value!r} missing"
    assert COPY_MARK[language] not in text and SAMPLE_MARK[language] not in text
    assert "1074" not in text  # no total across cows, sheep and hens
    if kind == 2:
        assert data["members"][1]["full_name"] not in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_the_payload_comes_out_of_the_text_as_one_string(kind: int, language: str) -> None:
    payload = _code(kind)
    assert len(payload) > 200
    for size in ({}, large(kind)):
        text = "\n".join(pages(render_certificate(content(kind, language, **size), payload)))
        assert code2.find_code(text) == payload
        assert text.count("AUYL2:") == 1


@pytest.mark.parametrize("kind", KINDS)
def test_the_code_text_is_legible_and_inside_10_mm_margins(kind: int) -> None:
    line = PayloadLine(_code(kind), 180 * mm)
    assert line.size >= 6 and len(line.lines) <= 2
    assert max(stringWidth(t, "Courier", line.size) for t in line.lines) <= PAYLOAD_ROOM
    assert "".join(line.lines) == _code(kind)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_demo_certificate_carries_a_large_demo_mark(language: str) -> None:
    data = content(2, language) | {"demo": True}
    text = flat("\n".join(pages(render_certificate(data, _code(2)))))
    assert "ДЕМО" in text.split()
    note = {"kk": "жарамды анықтама емес", "ru": "не является действительной справкой"}
    assert note[language] in text
    plain = flat("\n".join(pages(render_certificate(content(2, language), _code(2)))))
    assert "ДЕМО" not in plain


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_legal_entity_is_named_with_its_bin(language: str) -> None:
    pdf = render_certificate(content(2, language, organization=True), _code(2))
    text = flat("\n".join(pages(pdf)))
    assert ORGANIZATION[language] in text
    assert ("БСН" if language == "kk" else "БИН") in text and "123456789012" in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_a_reprint_carries_the_copy_mark(kind: int, language: str) -> None:
    payload = _code(kind)
    original = "\n".join(pages(render_certificate(content(kind, language), payload)))
    reprint = "\n".join(pages(render_certificate(content(kind, language), payload, copy=True)))
    assert COPY_MARK[language] in reprint.split()
    assert COPY_MARK[language] not in original.split()
    sample = "\n".join(pages(render_certificate(content(kind, language), payload, sample=True)))
    assert SAMPLE_MARK[language] in sample.split()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_a_typical_household_fits_one_page(kind: int, language: str) -> None:
    payload = _code(kind)
    for copy in (False, True):  # the copy mark takes room too
        pdf = render_certificate(content(kind, language), payload, copy=copy)
        assert len(pages(pdf)) == 1


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_a_large_household_flows_onto_a_second_page(kind: int, language: str) -> None:
    data = content(kind, language, **large(kind))
    found = pages(render_certificate(data, _code(kind)))
    assert len(found) == 2
    first, last = found
    # The signature block stays together on the last page, with the QR payload.
    for value in (AKIM, STAMP[language], "AUYL2:"):
        assert value in last and value not in first
    # The table split across the pages repeats its header row at the top of the second.
    footer = {"kk": f"Анықтама {NUMBER}, 2-бет", "ru": f"Справка {NUMBER}, стр. 2"}[language]
    assert footer in flat(last)
    second = flat(last).replace(footer, "").strip()
    assert second.startswith("№ ")
    heads = {"kk": ("Мал түрі Басы", "Тегі, аты"), "ru": ("Вид Голов", "Фамилия, имя")}[language]
    assert any(second[:40].startswith(f"№ {head}") for head in heads), second[:40]
    everything = flat("\n".join(found))
    for member in data["members"] if kind == 1 else []:
        assert member["full_name"] in everything


@pytest.mark.parametrize("kind", KINDS)
def test_unknown_kind_or_a_non_ascii_payload_is_refused(kind: int) -> None:
    with pytest.raises(ValueError):
        render_certificate(content(kind, "kk") | {"kind": 3}, _code(kind))
    with pytest.raises(ValueError):
        render_certificate(content(kind, "kk"), "AUYL1|Қ")
    with pytest.raises(ValueError):
        render_certificate(content(kind, "kk") | {"language": "en"}, _code(kind))


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="pdftoppm (Debian poppler-utils) is not installed: pages cannot be rendered",
)
@pytest.mark.parametrize("big", [False, True])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_page_renders_with_ink(kind: int, language: str, big: bool, tmp_path: Path) -> None:
    size = large(kind) if big else {}
    pdf_path = tmp_path / "certificate.pdf"
    pdf_path.write_bytes(
        render_certificate(content(kind, language, **size), _code(kind), copy=True)
    )
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(pdf_path), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    rendered = sorted(tmp_path.glob("page*.png"))
    assert len(rendered) == len(PdfReader(pdf_path).pages) == (2 if big else 1)
    for png in rendered:
        dark, total = dark_pixels(png)
        assert dark > 200, f"{png.name} looks blank"
        assert dark < total * 0.3, f"{png.name} is mostly dark"


@pytest.mark.parametrize("dpi", [150, 100])
@pytest.mark.parametrize(
    ("kind", "language", "big", "demo"),
    [(1, "kk", False, False), (2, "ru", True, False), (2, "kk", False, True)],
)
def test_the_printed_qr_code_scans_to_the_payload(
    kind: int, language: str, big: bool, demo: bool, dpi: int, tmp_path: Path
) -> None:
    """Rendered at 150 and 100 dpi (as cheap scans), the page's code decodes to the code, also
    under the DEMO mark."""
    payload = _code(kind)
    size = large(kind) if big else {}
    pdf_path = tmp_path / "certificate.pdf"
    data = content(kind, language, **size) | {"demo": demo}
    pdf_path.write_bytes(render_certificate(data, payload, copy=True))
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf_path), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    decoded = []
    for png in sorted(tmp_path.glob("page*.png")):
        with Image.open(png) as page:
            found = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
            decoded += [(png.name, code.text) for code in found]
    last = sorted(tmp_path.glob("page*.png"))[-1].name
    assert decoded == [(last, payload)]  # one code, on the last page, with the whole payload
