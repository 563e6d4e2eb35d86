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
