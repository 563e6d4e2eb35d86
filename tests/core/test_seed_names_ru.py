"""Russian names derived for the reference data: the rules on samples, then the real seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.seed import Extraction, extract
from desktop.core.seed.model import Flag
from desktop.core.seed.names_ru import (
    AS_PRINTED,
    DERIVED_REASON,
    KAZAKH_LETTERS,
    KNOWN,
    OFFICE_FIELDS,
    TRANSLITERATED,
    district_names_ru,
    method_of,
    normalize,
    office_names_ru,
    proper_name_ru,
    transliterate,
)
from desktop.core.seed.place_names_ru import DISTRICT_ADJECTIVES, NAMES
from desktop.core.seed.report import render_report

SEED = Path(__file__).parents[2] / "tests" / "fixtures" / "seed_2008_29-03.txt"


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return extract(SEED.read_text(encoding="utf-8"))


# ---- the rules, on samples ----------------------------------------------------------------


def test_transliteration_table() -> None:
    assert transliterate("әғқңөұүһі ӘҒҚҢӨҰҮҺІ") == "агкноуухи АГКНОУУХИ"
    assert transliterate("Жартас, ёж, Щ") == "Жартас, ёж, Щ"  # letters Russian has are kept


def test_settlement_kind_words_and_word_order() -> None:
    names = office_names_ru("settlement", "Гүлшат")
    assert names.name_ru == "Аппарат акима посёлка Гулшат"
    assert names.full_name_ru == 'Государственное учреждение "Аппарат акима посёлка Гулшат"'
    assert names.akim_position_ru == "Аким посёлка Гулшат"


def test_village_and_rural_okrug_kind_words() -> None:
    assert office_names_ru("village", "Кеңгір").name_ru == "Аппарат акима села Кенгир"
    okrug = office_names_ru("rural_okrug", "Жартас")
    assert okrug.name_ru == "Аппарат акима сельского округа Жартас"
    assert okrug.akim_position_ru == "Аким сельского округа Жартас"


def test_city_and_district_kind_words_and_cases() -> None:
    city = district_names_ru("city", "Балқаш")
    assert (city.name_ru, city.akimat_name_ru) == ("город Балхаш", "Аппарат акима города Балхаш")
    district = district_names_ru("district", "Бұқар жырау")
    assert district.name_ru == "Бухар-Жырауский район"
    assert district.akimat_name_ru == "Аппарат акима Бухар-Жырауского района"


def test_a_district_without_a_known_adjective_keeps_its_name_after_the_kind_word() -> None:
    district = district_names_ru("district", "Жаңа")
    assert (district.name_ru, district.akimat_name_ru) == (
        "район Жана",
        "Аппарат акима района Жана",
    )
    assert district.proper.method == TRANSLITERATED


def test_unknown_kinds_are_refused() -> None:
    with pytest.raises(ValueError):
        office_names_ru("hamlet", "Жартас")
    with pytest.raises(ValueError):
        district_names_ru("region", "Қарағанды")


def test_known_form_wins_over_transliteration() -> None:
    proper = proper_name_ru("Ақадыр")
    assert (proper.russian, proper.method) == ("Агадырь", KNOWN)  # transliterated: "Акадыр"
    assert proper.detail.startswith(f"{KNOWN}: 'Агадырь' for 'Ақадыр' (https://")
    assert proper_name_ru("Саран").russian == "Сарань"


def test_name_printed_without_kazakh_letters_is_kept() -> None:
    proper = proper_name_ru("Новодолинский")
    assert (proper.russian, proper.method) == ("Новодолинский", AS_PRINTED)


def test_transliterated_name_says_so() -> None:
    proper = proper_name_ru("Тоғызқұдық")
    assert (proper.russian, proper.method) == ("Тогызкудык", TRANSLITERATED)
    assert proper.detail == (
        "transliterated: 'Тоғызқұдық' -> 'Тогызкудык'; check the established spelling"
    )


def test_spacing_is_normalized_before_lookup_and_transliteration() -> None:
    assert normalize("С.Сейфуллин") == "С. Сейфуллин"
    assert normalize(" Ақсу -Аюлы ") == "Ақсу-Аюлы"
    assert proper_name_ru("Ғ.Мұстафин").russian == "Габидена Мустафина"
    assert office_names_ru("rural_okrug", "Ақсу -Аюлы").name_ru == (
        "Аппарат акима сельского округа Аксу-Аюлы"
    )


def test_every_derived_field_carries_a_flag_saying_how_it_was_made() -> None:
    names = office_names_ru("settlement", "Шұбаркөл")
    assert [(f.field, f.value) for f in names.flags] == [
        ("name_ru", names.name_ru),
        ("full_name_ru", names.full_name_ru),
        ("akim_position_ru", names.akim_position_ru),
    ]
    assert {(f.reason, method_of(f.detail)) for f in names.flags} == {(DERIVED_REASON, KNOWN)}
    city = district_names_ru("city", "Теміртау")
    assert [(f.field, f.value) for f in city.district_flags] == [("name_ru", "город Темиртау")]
    assert [f.value for f in city.akimat_flags] == ["Аппарат акима города Темиртау"]


def test_known_forms_cite_a_source_and_need_no_transliteration() -> None:
    for table in (NAMES, DISTRICT_ADJECTIVES):
        for kazakh, form in table.items():
            assert normalize(kazakh) == kazakh, kazakh
            assert form.source, kazakh
            assert not set(form.russian) & set(KAZAKH_LETTERS), kazakh


# ---- the real seed ------------------------------------------------------------------------


def _derived(flags: list[Flag]) -> dict[str, Flag]:
    return {flag.field: flag for flag in flags if flag.reason == DERIVED_REASON}


def test_every_office_has_russian_names_each_flagged(extraction: Extraction) -> None:
    assert len(extraction.offices) == 195
    for office in extraction.offices:
        flags = _derived(office.flags)
        assert list(flags) == list(OFFICE_FIELDS), office.number
        for field in OFFICE_FIELDS:
            value = getattr(office, field)
            assert value and flags[field].value == value, (office.number, field)
            assert not set(value) & set(KAZAKH_LETTERS), (office.number, value)


def test_every_district_and_akimat_has_a_known_russian_name(extraction: Extraction) -> None:
    assert len(extraction.districts) == len(extraction.district_akimats) == 18
    for record in [*extraction.districts, *extraction.district_akimats]:
        [flag] = _derived(record.flags).values()
        assert record.name_ru and flag.field == "name_ru" and flag.value == record.name_ru
        assert method_of(flag.detail) == KNOWN, record.name_ru


def test_seed_samples(extraction: Extraction) -> None:
    offices = {office.number: office for office in extraction.offices}
    assert offices[9].name_ru == "Аппарат акима посёлка Жезказган"  # known form
    assert offices[44].name_ru == "Аппарат акима посёлка Габидена Мустафина"
    assert offices[195].name_ru == "Аппарат акима сельского округа Дарья"  # the address's form
    assert offices[170].name_ru == "Аппарат акима сельского округа Шенбер"  # "ауылдық әкімі"
    akimats = {akimat.district: akimat for akimat in extraction.district_akimats}
    assert akimats["priozersk"].name_ru == "Аппарат акима города Приозерск"  # "әкімнің" misprint
    assert akimats["shet"].name_ru == "Аппарат акима Шетского района"
    districts = {district.code: district for district in extraction.districts}
    assert districts["satbayev"].name_ru == "город Сатпаев"


def test_report_lists_each_derived_record_once(extraction: Extraction) -> None:
    report = render_report(extraction)
    section = report.split("## Russian names", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith(("| office ", "| district"))]
    assert len(rows) == 18 + 195 + 18
    assert "| office 1 | name_ru, full_name_ru, akim_position_ru | Гүлшат кенті" in section
    assert "| transliterated | 115 |" in section
    flags_section = report.split("## Flags", 1)[1].split("\n## ", 1)[0]
    assert f"| {DERIVED_REASON} | 621 |" in flags_section
    assert flags_section.count(f"| {DERIVED_REASON} |") == 1  # counted, not listed again
