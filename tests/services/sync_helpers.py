"""Two village offices and a district, each with its database, enrolled with each other."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Table, func, select

from db import change_counter
from db.engine import Database
from db.models import Base
from desktop.core import roles
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import office_zone
from desktop.services import office, sync_keys
from desktop.services.demo import load_demo
from desktop.services.sync_rows import to_json
from tests.helpers import CLERK

NOW = datetime(2026, 12, 2, 10, 0, tzinfo=office_zone())
DISTRICT_NUMBER = 7
BOOKKEEPING = ("change_seq", "change_db", "row_version", "updated_at")


@dataclass
class Village:
    db: Database
    number: int
    actor: Actor


def make_village(template: Path, folder: Path, number: int, households: int, seed: int) -> Village:
    path = folder / f"village-{number}.sqlite3"
    shutil.copy(template, path)
    db = Database(path)
    change_counter.renew_database_id(db)  # a copy of the template: made its own, as at start
    office.configure(db, number, CLERK, SYSTEM, NOW)
    actor = office.current_actor(db)
    assert actor is not None
    if households:
        load_demo(db, households, actor, date(2026, 12, 1), seed=seed, livestock_rounds=1)
    return Village(db, number, actor)


def enroll(district: Database, village: Village) -> None:
    """Both sides take the other's enrollment file, the fingerprints read aloud as shown."""
    document, spoken = sync_keys.own_enrollment(district, SYSTEM, NOW)
    administrator = replace(village.actor, role=roles.ADMINISTRATOR)  # enrolls the district
    sync_keys.import_enrollment(village.db, document, spoken, administrator, NOW)
    document, spoken = sync_keys.own_enrollment(village.db, village.actor, NOW)
    sync_keys.import_enrollment(district, document, spoken, SYSTEM, NOW)


def make_district(db: Database) -> Database:
    sync_keys.set_district_mode(db, DISTRICT_NUMBER, "Шет ауданы", SYSTEM)
    return db


def later(minutes: int) -> datetime:
    return NOW + timedelta(minutes=minutes)


def synced_content(db: Database, offices: set[int]) -> dict[str, set[str]]:
    """Every synced record of these offices, without the stamps of the database holding it."""
    result: dict[str, set[str]] = {}
    with db.read() as session:
        for table in change_counter.synced_tables():
            if table.name == "office_keys":
                continue
            names = [c.name for c in table.columns if c.name not in BOOKKEEPING]
            query = select(*(table.c[n] for n in names)).where(table.c.origin_office.in_(offices))
            result[table.name] = {
                json.dumps([to_json(v) for v in row], sort_keys=True)
                for row in session.execute(query)
            }
    return result


def row_counts(db: Database) -> dict[str, int]:
    """Rows in every table, and the change counter: what must not move when a package is refused."""
    with db.read() as session:
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
            if isinstance(table, Table)
        }
        counts["change_counter.last_value"] = change_counter.last_value(session)
    return counts
