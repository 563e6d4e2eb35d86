"""Backups: where they go and how many are kept, a backup now, and a restore with a preview of
what the chosen backup holds and a confirmation before the database is replaced."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.actor import Actor
from desktop.services import accounts, backups
from desktop.services.access import AccessDenied, require
from desktop.services.backups import BackupInfo, RestoreResult
from desktop.ui import backup_texts
from desktop.ui.context import AppContext
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import describe, user_action
from desktop.ui.i18n import current_language
from desktop.ui.offers import offer
from desktop.ui.widgets.backup_list import BackupList


def restore_backup(ctx: AppContext, backup: Path) -> RestoreResult:
    """Put `backup` in place of the program's own database and open it again, for the user
    logged in (an administrator): the program's connections are closed first (the same
    Database object reconnects to the new file, which the restore brought to head), and every
    tab is told that everything changed."""
    database = backups.database_file(ctx.db)
    actor = ctx.actor()
    require(actor, "backup.restore")  # before the program lets go of its database
    ctx.db.dispose()
    result = backups.restore(database, backup, actor, ctx.now())
    ctx.hub.workplace_changed.emit()
    ctx.hub.reference_changed.emit()
    ctx.hub.household_changed.emit(None)
    ctx.hub.queue_changed.emit()
    return result


def backup_administrator(parent: QWidget | None, backup: Path, now: datetime) -> Actor | None:
    """Ask for the login and password of an administrator of `backup` itself, for a restore
    when the database cannot be opened (no one can log in to it); None when cancelled or
    refused (the refusal said, in the login's own words)."""
    title = QCoreApplication.translate("BackupsDialog", "Restore a backup")
    login, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate(
            "BackupsDialog",
            "The database cannot be opened. An administrator of the backup restores it: "
            "their login name:",
        ),
    )
    if not ok:
        return None
    password, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate("BackupsDialog", "Password:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    try:
        actor = accounts.log_in_to_copy(backup, login, password, now)
        require(actor, "backup.restore")
    except (accounts.LoginFailed, AccessDenied) as error:
        box = QMessageBox(QMessageBox.Icon.Warning, title, describe(error), parent=parent)
        box.exec()
        box.setParent(None)
        return None
    return actor


def confirm_restore(parent: QWidget, info: BackupInfo, database: str) -> bool:
    """Ask before the database is replaced, saying what the backup holds."""
    summary = "\n".join(
        f"{caption}: {value}" for caption, value in backup_texts.preview(info, current_language())
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("BackupsDialog", "Restore a backup"),
        QCoreApplication.translate(
            "BackupsDialog",
            "Replace the database %1 with this backup? Work done after the backup was taken "
            "will not be in it. The current database is kept beside it as a safety copy.",
        ).replace("%1", database),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(summary)
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("BackupsDialog", "&Restore")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    box.setParent(None)
    return bool(answer == QMessageBox.StandardButton.Ok.value)


def restored_text(result: RestoreResult) -> str:
    text = QCoreApplication.translate(
        "BackupsDialog", "The backup is restored and the database is open again."
    )
    if result.safety_copy is not None:
        text += "\n\n" + QCoreApplication.translate(
            "BackupsDialog", "The replaced database is kept as %1."
        ).replace("%1", str(result.safety_copy))
    return text


class BackupsDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restored: RestoreResult | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.settings_box = QGroupBox()
        self.folder_label = QLabel()
        self.folder_edit = QLineEdit(str(backups.backup_folder(ctx.db)))
        self.folder_edit.setReadOnly(True)
        self.folder_label.setBuddy(self.folder_edit)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton()
        self.default_button.clicked.connect(self.use_default_folder)
        self.keep_label = QLabel()
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, backups.MAX_KEEP)
        self.keep_spin.setValue(backups.keep_count(ctx.db))
        self.keep_label.setBuddy(self.keep_spin)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_settings)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_spin)
        keep_row.addStretch(1)
        keep_row.addWidget(self.save_button)
        form = QFormLayout(self.settings_box)
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.keep_label, keep_row)
        self.list = BackupList(Path(self.folder_edit.text()))
        self.list.changed.connect(self._enable)
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.back_up_now)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.resize(980, 560)
        offer(
            ctx,
            [
                (self.settings_box, "office.configure"),
                (self.open_button, "backup.restore"),
                (self.restore_button, "backup.restore"),
            ],
        )
        self.retranslate()
        self._enable()

    @classmethod
    def show_for(cls, parent: QWidget | None, ctx: AppContext) -> RestoreResult | None:
        """The dialog; what was restored, if the user restored a backup."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.restored

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(
            self.tr(
                "Auyl Desk backs the database up when it closes and once a day. Keep the "
                "backups on a second disk or a stick: a backup on the same disk is lost with it."
            )
        )
        self.settings_box.setTitle(self.tr("Settings"))
        self.folder_label.setText(self.tr("&Folder:"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.default_button.setText(self.tr("Beside the &data"))
        self.keep_label.setText(self.tr("&Keep the newest:"))
        self.keep_spin.setSuffix(self.tr(" backups"))
        self.save_button.setText(self.tr("&Save settings"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.open_button.setText(self.tr("&Open a backup file…"))
        self.restore_button.setText(self.tr("&Restore the selected backup…"))

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.list.chosen is not None)

    @user_action
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)
            self.list.reload(Path(folder))

    @user_action
    def use_default_folder(self) -> None:
        self.folder_edit.setText(str(backups.default_folder()))
        self.list.reload(backups.default_folder())

    @user_action
    def save_settings(self) -> None:
        folder = Path(self.folder_edit.text())
        chosen = None if folder == backups.default_folder() else folder
        backups.save_backup_settings(self.ctx.db, chosen, self.keep_spin.value(), self.ctx.actor())
        self.list.reload(folder)

    @user_action
    def back_up_now(self) -> None:
        db, now = self.ctx.db, self.ctx.now()
        folder, keep = Path(self.folder_edit.text()), self.keep_spin.value()
        try:
            path = self.ctx.run_task(
                self,
                self.tr("Backing up the database…"),
                lambda _task: backups.take_backup(db, now, folder, keep),
                cancellable=False,
            )
        except backups.BackupError as error:
            self._tell(backup_texts.message(error))
            return
        self.list.reload(select=path)

    @user_action
    def open_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a backup file"),
            self.folder_edit.text(),
            self.tr("Auyl Desk databases (*.sqlite3);;All files (*)"),
        )
        if name:
            self.list.add_file(Path(name))

    @user_action
    def restore_selected(self) -> None:
        info = self.list.chosen
        if info is None:
            return
        if not confirm_restore(self, info, self.ctx.db.location):
            return
        try:
            self.restored = restore_backup(self.ctx, info.path)
        except backups.BackupError as error:
            self._tell(backup_texts.message(error))
            return
        self._tell(restored_text(self.restored), QMessageBox.Icon.Information)
        self.accept()

    def _tell(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        box.exec()
        box.setParent(None)
