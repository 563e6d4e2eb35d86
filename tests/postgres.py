"""The test suite's PostgreSQL server: databases made and dropped over an admin connection."""

from __future__ import annotations

from sqlalchemy import create_engine, make_url, text
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
