"""Demo data for the household book: synthetic households to try the program (and to measure it).

Demo households are ordinary households marked `is_demo`, with "DEMO-" account numbers, in the
configured office's village; remove_demo() takes them out again before real work begins.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select, update

from db.engine import Database
from db.models import ChangeRecord, Household, LandPlot, LivestockSnapshot, Member, utc_now
from desktop.core.demo_people import DemoFamily, DemoPeople, locality_names
from desktop.services import household_bulk, household_search
from desktop.services import households as book
from desktop.services.household_bulk import NewHousehold
from desktop.services.households import (
    BookError,
    HouseholdData,
    Livestock,
    MemberData,
    PlotData,
)
from desktop.services.office import workplace

ACCOUNT_PREFIX = "DEMO-"
BATCH = 1000  # households per transaction
PAGES_PER_BOOK = 200
REMOVED_BY = "demo"


def load_demo(
    db: Database,
    households: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add `households` demo households to the office's book; returns how many were added.

    The same seed on the same book gives the same households. People never get an IIN already
    in the book, and account numbers continue after the last DEMO- number. `progress(done,
    total)` is called after each batch.
    """
    place = workplace(db)
    if place is None:
        raise BookError("office", "office_not_configured")
    villages = locality_names(place.office.name, place.office.address)
    today = date.today()
    with db.read() as session:
        taken = set(session.scalars(select(Member.iin).where(Member.iin.is_not(None))))
        last = session.scalar(
            select(func.max(Household.account_number)).where(
                Household.account_number.like(f"{ACCOUNT_PREFIX}%")
            )
        )
    first = int(last.removeprefix(ACCOUNT_PREFIX)) + 1 if last else 1
    limits = {t.code: t.plausible_max for t in book.terms(db).livestock if t.plausible_max}
    people = DemoPeople(seed, today, taken_iins=taken, limits=limits)
    done = 0
    while done < households:
        size = min(BATCH, households - done)
        batch = [
            _new_household(family, first + done + i, villages, people.rng.random())
            for i, family in enumerate(people.families(size))
        ]
        household_bulk.create_households(db, batch, by=place.clerk.short_name, is_demo=True)
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
    livestock = tuple(Livestock(s.as_of, dict(s.counts), "", "") for s in family.livestock)
    return NewHousehold(data, members, plots, livestock)


def remove_demo(db: Database) -> int:
    """Soft-delete every demo household (and its members, plots and livestock) and drop them
    from the search; returns how many households were removed. A history line records it."""
    now = utc_now()
    with db.write() as session:
        rows = session.execute(
            select(Household.id, Household.origin_office).where(
                Household.is_demo.is_(True), Household.deleted_at.is_(None)
            )
        ).all()
        ids = [household_id for household_id, _ in rows]
        if not ids:
            return 0
        tombstone = {"deleted_at": now, "updated_at": now}
        for first in range(0, len(ids), 500):
            chunk = ids[first : first + 500]
            for model, column in (
                (Member, Member.household_id),
                (LandPlot, LandPlot.household_id),
                (LivestockSnapshot, LivestockSnapshot.household_id),
                (Household, Household.id),
            ):
                session.execute(
                    update(model)
                    .where(column.in_(chunk), model.deleted_at.is_(None))
                    .values(row_version=model.row_version + 1, **tombstone)
                    .execution_options(synchronize_session=False)
                )
        session.execute(
            ChangeRecord.__table__.insert(),
            [
                {
                    "id": uuid.uuid4(),
                    "origin_office": office,
                    "household_id": household_id,
                    "entity": "household",
                    "record_id": household_id,
                    "field": "deleted_at",
                    "old_value": None,
                    "new_value": now.isoformat(),
                    "changed_by": REMOVED_BY,
                    "reason": "demo data removed",
                    "row_version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for household_id, office in rows
            ],
        )
        household_search.unindex(session, ids)
    return len(ids)
