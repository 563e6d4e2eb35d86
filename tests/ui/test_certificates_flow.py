"""Certificates in the Application tab (prepare, issue, copy) and the Verify dialog."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.models import Application
from desktop.core.actor import SYSTEM
from desktop.core.clock import FixedClock
from desktop.core.iin import make_iin
from desktop.core.localtime import aware
from desktop.core.periods import Period
from desktop.services import applications, certificates, reports, verification
from desktop.services import household_writer as households
from desktop.services.applications import ApplicationInput
from desktop.services.household_values import HouseholdData, MemberData
from desktop.ui.context import AppContext
from desktop.ui.dialogs.certificate_date_dialog import CertificateDateDialog
from desktop.ui.dialogs.survey_dialog import NO, YES
from desktop.ui.dialogs.verify_dialog import VerifyDialog
from desktop.ui.tabs.application_tab import ApplicationTab
from tests.ui.helpers import Printed

TUESDAY = datetime(2026, 11, 24, 10, 15)
WEDNESDAY = datetime(2026, 11, 25, 11, 0)
WEDNESDAY_AT = aware(WEDNESDAY)
IIN = make_iin(date(1980, 5, 17), "male", 42)


@pytest.fixture
def as_of(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """The date the clerk picks (the first default offered is recorded)."""
    offered: list[date] = []

    def ask(parent: Any, default: date, latest: date) -> tuple[date, bool]:
        offered.append(default)
        return default, True

    monkeypatch.setattr(CertificateDateDialog, "ask", ask)
    return offered


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, clock: FixedClock) -> ApplicationTab:
    clock.set(TUESDAY)
    widget = ApplicationTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def _accepted(db: Database) -> Any:
    data = ApplicationInput(
        service=1,
        applicant_kind="individual",
        national_number=IIN,
        surname="Серіков",
        name="Асқар",
        language="kk",
        documents_presented=("id_card", "application"),
    )
    return applications.submit(db, data, TUESDAY, SYSTEM).id


def test_prepare_certificate_1_then_issue_it_and_print_a_copy(
    tab: ApplicationTab,
    qtbot: QtBot,
    configured_db: Database,
    printed: Printed,
    as_of: list[date],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    households.create_household(
        configured_db,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1), book_number="3"),
        MemberData("Серіков", "Асқар", "head", date(2010, 3, 1), iin=IIN),
        SYSTEM,
        TUESDAY.date(),
    )
    application_id = _accepted(configured_db)
    tab.list.refresh()
    tab.list.select(application_id)
    assert tab.certificate_button.isEnabled() and not tab.certificate_copy_button.isEnabled()
    qtbot.mouseClick(tab.certificate_button, Qt.MouseButton.LeftButton)

    assert as_of == [date(2026, 11, 24)]  # the application's date by default
    [shown] = printed
    assert shown.kind == "certificate" and shown.file_name == "certificate-100-2026-C0001.pdf"
    pdf = shown.pdf()
    assert pdf.startswith(b"%PDF")
    assert "100-2026-C0001" in tab.message_label.text()
    row = applications.application(configured_db, application_id)
    assert row.status == "ready"

    clock.set(WEDNESDAY)
    tab.list.select(application_id)
    assert tab.issue_button.isEnabled() and tab.certificate_copy_button.isEnabled()
    asked: list[tuple[Any, ...]] = []

    def question(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args)
        return QMessageBox.StandardButton.No if len(asked) == 1 else args[-1]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)  # No: nothing happens
    assert applications.application(configured_db, application_id).status == "ready"
    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)  # Enter: the default, Yes
    assert asked[-1][-1] == QMessageBox.StandardButton.Yes
    row = applications.application(configured_db, application_id)
    assert row.status == "issued" and row.issued_at == WEDNESDAY
    with configured_db.read() as session:
        assert session.get(Application, application_id).issued_by == "Ахметова Г. С."

    # the short survey at collection opens beside the tab: two answers, the rest skipped
    survey = tab.survey
    assert survey.isVisible()
    survey.groups["process"].button(YES).click()
    survey.groups["politeness"].button(NO).click()
    survey.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not survey.isVisible()
    answered = reports.build_report(configured_db, Period.day(WEDNESDAY.date()), WEDNESDAY_AT)
    assert (answered.surveys, answered.value("2.1").part, answered.value("5.1").part) == (1, 1, 0)
    assert answered.value("3.1").status == "no_data"

    tab.list.select(application_id)
    qtbot.mouseClick(tab.certificate_copy_button, Qt.MouseButton.LeftButton)
    reprint = printed[-1]
    assert reprint.kind == "certificate" and reprint.file_name.endswith("-copy.pdf")
    copy = reprint.pdf()
    assert copy != pdf

    certificate = certificates.for_application(configured_db, application_id)
    assert certificate is not None
    assert verification.verify(configured_db, certificate.payload).valid
    # the payload is read back from the printed PDF
    assert verification.verify(configured_db, pdf).valid
    assert verification.verify(configured_db, copy).valid


def test_no_household_is_explained_and_nothing_changes(
    tab: ApplicationTab,
    qtbot: QtBot,
    configured_db: Database,
    printed: Printed,
    as_of: list[date],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *args: warned.append(text)
    )
    application_id = _accepted(configured_db)
    tab.list.refresh()
    tab.list.select(application_id)
    qtbot.mouseClick(tab.certificate_button, Qt.MouseButton.LeftButton)
    assert printed == []
    assert len(warned) == 1 and "Household book" in warned[0]
    assert applications.application(configured_db, application_id).status == "accepted"


def test_the_verify_dialog_shows_the_verdict_in_colour(
    qtbot: QtBot, configured_db: Database, as_of: list[date], ctx: AppContext
) -> None:
    households.create_household(
        configured_db,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1)),
        MemberData("Серіков", "Асқар", "head", date(2010, 3, 1), iin=IIN),
        SYSTEM,
        TUESDAY.date(),
    )
    application_id = _accepted(configured_db)
    row = certificates.prepare(configured_db, application_id, date(2026, 11, 24), SYSTEM, TUESDAY)
    dialog = VerifyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.payload_edit.setPlainText(row.payload)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.verdict is not None and dialog.verdict.status == "valid"
    assert "#1b6e20" in dialog.result_label.styleSheet()
    assert dialog.detail_labels["number"][1].text() == "100-2026-C0001"
    assert "2026" in dialog.detail_labels["issued_on"][1].text()
    # the signed content, to compare with the paper
    assert dialog.detail_labels["holder"][1].text() == "Серіков Асқар"
    assert dialog.detail_labels["national_number"][1].text() == IIN

    changed = "A" if row.payload[-30] != "A" else "B"  # a character of the signature
    dialog.check(row.payload[:-30] + changed + row.payload[-29:])
    assert dialog.verdict.status == "forged"
    assert "holder" not in dialog.detail_labels  # a forged code's content is not shown
    assert "#b00020" in dialog.result_label.styleSheet()
    dialog.check("")
    assert dialog.verdict.status == "malformed"


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(
    ("language", "words"),
    [("kk", ("2026 ж. 24 қараша", "Баптаулар")), ("ru", ("24 ноября 2026 г.", "Настройки"))],
)
def test_a_revoked_key_says_when_and_how_to_make_a_new_one(
    language: str, words: tuple[str, str]
) -> None:
    from desktop.core.localtime import aware
    from desktop.services.certificates import CertificateError
    from desktop.ui import certificate_texts
    from desktop.ui.i18n import Translations

    Translations().switch(language)
    error = CertificateError("revoked_key", key_id="0" * 16, revoked_at=aware(TUESDAY))
    text = " ".join(certificate_texts.message(error, language).split())
    assert all(" ".join(word.split()) in text for word in words), text
