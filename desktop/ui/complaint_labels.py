"""Words for the complaint codes (channel, subject, status, state, history) and the district
akim's next reception days, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.formatting import format_date
from desktop.services.complaint_papers import Addressee, ReceptionLine
from desktop.ui.i18n import QT_TRANSLATE_NOOP, current_language

_CONTEXT = "ComplaintLabels"

CHANNELS = {
    "oral": QT_TRANSLATE_NOOP("ComplaintLabels", "orally, at reception"),
    "written": QT_TRANSLATE_NOOP("ComplaintLabels", "in writing"),
    "post": QT_TRANSLATE_NOOP("ComplaintLabels", "by post"),
    "electronic": QT_TRANSLATE_NOOP("ComplaintLabels", "electronically"),
}
SUBJECTS = {
    "office": QT_TRANSLATE_NOOP("ComplaintLabels", "this akim office"),
    "department": QT_TRANSLATE_NOOP("ComplaintLabels", "the district agriculture department"),
}
STATUSES = {
    "registered": QT_TRANSLATE_NOOP("ComplaintLabels", "registered"),
    "forwarded": QT_TRANSLATE_NOOP("ComplaintLabels", "forwarded"),
    "answered": QT_TRANSLATE_NOOP("ComplaintLabels", "answered"),
    "closed": QT_TRANSLATE_NOOP("ComplaintLabels", "closed"),
}
STATES = {
    "open": QT_TRANSLATE_NOOP("ComplaintLabels", "in time"),
    "due_soon": QT_TRANSLATE_NOOP("ComplaintLabels", "due within 2 working days"),
    "overdue": QT_TRANSLATE_NOOP("ComplaintLabels", "OVERDUE"),
    "answered_in_time": QT_TRANSLATE_NOOP("ComplaintLabels", "answered in time"),
    "answered_late": QT_TRANSLATE_NOOP("ComplaintLabels", "answered late"),
    "forwarded": QT_TRANSLATE_NOOP("ComplaintLabels", "forwarded, the term stopped"),
}
ACTIONS = {
    "registered": QT_TRANSLATE_NOOP("ComplaintLabels", "registered"),
    "extended": QT_TRANSLATE_NOOP("ComplaintLabels", "term extended"),
    "forwarded": QT_TRANSLATE_NOOP("ComplaintLabels", "forwarded"),
    "answered": QT_TRANSLATE_NOOP("ComplaintLabels", "answered"),
    "closed": QT_TRANSLATE_NOOP("ComplaintLabels", "closed"),
}
SKIPPED = {
    "public_holiday": QT_TRANSLATE_NOOP("ComplaintLabels", "public holiday"),
    "decreed_day_off": QT_TRANSLATE_NOOP("ComplaintLabels", "day off by decree"),
    "weekend": QT_TRANSLATE_NOOP("ComplaintLabels", "weekend"),
}

WORDS = {
    "akim": QT_TRANSLATE_NOOP("ComplaintLabels", "Akim"),
    "deputies": QT_TRANSLATE_NOOP("ComplaintLabels", "Deputies"),
    "deputy_no": QT_TRANSLATE_NOOP("ComplaintLabels", "Deputy %1"),
    "deputy": QT_TRANSLATE_NOOP("ComplaintLabels", "Deputy"),
    "problem": QT_TRANSLATE_NOOP("ComplaintLabels", "no dates can be computed: %1"),
    "skipped": QT_TRANSLATE_NOOP("ComplaintLabels", "%1: no reception (%2)"),
    "from": QT_TRANSLATE_NOOP("ComplaintLabels", "%1, from %2"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def label(table: dict[str, str], code: str) -> str:
    text = table.get(code)
    return _tr(text) if text else code


def _who(line: ReceptionLine) -> str:
    if line.who == "akim":
        return _tr(WORDS["akim"])
    if line.plural:
        return _tr(WORDS["deputies"])
    if line.deputy_no is not None:
        return _tr(WORDS["deputy_no"]).replace("%1", str(line.deputy_no))
    return _tr(WORDS["deputy"])


def reception_lines(found: Addressee) -> list[str]:
    """The addressee and, per akim and deputy, the next reception days (skipped ones said)."""
    language = current_language() or "ru"
    lines = [found.name, found.address, ", ".join((*found.phones, *found.email, *found.web))]
    for line in found.receptions:
        if line.receptions.problem is not None:
            days = _tr(WORDS["problem"]).replace("%1", line.source)
        else:
            parts = []
            for day in line.receptions.dates:
                when = format_date(day.day, language, "full")
                if day.skipped is not None:
                    parts.append(
                        _tr(WORDS["skipped"])
                        .replace("%1", when)
                        .replace("%2", label(SKIPPED, day.skipped.kind))
                    )
                elif day.start is not None and day.end is not None:
                    parts.append(f"{when}, {day.start:%H:%M}–{day.end:%H:%M}")
                elif day.start is not None:
                    parts.append(
                        _tr(WORDS["from"]).replace("%1", when).replace("%2", f"{day.start:%H:%M}")
                    )
                else:
                    parts.append(when)
            days = "; ".join(parts)
        lines.append(f"• {_who(line)}: {days}")
    return lines
