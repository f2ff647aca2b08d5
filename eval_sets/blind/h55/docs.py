"""Documents common to every h55 package: 联系人表, 申报表 (DOCX/XLSX/scan), 申报书, 汇总表, 承诺."""
from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt

from .model import FORM_ROWS, L1, LABELS
from .render import Pdf, save_docx, save_xlsx, scan_pdf


def _doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    return d


def contact_docx(pkg, path: Path) -> None:
    d = _doc()
    d.add_paragraph("附件1")
    d.add_heading("联系人信息反馈表", level=1)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.cell(0, i).text = h
    c = pkg["contact"]
    for i, v in enumerate(["联系人（主）", c[0], pkg["company"], c[3], c[1], c[2]]):
        t.cell(1, i).text = v
    b = pkg["contact2"]
    for i, v in enumerate(["联系人（备用）", b[0], pkg["company"], b[3], b[1], b[2]]):
        t.cell(2, i).text = v
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph("具体地址：" + pkg["address"])
    save_docx(d, path)


def basic_pairs(pkg, V) -> list[tuple[str, str]]:
    e = pkg["ent"]
    return [
        ("单位（企业）名称", pkg["company"]), ("单位（企业）代码", e["code"]), ("成立日期", e["founded"]),
        ("注册地及所在行政区", e["reg"]), ("企业类型", e["type"]), ("注册资本", e["capital"]),
        ("主营业务", e["business"]), ("法定代表人", e["legal"]), ("联系人", pkg["contact"][0]),
        ("职务", pkg["contact"][3]), ("联系人手机", pkg["contact"][1]), ("传真", "—"), ("电子邮箱", pkg["contact"][2]),
        ("股权结构", e["equity"]),
        ("申报单位上一年度经营状况（2023年）", "总资产（万元）：{}；主营业务收入（万元）：{}；主营业务收入增长率（%）：{}；负债率（%）：{}；利润总额（万元）：{}；税金（万元）：{}".format(*e["ops"])),
    ]


def platform_pairs(pkg, V) -> list[tuple[str, str]]:
    return [
        ("平台名称", pkg["declared_name"]), ("建设时间", pkg["build_form"]), ("平台建设金额（万元）", V["平台建设金额（万元）"][0]),
        ("平台近三年经营指标情况", pkg["three_form"]),
        ("平台建设方式", "☑ 自建  □ 合作共建"), ("平台运营模式", "☑ 自运营  □ 联合运营  □ 委托运营"),
        ("IaaS基础设施", pkg["iaas"]), ("部署方式", pkg["deploy_form"]),
        ("平台网址", f"{V['平台网址'][0]}（账号：{pkg['account'][0]}  密码：{pkg['account'][1]}）"),
        ("平台基本情况介绍", pkg["intro"]), ("平台建设成效", pkg["effect"]),
    ]


def form_rows(pkg, V):
    rows = []
    for l1, l2, l3, content, key in FORM_ROWS:
        val = pkg["texts"][key[2:]] if key.startswith("T:") else V[key][2]
        rows.append((L1[l1], l2, l3, content, val, pkg["proof"].get(key, pkg["proof_default"])))
    return rows


def form_docx(pkg, V, path: Path) -> None:
    d = _doc()
    d.add_paragraph("附件2")
    d.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    for line in ["申报年度：2024年度", f"平台名称：{pkg['declared_name']}", f"申报单位：{pkg['company']}（公章）",
                 f"联 系 人：{pkg['contact'][0]}", f"联系人电话：{pkg['contact'][1]}", "上海市经济和信息化委员会制",
                 pkg["fill_date"]]:
        d.add_paragraph(line)
    d.add_heading("一、企业基本情况", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in basic_pairs(pkg, V):
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_heading("二、平台基本情况", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in platform_pairs(pkg, V):
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        t.rows[0].cells[i].text = h
    for row in form_rows(pkg, V):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    save_docx(d, path)


def form_xlsx(pkg, V, path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    ws.append(["填表日期", pkg["fill_date"]])
    ws.append(["一、企业基本情况"])
    for k, v in basic_pairs(pkg, V):
        ws.append([k, v])
    ws.append(["二、平台基本情况"])
    for k, v in platform_pairs(pkg, V):
        ws.append([k, v])
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 100
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for row in form_rows(pkg, V):
        ws2.append(list(row))
    for col, w in zip("ABCDEF", (18, 18, 22, 44, 60, 30)):
        ws2.column_dimensions[col].width = w
    save_xlsx(wb, path)


def form_scan(pkg, V, path: Path, scratch: Path, seed: int) -> None:
    src = scratch / (path.stem + "_src.pdf")
    p = Pdf(src)
    p.y -= 80
    p.text("上海市工业互联网平台应用水平评价", 20, center=True, gap=14)
    p.text("申报表", 20, center=True, gap=40)
    for line in ["申报年度：2024年度", f"平台名称：{pkg['declared_name']}", f"申报单位：{pkg['company']}（公章）",
                 f"联 系 人：{pkg['contact'][0]}", f"联系人电话：{pkg['contact'][1]}"]:
        p.text(line, 13, x=110, gap=16)
    p.y -= 60
    p.text("上海市经济和信息化委员会制", 12, center=True)
    p.text(pkg["fill_date"], 12, center=True)
    p.new_page()
    p.text("一、企业基本情况 / 二、平台基本情况", 12)
    for k, v in basic_pairs(pkg, V) + platform_pairs(pkg, V)[:9]:
        p.para(f"{k}：{v}", 8.5, 60)
        if p.y < 70:
            p.new_page()
    p.new_page()
    p.text("三、指标明细表（平台实际情况）", 12)
    for row in form_rows(pkg, V):
        p.para(f"{row[2][:6]} {row[3]}：{row[4]}", 8, 64)
        if p.y < 70:
            p.new_page()
    p.y -= 20
    p.text(f"申报单位（公章）：{pkg['company']}", 11)
    p.text(pkg["fill_date"], 11)
    last = p.page
    p.close()
    scan_pdf(src, path, pkg["company"], {1, last}, seed)


def report(pkg, V, path: Path, as_pdf: bool = False) -> None:
    chapters = [
        ("一、申报单位简介", pkg["rep"]["unit"]),
        ("二、平台建设及运营情况", pkg["rep"]["build"]),
        ("三、平台应用成效", pkg["rep"]["effect"]),
        ("四、平台下一步发展计划", pkg["rep"]["plan"]),
        ("五、平台应用案例", pkg["rep"]["cases"]),
        ("六、附件及其他说明材料", "附件清单：\n" + "\n".join(pkg["attach_list"])),
    ]
    if pkg["part2023"]:
        chapters.append(("七、平台相较上年度对比情况", pkg["rep"]["compare"]))
    if as_pdf:
        p = Pdf(path)
        p.y -= 60
        p.text("上海市工业互联网平台应用水平评价", 20, center=True, gap=14)
        p.text("申报书", 20, center=True, gap=40)
        p.text(f"平台名称：{pkg['declared_name']}", 13, x=110, gap=14)
        p.text(f"申报单位：{pkg['company']}（公章）", 13, x=110, gap=14)
        p.text(pkg["fill_date"], 12, center=True)
        for title, body in chapters:
            p.new_page()
            p.text(title, 14, gap=12)
            for para in body.split("\n"):
                p.para(para, 10.5, 44)
                if p.y < 80:
                    p.new_page()
        p.close()
        return
    d = _doc()
    d.add_paragraph("附件3")
    d.add_heading("上海市工业互联网平台应用水平评价申报书", level=1)
    d.add_paragraph(f"平台名称：{pkg['declared_name']}")
    d.add_paragraph(f"申报单位：{pkg['company']}（公章）")
    d.add_paragraph(pkg["fill_date"])
    for title, body in chapters:
        d.add_heading(title, level=2)
        for para in body.split("\n"):
            d.add_paragraph(para)
    save_docx(d, path)


def summary_values(pkg, V, overrides=None):
    vals = [(lab, V[lab][0]) for lab in LABELS]
    if overrides:
        vals = [(lab, overrides.get(lab, v)) for lab, v in vals]
    return vals


SUMMARY_PRINT = {"平台近三年经营指标情况": "平台近三年经营指标情况", "平台是否建立安全管理体系": "平台是否建立安全管理体系 是/否"}


def summary_xlsx_vertical(pkg, V, path: Path, overrides=None) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["附件4  平台基本情况汇总表"])
    ws.append(["项目", "内容"])
    for lab, v in summary_values(pkg, V, overrides):
        ws.append([lab, v])
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 90
    save_xlsx(wb, path)


def summary_xlsx_horizontal(pkg, V, path: Path, overrides=None) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    vals = summary_values(pkg, V, overrides)
    ws.append([lab for lab, _ in vals])
    ws.append([v for _, v in vals])
    save_xlsx(wb, path)


def summary_docx(pkg, V, path: Path, overrides=None) -> None:
    d = _doc()
    d.add_paragraph("附件4")
    d.add_heading("平台基本情况汇总表", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, v in summary_values(pkg, V, overrides):
        r = t.add_row().cells
        r[0].text, r[1].text = lab, v
    save_docx(d, path)


def commitment_text(pkg) -> list[str]:
    return ["附件5", "真实性承诺",
            "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）",
            "内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", "特此承诺。",
            f"申报单位：{pkg['company']}（盖章）", f"法定代表人：{pkg['ent']['legal']}（签章）", pkg["fill_date"]]


def commitment_scan(pkg, path: Path, scratch: Path, seed: int) -> None:
    src = scratch / (path.stem + "_src.pdf")
    p = Pdf(src)
    lines = commitment_text(pkg)
    p.text(lines[0], 12)
    p.y -= 30
    p.text(lines[1], 20, center=True, gap=30)
    for line in lines[2:5]:
        p.para(line, 11, 40)
    p.y -= 120
    for line in lines[5:]:
        p.text(line, 12, x=260, gap=14)
    p.close()
    scan_pdf(src, path, pkg["company"], {1}, seed)


def commitment_docx(pkg, path: Path) -> None:
    d = _doc()
    for line in commitment_text(pkg):
        d.add_paragraph(line)
    save_docx(d, path)
