"""Checks the h9 set: `.venv/bin/python eval_sets/blind/h9/verify.py`.

- every truth file loads with eval_sets.truth.load_truth;
- every file named in the truth exists; every package file is named in the truth;
- every text-PDF fact quote occurs on that page (pypdfium2 text, whitespace-insensitive); XLSX quotes on that
  worksheet; DOCX quotes in the document; image-only facts sit on image-only pages / PNG page 1;
- 附件4 labels are exactly the labels of the independent truth files;
- an arithmetic audit of the summary rows: the clean package must raise nothing, a problem package exactly
  the computable problems that were planted.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

HERE = Path(__file__).resolve().parent
IND = Path(__file__).resolve().parents[2] / "independent" / "truth" / "ind01_dianke_clean.json"

APPX_A = {"采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人", "电工、电子设备", "轻工设备",
          "工程机械", "农林机械", "物流设备", "交通设备", "其他"}
APPX_B = {"安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"}
APPX_C = {"采矿", "黑色金属", "有色金属", "石化化工", "建材", "医药", "纺织", "家电", "食品", "烟草", "轻工", "机械", "汽车", "航空/航天",
          "船舶", "轨道交通", "电子", "电力、热力和燃气", "建筑业", "农业", "服务业", "其他"}
APPX_D = {"数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"}
APPX_E = {"数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"}
APPX_F = {"北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
          "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆", "大连",
          "青岛", "宁波", "厦门", "深圳", "香港", "澳门", "台湾"}


def sq(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_texts(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    doc.close()
    return out


def xlsx_sheet_text(path: Path, idx: int) -> str:
    wb = load_workbook(path, read_only=True)
    ws = wb.worksheets[idx - 1]
    parts = [str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    wb.close()
    return "\n".join(parts)


def docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def audit(truth) -> set[str]:
    """Families (with a key field) the summary rows make computable."""
    v = {r.label: r.normalized for r in truth.summary_rows}
    found = set()

    def num(label):
        x = v.get(label)
        return x if isinstance(x, (int, float)) and not isinstance(x, bool) else None

    if None not in (num("平台团队总人数（人）"), num("运维人数（人）"), num("运营人数（人）")):
        if num("运维人数（人）") + num("运营人数（人）") != num("平台团队总人数（人）"):
            found.add("identity:平台团队总人数（人）")
    subsets = [("运维人数（人）", "平台团队总人数（人）"), ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"),
               ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("工业APP数量（个）", "工业软件总量（个）"), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
               ("公有云工业APP数量（个）", "工业APP数量（个）"), ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
               ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("存储工业数据量（TB）", "存储容量（TB）"),
               ("公有云数据总量（TB）", "存储工业数据量（TB）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")]
    for a, b in subsets:
        if num(a) is not None and num(b) is not None and num(a) > num(b):
            found.add(f"subset:{a}")
    if num("工业APP数量（个）") is not None and num("基于平台开发的工业APP数量（个）") is not None:
        if num("基于平台开发的工业APP数量（个）") + num("云化工业软件数量（个）") != num("工业APP数量（个）"):
            found.add("identity:工业APP数量（个）")
    sums = [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", APPX_A),
            ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", APPX_F),
            ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）", APPX_A),
            ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）", APPX_F),
            ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）", APPX_A),
            ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）", APPX_F),
            ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）", None),
            ("按分类统计工业APP数量（个）", "工业APP数量（个）", APPX_B), ("按行业统计工业APP数量（个）", "工业APP数量（个）", APPX_C),
            ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）", APPX_B),
            ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）", APPX_C),
            ("按分类统计工业模型数量（个）", "工业机理模型数量（个）", APPX_D),
            ("按行业统计服务企业数（个）", "实际服务企业数（个）", APPX_C), ("按省市区域统计服务企业数（个）", "实际服务企业数（个）", APPX_F),
            ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）", APPX_E)]
    for bd, tot, cats in sums:
        d = v.get(bd)
        if isinstance(d, dict) and num(tot) is not None:
            if sum(d.values()) != num(tot):
                found.add(f"breakdown_sum:{bd}")
            if cats is not None:
                for k in d:
                    if k not in cats and not re.search(r"[A-Z][a-z]", k):
                        found.add(f"invalid_category:{bd}")
    if isinstance(v.get("按省市区域统计服务企业数（个）"), dict) and num("服务本市企业数量（个）") is not None:
        if v["按省市区域统计服务企业数（个）"].get("上海") != num("服务本市企业数量（个）"):
            found.add("identity:服务本市企业数量（个）")

    def close(a, b):
        return abs(a - b) <= 0.011

    rd, rev = num("平台相关研发投入（万元）"), num("平台相关营业收入（万元）")
    if rd and rev and num("平台相关研发投入强度（%）") is not None and not close(rd / rev * 100, num("平台相关研发投入强度（%）")):
        found.add("formula:平台相关研发投入强度（%）")
    cap, data = num("存储容量（TB）"), num("存储工业数据量（TB）")
    if cap and data and not close(data / cap * 100, num("存储资源利用率（%）")):
        found.add("formula:存储资源利用率（%）")
    reg, pay = num("注册企业用户数（个）"), num("付费企业数（个）")
    if reg and pay and not close(pay / reg * 100, num("付费用户占比（%）")):
        found.add("formula:付费用户占比（%）")
    g = v.get("平台近三年经营指标情况")
    if isinstance(g, dict):
        for y in (2022, 2023):
            a, b = g[f"{y - 1}年平台营收（万元）"], g[f"{y}年平台营收（万元）"]
            if not close((b - a) / a * 100, g[f"{y}年增长率（%）"]):
                found.add("growth_rate:平台近三年经营指标情况")
        if rev is not None and not close(g["2023年平台营收（万元）"], rev):
            found.add("identity:平台近三年经营指标情况")
    for r in truth.summary_rows:
        if r.normalized is None and r.value == "":
            found.add(f"blank:{r.label}")
    return found


def main() -> int:
    labels = [r["label"] for r in json.loads(IND.read_text(encoding="utf-8"))["summary_rows"]]
    errors = []
    n_facts = 0
    for tf in sorted((HERE / "truth").glob("*.json")):
        t = load_truth(tf)
        root = HERE / t.path
        if [r.label for r in t.summary_rows] != labels:
            errors.append(f"{t.package_id}: 附件4 labels differ from the independent set")
        for name in t.files:
            if not (root / name).is_file():
                errors.append(f"{t.package_id}: missing file {name}")
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        extra = on_disk - set(t.files)
        if extra:
            errors.append(f"{t.package_id}: files not in truth: {sorted(extra)}")
        cache = {}
        for f in t.facts if hasattr(t, "facts") else t.evidence_facts:
            n_facts += 1
            path = root / f.file
            suf = path.suffix.lower()
            if suf == ".pdf":
                if path not in cache:
                    cache[path] = pdf_texts(path)
                pages = cache[path]
                if not 1 <= f.page <= len(pages):
                    errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                    continue
                text = pages[f.page - 1]
                if f.image_only:
                    if sq(text):
                        errors.append(f"{t.package_id}: {f.file} p{f.page} is not image-only")
                elif sq(f.quote) not in sq(text):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif suf == ".xlsx":
                if sq(f.quote) not in sq(xlsx_sheet_text(path, f.page)):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on sheet {f.page} of {f.file}")
            elif suf == ".docx":
                if f.page != 1 or sq(f.quote) not in sq(docx_text(path)):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in {f.file}")
            elif suf == ".png":
                if f.page != 1 or not f.image_only:
                    errors.append(f"{t.package_id}: PNG fact must be page 1 image_only ({f.file})")
            else:
                errors.append(f"{t.package_id}: unexpected evidence type {f.file}")
        for p in t.problems:
            for name in p.files:
                if p.family != "missing_file" and not (root / name).is_file():
                    errors.append(f"{t.package_id}: problem {p.id} names missing {name}")
        got = audit(t)
        computable = {"identity", "subset", "breakdown_sum", "invalid_category", "formula", "growth_rate", "blank"}
        planted = {f"{p.family}:{p.fields[0]}" for p in t.problems if p.family in computable}
        if got != planted:
            errors.append(f"{t.package_id}: audit found {sorted(got)} but planted {sorted(planted)}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems; "
              f"audit {sorted(got) or 'clean'}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)", f"({n_facts} facts checked)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
