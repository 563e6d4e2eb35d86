"""Office signing keys: this office's Ed25519 key pair and the public keys of all offices.

The private key is a PEM file in the user's data folder (keys/office-<n>.pem, readable by the
user only); the database holds public keys only, as OfficeKey rows, so the table can carry the
district's list of every office's keys and their revocations when it arrives with USB sync.

The database also keeps the fingerprint of the office's own key (a setting, saved when the key
is made). A key file replaced by another valid key no longer matches it: the program notices at
start (`key_state`) and refuses to sign (`signing_key`) until an administrator re-keys on
purpose (`rekey`), which makes a new key and revokes the old one from that moment.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import OfficeKey
from desktop.core import certificate as core
from desktop.core.actor import Actor
from desktop.core.localtime import aware
from desktop.paths import data_dir
from desktop.services.access import require
from desktop.services.settings import OFFICE_KEY_FINGERPRINT, get_setting, set_setting


class OfficeKeyError(ValueError):
    """A key cannot be used or stored; `code` says why."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code} {params or ''}".rstrip())
        self.code = code
        self.params = params


@dataclass(frozen=True)
class KeyRow:
    office_number: int
    key_id: str
    public_key: str  # base64 of the 32 raw bytes
    valid_from: datetime
    revoked_at: datetime | None = None
    revoke_reason: str = ""

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def key_path(office_number: int) -> Path:
    return data_dir() / "keys" / f"office-{office_number}.pem"


def write_private(path: Path, data: bytes) -> None:
    """Atomically and durably, readable by the user only: a temporary file beside it, fsynced,
    then os.replace, then the folder fsynced (so the new name survives a power cut too)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if os.name == "posix":
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def read_json_object(path: Path) -> dict[str, Any]:
    """The JSON object kept in `path` (a small file written with write_private); empty when the
    file is missing. ValueError when it is not valid UTF-8 JSON or not an object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


@contextmanager
def exclusive(lock: Path) -> Iterator[None]:
    """An exclusive lock of the file `lock` (made if missing) while the block runs: for a
    read, merge and write_private of a small file several processes share."""
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(os.open(lock, os.O_RDWR | os.O_CREAT, 0o600), "r+b") as file:
        if sys.platform == "win32":
            import msvcrt

            file.seek(0)
            msvcrt.locking(file.fileno(), msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(file.fileno(), fcntl.LOCK_EX)
        yield  # closing the file releases the lock


def _row(key: OfficeKey) -> KeyRow:
    return KeyRow(
        key.office_number,
        key.key_id,
        key.public_key,
        key.valid_from,
        key.revoked_at,
        key.revoke_reason,
    )


def _by_id(session: Session, kid: str) -> OfficeKey | None:
    return session.scalar(select(OfficeKey).where(OfficeKey.key_id == kid))


def _load(path: Path) -> Ed25519PrivateKey | None:
    try:
        return core.load_private_key(path.read_bytes())
    except (OSError, ValueError):
        return None


def ensure_office_key(db: Database, office_number: int, actor: Actor, now: datetime) -> str:
    """The key id of this office's signing key, creating the key pair when there is none.

    A key file whose public key is missing from the database is registered again, unless the
    database knows the office's key by another fingerprint (the file was replaced:
    OfficeKeyError "key_replaced", until an administrator re-keys). A revoked (or unreadable)
    one is set aside as office-<n>.<old id>.pem and replaced by a new pair. A key registered now
    is valid from `now`; its fingerprint is saved.
    """
    require(actor, "keys.manage")
    path = key_path(office_number)
    private = _load(path) if path.exists() else None
    with db.write(actor) as session:
        if private is not None:
            public = core.public_key_b64(private)
            kid = core.key_id(public)
            fingerprint = core.key_fingerprint(public)
            if _replaced(session, office_number, fingerprint):
                raise OfficeKeyError("key_replaced", key_id=kid)
            row = _by_id(session, kid)
            if row is None:
                session.add(_new_row(office_number, kid, public, now))
                set_setting(session, OFFICE_KEY_FINGERPRINT, fingerprint)
                return kid
            if row.revoked_at is None and row.office_number == office_number:
                set_setting(session, OFFICE_KEY_FINGERPRINT, fingerprint)
                return kid
            path.replace(path.with_name(f"office-{office_number}.{kid}.pem"))
        elif path.exists():
            path.replace(path.with_name(f"office-{office_number}.unreadable.pem"))
        return _make_key(session, office_number, now)


def _make_key(session: Session, office_number: int, now: datetime) -> str:
    """A new key pair: the private key into its file, the public key and fingerprint stored."""
    private = core.new_private_key()
    public = core.public_key_b64(private)
    kid = core.key_id(public)
    write_private(key_path(office_number), core.private_key_pem(private))
    session.add(_new_row(office_number, kid, public, now))
    set_setting(session, OFFICE_KEY_FINGERPRINT, core.key_fingerprint(public))
    return kid


def _replaced(session: Session, office_number: int, fingerprint: str) -> bool:
    """The key file's key is not the one the database knows as this office's own.

    Databases from before the fingerprint was kept: replaced when the office has a key in
    force and the file's key is not among its keys."""
    stored = get_setting(session, OFFICE_KEY_FINGERPRINT)
    if stored is not None:
        return bool(stored != fingerprint)
    in_force = session.scalars(
        select(OfficeKey.key_id).where(
            OfficeKey.office_number == office_number,
            OfficeKey.revoked_at.is_(None),
            OfficeKey.deleted_at.is_(None),
        )
    ).all()
    return bool(in_force) and fingerprint[:16] not in in_force


def _new_row(office_number: int, kid: str, public: str, now: datetime) -> OfficeKey:
    return OfficeKey(
        origin_office=office_number,
        office_number=office_number,
        key_id=kid,
        public_key=public,
        valid_from=now,
    )


def signing_key(db: Database, office_number: int) -> tuple[Ed25519PrivateKey, str]:
    """This office's private key and its id; OfficeKeyError if it is missing, revoked or not
    the key the database knows (replaced)."""
    path = key_path(office_number)
    private = _load(path) if path.exists() else None
    if private is None:
        raise OfficeKeyError("no_key", path=str(path))
    public = core.public_key_b64(private)
    kid = core.key_id(public)
    with db.read() as session:
        if _replaced(session, office_number, core.key_fingerprint(public)):
            raise OfficeKeyError("key_replaced", key_id=kid)
        row = _by_id(session, kid)
        if row is None or row.office_number != office_number:
            raise OfficeKeyError("no_key", path=str(path))
        if row.revoked_at is not None:
            raise OfficeKeyError("revoked_key", key_id=kid, revoked_at=row.revoked_at)
    return private, kid


@dataclass(frozen=True)
class KeyState:
    """What `auyl-desk keys show` and the start check tell about this office's key."""

    office_number: int
    status: str  # "ok", "no_key" (missing or unreadable), "key_replaced", "revoked_key"
    path: Path
    key_id: str  # of the key file; "" without a readable one
    fingerprint: str  # of the key file
    stored_fingerprint: str  # what the database keeps; "" if nothing yet

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def key_state(db: Database, office_number: int) -> KeyState:
    """The state of this office's key on this computer, read only."""
    path = key_path(office_number)
    with db.read() as session:
        stored = str(get_setting(session, OFFICE_KEY_FINGERPRINT) or "")
    try:
        signing_key(db, office_number)
        status = "ok"
    except OfficeKeyError as error:
        status = error.code
    private = _load(path) if path.exists() else None
    public = core.public_key_b64(private) if private is not None else ""
    return KeyState(
        office_number,
        status,
        path,
        core.key_id(public) if public else "",
        core.key_fingerprint(public) if public else "",
        stored,
    )


def rekey(db: Database, office_number: int, reason: str, actor: Actor, now: datetime) -> str:
    """Make a new key for the office on purpose (an administrator's act): the office's keys in
    force are revoked from `now` with `reason`, a key file found is set aside as
    office-<n>.<its id>.pem, and the new key's id is returned. Certificates signed before the
    day of the revocation stay valid."""
    require(actor, "keys.manage")
    if not reason.strip():
        raise OfficeKeyError("reason_required")
    path = key_path(office_number)
    moment = aware(now)
    with db.write(actor) as session:
        revoked = session.scalars(
            select(OfficeKey).where(
                OfficeKey.office_number == office_number,
                OfficeKey.revoked_at.is_(None),
                OfficeKey.deleted_at.is_(None),
            )
        ).all()
        for row in revoked:
            row.revoked_at = moment
            row.revoke_reason = reason.strip()
        private = _load(path) if path.exists() else None
        if private is not None:
            old = core.key_id(core.public_key_b64(private))
            path.replace(path.with_name(f"office-{office_number}.{old}.pem"))
        elif path.exists():
            path.replace(path.with_name(f"office-{office_number}.unreadable.pem"))
        kid = _make_key(session, office_number, moment)
        session.note("office_key.rekey", kid, revoked=[row.key_id for row in revoked])
        return kid


def known_keys(db: Database) -> list[KeyRow]:
    """Every public key the program knows (its own and the district's), by office."""
    with db.read() as session:
        rows = session.scalars(
            select(OfficeKey)
            .where(OfficeKey.deleted_at.is_(None))
            .order_by(OfficeKey.office_number, OfficeKey.valid_from)
        )
        return [_row(r) for r in rows]


def find_key(db: Database, kid: str) -> KeyRow | None:
    with db.read() as session:
        row = _by_id(session, kid)
        return None if row is None or row.deleted_at is not None else _row(row)


def import_public_keys(db: Database, rows: Iterable[KeyRow], actor: Actor) -> int:
    """Add or replace keys by key id (the district's list); returns how many changed.

    A key whose id does not match its public key is refused (nothing is saved). A revocation
    is never undone by an import: a key revoked here stays revoked.
    """
    require(actor, "keys.manage")
    with db.write(actor) as session:
        return take_public_keys(session, rows)


def take_public_keys(session: Session, rows: Iterable[KeyRow]) -> int:
    """import_public_keys inside the caller's transaction (the district's return package)."""
    rows = list(rows)
    for item in rows:
        try:
            actual = core.key_id(item.public_key)
        except ValueError:
            raise OfficeKeyError("bad_public_key", key_id=item.key_id) from None
        if actual != item.key_id:
            raise OfficeKeyError("key_id_mismatch", key_id=item.key_id)
    changed = 0
    for item in rows:
        row = _by_id(session, item.key_id)
        revoked_at, reason = item.revoked_at, item.revoke_reason
        if row is not None and row.revoked_at is not None and revoked_at is None:
            revoked_at, reason = row.revoked_at, row.revoke_reason
        wanted = KeyRow(
            item.office_number,
            item.key_id,
            item.public_key,
            item.valid_from,
            revoked_at,
            reason,
        )
        if row is not None and row.deleted_at is None and _row(row) == wanted:
            continue
        if row is None:
            row = OfficeKey(origin_office=item.office_number, key_id=item.key_id)
            session.add(row)
        row.office_number = wanted.office_number
        row.public_key = wanted.public_key
        row.valid_from = wanted.valid_from
        row.revoked_at = wanted.revoked_at
        row.revoke_reason = wanted.revoke_reason
        row.deleted_at = None
        changed += 1
    return changed


def revoke(db: Database, kid: str, reason: str, actor: Actor, now: datetime) -> None:
    """Mark a key revoked (a lost or stolen computer): certificates it signed before the day of
    the revocation still verify, with the revocation shown; later ones are refused."""
    require(actor, "keys.manage")
    if not reason.strip():
        raise OfficeKeyError("reason_required")
    with db.write(actor) as session:
        row = _by_id(session, kid)
        if row is None:
            raise OfficeKeyError("unknown_key", key_id=kid)
        if row.revoked_at is None:
            row.revoked_at = aware(now)
            row.revoke_reason = reason.strip()
