"""Each role sees exactly the menu entries and buttons whose work the services let it do:
the clerk, the akim, the administrator and the district operator, one by one (the services
refuse the rest by themselves; desktop/ui/offers.py keeps the window from offering it)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core import roles
from desktop.core.actor import Actor
from desktop.ui.context import AppContext
from desktop.ui.dialogs.backups_dialog import BackupsDialog
from desktop.ui.dialogs.personal_data_dialog import PersonalDataDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.tabs.households_tab import HouseholdsTab
from desktop.ui.tabs.sync_tab import SyncTab
from tests.helpers import acting_as

CLERK, AKIM, ADMIN, OPERATOR = roles.CLERK, roles.AKIM, roles.ADMINISTRATOR, roles.DISTRICT_OPERATOR

# The main window's menu entries, and who is offered each (the division of work).
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
