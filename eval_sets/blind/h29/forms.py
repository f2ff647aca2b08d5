"""附件1 联系人表, 附件2 申报表 (DOCX / XLSX + stamped scan), 附件3 申报书, 附件4 汇总表, 附件5 承诺."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

import kit
from model import Pkg
from notice import INDICATORS, SUMMARY_LABELS


def form_value(p: Pkg, key: str) -> str:
    if key.startswith("T:"):
        return p.T[key[2:]]
    if key == "按海外国家分类统计海外设备连接数量（台/套）" and not p.rows[key].value:
        return p.form_cells.get(key, "无")
    return p.cell(key)


def proof_of(p: Pkg, key: str) -> str:
    return p.info.get("proof", {}).get(key, "")


# ------------------------------------------------------------------ 附件1

def contact_docx(p: Pkg, path: Path):
    i = p.info
    d = kit.new_docx(i.get("author", ""))
    kit.para(d, "附件1", 12, bold=True)
    kit.para(d, "联系人信息反馈表", 18, bold=True, align="center", font="黑体")
    kit.para(d, "2024年度上海市工业互联网平台应用水平评价工作", 12, align="center")
    kit.para(d, "一、联系人信息反馈", 12, bold=True)
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        kit.cell_text(t.cell(0, j), h, 10.5, True)
    r1 = ["联系人（主）", i["contact"], p.company, i["contact_title"], i["phone"], i["email"]]
    r2 = ["联系人（备用）", i["contact2"], p.company, i["contact2_title"], i["phone2"], i["email2"]]
    for r, row in enumerate((r1, r2), 1):
        for j, v in enumerate(row):
            kit.cell_text(t.cell(r, j), v, 10.5)
    kit.para(d, "")
    kit.para(d, "二、评审会现场地址信息反馈", 12, bold=True)
    kit.para(d, "具体地址*：" + i["venue"], 12)
    kit.para(d, "*注：该场地信息将用于工作组安排后续评价工作。", 9)
    kit.save_docx(d, path)


# ------------------------------------------------------------------ 附件2 (DOCX)

def _basic_rows(p: Pkg):
    i = p.info
    fin = i["fin"]
    return [
        ("单位（企业）名称", p.company, "单位（企业）代码", i["code"]),
        ("成立日期", i["founded"], "注册地及所在行政区", i["reg_addr"]),
        ("企业类型", i["type"], "注册资本", i["capital"]),
    ], fin


def form_docx(p: Pkg, path: Path, proof_first: bool = False, font: str = "宋体"):
    i = p.info
    d = kit.new_docx(i.get("author", ""), font=font, size=11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    kit.para(d, "附件2", 12, bold=True)
    for _ in range(3):
        kit.para(d, "")
    kit.para(d, "上海市工业互联网平台应用水平评价", 20, bold=True, align="center", font="黑体")
    kit.para(d, "申报表", 26, bold=True, align="center", font="黑体")
    for _ in range(3):
        kit.para(d, "")
    for k, v in (("申报年度", "2024 年度"), ("平台名称", i.get("form_platform_name", p.declared_name)),
                 ("申报单位", p.company + "（公章）"), ("联 系 人", i["contact"]), ("联系人电话", i["phone"])):
        kit.para(d, f"{k}：{v}", 14, font="仿宋")
    for _ in range(4):
        kit.para(d, "")
    kit.para(d, "上海市经济和信息化委员会制", 14, align="center")
    kit.para(d, i.get("form_date", "2024 年 7 月 16 日"), 14, align="center")
    d.add_page_break()

    kit.para(d, "一、企业基本情况", 14, bold=True, font="黑体")
    rows, fin = _basic_rows(p)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, e in rows:
        cells = t.add_row().cells
        for j, v in enumerate((a, b, c, e)):
            kit.cell_text(cells[j], v, 10.5, bold=(j % 2 == 0))
    c = t.add_row().cells
    kit.cell_text(c[0], "主营业务", 10.5, True)
    m = c[1].merge(c[3])
    kit.cell_text(m, i["business"], 10.5)
    c = t.add_row().cells
    for j, v in enumerate(("法定代表人", i["legal"], "联系人/职务", f"{i['contact']}／{i['contact_title']}")):
        kit.cell_text(c[j], v, 10.5, bold=(j % 2 == 0))
    c = t.add_row().cells
    for j, v in enumerate(("联系人手机", i["phone"], "传真", i.get("fax", "—"))):
        kit.cell_text(c[j], v, 10.5, bold=(j % 2 == 0))
    c = t.add_row().cells
    kit.cell_text(c[0], "电子邮箱", 10.5, True)
    kit.cell_text(c[1].merge(c[3]), i["email"], 10.5)
    c = t.add_row().cells
    kit.cell_text(c[0].merge(c[3]), "股权结构", 10.5, True, align="center")
    c = t.add_row().cells
    kit.cell_text(c[0].merge(c[1]), "发起人及出资信息", 10.5, True)
    kit.cell_text(c[2], "金额", 10.5, True)
    kit.cell_text(c[3], "持股比例", 10.5, True)
    for who, amt, ratio in i["equity"]:
        c = t.add_row().cells
        kit.cell_text(c[0].merge(c[1]), who, 10.5)
        kit.cell_text(c[2], amt, 10.5)
        kit.cell_text(c[3], ratio, 10.5)
    d.add_paragraph()
    kit.para(d, "申报单位上一年度经营状况（2023 年）", 11, bold=True)
    t2 = d.add_table(rows=2, cols=6)
    t2.style = "Table Grid"
    heads = ["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"]
    for j, h in enumerate(heads):
        kit.cell_text(t2.cell(0, j), h, 9.5, True)
        kit.cell_text(t2.cell(1, j), fin[j], 10)

    d.add_paragraph()
    kit.para(d, "二、平台基本情况", 14, bold=True, font="黑体")
    t3 = d.add_table(rows=0, cols=2)
    t3.style = "Table Grid"
    three = p.n("平台近三年经营指标情况")
    three_txt = "\n".join(
        f"{y}年平台营收  {three[f'{y}年平台营收（万元）']:.2f}  万元/增长率  {three[f'{y}年增长率（%）']:.2f}  %"
        for y in (2021, 2022, 2023)) + "\n注：此处数据需将平台相关收益单列，而非整个公司的财务数据。"
    if "平台近三年经营指标情况" in p.form_cells:
        three_txt = p.form_cells["平台近三年经营指标情况"]
    bm = i["build_mode_text"]
    items = [
        ("平台名称", i.get("form_platform_name", p.declared_name)),
        ("建设时间", i["built_text"]),
        ("平台建设金额（万元）", p.cell("平台建设金额（万元）")),
        ("平台近三年经营指标情况", three_txt),
        ("平台建设方式", bm),
        ("平台运营模式", i["op_mode_text"]),
        ("IaaS 基础设施", i["iaas_text"]),
        ("部署方式", i["deploy_text"]),
        ("平台网址", i["url_text"]),
        ("平台基本情况介绍", p.T["基本情况"]),
        ("平台建设成效", p.T["建设成效"]),
    ]
    for k, v in items:
        cells = t3.add_row().cells
        kit.cell_text(cells[0], k, 10.5, True)
        kit.cell_text(cells[1], v, 10.5)
    for row in t3.rows:
        row.cells[0].width = Cm(4)
        row.cells[1].width = Cm(13)
    d.add_page_break()

    kit.para(d, "三、上海市工业互联网平台应用水平评价指标明细表", 14, bold=True, font="黑体")
    kit.para(d, "（请依据此表后附的填报指引填写！）", 10)
    cols = ["一级指标", "二级指标", "三级指标", "内容", "证明资料", "平台实际情况"] if proof_first else \
        ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    t4 = d.add_table(rows=1, cols=6)
    t4.style = "Table Grid"
    for j, h in enumerate(cols):
        kit.cell_text(t4.cell(0, j), h, 10, True, align="center")
    start = {}
    for idx, (l1, l2, l3, content, key) in enumerate(INDICATORS):
        cells = t4.add_row().cells
        val = form_value(p, key)
        proof = proof_of(p, key)
        vals = [l1, l2, l3, content] + ([proof, val] if proof_first else [val, proof])
        for j, v in enumerate(vals):
            if j < 3:
                continue
            kit.cell_text(cells[j], v, 9.5)
        for lev, name in enumerate((l1, l2, l3)):
            if start.get(lev, (None,))[0] != name:
                start[lev] = (name, idx + 1)
                kit.cell_text(cells[lev], name, 9.5)
            else:
                first = t4.cell(start[lev][1], lev)
                first.merge(cells[lev])
                # merging keeps the text of the first cell; drop empty paragraph added by merge
    widths = [Cm(1.6), Cm(1.8), Cm(2.0), Cm(4.2), Cm(5.2), Cm(2.6)]
    if proof_first:
        widths = [Cm(1.6), Cm(1.8), Cm(2.0), Cm(4.2), Cm(2.6), Cm(5.2)]
    for row in t4.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    d.add_paragraph()
    kit.para(d, "申报单位（盖章）：" + p.company, 12)
    kit.para(d, i.get("form_date", "2024 年 7 月 16 日"), 12, align="right")
    kit.save_docx(d, path)


# ------------------------------------------------------------------ 附件2 (XLSX)

def form_xlsx(p: Pkg, path: Path):
    i = p.info
    wb = Workbook()
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws = wb.active
    ws.title = "企业基本情况"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 40
    ws["A1"] = "上海市工业互联网平台应用水平评价申报表（2024年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:D1")
    ws["A2"] = f"申报单位：{p.company}（盖章）    平台名称：{p.declared_name}"
    ws.merge_cells("A2:D2")
    rows, fin = _basic_rows(p)
    r = 4
    ws.cell(r - 1, 1, "一、企业基本情况").font = Font(bold=True)
    for a, b, c, e in rows + [("主营业务", i["business"], "", ""), ("法定代表人", i["legal"], "联系人", i["contact"]),
                              ("职务", i["contact_title"], "联系人手机", i["phone"]), ("传真", i.get("fax", "—"), "电子邮箱", i["email"])]:
        for j, v in enumerate((a, b, c, e), 1):
            cell = ws.cell(r, j, v)
            cell.border = border
            cell.alignment = wrap
        r += 1
    ws.cell(r, 1, "发起人及出资信息").font = Font(bold=True)
    ws.cell(r, 2, "金额").font = Font(bold=True)
    ws.cell(r, 3, "持股比例").font = Font(bold=True)
    r += 1
    for who, amt, ratio in i["equity"]:
        ws.cell(r, 1, who)
        ws.cell(r, 2, amt)
        ws.cell(r, 3, ratio)
        r += 1
    r += 1
    ws.cell(r, 1, "申报单位上一年度经营状况（2023 年）").font = Font(bold=True)
    r += 1
    heads = ["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"]
    for j, h in enumerate(heads):
        ws.cell(r + j, 1, h).border = border
        ws.cell(r + j, 2, fin[j]).border = border

    ws2 = wb.create_sheet("平台基本情况")
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 90
    three = p.n("平台近三年经营指标情况")
    items = [("平台名称", i.get("form_platform_name", p.declared_name)), ("建设时间", i["built_text"]),
             ("平台建设金额（万元）", p.cell("平台建设金额（万元）"))]
    for y in (2021, 2022, 2023):
        items.append((f"{y}年平台营收（万元）", f"{three[f'{y}年平台营收（万元）']:.2f}"))
        items.append((f"{y}年增长率（%）", f"{three[f'{y}年增长率（%）']:.2f}"))
    items += [("平台建设方式", i["build_mode_text"]), ("平台运营模式", i["op_mode_text"]), ("IaaS 基础设施", i["iaas_text"]),
              ("部署方式", i["deploy_text"]), ("平台网址", i["url_text"]), ("平台基本情况介绍", p.T["基本情况"]),
              ("平台建设成效", p.T["建设成效"])]
    for r, (k, v) in enumerate(items, 1):
        ws2.cell(r, 1, k).border = border
        c = ws2.cell(r, 2, v)
        c.border = border
        c.alignment = wrap

    ws3 = wb.create_sheet("评价指标明细表")
    for col, w in zip("ABCDEF", (14, 16, 18, 40, 50, 26)):
        ws3.column_dimensions[col].width = w
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"], 1):
        c = ws3.cell(1, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = border
    prev = [None, None, None]
    starts = [2, 2, 2]
    for n, (l1, l2, l3, content, key) in enumerate(INDICATORS, 2):
        for lev, name in enumerate((l1, l2, l3)):
            if prev[lev] != name:
                if prev[lev] is not None and n - 1 > starts[lev]:
                    ws3.merge_cells(start_row=starts[lev], start_column=lev + 1, end_row=n - 1, end_column=lev + 1)
                ws3.cell(n, lev + 1, name)
                prev[lev] = name
                starts[lev] = n
        ws3.cell(n, 4, content)
        v = form_value(p, key)
        num = p.rows[key].normalized if not key.startswith("T:") else None
        if isinstance(num, (int, float)) and not isinstance(num, bool) and v.replace(".", "", 1).isdigit():
            cell = ws3.cell(n, 5, num)
            if isinstance(num, float) or "." in v:
                cell.number_format = "0.00"
        else:
            ws3.cell(n, 5, v)
        ws3.cell(n, 6, proof_of(p, key))
        for j in range(1, 7):
            ws3.cell(n, j).border = border
            ws3.cell(n, j).alignment = wrap
    last = len(INDICATORS) + 1
    for lev in range(3):
        if last > starts[lev]:
            ws3.merge_cells(start_row=starts[lev], start_column=lev + 1, end_row=last, end_column=lev + 1)
    wb.properties.creator = i.get("author", "")
    kit.save_xlsx(wb, path)


# ------------------------------------------------------------------ 申报表 stamped scan

def form_scan(p: Pkg, path: Path, seed: int, seal, bw_pages: bool = False):
    i = p.info
    st = kit.styles("STSong-Light", 10)
    story = [Paragraph("附件2", st["body"]), Spacer(1, 40 * mm),
             Paragraph("上海市工业互联网平台应用水平评价", st["title"]), Spacer(1, 6 * mm),
             Paragraph("申 报 表", kit.styles("STSong-Light", 18)["title"]), Spacer(1, 30 * mm)]
    for k, v in (("申报年度", "2024 年度"), ("平台名称", i.get("form_platform_name", p.declared_name)),
                 ("申报单位", p.company + "（公章）"), ("联 系 人", i["contact"]), ("联系人电话", i["phone"])):
        story.append(Paragraph(f"{k}：{v}", kit.styles("STSong-Light", 13)["body"]))
    story += [Spacer(1, 40 * mm), Paragraph("上海市经济和信息化委员会制", st["center"]),
              Paragraph(i.get("form_date", "2024 年 7 月 16 日"), st["center"]), PageBreak()]
    rows, fin = _basic_rows(p)
    story.append(Paragraph("一、企业基本情况", st["h"]))
    data = [list(r) for r in rows] + [["主营业务", i["business"], "法定代表人", i["legal"]],
                                      ["联系人", i["contact"], "联系人手机", i["phone"]]]
    story.append(kit.table(data, [30 * mm, 55 * mm, 30 * mm, 55 * mm], st, header_rows=0))
    story.append(Spacer(1, 4 * mm))
    heads = ["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"]
    story.append(kit.table([heads, list(fin)], [28 * mm] * 6, st))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("二、平台基本情况", st["h"]))
    three = p.n("平台近三年经营指标情况")
    three_txt = "<br/>".join(
        f"{y}年平台营收 {three[f'{y}年平台营收（万元）']:.2f} 万元/增长率 {three[f'{y}年增长率（%）']:.2f} %" for y in (2021, 2022, 2023))
    if "平台近三年经营指标情况" in p.form_cells:
        three_txt = p.form_cells["平台近三年经营指标情况"].replace("\n", "<br/>")
    data = [["平台名称", i.get("form_platform_name", p.declared_name)], ["建设时间", i["built_text"]],
            ["平台建设金额（万元）", p.cell("平台建设金额（万元）")], ["平台近三年经营指标情况", three_txt],
            ["平台建设方式", i["build_mode_text"]], ["平台运营模式", i["op_mode_text"]], ["IaaS 基础设施", i["iaas_text"]],
            ["部署方式", i["deploy_text"]], ["平台网址", i["url_text"].replace("\n", "<br/>")],
            ["平台基本情况介绍", p.T["基本情况"]], ["平台建设成效", p.T["建设成效"]]]
    story.append(kit.table(data, [34 * mm, 136 * mm], st, header_rows=0))
    story.append(PageBreak())
    story.append(Paragraph("三、上海市工业互联网平台应用水平评价指标明细表", st["h"]))
    data = [["三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, key in INDICATORS:
        data.append([l3, content, form_value(p, key), proof_of(p, key)])
    story.append(kit.table(data, [24 * mm, 44 * mm, 72 * mm, 30 * mm], st))
    story.append(Spacer(1, 10 * mm))
    story.append(Paragraph("申报单位（盖章）：" + p.company, st["body"]))
    story.append(Paragraph(i.get("form_date", "2024 年 7 月 16 日"), st["right"]))
    with kit.scratch_dir() as td:
        tmp = Path(td) / "f.pdf"
        kit.build_pdf(tmp, story, page_numbers=True)
        pages = kit.render_pdf(tmp, dpi=110)
    out = []
    for k, im in enumerate(pages):
        if k == 0:
            im = kit.paste_seal(im, seal, (int(im.width * 0.62), int(im.height * 0.47)), 0.55)
        if k == len(pages) - 1:
            im = kit.paste_seal(im, seal, (int(im.width * 0.55), int(im.height * 0.5)), 0.55)
        bw = bw_pages and 0 < k < len(pages) - 1
        out.append(kit.scanify(im, seed + k, bw=bw))
    kit.images_to_pdf(out, path)


# ------------------------------------------------------------------ 附件4 汇总表

def summary_xlsx(p: Pkg, path: Path, horizontal: bool = False, numbers_as_numbers: bool = True):
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    if horizontal:
        ws.cell(1, 1, "平台基本情况汇总表").font = Font(bold=True, size=14)
        for j, lab in enumerate(SUMMARY_LABELS, 1):
            c = ws.cell(2, j, lab)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = border
            ws.cell(3, j, _xl_value(p, lab, numbers_as_numbers)).border = border
            ws.column_dimensions[c.column_letter].width = 16
    else:
        ws["A1"] = "附件4"
        ws["A2"] = "平台基本情况汇总表"
        ws["A2"].font = Font(bold=True, size=14)
        ws.merge_cells("A2:B2")
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 70
        for r, lab in enumerate(SUMMARY_LABELS, 3):
            a = ws.cell(r, 1, lab)
            b = ws.cell(r, 2, _xl_value(p, lab, numbers_as_numbers))
            for c in (a, b):
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.properties.creator = p.info.get("author", "")
    kit.save_xlsx(wb, path)


def _xl_value(p: Pkg, lab: str, numbers: bool):
    v = p.summary_cell(lab)
    norm = p.rows[lab].normalized
    if numbers and lab not in p.summary_over and isinstance(norm, (int, float)) and not isinstance(norm, bool) \
            and v.replace(".", "", 1).isdigit():
        return norm
    return v


def summary_docx(p: Pkg, path: Path):
    d = kit.new_docx(p.info.get("author", ""), size=10.5)
    kit.para(d, "附件4", 12, bold=True)
    kit.para(d, "平台基本情况汇总表", 16, bold=True, align="center", font="黑体")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab in SUMMARY_LABELS:
        c = t.add_row().cells
        kit.cell_text(c[0], lab, 10)
        kit.cell_text(c[1], p.summary_cell(lab), 10)
    for row in t.rows:
        row.cells[0].width = Cm(7)
        row.cells[1].width = Cm(10)
    kit.save_docx(d, path)


# ------------------------------------------------------------------ 附件5 承诺

def commitment_scan(p: Pkg, path: Path, seed: int, seal, date: str, sign: str):
    im = kit.canvas_a4(130)
    d = kit.ImageDraw.Draw(im)
    W, H = im.size
    f = kit.pil_font(int(W * 0.022), "serif")
    ft = kit.pil_font(int(W * 0.04), "bold")
    d.text((int(W * 0.1), int(H * 0.06)), "附件5", font=f, fill=(0, 0, 0))
    d.text((W // 2, int(H * 0.14)), "真实性承诺", font=ft, fill=(0, 0, 0), anchor="mm")
    text = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    y = kit.draw_paragraphs(d, int(W * 0.12), int(H * 0.22), int(W * 0.76), [text, "特此承诺。"], f, gap=2.0)
    d.text((int(W * 0.45), int(H * 0.52)), f"申报单位：{p.company}（盖章）", font=f, fill=(0, 0, 0))
    d.text((int(W * 0.45), int(H * 0.58)), "法定代表人：", font=f, fill=(0, 0, 0))
    sf = kit.pil_font(int(W * 0.034), "wqy")
    d.text((int(W * 0.45 + f.size * 6.2), int(H * 0.572)), sign, font=sf, fill=(25, 25, 70))
    d.text((int(W * 0.55), int(H * 0.64)), date, font=f, fill=(0, 0, 0))
    im = kit.paste_seal(im, seal, (int(W * 0.68), int(H * 0.53)), 0.7)
    kit.images_to_pdf([kit.scanify(im, seed)], path)


# ------------------------------------------------------------------ 附件3 申报书 (DOCX)

def book_docx(p: Pkg, path: Path, sections: list[tuple[str, list]], font: str = "仿宋"):
    """sections: (heading, blocks) ; block = str paragraph | ("table", header, rows) | ("h2", text)"""
    i = p.info
    d = kit.new_docx(i.get("author", ""), font=font, size=12)
    kit.para(d, "附件3", 12, bold=True)
    for _ in range(3):
        kit.para(d, "")
    kit.para(d, "上海市工业互联网平台应用水平评价", 20, bold=True, align="center", font="黑体")
    kit.para(d, "申报书", 26, bold=True, align="center", font="黑体")
    for _ in range(3):
        kit.para(d, "")
    for k, v in (("申报年度", "2024 年度"), ("平台名称", p.declared_name), ("申报单位", p.company + "（公章）"),
                 ("联 系 人", i["contact"]), ("联系人电话", i["phone"])):
        kit.para(d, f"{k}：{v}", 14)
    for _ in range(4):
        kit.para(d, "")
    kit.para(d, "上海市经济和信息化委员会制", 14, align="center")
    kit.para(d, i.get("form_date", "2024 年 7 月 16 日"), 14, align="center")
    d.add_page_break()
    for heading, blocks in sections:
        kit.para(d, heading, 15, bold=True, font="黑体")
        for b in blocks:
            if isinstance(b, str):
                kit.para(d, b, 12, indent=True, font=font)
            elif b[0] == "h2":
                kit.para(d, b[1], 13, bold=True, font="楷体")
            elif b[0] == "table":
                _, header, rows = b
                t = d.add_table(rows=1, cols=len(header))
                t.style = "Table Grid"
                for j, h in enumerate(header):
                    kit.cell_text(t.cell(0, j), h, 10, True)
                for row in rows:
                    cells = t.add_row().cells
                    for j, v in enumerate(row):
                        kit.cell_text(cells[j], v, 10)
                d.add_paragraph()
    kit.save_docx(d, path)


def benchmark_table(p: Pkg, peer: str) -> tuple:
    n = p.n
    rows = [
        ["1.2.1 创新投入情况", f"研发投入 {n('平台相关研发投入（万元）'):.2f} 万元，强度 {n('平台相关研发投入强度（%）'):.2f}%",
         f"同行业或相似平台（平台名称：{peer}）研发投入数量级：千万元级；研发投入强度：约10%"],
        ["2.1.1 工业设备连接/汇聚能力", f"连接工业设备 {n('连接的工业设备/产品/产线种类及数量（台/套）')} 台/套，协议 {n('工业协议兼容适配数量（个）')} 个",
         f"{peer}：连接设备约万台级（预估）"],
        ["2.1.2 工业软件/APP", f"工业APP {n('工业APP数量（个）')} 个，月活 {n('工业APP平均月活跃数量（个）')} 个",
         f"{peer}：工业APP百个量级"],
        ["2.2.2 数据处理（存储计算能力）", f"存储容量 {n('存储容量（TB）'):.2f}TB，利用率 {n('存储资源利用率（%）'):.2f}%", f"{peer}：数百TB（预估）"],
        ["2.3.1 平台微服务情况", f"微服务 {n('微服务数量（个）')} 个", f"{peer}：数百个（预估）"],
        ["3.1.1 平台应用规模", f"注册企业 {n('注册企业用户数（个）')} 家，实际服务企业 {n('实际服务企业数（个）')} 家",
         f"{peer}：服务企业百家量级"],
    ]
    return ("table", ["三级指标", "本平台数据", "对标数据"], rows)
