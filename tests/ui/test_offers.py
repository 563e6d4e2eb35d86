"""Each role sees exactly the menu entries and buttons whose work the services let it do:
the clerk, the akim, the administrator and the district operator, one by one (the services
refuse the rest by themselves; desktop/ui/offers.py keeps the window from offering it)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import roles
from desktop.core.actor import Actor
from desktop.core.iin import make_iin
from desktop.services import applications, queue
from desktop.services.applications import ApplicationInput
from desktop.ui.context import AppContext
from desktop.ui.dialogs.backups_dialog import BackupsDialog
from desktop.ui.dialogs.complaint_dialog import ComplaintDialog
from desktop.ui.dialogs.household_dialog import HouseholdDialog
from desktop.ui.dialogs.personal_data_dialog import PersonalDataDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.tabs.application_tab import ApplicationTab
from desktop.ui.tabs.complaints_tab import ComplaintsTab
from desktop.ui.tabs.households_tab import HouseholdsTab
from desktop.ui.tabs.queue_tab import QueueTab
from desktop.ui.tabs.sync_tab import SyncTab
from tests.helpers import acting_as

CLERK, AKIM, ADMIN, OPERATOR = roles.CLERK, roles.AKIM, roles.ADMINISTRATOR, roles.DISTRICT_OPERATOR

# The main window's menu entries, and who is offered each (the issue's division of work).
MENU = {
    "call_action": {CLERK, AKIM},
    "add_demo_action": {CLERK, AKIM},
    "remove_demo_action": {AKIM},
    "personal_data_action": {AKIM, ADMIN},  # purging is the akim's, the period the administrator's
    "restore_action": {ADMIN},
    "setup_action": {ADMIN},
    "corrections_action": {ADMIN},
    "transfers_action": {ADMIN},
    "complaint_settings_action": {ADMIN},
    "highlight_action": {ADMIN},
    "accounts_action": {ADMIN},
    "idle_action": {ADMIN},
    "backup_settings_action": {ADMIN},
    "rekey_action": {ADMIN},
    "audit_action": {ADMIN},
}

# an application with every document, accepted at the counter
ACCEPTED = ApplicationInput(
    2,
    "individual",
    make_iin(date(1980, 5, 17), "male", 42),
    "Серіков",
    "Асқар",
    documents_presented=("id_card", "application", "veterinary_passport"),
)

# Everyone's: their own session, a backup now, the waiting-room display, checking a certificate.
EVERYONE = ("lock_action", "password_action", "backup_action", "display_action", "verify_action")


@pytest.mark.parametrize("role", roles.ROLES)
def test_the_menus_offer_each_role_its_own_work(
    qtbot: QtBot, ctx: AppContext, clerk: Actor, role: str
) -> None:
    ctx.user = acting_as(clerk, role)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    shown = {name for name in MENU if getattr(window, name).isVisible()}
    assert shown == {name for name, who in MENU.items() if role in who}
    assert all(getattr(window, name).isVisible() for name in EVERYONE)


@pytest.mark.parametrize("role", roles.ROLES)
def test_the_dialogs_and_tabs_offer_only_what_the_role_may_do(
    qtbot: QtBot, ctx: AppContext, clerk: Actor, role: str
) -> None:
    ctx.user = acting_as(clerk, role)
    personal = PersonalDataDialog(ctx)
    backups = BackupsDialog(ctx)
    sync = SyncTab(ctx)
    book = HouseholdsTab(ctx)
    for widget in (personal, backups, sync, book):
        qtbot.addWidget(widget)
    save = personal.buttons.button(QDialogButtonBox.StandardButton.Save)
    offered = {
        "purge": personal.purge_button.isVisibleTo(personal),
        "retention": save.isVisibleTo(personal) and personal.years.isEnabled(),
        "restore": backups.restore_button.isVisibleTo(backups),
        "open_backup": backups.open_button.isVisibleTo(backups),
        "backup_settings": backups.settings_box.isVisibleTo(backups),
        "back_up": backups.backup_button.isVisibleTo(backups),
        "export": sync.export_button.isVisibleTo(sync),
        "take_answer": sync.import_button.isVisibleTo(sync),
        "enrollment_file": sync.save_enrollment_button.isVisibleTo(sync),
        "enroll": sync.enroll_button.isVisibleTo(sync),
        "new_household": book.new_button.isVisibleTo(book),
        "import_book": book.import_button.isVisibleTo(book),
        "insert_hint": "(Insert)" in book.hint.text(),
    }
    expected = {
        "purge": role == AKIM,
        "retention": role == ADMIN,
        "restore": role == ADMIN,
        "open_backup": role == ADMIN,
        "backup_settings": role == ADMIN,
        "back_up": True,
        "export": True,  # a village's package goes to the district whoever is at the desk
        "take_answer": True,
        "enrollment_file": True,
        "enroll": role in (ADMIN, OPERATOR),
        "new_household": role in (CLERK, AKIM),
        "import_book": role in (CLERK, AKIM),
        "insert_hint": role in (CLERK, AKIM),
    }
    assert offered == expected


def test_another_user_at_the_lock_screen_sees_their_own_offers(
    qtbot: QtBot, ctx: AppContext, clerk: Actor
) -> None:
    sync = SyncTab(ctx)
    book = HouseholdsTab(ctx)
    for widget in (sync, book):
        qtbot.addWidget(widget)
    assert not sync.enroll_button.isVisibleTo(sync) and book.new_button.isVisibleTo(book)
    ctx.log_in_as(acting_as(clerk, ADMIN))
    assert sync.enroll_button.isVisibleTo(sync) and not book.new_button.isVisibleTo(book)
    assert "(Insert)" not in book.hint.text()


def _counter_tabs(ctx: AppContext, qtbot: QtBot) -> tuple[QueueTab, ApplicationTab, ComplaintsTab]:
    tabs = (QueueTab(ctx), ApplicationTab(ctx), ComplaintsTab(ctx))
    for tab in tabs:
        qtbot.addWidget(tab)
    return tabs


def _counter_offers(
    line: QueueTab, intake: ApplicationTab, register: ComplaintsTab
) -> dict[str, list[tuple[QWidget, QWidget]]]:
    """The counter tabs' buttons (with the tab each is in), writing ones and everyone's."""
    return {
        "queue.serve": [
            (button, line)
            for button in (
                *line.issue_buttons.values(),
                line.call_button,
                *line.action_buttons.values(),
            )
        ]
        + [(line.override_button, line.closed_box)],  # shown while the office is closed
        "application.handle": [
            (intake.accept_button, intake),
            (intake.ready_button, intake),
            (intake.refuse_button, intake),
        ],
        "certificate.issue": [(intake.certificate_button, intake), (intake.issue_button, intake)],
        "complaint.handle": [(intake.complain_button, intake), (register.new_button, register)]
        + [(register.buttons[name], register) for name in ("extend", "forward", "answer", "close")],
        # reading, searching, printing and copies
        "everyone": [
            (line.table, line),
            (intake.list, intake),
            (intake.blank_button, intake),
            (intake.sample_button, intake),
            (intake.clear_button, intake),
            (intake.reprint_button, intake),
            (intake.certificate_copy_button, intake),
            (register.table, register),
            (register.status_filter, register),
        ]
        + [
            (register.buttons[name], register)
            for name in ("talon", "protocol", "extension_notice", "forwarding_notice")
        ],
    }


def _shown(offers: dict[str, list[tuple[QWidget, QWidget]]]) -> dict[str, set[bool]]:
    return {
        needs: {widget.isVisibleTo(tab) for widget, tab in items} for needs, items in offers.items()
    }


@pytest.mark.parametrize("role", roles.ROLES)
def test_the_counter_tabs_offer_their_work_to_the_clerk_and_the_akim_only(
    qtbot: QtBot, ctx: AppContext, clerk: Actor, role: str
) -> None:
    accepted = applications.submit(ctx.db, ACCEPTED, ctx.now(), clerk)
    ctx.user = acting_as(clerk, role)
    line, intake, register = _counter_tabs(ctx, qtbot)
    intake.list.select(accepted.id)
    counter = role in (CLERK, AKIM)
    assert _shown(_counter_offers(line, intake, register)) == {
        "queue.serve": {counter},
        "application.handle": {counter},
        "certificate.issue": {counter},
        "complaint.handle": {counter},
        "everyone": {True},
    }
    # why Mark ready is closed (no certificate yet) is said only to those who are offered it
    assert intake.why_label.isVisibleTo(intake) == counter


def test_the_counter_tabs_follow_another_user_at_the_lock_screen(
    qtbot: QtBot, ctx: AppContext, clerk: Actor
) -> None:
    offers = _counter_offers(*_counter_tabs(ctx, qtbot))
    for role in (OPERATOR, AKIM):
        ctx.log_in_as(acting_as(clerk, role))
        counter = {needs: {role == AKIM} for needs in offers if needs != "everyone"}
        assert _shown(offers) == {**counter, "everyone": {True}}


@pytest.mark.parametrize("role", [CLERK, ADMIN])
def test_the_shortcut_of_a_hidden_button_does_nothing(
    qtbot: QtBot, ctx: AppContext, clerk: Actor, monkeypatch: pytest.MonkeyPatch, role: str
) -> None:
    """Alt+N of "New complaint" opens the register form for the clerk only; F5 of the window
    calls the next ticket for the clerk only."""
    asked: list[Any] = []
    monkeypatch.setattr(ComplaintDialog, "ask", staticmethod(lambda *args: asked.append(args)))
    ctx.user = acting_as(clerk, role)
    register = ComplaintsTab(ctx)
    qtbot.addWidget(register)
    register.show()
    register.activateWindow()
    assert QTest.qWaitForWindowActive(register)  # a button's mnemonic works in the active window
    qtbot.keyClick(register.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    if role == CLERK:
        qtbot.waitUntil(lambda: len(asked) == 1)  # a mnemonic clicks after a short animation
    else:
        qtbot.wait(300)  # longer than the clerk's click takes
        assert not asked
    register.close()

    queue.issue_ticket(ctx.db, "consultation", "kk", ctx.now(), clerk)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    qtbot.keyClick(window.tabs, Qt.Key.Key_F5)
    statuses = [ticket.status for ticket in queue.today(ctx.db, ctx.now())]
    assert statuses == (["called"] if role == CLERK else ["waiting"])


@pytest.mark.parametrize("role", [CLERK, ADMIN])
def test_the_book_s_new_household_keys_follow_the_hidden_button(
    qtbot: QtBot, ctx: AppContext, clerk: Actor, monkeypatch: pytest.MonkeyPatch, role: str
) -> None:
    """Insert and Ctrl+N (shortcuts of the tab, not of the button) open the new household form
    for the clerk only."""
    asked: list[Any] = []
    monkeypatch.setattr(HouseholdDialog, "ask", staticmethod(lambda *args: asked.append(args)))
    ctx.user = acting_as(clerk, role)
    book = HouseholdsTab(ctx)
    qtbot.addWidget(book)
    book.show()
    book.activateWindow()
    assert QTest.qWaitForWindowActive(book)
    qtbot.keyClick(book.search_edit, Qt.Key.Key_Insert)
    qtbot.keyClick(book.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == (2 if role == CLERK else 0)
