"""Alembic revisions of the review store, in order: 0001 the schema-1 tables, 0002 onwards changes."""
