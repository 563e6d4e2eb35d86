"""The Household book tab: one search box, ranked results, and the card of the chosen household."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import applications, household_search, household_writer
from desktop.services.household_search import SearchHit
from desktop.ui.base_tab import BaseTab
from desktop.ui.context import AppContext
from desktop.ui.dialogs.household_dialog import HouseholdDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.livestock_dialog import LivestockDialog
from desktop.ui.dialogs.member_dialog import MemberDialog
from desktop.ui.dialogs.plot_dialog import PlotDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.errors import user_action
from desktop.ui.offers import Offered, may, offer
from desktop.ui.tabs.household_card import (
    ID_ROLE,
    HouseholdPanel,
    fill_row,
    fit_columns,
    make_table,
)

SEARCH_DELAY_MS = 150
NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class HouseholdsTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._hits: list[SearchHit] = []
        self._query = ""

        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.search_edit.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(self._timer.start)
        self.results = make_table(4)
        self.results.setMinimumWidth(320)
        self.results.clicked.connect(self.open_selected)
        self.results.activated.connect(self.open_selected)
        self.found_label = QLabel()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.add_household)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_spreadsheet)

        self.panel = HouseholdPanel(ctx)
        self.panel.action.connect(self.act)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.panel)

        left = QWidget()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.found_label, 1)
        bottom_row.addWidget(self.import_button)
        bottom_row.addWidget(self.new_button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.results, 1)
        left_layout.addLayout(bottom_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([520, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.search_edit, self.results)
        QWidget.setTabOrder(self.results, self.import_button)
        QWidget.setTabOrder(self.import_button, self.new_button)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.new_shortcuts = [
            QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_household),
            QShortcut(QKeySequence.StandardKey.New, self, self.add_household),
        ]
        ctx.hub.household_changed.connect(self._household_changed)
        ctx.hub.user_changed.connect(self._show_offers)
        self._show_offers()
        self.retranslate()

    def _show_offers(self) -> None:
        new: list[Offered] = [self.new_button, *self.new_shortcuts]
        offer(
            self.ctx,
            [(item, "household.edit") for item in new] + [(self.import_button, "household.import")],
        )
        self._show_hint()

    # ---- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Find:"))
        self.search_edit.setPlaceholderText(
            self.tr("IIN, name, address or personal account No (Ctrl+F)")
        )
        self.new_button.setText(self.tr("&New household…"))
        self.new_button.setToolTip(self.tr("Insert or Ctrl+N"))
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr("Import households from an Excel workbook (.xlsx) or a CSV file")
        )
        self.results.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Head of household"), self.tr("Address"), self.tr("Marks")]
        )
        self._show_hint()
        self._show_hits(self.selected_id())

    def _show_hint(self) -> None:
        """What to do here, naming the Insert key only to those who may add a household."""
        if may(self.ctx, "household.edit"):
            self.hint.setText(
                self.tr(
                    "Find a household on the left and press Enter to open its card, "
                    "or add a new household (Insert)."
                )
            )
        else:
            self.hint.setText(
                self.tr("Find a household on the left and press Enter to open its card.")
            )

    # ---- search --------------------------------------------------------------------------------

    @user_action
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @user_action
    def search_now(self) -> None:
        """Search at once; a new query selects the best hit, a repeated one keeps the row."""
        self._timer.stop()
        query = self.search_edit.text()
        keep = self.selected_id() if query == self._query else None
        self._query = query
        self._hits = household_search.search(self.ctx.db, query)
        self._show_hits(keep)

    def _show_hits(self, current: uuid.UUID | None = None) -> None:
        self.results.setRowCount(len(self._hits))
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for row, hit in enumerate(self._hits):
            who = hit.head_name
            if hit.matched_name:
                who = self.tr("%1 (found: %2)").replace("%1", who).replace("%2", hit.matched_name)
            marks = []
            if hit.closed:
                marks.append(self.tr("closed"))
            if hit.is_demo:
                marks.append(self.tr("DEMO"))
            cells = [hit.account_number, who, hit.address, ", ".join(marks)]
            items = fill_row(self.results, row, cells, hit.household_id)
            if hit.closed:
                for item in items:
                    item.setForeground(grey)
        fit_columns(self.results, 220)
        ids = [hit.household_id for hit in self._hits]
        if ids:
            self.results.selectRow(ids.index(current) if current in ids else 0)
        if self.search_edit.text().strip():
            self.found_label.setText(self.tr("Found: %1").replace("%1", str(len(ids))))
        else:
            self.found_label.clear()

    def selected_id(self) -> uuid.UUID | None:
        row = self.results.currentRow()
        item = self.results.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in NAVIGATION_KEYS:
                if self._timer.isActive():
                    self.search_now()
                row = self.results.currentRow()
                step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10}
                row += step.get(Qt.Key(event.key()), 10)
                if self.results.rowCount():
                    self.results.selectRow(max(0, min(row, self.results.rowCount() - 1)))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.search_now()
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    @user_action
    def open_selected(self) -> None:
        self.open_household(self.selected_id())

    def open_household(self, household_id: uuid.UUID | None) -> None:
        self.panel.show_household(household_id)
        self.stack.setCurrentWidget(self.panel if self.panel.card else self.hint)

    # ---- changes -------------------------------------------------------------------------------

    @user_action
    def add_household(self) -> None:
        new_id = HouseholdDialog.ask(self, self.ctx)
        if new_id is None:
            return
        self.ctx.hub.household_changed.emit(new_id)
        self.open_household(new_id)

    @user_action
    def import_spreadsheet(self) -> None:
        if ImportDialog.import_file(self, self.ctx) is not None:
            self.ctx.hub.household_changed.emit(None)
            self.search_now()

    @user_action
    def act(self, name: str, key: uuid.UUID) -> None:
        """A button of the household card: open the dialog that does it."""
        card = self.panel.card
        if card is None:
            return
        ctx = self.ctx
        if name in ("new_application", "member_application"):
            member_id = key if name == "member_application" else None
            person = applications.person_from_book(ctx.db, card.id, member_id, ctx.today())
            if person is not None:
                ctx.hub.application_requested.emit(person)
            else:
                QMessageBox.information(
                    self,
                    self.tr("New application"),
                    self.tr("The household has no head: choose a member on the Members page."),
                )
            return
        if name == "edit":
            done = HouseholdDialog.ask(self, ctx, card) is not None
        elif name == "close":
            done = self._close(card.id)
        elif name == "add_member":
            done = MemberDialog.ask(self, ctx, card.id)
        elif name == "edit_member":
            member = self.panel.selected_member()
            done = member is not None and MemberDialog.ask(self, ctx, card.id, member)
        elif name == "remove_member":
            done = self._remove_member(key)
        elif name in ("add_plot", "edit_plot"):
            plot = next((p for p in card.plots if p.id == key), None)
            done = PlotDialog.ask(self, ctx, card.id, plot)
        elif name == "remove_plot":
            done = self._remove_plot(key)
        else:
            done = LivestockDialog.ask(self, ctx, card.id)
        if done:
            ctx.hub.household_changed.emit(card.id)

    def _close(self, household_id: uuid.UUID) -> bool:
        answer = ReasonDialog.ask(
            self,
            lambda: self.tr("Close the household"),
            lambda: self.tr(
                "The household stays in the book's history. Why and from when is it closed?"
            ),
            today=self.ctx.today(),
        )
        if answer is None:
            return False
        actor = self.ctx.actor()
        household_writer.close_household(self.ctx.db, household_id, answer[0], answer[1], actor)
        return True

    def _remove_member(self, member_id: uuid.UUID) -> bool:
        member = self.panel.selected_member()
        answer = ReasonDialog.ask(
            self,
            lambda: self.tr("Remove a member"),
            lambda: self.tr(
                "%1 leaves the household; the record stays in its history. Why and when?"
            ).replace("%1", member.full_name if member else ""),
            today=self.ctx.today(),
        )
        if answer is None:
            return False
        actor = self.ctx.actor()
        household_writer.remove_member(self.ctx.db, member_id, answer[0], answer[1], actor)
        return True

    def _remove_plot(self, plot_id: uuid.UUID) -> bool:
        answer = ReasonDialog.ask(
            self,
            lambda: self.tr("Remove a land plot"),
            lambda: self.tr("The plot stays in the household's history. Why is it removed?"),
            today=self.ctx.today(),
            with_date=False,
        )
        if answer is None:
            return False
        household_writer.remove_plot(
            self.ctx.db, plot_id, answer[1], self.ctx.actor(), self.ctx.now()
        )
        return True

    def _household_changed(self, household_id: uuid.UUID | None) -> None:
        if self.search_edit.text().strip():
            self.search_now()
        if household_id is None or (
            self.panel.card is not None and self.panel.card.id == household_id
        ):
            self.panel.refresh()
