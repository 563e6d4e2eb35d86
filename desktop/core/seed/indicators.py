"""Appendix 3: the quality and accessibility indicators and their normative values.

The seed is in Kazakh only; the Russian texts are our faithful translations, keyed by code.
"""

from __future__ import annotations

import re

from desktop.core.seed.model import Indicator
from desktop.core.seed.text import Line, join_lines

GROUPS_RU = {
    1: "Своевременность",
    2: "Качество",
    3: "Доступность",
    4: "Процесс обжалования",
    5: "Вежливость",
}

TEXTS_RU = {
    "1.1": "% (доля) случаев предоставления услуги в установленный срок с момента сдачи документов",
    "1.2": "% (доля) потребителей, ожидавших получения услуги в очереди не более 40 минут",
    "2.1": "% (доля) потребителей, удовлетворенных качеством процесса предоставления услуги",
    "2.2": "% (доля) случаев правильного оформления документов должностным лицом "
    "(произведенных начислений, расчетов и т.д.)",
    "3.1": "% (доля) потребителей, удовлетворенных качеством и информацией о порядке "
    "предоставления услуги",
    "3.2": "% (доля) случаев, когда потребитель правильно заполнил документы и сдал их "
    "с первого раза",
    "3.3": "% (доля) информации об услугах, доступной через Интернет",
    "4.1": "% (доля) обоснованных жалоб к общему количеству потребителей, обслуженных "
    "по данному виду услуг",
    "4.2": "% (доля) обоснованных жалоб, рассмотренных и удовлетворенных в установленный срок",
    "4.3": "% (доля) потребителей, удовлетворенных существующим порядком обжалования",
    "4.4": "% (доля) потребителей, удовлетворенных сроками обжалования",
    "5.1": "% (доля) потребителей, удовлетворенных вежливостью персонала",
}

_GROUP = re.compile(r"(?P<group>\d)\.\s+(?P<name>\D.*)")
_INDICATOR = re.compile(r"(?P<code>\d\.\d)\.\s*(?P<text>.*)")
_VALUE = re.compile(r"\d+(?:,\d+)?")


def parse_indicators(lines: list[Line]) -> list[Indicator]:
    """Indicators in printed order; the first number after an indicator's text is its norm."""
    indicators: list[Indicator] = []
    group, group_kk = 0, ""
    code, text_lines = "", list[str]()
    for text in (line.text for line in lines):
        if match := _INDICATOR.fullmatch(text):
            code, text_lines = match["code"], [match["text"]]
        elif code and _VALUE.fullmatch(text):
            indicators.append(_indicator(code, group, group_kk, text_lines, text))
            code = ""
        elif code:
            text_lines.append(text)
        elif match := _GROUP.fullmatch(text):
            group, group_kk = int(match["group"]), match["name"]
    return indicators


def _indicator(code: str, group: int, group_kk: str, lines: list[str], value: str) -> Indicator:
    return Indicator(
        code=code,
        group=group,
        group_kk=group_kk,
        group_ru=GROUPS_RU[group],
        text_kk=join_lines(lines),
        text_ru=TEXTS_RU[code],
        norm=parse_norm(value),
        norm_source=value,
    )


def parse_norm(value: str) -> int | float:
    """100 for "100", 0.5 for "0,5" (decimal comma)."""
    number = float(value.replace(",", "."))
    return int(number) if number.is_integer() else number
