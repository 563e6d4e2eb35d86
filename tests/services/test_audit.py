"""The audit trail: written by the unit of work itself, append-only in the database, chained so
that an edit, a removal or a reordering made behind the program's back is named."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from db.audit import AUDIT_TABLE, GENESIS, chain_hash, purge_values
from db.engine import Database
from desktop.core.actor import SYSTEM, Actor
from desktop.core.roles import AKIM
from desktop.services import audit
from desktop.services import household_writer as writer
from desktop.services.household_values import HouseholdData, MemberData, NewHousehold
from tests.helpers import acting_as

OPENED = date(2020, 1, 1)
TODAY = date(2026, 11, 25)


def household(account: str, name: str = "Ерлан") -> NewHousehold:
    head = MemberData("Шалқарбаев", name, "head", OPENED, sex="male")
    return NewHousehold(
        HouseholdData(account, "Ботақара", OPENED, phone="8 701 000 00 00"), (head,)
    )


def entries(db: Database, **filters: object) -> list[audit.AuditRow]:
    return audit.list_entries(db, audit.AuditFilter(**filters), limit=10_000)  # type: ignore[arg-type]


def raw(db: Database, *statements: str) -> None:
    """What an attacker does with the file or the server: plain SQL, no program in between."""
    with db.engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def drop_triggers(db: Database) -> None:
    if db.is_sqlite:
        raw(db, "DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete")
    else:
        raw(db, "DROP TRIGGER audit_log_no_change ON audit_log")


@pytest.fixture
def logged(configured_db: Database, clerk: Actor) -> Database:
    """A book with three households and one change: a log of a dozen entries."""
    ids = writer.create_households(
        configured_db, [household("0001"), household("0002"), household("0003")], clerk, TODAY
    )
    data = HouseholdData("0001", "Ботақара", OPENED, phone="8 702 111 11 11")
    writer.update_household(configured_db, ids[0], data, clerk, "жаңа телефон")
    audit.note(configured_db, clerk, "document.print", "Анықтама 45-2026-C0001", printer="PDF")
    return configured_db


def test_every_write_is_recorded_with_who_and_what(logged: Database, clerk: Actor) -> None:
    rows = list(reversed(entries(logged)))
    assert [r.id for r in rows] == list(range(1, len(rows) + 1))
    # the first run: the clerk's staff record and the settings, by the program itself
    assert {"staff", "app_settings"} <= {r.table_name for r in rows if r.kind == "insert"}
    bulk = [r for r in rows if r.table_name == "households" and r.kind == "insert"]
    assert len(bulk) == 1 and bulk[0].after["count"] == 3 and len(bulk[0].after["ids"]) == 3
    assert len(bulk[0].after["params_sha256"]) == 64
    members = [r for r in rows if r.table_name == "members" and r.kind == "insert"]
    assert members[0].after["count"] == 3
    change = [r for r in rows if r.kind == "update" and r.table_name == "households"]
    assert len(change) == 1
    assert change[0].before == {"phone": "8 701 000 00 00"}
    assert change[0].after == {"phone": "8 702 111 11 11"}
    assert change[0].record_id == bulk[0].after["ids"][0]
    assert (change[0].actor_id, change[0].actor_name) == (clerk.staff_id, clerk.name)
    printed = rows[-1]
    assert (printed.kind, printed.subject) == ("document.print", "Анықтама 45-2026-C0001")
    assert printed.after == {"printer": "PDF"}
    assert not {"change_records", "household_search_keys", "audit_log"} & {
        r.table_name for r in rows
    }
    assert audit.verify(logged) == audit.Verdict(len(rows))
    assert audit.latest_hash(logged) == (rows[-1].id, _hash_of(logged, rows[-1].id))


def _hash_of(db: Database, row_id: int) -> str:
    with db.read() as session:
        return str(session.scalar(text(f"SELECT hash FROM audit_log WHERE id = {row_id}")))


def test_a_tombstone_and_a_rolled_back_write(logged: Database, clerk: Actor) -> None:
    before = len(entries(logged))
    plots = entries(logged, kind="insert", text="households")[0].after["ids"]
    data = HouseholdData("0002", "Ботақара", OPENED, phone="8 777")
    with pytest.raises(RuntimeError), writer.writing(logged, clerk) as book:
        book.update_household(uuid.UUID(plots[1]), data, "")
        raise RuntimeError("power cut")
    assert len(entries(logged)) == before  # nothing of a rolled-back write is logged
    stamp = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    with writer.writing(logged, clerk) as book:
        plot = book.add_plot(uuid.UUID(plots[1]), _plot())
    writer.remove_plot(logged, plot, "қате енгізілді", acting_as(clerk, AKIM), stamp)
    tombstone = entries(logged, kind="tombstone")
    assert [(t.table_name, t.record_id) for t in tombstone] == [("land_plots", str(plot))]
    assert tombstone[0].before == {"deleted_at": None}
    assert tombstone[0].after == {"deleted_at": stamp.isoformat()}


def _plot():  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from desktop.services.household_values import PlotData

    return PlotData("garden", Decimal("0.12"))


def test_the_database_refuses_to_change_or_remove_an_entry(logged: Database) -> None:
    for statement in (
        "UPDATE audit_log SET subject = 'x' WHERE id = 2",
        "DELETE FROM audit_log WHERE id = 2",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            raw(logged, statement)
    if not logged.is_sqlite:
        with pytest.raises(DBAPIError, match="append-only"):
            raw(logged, "TRUNCATE audit_log")
    assert audit.verify(logged).intact


def test_verify_names_an_altered_entry(logged: Database) -> None:
    drop_triggers(logged)
    raw(logged, "UPDATE audit_log SET actor_name = 'Басқа адам' WHERE id = 5")
    assert audit.verify(logged) == audit.Verdict(4, "altered", 5)


def test_verify_names_an_entry_altered_with_its_hash_made_again(logged: Database) -> None:
    """Whoever knows the recipe can give an altered entry a matching hash: the next entry's
    link then breaks, and that is where verify stops."""
    with logged.read() as session:
        line = session.execute(select(AUDIT_TABLE).where(AUDIT_TABLE.c.id == 5)).one()
    forged = dict(line._mapping) | {"subject": "forged"}
    new_hash = chain_hash(line.prev_hash, forged)
    drop_triggers(logged)
    raw(logged, f"UPDATE audit_log SET subject = 'forged', hash = '{new_hash}' WHERE id = 5")
    assert audit.verify(logged) == audit.Verdict(5, "broken", 6)


def test_a_persons_data_purged_by_law_leaves_the_chain_whole(logged: Database) -> None:
    [change] = entries(logged, kind="update", text="households")
    with logged.write(SYSTEM) as work:
        assert purge_values(work, "households", change.record_id) == 1
    assert entries(logged, text="702 111") == []  # the new phone number is gone from the log
    [line] = [r for r in entries(logged) if r.id == change.id]
    assert (line.before, line.after) == (None, None)
    verdict = audit.verify(logged)
    assert verdict.intact and verdict.purged == 1
    # the database allows nothing else: no other column changes with a purge, no second purge
    for statement in (
        f"UPDATE audit_log SET before = NULL, after = NULL, purged = TRUE, subject = 'x' "
        f"WHERE id = {change.id - 1}",
        f"UPDATE audit_log SET purged = FALSE WHERE id = {change.id}",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            raw(logged, statement)


def test_values_changed_behind_the_programs_back_are_seen(logged: Database) -> None:
    [change] = entries(logged, kind="update", text="households")
    drop_triggers(logged)
    raw(logged, f"UPDATE audit_log SET after = NULL WHERE id = {change.id}")
    assert audit.verify(logged) == audit.Verdict(change.id - 1, "altered", change.id)


def test_verify_names_removed_entries(logged: Database) -> None:
    drop_triggers(logged)
    raw(logged, "DELETE FROM audit_log WHERE id IN (4, 5)")
    assert audit.verify(logged) == audit.Verdict(3, "removed", 4, until_id=5)


def test_verify_names_the_first_entry_removed(logged: Database) -> None:
    drop_triggers(logged)
    raw(logged, "DELETE FROM audit_log WHERE id = 1")
    assert audit.verify(logged) == audit.Verdict(0, "removed", 1, until_id=1)


def test_verify_names_reordered_entries(logged: Database) -> None:
    drop_triggers(logged)
    raw(
        logged,
        "UPDATE audit_log SET id = -1 WHERE id = 6",
        "UPDATE audit_log SET id = 6 WHERE id = 7",
        "UPDATE audit_log SET id = 7 WHERE id = -1",
    )
    assert audit.verify(logged) == audit.Verdict(5, "reordered", 6, follows_id=7)


def test_the_text_search_finds_kazakh_and_russian_values(logged: Database, clerk: Actor) -> None:
    """Values are stored as UTF-8 JSON: a word typed in Cyrillic finds them (the escaped
    \\uXXXX text JSON columns held before was found by no such search)."""
    [moved] = writer.create_households(logged, [household("0004")], clerk, TODAY)
    data = HouseholdData("0004", "Қарабас", OPENED, phone="8 701 000 00 00")
    writer.update_household(logged, moved, data, clerk, "көшті")
    [change] = entries(logged, kind="update", text="Қарабас")
    assert change.after == {"locality": "Қарабас"}
    with logged.read() as session:
        query = text("SELECT CAST(after AS TEXT) FROM audit_log WHERE id = :id")
        stored = session.execute(query, {"id": change.id}).scalar_one()
    assert "Қарабас" in stored


@pytest.mark.usefixtures("qapp")  # the command line's texts go through Qt's translator
def test_the_command_line_names_the_entry(
    logged: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    location = str(logged.url.database) if logged.is_sqlite else logged.url.render_as_string(False)
    assert main(["audit", "verify", "--db", location]) == 0
    assert "intact" in capsys.readouterr().out
    number, digest = audit.latest_hash(logged)
    assert main(["audit", "verify", "--db", location, "--expect", f"{number + 1}:{digest}"]) == 1
    assert f"Entry {number + 1} of the audit log was removed" in capsys.readouterr().err
    drop_triggers(logged)
    raw(logged, "UPDATE audit_log SET after = NULL WHERE id = 3")
    assert main(["audit", "verify", "--db", location]) == 1
    assert "Entry 3 of the audit log was altered" in capsys.readouterr().err
    assert main(["audit", "list", "--db", location, "--kind", "document.print", "--json"]) == 0
    assert '"subject": "Анықтама 45-2026-C0001"' in capsys.readouterr().out


def test_filters_and_pages(logged: Database, clerk: Actor) -> None:
    everything = entries(logged)
    assert {r.actor_name for r in entries(logged, who=str(clerk.staff_id))} == {clerk.name}
    assert entries(logged, who="Ахмет") == entries(logged, who=str(clerk.staff_id))
    assert [r.kind for r in entries(logged, kind="document.print")] == ["document.print"]
    assert [r.table_name for r in entries(logged, text="702 111")] == ["households"]
    assert entries(logged, text="50%_") == []
    now = everything[0].at
    assert entries(logged, since=now + timedelta(seconds=1)) == []
    assert entries(logged, until=now + timedelta(seconds=1)) == everything
    first = audit.list_entries(logged, limit=4)
    second = audit.list_entries(logged, before_id=first[-1].id, limit=4)
    assert [r.id for r in first + second] == [r.id for r in everything[:8]]
    assert "document.print" in audit.kinds(logged)
    assert (clerk.staff_id, clerk.name) in audit.actors(logged)


def test_two_writers_at_once_keep_one_chain(logged: Database, clerk: Actor) -> None:
    def write(worker: int) -> None:
        for number in range(10):
            audit.note(logged, clerk, "document.print", f"{worker}-{number}")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(entries(logged, kind="document.print")) == 31
    assert audit.verify(logged).intact


def test_an_empty_log_is_intact(empty_db_location: str | Path) -> None:
    from db.migrate import upgrade

    db = Database(empty_db_location)
    upgrade(db)
    assert audit.verify(db) == audit.Verdict(0)
    assert audit.latest_hash(db) == (0, GENESIS)
    db.dispose()


def test_the_first_start_notes_the_reference_data(tmp_path: Path) -> None:
    from desktop.services.startup import open_database

    opened = open_database(tmp_path / "new.sqlite3")
    try:
        rows = entries(opened.db)
    finally:
        opened.db.dispose()
    assert [r.kind for r in rows] == ["reference.load"]
    assert set(rows[0].after["files"]) >= {"offices", "districts"}


def test_the_book_taken_out_and_brought_in_is_noted(
    logged: Database, clerk: Actor, tmp_path: Path
) -> None:
    from desktop.services import household_export, household_matching
    from desktop.services.household_matching import ImportedHousehold, ImportedMember

    out = tmp_path / "book.xlsx"
    assert household_export.export_book(logged, clerk, out, TODAY) == 3
    [exported] = entries(logged, kind="book.export")
    assert (exported.subject, exported.after) == (str(out), {"households": 3, "language": "kk"})
    head = MemberData("Сейітов", "Асқар", "head", OPENED, sex="male")
    given = frozenset({"surname", "name", "relation"})
    items = [
        ImportedHousehold(
            HouseholdData("0004", "Ботақара", OPENED),
            frozenset({"locality"}),
            (ImportedMember(head, given),),
        )
    ]
    household_matching.import_households(logged, items, clerk, TODAY, "кітап.xlsx")
    [imported] = entries(logged, kind="book.import")
    assert (imported.subject, imported.after) == ("кітап.xlsx", {"created": 1})
    assert audit.verify(logged).intact


def test_a_hash_known_from_elsewhere_catches_the_last_entries_removed(logged: Database) -> None:
    known = audit.latest_hash(logged)
    assert audit.verify(logged, known=known).intact
    drop_triggers(logged)
    raw(logged, f"DELETE FROM audit_log WHERE id >= {known[0] - 1}")
    assert audit.verify(logged).intact  # a shorter chain is still a chain
    last = known[0] - 2
    assert audit.verify(logged, known=known) == audit.Verdict(last, "removed", last + 1, known[0])


def test_a_log_rewritten_from_some_entry_on_is_caught(logged: Database, clerk: Actor) -> None:
    known = audit.latest_hash(logged)
    drop_triggers(logged)
    raw(logged, f"DELETE FROM audit_log WHERE id >= {known[0] - 1}")
    audit.note(logged, clerk, "document.print", "another")  # the log goes on from there
    audit.note(logged, clerk, "document.print", "and another")
    assert audit.verify(logged).intact
    assert audit.verify(logged, known=known) == audit.Verdict(known[0] - 1, "rewritten", known[0])
