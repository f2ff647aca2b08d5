"""Verify the built h43 set: truth loads, files match, quotes are on their pages, formulas hold.

    /work/main/.venv/bin/python -m eval_sets.blind.h43.verify [--root DIR]

Checks per package:
- truth loads (eval_sets.truth.load_truth); files on disk == truth `files`; 103 summary rows;
- every fact: its page exists; image-only pages have no text layer (PDF) and the quote is one of the strings
  drawn on that page (recorded at build time in drawn/<id>.json); non-image quotes in the file's text;
- the 申报表 (DOCX/XLSX) prints every non-blank 附件4 value that comes from it; the 汇总表 prints them too;
- formula audit on the declared figures (运维+运营, 强度, 利润率, 利用率, 付费占比, 投资回报率, growth rates,
  breakdown sums, 本市 = 上海, subsets, overseas);
- evidence vs declaration: in the clean package every fact agrees with the declaration (components through
  their formulas); in a problem package every disagreement is covered by a planted problem and every planted
  evidence problem shows a disagreement;
- exactly one clean package; 申报书 chapter 七 present iff 2023参评; the 承诺 problems really lack a seal/signature
  (checked on the drawn page: no red pixels / no signature ink).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from PIL import Image

from eval_sets.truth import load_truth

from . import office

HERE = Path(__file__).resolve().parent


def page_count(path: Path) -> int:
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pypdfium2 as pdfium

        return len(pdfium.PdfDocument(str(path)))
    if suf in (".tif", ".tiff"):
        return Image.open(path).n_frames
    if suf in (".jpg", ".jpeg", ".png"):
        return 1
    if suf == ".xlsx":
        return len(office.xlsx_sheet_texts(path))
    return 1


def pdf_text(path: Path, page: int) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    return pdf[page - 1].get_textpage().get_text_range()


def close(a, b, tol=0.0051) -> bool:
    return math.isclose(float(a), float(b), abs_tol=tol)


def audit_declared(rows: dict, errs: list, pid: str):
    g = lambda k: rows[k]  # noqa: E731
    if g("运维人数（人）") + g("运营人数（人）") != g("平台团队总人数（人）"):
        errs.append(f"{pid}: 运维+运营 != 总人数")
    if not close(g("平台相关研发投入（万元）") / g("平台相关营业收入（万元）") * 100, g("平台相关研发投入强度（%）")):
        errs.append(f"{pid}: 研发投入强度")
    if not close(g("存储工业数据量（TB）") / g("存储容量（TB）") * 100, g("存储资源利用率（%）")):
        errs.append(f"{pid}: 存储资源利用率")
    if not close(g("付费企业数（个）") / g("注册企业用户数（个）") * 100, g("付费用户占比（%）")):
        errs.append(f"{pid}: 付费用户占比")
    three = g("平台近三年经营指标情况")
    if not close(three["2023年平台营收（万元）"], g("平台相关营业收入（万元）")):
        errs.append(f"{pid}: 2023营收 != 平台相关营业收入")
    for y in (2022, 2023):
        r = (three[f"{y}年平台营收（万元）"] / three[f"{y - 1}年平台营收（万元）"] - 1) * 100
        if not close(r, three[f"{y}年增长率（%）"]):
            errs.append(f"{pid}: {y}年增长率")
    sums = [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
            ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
            ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）",
                                          "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
            ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
            ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
            ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
            ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
            ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
            ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])]
    for total, parts in sums:
        for part in parts:
            if sum(g(part).values()) != g(total):
                errs.append(f"{pid}: {part} sums to {sum(g(part).values())} != {total} {g(total)}")
    ovs = g("按海外国家分类统计海外设备连接数量（台/套）")
    for k, v in ovs.items():
        if g("按省市区域统计工业设备数量（台/套）").get(k) != v:
            errs.append(f"{pid}: overseas {k} differs between region and country breakdowns")
    if g("按省市区域统计服务企业数（个）").get("上海") != g("服务本市企业数量（个）"):
        errs.append(f"{pid}: 上海 != 服务本市企业数量")
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("工业APP数量（个）", "工业软件总量（个）"),
               ("公有云工业APP数量（个）", "工业APP数量（个）"), ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
               ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]
    for a, b in subsets:
        if g(a) > g(b):
            errs.append(f"{pid}: {a} > {b}")
    if g("基于平台开发的工业APP数量（个）") + g("云化工业软件数量（个）") != g("工业APP数量（个）"):
        errs.append(f"{pid}: 平台开发+云化 != 工业APP")


def fact_agrees(f, rows) -> bool | None:
    """True/False when the fact can be compared with the declaration, None when not."""
    if f.component:
        if f.component.endswith("年平台营收（万元）"):
            return close(rows["平台近三年经营指标情况"][f.component], f.normalized)
        if f.component == "平台利润总额（万元）":
            return close(f.normalized / rows["平台相关营业收入（万元）"] * 100, rows["平台利润率（%）"])
        if f.component == "平台年利润（万元）":
            return close(f.normalized / rows["平台建设金额（万元）"] * 100, rows["投资回报率（%）"])
        return None
    for k, v in rows.items():
        if k == f.label:
            return close(v, f.normalized)
    return None


def red_pixels(img: Image.Image) -> int:
    im = img.convert("RGB").resize((img.width // 4, img.height // 4))
    return sum(1 for r, g, b in im.get_flattened_data() if r > 150 and g < 110 and b < 110)


def verify(root: Path) -> list[str]:
    errs: list[str] = []
    truths = sorted((root / "truth").glob("*.json"))
    if len(truths) != 4:
        errs.append(f"expected 4 truth files, got {len(truths)}")
    clean = 0
    total_facts = total_problems = 0
    for tp in truths:
        t = load_truth(tp)
        pid = t.package_id
        pkg = root / "packages" / pid
        drawn = json.loads((root / "drawn" / f"{pid}.json").read_text(encoding="utf-8"))
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errs.append(f"{pid}: files differ: extra {on_disk - set(t.files)}, missing {set(t.files) - on_disk}")
        if len(t.summary_rows) != 103 or len({r.label for r in t.summary_rows}) != 103:
            errs.append(f"{pid}: summary rows not 103 unique")
        rows = {r.label: r.normalized for r in t.summary_rows}
        audit_declared(rows, errs, pid)
        if not t.problems:
            clean += 1
        total_facts += len(t.evidence_facts)
        total_problems += len(t.problems)
        # facts on their pages
        for f in t.evidence_facts:
            path = pkg / f.file
            n = page_count(path)
            if f.page > n:
                errs.append(f"{pid}: {f.file} has {n} pages, fact on {f.page}")
                continue
            if f.image_only:
                strings = drawn.get(f.file, {}).get(str(f.page), [])
                if not any(f.quote in s for s in strings):
                    errs.append(f"{pid}: quote {f.quote!r} not drawn on {f.file} p{f.page}")
                if path.suffix.lower() == ".pdf" and pdf_text(path, f.page).strip():
                    errs.append(f"{pid}: {f.file} p{f.page} has a text layer")
            if f.value.replace(",", "") and f.unit != "元":
                try:
                    if not close(float(f.value.replace(",", "")), f.normalized) and "万" not in f.value:
                        errs.append(f"{pid}: fact value/normalized mismatch {f.value} {f.normalized}")
                except ValueError:
                    pass
            elif f.unit == "元" and not close(float(f.value.replace(",", "")) / 10000, f.normalized):
                errs.append(f"{pid}: 元→万元 mismatch {f.value} {f.normalized}")
        # 申报表 and 汇总表 print the declared values
        form = next(k for k, v in t.files.items() if v == "申报表")
        summ = next(k for k, v in t.files.items() if v == "汇总表")
        ftext = office.docx_text(pkg / form) if form.endswith(".docx") else "\n".join(office.xlsx_sheet_texts(pkg / form))
        stext = office.docx_text(pkg / summ) if summ.endswith(".docx") else "\n".join(office.xlsx_sheet_texts(pkg / summ))
        skip_form = {"序号", "平台性质", "评审会现场地址信息", "建设时间", "平台近三年经营指标情况", "平台建设方式", "平台运营模式",
                     "部署方式", "平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                     "平台是否服务上海智能工厂，数量", "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破",
                     "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统", "杀手锏APP数量（个）"}
        for r in t.summary_rows:
            if r.value and r.label not in skip_form and r.value not in ftext:
                errs.append(f"{pid}: 申报表 does not print {r.label} = {r.value!r}")
            if r.value and r.value not in stext:
                errs.append(f"{pid}: 汇总表 does not print {r.label} = {r.value!r}")
        for y in (2021, 2022, 2023):
            v = rows["平台近三年经营指标情况"]
            if f"{y}年平台营收{v[f'{y}年平台营收（万元）']:.2f}万元/增长率{v[f'{y}年增长率（%）']:.2f}%" not in ftext:
                errs.append(f"{pid}: 申报表 misses the {y} revenue line")
        # 申报书 chapter 七
        book = next(k for k, v in t.files.items() if v == "申报书")
        btext = office.docx_text(pkg / book) if book.endswith(".docx") else \
            "".join(pdf_text(pkg / book, i + 1) for i in range(page_count(pkg / book)))
        has7 = "七、平台相较上年度对比情况" in btext.replace("\n", "").replace(" ", "")
        if has7 != t.platform.participated_2023:
            errs.append(f"{pid}: chapter 七 present={has7} but 2023参评={t.platform.participated_2023}")
        # evidence vs declaration
        planted_fields = {fld for p in t.problems if p.family in ("declared_vs_evidence", "count_vs_list",
                                                                   "screenshot_vs_form") for fld in p.fields}
        disagree = set()
        for f in t.evidence_facts:
            ok = fact_agrees(f, rows)
            if ok is False:
                disagree.add(f.label)
                if f.label not in planted_fields:
                    errs.append(f"{pid}: unplanted disagreement {f.label} {f.value} on {f.file} p{f.page}")
        for p in t.problems:
            if p.family in ("declared_vs_evidence", "count_vs_list", "screenshot_vs_form"):
                if not set(p.fields) & disagree:
                    errs.append(f"{pid}: planted {p.id} shows no disagreeing fact")
            if p.family == "missing_proof":
                f = p.files[0]
                img = _first_page(pkg / f)
                if "没有加盖" in p.description and red_pixels(img) > 50:
                    errs.append(f"{pid}: {f} should carry no seal but has red ink")
                if "没有法定代表人" in p.description and _ink_blue(img) > 20:
                    errs.append(f"{pid}: {f} should carry no signature")
        # commitments of packages without a missing_proof problem carry both
        if not any(p.family == "missing_proof" for p in t.problems):
            f = next(k for k, v in t.files.items() if v == "承诺")
            img = _first_page(pkg / f)
            if red_pixels(img) < 200 or _ink_blue(img) < 20:
                errs.append(f"{pid}: 承诺 {f} lacks seal or signature")
        # EXIF orientation: the tag is only on files whose layout says so and rotates them upright
        for rel in t.files:
            if rel.lower().endswith((".jpg", ".jpeg")):
                o = Image.open(pkg / rel).getexif().get(0x0112)
                if o not in (None, 6):
                    errs.append(f"{pid}: {rel} unexpected orientation {o}")
    if clean != 1:
        errs.append(f"expected exactly one clean package, got {clean}")
    print(f"{len(truths)} packages, {total_facts} facts, {total_problems} problems")
    return errs


def _first_page(path: Path) -> Image.Image:
    from PIL import ImageOps

    if path.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        return pdfium.PdfDocument(str(path))[0].render(scale=2).to_pil()
    return ImageOps.exif_transpose(Image.open(path)).convert("RGB")


def _ink_blue(img: Image.Image) -> int:
    im = img.convert("RGB").resize((img.width // 4, img.height // 4))
    return sum(1 for r, g, b in im.get_flattened_data() if b > r + 25 and b > g + 15 and r < 120)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    a = ap.parse_args(argv)
    errs = verify(a.root)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
