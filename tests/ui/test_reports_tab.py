"""The Reports tab: last quarter by default, the 12 indicators of the constructed quarter of
tests/services/test_reports.py (as of the UI tests' clock, 25 November 2026), the records behind
a value, a target edited in place, the report printed and the workbook saved, and the akim's
sign-off, in kk and ru."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.periods import Period
from desktop.printing.report_format import period_text
from desktop.services import report_signoffs, reports
from desktop.ui.context import AppContext
from desktop.ui.dialogs.application_correction_dialog import ApplicationCorrectionDialog
from desktop.ui.i18n import Translations
from desktop.ui.tabs.reports_tab import TARGET, VALUE, RecordsDialog, ReportsTab
from tests.helpers import acting_as
from tests.services.test_reports import quarter  # noqa: F401 (the fixture)
from tests.ui.helpers import Printed
from tests.ui.visible_texts import Catalogue, visible_texts

pytestmark = pytest.mark.usefixtures("quarter")


def _row(tab: ReportsTab, code: str) -> int:
    return next(
        r for r in range(tab.indicators.rowCount()) if tab.indicators.item(r, 0).text() == code
    )


def test_last_quarter_by_default_and_its_indicators(qtbot: QtBot, ctx: AppContext) -> None:
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.period() == Period.quarter(2026, 3)
    assert not tab.print_button.isEnabled()
    tab.compute()
    values = {
        tab.indicators.item(r, 0).text(): tab.indicators.item(r, VALUE).text()
        for r in range(tab.indicators.rowCount())
    }
    # 1.1 as of 25 November: the application promised for 7 October is overdue too (1 of 4)
    assert values["1.1"] == "▼ 25,0" and values["3.2"] == "▼ 80,0" and values["5.1"] == "100,0"
    assert values["4.3"] == "no data"
    worse = tab.indicators.item(_row(tab, "3.2"), VALUE)
    assert worse.background().color().name() == "#f8d7da"
    pictures = [
        item.widget().pixmap()
        for i in range(tab.charts_layout.count())
        if (item := tab.charts_layout.itemAt(i)) is not None and item.widget() is not None
    ]
    # visitors by hour, waits against the limits, and 1.1, 1.2, 3.2 month by month
    assert len(pictures) == 5 and all(p.width() > 400 for p in pictures)
    meets = tab.indicators.item(_row(tab, "5.1"), VALUE)
    assert meets.background().style() == Qt.BrushStyle.NoBrush
    assert "7" in tab.queue_label.text()


def test_a_value_opens_its_records_and_a_target_is_stored(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.user = acting_as(ctx.actor(), "akim")  # the report's own figures are the akim's
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.compute()
    opened: list[RecordsDialog] = []
    monkeypatch.setattr(RecordsDialog, "exec", lambda self: opened.append(self) or 0)
    tab._open_records(_row(tab, "1.1"), VALUE)
    [dialog] = opened
    assert dialog.table.rowCount() == 4
    counted = [dialog.table.item(r, 3).text() for r in range(4)]
    assert counted == ["yes", "no", "no", "no"]
    tab.indicators.item(_row(tab, "1.1"), TARGET).setText("99,5")
    assert reports.standards(ctx.db)[0].target == Decimal("99.5")
    assert tab.indicators.item(_row(tab, "1.1"), TARGET).text() == "99,5"


def test_print_and_save(qtbot: QtBot, ctx: AppContext, printed: Printed, tmp_path: Path) -> None:
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.compute()
    tab.print_report()
    assert printed.kinds() == ["indicators-report"]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(printed[0].pdf())).pages)
    assert "80,0" in text and "25,0" in text
    tab.save_to(str(tmp_path / "q.xlsx"))
    sheet = load_workbook(tmp_path / "q.xlsx").worksheets[1]
    by_code = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert by_code["1.1"][7:9] == (1, 4)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_tab_and_its_records_speak_the_ui_language(
    qtbot: QtBot, ctx: AppContext, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    Translations().switch(language)
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.compute()
    dialog = RecordsDialog(ctx, tab.report.value("2.1"), [], tab)  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    shown = [*visible_texts(tab), *visible_texts(dialog)]
    assert Catalogue().problems(language, shown) == []
    assert "1.1" in [tab.indicators.item(r, 0).text() for r in range(12)]


def test_indicator_3_3_is_set_by_hand(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.user = acting_as(ctx.actor(), "akim")  # the report's own figures are the akim's
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.compute()
    assert tab.indicators.item(_row(tab, "3.3"), VALUE).text() == "no data"
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *args: (87.5, True))
    tab.set_internet_information()
    assert tab.indicators.item(_row(tab, "3.3"), VALUE).text() == "▼ 87,5"
    assert reports.internet_information(ctx.db).percent == Decimal("87.5")


def test_a_correction_recorded_from_the_records_of_2_2(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.compute()
    assert tab.indicators.item(_row(tab, "2.2"), VALUE).text() == "▼ 75,0"  # 3 of 4
    shown: list[RecordsDialog] = []

    def record(dialog: RecordsDialog) -> int:
        shown.append(dialog)
        dialog.table.selectRow(0)  # the one ready in time: corrected only at the applicant's wish

        def answer(form: ApplicationCorrectionDialog) -> int:
            form.reason_kind.setCurrentIndex(form.reason_kind.findData("clerk_error"))
            form.reason.setText("ЖСН қате")
            form.save()
            return form.result()

        monkeypatch.setattr(ApplicationCorrectionDialog, "exec", answer)
        dialog.correct_button.click()
        return 0

    monkeypatch.setattr(RecordsDialog, "exec", record)
    tab._open_records(_row(tab, "2.2"), VALUE)
    [dialog] = shown
    assert dialog.correct_button.isVisibleTo(dialog)
    assert [dialog.table.item(r, 3).text() for r in range(4)] == ["no", "no", "yes", "yes"]
    assert tab.indicators.item(_row(tab, "2.2"), VALUE).text() == "▼ 50,0"  # recomputed


# ---- the akim's sign-off ----------------------------------------------------------------------


def _answer_sign_off(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    """Answer the confirmation (QMessageBox.question) and record the question's text."""
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return yes if answer else no

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_only_the_akim_sees_sign_off_and_a_clerk_sees_the_status(
    qtbot: QtBot, ctx: AppContext, language: str
) -> None:
    Translations().switch(language)
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.compute()
    assert not tab.sign_button.isVisibleTo(tab)  # a clerk
    assert tab.sign_status.isVisibleTo(tab)
    assert tab.sign_status.text() == tab.tr("Not signed off by the akim: the report is a draft.")
    ctx.log_in_as(acting_as(ctx.actor(), "akim"))  # the akim at the lock screen
    assert tab.sign_button.isVisibleTo(tab) and tab.sign_button.isEnabled()
    shown = visible_texts(tab)
    assert Catalogue().problems(language, shown) == []
    assert tab.sign_status.text() in [s.text for s in shown]
    ctx.log_in_as(acting_as(ctx.actor(), "clerk"))
    assert not tab.sign_button.isVisibleTo(tab)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_akim_confirms_and_the_status_shows_who_and_when_then_what_changed(
    qtbot: QtBot, ctx: AppContext, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    Translations().switch(language)
    ctx.user = acting_as(ctx.actor(), "akim")
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.compute()
    asked = _answer_sign_off(monkeypatch, False)
    tab.sign_button.click()
    [question] = asked
    assert period_text(Period.quarter(2026, 3), language) in question  # names the period
    assert "25.11.2026 10:00" in question  # the figures as counted now
    assert report_signoffs.history(ctx.db, Period.quarter(2026, 3)) == []  # No: nothing signed
    _answer_sign_off(monkeypatch, True)
    tab.sign_button.click()
    [signed] = report_signoffs.history(ctx.db, Period.quarter(2026, 3))
    assert signed.signed_by == ctx.actor().name
    status = tab.sign_status.text()
    assert ctx.actor().name in status and "25.11.2026 10:00" in status  # office time
    assert not tab.sign_button.isEnabled()  # signed as it stands
    assert not tab.sign_status.font().bold()
    assert Catalogue().problems(language, visible_texts(tab)) == []
    # a clerk's error recorded later: the status names the indicator that moved
    application = next(r for r in reports.records_behind(
        ctx.db, "2.2", Period.quarter(2026, 3), ctx.now()) if r.counted)  # fmt: skip
    assert application.application_id is not None
    reports.record_correction(
        ctx.db, application.application_id, "correction", "clerk_error", "", ctx.actor(), ctx.now()
    )
    tab.compute()
    assert "2.2" in tab.sign_status.text() and tab.sign_button.isEnabled()
    assert tab.sign_status.font().bold()
    assert tab.sign_status.text() != status
    assert Catalogue().problems(language, visible_texts(tab)) == []


def test_sign_off_is_reached_and_pressed_from_the_keyboard(
    qtbot: QtBot, ctx: AppContext, printed: Printed, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.user = acting_as(ctx.actor(), "akim")
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.compute()
    assert tab.sign_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    reached, widget = [], tab.show_button.nextInFocusChain()
    while widget is not tab.show_button:  # what Tab walks through from Show
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(tab):
            reached.append(widget)
        widget = widget.nextInFocusChain()
    assert tab.sign_button in reached[:6]  # Show, 3.3, Sign off: a few Tabs along the bar
    _answer_sign_off(monkeypatch, True)
    tab.sign_button.setFocus()
    QTest.keyClick(tab.sign_button, Qt.Key.Key_Space)
    assert len(report_signoffs.history(ctx.db, Period.quarter(2026, 3))) == 1
    tab.print_report()  # printed as signed
    found = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(printed[-1].pdf())).pages)
    assert ctx.actor().name in found
