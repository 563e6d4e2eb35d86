"""Cold start: from a fresh process to the first window painted, against a bare PySide6 window.

    .venv/bin/python -m benchmarks.cold_start [--runs 7] [--households 50000] [--work-dir DIR]

Starts the real program as a new process (`auyl-desk --db FILE`, Qt's offscreen platform) with
AUYL_DESK_FIRST_PAINT set: the program then prints the moment its first window has been painted
and quits (desktop/ui/first_paint.py). The time counted runs from just before the process is
started to that moment: interpreter start, imports, opening the database, building the window,
its first paint. Three cases, each run `--runs` times, interleaved so that a busy machine slows
them alike, after one untimed warm-up run of each:

- the baseline: a bare PySide6 script showing a QMainWindow with a QTabWidget, reporting its
  first paint through the same hook;
- a fresh database (the file does not exist yet): first run, to the setup dialog painted;
- a book of --households demo households (built once in the work folder with the demo loader,
  office and logins set up, and reused): to the login dialog painted (the main window opens
  after the login, at the user's pace).

Printed: min / median / max seconds and the ratio of each median to the bare window's median;
then the median processor time each process had used by its first paint, and its ratio: on a
machine other programs keep busy the seconds grow, the processor time much less. The issue's
target: a median under 1.5 s and under 2x the bare window, for both databases.

The children compile our modules to bytecode once (the warm-up run writes it under the work
folder, PYTHONPYCACHEPREFIX), as an installed program would have it; the operating system's file
cache is warm. `cold_start()` returns the rows for a caller that folds them into a larger report.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.paths import DATA_DIR_ENV
from desktop.ui.first_paint import FIRST_PAINT_ENV, PREFIX

TARGET_SECONDS = 1.5
TARGET_RATIO = 2.0
TIMEOUT_SECONDS = 180
BARE = "bare PySide6 window"
FRESH = "fresh database: first-run setup"

# The baseline: the least a PySide6 program does to paint a window like ours.
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget
from desktop.ui.first_paint import watch

app = QApplication(sys.argv[:1])
watch(app)
window = QMainWindow()
window.setCentralWidget(QTabWidget())
window.resize(1100, 720)
window.show()
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Row:
    case: str
    window: str  # the class of the window that was painted first
    seconds: tuple[float, ...]  # from starting the process to the first paint
    cpu_seconds: tuple[float, ...]  # processor time the process had used by its first paint
    ratio: float  # this case's median over the bare window's median (1.0 for the bare window)
    cpu_ratio: float  # the same for the processor time

    @property
    def min(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def max(self) -> float:
        return max(self.seconds)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu_seconds)


@dataclass(frozen=True)
class _Case:
    name: str
    window: str
    command: tuple[str, ...]
    fresh_db: Path | None = None  # deleted before each run: every run is a first run
    # A data folder of its own: the first run of a PC where no office was set up (the other
    # cases' folder holds an office key, and a database lost there is not a first run).
    data_dir: Path | None = None


def program() -> list[str]:
    """The installed `auyl-desk` command beside this interpreter."""
    script = Path(sys.executable).with_name("auyl-desk")
    if not script.exists():
        raise FileNotFoundError(f"{script} is missing: install the program (scripts/setup.sh)")
    return [str(script)]


def child_environment(work_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            FIRST_PAINT_ENV: "1",
            "AUYL_DESK_DATA_DIR": str(work_dir / "data"),  # backups and keys stay in here
            "PYTHONPYCACHEPREFIX": str(work_dir / "pycache"),
        }
    )
    return env


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def time_to_first_paint(
    command: Sequence[str], env: dict[str, str], window: str
) -> tuple[float, float]:
    """Seconds from starting `command` to its report of the first paint of `window`, and the
    processor time it had used by then."""
    started = time.time()
    done = subprocess.run(
        list(command), env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS
    )
    reports = [line.split() for line in done.stdout.splitlines() if line.startswith(PREFIX)]
    if done.returncode != 0 or len(reports) != 1 or reports[0][2] != window:
        raise RuntimeError(
            f"{' '.join(command)}: exit status {done.returncode}, expected the first paint of "
            f"{window}, got {reports}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        )
    return float(reports[0][1]) - started, float(reports[0][3])


def cold_start(
    work_dir: Path,
    runs: int = 7,
    households: int = 50_000,
    seed: int = 1,
    warm_up: bool = True,
) -> list[Row]:
    """Measure the three cases (see the module docstring); the bare window's row comes first."""
    from benchmarks.run import build

    work_dir.mkdir(parents=True, exist_ok=True)
    big = work_dir / f"demo-{households}-seed{seed}.sqlite3"
    previous = os.environ.get("AUYL_DESK_DATA_DIR")
    os.environ["AUYL_DESK_DATA_DIR"] = str(work_dir / "data")
    try:
        build(big, households, seed)
    finally:
        if previous is None:
            os.environ.pop("AUYL_DESK_DATA_DIR")
        else:
            os.environ["AUYL_DESK_DATA_DIR"] = previous
    fresh = work_dir / "fresh.sqlite3"
    cases = [
        _Case(BARE, "QMainWindow", (sys.executable, "-c", BARE_WINDOW)),
        _Case(
            FRESH,
            "SetupDialog",
            (*program(), "--db", str(fresh)),
            fresh_db=fresh,
            data_dir=work_dir / "fresh-data",
        ),
        _Case(f"{households:,} households: login", "LoginDialog", (*program(), "--db", str(big))),
    ]
    env = child_environment(work_dir)
    samples: dict[str, list[tuple[float, float]]] = {case.name: [] for case in cases}
    for index in range(runs + 1 if warm_up else runs):
        for case in cases:
            if case.fresh_db is not None:
                _remove_database(case.fresh_db)
            case_env = env if case.data_dir is None else {**env, DATA_DIR_ENV: str(case.data_dir)}
            measured = time_to_first_paint(case.command, case_env, case.window)
            if index > 0 or not warm_up:
                samples[case.name].append(measured)
    _remove_database(fresh)
    bare_wall = statistics.median(wall for wall, _ in samples[BARE])
    bare_cpu = statistics.median(cpu for _, cpu in samples[BARE])
    rows = []
    for case in cases:
        walls = tuple(wall for wall, _ in samples[case.name])
        cpus = tuple(cpu for _, cpu in samples[case.name])
        rows.append(
            Row(
                case.name,
                case.window,
                walls,
                cpus,
                statistics.median(walls) / bare_wall,
                statistics.median(cpus) / bare_cpu,
            )
        )
    return rows


def report(rows: Sequence[Row], runs: int, warm_up: bool = True) -> str:
    lines = [
        f"cold start to the first window painted: a fresh process each time, offscreen, "
        f"{runs} runs per case" + (" after an untimed warm-up run" if warm_up else ""),
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        f"{'':<49} {'seconds to first paint':^30}  {'processor seconds':^17}",
        f"{'case':<36} {'window':<12} {'min':>6} {'median':>7} {'max':>6} {'x bare':>7}"
        f"  {'median':>7} {'x bare':>7}",
    ]
    for row in rows:
        lines.append(
            f"{row.case:<36} {row.window:<12} {row.min:6.3f} {row.median:7.3f} {row.max:6.3f} "
            f"{row.ratio:7.2f}  {row.cpu_median:7.3f} {row.cpu_ratio:7.2f}"
        )
    lines.append(f"target: median < {TARGET_SECONDS} s and < {TARGET_RATIO}x the bare window")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.cold_start", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "auyl-desk-benchmarks"
    )
    args = parser.parse_args(argv)
    rows = cold_start(args.work_dir, args.runs, args.households, args.seed)
    print(report(rows, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
