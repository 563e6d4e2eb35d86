"""Accounts: the first-run setup, logins, the lock after failed logins, an administrator's work."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from db.engine import Database, UnitOfWork
from db.models import Account
from desktop.core import roles
from desktop.core.actor import SYSTEM
from desktop.services import accounts, office, sync_keys
from desktop.services.access import AccessDenied
from tests.helpers import ADMINISTRATOR, CLERK

NOW = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)
CLERK_PASSWORD = "gulnar-2026"
ADMIN_PASSWORD = "district-it-7"


@pytest.fixture
def set_up_db(db: Database) -> Database:
    accounts.set_up(
        db, 100, CLERK, "gulnar", CLERK_PASSWORD, ADMINISTRATOR, "admin", ADMIN_PASSWORD, NOW
    )
    return db


@pytest.fixture
def notes(set_up_db: Database) -> list[tuple[str, str]]:
    """The events every later unit of work notes, as (kind, subject)."""
    seen: list[tuple[str, str]] = []

    def listen(work: UnitOfWork) -> None:
        seen.extend((e.kind, e.subject) for e in work.events)

    set_up_db.add_write_listener(listen)
    return seen


def test_set_up_makes_the_office_the_administrator_and_the_clerk(set_up_db: Database) -> None:
    place = office.workplace(set_up_db)
    assert place is not None and place.office.number == 100
    rows = {row.login: row for row in accounts.accounts(set_up_db, NOW)}
    assert rows["admin"].role == roles.ADMINISTRATOR
    assert rows["gulnar"].role == roles.CLERK and rows["gulnar"].staff_id == place.clerk.id
    with pytest.raises(accounts.AlreadySetUp):
        accounts.set_up(
            set_up_db, 100, CLERK, "x1", CLERK_PASSWORD, ADMINISTRATOR, "y1", ADMIN_PASSWORD, NOW
        )


def test_set_up_saves_nothing_with_a_short_password(db: Database) -> None:
    with pytest.raises(accounts.AccountError) as error:
        accounts.set_up(db, 100, CLERK, "gulnar", "short", ADMINISTRATOR, "admin", "x" * 8, NOW)
    assert error.value.field == "password"
    assert office.workplace(db) is None and not accounts.has_accounts(db)


def test_the_districts_database_gets_its_first_administrator_once(db: Database) -> None:
    with pytest.raises(accounts.NotDistrict):  # an office's comes with its setup
        accounts.set_up_district(db, ADMINISTRATOR, "admin", ADMIN_PASSWORD)
    sync_keys.set_district_mode(db, 7, "Шет ауданы", SYSTEM)
    with pytest.raises(accounts.AccountError):  # nothing saved with a short password
        accounts.set_up_district(db, ADMINISTRATOR, "admin", "short")
    assert not accounts.has_accounts(db)
    accounts.set_up_district(db, ADMINISTRATOR, "Admin", ADMIN_PASSWORD)
    actor = accounts.log_in(db, "admin", ADMIN_PASSWORD, NOW)
    assert actor.role == roles.ADMINISTRATOR and office.workplace(db) is None
    with pytest.raises(accounts.AlreadySetUp):
        accounts.set_up_district(db, ADMINISTRATOR, "second", ADMIN_PASSWORD)


def test_log_in_gives_the_actor_with_the_role(
    notes: list[tuple[str, str]], set_up_db: Database
) -> None:
    actor = accounts.log_in(set_up_db, " Gulnar ", CLERK_PASSWORD, NOW)
    assert actor.role == roles.CLERK and actor.name == "Ахметова Г. С."
    with set_up_db.read() as session:
        stored = session.scalar(select(Account.password_hash).where(Account.login == "gulnar"))
    assert stored is not None and stored.startswith("$argon2id$") and CLERK_PASSWORD not in stored
    accounts.lock_screen(set_up_db, actor)
    assert accounts.unlock_screen(set_up_db, actor, CLERK_PASSWORD, NOW) == actor
    accounts.log_out(set_up_db, actor)
    assert [kind for kind, _ in notes] == [
        "session.login",
        "session.lock",
        "session.unlock",
        "session.logout",
    ]


def test_one_message_for_every_refusal(set_up_db: Database) -> None:
    for login, password in (("gulnar", "wrong-password"), ("nobody", CLERK_PASSWORD), ("", "")):
        with pytest.raises(accounts.LoginFailed):
            accounts.log_in(set_up_db, login, password, NOW)


def test_five_failures_in_15_minutes_lock_the_account_for_15_minutes(
    set_up_db: Database, notes: list[tuple[str, str]]
) -> None:
    for minute in range(5):
        with pytest.raises(accounts.LoginFailed):
            accounts.log_in(set_up_db, "gulnar", "wrong-password", NOW + timedelta(minutes=minute))
    locked_at = NOW + timedelta(minutes=4)
    # the right password does not open it now, and the message is the same
    with pytest.raises(accounts.LoginFailed):
        accounts.log_in(set_up_db, "gulnar", CLERK_PASSWORD, locked_at + timedelta(minutes=14))
    # the lock is in the database: another handle on the file (a restart) sees it
    again = Database(set_up_db.url)
    try:
        with pytest.raises(accounts.LoginFailed):
            accounts.log_in(again, "gulnar", CLERK_PASSWORD, locked_at + timedelta(minutes=14))
        actor = accounts.log_in(
            again, "gulnar", CLERK_PASSWORD, locked_at + timedelta(minutes=15, seconds=1)
        )
    finally:
        again.dispose()
    assert actor.role == roles.CLERK
    assert ("account.locked", "gulnar") in notes


def test_failures_spread_over_more_than_15_minutes_do_not_lock(set_up_db: Database) -> None:
    for minute in (0, 5, 10, 16, 20):
        with pytest.raises(accounts.LoginFailed):
            accounts.log_in(set_up_db, "gulnar", "wrong-password", NOW + timedelta(minutes=minute))
    assert accounts.log_in(set_up_db, "gulnar", CLERK_PASSWORD, NOW + timedelta(minutes=21))


def test_an_administrator_unlocks_and_it_is_noted(
    set_up_db: Database, notes: list[tuple[str, str]]
) -> None:
    for _ in range(5):
        with pytest.raises(accounts.LoginFailed):
            accounts.log_in(set_up_db, "gulnar", "wrong-password", NOW)
    rows = {row.login: row for row in accounts.accounts(set_up_db, NOW)}
    assert rows["gulnar"].locked_until == NOW + accounts.LOCK_TIME
    clerk = accounts.log_in(set_up_db, "admin", ADMIN_PASSWORD, NOW)
    assert clerk.role == roles.ADMINISTRATOR
    accounts.unlock(set_up_db, rows["gulnar"].id, clerk)
    assert ("account.unlock", "gulnar") in notes
    assert accounts.log_in(set_up_db, "gulnar", CLERK_PASSWORD, NOW)


def test_administrator_creates_resets_and_disables(set_up_db: Database) -> None:
    admin = accounts.log_in(set_up_db, "admin", ADMIN_PASSWORD, NOW)
    person = office.ClerkData("Серікова", "Айгүл", "", "әкім", "")
    new_id = accounts.create_account(
        set_up_db, person, "aigul", roles.AKIM, "akim-pass-1", admin, 100
    )
    akim = accounts.log_in(set_up_db, "aigul", "akim-pass-1", NOW)
    assert akim.role == roles.AKIM and akim.name == "Серікова А."
    with pytest.raises(AccessDenied):
        accounts.create_account(set_up_db, person, "again", roles.AKIM, "akim-pass-1", akim, 100)
    with pytest.raises(accounts.AccountError) as taken:
        accounts.create_account(set_up_db, person, "AIGUL", roles.CLERK, "akim-pass-1", admin, 100)
    assert taken.value.reason == "taken"
    accounts.reset_password(set_up_db, new_id, "new-pass-22", admin)
    assert accounts.log_in(set_up_db, "aigul", "new-pass-22", NOW) == akim
    accounts.disable(set_up_db, new_id, admin, NOW)
    with pytest.raises(accounts.LoginFailed):
        accounts.log_in(set_up_db, "aigul", "new-pass-22", NOW)
    with pytest.raises(accounts.AccountError):
        accounts.disable(set_up_db, accounts.accounts(set_up_db, NOW)[0].id, admin, NOW)


def test_own_password_change_asks_the_old_one(set_up_db: Database) -> None:
    clerk = accounts.log_in(set_up_db, "gulnar", CLERK_PASSWORD, NOW)
    with pytest.raises(accounts.LoginFailed):
        accounts.change_password(set_up_db, clerk, "not-the-old", "brand-new-1", NOW)
    accounts.change_password(set_up_db, clerk, CLERK_PASSWORD, "brand-new-1", NOW)
    assert accounts.log_in(set_up_db, "gulnar", "brand-new-1", NOW) == clerk


def test_an_old_hash_is_replaced_at_login(set_up_db: Database) -> None:
    from argon2 import PasswordHasher

    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(CLERK_PASSWORD)
    with set_up_db.write(SYSTEM) as work:
        row = work.scalar(select(Account).where(Account.login == "gulnar"))
        assert row is not None
        row.password_hash = weak
    accounts.log_in(set_up_db, "gulnar", CLERK_PASSWORD, NOW)
    with set_up_db.read() as session:
        stored = session.scalar(select(Account.password_hash).where(Account.login == "gulnar"))
    assert stored != weak and not PasswordHasher().check_needs_rehash(stored or "")
