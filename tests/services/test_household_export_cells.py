"""The exported household book: what was typed as text stays text, in a known language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.engine import Database
from desktop.core.actor import Actor
from desktop.services import household_export
from desktop.services import household_writer as hw
from desktop.services.household_values import HouseholdData, MemberData

TODAY = date(2026, 11, 25)
LINK = '=HYPERLINK("http://example.invalid","open")'


def test_a_name_that_reads_like_a_formula_is_exported_as_text(
    configured_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    opened = date(2020, 1, 1)
    hw.create_household(
        configured_db,
        HouseholdData("0001", "Ботақара", opened, street="+7 Абай"),
        MemberData(LINK, "Ерлан", "head", opened, sex="male"),
        clerk,
        TODAY,
    )
    path = tmp_path / "book.xlsx"
    assert household_export.export_book(configured_db, clerk, path, TODAY) == 1

    cells = [c for row in load_workbook(path).active.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    link = next(c for c in cells if c.value == LINK)
    assert link.data_type == "s" and link.quotePrefix
    assert any(c.is_date and c.value.date() == opened for c in cells)  # dates stay dates


def test_an_unknown_language_is_refused(
    configured_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="language"):
        household_export.export_book(configured_db, clerk, tmp_path / "book.xlsx", TODAY, "en")
    assert not (tmp_path / "book.xlsx").exists()
