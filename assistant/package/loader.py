"""An application package: a folder or a zip → its files, parsed (cached) and classified.

A zip is unpacked into the workspace under its content hash (never next to the user's file), so
the same zip maps to the same folder on every run and citations point at stable paths. Office
lock files, macOS resource forks and hidden files are not part of a package.
"""

from __future__ import annotations

import hashlib
import time
import zipfile
from pathlib import Path

from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.package.cache import DocumentCache
from assistant.package.classify import classify
from assistant.package.ingest import ParseJob, parse_files
from assistant.package.model import Package, PackageFile
from extractors.archive import ArchiveLimits, unpack_zip
from extractors.model import FileError
from extractors.reader import sha256_file


def _is_package_member(rel: Path) -> bool:
    name = rel.name
    if name.startswith((".", "~$")) or name in ("Thumbs.db", "desktop.ini"):
        return False
    return not any(part.startswith(".") or part == "__MACOSX" for part in rel.parts[:-1])


def resolve_root(source: Path, settings: Settings) -> tuple[Path, tuple[tuple[str, FileError], ...]]:
    if not source.exists():
        raise ShenbaoError(f"申报材料不存在：{source}")
    if source.is_dir():
        return source, ()
    if source.suffix.lower() == ".zip":
        digest = sha256_file(source)
        dest = settings.packages_dir / digest[:16]
        marker = dest / ".unpacked"
        limits = ArchiveLimits(
            max_entries=settings.max_archive_entries,
            max_total_bytes=settings.max_uncompressed_mb * 1024 * 1024,
        )
        try:
            result = unpack_zip(source, dest / "files", limits)
        except (OSError, ValueError, zipfile.BadZipFile) as exc:  # not a zip at all, or truncated
            raise ShenbaoError(f"压缩包无法解压：{source.name}（{exc}）") from exc
        marker.write_text(digest)
        return dest / "files", result.skipped
    raise ShenbaoError(f"申报材料应为文件夹或 .zip：{source}")


def list_members(root: Path) -> list[Path]:
    members = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_symlink():
            continue  # a link may point anywhere; a package is its own files
        if path.is_file() and _is_package_member(rel):
            members.append(path)
    return members


def load_package(
    source: Path,
    settings: Settings,
    *,
    passwords: dict[str, str] | None = None,
    progress=None,
) -> Package:
    started = time.perf_counter()
    root, archive_errors = resolve_root(source, settings)
    passwords = passwords or {}
    jobs = []
    for path in list_members(root):
        rel = path.relative_to(root).as_posix()
        password = passwords.get(rel) or passwords.get(path.name)
        jobs.append(ParseJob(path, rel, settings.read_options(password)))
    cache = DocumentCache(settings.cache_dir)
    outcomes = parse_files(
        jobs, cache, workers=settings.workers, timeout_s=settings.file_timeout_s, progress=progress
    )
    files = tuple(
        PackageFile(
            path=job.display_path,
            document=outcome.document,
            classification=classify(outcome.document),
            cached=outcome.cached,
            parse_seconds=round(outcome.seconds, 3),
        )
        for job, outcome in zip(jobs, outcomes, strict=True)
    )
    identity = "\n".join(f"{f.path}\t{f.document.id}" for f in files)
    return Package(
        id=hashlib.sha256(identity.encode()).hexdigest(),
        source=str(source),
        root=str(root),
        files=files,
        errors=archive_errors,
        seconds=round(time.perf_counter() - started, 3),
    )
