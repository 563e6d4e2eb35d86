"""The Application tab: hand-in with the documents check, refusal or talon, and the list.

A called queue ticket (hub.ticket_called) brings this tab forward: "hand_in_1"/"hand_in_2"
preselect the service and the ticket goes with the application; "collect" lists the ready
results. Every paper (talon, refusal notice, form, certificate) comes from a service as a
Document and is shown by the context's preview.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.formatting import format_datetime
from desktop.services import applications, certificates
from desktop.services.application_list import ApplicationRow
from desktop.services.applications import ApplicationError
from desktop.services.certificates import CertificateError
from desktop.ui.base_tab import BaseTab
from desktop.ui.context import AppContext
from desktop.ui.dialogs.certificate_date_dialog import CertificateDateDialog
from desktop.ui.dialogs.survey_dialog import SurveyDialog
from desktop.ui.errors import describe, user_action
from desktop.ui.widgets.applicant_form import ERROR_STYLE, OK_STYLE, ApplicantForm
from desktop.ui.widgets.application_list import ApplicationList

HAND_IN_PURPOSES = {"hand_in_1": 1, "hand_in_2": 2}


class ApplicationTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ticket_id: uuid.UUID | None = None
        self._message: Callable[[], str] | None = None

        self.form = ApplicantForm(ctx)
        self.ticket_label = QLabel()
        self.blank_button = QPushButton()
        self.blank_button.clicked.connect(lambda: self.print_form(sample=False))
        self.sample_button = QPushButton()
        self.sample_button.clicked.connect(lambda: self.print_form(sample=True))
        self.accept_button = QPushButton()
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self.accept_application)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.list = ApplicationList(ctx)
        self.list.selection_changed.connect(self._update_actions)
        self.ready_button = QPushButton()
        self.ready_button.clicked.connect(self.mark_ready)
        self.issue_button = QPushButton()
        self.issue_button.clicked.connect(self.mark_issued)
        self.reprint_button = QPushButton()
        self.reprint_button.clicked.connect(self.reprint)
        self.certificate_button = QPushButton()
        self.certificate_button.clicked.connect(self.prepare_certificate)
        self.certificate_copy_button = QPushButton()
        self.certificate_copy_button.clicked.connect(self.reprint_certificate)

        left = QWidget()
        print_row = QHBoxLayout()
        print_row.addWidget(self.blank_button)
        print_row.addWidget(self.sample_button)
        print_row.addStretch(1)
        action_row = QHBoxLayout()
        action_row.addWidget(self.clear_button)
        action_row.addStretch(1)
        action_row.addWidget(self.accept_button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.ticket_label)
        left_layout.addWidget(self.form, 1)
        left_layout.addLayout(print_row)
        left_layout.addWidget(self.message_label)
        left_layout.addLayout(action_row)
        right = QWidget()
        list_actions = QHBoxLayout()
        list_actions.addStretch(1)
        for button in (
            self.reprint_button,
            self.certificate_copy_button,
            self.ready_button,
            self.certificate_button,
            self.issue_button,
        ):
            list_actions.addWidget(button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.list, 1)
        right_layout.addLayout(list_actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        ctx.hub.ticket_called.connect(self.ticket_called)
        self.retranslate()
        self._update_actions()

    # ---- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.blank_button.setText(self.tr("Print &blank form"))
        self.sample_button.setText(self.tr("Print filled-in sa&mple"))
        tip = self.tr("The application form on the set form, free of charge (item 13)")
        self.blank_button.setToolTip(tip)
        self.sample_button.setToolTip(tip)
        self.accept_button.setText(self.tr("A&ccept documents"))
        self.clear_button.setText(self.tr("Clear"))
        self.ready_button.setText(self.tr("Mark read&y"))
        self.issue_button.setText(self.tr("Issu&e"))
        self.issue_button.setToolTip(self.tr("The result is handed over to the applicant"))
        self.reprint_button.setText(self.tr("Reprin&t (copy)"))
        self.certificate_button.setText(self.tr("&Prepare certificate…"))
        self.certificate_button.setToolTip(
            self.tr("The certificate from the household book; the application becomes ready")
        )
        self.certificate_copy_button.setText(self.tr("Certificate c&opy"))
        self._show_ticket()
        self.message_label.setText(self._message() if self._message else "")

    def _show_ticket(self) -> None:
        self.ticket_label.setVisible(self.ticket_id is not None)
        self.ticket_label.setText(self.tr("Serving a called queue ticket"))

    def _say(self, text: Callable[[], str] | None, style: str = "") -> None:
        """Show a message (made again in the new language after a switch)."""
        self._message = text
        self.message_label.setText(text() if text else "")
        self.message_label.setStyleSheet(style)

    # ---- the queue -------------------------------------------------------------------------------

    def ticket_called(self, ticket: Any) -> None:
        purpose = str(getattr(ticket, "purpose", ""))
        if purpose in HAND_IN_PURPOSES:
            self.clear()
            self.ticket_id = getattr(ticket, "id", None)
            self.form.set_service(HAND_IN_PURPOSES[purpose])
            self._show_ticket()
            self.bring_forward()
            self.form.number_edit.setFocus()
        elif purpose == "collect":
            self.list.show_status("ready")
            self.bring_forward()

    # ---- hand-in ---------------------------------------------------------------------------------

    def clear(self) -> None:
        self.form.clear()
        self.ticket_id = None
        self._show_ticket()
        self._say(None)

    @user_action
    def accept_application(self) -> None:
        data = self.form.input_data()
        now = self.ctx.now()
        try:
            missing = applications.check(data, now)
            if missing and not self.confirm_refusal(self.form.missing_names()):
                return
            result = applications.submit(
                self.ctx.db, data, now, self.ctx.actor(), ticket_id=self.ticket_id
            )
        except ApplicationError as error:
            self._say(partial(describe, error), ERROR_STYLE)
            return
        self.clear()
        self.list.refresh()
        self.list.select(result.id)
        if result.status == "refused":
            self._say(
                lambda: self.tr("The application was refused: documents missing."), ERROR_STYLE
            )
        else:
            ready = result.ready_due_at
            assert ready is not None
            self._say(
                lambda: (
                    self.tr("Accepted: registration No %1, ready on %2.")
                    .replace("%1", result.registration_number or "")
                    .replace("%2", format_datetime(ready, self.ctx.names_language))
                ),
                OK_STYLE,
            )
        self.ctx.show_document(self, applications.hand_in_document(self.ctx.db, result.id))

    def confirm_refusal(self, missing_names: list[str]) -> bool:
        listed = "\n".join(f"• {name}" for name in missing_names)
        answer = QMessageBox.question(
            self,
            self.tr("Documents missing"),
            self.tr(
                "These required documents were not handed in:\n%1\n\nUnder the standard the "
                "application is refused. Refuse it and print the refusal notice?"
            ).replace("%1", listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ---- printing --------------------------------------------------------------------------------

    @user_action
    def print_form(self, sample: bool) -> None:
        document = applications.form_document(
            self.ctx.db,
            self.form.service(),
            self.form.applicant_kind(),
            self.form.language(),
            self.ctx.today(),
            sample,
        )
        self.ctx.show_document(self, document)

    # ---- the list --------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        row = self.list.selected()
        self.ready_button.setEnabled(row is not None and row.status == "accepted")
        self.issue_button.setEnabled(row is not None and row.status == "ready")
        self.reprint_button.setEnabled(row is not None)
        self.certificate_button.setEnabled(row is not None and row.status == "accepted")
        has_certificate = row is not None and row.status in ("ready", "issued")
        if has_certificate and row is not None:
            has_certificate = certificates.for_application(self.ctx.db, row.id) is not None
        self.certificate_copy_button.setEnabled(has_certificate)

    def _move(self, action: Callable[[Database, uuid.UUID, Actor, datetime], None]) -> None:
        row = self.list.selected()
        if row is None:
            return
        try:
            action(self.ctx.db, row.id, self.ctx.actor(), self.ctx.now())
        except ApplicationError as error:
            self._say(partial(describe, error), ERROR_STYLE)
        self.list.refresh()
        self._update_actions()

    @user_action
    def mark_ready(self) -> None:
        self._move(applications.mark_ready)

    @user_action
    def mark_issued(self) -> None:
        """Hand over the result: the certificate when one was prepared (else the status only)."""
        row = self.list.selected()
        if row is None or certificates.for_application(self.ctx.db, row.id) is None:
            self._move(applications.mark_issued)
            self._offer_survey(row)
            return
        try:
            certificates.issue(self.ctx.db, row.id, self.ctx.actor(), self.ctx.now())
        except CertificateError as error:
            self._say(partial(describe, error), ERROR_STYLE)
        else:
            self._say(lambda: self.tr("The certificate was issued."), OK_STYLE)
        self.list.refresh()
        self._update_actions()
        self._offer_survey(row)

    def _offer_survey(self, row: ApplicationRow | None) -> None:
        """The short survey at collection, once the result was handed over (not blocking)."""
        if row is not None and applications.application(self.ctx.db, row.id).status == "issued":
            self.survey = SurveyDialog(self.ctx, row.id, row.language, self)
            self.survey.open()

    # ---- certificates ----------------------------------------------------------------------------

    @user_action
    def prepare_certificate(self) -> None:
        """Ask the date, prepare and sign the certificate, mark the application ready, show it."""
        row = self.list.selected()
        if row is None:
            return
        today = self.ctx.today()
        as_of, ok = CertificateDateDialog.ask(self, min(row.handed_in_at.date(), today), today)
        if not ok or as_of is None:
            return
        try:
            prepared = certificates.prepare(
                self.ctx.db, row.id, as_of, self.ctx.actor(), self.ctx.now()
            )
        except CertificateError as error:
            self._say(partial(describe, error), ERROR_STYLE)
            QMessageBox.warning(
                self, self.tr("The certificate cannot be prepared"), describe(error)
            )
            return
        self.list.refresh()
        self.list.select(row.id)
        self._update_actions()
        self._say(
            lambda: self.tr("Certificate No %1 prepared; the application is ready.").replace(
                "%1", prepared.number
            ),
            OK_STYLE,
        )
        self.ctx.show_document(self, certificates.certificate_document(self.ctx.db, prepared.id))

    @user_action
    def reprint_certificate(self) -> None:
        row = self.list.selected()
        found = certificates.for_application(self.ctx.db, row.id) if row is not None else None
        if found is not None:
            document = certificates.certificate_document(self.ctx.db, found.id, copy=True)
            self.ctx.show_document(self, document)

    @user_action
    def reprint(self) -> None:
        row = self.list.selected()
        if row is not None:
            document = applications.hand_in_document(self.ctx.db, row.id, copy=True)
            self.ctx.show_document(self, document)
