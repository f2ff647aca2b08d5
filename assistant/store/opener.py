"""Where a workspace keeps its review store, and opening it.

Must not import anything of `assistant` but `core` and the store's own modules.
"""

from __future__ import annotations

from pathlib import Path

from assistant.core.settings import Settings
from assistant.store.interface import ReviewStore
from assistant.store.sqlite import SqliteReviewStore

STORE_FILE = "reviews.sqlite3"


def review_store_path(settings: Settings) -> Path:
    return settings.workspace / STORE_FILE


def open_review_store(settings: Settings, *, reset_corrupt: bool = False) -> ReviewStore:
    return SqliteReviewStore(review_store_path(settings), reset_corrupt=reset_corrupt)
