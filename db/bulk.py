"""Many rows in one statement, fast: the driver's executemany with values converted once.

SQLAlchemy's executemany converts every value of every row through its bind processing and
builds a parameter set per row; for the hundreds of thousands of rows of a big load that costs
more than the database's own work. Here each column's converter (the dialect's bind processor:
a UUID to text on SQLite, a date, JSON) is looked up once, values shared by every row are
converted once (and so is each distinct value of a column that repeats them), and the driver
gets plain tuples (or dicts, for a driver with named
parameters) through `exec_driver_sql`, inside the session's transaction.

A UUID column may be given its values as their canonical text (str of the UUID) instead of
UUID objects: on SQLite it is stored as the 32 hex digits it would be anyway, on PostgreSQL the
driver passes the text; no object is made per value.

Columns a row leaves out take their default, worked out once for the statement (all the rows of
one load share their created_at). Rows given to a synced table must carry their stamps
(db.change_counter.stamp_rows). Each statement is noted for the audit trail (db/audit.py).

On PostgreSQL the inserts go by COPY (psycopg's `cursor.copy`, rows written in C) instead of
one INSERT per row, in the same transaction: the same values, the same constraints and triggers,
about a third of the time for the hundreds of thousands of rows of a district's import.

The server checks a foreign key row by row: for every row inserted it looks the referred row up
and locks it (FOR KEY SHARE), once per row even when all the rows refer to the same few (the
change records of a whole book, about a million look-ups). From SET_WISE_FROM rows, into a
table whose only triggers are its foreign keys' (single-column), and when the database role may
set `session_replication_role` (a superuser, or `GRANT SET ON PARAMETER`), the same check is
made set-wise before the COPY: the distinct values the rows refer to are looked up and locked
FOR KEY SHARE in one statement per key, a value not found refuses the insert with the server's
own foreign-key error (nothing of the rows written), and the COPY itself runs with the per-row
triggers off (`session_replication_role = replica` for that statement only, SET LOCAL). The
referred rows stay locked to the end of the transaction as the per-row check leaves them. A
role without that right, or a table with any other trigger, keeps the per-row check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Table, Uuid, bindparam, insert, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import TableClause
from sqlalchemy.types import TypeDecorator

from db.audit import record_bulk
from db.engine import json_text

_Processor = Callable[[Any], Any] | None

SET_WISE_FROM = 5_000  # rows from which a COPY's foreign keys are checked set-wise (see above)


def _processor(
    table: Table, name: str, dialect: Dialect, values: Iterable[Any], copying: bool = False
) -> _Processor:
    """The column's bind processor for these values (a UUID column's own for text, when every
    value given is text or None). A JSON value to COPY is its text (db.engine.json_text, as
    the processor would write it), with no driver object around it to write it again; so is
    a time or a date (ISO 8601, as the driver would write it; the server reads it by the
    column's type), made once per distinct value (_converted) instead of once per row."""
    column_type = table.c[name].type
    if copying and isinstance(column_type, JSON) and not column_type.none_as_null:
        return json_text
    if isinstance(column_type, Uuid) and set(map(type, values)) <= {str, type(None)}:
        column_type = Uuid(as_uuid=False, native_uuid=column_type.native_uuid)
    processor = column_type.dialect_impl(dialect).bind_processor(dialect)
    if copying and _is_moment(column_type):
        return _as_text(processor)
    return processor


def _is_moment(column_type: Any) -> bool:
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    return isinstance(column_type, Date | DateTime)


def _as_text(processor: _Processor) -> Callable[[Any], Any]:
    """A time's or a date's bind processor, then its ISO 8601 text (None stays None)."""

    def text(value: Any) -> Any:
        if processor is not None:
            value = processor(value)
        return None if value is None else value.isoformat()

    return text


def _converted(values: list[Any], processor: _Processor, hashable: bool) -> list[Any]:
    """The values as the driver takes them; a column that repeats its values (a parent's id,
    the time of one load) converted once per distinct value."""
    if processor is None:
        return values
    if hashable:
        distinct = set(values)
        if len(distinct) * 2 <= len(values):
            converted = {value: processor(value) for value in distinct}
            return list(map(converted.__getitem__, values))
    return list(map(processor, values))


def _run(
    session: Session,
    table: Table,
    statement: Any,
    names: Sequence[str],
    values_of: Mapping[str, Sequence[Any]],
    count: int,
    constants: dict[str, Any],
    columns_of: dict[str, str],
    copy: bool = False,
) -> list[Any]:
    """Execute `statement` once per row, the rows' values given column by column (an INSERT
    by COPY on PostgreSQL when `copy`); the parameters the driver was given."""
    dialect = session.get_bind().dialect
    copying = copy and dialect.name == "postgresql"
    compiled = statement.compile(dialect=dialect, column_keys=list(names) or None)
    order = list(compiled.positiontup or []) if compiled.positional else list(compiled.binds)
    columns: list[Iterable[Any]] = []  # one per parameter, in the statement's order
    for bind_name in order:
        if bind_name not in columns_of:  # a literal of the statement itself (row_version + 1)
            bind = compiled.binds[bind_name]
            if bind.value is None:
                raise ValueError(f"{table.name}.{bind_name}: no value given")
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            columns.append(repeat(processor(bind.value) if processor else bind.value, count))
            continue
        column = columns_of[bind_name]
        if column in constants:
            value = constants[column]
            processor = _processor(table, column, dialect, [value], copying)
            columns.append(repeat(processor(value) if processor else value, count))
        else:
            values = list(values_of[column])
            processor = _processor(table, column, dialect, values, copying)
            columns.append(_converted(values, processor, table.c[column].type.hashable))
    params: list[Any] = list(zip(*columns, strict=True))
    if copying:
        copy_rows(session, table, [columns_of[name] for name in order], params)
        return params
    if not compiled.positional:
        params = [dict(zip(order, values, strict=True)) for values in params]
    session.connection().exec_driver_sql(compiled.string, params)
    return params


def copy_rows(
    session: Session, table: TableClause, names: list[str], rows: Iterable[Sequence[Any]]
) -> None:
    """COPY the rows (values in the order of `names`, as the driver takes them) into `table`,
    in the session's transaction (PostgreSQL only; not audited: insert_rows is). The server's
    refusal is raised as SQLAlchemy's error of its kind (IntegrityError...), as a statement
    through SQLAlchemy would raise it."""
    import psycopg

    preparer = session.get_bind().dialect.identifier_preparer
    columns = ", ".join(preparer.quote(name) for name in names)
    statement = f"COPY {preparer.format_table(table)} ({columns}) FROM STDIN"
    driver = session.connection().connection.driver_connection
    assert driver is not None
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as error:
        raise DBAPIError.instance(statement, None, error, psycopg.Error) from error


def insert_rows(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    constants: dict[str, Any] | None = None,
) -> None:
    """INSERT every row (dicts with the same keys), plus `constants` (the same in every row)."""
    if rows:
        insert_columns(session, table, _columns(rows), constants)


def insert_columns(
    session: Session,
    table: Table,
    columns: Mapping[str, Sequence[Any]],
    constants: dict[str, Any] | None = None,
) -> None:
    """insert_rows of rows given column by column (each column's values, all as many), with
    no Python object made per row: what a reader that has columns already (an import) gives."""
    count = len(next(iter(columns.values()), ()))
    if not count:
        return
    if any(len(values) != count for values in columns.values()):
        raise ValueError(f"{table.name}: columns of different lengths")
    constants = dict(constants or {})
    for column in table.c:
        default = column.default
        if column.key in columns or column.key in constants or default is None:
            continue
        if column.primary_key or not (default.is_scalar or default.is_callable):
            raise ValueError(f"{table.name}.{column.key}: no value given")
        # A default is worked out once, the same for every row (created_at: the statement's time).
        arg = default.arg  # type: ignore[attr-defined]
        constants[column.key] = arg(None) if default.is_callable else arg
    names = [*columns, *(c for c in constants if c not in columns)]
    columns_of = {n: n for n in names}
    with _references_checked_at_once(session, table, columns, constants, count):
        params = _run(
            session, table, insert(table), names, columns, count, constants, columns_of, copy=True
        )
    record_bulk(session, table, "insert", columns, count, constants, params)


# The table's triggers other than single-column foreign keys' (none: its checks may be made
# set-wise), and whether this role may turn the per-row ones off; %s: the table.
_TRIGGERS_BUT_KEYS = (
    "SELECT count(*) FROM pg_trigger t LEFT JOIN pg_constraint c ON c.oid = t.tgconstraint "
    "WHERE t.tgrelid = %s::regclass "
    "AND (c.contype IS DISTINCT FROM 'f' OR cardinality(c.conkey) <> 1)"
)
_MAY_SET_ROLE = {
    True: "SELECT has_parameter_privilege('session_replication_role', 'SET')",  # 15 and later
    False: "SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
}
# The table's foreign keys: name, referring column, referred table, column and its type.
_FOREIGN_KEYS = (
    "SELECT c.conname, a.attname, c.confrelid::regclass::text, r.attname, "
    "format_type(r.atttypid, r.atttypmod) "
    "FROM pg_constraint c "
    "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
    "JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = c.confkey[1] "
    "WHERE c.conrelid = %s::regclass AND c.contype = 'f' ORDER BY c.conname"
)


@contextmanager
def _references_checked_at_once(
    session: Session,
    table: Table,
    columns: Mapping[str, Sequence[Any]],
    constants: Mapping[str, Any],
    count: int,
) -> Iterator[None]:
    """Around the COPY of `count` rows into `table`: their foreign keys checked set-wise and
    the per-row checks off, where that may be done (the module's docstring); else nothing."""
    connection = session.connection()
    dialect = connection.dialect
    if count < SET_WISE_FROM or dialect.name != "postgresql" or not table.foreign_keys:
        yield
        return
    name = dialect.identifier_preparer.format_table(table)
    other_triggers = connection.exec_driver_sql(_TRIGGERS_BUT_KEYS, (name,)).scalar()
    since_15 = (dialect.server_version_info or (0,)) >= (15,)
    if other_triggers or not connection.exec_driver_sql(_MAY_SET_ROLE[since_15]).scalar():
        yield
        return
    for key in connection.exec_driver_sql(_FOREIGN_KEYS, (name,)).all():
        _lock_referred(connection, table, key, columns, constants)
    previous = connection.exec_driver_sql(
        "SELECT current_setting('session_replication_role'), "
        "set_config('session_replication_role', 'replica', true)"
    ).scalar()
    yield
    # Not when the COPY failed: its transaction (or savepoint) is undone, the setting with it.
    connection.exec_driver_sql(
        "SELECT set_config('session_replication_role', %s, true)", (previous,)
    )


def _lock_referred(
    connection: Connection,
    table: Table,
    key: Sequence[Any],
    columns: Mapping[str, Sequence[Any]],
    constants: Mapping[str, Any],
) -> None:
    """Look up and lock (FOR KEY SHARE) the distinct rows the foreign key `key` (a row of
    _FOREIGN_KEYS) of the rows refers to; IntegrityError, as the server's own, when one is
    not there."""
    constraint, column, referred, referred_column, referred_type = key
    values = columns[column] if column in columns else [constants.get(column)]
    wanted = [value for value in set(values) if value is not None]
    if not wanted:
        return
    processor = _processor(table, column, connection.dialect, wanted)
    wanted = _converted(wanted, processor, hashable=False)
    quote = connection.dialect.identifier_preparer.quote
    statement = (
        f"SELECT count(*) FROM (SELECT 1 FROM {referred} p "
        f"WHERE p.{quote(referred_column)} = ANY(%s::{referred_type}[]) FOR KEY SHARE OF p) AS k"
    )
    found = connection.exec_driver_sql(statement, (wanted,)).scalar()
    if found != len(wanted):
        from psycopg.errors import ForeignKeyViolation

        detail = (
            f'insert or update on table "{table.name}" violates foreign key constraint '
            f'"{constraint}": {len(wanted) - (found or 0)} of the rows it refers to are not '
            f'in table "{referred}"'
        )
        raise IntegrityError(statement, None, ForeignKeyViolation(detail))


def update_rows(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    constants: dict[str, Any] | None = None,
    extra: dict[str, ColumnElement[Any]] | None = None,
) -> None:
    """UPDATE each row's columns by its "id" (dicts with the same keys), setting `constants`
    in every row too and the SQL expressions of `extra` (e.g. row_version + 1)."""
    if not rows:
        return
    constants = constants or {}
    changed = [c for c in rows[0] if c != "id"] + [c for c in constants if c not in rows[0]]
    statement = (
        update(table)
        .where(table.c.id == bindparam("key_id"))
        .values({c: bindparam(f"new_{c}") for c in changed})
        .values(extra or {})
    )
    columns_of = {f"new_{c}": c for c in changed} | {"key_id": "id"}
    columns = _columns(rows)
    params = _run(session, table, statement, [], columns, len(rows), constants, columns_of)
    tombstone = constants.get("deleted_at", rows[0].get("deleted_at")) is not None
    kind = "tombstone" if tombstone else "update"
    record_bulk(session, table, kind, columns, len(rows), constants, params)


def _columns(rows: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    """Rows (dicts with the same keys) as columns."""
    return {name: list(map(itemgetter(name), rows)) for name in rows[0]}
