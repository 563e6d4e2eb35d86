"""Local accounts: who may log in on this computer, with which role, and the login itself.

Passwords are kept as argon2id hashes (argon2-cffi's defaults, rehashed at the next login when
those defaults change). Five failed logins within 15 minutes lock the account for 15 minutes;
the count and the lock are stored in the database, so a restart does not clear them, and the
message never says which of login, password or lock was wrong. Times come from the caller's
clock (`now`). Logins, logouts, screen locks and unlocks, failed logins and an administrator's
unlocking are noted on the unit of work ("session.*", "account.*") for the audit trail.
"""

from __future__ import annotations

import functools
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database, UnitOfWork
from db.models import Account, Staff
from db.sqlite_files import open_read_only
from desktop.core import roles
from desktop.core.actor import SYSTEM, Actor
from desktop.services import office, sync_keys
from desktop.services.access import require
from desktop.services.office import ClerkData

MAX_FAILED_LOGINS = 5
FAILED_LOGIN_WINDOW = timedelta(minutes=15)
LOCK_TIME = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 200
MAX_LOGIN_LENGTH = 60

_hasher = PasswordHasher()  # argon2id


@functools.cache
def _dummy_hash() -> str:
    """Checked when the login name is unknown, so that such a refusal takes as long as the
    others (made at the first login, not at import: a hash takes a noticeable moment)."""
    return _hasher.hash("not a password of anyone")


class AccountError(ValueError):
    """The account data cannot be saved; `field` names what to fix, `reason` why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class LoginFailed(Exception):
    """Wrong login name or password, or the account is disabled or locked for a while.

    Deliberately one error: the message must not tell which."""


@dataclass(frozen=True)
class AccountRow:
    id: uuid.UUID
    staff_id: uuid.UUID
    login: str
    role: str
    full_name: str
    short_name: str
    disabled: bool
    locked_until: datetime | None


def fold_login(login: str) -> str:
    """A login name as stored and compared: trimmed, case folded."""
    return login.strip().casefold()


def _checked_login(login: str) -> str:
    folded = fold_login(login)
    if not folded:
        raise AccountError("login", "required")
    if len(folded) > MAX_LOGIN_LENGTH or any(ch.isspace() or not ch.isprintable() for ch in folded):
        raise AccountError("login", "invalid")
    return folded


def _checked_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("password", "too_short")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError("password", "too_long")
    return password


def _actor(session: Session, account: Account) -> Actor:
    staff = session.get(Staff, account.staff_id)
    assert staff is not None
    return Actor(staff.id, staff.short_name, account.role)


def _row(session: Session, account: Account, now: datetime) -> AccountRow:
    staff = session.get(Staff, account.staff_id)
    assert staff is not None
    locked = account.locked_until if account.locked_until and account.locked_until > now else None
    return AccountRow(
        account.id,
        staff.id,
        account.login,
        account.role,
        staff.full_name,
        staff.short_name,
        account.disabled_at is not None,
        locked,
    )


def accounts(db: Database, now: datetime) -> list[AccountRow]:
    """Every account, by login name (a lock shown only while it lasts at `now`)."""
    with db.read() as session:
        rows = session.scalars(select(Account).order_by(Account.login)).all()
        return [_row(session, row, now) for row in rows]


def has_accounts(db: Database) -> bool:
    """Whether anyone can log in yet (False before the first-run setup)."""
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(Account)))


def login_of(db: Database, staff_id: uuid.UUID) -> str | None:
    """The login name of a staff member's account (None if they have none)."""
    with db.read() as session:
        return session.scalar(select(Account.login).where(Account.staff_id == staff_id))


def add_account(
    work: UnitOfWork,
    staff_id: uuid.UUID,
    login: str,
    role: str,
    password: str,
) -> Account:
    """Add an account for an existing staff record inside a writing transaction (the caller
    checked the actor's right)."""
    folded = _checked_login(login)
    if role not in roles.ROLES:
        raise AccountError("role", "unknown")
    _checked_password(password)
    if work.scalar(select(Account).where(Account.login == folded)) is not None:
        raise AccountError("login", "taken")
    if work.scalar(select(Account).where(Account.staff_id == staff_id)) is not None:
        raise AccountError("person", "has_account")
    account = Account(
        staff_id=staff_id, login=folded, role=role, password_hash=_hasher.hash(password)
    )
    work.add(account)
    work.flush()
    work.note("account.create", folded, role=role)
    return account


def create_account(
    db: Database,
    person: ClerkData,
    login: str,
    role: str,
    password: str,
    actor: Actor,
    office_number: int,
) -> uuid.UUID:
    """A new staff member with an account (an administrator's work); returns the account's id."""
    require(actor, "accounts.manage")
    data = person.validated()
    with db.write(actor) as work:
        staff = _new_staff(work, data, office_number)
        return add_account(work, staff.id, login, role, password).id


def _new_staff(work: UnitOfWork, person: ClerkData, office_number: int) -> Staff:
    """A staff record for `person` (validated), written in `work`."""
    staff = Staff(origin_office=office_number)
    for field in ("surname", "name", "patronymic", "position", "phone"):
        setattr(staff, field, getattr(person, field))
    work.add(staff)
    work.flush()
    return staff


DEFAULT_ADMIN_LOGIN = "admin"
DISTRICT_STAFF_OFFICE = 0  # the office number of the district's own staff (no office is 0)
ADMIN_TITLE = "Әкімші"  # "administrator": the name history shows when none is given


def administrator(login: str, name: str = "") -> ClerkData:
    """The administrator as a staff record: `name` ("Surname Name") if given, else
    "Әкімші <login>" (history names who did what; the district IT person has no paper to sign)."""
    words = name.split() or [ADMIN_TITLE]
    return ClerkData(words[0], " ".join(words[1:]) or login.strip(), "", ADMIN_TITLE.lower(), "")


class AlreadySetUp(Exception):
    """Accounts exist: the first-run setup is done (an administrator adds people instead)."""


def set_up(
    db: Database,
    office_number: int,
    clerk: ClerkData,
    clerk_login: str,
    clerk_password: str,
    administrator: ClerkData,
    admin_login: str,
    admin_password: str,
    now: datetime,
) -> office.Workplace:
    """The first run: the office and its clerk (desktop.services.office.configure), and the
    accounts of the administrator and of that clerk. Done by the program itself, once: with
    accounts in place it raises AlreadySetUp. Nothing is saved unless every value is valid."""
    if has_accounts(db):
        raise AlreadySetUp
    admin_data = administrator.validated()
    clerk.validated()
    for login, password in ((clerk_login, clerk_password), (admin_login, admin_password)):
        _checked_login(login)
        _checked_password(password)
    if fold_login(clerk_login) == fold_login(admin_login):
        raise AccountError("login", "taken")
    place = office.configure(db, office_number, clerk, SYSTEM, now)
    with db.write(SYSTEM) as work:
        admin = _new_staff(work, admin_data, office_number)
        add_account(work, admin.id, admin_login, roles.ADMINISTRATOR, admin_password)
        add_account(work, place.clerk.id, clerk_login, roles.CLERK, clerk_password)
    return place


class NotDistrict(Exception):
    """The database is not the district's: an office's first accounts come with its setup."""


def set_up_district(db: Database, administrator: ClerkData, login: str, password: str) -> uuid.UUID:
    """The first run of the district's database (made the district's by
    desktop.services.sync_keys.set_district_mode; it has no office of its own): the account
    of its first administrator, who adds the district operators. Done by the program itself,
    once, like `set_up` for an office: AlreadySetUp with accounts in place, NotDistrict on an
    office's database. The staff record carries office number 0 (no office's). Returns the
    account's id."""
    if has_accounts(db):
        raise AlreadySetUp
    if not sync_keys.is_district(db):
        raise NotDistrict
    data = administrator.validated()
    with db.write(SYSTEM) as work:
        staff = _new_staff(work, data, DISTRICT_STAFF_OFFICE)
        return add_account(work, staff.id, login, roles.ADMINISTRATOR, password).id


def _account(work: Session, account_id: uuid.UUID) -> Account:
    account = work.get(Account, account_id)
    if account is None:
        raise AccountError("account", "missing")
    return account


def reset_password(db: Database, account_id: uuid.UUID, password: str, actor: Actor) -> None:
    """An administrator sets a new password (the person changes it later if they like)."""
    require(actor, "accounts.manage")
    _checked_password(password)
    with db.write(actor) as work:
        account = _account(work, account_id)
        account.password_hash = _hasher.hash(password)
        work.note("account.reset_password", account.login)


def set_role(db: Database, account_id: uuid.UUID, role: str, actor: Actor) -> None:
    require(actor, "accounts.manage")
    if role not in roles.ROLES:
        raise AccountError("role", "unknown")
    with db.write(actor) as work:
        account = _account(work, account_id)
        work.note("account.role", account.login, before=account.role, after=role)
        account.role = role


def disable(db: Database, account_id: uuid.UUID, actor: Actor, now: datetime) -> None:
    """No more logins with this account (its history keeps the person's name)."""
    require(actor, "accounts.manage")
    with db.write(actor) as work:
        account = _account(work, account_id)
        if account.staff_id == actor.staff_id:
            raise AccountError("account", "own")
        account.disabled_at = now
        work.note("account.disable", account.login)


def enable(db: Database, account_id: uuid.UUID, actor: Actor) -> None:
    require(actor, "accounts.manage")
    with db.write(actor) as work:
        account = _account(work, account_id)
        account.disabled_at = None
        work.note("account.enable", account.login)


def unlock(db: Database, account_id: uuid.UUID, actor: Actor) -> None:
    """An administrator lifts the lock that failed logins put on an account (noted)."""
    require(actor, "accounts.manage")
    with db.write(actor) as work:
        account = _account(work, account_id)
        work.note("account.unlock", account.login, locked_until=str(account.locked_until))
        account.locked_until = None
        account.failed_logins = 0
        account.first_failed_at = None


def change_password(
    db: Database, actor: Actor, old_password: str, new_password: str, now: datetime
) -> None:
    """A person changes their own password (the old one is asked again; a wrong one counts
    as a failed login)."""
    require(actor, "session.own")
    _checked_password(new_password)
    login = login_of(db, actor.staff_id)
    if login is None:
        raise LoginFailed
    log_in(db, login, old_password, now, kind="session.confirm")
    with db.write(actor) as work:
        account = work.scalar(select(Account).where(Account.staff_id == actor.staff_id))
        assert account is not None
        account.password_hash = _hasher.hash(new_password)
        work.note("account.change_password", account.login)


def _verified(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return False


def log_in(
    db: Database, login: str, password: str, now: datetime, kind: str = "session.login"
) -> Actor:
    """The actor of the account `login` if `password` is its password and the account is
    neither disabled nor locked at `now`; otherwise LoginFailed (and the failure counted)."""
    folded = fold_login(login)
    with db.read() as session:
        account = session.scalar(select(Account).where(Account.login == folded))
        locked = (
            account is not None and account.locked_until is not None and account.locked_until > now
        )
        usable = account is not None and account.disabled_at is None and not locked
    good = _verified(
        account.password_hash if account else None, password
    )  # checked even when unusable: the same time either way
    if account is None or not usable or not good:
        _count_failure(db, folded, now, locked=locked)
        raise LoginFailed
    with db.write(SYSTEM) as work:
        row = work.get(Account, account.id)
        assert row is not None
        row.failed_logins = 0
        row.first_failed_at = None
        row.locked_until = None
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = _hasher.hash(password)
        actor = _actor(work, row)
        work.actor = actor
        work.note(kind, row.login, role=row.role)
    return actor


def _count_failure(db: Database, login: str, now: datetime, locked: bool) -> None:
    with db.write(SYSTEM) as work:
        work.note("session.login_failed", login[:MAX_LOGIN_LENGTH])
        account = work.scalar(select(Account).where(Account.login == login))
        if account is None or locked:
            return
        if account.first_failed_at is None or now - account.first_failed_at > FAILED_LOGIN_WINDOW:
            account.failed_logins = 0
            account.first_failed_at = now
        account.failed_logins += 1
        if account.failed_logins >= MAX_FAILED_LOGINS:
            account.locked_until = now + LOCK_TIME
            account.failed_logins = 0
            account.first_failed_at = None
            work.note("account.locked", login, until=(now + LOCK_TIME).isoformat())


def log_out(db: Database, actor: Actor) -> None:
    require(actor, "session.own")
    with db.write(actor) as work:
        work.note("session.logout", actor.name)


def lock_screen(db: Database, actor: Actor) -> None:
    """The screen was locked (idle, or Ctrl+L) with `actor` logged in."""
    require(actor, "session.own")
    with db.write(actor) as work:
        work.note("session.lock", actor.name)


def unlock_screen(db: Database, actor: Actor, password: str, now: datetime) -> Actor:
    """The locked user's password again (LoginFailed, counted, when wrong)."""
    require(actor, "session.own")
    login = login_of(db, actor.staff_id)
    if login is None:
        raise LoginFailed
    return log_in(db, login, password, now, kind="session.unlock")


def log_in_to_copy(path: Path, login: str, password: str, now: datetime) -> Actor:
    """The actor of the account `login` of the database file `path` (a backup), which is only
    read: for a restore when the database in use cannot be opened, so no one can log in to it.

    The same refusal as log_in (LoginFailed: wrong name or password, disabled, locked at the
    time of the copy), but nothing is counted or noted in the copy: it is never written, and
    whoever holds the file can try passwords on it elsewhere anyway. The restore's own audit
    entry names who restored (desktop.services.backups.restore).
    """
    folded = fold_login(login)
    try:
        connection = open_read_only(path)
        try:
            row = connection.execute(
                "SELECT a.role, a.password_hash, a.disabled_at, a.locked_until, a.staff_id, "
                "s.surname, s.name, s.patronymic FROM accounts a JOIN staff s ON s.id = a.staff_id "
                "WHERE a.login = ?",
                (folded,),
            ).fetchone()
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        row = None  # no such file, not a database, from before the accounts: nobody to log in
    good = _verified(row[1] if row else None, password)
    locked = row is not None and row[3] is not None and _stored_time(row[3]) > now
    if row is None or row[2] is not None or locked or not good:
        raise LoginFailed
    staff = Staff(surname=row[5], name=row[6], patronymic=row[7])
    return Actor(uuid.UUID(str(row[4])), staff.short_name, row[0])


def _stored_time(text: str) -> datetime:
    """A moment as SQLite keeps it (UTC, without the zone), aware."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
