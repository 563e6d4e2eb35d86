"""A smoke test of the sync benchmark on a few households: it runs and prints every figure."""

from pathlib import Path

import pytest

from benchmarks import sync


def test_sync_benchmark_runs_on_a_few_households(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sync.main(["--households", "5", "--day", "2", "--work-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for label in ("export 5 households", "import:", "re-import", "incremental export (2 records)"):
        assert label in out
    assert "bare:" in out
    assert list(tmp_path.iterdir()) == []
