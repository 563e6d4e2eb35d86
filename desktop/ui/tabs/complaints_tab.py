"""The Complaints tab: the register with filters, a complaint's details and history, the steps
(extend, forward, answer, close) and its papers.

Overdue complaints are shown red and those due within 2 working days amber; their count is in
the tab's title (`title_changed`) and in the status bar at start (`attention_text`). A called
"complaint" queue ticket (hub.ticket_called) and "complain about this" on an application
(hub.complaint_requested) open the register form here.
"""

from __future__ import annotations

import uuid
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_date, format_datetime
from desktop.printing.document import Document
from desktop.services import complaint_papers, complaints
from desktop.services.complaints import CHANNELS, STATUSES, SUBJECTS, ComplaintInput, ComplaintRow
from desktop.ui import complaint_labels
from desktop.ui.base_tab import BaseTab
from desktop.ui.complaint_labels import label
from desktop.ui.context import AppContext
from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.dialogs.complaint_dialog import ComplaintDialog
from desktop.ui.dialogs.complaint_step_dialog import ComplaintStepDialog, Step
from desktop.ui.errors import user_action
from desktop.ui.offers import offer

STEPS = ("extend", "forward", "answer", "close")  # the rest of the buttons print its papers
OVERDUE = QColor("#f8d0d0")
DUE_SOON = QColor("#fbe7b5")
DUE_FILTERS = ("", "attention", "overdue", "due_by")


class ComplaintsTab(BaseTab):
    title_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[ComplaintRow] = []
        self._attention = complaints.Attention(0, 0)  # as of the last refresh

        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.register())  # not clicked(bool)
        self.status_filter = QComboBox()
        self.channel_filter = QComboBox()
        self.subject_filter = QComboBox()
        self.due_filter = QComboBox()
        for combo, count in (
            (self.status_filter, len(STATUSES) + 1),
            (self.channel_filter, len(CHANNELS) + 1),
            (self.subject_filter, len(SUBJECTS) + 1),
            (self.due_filter, len(DUE_FILTERS)),
        ):
            combo.addItems([""] * count)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)  # long choices are read in the open list
            combo.currentIndexChanged.connect(self.refresh)
        self.due_by_edit = date_edit(qdate(ctx.today()).addDays(7))
        self.due_by_edit.setCalendarPopup(True)
        self.due_by_edit.dateChanged.connect(self.refresh)
        self.filter_labels = [QLabel() for _ in range(4)]
        filters = QHBoxLayout()
        filters.addWidget(self.new_button)
        filters.addSpacing(12)
        for caption, combo in zip(
            self.filter_labels,
            (self.status_filter, self.channel_filter, self.subject_filter, self.due_filter),
            strict=True,
        ):
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
        filters.addWidget(self.due_by_edit)
        filters.addStretch(1)

        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.attention_label = QLabel()
        self.attention_label.setWordWrap(True)

        self.details = QTextBrowser()
        self.buttons: dict[str, QPushButton] = {}
        actions = (
            "talon", "protocol", "extend", "extension_notice", "forward", "forwarding_notice",
            "answer", "close",
        )  # fmt: skip
        grid = QHBoxLayout()
        step_row = QHBoxLayout()
        for name in actions:
            button = QPushButton()
            button.clicked.connect(lambda _c=False, n=name: self.act(n))
            self.buttons[name] = button
            (grid if name in ("talon", "protocol", "extension_notice", "forwarding_notice")
             else step_row).addWidget(button)  # fmt: skip
        grid.addStretch(1)
        step_row.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.attention_label)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        right_layout.addLayout(step_row)
        right_layout.addLayout(grid)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([860, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        ctx.hub.ticket_called.connect(self.ticket_called)
        ctx.hub.complaint_requested.connect(self.complain_about)
        ctx.hub.workplace_changed.connect(self.refresh)
        ctx.hub.user_changed.connect(self._show_offers)
        self._show_offers()
        self.retranslate()

    def _show_offers(self) -> None:
        """Registering and the steps are the counter's (desktop.core.roles); the register, the
        details and the papers are everyone's."""
        steps = [self.new_button] + [self.buttons[name] for name in STEPS]
        offer(self.ctx, [(button, "complaint.handle") for button in steps])

    # ---- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New complaint…"))
        captions = (self.tr("&Status:"), self.tr("&Channel:"), self.tr("A&bout:"), self.tr("&Due:"))
        for caption, text in zip(self.filter_labels, captions, strict=True):
            caption.setText(text)
        everything = self.tr("all")
        for combo, table, codes in (
            (self.status_filter, complaint_labels.STATUSES, STATUSES),
            (self.channel_filter, complaint_labels.CHANNELS, CHANNELS),
            (self.subject_filter, complaint_labels.SUBJECTS, SUBJECTS),
        ):
            combo.setItemText(0, everything)
            for index, code in enumerate(codes, start=1):
                combo.setItemText(index, label(table, code))
        self.due_filter.setItemText(0, everything)
        self.due_filter.setItemText(1, self.tr("overdue or due within 2 working days"))
        self.due_filter.setItemText(2, self.tr("overdue"))
        self.due_filter.setItemText(3, self.tr("open, due by the date:"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Received"),
                self.tr("Complainant"),
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Term"),
            ]
        )
        texts = {
            "talon": self.tr("&Talon"),
            "protocol": self.tr("&Protocol"),
            "extend": self.tr("E&xtend…"),
            "extension_notice": self.tr("E&xtension notice"),
            "forward": self.tr("&Forward…"),
            "forwarding_notice": self.tr("Forwarding &notice"),
            "answer": self.tr("&Answer…"),
            "close": self.tr("C&lose…"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.refresh()

    def title(self) -> str:
        """'Complaints' with the count of overdue and due-soon ones (as of the last refresh)."""
        count = self._attention.total
        return (
            self.tr("Complaints (%1)").replace("%1", str(count)) if count else self.tr("Complaints")
        )

    def attention_text(self, short: bool = False) -> str:
        """What stands out: '' when nothing is overdue or due soon; `short` for the status bar."""
        found = self._attention
        if not found.total:
            return ""
        text = (
            self.tr("Complaints: %1 overdue, %2 due soon.")
            if short
            else self.tr("Complaints: %1 overdue, %2 due within 2 working days.")
        )
        return text.replace("%1", str(found.overdue)).replace("%2", str(found.due_soon))

    # ---- the register ------------------------------------------------------------------------

    def _filter(self, combo: QComboBox, codes: tuple[str, ...]) -> str | None:
        index = combo.currentIndex()
        return codes[index - 1] if index > 0 else None

    def refresh(self) -> None:
        selected = self.selected()
        self._attention = complaints.attention(self.ctx.db, self.ctx.today())
        due = DUE_FILTERS[max(0, self.due_filter.currentIndex())]
        self._rows = complaints.complaints(
            self.ctx.db,
            self.ctx.today(),
            status=self._filter(self.status_filter, STATUSES),
            channel=self._filter(self.channel_filter, CHANNELS),
            subject=self._filter(self.subject_filter, SUBJECTS),
            due_by=pydate(self.due_by_edit.date()) if due == "due_by" else None,
            attention_only=due == "attention",
            overdue_only=due == "overdue",
        )
        self.due_by_edit.setVisible(due == "due_by")
        language = self.ctx.names_language
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            due_text = format_date(row.due_on, language, "medium")
            if row.registration_moved:
                due_text += " *"
            values = [
                row.number,
                format_datetime(row.received_at, language),
                row.complainant,
                label(complaint_labels.STATUSES, row.status),
                due_text,
                label(complaint_labels.STATES, row.state),
            ]
            colour = {"overdue": OVERDUE, "due_soon": DUE_SOON}.get(row.state)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        if selected is not None:
            self.select(selected.id)
        self.attention_label.setText(self.attention_text())
        self.attention_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.attention_label.setVisible(bool(self.attention_label.text()))
        self.title_changed.emit(self.title())
        self._show_selected()

    def selected(self) -> ComplaintRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()]

    def select(self, complaint_id: uuid.UUID) -> None:
        for index, row in enumerate(self._rows):
            if row.id == complaint_id:
                self.table.selectRow(index)
                return

    def _show_selected(self) -> None:
        row = self.selected()
        open_ = row is not None and row.status == "registered"
        enabled = {
            "talon": row is not None,
            "protocol": row is not None and row.channel == "oral",
            "extend": open_ and row is not None and not row.extended,
            "extension_notice": row is not None and row.extended,
            "forward": open_,
            "forwarding_notice": row is not None and row.forwarded_on is not None,
            "answer": row is not None and row.status in ("registered", "forwarded"),
            "close": row is not None and row.status == "answered",
        }
        for name, button in self.buttons.items():
            button.setEnabled(enabled[name])
        self.details.setHtml(self._details(row) if row is not None else "")

    def _details(self, row: ComplaintRow) -> str:
        language = self.ctx.names_language

        def day(value: Any) -> str:
            return format_date(value, language) if value is not None else "—"

        lines = [
            (self.tr("Complainant"), f"{row.complainant}, {row.national_number}"),
            (
                self.tr("Contacts"),
                ", ".join(p for p in (row.phone, row.email, row.address) if p) or "—",
            ),
            (self.tr("About"), row.subject_name),
            (self.tr("Channel"), label(complaint_labels.CHANNELS, row.channel)),
            (self.tr("Received"), format_datetime(row.received_at, language)),
            (self.tr("Registered"), day(row.registered_on)),
            (self.tr("Due"), day(row.due_on)),
            (self.tr("Term"), label(complaint_labels.STATES, row.state)),
            (self.tr("Accepted by"), row.received_by),
            (self.tr("Papers handed in"), "; ".join(row.attachments) or "—"),
        ]
        if row.registration_moved:
            lines.append(
                (
                    self.tr("Note"),
                    self.tr("* received on a day off, registered on the next working day"),
                )
            )
        if row.extended:
            lines.append(
                (
                    self.tr("Extended"),
                    self.tr("on %1 from %2: %3")
                    .replace("%1", day(row.extended_on))
                    .replace("%2", day(row.previous_due_on))
                    .replace("%3", row.extension_reason),
                )
            )
        if row.forwarded_on is not None:
            lines.append((self.tr("Forwarded"), f"{day(row.forwarded_on)}: {row.forwarded_to}"))
        if row.answered_on is not None:
            verdict = self.tr("justified") if row.justified else self.tr("not justified")
            lines.append(
                (self.tr("Answer"), f"{day(row.answered_on)}, {verdict}, {row.answered_by}: "
                 f"{row.answer_summary}")
            )  # fmt: skip
        body = "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in lines
        )
        history = "".join(
            f"<li>{escape(format_datetime(h.at, language))} — "
            f"{escape(label(complaint_labels.ACTIONS, h.action))}, {escape(h.acted_by)}"
            + (f": {escape(h.reason)}" if h.reason else "")
            + "</li>"
            for h in complaints.history(self.ctx.db, row.id)
        )
        heading = self.tr("History")
        return (
            f"<h3>{escape(row.number)}</h3><table cellspacing='4'>{body}</table>"
            f"<p>{escape(row.text)}</p><h4>{escape(heading)}</h4><ul>{history}</ul>"
        )

    # ---- registering -------------------------------------------------------------------------

    @user_action
    def register(self, prefill: ComplaintInput | None = None) -> None:
        """The register form; then the protocol of an oral complaint, and the talon."""
        registered = ComplaintDialog.ask(self, self.ctx, prefill)
        if registered is None:
            return
        self.refresh()
        self.select(registered.id)
        now = self.ctx.now()
        if registered.channel == "oral":
            self.ctx.show_document(
                self, complaint_papers.protocol_document(self.ctx.db, registered.id, now)
            )
        self.ctx.show_document(
            self, complaint_papers.talon_document(self.ctx.db, registered.id, now)
        )

    def ticket_called(self, ticket: Any) -> None:
        if str(getattr(ticket, "purpose", "")) != "complaint":
            return
        self.bring_forward()
        self.register(_blank(ticket_id=getattr(ticket, "id", None)))

    @user_action
    def complain_about(self, application_id: Any) -> None:
        self.bring_forward()
        self.register(complaints.from_application(self.ctx.db, application_id))

    # ---- steps and papers --------------------------------------------------------------------

    @user_action
    def act(self, name: str) -> None:
        row = self.selected()
        if row is None:
            return
        if name in ("extend", "forward", "answer"):
            step: Step = name  # type: ignore[assignment]
            changed = ComplaintStepDialog.ask(self, self.ctx, step, row)
            if changed is None:
                return
            self.refresh()
            notices = {"extend": "extension_notice", "forward": "forwarding_notice"}
            if name in notices:
                self.act(notices[name])
            return
        if name == "close":
            answer = QMessageBox.question(
                self,
                self.tr("Close the complaint"),
                self.tr("Close complaint %1? Its file is then complete and cannot change.").replace(
                    "%1", row.number
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                complaints.close(self.ctx.db, row.id, self.ctx.now(), self.ctx.actor())
                self.refresh()
            return
        self.ctx.show_document(self, self._paper(name, row))

    def _paper(self, name: str, row: ComplaintRow) -> Document:
        db, now = self.ctx.db, self.ctx.now()
        papers = {
            "talon": complaint_papers.talon_document,
            "protocol": complaint_papers.protocol_document,
            "extension_notice": complaint_papers.extension_notice_document,
            "forwarding_notice": complaint_papers.forwarding_notice_document,
        }
        return papers[name](db, row.id, now)


def _blank(ticket_id: uuid.UUID | None) -> ComplaintInput:
    """The form for a complainant called from the queue: in person, so an oral complaint until
    the clerk says otherwise (the ticket goes with it)."""
    return ComplaintInput("oral", "individual", "", "", "", "", ticket_id=ticket_id)
