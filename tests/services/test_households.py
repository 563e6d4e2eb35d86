"""The household book service: validation, history, livestock as of a date, search."""

import uuid
from datetime import date
from decimal import Decimal

import pytest

from db.engine import Database
from desktop.core.actor import SYSTEM, Actor
from desktop.core.iin import make_iin
from desktop.services import household_search as hs
from desktop.services import household_writer as hw
from desktop.services import households as hb
from desktop.services import office
from desktop.services.household_values import BookError, HouseholdData, MemberData, PlotData

HEAD_IIN = make_iin(date(1970, 3, 4), "male", 1)
WIFE_IIN = make_iin(date(1975, 5, 6), "female", 2)
OPENED = date(2020, 1, 1)
TODAY = date(2026, 11, 25)


def by(db: Database) -> Actor:
    """The configured clerk (the system actor before the office is chosen)."""
    return office.current_actor(db) or SYSTEM


def _household(db: Database, account: str = "0001", iin: str = HEAD_IIN) -> uuid.UUID:
    return hw.create_household(
        db,
        HouseholdData(account, "Ботақара", OPENED, street="Абай", house="12"),
        MemberData("Шалқарбаев", "Ерлан", "head", OPENED, iin=iin, patronymic="Серікұлы"),
        by(db),
        TODAY,
    )


def test_a_new_household_with_its_head(configured_db: Database) -> None:
    household_id = _household(configured_db)
    card = hb.card(configured_db, household_id, TODAY)
    assert card.head is not None and card.head.full_name == "Шалқарбаев Ерлан Серікұлы"
    assert card.head.birth_date == date(1970, 3, 4) and card.head.sex == "male"
    assert card.data.account_number == "0001" and not card.is_demo


def test_nothing_can_be_kept_before_the_office_is_chosen(db: Database) -> None:
    with pytest.raises(BookError) as error:
        _household(db)
    assert error.value.code == "office_not_configured"


@pytest.mark.parametrize(
    ("member", "field", "code"),
    [
        (dict(iin=HEAD_IIN[:-1] + str((int(HEAD_IIN[-1]) + 1) % 10)), "iin", "iin_check_digit"),
        (dict(iin="12345"), "iin", "iin_length"),
        (dict(iin=HEAD_IIN, birth_date=date(1971, 3, 4)), "birth_date", "iin_birth_mismatch"),
        (dict(iin=HEAD_IIN, sex="female"), "sex", "iin_sex_mismatch"),
        (dict(surname="  "), "surname", "required"),
        (dict(iin="", sex=""), "sex", "required"),
    ],
)
def test_wrong_member_data_is_refused_and_nothing_saved(
    configured_db: Database, member: dict, field: str, code: str
) -> None:
    values = dict(surname="Шалқарбаев", name="Ерлан", relation="head", registered_from=OPENED)
    values.update(member)
    with pytest.raises(BookError) as error:
        hw.create_household(
            configured_db,
            HouseholdData("0009", "Ботақара", OPENED),
            MemberData(**values),
            by(configured_db),
            TODAY,
        )
    assert (error.value.field, error.value.code) == (field, code)
    assert hs.search(configured_db, "0009") == []


def test_a_person_cannot_be_in_two_households(configured_db: Database) -> None:
    _household(configured_db)
    with pytest.raises(BookError) as error:
        _household(configured_db, account="0002")
    assert error.value.code == "iin_in_other_household"
    assert error.value.params == {"account": "0001"}


def test_account_numbers_are_unique_in_the_office(configured_db: Database) -> None:
    _household(configured_db)
    with pytest.raises(BookError) as error:
        _household(configured_db, iin=make_iin(date(1980, 1, 1), "male", 5))
    assert error.value.code == "account_taken"


def test_livestock_on_any_date_never_leaks_a_later_snapshot(configured_db: Database) -> None:
    household_id = _household(configured_db)
    hw.save_livestock(
        configured_db, household_id, date(2025, 1, 1), {"cattle_cows": 3}, by(configured_db)
    )
    hw.save_livestock(
        configured_db, household_id, date(2025, 7, 1), {"cattle_cows": 5}, by(configured_db)
    )
    assert hb.livestock_on(configured_db, household_id, date(2024, 12, 31)) is None
    assert hb.livestock_on(configured_db, household_id, date(2025, 6, 30)).counts == {
        "cattle_cows": 3
    }
    assert hb.livestock_on(configured_db, household_id, date(2025, 7, 1)).counts == {
        "cattle_cows": 5
    }
    assert hb.card(configured_db, household_id, date(2025, 3, 1)).livestock.as_of == date(
        2025, 1, 1
    )


@pytest.mark.parametrize(
    ("counts", "code"),
    [
        ({"sheep": -1}, "negative"),
        ({"sheep": 2500}, "implausible"),
        ({"dragons": 1}, "unknown_livestock_group"),
    ],
)
def test_bad_counts_are_refused(configured_db: Database, counts: dict, code: str) -> None:
    household_id = _household(configured_db)
    with pytest.raises(BookError) as error:
        hw.save_livestock(configured_db, household_id, date(2025, 1, 1), counts, by(configured_db))
    assert error.value.code == code
    assert hb.livestock_on(configured_db, household_id, date(2025, 1, 1)) is None


def test_an_implausible_count_can_be_confirmed(configured_db: Database) -> None:
    household_id = _household(configured_db)
    hw.save_livestock(
        configured_db,
        household_id,
        date(2025, 1, 1),
        {"sheep": 2500},
        by(configured_db),
        allow_implausible=True,
    )
    assert hb.livestock_on(configured_db, household_id, date(2025, 1, 1)).counts == {"sheep": 2500}


def test_corrections_keep_history_and_bump_the_version(configured_db: Database) -> None:
    household_id = _household(configured_db)
    card = hb.card(configured_db, household_id, TODAY)
    new = HouseholdData(**{**card.data.__dict__, "street": "Бөкейхан"})
    hw.update_household(configured_db, household_id, new, by(configured_db), "жазу қатесі")
    line = hb.history(configured_db, household_id)[0]
    assert (line.field, line.old_value, line.new_value) == ("street", "Абай", "Бөкейхан")
    assert (line.changed_by, line.reason) == ("Ахметова Г. С.", "жазу қатесі")
    assert line.changed_by_id == by(configured_db).staff_id
    assert hb.card(configured_db, household_id, TODAY).data.street == "Бөкейхан"


def test_removing_a_member_needs_a_reason_and_keeps_the_person(configured_db: Database) -> None:
    household_id = _household(configured_db)
    wife = hw.add_member(
        configured_db,
        household_id,
        MemberData("Шалқарбаева", "Әйгерім", "spouse", OPENED, iin=WIFE_IIN),
        by(configured_db),
        TODAY,
    )
    with pytest.raises(BookError):
        hw.remove_member(configured_db, wife, date(2024, 5, 1), " ", by(configured_db))
    hw.remove_member(configured_db, wife, date(2024, 5, 1), "көшіп кетті", by(configured_db))
    card = hb.card(configured_db, household_id, TODAY)
    assert [m.name for m in card.members] == ["Ерлан"]
    assert [m.removal_reason for m in card.former_members] == ["көшіп кетті"]
    assert [m.name for m in hb.card(configured_db, household_id, date(2024, 4, 30)).members] == [
        "Ерлан",
        "Әйгерім",
    ]


def test_closing_a_household_keeps_it_in_history(configured_db: Database) -> None:
    household_id = _household(configured_db)
    hw.close_household(
        configured_db, household_id, date(2025, 2, 1), "қалаға көшті", by(configured_db)
    )
    assert hb.card(configured_db, household_id, TODAY).closed_on == date(2025, 2, 1)
    hits = hs.search(configured_db, "шалқарбаев")
    assert [h.closed for h in hits] == [True]
    with pytest.raises(BookError):
        hw.close_household(
            configured_db, household_id, date(2025, 3, 1), "again", by(configured_db)
        )


def test_plots_are_validated(configured_db: Database) -> None:
    household_id = _household(configured_db)
    hw.add_plot(
        configured_db,
        household_id,
        PlotData("house_plot", Decimal("0.15")),
        by(configured_db),
    )
    for area, code in (("0", "not_positive"), ("abc", "not_a_number"), ("20000", "implausible")):
        with pytest.raises(BookError) as error:
            hw.add_plot(configured_db, household_id, PlotData("garden", area), by(configured_db))  # type: ignore[arg-type]
        assert error.value.code == code
    assert [p.area_ha for p in hb.card(configured_db, household_id, TODAY).plots] == [
        Decimal("0.1500")
    ]


@pytest.mark.parametrize(
    "query",
    [
        "шалқарбаев",
        "ШАЛҚАР",
        "ерлан шалқ",
        "Серікұлы Ерлан",
        HEAD_IIN,
        "0001",
        "абай 12",
        "ботақара",
    ],
)
def test_search_finds_by_name_iin_account_or_address(configured_db: Database, query: str) -> None:
    _household(configured_db)
    hits = hs.search(configured_db, query)
    assert [h.account_number for h in hits] == ["0001"]


def test_search_names_the_matched_member_and_folds_yo(configured_db: Database) -> None:
    household_id = _household(configured_db)
    hw.add_member(
        configured_db,
        household_id,
        MemberData("Сёмина", "Алёна", "daughter_in_law", OPENED, sex="female"),
        by(configured_db),
        TODAY,
    )
    hits = hs.search(configured_db, "семина алена")
    assert hits[0].matched_name == "Сёмина Алёна"
    assert hs.search(configured_db, "no such person") == []
    assert hs.search(configured_db, '"') == []


def test_the_head_stays_until_another_member_becomes_head(configured_db: Database) -> None:
    household_id = _household(configured_db)
    head = hb.card(configured_db, household_id, TODAY).head
    wife = hw.add_member(
        configured_db,
        household_id,
        MemberData("Шалқарбаева", "Әйгерім", "spouse", OPENED, iin=WIFE_IIN),
        by(configured_db),
        TODAY,
    )
    with pytest.raises(BookError) as error:
        hw.remove_member(
            configured_db, head.id, date(2025, 1, 1), "қайтыс болды", by(configured_db)
        )
    assert error.value.code == "head_must_stay"
    with pytest.raises(BookError) as error:
        hw.add_member(
            configured_db,
            household_id,
            MemberData("Шалқарбаев", "Дәулет", "head", OPENED, sex="male"),
            by(configured_db),
            TODAY,
        )
    assert error.value.code == "second_head"
    hw.update_member(
        configured_db,
        wife,
        MemberData("Шалқарбаева", "Әйгерім", "head", OPENED, iin=WIFE_IIN),
        by(configured_db),
        TODAY,
        "ері қайтыс болды",
    )
    hw.remove_member(configured_db, head.id, date(2025, 1, 1), "қайтыс болды", by(configured_db))
    card = hb.card(configured_db, household_id, TODAY)
    assert card.head is not None and card.head.name == "Әйгерім"
    assert [(m.name, m.relation) for m in card.former_members] == [("Ерлан", "other")]
