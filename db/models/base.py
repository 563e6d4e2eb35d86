"""Declarative base, column types and the mixin for records that travel to the district."""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> uuid.UUID:
    """A new record id: a version 7 UUID, the time in milliseconds then 74 random bits.

    Ids made one after another sort together, so new rows go to the end of the primary-key
    and foreign-key indexes instead of to random pages: bulk loads stay fast as the book grows.
    The time in an id is never read (what changed since when is db/change_counter.py's).
    """
    milliseconds = time.time_ns() // 1_000_000
    random = int.from_bytes(os.urandom(10), "big")
    high = (milliseconds << 16) | 0x7000 | (random >> 68)  # 48 bits of time, version, 12 random
    low = (0b10 << 62) | (random & ((1 << 62) - 1))  # the variant, 62 random bits
    return uuid.UUID(int=(high << 64) | low)


class UtcDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC (SQLite keeps no zone), always handed out as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads this class attribute)
        datetime: UtcDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Synced:
    """A record that travels between offices: UUID key, origin, timestamps, version, tombstone.

    `row_version` is SQLAlchemy's version counter: every UPDATE increments it and fails if
    someone else changed the row meanwhile. Rows are never deleted; `deleted_at` marks them.
    `change_seq` and `change_db` stamp the row's latest insert, update or tombstone with the
    database's change counter and its id, in the writing transaction (db/change_counter.py):
    "everything changed since N" is `change_seq > N`, on an index of its own in every table.
    """

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    origin_office: Mapped[int] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    row_version: Mapped[int] = mapped_column(nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    change_seq: Mapped[int] = mapped_column(index=True, unique=True)
    change_db: Mapped[uuid.UUID] = mapped_column(Uuid)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.row_version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None
