"""The import wizard: file -> columns -> check -> import -> save the rows to fix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from db.engine import Database
from desktop.core.iin import make_iin
from desktop.services import household_import, household_search
from desktop.ui.context import AppContext
from desktop.ui.dialogs.import_dialog import ImportDialog

HEAD_IIN = make_iin(date(1975, 3, 14), "male", 21)
SON_IIN = make_iin(date(2004, 6, 1), "male", 3)


def small_file(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Похозяйственная книга"
    sheet.merge_cells("A1:G1")
    sheet.append(["Лицевой счёт", "Село", "Фамилия", "Имя", "ИИН", "Отношение", "Коровы"])
    sheet.append([1, "Аксу", "Ахметов", "Серік", int(HEAD_IIN), "глава", "2"])
    sheet.append([1, "Аксу", "Ахметов", "Ерлан", int(SON_IIN), "сын", None])
    sheet.append([])
    sheet.append([2, "Аксу", "Петров", "Иван", "123", "глава", None])
    book.save(path)
    return path


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> ImportDialog:
    wizard = ImportDialog(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_a_file_is_mapped_checked_imported_and_the_bad_rows_saved(
    dialog: ImportDialog, configured_db: Database, tmp_path: Path, monkeypatch
) -> None:
    dialog.file_page.path.setText(str(small_file(tmp_path / "kniga.xlsx")))
    dialog.next()
    assert dialog.currentPage() is dialog.mapping_page
    combos = dialog.mapping_page.combos
    assert combos["account_number"].currentText() == "Лицевой счёт"
    assert combos["cattle_cows"].currentText() == "Коровы"
    assert combos["sex"].currentData() == ""  # not in the file

    dialog.next()
    page = dialog.preview_page
    assert dialog.currentPage() is page
    assert page.rows.rowCount() == 3
    report = [
        [page.report.item(r, c).text() for c in range(3)] for r in range(page.report.rowCount())
    ]
    assert report == [
        ["4", "ИИН", f"Leading zero restored: {int(SON_IIN)} → {SON_IIN}."],
        ["6", "ИИН", "An IIN has 12 digits."],
    ]
    assert "Ready to import: 2" in page.summary.text()
    assert household_search.search(configured_db, "Ахметов") == []  # nothing written yet

    dialog.next()  # Import
    assert dialog.currentPage() is dialog.result_page
    assert dialog.import_result is not None
    assert (dialog.import_result.households_created, dialog.import_result.members_added) == (1, 2)
    assert "Rows not imported: 1." in dialog.result_page.summary.text()
    assert [h.account_number for h in household_search.search(configured_db, "Ахметов")] == ["1"]

    saved = tmp_path / "to_fix.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    dialog.result_page.save_button.click()
    rows = list(load_workbook(saved).active.iter_rows(values_only=True))
    assert rows[0][-1] == "Problem"
    assert rows[1][:5] == ("2", "Аксу", "Петров", "Иван", "123")
    assert rows[1][-1] == "ИИН: An IIN has 12 digits."
    assert told and str(saved) in told[0]

    # The mapping is remembered for the next file with the same columns.
    signature = household_import.mapping_signature(dialog.table.headers)
    assert household_import.remembered_mapping(configured_db, signature)["iin"] == "ИИН"


def test_a_damaged_file_is_explained_and_nothing_happens(
    dialog: ImportDialog, tmp_path: Path, monkeypatch
) -> None:
    broken = tmp_path / "kniga.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    dialog.file_page.path.setText(str(broken))
    dialog.next()
    assert dialog.currentPage() is dialog.file_page
    assert told == [
        "The file cannot be read: it is damaged or is not a spreadsheet (.xlsx or .csv)."
    ]


def test_a_locked_database_imports_nothing_and_says_so(
    dialog: ImportDialog, configured_db: Database, tmp_path: Path, monkeypatch
) -> None:
    dialog.file_page.path.setText(str(small_file(tmp_path / "kniga.xlsx")))
    dialog.next()
    dialog.next()

    def locked(*_args: object) -> None:
        raise OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))

    monkeypatch.setattr(household_import, "run", locked)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    dialog.next()
    assert dialog.currentPage() is dialog.preview_page
    assert dialog.import_result is None
    assert told and told[0].startswith("The database is busy")
    assert household_search.search(configured_db, "Ахметов") == []


def test_a_book_with_its_locality_in_the_title_and_accounts_on_the_heads_rows(
    dialog: ImportDialog, configured_db: Database, tmp_path: Path
) -> None:
    from tests.books import person_rows

    book = person_rows(tmp_path / "books")
    dialog.file_page.path.setText(str(book.path))
    dialog.next()
    page = dialog.mapping_page
    assert page.locality.currentText() == "Ботақара"
    assert page.as_of.date().toPython() == dialog.ctx.today()
    dialog.next()
    preview = dialog.preview_page
    summary = preview.summary.text()
    assert f"{book.totals.households - 1} households" in summary
    assert "The file's totals row: land 41.11 ha" in summary
    lines = [preview.report.item(r, 2).text() for r in range(preview.report.rowCount())]
    assert "Row 5 belongs to personal account 0001." in lines
    assert "A totals row: skipped (its figures are compared)." in lines
    assert "Account number “5” read as 0005, like the others in the file." in lines
    dialog.next()
    assert dialog.import_result is not None
    assert dialog.import_result.households_created == book.totals.households - 1
