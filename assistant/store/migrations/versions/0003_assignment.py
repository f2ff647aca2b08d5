"""Which experts the 评价工作组 assigned to which package (issue 14): an append-only log.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

One row per change — an expert assigned to a package, or taken off it — with who changed it and
when; an expert's assignment is the latest row of the pair. Rows are only ever added (the store
never deletes one), so the log says who gave whom which package, as the audit log does for
decisions. Additive: the tables of 0001/0002 are untouched and SQLite's user_version stays 2.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE = """CREATE TABLE assignment (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    package_id TEXT NOT NULL REFERENCES package_review(package_id),
    user_name TEXT NOT NULL CHECK (length(trim(user_name)) > 0),
    assigned BOOLEAN NOT NULL,
    changed_by TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_at TEXT NOT NULL
)"""
POSTGRESQL = """CREATE TABLE assignment (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    package_id TEXT NOT NULL REFERENCES package_review(package_id),
    user_name TEXT NOT NULL CHECK (length(trim(user_name)) > 0),
    assigned BOOLEAN NOT NULL,
    changed_by TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_at TEXT NOT NULL
)"""


def upgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql(SQLITE if connection.dialect.name == "sqlite" else POSTGRESQL)
    connection.exec_driver_sql("CREATE INDEX assignment_package ON assignment (package_id, seq)")


def downgrade() -> None:
    raise NotImplementedError("the review store is never downgraded: restore a backup instead")
