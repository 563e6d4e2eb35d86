"""The office's complaint settings: the talon's paper, and the complaint terms that could not be
confirmed from the act's own text (the act's value is the default; the source is shown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import complaint_papers, complaint_terms
from desktop.services.complaint_papers import PAGES
from desktop.services.complaints import ComplaintError
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.i18n import QT_TRANSLATE_NOOP

TERM_NAMES = {
    "review": QT_TRANSLATE_NOOP("ComplaintSettingsDialog", "Review"),
    "extension_limit": QT_TRANSLATE_NOOP("ComplaintSettingsDialog", "Longest extension"),
    "extension_notice": QT_TRANSLATE_NOOP(
        "ComplaintSettingsDialog", "Notice of the extension within"
    ),
    "forwarding": QT_TRANSLATE_NOOP("ComplaintSettingsDialog", "Forwarding within"),
}
UNITS = {
    "calendar_days": QT_TRANSLATE_NOOP("ComplaintSettingsDialog", "calendar days"),
    "working_days": QT_TRANSLATE_NOOP("ComplaintSettingsDialog", "working days"),
    "months": QT_TRANSLATE_NOOP("ComplaintSettingsDialog", "months"),
}
LAWS = {
    "law-221-2007": QT_TRANSLATE_NOOP(
        "ComplaintSettingsDialog", "Law No 221 of 12.01.2007 (until 30.06.2021)"
    ),
    "apc-350-vi-2021": QT_TRANSLATE_NOOP(
        "ComplaintSettingsDialog", "Administrative Procedure Code (from 01.07.2021)"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintSettingsDialog", text)


class ComplaintSettingsDialog(FormDialog):
    input_errors = (ComplaintError,)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_label = QLabel()
        self.page_combo = QComboBox()
        self.page_combo.addItems([""] * len(PAGES))
        self.page_combo.setCurrentIndex(PAGES.index(complaint_papers.talon_page(ctx.db)))
        self.page_label.setBuddy(self.page_combo)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        paper = QFormLayout()
        paper.addRow(self.page_label, self.page_combo)
        layout.addLayout(paper)
        layout.addWidget(self.intro)
        self.settings = complaint_terms.term_settings(ctx.db)
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        self.captions: list[tuple[QLabel, str]] = []
        self.boxes: dict[str, QGroupBox] = {}
        for setting in self.settings:
            box = self.boxes.get(setting.terms_id)
            if box is None:
                box = self.boxes[setting.terms_id] = QGroupBox()
                box.setLayout(QFormLayout())
                layout.addWidget(box)
            spin = QSpinBox()
            spin.setRange(1, 365)
            spin.setValue(setting.value)
            spin.setEnabled(not setting.confirmed)  # a number read in the act is the law
            caption = QLabel()
            caption.setBuddy(spin)
            self.captions.append((caption, setting.name))
            form = box.layout()
            assert isinstance(form, QFormLayout)
            form.addRow(caption, spin)
            self.spins[(setting.terms_id, setting.name)] = spin
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    @classmethod
    def show_for(cls, parent: QWidget | None, ctx: AppContext) -> bool:
        """True when saved."""
        return bool(cls(ctx, parent).exec())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaint settings"))
        self.page_label.setText(self.tr("Complaint &talon paper:"))
        self.page_combo.setItemText(0, self.tr("half an A4 sheet"))
        self.page_combo.setItemText(1, self.tr("80 mm receipt roll"))
        self.intro.setText(
            self.tr(
                "Terms that could not be confirmed from the act's own text: the act's value as "
                "read in secondary sources is the default. A changed value applies to "
                "complaints registered from now on."
            )
        )
        for terms_id, box in self.boxes.items():
            law = LAWS.get(terms_id)
            box.setTitle(_tr(law) if law else terms_id)
        for (caption, name), setting in zip(self.captions, self.settings, strict=True):
            caption.setText(_tr(TERM_NAMES[name]))
            spin = self.spins[(setting.terms_id, setting.name)]
            spin.setSuffix(" " + _tr(UNITS[setting.unit]))
            spin.setToolTip(self.tr("The act's value: %1").replace("%1", str(setting.default)))

    def write(self) -> None:
        actor = self.ctx.actor()
        values = {key: spin.value() for key, spin in self.spins.items()}
        complaint_terms.save_term_settings(self.ctx.db, values, actor)
        complaint_papers.save_talon_page(self.ctx.db, PAGES[self.page_combo.currentIndex()], actor)

    def field_widget(self, field: str) -> QWidget | None:
        return next(iter(self.spins.values()), None)
