"""Preview of a printed document (QtPdf) with Print and Save as PDF: the one way to print.

Every document comes here as a desktop.printing.document.Document, through
AppContext.show_document. The dialog keeps the PDF bytes: a missing printer, a printer error
or a cancelled dialog only shows a message, and the document can be printed or saved again.

The printer list above the buttons starts on the printer remembered for the document's kind,
else on the system's default printer. Printing goes through Qt's print path on every platform
(desktop/ui/system_printer.py): the printer is asked whether it can print before the job is
made, each page is painted onto Qt's printer as a picture, and on CUPS the spooler's job list
must show the job afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.document import Document
from desktop.services import audit
from desktop.services.settings import printer_for, remember_printer
from desktop.ui import system_printer
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import describe, user_action
from desktop.ui.system_printer import Problem, available_printer_names

if TYPE_CHECKING:
    from desktop.ui.context import AppContext

ERROR_STYLE = "color: #b00020;"


class PdfPreviewDialog(BaseDialog):
    def __init__(
        self, document: Document, ctx: AppContext | None = None, parent: QWidget | None = None
    ) -> None:
        """With `ctx`, the printer chosen for the document's kind is remembered."""
        super().__init__(parent)
        self.source = document  # the Document; self.document is its QPdfDocument
        self.pdf = document.pdf()
        self.kind = document.kind
        self._file_name = document.file_name
        self.ctx = ctx
        self._bytes = QByteArray(self.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumSize(420, 520)
        self.pages_label = QLabel()
        self.printer_label = QLabel()
        self.printer_box = QComboBox()
        self.printer_label.setBuddy(self.printer_box)
        self.fill_printers()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages_label)
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.printer_label)
        printer_row.addWidget(self.printer_box, 1)
        layout.addLayout(printer_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    @classmethod
    def show_document(
        cls, parent: QWidget | None, document: Document, ctx: AppContext | None = None
    ) -> None:
        cls(document, ctx, parent).exec()

    def page_count(self) -> int:
        return self.document.pageCount()

    def retranslate(self) -> None:
        # The document's own title is in the document's language (the applicant's).
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", self.source.title))
        self.print_button.setText(self.tr("&Print..."))
        self.save_button.setText(self.tr("&Save as PDF..."))
        self.printer_label.setText(self.tr("P&rinter:"))
        if self.document.status() == QPdfDocument.Status.Error:
            self.pages_label.setText(self.tr("The document cannot be shown."))
        else:
            self.pages_label.setText(self.tr("%n page(s)", "", self.page_count()))

    # --- printing -------------------------------------------------------------------------

    def fill_printers(self) -> None:
        """The system's printers; the one remembered for this kind, else the default, chosen."""
        printers = available_printer_names()
        self.printer_box.clear()
        self.printer_box.addItems(printers)
        self.printer_box.setEnabled(bool(printers))
        remembered = printer_for(self.ctx.db, self.kind) if self.ctx is not None else None
        chosen = remembered if remembered in printers else QPrinterInfo.defaultPrinterName()
        if chosen in printers:
            self.printer_box.setCurrentIndex(printers.index(chosen))

    @user_action
    def print_document(self) -> bool:
        """Print on the remembered printer, or ask which one; True when the pages were sent."""
        printers = available_printer_names()
        if not printers:
            self._warn(self._no_printer_message())
            return False
        chosen = self.printer_box.currentText()
        remembered = printer_for(self.ctx.db, self.kind) if self.ctx is not None else None
        if chosen and chosen == remembered:
            return self.print_on(chosen)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if chosen:
            printer.setPrinterName(chosen)
        if not self.ask_printer(printer):
            self._status(self.tr("Printing cancelled. The document is kept; print it later."))
            return False
        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
            return self.print_to(printer)  # "print to file" in the dialog
        name = printer.printerName()
        if self.ctx is not None:
            remember_printer(self.ctx.db, self.kind, name, self.ctx.actor())
        return self.print_on(name, printer)

    def print_on(self, name: str, printer: QPrinter | None = None) -> bool:
        """Print on the system printer `name` (set up by the print dialog as `printer`, if it
        was asked) once the printer says it can take the job."""
        problem = system_printer.problem_before(name)
        if problem is not None:
            self._warn(self._problem_message(problem, name))
            return False
        if printer is None:
            printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print every page on `printer` (a system printer, or a file in PDF format)."""
        if self.page_count() == 0:
            self._warn(self.tr("The document has no pages to print."))
            return False
        problem = system_printer.send(self.document, printer, self.source.title)
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        name = printer.outputFileName() if to_file else printer.printerName()
        if problem is not None:
            self._warn(self._problem_message(problem, name))
            return False
        self._record("document.print", printer=name)
        sent = self.tr("Saved: %1") if to_file else self.tr("Sent to the printer %1.")
        self._status(sent.replace("%1", name))
        return True

    def _no_printer_message(self) -> str:
        problem = system_printer.no_printer_problem()
        if problem is not None:
            return self._problem_message(problem, "")
        return self.tr(
            "No printer is set up on this computer. The document is kept: save it as "
            "PDF, or set up a printer and print it again."
        )

    def _problem_message(self, problem: Problem, name: str) -> str:
        if problem is Problem.STOPPED:
            message = self.tr(
                "The print service of this computer is not running, so nothing was printed. "
                "The document is kept: start the print service (or restart the computer) and "
                "print it again, or save it as PDF."
            )
        elif problem is Problem.MISSING:
            message = self.tr(
                "The printer %1 is no longer set up on this computer, so nothing was printed. "
                "The document is kept: choose another printer and print it again, or save it "
                "as PDF."
            )
        elif problem is Problem.PAUSED:
            message = self.tr(
                "The printer %1 is paused, so nothing was sent to it. The document is kept: "
                "resume the printer in the printer settings and print it again, or choose "
                "another printer."
            )
        elif problem is Problem.NOT_TAKEN:
            message = self.tr(
                "The print service did not take the document for the printer %1, so it will "
                "not be printed. The document is kept: check the printer in the printer "
                "settings and print it again, or save it as PDF."
            )
        else:
            message = self.tr(
                "The printer %1 reported an error. The document is kept: check the printer "
                "(paper, power, cable) and print again, or save it as PDF."
            )
        return message.replace("%1", name)

    def ask_printer(self, printer: QPrinter) -> bool:
        """The print dialog; True when the user chose to print."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _record(self, kind: str, **detail: str) -> None:
        """Note a print or a saved copy in the audit trail (a preview without a context, the
        printed specimens, records nothing)."""
        if self.ctx is not None:
            audit.note(
                self.ctx.db, self.ctx.actor(), kind, self.source.title, document=self.kind, **detail
            )

    # --- saving ---------------------------------------------------------------------------

    @user_action
    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path.home() / self._file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return False
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as error:
            self._warn(describe(error))
            return False
        self._record("document.save", file=path)
        self._status(self.tr("Saved: %1").replace("%1", path))
        return True

    def _status(self, message: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(message)

    def _warn(self, message: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
        QMessageBox.warning(self, self.windowTitle(), message)
