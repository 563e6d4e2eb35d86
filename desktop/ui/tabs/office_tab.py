"""The Office tab: this office's reference card, the standard in force, the complaint addressee."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desktop.core.rules import rules_on
from desktop.services import office as office_service
from desktop.services import reference
from desktop.services.reference import ReceptionRow
from desktop.ui.base_tab import BaseTab
from desktop.ui.context import AppContext
from desktop.ui.labels import OFFICE_KINDS, label, weekday


class OfficeTab(BaseTab):
    """Rendered from data in the current language; redrawn when the hub says it changed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        ctx.hub.workplace_changed.connect(self.refresh)
        ctx.hub.reference_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        place = office_service.workplace(self.ctx.db)
        if place is None:
            self.view.clear()
            return
        office = place.office
        rules = rules_on(self.ctx.today())
        ru = self.ctx.language == "ru"
        language = "ru" if ru else "kk"
        parts = [f"<h2>{escape(office.name_in(language))}</h2>"]
        district = office.district_in(language)
        parts.append(
            "<p>"
            + escape(
                self.tr("%1 No %2, %3")
                .replace("%1", label(OFFICE_KINDS, office.kind).capitalize())
                .replace("%2", str(office.number))
                .replace("%3", district)
            )
            + "<br>"
            + escape(f"{office.postal_code}, {office.address}")
            + "<br>"
            + escape(self.tr("Phones: %1").replace("%1", ", ".join(office.phones) or "—"))
            + "</p>"
        )
        hours = rules.working_hours
        breaks = ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in hours.breaks)
        heading = self.tr("Service standard in force")
        parts.append(f"<h3>{escape(heading)}</h3>")
        parts.append(
            "<p>"
            + escape(rules.basis_ru if ru else rules.basis_kk)
            + "<br>"
            + escape(
                self.tr(
                    "Open %1–%2 on working days, lunch %3. Result within %4 hours. Free of charge."
                )
                .replace("%1", f"{hours.open:%H:%M}")
                .replace("%2", f"{hours.close:%H:%M}")
                .replace("%3", breaks)
                .replace("%4", str(rules.result_hours))
            )
            + "<br>"
            + escape(
                self.tr("Longest wait in the queue: %1 min to hand in, %2 min to collect.")
                .replace("%1", str(rules.hand_in_wait_limit_minutes))
                .replace("%2", str(rules.collect_wait_limit_minutes))
            )
            + "</p>"
        )
        for service in rules.services.values():
            name = service.name_ru if ru else service.name_kk
            parts.append(f"<p><b>{service.number}. {escape(name)}</b><ul>")
            for kind, documents in service.documents_by_applicant.items():
                language = "ru" if ru else "kk"
                names = "; ".join(
                    rules.document_name(d, language, service.number) for d in documents
                )
                who = self.tr("individual") if kind == "individual" else self.tr("legal entity")
                parts.append(f"<li>{escape(who)}: {escape(names)}</li>")
            parts.append("</ul></p>")
        akimat = reference.district_akimat(self.ctx.db, office.district_code)
        if akimat is not None:
            heading = self.tr("Complaints are addressed to")
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts.append(
                f"<p>{escape(akimat.name_in(language))}<br>{escape(akimat.address)}<br>"
                + escape(self.tr("Phones: %1").replace("%1", ", ".join(akimat.phones) or "—"))
                + "<br>"
                + escape(", ".join(akimat.email + akimat.web))
                + "</p><ul>"
            )
            for slot in akimat.reception:
                parts.append(f"<li>{escape(self.describe_slot(slot))}</li>")
            parts.append("</ul>")
        self.view.setHtml("".join(parts))

    def describe_slot(self, slot: ReceptionRow) -> str:
        """'Deputy: 2nd and 4th Thursday of each month, 16:00–18:00' in the UI language."""
        who = (
            self.tr("Akim")
            if slot.who == "akim"
            else (self.tr("Deputies") if slot.plural else self.tr("Deputy"))
        )
        if slot.recurrence == "weekly" and slot.weekday is not None:
            when = self.tr("every %1").replace("%1", weekday(slot.weekday))
        elif slot.recurrence == "monthly_nth" and slot.weekday is not None:
            when = (
                self.tr("%1 %2 of each month")
                .replace("%1", ", ".join(str(n) for n in slot.nth))
                .replace("%2", weekday(slot.weekday))
            )
        elif slot.recurrence == "monthly_once":
            when = self.tr("once a month")
        else:
            return f"{who}: {slot.source}"
        if slot.time_from and slot.time_to:
            time = f"{slot.time_from}–{slot.time_to}"
        elif slot.time_from:
            time = self.tr("from %1").replace("%1", slot.time_from)
        else:
            time = ""
        return f"{who}: {when}" + (f", {time}" if time else "")
