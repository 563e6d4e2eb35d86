"""Appendix 1: the city and district agriculture departments."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.seed.contacts import is_contact_paragraph, is_email, parse_address_block
from desktop.core.seed.districts import district_named_at_start
from desktop.core.seed.flags import address_flags, contact_flags, missing_flags, spelling_flags
from desktop.core.seed.model import Department, Flag
from desktop.core.seed.names import parse_official_name
from desktop.core.seed.text import Line, Paragraph, paragraphs, quoted_blocks, raw_paragraphs, texts

REQUIRED = ("postal_code", "address", "phones", "email")


@dataclass(frozen=True)
class StrayValue:
    """A web site or e-mail printed apart from its row's own ones (its own paragraph)."""

    printed_in: int  # index of the row it was printed in
    field: str
    value: str


def parse_departments(lines: list[Line]) -> list[Department]:
    departments: list[Department] = []
    strays: list[StrayValue] = []
    for index, block in enumerate(quoted_blocks(paragraphs(lines))):
        contacts = [group for group in block[1:] if is_contact_paragraph(texts(group))]
        departments.append(_department(index + 1, block, _by_field(contacts[:1])))
        strays += [
            StrayValue(index, field, value)
            for field, values in _by_field(contacts[1:]).items()
            for value in values
        ]
    for stray in strays:
        attach_stray(departments, stray)
    for department in departments:
        department.flags += missing_flags(department, REQUIRED)
    return departments


def _department(order: int, block: list[Paragraph], contacts: dict[str, list[str]]) -> Department:
    official = parse_official_name("\n".join(texts(block[0])), "name")
    district = district_named_at_start(official.name)
    if district is None:
        raise ValueError(f"no city or district in department name {official.name!r}")
    address_lines = [
        line for group in block[1:] if not is_contact_paragraph(texts(group)) for line in group
    ]
    address = parse_address_block("\n".join(texts(address_lines)))
    return Department(
        order=order,
        district=district,
        name=official.name,
        postal_code=address.postal_code,
        address=address.address,
        phones=address.phones,
        fax=address.fax,
        web=contacts["web"],
        email=contacts["email"],
        source=raw_paragraphs(block),
        flags=official.flags
        + spelling_flags("name", official.name)
        + address.flags
        + contact_flags(contacts["web"], contacts["email"]),
    )


def _by_field(groups: list[Paragraph]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {"web": [], "email": []}
    for text in (text for group in groups for text in texts(group)):
        values["email" if is_email(text) else "web"].append(text)
    return values


def attach_stray(departments: list[Department], stray: StrayValue) -> None:
    """Attach a stray value to a row and flag it "unassigned_value".

    The owner is the row it was printed in, unless that row already has such a value and the
    next row has none: then the next row.
    """
    here = departments[stray.printed_in]
    after = departments[stray.printed_in + 1] if stray.printed_in + 1 < len(departments) else None
    owner = (
        after if after and getattr(here, stray.field) and not getattr(after, stray.field) else here
    )
    getattr(owner, stray.field).append(stray.value)
    detail = (
        f"printed on its own after the {here.district} row's contacts; attached to "
        f"{owner.district}"
        + (", the next row, which has no value of its own" if owner is after else "")
    )
    owner.flags.append(Flag(stray.field, stray.value, "unassigned_value", detail))
    owner.flags += address_flags(stray.field, stray.value)
