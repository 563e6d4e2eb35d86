"""Certificates: content from the book on a date, numbering, signing, reprint, verification."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import threading
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from db.engine import Database
from desktop.core import certificate as core
from desktop.core.actor import SYSTEM, Actor
from desktop.core.iin import make_bin, make_iin
from desktop.core.localtime import aware
from desktop.printing import certificate as printing_certificate
from desktop.services import applications, certificates, keys, office, settings, verification
from desktop.services import household_writer as households
from desktop.services.applications import ApplicationInput
from desktop.services.certificates import CertificateError
from desktop.services.household_values import HouseholdData, MemberData, PlotData
from tests.helpers import CLERK, acting_as

IIN = make_iin(date(1980, 5, 17), "male", 42)
WIFE = make_iin(date(1984, 2, 3), "female", 7)
BIN = make_bin(2015, 3, 4, 0, 123)
TUESDAY = datetime(2026, 11, 24, 10, 15)
OPENED = date(2010, 3, 1)


def _input(service: int = 1, **changes: Any) -> ApplicationInput:
    documents = ("id_card", "application", "veterinary_passport", "registration_certificate")
    data = ApplicationInput(
        service=service,
        applicant_kind="individual",
        national_number=IIN,
        surname="Серіков",
        name="Асқар",
        patronymic="Бекұлы",
        language="kk",
        documents_presented=documents[:2] if service == 1 else documents,
    )
    return replace(data, **changes)


@pytest.fixture
def office45(db: Database) -> Database:
    office.configure(db, 45, CLERK, SYSTEM, aware(TUESDAY))
    settings.save_akim(db, "Жұмабеков Б. Т.", "Ауыл әкімі", acting_as(by(db), "administrator"))
    return db


def by(db: Database) -> Actor:
    """The clerk of office 45."""
    actor = office.current_actor(db)
    assert actor is not None
    return actor


@pytest.fixture
def household(office45: Database) -> Any:
    household_id = households.create_household(
        office45,
        HouseholdData(
            "0101",
            "Ботақара",
            OPENED,
            book_number="3",
            book_page="12",
            street="Әуезов көшесі",
            house="12",
        ),
        MemberData("Серіков", "Асқар", "head", OPENED, patronymic="Бекұлы", iin=IIN),
        by(office45),
        TUESDAY.date(),
    )
    households.add_member(
        office45,
        household_id,
        MemberData("Серікова", "Әйгерім", "spouse", date(2012, 5, 1), iin=WIFE),
        by(office45),
        TUESDAY.date(),
    )
    households.add_plot(
        office45, household_id, PlotData("house_plot", Decimal("0.15")), by(office45)
    )
    households.save_livestock(
        office45, household_id, date(2026, 1, 1), {"cattle_cows": 3, "sheep": 10}, by(office45)
    )
    households.save_livestock(  # after the certificate's date: must not leak in
        office45, household_id, date(2026, 11, 20), {"cattle_cows": 7}, by(office45)
    )
    return household_id


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[tuple[dict[str, Any], str, bool]]:
    """What was handed to the printing module (its PDF layout is tested there)."""
    calls: list[tuple[dict[str, Any], str, bool]] = []

    def render(
        content: dict[str, Any], payload: str, copy: bool = False, *, sample: bool = False
    ) -> bytes:
        calls.append((content, payload, copy))
        return json.dumps([content, payload, copy], ensure_ascii=False).encode()

    monkeypatch.setattr(printing_certificate, "render_certificate", render)
    return calls


def _accepted(db: Database, **changes: Any) -> Any:
    result = applications.submit(db, _input(**changes), TUESDAY, by(db))
    assert result.status == "accepted"
    return result.id


def test_the_office_key_is_created_at_setup_readable_by_the_user_only(office45: Database) -> None:
    [key] = keys.known_keys(office45)
    assert key.office_number == 45 and not key.revoked
    path = keys.key_path(45)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert key.public_key not in path.read_text()  # the PEM holds the private key
    assert keys.ensure_office_key(office45, 45, SYSTEM, aware(TUESDAY)) == key.key_id  # idempotent
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_certificate_1_in_kazakh_from_the_book_as_of_a_date(
    office45: Database, household: Any
) -> None:
    application_id = _accepted(office45)
    row = certificates.prepare(office45, application_id, date(2026, 6, 1), by(office45), TUESDAY)
    assert row.number == "45-2026-C0001" and row.kind == 1 and row.language == "kk"
    content = row.content
    assert content["issued_on"] == "2026-11-24" and content["as_of"] == "2026-06-01"
    assert content["office"]["number"] == 45 and content["office"]["name"]
    assert content["applicant"] == {
        "name": "Серіков Асқар Бекұлы",
        "national_number": IIN,
        "organization": "",
    }
    assert content["household"]["account_number"] == "0101"
    assert "Әуезов көшесі" in content["household"]["address"]
    assert content["members"] == [
        {
            "full_name": "Серіков Асқар Бекұлы",
            "relation": "отбасы басшысы",
            "birth_date": "1980-05-17",
        },
        {"full_name": "Серікова Әйгерім", "relation": "жұбайы", "birth_date": "1984-02-03"},
    ]
    assert content["plots"] == [{"purpose": "үй маңындағы учаске", "area_ha": "0.1500"}]
    assert content["livestock"] == [
        {"code": "cattle_cows", "group": "Ірі қара мал", "kind": "сиырлар", "count": 3},
        {"code": "sheep", "group": "Ұсақ мал", "kind": "қойлар", "count": 10},
    ]
    assert content["akim"] == {"name": "Жұмабеков Б. Т.", "position": "Ауыл әкімі"}
    assert content["basis"] == "шаруашылық кітабы № 3, 12-бет, дербес шот 0101"
    assert row.content_hash == core.content_hash(content)
    app = applications.application(office45, application_id)
    assert app.status == "ready" and app.ready_at == TUESDAY


def test_a_member_registered_after_the_date_is_not_listed(
    office45: Database, household: Any
) -> None:
    application_id = _accepted(office45)
    row = certificates.prepare(office45, application_id, date(2011, 1, 1), by(office45), TUESDAY)
    assert [m["full_name"] for m in row.content["members"]] == ["Серіков Асқар Бекұлы"]
    assert row.content["livestock"] == []  # no snapshot yet on that date


def test_a_certificate_lists_the_plots_held_on_its_date(office45: Database, household: Any) -> None:
    later = PlotData("hayfield", Decimal("2.5"), held_from=date(2026, 5, 1))
    households.add_plot(office45, household, later, by(office45))
    ended = PlotData("garden", Decimal("0.05"), held_from=OPENED, held_to=date(2020, 1, 1))
    households.add_plot(office45, household, ended, by(office45))
    application_id = _accepted(office45)
    row = certificates.prepare(office45, application_id, date(2026, 4, 30), by(office45), TUESDAY)
    assert [p["purpose"] for p in row.content["plots"]] == ["үй маңындағы учаске"]
    application_id = _accepted(office45)
    row = certificates.prepare(office45, application_id, date(2026, 5, 1), by(office45), TUESDAY)
    assert len(row.content["plots"]) == 2
    application_id = _accepted(office45)
    row = certificates.prepare(office45, application_id, date(2019, 12, 31), by(office45), TUESDAY)
    assert len(row.content["plots"]) == 2  # the house plot and the garden held until 2020


def test_a_household_with_no_one_registered_on_the_date_is_refused(
    office45: Database,
) -> None:
    household_id = households.create_household(
        office45,
        HouseholdData("0102", "Ботақара", date(2000, 1, 1)),
        MemberData("Серіков", "Асқар", "head", date(2015, 1, 1), iin=IIN),
        by(office45),
        TUESDAY.date(),
    )
    application_id = _accepted(office45)
    with pytest.raises(CertificateError) as raised:
        certificates.prepare(
            office45, application_id, date(2010, 1, 1), by(office45), TUESDAY, household_id
        )
    assert raised.value.code == "no_members" and raised.value.params["as_of"] == date(2010, 1, 1)


def test_certificate_2_in_russian(office45: Database, household: Any) -> None:
    application_id = _accepted(office45, service=2, language="ru")
    row = certificates.prepare(office45, application_id, date(2026, 11, 24), by(office45), TUESDAY)
    content = row.content
    assert content["livestock"] == [
        {"code": "cattle_cows", "group": "Крупный рогатый скот", "kind": "коровы", "count": 7}
    ]
    assert [m["relation"] for m in content["members"]] == ["глава хозяйства", "супруг(а)"]
    assert content["plots"] == [{"purpose": "приусадебный участок", "area_ha": "0.1500"}]
    assert content["basis"] == "похозяйственная книга № 3, стр. 12, лицевой счёт 0101"


def test_no_household_and_no_livestock_are_explained(office45: Database, household: Any) -> None:
    stranger = make_iin(date(1990, 1, 1), "female", 3)
    application_id = _accepted(office45, national_number=stranger)
    with pytest.raises(CertificateError) as raised:
        certificates.prepare(office45, application_id, date(2026, 11, 24), by(office45), TUESDAY)
    assert raised.value.code == "no_household"
    application_id = _accepted(office45, service=2)
    with pytest.raises(CertificateError) as raised:
        certificates.prepare(office45, application_id, date(2025, 12, 31), by(office45), TUESDAY)
    assert raised.value.code == "no_livestock"
    with pytest.raises(CertificateError) as raised:
        certificates.prepare(office45, application_id, date(2026, 12, 1), by(office45), TUESDAY)
    assert raised.value.code == "as_of_in_future"
    assert [a.status for a in applications.applications(office45, now=TUESDAY)] == [
        "accepted",
        "accepted",
    ]
    # nothing was numbered: the next certificate is still No 1
    row = certificates.prepare(office45, application_id, date(2026, 1, 1), by(office45), TUESDAY)
    assert row.number == "45-2026-C0001"
    with pytest.raises(CertificateError) as raised:
        certificates.prepare(office45, application_id, date(2026, 1, 1), by(office45), TUESDAY)
    assert raised.value.code == "not_accepted"


def test_a_household_added_after_hand_in_is_found_by_the_iin(office45: Database) -> None:
    application_id = _accepted(office45)
    with pytest.raises(CertificateError):
        certificates.prepare(office45, application_id, date(2026, 11, 24), by(office45), TUESDAY)
    households.create_household(
        office45,
        HouseholdData("0102", "Ботақара", OPENED),
        MemberData("Серіков", "Асқар", "head", OPENED, iin=IIN),
        by(office45),
        TUESDAY.date(),
    )
    row = certificates.prepare(office45, application_id, date(2026, 11, 24), by(office45), TUESDAY)
    assert row.content["household"]["account_number"] == "0102"


def test_legal_entity_certificate_2_from_a_chosen_household(
    office45: Database, household: Any
) -> None:
    application_id = _accepted(
        office45,
        service=2,
        applicant_kind="legal_entity",
        national_number=BIN,
        organization="«Жұлдыз» ЖШС",
    )
    with pytest.raises(CertificateError) as raised:
        certificates.prepare(office45, application_id, date(2026, 11, 24), by(office45), TUESDAY)
    assert raised.value.code == "no_household"
    row = certificates.prepare(
        office45, application_id, date(2026, 11, 24), by(office45), TUESDAY, household_id=household
    )
    assert row.content["applicant"]["organization"] == "«Жұлдыз» ЖШС"
    assert row.content["applicant"]["national_number"] == BIN


def test_numbers_per_office_and_year(office45: Database, household: Any) -> None:
    numbers = []
    for day in (TUESDAY, TUESDAY, datetime(2027, 1, 5, 10, 0)):
        application_id = applications.submit(office45, _input(), day, by(office45)).id
        numbers.append(
            certificates.prepare(office45, application_id, day.date(), by(office45), day).number
        )
    assert numbers == ["45-2026-C0001", "45-2026-C0002", "45-2027-C0001"]


def test_two_databases_in_two_threads_get_distinct_gap_free_numbers(
    office45: Database, household: Any, db_location: str | Path
) -> None:
    ids = [_accepted(office45) for _ in range(20)]
    office45.dispose()
    errors: list[BaseException] = []
    numbers: list[str] = []
    lock = threading.Lock()

    def work(part: list[Any]) -> None:
        database = Database(db_location)
        try:
            for application_id in part:
                row = certificates.prepare(
                    database, application_id, TUESDAY.date(), by(database), TUESDAY
                )
                with lock:
                    numbers.append(row.number)
        except BaseException as error:  # reported by the assert below
            errors.append(error)
        finally:
            database.dispose()

    threads = [threading.Thread(target=work, args=(ids[n::2],)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(numbers) == [f"45-2026-C{seq:04d}" for seq in range(1, 21)]


def test_issue_and_reprint_equal_to_the_original_but_the_copy_mark(
    office45: Database, household: Any, rendered: list[Any]
) -> None:
    application_id = _accepted(office45)
    row = certificates.prepare(office45, application_id, TUESDAY.date(), by(office45), TUESDAY)
    original = certificates.pdf(office45, row.id)
    collected = TUESDAY + timedelta(days=1)
    certificates.issue(office45, row.id, by(office45), collected)
    app = applications.application(office45, application_id)
    assert app.status == "issued" and app.issued_at == collected
    copy = certificates.pdf(office45, row.id, copy=True)
    # rendered once as it was prepared (before its number was kept), then printed, then a copy
    assert [call[:2] for call in rendered] == [(row.content, row.payload)] * 3
    assert [call[2] for call in rendered] == [False, False, True]
    assert original != copy
    with pytest.raises(CertificateError) as raised:
        certificates.issue(office45, application_id, by(office45), collected)
    assert raised.value.code == "cannot_issue"


def test_revoking_the_own_key_makes_setup_create_a_new_one(
    office45: Database, household: Any
) -> None:
    [old] = keys.known_keys(office45)
    keys.revoke(office45, old.key_id, "lost", SYSTEM, aware(TUESDAY))
    application_id = _accepted(office45)
    with pytest.raises(CertificateError) as raised:
        certificates.prepare(office45, application_id, TUESDAY.date(), by(office45), TUESDAY)
    assert raised.value.code == "revoked_key"
    assert raised.value.params["revoked_at"] == aware(TUESDAY)
    new = keys.ensure_office_key(office45, 45, SYSTEM, aware(TUESDAY))
    assert new != old.key_id
    row = certificates.prepare(office45, application_id, TUESDAY.date(), by(office45), TUESDAY)
    assert verification.verify(office45, row.payload).status == "valid"
    assert verification.verify(office45, row.payload).revoked_at is None


def test_a_restored_database_never_gives_a_certificate_number_twice(
    office45: Database, household: Any, tmp_path: Path
) -> None:
    if not office45.is_sqlite:
        pytest.skip("restoring a copy of the file is a SQLite matter")
    path = Path(str(office45.url.database))
    numbers = []
    for _ in range(2):
        numbers.append(
            certificates.prepare(
                office45, _accepted(office45), date(2026, 6, 1), by(office45), TUESDAY
            ).number
        )
    before = tmp_path / "before-C0003.sqlite3"
    source, copy = sqlite3.connect(path), sqlite3.connect(before)
    source.backup(copy)
    source.close()
    copy.close()
    numbers.append(
        certificates.prepare(
            office45, _accepted(office45), date(2026, 6, 1), by(office45), TUESDAY
        ).number
    )
    assert numbers == ["45-2026-C0001", "45-2026-C0002", "45-2026-C0003"]
    office45.dispose()
    shutil.copyfile(before, path)  # the copy put back, and the -wal of the crash deleted
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    restored = Database(path)
    try:
        again = certificates.prepare(
            restored, _accepted(restored), date(2026, 6, 1), by(restored), TUESDAY
        )
        assert again.number == "45-2026-C0004"
        # and the registration numbers of the applications went on too
        assert applications.application(restored, again.application_id).registration_number == (
            "45-2026-0004"
        )
    finally:
        restored.dispose()
