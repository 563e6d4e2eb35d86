"""The role matrix, action by action: every writing entry point of the services x every role.

Each entry point is called with an actor of each role and stand-ins for its other arguments:
a refused role must meet AccessDenied before anything else happens; an allowed role must get
past the check (the stand-ins then fail in some other way, which is fine here). The table
below is the test's own statement of which action each entry point is; a public service
function that takes a database and an actor but is in neither table fails the last test.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest

import desktop.services
from desktop.core import roles
from desktop.core.actor import SYSTEM, Actor
from desktop.services.access import AccessDenied

ENTRY_POINTS: dict[str, str] = {
    "accounts.create_account": "accounts.manage",
    "accounts.reset_password": "accounts.manage",
    "accounts.set_role": "accounts.manage",
    "accounts.disable": "accounts.manage",
    "accounts.enable": "accounts.manage",
    "accounts.unlock": "accounts.manage",
    "accounts.change_password": "session.own",
    "accounts.log_out": "session.own",
    "accounts.lock_screen": "session.own",
    "accounts.unlock_screen": "session.own",
    "applications.submit": "application.handle",
    "applications.mark_ready": "application.handle",
    "applications.mark_issued": "application.handle",
    "applications.refuse": "application.handle",
    "calendar_transfers.save_transfer": "calendar.edit",
    "calendar_transfers.remove_transfer": "calendar.edit",
    "certificates.prepare": "certificate.issue",
    "certificates.issue": "certificate.issue",
    "complaint_papers.save_talon_page": "office.configure",
    "complaint_terms.save_term_settings": "reference.edit",
    "complaints.register": "complaint.handle",
    "complaints.extend": "complaint.handle",
    "complaints.forward": "complaint.handle",
    "complaints.answer": "complaint.handle",
    "complaints.close": "complaint.handle",
    "demo.load_demo": "demo.load",
    "demo.remove_demo": "household.delete",
    "household_import.remember_mapping": "household.import",
    "household_import.run": "household.import",
    "household_matching.import_households": "household.import",
    "household_writer.writing": "household.edit",
    "household_writer.create_household": "household.edit",
    "household_writer.create_households": "household.edit",
    "household_writer.update_household": "household.edit",
    "household_writer.close_household": "household.edit",
    "household_writer.add_member": "household.edit",
    "household_writer.update_member": "household.edit",
    "household_writer.remove_member": "household.edit",
    "household_writer.add_plot": "household.edit",
    "household_writer.update_plot": "household.edit",
    "household_writer.remove_plot": "household.delete",
    "household_writer.save_livestock": "household.edit",
    "keys.ensure_office_key": "keys.manage",
    "keys.import_public_keys": "keys.manage",
    "keys.revoke": "keys.manage",
    "keys.rekey": "keys.manage",
    "audit.note": "document.print",
    "household_export.export_book": "household.export",
    "office.configure": "office.configure",
    "queue.issue_ticket": "queue.serve",
    "queue.close": "queue.serve",
    "queue.call_next": "queue.serve",
    "queue.call_out_of_order": "queue.serve",
    "queue.start_serving": "queue.serve",
    "queue.finish": "queue.serve",
    "queue.no_show": "queue.serve",
    "queue.requeue": "queue.serve",
    "queue.recall": "queue.serve",
    "queue.drop": "queue.serve",
    "queue.redirect": "queue.serve",
    "reference.load_reference": "reference.edit",
    "reference.correct_value": "reference.edit",
    "reference.set_reception": "reference.edit",
    "reports.save_targets": "report.inputs",
    "reports.save_internet_information": "report.inputs",
    "reports.record_survey": "quality.record",
    "reports.record_correction": "quality.record",
    "report_signoffs.sign_off": "report.sign_off",
    "settings.save_ui_language": "workstation.settings",
    "settings.remember_printer": "workstation.settings",
    "settings.save_akim": "office.configure",
    "settings.save_display_highlight_seconds": "office.configure",
    "settings.save_idle_lock_minutes": "office.configure",
    "personal_data.set_retention_years": "office.configure",
    "personal_data.purge_person": "person.purge",
    "backups.save_backup_settings": "office.configure",
    "backups.restore": "backup.restore",
    "sync_export.export_package": "sync.exchange",
    "sync_import.read_change_package": "sync.import",
    "sync_import.import_packages": "sync.import",
    "sync_keys.set_district_mode": "sync.keys",
    "sync_keys.own_keys": "sync.exchange",
    "sync_keys.own_enrollment": "sync.exchange",
    "sync_keys.import_enrollment": "sync.keys",
    "sync_keys.revoke": "sync.keys",
    "sync_return.resolve_conflict": "sync.import",
    "sync_return.make_return": "sync.import",
    "sync_return.apply_return": "sync.exchange",
}
# Public functions that take the actor only to read what is theirs (they write nothing).
READERS = {"queue.at_desk"}

# What the issue says, role by role (the matrix must say the same).
ONLY = {
    "reference.edit": {roles.ADMINISTRATOR},
    "accounts.manage": {roles.ADMINISTRATOR},
    "calendar.edit": {roles.ADMINISTRATOR},
    "sync.import": {roles.DISTRICT_OPERATOR},
    "report.sign_off": {roles.AKIM},
    "audit.read": {roles.ADMINISTRATOR},
    "backup.restore": {roles.ADMINISTRATOR},
}


def _function(name: str) -> Callable[..., Any]:
    module, function = name.split(".")
    found: Callable[..., Any] = getattr(
        importlib.import_module(f"desktop.services.{module}"), function
    )
    return found


class StandIn:
    """Any argument other than the actor: whatever is done with it fails."""


def _call(function: Callable[..., Any], actor: Actor) -> None:
    arguments = {
        name: actor if name == "actor" else StandIn()
        for name, parameter in inspect.signature(function).parameters.items()
        if parameter.default is inspect.Parameter.empty
    }
    result = function(**arguments)
    if isinstance(result, AbstractContextManager):
        with result:
            pass


@pytest.mark.parametrize("role", roles.ROLES)
@pytest.mark.parametrize("entry_point", sorted(ENTRY_POINTS))
def test_each_role_at_each_entry_point(entry_point: str, role: str) -> None:
    function = _function(entry_point)
    actor = Actor(uuid.UUID(int=7), "Тестова А.", role)
    if role in roles.MATRIX[ENTRY_POINTS[entry_point]]:
        try:
            _call(function, actor)
        except AccessDenied:
            pytest.fail(f"{role} was refused {entry_point}")
        except Exception:  # the stand-ins fail past the check: allowed
            pass
    else:
        with pytest.raises(AccessDenied) as refused:
            _call(function, actor)
        assert refused.value.action == ENTRY_POINTS[entry_point]


@pytest.mark.parametrize("entry_point", sorted(ENTRY_POINTS))
def test_the_program_itself_keeps_every_right(entry_point: str) -> None:
    try:
        _call(_function(entry_point), SYSTEM)
    except AccessDenied:
        pytest.fail(f"the program itself was refused {entry_point}")
    except Exception:
        pass


def test_the_matrix_says_what_the_issue_says() -> None:
    for action, allowed in ONLY.items():
        assert roles.MATRIX[action] == allowed, action
    clerk_may = {action for action, allowed in roles.MATRIX.items() if roles.CLERK in allowed}
    assert not {a for a in clerk_may if a.endswith((".delete", ".purge"))}
    assert set(ENTRY_POINTS.values()) <= set(roles.MATRIX)


def _public_writers() -> set[str]:
    """Every public module-level function of desktop.services (all its modules) that takes a
    database (a handle, or the file a restore replaces) and an actor."""
    found = set()
    for info in pkgutil.walk_packages(desktop.services.__path__, "desktop.services."):
        module = importlib.import_module(info.name)
        tree = ast.parse(inspect.getsource(module))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            names = {a.arg for a in (*node.args.args, *node.args.kwonlyargs)}
            if "actor" in names and names & {"db", "database"}:
                found.add(f"{info.name.removeprefix('desktop.services.')}.{node.name}")
    return found


def test_no_writing_entry_point_escapes_the_matrix() -> None:
    writers = _public_writers()
    assert writers - READERS == set(ENTRY_POINTS), (
        "a public service function takes a database and an actor but is not in the role "
        "matrix test (or an entry point is gone): add `require(actor, ...)` and list it"
    )
