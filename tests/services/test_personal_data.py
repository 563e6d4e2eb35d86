"""Personal data (Law of the RK No. 94-V): the basis each person's data are kept on, the
retention period as data with an administrator's setting, and purging to a tombstone."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import LargeBinary, select, text

from db.change_counter import changes_since, last_value
from db.engine import Database
from db.models import Base, ChangeRecord, Household, Member
from desktop.core.actor import Actor
from desktop.core.iin import make_iin
from desktop.core.personal_data import rules_on
from desktop.services import audit, purge_list
from desktop.services import household_search as hs
from desktop.services import household_writer as hw
from desktop.services import personal_data as pd
from desktop.services.household_values import BookError, HouseholdData, MemberData
from tests.helpers import acting_as

OPENED = date(2000, 1, 1)
TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
HEAD_IIN = make_iin(date(1960, 3, 4), "male", 1)
SON_IIN = make_iin(date(1985, 5, 6), "male", 2)


def person(name: str, iin: str, relation: str, **changes: object) -> MemberData:
    return MemberData("Шалқарбаев", name, relation, OPENED, iin=iin, **changes)  # type: ignore[arg-type]


@pytest.fixture
def household(configured_db: Database, clerk: Actor) -> uuid.UUID:
    return hw.create_household(
        configured_db,
        HouseholdData("0001", "Ботақара", OPENED, street="Абай", house="12", phone="8 701"),
        person("Ерлан", HEAD_IIN, "head"),
        clerk,
        TODAY,
    )


def member(db: Database, member_id: uuid.UUID) -> Member:
    with db.read() as session:
        found = session.get(Member, member_id)
        assert found is not None
        return found


def test_a_person_is_kept_on_the_household_books_basis_recorded_by_the_clerk(
    configured_db: Database, household: uuid.UUID, clerk: Actor
) -> None:
    with configured_db.read() as session:
        head = session.scalars(select(Member)).one()
    assert (head.data_basis, head.consent_on) == ("household_book", None)
    assert (head.basis_recorded_by, head.basis_recorded_by_id) == (clerk.name, clerk.staff_id)
    assert rules_on(TODAY).bases["household_book"].source.citation.startswith("Law No. 94-V")


def test_consent_needs_its_date_which_cannot_be_in_the_future(
    configured_db: Database, household: uuid.UUID, clerk: Actor
) -> None:
    son = person("Асқар", SON_IIN, "son", data_basis="consent")
    for data, field, code in (
        (son, "consent_on", "required"),
        (
            person("Асқар", SON_IIN, "son", data_basis="consent", consent_on=date(2027, 1, 1)),
            "consent_on",
            "in_future",
        ),
        (person("Асқар", SON_IIN, "son", data_basis="rumour"), "data_basis", "unknown_basis"),
    ):
        with pytest.raises(BookError) as error:
            hw.add_member(configured_db, household, data, clerk, TODAY)
        assert (error.value.field, error.value.code) == (field, code)
    given = person("Асқар", SON_IIN, "son", data_basis="consent", consent_on=date(2026, 11, 20))
    son_id = hw.add_member(configured_db, household, given, clerk, TODAY)
    assert (member(configured_db, son_id).data_basis, member(configured_db, son_id).consent_on) == (
        "consent",
        date(2026, 11, 20),
    )


def test_a_changed_basis_is_in_the_history_and_names_who_recorded_it(
    configured_db: Database, household: uuid.UUID, clerk: Actor
) -> None:
    son_id = hw.add_member(configured_db, household, person("Асқар", SON_IIN, "son"), clerk, TODAY)
    given = person("Асқар", SON_IIN, "son", data_basis="consent", consent_on=date(2026, 11, 2))
    hw.update_member(configured_db, son_id, given, clerk, TODAY, "өтініш бойынша")
    with configured_db.read() as session:
        fields = set(
            session.scalars(select(ChangeRecord.field).where(ChangeRecord.record_id == son_id))
        )
    assert {"data_basis", "consent_on"} <= fields
    assert member(configured_db, son_id).basis_recorded_by_id == clerk.staff_id


def test_the_retention_period_is_the_acts_until_an_administrator_sets_another(
    configured_db: Database, clerk: Actor
) -> None:
    default = pd.rules(configured_db, TODAY)
    assert default.retention_years == rules_on(TODAY).retention_years
    assert "94-V" in default.retention_source.citation
    pd.set_retention_years(configured_db, 5, acting_as(clerk, "administrator"))
    assert pd.rules(configured_db, TODAY).retention_years == 5
    assert "Administrator" in pd.rules(configured_db, TODAY).retention_source.citation
    with pytest.raises(BookError):
        pd.set_retention_years(configured_db, 0, acting_as(clerk, "administrator"))
    pd.set_retention_years(configured_db, None, acting_as(clerk, "administrator"))
    assert pd.rules(configured_db, TODAY).retention_years == default.retention_years


@pytest.fixture
def son_who_left(configured_db: Database, household: uuid.UUID, clerk: Actor) -> uuid.UUID:
    """The son left in 2019; the period is set to 5 years: he is past it since 2024."""
    son_id = hw.add_member(configured_db, household, person("Асқар", SON_IIN, "son"), clerk, TODAY)
    hw.remove_member(configured_db, son_id, date(2019, 6, 1), "Қарағандыға көшті", clerk)
    pd.set_retention_years(configured_db, 5, acting_as(clerk, "administrator"))
    return son_id


def test_people_past_the_period_are_listed(
    configured_db: Database, household: uuid.UUID, son_who_left: uuid.UUID
) -> None:
    assert pd.past_retention(configured_db, date(2024, 6, 1)) == []
    past = pd.past_retention(configured_db, TODAY)
    assert [(p.member_id, p.full_name, p.ended_on, p.keep_until) for p in past] == [
        (son_who_left, "Шалқарбаев Асқар", date(2019, 6, 1), date(2024, 6, 1))
    ]
    assert past[0].account_number == "0001"


def test_a_purged_person_is_a_stamped_tombstone_without_personal_data(
    configured_db: Database, household: uuid.UUID, son_who_left: uuid.UUID, clerk: Actor
) -> None:
    with configured_db.read() as session:
        before = last_value(session)
    pd.purge_person(
        configured_db, son_who_left, "сақтау мерзімі өтті", acting_as(clerk, "akim"), NOW, TODAY
    )

    son = member(configured_db, son_who_left)
    assert (son.surname, son.name, son.patronymic, son.iin, son.birth_date, son.sex) == (
        "",
        "",
        "",
        None,
        None,
        "",
    )
    assert son.removal_reason == "" and son.deleted_at is not None
    with configured_db.read() as session:
        changed = {(c.table, c.record_id): c.deleted for c in changes_since(session, before)}
        lines = session.scalars(
            select(ChangeRecord).where(ChangeRecord.record_id == son_who_left)
        ).all()
    assert changed[("members", son_who_left)] is True  # the tombstone travels by sync
    values = [(line.old_value, line.new_value) for line in lines if line.field != "purged"]
    assert values and all(v == (None, None) for v in values)  # no name left in the history
    assert [line.reason for line in lines if line.field == "purged"] == ["сақтау мерзімі өтті"]
    assert [h.matched_name for h in hs.search(configured_db, "Асқар")] == []
    assert pd.past_retention(configured_db, TODAY) == []
    # Nor in the audit trail: the purge's own line keeps no values, earlier lines lose theirs,
    # and the chain still verifies.
    with configured_db.read() as session:
        logged = session.execute(text("SELECT before, after FROM audit_log")).all()
    assert [r for r in logged if "Асқар" in str(r) or SON_IIN in str(r)] == []
    assert audit.verify(configured_db).intact
    # The household and its head are untouched.
    head = hs.search(configured_db, "Ерлан")
    assert [h.account_number for h in head] == ["0001"] and head[0].address


def test_the_last_person_of_a_closed_household_takes_its_address_along(
    configured_db: Database, household: uuid.UUID, clerk: Actor
) -> None:
    hw.close_household(configured_db, household, date(2010, 3, 1), "көшті", clerk)
    pd.set_retention_years(configured_db, 10, acting_as(clerk, "administrator"))
    past = pd.past_retention(configured_db, TODAY)
    assert [p.ended_on for p in past] == [date(2010, 3, 1)]
    pd.purge_person(
        configured_db, past[0].member_id, "мерзім өтті", acting_as(clerk, "akim"), NOW, TODAY
    )
    with configured_db.read() as session:
        home = session.get(Household, household)
        assert home is not None
        kept = (home.street, home.house, home.apartment, home.phone, home.close_reason)
        assert kept == ("", "", "", "", "") and home.deleted_at is not None
    assert hs.search(configured_db, "0001") == []


def test_purging_is_refused_for_people_still_registered_or_within_the_period(
    configured_db: Database, household: uuid.UUID, son_who_left: uuid.UUID, clerk: Actor
) -> None:
    with configured_db.read() as session:
        head_id = session.scalar(select(Member.id).where(Member.relation == "head"))
    assert head_id is not None
    with pytest.raises(BookError) as error:
        pd.purge_person(configured_db, head_id, "x", acting_as(clerk, "akim"), NOW, TODAY)
    assert error.value.code == "still_registered"
    with pytest.raises(BookError) as error:
        pd.purge_person(
            configured_db, son_who_left, "x", acting_as(clerk, "akim"), NOW, date(2023, 1, 1)
        )
    assert (error.value.code, error.value.params) == (
        "within_retention",
        {"keep_until": date(2024, 6, 1)},
    )
    with pytest.raises(BookError) as error:
        pd.purge_person(configured_db, son_who_left, " ", acting_as(clerk, "akim"), NOW, TODAY)
    assert error.value.code == "required"
    assert member(configured_db, son_who_left).name == "Асқар"


def test_no_column_can_hold_a_scan_of_an_identity_document() -> None:
    """Nothing stores files or images: no binary column anywhere in the schema but the
    district's copy of a package that waits for its predecessor (the office's checked records,
    compressed: the same rows the tables hold, never a file the clerk attached)."""
    binary = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, LargeBinary)
    ]
    assert binary == ["sync_packages.held_content"]


def _restore_after_purge(
    db: Database, son_id: uuid.UUID, clerk: Actor, backup_first: bool
) -> Database:
    """Take a backup (before the son left, or after), purge him, restore the backup: the
    restored database, open."""
    from desktop.services import backups

    if not db.is_sqlite:
        pytest.skip("backups are of SQLite files (a server has its own tool)")
    folder = backups.default_folder()
    backup = backups.take_backup(db, NOW, folder, 10) if backup_first else None
    hw.remove_member(db, son_id, date(2019, 6, 1), "Қарағандыға көшті", clerk)
    pd.set_retention_years(db, 5, acting_as(clerk, "administrator"))
    backup = backup or backups.take_backup(db, NOW, folder, 10)
    pd.purge_person(db, son_id, "мерзім өтті", acting_as(clerk, "akim"), NOW, TODAY)
    path = backups.database_file(db)
    db.dispose()
    backups.restore(path, backup, acting_as(clerk, "administrator"), NOW)
    return Database(path)


@pytest.mark.parametrize("backup_first", [False, True], ids=["after_he_left", "before"])
def test_a_purge_reaches_an_older_backup_when_it_is_restored(
    configured_db: Database, household: uuid.UUID, clerk: Actor, backup_first: bool
) -> None:
    son_id = hw.add_member(configured_db, household, person("Асқар", SON_IIN, "son"), clerk, TODAY)
    listed = purge_list.purges_path()
    restored = _restore_after_purge(configured_db, son_id, clerk, backup_first)
    try:
        son = member(restored, son_id)
        assert (son.name, son.iin, son.deleted_at is not None) == ("", None, True)
        assert [h.matched_name for h in hs.search(restored, "Асқар")] == []
        with restored.read() as session:
            logged = session.execute(text("SELECT kind, before, after FROM audit_log")).all()
        assert [r for r in logged if "Асқар" in str(r) or SON_IIN in str(r)] == []
        kinds = [r.kind for r in logged]
        assert "person.purge_again" in kinds and kinds[-1] == "backup.restore"
        assert audit.verify(restored).intact
        assert [h.account_number for h in hs.search(restored, "Ерлан")] == ["0001"]
    finally:
        restored.dispose()
    text_of_list = listed.read_text("utf-8")  # ids and times only, beside the number marks
    assert str(son_id) in text_of_list and "Асқар" not in text_of_list
    assert SON_IIN not in text_of_list and listed.parent.name == "keys"


def test_no_purge_commits_unless_it_is_listed(
    configured_db: Database,
    household: uuid.UUID,
    son_who_left: uuid.UUID,
    clerk: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(_member: uuid.UUID, _at: datetime) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(purge_list, "add", full_disk)
    with pytest.raises(OSError):
        pd.purge_person(configured_db, son_who_left, "x", acting_as(clerk, "akim"), NOW, TODAY)
    assert member(configured_db, son_who_left).name == "Асқар"  # nothing was purged
