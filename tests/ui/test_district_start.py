"""A district installation (district mode, no office of its own) starts at the login, not at an
office's first-run setup; without an account yet it says how to add the first administrator."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core import roles
from desktop.core.actor import SYSTEM
from desktop.core.clock import FixedClock
from desktop.services import accounts, settings
from desktop.services.office import ClerkData
from desktop.ui.app import start
from tests.services.sync_helpers import make_district
from tests.ui.helpers import log_in_when_asked, when_modal_opens

NO_ACCOUNT = {
    "kk": "Шет ауданы орнатылымында әлі тіркелгі жоқ",
    "ru": "В установке Шет ауданы ещё нет учётной записи",
}
DISTRICT = {"kk": "Аудан: Шет ауданы (№ 7)", "ru": "Район: Шет ауданы (№ 7)"}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_district_without_an_account_says_how_to_add_its_administrator(
    qtbot: QtBot, db: Database, language: str
) -> None:
    make_district(db)
    settings.save_ui_language(db, language, SYSTEM)  # what start() switches to
    shown: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_modal_opens(read)
    assert start(str(db.url.database)) is None
    assert shown[0].startswith(NO_ACCOUNT[language])
    assert "auyl-desk accounts add --role administrator" in shown[0]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_district_starts_at_the_login_and_names_the_district(
    qtbot: QtBot, db: Database, clock: FixedClock, language: str
) -> None:
    make_district(db)
    person = ClerkData("Оспанов", "Ерлан", "Бекұлы", "әкімші", "")
    accounts.set_up_district(db, person, "erlan", "erlanpass1")
    settings.save_ui_language(db, language, SYSTEM)
    log_in_when_asked("erlan", "erlanpass1")
    window = start(str(db.url.database), clock)
    assert window is not None
    qtbot.addWidget(window)
    assert window.ctx.actor().role == roles.ADMINISTRATOR
    assert window.office_label.text() == DISTRICT[language]
    assert window.windowTitle().endswith("Шет ауданы")
    window.ctx.db.dispose()
