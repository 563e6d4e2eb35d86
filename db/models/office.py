"""This office's own setup: its staff and local settings."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Synced, new_id, utc_now


class Staff(Synced, Base):
    """A person who works at the counter (the clerk) or signs documents (the akim)."""

    __tablename__ = "staff"

    surname: Mapped[str]
    name: Mapped[str]
    patronymic: Mapped[str] = mapped_column(default="")
    position: Mapped[str]
    phone: Mapped[str] = mapped_column(default="")

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)

    @property
    def short_name(self) -> str:
        """Surname and initials, as printed on talons: "Ахметова Г. С."."""
        initials = " ".join(f"{p[0]}." for p in (self.name, self.patronymic) if p)
        return f"{self.surname} {initials}".strip()


class AppSetting(Base):
    """A local setting of this installation (office number, current clerk, UI language)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Account(Base):
    """How a staff member logs in on this computer: login name, role, password hash.

    Local to this installation (not synced: password hashes never travel in a package). The
    failed-login count and the lock are stored here so that a restart does not clear them.
    """

    __tablename__ = "accounts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), unique=True)
    login: Mapped[str] = mapped_column(String(60), unique=True)  # stored folded to lower case
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    disabled_at: Mapped[datetime | None] = mapped_column(default=None)
    failed_logins: Mapped[int] = mapped_column(default=0)  # within the window that began at:
    first_failed_at: Mapped[datetime | None] = mapped_column(default=None)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
