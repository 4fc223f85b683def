"""The Agenda page: timetable grid, list by day, conflicts, session editor, undo and exports."""
