"""Services: every mutation goes through here, inside a UnitOfWork, and returns frozen dataclasses."""
