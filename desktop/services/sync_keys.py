"""The keys of the USB exchange: this side's two key pairs, the enrollment files that carry
public keys between a village and the district, and the keys enrolled from the other side.

A village office signs with its office key (services/keys.py: keys/office-<n>.pem) and opens
what the district sends with an X25519 key beside it (keys/office-<n>-encryption.pem). The
district, a setting of the same program (`sync.district`: its number and name), keeps its pair
as keys/district-<n>.pem and keys/district-<n>-encryption.pem. Private keys never enter the
database; the other side's public keys do (SyncPeer), and an office's signing key also as an
OfficeKey row, so that a revocation travels with the district's list of keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import OfficeKey, SyncPeer
from desktop.core import certificate
from desktop.core.actor import SYSTEM, Actor
from desktop.core.localtime import aware
from desktop.core.sync import enrollment as core_enrollment
from desktop.core.sync import keys as core_keys
from desktop.core.sync.header import Header, PackageError
from desktop.core.sync.package import SenderKeyLookup
from desktop.paths import data_dir
from desktop.services import keys, settings
from desktop.services.access import require
from desktop.services.office import workplace

DISTRICT = "sync.district"  # {"number": n, "name": "..."}: this installation is the district's


class SyncKeyError(ValueError):
    """The exchange's keys cannot be used; `code` says why: no_office, wrong_role,
    fingerprint_mismatch, unknown_key, reason_required, not_enrolled."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code} {params or ''}".rstrip())
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Side:
    """Who this installation is in the exchange: a village office or the district."""

    role: str  # "office" or "district"
    number: int
    name: str

    @property
    def peer_role(self) -> str:
        return "office" if self.role == "district" else "district"


@dataclass(frozen=True)
class Peer:
    """An enrolled key of the other side."""

    role: str
    number: int
    name: str
    signing_key_id: str
    signing_key: str
    encryption_key_id: str
    encryption_key: str
    fingerprint: str
    enrolled_at: datetime
    revoked_at: datetime | None
    revoke_reason: str


def side(db: Database) -> Side:
    """The district when district mode is set, else the configured office; SyncKeyError
    no_office before the first-run setup."""
    found = district(db)
    if found is not None:
        return found
    place = workplace(db)
    if place is None:
        raise SyncKeyError("no_office")
    return Side("office", place.office.number, place.office.name)


def district(db: Database) -> Side | None:
    """The district this installation is (district mode), else None."""
    with db.read() as session:
        value = settings.get_setting(session, DISTRICT)
    return (
        Side("district", int(value["number"]), str(value["name"]))
        if isinstance(value, dict)
        else None
    )


def set_district_mode(db: Database, number: int, name: str, actor: Actor) -> None:
    """Make this installation the district's (its number and name, as its enrollment says)."""
    require(actor, "sync.keys")
    if not 0 <= number <= 9999 or not name.strip():
        raise ValueError("district number 0-9999 and a name are required")
    with db.write(actor) as work:
        settings.set_setting(work, DISTRICT, {"number": number, "name": name.strip()})


def is_district(db: Database) -> bool:
    return district(db) is not None


def _encryption_path(me: Side) -> Path:
    return data_dir() / "keys" / f"{me.role}-{me.number}-encryption.pem"


def _district_signing_path(me: Side) -> Path:
    return data_dir() / "keys" / f"district-{me.number}.pem"


def _encryption_key(me: Side) -> X25519PrivateKey:
    path = _encryption_path(me)
    if path.exists():
        return core_keys.load_encryption_key(path.read_bytes())
    private = X25519PrivateKey.generate()
    keys.write_private(path, certificate.private_key_pem(private))
    return private


def own_keys(db: Database, actor: Actor, now: datetime) -> core_keys.SyncKeys:
    """This side's private keys, made on first use."""
    require(actor, "sync.exchange")
    me = side(db)
    if me.role == "office":
        # the office's signing key, made by the program itself when missing (as at setup)
        keys.ensure_office_key(db, me.number, SYSTEM, now)
        signing, _kid = keys.signing_key(db, me.number)
    else:
        path = _district_signing_path(me)
        if path.exists():
            signing = certificate.load_private_key(path.read_bytes())
        else:
            signing = certificate.new_private_key()
            keys.write_private(path, certificate.private_key_pem(signing))
    return core_keys.SyncKeys(signing, _encryption_key(me))


def own_enrollment(db: Database, actor: Actor, now: datetime) -> tuple[bytes, str]:
    """This side's enrollment document and the fingerprint to read aloud with it."""
    require(actor, "sync.exchange")
    me = side(db)
    pair = own_keys(db, actor, now)
    document = core_enrollment.make_enrollment(me.role, me.number, me.name, pair, aware(now))
    return document, core_enrollment.read_enrollment(document).fingerprint


def _peer(row: SyncPeer) -> Peer:
    return Peer(
        row.role,
        row.number,
        row.name,
        row.signing_key_id,
        row.signing_key,
        row.encryption_key_id,
        row.encryption_key,
        row.fingerprint,
        row.enrolled_at,
        row.revoked_at,
        row.revoke_reason,
    )


def import_enrollment(
    db: Database, document: bytes, spoken: str, actor: Actor, now: datetime
) -> Peer:
    """Enroll the other side's keys from its file, once the fingerprint read aloud by its
    people (`spoken`) is the one of the file. EnrollmentError for a bad file; SyncKeyError
    wrong_role (a village's file in a village) or fingerprint_mismatch. Enrolling the same
    keys again changes nothing."""
    require(actor, "sync.keys")
    found = core_enrollment.read_enrollment(document)
    me = side(db)
    if found.role != me.peer_role:
        raise SyncKeyError("wrong_role", role=found.role)
    if not found.matches(spoken):
        raise SyncKeyError("fingerprint_mismatch")
    with db.write(actor) as work:
        row = work.scalar(select(SyncPeer).where(SyncPeer.signing_key_id == found.signing_key_id))
        if row is None:
            row = SyncPeer(
                role=found.role,
                number=found.number,
                name=found.name,
                signing_key_id=found.signing_key_id,
                signing_key=found.signing_key,
                encryption_key_id=found.encryption_key_id,
                encryption_key=found.encryption_key,
                fingerprint=found.fingerprint,
                enrolled_at=aware(now),
            )
            work.add(row)
            work.note("sync.enrolled", f"{found.role} {found.number}", key_id=found.signing_key_id)
        peer = _peer(row)
    if found.role == "office":
        row_key = keys.KeyRow(found.number, found.signing_key_id, found.signing_key, aware(now))
        if keys.find_key(db, found.signing_key_id) is None:
            keys.import_public_keys(db, [row_key], actor)
    return peer


def peers(db: Database) -> list[Peer]:
    with db.read() as session:
        rows = session.scalars(
            select(SyncPeer).order_by(SyncPeer.role, SyncPeer.number, SyncPeer.id)
        )
        return [_peer(r) for r in rows]


def district_peer(db: Database) -> Peer:
    """The district's newest key still in force; SyncKeyError not_enrolled when there is none."""
    found = [p for p in peers(db) if p.role == "district" and p.revoked_at is None]
    if not found:
        raise SyncKeyError("not_enrolled", role="district")
    return max(found, key=lambda p: p.enrolled_at)


def office_peer(db: Database, number: int) -> Peer:
    """Office `number`'s newest key still in force (at the district)."""
    found = [
        p for p in peers(db) if p.role == "office" and p.number == number and p.revoked_at is None
    ]
    if not found:
        raise SyncKeyError("not_enrolled", role="office", number=number)
    return max(found, key=lambda p: p.enrolled_at)


def revoke(db: Database, key_id: str, reason: str, actor: Actor, now: datetime) -> None:
    """Refuse every later package signed by this enrolled key (a lost or stolen computer);
    an office's key is revoked in the list of office keys too, which travels to the villages."""
    require(actor, "sync.keys")
    if not reason.strip():
        raise SyncKeyError("reason_required")
    with db.write(actor) as work:
        row = work.scalar(select(SyncPeer).where(SyncPeer.signing_key_id == key_id))
        office_key = work.scalar(select(OfficeKey).where(OfficeKey.key_id == key_id))
        if row is None and office_key is None:
            raise SyncKeyError("unknown_key", key_id=key_id)
        if row is not None and row.revoked_at is None:
            row.revoked_at = aware(now)
            row.revoke_reason = reason.strip()
        work.note("sync.key_revoked", key_id, reason=reason.strip())
    if office_key is not None:
        keys.revoke(db, key_id, reason, actor, now)


def _revoked_office_key(session: Session, key_id: str) -> bool:
    row = session.scalar(select(OfficeKey).where(OfficeKey.key_id == key_id))
    return row is not None and row.revoked_at is not None


def sender_lookup(db: Database, role: str) -> SenderKeyLookup:
    """The lookup open_package asks for a package's signing key: an enrolled key of `role`
    whose number is the header's office; PackageError revoked_sender for a revoked one."""

    def lookup(header: Header) -> Ed25519PublicKey | None:
        with db.read() as session:
            row = session.scalar(
                select(SyncPeer).where(SyncPeer.signing_key_id == header.sender_key_id)
            )
            if row is None or row.role != role or row.number != header.origin.office:
                return None
            if row.revoked_at is not None or _revoked_office_key(session, row.signing_key_id):
                raise PackageError("revoked_sender", office=row.number, key_id=row.signing_key_id)
            return core_keys.signing_public_key(row.signing_key)

    return lookup
