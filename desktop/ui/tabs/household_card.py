"""The household card beside the search results: members, land, livestock on a date, history."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_area, format_date, format_datetime, format_number
from desktop.services import households
from desktop.services.household_matching import read_import_reason
from desktop.services.household_values import BookError
from desktop.services.households import HistoryRow, HouseholdCard, MemberRow, Terms
from desktop.ui.book_errors import sex_label
from desktop.ui.context import AppContext
from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.errors import user_action
from desktop.ui.i18n import Retranslating
from desktop.ui.offers import offer

ID_ROLE = Qt.ItemDataRole.UserRole
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DEMO_STYLE = "background: #fff3cd; color: #664d03; padding: 6px; font-weight: bold;"


def make_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    setup_table(table)
    return table


def setup_table(table: QTableView) -> None:
    """Whole rows selected one at a time, read only, no row numbers, no word wrap."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)


def fit_columns(table: QTableView, widest: int = 240) -> None:
    """Columns as wide as their text, none wider than `widest` (the tooltip shows the rest)."""
    table.resizeColumnsToContents()
    for column in range(table.horizontalHeader().count() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), widest))


def fill_row(
    table: QTableWidget, row: int, cells: list[str], key: Any = None
) -> list[QTableWidgetItem]:
    """Puts `cells` into `row` (each item keeping `key`); the items, left to right."""
    items = []
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setData(ID_ROLE, key)
        item.setToolTip(text)
        table.setItem(row, column, item)
        items.append(item)
    return items


# What each of the card's buttons starts in the role matrix (the others: "household.edit").
BUTTON_ACTIONS = {
    "remove_plot": "household.delete",
    "new_application": "application.handle",
    "member_application": "application.handle",
}


class HouseholdPanel(Retranslating, QWidget):
    """Shows one household. Buttons ask the tab to act (`action` carries a name and an id)."""

    action = Signal(str, object)  # "edit", "close", "add_member", "edit_member", ...

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._terms: Terms = households.terms(ctx.db)
        ctx.hub.user_changed.connect(self.refresh)
        self.card: HouseholdCard | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)  # a long name wraps instead of widening the window
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_banner = QLabel()
        self.demo_banner.setStyleSheet(DEMO_STYLE)
        self.demo_banner.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        for name in ("edit", "close", "add_member", "edit_member", "remove_member"):
            self._button(name)
        for name in ("new_application", "member_application"):
            self._button(name)
        for name in ("add_plot", "edit_plot", "remove_plot", "record_livestock"):
            self._button(name)

        self.members = make_table(7)
        self.members.doubleClicked.connect(lambda: self._act("edit_member"))
        self.plots = make_table(4)
        self.plots.doubleClicked.connect(lambda: self._act("edit_plot"))
        self.plots_total = QLabel()
        self.livestock_date_label = QLabel()
        self.livestock_date = date_edit(qdate(ctx.today()))
        self.livestock_date.setCalendarPopup(True)
        self.livestock_date_label.setBuddy(self.livestock_date)
        self.livestock_date.dateChanged.connect(self.show_livestock)
        self.livestock_as_of = QLabel()
        self.livestock = make_table(3)
        self.history = make_table(7)

        self.sections = QTabWidget()
        self.sections.addTab(
            self._page(
                self.members, "add_member", "edit_member", "remove_member", "member_application"
            ),
            "",
        )
        self.sections.addTab(
            self._page(self.plots, "add_plot", "edit_plot", "remove_plot", self.plots_total), ""
        )
        livestock_row = QHBoxLayout()
        livestock_row.addWidget(self.livestock_date_label)
        livestock_row.addWidget(self.livestock_date)
        livestock_row.addWidget(self.livestock_as_of, 1)
        livestock_row.addWidget(self.buttons["record_livestock"])
        livestock_page = QWidget()
        livestock_layout = QVBoxLayout(livestock_page)
        livestock_layout.addLayout(livestock_row)
        livestock_layout.addWidget(self.livestock)
        self.sections.addTab(livestock_page, "")
        self.sections.addTab(self.history, "")

        head_row = QHBoxLayout()
        head_row.addWidget(self.title, 1)
        head_row.addWidget(self.buttons["new_application"])
        head_row.addWidget(self.buttons["edit"])
        head_row.addWidget(self.buttons["close"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.demo_banner)
        layout.addLayout(head_row)
        layout.addWidget(self.details)
        layout.addWidget(self.sections, 1)
        self.retranslate()

    def _button(self, name: str) -> None:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda: self._act(name))
        self.buttons[name] = button

    def _page(self, table: QTableWidget, *parts: str | QWidget) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        for part in parts:
            row.addWidget(self.buttons[part] if isinstance(part, str) else part)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return page

    @user_action
    def _act(self, name: str) -> None:
        if self.card is None:
            return
        members = ("edit_member", "remove_member", "member_application")
        table = self.members if name in members else None
        table = table or {"edit_plot": self.plots, "remove_plot": self.plots}.get(name)
        if table is None:
            self.action.emit(name, self.card.id)
            return
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        if item is not None and item.data(ID_ROLE) is not None:
            self.action.emit(name, item.data(ID_ROLE))

    # ---- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "edit": self.tr("&Edit household…"),
            "close": self.tr("C&lose household…"),
            "add_member": self.tr("Add &member…"),
            "edit_member": self.tr("&Correct member…"),
            "remove_member": self.tr("&Remove member…"),
            "add_plot": self.tr("Add &plot…"),
            "edit_plot": self.tr("Correct p&lot…"),
            "remove_plot": self.tr("Remo&ve plot…"),
            "record_livestock": self.tr("Record &head count…"),
            "new_application": self.tr("New &application"),
            "member_application": self.tr("Application &for this person"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["new_application"].setToolTip(
            self.tr("The application form filled in for the head of the household")
        )
        self.buttons["member_application"].setToolTip(
            self.tr("The application form filled in for the selected member")
        )
        for index, text in enumerate(
            [self.tr("Members"), self.tr("Land"), self.tr("Livestock"), self.tr("History")]
        ):
            self.sections.setTabText(index, text)
        self.members.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Relation"),
                self.tr("IIN"),
                self.tr("Born"),
                self.tr("Registered"),
                self.tr("Left"),
                self.tr("Reason"),
            ]
        )
        self.plots.setHorizontalHeaderLabels(
            [self.tr("Use"), self.tr("Area, ha"), self.tr("State act No"), self.tr("Cadastral No")]
        )
        self.livestock_date_label.setText(self.tr("Livestock &on:"))
        self.livestock.setHorizontalHeaderLabels(
            [self.tr("Livestock group"), self.tr("Kind"), self.tr("Head")]
        )
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Was"),
                self.tr("Now"),
                self.tr("Reason"),
            ]
        )
        self.demo_banner.setText(
            self.tr("DEMO household: made-up data for practice, not a real record of the book.")
        )
        self.refresh()

    # ---- data ----------------------------------------------------------------------------------

    def _date(self, day: date | None) -> str:
        return format_date(day, self.ctx.language, "medium") if day else ""

    def _term(self, kind: str, code: str) -> str:
        term = next((t for t in getattr(self._terms, kind) if t.code == code), None)
        return term.name(self.ctx.language) if term else code

    def show_household(self, household_id: uuid.UUID | None) -> None:
        if self.card is None or self.card.id != household_id:
            # another household: its livestock as of today, not the date looked at before
            self.livestock_date.blockSignals(True)
            self.livestock_date.setDate(qdate(self.ctx.today()))
            self.livestock_date.blockSignals(False)
        self.card = None
        if household_id is not None:
            try:
                self.card = households.card(self.ctx.db, household_id, self.ctx.today())
            except BookError:
                self.card = None
        self.refresh()

    def refresh(self) -> None:
        if self.card is not None:
            try:
                self.card = households.card(self.ctx.db, self.card.id, self.ctx.today())
            except BookError:
                self.card = None
        card = self.card
        self.setEnabled(card is not None)
        if card is None:
            self.title.clear()
            self.details.clear()
            self.demo_banner.hide()
            for table in (self.members, self.plots, self.livestock, self.history):
                table.setRowCount(0)
            return
        self._show_header(card)
        self._show_members(card)
        self._show_plots(card)
        self.show_livestock()
        self._show_history(card)

    def _show_header(self, card: HouseholdCard) -> None:
        data = card.data
        head = card.head.full_name if card.head else self.tr("no head of household")
        self.title.setText(
            self.tr("Personal account No %1 — %2")
            .replace("%1", data.account_number)
            .replace("%2", head)
        )
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        address = ", ".join(p for p in (data.locality, data.street, data.house) if p)
        if data.apartment:
            address = self.tr("%1, apt. %2").replace("%1", address).replace("%2", data.apartment)
        lines = [
            address,
            self.tr("Book No %1, page %2; opened on %3")
            .replace("%1", data.book_number or "—")
            .replace("%2", data.book_page or "—")
            .replace("%3", self._date(data.opened_on)),
        ]
        if data.phone:
            lines.append(self.tr("Phone: %1").replace("%1", data.phone))
        if card.closed_on:
            lines.append(
                self.tr("Closed on %1: %2")
                .replace("%1", self._date(card.closed_on))
                .replace("%2", card.close_reason)
            )
        if data.notes:
            lines.append(data.notes)
        self.details.setText("\n".join(lines))
        self.demo_banner.setVisible(card.is_demo)
        is_open = card.closed_on is None
        for name, button in self.buttons.items():
            button.setEnabled(is_open or name == "edit")
        # editing and applications are the counter's, removing is the akim's (desktop.core.roles)
        offer(
            self.ctx,
            [
                (button, BUTTON_ACTIONS.get(name, "household.edit"))
                for name, button in self.buttons.items()
            ],
        )

    def _show_members(self, card: HouseholdCard) -> None:
        rows = list(card.members) + list(card.former_members)
        self.members.setRowCount(len(rows))
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for row, member in enumerate(rows):
            former = member not in card.members
            cells = [
                member.full_name,
                self._term("relation", member.relation),
                member.iin,
                self._date(member.birth_date),
                self._date(member.registered_from),
                self._date(member.registered_to),
                member.removal_reason,
            ]
            items = fill_row(self.members, row, cells, None if former else member.id)
            if former:
                for item in items:
                    item.setForeground(grey)
        fit_columns(self.members)

    def _show_plots(self, card: HouseholdCard) -> None:
        self.plots.setRowCount(len(card.plots))
        for row, plot in enumerate(card.plots):
            cells = [
                self._term("land_purpose", plot.purpose),
                format_area(plot.area_ha, self.ctx.language),
                plot.state_act_number,
                plot.cadastral_number,
            ]
            items = fill_row(self.plots, row, cells, plot.id)
            items[1].setTextAlignment(Qt.AlignmentFlag.AlignRight)
        total = sum((p.area_ha for p in card.plots), Decimal(0))
        self.plots_total.setText(
            self.tr("Total: %1 ha").replace("%1", format_area(total, self.ctx.language))
        )
        fit_columns(self.plots)

    def show_livestock(self) -> None:
        if self.card is None:
            return
        day = pydate(self.livestock_date.date())
        snapshot = households.livestock_on(self.ctx.db, self.card.id, day)
        if snapshot is None:
            self.livestock_as_of.setText(self.tr("Nothing recorded on or before this date."))
            self.livestock.setRowCount(0)
            return
        self.livestock_as_of.setText(self.tr("as of %1").replace("%1", self._date(snapshot.as_of)))
        terms = [t for t in self._terms.livestock if snapshot.counts.get(t.code)]
        self.livestock.setRowCount(len(terms))
        for row, term in enumerate(terms):
            group = term.group_ru if self.ctx.language == "ru" else term.group_kk
            count = format_number(snapshot.counts[term.code], self.ctx.language)
            items = fill_row(
                self.livestock, row, [group, term.name(self.ctx.language), count], term.code
            )
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight)
        fit_columns(self.livestock)

    # ---- history -------------------------------------------------------------------------------

    def _entity_label(self, entity: str) -> str:
        labels = {
            "household": self.tr("household"),
            "member": self.tr("member"),
            "plot": self.tr("land plot"),
            "livestock": self.tr("livestock"),
        }
        return labels.get(entity, entity)

    def _field_label(self, field: str) -> str:
        labels = {
            "created": self.tr("opened"),
            "added": self.tr("added"),
            "deleted_at": self.tr("removed"),
            "counts": self.tr("head count"),
            "closed_on": self.tr("closed on"),
            "close_reason": self.tr("reason for closing"),
            "registered_to": self.tr("left on"),
            "removal_reason": self.tr("reason for leaving"),
            "registered_from": self.tr("registered from"),
            "account_number": self.tr("personal account"),
            "book_number": self.tr("book No"),
            "book_page": self.tr("page"),
            "locality": self.tr("locality"),
            "street": self.tr("street"),
            "house": self.tr("house"),
            "apartment": self.tr("apartment"),
            "phone": self.tr("phone"),
            "notes": self.tr("notes"),
            "opened_on": self.tr("opened on"),
            "surname": self.tr("surname"),
            "name": self.tr("name"),
            "patronymic": self.tr("patronymic"),
            "iin": self.tr("IIN"),
            "birth_date": self.tr("birth date"),
            "sex": self.tr("sex"),
            "relation": self.tr("relation"),
            "purpose": self.tr("use"),
            "area_ha": self.tr("area, ha"),
            "state_act_number": self.tr("state act No"),
            "cadastral_number": self.tr("cadastral No"),
            "animal_ids": self.tr("animal IDs"),
            "note": self.tr("note"),
        }
        return labels.get(field, field)

    def _value(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, dict):
            return ", ".join(
                f"{self._term('livestock', code)} {format_number(n, self.ctx.language)}"
                for code, n in value.items()
            )
        if field == "relation":
            return self._term("relation", str(value))
        if field == "purpose":
            return self._term("land_purpose", str(value))
        if field == "sex":
            return sex_label(str(value))
        if field == "deleted_at":
            return self.tr("removed")
        if field == "area_ha":
            return format_number(Decimal(str(value)), self.ctx.language)
        if isinstance(value, str) and _ISO_DATE.match(value):
            return self._date(date.fromisoformat(value))
        return str(value)

    def _show_history(self, card: HouseholdCard) -> None:
        rows = households.history(self.ctx.db, card.id)
        names: dict[Any, str] = {m.id: m.full_name for m in (*card.members, *card.former_members)}
        for line in rows:  # plots and members no longer on the card keep their "added" text
            if line.field == "added" and line.record_id not in names:
                names[line.record_id] = self._added_text(line)
        self.history.setRowCount(len(rows))
        for row, line in enumerate(rows):
            fill_row(self.history, row, self._history_cells(line, names))
        fit_columns(self.history)

    def _added_text(self, line: HistoryRow) -> str:
        """A plot's "added" line reads 'garden 0.1500': show the use's name and a local number."""
        text = str(line.new_value or "")
        purpose, _, area = text.partition(" ")
        if line.entity != "plot" or not area:
            return text
        return f"{self._term('land_purpose', purpose)} {self._value('area_ha', area)}"

    def _history_cells(self, line: HistoryRow, names: dict[Any, str]) -> list[str]:
        when = line.changed_at
        if isinstance(when, datetime):  # stored in UTC (aware), shown in office time
            when = format_datetime(self.ctx.local(when), self.ctx.language)
        record = self._entity_label(line.entity)
        detail, reason = names.get(line.record_id, ""), line.reason
        if line.entity == "livestock" and _ISO_DATE.match(reason):
            detail, reason = self._value("", reason), ""  # the reason holds the snapshot date
        if imported := read_import_reason(reason):
            source, row = imported
            reason = self.tr("import of %1, row %2").replace("%1", source).replace("%2", str(row))
        if line.entity in ("member", "plot", "livestock") and detail:
            record = self.tr("%1: %2").replace("%1", record).replace("%2", detail)
        new = self._added_text(line) if line.field == "added" else line.new_value
        return [
            str(when),
            line.changed_by,
            record,
            self._field_label(line.field),
            self._value(line.field, line.old_value),
            self._value(line.field, new),
            reason,
        ]

    def selected_member(self) -> MemberRow | None:
        if self.card is None or self.members.currentRow() < 0:
            return None
        item = self.members.item(self.members.currentRow(), 0)
        key = item.data(ID_ROLE) if item else None
        return next((m for m in self.card.members if m.id == key), None)
