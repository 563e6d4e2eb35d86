"""The Complaints tab through qtbot, in Kazakh and in Russian: an oral complaint registered with
its protocol and talon, the term extended once with the notice, the answer recorded; bad input
explained with the field focused; overdue complaints standing out; the two entry points."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.actor import Actor
from desktop.core.iin import make_iin
from desktop.services import applications, complaints, queue
from desktop.services.applications import ApplicationInput
from desktop.services.complaints import ComplaintInput
from desktop.ui.context import AppContext
from desktop.ui.dialogs.complaint_dialog import ComplaintDialog
from desktop.ui.dialogs.complaint_step_dialog import ComplaintStepDialog
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from desktop.ui.tabs.complaints_tab import OVERDUE, ComplaintsTab
from tests.ui.helpers import Printed, type_text, when_modal_opens

IIN = make_iin(date(1975, 4, 12), "male", 17)
SAVE = QDialogButtonBox.StandardButton.Save
WORDS = {  # what the tab says, per language
    "kk": {"title": "Шағымдар", "overdue": "МЕРЗІМІ ӨТКЕН", "text": "Шағымның мазмұнын жазыңыз."},
    "ru": {"title": "Жалобы", "overdue": "ПРОСРОЧЕНА", "text": "Запишите содержание жалобы."},
}


def _save(dialog: QWidget) -> None:
    assert isinstance(dialog, ComplaintDialog | ComplaintStepDialog)
    dialog.buttons.button(SAVE).click()


def _fill_complaint(dialog: QWidget, text: str) -> None:
    assert isinstance(dialog, ComplaintDialog)
    dialog.channel_combo.setCurrentIndex(1)  # orally, at reception
    for name, value in (("national_number", IIN), ("surname", "Серіков"), ("name", "Асқар")):
        dialog.edits[name].setFocus()
        type_text(dialog.edits[name], value)
    dialog.text_edit.setFocus()
    type_text(dialog.text_edit, text)


def _pdf_text(printed: Printed, index: int) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(printed[index].pdf()))
    return " ".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_oral_complaint_protocol_talon_extension_and_answer(
    qtbot: QtBot, ctx: AppContext, printed: Printed, language: str
) -> None:
    Translations().switch(language)
    tab = ComplaintsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()

    def refuse_then_fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        _save(dialog)  # nothing filled in: the channel is asked for first
        assert dialog.isVisible()
        assert dialog.focusWidget() is dialog.channel_combo, dialog.error_label.text()
        _fill_complaint(dialog, "")
        _save(dialog)  # no text
        assert dialog.error_label.text() == WORDS[language]["text"]
        assert dialog.focusWidget() is dialog.text_edit
        assert complaints.complaints(ctx.db, ctx.today()) == []  # nothing saved half way
        type_text(dialog.text_edit, "Анықтама уақытында берілмеді")
        _save(dialog)

    when_modal_opens(refuse_then_fill)
    tab.new_button.click()
    [row] = complaints.complaints(ctx.db, ctx.today())
    assert row.channel == "oral" and row.number == "100-2026-K0001"
    assert printed.kinds() == ["complaint-protocol", "complaint-talon"]
    talon = _pdf_text(printed, 1)
    for shown in (row.number, "Ахметова Г. С.", "10:00"):
        assert shown in talon
    assert tab.table.rowCount() == 1
    assert tab.selected() is not None and tab.selected().id == row.id  # type: ignore[union-attr]

    def extend(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintStepDialog)
        dialog.text_edit.setFocus()
        type_text(dialog.text_edit, "Бөлімнен мәлімет сұралды")
        _save(dialog)

    when_modal_opens(extend)
    tab.act("extend")
    assert printed.kinds()[-1] == "extension-notice"
    assert "Бөлімнен мәлімет сұралды" in _pdf_text(printed, -1)
    extended = complaints.complaint(ctx.db, row.id, ctx.today())
    assert extended.extended and extended.due_on == extended.extension_limit
    assert not tab.buttons["extend"].isEnabled()  # once only

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintStepDialog)
        dialog.justified_combo.setCurrentIndex(2)  # not justified
        dialog.summary_edit.setFocus()
        type_text(dialog.summary_edit, "Анықтама берілді")
        _save(dialog)

    when_modal_opens(answer)
    tab.act("answer")
    answered = complaints.complaint(ctx.db, row.id, ctx.today())
    assert (answered.status, answered.justified) == ("answered", False)
    assert [h.action for h in complaints.history(ctx.db, row.id)] == [
        "registered",
        "extended",
        "answered",
    ]
    assert "Ахметова Г. С." in tab.details.toPlainText()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_overdue_complaints_stand_out(
    qtbot: QtBot, ctx: AppContext, clerk: Actor, language: str
) -> None:
    old = ComplaintInput("written", "individual", IIN, "Серіков", "Асқар", "Жауап жоқ")
    complaints.register(ctx.db, old, datetime(2026, 9, 1, 10), clerk)
    complaints.register(ctx.db, old, ctx.now(), clerk)  # new: in time
    Translations().switch(language)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    tab = window.complaints_tab
    title = window.tabs.tabText(window.tabs.indexOf(tab))
    assert title == f"{WORDS[language]['title']} (1)"
    assert window.complaints_label.text() == tab.attention_text(short=True) != ""
    states = [tab.table.item(r, 5).text() for r in range(tab.table.rowCount())]
    overdue = states.index(WORDS[language]["overdue"])
    assert tab.table.item(overdue, 0).background().color() == OVERDUE
    assert tab.table.item(1 - overdue, 0).background().color() != OVERDUE
    tab.due_filter.setCurrentIndex(2)  # overdue only
    assert tab.table.rowCount() == 1
    tab.due_filter.setCurrentIndex(3)  # open ones due by a date
    assert tab.due_by_edit.isVisibleTo(tab)
    tab.due_by_edit.setDate(QDate(2026, 11, 30))
    assert tab.table.rowCount() == 1  # the old one; today's is due in December
    tab.due_by_edit.setDate(QDate(2027, 1, 31))
    assert tab.table.rowCount() == 2


def test_a_complaint_ticket_and_an_application_open_the_form(
    qtbot: QtBot, ctx: AppContext, clerk: Actor, printed: Printed
) -> None:
    tab = ComplaintsTab(ctx)
    qtbot.addWidget(tab)
    issued = queue.issue_ticket(ctx.db, "complaint", "kk", ctx.now(), clerk)
    seen: list[ComplaintDialog] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        seen.append(dialog)
        assert dialog.channel_combo.currentIndex() == 1  # in person: oral
        _fill_complaint(dialog, "Кезекте ұзақ күттім")
        dialog.channel_combo.setCurrentIndex(1)
        _save(dialog)

    when_modal_opens(fill)
    ctx.hub.ticket_called.emit(issued.ticket)
    [from_queue] = complaints.complaints(ctx.db, ctx.today())
    assert from_queue.ticket_id == issued.ticket.id

    person = ApplicationInput(1, "individual", IIN, "Серіков", "Асқар", language="ru")
    refused = applications.submit(ctx.db, person, ctx.now(), clerk)

    def about_application(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        assert dialog.edits["surname"].text() == "Серіков"
        assert dialog.language_combo.currentData() == "ru"
        dialog.channel_combo.setCurrentIndex(2)  # in writing
        type_text(dialog.text_edit, "Отказ без объяснения")
        _save(dialog)

    when_modal_opens(about_application)
    ctx.hub.complaint_requested.emit(refused.id)
    latest = complaints.complaints(ctx.db, ctx.today())[0]
    assert (latest.application_id, latest.channel, latest.language) == (
        refused.id,
        "written",
        "ru",
    )
    assert printed.kinds()[-1] == "complaint-talon"  # a written complaint has no protocol


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_tab_and_its_dialogs_fit_1366_by_720(
    qtbot: QtBot, ctx: AppContext, clerk: Actor, language: str
) -> None:
    complaint = ComplaintInput("oral", "individual", IIN, "Серіков", "Асқар", "Жауап жоқ")
    row = complaints.register(ctx.db, complaint, ctx.now(), clerk)
    Translations().switch(language)
    tab = ComplaintsTab(ctx)
    qtbot.addWidget(tab)
    widgets = [
        tab,
        ComplaintDialog(ctx, None, tab),
        *(ComplaintStepDialog(ctx, step, row, tab) for step in ("extend", "forward", "answer")),
    ]
    for widget in widgets:
        hint = widget.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 720 - 90, type(widget).__name__
