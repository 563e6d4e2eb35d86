"""Every reason a file cannot be read, and every report line of the import, has words in
Kazakh and Russian."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from desktop.core.spreadsheet import SpreadsheetError, errors
from desktop.services.household_import import Problem
from desktop.services.households import Terms
from desktop.ui import import_texts
from desktop.ui.i18n import Translations

# the codes errors.py documents ("- code (params): ...")
FILE_CODES = re.findall(r"^- (\w+) \(", errors.__doc__ or "", re.MULTILINE)


@pytest.fixture(params=["kk", "ru"])
def language(qapp: object, request: pytest.FixtureRequest) -> Iterator[str]:
    Translations().switch(request.param)
    yield request.param
    Translations().switch("")


def test_every_file_error_is_worded_in_the_users_language(language: str) -> None:
    assert len(FILE_CODES) >= 13
    texts = set()
    for code in FILE_CODES:
        error = SpreadsheetError(code, "", sheet="Кітап", size=9_000_000, limit=50_000_000)
        text = import_texts.file_error(error)
        assert not re.search(r"(?<![.\w])[A-Za-z]{4,}", text.replace("Excel", "")), text
        texts.add(text)
    assert len(texts) == len(FILE_CODES)  # each says its own thing


@pytest.mark.parametrize(
    "code",
    [*import_texts.PROBLEMS, *import_texts.NOTES],
)
def test_every_report_line_is_worded(language: str, code: str) -> None:
    problem = Problem(5, "Сиырлар", code, {"last": 7, "account": "0002", "cells": 3})
    text = import_texts.describe(problem, Terms(), language, [])
    assert text and not re.search(r"%\d", text)
    assert not re.search(r"[A-Za-z]{4,}", text), text
