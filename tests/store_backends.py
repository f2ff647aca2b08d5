"""The review store's backends for its tests: every store test runs on SQLite and on PostgreSQL.

A test module imports the fixtures it uses (`from store_backends import backend, target`): `target`
is a fresh, empty database of the test's backend — a file in tmp_path, or a new database on the
session's PostgreSQL server (`postgres_server` in tests/conftest.py) — that can open stores
(`target.open()`), name itself to a child process (`target.url`), and run raw SQL behind the
store's back (`target.execute`) the way a careless client or an intruder would. The PostgreSQL
cases carry the `requires_postgresql` marker: without the server's binaries they skip with the
reason (tests/system_deps.py); nothing else does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from assistant.store.interface import ReviewStore
from assistant.store.opener import open_database_url
from assistant.store.postgres import PostgresReviewStore
from assistant.store.sqlite import SqliteReviewStore

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.requires_postgresql),
]


@dataclass
class Target:
    backend: str
    url: str  # what SHENBAO_DATABASE_URL would say
    path: Path | None = None  # SQLite only

    def open(self, **options) -> ReviewStore:
        if self.backend == "sqlite":
            return SqliteReviewStore(self.path, **options)
        return PostgresReviewStore(self.url, **options) if options else open_database_url(self.url)

    def engine(self) -> sa.Engine:
        """A plain connection to the same database, autocommit, outside the store."""
        url = sa.make_url(self.url)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)

    def execute(self, *statements: str) -> list[sa.Row]:
        """Run raw SQL statements (each autocommitted); the rows of the last one that returns any."""
        rows: list[sa.Row] = []
        engine = self.engine()
        try:
            with engine.connect() as conn:
                for statement in statements:
                    result = conn.exec_driver_sql(statement)
                    if result.returns_rows:
                        rows = result.all()
        finally:
            engine.dispose()
        return rows

    def disable_trigger(self, table: str, trigger: str) -> None:
        if self.backend == "sqlite":
            self.execute(f"DROP TRIGGER {trigger}")
        else:
            self.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def target(backend, tmp_path, request) -> Target:
    if backend == "sqlite":
        path = tmp_path / "reviews.sqlite3"
        return Target("sqlite", sa.URL.create("sqlite", database=str(path)).render_as_string(), path)
    server = request.getfixturevalue("postgres_server")
    return Target("postgresql", server.create_database())
