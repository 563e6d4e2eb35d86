"""Finding the two printed copies of the four appendices in the seed text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.seed.text import Line, seed_lines

APPENDIX_COUNT = 4
COPY_COUNT = 2

_HEADER = re.compile(r"^(?:стандартына\s+)?(?P<number>[1-4])-қосымша$")
# the title lines that open an appendix heading or the next standard
_SECTION_START = ('"Қосалқы шаруашылығының', '"Мал басы туралы', "Қарағанды облысы әкімдігінің")


@dataclass(frozen=True)
class AppendixCopy:
    """The lines of one printed copy of Appendices 1-4 (headings left out)."""

    departments: list[Line]
    offices: list[Line]
    indicators: list[Line]
    district_akimats: list[Line]


def split_appendices(text: str) -> list[AppendixCopy]:
    """The appendix copies in print order; raises ValueError if the layout is not as expected."""
    lines = seed_lines(text)
    headers = [
        (i, int(m["number"])) for i, line in enumerate(lines) if (m := _HEADER.match(line.text))
    ]
    expected = list(range(1, APPENDIX_COUNT + 1)) * COPY_COUNT
    if [number for _, number in headers] != expected:
        raise ValueError(f"appendix headings found in order {headers}, expected {expected}")
    sections = [lines[i + 1 : _section_end(lines, i + 1)] for i, _ in headers]
    return [
        AppendixCopy(*sections[start : start + APPENDIX_COUNT])
        for start in range(0, len(sections), APPENDIX_COUNT)
    ]


def _section_end(lines: list[Line], start: int) -> int:
    for index in range(start, len(lines)):
        if lines[index].text.startswith(_SECTION_START):
            return index
    return len(lines)
