"""Verify blind set h64: truth loads, files on disk = truth files, every fact's quote is on its page,
exactly one clean package, and the ledger/customer audits (clean package fully consistent; each planted
computable problem really present).

    /work/main/.venv/bin/python -m eval_sets.blind.h64.verify [--root DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import docx
import openpyxl

from eval_sets.truth import load_truth

from . import kit
from .build import summary_rows
from .model import build_model
from .specs import PACKAGES

HERE = Path(__file__).resolve().parent


def _norm(t: str) -> str:
    return re.sub(r"\s+", "", t)


def _cell_text(c) -> str:
    if c.value is None:
        return ""
    if isinstance(c.value, float) and "0.00" in (c.number_format or ""):
        return f"{c.value:,.2f}"
    return str(c.value)


def page_text(path: Path, page: int) -> str | None:
    suf = path.suffix.lower()
    if suf == ".pdf":
        texts = kit.pdf_page_texts(path)
        return texts[page - 1] if page <= len(texts) else None
    if suf == ".xlsx":
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[page - 1]
        return "\n".join(_cell_text(c) for row in ws.iter_rows() for c in row)
    if suf == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    return ""  # images: image_only


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(HERE))
    root = Path(ap.parse_args(argv).root)
    errors: list[str] = []
    clean = 0
    for spec in PACKAGES:
        t = load_truth(root / "truth" / f"{spec['pid']}.json")
        pkg = root / "packages" / t.package_id
        disk = sorted(str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file())
        if disk != sorted(t.files):
            errors.append(f"{t.package_id}: files differ {set(disk) ^ set(t.files)}")
        clean += not t.problems
        if not 2 <= len(t.problems) <= 5 and t.problems:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} rows")
        for f in t.evidence_facts:
            path = pkg / f.file
            text = page_text(path, f.page)
            if f.image_only:
                if path.suffix.lower() == ".pdf" and _norm(text or ""):
                    errors.append(f"{t.package_id}: image_only page has text {f.file} p{f.page}")
                continue
            if text is None or _norm(f.quote) not in _norm(text):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        # audits from the records
        m = build_model(spec)
        v = m.v
        rows = {lab: norm for lab, _, norm in summary_rows(m)}
        assert rows == {r.label: r.normalized for r in t.summary_rows}, t.package_id
        plat2023 = [c for c in m.contracts if c.kind == "平台服务" and c.date.year == 2023]
        true_rev = round(sum(c.net for c in plat2023) / 10000, 2)
        distinct = len({o.customer for o in m.orders})
        checks = {
            "revenue_matches_ledger": abs(rows["平台相关营业收入（万元）"] - true_rev) < 0.005,
            "served_is_distinct": rows["实际服务企业数（个）"] == distinct,
            "region_sum": sum(rows["按省市区域统计服务企业数（个）"].values()) == rows["实际服务企业数（个）"],
            "industry_sum": sum(rows["按行业统计服务企业数（个）"].values()) == rows["实际服务企业数（个）"],
            "ledger_subtotal": abs(v["printed_plat_net_yuan"] - v["ledger_plat_net_yuan"]) < 0.005,
            "ledger_in_2023": all(c.date.year == 2023 for c in m.contracts),
            "rd_intensity": abs(rows["平台相关研发投入强度（%）"] - round(v["rd"] / rows["平台相关营业收入（万元）"] * 100, 2)) < 0.005,
            "margin": abs(rows["平台利润率（%）"] - round(v["profit"] / rows["平台相关营业收入（万元）"] * 100, 2)) < 0.005,
            "roi": abs(rows["投资回报率（%）"] - round(v["profit"] / v["invest"] * 100, 2)) < 0.005,
            "staff": rows["运维人数（人）"] + rows["运营人数（人）"] == rows["平台团队总人数（人）"],
            "storage": abs(rows["存储资源利用率（%）"] - round(v["data"] / v["storage"] * 100, 2)) < 0.005,
            "paid_ratio": abs(rows["付费用户占比（%）"] - round(rows["付费企业数（个）"] / rows["注册企业用户数（个）"] * 100, 2)) < 0.005,
            "company_rev_is_ledger_total": abs(v["company_rev_yuan"] - sum(c.net for c in m.contracts)) < 0.005,
            "summary_same": v["summary_paid"] == v["paid"],
            "section7": (not spec["p2023"]) or "no_section7" not in spec["problems"],
            "subsets": rows["付费企业数（个）"] <= rows["实际服务企业数（个）"] <= rows["注册企业用户数（个）"]
            and rows["服务本市企业数量（个）"] <= rows["实际服务企业数（个）"],
            "device_breakdowns": all(sum(rows[k].values()) == rows[tot] for k, tot in [
                ("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
                ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
                ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
                ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
                ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"),
                ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]),
        }
        expected_fail = {
            "revenue_incl_tax": {"revenue_matches_ledger"}, "region_sum": {"region_sum"}, "summary_paid": {"summary_same"},
            "subtotal_wrong": {"ledger_subtotal", "revenue_matches_ledger"}, "rd_intensity": {"rd_intensity"},
            "contract_2024": {"ledger_in_2023", "revenue_matches_ledger", "company_rev_is_ledger_total"},
            "count_contracts": {"served_is_distinct"}, "no_section7": {"section7"},
        }
        want = set().union(*[expected_fail[p] for p in spec["problems"]]) if spec["problems"] else set()
        failed = {k for k, ok in checks.items() if not ok}
        if failed != want:
            errors.append(f"{t.package_id}: failed checks {sorted(failed)}, expected {sorted(want)}")
        # the section 七 really present / absent in the 申报书
        narr = next(n for n, r in t.files.items() if r == "申报书")
        ntext = "".join(page_text(pkg / narr, i) or "" for i in range(1, 4)) if narr.endswith(".pdf") else page_text(pkg / narr, 1)
        has7 = "七、平台相较上年度对比情况" in ntext
        if has7 != (spec["p2023"] and "no_section7" not in spec["problems"]):
            errors.append(f"{t.package_id}: section 七 presence {has7}")
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems, checks failing as planted: {sorted(failed)}")
    if clean != 1:
        errors.append(f"{clean} clean packages")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
