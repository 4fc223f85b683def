"""`envol rendez-vous plan|print|export|import|replan WORKSPACE …`: the business meetings without a screen."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from core import clock
from core.db.workspace import open_workspace
from core.exports.writers import Sheet, to_csv, to_xlsx
from core.files import write_whole
from core.meetings import plan, programme, replan, requests
from core.meetings.read import overview
from core.typography import french, percent, seconds
from desktop.cli.common import find_event
from desktop.plural import plural
from printing.meetings import DOCUMENT_KEYS, hhmm, render_document

REASONS = {"no_common_slot": "pas de créneau commun", "person_full": "maximum de rendez-vous atteint",
           "partners_busy": "l'un ou l'autre déjà pris à chaque créneau commun", "no_table": "plus de table libre",
           "not_chosen": "écartée dans le temps de calcul"}
STATUS = {"planned": "prévu", "freed": "libéré (absent)", "held": "tenu", "missed": "non tenu"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("rendez-vous", help="rendez-vous d'affaires des Rencontres : plan, impressions")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help_text, handler in [
            ("plan", "calculer le plan (garde les rendez-vous épinglés ou commencés)", run_plan),
            ("print", "imprimer programmes individuels, panneaux de table, grille, liste par entreprise", run_print),
            ("export", "exporter les rendez-vous (CSV ou XLSX)", run_export),
            ("import", "importer des demandes de rendez-vous (CSV ou XLSX)", run_import),
            ("replan", "libérer les rendez-vous des absents d'un créneau et proposer des remplaçants", run_replan)]:
        sub = actions.add_parser(name, help=help_text)
        sub.add_argument("workspace", type=Path)
        sub.add_argument("--event", help="nom ou identifiant de l'événement (par défaut : l'événement courant)")
        sub.set_defaults(handler=handler)
        if name == "print":
            sub.add_argument("document", choices=DOCUMENT_KEYS)
            sub.add_argument("-o", "--output", type=Path, required=True, help="fichier PDF à écrire")
        if name == "export":
            sub.add_argument("-o", "--output", type=Path, required=True, help="fichier .csv ou .xlsx")
        if name == "import":
            sub.add_argument("file", type=Path, help="export du formulaire (Demandeur, Destinataire, Priorité…)")
        if name == "replan":
            sub.add_argument("--slot", type=int, help="numéro du créneau (par défaut : celui en cours ou le prochain)")


def run_plan(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        with workspace.unit_of_work() as uow:
            report = plan.compute_plan(uow, event.id)
    state = "optimal" if report.optimal else f"à {percent(100 * report.gap)} au plus du meilleur plan possible"
    print(french(f"{report.placed} rendez-vous placés, {report.kept} conservés ; objectif {report.objective}, "
                 f"borne {report.bound} ({state}) ; {report.gaps} trous ; {seconds(report.seconds)}"))
    for reason, n in Counter(u.reason.value for u in report.unplaced).most_common():
        print(french(f"  {plural(n, '%n demande non placée', '%n demandes non placées')} : {REASONS[reason]}"))
    return 0


def run_print(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        write_whole(args.output, render_document(workspace, event.id, args.document))
    print(f"{args.output}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        with workspace.reading() as session:
            view = overview(session, event.id)
    if view is None:
        print("Cet événement n'a pas encore de rendez-vous d'affaires.", file=sys.stderr)
        return 2
    sheet = Sheet("Rendez-vous", ["Créneau", "Heure", "Table", "Personne 1", "Structure 1", "Commune 1",
                                  "Personne 2", "Structure 2", "Commune 2", "État", "Remplacement"],
                  [[m.slot_number, hhmm(m.starts_at), m.table_number, m.first.name, m.first.structure,
                    m.first.commune, m.second.name, m.second.structure, m.second.commune, STATUS[m.status.value],
                    "oui" if m.replanned else ""] for m in view.meetings])
    write_whole(args.output, to_xlsx([sheet]) if args.output.suffix.lower() == ".xlsx" else to_csv(sheet))
    print(f"{len(view.meetings)} rendez-vous exportés dans {args.output}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        with workspace.unit_of_work() as uow:
            pid = programme.require_programme(uow, event.id).id
            report = requests.import_requests(uow, pid, args.file.read_bytes(), args.file.name)
    print(f"{plural(report.created, '%n demande ajoutée', '%n demandes ajoutées')}, "
          f"{plural(report.updated, '%n mise à jour', '%n mises à jour')}")
    for p in report.problems:
        print(f"  ligne {p.row} : {p.code} ({p.detail})", file=sys.stderr)
    return 0 if not report.problems else 1


def run_replan(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        with workspace.unit_of_work() as uow:
            if args.slot is None:
                slot_id = replan.current_slot(uow, event.id, clock.now())
                if slot_id is None:
                    print("Tous les créneaux sont terminés.", file=sys.stderr)
                    return 2
            else:
                slot_id = programme.slots(uow, programme.require_programme(uow, event.id).id)[args.slot - 1].id
            report = replan.replan_slot(uow, event.id, slot_id)
    print(f"Créneau {report.slot_number} ({hhmm(report.starts_at)}) : {len(report.freed)} rendez-vous libérés, "
          f"{len(report.replacements)} remplacements")
    for r in report.replacements:
        print(f"  table {r.table_number} : {r.partner.structure or r.partner.name} rencontre "
              f"{r.new.structure or r.new.name} ({r.new.name})")
    for w in report.left_alone:
        print(f"  sans remplaçant : {w.structure or w.name}")
    return 0
