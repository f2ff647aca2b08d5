"""Checks the h32 set: truth loads, files exist, quotes are on their pages, formula audit.

Run: .venv/bin/python eval_sets/blind/h32/verify.py (from the repository)
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[2]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def main() -> int:
    errors = []
    truths = [load_truth(p) for p in sorted((ROOT / "truth").glob("*.json"))]
    assert len(truths) >= 4, "expected at least 4 packages"
    clean = [t for t in truths if not t.problems]
    assert len(clean) == 1, "exactly one clean package"
    for t in truths:
        base = ROOT / t.path
        for rel in t.files:
            if not (base / rel).is_file():
                errors.append(f"{t.package_id}: missing file {rel}")
        on_disk = {str(p.relative_to(base)) for p in base.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files on disk differ from truth: {on_disk ^ set(t.files)}")
        texts: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            path = base / f.file
            if path.suffix == ".pdf":
                if f.file not in texts:
                    doc = pdfium.PdfDocument(str(path))
                    texts[f.file] = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
                pages = texts[f.file]
                if f.page > len(pages):
                    errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                    continue
                if f.image_only:
                    if norm(pages[f.page - 1]):
                        errors.append(f"{t.package_id}: {f.file} p{f.page} marked image_only but has text")
                elif norm(f.quote) not in norm(pages[f.page - 1]):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif path.suffix == ".xlsx":
                ws = openpyxl.load_workbook(path).worksheets[f.page - 1]
                cells = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
                want = float(f.quote.replace(",", "")) if re.fullmatch(r"-?[\d,]+(\.\d+)?", f.quote) else f.quote
                if not any((isinstance(v, (int, float)) and isinstance(want, float) and abs(v - want) < 0.005) or v == want for v in cells):
                    errors.append(f"{t.package_id}: {f.quote!r} not in {f.file} sheet {f.page}")
            elif path.suffix == ".png":
                if f.page != 1 or not f.image_only:
                    errors.append(f"{t.package_id}: png fact must be page 1 and image_only")
            # unit conversion sanity: 元 facts normalise to 万元
            if f.unit == "元" and f.normalized is not None:
                raw = float(f.value.replace(",", ""))
                if abs(raw / 1e4 - f.normalized) > 0.006:
                    errors.append(f"{t.package_id}: {f.label} {f.value} 元 ≠ {f.normalized} 万元")
        errors += audit(t)
    for e in errors:
        print("FAIL", e)
    print(f"{len(truths)} packages, {sum(len(t.evidence_facts) for t in truths)} facts, "
          f"{sum(len(t.problems) for t in truths)} problems; {'OK' if not errors else str(len(errors)) + ' errors'}")
    return 1 if errors else 0


def r2(x):
    from decimal import ROUND_HALF_UP, Decimal
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def audit(t) -> list[str]:
    """Recompute every formula rate from the evidence facts; mismatches must be exactly the planted ones."""
    rows = {r.label: r.normalized for r in t.summary_rows}
    comp = {}
    for f in t.evidence_facts:
        if f.component:
            comp[(f.label, f.component)] = f.normalized
    plain = {f.label: f.normalized for f in t.evidence_facts if not f.component}
    mism = {}

    def chk(label, value):
        if abs(rows[label] - value) > 0.005:
            mism[label] = value

    rev = rows["平台相关营业收入（万元）"]
    chk("平台相关研发投入强度（%）", r2(rows["平台相关研发投入（万元）"] / rev * 100))
    chk("平台利润率（%）", r2(comp[("平台利润率（%）", "平台利润总额（万元）")] / rev * 100))
    chk("投资回报率（%）", r2(comp[("投资回报率（%）", "平台年利润（万元）")] / comp[("投资回报率（%）", "投资总额（万元）")] * 100))
    chk("存储资源利用率（%）", r2(rows["存储工业数据量（TB）"] / rows["存储容量（TB）"] * 100))
    chk("付费用户占比（%）", r2(rows["付费企业数（个）"] / rows["注册企业用户数（个）"] * 100))
    chk("平台交易规模年增长率（%）", r2((comp[("平台交易规模年增长率（%）", "2023年平台交易规模（万元）")] /
                                   comp[("平台交易规模年增长率（%）", "2022年平台交易规模（万元）")] - 1) * 100))
    chk("平台连接工业设备利用率（%）", r2(comp[("平台连接工业设备利用率（%）", "日均运行设备数（台/套）")] /
                                  comp[("平台连接工业设备利用率（%）", "接入设备总数（台/套）")] * 100))
    for lab, word in (("平台连接工业设备运维成本平均下降率（%）", "运维成本下降率"), ("平台连接工业设备能耗平均下降率（%）", "能耗下降率"),
                      ("平台连接工业设备安全生产持续时间平均提升率（%）", "安全生产持续时间提升率")):
        chk(lab, r2(sum(comp[(lab, f"案例{i}{word}（%）")] for i in (1, 2, 3)) / 3))
    soc = [v for (lab, c), v in comp.items() if lab == "平台社会贡献率（%）" and "资产" not in c]
    assets = (comp[("平台社会贡献率（%）", "年初资产总额（万元）")] + comp[("平台社会贡献率（%）", "年末资产总额（万元）")]) / 2
    assert len(soc) == 7
    chk("平台社会贡献率（%）", r2(sum(soc) / assets * 100))
    # declared 平台相关营业收入 / 研发投入 vs evidence
    if abs(plain["平台相关营业收入（万元）"] - rev) > 0.005:
        mism["平台相关营业收入（万元）"] = plain["平台相关营业收入（万元）"]
    planted = {p.fields[0] for p in t.problems if p.family in ("formula", "growth_rate", "declared_vs_evidence")}
    errs = []
    if set(mism) != planted:
        errs.append(f"{t.package_id}: formula audit mismatches {sorted(mism)} vs planted {sorted(planted)}")
    # growth rates of 近三年 consistent with the revenues
    g = rows["平台近三年经营指标情况"]
    for y in (2022, 2023):
        if abs(r2((g[f"{y}年平台营收（万元）"] / g[f"{y - 1}年平台营收（万元）"] - 1) * 100) - g[f"{y}年增长率（%）"]) > 0.005:
            errs.append(f"{t.package_id}: {y}年增长率 inconsistent")
    return errs


if __name__ == "__main__":
    sys.exit(main())
