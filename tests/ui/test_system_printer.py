"""Printing through a real spooler: CUPS with a PDF printer (scripts/with_cups.sh starts one).

The documents are printed with the preview's Print button, through Qt's print path (QPrinter's
CUPS engine), and the printed file is what the spooler's cups-pdf backend wrote at the end of
the whole chain (preview -> Qt -> cupsd -> filters -> backend). Qt prints each page as a
picture (desktop/ui/system_printer.py), so the printed file has no text to read back: the test
compares the printed pages with the document's own, page by page (count, size and the picture,
rendered by poppler), and decodes the certificate's QR code from the printed page. A stopped
spooler, a paused printer, a printer that refuses jobs, a removed printer and a job the
spooler does not take each end in a message in the user's language, and the document stays in
the preview to be printed again once the fault is gone.
"""

from __future__ import annotations

import os
import shlex
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageFilter
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.printing import spooler
from desktop.printing.samples import sample_document
from desktop.services.settings import printer_for, remember_printer
from desktop.ui import system_printer
from desktop.ui.context import AppContext
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.i18n import Translations
from tests.ui.helpers import when_modal_opens

PRINTER = os.environ.get("AUYL_TEST_PRINTER", "")
OUT = Path(os.environ.get("AUYL_TEST_PRINTER_OUT", "/nonexistent"))
JOB_TIMEOUT_S = 120  # cups-pdf runs Ghostscript; on a loaded machine a page takes seconds
LIKE = 0.9  # the least correlation of a printed page's picture with the document's

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


def click_print(qtbot: QtBot, dialog: PdfPreviewDialog) -> None:
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)


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


def pictures(pdf: bytes, dpi: int) -> list[Image.Image]:
    """The pages as grey pictures, drawn by poppler (not by QtPdf, which printed them)."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-", f"{folder}/page"], input=pdf, check=True
        )
        return [Image.open(path).copy() for path in sorted(Path(folder).glob("page*.pgm"))]


def likeness(page: Image.Image, other: Image.Image) -> float:
    """The correlation of two grey pictures of a page (1 for the same picture), blurred so
    that a shift of a pixel (the spooler rounds the page size to whole points) and the two
    renderers' different edges of letters count little."""
    blurred = [
        picture.resize(page.size).filter(ImageFilter.GaussianBlur(2)).tobytes()
        for picture in (page, other)
    ]
    return statistics.correlation(*blurred)


def page_sizes(pdf: bytes) -> list[float]:
    """Width and height of every page, in points, one after the other."""
    return [
        float(side)
        for page in PdfReader(BytesIO(pdf)).pages
        for side in (page.mediabox.width, page.mediabox.height)
    ]


def assert_printed_as(pdf: bytes, printed: Path) -> None:
    """The printed file has the document's pages: as many, of the same size (to the point),
    each like the document's page in its picture (the talon's printed page correlates 0.95
    with its own, the other documents' 0.98 or more; the same talon in the other language
    0.3), and the same QR codes where the document has them."""
    data = printed.read_bytes()
    assert page_sizes(data) == pytest.approx(page_sizes(pdf), abs=1)
    for page, got in zip(pictures(pdf, 100), pictures(data, 100), strict=True):
        assert likeness(page, got) > LIKE
    codes = [
        code.text for picture in pictures(pdf, 150) for code in zxingcpp.read_barcodes(picture)
    ]
    assert [
        code.text for picture in pictures(data, 150) for code in zxingcpp.read_barcodes(picture)
    ] == codes


def test_the_comparison_tells_another_document_apart() -> None:
    """The picture check of assert_printed_as fails on the same talon in the other language."""
    kazakh = pictures(sample_document("talon", "kk").pdf(), 100)[0]
    russian = pictures(sample_document("talon", "ru").pdf(), 100)[0]
    assert likeness(kazakh, kazakh) == pytest.approx(1)
    assert likeness(kazakh, russian) < LIKE


def test_the_default_printer_is_chosen_and_a_talon_prints(
    qtbot: QtBot, ctx: AppContext, shown: list[str], queue_empty: None
) -> None:
    dialog = PdfPreviewDialog(sample_document("talon", "kk"), ctx)
    qtbot.addWidget(dialog)
    assert dialog.printer_box.currentText() == PRINTER  # the system's default printer
    before = set(OUT.glob("*.pdf"))
    asked: list[str] = []

    def accept(print_dialog: QWidget) -> None:  # Qt's own print dialog, as the clerk sees it
        assert isinstance(print_dialog, QPrintDialog)
        asked.append(print_dialog.printer().printerName())
        print_dialog.accept()

    when_modal_opens(accept)
    click_print(qtbot, dialog)
    assert asked == [PRINTER] and not shown
    assert dialog.status_label.text() == f"Sent to the printer {PRINTER}."
    assert printer_for(ctx.db, "talon") == PRINTER
    assert_printed_as(dialog.pdf, printed_since(before))


def test_a_certificate_prints_on_the_remembered_printer(
    qtbot: QtBot,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[str],
    queue_empty: None,
) -> None:
    remember_printer(ctx.db, "certificate", PRINTER, ctx.actor())
    monkeypatch.setattr(PdfPreviewDialog, "ask_printer", lambda self, printer: pytest.fail())
    dialog = PdfPreviewDialog(sample_document("certificate-1", "ru"), ctx)
    qtbot.addWidget(dialog)
    before = set(OUT.glob("*.pdf"))
    click_print(qtbot, dialog)
    assert not shown
    printed = printed_since(before)
    assert_printed_as(dialog.pdf, printed)
    (code,) = zxingcpp.read_barcodes(pictures(printed.read_bytes(), 150)[0])
    assert code.text.startswith("AUYL")  # the signed payload, readable from the paper


def test_a_paused_printer_gets_nothing_and_the_document_prints_after_resuming(
    qtbot: QtBot, ctx: AppContext, shown: list[str], queue_empty: None
) -> None:
    Translations().switch("kk")
    remember_printer(ctx.db, "talon", PRINTER, ctx.actor())
    dialog = PdfPreviewDialog(sample_document("talon", "kk"), ctx)
    qtbot.addWidget(dialog)
    before = set(OUT.glob("*.pdf"))
    subprocess.run(["cupsdisable", PRINTER], check=True)
    try:
        click_print(qtbot, dialog)
        assert jobs() == ""  # nothing waits in the paused queue to come out later
    finally:
        subprocess.run(["cupsenable", PRINTER], check=True)
    assert len(shown) == 1 and PRINTER in shown[0]
    assert shown[0] == dialog.status_label.text()
    assert "кідіртілген" in shown[0]  # "paused", in Kazakh
    click_print(qtbot, dialog)  # the same document, again, from the same preview
    assert len(shown) == 1
    assert_printed_as(dialog.pdf, printed_since(before))


def test_a_printer_refusing_jobs_gets_nothing(
    qtbot: QtBot, ctx: AppContext, shown: list[str], queue_empty: None
) -> None:
    """Qt calls a printer that refuses jobs (cupsreject) idle: CUPS is asked."""
    Translations().switch("ru")
    remember_printer(ctx.db, "talon", PRINTER, ctx.actor())
    dialog = PdfPreviewDialog(sample_document("talon", "ru"), ctx)
    qtbot.addWidget(dialog)
    before = set(OUT.glob("*.pdf"))
    subprocess.run(["cupsreject", PRINTER], check=True)
    try:
        click_print(qtbot, dialog)
    finally:
        subprocess.run(["cupsaccept", PRINTER], check=True)
    assert len(shown) == 1 and PRINTER in shown[0] and "приостановлен" in shown[0]
    click_print(qtbot, dialog)
    assert len(shown) == 1
    assert_printed_as(dialog.pdf, printed_since(before))


def test_a_job_the_spooler_does_not_take_gives_a_message(
    qtbot: QtBot,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[str],
    queue_empty: None,
) -> None:
    """The printer stops taking jobs between the question and the job: Qt's CUPS engine says
    nothing, the spooler's job list tells."""
    Translations().switch("kk")
    remember_printer(ctx.db, "certificate", PRINTER, ctx.actor())
    dialog = PdfPreviewDialog(sample_document("certificate-1", "kk"), ctx)
    qtbot.addWidget(dialog)
    asked = system_printer.problem_before

    def then_refusing(name: str) -> system_printer.Problem | None:
        problem = asked(name)
        subprocess.run(["cupsreject", name], check=True)
        return problem

    monkeypatch.setattr(system_printer, "problem_before", then_refusing)
    try:
        click_print(qtbot, dialog)
    finally:
        subprocess.run(["cupsaccept", PRINTER], check=True)
    assert len(shown) == 1 and PRINTER in shown[0] and "қабылдамады" in shown[0]
    monkeypatch.setattr(system_printer, "problem_before", asked)
    before = set(OUT.glob("*.pdf"))
    click_print(qtbot, dialog)
    assert len(shown) == 1
    assert_printed_as(dialog.pdf, printed_since(before))


def test_a_removed_printer_gives_a_message(
    qtbot: QtBot, ctx: AppContext, shown: list[str], queue_empty: None
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
    click_print(qtbot, dialog)
    assert len(shown) == 1 and gone in shown[0] and "больше не настроен" in shown[0]
    dialog.printer_box.setCurrentText(PRINTER)
    remember_printer(ctx.db, "talon", PRINTER, ctx.actor())
    before = set(OUT.glob("*.pdf"))
    click_print(qtbot, dialog)
    assert len(shown) == 1
    assert_printed_as(dialog.pdf, printed_since(before))


def test_a_stopped_spooler_gives_a_message_and_nothing_is_lost(
    qtbot: QtBot, ctx: AppContext, shown: list[str], queue_empty: None
) -> None:
    Translations().switch("ru")
    remember_printer(ctx.db, "certificate", PRINTER, ctx.actor())
    dialog = PdfPreviewDialog(sample_document("certificate-1", "ru"), ctx)
    qtbot.addWidget(dialog)
    pdf = dialog.pdf
    stop_spooler()
    try:
        click_print(qtbot, dialog)
    finally:
        start_spooler()
    assert len(shown) == 1 and "Служба печати" in shown[0]
    assert dialog.pdf == pdf
    before = set(OUT.glob("*.pdf"))
    click_print(qtbot, dialog)
    assert len(shown) == 1
    assert_printed_as(dialog.pdf, printed_since(before))


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
