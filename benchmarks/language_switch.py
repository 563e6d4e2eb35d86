"""How long a live language switch of the main window takes, and how often it reloads the queue.

    .venv/bin/python -m benchmarks.language_switch [--households 2000] [--switches 20]

Builds a throwaway database (N demo households, 30 tickets in today's queue), opens the main
window offscreen at 1366x768 with a household card open, then switches kk <-> ru through the
Language menu and prints the median, fastest and slowest switch and the queue loads per switch
(one is right: every widget re-applies its texts once).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=2000)
    parser.add_argument("--switches", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="auyl-switch-"))
    os.environ["AUYL_DESK_DATA_DIR"] = str(work)

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from desktop.core.actor import SYSTEM
    from desktop.core.clock import FixedClock
    from desktop.services import household_search, office, queue
    from desktop.services.demo import load_demo
    from desktop.services.office import ClerkData
    from desktop.services.startup import open_database
    from desktop.ui.context import AppContext
    from desktop.ui.hub import Hub
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow

    db = open_database(work / "switch.sqlite3").db
    clerk = ClerkData("Ахметова", "Гүлнар", "Серікқызы", "бас маман", "8 (72154) 2-14-09")
    clock = FixedClock(datetime(2026, 11, 25, 10, 0))  # a Wednesday, open
    office.configure(db, 100, clerk, SYSTEM, clock.now())
    actor = office.current_actor(db)
    assert actor is not None
    load_demo(db, args.households, actor, clock.today())
    for _ in range(30):
        queue.issue_ticket(db, "hand_in_1", "kk", clock.now(), actor)
    loads = 0
    today = queue.today

    def counted(*call: object) -> list[queue.TicketRow]:
        nonlocal loads
        loads += 1
        return today(*call)  # type: ignore[arg-type]

    queue.today = counted  # type: ignore[assignment]
    Translations().switch("kk")
    window = MainWindow(AppContext(db, Hub(), clock, presenter=lambda *_: None, user=actor))
    window.resize(1366, 768)
    window.show()
    first = household_search.search(db, "DEMO-000001")[0]
    window.households_tab.open_household(first.household_id)
    app.processEvents()
    loads = 0
    seconds = []
    for index in range(args.switches):
        start = time.perf_counter()
        window.language_actions["ru" if index % 2 == 0 else "kk"].trigger()
        app.processEvents()
        seconds.append(time.perf_counter() - start)
    print(
        f"language switch: median {statistics.median(seconds) * 1000:.0f} ms, "
        f"fastest {min(seconds) * 1000:.0f} ms, slowest {max(seconds) * 1000:.0f} ms; "
        f"queue loads per switch {loads / args.switches:.1f}"
    )
    db.dispose()


if __name__ == "__main__":
    main()
