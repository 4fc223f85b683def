"""Import of registrations from online forms (HelloAsso, Weezevent) and spreadsheets. Qt-free.

read_table (bytes -> rows) -> guess_mapping (columns -> fields) -> build_preview (problems per row,
nothing written) -> apply_import (one unit of work: everything or nothing).
"""

from core.imports.apply import ImportSummary, apply_import, write_plan
from core.imports.mapping import ColumnMapping, Field, Preset, guess_mapping, load_mapping, mapping_from_json
from core.imports.plan import ImportCancelled, ImportPreview, PlannedRow, Progress, RowProblem, plan_import
from core.imports.reading import RawTable, read_file, read_table

__all__ = [
    "ColumnMapping", "Field", "ImportCancelled", "ImportPreview", "ImportSummary", "PlannedRow", "Preset", "Progress", "RawTable", "RowProblem",
    "apply_import", "guess_mapping", "load_mapping", "mapping_from_json", "plan_import", "read_file",
    "read_table", "write_plan",
]
