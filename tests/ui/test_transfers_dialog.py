"""Settings > Working calendar: decreed transfers, driven through qtbot.

The texts checked are the English sources: the dialog's Kazakh and Russian wait in
i18n/pending_transfers.tsv for the next `scripts/i18n.py update` and `fill`.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.services import calendar_transfers
from desktop.services.standard import working_calendar
from desktop.ui.context import AppContext
from desktop.ui.dialogs.transfers_dialog import BUNDLED, TransferForm, TransfersDialog
from desktop.ui.i18n import Translations
from tests.helpers import acting_as

SATURDAY = date(2026, 11, 28)
DECREE = "Постановление Правительства РК от 1 октября 2026 года № 800"


def _fill(day: date, kind: str, basis: str, note: str = ""):
    """An exec() for TransferForm that types the fields, presses Save and closes if it saved."""

    def exec_(form: TransferForm) -> int:
        form.day_edit.setDate(QDate(day.year, day.month, day.day))
        form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind))
        form.basis_edit.setText(basis)
        form.note_edit.setText(note)
        form.buttons.accepted.emit()
        exec_.error = form.error_label.text()  # type: ignore[attr-defined]
        return form.result()

    return exec_


def test_the_bundled_entries_are_listed_grey_and_cannot_be_removed(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = TransfersDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Working calendar: decreed transfers"
    assert dialog.table.rowCount() == 6
    assert dialog.table.item(0, 0).foreground().color() == BUNDLED
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(told) == 1 and told[0].startswith("This entry comes with the program")
    assert dialog.table.rowCount() == 6


@pytest.mark.parametrize(
    ("language", "basis", "note"),
    [
        ("kk", "ҚР Үкіметінің қаулысы", "Демалыс 2023-07-01 сенбіден ауыстырылды."),
        ("ru", "Постановление Правительства РК", "Выходной перенесён с субботы 2023-07-01."),
    ],
)
def test_the_bundled_decrees_and_notes_are_in_the_ui_language(
    qtbot: QtBot, ctx: AppContext, language: str, basis: str, note: str
) -> None:
    Translations().switch(language)
    dialog = TransfersDialog(ctx)
    qtbot.addWidget(dialog)
    row = dialog.row_of(date(2023, 7, 7), "bundled")
    assert dialog.table.item(row, 2).text().startswith(basis)
    assert dialog.table.item(row, 3).text() == note


def test_add_then_remove_a_decreed_working_saturday(
    qtbot: QtBot, configured_db: Database, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.user = acting_as(ctx.actor(), "administrator")  # the calendar is theirs
    dialog = TransfersDialog(ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(TransferForm, "exec", _fill(SATURDAY, "working_day", DECREE, "сенбі"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert working_calendar(configured_db).is_working_day(SATURDAY)
    row = dialog.row_of(SATURDAY)
    assert dialog.table.currentRow() == row
    assert dialog.table.rowCount() == 7
    assert dialog.table.item(row, 1).text() == "Working day"
    assert dialog.table.item(row, 2).text() == DECREE
    assert dialog.table.item(row, 4).text() == "The office"
    assert dialog.table.item(row, 0).foreground().color() != BUNDLED

    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert calendar_transfers.office_transfers(configured_db) != []  # "No" keeps it
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and DECREE in asked[1]
    assert calendar_transfers.office_transfers(configured_db) == []
    assert dialog.table.rowCount() == 6
    assert not working_calendar(configured_db).is_working_day(SATURDAY)


@pytest.mark.parametrize(
    ("day", "kind", "basis", "message"),
    [
        (SATURDAY, "working_day", "", "Name the decree that makes the transfer."),
        (
            date(2026, 11, 25),
            "working_day",
            DECREE,
            "A working day can only be decreed on a Saturday, a Sunday or a public holiday.",
        ),
        (SATURDAY, "day_off", DECREE, "A day off can only be decreed on a working weekday."),
    ],
)
def test_the_form_refuses_with_a_message_in_the_ui_language(
    qtbot: QtBot,
    configured_db: Database,
    ctx: AppContext,
    day: date,
    kind: str,
    basis: str,
    message: str,
) -> None:
    ctx.user = acting_as(ctx.actor(), "administrator")  # the calendar is theirs
    form = TransferForm(ctx)
    qtbot.addWidget(form)
    fill = _fill(day, kind, basis)
    assert fill(form) != QDialog.DialogCode.Accepted
    assert fill.error == message  # type: ignore[attr-defined]
    assert calendar_transfers.office_transfers(configured_db) == []
