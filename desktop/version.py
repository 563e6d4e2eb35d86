"""The program's version, as installed (pyproject.toml's `version`, kept in the package
metadata; the frozen build ships that metadata too)."""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "auyl-desk"


@cache
def program_version() -> str:
    """'0.1.0'; '' when the program runs from sources that were never installed."""
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return ""
