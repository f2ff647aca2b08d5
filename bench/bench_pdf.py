"""PDF reader benchmark on the corpus's Chinese text PDFs, all measured in the same run.

1. text: raw pypdfium2 `get_text_range()` per page vs. our `read_pdf` (OCR off, tables off) —
   the brief's target is a ratio ≥ 0.5;
2. text + tables: our `read_pdf` (OCR off, tables on ruled pages) vs. pdfplumber
   `extract_text()` + `extract_tables()` on every page.

The files are the MANIFEST rows with language zh* and a kind naming "text PDF" or "table-heavy".
Each configuration runs `--repeat` times, interleaved, and the best run counts. Time is this
process's CPU time (`time.process_time`): every configuration is single-threaded and CPU-bound,
and the machines are shared, so wall time would mostly measure the neighbours. Ratios matter,
absolute numbers do not. Usage:
    python bench/bench_pdf.py [--corpus DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from extractors.options import ReadOptions  # noqa: E402
from extractors.pdf import read_pdf  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"


def chinese_text_pdfs(corpus: Path) -> list[Path]:
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        corpus / row["path"]
        for row in rows
        if row["path"].endswith(".pdf")
        and row["language"].startswith("zh")
        and ("text PDF" in row["kind"] or "table-heavy" in row["kind"])
    ]


def raw_pdfium(files: list[Path]) -> int:
    pages = 0
    for path in files:
        pdf = pdfium.PdfDocument(str(path))
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
    return pages


def ours(files: list[Path], *, with_tables: bool) -> int:
    options = ReadOptions(ocr=False)
    pages = 0
    for path in files:
        doc = read_pdf(
            path, doc_id="0" * 64, display_path=path.name, options=options, with_tables=with_tables
        )
        pages += len(doc.pages)
    return pages


def plumber(files: list[Path]) -> int:
    pages = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.extract_tables()
                page.close()
                pages += 1
    return pages


def best_rate(run, repeat: int) -> tuple[float, int]:
    best = 0.0
    pages = 0
    for _ in range(repeat):
        started = time.process_time()
        pages = run()
        best = max(best, pages / max(time.process_time() - started, 1e-9))
    return best, pages


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # pdfminer's CropBox chatter
    files = chinese_text_pdfs(args.corpus)
    print(f"{len(files)} files: " + ", ".join(p.name for p in files))
    ours(files, with_tables=True)  # warm: imports, page caches, first pdfplumber open

    rates = {"raw": 0.0, "text": 0.0, "full": 0.0}
    pages = 0
    for _ in range(args.repeat):  # interleaved, so load spikes hit every configuration
        for name, run in (
            ("raw", lambda: raw_pdfium(files)),
            ("text", lambda: ours(files, with_tables=False)),
            ("full", lambda: ours(files, with_tables=True)),
        ):
            rate, pages = best_rate(run, 1)
            rates[name] = max(rates[name], rate)
    plumber_rate, plumber_pages = best_rate(lambda: plumber(files), max(1, args.repeat // 3))

    print(f"pages: {pages} (pdfplumber {plumber_pages})")
    print(f"raw pypdfium2 get_text_range   {rates['raw']:8.1f} pages/s")
    for name, label in (
        ("text", "read_pdf text (no OCR/tables)"),
        ("full", "read_pdf text + tables"),
    ):
        ratio = rates[name] / rates["raw"]
        print(f"{label:30} {rates[name]:8.1f} pages/s   ratio {ratio:.2f}")
    print(f"pdfplumber text + tables       {plumber_rate:8.1f} pages/s")
    print(f"ours (text+tables) / pdfplumber: {rates['full'] / plumber_rate:.1f}×")


if __name__ == "__main__":
    main(sys.argv[1:])
