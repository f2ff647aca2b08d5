"""The other documents of a package: 联系人表, 申报书 (DOCX or PDF), 汇总表 (XLSX vertical/horizontal or DOCX),
承诺 (stamped scan or DOCX), and evidence helpers (text PDF, scanned letter, XLSX lists, dashboard PNG)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from docx.shared import Pt

from . import office
from .spec import Pkg, summary_rows


def contact_docx(p: Pkg, path: Path) -> None:
    d = office.new_docx()
    d.add_paragraph("附件1")
    d.add_paragraph("联系人信息反馈表").runs[0].font.size = Pt(16)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    office.docx_table(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                          ["联系人（主）", p.contact[0], p.company, p.position, p.contact[1], p.contact[2]],
                          ["联系人（备用）", p.texts["backup"][0], p.company, p.texts["backup"][1],
                           p.texts["backup"][2], p.texts["backup"][3]]])
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{p.address}")
    office.save_docx(d, path, "联系人信息反馈表", p.company)


def proposal(p: Pkg, path: Path, chapters: list[tuple[str, list[str]]], fmt: str) -> None:
    """申报书: cover, then chapters (heading, paragraphs). A paragraph starting with '##' is a sub-heading."""
    cover = ["上海市工业互联网平台应用水平评价", "申报书", "申报年度：2024年度", f"平台名称：{p.declared_name}",
             f"申报单位：{p.company}（公章）", f"联 系 人：{p.contact[0]}", f"联系人电话：{p.contact[1]}",
             "上海市经济和信息化委员会制", "2024年7月"]
    if fmt == "docx":
        d = office.new_docx(font="仿宋", size=12)
        for i, line in enumerate(cover):
            para = d.add_paragraph(line)
            if i < 2:
                para.runs[0].font.size = Pt(20)
        d.add_page_break()
        for head, paras in chapters:
            d.add_heading(head, level=1)
            for para in paras:
                if para.startswith("##"):
                    d.add_heading(para[2:], level=2)
                elif isinstance(para, str):
                    d.add_paragraph(para)
        office.save_docx(d, path, "上海市工业互联网平台应用水平评价申报书", p.company)
    else:
        story = [("space", 30), ("title", cover[0]), ("title", cover[1]), ("space", 20)]
        story += [("plain", line) for line in cover[2:]] + [("break",)]
        for head, paras in chapters:
            story.append(("h1", head))
            for para in paras:
                story.append(("h2", para[2:]) if para.startswith("##") else ("body", para))
        office.build_pdf(path, story, "申报书", p.company, footer=p.declared_name)


def summary_xlsx(p: Pkg, path: Path, horizontal: bool = False) -> None:
    rows = summary_rows(p)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        ws.append([label for label, _, _ in rows])
        ws.append([value for _, value, _ in rows])
    else:
        office.sheet_rows(ws, [["附件4  平台基本情况汇总表", ""]] + [[label, value] for label, value, _ in rows],
                          [44, 90])
    office.save_xlsx(wb, path, "平台基本情况汇总表", p.company)


def summary_docx(p: Pkg, path: Path) -> None:
    d = office.new_docx(size=10)
    d.add_paragraph("附件4")
    d.add_paragraph("平台基本情况汇总表").runs[0].font.size = Pt(16)
    office.docx_table(d, [["指标", "填写内容"]] + [[label, value] for label, value, _ in summary_rows(p)])
    office.save_docx(d, path, "平台基本情况汇总表", p.company)


def commitment_scan(p: Pkg, path: Path, seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "c.pdf"
        office.build_pdf(src, [("plain", "附件5"), ("space", 10), ("title", "真实性承诺"), ("space", 10),
                               ("body", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）"
                                        "内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
                               ("body", "特此承诺。"), ("space", 40), ("plain", f"申报单位：{p.company}（盖章）"),
                               ("space", 8), ("plain", f"法定代表人：{p.texts['legal']}（签章）"), ("space", 8),
                               ("plain", "2024年7月15日")], "真实性承诺", p.company)
        office.scan_pdf(src, path, p.company, [0], seed, "真实性承诺")


def commitment_docx(p: Pkg, path: Path) -> None:
    d = office.new_docx(font="仿宋", size=14)
    for line in ("附件5", "真实性承诺",
                 "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                 "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", "特此承诺。",
                 f"申报单位：{p.company}（盖章）", f"法定代表人：{p.texts['legal']}（签章）", "2024年7月15日"):
        d.add_paragraph(line)
    office.save_docx(d, path, "真实性承诺", p.company)


def form_scan(p: Pkg, src_pdf: Path, path: Path, seed: int) -> None:
    pages = len(office.rasterise(src_pdf, scale=0.2))
    office.scan_pdf(src_pdf, path, p.company, [0, pages - 1], seed, "申报表（盖章）")


def letter_scan(path: Path, story: list, company: str, seed: int, title: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "l.pdf"
        office.build_pdf(src, story, title, company)
        n = len(office.rasterise(src, scale=0.2))
        office.scan_pdf(src, path, company, [n - 1], seed, title)


def list_xlsx(path: Path, sheets: list[tuple[str, list[list], list[int]]], company: str, title: str) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows, widths in sheets:
        ws = wb.create_sheet(name)
        office.sheet_rows(ws, rows, widths)
    office.save_xlsx(wb, path, title, company)
