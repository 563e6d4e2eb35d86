"""The one writer of the household book: its invariants on every path (a clerk's edit, a bulk
load, an import), history lines naming the actor, stamps on every write it makes."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from db.change_counter import changes_since, last_value
from db.engine import Database
from db.models import ChangeRecord, Household, LandPlot, LivestockSnapshot, Member
from desktop.core.actor import Actor
from desktop.core.clock import SystemClock
from desktop.core.iin import make_iin
from desktop.services import demo, household_matching, household_search
from desktop.services import household_writer as writer
from desktop.services.household_matching import ImportedHousehold, ImportedMember
from desktop.services.household_values import (
    BookError,
    HouseholdData,
    LivestockData,
    MemberData,
    NewHousehold,
)
from tests.helpers import acting_as

TODAY = date(2026, 11, 25)
OPENED = date(2020, 1, 1)
HEAD = make_iin(date(1970, 3, 4), "male", 1)
WIFE = make_iin(date(1975, 5, 6), "female", 2)
SON = make_iin(date(2001, 2, 3), "male", 3)
BOOK_TABLES = (Household, Member, LandPlot, LivestockSnapshot, ChangeRecord)


def person(name: str, iin: str = "", relation: str = "head") -> MemberData:
    return MemberData("Шалқарбаев", name, relation, OPENED, iin=iin, sex="" if iin else "male")


def new(account: str, *members: MemberData, counts: dict[str, int] | None = None) -> NewHousehold:
    livestock = (LivestockData(date(2026, 1, 1), counts),) if counts else ()
    return NewHousehold(HouseholdData(account, "Ботақара", OPENED), members, (), livestock)


def rows(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in BOOK_TABLES
        }


@pytest.fixture
def book(configured_db: Database, clerk: Actor) -> uuid.UUID:
    """The book holds household 0001: Ерлан, the head, and Әйгерім, his wife."""
    first = new("0001", person("Ерлан", HEAD), person("Әйгерім", WIFE, "spouse"))
    return writer.create_households(configured_db, [first], clerk, TODAY)[0]


# ---- the invariants, on every path --------------------------------------------------------------


@pytest.mark.parametrize(
    ("batch", "field", "code", "params"),
    [
        (
            [new("0002", person("Дәулет")), new("0001", person("Асқар"))],
            "account_number",
            "account_taken",
            {"account": "0001", "household": "0001"},
        ),
        (
            [new("0002", person("Дәулет")), new("0002", person("Асқар"))],
            "account_number",
            "account_taken",
            {"account": "0002", "household": "0002"},
        ),
        (
            [new("0002", person("Дәулет")), new("0003", person("Ерлан", HEAD))],
            "iin",
            "iin_in_other_household",
            {"account": "0001", "household": "0003"},
        ),
        (
            [new("0002", person("Дәулет", SON)), new("0003", person("Асқар", SON))],
            "iin",
            "iin_in_other_household",
            {"account": "0002", "household": "0003"},
        ),
        (
            [new("0002", person("Дәулет", SON), person("Асқар", SON, "son"))],
            "iin",
            "iin_in_same_household",
            {"account": "0002", "household": "0002"},
        ),
        (
            [new("0002", person("Дәулет"), person("Асқар"))],
            "relation",
            "second_head",
            {"household": "0002"},
        ),
        (
            [new("0002", person("Дәулет", relation="son"))],
            "relation",
            "head_required",
            {"household": "0002"},
        ),
        (
            [new("0002", person("Дәулет"), counts={"sheep": 2500})],
            "sheep",
            "implausible",
            {"limit": 2000, "household": "0002"},
        ),
    ],
)
def test_a_bulk_load_is_refused_whole_naming_the_household_at_fault(
    configured_db: Database,
    clerk: Actor,
    book: uuid.UUID,
    batch: list[NewHousehold],
    field: str,
    code: str,
    params: dict[str, object],
) -> None:
    before = rows(configured_db)
    with pytest.raises(BookError) as error:
        writer.create_households(
            configured_db, [new("0009", person("Бірінші")), *batch], clerk, TODAY
        )
    assert (error.value.field, error.value.code) == (field, code)
    assert {k: error.value.params[k] for k in params} == params
    assert rows(configured_db) == before
    assert household_search.search(configured_db, "бірінші") == []


def test_the_clerks_edits_keep_the_same_invariants(
    configured_db: Database, clerk: Actor, book: uuid.UUID
) -> None:
    def refused(code: str, edit: object) -> None:
        with pytest.raises(BookError) as error:
            edit()  # type: ignore[operator]
        assert error.value.code == code

    refused(
        "iin_in_same_household",
        lambda: writer.add_member(configured_db, book, person("Ерлан", HEAD, "son"), clerk, TODAY),
    )
    refused(
        "second_head",
        lambda: writer.add_member(configured_db, book, person("Дәулет", SON), clerk, TODAY),
    )
    other = writer.create_household(
        configured_db, HouseholdData("0002", "Ботақара", OPENED), person("Асқар"), clerk, TODAY
    )
    refused(
        "iin_in_other_household",
        lambda: writer.add_member(configured_db, other, person("Ә", WIFE, "spouse"), clerk, TODAY),
    )
    renumbered = HouseholdData("0001", "Ботақара", OPENED)
    refused(
        "account_taken", lambda: writer.update_household(configured_db, other, renumbered, clerk)
    )
    # A closed household frees its people for another household, never its account number.
    writer.close_household(configured_db, book, date(2025, 1, 1), "көшті", clerk)
    writer.add_member(configured_db, other, person("Әйгерім", WIFE, "spouse"), clerk, TODAY)
    refused(
        "account_taken", lambda: writer.update_household(configured_db, other, renumbered, clerk)
    )


def _imported(account: str, *members: tuple[MemberData, set[str]]) -> ImportedHousehold:
    return ImportedHousehold(
        HouseholdData(account, "Ботақара", OPENED),
        frozenset(),
        tuple(ImportedMember(data, frozenset(given)) for data, given in members),
    )


def test_an_import_keeps_them_member_by_member(
    configured_db: Database, clerk: Actor, book: uuid.UUID
) -> None:
    given = {"surname", "name", "relation"}
    items = [
        # a newcomer marked head though the household has one; the wife twice (by name and IIN)
        _imported(
            "0001",
            (person("Дәулет"), given),
            (person("Әйгерім", relation="spouse"), given),
            (person("Әйгерім", WIFE, "spouse"), given),
        ),
        # the head made a son: a household keeps its head until another becomes head
        _imported("0001", (person("Ерлан", HEAD, "son"), given)),
        # a new household whose only person is registered in 0001
        _imported("0003", (person("Әйгерім", WIFE), given)),
    ]
    outcomes = household_matching.import_households(configured_db, items, clerk, TODAY, "file")
    assert [[e.code for _, e in o.member_errors] for o in outcomes] == [
        ["second_head", "iin_in_same_household"],
        ["head_must_stay"],
        ["iin_in_other_household"],
    ]
    assert [o.status for o in outcomes] == ["unchanged", "unchanged", "failed"]
    assert outcomes[2].error is not None and outcomes[2].error.code == "head_required"

    def codes(found: list[household_matching.ImportOutcome]) -> list[object]:
        return [
            (o.status, o.error and o.error.code, [e.code for _, e in o.member_errors])
            for o in found
        ]

    preview = household_matching.check_import(configured_db, items, TODAY)
    assert codes(preview) == codes(outcomes)  # the preview runs the same checks, writes nothing


# ---- who did it, and what changed since --------------------------------------------------------


def test_history_lines_name_the_actor_by_staff_id_on_every_path(
    configured_db: Database, clerk: Actor, book: uuid.UUID
) -> None:
    writer.add_member(configured_db, book, person("Дәулет", SON, "son"), clerk, TODAY)  # an edit
    demo.load_demo(configured_db, 2, clerk, TODAY)  # a bulk load
    family = _imported("0005", (person("Асқар"), {"surname", "name"}))
    household_matching.import_households(configured_db, [family], clerk, TODAY, "file")
    demo.remove_demo(configured_db, acting_as(clerk, "akim"), SystemClock().now())  # tombstones
    with configured_db.read() as session:
        lines = session.execute(select(ChangeRecord.changed_by_id, ChangeRecord.changed_by)).all()
        fields = set(session.scalars(select(ChangeRecord.field)))
    assert {"created", "added", "counts", "deleted_at"} <= fields
    assert set(lines) == {(clerk.staff_id, clerk.name)}


def test_every_write_is_stamped_and_changes_since_returns_them_in_order(
    configured_db: Database, clerk: Actor, book: uuid.UUID
) -> None:
    def since(mark: int) -> list[tuple[str, uuid.UUID, bool]]:
        with configured_db.read() as session:
            changes = changes_since(session, mark)
            assert [c.seq for c in changes] == list(range(mark + 1, last_value(session) + 1))
        return [(c.table, c.record_id, c.deleted) for c in changes]

    def now_at() -> int:
        with configured_db.read() as session:
            return last_value(session)

    mark = now_at()
    demo.load_demo(configured_db, 3, clerk, TODAY)
    loaded = since(mark)
    with configured_db.read() as session:
        demo_ids = set(session.scalars(select(Household.id).where(Household.is_demo)))
        wanted = {
            (model.__tablename__, row_id)
            for model in BOOK_TABLES
            for row_id in session.scalars(select(model.id).where(model.change_seq > mark))
        }
    assert {(table, key) for table, key, _ in loaded} == wanted and len(loaded) == len(wanted)
    assert [t for t, _, _ in loaded][:3] == ["households"] * 3  # parents before children

    mark = now_at()
    assert demo.remove_demo(configured_db, acting_as(clerk, "akim"), SystemClock().now()) == 3
    removed = since(mark)
    tombstones = [(t, key) for t, key, deleted in removed if deleted]
    assert {key for t, key in tombstones if t == "households"} == demo_ids
    assert {t for t, _ in tombstones} >= {"households", "members"}
    assert [t for t, _, deleted in removed if not deleted] == ["change_records"] * 3

    mark = now_at()
    moved = HouseholdData("0001", "Ботақара", OPENED, street="Абай")
    writer.update_household(configured_db, book, moved, clerk, "көше аты")
    assert {(t, key) for t, key, _ in since(mark)} >= {("households", book)}
    assert sorted(t for t, _, _ in since(mark)) == ["change_records", "households"]


def test_demo_removal_frees_the_account_numbers_it_used(
    configured_db: Database, clerk: Actor
) -> None:
    demo.load_demo(configured_db, 1, clerk, TODAY)
    demo.remove_demo(configured_db, acting_as(clerk, "akim"), SystemClock().now())
    again = writer.create_household(
        configured_db, HouseholdData("DEMO-000001", "Мәди", OPENED), person("Асқар"), clerk, TODAY
    )
    assert [h.household_id for h in household_search.search(configured_db, "DEMO-000001")] == [
        again
    ]
    with pytest.raises(BookError) as error:  # while live, still once only
        writer.create_household(
            configured_db, HouseholdData("DEMO-000001", "Мәди", OPENED), person("Б"), clerk, TODAY
        )
    assert error.value.code == "account_taken"
