"""Every tab and dialog in Kazakh and in Russian, and again after switching the language live.

The main window with each tab and the household card, every dialog, the waiting-room display,
the progress dialog and the message boxes the tabs raise are opened in one language, checked,
switched live to the other through the Language menu and checked again: no visible text may
be English or in the other language (see visible_texts.Catalogue). A text left behind by a
switch counts as the other language.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.clock import FixedClock
from desktop.core.iin import make_iin
from desktop.core.spreadsheet import SpreadsheetError
from desktop.printing.samples import sample_document
from desktop.services import (
    applications,
    backups,
    certificates,
    complaints,
    household_writer,
    households,
    queue,
    reports,
)
from desktop.services.applications import ApplicationInput
from desktop.services.complaints import ComplaintInput
from desktop.services.household_values import HouseholdData, MemberData, PlotData
from desktop.ui import errors
from desktop.ui.context import AppContext
from desktop.ui.dialogs import pdf_preview
from desktop.ui.dialogs.accounts_dialog import AccountForm, AccountsDialog, PasswordForm
from desktop.ui.dialogs.application_correction_dialog import ApplicationCorrectionDialog
from desktop.ui.dialogs.audit_dialog import AuditDialog
from desktop.ui.dialogs.backups_dialog import BackupsDialog
from desktop.ui.dialogs.certificate_date_dialog import CertificateDateDialog
from desktop.ui.dialogs.complaint_dialog import ComplaintDialog
from desktop.ui.dialogs.complaint_settings_dialog import ComplaintSettingsDialog
from desktop.ui.dialogs.complaint_step_dialog import ComplaintStepDialog
from desktop.ui.dialogs.corrections_dialog import CorrectionsDialog
from desktop.ui.dialogs.household_dialog import HouseholdDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.livestock_dialog import LivestockDialog
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.lost_database_dialog import LostDatabaseDialog
from desktop.ui.dialogs.member_dialog import MemberDialog
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.dialogs.personal_data_dialog import PersonalDataDialog
from desktop.ui.dialogs.plot_dialog import PlotDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.dialogs.setup_dialog import SetupDialog
from desktop.ui.dialogs.survey_dialog import SurveyDialog
from desktop.ui.dialogs.transfers_dialog import TransferForm, TransfersDialog
from desktop.ui.dialogs.verify_dialog import VerifyDialog
from desktop.ui.dialogs.visit_end_dialog import VisitEndDialog
from desktop.ui.i18n import Translations
from desktop.ui.lock_wait import LockWaitDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.queue_display import QueueDisplay
from desktop.ui.tabs.reports_tab import RecordsDialog
from desktop.ui.tasks import ProgressDialog
from tests.ui.helpers import Told
from tests.ui.visible_texts import Catalogue, Shown, plain, visible_texts

IIN = make_iin(date(1975, 4, 12), "male", 17)
TUESDAY = datetime(2026, 11, 24, 10, 15)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue()


@pytest.fixture
def household(configured_db: Database, clerk: Actor, clock: FixedClock) -> uuid.UUID:
    """A day's worth of records, so that tables, the card and the lists show what they show."""
    db, today = configured_db, clock.today()
    found = household_writer.create_household(
        db,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1), street="Әуезов көшесі", house="12"),
        MemberData("Шалқарбаев", "Ерлан", "head", date(2010, 3, 1), iin=IIN),
        clerk,
        today,
    )
    son = MemberData("Шалқарбаев", "Дәулет", "son", date(2012, 5, 1), sex="male")
    household_writer.add_member(db, found, son, clerk, today)
    household_writer.add_plot(db, found, PlotData("garden", Decimal("0.15")), clerk)
    counts = {"cattle_cows": 4, "sheep": 12}
    household_writer.save_livestock(db, found, date(2026, 1, 1), counts, clerk)
    for purpose in ("hand_in_1", "collect"):
        queue.issue_ticket(db, purpose, "kk", clock.now(), clerk)
    person = ApplicationInput(1, "individual", IIN, "Шалқарбаев", "Ерлан", language="kk")
    applications.submit(db, person, TUESDAY, clerk)  # refused: no documents
    documents = ("id_card", "application")
    accepted = applications.submit(
        db, replace(person, documents_presented=documents), TUESDAY, clerk
    )
    certificates.prepare(db, accepted.id, date(2026, 11, 24), clerk, TUESDAY)
    complaint = ComplaintInput("oral", "individual", IIN, "Шалқарбаев", "Ерлан", "Кешіктірді")
    late = complaints.register(db, complaint, datetime(2026, 10, 1, 10), clerk)  # overdue
    complaints.extend(db, late.id, "Мәлімет сұралды", datetime(2026, 10, 2, 10), clerk)
    complaints.register(db, complaint, TUESDAY, clerk)
    return found


def open_dialogs(window: MainWindow, household: uuid.UUID) -> list[QWidget]:
    ctx = window.ctx
    card = households.card(ctx.db, household, ctx.today())
    complaint = complaints.complaints(ctx.db, ctx.today())[0]
    tab = window.households_tab
    verify = VerifyDialog(ctx, window)
    [certificate] = [
        c
        for a in applications.applications(ctx.db)
        if (c := certificates.for_application(ctx.db, a.id)) is not None
    ]
    verify.check(certificate.payload)
    window.reports_tab.compute()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its progress dialog
    report = window.reports_tab.report
    assert report is not None
    records = reports.records_behind(ctx.db, "2.2", report.period, report.made_at)
    backups.take_backup(ctx.db, ctx.now(), backups.backup_folder(ctx.db), 10)  # to preview
    progress = ProgressDialog(window.tr("Adding demo households…"), True, window)
    progress.request_cancel()  # shows "Stopping…"
    dialogs: list[QWidget] = [
        SetupDialog(ctx, window),
        CorrectionsDialog(ctx, window),
        TransfersDialog(ctx, window),
        TransferForm(ctx, window),
        verify,
        MemberDialog(ctx, household, None, window),
        MemberDialog(ctx, household, card.members[0], window),
        PlotDialog(ctx, household, None, window),
        PlotDialog(ctx, household, card.plots[0], window),
        LivestockDialog(ctx, household, parent=window),
        HouseholdDialog(ctx, None, window),
        HouseholdDialog(ctx, card, window),
        ReasonDialog(
            lambda: tab.tr("Close the household"),
            lambda: tab.tr(
                "The household stays in the book's history. Why and from when is it closed?"
            ),
            ctx.today(),
            True,
            window,
        ),
        CertificateDateDialog(ctx.today(), ctx.today(), window),
        ComplaintDialog(ctx, None, window),
        ComplaintSettingsDialog(ctx, window),
        *(
            ComplaintStepDialog(ctx, step, complaint, window)
            for step in ("extend", "forward", "answer")
        ),
        ImportDialog(ctx, window),
        PdfPreviewDialog(sample_document("talon", ctx.names_language), ctx, window),
        QueueDisplay(ctx, window),
        VisitEndDialog(queue.today(ctx.db, ctx.now())[0], window),
        RecordsDialog(ctx, report.value("2.2"), records, window, lambda: records),
        SurveyDialog(ctx, certificate.application_id, "kk", window),
        ApplicationCorrectionDialog(ctx, certificate.application_id, window),
        BackupsDialog(ctx, window),
        LostDatabaseDialog(Path(ctx.db.location), backups.backup_folder(ctx.db), ctx.clock, window),
        AuditDialog(ctx, window),
        PersonalDataDialog(ctx, window),
        progress,
        LockWaitDialog(window),
        LoginDialog(ctx, window),
        LoginDialog(ctx, window, locked=ctx.actor()),  # the lock screen
        AccountsDialog(ctx, window),
        AccountForm(ctx, window),
        PasswordForm(ctx, None, window),
    ]
    for dialog in dialogs:
        dialog.show()
    return dialogs


def show_every_tab(window: MainWindow, household: uuid.UUID) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    window.households_tab.open_household(household)
    sections = window.households_tab.panel.sections
    for index in range(sections.count()):
        sections.setCurrentIndex(index)


def raise_messages(
    window: MainWindow, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, boxes: Told
) -> list[Shown]:
    """The message boxes the tabs raise (captured, answered No), as shown texts."""
    told: list[Shown] = []

    def record(kind: str, answer: object = None):  # type: ignore[no-untyped-def]
        def box(_parent: object, title: str, text: str, *rest: object) -> object:
            told.extend([Shown(f"{kind} title", title), Shown(f"{kind} text", text)])
            return answer

        return box

    for kind in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    first_box = len(boxes)
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.No))
    monkeypatch.setattr(ReasonDialog, "ask", lambda *a, **k: (clock.today(), "көшті"))
    window.remove_demo()
    window.about()
    errors.show_error(
        window, OperationalError("", {}, sqlite3.OperationalError("database is locked"))
    )
    errors.show_error(window, ValueError("ошибка"))
    moment = clock.now()
    clock.set(datetime(2026, 11, 25, 13, 20))  # lunch: the queue is closed
    window.queue_tab.issue("hand_in_1")
    clock.set(moment)
    panel = window.households_tab.panel
    panel.members.selectRow(0)  # the head: cannot be removed
    panel.buttons["remove_member"].click()
    window.application_tab.confirm_refusal(["—"])
    window.complaints_tab.table.selectRow(0)
    window.complaints_tab.act("close")  # the confirmation asked (answered No)
    ImportDialog(window.ctx, window).show_error(SpreadsheetError("empty", "no rows"))
    told += [
        Shown(f"message {n}", t)
        for title, text, _ in boxes[first_box:]
        for n, t in ((0, title), (1, text))
    ]
    return [Shown(s.where, plain(s.text)) for s in told if s.text]


def problems(
    catalogue: Catalogue, language: str, widgets: list[QWidget], messages: list[Shown]
) -> list[str]:
    shown = [text for widget in widgets for text in visible_texts(widget)]
    assert len(shown) > 400  # the sweep sees what it should
    return catalogue.problems(language, [*shown, *messages])


@pytest.mark.parametrize("first", ["kk", "ru"])
def test_every_tab_and_dialog_speaks_the_ui_language_also_after_a_live_switch(
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    household: uuid.UUID,
    catalogue: Catalogue,
    monkeypatch: pytest.MonkeyPatch,
    told: Told,
    first: str,
) -> None:
    second = "ru" if first == "kk" else "kk"
    # Printer names are the computer's own (a test spooler's queue is "AuylPDF"): data, like
    # the households' names, so the preview's printer list shows a name an office might give.
    monkeypatch.setattr(pdf_preview, "available_printer_names", lambda: ["Кеңсе принтері"])
    Translations().switch(first)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    show_every_tab(window, household)
    dialogs = open_dialogs(window, household)
    widgets = [window, *dialogs]
    found = problems(catalogue, first, widgets, raise_messages(window, clock, monkeypatch, told))
    assert not found, f"in {first}:\n" + "\n".join(found)

    window.language_actions[second].trigger()  # live, through the Language menu
    found = problems(catalogue, second, widgets, raise_messages(window, clock, monkeypatch, told))
    assert not found, f"after switching to {second}:\n" + "\n".join(found)
    for dialog in dialogs:
        dialog.close()
