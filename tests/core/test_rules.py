import json
from datetime import date, time
from pathlib import Path

import pytest

from desktop.core.rules import RuleBook
from desktop.paths import resource_path

RULES = resource_path("rules", "services.json")


def test_the_2008_standard_as_printed() -> None:
    rules = RuleBook.from_file(RULES).on(date(2008, 10, 28))
    assert rules.id == "karaganda-29-03-2008"
    assert rules.result_hours == 24
    assert rules.fee == 0
    assert (rules.hand_in_wait_limit_minutes, rules.collect_wait_limit_minutes) == (30, 15)
    assert rules.indicator_wait_minutes == 40
    hours = rules.working_hours
    assert hours.weekdays == frozenset({0, 1, 2, 3, 4})
    assert (hours.open, hours.close) == (time(9), time(18))
    assert hours.breaks == ((time(13), time(14)),)
    assert rules.service(1).applicant_kinds == ("individual",)
    assert rules.service(1).required_documents("individual") == ("id_card", "application")
    assert "veterinary_passport" in rules.service(2).required_documents("individual")
    assert "registration_certificate" in rules.service(2).required_documents("legal_entity")
    assert (rules.complaint.review_days, rules.complaint.extended_review_days) == (15, 30)
    assert rules.document_name("id_card", "kk") == "Жеке куәлік"


def test_service_one_is_not_for_legal_entities() -> None:
    rules = RuleBook.from_file(RULES).on(date(2026, 11, 25))
    with pytest.raises(ValueError):
        rules.service(1).required_documents("legal_entity")


def test_no_rules_before_the_standard() -> None:
    with pytest.raises(LookupError):
        RuleBook.from_file(RULES).on(date(2008, 10, 27))


def test_a_newer_standard_applies_from_its_date(tmp_path: Path) -> None:
    raw = json.loads(RULES.read_text("utf-8"))
    newer = json.loads(json.dumps(raw["rule_sets"][0]))
    newer.update(id="newer", effective_from="2026-01-01", result_hours=48)
    newer["working_hours"]["close"] = "17:00"
    raw["rule_sets"].append(newer)
    path = tmp_path / "services.json"
    path.write_text(json.dumps(raw), "utf-8")
    book = RuleBook.from_file(path)
    assert book.on(date(2025, 12, 31)).result_hours == 24
    assert book.on(date(2026, 1, 1)).result_hours == 48
    assert book.on(date(2026, 1, 1)).working_hours.close == time(17)
