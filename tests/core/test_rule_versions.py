"""Rule versions from the program's files and from the district, merged by their key."""

from __future__ import annotations

from datetime import date

from desktop.core import rule_versions
from desktop.core.rules import RuleBook


def _standard(rule_id: str, effective_from: str, hours: int) -> rule_versions.Version:
    [first] = [v for v in rule_versions.bundled("services") if v.list == "rule_sets"]
    rule = {**first.rule, "id": rule_id, "effective_from": effective_from, "result_hours": hours}
    return rule_versions.Version("services", "rule_sets", rule)


def test_the_same_id_and_date_is_one_rule_and_the_date_decides() -> None:
    [first] = [v for v in rule_versions.bundled("services") if v.list == "rule_sets"]
    again = rule_versions.Version("services", "rule_sets", {**first.rule, "result_hours": 1})
    later = _standard("later", "2027-01-01", 48)
    earlier = _standard("earlier", "2026-06-01", 36)
    raw = rule_versions.combined("services", [later, again, earlier, later])
    assert [r["id"] for r in raw["rule_sets"]] == [first.rule["id"], "earlier", "later"]
    book = RuleBook.from_raw(raw)
    assert book.on(date(2020, 1, 1)).result_hours == first.rule["result_hours"]
    assert book.on(date(2026, 7, 1)).id == "earlier"
    assert book.on(date(2027, 1, 1)).result_hours == 48


def test_received_versions_reach_the_program_s_rule_book() -> None:
    from desktop.core.rules import rule_book

    before = rule_versions.generation()
    rule_versions.receive([_standard("later", "2027-01-01", 48)])
    assert rule_versions.generation() != before
    assert rule_book().on(date(2027, 1, 2)).id == "later"
    rule_versions.receive(())
    assert rule_book().on(date(2027, 1, 2)).id != "later"
