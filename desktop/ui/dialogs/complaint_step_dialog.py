"""One step on a registered complaint, confirmed with Save: extend (reason, new due date),
forward (to whom), answer (justified or not, date, summary). The service is called on Save; a
refusal is worded on the error line with the cursor on the field at fault, nothing saved."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_date
from desktop.services import complaints
from desktop.services.complaints import ComplaintError, ComplaintRow
from desktop.ui.context import AppContext
from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.dialogs.form_dialog import FormDialog

Step = Literal["extend", "forward", "answer"]


class ComplaintStepDialog(FormDialog):
    input_errors = (ComplaintError,)

    def __init__(
        self, ctx: AppContext, step: Step, row: ComplaintRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.step, self.row = ctx, step, row
        self.result_row: ComplaintRow | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.date_edit = date_edit()
        self.date_edit.setCalendarPopup(True)
        self.text_edit = QLineEdit()
        self.text_edit.setMinimumWidth(380)
        self.summary_edit = QPlainTextEdit()
        self.justified_combo = QComboBox()
        self.justified_combo.addItems(["", "", ""])
        self.date_label, self.text_label = QLabel(), QLabel()
        self.summary_label, self.justified_label = QLabel(), QLabel()
        form = QFormLayout()
        if step == "extend":
            self.date_edit.setDate(qdate(row.extension_limit))
            form.addRow(self.text_label, self.text_edit)
            form.addRow(self.date_label, self.date_edit)
        elif step == "forward":
            form.addRow(self.text_label, self.text_edit)
        else:
            self.date_edit.setDate(qdate(ctx.today()))
            form.addRow(self.justified_label, self.justified_combo)
            form.addRow(self.date_label, self.date_edit)
            form.addRow(self.summary_label, self.summary_edit)
        for caption, widget in (
            (self.date_label, self.date_edit),
            (self.text_label, self.text_edit),
            (self.summary_label, self.summary_edit),
            (self.justified_label, self.justified_combo),
        ):
            caption.setBuddy(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: AppContext, step: Step, row: ComplaintRow
    ) -> ComplaintRow | None:
        """The complaint after the step, or None when cancelled."""
        dialog = cls(ctx, step, row, parent)
        dialog.exec()
        return dialog.result_row

    def retranslate(self) -> None:
        language = self.ctx.names_language
        number = self.row.number
        due = format_date(self.row.due_on, language)
        if self.step == "extend":
            self.setWindowTitle(self.tr("Extend the term of %1").replace("%1", number))
            self.intro.setText(
                self.tr(
                    "Due now: %1; the law allows one extension, up to %2, and the complainant "
                    "is told with a printed notice"
                )
                .replace("%1", due)
                .replace("%2", format_date(self.row.extension_limit, language))
            )
            self.text_label.setText(self.tr("&Reason:"))
            self.date_label.setText(self.tr("&New due date:"))
        elif self.step == "forward":
            self.setWindowTitle(self.tr("Forward %1").replace("%1", number))
            self.intro.setText(
                self.tr(
                    "Outside this office's competence: forward by %1 and give the complainant "
                    "the printed notice."
                ).replace("%1", format_date(self.row.forward_by, language))
            )
            self.text_label.setText(self.tr("&Forward to:"))
        else:
            self.setWindowTitle(self.tr("Answer to %1").replace("%1", number))
            self.intro.setText(self.tr("Due: %1").replace("%1", due))
            self.justified_label.setText(self.tr("&Decision:"))
            self.justified_combo.setItemText(0, self.tr("— choose —"))
            self.justified_combo.setItemText(1, self.tr("justified"))
            self.justified_combo.setItemText(2, self.tr("not justified"))
            self.date_label.setText(self.tr("Answer &date:"))
            self.summary_label.setText(self.tr("&Summary of the answer:"))

    def write(self) -> None:
        db, now, actor = self.ctx.db, self.ctx.now(), self.ctx.actor()
        if self.step == "extend":
            self.result_row = complaints.extend(
                db, self.row.id, self.text_edit.text(), now, actor, pydate(self.date_edit.date())
            )
        elif self.step == "forward":
            self.result_row = complaints.forward(db, self.row.id, self.text_edit.text(), now, actor)
        else:
            choice = self.justified_combo.currentIndex()
            if choice == 0:
                raise ComplaintError("justified", "decision_required")
            self.result_row = complaints.answer(
                db,
                self.row.id,
                choice == 1,
                pydate(self.date_edit.date()),
                self.summary_edit.toPlainText(),
                now,
                actor,
            )

    def field_widget(self, field: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "reason": self.text_edit,
            "forwarded_to": self.text_edit,
            "new_due": self.date_edit,
            "answered_on": self.date_edit,
            "summary": self.summary_edit,
            "justified": self.justified_combo,
        }
        return widgets.get(field)
