"""Evidence documents of h42 packages: audit reports, IP lists, exports, certificates, proofs."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from . import render as R
from .model import c2, ci


def audit_report(path: Path, *, company: str, year: int, auditor: str, report_no: str, report_date: str,
                 comp: dict, plat_title: str, plat_cols: list[str], plat_rows: list[tuple[str, list[str]]],
                 plat_unit: str, notes: list[str], extra_first: list[str] | None = None) -> int:
    """Five pages: cover, opinion, balance sheet, income statement, platform note. Returns the note's page."""
    st = R.styles(10)
    period = f"{year}年1月1日至{year}年12月31日"
    cover = [Spacer(1, 35 * mm), Paragraph(f"{company}", st["h1"]), Paragraph(f"{year}年度财务报表审计报告", st["h1"]),
             Spacer(1, 15 * mm), Paragraph(f"报告文号：{report_no}", st["c"]), Paragraph(f"审计期间：{period}", st["c"]),
             Spacer(1, 60 * mm), Paragraph(auditor, st["c"]), Paragraph(f"报告日期：{report_date}", st["c"])]
    opinion = [Paragraph("审计报告", st["h1"]), Paragraph(f"{report_no}", st["c"]), Spacer(1, 5 * mm),
               Paragraph(f"{company}全体股东：", st["p"]),
               Paragraph("一、审计意见", st["h2"]),
               Paragraph(f"我们审计了{company}（以下简称“贵公司”）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、"
                         "现金流量表、所有者权益变动表以及相关财务报表附注。", st["p"]),
               Paragraph(f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的"
                         f"财务状况以及{year}年度的经营成果和现金流量。", st["p"]),
               Paragraph("二、形成审计意见的基础", st["h2"]),
               Paragraph("我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，"
                         "为发表审计意见提供了基础。", st["p"]),
               Spacer(1, 20 * mm), Paragraph(f"{auditor}        中国注册会计师：（签名盖章）", st["p"]),
               Paragraph(f"中国·上海        {report_date}", st["p"])]
    if extra_first:
        opinion[4:4] = [Paragraph(t, st["p"]) for t in extra_first]
    bs = [["项目", f"{year}年12月31日", f"{year - 1}年12月31日"]] + comp["balance"]
    balance = [Paragraph("资产负债表", st["h1"]), Paragraph(f"编制单位：{company}        单位：元", st["p"]),
               R.pdf_table(bs, [70 * mm, 50 * mm, 50 * mm], 9)]
    inc = [["项目", "本期金额", "上期金额"]] + comp["income"]
    income = [Paragraph("利润表", st["h1"]), Paragraph(f"编制单位：{company}        {year}年度        单位：元", st["p"]),
              R.pdf_table(inc, [70 * mm, 50 * mm, 50 * mm], 9)]
    rows = [["项目"] + plat_cols] + [[a] + b for a, b in plat_rows]
    w = 170 * mm - 60 * mm
    note = [Paragraph(plat_title, st["h2"]), Paragraph(f"单位：{plat_unit}", st["p"]),
            R.pdf_table(rows, [60 * mm] + [w / len(plat_cols)] * len(plat_cols), 9)]
    note += [Paragraph(t, st["p"]) for t in notes]
    R.build_pdf(path, [cover, opinion, balance, income, note], title=f"{year}年度审计报告",
                footer=company + f" {year}年度审计报告  第{{page}}页")
    return 5


def company_statements(revenue: float, prior_revenue: float, profit: float, prior_profit: float,
                       assets: float, prior_assets: float, debt: float = 0.46, prior_debt: float = 0.48) -> dict:
    return {
        "balance": [["货币资金", c2(assets * 0.21), c2(prior_assets * 0.19)],
                    ["应收账款", c2(assets * 0.17), c2(prior_assets * 0.18)],
                    ["固定资产", c2(assets * 0.24), c2(prior_assets * 0.26)],
                    ["资产总计", c2(assets), c2(prior_assets)],
                    ["负债合计", c2(assets * debt), c2(prior_assets * prior_debt)],
                    ["所有者权益合计", c2(assets - round(assets * debt, 2)), c2(prior_assets - round(prior_assets * prior_debt, 2))]],
        "income": [["一、营业收入", c2(revenue), c2(prior_revenue)],
                   ["减：营业成本", c2(revenue * 0.68), c2(prior_revenue * 0.69)],
                   ["研发费用", c2(revenue * 0.071), c2(prior_revenue * 0.068)],
                   ["二、营业利润", c2(profit * 1.02), c2(prior_profit * 1.01)],
                   ["三、利润总额", c2(profit), c2(prior_profit)],
                   ["四、净利润", c2(profit * 0.85), c2(prior_profit * 0.85)]],
    }


def ip_list_pdf(path: Path, company: str, sections: list[tuple[str, list[str], list[list[str]]]]) -> dict[str, int]:
    """Each section starts a page (a long one runs on, header repeated): (title, header, rows).
    Returns title -> 1-based page where the title is printed."""
    st = R.styles(9)
    pages = []
    for title, header, rows in sections:
        widths = {5: [10 * mm, 56 * mm, 32 * mm, 46 * mm, 26 * mm],
                  6: [9 * mm, 50 * mm, 30 * mm, 16 * mm, 43 * mm, 22 * mm]}
        pages.append([Paragraph(title, st["h2"]), Paragraph(f"申报单位：{company}", st["p"]),
                      R.pdf_table([header] + rows, widths[len(header)], 7)])
    R.build_pdf(path, pages, title="知识产权清单", strict=False)
    return {title: R.find_page(path, title) for title, _, _ in sections}


def write_xlsx(path: Path, sheets: list[tuple[str, list[list]]], widths=None):
    wb = Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet(name)
        ws.title = name
        first = False
        R.ws_rows(ws, rows, widths=widths)
        ws.cell(row=1, column=1).font = Font(bold=True)
    R.save_xlsx(wb, path, path.stem)


def device_sheets(n: dict, head: list[list], cat_label="设备二级分类（附录A）") -> list[tuple[str, list[list]]]:
    cat = [["序号", cat_label, "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for i, k in enumerate(n["d_cat"]):
        cat.append([i + 1, k, n["d_cat"][k], n["pub_cat"][k], n["run_cat"][k]])
    cat.append(["", "合计", n["dev"], n["pub"], n["run"]])
    reg = [["序号", "区域（附录F）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for i, k in enumerate(n["d_reg"]):
        reg.append([i + 1, k, n["d_reg"][k], n["pub_reg"][k], n["run_reg"][k]])
    reg.append(["", "合计", n["dev"], n["pub"], n["run"]])
    sheets = [("按设备分类", head + cat), ("按区域", head + reg)]
    if n["ov"]:
        ov = [["海外国家", "接入数量（台/套）"]] + [[k, v] for k, v in n["ov"].items()] + [["海外合计", n["ov_total"]]]
        sheets.append(("海外设备", head + ov))
    return sheets


def scanned_pages(path: Path, tmp: Path, pages: list[list], seed: int, seals: dict[int, str], seal_pos=(0.58, 0.66),
                  landscape_mode=False):
    src = tmp / (path.stem + "_src.pdf")
    R.build_pdf(src, pages, landscape_mode=landscape_mode)
    R.scan_pdf(src, path, seed, {i: R.seal(name) for i, name in seals.items()}, seal_pos)


def certificate_page(title: str, lines: list[str], issuer: str) -> list:
    st = R.styles(12)
    out = [Spacer(1, 25 * mm), Paragraph(title, st["h1"]), Spacer(1, 12 * mm)]
    out += [Paragraph(t, st["p"]) for t in lines]
    out += [Spacer(1, 25 * mm), Paragraph(issuer, st["p"])]
    return out


def table_page(title: str, sub: list[str], rows: list[list[str]], widths, size=9, tail: list[str] | None = None):
    st = R.styles(10)
    out = [Paragraph(title, st["h2"])] + [Paragraph(s, st["p"]) for s in sub]
    out.append(R.pdf_table(rows, widths, size))
    for t in tail or []:
        out.append(Paragraph(t, st["p"]))
    return out


_ = ci
