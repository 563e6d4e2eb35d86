"""Write a new Alembic migration from the difference between db/models and the migrations.

    .venv/bin/python scripts/new_migration.py "what changed"

Review the generated file under db/migrations/versions before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from db.engine import Database
from db.migrate import alembic_config, upgrade


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "scratch.sqlite3")
        upgrade(db)
        command.revision(alembic_config(db), message=sys.argv[1], autogenerate=True)
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
