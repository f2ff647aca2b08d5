"""Check the h97 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h97.verify

1. files: the package on disk holds exactly the truth's files; the truth validates against the schema; 103 rows
   covering every 附件4 label once.
2. facts: every quote is on its page (PDF text layer via pypdf, the cited worksheet's cells for XLSX, or for
   image-only pages / PNGs the text drawn into the image, recorded by the build in drawn_text.json);
   image_only is set exactly when the quote is only in pixels.
3. form: every 附件4 row's truth value is what the 申报表 says; the 汇总表 says the same.
4. audit: an independent reviewer's checks (identity, 填报指引 formulas, growth rates, breakdown sums, subsets,
   附录 categories, facts vs declared, character limits, chapters 一–六/七, 必写 summary paragraphs, case names,
   承诺, 平台名称, 平台网址 with account and password, company figures vs audited statements, dates after the
   notice, private-deployment format) must find nothing: all four packages are clean."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h97.labels import (APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, LIMITS,
                                        SUMMARY_LABELS, TABLE)
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]
LIST6 = {1: ("化工行业工业互联网平台", "上海华谊集团股份有限公司", True),
         8: ("船舶动力系统设备全生命周期运行维护平台", "中国船舶重工集团公司第七一一研究所", True),
         10: ("来伊份合作伙伴共创平台", "上海来伊份股份有限公司", False),
         22: ("面向钢铁行业的设备远程运维平台", "宝武装备智能科技有限公司", True),
         27: ("零碳绿色工厂综合数智化管理平台", "上海碳索能源服务股份有限公司", False)}
PRIVATE_LABELS = ["连接的工业设备/产品/产线种类及数量（台/套）", "工业软件总量（个）", "工业APP数量（个）", "基于平台开发的工业APP数量（个）",
                  "云化工业软件数量（个）", "平台实际用云量（台）", "存储容量（TB）", "存储工业数据量（TB）", "工业机理模型数量（个）",
                  "微服务数量（个）", "开发者注册总数（个）"]


def squash(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pdf_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def sheet_cells(path: Path, index: int) -> list[str]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    ws = wb.worksheets[index - 1]
    out = [str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    wb.close()
    return out


def read_form(root: Path, files: dict) -> tuple[dict, dict]:
    name = next(n for n, r in files.items() if r == "申报表")
    rows: list[list[str]] = []
    if name.endswith(".docx"):
        for t in docx.Document(str(root / name)).tables:
            rows += [[c.text for c in r.cells] for r in t.rows]
    else:
        for ws in openpyxl.load_workbook(str(root / name)).worksheets:
            rows += [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    contents = {c for _, c, _ in TABLE}
    table, basic = {}, {}
    for r in rows:
        if len(r) >= 3 and r[1] in contents:
            table[r[1]] = r[2]
        elif len(r) >= 2 and r[0]:
            basic[r[0]] = r[1]
    return table, basic


def read_summary(root: Path, files: dict) -> dict:
    name = next(n for n, r in files.items() if r == "汇总表")
    rows = list(openpyxl.load_workbook(str(root / name)).active.iter_rows(values_only=True))
    return {str(r[0]): "" if r[1] is None else str(r[1]) for r in rows[1:]}


def check_facts(t, root: Path, drawn: dict, errors: list):
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        in_layer = False
        if path.suffix == ".pdf":
            cache.setdefault(f.file, pdf_texts(path))
            in_layer = squash(f.quote) in squash(cache[f.file][f.page - 1])
        elif path.suffix == ".xlsx":
            key = (f.file, f.page)
            cache.setdefault(key, sheet_cells(path, f.page))
            in_layer = any(squash(f.quote) in squash(c) for c in cache[key])
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or also in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if f.value not in f.quote and num(f.value) != num(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")


def cell_matches(row, cell: str) -> bool:
    n = row.normalized
    if n is None:
        return squash(cell) in ("", "无", "0")
    if isinstance(n, bool):
        return cell.startswith("是" if n else "否")
    if isinstance(n, (int, float)):
        return num(cell) is not None and abs(num(cell) - n) < 0.005
    if isinstance(n, dict) and row.label in ("平台近三年经营指标情况", "平台订单数量(近一年总量)（个）"):
        return all(f"{x:.2f}" in cell or f"{x}" in cell for x in n.values())
    if isinstance(n, dict):
        return all(re.search(re.escape(k) + r"[：:]\s*" + re.escape(str(v)) + r"(?!\d)", cell) for k, v in n.items()) and \
            len(re.findall(r"[：:]", cell)) == len(n)
    return squash(row.value) in squash(cell) or squash(n) in squash(cell)


def check_form(t, table: dict, basic: dict, summary: dict, errors: list):
    by_label = {label: content for _, content, label in TABLE if label}
    basic_keys = {"平台名称": "平台名称", "平台近三年经营指标情况": "平台近三年经营指标情况", "平台建设方式": "平台建设方式",
                  "平台运营模式": "平台运营模式", "部署方式": "部署方式", "平台网址": "平台网址", "平台建设金额（万元）": "平台建设金额（万元）",
                  "企业名称": "单位（企业）名称", "联系人姓名": "联系人", "联系人手机号": "联系人手机", "联系人电子邮箱": "电子邮箱"}
    for row in t.summary_rows:
        if row.label in by_label:
            cell = table.get(by_label[row.label])
        elif row.label in basic_keys:
            cell = basic.get(basic_keys[row.label])
        else:
            cell = None  # 序号, 平台性质, 评审会地址, 建设时间: not cells of the 申报表
        if cell is not None and not cell_matches(row, cell):
            errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")
        got = summary.get(row.label)
        if got is None:
            errors.append(f"汇总表 lacks {row.label}")
        elif squash(got) != squash(row.value):
            errors.append(f"汇总表 differs: {row.label}: {got!r} vs {row.value!r}")
        if row.label == "平台近三年经营指标情况" and cell is not None:
            for k, v in row.normalized.items():
                if f"{v:.2f}" not in cell:
                    errors.append(f"近三年 cell lacks {k} {v}")


def pct(a, b):
    return round(a / b * 100 + 1e-9, 2)


def audit(t, table: dict, basic: dict, root: Path) -> list[str]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found: list[str] = []
    add = found.append
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        add("identity 团队")
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    for label, expect in [("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                          ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                          ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                          ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                          ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))]:
        if abs(v[label] - expect) > 0.011:
            add(f"formula {label}")
    hist = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        a, b = hist[f"{y}年平台营收（万元）"], hist[f"{y - 1}年平台营收（万元）"]
        if abs(pct(a - b, b) - hist[f"{y}年增长率（%）"]) > 0.011:
            add("growth_rate")
    if hist["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        add("identity 近三年")
    for y in (2021, 2022):
        if abs(comps[f"{y}年平台营收（万元）"] - hist[f"{y}年平台营收（万元）"]) > 0.005:
            add(f"declared_vs_evidence {y}")
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
        if v[part] is None:
            if v[total]:
                add(f"blank breakdown {part}")
        elif sum(v[part].values()) != v[total]:
            add(f"breakdown_sum {part}")
    if v["按省市区域统计服务企业数（个）"].get("上海") != v["服务本市企业数量（个）"]:
        add("本市 vs 上海")
    if v["按海外国家分类统计海外设备连接数量（台/套）"]:
        reg = v["按省市区域统计工业设备数量（台/套）"]
        for k, n in v["按海外国家分类统计海外设备连接数量（台/套）"].items():
            if reg.get(k) != n:
                add(f"overseas country {k} not in region breakdown")
    subsets = [(pub, dev), (run, pub), ("海外设备连接数量（台/套）", dev), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
               ("云化工业软件数量（个）", "工业APP数量（个）"), ("工业APP数量（个）", "工业软件总量（个）"),
               ("工业APP平均月活跃数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
               ("存储工业数据量（TB）", "存储容量（TB）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
               ("活跃开发者数（个）", "开发者注册总数（个）"), ("实际服务企业数（个）", "注册企业用户数（个）"),
               ("付费企业数（个）", "实际服务企业数（个）"), ("服务本市企业数量（个）", "实际服务企业数（个）"),
               ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
               ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"), ("杀手锏APP数量（个）", "工业APP数量（个）")]
    for part, whole in subsets:
        if v[part] > v[whole]:
            add(f"subset {part}")
    cats = {"二级分类": set(APPENDIX_A), "分类统计工业APP": set(APPENDIX_B), "分类统计公有云": set(APPENDIX_B),
            "行业": set(APPENDIX_C), "工业模型": set(APPENDIX_D), "新模式": set(APPENDIX_E), "区域": set(APPENDIX_F)}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按"):
            kinds = [k for k in cats if k in label]
            for k in val:
                ok = any(k in cats[x] for x in kinds) or re.fullmatch(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+", k)
                if not ok:
                    add(f"invalid_category {label} {k}")
    if v["海外设备连接数量（台/套）"] == 0 and v["按海外国家分类统计海外设备连接数量（台/套）"] is not None:
        add("overseas breakdown without overseas devices")
    for f in t.evidence_facts:
        if f.component:
            continue
        declared = v.get(f.label)
        if isinstance(declared, dict):
            if not any(abs(x - f.normalized) <= 0.005 for x in declared.values()):
                add(f"declared_vs_evidence {f.label}")
        elif declared is None or abs(declared - f.normalized) > 0.005:
            add(f"declared_vs_evidence {f.label}")
    texts = dict(table)
    texts["平台基本情况介绍"], texts["平台建设成效"] = basic.get("平台基本情况介绍", ""), basic.get("平台建设成效", "")
    for label, limit in {**LIMITS, "平台基本情况介绍": 500, "平台建设成效": 500}.items():
        if chars(texts[label]) > limit:
            add(f"char_limit {label}")
    for line in table["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"].splitlines():
        if chars(line) > 50:
            add("char_limit policy line")
    for c in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "是否支持可拓展云计算能力", "是否提供通用建模分析算法",
              "是否建立开发者社区及相关功能"):
        if not re.match(r"^(是|否)", table[c]) or (c.startswith("有否") and table[c].startswith("是") and len(table[c]) < 3):
            add(f"answer_format {c}")
    if re.search(r"租用\s*(，服务商名称（必填）：\s*)?$", basic.get("IaaS基础设施", "")):
        add("conditional IaaS")
    if "合作共建" in basic["平台建设方式"] and not re.search(r"合作企业名称：\S+", basic["平台建设方式"]):
        add("conditional 合作共建")
    if "其他部署方式" in basic["部署方式"] and not re.search(r"其他部署方式：\S+", basic["部署方式"]):
        add("conditional 部署方式")
    url = basic["平台网址"]
    if not (re.search(r"https?://", url) and "账号" in url and "密码" in url):
        add("平台网址 without login")
    # private-deployment format
    if "私有云" in basic["部署方式"]:
        for label in PRIVATE_LABELS:
            content = next(c for _, c, l in TABLE if l == label)
            if "其中私有化部署涉及的相关" not in table[content]:
                add(f"private format missing {label}")
        if "私有化部署" not in table["边缘数据处理能力"]:
            add("private note missing 2.2.1")
    # 申报书
    book = next(n for n, r in t.files.items() if r == "申报书")
    paras = [p.text.strip() for p in docx.Document(str(root / book)).paragraphs]
    have = [p for p in paras if p in CHAPTERS]
    want = CHAPTERS if t.platform.participated_2023 else CHAPTERS[:6]
    if have != want:
        add(f"chapters {have}")
    for ch, lead in ((CHAPTERS[1], "平台技术创新点总结"), (CHAPTERS[2], "应用创新点总结")):
        i = paras.index(ch)
        j = paras.index(CHAPTERS[CHAPTERS.index(ch) + 1])
        last = [p for p in paras[i + 1:j] if p][-1]
        if not last.startswith(lead) or chars(last) > 300 + len(lead) + 1:
            add(f"必写 paragraph of {ch}")
    cases = [p.split("：", 1)[1] for p in paras if re.match(r"^案例\d+：", p)]
    if not 1 <= len(cases) <= 3:
        add("case count")
    for c in cases:
        if chars(c) > 30 or not c.startswith(t.platform.declared_name + "——"):
            add(f"case name {c}")
    # platform identity, 承诺, dates
    ref = LIST6[t.platform.list_no]
    if (t.platform.listed_name, t.platform.company, t.platform.participated_2023) != ref:
        add("附件6 row")
    if t.platform.declared_name != t.platform.listed_name or basic["平台名称"] != t.platform.listed_name:
        add("platform_name")
    if "承诺" not in t.files.values() or "申报表扫描件" not in t.files.values():
        add("missing_file")
    for rel in t.files:
        pass
    # company figures equal to the audited statements (元 → 万元)
    audit_file = next(n for n, r in t.files.items() if r == "evidence:audit_report")
    p3 = squash(pdf_texts(root / audit_file)[2])
    for key in ("总资产（万元）", "主营业务收入（万元）", "利润总额（万元）", "税金（万元）"):
        yuan = f"{float(basic[key]) * 10000:,.2f}"
        if yuan not in p3:
            add(f"company figure {key} {basic[key]} not in audit")
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    total_facts = 0
    for path in sorted((HERE / "truth").glob("*.json")):
        t = load_truth(path)
        root = REPO / t.path
        errors: list[str] = []
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != SUMMARY_LABELS:
            errors.append("summary_rows must be the 103 附件4 labels")
        if t.problems:
            errors.append("h97 packages are all clean")
        check_facts(t, root, drawn, errors)
        table, basic = read_form(root, t.files)
        summary = read_summary(root, t.files)
        check_form(t, table, basic, summary, errors)
        errors += [f"audit: {x}" for x in audit(t, table, basic, root)]
        total_facts += len(t.evidence_facts)
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems -> {'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    print(f"total facts: {total_facts}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
