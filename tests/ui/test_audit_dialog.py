"""The administrator's view of the audit log: pages as the view scrolls, filters, office-local
times, the chain's verdict in words, in Kazakh and in Russian."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.actor import Actor
from desktop.services import audit
from desktop.ui.context import AppContext
from desktop.ui.dialogs.audit_dialog import AuditDialog
from desktop.ui.i18n import Translations
from tests.services.test_audit import drop_triggers, raw
from tests.ui.visible_texts import Catalogue, visible_texts

PRINTS = 450  # more than two pages


@pytest.fixture
def printed_often(configured_db: Database, clerk: Actor) -> Database:
    with configured_db.write(clerk) as work:
        for number in range(PRINTS):
            work.note("document.print", f"Анықтама 45-2026-C{number:04d}", printer="PDF")
    return configured_db


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_log_in_both_languages(
    qtbot: QtBot, ctx: AppContext, printed_often: Database, language: str
) -> None:
    Translations().switch(language)
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    assert dialog.model.rowCount() == audit.PAGE  # one page first
    dialog.table.scrollToBottom()  # the view asks for the next page
    assert dialog.model.rowCount() > audit.PAGE
    while dialog.model.canFetchMore():
        dialog.model.fetchMore()
    everything = audit.list_entries(ctx.db, limit=10_000)
    assert [r.id for r in dialog.model.rows] == [r.id for r in everything]
    dialog.verify_chain()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its progress dialog
    assert dialog.verdict is not None and dialog.verdict.intact
    dialog.table.selectRow(0)
    assert "C0449" in dialog.details.toPlainText()
    found = Catalogue().problems(language, visible_texts(dialog))
    assert not found, "\n".join(found)
    other = "ru" if language == "kk" else "kk"
    Translations().switch(other)
    found = Catalogue().problems(other, visible_texts(dialog))
    assert not found, "\n".join(found)


def test_filters_and_office_time(
    qtbot: QtBot, ctx: AppContext, printed_often: Database, clerk: Actor
) -> None:
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    newest = dialog.model.rows[0]
    local = ctx.local(newest.at)
    assert dialog.model.data(dialog.model.index(0, 1)) == local.strftime("%d.%m.%Y, %H:%M:%S")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("document.print"))
    assert {r.kind for r in dialog.model.rows} == {"document.print"}
    dialog.who_combo.setCurrentIndex(dialog.who_combo.findData(str(clerk.staff_id)))
    dialog.text_edit.setText("C0007")
    dialog.reload()  # as when typing pauses
    assert [r.subject for r in dialog.model.rows] == ["Анықтама 45-2026-C0007"]
    dialog.text_edit.setText("")
    day = local.date()  # the office's day of the entries (stamped by the database's clock)
    dialog.from_edit.setDate(day)
    dialog.to_edit.setDate(day)
    dialog.period_check.setChecked(True)
    assert dialog.model.rowCount() == audit.PAGE
    dialog.from_edit.setDate(day + timedelta(days=1))
    dialog.to_edit.setDate(day + timedelta(days=1))
    assert dialog.model.rowCount() == 0


def test_a_tampered_log_is_named(qtbot: QtBot, ctx: AppContext, printed_often: Database) -> None:
    drop_triggers(printed_often)
    raw(printed_often, "DELETE FROM audit_log WHERE id = 100")
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.verify_chain()
    assert dialog.verdict == audit.Verdict(99, "removed", 100, until_id=100)
    assert "100" in dialog.result_label.text()
