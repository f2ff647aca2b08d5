"""Application documents: 附件1 联系人表 (DOCX), 附件2 申报表 (DOCX + stamped image-only scan), 附件3 申报书
(DOCX), 附件4 汇总表 (hand-typed XLSX), 附件5 承诺 (stamped scan). Rendered from the declared rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from eval_sets.blind.h94 import render
from eval_sets.blind.h94.labels import LABELS
from eval_sets.blind.h94.texts import LEVEL1, LEVEL2, TABLE, answers, effect, intro

FIXED = dt.datetime(2024, 7, 16, 9, 30, 0)


def _doc() -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = "admin"
    cp.last_modified_by = "admin"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    return d


def _save_doc(d, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    render.normalize_zip(path)


def contact_docx(s: dict, path: Path):
    d = _doc()
    d.add_paragraph("附件1")
    d.add_paragraph("联系人信息反馈表")
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.cell(0, i).text = h
    for i, v in enumerate(["联系人（主）", s["contact"], s["company"], s["title"], s["phone"], s["email"]]):
        t.cell(1, i).text = v
    for i, v in enumerate(["联系人（备用）", s["backup"][0], s["company"], s["backup"][1], s["backup"][2], s["backup"][3]]):
        t.cell(2, i).text = v
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址*：{s['address']}")
    _save_doc(d, path)


FORMULA_PROOF = {
    "平台相关研发投入强度（%）": "计算值：平台相关研发投入÷平台相关营业收入×100%（数据见审计报告/专项说明）",
    "平台利润率（%）": "计算值：平台利润÷平台相关营业收入×100%（数据见审计报告/专项说明）",
    "付费用户占比（%）": "计算值：付费企业数÷注册企业用户数×100%",
    "存储资源利用率（%）": "计算值：存储工业数据量÷存储容量×100%",
    "投资回报率（%）": "计算值：平台年利润÷平台建设金额×100%",
}


def proof_text(label: str | None, proofs: dict) -> str:
    if label and label in proofs:
        return proofs[label]
    if label in FORMULA_PROOF:
        return FORMULA_PROOF[label]
    if label is None or label.startswith(("平台是否", "有否", "企业是否")) or "（" not in label:
        return "见申报书第二部分"
    return "平台后台统计数据（截至填表日），无单独证明资料，可现场演示查看"


def form_docx(s: dict, rows: dict, proofs: dict, path: Path) -> dict:
    """The 申报表. Returns {内容: answer} as typed (for the scan and verify)."""
    a = answers(s, rows)
    d = _doc()
    for line in ["附件2", "上海市工业互联网平台应用水平评价", "申报表", "申报年度：2024年度", f"平台名称：{s['platform']}",
                 f"申报单位：{s['company']}（公章）", f"联 系 人：{s['contact']}", f"联系人电话：{s['phone']}",
                 "上海市经济和信息化委员会制", s["form_date"]]:
        d.add_paragraph(line)
    d.add_page_break()
    d.add_paragraph("一、企业基本情况")
    c = s["corp"]
    colon = s.get("colon_rows", set())
    basic = [("单位（企业）名称", s["company"]), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
             ("注册地及所在行政区", c["reg"]), ("企业类型", c["type"]), ("注册资本", c["capital"]), ("主营业务", c["business"]),
             ("法定代表人", c["legal"]), ("联系人", s["contact"]), ("职务", s["title"]), ("联系人手机", s["phone"]),
             ("传真", c.get("fax", "无")), ("电子邮箱", s["email"]), ("股权结构", c["equity"])]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in basic:
        r = t.add_row().cells
        if k in colon:
            r[0].text, r[1].text = f"{k}：{v}", ""
        else:
            r[0].text, r[1].text = k, v
    d.add_paragraph("申报单位上一年度经营状况（2023年）")
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"]):
        t.cell(0, i).text = h
    for i, v in enumerate(c["fin"]):
        t.cell(1, i).text = v
    d.add_paragraph("二、平台基本情况")
    y0, m0, y1, m1 = s["built_cn"]
    rev = s["revenue"]
    g = s["_growth"]
    three = "\n".join(f"{y}年平台营收{rev[y]:.2f}万元/增长率{g[y]:.2f}%" for y in (2021, 2022, 2023))
    mode = "☑自建  □合作共建，合作企业名称（必填）：" if s["build_mode"] == "自建" else "□自建  ☑合作共建"
    op = {"自运营": "☑自运营 □联合运营 □委托运营"}[s["op_mode"]]
    iaas = "☑自建 □租用" if s["iaas"] == "自建" else f"□自建 ☑{s['iaas']}"
    dep = "  ".join(("☑" if k in s["deploy"].split("、") else "□") + k for k in ("边缘侧", "私有云", "公有云", "混合云"))
    dep += "  □其他部署方式"
    plat = [("平台名称", s["platform"]), ("建设时间", f"{y0}年{m0}月至{y1}年{m1}月"),
            ("平台建设金额（万元）", f"{s['invest']:.2f}"), ("平台近三年经营指标情况", three),
            ("平台建设方式", mode), ("平台运营模式", op), ("IaaS基础设施", iaas), ("部署方式", dep),
            ("平台网址", f"{s['url']}（账号：{s['account']}  密码：{s['password']}）"),
            ("平台基本情况介绍", intro(s, rows)), ("平台建设成效", effect(s, rows))]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in plat:
        r = t.add_row().cells
        if k in colon:
            r[0].text, r[1].text = f"{k}：{v}", ""
        else:
            r[0].text, r[1].text = k, v
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        t.cell(0, i).text = h
    for l3, content, label in TABLE:
        code = l3.split()[0]
        r = t.add_row().cells
        r[0].text = LEVEL1[code[0]]
        r[1].text = LEVEL2[code[:3]]
        r[2].text = l3
        r[3].text = content
        r[4].text = a[content]
        r[5].text = proof_text(label, proofs)
    d.add_paragraph(f"填表日期：{s['form_date']}")
    _save_doc(d, path)
    return {"answers": a, "basic": basic, "plat": plat}


def form_scan(s: dict, form: dict, path: Path, rng) -> dict[int, list[str]]:
    """Stamped scan of the signed 申报表: cover with the company seal, then the tables, 骑缝章 on each page."""
    pages = []
    p = render.Page()
    p.y = 260
    for line, size in [("上海市工业互联网平台应用水平评价", 34), ("申 报 表", 44), ("申报年度：2024年度", 24),
                       (f"平台名称：{s['platform']}", 22), (f"申报单位：{s['company']}（公章）", 22),
                       (f"联 系 人：{s['contact']}", 22), (f"联系人电话：{s['phone']}", 22)]:
        p.center(line, size, gap=34)
    p.y = 1180
    p.center("上海市经济和信息化委员会制", 22)
    p.center(s["form_date"], 22)
    pages.append((p, (640, 640, 110, s["company"], "公章")))
    lines = [("一、企业基本情况", None)] + [(f"{k}：{v}", None) for k, v in form["basic"]]
    lines += [("二、平台基本情况", None)] + [(f"{k}：{v}", None) for k, v in form["plat"]]
    lines += [("三、评价指标明细表（内容｜平台实际情况）", None)]
    lines += [(f"{content}：{form['answers'][content]}", None) for _, content, _ in TABLE]
    p = render.Page()
    for text, _ in lines:
        if p.y > 1300:
            pages.append((p, None))
            p = render.Page()
        for part in str(text).split("\n"):
            p.para(part, size=16, gap=6)
    p.y += 30
    p.para(f"申报单位（盖章）：{s['company']}        {s['form_date']}", size=18)
    pages.append((p, (700, min(p.y - 40, 1250), 100, s["company"], "公章")))
    images, drawn = [], {}
    for i, (pg, sp) in enumerate(pages, 1):
        img, texts = render.scan(pg, rng, angle=float(rng.uniform(-0.8, 0.8)), seal_spec=sp)
        img = render.seal(img, 1000, 700, 90, s["company"], "公章", rng, alpha=0.55)  # 骑缝章 half seal
        images.append(img)
        drawn[i] = texts
    render.image_pdf(path, images, title="申报表盖章版")
    return drawn


def chapters(s: dict) -> list[str]:
    names = ["申报单位简介", "平台建设及运营情况", "平台应用成效", "平台下一步发展计划", "平台应用案例", "附件及其他说明材料"]
    if s["participated"]:
        names.append("平台相较上年度对比情况")
    style = s["heading_style"]
    cn = "一二三四五六七"
    if style == "part":
        return [f"第{cn[i]}部分 {n}" for i, n in enumerate(names)]
    if style == "arabic":
        return [f"{i + 1}. {n}" for i, n in enumerate(names)]
    return [f"{cn[i]}、{n}" for i, n in enumerate(names)]


def book_docx(s: dict, rows: dict, attach_list: list[str], path: Path) -> list[str]:
    """The 申报书: short, all chapters (七 only for 2023 participants). Returns the chapter headings."""
    d = _doc()
    for line in ["附件3", "上海市工业互联网平台应用水平评价", "申报书", "申报年度：2024年度", f"平台名称：{s['platform']}",
                 f"申报单位：{s['company']}（公章）", f"联 系 人：{s['contact']}", f"联系人电话：{s['phone']}",
                 "上海市经济和信息化委员会制", s["form_date"]]:
        d.add_paragraph(line)
    d.add_page_break()
    heads = chapters(s)
    use_heading = s["heading_style"] == "heading"

    def head(text):
        if use_heading:
            d.add_heading(text, level=1)
        else:
            pr = d.add_paragraph()
            pr.add_run(text).bold = True

    n = lambda k: rows[k][1]  # noqa: E731
    body = [
        [f"{s['company']}成立于{s['corp']['founded']}，主营{s['corp']['business']}。公司平台团队{n('平台团队总人数（人）')}人，"
         f"其中运维{n('运维人数（人）')}人、运营{n('运营人数（人）')}人。", s["corp_note"]],
        [f"{s['platform']}于{s['built_cn'][0]}年{int(s['built_cn'][1])}月启动建设，{s['built_cn'][2]}年{int(s['built_cn'][3])}月完成主体建设，"
         f"累计投入{rows['平台建设金额（万元）'][0]}万元，采用{s['build_mode']}、{s['op_mode']}方式，部署方式为{s['deploy']}。",
         s["ops_prose"],
         "平台技术创新点：轻量化部署、按需订阅、核心模块自主研发，适合中小用户低成本使用。",
         "表X 平台对标同行业或相似平台的部分量化数据对比表：研发投入数量级为百万元级，与同类中小平台相当；"
         "设备连接、APP、微服务等指标处于同类平台中等水平。"],
        [s["effect_prose"], "应用创新点：以订阅制降低中小企业使用门槛，形成可复制的服务模式。"],
        ["2024-2026年，平台将扩充工业APP和模型库，拓展长三角地区用户，完善订阅收费模式。"],
        [f"案例1：{s['platform']}——{s['case'][0]}", s["case"][1]] + s["more_cases"],
        ["本申报书附件清单如下："] + attach_list,
    ]
    if s["participated"]:
        body.append(s["ch7"])
    for h, paras in zip(heads, body):
        head(h)
        for t in paras:
            d.add_paragraph(t)
    _save_doc(d, path)
    return heads


def summary_xlsx(s: dict, rows: dict, path: Path):
    """附件4 typed by hand: vertical, a few numbers as text (leading apostrophe) and a few with units."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append(["附件4 平台基本情况汇总表"])
    ws.append(["序号", "项目", "填报内容"])
    as_text = s.get("text_cells", set())
    with_unit = s.get("unit_cells", {})
    for i, label in enumerate(LABELS, 1):
        value, norm = rows[label]
        cell_value: object = value
        if label in with_unit:
            cell_value = value + with_unit[label]
        elif label not in as_text and isinstance(norm, (int, float)) and not isinstance(norm, bool) and value not in ("否",):
            if value.replace(".", "", 1).replace("-", "", 1).isdigit():
                cell_value = float(value) if "." in value else int(value)
        ws.append([i, label, cell_value])
        c = ws.cell(row=ws.max_row, column=3)
        if label in as_text:
            c.quotePrefix = True
        if isinstance(cell_value, float):
            c.number_format = "0.00"
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 60
    ws["A1"].font = Font(bold=True, size=14)
    wb.properties.creator = "admin"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    render.normalize_zip(path)


def commitment_scan(s: dict, path: Path, rng) -> dict[int, list[str]]:
    p = render.Page()
    p.y = 150
    p.center("附件5", 22)
    p.center("真实性承诺", 40, gap=40)
    p.para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
           "如有不实，愿承担相应的法律责任及由此产生的一切后果。", size=24, gap=16)
    p.para("特此承诺。", size=24)
    p.y = 820
    p.text(420, p.y, f"申报单位：{s['company']}（盖章）", 22)
    p.text(420, p.y + 80, "法定代表人：", 22)
    p.text(420, p.y + 160, s["commit_date"], 22)
    render.handwritten(p, 560, p.y + 62, s["corp"]["legal"], size=40, angle=4, color=(20, 20, 28))
    img, texts = render.scan(p, rng, angle=float(rng.uniform(0.5, 1.2)), seal_spec=(620, 880, 115, s["company"], "公章"))
    render.image_pdf(path, [img], title="真实性承诺")
    return {1: texts}
