"""The GUI over a big database: a typed query to its results painted, and the peak memory.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.gui DATABASE QUERIES.json
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.gui --bare

Run in a fresh process (by benchmarks/__main__.py), so that its peak resident memory is the
GUI's own. Opens the real MainWindow on DATABASE, shows it, walks every tab, lists every
application (the list's "all dates"), then for each query string of QUERIES.json (a list)
types it into the Household book's search field and times, from the last keystroke, the
search and the results table painted (the typing pause, a fixed delay by design, is not
counted). The baseline, in the same run: the same rows by bare SQL (benchmarks.run's
bare_lookup) put into a bare QTableWidget of as many columns, painted. Prints one JSON line:
typed and bare milliseconds per query, and the peak RSS in MB. `--bare` shows a bare PySide6
window instead and prints its peak RSS (the memory baseline).
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any


def peak_mb() -> float:
    """This process's peak resident memory in MB: Linux's VmHWM (ru_maxrss would carry the
    parent's peak over fork and exec, and report the benchmark's own memory)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def bare_window() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTabWidget())
    window.resize(1100, 720)
    window.show()
    app.processEvents()
    return {"peak_mb": peak_mb()}


def type_text(widget: Any, text: str) -> None:
    """Type `text` key by key (QTest.keyClicks aborts on non-ASCII characters)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def typed_queries(database: Path, texts: list[str]) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from benchmarks.run import bare_lookup
    from desktop.core.clock import SystemClock
    from desktop.services import office
    from desktop.services.startup import open_database
    from desktop.ui.context import AppContext
    from desktop.ui.hub import Hub
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(database).db
    clerk = office.current_actor(db)  # logged in as the office's clerk
    window = MainWindow(AppContext(db, Hub(), SystemClock(), presenter=lambda *_: None, user=clerk))
    window.resize(1366, 720)
    window.show()
    app.processEvents()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
    listing = window.application_tab.list
    listing.period_combo.setCurrentIndex(1)  # all dates: the list pages through every one
    for _ in range(5):
        listing.model.fetchMore()
        app.processEvents()

    tab = window.households_tab
    window.tabs.setCurrentWidget(tab)
    raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    bare = bare_lookup(raw)
    bare_table = QTableWidget(0, tab.results.columnCount())
    bare_table.resize(tab.results.size())
    bare_table.show()
    typed_ms: list[float] = []
    bare_ms: list[float] = []
    for text in texts:
        tab.search_edit.clear()
        tab.search_edit.setFocus()
        app.processEvents()
        type_text(tab.search_edit, text)
        started = time.perf_counter()
        tab.search_now()  # what the typing pause's timer calls
        tab.results.viewport().repaint()
        app.processEvents()
        typed_ms.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        found, people = bare(text)
        heads = {m[0]: m for m in people if m[5] == "head"}
        bare_table.setRowCount(len(found))
        for row, household in enumerate(found):
            head = heads.get(household[0])
            name = " ".join(p for p in head[1:4] if p) if head else ""
            cells = (household[1], name, head[4] if head else "", ", ".join(household[2:5]))
            for column, cell in enumerate(cells[: bare_table.columnCount()]):
                bare_table.setItem(row, column, QTableWidgetItem(cell or ""))
        bare_table.viewport().repaint()
        app.processEvents()
        bare_ms.append((time.perf_counter() - started) * 1000)
    raw.close()
    window.close()
    db.dispose()
    return {"typed_ms": typed_ms, "bare_ms": bare_ms, "peak_mb": peak_mb()}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args == ["--bare"]:
        figures = bare_window()
    else:
        database, queries = Path(args[0]), Path(args[1])
        figures = typed_queries(database, json.loads(queries.read_text(encoding="utf-8")))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
