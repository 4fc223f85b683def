"""The PySide6 interface and the `envol` command line. Qt is imported lazily so that commands stay headless."""
