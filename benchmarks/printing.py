"""Printing the talon and a certificate through Qt's print path, against drawing their pictures.

    .venv/bin/python -m benchmarks.printing [--runs 15] [--dpi 300 600] [--printer NAME]

Each document (the specimens of desktop.printing.samples) is printed the program's way
(desktop.ui.system_printer.send: every page drawn by QtPdf as a picture and painted onto Qt's
printer) and, alternately in the same run, as the baseline: the same pages' pictures drawn and
nothing else. Without --printer the printer writes a PDF file (Qt's PDF engine, which its CUPS
engine uses too, without the hand-off to the spooler); with --printer a system printer gets
every job (a test queue such as scripts/with_cups.sh's, never an office printer with paper).
For each resolution: min/median/max of both, the ratio of the medians, and the memory one print
adds to the process, as the growth of its peak in a fresh process of its own.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.gui import peak_mb
from benchmarks.timing import Comparison, compare, table

if TYPE_CHECKING:  # Qt is imported once the platform is set (main)
    from PySide6.QtPdf import QPdfDocument

DOCUMENTS = {"talon": ("talon", "kk"), "certificate": ("certificate-1", "ru")}


def measure(
    runs: int, dpi: int, printer: str | None, folder: Path, names: Sequence[str] = tuple(DOCUMENTS)
) -> list[Comparison]:
    """Each document printed `runs` times against drawing its pictures as many times."""
    from PySide6.QtCore import QSize
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from desktop.ui import system_printer

    system_printer.MAX_PRINT_DPI = dpi
    comparisons = []
    for name in names:
        document = _loaded(*DOCUMENTS[name], folder)

        def send(document: QPdfDocument = document, name: str = name) -> None:
            if printer:
                job = QPrinter(
                    QPrinterInfo.printerInfo(printer), QPrinter.PrinterMode.HighResolution
                )
            else:
                job = QPrinter(QPrinter.PrinterMode.HighResolution)
                job.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                job.setOutputFileName(str(folder / f"{name}.pdf"))
            problem = system_printer.send(document, job, name)
            if problem is not None:
                raise SystemExit(f"{name} was not printed: {problem.value}")

        def pictures(document: QPdfDocument = document) -> None:
            for index in range(document.pageCount()):
                points = document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                system_printer.on_white(document.render(index, size))

        comparisons.append(compare(f"{name}, {dpi} dpi", send, pictures, runs))
    return comparisons


def peak_growth_mb(name: str, dpi: int, printer: str | None) -> float:
    """MB one print of `name` adds to the peak memory of a fresh process."""
    command = [sys.executable, "-m", "benchmarks.printing", "--memory-of", name, f"--dpi={dpi}"]
    if printer:
        command.append(f"--printer={printer}")
    answer = subprocess.run(command, capture_output=True, text=True, check=True)
    return float(answer.stdout.split()[-1])


def _memory_of(name: str, dpi: int, printer: str | None) -> float:
    with tempfile.TemporaryDirectory() as folder:
        _loaded(*DOCUMENTS[name], Path(folder)).pagePointSize(0)  # PDFium loaded before the peak
        before = peak_mb()
        measure(1, dpi, printer, Path(folder), [name])  # two prints: `compare` warms up too
        return peak_mb() - before


def _loaded(kind: str, language: str, folder: Path) -> QPdfDocument:
    from PySide6.QtPdf import QPdfDocument

    from desktop.printing.samples import sample_document

    path = folder / f"{kind}-{language}-source.pdf"
    path.write_bytes(sample_document(kind, language).pdf())
    document = QPdfDocument()
    document.load(str(path))
    return document


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.printing", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--runs", type=int, default=15, help="timed prints of each document")
    parser.add_argument("--dpi", type=int, nargs="+", default=[300, 600])
    parser.add_argument("--printer", help="a system (test) printer; default: a PDF file")
    parser.add_argument("--memory-of", choices=DOCUMENTS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    application = QApplication.instance() or QApplication([])
    if args.memory_of:
        print(f"{_memory_of(args.memory_of, args.dpi[0], args.printer):.1f}")
        return 0
    where = f"on the printer {args.printer}" if args.printer else "to a PDF file"
    print(f"printed {where}, pages painted as pictures")
    with tempfile.TemporaryDirectory() as folder:
        for dpi in args.dpi:
            print(
                "\n".join(
                    table(measure(args.runs, dpi, args.printer, Path(folder)), "print", "pictures")
                )
            )
            growth = ", ".join(
                f"{name} {peak_growth_mb(name, dpi, args.printer):.0f}" for name in DOCUMENTS
            )
            print(f"  peak memory added by one print at {dpi} dpi, MB: {growth}")
    del application
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
