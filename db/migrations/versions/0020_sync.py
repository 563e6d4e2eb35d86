"""sync: peers, packages, sources, records, conflicts

Revision ID: 0020_sync
Revises: 0015
Create Date: 2026-12-02 14:07:18.439435

The USB exchange with the district: the other side's enrolled keys, the packages written and
received (held ones keep their checked content until their predecessor arrives), and at the
district each office database's progress, the version of every record taken in, and the
conflicts waiting for a person. Local tables: none of them travels.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.models.base

revision: str = '0020_sync'
down_revision: str | None = '0019'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_conflicts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('office', sa.Integer(), nullable=False),
    sa.Column('incoming', sa.JSON(), nullable=False),
    sa.Column('local', sa.JSON(), nullable=False),
    sa.Column('detected_at', db.models.base.UtcDateTime(), nullable=False),
    sa.Column('resolved_at', db.models.base.UtcDateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=10), nullable=False),
    sa.Column('resolved_by', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_office'), ['office'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_record_id'), ['record_id'], unique=False)

    op.create_table('sync_packages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('office', sa.Integer(), nullable=False),
    sa.Column('database_id', sa.Uuid(), nullable=False),
    sa.Column('first_change', sa.Integer(), nullable=False),
    sa.Column('last_change', sa.Integer(), nullable=False),
    sa.Column('base_database_id', sa.Uuid(), nullable=True),
    sa.Column('base_change', sa.Integer(), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('at', db.models.base.UtcDateTime(), nullable=False),
    sa.Column('held_content', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_packages'))
    )
    with op.batch_alter_table('sync_packages', schema=None) as batch_op:
        batch_op.create_index('ix_sync_packages_direction_hash', ['direction', 'content_hash'], unique=True)
        batch_op.create_index(batch_op.f('ix_sync_packages_office'), ['office'], unique=False)

    op.create_table('sync_peers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('signing_key_id', sa.String(length=16), nullable=False),
    sa.Column('signing_key', sa.Text(), nullable=False),
    sa.Column('encryption_key_id', sa.String(length=16), nullable=False),
    sa.Column('encryption_key', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=40), nullable=False),
    sa.Column('enrolled_at', db.models.base.UtcDateTime(), nullable=False),
    sa.Column('revoked_at', db.models.base.UtcDateTime(), nullable=True),
    sa.Column('revoke_reason', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_peers')),
    sa.UniqueConstraint('signing_key_id', name=op.f('uq_sync_peers_signing_key_id'))
    )
    op.create_table('sync_records',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('office', sa.Integer(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('source_seq', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('local_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'record_id', name=op.f('pk_sync_records'))
    )
    with op.batch_alter_table('sync_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_records_office'), ['office'], unique=False)

    op.create_table('sync_sources',
    sa.Column('database_id', sa.Uuid(), nullable=False),
    sa.Column('office', sa.Integer(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('applied_through', sa.Integer(), nullable=False),
    sa.Column('last_package_at', db.models.base.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('database_id', name=op.f('pk_sync_sources'))
    )
    with op.batch_alter_table('sync_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_sources_office'), ['office'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sync_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_sources_office'))

    op.drop_table('sync_sources')
    with op.batch_alter_table('sync_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_records_office'))

    op.drop_table('sync_records')
    op.drop_table('sync_peers')
    with op.batch_alter_table('sync_packages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_packages_office'))
        batch_op.drop_index('ix_sync_packages_direction_hash')

    op.drop_table('sync_packages')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_record_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_office'))

    op.drop_table('sync_conflicts')
