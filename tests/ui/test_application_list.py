"""The Applications list widget: today's and open ones by default, rows loaded a page at a time,
typing that waits for a pause, Kazakh letters in any case, selection kept across refreshes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.clock import FixedClock
from desktop.services import application_list as list_service
from desktop.services.application_list import PAGE_SIZE
from desktop.ui.context import AppContext
from desktop.ui.hub import Hub
from desktop.ui.models import application_table
from desktop.ui.widgets.application_list import ALL_DATES, TYPING_MS, ApplicationList
from tests.services.test_application_list import TUESDAY, _add, _application
from tests.ui.helpers import type_text

OLD = TUESDAY - timedelta(days=60)


@pytest.fixture
def history(db: Database) -> Database:
    """250 long-issued applications, one still open from long ago, two handed in today."""
    rows = [_application(n, OLD + timedelta(hours=n)) for n in range(250)]
    rows.append(_application(300, OLD - timedelta(days=1), status="ready", surname="Шалқарбаева"))
    rows += [_application(301 + n, TUESDAY - timedelta(hours=n), status="accepted") for n in (0, 1)]
    _add(db, rows)
    return db


@pytest.fixture
def widget(qtbot: QtBot, history: Database) -> ApplicationList:
    shown = ApplicationList(AppContext(history, Hub(), FixedClock(TUESDAY)))
    qtbot.addWidget(shown)
    shown.resize(1000, 500)
    shown.show()
    return shown


def _show_all(widget: ApplicationList) -> None:
    widget.period_combo.setCurrentIndex(widget.period_combo.findData(ALL_DATES))


def test_by_default_todays_and_the_open_ones(widget: ApplicationList) -> None:
    assert [row.status for row in widget.rows] == ["accepted", "accepted", "ready"]
    assert widget.count_label.text().endswith("3")
    _show_all(widget)
    assert widget.model.total == 253
    assert widget.count_label.text().endswith("253")


def test_a_big_window_is_counted_only_so_far(
    widget: ApplicationList, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(application_table, "COUNT_LIMIT", 200)
    _show_all(widget)
    assert widget.model.more and widget.model.total == 200
    assert widget.count_label.text() == "Applications: more than 200"
    widget.show_status("ready")
    assert not widget.model.more and widget.count_label.text() == "Applications: 1"


def test_rows_come_a_page_at_a_time_as_the_table_scrolls(
    qtbot: QtBot, widget: ApplicationList
) -> None:
    _show_all(widget)
    assert len(widget.rows) == PAGE_SIZE and widget.model.canFetchMore()
    bar = widget.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the view has laid out the first page
    bar.setValue(bar.maximum())  # the view asks its model for more at the bottom
    qtbot.waitUntil(lambda: len(widget.rows) == 2 * PAGE_SIZE)
    while widget.model.canFetchMore():
        widget.model.fetchMore()
    moments = [row.handed_in_at for row in widget.rows]
    assert len(set(row.id for row in widget.rows)) == 253
    assert moments == sorted(moments, reverse=True)


def test_selecting_an_application_beyond_the_loaded_rows_fetches_up_to_it(
    widget: ApplicationList,
) -> None:
    _show_all(widget)
    everything = list_service.page(widget.ctx.db, widget.current_filter(), TUESDAY, limit=None).rows
    wanted = everything[230]
    widget.select(wanted.id)
    assert len(widget.rows) > 230
    selected = widget.selected()
    assert selected is not None and selected.id == wanted.id


def test_a_refresh_keeps_the_loaded_rows_and_the_selection(widget: ApplicationList) -> None:
    _show_all(widget)
    widget.model.fetchMore()
    chosen = widget.rows[150]
    widget.select(chosen.id)
    widget.refresh()
    assert len(widget.rows) == 2 * PAGE_SIZE
    assert widget.selected_id() == chosen.id


def test_typing_asks_the_database_once_after_a_pause(
    qtbot: QtBot, widget: ApplicationList, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    real_page = list_service.page

    def page(db: Database, where: Any, *args: Any, **kwargs: Any) -> Any:
        asked.append(where.text)
        return real_page(db, where, *args, **kwargs)

    monkeypatch.setattr(list_service, "page", page)
    type_text(widget.text_edit, "ШАЛҚАР")  # capitals, Kazakh letters
    assert asked == []  # nothing while typing
    qtbot.waitUntil(lambda: asked == ["ШАЛҚАР"], timeout=10 * TYPING_MS)
    [row] = widget.rows
    assert row.applicant.startswith("Шалқарбаева")
    assert widget.count_label.text().endswith("1")


def test_enter_refreshes_at_once(qtbot: QtBot, widget: ApplicationList) -> None:
    _show_all(widget)
    type_text(widget.text_edit, "шалқарбаева")
    qtbot.keyClick(widget.text_edit, "\r")
    assert [row.status for row in widget.rows] == ["ready"]
    assert not widget._typing.isActive()


def test_a_status_shown_on_request_covers_every_date(widget: ApplicationList) -> None:
    widget.show_status("issued")
    assert widget.period_combo.currentData() == ALL_DATES
    assert widget.model.total == 250
    assert {row.status for row in widget.rows} == {"issued"}


def test_a_date_range_of_hand_in(widget: ApplicationList) -> None:
    widget.period_combo.setCurrentIndex(2)
    assert widget.from_edit.isEnabled() and widget.to_edit.isEnabled()
    widget.from_edit.setDate(OLD.date())
    widget.to_edit.setDate(OLD.date())
    assert widget.model.total == 14  # those of the first day: from 10:15 to 23:15
    assert all(row.handed_in_at.date() == OLD.date() for row in widget.rows)


def test_today_is_the_day_of_the_widgets_clock(qtbot: QtBot, history: Database) -> None:
    _add(history, [_application(400, TUESDAY, status="refused")])
    for now, refused_shown in ((TUESDAY, True), (TUESDAY + timedelta(days=1), False)):
        shown = ApplicationList(AppContext(history, Hub(), FixedClock(now)))
        qtbot.addWidget(shown)
        assert ("refused" in [row.status for row in shown.rows]) is refused_shown
