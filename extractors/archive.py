"""Safe unpacking of a zip package into a folder the caller owns.

Applicants zip their packages on Windows with GBK file names; attackers zip `../` paths, absolute
paths, symlinks, ten thousand entries or a bomb. Every such member is skipped and reported; the
rest is extracted. Nothing is ever written outside `dest`.
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


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's real name: zip flag bit 11 marks UTF-8; otherwise Windows tools wrote the
    local code page (GBK for Chinese), which Python decoded as cp437."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
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
        for info in infos:
            name = member_name(info)
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
    return UnpackResult(files=tuple(sorted(files)), skipped=tuple(skipped))


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
