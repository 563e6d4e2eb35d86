"""The Exchange tab at both ends: a village writes its package onto a folder standing in for a
stick, the district sees the dry-run report, applies it and writes the answer, which the
village takes in; every text in Kazakh and in Russian."""

from __future__ import annotations

import shutil
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.models import Household
from desktop.core import roles
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import office_zone
from desktop.core.formatting import format_date, format_datetime
from desktop.services import (
    calendar_transfers,
    reference,
    reports,
    sync_export,
    sync_import,
    sync_keys,
)
from desktop.services.household_writer import HouseholdWriter
from desktop.services.sync_rows import BOOKKEEPING, tables
from desktop.ui import sync_texts
from desktop.ui.context import AppContext
from desktop.ui.hub import Hub
from desktop.ui.i18n import Translations
from desktop.ui.tabs.sync_tab import ConflictsDialog, ImportReportDialog, SyncTab
from tests.helpers import acting_as
from tests.services.sync_helpers import NOW, Village, enroll, make_district
from tests.ui.visible_texts import Catalogue, Shown, visible_texts


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_package_goes_to_the_district_and_the_answer_comes_back(
    qtbot: QtBot,
    ctx: AppContext,
    template_db: Path,
    tmp_path: Path,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Translations().switch(language)
    shutil.copy(template_db, tmp_path / "district.sqlite3")
    district_db = make_district(Database(tmp_path / "district.sqlite3"))
    enroll(district_db, Village(ctx.db, 100, ctx.actor()))
    district = AppContext(district_db, Hub(), ctx.clock)
    stick = tmp_path / "stick"
    stick.mkdir()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append("!" + text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(stick))

    village_tab = SyncTab(ctx)
    qtbot.addWidget(village_tab)
    village_tab.choose_folder()
    assert village_tab.target() == stick
    village_tab.export()
    packages = list(stick.glob("*.auylpkg"))
    assert len(packages) == 1 and not said[-1].startswith("!")

    district_tab = SyncTab(district)
    qtbot.addWidget(district_tab)
    district_tab.choose_folder()
    shown: list[Any] = []

    def confirm(_parent: Any, report: Any) -> bool:
        dialog = ImportReportDialog(report, district_tab)
        qtbot.addWidget(dialog)
        shown.extend(visible_texts(dialog))
        assert report.dry_run and dialog.table.rowCount() > 0
        return True

    monkeypatch.setattr(ImportReportDialog, "confirm", staticmethod(confirm))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a: ([str(p) for p in packages], "")
    )
    district_tab.import_packages()
    assert shown and not said[-1].startswith("!")
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a: (100, True))
    saturday = date(2027, 1, 9)
    calendar_transfers.save_transfer(
        district_db, saturday, "working_day", "ҚР Үкіметінің қаулысы", SYSTEM
    )
    reference.correct_value(district_db, "office", "100", "postal_code", "100301", SYSTEM)
    district_tab.write_return()
    answer = list(stick.glob("return-*.auylpkg"))
    assert len(answer) == 1

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(answer[0])], ""))
    village_tab.import_packages()
    assert not said[-1].startswith("!")
    assert format_date(saturday, language) in said[-1] and said[-1].endswith(": 1")
    assert sync_export.status(ctx.db).acknowledged.through > 0
    pending = village_tab.tr(
        "The report's 3.3 or targets, or the akim's sign-offs, changed: the next "
        "package carries them."
    )
    assert pending not in village_tab.status_label.text()
    reports.save_targets(ctx.db, {"1.1": Decimal(98)}, acting_as(ctx.actor(), roles.AKIM))
    village_tab.refresh()
    assert pending in village_tab.status_label.text()

    shown += [*visible_texts(village_tab), *visible_texts(district_tab)]
    shown += [Shown("message", text) for text in said]
    names = [p.name for p in [*packages, *answer]] + [str(stick)]  # data, not words

    def without_names(text: str) -> str:
        for name in names:
            text = text.replace(name, "")
        return text

    shown = [Shown(item.where, without_names(item.text)) for item in shown]
    assert Catalogue().problems(language, shown) == []
    village_tab.grab().save(str(tmp_path / f"village-{language}.png"))
    district_tab.grab().save(str(tmp_path / f"district-{language}.png"))
    district_db.dispose()


def test_a_forged_enrollment_is_refused_with_a_message(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.user = acting_as(ctx.actor(), "administrator")  # enrolling the district is theirs
    forged = tmp_path / "district.json"
    other = sync_keys.own_enrollment(ctx.db, ctx.actor(), NOW)[0]
    forged.write_bytes(other.replace(b'"role": "office"', b'"role": "district"'))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(forged), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("0000", True))
    tab = SyncTab(ctx)
    qtbot.addWidget(tab)
    tab.enroll()
    assert said and "enrollment" in said[0]
    assert sync_keys.peers(ctx.db) == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_conflict_is_shown_side_by_side_and_settled(
    qtbot: QtBot,
    ctx: AppContext,
    template_db: Path,
    tmp_path: Path,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Translations().switch(language)
    shutil.copy(template_db, tmp_path / "district.sqlite3")
    district_db = make_district(Database(tmp_path / "district.sqlite3"))
    village = Village(ctx.db, 100, ctx.actor())
    enroll(district_db, village)
    with ctx.db.write(village.actor) as work:
        work.add(
            Household(
                origin_office=100,
                account_number="K-1",
                locality="Ақсу",
                street="А",
                opened_on=NOW.date(),
            )
        )
    stick = tmp_path / "stick"
    stick.mkdir()
    first = sync_export.export_package(ctx.db, stick, village.actor, NOW).path
    sync_import.import_packages(district_db, [first], SYSTEM, NOW)
    district_clerk = Actor(uuid.uuid4(), "Серікова Ә. Б.", roles.CLERK)
    with district_db.write(district_clerk) as work:
        work.scalars(select(Household).where(Household.origin_office == 100)).one().street = "Б"
    with ctx.db.write(village.actor) as work:
        writer = HouseholdWriter(work, village.actor)
        writer.change_household(work.scalars(select(Household.id)).one(), {"street": "В"}, "")
        writer.finish()
    second = sync_export.export_package(ctx.db, stick, village.actor, NOW).path
    sync_import.import_packages(district_db, [second], SYSTEM, NOW)

    dialog = ConflictsDialog(AppContext(district_db, Hub(), ctx.clock))
    qtbot.addWidget(dialog)
    shown = [[dialog.table.item(0, c).text() for c in range(7)]]
    conflict = sync_import.open_conflicts(district_db)[0]

    def at(version: dict[str, Any]) -> str:
        moment = datetime.fromisoformat(version["updated_at"]).astimezone(office_zone())
        return format_datetime(moment, language)

    assert shown == [
        [
            "100",
            sync_texts.table_name("households"),
            sync_texts.field_name("street"),
            "Б",
            f"Серікова Ә. Б. — {at(conflict.local)}",  # from the district's audit log
            "В",
            f"{village.actor.name} — {at(conflict.incoming)}",
        ]
    ]
    assert Catalogue().problems(language, visible_texts(dialog)) == []
    dialog.grab().save(str(tmp_path / f"conflicts-{language}.png"))
    dialog.table.selectRow(0)
    dialog.resolve("incoming")
    assert dialog.table.rowCount() == 0
    with district_db.read() as session:
        assert session.scalars(select(Household.street)).all() == ["В"]
    district_db.dispose()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_synced_field_has_a_name_in_the_language(language: str) -> None:
    """The conflicts list names a field of any synced table in words, never by its column."""
    Translations().switch(language)
    columns = {
        column.name
        for table in tables().values()
        for column in table.columns
        if column.name not in BOOKKEEPING
    }
    named = {column: sync_texts.field_name(column) for column in sorted(columns)}
    assert [column for column, name in named.items() if name == column] == []
    shown = [Shown("conflict field", name) for name in named.values()]
    assert Catalogue().problems(language, shown) == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_with_no_stick_in_the_tab_says_what_to_do(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    Translations().switch(language)
    monkeypatch.setattr("desktop.ui.tabs.sync_tab.removable_drives", lambda: [])
    tab = SyncTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.drives.count() == 0
    assert tab.no_drives.isVisible()
    assert tab.refresh_button.text() in tab.no_drives.text()  # it names the button to press
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path))
    tab.folder_button.click()
    assert tab.drives.count() == 1
    assert not tab.no_drives.isVisible()
