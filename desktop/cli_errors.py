"""How the command line ends when a command fails: one sentence in the machine's language
that says what to do, on stderr, and an exit status (2: what was given cannot be used, 1: a
fault of the database, the disk or the program). Never a traceback: the district IT person
reads the message; the traceback goes to the `logging` debug level only.

The wording is the window's (desktop.ui.errors.describe), so the command line and the
program say the same thing about the same fault.
"""

from __future__ import annotations

import argparse
import errno
import logging
import sys
from typing import NoReturn

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import DBAPIError

from desktop.services.file_check import UNREACHABLE, DatabaseProblem

log = logging.getLogger(__name__)

BAD_INPUT = 2
FAULT = 1
# What the user gave cannot be used: a path too long, missing or not a folder.
_INPUT_ERRNOS = (errno.ENAMETOOLONG, errno.ENOENT, errno.ENOTDIR, errno.EINVAL)


class CommandLineError(ValueError):
    """The command line is not written right (argparse's own words, and the command)."""

    def __init__(self, detail: str, prog: str) -> None:
        super().__init__(detail)
        self.detail = detail
        self.prog = prog


class Refused(ValueError):
    """The command cannot go on with what was given; `text` says why and what to do, in the
    machine's language (exit status 2)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class Parser(argparse.ArgumentParser):
    """argparse, but a wrong command line is reported like any other failure (not by exit)."""

    def error(self, message: str) -> NoReturn:
        raise CommandLineError(message, self.prog)


def exit_status(error: BaseException) -> int:
    """2 when what was given (an argument, a path, a --db) cannot be used, else 1."""
    from desktop.services.access import AccessDenied
    from desktop.services.accounts import LoginFailed
    from desktop.ui.errors import database_fault

    if isinstance(error, DatabaseProblem):  # the file is there but cannot be used: a fault
        return BAD_INPUT if error.code == UNREACHABLE else FAULT
    if isinstance(error, DBAPIError):
        return BAD_INPUT if database_fault(error) == "unreachable" else FAULT
    if isinstance(error, OSError):
        return BAD_INPUT if error.errno in _INPUT_ERRNOS else FAULT
    if isinstance(error, ValueError | LookupError):  # the services' refusals of what was given
        return BAD_INPUT
    if isinstance(error, LoginFailed | AccessDenied):  # the login given cannot do this
        return BAD_INPUT
    return FAULT


def report_failure(error: BaseException) -> int:
    """Print what went wrong and what to do (in the machine's language); the exit status."""
    from desktop.ui.errors import describe

    log.debug("command failed", exc_info=error)
    if isinstance(error, CommandLineError):
        text = (
            QCoreApplication.translate(
                "cli", "The command is not written right (%1). For help: %2 --help"
            )
            .replace("%1", error.detail)
            .replace("%2", error.prog)
        )
    elif isinstance(error, Refused):
        text = error.text
    elif isinstance(error, DatabaseProblem):  # the database was not opened: why, what to do
        from desktop.ui import database_texts

        text = database_texts.message(error)
    else:
        text = describe(error)
    print(text, file=sys.stderr)
    return exit_status(error)
