"""Real-size benchmark (issue 15): the package of bench/make_real_size_package.py reviewed as
`shenbao review` reviews it, cold then warm, against the configuration before issue 15 measured
in the same run.

    python bench/bench_real_size.py [--package out/bench_real_size/package] [--workers N]
                                    [--no-baseline] [--json out.json]
    python bench/bench_real_size.py --report out.json   (the table again, from the measurements)

Each configuration runs in a spawned child with a fresh workspace (`bench_pipeline.run_child`:
peak memory is the whole process tree — the review, its parse worker, soffice and the UNO
bridge — sampled from /proc every 0.2 s):

- shenbao (this checkout): `run_review(events=…)` with the product's settings (the environment's
  SHENBAO_*; `--workers` overrides), the clock read at every staged event: the first declared
  values, each file parsed (its kind: Word through LibreOffice, spreadsheets, text PDFs, pages
  that needed OCR), the evidence and checks stages; then `write_review` (the outputs `review`
  writes); then warm: the same again on the same workspace (every parse and OCR from the cache).
- before issue 15 (baseline): the same package and settings with the OCR preset "legacy" and
  one soffice per Word file (no long-lived LibreOffice). Its files are parsed in the new order
  (the ordering is not switchable), and it had no staged results, so its first declared values
  are not compared.

The gain column says how many times better this checkout is: before ÷ now for seconds and
megabytes, now ÷ before for pages/s. Per-stage pages/s divide a kind's pages by the seconds its files spent in the parse (a file
with any OCR page counts as OCR). Overall pages/s = pages of the package / cold seconds of
`run_review`. Wall time (`time.perf_counter`): the machines are shared and noisy (the load
average is printed before and after), so the ratio against the baseline of the same run is
what to compare. Not a test.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import run_child  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "out" / "bench_real_size" / "package"
KINDS = ("docx", "xlsx", "text", "ocr")
KIND_ZH = {"docx": "Word (LibreOffice)", "xlsx": "spreadsheets", "text": "text PDFs", "ocr": "OCR (scans, images)"}


def _load() -> str:
    return " ".join(open("/proc/loadavg").read().split()[:3])


def _kind(event) -> str:
    if event.ocr_pages:
        return "ocr"
    suffix = Path(event.path).suffix.lower()
    return {".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx"}.get(suffix, "text")


def review_child(source: str, workspace: str, workers: int | None, baseline: bool) -> dict:
    from assistant.app.review_run import (
        DeclaredValues,
        FileParsed,
        StageStarted,
        run_review,
    )
    from assistant.core.settings import Settings
    from assistant.reports.outputs import write_review

    overrides: dict = {"workspace": Path(workspace)}
    if workers is not None:
        overrides["workers"] = workers
    if baseline:
        import assistant.package.loader as loader

        overrides["ocr_preset"] = "legacy"
        loader._prerenderer = lambda *args, **kwargs: None  # one soffice per Word file, as before
    settings = Settings(**overrides)
    marks: dict[str, float] = {}
    files: list[dict] = []
    started = time.perf_counter()

    def on_event(event) -> None:
        now = time.perf_counter() - started
        if isinstance(event, StageStarted):
            marks[event.stage] = now
        elif isinstance(event, DeclaredValues):
            marks.setdefault("declared", now)
            marks["declared_rows"] = sum(1 for r in event.rows if r.status != "missing")
        elif isinstance(event, FileParsed):
            files.append({"path": event.path, "kind": _kind(event), "pages": event.pages,
                          "ocr_pages": event.ocr_pages, "seconds": event.seconds, "cached": event.cached})
            marks.setdefault("first_file", now)

    review = run_review(Path(source), settings, {}, events=on_event)
    cold = time.perf_counter() - started
    mark = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-out-") as out:
        write_review(review, Path(out), settings=settings)
    outputs = time.perf_counter() - mark
    result = {"cold": cold, "outputs": outputs, "marks": marks, "files": files, "workers": settings.workers,
              "pages": sum(len(f.document.pages) for f in review.package.files),
              "ocr_pages": sum(p.source == "ocr" for f in review.package.files for p in f.document.pages),
              "n_files": len(review.package.files), "findings": len(review.findings),
              "filled": sum(r.status != "missing" for r in review.rows), "evidence": len(review.evidence)}
    mark = time.perf_counter()
    warm_review = run_review(Path(source), settings, {})
    result["warm"] = time.perf_counter() - mark
    mark = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-out-") as out:
        write_review(warm_review, Path(out), settings=settings)
    result["warm_outputs"] = time.perf_counter() - mark
    result["warm_same"] = ([r.model_dump() for r in warm_review.rows] == [r.model_dump() for r in review.rows]
                           and [f.model_dump() for f in warm_review.findings] == [f.model_dump() for f in review.findings])
    return result


def stage_rates(run: dict) -> dict[str, tuple[int, float]]:
    rates = {}
    for kind in KINDS:
        chosen = [f for f in run["files"] if f["kind"] == kind and not f["cached"]]
        rates[kind] = (sum(f["pages"] for f in chosen), sum(f["seconds"] for f in chosen))
    return rates


def report(ours: dict, base: dict | None) -> None:
    def ratio(a: float, b: float) -> str:
        return f"{a / b:5.2f}×" if b else "  -  "

    marks = ours["marks"]
    print(f"package: {ours['n_files']} files, {ours['pages']} pages ({ours['ocr_pages']} OCR'd); "
          f"workers {ours['workers']}; prefill rows filled {ours['filled']}, evidence values {ours['evidence']}, "
          f"findings {ours['findings']}")
    header = f"{'':38s} {'shenbao':>10s}" + (f" {'before #15':>11s} {'gain':>6s}" if base else "")
    print(header)

    def line(label: str, value: float, other: float | None, unit: str, faster_is_smaller: bool = True) -> None:
        text = f"{label:38s} {value:8.2f} {unit:2s}"
        if base and other is not None:
            text += f" {other:8.2f} {unit:2s} " + (ratio(other, value) if faster_is_smaller else ratio(value, other))
        print(text)

    line("cold review, seconds", ours["cold"], base and base["cold"], "s")
    line("cold review, pages/s overall", ours["pages"] / ours["cold"], base and base["pages"] / base["cold"],
         "/s", False)
    print(f"{'first declared values, seconds':38s} {marks.get('declared', float('nan')):8.2f} s  "
          f"({marks.get('declared_rows', 0)} rows; first file parsed at {marks.get('first_file', float('nan')):.2f} s)")
    stages = [("parse", marks.get("parse", 0.0), marks.get("evidence")), ("evidence", marks.get("evidence"), marks.get("checks")),
              ("checks", marks.get("checks"), marks.get("done"))]
    for name, start, end in stages:
        if start is not None and end is not None:
            other = None
            if base:
                bm = base["marks"]
                other = bm.get({"parse": "evidence", "evidence": "checks", "checks": "done"}[name], 0) - bm.get(name, 0)
            line(f"  stage {name}, wall seconds", end - start, other, "s")
    rates, base_rates = stage_rates(ours), stage_rates(base) if base else {}
    for kind in KINDS:
        pages, seconds = rates[kind]
        if not pages:
            continue
        other = None
        if base and base_rates[kind][1]:
            other = base_rates[kind][0] / base_rates[kind][1]
        line(f"  parse {KIND_ZH[kind]} ({pages} p), pages/s", pages / seconds if seconds else float("inf"), other,
             "/s", False)
    line("outputs written (cold), seconds", ours["outputs"], base and base["outputs"], "s")
    line("warm re-review, seconds", ours["warm"], base and base["warm"], "s")
    line("warm outputs written, seconds", ours["warm_outputs"], base and base["warm_outputs"], "s")
    line("peak memory, process tree, MB", ours["rss_tree_mb"], base and base["rss_tree_mb"], "MB")
    print(f"  largest helper: {ours['rss_helper'] or '-'} {ours['rss_helper_mb']:.0f} MB; review process "
          f"{ours['rss_self_mb']:.0f} MB; warm review same rows and findings: {ours['warm_same']}")
    slow = sorted((f for f in ours["files"] if not f["cached"]), key=lambda f: -f["seconds"])[:5]
    print("  slowest files: " + "; ".join(f"{f['path']} {f['pages']} p {f['seconds']:.1f} s" for f in slow))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, default=PACKAGE)
    parser.add_argument("--workers", type=int, default=None, help="parse workers (default: the product's)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the before-issue-15 run")
    parser.add_argument("--only", choices=("shenbao", "baseline"), help="run one configuration (with --json)")
    parser.add_argument("--json", type=Path, help="also write the raw measurements here")
    parser.add_argument("--report", type=Path, help="print the table of measurements written by --json")
    args = parser.parse_args(argv)
    if args.report:
        runs = json.loads(args.report.read_text(encoding="utf-8"))
        report(runs["shenbao"], runs.get("baseline"))
        return 0
    if not args.package.is_dir():
        print(f"no {args.package}: run bench/make_real_size_package.py first", file=sys.stderr)
        return 2
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    print(time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), f"cpus {os.cpu_count()}", "load average", _load())
    runs = {}
    for name, baseline in (("shenbao", False), ("baseline", True)):
        if (baseline and args.no_baseline) or (args.only and args.only != name):
            continue
        with tempfile.TemporaryDirectory(prefix=f"bench-real-{name}-") as ws:
            runs[name] = run_child(review_child, str(args.package), ws, args.workers, baseline)
        if "error" in runs[name]:
            print(f"{name} failed:\n{runs[name]['error']}")
            return 1
        print(f"  {name}: cold {runs[name]['cold']:.1f} s, load average {_load()}", file=sys.stderr, flush=True)
        if args.json:  # written after each run: a long run's first half is kept if the second fails
            args.json.write_text(json.dumps(runs, ensure_ascii=False, indent=1), encoding="utf-8")
    if "shenbao" in runs:
        report(runs["shenbao"], runs.get("baseline"))
    print("load average", _load(), "(shared machine: compare the ratios, not the seconds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
