"""Safe unpacking of a zip package into a folder the caller owns.

Names: a zip flags UTF-8 names (bit 11), but many tools write UTF-8 without the flag (Linux
`zip`, macOS Archive Utility) and Windows tools write the local code page (GBK for Chinese); the
zip format's default is CP437. Unflagged names are read as UTF-8 when every one of them decodes
as UTF-8, else as GB18030 when they decode and read as Chinese, else as CP437 (`member_names`).

Attackers zip `../` paths, absolute paths, symlinks, ten thousand entries or a bomb. Every such
member is skipped and reported; the rest is extracted. Nothing is ever written outside `dest`,
and `dest` ends up holding exactly the archive's files (an earlier unpack under other names,
say garbled ones, leaves nothing behind).
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from pydantic import BaseModel, ConfigDict

from extractors.errors import file_error
from extractors.model import ErrorCode, FileError

_JUNK_PARTS = {"__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini"}


class ArchiveLimits(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    max_entries: int = 5000
    max_total_bytes: int = 500 * 1024 * 1024
    max_ratio: float = 200.0  # uncompressed / compressed per member: beyond this it is a bomb


class UnpackResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    files: tuple[str, ...]  # relative POSIX paths under dest
    skipped: tuple[tuple[str, FileError], ...] = ()


_UTF8_FLAG = 0x800
_CHINESE_SHARE = 0.5  # of the non-ASCII characters a GB18030 reading must find in GB2312


def _raw(info: zipfile.ZipInfo) -> bytes | None:
    """The bytes of an unflagged name (Python decoded them as CP437); None for a UTF-8 one."""
    if info.flag_bits & _UTF8_FLAG:
        return None
    try:
        return info.filename.encode("cp437")
    except UnicodeEncodeError:  # not a name zipfile read from bytes
        return None


def _reads_as_chinese(names: list[str]) -> bool:
    """A GB18030 reading of CP437 bytes (say "Übersicht.pdf") decodes, but into rare characters
    outside GB2312 (歜ersicht.pdf); real Chinese names are mostly GB2312."""
    wide = [c for name in names for c in name if ord(c) > 0x7F]
    if not wide:
        return True
    common = sum(1 for c in wide if _in_gb2312(c))
    return common / len(wide) >= _CHINESE_SHARE


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _decoded(raws: list[bytes], encoding: str) -> list[str] | None:
    try:
        names = [raw.decode(encoding) for raw in raws]
    except UnicodeDecodeError:
        return None
    return names if encoding != "gb18030" or _reads_as_chinese(names) else None


def member_names(infos: list[zipfile.ZipInfo]) -> list[str]:
    """The real names of an archive's members. One tool wrote every name of an archive, so the
    encoding of the unflagged names is decided for all of them together: UTF-8 when all decode
    as UTF-8, else GB18030 when all decode and read as Chinese; otherwise name by name."""
    raws = [_raw(info) for info in infos]
    unflagged = [raw for raw in raws if raw is not None]
    for encoding in ("utf-8", "gb18030"):
        decoded = _decoded(unflagged, encoding)
        if decoded is not None:
            names = iter(decoded)
            return [info.filename if raw is None else next(names) for info, raw in zip(infos, raws, strict=True)]
    return [member_name(info) for info in infos]


def member_name(info: zipfile.ZipInfo) -> str:
    """One member's real name on its own: UTF-8 if flagged or if it decodes so, else GB18030 if
    it reads as Chinese, else the CP437 name zipfile gave (the zip format's default)."""
    raw = _raw(info)
    if raw is None:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        decoded = _decoded([raw], encoding)
        if decoded is not None:
            return decoded[0]
    return info.filename


def _safe_relative(name: str) -> PurePosixPath | None:
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        return None
    return PurePosixPath(*parts)


def unpack_zip(archive_path: Path, dest: Path, limits: ArchiveLimits | None = None) -> UnpackResult:
    limits = limits or ArchiveLimits()
    dest.mkdir(parents=True, exist_ok=True)
    root = dest.resolve()
    files: list[str] = []
    skipped: list[tuple[str, FileError]] = []
    total = 0
    with zipfile.ZipFile(archive_path) as archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            detail = f"{len(infos)} 个条目，超过上限 {limits.max_entries}，仅解压前 {limits.max_entries} 个"
            skipped.append(("*", file_error(ErrorCode.archive_unsafe, detail, fatal=False)))
            infos = infos[: limits.max_entries]
        for info, name in zip(infos, member_names(infos), strict=True):
            if info.is_dir() or any(part in _JUNK_PARTS for part in name.split("/")):
                continue
            rel = _safe_relative(name)
            if rel is None:
                skipped.append((name, file_error(ErrorCode.archive_unsafe, f"不安全的路径 {name}")))
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                skipped.append((name, file_error(ErrorCode.archive_unsafe, f"符号链接 {name}")))
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1_000_000 and ratio > limits.max_ratio:
                detail = f"{name} 压缩比 {ratio:.0f}:1（疑似压缩炸弹）"
                skipped.append((name, file_error(ErrorCode.archive_unsafe, detail)))
                continue
            if total + info.file_size > limits.max_total_bytes:
                skipped.append((name, file_error(ErrorCode.too_large, f"{name} 解压总量超限")))
                continue
            target = (root / rel).resolve()
            if not target.is_relative_to(root):
                skipped.append((name, file_error(ErrorCode.archive_unsafe, f"路径越界 {name}")))
                continue
            if info.flag_bits & 0x1:
                skipped.append((name, file_error(ErrorCode.encrypted, f"压缩包内的加密条目 {name}")))
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                written = _copy_bounded(archive, info, target, limits.max_total_bytes - total)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
                # A header that lies about the size fails the CRC; one bad member must not sink
                # the package (tests/hostile: liar.pdf raised out of unpack_zip).
                target.unlink(missing_ok=True)
                detail = f"{name} 解压失败（{type(exc).__name__}，内容与声明不符或已损坏）"
                skipped.append((name, file_error(ErrorCode.corrupt, detail)))
                continue
            if written is None:
                target.unlink(missing_ok=True)
                skipped.append((name, file_error(ErrorCode.too_large, f"{name} 实际解压量超限")))
                continue
            total += written
            files.append(rel.as_posix())
    _remove_others(root, set(files))
    return UnpackResult(files=tuple(sorted(files)), skipped=tuple(skipped))


def _remove_others(root: Path, kept: set[str]) -> None:
    """Files under `root` that this unpack did not write: left by an earlier unpack of the same
    archive that named its members differently (before UTF-8 names without the flag were read
    as UTF-8, they were garbled), they would join the package as duplicates."""
    for path in sorted(root.rglob("*"), reverse=True):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink() or path.is_file():
            if rel not in kept:
                path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def _copy_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: int):
    """Copy one member, stopping if it inflates beyond what its header declared or the budget
    (a lying header is the classic bomb)."""
    limit = min(budget, info.file_size)
    written = 0
    with archive.open(info) as source, target.open("wb") as sink:
        while chunk := source.read(1 << 20):
            written += len(chunk)
            if written > limit:
                return None
            sink.write(chunk)
    return written
