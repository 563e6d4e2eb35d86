"""First-run setup (and Settings later): which akim office this is and who the clerk is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.actor import SYSTEM, Actor
from desktop.services import accounts, reference, settings
from desktop.services import office as office_service
from desktop.services.demo import load_demo
from desktop.ui.account_texts import check_repeated
from desktop.ui.account_texts import message as account_message
from desktop.ui.context import AppContext
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import user_action
from desktop.ui.i18n import LANGUAGE_NAMES
from desktop.ui.labels import OFFICE_KINDS, label

OFFICE_ROLE = Qt.ItemDataRole.UserRole
DEMO_HOUSEHOLDS = 200


class SetupDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        db = ctx.db
        self._offices = reference.find_offices(db)
        self._districts = reference.districts(db)

        self.language_label = QLabel()
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(ctx.language)))
        self.language_box.currentIndexChanged.connect(self._language_picked)

        self.office_group = QGroupBox()
        self.district_label = QLabel()
        self.district_box = QComboBox()
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.office_list = QListWidget()
        self.office_list.setMinimumHeight(130)
        self.office_details = QLabel()
        self.office_details.setWordWrap(True)
        # The address takes up to three lines: keep their room, so that it never runs over
        # the list when the dialog is narrow.
        self.office_details.setMinimumHeight(3 * self.office_details.fontMetrics().lineSpacing())
        self.office_details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.office_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.district_label.setBuddy(self.district_box)
        self.search_label.setBuddy(self.search_edit)

        self.clerk_group = QGroupBox()
        self.clerk_form = QFormLayout()
        self.clerk_fields = {
            name: QLineEdit() for name in ("surname", "name", "patronymic", "position", "phone")
        }
        for name, edit in self.clerk_fields.items():
            self.clerk_form.addRow(QLabel(), edit)
            edit.setObjectName(f"clerk_{name}")
        self.clerk_fields["phone"].setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        # optional: printed under certificates, with the signature line
        self.akim_fields = {
            name: QLineEdit() for name in ("akim_name", "akim_position", "akim_position_ru")
        }
        for name, edit in self.akim_fields.items():
            self.clerk_form.addRow(QLabel(), edit)
            edit.setObjectName(name)

        self.first_run = office_service.workplace(db) is None
        self.demo_box = QCheckBox()
        self.demo_box.setVisible(self.first_run)
        # The logins, when no one can log in yet (the first run, or a database from before
        # accounts): the clerk's and the administrator's, each password typed twice.
        self.needs_accounts = not accounts.has_accounts(db)
        self.accounts_group = QGroupBox()
        self.accounts_group.setVisible(self.needs_accounts)
        self.account_form = QFormLayout(self.accounts_group)
        self.account_fields = {
            name: QLineEdit()
            for name in (
                "clerk_login",
                "clerk_password",
                "clerk_again",
                "admin_login",
                "admin_password",
                "admin_again",
            )
        }
        for name, edit in self.account_fields.items():
            edit.setObjectName(name)
            if "login" not in name:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.account_form.addRow(QLabel(), edit)
        self.account_fields["admin_login"].setText(accounts.DEFAULT_ADMIN_LOGIN)

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        self._layout()
        self._fill_districts()
        self._prefill()
        self.district_box.currentIndexChanged.connect(self._refilter)
        self.search_edit.textChanged.connect(self._refilter)
        self.search_edit.installEventFilter(self)
        self.office_list.currentItemChanged.connect(self._show_office)
        self._refilter()
        self.retranslate()
        self.resize(760, 600)
        self.search_edit.setFocus()

    def _layout(self) -> None:
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_box)

        filters = QFormLayout()
        filters.addRow(self.district_label, self.district_box)
        filters.addRow(self.search_label, self.search_edit)
        office_layout = QVBoxLayout(self.office_group)
        office_layout.addLayout(filters)
        office_layout.addWidget(self.office_list, 1)
        office_layout.addWidget(self.office_details)

        self.clerk_group.setLayout(self.clerk_form)
        people = QHBoxLayout()
        people.addWidget(self.clerk_group, 3)
        people.addWidget(self.accounts_group, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addWidget(self.office_group, 1)
        layout.addLayout(people)
        layout.addWidget(self.demo_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> bool:
        """Show the dialog; True when the office and clerk were saved."""
        dialog = cls(ctx, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # ---- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Auyl Desk: office and clerk"))
        self.language_label.setText(self.tr("Language:"))
        self.office_group.setTitle(self.tr("Which akim office is this?"))
        self.district_label.setText(self.tr("&City or district:"))
        self.search_label.setText(self.tr("&Find office:"))
        self.search_edit.setPlaceholderText(
            self.tr("Type part of the name, e.g. Ботақара; Down arrow moves to the list")
        )
        self.district_box.setItemText(0, self.tr("All cities and districts"))
        for index, district in enumerate(self._districts, start=1):
            self.district_box.setItemText(index, district.name(self.ctx.language))
        self.clerk_group.setTitle(self.tr("Who works at the counter?"))
        texts = {
            "surname": self.tr("&Surname:"),
            "name": self.tr("&Name:"),
            "patronymic": self.tr("&Patronymic:"),
            "position": self.tr("P&osition:"),
            "phone": self.tr("P&hone:"),
        }
        for row, (name, text) in enumerate(texts.items()):
            label_item = self.clerk_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label_widget = label_item.widget() if label_item else None
            assert isinstance(label_widget, QLabel)
            label_widget.setText(text)
            label_widget.setBuddy(self.clerk_fields[name])
        akim_texts = {
            "akim_name": self.tr("&Akim:"),
            "akim_position": self.tr("Akim's pos&ition:"),
            "akim_position_ru": self.tr("Akim's position in R&ussian:"),
        }
        for row, (name, text) in enumerate(akim_texts.items(), start=len(texts)):
            label_item = self.clerk_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label_widget = label_item.widget() if label_item else None
            assert isinstance(label_widget, QLabel)
            label_widget.setText(text)
            label_widget.setBuddy(self.akim_fields[name])
        self.akim_fields["akim_name"].setPlaceholderText(
            self.tr("surname and initials, for certificates (optional)")
        )
        self.akim_fields["akim_position"].setPlaceholderText(
            self.tr("e.g. akim of the rural okrug")
        )
        self.akim_fields["akim_position_ru"].setPlaceholderText(
            self.tr("for Russian certificates; empty: made from the office's name")
        )
        self.accounts_group.setTitle(self.tr("Logins"))
        account_texts = {
            "clerk_login": self.tr("Clerk's &login:"),
            "clerk_password": self.tr("Clerk's pass&word:"),
            "clerk_again": self.tr("The same a&gain:"),
            "admin_login": self.tr("A&dministrator's login:"),
            "admin_password": self.tr("Administrator's passwo&rd:"),
            "admin_again": self.tr("The same agai&n:"),
        }
        for row, (name, text) in enumerate(account_texts.items()):
            label_item = self.account_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label_widget = label_item.widget() if label_item else None
            assert isinstance(label_widget, QLabel)
            label_widget.setText(text)
            label_widget.setBuddy(self.account_fields[name])
        self.clerk_fields["position"].setPlaceholderText(self.tr("e.g. chief specialist"))
        self.clerk_fields["phone"].setPlaceholderText("8 (7212) 00-00-00")
        self.demo_box.setText(
            self.tr(
                "&Add %1 demo households to try the program (marked DEMO everywhere; "
                "Settings can remove them)"
            ).replace("%1", str(DEMO_HOUSEHOLDS))
        )
        self._refilter()
        self._show_office(self.office_list.currentItem())
        self.error_label.clear()

    # ---- office choice -----------------------------------------------------------------------

    def _fill_districts(self) -> None:
        self.district_box.addItem("", None)
        for district in self._districts:
            self.district_box.addItem(district.name(self.ctx.language), district.code)

    def _prefill(self) -> None:
        for edit, value in zip(self.akim_fields.values(), settings.akim(self.ctx.db), strict=True):
            edit.setText(value)
        current = office_service.workplace(self.ctx.db)
        if current is None:
            return
        self._selected_number = current.office.number
        for name, edit in self.clerk_fields.items():
            edit.setText(getattr(current.clerk, name))

    _selected_number: int | None = None

    def _refilter(self) -> None:
        district = self.district_box.currentData()
        text = self.search_edit.text()
        wanted = self._selected_number
        current = self.office_list.currentItem()
        if current is not None:
            wanted = current.data(OFFICE_ROLE)
        matches = reference.find_offices(self.ctx.db, text, district)
        self.office_list.blockSignals(True)
        self.office_list.clear()
        for office in matches:
            language = self.ctx.names_language
            district = office.district_in(language)
            item = QListWidgetItem(f"{office.number}. {office.name_in(language)} — {district}")
            item.setData(OFFICE_ROLE, office.number)
            if office.doubtful:
                item.setText(item.text() + " ⚠")
                item.setToolTip(
                    self.tr(
                        "Some details of this office look wrong in the standard's text; "
                        "an administrator can check them in Settings."
                    )
                )
            self.office_list.addItem(item)
            if office.number == wanted:
                self.office_list.setCurrentItem(item)
        if self.office_list.currentItem() is None and self.office_list.count():
            self.office_list.setCurrentRow(0)
        self.office_list.blockSignals(False)
        self._show_office(self.office_list.currentItem())

    def _show_office(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.office_details.setText(
                self.tr("No office matches. Check the spelling or choose another district.")
            )
            return
        office = next(o for o in self._offices if o.number == item.data(OFFICE_ROLE))
        phones = ", ".join(office.phones) or "—"
        text = self.tr("%1, %2. Phones: %3").replace("%1", label(OFFICE_KINDS, office.kind))
        text = text.replace("%2", f"{office.postal_code}, {office.address}").replace("%3", phones)
        self.office_details.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.office_list.setFocus()
                self.office_list.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.clerk_fields["surname"].setFocus()
                return True
        return super().eventFilter(watched, event)

    @user_action
    def _language_picked(self) -> None:
        self.ctx.switch_language(self.language_box.currentData())

    # ---- saving ------------------------------------------------------------------------------

    def selected_office(self) -> int | None:
        item = self.office_list.currentItem()
        return None if item is None else int(item.data(OFFICE_ROLE))

    @user_action
    def _save(self) -> None:
        number = self.selected_office()
        if number is None:
            self._complain(self.tr("Choose your akim office from the list."), self.search_edit)
            return
        values = {name: edit.text() for name, edit in self.clerk_fields.items()}
        db = self.ctx.db
        logins = {name: edit.text() for name, edit in self.account_fields.items()}
        try:
            clerk = office_service.ClerkData(**values)
            if self.needs_accounts:
                for who in ("clerk", "admin"):
                    widget = self.account_fields[f"{who}_password"]
                    try:
                        check_repeated(logins[f"{who}_password"], logins[f"{who}_again"])
                    except accounts.AccountError as error:
                        self._complain(account_message(error), widget)
                        return
                accounts.set_up(
                    db,
                    number,
                    clerk,
                    logins["clerk_login"],
                    logins["clerk_password"],
                    accounts.administrator(logins["admin_login"]),
                    logins["admin_login"],
                    logins["admin_password"],
                    self.ctx.now(),
                )
                # the clerk set up now works at once (what follows is done by them)
                self.ctx.user = accounts.log_in(
                    db, logins["clerk_login"], logins["clerk_password"], self.ctx.now()
                )
            else:
                office_service.configure(db, number, clerk, self._actor(), self.ctx.now())
        except accounts.AccountError as error:
            field = "clerk_login" if error.reason == "taken" else f"clerk_{error.field}"
            self._complain(account_message(error), self.account_fields.get(field, self))
            return
        except office_service.SetupError as error:
            messages = {
                "surname": self.tr("Enter the clerk's surname."),
                "name": self.tr("Enter the clerk's name."),
                "position": self.tr("Enter the clerk's position."),
                "phone": self.tr("The phone number needs at least five digits."),
                "office": self.tr("Choose your akim office from the list."),
            }
            widget = self.clerk_fields.get(error.field, self.search_edit)
            self._complain(messages.get(error.field, str(error)), widget)
            return
        name, position, position_ru = (edit.text() for edit in self.akim_fields.values())
        settings.save_akim(db, name, position, self._settings_actor(), position_ru)
        if self.demo_box.isVisible() and self.demo_box.isChecked():
            actor, today = self.ctx.actor(), self.ctx.today()  # the clerk just saved
            self.ctx.run_task(
                self,
                self.tr("Adding demo households…"),
                lambda task: load_demo(db, DEMO_HOUSEHOLDS, actor, today, progress=task.progress),
                cancellable=False,  # one batch: it cannot stop halfway
            )
        self.accept()

    def _actor(self) -> Actor:
        """Who saves the setup: the program itself at the first run (no clerk exists yet),
        the administrator afterwards (Settings)."""
        return SYSTEM if self.first_run else self.ctx.actor()

    def _settings_actor(self) -> Actor:
        """Who saves the akim's name: the program itself while it sets the office up (the
        clerk logged in just now may not configure the office), the administrator later."""
        return SYSTEM if self.first_run or self.needs_accounts else self.ctx.actor()

    def _complain(self, message: str, widget: QWidget) -> None:
        self.error_label.setText(message)
        widget.setFocus()
