"""`envol print badges|emargement|attestations|calibration WORKSPACE … -o out.pdf`: the printed documents;
`envol print verify WORKSPACE CODE`: what the attestation with this code really says;
`envol print badge-role WORKSPACE WHO [ROLE]`: the colour band of someone's badge."""

from __future__ import annotations

import argparse
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from core.db.workspace import Workspace, open_workspace
from core.errors import NotFound, RuleViolation, ValidationError
from core.files import write_whole
from core.models import BadgeRole
from core.services import organiser, print_data
from core.services.attestation_check import code_candidates, verify_attestation
from core.validation import search_key
from desktop.attestation_words import describe_check
from desktop.cli.common import find_event
from desktop.plural import plural
from printing.common import Branding
from printing.jobs import PrintRequest, gather, log_printed, render
from printing.layout import ROLE_LABELS
from printing.stocks import STOCKS

GUESSED = "auto"


def register(subparsers: Any) -> None:
    printing = subparsers.add_parser("print", help="imprimer badges, feuilles d'émargement, attestations (PDF)")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for name, help_text in [("badges", "badges des inscrits confirmés"),
                            ("emargement", "feuille d'émargement d'une session ou d'une demi-journée"),
                            ("attestations", "attestations de présence des personnes accueillies"),
                            ("calibration", "page de calibration d'un support d'étiquettes")]:
        parser = documents.add_parser(name, help=help_text)
        parser.add_argument("workspace", type=Path)
        parser.add_argument("--event", help="nom ou identifiant de l'événement (par défaut : l'événement courant)")
        parser.add_argument("-o", "--output", type=Path, required=True, help="fichier PDF (ou .zip) à écrire")
        parser.add_argument("--session", help="titre (ou partie) ou identifiant d'une session")
        parser.add_argument("--organiser", help="organisateur (par défaut : celui de l'espace de travail)")
        parser.add_argument("--logo", help="image du logo de l'organisateur (PNG ou JPEG)")
        parser.set_defaults(handler=print_document)
        if name in ("badges", "calibration"):
            parser.add_argument("--stock", default="a4-8", choices=sorted(STOCKS), help="support d'impression")
            parser.add_argument("--offset-x", type=float, default=0.0, help="décalage horizontal (mm, + à droite)")
            parser.add_argument("--offset-y", type=float, default=0.0, help="décalage vertical (mm, + vers le bas)")
        if name == "badges":
            parser.add_argument("--not-printed", action="store_true", help="seulement les badges jamais imprimés")
            parser.add_argument("--reprint-reason", help="raison d'une réimpression (badges déjà imprimés)")
        if name == "emargement":
            parser.add_argument("--half-day", metavar="JJ/MM/AAAA:matin|après-midi",
                                help="une demi-journée au lieu d'une session")
            parser.add_argument("--day", metavar="JJ/MM/AAAA",
                                help="une journée entière (colonnes Matin et Après-midi)")
            parser.add_argument("--action-title", help="intitulé de l'action (par défaut : celui de l'espace)")
            parser.add_argument("--walk-ins", type=int, default=8, help="lignes vides pour les personnes sur place")
            parser.add_argument("--checked-in", action="store_true", help="marquer les personnes accueillies")
            parser.add_argument("--funder-logo", action="append", default=[], help="logo d'un financeur (répétable)")
        if name in ("emargement", "attestations"):
            parser.add_argument("--signature", help="image de la signature")
            parser.add_argument("--signatory", help="nom du ou de la signataire")
            parser.add_argument("--signatory-title", help="fonction du ou de la signataire")
            parser.add_argument("--place", help="« Fait à … »")
            parser.add_argument("--funding-mention", help="mention du financement (« Action cofinancée par … »)")
        if name == "attestations":
            parser.add_argument("--zip", action="store_true", help="un PDF par personne dans une archive zip")
    verify = documents.add_parser("verify", help="vérifier le code d'une attestation de présence")
    verify.add_argument("workspace", type=Path)
    verify.add_argument("code", nargs="+", help="code de vérification imprimé (ou texte lu dans le QR code)")
    verify.set_defaults(handler=verify_attestation_code)
    role = documents.add_parser("badge-role", help="rôle (bandeau de couleur) du badge d'une personne inscrite")
    role.add_argument("workspace", type=Path)
    role.add_argument("who", help="adresse e-mail ou identifiant de la personne, ou identifiant de l'inscription")
    role.add_argument("role", nargs="?", choices=[r.value for r in BadgeRole] + [GUESSED],
                      help=f"rôle à imprimer ; « {GUESSED} » : deviné d'après la fiche ; absent : afficher le rôle")
    role.add_argument("--event", help="nom ou identifiant de l'événement (par défaut : l'événement courant)")
    role.set_defaults(handler=choose_badge_role)


def _find_session(workspace: Workspace, event_id: uuid.UUID, wanted: str) -> uuid.UUID:
    from sqlalchemy import select

    from core.models import EventSession

    needle = wanted.casefold()
    with workspace.reading() as session:
        rows = session.execute(select(EventSession.id, EventSession.title)
                               .where(EventSession.event_id == event_id).order_by(EventSession.starts_at)).all()
    for session_id, title in rows:
        if str(session_id) == wanted or needle in title.casefold():
            return uuid.UUID(str(session_id))
    raise NotFound("session_not_found", f"no session matches {wanted!r}")


_MORNING = ("matin", "matinee", "am")
_AFTERNOON = ("apres-midi", "apresmidi", "aprem", "pm")


def parse_day(text: str) -> date:
    """« 13/11/2026 », « 13/11 » is refused (the year matters), « 2026-11-13 » is accepted too."""
    cleaned = text.strip()
    try:
        if "/" in cleaned:
            day, month, year = (int(p) for p in cleaned.split("/"))
            return date(year if year > 99 else 2000 + year, month, day)
        return date.fromisoformat(cleaned)
    except ValueError as error:
        raise ValidationError("bad_day", f"unreadable date {text!r}", value=text) from error


def parse_half_day(text: str | None) -> tuple[date, bool] | None:
    """« 13/11/2026:matin », « 13/11/2026:après-midi » (or ISO dates); anything else is refused."""
    if not text:
        return None
    day, _, part = text.rpartition(":") if ":" in text else (text, "", "")
    folded = search_key(part).replace(" ", "-")
    if folded not in _MORNING + _AFTERNOON:
        raise ValidationError("bad_half_day", f"unreadable half-day {text!r}", value=text)
    return parse_day(day), folded in _AFTERNOON


def print_document(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        session_id = _find_session(workspace, event.id, args.session) if args.session else None
        branding = _branding(workspace, args)
        whole_day = getattr(args, "day", None)
        request = PrintRequest(
            args.document, event.id, session_id=session_id, half_day=parse_half_day(getattr(args, "half_day", None)),
            day=parse_day(whole_day) if whole_day else None,
            only_not_printed=getattr(args, "not_printed", False), stock_key=getattr(args, "stock", "a4-8"),
            offset_x=getattr(args, "offset_x", 0.0), offset_y=getattr(args, "offset_y", 0.0), branding=branding,
            show_checked_in=getattr(args, "checked_in", False), walk_in_rows=getattr(args, "walk_ins", 8),
            one_file_per_person=getattr(args, "zip", False),
        )
        gathered = gather(workspace, request)
        reason = getattr(args, "reprint_reason", None)
        if gathered.already_printed and not reason:  # refuse an accidental reprint before rendering anything
            raise RuleViolation("already_printed", "badges already printed", count=gathered.already_printed)
        data = render(gathered)
        log_printed(workspace, gathered, reason)
        write_whole(args.output, data)
    who = "" if args.document == "calibration" else f"{plural(gathered.count, '%n personne', '%n personnes')}, "
    print(f"{args.output} : {who}{len(data) // 1024} Ko", file=sys.stderr)
    return 0


def _branding(workspace: Workspace, args: argparse.Namespace) -> Branding:
    """The workspace's organiser identity; each option given on the command line replaces its part. Images given
    here are checked first: an unreadable or huge one is refused with a sentence (exit 2)."""
    with workspace.reading() as session:
        saved = organiser.identity(session)
    logo = getattr(args, "logo", None)
    signature = getattr(args, "signature", None)
    funders = getattr(args, "funder_logo", None) or []
    return Branding.of(
        saved, organiser=args.organiser, logo=organiser.read_image(logo) if logo else None,
        signature_image=organiser.read_image(signature) if signature else None,
        funder_logos=tuple(organiser.read_image(f) for f in funders),
        signatory=getattr(args, "signatory", None), signatory_title=getattr(args, "signatory_title", None),
        place=getattr(args, "place", None), funding_mention=getattr(args, "funding_mention", None),
        action_title=getattr(args, "action_title", None),
    )


def _letters(text: str) -> str:
    return "".join(c for c in text.upper() if c.isascii() and c.isalnum())


def split_codes(words: list[str]) -> list[str]:
    """The codes typed on the command line: a word holding a whole code (10 characters, or the QR's text) is one;
    shorter words are read together until they make 10 (« ABCDE FGH23 »). A text that is no code at all next to
    codes (words of the printed line around it) is left out."""
    codes: list[str] = []
    pending: list[str] = []
    for word in words:
        letters = _letters(word)
        if len(letters) == 10 or letters.startswith("ENVOLATTESTATION"):
            codes.append(word)
            continue
        pending.append(word)
        if len(_letters(" ".join(pending))) == 10:
            codes.append(" ".join(pending))
            pending = []
    rest = " ".join(pending)
    if rest and (not codes or code_candidates(rest)):
        codes.append(rest)
    return codes


def verify_attestation_code(args: argparse.Namespace) -> int:
    """Each code checked and answered in turn. Exit 0 when every code is an attestation of this workspace,
    1 when one is not (or is no longer valid)."""
    codes = split_codes(args.code)
    with open_workspace(args.workspace) as workspace, workspace.reading() as session:
        checks = [verify_attestation(session, code) for code in codes]
    blocks = []
    for code, check in zip(codes, checks, strict=True):
        heading = [f"— {code}"] if len(codes) > 1 else []
        blocks.append("\n".join(heading + describe_check(check)))
    print("\n\n".join(blocks))
    return 0 if all(check.found for check in checks) else 1


def _registration(workspace: Workspace, who: str, event_id: uuid.UUID) -> uuid.UUID:
    """The registration to this event of the person named by e-mail or id, or the registration of that id."""
    from sqlalchemy import func, select

    from core.models import Person, Registration

    with workspace.reading() as session:
        try:
            key = uuid.UUID(who)
        except ValueError:
            person = select(Person.id).where(func.lower(Person.email) == who.strip().lower())
            condition = Registration.person_id.in_(person)
        else:
            condition = (Registration.id == key) | (Registration.person_id == key)
        found = session.scalars(select(Registration.id).where(condition, Registration.event_id == event_id)).first()
    if found is None:
        raise NotFound("registration_not_found", f"{who!r} is not registered to this event")
    return found


def choose_badge_role(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as workspace:
        event = find_event(workspace, args.event)
        registration_id = _registration(workspace, args.who, event.id)
        if args.role is None:
            with workspace.reading() as session:
                info = print_data.badge_role_info(session, registration_id)
        else:
            with workspace.unit_of_work() as uow:
                role = None if args.role == GUESSED else BadgeRole(args.role)
                info = print_data.set_badge_role(uow, registration_id, role)
    how = "choisi" if info.chosen is not None else "deviné d'après la fiche"
    print(f"{info.first_name} {info.last_name} — {info.event_name} : badge « {ROLE_LABELS[info.role]} » ({how})")
    return 0
