"""Reading the audit trail: verifying its chain, its latest hash, listing and filtering it.

The trail is written by the units of work themselves (db/audit.py); what a service adds is an
event that is not a row change (`note`: a print, a saved PDF). `verify` walks the whole chain
and names the first line altered, removed or put out of order; `latest_hash` is what a sync
package carries so the district can tell later that the log still holds it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import String, Table, cast, func, or_, select
from sqlalchemy.orm import Session

from db.audit import AUDIT_TABLE, GENESIS, chain_hash, latest, values_digest
from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.localtime import aware
from desktop.services.access import require

VERIFY_CHUNK = 5_000
PAGE = 200
_LOG: Table = AUDIT_TABLE

Problem = Literal["altered", "removed", "reordered", "broken", "rewritten"]


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    actor_id: uuid.UUID
    actor_name: str
    kind: str
    table_name: str
    record_id: str
    subject: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Verdict:
    """What `verify` found: `checked` lines; `problem` None when the chain is whole.

    `row_id` names the first bad line: "altered" (its content no longer gives its hash),
    "removed" (lines `row_id` .. `until_id` are missing), "reordered" (line `row_id` follows
    line `follows_id` in the chain, not the line before it), "broken" (line `row_id` does not
    follow the line before it, which was rewritten with a new hash, or lines were removed and
    the later ones renumbered), "rewritten" (line `row_id` is not the one known from
    elsewhere: the chain was made anew from there on). An entry whose values were purged
    (`purged`) is checked by the digest its hash covers.
    """

    checked: int
    problem: Problem | None = None
    row_id: int | None = None
    until_id: int | None = None
    follows_id: int | None = None
    purged: int = 0  # lines checked whose values were purged (personal data, by law)

    @property
    def intact(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class AuditFilter:
    kind: str = ""  # exact; "" for every kind
    since: datetime | None = None  # UTC, inclusive
    until: datetime | None = None  # UTC, exclusive
    who: str = ""  # a staff id, or a part of the name
    text: str = ""  # a part of the subject, table, record or before/after values


def period(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """Office days `first` to `last` (inclusive) as a filter's `since` and `until`."""
    since = aware(datetime.combine(first, time())) if first else None
    until = aware(datetime.combine(last + timedelta(days=1), time())) if last else None
    return since, until


def _lines(session: Session) -> Iterator[Any]:
    after = 0
    while True:
        chunk = session.execute(
            select(_LOG).where(_LOG.c.id > after).order_by(_LOG.c.id).limit(VERIFY_CHUNK)
        ).all()
        if not chunk:
            return
        yield from chunk
        after = chunk[-1].id


def verify(
    db: Database,
    progress: Callable[[int, int], None] | None = None,
    known: tuple[int, str] | None = None,
) -> Verdict:
    """Walk the chain from its first line; stop at the first line that is wrong.

    `progress(checked, total)` is called every VERIFY_CHUNK lines (it may raise to stop).
    `known` is a line's (id, hash) recorded elsewhere (`latest_hash` carried by a sync
    package): the log must still hold it, which also catches its last lines removed
    ("removed") or the log rewritten from some line on ("rewritten").
    """
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(_LOG)) or 0
        prev, expected, checked, purged = GENESIS, 1, 0, 0
        for line in _lines(session):
            if progress is not None and checked % VERIFY_CHUNK == 0:
                progress(checked, total)
            row = line._mapping
            values_kept = (
                line.purged or values_digest(line.before, line.after) == line.values_sha256
            )
            if not values_kept or chain_hash(row["prev_hash"], row) != row["hash"]:
                return Verdict(checked, "altered", line.id, purged=purged)
            if line.prev_hash != prev:
                if line.id != expected:
                    return Verdict(checked, "removed", expected, line.id - 1, purged=purged)
                follows = session.scalar(select(_LOG.c.id).where(_LOG.c.hash == line.prev_hash))
                if follows is not None:
                    return Verdict(checked, "reordered", line.id, None, follows, purged)
                return Verdict(checked, "broken", line.id, purged=purged)
            if line.id != expected:  # the links hold but the numbering jumps: ids rewritten
                return Verdict(checked, "altered", line.id, purged=purged)
            if known is not None and line.id == known[0] and line.hash != known[1]:
                return Verdict(checked, "rewritten", line.id, purged=purged)
            prev, expected, checked = line.hash, line.id + 1, checked + 1
            purged += line.purged
        if known is not None and known[0] >= expected:
            return Verdict(checked, "removed", expected, known[0], purged=purged)
        return Verdict(checked, purged=purged)


def latest_hash(db: Database) -> tuple[int, str]:
    """The last line's id and hash ((0, GENESIS) while the log is empty)."""
    with db.read() as session:
        return latest(session)


def note(db: Database, actor: Actor, kind: str, subject: str = "", **detail: Any) -> None:
    """Record an event that writes nothing else (a document printed or saved)."""
    require(actor, "document.print")
    with db.write(actor) as work:
        work.note(kind, subject, **detail)


def _filtered(query: Any, filters: AuditFilter) -> Any:
    if filters.kind:
        query = query.where(_LOG.c.kind == filters.kind)
    if filters.since is not None:
        query = query.where(_LOG.c.at >= filters.since)
    if filters.until is not None:
        query = query.where(_LOG.c.at < filters.until)
    if filters.who:
        try:
            query = query.where(_LOG.c.actor_id == uuid.UUID(filters.who))
        except ValueError:
            query = query.where(_LOG.c.actor_name.ilike(f"%{_escaped(filters.who)}%", "\\"))
    if filters.text:
        pattern = f"%{_escaped(filters.text)}%"
        query = query.where(
            or_(
                *(
                    column.ilike(pattern, "\\")
                    for column in (
                        _LOG.c.subject,
                        _LOG.c.table_name,
                        _LOG.c.record_id,
                        cast(_LOG.c.before, String),
                        cast(_LOG.c.after, String),
                    )
                )
            )
        )
    return query


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_entries(
    db: Database,
    filters: AuditFilter | None = None,
    before_id: int | None = None,
    limit: int = PAGE,
) -> list[AuditRow]:
    """Lines matching `filters`, newest first, `limit` of them below `before_id` (a page)."""
    query = _filtered(select(_LOG), filters or AuditFilter())
    if before_id is not None:
        query = query.where(_LOG.c.id < before_id)
    query = query.order_by(_LOG.c.id.desc()).limit(limit)
    with db.read() as session:
        return [
            AuditRow(
                r.id,
                r.at,
                r.actor_id,
                r.actor_name,
                r.kind,
                r.table_name,
                r.record_id,
                r.subject,
                r.before,
                r.after,
            )
            for r in session.execute(query)
        ]


def kinds(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(_LOG.c.kind).distinct().order_by(_LOG.c.kind)))


def actors(db: Database) -> list[tuple[uuid.UUID, str]]:
    """Everyone the log names, with the latest name it gives them."""
    query = (
        select(_LOG.c.actor_id, func.max(_LOG.c.actor_name))
        .group_by(_LOG.c.actor_id)
        .order_by(func.max(_LOG.c.actor_name))
    )
    with db.read() as session:
        return [(row[0], row[1]) for row in session.execute(query)]
