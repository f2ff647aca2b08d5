"""`shenbao store …`: the review store for whoever runs the deployment — bring its schema up to
date, check it, back it up, restore a backup. Thin wiring over `assistant.store`; the backend is
the one the settings name (SHENBAO_DATABASE_URL, else the workspace's SQLite file).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from assistant.app.cli_common import WorkspaceOpt, settings_for
from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.store.interface import ReviewStore
from assistant.store.migrate import HEAD
from assistant.store.opener import open_review_store, sqlite_path, store_backend

store_app = typer.Typer(help="评审记录库：升级结构、检查完整性、备份与恢复", no_args_is_help=True)


def _existing_store(settings: Settings) -> ReviewStore:
    """The configured store; a SQLite file that is not there is an error, not a new empty store
    (a mistyped --workspace must not look like a sound, empty store)."""
    if store_backend(settings) == "sqlite" and not sqlite_path(settings).exists():
        raise ShenbaoError(f"找不到评审记录库 {sqlite_path(settings)}：请检查 --workspace 或 SHENBAO_DATABASE_URL")
    return open_review_store(settings)


@store_app.command("upgrade")
def upgrade(workspace: WorkspaceOpt = None) -> None:
    """把评审记录库升级到本版本的结构（每次打开时也会自动升级；已是最新则不作改动）。"""
    with open_review_store(settings_for(workspace)) as store:
        done = store.schema_upgrade
        if done is not None and done.before is None:
            typer.echo(f"评审记录库 {store.location}：已新建（结构版本 {done.after}）")
        elif done is not None and done.changed:
            typer.echo(f"评审记录库 {store.location}：结构版本 {done.before} → {done.after}，已有记录全部保留")
        else:
            typer.echo(f"评审记录库 {store.location}：已是最新结构（版本 {HEAD}），未作改动")


@store_app.command("check")
def check(workspace: WorkspaceOpt = None) -> None:
    """检查评审记录库：审计链、版本连续、当前决定、数据库触发器。有问题时退出码为 1。"""
    with _existing_store(settings_for(workspace)) as store:
        problems = store.check_integrity()
        packages = store.packages()
        decisions = sum(len(store.history(p.package_id)) for p in packages)
    if problems:
        typer.echo(f"评审记录库 {store.location} 发现 {len(problems)} 个问题：")
        for problem in problems:
            typer.echo(f"  - {problem}")
        raise typer.Exit(1)
    typer.echo(f"评审记录库 {store.location} 完好（{len(packages)} 个申报包，{decisions} 条审计记录，审计链完整）")


@store_app.command("backup")
def backup(dest: Annotated[Path, typer.Argument(help="备份文件（SQLite：数据库文件；PostgreSQL：pg_dump 自定义格式）")],
           workspace: WorkspaceOpt = None) -> None:
    """在线备份评审记录库（评审可继续进行）。"""
    with _existing_store(settings_for(workspace)) as store:
        written = store.backup(dest)
    typer.echo(f"已备份到 {written}")


@store_app.command("restore")
def restore(backup_file: Annotated[Path, typer.Argument(help="shenbao store backup 写出的备份文件")],
            workspace: WorkspaceOpt = None) -> None:
    """从备份恢复评审记录库。SQLite：替换工作目录中的库文件（原文件改名保留），请先关闭所有评审会话；
    PostgreSQL：恢复到 SHENBAO_DATABASE_URL 指向的新建空数据库（不会覆盖已有数据）。"""
    settings = settings_for(workspace)
    if not backup_file.is_file():
        raise ShenbaoError(f"找不到备份文件：{backup_file}")
    if store_backend(settings) == "postgresql":
        from assistant.store.postgres import describe, postgres_url, restore_dump

        problems = restore_dump(settings.database_url, backup_file)
        where = describe(postgres_url(settings.database_url))
        if problems:
            typer.echo(f"已从 {backup_file} 恢复到 {where}，但检查发现 {len(problems)} 个问题：")
            for problem in problems:
                typer.echo(f"  - {problem}")
            raise typer.Exit(1)
        typer.echo(f"已从 {backup_file} 恢复评审记录库到 {where}，检查完好")
        return
    from assistant.store.sqlite import restore_backup

    path = sqlite_path(settings)
    aside = restore_backup(backup_file, path)
    kept = f"；原评审记录库已改名保留为 {aside}" if aside else ""
    typer.echo(f"已从 {backup_file} 恢复评审记录库 {path}，检查完好{kept}")
