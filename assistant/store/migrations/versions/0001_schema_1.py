"""Schema 1: packages, the append-only audit log, the current decision per item.

Revision ID: 0001
Revises:
Create Date: 2026-12-03

On SQLite this is, statement for statement, the `schema.sql` of the store before Alembic (commit
12a8788): a file written by that store is stamped 0001 without running this (see
`assistant.store.migrate`), so both kinds of files continue from the same tables. On PostgreSQL
the same tables, checks and triggers in its own dialect; the triggers raise SQLSTATE 23000
(integrity_constraint_violation) like SQLite's RAISE(ABORT), and TRUNCATE is refused as well.
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPLICATION_ID = 0x53484250  # "SHBP", as assistant.store.interface.APPLICATION_ID

SQLITE = [
    """CREATE TABLE IF NOT EXISTS package_review (
    package_id TEXT PRIMARY KEY, source TEXT NOT NULL, platform_name TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: a seq is never reused
    package_id TEXT NOT NULL REFERENCES package_review(package_id),
    item_kind TEXT NOT NULL CHECK (item_kind IN ('finding', 'value')),
    item_key TEXT NOT NULL CHECK (length(trim(item_key)) > 0),
    action TEXT NOT NULL CHECK (action IN ('accept', 'override', 'dismiss')),
    computed TEXT, before TEXT, after TEXT,
    comment TEXT NOT NULL CHECK (length(trim(comment)) > 0),
    reviewer TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
    role TEXT NOT NULL CHECK (role IN ('评审专家', '评价工作组', '申报单位')),
    decided_at TEXT NOT NULL, evidence_hash TEXT NOT NULL, shenbao_version TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1), chain_hash TEXT NOT NULL,
    UNIQUE (package_id, item_kind, item_key, version)  -- a second guard against lost updates
)""",
    """CREATE TABLE IF NOT EXISTS decision (
    package_id TEXT NOT NULL, item_kind TEXT NOT NULL, item_key TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE REFERENCES audit(seq),  -- the audit row that is current
    version INTEGER NOT NULL,
    PRIMARY KEY (package_id, item_kind, item_key)
)""",
    """CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS decision_no_delete BEFORE DELETE ON decision
BEGIN SELECT RAISE(ABORT, 'decisions are never deleted'); END""",
    # The current decision always points at its item's newest audit row, one version up: a lost
    # update is refused by the database itself, whatever the client does.
    """CREATE TRIGGER IF NOT EXISTS decision_first BEFORE INSERT ON decision
WHEN NEW.version != 1 OR NOT EXISTS (SELECT 1 FROM audit WHERE seq = NEW.seq AND version = 1
    AND package_id = NEW.package_id AND item_kind = NEW.item_kind AND item_key = NEW.item_key)
BEGIN SELECT RAISE(ABORT, 'a new decision must point at its version-1 audit row'); END""",
    """CREATE TRIGGER IF NOT EXISTS decision_next BEFORE UPDATE ON decision
WHEN NEW.version != OLD.version + 1 OR NEW.package_id != OLD.package_id OR NEW.item_kind != OLD.item_kind
    OR NEW.item_key != OLD.item_key OR NOT EXISTS (SELECT 1 FROM audit WHERE seq = NEW.seq
    AND version = NEW.version AND package_id = NEW.package_id AND item_kind = NEW.item_kind
    AND item_key = NEW.item_key)
BEGIN SELECT RAISE(ABORT, 'a decision moves one version at a time, to its own audit row'); END""",
    f"PRAGMA application_id = {APPLICATION_ID}",
    "PRAGMA user_version = 1",
]

POSTGRESQL = [
    """CREATE TABLE package_review (
    package_id TEXT PRIMARY KEY, source TEXT NOT NULL, platform_name TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
)""",
    """CREATE TABLE audit (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- never reused, never set by a client
    package_id TEXT NOT NULL REFERENCES package_review(package_id),
    item_kind TEXT NOT NULL CHECK (item_kind IN ('finding', 'value')),
    item_key TEXT NOT NULL CHECK (length(trim(item_key)) > 0),
    action TEXT NOT NULL CHECK (action IN ('accept', 'override', 'dismiss')),
    computed TEXT, before TEXT, after TEXT,
    comment TEXT NOT NULL CHECK (length(trim(comment)) > 0),
    reviewer TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
    role TEXT NOT NULL CHECK (role IN ('评审专家', '评价工作组', '申报单位')),
    decided_at TEXT NOT NULL, evidence_hash TEXT NOT NULL, shenbao_version TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1), chain_hash TEXT NOT NULL,
    UNIQUE (package_id, item_kind, item_key, version)
)""",
    """CREATE TABLE decision (
    package_id TEXT NOT NULL, item_kind TEXT NOT NULL, item_key TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE REFERENCES audit(seq),
    version INTEGER NOT NULL,
    PRIMARY KEY (package_id, item_kind, item_key)
)""",
    """CREATE FUNCTION shenbao_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'integrity_constraint_violation';
END $$""",
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    FOR EACH ROW EXECUTE FUNCTION shenbao_refuse('audit rows are append-only')""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION shenbao_refuse('audit rows are append-only')""",
    """CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION shenbao_refuse('audit rows are append-only')""",
    """CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
    FOR EACH ROW EXECUTE FUNCTION shenbao_refuse('decisions are never deleted')""",
    """CREATE TRIGGER decision_no_truncate BEFORE TRUNCATE ON decision
    FOR EACH STATEMENT EXECUTE FUNCTION shenbao_refuse('decisions are never deleted')""",
    """CREATE FUNCTION shenbao_decision_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version != 1 OR NOT EXISTS (SELECT 1 FROM audit WHERE seq = NEW.seq AND version = 1
            AND package_id = NEW.package_id AND item_kind = NEW.item_kind AND item_key = NEW.item_key) THEN
        RAISE EXCEPTION 'a new decision must point at its version-1 audit row'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$""",
    """CREATE TRIGGER decision_first BEFORE INSERT ON decision
    FOR EACH ROW EXECUTE FUNCTION shenbao_decision_first()""",
    """CREATE FUNCTION shenbao_decision_next() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version != OLD.version + 1 OR NEW.package_id != OLD.package_id OR NEW.item_kind != OLD.item_kind
            OR NEW.item_key != OLD.item_key OR NOT EXISTS (SELECT 1 FROM audit WHERE seq = NEW.seq
            AND version = NEW.version AND package_id = NEW.package_id AND item_kind = NEW.item_kind
            AND item_key = NEW.item_key) THEN
        RAISE EXCEPTION 'a decision moves one version at a time, to its own audit row'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$""",
    """CREATE TRIGGER decision_next BEFORE UPDATE ON decision
    FOR EACH ROW EXECUTE FUNCTION shenbao_decision_next()""",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    statements = {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(dialect)
    if statements is None:
        raise NotImplementedError(f"the review store runs on SQLite or PostgreSQL, not {dialect}")
    connection = op.get_bind()
    for statement in statements:  # as written: no bind-parameter parsing of ':' (and no '%' in them)
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    raise NotImplementedError("the review store is never downgraded: restore a backup instead")
