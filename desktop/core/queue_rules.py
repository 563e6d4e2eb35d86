"""The queue's rules: purposes, the ticket's state machine, first-come order, waiting times.

A ticket moves

    waiting -> called -> serving -> done
               called/serving -> (close: with an outcome) -> done
               called -> no_show -> (recall -> called) | dropped
               called/serving -> (requeue) -> waiting, keeping its place in line
    waiting/called -> (redirect: new purpose) -> waiting, keeping its place in line

A visit that ends records its outcome (OUTCOMES): the application accepted or refused, the
result issued, or a consultation (the visitor left with advice, no paper).

The line is first come, first served (the standard allows no booking and no express service):
the next ticket is the waiting one issued first, whatever its purpose. A redirected ticket keeps
its issue time, so it keeps its place. Qt-free and database-free: plain data in, answers out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

from desktop.core.rules import RuleSet

WaitState = Literal["ok", "near", "over"]

WAITING = "waiting"
CALLED = "called"
SERVING = "serving"
DONE = "done"
NO_SHOW = "no_show"
DROPPED = "dropped"
STATUSES = (WAITING, CALLED, SERVING, DONE, NO_SHOW, DROPPED)
ACTIVE_STATUSES = (WAITING, CALLED, SERVING, NO_SHOW)

# action -> (statuses it may start from, status it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "call": (frozenset({WAITING}), CALLED),
    "start": (frozenset({CALLED}), SERVING),
    "finish": (frozenset({SERVING}), DONE),
    "no_show": (frozenset({CALLED}), NO_SHOW),
    "recall": (frozenset({NO_SHOW}), CALLED),
    "drop": (frozenset({NO_SHOW}), DROPPED),
    "redirect": (frozenset({WAITING, CALLED}), WAITING),
    "close": (frozenset({CALLED, SERVING}), DONE),
    "requeue": (frozenset({CALLED, SERVING}), WAITING),
}
# How a visit ended (QueueTicket.outcome).
OUTCOMES = ("accepted", "refused", "issued", "consultation")
# The statuses of a ticket a clerk is busy with: one at a time per clerk.
AT_THE_DESK = (CALLED, SERVING)

# A waiting ticket is "near" its limit this many minutes before the limit.
NEAR_MINUTES = 5


class TransitionError(ValueError):
    """The action is not allowed from the ticket's status (`code` = "not_allowed")."""

    def __init__(self, action: str, status: str) -> None:
        super().__init__(f"{action} is not allowed for a ticket that is {status}")
        self.code = "not_allowed"
        self.action = action
        self.status = status


def allowed(status: str, action: str) -> bool:
    sources, _target = TRANSITIONS[action]
    return status in sources


def next_status(status: str, action: str) -> str:
    """The status after `action`; TransitionError when the action is not allowed."""
    if action not in TRANSITIONS:
        raise ValueError(f"unknown queue action {action!r}")
    sources, target = TRANSITIONS[action]
    if status not in sources:
        raise TransitionError(action, status)
    return target


def allowed_actions(status: str) -> tuple[str, ...]:
    return tuple(action for action, (sources, _) in TRANSITIONS.items() if status in sources)


# ---- purposes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Purpose:
    code: str
    letter: str
    name_kk: str
    name_ru: str
    wait_limit: str | None  # "hand_in", "collect" or None
    service: int | None  # the state service a hand-in is for
    default_minutes: int  # assumed service time until today's real times are known

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_kk

    def limit_minutes(self, rules: RuleSet) -> int | None:
        """The longest allowed wait for this purpose under `rules`, None when there is none."""
        if self.wait_limit == "hand_in":
            return rules.hand_in_wait_limit_minutes
        if self.wait_limit == "collect":
            return rules.collect_wait_limit_minutes
        return None


def purposes_from_json(raw: dict[str, Any]) -> dict[str, Purpose]:
    result: dict[str, Purpose] = {}
    letters: set[str] = set()
    for item in raw["purposes"]:
        purpose = Purpose(
            code=item["code"],
            letter=item["letter"],
            name_kk=item["name_kk"],
            name_ru=item["name_ru"],
            wait_limit=item.get("wait_limit"),
            service=item.get("service"),
            default_minutes=int(item["default_minutes"]),
        )
        if purpose.wait_limit not in ("hand_in", "collect", None):
            raise ValueError(f"purpose {purpose.code}: unknown wait_limit {purpose.wait_limit!r}")
        if len(purpose.letter) != 1 or purpose.letter in letters or purpose.code in result:
            raise ValueError(f"purpose {purpose.code}: letter and code must be unique")
        letters.add(purpose.letter)
        result[purpose.code] = purpose
    return result


def load_purposes(path: Path) -> dict[str, Purpose]:
    """The purposes of a JSON file, in file order, keyed by code."""
    return purposes_from_json(json.loads(path.read_text(encoding="utf-8")))


def ticket_label(letter: str, number: int) -> str:
    return f"{letter}-{number:03d}"


# ---- order and waiting -----------------------------------------------------------------------


class InLine(Protocol):
    @property
    def status(self) -> str: ...

    @property
    def issued_at(self) -> datetime: ...

    @property
    def number(self) -> int: ...


T = TypeVar("T", bound=InLine)


def in_line(tickets: Iterable[T]) -> list[T]:
    """The waiting tickets, first come first (ties keep the order given: pass issue order)."""
    return sorted((t for t in tickets if t.status == WAITING), key=lambda t: t.issued_at)


def next_in_line(tickets: Iterable[T]) -> T | None:
    """The waiting ticket issued first (None when nobody waits)."""
    line = in_line(tickets)
    return line[0] if line else None


def waited(issued_at: datetime, now: datetime, called_at: datetime | None = None) -> timedelta:
    """How long the person waited: until called, or until now while still waiting."""
    end = called_at if called_at is not None else now
    return max(end - issued_at, timedelta(0))


def wait_state(
    waited_since: datetime, limit: int | None, now: datetime, near: int = NEAR_MINUTES
) -> WaitState:
    """ "over" past the limit (minutes), "near" within `near` minutes of it, else "ok".

    No limit (complaints, consultations) is always "ok".
    """
    if limit is None:
        return "ok"
    minutes = (now - waited_since) / timedelta(minutes=1)
    if minutes > limit:
        return "over"
    if minutes >= limit - near:
        return "near"
    return "ok"


def estimate_wait_minutes(
    ahead: Sequence[str],
    service_times: Sequence[timedelta],
    default_minutes: dict[str, int],
) -> int:
    """The expected wait of a newcomer with `ahead` (their purposes) in front of them.

    The average of today's real service times (start serving -> finish) times the people
    ahead; before anyone was served today, each person ahead counts their purpose's default.
    When someone is ahead the estimate is at least one minute per person: a ticket never says
    "about 0 min" with a person in front.
    """
    if not ahead:
        return 0
    if service_times:
        average = sum(service_times, timedelta(0)) / len(service_times)
        minutes = round(average * len(ahead) / timedelta(minutes=1))
    else:
        minutes = sum(default_minutes.get(purpose, 0) for purpose in ahead)
    return max(minutes, len(ahead))
