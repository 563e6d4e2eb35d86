"""The main window's automatic backups: one a day (the first start of a day, or a timer for a
PC left on overnight) and one on close when something changed since the last; and the status
bar's warning of little free disk space, shown before it bites and checked before each backup.

A database on a server is backed up by the server's tool: nothing is taken automatically then.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.services import backups
from desktop.services.backups import BackupError, SpaceWarning
from desktop.ui import backup_texts
from desktop.ui.context import AppContext

CHECK_MS = 30 * 60 * 1000  # how often a PC left on looks whether today's backup is due


class AutomaticBackups(QObject):
    def __init__(self, ctx: AppContext, window: QWidget, label: QLabel) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.label = label  # the status bar's warning
        self.enabled = False
        self.warnings: list[SpaceWarning] = []
        self.failure: BackupError | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.daily)

    def start(self) -> None:
        if not self.ctx.db.is_sqlite:
            return
        self.enabled = True
        self.show_space()
        self.timer.start(CHECK_MS)
        QTimer.singleShot(0, self.daily)

    def stop(self) -> None:
        self.enabled = False
        self.timer.stop()

    def back_up(self, label: str) -> Path:
        """A backup now, behind a small progress (no Cancel: it is one step). Raises
        BackupError; the status bar keeps the failure until a backup succeeds."""
        db, now = self.ctx.db, self.ctx.now()
        folder, keep = backups.backup_folder(db), backups.keep_count(db)
        self.show_space(folder)
        try:
            path = self.ctx.run_task(
                self.window,
                label,
                lambda _task: backups.take_backup(db, now, folder, keep),
                cancellable=False,
            )
        except BackupError as error:
            self.failure = error
            self.retranslate()
            raise
        self.failure = None
        self.show_space(folder)
        return path

    def daily(self) -> None:
        """Today's backup, if none was taken yet (a failure goes to the status bar)."""
        if not self.enabled:
            return
        if not backups.backup_due(backups.backup_folder(self.ctx.db), self.ctx.today()):
            return
        try:
            self.back_up(self.tr("Daily backup of the database…"))
        except BackupError:
            return  # shown in the status bar by back_up

    def on_close(self) -> None:
        """The backup on close, when the database changed since the last one."""
        if not self.enabled:
            return
        self.stop()
        if not backups.changed_since_backup(self.ctx.db, backups.backup_folder(self.ctx.db)):
            return
        try:
            self.back_up(self.tr("Backing up the database before closing…"))
        except BackupError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("The backup on closing failed"),
                backup_texts.message(error),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.exec()
            box.setParent(None)

    def show_space(self, folder: Path | None = None) -> None:
        """Look at the free space of the data's and the backups' disks again."""
        if not self.ctx.db.is_sqlite:
            return
        self.warnings = backups.space_warnings(
            self.ctx.db, folder or backups.backup_folder(self.ctx.db)
        )
        self.retranslate()

    def retranslate(self) -> None:
        lines = [backup_texts.space_warning(w) for w in self.warnings]
        if self.failure is not None:
            lines.insert(
                0,
                self.tr("The last backup failed: %1").replace(
                    "%1", backup_texts.message(self.failure)
                ),
            )
        if self.failure is not None:
            self.label.setText(self.tr("The last backup failed"))
        elif self.warnings:
            self.label.setText(self.tr("Little free disk space"))
        self.label.setToolTip("\n\n".join(lines))
        self.label.setVisible(bool(lines))
