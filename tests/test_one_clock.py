"""One clock: the UI, printing and services never read the computer's clock on their own.

The UI takes every "now" from its context's Clock (AppContext.now()/today()); services take
`now` or `today` from their caller; printing gets its dates with the data it prints.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("desktop/ui", "desktop/printing", "desktop/services")
# receiver -> the methods that read the computer's clock
CLOCK_READS = {
    "date": {"today"},
    "datetime": {"now", "today", "utcnow"},
    "time": {"time", "time_ns", "localtime", "gmtime", "ctime"},
    "QDate": {"currentDate"},
    "QDateTime": {"currentDateTime", "currentDateTimeUtc"},
    "QTime": {"currentTime"},
}
# these convert the moment they are given and read the clock only when given none
WITHOUT_ARGUMENT = {"localtime", "gmtime", "ctime"}
# functions that read it when called: db.models' default for stored moments, and the clock
# object over the computer's clock
CLOCK_FUNCTIONS = {"utc_now", "SystemClock"}
# The places that may, and why.
ALLOWED = {
    # The program's one SystemClock, handed to the context at start.
    ("desktop/ui/app.py", "SystemClock()"),
    # The cold-start benchmark's hook: the moment of the first paint, compared across processes.
    ("desktop/ui/first_paint.py", "time.time()"),
}


def _imported_names(tree: ast.AST) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """The names imports bind: `import time as t`, `from datetime import date as d` (local name
    -> the name imported), and clock-reading functions imported by name (`from time import
    time`: local name -> (receiver, function))."""
    renamed: dict[str, str] = {}
    functions: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    renamed[alias.asname] = alias.name.rpartition(".")[2]
        elif isinstance(node, ast.ImportFrom):
            module = (node.module or "").rpartition(".")[2]
            for alias in node.names:
                local = alias.asname or alias.name
                if alias.name in CLOCK_READS.get(module, set()):
                    functions[local] = (module, alias.name)
                elif alias.asname:
                    renamed[local] = alias.name
    return renamed, functions


def clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, call) of every direct read of the computer's clock in `source`."""
    found = []
    tree = ast.parse(source)
    renamed, functions = _imported_names(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in CLOCK_FUNCTIONS:
            found.append((node.lineno, f"{func.id}()"))
        if isinstance(func, ast.Name) and func.id in functions:  # from time import time
            name, attr = functions[func.id]
            if attr not in WITHOUT_ARGUMENT or not node.args:
                found.append((node.lineno, f"{name}.{attr}()"))
        if not isinstance(func, ast.Attribute):
            continue
        if func.attr in CLOCK_FUNCTIONS:  # models.utc_now(), clock.SystemClock()
            found.append((node.lineno, f"{func.attr}()"))
            continue
        receiver = func.value
        name = receiver.id if isinstance(receiver, ast.Name) else ""
        if isinstance(receiver, ast.Attribute):  # datetime.datetime.now(), PySide6.QtCore.QDate…
            name = receiver.attr
        name = renamed.get(name, name)
        reads = func.attr in CLOCK_READS.get(name, set())
        if reads and (func.attr not in WITHOUT_ARGUMENT or not node.args):
            found.append((node.lineno, f"{name}.{func.attr}()"))
    return sorted(found)


@pytest.mark.parametrize("folder", FOLDERS)
def test_no_one_reads_the_computers_clock(folder: str) -> None:
    found = []
    for path in sorted((REPO_ROOT / folder).rglob("*.py")):
        where = path.relative_to(REPO_ROOT).as_posix()
        found += [
            f"{where}:{line}: {call}"
            for line, call in clock_reads(path.read_text(encoding="utf-8"))
            if (where, call) not in ALLOWED
        ]
    assert not found, (
        "take the time from AppContext.now()/today() (UI) or from the caller (services):\n"
        + "\n".join(found)
    )


def test_the_scan_finds_each_kind_of_clock_read() -> None:
    source = (
        "from datetime import date, datetime\n"
        "import datetime as dt\n"
        "a = date.today()\n"
        "b = datetime.now().astimezone()\n"
        "c = dt.datetime.now(tz)\n"
        "d = QDate.currentDate()\n"
        "e = clock.now()\n"  # the one clock: fine
        "f = utc_now()\n"
        "g = models.utc_now()\n"
        "h = SystemClock().today()\n"
        "i = time.time()\n"
        "j = time.monotonic()\n"  # a duration, not a moment: fine
    )
    assert sorted(line for line, _ in clock_reads(source)) == [3, 4, 5, 6, 8, 9, 10, 11]


def test_the_scan_follows_the_names_imports_give() -> None:
    source = (
        "from datetime import date as d, datetime as moment\n"
        "from time import localtime, time as stamp\n"
        "import time as t\n"
        "a = d.today()\n"
        "b = moment.now()\n"
        "c = stamp()\n"
        "e = t.time()\n"
        "f = localtime()\n"
        "g = t.gmtime()\n"
        "h = t.localtime(0)\n"  # a given moment: fine
        "i = t.monotonic()\n"  # a duration: fine
    )
    assert sorted(line for line, _ in clock_reads(source)) == [4, 5, 6, 7, 8, 9]


def test_the_allowed_places_still_need_their_allowance() -> None:
    """An allowance whose read has gone is removed too, so the list says only what is true."""
    for where, call in ALLOWED:
        source = (REPO_ROOT / where).read_text(encoding="utf-8")
        assert call in [found for _, found in clock_reads(source)], (where, call)
