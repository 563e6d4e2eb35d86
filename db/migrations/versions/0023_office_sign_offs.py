"""office_report_sign_offs: the offices' sign-offs of their reports, kept at the district

Revision ID: 0023_office_sign_offs
Revises: 0022_report_sign_offs
Create Date: 2026-12-02 21:31:13

Issue 15: an office's package carries its akim's sign-offs (report_sign_offs) in its manifest;
the district keeps them per office (db/models/signoff.py, OfficeReportSignOff), and its report
of an office shows the same sign-off as the office's. Like report_sign_offs, the table only
grows: the database refuses UPDATE and DELETE on it (and TRUNCATE on PostgreSQL) by triggers.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.models.base

revision: str = '0023_office_sign_offs'
down_revision: str | None = '0022_report_sign_offs'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSAL = "office_report_sign_offs keeps every sign-off"


def upgrade() -> None:
    op.create_table('office_report_sign_offs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office', sa.Integer(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('period_kind', sa.String(length=10), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('counted_at', db.models.base.UtcDateTime(), nullable=False),
    sa.Column('signed_at', db.models.base.UtcDateTime(), nullable=False),
    sa.Column('signed_by', sa.String(), nullable=False),
    sa.Column('figures', sa.JSON(), nullable=False),
    sa.Column('figures_sha256', sa.String(length=64), nullable=False),
    sa.Column('received_at', db.models.base.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_report_sign_offs'))
    )
    with op.batch_alter_table('office_report_sign_offs', schema=None) as batch_op:
        batch_op.create_index('ix_office_report_sign_offs_period', ['office', 'first_day', 'last_day'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION office_report_sign_offs_refuse() RETURNS trigger LANGUAGE plpgsql "
            f"AS $$ BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER office_report_sign_offs_no_change BEFORE UPDATE OR DELETE ON "
            "office_report_sign_offs FOR EACH ROW EXECUTE FUNCTION office_report_sign_offs_refuse()"
        )
        op.execute(
            "CREATE TRIGGER office_report_sign_offs_no_truncate BEFORE TRUNCATE ON "
            "office_report_sign_offs FOR EACH STATEMENT "
            "EXECUTE FUNCTION office_report_sign_offs_refuse()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER office_report_sign_offs_no_{action.lower()} BEFORE {action} ON "
                f"office_report_sign_offs BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER office_report_sign_offs_no_truncate ON office_report_sign_offs")
        op.execute("DROP TRIGGER office_report_sign_offs_no_change ON office_report_sign_offs")
        op.execute("DROP FUNCTION office_report_sign_offs_refuse()")
    else:
        op.execute("DROP TRIGGER office_report_sign_offs_no_delete")
        op.execute("DROP TRIGGER office_report_sign_offs_no_update")
    with op.batch_alter_table('office_report_sign_offs', schema=None) as batch_op:
        batch_op.drop_index('ix_office_report_sign_offs_period')
    op.drop_table('office_report_sign_offs')
