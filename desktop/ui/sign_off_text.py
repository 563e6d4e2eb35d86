"""How the akim's sign-off of the indicator report reads on screen (the Reports tab, the
district's report dialog): who signed and when, in local time. The words are the caller's own
(translated in its context); these put the signer, the time and the changed indicators in."""

from __future__ import annotations

from desktop.core.formatting import format_datetime
from desktop.services import report_signoffs
from desktop.ui.context import AppContext


def signer(ctx: AppContext, template: str, sign_off: report_signoffs.SignOff) -> str:
    """`template` with %2 the signer and %3 the local date and time of the sign-off."""
    moment = ctx.local(sign_off.signed_at)
    shown = format_datetime(moment, ctx.names_language, "dd.MM.yyyy HH:mm")
    return template.replace("%2", sign_off.signed_by).replace("%3", shown)


def status_line(
    ctx: AppContext,
    status: report_signoffs.SignOffStatus,
    draft: str,
    signed: str,
    changed: str,
) -> str:
    """`draft` when nothing is signed off; `signed` (%2 who, %3 when) when the figures are as
    signed; else `changed`, its %1 the indicators that differ."""
    if status.current is None:
        return draft
    if status.state == "signed":
        return signer(ctx, signed, status.current)
    return signer(ctx, changed, status.current).replace("%1", ", ".join(status.differing))
