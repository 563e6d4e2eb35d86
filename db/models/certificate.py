"""Certificates issued from the household book, and the office keys that sign them."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Synced


class Certificate(Synced, Base):
    """A certificate (kind 1: subsidiary household farm; kind 2: livestock head count).

    `content` is the snapshot printed (so a reprint is identical), `content_hash` its SHA-256
    over the canonical JSON, `signature` the office's Ed25519 signature of the QR payload.
    The number is allocated per office and year in the transaction that stores the record.
    """

    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("origin_office", "year", "seq"),)

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    kind: Mapped[int]
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(30), unique=True)
    issued_on: Mapped[date]
    as_of: Mapped[date]
    language: Mapped[str] = mapped_column(String(2))
    content: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    signature: Mapped[str] = mapped_column(Text)
    prepared_by: Mapped[str]
    prepared_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))


class OfficeKey(Synced, Base):
    """An office's Ed25519 public key (the district holds the list of all of them).

    The private key of this office lives in a file in the user's data folder, never here.
    """

    __tablename__ = "office_keys"

    office_number: Mapped[int] = mapped_column(index=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    public_key: Mapped[str] = mapped_column(Text)  # base64 of the 32 raw bytes
    valid_from: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    revoke_reason: Mapped[str] = mapped_column(default="")
