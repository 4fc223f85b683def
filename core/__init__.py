"""Envol's domain: models, migrations, services, sync, import/export. Never imports Qt."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("envol")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
