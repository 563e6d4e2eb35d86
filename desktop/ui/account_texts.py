"""The accounts' refusals in the user's language (the login's one message, and the reasons an
account or a password cannot be saved)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services import accounts
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "AccountTexts"

# One message for a wrong login, a wrong password, a disabled and a locked account.
LOGIN_FAILED = QT_TRANSLATE_NOOP(
    "AccountTexts",
    "Wrong login or password, or the account is locked for a while. Try again; if it keeps "
    "failing, ask the administrator.",
)
_MESSAGES = {
    ("login", "required"): QT_TRANSLATE_NOOP("AccountTexts", "Enter a login name."),
    ("login", "invalid"): QT_TRANSLATE_NOOP(
        "AccountTexts", "A login name is one word (no spaces) of up to %1 characters."
    ),
    ("login", "taken"): QT_TRANSLATE_NOOP(
        "AccountTexts", "This login name is taken: choose another one."
    ),
    ("password", "too_short"): QT_TRANSLATE_NOOP(
        "AccountTexts", "A password needs at least %1 characters."
    ),
    ("password", "too_long"): QT_TRANSLATE_NOOP("AccountTexts", "This password is too long."),
    ("password", "mismatch"): QT_TRANSLATE_NOOP(
        "AccountTexts", "The two passwords differ: type the same password twice."
    ),
    ("role", "unknown"): QT_TRANSLATE_NOOP("AccountTexts", "Choose a role."),
    ("person", "has_account"): QT_TRANSLATE_NOOP(
        "AccountTexts", "This person has an account already."
    ),
    ("account", "own"): QT_TRANSLATE_NOOP(
        "AccountTexts", "You cannot disable the account you are logged in with."
    ),
    ("account", "missing"): QT_TRANSLATE_NOOP(
        "AccountTexts", "This account is gone: close the window and open it again."
    ),
}


def login_failed() -> str:
    return QCoreApplication.translate(_CONTEXT, LOGIN_FAILED)


def message(error: accounts.AccountError) -> str:
    text = _MESSAGES.get((error.field, error.reason))
    if text is None:
        return str(error)
    limit = accounts.MAX_LOGIN_LENGTH if error.field == "login" else accounts.MIN_PASSWORD_LENGTH
    return QCoreApplication.translate(_CONTEXT, text).replace("%1", str(limit))


def check_repeated(password: str, again: str) -> None:
    """AccountError("password", "mismatch") unless the password was typed the same twice."""
    if password != again:
        raise accounts.AccountError("password", "mismatch")
