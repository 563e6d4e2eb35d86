"""Reading messy spreadsheets: title rows, merged cells, blank rows, numbers as floats, CSV in
every encoding and separator offices use, and the old .xls. Bad files: test_spreadsheet_faults;
multi-row headers: test_spreadsheet_header; the test books: test_spreadsheet_books."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core.spreadsheet import (
    Merge,
    SpreadsheetError,
    build_table,
    cell_text,
    fix_lookalikes,
    open_book,
    read_table,
)
from tests.books import livestock_groups

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_cell_text_turns_floats_and_dates_into_what_a_person_typed() -> None:
    assert cell_text(40101500123.0) == "40101500123"
    assert cell_text(12.5) == "12.5"
    assert cell_text(0.1 + 0.2) == "0.3"  # Excel shows 15 significant digits
    assert cell_text(1e-20) == "1e-20"
    assert cell_text(True) == "1"
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
    ("delimiter", "encoding"),
    [
        (";", "utf-8-sig"),
        (",", "utf-8"),
        ("\t", "cp1251"),
        ("\t", "utf-16"),  # Excel's "Unicode text": a byte order mark, then UTF-16 LE
        (";", "utf-16-le"),  # no mark: the zero bytes tell the byte order
        (",", "utf-16-be"),
    ],
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


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_unicode_text_without_a_mark_in_kazakh_letters(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "кітап.txt"
    text = "Дербес шот\tТегі\tӘкесінің аты\r\nҚожахметов\tҰлықбек\tҮсенұлы\r\n"
    path.write_bytes(text.encode(encoding))  # hardly a zero byte: Cyrillic's high byte is 4
    table = read_table(path)
    assert table.headers == ("Дербес шот", "Тегі", "Әкесінің аты")
    assert table.rows[0].cells == ("Қожахметов", "Ұлықбек", "Үсенұлы")


def test_data_away_from_the_corner_keeps_its_row_numbers_and_columns(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet["D10"] = "Л/с"
    sheet["E10"] = "Фамилия"
    sheet["D12"] = "7"
    sheet["E12"] = "Ахметов"
    path = tmp_path / "corner.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.header_row == 10
    assert table.headers == ("#1", "#2", "#3", "Л/с", "Фамилия")
    assert [(r.number, r.cells) for r in table.rows] == [(12, ("", "", "", "7", "Ахметов"))]


def test_merged_data_cells_are_given_with_the_sheet(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Л/с", "Аты"])
    sheet.append(["0001", "Серік"])
    sheet.append([None, "Айгүл"])
    sheet.merge_cells("A2:A3")  # the account over the household's two rows
    book.save(tmp_path / "merged.xlsx")
    with open_book(tmp_path / "merged.xlsx") as opened:
        read = opened.sheet()
        assert [r.cells for r in read.rows()] == [("0001", "Серік"), ("", "Айгүл")]
        assert read.merges == (Merge(2, 0, 3, 0),)


def test_sheets_are_read_by_name_and_the_first_visible_one_by_default(tmp_path: Path) -> None:
    book = Workbook()
    hidden = book.active
    hidden.title = "Ескі"
    hidden.append(["Л/с", "Аты"])
    hidden.sheet_state = "hidden"
    main = book.create_sheet("Шаруашылықтар")
    main.append(["Л/с", "Аты"])
    main.append(["1", "Серік"])
    members = book.create_sheet("Мүшелері")
    members.append(["Л/с", "Аты"])
    members.append(["1", "Айгүл"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    with open_book(path) as opened:
        assert opened.sheet_names == ("Ескі", "Шаруашылықтар", "Мүшелері")
        assert opened.sheet().name == "Шаруашылықтар"
        assert [r.cells for r in opened.sheet("Мүшелері").rows()] == [("1", "Айгүл")]
        with pytest.raises(SpreadsheetError) as error:
            opened.sheet("Жоқ")
    assert error.value.code == "sheet_not_found"
    assert error.value.params == {"sheet": "Жоқ", "sheets": "Ескі, Шаруашылықтар, Мүшелері"}
    assert read_table(path, "Мүшелері").sheet == "Мүшелері"


def test_the_sheet_streams_its_rows_again_on_each_pass(tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_text("Л/с;Аты\n1;Серік\n\n2;Айгүл\n", encoding="utf-8")
    with open_book(path) as book:
        sheet = book.sheet()
        first = list(sheet.rows())
        assert first == list(sheet.rows())
    assert [r.number for r in first] == [2, 4]
    assert sheet.name == "book"


def test_quoted_separators_and_line_breaks_stay_in_their_cell(tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    text = 'Л/с;Аты;Жер, га\r\n1;"Серік; Болат";"0,15"\r\n2;"Анна\nПримечание";0,2\r\n'
    path.write_bytes(text.replace("Серік", "Сергей").encode("cp1251"))
    table = read_table(path)
    assert table.headers == ("Л/с", "Аты", "Жер, га")
    assert [r.cells for r in table.rows] == [
        ("1", "Сергей; Болат", "0,15"),
        ("2", "Анна Примечание", "0,2"),
    ]


def test_a_text_file_is_read_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"  # some programs save CSV under an Excel name
    path.write_text("Л/с\tАты\n1\tСерік\n", encoding="utf-8")
    assert read_table(path).rows[0].cells == ("1", "Серік")


def test_an_old_xls_reads_like_the_workbook_it_was_saved_from(tmp_path: Path) -> None:
    """tests/fixtures/livestock-ru.xls is livestock_groups(folder, "ru") saved as Excel 97
    by LibreOffice (tests/fixtures/README.md)."""
    made = livestock_groups(tmp_path, "ru")
    plan = made.sheets[0]
    with open_book(FIXTURES / "livestock-ru.xls") as book:
        assert book.kind == "ole"
        sheet = book.sheet()
        assert sheet.name == plan.name
        assert sheet.header.rows == plan.header_rows
        assert sheet.header.names == plan.headers
        assert sheet.header.titles == plan.titles
        assert {r.number: r.cells for r in sheet.rows()} == made.expected_rows(plan)
