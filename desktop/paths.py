"""Where things live: bundled resources (source tree or frozen build) and the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "auyl-desk"
DATA_DIR_ENV = "AUYL_DESK_DATA_DIR"
DB_FILE_NAME = "auyl-desk.sqlite3"
FOLDER_MODE = 0o700  # the data folder and the backups: the OS user's only (POSIX)
# Portable mode, for an office whose clerk cannot install programs: a built program folder
# holding a file named `portable` or a folder named `data` keeps its data in that `data` folder.
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"


def resource_path(*parts: str) -> Path:
    """A file under resources/, in the source tree or inside a PyInstaller bundle."""
    if getattr(sys, "frozen", False):
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    else:
        base = Path(__file__).resolve().parent.parent
    return base.joinpath("resources", *parts)


def portable_data_dir() -> Path | None:
    """The `data` folder beside a built program in portable mode, else None.

    Only a frozen build is portable: the source tree's own folders never switch it on.
    """
    if not getattr(sys, "frozen", False):
        return None
    program = Path(sys.executable).resolve().parent
    data = program / PORTABLE_DATA
    return data if (program / PORTABLE_MARKER).is_file() or data.is_dir() else None


def data_dir() -> Path:
    """The data folder (created on first use, the OS user's only: it holds personal data and
    the office's key): AUYL_DESK_DATA_DIR if set, else the portable `data` folder beside the
    program, else the user's data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    portable = portable_data_dir()
    if override:
        path = Path(override)
    elif portable is not None:
        path = portable
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    make_folder(path)
    return path


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def make_folder(path: Path) -> None:
    """Create `path` (and missing parents) readable by the OS user only; an existing folder is
    restricted too (it holds personal data: the database, its backups, the office's key)."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if os.name == "posix" and path.stat().st_mode & 0o777 != FOLDER_MODE:
        os.chmod(path, FOLDER_MODE)
