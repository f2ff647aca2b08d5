"""Check the h96 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h96.verify

1. files: the package on disk holds exactly the truth's files; the truth validates; 103 附件4 labels in order.
2. facts: every quote is on its page (PDF text layer, XLSX sheet cells, or for image-only pages / PNGs the text drawn
   into the image, recorded in drawn_text.json); image_only is set exactly when the quote is only in pixels.
3. form: every 附件4 row's truth value is what the 申报表 (DOCX) says.
4. notice rules: 申报表 DOCX + image-only stamped scan; 平台网址 with 账号 and 密码; 申报书 chapters 一–六 (+七 for
   2023 participants), chapters 二 and 三 end with the 必写 summary (≤300字); case names ≤30字 in 「平台名——…」 form;
   the 申报表's company figures equal the audited 合并 statements; 承诺 present.
5. audit: an independent reviewer's cross-checks must find exactly the planted (family, field) pairs — none on the
   clean packages."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h96.labels import APP_KINDS, LABELS, MODEL_KINDS, MODES
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]
REGIONS = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 "
              "甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 大连 青岛 宁波 厦门 深圳 香港 澳门 台湾".split())
INDUSTRIES = set("采矿 黑色金属 有色金属 石化化工 建材 医药 纺织 家电 食品 烟草 轻工 机械 汽车 航空/航天 船舶 轨道交通 电子 "
                 "电力、热力和燃气 建筑业 农业 服务业 其他".split())
DEVICE_KINDS = set("采矿设备 化工设备 冶炼设备 电力设备 建材设备 动力设备 仪器仪表 机床 机器人 电工、电子设备 轻工设备 工程机械".split())


def squash(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def num(text) -> float | None:
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pdf_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_cells(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    return [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]


def role(t, r):
    return next(n for n, x in t.files.items() if x == r)


def read_form(path: Path):
    d = docx.Document(str(path))
    t_company, t_figs, t_basic, t_ind = d.tables[0], d.tables[1], d.tables[2], d.tables[3]
    company = {r.cells[0].text: r.cells[1].text for r in t_company.rows}
    figs = dict(zip([c.text for c in t_figs.rows[0].cells], [c.text for c in t_figs.rows[1].cells]))
    basic = {r.cells[0].text: r.cells[1].text for r in t_basic.rows}
    ind = {r.cells[1].text: r.cells[2].text for r in t_ind.rows[1:]}
    paras = [p.text for p in d.paragraphs]
    return company, figs, basic, ind, paras


def check_facts(t, root: Path, drawn: dict, errors: list) -> None:
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = pdf_texts(path) if path.suffix == ".pdf" else xlsx_cells(path) if path.suffix == ".xlsx" else None
        content = cache[f.file]
        in_layer = False
        if path.suffix == ".pdf":
            in_layer = squash(f.quote) in squash(content[f.page - 1])
        elif path.suffix == ".xlsx":
            in_layer = any(squash(f.quote) == squash(c) or squash(f.quote) in squash(c) for c in content[f.page - 1])
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if f.normalized is not None and num(f.value) is not None and f.unit != "家" and abs(num(f.value) - f.normalized) > 0.005:
            errors.append(f"value {f.value} != normalized {f.normalized}")


def check_form(t, basic: dict, ind: dict, head: dict, errors: list) -> None:
    for row in t.summary_rows:
        if row.label in ind:
            cell = ind[row.label]
        elif row.label in basic:
            cell = basic[row.label]
        else:
            cell = head.get(row.label)
            if cell is None:
                continue
        if row.label in ("平台建设方式", "平台运营模式", "部署方式"):
            cell = "、".join(re.findall(r"☑(\S+)", cell))
        if squash(row.value) not in squash(cell):
            errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")


def check_rules(t, root: Path, drawn: dict, company, figs, basic, paras, errors: list) -> None:
    form = role(t, "申报表")
    if not form.endswith((".docx", ".xlsx")):
        errors.append("申报表 must be Word/Excel")
    scan = role(t, "申报表扫描件")
    if any(squash(x) for x in pdf_texts(root / scan)):
        errors.append("stamped scan has a text layer")
    if "承诺" not in t.files.values():
        errors.append("no 承诺")
    site = basic.get("平台网址", "")
    if not ("账号" in site and "密码" in site and t.secrets and t.secrets[0] in site):
        errors.append(f"平台网址 without 账号/密码: {site}")
    book = docx.Document(str(root / role(t, "申报书")))
    ps = [p.text.strip() for p in book.paragraphs if p.text.strip()]
    heads = [p for p in ps if p in CHAPTERS]
    want = CHAPTERS[:7] if t.platform.participated_2023 else CHAPTERS[:6]
    if heads != want:
        errors.append(f"chapters {heads}")
    for ch, key in ((CHAPTERS[1], "技术创新点总结（必写）："), (CHAPTERS[2], "应用创新点总结（必写）：")):
        i = ps.index(ch)
        nxt = min(ps.index(c) for c in CHAPTERS if c in ps and ps.index(c) > i)
        last = ps[nxt - 1]
        if key not in last or len(squash(last.split("：", 1)[1])) > 300:
            errors.append(f"{ch} does not end with the 必写 summary: {last[:40]}")
    for p in ps:
        m = re.match(r"^案例\d+：(.+)$", p)
        if m:
            name = m.group(1)
            if len(squash(name)) > 30 or not name.startswith(t.platform.declared_name + "——"):
                errors.append(f"case name {name}")
    # company figures = audited 合并 statements (pages 3–4 of the audit report)
    audit = next(n for n, r in t.files.items() if r == "evidence:audit_report" and n.split("/")[-1].startswith("3-1"))
    key = f"{t.package_id}/{audit}"
    pages = [drawn[key][str(i)] for i in (3, 4)] if key in drawn else pdf_texts(root / audit)[2:4]
    text = "\n".join(pages)

    def first_after(caption):
        m = re.search(re.escape(caption) + r"\s*([\d,]+\.\d\d)", text)
        return float(m.group(1).replace(",", "")) if m else None

    assets, liab, rev, tax, profit = (first_after(x) for x in ("资产总计", "负债合计", "营业收入", "税金及附加", "利润总额"))
    m = re.search(r"营业收入\s*[\d,]+\.\d\d\s*([\d,]+\.\d\d)", text)
    prev = float(m.group(1).replace(",", ""))
    expect = {"总资产（万元）": round(assets / 10000, 2), "主营业务收入（万元）": round(rev / 10000, 2),
              "主营业务收入增长率（%）": round((rev - prev) / prev * 100, 2), "负债率（%）": round(liab / assets * 100, 2),
              "利润总额（万元）": round(profit / 10000, 2), "税金（万元）": round(tax / 10000, 2)}
    for k, x in expect.items():
        if abs(float(figs[k]) - x) > 0.005:
            errors.append(f"company figure {k}: form {figs[k]} vs audited {x}")
    if company.get("单位（企业）名称") != t.platform.company:
        errors.append("company name")


def audit(t, root: Path, drawn: dict, summary_cells: dict) -> set[tuple[str, str]]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found: set[tuple[str, str]] = set()

    def pct(a, b):
        return round(a / b * 100 + 1e-9, 2)

    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    for label, expect in [("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                          ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                          ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                          ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                          ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))]:
        if abs(v[label] - expect) > 0.011:
            found.add(("formula", label))
    hist = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        a, b = hist[f"{y}年平台营收（万元）"], hist[f"{y - 1}年平台营收（万元）"]
        if abs(pct(a - b, b) - hist[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", "平台近三年经营指标情况"))
    if hist["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
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
        if v[part] is None and v[total]:
            found.add(("blank", part))
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
    allowed = {"二级分类": DEVICE_KINDS, "分类统计工业APP": set(APP_KINDS), "分类统计公有云": set(APP_KINDS),
               "行业": INDUSTRIES, "工业模型": set(MODEL_KINDS), "新模式": set(MODES), "区域": REGIONS}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            kinds = [k for k in allowed if k in label]
            for k in val:
                if not any(k in allowed[x] for x in kinds) and not re.search(r"[A-Z][a-z]", k):
                    found.add(("invalid_category", label))
    for label, val in v.items():
        got = summary_cells.get(label)
        if isinstance(val, (int, float)) and not isinstance(val, bool) and got is not None:
            if num(got) is None or abs(num(got) - val) > 0.005:
                found.add(("summary_vs_form", label))
    counts = {"平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"}
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            if abs(hist[f.component] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", "平台近三年经营指标情况"))
            continue
        if f.component or abs(v[f.label] - f.normalized) <= 0.005:
            continue
        fam = "screenshot_vs_form" if t.files[f.file] == "evidence:screenshot" else \
            "count_vs_list" if f.label in counts else "declared_vs_evidence"
        found.add((fam, f.label))
    # team vs the applicant's insured staff (社保 certificate, drawn text)
    ins = next(n for n in t.files if "社会保险" in n)
    text = drawn[f"{t.package_id}/{ins}"]["1"]
    m = re.search(re.escape(t.platform.company) + r"\s+([\d,]+)\s*$", text, re.M)
    if m and float(m.group(1).replace(",", "")) < v["平台团队总人数（人）"]:
        found.add(("declared_vs_evidence", "平台团队总人数（人）"))
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    n_facts = n_problems = 0
    for path in sorted((HERE / "truth").glob("*.json")):
        t = load_truth(path)
        root = REPO / t.path
        errors: list[str] = []
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != LABELS:
            errors.append("summary_rows must be the 103 附件4 labels in order")
        check_facts(t, root, drawn, errors)
        company, figs, basic, ind, paras = read_form(root / role(t, "申报表"))
        head = {"序号": str(t.platform.list_no), "企业名称": company.get("单位（企业）名称", ""),
                "平台性质": company.get("平台性质", ""), "联系人姓名": company.get("联系人", ""),
                "联系人手机号": company.get("联系人手机", ""), "联系人电子邮箱": company.get("电子邮箱", "")}
        check_form(t, basic, ind, head, errors)
        check_rules(t, root, drawn, company, figs, basic, paras, errors)
        ws = openpyxl.load_workbook(str(root / role(t, "汇总表"))).active
        summary_cells = {str(r[0]): "" if r[1] is None else str(r[1]) for r in ws.iter_rows(min_row=2, values_only=True)}
        if list(summary_cells) != LABELS:
            errors.append("汇总表 labels")
        found = audit(t, root, drawn, summary_cells)
        planted = {(p.family, p.fields[0]) for p in t.problems}
        if found != planted:
            errors.append(f"audit found {sorted(found - planted)} not planted; planted but not found {sorted(planted - found)}")
        n_facts += len(t.evidence_facts)
        n_problems += len(t.problems)
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems -> {'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    print(f"total: {n_facts} facts, {n_problems} problems -> {'FAIL' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
