"""`envol echanges export|report`: the atelier d'échanges from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.db.workspace import open_workspace
from core.exchanges.board import board, participants, person_exchanges
from core.exchanges.exports import exchanges_xlsx
from core.exchanges.followup import to_follow_up
from core.exchanges.report import exchange_figures
from core.files import write_whole
from desktop.cli.common import find_event


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("echanges", help="atelier d'échanges : export (XLSX, relevé, fiches) et bilan")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="exporter l'atelier : classeur XLSX, relevé PDF ou fiches PDF")
    export.add_argument("workspace", type=Path)
    export.add_argument("--event", help="nom ou identifiant de l'événement (par défaut : l'événement courant)")
    export.add_argument("--what", choices=["xlsx", "releve", "fiches"], default="xlsx")
    export.add_argument("-o", "--output", type=Path, required=True)
    export.set_defaults(handler=run_export)
    report = actions.add_parser("report", help="chiffres de l'atelier pour les financeurs, et les offres à relancer")
    report.add_argument("workspace", type=Path)
    report.add_argument("--event", help="nom ou identifiant de l'événement")
    report.set_defaults(handler=run_report)
    vocabulary = actions.add_parser("categories", help="lister, ajouter, renommer ou archiver les catégories")
    vocabulary.add_argument("workspace", type=Path)
    vocabulary.add_argument("--set", metavar="CODE=LIBELLÉ", action="append", default=[],
                            help="ajouter une catégorie ou la renommer (ex. jeunesse=Jeunesse)")
    vocabulary.add_argument("--archive", metavar="CODE", action="append", default=[],
                            help="ne plus proposer cette catégorie (les besoins anciens la gardent)")
    vocabulary.set_defaults(handler=run_categories)


def run_export(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        with workspace.reading() as session:
            if args.what == "xlsx":
                data = exchanges_xlsx(session, event.id)
            elif args.what == "releve":
                from printing.exchanges import render_releve

                data = render_releve(event.name, board(session, event.id))
            else:
                from printing.exchanges import render_fiches

                data = render_fiches([person_exchanges(session, event.id, p) for p in participants(session, event.id)])
    write_whole(args.output, data)
    print(f"{args.output} ({len(data) // 1024 + 1} Ko) : {event.name}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        with workspace.reading() as session:
            figures = exchange_figures(session, event.id)
            chase = to_follow_up(session, event_id=event.id)
    total = figures.total
    print(event.name)
    print(f"  besoins exprimés : {total.needs} ; avec au moins une offre : {total.answered} "
          f"({round(100 * total.answered_share)} %) ; offres : {total.offers}")
    print(f"  contacts transmis : {total.contacts} ; coopérations nées : {total.cooperations} ; "
          f"nouveaux liens entre structures : {total.new_links}")
    for title, lines in (("Par catégorie", figures.by_category), ("Par commune", figures.by_commune)):
        print(f"  {title} :")
        for line in lines:
            print(f"    {line.label:32} besoins {line.needs:3}  avec offre {line.answered:3}  "
                  f"coopérations {line.cooperations:3}  nouveaux liens {line.new_links:3}")
    print(f"  À relancer (sans nouvelle depuis trois semaines) : {len(chase)}")
    for item in chase:
        print(f"    {item.offer.giver_name} → {item.receiver} : {item.offer.text[:60]} ({item.idle_days} j)")
    return 0


def run_categories(args: argparse.Namespace) -> int:
    from core.categories import labels, save_category, vocabulary

    with open_workspace(args.workspace) as workspace:
        if args.set or args.archive:
            with workspace.unit_of_work() as uow:
                for item in args.set:
                    code, _, label = item.partition("=")
                    save_category(uow.session, code.strip(), label)
                for code in args.archive:
                    save_category(uow.session, code, labels(uow.session).get(code, code), archived=True)
        with workspace.reading() as session:
            for category in vocabulary(session, with_archived=True):
                print(f"{category.code:16} {category.label}" + ("  (archivée)" if category.archived else ""))
    return 0
