"""A smoke test of the reading benchmark on a tiny book: it runs, counts and prints."""

from pathlib import Path

import pytest

from benchmarks import books


def test_reading_benchmark_runs_on_a_small_book(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert books.main(["--rows", "30", "--repeat", "1", "--work-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line.split() for line in out.splitlines() if line.split()}
    for reader in books.READERS:
        assert reader in lines
    assert lines["stream"][1] == lines["table"][1] == "30"  # data rows
    assert lines["calamine"][1] == lines["openpyxl"][1] == "33"  # every row of the sheet
    assert "target: peak under 500 MB while streaming: met" in out
    assert (tmp_path / "books-30-seed1.xlsx").exists()


def test_import_benchmark_runs_on_a_small_book(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--rows", "30", "--repeat", "1", "--readers", "openpyxl", "--imports"]
    assert books.main([*args, "--book-households", "20", "--work-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line.split() for line in out.splitlines() if line.split()}
    for kind in books.IMPORTS:
        assert lines[kind][1] == "30"  # every data row taken in (the re-import: unchanged)
    assert "target: reimport under 2 s" in out
