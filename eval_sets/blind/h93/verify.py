"""Check the h93 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h93.verify

1. files: the package on disk holds exactly the truth's files; the truth validates; 103 附件4 rows in order.
2. facts: every quote is on its page (PDF text layer, cells of the XLSX sheet, or — image-only pages and PNGs —
   the text drawn into the image, recorded by the build in drawn_text.json); image_only is set exactly when the
   quote is not in a text layer.
3. form: every numeric 附件4 row of the truth is what the 申报表 cell says.
4. audit: an independent reviewer's checks on the truth + files must find exactly the planted problems
   (nothing on the clean packages)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h93.docs import indicator_rows
from eval_sets.blind.h93.labels import LABELS
from eval_sets.blind.h93.model import APP_CATS, MODEL_CATS, MODES
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]
APPENDIX_A = set("采矿设备 化工设备 冶炼设备 电力设备 建材设备 动力设备 仪器仪表 机床 机器人 电工、电子设备 轻工设备 工程机械 农林机械 "
                 "物流设备 交通设备 其他".split())
INDUSTRIES = set("采矿 黑色金属 有色金属 石化化工 建材 医药 纺织 家电 食品 烟草 轻工 机械 汽车 航空/航天 船舶 轨道交通 电子 "
                 "电力、热力和燃气 建筑业 农业 服务业 其他".split())
REGIONS = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 "
              "甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 大连 青岛 宁波 厦门 深圳 香港 澳门 台湾".split())
LISTED = {2: ("电机设备远程运维服务工业互联网平台", "上海电机系统节能工程技术研究中心有限公司", False),
          12: ("基于BIM的公共建筑智慧建造与运维工业互联网平台", "上海建工四建集团有限公司", True),
          16: ("欧冶云商生态运营平台", "欧冶云商股份有限公司", True),
          21: ("中国移动OnePower工业互联网平台", "中移（上海）信息通信科技有限公司", True)}


def squash(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pdf_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_sheets(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    return [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]


def check_facts(t, root: Path, drawn: dict, errors: list):
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = pdf_texts(path) if path.suffix == ".pdf" else xlsx_sheets(path) if path.suffix == ".xlsx" else []
        content = cache[f.file]
        in_layer = False
        if path.suffix == ".pdf":
            in_layer = f.page <= len(content) and squash(f.quote) in squash(content[f.page - 1])
        elif path.suffix == ".xlsx":
            in_layer = f.page <= len(content) and any(squash(f.quote) in squash(c) for c in content[f.page - 1])
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn or also in a text layer: {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if squash(f.value) not in squash(f.quote) and num(f.value) != num(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")
        n = num(f.value)
        if f.unit == "元":
            n = round(n / 10000, 2)
        if f.normalized is None or abs(n - f.normalized) > 0.005:
            errors.append(f"normalized {f.normalized} does not follow from {f.value} {f.unit}")


def read_form(root: Path, files: dict) -> dict:
    """内容 -> 平台实际情况 text of the 申报表 (DOCX or XLSX)."""
    name = next(n for n, r in files.items() if r == "申报表")
    rows: list[list[str]] = []
    if name.endswith(".docx"):
        for tb in docx.Document(str(root / name)).tables:
            rows += [[c.text for c in r.cells] for r in tb.rows]
    else:
        for ws in openpyxl.load_workbook(str(root / name)).worksheets:
            rows += [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    contents = {c for _, c, _ in indicator_rows()}
    table = {}
    for r in rows:
        for i, c in enumerate(r[:-1]):
            if c in contents:
                table[c] = r[i + 1]
                break
        if len(r) >= 2 and r[0] in ("平台建设金额（万元）", "平台近三年经营指标情况", "平台基本情况介绍", "平台建设成效", "平台名称"):
            table[r[0]] = r[1]
    return table


def check_form(t, table: dict, errors: list):
    by_label = {key: content for _, content, key in indicator_rows()}
    by_label["平台建设金额（万元）"] = "平台建设金额（万元）"
    for row in t.summary_rows:
        content = by_label.get(row.label)
        if content is None:
            continue
        cell = table.get(content)
        if cell is None:
            errors.append(f"form has no row {content}")
            continue
        n = row.normalized
        if n is None:
            ok = cell.strip() == ""
        elif isinstance(n, bool):
            ok = cell.startswith("是" if n else "否")
        elif isinstance(n, (int, float)):
            ok = num(cell) is not None and abs(num(cell) - n) < 0.005
        elif isinstance(n, dict):
            ok = all(re.search(re.escape(k) + r"[：:]\s*" + f"{v:,}".replace(",", ",?"), cell) for k, v in n.items())
        else:
            ok = squash(n) in squash(cell)
        if not ok:
            errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")


def read_summary(root: Path, files: dict) -> dict:
    name = next(n for n, r in files.items() if r == "汇总表")
    if name.endswith(".docx"):
        pairs = [(r.cells[0].text, r.cells[1].text) for tb in docx.Document(str(root / name)).tables for r in tb.rows]
    else:
        rows = [list(r) for r in openpyxl.load_workbook(str(root / name)).active.iter_rows(values_only=True)]
        pairs = list(zip(rows[1], rows[2])) if len(rows) == 3 else [(r[0], r[1]) for r in rows[1:]]
    return {str(k): "" if v is None else str(v) for k, v in pairs if k}


def chapters(root: Path, files: dict) -> set[str]:
    name = next(n for n, r in files.items() if r == "申报书")
    if name.endswith(".docx"):
        lines = [p.text.strip() for p in docx.Document(str(root / name)).paragraphs]
    else:
        lines = [ln.strip() for page in pdf_texts(root / name) for ln in page.splitlines()]
    return {ln for ln in lines if ln in CHAPTERS}


def audit(t, table: dict, summary: dict, root: Path) -> set[tuple[str, str]]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found: set[tuple[str, str]] = set()

    def pct(a, b):
        return round(a / b * 100 + 1e-9, 2)

    for label, val in v.items():
        if val is None and label not in ("按海外国家分类统计海外设备连接数量（台/套）",):
            found.add(("blank", label))
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    for label, expect in (("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                          ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                          ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                          ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                          ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))):
        if abs(v[label] - expect) > 0.011:
            found.add(("formula", label))
    h = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        if abs(pct(h[f"{y}年平台营收（万元）"] - h[f"{y - 1}年平台营收（万元）"], h[f"{y - 1}年平台营收（万元）"]) - h[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", "平台近三年经营指标情况"))
    if h["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.add(("identity", "平台近三年经营指标情况"))
    dev, pub, run = "连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"
    sums = [("按二级分类统计工业设备数量（台/套）", dev), ("按省市区域统计工业设备数量（台/套）", dev),
            ("按二级分类统计公有云工业设备数量（台/套）", pub), ("按省市区域统计公有云工业设备数量（台/套）", pub),
            ("按二级分类统计公有云工业设备平均日运行数量（台/套）", run), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", run),
            ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
            ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
            ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"), ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
            ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]
    for part, total in sums:
        if v[part] is not None and sum(v[part].values()) != v[total]:
            found.add(("breakdown_sum", part))
    if v["按省市区域统计服务企业数（个）"].get("上海") != v["服务本市企业数量（个）"]:
        found.add(("breakdown_sum", "按省市区域统计服务企业数（个）"))
    subsets = [(pub, dev), (run, pub), ("海外设备连接数量（台/套）", dev), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
               ("云化工业软件数量（个）", "工业APP数量（个）"), ("工业APP数量（个）", "工业软件总量（个）"),
               ("工业APP平均月活跃数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
               ("存储工业数据量（TB）", "存储容量（TB）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
               ("活跃开发者数（个）", "开发者注册总数（个）"), ("实际服务企业数（个）", "注册企业用户数（个）"),
               ("付费企业数（个）", "实际服务企业数（个）"), ("服务本市企业数量（个）", "实际服务企业数（个）"),
               ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
               ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]
    for part, whole in subsets:
        if v[part] > v[whole]:
            found.add(("subset", part))
    for part, whole in (("按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
                        ("按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
                        ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
                        ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
                        ("按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计工业APP数量（个）"),
                        ("按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计工业APP数量（个）")):
        if any(n > v[whole].get(k, 0) for k, n in v[part].items()):
            found.add(("subset", part))
    for k, n in (v["按海外国家分类统计海外设备连接数量（台/套）"] or {}).items():
        if v["按省市区域统计工业设备数量（台/套）"].get(k) != n:
            found.add(("breakdown_sum", "按海外国家分类统计海外设备连接数量（台/套）"))
    allowed = [("二级分类", APPENDIX_A), ("分类统计工业APP", set(APP_CATS)), ("分类统计公有云", set(APP_CATS)), ("行业", INDUSTRIES),
               ("工业模型", set(MODEL_CATS)), ("新模式", set(MODES)), ("区域", REGIONS)]
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            for k in val:
                if not any(k in cats for key, cats in allowed if key in label) and not re.search(r"[A-Z][a-z]", k):
                    found.add(("invalid_category", label))
            if any(n <= 0 for n in val.values()):
                found.add(("invalid_category", label))
    for label, val in v.items():  # 汇总表 vs 申报表
        got = summary.get(label)
        if got is None:
            found.add(("summary_vs_form", label))
            continue
        if isinstance(val, (int, float)) and not isinstance(val, bool):
            if num(got) is None or abs(num(got) - val) > 0.005:
                found.add(("summary_vs_form", label))
        elif val is None and got.strip():
            found.add(("summary_vs_form", label))
    counts = {"平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "实际服务企业数（个）", "付费企业数（个）",
              "平台获得省部级及以上奖项/荣誉数量（个）", "服务本市企业数量（个）", "服务中小企业数量（个）"}
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            if abs(h[f.component] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", "平台近三年经营指标情况"))
            continue
        if f.component or abs(v[f.label] - f.normalized) <= 0.005:
            continue
        fam = ("screenshot_vs_form" if t.files[f.file] == "evidence:screenshot" else
               "count_vs_list" if f.label in counts else "declared_vs_evidence")
        found.add((fam, f.label))
    limits = {"平台定位是否明确": 50, "平台基本情况介绍": 500, "平台建设成效": 500, "其他资源汇聚情况": 200, "跨平台调用功能建设情况": 200,
              "平台有否与新技术的融合应用": 300, "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "新产业、新模式培育情况": 300}
    for label, limit in limits.items():
        if len(squash(table.get(label, ""))) > limit:
            found.add(("char_limit", label))
    for line in table.get("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "").splitlines():
        if len(squash(line)) > 50:
            found.add(("char_limit", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"))
    have = chapters(root, t.files)
    for ch in CHAPTERS[:6]:
        if ch not in have:
            found.add(("missing_section", ch))
    if t.platform.participated_2023 and CHAPTERS[6] not in have:
        found.add(("section7", CHAPTERS[6]))
    if "承诺" not in t.files.values():
        found.add(("missing_file", "附件5 真实性承诺"))
    listed = LISTED[t.platform.list_no]
    if (t.platform.listed_name, t.platform.company, t.platform.participated_2023) != listed:
        found.add(("platform_name", "附件6"))
    if t.platform.declared_name != listed[0] or squash(table.get("平台名称")) != squash(listed[0]):
        found.add(("platform_name", "平台名称"))
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    paths = sorted((HERE / "truth").glob("*.json"))
    if len(paths) != 4:
        print(f"expected 4 truth files, found {len(paths)}")
        failed = True
    totals = [0, 0]
    for path in paths:
        t = load_truth(path)
        root = REPO / t.path
        errors: list[str] = []
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != LABELS or len(LABELS) != 103:
            errors.append("summary_rows must be the 103 附件4 labels in order")
        check_facts(t, root, drawn, errors)
        table = read_form(root, t.files)
        check_form(t, table, errors)
        found = audit(t, table, read_summary(root, t.files), root)
        planted = {(p.family, p.fields[0]) for p in t.problems}
        if found != planted:
            errors.append(f"audit found {sorted(found - planted)} not planted; planted but not found {sorted(planted - found)}")
        totals[0] += len(t.evidence_facts)
        totals[1] += len(t.problems)
        print(f"{t.package_id}: {len(t.evidence_facts)} facts ({sum(f.image_only for f in t.evidence_facts)} image-only), "
              f"{len(t.problems)} problems -> {'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    print(f"total: {totals[0]} facts, {totals[1]} problems -> {'FAIL' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
