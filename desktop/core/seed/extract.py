"""From the seed text to the reference records."""

from __future__ import annotations

from desktop.core.seed.akimats import parse_district_akimats
from desktop.core.seed.appendices import AppendixCopy, split_appendices
from desktop.core.seed.compare import compare_copies
from desktop.core.seed.departments import parse_departments
from desktop.core.seed.districts import DISTRICTS
from desktop.core.seed.indicators import parse_indicators
from desktop.core.seed.model import AppendixRecords, Extraction
from desktop.core.seed.offices import parse_offices


def extract(text: str) -> Extraction:
    """The reference data as printed in the first copy, and how the second copy differs."""
    first, second = (records_of(copy) for copy in split_appendices(text))
    return Extraction(
        districts=list(DISTRICTS),
        departments=first.departments,
        offices=first.offices,
        indicators=first.indicators,
        district_akimats=first.district_akimats,
        copy_differences=compare_copies(first, second),
    )


def records_of(copy: AppendixCopy) -> AppendixRecords:
    departments = parse_departments(copy.departments)
    return AppendixRecords(
        departments=departments,
        offices=parse_offices(copy.offices, departments),
        indicators=parse_indicators(copy.indicators),
        district_akimats=parse_district_akimats(copy.district_akimats),
    )
