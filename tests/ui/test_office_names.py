"""The office's name on screen is in the UI language: the Russian form (derived by rule, for an
administrator to check) in the Russian UI, the seed's Kazakh name in the Kazakh UI; and the
papers of a new visitor start in the UI language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services import office, reference
from desktop.ui.context import AppContext
from desktop.ui.dialogs.setup_dialog import SetupDialog
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow


def test_title_status_bar_office_tab_and_setup_list_name_the_office_in_the_ui_language(
    qtbot: QtBot, ctx: AppContext
) -> None:
    place = office.workplace(ctx.db)
    akimat = reference.district_akimat(ctx.db, "karkaraly")
    assert place is not None and akimat is not None
    names = {"kk": place.office.name, "ru": place.office.name_ru}
    akimats = {"kk": akimat.name, "ru": akimat.name_ru}
    assert names["ru"] and names["ru"] != names["kk"]
    Translations().switch("ru")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for language in ("ru", "kk"):  # the second one live, through the Language menu
        window.language_actions[language].trigger()
        assert window.windowTitle().endswith(names[language])
        assert names[language] in window.office_label.text()
        shown = window.office_tab.view.toPlainText()
        assert names[language] in shown and akimats[language] in shown
        assert names["ru" if language == "kk" else "kk"] not in shown
        dialog = SetupDialog(ctx, window)
        qtbot.addWidget(dialog)
        current = dialog.office_list.currentItem()
        district = place.office.district_in(language)
        assert current is not None and current.text() == f"100. {names[language]} — {district}"
        dialog.close()


def test_a_new_visitors_papers_start_in_the_ui_language(qtbot: QtBot, ctx: AppContext) -> None:
    Translations().switch("ru")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    form = window.application_tab.form
    assert form.language() == "ru"
    form.language_combo.setCurrentIndex(form.language_combo.findData("kk"))  # asked for
    form.clear()  # the next visitor
    assert form.language() == "ru"
    window.language_actions["kk"].trigger()  # an empty form follows the UI language
    assert form.language() == "kk"
    form.surname_edit.setText("Серіков")
    form.language_combo.setCurrentIndex(form.language_combo.findData("ru"))  # asked for
    window.language_actions["ru"].trigger()
    window.language_actions["kk"].trigger()  # a visitor's choice stays through a switch
    assert form.language() == "ru"
    form.clear()
    assert form.language() == "kk"
