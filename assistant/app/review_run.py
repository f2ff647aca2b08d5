"""One full review of a package: the entry point of `shenbao review`, `check`, `prefill`, the batch
and the workspace.

`run_review` loads the package, reads what it declares, extracts what the evidence says (the
offline readers, or the LLM chain when a model is configured: `extractor_for`), sets each 附件4
row's evidence beside its declared value, and runs the checks. The outputs are written by
`assistant.reports.outputs`.

Results as they come (`events`): while files are still being parsed, the review reports each
file as it is done with the time still to wait (`FileParsed`), the declared values as soon as
the 申报表 has been read (`DeclaredValues`: forms are text and are parsed first), then moves the
proofs its 证明资料 cells name to the front of the parse, reports each proof's evidence as it
is read while other files are still being parsed (`EvidenceRead`, offline extractor only: a
file from the cache waits for a file really parsed, and is never previewed when the whole package
comes from the cache, since the review reads it again a moment later) and the stages that follow
(`StageStarted`).
The events are a preview: the returned `Review` is computed as before, from the whole package,
and is the same with or without them.

Wiring only: the values come from the prefill, the evidence readers and the checks.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.catalog.notice import load_catalog
from assistant.checks import run_checks
from assistant.core.errors import ShenbaoError
from assistant.core.evidence import EvidenceValue
from assistant.core.findings import Finding, sort_findings
from assistant.core.settings import Settings
from assistant.evidence.extractor import EvidenceExtractor, OfflineExtractor
from assistant.forms.model import Declarations, PrefillRow
from assistant.forms.prefill import prefill, read_declarations
from assistant.package.binder import with_parts
from assistant.package.classify import classify
from assistant.package.ingest import ParseQueue
from assistant.package.loader import load_package
from assistant.package.model import EVIDENCE_ROLES, FileRole, Package, PackageFile
from assistant.reports.prefill_document import attach_evidence
from assistant.review.build import build_review
from assistant.review.model import Review
from extractors.probe import FileProbe

log = logging.getLogger(__name__)

# Seconds per page before any file of the kind has been timed (2 shared cores): text pages are
# read in milliseconds, Word pages need LibreOffice, scans need OCR.
_PRIOR_SECONDS = {"text": 0.03, "docx": 0.08, "ocr": 1.0}


@dataclass(frozen=True)
class FileParsed:
    path: str
    role: FileRole
    pages: int
    ocr_pages: int
    cached: bool
    seconds: float
    files_done: int
    files_total: int
    pages_done: int
    pages_total: int
    remaining_seconds: float
    elapsed: float


@dataclass(frozen=True)
class DeclaredValues:
    rows: list[PrefillRow]  # the 附件4 rows as the forms read so far fill them
    files: list[str]  # the forms they were read from
    preferred: list[str]  # proofs named in 证明资料, moved to the front of the parse
    elapsed: float


@dataclass(frozen=True)
class EvidenceRead:
    path: str
    values: list[EvidenceValue]
    elapsed: float


@dataclass(frozen=True)
class StageStarted:
    stage: str  # parse | evidence | checks | done
    elapsed: float


ReviewEvent = FileParsed | DeclaredValues | EvidenceRead | StageStarted


@dataclass
class _Staging:
    """Bookkeeping of one review's previews: files done, the plan, the rates seen."""

    settings: Settings
    emit: Callable[[ReviewEvent], None]
    started: float = field(default_factory=time.perf_counter)
    queue: ParseQueue | None = None
    probes: dict[str, FileProbe] = field(default_factory=dict)
    done: list[PackageFile] = field(default_factory=list)
    declared: bool = False
    # proofs that came from the cache: previewed once a file is really being parsed, else never
    deferred: list[PackageFile] = field(default_factory=list)
    spent: dict[str, list[float]] = field(default_factory=dict)  # kind → [seconds, pages]

    def elapsed(self) -> float:
        return round(time.perf_counter() - self.started, 2)

    def start(self, queue: ParseQueue, probes: dict[str, FileProbe]) -> None:
        self.queue, self.probes = queue, probes
        self.emit(StageStarted("parse", self.elapsed()))

    def file(self, path: str, outcome) -> None:
        document = outcome.document
        member = with_parts(PackageFile(path=path, document=document, classification=classify(document),
                                        cached=outcome.cached, parse_seconds=round(outcome.seconds, 3)))
        self.done.append(member)
        kind = _kind(self.probes.get(path))
        if not outcome.cached:
            seconds, pages = self.spent.setdefault(kind, [0.0, 0.0])
            self.spent[kind] = [seconds + outcome.seconds, pages + max(1, len(document.pages))]
        finished = {m.path for m in self.done}
        left = [p for p in self.probes if p not in finished]
        self.emit(FileParsed(
            path=path, role=member.role, pages=len(document.pages),
            ocr_pages=sum(1 for p in document.pages if p.source == "ocr"), cached=outcome.cached,
            seconds=round(outcome.seconds, 2), files_done=len(self.done), files_total=len(self.probes),
            pages_done=sum(len(m.document.pages) for m in self.done),
            pages_total=sum(len(m.document.pages) for m in self.done) + sum(self.probes[p].pages for p in left),
            remaining_seconds=round(sum(self._rate(_kind(self.probes[p])) * self.probes[p].pages for p in left), 1),
            elapsed=self.elapsed()))
        roles = {m.role for m in (member.parts or (member,))}  # a binder: its parts' roles
        if not self.declared and FileRole.application_form in roles:
            self._declare()
        elif self.declared and roles & EVIDENCE_ROLES and self.settings.llm == "none":
            self.deferred.append(member)
        if not outcome.cached and left:
            # Files are still being parsed (the workers are busy): the time to preview the proofs
            # read so far. Cached files are all reported before any parse starts, so previewing them
            # on arrival would only delay the parse and, when every file is cached, double the
            # review (h46: 44 s warm, 20 s of it previews of what the review reads again at once).
            for waiting in self.deferred:
                self._evidence(waiting)
            self.deferred.clear()
        elif not outcome.cached:
            if self.deferred[-1:] == [member]:
                self._evidence(member)  # the last file parsed: its own proofs, as before
            self.deferred.clear()

    def _rate(self, kind: str) -> float:
        seconds, pages = self.spent.get(kind, (0.0, 0.0))
        return seconds / pages if pages else _PRIOR_SECONDS[kind]

    def _declare(self) -> None:
        """The declared values of the forms read so far, and the proofs they name put first."""
        self.declared = True
        try:
            package = _partial(self.done)
            declarations = read_declarations(package)
            rows = prefill(package, declarations)
        except Exception:  # noqa: BLE001 - a preview must never cost the review
            log.exception("preview of the declared values failed")
            return
        proofs = [v.proof for _s, _f, values in declarations.forms for v in values if v.proof]
        preferred = []
        if self.queue is not None:
            pending = self.queue.pending()
            # The other forms stay first (text, read in a moment), then the named proofs.
            forms = [p for p in pending if _kind(self.probes.get(p)) != "ocr" and self.probes[p].format != "pdf"]
            preferred = [p for p in self.queue.prefer(forms + named_proofs(proofs, pending)) if p not in forms]
        files = [file for _s, file, _v in declarations.forms]
        self.emit(DeclaredValues(rows=rows, files=files, preferred=preferred, elapsed=self.elapsed()))
        for member in self.done:  # proofs parsed before the 申报表 (text PDFs of a scan-less package)
            if {m.role for m in (member.parts or (member,))} & EVIDENCE_ROLES and self.settings.llm == "none":
                self.deferred.append(member)

    def _evidence(self, member: PackageFile) -> None:
        try:
            review = Review(package=_partial([member]), catalog=load_catalog(), rows=[],
                            declarations=Declarations(forms=(), summary_tables=(), contact_forms=()))
            values = OfflineExtractor().extract(review)
        except Exception:  # noqa: BLE001 - a preview must never cost the review
            log.exception("evidence preview failed for %s", member.path)
            return
        if values:
            self.emit(EvidenceRead(path=member.path, values=values, elapsed=self.elapsed()))


def _kind(found: FileProbe | None) -> str:
    if found is None or not found.text_layer:
        return "ocr"
    return "docx" if found.format == "docx" else "text"


def _partial(members: list[PackageFile]) -> Package:
    return Package(id="preview", source="", root="", files=tuple(members))


_ATTACHMENT_NUMBER = re.compile(r"附件\s*(\d+(?:\s*[-－—–.]\s*\d+)*)")


def named_proofs(proofs: list[str], pending: list[str]) -> list[str]:
    """The pending files that the 证明资料 cells name, in the order they are first named: by their
    attachment number (附件3-1) or by their title (the file name without numbering, ≥ 4 chars)."""
    text = re.sub(r"\s+", "", "\n".join(proofs))
    numbers = {re.sub(r"[\s－—–.]", "-", m) for m in _ATTACHMENT_NUMBER.findall(text)}
    ranked = []
    for path in pending:
        stem = Path(path).stem
        match = _ATTACHMENT_NUMBER.search(stem)
        number = re.sub(r"[\s－—–.]", "-", match.group(1)) if match else None
        title = re.sub(r"^[\s\d\-－—–._附件]+", "", stem).strip()
        positions = []
        if number and number in numbers:
            positions.append(text.find(f"附件{number}"))
        if len(title) >= 4 and title in text:
            positions.append(text.find(title))
        positions = [p for p in positions if p >= 0]
        if positions:
            ranked.append((min(positions), path))
    return [path for _, path in sorted(ranked)]


def run_review(package_path: Path, settings: Settings, passwords: dict[str, str] | None = None,
               *, progress=None, events: Callable[[ReviewEvent], None] | None = None) -> Review:
    """The review of a package. `progress(display_path, outcome)` is called as each file is
    parsed; `events(event)` receives the staged previews (see the module docstring)."""
    staging = _Staging(settings, events) if events is not None else None

    def on_file(path: str, outcome) -> None:
        if progress is not None:
            progress(path, outcome)
        if staging is not None:
            staging.file(path, outcome)

    package = load_package(package_path, settings, passwords=passwords, progress=on_file,
                           on_start=staging.start if staging else None)
    extractor = extractor_for(settings)
    if staging is not None:
        events(StageStarted("evidence", staging.elapsed()))
    review = build_review(package)
    notes: list[Finding] = []
    try:
        review.evidence = list(extractor.extract(review))
    except Exception as exc:  # noqa: BLE001 - a failing chain costs the evidence, not the review
        log.exception("evidence extraction failed")
        notes.append(Finding(rule="internal.evidence_failed", severity="info", fields=(),
                             message=f"证据抽取执行失败（{type(exc).__name__}），本次评审未核对证明材料"))
    review.rows = attach_evidence(review)
    if staging is not None:
        events(StageStarted("checks", staging.elapsed()))
    review.findings = sort_findings([*run_checks(review), *notes])
    if staging is not None:
        events(StageStarted("done", staging.elapsed()))
    return review


def extractor_for(settings: Settings) -> EvidenceExtractor:
    """The extractor the settings ask for: the offline readers unless a model is configured
    (`--llm`), then `assistant.llm.evidence.LlmExtractor`, imported only then (LangChain is not
    loaded on the offline path)."""
    if settings.llm == "none":
        return OfflineExtractor()
    try:
        from assistant.llm.evidence import LlmExtractor
    except ImportError as exc:
        raise ShenbaoError(f"已配置大模型（--llm {settings.llm}），但大模型抽取模块不可用：{exc}") from exc
    return LlmExtractor(settings)
