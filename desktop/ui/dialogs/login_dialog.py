"""The login at start, and the lock screen: the same form.

At start it asks for a login name and a password (Cancel leaves the program). As the lock
screen it covers the main window, names who is logged in, and takes either that person's
password (back to work) or another person's login and password ("switch clerk"): Ctrl+L
opens it with the login name selected, so the next clerk just types theirs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.actor import Actor
from desktop.services import accounts
from desktop.ui import account_texts
from desktop.ui.context import AppContext
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.dialogs.form_dialog import ERROR_STYLE
from desktop.ui.errors import user_action


class LoginDialog(BaseDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        locked: Actor | None = None,
        switching: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locked = locked  # the lock screen of this user; None: the login at start
        self.user: Actor | None = None  # who logged in, once accepted
        self._locked_login = accounts.login_of(ctx.db, locked.staff_id) if locked else None

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.login_label = QLabel()
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.password_label = QLabel()
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_label.setBuddy(self.login_edit)
        self.password_label.setBuddy(self.password_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        # room for the refusal (three lines), so that it never squeezes the form when it comes
        self.error_label.setMinimumHeight(3 * self.error_label.fontMetrics().lineSpacing() + 4)
        buttons = QDialogButtonBox.StandardButton.Ok
        if locked is None:
            buttons |= QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)

        box = QFrame()
        box.setObjectName("loginBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setFixedWidth(480)  # the wrapped hint then takes the height it needs
        form = QFormLayout()
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.password_label, self.password_edit)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addWidget(self.hint)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        inner.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

        if self._locked_login:
            self.login_edit.setText(self._locked_login)
        if locked is not None:
            self._cover(parent)
        self.retranslate()
        if locked is not None and not switching:
            self.password_edit.setFocus()
        else:
            self.login_edit.setFocus()
            self.login_edit.selectAll()

    def _cover(self, parent: QWidget | None) -> None:
        """Frameless, over the main window's menus, tabs and status bar (its title bar stays);
        nothing behind it takes a key or a click."""
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        window = parent.window() if parent is not None else None
        if window is not None:
            self.setGeometry(window.geometry())

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> Actor | None:
        """The login at start: the user who logged in, or None when they cancelled."""
        dialog = cls(ctx, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.user if accepted else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Auyl Desk: log in"))
        self.login_label.setText(self.tr("&Login:"))
        self.password_label.setText(self.tr("&Password:"))
        if self.locked is None:
            self.heading.setText(self.tr("Auyl Desk"))
            self.hint.setText(self.tr("Enter your login name and password."))
        else:
            self.heading.setText(self.tr("The screen is locked"))
            self.hint.setText(
                self.tr(
                    "%1 is logged in: type the password to go on. Another clerk types their "
                    "own login name and password instead."
                ).replace("%1", self.locked.name)
            )
        if self.error_label.text():
            self.error_label.setText(account_texts.login_failed())

    @user_action
    def log_in(self) -> None:
        login, password = self.login_edit.text(), self.password_edit.text()
        db, now = self.ctx.db, self.ctx.now()
        try:
            if self.locked is not None and accounts.fold_login(login) == self._locked_login:
                user = accounts.unlock_screen(db, self.locked, password, now)
            else:
                user = accounts.log_in(db, login, password, now)
        except accounts.LoginFailed:
            self.error_label.setText(account_texts.login_failed())
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        if self.locked is not None and user != self.locked:
            accounts.log_out(db, self.locked)
        self.user = user
        self.accept()

    def reject(self) -> None:
        if self.locked is None:  # the lock screen stays until someone logs in
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked is None:
            super().closeEvent(event)
        else:
            event.ignore()
