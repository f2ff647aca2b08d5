"""Which review store the settings name, and opening it.

Without SHENBAO_DATABASE_URL: SQLite, one file in the workspace (`reviews.sqlite3`). With it:
the database of that SQLAlchemy URL — `postgresql://user:password@host:5432/db` for an office
(`postgresql://` means psycopg 3), or `sqlite:////path/reviews.sqlite3` for a file elsewhere.
Opening upgrades the schema (`assistant.store.migrate`). Must not import anything of `assistant`
but `core` and the store's own modules.
"""

from __future__ import annotations

from pathlib import Path

from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.store.interface import ReviewStore
from assistant.store.postgres import PostgresReviewStore, postgres_url
from assistant.store.sqlite import SqliteReviewStore

STORE_FILE = "reviews.sqlite3"


def review_store_path(settings: Settings) -> Path:
    return settings.workspace / STORE_FILE


def open_review_store(settings: Settings, *, reset_corrupt: bool = False) -> ReviewStore:
    if not settings.database_url:
        return SqliteReviewStore(review_store_path(settings), reset_corrupt=reset_corrupt)
    return open_database_url(settings.database_url, reset_corrupt=reset_corrupt)


def open_database_url(url: str, *, reset_corrupt: bool = False) -> ReviewStore:
    parsed = postgres_url(url)
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        return PostgresReviewStore(parsed)
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:":
        return SqliteReviewStore(Path(parsed.database), reset_corrupt=reset_corrupt)
    raise ShenbaoError(f"评审记录库只支持 PostgreSQL 或 SQLite 文件：SHENBAO_DATABASE_URL 指向 {backend}"
                       f"（{parsed.render_as_string(hide_password=True)}）")


def sqlite_path(settings: Settings) -> Path:
    """The SQLite file `open_review_store` opens: the workspace's, or the one a sqlite:/// URL names."""
    if settings.database_url and store_backend(settings) == "sqlite":
        return Path(postgres_url(settings.database_url).database)
    return review_store_path(settings)


def store_backend(settings: Settings) -> str:
    """"sqlite" or "postgresql": which backend `open_review_store` opens for these settings."""
    if not settings.database_url:
        return "sqlite"
    return postgres_url(settings.database_url).get_backend_name()

