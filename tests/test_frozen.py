"""The built program: portable mode (data beside the program folder) and `--smoke`.

scripts/test.sh also builds the program with PyInstaller and runs the built `--smoke`
(scripts/build_smoke.sh); here the same check runs from the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be the built program at tmp_path/auyl-desk/auyl-desk, with no override."""
    program = tmp_path / "auyl-desk"
    program.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "auyl-desk"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return program


def test_a_portable_marker_keeps_the_data_beside_the_program(built: Path) -> None:
    (built / "portable").write_text("")
    assert paths.data_dir() == built / "data"
    assert paths.default_db_path() == built / "data" / paths.DB_FILE_NAME
    assert (built / "data").is_dir()


def test_a_data_folder_beside_the_program_is_portable_too(built: Path) -> None:
    (built / "data").mkdir()
    assert paths.data_dir() == built / "data"


def test_without_a_marker_the_data_is_in_the_users_folder(built: Path, tmp_path: Path) -> None:
    assert paths.portable_data_dir() is None
    assert paths.data_dir().is_relative_to(tmp_path / "home-data")
    assert not (built / "data").exists()


def test_the_data_folder_setting_wins_over_portable_mode(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (built / "portable").write_text("")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "chosen"))
    assert paths.data_dir() == tmp_path / "chosen"


def test_the_source_tree_is_never_portable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "portable").write_text("")
    assert paths.portable_data_dir() is None


def test_smoke_opens_the_window_renders_a_talon_and_exits_0(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "",  # --smoke itself picks offscreen
    }
    env.pop(paths.DATA_DIR_ENV, None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "smoke: ok"
    assert any("main window shown" in line for line in lines)
    assert any("talon rendered" in line for line in lines)
    assert not home.exists()  # nothing written to the user's own data folder
