"""The setup dialog's layout and texts: the office's address never runs over the list, and the
buttons read the same after switching the language there and back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services import reference
from desktop.ui.context import AppContext
from desktop.ui.dialogs.setup_dialog import SetupDialog
from desktop.ui.i18n import Translations


def _texts(dialog: SetupDialog) -> list[str]:
    return [button.text() for button in dialog.buttons.buttons()]


def test_the_buttons_read_the_same_after_kk_ru_kk(qtbot: QtBot, ctx: AppContext) -> None:
    Translations().switch("kk")
    fresh = SetupDialog(ctx)
    qtbot.addWidget(fresh)
    expected = _texts(fresh)
    assert "Сақтау" in expected
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    for language in ("ru", "kk"):
        dialog.language_box.setCurrentIndex(dialog.language_box.findData(language))
        if language == "ru":
            assert "Сохранить" in _texts(dialog)
    assert _texts(dialog) == expected


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_address_stays_below_the_list(qtbot: QtBot, ctx: AppContext, language: str) -> None:
    Translations().switch(language)
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.demo_box.setVisible(True)  # as at the first run: the tallest form
    dialog.show()
    longest = max(reference.find_offices(ctx.db), key=lambda o: len(o.address))
    dialog.search_edit.setText(longest.name)
    assert dialog.selected_office() == longest.number
    for size in (dialog.size(), dialog.minimumSizeHint()):
        dialog.resize(size)
        QApplication.processEvents()
        details, offices = dialog.office_details, dialog.office_list
        assert details.geometry().top() >= offices.geometry().bottom()
        needed = details.heightForWidth(details.width())
        assert details.height() >= needed, "the address is cut"
