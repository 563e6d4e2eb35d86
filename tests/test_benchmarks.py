"""A smoke test of the benchmark command on a tiny book and workbook: it runs and prints."""

from pathlib import Path

import pytest

from benchmarks import run


def test_benchmark_runs_on_a_small_book(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--households", "200", "--work-dir", str(tmp_path), "--queries-per-kind", "3"]
    args += ["--import-rows", "40"]
    assert run.main([*args, "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "households: 200" in out and "load_demo:" in out
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("query kind"))
    kinds = [line.split("  ")[0].strip() for line in lines[header + 1 : header + 7]]
    assert kinds == [*run.KINDS, "all"]
    assert "target: service p95" in out
    assert "preview: 0 errors" in out
    assert "import 40 rows: read / preview / import / total:" in out
    assert "bare openpyxl read" in out
    assert "households unchanged, 0 changes" in out
    assert "target: import of 40 rows < 20 s" in out

    assert run.main([*args, "--repeat", "1"]) == 0  # the database is reused
    assert "reused" in capsys.readouterr().out


def test_load_demo_benchmark_times_a_small_load() -> None:
    from benchmarks import load_demo

    wall, cpu = load_demo.run_once(20, seed=3)
    assert wall > 0 and cpu > 0


def test_the_one_command_prints_every_row_with_its_ratio(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    import re

    from benchmarks.__main__ import SECTIONS, main

    assert main(["--quick", "--work-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("machine: ") and "CPUs" in out
    assert "district, scale 0.004: 200 households" in out
    assert "district, scale 0.016: 800 households" in out
    headings = re.findall(r"^## (.+) \(\d+ s\)$", out, re.MULTILINE)
    assert headings == list(SECTIONS)
    ratio = re.compile(r"^(.+?)  +[\d.]+ / [\d.]+ / [\d.]+ +[\d.]+ / [\d.]+ / [\d.]+ +[\d.]+x  ")
    labels = [m.group(1).strip() for m in map(ratio.match, out.splitlines()) if m]
    for kind in run.KINDS:
        assert f"1x {kind}" in labels and f"4x {kind}" in labels
    for label in ("fresh database: first-run setup", "200 households: login"):
        assert label in labels
    for label in ("today's and open", "next page (scrolling)", "queue: today's line"):
        assert label in labels
    for label in ("talon", "certificate 1", "typed query -> results painted"):
        assert label in labels
    assert "import 40 rows (read, preview, import)" in labels
    assert "package write, 0.4 MB" in labels and "package open + read, 0.4 MB" in labels
    assert "queue statistics, a year of 1,200 tickets" in labels
    assert re.search(r"peak RSS, MB min/med/max: GUI over the district \d+ / ", out)
    assert out.count("target: ") == 6


def test_the_audit_benchmark_measures_both_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import audit

    arguments = ["--rows", "30", "--edits", "3", "--runs", "1", "--entries", "20"]
    assert audit.main([*arguments, "--work-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "import (" in out and "edits (3): audited" in out and "ratio" in out
    assert "log of 20: verify the chain" in out
