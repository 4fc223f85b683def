"""French plural agreement without Qt, for the command line (the window takes plural forms from the catalogues)."""

from __future__ import annotations


def plural(n: int, singular: str, plural_form: str) -> str:
    """`plural(3, "%n personne inscrite", "%n personnes inscrites")` -> "3 personnes inscrites".

    French takes the singular below two: « 0 personne inscrite », « 1 personne inscrite ». A form without %n is
    returned as it is (« aucune », or a sentence that names the number elsewhere).
    """
    return (singular if abs(n) < 2 else plural_form).replace("%n", str(n))
