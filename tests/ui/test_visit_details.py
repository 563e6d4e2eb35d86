"""The small things of a visit: lookups that never mix people, reasons for corrections and
for hand-ins outside hours, the livestock date of a card, the waiting-room display, About."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.clock import FixedClock
from desktop.core.formatting import format_datetime
from desktop.core.iin import make_iin
from desktop.core.localtime import aware
from desktop.services import applications, household_writer, households, queue, settings
from desktop.services.household_values import BookError, HouseholdData, MemberData
from desktop.ui import book_errors
from desktop.ui.context import AppContext
from desktop.ui.dates import pydate
from desktop.ui.dialogs.member_dialog import MemberDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from desktop.ui.queue_display import HIGHLIGHT_STYLE, QueueDisplay, called_per_desk
from desktop.ui.tabs.application_tab import ApplicationTab
from desktop.ui.tabs.household_card import HouseholdPanel
from desktop.version import program_version
from tests.helpers import acting_as
from tests.ui.helpers import Printed, type_text

IIN = make_iin(date(1975, 4, 12), "male", 3)


@pytest.fixture
def household(configured_db: Database, clerk: Actor) -> uuid.UUID:
    found = household_writer.create_household(
        configured_db,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1), phone="+7 701 000 00 00"),
        MemberData("Шалқарбаев", "Ерлан", "head", date(2010, 3, 1), iin=IIN),
        clerk,
        date(2026, 11, 1),
    )
    household_writer.save_livestock(configured_db, found, date(2026, 7, 1), {"sheep": 9}, clerk)
    return found


def test_an_iin_from_the_book_replaces_what_was_typed_and_clear_forgets_it(
    qtbot: QtBot, ctx: AppContext, household: uuid.UUID
) -> None:
    tab = ApplicationTab(ctx)
    qtbot.addWidget(tab)
    form = tab.form
    type_text(form.surname_edit, "Сері")  # half-typed for the visitor before
    type_text(form.phone_edit, "8 700")
    type_text(form.number_edit, IIN)
    assert (form.surname_edit.text(), form.name_edit.text()) == ("Шалқарбаев", "Ерлан")
    assert form.phone_edit.text() == "+7 701 000 00 00"
    assert form.number_status.text() and form.household_label.text()
    tab._say(lambda: "Бас тартылды", "")
    tab.clear()
    assert form.number_status.text() == "" and form.household_label.text() == ""
    assert form.surname_edit.text() == "" and tab.message_label.text() == ""


def test_a_correction_of_a_member_needs_a_reason(
    qtbot: QtBot, ctx: AppContext, household: uuid.UUID
) -> None:
    head = households.card(ctx.db, household, ctx.today()).members[0]
    dialog = MemberDialog(ctx, household, head)
    qtbot.addWidget(dialog)
    dialog.form.name.setText("Ерлан-Серік")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == book_errors.message(BookError("reason", "required"), "")
    assert households.card(ctx.db, household, ctx.today()).members[0].name == "Ерлан"
    type_text(dialog.reason_edit, "куәлік бойынша")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert households.card(ctx.db, household, ctx.today()).members[0].name == "Ерлан-Серік"


def test_a_hand_in_on_saturday_asks_why_and_keeps_the_ready_time(
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    household: uuid.UUID,
    printed: Printed,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock.set(datetime(2026, 11, 28, 11, 0))  # Saturday
    tab = ApplicationTab(ctx)
    qtbot.addWidget(tab)
    tab.form.set_service(1)
    type_text(tab.form.number_edit, IIN)
    for box in tab.form.documents.values():
        box.setChecked(True)
    asked: list[str] = []

    def ask(_parent: QWidget, title: object, prompt: object, **_: object) -> object:
        asked.append(prompt())  # type: ignore[operator]
        return None if len(asked) == 1 else (clock.today(), "аудан әкімінің тапсырмасы")

    monkeypatch.setattr(ReasonDialog, "ask", staticmethod(ask))
    tab.accept_application()  # cancelled: nothing saved
    assert applications.applications(ctx.db) == [] and printed == []
    tab.accept_application()
    [row] = applications.applications(ctx.db)
    assert row.status == "accepted"
    assert row.ready_due_at == datetime(2026, 12, 1, 9, 0)  # from Monday's opening: Tuesday 9:00
    assert printed.kinds() == ["talon"]
    assert format_datetime(datetime(2026, 11, 30, 9, 0), "ru") in asked[0]  # opens Monday


def test_the_livestock_date_starts_again_for_another_household(
    qtbot: QtBot, ctx: AppContext, household: uuid.UUID, clerk: Actor
) -> None:
    other = household_writer.create_household(
        ctx.db,
        HouseholdData("0102", "Ботақара", date(2012, 1, 1)),
        MemberData("Иванов", "Пётр", "head", date(2012, 1, 1), sex="male"),
        clerk,
        date(2026, 11, 1),
    )
    Translations().switch("ru")
    panel = HouseholdPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_household(household)
    panel.livestock_date.setDate(QDate(2025, 3, 4))
    assert panel.livestock_date.text() == "04.03.2025"  # four digits in Russian too
    panel.show_household(other)
    assert pydate(panel.livestock_date.date()) == ctx.today()
    panel.show_household(other)
    assert pydate(panel.livestock_date.date()) == ctx.today()


def test_the_display_shows_one_call_per_clerk_and_highlights_a_fresh_one(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock, clerk: Actor
) -> None:
    for purpose in ("consultation", "hand_in_1"):
        queue.issue_ticket(ctx.db, purpose, "kk", clock.now(), clerk)
    first = queue.call_next(ctx.db, clerk, clock.now())
    assert first is not None and first.called_at is not None
    # two calls to one desk (as another computer of the same clerk could leave): the latest
    moment = first.called_at + timedelta(minutes=1)
    later = replace(first, id=uuid.uuid4(), label="A-001", called_at=moment)
    other_desk = replace(later, id=uuid.uuid4(), label="B-001", called_by_id=uuid.uuid4())
    assert called_per_desk([first, later, other_desk]) == [later, other_desk]

    settings.save_display_highlight_seconds(ctx.db, 20, acting_as(clerk, "administrator"))
    display = QueueDisplay(ctx)
    qtbot.addWidget(display)
    display.refresh()
    assert HIGHLIGHT_STYLE in display.called_label.text()
    clock.advance(timedelta(seconds=21))
    display.refresh()
    assert HIGHLIGHT_STYLE not in display.called_label.text()
    assert "E-001" in display.called_label.text()

    display.show_on_best_screen(full_screen=True)  # one monitor here
    assert display.isFullScreen()
    qtbot.keyClick(display, Qt.Key.Key_Escape)
    assert not display.isFullScreen()
    qtbot.keyClick(display, Qt.Key.Key_F11)
    assert display.isFullScreen()
    qtbot.keyClick(display, Qt.Key.Key_F11)
    assert not display.isFullScreen()
    display.close()


def test_about_names_the_version(qtbot: QtBot, ctx: AppContext) -> None:
    Translations().switch("kk")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert program_version()
    assert window.about_text().endswith(f"Нұсқасы: {program_version()}")
    assert window.help_menu.title() == "Кө&мек"
    Translations().switch("ru")
    assert window.help_menu.title() == "&Помощь"


def test_an_estimate_with_someone_ahead_is_never_zero(ctx: AppContext, clerk: Actor) -> None:
    moment = aware(datetime(2026, 11, 25, 10, 0))
    first = queue.issue_ticket(ctx.db, "collect", "kk", moment, clerk).ticket
    queue.call_next(ctx.db, clerk, moment)
    queue.close(ctx.db, first.id, "issued", clerk, moment + timedelta(seconds=20))
    queue.issue_ticket(ctx.db, "collect", "kk", moment + timedelta(minutes=1), clerk)
    issued = queue.issue_ticket(ctx.db, "collect", "kk", moment + timedelta(minutes=2), clerk)
    assert (issued.people_ahead, issued.wait_minutes) == (1, 1)
