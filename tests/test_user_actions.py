"""The house rule "every action a user starts ends in its result or a message", as a test.

Every slot the user can start (a button's clicked, a menu's or shortcut's triggered/activated,
a double click, Enter in a field, a dialog's OK, a QShortcut) must be wrapped by
`desktop.ui.errors.user_action`, the one place that turns an exception into a message box:
connected directly, or called by the lambda that is connected. Anything else is a Qt slot of
the widget itself (close, reject), which cannot fail. The sources are read, not run, so a new
button connected to a bare method fails here before a clerk meets its silence.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "desktop" / "ui"

# Signals a user starts by hand.
USER_SIGNALS = {
    "clicked",
    "triggered",
    "activated",
    "doubleClicked",
    "cellDoubleClicked",
    "returnPressed",
    "accepted",
}
# Qt's own slots of a widget: they do not reach our code, so they cannot fail in it.
QT_SLOTS = {"close", "accept", "reject", "hide", "show", "setFocus", "clear", "selectAll"}
WRAPPER = "user_action"


@dataclass(frozen=True)
class Connection:
    where: str  # module:line
    signal: str
    target: ast.expr


Methods = dict[str, list[ast.FunctionDef]]


def _methods_of(tree: ast.AST) -> Methods:
    """The methods of a module's classes by name (a name may be defined in several classes)."""
    found: Methods = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    found.setdefault(item.name, []).append(item)
    return found


def _methods() -> dict[str, Methods]:
    """Per module of desktop/ui, and under "" for all of them (methods a base class defines)."""
    found: dict[str, Methods] = {"": {}}
    for path in UI.rglob("*.py"):
        module = path.relative_to(UI.parents[1]).as_posix()
        found[module] = _methods_of(ast.parse(path.read_text(encoding="utf-8")))
        for name, methods in found[module].items():
            found[""].setdefault(name, []).extend(methods)
    return found


def _connections() -> list[Connection]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        module = path.relative_to(UI.parents[1]).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            if (
                isinstance(function, ast.Attribute)
                and function.attr == "connect"
                and isinstance(function.value, ast.Attribute)
                and function.value.attr in USER_SIGNALS
                and node.args
            ):
                found.append(
                    Connection(f"{module}:{node.lineno}", function.value.attr, node.args[0])
                )
            if isinstance(function, ast.Name) and function.id == "QShortcut" and len(node.args) > 2:
                found.append(Connection(f"{module}:{node.lineno}", "QShortcut", node.args[2]))
    return found


def _wrapped(method: ast.FunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id == WRAPPER for d in method.decorator_list)


def _called_name(target: ast.expr) -> str | None:
    """The method a target reaches: `self.save`, `lambda: self.act(x)`, `self.form.clear`."""
    if isinstance(target, ast.Lambda):
        target = target.body
        if not isinstance(target, ast.Call):
            return None
        target = target.func
    return target.attr if isinstance(target, ast.Attribute) else None


def _problem(connection: Connection, methods: dict[str, Methods]) -> str | None:
    name = _called_name(connection.target)
    if name is None:
        return f"{connection.where}: {connection.signal} is connected to something not a method"
    module = connection.where.split(":")[0]
    defined = methods.get(module, {}).get(name) or methods[""].get(name)
    if defined is None:
        return None if name in QT_SLOTS else f"{connection.where}: {name} is not known"
    if not all(_wrapped(method) for method in defined):
        return f"{connection.where}: {connection.signal} -> {name} is not wrapped by @{WRAPPER}"
    return None


def test_every_slot_a_user_starts_is_wrapped() -> None:
    methods = _methods()
    connections = _connections()
    assert len(connections) > 50  # the sources were read
    problems = [p for c in connections if (p := _problem(c, methods)) is not None]
    assert problems == []


def test_the_rule_catches_a_bare_slot() -> None:
    source = """
class Panel:
    def __init__(self):
        self.button.clicked.connect(self.go)
        self.menu_action.triggered.connect(lambda: self.later(1))
        self.ok.clicked.connect(self.close)

    def go(self):
        pass

    @user_action
    def later(self, value):
        pass
"""
    tree = ast.parse(source)
    methods = {"panel.py": _methods_of(tree), "": {}}
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.args]
    connections = [
        Connection(f"panel.py:{c.lineno}", c.func.value.attr, c.args[0])  # type: ignore[attr-defined]
        for c in calls
        if isinstance(c.func, ast.Attribute) and c.func.attr == "connect"
    ]
    problems = [_problem(c, methods) for c in connections]
    assert problems == ["panel.py:4: clicked -> go is not wrapped by @user_action", None, None]
