"""Registrations feature GUI: import wizard, registration by hand, people and structures pages, funder report."""
