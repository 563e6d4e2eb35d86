"""Reception schedules of Appendix 4: the parser on synthetic text and on the real seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.seed import Extraction, extract
from desktop.core.seed.model import DistrictAkimat, ReceptionSlot
from desktop.core.seed.reception import LAST_WEEK, parse_schedule, read_timing

SEED = Path(__file__).parents[1] / "fixtures" / "seed_2008_29-03.txt"


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return extract(SEED.read_text(encoding="utf-8"))


def _akimat(extraction: Extraction, district: str) -> DistrictAkimat:
    return next(a for a in extraction.district_akimats if a.district == district)


def _timing(slot: ReceptionSlot) -> tuple[object, ...]:
    return (slot.recurrence, slot.weekday, slot.nth, slot.time_from, slot.time_to)


# ---- synthetic text -----------------------------------------------------------------------


def test_weekly_slot() -> None:
    timing = read_timing("апта сайын сейсенбі күндері, сағ. 15.00-тен 16.00 дейін")
    assert timing is not None
    assert (timing.recurrence, timing.weekday, timing.nth) == ("weekly", 1, [])
    assert (timing.time_from, timing.time_to, timing.rest) == ("15:00", "16:00", "")


def test_monthly_nth_slot_with_inflected_weekday() -> None:
    timing = read_timing("әр айдың 2, 4-ші бейсенбісі, сағ. 16.00-дан 18.00 дейін")
    assert timing is not None
    assert (timing.recurrence, timing.weekday, timing.nth) == ("monthly_nth", 3, [2, 4])


def test_last_weekday_of_the_month() -> None:
    timing = read_timing("әр айдың соңғы бейсенбісі, сағ. 15.00-тен 18.00 дейін")
    assert timing is not None
    assert (timing.recurrence, timing.weekday, timing.nth) == ("monthly_nth", 3, [LAST_WEEK])


def test_monthly_once_with_open_end() -> None:
    timing = read_timing("айына бір рет, сағ. 17.00-ден бастап")
    assert timing is not None
    assert (timing.recurrence, timing.weekday, timing.nth) == ("monthly_once", None, [])
    assert (timing.time_from, timing.time_to) == ("17:00", None)


def test_open_end_without_suffix_and_early_hours() -> None:
    timing = read_timing("апта сайын жұма күндері, сағ. 9.00 бастап")
    assert timing is not None
    assert (timing.weekday, timing.time_from, timing.time_to) == (4, "09:00", None)


def test_text_without_recurrence_is_not_a_slot() -> None:
    assert read_timing("әр айдың бірінші аптасы Сарышаған кентінде") is None


def test_schedule_people_deputy_numbers_and_continuations() -> None:
    schedule = parse_schedule(
        "Әкім: апта сайын дүйсенбі күндері, сағ. 15.00-тен 16.30 дейін; "
        "Орынбасары: апта сайын сейсенбі күндері, сағ. 10.00-нан 13.00 дейін; "
        "апта сайын жұма күндері, сағ. 15.00-тен 18.00 дейін; "
        "Орынбасарлары: апта сайын сәрсенбі күндері, сағ. 14.30-дан 16.30 дейін."
    )
    people = [(s.who, s.deputy_no, s.plural, s.weekday) for s in schedule.slots]
    assert people == [
        ("akim", None, False, 0),
        ("deputy", 1, False, 1),
        ("deputy", 1, False, 4),
        ("deputy", 2, True, 2),
    ]
    assert schedule.slots[2].source == "апта сайын жұма күндері, сағ. 15.00-тен 18.00 дейін"
    assert schedule.flags == []


def test_unparsed_schedule_text_is_flagged_not_dropped() -> None:
    schedule = parse_schedule("Әкім: әр айдың бірінші аптасы кенттерде; қабылдау жоқ")
    assert schedule.slots == []
    assert [flag.reason for flag in schedule.flags] == ["unparsed_schedule"] * 2
    assert [flag.value for flag in schedule.flags] == [
        "Әкім: әр айдың бірінші аптасы кенттерде",
        "қабылдау жоқ",
    ]


# ---- the seed -----------------------------------------------------------------------------


def test_balkhash_akim_every_tuesday_15_to_16(extraction: Extraction) -> None:
    akim = _akimat(extraction, "balkhash").reception[0]
    assert (akim.who, akim.deputy_no, akim.plural) == ("akim", None, False)
    assert _timing(akim) == ("weekly", 1, [], "15:00", "16:00")
    assert akim.source == "Әкім: апта сайын сейсенбі күндері, сағ. 15.00-тен 16.00 дейін"


def test_balkhash_deputies_on_given_weeks_of_the_month(extraction: Extraction) -> None:
    deputies = _akimat(extraction, "balkhash").reception[1:]
    assert [(s.who, s.deputy_no) for s in deputies] == [("deputy", 1), ("deputy", 2), ("deputy", 3)]
    assert _timing(deputies[0]) == ("monthly_nth", 3, [2, 4], "16:00", "18:00")
    assert _timing(deputies[1]) == ("monthly_nth", 0, [1, 3], "16:00", "18:00")
    assert _timing(deputies[2]) == ("monthly_nth", 2, [2, 3], "16:00", "18:00")


def test_karaganda_akim_once_a_month_from_17(extraction: Extraction) -> None:
    reception = _akimat(extraction, "karaganda").reception
    assert _timing(reception[0]) == ("monthly_once", None, [], "17:00", None)
    assert [_timing(s) for s in reception[1:]] == [
        ("weekly", 1, [], "17:00", None),
        ("weekly", 2, [], "17:00", None),
        ("weekly", 0, [], "17:00", None),
    ]


def test_zhezkazgan_plural_deputies_after_its_contacts(extraction: Extraction) -> None:
    reception = _akimat(extraction, "zhezkazgan").reception
    assert [(s.who, s.deputy_no, s.plural) for s in reception] == [
        ("akim", None, False),
        ("deputy", 1, False),
        ("deputy", 2, True),
    ]
    assert _timing(reception[0]) == ("monthly_nth", 0, [2, 4], "18:00", "20:00")
    assert _timing(reception[2]) == ("weekly", 2, [], "18:00", "20:00")
    assert reception[2].source == (
        "Орынбасарлары: апта сайын сәрсенбі күндері, сағ. 18.00-ден 20.00 дейін"
    )


def test_deputy_with_two_slots(extraction: Extraction) -> None:
    reception = _akimat(extraction, "zhanaarka").reception
    assert [(s.deputy_no, s.weekday, s.time_from, s.time_to) for s in reception[1:]] == [
        (1, 0, "15:00", "18:00"),
        (1, 2, "10:00", "13:00"),
        (2, 2, "15:00", "18:00"),
        (2, 4, "10:00", "13:00"),
    ]


def test_nura_akim_last_thursday(extraction: Extraction) -> None:
    akim = _akimat(extraction, "nura").reception[0]
    assert _timing(akim) == ("monthly_nth", 3, [LAST_WEEK], "15:00", "18:00")


def test_aktogay_akim_partly_unparsed_and_flagged(extraction: Extraction) -> None:
    akimat = _akimat(extraction, "aktogay")
    assert _timing(akimat.reception[0]) == ("monthly_nth", 0, [3], None, None)
    flags = [flag for flag in akimat.flags if flag.reason == "unparsed_schedule"]
    assert len(flags) == 2
    assert all(flag.field == "reception" for flag in flags)
    assert all("Сарышаған, Шашубай кенттерінде" in flag.value for flag in flags)
    assert "Ақтоғай селосында" in flags[0].detail


def test_slots_per_akimat(extraction: Extraction) -> None:
    counts = {akimat.district: len(akimat.reception) for akimat in extraction.district_akimats}
    assert counts == {
        "balkhash": 4,
        "zhezkazgan": 3,
        "karaganda": 4,
        "karazhal": 3,
        "priozersk": 3,
        "saran": 4,
        "satbayev": 4,
        "temirtau": 4,
        "shakhtinsk": 4,
        "abai": 3,
        "aktogay": 4,
        "bukhar_zhyrau": 4,
        "zhanaarka": 5,
        "karkaraly": 4,
        "nura": 3,
        "osakarovka": 2,
        "ulytau": 5,
        "shet": 4,
    }


def test_every_akimat_has_an_akim_slot_first(extraction: Extraction) -> None:
    for akimat in extraction.district_akimats:
        assert akimat.reception[0].who == "akim", akimat.district
        assert all(slot.who == "deputy" for slot in akimat.reception[1:]), akimat.district


def test_only_the_aktogay_schedule_is_flagged(extraction: Extraction) -> None:
    flagged = {
        akimat.district
        for akimat in extraction.district_akimats
        for flag in akimat.flags
        if flag.reason == "unparsed_schedule"
    }
    assert flagged == {"aktogay"}
