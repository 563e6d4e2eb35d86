from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.actor import SYSTEM
from desktop.printing.samples import sample_document
from desktop.services import audit
from desktop.services.settings import printer_for, remember_printer
from desktop.ui.context import AppContext
from desktop.ui.dialogs import pdf_preview
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.i18n import Translations


def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text)
    )
    return shown


def test_the_dialog_shows_the_pages(qtbot: QtBot) -> None:
    dialog = PdfPreviewDialog(sample_document("application-form", "kk"))
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 2
    assert dialog.pages_label.text() == "2 page(s)"
    assert dialog.windowTitle() == "Print preview: ӨТІНІШ"  # the document's own title


def test_printing_to_a_pdf_file(
    qtbot: QtBot, tmp_path: Path, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"

    def choose(self: PdfPreviewDialog, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(pdf_preview, "available_printer_names", lambda: ["Receipt-80"])
    monkeypatch.setattr(PdfPreviewDialog, "ask_printer", choose)
    shown = messages(monkeypatch)
    dialog = PdfPreviewDialog(sample_document("talon", "ru"), ctx)
    qtbot.addWidget(dialog)
    assert dialog.print_document()
    assert not shown
    assert len(PdfReader(out).pages) == 1
    assert out.stat().st_size > 1000


def test_no_printer_shows_a_message_and_keeps_the_document(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    Translations().switch("kk")
    monkeypatch.setattr(pdf_preview, "available_printer_names", lambda: [])
    shown = messages(monkeypatch)
    dialog = PdfPreviewDialog(sample_document("refusal", "kk"))
    pdf = dialog.pdf
    qtbot.addWidget(dialog)
    assert not dialog.print_document()
    assert len(shown) == 1 and shown[0] == dialog.status_label.text()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "refusal.pdf"), "")
    )
    assert dialog.save_as()
    assert (tmp_path / "refusal.pdf").read_bytes() == pdf


def test_a_cancelled_print_dialog_is_not_an_error(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    monkeypatch.setattr(pdf_preview, "available_printer_names", lambda: ["Office A4"])
    monkeypatch.setattr(PdfPreviewDialog, "ask_printer", lambda self, printer: False)
    shown = messages(monkeypatch)
    dialog = PdfPreviewDialog(sample_document("ticket", "kk"), ctx)
    qtbot.addWidget(dialog)
    assert not dialog.print_document()
    assert not shown and "cancelled" in dialog.status_label.text()
    assert printer_for(ctx.db, "ticket") is None


def test_a_printer_error_shows_a_message(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = messages(monkeypatch)
    dialog = PdfPreviewDialog(sample_document("ticket", "ru"))
    qtbot.addWidget(dialog)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName("/nonexistent-folder/out.pdf")
    assert not dialog.print_to(printer)
    assert len(shown) == 1 and "error" in shown[0]


def test_the_printer_is_remembered_per_kind(configured_db: Database) -> None:
    assert printer_for(configured_db, "talon") is None
    remember_printer(configured_db, "talon", "Receipt-80", SYSTEM)
    remember_printer(configured_db, "refusal", "Office A4", SYSTEM)
    assert printer_for(configured_db, "talon") == "Receipt-80"
    assert printer_for(configured_db, "refusal") == "Office A4"


def test_prints_and_saved_copies_are_in_the_audit_log(
    qtbot: QtBot, tmp_path: Path, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"

    def choose(self: PdfPreviewDialog, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(pdf_preview, "available_printer_names", lambda: [])
    document = sample_document("talon", "kk")
    dialog = PdfPreviewDialog(document, ctx)
    qtbot.addWidget(dialog)
    messages(monkeypatch)
    assert not dialog.print_document()  # no printer: nothing printed, nothing recorded
    assert audit.list_entries(ctx.db, audit.AuditFilter(kind="document.print")) == []
    monkeypatch.setattr(pdf_preview, "available_printer_names", lambda: ["Receipt-80"])
    monkeypatch.setattr(PdfPreviewDialog, "ask_printer", choose)
    assert dialog.print_document()
    assert dialog.save_to(str(tmp_path / "copy.pdf"))
    saved, printed = audit.list_entries(ctx.db, audit.AuditFilter(text=document.title))
    assert (printed.kind, printed.subject, printed.actor_id) == (
        "document.print",
        document.title,
        ctx.actor().staff_id,
    )
    assert printed.after == {"document": "talon", "printer": str(out)}
    assert (saved.kind, saved.after) == (
        "document.save",
        {"document": "talon", "file": str(tmp_path / "copy.pdf")},
    )
