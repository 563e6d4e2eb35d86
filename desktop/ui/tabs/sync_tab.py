"""Exchange: the USB trip to the district, from either end.

The drives list shows removable drives (and any folder chosen). A village writes its package
there (behind the progress dialog, with Cancel: the package is checked after writing and
nothing that could pass for one is left if it fails) and takes in the district's answer; the
district takes in the villages' packages, sees the dry-run report first and applies it, and
writes each office's answer. Keys: this side's fingerprint is shown to read aloud, and the other
side's enrollment file is taken only with the fingerprint its people read.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.actor import SYSTEM, Actor
from desktop.core.formatting import format_date, format_datetime
from desktop.services import sync_conflicts, sync_export, sync_import, sync_keys, sync_return
from desktop.services.sync_rows import BOOKKEEPING
from desktop.ui import sync_texts
from desktop.ui.base_tab import BaseTab
from desktop.ui.context import AppContext, NoWorkplace
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.district_reports import DistrictReportsDialog
from desktop.ui.errors import user_action
from desktop.ui.offers import offer
from desktop.ui.tasks import Task

_SYSTEM_FILE_SYSTEMS = {"tmpfs", "proc", "sysfs", "devtmpfs", "overlay", "squashfs", "devpts"}
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def removable_drives() -> list[Path]:
    """Mounted drives a stick would be: under /media, /run/media, /mnt (or a drive letter other
    than the system's on Windows), ready and writable."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        kind = bytes(volume.fileSystemType().data()).decode("ascii", "replace")
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        if kind in _SYSTEM_FILE_SYSTEMS or volume.isRoot():
            continue
        letter = len(root) <= 3 and root[1:2] == ":"
        if letter or root.startswith(_REMOVABLE_ROOTS):
            found.append(Path(root))
    return found


class ImportReportDialog(BaseDialog):
    """The dry-run report of the district's import: per office and data, what applying does."""

    def __init__(self, report: sync_import.ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.packages = QLabel()
        self.packages.setWordWrap(True)
        self.packages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 6)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.setEnabled(any(p.status in ("applied", "held") for p in report.packages))
        layout = QVBoxLayout(self)
        layout.addWidget(self.packages)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.retranslate()

    @classmethod
    def confirm(cls, parent: QWidget | None, report: sync_import.ImportReport) -> bool:
        """True when the user chose to apply what the report shows."""
        return cls(report, parent).exec() == BaseDialog.DialogCode.Accepted

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import: what will change"))
        self.apply_button.setText(self.tr("Apply"))
        dry_run = self.report.dry_run
        lines = [f"{p.name}: {sync_texts.status(p, dry_run)}" for p in self.report.packages]
        lines += [sync_texts.gap(p.gap) for p in self.report.packages if p.gap is not None]
        self.packages.setText("\n".join(lines))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Office"),
                self.tr("Data"),
                self.tr("New"),
                self.tr("Changed"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
            ]
        )
        rows = [
            (office, name, counts)
            for office, tables in sorted(self.report.by_office().items())
            for name, counts in tables.items()
        ]
        self.table.setRowCount(len(rows))
        for row, (office, name, counts) in enumerate(rows):
            values = [str(office), sync_texts.table_name(name)]
            values += [str(n) for n in (counts.new, counts.changed, counts.unchanged)]
            values.append(str(counts.conflicts))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)


class ConflictsDialog(BaseDialog):
    """Records changed at both ends: each differing field with the district's and the office's
    value, and a choice of which version stays."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[sync_import.Conflict] = []
        self.table = QTableWidget(0, 7)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.keep_button = QPushButton()
        self.take_button = QPushButton()
        self.keep_button.clicked.connect(lambda: self.resolve("local"))
        self.take_button.clicked.connect(lambda: self.resolve("incoming"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.load()
        self.retranslate()

    def load(self) -> None:
        self.conflicts = sync_import.open_conflicts(self.ctx.db)
        rows = [
            (index, conflict, name)
            for index, conflict in enumerate(self.conflicts)
            for name in sorted(conflict.incoming)
            if name not in BOOKKEEPING and conflict.local.get(name) != conflict.incoming[name]
        ]
        self.rows = [index for index, _conflict, _name in rows]
        self.table.setRowCount(len(rows))
        made = {c.id: sync_conflicts.changes(self.ctx.db, c) for c in self.conflicts}
        for row, (_index, conflict, name) in enumerate(rows):
            values = [
                str(conflict.office),
                sync_texts.table_name(conflict.table_name),
                sync_texts.field_name(name),
                str(conflict.local.get(name)),
                self._made(made[conflict.id].district),
                str(conflict.incoming[name]),
                self._made(made[conflict.id].office),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Records changed at both ends"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Office"),
                self.tr("Data"),
                self.tr("Field"),
                self.tr("District's version"),
                self.tr("Changed at the district"),
                self.tr("Office's version"),
                self.tr("Changed at the office"),
            ]
        )
        self.keep_button.setText(self.tr("Keep the district's"))
        self.take_button.setText(self.tr("Take the office's"))

    def _made(self, change: sync_conflicts.Change) -> str:
        """'Name — 02.12.2026, 15:04' in office-local time (either part may be missing)."""
        when = change.when
        language = self.ctx.language or "ru"
        shown = "" if when is None else format_datetime(self.ctx.local(when), language)
        return " — ".join(part for part in (change.who, shown) if part)

    @user_action
    def resolve(self, choice: str) -> None:
        """Settle the conflict of the selected row with `choice` ("local" or "incoming")."""
        row = self.table.currentRow()
        if row < 0:
            return
        conflict = self.conflicts[self.rows[row]]
        sync_return.resolve_conflict(
            self.ctx.db, conflict.id, choice, self._actor(), self.ctx.now()
        )
        self.load()

    def _actor(self) -> Actor:
        try:
            return self.ctx.actor()
        except NoWorkplace:
            return SYSTEM


class SyncTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.status_box = QGroupBox()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.status_box).addWidget(self.status_label)

        self.drives_box = QGroupBox()
        self.drives = QListWidget()
        self.no_drives = QLabel()
        self.no_drives.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.folder_button = QPushButton()
        self.refresh_button.clicked.connect(self.list_drives)
        self.folder_button.clicked.connect(self.choose_folder)
        drive_buttons = QHBoxLayout()
        drive_buttons.addWidget(self.refresh_button)
        drive_buttons.addWidget(self.folder_button)
        drive_buttons.addStretch()
        drives_layout = QVBoxLayout(self.drives_box)
        drives_layout.addWidget(self.drives)
        drives_layout.addWidget(self.no_drives)
        drives_layout.addLayout(drive_buttons)

        self.export_button = QPushButton()
        self.full_check = QCheckBox()
        self.import_button = QPushButton()
        self.return_button = QPushButton()
        self.conflicts_button = QPushButton()
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.reports_button = QPushButton()
        self.reports_button.clicked.connect(self.show_reports)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_packages)
        self.return_button.clicked.connect(self.write_return)
        actions = QHBoxLayout()
        for widget in (
            self.export_button,
            self.full_check,
            self.import_button,
            self.return_button,
            self.conflicts_button,
            self.reports_button,
        ):
            actions.addWidget(widget)
        actions.addStretch()

        self.keys_box = QGroupBox()
        self.own_fingerprint = ""  # shown once this side's enrollment file is made
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_enrollment_button = QPushButton()
        self.enroll_button = QPushButton()
        self.save_enrollment_button.clicked.connect(self.save_enrollment)
        self.enroll_button.clicked.connect(self.enroll)
        keys_layout = QHBoxLayout(self.keys_box)
        keys_layout.addWidget(self.fingerprint_label, 1)
        keys_layout.addWidget(self.save_enrollment_button)
        keys_layout.addWidget(self.enroll_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_box)
        layout.addWidget(self.drives_box, 1)
        layout.addLayout(actions)
        layout.addWidget(self.keys_box)
        self.list_drives()
        ctx.hub.user_changed.connect(self.refresh)
        self.retranslate()

    # ---- texts and state ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.status_box.setTitle(self.tr("State of the exchange"))
        self.drives_box.setTitle(self.tr("Removable drives and folders"))
        self.refresh_button.setText(self.tr("Look again"))
        self.folder_button.setText(self.tr("Add a folder…"))
        self.no_drives.setText(
            self.tr(
                "No removable drive is in. Insert the stick and press «Look again», "
                "or add a folder."
            )
        )
        self.export_button.setText(self.tr("Write package for the district"))
        self.full_check.setText(self.tr("Everything, not only changes"))
        self.import_button.setText(self.tr("Import packages…"))
        self.return_button.setText(self.tr("Write answer for an office…"))
        self.conflicts_button.setText(self.tr("Conflicts…"))
        self.reports_button.setText(self.tr("Indicator reports…"))
        self.keys_box.setTitle(self.tr("Keys"))
        self.save_enrollment_button.setText(self.tr("Save enrollment file…"))
        self.enroll_button.setText(self.tr("Enroll the other side…"))
        self.refresh()

    def _actor(self) -> Actor:
        """The clerk in a village; at the district, until its operator accounts exist, the
        program itself."""
        try:
            return self.ctx.actor()
        except NoWorkplace:
            return SYSTEM

    def _side(self) -> sync_keys.Side | None:
        try:
            return sync_keys.side(self.ctx.db)
        except sync_keys.SyncKeyError:
            return None

    def refresh(self) -> None:
        """Show where this side stands and offer only what it can do."""
        me = self._side()
        district = me is not None and me.role == "district"
        exchange = (
            (self.export_button, "sync.exchange"),
            (self.full_check, "sync.exchange"),
        )
        offer(self.ctx, exchange, where=not district)
        offer(
            self.ctx,
            [(self.return_button, "sync.import"), (self.conflicts_button, "sync.import")],
            where=district,
        )
        self.reports_button.setVisible(district)  # reads only
        offer(
            self.ctx,
            [
                # packages at the district, the district's answer in a village
                (self.import_button, "sync.import" if district else "sync.exchange"),
                (self.save_enrollment_button, "sync.exchange"),
                (self.enroll_button, "sync.keys"),
            ],
        )
        keys = [
            self.tr("Enrolled: %1 %2, fingerprint %3")
            .replace("%1", str(peer.number))
            .replace("%2", peer.name)
            .replace("%3", peer.fingerprint)
            for peer in sync_keys.peers(self.ctx.db)
            if peer.revoked_at is None
        ]
        if self.own_fingerprint:
            mine = self.tr("Fingerprint to read aloud: %1").replace("%1", self.own_fingerprint)
            keys.insert(0, mine)
        self.fingerprint_label.setText("\n".join(keys))
        if me is None:
            self.status_label.setText(sync_texts.key_error("no_office"))
            return
        if district:
            lines = [
                self.tr("District %1: %2").replace("%1", str(me.number)).replace("%2", me.name)
            ]
            for source in sync_import.sources(self.ctx.db):
                lines.append(
                    self.tr("Office %1: changes up to %2 taken in, last package %3")
                    .replace("%1", str(source.office))
                    .replace("%2", str(source.applied_through))
                    .replace("%3", self._when(source.last_package_at))
                )
            for totals in sync_import.office_totals(self.ctx.db):
                text = (
                    self.tr("Office %1: %2 households, %3 applications, %4 complaints")
                    if totals.office
                    else self.tr("District: %2 households, %3 applications, %4 complaints")
                )
                lines.append(
                    text.replace("%1", str(totals.office))
                    .replace("%2", str(totals.households))
                    .replace("%3", str(totals.applications))
                    .replace("%4", str(totals.complaints))
                )
            conflicts = len(sync_import.open_conflicts(self.ctx.db))
            lines.append(self.tr("Open conflicts: %1").replace("%1", str(conflicts)))
            self.status_label.setText("\n".join(lines))
            return
        state = sync_export.status(self.ctx.db)
        lines = [
            self.tr("Change counter %1; acknowledged by the district up to %2; %3 records to send")
            .replace("%1", str(state.counter))
            .replace("%2", str(state.acknowledged.through))
            .replace("%3", str(state.pending))
        ]
        if state.manifest_pending:
            lines.append(
                self.tr(
                    "The report's 3.3 or targets, or the akim's sign-offs, changed: the next "
                    "package carries them."
                )
            )
        if state.last_export is not None:
            lines.append(
                self.tr("Last package: %1 (%2)")
                .replace("%1", state.last_export_file)
                .replace("%2", self._when(state.last_export))
            )
        if state.last_return is not None:
            lines.append(
                self.tr("Last answer from the district: %1").replace(
                    "%1", self._when(state.last_return)
                )
            )
        self.status_label.setText("\n".join(lines))

    def _when(self, moment: datetime) -> str:
        return format_datetime(self.ctx.local(moment), self.ctx.language or "ru")

    # ---- drives ------------------------------------------------------------------------------

    @user_action
    def list_drives(self) -> None:
        chosen = [
            self.drives.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.drives.count())
        ]
        self.drives.clear()
        for path in [*removable_drives(), *(p for p in chosen if p not in removable_drives())]:
            self._add_drive(path)
        if self.drives.count():
            self.drives.setCurrentRow(0)
        self.no_drives.setVisible(self.drives.count() == 0)

    def _add_drive(self, path: Path) -> None:
        item = QListWidgetItem(str(path))
        item.setData(Qt.ItemDataRole.UserRole, path)
        self.drives.addItem(item)

    @user_action
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for packages"))
        if folder:
            self._add_drive(Path(folder))
            self.drives.setCurrentRow(self.drives.count() - 1)
            self.no_drives.hide()

    def target(self) -> Path | None:
        item = self.drives.currentItem()
        if item is None:
            QMessageBox.information(
                self, self.tr("Exchange"), self.tr("Choose a drive or a folder first.")
            )
            return None
        path = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(path, Path)
        return path

    def _refused(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Exchange"), sync_texts.describe(error))

    # ---- actions -----------------------------------------------------------------------------

    @user_action
    def export(self) -> None:
        folder = self.target()
        if folder is None:
            return
        actor, now, full = self.ctx.actor(), self.ctx.now(), self.full_check.isChecked()

        def work(task: Task) -> sync_export.Exported:
            return sync_export.export_package(
                self.ctx.db, folder, actor, now, full=full, progress=task.progress
            )

        try:
            exported = self.ctx.run_task(self, self.tr("Writing the package…"), work)
        except sync_export.NothingToExport:
            QMessageBox.information(
                self,
                self.tr("Exchange"),
                self.tr("Nothing changed since the district's last acknowledgment."),
            )
            return
        except sync_texts.SYNC_ERRORS as error:
            self._refused(error)
            return
        finally:
            self.refresh()
        QMessageBox.information(
            self,
            self.tr("Exchange"),
            self.tr(
                "The package is written and checked: %1 (%2 records). The stick can be removed."
            )
            .replace("%1", exported.path.name)
            .replace("%2", str(exported.rows)),
        )

    @user_action
    def import_packages(self) -> None:
        folder = self.target()
        start = str(folder) if folder is not None else ""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Packages to import"), start, self.tr("Packages (*.auylpkg)")
        )
        if not names:
            return
        paths = [Path(n) for n in names]
        try:
            me = self._side()
            if me is not None and me.role == "district":
                self._import_at_district(paths)
            else:
                self._import_answer(paths)
        except sync_texts.SYNC_ERRORS as error:
            self._refused(error)
        finally:
            self.refresh()

    def _import_at_district(self, paths: list[Path]) -> None:
        actor, now = self._actor(), self.ctx.now()

        def check(task: Task) -> sync_import.ImportReport:
            return sync_import.import_packages(
                self.ctx.db, paths, actor, now, dry_run=True, progress=task.progress
            )

        report = self.ctx.run_task(self, self.tr("Checking the packages…"), check)
        if not ImportReportDialog.confirm(self, report):
            return

        def apply(task: Task) -> sync_import.ImportReport:
            return sync_import.import_packages(
                self.ctx.db, paths, actor, now, progress=task.progress
            )

        done = self.ctx.run_task(self, self.tr("Importing…"), apply, cancellable=False)
        lines = [f"{p.name}: {sync_texts.status(p)}" for p in done.packages]
        QMessageBox.information(self, self.tr("Exchange"), "\n".join(lines))

    def _import_answer(self, paths: list[Path]) -> None:
        actor, now = self.ctx.actor(), self.ctx.now()
        lines = []
        language = self.ctx.language or "ru"
        for path in paths:
            applied = sync_return.apply_return(self.ctx.db, path, actor, now)
            lines += sync_texts.answer_lines(
                path.name, applied, lambda day: format_date(day, language)
            )
        QMessageBox.information(self, self.tr("Exchange"), "\n".join(lines))

    @user_action
    def write_return(self) -> None:
        folder = self.target()
        if folder is None:
            return
        number, ok = QInputDialog.getInt(
            self, self.tr("Exchange"), self.tr("Office number:"), 1, 0, 9999
        )
        if not ok:
            return
        try:
            path = sync_return.make_return(
                self.ctx.db, number, folder, self._actor(), self.ctx.now()
            )
        except sync_texts.SYNC_ERRORS as error:
            self._refused(error)
            return
        QMessageBox.information(
            self, self.tr("Exchange"), self.tr("Written: %1").replace("%1", path.name)
        )

    @user_action
    def show_conflicts(self) -> None:
        ConflictsDialog(self.ctx, self).exec()
        self.refresh()

    @user_action
    def show_reports(self) -> None:
        DistrictReportsDialog(self.ctx, self).exec()

    # ---- keys --------------------------------------------------------------------------------

    @user_action
    def save_enrollment(self) -> None:
        try:
            document, fingerprint = sync_keys.own_enrollment(
                self.ctx.db, self._actor(), self.ctx.now()
            )
        except sync_texts.SYNC_ERRORS as error:
            self._refused(error)
            return
        self.own_fingerprint = fingerprint
        self.refresh()
        folder = self.target()
        start = str(folder / "enrollment.json") if folder is not None else "enrollment.json"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save enrollment file"), start)
        if name:
            Path(name).write_bytes(document)

    @user_action
    def enroll(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The other side's enrollment file"))
        if not name:
            return
        spoken, ok = QInputDialog.getText(
            self, self.tr("Exchange"), self.tr("The fingerprint the other side reads aloud:")
        )
        if not ok:
            return
        try:
            peer = sync_keys.import_enrollment(
                self.ctx.db, Path(name).read_bytes(), spoken, self._actor(), self.ctx.now()
            )
        except sync_texts.SYNC_ERRORS as error:
            self._refused(error)
            return
        QMessageBox.information(
            self,
            self.tr("Exchange"),
            self.tr("Enrolled: %1 (%2)").replace("%1", str(peer.number)).replace("%2", peer.name),
        )
        self.refresh()
