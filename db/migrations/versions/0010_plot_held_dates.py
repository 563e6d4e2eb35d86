"""land plots: the dates a plot was held from and to

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-02 12:00:00

A certificate as of a date lists the plots the household held on that date: a plot recorded
later no longer appears on an earlier certificate. Plots already in the book are held from
their household's opening; none has ended yet.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('land_plots', schema=None) as batch_op:
        batch_op.add_column(sa.Column('held_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('held_to', sa.Date(), nullable=True))
    op.execute(
        'UPDATE land_plots SET held_from = (SELECT households.opened_on FROM households '
        'WHERE households.id = land_plots.household_id)'
    )
    with op.batch_alter_table('land_plots', schema=None) as batch_op:
        batch_op.alter_column('held_from', existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('land_plots', schema=None) as batch_op:
        batch_op.drop_column('held_to')
        batch_op.drop_column('held_from')
