"""The processes the power-loss harness kills: each issues tickets, registrations (talons),
certificates and household book edits through the real services, in a seeded random order,
and writes one line per number or edit *after* the service has returned (the moment a clerk
would see it), so the harness knows what was confirmed when the power went.

    python -m tests.power.worker DB HOUSEHOLD_ID...

starts a launcher that imports the program once, says "ready", then reads commands:
"go SEED FILE" forks a worker writing its lines to FILE and answers its process id;
"wait PID" answers "exit <status>" once that worker is gone (the harness kills it).
A fork costs milliseconds where a fresh interpreter costs seconds of imports: rounds are cheap.

A worker's lines: "begin <action>", then one of "T <day> <letter> <number>",
"R <registration number>", "C <certificate number>", "H <household id> <as of>".
"""

from __future__ import annotations

import os
import random
import sys
import uuid
from datetime import date, timedelta

from db.engine import Database
from desktop.services import applications, certificates, office, queue
from desktop.services import household_writer as households
from tests.power.office import NOW, application

ACTIONS = ("ticket", "talon", "certificate", "household")


def say(line: str) -> None:
    """One whole line in one write() to the worker's file: a kill never leaves half of it."""
    os.write(1, (line + "\n").encode("utf-8"))


def work(path: str, seed: int, household_ids: list[uuid.UUID]) -> None:
    db = Database(path)
    actor = office.current_actor(db)
    assert actor is not None
    choose = random.Random(seed)
    while True:
        action = choose.choice(ACTIONS)
        say(f"begin {action}")
        if action == "ticket":
            issued = queue.issue_ticket(db, "hand_in_1", "kk", NOW, actor)
            ticket = issued.ticket
            say(f"T {ticket.issued_at.date().isoformat()} {ticket.letter} {ticket.number}")
        elif action == "talon":
            submitted = applications.submit(db, application(), NOW, actor)
            say(f"R {submitted.registration_number}")
        elif action == "certificate":
            submitted = applications.submit(db, application(), NOW, actor)
            say(f"R {submitted.registration_number}")
            row = certificates.prepare(db, submitted.id, NOW.date(), actor, NOW)
            say(f"C {row.number}")
        else:
            household_id = choose.choice(household_ids)
            as_of = date(2000, 1, 1) + timedelta(days=choose.randrange(9000))
            counts = {"sheep": choose.randrange(1, 40), "cattle_cows": choose.randrange(1, 9)}
            households.save_livestock(db, household_id, as_of, counts, actor)
            say(f"H {household_id} {as_of.isoformat()}")


def serve(path: str, household_ids: list[uuid.UUID]) -> None:
    print("ready", flush=True)
    for command in sys.stdin:
        verb, *rest = command.split()
        if verb == "go":
            seed, out = int(rest[0]), rest[1]
            pid = os.fork()
            if pid == 0:  # the worker: its lines go to its own file
                handle = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                os.dup2(handle, 1)
                try:
                    work(path, seed, household_ids)
                finally:
                    os._exit(3)  # a worker never ends by itself: the harness sees this
            print(pid, flush=True)
        elif verb == "wait":
            _, status = os.waitpid(int(rest[0]), 0)
            print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    serve(sys.argv[1], [uuid.UUID(text) for text in sys.argv[2:]])
