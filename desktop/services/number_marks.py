"""The high-water marks of the number series, kept outside the database, beside the office key.

One small JSON file (keys/number-marks.json: series key -> highest number given) that only ever
goes up. desktop/services/numbering.py raises it as soon as a numbered record has committed and
follows it when the database is behind (restored from a copy, or its `-wal` file lost), so a
certificate or registration number is never given twice. Several processes may issue numbers at
once: a raise reads, merges and replaces the file under an exclusive lock of a lock file beside it.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Mapping
from pathlib import Path

from desktop.paths import data_dir
from desktop.services.keys import exclusive, read_json_object, write_private

MARKS_FILE = "number-marks.json"


class NumberMarkError(OSError):
    """The marks file is damaged: no number is given until it is put right (an input/output
    error on the file, for the messages: desktop/ui/errors.py names the file)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(errno.EIO, f"the number marks file cannot be read: {problem}", str(path))


def marks_path() -> Path:
    return data_dir() / "keys" / MARKS_FILE


def read() -> dict[str, int]:
    """Series key -> highest number given; empty when no number was given here yet."""
    path = marks_path()
    try:
        data = read_json_object(path)
    except ValueError as error:
        raise NumberMarkError(path, str(error)) from error
    if not all(isinstance(value, int) for value in data.values()):
        raise NumberMarkError(path, "not a list of marks")
    return data


def raise_to(taken: Mapping[str, int]) -> None:
    """Raise the marks of `taken` (series key -> number) durably; a mark never goes down."""
    if not taken:
        return
    path = marks_path()
    with exclusive(path.with_suffix(".lock")):
        marks = read()
        if all(marks.get(key, 0) >= number for key, number in taken.items()):
            return
        for key, number in taken.items():
            marks[key] = max(marks.get(key, 0), number)
        text = json.dumps(marks, indent=1, sort_keys=True) + "\n"
        write_private(path, text.encode("utf-8"))
