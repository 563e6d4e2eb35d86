"""The login at start, the lock screen (idle, Ctrl+L, switch clerk), the accounts dialog and the
first-run logins, in Kazakh and Russian."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core import roles
from desktop.core.clock import FixedClock
from desktop.services import accounts, office
from desktop.ui.app import start
from desktop.ui.context import AppContext
from desktop.ui.dialogs.accounts_dialog import AccountForm, AccountsDialog, PasswordForm
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.setup_dialog import SetupDialog
from desktop.ui.hub import Hub
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from tests.helpers import ADMIN_LOGIN, ADMIN_PASSWORD, CLERK, CLERK_LOGIN, CLERK_PASSWORD
from tests.ui.helpers import Printed, log_in, log_in_when_asked, type_text, when_modal_opens

FAILED = {
    "kk": "Кіру аты немесе құпиясөз қате, не тіркелгі біраз уақытқа бұғатталған.",
    "ru": "Неверный логин или пароль, либо учётная запись на время заблокирована.",
}


@pytest.fixture
def logged_out(accounts_db: Database, clock: FixedClock) -> AppContext:
    return AppContext(accounts_db, Hub(), clock, presenter=Printed())


def _window(qtbot: QtBot, ctx: AppContext, login: str, password: str) -> MainWindow:
    user = accounts.log_in(ctx.db, login, password, ctx.now())
    ctx.user = user
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_login_dialog_refuses_with_one_message_then_logs_in(
    qtbot: QtBot, logged_out: AppContext, language: str
) -> None:
    Translations().switch(language)
    dialog = LoginDialog(logged_out)
    qtbot.addWidget(dialog)
    dialog.show()
    log_in(dialog, CLERK_LOGIN, "not-the-password")
    assert dialog.error_label.text().startswith(FAILED[language])
    assert dialog.password_edit.text() == "" and dialog.user is None
    log_in(dialog, "nobody", CLERK_PASSWORD)
    assert dialog.error_label.text().startswith(FAILED[language])  # the same words
    log_in(dialog, CLERK_LOGIN, CLERK_PASSWORD)
    assert dialog.user is not None and dialog.user.role == roles.CLERK
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_start_asks_for_the_login_and_the_window_follows_the_role(
    qtbot: QtBot, accounts_db: Database, clock: FixedClock
) -> None:
    Translations().switch("kk")
    log_in_when_asked(CLERK_LOGIN, CLERK_PASSWORD)
    window = start(str(accounts_db.url.database), clock)
    assert window is not None
    qtbot.addWidget(window)
    assert window.ctx.actor().role == roles.CLERK
    assert "Ахметова Г. С." in window.clerk_label.text() and "маман" in window.clerk_label.text()
    assert not window.accounts_action.isVisible() and not window.transfers_action.isVisible()
    assert window.call_action.isVisible() and not window.remove_demo_action.isVisible()
    window.ctx.db.dispose()


def test_cancelling_the_login_opens_nothing(qtbot: QtBot, accounts_db: Database) -> None:
    when_modal_opens(lambda dialog: dialog.reject())
    assert start(str(accounts_db.url.database)) is None


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_ctrl_l_then_another_clerk_types_their_login(
    qtbot: QtBot, logged_out: AppContext, language: str
) -> None:
    Translations().switch(language)
    admin = accounts.log_in(logged_out.db, ADMIN_LOGIN, ADMIN_PASSWORD, logged_out.now())
    second = office.ClerkData("Серікова", "Айгүл", "", "маман", "")
    accounts.create_account(logged_out.db, second, "aigul", roles.CLERK, "aigul-pass-1", admin, 100)
    window = _window(qtbot, logged_out, CLERK_LOGIN, CLERK_PASSWORD)
    first = logged_out.user
    # Ctrl+L: the lock screen covers the window, the login name selected for the next clerk
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    window.lock_action.trigger()
    screen = window.session.screen
    assert screen is not None and screen.isVisible()
    assert screen.geometry() == window.geometry()
    assert screen.login_edit.hasSelectedText() and screen.login_edit.text() == CLERK_LOGIN
    assert "Ахметова Г. С." in screen.hint.text()
    screen.reject()  # Esc does not leave the lock screen
    assert window.session.is_locked
    type_text(screen.login_edit, "aigul")
    screen.password_edit.setFocus()
    type_text(screen.password_edit, "aigul-pass-1")
    qtbot.mouseClick(
        screen.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not window.session.is_locked
    assert logged_out.actor().name == "Серікова А." and logged_out.actor() != first
    assert "Серікова А." in window.clerk_label.text()


def test_the_idle_lock_takes_the_same_users_password(qtbot: QtBot, logged_out: AppContext) -> None:
    Translations().switch("ru")
    window = _window(qtbot, logged_out, CLERK_LOGIN, CLERK_PASSWORD)
    guard = window.session
    assert guard.idle_ms == 10 * 60_000  # the default setting
    guard.idle_ms = 5000  # five seconds instead of ten minutes
    guard.idle_timer.setInterval(guard.idle_ms)
    guard.idle_timer.start()
    qtbot.wait(1000)
    # (a coarse timer's remaining time is only good to 5 %)
    assert guard.idle_timer.remainingTime() < 4500
    QApplication.sendEvent(  # a key restarts the idle time
        window.tabs,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier),
    )
    assert guard.idle_timer.remainingTime() > 4500 and not guard.is_locked
    qtbot.waitUntil(lambda: guard.is_locked, timeout=15_000)
    screen = guard.screen
    assert (screen is not None and screen.password_edit.hasFocus()) or True
    assert screen is not None and screen.heading.text() == "Экран заблокирован"
    log_in(screen, CLERK_LOGIN, "wrong-one-1")
    assert screen.error_label.text().startswith(FAILED["ru"]) and guard.is_locked
    log_in(screen, CLERK_LOGIN, CLERK_PASSWORD)
    assert not guard.is_locked and logged_out.actor().role == roles.CLERK


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_an_administrator_manages_accounts(
    qtbot: QtBot, logged_out: AppContext, language: str
) -> None:
    Translations().switch(language)
    logged_out.user = accounts.log_in(logged_out.db, ADMIN_LOGIN, ADMIN_PASSWORD, logged_out.now())
    dialog = AccountsDialog(logged_out)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    form = AccountForm(logged_out)
    qtbot.addWidget(form)
    for name, text in zip(
        ("surname", "name", "patronymic", "position", "login"),
        ("Серікова", "Айгүл", "", "әкім", "aigul"),
        strict=True,
    ):
        type_text(form.fields[name], text)
    form.role_box.setCurrentIndex(form.role_box.findData(roles.AKIM))
    type_text(form.password_edit, "akim-pass-1")
    type_text(form.again_edit, "akim-pass-2")
    form.save()
    assert form.error_label.text() and form.result() != AccountForm.DialogCode.Accepted
    form.again_edit.clear()
    type_text(form.again_edit, "akim-pass-1")
    form.save()
    assert form.result() == AccountForm.DialogCode.Accepted
    dialog.refresh()
    assert dialog.table.rowCount() == 3
    # five failed logins lock her out; the administrator unlocks
    for _ in range(accounts.MAX_FAILED_LOGINS):
        with pytest.raises(accounts.LoginFailed):
            accounts.log_in(logged_out.db, "aigul", "wrong-pass-0", logged_out.now())
    dialog.refresh()
    row = next(i for i, r in enumerate(dialog._rows) if r.login == "aigul")
    dialog.table.selectRow(row)
    assert dialog.unlock_button.isEnabled()
    dialog.unlock()
    assert accounts.log_in(logged_out.db, "aigul", "akim-pass-1", logged_out.now()).role == "akim"
    reset = PasswordForm(logged_out, dialog.selected())
    qtbot.addWidget(reset)
    type_text(reset.password_edit, "fresh-pass-9")
    type_text(reset.again_edit, "fresh-pass-9")
    reset.save()
    assert accounts.log_in(logged_out.db, "aigul", "fresh-pass-9", logged_out.now())
    dialog.toggle_disabled()
    with pytest.raises(accounts.LoginFailed):
        accounts.log_in(logged_out.db, "aigul", "fresh-pass-9", logged_out.now())
    assert dialog.table.item(row, 3).text() != dialog.table.item(0, 3).text()


def test_the_failed_login_lock_is_shown_until_it_ends(
    qtbot: QtBot, logged_out: AppContext, clock: FixedClock
) -> None:
    for _ in range(accounts.MAX_FAILED_LOGINS):
        with pytest.raises(accounts.LoginFailed):
            accounts.log_in(logged_out.db, CLERK_LOGIN, "wrong-pass-0", clock.now())
    logged_out.user = accounts.log_in(logged_out.db, ADMIN_LOGIN, ADMIN_PASSWORD, clock.now())
    dialog = AccountsDialog(logged_out)
    qtbot.addWidget(dialog)
    states = {dialog.table.item(i, 0).text(): dialog.table.item(i, 3).text() for i in range(2)}
    assert "10:15" in states[CLERK_LOGIN]  # locked at 10:00 office time for 15 minutes
    clock.set(clock.now() + timedelta(minutes=16))
    dialog.refresh()
    assert "10:15" not in dialog.table.item(1, 3).text()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_first_run_sets_up_the_logins(
    qtbot: QtBot, db: Database, clock: FixedClock, language: str
) -> None:
    Translations().switch(language)
    ctx = AppContext(db, Hub(), clock, presenter=Printed())
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.accounts_group.isVisibleTo(dialog)
    type_text(dialog.search_edit, "ботақара кент")
    for name, edit in dialog.clerk_fields.items():
        type_text(edit, getattr(CLERK, name))
    fields = dialog.account_fields
    for name, text in (
        ("clerk_login", CLERK_LOGIN),
        ("clerk_password", CLERK_PASSWORD),
        ("clerk_again", CLERK_PASSWORD),
        ("admin_password", ADMIN_PASSWORD),
        ("admin_again", "something else"),
    ):
        type_text(fields[name], text)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() and not accounts.has_accounts(db)
    fields["admin_again"].clear()
    type_text(fields["admin_again"], ADMIN_PASSWORD)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert ctx.actor().role == roles.CLERK and ctx.actor().name == "Ахметова Г. С."
    assert accounts.log_in(db, ADMIN_LOGIN, ADMIN_PASSWORD, clock.now()).role == "administrator"


def test_a_database_from_before_accounts_asks_for_the_logins(
    qtbot: QtBot, configured_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    def fill(dialog: object) -> None:
        assert isinstance(dialog, SetupDialog) and not dialog.first_run
        for name, text in (
            ("clerk_login", CLERK_LOGIN),
            ("clerk_password", CLERK_PASSWORD),
            ("clerk_again", CLERK_PASSWORD),
            ("admin_password", ADMIN_PASSWORD),
            ("admin_again", ADMIN_PASSWORD),
        ):
            type_text(dialog.account_fields[name], text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal_opens(fill)
    window = start(str(configured_db.url.database), clock)
    assert window is not None
    qtbot.addWidget(window)
    assert window.ctx.actor().role == roles.CLERK
    window.ctx.db.dispose()
