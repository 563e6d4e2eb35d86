"""The first start driven through the real dialogs, and the live language switch."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.clock import FixedClock
from desktop.core.formatting import format_date
from desktop.services import keys, office, settings
from desktop.ui.app import start
from desktop.ui.context import AppContext
from desktop.ui.dialogs.setup_dialog import SetupDialog
from desktop.ui.hub import Hub
from desktop.ui.i18n import Translations
from tests.helpers import ADMIN_PASSWORD, CLERK, CLERK_LOGIN, CLERK_PASSWORD
from tests.ui.helpers import Printed, log_in_when_asked, type_text, when_modal_opens


def _fill_setup_dialog(qtbot: QtBot, dialog: QWidget, search: str) -> None:
    assert isinstance(dialog, SetupDialog)
    assert dialog.windowTitle() == "Auyl Desk: әкімдік және маман"
    type_text(dialog.search_edit, search)
    assert dialog.office_list.count() == 1
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)  # moves on to the clerk's surname
    for name, edit in dialog.clerk_fields.items():
        edit.setFocus()
        type_text(edit, getattr(CLERK, name))
    for name, text in (
        ("clerk_login", CLERK_LOGIN),
        ("clerk_password", CLERK_PASSWORD),
        ("clerk_again", CLERK_PASSWORD),
        ("admin_password", ADMIN_PASSWORD),
        ("admin_again", ADMIN_PASSWORD),
    ):
        type_text(dialog.account_fields[name], text)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_first_start_asks_office_and_clerk_then_opens_in_kazakh(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    when_modal_opens(lambda dialog: _fill_setup_dialog(qtbot, dialog, "ботақара кент"))
    window = start(None, clock)  # the embedded default: a file in the data folder
    assert window is not None
    qtbot.addWidget(window)
    assert (data_dir / "auyl-desk.sqlite3").exists()
    place = office.workplace(window.ctx.db)
    assert place is not None and "Ботақара" in place.office.name
    assert place.clerk.surname == "Ахметова"
    assert window.language == "kk"
    assert window.file_menu.title() == "&Файл"
    assert "Ботақара" in window.office_label.text()
    assert "Ахметова Г. С." in window.clerk_label.text()
    assert str(data_dir) in window.db_label.text()
    assert window.date_label.text() == format_date(date(2026, 11, 25), "kk", "full")
    # The setup took its time from the context's clock: the office's signing key dates from it.
    [key] = keys.known_keys(window.ctx.db)
    assert key.valid_from == clock.now()
    window.ctx.db.dispose()


def test_cancelling_the_setup_opens_nothing(qtbot: QtBot, db_path: Path) -> None:
    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, SetupDialog)
        dialog.reject()

    when_modal_opens(cancel)
    assert start(str(db_path)) is None


def test_wrong_input_is_explained_and_nothing_saved(
    qtbot: QtBot, db: Database, clock: FixedClock
) -> None:
    Translations().switch("kk")
    dialog = SetupDialog(AppContext(db, Hub(), clock, presenter=Printed()))
    qtbot.addWidget(dialog)
    type_text(dialog.search_edit, "no such office")
    assert dialog.office_list.count() == 0
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.error_label.text() == "Тізімнен әкімдігіңізді таңдаңыз."
    dialog.search_edit.clear()
    type_text(dialog.clerk_fields["name"], "Гүлнар")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.error_label.text() == "Маманның тегін енгізіңіз."
    assert office.workplace(db) is None


def test_switching_language_relabels_everything_and_is_remembered(
    qtbot: QtBot, accounts_db: Database, clock: FixedClock
) -> None:
    log_in_when_asked(CLERK_LOGIN, CLERK_PASSWORD)
    window = start(str(accounts_db.url.database), clock)
    assert window is not None
    qtbot.addWidget(window)
    kazakh = [
        window.file_menu.title(),
        window.settings_menu.title(),
        window.windowTitle(),
        window.tabs.tabText(window.tabs.indexOf(window.office_tab)),
        window.office_label.text(),
    ]
    window.language_actions["ru"].trigger()
    assert window.file_menu.title() == "&Файл"
    assert window.settings_menu.title() == "&Настройки"
    assert window.language_menu.title() == "&Язык"
    assert window.tabs.tabText(window.tabs.indexOf(window.office_tab)) == "Акимат"
    assert window.office_label.text().startswith("Акимат:")
    assert window.date_label.text() == format_date(clock.today(), "ru", "full")
    assert [window.file_menu.title(), window.settings_menu.title()] != kazakh[:2]
    assert settings.load_ui_language(window.ctx.db) == "ru"
    window.language_actions["kk"].trigger()
    assert window.settings_menu.title() == kazakh[1]
    assert window.tabs.tabText(window.tabs.indexOf(window.office_tab)) == kazakh[3]
    window.ctx.db.dispose()


def test_settings_offers_a_test_print_of_every_document_kind(
    qtbot: QtBot, accounts_db: Database, clock: FixedClock, printed: Printed
) -> None:
    log_in_when_asked(CLERK_LOGIN, CLERK_PASSWORD)
    window = start(str(accounts_db.url.database), clock)
    assert window is not None
    qtbot.addWidget(window)
    window.ctx.presenter = printed
    for action in window.test_print_actions.values():
        action.trigger()
    assert [document.file_name for document in printed] == [
        "sample-ticket-kk.pdf",
        "sample-talon-kk.pdf",
        "sample-refusal-kk.pdf",
        "sample-application-form-kk.pdf",
        "sample-certificate-1-kk.pdf",
        "sample-certificate-2-kk.pdf",
        "sample-indicators-report-kk.pdf",
        "sample-complaint-talon-kk.pdf",
        "sample-complaint-protocol-kk.pdf",
        "sample-extension-notice-kk.pdf",
        "sample-forwarding-notice-kk.pdf",
    ]
    labels = [action.text() for action in window.test_print_actions.values()]
    assert all(labels) and len(set(labels)) == len(labels)
    assert all(document.pdf().startswith(b"%PDF") for document in printed)
    window.ctx.db.dispose()
