"""Who changed each version of a conflicting record, and when.

When: the version's own `updated_at` (the moment its last write was made, in the database that
made it). Who: the latest line of the book's history (change_records) about the record written
at that end: the office's lines came with its packages (their origin is the office), the
district's were written here (any other origin). A record without history (a table the book's
writer does not keep history for) has no name to show: `who` is "".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.engine import Database
from db.models import ChangeRecord
from desktop.services.sync_import import Conflict


@dataclass(frozen=True)
class Change:
    who: str  # the actor's name; "" when the record keeps no history
    when: datetime | None  # UTC; None when the version carries no time


@dataclass(frozen=True)
class ConflictChanges:
    district: Change  # the district's version (Conflict.local)
    office: Change  # the office's version (Conflict.incoming)


def _when(version: dict[str, object]) -> datetime | None:
    value = version.get("updated_at")
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def changes(db: Database, conflict: Conflict) -> ConflictChanges:
    """Who changed the two versions of `conflict`, and when."""
    with db.read() as session:
        lines = session.execute(
            select(ChangeRecord.origin_office, ChangeRecord.changed_by)
            .where(ChangeRecord.record_id == conflict.record_id)
            .order_by(ChangeRecord.created_at, ChangeRecord.change_seq)
        ).all()
    district = [name for origin, name in lines if origin != conflict.office]
    office = [name for origin, name in lines if origin == conflict.office]
    return ConflictChanges(
        Change(district[-1] if district else "", _when(conflict.local)),
        Change(office[-1] if office else "", _when(conflict.incoming)),
    )
