"""An application package: a folder or a zip → its files, parsed (cached) and classified.

A zip is unpacked into the workspace under its content hash (never next to the user's file), so
the same zip maps to the same folder on every run and citations point at stable paths. Office
lock files, macOS resource forks and hidden files are not part of a package. A zip inside the
package (「证明材料.zip」, as applicants pack their evidence) is unpacked the same way and its files
are members named under it, `证明材料.zip/01 财务/审计报告.pdf`: a reviewer cites them so.

The order of the parse serves the reviewer: files with text first (Word and Excel, smallest
first, a name with 申报表 before the rest, as a weak hint only for the order), then text PDFs,
then scans and pictures (OCR), so the declared values can be shown while scans are still read;
the caller may reorder the rest on the way (`on_start` hands it the `ParseQueue`). Word files are
rendered for page numbers by one long-lived LibreOffice (`extractors.office_server`) in a thread
of this process, alongside the parse; a short Word file's parse waits for its rendering, a long
one's runs when it is ready. The converter is stopped when the parse ends, whatever happens.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.package.binder import link_volumes, with_parts
from assistant.package.cache import DocumentCache, cache_key
from assistant.package.classify import classify
from assistant.package.ingest import ParseJob, ParseQueue, parse_files
from assistant.package.model import Package, PackageFile
from extractors.archive import ArchiveLimits, unpack_zip
from extractors.docx_render import find_soffice, prerender
from extractors.model import FileError
from extractors.office_server import OfficeConverter
from extractors.probe import FileProbe, probe
from extractors.reader import sha256_file

log = logging.getLogger(__name__)

_TEXT_FORMATS = ("docx", "xlsx", "csv", "text")
# Word files up to this many (estimated) pages are forms worth waiting for; longer ones (the
# 申报书) render while other files are parsed.
_HOLD_MAX_PAGES = 40


def _is_package_member(rel: Path) -> bool:
    name = rel.name
    if name.startswith((".", "~$")) or name in ("Thumbs.db", "desktop.ini"):
        return False
    return not any(part.startswith(".") or part == "__MACOSX" for part in rel.parts[:-1])


def _unpack(archive: Path, settings: Settings) -> tuple[Path, tuple[tuple[str, FileError], ...]]:
    """A zip unpacked into the workspace under its content hash → (its folder, skipped members)."""
    digest = sha256_file(archive)
    dest = settings.packages_dir / digest[:16]
    limits = ArchiveLimits(
        max_entries=settings.max_archive_entries,
        max_total_bytes=settings.max_uncompressed_mb * 1024 * 1024,
    )
    result = unpack_zip(archive, dest / "files", limits)
    (dest / ".unpacked").write_text(digest)
    return dest / "files", result.skipped


def resolve_root(source: Path, settings: Settings) -> tuple[Path, tuple[tuple[str, FileError], ...]]:
    if not source.exists():
        raise ShenbaoError(f"申报材料不存在：{source}")
    if source.is_dir():
        return source, ()
    if source.suffix.lower() == ".zip":
        try:
            return _unpack(source, settings)
        except (OSError, ValueError, zipfile.BadZipFile) as exc:  # not a zip at all, or truncated
            raise ShenbaoError(f"压缩包无法解压：{source.name}（{exc}）") from exc
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


_NESTED_DEPTH = 2  # a zip in the package, and a zip in that one; deeper ones stay files


def package_members(root: Path, settings: Settings, depth: int = 0
                    ) -> tuple[list[tuple[Path, str]], tuple[tuple[str, FileError], ...]]:
    """(file on disk, the name a reviewer cites) for every member, a nested zip's files named
    under the zip's own path; and the members an archive skipped. A zip that does not unpack
    stays a member (its parse says why)."""
    members: list[tuple[Path, str]] = []
    skipped: list[tuple[str, FileError]] = []
    for path in list_members(root):
        rel = path.relative_to(root).as_posix()
        if depth < _NESTED_DEPTH and path.suffix.lower() == ".zip" and zipfile.is_zipfile(path):
            try:
                inner_root, inner_skipped = _unpack(path, settings)
            except (OSError, ValueError, zipfile.BadZipFile) as exc:
                log.warning("nested zip %s does not unpack: %s", rel, exc)
            else:
                inner, deeper = package_members(inner_root, settings, depth + 1)
                members += [(file, f"{rel}/{name}") for file, name in inner]
                skipped += [(f"{rel}/{name}", error) for name, error in (*inner_skipped, *deeper)]
                continue
        members.append((path, rel))
    return members, tuple(skipped)


def parse_order(jobs: list[ParseJob], probes: dict[str, FileProbe]) -> list[str]:
    """Display paths in the order they are parsed: text formats (申报表 by name first, then by
    size), text PDFs, then what needs OCR; by path within each group."""
    def rank(job: ParseJob) -> tuple:
        found = probes[job.display_path]
        name = job.display_path.rsplit("/", 1)[-1]
        if found.format in _TEXT_FORMATS:
            return (0, "申报表" not in name, found.size, job.display_path)
        return (1 if found.text_layer else 2, False, 0, job.display_path)

    return [job.display_path for job in sorted(jobs, key=rank)]


class _Prerenderer:
    """Renders the package's Word files, in parse order, through one LibreOffice in a thread;
    each file's gate opens when its rendering is in the cache (or failed: the parse then tries
    its own soffice)."""

    def __init__(self, jobs: list[ParseJob], order: list[str], probes: dict[str, FileProbe], soffice: str,
                 cache: DocumentCache):
        by_path = {job.display_path: job for job in jobs}
        self.jobs = [by_path[p] for p in order if probes[p].format == "docx" and by_path[p].options.render_docx
                     and by_path[p].options.cache_dir is not None and not _parsed(by_path[p], cache)]
        self.gates = {job.display_path: threading.Event() for job in self.jobs}
        self.hold = [job.display_path for job in self.jobs if probes[job.display_path].pages <= _HOLD_MAX_PAGES]
        self.converter = OfficeConverter(soffice)
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self._run, name="shenbao-prerender", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            for job in self.jobs:
                if self._cancelled.is_set():
                    break
                try:
                    prerender(job.path, doc_id=sha256_file(job.path), options=job.options, converter=self.converter)
                except Exception:  # noqa: BLE001 - a failed pre-render only costs the shortcut
                    log.exception("pre-rendering %s failed", job.display_path)
                finally:
                    self.gates[job.display_path].set()
        finally:
            for gate in self.gates.values():
                gate.set()
            self.converter.stop()

    def close(self) -> None:
        self._cancelled.set()
        self._thread.join()
        self.converter.stop()


def _parsed(job: ParseJob, cache: DocumentCache) -> bool:
    return cache.has(cache_key(sha256_file(job.path), job.options))


def _prerenderer(jobs, order, probes, settings: Settings, cache: DocumentCache) -> _Prerenderer | None:
    if not settings.render_docx or not any(probes[j.display_path].format == "docx" for j in jobs):
        return None
    if find_soffice(settings.read_options()) is None:
        return None
    renderer = _Prerenderer(jobs, order, probes, settings.soffice, cache)
    if not renderer.jobs or not renderer.converter.available():
        return None
    return renderer


def load_package(
    source: Path,
    settings: Settings,
    *,
    passwords: dict[str, str] | None = None,
    progress=None,
    on_start: Callable[[ParseQueue, dict[str, FileProbe]], None] | None = None,
) -> Package:
    """Parse and classify every file. `progress(display_path, outcome)` is called as each file is
    done (in this thread); `on_start(queue, probes)` once before parsing, with the queue of the
    files still to parse and what a glance found in each (format, pages)."""
    started = time.perf_counter()
    root, archive_errors = resolve_root(source, settings)
    members, nested_errors = package_members(root, settings)
    passwords = passwords or {}
    jobs = []
    for path, rel in members:
        password = passwords.get(rel) or passwords.get(path.name)
        jobs.append(ParseJob(path, rel, settings.read_options(password)))
    cache = DocumentCache(settings.cache_dir)
    probes = {job.display_path: probe(job.path) for job in jobs}
    order = parse_order(jobs, probes)
    renderer = _prerenderer(jobs, order, probes, settings, cache)
    queue = ParseQueue(order, renderer.gates if renderer else None, renderer.hold if renderer else ())
    if on_start is not None:
        on_start(queue, probes)
    if renderer is not None:
        renderer.start()
    try:
        outcomes = parse_files(jobs, cache, workers=settings.workers, timeout_s=settings.file_timeout_s,
                               progress=progress, queue=queue)
    finally:
        if renderer is not None:
            renderer.close()
    files = tuple(
        with_parts(PackageFile(
            path=job.display_path,
            document=outcome.document,
            classification=classify(outcome.document),
            cached=outcome.cached,
            parse_seconds=round(outcome.seconds, 3),
        ))
        for job, outcome in zip(jobs, outcomes, strict=True)
    )
    files = link_volumes(files)
    identity = "\n".join(f"{f.path}\t{f.document.id}" for f in files)
    return Package(
        id=hashlib.sha256(identity.encode()).hexdigest(),
        source=str(source),
        root=str(root),
        files=files,
        errors=archive_errors + nested_errors,
        locations={job.display_path: str(job.path) for job in jobs if job.path != root / job.display_path},
        seconds=round(time.perf_counter() - started, 3),
    )
