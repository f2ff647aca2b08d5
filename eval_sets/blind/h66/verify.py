"""Verify the built h66 set: `python eval_sets/blind/h66/verify.py` (after build.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render as R  # noqa: E402

sys.path.insert(0, str(R.ROOT))
from docx import Document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402


def ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


def xlsx_sheet_text(path: Path, index: int) -> str:
    wb = load_workbook(str(path), read_only=True, data_only=True)
    sheet = wb.worksheets[index - 1]
    out = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None)
    wb.close()
    return out


def form_cells(path: Path) -> dict[str, str]:
    """内容 → 平台实际情况 of the 指标明细表, and label → value of the 平台基本情况 table."""
    doc = Document(str(path))
    cells = {}
    for t in doc.tables:
        for row in t.rows:
            texts = [c.text for c in row.cells]
            if len(texts) == 6:
                cells[texts[3]] = texts[4]
                cells["proof:" + texts[3]] = texts[5]
            elif len(texts) == 2:
                cells[texts[0]] = texts[1]
    return cells


def main() -> int:
    truths = sorted((HERE / "truth").glob("*.json"))
    assert len(truths) == 4, truths
    clean = 0
    errors = []
    for tp in truths:
        t = load_truth(tp)
        root = R.ROOT / t.path
        on_disk = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
        if on_disk != sorted(t.files):
            errors.append(f"{t.package_id}: files differ {set(on_disk) ^ set(t.files)}")
        assert len(t.summary_rows) == 103
        if not t.problems:
            clean += 1
        else:
            assert 2 <= len(t.problems) <= 5, t.package_id
        cache: dict = {}
        for f in t.evidence_facts:
            path = root / f.file
            if f.image_only:
                if path.suffix == ".pdf":
                    text = R.pdf_page_texts(path)[f.page - 1]
                    if ws(text):
                        errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only has text")
                else:
                    assert f.page == 1 and path.suffix == ".png"
                continue
            if path.suffix == ".pdf":
                pages = cache.setdefault(f.file, R.pdf_page_texts(path))
                text = pages[f.page - 1]
            elif path.suffix == ".xlsx":
                text = xlsx_sheet_text(path, f.page)
            else:
                text = R.docx_text(path)
            if ws(f.quote) not in ws(text):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        # formula / rule audit from the truth and the 申报表 itself
        V = {r.label: r.normalized for r in t.summary_rows}
        comp = {f.component: f.normalized for f in t.evidence_facts if f.component}
        fams = {(p.family, p.fields[0]) for p in t.problems}
        margin_ok = abs(comp["平台利润总额（万元）"] / V["平台相关营业收入（万元）"] * 100 - V["平台利润率（%）"]) < 0.006
        assert margin_ok != (("formula", "平台利润率（%）") in fams), t.package_id
        rd_ok = abs(V["平台相关研发投入（万元）"] / V["平台相关营业收入（万元）"] * 100 - V["平台相关研发投入强度（%）"]) < 0.006
        assert rd_ok, t.package_id
        n = V["平台近三年经营指标情况"]
        g_ok = abs((n["2023年平台营收（万元）"] / n["2022年平台营收（万元）"] - 1) * 100 - n["2023年增长率（%）"]) < 0.006
        assert g_ok != (("growth_rate", "平台近三年经营指标情况") in fams), t.package_id
        T = V["连接的工业设备/产品/产线种类及数量（台/套）"]
        reg_ok = sum(V["按省市区域统计工业设备数量（台/套）"].values()) == T
        assert reg_ok != (("breakdown_sum", "按省市区域统计工业设备数量（台/套）") in fams), t.package_id
        assert (V["付费用户占比（%）"] <= 100) != (("formula", "付费用户占比（%）") in fams), t.package_id
        cells = form_cells(root / "附件2 申报表.docx")
        intro = cells["平台基本情况介绍"]
        assert (len(intro) <= 500) != (("char_limit", "平台基本情况介绍") in fams), (t.package_id, len(intro))
        cross = cells["跨平台调用功能建设情况"]
        assert (len(cross) <= 200) != (("char_limit", "跨平台调用功能建设情况") in fams), (t.package_id, len(cross))
        assert len(cells["平台定位是否明确"]) <= 50 and len(cells["平台有否与新技术的融合应用"]) <= 300
        algo = cells["是否提供通用建模分析算法"]
        assert (algo in ("是", "否")) != (("answer_format", "是否提供通用建模分析算法") in fams)
        rd_cell = cells["平台相关研发投入（万元）"]
        assert ("亿元" in rd_cell) == (("answer_format", "平台相关研发投入（万元）") in fams)
        carbon_proof = cells["proof:平台是否具备碳管理服务能力"]
        assert (carbon_proof == "") == (("missing_proof", "平台是否具备碳管理服务能力") in fams)
        coop = cells["平台建设方式"]
        assert ("合作共建" in coop) == (("conditional", "平台建设方式") in fams)
        book = R.docx_text(root / "附件3 申报书.docx")
        has7 = "七、平台相较上年度对比情况" in book
        assert (t.platform.participated_2023 and not has7) == (("section7", "七、平台相较上年度对比情况") in fams)
        if not t.problems:
            assert len(intro) == 500 and len(cross) == 200 and len(cells["平台定位是否明确"]) == 50
            assert len(cells["平台有否与新技术的融合应用"]) == 300 and V["平台国产化率（%）"] == 100.0
            assert V["海外设备连接数量（台/套）"] == 0 and 0 in V["按新模式统计解决方案数量（个）"].values()
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    assert clean == 1, clean
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
