"""This office's own setup: its staff and local settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Synced


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
