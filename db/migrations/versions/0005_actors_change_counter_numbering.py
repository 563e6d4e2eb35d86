"""actors, the change counter, number series, unique indexes that ignore tombstones

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

- The program's own staff record (the system actor), with a fixed id.
- "Who" as a staff id beside the name kept for history and paper: changed_by_id,
  prepared_by_id, called_by_id, acted_by_id (queue_events.by renamed acted_by),
  received_by_id (applications.clerk renamed received_by), ready_by(_id) (new: marking an
  application ready now records who did it), issued_by_id, corrected_by_id. Existing rows keep
  their names; the id is the staff record whose full name or surname-and-initials equals the
  name, else the system actor's (the name then says who it was). ready_by of applications
  already ready is the name of whoever prepared their latest certificate.
- The change counter (one row, a new random database id) and change_seq / change_db on every
  synced table, with existing rows stamped in table order (parents first) and, within a table,
  in order of creation.
- number_series seeded from the largest ticket, registration and certificate numbers.
- Account numbers and livestock dates unique among live rows only (partial unique indexes).
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import db.models.base

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYSTEM_STAFF_ID = uuid.UUID("00000000-0000-4000-8000-000000000001")  # desktop.core.actor
# Synced tables, parents first: the order existing rows are stamped in.
SYNCED = (
    'staff',
    'office_keys',
    'field_corrections',
    'households',
    'members',
    'land_plots',
    'livestock_snapshots',
    'change_records',
    'queue_tickets',
    'queue_events',
    'applications',
    'certificates',
)
# (table, name column, id column, required): who did it, by name and by staff id.
ACTORS = (
    ('change_records', 'changed_by', 'changed_by_id', True),
    ('certificates', 'prepared_by', 'prepared_by_id', True),
    ('queue_tickets', 'called_by', 'called_by_id', False),
    ('queue_events', 'acted_by', 'acted_by_id', True),
    ('applications', 'received_by', 'received_by_id', True),
    ('applications', 'ready_by', 'ready_by_id', False),
    ('applications', 'issued_by', 'issued_by_id', False),
    ('field_corrections', 'corrected_by', 'corrected_by_id', True),
)
LIVE = sa.text('deleted_at IS NULL')


def upgrade() -> None:
    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('database_id', sa.Uuid(), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.Column('home', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_counter'))
    )
    op.create_table('number_series',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_number_series'))
    )

    # 1. New columns, nullable until filled; two renames.
    for table in SYNCED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('change_seq', sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column('change_db', sa.Uuid(), nullable=True))
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.alter_column('clerk', new_column_name='received_by')
        batch_op.add_column(sa.Column('ready_by', sa.String(), nullable=False, server_default=''))
    with op.batch_alter_table('queue_events', schema=None) as batch_op:
        batch_op.alter_column('by', new_column_name='acted_by')
    for table, _name, id_column, _required in ACTORS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(id_column, sa.Uuid(), nullable=True))

    # 2. The system actor, and who did what by id.
    bind = op.get_bind()
    now = datetime.now(UTC)
    staff = sa.table(
        'staff',
        sa.column('id', sa.Uuid()),
        sa.column('origin_office', sa.Integer()),
        sa.column('created_at', db.models.base.UtcDateTime()),
        sa.column('updated_at', db.models.base.UtcDateTime()),
        sa.column('row_version', sa.Integer()),
        sa.column('surname', sa.String()),
        sa.column('name', sa.String()),
        sa.column('patronymic', sa.String()),
        sa.column('position', sa.String()),
        sa.column('phone', sa.String()),
    )
    bind.execute(
        staff.insert().values(
            id=SYSTEM_STAFF_ID,
            origin_office=0,
            created_at=now,
            updated_at=now,
            row_version=1,
            surname='Auyl Desk',
            name='',
            patronymic='',
            position='system',
            phone='',
        )
    )
    bind.execute(sa.text(
        "UPDATE applications SET ready_by = COALESCE((SELECT c.prepared_by FROM certificates c "
        "WHERE c.application_id = applications.id ORDER BY c.created_at DESC LIMIT 1), '') "
        "WHERE status IN ('ready', 'issued')"
    ))
    names: dict[str, uuid.UUID] = {}
    for staff_id, surname, name, patronymic in bind.execute(
        sa.select(staff.c.id, staff.c.surname, staff.c.name, staff.c.patronymic)
        .where(staff.c.id != SYSTEM_STAFF_ID)
    ):
        full = ' '.join(p for p in (surname, name, patronymic) if p)
        short = f"{surname} {' '.join(f'{p[0]}.' for p in (name, patronymic) if p)}".strip()
        names.setdefault(full, staff_id)
        names.setdefault(short, staff_id)
    for table, name_column, id_column, required in ACTORS:
        by_name = sa.text(
            f'UPDATE {table} SET {id_column} = :staff WHERE {name_column} = :name'
        ).bindparams(sa.bindparam('staff', type_=sa.Uuid()))
        for name, staff_id in names.items():
            bind.execute(by_name, {'staff': staff_id, 'name': name})
        unknown = '' if required else f" AND {name_column} <> ''"
        bind.execute(
            sa.text(
                f'UPDATE {table} SET {id_column} = :staff WHERE {id_column} IS NULL{unknown}'
            ).bindparams(sa.bindparam('staff', type_=sa.Uuid())),
            {'staff': SYSTEM_STAFF_ID},
        )

    # 3. The change counter, and a stamp on every existing synced row.
    database_id = uuid.uuid4()
    stamped = 0
    for table in SYNCED:
        bind.execute(
            sa.text(
                f'UPDATE {table} SET change_seq = numbered.n + :offset, change_db = :db '
                f'FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n '
                f'FROM {table}) AS numbered WHERE {table}.id = numbered.id'
            ).bindparams(sa.bindparam('db', type_=sa.Uuid())),
            {'offset': stamped, 'db': database_id},
        )
        stamped += bind.execute(sa.text(f'SELECT count(*) FROM {table}')).scalar_one()
    counter = sa.table(
        'change_counter',
        sa.column('id', sa.Integer()),
        sa.column('database_id', sa.Uuid()),
        sa.column('last_value', sa.Integer()),
        sa.column('home', sa.String()),
    )
    bind.execute(
        counter.insert().values(id=1, database_id=database_id, last_value=stamped, home='')
    )

    # 4. Number series from the largest numbers given so far (key formats: services/numbering).
    series: list[dict[str, object]] = []
    for office, day, letter, last in bind.execute(sa.text(
        'SELECT origin_office, day, letter, max(number) FROM queue_tickets '
        'GROUP BY origin_office, day, letter'
    )):
        series.append({'key': f'ticket:{office}:{day}:{letter}', 'last_value': last})
    for office, year, last in bind.execute(sa.text(
        'SELECT origin_office, registration_year, max(registration_seq) FROM applications '
        'WHERE registration_seq IS NOT NULL GROUP BY origin_office, registration_year'
    )):
        series.append({'key': f'registration:{office}:{year}', 'last_value': last})
    for office, year, last in bind.execute(sa.text(
        'SELECT origin_office, year, max(seq) FROM certificates GROUP BY origin_office, year'
    )):
        series.append({'key': f'certificate:{office}:{year}', 'last_value': last})
    if series:
        op.bulk_insert(
            sa.table('number_series', sa.column('key', sa.String()), sa.column('last_value', sa.Integer())),
            series,
        )

    # 5. Required from now on; indexes, foreign keys; uniqueness among live rows.
    for table in SYNCED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('change_seq', existing_type=sa.Integer(), nullable=False)
            batch_op.alter_column('change_db', existing_type=sa.Uuid(), nullable=False)
            batch_op.create_index(batch_op.f(f'ix_{table}_change_seq'), ['change_seq'], unique=True)
            for actor_table, _name, id_column, required in ACTORS:
                if actor_table != table:
                    continue
                batch_op.alter_column(id_column, existing_type=sa.Uuid(), nullable=not required)
                batch_op.create_foreign_key(
                    batch_op.f(f'fk_{table}_{id_column}_staff'), 'staff', [id_column], ['id']
                )
            if table == 'applications':
                batch_op.alter_column(
                    'ready_by', existing_type=sa.String(), server_default=None
                )
            if table == 'households':
                batch_op.drop_constraint('uq_households_origin_office', type_='unique')
                batch_op.create_index(
                    'uq_households_live_account',
                    ['origin_office', 'account_number'],
                    unique=True,
                    sqlite_where=LIVE,
                    postgresql_where=LIVE,
                )
            if table == 'livestock_snapshots':
                batch_op.drop_constraint('uq_livestock_snapshots_household_id', type_='unique')
                batch_op.create_index(
                    'uq_livestock_snapshots_live_as_of',
                    ['household_id', 'as_of'],
                    unique=True,
                    sqlite_where=LIVE,
                    postgresql_where=LIVE,
                )


def downgrade() -> None:
    for table in reversed(SYNCED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == 'livestock_snapshots':
                batch_op.drop_index('uq_livestock_snapshots_live_as_of')
                batch_op.create_unique_constraint(
                    'uq_livestock_snapshots_household_id', ['household_id', 'as_of']
                )
            if table == 'households':
                batch_op.drop_index('uq_households_live_account')
                batch_op.create_unique_constraint(
                    'uq_households_origin_office', ['origin_office', 'account_number']
                )
            for actor_table, _name, id_column, _required in ACTORS:
                if actor_table == table:
                    batch_op.drop_constraint(f'fk_{table}_{id_column}_staff', type_='foreignkey')
                    batch_op.drop_column(id_column)
            batch_op.drop_index(f'ix_{table}_change_seq')
            batch_op.drop_column('change_db')
            batch_op.drop_column('change_seq')
    with op.batch_alter_table('queue_events', schema=None) as batch_op:
        batch_op.alter_column('acted_by', new_column_name='by')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_column('ready_by')
        batch_op.alter_column('received_by', new_column_name='clerk')
    op.get_bind().execute(
        sa.text('DELETE FROM staff WHERE id = :id').bindparams(sa.bindparam('id', type_=sa.Uuid())),
        {'id': SYSTEM_STAFF_ID},
    )
    op.drop_table('number_series')
    op.drop_table('change_counter')
