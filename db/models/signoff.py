"""The akim's sign-offs of the indicator report: who signed which period when, and the figures.

Not a synced record: the office's package carries its sign-offs in its manifest, and the district
keeps them per office (OfficeReportSignOff). Rows are only ever added: a later sign-off of
the same period supersedes the earlier one (the highest `number` is in force) and both stay, the
database itself refusing UPDATE and DELETE (triggers made by migration 0022_report_sign_offs).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, new_id


class _SignOff:
    """What a sign-off holds at the office and at the district alike."""

    first_day: Mapped[date]
    last_day: Mapped[date]
    period_kind: Mapped[str] = mapped_column(String(10))
    number: Mapped[int]
    counted_at: Mapped[datetime]
    signed_at: Mapped[datetime]
    signed_by: Mapped[str]
    figures: Mapped[list[Any]] = mapped_column(JSON)
    figures_sha256: Mapped[str] = mapped_column(String(64))


class ReportSignOff(_SignOff, Base):
    """One sign-off of the indicator report of the office's dates `first_day` to `last_day`.

    `number` counts the sign-offs of that period (1, 2 ...); `figures` is the snapshot of the 12
    indicators (desktop.core.report_signoff.figures) as counted at `counted_at`, and
    `figures_sha256` its digest; `signed_at` is when the akim (`signed_by`, as printed, and
    `signed_by_id`) confirmed it.
    """

    __tablename__ = "report_sign_offs"
    __table_args__ = (UniqueConstraint("first_day", "last_day", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    signed_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))


class OfficeReportSignOff(_SignOff, Base):
    """At the district: a sign-off of an office's report, as the office's package brought it.

    The office's own row (ReportSignOff, same `id`) with its `office`; `generation` is the
    place, in the office's line of databases (SyncSource), of the database whose package
    brought it first. The sign-off in force of a period is the latest by (`generation`,
    `number`): after a restore of the office's database, its akim's new sign-off of a period
    supersedes those of the database it continues. Rows are only ever added.
    """

    __tablename__ = "office_report_sign_offs"
    __table_args__ = (
        Index("ix_office_report_sign_offs_period", "office", "first_day", "last_day"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    office: Mapped[int]
    generation: Mapped[int]
    received_at: Mapped[datetime]
