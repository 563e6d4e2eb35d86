"""The office key's fingerprint: a key file replaced by another valid key is noticed and
refused until an administrator re-keys, which revokes the old key from that moment."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from db.engine import Database
from desktop.core import certificate as core
from desktop.core import roles
from desktop.core.actor import SYSTEM, Actor
from desktop.core.localtime import aware
from desktop.services import certificates, keys, settings, verification
from desktop.services.certificates import CertificateError
from tests.helpers import acting_as
from tests.services import test_certificates as base
from tests.services.test_certificates import TUESDAY, _accepted, by

office45 = base.office45
household = base.household


def _stored(db: Database) -> str:
    with db.read() as session:
        return str(settings.get_setting(session, settings.OFFICE_KEY_FINGERPRINT))


def _replace_key_file() -> str:
    """Another valid Ed25519 key put in place of the office's key file; returns its id."""
    other = core.new_private_key()
    keys.write_private(keys.key_path(45), core.private_key_pem(other))
    return core.key_id(core.public_key_b64(other))


def test_the_fingerprint_is_saved_when_the_key_is_made(office45: Database) -> None:
    state = keys.key_state(office45, 45)
    assert state.ok and state.fingerprint == _stored(office45) and len(state.fingerprint) == 64
    assert state.key_id == state.fingerprint[:16]


def test_a_replaced_key_file_is_noticed_and_signs_nothing(
    office45: Database, household: Any
) -> None:
    before = keys.known_keys(office45)
    intruder = _replace_key_file()
    state = keys.key_state(office45, 45)
    assert (state.status, state.key_id) == ("key_replaced", intruder)
    assert state.stored_fingerprint != state.fingerprint
    with pytest.raises(CertificateError) as refused:
        certificates.prepare(office45, _accepted(office45), TUESDAY.date(), by(office45), TUESDAY)
    assert refused.value.code == "key_replaced"
    # saving the settings again (which makes sure of the key) does not adopt it either
    with pytest.raises(keys.OfficeKeyError) as again:
        keys.ensure_office_key(office45, 45, SYSTEM, aware(TUESDAY))
    assert again.value.code == "key_replaced"
    assert keys.known_keys(office45) == before


def administrator(db: Database) -> Actor:
    return acting_as(by(db), roles.ADMINISTRATOR)


def test_rekeying_revokes_the_old_key_from_that_moment_and_signs_again(
    office45: Database, household: Any
) -> None:
    signed_before = certificates.prepare(
        office45, _accepted(office45), TUESDAY.date(), by(office45), TUESDAY
    )
    [old] = keys.known_keys(office45)
    _replace_key_file()
    with pytest.raises(keys.OfficeKeyError):
        keys.rekey(office45, 45, "  ", administrator(office45), TUESDAY)  # a reason is required
    later = TUESDAY + timedelta(days=1)
    new_id = keys.rekey(office45, 45, "ключ заменён", administrator(office45), later)
    assert keys.key_state(office45, 45).ok and keys.key_state(office45, 45).key_id == new_id
    by_id = {k.key_id: k for k in keys.known_keys(office45)}
    assert by_id[old.key_id].revoked_at == aware(later)
    assert by_id[old.key_id].revoke_reason == "ключ заменён"
    assert by_id[new_id].valid_from == aware(later) and not by_id[new_id].revoked
    row = certificates.prepare(office45, _accepted(office45), later.date(), by(office45), later)
    assert verification.verify(office45, row.payload).status == "valid"
    # a certificate signed by the old key before the revocation stays valid, with the revocation
    earlier = verification.verify(office45, signed_before.payload)
    assert earlier.status == "valid" and earlier.revoked_at == aware(later)
    # the replaced file was set aside, not deleted
    assert len(list(keys.key_path(45).parent.glob("office-45.*.pem"))) == 1
