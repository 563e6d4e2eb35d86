from datetime import date

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models import ChangeRecord, Household, LivestockSnapshot, Member
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import SystemClock
from desktop.core.demo_people import snapshot_dates
from desktop.services import household_search, household_writer, households
from desktop.services.demo import load_demo, remove_demo
from desktop.services.household_values import BookError, HouseholdData, MemberData
from tests.helpers import acting_as

TODAY = SystemClock().today()


def test_needs_a_configured_office(db: Database) -> None:
    with pytest.raises(BookError) as error:
        load_demo(db, 3, SYSTEM, TODAY)
    assert error.value.code == "office_not_configured"


def test_loads_demo_households_in_the_office_village(configured_db: Database, clerk: Actor) -> None:
    calls: list[tuple[int, int]] = []
    added = load_demo(
        configured_db, 30, clerk, TODAY, seed=2, progress=lambda d, t: calls.append((d, t))
    )
    assert added == 30
    assert calls[-1] == (30, 30)
    with configured_db.read() as session:
        rows = session.scalars(select(Household)).all()
        members = session.scalar(select(func.count()).select_from(Member))
        history = session.scalar(select(func.count()).select_from(ChangeRecord))
    assert len(rows) == 30 and all(h.is_demo for h in rows)
    assert {h.account_number for h in rows} == {f"DEMO-{n:06d}" for n in range(1, 31)}
    assert {h.locality for h in rows} <= {"Мәди ауылы"}  # office No 100
    assert members >= 60 and history > members


def test_demo_households_are_searchable(configured_db: Database, clerk: Actor) -> None:
    load_demo(configured_db, 30, clerk, TODAY)
    with configured_db.read() as session:
        member = session.scalars(select(Member).order_by(Member.iin)).first()
        assert member is not None
        account = member.household.account_number
    by_iin = household_search.search(configured_db, member.iin or "")
    assert [h.account_number for h in by_iin] == [account]
    assert by_iin[0].is_demo
    by_name = household_search.search(configured_db, f"{member.name.upper()} {member.surname}")
    assert account in [h.account_number for h in by_name]
    assert [h.account_number for h in household_search.search(configured_db, account)] == [account]


def test_livestock_snapshots_and_livestock_on(configured_db: Database, clerk: Actor) -> None:
    load_demo(configured_db, 30, clerk, TODAY)
    rounds = snapshot_dates(TODAY)
    with configured_db.read() as session:
        snapshots = session.scalars(select(LivestockSnapshot)).all()
        keeping = {s.household_id for s in snapshots}
    assert {s.as_of for s in snapshots} <= set(rounds)
    assert len(keeping) >= 10
    household_id = next(iter(keeping))
    latest = households.livestock_on(configured_db, household_id, TODAY)
    assert latest is not None and latest.total > 0
    first = households.livestock_on(configured_db, household_id, rounds[0])
    assert first is None or first.as_of == rounds[0]
    assert households.livestock_on(configured_db, household_id, date(1990, 1, 1)) is None
    card = households.card(configured_db, household_id, TODAY)
    assert card.is_demo and card.head is not None and card.livestock == latest


def test_same_seed_twice_gives_new_accounts_and_new_iins(
    configured_db: Database, clerk: Actor
) -> None:
    load_demo(configured_db, 10, clerk, TODAY, seed=4)
    load_demo(configured_db, 10, clerk, TODAY, seed=4)
    with configured_db.read() as session:
        accounts = session.scalars(select(Household.account_number)).all()
        iins = session.scalars(select(Member.iin)).all()
    assert len(set(accounts)) == 20 and max(accounts) == "DEMO-000020"
    assert len(set(iins)) == len(iins)


def test_remove_demo_keeps_real_households(configured_db: Database, clerk: Actor) -> None:
    real = household_writer.create_household(
        configured_db,
        HouseholdData("12", "Мәди ауылы", date(2010, 5, 4), street="Абай көшесі", house="7"),
        MemberData("Демоов", "Серік", "head", date(2010, 5, 4), sex="male"),
        clerk,
        TODAY,
    )
    load_demo(configured_db, 30, clerk, TODAY)
    assert household_search.search(configured_db, "DEMO")
    now = SystemClock().now()
    assert remove_demo(configured_db, acting_as(clerk, "akim"), now) == 30
    assert remove_demo(configured_db, acting_as(clerk, "akim"), now) == 0
    assert household_search.search(configured_db, "DEMO") == []
    assert [h.household_id for h in household_search.search(configured_db, "демоов")] == [real]
    with configured_db.read() as session:
        left = session.scalars(select(Household).where(Household.deleted_at.is_(None))).all()
        open_members = session.scalar(
            select(func.count()).select_from(Member).where(Member.deleted_at.is_(None))
        )
    assert [h.id for h in left] == [real] and open_members == 1
    # Demo data can be loaded again afterwards.
    assert load_demo(configured_db, 5, clerk, TODAY) == 5
