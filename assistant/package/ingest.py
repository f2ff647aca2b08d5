"""Parse the files of a package: cached by content hash, in worker processes, each under a timeout,
in an order the caller can change while the parse runs.

A parser that hangs on a hostile PDF or eats memory dies with its worker, not with the run: the
file gets a `timed_out` error and the pool is rebuilt for the remaining files. Files already in
the cache never reach a worker (a warm re-ingest starts no process at all).

Jobs start one at a time as workers free up, in the order of a `ParseQueue`: the loader puts
text before scans, and the review moves the proofs its 申报表 names to the front once it has read
them (`ParseQueue.prefer`). A job may wait behind a gate (its DOCX is being rendered by the
long-lived LibreOffice) while other jobs run. Each file's timeout counts from its start.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.pool
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.package.cache import DocumentCache, cache_key
from extractors.budget import stretched
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


def _limit(job: ParseJob, timeout_s: float) -> float:
    return stretched(timeout_s) if job.options.timeout_stretch else timeout_s


def _as_started(job: ParseJob, timeout_s: float) -> ParseJob:
    """The job a worker runs: its reader's own budget is the one this process stretched at the start,
    so the two clocks agree (a worker that stretched by its own reading of the load could give up
    on pages the pool would still have waited for)."""
    options = job.options.model_copy(update={"timeout_s": _limit(job, timeout_s), "timeout_stretch": False})
    return ParseJob(job.path, job.display_path, options)


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


class ParseQueue:
    """The jobs not yet started, by display path, in the order they will start. Thread-safe.

    A job behind a closed gate is passed over by the jobs after it, unless it is held: a held
    job (a short Word form whose rendering is on its way) is waited for."""

    def __init__(self, paths: Sequence[str], gates: dict[str, threading.Event] | None = None,
                 hold: Sequence[str] = ()):
        self._order = list(paths)
        self._gates = dict(gates or {})
        self._hold = set(hold)
        self._lock = threading.Lock()
        self.preferred: list[str] = []

    def prefer(self, paths: Sequence[str]) -> list[str]:
        """Move these (those not yet started) to the front, in the given order; returns them."""
        with self._lock:
            moved = [p for p in dict.fromkeys(paths) if p in self._order]
            self._order = moved + [p for p in self._order if p not in moved]
            self.preferred += moved
            return moved

    def pending(self) -> list[str]:
        with self._lock:
            return list(self._order)

    def gated(self, path: str) -> bool:
        gate = self._gates.get(path)
        return gate is not None and not gate.is_set()

    def take(self, allowed, *, wait: float = 0.0) -> str | None:
        """The first path of `allowed` whose gate is open (removed from the queue); with `wait`,
        waits up to that long for a gate to open when every allowed one is closed."""
        deadline = time.monotonic() + wait
        while True:
            with self._lock:
                candidates = [p for p in self._order if p in allowed]
                for path in candidates:
                    if not self.gated(path):
                        self._order.remove(path)
                        return path
                    if path in self._hold:
                        break
            if not candidates or time.monotonic() >= deadline:
                return None
            time.sleep(0.02)

    def force(self, allowed) -> str | None:
        """The first path of `allowed`, gate or not (a gate that never opened: parse it anyway)."""
        with self._lock:
            path = next((p for p in self._order if p in allowed), None)
            if path is not None:
                self._order.remove(path)
            return path

    def ensure(self, paths) -> None:
        """Append the paths the queue does not hold yet (a caller's order may name only some)."""
        with self._lock:
            self._order += [p for p in paths if p not in self._order]

    def requeue(self, paths: Sequence[str]) -> None:
        """Put started jobs back at the front (their worker was killed with a hung neighbour)."""
        with self._lock:
            self._order = [p for p in paths if p not in self._order] + self._order


def parse_files(
    jobs: Sequence[ParseJob],
    cache: DocumentCache | None,
    *,
    workers: int = 1,
    timeout_s: float = 300.0,
    progress=None,
    queue: ParseQueue | None = None,
) -> list[ParseOutcome]:
    """Parse every job; results in job order, `progress(display_path, outcome)` as each file is
    done. `workers=0` parses in this process (no timeout). `queue` orders the jobs (default: as
    given)."""
    outcomes: dict[int, ParseOutcome] = {}
    pending: dict[str, tuple[int, ParseJob, str, str]] = {}
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
            pending[job.display_path] = (index, job, file_sha, key)

    queue = queue or ParseQueue([job.display_path for job in jobs])
    queue.ensure(pending)
    if pending and workers <= 0:
        while pending:
            path = queue.take(pending, wait=timeout_s) or queue.force(pending)
            index, job, file_sha, key = pending.pop(path)
            document, seconds = _run_job(job)
            outcomes[index] = _store(cache, key, document, seconds, file_sha)
            _report(progress, job, outcomes[index])
    elif pending:
        _parse_in_pool(pending, queue, outcomes, cache, workers, timeout_s, progress)
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


def _parse_in_pool(pending, queue: ParseQueue, outcomes, cache, workers, timeout_s, progress) -> None:
    context = multiprocessing.get_context("spawn")  # fork after onnxruntime threads can deadlock
    pool = None
    running: dict[str, tuple[multiprocessing.pool.AsyncResult, float]] = {}
    try:
        while pending or running:
            if pool is None:
                pool = context.Pool(processes=min(workers, len(pending) + len(running)))
            while len(running) < workers:
                waiting = [p for p in pending if p not in running]
                path = queue.take(waiting, wait=0.0 if running else timeout_s)
                if path is None and not running and waiting:
                    path = queue.force(waiting)
                if path is None:
                    break
                running[path] = (pool.apply_async(_run_job, (_as_started(pending[path][1], timeout_s),)), time.monotonic())
            done = [p for p, (result, _) in running.items() if result.ready()]
            for path in done:
                result, _ = running.pop(path)
                index, job, file_sha, key = pending.pop(path)
                try:
                    document, seconds = result.get()
                except Exception as exc:  # noqa: BLE001 - a worker died (OOM kill, crash)
                    log.warning("worker failed on %s: %r", job.display_path, exc)
                    detail = f"解析进程异常退出（{type(exc).__name__}）"
                    document, seconds = _error_document(job, file_sha, ErrorCode.corrupt, detail), 0.0
                outcomes[index] = _store(cache, key, document, seconds, file_sha)
                _report(progress, job, outcomes[index])
            now = time.monotonic()
            # (the budget of an idle machine, stretched by the present load: `extractors.budget`)
            late = [p for p, (result, started) in running.items() if now - started > _limit(pending[p][1], timeout_s)]
            if late:
                for path in late:
                    running.pop(path)
                    index, job, file_sha, key = pending.pop(path)
                    log.warning("timed out: %s", job.display_path)
                    outcomes[index] = ParseOutcome(
                        _error_document(job, file_sha, ErrorCode.timed_out, f"超过 {_limit(job, timeout_s):.0f} 秒"),
                        cached=False,
                        seconds=timeout_s,
                    )
                    _report(progress, job, outcomes[index])
                # The hung worker cannot be interrupted: kill the pool, requeue what was running.
                queue.requeue(list(running))
                running.clear()
                pool.terminate()
                pool.join()
                pool = None
            elif not done:
                time.sleep(0.02)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


def _store(cache: DocumentCache | None, key: str, document: Document, seconds: float,
           file_sha: str) -> ParseOutcome:
    # Timeouts are not cached (a faster machine may succeed), nor a failure of the installation (a
    # module missing: a venv without zhconv read every DOCX as broken, and kept them so), nor a read of
    # other bytes than the ones hashed (the file changed or vanished in between: found when the eval
    # packages were regenerated during a run); everything else is, errors included, so a broken
    # file is not re-parsed on every run.
    transient = document.id != file_sha or any(e.code in (ErrorCode.timed_out, ErrorCode.internal)
                                               for e in document.errors)
    if cache is not None and not transient:
        cache.put(key, document)
    return ParseOutcome(document, cached=False, seconds=seconds)


def _report(progress, job: ParseJob, outcome: ParseOutcome) -> None:
    if progress is not None:
        progress(job.display_path, outcome)
