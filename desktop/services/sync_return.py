"""The district's package back to a village, and the village taking it in.

A return package, signed by the district and encrypted to the office, carries:
- acknowledgments: for each of the office's databases, the counter up to which the district
  holds its changes (the village's next export starts after it);
- the district's list of office keys, revocations included (services/keys.py), taken in the
  same transaction as the rest;
- resolutions: for each conflict settled in favour of the district's version, that version of
  the record, with the office's stamp it overrides;
- reference data: the district's decreed holiday transfers (services/calendar_transfers.py),
  its corrections of the offices', departments' and district akimats' values and the
  reception schedule of the office's district akim (services/reference.py: they stay over a
  reload of the reference files), and every rule version it holds, of which the office keeps
  those it lacks (services/standard.py; in force by effective date, over the program's own
  files at every start), taken in the same transaction; what changed is reported.

Answers are numbered per office (the manifest's "answer"): an answer older than the newest one
the office applied changes nothing (it would put back older reference data) and says so. The
district keeps the last number of each office's answers outside its database too (the number
marks), so a restored district database goes on after the numbers it gave.

The village applies it in one transaction. A resolution is not applied over a record the
village changed again after the version the district saw: that edit travels to the district
with the next export and is weighed there, never silently lost. The same return package twice
changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import change_counter
from db.bulk import update_rows
from db.change_counter import stamp_rows
from db.engine import Database
from db.models import OfficeKey, SyncConflict, SyncPackage, SyncRecord, SyncSource
from desktop.core import certificate
from desktop.core.actor import Actor
from desktop.core.localtime import aware
from desktop.core.rule_versions import VersionKey
from desktop.core.sync import keys as core_keys
from desktop.core.sync.header import Header, Origin, PackageError
from desktop.core.sync.package_file import package_file_name, write_package_file
from desktop.services import (
    calendar_transfers,
    keys,
    number_marks,
    reference,
    settings,
    standard,
    sync_keys,
)
from desktop.services.access import require
from desktop.services.sync_export import ACKNOWLEDGED, acknowledged
from desktop.services.sync_import import ContentError, open_checked, parse_content
from desktop.services.sync_rows import (
    CONTENT_FORMAT,
    CONTENT_VERSION,
    columns_of,
    from_json,
    line,
    tables,
)
from desktop.services.sync_rows import (
    to_json as json_value,
)

ANSWERS_WRITTEN = "sync.answers_written"  # at the district: {office: its last answer's number}
ANSWER_APPLIED = "sync.answer_applied"  # at an office: {district: the newest answer applied}


class ResolveError(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class ReturnApplied:
    duplicate: bool
    acknowledged: int  # the counter acknowledged now (0: none)
    keys_changed: int
    resolutions_applied: int
    resolutions_kept_local: int  # changed here again since: sent back with the next export
    transfers_changed: tuple[date, ...] = ()  # days whose holiday transfer the district changed
    reference_changed: tuple[reference.FlaggedKey, ...] = ()  # values the district corrected
    reception_changed: str = ""  # the district whose akim's reception schedule changed
    rules_added: tuple[VersionKey, ...] = ()  # rule versions the district had and this lacked
    number: int = 0  # the answer's number (0: from a district that did not number them)
    older_than: int = 0  # the number of the newer answer applied before: this one changed nothing


# ---- the district --------------------------------------------------------------------------------


def resolve_conflict(
    db: Database, conflict_id: int, choice: str, actor: Actor, now: datetime
) -> None:
    """Settle a conflict: "incoming" takes the office's version into the district's database,
    "local" keeps the district's, which the next return package carries to the office."""
    require(actor, "sync.import")
    if choice not in ("incoming", "local"):
        raise ValueError("choice is 'incoming' or 'local'")
    with db.write(actor) as work:
        conflict = work.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise ResolveError("no_open_conflict")
        table = tables()[conflict.table_name]
        record = work.get(SyncRecord, (conflict.table_name, conflict.record_id))
        assert record is not None, "a conflict is always about a record taken in"
        if choice == "incoming":
            row = {
                name: from_json(table.c[name], value)
                for name, value in conflict.incoming.items()
                if name not in ("change_seq", "change_db", "row_version")
            }
            database_id = stamp_rows(work, [row])
            update_rows(
                work,
                table,
                [row],
                {"change_db": database_id},
                {"row_version": table.c.row_version + 1},
            )
            record.local_seq = row["change_seq"]
        else:
            current = work.execute(
                select(table.c.change_seq).where(table.c.id == conflict.record_id)
            ).scalar_one()
            record.local_seq = current
        conflict.resolution = choice
        conflict.resolved_at = aware(now)
        conflict.resolved_by = actor.name
        work.note("sync.resolved", f"{conflict.table_name} {conflict.record_id}", choice=choice)


def answer_series(office: int) -> str:
    """The key of the district's answers to `office` among the number marks."""
    return f"answer:{office}"


def _next_answer(db: Database, office: int, actor: Actor) -> int:
    """The number of the district's next answer to `office` (1, 2, 3 ...), taken before its
    content is read: a higher number never carries older data.

    It follows the higher of the database's count and the answers' mark outside the database
    (services/number_marks.py, raised after the commit and before the answer is written), so
    a district database restored from an older backup never numbers an answer again: the
    office would set aside an answer whose number is not newer than the one it applied."""
    key = answer_series(office)
    with db.write(actor) as work:
        written = dict(settings.get_setting(work, ANSWERS_WRITTEN, {}) or {})
        number = max(int(written.get(str(office), 0)), number_marks.read().get(key, 0)) + 1
        written[str(office)] = number
        settings.set_setting(work, ANSWERS_WRITTEN, written)
    number_marks.raise_to({key: number})
    return number


def make_return(db: Database, office: int, folder: Path, actor: Actor, now: datetime) -> Path:
    """Write the return package for `office` into `folder`; its path."""
    require(actor, "sync.import")
    me = sync_keys.side(db)
    if me.role != "district":
        raise sync_keys.SyncKeyError("wrong_role", role=me.role)
    peer = sync_keys.office_peer(db, office)
    pair = sync_keys.own_keys(db, actor, now)
    number = _next_answer(db, office, actor)
    with db.read() as session:
        sources = session.scalars(select(SyncSource).where(SyncSource.office == office)).all()
        acks = {str(s.database_id): s.applied_through for s in sources}
        key_rows = [
            {
                "office_number": k.office_number,
                "key_id": k.key_id,
                "public_key": k.public_key,
                "valid_from": k.valid_from.isoformat(),
                "revoked_at": None if k.revoked_at is None else k.revoked_at.isoformat(),
                "revoke_reason": k.revoke_reason,
            }
            for k in session.scalars(select(OfficeKey).where(OfficeKey.deleted_at.is_(None)))
        ]
        settled = session.scalars(
            select(SyncConflict)
            .where(SyncConflict.office == office, SyncConflict.resolution == "local")
            .order_by(SyncConflict.id)
        ).all()
        resolutions: dict[str, list[list[Any]]] = {}
        resolves: dict[str, int] = {}
        for conflict in settled:
            table = tables()[conflict.table_name]
            row = session.execute(select(table).where(table.c.id == conflict.record_id)).one()
            names = columns_of(table)
            resolutions.setdefault(table.name, []).append(
                [json_value(row._mapping[n]) for n in names]
            )
            resolves[str(conflict.record_id)] = int(conflict.incoming["change_seq"])
        last = change_counter.last_value(session)
        database_id = change_counter.database_id(session)
        transfers = calendar_transfers.district_list(session)
        corrections = reference.district_corrections(session, office)
        reception = reference.office_reception(session, office)
        rules = standard.rule_versions_held(session)
    manifest = {
        "format": CONTENT_FORMAT,
        "version": CONTENT_VERSION,
        "kind": "return",
        "office": me.number,
        "database_id": str(database_id),
        "to_office": office,
        "answer": number,
        "acknowledged": acks,
        "keys": key_rows,
        "resolves": resolves,
        "calendar_transfers": transfers,
        "corrections": corrections,
        "reception": reception,
        "rules": rules,
        "rows": sum(len(r) for r in resolutions.values()),
    }

    def content() -> Any:
        yield line(manifest)
        for name in tables():
            if name in resolutions:
                yield line({"table": name, "columns": columns_of(tables()[name])})
                for values in resolutions[name]:
                    yield line(values)

    origin = Origin(me.number, database_id, 0, last, now)
    # numbered: two answers of the same district counter are two files
    path = folder / f"return-{office:04d}-{number:06d}-{package_file_name(origin)}"
    header = write_package_file(
        path, origin, content(), pair.signing, core_keys.encryption_public_key(peer.encryption_key)
    )
    with db.write(actor) as work:
        known = work.scalar(
            select(SyncPackage).where(
                SyncPackage.direction == "out", SyncPackage.content_hash == header.content_hash
            )
        )
        if known is None:
            work.add(
                SyncPackage(
                    direction="out",
                    kind="return",
                    office=office,
                    database_id=database_id,
                    first_change=0,
                    last_change=last,
                    content_hash=header.content_hash,
                    status="written",
                    file_name=path.name,
                    rows=manifest["rows"],
                    at=aware(now),
                )
            )
        work.note("sync.return", path.name, office=office)
    return path


# ---- the village ---------------------------------------------------------------------------------


def _key_row(item: dict[str, Any]) -> keys.KeyRow:
    """A key of the district's list, its id checked against its public key."""
    try:
        row = keys.KeyRow(
            int(item["office_number"]),
            str(item["key_id"]),
            str(item["public_key"]),
            datetime.fromisoformat(item["valid_from"]),
            None if item["revoked_at"] is None else datetime.fromisoformat(item["revoked_at"]),
            str(item["revoke_reason"]),
        )
        if certificate.key_id(row.public_key) != row.key_id:
            raise ValueError("key id")
    except (KeyError, TypeError, ValueError):
        raise ContentError("bad_manifest", "keys") from None
    return row


def apply_return(db: Database, path: Path, actor: Actor, now: datetime) -> ReturnApplied:
    """Take in the district's return package; PackageError / ContentError when it is refused
    (nothing changes then)."""
    require(actor, "sync.exchange")
    me = sync_keys.side(db)
    if me.role != "office":
        raise sync_keys.SyncKeyError("wrong_role", role=me.role)
    private = sync_keys.own_keys(db, actor, now).encryption
    header, raw = open_checked(path, sync_keys.sender_lookup(db, "district"), private)
    content = parse_content(header, raw, "return")
    manifest = content.manifest
    if manifest.get("to_office") != me.number:
        raise PackageError("wrong_recipient", office=manifest.get("to_office"))
    number = _answer_number(manifest)
    key_rows = [_key_row(k) for k in manifest.get("keys") or []]
    resolves = {uuid.UUID(k): int(v) for k, v in (manifest.get("resolves") or {}).items()}
    applied = kept = 0
    with db.write(actor) as work:
        known = work.scalar(
            select(SyncPackage).where(
                SyncPackage.direction == "in", SyncPackage.content_hash == header.content_hash
            )
        )
        if known is not None:
            return ReturnApplied(True, acknowledged(work).through, 0, 0, 0)
        newest = _newest_answer(work, header.origin.office)
        if number and number <= newest:  # an older answer: its data would put back older data
            work.add(_package_row(header, path, manifest, "older", now))
            work.note("sync.return_older", path.name, answer=number, applied=newest)
            return ReturnApplied(
                False, acknowledged(work).through, 0, 0, 0, number=number, older_than=newest
            )
        if number:
            _take_answer_number(work, header.origin.office, number)
        current_id = change_counter.database_id(work)
        ack = acknowledged(work)
        acks = {uuid.UUID(k): int(v) for k, v in (manifest.get("acknowledged") or {}).items()}
        chosen = current_id if current_id in acks else ack.database_id
        through = ack.through
        if (
            chosen is not None
            and chosen in acks
            and (chosen != ack.database_id or acks[chosen] > ack.through)
        ):
            through = acks[chosen]
            settings.set_setting(
                work, ACKNOWLEDGED, {"database_id": str(chosen), "through": through}
            )
        transfers: list[date] = []
        if "calendar_transfers" in manifest:  # a district of an earlier version sends none
            try:
                transfers = calendar_transfers.take_district_list(
                    work, manifest["calendar_transfers"]
                )
            except (KeyError, TypeError, ValueError):
                raise ContentError("bad_manifest", "calendar_transfers") from None
        try:
            corrected = reference.take_corrections(work, list(manifest.get("corrections", [])))
        except (KeyError, TypeError, ValueError):
            raise ContentError("bad_manifest", "corrections") from None
        reception = ""
        if manifest.get("reception") is not None:  # none from an earlier version
            try:
                reception = reference.take_reception(work, manifest["reception"])
            except (KeyError, TypeError, ValueError):
                raise ContentError("bad_manifest", "reception") from None
        try:
            rules = standard.take_rule_versions(work, manifest.get("rules", []))
        except (KeyError, TypeError, ValueError):
            raise ContentError("bad_manifest", "rules") from None
        for name, rows in content.rows.items():
            table = tables()[name]
            ids = [r["id"] for r in rows]
            here = {
                r.id: r.change_seq
                for r in work.execute(
                    select(table.c.id, table.c.change_seq).where(table.c.id.in_(ids))
                )
            }
            updates = []
            for row in rows:
                if row["origin_office"] != me.number or row["id"] not in resolves:
                    raise ContentError("foreign_rows")
                if here.get(row["id"], 0) > resolves[row["id"]]:
                    kept += 1
                    continue
                update = {
                    k: v
                    for k, v in row.items()
                    if k not in ("change_seq", "change_db", "row_version")
                }
                updates.append(update)
            if updates:
                database_id = stamp_rows(work, updates)
                update_rows(
                    work,
                    table,
                    updates,
                    {"change_db": database_id},
                    {"row_version": table.c.row_version + 1},
                )
                applied += len(updates)
        work.add(_package_row(header, path, manifest, "applied", now))
        changed = keys.take_public_keys(work, key_rows)
        work.note("sync.return_applied", path.name, acknowledged=through)
    if rules:
        standard.use_received_rules(db)  # in force from now on, as after the next start
    return ReturnApplied(
        False,
        through,
        changed,
        applied,
        kept,
        tuple(transfers),
        tuple(corrected),
        reception,
        tuple(rules),
        number,
    )


def _answer_number(manifest: dict[str, Any]) -> int:
    """The answer's number; 0 from a district that did not number its answers."""
    number = manifest.get("answer", 0)
    if not isinstance(number, int) or isinstance(number, bool) or number < 0:
        raise ContentError("bad_manifest", "answer")
    return number


def _newest_answer(session: Session, district: int) -> int:
    """The number of the newest answer of `district` applied here (0: none numbered)."""
    applied = settings.get_setting(session, ANSWER_APPLIED, {}) or {}
    return int(applied.get(str(district), 0))


def _take_answer_number(session: Session, district: int, number: int) -> None:
    applied = dict(settings.get_setting(session, ANSWER_APPLIED, {}) or {})
    applied[str(district)] = number
    settings.set_setting(session, ANSWER_APPLIED, applied)


def _package_row(
    header: Header, path: Path, manifest: dict[str, Any], status: str, now: datetime
) -> SyncPackage:
    return SyncPackage(
        direction="in",
        kind="return",
        office=header.origin.office,
        database_id=header.origin.database_id,
        first_change=header.origin.first_change,
        last_change=header.origin.last_change,
        content_hash=header.content_hash,
        status=status,
        file_name=path.name,
        rows=int(manifest.get("rows") or 0),
        at=aware(now),
    )
