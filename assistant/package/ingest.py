"""Parse the files of a package: cached by content hash, in worker processes, each under a timeout.

A parser that hangs on a hostile PDF or eats memory dies with its worker, not with the run: the
file gets a `timed_out` error and the pool is rebuilt for the remaining files. Files already in
the cache never reach a worker (a warm re-ingest starts no process at all).
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.package.cache import DocumentCache, cache_key
from extractors.errors import ReadError
from extractors.model import Document, ErrorCode
from extractors.options import ReadOptions
from extractors.reader import EXTRACTOR_VERSION, read_file, sha256_file

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ParseJob:
    path: Path
    display_path: str
    options: ReadOptions


@dataclass(frozen=True)
class ParseOutcome:
    document: Document
    cached: bool
    seconds: float


def _run_job(job: ParseJob) -> tuple[Document, float]:
    started = time.perf_counter()
    document = read_file(job.path, job.display_path, job.options)
    return document, time.perf_counter() - started


def _error_document(job: ParseJob, file_sha: str, code: ErrorCode, detail: str) -> Document:
    error = ReadError(code, detail).error
    return Document(
        id=file_sha,
        path=job.display_path,
        format="unknown",
        pagination="none",
        errors=(error,),
        extractor_version=EXTRACTOR_VERSION,
    )


def parse_files(
    jobs: Sequence[ParseJob],
    cache: DocumentCache | None,
    *,
    workers: int = 1,
    timeout_s: float = 300.0,
    progress=None,
) -> list[ParseOutcome]:
    """Parse every job; results in job order. `workers=0` parses in this process (no timeout)."""
    outcomes: dict[int, ParseOutcome] = {}
    pending: list[tuple[int, ParseJob, str, str]] = []
    first_of_key: dict[str, int] = {}
    copies: list[tuple[int, ParseJob, int]] = []  # the same bytes again: parsed once
    for index, job in enumerate(jobs):
        file_sha = sha256_file(job.path)
        key = cache_key(file_sha, job.options)
        document = cache.get(key) if cache else None
        if document is not None:
            document = document.model_copy(update={"path": job.display_path})
            outcomes[index] = ParseOutcome(document, cached=True, seconds=0.0)
            _report(progress, job, outcomes[index])
        elif key in first_of_key:
            copies.append((index, job, first_of_key[key]))
        else:
            first_of_key[key] = index
            pending.append((index, job, file_sha, key))

    if pending and workers <= 0:
        for index, job, file_sha, key in pending:
            document, seconds = _run_job(job)
            outcomes[index] = _store(cache, key, document, seconds, file_sha)
            _report(progress, job, outcomes[index])
    elif pending:
        _parse_in_pool(pending, outcomes, cache, workers, timeout_s, progress)
    for index, job, original in copies:
        outcomes[index] = _copy_outcome(outcomes[original], job)
        _report(progress, job, outcomes[index])
    return [outcomes[i] for i in range(len(jobs))]


def _copy_outcome(original: ParseOutcome, job: ParseJob) -> ParseOutcome:
    """A file whose bytes (and options) another job of this run already parsed: applicants put
    the same certificate under 证明材料 and again next to the 申报书. It is served like a cache hit
    (or shares the other job's failure when that one could not be cached), under its own path."""
    document = original.document.model_copy(update={"path": job.display_path})
    stored = not any(e.code == ErrorCode.timed_out for e in document.errors)
    return ParseOutcome(document, cached=stored, seconds=0.0)


def _parse_in_pool(pending, outcomes, cache, workers, timeout_s, progress) -> None:
    context = multiprocessing.get_context("spawn")  # fork after onnxruntime threads can deadlock
    queue = list(pending)
    while queue:
        pool = context.Pool(processes=min(workers, len(queue)))
        try:
            submitted = [(item, pool.apply_async(_run_job, (item[1],))) for item in queue]
            queue = []
            for position, (item, result) in enumerate(submitted):
                index, job, file_sha, key = item
                try:
                    document, seconds = result.get(timeout=timeout_s)
                except multiprocessing.TimeoutError:
                    log.warning("timed out: %s", job.display_path)
                    outcomes[index] = ParseOutcome(
                        _error_document(job, file_sha, ErrorCode.timed_out, f"超过 {timeout_s:.0f} 秒"),
                        cached=False,
                        seconds=timeout_s,
                    )
                    _report(progress, job, outcomes[index])
                    # The hung worker cannot be interrupted: kill the pool, requeue what is unfinished.
                    queue = [it for it, res in submitted[position + 1 :] if not _harvest(it, res, outcomes, cache, progress)]
                    break
                except Exception as exc:  # noqa: BLE001 - a worker died (OOM kill, crash)
                    log.warning("worker failed on %s: %r", job.display_path, exc)
                    detail = f"解析进程异常退出（{type(exc).__name__}）"
                    document = _error_document(job, file_sha, ErrorCode.corrupt, detail)
                    seconds = 0.0
                outcomes[index] = _store(cache, key, document, seconds, file_sha)
                _report(progress, job, outcomes[index])
        finally:
            pool.terminate()
            pool.join()


def _harvest(item, result, outcomes, cache, progress) -> bool:
    """Keep a result that finished while we waited on a hung one."""
    if not result.ready() or not result.successful():
        return False
    index, job, file_sha, key = item
    document, seconds = result.get()
    outcomes[index] = _store(cache, key, document, seconds, file_sha)
    _report(progress, job, outcomes[index])
    return True


def _store(cache: DocumentCache | None, key: str, document: Document, seconds: float,
           file_sha: str) -> ParseOutcome:
    # Timeouts are not cached (a faster machine may succeed), nor a read of other bytes than the
    # ones hashed (the file changed or vanished in between: found when the eval packages were
    # regenerated during a run); everything else is, errors included, so a broken file is not
    # re-parsed on every run.
    transient = document.id != file_sha or any(e.code == ErrorCode.timed_out for e in document.errors)
    if cache is not None and not transient:
        cache.put(key, document)
    return ParseOutcome(document, cached=False, seconds=seconds)


def _report(progress, job: ParseJob, outcome: ParseOutcome) -> None:
    if progress is not None:
        progress(job.display_path, outcome)
