"""Verify the built set h48.

    /work/main/.venv/bin/python eval_sets/blind/h48/verify.py [OUT_DIR]

Checks: every truth loads; the files on disk (minus OS clutter: ~$ owner files, Thumbs.db, desktop.ini, .DS_Store,
__MACOSX/) are exactly the truth's files, where `<archive>/<member>` names are read from the nested zip (GBK names,
no UTF-8 flag); every fact's quote is on its page (PDF text layer via pypdfium2, XLSX worksheet = page, DOCX text);
image-only facts sit on pages without a text layer (PNG, scans); exactly one clean package; the clean package's
formulas, sums and subsets hold; the WPS horizontal 汇总表 keeps cached formula values.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

import kit  # noqa: E402
from eval_sets.truth import load_truth  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from PIL import Image  # noqa: E402


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_text(name: str, data: bytes, page: int) -> str | None:
    """None: the page has no text layer (image)."""
    low = name.lower()
    head = data[:8]
    if head.startswith(b"%PDF"):
        texts = kit.pdf_page_texts(data)
        t = texts[page - 1]
        return t if squash(t) else None
    if head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8"):
        assert page == 1
        Image.open(io.BytesIO(data)).verify()
        return None
    if low.endswith(".xlsx"):
        wb = load_workbook(io.BytesIO(data))
        ws = wb.worksheets[page - 1]
        return "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    if low.endswith(".docx"):
        return kit.docx_text(data)
    raise AssertionError(f"unknown type {name}")


def check(out: Path) -> None:
    truths = sorted((load_truth(p) for p in (out / "truth").glob("*.json")), key=lambda t: t.package_id)
    assert len(truths) == 4, len(truths)
    clean = [t for t in truths if not t.problems]
    assert len(clean) == 1, [t.package_id for t in clean]
    for t in truths:
        assert t.problems == [] or 2 <= len(t.problems) <= 5
        pdir = out / "packages" / t.package_id
        on_disk = {p.relative_to(pdir).as_posix() for p in pdir.rglob("*") if p.is_file()}
        clutter = {p for p in on_disk if kit.CLUTTER_RE.search(p)}
        docs = on_disk - clutter
        # nested archives
        archives = {}
        for p in docs:
            if p.lower().endswith(".zip"):
                raw = (pdir / p).read_bytes()
                for info in zipfile.ZipFile(io.BytesIO(raw)).infolist():
                    assert not info.flag_bits & 0x800, (p, info.filename)  # GBK, as Windows' compressor
                archives[p] = kit.read_gbk_zip(raw)
        listed = set()
        content: dict[str, bytes] = {}
        for p in docs:
            if p in archives:
                for m, data in archives[p].items():
                    listed.add(f"{p}/{m}")
                    content[f"{p}/{m}"] = data
            else:
                listed.add(p)
                content[p] = (pdir / p).read_bytes()
        assert listed == set(t.files), (t.package_id, listed ^ set(t.files))
        for a in archives:
            assert a not in t.files
        # facts
        for f in t.evidence_facts:
            data = content[f.file]
            txt = page_text(f.file, data, f.page)
            if f.image_only:
                assert txt is None, (t.package_id, f.file, f.page, "image_only page has text")
            else:
                assert txt is not None and squash(f.quote) in squash(txt), (t.package_id, f.file, f.page, f.quote)
        # summary rows: 103, numbers where numbers are expected
        assert len(t.summary_rows) == 103
        # secrets appear in the 申报表
        form = next(p for p, r in t.files.items() if r == "申报表" and p.lower().endswith(".docx"))
        for s in t.secrets:
            assert s in kit.docx_text(content[form])
        print(f"{t.package_id}: {len(t.files)} files (+{len(clutter)} clutter), {len(t.evidence_facts)} facts, "
              f"{len(t.problems)} problems — ok")
    audit_clean(clean[0])
    wps_cached(out)


def audit_clean(t) -> None:
    v = {r.label: r.normalized for r in t.summary_rows}
    pct = lambda a, b: round(a / b * 100 + 1e-9, 2)  # noqa: E731
    assert v["平台团队总人数（人）"] == v["运维人数（人）"] + v["运营人数（人）"]
    assert pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"]) == v["平台相关研发投入强度（%）"]
    assert pct(v["存储工业数据量（TB）"], v["存储容量（TB）"]) == v["存储资源利用率（%）"]
    rv = v["平台近三年经营指标情况"]
    assert rv["2023年平台营收（万元）"] == v["平台相关营业收入（万元）"]
    for y in (2022, 2023):
        a, b = rv[f"{y}年平台营收（万元）"], rv[f"{y - 1}年平台营收（万元）"]
        assert pct(a - b, b) == rv[f"{y}年增长率（%）"]
    facts = {(f.label, f.component): f.normalized for f in t.evidence_facts}
    profit = facts[("平台利润率（%）", "平台利润总额（万元）")]
    assert pct(profit, v["平台相关营业收入（万元）"]) == v["平台利润率（%）"]
    assert pct(profit, v["平台建设金额（万元）"]) == v["投资回报率（%）"]
    for f in t.evidence_facts:
        if not f.component:
            assert f.normalized == v[f.label], (f.label, f.normalized, v[f.label])
        elif f.component.endswith("年平台营收（万元）"):
            assert f.normalized == rv[f.component]
    for lab, val in v.items():
        if isinstance(val, dict) and lab.startswith("按"):
            whole = {"按二级分类统计工业设备数量（台/套）": "连接的工业设备/产品/产线种类及数量（台/套）",
                     "按省市区域统计工业设备数量（台/套）": "连接的工业设备/产品/产线种类及数量（台/套）",
                     "按海外国家分类统计海外设备连接数量（台/套）": "海外设备连接数量（台/套）",
                     "按分类统计工业APP数量（个）": "工业APP数量（个）", "按行业统计工业APP数量（个）": "工业APP数量（个）",
                     "按分类统计工业模型数量（个）": "工业机理模型数量（个）",
                     "按行业统计服务企业数（个）": "实际服务企业数（个）", "按省市区域统计服务企业数（个）": "实际服务企业数（个）",
                     "按新模式统计解决方案数量（个）": "平台提供的解决方案总数（个）"}.get(lab)
            if "公有云工业设备数量" in lab:
                whole = "公有云工业设备连接数量（台/套）"
            if "平均日运行" in lab:
                whole = "公有云工业设备平均日运行数量（台/套）"
            if "公有云工业APP平均日活跃" in lab:
                whole = "公有云工业APP平均日活跃数量（个）"
            assert whole, lab
            assert sum(val.values()) == v[whole], lab
    print(f"{t.package_id}: formulas, sums, facts = declarations — ok")


def wps_cached(out: Path) -> None:
    for p in (out / "packages").rglob("*.xlsx"):
        if kit.CLUTTER_RE.search(p.as_posix().split("/packages/", 1)[1].split("/", 1)[1]):
            continue
        z = zipfile.ZipFile(p)
        app = z.read("docProps/app.xml").decode()
        assert "<Application>" in app
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        for m in re.finditer(r"<f>[^<]*</f>(<v>[^<]*</v>)?", sheet):
            assert m.group(1), (p, "formula without cached value")


if __name__ == "__main__":
    check(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
    print("verify: ok")
