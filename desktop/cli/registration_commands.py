"""`envol import`, `envol export`, `envol person export|erase`, `envol purge`: registrations from the command line."""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

from core.db.workspace import Workspace, open_workspace
from core.errors import NotFound
from core.exports.registrations import attendance_sheet, registrations_sheet
from core.exports.report import funder_report, report_xlsx
from core.exports.writers import to_csv, to_xlsx
from core.files import write_whole
from core.imports import Preset, apply_import, guess_mapping, load_mapping, plan_import, read_file
from core.services import rgpd
from core.services.people import list_people
from desktop.cli.common import find_event
from desktop.import_words import describe_problem
from desktop.plural import plural


def register(subparsers: Any) -> None:
    imp = subparsers.add_parser(
        "import", help="importer des inscriptions (CSV ou XLSX : HelloAsso, Weezevent, tableur)",
        epilog="Code de sortie : 0 tout est importé ; 1 rien n'est importé (problème bloquant) ; 2 erreur "
        "(fichier ou espace illisible) ; 3 import partiel (des lignes refusées, listées).")
    imp.add_argument("workspace", type=Path)
    imp.add_argument("file", type=Path)
    imp.add_argument("--event", help="nom ou identifiant de l'événement (par défaut : l'événement courant)")
    imp.add_argument("--preset", choices=[p.value for p in Preset], help="format du fichier (deviné sinon)")
    imp.add_argument("--mapping", type=Path, help="correspondance des colonnes enregistrée (JSON)")
    imp.add_argument("--save-mapping", type=Path, help="enregistrer la correspondance utilisée (JSON)")
    imp.add_argument("--dry-run", action="store_true", help="afficher l'aperçu sans rien enregistrer")
    imp.set_defaults(handler=run_import)

    exp = subparsers.add_parser("export", help="exporter inscriptions, émargement ou bilan financeurs")
    exp.add_argument("workspace", type=Path)
    exp.add_argument("--event", help="nom ou identifiant de l'événement")
    exp.add_argument("--what", choices=["registrations", "attendance", "report"], default="registrations")
    exp.add_argument("--format", choices=["csv", "xlsx"], default="xlsx")
    exp.add_argument("-o", "--output", type=Path, required=True)
    exp.set_defaults(handler=run_export)

    person = subparsers.add_parser("person", help="RGPD : exporter ou effacer les données d'une personne")
    person.add_argument("action", choices=["export", "erase"])
    person.add_argument("workspace", type=Path)
    person.add_argument("who", help="identifiant ou adresse e-mail de la personne")
    person.add_argument("-o", "--output", type=Path, help="fichier JSON (export ; par défaut la sortie standard)")
    person.add_argument("--yes", action="store_true", help="effacer sans demander de confirmation")
    person.set_defaults(handler=run_person)

    purge = subparsers.add_parser("purge", help="RGPD : effacer les données personnelles d'un événement ancien")
    purge.add_argument("workspace", type=Path)
    purge.add_argument("--event", required=True)
    purge.add_argument("--retention-days", type=int, default=365)
    purge.set_defaults(handler=run_purge)


# Exit codes of `envol import`: 0 everything imported, 1 nothing could be imported (blocking problem),
# 2 error (file or workspace unreadable), 3 partial import: some rows were refused (listed on stderr).
PARTIAL_IMPORT = 3


class _ProgressLine:
    """« Aperçu : 45 % (45 000 / 100 000 lignes) » on stderr, rewritten in place on a terminal."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.shown = -1
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if total < 2000 or percent == self.shown or percent < self.shown + (1 if self.tty else 10) and done < total:
            return
        self.shown = percent
        text = f"{self.what} : {percent} % ({done:,} / {total:,} lignes)".replace(",", "\u202f")
        print(("\r" + text) if self.tty else text, end="\n" if not self.tty or done >= total else "",
              file=sys.stderr, flush=True)


def run_import(args: argparse.Namespace) -> int:
    table = read_file(args.file)
    if args.mapping:
        mapping = load_mapping(args.mapping, table.headers)
    else:
        mapping = guess_mapping(table.headers, Preset(args.preset) if args.preset else None)
    if args.save_mapping:
        args.save_mapping.write_text(mapping.to_json(), encoding="utf-8")
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        with workspace.reading() as session:
            preview = plan_import(session, table, mapping, event.id, args.file.name, _ProgressLine("Aperçu"))
        print(f"{args.file.name} → {event.name} ({mapping.preset.value if mapping.preset else 'personnalisé'})")
        for header, field in zip(mapping.headers, mapping.fields, strict=True):
            print(f"  {header!r:45} → {field.value}")
        for problem in preview.problems:
            print(("  REFUS " if problem.blocking else "  attention ") + describe_problem(problem), file=sys.stderr)
        print(f"Lignes : {preview.total_rows} ; refusées : {len(preview.refused_lines)} ; "
              f"nouvelles personnes : {preview.new_people} ; déjà connues : {preview.matched_people} ; "
              f"nouvelles structures : {len(preview.organisations)} ; nouvelles inscriptions : "
              f"{preview.new_registrations} ; déjà inscrites : {preview.known_registrations}")
        if not preview.can_apply:
            print("envol : import impossible, rien n'a été enregistré.", file=sys.stderr)
            return 1
        refused = len(preview.refused_lines)
        if args.dry_run:
            print("Aperçu seulement (--dry-run) : rien n'a été enregistré.")
            return PARTIAL_IMPORT if refused else 0
        with workspace.unit_of_work() as uow:
            summary = apply_import(uow, table, mapping, event.id, args.file.name, _ProgressLine("Import"),
                                   preview=preview)
        registered = plural(summary.new_registrations, "%n inscription", "%n inscriptions")
        places = plural(summary.new_choices, "%n place en session", "%n places en session")
        print(f"Importé : {registered} dont {summary.waiting} en liste d'attente, "
              f"{places} dont {summary.waiting_choices} en liste d'attente.")
        if summary.merges:
            print(plural(len(summary.merges), "%n fusion automatique à vérifier (liste des doublons) :",
                         "%n fusions automatiques à vérifier (liste des doublons) :"))
            for merge in summary.merges:
                print(f"  {merge}")
        if refused:
            print(f"envol : import partiel, {plural(refused, '%n ligne refusée', '%n lignes refusées')} "
                  "(voir ci-dessus) ; les autres sont enregistrées.", file=sys.stderr)
            return PARTIAL_IMPORT
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        if args.what == "report":
            report = funder_report(workspace, event.id)
            if args.format == "csv":
                from core.exports.report import report_sheets

                data = b"".join(to_csv(sheet) for sheet in report_sheets(report)[:1]) + b"".join(
                    to_csv(sheet)[3:] for sheet in report_sheets(report)[1:])
            else:
                data = report_xlsx(report)
        else:
            sheet = (registrations_sheet if args.what == "registrations" else attendance_sheet)(workspace, event.id)
            data = to_csv(sheet) if args.format == "csv" else to_xlsx([sheet])
    write_whole(args.output, data)
    print(f"Écrit : {args.output}")
    return 0


def _find_person(workspace: Workspace, who: str) -> uuid.UUID:
    try:
        return uuid.UUID(who)
    except ValueError:
        pass
    wanted = who.strip().lower()
    for row in list_people(workspace):
        if row.email == wanted:
            return row.id
    raise NotFound("person_not_found", f"no person {who!r}")


def run_person(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        person_id = _find_person(workspace, args.who)
        if args.action == "export":
            text = rgpd.export_person_json(workspace, person_id)
            if args.output:
                args.output.write_text(text, encoding="utf-8")
                print(f"Écrit : {args.output}")
            else:
                print(text)
            return 0
        if not args.yes:
            answer = input("Effacer définitivement les données de cette personne ? [o/N] ")
            if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                print("Rien n'a été effacé.")
                return 1
        with workspace.unit_of_work() as uow:
            rgpd.erase_person(uow, person_id)
        rgpd.compact(workspace)
        print("Données effacées ; les inscriptions restent comptées de façon anonyme.")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        with workspace.unit_of_work() as uow:
            result = rgpd.purge_event(uow, event.id, args.retention_days)
        rgpd.compact(workspace)
        erased = plural(result.erased_people, "%n personne anonymisée", "%n personnes anonymisées")
        answers = plural(result.answers_deleted, "%n réponse de formulaire supprimée",
                         "%n réponses de formulaire supprimées")
        print(f"{event.name} : {erased}, {answers}.")
    return 0
