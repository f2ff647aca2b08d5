"""The application forms of a package: 申报表 (DOCX or XLSX, plus a stamped scan), 汇总表 (XLSX vertical /
horizontal, DOCX plain / grouped), 联系人信息反馈表, 真实性承诺."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from eval_sets.blind.h80 import render
from eval_sets.blind.h80.labels import L1, L2, L3, LABELS, TABLE, YES_NO
from eval_sets.blind.h80.model import Package, thousands

STAMP_TIME = dt.datetime(2024, 7, 15, 9, 30, 0)


# ----------------------------------------------------------------------------------------- content
def answer(pkg: Package, key: str) -> str:
    """The 平台实际情况 cell of one 指标明细表 row, as the applicant wrote it."""
    if key.startswith("t:"):
        return pkg.texts[key]
    over = pkg.spec.get("form_display", {}).get(key)
    if over is not None:
        return over
    disp, norm = pkg.declared[key]
    if key in YES_NO or key == "平台是否服务上海智能工厂，数量":
        return pkg.texts.get("yn:" + key, disp)
    if pkg.spec.get("thousands") and isinstance(norm, (int, float)) and not isinstance(norm, bool):
        return thousands(norm)
    return disp


def proof(pkg: Package, key: str) -> str:
    return pkg.spec.get("proofs", {}).get(key, "" if key.startswith("t:") else "见申报书第二章")


def company_rows(pkg: Package) -> list[tuple[str, str]]:
    c = pkg.spec["corp"]
    return [
        ("单位（企业）名称", pkg.spec["company"]), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
        ("注册地及所在行政区", c["seat"]), ("企业类型", c["type"]), ("注册资本", c["capital"]), ("主营业务", c["business"]),
        ("法定代表人", c["legal"]), ("联系人", pkg.spec["contact"][0]), ("职务", pkg.spec["contact"][3]),
        ("联系人手机", pkg.spec["contact"][1]), ("电子邮箱", pkg.spec["contact"][2]),
        ("申报单位上一年度经营状况（2023年）",
         f"总资产（万元）：{c['assets']}；主营业务收入（万元）：{c['revenue']}；主营业务收入增长率（%）：{c['growth']}；"
         f"负债率（%）：{c['debt']}；利润总额（万元）：{c['profit']}；税金（万元）：{c['tax']}"),
    ]


def platform_rows(pkg: Package) -> list[tuple[str, str]]:
    s, d = pkg.spec, pkg.declared
    y0, m0, y1, m1 = s["build_ym"]
    rev_lines = d["平台近三年经营指标情况"][0].replace("；", "\n")
    return [
        ("平台名称", s["declared_name"]),
        ("建设时间", f"{y0}年{m0}月至{y1}年{m1}月"),
        ("平台建设金额（万元）", d["平台建设金额（万元）"][0]),
        ("平台近三年经营指标情况", rev_lines + "\n注：此处数据为平台相关收益单列，非整个公司的财务数据。"),
        ("平台建设方式", s["build_box"]), ("平台运营模式", s["op_box"]), ("IaaS基础设施", s["iaas_box"]),
        ("部署方式", s["deploy_box"]),
        ("平台网址", f"{s['url']}\n评审账号：{s['account']}  密码：{s['password']}"),
        ("平台基本情况介绍", pkg.texts["介绍"]), ("平台建设成效", pkg.texts["成效"]),
    ]


def table_rows(pkg: Package) -> list[tuple[str, str, str, str, str, str]]:
    """(一级, 二级, 三级, 内容, 平台实际情况, 证明资料); level names only on the first row of a group."""
    rows, seen = [], set()
    for code, content, key in TABLE:
        l1, l2 = code[0], code[:3]
        a = L1[l1] if l1 not in seen else ""
        b = L2[l2] if l2 not in seen else ""
        c = f"{code} {L3[code]}" if code not in seen else ""
        seen.update({l1, l2, code})
        rows.append((a, b, c, content, answer(pkg, key), proof(pkg, key)))
    return rows


# ----------------------------------------------------------------------------------------- DOCX helpers
def new_docx() -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    return d


def save_docx(d: docx.Document, path: Path, author: str):
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.revision = author, author, path.stem, 1
    cp.created = cp.modified = STAMP_TIME
    cp.last_printed = STAMP_TIME
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    render.normalize_zip(path)


def heading(d, text: str, bold_style: bool, level: int = 1):
    if bold_style:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(14 if level == 1 else 12)
    else:
        d.add_heading(text, level=level)


def kv_table(d, rows):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    return t


def cover(d, pkg: Package, title: str):
    s = pkg.spec
    for text in ("附件2" if "申报表" in title else "附件3", "上海市工业互联网平台应用水平评价", title, "申报年度：2024年度",
                 f"平台名称：{s['declared_name']}", f"申报单位：{s['company']}（公章）", f"联 系 人：{s['contact'][0]}",
                 f"联系人电话：{s['contact'][1]}", "上海市经济和信息化委员会制", "2024年7月"):
        d.add_paragraph(text)
    d.add_page_break()


# ----------------------------------------------------------------------------------------- 申报表
def form_docx(pkg: Package, path: Path, columns: str = "levels", bold_headings: bool = False):
    d = new_docx()
    cover(d, pkg, "申报表")
    heading(d, "一、企业基本情况", bold_headings)
    kv_table(d, company_rows(pkg))
    heading(d, "二、平台基本情况", bold_headings)
    kv_table(d, platform_rows(pkg))
    heading(d, "三、上海市工业互联网平台应用水平评价指标明细表", bold_headings)
    rows = table_rows(pkg)
    if columns == "levels":
        head = ("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")
        body = rows
    else:  # 三级 + 内容 + 证明资料 + 平台实际情况
        head = ("三级指标", "内容", "证明资料", "平台实际情况")
        body = [(r[2], r[3], r[5], r[4]) for r in rows]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        c.text = h
    for r in body:
        for c, v in zip(t.add_row().cells, r):
            c.text = v
    save_docx(d, path, pkg.spec["author"])


def form_xlsx(pkg: Package, path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一、企业基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    for k, v in company_rows(pkg):
        ws.append([k, v])
    ws2 = wb.create_sheet("二、平台基本情况")
    for k, v in platform_rows(pkg):
        ws2.append([k, v])
    ws3 = wb.create_sheet("三、指标明细表")
    ws3.append(["序号", "一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for i, ((a, b, c, content, ans, prf), (_, _, key)) in enumerate(zip(table_rows(pkg), TABLE), start=1):
        value: object = ans
        norm = pkg.declared.get(key, (None, None))[1] if not key.startswith("t:") else None
        if isinstance(norm, (int, float)) and not isinstance(norm, bool) and key not in pkg.spec.get("form_display", {}):
            value = norm
        ws3.append([i, a, b, c, content, value, prf])
        row = ws3.max_row
        if isinstance(value, float):
            ws3.cell(row, 6).number_format = "0.00"
    for sheet in (ws, ws2, ws3):
        for row in sheet.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws3.column_dimensions["E"].width, ws3.column_dimensions["F"].width = 36, 60
    save_xlsx(wb, path)


def save_xlsx(wb, path: Path):
    wb.properties.creator = "shenbao-h80"
    wb.properties.created = wb.properties.modified = STAMP_TIME
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    render.normalize_zip(path)


def form_scan(pkg: Package, path: Path, seed: int):
    """The printed, stamped and scanned 申报表: cover with the company seal, every page a scan."""
    def build(buf):
        doc = render.Doc(buf, title="申报表盖章版")
        for line in ("上海市工业互联网平台应用水平评价", "申报表", "申报年度：2024年度"):
            doc.text(line, size=20, center=True, gap=14)
        doc.space(40)
        for line in (f"平台名称：{pkg.spec['declared_name']}", f"申报单位：{pkg.spec['company']}（公章）",
                     f"联 系 人：{pkg.spec['contact'][0]}", f"联系人电话：{pkg.spec['contact'][1]}"):
            doc.text(line, size=13, indent=40, gap=12)
        doc.new_page()
        doc.text("一、企业基本情况", size=13)
        doc.table([["项目", "内容"]] + [list(r) for r in company_rows(pkg)], [1, 3], size=8.5)
        doc.text("二、平台基本情况", size=13)
        plat = [(k, v.split("\n评审账号")[0]) for k, v in platform_rows(pkg)]  # account not printed on paper
        doc.table([["项目", "内容"]] + [list(r) for r in plat], [1, 4], size=8)
        doc.text("三、上海市工业互联网平台应用水平评价指标明细表", size=13)
        rows = [[r[2], r[3], r[4], r[5]] for r in table_rows(pkg)]
        doc.table([["三级指标", "内容", "平台实际情况", "证明资料"]] + rows, [1.1, 2.2, 4.2, 1.3], size=7)
        doc.space(20)
        doc.text(f"申报单位（盖章）：{pkg.spec['company']}", size=11, indent=200)
        doc.text("2024年7月15日", size=11, indent=260)
        doc.save()

    pages = render.rasterize(render.pdf_bytes(build), scale=2.0)
    out = []
    for i, img in enumerate(pages):
        if i in (0, len(pages) - 1):
            img = render.seal(img, int(img.width * 0.62), int(img.height * (0.42 if i == 0 else 0.8)), 70,
                              pkg.spec["company"], seed + i)
            out.append(render.scanify(img, seed + i, angle=0.4))
        else:
            out.append(render.scanify(img, seed + i, angle=(-0.3 if i % 2 else 0.25), bw=True))
    render.images_pdf(path, out, title="申报表（盖章扫描件）", quality=60)


# ----------------------------------------------------------------------------------------- 汇总表
def summary_value(pkg: Package, label: str) -> str:
    v = pkg.summary[label]
    return v.replace("；", "\n") if label == "平台近三年经营指标情况" else v


def printed_label(label: str) -> str:
    return label + "（是/否）" if label in YES_NO else label


def summary_xlsx(pkg: Package, path: Path, horizontal: bool = False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        ws.append(["附件4 平台基本情况汇总表"])
        ws.append([printed_label(l) for l in LABELS])
        ws.append([summary_value(pkg, l) for l in LABELS])
    else:
        ws.append(["附件4", "平台基本情况汇总表"])
        ws["A1"].font = Font(bold=True)
        for l in LABELS:
            ws.append([printed_label(l), summary_value(pkg, l)])
        ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 44, 70
    save_xlsx(wb, path)


GROUPS = [("一、基本信息", "序号"), ("二、团队与经营", "平台团队总人数（人）"), ("三、设备连接", "连接的工业设备/产品/产线种类及数量（台/套）"),
          ("四、工业软件与APP", "工业软件总量（个）"), ("五、数据与模型", "平台实际用云量（台）"), ("六、开发者与安全", "微服务数量（个）"),
          ("七、平台应用", "注册企业用户数（个）"), ("八、带动成效与生态", "平台现有特色指数（个）")]


def summary_docx(pkg: Package, path: Path, grouped: bool = False, bold_headings: bool = True):
    d = new_docx()
    heading(d, "附件4  平台基本情况汇总表", bold_headings)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "项目", "填写内容"
    starts = {lab: name for name, lab in GROUPS}
    for l in LABELS:
        if grouped and l in starts:
            row = t.add_row().cells
            merged = row[0].merge(row[1])
            merged.text = starts[l]
        cells = t.add_row().cells
        cells[0].text, cells[1].text = printed_label(l), summary_value(pkg, l)
    save_docx(d, path, pkg.spec["author"])


# ----------------------------------------------------------------------------------------- 联系人表, 承诺
def contact_docx(pkg: Package, path: Path):
    s = pkg.spec
    d = new_docx()
    d.add_paragraph("附件1")
    heading(d, "联系人信息反馈表", True)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱", "")):
        c.text = h
    for tag, (name, phone, mail, title) in (("联系人（主）", s["contact"]), ("联系人（备用）", s["backup"])):
        for c, v in zip(t.add_row().cells, (tag, name, s["company"], title, phone, mail, "")):
            c.text = v
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址*：{s['address']}")
    save_docx(d, path, s["author"])


def commitment_pdf(pkg: Package, path: Path, seed: int):
    s = pkg.spec

    def build(buf):
        doc = render.Doc(buf, title="真实性承诺")
        doc.text("附件5", size=11)
        doc.text("真实性承诺", size=20, center=True, gap=24)
        doc.text("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                 "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", size=13, gap=10)
        doc.text("特此承诺。", size=13, indent=26, gap=40)
        doc.text(f"申报单位：{s['company']}（盖章）", size=13, indent=150, gap=20)
        doc.text(f"法定代表人：{s['corp']['legal']}（签章）", size=13, indent=150, gap=20)
        doc.text("2024年7月15日", size=13, indent=220)
        doc.save()

    img = render.rasterize(render.pdf_bytes(build), scale=1.2)[0]
    img = render.seal(img, int(img.width * 0.66), int(img.height * 0.36), 84, s["company"], seed)
    render.images_pdf(path, [render.scanify(img, seed, angle=-0.5)], title="真实性承诺（盖章）")


def commitment_docx(pkg: Package, path: Path):
    s = pkg.spec
    d = new_docx()
    d.add_paragraph("附件5")
    heading(d, "真实性承诺", True)
    d.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                    "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    d.add_paragraph("特此承诺。")
    d.add_paragraph(f"申报单位：{s['company']}（盖章）")
    d.add_paragraph(f"法定代表人：{s['corp']['legal']}（签章）")
    d.add_paragraph("2024年7月15日")
    save_docx(d, path, s["author"])
