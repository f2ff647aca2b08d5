"""The review store's tables as SQLAlchemy Core objects, for queries on every backend.

This is the schema at the newest migration (`assistant/store/migrations/versions/`); the
migrations, not this module, create and change tables (each migration spells out its own DDL, so
an old one never changes when this module does). `migrations/env.py` names `metadata` so that
`alembic revision --autogenerate` can compare. Must not import anything of `assistant` but `core`.
"""

from __future__ import annotations

import sqlalchemy as sa

# Alembic's bookkeeping table, named after us so that a database shared with another
# Alembic-managed program keeps both histories apart.
VERSION_TABLE = "shenbao_alembic_version"

metadata = sa.MetaData()

package_review = sa.Table(
    "package_review", metadata,
    sa.Column("package_id", sa.Text, primary_key=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("platform_name", sa.Text, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
)

audit = sa.Table(
    "audit", metadata,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("package_id", sa.Text, sa.ForeignKey("package_review.package_id"), nullable=False),
    sa.Column("item_kind", sa.Text, nullable=False),
    sa.Column("item_key", sa.Text, nullable=False),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("computed", sa.Text),
    sa.Column("before", sa.Text),
    sa.Column("after", sa.Text),
    sa.Column("comment", sa.Text, nullable=False),
    sa.Column("reviewer", sa.Text, nullable=False),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("decided_at", sa.Text, nullable=False),
    sa.Column("evidence_hash", sa.Text, nullable=False),
    sa.Column("shenbao_version", sa.Text, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("chain_hash", sa.Text, nullable=False),
    sa.UniqueConstraint("package_id", "item_kind", "item_key", "version"),
    sa.Index("audit_package_seq", "package_id", "seq"),
)

decision = sa.Table(
    "decision", metadata,
    sa.Column("package_id", sa.Text, primary_key=True),
    sa.Column("item_kind", sa.Text, primary_key=True),
    sa.Column("item_key", sa.Text, primary_key=True),
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), sa.ForeignKey("audit.seq"),
              nullable=False, unique=True),
    sa.Column("version", sa.Integer, nullable=False),
)

# Which experts the 评价工作组 assigned to which package (migration 0003): a log only added to; an
# expert's assignment to a package is the latest row of the pair (`assigned` false: taken off it).
assignment = sa.Table(
    "assignment", metadata,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("package_id", sa.Text, sa.ForeignKey("package_review.package_id"), nullable=False),
    sa.Column("user_name", sa.Text, nullable=False),
    sa.Column("assigned", sa.Boolean, nullable=False),
    sa.Column("changed_by", sa.Text, nullable=False),
    sa.Column("changed_at", sa.Text, nullable=False),
    sa.Index("assignment_package", "package_id", "seq"),
)

# The triggers every backend must have, by table: refusing changes to the audit log, and
# keeping each current decision on its item's newest audit row (`check_integrity` looks for them).
TRIGGERS = ("audit_no_update", "audit_no_delete", "decision_no_delete", "decision_first", "decision_next")
