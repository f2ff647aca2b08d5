"""附件1/2/4/5 and 申报书 renderers driven by one package description."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .model import A4_LABELS, INDICATORS, normalize
from .render import build_pdf, draw_seal, images_to_pdf, normalize_zip, pdf_to_images, scanify


@dataclass
class Pkg:
    pid: str
    list_no: int
    listed_name: str
    company: str
    declared_name: str
    participated: bool
    short: str
    nature: str
    credit_code: str
    founded: str
    reg_place: str
    ctype: str
    capital: str
    business: str
    legal_rep: str
    contact: str
    contact_title: str
    phone: str
    fax: str
    email: str
    shareholders: list
    fin: dict  # 总资产 主营业务收入 增长率 负债率 利润总额 税金
    build_from: str
    build_to: str
    build_amount: str
    rev: dict  # year -> (revenue str, growth str)
    build_mode: str  # 自建 / 合作共建
    partner: str
    op_mode: str
    iaas: str  # 自建 / 租用
    iaas_vendor: str
    deploy: list
    deploy_other: str
    url: str
    account: str
    intro: str
    effect: str
    address: str
    D: dict
    proof: dict = field(default_factory=dict)
    summary_override: dict = field(default_factory=dict)
    form_date: str = "2024年7月16日"

    def deploy_text(self) -> str:
        parts = list(self.deploy)
        if self.deploy_other:
            parts.append(f"其他部署方式：{self.deploy_other}")
        return "、".join(parts)

    def build_text(self) -> str:
        return "自建" if self.build_mode == "自建" else (f"合作共建，{self.partner}" if self.partner else "合作共建")

    def rev_text(self) -> str:
        return "；".join(f"{y}年平台营收{r}万元/增长率{g}%" for y, (r, g) in self.rev.items())

    def summary_values(self) -> dict:
        """附件4 row -> value as a reviewer writes it from the 申报表."""
        base = {
            "序号": str(self.list_no), "企业名称": self.company, "平台名称": self.declared_name,
            "平台性质": self.nature, "联系人姓名": self.contact, "联系人手机号": self.phone,
            "联系人电子邮箱": self.email, "评审会现场地址信息": self.address, "平台网址": self.url,
            "建设时间": f"{self.build_from}-{self.build_to}", "平台建设金额（万元）": self.build_amount,
            "平台近三年经营指标情况": self.rev_text(), "平台建设方式": self.build_text(),
            "平台运营模式": self.op_mode, "部署方式": self.deploy_text(),
        }
        out = {}
        for label in A4_LABELS:
            out[label] = base[label] if label in base else self.D.get(label, "")
        return out

    def summary_rows(self) -> list[dict]:
        rows = []
        for label, value in self.summary_values().items():
            rows.append({"label": label, "value": value, "normalized": normalize(label, value)})
        return rows


def _yymm(s: str) -> tuple[str, str]:
    y, m = s.split(".")[:2]
    return y, str(int(m))


# ----------------------------------------------------------------------------------------------
# DOCX helpers
def new_docx(font_name: str = "宋体", size: float = 10.5) -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.4)
        s.top_margin = s.bottom_margin = Cm(2.3)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    return d


def dpara(d, text, bold=False, size=None, align=None, indent=False, font_name=None, colour=None):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if font_name:
        run.font.name = font_name
        run._element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    if colour:
        run.font.color.rgb = RGBColor(*colour)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    return p


def dtable(d, rows, widths_cm=None, bold_head=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = "" if val is None else str(val)
            if i == 0 and bold_head:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


def save_docx(d, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)
    return path


def save_xlsx(wb, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.save(str(path))
    normalize_zip(path)
    return path


THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_cell(ws, r, c, v, bold=False, wrap=True, align="left", fill=None, size=10):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name="宋体", bold=bold, size=size)
    cell.alignment = Alignment(wrap_text=wrap, vertical="center", horizontal=align)
    cell.border = BORDER
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    return cell


# ----------------------------------------------------------------------------------------------
# 附件1 联系人信息反馈表
def contact_form(p: Pkg, path: Path, backup: tuple[str, str, str]) -> Path:
    d = new_docx("仿宋")
    dpara(d, "附件1", bold=True)
    dpara(d, "联系人信息反馈表", bold=True, size=16, align="c")
    dpara(d, "2024年度上海市工业互联网平台应用水平评价工作", align="c")
    dpara(d, "一、联系人信息反馈", bold=True)
    dtable(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
               ["联系人（主）", p.contact, p.company, p.contact_title, p.phone, p.email],
               ["联系人（备用）", backup[0], p.company, backup[1], backup[2], ""]])
    dpara(d, "")
    dpara(d, "二、评审会现场地址信息反馈", bold=True)
    dpara(d, f"具体地址*：{p.address}")
    dpara(d, "*注：该场地信息将用于工作组安排后续评价工作。", size=9)
    return save_docx(d, path)


# ----------------------------------------------------------------------------------------------
# 附件2 申报表
def _form_sections(p: Pkg) -> tuple[list, list]:
    one = [
        ["单位（企业）名称", p.company, "单位（企业）代码", p.credit_code],
        ["成立日期", p.founded, "注册地及所在行政区", p.reg_place],
        ["企业类型", p.ctype, "注册资本", p.capital],
        ["主营业务", p.business, "", ""],
        ["法定代表人", p.legal_rep, "联系人/职务", f"{p.contact}／{p.contact_title}"],
        ["联系人手机", p.phone, "传真", p.fax],
        ["电子邮箱", p.email, "", ""],
    ]
    ck = lambda on: "☑" if on else "□"  # noqa: E731
    y1, m1 = _yymm(p.build_from)
    y2, m2 = _yymm(p.build_to)
    two = [
        ["平台名称", p.declared_name],
        ["建设时间", f"{y1}年{m1}月至{y2}年{m2}月"],
        ["平台建设金额（万元）", p.build_amount],
        ["平台近三年经营指标情况", "\n".join(f"{y}年平台营收{r}万元/增长率{g}%" for y, (r, g) in p.rev.items())
         + "\n注：此处数据需将平台相关收益单列，而非整个公司的财务数据。"],
        ["平台建设方式", f"{ck(p.build_mode == '自建')} 自建\n{ck(p.build_mode != '自建')} 合作共建，合作企业名称（必填）：{p.partner or '________'}"],
        ["平台运营模式", "  ".join(f"{ck(p.op_mode == m)} {m}" for m in ("自运营", "联合运营", "委托运营"))],
        ["IaaS基础设施", f"{ck(p.iaas == '自建')} 自建\n{ck(p.iaas == '租用')} 租用，服务商名称（必填）：{p.iaas_vendor or '________'}"],
        ["部署方式", "  ".join(f"{ck(m in p.deploy)} {m}" for m in ("边缘侧", "私有云", "公有云", "混合云"))
         + f"\n{ck(bool(p.deploy_other))} 其他部署方式，请填写（必填）：{p.deploy_other or '________'}"],
        ["平台网址", f"{p.url}\n{p.account}"],
        ["平台基本情况介绍", p.intro],
        ["平台建设成效", p.effect],
    ]
    return one, two


def form_docx(p: Pkg, path: Path, *, proof_first: bool = False, merged: bool = True) -> Path:
    d = new_docx("宋体", 10.5)
    dpara(d, "附件2", bold=True)
    for _ in range(3):
        dpara(d, "")
    dpara(d, "上海市工业互联网平台应用水平评价", bold=True, size=20, align="c")
    dpara(d, "申报表", bold=True, size=26, align="c")
    for _ in range(4):
        dpara(d, "")
    for k, v in [("申报年度", "2024年度"), ("平台名称", p.declared_name), ("申报单位", f"{p.company}（公章）"),
                 ("联 系 人", p.contact), ("联系人电话", p.phone)]:
        dpara(d, f"{k}：{v}", size=14)
    dpara(d, "")
    dpara(d, "上海市经济和信息化委员会制", align="c", size=12)
    dpara(d, p.form_date, align="c", size=12)
    d.add_page_break()
    one, two = _form_sections(p)
    dpara(d, "一、企业基本情况", bold=True, size=14)
    t = dtable(d, one, [3.2, 5.2, 3.2, 4.8], bold_head=False)
    t.cell(3, 1).merge(t.cell(3, 3))
    t.cell(6, 1).merge(t.cell(6, 3))
    dpara(d, "股权结构", bold=True)
    dtable(d, [["发起人及出资信息", "金额（万元）", "持股比例"]] + p.shareholders)
    dpara(d, "申报单位上一年度经营状况（2023年）", bold=True)
    f = p.fin
    dtable(d, [["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
               [f["总资产"], f["主营业务收入"], f["增长率"], f["负债率"], f["利润总额"], f["税金"]]])
    dpara(d, "")
    dpara(d, "二、平台基本情况", bold=True, size=14)
    dtable(d, two, [3.5, 12.9], bold_head=False)
    d.add_page_break()
    dpara(d, "三、上海市工业互联网平台应用水平评价指标明细表", bold=True, size=14)
    dpara(d, "（请依据此表后附的填报指引填写！）", size=9)
    if proof_first:
        head = ["一级指标", "二级指标", "三级指标", "内容", "证明资料", "平台实际情况"]
    else:
        head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    rows = [head]
    for l1, l2, l3, content, key in INDICATORS:
        actual = p.D.get(key, "")
        proof = p.proof.get(key, "")
        rows.append([l1, l2, l3, content] + ([proof, actual] if proof_first else [actual, proof]))
    t = d.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    widths = [1.6, 1.8, 2.0, 4.0, 5.2, 2.4] if not proof_first else [1.6, 1.8, 2.0, 4.0, 2.4, 5.2]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            if merged and i > 0 and j < 3 and rows[i - 1][j] == val:
                continue
            c.text = val
            for par in c.paragraphs:
                for r in par.runs:
                    r.font.size = Pt(9)
                    if i == 0:
                        r.bold = True
    if merged:
        for j in range(3):
            start = 1
            for i in range(2, len(rows) + 1):
                if i == len(rows) or rows[i][j] != rows[start][j]:
                    if i - 1 > start:
                        t.cell(start, j).merge(t.cell(i - 1, j))
                    start = i
    dpara(d, "")
    dpara(d, f"申报单位（盖章）：{p.company}", align="r")
    dpara(d, p.form_date, align="r")
    return save_docx(d, path)


def form_xlsx(p: Pkg, path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "封面及基本信息"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 36
    r = 1
    ws.merge_cells("A1:D1")
    xl_cell(ws, 1, 1, "上海市工业互联网平台应用水平评价申报表（2024年度）", bold=True, align="center", size=14)
    r = 3
    for k, v in [("平台名称", p.declared_name), ("申报单位", p.company), ("联系人", p.contact), ("联系人电话", p.phone)]:
        xl_cell(ws, r, 1, k, bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        xl_cell(ws, r, 2, v)
        r += 1
    r += 1
    xl_cell(ws, r, 1, "一、企业基本情况", bold=True)
    r += 1
    one, two = _form_sections(p)
    for row in one:
        for j, v in enumerate(row):
            xl_cell(ws, r, j + 1, v, bold=(j % 2 == 0))
        r += 1
    xl_cell(ws, r, 1, "发起人及出资信息", bold=True)
    xl_cell(ws, r, 2, "金额（万元）", bold=True)
    xl_cell(ws, r, 3, "持股比例", bold=True)
    r += 1
    for sh in p.shareholders:
        for j, v in enumerate(sh):
            xl_cell(ws, r, j + 1, v)
        r += 1
    xl_cell(ws, r, 1, "申报单位上一年度经营状况（2023年）", bold=True)
    r += 1
    for k, v in p.fin.items():
        label = {"总资产": "总资产（万元）", "主营业务收入": "主营业务收入（万元）", "增长率": "主营业务收入增长率（%）",
                 "负债率": "负债率（%）", "利润总额": "利润总额（万元）", "税金": "税金（万元）"}[k]
        xl_cell(ws, r, 1, label)
        xl_cell(ws, r, 2, v)
        r += 1
    ws2 = wb.create_sheet("平台基本情况")
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 90
    xl_cell(ws2, 1, 1, "二、平台基本情况", bold=True)
    for i, (k, v) in enumerate(two, start=2):
        xl_cell(ws2, i, 1, k, bold=True)
        xl_cell(ws2, i, 2, v)
    ws3 = wb.create_sheet("指标明细表")
    for col, w in zip("ABCDEF", (14, 16, 18, 36, 60, 26)):
        ws3.column_dimensions[col].width = w
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"], start=1):
        xl_cell(ws3, 1, j, h, bold=True, align="center", fill="D9D9D9")
    prev = [None, None, None]
    starts = [2, 2, 2]
    n = len(INDICATORS)
    for i, (l1, l2, l3, content, key) in enumerate(INDICATORS, start=2):
        for j, v in enumerate((l1, l2, l3)):
            if v != prev[j]:
                if prev[j] is not None and i - 1 > starts[j]:
                    ws3.merge_cells(start_row=starts[j], start_column=j + 1, end_row=i - 1, end_column=j + 1)
                xl_cell(ws3, i, j + 1, v, align="center")
                starts[j] = i
                prev[j] = v
            else:
                ws3.cell(row=i, column=j + 1).border = BORDER
        xl_cell(ws3, i, 4, content)
        val = p.D.get(key, "")
        n_val = normalize(key, val) if key in A4_LABELS else None
        if isinstance(n_val, (int, float)) and not isinstance(n_val, bool) and val.replace(".", "", 1).isdigit():
            xl_cell(ws3, i, 5, n_val if isinstance(n_val, int) else float(val), align="right")
            if isinstance(n_val, float):
                ws3.cell(row=i, column=5).number_format = "0.00"
        else:
            xl_cell(ws3, i, 5, val)
        xl_cell(ws3, i, 6, p.proof.get(key, ""))
    last = n + 1
    for j in range(3):
        if last > starts[j]:
            ws3.merge_cells(start_row=starts[j], start_column=j + 1, end_row=last, end_column=j + 1)
    return save_xlsx(wb, path)


def form_pdf_bytes(p: Pkg) -> bytes:
    one, two = _form_sections(p)
    blocks = [("sp", 30), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申 报 表"), ("sp", 30)]
    for k, v in [("申报年度", "2024年度"), ("平台名称", p.declared_name), ("申报单位", f"{p.company}（公章）"),
                 ("联 系 人", p.contact), ("联系人电话", p.phone)]:
        blocks.append(("subtitle", f"{k}：{v}"))
    blocks += [("sp", 40), ("center", "上海市经济和信息化委员会制"), ("center", p.form_date), ("pb",),
               ("h1", "一、企业基本情况"), ("table", one, [32, 52, 32, 50], {"head": 0}),
               ("h2", "申报单位上一年度经营状况（2023年）"),
               ("table", [["总资产（万元）", "主营业务收入（万元）", "增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
                          list(p.fin.values())], [28] * 6),
               ("h1", "二、平台基本情况"), ("table", two, [34, 132], {"head": 0}), ("pb",),
               ("h1", "三、上海市工业互联网平台应用水平评价指标明细表")]
    rows = [["二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, key in INDICATORS:
        rows.append([l2, l3, content, p.D.get(key, ""), p.proof.get(key, "")])
    blocks.append(("table", rows, [22, 24, 38, 58, 26], {"repeat": 1}))
    blocks += [("sp", 10), ("right", f"申报单位（盖章）：{p.company}"), ("right", p.form_date)]
    return build_pdf(blocks, base=10)


def stamped_scan(pdf_bytes: bytes, path: Path, company: str, seed: int, seal_pages=("first", "last"),
                 bottom: str = "", riding: bool = True, dpi: int = 110) -> Path:
    imgs = pdf_to_images(pdf_bytes, dpi=dpi)
    out = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        w, h = im.size
        colour = False
        if (i == 0 and "first" in seal_pages) or (i == n - 1 and "last" in seal_pages):
            cy = int(h * 0.33) if i == 0 else int(h * 0.72)
            cx = int(w * 0.62)
            if i == n - 1:
                # find lowest text line for last page seal: approximate near bottom third
                cx = int(w * 0.70)
            im = draw_seal(im, cx, cy, int(w * 0.09), company, bottom, seed=seed + i)
            colour = True
        if riding and n > 1:
            # 骑缝章: a slice of a seal on the right edge of every page
            frac = i / max(1, n - 1)
            im = draw_seal(im, w + int(w * 0.05) - int(w * 0.10 * 0), int(h * 0.5), int(w * 0.09), company, seed=seed + 50)
            colour = True
        out.append(scanify(im, seed=seed * 31 + i, colour=colour))
    return images_to_pdf(out, path, dpi=dpi)


# ----------------------------------------------------------------------------------------------
# 附件4 汇总表
def summary_xlsx(p: Pkg, path: Path, horizontal: bool = False) -> Path:
    vals = p.summary_values()
    vals.update(p.summary_override)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        for j, label in enumerate(A4_LABELS, start=1):
            xl_cell(ws, 1, j, label, bold=True, align="center", fill="DDEBF7")
            v = vals[label]
            nv = normalize(label, v)
            if isinstance(nv, (int, float)) and not isinstance(nv, bool) and v.replace(".", "", 1).isdigit():
                xl_cell(ws, 2, j, nv, align="right")
            else:
                xl_cell(ws, 2, j, v)
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 16
    else:
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 80
        ws.merge_cells("A1:B1")
        xl_cell(ws, 1, 1, "平台基本情况汇总表", bold=True, align="center", size=14)
        for i, label in enumerate(A4_LABELS, start=2):
            xl_cell(ws, i, 1, label, bold=True)
            xl_cell(ws, i, 2, vals[label])
    return save_xlsx(wb, path)


def summary_docx(p: Pkg, path: Path) -> Path:
    vals = p.summary_values()
    vals.update(p.summary_override)
    d = new_docx("仿宋", 10)
    dpara(d, "附件4", bold=True)
    dpara(d, "平台基本情况汇总表", bold=True, size=16, align="c")
    rows = [["项目", "内容"]] + [[label, vals[label]] for label in A4_LABELS]
    dtable(d, rows, [6.5, 10.0])
    return save_docx(d, path)


# ----------------------------------------------------------------------------------------------
# 附件5 承诺
def commitment_scan(p: Pkg, path: Path, seed: int, date: str = "2024年7月16日") -> Path:
    blocks = [("sp", 20), ("title", "真实性承诺"), ("sp", 12),
              ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                    "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
              ("p", "特此承诺。"), ("sp", 40), ("right", f"申报单位：{p.company}（盖章）"), ("sp", 6),
              ("right", f"法定代表人：{p.legal_rep}（签章）"), ("sp", 6), ("right", date)]
    pdf = build_pdf(blocks, base=14, footer="")
    img = pdf_to_images(pdf, dpi=120)[0]
    w, h = img.size
    img = draw_seal(img, int(w * 0.68), int(h * 0.50), int(w * 0.10), p.company, seed=seed)
    # signature scribble
    from PIL import ImageDraw
    dr = ImageDraw.Draw(img)
    import random
    rnd = random.Random(seed)
    x, y = int(w * 0.80), int(h * 0.555)
    pts = [(x + k * 9, y + rnd.randint(-12, 12)) for k in range(14)]
    dr.line(pts, fill=(20, 20, 60), width=3)
    return images_to_pdf([scanify(img, seed, colour=True)], path, dpi=120)


def commitment_docx(p: Pkg, path: Path, date: str = "2024年7月16日") -> Path:
    d = new_docx("仿宋", 14)
    dpara(d, "附件5", bold=True)
    dpara(d, "真实性承诺", bold=True, size=20, align="c")
    dpara(d, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
             "如有不实，愿承担相应的法律责任及由此产生的一切后果。", indent=True)
    dpara(d, "特此承诺。", indent=True)
    dpara(d, "")
    dpara(d, f"申报单位：{p.company}（盖章）", align="r")
    dpara(d, f"法定代表人：{p.legal_rep}（签章）", align="r")
    dpara(d, date, align="r")
    return save_docx(d, path)
