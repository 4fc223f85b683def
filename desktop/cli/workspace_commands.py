"""`envol demo`, `envol info`, `envol participants`: create and inspect workspaces."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from core.db.workspace import Workspace, open_workspace
from core.demo import build_demo_workspace
from core.paths import demo_workspace_path
from core.services.events import list_events
from core.services.participants import participants
from desktop.cli.common import find_event
from desktop.plural import plural


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="créer (ou recréer) l'espace de démonstration")
    demo.add_argument("path", nargs="?", type=Path, help=f"fichier à créer (par défaut : {demo_workspace_path()})")
    demo.add_argument("--people", type=int, default=300, help="nombre de personnes générées")
    demo.set_defaults(handler=create_demo)

    info = subparsers.add_parser("info", help="résumé d'un espace de travail : événements et inscriptions")
    info.add_argument("workspace", type=Path)
    info.set_defaults(handler=show_info)

    listing = subparsers.add_parser("participants", help="lister les inscrits d'un événement (TSV)")
    listing.add_argument("workspace", type=Path)
    listing.add_argument("--event", help="nom ou identifiant de l'événement (par défaut : l'événement courant)")
    listing.set_defaults(handler=list_participants)


def _registrations(workspace: Workspace, event_id: uuid.UUID) -> str:
    return plural(len(participants(workspace, event_id)), "%n inscription", "%n inscriptions")


def create_demo(args: argparse.Namespace) -> int:
    path = args.path or demo_workspace_path()
    with build_demo_workspace(path, people=args.people) as workspace:
        print(f"Espace de démonstration créé : {workspace.path}")
        for event in list_events(workspace):
            print(f"  {event.name} : {_registrations(workspace, event.id)}")
    return 0


def show_info(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        print(f"Espace : {workspace.path}")
        print(f"Poste : {workspace.device_id}")
        for event in list_events(workspace):
            print(f"  {event.starts_on} → {event.ends_on}  {event.name} : {_registrations(workspace, event.id)}")
    return 0


def list_participants(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        for row in participants(workspace, event.id):
            print("\t".join([row.last_name, row.first_name, row.email or "", row.organisation or "", row.status]))
    return 0

