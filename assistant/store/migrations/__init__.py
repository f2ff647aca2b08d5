"""The review store's schema migrations (Alembic), shipped in the package so that an installed
shenbao upgrades its own databases: `assistant.store.migrate` runs them programmatically on open
and from `shenbao store upgrade`. One file per revision in `versions/`, each spelling out its own
DDL per backend (SQLite, PostgreSQL); a new one: `alembic -c assistant/store/migrations/alembic.ini
revision -m "…"`, then a test in tests/assistant/test_review_store_upgrade.py.
"""
