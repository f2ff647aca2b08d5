"""Small real application files for the document and cross-document rules, built in tmp_path.

Each writer makes one file of a package the way an applicant would (python-docx / openpyxl),
with knobs for the defects the rules look for; `load_review` reads the folder with the real
readers and classifier (no LibreOffice rendering, no OCR: fast) and builds the real `Review`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document as Docx
from docx.shared import Pt

from assistant.checks import run_rule as checks_run_rule
from assistant.core.settings import Settings
from assistant.package.loader import load_package
from assistant.review.build import build_review
from assistant.review.model import Review

PLATFORM = "延锋工业互联网平台"
UNIT = "上海延锋金桥饰件系统有限公司"

CLOSING_2 = "平台技术创新点总结：一是自研多协议自适应解析引擎，兼容工业协议255个；二是底层技术自主可控。"
CLOSING_3 = "应用创新点总结：平台融合AI大模型与5G等新技术，形成“平台+APP+服务”的商业模式。"

INDICATORS = {
    "平台团队总人数（人）": "119",
    "平台相关研发投入（万元）": "507.71",
    "平台相关营业收入（万元）": "3215.33",
    "连接的工业设备/产品/产线种类及数量（台/套）": "32000",
    "工业APP数量（个）": "234",
    "注册企业用户数（个）": "570",
    "平台核心软硬件技术获得的专利数量（项）": "15",
}


def _heading(doc, text: str, level: int, style: str) -> None:
    if style == "word":
        doc.add_heading(text, level=level)
    else:
        run = doc.add_paragraph().add_run(text)
        run.bold = True
        run.font.size = Pt(16 if level == 1 else 14)


BASIC = {"建设时间": "2020 年 1 月至 2023 年 12 月", "部署方式": "□ 边缘侧　☑ 私有云　☑ 公有云　□ 混合云"}


def write_form(path: Path, *, name: str = PLATFORM, unit: str = UNIT, cover_name: str | None = None,
               indicators: dict[str, str] | None = None, proofs: dict[str, str] | None = None,
               basic: dict[str, str] | None = None) -> Path:
    doc = Docx()
    for text in ("上海市工业互联网平台应用水平评价", "申报表", "申报年度：2024 年度",
                 f"平台名称：{cover_name if cover_name is not None else name}", f"申报单位：{unit}（公章）"):
        doc.add_paragraph(text)
    doc.add_paragraph("一、企业基本情况")
    basic = (("单位（企业）名称", unit), *(basic or {}).items(), ("平台名称", name), *BASIC.items())
    table = doc.add_table(rows=len(basic), cols=2)
    for r, (label, value) in enumerate(basic):
        table.cell(r, 0).text, table.cell(r, 1).text = label, value
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    rows = [("内容", "平台实际情况", "证明资料"),
            *((k, v, (proofs or {}).get(k, "附件3-1 第2页")) for k, v in (indicators or INDICATORS).items())]
    grid = doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 60, 60)).save(buffer, format="PNG")
    return buffer.getvalue()


@dataclass
class Case:
    title: str = f"{PLATFORM}——注塑工艺优化"
    company: str = "延锋内饰是国内领先的汽车内饰件供应商。"
    platform: str = "平台提供设备接入、数据分析与工业APP能力。"
    content: str = "平台为其注塑车间加装数据采集终端，构建工艺参数优化模型，良品率提升3%。"
    images: int = 1


@dataclass
class Outline:
    """What the 申报书 contains; the defaults make a complete, consistent one."""

    name: str = PLATFORM
    unit: str = UNIT
    style: str = "word"  # word headings | bold paragraphs
    title_style_cover: bool = False  # a Title-styled cover line: no text headings for the reader
    toc: bool = False
    omit: tuple[str, ...] = ()  # section numbers left out
    closing_2: str | None = CLOSING_2
    closing_3: str | None = CLOSING_3
    section2_prose: str = "截至2024年6月，平台累计连接工业设备约3.2万台（套），注册企业用户570家；上架工业APP 234个。"
    section3_prose: str = "平台服务中小企业283家，带动新增就业436人。"
    extra_prose: tuple[str, ...] = ()  # appended to section 二 before its closing
    cases: list[Case] = field(default_factory=lambda: [Case()])
    section7: bool = False
    section7_prose: str = ""  # a paragraph of 七 after its opening line
    section7_table: tuple[tuple[str, ...], ...] = ()  # a table of 七 (header first)
    section5_note: str = ""  # a line of its own in 五 (「本章内容详见附件8」)
    section6_prose: tuple[str, ...] = ()  # paragraphs of 六 after its list of attachments
    hidden_run: tuple[str, str] | None = None  # (text, how: white | tiny | vanish)


def write_proposal(path: Path, outline: Outline | None = None) -> Path:
    o = outline or Outline()
    doc = Docx()
    if o.title_style_cover:
        doc.add_heading("上海市工业互联网平台应用水平评价申报书", level=0)
    else:
        doc.add_paragraph("上海市工业互联网平台应用水平评价")
        doc.add_paragraph("申报书")
    doc.add_paragraph(f"平台名称：{o.name}")
    doc.add_paragraph(f"申报单位：{o.unit}（公章）")
    titles = {"一": "申报单位简介", "二": "平台建设及运营情况", "三": "平台应用成效", "四": "平台下一步发展计划",
              "五": "平台应用案例", "六": "附件及其他说明材料", "七": "平台相较上年度对比情况"}
    if o.toc:
        doc.add_paragraph("目录")
        for number, title in titles.items():
            doc.add_paragraph(f"{number}、{title}")
    level2 = "word" if o.style == "word" else "bold"
    for number, title in titles.items():
        if number in o.omit or (number == "七" and not o.section7):
            continue
        _heading(doc, f"{number}、{title}", 1, o.style)
        if number == "一":
            doc.add_paragraph(f"{o.unit}成立于1994年，拥有平台团队119人，累计获得平台相关专利15项。")
        elif number == "二":
            _heading(doc, "（一）平台运营情况", 2, level2)
            doc.add_paragraph(o.section2_prose)
            for text in o.extra_prose:
                doc.add_paragraph(text)
            if o.hidden_run:
                _hidden(doc, *o.hidden_run)
            if o.closing_2:
                doc.add_paragraph(o.closing_2)
        elif number == "三":
            doc.add_paragraph(o.section3_prose)
            if o.closing_3:
                doc.add_paragraph(o.closing_3)
        elif number == "四":
            doc.add_paragraph("平台下一步将深化AI大模型应用，计划连接设备10万台。")
        elif number == "五":
            if o.section5_note:
                doc.add_paragraph(o.section5_note)
            for k, case in enumerate(o.cases, start=1):
                _heading(doc, f"案例{k}：{case.title}", 2, level2)
                for label, text in (("企业简介", case.company), ("平台简介", case.platform), ("案例实际内容简介", case.content)):
                    paragraph = doc.add_paragraph()
                    paragraph.add_run(f"{label}：").bold = True
                    paragraph.add_run(text)
                doc.add_paragraph("配图：")
                for _ in range(case.images):
                    doc.add_picture(io.BytesIO(_png()))
                doc.add_paragraph(f"图{k} 案例{k}实施架构")
        elif number == "六":
            doc.add_paragraph("附件3-1：审计报告（共8页）")
            for text in o.section6_prose:
                doc.add_paragraph(text)
        elif number == "七":
            doc.add_paragraph("2023年7月以来，平台新增AI大模型运维助手等功能模块，设备连接数较上年增长约22%。")
            if o.section7_prose:
                doc.add_paragraph(o.section7_prose)
            if o.section7_table:
                grid = doc.add_table(rows=len(o.section7_table), cols=len(o.section7_table[0]))
                for r, row in enumerate(o.section7_table):
                    for c, text in enumerate(row):
                        grid.cell(r, c).text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


def _hidden(doc, text: str, how: str) -> None:
    from docx.shared import RGBColor

    paragraph = doc.add_paragraph("平台运营数据详见附件。")
    run = paragraph.add_run(text)
    if how == "white":
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    elif how == "tiny":
        run.font.size = Pt(1)
    elif how == "vanish":
        run.font.hidden = True


def write_summary(path: Path, rows: dict[str, str]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["平台基本情况汇总表"])
    for label, value in rows.items():
        sheet.append([label, value])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def write_simple(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    doc = Docx()
    for text in paragraphs:
        doc.add_paragraph(text)
    if table:
        grid = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


def write_contact(path: Path) -> Path:
    return write_simple(path, ["附件1", "联系人信息反馈表", "一、联系人信息反馈"],
                        [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                         ["联系人（主）", "林思远", UNIT, "主任", "13818457702", "linsy@yfjq.example.com"]])


def write_commitment(path: Path) -> Path:
    return write_simple(path, ["真实性承诺", "我单位此次提交的所有申报材料内容均真实、准确、完整，如有不实，"
                               "愿承担相应的法律责任及由此产生的一切后果。", "特此承诺。"])


def write_package(root: Path, *, outline: Outline | None = None, form: dict | None = None,
                  summary: dict[str, str] | None = None, skip: tuple[str, ...] = ()) -> Path:
    """A complete package unless told otherwise; `skip` names files left out (contact, form,
    proposal, summary, commitment)."""
    if "contact" not in skip:
        write_contact(root / "附件1 联系人信息反馈表.docx")
    if "form" not in skip:
        write_form(root / "附件2 申报表.docx", **(form or {}))
    if "proposal" not in skip:
        write_proposal(root / "附件3 申报书.docx", outline)
    if "summary" not in skip:
        write_summary(root / "附件4 平台基本情况汇总表.xlsx", summary if summary is not None else
                      {"平台名称": PLATFORM, "企业名称": UNIT, **INDICATORS})
    if "commitment" not in skip:
        write_commitment(root / "附件5 真实性承诺.docx")
    return root


def load_review(root: Path, workspace: Path) -> Review:
    settings = Settings(workspace=workspace, render_docx=False, ocr=False, workers=0)
    return build_review(load_package(root, settings))


def run_rule(rule_id: str, review: Review) -> list:
    return checks_run_rule(rule_id, review)
