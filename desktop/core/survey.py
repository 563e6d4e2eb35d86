"""The short survey at collection: five yes/no questions, each for one satisfaction indicator.

An applicant may skip any question (or the whole survey); a skipped question is not an answer,
so it counts neither way (desktop.core.indicators.SurveyAnswers).
"""

from __future__ import annotations

# (column of db.models.SurveyAnswer, indicator code), in the order they are asked
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("process", "2.1"),
    ("information", "3.1"),
    ("complaint_procedure", "4.3"),
    ("complaint_terms", "4.4"),
    ("politeness", "5.1"),
)
