"""The district generator: the sizes asked, the same data for the same seed, and a database
the program's own invariants hold in (change counter stamps, search index, history)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from benchmarks import generator

TODAY = date(2026, 11, 30)
SCALE = 0.002  # 100 households, 200 applications, 600 tickets

CONTENT = {
    "households": "SELECT account_number, locality, street, house, opened_on, is_demo "
    "FROM households ORDER BY account_number",
    "members": "SELECT h.account_number, m.iin, m.surname, m.name, m.patronymic, m.birth_date, "
    "m.relation FROM members m JOIN households h ON h.id = m.household_id ORDER BY m.iin",
    "livestock": "SELECT h.account_number, s.as_of, s.counts FROM livestock_snapshots s "
    "JOIN households h ON h.id = s.household_id ORDER BY 1, 2",
    "applications": "SELECT registration_number, surname, status, handed_in_at, issued_at "
    "FROM applications ORDER BY registration_number",
    "tickets": "SELECT day, letter, number, status, issued_at FROM queue_tickets "
    "ORDER BY day, letter, number",
}


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as raw:
        return {name: raw.execute(sql).fetchall() for name, sql in CONTENT.items()}


def test_sizes_scale_every_count_and_refuse_a_district_too_big() -> None:
    assert generator.sizes(1) == {"households": 50_000, "applications": 100_000, "tickets": 300_000}
    assert generator.sizes(0.1)["households"] == 5_000
    assert generator.sizes(4)["tickets"] == 1_200_000
    with pytest.raises(ValueError):
        generator.sizes(5)


def test_the_same_seed_gives_the_same_district(tmp_path: Path) -> None:
    first = generator.generate(tmp_path / "a.sqlite3", SCALE, seed=4, today=TODAY)
    again = generator.generate(tmp_path / "b.sqlite3", SCALE, seed=4, today=TODAY)
    other = generator.generate(tmp_path / "c.sqlite3", SCALE, seed=5, today=TODAY)

    assert (first.households, first.applications, first.tickets) == (100, 200, 600)
    assert 300 < first.members < 500
    assert content(first.path) == content(again.path)
    assert content(first.path)["members"] != content(other.path)["members"]
    with sqlite3.connect(first.path) as raw:
        rounds = [r[0] for r in raw.execute("SELECT DISTINCT as_of FROM livestock_snapshots")]
    assert len(rounds) == generator.LIVESTOCK_ROUNDS  # five years, twice a year
    assert max(rounds) <= TODAY.isoformat()


def test_the_district_keeps_the_books_invariants(tmp_path: Path) -> None:
    made = generator.generate(tmp_path / "d.sqlite3", SCALE, seed=2, today=TODAY)
    with sqlite3.connect(made.path) as raw:
        last, database_id = raw.execute(
            "SELECT last_value, database_id FROM change_counter WHERE id = 1"
        ).fetchone()
        stamps = []
        for table in ("households", "members", "livestock_snapshots", "applications"):
            stamps += raw.execute(f"SELECT change_seq, change_db FROM {table}").fetchall()
        stamps += raw.execute("SELECT change_seq, change_db FROM queue_tickets").fetchall()
        indexed = raw.execute("SELECT count(*) FROM household_search_keys").fetchone()[0]
        heads = raw.execute(
            "SELECT count(*) FROM members WHERE relation = 'head' AND registered_to IS NULL"
        ).fetchone()[0]
        found = raw.execute(
            "SELECT count(*) FROM household_search WHERE household_search MATCH 'demo*'"
        ).fetchone()[0]

    seqs = [seq for seq, _ in stamps]
    assert all(db == database_id for _, db in stamps)  # stamped by this database's counter
    assert len(set(seqs)) == len(seqs) and max(seqs) <= last  # each row its own stamp
    assert indexed == heads == made.households  # every household searchable, one head each
    assert found == made.households


def test_district_reuses_a_whole_database_and_remakes_a_partial_one(tmp_path: Path) -> None:
    made, new = generator.district(tmp_path, SCALE, seed=3)
    assert new and made.path.name == "demo-100-seed3.sqlite3"
    again, new = generator.district(tmp_path, SCALE, seed=3)
    assert not new and again.households == 100
    with sqlite3.connect(made.path) as raw:
        raw.execute("DELETE FROM queue_tickets WHERE number = 1")
    remade, new = generator.district(tmp_path, SCALE, seed=3)
    assert new and remade.tickets == 600
