"""survey at collection, application corrections, report index

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 12:33:52.771083

The quality indicators need two new records: the short survey at collection (one row per
applicant who answered, a nullable yes/no per question: skipped is NULL) and the events after
acceptance that make an application incorrect (indicator 2.2). The report finds each ticket's
first call after its last redirect from two new indexes on queue_events: (action, time) finds
the tickets recalled or redirected in a period, (ticket, action, time) their calls.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.models.base

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "application_corrections",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("reason_kind", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("at", db.models.base.UtcDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office", sa.Integer(), nullable=False),
        sa.Column("created_at", db.models.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", db.models.base.UtcDateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", db.models.base.UtcDateTime(), nullable=True),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("change_db", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_application_corrections_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff.id"],
            name=op.f("fk_application_corrections_recorded_by_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_corrections")),
    )
    with op.batch_alter_table("application_corrections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_corrections_application_id"),
            ["application_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_application_corrections_change_seq"), ["change_seq"], unique=True
        )
        batch_op.create_index(
            batch_op.f("ix_application_corrections_origin_office"), ["origin_office"], unique=False
        )

    op.create_table(
        "survey_answers",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("answered_at", db.models.base.UtcDateTime(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("process", sa.Boolean(), nullable=True),
        sa.Column("information", sa.Boolean(), nullable=True),
        sa.Column("complaint_procedure", sa.Boolean(), nullable=True),
        sa.Column("complaint_terms", sa.Boolean(), nullable=True),
        sa.Column("politeness", sa.Boolean(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office", sa.Integer(), nullable=False),
        sa.Column("created_at", db.models.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", db.models.base.UtcDateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", db.models.base.UtcDateTime(), nullable=True),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("change_db", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_survey_answers_application_id_applications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
    )
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_answers_answered_at"), ["answered_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_survey_answers_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_survey_answers_change_seq"), ["change_seq"], unique=True
        )
        batch_op.create_index(
            batch_op.f("ix_survey_answers_origin_office"), ["origin_office"], unique=False
        )

    with op.batch_alter_table("queue_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_queue_events_ticket_action", ["ticket_id", "action", "at"], unique=False
        )
        batch_op.create_index("ix_queue_events_action_at", ["action", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("queue_events", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_events_action_at")
        batch_op.drop_index("ix_queue_events_ticket_action")

    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_answers_origin_office"))
        batch_op.drop_index(batch_op.f("ix_survey_answers_change_seq"))
        batch_op.drop_index(batch_op.f("ix_survey_answers_application_id"))
        batch_op.drop_index(batch_op.f("ix_survey_answers_answered_at"))

    op.drop_table("survey_answers")
    with op.batch_alter_table("application_corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_corrections_origin_office"))
        batch_op.drop_index(batch_op.f("ix_application_corrections_change_seq"))
        batch_op.drop_index(batch_op.f("ix_application_corrections_application_id"))

    op.drop_table("application_corrections")
