"""Build the h25 holdout set (theme: spreadsheets and system exports). Deterministic.

    .venv/bin/python eval_sets/blind/h25/build.py    (from the repository)
"""
from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sys
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository (eval_sets.generator.fonts)
sys.path.insert(0, str(HERE))

import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402

import evid25 as E  # noqa: E402
import forms25 as F  # noqa: E402
import kit25 as K  # noqa: E402
from common25 import (SUB_FILL, agg, answers, book_sections, fill_rows, header, put_row, title_rows,  # noqa: E402
                      write_csv)
from texts25 import texts  # noqa: E402

PKGS = HERE / "packages"
TRUTH = HERE / "truth"


def pct(x):
    return f"{x:.2f}%"


def enterprise_pdf(p, rel, ents, title, host, rows_per_page, role="evidence:other", dup_note=None):
    path = p.add_file(rel, role)
    cols = ["序号", "企业名称", "统一社会信用代码", "所属行业", "注册地", "企业规模", "付费状态", "首次服务日期"]
    rows = [[str(i), e["name"], e["code"], e["industry"], e["region"], e["size"], "付费" if e["paid"] else "免费",
             e["first"].isoformat()] for i, e in enumerate(ents, 1)]
    n = len(ents)
    paid = sum(e["paid"] for e in ents)
    sme = sum(e["size"] != "大型" for e in ents)
    sh = sum(e["region"] == "上海" for e in ents)
    tail = [f"合计：{K.thousands(n)} 家", f"其中：付费企业 {paid} 家；中小企业 {sme} 家；注册地上海 {sh} 家"]
    pages = K.print_table_pdf(path, title, meta=host, columns=cols, widths_mm=[14, 78, 44, 34, 26, 20, 20, 30], rows=rows,
                              rows_per_page=rows_per_page, tail_lines=tail)
    p.fact("实际服务企业数（个）", K.thousands(n), "家", n, rel, pages, f"合计：{K.thousands(n)} 家", "合计")
    p.fact("付费企业数（个）", str(paid), "家", paid, rel, pages, f"付费企业 {paid} 家", "付费企业")
    p.fact("服务中小企业数量（个）", str(sme), "家", sme, rel, pages, f"中小企业 {sme} 家", "中小企业")
    p.fact("服务本市企业数量（个）", str(sh), "家", sh, rel, pages, f"注册地上海 {sh} 家", "注册地上海")
    return pages


def special_note_pdf(p, rel, c, fiscal_company, auditor, font="STSong-Light", years=(2021, 2022, 2023)):
    """平台经营数据专项说明（万元）: platform revenue split out of the company statements."""
    path = p.add_file(rel, "evidence:audit_report")
    revs = c["revs"]
    rows = [["项目", "2023年度", "2022年度", "2021年度", "2020年度"],
            ["平台相关营业收入", f"{revs[2023]:,.2f}", f"{revs[2022]:,.2f}", f"{revs[2021]:,.2f}", f"{revs[2020]:,.2f}"],
            ["其中：平台订阅及服务收入", f"{revs[2023] * 0.71:,.2f}", f"{revs[2022] * 0.69:,.2f}", f"{revs[2021] * 0.66:,.2f}", "—"],
            ["平台相关营业成本", f"{revs[2023] - c['profit'] - c['rd'] * 0.4:,.2f}", "—", "—", "—"],
            ["平台研发投入", f"{c['rd']:,.2f}", f"{c['rd'] * 0.86:,.2f}", f"{c['rd'] * 0.74:,.2f}", "—"],
            ["平台利润总额", f"{c['profit']:,.2f}", f"{c['profit'] * 0.83:,.2f}", f"{c['profit'] * 0.7:,.2f}", "—"]]
    blocks = [("title", "平台经营数据专项说明"), ("sub", f"{p.company}"), ("space", 4),
              ("body", f"根据{auditor}出具的{fiscal_company}2023年度审计报告，公司按业务线对营业收入、营业成本及研发投入进行核算。"
                       f"现将{p.declared_name}相关经营数据单列说明如下。平台收入口径为基于平台直接订阅的服务及通过平台服务取得的收入，"
                       f"不含公司传统信息化项目收入；研发投入按国家统计局R&amp;D口径归集。"),
              ("h2", "表1 平台经营数据（单位：万元）"), ("table", rows, [52, 30, 30, 30, 28]),
              ("body", "注：公司整体营业收入、利润等数据详见年度审计报告；平台数据由财务部按项目辅助核算拆分，拆分方法为按合同与工时归集。"),
              ("space", 20), ("right", f"{p.company}财务部"), ("right", "2024年7月5日")]
    K.build_text_pdf(path, blocks, font_name=font, header=f"{p.company}", footer_fmt="第 {n} 页")
    f2 = lambda x: f"{x:,.2f}"
    p.fact("平台相关营业收入（万元）", f2(revs[2023]), "万元", K.r2(revs[2023]), rel, 1, f2(revs[2023]), "平台相关营业收入", "2023年度")
    p.fact("平台近三年经营指标情况", f2(revs[2022]), "万元", K.r2(revs[2022]), rel, 1, f2(revs[2022]), "平台相关营业收入", "2022年度",
           "2022年平台营收（万元）")
    p.fact("平台近三年经营指标情况", f2(revs[2021]), "万元", K.r2(revs[2021]), rel, 1, f2(revs[2021]), "平台相关营业收入", "2021年度",
           "2021年平台营收（万元）")
    p.fact("平台相关研发投入（万元）", f2(c["rd"]), "万元", K.r2(c["rd"]), rel, 1, f2(c["rd"]), "平台研发投入", "2023年度")
    p.fact("平台利润率（%）", f2(c["profit"]), "万元", K.r2(c["profit"]), rel, 1, f2(c["profit"]), "平台利润总额", "2023年度",
           "平台利润总额（万元）")
    p.fact("投资回报率（%）", f2(c["profit"]), "万元", K.r2(c["profit"]), rel, 1, f2(c["profit"]), "平台利润总额", "2023年度",
           "平台年利润（万元）")


def monthly_orders(rng, total_2023, total_trailing, api_base):
    """18 months 2023-01..2024-06; 2023 sums to total_2023, 2023-07..2024-06 sums to total_trailing."""
    h1 = K.split(int(total_2023 * 0.46), {m: 1 + 0.04 * m + rng.uniform(-0.05, 0.05) for m in range(1, 7)})
    h2_total = total_2023 - sum(h1.values())
    h2 = K.split(h2_total, {m: 1 + 0.04 * m + rng.uniform(-0.05, 0.05) for m in range(7, 13)})
    h3 = K.split(total_trailing - h2_total, {m: 1 + 0.04 * m + rng.uniform(-0.05, 0.05) for m in range(1, 7)})
    out = []
    for m in range(1, 13):
        v = h1[m] if m <= 6 else h2[m]
        out.append((f"2023-{m:02d}", v, int(api_base * (1 + 0.03 * m) * rng.uniform(0.9, 1.1))))
    for m in range(1, 7):
        out.append((f"2024-{m:02d}", h3[m], int(api_base * (1.4 + 0.03 * m) * rng.uniform(0.9, 1.1))))
    return out


def app_workbook(p, rel, recs, cat_order, title, pub_daily_cat, note_lines, summary_total=None, ind_sheet=True):
    path = p.add_file(rel, "evidence:other")
    live = [r for r in recs if r["status"] == "上架"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按分类汇总"
    title_rows(ws, title, "单位：个", 5, "统计时点：2024-06-30")
    header(ws, 4, ["工业APP分类（附录B）", "上架APP数量", "其中：公有云部署", "公有云日均活跃", "订阅数"], [22, 14, 16, 16, 12])
    r = 5
    for k in cat_order:
        xs = [a for a in live if a["cat"] == k]
        if not xs:
            continue
        put_row(ws, r, [k, len(xs), sum(a["pub"] for a in xs), pub_daily_cat.get(k, 0), sum(a["subs"] for a in xs)])
        r += 1
    tot = summary_total if summary_total is not None else len(live)
    pubn = sum(a["pub"] for a in live)
    subs = sum(a["subs"] for a in live)
    put_row(ws, r, ["合计", tot, pubn, sum(pub_daily_cat.values()), subs], fill=SUB_FILL, bold=True)
    p.fact("工业APP数量（个）", str(tot), "个", tot, rel, 1, str(tot), "合计", "上架APP数量")
    p.fact("公有云工业APP数量（个）", str(pubn), "个", pubn, rel, 1, str(pubn), "合计", "其中：公有云部署")
    p.fact("工业APP订阅总数量（个）", str(subs), "个", subs, rel, 1, str(subs), "合计", "订阅数")
    ws.freeze_panes = "B5"
    ws2 = wb.create_sheet("APP明细")
    cols = ["序号", "应用编码", "应用名称", "分类", "适用行业", "开发方式", "部署方式", "上架日期", "状态", "累计订阅数"]
    header(ws2, 1, cols, [7, 14, 26, 12, 14, 12, 10, 12, 8, 10])
    for i, a in enumerate(recs, 2):
        vals = [i - 1, a["code"], a["name"], a["cat"], a["ind"], "平台原生开发" if a["native"] else "云化改造",
                "公有云" if a["pub"] else "私有化部署", a["date"], a["status"], a["subs"]]
        for j, v in enumerate(vals, 1):
            c = ws2.cell(i, j, v)
            if j == 8:
                c.number_format = "yyyy/m/d"
    ws2.freeze_panes = "A2"
    ws2.auto_filter.ref = f"A1:J{len(recs) + 1}"
    ws3 = wb.create_sheet("说明")
    ws3.column_dimensions["A"].width = 100
    for i, line in enumerate(note_lines, 1):
        ws3.cell(i, 1, line)
    K.save_xlsx(wb, path, p.author)
    return live


def award_pdf(p, rel, awards):
    path = p.add_file(rel, "evidence:award_list")
    rows = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [[str(i), a, t, u] for i, (a, t, u) in enumerate(awards, 1)]
    K.build_text_pdf(path, [("title", "平台获得省部级及以上奖项/荣誉清单"), ("table", rows, [12, 80, 25, 53]),
                            ("body", f"以上共{len(awards)}项，证书复印件附后（略）。")], font_name="WQY", footer_fmt="")
    p.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(awards)), "项", len(awards), rel, 1, f"以上共{len(awards)}项")


def write_truth(p):
    TRUTH.mkdir(exist_ok=True)
    (TRUTH / f"{p.pid}.json").write_text(json.dumps(p.truth(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def new_pkg(**kw):
    root = PKGS / kw["pid"]
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    return F.Pkg(root=root, **kw)


from pkgs25 import build_all  # noqa: E402

if __name__ == "__main__":
    if PKGS.exists():
        shutil.rmtree(PKGS)
    if TRUTH.exists():
        shutil.rmtree(TRUTH)
    build_all(sys.modules[__name__])
    print("built", sorted(x.name for x in PKGS.iterdir()))
