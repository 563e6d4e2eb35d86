"""What the window offers the logged-in user: each button and menu entry with the action of the
role matrix it starts (desktop.core.roles), shown only to the roles that may do it.

The one place the UI turns the matrix into visibility; tabs and dialogs list their offers and
call `offer` when they are built and when another user logs in (the hub's user_changed). The
services refuse by themselves whatever is shown: this only keeps the window from offering what
they would refuse.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext

# a QShortcut (a key bound beside a button) has no look: it is switched off instead of hidden
Offered = QWidget | QAction | QShortcut
# one action of the matrix, or several: shown when the role may do any of them
Needs = str | tuple[str, ...]


def may(ctx: AppContext, needs: Needs) -> bool:
    """Whether the logged-in user's role may do the action (any of the actions) `needs`."""
    actions = (needs,) if isinstance(needs, str) else needs
    return any(ctx.may(action) for action in actions)


def offer(ctx: AppContext, offers: Iterable[tuple[Offered, Needs]], where: bool = True) -> None:
    """Show each item only when `where` holds (this side, this state) and the user's role may
    do what it starts; hide it (switch a shortcut off) otherwise. Widgets must be in their
    layout already."""
    for item, needs in offers:
        shown = where and may(ctx, needs)
        if isinstance(item, QShortcut):
            item.setEnabled(shown)
        else:
            item.setVisible(shown)
