"""Turn the text of one cell into a value: dates in dd/mm/yyyy, decimal commas, kinds, statuses, session lists."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from core.models import OrganisationKind
from core.validation import search_key

MAX_CELL = 2000  # longer than any real answer; a 10,000-character cell is an error or an attack
# What a spreadsheet would run as a formula (OWASP's CSV-injection list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PARIS = ZoneInfo("Europe/Paris")

_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?")

_KIND_WORDS: list[tuple[str, OrganisationKind]] = [
    ("regie", OrganisationKind.REGIE_DE_QUARTIER), ("scop", OrganisationKind.SCOP),
    ("scic", OrganisationKind.SCIC), ("siae", OrganisationKind.SIAE), ("insertion", OrganisationKind.SIAE),
    ("mutuelle", OrganisationKind.MUTUELLE), ("fondation", OrganisationKind.FONDATION),
    ("entreprise", OrganisationKind.ENTREPRISE), ("societe", OrganisationKind.ENTREPRISE),
    ("collectivite", OrganisationKind.COLLECTIVITE), ("commune", OrganisationKind.COLLECTIVITE),
    ("partenaire", OrganisationKind.PARTENAIRE), ("association", OrganisationKind.ASSOCIATION),
    ("asso", OrganisationKind.ASSOCIATION),
]
_CANCELLED = {"annule", "annulee", "rembourse", "remboursee", "cancelled", "canceled", "refunded"}


def looks_like_formula(text: str) -> bool:
    """A cell a spreadsheet would evaluate. A phone number like +33 6… is data, not a formula."""
    if not text or not text.startswith(FORMULA_START):
        return False
    return not (text[0] in "+-" and re.fullmatch(r"[+\-][\d\s().]+", text))


def parse_datetime(text: str) -> datetime | None:
    """dd/mm/yyyy [hh:mm] (French exports) or ISO; wall-clock times are Paris time. None if unreadable."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if match:
        day, month, year, hour, minute, second = match.groups()
        parts = (int(year), int(month), int(day))
    else:
        match = _ISO.match(text)
        if not match:
            return None
        year, month, day, hour, minute, second = match.groups()
        parts = (int(year), int(month), int(day))
    try:
        return datetime(*parts, int(hour or 0), int(minute or 0), int(second or 0), tzinfo=_PARIS)
    except ValueError:
        return None


def parse_amount(text: str) -> Decimal | None:
    """0,00 € / 1 234,50 / 12.5 -> Decimal."""
    cleaned = re.sub(r"[^\d,.\-]", "", text.replace("\u00a0", "").replace("\u202f", ""))
    if not cleaned:
        return None
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def parse_kind(text: str) -> OrganisationKind | None:
    key = search_key(text)
    if not key:
        return None
    for value in OrganisationKind:
        if key == value.value or key == value.value.replace("_", " "):
            return value
    for word, kind in _KIND_WORDS:
        if word in key.split() or key.startswith(word):
            return kind
    return OrganisationKind.AUTRE


def is_cancelled(text: str) -> bool:
    return search_key(text).strip() in _CANCELLED


def split_sessions(text: str) -> list[str]:
    # Forms join choices with ", " or line breaks; a title containing a comma stays whole when it matches.
    parts = re.split(r"\s*[,;\n|]\s*", text.strip())
    return [p for p in parts if p]


def organisation_key(name: str) -> str:
    """Names written differently by different forms meet here: accents, case, punctuation, blanks."""
    return " ".join(re.sub(r"[^\w]+", " ", search_key(name)).split())


def name_key(first: str, last: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", search_key(first, last)).split())


# The communes of Paris Terres d'Envol by postal code: a form that asks for the structure's postal code only
# still places it in its commune (the figures by commune of the PLDESS report need it).
POSTCODES = {
    "93600": "Aulnay-sous-Bois", "93150": "Le Blanc-Mesnil", "93350": "Le Bourget", "93700": "Drancy",
    "93440": "Dugny", "93270": "Sevran", "93290": "Tremblay-en-France", "93420": "Villepinte",
}


def commune_of_postcode(text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    return POSTCODES.get(digits) if len(digits) == 5 else None
