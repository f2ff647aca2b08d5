"""申报表 (DOCX/XLSX/scan), 申报书 (DOCX/PDF), 汇总表, 承诺, 联系人表."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

import lib
from model import A4_LABELS, L1, ROWS

# ------------------------------------------------------------------ cell texts
def cell(S, key: str) -> str:
    T = S["text"]
    if key in S.get("form_override", {}):
        return S["form_override"][key]
    if key.startswith("t:"):
        k = key[2:]
        if k == "policy":
            return "\n".join(f"{i}. {p}" for i, p in enumerate(T["policy"], 1))
        return T[k]
    if key == "平台是否建立安全管理体系":
        return T["sec_rules"]
    if key == "有否定期开展第三方安全测试/测评":
        return T["third_party"]
    if key == "有否定期进行安全扫描":
        return T["scan"]
    if key == "平台是否有自研形成的核心技术突破":
        return T["breakthrough"]
    if key == "平台是否具备碳管理服务能力":
        return T["carbon"]
    if key == "平台是否融合使用国家标识解析系统":
        return T["identifier"]
    if key == "企业是否已上市或已获得VC/PE投资":
        return S.get("listed_text", "是" if S["listed"] else "否")
    if key == "平台是否服务上海智能工厂，数量":
        sf = S["smart_factories"]
        items = "；".join(f"{i}.{n}（{a}），服务内容：{c}" for i, (n, a, c) in enumerate(sf, 1))
        return f"是，{len(sf)}家：{items}"
    if key == "平台获得省部级及以上奖项/荣誉数量（个）":
        aw = S["awards"]
        return f"共{len(aw)}个：" + "；".join(f"{i}.{n}（{t}，{u}）" for i, (n, t, u) in enumerate(aw, 1))
    if key == "杀手锏APP数量（个）":
        return str(S["killer_n"])
    if key == "平台现有特色指数（个）":
        return f"{S['indices']}个"
    return S["a4"][key][0]


def proof(S, key: str) -> str:
    return S["proof"].get(key, S["proof"].get("*", ""))


def cover_lines(S):
    return [("申报年度：", "2024 年度"), ("平台名称：", S["name_cell"].replace("\n", "")), ("申报单位：", S["company_form"] + "（公章）"),
            ("联 系 人：", S["contact"]["name"]), ("联系人电话：", S["contact"]["phone"])]


def basic_rows(S):
    """一、企业基本情况 as (label, value) pairs."""
    co = S["co"]
    return [("单位（企业）名称", S["company_form"]), ("单位（企业）代码", co["uscc"]), ("成立日期", co["founded"]),
            ("注册地及所在行政区", co["reg_addr"]), ("企业类型", co["type"]), ("注册资本", co["capital"]),
            ("主营业务", co["business"]), ("法定代表人", co["legal"]), ("联系人", S["contact"]["name"]), ("职务", S["contact"]["title"]),
            ("联系人手机", S["contact"]["phone"]), ("传真", co["fax"]), ("电子邮箱", S["contact"]["email"]),
            ("股权结构", co["equity"]),
            ("总资产（万元）", co["assets"]), ("主营业务收入（万元）", co["main_rev"]), ("主营业务收入增长率（%）", co["main_growth"]),
            ("负债率（%）", co["debt"]), ("利润总额（万元）", co["profit"]), ("税金（万元）", co["tax"])]


def platform_rows(S):
    rev, gr = S["rev"], S["gr"]
    yrs = "\n".join(f"{y}年平台营收 {rev[y]:.2f} 万元/增长率 {gr[y]:.2f} %" for y in (2021, 2022, 2023))
    yrs += "\n注：此处数据已将平台相关收益单列，非整个公司的财务数据。"
    bm = "☑自建  □合作共建" if S["build_mode"] == "自建" else f"□自建  ☑合作共建，合作企业名称：{S.get('partner','')}"
    om = "  ".join(("☑" if S["op_mode"] == m else "□") + m for m in ("自运营", "联合运营", "委托运营"))
    ia = "☑自建  □租用" if S["iaas"] == "自建" else f"□自建  ☑租用，服务商名称（必填）：{S.get('iaas_vendor','')}"
    dep = "  ".join(("☑" if m in S["deploy"] else "□") + m for m in ("边缘侧", "私有云", "公有云", "混合云")) + "  □其他部署方式"
    url = f"{S['url']}\n评审账号：{S['account']}  密码：{S['password']}"
    return [("平台名称", S["name_cell"]), ("建设时间", f"{S['build_from']}至{S['build_to']}"),
            ("平台建设金额（万元）", f"{S['build_amount']:.2f}"), ("平台近三年经营指标情况", yrs),
            ("平台建设方式", bm), ("平台运营模式", om), ("IaaS基础设施", ia), ("部署方式", dep), ("平台网址", url),
            ("平台基本情况介绍", S["text"]["intro"]), ("平台建设成效", S["text"]["effect"])]


# ------------------------------------------------------------------ DOCX helpers
def _doc(font="宋体", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = doc.core_properties
    import datetime as dt
    cp.created = cp.modified = dt.datetime(2024, 7, 18, 9, 0, 0)
    cp.last_printed = dt.datetime(2024, 7, 18, 9, 0, 0)
    cp.author = cp.last_modified_by = "admin"
    cp.revision = 3
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.2)
    return doc


def _para(doc, text, size=None, bold=False, align=None, font=None, indent=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    return p


def _set_cell(c, text, bold=False, size=9, align=None):
    c.text = ""
    lines = str(text).split("\n")
    p = c.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = c.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _heading(doc, text, level_size=14, font="黑体"):
    return _para(doc, text, size=level_size, bold=True, font=font)


def save_docx(doc, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    lib.normalize_zip(path)


# ------------------------------------------------------------------ 申报表 DOCX
def form_docx(S, path, layout="levels"):
    doc = _doc()
    _para(doc, "附件2", size=12, font="黑体")
    for _ in range(3):
        doc.add_paragraph()
    _para(doc, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="c", font="黑体")
    _para(doc, "申报表", size=26, bold=True, align="c", font="黑体")
    for _ in range(4):
        doc.add_paragraph()
    for k, v in cover_lines(S):
        _para(doc, f"{k}{v}", size=14, font="仿宋")
    for _ in range(3):
        doc.add_paragraph()
    _para(doc, "上海市经济和信息化委员会制", size=14, align="c", font="仿宋")
    _para(doc, "2024年7月", size=14, align="c", font="仿宋")
    doc.add_page_break()
    _heading(doc, "一、企业基本情况")
    rows = basic_rows(S)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    pairs = list(rows)
    i = 0
    while i < len(pairs):
        k, v = pairs[i]
        if k in ("主营业务", "股权结构", "注册地及所在行政区", "单位（企业）名称"):
            r = t.add_row().cells
            _set_cell(r[0], k, bold=True)
            m = r[1].merge(r[3])
            _set_cell(m, v)
            i += 1
            if k == "股权结构":
                r = t.add_row().cells
                _set_cell(r[0], "发起人及出资信息", bold=True); _set_cell(r[1], "出资人", bold=True)
                _set_cell(r[2], "金额", bold=True); _set_cell(r[3], "持股比例", bold=True)
                for sh in S["co"]["holders"]:
                    r = t.add_row().cells
                    _set_cell(r[0], ""); _set_cell(r[1], sh[0]); _set_cell(r[2], sh[1]); _set_cell(r[3], sh[2])
                r = t.add_row().cells
                m = r[0].merge(r[3])
                _set_cell(m, "申报单位上一年度经营状况（2023年）", bold=True, align="c")
            continue
        r = t.add_row().cells
        _set_cell(r[0], k, bold=True)
        _set_cell(r[1], v)
        if i + 1 < len(pairs) and pairs[i + 1][0] not in ("主营业务", "股权结构", "注册地及所在行政区"):
            _set_cell(r[2], pairs[i + 1][0], bold=True)
            _set_cell(r[3], pairs[i + 1][1])
            i += 2
        else:
            i += 1
    doc.add_paragraph()
    _heading(doc, "二、平台基本情况")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in platform_rows(S):
        r = t.add_row().cells
        _set_cell(r[0], k, bold=True)
        _set_cell(r[1], v)
    doc.add_page_break()
    _heading(doc, "三、上海市工业互联网平台应用水平评价指标明细表")
    _para(doc, "（请依据此表后附的填报指引填写！）", size=9)
    if layout == "levels":
        hdr = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            _set_cell(c, h, bold=True, align="c")
        prev = [None, None, None]
        starts = [None, None, None]
        for (l1, l2, l3, content, key) in ROWS:
            r = t.add_row().cells
            vals = [L1[l1], l2, l3]
            for j in range(3):
                if vals[j] != prev[j] or (j > 0 and vals[j - 1] != prev[j - 1]):
                    _set_cell(r[j], vals[j], size=8.5)
                    starts[j] = r[j]
                else:
                    starts[j] = starts[j].merge(r[j])
                prev[j] = vals[j]
            _set_cell(r[3], content, size=8.5)
            _set_cell(r[4], cell(S, key), size=8.5)
            _set_cell(r[5], proof(S, key), size=8)
    elif layout == "seq":
        hdr = ["序号", "三级指标", "内容", "证明资料", "平台实际情况"]
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            _set_cell(c, h, bold=True, align="c")
        for n, (l1, l2, l3, content, key) in enumerate(ROWS, 1):
            r = t.add_row().cells
            _set_cell(r[0], str(n), size=8.5); _set_cell(r[1], l3, size=8.5); _set_cell(r[2], content, size=8.5)
            _set_cell(r[3], proof(S, key), size=8); _set_cell(r[4], cell(S, key), size=8.5)
    else:  # grouped: section header rows, then 内容 | 平台实际情况 | 证明资料
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["内容", "平台实际情况", "证明资料"]):
            _set_cell(c, h, bold=True, align="c")
        last = None
        for (l1, l2, l3, content, key) in ROWS:
            if l3 != last:
                r = t.add_row().cells
                m = r[0].merge(r[2])
                _set_cell(m, f"{L1[l1].split('（')[0]} / {l2} / {l3}", bold=True)
                last = l3
            r = t.add_row().cells
            _set_cell(r[0], content, size=8.5); _set_cell(r[1], cell(S, key), size=8.5); _set_cell(r[2], proof(S, key), size=8)
    doc.add_paragraph()
    _para(doc, f"申报单位（盖章）：{S['company_form']}            日期：2024年7月16日", size=10.5)
    save_docx(doc, path)


# ------------------------------------------------------------------ 申报表 XLSX
def form_xlsx(S, path):
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws = wb.active
    ws.title = "封面"
    ws["B3"] = "上海市工业互联网平台应用水平评价"
    ws["B4"] = "申报表"
    ws["B3"].font = Font(name="黑体", size=18, bold=True)
    ws["B4"].font = Font(name="黑体", size=22, bold=True)
    for i, (k, v) in enumerate(cover_lines(S), 7):
        ws.cell(i, 2, k).font = Font(name="仿宋", size=13)
        ws.cell(i, 3, v).font = Font(name="仿宋", size=13)
    ws.cell(14, 2, "上海市经济和信息化委员会制")
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 60

    ws = wb.create_sheet("一、企业基本情况")
    ws.append(["一、企业基本情况", None])
    for k, v in basic_rows(S):
        ws.append([k, v])
    ws.append(["发起人及出资信息", "金额 / 持股比例"])
    for sh in S["co"]["holders"]:
        ws.append([sh[0], f"{sh[1]} / {sh[2]}"])
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.border = bd
            c.alignment = wrap

    ws = wb.create_sheet("二、平台基本情况")
    ws.append(["二、平台基本情况", None])
    for k, v in platform_rows(S):
        ws.append([k, v])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.border = bd
            c.alignment = wrap

    ws = wb.create_sheet("三、指标明细表")
    ws.append(["三、上海市工业互联网平台应用水平评价指标明细表"])
    ws.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    start = {0: 3, 1: 3, 2: 3}
    prev = [None, None, None]
    r = 3
    numeric_ok = S.get("xlsx_numbers", True)
    for (l1, l2, l3, content, key) in ROWS:
        vals = [L1[l1], l2, l3]
        for j in range(3):
            if vals[j] != prev[j]:
                if prev[j] is not None and r - 1 > start[j]:
                    ws.merge_cells(start_row=start[j], start_column=j + 1, end_row=r - 1, end_column=j + 1)
                ws.cell(r, j + 1, vals[j])
                start[j] = r
            prev[j] = vals[j]
        ws.cell(r, 4, content)
        v = cell(S, key)
        if numeric_ok and key in A4_LABELS and isinstance(S["a4"][key][1], (int, float)) and not isinstance(S["a4"][key][1], bool) \
                and v.replace(".", "", 1).isdigit():
            v = float(v) if "." in v else int(v)
            c = ws.cell(r, 5, v)
            if isinstance(v, float):
                c.number_format = "0.00"
        else:
            ws.cell(r, 5, v)
        ws.cell(r, 6, proof(S, key))
        r += 1
    for j in range(3):
        if r - 1 > start[j]:
            ws.merge_cells(start_row=start[j], start_column=j + 1, end_row=r - 1, end_column=j + 1)
    for col, w in zip("ABCDEF", (12, 14, 16, 34, 60, 26)):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=2, max_row=r - 1):
        for c in row:
            c.border = bd
            c.alignment = wrap
            c.font = Font(name="宋体", size=9, bold=(c.row == 2))
    wb.properties.creator = "admin"
    import datetime as dt
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 7, 18, 9, 0, 0)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    lib.normalize_zip(path)


# ------------------------------------------------------------------ stamped scan of the 申报表
def form_scan(S, path, tmpdir, seed):
    st = lib.styles("STSong-Light", 10)
    story = [Paragraph("附件2", st["body"]), Spacer(1, 40 * mm), Paragraph("上海市工业互联网平台应用水平评价", st["title"]),
             Paragraph("申 报 表", st["title"]), Spacer(1, 30 * mm)]
    for k, v in cover_lines(S):
        story.append(Paragraph(f"{k}{v}", lib.styles("STSong-Light", 13)["body"]))
        story.append(Spacer(1, 4 * mm))
    story += [Spacer(1, 30 * mm), Paragraph("上海市经济和信息化委员会制", st["center"]), Paragraph("2024年7月16日", st["center"]), PageBreak()]
    story.append(Paragraph("一、企业基本情况", st["h1"]))
    story.append(lib.ptable([[k, v] for k, v in basic_rows(S)], [45 * mm, 120 * mm], st, header_rows=0))
    story.append(PageBreak())
    story.append(Paragraph("二、平台基本情况", st["h1"]))
    story.append(lib.ptable([[k, v.replace("\n", "<br/>")] for k, v in platform_rows(S)], [35 * mm, 130 * mm], st, header_rows=0))
    story.append(PageBreak())
    story.append(Paragraph("三、上海市工业互联网平台应用水平评价指标明细表（节选）", st["h1"]))
    rows = [["三级指标", "内容", "平台实际情况"]]
    for (l1, l2, l3, content, key) in ROWS[:24]:
        rows.append([l3, content, cell(S, key).replace("\n", "<br/>")[:160]])
    story.append(lib.ptable(rows, [30 * mm, 55 * mm, 85 * mm], st))
    story.append(Spacer(1, 12 * mm))
    story.append(Paragraph(f"申报单位（盖章）：{S['company_form']}", st["body"]))
    story.append(Paragraph("日期：2024年7月16日", st["body"]))
    tmp = Path(tmpdir) / f"{S['id']}_form_scan_src.pdf"
    lib.build_pdf(tmp, story, footer="")
    pages = lib.pdf_to_images(tmp, dpi=110)
    seal = lib.seal_image(S["company_form"], size=int(42 / 25.4 * 110), seed=seed)
    out = []
    for i, im in enumerate(pages):
        if i == 0:
            out.append(lib.scan_effect(im, seed + i, seal=seal, seal_xy=(0.62, 0.47)))
        elif i == len(pages) - 1:
            out.append(lib.scan_effect(im, seed + i, seal=seal, seal_xy=(0.45, 0.80)))
        else:
            out.append(lib.scan_effect(im, seed + i, bw=True))
    lib.images_to_pdf(out, path)
    tmp.unlink()


# ------------------------------------------------------------------ 申报书 content
def book_blocks(S):
    """List of ('h1'|'h2'|'p'|'table', payload)."""
    B = S["book"]
    out = [("title", "上海市工业互联网平台应用水平评价申报书"), ("cover", cover_lines(S))]
    out.append(("h1", "一、申报单位简介"))
    out += [("p", p) for p in B["unit"]]
    out.append(("h1", "二、平台建设及运营情况"))
    out += [("p", p) for p in B["platform"]]
    out.append(("p", "表X 平台对标同行业或相似平台的部分量化数据对比表"))
    out.append(("table", [["三级指标", "本平台数据", "对标数据"]] + B["bench"]))
    out.append(("p", B["innovation"]))
    out.append(("h1", "三、平台应用成效"))
    out += [("p", p) for p in B["effects"]]
    out.append(("h1", "四、平台下一步发展计划"))
    out += [("p", p) for p in B["plan"]]
    out.append(("h1", "五、平台应用案例"))
    for i, c in enumerate(B["cases"], 1):
        out.append(("h2", f"案例{i}：{c['title']}"))
        out.append(("p", "企业简介：" + c["company"]))
        out.append(("p", "平台简介：" + c["platform"]))
        out.append(("p", "案例实际内容简介：" + c["content"]))
    out.append(("h1", "六、附件及其他说明材料"))
    out.append(("table", [["序号", "附件名称", "对应页码"]] + B["attachments"]))
    if "section7" in B:
        out.append(("h1", "七、平台相较上年度对比情况"))
        out += [("p", p) for p in B["section7"]]
        if B.get("section7_table"):
            out.append(("table", B["section7_table"]))
    return out


def book_docx(S, path):
    doc = _doc(font="仿宋", size=12)
    for kind, pay in book_blocks(S):
        if kind == "title":
            _para(doc, "附件3", size=12, font="黑体")
            for _ in range(3):
                doc.add_paragraph()
            _para(doc, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="c", font="黑体")
            _para(doc, "申报书", size=26, bold=True, align="c", font="黑体")
            for _ in range(4):
                doc.add_paragraph()
        elif kind == "cover":
            for k, v in pay:
                _para(doc, f"{k}{v}", size=14)
            doc.add_paragraph()
            _para(doc, "上海市经济和信息化委员会制", size=14, align="c")
            doc.add_page_break()
        elif kind == "h1":
            _heading(doc, pay, 15)
        elif kind == "h2":
            _heading(doc, pay, 13, font="楷体")
        elif kind == "p":
            _para(doc, pay, indent=True)
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(pay[0]))
            t.style = "Table Grid"
            for i, row in enumerate(pay):
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    _set_cell(c, v, bold=(i == 0), size=9.5)
            doc.add_paragraph()
    save_docx(doc, path)


def book_pdf(S, path):
    st = lib.styles("WQY", 10.5)
    story = []
    for kind, pay in book_blocks(S):
        if kind == "title":
            story += [Paragraph("附件3", st["body"]), Spacer(1, 45 * mm), Paragraph("上海市工业互联网平台应用水平评价", st["title"]),
                      Paragraph("申报书", st["title"]), Spacer(1, 35 * mm)]
        elif kind == "cover":
            for k, v in pay:
                story.append(Paragraph(f"{k}{v}", lib.styles("WQY", 13)["body"]))
                story.append(Spacer(1, 3 * mm))
            story += [Spacer(1, 25 * mm), Paragraph("上海市经济和信息化委员会制", st["center"]), PageBreak()]
        elif kind == "h1":
            story.append(Paragraph(pay, st["h1"]))
        elif kind == "h2":
            story.append(Paragraph(pay, st["h2"]))
        elif kind == "p":
            story.append(Paragraph(pay, st["indent"]))
        elif kind == "table":
            n = len(pay[0])
            w = 170 * mm
            widths = [w * 0.2, w * 0.4, w * 0.4] if n == 3 else [w / n] * n
            if pay[0][0] == "序号":
                widths = [w * 0.1, w * 0.7, w * 0.2]
            story.append(lib.ptable(pay, widths, st))
            story.append(Spacer(1, 3 * mm))
    lib.build_pdf(path, story, font="WQY", footer="- {page} -")


# ------------------------------------------------------------------ 汇总表
def summary_values(S):
    vals = {k: v for k, (v, n) in S["a4"].items()}
    vals.update(S.get("summary_override", {}))
    return vals


def summary_xlsx_horizontal(S, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.cell(1, 1, "平台基本情况汇总表").font = Font(name="黑体", size=14, bold=True)
    vals = summary_values(S)
    for j, lab in enumerate(A4_LABELS, 1):
        c = ws.cell(2, j, lab)
        c.font = Font(name="宋体", size=9, bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        v = vals[lab]
        n = S["a4"][lab][1]
        if isinstance(n, (int, float)) and not isinstance(n, bool) and v.replace(".", "", 1).isdigit():
            v = float(v) if "." in v else int(v)
        c2 = ws.cell(3, j, v)
        c2.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(v, float):
            c2.number_format = "0.00"
        ws.column_dimensions[get_column_letter(j)].width = 16 if len(str(v)) < 40 else 40
    ws.row_dimensions[2].height = 60
    ws.freeze_panes = "D3"
    wb.properties.creator = "admin"
    import datetime as dt
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 7, 18, 9, 0, 0)
    wb.save(str(path))
    lib.normalize_zip(path)


def summary_xlsx_vertical(S, path, grouped=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件4"
    ws.append(["附件4  平台基本情况汇总表", None])
    ws.append(["项目", "内容"])
    vals = summary_values(S)
    groups = {"序号": "基本信息", "平台团队总人数（人）": "团队与经营", "连接的工业设备/产品/产线种类及数量（台/套）": "设备连接",
              "工业协议兼容适配数量（个）": "工业软件/APP", "平台实际用云量（台）": "数据管理", "微服务数量（个）": "微服务与开发者",
              "平台是否建立安全管理体系": "安全体系", "注册企业用户数（个）": "平台应用", "投资回报率（%）": "应用价值与带动成效"}
    for lab in A4_LABELS:
        if grouped and lab in groups:
            ws.append([f"【{groups[lab]}】", None])
            ws.cell(ws.max_row, 1).font = Font(bold=True, color="1F4E78")
        v = vals[lab]
        n = S["a4"][lab][1]
        if lab == "序号":
            v = int(v)
        elif isinstance(n, (int, float)) and not isinstance(n, bool) and v.replace(".", "", 1).isdigit():
            v = float(v) if "." in v else int(v)
        ws.append([lab, v])
        if isinstance(v, float):
            ws.cell(ws.max_row, 2).number_format = "0.00"
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 80
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.properties.creator = "admin"
    import datetime as dt
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 7, 18, 9, 0, 0)
    wb.save(str(path))
    lib.normalize_zip(path)


def summary_docx(S, path):
    doc = _doc()
    _para(doc, "附件4", size=12, font="黑体")
    _para(doc, "平台基本情况汇总表", size=16, bold=True, align="c", font="黑体")
    vals = summary_values(S)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab in A4_LABELS:
        r = t.add_row().cells
        _set_cell(r[0], lab, size=9)
        _set_cell(r[1], vals[lab], size=9)
    save_docx(doc, path)


# ------------------------------------------------------------------ 承诺, 联系人表
def commitment_scan(S, path, tmpdir, seed):
    st = lib.styles("STSong-Light", 14)
    story = [Paragraph("附件5", st["body"]), Spacer(1, 12 * mm), Paragraph("真实性承诺", st["title"]), Spacer(1, 12 * mm),
             Paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                       "如有不实，愿承担相应的法律责任及由此产生的一切后果。", st["indent"]),
             Paragraph("特此承诺。", st["indent"]), Spacer(1, 40 * mm),
             Paragraph(f"申报单位：{S['company_form']}（盖章）", st["body"]), Spacer(1, 8 * mm),
             Paragraph(f"法定代表人：{S['co']['legal']}（签章）", st["body"]), Spacer(1, 8 * mm),
             Paragraph("2024年7月16日", st["right"])]
    tmp = Path(tmpdir) / f"{S['id']}_commit_src.pdf"
    lib.build_pdf(tmp, story, footer="")
    im = lib.pdf_to_images(tmp, dpi=120)[0]
    seal = lib.seal_image(S["company_form"], size=int(42 / 25.4 * 120), seed=seed)
    # signature scribble
    from PIL import ImageDraw
    d = ImageDraw.Draw(im)
    import random
    rng = random.Random(seed)
    x0, y0 = int(im.width * 0.50), int(im.height * 0.605)
    pts = [(x0 + i * 9, y0 + rng.randint(-14, 14)) for i in range(16)]
    d.line(pts, fill=(20, 30, 80), width=3)
    out = lib.scan_effect(im, seed, seal=seal, seal_xy=(0.50, 0.545))
    lib.images_to_pdf([out], path)
    tmp.unlink()


def commitment_docx(S, path):
    doc = _doc(font="仿宋", size=14)
    _para(doc, "附件5", font="黑体")
    _para(doc, "真实性承诺", size=20, bold=True, align="c", font="黑体")
    _para(doc, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
               "如有不实，愿承担相应的法律责任及由此产生的一切后果。", indent=True)
    _para(doc, "特此承诺。", indent=True)
    for _ in range(4):
        doc.add_paragraph()
    _para(doc, f"申报单位：{S['company_form']}（盖章）")
    _para(doc, f"法定代表人：{S['co']['legal']}（签章）")
    _para(doc, "2024年7月16日", align="r")
    save_docx(doc, path)


def contact_docx(S, path):
    doc = _doc()
    _para(doc, "附件1", font="黑体")
    _para(doc, "联系人信息反馈表", size=16, bold=True, align="c", font="黑体")
    _para(doc, "2024年度上海市工业互联网平台应用水平评价工作", align="c")
    _para(doc, "一、联系人信息反馈", bold=True)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        _set_cell(c, h, bold=True)
    c = S["contact"]
    b = c["backup"]
    for row in (["联系人（主）", c["name"], S["company_form"], c["title"], c["phone"], c["email"]],
                ["联系人（备用）", b[0], S["company_form"], b[3], b[1], b[2]]):
        cells = t.add_row().cells
        for x, v in zip(cells, row):
            _set_cell(x, v)
    _para(doc, "二、评审会现场地址信息反馈", bold=True)
    _para(doc, f"具体地址*：{S['address']}")
    save_docx(doc, path)
