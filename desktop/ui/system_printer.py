"""Printing a PDF on a system printer through Qt's print path, on every platform.

The printers, the default one and their state come from Qt (QPrinterInfo); the job is a
QPrinter in its native format (CUPS on Linux and macOS, the Windows print system on Windows).
Before the job the printer is asked whether it can print: a printer missing from Qt's list
(removed or renamed since it was chosen), a stopped spooler (Qt lists no printer then, as with
none set up), a stopped or paused printer (Qt's state) and, on CUPS, a printer that refuses
new jobs (Qt cannot tell: desktop/printing/spooler.py asks CUPS) each end as a Problem, and
nothing is sent: a paused queue would keep the job and print it hours later, after the clerk
printed the document elsewhere. After the job, on CUPS, the spooler's job list must hold a new
job with the document's name: Qt's CUPS engine drops the spooler's answer, so a job refused
on the way would otherwise vanish without a word.

Each page is drawn by QtPdf (PDFium) as a picture at the printer's resolution, up to
MAX_PRINT_DPI, and painted onto the printer. QtPdf has no way to paint a page as vector
graphics, so the printed page carries no text layer, only the picture of the page (tried:
through CUPS with the cups-pdf printer, `pdftotext` reads nothing back from the printed file,
while the page, its size and the certificate's QR code come out as drawn; the old way, the
document's own PDF handed to `lp`, kept ReportLab's text but went round Qt). 300 dpi is what
office laser and receipt printers print anyway. Measured (benchmarks/printing.py, two shared
cores, the CUPS test queue of scripts/with_cups.sh): a talon takes 35 ms of processor time and
21 MB more memory, an A4 certificate 0.19 s and 78 MB (0.9 s on the clock with the spooler's
PDF backend busy beside it); at 600 dpi the certificate took 0.7 s and 277 MB, hence the limit.
The job Qt hands to the spooler is about 1 MB for the certificate against ReportLab's 50 KB.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.printing import spooler

MAX_PRINT_DPI = 300


class Problem(Enum):
    STOPPED = "stopped"  # the spooler does not run (or does not answer)
    MISSING = "missing"  # no such printer (removed, renamed)
    PAUSED = "paused"  # the printer is stopped (paused) or refuses new jobs
    FAILED = "failed"  # the print engine reported an error while the pages were painted
    NOT_TAKEN = "not taken"  # the spooler's job list has no job of ours after sending it


def available_printer_names() -> list[str]:
    """The printers this computer knows (empty with none installed or the spooler stopped)."""
    return list(QPrinterInfo.availablePrinterNames())


def no_printer_problem() -> Problem | None:
    """Why Qt lists no printer: STOPPED when the spooler does not run, None when there is none."""
    if spooler.available() and not spooler.running():
        return Problem.STOPPED
    return None


def problem_before(name: str) -> Problem | None:
    """Why the printer `name` cannot take a job now, or None when it can."""
    if name not in available_printer_names():
        return no_printer_problem() or Problem.MISSING
    # On CUPS a stopped (cupsdisable) printer is Error; on Windows a paused one is too.
    state = QPrinterInfo.printerInfo(name).state()
    if state in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        return Problem.PAUSED
    if spooler.available() and not spooler.accepting(name):
        return Problem.PAUSED
    return None


def send(document: QPdfDocument, printer: QPrinter, title: str) -> Problem | None:
    """Print every page of `document` on `printer` as the job `title`; None when it went.

    Ask problem_before first for a system printer; a printer in PDF format (the print
    dialog's "print to file") writes the file.
    """
    confirm = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and spooler.available()
    name = printer.printerName()
    try:
        before = spooler.job_ids(name, title) if confirm else set()
    except spooler.SpoolerError:
        return Problem.STOPPED
    printer.setDocName(title)
    if not paint(document, printer):
        return Problem.FAILED
    if confirm and not _taken(name, title, before):
        return Problem.NOT_TAKEN
    return None


def _taken(name: str, title: str, before: set[int]) -> bool:
    try:
        return bool(spooler.job_ids(name, title) - before)
    except spooler.SpoolerError:
        return False


def paint(document: QPdfDocument, printer: QPrinter) -> bool:
    """Paint every page onto `printer` at the size of the document's first page; False when
    the print engine failed."""
    count = document.pageCount()
    if count == 0:
        return False
    first = document.pagePointSize(0)
    printer.setPageSize(
        QPageSize(first, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    )
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index in range(count):
            if index and not printer.newPage():
                return False
            _paint_page(document, painter, printer, index)
    finally:
        painter.end()
    return printer.printerState() != QPrinter.PrinterState.Error


def _paint_page(document: QPdfDocument, painter: QPainter, printer: QPrinter, index: int) -> None:
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    points = document.pagePointSize(index)
    pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(index, pixels)
    if image.isNull():
        return
    image = on_white(image)
    target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    scaled = QSizeF(points).scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.drawImage(QRectF(target.topLeft(), scaled), image)


def on_white(image: QImage) -> QImage:
    """QtPdf renders onto a transparent background: flatten it onto white paper."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat
