"""accounts: login name, role and password hash of each staff member on this computer

Revision ID: 0016_accounts
Revises: 0020_sync
Create Date: 2026-12-02 14:30:00

Local to the installation (not a synced table): the failed-login count and the lock live
here so that they survive a restart.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.models.base

revision: str = '0016_accounts'
down_revision: str | None = '0017_audit_log'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=False),
    sa.Column('login', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('created_at', db.models.base.UtcDateTime(), nullable=False),
    sa.Column('disabled_at', db.models.base.UtcDateTime(), nullable=True),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('first_failed_at', db.models.base.UtcDateTime(), nullable=True),
    sa.Column('locked_until', db.models.base.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_accounts_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('login', name=op.f('uq_accounts_login')),
    sa.UniqueConstraint('staff_id', name=op.f('uq_accounts_staff_id'))
    )


def downgrade() -> None:
    op.drop_table('accounts')
