"""A clerk's morning across the tabs: ticket -> application -> talon -> certificate -> issued."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.actor import SYSTEM
from desktop.core.clock import FixedClock
from desktop.core.iin import make_iin
from desktop.services import applications, household_writer, verification
from desktop.services.household_values import HouseholdData, MemberData
from desktop.ui.context import AppContext
from desktop.ui.dialogs.certificate_date_dialog import CertificateDateDialog
from desktop.ui.tabs.application_tab import ApplicationTab
from desktop.ui.tabs.queue_tab import QueueTab
from tests.ui.helpers import Printed, type_text

IIN = make_iin(date(1975, 4, 12), "male", 3)


def test_a_morning_from_ticket_to_issued_certificate(
    qtbot: QtBot,
    configured_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    ctx: AppContext,
    clock: FixedClock,
    printed: Printed,
) -> None:
    monkeypatch.setattr(
        CertificateDateDialog, "ask", staticmethod(lambda parent, default, latest: (default, True))
    )
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: yes))  # issue?
    household = household_writer.create_household(
        configured_db,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1), book_number="3"),
        MemberData("Шалқарбаев", "Ерлан", "head", date(2010, 3, 1), iin=IIN),
        SYSTEM,
        date(2026, 11, 24),
    )
    household_writer.save_livestock(
        configured_db, household, date(2026, 7, 1), {"cattle_cows": 4}, SYSTEM
    )

    clock.set(datetime(2026, 11, 24, 10, 15))  # a Tuesday
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    queue = QueueTab(ctx)
    intake = ApplicationTab(ctx)
    tabs.addTab(queue, "queue")
    tabs.addTab(intake, "applications")
    tabs.resize(1366, 760)
    tabs.show()

    # 10:15 the applicant takes a ticket to hand in documents for service 2 and is called
    qtbot.mouseClick(queue.issue_buttons["hand_in_2"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(queue.call_button, Qt.MouseButton.LeftButton)
    assert tabs.currentWidget() is intake and intake.form.service() == 2

    # the IIN is in the household book: the form fills itself; all documents are there
    type_text(intake.form.number_edit, IIN)
    assert intake.form.surname_edit.text() == "Шалқарбаев"
    qtbot.wait(20)
    for box in intake.form.documents.values():
        if not box.isChecked():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(intake.accept_button, Qt.MouseButton.LeftButton)
    assert printed.kinds() == ["ticket", "talon"]
    [accepted] = applications.applications(configured_db, status="accepted")
    assert accepted.ready_due_at == datetime(2026, 11, 25, 10, 15)  # the next working day

    # the certificate is prepared from the book as of the application date
    intake.list.refresh()
    intake.list.select(accepted.id)
    qtbot.mouseClick(intake.certificate_button, Qt.MouseButton.LeftButton)
    assert printed[-1].kind == "certificate"
    certificate_pdf = printed[-1].pdf()

    # next day the applicant collects it through the queue
    clock.set(datetime(2026, 11, 25, 10, 30))
    tabs.setCurrentWidget(queue)
    qtbot.mouseClick(queue.issue_buttons["collect"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(queue.call_button, Qt.MouseButton.LeftButton)
    assert tabs.currentWidget() is intake
    assert intake.list.status_combo.currentData() == "ready"
    intake.list.select(accepted.id)
    qtbot.mouseClick(intake.issue_button, Qt.MouseButton.LeftButton)
    issued = applications.application(configured_db, accepted.id)
    assert issued.status == "issued" and issued.issued_at == datetime(2026, 11, 25, 10, 30)

    verdict: Any = verification.verify(configured_db, certificate_pdf)
    assert verdict.valid
