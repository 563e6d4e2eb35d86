"""Settings > Accounts (an administrator's): who may log in, with which role; new accounts,
passwords reset, locks lifted, accounts disabled. And File > Change my password, for anyone."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.services import accounts, office
from desktop.services.accounts import AccountError, AccountRow
from desktop.ui import account_texts
from desktop.ui.context import AppContext
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.errors import user_action
from desktop.ui.labels import ROLES, label


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AccountForm(FormDialog):
    """A new person with an account: name, position, login name, role, password twice."""

    input_errors = (AccountError, office.SetupError)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields = {
            name: QLineEdit() for name in ("surname", "name", "patronymic", "position", "login")
        }
        self.role_box = QComboBox()
        for role in roles.ROLES:
            self.role_box.addItem("", role)
        self.password_edit = _password_edit()
        self.again_edit = _password_edit()
        widgets: list[QWidget] = [
            *self.fields.values(),
            self.role_box,
            self.password_edit,
            self.again_edit,
        ]
        self.labels = [QLabel() for _ in widgets]
        form = QFormLayout()
        for text_label, widget in zip(self.labels, widgets, strict=True):
            text_label.setBuddy(widget)
            form.addRow(text_label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New account"))
        texts = (
            self.tr("&Surname:"),
            self.tr("&Name:"),
            self.tr("&Patronymic:"),
            self.tr("P&osition:"),
            self.tr("&Login:"),
            self.tr("&Role:"),
            self.tr("Pass&word:"),
            self.tr("Password a&gain:"),
        )
        for text_label, text in zip(self.labels, texts, strict=True):
            text_label.setText(text)
        for index in range(self.role_box.count()):
            self.role_box.setItemText(index, label(ROLES, self.role_box.itemData(index)))

    def write(self) -> None:
        account_texts.check_repeated(self.password_edit.text(), self.again_edit.text())
        values = {name: self.fields[name].text() for name in ("surname", "name", "patronymic")}
        person = office.ClerkData(**values, position=self.fields["position"].text(), phone="")
        place = office.workplace(self.ctx.db)
        assert place is not None
        accounts.create_account(
            self.ctx.db,
            person,
            self.fields["login"].text(),
            self.role_box.currentData(),
            self.password_edit.text(),
            self.ctx.actor(),
            place.office.number,
        )

    def message(self, error: Exception) -> str:
        if isinstance(error, AccountError):
            return account_texts.message(error)
        fields = {
            "surname": self.tr("Enter the surname."),
            "name": self.tr("Enter the name."),
            "position": self.tr("Enter the position."),
        }
        return fields.get(self.error_field(error), str(error))

    def field_widget(self, field: str) -> QWidget | None:
        if field == "password":
            return self.password_edit
        return self.fields.get(field)


class PasswordForm(FormDialog):
    """A new password, typed twice: an administrator's reset of someone's (`account`), or the
    user's own change (`account` None: the current password is asked first)."""

    input_errors = (AccountError, accounts.LoginFailed)

    def __init__(
        self, ctx: AppContext, account: AccountRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.old_edit = _password_edit()
        self.password_edit = _password_edit()
        self.again_edit = _password_edit()
        self.who = QLabel()
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for text_label, widget in zip(
            self.labels, (self.old_edit, self.password_edit, self.again_edit), strict=True
        ):
            text_label.setBuddy(widget)
            form.addRow(text_label, widget)
        self.labels[0].setVisible(account is None)
        self.old_edit.setVisible(account is None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def retranslate(self) -> None:
        if self.account is None:
            self.setWindowTitle(self.tr("Change my password"))
            self.who.setText(self.ctx.actor().name)
        else:
            self.setWindowTitle(self.tr("Reset the password"))
            self.who.setText(f"{self.account.full_name} ({self.account.login})")
        self.labels[0].setText(self.tr("&Current password:"))
        self.labels[1].setText(self.tr("&New password:"))
        self.labels[2].setText(self.tr("New password a&gain:"))

    def write(self) -> None:
        account_texts.check_repeated(self.password_edit.text(), self.again_edit.text())
        if self.account is None:
            accounts.change_password(
                self.ctx.db,
                self.ctx.actor(),
                self.old_edit.text(),
                self.password_edit.text(),
                self.ctx.now(),
            )
        else:
            accounts.reset_password(
                self.ctx.db, self.account.id, self.password_edit.text(), self.ctx.actor()
            )

    def message(self, error: Exception) -> str:
        if isinstance(error, AccountError):
            return account_texts.message(error)
        return account_texts.login_failed()

    def field_widget(self, field: str) -> QWidget | None:
        return self.password_edit if field == "password" else self.old_edit


class AccountsDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[AccountRow] = []
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_account)
        self.password_button = QPushButton()
        self.password_button.clicked.connect(self.reset_password)
        self.role_button = QPushButton()
        self.role_button.clicked.connect(self.change_role)
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(self.unlock)
        self.disable_button = QPushButton()
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (
            self.new_button,
            self.password_button,
            self.role_button,
            self.unlock_button,
            self.disable_button,
        ):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 420)
        self.retranslate()

    @classmethod
    def show_for(cls, parent: QWidget | None, ctx: AppContext) -> None:
        cls(ctx, parent).exec()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accounts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("State")]
        )
        self.new_button.setText(self.tr("&New account…"))
        self.password_button.setText(self.tr("Reset &password…"))
        self.role_button.setText(self.tr("&Role…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.refresh()

    def _state(self, row: AccountRow) -> str:
        if row.disabled:
            return self.tr("disabled")
        if row.locked_until is not None:
            until = self.ctx.local(row.locked_until)
            return self.tr("locked until %1 (failed logins)").replace("%1", f"{until:%H:%M}")
        return self.tr("active")

    def refresh(self) -> None:
        selected = self.selected()
        self._rows = accounts.accounts(self.ctx.db, self.ctx.now())
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            cells = (row.login, row.full_name, label(ROLES, row.role), self._state(row))
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
            if selected is not None and row.id == selected.id:
                self.table.selectRow(index)
        self.table.resizeColumnsToContents()
        self._enable()

    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows() if self._rows else []
        return self._rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        row = self.selected()
        for button in (self.password_button, self.role_button, self.disable_button):
            button.setEnabled(row is not None)
        self.unlock_button.setEnabled(row is not None and row.locked_until is not None)
        disabled = row is not None and row.disabled
        self.disable_button.setText(self.tr("&Enable") if disabled else self.tr("&Disable"))

    def _account_id(self) -> uuid.UUID | None:
        row = self.selected()
        return None if row is None else row.id

    @user_action
    def new_account(self) -> None:
        if AccountForm(self.ctx, self).exec():
            self.refresh()

    @user_action
    def reset_password(self) -> None:
        row = self.selected()
        if row is not None and PasswordForm(self.ctx, row, self).exec():
            self.refresh()

    @user_action
    def change_role(self) -> None:
        row = self.selected()
        if row is None:
            return
        names = [label(ROLES, role) for role in roles.ROLES]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Role"),
            self.tr("Role of %1:").replace("%1", row.full_name),
            names,
            roles.ROLES.index(row.role) if row.role in roles.ROLES else 0,
            False,
        )
        if ok:
            accounts.set_role(
                self.ctx.db, row.id, roles.ROLES[names.index(chosen)], self.ctx.actor()
            )
            self.refresh()

    @user_action
    def unlock(self) -> None:
        account_id = self._account_id()
        if account_id is not None:
            accounts.unlock(self.ctx.db, account_id, self.ctx.actor())
            self.refresh()

    @user_action
    def toggle_disabled(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.disabled:
            accounts.enable(self.ctx.db, row.id, self.ctx.actor())
        else:
            accounts.disable(self.ctx.db, row.id, self.ctx.actor(), self.ctx.now())
        self.refresh()
