"""A smoke test of the sync benchmark on a few households: it runs and prints every figure."""

from pathlib import Path

import pytest

from benchmarks import sync
from tests.postgres import PgServer


def test_sync_benchmark_runs_on_a_few_households(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sync.main(["--households", "5", "--day", "2", "--work-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for label in ("export 5 households", "import (SQLite)", "re-import", "incremental export (2"):
        assert label in out
    assert "bare:" in out
    assert list(tmp_path.iterdir()) == []


def test_sync_benchmark_measures_a_postgresql_district_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pg_server: PgServer
) -> None:
    server = pg_server.url_of("postgres")
    argv = ["--households", "3", "--day", "1", "--work-dir", str(tmp_path), "--postgres", server]
    assert sync.main(argv) == 0
    out = capsys.readouterr().out
    for label in ("import (PostgreSQL)", "re-import (duplicate, PostgreSQL)", "(PostgreSQL): wall"):
        assert label in out
    assert "bare: the same rows inserted in one transaction (PostgreSQL)" in out
