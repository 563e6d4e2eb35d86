"""The waiting-room display: the numbers called and waiting, large, in Kazakh and Russian at once.

A second top-level window, full screen on the second monitor when there is one, or on the one
monitor when asked (F11 toggles full screen, Esc leaves it). Each clerk's desk shows one
called number, the latest; a number just called stands out for the time set under Settings
(services.settings.display_highlight_seconds). It is the one
place that shows both languages together: each heading is `self.tr()` of the English source in
the UI language, and the other language's text comes from HEADINGS below. Its headings carry
the property BILINGUAL, which tells the both-languages test that the other language is meant.
"""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.services import queue, settings
from desktop.services.queue import TicketRow
from desktop.ui.context import AppContext
from desktop.ui.i18n import Retranslating

REFRESH_MS = 5_000
MAX_WAITING_SHOWN = 24

# The display's fixed bilingual headings (English source -> both languages).
HEADINGS = {
    "Now serving": {"kk": "Шақырылды", "ru": "Вызваны"},
    "Waiting": {"kk": "Кезекте", "ru": "Ожидают"},
}
WINDOW_STYLE = "background: #0b2545; color: white;"
HEADING_KK_STYLE = "font-size: 40px; font-weight: bold; color: #ffd166;"
HEADING_RU_STYLE = "font-size: 28px; color: #c9d6ea;"
CALLED_STYLE = "font-size: 64px; font-weight: bold;"
HIGHLIGHT_STYLE = "background-color: #ffd166; color: #0b2545;"  # a number just called
WAITING_STYLE = "font-size: 44px;"
BILINGUAL = "bilingual"  # a widget property: this text is in both languages on purpose


def called_per_desk(rows: list[TicketRow]) -> list[TicketRow]:
    """The tickets at the desks, newest call first, one per clerk: the latest they called."""
    called = [r for r in rows if r.status in ("called", "serving")]
    called.sort(key=lambda r: r.called_at or r.issued_at, reverse=True)
    seen: set[object] = set()
    shown = []
    for row in called:
        desk = row.called_by_id or row.called_by or row.id
        if desk not in seen:
            seen.add(desk)
            shown.append(row)
    return shown


class QueueDisplay(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setStyleSheet(WINDOW_STYLE)
        self.ctx = ctx
        self.headings: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(40, 30, 40, 30)
        grid.setHorizontalSpacing(60)
        for column, source in enumerate(HEADINGS):
            kk, ru = QLabel(), QLabel()
            kk.setStyleSheet(HEADING_KK_STYLE)
            ru.setStyleSheet(HEADING_RU_STYLE)
            kk.setProperty(BILINGUAL, True)
            ru.setProperty(BILINGUAL, True)
            box = QVBoxLayout()
            box.addWidget(kk)
            box.addWidget(ru)
            grid.addLayout(box, 0, column)
            self.headings[source] = (kk, ru)
        self.called_label = QLabel()
        self.called_label.setStyleSheet(CALLED_STYLE)
        self.waiting_label = QLabel()
        self.waiting_label.setStyleSheet(WAITING_STYLE)
        self.waiting_label.setWordWrap(True)
        for column, label in enumerate((self.called_label, self.waiting_label)):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(label, 1, column)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        ctx.hub.queue_changed.connect(self.refresh)
        self.retranslate()

    def show_on_best_screen(self, full_screen: bool = False) -> None:
        """Full screen on the second monitor if there is one; on the only monitor full screen
        when `full_screen` is asked, else a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        elif full_screen:
            self.showFullScreen()
        else:
            self.resize(1000, 640)
            self.showNormal()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def _heading(self, source: str, language: str) -> str:
        """The UI language's text through tr(); the other language from HEADINGS."""
        translated = {"Now serving": self.tr("Now serving"), "Waiting": self.tr("Waiting")}
        if language == self.ctx.language:
            return translated[source]
        return HEADINGS[source][language]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Waiting-room display"))
        for source, (kk, ru) in self.headings.items():
            kk.setText(self._heading(source, "kk"))
            ru.setText(self._heading(source, "ru"))
        self.refresh()

    def refresh(self) -> None:
        now = self.ctx.now()
        rows = queue.today(self.ctx.db, now)
        fresh = timedelta(seconds=settings.display_highlight_seconds(self.ctx.db))
        lines = []
        for row in called_per_desk(rows):
            label = escape(row.label)
            if row.called_at is not None and now - row.called_at < fresh:
                label = f"<span style='{HIGHLIGHT_STYLE}'>&nbsp;{label}&nbsp;</span>"
            who = f"<span style='font-size: 32px; color: #c9d6ea;'>&nbsp;→ {escape(row.called_by)}"
            lines.append(f"{label}{who}</span>" if row.called_by else label)
        self.called_label.setText("<br>".join(lines) or "—")
        waiting = [r.label for r in rows if r.status == "waiting"]
        shown = " &nbsp; ".join(escape(label) for label in waiting[:MAX_WAITING_SHOWN])
        if len(waiting) > MAX_WAITING_SHOWN:
            shown += f" &nbsp; +{len(waiting) - MAX_WAITING_SHOWN}"
        self.waiting_label.setText(shown or "—")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        self.refresh()
        super().showEvent(event)
