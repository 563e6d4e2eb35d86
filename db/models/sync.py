"""What the USB exchange with the district keeps: the other side's keys, the packages sent and
received, and (at the district) which version of each office's record it holds.

None of these tables travels: each is this database's own memory of the exchange.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class SyncPeer(Base):
    """The other side's public keys, from an enrollment file whose fingerprint was compared
    aloud: the district's (in a village), or a village office's (at the district)."""

    __tablename__ = "sync_peers"

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(10))  # "office" or "district"
    number: Mapped[int]
    name: Mapped[str]
    signing_key_id: Mapped[str] = mapped_column(String(16), unique=True)
    signing_key: Mapped[str] = mapped_column(Text)  # base64 of the 32 raw bytes
    encryption_key_id: Mapped[str] = mapped_column(String(16))
    encryption_key: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(40))
    enrolled_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    revoke_reason: Mapped[str] = mapped_column(default="")


class SyncPackage(Base):
    """A package written ("out") or received ("in"), by its content hash.

    `base_database_id`/`base_change` name what the package continues from (the sender's state
    the district had acknowledged; none for a first export). A received package that waits for
    its predecessor is `held`, with its checked content kept in `held_content` (zlib) until
    the gap closes.
    """

    __tablename__ = "sync_packages"
    __table_args__ = (
        Index("ix_sync_packages_direction_hash", "direction", "content_hash", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # "out" or "in"
    kind: Mapped[str] = mapped_column(String(10))  # "changes" or "return"
    office: Mapped[int] = mapped_column(index=True)
    database_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    first_change: Mapped[int]
    last_change: Mapped[int]
    base_database_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    base_change: Mapped[int] = mapped_column(default=0)
    full: Mapped[bool] = mapped_column(default=False)
    content_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))  # written, applied, held, superseded
    file_name: Mapped[str] = mapped_column(default="")
    rows: Mapped[int] = mapped_column(default=0)
    at: Mapped[datetime]
    held_content: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # The sender's latest audit entry when the package was written (its number and chain hash):
    # the office's log must still hold it (desktop.services.audit.verify, `known`).
    audit_entry: Mapped[int | None] = mapped_column(default=None)
    audit_hash: Mapped[str | None] = mapped_column(String(64), default=None)


class SyncSource(Base):
    """At the district: one database of one office, how far its changes are applied, and its
    place in the office's line of databases (a restored database gets a new id, one
    generation after the database it continues)."""

    __tablename__ = "sync_sources"

    database_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    office: Mapped[int] = mapped_column(index=True)
    generation: Mapped[int]
    applied_through: Mapped[int]
    last_package_at: Mapped[datetime]


class SyncRecord(Base):
    """At the district: the office's version of one record last taken in (its database's
    generation and stamp), and the district's own stamp of the row after taking it in: a row
    whose stamp moved since was changed here. Contents are compared as they stand (the row
    here against the one that came, sync_rows.content_hash), so no hash is kept."""

    __tablename__ = "sync_records"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    office: Mapped[int]
    generation: Mapped[int]
    source_seq: Mapped[int]
    local_seq: Mapped[int]


class SyncConflict(Base):
    """A record changed at both ends since the last exchange: both versions side by side,
    until a person chooses one. The choice of the district's version travels back."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    office: Mapped[int] = mapped_column(index=True)
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON)
    local: Mapped[dict[str, Any]] = mapped_column(JSON)
    detected_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str] = mapped_column(String(10), default="")  # "incoming" or "local"
    resolved_by: Mapped[str] = mapped_column(default="")
