"""Reference data loaded from resources/reference (built from the seed's appendices)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Synced, utc_now


class District(Base):
    """A city or district of the oblast (Appendix 1 order)."""

    __tablename__ = "districts"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    order: Mapped[int]
    name_kk: Mapped[str]
    name_ru: Mapped[str]  # derived by rule (desktop.core.seed.names_ru), flagged to check
    flags: Mapped[list[Any]] = mapped_column(default=list)


class Department(Base):
    """Appendix 1: a city/district agriculture department."""

    __tablename__ = "departments"

    order: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    district: Mapped[str] = mapped_column(ForeignKey("districts.code"))
    name: Mapped[str]
    postal_code: Mapped[str]
    address: Mapped[str]
    phones: Mapped[list[Any]]
    fax: Mapped[list[Any]]
    web: Mapped[list[Any]]
    email: Mapped[list[Any]]
    source: Mapped[str]
    flags: Mapped[list[Any]]


class AkimOffice(Base):
    """Appendix 2: the akim office of a settlement, village or rural okrug (numbered 1-195)."""

    __tablename__ = "akim_offices"

    number: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str]
    full_name: Mapped[str]
    # The Russian forms, derived by rule (desktop.core.seed.names_ru) and flagged to check.
    name_ru: Mapped[str] = mapped_column(default="")
    full_name_ru: Mapped[str] = mapped_column(default="")
    akim_position_ru: Mapped[str] = mapped_column(default="")
    kind: Mapped[str] = mapped_column(String(20))
    locality: Mapped[str]
    postal_code: Mapped[str]
    address: Mapped[str]
    district: Mapped[str] = mapped_column(ForeignKey("districts.code"), index=True)
    district_source: Mapped[str] = mapped_column(String(20))
    phones: Mapped[list[Any]]
    fax: Mapped[list[Any]]
    source: Mapped[str]
    flags: Mapped[list[Any]]


class DistrictAkimat(Base):
    """Appendix 4: a city/district akim's office, addressee of complaints."""

    __tablename__ = "district_akimats"

    district: Mapped[str] = mapped_column(ForeignKey("districts.code"), primary_key=True)
    name: Mapped[str]
    name_ru: Mapped[str] = mapped_column(default="")  # derived by rule, flagged to check
    postal_code: Mapped[str]
    address: Mapped[str]
    phones: Mapped[list[Any]]
    fax: Mapped[list[Any]]
    web: Mapped[list[Any]]
    email: Mapped[list[Any]]
    source: Mapped[str]
    flags: Mapped[list[Any]]
    reception: Mapped[list[ReceptionSlot]] = relationship(
        order_by="ReceptionSlot.position", cascade="all, delete-orphan"
    )


class ReceptionSlot(Base):
    """One structured line of a reception schedule (akim or deputy, recurrence, time)."""

    __tablename__ = "reception_slots"

    id: Mapped[int] = mapped_column(primary_key=True)
    district: Mapped[str] = mapped_column(ForeignKey("district_akimats.district"), index=True)
    position: Mapped[int]
    who: Mapped[str] = mapped_column(String(10))
    deputy_no: Mapped[int | None]
    plural: Mapped[bool] = mapped_column(default=False)
    recurrence: Mapped[str] = mapped_column(String(20))
    weekday: Mapped[int | None]
    nth: Mapped[list[Any]]
    time_from: Mapped[str | None] = mapped_column(String(5))
    time_to: Mapped[str | None] = mapped_column(String(5))
    source: Mapped[str]


class QualityIndicator(Base):
    """Appendix 3: a quality and accessibility indicator with its normative value."""

    __tablename__ = "quality_indicators"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    group: Mapped[int]
    group_kk: Mapped[str]
    group_ru: Mapped[str]
    text_kk: Mapped[str]
    text_ru: Mapped[str]
    norm: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    norm_source: Mapped[str]


class ReferenceFile(Base):
    """Which version (hash) of each reference file is loaded, so changed files reload."""

    __tablename__ = "reference_files"

    name: Mapped[str] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(default=utc_now)


class FieldCorrection(Synced, Base):
    """An administrator's correction of a flagged reference value: who, when, from what to what.

    The newest live correction of a field wins and is re-applied whenever reference data reloads.
    """

    __tablename__ = "field_corrections"

    entity: Mapped[str] = mapped_column(String(30))
    record_key: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(30))
    source_value: Mapped[Any] = mapped_column(JSON)
    corrected_value: Mapped[Any] = mapped_column(JSON)
    corrected_by: Mapped[str]
    corrected_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(default="")
