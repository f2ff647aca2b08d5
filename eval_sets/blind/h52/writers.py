"""Document writers of h52: 申报表 (DOCX/XLSX/scan), 申报书, 汇总表, 承诺, 联系人表, evidence files."""

from __future__ import annotations

import random
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from eval_sets.generator import fonts
from lib import (A4_PX, FORM_ROWS, fix_docx_props, fix_xlsx_props, images_pdf, normalize_zip, scanify, seal,
                 text_page)

# --------------------------------------------------------------------------- DOCX / XLSX basics


def new_doc(font_name: str = "宋体"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    return doc


def save_doc(doc, path: Path, author: str) -> None:
    fix_docx_props(doc, author)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def save_wb(wb, path: Path, author: str) -> None:
    fix_xlsx_props(wb, author)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def doc_table(doc, rows: list[list[str]], style: str = "Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    return t


# --------------------------------------------------------------------------- 申报表


def form_docx(path: Path, pk: dict) -> None:
    m, F = pk["meta"], pk["form"]
    doc = new_doc(pk.get("font", "宋体"))
    doc.add_paragraph("附件2")
    doc.add_heading("上海市工业互联网平台应用水平评价\n申报表", level=1)
    for k, v in [("申报年度", "2024年度"), ("平台名称", m["declared_name"]), ("申报单位", m["company"] + "（公章）"),
                 ("联 系 人", m["contact"]), ("联系人电话", m["phone"])]:
        doc.add_paragraph(f"{k}：{v}")
    doc.add_paragraph("上海市经济和信息化委员会制")
    doc.add_paragraph(m["form_date"])
    doc.add_page_break()
    doc.add_heading("一、企业基本情况", level=2)
    doc_table(doc, [[k, v] for k, v in pk["company_rows"]])
    doc.add_heading("二、平台基本情况", level=2)
    doc_table(doc, [[k, v] for k, v in pk["platform_rows"]])
    doc.add_page_break()
    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, key in FORM_ROWS:
        rows.append([l1 if l2 or l3 else "", l2, l3, content, F[key], pk["proof"].get(key, "/")])
    # first row of every block carries 一级 only once
    seen = set()
    for r in rows[1:]:
        if r[0] in seen:
            r[0] = ""
        elif r[0]:
            seen.add(r[0])
    doc_table(doc, rows)
    doc.add_paragraph("填表日期：" + m["form_date"])
    save_doc(doc, path, m["author"])


def form_xlsx(path: Path, pk: dict) -> None:
    m, F = pk["meta"], pk["form"]
    wb = Workbook()
    ws = wb.active
    ws.title = "基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    ws.append(["平台名称", m["declared_name"]])
    ws.append(["申报单位", m["company"]])
    ws.append(["联系人", m["contact"]])
    ws.append(["联系人电话", m["phone"]])
    ws.append([])
    ws.append(["一、企业基本情况"])
    for k, v in pk["company_rows"]:
        ws.append([k, v])
    ws.append([])
    ws.append(["二、平台基本情况"])
    for k, v in pk["platform_rows"]:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 90
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    last1 = None
    for l1, l2, l3, content, key in FORM_ROWS:
        ws2.append([l1 if l1 != last1 else "", l2, l3, content, F[key], pk["proof"].get(key, "/")])
        last1 = l1
    for col, w in zip("ABCDEF", (14, 16, 18, 40, 60, 30)):
        ws2.column_dimensions[col].width = w
    for row in ws2.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    save_wb(wb, path, m["author"])


def form_scan(path: Path, pk: dict, rng: random.Random) -> None:
    """Stamped scan of the 申报表: image pages, seal on the cover and the last page."""
    m, F = pk["meta"], pk["form"]
    pages = []
    cover = text_page([("申报年度：2024年度", 30), ("", 30), (f"平台名称：{m['declared_name']}", 30),
                       (f"申报单位：{m['company']}（公章）", 30), (f"联 系 人：{m['contact']}", 30),
                       (f"联系人电话：{m['phone']}", 30), ("", 30), ("上海市经济和信息化委员会制", 28),
                       (m["form_date"], 28)], title="上海市工业互联网平台应用水平评价申报表")
    seal(cover, (820, 520), m["company"], rng=rng)
    pages.append(cover)
    lines = [("一、企业基本情况", 26)] + [(f"{k}：{v}", 20) for k, v in pk["company_rows"]]
    lines += [("二、平台基本情况", 26)] + [(f"{k}：{v}", 20) for k, v in pk["platform_rows"]
                                         if "介绍" not in k and "成效" not in k]
    lines += [("三、指标明细表（内容 ｜ 平台实际情况）", 26)]
    for _l1, _l2, l3, content, key in FORM_ROWS:
        val = F[key]
        if key.startswith("T:") and len(val) > 60:
            val = val[:58] + "……"
        lines.append((f"{l3 + ' ' if l3 else ''}{content} ｜ {val}", 18))
    chunk = 42
    for i in range(0, len(lines), chunk):
        pages.append(text_page(lines[i:i + chunk]))
    seal(pages[-1], (900, 1450), m["company"], rng=rng)
    images_pdf(path, [scanify(p, rng) for p in pages])


# --------------------------------------------------------------------------- 申报书


def narrative_docx(path: Path, pk: dict) -> None:
    m = pk["meta"]
    doc = new_doc(pk.get("font", "宋体"))
    doc.add_paragraph("附件3")
    doc.add_heading("上海市工业互联网平台应用水平评价\n申报书", level=1)
    doc.add_paragraph(f"平台名称：{m['declared_name']}")
    doc.add_paragraph(f"申报单位：{m['company']}（公章）")
    doc.add_paragraph(m["form_date"])
    doc.add_page_break()
    for title, paras in pk["chapters"]:
        doc.add_heading(title, level=2)
        for p in paras:
            if isinstance(p, list):
                doc_table(doc, p)
            else:
                doc.add_paragraph(p)
    save_doc(doc, path, m["author"])


# --------------------------------------------------------------------------- 汇总表


def summary_docx(path: Path, pk: dict, rows: list[tuple[str, str]]) -> None:
    m = pk["meta"]
    doc = new_doc()
    doc.add_paragraph("附件4")
    doc.add_heading("平台基本情况汇总表", level=1)
    doc_table(doc, [["项目", "内容"]] + [[k, v] for k, v in rows])
    save_doc(doc, path, m["author"])


def summary_xlsx(path: Path, pk: dict, rows: list[tuple[str, str]], horizontal: bool = False) -> None:
    m = pk["meta"]
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    if horizontal:
        ws.append([k for k, _ in rows])
        ws.append([v for _, v in rows])
    else:
        ws.append(["平台基本情况汇总表"])
        for k, v in rows:
            ws.append([k, v])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 80
    save_wb(wb, path, m["author"])


# --------------------------------------------------------------------------- 承诺 / 联系人表


def commitment_scan(path: Path, pk: dict, rng: random.Random) -> None:
    m = pk["meta"]
    img = text_page([("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均"
                      "真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 28),
                     ("特此承诺。", 28), ("", 28), ("", 28), (f"申报单位：{m['company']}（盖章）", 28),
                     (f"法定代表人：{m['legal']}（签章）", 28), (m["commit_date"], 28)], title="真实性承诺")
    seal(img, (760, 640), m["company"], rng=rng)
    images_pdf(path, [scanify(img, rng)])


def commitment_docx(path: Path, pk: dict) -> None:
    m = pk["meta"]
    doc = new_doc()
    doc.add_paragraph("附件5")
    doc.add_heading("真实性承诺", level=1)
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
                      "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{m['company']}（盖章）")
    doc.add_paragraph(f"法定代表人：{m['legal']}（签章）")
    doc.add_paragraph(m["commit_date"])
    save_doc(doc, path, m["author"])


def contact_docx(path: Path, pk: dict) -> None:
    m = pk["meta"]
    doc = new_doc()
    doc.add_paragraph("附件1")
    doc.add_heading("联系人信息反馈表", level=1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    doc_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                    ["联系人（主）", m["contact"], m["company"], m["contact_title"], m["phone"], m["email"]],
                    ["联系人（备用）", m["contact2"], m["company"], "工程师", m["phone2"], m["email2"]]])
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph("具体地址：" + m["address"])
    save_doc(doc, path, m["author"])


# --------------------------------------------------------------------------- text PDFs (evidence)


class Pdf:
    """Minimal text PDF with tables; every string drawn once so quotes extract as printed."""

    def __init__(self, path: Path, land: bool = False):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.font = fonts.register_pdf_font()
        self.size = landscape(A4) if land else A4
        self.c = canvas.Canvas(str(path), pagesize=self.size, invariant=1)
        self.c.setAuthor("")
        self.c.setTitle("")
        self.y = self.size[1] - 60
        self.pages = 1

    def text(self, s: str, size: float = 10.5, x: float = 56, center: bool = False, gap: float = 1.7):
        self.c.setFont(self.font, size)
        if center:
            self.c.drawCentredString(self.size[0] / 2, self.y, s)
        else:
            # wrap by width
            maxw = self.size[0] - x - 56
            cur = ""
            for ch in s:
                if self.c.stringWidth(cur + ch, self.font, size) > maxw:
                    self.c.drawString(x, self.y, cur)
                    self.y -= size * gap
                    cur = ch
                else:
                    cur += ch
            self.c.drawString(x, self.y, cur)
        self.y -= size * gap

    def space(self, h: float = 10):
        self.y -= h

    def table(self, rows: list[list[str]], widths: list[float], size: float = 9.5, x: float = 56,
              align: list[str] | None = None):
        h = size * 2.0
        align = align or (["l"] + ["r"] * (len(widths) - 1))
        self.c.setFont(self.font, size)
        for r in rows:
            if self.y - h < 50:
                self.page()
                self.c.setFont(self.font, size)
            xx = x
            for j, (v, w) in enumerate(zip(r, widths)):
                self.c.rect(xx, self.y - h + size * 0.9, w, h, stroke=1, fill=0)
                ty = self.y - h / 2 + size * 0.6
                if align[j] == "r":
                    self.c.drawRightString(xx + w - 4, ty, v)
                elif align[j] == "c":
                    self.c.drawCentredString(xx + w / 2, ty, v)
                else:
                    self.c.drawString(xx + 4, ty, v)
                xx += w
            self.y -= h
        self.y -= 8

    def page(self):
        self.c.showPage()
        self.pages += 1
        self.y = self.size[1] - 60

    def save(self):
        self.c.showPage()
        self.c.save()


# --------------------------------------------------------------------------- screenshots


def dashboard_png(path: Path, title: str, cards: list[tuple[str, str]], footer: str) -> None:
    w, h = 1600, 900
    img = Image.new("RGB", (w, h), (14, 30, 58))
    d = ImageDraw.Draw(img)
    d.text((40, 30), title, font=fonts.pil_font(40), fill=(235, 240, 250))
    d.text((w - 40, 45), footer, font=fonts.pil_font(22), fill=(150, 170, 200), anchor="ra")
    cw, ch = 470, 300
    for i, (cap, val) in enumerate(cards):
        x = 40 + (i % 3) * (cw + 40)
        y = 140 + (i // 3) * (ch + 40)
        d.rounded_rectangle([x, y, x + cw, y + ch], radius=18, fill=(28, 52, 92), outline=(60, 110, 180), width=2)
        d.text((x + 30, y + 30), cap, font=fonts.pil_font(30), fill=(170, 195, 230))
        d.text((x + 30, y + 120), val, font=fonts.pil_font(72), fill=(90, 220, 255))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), format="PNG", optimize=False)
