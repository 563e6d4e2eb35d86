"""Complaint deadlines under the law in force: registration, due date, extension, forwarding,
and the state of a complaint on a given day.

The numbers are not here: they are the complaint terms of the rule book (RuleBook.on(day)
.complaint, from resources/rules/services.json), each with its legal source. This module only
counts them on the office's working calendar:

* **registration day**: the day of receipt, or, where the terms in force on that day say so
  (the Administrative Procedure Code), the next working day when it was received on a day off;
* **due date**: the review term counted from the registration day, under the terms in force on
  the registration day. The registration day itself is not counted: 15 working days from a
  Monday that is a working day end on the 15th working day after it. A term in calendar days or
  months that ends on a day off ends on the next working day when the terms say so;
* **extension**: as often as the terms allow (once), with a reason, decided no later than the
  due date, to a working day after the current due date and no later than the extension limit
  counted from registration; the complainant's notice is due `extension_notice` after the
  decision;
* **forwarding** to the competent body: due `forwarding` after registration, the complainant's
  notice with it; after forwarding the clock stops (or continues) as the terms say;
* **state** on a day: open, due soon (due within 2 working days), overdue, answered in time,
  answered late, or forwarded.

Functions return a new ComplaintClock and never change the one given. A request the law does not
allow raises DeadlineError with a stable `code` and `params` that the user interface words:

    extension_reason_required      -
    extension_already_used         allowed, decided_on
    extension_after_due            due
    extension_before_registration  registered
    extension_not_later            due
    extension_beyond_limit         latest
    extension_on_day_off           next_working_day
    forwarding_before_registration registered
    already_forwarded              forwarded_on
    answer_before_registration     registered
    complaint_closed               state
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Literal

from desktop.core.calendar import WorkingCalendar, add_months
from desktop.core.clock import wall_clock
from desktop.core.rules import ComplaintTerms, RuleBook, Term

DeadlineErrorCode = Literal[
    "extension_reason_required",
    "extension_already_used",
    "extension_after_due",
    "extension_before_registration",
    "extension_not_later",
    "extension_beyond_limit",
    "extension_on_day_off",
    "forwarding_before_registration",
    "already_forwarded",
    "answer_before_registration",
    "complaint_closed",
]
State = Literal["open", "due_soon", "overdue", "answered_in_time", "answered_late", "forwarded"]

# "Due soon" is the complaint tab's warning (issue 12), not a term of the law.
DUE_SOON_WORKING_DAYS = 2


class DeadlineError(ValueError):
    """A step the complaint terms do not allow; `code` and `params` for the user interface."""

    def __init__(self, code: DeadlineErrorCode, **params: Any) -> None:
        super().__init__(f"{code} {params}" if params else code)
        self.code: DeadlineErrorCode = code
        self.params: dict[str, Any] = params


@dataclass(frozen=True)
class Extension:
    decided_on: date
    reason: str
    previous_due: date
    notice_by: date | None  # None: the act sets no term for telling the complainant


@dataclass(frozen=True)
class Forwarding:
    forwarded_on: date
    late: bool  # forwarded after ComplaintClock.forward_by


@dataclass(frozen=True)
class ComplaintClock:
    """The dates of one complaint under the terms in force on its registration day."""

    received_on: date
    registered_on: date
    terms: ComplaintTerms
    due: date
    forward_by: date  # forwarding, and the complainant's notice of it, are due by this day
    extension_limit: date  # the latest due date an extension may set
    extensions: tuple[Extension, ...] = ()
    forwarding: Forwarding | None = None
    answered_on: date | None = None

    @property
    def registration_moved(self) -> bool:
        """True when a receipt on a day off was registered on a later working day."""
        return self.registered_on != self.received_on


def local_day(moment: datetime | date) -> date:
    """The office's calendar day of `moment` (aware: told in the office's zone; naive: as is)."""
    return wall_clock(moment).date() if isinstance(moment, datetime) else moment


def term_end(start: date, term: Term, calendar: WorkingCalendar, terms: ComplaintTerms) -> date:
    """The last day of `term` counted from `start` (not itself counted)."""
    if term.unit == "working_days":
        return calendar.working_days_after(start, term.count)
    if term.unit == "calendar_days":
        end = start + timedelta(days=term.count)
    else:
        end = add_months(start, term.count)
    if terms.last_day_non_working.value == "next_working_day" and not calendar.is_working_day(end):
        end = calendar.working_days_after(end, 1)
    return end


def registration_day(received: datetime | date, calendar: WorkingCalendar, book: RuleBook) -> date:
    """The day a complaint received at `received` is registered, under the terms in force then."""
    day = local_day(received)
    rule = book.on(day).complaint.registration.value
    if rule == "next_working_day" and not calendar.is_working_day(day):
        return calendar.working_days_after(day, 1)
    return day


def start_clock(
    received: datetime | date, calendar: WorkingCalendar, book: RuleBook
) -> ComplaintClock:
    """Register a complaint received at `received`: its registration day and due dates."""
    registered = registration_day(received, calendar, book)
    terms = book.on(registered).complaint
    return ComplaintClock(
        received_on=local_day(received),
        registered_on=registered,
        terms=terms,
        due=term_end(registered, terms.review, calendar, terms),
        forward_by=term_end(registered, terms.forwarding, calendar, terms),
        extension_limit=term_end(registered, terms.extension_limit, calendar, terms),
    )


def extend(
    clock: ComplaintClock,
    decided_on: date,
    reason: str,
    calendar: WorkingCalendar,
    new_due: date | None = None,
) -> ComplaintClock:
    """Extend the review to `new_due` (default: as far as the terms allow)."""
    _require_open(clock, calendar, decided_on)
    if not reason.strip():
        raise DeadlineError("extension_reason_required")
    terms = clock.terms
    if len(clock.extensions) >= terms.extensions_allowed.value:
        last = clock.extensions[-1].decided_on if clock.extensions else None
        raise DeadlineError(
            "extension_already_used", allowed=terms.extensions_allowed.value, decided_on=last
        )
    if decided_on < clock.registered_on:
        raise DeadlineError("extension_before_registration", registered=clock.registered_on)
    if decided_on > clock.due:
        raise DeadlineError("extension_after_due", due=clock.due)
    target = new_due
    if target is None:  # as far as allowed: the limit, or the last working day before it
        target = clock.extension_limit
        while target > clock.due and not calendar.is_working_day(target):
            target -= timedelta(days=1)
    if target <= clock.due:
        raise DeadlineError("extension_not_later", due=clock.due)
    if target > clock.extension_limit:
        raise DeadlineError("extension_beyond_limit", latest=clock.extension_limit)
    if not calendar.is_working_day(target):
        raise DeadlineError(
            "extension_on_day_off", next_working_day=calendar.working_days_after(target, 1)
        )
    notice = terms.extension_notice
    extension = Extension(
        decided_on=decided_on,
        reason=reason.strip(),
        previous_due=clock.due,
        notice_by=None if notice is None else term_end(decided_on, notice, calendar, terms),
    )
    return replace(clock, due=target, extensions=(*clock.extensions, extension))


def forward(clock: ComplaintClock, forwarded_on: date, calendar: WorkingCalendar) -> ComplaintClock:
    """Record that the complaint was sent on to the competent body on `forwarded_on`."""
    _require_open(clock, calendar, forwarded_on)
    if clock.forwarding is not None:
        raise DeadlineError("already_forwarded", forwarded_on=clock.forwarding.forwarded_on)
    if forwarded_on < clock.registered_on:
        raise DeadlineError("forwarding_before_registration", registered=clock.registered_on)
    forwarding = Forwarding(forwarded_on, late=forwarded_on > clock.forward_by)
    return replace(clock, forwarding=forwarding)


def answer(clock: ComplaintClock, answered_on: date, calendar: WorkingCalendar) -> ComplaintClock:
    """Record the answer given on `answered_on`."""
    _require_open(clock, calendar, answered_on)
    if answered_on < clock.registered_on:
        raise DeadlineError("answer_before_registration", registered=clock.registered_on)
    return replace(clock, answered_on=answered_on)


def state(clock: ComplaintClock, today: date, calendar: WorkingCalendar) -> State:
    """Where the complaint stands on `today`."""
    if clock.forwarding is not None and clock.terms.clock_after_forwarding.value == "stops":
        return "forwarded"
    if clock.answered_on is not None:
        return "answered_in_time" if clock.answered_on <= clock.due else "answered_late"
    if today > clock.due:
        return "overdue"
    if clock.due <= calendar.working_days_after(today, DUE_SOON_WORKING_DAYS):
        return "due_soon"
    return "open"


def _require_open(clock: ComplaintClock, calendar: WorkingCalendar, day: date) -> None:
    """Answered complaints, and forwarded ones whose clock stopped, take no further step."""
    current = state(clock, day, calendar)
    if current in ("answered_in_time", "answered_late", "forwarded"):
        raise DeadlineError("complaint_closed", state=current)
