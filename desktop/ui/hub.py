"""One signal hub: widgets announce changes here instead of holding references to each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    workplace_changed = Signal()
    user_changed = Signal()  # another user logged in (AppContext.log_in_as)
    reference_changed = Signal()
    household_changed = Signal(object)  # the household's id, or None when many changed
    # A hand-in or collect ticket was called: a services.queue.TicketRow (id, purpose, label)
    ticket_called = Signal(object)
    queue_changed = Signal()  # a ticket was issued or a clerk acted on one
    # "Complain about this" on an application: the application's id (the Complaints tab opens
    # its form filled in with the applicant)
    complaint_requested = Signal(object)
    # "New application" for a person of the household book: a services.applications.Prefill
    application_requested = Signal(object)
