"""The test suite's PostgreSQL server: databases made and dropped over an admin connection."""

from __future__ import annotations

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

PG_URL_VARIABLE = "AUYL_TEST_PG_URL"


class PgServer:
    """The server AUYL_TEST_PG_URL points at (its database is only used to connect)."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with self._admin.connect() as connection:  # unreachable: fail now, with the reason
            connection.execute(text("SELECT 1"))

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> None:
        self.drop(name)
        suffix = f' TEMPLATE "{template}"' if template else ""
        with self._admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{suffix}'))

    def drop(self, name: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def dispose(self) -> None:
        self._admin.dispose()


class WriterLockHolder:
    """Another program's writing transaction on the database at `url`: it holds the writers'
    lock (db.engine.WRITER_LOCK) from its start until `release()`, or until the server ends
    it after HOLD_AT_MOST idle (a test whose writer blocks waiting for it then fails instead
    of hanging)."""

    HOLD_AT_MOST = "60s"

    def __init__(self, url: str) -> None:
        from db.engine import WRITER_LOCK

        self._engine = create_engine(url, poolclass=NullPool)
        self._connection = self._engine.connect()
        self._connection.execute(
            text(f"SET idle_in_transaction_session_timeout = '{self.HOLD_AT_MOST}'")
        )
        self._connection.execute(text(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})"))

    @property
    def holds(self) -> bool:
        return self._connection.in_transaction()

    def release(self) -> None:
        if not self.holds:
            return
        try:
            self._connection.rollback()
        except DBAPIError:  # ended by the server already
            self._connection.invalidate()

    def waiting(self) -> int:
        """How many other sessions wait in the server for the writers' lock now."""
        from db.engine import WRITER_LOCK

        with self._engine.connect() as connection:
            return int(
                connection.execute(
                    text(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                        "AND NOT granted AND objid = :key"
                    ),
                    {"key": WRITER_LOCK},
                ).scalar_one()
            )

    def close(self) -> None:
        self.release()
        self._connection.close()
        self._engine.dispose()
