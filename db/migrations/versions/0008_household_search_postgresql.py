"""household search on PostgreSQL: the index table and its trigram index

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 12:05:00

SQLite has kept the household search index in an FTS5 table since 0002. On PostgreSQL the same
table name holds the same folded texts split into words (desktop/services/household_search/
postgresql.py), with a pg_trgm GIN index for its LIKE matches. Nothing changes on SQLite.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    op.execute(
        'CREATE TABLE household_search ('
        'rowid integer PRIMARY KEY, names text NOT NULL, address text NOT NULL, '
        'account text NOT NULL, document text NOT NULL)'
    )
    op.execute(
        'CREATE INDEX ix_household_search_document ON household_search '
        'USING gin (document gin_trgm_ops)'
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('DROP TABLE household_search')
