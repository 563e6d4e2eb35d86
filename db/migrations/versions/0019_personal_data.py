"""members: the legal basis their personal data are kept on, and who recorded it

Revision ID: 0019
Revises: 0015
Create Date: 2026-12-02 14:30:00

Law of the RK No. 94-V: each person's data are kept on a legal basis. People already in the
book are kept on the household book's own basis (household accounting under the statistics
law); a dated consent, or a state service, is recorded from now on with who recorded it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0019'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'data_basis', sa.String(length=20), server_default='household_book', nullable=False
            )
        )
        batch_op.add_column(sa.Column('consent_on', sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column('basis_recorded_by', sa.String(), server_default='', nullable=False)
        )
        batch_op.add_column(sa.Column('basis_recorded_by_id', sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_members_basis_recorded_by_id_staff'), 'staff', ['basis_recorded_by_id'], ['id']
        )


def downgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f('fk_members_basis_recorded_by_id_staff'), type_='foreignkey'
        )
        batch_op.drop_column('basis_recorded_by_id')
        batch_op.drop_column('basis_recorded_by')
        batch_op.drop_column('consent_on')
        batch_op.drop_column('data_basis')
