"""The base of every tab, and the one place where widgets follow a language switch.

A tab receives the application context (desktop.ui.context.AppContext) and takes from it what
it needs: the database handle for service calls, the hub, the language, the clock, the actor,
the task runner and the document preview. It never opens a session, reads the computer's clock
or builds a document itself.

Texts: a tab sets every text in `retranslate()`, calls it once at the end of its constructor,
and the base (desktop.ui.i18n.Retranslating, shared with dialogs and widgets) calls it again
once per language switch. No tab handles LanguageChange or hub signals for the language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.ui.context import AppContext
from desktop.ui.i18n import Retranslating


class BaseTab(Retranslating, QWidget):
    """A work tab of the main window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def bring_forward(self) -> None:
        """Make this tab the current one of the tab widget that holds it."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if isinstance(parent, QTabWidget):
            parent.setCurrentWidget(self)
