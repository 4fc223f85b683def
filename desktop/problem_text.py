"""Sentences for the row-level problems of an import preview (shared by the import dialog and `envol import`)."""

from __future__ import annotations

from core.errors import EnvolError
from core.imports.plan import RowProblem
from desktop.messages import describe


def describe_problem(problem: RowProblem, translate: object = None) -> str:
    where = f"ligne {problem.line}" if problem.line else "fichier"
    column = f", colonne « {problem.column} »" if problem.column else ""
    error = EnvolError(f"import_{problem.code}", problem.code, value=problem.value, column=problem.column or "")
    return f"{where}{column} : {describe(error, translate)}"
