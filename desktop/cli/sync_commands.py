"""`envol sync`: unattended synchronisation with the hub or through a file."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from core.db.workspace import open_workspace
from core.errors import NotFound
from core.sync.bundle import check_bundle, sync_with_bundle
from core.sync.credentials import load_password
from core.sync.hub import Hub, display_url, hub_url
from core.sync.service import HUB_URL_KEY, PAGE, sync_status, sync_with_hub
from desktop.plural import plural


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser(
        "sync", help="synchroniser un espace de travail avec le serveur central ou par un fichier",
        description="Envoie les changements en attente puis reçoit ceux des autres postes. Sans --hub ni "
        "--bundle, utilise le serveur enregistré dans l'espace. Le mot de passe vient de ENVOL_HUB_PASSWORD, "
        "sinon du trousseau du système (ou du fichier privé de configuration).")
    sync.add_argument("workspace", type=Path)
    target = sync.add_mutually_exclusive_group()
    target.add_argument("--hub", metavar="URL", help="serveur PostgreSQL, ex. postgresql://envol@serveur/envol"
                        "?sslmode=require")
    target.add_argument("--bundle", metavar="FICHIER", type=Path, help="fichier de synchronisation (clé USB, "
                        "dossier partagé) ; créé s'il n'existe pas")
    sync.add_argument("--schema", default=None, help=argparse.SUPPRESS)
    sync.add_argument("--page", type=int, default=PAGE, help=argparse.SUPPRESS)
    sync.add_argument("--create", action="store_true",
                      help="créer l'espace de travail s'il n'existe pas (nouveau poste qui rejoint le serveur)")
    sync.set_defaults(handler=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    # What can be refused is refused before the workspace is even opened: nothing is written to either file.
    if args.bundle is not None:
        check_bundle(args.bundle)
    if args.hub:
        hub_url(args.hub)
    with open_workspace(args.workspace, create=args.create) as workspace:
        if args.bundle is not None:
            report = sync_with_bundle(workspace, args.bundle)
            print(f"Fichier {args.bundle} : {plural(report.imported, '%n changement reçu', '%n changements reçus')}, "
                  f"{plural(report.exported, '%n ajouté au fichier', '%n ajoutés au fichier')}.")
            _print_reviews(report.conflicts, report.duplicates)
            _print_new_identity(report.new_identity)
            return 0
        url = args.hub or workspace.setting(HUB_URL_KEY)
        if not url:
            raise NotFound("hub_not_configured", "no hub configured for this workspace")
        password = os.environ.get("ENVOL_HUB_PASSWORD") or load_password(url)
        hub = Hub(url, password=password, schema=args.schema)
        try:
            hub_report = sync_with_hub(workspace, hub, page=args.page,
                                       progress=lambda phase, n: print(f"  {phase} {n}", file=sys.stderr))
        finally:
            hub.close()
        if args.hub:  # remembered, as the Synchronisation page does: next time `envol sync FILE` is enough
            workspace.set_setting(HUB_URL_KEY, display_url(args.hub))
        if hub_report.hub_restored:
            print(f"Le serveur {hub.url} a été restauré depuis une sauvegarde plus ancienne : il avait perdu des "
                  f"changements que ce poste lui avait envoyés ou reçus de lui. Ce poste lui a tout renvoyé "
                  f"({plural(hub_report.resent, '%n changement lui manquait', '%n changements lui manquaient')}).")
        print(f"Serveur {hub.url} : {plural(hub_report.pushed, '%n changement envoyé', '%n changements envoyés')}, "
              f"{plural(hub_report.applied, '%n reçu', '%n reçus')}.")
        if hub_report.held:
            print(f"  {plural(hub_report.held, '%n changement reçu attend', '%n changements reçus attendent')} "
                  "une fiche que le serveur n'a pas encore envoyée : ils seront appliqués à son arrivée.")
        _print_reviews(hub_report.conflicts, hub_report.duplicates)
        _print_new_identity(hub_report.new_identity)
        status = sync_status(workspace)
        if status.open_conflicts or status.open_duplicates:
            print(f"À vérifier : {plural(status.open_conflicts, '%n conflit', '%n conflits')}, "
                  f"{plural(status.open_duplicates, '%n double entrée', '%n doubles entrées')}.")
    return 0


def _print_reviews(conflicts: int, duplicates: int) -> None:
    if conflicts:
        print(f"  {plural(conflicts, '%n modification concurrente', '%n modifications concurrentes')} à vérifier.")
    if duplicates:
        print(f"  {plural(duplicates, '%n double entrée', '%n doubles entrées')} à vérifier.")


def _print_new_identity(renewed: bool) -> None:
    if renewed:
        print("  Ce fichier était la copie de celui d'un autre poste : il a pris sa propre identité de poste "
              "(rien n'est perdu, les billets déjà émis restent valables).")
