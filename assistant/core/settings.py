"""Every setting of shenbao in one place, and the only reader of the environment (prefix SHENBAO_).

Offline by default: no LLM, a local embedder, an embedded chromadb. Network use (an OpenAI-
compatible endpoint, Ollama, a chromadb server) is opt-in here and nowhere else.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.core.errors import ShenbaoError
from extractors.options import ReadOptions


def _default_workspace() -> Path:
    return Path.cwd() / ".shenbao"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHENBAO_", extra="ignore", frozen=True)

    workspace: Path = Field(default_factory=_default_workspace)

    # Reading files
    ocr: bool = True
    render_docx: bool = True
    soffice: str = "soffice"
    max_file_mb: int = 200
    max_pages: int = 2000
    max_image_megapixels: int = 60
    max_uncompressed_mb: int = 500
    max_archive_entries: int = 5000
    file_timeout_s: float = 300.0
    file_timeout_stretch: bool = True  # stretched by the machine's load per core (extractors.budget)
    workers: int = 1  # parallel file parsing processes (bounded memory: one document per worker)
    # How RapidOCR runs: "fast" (default: its models on OpenVINO in f32 where it runs, the same
    # text), "legacy" (onnxruntime, before issue 15) or "det960" (detector at 960 px: faster, but
    # merges lines of dense scans) — extractors.ocr.PRESETS; bench/bench_ocr.py measures them.
    ocr_preset: Literal["fast", "det960", "legacy"] = "fast"

    # LLM (opt-in)
    llm: Literal["none", "openai", "ollama"] = "none"
    llm_model: str = "deepseek-chat"
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_temperature: float = 0.0
    llm_max_retries: int = 2

    # Review store: SQLite in the workspace by default; an SQLAlchemy URL of a shared database
    # otherwise, e.g. postgresql://shenbao:password@127.0.0.1:5432/shenbao (README: Deployment).
    database_url: str | None = None

    # Index
    chroma_url: str | None = None
    embedding: Literal["local", "openai"] = "local"
    embedding_model: str = "text-embedding-3-small"

    # UI
    ui_host: str = "127.0.0.1"
    ui_port: int = 8501
    # Shared deployment behind a signing-in reverse proxy: the header carrying the signed-in user
    # (e.g. "X-Forwarded-User"). When set, a request without it is refused; without ui_roles each
    # user gets a workspace of their own under workspace/users/<user>, so applicants never see
    # each other's packages.
    ui_user_header: str | None = None
    # A team on one server (with ui_user_header): a TOML file mapping each signed-in user to a role
    # (工作组 / 专家 / 申报单位) and packages (README: Roles). The workspace is then shared and
    # what each user sees and does follows the role (ui.access); users not in the file are refused.
    ui_roles: Path | None = None

    def read_options(self, password: str | None = None) -> ReadOptions:
        return ReadOptions(
            password=password,
            ocr=self.ocr,
            cache_dir=self.cache_dir,
            render_docx=self.render_docx,
            soffice=self.soffice,
            max_file_bytes=self.max_file_mb * 1024 * 1024,
            max_pages=self.max_pages,
            max_image_pixels=self.max_image_megapixels * 1_000_000,
            max_uncompressed_bytes=self.max_uncompressed_mb * 1024 * 1024,
            timeout_s=self.file_timeout_s,
            timeout_stretch=self.file_timeout_stretch,
            ocr_preset=self.ocr_preset,
        )

    @property
    def cache_dir(self) -> Path:
        return self.workspace / "cache"

    @property
    def packages_dir(self) -> Path:
        return self.workspace / "packages"


def child_environment(**extra: str) -> dict[str, str]:
    """The environment for a child program (pg_dump, soffice, …): this process's, plus `extra`.
    Settings are read here only; adapters pass the rest through unread."""
    return {**os.environ, **extra}


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    return Settings()


def parse_passwords(items: list[str] | None) -> dict[str, str]:
    passwords = {}
    for item in items or []:
        name, sep, secret = item.partition("=")
        if not sep or not name:
            raise ShenbaoError(f"--password 格式应为 文件名=密码：{item.split('=')[0]}=…")
        passwords[name] = secret
    return passwords
