"""Pipeline benchmark: a full review of each labelled package against a hand-built LangChain
pipeline on the same files, measured in the same run.

Per package (every folder and .zip under eval_sets/packages plus samples/sample_package):

1. stages, in this process (workers=0, so no process start-up is counted), each file read by
   `extractors.reader.read_file` with options toggled and a fresh cache: the PDF text layer
   (`read_pdf` without tables, OCR off), pdfplumber tables (the same with tables, the difference),
   OCR (OCR on minus OCR off, only files with pages the health check sends to OCR), DOCX with
   and without LibreOffice pagination, XLSX;
2. shenbao cold review in a spawned child with a fresh workspace and default workers:
   `load_package` → `build_review` (declarations and prefill, the offline evidence chain,
   `run_checks`; the prefill alone where this checkout has no checks) →
   `EvidenceIndex(terms=catalog labels and aliases).index_package`, then the same again on the
   same workspace (warm: a new index object, same process), then 50 catalog-label queries;
3. the baseline a user would assemble by hand, in a spawned child: LangChain `PyPDFLoader`,
   python-docx paragraph text, openpyxl cell values, `RecursiveCharacterTextSplitter`, chromadb
   `PersistentClient` with shenbao's own local embedder (chromadb's default downloads a model);
   warm = the same again into the same collection (a hand-built pipeline has no cache).

Peak memory: not `ru_maxrss`. Linux carries a process's high-water mark across fork + exec, so
a spawned child reports at least its parent's size at spawn time (an 800 MB parent made an empty
spawned child report 813 MB), and RUSAGE_CHILDREN is a maximum over every child ever reaped. Each
package's child instead samples, every 0.2 s, `VmHWM` (the high-water mark of the current
program, reset by exec) of itself and of its descendants (the parse worker, soffice), and the
sum of their `VmRSS` (the peak of the whole process tree).

Wall time (`time.perf_counter`); the machines are shared and noisy, so the ratios against the
same-run baseline are what to compare. Usage:
    python bench/bench_pipeline.py [--quick] [PACKAGE ...]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import inspect
import json
import logging
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
import traceback
import warnings
import zipfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.catalog.notice import load_catalog, search_terms  # noqa: E402
from assistant.core.settings import Settings  # noqa: E402
from assistant.package.loader import list_members, resolve_root  # noqa: E402
from extractors.model import HealthVerdict  # noqa: E402
from extractors.options import ReadOptions  # noqa: E402
from extractors.reader import read_file, sha256_file, sniff_format  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "sample_package"
EVAL_PACKAGES = REPO / "eval_sets" / "packages"
TRUTH = REPO / "eval_sets" / "truth"
QUERY_COUNT = 50
BRIEF_QUERIES = ("平台相关营业收入", "专利数量", "接入设备")
SPLIT_SIZE, SPLIT_OVERLAP = 400, 50  # the same sizes as assistant.retrieval.chunking, default separators


# ---------------------------------------------------------------------------- inputs


def catalog_terms() -> list[str]:
    return search_terms(load_catalog())


def review_queries(n: int = QUERY_COUNT) -> list[str]:
    """The brief's three, then indicator labels without 其中： and unit, spread over the catalog."""
    seen = dict.fromkeys(BRIEF_QUERIES)
    for spec in load_catalog().fields:
        if spec.section != "indicators":
            continue
        bare = min((spec.label, *spec.aliases), key=len).removeprefix("其中：")
        bare = bare.split("（")[0].strip()
        if 4 <= len(bare) <= 16:
            seen.setdefault(bare)
    pool = list(seen)
    head, rest = pool[: len(BRIEF_QUERIES)], pool[len(BRIEF_QUERIES) :]
    step = max(1, len(rest) // (n - len(head)))
    return (head + rest[::step])[:n]


def incomplete(source: Path) -> str | None:
    """A note when the package is missing or lacks files its truth lists (being regenerated)."""
    if not source.exists():
        return "missing"
    truth = TRUTH / f"{source.name.removesuffix('.zip')}.json"
    expected = set(json.loads(truth.read_text(encoding="utf-8"))["files"]) if truth.exists() else set()
    if source.suffix == ".zip":
        try:
            with zipfile.ZipFile(source) as archive:
                present = {i.filename for i in archive.infolist()}
        except (OSError, zipfile.BadZipFile):
            return "unreadable zip (being written?)"
        present |= {n.encode("cp437", "replace").decode("utf-8", "replace") for n in present}
    else:
        present = {p.relative_to(source).as_posix() for p in list_members(source)}
        if not present:
            return "no files"
    lacking = expected - present
    return f"{len(lacking)} of {len(expected)} files missing" if lacking else None


def package_sources(args) -> list[Path]:
    if args.packages:
        return [Path(p).resolve() for p in args.packages]
    if args.quick:
        return [SAMPLE]
    found = sorted(p for p in EVAL_PACKAGES.glob("*") if p.is_dir() or p.suffix == ".zip")
    return [SAMPLE, *found]


def cpu_seconds() -> float:
    """This process's CPU (all threads) plus that of the children it has waited for (the parse
    worker, soffice): steadier than wall time when neighbours load the machine."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def timed(run) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = run()
    return time.perf_counter() - wall, cpu_seconds() - cpu, result


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# ---------------------------------------------------------------------------- children


def run_child(target, *args) -> dict:
    context = multiprocessing.get_context("spawn")  # fork after onnxruntime threads can deadlock
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child_main, args=(target, sender, *args))
    process.start()
    sender.close()
    try:
        result = receiver.recv()
    except EOFError:
        result = {"error": f"child died (exit code {process.exitcode})"}
    process.join()
    return result


def _child_main(target, sender, *args) -> None:
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    sampler = MemorySampler()
    sampler.start()
    try:
        result = target(*args)
    except Exception:  # noqa: BLE001 - report any failure of the measured code as data
        result = {"error": traceback.format_exc(limit=4)}
    sampler.stop()
    result.update(sampler.report())
    sender.send(result)
    sender.close()


def _status_kb(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text(errors="replace").strip()
    except OSError:
        return "?"


class MemorySampler(threading.Thread):
    """Peak memory of this process and its descendants, from /proc (Linux only)."""

    def __init__(self, interval_s: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.interval_s = interval_s
        self.root = os.getpid()
        self.helper_hwm: dict[int, tuple[str, int]] = {}  # pid → (name, VmHWM kB)
        self.tree_peak_kb = 0
        self._halt = threading.Event()

    def descendants(self) -> list[int]:
        # /proc/<pid>/task/<tid>/children lists what each thread started: cheaper than reading
        # every /proc/<pid>/stat, so the sampler steals little time from the measured review.
        found, frontier = [], [self.root]
        while frontier:
            pid = frontier.pop()
            try:
                tasks = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tasks:
                try:
                    with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as handle:
                        children = [int(c) for c in handle.read().split()]
                except (OSError, ValueError):
                    continue
                found += children
                frontier += children
        return found

    def sample(self) -> None:
        tree = _status_kb(self.root, "VmRSS:")
        for pid in self.descendants():
            tree += _status_kb(pid, "VmRSS:")
            hwm = _status_kb(pid, "VmHWM:")
            if hwm:
                # read every time: a spawned child is still "python" until it execs (soffice)
                self.helper_hwm[pid] = (_comm(pid), max(self.helper_hwm.get(pid, ("", 0))[1], hwm))
        self.tree_peak_kb = max(self.tree_peak_kb, tree)

    def run(self) -> None:
        while not self._halt.wait(self.interval_s):
            self.sample()

    def stop(self) -> None:
        self._halt.set()
        self.join()

    def report(self) -> dict:
        helpers = sorted(self.helper_hwm.values(), key=lambda item: -item[1])
        return {
            "rss_self_mb": _status_kb(self.root, "VmHWM:") / 1024,
            "rss_helper_mb": helpers[0][1] / 1024 if helpers else 0.0,
            "rss_helper": helpers[0][0] if helpers else "",
            "rss_tree_mb": max(self.tree_peak_kb, _status_kb(self.root, "VmHWM:")) / 1024,
        }


# ---------------------------------------------------------------------------- shenbao


def review_wiring() -> str:
    """Which judging steps this checkout has: the review's own wiring (`build_review` with the
    offline evidence chain and `run_checks`), a `check_package` function, or the prefill alone."""
    try:
        from assistant.app.review_run import extractor_for  # noqa: F401
        from assistant.checks import run_checks  # noqa: F401
        from assistant.review.build import build_review  # noqa: F401
    except ImportError:
        pass
    else:
        return "build_review"
    for path in sorted((REPO / "assistant").glob("checks*.py")):
        if callable(getattr(importlib.import_module(f"assistant.{path.stem}"), "check_package", None)):
            return f"assistant.{path.stem}.check_package"
    return "prefill"


def judge(package, settings: Settings, wiring: str, steps: dict) -> None:
    """prefill (+ evidence, checks): each step's wall time into `steps`."""
    def timed_step(name: str, function):
        def run(*args):
            mark = time.perf_counter()
            result = list(function(*args))
            steps[name] = time.perf_counter() - mark
            return result
        return run

    mark = time.perf_counter()
    if wiring == "build_review":
        from assistant.app.review_run import extractor_for  # noqa: F401
        from assistant.checks import run_checks
        from assistant.review.build import build_review

        evidence = timed_step("evidence", extractor_for(settings).extract)
        build_review(package, evidence=evidence, checks=timed_step("checks", run_checks))
        # build_review reads the declarations and pre-fills before it calls the two steps
        steps["prefill"] = time.perf_counter() - mark - steps.get("evidence", 0.0) - steps["checks"]
        return
    from assistant.forms.prefill import prefill

    rows = prefill(package)
    steps["prefill"] = time.perf_counter() - mark
    if wiring != "prefill":
        module, function = wiring.rsplit(".", 1)
        check = getattr(importlib.import_module(module), function)
        names = set(inspect.signature(check).parameters)
        kwargs = {k: v for k, v in {"rows": rows, "settings": settings}.items() if k in names}
        timed_step("checks", check)(package, **kwargs)


def review_once(source: Path, settings: Settings, terms: list[str], wiring: str) -> tuple[dict, object, object]:
    from assistant.package.loader import load_package
    from assistant.retrieval.index import EvidenceIndex

    steps: dict[str, float] = {}
    started, cpu = time.perf_counter(), cpu_seconds()
    package = load_package(source, settings)
    steps["load"] = time.perf_counter() - started
    judge(package, settings, wiring, steps)
    mark = time.perf_counter()
    index = EvidenceIndex(settings, terms=terms)
    stats = index.index_package(package)
    steps["index"] = time.perf_counter() - mark
    steps["total"], steps["cpu"] = time.perf_counter() - started, cpu_seconds() - cpu
    return steps, package, (index, stats)


def review_child(source: Path, workspace: str, queries: list[str], lean: bool = False) -> dict:
    from assistant.forms.prefill import prefill  # noqa: F401
    from assistant.retrieval.index import EvidenceIndex  # noqa: F401 - imports before the clock starts

    # lean: OCR and LibreOffice off, what the baseline does (default workers either way)
    settings = Settings(workspace=Path(workspace), ocr=not lean, render_docx=not lean)
    terms, wiring = catalog_terms(), review_wiring()
    cold, package, (_, stats) = review_once(source, settings, terms, wiring)
    if lean:
        return {"cold": cold}
    warm, package, (index, _) = review_once(source, settings, terms, wiring)
    for query in queries[:5]:  # warm-up: store load, jieba, HNSW pages
        index.search(package.id, query)
    latencies = []
    for query in queries:
        mark = time.perf_counter()
        index.search(package.id, query, k=8)
        latencies.append((time.perf_counter() - mark) * 1000)
    pages = [p for f in package.files for p in f.document.pages]
    return {
        "cold": cold, "warm": warm,
        "files": len(package.files), "chunks": stats.chunks_total,
        "sources": {s: sum(p.source == s for p in pages) for s in ("text", "ocr", "docx", "xlsx")},
        "blank_pages": sum(not p.text.strip() for p in pages),
        "chars": {s: sum(len(p.text) for p in pages if p.source == s) for s in ("text", "ocr", "docx", "xlsx")},
        "docx_files": sum(f.document.format == "docx" for f in package.files),
        "paged_docx": sum(f.document.format == "docx" and f.document.pagination != "none" for f in package.files),
        "search_ms": latencies,
    }


# ---------------------------------------------------------------------------- baseline


def baseline_documents(root: Path) -> tuple[list, dict]:
    import openpyxl
    from docx import Document as DocxDocument
    from langchain_community.document_loaders import PyPDFLoader
    from langchain_core.documents import Document as LcDocument

    docs, cover = [], {"pdf_pages": 0, "empty_pages": 0, "pdf_chars": 0, "docx_chars": 0,
                       "xlsx_chars": 0, "failed": 0, "skipped": 0}
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith((".", "~$"))):
        suffix = path.suffix.lower()
        try:
            if suffix == ".pdf":
                pages = PyPDFLoader(str(path)).load()
                cover["pdf_pages"] += len(pages)
                cover["empty_pages"] += sum(not d.page_content.strip() for d in pages)
                cover["pdf_chars"] += sum(len(d.page_content) for d in pages)
                docs += pages
            elif suffix == ".docx":
                text = "\n".join(p.text for p in DocxDocument(str(path)).paragraphs)
                cover["docx_chars"] += len(text)
                docs.append(LcDocument(page_content=text, metadata={"source": str(path)}))
            elif suffix == ".xlsx":
                book = openpyxl.load_workbook(path, read_only=True, data_only=True)
                lines = ["\t".join("" if v is None else str(v) for v in row)
                         for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
                book.close()
                text = "\n".join(lines)
                cover["xlsx_chars"] += len(text)
                docs.append(LcDocument(page_content=text, metadata={"source": str(path)}))
            else:
                cover["skipped"] += 1
        except Exception:  # noqa: BLE001 - a hand-built loop would skip the file too
            cover["failed"] += 1
    return docs, cover


def baseline_once(source: Path, workdir: Path) -> tuple[dict, dict, object]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.retrieval.embedding import HashedNgramEmbedding

    started, cpu = time.perf_counter(), cpu_seconds()
    root = source
    if source.suffix.lower() == ".zip":
        root = workdir / "unzipped"
        with zipfile.ZipFile(source) as archive:
            archive.extractall(root)
    docs, cover = baseline_documents(root)
    splitter = RecursiveCharacterTextSplitter(chunk_size=SPLIT_SIZE, chunk_overlap=SPLIT_OVERLAP)
    chunks = [c for c in splitter.split_documents(docs) if c.page_content.strip()]
    client = chromadb.PersistentClient(path=str(workdir / "chroma"),
                                       settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.get_or_create_collection(
        "baseline", embedding_function=HashedNgramEmbedding(), configuration={"hnsw": {"space": "cosine"}})
    ids = [hashlib.sha256(f"{c.metadata.get('source')}\x1f{c.metadata.get('page', '')}\x1f{i}".encode()).hexdigest()
           for i, c in enumerate(chunks)]
    metas = [{k: v for k, v in c.metadata.items() if isinstance(v, (str, int, float))} or None for c in chunks]
    size = client.get_max_batch_size()
    for start in range(0, len(chunks), size):
        collection.upsert(ids=ids[start : start + size], metadatas=metas[start : start + size],
                          documents=[c.page_content for c in chunks[start : start + size]])
    cover["chunks"] = len(chunks)
    return {"total": time.perf_counter() - started, "cpu": cpu_seconds() - cpu}, cover, collection


def baseline_child(source: Path, workdir: str, queries: list[str]) -> dict:
    import chromadb  # noqa: F401 - imports before the clock starts
    from langchain_community.document_loaders import PyPDFLoader  # noqa: F401

    cold, cover, _ = baseline_once(source, Path(workdir))
    warm, _, collection = baseline_once(source, Path(workdir))
    for query in queries[:5]:
        collection.query(query_texts=[query], n_results=8, include=["distances"])
    latencies = []
    for query in queries:
        mark = time.perf_counter()
        collection.query(query_texts=[query], n_results=8, include=["distances"])
        latencies.append((time.perf_counter() - mark) * 1000)
    return {"cold": cold, "warm": warm, "cover": cover, "search_ms": latencies}


# ---------------------------------------------------------------------------- stages


def sniff_readable_pdf(path: Path) -> bool:
    """Encrypted or broken PDFs go through `read_file` whole (it turns them into errors)."""
    import pypdfium2 as pdfium

    try:
        pdfium.PdfDocument(str(path)).close()
    except pdfium.PdfiumError:
        return False
    return True


def stage_file(path: Path, rel: str, stages: dict) -> None:
    from extractors.pdf import read_pdf

    def add(stage: str, pages: int, wall: float, cpu: float) -> None:
        total = stages.setdefault(stage, [0, 0.0, 0.0])
        total[0], total[1], total[2] = total[0] + pages, total[1] + max(wall, 0.0), total[2] + max(cpu, 0.0)

    kind = sniff_format(path)
    with tempfile.TemporaryDirectory(prefix="bench-stage-") as cache:
        fresh = ReadOptions(cache_dir=Path(cache))
        if kind == "pdf" and sniff_readable_pdf(path):
            doc_id, plain = sha256_file(path), ReadOptions(ocr=False)
            text, full = [], []
            for _ in range(3):  # the fast stages: best of three, interleaved
                text.append(timed(lambda: read_pdf(path, doc_id=doc_id, display_path=rel, options=plain, with_tables=False)))
                full.append(timed(lambda: read_pdf(path, doc_id=doc_id, display_path=rel, options=plain)))
            text, full = min(text, key=lambda t: t[0]), min(full, key=lambda t: t[0])
            document = full[2]
            add("pdf_text", len(document.pages), text[0], text[1])
            add("pdf_tables", len({t.page_number for t in document.tables}), full[0] - text[0], full[1] - text[1])
            parse = full
            if any(p.health.verdict is not HealthVerdict.ok for p in document.pages):
                parse = timed(lambda: read_file(path, rel, fresh))
                ocr_pages = sum(p.source == "ocr" for p in parse[2].pages)
                add("ocr", ocr_pages, parse[0] - full[0], parse[1] - full[1])
        elif kind == "docx":
            parse = timed(lambda: read_file(path, rel, fresh))
            add("docx_rendered", len(parse[2].pages), parse[0], parse[1])
            bare = timed(lambda: read_file(path, rel, ReadOptions(render_docx=False)))
            add("docx_bare", len(bare[2].pages), bare[0], bare[1])
        else:
            parse = timed(lambda: read_file(path, rel, fresh))
            stage = {"xlsx": "xlsx", "image": "ocr"}.get(kind, "other")
            pages = [p for p in parse[2].pages if stage != "ocr" or p.source == "ocr"]
            add(stage, len(pages), parse[0], parse[1])
    add("parse_sum", 1, parse[0], parse[1])


def stage_package(source: Path) -> dict:
    stages: dict[str, list] = {}
    with tempfile.TemporaryDirectory(prefix="bench-unzip-") as workspace:
        root, _ = resolve_root(source, Settings(workspace=Path(workspace)))
        for path in list_members(root):
            stage_file(path, path.relative_to(root).as_posix(), stages)
    return stages


# ---------------------------------------------------------------------------- report

STAGE_LABELS = (
    ("pdf_text", "PDF text layer (OCR off, no tables)"),
    ("pdf_tables", "PDF tables (pages with a table)"),
    ("ocr", "OCR (pages OCR'd)"),
    ("docx_rendered", "DOCX + LibreOffice page numbers"),
    ("docx_bare", "DOCX, no LibreOffice (1 page/file)"),
    ("xlsx", "XLSX sheets"),
    ("other", "other files"),
)


def print_stages(stages: dict) -> None:
    print(f"  {'stage (in-process, workers=0)':38s} {'pages':>6s} {'wall s':>8s} {'cpu s':>8s} {'pages/s':>8s}")
    for key, label in STAGE_LABELS:
        if key in stages:
            pages, wall, cpu = stages[key]
            speed = f"{pages / wall:8.2f}" if pages and wall > 0 else "       -"
            extra = f"   {wall / pages:.1f} s/page" if key == "ocr" and pages else ""
            print(f"  {label:38s} {pages:6d} {wall:8.2f} {cpu:8.2f} {speed}{extra}")


def print_review(name: str, stages: dict, ours: dict, lean: dict, base: dict) -> None:
    src, cover, cold = ours["sources"], base["cover"], ours["cold"]
    print(f"\n== {name}: {ours['files']} files, pages text {src['text']} / ocr {src['ocr']} / "
          f"docx {src['docx']} / xlsx {src['xlsx']}; {ours['chunks']} chunks (baseline {cover['chunks']})")
    print_stages(stages)
    order = ("load", "prefill", "evidence", "checks", "index")
    steps = ", ".join(f"{k} {cold[k]:.2f}" for k in order if k in cold)
    print(f"  shenbao cold steps (wall s): {steps}; parse in-process (stage sum) {stages['parse_sum'][1]:.2f}")
    print(f"  {'':34s} {'cold s':>7s} {'cpu s':>7s} {'warm s':>7s} {'p50 ms':>7s} {'p95 ms':>7s} {'peak MB':>8s}")
    rows = (("shenbao review", ours), ("shenbao, OCR + LibreOffice off", lean), ("baseline (LangChain)", base))
    for label, run in rows:
        warm = f"{run['warm']['total']:7.3f}" if "warm" in run else "      -"
        ms = run.get("search_ms")
        latency = f"{percentile(ms, .5):7.2f} {percentile(ms, .95):7.2f}" if ms else "      -       -"
        print(f"  {label:34s} {run['cold']['total']:7.2f} {run['cold']['cpu']:7.2f} {warm} {latency} "
              f"{run['rss_tree_mb']:8.0f}")
    print(f"  memory: review process {ours['rss_self_mb']:.0f} MB, largest helper "
          f"({ours['rss_helper'] or '-'}) {ours['rss_helper_mb']:.0f} MB; peak MB = whole process tree")
    print(f"  shenbao/baseline: cold {cold['total'] / base['cold']['total']:.1f}x "
          f"(cpu {cold['cpu'] / base['cold']['cpu']:.1f}x), warm {ours['warm']['total'] / base['warm']['total']:.2f}x; "
          f"OCR + LibreOffice off: cold {lean['cold']['total'] / base['cold']['total']:.1f}x")
    print(f"  coverage: baseline PDF pages with no text {cover['empty_pages']} of {cover['pdf_pages']}; "
          f"shenbao OCR'd {src['ocr']}, pages still blank {ours['blank_pages']}")
    chars = ours["chars"]
    print(f"  chars: PDF baseline {cover['pdf_chars']} vs shenbao {chars['text'] + chars['ocr']}; DOCX baseline "
          f"{cover['docx_chars']} (paragraphs only, no page numbers) vs shenbao {chars['docx']} "
          f"({ours['paged_docx']} of {ours['docx_files']} files paginated); XLSX {cover['xlsx_chars']} vs {chars['xlsx']}")
    if cover["failed"]:
        print(f"  baseline failed on {cover['failed']} files")


def print_overall(results: list[tuple[str, dict, dict, dict, dict]]) -> None:
    stages: dict[str, list] = {}
    for _, package_stages, *_ in results:
        for key, values in package_stages.items():
            total = stages.setdefault(key, [0, 0.0, 0.0])
            for i, value in enumerate(values):
                total[i] += value
    print(f"\n== overall ({len(results)} packages)")
    print_stages(stages)

    def summed(which: int, run: str, key: str) -> float:
        return sum(r[which][run][key] for r in results)

    cold, cold_cpu, warm = summed(2, "cold", "total"), summed(2, "cold", "cpu"), summed(2, "warm", "total")
    lean, lean_cpu = summed(3, "cold", "total"), summed(3, "cold", "cpu")
    b_cold, b_cpu, b_warm = summed(4, "cold", "total"), summed(4, "cold", "cpu"), summed(4, "warm", "total")
    ratios = [r[2]["cold"]["total"] / r[4]["cold"]["total"] for r in results]
    print(f"  shenbao cold {cold:.1f} s (cpu {cold_cpu:.1f}), warm {warm:.2f} s; OCR + LibreOffice off "
          f"{lean:.1f} s (cpu {lean_cpu:.1f}); baseline cold {b_cold:.1f} s (cpu {b_cpu:.1f}), warm {b_warm:.2f} s")
    print(f"  shenbao/baseline cold: {cold / b_cold:.1f}x wall, {cold_cpu / b_cpu:.1f}x cpu "
          f"(per package median {statistics.median(ratios):.1f}x, range {min(ratios):.1f}–{max(ratios):.1f}x)")
    print(f"  shenbao/baseline cold, OCR + LibreOffice off: {lean / b_cold:.1f}x wall, {lean_cpu / b_cpu:.1f}x cpu")
    print(f"  shenbao/baseline warm: {warm / b_warm:.2f}x; shenbao cold/warm {cold / warm:.0f}x")
    print(f"  stage wall time as a share of shenbao cold: OCR {stages.get('ocr', [0, 0])[1] / cold:.0%}, "
          f"DOCX with LibreOffice {stages.get('docx_rendered', [0, 0])[1] / cold:.0%}")
    empty, pdf_pages = sum(r[4]["cover"]["empty_pages"] for r in results), sum(r[4]["cover"]["pdf_pages"] for r in results)
    ocred, blank = sum(r[2]["sources"]["ocr"] for r in results), sum(r[2]["blank_pages"] for r in results)
    print(f"  coverage: baseline got no text on {empty} of {pdf_pages} PDF pages; shenbao OCR'd {ocred} pages, "
          f"{blank} pages still blank")
    docx_b, docx_s = sum(r[4]["cover"]["docx_chars"] for r in results), sum(r[2]["chars"]["docx"] for r in results)
    print(f"  DOCX text: baseline (python-docx paragraphs) {docx_b} chars = {docx_b / max(docx_s, 1):.0%} of "
          f"shenbao's {docx_s}; baseline DOCX chunks carry no page number")
    ours_ms = [m for r in results for m in r[2]["search_ms"]]
    base_ms = [m for r in results for m in r[4]["search_ms"]]
    print(f"  retrieval ({len(ours_ms)} queries): shenbao fused p50 {percentile(ours_ms, .5):.1f} ms "
          f"p95 {percentile(ours_ms, .95):.1f} ms; baseline chroma p50 {percentile(base_ms, .5):.1f} ms "
          f"p95 {percentile(base_ms, .95):.1f} ms")
    rss, rss_b = max(r[2]["rss_tree_mb"] for r in results), max(r[4]["rss_tree_mb"] for r in results)
    print(f"  peak memory (process tree, max over packages): shenbao {rss:.0f} MB, baseline {rss_b:.0f} MB "
          f"({rss / rss_b:.1f}x)")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="samples/sample_package only")
    parser.add_argument("packages", nargs="*", type=Path)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    started = time.perf_counter()
    queries = review_queries()
    wiring = review_wiring()
    print({"build_review": "review = load_package → build_review (declarations, prefill, offline evidence chain, "
                           "run_checks) → index_package",
           "prefill": "review = load_package → prefill → index_package (no checks module: checks skipped)"}.get(
        wiring, f"review = load_package → prefill → {wiring} → index_package"))
    print(f"queries: {len(queries)} ({'、'.join(queries[:6])} …); workers (default): {Settings().workers}")
    from extractors.ocr import recognize

    recognize(np.full((64, 64, 3), 255, dtype=np.uint8), scale=1.0)  # load the models before timing OCR

    results, skipped = [], []
    for source in package_sources(args):
        note = incomplete(source)
        if note:
            skipped.append(f"{source.name}: {note}")
            print(f"\n== {source.name}: skipped ({note})")
            continue
        stages = stage_package(source)
        with tempfile.TemporaryDirectory(prefix="bench-review-") as ws:
            ours = run_child(review_child, source, ws, queries)
        with tempfile.TemporaryDirectory(prefix="bench-lean-") as ws:
            lean = run_child(review_child, source, ws, queries, True)
        with tempfile.TemporaryDirectory(prefix="bench-baseline-") as wd:
            base = run_child(baseline_child, source, wd, queries)
        errors = "".join(run.get("error", "") for run in (ours, lean, base))
        if errors:
            skipped.append(f"{source.name}: failed")
            print(f"\n== {source.name}: failed\n{errors}")
            continue
        print_review(source.name, stages, ours, lean, base)
        results.append((source.name, stages, ours, lean, base))
    if results:
        print_overall(results)
    for note in skipped:
        print(f"  skipped: {note}")
    print(f"bench wall time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
