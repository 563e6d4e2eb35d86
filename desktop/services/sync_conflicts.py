"""Who changed each version of a conflicting record, and when.

The office's version: when is its own `updated_at` (the moment of its last write at the office);
who is the latest line of the book's history (change_records) about the record that came with
the office's packages (a line the district took in: it has a SyncRecord). A record without such
history (a table the book's writer keeps no history for) has no name to show: `who` is "".

The district's version: who and when are those of the latest write of that record made here
by a person, as the district's audit log holds it (a record written row by row: insert, update
or tombstone; a package's records are taken in by bulk statements, which name no record, so an
import never passes for the district's edit), else the latest history line written here (one
not taken in); when is the version's own `updated_at` (the audit entry's moment without one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import AuditEntry, ChangeRecord, SyncRecord
from desktop.core.actor import SYSTEM
from desktop.services.sync_import import Conflict

ROW_WRITES = ("insert", "update", "tombstone")


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


def _district_edit(session: Session, conflict: Conflict) -> Change | None:
    """The latest write of the record by a person here, from the audit log."""
    entry = session.execute(
        select(AuditEntry.actor_name, AuditEntry.at)
        .where(
            AuditEntry.table_name == conflict.table_name,
            AuditEntry.record_id == str(conflict.record_id),
            AuditEntry.kind.in_(ROW_WRITES),
            AuditEntry.actor_id != SYSTEM.staff_id,  # the program's own writes name no one
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return None if entry is None else Change(entry.actor_name, entry.at)


def changes(db: Database, conflict: Conflict) -> ConflictChanges:
    """Who changed the two versions of `conflict`, and when."""
    with db.read() as session:
        lines = session.execute(
            select(ChangeRecord.changed_by, SyncRecord.record_id.is_not(None).label("taken"))
            .outerjoin(
                SyncRecord,
                (SyncRecord.table_name == ChangeRecord.__tablename__)
                & (SyncRecord.record_id == ChangeRecord.id),
            )
            .where(ChangeRecord.record_id == conflict.record_id)
            .order_by(ChangeRecord.created_at, ChangeRecord.change_seq)
        ).all()
        district = _district_edit(session, conflict)
    office = [line.changed_by for line in lines if line.taken]
    if district is None:
        here = [line.changed_by for line in lines if not line.taken]
        district = Change(here[-1] if here else "", None)
    return ConflictChanges(
        Change(district.who, _when(conflict.local) or district.when),
        Change(office[-1] if office else "", _when(conflict.incoming)),
    )
