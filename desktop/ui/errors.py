"""Every action ends in its result or a message in the user's language: the one place for that.

- `describe(error)` words any exception for the clerk: the services' own errors (book,
  application, certificate, queue), database and disk faults, and anything unexpected.
- `@user_action` wraps a widget's slot (button, menu, shortcut): an exception becomes a message
  box instead of escaping to the event loop, where it would vanish.
- `install_exception_hook()` is the last resort for anything raised outside a wrapped slot.
"""

from __future__ import annotations

import errno
import functools
import inspect
import logging
import sqlite3
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError

from desktop.printing.document import DocumentDoesNotFit
from desktop.services.access import AccessDenied
from desktop.services.accounts import AccountError, LoginFailed
from desktop.services.applications import ApplicationError
from desktop.services.certificates import CertificateError
from desktop.services.complaints import ComplaintError
from desktop.services.file_check import fault_of
from desktop.services.household_values import BookError
from desktop.services.queue import QueueError
from desktop.services.report_signoffs import SignOffError
from desktop.ui import (
    account_texts,
    application_errors,
    book_errors,
    certificate_texts,
    complaint_errors,
    queue_errors,
)
from desktop.ui.context import NoWorkplace
from desktop.ui.i18n import QT_TRANSLATE_NOOP, current_language
from desktop.ui.tasks import TaskCancelled

log = logging.getLogger(__name__)
_CONTEXT = "Errors"

P = ParamSpec("P")
R = TypeVar("R")
W = TypeVar("W", bound=QObject)  # a widget, or an object working for one (its messages unparented)

MESSAGES = {
    "busy": QT_TRANSLATE_NOOP(
        "Errors",
        "The database is busy: another program or window is writing to it. Nothing was "
        "saved. Wait a minute and try again.",
    ),
    "full": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full. Nothing was saved. Free some space on the disk (move or delete "
        "old files you do not need) and try again.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The database cannot be written: the file or its folder is read-only, or the USB "
        "stick is write-protected. Nothing was saved. Check the stick's lock switch, or ask "
        "the district IT person to allow this user to write there.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is damaged. Nothing was saved. Close Auyl Desk and call the "
        "district IT person: they check the file and restore the latest good backup. Do not "
        "copy files over it yourself.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk could not read or write the database. Nothing was saved. Check that the "
        "disk or stick is in place and try again.",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The database cannot be opened. Nothing was saved. Check the disk or network."
    ),
    "database": QT_TRANSLATE_NOOP(
        "Errors",
        "The database refused the change. Nothing was saved. Try again; if it happens again, "
        "tell the district IT person.",
    ),
    "no_permission": QT_TRANSLATE_NOOP(
        "Errors", "This file or folder cannot be written (no permission, or read-only): %1"
    ),
    "missing_file": QT_TRANSLATE_NOOP("Errors", "The file or folder does not exist: %1"),
    "disk": QT_TRANSLATE_NOOP("Errors", "The file cannot be read or written: %1"),
    "no_workplace": QT_TRANSLATE_NOOP(
        "Errors", "The akim office and the clerk are not set up yet: choose them under Settings."
    ),
    "access_denied": QT_TRANSLATE_NOOP(
        "Errors",
        "Your role does not allow this action. Nothing was changed. Ask a colleague whose role "
        "allows it, or the administrator.",
    ),
    "does_not_fit": QT_TRANSLATE_NOOP(
        "Errors",
        "The document does not fit on its page: a text in it (a name, an address) is far too "
        "long. Correct the text and print again.",
    ),
    "sign_off_unchanged": QT_TRANSLATE_NOOP(
        "Errors",
        "The report of this period is signed off already with these very figures. It can be "
        "signed off again only after its figures change.",
    ),
    "sign_off_not_own": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the office's own report is signed off, by its akim; the district's reports are "
        "not signed off here.",
    ),
    "unexpected": QT_TRANSLATE_NOOP(
        "Errors",
        "Something went wrong and the action was not completed. Try again; if it happens "
        "again, tell the district IT person what you did and show this message.",
    ),
}
TITLE = QT_TRANSLATE_NOOP("Errors", "Auyl Desk")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def database_fault(error: DBAPIError | sqlite3.Error) -> str:
    """'busy', 'full', 'read_only', 'damaged', 'io', 'unreachable' or 'database'."""
    driver = error.orig if isinstance(error, DBAPIError) else error
    return fault_of(driver or error) or "database"


def describe(error: BaseException) -> str:
    """The error as a message in the UI language that says what to do next."""
    language = current_language()
    if isinstance(error, BookError):
        return book_errors.message(error, language)
    if isinstance(error, ApplicationError):
        return application_errors.message(error)
    if isinstance(error, CertificateError):
        return certificate_texts.message(error, language or "ru")
    if isinstance(error, QueueError):
        return queue_errors.message(error, language)
    if isinstance(error, ComplaintError):
        return complaint_errors.message(error)
    if isinstance(error, NoWorkplace):
        return _tr(MESSAGES["no_workplace"])
    if isinstance(error, DocumentDoesNotFit):
        return _tr(MESSAGES["does_not_fit"])
    if isinstance(error, AccessDenied):
        return _tr(MESSAGES["access_denied"])
    if isinstance(error, SignOffError):
        return _tr(MESSAGES[f"sign_off_{error.reason}"])
    if isinstance(error, AccountError):
        return account_texts.message(error)
    if isinstance(error, LoginFailed):
        return account_texts.login_failed()
    if isinstance(error, DBAPIError | sqlite3.Error):
        return _tr(MESSAGES[database_fault(error)])
    if isinstance(error, OSError):
        where = str(error.filename or "")
        if error.errno == errno.ENOSPC:
            return _tr(MESSAGES["full"])
        if error.errno == errno.EROFS:
            return _tr(MESSAGES["read_only"])
        if error.errno in (errno.EACCES, errno.EPERM):
            return _tr(MESSAGES["no_permission"]).replace("%1", where)
        if error.errno == errno.ENOENT:
            return _tr(MESSAGES["missing_file"]).replace("%1", where)
        # the operating system's own wording (strerror) is English: it goes to the details
        return _tr(MESSAGES["disk"]).replace("%1", where or f"({error.errno})")
    return _tr(MESSAGES["unexpected"])


def _expected(error: BaseException) -> bool:
    """Errors a clerk can meet in normal work (worded above); the rest is logged in full."""
    return isinstance(
        error,
        BookError
        | ApplicationError
        | CertificateError
        | QueueError
        | ComplaintError
        | NoWorkplace
        | DocumentDoesNotFit
        | AccessDenied
        | SignOffError
        | AccountError
        | LoginFailed,
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong and what to do, in their language.

    For a fault the program did not expect, the technical details (for the district IT
    person) sit behind the message box's details button, and go to the log.
    """
    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Warning, _tr(TITLE), describe(error), ok, parent)
    window = parent.window() if parent is not None else None
    if window is not None and window.windowTitle():
        box.setWindowTitle(window.windowTitle())
    if not _expected(error):
        log.error("action failed", exc_info=error)
        box.setDetailedText(f"{type(error).__name__}: {error}")
    box.exec()
    box.setParent(None)  # gone with this function, not kept under the window


def user_action(
    slot: Callable[Concatenate[W, P], R],
) -> Callable[Concatenate[W, P], R | None]:
    """Wrap a widget's slot so that it ends in its result or in a message, never in silence.

    Extra positional arguments a signal sends (`clicked(bool)`) are dropped when the slot does
    not take them. Cancel in a progress dialog (TaskCancelled) ends the action quietly.
    """
    parameters = list(inspect.signature(slot).parameters.values())[1:]
    takes_all = any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters)
    positional = sum(
        p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        for p in parameters
    )

    @functools.wraps(slot)
    def run(self: W, *args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            if takes_all:
                return slot(self, *args, **kwargs)
            return slot(self, *args[:positional], **kwargs)  # type: ignore[arg-type]
        except TaskCancelled:
            return None
        except Exception as error:
            show_error(self if isinstance(self, QWidget) else None, error)
            return None

    return run


def _last_resort(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.critical("unhandled error", exc_info=(kind, error, trace))
    if QApplication.instance() is not None:
        try:
            show_error(QApplication.activeWindow(), error)
        except Exception:  # the message itself failed: the log keeps the error
            log.exception("the error message could not be shown")


def install_exception_hook() -> None:
    """Anything raised outside a wrapped slot still ends in a message (and in the log)."""
    sys.excepthook = _last_resort
