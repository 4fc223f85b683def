"""Opening a workspace file, its migrations and the unit of work."""
