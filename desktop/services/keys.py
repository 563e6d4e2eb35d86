"""Office signing keys: this office's Ed25519 key pair and the public keys of all offices.

The private key is a PEM file in the user's data folder (keys/office-<n>.pem, readable by the
user only); the database holds public keys only, as OfficeKey rows, so the table can carry the
district's list of every office's keys and their revocations when it arrives with USB sync.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

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


def write_private_key(path: Path, pem: bytes) -> None:
    """Atomically, readable by the user only: a temporary file beside it, then os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".office-", suffix=".tmp")
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "wb") as file:
            file.write(pem)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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

    A key file whose public key is missing from the database is registered again; a revoked
    (or unreadable) one is set aside as office-<n>.<old id>.pem and replaced by a new pair.
    A key registered now is valid from `now`.
    """
    require(actor, "keys.manage")
    path = key_path(office_number)
    private = _load(path) if path.exists() else None
    with db.write(actor) as session:
        if private is not None:
            public = core.public_key_b64(private)
            kid = core.key_id(public)
            row = _by_id(session, kid)
            if row is None:
                session.add(_new_row(office_number, kid, public, now))
                return kid
            if row.revoked_at is None and row.office_number == office_number:
                return kid
            path.replace(path.with_name(f"office-{office_number}.{kid}.pem"))
        elif path.exists():
            path.replace(path.with_name(f"office-{office_number}.unreadable.pem"))
        private = core.new_private_key()
        public = core.public_key_b64(private)
        kid = core.key_id(public)
        write_private_key(path, core.private_key_pem(private))
        session.add(_new_row(office_number, kid, public, now))
        return kid


def _new_row(office_number: int, kid: str, public: str, now: datetime) -> OfficeKey:
    return OfficeKey(
        origin_office=office_number,
        office_number=office_number,
        key_id=kid,
        public_key=public,
        valid_from=now,
    )


def signing_key(db: Database, office_number: int) -> tuple[Ed25519PrivateKey, str]:
    """This office's private key and its id; OfficeKeyError if it is missing or revoked."""
    path = key_path(office_number)
    private = _load(path) if path.exists() else None
    if private is None:
        raise OfficeKeyError("no_key", path=str(path))
    kid = core.key_id(core.public_key_b64(private))
    with db.read() as session:
        row = _by_id(session, kid)
        if row is None or row.office_number != office_number:
            raise OfficeKeyError("no_key", path=str(path))
        if row.revoked_at is not None:
            raise OfficeKeyError("revoked_key", key_id=kid, revoked_at=row.revoked_at)
    return private, kid


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
    rows = list(rows)
    for item in rows:
        try:
            actual = core.key_id(item.public_key)
        except ValueError:
            raise OfficeKeyError("bad_public_key", key_id=item.key_id) from None
        if actual != item.key_id:
            raise OfficeKeyError("key_id_mismatch", key_id=item.key_id)
    changed = 0
    with db.write(actor) as session:
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
