"""Verification: the signed content in the code, edited PDFs, demo, revocation, old codes."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from db.engine import Database
from desktop.core import certificate as v1
from desktop.core import certificate_code as code2
from desktop.core.actor import SYSTEM
from desktop.core.localtime import aware
from desktop.printing.certificate import render_certificate
from desktop.services import certificates, demo, keys, settings, verification
from desktop.services import household_writer as households
from desktop.services.household_values import HouseholdData, MemberData
from tests.helpers import acting_as
from tests.services import test_certificates as base
from tests.services.test_certificates import IIN, OPENED, TUESDAY, _accepted, by

office45 = base.office45  # the fixtures of an office with its key, and of a household
household = base.household


def _prepared(db: Database, service: int = 1, **changes: Any) -> certificates.CertificateRow:
    application_id = _accepted(db, service=service, **changes)
    return certificates.prepare(db, application_id, TUESDAY.date(), by(db), TUESDAY)


def test_the_code_carries_the_signed_content(office45: Database, household: Any) -> None:
    row = _prepared(office45)
    assert row.payload.startswith("AUYL2:")
    verdict = verification.verify(office45, row.payload)
    assert verdict.status == "valid" and verdict.revoked_at is None
    content = verdict.content
    assert content is not None
    assert (content.number, content.holder, content.national_number) == (
        "45-2026-C0001",
        "Серіков Асқар Бекұлы",
        IIN,
    )
    assert (content.as_of, content.account_number, content.members) == (TUESDAY.date(), "0101", 2)
    assert content.land_ha == Decimal("0.15") and not content.demo
    assert content.livestock == (("cattle_cows", 7),)
    # one character changed anywhere: never valid
    for index in range(len("AUYL2:"), len(row.payload), 17):
        other = "A" if row.payload[index] != "A" else "B"
        altered = row.payload[:index] + other + row.payload[index + 1 :]
        refused = ("forged", "malformed", "unknown_office")  # the key id's bytes: another key
        assert verification.verify(office45, altered).status in refused


def test_the_printed_pdf_verifies_and_an_edited_one_is_refused(
    office45: Database, household: Any, tmp_path: Path
) -> None:
    for service, language in ((1, "kk"), (2, "ru")):
        row = _prepared(office45, service=service, language=language)
        pdf = certificates.pdf(office45, row.id)
        assert verification.verify(office45, pdf).status == "valid", (service, language)
        copy_pdf = certificates.pdf(office45, row.id, copy=True)
        assert verification.verify(office45, copy_pdf).status == "valid"

        renamed = copy.deepcopy(row.content)
        renamed["applicant"]["name"] = "Серіков Асқар Бекұлыұлы"
        more = copy.deepcopy(row.content)
        more["livestock"][0]["count"] = 70
        extra = copy.deepcopy(row.content)
        name = "лошади" if language == "ru" else "жылқылар"
        extra["livestock"].append({"code": "horses", "group": "Жылқы", "kind": name, "count": 5})
        cases = [
            (renamed, ("holder",)),
            (more, ("totals", "livestock:cattle_cows")),
            (extra, ("extra:horses",)),
        ]
        for edited, differences in cases:
            verdict = verification.verify(office45, render_certificate(edited, row.payload))
            assert verdict.status == "altered" and verdict.differences == differences
            assert verdict.content is not None and verdict.content.holder == "Серіков Асқар Бекұлы"


@pytest.mark.usefixtures("qapp")  # before cli.main would make a bare QCoreApplication
def test_the_verify_command_refuses_an_edited_pdf_in_the_ui_language(
    office45: Database, household: Any, db_location: str | Path, tmp_path: Path, capsys: Any
) -> None:
    from desktop.cli import main

    settings.save_ui_language(office45, "ru", SYSTEM)
    row = _prepared(office45, service=2)
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(certificates.pdf(office45, row.id))
    assert main(["verify", str(genuine), "--db", str(db_location)]) == 0
    out = capsys.readouterr().out
    assert "Подлинная" in out and "Серіков Асқар Бекұлы" in out and "коровы 7" in out
    edited = copy.deepcopy(row.content)
    edited["livestock"][0]["count"] = 17
    forged = tmp_path / "edited.pdf"
    forged.write_bytes(render_certificate(edited, row.payload))
    assert main(["verify", str(forged), "--db", str(db_location)]) == 1
    out = capsys.readouterr().out
    assert "Изменена" in out and "коровы 7" in out
    assert main(["verify", "hello", "--db", str(db_location)]) == 1
    assert "не найден" in capsys.readouterr().out


def test_a_demo_certificate_verifies_as_demo_also_after_the_demo_data_is_removed(
    office45: Database,
) -> None:
    households.create_household(
        office45,
        HouseholdData("DEMO-0001", "Ботақара", OPENED),
        MemberData("Серіков", "Асқар", "head", OPENED, iin=IIN),
        by(office45),
        TUESDAY.date(),
        is_demo=True,
    )
    row = _prepared(office45)
    assert row.content["demo"] is True
    pdf = certificates.pdf(office45, row.id)
    assert verification.verify(office45, pdf).status == "demo"
    demo.remove_demo(office45, acting_as(by(office45), "akim"), aware(TUESDAY + timedelta(hours=1)))
    verdict = verification.verify(office45, row.payload)
    assert verdict.status == "demo" and not verdict.valid
    assert verdict.content is not None and verdict.content.demo


def test_revocation_keeps_earlier_certificates_valid_and_refuses_later_ones(
    office45: Database, household: Any
) -> None:
    row = _prepared(office45)
    [key] = keys.known_keys(office45)
    keys.revoke(
        office45, key.key_id, "компьютер украден", SYSTEM, aware(TUESDAY + timedelta(days=2))
    )
    verdict = verification.verify(office45, row.payload)
    assert verdict.status == "valid" and verdict.revoked_at is not None
    assert verdict.revoke_reason == "компьютер украден"
    # the stolen key signs a certificate dated on the day of the revocation: refused
    private = v1.load_private_key(keys.key_path(45).read_bytes())
    signed = code2.parse_code(row.payload).content
    later = replace(signed, sequence=99, issued_on=TUESDAY.date() + timedelta(days=2))
    verdict = verification.verify(office45, code2.make_code(private, later).text)
    assert verdict.status == "revoked_key" and verdict.content is None


def test_unknown_office_another_offices_key_and_version_1_codes(office45: Database) -> None:
    stranger = v1.new_private_key()
    public = v1.public_key_b64(stranger)
    content = code2.SignedContent(
        46, 2, 1, date(2026, 11, 24), date(2026, 11, 24), "kk", False, False, IIN, "Серіков А.",
        "0101", 0, Decimal(0), (("sheep", 4),), v1.key_id(public),
    )  # fmt: skip
    text = code2.make_code(stranger, content).text
    assert verification.verify(office45, text).status == "unknown_office"
    keys.import_public_keys(
        office45,
        [keys.KeyRow(46, v1.key_id(public), public, datetime(2026, 1, 1, tzinfo=UTC))],
        SYSTEM,
    )
    assert verification.verify(office45, text).status == "valid"
    in_45s_name = replace(content, office=45)
    assert verification.verify(office45, code2.make_code(stranger, in_45s_name).text).status == (
        "forged"
    )
    # a certificate issued before version 2 still verifies
    old = v1.make_payload(stranger, "46-2026-C0001", date(2026, 11, 24), 46, 1, "0" * 64)
    assert verification.verify(office45, old.text).status == "valid"
    assert verification.verify(office45, old.text.replace("|46|1|", "|46|2|")).status == "forged"


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("", "no_code"),
        ("AUYL1|nonsense", "version_1"),
        ("AUYL2:AB1", "characters"),
        ("AUYL2:ABCDEFGH", "length"),
        (b"%PDF-1.4 broken", "unreadable_pdf"),
    ],
)
def test_malformed_sources_say_why(office45: Database, source: Any, reason: str) -> None:
    verdict = verification.verify(office45, source)
    assert (verdict.status, verdict.reason) == ("malformed", reason)


def test_a_certificate_issued_with_a_version_1_code_reprints_and_verifies(
    office45: Database, household: Any
) -> None:
    from db.models import Certificate

    row = _prepared(office45)
    private = v1.load_private_key(keys.key_path(45).read_bytes())
    old = v1.make_payload(private, row.number, TUESDAY.date(), 45, 1, row.content_hash)
    with office45.write(by(office45)) as session:
        stored = session.get(Certificate, row.id)
        assert stored is not None
        stored.signature = old.signature  # as certificates were stored before version 2
    reprint = certificates.certificate(office45, row.id)
    assert reprint.payload == old.text
    verdict = verification.verify(office45, certificates.pdf(office45, row.id, copy=True))
    assert verdict.status == "valid" and verdict.content is None


def test_a_genuine_code_whose_number_the_record_holds_otherwise_is_not_called_forged(
    office45: Database, household: Any
) -> None:
    from db.models import Certificate

    row = _prepared(office45)
    private = v1.load_private_key(keys.key_path(45).read_bytes())
    signed = code2.parse_code(row.payload).content
    other = code2.make_code(private, replace(signed, holder="Басқа Адам", national_number=IIN))
    with office45.write(by(office45)) as session:  # the number given again to other content
        stored = session.get(Certificate, row.id)
        assert stored is not None
        stored.signature = other.text
    verdict = verification.verify(office45, row.payload)
    assert verdict.status == "differs_from_record" and not verdict.valid
    assert verdict.content == signed  # what the office did sign, for the checker to compare
    last = row.payload[-1]
    tampered = row.payload[:-1] + ("A" if last != "A" else "B")
    assert verification.verify(office45, tampered).status in ("forged", "malformed")
    # a version 1 code whose content hash differs from the record: genuine, not forged
    old = v1.make_payload(private, row.number, TUESDAY.date(), 45, 1, "0" * 64)
    assert verification.verify(office45, old.text).status == "differs_from_record"
