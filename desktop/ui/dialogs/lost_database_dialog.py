"""At start: the database is missing or empty, but this PC had an office set up (its key is in
the data folder). Restore a backup, or start anew knowingly; never a quiet first-run setup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import Clock
from desktop.services import backups
from desktop.ui import backup_texts
from desktop.ui.dialogs.backups_dialog import backup_administrator, confirm_restore, restored_text
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import user_action
from desktop.ui.widgets.backup_list import BackupList


class LostDatabaseDialog(BaseDialog):
    def __init__(
        self, database: Path, folder: Path, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.list = BackupList(folder)
        self.list.changed.connect(self._enable)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.anew_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.anew_button.clicked.connect(self.start_anew)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(980, 520)
        self.retranslate()
        self._enable()

    @classmethod
    def ask(cls, parent: QWidget | None, database: Path, clock: Clock) -> bool:
        """True to go on (a backup was restored, or the user chose to start anew)."""
        return bool(cls(database, backups.default_folder(), clock, parent).exec())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The database is missing"))
        self.warning.setText(
            self.tr(
                "The database %1 is missing or empty, but an akim office was set up on this "
                "PC before."
            ).replace("%1", str(self.database))
        )
        self.explanation.setText(
            self.tr(
                "Restore the latest good backup (below, or from a stick), or start anew with "
                "an empty database and set the office up again. If you are not sure, quit and "
                "call the district IT person."
            )
        )
        self.open_button.setText(self.tr("&Open a backup file…"))
        self.restore_button.setText(self.tr("&Restore the selected backup"))
        self.anew_button.setText(self.tr("Start &anew"))
        self.quit_button.setText(self.tr("&Quit"))

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.list.chosen is not None)

    @user_action
    def open_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a backup file"),
            str(self.list.folder),
            self.tr("Auyl Desk databases (*.sqlite3);;All files (*)"),
        )
        if name:
            self.list.add_file(Path(name))

    @user_action
    def restore_selected(self) -> None:
        info = self.list.chosen
        if info is None or not confirm_restore(self, info, str(self.database)):
            return
        actor = backup_administrator(self, info.path, self.clock.now())  # no database to log in
        if actor is None:
            return
        try:
            result = backups.restore(self.database, info.path, actor, self.clock.now())
        except backups.BackupError as error:
            self._tell(backup_texts.message(error), QMessageBox.Icon.Warning)
            return
        self._tell(restored_text(result), QMessageBox.Icon.Information)
        self.accept()

    @user_action
    def start_anew(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            self.tr(
                "Start with an empty database? The office, its households and its numbers "
                "will have to be entered again. Backups stay where they are."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        box.setParent(None)
        if answer == QMessageBox.StandardButton.Yes.value:
            self.accept()

    def _tell(self, text: str, icon: QMessageBox.Icon) -> None:
        box = QMessageBox(icon, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        box.exec()
        box.setParent(None)
