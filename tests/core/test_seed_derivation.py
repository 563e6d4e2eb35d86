"""The city/district of each akim office in Appendix 2, named or derived."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.seed import Extraction, extract
from desktop.core.seed.derivation import DistrictEvidence, area_code, derive_districts
from desktop.core.seed.districts import DISTRICT_CODES, district_named_at_start, district_named_in

SEED = Path(__file__).parents[1] / "fixtures" / "seed_2008_29-03.txt"
ORDER = ["a", "b", "c", "d"]


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return extract(SEED.read_text(encoding="utf-8"))


# ---- synthetic evidence -------------------------------------------------------------------


def test_named_districts_are_kept() -> None:
    evidence = [DistrictEvidence(named="a"), DistrictEvidence(named="c")]
    assert derive_districts(evidence, ORDER) == [("a", "address"), ("c", "address")]


def test_postal_code_decides_within_the_grouping() -> None:
    evidence = [
        DistrictEvidence(named="a"),
        DistrictEvidence(postal="b"),
        DistrictEvidence(named="c"),
    ]
    assert derive_districts(evidence, ORDER)[1] == ("b", "postal_code")


def test_evidence_outside_the_grouping_is_overruled() -> None:
    # the postal code points to "d", but the office is printed between "a" and "b" offices
    evidence = [
        DistrictEvidence(named="a"),
        DistrictEvidence(postal="d", phone="b"),
        DistrictEvidence(named="b"),
    ]
    assert derive_districts(evidence, ORDER)[1] == ("b", "phone_code")


def test_most_evidence_wins_while_keeping_the_order() -> None:
    # the first office's postal code alone would pull it to "c", forcing the next one off "b"
    evidence = [
        DistrictEvidence(named="a"),
        DistrictEvidence(postal="c", phone="b"),
        DistrictEvidence(postal="b"),
        DistrictEvidence(named="d"),
    ]
    assert derive_districts(evidence, ORDER)[1:3] == [("b", "phone_code"), ("b", "postal_code")]


def test_office_without_evidence_stays_with_the_group_before() -> None:
    evidence = [DistrictEvidence(named="b"), DistrictEvidence(), DistrictEvidence(named="d")]
    assert derive_districts(evidence, ORDER)[1] == ("b", "grouping")


def test_leading_and_trailing_offices_without_a_named_district() -> None:
    evidence = [DistrictEvidence(phone="b"), DistrictEvidence(named="c"), DistrictEvidence()]
    assert derive_districts(evidence, ORDER) == [
        ("b", "phone_code"),
        ("c", "address"),
        ("c", "grouping"),
    ]


def test_named_districts_out_of_order_are_an_error() -> None:
    with pytest.raises(ValueError, match="not grouped in order"):
        derive_districts([DistrictEvidence(named="c"), DistrictEvidence(named="a")], ORDER)


def test_area_code_without_trunk_prefix() -> None:
    assert area_code("(87212) 445407") == "7212"
    assert area_code("(71032) 52230") == "71032"
    assert area_code("53953") is None


def test_districts_named_in_text() -> None:
    assert district_named_in("Қарағанды облысы, Абай ауданы, Абай қаласы") == "abai"
    assert district_named_in("Қарағанды облысы, Жезқазған кенті, Жамбыл көш.") is None
    assert district_named_in("Қарағанды облысы, Жезқазған қаласы, Талап селосы") == "zhezkazgan"
    assert district_named_in("Қарағанды облысы, Осакаровка кенті") is None
    assert district_named_at_start("Ұлытау аудандық ауылшаруашылығы бөлімі") == "ulytau"
    assert district_named_at_start("Бұқар жырау ауданы әкімінің аппараты") == "bukhar_zhyrau"


# ---- the seed -----------------------------------------------------------------------------


def test_offices_without_a_named_district(extraction: Extraction) -> None:
    derived = {
        office.number: (office.district, office.district_source)
        for office in extraction.offices
        if office.district_source != "address"
    }
    assert derived == {
        7: ("karazhal", "phone_code"),  # Жәйрем: postal code 101303 looks like Satbayev's
        8: ("saran", "postal_code"),  # Ақтас: phone (87212) is Karaganda's
        9: ("satbayev", "postal_code"),
        10: ("temirtau", "postal_code"),
        11: ("shakhtinsk", "postal_code"),
        12: ("shakhtinsk", "postal_code"),
        13: ("shakhtinsk", "postal_code"),
        14: ("shakhtinsk", "phone_code"),  # Ақтай: postal code 101316 looks like Satbayev's
        135: ("osakarovka", "postal_code"),
        136: ("osakarovka", "postal_code"),
    }


def test_offices_stay_in_the_order_of_appendix_1(extraction: Extraction) -> None:
    ranks = [DISTRICT_CODES.index(office.district) for office in extraction.offices]
    assert ranks == sorted(ranks)


def test_every_district_but_two_cities_has_offices(extraction: Extraction) -> None:
    with_offices = {office.district for office in extraction.offices}
    # the seed lists no settlement, village or rural okrug under Karaganda or Priozersk
    assert set(DISTRICT_CODES) - with_offices == {"karaganda", "priozersk"}


def test_offices_per_district(extraction: Extraction) -> None:
    numbers: dict[str, list[int]] = {}
    for office in extraction.offices:
        numbers.setdefault(office.district, []).append(office.number)
    spans = {code: (found[0], found[-1]) for code, found in numbers.items()}
    assert spans == {
        "balkhash": (1, 3),
        "zhezkazgan": (4, 6),
        "karazhal": (7, 7),
        "saran": (8, 8),
        "satbayev": (9, 9),
        "temirtau": (10, 10),
        "shakhtinsk": (11, 14),
        "abai": (15, 27),
        "aktogay": (28, 43),
        "bukhar_zhyrau": (44, 73),
        "zhanaarka": (74, 87),
        "karkaraly": (88, 110),
        "nura": (111, 134),
        "osakarovka": (135, 158),
        "ulytau": (159, 172),
        "shet": (173, 195),
    }
