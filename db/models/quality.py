"""What the standard's quality indicators need beyond the daily work: the short survey at
collection (2.1, 3.1, 4.3, 4.4, 5.1) and the events that make an application incorrect (2.2)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Synced


class SurveyAnswer(Synced, Base):
    """One applicant's answers at collection: five yes/no questions, each skippable (None).

    The questions are desktop.core.survey.QUESTIONS, one column each.
    """

    __tablename__ = "survey_answers"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    answered_at: Mapped[datetime] = mapped_column(index=True)
    language: Mapped[str] = mapped_column(String(2))
    process: Mapped[bool | None] = mapped_column(default=None)  # 2.1
    information: Mapped[bool | None] = mapped_column(default=None)  # 3.1
    complaint_procedure: Mapped[bool | None] = mapped_column(default=None)  # 4.3
    complaint_terms: Mapped[bool | None] = mapped_column(default=None)  # 4.4
    politeness: Mapped[bool | None] = mapped_column(default=None)  # 5.1


class ApplicationCorrection(Synced, Base):
    """An event after acceptance that may make an application incorrect (indicator 2.2).

    `kind`: "correction" (the application corrected after acceptance), "reissue" or "cancel"
    (its certificate); `reason_kind`: "clerk_error" (counts against 2.2) or "applicant"
    (the applicant's own request or new facts: does not).
    """

    __tablename__ = "application_corrections"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    reason_kind: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(default="")
    at: Mapped[datetime]
    recorded_by: Mapped[str]
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
