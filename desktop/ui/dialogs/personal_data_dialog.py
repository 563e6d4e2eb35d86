"""Personal data (Law No. 94-V): the retention period, and the people kept past it, to purge.

The period is the act's default until an administrator sets another; the list shows the people
whose registration in the book ended more than the period ago. Purging one (with a reason)
leaves a tombstone without personal data (desktop/services/personal_data.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_date
from desktop.services import personal_data
from desktop.services.personal_data import PastRetention
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.errors import user_action
from desktop.ui.offers import may, offer

MAX_YEARS = 150


class PersonalDataDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        today = ctx.today()
        self._rules = personal_data.rules(ctx.db, today)
        self._default = personal_data.default_retention_years(today)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.years_label = QLabel()
        self.years = QSpinBox()
        self.years.setRange(1, MAX_YEARS)
        self.years.setValue(self._rules.retention_years)
        self.years_label.setBuddy(self.years)
        self.list_label = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.list_label.setBuddy(self.table)
        self.purge_button = QPushButton()
        self.purge_button.clicked.connect(self.purge)
        self.people: list[PastRetention] = []
        form = QFormLayout()
        form.addRow(self.years_label, self.years)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.list_label)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.purge_button)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumSize(640, 420)
        # the period is the administrator's (the office's configuration), purging the akim's
        self.years.setEnabled(may(ctx, "office.configure"))
        offer(
            ctx,
            [
                (self.purge_button, "person.purge"),
                (self.buttons.button(QDialogButtonBox.StandardButton.Save), "office.configure"),
            ],
        )
        self.refresh()
        self.retranslate()

    @classmethod
    def show_for(cls, parent: QWidget | None, ctx: AppContext) -> bool:
        """True when saved."""
        return bool(cls(ctx, parent).exec())

    def retranslate(self) -> None:
        language = self.ctx.language
        self.setWindowTitle(self.tr("Personal data"))
        law = self._rules.law_ru if language == "ru" else self._rules.law_kk
        self.intro.setText(
            self.tr(
                "%1. A person's data are kept for the period below after their registration in "
                "the book ended (they left the household, or it closed); then they are purged: "
                "the record stays without name, IIN, birth date or address."
            ).replace("%1", law)
        )
        self.years_label.setText(self.tr("&Retention period, years:"))
        self.years.setToolTip(self.tr("The default, years: %1").replace("%1", str(self._default)))
        self.list_label.setText(self.tr("&People kept past the period:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Person"), self.tr("Left the book"), self.tr("Kept until")]
        )
        self.purge_button.setText(self.tr("P&urge the selected person…"))
        self.refresh()

    def refresh(self) -> None:
        self.people = personal_data.past_retention(self.ctx.db, self.ctx.today())
        language = self.ctx.language
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            texts = (
                person.account_number,
                person.full_name,
                format_date(person.ended_on, language, "short"),
                format_date(person.keep_until, language, "short"),
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.purge_button.setEnabled(bool(self.people))

    @user_action
    def purge(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.people):
            self.complain(self.tr("Select a person in the list first."), self.table)
            return
        person = self.people[row]
        answer = ReasonDialog.ask(
            self,
            lambda: self.tr("Purge personal data"),
            lambda: self.tr(
                "%1: the name, IIN, birth date and address are removed for good, here and, by "
                "the next exchange, at the district. Why?"
            ).replace("%1", person.full_name),
            self.ctx.today(),
            with_date=False,
        )
        if answer is None:
            return
        personal_data.purge_person(
            self.ctx.db,
            person.member_id,
            answer[1],
            self.ctx.actor(),
            self.ctx.now(),
            self.ctx.today(),
        )
        self.refresh()

    def write(self) -> None:
        years = self.years.value()
        chosen = None if years == self._default else years
        personal_data.set_retention_years(self.ctx.db, chosen, self.ctx.actor())
