"""Check the h99 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h99.verify

1. files: each truth validates against eval_sets.truth; the package on disk holds exactly the truth's files.
2. facts: every quote is on its stated page (PDF text layer, XLSX sheet cells, or — for image-only pages and
   PNGs — the text drawn into the image, recorded by the build in drawn_text.json); image_only is set exactly
   when the page has no text layer carrying the quote.
3. rows: summary_rows are the 103 附件4 labels in order; the 汇总表 cell equals the truth value; the 申报表
   (DOCX or XLSX) carries the same value.
4. clean: an independent re-check of what the notice checks (formulas and growth rates from the evidence,
   breakdown sums, company figures = audited statements, chapters 一–七, 必写 paragraphs, case names,
   character limits, 平台网址 with account and password, scans image-only, dates after the notice)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h99.model import LABELS
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]


def squash(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pdf_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_sheets(path: Path) -> list[list[list]]:
    wb = openpyxl.load_workbook(str(path))
    return [[list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets]


def close(a, b, tol=0.006) -> bool:
    return a is not None and b is not None and abs(a - b) < tol


def verify_package(t, drawn: dict, errors: list) -> None:
    root = REPO / t.path
    pid = t.package_id
    err = lambda m: errors.append(f"{pid}: {m}")
    on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    if on_disk != set(t.files):
        err(f"files differ: {sorted(on_disk ^ set(t.files))}")
    # ---- facts
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            if path.suffix == ".pdf":
                cache[f.file] = [squash(x) for x in pdf_texts(path)]
            elif path.suffix == ".xlsx":
                cache[f.file] = [[squash(c) for r in sh for c in r if c is not None] for sh in xlsx_sheets(path)]
            else:
                cache[f.file] = None
        content = cache[f.file]
        q = squash(f.quote)
        if content is None:
            in_layer = False
        elif path.suffix == ".pdf":
            in_layer = q in content[f.page - 1]
        else:
            in_layer = any(q in c for c in content[f.page - 1]) or q in "".join(content[f.page - 1])
        in_image = q in drawn.get(f"{pid}/{f.file}", {}).get(str(f.page), "")
        if f.image_only and not (in_image and not in_layer):
            err(f"image_only fact not drawn or also in text layer: {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            err(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if squash(f.value) not in q and not close(num(f.value), num(f.quote)):
            err(f"value {f.value} not in quote {f.quote}")
    # ---- image-only scans
    for name, role in t.files.items():
        if role in ("申报表扫描件", "承诺") or name.endswith("备案证明（新证及到期旧证）.pdf"):
            if any(squash(x) for x in pdf_texts(root / name)):
                err(f"scan has a text layer: {name}")
            if f"{pid}/{name}" not in drawn:
                err(f"no drawn text for {name}")
    # ---- rows
    labels = [r.label for r in t.summary_rows]
    if labels != LABELS:
        err("summary_rows are not the 103 附件4 labels in order")
    rows = {r.label: r for r in t.summary_rows}
    summ = next(n for n, r in t.files.items() if r == "汇总表")
    sheet = xlsx_sheets(root / summ)[0]
    cells = {str(r[0]): "" if r[1] is None else str(r[1]) for r in sheet[1:]}
    for lab in LABELS:
        if cells.get(lab) != rows[lab].value:
            err(f"汇总表 differs from truth: {lab}: {cells.get(lab)!r} vs {rows[lab].value!r}")
    form = next(n for n, r in t.files.items() if r == "申报表")
    pairs: list[list[str]] = []
    if form.endswith(".docx"):
        for tb in docx.Document(str(root / form)).tables:
            pairs += [[c.text for c in r.cells] for r in tb.rows]
    else:
        for sh in xlsx_sheets(root / form):
            pairs += [["" if c is None else str(c) for c in r] for r in sh]
    fcell = {p[0]: p[1] for p in pairs if len(p) >= 2}
    skip = {"序号", "企业名称", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息", "建设时间"}
    for lab in LABELS:
        if lab in skip:
            continue
        cell, r = fcell.get(lab), rows[lab]
        if cell is None:
            err(f"申报表 has no row {lab}")
            continue
        n = r.normalized
        if isinstance(n, bool):
            ok = cell.startswith("是" if n else "否")
        elif isinstance(n, (int, float)):
            ok = close(num(cell), n)
        else:
            ok = squash(r.value) in squash(cell)
        if not ok:
            err(f"申报表 differs: {lab}: {cell!r} vs {r.value!r}")
    if not re.search(r"账号[：:]\S+.*密码[：:]\S+", fcell.get("平台网址", "")):
        err("平台网址 lacks account and password")
    for k, lim in (("平台基本情况介绍", 500), ("平台建设成效", 500), ("平台定位是否明确", 50), ("其他资源汇聚情况", 200),
                   ("跨平台调用功能建设情况", 200), ("平台有否与新技术的融合应用", 300), ("新产业、新模式培育情况", 300),
                   ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", 300)):
        if len(squash(fcell.get(k, ""))) > lim:
            err(f"{k} over {lim} characters")
    # ---- formulas from the truth + evidence
    v = {lab: rows[lab].normalized for lab in LABELS}
    comp = {}
    for f in t.evidence_facts:
        if f.component:
            comp[(f.label, f.component)] = f.normalized
    direct = {f.label: f.normalized for f in t.evidence_facts if not f.component}
    for lab, n in direct.items():
        if lab in v and not close(float(v[lab]), float(n)):
            err(f"declared {lab} {v[lab]} differs from evidence {n}")
    pct = lambda a, b: round(a / b * 100 + 1e-9, 2)
    rev = v["平台相关营业收入（万元）"]
    if not close(v["平台相关研发投入强度（%）"], pct(v["平台相关研发投入（万元）"], rev)):
        err("研发投入强度 formula")
    if not close(v["平台利润率（%）"], pct(comp[("平台利润率（%）", "平台利润总额（万元）")], rev)):
        err("利润率 formula")
    if not close(v["投资回报率（%）"], pct(comp[("投资回报率（%）", "平台年利润（万元）")], v["平台建设金额（万元）"])):
        err("投资回报率 formula")
    if not close(v["存储资源利用率（%）"], pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])):
        err("存储资源利用率 formula")
    if not close(v["付费用户占比（%）"], pct(comp[("付费用户占比（%）", "2023年底付费用户数（个）")],
                                          comp[("付费用户占比（%）", "2023年底平台用户总数（个）")])):
        err("付费用户占比 formula")
    if not close(v["平台社会贡献率（%）"], pct(comp[("平台社会贡献率（%）", "社会贡献总额（万元）")],
                                            comp[("平台社会贡献率（%）", "平均资产总额（万元）")])):
        err("社会贡献率 formula")
    t23, t22 = comp[("平台交易规模年增长率（%）", "2023年平台交易规模（万元）")], comp[("平台交易规模年增长率（%）", "2022年平台交易规模（万元）")]
    if not close(v["平台交易规模年增长率（%）"], pct(t23 - t22, t22)):
        err("交易规模年增长率")
    ops = v["平台近三年经营指标情况"]
    r = {y: comp.get(("平台近三年经营指标情况", f"{y}年平台营收（万元）")) for y in (2020, 2021, 2022)}
    r[2023] = rev
    for y in (2021, 2022, 2023):
        if not close(ops[f"{y}年平台营收（万元）"], r[y]) or not close(ops[f"{y}年增长率（%）"], pct(r[y] - r[y - 1], r[y - 1])):
            err(f"{y} 营收/增长率")
    sums = [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
            ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
            ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
            ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
            ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
            ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
            ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
            ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
            ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])]
    for total, parts in sums:
        for part in parts:
            if sum(v[part].values()) != v[total]:
                err(f"{part} does not add up to {total}")
    if v["平台团队总人数（人）"] != v["运维人数（人）"] + v["运营人数（人）"]:
        err("team breakdown")
    # company figures = audited statements (元 → 万元)
    co = {f.label: f.normalized for f in t.evidence_facts}
    for lab in ("总资产（万元）", "主营业务收入（万元）", "利润总额（万元）", "税金（万元）"):
        if not close(num(fcell.get(lab)), co[lab]):
            err(f"company {lab} differs from audit")
    if not close(num(fcell.get("负债率（%）")), pct(comp[("负债率（%）", "负债总额（万元）")], co["总资产（万元）"])):
        err("负债率")
    if not close(num(fcell.get("主营业务收入增长率（%）")),
                 pct(co["主营业务收入（万元）"] - comp[("主营业务收入增长率（%）", "2022年主营业务收入（万元）")],
                     comp[("主营业务收入增长率（%）", "2022年主营业务收入（万元）")])):
        err("主营业务收入增长率")
    # ---- 申报书
    book = next(n for n, r in t.files.items() if r == "申报书")
    paras = [p.text.strip() for p in docx.Document(str(root / book)).paragraphs]
    heads = [p for p in paras if p in CHAPTERS]
    if heads != CHAPTERS:
        err(f"chapters: {heads}")
    i2, i3, i4 = paras.index(CHAPTERS[1]), paras.index(CHAPTERS[2]), paras.index(CHAPTERS[3])
    last2 = [p for p in paras[i2 + 1:i3] if p][-1]
    last3 = [p for p in paras[i3 + 1:i4] if p][-1]
    if not last2.startswith("平台技术创新点总结") or len(squash(last2)) > 300:
        err("chapter 二 必写 paragraph")
    if not last3.startswith("应用创新点总结") or len(squash(last3)) > 300:
        err("chapter 三 必写 paragraph")
    cases = [p for p in paras if re.match(r"案例\d：", p)]
    if not 1 <= len(cases) <= 3:
        err("case count")
    for c in cases:
        name = c.split("：", 1)[1]
        if not name.startswith(t.platform.declared_name + "——") or len(name) > 30:
            err(f"case name {name}")
    for lab, key in (("平台连接工业设备运维成本平均下降率（%）", "运维成本下降"), ("平台连接工业设备能耗平均下降率（%）", "能耗下降"),
                     ("平台连接工业设备安全生产持续时间平均提升率（%）", "安全生产持续时间提升")):
        vals = [float(m) for c in paras for m in re.findall(key + r"(\d+\.\d+)%", c) if c.startswith("案例实际内容简介")]
        if len(vals) != 3 or not close(round(sum(vals) / 3 + 1e-9, 2), v[lab]):
            err(f"{lab} is not the mean of the three cases: {vals}")
    # ---- dates after the notice (2024-06-20)
    for d in re.findall(r"2024年(\d+)月(\d+)日", "".join(drawn.get(f"{pid}/附件5 真实性承诺（盖章）.pdf", {}).values())):
        if (int(d[0]), int(d[1])) <= (6, 20):
            err("承诺 dated before the notice")
    if t.problems:
        err("h99 packages are all clean")


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    truths = [load_truth(p) for p in sorted((HERE / "truth").glob("*.json"))]
    for t in truths:
        verify_package(t, drawn, errors)
    nf = sum(len(t.evidence_facts) for t in truths)
    for e in errors:
        print("FAIL", e)
    print(f"{len(truths)} packages, {sum(not t.problems for t in truths)} clean, {nf} facts, "
          f"{sum(len(t.problems) for t in truths)} problems: {'FAILED' if errors else 'OK'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
