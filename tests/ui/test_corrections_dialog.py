from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.services import reference
from desktop.ui.context import AppContext
from desktop.ui.dialogs.corrections_dialog import CORRECTED, FLAGGED, CorrectionsDialog
from desktop.ui.i18n import Translations
from tests.helpers import acting_as


def _row(dialog: CorrectionsDialog, reason: str) -> int:
    return next(i for i, r in enumerate(dialog._rows) if r.reason == reason)


def test_administrator_corrects_a_flagged_email(
    qtbot: QtBot, configured_db: Database, ctx: AppContext, monkeypatch
) -> None:
    ctx.user = acting_as(ctx.actor(), "administrator")  # reference data is theirs
    Translations().switch("ru")
    dialog = CorrectionsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.horizontalHeaderItem(2).text() == "Как в стандарте"
    row = _row(dialog, "space_in_email")
    assert dialog.table.item(row, 0).background().color() == FLAGGED
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args, **kw: ("selhoz-temirtau@mail.ru", True)
    )
    dialog.table.selectRow(row)
    dialog.correct_selected()
    corrected = next(
        f for f in reference.flagged_values(configured_db) if f.reason == "space_in_email"
    )
    assert corrected.current_value == ["selhoz-temirtau@mail.ru"]
    assert corrected.corrected_by == "Ахметова Г. С."  # the clerk, as printed
    assert dialog.table.item(row, 0).background().color() == CORRECTED
    assert dialog.table.item(row, 6).text().startswith("Ахметова Г. С., ")


def test_a_schedule_cannot_be_edited_and_the_user_is_told(
    qtbot: QtBot, ctx: AppContext, monkeypatch
) -> None:
    Translations().switch("kk")
    dialog = CorrectionsDialog(ctx)
    qtbot.addWidget(dialog)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: (_ for _ in ()).throw(AssertionError)
    )
    dialog.table.selectRow(_row(dialog, "unparsed_schedule"))
    dialog.correct_selected()
    assert told == ["Бұл кесте стандартта басылғандай сақталады, оны мұнда өзгерту мүмкін емес."]
