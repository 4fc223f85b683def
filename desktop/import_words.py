"""Words of the import: the names of Envol's fields, and the sentences of the preview's row problems.

Shared by the import dialog and `envol import`, so free of Qt: QT_TRANSLATE_NOOP is desktop.messages' marker,
and `translate` is Qt's QCoreApplication.translate in the window, absent (French) on the command line.
"""

from __future__ import annotations

from collections.abc import Callable

from core.errors import EnvolError
from core.imports import Field
from core.imports.plan import RowProblem
from desktop.messages import QT_TRANSLATE_NOOP, describe

Translate = Callable[[str, str], str]

# Names of Envol's fields in the mapping table; a star marks a field every import needs.
FIELD_LABELS: dict[Field, str] = {
    Field.IGNORE: QT_TRANSLATE_NOOP("import", "— ignorer —"),
    Field.ANSWER: QT_TRANSLATE_NOOP("import", "Réponse au formulaire"),
    Field.REFERENCE: QT_TRANSLATE_NOOP("import", "N° de billet / code-barres"),
    Field.FIRST_NAME: QT_TRANSLATE_NOOP("import", "Prénom *"),
    Field.LAST_NAME: QT_TRANSLATE_NOOP("import", "Nom *"),
    Field.EMAIL: QT_TRANSLATE_NOOP("import", "E-mail"),
    Field.PHONE: QT_TRANSLATE_NOOP("import", "Téléphone"),
    Field.ORGANISATION: QT_TRANSLATE_NOOP("import", "Structure"),
    Field.ORGANISATION_KIND: QT_TRANSLATE_NOOP("import", "Type de structure"),
    Field.COMMUNE: QT_TRANSLATE_NOOP("import", "Commune"),
    Field.SIRET: QT_TRANSLATE_NOOP("import", "SIRET"),
    Field.POSTCODE: QT_TRANSLATE_NOOP("import", "Code postal de la structure"),
    Field.WEBSITE: QT_TRANSLATE_NOOP("import", "Site web de la structure"),
    Field.SESSIONS: QT_TRANSLATE_NOOP("import", "Sessions choisies"),
    Field.REGISTERED_AT: QT_TRANSLATE_NOOP("import", "Date d'inscription"),
    Field.STATUS: QT_TRANSLATE_NOOP("import", "Statut (annulé…)"),
    Field.AMOUNT: QT_TRANSLATE_NOOP("import", "Montant"),
    Field.ACCESSIBILITY: QT_TRANSLATE_NOOP("import", "Besoins d'accessibilité"),
    Field.BUYER_FIRST_NAME: QT_TRANSLATE_NOOP("import", "Prénom de l'acheteur"),
    Field.BUYER_LAST_NAME: QT_TRANSLATE_NOOP("import", "Nom de l'acheteur"),
    Field.BUYER_EMAIL: QT_TRANSLATE_NOOP("import", "E-mail de l'acheteur"),
}
LINE = QT_TRANSLATE_NOOP("import", "ligne {0}")
WHOLE_FILE = QT_TRANSLATE_NOOP("import", "fichier")
IN_COLUMN = QT_TRANSLATE_NOOP("import", "{0}, colonne « {1} »")
WHERE_WHAT = QT_TRANSLATE_NOOP("import", "{0} : {1}")


def _french(_context: str, text: str) -> str:
    return text


def field_label(field: Field, translate: Translate | None = None) -> str:
    return (translate or _french)("import", FIELD_LABELS[field])


LINES = QT_TRANSLATE_NOOP("import", "{count} lignes : {what} — lignes {lines}")
SHOWN_LINES = 12


def group_problems(problems: list[RowProblem], translate: Translate | None = None) -> list[tuple[bool, str]]:
    """The preview's problems, the same one on many rows said once: « 12 lignes : session « … » inconnue — lignes
    4, 9, 15… ». (blocking, sentence) in the order of their first line."""
    say = translate or _french
    groups: dict[tuple[bool, str, str | None, str | None], list[RowProblem]] = {}
    for problem in problems:
        groups.setdefault((problem.blocking, problem.code, problem.column, problem.value), []).append(problem)
    out: list[tuple[bool, str]] = []
    for (blocking, code, column, value), same in groups.items():
        if len(same) == 1 or code == "missing_column":
            out += [(p.blocking, describe_problem(p, translate)) for p in same]
            continue
        error = EnvolError(f"import_{code}", code, value=value, column=column or "")
        what = describe(error, translate).rstrip(".")  # the sentence goes on: no « inscription., colonne »
        if column:
            what = say("import", IN_COLUMN).format(what, column)
        numbers = [str(p.line) for p in same if p.line]
        lines = ", ".join(numbers[:SHOWN_LINES]) + ("…" if len(numbers) > SHOWN_LINES else "")
        out.append((blocking, say("import", LINES).format(count=len(same), what=what, lines=lines)))
    return out


def describe_problem(problem: RowProblem, translate: Translate | None = None) -> str:
    """« ligne 12, colonne « E-mail » : adresse e-mail invalide … » in the interface language."""
    say = translate or _french  # not named `tr`: lupdate would take say("import", …) for a text
    if problem.code == "missing_column":  # its column is the code of the missing field: name the field
        field = Field(problem.column) if problem.column in set(Field) else None
        missing = field_label(field, translate).rstrip(" *") if field else problem.column or ""
        error = EnvolError("import_missing_column", problem.code, column=missing)
        return say("import", WHERE_WHAT).format(say("import", WHOLE_FILE), describe(error, translate))
    where = say("import", LINE).format(problem.line) if problem.line else say("import", WHOLE_FILE)
    if problem.column:
        where = say("import", IN_COLUMN).format(where, problem.column)
    error = EnvolError(f"import_{problem.code}", problem.code, value=problem.value, column=problem.column or "")
    return say("import", WHERE_WHAT).format(where, describe(error, translate))
