"""What Qt's print support cannot tell about a CUPS printer (Linux, macOS), asked of CUPS.

Documents are printed through Qt (desktop/ui/system_printer.py): Qt lists the printers, says
whether one is stopped and sends the job. Three answers it does not give are asked here:
- whether the spooler runs at all (with it stopped Qt lists no printer, as with none set up):
  `lpstat -r`;
- whether a printer accepts jobs (`cupsreject`: Qt still calls it idle): `lpstat -a`;
- whether the spooler took a job: Qt's CUPS engine drops the spooler's answer, so a job
  refused on the way is lost without a word. The spooler's job list is read instead (libcups'
  cupsGetJobs2, the library Qt's own CUPS support loads: `lpstat` does not show the jobs'
  names).

Windows has no CUPS: there Qt's Windows print engine reports a failing printer itself.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
from functools import cache

TIMEOUT_S = 20  # a spooler that does not answer in this time counts as stopped
ALL_JOBS = -1  # CUPS_WHICHJOBS_ALL: waiting, printing and done


class SpoolerError(Exception):
    """The spooler could not be asked."""


def available() -> bool:
    """True where printers are CUPS queues that `lpstat` can ask about (not on Windows)."""
    return sys.platform != "win32" and bool(shutil.which("lpstat"))


def running() -> bool:
    """True when the spooler answers."""
    try:
        answer = _run(["lpstat", "-r"])
    except SpoolerError:
        return False
    return answer.returncode == 0 and "not running" not in answer.stdout


def accepting(printer: str) -> bool:
    """True when `printer` accepts new jobs (False also when the spooler cannot tell)."""
    try:
        answer = _run(["lpstat", "-a", printer])
    except SpoolerError:
        return False
    return answer.returncode == 0 and f"{printer} accepting requests" in answer.stdout


def job_ids(printer: str, title: str) -> set[int]:
    """The ids of the jobs named `title` the spooler holds for `printer`, done ones included.

    Raises SpoolerError when the spooler does not give its job list.
    """
    library = _libcups()
    jobs = ctypes.POINTER(_Job)()
    count = library.cupsGetJobs2(None, ctypes.byref(jobs), printer.encode(), 0, ALL_JOBS)
    if count < 0:
        raise SpoolerError(f"cupsGetJobs2: {library.cupsLastErrorString().decode()}")
    try:
        return {
            jobs[index].id
            for index in range(count)
            if (jobs[index].title or b"").decode("utf-8", "replace") == title
        }
    finally:
        if count:
            library.cupsFreeJobs(count, jobs)


class _Job(ctypes.Structure):
    """libcups' cups_job_t."""

    _fields_ = [
        ("id", ctypes.c_int),
        ("dest", ctypes.c_char_p),
        ("title", ctypes.c_char_p),
        ("user", ctypes.c_char_p),
        ("format", ctypes.c_char_p),
        ("state", ctypes.c_int),
        ("size", ctypes.c_int),
        ("priority", ctypes.c_int),
        ("completed_time", ctypes.c_long),  # time_t
        ("creation_time", ctypes.c_long),
        ("processing_time", ctypes.c_long),
    ]


@cache
def _libcups() -> ctypes.CDLL:
    name = ctypes.util.find_library("cups") or "libcups.so.2"
    try:
        library = ctypes.CDLL(name)
    except OSError as error:
        raise SpoolerError(f"{name}: {error}") from error
    library.cupsGetJobs2.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.POINTER(_Job)),
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_int,
    ]
    library.cupsGetJobs2.restype = ctypes.c_int
    library.cupsFreeJobs.argtypes = [ctypes.c_int, ctypes.POINTER(_Job)]
    library.cupsFreeJobs.restype = None
    library.cupsLastErrorString.argtypes = []
    library.cupsLastErrorString.restype = ctypes.c_char_p
    return library


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    """Run a CUPS command with its messages in English (they are read here, not shown)."""
    environment = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=environment,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise SpoolerError(f"{command[0]}: no answer in {TIMEOUT_S} s") from error
    except OSError as error:
        raise SpoolerError(f"{command[0]}: {error}") from error
