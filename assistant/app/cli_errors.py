"""The user's own mistakes on the command line, said in Chinese with the fix (exit code 2).

A mistyped command, an unknown option, a missing or invalid argument and an output path that
cannot be written are the user's to fix, not internal errors: the message names the command,
option or path, suggests what to type (the closest command, the valid options, `--help`) and
never shows a Python exception name. Owns wording only; `assistant.app.cli` decides when to say it.
"""

from __future__ import annotations

import difflib
import errno
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from typer.core import TyperGroup

from assistant.core.errors import ShenbaoError

PROG = "shenbao"


class UsageMistake(ShenbaoError):
    """Bad arguments: printed as is (it starts with 参数错误), exit code 2."""


class OutputNotWritable(ShenbaoError):
    """The -o path cannot be written: printed as is (it starts with 无法写入), exit code 2."""


class ShenbaoGroup(TyperGroup):
    """The command group, with a mistyped command answered by the closest real one."""

    def resolve_command(self, ctx, args):
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            commands = self.list_commands(ctx)
            close = difflib.get_close_matches(name, commands, n=1, cutoff=0.5)
            hint = f"是否想用 {PROG} {close[0]}？" if close else ""
            raise UsageMistake(f"参数错误：没有命令 {name}。{hint}可用命令：{'、'.join(commands)}；"
                               f"详见 {PROG} --help")
        return super().resolve_command(ctx, args)


def _names(exc: BaseException) -> set[str]:
    # Typer ships its own copy of click, so its exceptions are recognised by class name, not identity.
    return {cls.__name__ for cls in type(exc).__mro__}


def _command_path(exc: BaseException) -> str:
    ctx = getattr(exc, "ctx", None)
    return ctx.command_path if ctx is not None else PROG


def _option_list(exc: BaseException) -> str:
    ctx = getattr(exc, "ctx", None)
    if ctx is None:
        return ""
    options = ["/".join(p.opts) for p in ctx.command.get_params(ctx) if getattr(p, "param_type_name", "") == "option"]
    return f"可用选项：{'、'.join(options)}；" if options else ""


def _param_name(param) -> str:
    if param is None:
        return "参数"
    if getattr(param, "param_type_name", "") == "argument":
        return (param.metavar or param.name or "参数").upper()
    return "/".join(param.opts)


def usage_message(exc: BaseException) -> str | None:
    """The Chinese message for a click/typer usage error, or None when `exc` is not one."""
    names = _names(exc)
    if "UsageError" not in names:
        return None
    command = _command_path(exc)
    help_hint = f"详见 {command} --help"
    if "NoSuchOption" in names:
        close = [p for p in (getattr(exc, "possibilities", None) or []) if p]
        hint = f"是否想用 {'、'.join(sorted(close))}？" if close else ""
        return f"参数错误：{command} 没有选项 {exc.option_name}。{hint}{_option_list(exc)}{help_hint}"
    param = getattr(exc, "param", None)
    if "MissingParameter" in names:
        what = getattr(param, "help", None) or ""
        return f"参数错误：{command} 缺少 {_param_name(param)}" + (f"（{what}）" if what else "") + f"。{help_hint}"
    if "BadParameter" in names:
        detail = re.sub(r"^Value error,\s*", "", str(getattr(exc, "message", "")))
        choice = _NOT_ONE_OF.search(detail)
        if choice:
            allowed = "、".join(re.findall(r"'([^']*)'", choice["choices"]))
            return f"参数错误：{_param_name(param)} 只能是 {allowed}，收到 {choice['value']}。{help_hint}"
        return f"参数错误：{_param_name(param)} 的值无效：{detail}。{help_hint}"
    extra = _EXTRA.search(exc.format_message())
    if extra:
        return f"参数错误：{command} 收到多余的参数 {extra['args']}（含空格的值请加引号）。{help_hint}"
    return f"参数错误：{exc.format_message()}。{help_hint}"


# click's English wording, matched to say the same in Chinese (unmatched text is shown as is).
_NOT_ONE_OF = re.compile(r"'(?P<value>[^']*)' is not one of (?P<choices>.+?)\.?$")
_EXTRA = re.compile(r"unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)")


_REASONS = {
    errno.ENOENT: "上级目录不存在且无法创建",
    errno.EACCES: "没有写权限",
    errno.EPERM: "没有写权限",
    errno.EISDIR: "这是一个已存在的目录，请给出文件名",
    errno.ENOTDIR: "路径中有一段是文件而不是目录",
    errno.EEXIST: "路径中有一段是文件而不是目录",
    errno.EROFS: "文件系统只读",
    errno.ENOSPC: "磁盘空间不足",
}


@contextmanager
def writing(path: Path, what: str = "-o 指定的") -> Iterator[None]:
    """Turns an OSError while writing `path` into OutputNotWritable naming the path and the fix."""
    try:
        yield
    except OSError as exc:
        reason = _REASONS.get(exc.errno, exc.strerror or "写入失败")
        raise OutputNotWritable(f"无法写入 {path}：{reason}。请检查 {what}路径，或换一个可写的位置") from exc


def prepare_file(path: Path | None) -> None:
    """Fails before any work when the output file cannot be created (its folder is made here)."""
    if path is None:
        return
    with writing(path):
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.touch()
            path.unlink()
        elif not path.is_file() or not _writable(path):
            raise PermissionError(errno.EACCES, "not writable", str(path))


def prepare_dir(path: Path) -> None:
    with writing(path, "-o 指定的输出目录"):
        if path.exists() and not path.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a directory", str(path))
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".shenbao-write-test"
        probe.touch()
        probe.unlink()


def _writable(path: Path) -> bool:
    try:
        with path.open("ab"):
            return True
    except OSError:
        return False
