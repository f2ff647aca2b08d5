"""Documents of an h27 package. Every evidence renderer returns the facts it printed."""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

import h27lib as L
from h27model import FORM_ROWS, LABELS, Pkg, bd, c2, ci, n2

RED = (200, 0, 0)


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def yuan(wan: float, rng: random.Random) -> float:
    return round(wan * 10000 + rng.uniform(-45, 45), 2)


# ------------------------------------------------------------------ 附件1
def contact_docx(p: Pkg, path: Path):
    c = p.company
    doc = L.new_docx()
    L.para(doc, "附件1", bold=True)
    L.para(doc, "联系人信息反馈表", bold=True, size=16, align="center")
    L.para(doc, "2024年度上海市工业互联网平台应用水平评价工作", align="center")
    L.para(doc, "一、联系人信息反馈", bold=True)
    L.docx_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                       ["联系人（主）", c["contact"], c["name"], c["title"], c["phone"], c["email"]],
                       ["联系人（备用）", c["contact2"], c["name"], c["title2"], c["phone2"], c["email2"]]])
    L.para(doc, "二、评审会现场地址信息反馈", bold=True)
    L.para(doc, "具体地址*：" + c["venue"])
    L.para(doc, "*注：该场地信息将用于工作组安排后续评价工作。", size=9)
    L.save_docx(doc, path)


# ------------------------------------------------------------------ 申报表
def _part12_rows(p: Pkg):
    c, v = p.company, p.v
    return c, v


def form_docx(p: Pkg, path: Path, header=None, header_color=None, cell_runs=None, title_note=None, date="2024年7月26日"):
    cell_runs = cell_runs or {}
    c, v = p.company, p.v
    doc = L.new_docx(header=header, header_color=header_color)
    L.para(doc, "附件2", bold=True)
    for _ in range(2):
        L.para(doc, "")
    L.para(doc, "上海市工业互联网平台应用水平评价", bold=True, size=18, align="center")
    L.para(doc, "申报表", bold=True, size=22, align="center")
    if title_note:
        L.para(doc, title_note, align="center", color=RED, size=12)
    L.para(doc, "")
    for k, val in (("申报年度", "2024年度"), ("平台名称", c["platform"]), ("申报单位", c["name"] + "（公章）"),
                   ("联 系 人", c["contact"]), ("联系人电话", c["phone"])):
        L.para(doc, f"{k}：{val}", size=13)
    L.para(doc, "上海市经济和信息化委员会制", align="center")
    L.para(doc, date, align="center")
    doc.add_page_break()
    L.para(doc, "一、企业基本情况", bold=True, size=13)
    L.docx_table(doc, [
        ["单位（企业）名称", c["name"], "单位（企业）代码", c["uscc"]],
        ["成立日期", c["founded"], "注册地及所在行政区", c["district"]],
        ["企业类型", c["type"], "注册资本", c["capital"]],
        ["主营业务", c["business"], "法定代表人", c["legal"]],
        ["联系人", c["contact"], "职务", c["title"]],
        ["联系人手机", c["phone"], "电子邮箱", c["email"]],
        ["股权结构", c["equity"], "传真", c.get("fax", "—")],
    ], bold_first=False)
    L.para(doc, "申报单位上一年度经营状况（2023年）", bold=True)
    L.docx_table(doc, [["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
                       c["fin"]])
    L.para(doc, "二、平台基本情况", bold=True, size=13)
    rv = p.revenue_text()
    rows2 = [
        ["平台名称", cell_runs.get("平台名称") or p.form_cell.get("平台名称", c["platform"])],
        ["建设时间", c["build_period"]],
        ["平台建设金额（万元）", n2(v["平台建设金额（万元）"])],
        ["平台近三年经营指标情况", cell_runs.get("平台近三年经营指标情况") or p.form_cell.get("平台近三年经营指标情况", "\n".join(rv))],
        ["平台建设方式", cell_runs.get("平台建设方式") or p.form_cell.get("平台建设方式", "☑自建  □合作共建")],
        ["平台运营模式", p.form_cell.get("平台运营模式", "☑自运营  □联合运营  □委托运营")],
        ["IaaS基础设施", p.form_cell.get("IaaS", "☑自建  □租用")],
        ["部署方式", p.form_cell.get("部署方式", "")],
        ["平台网址", f"{c['url']}\n体验账号：{c['account']}  密码：{c['password']}"],
        ["平台基本情况介绍", p.text["介绍"]],
        ["平台建设成效", p.text["成效"]],
    ]
    L.docx_table(doc, rows2, widths=[4, 13], bold_first=False)
    doc.add_page_break()
    L.para(doc, "三、上海市工业互联网平台应用水平评价指标明细表", bold=True, size=13)
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, key in FORM_ROWS:
        val = cell_runs.get(key) or p.form_text(key)
        rows.append([l1, l2, l3, content, val, p.proof.get(key, "")])
    L.docx_table(doc, rows, widths=[1.6, 1.8, 2.0, 4.2, 5.4, 2.4], size=8)
    L.para(doc, "")
    L.para(doc, f"填表日期：{date}")
    L.save_docx(doc, path)


def form_xlsx(p: Pkg, path: Path, banner=None, date="2024年7月26日"):
    c, v = p.company, p.v
    wb = Workbook()
    ws = wb.active
    ws.title = "封面及基本情况"
    r = 1
    if banner:
        ws.cell(row=r, column=1, value=banner).font = Font(bold=True, color="C00000", size=12)
        r += 1
    ws.cell(row=r, column=1, value="上海市工业互联网平台应用水平评价申报表").font = Font(bold=True, size=15)
    r += 1
    for k, val in (("申报年度", "2024年度"), ("平台名称", c["platform"]), ("申报单位", c["name"]), ("联系人", c["contact"]),
                   ("联系人电话", c["phone"]), ("填表日期", date)):
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=val)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="一、企业基本情况").font = Font(bold=True)
    r += 1
    L.xl_rows(ws, [["单位（企业）名称", c["name"], "单位（企业）代码", c["uscc"]],
                   ["成立日期", c["founded"], "注册地及所在行政区", c["district"]],
                   ["企业类型", c["type"], "注册资本", c["capital"]],
                   ["主营业务", c["business"], "法定代表人", c["legal"]],
                   ["联系人", c["contact"], "职务", c["title"]],
                   ["联系人手机", c["phone"], "电子邮箱", c["email"]],
                   ["股权结构", c["equity"], "传真", c.get("fax", "—")]], start_row=r, widths=[22, 40, 22, 40])
    r += 8
    L.xl_rows(ws, [["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"], c["fin"]],
              start_row=r, bold_first=True)
    ws2 = wb.create_sheet("平台基本情况")
    rv = p.revenue_text()
    L.xl_rows(ws2, [["项目", "内容"],
                    ["平台名称", p.form_cell.get("平台名称", c["platform"])],
                    ["建设时间", c["build_period"]],
                    ["平台建设金额（万元）", v["平台建设金额（万元）"]],
                    ["平台近三年经营指标情况", p.form_cell.get("平台近三年经营指标情况", "\n".join(rv))],
                    ["平台建设方式", p.form_cell.get("平台建设方式", "☑自建  □合作共建")],
                    ["平台运营模式", p.form_cell.get("平台运营模式", "☑自运营  □联合运营  □委托运营")],
                    ["IaaS基础设施", p.form_cell.get("IaaS", "☑自建  □租用")],
                    ["部署方式", p.form_cell.get("部署方式", "")],
                    ["平台网址", f"{c['url']}（账号：{c['account']} 密码：{c['password']}）"],
                    ["平台基本情况介绍", p.text["介绍"]],
                    ["平台建设成效", p.text["成效"]]], bold_first=True, widths=[26, 100])
    ws3 = wb.create_sheet("指标明细表")
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, key in FORM_ROWS:
        val = p.form_text(key)
        raw = p.v.get(key)
        if key not in p.form_cell and isinstance(raw, (int, float)) and not isinstance(raw, bool) and key in LABELS:
            val = raw
        rows.append([l1, l2, l3, content, val, p.proof.get(key, "")])
    L.xl_rows(ws3, rows, bold_first=True, widths=[14, 14, 16, 42, 48, 22])
    for row in ws3.iter_rows(min_row=2, min_col=5, max_col=5):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = "0.00"
    L.save_xlsx(wb, path)


def form_scan(p: Pkg, path: Path, seed: int, seal_img, overrides=None, date="2024年7月26日", stamp_text=None):
    """Stamped scan of the 申报表 drawn from the same values; overrides {key: text} change printed cells."""
    overrides = overrides or {}
    S = L.styles(10)
    c, v = p.company, p.v
    story = [Paragraph("附件2", S["body"]), Spacer(1, 30 * mm), Paragraph("上海市工业互联网平台应用水平评价", S["h1"]),
             Paragraph("申 报 表", S["h1"]), Spacer(1, 25 * mm)]
    for k, val in (("申报年度", "2024年度"), ("平台名称", c["platform"]), ("申报单位", c["name"] + "（公章）"),
                   ("联 系 人", c["contact"]), ("联系人电话", c["phone"])):
        story.append(Paragraph(f"{k}：{escape(val)}", S["h3"]))
    story += [Spacer(1, 40 * mm), Paragraph("上海市经济和信息化委员会制", S["center"]), Paragraph(date, S["center"]), PageBreak()]
    rv = p.revenue_text()
    story.append(Paragraph("二、平台基本情况", S["h2"]))
    rows2 = [["项目", "内容"], ["平台名称", c["platform"]], ["建设时间", c["build_period"]],
             ["平台建设金额（万元）", n2(v["平台建设金额（万元）"])],
             ["平台近三年经营指标情况", overrides.get("平台近三年经营指标情况", "<br/>".join(rv))],
             ["平台建设方式", p.form_cell.get("平台建设方式", "☑自建 □合作共建")],
             ["部署方式", p.form_cell.get("部署方式", "")], ["平台网址", c["url"]]]
    story.append(L.ptable([[r[0], Paragraph(r[1], S["cell"])] for r in rows2], [45, 125], S))
    story.append(PageBreak())
    story.append(Paragraph("三、上海市工业互联网平台应用水平评价指标明细表", S["h2"]))
    rows = [["三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, key in FORM_ROWS:
        val = overrides.get(key, p.form_text(key))
        if len(val) > 120:
            val = val[:118] + "……"
        rows.append([l3, Paragraph(escape(content), S["cell"]), Paragraph(escape(val), S["cell"]),
                     Paragraph(escape(p.proof.get(key, "")), S["cell"])])
    story.append(L.ptable(rows, [24, 52, 68, 30], S, font_size=7.5))
    story += [Spacer(1, 10 * mm), Paragraph(f"申报单位（盖章）：{escape(c['name'])}", S["body"]),
              Paragraph(f"日期：{date}", S["body"])]
    pdf = L.build_pdf(story, footer=lambda n: f"— {n} —")
    n = len(L.rasterize(pdf, 0.2))
    L.scan_pdf(pdf, path, seed, seals={0: [(seal_img, (0.62, 0.47), 0.24)], n - 1: [(seal_img, (0.42, 0.80), 0.24)]},
               bw_pages_without_seal=True)
    return n


# ------------------------------------------------------------------ 附件4 汇总表
def summary_values(p: Pkg, list_no: int, overrides=None):
    overrides = overrides or {}
    out = []
    for lab in LABELS:
        if lab in overrides:
            out.append((lab, overrides[lab]))
            continue
        val, _ = p.truth_row(lab)
        if lab == "序号":
            val = str(list_no)
        if lab == "建设时间":
            val = p.company["build_summary"]
        out.append((lab, val))
    return out


def summary_xlsx(p: Pkg, path: Path, list_no: int, overrides=None, header=None):
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    r = 1
    if header:
        ws.cell(row=1, column=1, value=header).font = Font(bold=True, color="C00000")
        r = 2
    ws.cell(row=r, column=1, value="附件4  平台基本情况汇总表").font = Font(bold=True, size=14)
    rows = [["指标", "填报内容"]] + [[lab, val] for lab, val in summary_values(p, list_no, overrides)]
    L.xl_rows(ws, rows, start_row=r + 1, bold_first=True, widths=[48, 80])
    L.save_xlsx(wb, path)


def summary_docx(p: Pkg, path: Path, list_no: int, overrides=None):
    doc = L.new_docx(size=10)
    L.para(doc, "附件4", bold=True)
    L.para(doc, "平台基本情况汇总表", bold=True, size=16, align="center")
    rows = [["项目", "内容"]] + [[lab, val] for lab, val in summary_values(p, list_no, overrides)]
    L.docx_table(doc, rows, widths=[7, 10])
    L.save_docx(doc, path)


# ------------------------------------------------------------------ 附件5 承诺
def commitment(p: Pkg, path: Path, seed: int, seal_img=None, date="2024年7月26日", as_docx=False):
    c = p.company
    body = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    if as_docx:
        doc = L.new_docx(size=12)
        L.para(doc, "附件5", bold=True)
        L.para(doc, "真实性承诺", bold=True, size=18, align="center")
        L.para(doc, body)
        L.para(doc, "特此承诺。")
        L.para(doc, f"申报单位：{c['name']}（盖章）", align="right")
        L.para(doc, f"法定代表人：{c['legal']}（签章）", align="right")
        L.para(doc, date, align="right")
        L.save_docx(doc, path)
        return
    S = L.styles(12)
    story = [Paragraph("附件5", S["body"]), Spacer(1, 12 * mm), Paragraph("真实性承诺", S["h1"]), Spacer(1, 10 * mm),
             Paragraph("　　" + body, S["body"]), Paragraph("　　特此承诺。", S["body"]), Spacer(1, 30 * mm),
             Paragraph(f"申报单位：{escape(c['name'])}（盖章）", S["body"]), Spacer(1, 6 * mm),
             Paragraph(f"法定代表人：{escape(c['legal'])}（签章）", S["body"]), Spacer(1, 6 * mm),
             Paragraph(date, S["body"])]
    pdf = L.build_pdf(story)
    L.scan_pdf(pdf, path, seed, seals={0: [(seal_img, (0.55, 0.58), 0.26)]})


# ------------------------------------------------------------------ 更正说明 / 补正材料说明
def correction_pdf(p: Pkg, path: Path, seed: int, title: str, intro: str, items: list[str], table=None,
                   seal_img=None, date: str | None = "2024年7月29日", signer=True, sign_line=None):
    c = p.company
    S = L.styles(11.5)
    story = [Paragraph(title, S["h1"]), Spacer(1, 6 * mm), Paragraph(escape(c["district_office"]) + "：", S["body"]),
             Paragraph("　　" + escape(intro), S["body"])]
    for it in items:
        story.append(Paragraph("　　" + escape(it), S["body"]))
    if table:
        story.append(Spacer(1, 3 * mm))
        story.append(L.ptable(table["rows"], table["widths"], S, align_right_cols=table.get("right", ())))
        story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("　　由此给评审工作带来的不便，敬请谅解。", S["body"]))
    story.append(Spacer(1, 18 * mm))
    story.append(Paragraph(f"{escape(c['name'])}（盖章）", S["body"]))
    if sign_line:
        story.append(Paragraph(sign_line, S["body"]))
    story.append(Paragraph(f"日期：{date}" if date else "日期：　　　　年　　月　　日", S["body"]))
    pdf = L.build_pdf(story)
    L.scan_pdf(pdf, path, seed, seals={0: [(seal_img, (0.32, 0.72), 0.25)]} if seal_img else None)


# ------------------------------------------------------------------ 申报书 (blocks → docx / pdf)
CHAPTERS = "一二三四五六七"
EST_PAGES = {"一": 3, "二": 4, "三": 6, "四": 7, "五": 8, "六": 9, "七": 10}


def _subst(blocks, pages):
    import re as _re

    def fix(x):
        return _re.sub(r"\{p:(.)\}", lambda m: f"第{pages.get(m.group(1), '?')}页", x) if isinstance(x, str) else x
    out = []
    for b in blocks:
        if b[0] == "table":
            out.append((b[0], [[fix(c) for c in r] for r in b[1]], b[2]))
        else:
            out.append(b)
    return out


def render_book(blocks, path: Path, fmt: str, header=None, file_for_facts=None):
    """Revision-table cells may hold {p:二} placeholders: the page of that chapter (found after a first pass for PDFs)."""
    if fmt == "pdf":
        import pypdfium2 as pdfium
        first = _render_book(_subst(blocks, {}), None, fmt, header)
        doc = pdfium.PdfDocument(first)
        pages = {}
        for i in range(2, len(doc)):  # past the cover and the revision table
            t = doc[i].get_textpage().get_text_range()
            for ch in CHAPTERS:
                if ch + "、" in t and ch not in pages and any(b[0] == "h1" and b[1].startswith(ch + "、") and b[1][:6] in t for b in blocks):
                    pages[ch] = i + 1
        doc.close()
        return _render_book(_subst(blocks, pages), path, fmt, header)
    return _render_book(_subst(blocks, EST_PAGES), path, fmt, header)


def _render_book(blocks, path, fmt, header=None):
    if fmt == "docx":
        doc = L.new_docx(size=11, header=header, header_color=RED if header else None)
        for b in blocks:
            kind = b[0]
            if kind == "title":
                L.para(doc, b[1], bold=True, size=20, align="center")
            elif kind == "center":
                L.para(doc, b[1], align="center", size=13)
            elif kind == "h1":
                doc.add_heading(b[1], level=1)
            elif kind == "h2":
                doc.add_heading(b[1], level=2)
            elif kind == "p":
                if isinstance(b[1], list):
                    L.para(doc, runs=[(t, f) for t, f in b[1]])
                else:
                    L.para(doc, "　　" + b[1])
            elif kind == "note":
                L.para(doc, b[1], color=RED, size=9)
            elif kind == "table":
                L.docx_table(doc, b[1], widths=[w / 10 for w in b[2]], size=9)
            elif kind == "pb":
                doc.add_page_break()
        L.save_docx(doc, path)
        return
    S = L.styles(10.5)
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(escape(b[1]), S["h1"]))
        elif kind == "center":
            story.append(Paragraph(escape(b[1]), S["center"]))
        elif kind == "h1":
            story.append(Paragraph(escape(b[1]), S["h2"]))
        elif kind == "h2":
            story.append(Paragraph(escape(b[1]), S["h3"]))
        elif kind == "p":
            if isinstance(b[1], list):
                html = "".join((f"<strike>{escape(t)}</strike>" if f.get("strike") else escape(t)) if not f.get("color")
                               else f'<font color="#C00000">{"<strike>" + escape(t) + "</strike>" if f.get("strike") else escape(t)}</font>'
                               for t, f in b[1])
                story.append(Paragraph(html, S["body"]))
            else:
                story.append(Paragraph("　　" + escape(b[1]), S["body"]))
        elif kind == "note":
            story.append(Paragraph(f'<font color="#C00000">{escape(b[1])}</font>', S["small"]))
        elif kind == "table":
            story.append(L.ptable([[Paragraph(escape(str(x)), S["cell"]) for x in r] for r in b[1]], b[2], S))
            story.append(Spacer(1, 3 * mm))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, b[1] * mm))
    return L.build_pdf(story, path, header=header, footer=lambda n: f"第 {n} 页")


# ------------------------------------------------------------------ audit report (text PDF or scan)
def audit_report(p: Pkg, path: Path, rel: str, auditor: str, report_no: str, fig: dict, issue_date: str,
                 replaces: str | None = None, scan_seed=None, seal_img=None, unit="元", platform_title="业务专项说明",
                 seed=0, emit=True):
    """fig: {'rev': {2021:, 2022:, 2023:}, 'rd': x, 'profit': x, 'cost': x} in 万元."""
    rng = random.Random(seed)
    c = p.company
    S = L.styles(10.5)
    story = [Spacer(1, 50 * mm), Paragraph(escape(c["name"]), S["h1"]), Paragraph("2023年度财务报表及平台业务专项说明", S["h1"]),
             Paragraph("审 计 报 告", S["h1"]), Spacer(1, 12 * mm), Paragraph(escape(report_no), S["center"]),
             Spacer(1, 70 * mm), Paragraph(escape(auditor), S["center"]), Paragraph(issue_date, S["center"]), PageBreak()]
    story.append(Paragraph("审计报告", S["h2"]))
    story.append(Paragraph(escape(report_no), S["body"]))
    story.append(Paragraph(f"{escape(c['name'])}全体股东：", S["body"]))
    if replaces:
        story.append(Paragraph("　　" + escape(replaces), S["body"]))
    for t in ["一、审计意见",
              f"　　我们审计了{c['name']}（以下简称贵公司）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、"
              "所有者权益变动表以及相关财务报表附注，并对后附的平台业务专项说明执行了审计程序。",
              "　　我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。",
              "二、形成审计意见的基础",
              "　　我们按照中国注册会计师审计准则的规定执行了审计工作。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。",
              "三、平台业务专项说明的编制基础",
              f"　　平台业务专项说明系贵公司管理层按照《上海市工业互联网平台应用水平评价》填报口径，将与{c['platform']}直接相关的收入、成本、研发投入从公司整体财务数据中拆分编制，"
              "拆分依据为平台订阅合同台账、项目工时系统与研发辅助账。"]:
        story.append(Paragraph(escape(t), S["body"]))
    story += [Spacer(1, 20 * mm), Paragraph(f"{escape(auditor)}　　　　中国注册会计师：{escape(c['cpa'])}", S["body"]),
              Paragraph(f"中国·上海　　　　{issue_date}", S["body"]), PageBreak()]
    fin = c["fin_yuan"]
    story.append(Paragraph("资产负债表（简表）", S["h2"]))
    story.append(Paragraph(f"编制单位：{escape(c['name'])}　　2023年12月31日　　单位：元", S["small"]))
    story.append(L.ptable([["项目", "期末余额", "上年年末余额"],
                           ["流动资产合计", ci(fin["ca"]), ci(int(fin["ca"] * 0.93))],
                           ["非流动资产合计", ci(fin["nca"]), ci(int(fin["nca"] * 0.97))],
                           ["资产总计", ci(fin["ca"] + fin["nca"]), ci(int(fin["ca"] * 0.93) + int(fin["nca"] * 0.97))],
                           ["负债合计", ci(fin["liab"]), ci(int(fin["liab"] * 0.95))],
                           ["所有者权益合计", ci(fin["ca"] + fin["nca"] - fin["liab"]), ci(int(fin["ca"] * 0.93) + int(fin["nca"] * 0.97) - int(fin["liab"] * 0.95))]],
                          [70, 50, 50], S, align_right_cols=(1, 2)))
    story.append(PageBreak())
    story.append(Paragraph("利润表（简表）", S["h2"]))
    story.append(Paragraph(f"编制单位：{escape(c['name'])}　　2023年度　　单位：元", S["small"]))
    story.append(L.ptable([["项目", "本期金额", "上期金额"],
                           ["一、营业收入", ci(fin["rev"]), ci(fin["rev_prev"])],
                           ["减：营业成本", ci(int(fin["rev"] * 0.71)), ci(int(fin["rev_prev"] * 0.72))],
                           ["研发费用", ci(fin["rd"]), ci(int(fin["rd"] * 0.9))],
                           ["二、营业利润", ci(fin["profit"] + 1860311), ci(int(fin["profit"] * 0.88))],
                           ["三、利润总额", ci(fin["profit"]), ci(int(fin["profit"] * 0.87))],
                           ["四、净利润", ci(int(fin["profit"] * 0.83)), ci(int(fin["profit"] * 0.72))]],
                          [70, 50, 50], S, align_right_cols=(1, 2)))
    story.append(PageBreak())
    story.append(Paragraph(f"附：{escape(c['platform'])}{platform_title}", S["h2"]))
    if unit == "元":
        vals = {("rev", y): yuan(fig["rev"][y], rng) for y in (2021, 2022, 2023)}
        vals["rd"] = yuan(fig["rd"], rng)
        vals["profit"] = yuan(fig["profit"], rng)
        vals["cost"] = yuan(fig["cost"], rng)
        fmt = c2
        norm = lambda x: round(x / 10000, 2)
    else:
        vals = {("rev", y): fig["rev"][y] for y in (2021, 2022, 2023)}
        vals["rd"], vals["profit"], vals["cost"] = fig["rd"], fig["profit"], fig["cost"]
        fmt = c2
        norm = lambda x: round(x, 2)
    story.append(Paragraph(f"单位：{unit}", S["small"]))
    rows = [["项目", "2023年度", "2022年度", "2021年度"],
            ["平台相关营业收入", fmt(vals[("rev", 2023)]), fmt(vals[("rev", 2022)]), fmt(vals[("rev", 2021)])],
            ["平台相关营业成本", fmt(vals["cost"]), "—", "—"],
            ["平台相关研发投入", fmt(vals["rd"]), "—", "—"],
            ["平台利润总额", fmt(vals["profit"]), "—", "—"]]
    story.append(L.ptable(rows, [50, 40, 40, 40], S, align_right_cols=(1, 2, 3)))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("　　注：平台相关营业收入包括平台SaaS订阅服务、设备接入与运维服务、平台解决方案实施收入；平台相关研发投入口径参照国家统计局研究与试验发展（R&D）经费统计口径。", S["small"]))
    if scan_seed is not None:
        pdf = L.build_pdf(story, footer=lambda n: f"{report_no}　第{n}页")
        L.scan_pdf(pdf, path, scan_seed, seals={1: [(seal_img, (0.35, 0.75), 0.24)], 4: [(seal_img, (0.7, 0.6), 0.24)]},
                   bw_pages_without_seal=True)
    else:
        L.build_pdf(story, path, footer=lambda n: f"{report_no}　第{n}页")
    if not emit:
        return []
    img = scan_seed is not None
    F = []
    u = unit
    F.append(fact("平台相关营业收入（万元）", fmt(vals[("rev", 2023)]), u, norm(vals[("rev", 2023)]), rel, 5, fmt(vals[("rev", 2023)]), "平台相关营业收入", "2023年度", image_only=img))
    F.append(fact("平台近三年经营指标情况", fmt(vals[("rev", 2022)]), u, norm(vals[("rev", 2022)]), rel, 5, fmt(vals[("rev", 2022)]), "平台相关营业收入", "2022年度", "2022年平台营收（万元）", img))
    F.append(fact("平台近三年经营指标情况", fmt(vals[("rev", 2021)]), u, norm(vals[("rev", 2021)]), rel, 5, fmt(vals[("rev", 2021)]), "平台相关营业收入", "2021年度", "2021年平台营收（万元）", img))
    F.append(fact("平台相关研发投入（万元）", fmt(vals["rd"]), u, norm(vals["rd"]), rel, 5, fmt(vals["rd"]), "平台相关研发投入", "2023年度", image_only=img))
    F.append(fact("平台利润率（%）", fmt(vals["profit"]), u, norm(vals["profit"]), rel, 5, fmt(vals["profit"]), "平台利润总额", "2023年度", "平台利润总额（万元）", img))
    F.append(fact("投资回报率（%）", fmt(vals["profit"]), u, norm(vals["profit"]), rel, 5, fmt(vals["profit"]), "平台利润总额", "2023年度", "平台年利润（万元）", img))
    return F


# ------------------------------------------------------------------ device statistics
def device_tables(v, dev_cats_override=None):
    cats = dev_cats_override or v["按二级分类统计工业设备数量（台/套）"]
    pub = v["按二级分类统计公有云工业设备数量（台/套）"]
    daily = v["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    return cats, pub, daily


def device_pdf(p: Pkg, path: Path, rel: str, cutoff: str, vals: dict, page_title: str, older: dict | None = None,
               older_cutoff=None, emit=True):
    """vals: {'total','pub','daily','cats':{},'pub_cats','daily_cats','regions':{}, 'overseas':{}}"""
    S = L.styles(10)
    c = p.company

    def page(d, cut, note=None):
        st = [Paragraph(escape(page_title), S["h2"]), Paragraph(f"数据口径：截至{cut}　　导出系统：{escape(c['sys'])}", S["small"])]
        if note:
            st.append(Paragraph(f'<font color="#C00000">{escape(note)}</font>', S["small"]))
        st.append(Spacer(1, 3 * mm))
        st.append(Paragraph("表1 按设备二级分类（附录A）统计", S["h3"]))
        rows = [["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
        for k in d["cats"]:
            rows.append([k, ci(d["cats"][k]), ci(d["pub_cats"][k]), ci(d["daily_cats"][k])])
        rows.append(["合计", ci(d["total"]), ci(d["pub"]), ci(d["daily"])])
        st.append(L.ptable(rows, [45, 40, 45, 45], S, align_right_cols=(1, 2, 3)))
        st.append(Spacer(1, 4 * mm))
        st.append(Paragraph("表2 按设备所属企业注册地（附录F）统计", S["h3"]))
        rows = [["区域", "接入数量（台/套）"]] + [[k, ci(n)] for k, n in d["regions"].items()] + [["合计", ci(sum(d["regions"].values()))]]
        st.append(L.ptable(rows, [60, 40], S, align_right_cols=(1,)))
        if d.get("overseas"):
            st.append(Spacer(1, 4 * mm))
            st.append(Paragraph("表3 海外设备连接情况", S["h3"]))
            rows = [["国家/地区", "接入数量（台/套）"]] + [[k, ci(n)] for k, n in d["overseas"].items()] + [["海外合计", ci(sum(d["overseas"].values()))]]
            st.append(L.ptable(rows, [60, 40], S, align_right_cols=(1,)))
        return st

    story = page(vals, cutoff)
    if older:
        story.append(PageBreak())
        story += page(older, older_cutoff, note=f"（参考）以下为{older_cutoff}年末口径数据，仅用于与上年度数据比对，申报数据以第1页截至{cutoff}的数据为准。")
    L.build_pdf(story, path, header=c["name"] + " 平台运营部")
    if not emit:
        return []
    F = [fact("连接的工业设备/产品/产线种类及数量（台/套）", ci(vals["total"]), "台/套", vals["total"], rel, 1, ci(vals["total"]), "合计", "接入数量（台/套）"),
         fact("公有云工业设备连接数量（台/套）", ci(vals["pub"]), "台/套", vals["pub"], rel, 1, ci(vals["pub"]), "合计", "其中：公有云接入（台/套）"),
         fact("公有云工业设备平均日运行数量（台/套）", ci(vals["daily"]), "台/套", vals["daily"], rel, 1, ci(vals["daily"]), "合计", "公有云日均运行（台/套）")]
    if vals.get("overseas"):
        ov = sum(vals["overseas"].values())
        F.append(fact("海外设备连接数量（台/套）", ci(ov), "台/套", ov, rel, 1, ci(ov), "海外合计", "接入数量（台/套）"))
    return F


def device_xlsx(p: Pkg, path: Path, rel: str, cutoff: str, vals: dict, emit=True):
    wb = Workbook()
    ws = wb.active
    ws.title = "分类汇总"
    ws.cell(row=1, column=1, value=f"{p.company['platform']} 接入设备分类汇总（截至{cutoff}）").font = Font(bold=True)
    rows = [["设备二级分类", "接入设备数（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in vals["cats"]:
        rows.append([k, vals["cats"][k], vals["pub_cats"][k], vals["daily_cats"][k]])
    rows.append(["合计", vals["total"], vals["pub"], vals["daily"]])
    L.xl_rows(ws, rows, start_row=2, bold_first=True, widths=[20, 20, 20, 22])
    ws2 = wb.create_sheet("按区域")
    ws2.cell(row=1, column=1, value=f"按设备所属企业注册地统计（截至{cutoff}）").font = Font(bold=True)
    rows = [["区域", "接入设备数（台/套）"]] + [[k, n] for k, n in vals["regions"].items()]
    if vals.get("overseas"):
        rows.append(["其中：海外合计", sum(vals["overseas"].values())])
    rows.append(["合计", sum(vals["regions"].values())])
    L.xl_rows(ws2, rows, start_row=2, bold_first=True, widths=[24, 20])
    L.save_xlsx(wb, path)
    if not emit:
        return []
    F = [fact("连接的工业设备/产品/产线种类及数量（台/套）", str(vals["total"]), "台/套", vals["total"], rel, 1, str(vals["total"]), "合计", "接入设备数（台/套）"),
         fact("公有云工业设备连接数量（台/套）", str(vals["pub"]), "台/套", vals["pub"], rel, 1, str(vals["pub"]), "合计", "公有云接入（台/套）"),
         fact("公有云工业设备平均日运行数量（台/套）", str(vals["daily"]), "台/套", vals["daily"], rel, 1, str(vals["daily"]), "合计", "公有云日均运行（台/套）")]
    if vals.get("overseas"):
        ov = sum(vals["overseas"].values())
        F.append(fact("海外设备连接数量（台/套）", str(ov), "台/套", ov, rel, 2, str(ov), "其中：海外合计", "接入设备数（台/套）"))
    return F


def dev_vals(v):
    return {"total": v["连接的工业设备/产品/产线种类及数量（台/套）"], "pub": v["公有云工业设备连接数量（台/套）"],
            "daily": v["公有云工业设备平均日运行数量（台/套）"], "cats": dict(v["按二级分类统计工业设备数量（台/套）"]),
            "pub_cats": dict(v["按二级分类统计公有云工业设备数量（台/套）"]),
            "daily_cats": dict(v["按二级分类统计公有云工业设备平均日运行数量（台/套）"]),
            "regions": dict(v["按省市区域统计工业设备数量（台/套）"]),
            "overseas": dict(v["按海外国家分类统计海外设备连接数量（台/套）"] or {})}


# ------------------------------------------------------------------ IP lists
PAT_WORDS = ["一种基于边缘计算的设备状态监测方法", "一种工业数据采集网关及其配置方法", "一种多源异构数据融合的质量追溯系统",
             "一种基于数字孪生的产线仿真方法", "一种设备故障预测模型的训练方法", "一种工艺参数自适应优化方法", "一种工业APP微服务编排方法",
             "一种能耗异常识别方法及装置", "一种基于标识解析的产品追溯方法", "一种供应链协同计划排程方法"]
SW_WORDS = ["平台设备管理系统", "数据中台软件", "工业APP开发工具", "能源管理系统", "质量追溯系统", "供应商协同门户软件",
            "边缘网关配置软件", "模型训练平台", "可视化大屏软件", "安全审计系统", "订单协同系统", "移动运维APP"]


def ip_rows(n, kind, owner, rng, start_year=2016):
    rows = []
    for i in range(n):
        y = start_year + (i * 7) % 8
        if kind == "pat":
            rows.append([str(i + 1), PAT_WORDS[i % len(PAT_WORDS)] + ("" if i < len(PAT_WORDS) else f"（{i // len(PAT_WORDS) + 1}）"),
                         "发明专利" if i % 3 else "实用新型", f"ZL{y}1{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}", owner, f"{y + 2}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
        else:
            rows.append([str(i + 1), owner[:4] + SW_WORDS[i % len(SW_WORDS)] + f"V{1 + i // len(SW_WORDS)}.{i % 5}", f"{y + 1}SR{rng.randint(100000, 999999):07d}", owner,
                         f"{y + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    return rows


def ip_pdf(p: Pkg, path: Path, rel: str, n_pat: int, n_sw: int, seed: int, title_pat="专利清单（共{n}项）",
           title_sw="软件著作权清单（共{n}项）", sw_on_new_page=True, note=None):
    rng = random.Random(seed)
    S = L.styles(10)
    owner = p.company["name"]
    story = [Paragraph(f"{escape(p.company['platform'])}核心软硬件技术知识产权清单", S["h2"])]
    if note:
        story.append(Paragraph(f'<font color="#C00000">{escape(note)}</font>', S["small"]))
    tp = title_pat.format(n=n_pat)
    story.append(Paragraph(escape(tp), S["h3"]))
    story.append(L.ptable([["序号", "专利名称", "类型", "专利号", "专利权人", "授权公告日"]] + ip_rows(n_pat, "pat", owner, rng),
                          [10, 62, 18, 34, 30, 20], S, font_size=7.5))
    if sw_on_new_page:
        story.append(PageBreak())
    ts = title_sw.format(n=n_sw)
    story.append(Paragraph(escape(ts), S["h3"]))
    story.append(L.ptable([["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + ip_rows(n_sw, "sw", owner, rng),
                          [10, 70, 34, 40, 22], S, font_size=7.5))
    pdf = L.build_pdf(story, path, header=owner)
    # locate pages of the captions
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    pages = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    norm = lambda s: "".join(s.split())
    pp = next(i for i, t in enumerate(pages) if norm(tp) in norm(t)) + 1
    sp = next(i for i, t in enumerate(pages) if norm(ts) in norm(t)) + 1
    return [fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, rel, pp, tp, tp.split("（")[0]),
            fact("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, rel, sp, ts, ts.split("（")[0])]


def ip_xlsx(p: Pkg, path: Path, rel: str, n_pat: int, n_sw: int, seed: int, sw_first=False):
    rng = random.Random(seed)
    owner = p.company["name"]
    wb = Workbook()
    sheets = [("专利", n_pat), ("软件著作权", n_sw)]
    if sw_first:
        sheets.reverse()
    F = []
    for i, (name, n) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        if name == "专利":
            rows = [["序号", "专利名称", "类型", "专利号", "专利权人", "授权公告日"]] + ip_rows(n, "pat", owner, rng)
        else:
            rows = [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + ip_rows(n, "sw", owner, rng)
        L.xl_rows(ws, rows, bold_first=True, widths=[6, 46, 20, 26, 26, 14])
        q = f"{name}合计：{n}项"
        ws.cell(row=n + 3, column=2, value=q).font = Font(bold=True)
        lab = "平台核心软硬件技术获得的专利数量（项）" if name == "专利" else "平台核心软硬件技术获得的软著数量（个）"
        F.append(fact(lab, str(n), "项", n, rel, i + 1, q, f"{name}合计"))
    L.save_xlsx(wb, path)
    return F


# ------------------------------------------------------------------ awards
AWARDS = [("上海市工业互联网创新发展应用三年行动计划标杆平台", "上海市经济和信息化委员会"),
          ("工业和信息化部工业互联网试点示范项目", "工业和信息化部"),
          ("上海市科技进步奖二等奖", "上海市人民政府"),
          ("工业互联网平台创新领航应用案例", "工业和信息化部"),
          ("上海市软件和信息服务业高质量发展专项优秀项目", "上海市经济和信息化委员会"),
          ("中国工业互联网大赛全国总决赛优胜奖", "工业和信息化部"),
          ("上海市“工赋链主”培育企业", "上海市经济和信息化委员会"),
          ("上海市优秀工业互联网解决方案", "上海市经济和信息化委员会")]


def award_xlsx(p: Pkg, path: Path, rel: str, n: int):
    wb = Workbook()
    ws = wb.active
    ws.title = "省部级及以上荣誉"
    rows = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]]
    for i in range(n):
        a = AWARDS[i % len(AWARDS)]
        rows.append([i + 1, a[0], f"{2020 + i % 4}年{3 + i}月", a[1]])
    L.xl_rows(ws, rows, bold_first=True, widths=[6, 52, 14, 30])
    q = f"合计：{n}项"
    ws.cell(row=n + 2, column=2, value=q).font = Font(bold=True)
    L.save_xlsx(wb, path)
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, rel, 1, q, "合计")]


def award_pdf(p: Pkg, path: Path, rel: str, n: int):
    S = L.styles(10)
    rows = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]]
    for i in range(n):
        a = AWARDS[i % len(AWARDS)]
        rows.append([str(i + 1), a[0], f"{2020 + i % 4}年{3 + i}月", a[1]])
    q = f"平台获得省部级及以上奖项/荣誉清单（共{n}项）"
    story = [Paragraph(escape(q), S["h2"]), L.ptable(rows, [12, 90, 25, 45], S)]
    L.build_pdf(story, path)
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, rel, 1, q)]


# ------------------------------------------------------------------ screenshots
def screenshot_png(p: Pkg, path: Path, rel: str, title: str, tiles: list, stamp_text: str, seed: int, accent=(20, 90, 170),
                   extra_lines=()):
    """tiles: (caption, printed, label, unit, normalized)."""
    L.dashboard(path, title, p.company["url"] + "/console/overview", [(t[0], t[1]) for t in tiles], stamp_text, seed, accent,
                extra_lines)
    return [fact(t[2], t[1], t[3], t[4], rel, 1, t[1], t[0], image_only=True) for t in tiles if t[2]]


def screenshots_pdf(p: Pkg, path: Path, rel: str, pages: list[dict], seed: int):
    ims = []
    F = []
    for i, pg in enumerate(pages):
        im = L.dashboard(None, pg["title"], p.company["url"] + pg.get("path", "/"), [(t[0], t[1]) for t in pg["tiles"]],
                         pg["stamp"], seed + i, pg.get("accent", (20, 90, 170)), pg.get("extra", ()))
        ims.append(im)
        F += [fact(t[2], t[1], t[3], t[4], rel, i + 1, t[1], t[0], image_only=True) for t in pg["tiles"] if t[2]]
    L.images_to_pdf(ims, path, quality=85)
    return F
