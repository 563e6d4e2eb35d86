import pytest

from db.engine import Database
from db.models import Staff
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.services import office
from tests.helpers import CLERK

NOW = SystemClock().now()


def test_no_workplace_before_setup(db: Database) -> None:
    assert office.workplace(db) is None


def test_configure_saves_office_and_clerk(db: Database) -> None:
    place = office.configure(db, 100, CLERK, SYSTEM, NOW)
    assert place.office.number == 100
    assert place.clerk.short_name == "Ахметова Г. С."
    assert office.workplace(db) == place


def test_changing_the_clerk_keeps_one_record_and_bumps_its_version(db: Database) -> None:
    first = office.configure(db, 100, CLERK, SYSTEM, NOW)
    changed = office.ClerkData("Иванова", "Мария", "", "специалист", "87212000000")
    second = office.configure(db, 7, changed, SYSTEM, NOW)
    assert second.clerk.id == first.clerk.id
    assert second.office.number == 7
    with db.read() as session:
        row = session.get(Staff, first.clerk.id)
        assert row is not None and row.row_version == 2 and row.origin_office == 100


@pytest.mark.parametrize(
    ("field", "data"),
    [
        ("surname", office.ClerkData(" ", "Гүлнар", "", "маман", "")),
        ("name", office.ClerkData("Ахметова", "", "", "маман", "")),
        ("position", office.ClerkData("Ахметова", "Гүлнар", "", "  ", "")),
        ("phone", office.ClerkData("Ахметова", "Гүлнар", "", "маман", "12-3")),
    ],
)
def test_invalid_clerk_saves_nothing(db: Database, field: str, data: office.ClerkData) -> None:
    with pytest.raises(office.SetupError) as error:
        office.configure(db, 100, data, SYSTEM, NOW)
    assert error.value.field == field
    assert office.workplace(db) is None


def test_unknown_office_is_refused(db: Database) -> None:
    with pytest.raises(office.SetupError) as error:
        office.configure(db, 196, CLERK, SYSTEM, NOW)
    assert error.value.field == "office"
    assert office.workplace(db) is None
