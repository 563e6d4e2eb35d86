"""The akim's sign-off of an indicator report: the 12 indicators fixed as plain figures.

A sign-off keeps, for each indicator, what its row of the report shows: the norm, the target,
the value, its status, the counts it rests on and (3.3) the administrator's setting. `figures`
turns computed values into that snapshot (JSON values only: decimals as text, dates in ISO),
`digest` is the SHA-256 of its canonical JSON (keys sorted, no spaces, UTF-8), `differing`
names the indicators whose figures counted now are not the signed ones, and `signed_values`
gives the signed figures back as values to print, with the indicators' wording as it is now.

What a printed report says about its sign-off (SignOffMark) is plain data too, so that
desktop/printing gets it through the report's data and never asks a service.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal, cast

from desktop.core.indicators import AdminSetting, IndicatorValue, Status

Figures = list[dict[str, Any]]
SignOffState = Literal["unsigned", "signed", "changed"]


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _setting(setting: AdminSetting | None) -> dict[str, Any] | None:
    if setting is None:
        return None
    return {
        "percent": _text(setting.percent),
        "set_on": setting.set_on.isoformat() if setting.set_on else None,
        "set_by": setting.set_by,
    }


def figures(values: Sequence[IndicatorValue]) -> Figures:
    """The snapshot of `values`, one entry per indicator in the report's order."""
    return [
        {
            "code": v.code,
            "norm": _text(v.standard.norm),
            "target": _text(v.standard.target),
            "value": _text(v.value),
            "status": v.status,
            "part": v.part,
            "whole": v.whole,
            "records": v.records,
            "setting": _setting(v.setting),
        }
        for v in values
    ]


def digest(snapshot: Figures) -> str:
    """SHA-256 (hex) of the snapshot's canonical JSON."""
    canonical = json.dumps(snapshot, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def differing(signed: Figures, live: Sequence[IndicatorValue]) -> tuple[str, ...]:
    """The codes of the indicators whose figures differ between `signed` and `live`, in the
    live report's order (an indicator present on one side only differs too)."""
    before = {entry["code"]: entry for entry in signed}
    now = {entry["code"]: entry for entry in figures(live)}
    codes = [*now, *(code for code in before if code not in now)]
    return tuple(code for code in codes if before.get(code) != now.get(code))


def _restored_setting(stored: dict[str, Any] | None) -> AdminSetting | None:
    if stored is None:
        return None
    set_on = stored["set_on"]
    return AdminSetting(
        _decimal(stored["percent"]),
        date.fromisoformat(set_on) if set_on else None,
        stored["set_by"],
    )


def signed_values(signed: Figures, live: Sequence[IndicatorValue]) -> tuple[IndicatorValue, ...]:
    """The signed figures as values in `live`'s order, each with its live wording and
    definition (texts are not figures); an indicator the snapshot lacks keeps its live value."""
    by_code = {entry["code"]: entry for entry in signed}
    found = []
    for value in live:
        entry = by_code.get(value.code)
        if entry is None:
            found.append(value)
            continue
        found.append(
            replace(
                value,
                standard=replace(
                    value.standard,
                    norm=Decimal(entry["norm"]),
                    target=_decimal(entry["target"]),
                ),
                value=_decimal(entry["value"]),
                status=cast(Status, entry["status"]),
                part=entry["part"],
                whole=entry["whole"],
                records=entry["records"],
                setting=_restored_setting(entry["setting"]),
            )
        )
    return tuple(found)


@dataclass(frozen=True)
class SignOffMark:
    """What the printed report and its workbook say about the sign-off of their period.

    "unsigned": a draft; "signed": the akim signed these figures; "changed": the figures
    printed are the signed ones, and those counted now differ in `differing`.
    """

    state: SignOffState
    akim: str = ""  # who signed, as printed (Actor.name)
    signed_at: datetime | None = None  # aware
    differing: tuple[str, ...] = ()
