"""The indicator report at the district, from the villages' imported records: one office's
report there equals the office's own, and the district's counts are the sums of the offices'."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from db.engine import Database
from desktop.cli import main
from desktop.core import roles
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.core.localtime import aware
from desktop.core.periods import Period
from desktop.services import complaints, reports, sync_export, sync_import, sync_return
from tests.helpers import acting_as
from tests.services.sync_helpers import Village, enroll, later, make_district, make_village
from tests.services.test_complaints import _complaint
from tests.services.test_reports import _app, _event, _ticket

NOVEMBER = Period.between(date(2026, 11, 1), date(2026, 11, 30))
AS_OF = aware(datetime(2026, 12, 2, 12, 0))
SURVEYED = aware(datetime(2026, 11, 20, 12, 0))


@pytest.fixture
def district(db: Database) -> Database:
    return make_district(db)


def _work(village: Village, size: int) -> None:
    """`size` applications handed in through November (every third ready late, every fifth
    refused), a ticket for each called after 10 + 7*i minutes, a survey and a complaint."""
    number = village.number
    apps, tickets = [], []
    for i in range(size):
        handed = datetime(2026, 11, 2 + i, 9, 0)
        refused = i % 5 == 4
        apps.append(
            _app(
                i + 1,
                handed,
                "refused" if refused else "ready",
                origin_office=number,
                registration_number=None if refused else f"{number}-2026-{i + 1:04d}",
                ready_due_at=None if refused else handed + timedelta(days=2),
                ready_at=None if refused else handed + timedelta(days=3 if i % 3 == 0 else 1),
                missing_documents=["id_card"] if refused else [],
            )
        )
        ticket = _ticket("A", i + 1, "hand_in_1", handed)
        ticket.origin_office = number
        tickets.append(ticket)
    with village.db.write(village.actor) as work:
        work.add_all([*apps, *tickets])
        work.flush()
        for i, ticket in enumerate(tickets):
            called = _event(ticket, "call", ticket.issued_at + timedelta(minutes=10 + 7 * i))
            called.origin_office = number
            work.add(called)
    reports.record_survey(village.db, apps[0].id, {"process": True}, "kk", village.actor, SURVEYED)
    reports.record_survey(village.db, apps[1].id, {"process": False}, "kk", village.actor, SURVEYED)
    row = complaints.register(
        village.db, _complaint(), aware(datetime(2026, 11, 10, 10)), village.actor
    )
    complaints.answer(
        village.db, row.id, True, date(2026, 11, 12), "Жауап берілді.", AS_OF, village.actor
    )


def _counts(report: reports.PeriodReport) -> dict[str, tuple[int, int]]:
    return {v.code: (v.part, v.whole) for v in report.indicators if v.code != "3.3"}


def test_district_reports_are_the_offices_own_and_their_sum(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    villages = [
        make_village(template_db, tmp_path, 52, 0, 1),
        make_village(template_db, tmp_path, 53, 0, 2),
    ]
    own = {}
    for village, size in zip(villages, (7, 11), strict=True):
        enroll(district, village)
        _work(village, size)
        akim = acting_as(village.actor, roles.AKIM)
        reports.save_internet_information(village.db, Decimal(90 + size % 7), akim, SURVEYED)
        reports.save_targets(village.db, {"1.1": Decimal(size), "3.3": Decimal(99)}, akim)
        own[village.number] = reports.build_report(village.db, NOVEMBER, AS_OF)
        package = sync_export.export_package(village.db, stick, village.actor, later(1))
        sync_import.import_packages(district, [package.path], SYSTEM, later(2))

    for number, report in own.items():
        assert report.applications.total.handed_in > 0 and report.value("1.2").whole > 0
        at_district = reports.build_report(district, NOVEMBER, AS_OF, office_number=number)
        assert _counts(at_district) == _counts(report)
        # every one of the 12, 3.3 (the office's setting) and the targets included
        assert at_district.indicators == report.indicators
        assert report.value("3.3").value is not None
        assert at_district.applications == report.applications
        assert at_district.surveys == report.surveys == 2
        assert reports.as_json(at_district)["queue"] == reports.as_json(report)["queue"]

    whole = reports.build_report(district, NOVEMBER, AS_OF)
    first, second = own[52], own[53]
    assert _counts(whole) == {
        code: (part + _counts(second)[code][0], whole_ + _counts(second)[code][1])
        for code, (part, whole_) in _counts(first).items()
    }
    assert whole.value("4.1").part == 2 and whole.surveys == 4
    total = whole.applications.total
    assert total.handed_in == 18 == first.applications.total.handed_in + 11
    assert total.refused == first.applications.total.refused + second.applications.total.refused
    assert whole.queue.visitors == first.queue.visitors + second.queue.visitors


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_printed_district_report_names_whose_records(
    district: Database, template_db: Path, tmp_path: Path, language: str
) -> None:
    village = make_village(template_db, tmp_path, 52, 0, 1)
    enroll(district, village)
    _work(village, 3)
    package = sync_export.export_package(village.db, tmp_path, village.actor, later(1))
    sync_import.import_packages(district, [package.path], SYSTEM, later(2))
    one = reports.build_report(district, NOVEMBER, AS_OF, office_number=52)
    own = reports.report_data(
        village.db, reports.build_report(village.db, NOVEMBER, AS_OF), language
    )
    assert reports.report_data(district, one, language).office_name == own.office_name != ""
    whole = reports.build_report(district, NOVEMBER, AS_OF)
    assert reports.report_data(district, whole, language).office_name == "Шет ауданы"
    assert reports.document(district, whole, language).pdf().startswith(b"%PDF")


@pytest.mark.usefixtures("qapp")
def test_report_indicators_of_one_office_on_the_command_line(
    district: Database,
    db_location: str | Path,
    template_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(SystemClock, "now", lambda self: AS_OF)
    for number, size in ((52, 3), (53, 4)):
        village = make_village(template_db, tmp_path, number, 0, 1)
        enroll(district, village)
        _work(village, size)
        package = sync_export.export_package(village.db, tmp_path, village.actor, later(number))
        sync_import.import_packages(district, [package.path], SYSTEM, later(number + 1))
    period = ["--from", "2026-11-01", "--to", "2026-11-30", "--format", "json"]
    handed_in = {}
    for scope in (["--office", "52"], ["--office", "53"], []):
        assert main(["report", "indicators", "--db", str(db_location), *period, *scope]) == 0
        handed_in[" ".join(scope)] = json.loads(capsys.readouterr().out)["applications"][
            "handed_in"
        ]
    assert handed_in == {"--office 52": 3, "--office 53": 4, "": 7}


def test_an_office_s_older_package_does_not_put_back_its_earlier_indicator_setting(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 0, 1)
    enroll(district, village)
    akim = acting_as(village.actor, roles.AKIM)
    _work(village, 2)
    packages = []
    for minute, percent in ((1, 80), (3, 95)):
        complaints.register(village.db, _complaint(), AS_OF, village.actor)  # a record changed
        reports.save_internet_information(village.db, Decimal(percent), akim, SURVEYED)
        packages.append(
            sync_export.export_package(village.db, tmp_path, village.actor, later(minute))
        )
    sync_import.import_packages(district, [packages[1].path], SYSTEM, later(5))
    sync_import.import_packages(district, [packages[0].path], SYSTEM, later(6))
    at_district = reports.build_report(district, NOVEMBER, AS_OF, office_number=52)
    assert at_district.value("3.3").value == Decimal(95)
    assert (
        reports.build_report(district, NOVEMBER, AS_OF, office_number=53).value("3.3").value is None
    )


def _answer(district: Database, village: Village, folder: Path, minute: int) -> None:
    back = sync_return.make_return(district, village.number, folder, SYSTEM, later(minute))
    sync_return.apply_return(village.db, back, village.actor, later(minute + 1))


def test_a_changed_target_or_3_3_alone_makes_a_package(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 0, 1)
    enroll(district, village)
    akim = acting_as(village.actor, roles.AKIM)
    _work(village, 2)
    first = sync_export.export_package(village.db, tmp_path, village.actor, later(1))
    sync_import.import_packages(district, [first.path], SYSTEM, later(2))
    _answer(district, village, tmp_path, 3)
    with pytest.raises(sync_export.NothingToExport):
        sync_export.export_package(village.db, tmp_path, village.actor, later(5))

    minute = 10
    for change in (
        lambda: reports.save_targets(village.db, {"1.1": Decimal(97)}, akim),
        lambda: reports.save_internet_information(village.db, Decimal(85), akim, SURVEYED),
    ):
        assert not sync_export.status(village.db).manifest_pending
        change()
        state = sync_export.status(village.db)
        assert state.manifest_pending and state.pending == 0
        package = sync_export.export_package(village.db, tmp_path, village.actor, later(minute))
        assert package.rows == 0 and package.last_change > first.last_change
        done = sync_import.import_packages(district, [package.path], SYSTEM, later(minute + 1))
        assert [p.status for p in done.packages] == ["applied"]
        _answer(district, village, tmp_path, minute + 2)
        with pytest.raises(sync_export.NothingToExport):
            sync_export.export_package(village.db, tmp_path, village.actor, later(minute + 4))
        minute += 10
    at_district = reports.build_report(district, NOVEMBER, AS_OF, office_number=52)
    assert at_district.value("1.1").standard.target == Decimal(97)
    assert at_district.value("3.3").value == Decimal(85)
    assert at_district.indicators == reports.build_report(village.db, NOVEMBER, AS_OF).indicators

    # the same values saved again change nothing: still nothing to export
    reports.save_targets(village.db, {"1.1": Decimal(97)}, akim)
    reports.save_internet_information(village.db, Decimal(85), akim, SURVEYED)
    assert not sync_export.status(village.db).manifest_pending
    with pytest.raises(sync_export.NothingToExport):
        sync_export.export_package(village.db, tmp_path, village.actor, later(60))
