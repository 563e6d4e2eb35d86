"""The Household book tab: search as you type, the card, and changes through the dialogs."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.actor import SYSTEM
from desktop.core.clock import FixedClock
from desktop.core.formatting import format_date
from desktop.core.iin import make_iin
from desktop.services import household_writer, households
from desktop.services.household_values import BookError, HouseholdData, MemberData
from desktop.ui import book_errors
from desktop.ui.context import AppContext
from desktop.ui.dialogs.household_dialog import HouseholdDialog
from desktop.ui.dialogs.livestock_dialog import LivestockDialog
from desktop.ui.dialogs.member_dialog import MemberDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.i18n import Translations
from desktop.ui.tabs.households_tab import HouseholdsTab
from tests.ui.helpers import type_text, when_modal_opens

OPENED = date(2010, 3, 1)
TODAY = date(2026, 11, 25)  # the date of the tests' fixed clock (tests/ui/conftest.py)
HEAD_IIN = make_iin(date(1975, 4, 12), "male", 17)
CLERK_NAME = "Ахметова Г. С."  # the actor: the configured clerk's printed name


def _household(db: Database, account: str, surname: str, name: str, iin: str = "") -> uuid.UUID:
    return household_writer.create_household(
        db,
        HouseholdData(account, "Ботақара", OPENED, street="Әуезов көшесі", house="12"),
        MemberData(surname, name, "head", OPENED, iin=iin, sex="" if iin else "male"),
        SYSTEM,
        TODAY,
    )


@pytest.fixture
def book(configured_db: Database) -> dict[str, uuid.UUID]:
    shalkar = _household(configured_db, "0101", "Шалқарбаев", "Ерлан", HEAD_IIN)
    other = _household(configured_db, "0102", "Иванов", "Пётр")
    save = household_writer.save_livestock
    save(configured_db, shalkar, date(2024, 1, 1), {"cattle_cows": 3}, SYSTEM)
    save(configured_db, shalkar, date(2025, 1, 1), {"cattle_cows": 5, "sheep": 20}, SYSTEM)
    save(configured_db, shalkar, date(2026, 1, 1), {"cattle_cows": 7}, SYSTEM)
    return {"shalkar": shalkar, "other": other}


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> HouseholdsTab:
    widget = HouseholdsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _open(qtbot: QtBot, tab: HouseholdsTab, query: str) -> None:
    type_text(tab.search_edit, query)
    qtbot.waitUntil(lambda: tab.results.rowCount() == 1, timeout=2000)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)


def test_lower_case_kazakh_surname_finds_and_down_enter_opens_the_card(
    qtbot: QtBot, tab: HouseholdsTab, book: dict[str, uuid.UUID]
) -> None:
    assert tab.stack.currentWidget() is tab.hint
    type_text(tab.search_edit, "шалқарб ерл")
    qtbot.waitUntil(lambda: tab.results.rowCount() == 1, timeout=2000)
    assert tab.results.item(0, 0).text() == "0101"
    assert tab.results.item(0, 1).text() == "Шалқарбаев Ерлан"
    assert tab.panel.card is None  # a result opens on Enter or a click, not by itself
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert tab.panel.card is not None and tab.panel.card.id == book["shalkar"]
    assert tab.stack.currentWidget() is tab.panel
    assert "Шалқарбаев Ерлан" in tab.panel.title.text()
    assert tab.panel.members.item(0, 2).text() == HEAD_IIN
    assert tab.panel.demo_banner.isHidden()


def test_search_by_iin_and_up_down_move_the_selection(
    qtbot: QtBot, tab: HouseholdsTab, book: dict[str, uuid.UUID]
) -> None:
    type_text(tab.search_edit, HEAD_IIN)
    qtbot.waitUntil(lambda: tab.results.rowCount() == 1, timeout=2000)
    tab.search_edit.clear()
    type_text(tab.search_edit, "ботақара")
    qtbot.waitUntil(lambda: tab.results.rowCount() == 2, timeout=2000)
    assert tab.results.currentRow() == 0
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Down)
    assert tab.results.currentRow() == 1
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Up)
    assert tab.results.currentRow() == 0
    assert tab.search_edit.hasFocus() or not tab.isActiveWindow()


def test_card_shows_livestock_of_an_earlier_date_from_the_earlier_snapshot(
    qtbot: QtBot, tab: HouseholdsTab, book: dict[str, uuid.UUID], clock: FixedClock
) -> None:
    Translations().switch("ru")
    _open(qtbot, tab, "шалқарбаев")
    panel = tab.panel
    assert panel.livestock_date.date() == QDate(clock.today())
    assert format_date(date(2026, 1, 1), "ru", "medium") in panel.livestock_as_of.text()
    assert panel.livestock.item(0, 2).text() == "7"

    panel.livestock_date.setDate(QDate(2025, 6, 30))
    assert format_date(date(2025, 1, 1), "ru", "medium") in panel.livestock_as_of.text()
    counts = {
        panel.livestock.item(row, 1).text(): panel.livestock.item(row, 2).text()
        for row in range(panel.livestock.rowCount())
    }
    assert counts == {"коровы": "5", "овцы": "20"}  # term names in the UI language

    panel.livestock_date.setDate(QDate(2023, 12, 31))
    assert panel.livestock.rowCount() == 0
    assert panel.livestock_as_of.text() == panel.tr("Nothing recorded on or before this date.")


def test_add_a_member_through_the_dialog(
    qtbot: QtBot, tab: HouseholdsTab, book: dict[str, uuid.UUID]
) -> None:
    _open(qtbot, tab, "шалқарбаев")
    wife_iin = make_iin(date(1978, 9, 3), "female", 41)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(dialog.form.surname, "Шалқарбаева")
        type_text(dialog.form.name, "Әйгерім")
        type_text(dialog.form.iin, wife_iin)
        dialog.form.relation.setCurrentIndex(dialog.form.relation.findData("spouse"))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    when_modal_opens(fill)
    qtbot.mouseClick(tab.panel.buttons["add_member"], Qt.MouseButton.LeftButton)
    card = households.card(tab.ctx.db, book["shalkar"], tab.ctx.today())
    wife = next(m for m in card.members if m.relation == "spouse")
    assert (wife.full_name, wife.iin, wife.sex) == ("Шалқарбаева Әйгерім", wife_iin, "female")
    assert wife.birth_date == date(1978, 9, 3)  # taken from the IIN
    names = [tab.panel.members.item(r, 0).text() for r in range(tab.panel.members.rowCount())]
    assert names == ["Шалқарбаев Ерлан", "Шалқарбаева Әйгерім"]
    added = next(h for h in households.history(tab.ctx.db, book["shalkar"]) if h.field == "added")
    assert added.changed_by == CLERK_NAME  # `by` is the clerk of this workplace


def test_wrong_iin_check_digit_is_explained_and_nothing_saved(
    qtbot: QtBot, configured_db: Database, book: dict[str, uuid.UUID], ctx: AppContext
) -> None:
    dialog = MemberDialog(ctx, book["shalkar"])
    qtbot.addWidget(dialog)
    good = make_iin(date(2001, 2, 3), "male", 5)
    wrong = good[:11] + str((int(good[11]) + 1) % 10)
    type_text(dialog.form.surname, "Шалқарбаев")
    type_text(dialog.form.name, "Нұрлан")
    type_text(dialog.form.iin, wrong)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    expected = book_errors.message(BookError("iin", "iin_check_digit"), "ru")
    assert dialog.error_label.text() == expected
    assert "check digit" in expected  # untranslated here: the English source
    assert dialog.form.iin.hasFocus() or not dialog.isActiveWindow()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert len(households.card(configured_db, book["shalkar"], TODAY).members) == 1


@pytest.mark.parametrize("confirm", [True, False])
def test_implausible_count_asks_for_confirmation(
    qtbot: QtBot,
    configured_db: Database,
    book: dict[str, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
    confirm: bool,
    ctx: AppContext,
    clock: FixedClock,
) -> None:
    Translations().switch("ru")
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return yes if confirm else no

    monkeypatch.setattr(QMessageBox, "question", question)
    day = clock.today() - timedelta(days=1)
    dialog = LivestockDialog(ctx, book["other"], day)
    qtbot.addWidget(dialog)
    dialog.spins["sheep"].setValue(2500)
    dialog.spins["goats"].setValue(4)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert len(asked) == 1 and "овцы" in asked[0] and "2000" in asked[0]
    saved = households.livestock_on(configured_db, book["other"], day)
    if confirm:
        assert saved is not None and saved.counts == {"sheep": 2500, "goats": 4}
        assert dialog.result() == dialog.DialogCode.Accepted
    else:
        assert saved is None
        assert "овцы" in dialog.error_label.text()


def test_removing_a_member_asks_a_reason_and_keeps_history(
    qtbot: QtBot, tab: HouseholdsTab, book: dict[str, uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    son = household_writer.add_member(
        tab.ctx.db,
        book["shalkar"],
        MemberData("Шалқарбаев", "Дәулет", "son", date(2012, 5, 1), sex="male"),
        SYSTEM,
        TODAY,
    )
    _open(qtbot, tab, "дәулет")
    assert "Дәулет" in tab.results.item(0, 1).text()  # the matched member, not the head
    asked: list[tuple[str, bool]] = []

    def ask(
        _parent: QWidget,
        title: Callable[[], str],
        prompt: Callable[[], str],
        today: date,
        with_date: bool = True,
    ) -> object:
        asked.append((prompt(), with_date))
        return date(2025, 9, 1), "оқуға Қарағандыға көшті"

    monkeypatch.setattr(ReasonDialog, "ask", ask)
    members = tab.panel.members
    row = next(r for r in range(members.rowCount()) if "Дәулет" in members.item(r, 0).text())
    members.selectRow(row)
    qtbot.mouseClick(tab.panel.buttons["remove_member"], Qt.MouseButton.LeftButton)

    assert asked and "Шалқарбаев Дәулет" in asked[0][0] and asked[0][1]
    card = households.card(tab.ctx.db, book["shalkar"], tab.ctx.today())
    assert [m.id for m in card.former_members] == [son]
    former = card.former_members[0]
    assert former.registered_to == date(2025, 9, 1)
    assert former.removal_reason == "оқуға Қарағандыға көшті"
    last = members.rowCount() - 1
    assert members.item(last, 0).text() == "Шалқарбаев Дәулет"
    assert members.item(last, 6).text() == "оқуға Қарағандыға көшті"
    assert members.item(last, 0).foreground().color() != members.item(0, 0).foreground().color()
    history = tab.panel.history
    reasons = [history.item(r, 6).text() for r in range(history.rowCount())]
    assert "оқуға Қарағандыға көшті" in reasons
    assert any("Дәулет" in history.item(r, 2).text() for r in range(history.rowCount()))


def test_new_household_through_the_dialog_opens_its_card(
    qtbot: QtBot, tab: HouseholdsTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, HouseholdDialog)
        type_text(dialog.edits["account_number"], "0200")
        type_text(dialog.edits["locality"], "Ботақара")
        type_text(dialog.head_form.surname, "Сейітқали")
        type_text(dialog.head_form.name, "Айдос")
        type_text(dialog.head_form.iin, HEAD_IIN[:11])  # 11 digits: refused first
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert dialog.error_label.text() == book_errors.message(BookError("iin", "iin_length"), "")
        dialog.head_form.iin.setText(make_iin(date(1990, 1, 2), "male", 3))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    when_modal_opens(fill)
    tab.add_household()
    assert tab.panel.card is not None
    assert tab.panel.card.data.account_number == "0200"
    assert tab.panel.card.head is not None and tab.panel.card.head.name == "Айдос"
