"""The Queue tab: issue tickets, today's line with live waiting times, the clerk's actions."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import queue_rules
from desktop.core.actor import Actor
from desktop.services import queue
from desktop.services.queue import QueueError, TicketRow
from desktop.ui.base_tab import BaseTab
from desktop.ui.context import AppContext
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.errors import user_action
from desktop.ui.offers import offer
from desktop.ui.visit import announce, call_next, end_visit_at_desk

REFRESH_MS = 15_000
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_COLOURS = {"near": QColor("#ffe08a"), "over": QColor("#f4a6a6")}
CLOSED_STYLE = (
    "background: #b00020; color: white; font-weight: bold; padding: 8px; border-radius: 4px;"
)
ACTIONS = ("start", "finish", "no_show", "recall", "drop", "redirect", "call_out_of_order")


class QueueTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[TicketRow] = []

        self.closed_label = QLabel()
        self.closed_label.setStyleSheet(CLOSED_STYLE)
        self.closed_label.setWordWrap(True)
        self.override_button = QPushButton()
        self.override_button.clicked.connect(self.issue_outside_hours)
        closed_row = QHBoxLayout()
        closed_row.addWidget(self.closed_label, 1)
        closed_row.addWidget(self.override_button)
        self.closed_box = QWidget()
        self.closed_box.setLayout(closed_row)

        # issuing
        self.issue_box = QGroupBox()
        self.language_label = QLabel()
        self.kk_radio = QRadioButton("Қазақша")
        self.ru_radio = QRadioButton("Русский")
        self.ticket_languages = QButtonGroup(self)
        self.ticket_languages.addButton(self.kk_radio)
        self.ticket_languages.addButton(self.ru_radio)
        (self.ru_radio if ctx.language == "ru" else self.kk_radio).setChecked(True)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.kk_radio)
        language_row.addWidget(self.ru_radio)
        language_row.addStretch(1)
        issue_layout = QVBoxLayout(self.issue_box)
        issue_layout.addLayout(language_row)
        self.issue_buttons: dict[str, QPushButton] = {}
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.2)
        for code in queue.purposes():
            button = QPushButton()
            button.setMinimumHeight(56)
            button.setFont(big)
            button.setStyleSheet("text-align: left; padding-left: 12px;")
            button.clicked.connect(lambda _checked=False, c=code: self.issue(c))
            issue_layout.addWidget(button)
            self.issue_buttons[code] = button
        issue_layout.addStretch(1)

        # today's line
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable_actions)
        self.count_label = QLabel()

        self.call_button = QPushButton()
        self.call_button.clicked.connect(self.call_next)
        self.call_button.setFont(big)
        self.action_buttons: dict[str, QPushButton] = {}
        # Two rows of actions beside the big Call button, so the tab fits a 1366-pixel screen.
        actions_row = QGridLayout()
        actions_row.addWidget(self.call_button, 0, 0, 2, 1)
        columns = (len(ACTIONS) + 1) // 2
        for index, action in enumerate(ACTIONS):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, a=action: self.act(a))
            actions_row.addWidget(button, index // columns, 1 + index % columns)
            self.action_buttons[action] = button
        actions_row.setColumnStretch(columns + 1, 1)

        line = QWidget()
        line_layout = QVBoxLayout(line)
        line_layout.setContentsMargins(0, 0, 0, 0)
        line_layout.addLayout(actions_row)
        line_layout.addWidget(self.table, 1)
        line_layout.addWidget(self.count_label)

        body = QHBoxLayout()
        body.addWidget(self.issue_box, 2)
        body.addWidget(line, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed_box)
        layout.addLayout(body, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        ctx.hub.queue_changed.connect(self.refresh)
        ctx.hub.user_changed.connect(self._show_offers)
        self._show_offers()
        self.retranslate()

    def _show_offers(self) -> None:
        """Issuing, calling and serving are the counter's (desktop.core.roles); the line is
        everyone's to read."""
        serving = [self.issue_box, self.override_button, self.call_button]
        serving += self.action_buttons.values()
        offer(self.ctx, [(item, "queue.serve") for item in serving])

    # ---- texts ---------------------------------------------------------------------------------

    def status_text(self, status: str) -> str:
        texts = {
            "waiting": self.tr("waiting"),
            "called": self.tr("called"),
            "serving": self.tr("serving"),
            "done": self.tr("done"),
            "no_show": self.tr("did not come"),
            "dropped": self.tr("dropped"),
        }
        return texts.get(status, status)

    def outcome_text(self, outcome: str) -> str:
        texts = {
            "accepted": self.tr("documents accepted"),
            "refused": self.tr("refused"),
            "issued": self.tr("result issued"),
            "consultation": self.tr("consultation"),
        }
        return texts.get(outcome, outcome)

    def retranslate(self) -> None:
        # Tickets are printed in the UI language unless the clerk picks the other one.
        (self.ru_radio if self.ctx.language == "ru" else self.kk_radio).setChecked(True)
        self.issue_box.setTitle(self.tr("Issue a queue ticket"))
        self.language_label.setText(self.tr("Ticket language:"))
        for code, button in self.issue_buttons.items():
            purpose = queue.purposes()[code]
            button.setText(f"{purpose.letter}   {purpose.name(self.ctx.language)}")
        self.call_button.setText(self.tr("Call &next (F5)"))
        texts = {
            "start": self.tr("&Start"),
            "finish": self.tr("&Finish"),
            "no_show": self.tr("No-&show"),
            "recall": self.tr("&Recall"),
            "drop": self.tr("&Drop"),
            "redirect": self.tr("Redi&rect…"),
            "call_out_of_order": self.tr("Call &out of order…"),
        }
        for action, button in self.action_buttons.items():
            button.setText(texts[action])
        self.override_button.setText(self.tr("Issue &anyway…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Letter"),
                self.tr("Purpose"),
                self.tr("Issued"),
                self.tr("Waited, min"),
                self.tr("Status"),
            ]
        )
        self.refresh()

    def ticket_language(self) -> str:
        return "ru" if self.ru_radio.isChecked() else "kk"

    # ---- the line ------------------------------------------------------------------------------

    def refresh(self) -> None:
        now = self.ctx.now()
        keep = self.selected_id()
        self._rows = queue.today(self.ctx.db, now)
        self.table.setRowCount(len(self._rows))
        for row, ticket in enumerate(self._rows):
            cells = [
                ticket.label,
                ticket.letter,
                queue.purposes()[ticket.purpose].name(self.ctx.language),
                self.ctx.local(ticket.issued_at).strftime("%H:%M"),
                str(ticket.waited_minutes),
                self.status_text(ticket.status),
            ]
            if ticket.outcome:
                cells[-1] = (
                    self.tr("%1: %2")
                    .replace("%1", cells[-1])
                    .replace("%2", self.outcome_text(ticket.outcome))
                )
            colour = ROW_COLOURS.get(ticket.wait_state) if ticket.status == "waiting" else None
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, ticket.id)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                    item.setForeground(QBrush(QColor("black")))
                self.table.setItem(row, column, item)
        self.table.hideColumn(1)
        for column in (0, 3, 4, 5):
            self.table.resizeColumnToContents(column)
        ids = [ticket.id for ticket in self._rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        waiting = sum(1 for ticket in self._rows if ticket.status == "waiting")
        self.count_label.setText(self.tr("Waiting: %1").replace("%1", str(waiting)))
        self._show_hours(now)
        self._enable_actions()

    def _show_hours(self, now: datetime) -> None:
        is_open = queue.is_open(now, self.ctx.db)
        self.closed_box.setVisible(not is_open)
        if not is_open:
            self.closed_label.setText(
                self.tr("Closed: opens at %1").replace(
                    "%1", self._moment(queue.next_opening(now, self.ctx.db))
                )
            )

    def _moment(self, moment: datetime) -> str:
        moment = self.ctx.local(moment)
        if moment.date() == self.ctx.today():
            return moment.strftime("%H:%M")
        return moment.strftime("%d.%m.%Y %H:%M")

    def selected_id(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def selected(self) -> TicketRow | None:
        chosen = self.selected_id()
        return next((row for row in self._rows if row.id == chosen), None)

    def _enable_actions(self) -> None:
        ticket = self.selected()
        for action, button in self.action_buttons.items():
            rule = "call" if action == "call_out_of_order" else action
            enabled = ticket is not None and queue_rules.allowed(ticket.status, rule)
            button.setEnabled(enabled)
        self.call_button.setEnabled(any(row.status == "waiting" for row in self._rows))

    # ---- issuing -------------------------------------------------------------------------------

    @user_action
    def issue(self, purpose: str, override_reason: str = "") -> None:
        language = self.ticket_language()
        try:
            issued = queue.issue_ticket(
                self.ctx.db, purpose, language, self.ctx.now(), self.ctx.actor(), override_reason
            )
        except QueueError as error:
            if error.code == "closed":
                self.refresh()
            raise
        self.ctx.hub.queue_changed.emit()
        self.ctx.show_document(self, queue.ticket_document(self.ctx.db, issued, language))

    @user_action
    def issue_outside_hours(self) -> None:
        codes = list(queue.purposes())
        names = [queue.purposes()[code].name(self.ctx.language) for code in codes]
        name, ok = QInputDialog.getItem(
            self, self.tr("Issue outside hours"), self.tr("Purpose:"), names, 0, False
        )
        if not ok:
            return
        answer = ReasonDialog.ask(
            self,
            lambda: self.tr("Issue outside hours"),
            lambda: self.tr("The office is closed now. Why is a ticket issued anyway?"),
            today=self.ctx.today(),
            with_date=False,
        )
        if answer is not None:
            self.issue(codes[names.index(name)], override_reason=answer[1])

    # ---- the clerk's actions -------------------------------------------------------------------

    @user_action
    def call_next(self) -> None:
        """The main window's F5 does the same from every tab (desktop.ui.visit)."""
        _asked, ticket = call_next(self, self.ctx)
        if ticket is None:
            self.refresh()
            return
        self._select(ticket.id)

    def _called(self, ticket: TicketRow) -> None:
        self.ctx.hub.queue_changed.emit()
        self._select(ticket.id)
        announce(self.ctx, ticket)

    def _select(self, ticket_id: uuid.UUID) -> None:
        ids = [row.id for row in self._rows]
        if ticket_id in ids:
            self.table.selectRow(ids.index(ticket_id))

    @user_action
    def act(self, action: str) -> None:
        ticket = self.selected()
        if ticket is None:
            return
        try:
            self._act(action, ticket)
        except QueueError:
            self.refresh()  # someone else may have moved the ticket: show its state now
            raise

    def _act(self, action: str, ticket: TicketRow) -> None:
        if action in ("call_out_of_order", "recall") and not end_visit_at_desk(self, self.ctx):
            return
        db, actor, now = self.ctx.db, self.ctx.actor(), self.ctx.now()
        if action == "call_out_of_order":
            answer = ReasonDialog.ask(
                self,
                lambda: self.tr("Call out of order"),
                lambda: self.tr(
                    "Calling %1 before its turn: the standard serves in order of arrival. "
                    "Write the reason; it is recorded."
                ).replace("%1", ticket.label),
                today=self.ctx.today(),
                with_date=False,
            )
            if answer is not None:
                self._called(queue.call_out_of_order(db, ticket.id, answer[1], actor, now))
            return
        if action == "redirect":
            self._redirect(ticket, actor, now)
            return
        if action == "no_show" and not self._confirm_no_show(ticket):
            return
        changed = {
            "start": queue.start_serving,
            "finish": queue.finish,
            "no_show": queue.no_show,
            "recall": queue.recall,
            "drop": queue.drop,
        }[action](db, ticket.id, actor, now)
        if action == "recall":
            self._called(changed)
        else:
            self.ctx.hub.queue_changed.emit()

    def _confirm_no_show(self, ticket: TicketRow) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Did not come"),
            self.tr("Mark ticket %1 as not come?").replace("%1", ticket.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _redirect(self, ticket: TicketRow, actor: Actor, now: datetime) -> None:
        codes = [code for code in queue.purposes() if code != ticket.purpose]
        names = [queue.purposes()[code].name(self.ctx.language) for code in codes]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Redirect"),
            self.tr("New purpose for %1 (keeps its place in line):").replace("%1", ticket.label),
            names,
            0,
            False,
        )
        if ok:
            queue.redirect(self.ctx.db, ticket.id, codes[names.index(name)], actor, now)
            self.ctx.hub.queue_changed.emit()
