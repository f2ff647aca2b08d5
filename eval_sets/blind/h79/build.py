"""Builds the h79 packages (eval_sets/blind/h79/packages/) and their truth (eval_sets/blind/h79/truth/).

    cd /work/main && .venv/bin/python -m eval_sets.blind.h79.build [--out DIR]

Each spec renders its files into a Ctx; evidence facts name a file, a value/quote and an anchor printed on the
same page, and the page is found here in the rendered bytes (exactly one page must match).
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import time
from pathlib import Path

import importlib

from eval_sets.blind.h79 import docs, model, notice
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SPECS = ("spec_huayi", "spec_guangming", "spec_ouye", "spec_yanfeng")


def squash(text: str) -> str:
    return "".join(str(text).split())


class Ctx:
    def __init__(self) -> None:
        self.files: dict[str, tuple[str, bytes]] = {}
        self.images: dict[str, dict[str, list[str]]] = {}  # pdf -> caption printed under a picture -> texts drawn
        self.image_pages: dict[str, dict[int, str]] = {}  # image-only pdf -> page -> text drawn
        self.png: dict[str, list[str]] = {}

    def add(self, rel: str, role: str, data: bytes, images=None, image_pages=None, png=None) -> None:
        self.files[rel] = (role, data)
        if images:
            self.images[rel] = images
        if image_pages:
            self.image_pages[rel] = image_pages
        if png is not None:
            self.png[rel] = png

    def page_texts(self, rel: str) -> list[str]:
        if rel not in self._cache:
            self._cache[rel] = [squash(t) for t in docs.pdf_page_texts(self.files[rel][1])]
        return self._cache[rel]

    _cache: dict = {}


def sheet_cells(data: bytes, sheet: int) -> list[str]:
    from openpyxl import load_workbook
    ws = load_workbook(io.BytesIO(data), read_only=True).worksheets[sheet - 1]
    return [squash(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]


def resolve(ctx: Ctx, fact: dict) -> int:
    """The 1-based page on which the fact's quote (and its anchor) is printed or drawn."""
    rel, quote, anchor = fact["file"], squash(fact.get("quote", fact["value"])), squash(fact.get("anchor", ""))
    if rel.endswith(".png"):
        assert any(quote == squash(t) for t in ctx.png[rel]), (rel, quote)
        return 1
    if rel.endswith(".xlsx"):
        sheet = fact["sheet"]
        assert quote in sheet_cells(ctx.files[rel][1], sheet), (rel, sheet, quote)
        return sheet
    texts = ctx.page_texts(rel)
    if fact.get("image_only") and rel in ctx.image_pages:
        pages = [i for i, t in ctx.image_pages[rel].items() if quote in squash(t) and anchor in squash(t)]
    elif fact.get("image_only"):
        cap = next(c for c in ctx.images[rel] if squash(c) == anchor)
        assert any(quote == squash(t) for t in ctx.images[rel][cap]), (rel, quote)
        pages = [i + 1 for i, t in enumerate(texts) if anchor in t]
    else:
        pages = [i + 1 for i, t in enumerate(texts) if quote in t and anchor in t]
    assert len(pages) == 1, (rel, quote, anchor, pages)
    return pages[0]


def truth_of(spec, ctx: Ctx) -> PackageTruth:
    p: model.Package = spec.P
    name, org, part = notice.LIST6[p.list_no]
    facts = []
    for f in spec.facts():
        page = resolve(ctx, f)
        facts.append(EvidenceFact(label=f["label"], value=f["value"], unit=f["unit"], normalized=f["normalized"],
                                  file=f["file"], page=page, quote=f.get("quote", f["value"]),
                                  row_label=f.get("row_label", ""), column_label=f.get("column_label", ""),
                                  component=f.get("component", ""), image_only=f.get("image_only", False)))
    return PackageTruth(
        package_id=spec.PID, description=spec.DESCRIPTION, path=f"eval_sets/blind/h79/packages/{spec.PID}",
        delivery="folder", platform=PlatformRef(list_no=p.list_no, listed_name=name, company=org,
                                                declared_name=p.declared_name, participated_2023=part),
        layout=spec.LAYOUT, files={rel: role for rel, (role, _b) in sorted(ctx.files.items())},
        secrets=[p.account[1]],
        summary_rows=[SummaryRow(label=lab, value=val, normalized=norm) for lab, val, norm in p.summary()],
        evidence_facts=facts, problems=[Problem(**x) for x in getattr(spec, "PROBLEMS", [])])


def build_one(spec, out_root: Path, truth_dir: Path) -> PackageTruth:
    ctx = Ctx()
    Ctx._cache = {}
    if not getattr(spec, "PROBLEMS", None):
        bad = model.audit(spec.P)
        assert not bad, (spec.PID, bad)
    spec.render(ctx)
    truth = truth_of(spec, ctx)
    folder = out_root / spec.PID
    if folder.exists():
        shutil.rmtree(folder)
    for rel, (_role, data) in ctx.files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    truth_dir.mkdir(parents=True, exist_ok=True)
    (truth_dir / f"{spec.PID}.json").write_text(dump_truth(truth), encoding="utf-8")
    return truth, ctx


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE, help="folder receiving packages/ and truth/")
    ap.add_argument("--only", default="", help="build one spec module (spec_huayi …)")
    args = ap.parse_args(argv)
    t0 = time.time()
    for name in SPECS:
        if args.only and name != args.only:
            continue
        spec = importlib.import_module(f"eval_sets.blind.h79.{name}")
        t, _ctx = build_one(spec, args.out / "packages", args.out / "truth")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems "
              f"({time.time() - t0:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
