"""Smoke tests of the list and document benchmarks at a tiny scale: they run, check that the
program and the bare query return the same rows, and print every row with its ratio."""

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks import documents, lists

RATIO = re.compile(r" \d+\.\dx  \d+\.\d / \d+\.\d$", re.MULTILINE)  # ratio, CPU medians


def test_the_list_benchmark_runs_on_a_small_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    args = ["--applications", "400", "--tickets", "1200", "--runs", "1"]
    assert lists.main([*args, "--work-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "400 applications, 1200 tickets" in out
    for label in ("today's and open", "all dates", "issued, all dates", "text, no match"):
        assert label in out
    assert "next page (scrolling)" in out and "queue: today's line" in out
    assert len(RATIO.findall(out)) == 10  # eight refreshes, scrolling, the queue
    assert "target: every refresh median < 100 ms" in out


def test_the_document_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert documents.main(["--runs", "1"]) == 0
    out = capsys.readouterr().out
    for label in ("talon", "certificate 1", "certificate 2"):
        assert label in out
    assert len(RATIO.findall(out)) == 3
    assert "target: certificate median < 100 ms" in out
