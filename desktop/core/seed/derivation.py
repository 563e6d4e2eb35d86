"""Which city/district an akim office of Appendix 2 belongs to.

Appendix 2 lists the offices grouped by city/district in the order of Appendix 1, but some
addresses name no district ("101303, Қарағанды облысы, Жәйрем кенті, ..."). For those:

1. the grouping bounds the choice: an office lies between the districts of the nearest offices
   before and after it whose addresses name one;
2. inside those bounds, the choice agrees with as much evidence as possible - the postal code
   (first four digits the same as a department's) and the phone area code (the same as a
   department's) - while keeping the list in Appendix 1's order;
3. among equally good choices the earliest district wins (an office without evidence stays in
   the group of the office before it).

The source recorded is "address", "postal_code", "phone_code" (the evidence that agrees with the
choice, postal code first) or "grouping" (no evidence agrees; the position alone decided).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.seed.districts import DISTRICT_CODES, district_named_in
from desktop.core.seed.model import Department, Office

POSTAL_PREFIX = 4


@dataclass(frozen=True)
class DistrictEvidence:
    """What an office's row says about its district (district codes, or None)."""

    named: str | None = None  # named in the address
    postal: str | None = None  # a department's postal code starts with the same 4 digits
    phone: str | None = None  # a department's phone area code is the same


def area_code(number: str) -> str | None:
    """The area code in brackets without the trunk prefix 8: "(87212) 420220" -> "7212"."""
    if not number.startswith("("):
        return None
    code = number[1 : number.index(")")]
    return code[1:] if code.startswith("8") else code


def evidence_for(office: Office, departments: list[Department]) -> DistrictEvidence:
    postal = {d.postal_code[:POSTAL_PREFIX]: d.district for d in departments if d.postal_code}
    phone = {area_code(n): d.district for d in departments for n in d.phones + d.fax}
    phone_districts = {
        phone[code] for n in office.phones + office.fax if (code := area_code(n)) in phone
    }
    return DistrictEvidence(
        named=district_named_in(office.address),
        postal=postal.get(office.postal_code[:POSTAL_PREFIX]),
        phone=phone_districts.pop() if len(phone_districts) == 1 else None,
    )


def derive_districts(
    evidence: Sequence[DistrictEvidence], order: Sequence[str] = DISTRICT_CODES
) -> list[tuple[str, str]]:
    """(district, source) for each office, in the offices' printed order.

    Raises ValueError if the districts named in addresses are not in `order`.
    """
    rank = {code: index for index, code in enumerate(order)}
    result: list[tuple[str, str]] = []
    unnamed: list[DistrictEvidence] = []
    low = 0
    for item in evidence:
        if item.named is None:
            unnamed.append(item)
            continue
        high = rank[item.named]
        if high < low:
            raise ValueError(f"{item.named} printed after {order[low]}: not grouped in order")
        result += _best_run(unnamed, order[low : high + 1])
        result.append((item.named, "address"))
        unnamed, low = [], high
    return result + _best_run(unnamed, order[low:])


def _score(evidence: DistrictEvidence, district: str) -> int:
    return (evidence.postal == district) + (evidence.phone == district)


def _best_run(run: Sequence[DistrictEvidence], candidates: Sequence[str]) -> list[tuple[str, str]]:
    """The in-order choice of districts for a run of offices that agrees with most evidence."""
    # best[k][c]: the most evidence offices k.. can agree with when office k is in candidates[c]
    best = [[0] * len(candidates) for _ in range(len(run) + 1)]
    for k in range(len(run) - 1, -1, -1):
        for c in range(len(candidates)):
            best[k][c] = _score(run[k], candidates[c]) + max(best[k + 1][c:])
    chosen: list[tuple[str, str]] = []
    low = 0
    for k, evidence in enumerate(run):
        top = max(best[k][low:])
        low = next(c for c in range(low, len(candidates)) if best[k][c] == top)
        chosen.append((candidates[low], _source(evidence, candidates[low])))
    return chosen


def _source(evidence: DistrictEvidence, district: str) -> str:
    if evidence.postal == district:
        return "postal_code"
    return "phone_code" if evidence.phone == district else "grouping"
