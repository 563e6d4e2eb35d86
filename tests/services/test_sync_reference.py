"""The district's reference data travels in its return package. Its holiday transfers are
taken into the village's list in the same transaction as the acknowledgment, the changed days
reported: the district's entry wins on its day, the office's own entries stay, a day the
district drops is dropped. Its corrections of reference values (an office's address) are
applied beside the office's own."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from db.engine import Database
from db.models import AkimOffice, FieldCorrection, ReferenceFile
from desktop.core import rule_versions
from desktop.core.actor import SYSTEM
from desktop.core.roles import ADMINISTRATOR
from desktop.core.rules import rules_on
from desktop.services import (
    calendar_transfers,
    office,
    reference,
    standard,
    sync_export,
    sync_import,
    sync_return,
)
from tests.helpers import acting_as
from tests.services.sync_helpers import enroll, later, make_district, make_village, row_counts

DECREE = "ҚР Үкіметінің 2026 жылғы қаулысы"


@pytest.fixture
def district(db: Database) -> Database:
    return make_district(db)


def _days(db: Database) -> dict[date, str]:
    return {t.day: t.kind for t in calendar_transfers.office_transfers(db)}


def test_holiday_transfers_round_trip(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 1, seed=2)
    enroll(district, village)
    package = sync_export.export_package(village.db, tmp_path, village.actor, later(0))
    sync_import.import_packages(district, [package.path], SYSTEM, later(1))
    saturday, monday, friday = date(2027, 1, 9), date(2027, 1, 4), date(2027, 3, 19)
    calendar_transfers.save_transfer(
        village.db, friday, "day_off", "Аппарат шешімі", acting_as(village.actor, ADMINISTRATOR)
    )
    calendar_transfers.save_transfer(district, saturday, "working_day", DECREE, SYSTEM)
    calendar_transfers.save_transfer(district, monday, "day_off", DECREE, SYSTEM)

    back = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(2))
    applied = sync_return.apply_return(village.db, back, village.actor, later(3))
    assert applied.transfers_changed == (monday, saturday)
    assert applied.acknowledged == package.last_change
    assert _days(village.db) == {monday: "day_off", saturday: "working_day", friday: "day_off"}
    assert sync_return.apply_return(village.db, back, village.actor, later(3)).duplicate

    calendar_transfers.remove_transfer(district, monday, SYSTEM)
    again = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(4))
    applied = sync_return.apply_return(village.db, again, village.actor, later(5))
    assert applied.transfers_changed == (monday,)
    assert _days(village.db) == {saturday: "working_day", friday: "day_off"}
    working = calendar_transfers.office_transfers(village.db)
    assert [t.basis for t in working if t.day == saturday] == [DECREE]


def test_the_districts_corrections_of_reference_values_reach_the_office(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 0, seed=2)
    enroll(district, village)
    address = "Мәди ауылы, Бейбітшілік көшесі, 12"
    reference.correct_value(district, "office", "52", "address", address, SYSTEM, "хат")
    reference.correct_value(
        village.db, "office", "52", "postal_code", "100301", acting_as(village.actor, ADMINISTRATOR)
    )

    back = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(1))
    applied = sync_return.apply_return(village.db, back, village.actor, later(2))
    assert applied.reference_changed == (reference.FlaggedKey("office", "52", "address"),)
    found = office.office_by_number(village.db, 52)
    assert found is not None and (found.address, found.postal_code) == (address, "100301")

    again = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(3))
    assert (
        sync_return.apply_return(village.db, again, village.actor, later(4)).reference_changed == ()
    )
    with village.db.read() as session:
        assert session.scalar(select(func.count()).select_from(FieldCorrection)) == 2


@pytest.mark.parametrize("newer_first", [True, False])
def test_an_older_answer_after_a_newer_one_changes_nothing(
    district: Database, template_db: Path, tmp_path: Path, newer_first: bool
) -> None:
    """Answers are numbered per office: one older than the answer already applied puts back
    none of its reference data (here a holiday transfer the district has dropped since)."""
    village = make_village(template_db, tmp_path, 52, 0, seed=2)
    enroll(district, village)
    monday = date(2027, 1, 4)
    calendar_transfers.save_transfer(district, monday, "day_off", DECREE, SYSTEM)
    older = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(1))
    calendar_transfers.remove_transfer(district, monday, SYSTEM)
    newer = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(2))

    if newer_first:
        first = sync_return.apply_return(village.db, newer, village.actor, later(3))
        assert (first.number, first.older_than) == (2, 0)
        before = row_counts(village.db)
        late = sync_return.apply_return(village.db, older, village.actor, later(4))
        assert (late.number, late.older_than) == (1, 2)
        assert late.transfers_changed == () and late.keys_changed == 0
        assert _days(village.db) == {}
        after = row_counts(village.db)
        # the answer is recorded (a second try is a duplicate) and noted, nothing else
        assert after["sync_packages"] == before["sync_packages"] + 1
        assert sync_return.apply_return(village.db, older, village.actor, later(5)).duplicate
    else:
        first = sync_return.apply_return(village.db, older, village.actor, later(3))
        assert first.transfers_changed == (monday,) and _days(village.db) == {monday: "day_off"}
        then = sync_return.apply_return(village.db, newer, village.actor, later(4))
        assert (then.number, then.older_than) == (2, 0)
        assert then.transfers_changed == (monday,) and _days(village.db) == {}


def test_answers_after_a_restore_of_the_district_database_are_still_newer(
    template_db: Path, tmp_path: Path
) -> None:
    """The district's database restored from an older backup numbers its next answer after
    the last one it gave (the mark outside the database), so the office applies it."""
    live = tmp_path / "district.sqlite3"
    shutil.copy(template_db, live)
    district = make_district(Database(live))
    village = make_village(template_db, tmp_path, 52, 0, seed=2)
    enroll(district, village)
    backup = tmp_path / "district-backup.sqlite3"
    applied = []
    for minute in (1, 3, 5):
        answer = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(minute))
        applied.append(sync_return.apply_return(village.db, answer, village.actor, later(minute)))
        if minute == 1:  # yesterday's backup, taken after the first answer
            source, target = sqlite3.connect(live), sqlite3.connect(backup)
            source.backup(target)
            source.close()
            target.close()
    assert [a.number for a in applied] == [1, 2, 3]
    district.dispose()
    live.unlink()
    shutil.copy(backup, live)  # the district's computer breaks; the backup is put back

    restored = Database(live)
    monday = date(2027, 1, 4)
    calendar_transfers.save_transfer(restored, monday, "day_off", DECREE, SYSTEM)
    answer = sync_return.make_return(restored, 52, tmp_path, SYSTEM, later(10))
    taken = sync_return.apply_return(village.db, answer, village.actor, later(11))
    assert (taken.number, taken.older_than) == (4, 0)
    assert taken.transfers_changed == (monday,) and _days(village.db) == {monday: "day_off"}
    restored.dispose()


SCHEDULE = [
    {
        "who": "akim",
        "deputy_no": None,
        "plural": False,
        "recurrence": "weekly",
        "weekday": 2,
        "nth": [],
        "time_from": "10:00",
        "time_to": "12:00",
        "source": "Әкім: апта сайын сәрсенбі күндері, сағ. 10.00-ден 12.00 дейін",
    }
]


def _schedule(db: Database, district: str) -> list[tuple[int | None, str | None]]:
    akimat = reference.district_akimat(db, district)
    assert akimat is not None
    return [(slot.weekday, slot.time_from) for slot in akimat.reception]


def test_the_districts_reception_schedule_reaches_the_office_and_stays_over_a_reload(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 0, seed=2)
    enroll(district, village)
    with village.db.read() as session:
        code = session.get(AkimOffice, 52).district  # type: ignore[union-attr]
    assert _schedule(village.db, code) != [(2, "10:00")]
    assert reference.set_reception(district, code, SCHEDULE, SYSTEM)

    back = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(1))
    applied = sync_return.apply_return(village.db, back, village.actor, later(2))
    assert applied.reception_changed == code
    assert _schedule(village.db, code) == [(2, "10:00")]
    with village.db.write(SYSTEM) as work:  # the reference files change (a new release)
        work.execute(delete(ReferenceFile))
    assert reference.load_reference(village.db, SYSTEM)
    assert _schedule(village.db, code) == [(2, "10:00")]

    again = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(3))
    assert (
        sync_return.apply_return(village.db, again, village.actor, later(4)).reception_changed == ""
    )


def _version(rule_id: str, effective_from: str, result_hours: int) -> rule_versions.Version:
    [first] = [v for v in rule_versions.bundled("services") if v.list == "rule_sets"]
    rule = {**first.rule, "id": rule_id, "effective_from": effective_from}
    return rule_versions.Version("services", "rule_sets", {**rule, "result_hours": result_hours})


def test_a_rule_version_the_district_has_reaches_the_office_and_stays_in_force(
    district: Database, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The district's program has a newer standard in its rule file: the office takes it in
    the answer's transaction, and it stays in force by its date after a restart, whatever
    versions arrive or are loaded after it."""
    village = make_village(template_db, tmp_path, 52, 0, seed=2)
    enroll(district, village)
    own = rule_versions.bundled
    newer = _version("karaganda-2027", "2027-01-01", 48)
    older = _version("karaganda-2026", "2026-06-01", 36)

    def district_files(*versions: rule_versions.Version) -> Path:
        with monkeypatch.context() as patch:
            patch.setattr(
                rule_versions,
                "bundled",
                lambda file: [*own(file), *(v for v in versions if v.file == file)],
            )
            return sync_return.make_return(district, 52, tmp_path, SYSTEM, later(1))

    back = district_files(newer)
    applied = sync_return.apply_return(village.db, back, village.actor, later(2))
    assert applied.rules_added == (newer.key,)
    assert rules_on(date(2027, 1, 5)).result_hours == 48
    assert rules_on(date(2026, 12, 1)).id == "karaganda-29-03-2008"

    # a version with an earlier date arriving later does not displace it: the date decides
    applied = sync_return.apply_return(
        village.db, district_files(newer, older), village.actor, later(3)
    )
    assert applied.rules_added == (older.key,)
    assert [rules_on(date(2027, 1, 5)).id, rules_on(date(2026, 7, 1)).id] == [
        "karaganda-2027",
        "karaganda-2026",
    ]

    # the next start: the program's files alone, then the database's versions over them
    rule_versions.receive(())
    assert rules_on(date(2027, 1, 5)).id == "karaganda-29-03-2008"
    standard.use_received_rules(village.db)
    assert rules_on(date(2027, 1, 5)).id == "karaganda-2027"
    # the same id and date again (the village's program now has it too) is the same rule
    assert (
        sync_return.apply_return(
            village.db, district_files(newer, older), village.actor, later(4)
        ).rules_added
        == ()
    )


def test_a_rule_version_that_does_not_build_is_refused_with_no_change(
    district: Database, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    village = make_village(template_db, tmp_path, 52, 0, seed=2)
    enroll(district, village)
    broken = _version("karaganda-2027", "2027-01-01", 48)
    broken = rule_versions.Version("services", "rule_sets", {**broken.rule, "working_hours": {}})
    own = rule_versions.bundled
    monkeypatch.setattr(rule_versions, "bundled", lambda file: [*own(file), broken])
    back = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(1))
    monkeypatch.setattr(rule_versions, "bundled", own)
    before = row_counts(village.db)
    with pytest.raises(sync_import.ContentError):
        sync_return.apply_return(village.db, back, village.actor, later(2))
    assert row_counts(village.db) == before
    assert rules_on(date(2027, 1, 5)).id == "karaganda-29-03-2008"
