"""The applicant's own documents: 附件1 联系人表, 附件2 申报表 (DOCX / XLSX + stamped scan), 附件3 申报书
(DOCX / PDF), 附件4 汇总表 (XLSX vertical / horizontal, DOCX), 附件5 承诺 (scan / DOCX)."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, Side

import lib
from model import DETAIL, LABELS, Pkg

BOX_ON, BOX_OFF = "☑", "□"


def ym(s: str) -> str:
    y, m = s.split(".")
    return f"{y}年{int(m)}月"


def rev_line(p: Pkg, year: int) -> str:
    return f"{year}年平台营收{p.info['rev'][year]:.2f}万元/增长率{p.info['growth'][year]:.2f}%"


def review_value(p: Pkg, label: str) -> tuple[str, object]:
    """(value a reviewer writes in the 附件4 cell, normalised) from the 申报表."""
    i = p.info
    if label == "序号":
        return str(p.list_no), p.list_no
    if label == "企业名称":
        return p.company, p.company
    if label == "平台名称":
        return p.declared_name, p.declared_name
    if label == "平台性质":
        return i["nature"], i["nature"]
    if label == "联系人姓名":
        return i["contact"], i["contact"]
    if label == "联系人手机号":
        return i["mobile"], i["mobile"]
    if label == "联系人电子邮箱":
        return i["email"], i["email"]
    if label == "评审会现场地址信息":
        return i["address"], i["address"]
    if label == "平台网址":
        return i["url"], i["url"]
    if label == "建设时间":
        v = f"{i['build_from']}-{i['build_to']}"
        return v, v
    if label == "平台建设金额（万元）":
        return f"{i['build_amount']:.2f}", i["build_amount"]
    if label == "平台近三年经营指标情况":
        norm = {}
        for y in (2021, 2022, 2023):
            norm[f"{y}年平台营收（万元）"] = i["rev"][y]
            norm[f"{y}年增长率（%）"] = i["growth"][y]
        return "；".join(rev_line(p, y) for y in (2021, 2022, 2023)), norm
    if label == "平台建设方式":
        v = "自建" if i["construct"] == "自建" else f"合作共建，{i['partner']}"
        return v, v
    if label == "平台运营模式":
        return i["ops"], i["ops"]
    if label == "部署方式":
        v = "、".join(i["deploy"])
        return v, v
    v = p.V[label]
    if label in p.summary_value:
        return p.summary_value[label], v
    if isinstance(v, bool):
        return ("是" if v else "否"), v
    if label == "平台是否服务上海智能工厂，数量":
        return (f"是，{v}家" if v else "否"), v
    if label == "平台订单数量(近一年总量)（个）":
        return "；".join(f"{k}：{n}个" for k, n in v.items()), v
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return p.cells[label], v
    if label == "平台开放共享数据的形式及数量":
        return v, v
    return p.cell(label), v


def summary_rows(p: Pkg) -> list[dict]:
    rows = []
    for label in LABELS:
        value, norm = review_value(p, label)
        rows.append(dict(label=label, value=value, normalized=norm))
    return rows


def applicant_summary_value(p: Pkg, label: str) -> str:
    if label in p.summary_overrides:
        return p.summary_overrides[label]
    value, _ = review_value(p, label)
    if label == "平台近三年经营指标情况":
        return "\n".join(rev_line(p, y) for y in (2021, 2022, 2023))
    return value


# ---------------------------------------------------------------- 申报表 content
def part1_rows(p: Pkg) -> list[list[str]]:
    i = p.info
    c = i["company_info"]
    return [
        ["单位（企业）名称", p.company, "单位（企业）代码", c["code"]],
        ["成立日期", c["founded"], "注册地及所在行政区", c["seat"]],
        ["企业类型", c["type"], "注册资本", c["capital"]],
        ["主营业务", c["business"], "", ""],
        ["法定代表人", c["legal"], "联系人/职务", f"{i['contact']}/{i['title']}"],
        ["联系人手机", i["mobile"], "传真", c["fax"]],
        ["电子邮箱", i["email"], "", ""],
        ["股权结构", c["equity"], "", ""],
        ["总资产（万元）", c["assets"], "主营业务收入（万元）", c["main_rev"]],
        ["主营业务收入增长率（%）", c["main_growth"], "负债率（%）", c["debt"]],
        ["利润总额（万元）", c["profit"], "税金（万元）", c["tax"]],
    ]


def part2_rows(p: Pkg) -> list[list[str]]:
    i = p.info
    construct = (f"{BOX_ON}自建  {BOX_OFF}合作共建，合作企业名称（必填）：" if i["construct"] == "自建"
                 else f"{BOX_OFF}自建  {BOX_ON}合作共建，合作企业名称（必填）：{i['partner']}")
    ops = "  ".join((BOX_ON if o == i["ops"] else BOX_OFF) + o for o in ("自运营", "联合运营", "委托运营"))
    iaas = (f"{BOX_ON}自建  {BOX_OFF}租用，服务商名称（必填）：" if i["iaas"] == "自建"
            else f"{BOX_OFF}自建  {BOX_ON}租用，服务商名称（必填）：{i['iaas_vendor']}")
    deploy = "  ".join((BOX_ON if d in i["deploy"] else BOX_OFF) + d for d in ("边缘侧", "私有云", "公有云", "混合云"))
    deploy += f"  {BOX_OFF}其他部署方式"
    return [
        ["平台名称", p.declared_name],
        ["建设时间", f"{ym(i['build_from'])}至{ym(i['build_to'])}"],
        ["平台建设金额（万元）", f"{i['build_amount']:.2f}"],
        ["平台近三年经营指标情况", "\n".join(rev_line(p, y) for y in (2021, 2022, 2023))
         + "\n注：此处数据为平台相关收益单列，非整个公司的财务数据。"],
        ["平台建设方式", construct],
        ["平台运营模式", ops],
        ["IaaS基础设施", iaas],
        ["部署方式", deploy],
        ["平台网址", f"{i['url']}\n测试账号：{i['account']}  密码：{i['password']}"],
        ["平台基本情况介绍", p.T["介绍"]],
        ["平台建设成效", p.T["成效"]],
    ]


def detail_rows(p: Pkg) -> list[list[str]]:
    rows = []
    for l1, l2, l3, content, key in DETAIL:
        actual = p.T[key[2:]] if key.startswith("T:") else p.cell(key)
        rows.append([l1, l2, l3, content, actual, p.proofs.get(key, "")])
    return rows


def _merge_spans(rows: list[list[str]], col: int, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for k in range(1, len(rows) + 1):
        if k == len(rows) or rows[k][col] != rows[start][col] or (col > 0 and rows[k][col - 1] != rows[start][col - 1]):
            if k - 1 > start:
                spans.append((start + offset, k - 1 + offset))
            start = k
    return spans


def form_docx(p: Pkg, path: Path) -> None:
    doc = lib.new_docx(p.company)
    lib.docx_heading(doc, "上海市工业互联网平台应用水平评价", 18, center=True)
    lib.docx_heading(doc, "申报表", 22, center=True)
    for line in ("申报年度：2024年度", f"平台名称：{p.declared_name}", f"申报单位：{p.company}（公章）",
                 f"联 系 人：{p.info['contact']}", f"联系人电话：{p.info['mobile']}", "上海市经济和信息化委员会制",
                 "2024年7月"):
        doc.add_paragraph(line)
    doc.add_page_break()
    lib.docx_heading(doc, "一、企业基本情况", 14)
    lib.docx_table(doc, part1_rows(p), header_bold=False)
    lib.docx_heading(doc, "二、平台基本情况", 14)
    lib.docx_table(doc, part2_rows(p), [4, 12], header_bold=False)
    doc.add_page_break()
    lib.docx_heading(doc, "三、上海市工业互联网平台应用水平评价指标明细表", 14)
    head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    body = detail_rows(p)
    merges = []
    for col in (0, 1, 2):
        for a, b in _merge_spans(body, col, 1):
            merges.append((a, col, b, col))
    lib.docx_table(doc, [head] + body, [1.6, 1.8, 1.9, 3.6, 5.2, 3.0], merges=merges)
    lib.save_docx(doc, path)


def form_xlsx(p: Pkg, path: Path) -> None:
    wb = lib.new_xlsx()
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")

    def put(ws, rows, widths):
        for r, row in enumerate(rows, 1):
            for c, val in enumerate(row, 1):
                cell = ws.cell(r, c, val)
                cell.alignment = wrap
                cell.border = border
        for k, w in enumerate(widths):
            ws.column_dimensions[chr(65 + k)].width = w

    ws = wb.active
    ws.title = "封面"
    for r, line in enumerate(("上海市工业互联网平台应用水平评价申报表", "申报年度：2024年度", f"平台名称：{p.declared_name}",
                              f"申报单位：{p.company}（公章）", f"联 系 人：{p.info['contact']}",
                              f"联系人电话：{p.info['mobile']}", "上海市经济和信息化委员会制"), 1):
        ws.cell(r, 1, line)
    ws.column_dimensions["A"].width = 60
    ws1 = wb.create_sheet("一、企业基本情况")
    put(ws1, part1_rows(p), [22, 34, 22, 30])
    ws2 = wb.create_sheet("二、平台基本情况")
    put(ws2, part2_rows(p), [22, 90])
    ws3 = wb.create_sheet("三、指标明细表")
    head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    body = detail_rows(p)
    put(ws3, [head] + body, [14, 16, 18, 36, 60, 34])
    for c in range(1, 7):
        ws3.cell(1, c).font = Font(bold=True)
    for col in (0, 1, 2):
        for a, b in _merge_spans(body, col, 2):
            ws3.merge_cells(start_row=a, start_column=col + 1, end_row=b, end_column=col + 1)
    lib.save_xlsx(wb, path)


def form_scan(p: Pkg, path: Path, scratch: Path, seed: int) -> None:
    """The stamped scan: our own print layout of the same 申报表, rasterised, seal on cover and last page."""
    src = scratch / f"{p.pid}_form_print.pdf"
    d = lib.PdfDoc(src, footer_numbers=True)
    d.space(120)
    d.heading("上海市工业互联网平台应用水平评价", 20, center=True, gap=18)
    d.heading("申 报 表", 26, center=True, gap=60)
    for line in ("申报年度：2024年度", f"平台名称：{p.declared_name}", f"申报单位：{p.company}（公章）",
                 f"联 系 人：{p.info['contact']}", f"联系人电话：{p.info['mobile']}"):
        d.para(line, 13, indent=70)
    d.space(120)
    d.heading("上海市经济和信息化委员会制", 12, center=True)
    d.new_page()
    d.heading("一、企业基本情况", 13)
    d.table(part1_rows(p), [22, 34, 22, 30], size=8.5, header_rows=0)
    d.heading("二、平台基本情况", 13)
    d.table(part2_rows(p), [20, 80], size=8.5, header_rows=0)
    d.new_page()
    d.heading("三、上海市工业互联网平台应用水平评价指标明细表", 13)
    head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    d.table([head] + detail_rows(p), [11, 12, 13, 26, 44, 24], size=7.5)
    d.para(f"申报单位（盖章）：{p.company}        日期：2024年7月18日", 10)
    d.close()
    lib.stamp_scan(src, path, p.company, seed)
    src.unlink()


# ---------------------------------------------------------------- 附件4 汇总表
SUMMARY_PRINTED = {  # the 附件4 template prints some labels differently from the normalised key
    "平台是否建立安全管理体系": "平台是否建立安全管理体系（是/否）",
    "有否定期开展第三方安全测试/测评": "有否定期开展第三方安全测试/测评（是/否）",
    "有否定期进行安全扫描": "有否定期进行安全扫描（是/否）",
    "企业是否已上市或已获得VC/PE投资": "企业是否已上市或已获得VC/PE 投资（是/否）",
    "平台是否有自研形成的核心技术突破": "平台是否有自研形成的核心技术突破（是/否）",
    "平台是否具备碳管理服务能力": "平台是否具备碳管理服务能力（是/否）",
    "平台是否融合使用国家标识解析系统": "平台是否融合使用国家标识解析系统（是/否）",
}


def summary_xlsx(p: Pkg, path: Path, horizontal: bool = False) -> None:
    wb = lib.new_xlsx()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    labels = [SUMMARY_PRINTED.get(lb, lb) for lb in LABELS]
    values = [applicant_summary_value(p, lb) for lb in LABELS]
    for k, v in enumerate(values):
        if LABELS[k] == "序号":
            values[k] = p.list_no
    wrap = Alignment(wrap_text=True, vertical="center")
    if horizontal:
        ws.cell(1, 1, "附件4 平台基本情况汇总表")
        for c, (lb, v) in enumerate(zip(labels, values), 1):
            ws.cell(2, c, lb).alignment = wrap
            ws.cell(3, c, v).alignment = wrap
            ws.column_dimensions[ws.cell(2, c).column_letter].width = 18
    else:
        ws.cell(1, 1, "附件4 平台基本情况汇总表")
        ws.cell(2, 1, "项目")
        ws.cell(2, 2, "内容")
        for r, (lb, v) in enumerate(zip(labels, values), 3):
            ws.cell(r, 1, lb).alignment = wrap
            ws.cell(r, 2, v).alignment = wrap
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 80
    lib.save_xlsx(wb, path)


def summary_docx(p: Pkg, path: Path) -> None:
    doc = lib.new_docx(p.company)
    lib.docx_heading(doc, "附件4", 12)
    lib.docx_heading(doc, "平台基本情况汇总表", 16, center=True)
    rows = [[SUMMARY_PRINTED.get(lb, lb), applicant_summary_value(p, lb)] for lb in LABELS]
    lib.docx_table(doc, rows, [6.5, 10.0], header_bold=False)
    lib.save_docx(doc, path)


# ---------------------------------------------------------------- 附件1, 附件5
def contact_docx(p: Pkg, path: Path) -> None:
    i = p.info
    doc = lib.new_docx(p.company)
    lib.docx_heading(doc, "附件1", 12)
    lib.docx_heading(doc, "联系人信息反馈表", 16, center=True)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    lib.docx_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                         ["联系人（主）", i["contact"], p.company, i["title"], i["mobile"], i["email"]],
                         ["联系人（备用）", i["contact2"], p.company, i["title2"], i["mobile2"], i["email2"]]])
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址*：{i['address']}")
    lib.save_docx(doc, path)


def commitment_text(p: Pkg) -> list[str]:
    return ["真实性承诺",
            "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
            "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。",
            "特此承诺。",
            f"申报单位：{p.company}（盖章）",
            f"法定代表人：{p.info['company_info']['legal']}（签章）",
            "2024年7月18日"]


def commitment_scan(p: Pkg, path: Path, scratch: Path, seed: int) -> None:
    src = scratch / f"{p.pid}_commit_print.pdf"
    d = lib.PdfDoc(src, footer_numbers=False)
    lines = commitment_text(p)
    d.para("附件5", 12)
    d.space(20)
    d.heading(lines[0], 20, center=True, gap=30)
    d.para(lines[1], 13, indent=0, leading=2.0)
    d.para(lines[2], 13)
    d.space(80)
    for line in lines[3:]:
        d.para(line, 13, indent=220)
    d.close()
    lib.stamp_scan(src, path, p.company, seed, seal_pages={0}, seal_pos=(0.55, 0.55))
    src.unlink()


def commitment_docx(p: Pkg, path: Path) -> None:
    doc = lib.new_docx(p.company)
    lines = commitment_text(p)
    lib.docx_heading(doc, "附件5", 12)
    lib.docx_heading(doc, lines[0], 18, center=True)
    for line in lines[1:]:
        doc.add_paragraph(line)
    lib.save_docx(doc, path)


# ---------------------------------------------------------------- 附件3 申报书
def narrative_docx(p: Pkg, blocks: list, path: Path) -> None:
    doc = lib.new_docx(p.company)
    lib.docx_heading(doc, "上海市工业互联网平台应用水平评价", 18, center=True)
    lib.docx_heading(doc, "申报书", 22, center=True)
    for line in ("申报年度：2024年度", f"平台名称：{p.declared_name}", f"申报单位：{p.company}（公章）",
                 f"联 系 人：{p.info['contact']}", f"联系人电话：{p.info['mobile']}"):
        doc.add_paragraph(line)
    doc.add_page_break()
    for kind, content in blocks:
        if kind == "h1":
            lib.docx_heading(doc, content, 14)
        elif kind == "h2":
            lib.docx_heading(doc, content, 12)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "table":
            lib.docx_table(doc, content)
    lib.save_docx(doc, path)


def narrative_pdf(p: Pkg, blocks: list, path: Path) -> None:
    d = lib.PdfDoc(path, header=f"{p.declared_name} 申报书")
    d.space(100)
    d.heading("上海市工业互联网平台应用水平评价", 20, center=True, gap=18)
    d.heading("申 报 书", 26, center=True, gap=60)
    for line in ("申报年度：2024年度", f"平台名称：{p.declared_name}", f"申报单位：{p.company}（公章）",
                 f"联 系 人：{p.info['contact']}", f"联系人电话：{p.info['mobile']}"):
        d.para(line, 13, indent=60)
    d.new_page()
    for kind, content in blocks:
        if kind == "h1":
            d.heading(content, 14, gap=10)
        elif kind == "h2":
            d.heading(content, 12, gap=8)
        elif kind == "p":
            d.para(content, 10.5, indent=0)
        elif kind == "table":
            n = len(content[0])
            d.table(content, [1] * n, size=8.5)
    d.close()
