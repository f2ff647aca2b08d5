"""Check the h85 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h85.verify

1. files: the package on disk holds exactly the truth's files; the truth loads with eval_sets.truth; 103 rows.
2. facts: every quote is on its page (PDF text layer, cells of the XLSX sheet, or — for image-only pages and PNGs —
   the text drawn into the image, recorded by the build in drawn_text.json); image_only is set exactly when the
   quote is only in pixels; value and quote agree.
3. form: every 附件4 row's truth value is what the 申报表 says (DOCX split / vertical, or XLSX with labels in B).
4. audit: a reviewer's checks (identity, 填报指引 formulas, growth rates, subset pairs, breakdown sums, 附录 categories,
   汇总表 vs 申报表, evidence vs declared incl. partial proofs adding up, char limits, chapters 一–六 and 七 exactly for
   2023 participants, 承诺 present, 平台名称, answer formats, conditional fields) must find nothing: all h85
   packages are clean."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h85.labels import (APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, CHAPTERS,
                                        LIMITS, SUMMARY_LABELS, TABLE)
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pdf_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_cells(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    return [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]


# ------------------------------------------------------------------------------------------------ readers
def _dedup(cells) -> list[str]:
    out, seen = [], set()
    for c in cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        out.append(c.text)
    return out


def read_form(root: Path, name: str) -> tuple[dict, dict]:
    """(内容 -> 平台实际情况, 二、平台基本情况 key -> text)."""
    contents = {c for _, c, _ in TABLE}
    basic_keys = {"平台名称", "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "IaaS基础设施",
                  "部署方式", "平台网址", "平台基本情况介绍", "平台建设成效"}
    table, basic = {}, {}
    if name.endswith(".docx"):
        rows = []
        for t in docx.Document(str(root / name)).tables:
            rows += [_dedup(r.cells) for r in t.rows]
        col = None
        for i, r in enumerate(rows):
            if "平台实际情况" in r:
                col = r.index("平台实际情况")
                continue
            hit = [k for k, c in enumerate(r) if c in contents or c in basic_keys]
            if not hit:
                continue
            k = hit[0]
            label = r[k]
            if len(r) == 2 and k == 1 and i + 1 < len(rows) and rows[i + 1][0] == "填写":  # vertical: answer below
                answer = rows[i + 1][1]
            elif col is not None and label in contents and len(r) > col:
                answer = r[col]
            elif k + 1 < len(r):
                answer = r[k + 1]
            else:
                continue
            (table if label in contents else basic)[label] = answer
    else:
        wb = openpyxl.load_workbook(str(root / name))
        for ws in wb.worksheets:
            for r in ws.iter_rows(values_only=True):
                if len(r) >= 3 and r[1] in contents:
                    table[r[1]] = "" if r[2] is None else str(r[2])
                elif len(r) >= 3 and r[1] in basic_keys:
                    basic[r[1]] = "" if r[2] is None else str(r[2])
    return table, basic


def read_summary(root: Path, name: str) -> dict:
    ws = openpyxl.load_workbook(str(root / name)).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    if len(rows) == 3:  # horizontal: title, labels, values
        pairs = list(zip(rows[1], rows[2]))
    else:
        pairs = [(r[0], r[1]) for r in rows if r and r[0]]
    return {str(k): "" if v is None else str(v) for k, v in pairs if k}


def read_chapters(root: Path, name: str) -> list[str]:
    if name.endswith(".docx"):
        lines = [p.text.strip() for p in docx.Document(str(root / name)).paragraphs]
    else:
        lines = [ln.strip() for t in pdf_texts(root / name) for ln in t.splitlines()]
    return [ln for ln in lines if ln in CHAPTERS]


# ------------------------------------------------------------------------------------------------ checks
def check_facts(t, root: Path, drawn: dict, errors: list) -> None:
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = pdf_texts(path) if path.suffix == ".pdf" else xlsx_cells(path) if path.suffix == ".xlsx" else None
        content = cache[f.file]
        in_layer = False
        if path.suffix == ".pdf":
            in_layer = f.page <= len(content) and squash(f.quote) in squash(content[f.page - 1])
        elif path.suffix == ".xlsx":
            in_layer = f.page <= len(content) and any(squash(f.quote) in squash(c) for c in content[f.page - 1])
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or also in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if squash(f.value) not in squash(f.quote) and num(f.value) != num(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")
        n = num(f.value)
        if n is not None and f.normalized is not None:
            scale = 10000 if "万" in f.value and f.unit != "万元" else 1
            if f.unit == "元":
                scale = 1 / 10000
            if abs(n * scale - f.normalized) > max(0.006, 0.5 * scale * 10 ** -(len(f.value.split(".")[1].rstrip("万")) if "." in f.value else 0)):
                errors.append(f"normalized {f.normalized} does not follow from {f.value} {f.unit}")


def check_form(t, table: dict, errors: list) -> None:
    by_label = {label: content for _, content, label in TABLE if label}
    for row in t.summary_rows:
        content = by_label.get(row.label)
        if content is None or row.normalized is None:
            continue
        cell = table.get(content)
        if cell is None:
            errors.append(f"form row not found: {content}")
            continue
        n = row.normalized
        if isinstance(n, bool):
            ok = cell.startswith("是" if n else "否")
        elif isinstance(n, (int, float)):
            ok = num(cell) is not None and abs(num(cell) - n) < 0.005
        elif isinstance(n, dict):
            ok = all(re.search(re.escape(k) + r"[：:]\s*" + re.escape(str(val)) + r"(?!\d)", cell) for k, val in n.items())
        else:
            ok = squash(n) in squash(cell)
        if not ok:
            errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")


def audit(t, table: dict, basic: dict, summary: dict, root: Path) -> list[str]:
    v = {r.label: r.normalized for r in t.summary_rows}
    shown = {r.label: r.value for r in t.summary_rows}
    found: list[str] = []

    def pct(a, b):
        return round(a / b * 100 + 1e-9, 2)

    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.append("identity 平台团队总人数")
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    hist = v["平台近三年经营指标情况"]
    formulas = [("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))]
    for label, expect in formulas:
        if abs(v[label] - expect) > 0.011:
            found.append(f"formula {label} {v[label]} vs {expect}")
    for y in (2022, 2023):
        g = pct(hist[f"{y}年平台营收（万元）"] - hist[f"{y - 1}年平台营收（万元）"], hist[f"{y - 1}年平台营收（万元）"])
        if abs(g - hist[f"{y}年增长率（%）"]) > 0.011:
            found.append(f"growth_rate {y}")
    if hist["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.append("identity 2023年平台营收")
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
        if not isinstance(v[part], dict) or sum(v[part].values()) != v[total]:
            found.append(f"breakdown_sum {part}")
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
            found.append(f"subset {part}")
    if v["按省市区域统计服务企业数（个）"].get("上海") != v["服务本市企业数量（个）"]:
        found.append("identity 上海 vs 服务本市企业数量")
    allowed = {"二级分类": set(APPENDIX_A), "按分类统计工业APP": set(APPENDIX_B), "按分类统计公有云": set(APPENDIX_B),
               "行业": set(APPENDIX_C), "工业模型": set(APPENDIX_D), "新模式": set(APPENDIX_E), "区域": set(APPENDIX_F)}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            kinds = [k for k in allowed if k in label]
            for k in val:
                if not any(k in allowed[x] for x in kinds) and not re.search(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+$", k):
                    found.append(f"invalid_category {label} {k}")
    for k in v["按海外国家分类统计海外设备连接数量（台/套）"]:
        if not re.search(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+$", k):
            found.append(f"invalid_category overseas {k}")
    for label in SUMMARY_LABELS:  # 汇总表 vs 申报表
        val = v[label]
        got = summary.get(label)
        if got is None:
            found.append(f"summary row missing {label}")
            continue
        if isinstance(val, bool):
            ok = got.startswith("是" if val else "否")
        elif isinstance(val, (int, float)):
            ok = num(got) is not None and abs(num(got) - val) <= 0.005
        elif label in ("平台近三年经营指标情况", "平台订单数量(近一年总量)（个）"):
            ok = squash(got) == squash(shown[label])
        elif isinstance(val, dict):
            ok = all(re.search(re.escape(k) + r"[：:]\s*" + re.escape(str(x)) + r"(?!\d)", got) for k, x in val.items())
        else:
            ok = squash(str(val)) in squash(got)
        if not ok:
            found.append(f"summary_vs_form {label}: {got!r}")
    # evidence vs declared; partial proofs must add up
    partial: dict[str, float] = {}
    for f in t.evidence_facts:
        decl = v[f.label]
        if f.component.endswith("年平台营收（万元）"):
            if abs(hist[f.component] - f.normalized) > 0.005:
                found.append(f"declared_vs_evidence {f.component}")
            continue
        if f.component in ("平台利润总额（万元）", "平台年利润（万元）"):
            continue
        if f.component:
            if isinstance(decl, dict):
                key = f.component if f.component in decl else re.sub(r"（[^）]*）$", "", f.component)
                if decl.get(key) != f.normalized:
                    found.append(f"declared_vs_evidence {f.label} {f.component}")
            else:
                partial[f.label] = partial.get(f.label, 0) + f.normalized
            continue
        tol = 0.005
        if "万" in f.value and f.unit != "万元":
            dec = len(f.value.split(".")[1].rstrip("万")) if "." in f.value else 0
            tol = 0.5 * 10000 * 10 ** -dec
        if abs(decl - f.normalized) > tol:
            found.append(f"declared_vs_evidence {f.label} {f.normalized} vs {decl}")
    for label, total in partial.items():
        if abs(total - v[label]) > 0.005:
            found.append(f"count_vs_list partial proofs of {label} add to {total}, declared {v[label]}")
    texts = {**{c: table.get(c, "") for c in LIMITS}, "平台基本情况介绍": basic.get("平台基本情况介绍", ""),
             "平台建设成效": basic.get("平台建设成效", "")}
    for label, limit in LIMITS.items():
        if chars(texts[label]) > limit:
            found.append(f"char_limit {label}")
    for line in table.get("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "").splitlines():
        if chars(line) > 50:
            found.append("char_limit 政策")
    book = next(n for n, r in t.files.items() if r == "申报书")
    have = read_chapters(root, book)
    want = CHAPTERS if t.platform.participated_2023 else CHAPTERS[:6]
    if have != want:
        found.append(f"chapters {have}")
    if "承诺" not in t.files.values():
        found.append("missing_file 承诺")
    if t.platform.declared_name != t.platform.listed_name or squash(basic.get("平台名称", "")) != squash(t.platform.listed_name):
        found.append("platform_name")
    for c in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"):
        if not re.match(r"^是，.{2,}", table.get(c, "")):
            found.append(f"answer_format {c}")
    for c in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法", "是否建立开发者社区及相关功能"):
        if table.get(c, "") not in ("是", "否"):
            found.append(f"answer_format {c}")
    for c in ("是否针对平台制定了安全管理相关制度", "企业已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破",
              "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统", "是否建立供应链产业链开放共享机制"):
        if not re.match(r"^(是|否)", table.get(c, "")):
            found.append(f"answer_format {c}")
    if "☑租用" in basic.get("IaaS基础设施", "") and not re.search(r"服务商名称（必填）：\S+", basic["IaaS基础设施"]):
        found.append("conditional IaaS")
    if "☑合作共建" in basic.get("平台建设方式", "") and not re.search(r"合作企业名称（必填）：\S+", basic["平台建设方式"]):
        found.append("conditional 合作共建")
    if not basic.get("平台网址"):
        found.append("blank 平台网址")
    for label in SUMMARY_LABELS:
        if v[label] is None or v[label] == "":
            found.append(f"blank {label}")
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    totals = [0, 0, 0]
    for path in sorted((HERE / "truth").glob("*.json")):
        t = load_truth(path)
        root = REPO / t.path
        errors: list[str] = []
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != SUMMARY_LABELS:
            errors.append("summary_rows must be the 103 附件4 labels in order")
        check_facts(t, root, drawn, errors)
        form = next(n for n, r in t.files.items() if r == "申报表")
        table, basic = read_form(root, form)
        check_form(t, table, errors)
        summary = read_summary(root, next(n for n, r in t.files.items() if r == "汇总表"))
        found = audit(t, table, basic, summary, root)
        if found or t.problems:
            errors.append(f"clean package expected; audit found {found}, truth lists {len(t.problems)} problems")
        print(f"{t.package_id}: {len(t.evidence_facts)} facts ({sum(f.image_only for f in t.evidence_facts)} image-only), "
              f"{len(t.problems)} problems -> {'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
        totals[0] += 1
        totals[1] += len(t.evidence_facts)
        totals[2] += len(t.problems)
    print(f"{totals[0]} packages, {totals[1]} facts, {totals[2]} problems -> {'FAIL' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
