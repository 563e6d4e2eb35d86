"""sync_records: no content hash, no index on the office

Revision ID: 0024_sync_records_lean
Revises: 0023_office_sign_offs
Create Date: 2026-12-02 21:30:52

Issue 15, the speed of a whole book's import at the district: the record versions the district
keeps (one row per record taken in, 952,291 for an office of 50,000 households) held a SHA-256
of each record's content and an index on the office, and nothing ever read either. Contents are
compared as they stand, the row here against the one that came. Dropped, the rows are half as
wide and one index lighter to write.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0024_sync_records_lean'
down_revision: str | None = '0023_office_sign_offs'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_records_office'))
        batch_op.drop_column('content_hash')


def downgrade() -> None:
    # The hashes are gone: an older program finds them empty (it only ever wrote them).
    with op.batch_alter_table('sync_records', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('content_hash', sa.String(length=64), nullable=False, server_default='')
        )
        batch_op.create_index(batch_op.f('ix_sync_records_office'), ['office'], unique=False)
