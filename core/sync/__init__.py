"""Offline-first sync: a local change log, merge rules, a PostgreSQL hub and SQLite bundles.

Qt-free. The desktop wraps these functions in background tasks; `envol sync` calls them headless.
"""
