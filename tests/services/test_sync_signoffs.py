"""The akim's sign-offs travel to the district in the office's packages: the district keeps them
per office (once each, whatever the order of the packages) and its report of an office shows the
sign-off the office's shows; its consolidated report lists each office's (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from db.engine import Database
from db.models import OfficeReportSignOff
from desktop.core import roles
from desktop.core.actor import SYSTEM
from desktop.core.localtime import aware
from desktop.core.report_signoff import SignOffMark, digest
from desktop.printing.texts import text as printed_text
from desktop.services import (
    complaints,
    office,
    report_signoffs,
    reports,
    sync_export,
    sync_import,
    sync_return,
)
from tests.helpers import acting_as
from tests.services.sync_helpers import Village, enroll, later, make_district, make_village
from tests.services.test_complaints import _complaint
from tests.services.test_sync_reports import AS_OF, NOVEMBER, _work

SIGNED_AT = aware(datetime(2026, 12, 1, 17, 0))


@pytest.fixture
def district(db: Database) -> Database:
    return make_district(db)


def _sign(village: Village, at: datetime = SIGNED_AT) -> report_signoffs.SignOff:
    akim = acting_as(village.actor, roles.AKIM)
    report = reports.build_report(village.db, NOVEMBER, AS_OF)
    return report_signoffs.sign_off(village.db, report, akim, at)


def _export(village: Village, folder: Path, minute: int) -> Path:
    return sync_export.export_package(village.db, folder, village.actor, later(minute)).path


def _import(district: Database, package: Path, minute: int) -> list[str]:
    report = sync_import.import_packages(district, [package], SYSTEM, later(minute))
    return [p.status for p in report.packages]


def _held(district: Database) -> list[tuple[int, int, str]]:
    with district.read() as session:
        rows = session.scalars(
            select(OfficeReportSignOff).order_by(OfficeReportSignOff.number)
        ).all()
        return [(row.office, row.number, row.figures_sha256) for row in rows]


def _late_complaint(village: Village) -> None:
    """A justified complaint of November, registered after the sign-off: 4.1 changes."""
    row = complaints.register(
        village.db, _complaint(), aware(datetime(2026, 11, 20, 10)), village.actor
    )
    complaints.answer(
        village.db, row.id, True, date(2026, 11, 24), "Жауап берілді.", AS_OF, village.actor
    )


def _marks(village: Village, district: Database) -> tuple[object, object]:
    """What the office's printed report and the district's printed report of it show."""
    own = reports.build_report(village.db, NOVEMBER, AS_OF)
    there = reports.build_report(district, NOVEMBER, AS_OF, office_number=village.number)
    return report_signoffs.printed(village.db, own), report_signoffs.printed(district, there)


def test_a_sign_off_travels_and_the_districts_report_of_the_office_shows_it(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 0, 1)
    enroll(district, village)
    _work(village, 4)
    assert _import(district, _export(village, tmp_path, 1), 2) == ["applied"]
    (mark, _), (there, _) = _marks(village, district)
    assert mark == there == SignOffMark("unsigned")  # a draft on both sides
    back = sync_return.make_return(district, 52, tmp_path, SYSTEM, later(3))
    sync_return.apply_return(village.db, back, village.actor, later(4))

    signed = _sign(village)  # nothing else changed: the sign-off alone makes a package
    package = _export(village, tmp_path, 10)
    assert _import(district, package, 11) == ["applied"]
    own, at_district = _marks(village, district)
    assert own[0] == at_district[0] == SignOffMark("signed", signed.signed_by, SIGNED_AT)
    assert own[1] == at_district[1]  # the signed figures
    office_report = reports.build_report(district, NOVEMBER, AS_OF, office_number=52)
    for language in ("kk", "ru"):
        data = reports.report_data(district, office_report, language)
        assert data.sign_off == own[0] and data.office_sign_offs == []

    # the same package again, and a later one carrying the same sign-off: still one row
    assert _import(district, package, 12) == ["duplicate"]
    _late_complaint(village)
    assert _import(district, _export(village, tmp_path, 13), 14) == ["applied"]
    assert _held(district) == [(52, 1, signed.figures_sha256)]
    # the figures changed since the sign-off: both sides print the signed ones and say which
    own, at_district = _marks(village, district)
    assert own[0] == at_district[0]
    assert own[0] is not None and own[0].state == "changed" and own[0].differing
    assert own[1] == at_district[1]


def _second_district(template_db: Path, tmp_path: Path) -> Database:
    path = tmp_path / "second-district.sqlite3"
    shutil.copy(template_db, path)
    return make_district(Database(path))


def test_sign_offs_in_any_order_of_packages_give_the_same_sign_off_in_force(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 0, 1)
    other = _second_district(template_db, tmp_path)
    for side in (district, other):
        enroll(side, village)
    _work(village, 3)
    _sign(village)
    first = _export(village, tmp_path, 1)
    _late_complaint(village)
    second_sign_off = _sign(village, SIGNED_AT + timedelta(hours=1))
    assert second_sign_off.number == 2
    second = _export(village, tmp_path, 2)

    assert _import(district, second, 3) == ["applied"]
    assert _import(district, first, 4) == ["superseded"]
    assert _import(other, first, 3) == ["applied"]
    assert _import(other, second, 4) == ["applied"]
    assert _held(district) == _held(other) and [n for _, n, _ in _held(district)] == [1, 2]
    own = _marks(village, district)[0]
    for side in (district, other):
        there = reports.build_report(side, NOVEMBER, AS_OF, office_number=52)
        assert report_signoffs.printed(side, there) == own
    assert own[0] is not None and own[0].signed_at == SIGNED_AT + timedelta(hours=1)
    other.dispose()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_consolidated_report_lists_each_office_s_sign_off(
    district: Database, template_db: Path, tmp_path: Path, language: str
) -> None:
    signed = make_village(template_db, tmp_path, 52, 0, 1)
    draft = make_village(template_db, tmp_path, 53, 0, 2)
    for village in (signed, draft):
        enroll(district, village)
        _work(village, 2)
    sign_off = _sign(signed)
    for minute, village in enumerate((signed, draft)):
        _import(district, _export(village, tmp_path, minute), minute + 10)

    whole = reports.build_report(district, NOVEMBER, AS_OF)
    data = reports.report_data(district, whole, language)
    names = [office.office_by_number(district, n) for n in (52, 53)]
    assert all(names)
    assert data.sign_off is None  # no akim signs the district's consolidated report
    assert data.office_sign_offs == [
        (names[0].name_in(language), SignOffMark("signed", sign_off.signed_by, SIGNED_AT)),
        (names[1].name_in(language), SignOffMark("unsigned")),
    ]
    pages = PdfReader(io.BytesIO(reports.document(district, whole, language).pdf())).pages
    found = " ".join(" ".join((page.extract_text() or "").split()) for page in pages)
    assert printed_text(language, "report_offices_signed") in found
    assert sign_off.signed_by in found and printed_text(language, "report_draft") in found
    sheet = load_workbook(io.BytesIO(reports.workbook(district, whole, language))).worksheets[0]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert [names[1].name_in(language), printed_text(language, "report_draft")] in values
    assert any(
        row[0] == names[0].name_in(language) and sign_off.signed_by in row[1] for row in values
    )


def test_a_sign_off_whose_figures_are_not_those_signed_is_refused(
    template_db: Path, tmp_path: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 0, 1)
    _work(village, 2)
    _sign(village)
    with village.db.read() as session:
        [item] = report_signoffs.travelling(session)
    report_signoffs.check_travelling([item])
    changed = [dict(entry) for entry in item["figures"]]
    changed[0]["value"] = "1.0"
    bad_value = [{**changed[0], "value": "много"}, *changed[1:]]
    for bad in (
        [{**item, "figures": changed}],
        [{**item, "figures": [{"code": "1.1"}], "figures_sha256": digest([{"code": "1.1"}])}],
        [{**item, "figures": bad_value, "figures_sha256": digest(bad_value)}],
        [{**item, "signed_at": "2026-12-01T17:00:00"}],  # no zone
        [{**item, "period_kind": "week"}],
        {"id": item["id"]},
    ):
        with pytest.raises((KeyError, TypeError, ValueError)):
            report_signoffs.check_travelling(bad)


def test_the_district_keeps_every_office_sign_off(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 0, 1)
    enroll(district, village)
    _work(village, 2)
    _sign(village)
    _import(district, _export(village, tmp_path, 1), 2)
    for statement in (
        "UPDATE office_report_sign_offs SET signed_by = 'x'",
        "DELETE FROM office_report_sign_offs",
    ):
        with pytest.raises(DBAPIError, match="keeps every sign-off"), district.engine.begin() as c:
            c.execute(text(statement))
    assert len(_held(district)) == 1
