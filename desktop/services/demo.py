"""Demo data for the household book: synthetic households to try the program (and to measure it).

Demo households are ordinary households marked `is_demo`, with "DEMO-" account numbers, in the
configured office's village; remove_demo() takes them out again before real work begins.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import func, select

from db.engine import Database
from db.models import Household, Member
from desktop.core.actor import Actor
from desktop.core.demo_people import DemoFamily, DemoPeople, locality_names
from desktop.services import households as book
from desktop.services.access import require
from desktop.services.household_values import (
    BookError,
    HouseholdData,
    LivestockData,
    MemberData,
    NewHousehold,
    PlotData,
)
from desktop.services.household_writer import writing
from desktop.services.office import workplace

ACCOUNT_PREFIX = "DEMO-"
BATCH = 1000  # households per transaction
PAGES_PER_BOOK = 200


def load_demo(
    db: Database,
    households: int,
    actor: Actor,
    today: date,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    livestock_rounds: int = 4,
) -> int:
    """Add `households` demo households to the office's book; returns how many were added.

    Households that keep livestock have `livestock_rounds` counts (1 January and 1 July; four:
    the last two years).

    The same seed on the same book gives the same households. People never get an IIN already
    in the book, and account numbers continue after the last DEMO- number. `progress(done,
    total)` is called after each batch (a transaction of its own).
    """
    require(actor, "demo.load")
    place = workplace(db)
    if place is None:
        raise BookError("office", "office_not_configured")
    villages = locality_names(place.office.name, place.office.address)
    with db.read() as session:
        taken = {iin for iin in session.scalars(select(Member.iin)) if iin is not None}
        last = session.scalar(
            select(func.max(Household.account_number)).where(
                Household.account_number.like(f"{ACCOUNT_PREFIX}%")
            )
        )
    first = int(last.removeprefix(ACCOUNT_PREFIX)) + 1 if last else 1
    limits = {t.code: t.plausible_max for t in book.terms(db).livestock if t.plausible_max}
    people = DemoPeople(seed, today, taken_iins=taken, limits=limits, rounds=livestock_rounds)
    done = 0
    while done < households:
        size = min(BATCH, households - done)
        batch = [
            _new_household(family, first + done + i, villages, people.rng.random())
            for i, family in enumerate(people.families(size))
        ]
        with writing(db, actor, today) as writer:
            writer.create(batch, is_demo=True)
        done += size
        if progress is not None:
            progress(done, households)
    return done


def _new_household(
    family: DemoFamily, number: int, villages: list[str], roll: float
) -> NewHousehold:
    # Most live in the office's own village; the rest in the one the okrug is named after.
    village = villages[0] if roll < 0.8 or len(villages) == 1 else villages[1]
    data = HouseholdData(
        account_number=f"{ACCOUNT_PREFIX}{number:06d}",
        locality=village,
        opened_on=family.opened_on,
        book_number=str((number - 1) // PAGES_PER_BOOK + 1),
        book_page=str((number - 1) % PAGES_PER_BOOK + 1),
        street=family.street,
        house=family.house,
        apartment=family.apartment,
        phone=family.phone,
    )
    members = tuple(
        MemberData(
            surname=p.surname,
            name=p.name,
            relation=p.relation,
            registered_from=p.registered_from,
            iin=p.iin,
            patronymic=p.patronymic,
            birth_date=p.birth_date,
            sex=p.sex,
        )
        for p in family.people
    )
    plots = tuple(
        PlotData(p.purpose, p.area_ha, p.state_act_number, p.cadastral_number) for p in family.plots
    )
    livestock = tuple(LivestockData(s.as_of, dict(s.counts)) for s in family.livestock)
    return NewHousehold(data, members, plots, livestock)


def remove_demo(db: Database, actor: Actor, now: datetime) -> int:
    """Tombstone every demo household (with its members, plots and livestock) and drop them
    from the search; returns how many households were removed. A history line records it."""
    require(actor, "household.delete")
    with writing(db, actor) as writer:
        return writer.remove_demo(now)
