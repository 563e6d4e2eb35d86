"""The office the power-loss harness works in: office 45, its clerk and key, households whose
head has the applicants' IIN (so certificates can be prepared), on a working Tuesday."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from db.engine import Database
from desktop.core.actor import SYSTEM
from desktop.core.iin import make_iin
from desktop.core.localtime import aware
from desktop.services import household_writer as households
from desktop.services import office
from desktop.services.applications import ApplicationInput
from desktop.services.household_values import HouseholdData, MemberData, PlotData
from tests.helpers import CLERK

NOW = datetime(2026, 11, 24, 10, 15)  # a Tuesday, office hours
IIN = make_iin(date(1980, 5, 17), "male", 42)
OPENED = date(1999, 3, 1)


def application() -> ApplicationInput:
    """An application for certificate 1 with every document presented: accepted, numbered."""
    return ApplicationInput(
        service=1,
        applicant_kind="individual",
        national_number=IIN,
        surname="Серіков",
        name="Асқар",
        patronymic="Бекұлы",
        language="kk",
        documents_presented=("id_card", "application"),
    )


def set_up(db: Database, household_count: int = 3) -> list[uuid.UUID]:
    """Configure office 45 and make the households; returns their ids."""
    office.configure(db, 45, CLERK, SYSTEM, aware(NOW))
    actor = office.current_actor(db)
    assert actor is not None
    made = []
    for index in range(household_count):
        iin = IIN if index == 0 else make_iin(date(1970 + index, 1, 2), "female", index)
        household_id = households.create_household(
            db,
            HouseholdData(f"{index + 1:04d}", "Ботақара", OPENED, book_number="3"),
            MemberData("Серіков", "Асқар", "head", OPENED, patronymic="Бекұлы", iin=iin),
            actor,
            NOW.date(),
        )
        households.add_plot(db, household_id, PlotData("house_plot", Decimal("0.15")), actor)
        made.append(household_id)
    return made
