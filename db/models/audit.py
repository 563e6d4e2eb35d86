"""The audit trail's table: every change and event of the units of work, append-only, chained.

Written only by db/audit.py, as the last step of each writing transaction; the database itself
refuses UPDATE and DELETE on it (triggers made by migration 0017_audit_log).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class AuditEntry(Base):
    """One line of the audit log.

    `id` is the line's place, 1, 2, 3 ... with no gap (given under the writer lock); `at` the
    moment in UTC; `actor_id`/`actor_name` who. `kind` is "insert", "update", "tombstone",
    "delete" for a row change (then `table_name` and `record_id` name the row, `before`/`after`
    hold the changed columns) or an event's dotted name ("certificate.print"). `prev_hash` is
    the previous line's `hash`; `hash` is SHA-256 over it and this line's fields, where
    `before` and `after` count through their digest `values_sha256`: a person's data purged
    under the personal-data law (`purged`, before and after emptied, the one change the
    database allows) leaves the chain whole.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_kind_id", "kind", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(index=True)
    actor_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    actor_name: Mapped[str]
    kind: Mapped[str] = mapped_column(String(60))
    table_name: Mapped[str] = mapped_column(String(60), default="")
    record_id: Mapped[str] = mapped_column(String(80), default="")
    subject: Mapped[str] = mapped_column(default="")
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    values_sha256: Mapped[str] = mapped_column(String(64))
    purged: Mapped[bool] = mapped_column(default=False)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
