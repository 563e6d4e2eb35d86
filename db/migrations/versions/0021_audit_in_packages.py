"""sync_packages: the latest audit entry (number and hash) of the office a package came from

Revision ID: 0021_audit_in_packages
Revises: 0016_accounts
Create Date: 2026-12-02 16:10:00

Issue 14: the latest hash of the audit trail's chain travels in sync packages, so the district
holds, for each office, an entry the office's log must still contain (`audit verify --expect`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0021_audit_in_packages'
down_revision: str | None = '0016_accounts'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_packages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_entry', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_packages', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')
        batch_op.drop_column('audit_entry')
