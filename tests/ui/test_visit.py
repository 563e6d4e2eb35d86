"""One visitor per service through the real window, in Kazakh and in Russian: a queue ticket,
the call from another tab (F5 on the Household book tab), the form filled from the book,
acceptance and the talon, the certificate, the collection the next day and the issue. Each
ticket ends finished with its outcome. A second test refuses an accepted application."""

from __future__ import annotations

import io
import uuid
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.clock import FixedClock
from desktop.core.iin import make_iin
from desktop.core.localtime import aware
from desktop.services import applications, household_writer, queue
from desktop.services.household_values import HouseholdData, MemberData
from desktop.ui.context import AppContext
from desktop.ui.dialogs.certificate_date_dialog import CertificateDateDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import Printed, type_text

HEAD_IIN = make_iin(date(1975, 4, 12), "male", 3)
WIFE_IIN = make_iin(date(1978, 9, 2), "female", 8)
TUESDAY = datetime(2026, 11, 24, 10, 15)
WEDNESDAY = datetime(2026, 11, 25, 10, 30)
CALLED = {"kk": "Шақырылды: %1", "ru": "Вызван: %1"}


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def household(configured_db: Database, clerk: Actor) -> uuid.UUID:
    found = household_writer.create_household(
        configured_db,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1), street="Әуезов", house="12"),
        MemberData("Шалқарбаев", "Ерлан", "head", date(2010, 3, 1), iin=HEAD_IIN),
        clerk,
        date(2026, 11, 1),
    )
    wife = MemberData("Шалқарбаева", "Гүлнар", "spouse", date(2010, 3, 1), iin=WIFE_IIN)
    household_writer.add_member(configured_db, found, wife, clerk, date(2026, 11, 1))
    household_writer.save_livestock(
        configured_db, found, date(2026, 7, 1), {"cattle_cows": 4}, clerk
    )
    return found


@pytest.fixture
def window(
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> MainWindow:
    """The main window in `language` (the tests' parameter), active, at 1366x768."""
    Translations().switch(language)
    monkeypatch.setattr(
        CertificateDateDialog, "ask", staticmethod(lambda parent, default, latest: (default, True))
    )
    # "Issue?" is answered with its default button: one press of Enter
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: args[-1]))
    clock.set(TUESDAY)
    made = MainWindow(ctx)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    made.activateWindow()
    assert QTest.qWaitForWindowActive(made)  # F5 is a shortcut of the active window
    return made


def take_ticket(window: MainWindow, qtbot: QtBot, purpose: str) -> None:
    window.tabs.setCurrentWidget(window.queue_tab)
    qtbot.mouseClick(window.queue_tab.issue_buttons[purpose], Qt.MouseButton.LeftButton)


def press_f5_on_the_book(window: MainWindow, qtbot: QtBot) -> None:
    window.tabs.setCurrentWidget(window.households_tab)
    window.households_tab.search_edit.setFocus()
    qtbot.keyClick(window.households_tab.search_edit, Qt.Key.Key_F5)


def open_card(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.tabs.setCurrentWidget(window.households_tab)
    tab = window.households_tab
    tab.search_edit.clear()
    type_text(tab.search_edit, text)
    tab.search_now()
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert tab.panel.card is not None


def tick_every_document(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.wait(20)  # let the layout place the checklist before clicking it
    for box in window.application_tab.form.documents.values():
        if not box.isChecked():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def outcomes(db: Database, day: datetime) -> list[tuple[str, str, str]]:
    return [(t.label, t.status, t.outcome) for t in queue.today(db, aware(day))]


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("service", [1, 2])
def test_one_visitor_from_ticket_to_issued_certificate(
    qtbot: QtBot,
    configured_db: Database,
    household: uuid.UUID,
    clock: FixedClock,
    printed: Printed,
    window: MainWindow,
    language: str,
    service: int,
) -> None:
    intake = window.application_tab
    letter = "A" if service == 1 else "B"

    # 10:15 the visitor takes a ticket; the clerk is on the Household book tab and presses F5
    take_ticket(window, qtbot, f"hand_in_{service}")
    press_f5_on_the_book(window, qtbot)
    assert window.tabs.currentWidget() is intake
    assert window.statusBar().currentMessage() == CALLED[language].replace("%1", f"{letter}-001")
    assert intake.form.service() == service and f"{letter}-001" in intake.ticket_label.text()

    # the form from the book: the card's button (service 1) or the surname offered (service 2)
    if service == 1:
        open_card(window, qtbot, "Шалқарбаев")
        qtbot.mouseClick(
            window.households_tab.panel.buttons["new_application"], Qt.MouseButton.LeftButton
        )
        assert window.tabs.currentWidget() is intake
    else:
        intake.form.surname_edit.setFocus()
        type_text(intake.form.surname_edit, "Шалқар")
        qtbot.waitUntil(lambda: bool(intake.form.people), timeout=3000)
        assert intake.form.completer.popup().isVisible()
        [head] = [line for line, p in intake.form.people.items() if p.iin == HEAD_IIN]
        assert head.startswith("Шалқарбаев Ерлан") and HEAD_IIN in head
        intake.form.completer.activated.emit(head)
        qtbot.waitUntil(lambda: intake.form.number_edit.text() == HEAD_IIN, timeout=3000)
    assert intake.form.number_edit.text() == HEAD_IIN
    assert (intake.form.surname_edit.text(), intake.form.name_edit.text()) == (
        "Шалқарбаев",
        "Ерлан",
    )
    assert f"{letter}-001" in intake.ticket_label.text()  # still serving the called visitor

    tick_every_document(window, qtbot)
    qtbot.mouseClick(intake.accept_button, Qt.MouseButton.LeftButton)
    assert printed.kinds() == ["ticket", "talon"]
    assert outcomes(configured_db, TUESDAY) == [(f"{letter}-001", "done", "accepted")]
    assert not intake.ticket_label.isVisibleTo(intake)
    [accepted] = applications.applications(configured_db, status="accepted")
    assert accepted.household_id == household

    # the certificate, prepared from the book
    intake.list.select(accepted.id)
    qtbot.mouseClick(intake.certificate_button, Qt.MouseButton.LeftButton)
    assert printed[-1].kind == "certificate"

    # the next day the visitor collects it through the queue
    clock.set(WEDNESDAY)
    take_ticket(window, qtbot, "collect")
    press_f5_on_the_book(window, qtbot)
    assert window.tabs.currentWidget() is intake
    assert intake.list.status_combo.currentData() == "ready"
    assert intake.list.call_filter_label.isVisibleTo(intake)
    intake.list.select(accepted.id)
    assert intake.issue_button.isEnabled()
    qtbot.mouseClick(intake.issue_button, Qt.MouseButton.LeftButton)
    assert applications.application(configured_db, accepted.id).status == "issued"
    assert outcomes(configured_db, WEDNESDAY) == [("C-001", "done", "issued")]
    assert queue.at_desk(configured_db, window.ctx.actor(), aware(WEDNESDAY)) is None

    # the next visitor: the list's filter set by the call is put back
    take_ticket(window, qtbot, f"hand_in_{service}")
    press_f5_on_the_book(window, qtbot)
    assert intake.list.status_combo.currentData() == ""
    assert not intake.list.call_filter_label.isVisibleTo(intake)
    assert intake.form.number_edit.text() == "" and intake.message_label.text() == ""


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_an_accepted_application_is_refused_with_a_reason_and_a_notice(
    qtbot: QtBot,
    configured_db: Database,
    household: uuid.UUID,
    clock: FixedClock,
    printed: Printed,
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
) -> None:
    intake = window.application_tab
    take_ticket(window, qtbot, "hand_in_1")
    press_f5_on_the_book(window, qtbot)

    # the wife applies: "Application for this person" on her member row
    open_card(window, qtbot, "Шалқарбаев")
    panel = window.households_tab.panel
    [row] = [
        r for r in range(panel.members.rowCount()) if panel.members.item(r, 2).text() == WIFE_IIN
    ]
    panel.members.selectRow(row)
    qtbot.mouseClick(panel.buttons["member_application"], Qt.MouseButton.LeftButton)
    assert intake.form.number_edit.text() == WIFE_IIN
    assert intake.form.name_edit.text() == "Гүлнар"
    tick_every_document(window, qtbot)
    qtbot.mouseClick(intake.accept_button, Qt.MouseButton.LeftButton)
    [accepted] = applications.applications(configured_db, status="accepted")

    # the next day, at collection, the clerk finds the service cannot be given
    clock.set(WEDNESDAY)
    take_ticket(window, qtbot, "collect")
    press_f5_on_the_book(window, qtbot)
    intake.list.show_status("accepted")
    intake.list.select(accepted.id)
    assert intake.refuse_button.isEnabled()
    reason = "шаруашылық кітабында жер учаскесі жоқ"
    monkeypatch.setattr(ReasonDialog, "ask", staticmethod(lambda *a, **k: (clock.today(), reason)))
    qtbot.mouseClick(intake.refuse_button, Qt.MouseButton.LeftButton)

    assert applications.application(configured_db, accepted.id).status == "refused"
    notice = printed[-1]
    assert notice.kind == "refusal"
    text = _text(notice.pdf())
    assert reason in text and str(accepted.registration_number) in text
    assert outcomes(configured_db, TUESDAY) == [("A-001", "done", "accepted")]
    assert outcomes(configured_db, WEDNESDAY) == [("C-001", "done", "refused")]
    assert not intake.refuse_button.isEnabled()
