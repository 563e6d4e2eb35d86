"""One signal hub: widgets announce changes here instead of holding references to each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    language_changed = Signal(str)
    workplace_changed = Signal()
    reference_changed = Signal()
    household_changed = Signal(object)  # the household's id, or None when many changed
