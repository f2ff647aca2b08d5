"""Page numbers for a Word file: a LibreOffice rendering, cached, and the blocks placed on it.

A DOCX has no pages until something lays it out. Reviewers cite the pages of the PDF that Word or
WPS printed; LibreOffice's layout is the closest offline stand-in, so these page numbers are
those of a LibreOffice rendering (`Document.pagination="rendered"`). They can differ from Word's:
Word's 宋体 is not installed here and LibreOffice draws Noto CJK, whose taller lines put fewer
on a page: a corpus standard draft runs 9 pages where Word counted 6. The rendering is kept (cache_dir) so the UI
shows the very pages that were cited.

This module runs soffice and orchestrates the alignment (`docx_align`); it never raises for a
bad file and never invents a page: when rendering or alignment fails the caller gets no
placements and keeps `pagination="none"`. Renderings come from one `soffice --convert-to pdf`
per file, unless `prerender` already put one in the cache through the long-lived converter of
`extractors.office_server` (the package loader does, alongside the parse of other files).
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from extractors.docx_align import Alignment, map_blocks, normalise
from extractors.errors import ReadError, file_error
from extractors.model import ErrorCode, FileError
from extractors.office_server import ConversionError, OfficeConverter
from extractors.ooxml import check_package
from extractors.options import ReadOptions

log = logging.getLogger(__name__)

_MAX_RENDER_SECONDS = 120.0
_MIN_MATCHED_SHARE = 0.5  # below this the rendering does not look like the same document


@dataclass(frozen=True)
class Pagination:
    pdf_path: str | None = None
    alignment: Alignment | None = None  # None when there is no usable rendering
    error: FileError | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def find_soffice(options: ReadOptions) -> str | None:
    return shutil.which(options.soffice)


def render_pdf(
    path: Path, *, doc_id: str, options: ReadOptions, out_dir: Path | None = None
) -> Path | None:
    """The cached LibreOffice rendering of `path`, or None when soffice is absent or fails.

    Cached at `options.cache_dir/render/<doc_id>.pdf` (or in `out_dir`); without either there
    is nowhere to keep it and nothing is rendered."""
    try:
        return convert_to_pdf(path, doc_id=doc_id, options=options, out_dir=out_dir)
    except ReadError:
        return None


def rendering_path(doc_id: str, options: ReadOptions) -> Path | None:
    """Where the cached rendering of a file lives (None without a cache)."""
    return options.cache_dir / "render" / f"{doc_id}.pdf" if options.cache_dir else None


def prerender(path: Path, *, doc_id: str, options: ReadOptions, converter: OfficeConverter) -> bool:
    """Put the rendering of `path` into the cache through the long-lived `converter`, so the
    parse that follows finds it instead of starting soffice. True when the cache holds it; False
    when there is no cache, the file is beyond the limits (it is never handed to LibreOffice
    before the guards that read_docx applies) or the conversion failed (the parse then tries
    `convert_to_pdf` and reports what it finds)."""
    target = rendering_path(doc_id, options)
    if not options.render_docx or target is None:
        return False
    if target.is_file() and target.stat().st_size > 0:
        return True
    try:
        if path.stat().st_size > options.max_file_bytes:
            return False
        check_package(path, options)
        converter.convert(path, target, timeout=min(options.timeout_s, _MAX_RENDER_SECONDS))
    except (ReadError, ConversionError, OSError) as exc:
        log.warning("pre-rendering %s failed: %s", path.name, exc)
        return False
    return True


def convert_to_pdf(
    path: Path, *, doc_id: str, options: ReadOptions, out_dir: Path | None = None
) -> Path | None:
    """Like `render_pdf`, but a failed conversion raises `ReadError(render_failed)`."""
    soffice = find_soffice(options)
    target_dir = out_dir or (options.cache_dir / "render" if options.cache_dir else None)
    if soffice is None or target_dir is None:
        return None
    target = target_dir / f"{doc_id}.pdf"
    if target.is_file() and target.stat().st_size > 0:
        return target
    timeout = min(options.timeout_s, _MAX_RENDER_SECONDS)
    try:
        with tempfile.TemporaryDirectory(prefix="shenbao-soffice-") as work_name:
            work = Path(work_name)
            # A fixed ASCII name with the right extension: LibreOffice picks its import filter
            # from the extension, and applicants' names are Chinese, spaced or mislabelled.
            source = work / "in" / f"{doc_id[:16]}.docx"
            source.parent.mkdir()
            shutil.copyfile(path, source)
            run_soffice(soffice, work, source, "pdf", timeout=timeout)
            produced = work / "out" / f"{source.stem}.pdf"
            if not produced.is_file() or produced.stat().st_size == 0:
                raise ReadError(ErrorCode.render_failed, "LibreOffice 未生成 PDF")
            target_dir.mkdir(parents=True, exist_ok=True)
            partial = target_dir / f".{doc_id}.{os.getpid()}.{threading.get_ident()}.partial"
            shutil.move(produced, partial)
            os.replace(partial, target)  # atomic: a parallel reader never sees half a PDF
        return target
    except OSError as exc:  # unwritable cache, full disk
        raise ReadError(ErrorCode.render_failed, f"{type(exc).__name__}: {exc.strerror}") from exc


def run_soffice(soffice: str, work: Path, source: Path, convert_to: str, *, timeout: float) -> None:
    """`soffice --convert-to <convert_to>` of `source` into `work/out`, with its own profile in
    `work/profile`: two soffice processes sharing one profile block on its lock or exit silently
    without output. Raises `ReadError(render_failed)` when LibreOffice fails or times out."""
    command = [
        soffice,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        convert_to,
        "--outdir",
        str(work / "out"),
        str(source),
    ]
    _run(command, timeout)


def _run(command: list[str], timeout: float) -> None:
    # soffice forks soffice.bin; killing only the direct child on timeout would leave the
    # renderer running, so it gets its own process group and the whole group is killed.
    try:
        process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as exc:  # not executable, vanished since `which`
        raise ReadError(ErrorCode.render_failed, f"无法启动 LibreOffice：{exc.strerror}") from exc
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ReadError(ErrorCode.render_failed, f"LibreOffice 超时（{timeout:.0f} 秒）") from None
    if process.returncode != 0:
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if stderr else []
        raise ReadError(
            ErrorCode.render_failed, f"LibreOffice 退出码 {process.returncode} {' '.join(tail)}"
        )


def paginate(path: Path, *, doc_id: str, options: ReadOptions, texts: list[str]) -> Pagination:
    """Render (or reuse the cached rendering) and place the blocks; never raises."""
    if find_soffice(options) is None:
        return Pagination()  # no LibreOffice is normal: locators instead of page numbers
    if not any(normalise(t) for t in texts):
        return Pagination()  # nothing to place (a document of pictures only)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="shenbao-render-") as scratch:
        # Without a cache the rendering lives only as long as this call: pages are numbered
        # but Document.rendered_pdf stays None.
        out_dir = None if options.cache_dir else Path(scratch)
        try:
            pdf_path = convert_to_pdf(path, doc_id=doc_id, options=options, out_dir=out_dir)
        except ReadError as exc:
            return Pagination(error=exc.error.model_copy(update={"fatal": False}))
        if pdf_path is None:
            return Pagination()
        rendered = time.perf_counter()
        try:
            alignment = map_blocks(pdf_path, texts)
        except Exception as exc:  # noqa: BLE001 - page numbers are optional; the text is not
            log.warning("page alignment failed for %s: %r", path.name, exc)
            pdf_path.unlink(missing_ok=True)  # a damaged cached rendering must not stick
            detail = f"渲染结果无法读取（{type(exc).__name__}）"
            return Pagination(error=file_error(ErrorCode.render_failed, detail, fatal=False))
    wanted = alignment.wanted
    metadata = {
        "render_seconds": f"{rendered - started:.2f}",
        "align_seconds": f"{time.perf_counter() - rendered:.2f}",
        "render_pages": str(len(alignment.pages)),
        "render_matched": f"{alignment.matched}/{wanted}",
    }
    if alignment.matched / wanted < _MIN_MATCHED_SHARE:
        detail = f"渲染稿与原文对不上（{alignment.matched}/{wanted} 段），不给出页码"
        error = file_error(ErrorCode.render_failed, detail, fatal=False)
        return Pagination(error=error, metadata=metadata)
    return Pagination(
        pdf_path=str(pdf_path) if options.cache_dir else None,
        alignment=alignment,
        metadata=metadata,
    )
