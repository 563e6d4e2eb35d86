"""The queue's rules: state machine, first-come order, waiting colours and the estimate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from desktop.core import queue_rules as q
from desktop.core.queue_rules import TransitionError
from desktop.core.rules import RuleBook
from desktop.paths import resource_path

T0 = datetime(2026, 11, 25, 9, 0)


@dataclass(frozen=True)
class Ticket:
    number: int
    issued_at: datetime
    status: str = q.WAITING


@pytest.mark.parametrize(
    ("status", "action", "expected"),
    [
        ("waiting", "call", "called"),
        ("called", "start", "serving"),
        ("serving", "finish", "done"),
        ("called", "no_show", "no_show"),
        ("no_show", "recall", "called"),
        ("no_show", "drop", "dropped"),
        ("waiting", "redirect", "waiting"),
        ("called", "redirect", "waiting"),
    ],
)
def test_allowed_transitions(status: str, action: str, expected: str) -> None:
    assert q.next_status(status, action) == expected
    assert action in q.allowed_actions(status)


@pytest.mark.parametrize(
    ("status", "action"),
    [
        ("waiting", "start"),
        ("waiting", "finish"),
        ("called", "finish"),
        ("serving", "no_show"),
        ("serving", "redirect"),
        ("done", "call"),
        ("dropped", "recall"),
        ("waiting", "recall"),
        ("called", "drop"),
    ],
)
def test_forbidden_transitions(status: str, action: str) -> None:
    with pytest.raises(TransitionError) as caught:
        q.next_status(status, action)
    assert caught.value.code == "not_allowed"
    assert not q.allowed(status, action)


def test_unknown_action_is_an_error() -> None:
    with pytest.raises(ValueError):
        q.next_status("waiting", "teleport")


def test_next_in_line_is_first_come_whatever_the_letter() -> None:
    tickets = [
        Ticket(1, T0 + timedelta(minutes=5)),  # A-001 came later
        Ticket(1, T0 + timedelta(minutes=1)),  # C-001 came first
        Ticket(2, T0, status=q.CALLED),  # not waiting
    ]
    assert q.next_in_line(tickets) is tickets[1]
    assert q.in_line(tickets) == [tickets[1], tickets[0]]
    assert q.next_in_line([Ticket(1, T0, status=q.DONE)]) is None


@pytest.mark.parametrize(
    ("minutes", "limit", "expected"),
    [
        (0, 30, "ok"),
        (24, 30, "ok"),
        (25, 30, "near"),
        (26, 30, "near"),
        (30, 30, "near"),
        (31, 30, "over"),
        (9, 15, "ok"),
        (11, 15, "near"),
        (16, 15, "over"),
        (500, None, "ok"),
    ],
)
def test_wait_state(minutes: int, limit: int | None, expected: str) -> None:
    assert q.wait_state(T0, limit, T0 + timedelta(minutes=minutes)) == expected


def test_near_is_a_parameter() -> None:
    assert q.wait_state(T0, 30, T0 + timedelta(minutes=22), near=10) == "near"
    assert q.wait_state(T0, 30, T0 + timedelta(minutes=22), near=5) == "ok"


def test_waited_stops_at_the_call() -> None:
    called = T0 + timedelta(minutes=12)
    assert q.waited(T0, T0 + timedelta(hours=2), called) == timedelta(minutes=12)
    assert q.waited(T0, T0 + timedelta(minutes=7)) == timedelta(minutes=7)
    assert q.waited(T0, T0 - timedelta(minutes=1)) == timedelta(0)


def test_estimate_uses_todays_real_service_times() -> None:
    times = [timedelta(minutes=6), timedelta(minutes=10)]
    assert q.estimate_wait_minutes(["hand_in_1", "collect", "collect"], times, {}) == 24
    assert q.estimate_wait_minutes([], times, {}) == 0


def test_estimate_falls_back_to_defaults_per_purpose() -> None:
    defaults = {"hand_in_1": 10, "collect": 5}
    assert q.estimate_wait_minutes(["hand_in_1", "collect"], [], defaults) == 15


def test_purposes_file_and_limits_from_the_rule_set() -> None:
    purposes = q.load_purposes(resource_path("queue", "purposes.json"))
    assert [(p.code, p.letter) for p in purposes.values()] == [
        ("hand_in_1", "A"),
        ("hand_in_2", "B"),
        ("collect", "C"),
        ("complaint", "D"),
        ("consultation", "E"),
    ]
    assert purposes["hand_in_1"].service == 1
    assert purposes["hand_in_2"].service == 2
    rules = RuleBook.from_file(resource_path("rules", "services.json")).on(date(2026, 11, 25))
    assert purposes["hand_in_2"].limit_minutes(rules) == 30
    assert purposes["collect"].limit_minutes(rules) == 15
    assert purposes["complaint"].limit_minutes(rules) is None
    assert purposes["collect"].name("ru") == "Получить готовый документ"
    assert purposes["collect"].name("kk") == "Дайын құжатты алу"


def test_purposes_must_have_unique_letters() -> None:
    item = {"code": "a", "letter": "A", "name_kk": "", "name_ru": "", "default_minutes": 1}
    with pytest.raises(ValueError):
        q.purposes_from_json({"purposes": [item, {**item, "code": "b"}]})


def test_ticket_label() -> None:
    assert q.ticket_label("A", 1) == "A-001"
    assert q.ticket_label("C", 123) == "C-123"
