"""The categories of needs, offers and business-meeting profiles: one vocabulary shared by the atelier d'échanges
and the Rencontres' meetings, so that a need stated at one can be matched with an offer made at the other.

These are the defaults a workspace starts with; codes are stable (stored and synced), labels are French.
"""

from __future__ import annotations

DEFAULT_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("commercial", "Commercial"),
    ("communication", "Communication"),
    ("financement", "Financement"),
    ("rh", "Recrutement / RH"),
    ("juridique", "Juridique"),
    ("locaux", "Locaux et matériel"),
    ("numerique", "Numérique"),
    ("mecenat", "Mécénat et partenariats"),
    ("achats", "Achats responsables"),
    ("sante_travail", "Santé au travail"),
    ("mobilite", "Mobilité"),
    ("gouvernance", "Gouvernance et coopération"),
    ("formation", "Formation"),
)


def default_label(code: str) -> str:
    """The French label of a default category (the code itself for one the workspace added)."""
    return dict(DEFAULT_CATEGORIES).get(code, code)
