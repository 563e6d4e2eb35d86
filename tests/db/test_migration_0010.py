"""Migration 0010 gives the land plots already in a database the dates they are held: from
their household's opening, not ended; and goes back down to the revision before it cleanly."""

from __future__ import annotations

import uuid
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from db.engine import Database
from db.migrate import alembic_config, upgrade


def test_existing_plots_are_held_from_their_households_opening(tmp_path: Path) -> None:
    db = Database(tmp_path / "office.sqlite3")
    config = alembic_config(db)
    before = ScriptDirectory.from_config(config).get_revision("0010").down_revision
    assert isinstance(before, str)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, before)
    household, plot = uuid.uuid4().hex, uuid.uuid4().hex
    stamp = "'2026-11-24 05:15:00', '2026-11-24 05:15:00', 1, :seq, :db"
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO households (id, origin_office, created_at, updated_at, row_version, "
                "change_seq, change_db, "
                "account_number, book_number, book_page, locality, street, house, apartment, "
                "phone, opened_on, notes, is_demo, close_reason) "
                f"VALUES (:id, 100, {stamp}, '0001', '', '', 'Ботақара', '', '', '', '', "
                "'2011-04-05', '', 0, '')"
            ),
            {"id": household, "seq": 1, "db": uuid.uuid4().hex},
        )
        connection.execute(
            text(
                "INSERT INTO land_plots (id, origin_office, created_at, updated_at, row_version, "
                "change_seq, change_db, "
                "household_id, purpose, area_ha, state_act_number, cadastral_number) VALUES "
                f"(:id, 100, {stamp}, :household, 'house_plot', 0.15, '', '')"
            ),
            {"id": plot, "household": household, "seq": 2, "db": uuid.uuid4().hex},
        )
    upgrade(db)
    with db.engine.connect() as connection:
        found = connection.execute(text("SELECT held_from, held_to FROM land_plots")).one()
    assert tuple(found) == ("2011-04-05", None)

    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, before)
    columns = {column["name"] for column in inspect(db.engine).get_columns("land_plots")}
    assert not {"held_from", "held_to"} & columns
    db.dispose()
