"""The indicator report of a period, counted from the records.

Applications, survey answers and corrections are counted in SQL (GROUP BY, on the indexes of
db/models: ix_applications_list for the hand-in time, ix_applications_issued for issue,
ix_survey_answers_answered_at); the queue's tickets of the period are read in one query with
each ticket's first call after its last redirect found from ix_queue_events_ticket_action, and
desktop.core.queue_stats turns them into waits, percentiles and workload. The values of the 12
indicators come from desktop.core.indicators; what each counts is written there.

4.1 and 4.2 come from the complaints register (desktop.services.complaints).

At the district (desktop.services.sync_import takes the villages' records in) the same report
is made per office, every query of it limited to the records of that origin office, or for the
whole district from all of them: one office's report there equals its own, and the district's
counts are the sums of the offices'.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, case, event, func, or_, select, text
from sqlalchemy.orm import ORMExecuteState, Session, aliased, with_loader_criteria

from db.engine import Database
from db.models import (
    Application,
    ApplicationCorrection,
    Complaint,
    QualityIndicator,
    QueueEvent,
    QueueTicket,
    SurveyAnswer,
)
from desktop.core.actor import Actor
from desktop.core.application_stats import REFUSED, ApplicationSummary, ServiceCounts
from desktop.core.indicators import (
    CODES,
    AdminSetting,
    Count,
    IndicatorInputs,
    IndicatorValue,
    Standard,
    SurveyAnswers,
    Trend,
    compute_indicators,
    trend,
)
from desktop.core.localtime import aware
from desktop.core.periods import Period
from desktop.core.queue_rules import Purpose, load_purposes, ticket_label
from desktop.core.queue_stats import (
    QueueSummary,
    TicketRecord,
    indicator_wait,
    summarize_queue,
)
from desktop.core.report_signoff import SignOffMark
from desktop.core.survey import QUESTIONS
from desktop.paths import resource_path
from desktop.printing import document as documents
from desktop.printing.document import Document
from desktop.services import complaints, office, report_signoffs, settings, sync_keys
from desktop.services.access import require
from desktop.services.settings import get_setting, set_setting
from desktop.services.standard import rule_book, working_calendar

if TYPE_CHECKING:
    from desktop.printing.indicators_report import IndicatorsReportData

TARGETS = "indicator_targets"  # {code: "95.0"}: the office's targets for next year
INTERNET_INFORMATION = "indicator_internet_information"  # 3.3: {"percent", "set_on", "set_by"}
# at the district: each office's 3.3 and targets as its latest package brought them,
# {office: {"version": [generation, last change], "internet_information", "targets"}}
OFFICE_INPUTS = "indicator_inputs_of_offices"
CLERK_ERROR = "clerk_error"
CORRECTION_KINDS = ("correction", "reissue", "cancel")
REASON_KINDS = (CLERK_ERROR, "applicant")
TREND_CODES = ("1.1", "1.2", "3.2")
CALLS = ("call", "call_out_of_order")

Progress = Callable[[int, int], None]
AnySelect = Select[*tuple[Any, ...]]
# the records an office's report counts (the reference data is the district's, shared)
OFFICE_RECORDS = (
    Application,
    ApplicationCorrection,
    QueueTicket,
    QueueEvent,
    SurveyAnswer,
    Complaint,
)


# ---- what the office sets -----------------------------------------------------------------------


def _decimal(value: Any) -> Decimal | None:
    try:
        return None if value in (None, "") else Decimal(str(value))
    except InvalidOperation:
        return None


def _office_inputs(session: Session, office_number: int | None) -> dict[str, Any]:
    """The report's inputs that are an office's settings, not records: this database's own, or
    (`office_number`, at the district) those the office's latest package brought."""
    if office_number is None:
        return {
            "internet_information": get_setting(session, INTERNET_INFORMATION),
            "targets": get_setting(session, TARGETS, {}) or {},
        }
    held = get_setting(session, OFFICE_INPUTS, {}) or {}
    return dict(held.get(str(office_number)) or {})


def _standards(session: Session, office_number: int | None = None) -> list[Standard]:
    targets = _office_inputs(session, office_number).get("targets") or {}
    rows = {row.code: row for row in session.scalars(select(QualityIndicator))}
    return [
        Standard(
            code=code,
            group=rows[code].group,
            group_kk=rows[code].group_kk,
            group_ru=rows[code].group_ru,
            text_kk=rows[code].text_kk,
            text_ru=rows[code].text_ru,
            norm=Decimal(rows[code].norm),
            target=_decimal(targets.get(code)),
        )
        for code in CODES
    ]


def standards(db: Database) -> list[Standard]:
    """The 12 indicators of the reference data (as corrected) with the office's targets."""
    with db.read() as session:
        return _standards(session)


def save_targets(db: Database, targets: Mapping[str, Decimal | None], actor: Actor) -> None:
    """Store the targets for next year (percent; None clears one)."""
    require(actor, "report.inputs")
    for code, value in targets.items():
        if code not in CODES:
            raise ValueError(f"unknown indicator {code!r}")
        if value is not None and not 0 <= value <= 100:
            raise ValueError(f"a share is 0 to 100 %, not {value}")
    with db.write(actor) as work:
        stored = dict(get_setting(work, TARGETS, {}) or {})
        for code, value in targets.items():
            if value is None:
                stored.pop(code, None)
            else:
                stored[code] = str(value)
        _set_office_input(work, TARGETS, stored)


def _internet_information(session: Session, office_number: int | None = None) -> AdminSetting:
    stored = _office_inputs(session, office_number).get("internet_information") or {}
    percent = _decimal(stored.get("percent"))
    set_on = stored.get("set_on")
    return AdminSetting(
        percent, date.fromisoformat(set_on) if set_on else None, stored.get("set_by", "")
    )


def internet_information(db: Database) -> AdminSetting:
    """Indicator 3.3 as the administrator set it (percent None: never set)."""
    with db.read() as session:
        return _internet_information(session)


def save_internet_information(
    db: Database, percent: Decimal | None, actor: Actor, now: datetime
) -> None:
    require(actor, "report.inputs")
    AdminSetting(percent)  # validates the range
    with db.write(actor) as work:
        _set_office_input(
            work,
            INTERNET_INFORMATION,
            {
                "percent": None if percent is None else str(percent),
                "set_on": now.date().isoformat(),
                "set_by": actor.name,
            },
        )


def _set_office_input(session: Session, key: str, value: dict[str, Any]) -> None:
    """Store one of the report's inputs that travel to the district (office_inputs); a new
    value counts as a change, so that the next export carries it even when no record changed."""
    if (get_setting(session, key) or {}) != value:
        set_setting(session, key, value)
        settings.count_manifest_change(session)


# ---- the office's settings at the district (they travel in its packages) ----------------------


def office_inputs(session: Session) -> dict[str, Any]:
    """What a village's package carries of its report's settings: 3.3 and the targets."""
    return _office_inputs(session, None)


def check_office_inputs(inputs: Any) -> None:
    """ValueError unless `inputs` are what office_inputs gives."""
    if not isinstance(inputs, dict) or not isinstance(inputs.get("targets"), dict):
        raise ValueError("an office's indicator inputs are a mapping with its targets")
    stored = inputs.get("internet_information")
    if stored is not None:
        if not isinstance(stored, dict):
            raise ValueError("3.3 is a mapping")
        AdminSetting(_decimal(stored.get("percent")))  # a share from 0 to 100, or None
    for code, target in inputs["targets"].items():
        if code not in CODES or _decimal(target) is None:
            raise ValueError(f"not a target: {code!r} {target!r}")


def take_office_inputs(
    session: Session, office_number: int, inputs: Any, version: tuple[int, int]
) -> bool:
    """At the district, inside the import's transaction: keep `inputs` (office_inputs of a
    package of `office_number`) unless a package of a later `version` (the generation of its
    database, its last change) brought them already, so packages in any order leave the
    latest. ValueError when they are not an office's inputs; whether they were taken."""
    check_office_inputs(inputs)
    held = dict(get_setting(session, OFFICE_INPUTS, {}) or {})
    known = held.get(str(office_number))
    if known is not None and tuple(known["version"]) >= version:
        return False
    held[str(office_number)] = {
        "version": list(version),
        "internet_information": inputs.get("internet_information"),
        "targets": inputs["targets"],
    }
    set_setting(session, OFFICE_INPUTS, held)
    return True


# ---- records the indicators need ----------------------------------------------------------------


def record_survey(
    db: Database,
    application_id: uuid.UUID,
    answers: Mapping[str, bool | None],
    language: str,
    actor: Actor,
    now: datetime,
) -> bool:
    """Store an applicant's answers at collection; nothing when every question was skipped.
    Returns whether anything was stored."""
    require(actor, "quality.record")
    unknown = set(answers) - {column for column, _code in QUESTIONS}
    if unknown:
        raise ValueError(f"unknown survey questions {sorted(unknown)}")
    if all(answer is None for answer in answers.values()):
        return False
    with db.write(actor) as work:
        application = work.get(Application, application_id)
        if application is None:
            raise LookupError(f"no application {application_id}")
        work.add(
            SurveyAnswer(
                origin_office=application.origin_office,
                application_id=application_id,
                answered_at=now,
                language=language,
                **{column: answers.get(column) for column, _code in QUESTIONS},
            )
        )
    return True


def record_correction(
    db: Database,
    application_id: uuid.UUID,
    kind: str,
    reason_kind: str,
    reason: str,
    actor: Actor,
    now: datetime,
) -> None:
    """Record a correction after acceptance, or a certificate's reissue or cancellation."""
    require(actor, "quality.record")
    if kind not in CORRECTION_KINDS or reason_kind not in REASON_KINDS:
        raise ValueError(f"unknown correction {kind!r} / {reason_kind!r}")
    with db.write(actor) as work:
        application = work.get(Application, application_id)
        if application is None:
            raise LookupError(f"no application {application_id}")
        work.add(
            ApplicationCorrection(
                origin_office=application.origin_office,
                application_id=application_id,
                kind=kind,
                reason_kind=reason_kind,
                reason=reason.strip(),
                at=now,
                recorded_by=actor.name,
                recorded_by_id=actor.staff_id,
            )
        )


# ---- counting ---------------------------------------------------------------------------------


@contextmanager
def _read(db: Database, office_number: int | None) -> Iterator[Session]:
    """A reading session; with `office_number`, every query of it sees only that office's
    records of OFFICE_RECORDS (the district's report of one office)."""
    with db.read() as session:
        if office_number is not None:
            only = [
                with_loader_criteria(
                    model, lambda row: row.origin_office == office_number, include_aliases=True
                )
                for model in OFFICE_RECORDS
            ]

            def limit(state: ORMExecuteState) -> None:
                if state.is_select:
                    state.statement = state.statement.options(*only)

            event.listen(session, "do_orm_execute", limit)
        yield session


def _live_handed_in(period: Period) -> Any:
    start, end = period.bounds()
    return and_(
        Application.deleted_at.is_(None),
        Application.handed_in_at >= start,
        Application.handed_in_at < end,
    )


def _ready_or_due(now: datetime) -> Any:
    """Accepted, with a promised time, and ready or past it (1.1's whole)."""
    return and_(
        Application.status != REFUSED,
        Application.ready_due_at.is_not(None),
        or_(Application.ready_at.is_not(None), Application.ready_due_at < now),
    )


def _flag(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _counts_query(period: Period, now: datetime) -> AnySelect:
    """Per service: handed in, accepted, ready in time, ready or due, overdue now."""
    accepted = Application.status != REFUSED
    in_time = and_(
        accepted,
        Application.ready_at.is_not(None),
        Application.ready_at <= Application.ready_due_at,
    )
    overdue = and_(
        accepted,
        Application.ready_due_at.is_not(None),
        Application.ready_at.is_(None),
        Application.ready_due_at < now,
    )
    return (
        select(
            Application.service,
            func.count(),
            _flag(accepted),
            _flag(in_time),
            _flag(_ready_or_due(now)),
            _flag(overdue),
        )
        .where(_live_handed_in(period))
        .group_by(Application.service)
    )


def _issued_query(period: Period) -> AnySelect:
    start, end = period.bounds()
    return (
        select(Application.service, func.count())
        .where(
            Application.deleted_at.is_(None),
            Application.status == "issued",
            Application.issued_at >= start,
            Application.issued_at < end,
        )
        .group_by(Application.service)
    )


def _application_counts(
    session: Session, period: Period, now: datetime, services: Sequence[int]
) -> ApplicationSummary:
    rows = session.execute(_counts_query(period, now)).all()
    issued = {int(service): int(count) for service, count in session.execute(_issued_query(period))}
    found = {int(row[0]): tuple(int(v) for v in row[1:]) for row in rows}
    numbers = sorted(set(services) | set(found) | set(issued))

    def counts(service: int | None, row: Sequence[int], issued_count: int) -> ServiceCounts:
        handed, accepted_count, ready, decided, overdue_count = row
        return ServiceCounts(
            service, handed, accepted_count, handed - accepted_count, issued_count,
            Count(ready, decided), overdue_count,
        )  # fmt: skip

    by_service = tuple(counts(n, found.get(n, (0,) * 5), issued.get(n, 0)) for n in numbers)
    total = counts(None, [sum(column) for column in zip(*found.values(), (0,) * 5, strict=True)], 0)
    total = replace(total, issued=sum(issued.values()))
    refusals: Counter[str] = Counter()
    for (missing,) in session.execute(
        select(Application.missing_documents).where(
            _live_handed_in(period), Application.status == REFUSED
        )
    ):
        refusals.update(set(missing or ()))
    return ApplicationSummary(
        period=period,
        by_service=by_service,
        total=total,
        refusals_by_document=tuple(sorted(refusals.items(), key=lambda item: (-item[1], item[0]))),
    )


def _first_call(period: Period) -> Any:
    """Each ticket's first call after its last redirect (None: never called).

    A ticket never recalled nor redirected was called once, and its called_at column holds
    that call; only the few others are looked up in their events. The tickets with such
    events are found once for the whole period (ix_queue_events_action_at), and each of
    them by its own events (ix_queue_events_ticket_action)."""
    calls, redirects, moved = aliased(QueueEvent), aliased(QueueEvent), aliased(QueueEvent)
    last_redirect = (
        select(func.max(redirects.at))
        .where(redirects.ticket_id == QueueTicket.id, redirects.action == "redirect")
        .correlate(QueueTicket)
        .scalar_subquery()
    )
    first_call = (
        select(func.min(calls.at))
        .where(
            calls.ticket_id == QueueTicket.id,
            calls.action.in_(CALLS),
            calls.at >= func.coalesce(last_redirect, QueueTicket.issued_at),
        )
        .scalar_subquery()
    )
    start, _end = period.bounds()
    with_moves = select(moved.ticket_id).where(
        moved.action.in_(("recall", "redirect")), moved.at >= start
    )
    return case((QueueTicket.id.in_(with_moves), first_call), else_=QueueTicket.called_at)


def tickets_query(period: Period) -> AnySelect:
    """The period's tickets as desktop.core.queue_stats reads them (on the `day` index)."""
    return select(
        QueueTicket.purpose,
        QueueTicket.status,
        QueueTicket.issued_at,
        _first_call(period),
        QueueTicket.serving_started_at,
        QueueTicket.finished_at,
        QueueTicket.called_by,
        QueueTicket.day,
    ).where(
        QueueTicket.deleted_at.is_(None),
        QueueTicket.day >= period.first,
        QueueTicket.day <= period.last,
    )


def _tickets(session: Session, period: Period) -> dict[date, list[TicketRecord]]:
    """The period's tickets by the first day of the month of their `day` (the office's date of
    issue): a trend summarizes each month from its own tickets only."""
    by_month: dict[date, list[TicketRecord]] = {}
    for row in session.execute(tickets_query(period)):
        by_month.setdefault(row[7].replace(day=1), []).append(TicketRecord(*row[:7]))
    return by_month


def _survey_query(period: Period) -> AnySelect:
    start, end = period.bounds()
    columns = [getattr(SurveyAnswer, column) for column, _code in QUESTIONS]
    return select(
        func.count(),
        *(_flag(c.is_(True)) for c in columns),
        *(_flag(c.is_(False)) for c in columns),
    ).where(
        SurveyAnswer.deleted_at.is_(None),
        SurveyAnswer.answered_at >= start,
        SurveyAnswer.answered_at < end,
    )


def _survey(session: Session, period: Period) -> tuple[dict[str, SurveyAnswers], int]:
    """Yes/no answers per question of the surveys answered in the period, and how many
    surveys were answered."""
    row = session.execute(_survey_query(period)).one()
    size = len(QUESTIONS)
    return {
        code: SurveyAnswers(row[1 + i], row[1 + size + i])
        for i, (_column, code) in enumerate(QUESTIONS)
    }, row[0]


def _with_clerk_error() -> Any:
    return (
        select(ApplicationCorrection.id)
        .where(
            ApplicationCorrection.application_id == Application.id,
            ApplicationCorrection.reason_kind == CLERK_ERROR,
            ApplicationCorrection.deleted_at.is_(None),
        )
        .exists()
    )


def _correct_query(period: Period) -> AnySelect:
    return select(func.count(), _flag(_with_clerk_error())).where(
        _live_handed_in(period), Application.status != REFUSED
    )


def _processed_correctly(session: Session, period: Period) -> Count:
    """2.2: accepted applications of the period with no correction for a clerk's error."""
    accepted, wrong = session.execute(_correct_query(period)).one()
    return Count(accepted - wrong, accepted)


def query_plans(db: Database, period: Period, now: datetime) -> dict[str, list[str]]:
    """SQLite's plan of each query of a report (the benchmark prints them; a test reads them)."""
    queries = {
        "tickets": tickets_query(period),
        "applications": _counts_query(period, now),
        "issued": _issued_query(period),
        "survey": _survey_query(period),
        "correct": _correct_query(period),
    }
    plans = {}
    with db.read() as session:
        for name, query in queries.items():
            statement = query.compile(db.engine, compile_kwargs={"literal_binds": True})
            plans[name] = [
                str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {statement}"))
            ]
    return plans


def complaint_counts(
    db: Database, period: Period, served: int, office_number: int | None = None
) -> tuple[Count, Count]:
    """4.1: justified complaints registered in the period of the `served` applicants; 4.2:
    of the justified complaints answered in the period, those answered in time (the complaints
    register: desktop.services.complaints.indicator_counts)."""
    counts = complaints.indicator_counts(db, period.first, period.last, office_number)
    return (
        Count(counts.justified_registered, served),
        Count(counts.justified_in_time, counts.justified_decided),
    )


# ---- the report ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodReport:
    period: Period
    made_at: datetime
    indicators: tuple[IndicatorValue, ...]
    queue: QueueSummary
    applications: ApplicationSummary
    trends: tuple[Trend, ...]
    surveys: int  # surveys answered in the period
    office: int | None = None  # at the district: the one office counted (None: all)

    def value(self, code: str) -> IndicatorValue:
        return next(v for v in self.indicators if v.code == code)


def purposes() -> dict[str, Purpose]:
    return load_purposes(resource_path("queue", "purposes.json"))


def _inputs(
    db: Database,
    session: Session,
    period: Period,
    waited: Count,
    applications: ApplicationSummary,
    setting: AdminSetting,
    office_number: int | None,
) -> tuple[IndicatorInputs, int]:
    answers, surveys = _survey(session, period)
    justified, in_time = complaint_counts(db, period, applications.total.handed_in, office_number)
    return IndicatorInputs(
        ready_in_time=applications.total.ready_in_time,
        waited_within_limit=waited,
        process_satisfaction=answers["2.1"],
        processed_correctly=_processed_correctly(session, period),
        information_satisfaction=answers["3.1"],
        complete_first_time=applications.total.first_time,
        internet_information=setting,
        justified_complaints=justified,
        complaints_in_time=in_time,
        complaint_procedure_satisfaction=answers["4.3"],
        complaint_terms_satisfaction=answers["4.4"],
        politeness_satisfaction=answers["5.1"],
    ), surveys


def build_report(
    db: Database,
    period: Period,
    now: datetime,
    progress: Progress | None = None,
    office_number: int | None = None,
) -> PeriodReport:
    """Everything the Reports tab and the printed report show for `period`, as of `now`;
    with `office_number`, of that origin office's records only (the district's report of one
    office).

    `progress(done, total)` is told after each step (the queue, then each month of the trend).
    """
    book, calendar, every_purpose = rule_book(), working_calendar(db), purposes()
    months = period.months() if len(period.months()) > 1 else []
    total = 2 + len(months)
    services = sorted(book.on(period.last).services)
    with _read(db, office_number) as session:
        every = _standards(session, office_number)
        setting = _internet_information(session, office_number)
        by_month = _tickets(session, period)
        if progress:
            progress(1, total)
        tickets = [ticket for month in by_month.values() for ticket in month]
        queue = summarize_queue(tickets, period, every_purpose, book, calendar)
        applications = _application_counts(session, period, now, services)
        inputs, surveys = _inputs(
            db, session, period, queue.indicator_wait, applications, setting, office_number
        )
        if progress:
            progress(2, total)
        trend_inputs = []
        for index, month in enumerate(months):
            month_tickets = by_month.get(month.first.replace(day=1), [])
            waited = indicator_wait(month_tickets, month, every_purpose, book)
            month_apps = _application_counts(session, month, now, services)
            trend_inputs.append(
                (
                    month,
                    _inputs(db, session, month, waited, month_apps, setting, office_number)[0],
                )
            )
            if progress:
                progress(3 + index, total)
    by_code = {s.code: s for s in every}
    monthly = [(month.first, values) for month, values in trend_inputs]
    trends = tuple(trend(by_code[code], monthly) for code in TREND_CODES if monthly)
    return PeriodReport(
        period=period,
        made_at=now,
        indicators=tuple(compute_indicators(every, inputs)),
        queue=queue,
        applications=applications,
        trends=trends,
        surveys=surveys,
        office=office_number,
    )


# ---- the records behind a value -----------------------------------------------------------------


@dataclass(frozen=True)
class RecordBehind:
    """One record an indicator's value rests on: `counted` when it is in the share's part."""

    reference: str  # registration number or ticket number; "" for a refusal
    name: str  # applicant (applications, survey) or purpose code (tickets)
    moment: datetime  # handed in, ticket issued, survey answered
    counted: bool
    application_id: uuid.UUID | None = None  # the application (None for a ticket)


def _applicant(row: Any) -> str:
    return row.organization or " ".join(p for p in (row.surname, row.name, row.patronymic) if p)


def records_behind(db: Database, code: str, period: Period, now: datetime) -> list[RecordBehind]:
    """The records counted for indicator `code` in `period` (empty for 3.3, a setting, and for
    4.1/4.2, whose complaints the Complaints tab lists)."""
    with db.read() as session:
        if code in ("1.1", "2.2", "3.2"):
            return _applications_behind(session, code, period, now)
        if code == "1.2":
            return _tickets_behind(session, period)
        column = dict((c, col) for col, c in QUESTIONS).get(code)
        if column is None:
            return []
        start, end = period.bounds()
        answer = getattr(SurveyAnswer, column)
        rows = session.execute(
            select(Application, SurveyAnswer.answered_at, answer)
            .join(Application, Application.id == SurveyAnswer.application_id)
            .where(
                SurveyAnswer.deleted_at.is_(None),
                SurveyAnswer.answered_at >= start,
                SurveyAnswer.answered_at < end,
                answer.is_not(None),
            )
            .order_by(SurveyAnswer.answered_at)
        ).all()
        return [
            RecordBehind(app.registration_number or "", _applicant(app), at, bool(yes), app.id)
            for app, at, yes in rows
        ]


def _applications_behind(
    session: Session, code: str, period: Period, now: datetime
) -> list[RecordBehind]:
    query = (
        select(Application, _with_clerk_error())
        .where(_live_handed_in(period))
        .order_by(Application.handed_in_at)
    )
    if code == "1.1":
        query = query.where(_ready_or_due(now))
    elif code == "2.2":
        query = query.where(Application.status != REFUSED)
    found = []
    for app, wrong in session.execute(query):
        if code == "1.1":
            due, ready = app.ready_due_at, app.ready_at
            counted = due is not None and ready is not None and ready <= due
        elif code == "2.2":
            counted = not wrong
        else:
            counted = app.status != REFUSED
        found.append(
            RecordBehind(
                app.registration_number or "", _applicant(app), app.handed_in_at, counted, app.id
            )
        )
    return found


def _tickets_behind(session: Session, period: Period) -> list[RecordBehind]:
    """1.2: the called visitors for a state service (purposes with a waiting limit)."""
    book, every_purpose = rule_book(), purposes()
    minutes = book.on(period.last).indicator_wait_minutes
    start, end = period.bounds()
    query = tickets_query(period).add_columns(QueueTicket.letter, QueueTicket.number)
    found = []
    for row in session.execute(query.order_by(QueueTicket.issued_at)):
        record = TicketRecord(*row[:7])
        purpose = every_purpose.get(record.purpose)
        if not start <= record.issued_at < end or record.called_at is None or purpose is None:
            continue
        if purpose.limit_minutes(book.on(aware(record.issued_at).date())) is None:
            continue
        waited = int((record.called_at - record.issued_at).total_seconds())
        found.append(
            RecordBehind(
                ticket_label(row[8], row[9]),
                record.purpose,
                record.issued_at,
                waited <= minutes * 60,
            )
        )
    return found


# ---- the documents ----------------------------------------------------------------------------


def _counted_name(db: Database, report: PeriodReport, language: str) -> str:
    """Whose records the report counts: the one office's at the district, else this
    installation's (the district's own name in district mode)."""
    if report.office is not None:
        counted = office.office_by_number(db, report.office)
        return counted.name_in(language) if counted else ""
    if sync_keys.is_district(db):
        return sync_keys.side(db).name
    place = office.workplace(db)
    return place.office.name_in(language) if place else ""


def report_data(
    db: Database, report: PeriodReport, language: str, preparer: str = ""
) -> IndicatorsReportData:
    """The printed report's and the workbook's data (desktop.printing.indicators_report) in
    `language`: the office's name, the akim who signs, the names of purposes, services and
    documents of the rule set in force on the period's last day; once the akim signed the
    period off, its signed indicators and the sign-off, else the draft mark
    (desktop.services.report_signoffs.printed)."""
    from desktop.printing.indicators_report import IndicatorsReportData

    sign_off, indicators = report_signoffs.printed(db, report)
    office_sign_offs = _office_sign_offs(db, report, language)
    place = office.workplace(db)
    akim_name = settings.akim(db)[0]
    rules = rule_book().on(report.period.last)
    return IndicatorsReportData(
        office_name=_counted_name(db, report, language),
        period=report.period,
        made_at=report.made_at,
        indicators=indicators,
        queue=report.queue,
        applications=report.applications,
        purpose_names={code: p.name(language) for code, p in purposes().items()},
        service_names={
            n: s.name_kk if language == "kk" else s.name_ru for n, s in rules.services.items()
        },
        document_names={code: rules.document_name(code, language) for code in rules.document_names},
        trends=report.trends,
        akim=akim_name,
        preparer=preparer or (place.clerk.short_name if place else ""),
        sign_off=sign_off,
        office_sign_offs=office_sign_offs,
    )


def _office_sign_offs(
    db: Database, report: PeriodReport, language: str
) -> list[tuple[str, SignOffMark]]:
    """The district's consolidated report: each office's sign-off of its period (office
    name, mark); none for any other report."""
    if report.office is not None or not sync_keys.is_district(db):
        return []
    found = []
    for number, sign_off in report_signoffs.offices_status(db, report.period).items():
        counted = office.office_by_number(db, number)
        name = counted.name_in(language) if counted else str(number)
        if sign_off is None:
            found.append((name, SignOffMark("unsigned")))
        else:
            found.append((name, SignOffMark("signed", sign_off.signed_by, sign_off.signed_at)))
    return found


def document(db: Database, report: PeriodReport, language: str, preparer: str = "") -> Document:
    """The report as a printable document."""
    return documents.indicators_report(report_data(db, report, language, preparer), language)


def workbook(db: Database, report: PeriodReport, language: str, preparer: str = "") -> bytes:
    """The report's numbers as .xlsx bytes, one sheet per table."""
    from desktop.printing.indicators_workbook import render_indicators_workbook

    return render_indicators_workbook(report_data(db, report, language, preparer), language)


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def as_json(report: PeriodReport) -> dict[str, Any]:
    """The report's figures as plain JSON values (the command line's --format json)."""
    queue, total = report.queue, report.applications.total
    return {
        "period": {"from": report.period.first.isoformat(), "to": report.period.last.isoformat()},
        "made_at": report.made_at.isoformat(),
        "surveys": report.surveys,
        "indicators": [
            {
                "code": v.code,
                "norm": _number(v.standard.norm),
                "target": _number(v.standard.target),
                "value": _number(v.value),
                "status": v.status,
                "part": v.part,
                "whole": v.whole,
                "records": v.records,
            }
            for v in report.indicators
        ],
        "applications": {
            "handed_in": total.handed_in,
            "accepted": total.accepted,
            "refused": total.refused,
            "issued": total.issued,
            "overdue_now": total.overdue_now,
            "refusals_by_document": dict(report.applications.refusals_by_document),
        },
        "queue": queue_json(queue),
    }


def _seconds(value: Any) -> float | None:
    return None if value is None else value.total_seconds()


def queue_json(queue: QueueSummary) -> dict[str, Any]:
    return {
        "visitors": queue.visitors,
        "served": queue.served,
        "no_shows": queue.no_shows,
        "never_called": queue.never_called,
        "by_hour": list(queue.by_hour),
        "busiest_hours": list(queue.busiest_hours),
        "by_day": {day.isoformat(): count for day, count in queue.by_day},
        "waits": [
            {
                "purpose": w.purpose,
                "visitors": w.visitors,
                "median_seconds": _seconds(w.median),
                "p90_seconds": _seconds(w.p90),
                "limit_minutes": w.limit_minutes,
                "within_limit": None
                if w.within_limit is None
                else [w.within_limit.part, w.within_limit.whole],
            }
            for w in (*queue.waits, queue.all_waits)
        ],
        "clerks": [
            {
                "clerk": c.clerk,
                "served": c.served,
                "median_service_seconds": _seconds(c.median_service),
                "busy_seconds": _seconds(c.busy),
                "idle_seconds": _seconds(c.idle),
            }
            for c in queue.clerks
        ],
    }
