"""The USB exchange end to end: real packages on a folder standing in for a stick.

The district's database is each test's `db` (SQLite, and PostgreSQL under
scripts/with_postgres.sh); the villages' are SQLite files of their own.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.change_counter import renew_database_id
from db.engine import Database
from db.models import Household, Member
from desktop.core import roles
from desktop.core.actor import SYSTEM, Actor
from desktop.core.sync.enrollment import EnrollmentError
from desktop.services import (
    audit,
    keys,
    sync_conflicts,
    sync_export,
    sync_import,
    sync_keys,
    sync_return,
)
from desktop.services.household_writer import writing
from tests.helpers import acting_as
from tests.postgres import PgServer
from tests.services.sync_helpers import (
    NOW,
    Village,
    enroll,
    later,
    make_district,
    make_village,
    row_counts,
    synced_content,
)


@pytest.fixture
def district(db: Database) -> Database:
    return make_district(db)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def _rename_street(village: Village, street: str) -> None:
    with village.db.write(village.actor) as work:
        household = work.scalars(select(Household).order_by(Household.account_number)).first()
        assert household is not None
        household.street = street


def _statuses(report: sync_import.ImportReport) -> list[tuple[str, str]]:
    return [(p.status, p.error) for p in report.packages]


def test_round_trip_village_district_village(
    district: Database, template_db: Path, tmp_path: Path, stick: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 5, seed=3)
    enroll(district, village)
    first = sync_export.export_package(village.db, stick, village.actor, NOW)
    assert first.rows > 5 and first.first_change == 1

    dry = sync_import.import_packages(district, [first.path], SYSTEM, later(5), dry_run=True)
    assert _statuses(dry) == [("applied", "")]
    assert dry.by_office()[52]["households"].new == 5
    assert synced_content(district, {52})["households"] == set()

    done = sync_import.import_packages(district, [first.path], SYSTEM, later(6))
    assert _statuses(done) == [("applied", "")]
    assert sync_import.office_totals(district) == [
        sync_import.OfficeTotals(52, 5, 0, 0),
        sync_import.OfficeTotals(0, 5, 0, 0),
    ]
    assert synced_content(district, {52}) == synced_content(village.db, {52})
    before = row_counts(district)
    again = sync_import.import_packages(district, [first.path], SYSTEM, later(7))
    assert _statuses(again) == [("duplicate", "")]
    assert row_counts(district) == before

    back = sync_return.make_return(district, 52, stick, SYSTEM, later(8))
    applied = sync_return.apply_return(village.db, back, village.actor, later(9))
    assert applied.acknowledged == first.last_change and not applied.duplicate
    assert sync_return.apply_return(village.db, back, village.actor, later(9)).duplicate
    with pytest.raises(sync_export.NothingToExport):
        sync_export.export_package(village.db, stick, village.actor, later(10))

    _rename_street(village, "Абай көшесі")
    second = sync_export.export_package(village.db, stick, village.actor, later(11))
    assert second.rows == 1 and second.first_change == first.last_change + 1
    report = sync_import.import_packages(district, [second.path], SYSTEM, later(12))
    assert report.by_office()[52]["households"].changed == 1
    assert synced_content(district, {52}) == synced_content(village.db, {52})


def _exchange(district: Database, village: Village, stick: Path, minute: int) -> Path:
    """One trip: the village's package to the district, and the district's answer back."""
    package = sync_export.export_package(village.db, stick, village.actor, later(minute))
    sync_import.import_packages(district, [package.path], SYSTEM, later(minute + 1))
    back = sync_return.make_return(district, village.number, stick, SYSTEM, later(minute + 2))
    sync_return.apply_return(village.db, back, village.actor, later(minute + 3))
    return package.path


def test_packages_out_of_order_are_held_until_the_gap_closes(
    district: Database, template_db: Path, tmp_path: Path, stick: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 2, seed=4)
    enroll(district, village)
    first = _exchange(district, village, stick, 0)
    _rename_street(village, "Бірінші")
    second = _exchange(district, village, stick, 10)
    _rename_street(village, "Екінші")
    third = sync_export.export_package(village.db, stick, village.actor, later(20))

    # A second district database (a district restored from a backup) gets them late and mixed.
    shutil.copy(template_db, tmp_path / "district-2.sqlite3")
    other = make_district(Database(tmp_path / "district-2.sqlite3"))
    enroll(other, village)
    held = sync_import.import_packages(other, [third.path, second], SYSTEM, later(21))
    assert _statuses(held) == [("held", ""), ("held", "")]
    gap = held.packages[0].gap
    assert gap is not None and (gap.office, gap.first_missing) == (52, 1)
    assert gap.last_missing == third.first_change - 1
    closed = sync_import.import_packages(other, [first], SYSTEM, later(22))
    assert [(p.status, p.released) for p in closed.packages] == [
        ("applied", False),
        ("applied", True),
        ("applied", True),
    ]
    assert synced_content(other, {52}) == synced_content(village.db, {52})
    other.dispose()


@pytest.fixture
def enrolled(district: Database, template_db: Path, tmp_path: Path) -> Village:
    village = make_village(template_db, tmp_path, 52, 1, seed=5)
    enroll(district, village)
    return village


def test_every_flipped_byte_and_cut_is_refused_with_no_change(
    district: Database, enrolled: Village, stick: Path, tmp_path: Path
) -> None:
    package = sync_export.export_package(enrolled.db, stick, enrolled.actor, NOW).path
    data = package.read_bytes()
    header_end = data.index(b"\n", data.index(b"\n") + 1) + 1
    # Every byte of the header, then every 97th byte of the body, and the signature's bytes.
    places = sorted(
        {*range(header_end), *range(header_end, len(data), 97), *range(len(data) - 64, len(data))}
    )
    cuts = sorted({*range(0, header_end, 7), *range(header_end, len(data), 1009), len(data) - 1})
    before = row_counts(district)
    bad = tmp_path / "bad.auylpkg"
    for place in places:
        changed = bytearray(data)
        changed[place] ^= 0x01
        bad.write_bytes(bytes(changed))
        report = sync_import.import_packages(district, [bad], SYSTEM, later(1))
        assert [p.status for p in report.packages] == ["rejected"], place
    for cut in cuts:
        bad.write_bytes(data[:cut])
        report = sync_import.import_packages(district, [bad], SYSTEM, later(1))
        assert [p.status for p in report.packages] == ["rejected"], cut
    assert row_counts(district) == before
    good = sync_import.import_packages(district, [package], SYSTEM, later(2))
    assert _statuses(good) == [("applied", "")]


def test_unknown_and_revoked_keys_are_refused(
    district: Database, enrolled: Village, template_db: Path, tmp_path: Path, stick: Path
) -> None:
    stranger = make_village(template_db, tmp_path, 53, 1, seed=6)
    document, spoken = sync_keys.own_enrollment(district, SYSTEM, NOW)
    sync_keys.import_enrollment(
        stranger.db, document, spoken, acting_as(stranger.actor, "administrator"), NOW
    )
    unknown = sync_export.export_package(stranger.db, stick, stranger.actor, NOW).path
    package = sync_export.export_package(enrolled.db, stick, enrolled.actor, NOW).path
    before = row_counts(district)
    report = sync_import.import_packages(district, [unknown], SYSTEM, later(1))
    assert _statuses(report) == [("rejected", "unknown_sender")]
    key_id = sync_keys.office_peer(district, 52).signing_key_id
    sync_keys.revoke(district, key_id, "ноутбук ұрланды", SYSTEM, later(2))
    report = sync_import.import_packages(district, [package], SYSTEM, later(3))
    assert _statuses(report) == [("rejected", "revoked_sender")]
    after = row_counts(district)  # the revocation itself is a change, and in the audit trail
    assert after == {
        **before,
        "change_counter.last_value": after["change_counter.last_value"],
        "audit_log": after["audit_log"],
    }
    # The revocation reaches the other villages with the district's list of keys.
    enroll(district, stranger)
    back = sync_return.make_return(district, 53, stick, SYSTEM, later(4))
    assert sync_return.apply_return(stranger.db, back, stranger.actor, later(5)).keys_changed
    found = keys.find_key(stranger.db, key_id)
    assert found is not None and found.revoked


def test_an_enrollment_is_taken_only_with_its_spoken_fingerprint(
    district: Database, enrolled: Village
) -> None:
    document, spoken = sync_keys.own_enrollment(enrolled.db, enrolled.actor, NOW)
    wrong = spoken[:-1] + ("0" if spoken[-1] != "0" else "1")
    with pytest.raises(sync_keys.SyncKeyError) as refused:
        sync_keys.import_enrollment(district, document, wrong, SYSTEM, NOW)
    assert refused.value.code == "fingerprint_mismatch"
    with pytest.raises(EnrollmentError):
        sync_keys.import_enrollment(district, document.replace(b"52", b"53"), spoken, SYSTEM, NOW)


def test_no_name_or_iin_is_readable_in_a_package(enrolled: Village, stick: Path) -> None:
    data = sync_export.export_package(enrolled.db, stick, enrolled.actor, NOW).path.read_bytes()
    with enrolled.db.read() as session:
        people = session.scalars(select(Member)).all()
        seeded = {p.iin for p in people if p.iin} | {p.surname for p in people}
        seeded |= {h.street for h in session.scalars(select(Household)) if h.street}
    assert seeded
    for text in seeded:
        for encoding in ("utf-8", "utf-16-le", "cp1251"):
            try:
                needle = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            assert needle not in data, text


def test_a_conflict_keeps_both_versions_and_its_resolution_travels_back(
    district: Database, enrolled: Village, stick: Path
) -> None:
    _exchange(district, enrolled, stick, 0)
    with district.write(SYSTEM) as work:
        household = work.scalars(select(Household).where(Household.origin_office == 52)).one()
        household.street = "Аудан түзеткен көше"
    _rename_street(enrolled, "Ауыл жазған көше")
    package = sync_export.export_package(enrolled.db, stick, enrolled.actor, later(10)).path
    report = sync_import.import_packages(district, [package], SYSTEM, later(11))
    assert report.by_office()[52]["households"].conflicts == 1
    conflicts = sync_import.open_conflicts(district)
    assert [(c.incoming["street"], c.local["street"]) for c in conflicts] == [
        ("Ауыл жазған көше", "Аудан түзеткен көше")
    ]
    with district.read() as session:
        assert (
            session.scalars(select(Household.street).where(Household.origin_office == 52)).one()
            == "Аудан түзеткен көше"
        )
    sync_return.resolve_conflict(district, conflicts[0].id, "local", SYSTEM, later(12))
    assert sync_import.open_conflicts(district) == []
    back = sync_return.make_return(district, 52, stick, SYSTEM, later(13))
    applied = sync_return.apply_return(enrolled.db, back, enrolled.actor, later(14))
    assert applied.resolutions_applied == 1
    assert synced_content(district, {52}) == synced_content(enrolled.db, {52})
    # The village sends the settled record back: the district finds nothing new in it.
    again = sync_export.export_package(enrolled.db, stick, enrolled.actor, later(15)).path
    report = sync_import.import_packages(district, [again], SYSTEM, later(16))
    assert report.by_office()[52]["households"].conflicts == 0
    assert sync_import.open_conflicts(district) == []


def test_a_conflict_names_who_changed_each_version_and_when(
    district: Database, enrolled: Village, stick: Path
) -> None:
    """The district's edit is named by the district's own staff member and moment (its audit
    log), the office's by the office's history line that came with its package."""
    _exchange(district, enrolled, stick, 0)
    operator = Actor(uuid.uuid4(), "Серікова Ә. Б.", roles.CLERK)
    with district.write(operator) as work:
        household = work.scalars(select(Household).where(Household.origin_office == 52)).one()
        household.street = "Аудан түзеткен көше"
    with enrolled.db.read() as session:
        household_id = session.scalars(select(Household.id)).one()
    with writing(enrolled.db, enrolled.actor) as writer:
        writer.change_household(household_id, {"street": "Ауыл жазған көше"}, "мекенжай")
    package = sync_export.export_package(enrolled.db, stick, enrolled.actor, later(10)).path
    sync_import.import_packages(district, [package], SYSTEM, later(11))
    [conflict] = sync_import.open_conflicts(district)
    made = sync_conflicts.changes(district, conflict)
    assert made.district.who == "Серікова Ә. Б."
    assert made.district.when is not None
    assert made.office.who == enrolled.actor.name
    assert made.office.when is not None


def test_a_restored_village_database_goes_on_without_counter_clashes(
    district: Database, enrolled: Village, stick: Path, tmp_path: Path
) -> None:
    _exchange(district, enrolled, stick, 0)
    live = Path(str(enrolled.db.url.database))
    backup = tmp_path / "backup.sqlite3"
    source, target = sqlite3.connect(live), sqlite3.connect(backup)
    source.backup(target)
    source.close()
    target.close()
    _rename_street(enrolled, "Жоғалатын өзгеріс")
    _exchange(district, enrolled, stick, 10)
    # The computer breaks; yesterday's backup is restored and gets a new database id.
    restored = Village(Database(backup), 52, enrolled.actor)
    renew_database_id(restored.db)
    _rename_street(restored, "Қалпына келтірілгеннен кейін")
    package = sync_export.export_package(restored.db, stick, restored.actor, later(20))
    report = sync_import.import_packages(district, [package.path], SYSTEM, later(21))
    assert _statuses(report) == [("applied", "")]
    assert report.by_office()[52]["households"].changed == 1
    assert (
        synced_content(district, {52})["households"]
        == synced_content(restored.db, {52})["households"]
    )
    restored.db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_database(
    request: pytest.FixtureRequest, template_db: Path, tmp_path: Path
) -> Iterator[Callable[[], Database]]:
    """Makes a new migrated database with reference data at each call: a copy of the SQLite
    template, or a PostgreSQL database made from the server's template (dropped afterwards)."""
    made: list[Database] = []
    names: list[str] = []
    server: PgServer | None = None
    template = ""
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        template = request.getfixturevalue("pg_template")

    def make() -> Database:
        number = len(made)
        if server is None:
            path = tmp_path / f"district-{number}.sqlite3"
            shutil.copy(template_db, path)
            database = Database(path)
        else:
            name = f"auyl_orders_{os.getpid()}_{number}"
            server.create(name, template=template)
            names.append(name)
            database = Database(server.url_of(name))
        made.append(database)
        return database

    yield make
    for database in made:
        database.dispose()
    for name in names:
        assert server is not None
        server.drop(name)


def test_any_order_and_any_repeats_give_the_same_district_database(
    fresh_database: Callable[[], Database], template_db: Path, tmp_path: Path, stick: Path
) -> None:
    """Five packages of two offices (overlapping ones, a chain of acknowledged ones), taken in
    any order, any number of times, in any grouping: the same records at the end, on SQLite and
    on PostgreSQL."""
    reference = make_district(fresh_database())
    first = make_village(template_db, tmp_path, 52, 3, seed=7)
    second = make_village(template_db, tmp_path, 53, 2, seed=8)
    for village in (first, second):
        enroll(reference, village)
    packages = [_exchange(reference, first, stick, 0)]
    _rename_street(first, "Бірінші")
    packages.append(_exchange(reference, first, stick, 10))
    _rename_street(first, "Екінші")
    packages.append(sync_export.export_package(first.db, stick, first.actor, later(20)).path)
    packages.append(sync_export.export_package(second.db, stick, second.actor, later(21)).path)
    _rename_street(second, "Үшінші")
    packages.append(sync_export.export_package(second.db, stick, second.actor, later(22)).path)
    expected = synced_content(first.db, {52})
    expected_second = synced_content(second.db, {53})
    documents = [sync_keys.own_enrollment(v.db, v.actor, NOW) for v in (first, second)]

    @settings(
        max_examples=6,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        st.permutations(range(len(packages))),
        st.lists(st.integers(0, len(packages) - 1), max_size=3),
        st.integers(1, 3),
    )
    def check(order: list[int], repeats: list[int], calls: int) -> None:
        district = make_district(fresh_database())
        for document, spoken in documents:
            sync_keys.import_enrollment(district, document, spoken, SYSTEM, NOW)
        sequence = [packages[i] for i in [*order, *repeats]]
        size = -(-len(sequence) // calls)
        for start in range(0, len(sequence), size):
            report = sync_import.import_packages(
                district, sequence[start : start + size], SYSTEM, later(30)
            )
            assert all(p.status != "rejected" for p in report.packages)
        assert synced_content(district, {52}) == expected
        assert synced_content(district, {53}) == expected_second
        district.dispose()

    check()


def test_an_import_killed_anywhere_leaves_nothing_or_everything(
    db_path: Path, template_db: Path, tmp_path: Path, stick: Path
) -> None:
    """SIGKILL of the importing process at points spread over its run: the district database
    is then either as before or fully imported, never in between."""
    village = make_village(template_db, tmp_path, 52, 40, seed=10)
    district = make_district(Database(db_path))
    enroll(district, village)
    package = sync_export.export_package(village.db, stick, village.actor, NOW).path
    district.dispose()
    reference = tmp_path / "reference.sqlite3"
    shutil.copy(db_path, reference)
    finished = Database(reference)
    sync_import.import_packages(finished, [package], SYSTEM, later(1))
    after = row_counts(finished)
    finished.dispose()
    district = Database(db_path)
    before = row_counts(district)
    command = [
        sys.executable,
        "-m",
        "desktop",
        "sync",
        "import",
        str(package),
        "--db",
        str(db_path),
    ]
    for delay in (0.3, 0.8, 1.3, 1.8, 2.5, 3.5):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        counts = row_counts(district)
        assert counts in (before, after), delay
        if counts == after:
            break
    report = sync_import.import_packages(district, [package], SYSTEM, later(2))
    assert [p.status for p in report.packages] in (["applied"], ["duplicate"])
    assert row_counts(district) == after
    assert synced_content(district, {52}) == synced_content(village.db, {52})
    district.dispose()


def test_the_latest_audit_entry_travels_and_the_office_log_must_still_hold_it(
    district: Database, enrolled: Village, stick: Path
) -> None:
    mark = audit.latest_hash(enrolled.db)
    package = sync_export.export_package(enrolled.db, stick, enrolled.actor, NOW).path
    assert sync_import.audit_mark(district, 52) is None
    sync_import.import_packages(district, [package], SYSTEM, later(1))
    assert sync_import.audit_mark(district, 52) == mark
    assert audit.verify(enrolled.db, known=mark).intact
    # Entries removed from the end of the office's log behind the program's back: the chain
    # alone still checks, the entry the district holds does not.
    with enrolled.db.engine.begin() as raw:
        for name in raw.execute(
            sa.text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            )
        ).scalars():
            raw.execute(sa.text(f"DROP TRIGGER {name}"))
        raw.execute(sa.text("DELETE FROM audit_log WHERE id >= :n"), {"n": mark[0] - 1})
    assert audit.verify(enrolled.db).intact
    assert audit.verify(enrolled.db, known=mark).problem == "removed"
