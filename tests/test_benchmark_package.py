"""A smoke test of the package benchmark on a small content: it runs, cleans up and prints."""

from pathlib import Path

import pytest

from benchmarks import package


def test_package_benchmark_runs_on_a_small_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = package.measure(0.5, tmp_path)
    assert 500_000 <= figures.content_bytes < 510_000  # whole lines
    assert 0 < figures.package_bytes < figures.content_bytes  # compressed
    assert list(tmp_path.iterdir()) == []

    assert package.main(["--megabytes", "0.2", "--work-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("content: 0.2 MB; package: ")
    for label in ("write (with read-back check):", "open (checking pass):", "read (content"):
        assert label in out
    assert "package / bare: write " in out
