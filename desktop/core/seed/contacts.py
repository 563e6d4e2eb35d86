"""Postal address, phone and fax numbers, web sites and e-mail addresses as printed in the seed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core.seed.model import Flag
from desktop.core.seed.text import join_lines, squash

# "тел.", "тел/факс", "тел.факс", "телефон (тел.)", "факс" - only in lower case, so that
# "Тельман селосы" is not taken for a label
_LABEL = re.compile(
    r"(?<!\w)(?:(?P<both>тел\s*[./]\s*факс)|(?P<phone>тел(?:ефон)?)(?!\w)(?:\s*\(тел\.\))?"
    r"|(?P<fax>факс))"
)
_NUMBER = re.compile(
    r"(?:\(\s*(?P<area>\d[\d\s]*?)\s*\)\s*)?(?P<local>\d+(?:\s*-\s*\d+|[ \t]+\d+)*)"
)
_POSTAL = re.compile(r"^\s*(?P<code>(?:\d\s*){6})(?!\d)[\s,.]*")
_LOCAL_SEPARATORS = re.compile(r"\s*-\s*")
_CONTACT_LINE = re.compile(r"\S+\s*@\s*\S+|www\S*", re.IGNORECASE)
_SPLIT_DETAIL = "number broken over a line break in the seed; joined, please check"


@dataclass
class AddressBlock:
    """A postal address followed by phone and fax numbers."""

    postal_code: str
    address: str
    phones: list[str] = field(default_factory=list)
    fax: list[str] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)


def is_contact_line(line: str) -> bool:
    """A line holding one web site or e-mail address and nothing else."""
    return bool(_CONTACT_LINE.fullmatch(line.strip()))


def is_contact_paragraph(lines: Iterable[str]) -> bool:
    """Lines that each hold one web site or e-mail address (a table cell of contacts)."""
    return all(is_contact_line(line) for line in lines)


def is_email(value: str) -> bool:
    return "@" in value


def parse_address_block(raw: str) -> AddressBlock:
    """Split "100300, ... көш., 23 тел. (71036) 53953, факс 53953" (line breaks kept in `raw`).

    Numbers printed without an area code take the one printed before them in the same block.
    A number broken by a line break is joined and flagged "split_number".
    """
    label = _LABEL.search(raw)
    address_raw, numbers_raw = (raw[: label.start()], raw[label.start() :]) if label else (raw, "")
    block = _postal_and_address(address_raw)
    _read_numbers(numbers_raw, block)
    return block


def _postal_and_address(raw: str) -> AddressBlock:
    match = _POSTAL.match(raw)
    if not match:
        return AddressBlock("", _address_text(raw))
    code = re.sub(r"\s", "", match["code"])
    block = AddressBlock(code, _address_text(raw[match.end() :]))
    if "\n" in match["code"].strip():
        block.flags.append(
            Flag("postal_code", code, "split_number", "postal code broken over a line break")
        )
    return block


def _address_text(raw: str) -> str:
    return join_lines(raw.splitlines()).strip(" ,")


def _read_numbers(raw: str, block: AddressBlock) -> None:
    targets: tuple[list[str], ...] = (block.phones,)
    area = ""
    position = 0
    while match := _next_token(raw, position):
        position = match.end()
        if match.re is _LABEL:
            targets = _targets(match, block)
            continue
        area = squash(match["area"] or "").replace(" ", "") or area
        number = _format_number(area, match["local"])
        for target in targets:
            target.append(number)
        if _is_split(match):
            block.flags.extend(
                Flag(_field_of(target, block), number, "split_number", _SPLIT_DETAIL)
                for target in targets
            )


def _next_token(raw: str, position: int) -> re.Match[str] | None:
    found = [m for m in (_LABEL.search(raw, position), _NUMBER.search(raw, position)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _targets(label: re.Match[str], block: AddressBlock) -> tuple[list[str], ...]:
    if label["both"]:
        return (block.phones, block.fax)
    return (block.fax,) if label["fax"] else (block.phones,)


def _format_number(area: str, local: str) -> str:
    digits = squash(_LOCAL_SEPARATORS.sub("-", local))
    return f"({area}) {digits}" if area else digits


def _field_of(target: list[str], block: AddressBlock) -> str:
    return "phones" if target is block.phones else "fax"


def _is_split(match: re.Match[str]) -> bool:
    """A line break inside the brackets or inside the local number (not between the two)."""
    if "\n" in match["local"]:
        return True
    text = match.group(0)
    return match["area"] is not None and "\n" in text[: text.index(")")]
