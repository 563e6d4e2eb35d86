"""Demo data for the indicator report's specimen (print-sample, Settings > Printers).

A made-up quarter of a village office: a day's tickets drawn at random (fixed seed, so every
specimen is the same), served by one clerk, or two on busy weekdays, in order of arrival; the
hand-ins become applications, some refused, a few ready late. The figures are then computed by
the same core code as real reports (desktop.core.queue_stats, application_stats, indicators).
No database is touched.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, time, timedelta
from decimal import Decimal

from desktop.core.application_stats import ApplicationRecord, summarize_applications
from desktop.core.calendar import WorkingCalendar
from desktop.core.clock import office_zone
from desktop.core.indicators import (
    AdminSetting,
    Count,
    IndicatorInputs,
    Standard,
    SurveyAnswers,
    compute_indicators,
    trend,
)
from desktop.core.localtime import aware, naive_local
from desktop.core.periods import Period
from desktop.core.queue_rules import DONE, NO_SHOW, WAITING, Purpose, load_purposes
from desktop.core.queue_stats import TicketRecord, summarize_queue
from desktop.core.ready_time import ready_time_for
from desktop.core.report_signoff import SignOffMark
from desktop.core.rules import RuleBook
from desktop.paths import resource_path
from desktop.printing.indicators_report import IndicatorsReportData

PERIOD = Period.quarter(2026, 3)
MADE_AT = datetime(2026, 10, 5, 9, 30)
SEED = 2903
# Arrivals by hour of day (weights): the morning is busiest.
ARRIVALS = {9: 4, 10: 6, 11: 5, 12: 3, 14: 3, 15: 3, 16: 2, 17: 1}
PURPOSE_WEIGHTS = {"hand_in_1": 6, "hand_in_2": 5, "collect": 6, "complaint": 1, "consultation": 2}
OFFICE = {
    "kk": "Демо ауылдық округі әкімінің аппараты",
    "ru": "Аппарат акима сельского округа Демо",
}
CLERKS = {"kk": ("Сынақова Ә. Қ.", "Демобаев Н. С."), "ru": ("Тестова А. К.", "Демонов Н. С.")}
AKIM = {"kk": "Демоев Ә. С.", "ru": "Демоев А. Т."}
TREND_CODES = ("1.2", "3.2")


def standards() -> list[Standard]:
    """The 12 indicators of the bundled reference data, with demo targets for next year."""
    raw = json.loads(resource_path("reference", "indicators.json").read_text(encoding="utf-8"))
    return [
        Standard(
            code=item["code"],
            group=item["group"],
            group_kk=item["group_kk"],
            group_ru=item["group_ru"],
            text_kk=item["text_kk"],
            text_ru=item["text_ru"],
            norm=Decimal(str(item["norm"])),
            target=Decimal(str(item["norm"])),
        )
        for item in raw
    ]


def _day_of_tickets(
    rng: random.Random, day: datetime, clerks: tuple[str, ...], purposes: dict[str, Purpose]
) -> list[TicketRecord]:
    count = rng.randint(16, 30) + (8 if day.weekday() == 0 else 0)
    hours = rng.choices(list(ARRIVALS), weights=list(ARRIVALS.values()), k=count)
    arrivals = sorted(day.replace(hour=h) + timedelta(seconds=rng.randrange(3600)) for h in hours)
    on_duty = clerks if count > 26 else clerks[:1]
    free = dict.fromkeys(on_duty, day.replace(hour=9))
    tickets = []
    codes = list(PURPOSE_WEIGHTS)
    for issued in arrivals:
        purpose = rng.choices(codes, weights=list(PURPOSE_WEIGHTS.values()))[0]
        clerk = min(free, key=lambda name: free[name])
        called = max(issued + timedelta(seconds=rng.randrange(30, 240)), free[clerk])
        if called.time() >= time(13) and called.time() < time(14):
            called = called.replace(hour=14, minute=0)
        if called.time() >= time(18):
            tickets.append(TicketRecord(purpose, WAITING, issued, None, None, None, ""))
            continue
        if rng.random() < 0.04:
            tickets.append(TicketRecord(purpose, NO_SHOW, issued, called, None, None, clerk))
            free[clerk] = called + timedelta(minutes=2)
            continue
        started = called + timedelta(minutes=1)
        finished = started + timedelta(
            minutes=purposes[purpose].default_minutes * rng.uniform(0.6, 1.5)
        )
        free[clerk] = finished
        tickets.append(TicketRecord(purpose, DONE, issued, called, started, finished, clerk))
    return tickets


def _applications(
    rng: random.Random,
    tickets: list[TicketRecord],
    purposes: dict[str, Purpose],
    book: RuleBook,
    calendar: WorkingCalendar,
) -> list[ApplicationRecord]:
    found = []
    for ticket in tickets:
        service = purposes[ticket.purpose].service
        if ticket.status != DONE or service is None or ticket.finished_at is None:
            continue
        handed_in = ticket.finished_at
        if rng.random() < 0.06:
            missing = ("veterinary_passport",) if service == 2 else ("id_card",)
            found.append(
                ApplicationRecord(service, "refused", handed_in, None, None, None, missing)
            )
            continue
        due = aware(ready_time_for(naive_local(handed_in), calendar, book))
        ready = due - timedelta(hours=rng.uniform(1, 20))
        if rng.random() < 0.02:
            ready = due + timedelta(hours=2)
        issued = ready + timedelta(days=rng.randint(0, 5), hours=1)
        status = "issued" if issued < aware(MADE_AT) else "ready"
        found.append(
            ApplicationRecord(
                service, status, handed_in, due, ready, issued if status == "issued" else None
            )
        )
    return found


def demo_report(language: str, book: RuleBook, calendar: WorkingCalendar) -> IndicatorsReportData:
    """A specimen report of PERIOD in `language` with made-up records."""
    rng = random.Random(SEED)
    zone = office_zone()
    purposes = load_purposes(resource_path("queue", "purposes.json"))
    tickets: list[TicketRecord] = []
    for day in PERIOD.days():
        if calendar.is_working_day(day):
            start = datetime.combine(day, time(0), zone)
            tickets += _day_of_tickets(rng, start, CLERKS[language], purposes)
    applications = _applications(rng, tickets, purposes, book, calendar)
    made_at = aware(MADE_AT)

    def inputs(period: Period) -> IndicatorInputs:
        queue = summarize_queue(tickets, period, purposes, book, calendar)
        counts = summarize_applications(applications, period, made_at).total
        return IndicatorInputs(
            ready_in_time=counts.ready_in_time,
            waited_within_limit=queue.indicator_wait,
            process_satisfaction=SurveyAnswers(61, 2),
            processed_correctly=Count(counts.accepted - 1, counts.accepted),
            information_satisfaction=SurveyAnswers(63, 0),
            complete_first_time=counts.first_time,
            internet_information=AdminSetting(Decimal(100), PERIOD.first, AKIM[language]),
            justified_complaints=Count(1, counts.handed_in),
            complaints_in_time=Count(1, 1),
            complaint_procedure_satisfaction=SurveyAnswers(0, 0),
            complaint_terms_satisfaction=SurveyAnswers(2, 0),
            politeness_satisfaction=SurveyAnswers(62, 1),
        )

    every = standards()
    by_code = {s.code: s for s in every}
    months = [(month, inputs(month)) for month in PERIOD.months()]
    rules = book.on(PERIOD.last)
    return IndicatorsReportData(
        office_name=OFFICE[language],
        period=PERIOD,
        made_at=made_at,
        indicators=compute_indicators(every, inputs(PERIOD)),
        queue=summarize_queue(tickets, PERIOD, purposes, book, calendar),
        applications=summarize_applications(applications, PERIOD, made_at, sorted(rules.services)),
        purpose_names={code: p.name(language) for code, p in purposes.items()},
        service_names={
            n: s.name_kk if language == "kk" else s.name_ru for n, s in rules.services.items()
        },
        document_names={code: rules.document_name(code, language) for code in rules.document_names},
        trends=[
            trend(by_code[code], [(month.first, values) for month, values in months])
            for code in TREND_CODES
        ],
        akim=AKIM[language],
        preparer=CLERKS[language][0],
        sign_off=SignOffMark("signed", AKIM[language], made_at),
    )
