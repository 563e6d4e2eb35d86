"""The Application tab: hand-in with the documents check, refusal or talon, and the list.

A called queue ticket (hub.ticket_called) brings this tab forward with an empty form:
"hand_in_1"/"hand_in_2" preselect the service, "collect" lists the ready results (the filter
is shown, and reset for the next visitor). Accepting, refusing or issuing for the called ticket
ends its visit with that outcome. "New application" on a household card
(hub.application_requested) fills the form for that person. Every paper (talon, refusal notice,
form, certificate) comes from a service as a Document and is shown by the context's preview.

Both services' result is a certificate prepared from the household book: "Mark ready" and
"Issue" stay disabled, saying why, while the application has none.
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
from desktop.services import applications, certificates, queue
from desktop.services.applications import ApplicationError, ApplicationRow, Prefill
from desktop.services.certificates import CertificateError
from desktop.ui.base_tab import BaseTab
from desktop.ui.context import AppContext
from desktop.ui.dialogs.certificate_date_dialog import CertificateDateDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.dialogs.survey_dialog import SurveyDialog
from desktop.ui.errors import describe, user_action
from desktop.ui.offers import may, offer
from desktop.ui.widgets.applicant_form import ERROR_STYLE, OK_STYLE, ApplicantForm
from desktop.ui.widgets.application_list import ApplicationList

HAND_IN_PURPOSES = {"hand_in_1": 1, "hand_in_2": 2}


class ApplicationTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ticket: Any = None  # the called queue ticket served (services.queue.TicketRow)
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
        self.complain_button = QPushButton()
        self.complain_button.clicked.connect(self.complain)
        self.refuse_button = QPushButton()
        self.refuse_button.clicked.connect(self.refuse)
        self.why_label = QLabel()  # why Mark ready / Issue are disabled for the selected row
        self.why_label.setWordWrap(True)

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
        # Two rows of buttons under the list: a complaint, the refusal and papers again, then the
        # next steps.
        reprints = QHBoxLayout()
        reprints.addWidget(self.complain_button)
        reprints.addStretch(1)
        reprints.addWidget(self.reprint_button)
        reprints.addWidget(self.certificate_copy_button)
        reprints.addWidget(self.refuse_button)
        steps = QHBoxLayout()
        steps.addStretch(1)
        for button in (self.ready_button, self.certificate_button, self.issue_button):
            steps.addWidget(button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.list, 1)
        right_layout.addLayout(reprints)
        right_layout.addLayout(steps)
        right_layout.addWidget(self.why_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        ctx.hub.ticket_called.connect(self.ticket_called)
        ctx.hub.application_requested.connect(self.fill_from_book)
        ctx.hub.user_changed.connect(self._show_offers)
        self._show_offers()
        self.retranslate()

    def _show_offers(self) -> None:
        """Handing in, the next steps and a complaint are the counter's (desktop.core.roles);
        reading the list and printing forms and copies are everyone's."""
        offer(
            self.ctx,
            [
                (self.accept_button, "application.handle"),
                (self.ready_button, "application.handle"),
                (self.refuse_button, "application.handle"),
                (self.certificate_button, "certificate.issue"),
                (self.issue_button, "certificate.issue"),
                (self.complain_button, "complaint.handle"),
            ],
        )
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
        self.reprint_button.setText(self.tr("Reprin&t (copy)"))
        self.certificate_button.setText(self.tr("&Prepare certificate…"))
        self.certificate_button.setToolTip(
            self.tr("The certificate from the household book; the application becomes ready")
        )
        self.certificate_copy_button.setText(self.tr("Certificate c&opy"))
        self.complain_button.setText(self.tr("Complain about this…"))
        self.refuse_button.setText(self.tr("Re&fuse…"))
        self.refuse_button.setToolTip(
            self.tr(
                "Refuse an accepted application with a reason (no household in the book, "
                "livestock not recorded, ...) and print the refusal notice"
            )
        )
        self._show_ticket()
        self.message_label.setText(self._message() if self._message else "")
        self._update_actions()

    @property
    def ticket_id(self) -> uuid.UUID | None:
        return getattr(self.ticket, "id", None)

    def _show_ticket(self) -> None:
        self.ticket_label.setVisible(self.ticket is not None)
        self.ticket_label.setText(
            self.tr("Serving ticket %1").replace("%1", str(getattr(self.ticket, "label", "")))
        )

    def _ticket_done(self) -> None:
        """The called ticket's visit ended with what was just done (the service closed it)."""
        if self.ticket is not None:
            self.ticket = None
            self._show_ticket()
        self.ctx.hub.queue_changed.emit()

    def _say(self, text: Callable[[], str] | None, style: str = "") -> None:
        """Show a message (made again in the new language after a switch)."""
        self._message = text
        self.message_label.setText(text() if text else "")
        self.message_label.setStyleSheet(style)

    # ---- the queue -------------------------------------------------------------------------------

    def ticket_called(self, ticket: Any) -> None:
        """A new visitor: an empty form and no message or filter left from the one before."""
        purpose = str(getattr(ticket, "purpose", ""))
        if purpose not in (*HAND_IN_PURPOSES, "collect"):
            return
        self.clear()
        self.ticket = ticket
        self._show_ticket()
        if purpose == "collect":
            self.list.show_status("ready", set_by_call=True)
        else:
            self.form.set_service(HAND_IN_PURPOSES[purpose])
        self.bring_forward()
        self.form.number_edit.setFocus()

    def fill_from_book(self, person: Any) -> None:
        """The form for a person of the household book ("New application" on a card); the
        called ticket, if any, stays: this is the visitor at the desk."""
        if not isinstance(person, Prefill):
            return
        self.form.clear()
        self._say(None)
        self.form.fill_person(person)
        self.bring_forward()
        self.form.documents_box.setFocus()

    # ---- hand-in ---------------------------------------------------------------------------------

    @user_action
    def clear(self) -> None:
        """Ready for the next visitor: the form, the ticket, the message, a call's list filter."""
        self.form.clear()
        self.ticket = None
        self._show_ticket()
        self._say(None)
        self.list.reset_call_filter()

    @user_action
    def accept_application(self) -> None:
        data = self.form.input_data()
        now = self.ctx.now()
        try:
            missing = applications.check(data, now)
            late = ""
            if not queue.is_open(now, self.ctx.db):
                late = self.ask_outside_hours(queue.next_opening(now, self.ctx.db))
                if not late:
                    return
            if missing and not self.confirm_refusal(self.form.missing_names()):
                return
            result = applications.submit(
                self.ctx.db, data, now, self.ctx.actor(), self.ticket_id, late
            )
        except ApplicationError as error:
            self._say(partial(describe, error), ERROR_STYLE)
            return
        self._ticket_done()
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

    def ask_outside_hours(self, opens_at: datetime) -> str:
        """Why documents are taken while the office is closed ("" when the clerk cancels)."""
        answer = ReasonDialog.ask(
            self,
            lambda: self.tr("The office is closed"),
            lambda: self.tr(
                "The office is closed now; it opens at %1. Documents taken now count from the "
                "opening (the ready time on the talon says so). Why are they taken now?"
            ).replace("%1", format_datetime(opens_at, self.ctx.names_language)),
            today=self.ctx.today(),
            with_date=False,
        )
        return answer[1] if answer is not None else ""

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
        has_certificate = row is not None and row.status in ("accepted", "ready", "issued")
        self.complain_button.setEnabled(row is not None)
        if has_certificate and row is not None:
            has_certificate = certificates.for_application(self.ctx.db, row.id) is not None
        ready_why = self._why_not_ready(row, has_certificate)
        issue_why = self._why_not_issue(row, has_certificate)
        self.ready_button.setEnabled(not ready_why)
        self.ready_button.setToolTip(ready_why or self.tr("The result is ready to collect"))
        self.issue_button.setEnabled(not issue_why)
        self.issue_button.setToolTip(
            issue_why or self.tr("The result is handed over to the applicant")
        )
        # the reason the clerk most needs: why the next step of this application is closed
        why = issue_why if row is not None and row.status == "ready" else ready_why
        self.why_label.setText(why if row is not None and row.status != "issued" else "")
        steps = may(self.ctx, ("application.handle", "certificate.issue"))
        self.why_label.setVisible(steps and bool(self.why_label.text()))
        self.reprint_button.setEnabled(row is not None)
        self.refuse_button.setEnabled(row is not None and row.status == "accepted")
        self.certificate_button.setEnabled(row is not None and row.status == "accepted")
        self.certificate_copy_button.setEnabled(
            has_certificate and row is not None and row.status != "accepted"
        )

    def _why_not_ready(self, row: ApplicationRow | None, has_certificate: bool) -> str:
        if row is None or row.status != "accepted":
            return self.tr("Only an accepted application can be marked ready.")
        if not has_certificate:
            return self.tr(
                "The result of this service is a certificate and none is prepared yet: "
                "Prepare certificate marks the application ready."
            )
        return ""

    def _why_not_issue(self, row: ApplicationRow | None, has_certificate: bool) -> str:
        if row is None or row.status != "ready":
            return self.tr("Only a ready result can be issued.")
        if not has_certificate:
            return self.tr(
                "No certificate was prepared for this application: there is nothing to hand over."
            )
        return ""

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
        """Hand over the certificate (asking first: it cannot be undone); the called ticket,
        if any, ends as "issued"."""
        row = self.list.selected()
        if row is None or not self.confirm_issue(row):
            return
        try:
            certificates.issue(
                self.ctx.db, row.id, self.ctx.actor(), self.ctx.now(), self.ticket_id
            )
        except CertificateError as error:
            self._say(partial(describe, error), ERROR_STYLE)
        else:
            self._ticket_done()
            self._say(lambda: self.tr("The certificate was issued."), OK_STYLE)
        self.list.refresh()
        self._update_actions()
        self._offer_survey(row)

    def _offer_survey(self, row: ApplicationRow | None) -> None:
        """The short survey at collection, once the result was handed over (beside the tab)."""
        if row is not None and applications.application(self.ctx.db, row.id).status == "issued":
            self.survey = SurveyDialog(self.ctx, row.id, row.language, self)
            self.survey.show()  # not modal: F5 and the next visitor are not held up

    def confirm_issue(self, row: ApplicationRow) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Issue"),
            self.tr("Hand the certificate of application %1 to %2? This cannot be undone.")
            .replace("%1", row.registration_number or "")
            .replace("%2", row.applicant),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    @user_action
    def refuse(self) -> None:
        """Refuse an accepted application with a reason, print the notice, end the ticket."""
        row = self.list.selected()
        if row is None:
            return
        answer = ReasonDialog.ask(
            self,
            lambda: self.tr("Refuse the application"),
            lambda: self.tr(
                "Application %1 was accepted. Why is the service refused? The reason is printed "
                "on the refusal notice."
            ).replace("%1", row.registration_number or ""),
            today=self.ctx.today(),
            with_date=False,
        )
        if answer is None:
            return
        applications.refuse(
            self.ctx.db, row.id, answer[1], self.ctx.actor(), self.ctx.now(), self.ticket_id
        )
        self._ticket_done()
        self.list.refresh()
        self.list.select(row.id)
        self._update_actions()
        self._say(lambda: self.tr("The application was refused."), ERROR_STYLE)
        self.ctx.show_document(self, applications.refusal_document(self.ctx.db, row.id))

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
    def complain(self) -> None:
        """A complaint about the selected application (the Complaints tab opens its form)."""
        row = self.list.selected()
        if row is not None:
            self.ctx.hub.complaint_requested.emit(row.id)

    @user_action
    def reprint(self) -> None:
        row = self.list.selected()
        if row is not None:
            document = applications.hand_in_document(self.ctx.db, row.id, copy=True)
            self.ctx.show_document(self, document)
