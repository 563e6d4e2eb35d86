"""What is handed to the household book, and the checks each value must pass on its own.

The UI, the import and the demo build these dataclasses; desktop.services.household_writer
cleans them with the functions here (trimmed names, a checked IIN agreeing with the birth date
and sex, a plausible plot area, known livestock groups) before it checks what depends on the
rest of the book. Problems raise BookError with a machine code the UI words in the user's
language (desktop/ui/book_errors.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.core import personal_data
from desktop.core.book_limits import limits_on
from desktop.core.iin import NationalNumberError, normalize_number, validate_iin
from desktop.core.personal_data import DEFAULT_BASIS


class BookError(ValueError):
    """A value cannot be saved. `code` says why (the UI words it), `field` what to fix."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        super().__init__(f"{field}: {code} {params}" if params else f"{field}: {code}")
        self.field = field
        self.code = code
        self.params = params


@dataclass(frozen=True)
class HouseholdData:
    account_number: str
    locality: str
    opened_on: date
    book_number: str = ""
    book_page: str = ""
    street: str = ""
    house: str = ""
    apartment: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MemberData:
    surname: str
    name: str
    relation: str
    registered_from: date
    iin: str = ""
    patronymic: str = ""
    birth_date: date | None = None
    sex: str = ""  # "male" / "female"; derived from the IIN when empty
    # The legal basis the person's data are kept on (desktop/core/personal_data), and the date
    # of the person's consent when that is the basis.
    data_basis: str = DEFAULT_BASIS
    consent_on: date | None = None


@dataclass(frozen=True)
class PlotData:
    purpose: str
    area_ha: Decimal
    state_act_number: str = ""
    cadastral_number: str = ""
    held_from: date | None = None  # None: from the household's opening
    held_to: date | None = None  # the first day it is no longer held


@dataclass(frozen=True)
class LivestockData:
    """Head counts of one household as of a date (livestock group code -> head count)."""

    as_of: date
    counts: dict[str, int]
    animal_ids: str = ""
    note: str = ""


@dataclass(frozen=True)
class NewHousehold:
    """A whole new household: exactly one member is the head."""

    data: HouseholdData
    members: tuple[MemberData, ...]
    plots: tuple[PlotData, ...] = ()
    livestock: tuple[LivestockData, ...] = ()  # one snapshot per date


def check_date(field: str, day: date) -> date:
    """`day` if a record of the book may carry it (book_limits: not 9999-12-31, not 0001-01-01);
    BookError(field, 'implausible_date', earliest=..., latest=...) otherwise."""
    limits = limits_on(day)
    if limits.date_problem(day):
        raise BookError(
            field, "implausible_date", earliest=limits.earliest_date, latest=limits.latest_date
        )
    return day


def clean_household(data: HouseholdData) -> dict[str, Any]:
    """The household's values with spaces tidied; account number and locality required."""
    values = dict(vars(data))  # the dataclass's fields (fields() is slow in a bulk load)
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = " ".join(value.split())
    for required in ("account_number", "locality"):
        if not values[required]:
            raise BookError(required, "required")
    check_date("opened_on", values["opened_on"])
    return values


def clean_member(data: MemberData, today: date) -> dict[str, Any]:
    """Validated member values: names trimmed, IIN checked and agreeing with birth date and sex."""
    values = dict(vars(data))
    for name in ("surname", "name", "patronymic"):
        values[name] = " ".join(values[name].split())
    for required in ("surname", "name", "relation"):
        if not values[required]:
            raise BookError(required, "required")
    iin = normalize_number(values["iin"]) if values["iin"].strip() else ""
    if iin:
        try:
            info = validate_iin(iin, today)
        except NationalNumberError as error:
            raise BookError("iin", f"iin_{error.code}") from error
        if values["birth_date"] is None:
            values["birth_date"] = info.birth_date
        elif values["birth_date"] != info.birth_date:
            raise BookError("birth_date", "iin_birth_mismatch", iin_date=info.birth_date)
        if not values["sex"]:
            values["sex"] = info.sex
        elif values["sex"] != info.sex:
            raise BookError("sex", "iin_sex_mismatch", iin_sex=info.sex)
    if values["sex"] not in ("male", "female"):
        raise BookError("sex", "required")
    birth = values["birth_date"]
    if birth is not None and (birth > today or limits_on(birth).date_problem(birth)):
        raise BookError("birth_date", "implausible")
    check_date("registered_from", values["registered_from"])
    if birth is not None and values["registered_from"] < birth:
        raise BookError("registered_from", "before_birth")
    basis = personal_data.rules_on(today).bases.get(values["data_basis"])
    if basis is None:
        raise BookError("data_basis", "unknown_basis", basis=values["data_basis"])
    if not basis.needs_consent_date:
        values["consent_on"] = None
    elif values["consent_on"] is None:
        raise BookError("consent_on", "required")
    elif values["consent_on"] > today:
        raise BookError("consent_on", "in_future")
    else:
        check_date("consent_on", values["consent_on"])
    values["iin"] = iin or None
    return values


def parse_area(text: str) -> Decimal:
    """'0,15' or '1 234.5' as hectares; BookError('area_ha', 'not_a_number') otherwise."""
    cleaned = "".join(str(text).split()).replace(",", ".")
    try:
        area = Decimal(cleaned)
    except InvalidOperation as error:
        raise BookError("area_ha", "not_a_number") from error
    if not area.is_finite():
        raise BookError("area_ha", "not_a_number")
    return area


def clean_plot(data: PlotData, held_from: date, purposes: Collection[str]) -> dict[str, Any]:
    """The plot's values; `held_from` stands in when the data gives no start; `purposes` are
    the land-use codes of the reference data."""
    start = check_date("held_from", data.held_from or held_from)
    limits = limits_on(start)
    area = parse_area(str(data.area_ha))
    if area <= 0:
        raise BookError("area_ha", "not_positive")
    if area < limits.smallest_plot_ha:  # 1e-9 ha would be stored as 0.0000
        raise BookError("area_ha", "too_small", limit=limits.smallest_plot_ha)
    if area > limits.largest_plot_ha:
        raise BookError("area_ha", "implausible", limit=limits.largest_plot_ha)
    if not data.purpose:
        raise BookError("purpose", "required")
    if data.purpose not in purposes:
        raise BookError("purpose", "unknown_purpose", purpose=data.purpose)
    if data.held_to is not None:
        check_date("held_to", data.held_to)
        if data.held_to <= start:
            raise BookError("held_to", "not_after_start", held_from=start)
    return {
        "purpose": data.purpose,
        "area_ha": area.quantize(Decimal("0.0001")),
        "state_act_number": data.state_act_number.strip(),
        "cadastral_number": data.cadastral_number.strip(),
        "held_from": start,
        "held_to": data.held_to,
    }


def clean_counts(
    counts: dict[str, int], limits: dict[str, int | None], allow_implausible: bool, as_of: date
) -> dict[str, int]:
    """Head counts of known groups (`limits`: group code -> plausible maximum), zeros left out.

    A count above the plausible maximum needs `allow_implausible` (the clerk confirmed it); one
    above the ceiling (book_limits: a multiple of that maximum) is refused all the same.
    """
    check_date("as_of", as_of)
    factor = limits_on(as_of).livestock_ceiling_factor
    cleaned: dict[str, int] = {}
    for code, count in counts.items():
        if code not in limits:
            raise BookError(code, "unknown_livestock_group")
        if not isinstance(count, int) or isinstance(count, bool):
            raise BookError(code, "not_a_number")
        if count < 0:
            raise BookError(code, "negative")
        limit = limits[code]
        if limit is not None and count > limit * factor:
            raise BookError(code, "beyond_ceiling", limit=limit * factor)
        if limit is not None and count > limit and not allow_implausible:
            raise BookError(code, "implausible", limit=limit)
        if count:
            cleaned[code] = count
    return cleaned


def history_value(value: Any) -> Any:
    """A value as a history line keeps it (JSON: dates, decimals and ids as text)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    return value
