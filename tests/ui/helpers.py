"""Helpers for driving the real widgets in tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.printing.document import Document


class Printed(list[Document]):
    """The documents shown through AppContext.show_document (the test's presenter), in order."""

    def __call__(self, parent: object, document: Document) -> None:
        self.append(document)

    def kinds(self) -> list[str]:
        return [document.kind for document in self]


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Kazakh letters included (QTest.keyClicks aborts on non-ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def when_modal_opens(act: Callable[[QWidget], None]) -> None:
    """Run `act` on the next modal dialog once it is shown; on failure, close it and re-raise.

    The caller then calls the code that opens the dialog (its exec() blocks until closed).
    """

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        try:
            act(dialog)
        except BaseException:
            dialog.close()
            raise

    QTimer.singleShot(0, run)


class Told(list[tuple[str, str, str]]):
    """The message boxes shown through QMessageBox.exec: (title, text, details)."""

    def texts(self) -> list[str]:
        return [text for _title, text, _details in self]


def record_message_boxes(monkeypatch: object) -> Told:
    """Answer every QMessageBox shown with exec() (such as errors.show_error's) and record it."""
    told = Told()

    def exec_(box: QMessageBox) -> int:
        told.append((box.windowTitle(), box.text(), box.detailedText()))
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)  # type: ignore[attr-defined]
    return told


def log_in(dialog: QWidget, login: str, password: str) -> None:
    """Type a login name and password into the login dialog or the lock screen, press Enter."""
    from desktop.ui.dialogs.login_dialog import LoginDialog

    assert isinstance(dialog, LoginDialog)
    dialog.login_edit.setFocus()
    dialog.login_edit.selectAll()
    type_text(dialog.login_edit, login)
    dialog.password_edit.setFocus()
    type_text(dialog.password_edit, password)
    QApplication.sendEvent(
        dialog.password_edit,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    )


def log_in_when_asked(login: str, password: str) -> None:
    """Answer the login dialog that opens next (the caller then starts the program)."""
    when_modal_opens(lambda dialog: log_in(dialog, login, password))
