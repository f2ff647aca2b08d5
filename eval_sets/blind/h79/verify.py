"""Checks h79's truth against the built files; exits 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h79.verify

1. rebuilds every package into a temp folder: the built files and truth must be byte-identical (deterministic, current);
2. every evidence fact's quote is on its page (pdfplumber text, XLSX cells of the sheet, or the texts drawn into a
   scan/screenshot), and its normalized value follows from the printed value and unit;
3. the 申报表 file carries every declared cell, the 附件4 file agrees with the 申报表 (except planted problems);
4. clean packages: breakdowns add up, rates follow from their inputs, subsets hold, evidence agrees with the form,
   text lengths are within the 填报指引 limits, 申报书 sections 一–六 (+七 for 2023 participants);
5. the problem package: every planted problem is visible, and nothing else is wrong.
"""

from __future__ import annotations

import importlib
import io
import re
import sys
import tempfile
from pathlib import Path

from eval_sets.blind.h79 import build, forms, model, notice
from eval_sets.blind.h79.build import squash
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent


def read_summary(path: Path) -> dict[str, str]:
    if path.suffix == ".docx":
        from docx import Document
        t = Document(str(path)).tables[0]
        return {r.cells[0].text: r.cells[1].text for r in t.rows[1:]}
    from openpyxl import load_workbook
    ws = load_workbook(path).worksheets[0]
    rows = [[("" if c is None else str(c)) for c in r] for r in ws.iter_rows(values_only=True)]
    if len(rows) == 2:
        return dict(zip(rows[0], rows[1]))
    return {r[0]: r[1] for r in rows[2:]}


def read_form(path: Path) -> dict[str, str]:
    if path.suffix == ".docx":
        from docx import Document
        t = next(t for t in Document(str(path)).tables if t.rows[0].cells[0].text == "一级指标")
        return {r.cells[3].text: r.cells[4].text for r in t.rows[1:]}
    from openpyxl import load_workbook
    ws = load_workbook(path)["三、指标明细表"]
    return {str(r[3]): ("" if r[4] is None else str(r[4])) for r in ws.iter_rows(min_row=2, values_only=True)}


def narrative_text(path: Path) -> str:
    from docx import Document
    doc = Document(str(path))
    return "\n".join(p.text for p in doc.paragraphs) + "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)


def same_cell(got: str, want: str) -> bool:
    a, b = squash(got).replace(",", ""), squash(want).replace(",", "")
    try:
        return a == b or float(a) == float(b)
    except ValueError:
        return False


def chars(text: str) -> int:
    return len(squash(text))


def consistency(spec, folder: Path, truth) -> list[tuple[str, str]]:
    """(label, message) for everything a careful reviewer would flag."""
    p: model.Package = spec.P
    s = {r.label: r.normalized for r in truth.summary_rows}
    bad: list[tuple[str, str]] = []

    def chk(cond, label, msg):
        if not cond:
            bad.append((label, msg))

    for msg in model.audit(p):
        bad.append(("audit", msg))
    dev = "连接的工业设备/产品/产线种类及数量（台/套）"
    pairs = [("按二级分类统计工业设备数量（台/套）", dev), ("按省市区域统计工业设备数量（台/套）", dev),
             ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
             ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
             ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
             ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
             ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
             ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
             ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
             ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
             ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"), ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
             ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]
    for part, total in pairs:
        chk(s[part] and sum(s[part].values()) == s[total], part, f"sum {sum((s[part] or {}).values())} ≠ {s[total]}")
    chk(s["运维人数（人）"] + s["运营人数（人）"] == s["平台团队总人数（人）"], "平台团队总人数（人）", "identity")
    rev, rd = s["平台相关营业收入（万元）"], s["平台相关研发投入（万元）"]
    chk(model.pct(rd, rev) == s["平台相关研发投入强度（%）"], "平台相关研发投入强度（%）", "formula")
    chk(model.pct(s["付费企业数（个）"], s["注册企业用户数（个）"]) == s["付费用户占比（%）"], "付费用户占比（%）", "formula")
    chk(model.pct(s["存储工业数据量（TB）"], s["存储容量（TB）"]) == s["存储资源利用率（%）"], "存储资源利用率（%）", "formula")
    three = s["平台近三年经营指标情况"]
    chk(three["2023年平台营收（万元）"] == rev, "平台近三年经营指标情况", "2023 revenue")
    for y in (2022, 2023):
        chk(model.growth(three[f"{y}年平台营收（万元）"], three[f"{y - 1}年平台营收（万元）"]) == three[f"{y}年增长率（%）"],
            "平台近三年经营指标情况", f"growth {y}")
    for c in ("运维成本", "能耗", "安全生产持续时间"):
        lab = next(x for x in notice.SUMMARY_LABELS if c in x and "平均" in x)
        chk(s[lab] == model.r2(sum(case[1 + ("运维成本", "能耗", "安全生产持续时间").index(c)] for case in p.cases) / 3), lab, "mean")
    chk(s["服务本市企业数量（个）"] == s["按省市区域统计服务企业数（个）"]["上海"], "服务本市企业数量（个）", "上海")
    for fact in truth.evidence_facts:  # the proofs agree with the form
        if fact.component in ("2021年平台营收（万元）", "2022年平台营收（万元）"):
            chk(three[fact.component] == fact.normalized, fact.label, f"{fact.file} p{fact.page}")
        elif fact.component == "平台利润总额（万元）":
            chk(model.pct(fact.normalized, rev) == s["平台利润率（%）"], fact.label, "profit rate")
        elif fact.component == "平台年利润（万元）":
            chk(model.pct(fact.normalized, s["平台建设金额（万元）"]) == s["投资回报率（%）"], fact.label, "ROI")
        elif fact.label in s:
            chk(fact.normalized == s[fact.label], fact.label, f"{fact.file} p{fact.page}: {fact.value} ≠ {s[fact.label]}")
    files = {role: rel for rel, role in sorted(truth.files.items())}
    form = read_form(folder / next(r for r, role in truth.files.items() if role == "申报表"))
    cells = forms.form_cells(p, sep=False)
    for l1, l2, l3, content, key in notice.FORM_ROWS:
        got = form.get(content, "")
        chk(same_cell(got, cells[key]), content, f"form cell {got!r} ≠ {cells[key]!r}")
        if key in notice.LIMITS:
            kind, n = notice.LIMITS[key]
            body = cells[key].split("\n私有化部署说明：")
            if len(body) > 1:
                chk(0.6 * 100 <= chars(body[1]) <= 1.4 * 100, key, "私有化说明 length")
            ln = chars(body[0])
            chk(ln <= n if kind == "以内" else 0.6 * n <= ln <= 1.4 * n, key, f"{ln} chars vs {kind}{n}")
    for key in ("介绍", "成效"):
        chk(chars(p.texts[key]) <= 500, key, "500字")
    summ = read_summary(folder / files["汇总表"])
    for r in truth.summary_rows:
        chk(squash(summ.get(r.label, "")) == squash(r.value), r.label, f"汇总表 {summ.get(r.label)!r} ≠ 申报表 {r.value!r}")
    text = narrative_text(folder / next(r for r, role in truth.files.items() if role == "申报书" and r.endswith(".docx")))
    for sec in ("一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
                "六、附件及其他说明材料"):
        chk(sec in text, "申报书", sec)
    chk(("七、平台相较上年度对比情况" in text) == p.participated, "申报书", "七")
    for m in re.finditer(r"(超过|约|近)([\d,.]+)(万)?(家|台（套）|个)(?!百分点)", text):
        word, num, wan, unit = m.groups()
        clause = re.split(r"[。；\n]", text[:m.start()])[-1]
        if any(w in clause for w in ("同行业", "该企业", "力争", "对标", "工厂")):
            continue  # a benchmark platform, a customer or a target — not a claim about the declared figure
        value = float(num.replace(",", "")) * (10000 if wan else 1)
        before = text[max(0, m.start() - 10):m.start()]
        claims = {"家": [s["实际服务企业数（个）"]] if "服务企业" in before else [s["注册企业用户数（个）"]] if "注册" in before
                  else [s["实际服务企业数（个）"], s["注册企业用户数（个）"]], "台（套）": [s[dev]],
                  "个": [s["工业APP数量（个）"]]}[unit]
        ok = any((x > value) if word == "超过" else (abs(x - value) <= 0.05 * x) for x in claims)
        chk(ok, {"家": "实际服务企业数（个）", "台（套）": dev, "个": "工业APP数量（个）"}[unit], f"申报书 {m.group(0)}")
    return bad


def fact_checks(truth, folder: Path, ctx) -> list[str]:
    bad = []
    for f in truth.evidence_facts:
        q = squash(f.quote)
        rel = f.file
        data = (folder / rel).read_bytes()
        if rel.endswith(".png"):
            ok = any(q == squash(t) for t in ctx.png[rel])
        elif rel.endswith(".xlsx"):
            ok = q in build.sheet_cells(data, f.page)
        elif f.image_only and rel in ctx.image_pages:
            ok = q in squash(ctx.image_pages[rel][f.page])
        elif f.image_only:
            page = squash(build.docs.pdf_page_texts(data)[f.page - 1])
            ok = any(squash(c) in page and any(q == squash(t) for t in texts) for c, texts in ctx.images[rel].items())
        else:
            ok = q in squash(build.docs.pdf_page_texts(data)[f.page - 1])
        if not ok:
            bad.append(f"{truth.package_id}: quote {f.quote!r} not on {rel} p{f.page}")
        num = re.sub(r"[^\d.]", "", f.value.split("：")[-1])
        expect = float(num) / 10000 if f.unit == "元" else float(num)
        if f.unit == "元":
            expect = model.r2(expect)
        if abs(expect - f.normalized) > 0.005:
            bad.append(f"{truth.package_id}: {f.label} {f.value} {f.unit} → {f.normalized} (expected {expect})")
    return bad


def main() -> int:
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in build.SPECS:
            spec = importlib.import_module(f"eval_sets.blind.h79.{name}")
            fresh, ctx = build.build_one(spec, Path(tmp) / "packages", Path(tmp) / "truth")
            folder = HERE / "packages" / spec.PID
            truth = load_truth(HERE / "truth" / f"{spec.PID}.json")
            if (Path(tmp) / "truth" / f"{spec.PID}.json").read_bytes() != (HERE / "truth" / f"{spec.PID}.json").read_bytes():
                failures.append(f"{spec.PID}: truth differs from a rebuild")
            on_disk = {str(x.relative_to(folder)) for x in folder.rglob("*") if x.is_file()}
            if on_disk != set(truth.files):
                failures.append(f"{spec.PID}: files on disk ≠ truth files: {on_disk ^ set(truth.files)}")
            for rel in truth.files:
                if (folder / rel).read_bytes() != (Path(tmp) / "packages" / spec.PID / rel).read_bytes():
                    failures.append(f"{spec.PID}: {rel} differs from a rebuild")
            if [r.label for r in truth.summary_rows] != list(notice.SUMMARY_LABELS):
                failures.append(f"{spec.PID}: summary labels")
            failures += fact_checks(truth, folder, ctx)
            bad = consistency(spec, folder, truth)
            if not truth.problems:
                failures += [f"{spec.PID}: {lab}: {msg}" for lab, msg in bad]
            else:
                planted = {f for pr in truth.problems for f in pr.fields}
                stray = [(lab, msg) for lab, msg in bad if lab not in planted]
                failures += [f"{spec.PID}: unplanted {lab}: {msg}" for lab, msg in stray]
                for pr in truth.problems:
                    if not any(lab in pr.fields for lab, _m in bad):
                        failures.append(f"{spec.PID}: planted {pr.id} not visible")
            print(f"{spec.PID}: {len(truth.evidence_facts)} facts, {len(truth.problems)} problems, "
                  f"{len(bad)} findings by the consistency check")
    for line in failures:
        print("FAIL", line)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
