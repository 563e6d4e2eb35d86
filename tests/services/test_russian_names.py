"""The Russian names of the offices, districts and akimats: loaded, flagged for an
administrator to check, and used on Russian papers (the Kazakh ones keep the seed's names)."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path
from typing import Any

from alembic import command
from pypdf import PdfReader
from sqlalchemy import text

from db.engine import Database
from db.migrate import alembic_config, upgrade
from desktop.core.actor import SYSTEM
from desktop.core.localtime import aware
from desktop.services import applications, certificates, office, queue, reference, settings
from tests.helpers import CLERK, acting_as
from tests.services.test_certificates import (
    TUESDAY,
    _accepted,
    _input,
    by,
    household,
    office45,
    rendered,
)

__all__ = ["household", "office45", "rendered"]  # fixtures shared with the certificate tests

REFERENCE = reference.reference_folder()


def _json(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((REFERENCE / f"{name}.json").read_text("utf-8"))
    return data


def _pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_every_office_and_akimat_has_its_russian_names_flagged_as_derived(db: Database) -> None:
    offices = {item["number"]: item for item in _json("offices")}
    for number in (1, 45, 195):
        found = office.office_by_number(db, number)
        assert found is not None
        item = offices[number]
        assert (found.name_ru, found.full_name_ru, found.akim_position_ru) == (
            item["name_ru"],
            item["full_name_ru"],
            item["akim_position_ru"],
        )
        assert found.name_in("ru") == item["name_ru"] != found.name_in("kk") == item["name"]
    akimat = reference.district_akimat(db, "balkhash")
    assert akimat is not None and akimat.name_in("ru") == "Аппарат акима города Балхаш"

    derived = [f for f in reference.flagged_values(db) if f.reason == "derived_ru"]
    fields = {(f.entity, f.field) for f in derived}
    assert fields == {
        ("district", "name_ru"),
        ("office", "name_ru"),
        ("office", "full_name_ru"),
        ("office", "akim_position_ru"),
        ("district_akimat", "name_ru"),
    }
    assert len(derived) == 18 + 3 * 195 + 18
    assert all(f.is_correctable for f in derived)
    derived_after = [f.reason == "derived_ru" for f in reference.flagged_values(db)]
    assert derived_after == sorted(derived_after) and not derived_after[0]  # the seed's first
    # a derived Russian name alone does not make an office look wrong in the setup list
    [gulshat] = reference.find_offices(db, "Гүлшат")
    assert not gulshat.doubtful
    assert (gulshat.name_in("ru"), gulshat.district_ru) == (
        "Аппарат акима посёлка Гулшат",
        "город Балхаш",
    )
    assert reference.find_offices(db, "посёлка Гулшат") == [gulshat]  # found by either name


def test_a_corrected_russian_name_is_used_and_survives_a_reload(db: Database) -> None:
    office.configure(db, 45, CLERK, SYSTEM, aware(TUESDAY))
    reference.correct_value(
        db,
        "office",
        "45",
        "name_ru",
        "Аппарат акима села Проверено",
        acting_as(by(db), "administrator"),
    )
    with db.write(SYSTEM) as session:
        session.execute(text("DELETE FROM reference_files"))  # the files changed: reload
    assert reference.load_reference(db, SYSTEM) is True
    place = office.workplace(db)
    assert place is not None and place.office.name_in("ru") == "Аппарат акима села Проверено"
    [listed] = [
        f for f in reference.flagged_values(db) if (f.record_key, f.field) == ("45", "name_ru")
    ]
    assert listed.is_corrected and listed.current_value == "Аппарат акима села Проверено"


def test_papers_carry_the_office_name_in_their_own_language(office45: Database) -> None:
    db = office45
    place = office.workplace(db)
    assert place is not None
    kk, ru = place.office.name, place.office.name_ru
    assert ru and ru != kk

    for language, name in (("kk", kk), ("ru", ru)):
        accepted = _accepted(db, language=language)
        assert applications.talon_data(db, accepted).office_name == name
        refused = applications.submit(
            db, _input(language=language, documents_presented=()), TUESDAY, by(db)
        )
        assert applications.refusal_data(db, refused.id).office_name == name
        issued = queue.issue_ticket(db, "hand_in_1", language, aware(TUESDAY), by(db))
        ticket = queue.ticket_document(db, issued, language)
        assert " ".join(name.split()) in _pdf_text(ticket.pdf())


def test_a_russian_certificate_names_the_office_and_the_akim_in_russian(
    office45: Database, household: uuid.UUID, rendered: list[tuple[dict[str, Any], str, bool]]
) -> None:
    db = office45
    place = office.workplace(db)
    assert place is not None
    day = TUESDAY.date()
    kk = certificates.prepare(db, _accepted(db), day, by(db), TUESDAY)
    ru = certificates.prepare(db, _accepted(db, language="ru"), day, by(db), TUESDAY)
    assert kk.content["office"]["name"] == place.office.name
    assert kk.content["akim"] == {"name": "Жұмабеков Б. Т.", "position": "Ауыл әкімі"}
    assert ru.content["office"]["name"] == place.office.name_ru
    # no Russian position set: the one derived from the office's name
    assert ru.content["akim"]["position"] == place.office.akim_position_ru

    settings.save_akim(
        db, "Жумабеков Б. Т.", "Ауыл әкімі", acting_as(by(db), "administrator"), "Аким села"
    )
    again = certificates.prepare(db, _accepted(db, language="ru"), day, by(db), TUESDAY)
    assert again.content["akim"] == {"name": "Жумабеков Б. Т.", "position": "Аким села"}


def test_migration_0011_adds_the_columns_and_has_the_files_loaded_again(tmp_path: Path) -> None:
    db = Database(tmp_path / "office.sqlite3")
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    with db.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO reference_files VALUES ('offices', 'x', '2026-01-01')")
        )
    upgrade(db)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM reference_files")).scalar() == 0
    assert reference.load_reference(db, SYSTEM) is True
    found = office.office_by_number(db, 1)
    assert found is not None and found.name_ru == "Аппарат акима посёлка Гулшат"
    db.dispose()
