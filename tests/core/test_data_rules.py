"""The household book's limits and the personal data rules: data with dates and sources."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.book_limits import LimitBook, limits_on
from desktop.core.personal_data import PersonalDataBook, rules_on
from desktop.paths import resource_path


def test_the_limits_in_force_name_their_source_and_catch_the_slips() -> None:
    limits = limits_on(date(2026, 11, 25))
    assert limits.source.citation and limits.source.confirmed is False
    assert limits.date_problem(date(9999, 12, 31)) == "too_late"
    assert limits.date_problem(date(1899, 12, 31)) == "too_early"
    assert limits.date_problem(date(2026, 11, 25)) is None
    assert limits.smallest_plot_ha == Decimal("0.0001")
    assert limits.livestock_ceiling(2000) == 2000 * limits.livestock_ceiling_factor
    assert limits_on(date(1, 1, 1)) == limits  # an old record is judged by the first set


def _edited(tmp_path: Path, name: str, change: dict[str, object]) -> Path:
    raw = json.loads(resource_path("rules", name).read_text("utf-8"))
    raw["rule_sets"][0].update(change)
    path = tmp_path / name
    path.write_text(json.dumps(raw), "utf-8")
    return path


@pytest.mark.parametrize(
    "change",
    [
        {"source": ""},
        {"smallest_plot_ha": "0"},
        {"latest_date": "1800-01-01"},
        {"livestock_ceiling_factor": 0},
    ],
)
def test_a_limits_file_without_a_source_or_with_nonsense_is_refused(
    tmp_path: Path, change: dict[str, object]
) -> None:
    with pytest.raises(ValueError):
        LimitBook.from_file(_edited(tmp_path, "book_limits.json", change))


def test_a_newer_set_of_limits_applies_from_its_date(tmp_path: Path) -> None:
    raw = json.loads(resource_path("rules", "book_limits.json").read_text("utf-8"))
    newer = {**raw["rule_sets"][0], "id": "newer", "effective_from": "2030-01-01"}
    newer["latest_date"] = "2199-12-31"
    raw["rule_sets"].append(newer)
    path = tmp_path / "limits.json"
    path.write_text(json.dumps(raw), "utf-8")
    book = LimitBook.from_file(path)
    assert book.on(date(2029, 12, 31)).latest_date == date(2099, 12, 31)
    assert book.on(date(2030, 1, 1)).latest_date == date(2199, 12, 31)


def test_personal_data_rules_carry_the_law_its_bases_and_the_retention() -> None:
    rules = rules_on(date(2026, 11, 25))
    assert "94-V" in rules.law_ru and "94-V" in rules.law_kk
    assert set(rules.bases) == {"household_book", "state_service", "consent"}
    assert [code for code, b in rules.bases.items() if b.needs_consent_date] == ["consent"]
    years = rules.retention_years
    assert rules.keep_until(date(2010, 3, 1)) == date(2010 + years, 3, 1)
    assert rules.with_retention(1).keep_until(date(2024, 2, 29)) == date(2025, 3, 1)
    with pytest.raises(ValueError):
        rules.with_retention(0)


@pytest.mark.parametrize(
    "change",
    [
        {"retention": {"years": 0, "source": "x", "confirmed": False}},
        {"retention": {"years": 5, "source": "", "confirmed": False}},
        {"bases": {"consent": {"consent_date": True, "source": "x", "confirmed": False}}},
    ],
)
def test_a_personal_data_file_with_nonsense_is_refused(
    tmp_path: Path, change: dict[str, object]
) -> None:
    with pytest.raises(ValueError):
        PersonalDataBook.from_file(_edited(tmp_path, "personal_data.json", change))
