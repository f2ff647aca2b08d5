"""What every `shenbao` command shares: the output formats, the common options (accepted before the
command and after it), the settings they make, and writing a result to stdout or a file.

Used by `assistant.app.cli` and by commands registered from outside the product (the `eval`
command of `eval_sets`, through the "shenbao.commands" entry point).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.app.cli_errors import UsageMistake, writing
from assistant.core.settings import Settings, parse_passwords


class OutputFormat(str, Enum):
    json = "json"
    text = "text"


class State:
    debug = False
    # the common options given before the command
    workspace: Path | None = None
    passwords: list[str] = []
    llm: str | None = None


WorkspaceOpt = Annotated[
    Optional[Path], typer.Option("--workspace", help="工作目录（缓存、索引、评审记录）")
]
PasswordOpt = Annotated[
    Optional[list[str]], typer.Option("--password", help="加密文件密码，格式 文件名=密码，可重复")
]
LlmOpt = Annotated[Optional[str], typer.Option("--llm", help="none | openai | ollama（默认 none，离线）")]
LLM_MODES = ("none", "openai", "ollama")
OutOpt = Annotated[Optional[Path], typer.Option("-o", "--output", help="写入文件而非标准输出")]


def settings_for(workspace: Path | None, llm: str | None = None) -> Settings:
    workspace = workspace if workspace is not None else State.workspace
    llm = llm or State.llm or "none"
    overrides: dict = {}
    if workspace is not None:
        overrides["workspace"] = workspace
    if llm not in LLM_MODES:
        raise UsageMistake(f"参数错误：--llm 只能是 {'、'.join(LLM_MODES)}，收到 {llm}")
    if llm != "none":
        overrides["llm"] = llm
    return Settings(**overrides)


def passwords_for(items: list[str] | None) -> dict[str, str]:
    """The --password values given before the command, then after it (later ones win)."""
    return parse_passwords([*State.passwords, *(items or [])])


def emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        with writing(output):
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
