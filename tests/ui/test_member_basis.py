"""The member form records the legal basis a person's data are kept on, and a consent's date."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.actor import SYSTEM
from desktop.services import household_writer, households
from desktop.services.household_values import HouseholdData, MemberData
from desktop.ui.context import AppContext
from desktop.ui.dialogs.member_dialog import MemberDialog
from desktop.ui.i18n import Translations
from tests.ui.helpers import type_text

OPENED = date(2020, 1, 1)


@pytest.fixture
def household(configured_db: Database) -> uuid.UUID:
    return household_writer.create_household(
        configured_db,
        HouseholdData("0101", "Ботақара", OPENED),
        MemberData("Шалқарбаев", "Ерлан", "head", OPENED, sex="male"),
        SYSTEM,
        date(2026, 11, 25),
    )


def save(qtbot: QtBot, dialog: MemberDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_consent_is_recorded_with_its_date(
    qtbot: QtBot, household: uuid.UUID, ctx: AppContext, language: str
) -> None:
    Translations().switch(language)
    dialog = MemberDialog(ctx, household)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.basis.currentData() == "household_book"
    assert not form.consent_on.isEnabled()
    type_text(form.surname, "Шалқарбаев")
    type_text(form.name, "Нұрлан")
    form.sex.setCurrentIndex(form.sex.findData("male"))
    form.basis.setCurrentIndex(form.basis.findData("consent"))
    assert form.consent_on.isEnabled()
    form.consent_on.setDate(QDate(2026, 11, 20))
    save(qtbot, dialog)

    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_label.text()
    card = households.card(ctx.db, household, ctx.today())
    added = next(m for m in card.members if m.name == "Нұрлан")
    assert (added.data_basis, added.consent_on) == ("consent", date(2026, 11, 20))

    again = MemberDialog(ctx, household, added)
    qtbot.addWidget(again)
    assert again.form.basis.currentData() == "consent"
    assert again.form.consent_on.date() == QDate(2026, 11, 20)


def test_a_consent_dated_after_today_is_refused(
    qtbot: QtBot, household: uuid.UUID, ctx: AppContext
) -> None:
    Translations().switch("kk")
    dialog = MemberDialog(ctx, household)
    qtbot.addWidget(dialog)
    type_text(dialog.form.surname, "Шалқарбаев")
    type_text(dialog.form.name, "Нұрлан")
    dialog.form.sex.setCurrentIndex(dialog.form.sex.findData("male"))
    dialog.form.basis.setCurrentIndex(dialog.form.basis.findData("consent"))
    dialog.form.consent_on.setDate(QDate(2027, 1, 5))
    save(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Күн бүгіннен кейін болмауы керек."
