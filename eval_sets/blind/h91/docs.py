"""The application documents: 联系人表, 申报表 (DOCX / WPS-exported PDF / XLSX) and its stamped scan, 申报书
(DOCX or PDF), 汇总表 (XLSX vertical / XLSX horizontal / DOCX with units), 承诺 scan."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from eval_sets.blind.h91 import render as R
from eval_sets.blind.h91.labels import LABELS, TABLE
from eval_sets.blind.h91.model import basic, cells, company_rows, f2, row_value, thou

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer


def _docx(author: str):
    d = docx.Document()
    R.fixed_core(d.core_properties, author)
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(docx.oxml.ns.qn("w:eastAsia"), "宋体")
    return d


def _save_docx(d, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    R.normalize_zip(path)


def _save_xlsx(wb, path: Path, author: str):
    import datetime as dt
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(*R.FIXED_DT)
    wb.properties.modified = dt.datetime(*R.FIXED_DT)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    R.normalize_zip(path)


# ----------------------------------------------------------------------------------------- 联系人表
def contact_docx(path: Path, s: dict):
    d = _docx(s["contact"][0])
    d.add_paragraph("附件1")
    h = d.add_paragraph("联系人信息反馈表")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for j, x in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.cell(0, j).text = x
    c, b = s["contact"], s["contact_b"]
    for j, x in enumerate(["联系人（主）", c[0], s["company"], c[3], c[1], c[2]]):
        t.cell(1, j).text = x
    for j, x in enumerate(["联系人（备用）", b[0], s["company"], b[3], b[1], b[2]]):
        t.cell(2, j).text = x
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph("具体地址*：" + s["address"])
    _save_docx(d, path)


# ----------------------------------------------------------------------------------------- 申报表
def form_docx(path: Path, s: dict, v: dict, style: dict):
    d = _docx(s["contact"][0])
    for line in ("附件2", "", "上海市工业互联网平台应用水平评价", "申报表", ""):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for cap, val in (("申报年度", "2024年度"), ("平台名称", s["declared_name"]), ("申报单位", s["company"] + "（公章）"),
                     ("联 系 人", s["contact"][0]), ("联系人电话", s["contact"][1])):
        d.add_paragraph(f"{cap}：{val}")
    d.add_paragraph("上海市经济和信息化委员会制").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(s["form_date"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    d.add_paragraph("一、企业基本情况")
    rows = company_rows(s)
    t = d.add_table(rows=len(rows) + len(s["corp"]["holders"]), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    for i, (a, b) in enumerate(s["corp"]["holders"]):
        t.cell(len(rows) + i, 0).text, t.cell(len(rows) + i, 1).text = "发起人及出资信息：" + a, b
    d.add_paragraph("二、平台基本情况")
    br = basic(v, s)
    t = d.add_table(rows=len(br), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(br):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    cc = cells(v, s, style)
    t = d.add_table(rows=1 + len(TABLE), cols=4)
    t.style = "Table Grid"
    for j, x in enumerate(["三级指标", "内容", "平台实际情况", "证明资料"]):
        t.cell(0, j).text = x
    for i, (code, content, key) in enumerate(TABLE, 1):
        t.cell(i, 0).text = code
        t.cell(i, 1).text = content
        t.cell(i, 2).text = cc[content]
        t.cell(i, 3).text = s["proofs"].get(key or content, s["proofs"]["_default"])
    _save_docx(d, path)


def _form_story(s, v, style, size=8.5):
    st = []
    st += [Spacer(1, 30 * mm), R.P("附件2", 11), R.H("上海市工业互联网平台应用水平评价", 18), R.H("申报表", 22),
           Spacer(1, 20 * mm)]
    for cap, val in (("申报年度", "2024年度"), ("平台名称", s["declared_name"]), ("申报单位", s["company"] + "（公章）"),
                     ("联 系 人", s["contact"][0]), ("联系人电话", s["contact"][1])):
        st.append(R.P(f"{cap}：{val}", 13))
        st.append(Spacer(1, 4 * mm))
    st += [Spacer(1, 30 * mm), R.P("上海市经济和信息化委员会制", 12, align=1), R.P(s["form_date"], 12, align=1), R.PageBreak()]
    st.append(R.P("一、企业基本情况", 12))
    rows = company_rows(s) + [("发起人及出资信息：" + a, b) for a, b in s["corp"]["holders"]]
    st.append(R.table([("项目", "内容")] + rows, [50, 124], size))
    st.append(R.PageBreak())
    st.append(R.P("二、平台基本情况", 12))
    st.append(R.table([("项目", "内容")] + basic(v, s), [38, 136], size))
    st.append(R.PageBreak())
    st.append(R.P("三、上海市工业互联网平台应用水平评价指标明细表", 12))
    cc = cells(v, s, style)
    rows = [("三级指标", "内容", "平台实际情况", "证明资料")]
    rows += [(code, content, cc[content], s["proofs"].get(key or content, s["proofs"]["_default"])) for code, content, key in TABLE]
    st.append(R.table(rows, [24, 44, 78, 28], size))
    return st


def form_pdf(path: Path, s: dict, v: dict, style: dict) -> int:
    """The 申报表 as exported from WPS (text layer), page footer '第 x 页'."""
    def footer(c, no, n):
        R.draw_text(c, 95 * mm, 10 * mm, f"第 {no} 页", 8)
    return R.write_pdf(path, [_form_story(s, v, style)], title="", footer=footer, flow=True)


def form_xlsx(path: Path, s: dict, v: dict, style: dict):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "封面及基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表"])
    for cap, val in (("申报年度", "2024年度"), ("平台名称", s["declared_name"]), ("申报单位", s["company"]),
                     ("联系人", s["contact"][0]), ("联系人电话", s["contact"][1]), ("填表日期", s["form_date"])):
        ws.append([cap, val])
    ws.append(["一、企业基本情况"])
    for a, b in company_rows(s) + [("发起人及出资信息：" + a, b) for a, b in s["corp"]["holders"]]:
        ws.append([a, b])
    ws2 = wb.create_sheet("平台基本情况")
    for a, b in basic(v, s):
        ws2.append([a, b])
    ws3 = wb.create_sheet("指标明细表")
    ws3.append(["三级指标", "内容", "平台实际情况", "证明资料"])
    cc = cells(v, s, style)
    for code, content, key in TABLE:
        ws3.append([code, content, cc[content], s["proofs"].get(key or content, s["proofs"]["_default"])])
    for w, col in zip((26, 46, 70, 30), "ABCD"):
        ws3.column_dimensions[col].width = w
    for row in ws3.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    ws2.column_dimensions["B"].width = 90
    _save_xlsx(wb, path, s["contact"][0])


def form_scan(path: Path, tmp: Path, s: dict, v: dict, style: dict, seed: int):
    """Stamped scan: our own layout of the filled form, rasterised, company seal on the cover and the last page."""
    src = tmp / "form_src.pdf"
    n = form_pdf(src, s, v, style)
    seal = s["seal"]
    imgs = R.scan_pages(src, {0: (seal, 0.62, 0.52), n - 1: (seal, 0.7, 0.86)}, seed, scale=1.3)
    R.images_to_pdf(path, imgs)
    src.unlink()


# ----------------------------------------------------------------------------------------- 汇总表
def _summary_values(s, v, units=False):
    out = []
    for label in LABELS:
        n = v[label]
        val = row_value(label, n, s)
        if units and isinstance(n, (int, float)) and not isinstance(n, bool) and label not in ("序号",):
            unit = "万元" if "万元" in label else "%" if "%" in label else "台/套" if "台/套" in label else \
                "TB" if "TB" in label else "台" if "（台）" in label else "人" if "（人）" in label else "项" if "（项）" in label \
                else "家" if label == "平台是否服务上海智能工厂，数量" else "个"
            if label == "平台是否服务上海智能工厂，数量":
                val = f"是，{n}家"
            elif isinstance(n, float):
                val = f"{thou(n, 2)}{unit}"
            else:
                val = f"{thou(n)}{unit}"
        out.append((label, val))
    return out


def summary_xlsx(path: Path, s: dict, v: dict, horizontal=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    vals = _summary_values(s, v)
    if horizontal:
        ws.append(["平台基本情况汇总表"])
        ws.append([l for l, _ in vals])
        ws.append([int(x) if l == "序号" else x for l, x in vals])
    else:
        ws.append(["指标", "填报内容"])
        for l, x in vals:
            n = v[l]
            cell = n if isinstance(n, (int, float)) and not isinstance(n, bool) and l != "平台是否服务上海智能工厂，数量" else x
            ws.append([l, cell])
            if isinstance(cell, float):
                ws.cell(ws.max_row, 2).number_format = "0.00"
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 80
    _save_xlsx(wb, path, s["contact"][0])


def summary_docx(path: Path, s: dict, v: dict):
    """A Word table, values with units in the cell (「1,388个」「4,860.00万元」)."""
    d = _docx(s["contact"][0])
    d.add_paragraph("附件4")
    d.add_paragraph("平台基本情况汇总表").alignment = WD_ALIGN_PARAGRAPH.CENTER
    vals = _summary_values(s, v, units=True)
    t = d.add_table(rows=len(vals), cols=2)
    t.style = "Table Grid"
    for i, (l, x) in enumerate(vals):
        t.cell(i, 0).text, t.cell(i, 1).text = l, x
    _save_docx(d, path)


# ----------------------------------------------------------------------------------------- 申报书
def proposal_paragraphs(s: dict) -> list[tuple[str, str]]:
    """(kind, text): kind 'h' = chapter heading, 'p' = paragraph."""
    out = [("t", "上海市工业互联网平台应用水平评价申报书"), ("p", "申报年度：2024年度"),
           ("p", f"平台名称：{s['declared_name']}"), ("p", f"申报单位：{s['company']}（公章）"),
           ("p", f"联 系 人：{s['contact'][0]}"), ("p", f"联系人电话：{s['contact'][1]}"), ("p", s["form_date"])]
    for head, paras in s["chapters"]:
        out.append(("h", head))
        out += [("p", x) for x in paras]
    return out


def proposal_docx(path: Path, s: dict):
    d = _docx(s["contact"][0])
    d.add_paragraph("附件3")
    for kind, text in proposal_paragraphs(s):
        p = d.add_paragraph(text)
        if kind in ("t", "h"):
            p.runs[0].bold = True
        if kind == "t":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _save_docx(d, path)


def proposal_pdf(path: Path, s: dict) -> int:
    st = [R.P("附件3", 10)]
    for kind, text in proposal_paragraphs(s):
        if kind == "t":
            st.append(R.H(text, 16))
        elif kind == "h":
            st += [Spacer(1, 3 * mm), R.P(text, 13)]
        else:
            st.append(R.P(text, 10.5))

    def footer(c, no, n):
        R.draw_text(c, 98 * mm, 10 * mm, f"- {no} -", 8)
    return R.write_pdf(path, [st], footer=footer, flow=True)


# ----------------------------------------------------------------------------------------- 承诺
def commitment_scan(path: Path, tmp: Path, s: dict, seed: int, date_text: str, seal_over_text=True):
    src = tmp / "commit_src.pdf"
    st = [R.P("附件5", 11), Spacer(1, 8 * mm), R.H("真实性承诺", 20), Spacer(1, 10 * mm),
          R.P("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
              "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 14, leading=28),
          R.P("特此承诺。", 14, leading=28), Spacer(1, 30 * mm),
          R.P(f"申报单位：{s['company']}（盖章）", 13, leading=26),
          R.P(f"法定代表人：{s['corp']['legal']}（签章）", 13, leading=26),
          R.P(date_text, 13, leading=26)]
    R.write_pdf(src, [st])
    # seal over the company line (partially over the text), a handwritten-looking signature
    imgs = R.scan_pages(src, {0: (s["seal"], 0.4 if seal_over_text else 0.66, 0.55)}, seed, scale=1.6)
    from PIL import ImageDraw
    im = imgs[0]
    d = ImageDraw.Draw(im)
    x0, y0 = int(im.size[0] * 0.40), int(im.size[1] * 0.572)
    pts = [(x0 + k * 9, y0 + (k % 5) * 6 - (k % 3) * 7) for k in range(22)]
    d.line(pts, fill=(25, 25, 60), width=4)
    R.images_to_pdf(path, imgs)
    src.unlink()
