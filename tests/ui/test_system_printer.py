"""Printing through a real spooler: CUPS with a PDF printer (scripts/with_cups.sh starts one).

The printed file is what the spooler's cups-pdf backend wrote, so the test reads back what
went through the whole chain (preview -> lp -> cupsd -> filters -> backend). A stopped spooler,
a paused printer and a removed printer each end in a message in the user's language, and the
document stays in the preview to be printed again once the fault is gone.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.printing import spooler
from desktop.printing.samples import sample_document
from desktop.services.settings import remember_printer
from desktop.ui.context import AppContext
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.i18n import Translations

PRINTER = os.environ.get("AUYL_TEST_PRINTER", "")
OUT = Path(os.environ.get("AUYL_TEST_PRINTER_OUT", "/nonexistent"))
JOB_TIMEOUT_S = 120  # cups-pdf runs Ghostscript; on a loaded machine a page takes seconds

pytestmark = pytest.mark.skipif(
    not (PRINTER and OUT.is_dir() and spooler.available()),
    reason="no CUPS test printer here: run the test under scripts/with_cups.sh (as root)",
)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *rest: messages.append(text)
    )
    return messages


@pytest.fixture
def queue_empty() -> Iterator[None]:
    """No job left over from an earlier test, and none left behind."""
    subprocess.run(["cancel", "-a", PRINTER], check=False, capture_output=True)
    yield
    subprocess.run(["cancel", "-a", PRINTER], check=False, capture_output=True)


def text_of(pdf: Path | bytes) -> str:
    source = "-" if isinstance(pdf, bytes) else str(pdf)
    data = pdf if isinstance(pdf, bytes) else None
    result = subprocess.run(["pdftotext", source, "-"], input=data, capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def printed_since(before: set[Path]) -> Path:
    """The next file cups-pdf writes into the output folder (complete once its size settles)."""
    deadline = time.monotonic() + JOB_TIMEOUT_S
    while time.monotonic() < deadline:
        new = sorted(set(OUT.glob("*.pdf")) - before)
        if new:
            size = new[0].stat().st_size
            time.sleep(0.5)
            if size and new[0].stat().st_size == size:
                return new[0]
        time.sleep(0.3)
    raise AssertionError(f"nothing printed in {JOB_TIMEOUT_S} s; queue: {jobs()}")


def jobs() -> str:
    return subprocess.run(
        ["lpstat", "-o", PRINTER], capture_output=True, text=True, check=False
    ).stdout.strip()


def assert_printed_as(dialog: PdfPreviewDialog, before: set[Path]) -> None:
    """The printed file holds the document's text: every Kazakh or Russian word of it, and all
    but a few of its other words. The spooler turns the PDF into PostScript on the way
    (pdftocairo, scripts/with_cups.sh), which keeps the page as drawn but not the text layer
    of a few Latin letters and digits set in bold (the number on a talon reads back as
    control characters, while the printed page shows it)."""
    printed = printed_since(before)
    expected = re.findall(r"\w+", text_of(dialog.pdf))
    got = set(re.findall(r"\w+", text_of(printed)))
    assert len(expected) > 20
    local = [word for word in expected if not word.isascii() and any(c.isalpha() for c in word)]
    assert len(local) > 10 and [word for word in local if word not in got] == []
    assert len([word for word in expected if word not in got]) <= len(expected) // 20


def test_the_default_printer_is_chosen_and_a_talon_prints(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, shown: list[str], queue_empty
) -> None:
    asked: list[str] = []

    def accept(self: PdfPreviewDialog, printer: QPrinter) -> bool:
        asked.append(printer.printerName())
        return True

    monkeypatch.setattr(PdfPreviewDialog, "ask_printer", accept)
    dialog = PdfPreviewDialog(sample_document("talon", "kk"), ctx)
    qtbot.addWidget(dialog)
    assert dialog.printer_box.currentText() == PRINTER  # the system's default printer
    before = set(OUT.glob("*.pdf"))
    assert dialog.print_document()
    assert asked == [PRINTER] and not shown
    assert_printed_as(dialog, before)


def test_a_certificate_prints_on_the_remembered_printer(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, shown: list[str], queue_empty
) -> None:
    remember_printer(ctx.db, "certificate", PRINTER, ctx.actor())
    monkeypatch.setattr(PdfPreviewDialog, "ask_printer", lambda self, printer: pytest.fail())
    dialog = PdfPreviewDialog(sample_document("certificate-1", "ru"), ctx)
    qtbot.addWidget(dialog)
    before = set(OUT.glob("*.pdf"))
    assert dialog.print_document()
    assert not shown
    assert_printed_as(dialog, before)


def test_a_paused_printer_gets_nothing_and_the_document_prints_after_resuming(
    qtbot: QtBot, ctx: AppContext, shown: list[str], queue_empty
) -> None:
    Translations().switch("kk")
    remember_printer(ctx.db, "talon", PRINTER, ctx.actor())
    dialog = PdfPreviewDialog(sample_document("talon", "kk"), ctx)
    qtbot.addWidget(dialog)
    before = set(OUT.glob("*.pdf"))
    subprocess.run(["cupsdisable", PRINTER], check=True)
    try:
        assert not dialog.print_document()
        assert jobs() == ""  # nothing waits in the paused queue to come out later
    finally:
        subprocess.run(["cupsenable", PRINTER], check=True)
    assert len(shown) == 1 and PRINTER in shown[0]
    assert shown[0] == dialog.status_label.text()
    assert "кідіртілген" in shown[0]  # "paused", in Kazakh
    assert dialog.print_document()  # the same document, again, from the same preview
    assert_printed_as(dialog, before)


def test_a_removed_printer_gives_a_message(
    qtbot: QtBot, ctx: AppContext, shown: list[str], queue_empty
) -> None:
    Translations().switch("ru")
    gone = "AuylGone"
    subprocess.run(
        ["lpadmin", "-p", gone, "-E", "-v", "file:///dev/null", "-m", "raw"],
        check=True,
        capture_output=True,
    )
    remember_printer(ctx.db, "talon", gone, ctx.actor())
    dialog = PdfPreviewDialog(sample_document("talon", "ru"), ctx)
    qtbot.addWidget(dialog)
    assert dialog.printer_box.currentText() == gone
    subprocess.run(["lpadmin", "-x", gone], check=True)
    assert not dialog.print_document()
    assert len(shown) == 1 and gone in shown[0] and "больше не настроен" in shown[0]
    dialog.printer_box.setCurrentText(PRINTER)
    remember_printer(ctx.db, "talon", PRINTER, ctx.actor())
    before = set(OUT.glob("*.pdf"))
    assert dialog.print_document()
    assert_printed_as(dialog, before)


def test_a_stopped_spooler_gives_a_message_and_nothing_is_lost(
    qtbot: QtBot, ctx: AppContext, shown: list[str], queue_empty
) -> None:
    Translations().switch("ru")
    remember_printer(ctx.db, "certificate", PRINTER, ctx.actor())
    dialog = PdfPreviewDialog(sample_document("certificate-1", "ru"), ctx)
    qtbot.addWidget(dialog)
    pdf = dialog.pdf
    stop_spooler()
    try:
        assert not dialog.print_document()
    finally:
        start_spooler()
    assert len(shown) == 1 and "Служба печати" in shown[0]
    assert dialog.pdf == pdf
    before = set(OUT.glob("*.pdf"))
    assert dialog.print_document()
    assert_printed_as(dialog, before)


def stop_spooler() -> None:
    pidfile = Path(os.environ["AUYL_TEST_CUPSD_PIDFILE"])
    pid = int(pidfile.read_text())
    os.kill(pid, 15)
    deadline = time.monotonic() + 20
    while spooler.running() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not spooler.running()


def start_spooler() -> None:
    process = subprocess.Popen(shlex.split(os.environ["AUYL_TEST_CUPSD"]))
    Path(os.environ["AUYL_TEST_CUPSD_PIDFILE"]).write_text(str(process.pid))
    deadline = time.monotonic() + 20
    while not spooler.running() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert spooler.running()
