"""Kazakh national numbers: a person's IIN (ЖСН / ИИН) and an organisation's BIN (БСН / БИН).

Both are 12 digits and end with the same check digit:

* multiply the first 11 digits by the weights 1, 2, ..., 11 and take the sum mod 11;
* if that is 10, do it again with the weights 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2;
* if that is 10 again, no number with these first 11 digits is ever issued.

A known weakness of this scheme, worth knowing before trusting it: the 11th digit has the weight
11 = 0 (mod 11) in the first pass, so a typo in the 11th digit is *not* caught unless the first sum
happens to be 10. Typos in digits 1-10 and 12 are caught, except for the rare numbers whose first
sum is 10 (on either side of the typo). The check digit finds most slips; it is no proof that a
number belongs to anybody.

Error codes (`NationalNumberError.code`) are stable machine words the user interface translates:
"length", "not_digits", "check_digit", "birth_date", "century", "future", "bin_month", "bin_type".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

ErrorCode = Literal[
    "length",
    "not_digits",
    "check_digit",
    "birth_date",
    "century",
    "future",
    "bin_month",
    "bin_type",
]
Sex = Literal["male", "female"]

FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# 7th digit of an IIN -> (first year of the century, sex).
_CENTURY_DIGITS: dict[int, tuple[int, Sex]] = {
    1: (1800, "male"),
    2: (1800, "female"),
    3: (1900, "male"),
    4: (1900, "female"),
    5: (2000, "male"),
    6: (2000, "female"),
}

# 5th digit of a BIN: the kind of registered entity.
BIN_ENTITY_TYPES: dict[int, str] = {
    4: "resident_legal_entity",
    5: "non_resident_legal_entity",
    6: "joint_individual_entrepreneur",
}
# 6th digit of a BIN: which part of the entity the number belongs to.
BIN_ATTRIBUTES: dict[int, str] = {
    0: "head_office",
    1: "branch",
    2: "representative_office",
    3: "peasant_farm",
}

_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014]+")


class NationalNumberError(ValueError):
    """An IIN or BIN that cannot be accepted; `code` says why, `message` says it in English."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code: ErrorCode = code
        self.message = message


@dataclass(frozen=True)
class IinInfo:
    number: str
    birth_date: date
    sex: Sex


@dataclass(frozen=True)
class BinInfo:
    number: str
    registration_yy: int  # two digits, as written in the number
    registration_month: int
    entity_type: str  # a value of BIN_ENTITY_TYPES
    attribute: str  # a value of BIN_ATTRIBUTES
    serial: int


def _strip(text: str) -> str:
    return _SEPARATORS.sub("", text)


def _only_digits(text: str) -> bool:
    return all(c in "0123456789" for c in text)


def check_digit(first11: str) -> int | None:
    """The 12th digit for these 11 digits, or None when such a number is never issued."""
    if len(first11) != 11 or not _only_digits(first11):
        raise ValueError(f"expected 11 digits, got {first11!r}")
    digits = [int(c) for c in first11]
    for weights in (FIRST_WEIGHTS, SECOND_WEIGHTS):
        total = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if total != 10:
            return total
    return None


def _digits12(text: str) -> str:
    """The 12 digits of `text` with spaces and hyphens removed, checked for shape and checksum."""
    number = _strip(text)
    if not _only_digits(number):
        raise NationalNumberError("not_digits", "The number may contain digits only.")
    if len(number) != 12:
        raise NationalNumberError("length", f"The number must have 12 digits, not {len(number)}.")
    if check_digit(number[:11]) != int(number[11]):
        raise NationalNumberError(
            "check_digit", "The check digit does not match: a mistyped digit?"
        )
    return number


def _iin_fields(number: str) -> IinInfo:
    century_digit = int(number[6])
    if century_digit not in _CENTURY_DIGITS:
        raise NationalNumberError("century", "The 7th digit of an IIN must be 1 to 6.")
    century, sex = _CENTURY_DIGITS[century_digit]
    try:
        born = date(century + int(number[0:2]), int(number[2:4]), int(number[4:6]))
    except ValueError:
        raise NationalNumberError(
            "birth_date", "The first six digits of an IIN are not a real date (YYMMDD)."
        ) from None
    return IinInfo(number=number, birth_date=born, sex=sex)


def validate_iin(text: str, today: date | None = None) -> IinInfo:
    """The IIN in `text`, decoded; raises NationalNumberError.

    Structure: YYMMDD birth date, a century-and-sex digit (1/2 the 1800s, 3/4 the 1900s,
    5/6 the 2000s; odd = male), four serial digits, the check digit. Spaces and hyphens are
    ignored. The checks run in this order, so the first failing one gives the code:
    "not_digits", "length", "check_digit", "century", "birth_date", "future" (born after `today`;
    `today` defaults to the computer's date, pass it explicitly in rules and tests).
    """
    info = _iin_fields(_digits12(text))
    if info.birth_date > (today or date.today()):
        raise NationalNumberError("future", "The birth date in this IIN is in the future.")
    return info


def _bin_fields(number: str) -> BinInfo:
    month = int(number[2:4])
    if not 1 <= month <= 12:
        raise NationalNumberError("bin_month", "Digits 3-4 of a BIN must be a month, 01 to 12.")
    entity_digit, attribute_digit = int(number[4]), int(number[5])
    if entity_digit not in BIN_ENTITY_TYPES:
        raise NationalNumberError("bin_type", "The 5th digit of a BIN must be 4, 5 or 6.")
    if attribute_digit not in BIN_ATTRIBUTES:
        raise NationalNumberError("bin_type", "The 6th digit of a BIN must be 0, 1, 2 or 3.")
    return BinInfo(
        number=number,
        registration_yy=int(number[0:2]),
        registration_month=month,
        entity_type=BIN_ENTITY_TYPES[entity_digit],
        attribute=BIN_ATTRIBUTES[attribute_digit],
        serial=int(number[6:11]),
    )


def validate_bin(text: str) -> BinInfo:
    """The BIN in `text`, decoded; raises NationalNumberError.

    Structure of a BIN (business identification number of a legal entity, its branch or
    representative office, or an individual entrepreneur working as a joint venture):

    * digits 1-2: year of state registration, two digits (YY);
    * digits 3-4: month of registration, 01-12 ("bin_month" otherwise);
    * digit 5: type of entity: 4 resident legal entity, 5 non-resident legal entity,
      6 individual entrepreneur in joint entrepreneurship (ИП(С)) ("bin_type" otherwise);
    * digit 6: attribute: 0 head office, 1 branch, 2 representative office,
      3 peasant (farm) household in joint entrepreneurship ("bin_type" otherwise);
    * digits 7-11: serial number;
    * digit 12: the check digit, computed as for an IIN.

    The first two digits do not say the century; `registration_yy` keeps them as written.
    """
    return _bin_fields(_digits12(text))


def _is_plausible_padded(number: str) -> bool:
    try:
        _digits12(number)
    except NationalNumberError:
        return False
    try:
        iin = _iin_fields(number)
    except NationalNumberError:
        iin = None
    if iin is not None and iin.birth_date.year >= 2000:
        return True
    try:
        _bin_fields(number)
    except NationalNumberError:
        return False
    return True


def normalize_number(text: str) -> str:
    """The number as 12 plain digits where that can be done safely, else `text` without separators.

    Spaces (including no-break spaces) and hyphens/dashes are removed. A spreadsheet that stored
    an IIN or BIN as a number drops its leading zeros: an IIN of a person born 2000-2009 starts
    with "0" (born in 2000: "00", and "000" when also born in January-September), a BIN
    registered 2000-2009 likewise. So a string of 9 to 11 digits is padded with zeros to 12 when
    the padded form is a valid IIN of someone born in the 2000s or a valid BIN; otherwise it is
    returned unpadded, for validation to report "length". (A random 9-11 digit typo passes this
    test rarely: it needs a valid check digit, about 1 in 11, and a valid date or BIN structure.)
    The result is not validated further: call validate_iin / validate_bin.
    """
    number = _strip(text)
    if _only_digits(number) and 9 <= len(number) <= 11:
        padded = number.zfill(12)
        if _is_plausible_padded(padded):
            return padded
    return number


def national_number_problem(number: str, individual: bool, today: date | None = None) -> str | None:
    """What is wrong with a person's IIN (`individual`) or an organisation's BIN, as the code the
    user interface words ("iin_check_digit", "bin_length", ...); None when it is valid."""
    try:
        if individual:
            validate_iin(number, today)
        else:
            validate_bin(number)
    except NationalNumberError as error:
        return f"{'iin' if individual else 'bin'}_{error.code}"
    return None


def _century_digit(year: int, sex: Sex) -> int:
    for digit, (century, digit_sex) in _CENTURY_DIGITS.items():
        if century <= year < century + 100 and digit_sex == sex:
            return digit
    raise ValueError(f"an IIN cannot encode a birth year of {year} (1800-2099 only)")


def make_iin(birth_date: date, sex: Sex, serial: int) -> str:
    """A valid synthetic IIN for test and demo data (not a number of a real person).

    The serial (0-9999) fills digits 8-11; if it gives a number that is never issued (the check
    digit would be 10), the next serial is used. Raises ValueError when the serials run out.
    """
    if sex not in ("male", "female"):
        raise ValueError(f"sex must be 'male' or 'female', not {sex!r}")
    head = (
        f"{birth_date.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}"
        f"{_century_digit(birth_date.year, sex)}"
    )
    return _first_issuable(head, serial, width=4)


def make_bin(year: int, month: int, type_digit: int, attribute: int, serial: int) -> str:
    """A valid synthetic BIN for test and demo data; serial 0-99999, moved on like make_iin's."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, not {month}")
    if type_digit not in BIN_ENTITY_TYPES:
        raise ValueError(f"type digit must be one of {sorted(BIN_ENTITY_TYPES)}, not {type_digit}")
    if attribute not in BIN_ATTRIBUTES:
        raise ValueError(f"attribute must be one of {sorted(BIN_ATTRIBUTES)}, not {attribute}")
    return _first_issuable(f"{year % 100:02d}{month:02d}{type_digit}{attribute}", serial, width=5)


def _first_issuable(head: str, serial: int, width: int) -> str:
    if not 0 <= serial < 10**width:
        raise ValueError(f"serial must be 0-{10**width - 1}, not {serial}")
    for candidate in range(serial, 10**width):
        first11 = f"{head}{candidate:0{width}d}"
        digit = check_digit(first11)
        if digit is not None:
            return f"{first11}{digit}"
    raise ValueError(f"no issuable number from serial {serial} on")
