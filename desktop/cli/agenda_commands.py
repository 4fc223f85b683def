"""`envol agenda export` (programme PDF, .ics, OpenAgenda JSON) and `envol agenda conflicts`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from core.agenda.ical import calendar_bytes
from core.agenda.openagenda import openagenda_bytes
from core.db.workspace import open_workspace
from core.errors import NotFound
from core.files import write_whole
from core.services.agenda_read import AgendaData, load_agenda
from desktop.cli.common import find_event
from desktop.plural import plural

FORMATS = ("pdf", "ics", "openagenda")


def register(subparsers: Any) -> None:
    agenda = subparsers.add_parser("agenda", help="exporter le programme d'un événement, lister ses conflits")
    commands = agenda.add_subparsers(dest="agenda_command", metavar="ACTION", required=True)

    export = commands.add_parser("export", help="programme PDF, calendrier .ics ou JSON pour OpenAgenda")
    export.add_argument("workspace", type=Path)
    export.add_argument("--event", help="nom ou identifiant de l'événement (par défaut : l'événement courant)")
    export.add_argument("--format", choices=FORMATS, default="pdf", help="pdf, ics ou openagenda (par défaut : pdf)")
    export.add_argument("--session", help="avec --format ics : seulement la session dont le titre contient ce texte")
    export.add_argument("-o", "--output", type=Path, required=True, help="fichier à écrire (- : sortie standard)")
    export.set_defaults(handler=export_agenda)

    conflicts = commands.add_parser("conflicts", help="lister les conflits d'un événement (code de sortie 1 s'il y en a)")
    conflicts.add_argument("workspace", type=Path)
    conflicts.add_argument("--event", help="nom ou identifiant de l'événement (par défaut : l'événement courant)")
    conflicts.set_defaults(handler=list_conflicts)


def _load(args: argparse.Namespace) -> AgendaData:
    with open_workspace(args.workspace) as workspace:
        return load_agenda(workspace, find_event(workspace, args.event).id)


def _organiser(args: argparse.Namespace) -> str:
    from core.services.organiser import identity

    with open_workspace(args.workspace) as workspace, workspace.reading() as session:
        return identity(session).name


def export_agenda(args: argparse.Namespace) -> int:
    data = _load(args)
    count = len(data.sessions)
    if args.format == "pdf":
        from printing.programme import programme_pdf

        content = programme_pdf(data, _organiser(args))
    elif args.format == "ics":
        chosen = None
        if args.session:
            needle = args.session.casefold()
            chosen = [s.id for s in data.sessions if needle in s.title.casefold() or str(s.id) == args.session]
            if not chosen:
                raise NotFound("session_not_found", f"no session matches {args.session!r}")
        content = calendar_bytes(data, chosen)
        count = len(chosen) if chosen is not None else count
    else:
        content = openagenda_bytes(data)
    if str(args.output) == "-":
        sys.stdout.buffer.write(content)
    else:
        write_whole(args.output, content)
        print(f"{args.output} : {plural(count, '%n session', '%n sessions')} de « {data.event.name} »",
              file=sys.stderr)
    return 0


def list_conflicts(args: argparse.Namespace) -> int:
    from desktop.messages import message_text

    data = _load(args)
    conflicts = data.conflicts()
    for conflict in conflicts:
        titles = [s.title if (s := data.session(i)) else "?" for i in conflict.session_ids]
        room = data.room(conflict.room_id)
        text = message_text(conflict.code.value, {
            "first": titles[0], "second": titles[-1], "room": room.name if room else "",
            "facilitator": conflict.facilitator, "capacity": conflict.capacity, "confirmed": conflict.confirmed})
        print(f"{conflict.code.value}\t{' '.join(str(i) for i in conflict.session_ids)}\t{text}")
    print(f"{plural(len(conflicts), '%n conflit', '%n conflits')} dans « {data.event.name} »", file=sys.stderr)
    return 1 if conflicts else 0
