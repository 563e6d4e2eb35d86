import json
from datetime import date, time
from pathlib import Path
from typing import Any

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
    assert rules.document_name("id_card", "kk") == "Жеке куәлік"
    assert rules.document_name("id_card", "kk", 1) == "Жеке куәлік"
    # service 2's standard: "1) Қазақстан Республикасы азаматының жеке куәлігі (паспорты)"
    assert rules.document_name("id_card", "kk", 2) == (
        "Қазақстан Республикасы азаматының жеке куәлігі (паспорты)"
    )
    assert rules.document_name("id_card", "ru", 2) == (
        "Удостоверение личности (паспорт) гражданина Республики Казахстан"
    )
    assert rules.document_name("application", "kk", 2) == rules.document_name("application", "kk")


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


# --- complaint terms ------------------------------------------------------------------------------


def _raw() -> dict[str, Any]:
    return json.loads(RULES.read_text("utf-8"))


def _book_of(raw: dict[str, Any], tmp_path: Path) -> RuleBook:
    path = tmp_path / "services.json"
    path.write_text(json.dumps(raw), "utf-8")
    return RuleBook.from_file(path)


def test_complaint_terms_of_the_2007_law_until_the_code() -> None:
    book = RuleBook.from_file(RULES)
    for day in (date(2008, 10, 28), date(2021, 6, 30)):
        terms = book.on(day).complaint
        assert terms.id == "law-221-2007"
        assert (terms.review.count, terms.review.unit) == (15, "calendar_days")
        assert (terms.extension_limit.count, terms.extension_limit.unit) == (30, "calendar_days")
        assert terms.extension_notice is None
        assert terms.registration.value == "day_of_receipt"
        assert "12 января 2007" in terms.law_ru


def test_complaint_terms_of_the_administrative_procedure_code() -> None:
    book = RuleBook.from_file(RULES)
    for day in (date(2021, 7, 1), date(2026, 11, 25)):
        rules = book.on(day)
        terms = rules.complaint
        assert terms.id == "apc-350-vi-2021"
        assert (terms.review.count, terms.review.unit) == (15, "working_days")
        assert (terms.extension_limit.count, terms.extension_limit.unit) == (2, "months")
        assert terms.extension_notice is not None
        assert (terms.extension_notice.count, terms.extension_notice.unit) == (3, "working_days")
        assert (terms.forwarding.count, terms.forwarding.unit) == (3, "working_days")
        assert terms.registration.value == "next_working_day"
        assert terms.extensions_allowed.value == 1
        assert terms.clock_after_forwarding.value == "stops"
        assert "350-VI" in terms.law_kk and "350-VI" in terms.law_ru
        # the service standard stays the one in force: the law changed, not the standard
        assert rules.id == "karaganda-29-03-2008"
        assert rules.result_hours == 24


def test_every_complaint_rule_names_its_source_and_says_if_it_was_read() -> None:
    for terms in RuleBook.from_file(RULES).complaint_terms:
        rules = [
            terms.registration,
            terms.last_day_non_working,
            terms.review,
            terms.extension_limit,
            terms.extensions_allowed,
            terms.forwarding,
            terms.clock_after_forwarding,
        ]
        rules += [terms.extension_notice] if terms.extension_notice else []
        for rule in rules:
            assert rule.source.citation.strip()
            # nothing could be read in the acts' own text here: a number marked confirmed
            # must come with the place it was read
            assert not rule.source.confirmed
            assert rule.source.note.strip()


def test_the_code_and_the_article_are_cited() -> None:
    terms = RuleBook.from_file(RULES).on(date(2026, 1, 1)).complaint
    assert terms.review.source.citation == "APC No 350-VI, art. 76, item 1"
    assert terms.extension_limit.source.citation == "APC No 350-VI, art. 76, item 2"


def test_an_administrator_sets_an_unconfirmed_term() -> None:
    book = RuleBook.from_file(RULES).with_complaint_overrides(
        {"apc-350-vi-2021": {"extension_limit": 3, "review": 10}}
    )
    terms = book.on(date(2026, 1, 1)).complaint
    assert (terms.extension_limit.count, terms.extension_limit.unit) == (3, "months")
    assert terms.review.count == 10
    assert terms.extension_limit.source.citation.startswith("Administrator's setting")
    assert "art. 76, item 2" in terms.extension_limit.source.citation
    assert "Default 2 months" in terms.extension_limit.source.note
    # the other law and the service standard are untouched
    assert book.on(date(2020, 1, 1)).complaint.review.count == 15
    assert book.on(date(2026, 1, 1)).result_hours == 24


@pytest.mark.parametrize(
    "overrides",
    [
        {"no-such-law": {"review": 10}},
        {"apc-350-vi-2021": {"registration": 1}},  # not a term
        {"apc-350-vi-2021": {"review": 0}},
        {"law-221-2007": {"extension_notice": 3}},  # the act sets no such term
    ],
)
def test_overrides_that_make_no_sense_are_refused(overrides: dict[str, dict[str, int]]) -> None:
    with pytest.raises(ValueError):
        RuleBook.from_file(RULES).with_complaint_overrides(overrides)


def test_a_later_law_applies_from_its_date_whatever_the_standard(tmp_path: Path) -> None:
    raw = _raw()
    newer = json.loads(json.dumps(raw["complaint_terms"][-1]))
    newer.update(id="later-law", effective_from="2030-01-01")
    newer["review"]["count"] = 10
    raw["complaint_terms"].append(newer)
    book = _book_of(raw, tmp_path)
    assert book.on(date(2029, 12, 31)).complaint.review.count == 15
    assert book.on(date(2030, 1, 1)).complaint.review.count == 10
    assert book.on(date(2030, 1, 1)).id == "karaganda-29-03-2008"


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("review", {"source": " "}),
        ("review", {"unit": "weeks"}),
        ("review", {"count": 0}),
        ("review", {"count": None}),  # the review term is required
        ("review", {"confirmed": "yes"}),
        ("registration", {"value": "whenever"}),
        ("extensions_allowed", {"value": -1}),
    ],
)
def test_a_broken_complaint_rule_is_refused(
    tmp_path: Path, field: str, change: dict[str, Any]
) -> None:
    raw = _raw()
    raw["complaint_terms"][-1][field].update(change)
    with pytest.raises(ValueError):
        _book_of(raw, tmp_path)


def test_complaint_terms_must_cover_the_first_standard(tmp_path: Path) -> None:
    raw = _raw()
    raw["complaint_terms"] = raw["complaint_terms"][-1:]  # only the Code, from 2021
    with pytest.raises((ValueError, LookupError)):
        _book_of(raw, tmp_path)
