"""household search: FTS5 prefix indexes for one-, two- and three-letter beginnings

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 13:30:00

A clerk types the first letters of a surname: without prefix indexes FTS5 merges the
postings of every word that begins so (a two-letter beginning matches a fifth of the book),
which grows with the book. With `prefix='1 2 3'` such a beginning reads one index entry. The
table is rebuilt from its own rows (the same rowids, so household_search_keys stays valid).
SQLite only: the PostgreSQL index is a trigram table (0008).
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "names, address, account, tokenize = 'unicode61 remove_diacritics 0'"


def _rebuild(options: str) -> None:
    op.execute(f"CREATE VIRTUAL TABLE household_search_rebuilt USING fts5({_COLUMNS}{options})")
    op.execute(
        "INSERT INTO household_search_rebuilt (rowid, names, address, account) "
        "SELECT rowid, names, address, account FROM household_search"
    )
    op.execute("DROP TABLE household_search")
    op.execute("ALTER TABLE household_search_rebuilt RENAME TO household_search")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(", prefix = '1 2 3'")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild("")
