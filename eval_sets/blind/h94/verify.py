"""Check the h94 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h94.verify

1. truth: every file validates with eval_sets.truth; the package on disk holds exactly the truth's files;
   summary_rows are the 103 附件4 labels in order; problems == [] (the set is all clean).
2. facts: every quote is on its page — PDF text layer (pypdf), XLSX worksheet cells, or, for image-only pages
   and PNGs, the text the build drew (drawn_text.json); image_only is set exactly when the PDF page has no
   text layer holding the quote; every fact agrees with the declared value (components through the formula).
3. form: every 附件4 row the 指标明细表 carries is what the DOCX 申报表 says; the 汇总表 XLSX equals the 申报表
   (cells typed as text or with units are parsed as a reviewer would).
4. audit: an independent reviewer's checks — the 填报指引 formulas, team identity, growth rates, subsets,
   breakdown sums, 附录 A–F categories, character limits, chapters 一–六 (+七 iff 2023 participant),
   承诺 signed/stamped and dated after the notice, platform name as in 附件6 — find nothing."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h94.labels import LABELS
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]

APPENDIX_A = set("采矿设备 化工设备 冶炼设备 电力设备 建材设备 动力设备 仪器仪表 机床 机器人 电工、电子设备 轻工设备 工程机械 农林机械 "
                 "物流设备 交通设备 其他".split())
APPENDIX_B = set("安全生产 节能减排 质量管控 供应链管理 研发设计 生产制造 运营管理 仓储物流 运维服务".split())
APPENDIX_C = set("采矿 黑色金属 有色金属 石化化工 建材 医药 纺织 家电 食品 烟草 轻工 机械 汽车 航空/航天 船舶 轨道交通 电子 "
                 "电力、热力和燃气 建筑业 农业 服务业 其他".split())
APPENDIX_D = {"数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"}
APPENDIX_E = set("数字化管理 平台化设计 网络化协同 智能化制造 个性化定制 服务化延伸".split())
APPENDIX_F = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 "
                 "甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 大连 青岛 宁波 厦门 深圳 香港 澳门 台湾".split())
LISTED = {22: ("面向钢铁行业的设备远程运维平台", "宝武装备智能科技有限公司", True), 24: ("欧贝平台", "欧冶工业品股份有限公司", False),
          28: ("基于全球船舶实时船位的航运新基建--船视宝", "中远海运科技股份有限公司", False),
          33: ("延锋工业互联网平台", "上海延锋金桥饰件系统有限公司", False)}
LIMITS = {"平台定位是否明确": 50, "其他资源汇聚情况": 200, "跨平台调用功能建设情况": 200, "平台有否与新技术的融合应用": 300,
          "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "新产业、新模式培育情况": 300, "平台基本情况介绍": 500, "平台建设成效": 500}
CHAPTERS = ["申报单位简介", "平台建设及运营情况", "平台应用成效", "平台下一步发展计划", "平台应用案例", "附件及其他说明材料", "平台相较上年度对比情况"]

ERRORS: list[str] = []


def fail(msg: str):
    ERRORS.append(msg)


def sq(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def r2(x: float) -> float:
    return float(f"{x + (1e-9 if x >= 0 else -1e-9):.2f}")


def close(a, b) -> bool:
    return abs(float(a) - float(b)) < 0.005


# ----------------------------------------------------------------------------------------- readers
def pdf_pages(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_sheets(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path))
    return [[str(c.value) for row in ws.iter_rows() for c in row if c.value is not None] for ws in wb.worksheets]


def parse_cell(text: str):
    """A reviewer's reading of a 汇总表 cell: number (units and % dropped) / yes-no / breakdown / text."""
    t = str(text).strip()
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*(台/套|万元|个|家|项|人|TB|台|%)?", t)
    if m:
        return float(m.group(1))
    return t


def form_tables(path: Path) -> tuple[dict, dict]:
    """(内容 -> 平台实际情况) of the 指标明细表, (key -> value) of the basic tables (label-cell colons resolved)."""
    d = docx.Document(str(path))
    table, basic = {}, {}
    for t in d.tables:
        head = [c.text for c in t.rows[0].cells]
        if "内容" in head and "平台实际情况" in head:
            ci, ai = head.index("内容"), head.index("平台实际情况")
            for r in t.rows[1:]:
                cells = [c.text for c in r.cells]
                table[cells[ci]] = cells[ai]
        else:
            for r in t.rows:
                cells = [c.text for c in r.cells]
                if len(cells) == 2:
                    k, v = cells
                    if not v and "：" in k:
                        k, v = k.split("：", 1)
                    basic[k] = v
    return table, basic


# ----------------------------------------------------------------------------------------- checks
def check_facts(t, root: Path, drawn: dict):
    rows = {r.label: r for r in t.summary_rows}
    pdf_cache: dict[str, list[str]] = {}
    for f in t.evidence_facts:
        path = root / f.file
        where = f"{t.package_id}: {f.file} p{f.page} {f.label} {f.quote!r}"
        drawn_page = drawn.get(f.file, {}).get(str(f.page))
        if f.file.endswith(".pdf"):
            texts = pdf_cache.setdefault(f.file, pdf_pages(path))
            if f.page > len(texts):
                fail(f"{where}: page out of range")
                continue
            in_layer = sq(f.quote) in sq(texts[f.page - 1])
            if in_layer == f.image_only:
                fail(f"{where}: image_only={f.image_only} but quote in text layer={in_layer}")
            if f.image_only and not (drawn_page and sq(f.quote) in sq("\n".join(drawn_page))):
                fail(f"{where}: quote not drawn on the image page")
            if f.image_only and sq(texts[f.page - 1]):
                fail(f"{where}: page has a text layer but is labelled image-only")
        elif f.file.endswith(".xlsx"):
            sheets = xlsx_sheets(path)
            if f.page > len(sheets) or not any(sq(f.quote) == sq(c) for c in sheets[f.page - 1]):
                fail(f"{where}: quote not a cell of the worksheet")
            if f.image_only:
                fail(f"{where}: xlsx fact marked image_only")
        elif f.file.endswith(".png"):
            if f.page != 1 or not f.image_only or not (drawn_page and sq(f.quote) in sq("\n".join(drawn_page))):
                fail(f"{where}: png quote not drawn / page / image_only")
        else:
            fail(f"{where}: unexpected evidence type")
        # agreement with the declared value
        row = rows.get(f.label)
        if row is None:
            fail(f"{where}: label is not a 附件4 row")
            continue
        n = {r.label: r.normalized for r in t.summary_rows}
        comp = f.component
        if not comp:
            ok = close(f.normalized, row.normalized)
        elif comp.startswith("20") and comp.endswith("平台营收（万元）"):
            ok = close(f.normalized, row.normalized[comp])
        elif comp == "平台利润总额（万元）":
            ok = close(r2(f.normalized / n["平台相关营业收入（万元）"] * 100), n["平台利润率（%）"])
        elif comp == "平台年利润（万元）":
            ok = close(r2(f.normalized / n["平台建设金额（万元）"] * 100), n["投资回报率（%）"])
        else:
            ok = False
        if not ok:
            fail(f"{where}: fact {f.normalized} disagrees with the declared {row.normalized}")


def check_form(t, root: Path):
    name = next(k for k, v in t.files.items() if v == "申报表")
    table, basic = form_tables(root / name)
    from eval_sets.blind.h94.texts import TABLE

    for _, content, label in TABLE:
        cell = table.get(content)
        if cell is None:
            fail(f"{t.package_id}: 指标明细表 lacks {content}")
            continue
        if label is None:
            if not cell.strip():
                fail(f"{t.package_id}: {content} blank")
            continue
        row = next(r for r in t.summary_rows if r.label == label)
        if isinstance(row.normalized, bool):
            ok = cell.startswith("是" if row.normalized else "否")
        else:
            ok = sq(cell) == sq(row.value) or (label == "平台是否服务上海智能工厂，数量" and sq(row.value) in sq(cell))
        if not ok:
            fail(f"{t.package_id}: 申报表 {content} = {cell!r} vs truth {row.value!r}")
    rows = {r.label: r for r in t.summary_rows}
    for key, label in (("平台名称", "平台名称"), ("平台建设金额（万元）", "平台建设金额（万元）"), ("单位（企业）名称", "企业名称")):
        if sq(basic.get(key)) != sq(rows[label].value):
            fail(f"{t.package_id}: 申报表 {key} = {basic.get(key)!r} vs {rows[label].value!r}")
    three = sq(basic.get("平台近三年经营指标情况"))
    for k, v in rows["平台近三年经营指标情况"].normalized.items():
        if f"{v:.2f}" not in three:
            fail(f"{t.package_id}: 近三年 {k} {v} not in the 申报表")
    for k in ("平台基本情况介绍", "平台建设成效"):
        if len(sq(basic.get(k))) > LIMITS[k] or not basic.get(k):
            fail(f"{t.package_id}: {k} empty or over {LIMITS[k]}")
    for k, lim in LIMITS.items():
        if k in table and len(sq(table[k])) > lim:
            fail(f"{t.package_id}: {k} over {lim} characters")
    # 汇总表 = 申报表
    sname = next(k for k, v in t.files.items() if v == "汇总表")
    ws = openpyxl.load_workbook(str(root / sname)).worksheets[0]
    got = {str(r[1]): r[2] for r in ws.iter_rows(min_row=3, values_only=True) if r[1]}
    for r in t.summary_rows:
        cell = got.get(r.label)
        if cell is None:
            fail(f"{t.package_id}: 汇总表 lacks {r.label}")
            continue
        v = parse_cell(cell)
        norm = r.normalized
        if isinstance(norm, bool):
            ok = str(cell).startswith("是" if norm else "否")
        elif isinstance(norm, (int, float)) and isinstance(v, float):
            ok = close(v, norm)
        else:
            ok = sq(cell) == sq(r.value)
        if not ok:
            fail(f"{t.package_id}: 汇总表 {r.label} = {cell!r} vs 申报表 {r.value!r}")


def check_audit(t, root: Path, drawn: dict):
    n = {r.label: r.normalized for r in t.summary_rows}
    pid = t.package_id
    rev = n["平台相关营业收入（万元）"]
    formulas = {"平台相关研发投入强度（%）": n["平台相关研发投入（万元）"] / rev * 100,
                "平台利润率（%）": None, "存储资源利用率（%）": n["存储工业数据量（TB）"] / n["存储容量（TB）"] * 100,
                "付费用户占比（%）": n["付费企业数（个）"] / n["注册企业用户数（个）"] * 100}
    for label, val in formulas.items():
        if val is not None and not close(r2(val), n[label]):
            fail(f"{pid}: formula {label} {n[label]} vs {r2(val):.2f}")
    three = n["平台近三年经营指标情况"]
    if not close(three["2023年平台营收（万元）"], rev):
        fail(f"{pid}: 2023 revenue in 近三年 ≠ 平台相关营业收入")
    for y in (2022, 2023):
        g = (three[f"{y}年平台营收（万元）"] - three[f"{y - 1}年平台营收（万元）"]) / three[f"{y - 1}年平台营收（万元）"] * 100
        if not close(r2(g), three[f"{y}年增长率（%）"]):
            fail(f"{pid}: growth {y}")
    if n["运维人数（人）"] + n["运营人数（人）"] != n["平台团队总人数（人）"]:
        fail(f"{pid}: team identity")
    subsets = [("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"),
               ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("工业APP数量（个）", "工业软件总量（个）"), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
               ("云化工业软件数量（个）", "工业APP数量（个）"), ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
               ("杀手锏APP数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
               ("存储工业数据量（TB）", "存储容量（TB）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")]
    for a, b in subsets:
        if n[a] > n[b]:
            fail(f"{pid}: subset {a} > {b}")
    sums = [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", APPENDIX_A),
            ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", None),
            ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）", APPENDIX_A),
            ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）", None),
            ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）", APPENDIX_A),
            ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）", None),
            ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）", "overseas"),
            ("按分类统计工业APP数量（个）", "工业APP数量（个）", APPENDIX_B),
            ("按行业统计工业APP数量（个）", "工业APP数量（个）", APPENDIX_C),
            ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）", APPENDIX_B),
            ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）", APPENDIX_C),
            ("按分类统计工业模型数量（个）", "工业机理模型数量（个）", APPENDIX_D),
            ("按行业统计服务企业数（个）", "实际服务企业数（个）", APPENDIX_C),
            ("按省市区域统计服务企业数（个）", "实际服务企业数（个）", None),
            ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）", APPENDIX_E)]
    for part, whole, cats in sums:
        d = n[part] or {}
        if sum(d.values()) != n[whole]:
            fail(f"{pid}: breakdown {part} sums to {sum(d.values())} ≠ {n[whole]}")
        for k in d:
            if cats is None:
                ok = k in APPENDIX_F or re.fullmatch(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+", k)
            elif cats == "overseas":
                ok = re.fullmatch(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+", k)
            else:
                ok = k in cats
            if not ok:
                fail(f"{pid}: {part} category {k!r} not in the 附录")
    if n["服务本市企业数量（个）"] != (n["按省市区域统计服务企业数（个）"] or {}).get("上海", 0):
        fail(f"{pid}: 本市 ≠ 上海 in the region breakdown")
    # platform identity
    name, company, part = LISTED[t.platform.list_no]
    if (t.platform.listed_name, t.platform.company, t.platform.participated_2023) != (name, company, part):
        fail(f"{pid}: platform ref differs from 附件6")
    if n["平台名称"] != name or n["企业名称"] != company or n["序号"] != t.platform.list_no:
        fail(f"{pid}: declared name/company/序号 differ from 附件6")
    # chapters
    bname = next(k for k, v in t.files.items() if v == "申报书")
    paras = [p.text.strip() for p in docx.Document(str(root / bname)).paragraphs]
    want = CHAPTERS if part else CHAPTERS[:6]
    found = [c for c in CHAPTERS if any(re.fullmatch(rf"(第[一二三四五六七]部分\s*|[一二三四五六七]、|\d\.\s*){c}", p) for p in paras)]
    if found != want:
        fail(f"{pid}: chapters {found} vs {want}")
    # 承诺: stamped scan, signed, dated after the notice (2024-06-20)
    cname = next((k for k, v in t.files.items() if v == "承诺"), None)
    if not cname:
        fail(f"{pid}: no 承诺")
    else:
        txt = "".join(drawn.get(cname, {}).get("1", []))
        m = re.search(r"2024年(\d+)月(\d+)日", txt)
        if "真实性承诺" not in txt or "法定代表人" not in txt or not m or (int(m.group(1)), int(m.group(2))) <= (6, 20):
            fail(f"{pid}: 承诺 text/date")
    for role in ("联系人表", "申报表", "申报表扫描件", "申报书", "汇总表", "承诺"):
        if role not in t.files.values():
            fail(f"{pid}: missing {role}")


def main() -> int:
    drawn_all = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    truths = sorted((HERE / "truth").glob("*.json"))
    if len(truths) != 4:
        fail(f"expected 4 truth files, found {len(truths)}")
    nfacts = 0
    for path in truths:
        try:
            t = load_truth(path)
        except Exception as exc:  # noqa: BLE001
            fail(f"{path.name}: {exc}")
            continue
        root = REPO / t.path
        on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            fail(f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != LABELS:
            fail(f"{t.package_id}: summary_rows are not the 103 附件4 labels")
        if t.problems:
            fail(f"{t.package_id}: a clean set must have no problems")
        drawn = drawn_all.get(t.package_id, {})
        check_facts(t, root, drawn)
        check_form(t, root)
        check_audit(t, root, drawn)
        nfacts += len(t.evidence_facts)
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts "
              f"({sum(f.image_only for f in t.evidence_facts)} image-only), 103 rows")
    for e in ERRORS:
        print("FAIL", e)
    print(f"{len(truths)} packages, {nfacts} facts, {len(ERRORS)} failures")
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
