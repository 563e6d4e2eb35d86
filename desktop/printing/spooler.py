"""Handing a PDF to the system print spooler (CUPS: Linux, macOS) and reading why it refused.

Where CUPS is there, the document's own PDF goes to the queue as it is (`lp`): the printed
page keeps ReportLab's vector text and fonts, and `lp` says whether the spooler took the job.
Qt's CUPS print engine does not: it drops the spooler's answer, so a stopped spooler would
swallow the job without a word. Before a job is sent the queue is asked whether it exists and
is enabled: a paused printer keeps accepting jobs and printing none, and a job left there
would come out hours later, after the clerk printed the document again elsewhere.

Windows has no `lp`: there the preview paints the pages onto Qt's printer instead
(desktop/ui/dialogs/pdf_preview.py), whose Windows engine reports a failure itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from enum import Enum

TIMEOUT_S = 20  # a spooler that does not answer in this time counts as stopped


class Problem(Enum):
    STOPPED = "stopped"  # the spooler does not run (or does not answer)
    MISSING = "missing"  # no such printer (removed, renamed)
    PAUSED = "paused"  # the printer is paused (disabled) or refuses new jobs
    FAILED = "failed"  # anything else the spooler said


class SpoolerError(Exception):
    def __init__(self, problem: Problem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail


def available() -> bool:
    """True where documents are printed through CUPS's `lp` (not on Windows)."""
    return sys.platform != "win32" and bool(shutil.which("lp") and shutil.which("lpstat"))


def running() -> bool:
    """True when the spooler answers (with none, the system lists no printer at all)."""
    try:
        answer = _run(["lpstat", "-r"])
    except SpoolerError:
        return False
    return answer.returncode == 0 and "not running" not in answer.stdout


def check(printer: str) -> None:
    """Raise SpoolerError unless the spooler runs and `printer` exists and takes jobs."""
    answer = _run(["lpstat", "-r"])
    if answer.returncode != 0 or "not running" in answer.stdout:
        raise SpoolerError(Problem.STOPPED, (answer.stdout + answer.stderr).strip())
    status = _run(["lpstat", "-p", printer])
    if status.returncode != 0 or not status.stdout.strip():
        raise _classified(status.stdout + status.stderr)
    if f"printer {printer} disabled" in status.stdout:
        raise SpoolerError(Problem.PAUSED, status.stdout.strip())
    accepting = _run(["lpstat", "-a", printer])
    if accepting.returncode != 0 or "not accepting" in accepting.stdout:
        raise SpoolerError(Problem.PAUSED, (accepting.stdout + accepting.stderr).strip())


def send(pdf: bytes, printer: str, title: str, copies: int = 1) -> str:
    """Queue `pdf` on `printer`; returns the spooler's job id ("AuylPDF-12").

    Raises SpoolerError when the spooler, the printer or the job is refused.
    """
    check(printer)
    command = ["lp", "-d", printer, "-t", title, "-n", str(max(1, copies)), "-o", "fit-to-page"]
    result = _run(command, pdf)
    if result.returncode != 0:
        raise _classified(result.stdout + result.stderr)
    # "request id is AuylPDF-12 (1 file(s))"
    words = result.stdout.split()
    return words[3] if len(words) > 3 and words[:3] == ["request", "id", "is"] else ""


def _classified(output: str) -> SpoolerError:
    text = output.strip()
    lowered = text.lower()
    if any(
        mark in lowered
        for mark in ("unable to connect", "scheduler is not running", "connection refused")
    ):
        return SpoolerError(Problem.STOPPED, text)
    if any(mark in lowered for mark in ("does not exist", "invalid destination", "not found")):
        return SpoolerError(Problem.MISSING, text)
    if "not accepting" in lowered or "disabled" in lowered:
        return SpoolerError(Problem.PAUSED, text)
    return SpoolerError(Problem.FAILED, text)


def _run(command: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run a CUPS command with its messages in English (they are read here, not shown)."""
    environment = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        result = subprocess.run(
            command,
            input=data,
            capture_output=True,
            env=environment,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise SpoolerError(Problem.STOPPED, f"{command[0]}: no answer in {TIMEOUT_S} s") from error
    except OSError as error:
        raise SpoolerError(Problem.FAILED, f"{command[0]}: {error}") from error
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )
