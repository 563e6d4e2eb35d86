"""The short survey at collection: five yes/no questions, each skippable, for the satisfaction
indicators 2.1, 3.1, 4.3, 4.4 and 5.1 (desktop.core.survey). Opened when a result is handed
over; the applicant may skip any question, or close the survey without answering."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.survey import QUESTIONS
from desktop.services import reports
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog

YES, NO, SKIP = 1, 2, 3  # button ids (a negative id would be replaced by an automatic one)


class SurveyDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, application_id: uuid.UUID, language: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.application_id, self.language = ctx, application_id, language
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        grid = QGridLayout()
        self.questions: dict[str, QLabel] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.choices: list[tuple[QRadioButton, int]] = []
        for row, (column, _code) in enumerate(QUESTIONS):
            label = QLabel()
            label.setWordWrap(True)
            group = QButtonGroup(self)
            grid.addWidget(label, row, 0)
            for place, answer in enumerate((YES, NO, SKIP), start=1):
                button = QRadioButton()
                group.addButton(button, answer)
                grid.addWidget(button, row, place)
                self.choices.append((button, answer))
            group.button(SKIP).setChecked(True)
            self.questions[column], self.groups[column] = label, group
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(760, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Short survey"))
        self.intro.setText(
            self.tr(
                "Ask the applicant, if they agree: five questions, each answered yes or no or "
                "skipped. The answers count towards the office's quality indicators."
            )
        )
        texts = {
            "process": self.tr("Are you satisfied with how the service was provided?"),
            "information": self.tr("Are you satisfied with the information on the service?"),
            "complaint_procedure": self.tr(
                "If you complained: are you satisfied with how the complaint was handled?"
            ),
            "complaint_terms": self.tr("If you complained: was the complaint answered in time?"),
            "politeness": self.tr("Were the staff polite?"),
        }
        for column, label in self.questions.items():
            label.setText(texts[column])
        names = {YES: self.tr("Yes"), NO: self.tr("No"), SKIP: self.tr("Skip")}
        for button, answer in self.choices:
            button.setText(names[answer])

    def answers(self) -> dict[str, bool | None]:
        found: dict[str, bool | None] = {}
        for column, group in self.groups.items():
            checked = group.checkedId()
            found[column] = None if checked == SKIP else checked == YES
        return found

    def write(self) -> None:
        reports.record_survey(
            self.ctx.db, self.application_id, self.answers(), self.language,
            self.ctx.actor(), self.ctx.now(),
        )  # fmt: skip
