"""The applicant's own documents: 附件1, 附件2 申报表 (DOCX / XLSX / stamped scan), 附件3 申报书, 附件4, 附件5."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import kit
from kit import Page, docx_new, docx_save, images_to_pdf, scanify, seal, xlsx_save
from labels import A4_LABELS, FORM

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")


def _cell(c, text, bold=False, size=None, center=False):
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def check(options, chosen, extra=None):
    out = []
    for o in options:
        mark = "☑" if o in chosen else "□"
        s = f"{mark}{o}"
        if extra and o in extra:
            s += extra[o]
        out.append(s)
    return "  ".join(out)


def basic_pairs(pkg):
    i = pkg.info
    return [
        ("单位（企业）名称", pkg.company, "单位（企业）代码", i["code"]),
        ("成立日期", i["founded"], "注册地及所在行政区", i["reg_place"]),
        ("企业类型", i["type"], "注册资本", i["capital"]),
        ("主营业务", i["business"], None, None),
        ("法定代表人", i["legal"], "联系人", i["contact"]),
        ("职务", i["title"], "联系人手机", i["mobile"]),
        ("传真", i["fax"], "电子邮箱", i["email"]),
    ]


def platform_pairs(pkg):
    i = pkg.info
    deploy = check(["边缘侧", "私有云", "公有云", "混合云"], i["deploy"])
    deploy += "  " + ("☑其他部署方式：" + i["deploy_other"] if i.get("deploy_other") else "□其他部署方式，请填写（必填）：____")
    build = ("☑自建  □合作共建，合作企业名称（必填）：____" if i["build_mode"] == "自建" else
             f"□自建  ☑合作共建，合作企业名称（必填）：{i.get('partner', '')}")
    iaas = ("☑自建  □租用，服务商名称（必填）：____" if i["iaas"] == "自建" else
            f"□自建  ☑租用，服务商名称（必填）：{i.get('iaas_vendor', '')}")
    return [
        ("平台名称", pkg.declared_name),
        ("建设时间", i["build_time_cn"]),
        ("平台建设金额（万元）", i["build_amt_cell"]),
        ("平台近三年经营指标情况", i["rev_lines"]),
        ("平台建设方式", build),
        ("平台运营模式", check(["自运营", "联合运营", "委托运营"], [i["op_mode"]])),
        ("IaaS基础设施", iaas),
        ("部署方式", deploy),
        ("平台网址", f"{i['url']}\n演示账号：{i['account']}  密码：{i['password']}"),
        ("平台基本情况介绍", i["intro"]),
        ("平台建设成效", i["effect"]),
    ]


def form_rows(pkg):
    """(一级, 二级, 三级, 内容, 实际情况, 证明资料)."""
    out = []
    for l1, l2, l3, contents in FORM:
        for c in contents:
            out.append((l1, l2, l3, c, pkg.cells.get(c, ""), pkg.proof.get(c, "")))
    return out


# ----------------------------------------------------------------------------------- 申报表 DOCX
def form_docx(pkg, path, style="levels6", font_name="宋体"):
    d = docx_new(font_name, 10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    for t, sz in (("上海市工业互联网平台应用水平评价", 20), ("申报表", 26)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(sz)
    for k, v in (("申报年度", "2024 年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company + "（公章）"),
                 ("联 系 人", pkg.info["contact"]), ("联系人电话", pkg.info["mobile"])):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(2.5)
        p.add_run(f"{k}：{v}").font.size = Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("上海市经济和信息化委员会制\n" + pkg.info["sign_date"])
    d.add_page_break()
    d.add_heading("一、企业基本情况", level=2)
    pairs = basic_pairs(pkg)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, e in pairs:
        r = t.add_row().cells
        _cell(r[0], a, True)
        if c is None:
            m = r[1].merge(r[3])
            _cell(m, b)
        else:
            _cell(r[1], b)
            _cell(r[2], c, True)
            _cell(r[3], e)
    r = t.add_row().cells
    m = r[0].merge(r[3])
    _cell(m, "股权结构", True, center=True)
    r = t.add_row().cells
    _cell(r[0], "发起人及出资信息", True)
    _cell(r[1], "金额（万元）", True)
    _cell(r[2], "持股比例", True)
    _cell(r[3], "")
    for name, amt, pct in pkg.info["holders"]:
        r = t.add_row().cells
        _cell(r[0], name)
        _cell(r[1], amt)
        _cell(r[2], pct)
        _cell(r[3], "")
    r = t.add_row().cells
    m = r[0].merge(r[3])
    _cell(m, "申报单位上一年度经营状况（2023 年）", True, center=True)
    fin = pkg.info["fin"]
    keys = list(fin.keys())
    for k in range(0, len(keys), 2):
        r = t.add_row().cells
        _cell(r[0], keys[k], True)
        _cell(r[1], fin[keys[k]])
        if k + 1 < len(keys):
            _cell(r[2], keys[k + 1], True)
            _cell(r[3], fin[keys[k + 1]])
    d.add_heading("二、平台基本情况", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in platform_pairs(pkg):
        r = t.add_row().cells
        _cell(r[0], a, True)
        _cell(r[1], b)
        r[0].width = Cm(3.5)
        r[1].width = Cm(13)
    d.add_page_break()
    d.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    rows = form_rows(pkg)
    if style == "levels6":
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
            _cell(c, h, True, 9, True)
        start = {}
        for l1, l2, l3, c, v, pr in rows:
            r = t.add_row()
            cs = r.cells
            for j, val in enumerate((l1, l2, l3)):
                key = (j, val)
                if key in start:
                    top = start[key]
                    merged = top.merge(cs[j])
                    start[key] = merged
                else:
                    _cell(cs[j], val, False, 8)
                    start[key] = cs[j]
            _cell(cs[3], c, False, 9)
            _cell(cs[4], v, False, 9)
            _cell(cs[5], pr, False, 8)
            # reset merge anchors of deeper levels when a level changes
        widths = [Cm(1.6), Cm(1.8), Cm(2.0), Cm(4.0), Cm(5.6), Cm(2.4)]
    elif style == "l3_4col":
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["三级指标", "内容", "平台实际情况", "证明资料"]):
            _cell(c, h, True, 9, True)
        prev = None
        anchor = None
        for l1, l2, l3, c, v, pr in rows:
            cs = t.add_row().cells
            if l3 == prev:
                anchor = anchor.merge(cs[0])
            else:
                _cell(cs[0], l3, False, 9)
                anchor = cs[0]
                prev = l3
            _cell(cs[1], c, False, 9)
            _cell(cs[2], v, False, 9)
            _cell(cs[3], pr, False, 8)
        widths = [Cm(2.6), Cm(4.8), Cm(7.0), Cm(2.8)]
    else:  # seq_sections: section header rows, 序号 column, proof before actual
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["序号", "评价内容", "证明资料", "平台实际情况"]):
            _cell(c, h, True, 9, True)
        prev = None
        n = 0
        for l1, l2, l3, c, v, pr in rows:
            if l3 != prev:
                cs = t.add_row().cells
                m = cs[0].merge(cs[3])
                _cell(m, l3, True, 9)
                prev = l3
            n += 1
            cs = t.add_row().cells
            _cell(cs[0], str(n), False, 9, True)
            _cell(cs[1], c, False, 9)
            _cell(cs[2], pr, False, 8)
            _cell(cs[3], v, False, 9)
        widths = [Cm(1.2), Cm(5.2), Cm(3.0), Cm(7.8)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    p = d.add_paragraph()
    p.add_run("\n申报单位（盖章）：" + pkg.company + "\n" + pkg.info["sign_date"])
    docx_save(d, path)


# ----------------------------------------------------------------------------------- 申报表 XLSX
def form_xlsx(pkg, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "一、企业基本情况"
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 36
    ws.column_dimensions["C"].width = 20
    ws.column_dimensions["D"].width = 30
    ws.merge_cells("A1:D1")
    ws["A1"] = "上海市工业互联网平台应用水平评价申报表（2024年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    r = 2
    for a, b, c, e in basic_pairs(pkg):
        ws.cell(r, 1, a)
        if c is None:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            ws.cell(r, 2, b)
        else:
            ws.cell(r, 2, b)
            ws.cell(r, 3, c)
            ws.cell(r, 4, e)
        r += 1
    ws.cell(r, 1, "发起人及出资信息")
    ws.cell(r, 2, "金额（万元）")
    ws.cell(r, 3, "持股比例")
    r += 1
    for name, amt, pct in pkg.info["holders"]:
        ws.cell(r, 1, name)
        ws.cell(r, 2, amt)
        ws.cell(r, 3, pct)
        r += 1
    ws.cell(r, 1, "申报单位上一年度经营状况（2023 年）").font = Font(bold=True)
    r += 1
    for k, v in pkg.info["fin"].items():
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
        r += 1
    for row in ws.iter_rows(min_row=2, max_row=r - 1, max_col=4):
        for c in row:
            c.border = BOX
            c.alignment = WRAP
    ws2 = wb.create_sheet("二、平台基本情况")
    ws2.column_dimensions["A"].width = 22
    ws2.column_dimensions["B"].width = 90
    for i, (a, b) in enumerate(platform_pairs(pkg), 1):
        ws2.cell(i, 1, a).font = Font(bold=True)
        ws2.cell(i, 2, b)
        for c in (ws2.cell(i, 1), ws2.cell(i, 2)):
            c.border = BOX
            c.alignment = WRAP
    ws3 = wb.create_sheet("三、指标明细表")
    heads = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for j, h in enumerate(heads, 1):
        c = ws3.cell(1, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = BOX
    for j, w in enumerate([14, 14, 16, 40, 60, 22], 1):
        ws3.column_dimensions[chr(64 + j)].width = w
    rows = form_rows(pkg)
    spans = {0: None, 1: None, 2: None}
    for i, (l1, l2, l3, c, v, pr) in enumerate(rows, 2):
        for j, val in enumerate((l1, l2, l3)):
            if spans[j] and spans[j][0] == val:
                spans[j] = (val, spans[j][1], i)
            else:
                if spans[j] and spans[j][2] > spans[j][1]:
                    ws3.merge_cells(start_row=spans[j][1], start_column=j + 1, end_row=spans[j][2], end_column=j + 1)
                ws3.cell(i, j + 1, val)
                spans[j] = (val, i, i)
        ws3.cell(i, 4, c)
        ws3.cell(i, 5, v)
        ws3.cell(i, 6, pr)
        for j in range(1, 7):
            ws3.cell(i, j).border = BOX
            ws3.cell(i, j).alignment = WRAP
    last = len(rows) + 1
    for j in range(3):
        if spans[j] and spans[j][2] > spans[j][1]:
            ws3.merge_cells(start_row=spans[j][1], start_column=j + 1, end_row=last, end_column=j + 1)
    xlsx_save(wb, path)


# ----------------------------------------------------------------------------------- 申报表 stamped scan
def form_scan(pkg, path, seal_text, seed=7):
    pages = []
    p = Page()
    p.y = 300
    p.text("上海市工业互联网平台应用水平评价", 46, kind="bold", center=True, dy=110)
    p.text("申 报 表", 60, kind="bold", center=True, dy=260)
    for k, v in (("申报年度", "2024 年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company),
                 ("联 系 人", pkg.info["contact"]), ("联系人电话", pkg.info["mobile"])):
        p.text(f"{k}：{v}", 30, x=200, dy=78)
    p.y = 1480
    p.text("上海市经济和信息化委员会制", 28, center=True, dy=50)
    p.text(pkg.info["sign_date"], 28, center=True)
    img = seal(p.img, (760, 760), 150, seal_text, seed=seed, sub="")
    pages.append(scanify(img, seed=seed))
    p = Page()
    p.text("一、企业基本情况", 30, kind="bold")
    rows = []
    for a, b, c, e in basic_pairs(pkg):
        rows.append([a, b[:22], c or "", (e or "")[:16]])
    p.grid(rows, [230, 420, 230, 140], size=18, head=0)
    p.text("二、平台基本情况（节选）", 30, kind="bold")
    p.grid([["平台名称", pkg.declared_name], ["建设时间", pkg.info["build_time_cn"]],
            ["平台建设金额（万元）", pkg.info["build_amt_cell"]]], [300, 720], size=18, head=0)
    for line in pkg.info["rev_lines"].split("\n"):
        p.text(line, 20, x=130, dy=38)
    pages.append(scanify(p.img, seed=seed + 1, bw=True))
    p = Page()
    p.y = 400
    p.text("（以下为申报表签章页）", 24, center=True, dy=120)
    p.text("申报单位（盖章）：" + pkg.company, 28, x=160, dy=90)
    p.text("日期：" + pkg.info["sign_date"], 28, x=160, dy=90)
    img = seal(p.img, (820, 520), 150, seal_text, seed=seed + 2, sub="")
    pages.append(scanify(img, seed=seed + 2))
    images_to_pdf(path, pages)


# ----------------------------------------------------------------------------------- 附件4 汇总表
def summary_xlsx_vertical(pkg, path, grouped=False):
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.merge_cells("A1:C1")
    ws["A1"] = "附件4  平台基本情况汇总表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 70
    r = 2
    ws.cell(r, 1, "编号")
    ws.cell(r, 2, "项目")
    ws.cell(r, 3, "填报内容")
    groups = {A4_LABELS.index("平台团队总人数（人）"): "一、平台基础情况",
              A4_LABELS.index("连接的工业设备/产品/产线种类及数量（台/套）"): "二、平台关键技术能力",
              A4_LABELS.index("注册企业用户数（个）"): "三、平台效益及可持续发展能力"}
    n = 0
    for i, lab in enumerate(A4_LABELS):
        if grouped and i in groups:
            r += 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            ws.cell(r, 1, groups[i]).font = Font(bold=True)
        r += 1
        n += 1
        ws.cell(r, 1, n)
        ws.cell(r, 2, lab)
        v = pkg.sheet_value(lab)
        if lab == "序号":
            ws.cell(r, 3, int(v))
        else:
            ws.cell(r, 3, v)
        for j in (1, 2, 3):
            ws.cell(r, j).border = BOX
            ws.cell(r, j).alignment = WRAP
    xlsx_save(wb, path)


def summary_xlsx_horizontal(pkg, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    for j, lab in enumerate(A4_LABELS, 1):
        c = ws.cell(1, j, lab)
        c.font = Font(bold=True)
        c.alignment = WRAP
        c.border = BOX
        v = pkg.sheet_value(lab)
        c2 = ws.cell(2, j, int(v) if lab == "序号" else v)
        c2.alignment = WRAP
        c2.border = BOX
        ws.column_dimensions[ws.cell(1, j).column_letter].width = 16
    xlsx_save(wb, path)


def summary_docx(pkg, path):
    d = docx_new("仿宋", 10.5)
    p = d.add_paragraph()
    p.add_run("附件4").bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("平台基本情况汇总表")
    r.bold = True
    r.font.size = Pt(16)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab in A4_LABELS:
        cs = t.add_row().cells
        _cell(cs[0], lab, False, 9.5)
        _cell(cs[1], pkg.sheet_value(lab), False, 9.5)
        cs[0].width = Cm(6.5)
        cs[1].width = Cm(10)
    docx_save(d, path)


# ----------------------------------------------------------------------------------- 附件1 / 附件5
def contact_docx(pkg, path):
    i = pkg.info
    d = docx_new("宋体", 10.5)
    p = d.add_paragraph()
    p.add_run("附件1").bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("联系人信息反馈表").bold = True
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        _cell(c, h, True)
    for row, vals in zip(t.rows[1:], [("联系人（主）", i["contact"], pkg.company, i["title"], i["mobile"], i["email"]),
                                      ("联系人（备用）", i["contact2"], pkg.company, i["title2"], i["mobile2"], i["email2"])]):
        for c, v in zip(row.cells, vals):
            _cell(c, v)
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph("具体地址*：" + i["address"])
    docx_save(d, path)


COMMIT = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
          "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")


def commitment_scan(pkg, path, seal_text, seed=11):
    p = Page()
    p.y = 160
    p.text("附件5", 26, kind="bold", dy=90)
    p.text("真实性承诺", 44, kind="bold", center=True, dy=140)
    p.wrap(COMMIT, 28)
    p.y += 20
    p.text("\u3000\u3000特此承诺。", 28, dy=240)
    p.text("申报单位：" + pkg.company + "（盖章）", 28, x=330, dy=110)
    p.text("法定代表人：", 28, x=330, dy=0)
    p.d.text((560, p.y - 8), pkg.info["legal"], font=kit.font(40, "serif"), fill=(25, 25, 60))
    p.y += 110
    p.text(pkg.info["sign_date"], 28, x=620)
    img = seal(p.img, (760, 1150), 150, seal_text, seed=seed, sub="")
    images_to_pdf(path, [scanify(img, seed=seed)])


def commitment_docx(pkg, path):
    d = docx_new("仿宋", 14)
    d.add_paragraph("附件5")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("真实性承诺")
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph("\u3000\u3000" + COMMIT)
    d.add_paragraph("\u3000\u3000特此承诺。")
    for s in ("申报单位：" + pkg.company + "（盖章）", "法定代表人：" + pkg.info["legal"] + "（签章）", pkg.info["sign_date"]):
        p = d.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx_save(d, path)


# ----------------------------------------------------------------------------------- 附件3 申报书
def book_docx(pkg, path, sections, font_name="仿宋"):
    """sections: list of (heading, [str | ("table", rows) | ("h3", text)])."""
    d = docx_new(font_name, 12)
    for t, sz in (("上海市工业互联网平台应用水平评价", 20), ("申报书", 28)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(sz)
    for k, v in (("申报年度", "2024 年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company + "（公章）"),
                 ("联 系 人", pkg.info["contact"]), ("联系人电话", pkg.info["mobile"])):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(2.5)
        p.add_run(f"{k}：{v}").font.size = Pt(14)
    p = d.add_paragraph("上海市经济和信息化委员会制\n" + pkg.info["sign_date"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    for head, items in sections:
        d.add_heading(head, level=1)
        for it in items:
            if isinstance(it, tuple) and it[0] == "table":
                rows = it[1]
                t = d.add_table(rows=0, cols=len(rows[0]))
                t.style = "Table Grid"
                for ri, row in enumerate(rows):
                    cs = t.add_row().cells
                    for c, v in zip(cs, row):
                        _cell(c, str(v), ri == 0, 10)
            elif isinstance(it, tuple) and it[0] == "h3":
                d.add_heading(it[1], level=2)
            else:
                p = d.add_paragraph(it)
                p.paragraph_format.first_line_indent = Pt(24)
    docx_save(d, path)


def book_pdf(pkg, path, sections, font_name="WQY"):
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer
    cover = [Spacer(1, 50 * mm), kit.para("上海市工业互联网平台应用水平评价", font_name, 22, align=1),
             Spacer(1, 8 * mm), kit.para("申 报 书", font_name, 30, align=1), Spacer(1, 30 * mm)]
    for k, v in (("申报年度", "2024 年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company + "（公章）"),
                 ("联 系 人", pkg.info["contact"]), ("联系人电话", pkg.info["mobile"])):
        cover.append(kit.para(f"{k}：{v}", font_name, 14, lead=30))
    cover += [Spacer(1, 30 * mm), kit.para("上海市经济和信息化委员会制", font_name, 13, align=1),
              kit.para(pkg.info["sign_date"], font_name, 13, align=1)]
    body = []
    for head, items in sections:
        body.append(kit.para(head, font_name, 15, lead=28))
        for it in items:
            if isinstance(it, tuple) and it[0] == "table":
                rows = it[1]
                n = len(rows[0])
                w = 170 * mm / n
                body.append(kit.table(rows, [w] * n, font=font_name, size=9))
                body.append(Spacer(1, 3 * mm))
            elif isinstance(it, tuple) and it[0] == "h3":
                body.append(kit.para(it[1], font_name, 12.5, lead=22))
            else:
                body.append(kit.para(it, font_name, 11, first=22))
    kit.build_pdf(path, [cover, body], font=font_name, header="", footer_fmt="- {n} -")
