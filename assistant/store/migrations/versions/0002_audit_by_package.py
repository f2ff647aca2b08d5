"""An index of the audit log by package and write order.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03

Every write reads the newest chain hash of its package and every history reads a package's rows
in order; with one shared database for a whole office (PostgreSQL) the audit log holds every
package of every reviewer, so both become an index range instead of a scan. On SQLite the
user_version moves to 2, so a shenbao from before Alembic refuses the file instead of writing to
tables it no longer knows.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("CREATE INDEX audit_package_seq ON audit (package_id, seq)")
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA user_version = 2")


def downgrade() -> None:
    raise NotImplementedError("the review store is never downgraded: restore a backup instead")
