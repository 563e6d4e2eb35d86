"""The main window: menus, the work tabs and the status bar (office, clerk, date, database)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from desktop import printing
from desktop.core.formatting import format_date
from desktop.services import office as office_service
from desktop.services import queue, settings, sync_keys
from desktop.services.backups import BackupError
from desktop.services.demo import load_demo, remove_demo
from desktop.ui import backup_texts, office_key
from desktop.ui.automatic_backups import AutomaticBackups
from desktop.ui.context import AppContext
from desktop.ui.errors import user_action
from desktop.ui.i18n import LANGUAGE_NAMES, Retranslating
from desktop.ui.labels import ROLES, label
from desktop.ui.offers import offer
from desktop.ui.session import SessionGuard
from desktop.ui.tabs.application_tab import ApplicationTab
from desktop.ui.tabs.complaints_tab import ComplaintsTab
from desktop.ui.tabs.households_tab import HouseholdsTab
from desktop.ui.tabs.office_tab import OfficeTab
from desktop.ui.tabs.queue_tab import QueueTab
from desktop.ui.tabs.reports_tab import ReportsTab
from desktop.ui.tabs.sync_tab import SyncTab
from desktop.ui.tasks import TaskCancelled
from desktop.ui.visit import call_next
from desktop.version import program_version

MAX_DEMO_HOUSEHOLDS = 50_000
STATUS_MS = 8_000  # how long a status bar message stays

# The menus' dialogs, the waiting-room display and the test print are imported when first
# used: start-up does not need them (tests/test_startup_imports.py).
if TYPE_CHECKING:
    from desktop.ui.queue_display import QueueDisplay


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

        self.tabs = QTabWidget()
        self.queue_tab = QueueTab(ctx)
        self.application_tab = ApplicationTab(ctx)
        self.office_tab = OfficeTab(ctx)
        self.households_tab = HouseholdsTab(ctx)
        self.complaints_tab = ComplaintsTab(ctx)
        self.reports_tab = ReportsTab(ctx)
        self.sync_tab = SyncTab(ctx)
        for tab in (
            self.queue_tab,
            self.application_tab,
            self.complaints_tab,
            self.office_tab,
            self.households_tab,
            self.reports_tab,
            self.sync_tab,
        ):
            self.tabs.addTab(tab, "")
        self.complaints_tab.title_changed.connect(self._show_complaints)
        self.setCentralWidget(self.tabs)
        self.queue_display: QueueDisplay | None = None

        self._build_menus()
        self.office_label = QLabel()
        self.clerk_label = QLabel()
        self.date_label = QLabel()
        self.db_label = QLabel()
        self.complaints_label = QLabel()  # overdue and due-soon complaints, red, from the start
        self.complaints_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.backup_label = QLabel()  # little disk space, a failed backup: red, until resolved
        self.backup_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.backup_label.setVisible(False)
        self.backups = AutomaticBackups(ctx, self, self.backup_label)
        for widget in (
            self.office_label,
            self.clerk_label,
            self.date_label,
            self.complaints_label,
            self.backup_label,
        ):
            self.statusBar().addWidget(widget)
        self.statusBar().addPermanentWidget(self.db_label)
        self._date_timer = QTimer(self)
        self._date_timer.timeout.connect(self._show_date)
        self._date_timer.start(60_000)

        ctx.hub.workplace_changed.connect(self._show_workplace)
        ctx.hub.user_changed.connect(self._show_user)
        self.session = SessionGuard(ctx, self)
        self.retranslate()
        self.resize(1300, 680)  # unmaximized, with its title bar, on a 1366x768 screen

    @property
    def language(self) -> str:
        return self.ctx.language

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_screen)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_password)
        self.file_menu.addActions([self.lock_action, self.password_action])
        self.file_menu.addSeparator()
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.show_backups)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.queue_menu = bar.addMenu("")
        self.call_action = QAction(self)
        self.call_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.call_action.triggered.connect(self.call_next)
        self.queue_menu.addAction(self.call_action)

        self.view_menu = bar.addMenu("")
        self.display_action = QAction(self)
        self.display_action.triggered.connect(lambda: self.show_queue_display(False))
        self.full_display_action = QAction(self)
        self.full_display_action.triggered.connect(lambda: self.show_queue_display(True))
        self.view_menu.addActions([self.display_action, self.full_display_action])

        self.settings_menu = bar.addMenu("")
        self.setup_action = QAction(self)
        self.setup_action.triggered.connect(self.edit_workplace)
        self.corrections_action = QAction(self)
        self.corrections_action.triggered.connect(self.edit_reference)
        self.transfers_action = QAction(self)
        self.transfers_action.triggered.connect(self.edit_transfers)
        self.complaint_settings_action = QAction(self)
        self.complaint_settings_action.triggered.connect(self.edit_complaint_settings)
        self.highlight_action = QAction(self)
        self.highlight_action.triggered.connect(self.edit_highlight)
        self.accounts_action = QAction(self)
        self.accounts_action.triggered.connect(self.edit_accounts)
        self.idle_action = QAction(self)
        self.idle_action.triggered.connect(self.edit_idle_lock)
        self.backup_settings_action = QAction(self)
        self.backup_settings_action.triggered.connect(self.show_backups)
        self.personal_data_action = QAction(self)
        self.personal_data_action.triggered.connect(self.edit_personal_data)
        self.add_demo_action = QAction(self)
        self.add_demo_action.triggered.connect(self.add_demo)
        self.remove_demo_action = QAction(self)
        self.remove_demo_action.triggered.connect(self.remove_demo)
        self.rekey_action = QAction(self)
        self.rekey_action.triggered.connect(self.rekey)
        self.settings_menu.addActions(
            [
                self.setup_action,
                self.corrections_action,
                self.transfers_action,
                self.complaint_settings_action,
                self.highlight_action,
                self.accounts_action,
                self.idle_action,
                self.backup_settings_action,
                self.personal_data_action,
                self.add_demo_action,
                self.remove_demo_action,
                self.rekey_action,
            ]
        )
        self.printers_menu = self.settings_menu.addMenu("")
        self.test_print_actions: dict[str, QAction] = {}
        for kind in printing.KINDS:
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
        self.audit_action = QAction(self)
        self.audit_action.triggered.connect(self.show_audit_log)
        self.help_menu.addActions([self.verify_action, self.audit_action, self.about_action])

    # ---- language ----------------------------------------------------------------------------

    @user_action
    def set_language(self, language: str) -> None:
        """Relabel everything at once (each widget once) and remember the choice."""
        self.ctx.switch_language(language)
        self.language_actions[language].setChecked(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Auyl Desk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("&Lock the screen / switch clerk"))
        self.password_action.setText(self.tr("&Change my password…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("Backups and &restore…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.queue_menu.setTitle(self.tr("&Queue"))
        self.call_action.setText(self.tr("Call the &next visitor"))
        self.view_menu.setTitle(self.tr("&View"))
        self.display_action.setText(self.tr("&Waiting-room display"))
        self.full_display_action.setText(self.tr("Waiting-room display, &full screen"))
        self.full_display_action.setToolTip(self.tr("F11 toggles full screen, Esc leaves it"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.setup_action.setText(self.tr("&Office and clerk…"))
        self.corrections_action.setText(self.tr("&Reference data to check…"))
        self.transfers_action.setText(self.tr("&Working calendar: decreed transfers…"))
        self.complaint_settings_action.setText(self.tr("&Complaints: talon paper and terms…"))
        self.highlight_action.setText(self.tr("Waiting-room display: &highlight time…"))
        self.accounts_action.setText(self.tr("Acc&ounts…"))
        self.idle_action.setText(self.tr("Screen &lock after idle time…"))
        self.backup_settings_action.setText(self.tr("&Backups…"))
        self.personal_data_action.setText(self.tr("Personal data: retention and p&urging…"))
        self.add_demo_action.setText(self.tr("&Add demo households…"))
        self.remove_demo_action.setText(self.tr("Remove &demo households…"))
        self.rekey_action.setText(office_key.tr(office_key.ACTION))
        self.printers_menu.setTitle(self.tr("&Printers: test print"))
        kinds = {
            "ticket": self.tr("Queue &ticket…"),
            "talon": self.tr("&Talon…"),
            "refusal": self.tr("&Refusal notice…"),
            "application-form": self.tr("&Application form…"),
            "certificate-1": self.tr("Certificate 1 (household farm)…"),
            "certificate-2": self.tr("Certificate 2 (livestock)…"),
            "indicators-report": self.tr("&Indicator report…"),
            "complaint-talon": self.tr("Complaint ta&lon…"),
            "complaint-protocol": self.tr("Oral complaint &protocol…"),
            "extension-notice": self.tr("E&xtension notice…"),
            "forwarding-notice": self.tr("&Forwarding notice…"),
        }
        for kind, action in self.test_print_actions.items():
            action.setText(kinds[kind])
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.verify_action.setText(self.tr("&Verify certificate…"))
        self.audit_action.setText(self.tr("Audit &log…"))
        self.about_action.setText(self.tr("&About Auyl Desk"))
        titles = {
            self.queue_tab: self.tr("Queue"),
            self.application_tab: self.tr("Applications"),
            self.office_tab: self.tr("Office"),
            self.households_tab: self.tr("Household book"),
            self.reports_tab: self.tr("Reports"),
            self.sync_tab: self.tr("Exchange"),
        }
        for tab, title in titles.items():
            self.tabs.setTabText(self.tabs.indexOf(tab), title)
        self._show_complaints(self.complaints_tab.title())
        self._show_workplace()
        self.backups.retranslate()

    # ---- status bar --------------------------------------------------------------------------

    def _show_workplace(self) -> None:
        place = office_service.workplace(self.ctx.db)
        district = sync_keys.district(self.ctx.db)
        if district is not None:
            self.setWindowTitle(f"{self.tr('Auyl Desk')} — {district.name}")
            self.office_label.setText(
                self.tr("District: %1 (No %2)")
                .replace("%1", district.name)
                .replace("%2", str(district.number))
            )
        elif place is not None:
            name = place.office.name_in(self.ctx.names_language)
            self.setWindowTitle(f"{self.tr('Auyl Desk')} — {name}")
            self.office_label.setText(
                self.tr("Office: %1 (No %2)")
                .replace("%1", name)
                .replace("%2", str(place.office.number))
            )
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.ctx.db.location))
        self.db_label.setToolTip(self.ctx.db.location)
        self._show_date()
        self._show_user()

    def _show_user(self) -> None:
        """Who is logged in, and the menu entries their role may use (the services refuse
        the rest by themselves)."""
        user = self.ctx.user
        if user is not None:
            self.clerk_label.setText(f"{user.name} ({label(ROLES, user.role)})")
        offer(
            self.ctx,
            [
                (self.call_action, "queue.serve"),
                (self.restore_action, "backup.restore"),
                (self.setup_action, "office.configure"),
                (self.corrections_action, "reference.edit"),
                (self.transfers_action, "calendar.edit"),
                (self.complaint_settings_action, "reference.edit"),
                (self.highlight_action, "office.configure"),
                (self.accounts_action, "accounts.manage"),
                (self.idle_action, "office.configure"),
                (self.add_demo_action, "demo.load"),
                (self.remove_demo_action, "household.delete"),
                (self.backup_settings_action, "office.configure"),
                # the retention period is the administrator's, purging a person the akim's
                (self.personal_data_action, ("person.purge", "office.configure")),
                (self.rekey_action, "keys.manage"),
                (self.audit_action, "audit.read"),
            ],
        )

    def _show_complaints(self, title: str) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.complaints_tab), title)
        self.complaints_label.setText(self.complaints_tab.attention_text(short=True))

    def _show_date(self) -> None:
        self.date_label.setText(format_date(self.ctx.today(), self.language or "kk", "full"))

    # ---- actions -----------------------------------------------------------------------------

    @user_action
    def edit_workplace(self) -> None:
        from desktop.ui.dialogs.setup_dialog import SetupDialog

        if SetupDialog.ask(self, self.ctx):
            self.ctx.hub.workplace_changed.emit()

    @user_action
    def edit_reference(self) -> None:
        from desktop.ui.dialogs.corrections_dialog import CorrectionsDialog

        CorrectionsDialog.show_for(self, self.ctx)
        self.ctx.hub.reference_changed.emit()

    @user_action
    def edit_transfers(self) -> None:
        from desktop.ui.dialogs.transfers_dialog import TransfersDialog

        TransfersDialog.show_for(self, self.ctx)
        self.ctx.hub.queue_changed.emit()  # the queue tab shows open or closed anew

    @user_action
    def edit_complaint_settings(self) -> None:
        from desktop.ui.dialogs.complaint_settings_dialog import ComplaintSettingsDialog

        ComplaintSettingsDialog.show_for(self, self.ctx)

    @user_action
    def edit_personal_data(self) -> None:
        from desktop.ui.dialogs.personal_data_dialog import PersonalDataDialog

        PersonalDataDialog.show_for(self, self.ctx)

    @user_action
    def test_print(self, kind: str) -> None:
        """A specimen of a document kind, to check the printer and the layout."""
        from desktop.printing import samples

        self.ctx.show_document(self, samples.sample_document(kind, self.ctx.names_language))

    @user_action
    def call_next(self) -> None:
        """F5 from any tab: the Application tab comes forward for hand-ins and collections,
        the Queue tab for the others; the status bar says who was called."""
        asked, ticket = call_next(self, self.ctx)
        if not asked:
            return
        if ticket is None:
            self.statusBar().showMessage(self.tr("Nobody is waiting."), STATUS_MS)
            return
        if ticket.purpose not in queue.HAND_IN_PURPOSES:
            self.tabs.setCurrentWidget(self.queue_tab)
        self.statusBar().showMessage(self.tr("Called: %1").replace("%1", ticket.label), STATUS_MS)

    @user_action
    def show_queue_display(self, full_screen: bool = False) -> None:
        """The waiting-room display (one window, reused)."""
        if self.queue_display is None:
            from desktop.ui.queue_display import QueueDisplay

            self.queue_display = QueueDisplay(self.ctx, self)
        self.queue_display.show_on_best_screen(full_screen)

    @user_action
    def edit_highlight(self) -> None:
        seconds, ok = QInputDialog.getInt(
            self,
            self.tr("Waiting-room display"),
            self.tr("How many seconds does a number just called stay highlighted?"),
            settings.display_highlight_seconds(self.ctx.db),
            0,
            settings.MAX_HIGHLIGHT_SECONDS,
        )
        if ok:
            settings.save_display_highlight_seconds(self.ctx.db, seconds, self.ctx.actor())
            self.ctx.hub.queue_changed.emit()

    @user_action
    def edit_accounts(self) -> None:
        from desktop.ui.dialogs.accounts_dialog import AccountsDialog

        AccountsDialog.show_for(self, self.ctx)

    @user_action
    def change_password(self) -> None:
        from desktop.ui.dialogs.accounts_dialog import PasswordForm

        PasswordForm(self.ctx, None, self).exec()

    @user_action
    def lock_screen(self) -> None:
        """Lock the screen now, the login field ready for another clerk (Ctrl+L)."""
        self.session.lock(switching=True)

    @user_action
    def edit_idle_lock(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Screen lock"),
            self.tr(
                "After how many minutes without a key or the mouse does the screen lock? (0: never)"
            ),
            settings.idle_lock_minutes(self.ctx.db),
            0,
            settings.MAX_IDLE_LOCK_MINUTES,
        )
        if ok:
            settings.save_idle_lock_minutes(self.ctx.db, minutes, self.ctx.actor())
            self.session.apply_idle_setting()

    @user_action
    def add_demo(self) -> None:
        from desktop.ui.dialogs.setup_dialog import DEMO_HOUSEHOLDS

        count, ok = QInputDialog.getInt(
            self,
            self.tr("Add demo households"),
            self.tr(
                "How many demo households to add? They are marked DEMO everywhere and can be "
                "removed again."
            ),
            DEMO_HOUSEHOLDS,
            1,
            MAX_DEMO_HOUSEHOLDS,
        )
        if not ok:
            return
        db, actor, today = self.ctx.db, self.ctx.actor(), self.ctx.today()
        try:
            added = self.ctx.run_task(
                self,
                self.tr("Adding demo households…"),
                lambda task: load_demo(db, count, actor, today, progress=task.progress),
            )
        except TaskCancelled:
            self.ctx.hub.household_changed.emit(None)
            QMessageBox.information(
                self,
                self.tr("Add demo households"),
                self.tr(
                    "Stopped. The demo households added before you pressed Cancel stay in the "
                    "book, marked DEMO; Settings > Remove demo households takes them out."
                ),
            )
            return
        self.ctx.hub.household_changed.emit(None)
        QMessageBox.information(
            self,
            self.tr("Add demo households"),
            self.tr("%n demo household(s) added.", "", added),
        )

    @user_action
    def rekey(self) -> None:
        office_key.rekey(self, self.ctx)

    @user_action
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
        db, actor, now = self.ctx.db, self.ctx.actor(), self.ctx.now()
        removed = self.ctx.run_task(
            self,
            self.tr("Removing demo households…"),
            lambda _task: remove_demo(db, actor, now),
            cancellable=False,  # one transaction: all or nothing
        )
        self.ctx.hub.household_changed.emit(None)
        QMessageBox.information(
            self,
            self.tr("Remove demo households"),
            self.tr("%n demo household(s) removed.", "", removed),
        )

    @user_action
    def verify_certificate(self) -> None:
        from desktop.ui.dialogs.verify_dialog import VerifyDialog

        VerifyDialog.show_for(self, self.ctx)

    @user_action
    def show_audit_log(self) -> None:
        from desktop.ui.dialogs.audit_dialog import AuditDialog

        AuditDialog.show_for(self, self.ctx)

    def about_text(self) -> str:
        text = self.tr(
            "Auyl Desk: the household book, queue, applications and certificates of a "
            "village akim office, under the Karaganda oblast service standards."
        )
        if program_version():
            text += "\n\n" + self.tr("Version %1").replace("%1", program_version())
        return text

    @user_action
    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Auyl Desk"), self.about_text())

    # ---- backups -----------------------------------------------------------------------------

    def start_automatic_backups(self) -> None:
        """A backup on close and one a day from now on, and a warning of little disk space
        (the program turns them on when it starts; tests of other things leave them off)."""
        self.backups.start()

    @user_action
    def back_up_now(self) -> None:
        try:
            path = self.backups.back_up(self.tr("Backing up the database…"))
        except BackupError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Back up now"),
                backup_texts.message(error),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.exec()
            box.setParent(None)
            return
        self.statusBar().showMessage(
            self.tr("Backup written: %1").replace("%1", str(path)), STATUS_MS
        )

    @user_action
    def show_backups(self) -> None:
        from desktop.ui.dialogs.backups_dialog import BackupsDialog

        BackupsDialog.show_for(self, self.ctx)
        self.backups.show_space()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._date_timer.stop()
        self.session.stop()
        self.backups.on_close()
        super().closeEvent(event)
