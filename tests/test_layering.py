"""The layers as a test: data flows ui -> services -> db, core is used by all and imports none.

Each layer's modules are imported in a fresh Python process whose import system refuses the
packages the layer must not use (a sys.meta_path finder that raises). A module that reaches up
fails with the chain of imports that led there. An import inside a function runs only when
the function is called: every import statement of a layer is also read from its source.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent

# layer -> what it must not import (a name blocks the package and everything under it)
RULES = {
    "desktop.core": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "db",
        "desktop.services",
        "desktop.printing",
        "desktop.ui",
        "desktop.cli",
    ),
    "desktop.services": ("PySide6", "desktop.ui", "desktop.cli"),
    "desktop.printing": (
        "PySide6",
        "sqlalchemy",
        "db",
        "desktop.services",
        "desktop.ui",
        "desktop.cli",
    ),
}

CHILD = """
import importlib, json, sys, traceback

BLOCKED = {blocked}
MODULES = {modules}


class Refuse:
    def find_spec(self, name, path=None, target=None):
        for blocked in BLOCKED:
            if name == blocked or name.startswith(blocked + "."):
                raise ImportError(f"{{name}} is not allowed in this layer")
        return None


sys.meta_path.insert(0, Refuse())
failures = []
for module in MODULES:
    try:
        importlib.import_module(module)
    except Exception as error:
        frames = traceback.extract_tb(error.__traceback__)
        chain = [f.filename for f in frames if "importlib" not in f.filename]
        failures.append({{"module": module, "error": str(error), "chain": chain}})
print(json.dumps(failures))
"""


def modules_of(package: str, root: Path = REPO_ROOT) -> list[str]:
    folder = root.joinpath(*package.split("."))
    names = []
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def import_refusing(
    modules: list[str], blocked: tuple[str, ...], extra_path: Path | None = None
) -> list[dict[str, object]]:
    """Import `modules` in a fresh process that refuses `blocked`; the failures."""
    env = dict(os.environ)
    paths = [str(REPO_ROOT)] + ([str(extra_path)] if extra_path else [])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    script = CHILD.format(blocked=repr(blocked), modules=repr(modules))
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def explain(failures: list[dict[str, object]]) -> str:
    lines = []
    for failure in failures:
        chain = " -> ".join(Path(str(f)).name for f in failure["chain"])  # type: ignore[attr-defined]
        lines.append(f"{failure['module']}: {failure['error']} (via {chain})")
    return "\n".join(lines)


@pytest.mark.parametrize("layer", sorted(RULES))
def test_a_layer_imports_nothing_above_it(layer: str) -> None:
    modules = modules_of(layer)
    assert len(modules) > 3
    failures = import_refusing(modules, RULES[layer])
    assert not failures, f"{layer} reaches up:\n{explain(failures)}"


def imports_reaching_up(source: str, blocked: tuple[str, ...]) -> list[tuple[int, str]]:
    """(line, module) of every import statement in `source`, nested ones too, of a blocked
    package (relative imports stay inside their own package)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [
            (node.lineno, name)
            for name in names
            if any(name == b or name.startswith(b + ".") for b in blocked)
        ]
    return found


@pytest.mark.parametrize("layer", sorted(RULES))
def test_no_import_statement_of_a_layer_reaches_up(layer: str) -> None:
    found = [
        f"{path.relative_to(REPO_ROOT).as_posix()}:{line}: {name}"
        for path in sorted(REPO_ROOT.joinpath(*layer.split(".")).rglob("*.py"))
        for line, name in imports_reaching_up(path.read_text(encoding="utf-8"), RULES[layer])
    ]
    assert not found, f"{layer} reaches up:\n" + "\n".join(found)


def test_the_source_check_sees_an_import_inside_a_function() -> None:
    source = "import json\n\n\ndef later():\n    from desktop.ui import labels\n"
    assert imports_reaching_up(source, RULES["desktop.services"]) == [(5, "desktop.ui")]


def test_the_check_catches_a_module_that_reaches_up(tmp_path: Path) -> None:
    (tmp_path / "reaching_core.py").write_text("import sqlalchemy\n", encoding="utf-8")
    (tmp_path / "innocent_core.py").write_text("import json\n", encoding="utf-8")
    failures = import_refusing(
        ["innocent_core", "reaching_core"], RULES["desktop.core"], extra_path=tmp_path
    )
    assert [f["module"] for f in failures] == ["reaching_core"]
    assert "sqlalchemy is not allowed" in str(failures[0]["error"])
