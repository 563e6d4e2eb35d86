"""Services take the time from their caller: none of them reads the computer's clock."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop.services

CLOCK = {"date.today", "datetime.now", "datetime.utcnow", "time.time", "utc_now", "SystemClock"}


def _called(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


def clock_calls(source: str) -> list[str]:
    return [
        f"{name}() line {node.lineno}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and (name := _called(node.func)) in CLOCK
    ]


def test_the_check_finds_a_clock_call() -> None:
    assert clock_calls("from datetime import date\nday = date.today()\n") == ["date.today() line 2"]
    assert clock_calls("x = utc_now()\n") == ["utc_now() line 1"]


def test_no_service_reads_the_clock() -> None:
    folder = Path(desktop.services.__file__).parent
    found = {
        path.name: calls
        for path in sorted(folder.glob("*.py"))
        if (calls := clock_calls(path.read_text("utf-8")))
    }
    assert found == {}
