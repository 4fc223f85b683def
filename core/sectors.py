"""Sectors of activity of the companies (and of any structure): the sections of INSEE's French classification of
activities (NAF rév. 2), the vocabulary funders read. Codes are the sections' letters (stored and synced); labels
are French, shortened for tables. A structure's SIRET gives its APE code, whose section is the sector."""

from __future__ import annotations

SECTORS: tuple[tuple[str, str], ...] = (
    ("A", "Agriculture, sylviculture et pêche"),
    ("B", "Industries extractives"),
    ("C", "Industrie manufacturière"),
    ("D", "Énergie (électricité, gaz)"),
    ("E", "Eau, assainissement, déchets"),
    ("F", "Construction"),
    ("G", "Commerce"),
    ("H", "Transports et entreposage"),
    ("I", "Hébergement et restauration"),
    ("J", "Information et communication"),
    ("K", "Banque et assurance"),
    ("L", "Immobilier"),
    ("M", "Conseil, ingénierie, activités scientifiques"),
    ("N", "Services administratifs et de soutien"),
    ("O", "Administration publique"),
    ("P", "Enseignement"),
    ("Q", "Santé et action sociale"),
    ("R", "Arts, spectacles, loisirs"),
    ("S", "Autres services"),
)
CODES = frozenset(code for code, _label in SECTORS)
NO_SECTOR = "(secteur non renseigné)"


def sector_label(code: str | None) -> str:
    """The French label of a sector code; NO_SECTOR for none (an unknown code is shown as it is)."""
    if not code:
        return NO_SECTOR
    return dict(SECTORS).get(code, code)


def clean_sector(code: str | None) -> str | None:
    """A sector code as stored: None for none, a known section's letter otherwise (ValidationError if unknown)."""
    from core.errors import ValidationError

    code = (code or "").strip().upper()
    if not code:
        return None
    if code not in CODES:
        raise ValidationError("unknown_sector", f"unknown sector {code!r}", sector=code)
    return code
