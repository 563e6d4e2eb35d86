import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from db import migrate
from db.engine import Database
from db.migrate import (
    current_revision,
    head_revision,
    include_name,
    is_pending,
    upgrade,
    upgrade_with_backup,
)
from db.models import AppSetting, Base
from desktop.core.actor import SYSTEM


def test_upgrade_from_empty_reaches_head_and_matches_the_models(tmp_path: Path) -> None:
    db = Database(tmp_path / "new.sqlite3")
    assert is_pending(db)
    upgrade(db)
    assert current_revision(db) == head_revision(db)
    assert not is_pending(db)
    assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], "models changed without a migration"
    db.dispose()


def test_a_new_database_is_not_backed_up(tmp_path: Path) -> None:
    db = Database(tmp_path / "new.sqlite3")
    assert upgrade_with_backup(db, tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()
    db.dispose()


NEXT_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{previous}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("probe")
"""


def test_pending_migration_is_preceded_by_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.sqlite3"
    db = Database(path)
    upgrade(db)
    with db.write(SYSTEM) as session:
        session.add(AppSetting(key="office_number", value=7))

    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer)
    previous = head_revision(db)
    (newer / "versions" / "9999_probe.py").write_text(
        NEXT_MIGRATION.replace("{previous}", str(previous)), "utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)

    assert is_pending(db)
    backup = upgrade_with_backup(db, tmp_path / "backups")
    assert backup is not None and backup.parent == tmp_path / "backups"
    assert current_revision(db) == "9999"
    assert "probe" in inspect(db.engine).get_table_names()
    db.dispose()

    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
    assert copy.execute("SELECT value FROM app_settings").fetchone() == (7,)
    assert copy.execute("PRAGMA quick_check").fetchone() == ("ok",)
    copy.close()
