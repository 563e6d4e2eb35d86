"""The gaps validation closes: values that are slips, not facts, are refused by the services
whichever way they come (a dialog, an import, a bulk load), with a code the UI words."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.book_limits import limits_on
from desktop.services import household_writer as hw
from desktop.services import households as hb
from desktop.services.household_values import (
    BookError,
    HouseholdData,
    LivestockData,
    MemberData,
    NewHousehold,
    PlotData,
)
from desktop.ui import book_errors

OPENED = date(2020, 1, 1)
TODAY = date(2026, 11, 25)


def head(**changes: object) -> MemberData:
    values: dict[str, object] = {
        "surname": "Шалқарбаев",
        "name": "Ерлан",
        "relation": "head",
        "registered_from": OPENED,
        "sex": "male",
        **changes,
    }
    return MemberData(**values)  # type: ignore[arg-type]


@pytest.fixture
def household(configured_db: Database, clerk: Actor) -> uuid.UUID:
    return hw.create_household(
        configured_db, HouseholdData("0001", "Ботақара", OPENED), head(), clerk, TODAY
    )


def refused(call: object, *args: object, **kwargs: object) -> BookError:
    with pytest.raises(BookError) as error:
        call(*args, **kwargs)  # type: ignore[operator]
    return error.value


@pytest.mark.parametrize(
    ("area", "code"),
    [
        ("1e-9", "too_small"),  # would be stored as 0.0000
        ("0.00004", "too_small"),
        ("nan", "not_a_number"),
        ("NaN", "not_a_number"),
        ("inf", "not_a_number"),
        ("-inf", "not_a_number"),
        ("-0.5", "not_positive"),
        ("1e9", "implausible"),
    ],
)
def test_absurd_areas_are_refused(
    configured_db: Database, household: uuid.UUID, clerk: Actor, area: str, code: str
) -> None:
    plot = PlotData("garden", area)  # type: ignore[arg-type]
    error = refused(hw.add_plot, configured_db, household, plot, clerk)
    assert (error.field, error.code) == ("area_ha", code)
    assert hb.card(configured_db, household, TODAY).plots == ()


def test_the_smallest_plot_is_kept_exactly(
    configured_db: Database, household: uuid.UUID, clerk: Actor
) -> None:
    hw.add_plot(configured_db, household, PlotData("garden", Decimal("0.0001")), clerk)
    assert [p.area_ha for p in hb.card(configured_db, household, TODAY).plots] == [
        Decimal("0.0001")
    ]


def test_an_unknown_land_use_is_refused(
    configured_db: Database, household: uuid.UUID, clerk: Actor
) -> None:
    error = refused(
        hw.add_plot, configured_db, household, PlotData("moon_base", Decimal("1")), clerk
    )
    assert (error.field, error.code, error.params) == (
        "purpose",
        "unknown_purpose",
        {"purpose": "moon_base"},
    )


def test_an_unknown_land_use_in_a_bulk_load_is_refused(
    configured_db: Database, clerk: Actor
) -> None:
    item = NewHousehold(
        HouseholdData("0002", "Ботақара", OPENED), (head(),), (PlotData("x", Decimal("1")),)
    )
    error = refused(hw.create_households, configured_db, [item], clerk, TODAY)
    assert error.code == "unknown_purpose"


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(2100, 1, 1), date(1, 1, 1)])
def test_dates_a_record_cannot_carry_are_refused_on_every_path(
    configured_db: Database, household: uuid.UUID, clerk: Actor, day: date
) -> None:
    limits = limits_on(TODAY)
    calls = [
        (
            "opened_on",
            lambda: hw.create_household(
                configured_db, HouseholdData("0009", "Ботақара", day), head(), clerk, TODAY
            ),
        ),
        (
            "registered_from",
            lambda: hw.add_member(
                configured_db,
                household,
                head(name="Асқар", relation="son", registered_from=day),
                clerk,
                TODAY,
            ),
        ),
        (
            "held_to",
            lambda: hw.add_plot(
                configured_db, household, PlotData("garden", Decimal("1"), held_to=day), clerk
            ),
        ),
        ("as_of", lambda: hw.save_livestock(configured_db, household, day, {"sheep": 1}, clerk)),
        ("closed_on", lambda: hw.close_household(configured_db, household, day, "көшті", clerk)),
    ]
    for field, call in calls:
        error = refused(call)
        assert (error.field, error.code) == (field, "implausible_date"), field
        assert error.params == {"earliest": limits.earliest_date, "latest": limits.latest_date}
    assert hb.card(configured_db, household, TODAY).closed_on is None


@pytest.mark.parametrize("born", [date(1899, 12, 31), date(1, 1, 1)])
def test_a_birth_date_before_1900_is_refused(
    configured_db: Database, household: uuid.UUID, clerk: Actor, born: date
) -> None:
    member = head(name="Асқар", relation="son", birth_date=born)
    error = refused(hw.add_member, configured_db, household, member, clerk, TODAY)
    assert (error.field, error.code) == ("birth_date", "implausible")


def test_a_birth_date_in_1900_is_kept(
    configured_db: Database, household: uuid.UUID, clerk: Actor
) -> None:
    member = head(name="Асқар", relation="father", birth_date=date(1900, 1, 1))
    hw.add_member(configured_db, household, member, clerk, TODAY)


def test_absurd_counts_are_refused_even_when_confirmed(
    configured_db: Database, household: uuid.UUID, clerk: Actor
) -> None:
    sheep_max = 2000  # plausible_max of sheep in the reference data
    ceiling = limits_on(TODAY).livestock_ceiling(sheep_max)
    day = date(2025, 1, 1)
    hw.save_livestock(
        configured_db, household, day, {"sheep": ceiling}, clerk, allow_implausible=True
    )
    for count in (ceiling + 1, 10**12):
        error = refused(
            hw.save_livestock,
            configured_db,
            household,
            day,
            {"sheep": count},
            clerk,
            allow_implausible=True,
        )
        assert (error.field, error.code, error.params) == (
            "sheep",
            "beyond_ceiling",
            {"limit": ceiling},
        )
    assert hb.livestock_on(configured_db, household, day).counts == {"sheep": ceiling}


def test_absurd_counts_in_a_bulk_load_are_refused_even_when_confirmed(
    configured_db: Database, clerk: Actor
) -> None:
    item = NewHousehold(
        HouseholdData("0003", "Ботақара", OPENED),
        (head(),),
        livestock=(LivestockData(date(2025, 1, 1), {"poultry": 10**9}),),
    )
    error = refused(
        hw.create_households, configured_db, [item], clerk, TODAY, allow_implausible=True
    )
    assert error.code == "beyond_ceiling"


@pytest.mark.parametrize(
    ("error", "kk_part"),
    [
        (BookError("purpose", "unknown_purpose", purpose="moon_base"), "moon_base"),
        (BookError("area_ha", "too_small", limit=Decimal("0.0001")), "0.0001"),
        (BookError("sheep", "beyond_ceiling", limit=40000), "40000"),
        (
            BookError(
                "as_of", "implausible_date", earliest=date(1900, 1, 1), latest=date(2099, 12, 31)
            ),
            "2099",
        ),
    ],
)
def test_the_new_refusals_are_worded(error: BookError, kk_part: str) -> None:
    text = book_errors.message(error, "kk")
    assert kk_part in text and "%" not in text
