"""Pure agenda logic (no database, no Qt): wall-clock times, conflicts, calendar and OpenAgenda exports."""
