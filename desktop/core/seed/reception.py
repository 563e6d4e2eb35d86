"""Reception schedules of Appendix 4 ("Әкім: апта сайын сейсенбі күндері, сағ. 15.00-тен ...").

A schedule is a list of clauses separated by ";". A clause starting "Әкім:" is the akim's,
"Орынбасары:" a deputy's (numbered in order), "Орынбасарлары:" several deputies at once; a clause
with no such label is one more slot of the person before. Text that cannot be read as a slot is
kept in the flag "unparsed_schedule", never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.seed.model import Flag, ReceptionSlot

WEEKDAYS = {
    "дүйсенбі": 0,
    "сейсенбі": 1,
    "сәрсенбі": 2,
    "бейсенбі": 3,
    "жұма": 4,
    "сенбі": 5,
    "жексенбі": 6,
}
LAST_WEEK = -1  # "әр айдың соңғы бейсенбісі": the last Thursday of each month

# a weekday, also inflected: "бейсенбісі", "дүйсенбісі"
_DAY = r"(?<!\w)(?P<day>" + "|".join(WEEKDAYS) + r")(?:сі|сы)?(?!\w)"
_RECURRENCES = [
    ("weekly", re.compile(rf"апта\s+сайын\s+{_DAY}(?:\s+күндері)?")),
    ("monthly_nth", re.compile(rf"әр\s+айдың\s+(?P<nth>\d+(?:\s*,\s*\d+)*)\s*-\s*\w+\s+{_DAY}")),
    ("monthly_nth", re.compile(rf"әр\s+айдың\s+(?P<last>соңғы)\s+{_DAY}")),
    ("monthly_once", re.compile(r"айына\s+бір\s+рет")),
]
# "сағ. 15.00-тен 16.00 дейін", "сағ. 17.00-ден бастап", "сағ. 16.00 бастап"
_TIME = re.compile(
    r"сағ\s*\.?\s*(?P<start>\d{1,2}[.:]\d{2})\s*(?:-\s*\w+)?\s*"
    r"(?:(?P<end>\d{1,2}[.:]\d{2})\s*дейін|бастап)"
)
_PERSON = re.compile(r"(?P<label>Әкім|Орынбасары|Орынбасарлары)\s*:\s*")
_NEXT_SLOT = re.compile(r",\s*(?=әр\s+айдың|апта\s+сайын|айына)")
_FILLER = re.compile(r"[\s,.;:]+")


@dataclass(frozen=True)
class Person:
    who: str
    deputy_no: int | None
    plural: bool


@dataclass(frozen=True)
class Timing:
    """What one slot text says; `rest` is the text left over, not understood."""

    recurrence: str
    weekday: int | None
    nth: list[int]
    time_from: str | None
    time_to: str | None
    rest: str


@dataclass(frozen=True)
class Schedule:
    slots: list[ReceptionSlot]
    flags: list[Flag]


def parse_schedule(text: str) -> Schedule:
    slots: list[ReceptionSlot] = []
    flags: list[Flag] = []
    person: Person | None = None
    deputies = 0
    for clause in _clauses(text):
        label = _PERSON.match(clause)
        if label:
            deputies += label["label"] != "Әкім"
            person = _person(label["label"], deputies)
        if person is None:
            flags.append(_unparsed(clause, "no 'Әкім:' or 'Орынбасары:' before it"))
            continue
        body = clause[label.end() :] if label else clause
        for part in _NEXT_SLOT.split(body):
            slot, flag = _slot(part, person, clause)
            slots += [slot] if slot else []
            flags += [flag] if flag else []
    return Schedule(slots, flags)


def _clauses(text: str) -> list[str]:
    return [clause.strip().rstrip(".").strip() for clause in text.split(";") if clause.strip()]


def _person(label: str, deputies: int) -> Person:
    if label == "Әкім":
        return Person("akim", None, False)
    return Person("deputy", deputies, label == "Орынбасарлары")


def _slot(part: str, person: Person, source: str) -> tuple[ReceptionSlot | None, Flag | None]:
    timing = read_timing(part)
    if timing is None:
        return None, _unparsed(source, f"no recurrence understood in '{part}'; no slot made")
    slot = ReceptionSlot(
        who=person.who,
        deputy_no=person.deputy_no,
        plural=person.plural,
        recurrence=timing.recurrence,
        weekday=timing.weekday,
        nth=timing.nth,
        time_from=timing.time_from,
        time_to=timing.time_to,
        source=source,
    )
    problems = [f"'{timing.rest}' not represented"] if timing.rest else []
    problems += ["no time given"] if timing.time_from is None else []
    flag = _unparsed(source, f"slot kept; {' and '.join(problems)}") if problems else None
    return slot, flag


def read_timing(text: str) -> Timing | None:
    """The recurrence, weekday and time in one slot text; None if no recurrence is found."""
    found = next(((kind, m) for kind, pattern in _RECURRENCES if (m := pattern.search(text))), None)
    if found is None:
        return None
    recurrence, match = found
    groups = match.groupdict()
    time = _TIME.search(text)
    return Timing(
        recurrence=recurrence,
        weekday=WEEKDAYS[groups["day"]] if groups.get("day") else None,
        nth=_nth(groups),
        time_from=_clock(time["start"]) if time else None,
        time_to=_clock(time["end"]) if time and time["end"] else None,
        rest=_rest(text, [match] + ([time] if time else [])),
    )


def _nth(groups: dict[str, str | None]) -> list[int]:
    if groups.get("last"):
        return [LAST_WEEK]
    numbers = groups.get("nth")
    return [int(n) for n in re.findall(r"\d+", numbers)] if numbers else []


def _clock(text: str) -> str:
    hours, minutes = re.split(r"[.:]", text)
    return f"{int(hours):02d}:{minutes}"


def _rest(text: str, matches: list[re.Match[str]]) -> str:
    for match in sorted(matches, key=lambda m: m.start(), reverse=True):
        text = text[: match.start()] + " " + text[match.end() :]
    return _FILLER.sub(" ", text).strip()


def _unparsed(source: str, detail: str) -> Flag:
    return Flag("reception", source, "unparsed_schedule", detail)
