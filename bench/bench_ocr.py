"""OCR benchmark: RapidOCR settings against today's configuration, speed and character accuracy,
measured in one run on the same bitmaps.

    python bench/bench_ocr.py [--sets realsize,corpus,eval] [--limit N] [--variants a,b] [--parallel]

Pages (rendered exactly as the pipeline renders them for OCR: PDF pages at `ocr_scale` capped by
`OCR_MAX_SIDE_PX`, image files upscaled below `UPSCALE_BELOW_PX`):
- realsize: every scanned page of the real-size package (bench/make_real_size_package.py), with
  the text lines drawn on it as reference (seal text excluded: the pipeline paints seals white);
- corpus: the scanned pages of ../shared/corpus (pr-136-example.pdf, ocr_test.pdf,
  malformed-from-issue-932.pdf, issue4061.pdf, issue2884_reduced.pdf), with the adjudicated
  transcripts of bench/ocr_reference.json as reference when present, else scored as agreement
  with the first variant's reading (shown as corpus~<variant>);
- eval: the image-only pages of the labelled packages (eval_sets/packages, eval_sets/independent),
  scored by the truth quotes printed on them (image_only evidence facts).

Character accuracy is order-free: the characters (NFKC, whitespace dropped) of reference and OCR
as multisets; recall = matched / reference, precision = matched / recognised. Speed: seconds in
`extractors.ocr.recognize` per page (no cache), every variant run on a page before the next page,
in a rotating order, so load on the shared machine hits all variants alike. `--parallel` also
measures throughput of 1 process × 2 threads against 2 processes × 1 thread.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.image import UPSCALE, UPSCALE_BELOW_PX, _decode  # noqa: E402
from extractors.ocr import (  # noqa: E402
    DEFAULT_SETTINGS,
    DET960_SETTINGS,
    LEGACY_SETTINGS,
    OcrSettings,
    engine_id,
    recognize,
)
from extractors.pdf_page_reader import OCR_MAX_SIDE_PX  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
REALSIZE = REPO / "out" / "bench_real_size"
REFERENCE = Path(__file__).resolve().parent / "ocr_reference.json"
OCR_SCALE = 2.0
CORPUS_PAGES = {
    "jsvine__pdfplumber/pr-136-example.pdf": None,
    "chatchat-space__Langchain-Chatchat/ocr_test.pdf": None,
    "jsvine__pdfplumber/malformed-from-issue-932.pdf": None,
    "mozilla__pdf.js/issue4061.pdf": None,
    "mozilla__pdf.js/issue2884_reduced.pdf": None,
}

VARIANTS = {
    "today": LEGACY_SETTINGS,
    "default": DEFAULT_SETTINGS,
    "det960": DET960_SETTINGS,
    "ov960": OcrSettings(backend="openvino", det_max_side=960),
    "no_cls": OcrSettings(use_cls=False),
    "det1600": OcrSettings(det_max_side=1600),
    "det1280": OcrSettings(det_max_side=1280),
    "det736": OcrSettings(det_max_side=736),
    "det960t1": OcrSettings(det_max_side=960, threads=1),
    "batch16": OcrSettings(rec_batch=16),
    "threads1": OcrSettings(threads=1),
}


@dataclass
class Sample:
    set_name: str
    page_id: str
    bgr: np.ndarray
    scale: float
    reference: list[str] | None = None  # lines of text drawn / transcribed
    quotes: tuple[str, ...] = ()


def render_pdf(path: Path | bytes):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    for index in range(len(pdf)):
        page = pdf[index]
        width, height = page.get_size()
        scale = min(OCR_SCALE, OCR_MAX_SIDE_PX / max(width, height, 1.0))
        text = page.get_textpage().get_text_range().strip()
        yield index + 1, np.ascontiguousarray(page.render(scale=scale).to_numpy()[:, :, :3]), scale, text


def read_image(path: Path):
    rgb, _ = _decode(path, 60_000_000)
    bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
    scale = UPSCALE if max(bgr.shape[:2]) < UPSCALE_BELOW_PX else 1.0
    if scale != 1.0:
        bgr = cv2.resize(bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return bgr, scale


def realsize_samples() -> list[Sample]:
    truth_path = REALSIZE / "truth.json"
    if not truth_path.is_file():
        print(f"no {truth_path}: run bench/make_real_size_package.py first", file=sys.stderr)
        return []
    truth = json.loads(truth_path.read_text(encoding="utf-8"))["scans"]
    samples = []
    for name, pages in sorted(truth.items()):
        path = REALSIZE / "package" / name
        if path.suffix.lower() == ".pdf":
            for number, bgr, scale, _ in render_pdf(path):
                samples.append(Sample("realsize", f"{name}#{number}", bgr, scale, pages[number - 1]))
        else:
            bgr, scale = read_image(path)
            samples.append(Sample("realsize", name, bgr, scale, pages[0]))
    return samples


def corpus_samples() -> list[Sample]:
    reference = json.loads(REFERENCE.read_text(encoding="utf-8")) if REFERENCE.is_file() else {}
    samples = []
    for relative in CORPUS_PAGES:
        path = CORPUS / relative
        if not path.is_file():
            continue
        for number, bgr, scale, _ in render_pdf(path):
            page_id = f"{relative}#{number}"
            samples.append(Sample("corpus", page_id, bgr, scale, reference.get(page_id)))
    return samples


def eval_samples() -> list[Sample]:
    samples = []
    for truth_dir in (REPO / "eval_sets/truth", REPO / "eval_sets/independent/truth"):
        for truth_path in sorted(truth_dir.glob("*.json")):
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            quotes: dict[tuple[str, int], list[str]] = {}
            for fact in truth["evidence_facts"]:
                if fact.get("image_only"):
                    quotes.setdefault((fact["file"], fact["page"]), []).append(fact["quote"])
            root = REPO / truth["path"]
            for (file, page_number), wanted in sorted(quotes.items()):
                if root.suffix == ".zip":
                    with zipfile.ZipFile(root) as z:
                        data = z.read(file)
                else:
                    data = (root / file).read_bytes()
                sample = _eval_page(truth["package_id"], file, data, page_number, tuple(wanted))
                if sample is not None:
                    samples.append(sample)
    return samples


def _eval_page(package_id: str, file: str, data: bytes, page_number: int, quotes) -> Sample | None:
    page_id = f"{package_id}/{file}#{page_number}"
    if file.lower().endswith(".pdf"):
        for number, bgr, scale, _ in render_pdf(data):
            if number == page_number:
                return Sample("eval", page_id, bgr, scale, None, quotes)
        return None
    with tempfile.NamedTemporaryFile(suffix=Path(file).suffix) as handle:
        handle.write(data)
        handle.flush()
        bgr, scale = read_image(Path(handle.name))
    return Sample("eval", page_id, bgr, scale, None, quotes)


def chars(text: str) -> Counter:
    return Counter(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def squash(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


@dataclass
class Score:
    seconds: float = 0.0
    pages: int = 0
    matched: int = 0
    reference: int = 0
    recognised: int = 0
    quotes_found: int = 0
    quotes: int = 0

    def add(self, sample: Sample, lines: list[str], seconds: float) -> None:
        self.seconds += seconds
        self.pages += 1
        hyp = chars("".join(lines))
        if sample.reference is not None:
            ref = chars("".join(sample.reference))
            self.matched += sum((ref & hyp).values())
            self.reference += sum(ref.values())
            self.recognised += sum(hyp.values())
        if sample.quotes:
            text = squash("".join(lines))
            self.quotes += len(sample.quotes)
            self.quotes_found += sum(squash(q) in text for q in sample.quotes)

    def row(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        recall = self.matched / self.reference if self.reference else float("nan")
        precision = self.matched / self.recognised if self.recognised else float("nan")
        quotes = f"{self.quotes_found}/{self.quotes}" if self.quotes else "-"
        return (f"{self.pages:5d} {self.seconds:8.1f} {rate:7.2f} {recall:8.2%} {precision:9.2%} "
                f"{self.reference:7d} {quotes:>7s}")


def run_variants(samples: list[Sample], names: list[str], dump: dict | None) -> dict[tuple[str, str], Score]:
    scores: dict[tuple[str, str], Score] = {}
    for name in names:  # load every engine before timing
        recognize(np.full((64, 64, 3), 255, np.uint8), scale=1.0, settings=VARIANTS[name])
    for k, sample in enumerate(samples):
        order = names[k % len(names):] + names[:k % len(names)]
        read: dict[str, tuple[list[str], float]] = {}
        for name in order:
            started = time.perf_counter()
            result = recognize(sample.bgr, scale=sample.scale, settings=VARIANTS[name])
            read[name] = ([line.text for line in result.lines], time.perf_counter() - started)
        scored = sample
        if sample.reference is None and not sample.quotes:
            # No transcript (corpus pages without bench/ocr_reference.json): score agreement
            # with the first variant's reading instead, apart from "all", and say so in the table.
            scored = Sample(f"{sample.set_name}~{names[0]}", sample.page_id, sample.bgr, sample.scale,
                            read[names[0]][0])
        for name, (lines, seconds) in read.items():
            scores.setdefault((scored.set_name, name), Score()).add(scored, lines, seconds)
            scores.setdefault(("all", name), Score()).add(sample, lines, seconds)
            if dump is not None and sample.set_name == "corpus":
                dump.setdefault(sample.page_id, {})[name] = lines
        if (k + 1) % 20 == 0:
            print(f"  … {k + 1}/{len(samples)} pages", file=sys.stderr, flush=True)
    return scores


def _throughput_worker(args) -> int:
    settings, images = args
    for bgr, scale in images:
        recognize(bgr, scale=scale, settings=settings)
    return len(images)


def throughput(samples: list[Sample], settings: OcrSettings) -> list[tuple[str, float]]:
    """Wall time of the same pages: one process with 2 threads, then 2 processes with 1 thread."""
    images = [(s.bgr, s.scale) for s in samples]
    out = []
    started = time.perf_counter()
    recognize(np.full((64, 64, 3), 255, np.uint8), scale=1.0, settings=settings.model_copy(update={"threads": 2}))
    _throughput_worker((settings.model_copy(update={"threads": 2}), images))
    out.append(("1 process × 2 threads", time.perf_counter() - started))
    one = settings.model_copy(update={"threads": 1})
    context = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    with context.Pool(2) as pool:
        pool.map(_throughput_worker, [(one, images[0::2]), (one, images[1::2])])
    out.append(("2 processes × 1 thread (model load included)", time.perf_counter() - started))
    return out


def load_samples(sets: str, limit: int) -> list[Sample]:
    """The pages of the named sets ("realsize,corpus,eval"), at most `limit` a set (every k-th)."""
    makers = {"realsize": realsize_samples, "corpus": corpus_samples, "eval": eval_samples}
    samples: list[Sample] = []
    for set_name in sets.split(","):
        found = makers[set_name]()
        if limit and len(found) > limit:
            step = len(found) / limit
            found = [found[int(i * step)] for i in range(limit)]
        samples += found
        print(f"{set_name}: {len(found)} pages", file=sys.stderr)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="RapidOCR settings: speed and character accuracy")
    parser.add_argument("--sets", default="realsize,corpus,eval")
    parser.add_argument("--variants", default="today,default")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages per set (every k-th page)")
    parser.add_argument("--dump", type=Path, help="write the corpus pages' OCR lines per variant (for the reference)")
    parser.add_argument("--parallel", action="store_true", help="also measure 1×2 threads vs 2×1 processes")
    args = parser.parse_args(argv)
    samples = load_samples(args.sets, args.limit)
    names = args.variants.split(",")
    dump: dict | None = {} if args.dump else None
    print(time.strftime("%Y-%m-%d %H:%M"), "load average", " ".join(open("/proc/loadavg").read().split()[:3]))
    for name in names:
        print(f"{name}: {engine_id(VARIANTS[name])}")
    scores = run_variants(samples, names, dump)
    print(f"{'set':9s} {'variant':10s} {'pages':>5s} {'OCR s':>8s} {'pages/s':>7s} {'chars':>8s} "
          f"{'precision':>9s} {'ref ch':>7s} {'quotes':>7s} {'speed':>6s}")
    seen = sorted({set_name for set_name, _ in scores}, key=lambda n: (n == "all", n))
    for set_name in seen:
        base = scores.get((set_name, names[0]))
        for name in names:
            score = scores.get((set_name, name))
            if score is None:
                continue
            ratio = base.seconds / score.seconds if base and score.seconds else float("nan")
            print(f"{set_name:9s} {name:10s} {score.row()} {ratio:5.2f}×")
    if any("~" in n for n in seen):
        print(f"(a set marked ~{names[0]} has no transcript: its 'chars' is agreement with {names[0]}'s reading)")
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.parallel:
        for label, seconds in throughput(samples, VARIANTS[names[-1]]):
            print(f"{label:45s} {seconds:7.1f} s  {len(samples) / seconds:5.2f} pages/s")
    print("load average", " ".join(open("/proc/loadavg").read().split()[:3]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
