"""The one check every writing service entry point makes first: may this actor do this?"""

from __future__ import annotations

from desktop.core import roles
from desktop.core.actor import Actor


class AccessDenied(Exception):
    """The actor's role may not do the action (desktop.core.roles.MATRIX)."""

    def __init__(self, actor: Actor, action: str) -> None:
        super().__init__(f"{actor.role} may not {action}")
        self.role = actor.role
        self.action = action


def require(actor: Actor, action: str) -> None:
    """Raise AccessDenied unless `actor`'s role may do `action`."""
    if not roles.allows(actor, action):
        raise AccessDenied(actor, action)
