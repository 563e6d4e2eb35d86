"""A smoke test of the cold-start benchmark on a tiny book: it runs and reports every case."""

from pathlib import Path

from benchmarks import cold_start


def test_cold_start_measures_the_three_cases(tmp_path: Path) -> None:
    rows = cold_start.cold_start(tmp_path, runs=1, households=20, warm_up=False)
    assert [(row.case, row.window) for row in rows] == [
        (cold_start.BARE, "QMainWindow"),
        (cold_start.FRESH, "SetupDialog"),
        ("20 households: login", "LoginDialog"),
    ]
    assert all(len(row.seconds) == 1 and row.min > 0 for row in rows)
    assert rows[0].ratio == 1.0
    assert rows[2].ratio == rows[2].median / rows[0].median
    assert not (tmp_path / "fresh.sqlite3").exists()
    text = cold_start.report(rows, runs=1, warm_up=False)
    assert "20 households: login" in text and "target: median < 1.5 s" in text
