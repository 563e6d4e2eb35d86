"""The main window: menus, the work tabs and the status bar (office, clerk, date, database)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from db.engine import Database
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.core.formatting import format_date
from desktop.printing import samples
from desktop.services import office as office_service
from desktop.services import settings
from desktop.services.demo import remove_demo
from desktop.ui.dialogs.corrections_dialog import CorrectionsDialog
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.dialogs.setup_dialog import SetupDialog
from desktop.ui.dialogs.transfers_dialog import TransfersDialog
from desktop.ui.dialogs.verify_dialog import VerifyDialog
from desktop.ui.hub import Hub
from desktop.ui.i18n import LANGUAGE_NAMES, Translations
from desktop.ui.queue_display import QueueDisplay
from desktop.ui.tabs.application_tab import ApplicationTab
from desktop.ui.tabs.households_tab import HouseholdsTab
from desktop.ui.tabs.office_tab import OfficeTab
from desktop.ui.tabs.queue_tab import QueueTab


class MainWindow(QMainWindow):
    def __init__(
        self, db: Database, translations: Translations, hub: Hub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.hub = hub
        self._translations = translations

        self.tabs = QTabWidget()
        self.queue_tab = QueueTab(db, hub, self.language)
        self.tabs.addTab(self.queue_tab, "")
        self.queue_display: QueueDisplay | None = None
        self.office_tab = OfficeTab(db, hub, self.language)
        self.tabs.addTab(self.office_tab, "")
        self.households_tab = HouseholdsTab(db, hub, self.language)
        self.tabs.addTab(self.households_tab, "")
        self.application_tab = ApplicationTab(db, hub, self.language)
        self.tabs.insertTab(self.tabs.indexOf(self.queue_tab) + 1, self.application_tab, "")
        self.setCentralWidget(self.tabs)

        self._build_menus()
        self.office_label = QLabel()
        self.clerk_label = QLabel()
        self.date_label = QLabel()
        self.db_label = QLabel()
        for widget in (self.office_label, self.clerk_label, self.date_label):
            self.statusBar().addWidget(widget)
        self.statusBar().addPermanentWidget(self.db_label)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._show_date)
        self._clock.start(60_000)

        hub.workplace_changed.connect(self._show_workplace)
        self.retranslate()
        self.resize(1100, 720)

    @property
    def language(self) -> str:
        return self._translations.language

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.display_action = QAction(self)
        self.display_action.triggered.connect(self.show_queue_display)
        self.view_menu.addAction(self.display_action)

        self.settings_menu = bar.addMenu("")
        self.setup_action = QAction(self)
        self.setup_action.triggered.connect(self.edit_workplace)
        self.corrections_action = QAction(self)
        self.corrections_action.triggered.connect(self.edit_reference)
        self.transfers_action = QAction(self)
        self.transfers_action.triggered.connect(self.edit_transfers)
        self.remove_demo_action = QAction(self)
        self.remove_demo_action.triggered.connect(self.remove_demo)
        self.settings_menu.addActions(
            [
                self.setup_action,
                self.corrections_action,
                self.transfers_action,
                self.remove_demo_action,
            ]
        )
        self.printers_menu = self.settings_menu.addMenu("")
        self.test_print_actions: dict[str, QAction] = {}
        for kind in samples.KINDS:
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, k=kind: self.test_print(k))
            self.printers_menu.addAction(action)
            self.test_print_actions[kind] = action

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.verify_action = QAction(self)
        self.verify_action.triggered.connect(self.verify_certificate)
        self.help_menu.addActions([self.verify_action, self.about_action])

    # ---- language ----------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Relabel everything at once and remember the choice for the next start."""
        settings.save_ui_language(
            self.db, language, office_service.current_actor(self.db) or SYSTEM
        )
        self._translations.switch(language)
        self.language_actions[language].setChecked(True)
        self.hub.language_changed.emit(language)
        self._show_workplace()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Auyl Desk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.display_action.setText(self.tr("&Waiting-room display"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.setup_action.setText(self.tr("&Office and clerk…"))
        self.corrections_action.setText(self.tr("&Reference data to check…"))
        self.transfers_action.setText(self.tr("&Working calendar: decreed transfers…"))
        self.remove_demo_action.setText(self.tr("Remove &demo households…"))
        self.printers_menu.setTitle(self.tr("&Printers: test print"))
        kinds = {
            "ticket": self.tr("Queue &ticket…"),
            "talon": self.tr("&Talon…"),
            "refusal": self.tr("&Refusal notice…"),
            "application-form": self.tr("&Application form…"),
            "certificate-1": self.tr("Certificate 1 (household farm)…"),
            "certificate-2": self.tr("Certificate 2 (livestock)…"),
        }
        for kind, action in self.test_print_actions.items():
            action.setText(kinds[kind])
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.verify_action.setText(self.tr("&Verify certificate…"))
        self.about_action.setText(self.tr("&About Auyl Desk"))
        self.tabs.setTabText(self.tabs.indexOf(self.queue_tab), self.tr("Queue"))
        self.tabs.setTabText(self.tabs.indexOf(self.office_tab), self.tr("Office"))
        self.tabs.setTabText(self.tabs.indexOf(self.households_tab), self.tr("Household book"))
        self.tabs.setTabText(self.tabs.indexOf(self.application_tab), self.tr("Applications"))
        self._show_workplace()

    # ---- status bar --------------------------------------------------------------------------

    def _show_workplace(self) -> None:
        place = office_service.workplace(self.db)
        if place is not None:
            self.office_label.setText(
                self.tr("Office: %1 (No %2)")
                .replace("%1", place.office.name)
                .replace("%2", str(place.office.number))
            )
            self.clerk_label.setText(self.tr("Clerk: %1").replace("%1", place.clerk.short_name))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.db.location))
        self.db_label.setToolTip(self.db.location)
        self._show_date()

    def _show_date(self) -> None:
        self.date_label.setText(format_date(date.today(), self.language or "kk", "full"))

    # ---- actions -----------------------------------------------------------------------------

    def edit_workplace(self) -> None:
        if SetupDialog.ask(self, self.db, self.language, self.set_language):
            self.hub.workplace_changed.emit()

    def edit_reference(self) -> None:
        editor = office_service.current_actor(self.db) or SYSTEM
        CorrectionsDialog.show_for(self, self.db, editor, self.language)
        self.hub.reference_changed.emit()

    def edit_transfers(self) -> None:
        TransfersDialog.show_for(self, self.db, self.language)
        self.hub.queue_changed.emit()  # the queue tab shows open or closed anew

    def test_print(self, kind: str) -> None:
        """A specimen of a document kind, to check the printer and the layout."""
        PdfPreviewDialog.show_pdf(
            self,
            samples.sample(kind, self.language),
            kind,
            title=self.test_print_actions[kind].text().replace("&", "").rstrip("…"),
            file_name=f"sample-{kind}-{self.language}.pdf",
            db=self.db,
        )

    def show_queue_display(self) -> None:
        """The waiting-room display (one window, reused)."""
        if self.queue_display is None:
            self.queue_display = QueueDisplay(
                self.db, self.hub, self.language, self.queue_tab.clock, self
            )
        self.queue_display.show_on_best_screen()

    def remove_demo(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove demo households"),
            self.tr(
                "Remove every household marked DEMO from the book? Real households are "
                "not touched. The demo records stay in history as deleted."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        clerk = office_service.current_actor(self.db) or SYSTEM
        removed = remove_demo(self.db, clerk, SystemClock().now())
        self.hub.household_changed.emit(None)
        QMessageBox.information(
            self,
            self.tr("Remove demo households"),
            self.tr("%n demo household(s) removed.", "", removed),
        )

    def verify_certificate(self) -> None:
        VerifyDialog.show_for(self, self.db, self.language)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Auyl Desk"),
            self.tr(
                "Auyl Desk: the household book, queue, applications and certificates of a "
                "village akim office, under the Karaganda oblast service standards."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clock.stop()
        super().closeEvent(event)
