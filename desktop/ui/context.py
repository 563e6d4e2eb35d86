"""The application context: what every tab and dialog is handed instead of reaching for globals.

One AppContext is made at start-up (desktop.ui.app) and passed down; tests make their own with a
FixedClock and a presenter that records documents instead of opening the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QWidget

from db.engine import Database
from desktop.core import roles
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import Clock
from desktop.core.localtime import aware, naive_local
from desktop.services import settings
from desktop.ui.hub import Hub
from desktop.ui.i18n import Translations, current_language
from desktop.ui.lock_wait import in_window
from desktop.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from desktop.printing.document import Document

T = TypeVar("T")
Presenter = Callable[[QWidget | None, "Document"], None]


class NoWorkplace(Exception):
    """No one is logged in (before the first-run setup and the login, an action needs the
    actor)."""


@dataclass
class AppContext:
    db: Database  # the handle services take; a tab never opens a session itself
    hub: Hub
    clock: Clock  # every "now" of the UI (SystemClock in the program, FixedClock in tests)
    presenter: Presenter | None = None  # how documents are shown; None: the print preview
    # Who is logged in (desktop.services.accounts.log_in): the actor of every writing call.
    # Set by the login dialog and the lock screen; tests hand in the configured clerk.
    user: Actor | None = None

    def __post_init__(self) -> None:
        # A write that finds the database held by another program waits with the window alive.
        self.db.lock_wait = in_window

    @property
    def language(self) -> str:
        """The UI language: 'kk', 'ru', or '' (English sources, in tests)."""
        return current_language()

    @property
    def names_language(self) -> str:
        """The language of names that come as data in Kazakh and Russian ('ru' for English)."""
        return self.language if self.language in ("kk", "ru") else "ru"

    def switch_language(self, language: str) -> None:
        """Relabel every window at once and remember the choice for the next start.

        The language is the computer's, not a clerk's (it is chosen before the first-run setup
        too): the program stores it by itself.
        """
        settings.save_ui_language(self.db, language, SYSTEM)
        Translations().switch(language)

    def now(self) -> datetime:
        """Now, aware, in the office's zone."""
        return self.clock.now()

    def today(self) -> date:
        """The office's date now (whatever zone the clock tells its moments in)."""
        return naive_local(self.clock.now()).date()

    def local(self, moment: datetime) -> datetime:
        """A stored or computed moment as shown to the clerk: in the office's zone
        (desktop.core.localtime, the one conversion). A naive datetime is already the
        office's wall-clock time."""
        return aware(moment)

    def actor(self) -> Actor:
        """The logged-in user, who acts in every writing service call (NoWorkplace before the
        first-run setup and the login: what the program does by itself then is done by
        SYSTEM)."""
        if self.user is None:
            raise NoWorkplace
        return self.user

    def log_in_as(self, user: Actor) -> None:
        """`user` acts from now on (the login, or another clerk at the lock screen); widgets
        that show or hide what a role may do follow the hub's user_changed."""
        self.user = user
        self.hub.user_changed.emit()

    def may(self, action: str) -> bool:
        """Whether the logged-in user's role may do `action` (desktop.core.roles): for
        showing buttons; the services refuse by themselves whatever the buttons say."""
        return self.user is not None and roles.allows(self.user, action)

    def run_task(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[Task], T],
        cancellable: bool = True,
    ) -> T:
        """Run `work` off the GUI thread behind a progress dialog (desktop.ui.tasks.run_task)."""
        return run_task(parent, label, work, cancellable=cancellable)

    def show_document(self, parent: QWidget | None, document: Document) -> None:
        """Show a document in the print preview (Print, Save as PDF); the one way to print."""
        if self.presenter is not None:
            self.presenter(parent, document)
            return
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog  # QtPdf: loaded when used

        PdfPreviewDialog.show_document(parent, document, self)
