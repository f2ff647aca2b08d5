-- The review store's tables (assistant/review_store.py). Idempotent: run on every open.
CREATE TABLE IF NOT EXISTS package_review (
    package_id TEXT PRIMARY KEY, source TEXT NOT NULL, platform_name TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
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
);
CREATE TABLE IF NOT EXISTS decision (
    package_id TEXT NOT NULL, item_kind TEXT NOT NULL, item_key TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE REFERENCES audit(seq),  -- the audit row that is current
    version INTEGER NOT NULL,
    PRIMARY KEY (package_id, item_kind, item_key)
);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
CREATE TRIGGER IF NOT EXISTS decision_no_delete BEFORE DELETE ON decision
BEGIN SELECT RAISE(ABORT, 'decisions are never deleted'); END;
-- The current decision always points at its item's newest audit row, one version up: a lost
-- update is refused by the database itself, whatever the client does.
CREATE TRIGGER IF NOT EXISTS decision_first BEFORE INSERT ON decision
WHEN NEW.version != 1 OR NOT EXISTS (SELECT 1 FROM audit WHERE seq = NEW.seq AND version = 1
    AND package_id = NEW.package_id AND item_kind = NEW.item_kind AND item_key = NEW.item_key)
BEGIN SELECT RAISE(ABORT, 'a new decision must point at its version-1 audit row'); END;
CREATE TRIGGER IF NOT EXISTS decision_next BEFORE UPDATE ON decision
WHEN NEW.version != OLD.version + 1 OR NEW.package_id != OLD.package_id OR NEW.item_kind != OLD.item_kind
    OR NEW.item_key != OLD.item_key OR NOT EXISTS (SELECT 1 FROM audit WHERE seq = NEW.seq
    AND version = NEW.version AND package_id = NEW.package_id AND item_kind = NEW.item_kind
    AND item_key = NEW.item_key)
BEGIN SELECT RAISE(ABORT, 'a decision moves one version at a time, to its own audit row'); END;
