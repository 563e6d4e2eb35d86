"""Settings > Personal data: the retention period, the people kept past it, purging one."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.actor import SYSTEM
from desktop.services import household_writer, personal_data
from desktop.services.household_values import HouseholdData, MemberData
from desktop.ui.context import AppContext
from desktop.ui.dialogs.personal_data_dialog import PersonalDataDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.i18n import Translations
from tests.helpers import acting_as
from tests.ui.helpers import type_text, when_modal_opens

OPENED = date(2000, 1, 1)


@pytest.fixture
def son(configured_db: Database) -> uuid.UUID:
    """Асқар left household 0101 on 1 June 2019."""
    today = date(2026, 11, 25)
    household = household_writer.create_household(
        configured_db,
        HouseholdData("0101", "Ботақара", OPENED),
        MemberData("Шалқарбаев", "Ерлан", "head", OPENED, sex="male"),
        SYSTEM,
        today,
    )
    son_id = household_writer.add_member(
        configured_db,
        household,
        MemberData("Шалқарбаев", "Асқар", "son", OPENED, sex="male"),
        SYSTEM,
        today,
    )
    household_writer.remove_member(configured_db, son_id, date(2019, 6, 1), "көшті", SYSTEM)
    return son_id


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_shorter_period_lists_the_person_and_saves(
    qtbot: QtBot, ctx: AppContext, son: uuid.UUID, language: str
) -> None:
    ctx.user = acting_as(ctx.actor(), "administrator")  # the retention period is theirs
    Translations().switch(language)
    dialog = PersonalDataDialog(ctx)
    qtbot.addWidget(dialog)
    default = personal_data.default_retention_years(ctx.today())
    assert dialog.years.value() == default and dialog.table.rowCount() == 0
    assert not dialog.purge_button.isEnabled()
    dialog.years.setValue(5)
    dialog.save()
    assert personal_data.rules(ctx.db, ctx.today()).retention_years == 5

    again = PersonalDataDialog(ctx)
    qtbot.addWidget(again)
    assert again.years.value() == 5
    assert [again.table.item(0, c).text() for c in (0, 1)] == ["0101", "Шалқарбаев Асқар"]
    assert "94-V" in again.intro.text()


def test_the_selected_person_is_purged_with_a_reason(
    qtbot: QtBot, ctx: AppContext, son: uuid.UUID
) -> None:
    ctx.user = acting_as(ctx.actor(), "akim")  # purging is the akim's
    Translations().switch("kk")
    personal_data.set_retention_years(ctx.db, 5, SYSTEM)
    dialog = PersonalDataDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)

    def give_reason(reason_dialog: QWidget) -> None:
        assert isinstance(reason_dialog, ReasonDialog)
        assert "Шалқарбаев Асқар" in reason_dialog.prompt.text()
        type_text(reason_dialog.reason_edit, "сақтау мерзімі өтті")
        reason_dialog.save()

    when_modal_opens(give_reason)
    dialog.purge_button.click()

    assert dialog.table.rowCount() == 0
    assert personal_data.past_retention(ctx.db, ctx.today()) == []
    assert not dialog.purge_button.isEnabled()


def test_the_act_s_period_saved_again_is_no_setting(
    qtbot: QtBot, ctx: AppContext, son: uuid.UUID
) -> None:
    ctx.user = acting_as(ctx.actor(), "administrator")  # the retention period is theirs
    personal_data.set_retention_years(ctx.db, 5, SYSTEM)
    dialog = PersonalDataDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.years.setValue(personal_data.default_retention_years(ctx.today()))
    dialog.save()
    rules = personal_data.rules(ctx.db, ctx.today())
    assert rules.retention_source.citation.startswith("Law No. 94-V")
