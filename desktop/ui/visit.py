"""Calling the next visitor, from any tab: one flow for the Queue tab's button and F5.

The clerk's desk holds one visitor at a time (services.queue "busy"): when a ticket is still
at the desk, the clerk first says how that visit ended (finished, did not come, back to the
queue), then the next ticket is called and announced on the hub.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services import queue
from desktop.services.queue import TicketRow
from desktop.ui.context import AppContext
from desktop.ui.dialogs.visit_end_dialog import VisitEndDialog


def end_visit_at_desk(parent: QWidget | None, ctx: AppContext) -> bool:
    """Ask how the visit at the desk ended and record it; True when the desk is free."""
    current = queue.at_desk(ctx.db, ctx.actor(), ctx.now())
    if current is None:
        return True
    ending = VisitEndDialog.ask(parent, current)
    if ending is None:
        return False
    db, actor, now = ctx.db, ctx.actor(), ctx.now()
    if ending == "finish":
        queue.close(db, current.id, "consultation", actor, now)
    elif ending == "no_show":
        queue.no_show(db, current.id, actor, now)
    else:
        queue.requeue(db, current.id, actor, now)
    ctx.hub.queue_changed.emit()
    return True


def call_next(parent: QWidget | None, ctx: AppContext) -> tuple[bool, TicketRow | None]:
    """Free the desk (asking), call the first ticket in line and announce it.

    (False, None) when the clerk cancelled; (True, None) when nobody waits."""
    if not end_visit_at_desk(parent, ctx):
        return False, None
    ticket = queue.call_next(ctx.db, ctx.actor(), ctx.now())
    ctx.hub.queue_changed.emit()
    if ticket is not None:
        announce(ctx, ticket)
    return True, ticket


def announce(ctx: AppContext, ticket: TicketRow) -> None:
    """Tell the tabs that `ticket` was called (the Application tab takes hand-ins and
    collections, the Complaints tab complaints)."""
    if ticket.purpose in (*queue.HAND_IN_PURPOSES, "complaint"):
        ctx.hub.ticket_called.emit(ticket)
