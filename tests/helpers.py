"""Small shared test data, free of Qt (fixtures live in conftest.py; Qt helpers in
tests/ui/helpers.py)."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.actor import Actor
from desktop.services.office import ClerkData

CLERK = ClerkData("Ахметова", "Гүлнар", "Серікқызы", "бас маман", "8 (72154) 2-14-09")
ADMINISTRATOR = ClerkData("Омаров", "Ерлан", "", "әкімші", "")


def acting_as(actor: Actor, role: str) -> Actor:
    """The same staff member acting in another role (desktop.core.roles)."""
    return replace(actor, role=role)


CLERK_LOGIN = "gulnar"
CLERK_PASSWORD = "gulnar-2026"
ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "district-it-7"
