"""Finding the header as offices lay it out: titles above, groups over sub-columns (merged or
written once), names merged down, a row of column numbers under it; and what is not a header."""

from __future__ import annotations

import pytest

from desktop.core.spreadsheet import ColumnHeader, Merge, SpreadsheetError, build_table

TITLE = "Ботақара селосы бойынша шаруашылық кітабы"


def rows(*lines: str) -> list[tuple[int, list[str]]]:
    """Numbered rows from lines with cells separated by "|"."""
    return [(n, line.split("|")) for n, line in enumerate(lines, start=1)]


def test_a_group_written_once_spans_the_blank_cells_to_its_right() -> None:
    table = build_table(
        rows(
            TITLE,
            "",
            "№ л/с|ФИО|КРС||||Лошади",
            "||всего|в т.ч. коровы|тёлки|бычки|",
            "001|Ахметов Серік|5|3|1|1|2",
        )
    )
    assert table.header_rows == (3, 4)
    assert table.header_row == 4
    assert table.titles == (TITLE,)
    assert table.headers == (
        "№ л/с",
        "ФИО",
        "КРС всего",
        "КРС в т.ч. коровы",
        "КРС тёлки",
        "КРС бычки",
        "Лошади",
    )
    assert [r.number for r in table.rows] == [5]


def test_merged_groups_and_names_merged_down() -> None:
    merges = [
        Merge(1, 0, 1, 5),  # the title across the page
        Merge(3, 0, 4, 0),  # № л/с down two rows
        Merge(3, 1, 3, 3),  # Овцы и козы over three columns
        Merge(3, 4, 4, 4),  # Лошади down
    ]
    table = build_table(
        rows(
            "Сведения о поголовье|||||",
            "|||||",
            "№ л/с|Овцы и козы|||Лошади|",
            "|всего|в т.ч. овцы|козы||",
            "001|10|7|3|2|",
        ),
        merges=merges,
    )
    assert table.header_rows == (3, 4)
    assert table.headers == (
        "№ л/с",
        "Овцы и козы всего",
        "Овцы и козы в т.ч. овцы",
        "Овцы и козы козы",
        "Лошади",
    )


def test_three_header_rows_written_once_and_a_row_of_column_numbers() -> None:
    table = build_table(
        rows(
            TITLE,
            "Дербес шот|Мал басы||||Жер, га",
            "|Ірі қара мал|||Жылқылар|",
            "|барлығы|оның ішінде сиырлар|бұқалар||",
            "1|2|3|4|5|6",
            "0001|4|3|1|2|0,15",
        )
    )
    assert table.header_rows == (2, 3, 4)
    assert table.headers == (
        "Дербес шот",
        "Мал басы Ірі қара мал барлығы",
        "Мал басы Ірі қара мал оның ішінде сиырлар",
        "Мал басы Ірі қара мал бұқалар",
        "Мал басы Жылқылар",
        "Жер, га",
    )
    assert [r.number for r in table.rows] == [6]  # the numbers row is the header's


def test_column_headers_tell_groups_totals_and_parts() -> None:
    table = build_table(
        rows("№|КРС|||Птица", "|всего|в т.ч. коровы|тёлки|", "1|3|2|1|20"),
    )
    number, total, cows, heifers, poultry = table.columns
    assert total == ColumnHeader(1, "КРС всего", ("КРС", "всего"))
    assert (total.group, total.is_total, total.label) == ("КРС", True, "всего")
    assert (cows.group, cows.is_total, cows.label) == ("КРС", False, "коровы")
    assert (heifers.group, heifers.label) == ("КРС", "тёлки")
    assert (poultry.group, poultry.is_total, poultry.label) == ("", False, "Птица")
    assert (number.letter, poultry.letter) == ("A", "E")
    kazakh = ColumnHeader(2, "Қой-ешкі оның ішінде қойлар", ("Қой-ешкі", "оның ішінде қойлар"))
    assert (kazakh.label, kazakh.is_total) == ("қойлар", False)
    assert ColumnHeader(3, "Барлығы", ("Барлығы",)).is_total


def test_rows_above_a_full_header_are_titles_not_groups() -> None:
    table = build_table(
        rows(
            "Бұқар жырау ауданы||Ботақара ауылдық округі",
            "Дербес шот|Тегі|Аты",
            "0001|Ахметов|Серік",
        )
    )
    assert table.header_rows == (2,)
    assert table.titles == ("Бұқар жырау ауданы Ботақара ауылдық округі",)


def test_a_first_data_row_of_text_is_not_taken_for_a_sub_header() -> None:
    table = build_table(
        rows(
            "Дербес шот|Тегі|Аты|",
            "|Ахметова|Айгүл|",  # a member's row: no account, no numbers
            "0001|Ахметов|Серік|",
        )
    )
    assert table.header_rows == (1,)
    assert [r.number for r in table.rows] == [2, 3]


def test_the_header_is_the_row_with_the_most_names_not_the_fullest_row() -> None:
    table = build_table(
        rows(
            "Тізім",
            "Л/с|Тегі|ЖСН|Сиыр|Қой",
            "12|Ахметов|040101500123|3|20",
        )
    )
    assert table.headers == ("Л/с", "Тегі", "ЖСН", "Сиыр", "Қой")


def test_a_sheet_of_numbers_has_no_header() -> None:
    with pytest.raises(SpreadsheetError) as error:
        build_table(rows("1|2|3", "4|5|6"), sheet="Парақ1")
    assert (error.value.code, error.value.params) == ("no_header", {"sheet": "Парақ1"})


def test_an_empty_sheet_is_empty() -> None:
    with pytest.raises(SpreadsheetError) as error:
        build_table(rows("||", ""), sheet="Парақ1")
    assert (error.value.code, error.value.params) == ("empty", {"sheet": "Парақ1"})
