"""Each fault a clerk met in silence now ends in a message that says what to do, driven through
the real widgets: a full disk, a read-only database, a database another program holds, a plot
area typed as `nan`, a certificate too long for its page, a PDF the reader cannot read."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select, text

from db import engine as db_engine
from db.engine import Database
from db.models import Application, Certificate, Member, QueueTicket
from desktop.core.actor import SYSTEM
from desktop.core.clock import FixedClock
from desktop.core.iin import make_iin
from desktop.services import applications, certificates
from desktop.services import household_writer as households
from desktop.services import households as book
from desktop.services.applications import ApplicationInput
from desktop.services.household_values import HouseholdData, MemberData
from desktop.ui import database_texts, errors, lock_wait
from desktop.ui.certificate_texts import MESSAGES as MESSAGES_OF_CERTIFICATES
from desktop.ui.context import AppContext
from desktop.ui.dialogs.certificate_date_dialog import CertificateDateDialog
from desktop.ui.dialogs.plot_dialog import PlotDialog
from desktop.ui.dialogs.verify_dialog import VerifyDialog
from desktop.ui.errors import MESSAGES, user_action
from desktop.ui.hub import Hub
from desktop.ui.i18n import Translations
from desktop.ui.tabs.application_tab import ApplicationTab
from desktop.ui.tabs.queue_tab import QueueTab
from desktop.ui.tasks import Task
from tests.ui.helpers import Printed, Told
from tests.ui.test_application_tab import TUESDAY
from tests.ui.test_application_tab import _fill as fill_the_form

IIN = make_iin(date(1980, 5, 17), "male", 42)


def _tickets(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(QueueTicket)) or 0)


def _queue_tab(qtbot: QtBot, ctx: AppContext) -> QueueTab:
    tab = QueueTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _issue_a_ticket(qtbot: QtBot, ctx: AppContext) -> None:
    tab = _queue_tab(qtbot, ctx)
    qtbot.mouseClick(tab.issue_buttons["hand_in_1"], Qt.MouseButton.LeftButton)


# ---- the database cannot take the write ----------------------------------------------------------


def test_a_full_disk_says_free_space_and_issues_nothing(
    qtbot: QtBot, ctx: AppContext, told: Told, printed: Printed
) -> None:
    """The disk fills up as the ticket is written: SQLite's own "full" (the file may not grow
    past its pages, and the write needs more), met inside the service's transaction."""
    db = ctx.db
    with db.engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE filler (x BLOB)")
        connection.commit()
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(db.engine, "before_cursor_execute")
    def disk_fills_up(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("INSERT INTO queue_tickets"):
            cursor.execute(f"PRAGMA max_page_count={pages}")
            cursor.execute("INSERT INTO filler VALUES (randomblob(1000000))")

    before = _tickets(db)
    _issue_a_ticket(qtbot, ctx)

    assert told.texts() == [MESSAGES["full"]]
    assert printed == [] and _tickets(db) == before


@pytest.fixture
def read_only_ctx(
    request: pytest.FixtureRequest,
    db_path: Path,
    ctx: AppContext,
    hub: Hub,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[AppContext]:
    """The office's file is read-only (its mode, or opened as SQLite opens a 0444 file)."""
    ctx.db.dispose()
    if request.param == "file mode":
        if os.geteuid() == 0:
            pytest.skip("the administrator writes a read-only file anyway")
        db_path.chmod(0o444)
        db = Database(db_path)
    else:  # (the engine makes the URL's folder, relative "file:/...": in the test's folder)
        monkeypatch.chdir(db_path.parent)
        db = Database(f"sqlite:///file:{db_path}?mode=ro&uri=true")
    yield AppContext(db, hub, clock, presenter=ctx.presenter, user=ctx.user)
    db.dispose()
    db_path.chmod(0o644)


@pytest.mark.parametrize("read_only_ctx", ["file mode", "opened read-only"], indirect=True)
def test_a_read_only_database_says_cannot_write_not_full(
    qtbot: QtBot, read_only_ctx: AppContext, told: Told, printed: Printed
) -> None:
    _issue_a_ticket(qtbot, read_only_ctx)
    assert told.texts() == [MESSAGES["read_only"]]
    assert printed == [] and _tickets(read_only_ctx.db) == 0


def test_a_database_held_by_another_writer_says_busy_not_damaged(
    qtbot: QtBot,
    db_path: Path,
    ctx: AppContext,
    hub: Hub,
    clock: FixedClock,
    told: Told,
    printed: Printed,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another program holds the write lock a second longer than the window waits for it (a
    short limit here; desktop/ui/lock_wait.py): the ticket is not issued and the clerk is told
    to wait. (The command line's wait, the engine's own: tests/test_cli_faults.py.)"""
    limit = 0.3
    monkeypatch.setattr(lock_wait, "LIMIT_S", limit)
    db = Database(db_path)
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(limit + 1, other.rollback)  # held past the limit
    release.start()
    try:
        _issue_a_ticket(qtbot, AppContext(db, hub, clock, presenter=ctx.presenter, user=ctx.user))
        assert release.is_alive()  # still held when the message came
    finally:
        release.cancel()
        other.rollback()
        other.close()
    assert told.texts() == [MESSAGES["busy"]]
    assert "backup" not in told.texts()[0]
    assert printed == [] and _tickets(db) == 0
    db.dispose()


# ---- what the clerk typed or asked for cannot be done --------------------------------------------


def test_a_plot_area_typed_as_nan_is_refused_with_a_message(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    household = households.create_household(
        ctx.db,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1)),
        MemberData("Серіков", "Асқар", "head", date(2010, 3, 1), iin=IIN),
        SYSTEM,
        clock.today(),
    )
    dialog = PlotDialog(ctx, household)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.area.setText("nan")
    saved: list[bool] = []
    monkeypatch.setattr(dialog, "done", lambda result: saved.append(bool(result)))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert saved == [] and dialog.error_label.text()
    assert dialog.focusWidget() is dialog.area
    assert book.card(ctx.db, household, clock.today()).plots == ()


def test_a_pdf_the_reader_does_not_support_is_unreadable_in_verify(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: Told
) -> None:
    """An encryption pypdf does not implement (it raises NotImplementedError) is a verdict."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("", algorithm="RC4-128")
    path = tmp_path / "certificate.pdf"
    with path.open("wb") as file:
        writer.write(file)
    path.write_bytes(path.read_bytes().replace(b"/V 2", b"/V 7"))  # a version pypdf lacks
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(path), "*.pdf"))
    )
    dialog = VerifyDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert told == []
    assert dialog.verdict is not None and dialog.verdict.status == "malformed"
    assert dialog.verdict.reason == "unreadable_pdf"
    assert dialog.result_label.text()


# ---- a document is rendered before its number is kept --------------------------------------------


@pytest.mark.parametrize("too_long", ["applicant", "member"])
def test_a_certificate_too_long_to_print_takes_no_number_and_changes_nothing(
    too_long: str,
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    printed: Printed,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = ctx.db
    today = clock.today()
    households.create_household(
        db,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1)),
        MemberData("Серіков", "Асқар", "head", date(2010, 3, 1), iin=IIN),
        SYSTEM,
        today,
    )
    data = ApplicationInput(
        service=1,
        applicant_kind="individual",
        national_number=IIN,
        surname="Серіков",
        name="Асқар",
        language="kk",
        documents_presented=("id_card", "application"),
    )
    application_id = applications.submit(db, data, clock.now(), SYSTEM).id
    with db.write(SYSTEM) as work:  # a name typed before names were limited
        row = work.get(Application, application_id)
        member = work.scalar(select(Member))
        assert row is not None and member is not None
        if too_long == "applicant":  # more than the certificate's code can carry
            row.name = "Асқар" * 1000
        else:  # more than a page of the members' table
            member.name = "Асқар" * 1000
    before = applications.application(db, application_id)
    monkeypatch.setattr(
        CertificateDateDialog, "ask", staticmethod(lambda parent, default, latest: (today, True))
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    tab = ApplicationTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.list.refresh()
    tab.list.select(application_id)

    qtbot.mouseClick(tab.certificate_button, Qt.MouseButton.LeftButton)

    assert printed == [] and warned == [MESSAGES_OF_CERTIFICATES["does_not_fit"]]
    assert applications.application(db, application_id) == before  # still accepted
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == 0
    # corrected, it takes the first number: none was used up by the failure
    with db.write(SYSTEM) as work:
        row = work.get(Application, application_id)
        member = work.scalar(select(Member))
        assert row is not None and member is not None
        row.name = member.name = "Асқар"
    tab.list.select(application_id)
    qtbot.mouseClick(tab.certificate_button, Qt.MouseButton.LeftButton)
    assert [document.file_name for document in printed] == ["certificate-100-2026-C0001.pdf"]
    assert certificates.for_application(db, application_id) is not None


def test_a_talon_that_cannot_be_printed_takes_no_number_and_keeps_the_form(
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    told: Told,
    printed: Printed,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reportlab.platypus.doctemplate import LayoutError

    from desktop.printing import talon

    def does_not_fit(*args: Any, **kwargs: Any) -> bytes:
        raise LayoutError("Flowable too large on page 1")

    clock.set(TUESDAY)
    tab = ApplicationTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 760)
    tab.show()
    fill_the_form(tab, qtbot, ("id_card", "application", "veterinary_passport"))
    with monkeypatch.context() as patch:
        patch.setattr(talon, "render_talon", does_not_fit)
        qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    assert told.texts() == [MESSAGES["does_not_fit"]] and printed == []
    assert tab.list.rows == [] and tab.form.surname_edit.text() == "Серіков"  # nothing to retype
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 0

    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)  # the number was not used up
    assert [document.file_name for document in printed] == ["talon-100-2026-0001.pdf"]


# ---- long work in the background ends the same way -----------------------------------------------


class Worker(QWidget):
    """A tab-like widget whose action runs its write in the background-task helper."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.button = QPushButton("go", self)
        self.button.clicked.connect(self.go)

    @user_action
    def go(self) -> None:
        self.ctx.run_task(self, "Writing…", self.write)

    def write(self, task: Task) -> None:
        with self.ctx.db.write(SYSTEM) as work:
            work.execute(text("UPDATE app_settings SET value = value"))


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_fault_in_background_work_ends_in_the_message_in_the_users_language(
    qtbot: QtBot,
    db_path: Path,
    ctx: AppContext,
    hub: Hub,
    clock: FixedClock,
    told: Told,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    Translations().switch(language)
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 300)
    db = Database(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        widget = Worker(AppContext(db, hub, clock, presenter=ctx.presenter, user=ctx.user))
        qtbot.addWidget(widget)
        widget.button.click()
    finally:
        other.rollback()
        other.close()
        db.dispose()
    busy = told.texts()
    assert busy == [errors._tr(MESSAGES["busy"])] and busy[0] != MESSAGES["busy"]


# ---- the start -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_damaged_database_at_start_points_to_the_it_person_not_to_busy_or_full(
    qapp: object, tmp_path: Path, told: Told, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    from desktop.ui import app

    monkeypatch.setattr(errors.sys, "excepthook", errors.sys.excepthook)  # restored afterwards
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", {"kk": "kk_KZ.UTF-8", "ru": "ru_RU.UTF-8"}[language])
    damaged = tmp_path / "auyl-desk.sqlite3"
    damaged.write_bytes(b"SQLite format 3\0" + bytes(range(256)) * 40)
    before = damaged.read_bytes()

    assert app.run(["--db", str(damaged)]) == 1

    [(_title, text, details)] = told
    # The check at start words it (desktop/ui/database_texts.py): the file's fault, not busy/full.
    reasons = [database_texts.tr(database_texts.REASONS[c]) for c in ("damaged", "not_database")]
    assert any(reason in text for reason in reasons) and str(damaged) in text
    assert errors._tr(MESSAGES["busy"]) not in text and errors._tr(MESSAGES["full"]) not in text
    assert "not a database" in text + details  # SQLite's own words, for the district IT person
    assert damaged.read_bytes() == before
