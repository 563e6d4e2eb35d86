"""Reading messy spreadsheets: title rows, merged cells, blank rows, numbers as floats, CSV."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core.spreadsheet import (
    SpreadsheetError,
    build_table,
    cell_text,
    fix_lookalikes,
    read_table,
)


def test_cell_text_turns_floats_and_dates_into_what_a_person_typed() -> None:
    assert cell_text(40101500123.0) == "40101500123"
    assert cell_text(12.5) == "12.5"
    assert cell_text(7) == "7"
    assert cell_text(None) == ""
    assert cell_text(datetime(2001, 3, 4)) == "2001-03-04"
    assert cell_text(date(2001, 3, 4)) == "2001-03-04"
    assert cell_text("  Ахметов \u00a0 Серік ") == "Ахметов Серік"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Ивaнoв", "Иванов"),  # Latin a, o
        ("AХМЕТОВ", "АХМЕТОВ"),  # Latin A
        ("Cерікбай", "Серікбай"),  # Latin C in a Kazakh word
        ("ЕРМЕКOВA Гүлнар", "ЕРМЕКОВА Гүлнар"),
        ("Almaty", "Almaty"),  # a Latin word stays Latin
        ("Ivanов", "Ivanов"),  # not mostly Cyrillic and not all look-alikes: left for a person
        ("ул. Абaя 12", "ул. Абая 12"),
    ],
)
def test_fix_lookalikes(text: str, fixed: str) -> None:
    assert fix_lookalikes(text) == fixed


def test_header_is_found_below_merged_title_rows(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Похозяйственная книга"
    sheet.merge_cells("A1:E1")
    sheet["D2"] = "Поголовье"
    sheet.merge_cells("D2:E2")
    sheet.append(["Л/с", "Фамилия", "ИИН", "Коровы", "Овцы"])
    sheet.append([])
    sheet.append(["12", "Ахметов", 40101500123.0, 3, None])
    sheet.append([None, None, None, None, None])
    sheet.append([13.0, "Серікбаева", "970812450012", None, 25])
    path = tmp_path / "book.xlsx"
    book.save(path)

    table = read_table(path)

    assert table.header_row == 3
    assert table.headers == ("Л/с", "Фамилия", "ИИН", "Коровы", "Овцы")
    assert [r.number for r in table.rows] == [5, 7]
    assert table.rows[0].cells == ("12", "Ахметов", "40101500123", "3", "")
    assert table.rows[1].cells == ("13", "Серікбаева", "970812450012", "", "25")
    assert table.source_name == "book.xlsx"


def test_unnamed_and_repeated_headers_get_names() -> None:
    table = build_table([(1, ["A", "", "A"]), (2, ["1", "", "3"]), (3, ["", "x", ""])])
    assert table.headers == ("A", "#2", "A (2)")
    assert [r.cells for r in table.rows] == [("1", "", "3"), ("", "x", "")]


@pytest.mark.parametrize(
    ("delimiter", "encoding"), [(";", "utf-8-sig"), (",", "utf-8"), ("\t", "cp1251")]
)
def test_csv_delimiter_and_encoding_are_detected(
    tmp_path: Path, delimiter: str, encoding: str
) -> None:
    lines = [
        "Список хозяйств",
        "",
        delimiter.join(["Лицевой счёт", "Фамилия", "Имя"]),
        delimiter.join(["1", "Ахметов", "Серік"]) if encoding != "cp1251" else "1\tИванов\tПётр",
        "",
        delimiter.join(["2", "Петрова", "Анна"]),
    ]
    path = tmp_path / "book.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    table = read_table(path)
    assert table.headers == ("Лицевой счёт", "Фамилия", "Имя")
    assert table.header_row == 3
    assert [r.number for r in table.rows] == [4, 6]
    assert table.rows[1].cells == ("2", "Петрова", "Анна")


def test_damaged_and_unsupported_files_raise_with_a_code(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(SpreadsheetError) as error:
        read_table(broken)
    assert error.value.code == "unreadable"
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(SpreadsheetError) as error:
        read_table(old)
    assert error.value.code == "unsupported_format"
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n;;\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError) as error:
        read_table(empty)
    assert error.value.code == "empty"
    with pytest.raises(SpreadsheetError) as error:
        read_table(tmp_path / "missing.csv")
    assert error.value.code == "not_found"
