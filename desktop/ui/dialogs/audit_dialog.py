"""The administrator's view of the audit log: entries newest first, filtered by period, kind,
person and text, office-local times, one entry's full record below; "Verify chain" walks the
whole chain and says in words whether the log is intact or which entry was tampered with."""

from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import audit
from desktop.services.audit import AuditFilter, AuditRow, Verdict
from desktop.ui.audit_texts import AuditWords, kind_label, moment, table_label, verdict_text
from desktop.ui.certificate_texts import COLOURS
from desktop.ui.context import AppContext
from desktop.ui.dates import date_edit, pydate
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import user_action
from desktop.ui.models.audit_table import AuditTableModel

COLUMNS = 6
TYPING_PAUSE_MS = 400  # the text filter applies once typing pauses


class AuditDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.verdict: Verdict | None = None
        self.words = AuditWords(self)
        self.period_check = QCheckBox()
        self.from_edit = date_edit(ctx.today() - timedelta(days=30))
        self.to_edit = date_edit(ctx.today())
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.who_label = QLabel()
        self.who_combo = QComboBox()
        self.text_label = QLabel()
        self.text_edit = QLineEdit()
        self.text_edit.setClearButtonEnabled(True)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.reload)

        self.model = AuditTableModel(ctx.db, self.cells, COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.details_label = QLabel()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(130)

        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify_chain)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        filters = QGridLayout()
        period = QHBoxLayout()
        period.addWidget(self.period_check)
        period.addWidget(self.from_edit)
        period.addWidget(QLabel("—"))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        filters.addLayout(period, 0, 0, 1, 4)
        filters.addWidget(self.kind_label, 1, 0)
        filters.addWidget(self.kind_combo, 1, 1)
        filters.addWidget(self.who_label, 1, 2)
        filters.addWidget(self.who_combo, 1, 3)
        filters.addWidget(self.text_label, 2, 0)
        filters.addWidget(self.text_edit, 2, 1, 1, 3)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details)
        layout.addLayout(verify_row)
        layout.addWidget(buttons)
        self.resize(1100, 640)

        self._fill_choices()
        self.retranslate()
        self._enable_period()
        self.reload()
        self.period_check.toggled.connect(self._enable_period)
        self.period_check.toggled.connect(self.reload)
        self.from_edit.dateChanged.connect(self.reload)
        self.to_edit.dateChanged.connect(self.reload)
        self.kind_combo.currentIndexChanged.connect(self.reload)
        self.who_combo.currentIndexChanged.connect(self.reload)
        self.text_edit.textChanged.connect(self._typing.start)

    @classmethod
    def show_for(cls, parent: QWidget | None, ctx: AppContext) -> None:
        cls(ctx, parent).exec()

    # ---- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.period_check.setText(self.tr("&Period:"))
        self.kind_label.setText(self.tr("&What:"))
        self.kind_label.setBuddy(self.kind_combo)
        self.who_label.setText(self.tr("W&ho:"))
        self.who_label.setBuddy(self.who_combo)
        self.text_label.setText(self.tr("&Text:"))
        self.text_label.setBuddy(self.text_edit)
        self.text_edit.setPlaceholderText(
            self.tr("a name, a number, a value before or after a change")
        )
        self.kind_combo.setItemText(0, self.tr("Everything"))
        for index in range(1, self.kind_combo.count()):
            self.kind_combo.setItemText(index, kind_label(self.kind_combo.itemData(index)))
        self.who_combo.setItemText(0, self.tr("Everyone"))
        self.details_label.setText(self.tr("The selected entry as recorded:"))
        self.verify_button.setText(self.tr("&Verify chain"))
        self.verify_button.setToolTip(
            self.tr("Check that no entry was altered, removed or put out of order since written")
        )
        self.model.set_headers(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Record"),
                self.tr("Subject"),
            ]
        )
        self.model.reword()
        if self.verdict is not None:
            self._show_verdict(self.verdict)
        self._selected()

    def cells(self, row: AuditRow) -> list[str]:
        return [
            str(row.id),
            moment(row, self.ctx.language or "en"),
            row.actor_name,
            kind_label(row.kind),
            table_label(row.table_name),
            self.words.subject(row),
        ]

    # ---- filters -----------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self.kind_combo.addItem("", "")
        for kind in audit.kinds(self.ctx.db):
            self.kind_combo.addItem(kind_label(kind), kind)
        self.who_combo.addItem("", "")
        for staff_id, name in audit.actors(self.ctx.db):
            self.who_combo.addItem(name, str(staff_id))

    def _enable_period(self) -> None:
        on = self.period_check.isChecked()
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)

    def filters(self) -> AuditFilter:
        since = until = None
        if self.period_check.isChecked():
            since, until = audit.period(pydate(self.from_edit.date()), pydate(self.to_edit.date()))
        return AuditFilter(
            self.kind_combo.currentData() or "",
            since,
            until,
            self.who_combo.currentData() or "",
            self.text_edit.text().strip(),
        )

    @user_action
    def reload(self) -> None:
        self._typing.stop()
        self.model.load(self.filters())
        self._selected()

    # ---- one entry ---------------------------------------------------------------------------

    def _selected(self, *_changes: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.setPlainText("")
            return
        row = self.model.rows[rows[0].row()]
        when = moment(row, self.ctx.language or "en")
        lines = [
            f"{row.id}  {when}  {row.actor_name} ({row.actor_id})",
            f"{kind_label(row.kind)}  {table_label(row.table_name)}  {row.record_id}".strip(),
        ]
        if row.subject:
            lines.append(row.subject)
        for caption, values in ((self.tr("Before:"), row.before), (self.tr("After:"), row.after)):
            if values is not None:
                lines.append(f"{caption} {json.dumps(values, ensure_ascii=False, sort_keys=True)}")
        self.details.setPlainText("\n".join(lines))

    # ---- the chain ---------------------------------------------------------------------------

    @user_action
    def verify_chain(self) -> None:
        db = self.ctx.db
        verdict = self.ctx.run_task(
            self, self.tr("Verifying the audit log…"), lambda task: audit.verify(db, task.progress)
        )
        self.verdict = verdict
        self._show_verdict(verdict)

    def _show_verdict(self, verdict: Verdict) -> None:
        colour = COLOURS["valid" if verdict.intact else "altered"]  # as a certificate's verdict
        self.result_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.result_label.setText(verdict_text(verdict))
