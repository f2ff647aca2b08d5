"""Renderers of the application documents: 附件1, 申报表 (DOCX/XLSX/PDF-for-scan), 申报书, 汇总表, 承诺."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib.pagesizes import A4

import kit
from labels import A4_LABELS
from model import FORM_ROWS


# ---------------------------------------------------------------- docx helpers
def _font(run, name="宋体", size=10.5, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text, size=10.5, bold=False, align=None, font="宋体", indent=False, space_after=4):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space_after)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(p.add_run(text), font, size, bold)
    return p


def cell_text(cell, text, size=9, bold=False, font="宋体", align=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(line), font, size, bold)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def new_doc(margins_cm=2.2):
    doc = Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    return doc


def merge_same(table, col, start_row):
    """Merge vertically equal texts in a column (level columns of the 指标明细表)."""
    rows = table.rows
    i = start_row
    n = len(rows)
    while i < n:
        t = rows[i].cells[col].text
        j = i
        while j + 1 < n and rows[j + 1].cells[col].text == t:
            j += 1
        if j > i:
            top = rows[i].cells[col]
            for k in range(i + 1, j + 1):
                rows[k].cells[col].text = ""
            merged = top.merge(rows[j].cells[col])
            cell_text(merged, t, 9, font="黑体")
        i = j + 1


# ---------------------------------------------------------------- 附件1
def contact_docx(p, path: Path):
    c = p["contact"]
    doc = new_doc()
    para(doc, "附件1", 12, font="黑体")
    para(doc, "联系人信息反馈表", 18, True, "c", "方正小标宋简体")
    para(doc, "2024年度上海市工业互联网平台应用水平评价工作", 12, False, "c")
    para(doc, "一、联系人信息反馈", 12, True, font="黑体")
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        cell_text(t.cell(0, i), h, 10, True)
    c2 = p["contact2"]
    for r, (tag, who) in enumerate((("联系人（主）", c), ("联系人（备用）", c2)), 1):
        for i, v in enumerate([tag, who["name"], p["company"], who["title"], who["mobile"], who["email"]]):
            cell_text(t.cell(r, i), v, 9)
    para(doc, "")
    para(doc, "二、评审会现场地址信息反馈", 12, True, font="黑体")
    para(doc, "具体地址*：" + c["review_addr"], 11)
    para(doc, "*注：该场地信息将用于工作组安排后续评价工作。", 9)
    kit.save_docx(doc, path, p["contact"]["name"])


# ---------------------------------------------------------------- 申报表 sections 一/二 as (label, value) pairs
def part_one(p):
    e = p["ent"]
    return [
        ("单位（企业）名称", p["company"]), ("单位（企业）代码", e["uscc"]), ("成立日期", e["founded"]),
        ("注册地及所在行政区", e["reg_addr"]), ("企业类型", e["type"]), ("注册资本", e["capital"]),
        ("主营业务", e["business"]), ("法定代表人", e["legal"]), ("联系人", p["contact"]["name"]),
        ("职务", p["contact"]["title"]), ("联系人手机", p["contact"]["mobile"]), ("传真", e["fax"]),
        ("电子邮箱", p["contact"]["email"]),
    ]


def fin_one(p):
    e = p["ent"]["fin"]
    return [("总资产（万元）", e["assets"]), ("主营业务收入（万元）", e["revenue"]),
            ("主营业务收入增长率（%）", e["growth"]), ("负债率（%）", e["debt"]),
            ("利润总额（万元）", e["profit"]), ("税金（万元）", e["tax"])]


def _box(options, chosen):
    return "  ".join(("☑" if o == chosen or (isinstance(chosen, (list, tuple)) and o in chosen) else "□") + o for o in options)


def part_two(p, S):
    rev = p["rev"]
    g = p["_growth"]
    years = "\n".join(f"{y}年平台营收 {rev[y]:.2f} 万元/增长率 {g[y]:.2f} %" for y in (2021, 2022, 2023))
    bm = p["build_mode"]
    bm_txt = ("☑自建  □合作共建" if bm == "自建" else
              f"□自建  ☑合作共建，合作企业名称（必填）：{p.get('partner_name', '') or '________________'}")
    iaas = ("☑自建  □租用" if p["iaas"] == "自建" else
            f"□自建  ☑租用，服务商名称（必填）：{p.get('iaas_vendor') or '________________'}")
    deploy = _box(["边缘侧", "私有云", "公有云", "混合云"], p["deploy"].split("、"))
    name = p["declared_name"]
    return [
        ("平台名称", name), ("建设时间", p["build_text"]), ("平台建设金额（万元）", f"{p['build_amount']:.2f}"),
        ("平台近三年经营指标情况", years + "\n注：此处数据已将平台相关收益单列。"),
        ("平台建设方式", bm_txt), ("平台运营模式", _box(["自运营", "联合运营", "委托运营"], p["op_mode"])),
        ("IaaS基础设施", iaas), ("部署方式", deploy),
        ("平台网址", f"{p['url']}\n演示账号：{p['demo_account']}  密码：{p['demo_password']}"),
        ("平台基本情况介绍", p["intro"]), ("平台建设成效", p["effect"]),
    ]


# ---------------------------------------------------------------- 申报表 DOCX
def form_docx(p, S, cells, path: Path, variant="levels"):
    """variant: 'levels' (一级/二级/三级/内容/实际/证明), 'l3' (三级/内容/实际/证明), 'seq' (序号/内容/实际/证明 grouped)."""
    doc = new_doc(2.0)
    para(doc, "")
    para(doc, "上海市工业互联网平台应用水平评价", 20, True, "c", "黑体", space_after=12)
    para(doc, "申报表", 26, True, "c", "黑体", space_after=40)
    for k, v in (("申报年度", "2024年度"), ("平台名称", p["declared_name"]), ("申报单位", p["company"] + "（公章）"),
                 ("联 系 人", p["contact"]["name"]), ("联系人电话", p["contact"]["mobile"])):
        para(doc, f"{k}：{v}", 14, False, None, "仿宋", space_after=10)
    para(doc, "")
    para(doc, "上海市经济和信息化委员会制", 14, False, "c", "仿宋")
    para(doc, p["form_date"], 14, False, "c", "仿宋")
    page_break(doc)

    para(doc, "一、企业基本情况", 14, True, font="黑体")
    one = part_one(p)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i in range(0, len(one), 2):
        r = t.add_row().cells
        cell_text(r[0], one[i][0], 10, True)
        cell_text(r[1], one[i][1], 10)
        if i + 1 < len(one):
            cell_text(r[2], one[i + 1][0], 10, True)
            cell_text(r[3], one[i + 1][1], 10)
    r = t.add_row().cells
    m = r[0].merge(r[3])
    cell_text(m, "股权结构", 10, True)
    r = t.add_row().cells
    for i, h in enumerate(["发起人及出资信息", "金额（万元）", "持股比例", ""]):
        cell_text(r[i], h, 10, True)
    for holder, amt, ratio in p["ent"]["holders"]:
        r = t.add_row().cells
        cell_text(r[0], holder, 9)
        cell_text(r[1], amt, 9)
        cell_text(r[2], ratio, 9)
    r = t.add_row().cells
    m = r[0].merge(r[3])
    cell_text(m, "申报单位上一年度经营状况（2023年）", 10, True)
    fin = fin_one(p)
    for i in range(0, len(fin), 2):
        r = t.add_row().cells
        cell_text(r[0], fin[i][0], 10, True)
        cell_text(r[1], fin[i][1], 10)
        cell_text(r[2], fin[i + 1][0], 10, True)
        cell_text(r[3], fin[i + 1][1], 10)
    para(doc, "")
    para(doc, "二、平台基本情况", 14, True, font="黑体")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in part_two(p, S):
        r = t.add_row().cells
        cell_text(r[0], k, 10, True)
        cell_text(r[1], v, 9.5)
        r[0].width = Cm(3.2)
        r[1].width = Cm(13.8)
    page_break(doc)

    para(doc, "三、上海市工业互联网平台应用水平评价指标明细表", 14, True, font="黑体")
    proof = p.get("proof", {})
    if variant == "levels":
        heads = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    elif variant == "l3":
        heads = ["三级指标", "内容", "平台实际情况", "证明资料"]
    else:
        heads = ["序号", "内容", "平台实际情况", "证明资料"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        cell_text(t.cell(0, i), h, 10, True, "黑体", "c")
    last_l1 = None
    seq = 0
    for l1, l2, l3, content, key in FORM_ROWS:
        if variant == "seq" and l1 != last_l1:
            r = t.add_row().cells
            m = r[0].merge(r[-1])
            cell_text(m, l1, 10, True, "黑体")
            last_l1 = l1
        seq += 1
        r = t.add_row().cells
        vals = {"levels": [l1, l2, l3], "l3": [l3], "seq": [str(seq)]}[variant]
        vals += [content, cells.get(key, ""), proof.get(key, "")]
        for i, v in enumerate(vals):
            cell_text(r[i], v, 8.5 if i < len(vals) - 3 else 9)
    if variant == "levels":
        for col in (0, 1, 2):
            merge_same(t, col, 1)
    kit.save_docx(doc, path, p["contact"]["name"])


# ---------------------------------------------------------------- 申报表 XLSX
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")


def _xl(ws, r, c, v, bold=False, fill=None, size=10):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name="宋体", size=size, bold=bold)
    cell.alignment = WRAP
    cell.border = BORDER
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    return cell


def form_xlsx(p, S, cells, path: Path, numeric=True):
    wb = Workbook()
    ws = wb.active
    ws.title = "封面"
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60
    ws["A2"] = "上海市工业互联网平台应用水平评价申报表"
    ws["A2"].font = Font(name="黑体", size=18, bold=True)
    for i, (k, v) in enumerate((("申报年度", "2024年度"), ("平台名称", p["declared_name"]), ("申报单位", p["company"]),
                                ("联系人", p["contact"]["name"]), ("联系人电话", p["contact"]["mobile"]),
                                ("填表日期", p["form_date"])), 4):
        ws.cell(row=i, column=1, value=k + "：").font = Font(name="仿宋", size=12)
        ws.cell(row=i, column=2, value=v).font = Font(name="仿宋", size=12)

    ws = wb.create_sheet("一、企业基本情况")
    for col, w in zip("ABCD", (20, 36, 20, 30)):
        ws.column_dimensions[col].width = w
    one = part_one(p)
    r = 1
    for i in range(0, len(one), 2):
        _xl(ws, r, 1, one[i][0], True, "F2F2F2")
        _xl(ws, r, 2, one[i][1])
        if i + 1 < len(one):
            _xl(ws, r, 3, one[i + 1][0], True, "F2F2F2")
            _xl(ws, r, 4, one[i + 1][1])
        r += 1
    _xl(ws, r, 1, "股权结构", True, "D9E1F2")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    r += 1
    for i, h in enumerate(["发起人及出资信息", "金额（万元）", "持股比例"], 1):
        _xl(ws, r, i, h, True)
    r += 1
    for holder, amt, ratio in p["ent"]["holders"]:
        _xl(ws, r, 1, holder)
        _xl(ws, r, 2, amt)
        _xl(ws, r, 3, ratio)
        r += 1
    _xl(ws, r, 1, "申报单位上一年度经营状况（2023年）", True, "D9E1F2")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    r += 1
    fin = fin_one(p)
    for i in range(0, len(fin), 2):
        _xl(ws, r, 1, fin[i][0], True)
        _xl(ws, r, 2, fin[i][1])
        _xl(ws, r, 3, fin[i + 1][0], True)
        _xl(ws, r, 4, fin[i + 1][1])
        r += 1

    ws = wb.create_sheet("二、平台基本情况")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    for i, (k, v) in enumerate(part_two(p, S), 1):
        _xl(ws, i, 1, k, True, "F2F2F2")
        _xl(ws, i, 2, v)
        ws.row_dimensions[i].height = max(20, 15 * (1 + len(str(v)) // 55 + str(v).count("\n")))

    ws = wb.create_sheet("三、指标明细表")
    heads = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for col, w in zip("ABCDEF", (14, 14, 16, 34, 60, 22)):
        ws.column_dimensions[col].width = w
    for i, h in enumerate(heads, 1):
        _xl(ws, 1, i, h, True, "BDD7EE")
    proof = p.get("proof", {})
    r = 2
    spans = {0: [], 1: [], 2: []}
    prev = [None, None, None]
    starts = [2, 2, 2]
    for l1, l2, l3, content, key in FORM_ROWS:
        for ci, v in enumerate((l1, l2, l3)):
            if v != prev[ci]:
                if prev[ci] is not None:
                    spans[ci].append((starts[ci], r - 1))
                prev[ci] = v
                starts[ci] = r
                _xl(ws, r, ci + 1, v, True)
            else:
                _xl(ws, r, ci + 1, None)
        _xl(ws, r, 4, content)
        v = cells.get(key, "")
        if numeric:
            try:
                v = int(v) if str(v).isdigit() else v
            except ValueError:
                pass
        _xl(ws, r, 5, v)
        _xl(ws, r, 6, proof.get(key, ""))
        ws.row_dimensions[r].height = max(18, 14 * (1 + len(str(v)) // 38))
        r += 1
    for ci in range(3):
        spans[ci].append((starts[ci], r - 1))
        for a, b in spans[ci]:
            if b > a:
                ws.merge_cells(start_row=a, start_column=ci + 1, end_row=b, end_column=ci + 1)
    ws.freeze_panes = "E2"
    kit.save_xlsx(wb, path, p["contact"]["name"])


# ---------------------------------------------------------------- a printed form (for scans)
class Flow:
    """Minimal reportlab flow writer (top-down, auto page break)."""

    def __init__(self, path, font="STSong-Light", size=A4, margin=50, footer=None):
        self.c = kit.new_canvas(path, size)
        self.W, self.H = size
        self.m = margin
        self.font = font
        self.y = self.H - margin
        self.page = 1
        self.footer = footer

    def _foot(self):
        if self.footer:
            self.c.setFont(self.font, 9)
            self.c.drawCentredString(self.W / 2, 25, self.footer(self.page))

    def newpage(self):
        self._foot()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.m

    def need(self, h):
        if self.y - h < self.m:
            self.newpage()

    def text(self, s, size=10.5, bold=False, align="l", indent=0, lead=1.55, font=None):
        f = font or self.font
        width = self.W - 2 * self.m - indent
        for line in kit.wrap(s, f, size, width):
            self.need(size * lead)
            self.c.setFont(f, size)
            if align == "c":
                self.c.drawCentredString(self.W / 2, self.y - size, line)
            else:
                self.c.drawString(self.m + indent, self.y - size, line)
                if bold:
                    self.c.drawString(self.m + indent + 0.3, self.y - size, line)
            self.y -= size * lead

    def gap(self, h=8):
        self.y -= h

    def table(self, rows, widths, size=8.5, head=True, pad=3, repeat_head=True):
        f = self.font
        W = self.W - 2 * self.m
        widths = [w * W / sum(widths) for w in widths]
        header = rows[0] if head else None
        for ri, row in enumerate(rows):
            wrapped = [kit.wrap(str(v), f, size, widths[i] - 2 * pad) for i, v in enumerate(row)]
            h = max(len(w) for w in wrapped) * size * 1.3 + 2 * pad
            if self.y - h < self.m:
                self.newpage()
                if head and repeat_head and ri > 0:
                    self.table([header], widths, size, head=False, pad=pad)
            x = self.m
            for i, lines in enumerate(wrapped):
                self.c.rect(x, self.y - h, widths[i], h)
                self.c.setFont(f, size)
                for k, line in enumerate(lines):
                    self.c.drawString(x + pad, self.y - pad - size * (k + 1) * 1.3 + size * 0.3, line)
                x += widths[i]
            self.y -= h

    def image(self, img, x, y, w, h):
        from reportlab.lib.utils import ImageReader
        self.c.drawImage(ImageReader(img), x, y, w, h, mask="auto")

    def save(self):
        self._foot()
        self.c.save()


def form_pdf(p, S, cells, path: Path):
    fl = Flow(path, footer=lambda n: f"— {n} —")
    fl.gap(90)
    fl.text("上海市工业互联网平台应用水平评价", 20, True, "c")
    fl.gap(10)
    fl.text("申报表", 26, True, "c")
    fl.gap(60)
    for k, v in (("申报年度", "2024年度"), ("平台名称", p["declared_name"]), ("申报单位", p["company"] + "（公章）"),
                 ("联 系 人", p["contact"]["name"]), ("联系人电话", p["contact"]["mobile"])):
        fl.text(f"{k}：{v}", 14, indent=60)
        fl.gap(6)
    fl.gap(80)
    fl.text("上海市经济和信息化委员会制", 14, align="c")
    fl.text(p["form_date"], 14, align="c")
    fl.newpage()
    fl.text("一、企业基本情况", 13, True)
    one = part_one(p)
    rows = [[one[i][0], one[i][1], one[i + 1][0] if i + 1 < len(one) else "", one[i + 1][1] if i + 1 < len(one) else ""]
            for i in range(0, len(one), 2)]
    fl.table(rows, [2, 3, 2, 3], 9, head=False)
    fl.table([["发起人及出资信息", "金额（万元）", "持股比例"]] + [list(h) for h in p["ent"]["holders"]], [4, 2, 2], 9)
    fin = fin_one(p)
    fl.table([[fin[i][0], str(fin[i][1]), fin[i + 1][0], str(fin[i + 1][1])] for i in range(0, 6, 2)], [2, 3, 2, 3], 9,
             head=False)
    fl.gap(10)
    fl.text("二、平台基本情况", 13, True)
    fl.table([[k, v] for k, v in part_two(p, S)], [1, 4.3], 9, head=False)
    fl.newpage()
    fl.text("三、上海市工业互联网平台应用水平评价指标明细表", 13, True)
    proof = p.get("proof", {})
    rows = [["三级指标", "内容", "平台实际情况", "证明资料"]]
    prev = None
    for l1, l2, l3, content, key in FORM_ROWS:
        rows.append([l3 if l3 != prev else "", content, cells.get(key, ""), proof.get(key, "")])
        prev = l3
    fl.table(rows, [1.3, 2.6, 4.6, 1.5], 8)
    fl.gap(20)
    fl.need(120)
    fl.text("申报单位（盖章）：" + p["company"], 11, indent=200)
    fl.text("日期：" + p["form_date"], 11, indent=200)
    fl.save()
    return fl.page


def scan_pdf(src_pdf: Path, out_pdf: Path, company, seed, seal_pages=("first", "last"), legal_sig=None, bw_rest=True):
    imgs = kit.pdf_to_images(src_pdf, 1.45)
    out = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        stamps = []
        sealed = ("first" in seal_pages and i == 0) or ("last" in seal_pages and i == n - 1) or ("all" in seal_pages)
        if sealed:
            st = kit.seal(int(im.size[0] * 0.21), company, "", seed + i)
            stamps.append((st, (0.66, 0.80 if i == n - 1 and i else 0.42)))
        if legal_sig and i == n - 1:
            stamps.append((kit.signature(legal_sig, seed), (0.60, 0.70)))
        out.append(kit.scanify(im, seed * 31 + i, stamps, bw=bw_rest and not sealed and not (legal_sig and i == n - 1)))
    kit.images_to_pdf(out, out_pdf)
    src_pdf.unlink()


# ---------------------------------------------------------------- 承诺
def commitment_pdf_scan(p, path: Path, seed):
    tmp = path.with_suffix(".tmp.pdf")
    fl = Flow(tmp)
    fl.text("附件5", 12)
    fl.gap(30)
    fl.text("真实性承诺", 22, True, "c")
    fl.gap(30)
    fl.text("    我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
            "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 14, lead=1.9)
    fl.text("    特此承诺。", 14, lead=1.9)
    fl.gap(90)
    fl.text("申报单位：" + p["company"] + "（盖章）", 13, indent=150)
    fl.gap(20)
    fl.text("法定代表人：           （签章）", 13, indent=150)
    fl.gap(20)
    fl.text(p["commit_date"], 13, indent=230)
    fl.save()
    imgs = kit.pdf_to_images(tmp, 1.5)
    im = imgs[0]
    W, H = im.size
    st = kit.seal(int(W * 0.24), p["company"], "", seed)
    sig = kit.signature(p["ent"]["legal"], seed)
    out = kit.scanify(im, seed, [(st, (0.66, 0.53)), (sig, (0.52, 0.585))])
    kit.images_to_pdf([out], path)
    tmp.unlink()


def commitment_docx(p, path: Path):
    doc = new_doc(2.6)
    para(doc, "附件5", 12, font="黑体")
    para(doc, "真实性承诺", 22, True, "c", "方正小标宋简体", space_after=20)
    para(doc, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
              "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 14, indent=True, font="仿宋")
    para(doc, "特此承诺。", 14, indent=True, font="仿宋", space_after=60)
    para(doc, "申报单位：" + p["company"] + "（盖章）", 14, align="r", font="仿宋")
    para(doc, "法定代表人：" + p["ent"]["legal"] + "（签章）", 14, align="r", font="仿宋")
    para(doc, p["commit_date"], 14, align="r", font="仿宋")
    kit.save_docx(doc, path)


# ---------------------------------------------------------------- 汇总表
def summary_xlsx(p, values: dict, path: Path, layout="vertical"):
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    if layout == "horizontal":
        for i, lab in enumerate(A4_LABELS, 1):
            _xl(ws, 1, i, lab, True, "DDEBF7", 9)
            v = values[lab]
            _xl(ws, 2, i, int(v) if v.isdigit() and lab not in ("联系人手机号",) else v, size=9)
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = 16
        ws.row_dimensions[1].height = 60
    else:
        ws.column_dimensions["A"].width = 6
        ws.column_dimensions["B"].width = 44
        ws.column_dimensions["C"].width = 70
        ws.merge_cells("A1:C1")
        ws["A1"] = "平台基本情况汇总表"
        ws["A1"].font = Font(name="黑体", size=16, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center")
        _xl(ws, 2, 1, "行", True, "D9D9D9")
        _xl(ws, 2, 2, "项目", True, "D9D9D9")
        _xl(ws, 2, 3, "填报内容", True, "D9D9D9")
        for i, lab in enumerate(A4_LABELS, 1):
            _xl(ws, i + 2, 1, i)
            _xl(ws, i + 2, 2, lab)
            _xl(ws, i + 2, 3, values[lab])
    kit.save_xlsx(wb, path, p["contact"]["name"])


def summary_docx(p, values: dict, path: Path):
    doc = new_doc(2.0)
    para(doc, "附件4", 12, font="黑体")
    para(doc, "平台基本情况汇总表", 18, True, "c", "方正小标宋简体")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab in A4_LABELS:
        r = t.add_row().cells
        cell_text(r[0], lab, 9.5, True)
        cell_text(r[1], values[lab], 9.5)
    kit.save_docx(doc, path, p["contact"]["name"])


# ---------------------------------------------------------------- 申报书
def book_docx(p, sections, path: Path):
    """sections: list of (heading, [items]); item = str paragraph | ('table', rows) | ('h2', text)."""
    doc = new_doc(2.5)
    para(doc, "")
    para(doc, "上海市工业互联网平台应用水平评价", 20, True, "c", "黑体", space_after=14)
    para(doc, "申报书", 28, True, "c", "黑体", space_after=50)
    for k, v in (("申报年度", "2024年度"), ("平台名称", p["declared_name"]), ("申报单位", p["company"] + "（公章）"),
                 ("联 系 人", p["contact"]["name"]), ("联系人电话", p["contact"]["mobile"])):
        para(doc, f"{k}：{v}", 15, False, None, "仿宋", space_after=12)
    para(doc, "")
    para(doc, "上海市经济和信息化委员会制", 15, False, "c", "仿宋")
    para(doc, p["form_date"], 15, False, "c", "仿宋")
    page_break(doc)
    for head, items in sections:
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(10)
        _font(h.add_run(head), "黑体", 15, True)
        for it in items:
            if isinstance(it, tuple) and it[0] == "h2":
                para(doc, it[1], 12, True, font="楷体")
            elif isinstance(it, tuple) and it[0] == "table":
                rows = it[1]
                t = doc.add_table(rows=0, cols=len(rows[0]))
                t.style = "Table Grid"
                for ri, row in enumerate(rows):
                    cs = t.add_row().cells
                    for ci, v in enumerate(row):
                        cell_text(cs[ci], v, 9, ri == 0)
                para(doc, "", space_after=2)
            else:
                para(doc, it, 12, indent=True, font="仿宋", space_after=3)
    kit.save_docx(doc, path, p["contact"]["name"])


def book_pdf(p, sections, path: Path):
    fl = Flow(path, footer=lambda n: f"- {n} -")
    fl.gap(100)
    fl.text("上海市工业互联网平台应用水平评价", 20, True, "c")
    fl.gap(12)
    fl.text("申报书", 28, True, "c")
    fl.gap(60)
    for k, v in (("申报年度", "2024年度"), ("平台名称", p["declared_name"]), ("申报单位", p["company"] + "（公章）"),
                 ("联 系 人", p["contact"]["name"]), ("联系人电话", p["contact"]["mobile"])):
        fl.text(f"{k}：{v}", 14, indent=50)
        fl.gap(6)
    fl.gap(90)
    fl.text("上海市经济和信息化委员会制", 14, align="c")
    fl.text(p["form_date"], 14, align="c")
    fl.newpage()
    for head, items in sections:
        fl.gap(6)
        fl.text(head, 14, True)
        for it in items:
            if isinstance(it, tuple) and it[0] == "h2":
                fl.text(it[1], 12, True)
            elif isinstance(it, tuple) and it[0] == "table":
                fl.table(it[1], [1] * len(it[1][0]) if len(it[1][0]) != 3 else [1.2, 2, 3], 8.5)
                fl.gap(6)
            else:
                fl.text("　　" + it, 11, lead=1.7)
    fl.save()
