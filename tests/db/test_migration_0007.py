"""Migration 0007 fills the folded search text of the applications already in a database,
and goes back down to 0004 cleanly."""

from __future__ import annotations

import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from db.engine import Database
from db.migrate import alembic_config, upgrade


def test_existing_applications_get_their_folded_search_text(tmp_path: Path) -> None:
    db = Database(tmp_path / "office.sqlite3")
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    key = uuid.uuid4().hex
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO applications (id, origin_office, created_at, updated_at, "
                "row_version, service, applicant_kind, national_number, surname, name, "
                "patronymic, organization, phone, address, language, rule_set, "
                "documents_presented, missing_documents, status, registration_number, "
                "handed_in_at, clerk, issued_by) VALUES (:id, 100, '2026-11-24 05:15:00', "
                "'2026-11-24 05:15:00', 1, 2, 'individual', '800101300016', 'ШАЛҚАРБАЕВ', "
                "'Ерлан', 'Ёлкинұлы', '', '', '', 'kk', 'r', '[]', '[]', 'accepted', "
                "'100-2026-0001', '2026-11-24 05:15:00', 'Clerk', '')"
            ),
            {"id": key},
        )
    upgrade(db)
    with db.engine.connect() as connection:
        found = connection.execute(text("SELECT search_text FROM applications")).scalar_one()
    assert found == "100-2026-0001 800101300016 шалқарбаев ерлан елкинұлы"
    indexes = {index["name"] for index in inspect(db.engine).get_indexes("applications")}
    assert {"ix_applications_list", "ix_applications_status"} <= indexes

    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    columns = {column["name"] for column in inspect(db.engine).get_columns("applications")}
    indexes = {index["name"] for index in inspect(db.engine).get_indexes("applications")}
    assert "search_text" not in columns and "ix_applications_list" not in indexes
    assert "ix_applications_status" in indexes
    db.dispose()
