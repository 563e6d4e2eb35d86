"""The Application tab end to end: refusal notice, talon, the list, and a called queue ticket."""

from __future__ import annotations

import io
import uuid
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.actor import SYSTEM
from desktop.core.clock import FixedClock
from desktop.core.iin import make_iin
from desktop.printing.layout import date_time
from desktop.services import applications
from desktop.services import household_writer as households
from desktop.services.household_values import HouseholdData, MemberData
from desktop.ui.context import AppContext
from desktop.ui.hub import Hub
from desktop.ui.tabs.application_tab import ApplicationTab
from tests.ui.helpers import Printed, type_text

TUESDAY = datetime(2026, 11, 24, 10, 15)
IIN = make_iin(date(1980, 5, 17), "male", 42)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, clock: FixedClock) -> ApplicationTab:
    clock.set(TUESDAY)
    widget = ApplicationTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def _fill(tab: ApplicationTab, qtbot: QtBot, documents: tuple[str, ...]) -> None:
    tab.form.set_service(2)
    type_text(tab.form.number_edit, IIN)
    type_text(tab.form.surname_edit, "Серіков")
    type_text(tab.form.name_edit, "Асқар")
    tab.form.language_combo.setCurrentIndex(tab.form.language_combo.findData("kk"))
    qtbot.wait(20)  # let the layout place the rebuilt checklist before clicking it
    for code, box in tab.form.documents.items():
        if (code in documents) != box.isChecked():
            # on the indicator: a wide checkbox does not react to clicks right of its text
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_refusal_then_acceptance_print_the_notice_and_the_talon(
    tab: ApplicationTab,
    qtbot: QtBot,
    configured_db: Database,
    printed: Printed,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    _fill(tab, qtbot, ("id_card", "application"))
    assert list(tab.form.documents) == ["id_card", "application", "veterinary_passport"]
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1 and "Ветеринарный паспорт" in asked[0]  # names: Russian for English
    [notice] = printed
    assert (notice.kind, notice.language) == ("refusal", "kk")
    text = _text(notice.pdf())
    assert "Ауыл шаруашылығы жануарларының ветеринарлық паспорты" in text  # applicant: Kazakh
    assert "Серіков Асқар" in text
    [row] = tab.list.rows
    assert row.status == "refused"
    assert tab.form.number_edit.text() == ""  # the form is ready for the next person

    _fill(tab, qtbot, ("id_card", "application", "veterinary_passport"))
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1  # nothing missing, nothing asked
    talon = printed[-1]
    assert talon.kind == "talon" and talon.file_name == "talon-100-2026-0001.pdf"
    text = _text(talon.pdf())
    assert "100-2026-0001" in text
    ready = " ".join(date_time(datetime(2026, 11, 25, 10, 15), "kk").split())
    assert ready in text
    assert "100-2026-0001" in tab.message_label.text()

    # reprint from the list is marked as a copy
    [accepted] = [r for r in tab.list.rows if r.status == "accepted"]
    tab.list.select(accepted.id)
    qtbot.mouseClick(tab.reprint_button, Qt.MouseButton.LeftButton)
    copy = printed[-1]
    assert copy.kind == "talon" and copy.file_name.endswith("-copy.pdf")
    assert "КӨШІРМЕ" in _text(copy.pdf()).upper()


def test_invalid_iin_is_shown_live_and_blocks_acceptance(
    tab: ApplicationTab, qtbot: QtBot, printed: Printed
) -> None:
    type_text(tab.form.number_edit, IIN[:6])
    assert "6" in tab.form.number_status.text()
    tab.form.number_edit.clear()
    type_text(tab.form.number_edit, IIN[:11] + str((int(IIN[11]) + 1) % 10))
    assert "check digit" in tab.form.number_status.text()
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    assert printed == []
    assert "check digit" in tab.message_label.text()


def test_legal_entity_only_for_service_2(tab: ApplicationTab) -> None:
    tab.form.set_service(1)
    assert [tab.form.kind_combo.itemData(i) for i in range(tab.form.kind_combo.count())] == [
        "individual"
    ]
    assert not tab.form.organization_edit.isVisibleTo(tab)
    tab.form.set_service(2)
    tab.form.kind_combo.setCurrentIndex(tab.form.kind_combo.findData("legal_entity"))
    assert tab.form.organization_edit.isVisibleTo(tab)
    assert "registration_certificate" in tab.form.documents


def test_an_iin_in_the_household_book_fills_the_form(
    configured_db: Database, tab: ApplicationTab
) -> None:
    household = households.create_household(
        configured_db,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1), street="Әуезов көшесі", house="12"),
        MemberData("Серіков", "Асқар", "head", date(2010, 3, 1), patronymic="Бекұлы", iin=IIN),
        SYSTEM,
        TUESDAY.date(),
    )
    type_text(tab.form.number_edit, IIN)
    assert tab.form.surname_edit.text() == "Серіков"
    assert tab.form.patronymic_edit.text() == "Бекұлы"
    assert "Әуезов көшесі" in tab.form.address_edit.text()
    assert "0101" in tab.form.household_label.text()
    assert tab.form.prefill is not None and tab.form.prefill.household_id == household


def test_a_called_ticket_preselects_the_service_or_lists_ready_results(
    qtbot: QtBot, ctx: AppContext, hub: Hub
) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "queue")
    tab = ApplicationTab(ctx)
    tabs.addTab(tab, "applications")
    tabs.show()
    ticket = SimpleNamespace(id=uuid.uuid4(), purpose="hand_in_1", label="A-001")
    hub.ticket_called.emit(ticket)
    assert tabs.currentWidget() is tab
    assert tab.form.service() == 1
    assert tab.ticket_id == ticket.id
    assert tab.ticket_label.isVisibleTo(tab)

    hub.ticket_called.emit(SimpleNamespace(id=uuid.uuid4(), purpose="hand_in_2"))
    assert tab.form.service() == 2

    tabs.setCurrentIndex(0)
    hub.ticket_called.emit(SimpleNamespace(id=uuid.uuid4(), purpose="collect"))
    assert tabs.currentWidget() is tab
    assert tab.list.status_combo.currentData() == "ready"


def test_mark_ready_and_issue_from_the_list_and_overdue_in_red(
    qtbot: QtBot, configured_db: Database, tab: ApplicationTab, clock: FixedClock
) -> None:
    data = applications.ApplicationInput(
        2, "individual", IIN, "Серіков", "Асқар", documents_presented=("id_card", "application")
    )
    accepted = applications.submit(
        configured_db,
        applications.ApplicationInput(
            2,
            "individual",
            IIN,
            "Серіков",
            "Асқар",
            documents_presented=("id_card", "application", "veterinary_passport"),
        ),
        TUESDAY,
        SYSTEM,
    )
    applications.submit(configured_db, data, TUESDAY, SYSTEM)
    clock.set(datetime(2026, 11, 26, 9, 0))  # past the ready time
    tab.list.refresh()
    overdue = [i for i, row in enumerate(tab.list.rows) if row.overdue]
    assert [tab.list.rows[i].id for i in overdue] == [accepted.id]
    red = tab.list.model.index(overdue[0], 0).data(Qt.ItemDataRole.ForegroundRole)
    assert red.color().name() == "#b00020"

    # the result is a certificate: without one, Mark ready and Issue are closed and say why
    tab.list.select(accepted.id)
    assert not tab.ready_button.isEnabled() and not tab.issue_button.isEnabled()
    assert "Prepare certificate" in tab.ready_button.toolTip()
    assert tab.why_label.isVisibleTo(tab) and tab.why_label.text() == tab.ready_button.toolTip()
    assert tab.certificate_button.isEnabled() and tab.refuse_button.isEnabled()
    applications.mark_ready(configured_db, accepted.id, SYSTEM, datetime(2026, 11, 26, 9, 0))
    tab.list.refresh()
    tab.list.select(accepted.id)
    assert not tab.issue_button.isEnabled()
    assert "No certificate was prepared" in tab.issue_button.toolTip()
    assert tab.why_label.text() == tab.issue_button.toolTip()
