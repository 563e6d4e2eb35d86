"""Appendix 4: the city and district akim offices, where complaints go, with reception schedules.

The four table columns come out of the PDF interleaved: a row's paragraphs are its name, then
address, schedule and contact paragraphs in any order (the Zhezkazgan row prints its web site
between two schedule lines). Each paragraph is sorted by what it holds.
"""

from __future__ import annotations

import re

from desktop.core.seed.contacts import is_contact_paragraph, is_email, parse_address_block
from desktop.core.seed.districts import DISTRICTS, district_named_at_start, proper_name
from desktop.core.seed.flags import contact_flags, missing_flags, spelling_flags
from desktop.core.seed.model import DistrictAkimat
from desktop.core.seed.names import parse_official_name
from desktop.core.seed.names_ru import district_names_ru
from desktop.core.seed.reception import parse_schedule
from desktop.core.seed.text import (
    Line,
    Paragraph,
    join_lines,
    paragraphs,
    quoted_blocks,
    raw_paragraphs,
    texts,
)

REQUIRED = ("postal_code", "address", "phones", "email", "reception")

_SCHEDULE_START = re.compile(r"(?:Әкім|Орынбасар|апта\s+сайын|әр\s+айдың|айына)")


def parse_district_akimats(lines: list[Line]) -> list[DistrictAkimat]:
    return [_akimat(block) for block in quoted_blocks(paragraphs(lines))]


def _akimat(block: list[Paragraph]) -> DistrictAkimat:
    official = parse_official_name("\n".join(texts(block[0])), "name")
    district = district_named_at_start(official.name)
    if district is None:
        raise ValueError(f"no city or district in akimat name {official.name!r}")
    kinds: dict[str, list[str]] = {"address": [], "schedule": [], "contacts": []}
    for group in block[1:]:
        kinds[paragraph_kind(group)] += texts(group)
    address = parse_address_block("\n".join(kinds["address"]))
    schedule = parse_schedule(join_lines(kinds["schedule"]))
    web = [value for value in kinds["contacts"] if not is_email(value)]
    email = [value for value in kinds["contacts"] if is_email(value)]
    [printed] = [d for d in DISTRICTS if d.code == district]
    russian = district_names_ru(printed.kind, proper_name(printed.name_kk))
    akimat = DistrictAkimat(
        district=district,
        name=official.name,
        name_ru=russian.akimat_name_ru,
        postal_code=address.postal_code,
        address=address.address,
        phones=address.phones,
        fax=address.fax,
        web=web,
        email=email,
        reception=schedule.slots,
        source=raw_paragraphs(block),
        flags=official.flags + spelling_flags("name", official.name) + address.flags,
    )
    akimat.flags += contact_flags(web, email) + schedule.flags + missing_flags(akimat, REQUIRED)
    akimat.flags += russian.akimat_flags
    return akimat


def paragraph_kind(group: Paragraph) -> str:
    """Which table cell a paragraph belongs to: "contacts", "schedule" or "address"."""
    if is_contact_paragraph(texts(group)):
        return "contacts"
    return "schedule" if _SCHEDULE_START.match(group[0].text) else "address"
