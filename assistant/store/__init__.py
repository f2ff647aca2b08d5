"""The reviewers' decisions: accept / override / dismiss with a comment, per finding, kept in an
append-only, hash-chained audit log with optimistic versions; the interface, its implementation
on SQLAlchemy with two backends (SQLite by default, PostgreSQL for a shared office) and the
schema migrations (Alembic, shipped in `migrations/`).

Owns: `ReviewStore` and its storage. Must not import anything of `assistant` but `core`.
"""
