"""`envol checkin WORKSPACE TEXT` / `--search QUERY`: the desk without a screen (scripts, a headless scanner)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.checkin import CheckInTarget
from core.db.workspace import open_workspace
from core.services import checkin
from core.services.checkin_search import search_people
from desktop.cli.common import find_event
from desktop.pages.desk.words import WORDS, style


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("checkin", help="enregistrer un passage (texte scanné ou code) ou chercher un nom")
    parser.add_argument("workspace", type=Path)
    parser.add_argument("text", nargs="?", help="texte scanné (jeton du QR code, code court, code-barres du "
                        "formulaire) ; '-' : une ligne par scan sur l'entrée standard")
    parser.add_argument("--search", metavar="QUERY", help="chercher une personne par nom, structure ou e-mail")
    parser.add_argument("--event", help="nom ou identifiant de l'événement (par défaut : l'événement courant)")
    parser.add_argument("--session", help="titre (ou début du titre) de la session contrôlée")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not args.text and not args.search:
        print("Indiquez un texte scanné ou --search QUERY.", file=sys.stderr)
        return 2
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        if args.search:
            with workspace.reading() as session:
                hits = search_people(session, event.id, args.search)
            for hit in hits:
                print("\t".join([hit.name, hit.structure or "", hit.email or "", hit.ticket_code or "",
                                 hit.status.value]))
            return 0 if hits else 1
        target = CheckInTarget(event.id, _session_id(workspace, event.id, args.session))
        _tolerant_stdout()
        lines = _stdin_lines() if args.text == "-" else [args.text]
        accepted = True
        for line in lines:
            try:
                with workspace.unit_of_work() as uow:
                    result = checkin.scan(uow, line.rstrip("\r\n"), target)
            except Exception as error:  # noqa: BLE001 - one bad scan must not stop the scans after it
                accepted = False
                print(f"✖ error: {error}", flush=True)
                continue
            accepted = accepted and result.accepted
            # Printed once committed, and flushed: a script reading the output, or a kill, never loses an
            # acknowledged scan.
            print(_describe(result), flush=True)
        return 0 if accepted else 1


def _stdin_lines() -> Iterator[str]:
    """Lines of standard input as bytes decoded one by one: a scanner sending Latin-1 (« caf\xe9 ») or garbage
    gives replacement characters, never a UnicodeDecodeError that would drop every scan after it."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # already text (a test's StringIO)
        yield from sys.stdin
        return
    for raw in stream:
        yield raw.decode("utf-8", errors="replace")


def _tolerant_stdout() -> None:
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")  # a name the terminal cannot show is printed with « ? », not a crash


def _describe(result: checkin.ScanResult) -> str:
    reason = result.verdict.reason.value
    words = WORDS[reason]
    first = result.verdict.first
    if first is not None:
        words = words.format(when=first.scanned_at.astimezone().strftime("%H:%M:%S"), where=first.device_name or "?")
    who = " — ".join(x for x in (result.name, result.structure) if x)
    return f"{style(reason)[0]} {reason}: {words}" + (f" {who}" if who else "")


def _session_id(workspace: Any, event_id: Any, wanted: str | None) -> Any:
    if not wanted:
        return None
    from core.services.checkin_board import counters

    with workspace.reading() as session:
        sessions = counters(session, event_id).sessions
    for item in sessions:
        if item.title.lower().startswith(wanted.lower()) or str(item.session_id) == wanted:
            return item.session_id
    raise SystemExit(f"Aucune session « {wanted} » dans cet événement.")
