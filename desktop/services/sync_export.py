"""The village's package for the district: every change since what the district acknowledged.

An export carries each synced record of this office whose stamp (db/change_counter.py) is
above the acknowledged counter, as of its latest change, tombstones included; `full` carries
every record. The district's acknowledgment (the return package, services/sync_return.py) is
kept as the setting `sync.acknowledged` ({"database_id", "through"}); until one arrives, every
export starts from the beginning. Exporting twice without an acknowledgment gives a second
package that overlaps the first: the district takes whichever it gets, in any order, and ends
with the same records (services/sync_import.py).

The manifest (the content's first line, encrypted like the rest) names the base the package
continues from: the acknowledged database id and counter. After a restore the database has a
new id and its counter may go back, but its base still names the id the district knows.

The manifest also carries the office's report settings (3.3 and the targets) and the akim's
sign-offs. A change of them takes a stamp of the counter (settings.count_manifest_change): an
export makes a package for it when no record changed, and the district dates it by the
package's last change.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import audit as db_audit
from db import change_counter
from db.engine import Database
from db.models import SyncPackage
from desktop.core.actor import Actor
from desktop.core.localtime import aware
from desktop.core.sync import keys as core_keys
from desktop.core.sync.header import Origin
from desktop.core.sync.package_file import package_file_name, write_package_file
from desktop.services import report_signoffs, reports, settings, sync_keys
from desktop.services.access import require
from desktop.services.sync_rows import (
    CONTENT_FORMAT,
    CONTENT_VERSION,
    columns_of,
    line,
    row_text,
    tables,
)

ACKNOWLEDGED = "sync.acknowledged"  # {"database_id": "<uuid>", "through": n}
_BATCH = 2000

Progress = Callable[[int, int], None]


class NothingToExport(Exception):
    """Nothing changed since the acknowledged counter: no record, nor a setting the manifest
    carries (settings.count_manifest_change); a full export is still possible."""


@dataclass(frozen=True)
class Acknowledged:
    database_id: uuid.UUID | None
    through: int


@dataclass(frozen=True)
class Exported:
    path: Path
    first_change: int
    last_change: int
    rows: int
    size: int
    full: bool


@dataclass(frozen=True)
class Status:
    office: int
    database_id: uuid.UUID
    counter: int
    acknowledged: Acknowledged
    pending: int  # records changed since the acknowledged counter
    last_export: datetime | None
    last_export_file: str
    last_return: datetime | None
    # 3.3, the targets or the akim's sign-offs changed since the acknowledged counter
    manifest_pending: bool = False


def acknowledged(session: Session) -> Acknowledged:
    value = settings.get_setting(session, ACKNOWLEDGED)
    if not isinstance(value, dict):
        return Acknowledged(None, 0)
    return Acknowledged(uuid.UUID(value["database_id"]), int(value["through"]))


def _own_changes(session: Session, office: int, after: int) -> Any:
    """(table, its rows above `after` of this office in stamp order, each as the JSON text of
    its values) for each table."""
    dialect = session.get_bind().dialect.name
    for table in tables().values():
        query = (
            select(row_text(table, dialect))
            .where(table.c.change_seq > after, table.c.origin_office == office)
            .order_by(table.c.change_seq)
        )
        yield table, session.scalars(query.execution_options(yield_per=_BATCH))


def _count(session: Session, office: int, after: int) -> int:
    return sum(
        session.scalar(
            select(func.count())
            .select_from(table)
            .where(table.c.change_seq > after, table.c.origin_office == office)
        )
        or 0
        for table in tables().values()
    )


def status(db: Database) -> Status:
    me = sync_keys.side(db)
    with db.read() as session:
        ack = acknowledged(session)
        last_out = session.scalar(
            select(SyncPackage)
            .where(SyncPackage.direction == "out")
            .order_by(SyncPackage.id.desc())
            .limit(1)
        )
        last_in = session.scalar(
            select(func.max(SyncPackage.at)).where(
                SyncPackage.direction == "in", SyncPackage.kind == "return"
            )
        )
        return Status(
            me.number,
            change_counter.database_id(session),
            change_counter.last_value(session),
            ack,
            _count(session, me.number, ack.through),
            None if last_out is None else last_out.at,
            "" if last_out is None else last_out.file_name,
            last_in,
            settings.manifest_changed(session) > ack.through,
        )


def export_package(
    db: Database,
    folder: Path,
    actor: Actor,
    now: datetime,
    *,
    full: bool = False,
    progress: Progress | None = None,
) -> Exported:
    """Write this office's package into `folder` (a stick, or any folder) and note it.

    NothingToExport when nothing changed since the acknowledged counter (not for `full`);
    SyncKeyError when the district is not enrolled; PackageError when the stick fails
    (nothing is left that could pass for a package). An exception raised by `progress`
    (Cancel) stops the export the same way.
    """
    require(actor, "sync.exchange")
    me = sync_keys.side(db)
    if me.role != "office":
        raise sync_keys.SyncKeyError("wrong_role", role=me.role)
    district = sync_keys.district_peer(db)
    pair = sync_keys.own_keys(db, actor, now)
    report = progress or (lambda _done, _total: None)
    with db.read() as session:
        ack = acknowledged(session)
        base = 0 if full else ack.through
        last = change_counter.last_value(session)
        database_id = change_counter.database_id(session)
        audit_entry, audit_hash = db_audit.latest(session)
        total = _count(session, me.number, base)
        if total == 0 and settings.manifest_changed(session) <= base and not full:
            raise NothingToExport
        origin = Origin(me.number, database_id, base + 1 if base < last else last, last, now)
        manifest = {
            "format": CONTENT_FORMAT,
            "version": CONTENT_VERSION,
            "kind": "changes",
            "office": me.number,
            "database_id": str(database_id),
            "base_database_id": None if ack.database_id is None else str(ack.database_id),
            "base_change": ack.through,
            "full": full,
            "rows": total,
            "audit": [audit_entry, audit_hash],  # the office's audit log must still hold it
            "indicator_inputs": reports.office_inputs(session),  # 3.3 and the targets
            "sign_offs": report_signoffs.travelling(session),  # every one: few, never changed
        }

        def content() -> Iterator[bytes]:
            yield line(manifest)
            done = 0
            report(0, total)
            for table, rows in _own_changes(session, me.number, base):
                names = columns_of(table)
                started = False
                for batch in rows.partitions():
                    if not started:
                        yield line({"table": table.name, "columns": names})
                        started = True
                    yield "\n".join(batch).encode("utf-8") + b"\n"
                    done += len(batch)
                    report(done, total)
            report(done, total)

        path = folder / package_file_name(origin)
        header = write_package_file(
            path,
            origin,
            content(),
            pair.signing,
            core_keys.encryption_public_key(district.encryption_key),
        )
    size = path.stat().st_size
    with db.write(actor) as work:
        work.add(
            SyncPackage(
                direction="out",
                kind="changes",
                office=me.number,
                database_id=database_id,
                first_change=origin.first_change,
                last_change=origin.last_change,
                base_database_id=ack.database_id,
                base_change=ack.through,
                full=full,
                content_hash=header.content_hash,
                status="written",
                file_name=path.name,
                rows=total,
                at=aware(now),
                audit_entry=audit_entry,
                audit_hash=audit_hash,
            )
        )
        work.note("sync.export", path.name, rows=total, full=full)
    return Exported(path, origin.first_change, origin.last_change, total, size, full)
