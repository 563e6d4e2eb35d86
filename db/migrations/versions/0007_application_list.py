"""application list: folded search text and the indexes the list reads

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-02 07:09:48.972413

The Applications list reads a window (newest first, today's and open ones, a date range) and
matches typed words in SQL: `search_text` holds the folded registration number, IIN/BIN and
names (desktop.core.textsearch.search_text); existing rows are filled here. Two indexes of
live rows hold every column the list's filters read: newest first, and by status then newest
first (it replaces the status-only index of 0003); a third finds what was issued on a day.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.core.textsearch import search_text

revision: str = '0007'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIST = ['handed_in_at', 'created_at', 'id', 'status', 'service', 'issued_at', 'national_number',
         'search_text']
_LIVE = {'sqlite_where': sa.text('deleted_at IS NULL'),
         'postgresql_where': sa.text('deleted_at IS NULL')}
_SOURCES = ('registration_number', 'national_number', 'surname', 'name', 'patronymic',
            'organization')


def upgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_text', sa.String(), server_default='', nullable=False))

    applications = sa.table('applications', sa.column('id', sa.Uuid()), sa.column('search_text'),
                            *(sa.column(name) for name in _SOURCES))
    connection = op.get_bind()
    rows = connection.execute(sa.select(applications.c.id, *(applications.c[n] for n in _SOURCES)))
    filled = [{'key': row.id, 'text': search_text(*row[1:])} for row in rows]
    if filled:
        connection.execute(
            applications.update()
            .where(applications.c.id == sa.bindparam('key'))
            .values(search_text=sa.bindparam('text')),
            filled,
        )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_applications_status')
        batch_op.create_index('ix_applications_list', _LIST, unique=False, **_LIVE)
        status_first = ['status', *(name for name in _LIST if name != 'status')]
        batch_op.create_index('ix_applications_status', status_first, unique=False, **_LIVE)
        batch_op.create_index('ix_applications_issued', ['status', 'issued_at'], unique=False,
                              **_LIVE)


def downgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_applications_issued')
        batch_op.drop_index('ix_applications_list')
        batch_op.drop_index('ix_applications_status')
        batch_op.create_index('ix_applications_status', ['status'], unique=False)
        batch_op.drop_column('search_text')
