"""Renderers of the applicant's own documents: 申报表, 申报书, 汇总表, 承诺, 联系人表."""
from __future__ import annotations

import datetime as dt

import openpyxl
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from labels import LABELS
from lib import Sheet, normalize_zip
from model import FORM_ROWS, Pkg

FIXED_DT = dt.datetime(2024, 7, 18, 10, 0, 0)


def _doc(font="宋体", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = d.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Administrator"
    cp.author = "Administrator"
    cp.revision = 3
    return d


def save_docx(d, path):
    d.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path):
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "user"
    wb.save(str(path))
    normalize_zip(path)


def para(d, text, size=None, bold=False, align=None, font=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ----------------------------------------------------------------------------- 申报表
def cover(d, pkg: Pkg, typed=True):
    P = pkg.P
    para(d, "附件2", size=12)
    for _ in range(3):
        d.add_paragraph()
    para(d, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="center")
    para(d, "申报表", size=26, bold=True, align="center")
    for _ in range(4):
        d.add_paragraph()
    for k, v in (("申报年度", "2024年度"), ("平台名称", P["declared_name"]), ("申报单位", P["company"] + "（公章）"),
                 ("联 系 人", P["contact"]), ("联系人电话", P["phone"])):
        para(d, f"{k}：{v}" if typed else f"{k}：________", size=14)
    for _ in range(4):
        d.add_paragraph()
    para(d, "上海市经济和信息化委员会制", size=14, align="center")
    para(d, P.get("form_date", "2024年7月15日"), size=14, align="center")
    d.add_page_break()


def company_table(d, pkg: Pkg, inline=False):
    P, C = pkg.P, pkg.P["co"]
    para(d, "一、企业基本情况", size=14, bold=True)
    rows = [
        ("单位（企业）名称", P["company"], "单位（企业）代码", C["code"]),
        ("成立日期", C["founded"], "注册地及所在行政区", C["reg"]),
        ("企业类型", C["type"], "注册资本", C["capital"]),
        ("主营业务", C["business"], "", ""),
        ("法定代表人", C["legal"], "联系人", P["contact"]),
        ("职务", C["title"], "联系人手机", P["phone"]),
        ("传真", C.get("fax", "—"), "电子邮箱", P["email"]),
    ]
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, e in rows:
        cells = t.add_row().cells
        if inline:
            set_cell(cells[0], f"{a}：{b}")
            set_cell(cells[2], f"{c}：{e}" if c else "")
            cells[0].merge(cells[1])
            cells[2].merge(cells[3])
        else:
            set_cell(cells[0], a, bold=True)
            set_cell(cells[1], b)
            set_cell(cells[2], c, bold=True)
            set_cell(cells[3], e)
    cells = t.add_row().cells
    set_cell(cells[0], "股权结构（发起人及出资信息 / 金额 / 持股比例）", bold=True)
    set_cell(cells[1], "\n".join(f"{a}  {b}  {c}" for a, b, c in C["shareholders"]))
    cells[1].merge(cells[3])
    d.add_paragraph()
    para(d, "申报单位上一年度经营状况（2023年）", bold=True)
    t2 = d.add_table(rows=2, cols=6)
    t2.style = "Table Grid"
    heads = ["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"]
    for i, h in enumerate(heads):
        set_cell(t2.rows[0].cells[i], h, bold=True, size=9)
        set_cell(t2.rows[1].cells[i], C["fin"][i], size=9)


def platform_table(d, pkg: Pkg, inline=False, nested=False):
    P = pkg.P
    para(d, "二、平台基本情况", size=14, bold=True)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rev = pkg.rows["平台近三年经营指标情况"][1]
    revtxt = "\n".join(f"{y}年平台营收{rev[f'{y}年平台营收（万元）']:.2f}万元/增长率{rev[f'{y}年增长率（%）']:.2f}%"
                       for y in (2021, 2022, 2023)) + "\n注：此处数据需将平台相关收益单列，而非整个公司的财务数据。"

    def box(sel, opts, extra=None):
        out = []
        for o in opts:
            mark = "☑" if o in sel else "□"
            txt = f"{mark} {o}"
            if extra and o in extra:
                txt += extra[o]
            out.append(txt)
        return "  ".join(out) if len(opts) <= 3 and not extra else "\n".join(out)

    bm = P["build_mode_boxes"]
    rows = [
        ("平台名称", P["declared_name"]),
        ("建设时间", P["build_time_cn"]),
        ("平台建设金额（万元）", f"{P['build_amount']:.2f}"),
        ("平台近三年经营指标情况", revtxt),
        ("平台建设方式", box(bm[0], ["自建", "合作共建"], {"合作共建": f"，合作企业名称（必填）：{bm[1]}"})),
        ("平台运营模式", box([P["op_mode"]], ["自运营", "联合运营", "委托运营"])),
        ("IaaS基础设施", box([P["iaas"][0]], ["自建", "租用"], {"租用": f"，服务商名称（必填）：{P['iaas'][1]}"})),
        ("部署方式", box(P["deploy_boxes"][0], ["边缘侧", "私有云", "公有云", "混合云", "其他部署方式"],
                      {"其他部署方式": f"，请填写（必填）：{P['deploy_boxes'][1]}"})),
        ("平台网址", f"{P['url']}\n测试账号：{P['account'][0]}  密码：{P['account'][1]}"),
        ("平台基本情况介绍", P["intro"]),
        ("平台建设成效", P["effect"]),
    ]
    for k, v in rows:
        cells = t.add_row().cells
        if inline:
            set_cell(cells[0], f"{k}：{v}")
            cells[0].merge(cells[1])
        elif nested and k in ("平台名称", "建设时间", "平台建设金额（万元）", "平台网址"):
            set_cell(cells[0], k, bold=True)
            cells[1].text = ""
            inner = cells[1].add_table(rows=1, cols=2)
            inner.style = "Table Grid"
            set_cell(inner.rows[0].cells[0], "填写内容")
            set_cell(inner.rows[0].cells[1], v)
        else:
            set_cell(cells[0], k, bold=True)
            set_cell(cells[1], v)


def indicator_table(d, pkg: Pkg, proof: dict, nested=False, inline=False, levels=True):
    para(d, "三、上海市工业互联网平台应用水平评价指标明细表", size=14, bold=True)
    ncol = 6 if levels else 4
    t = d.add_table(rows=1, cols=ncol)
    t.style = "Table Grid"
    heads = (["一级指标", "二级指标", "三级指标"] if levels else ["三级指标"]) + ["内容", "平台实际情况", "证明资料"]
    heads = heads if levels else ["三级指标", "内容", "平台实际情况", "证明资料"]
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9)
    prev = [None, None, None]
    for l1, l2, l3, content, key in FORM_ROWS:
        cells = t.add_row().cells
        val = pkg.cell(key)
        lv = [l1, l2, l3] if levels else [l3]
        for i, v in enumerate(lv):
            set_cell(cells[i], v if (levels and v != prev[i]) or (not levels and v != prev[2]) else "", size=9)
        off = len(lv)
        if inline:
            set_cell(cells[off], content, size=9)
            set_cell(cells[off + 1], f"{content}：{val}" if val else f"{content}：", size=9)
        elif nested and val and len(val) < 60:
            set_cell(cells[off], content, size=9)
            cells[off + 1].text = ""
            inner = cells[off + 1].add_table(rows=1, cols=1)
            inner.style = "Table Grid"
            set_cell(inner.rows[0].cells[0], val, size=9)
        else:
            set_cell(cells[off], content, size=9)
            set_cell(cells[off + 1], val, size=9)
        set_cell(cells[off + 2], proof.get(key, ""), size=8)
        prev = [l1, l2, l3]


def form_docx(pkg: Pkg, path, proof, style="table", levels=True):
    d = _doc()
    cover(d, pkg)
    company_table(d, pkg, inline=(style == "inline"))
    d.add_paragraph()
    platform_table(d, pkg, inline=(style == "inline"), nested=(style == "nested"))
    d.add_page_break()
    indicator_table(d, pkg, proof, nested=(style == "nested"), inline=(style == "inline"), levels=levels)
    save_docx(d, path)


def form_xlsx(pkg: Pkg, path, proof):
    P, C = pkg.P, pkg.P["co"]
    wb = openpyxl.Workbook()
    thin = Side(style="thin")
    brd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "封面及基本情况"
    ws["A1"] = "上海市工业互联网平台应用水平评价申报表（2024年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:D1")
    r = 3
    base = [("平台名称", P["declared_name"]), ("申报单位", P["company"]), ("联系人", P["contact"]),
            ("联系人电话", P["phone"]), ("单位（企业）代码", C["code"]), ("成立日期", C["founded"]),
            ("注册地及所在行政区", C["reg"]), ("企业类型", C["type"]), ("注册资本", C["capital"]),
            ("法定代表人", C["legal"]), ("电子邮箱", P["email"])]
    for k, v in base:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    ws.cell(r, 1, "申报单位上一年度经营状况（2023年）").font = Font(bold=True)
    r += 1
    heads = ["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"]
    for i, h in enumerate(heads):
        ws.cell(r, 1 + i, h)
        ws.cell(r + 1, 1 + i, float(C["fin"][i].replace(",", "")))
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 40
    ws2 = wb.create_sheet("平台基本情况")
    rev = pkg.rows["平台近三年经营指标情况"][1]
    bm = P["build_mode_boxes"]
    rows = [("平台名称", P["declared_name"]), ("建设时间", P["build_time_cn"]), ("平台建设金额（万元）", P["build_amount"])]
    for y in (2021, 2022, 2023):
        rows.append((f"{y}年平台营收（万元）", rev[f"{y}年平台营收（万元）"]))
        rows.append((f"{y}年增长率（%）", rev[f"{y}年增长率（%）"]))
    rows += [("平台建设方式", bm[0][0] + (f"，合作企业名称（必填）：{bm[1]}" if bm[0][0] == "合作共建" else "")),
             ("平台运营模式", P["op_mode"]),
             ("IaaS基础设施", P["iaas"][0] + (f"，服务商名称（必填）：{P['iaas'][1]}" if P["iaas"][0] == "租用" else "")),
             ("部署方式", P["deploy"]), ("平台网址", P["url"]), ("测试账号/密码", f"{P['account'][0]} / {P['account'][1]}"),
             ("平台基本情况介绍", P["intro"]), ("平台建设成效", P["effect"])]
    for i, (k, v) in enumerate(rows, 1):
        ws2.cell(i, 1, k).font = Font(bold=True)
        c = ws2.cell(i, 2, v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws2.column_dimensions["A"].width = 26
    ws2.column_dimensions["B"].width = 90
    ws3 = wb.create_sheet("指标明细表")
    heads = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for i, h in enumerate(heads, 1):
        c = ws3.cell(1, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = brd
    row = 2
    starts = {}
    for l1, l2, l3, content, key in FORM_ROWS:
        for j, v in enumerate((l1, l2, l3)):
            if (j, v) not in starts:
                starts[(j, v)] = [row, row]
                ws3.cell(row, 1 + j, v)
            else:
                starts[(j, v)][1] = row
        ws3.cell(row, 4, content)
        val = pkg.cell(key)
        num = None
        if not key.startswith("T:") and key not in pkg.form:
            n = pkg.rows[key][1]
            if isinstance(n, (int, float)) and not isinstance(n, bool):
                num = n
        c = ws3.cell(row, 5, num if num is not None else val)
        if isinstance(num, float):
            c.number_format = "0.00"
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws3.cell(row, 6, proof.get(key, ""))
        for j in range(1, 7):
            ws3.cell(row, j).border = brd
        row += 1
    for (j, v), (a, b) in starts.items():
        if b > a:
            ws3.merge_cells(start_row=a, start_column=1 + j, end_row=b, end_column=1 + j)
    for col, w in zip("ABCDEF", (14, 16, 18, 40, 48, 22)):
        ws3.column_dimensions[col].width = w
    save_xlsx(wb, path)


def form_scan_images(pkg: Pkg, dpi=200, n_indicator_pages=3):
    """Stamped paper copy of the 申报表 (cover, 一/二, first indicator pages, signature page)."""
    P = pkg.P
    pages = []
    s = Sheet(dpi=dpi)
    s.text(20, 18, "附件2", size=12)
    s.center(70, "上海市工业互联网平台应用水平评价", size=20)
    s.center(88, "申报表", size=28)
    y = 140
    for k, v in (("申报年度", "2024年度"), ("平台名称", P["declared_name"]), ("申报单位", P["company"] + "（公章）"),
                 ("联 系 人", P["contact"]), ("联系人电话", P["phone"])):
        s.text(35, y, f"{k}：{v}", size=13)
        y += 12
    s.center(255, "上海市经济和信息化委员会制", size=13)
    s.center(265, P.get("form_date", "2024年7月15日"), size=13)
    s.seal(125, 163, P["company"], r_mm=20, seed=P["no"])
    pages.append(s.img)
    s = Sheet(dpi=dpi)
    s.text(20, 20, "二、平台基本情况", size=13)
    rows = [("平台名称", P["declared_name"]), ("建设时间", P["build_time_cn"]),
            ("平台建设金额（万元）", f"{P['build_amount']:.2f}")]
    rev = pkg.rows["平台近三年经营指标情况"][1]
    for yv in (2021, 2022, 2023):
        rows.append((f"{yv}年平台营收", f"{rev[f'{yv}年平台营收（万元）']:.2f}万元/增长率{rev[f'{yv}年增长率（%）']:.2f}%"))
    rows += [("平台建设方式", P["build_mode"]), ("平台运营模式", P["op_mode"]), ("部署方式", P["deploy"]),
             ("平台网址", P["url"])]
    s.table(20, 28, [50, 120], [("项目", "内容")] + rows, rowh=10, size=10)
    pages.append(s.img)
    items = [(c, pkg.cell(k)) for _, _, _, c, k in FORM_ROWS if not k.startswith("T:")]
    per = 26
    for i in range(n_indicator_pages):
        s = Sheet(dpi=dpi)
        s.text(20, 15, "三、评价指标明细表（续）" if i else "三、上海市工业互联网平台应用水平评价指标明细表", size=12)
        chunk = items[i * per:(i + 1) * per]
        s.table(15, 24, [78, 102], [("内容", "平台实际情况")] + [(a, (b[:46] + "…") if len(b) > 47 else b) for a, b in chunk],
                rowh=9.5, size=8)
        pages.append(s.img)
    s = Sheet(dpi=dpi)
    s.text(20, 30, "（以下无正文）", size=11)
    s.text(110, 200, "申报单位（盖章）：", size=12)
    s.text(110, 222, P.get("form_date", "2024年7月15日"), size=12)
    s.seal(150, 205, P["company"], r_mm=20, seed=P["no"] + 1)
    pages.append(s.img)
    return pages


# ----------------------------------------------------------------------------- 申报书
def narrative_sections(pkg: Pkg, omit=(), extra7=True):
    P, R = pkg.P, pkg.rows
    n = lambda l: R[l][0]
    secs = []
    secs.append(("一、申报单位简介", [
        f"{P['company']}成立于{P['co']['founded']}，注册地位于{P['co']['reg']}，主营业务为{P['co']['business']}。"
        f"公司2023年主营业务收入{P['co']['fin'][1]}万元，拥有一支覆盖工业软件、数据智能与行业解决方案的专业团队。",
        P.get("company_story", "公司长期深耕行业数字化，具备从设备接入、数据治理到行业应用的全栈交付能力。"),
    ]))
    secs.append(("二、平台建设及运营情况", [
        f"（一）平台基本信息。{P['declared_name']}建设时间为{P['build_time_cn']}，建设方式为{P['build_mode']}，"
        f"累计建设金额{n('平台建设金额（万元）')}万元，定位为{P['nature']}。",
        f"（二）平台技术架构。平台采用“边缘层—IaaS层—PaaS层—SaaS层”四层架构，部署方式为{P['deploy']}。",
        f"（三）平台运营情况。截至填表日，平台注册企业用户{n('注册企业用户数（个）')}家，实际服务企业{n('实际服务企业数（个）')}家，"
        f"{P.get('narr_devices', '连接工业设备' + n('连接的工业设备/产品/产线种类及数量（台/套）') + '台/套')}，"
        f"上架工业APP {n('工业APP数量（个）')}个，微服务{n('微服务数量（个）')}个。",
        "表X 平台对标同行业或相似平台的部分量化数据对比表：研发投入数量级为千万元级，与同行业平台（平台名称：某行业头部平台）处于同一数量级；"
        "设备连接、APP数量及模型数量均处于行业前列。",
        "技术创新点总结：平台在设备协议解析、工业模型沉淀和低代码应用开发方面形成自主可控的技术体系，关键组件国产化替代完成度高。",
    ]))
    secs.append(("三、平台应用成效", [
        f"平台累计为用户降低设备运维成本{n('平台连接工业设备运维成本平均下降率（%）')}%，设备能耗平均下降{n('平台连接工业设备能耗平均下降率（%）')}%。",
        "应用创新点总结：平台通过新技术融合与商业模式创新，实现了可复制、可推广的行业解决方案。",
    ]))
    secs.append(("四、平台下一步发展计划", ["围绕平台属性升级、技术创新、产品升级、产业合作和商业模式拓展五个方面持续投入。"]))
    secs.append(("五、平台应用案例", [f"案例1：{P['short']}平台——{c}" for c in P["cases"]]))
    secs.append(("六、附件及其他说明材料", [f"附件{i}：{a}" for i, a in enumerate(P["annex_list"], 1)]))
    if P["participated"]:
        secs.append(("七、平台相较上年度对比情况", [
            "2023年7月至今，平台在功能模块、关键指标和应用服务方面均有提升：",
            f"1.功能模块：新增AI质检、能碳管理等模块；2.关键指标：实际服务企业数增至{n('实际服务企业数（个）')}家，"
            f"工业APP数量增至{n('工业APP数量（个）')}个；3.应用服务：新增服务园区，平台服务园区总数达{n('平台服务园区总数（个）')}个。",
        ]))
    return [s for s in secs if s[0][:2] not in omit]


def narrative_docx(pkg: Pkg, path, omit=(), filler_paras=3):
    P = pkg.P
    d = _doc(font="仿宋", size=12)
    para(d, "附件3", size=12)
    for _ in range(3):
        d.add_paragraph()
    para(d, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="center")
    para(d, "申报书", size=26, bold=True, align="center")
    for _ in range(3):
        d.add_paragraph()
    for k, v in (("申报年度", "2024年度"), ("平台名称", P["declared_name"]), ("申报单位", P["company"] + "（公章）"),
                 ("联 系 人", P["contact"]), ("联系人电话", P["phone"])):
        para(d, f"{k}：{v}", size=14)
    d.add_page_break()
    for title, paras in narrative_sections(pkg, omit):
        h = d.add_heading(title, level=1)
        for p in paras:
            para(d, p)
        for i in range(filler_paras):
            para(d, P["filler"][i % len(P["filler"])])
    save_docx(d, path)


def narrative_pdf(pkg: Pkg, path, omit=()):
    from lib import Doc, page_footer
    P = pkg.P
    doc = Doc(path, font="STSong-Light", title="申报书")
    doc.footer = page_footer("- {n} -")
    doc.y -= 40
    doc.text("附件3", 12)
    doc.y -= 80
    doc.text("上海市工业互联网平台应用水平评价", 20, align="center")
    doc.text("申报书", 26, align="center")
    doc.y -= 60
    for k, v in (("申报年度", "2024年度"), ("平台名称", P["declared_name"]), ("申报单位", P["company"] + "（公章）"),
                 ("联 系 人", P["contact"]), ("联系人电话", P["phone"])):
        doc.text(f"{k}：{v}", 14, x=doc.left + 40)
    doc.new_page()
    for title, paras in narrative_sections(pkg, omit):
        doc.heading(title, 14)
        for p in paras:
            doc.para(p, 11)
        for i in range(3):
            doc.para(P["filler"][i % len(P["filler"])], 11)
    doc.save()


# ----------------------------------------------------------------------------- 汇总表
def summary_xlsx(pkg: Pkg, path, horizontal=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws["A1"] = "平台基本情况汇总表"
    ws["A1"].font = Font(bold=True, size=14)
    labels = [l for l in LABELS]
    if horizontal:
        for i, l in enumerate(labels, 1):
            ws.cell(2, i, l).font = Font(bold=True)
            ws.cell(3, i, pkg.summary_cell(l))
    else:
        ws.cell(2, 1, "项目").font = Font(bold=True)
        ws.cell(2, 2, "填写内容").font = Font(bold=True)
        for i, l in enumerate(labels, 3):
            ws.cell(i, 1, l)
            v = pkg.summary_cell(l)
            c = ws.cell(i, 2, v)
            c.alignment = Alignment(wrap_text=True)
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 70
    save_xlsx(wb, path)


def summary_docx(pkg: Pkg, path):
    d = _doc()
    para(d, "附件4", size=12)
    para(d, "平台基本情况汇总表", size=16, bold=True, align="center")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for l in LABELS:
        cells = t.add_row().cells
        set_cell(cells[0], l, size=9)
        set_cell(cells[1], pkg.summary_cell(l), size=9)
    save_docx(d, path)


# ----------------------------------------------------------------------------- 承诺 / 联系人
def commitment_image(pkg: Pkg, dpi=200, date="2024年7月16日"):
    P = pkg.P
    s = Sheet(dpi=dpi)
    s.text(20, 20, "附件5", size=12)
    s.center(50, "真实性承诺", size=22)
    s.wrap_text(28, 80, "\u3000\u3000我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）"
                        "内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 155, size=14, gap=1.9)
    s.text(28, 125, "\u3000\u3000特此承诺。", size=14)
    s.text(95, 190, f"申报单位：{P['company']}（盖章）", size=12)
    s.text(95, 210, "法定代表人：", size=12)
    s.signature(122, 205, P["co"]["legal"])
    s.text(120, 232, date, size=12)
    s.seal(150, 192, P["company"], r_mm=20, seed=P["no"] + 7)
    return s.img


def commitment_docx(pkg: Pkg, path):
    P = pkg.P
    d = _doc(font="仿宋", size=14)
    para(d, "附件5")
    para(d, "真实性承诺", size=20, bold=True, align="center")
    para(d, "\u3000\u3000我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
            "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    para(d, "\u3000\u3000特此承诺。")
    para(d, f"申报单位：{P['company']}（盖章）")
    para(d, "法定代表人：          （签章）")
    para(d, "2024年7月16日")
    save_docx(d, path)


def contact_docx(pkg: Pkg, path):
    P = pkg.P
    d = _doc()
    para(d, "附件1", size=12)
    para(d, "联系人信息反馈表", size=16, bold=True, align="center")
    para(d, "2024年度上海市工业互联网平台应用水平评价工作", align="center")
    para(d, "一、联系人信息反馈", bold=True)
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    vals = [("联系人（主）", P["contact"], P["company"], P["co"]["title"], P["phone"], P["email"]),
            ("联系人（备用）", P["contact2"][0], P["company"], P["contact2"][1], P["contact2"][2], P["contact2"][3])]
    for r, row in enumerate(vals, 1):
        for i, v in enumerate(row):
            set_cell(t.rows[r].cells[i], v, size=9)
    para(d, "二、评审会现场地址信息反馈", bold=True)
    para(d, f"具体地址*：{P['address']}")
    save_docx(d, path)


# ----------------------------------------------------------------------------- text boxes (VML)
_TB_ID = [0]


def textbox_run(paragraph, text, width_pt=260, size_pt=9):
    """Appends a floating-free inline VML text box holding `text` (as Word 2003-style 文本框)."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    _TB_ID[0] += 1
    lines = str(text).split("\n")
    h = max(16, 13 * len(lines) + 4 + 13 * (len(str(text)) // 40))
    paras = "".join(f'<w:p><w:r><w:rPr><w:sz w:val="{size_pt * 2}"/></w:rPr><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
                    for ln in lines)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="TextBox{_TB_ID[0]}" o:spid="_x0000_s{1024 + _TB_ID[0]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{h}pt;mso-position-horizontal-relative:char" stroked="f" filled="f">'
           f'<v:textbox inset="1pt,1pt,1pt,1pt"><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def form_docx_textbox(pkg: Pkg, path, proof):
    """申报表 whose answers were typed into text boxes laid over the template's empty cells."""
    _TB_ID[0] = 0
    P, C = pkg.P, pkg.P["co"]
    d = _doc()
    para(d, "附件2", size=12)
    for _ in range(3):
        d.add_paragraph()
    para(d, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="center")
    para(d, "申报表", size=26, bold=True, align="center")
    for _ in range(3):
        d.add_paragraph()
    for k, v in (("申报年度", "2024年度"), ("平台名称", P["declared_name"]), ("申报单位", P["company"] + "（公章）"),
                 ("联 系 人", P["contact"]), ("联系人电话", P["phone"])):
        p = para(d, f"{k}：", size=14)
        textbox_run(p, v, width_pt=300, size_pt=14)
    para(d, "上海市经济和信息化委员会制", size=14, align="center")
    para(d, P.get("form_date", "2024年7月15日"), size=14, align="center")
    d.add_page_break()
    para(d, "一、企业基本情况", size=14, bold=True)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("单位（企业）名称", P["company"]), ("单位（企业）代码", C["code"]), ("成立日期", C["founded"]),
                 ("注册地及所在行政区", C["reg"]), ("企业类型", C["type"]), ("注册资本", C["capital"]), ("主营业务", C["business"]),
                 ("法定代表人", C["legal"]), ("联系人", P["contact"]), ("职务", C["title"]), ("联系人手机", P["phone"]),
                 ("电子邮箱", P["email"]),
                 ("申报单位上一年度经营状况（2023年）", "总资产{0}万元；主营业务收入{1}万元；主营业务收入增长率{2}%；负债率{3}%；"
                                          "利润总额{4}万元；税金{5}万元".format(*C["fin"]))):
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        textbox_run(cells[1].paragraphs[0], v)
    d.add_paragraph()
    para(d, "二、平台基本情况", size=14, bold=True)
    rev = pkg.rows["平台近三年经营指标情况"][1]
    revtxt = "\n".join(f"{y}年平台营收{rev[f'{y}年平台营收（万元）']:.2f}万元/增长率{rev[f'{y}年增长率（%）']:.2f}%"
                       for y in (2021, 2022, 2023))
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    bm = P["build_mode_boxes"]
    for k, v in (("平台名称（原则上应与附件6名单中的名称一致，若有变更请注明平台原名称+现名称）", P["declared_name"]),
                 ("建设时间", P["build_time_cn"]), ("平台建设金额（万元）", f"{P['build_amount']:.2f}"),
                 ("平台近三年经营指标情况", revtxt),
                 ("平台建设方式（□自建 □合作共建，合作企业名称（必填））", "☑" + bm[0][0] + (f"，合作企业：{bm[1]}" if bm[1] else "")),
                 ("平台运营模式（□自运营 □联合运营 □委托运营）", "☑" + P["op_mode"]),
                 ("IaaS基础设施（□自建 □租用，服务商名称（必填））", "☑" + P["iaas"][0] + (f"，服务商：{P['iaas'][1]}" if P["iaas"][1] else "")),
                 ("部署方式（□边缘侧 □私有云 □公有云 □混合云 □其他）", "☑" + "、☑".join(P["deploy_boxes"][0])),
                 ("平台网址（请提供可登录查看的账号和密码）", f"{P['url']}  账号：{P['account'][0]}  密码：{P['account'][1]}"),
                 ("平台基本情况介绍（500字以内）", P["intro"]), ("平台建设成效（500字以内）", P["effect"])):
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        textbox_run(cells[1].paragraphs[0], v)
    d.add_page_break()
    para(d, "三、上海市工业互联网平台应用水平评价指标明细表", size=14, bold=True)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9)
    prev = (None, None)
    for l1, l2, l3, content, key in FORM_ROWS:
        cells = t.add_row().cells
        set_cell(cells[0], l2 if l2 != prev[0] else "", size=9)
        set_cell(cells[1], l3 if l3 != prev[1] else "", size=9)
        set_cell(cells[2], content, size=9)
        val = pkg.cell(key)
        if val:
            textbox_run(cells[3].paragraphs[0], val, width_pt=150)
        set_cell(cells[4], proof.get(key, ""), size=8)
        prev = (l2, l3)
    save_docx(d, path)
