"""Envol's domain: models, migrations, services, sync, import/export. Never imports Qt."""

# The single source of the version (pyproject reads it); a literal, because importlib.metadata
# costs a tenth of a second at every start.
__version__ = "0.1.0"
