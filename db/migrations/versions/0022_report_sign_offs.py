"""report_sign_offs: the akim's sign-offs of the indicator report

Revision ID: 0022_report_sign_offs
Revises: 0021_audit_in_packages
Create Date: 2026-12-02 18:08:04

Issue 14, "the akim signs off reports": who signed the indicator report of which period, when,
and the snapshot of its 12 indicators with their SHA-256 (db/models/signoff.py). A sign-off is
never changed nor removed: a later one of the same period supersedes it and both stay. The
database refuses UPDATE and DELETE on the table (and TRUNCATE on PostgreSQL) by triggers; a
later migration that rebuilds this table in SQLite's batch mode must make them again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.models.base

revision: str = '0022_report_sign_offs'
down_revision: str | None = '0021_audit_in_packages'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSAL = "report_sign_offs keeps every sign-off"


def upgrade() -> None:
    op.create_table('report_sign_offs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('period_kind', sa.String(length=10), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('counted_at', db.models.base.UtcDateTime(), nullable=False),
    sa.Column('signed_at', db.models.base.UtcDateTime(), nullable=False),
    sa.Column('signed_by', sa.String(), nullable=False),
    sa.Column('signed_by_id', sa.Uuid(), nullable=False),
    sa.Column('figures', sa.JSON(), nullable=False),
    sa.Column('figures_sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['signed_by_id'], ['staff.id'], name=op.f('fk_report_sign_offs_signed_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_sign_offs')),
    sa.UniqueConstraint('first_day', 'last_day', 'number', name=op.f('uq_report_sign_offs_first_day'))
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION report_sign_offs_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER report_sign_offs_no_change BEFORE UPDATE OR DELETE ON "
            "report_sign_offs FOR EACH ROW EXECUTE FUNCTION report_sign_offs_refuse()"
        )
        op.execute(
            "CREATE TRIGGER report_sign_offs_no_truncate BEFORE TRUNCATE ON report_sign_offs "
            "FOR EACH STATEMENT EXECUTE FUNCTION report_sign_offs_refuse()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER report_sign_offs_no_{action.lower()} BEFORE {action} ON "
                f"report_sign_offs BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER report_sign_offs_no_truncate ON report_sign_offs")
        op.execute("DROP TRIGGER report_sign_offs_no_change ON report_sign_offs")
        op.execute("DROP FUNCTION report_sign_offs_refuse()")
    else:
        op.execute("DROP TRIGGER report_sign_offs_no_delete")
        op.execute("DROP TRIGGER report_sign_offs_no_update")
    op.drop_table('report_sign_offs')
