"""The district's indicator reports in the Exchange tab: the office's imported records counted
as its own report counts them, the whole district beside it, printed; in Kazakh and Russian."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core import roles
from desktop.core.actor import SYSTEM
from desktop.core.formatting import format_datetime
from desktop.services import report_signoffs, reports, sync_export, sync_import
from desktop.ui.context import AppContext
from desktop.ui.district_reports import DistrictReportsDialog
from desktop.ui.hub import Hub
from desktop.ui.i18n import Translations
from desktop.ui.tabs.sync_tab import SyncTab
from tests.helpers import acting_as
from tests.services.sync_helpers import NOW, Village, enroll, make_district
from tests.services.test_sync_reports import AS_OF, NOVEMBER, _work
from tests.ui.helpers import Printed
from tests.ui.visible_texts import Catalogue, visible_texts


def _district_fed(
    ctx: AppContext, village: Village, printed: Printed, template_db: Path, tmp_path: Path
) -> AppContext:
    """A district enrolled with the village, its first package taken in: the district's
    window context."""
    shutil.copy(template_db, tmp_path / "district.sqlite3")
    district_db = make_district(Database(tmp_path / "district.sqlite3"))
    enroll(district_db, village)
    package = sync_export.export_package(ctx.db, tmp_path, village.actor, NOW)
    sync_import.import_packages(district_db, [package.path], SYSTEM, NOW)
    return AppContext(district_db, Hub(), ctx.clock, presenter=printed)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_district_shows_and_prints_an_offices_indicators(
    qtbot: QtBot,
    ctx: AppContext,
    printed: Printed,
    template_db: Path,
    tmp_path: Path,
    language: str,
) -> None:
    Translations().switch(language)
    village = Village(ctx.db, 100, ctx.actor())
    _work(village, 5)
    own = reports.build_report(ctx.db, NOVEMBER, AS_OF)
    district = _district_fed(ctx, village, printed, template_db, tmp_path)
    district_db = district.db

    tab = SyncTab(district)
    qtbot.addWidget(tab)
    assert not tab.reports_button.isHidden()
    dialog = DistrictReportsDialog(district, tab)
    qtbot.addWidget(dialog)
    assert dialog.whose.count() == 2 and dialog.whose.itemData(1) == 100
    dialog.whose.setCurrentIndex(1)
    dialog.first.setDate(dialog.first.date().fromString("2026-11-01", "yyyy-MM-dd"))
    dialog.last.setDate(dialog.last.date().fromString("2026-11-30", "yyyy-MM-dd"))
    dialog.compute()
    assert dialog.report is not None and dialog.report.office == 100
    assert dialog.table.rowCount() == 12
    assert dialog.report.applications == own.applications
    shown_values = [dialog.table.item(row, 3).text() for row in range(12)]
    assert shown_values[0] != shown_values[-1]  # 1.1 counted, 5.1 without surveys on it
    assert Catalogue().problems(language, visible_texts(dialog)) == []
    dialog.grab().save(str(tmp_path / f"district-reports-{language}.png"))
    dialog.print_report()
    assert printed.kinds()[-1] == reports.document(district_db, dialog.report, language).kind
    district_db.dispose()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_district_shows_the_office_akim_s_sign_off(
    qtbot: QtBot,
    ctx: AppContext,
    printed: Printed,
    template_db: Path,
    tmp_path: Path,
    language: str,
) -> None:
    Translations().switch(language)
    village = Village(ctx.db, 100, ctx.actor())
    _work(village, 3)
    akim = acting_as(village.actor, roles.AKIM)
    report_signoffs.sign_off(ctx.db, reports.build_report(ctx.db, NOVEMBER, AS_OF), akim, AS_OF)
    district = _district_fed(ctx, village, printed, template_db, tmp_path)
    district_db = district.db

    dialog = DistrictReportsDialog(district)
    qtbot.addWidget(dialog)
    dialog.first.setDate(dialog.first.date().fromString("2026-11-01", "yyyy-MM-dd"))
    dialog.last.setDate(dialog.last.date().fromString("2026-11-30", "yyyy-MM-dd"))
    shown = {}
    for index in (1, 0):  # the office, then the whole district
        dialog.whose.setCurrentIndex(index)
        dialog.compute()
        shown[index] = dialog.sign_status.text()
        assert Catalogue().problems(language, visible_texts(dialog)) == []
    moment = format_datetime(district.local(AS_OF), language, "dd.MM.yyyy HH:mm")
    assert akim.name in shown[1] and moment in shown[1]
    assert shown[0].startswith(dialog.whose.itemText(1)) and akim.name in shown[0]
    district_db.dispose()
