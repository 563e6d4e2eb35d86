"""Cells of a saved workbook that stay the text they were: never a live formula, never a file
that will not open.

A value read from someone's spreadsheet goes back out as text: `=HYPERLINK(...)` is written as a
string cell (quote-prefixed, so editing it in Excel keeps it text) and not as a formula. XML 1.0
cannot hold control characters (NUL, ESC, ...), lone surrogates or U+FFFE/U+FFFF: openpyxl
raises on the first and writes a file Excel refuses for the others, so they are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@")


def xml_text(text: str) -> str:
    """`text` without the characters an XML file cannot hold."""
    return _NOT_XML.sub("", text)


def text_cell(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """A cell for a write-only sheet: strings as text cells (never formulas), other values as
    they are (numbers stay numbers, dates dates)."""
    if not isinstance(value, str):
        return value
    text = xml_text(value)
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    if text.startswith(_FORMULA_START):
        cell.quotePrefix = True
    return cell


def text_row(sheet: WriteOnlyWorksheet, values: Iterable[Any]) -> list[Any]:
    """A row for `sheet.append`, each string a text cell (see text_cell)."""
    return [text_cell(sheet, value) for value in values]
