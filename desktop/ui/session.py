"""Who sits at the keyboard: the idle lock, Ctrl+L (lock, or switch clerk) and the lock screen.

Any key or mouse action anywhere in the program restarts the idle timer; after the idle time
(a setting, desktop.services.settings.idle_lock_minutes) the lock screen covers the main
window. Ctrl+L locks at once with the login name selected: a second clerk at the same PC types
their login name, Tab, their password and Enter; the first one's work stays as it was. The
guard is no child of the window: its timer keeps the real idle time whatever the window does
with its own timers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services import accounts, settings
from desktop.ui.context import AppContext
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.errors import user_action

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class SessionGuard(QObject):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__()
        self.ctx = ctx
        self.window = window
        self.screen: LoginDialog | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.apply_idle_setting()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def apply_idle_setting(self) -> None:
        """Take the idle time from the settings (after an administrator changed it)."""
        self.idle_ms = settings.idle_lock_minutes(self.ctx.db) * 60_000  # 0: never
        self.idle_timer.stop()
        if self.idle_ms:
            self.idle_timer.setInterval(self.idle_ms)
            self.idle_timer.start()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.idle_ms and self.screen is None and event.type() in INPUT_EVENTS:
            self.idle_timer.start()
        return False

    def lock(self, switching: bool = False) -> None:
        """Cover the window with the lock screen (once; nothing happens while it is up)."""
        user = self.ctx.user
        if self.screen is not None or user is None:
            return
        accounts.lock_screen(self.ctx.db, user)
        self.screen = LoginDialog(self.ctx, self.window, locked=user, switching=switching)
        self.screen.accepted.connect(self._unlocked)
        self.screen.open()

    @user_action
    def _unlocked(self) -> None:
        screen = self.screen
        assert screen is not None and screen.user is not None
        self.screen = None
        screen.deleteLater()
        if screen.user != self.ctx.user:
            self.ctx.log_in_as(screen.user)
        if self.idle_ms:
            self.idle_timer.start()

    def stop(self) -> None:
        """The window closes: no more locking."""
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
