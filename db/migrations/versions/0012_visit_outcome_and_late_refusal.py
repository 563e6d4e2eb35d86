"""the visit: a ticket's outcome, refusal after acceptance, hand-in outside hours

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 12:00:00

A queue ticket records how the visit ended (accepted, refused, issued, consultation). An
accepted application can be refused later with a reason (when, by whom); a hand-in while the
office was closed keeps the reason it was taken anyway.
"""

from collections.abc import Sequence

import sqlalchemy as sa

import db.models.base
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('queue_tickets', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('outcome', sa.String(length=20), server_default='', nullable=False)
        )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refusal_reason', sa.String(), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('refused_at', db.models.base.UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column('refused_by', sa.String(), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('refused_by_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('outside_hours_reason', sa.String(), server_default='',
                                      nullable=False))
        batch_op.create_foreign_key(batch_op.f('fk_applications_refused_by_id_staff'), 'staff',
                                    ['refused_by_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_constraint('fk_applications_refused_by_id_staff', type_='foreignkey')
        batch_op.drop_column('outside_hours_reason')
        batch_op.drop_column('refused_by_id')
        batch_op.drop_column('refused_by')
        batch_op.drop_column('refused_at')
        batch_op.drop_column('refusal_reason')
    with op.batch_alter_table('queue_tickets', schema=None) as batch_op:
        batch_op.drop_column('outcome')
