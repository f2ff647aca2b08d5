"""The `shenbao` command line (contracts in DESIGN.md): thin wiring, no domain logic.

Exit codes: 0 ok; 1 findings at or above --fail-on; 2 the run itself could not be done. The
project's root error is caught once, here; `--debug` shows the traceback instead. The user's own
mistakes (unknown command or option, bad argument, unwritable -o) are worded in
`assistant.app.cli_errors`. The common options --workspace, --password and --llm are accepted before
the command (`shenbao --workspace W check PKG`) and after it; after it wins.
"""

from __future__ import annotations

import json
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant import __version__
from assistant.app.cli_common import (
    LLM_MODES,
    LlmOpt,
    OutOpt,
    OutputFormat,
    PasswordOpt,
    State,
    WorkspaceOpt,
    emit,
    passwords_for,
    settings_for,
)
from assistant.app.cli_errors import (
    PROG,
    OutputNotWritable,
    ShenbaoGroup,
    UsageMistake,
    prepare_dir,
    prepare_file,
    usage_message,
    writing,
)
from assistant.app.store_cli import store_app
from assistant.core.errors import ShenbaoError

app = typer.Typer(
    cls=ShenbaoGroup,
    add_completion=False,
    no_args_is_help=True,
    help="shenbao 申报 —— 上海市工业互联网平台应用水平评价申报材料助手（离线优先）",
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"shenbao {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="出错时显示完整堆栈")] = False,
    version: Annotated[bool, typer.Option("--version", help="显示版本", is_eager=True, callback=_print_version)] = False,
    workspace: WorkspaceOpt = None,
    password: PasswordOpt = None,
    llm: LlmOpt = None,
) -> None:
    State.debug = debug
    State.workspace, State.passwords, State.llm = workspace, list(password or []), llm
    if llm is not None and llm not in LLM_MODES:
        raise UsageMistake(f"参数错误：--llm 只能是 {'、'.join(LLM_MODES)}，收到 {llm}")
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@app.command()
def ingest(
    package: Annotated[Path, typer.Argument(help="申报材料文件夹或 .zip")],
    format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
    output: OutOpt = None,
    workspace: WorkspaceOpt = None,
    password: PasswordOpt = None,
    llm: LlmOpt = None,
) -> None:
    """读取并解析申报材料：文档、页、文字块、表格、OCR 标记、逐文件错误。"""
    from assistant.package.loader import load_package
    from assistant.reports.ingest_report import ingest_json, ingest_text

    settings = settings_for(workspace, llm)
    prepare_file(output)
    pkg = load_package(package, settings, passwords=passwords_for(password))
    text = ingest_json(pkg) if format is OutputFormat.json else ingest_text(pkg)
    emit(text, output)


class PrefillFormat(str, Enum):
    json = "json"
    xlsx = "xlsx"
    docx = "docx"


@app.command()
def prefill(
    package: Annotated[Path, typer.Argument(help="申报材料文件夹或 .zip")],
    format: Annotated[PrefillFormat, typer.Option("--format")] = PrefillFormat.json,
    output: OutOpt = None,
    workspace: WorkspaceOpt = None,
    password: PasswordOpt = None,
    llm: LlmOpt = None,
) -> None:
    """预填附件4 平台基本情况汇总表（每个单元格注明来源文件与页码，并列出证明材料中的对应数据）。"""
    from assistant.app.review_run import run_review
    from assistant.reports import prefill_report
    from assistant.reports.outputs import summary_title
    from assistant.reports.prefill_document import prefill_document

    settings = settings_for(workspace, llm)
    if format is not PrefillFormat.json and output is None:
        raise UsageMistake(f"参数错误：--format {format.value} 需要用 -o 指定输出文件，例如 -o 汇总表.{format.value}")
    prepare_file(output)
    # The same review as `review` runs (evidence beside each row), so the two never differ.
    review = run_review(package, settings, passwords_for(password))
    if format is PrefillFormat.json:
        emit(json.dumps(prefill_document(review), ensure_ascii=False, indent=1), output)
        return
    writer = prefill_report.write_xlsx if format is PrefillFormat.xlsx else prefill_report.write_docx
    with writing(output):
        writer(review.rows, output, summary_title(review))
    typer.echo(f"已写入 {output}")


class CheckFormat(str, Enum):
    json = "json"
    md = "md"
    html = "html"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"


@app.command()
def check(
    package: Annotated[Path, typer.Argument(help="申报材料文件夹或 .zip")],
    format: Annotated[CheckFormat, typer.Option("--format")] = CheckFormat.json,
    output: OutOpt = None,
    fail_on: Annotated[Optional[FailOn], typer.Option("--fail-on", help="存在该级别及以上问题时退出码为 1")] = None,
    workspace: WorkspaceOpt = None,
    password: PasswordOpt = None,
    llm: LlmOpt = None,
) -> None:
    """检查一致性与完整性：每条规则说明原因并注明双方出处。"""
    from assistant.app.review_run import run_review
    from assistant.reports.check_report import check_json, exit_code, package_errors
    from assistant.reports.outputs import review_html, review_markdown

    settings = settings_for(workspace, llm)
    passwords = passwords_for(password)
    prepare_file(output)
    review = run_review(package, settings, passwords)
    if format is CheckFormat.json:
        emit(check_json(review.findings, package_errors(review.package)), output)
    elif format is CheckFormat.md:
        emit(review_markdown(review), output)
    else:
        emit(review_html(review, settings=settings, passwords=passwords), output)
    code = exit_code(review.findings, fail_on.value if fail_on else None)
    if code:
        raise typer.Exit(code)


@app.command()
def review(
    package: Annotated[Path, typer.Argument(help="申报材料文件夹或 .zip")],
    outdir: Annotated[Path, typer.Option("-o", "--output", help="输出目录")],
    workspace: WorkspaceOpt = None,
    password: PasswordOpt = None,
    llm: LlmOpt = None,
) -> None:
    """一次完成：解析、预填汇总表、证据、检查，写出 JSON/XLSX/DOCX/HTML/Markdown。"""
    from assistant.app.review_run import run_review
    from assistant.core.findings import SEVERITY_ZH
    from assistant.reports.outputs import write_review

    settings = settings_for(workspace, llm)
    passwords = passwords_for(password)
    prepare_dir(outdir)
    result = run_review(package, settings, passwords, events=_print_progress)
    with writing(outdir, "-o 指定的输出目录"):
        written = write_review(result, outdir, settings=settings, passwords=passwords)
    counts = {level: sum(1 for f in result.findings if f.severity == level) for level in SEVERITY_ZH}
    found = sum(1 for r in result.rows if r.status != "missing")
    typer.echo(f"已审阅 {package}：{len(result.package.files)} 个文件，汇总表 {found}/{len(result.rows)} 行已填，"
               + "，".join(f"{SEVERITY_ZH[k]} {v} 条" for k, v in counts.items()))
    for name, path in written.items():
        typer.echo(f"  {name}: {path}")


_STAGES_ZH = {"parse": "解析文件（文字先行，扫描件随后 OCR）", "evidence": "证据抽取", "checks": "一致性检查",
              "done": "完成"}
_DECLARED_SHOWN = 12


def progress_lines(event) -> list[str]:
    """What `review` prints to stderr for one staged event (stdout and the outputs unchanged)."""
    from assistant.app.review_run import (
        DeclaredValues,
        EvidenceRead,
        FileParsed,
        StageStarted,
    )
    from assistant.package.model import ROLE_LABELS

    if isinstance(event, StageStarted):
        return [f"[{event.elapsed:6.1f}s] 阶段：{_STAGES_ZH.get(event.stage, event.stage)}"]
    if isinstance(event, FileParsed):
        how = "缓存" if event.cached else (f"OCR {event.ocr_pages} 页，" if event.ocr_pages else "") + f"{event.seconds:.1f} 秒"
        left = f"，预计还需 {_duration(event.remaining_seconds)}" if event.files_done < event.files_total else ""
        return [f"[{event.elapsed:6.1f}s] 解析 {event.files_done}/{event.files_total} 个文件，"
                f"{event.pages_done}/{event.pages_total} 页{left}：{event.path}（{event.pages} 页，{how}；"
                f"{ROLE_LABELS[event.role]}）"]
    if isinstance(event, DeclaredValues):
        found = [r for r in event.rows if r.status != "missing"]
        lines = [f"[{event.elapsed:6.1f}s] 申报值已读出（{'、'.join(event.files)}）：汇总表 {len(found)}/{len(event.rows)} 行"
                 + (f"；优先识别证明资料所列的 {len(event.preferred)} 个文件" if event.preferred else "")]
        lines += [f"    {r.label}：{r.value[:60]}" for r in found[:_DECLARED_SHOWN]]
        if len(found) > _DECLARED_SHOWN:
            lines.append(f"    …其余 {len(found) - _DECLARED_SHOWN} 行见输出文件")
        return lines
    if isinstance(event, EvidenceRead):
        labels = "、".join(dict.fromkeys(v.label for v in event.values if getattr(v, "label", "")))
        return [f"[{event.elapsed:6.1f}s] 证据：{event.path} 读出 {len(event.values)} 个数值"
                + (f"（{labels[:80]}）" if labels else "")]
    return []


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} 秒"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} 分 {rest} 秒"


def _print_progress(event) -> None:
    for line in progress_lines(event):
        typer.echo(line, err=True)


@app.command()
def ask(
    package: Annotated[Path, typer.Argument(help="申报材料文件夹或 .zip")],
    question: Annotated[str, typer.Argument(help="问题，例如：该平台2023年研发投入强度是多少？证据在哪一页？")],
    format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
    output: OutOpt = None,
    workspace: WorkspaceOpt = None,
    password: PasswordOpt = None,
    llm: LlmOpt = None,
) -> None:
    """就申报材料提问，回答附带出处（文件与页码）。"""
    from assistant.app.ask import answer, answer_json, answer_text
    from assistant.catalog.notice import load_catalog, search_terms
    from assistant.checks import run_checks
    from assistant.evidence.extractor import OfflineExtractor
    from assistant.package.loader import load_package
    from assistant.retrieval.index import EvidenceIndex
    from assistant.review.build import build_review

    settings = settings_for(workspace, llm)
    prepare_file(output)
    pkg = load_package(package, settings, passwords=passwords_for(password))
    # The review uses the offline evidence; a configured model only writes the answer (running the
    # LLM extraction for every field first would cost a call per indicator).
    review_ = build_review(pkg, evidence=OfflineExtractor().extract, checks=run_checks)
    index = EvidenceIndex(settings, search_terms(load_catalog()))
    index.index_package(pkg)
    result = answer(review_, question, settings=settings, index=index)
    if format is OutputFormat.json:
        emit(json.dumps(answer_json(result), ensure_ascii=False, indent=1), output)
    else:
        emit(answer_text(result), output)


@app.command()
def batch(
    folder: Annotated[Path, typer.Argument(help="包含多份申报材料（子文件夹或 .zip）的目录")],
    outdir: Annotated[Path, typer.Option("-o", "--output", help="输出目录")],
    workspace: WorkspaceOpt = None,
    llm: LlmOpt = None,
) -> None:
    """评价工作组：批量审阅多份申报材料，输出总览表与全部汇总表。"""
    from assistant.app.batch import find_packages, review_batch

    settings = settings_for(workspace, llm)
    if not folder.is_dir():
        raise ShenbaoError(f"批量审阅需要一个目录：{folder}")
    packages = find_packages(folder)
    if not packages:
        raise ShenbaoError(f"目录中没有申报材料（子文件夹或 .zip）：{folder}")
    prepare_dir(outdir)

    def progress(number, total, entry):
        typer.echo(f"[{number}/{total}] {Path(entry.package).name}：错误 {entry.errors}，警告 {entry.warnings}，"
                   f"用时 {entry.seconds:.1f} 秒")

    entries = review_batch(packages, outdir, settings, progress)
    failed = [e for e in entries if e.failure]
    typer.echo(f"完成 {len(entries) - len(failed)}/{len(entries)} 份；总览：{outdir / '总览.xlsx'}；"
               f"全部汇总表：{outdir / '全部汇总表.zip'}")
    for entry in failed:
        typer.echo(f"  未能审阅 {entry.package}：{entry.failure}")


@app.command()
def ui(
    package: Annotated[Optional[Path], typer.Argument(help="启动时载入的申报材料（默认：内置示例）")] = None,
    port: Annotated[Optional[int], typer.Option("--port", help="端口（默认 8501）")] = None,
    host: Annotated[Optional[str], typer.Option("--host", help="监听地址（默认 127.0.0.1，仅本机可访问）")] = None,
    workspace: WorkspaceOpt = None,
    llm: LlmOpt = None,
) -> None:
    """打开 Streamlit 评审工作台（浏览器访问）。"""
    from assistant.app.workspace_server import launch

    settings = settings_for(workspace, llm)
    code = launch(settings, host or settings.ui_host, port or settings.ui_port, package=package)
    if code:  # the server failed or was killed: a signal shows as 128 + its number, as in a shell
        raise typer.Exit(code if code > 0 else 128 - code)


@app.command()
def catalog(
    format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
    output: OutOpt = None,
) -> None:
    """打印指标目录（附件2 全部字段、附件4 各行、附录A–F、附件6 平台名单）。"""
    from assistant.catalog.notice import load_catalog
    from assistant.reports.catalog_report import catalog_text

    cat = load_catalog()
    if format is OutputFormat.json:
        emit(json.dumps(json.loads(cat.model_dump_json()), ensure_ascii=False, indent=1), output)
    else:
        emit(catalog_text(cat), output)


app.add_typer(store_app, name="store")  # shenbao store upgrade | check | backup | restore


def _register_plugins() -> None:
    """Commands that live outside the product register through the "shenbao.commands" entry
    point (`eval` from `eval_sets`: the evaluation depends on the product, never the reverse)."""
    from importlib.metadata import entry_points

    for entry in entry_points(group="shenbao.commands"):
        try:
            entry.load()(app)
        except ImportError:  # its package is not installed with this copy
            continue


_register_plugins()


def main() -> None:
    try:
        # Without standalone mode click returns the code of a typer.Exit instead of exiting.
        code = app(prog_name=PROG, standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except (UsageMistake, OutputNotWritable) as exc:  # the user's to fix: the message says how
        typer.echo(str(exc), err=True)
        sys.exit(2)
    except ShenbaoError as exc:
        if State.debug:
            raise
        typer.echo(f"错误：{exc}", err=True)
        sys.exit(2)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", getattr(exc, "code", 0))
        sys.exit(code or 0)
    except typer.Abort:  # Ctrl-C or end of input
        typer.echo("已中断", err=True)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - click usage errors and the unexpected
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `shenbao`: the help text
            exc.show()
            sys.exit(2)
        message = usage_message(exc)
        if message is not None:
            typer.echo(message, err=True)
            sys.exit(2)
        if State.debug:
            raise
        typer.echo(f"内部错误：{type(exc).__name__}: {exc}（使用 --debug 查看详情）", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
