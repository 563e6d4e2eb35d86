"""Every test gets its own data folder and, when it asks, its own migrated database.

A test that takes `db` (or a fixture built on it) runs twice: on a SQLite file (`[sqlite]`) and
on a database of its own on a PostgreSQL server (`[postgresql]`), the one AUYL_TEST_PG_URL
names (scripts/with_postgres.sh starts one and sets it; scripts/test.sh runs the suite so).
Without that variable the PostgreSQL variants are skipped; with it, a server that cannot be
reached fails them.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from db.engine import Database
from desktop.core import roles, rule_versions
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import SystemClock
from desktop.core.localtime import aware
from desktop.services import accounts, office
from desktop.services.startup import open_database
from tests.helpers import ADMIN_LOGIN, ADMIN_PASSWORD, CLERK, CLERK_LOGIN, CLERK_PASSWORD
from tests.postgres import PG_URL_VARIABLE, PgServer


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder, settings and home all point into this test's temporary folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("AUYL_DESK_DATA_DIR", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    return folder


@pytest.fixture(autouse=True)
def own_rule_versions() -> Iterator[None]:
    """Each test ends with the program's own rule versions only: those a test's database
    received from a district are process-wide (desktop/core/rule_versions.py)."""
    yield
    rule_versions.receive(())


@pytest.fixture(autouse=True)
def english_ui() -> Iterator[None]:
    """Each test starts and ends with no translation installed (English source texts).

    Qt is only touched when a test has loaded it: tests of core, services and printing run
    without importing Qt.
    """
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from desktop.ui.i18n import Translations

        Translations().switch("")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated and loaded with reference data once, copied for each test.

    Made before any test's data folder exists: opening it gets a data folder of its own.
    """
    folder = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AUYL_DESK_DATA_DIR", str(folder / "data"))
        opened = open_database(folder / "template.sqlite3")
        opened.db.dispose()
    return folder / "template.sqlite3"


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "auyl-desk.sqlite3"
    shutil.copy(template_db, path)
    return path


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {PG_URL_VARIABLE} or run scripts/with_postgres.sh")
    server = PgServer(url)
    yield server
    server.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL database migrated and loaded with reference data once; each test's own
    database is made from it (CREATE DATABASE ... TEMPLATE)."""
    name = f"auyl_template_{os.getpid()}"
    pg_server.create(name)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AUYL_DESK_DATA_DIR", str(tmp_path_factory.mktemp("pg-template") / "data"))
        opened = open_database(pg_server.url_of(name))
        opened.db.dispose()
    yield name
    pg_server.drop(name)


_pg_names = itertools.count(1)


@pytest.fixture
def pg_url(pg_server: PgServer, pg_template: str) -> Iterator[str]:
    """The URL of a fresh PostgreSQL database for this test (dropped afterwards)."""
    name = f"auyl_test_{os.getpid()}_{next(_pg_names)}"
    pg_server.create(name, template=pg_template)
    yield pg_server.url_of(name)
    pg_server.drop(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_location(request: pytest.FixtureRequest) -> str | Path:
    """Where this test's database is: a SQLite file's path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return request.getfixturevalue("db_path")
    return request.getfixturevalue("pg_url")


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    """A database with nothing in it yet (no schema): a new SQLite file or PostgreSQL database."""
    if request.param == "sqlite":
        yield tmp_path / "new.sqlite3"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = f"auyl_empty_{os.getpid()}_{next(_pg_names)}"
    server.create(name)
    yield server.url_of(name)
    server.drop(name)


@pytest.fixture
def db(db_location: str | Path) -> Iterator[Database]:
    database = Database(db_location)
    yield database
    database.dispose()


@pytest.fixture
def configured_db(db: Database) -> Database:
    """A database whose office (No 100) and clerk are set up, as after the first run."""
    office.configure(db, 100, CLERK, SYSTEM, SystemClock().now())
    return db


@pytest.fixture
def clerk(configured_db: Database) -> Actor:
    """The configured clerk, as the actor of what a test does at the counter."""
    actor = office.current_actor(configured_db)
    assert actor is not None
    return actor


@pytest.fixture
def accounts_db(configured_db: Database) -> Database:
    """A configured database with the accounts of its clerk and of an administrator, as after
    the first-run setup (logins and passwords: tests.helpers)."""
    accounts.set_up(
        configured_db,
        100,
        CLERK,
        CLERK_LOGIN,
        CLERK_PASSWORD,
        accounts.administrator(ADMIN_LOGIN),
        ADMIN_LOGIN,
        ADMIN_PASSWORD,
        SystemClock().now(),
    )
    return configured_db


@pytest.fixture
def office45(db_path: Path) -> Path:
    """A database file of office 45 set up as at the first run: its clerk's and administrator's
    accounts (logins and passwords: tests.helpers)."""
    db = Database(db_path)
    try:
        accounts.set_up(
            db,
            45,
            CLERK,
            CLERK_LOGIN,
            CLERK_PASSWORD,
            accounts.administrator(ADMIN_LOGIN),
            ADMIN_LOGIN,
            ADMIN_PASSWORD,
            aware(datetime(2026, 11, 24, 10, 15)),
        )
    finally:
        db.dispose()
    return db_path


@pytest.fixture
def passwords(tmp_path: Path) -> dict[str, str]:
    """Password files by login (one ends with a newline, as `echo` writes it)."""
    files = {}
    for login, password in ((CLERK_LOGIN, CLERK_PASSWORD), (ADMIN_LOGIN, ADMIN_PASSWORD)):
        path = tmp_path / f"{login}.txt"
        path.write_text(password + "\n", "utf-8")
        files[login] = str(path)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-password", "utf-8")
    files["wrong"] = str(wrong)
    return files


@pytest.fixture
def administrator(clerk: Actor) -> Actor:
    """The configured clerk's staff record acting as an administrator (reference data, the
    working calendar, the office's settings: desktop.core.roles)."""
    return replace(clerk, role=roles.ADMINISTRATOR)


@pytest.fixture
def akim(clerk: Actor) -> Actor:
    """The configured clerk's staff record acting as the akim (who may delete)."""
    return replace(clerk, role=roles.AKIM)
