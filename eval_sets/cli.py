"""`shenbao eval`, registered from outside the product through the "shenbao.commands" entry point
(pyproject.toml): the evaluation harness depends on shenbao, never the reverse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.app.cli_common import (
    OutOpt,
    OutputFormat,
    WorkspaceOpt,
    emit,
    settings_for,
)


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        eval_dir: Annotated[Optional[Path], typer.Argument(
            help="标注真值目录（默认：生成集 eval_sets/truth 与独立集 eval_sets/independent/truth 并列评测）")] = None,
        format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
        detail: Annotated[bool, typer.Option("--detail", help="逐指标、逐规则明细")] = False,
        selftest: Annotated[bool, typer.Option("--selftest", help="用真值本身作为输出检验评分器（应为 1.0）")] = False,
        output: OutOpt = None,
        workspace: WorkspaceOpt = None,
    ) -> None:
        """在标注的申报材料上评测预填、证据引用和检查的准确率。"""
        from eval_sets.runner import evaluate, evaluate_sets, report_text
        from eval_sets.truth import LABELLED_SETS

        settings = settings_for(workspace)
        if eval_dir is not None:
            report = evaluate(eval_dir, settings, selftest=selftest)
        else:
            report = evaluate_sets([(name, path) for name, path in LABELLED_SETS if path.is_dir()], settings,
                                   selftest=selftest)
        if format is OutputFormat.json:
            emit(json.dumps(report, ensure_ascii=False, indent=1), output)
        else:
            emit(report_text(report, detail), output)
