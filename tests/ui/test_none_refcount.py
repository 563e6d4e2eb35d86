"""PySide6 must not free Python's None on Qt calls that return nothing.

PySide6 6.12.0 on Python 3.11 drops one reference to None per void call (setText, QTimer.start,
processEvents, ...); Python 3.11's None is not immortal, so the program aborted with
"Fatal Python error: none_dealloc" after minutes to hours of use. This is the check to run
before taking any PySide6 upgrade (scripts/lock.sh). The calls run in a child process, so a
PySide6 with the defect fails this test instead of aborting the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 1_000_000
PROBE = f"""
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
timer = QTimer()
before = sys.getrefcount(None)
for _ in range({CALLS} // 4):
    label.setText("x")
    label.setToolTip("y")
    timer.start(1000)
    QCoreApplication.processEvents()
timer.stop()
print(sys.getrefcount(None) - before)
"""


def test_a_million_void_qt_calls_leave_none_alone() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, f"the probe aborted: {done.stderr.strip()[-300:]}"
    drift = int(done.stdout.strip())
    # Python's own objects may take or leave a few references; the defect moves it by ~CALLS.
    assert abs(drift) < 1000, f"None's reference count moved by {drift} over {CALLS} calls"
