"""The reviewers' decisions: accept / override / dismiss with a comment, per finding, kept in an
append-only, hash-chained audit log with optimistic versions; the interface and its SQLite
implementation.

Owns: `ReviewStore` and its storage. Must not import anything of `assistant` but `core`.
"""
