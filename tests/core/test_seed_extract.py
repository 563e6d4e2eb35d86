"""The reference data extracted from the real seed, value by value, and the committed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.seed import Extraction, extract, write
from desktop.core.seed.model import Department, DistrictAkimat, Flag, Office
from desktop.core.seed.output import render

ROOT = Path(__file__).parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed_2008_29-03.txt"
REFERENCE = ROOT / "resources" / "reference"


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return extract(SEED.read_text(encoding="utf-8"))


def _office(extraction: Extraction, number: int) -> Office:
    [office] = [o for o in extraction.offices if o.number == number]
    return office


def _department(extraction: Extraction, district: str) -> Department:
    [department] = [d for d in extraction.departments if d.district == district]
    return department


def _akimat(extraction: Extraction, district: str) -> DistrictAkimat:
    [akimat] = [a for a in extraction.district_akimats if a.district == district]
    return akimat


def _flags(record: Department | Office | DistrictAkimat, reason: str) -> list[Flag]:
    return [flag for flag in record.flags if flag.reason == reason]


# ---- counts and order ---------------------------------------------------------------------


def test_counts(extraction: Extraction) -> None:
    assert len(extraction.districts) == 18
    assert len(extraction.departments) == 18
    assert len(extraction.offices) == 195
    assert len(extraction.indicators) == 12
    assert len(extraction.district_akimats) == 18


def test_records_in_printed_order(extraction: Extraction) -> None:
    codes = [district.code for district in extraction.districts]
    assert [d.district for d in extraction.departments] == codes
    assert [a.district for a in extraction.district_akimats] == codes
    assert [d.order for d in extraction.departments] == list(range(1, 19))
    assert [o.number for o in extraction.offices] == list(range(1, 196))


def test_district_names_are_printed_in_the_seed(extraction: Extraction) -> None:
    seed = SEED.read_text(encoding="utf-8")
    for district in extraction.districts:
        assert district.name_kk in seed, district.code
    balkhash, *_, shet = extraction.districts
    assert (balkhash.code, balkhash.kind, balkhash.name_ru) == ("balkhash", "city", "город Балхаш")
    assert (shet.code, shet.kind, shet.name_kk) == ("shet", "district", "Шет ауданы")


# ---- Appendix 2: offices ------------------------------------------------------------------


def test_office_1(extraction: Extraction) -> None:
    office = _office(extraction, 1)
    assert office.name == "Гүлшат кенті әкімінің аппараты"
    assert office.full_name == '"Гүлшат кенті әкімінің аппараты" мемлекеттік мекемесі'
    assert (office.kind, office.locality) == ("settlement", "Гүлшат")
    assert office.postal_code == "100300"
    assert office.address == "Қарағанды облысы, Балқаш қаласы, Гүлшат кенті, Ағыбай батыр көш., 23"
    assert (office.district, office.district_source) == ("balkhash", "address")
    assert office.phones == ["(71036) 53953"]
    assert office.fax == ["(71036) 53953"]
    assert office.name_ru == "Аппарат акима посёлка Гулшат"
    assert [f.field for f in office.flags] == ["name_ru", "full_name_ru", "akim_position_ru"]
    assert {f.reason for f in office.flags} == {"derived_ru"}  # nothing printed looks wrong


def test_office_7_has_no_district_in_its_address(extraction: Extraction) -> None:
    office = _office(extraction, 7)
    assert office.name == "Жәйрем кенті әкімінің аппараты"
    assert (office.kind, office.locality, office.postal_code) == ("settlement", "Жәйрем", "101303")
    assert office.address == "Қарағанды облысы, Жәйрем кенті, Мира көш., 4"
    assert (office.district, office.district_source) == ("karazhal", "phone_code")
    assert office.phones == ["(71032) 52230"]
    assert office.fax == ["(71032) 52901"]
    assert [(f.field, f.value) for f in _flags(office, "split_number")] == [
        ("phones", "(71032) 52230")
    ]


def test_office_19_split_by_blank_lines(extraction: Extraction) -> None:
    office = _office(extraction, 19)
    assert office.name == "Құрма селолық округі әкімінің аппараты"
    assert (office.kind, office.locality) == ("rural_okrug", "Құрма")
    assert office.postal_code == "100113"
    assert office.address == "Қарағанды облысы, Абай ауданы, Құрма ауылы, Спасская көш., 7"
    assert office.district == "abai"
    assert office.phones == ["(72153) 50 566"]
    assert office.fax == ["(72153) 50574"]
    assert office.source.startswith("19.\n")


def test_office_100(extraction: Extraction) -> None:
    office = _office(extraction, 100)
    assert office.name == "Мәди ауылдық округі әкімінің аппараты"
    assert (office.kind, office.locality) == ("rural_okrug", "Мәди")
    assert (office.postal_code, office.district) == ("100800", "karkaraly")
    assert office.phones == office.fax == ["(72132) 54260"]


def test_office_195(extraction: Extraction) -> None:
    office = _office(extraction, 195)
    assert office.name == "Дәрия селолық округі әкімінің аппараты"
    assert (office.kind, office.locality) == ("rural_okrug", "Дәрия")
    assert office.postal_code == "101714"
    assert office.address == "Қарағанды облысы, Шет ауданы, Дарья селосы"
    assert (office.district, office.district_source) == ("shet", "address")
    assert office.phones == office.fax == ["(71034) 24432"]
    assert {f.field for f in _flags(office, "split_number")} == {"phones", "fax"}


def test_office_kinds(extraction: Extraction) -> None:
    kinds = {o.number: o.kind for o in extraction.offices}
    assert kinds[4] == "village"  # Кеңгір селосы
    assert kinds[94] == "settlement"  # Қарағайлы кент
    assert kinds[98] == "rural_okrug"  # Қоянды ауылық округі (misprint, flagged)
    assert {kind for kind in kinds.values()} == {"settlement", "village", "rural_okrug"}


def test_office_with_broken_quotes(extraction: Extraction) -> None:
    office = _office(extraction, 168)
    assert office.name == "Қарсақпай кенті әкімі аппараты"
    [flag] = _flags(office, "broken_quotes")
    assert flag.field == "full_name"
    assert flag.value == office.full_name == '"Қарсақпай кенті әкімі аппараты мемлекеттік мекемесі'


def test_office_number_printed_without_its_dot_in_the_second_copy(
    extraction: Extraction,
) -> None:
    # "103 "Н. Нұрмақов ..." in the second copy: still found, so no record differs
    assert not [d for d in extraction.copy_differences if d.record == "office 103"]


# ---- Appendix 1: departments --------------------------------------------------------------


def test_department_balkhash(extraction: Extraction) -> None:
    department = _department(extraction, "balkhash")
    assert department.order == 1
    assert department.name == "Балқаш қаласының ауыл шаруашылығы бөлімі"
    assert department.postal_code == "100300"
    assert department.phones == ["(71036) 4-52-57"]
    assert department.fax == ["(71036) 4-41-62"]
    assert department.web == ["www.selxoz.balhkash.кz."]
    assert department.email == ["аgro_balhkash@mail.ru"]  # first letter Cyrillic, kept
    reasons = {(f.field, f.reason, f.suggestion) for f in department.flags}
    assert reasons == {
        ("fax", "split_number", None),
        ("web", "cyrillic_in_latin", "www.selxoz.balhkash.kz"),
        ("web", "trailing_punctuation", "www.selxoz.balhkash.kz"),
        ("email", "cyrillic_in_latin", "agro_balhkash@mail.ru"),
    }


def test_department_email_flags(extraction: Extraction) -> None:
    temirtau = _department(extraction, "temirtau")
    assert temirtau.email == ["selhoz-temirtau @ mail.ru"]
    assert [f.value for f in _flags(temirtau, "space_in_email")] == ["selhoz-temirtau @ mail.ru"]
    zhanaarka = _department(extraction, "zhanaarka")
    assert [f.value for f in _flags(zhanaarka, "trailing_punctuation")] == [
        "zhanaarka_akimat@mail.ru."
    ]
    shakhtinsk = _department(extraction, "shakhtinsk")
    assert [f.suggestion for f in _flags(shakhtinsk, "malformed_web")] == ["www.shahtinsk.kz"]
    nura = _department(extraction, "nura")
    assert {f.value for f in _flags(nura, "trailing_punctuation")} == {
        "www.nurinsk.kz.",
        "m-ricc_nurinsk@mail.kz.",
    }


def test_department_split_numbers(extraction: Extraction) -> None:
    satbayev = _department(extraction, "satbayev")
    assert satbayev.phones == ["(71063) 3-65-14"]
    assert [f.value for f in _flags(satbayev, "split_number")] == ["(71063) 3-65-14"]
    karaganda = _department(extraction, "karaganda")
    assert karaganda.phones == ["(7212) 42-64-39"]
    assert _flags(karaganda, "split_number") == []


def test_stray_email_goes_to_saran(extraction: Extraction) -> None:
    priozersk = _department(extraction, "priozersk")
    saran = _department(extraction, "saran")
    assert priozersk.email == ["prio_so@krg.gov.kz"]
    assert saran.email == ["aksar-pismo@yandex.ru"]
    [flag] = _flags(saran, "unassigned_value")
    assert (flag.field, flag.value) == ("email", "aksar-pismo@yandex.ru")
    assert "priozersk" in flag.detail and "saran" in flag.detail


def test_departments_without_email(extraction: Extraction) -> None:
    missing = {
        department.district
        for department in extraction.departments
        if _flags(department, "missing_value")
    }
    assert missing == {"karaganda", "karazhal", "aktogay", "osakarovka", "ulytau"}


def test_letter_spaced_department_name(extraction: Extraction) -> None:
    shet = _department(extraction, "shet")
    assert shet.name == "Шет ауданының ауылшаруашылығы бөлімі"
    assert shet.source.startswith('" Ш е т  а у д а н ы н ы ң')


# ---- Appendix 3: indicators ---------------------------------------------------------------


def test_indicators(extraction: Extraction) -> None:
    codes = [indicator.code for indicator in extraction.indicators]
    assert codes == [
        "1.1",
        "1.2",
        "2.1",
        "2.2",
        "3.1",
        "3.2",
        "3.3",
        "4.1",
        "4.2",
        "4.3",
        "4.4",
        "5.1",
    ]
    by_code = {indicator.code: indicator for indicator in extraction.indicators}
    assert (by_code["4.1"].norm, by_code["4.1"].norm_source) == (0.5, "0,5")
    assert [by_code[c].norm for c in ("1.1", "2.1", "3.2", "5.1")] == [100, 98, 98, 100]
    first = by_code["1.2"]
    assert (first.group, first.group_kk, first.group_ru) == (1, "Уақытылығы", "Своевременность")
    assert first.text_kk == (
        "Қызмет алуды кезекте 40 минуттан аспайтын уақыт күткен тұтынушылардың % (үлесі)"
    )
    assert "40 минут" in first.text_ru
    assert by_code["4.4"].group_kk == "Шағымдану үрдісі"


# ---- Appendix 4: city/district akimats ----------------------------------------------------


def test_akimat_contacts(extraction: Extraction) -> None:
    balkhash = _akimat(extraction, "balkhash")
    assert balkhash.name == "Балқаш қаласы әкімінің аппараты"
    assert balkhash.postal_code == "100300"
    assert balkhash.address == "Қарағанды облысы, Балқаш қаласы, Уәлиханов көшесі, 5"
    assert (balkhash.phones, balkhash.fax) == (["(71036) 42648"], ["(71036) 48511"])
    assert (balkhash.web, balkhash.email) == (["www.balkhash.kz"], ["orgkadrwork@mail.kz"])
    karaganda = _akimat(extraction, "karaganda")
    assert karaganda.email == ["аkimat07@mail.ru"]
    assert [f.reason for f in karaganda.flags if f.field == "email"] == ["cyrillic_in_latin"]


def test_akimat_address_interleaved_with_schedule_and_contacts(extraction: Extraction) -> None:
    osakarovka = _akimat(extraction, "osakarovka")
    assert osakarovka.address == "Қарағанды облысы Осакаровка кенті, Новая көшесі, 33"
    assert osakarovka.phones == ["(72149) 41842"]
    assert osakarovka.web == ["www.osak_акимат.kz"]
    [web_flag] = [f for f in osakarovka.flags if f.field == "web"]
    assert (web_flag.reason, web_flag.suggestion) == ("cyrillic_in_latin", None)


def test_akimat_digit_for_letter(extraction: Extraction) -> None:
    ulytau = _akimat(extraction, "ulytau")
    assert ulytau.email == ["u1utau-akimat@mai1.ru"]
    assert {(f.field, f.suggestion) for f in _flags(ulytau, "digit_for_letter")} == {
        ("web", "www.ulutau.kz"),
        ("email", "ulutau-akimat@mail.ru"),
    }


def test_akimat_misprinted_name(extraction: Extraction) -> None:
    priozersk = _akimat(extraction, "priozersk")
    assert priozersk.name == "Приозерск қаласы әкімнің аппараты"  # kept as printed
    [flag] = _flags(priozersk, "spelling_variant")
    assert flag.suggestion == "Приозерск қаласы әкімінің аппараты"


# ---- flags overall ------------------------------------------------------------------------


def test_flag_reasons(extraction: Extraction) -> None:
    records = (
        extraction.districts
        + extraction.departments
        + extraction.offices
        + extraction.district_akimats
    )
    reasons: dict[str, int] = {}
    for record in records:
        for flag in record.flags:
            reasons[flag.reason] = reasons.get(flag.reason, 0) + 1
    assert reasons == {
        "broken_quotes": 1,
        "cyrillic_in_latin": 5,
        "derived_ru": 18 + 3 * 195 + 18,  # districts, offices (3 fields), akimats
        "digit_for_letter": 2,
        "malformed_web": 1,
        "missing_value": 5,
        "space_in_email": 1,
        "spelling_variant": 2,
        "split_number": 32,
        "trailing_punctuation": 5,
        "unassigned_value": 1,
        "unparsed_schedule": 2,
    }


def test_flag_fields_are_record_fields(extraction: Extraction) -> None:
    records = (
        extraction.districts
        + extraction.departments
        + extraction.offices
        + extraction.district_akimats
    )
    for record in records:
        for flag in record.flags:
            assert hasattr(record, flag.field), (record, flag)


# ---- the two copies -----------------------------------------------------------------------


def test_copy_differences(extraction: Extraction) -> None:
    differences = extraction.copy_differences
    values = [(d.record, d.field, d.first, d.second) for d in differences if d.kind == "value"]
    assert values == [
        ("department 6", "flags", [["email", "aksar-pismo@yandex.ru", "unassigned_value"]], []),
        ("office 45", "fax", ["(72154) 21600"], []),  # "тел/факс" in one copy, "тел." in the other
        ("district_akimat karkaraly", "flags", [["phones", "(72146) 31366", "split_number"]], []),
    ]
    spaces = {(d.record, d.field) for d in differences if d.kind == "whitespace"}
    assert len(spaces) == 16
    assert ("office 4", "address") in spaces
    assert ("office 101", "name") in spaces
    assert {d.appendix for d in differences} == {1, 2, 4}  # the indicators are identical


# ---- the committed files ------------------------------------------------------------------


def test_committed_reference_files_are_up_to_date(extraction: Extraction) -> None:
    for name, text in render(extraction).items():
        assert (REFERENCE / name).read_text(encoding="utf-8") == text, (
            f"{name} is stale: run python -m desktop.core.seed {SEED} --out resources/reference"
        )


def test_write_is_repeatable(extraction: Extraction, tmp_path: Path) -> None:
    first = {p.name: p.read_bytes() for p in write(extraction, tmp_path / "one")}
    second = {
        p.name: p.read_bytes() for p in write(extract(SEED.read_text("utf-8")), tmp_path / "two")
    }
    assert first == second
    assert sorted(first) == [
        "departments.json",
        "district_akimats.json",
        "districts.json",
        "indicators.json",
        "offices.json",
        "seed_report.md",
    ]
