"""Every window fits a 1366x768 screen (1366x720 left by a task bar), in Kazakh and Russian.

The main window with each tab and the household card, and every dialog, are opened in each
language: a window's minimum size (its layout's `minimumSizeHint()` and any fixed minimum),
with room for the title bar, must fit 1366x720, and so must the size a window opens at.
Laid out at the size it opens at, no label or button may cut its text: a label too narrow
for its line must wrap (or elide, with the whole text in its tooltip), a button must be as
wide as its text.

With AUYL_DESK_SCREENSHOTS=/some/folder each window is also saved there as a PNG
(`<language>-<nn>-<window>.png`), to look at.
"""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDateEdit, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.dialogs.setup_dialog import SetupDialog
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from tests.ui.test_both_languages import household, open_dialogs, show_every_tab
from tests.ui.visible_texts import plain

SCREEN = QSize(1366, 720)  # 1366x768 less a task bar
TITLE_BAR = 32  # a window manager's frame around the client area

__all__ = ["household"]  # the fixture, shared with the language sweep


def _minimum(window: QWidget) -> QSize:
    hint = window.minimumSizeHint()
    own = window.minimumSize()
    return QSize(max(hint.width(), own.width()), max(hint.height(), own.height()))


def _opens_too_big(window: QWidget) -> str | None:
    """A window opened unmaximized at the size it asks for must fit the screen too."""
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        return None  # it opens at its preferred size, bounded to the screen by Qt
    size = window.size().expandedTo(_minimum(window))
    if size.width() <= SCREEN.width() and size.height() + TITLE_BAR <= SCREEN.height():
        return None
    return f"{type(window).__name__} opens at {size.width()}x{size.height()} (+{TITLE_BAR} title)"


def _too_big(window: QWidget) -> str | None:
    need = _minimum(window)
    if need.width() <= SCREEN.width() and need.height() + TITLE_BAR <= SCREEN.height():
        return None
    return f"{type(window).__name__} needs {need.width()}x{need.height()} (+{TITLE_BAR} title)"


def _clipped(window: QWidget) -> list[str]:
    """Labels and buttons of `window` that show less than their text, at the window's size."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and not widget.pixmap():
            text = plain(widget.text())
            if not text or "\n" in text or widget.textFormat().name == "RichText":
                continue
            margins = widget.contentsMargins()
            room = widget.width() - margins.left() - margins.right() - 2 * widget.margin()
            if widget.fontMetrics().horizontalAdvance(text) > room:
                found.append(f"{type(window).__name__}: label {text!r} cut at {widget.width()}")
        elif (
            isinstance(widget, QAbstractButton)
            and plain(widget.text())
            and widget.sizeHint().width() > widget.width() + 1
        ):
            found.append(
                f"{type(window).__name__}: button {plain(widget.text())!r} "
                f"cut ({widget.width()} < {widget.sizeHint().width()})"
            )
    return found


def _short_years(window: QWidget) -> list[str]:
    """Date fields that show a two-digit year (Russian's own short format does)."""
    return [
        f"{type(window).__name__}: date field {edit.objectName() or ''} shows {edit.text()!r}"
        for edit in window.findChildren(QDateEdit)
        if edit.text() != edit.specialValueText() and not re.search(r"\d{4}", edit.text())
    ]


def _keep(window: QWidget, language: str, name: str) -> None:
    """Save a screenshot of `window` when AUYL_DESK_SCREENSHOTS names a folder."""
    folder = os.environ.get("AUYL_DESK_SCREENSHOTS")
    if folder:
        count = len(list(Path(folder).glob(f"{language}-*.png")))
        window.grab().save(str(Path(folder) / f"{language}-{count:02d}-{name}.png"))


def _laid_out(window: QWidget) -> None:
    """Give `window` the size it would have on the screen (the size it asked for, else its
    preferred size; at most the screen's), and let the layouts settle."""
    asked = window.testAttribute(Qt.WidgetAttribute.WA_Resized)
    preferred = window.size() if asked else window.sizeHint()
    screen = QSize(SCREEN.width(), SCREEN.height() - TITLE_BAR)
    window.resize(preferred.boundedTo(screen).expandedTo(_minimum(window)))
    QApplication.processEvents()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_window_fits_1366x720_and_cuts_no_text(
    qtbot: QtBot, ctx: AppContext, household: uuid.UUID, language: str
) -> None:
    Translations().switch(language)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    problems = list(filter(None, [_opens_too_big(window)]))
    for index in range(window.tabs.count()):  # each tab in turn, the card last
        window.tabs.setCurrentIndex(index)
        window.resize(SCREEN.width(), SCREEN.height() - TITLE_BAR)
        QApplication.processEvents()
        problems += filter(None, [_too_big(window)])
        problems += _clipped(window) + _short_years(window)
        _keep(window, language, f"tab{index}")
    show_every_tab(window, household)
    window.tabs.setCurrentWidget(window.households_tab)
    sections = window.households_tab.panel.sections
    for index in range(sections.count()):
        sections.setCurrentIndex(index)
        QApplication.processEvents()
        problems += filter(None, [_too_big(window)])
        problems += _clipped(window) + _short_years(window)
        _keep(window, language, f"card{index}")
    first_run = SetupDialog(ctx, window)  # as at the first run: with the demo choice
    first_run.demo_box.setVisible(True)
    first_run.show()
    for dialog in [*open_dialogs(window, household), first_run]:
        problems += filter(None, [_opens_too_big(dialog)])
        _laid_out(dialog)
        problems += filter(None, [_too_big(dialog)])
        problems += _clipped(dialog) + _short_years(dialog)
        _keep(dialog, language, type(dialog).__name__)
        dialog.close()
    assert not problems, f"in {language}:\n" + "\n".join(sorted(set(problems)))
