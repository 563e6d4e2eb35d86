"""Russian names of the offices and akimats; the districts' flags

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-02 11:46:42.097244

The reference files carry Russian forms of the akim offices' names (and full names and the
akim's position) and of the city/district akimats' names, derived by rule and flagged
`derived_ru` for an administrator to check; districts carry their flags too. The columns
start empty: the stored file hashes are forgotten, so the next start loads the files again
(which fills them, and re-applies the corrections).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('akim_offices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_ru', sa.String(), server_default='', nullable=False))
        batch_op.add_column(
            sa.Column('full_name_ru', sa.String(), server_default='', nullable=False)
        )
        batch_op.add_column(
            sa.Column('akim_position_ru', sa.String(), server_default='', nullable=False)
        )
    with op.batch_alter_table('district_akimats', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_ru', sa.String(), server_default='', nullable=False))
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('flags', sa.JSON(), server_default='[]', nullable=False))
    op.execute('DELETE FROM reference_files')  # load the reference files again at next start


def downgrade() -> None:
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.drop_column('flags')
    with op.batch_alter_table('district_akimats', schema=None) as batch_op:
        batch_op.drop_column('name_ru')
    with op.batch_alter_table('akim_offices', schema=None) as batch_op:
        batch_op.drop_column('akim_position_ru')
        batch_op.drop_column('full_name_ru')
        batch_op.drop_column('name_ru')
    op.execute('DELETE FROM reference_files')
