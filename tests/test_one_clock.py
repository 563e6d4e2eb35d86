"""One clock: the UI and printing take every "now" from the context's Clock, never on their own.

The lead widens FOLDERS to desktop/services once the services take `now` from their callers.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("desktop/ui", "desktop/printing")
# receiver -> the methods that read the computer's clock
CLOCK_READS = {
    "date": {"today"},
    "datetime": {"now", "today", "utcnow"},
    "QDate": {"currentDate"},
    "QDateTime": {"currentDateTime", "currentDateTimeUtc"},
    "QTime": {"currentTime"},
}


def clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, call) of every direct read of the computer's clock in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        receiver = node.func.value
        name = receiver.id if isinstance(receiver, ast.Name) else ""
        if isinstance(receiver, ast.Attribute):  # datetime.datetime.now(), PySide6.QtCore.QDate…
            name = receiver.attr
        if node.func.attr in CLOCK_READS.get(name, set()):
            found.append((node.lineno, f"{name}.{node.func.attr}()"))
    return sorted(found)


@pytest.mark.parametrize("folder", FOLDERS)
def test_no_one_reads_the_computers_clock(folder: str) -> None:
    found = [
        f"{path.relative_to(REPO_ROOT)}:{line}: {call}"
        for path in sorted((REPO_ROOT / folder).rglob("*.py"))
        for line, call in clock_reads(path.read_text(encoding="utf-8"))
    ]
    assert not found, "take the time from AppContext.now()/today():\n" + "\n".join(found)


def test_the_scan_finds_each_kind_of_clock_read() -> None:
    source = (
        "from datetime import date, datetime\n"
        "import datetime as dt\n"
        "a = date.today()\n"
        "b = datetime.now().astimezone()\n"
        "c = dt.datetime.now(tz)\n"
        "d = QDate.currentDate()\n"
        "e = clock.now()\n"  # the one clock: fine
    )
    assert sorted(line for line, _ in clock_reads(source)) == [3, 4, 5, 6]
