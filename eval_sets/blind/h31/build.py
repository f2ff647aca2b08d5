"""Build the h31 holdout set: packages/<id>/... and truth/<id>.json. Deterministic (run twice → same bytes).

    .venv/bin/python eval_sets/blind/h31/build.py    (from the repository)
"""
from __future__ import annotations

import json
import random
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository (eval_sets.generator.fonts)
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, Spacer  # noqa: E402

import kit  # noqa: E402
from labels import A4_LABELS, DETAIL  # noqa: E402
from model import Pkg, cell_texts, derive  # noqa: E402
from specs import SPECS  # noqa: E402
from texts import effect, intro, narrative  # noqa: E402

OUT = HERE / "packages"
TRUTH = HERE / "truth"


# ============================================================ helpers
def fact(P: Pkg, label, value, unit, norm, file, quote, page=None, row="", col="", comp="", img=False):
    P.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote,
                        row_label=row, column_label=col, component=comp, image_only=img))


def problem(P: Pkg, fam, fields, files, sev, desc):
    n = len(P.problems) + 1
    P.problems.append(dict(id=f"{P.S['pid']}-{n:02d}-{fam}", family=fam, fields=fields, files=files, severity=sev, description=desc))


def new_docx(font_name="宋体", size=10.5):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    cp = d.core_properties
    cp.author = "user"
    cp.last_modified_by = "user"
    cp.revision = 1
    return d


def save_docx(d, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)
    kit.normalize_zip(path)


def save_xlsx(wb, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "user"
    wb.save(path)
    kit.normalize_zip(path)


def heading(d, text, size=14, bold=True, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.name = "黑体"
    r._element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")


def ws_rows(ws, rows, widths=None, header=True, start=1):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(row=start + i, column=j + 1, value=v)
            c.border = BOX
            c.alignment = WRAP
            if header and i == 0:
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor="DDEBF7")
    for j, w in enumerate(widths or []):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w


# ============================================================ application documents
def contact_form(P, path):
    S = P.S
    d = new_docx()
    heading(d, "附件1", 12)
    heading(d, "联系人信息反馈表", 16, center=True)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.cell(0, j).text = h
    c = S["contact"]
    for j, v in enumerate(["联系人（主）", c[0], P.company, c[3], c[1], c[2]]):
        t.cell(1, j).text = v
    for j, v in enumerate(["联系人（备用）", S["backup"][0], P.company, S["backup"][1], S["backup"][2], S["backup"][3]]):
        t.cell(2, j).text = v
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{S['address']}")
    save_docx(d, path)


def company_rows(P):
    S, f = P.S, P.S["company_fin"]
    return [
        ("单位（企业）名称", P.company), ("单位（企业）代码", S["credit"]), ("成立日期", S["founded"]),
        ("注册地及所在行政区", S["district"]), ("企业类型", S["ctype"]), ("注册资本", S["capital"]),
        ("主营业务", f"工业互联网平台建设运营、{S['domain']}数字化解决方案、软件开发与技术服务"),
        ("法定代表人", S["legal"]), ("联系人", S["contact"][0]), ("职务", S["contact"][3]), ("联系人手机", S["contact"][1]),
        ("传真", "021-5" + S["contact"][1][-7:]), ("电子邮箱", S["contact"][2]),
        ("股权结构", S["equity"]),
        ("总资产（万元）", f"{f['assets']:.2f}"), ("主营业务收入（万元）", f"{f['income']:.2f}"),
        ("主营业务收入增长率（%）", f"{f['growth']:.2f}"), ("负债率（%）", f"{f['debt']:.2f}"),
        ("利润总额（万元）", f"{f['profit']:.2f}"), ("税金（万元）", f"{f['tax']:.2f}"),
    ]


def platform_rows(P):
    S, R = P.S, P.rows
    rev, g = S["rev"], P.growth
    three = "\n".join(f"{2021 + i}年平台营收 {rev[i + 1]:.2f} 万元/增长率 {g[i]:.2f} %" for i in range(3))
    mode = "■ 自建  □ 合作共建" if S["build_mode"] == "自建" else "□ 自建  ■ " + S["build_mode"]
    ops = "  ".join(("■ " if m == S["op_mode"] else "□ ") + m for m in ["自运营", "联合运营", "委托运营"])
    iaas = "■ 自建  □ 租用" if S["iaas"] == "自建" else "□ 自建  ■ " + S["iaas"]
    deps = "  ".join(("■ " if m in S["deploy"].split("、") else "□ ") + m for m in ["边缘侧", "私有云", "公有云", "混合云"])
    b0, b1 = S["build"]
    return [
        ("平台名称", R["平台名称"][0]), ("建设时间", f"{b0[:4]}年{int(b0[5:])}月至{b1[:4]}年{int(b1[5:])}月"),
        ("平台建设金额（万元）", f"{S['invest']:.2f}"), ("平台近三年经营指标情况", three),
        ("平台建设方式", mode), ("平台运营模式", ops), ("IaaS基础设施", iaas), ("部署方式", deps),
        ("平台网址", f"{S['url']}\n{S['account']}"), ("平台基本情况介绍", intro(P)), ("平台建设成效", effect(P)),
    ]


def proof_ref(P, content):
    m = P.proof_map
    for key, ref in m.items():
        if key in content:
            return ref
    return "见申报书相关章节"


def form_docx(P, path):
    S = P.S
    d = new_docx("仿宋", 10.5)
    heading(d, "附件2", 12)
    heading(d, "上海市工业互联网平台应用水平评价\n申报表", 20, center=True)
    for line in ["申报年度：2024年度", f"平台名称：{P.rows['平台名称'][0]}", f"申报单位：{P.company}（公章）",
                 f"联 系 人：{S['contact'][0]}", f"联系人电话：{S['contact'][1]}", "", "上海市经济和信息化委员会制", "2024年7月16日"]:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    heading(d, "一、企业基本情况", 13)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in company_rows(P):
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    heading(d, "二、平台基本情况", 13)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in platform_rows(P):
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_page_break()
    heading(d, "三、上海市工业互联网平台应用水平评价指标明细表", 13)
    variant = P.S["form_cols"]
    if variant == "levels":
        t = d.add_table(rows=1, cols=6)
        hdr = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    else:  # l3 only, proof before actual
        t = d.add_table(rows=1, cols=4)
        hdr = ["三级指标", "内容", "证明资料", "平台实际情况"]
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        t.rows[0].cells[j].text = h
    for l1, l2, l3, contents in DETAIL:
        first = None
        for c in contents:
            row = t.add_row().cells
            val = P.cells[c]
            if variant == "levels":
                row[0].text, row[1].text, row[2].text, row[3].text, row[4].text, row[5].text = l1, l2, l3, c, val, proof_ref(P, c)
            else:
                row[0].text, row[1].text, row[2].text, row[3].text = l3, c, proof_ref(P, c), val
            if first is None:
                first = row
            else:  # merge level cells like the template
                for j in (range(3) if variant == "levels" else range(1)):
                    if row[j].text == first[j].text:
                        merged = first[j].merge(row[j])
                        merged.text = first[j].text.split("\n")[0]
    save_docx(d, path)


def form_xlsx(P, path):
    S = P.S
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "封面"
    for i, line in enumerate(["上海市工业互联网平台应用水平评价", "申报表", "申报年度：2024年度", f"平台名称：{P.rows['平台名称'][0]}",
                              f"申报单位：{P.company}（公章）", f"联 系 人：{S['contact'][0]}", f"联系人电话：{S['contact'][1]}",
                              "上海市经济和信息化委员会制"], start=2):
        ws.cell(row=i, column=2, value=line)
    ws.column_dimensions["B"].width = 60
    ws = wb.create_sheet("一、企业基本情况")
    ws_rows(ws, [("项目", "内容")] + company_rows(P), [26, 70])
    ws = wb.create_sheet("二、平台基本情况")
    ws_rows(ws, [("项目", "内容")] + platform_rows(P), [22, 90])
    ws = wb.create_sheet("三、指标明细表")
    rows = [("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")]
    spans = []
    for l1, l2, l3, contents in DETAIL:
        start = len(rows) + 1
        for c in contents:
            v = P.cells[c]
            num = None
            if re.fullmatch(r"-?\d+(\.\d+)?", v):  # numbers typed as numbers, 2 decimals kept via format
                num = float(v) if "." in v else int(v)
            rows.append((l1, l2, l3, c, num if num is not None else v, proof_ref(P, c)))
        spans.append((start, len(rows)))
    ws_rows(ws, rows, [16, 16, 18, 40, 60, 26])
    for i, r in enumerate(rows[1:], start=2):
        if isinstance(r[4], float):
            ws.cell(row=i, column=5).number_format = "0.00"
    for a, b in spans:
        if b > a:
            ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    save_xlsx(wb, path)


def form_scan(P, path):
    """Stamped scan of the 申报表 cover and 一/二 pages."""
    S = P.S
    seal = kit.red_seal(P.company, 300, seed=S["seed"])
    pages = []
    pg = kit.Page()
    pg.y = 260
    pg.text("附件2", 28, kind="sans")
    pg.y = 420
    pg.text("上海市工业互联网平台应用水平评价", 46, center=True, kind="bold")
    pg.text("申报表", 46, center=True, kind="bold")
    pg.y = 820
    for line in ["申报年度：2024年度", f"平台名称：{P.rows['平台名称'][0]}", f"申报单位：{P.company}（公章）",
                 f"联 系 人：{S['contact'][0]}", f"联系人电话：{S['contact'][1]}"]:
        pg.text(line, 28, x=200)
    pg.stamp(seal, 640, 890)
    pg.y = 1450
    pg.text("上海市经济和信息化委员会制", 28, center=True)
    pg.text("2024年7月16日", 28, center=True)
    pages.append(pg)
    pg = kit.Page()
    pg.text("一、企业基本情况", 30, kind="bold")
    pg.grid([("项目", "内容")] + company_rows(P), [360, 700], size=20)
    pages.append(pg)
    pg = kit.Page()
    pg.text("二、平台基本情况", 30, kind="bold")
    pg.grid([("项目", "内容")] + platform_rows(P), [300, 760], size=19)
    pg.stamp(kit.red_seal(P.company, 260, seed=S["seed"] + 7), 900, min(pg.y - 120, 1450))
    pages.append(pg)
    kit.images_to_pdf([kit.scanify(p.im, S["seed"] + i) for i, p in enumerate(pages)], path)


def commitment_scan(P, path):
    S = P.S
    pg = kit.Page()
    pg.y = 200
    pg.text("附件5", 28, kind="sans")
    pg.y = 340
    pg.text("真实性承诺", 44, center=True, kind="bold")
    pg.y = 500
    pg.para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 30)
    pg.para("特此承诺。", 30)
    pg.y = 1050
    pg.text(f"申报单位：{P.company}（盖章）", 28, x=380)
    pg.y += 30
    pg.text("法定代表人：", 28, x=380)
    kit.signature(pg, 570, pg.y - 80, S["legal"], S["seed"])
    pg.y += 60
    pg.text("2024年7月18日", 28, x=640)
    pg.stamp(kit.red_seal(P.company, 320, seed=S["seed"] + 3), 700, 930)
    kit.images_to_pdf([kit.scanify(pg.im, S["seed"] + 11)], path)


def commitment_docx(P, path):
    d = new_docx()
    heading(d, "附件5", 12)
    heading(d, "真实性承诺", 18, center=True)
    d.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                    "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    d.add_paragraph("特此承诺。")
    d.add_paragraph(f"申报单位：{P.company}（盖章）")
    d.add_paragraph(f"法定代表人：{P.S['legal']}（签章）")
    d.add_paragraph("2024年7月18日")
    save_docx(d, path)


def summary_value(P, label):
    return P.a4_override.get(label, P.rows[label][0])


def summary_xlsx(P, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.cell(row=1, column=1, value="附件4  平台基本情况汇总表").font = Font(bold=True, size=14)
    rows = [("指标", "填报内容")] + [(lab, summary_value(P, lab)) for lab in A4_LABELS]
    ws_rows(ws, rows, [46, 80], start=2)
    save_xlsx(wb, path)


def summary_docx(P, path):
    d = new_docx()
    heading(d, "附件4", 12)
    heading(d, "平台基本情况汇总表", 16, center=True)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab in A4_LABELS:
        r = t.add_row().cells
        r[0].text, r[1].text = lab, summary_value(P, lab)
    save_docx(d, path)


def proposal_docx(P, path, attachments: list[str]):
    S, R = P.S, P.rows
    d = new_docx("宋体", 12)
    heading(d, "附件3", 12)
    heading(d, "上海市工业互联网平台应用水平评价\n申报书", 20, center=True)
    for line in ["申报年度：2024年度", f"平台名称：{R['平台名称'][0]}", f"申报单位：{P.company}（公章）",
                 f"联 系 人：{S['contact'][0]}", f"联系人电话：{S['contact'][1]}", "上海市经济和信息化委员会制", "2024年7月"]:
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    heading(d, "一、申报单位简介")
    d.add_paragraph(f"{P.company}成立于{S['founded']}，注册资本{S['capital']}，注册地{S['district']}，主要从事{S['domain']}领域"
                    f"工业互联网平台建设运营与数字化解决方案。公司现有平台团队{R['平台团队总人数（人）'][0]}人，其中具备相关技术职称或从业资格"
                    f"{R['有相关技术职称/从业资格的人数（人）'][0]}人，累计获得平台相关专利{S['patents']}项、软件著作权{S['softcr']}项。")
    heading(d, "二、平台建设及运营情况")
    d.add_paragraph(intro(P))
    mdl = S.get("narrative_models") or f"{S['models']}个"
    d.add_paragraph(f"技术架构方面，平台采用“边缘层+IaaS+PaaS+SaaS”四层架构。PaaS层基于Kubernetes容器集群与Nacos服务注册中心，"
                    f"当前注册微服务{R['微服务数量（个）'][0]}个"
                    + ("（每个服务按负载部署多个实例）" if not P.has("services_as_instances") else "") + f"；模型中心已沉淀工业机理模型{mdl}，"
                    f"覆盖{('、'.join(P.cat_counts))}；开发者社区注册开发者{S['devs']}个。")
    d.add_paragraph(f"资源方面，平台实际用云量折合标准服务器{P.cloud_total:.2f}台（按8vCPU为1台折算），其中公有云{P.cloud_pub:.2f}台；"
                    f"存储容量{P.cap_tb:.2f}TB，已存储工业数据{P.used_tb:.2f}TB。")
    d.add_paragraph("表X 平台对标同行业或相似平台的部分量化数据对比表")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["三级指标", "本平台数据", "对标数据"]):
        t.rows[0].cells[j].text = h
    for a, b, c in [("1.2.1 创新投入情况", f"研发投入{S['rd']:.2f}万元，强度{P.rd_int:.2f}%", "同行业平台研发投入约千万元级，强度10%左右"),
                    ("2.2.3 数据建模和分析", f"工业机理模型{S['models']}个", "相似平台约百个量级"),
                    ("2.3.1 平台微服务情况", f"微服务{R['微服务数量（个）'][0]}个", "相似平台数十至百个量级"),
                    ("3.1.1 平台应用规模", f"服务企业{S['served']}家", "相似平台千家量级")]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = a, b, c
    d.add_paragraph("平台技术创新点总结：平台以自主可控的设备接入与模型运行引擎为核心，实现机理模型与数据模型融合，"
                    "关键指标处于国内同类平台前列。")
    heading(d, "三、平台应用成效")
    d.add_paragraph(effect(P))
    d.add_paragraph("应用创新点总结：形成可复制的行业解决方案，支撑用户降本增效。")
    heading(d, "四、平台下一步发展计划")
    d.add_paragraph("持续推进AI大模型与工业机理模型融合，扩展开发者生态，深化长三角区域推广。")
    heading(d, "五、平台应用案例")
    for i, c in enumerate(S["cases"], 1):
        d.add_paragraph(f"案例{i}：{R['平台名称'][0]}——{S['domain']}场景应用示范{i}")
        d.add_paragraph(f"实施后，用户连接设备运维成本下降{c[0]:.2f}%，能耗下降{c[1]:.2f}%，安全生产持续时间提升{c[2]:.2f}%。")
    heading(d, "六、附件及其他说明材料")
    for a in attachments:
        d.add_paragraph(a)
    if P.S["no"] != 25 and not P.has("no_section7"):
        heading(d, "七、平台相较上年度对比情况")
        d.add_paragraph(f"自2023年7月以来，平台新增工业机理模型约{max(5, S['models'] // 6)}个，微服务完成容器化改造，"
                        f"开发者社区新增注册开发者约{S['devs'] // 5}个，服务企业数量稳步增长。")
    save_docx(d, path)


# ============================================================ evidence
def finance_pdf(P, path, rel, unit="万元"):
    S = P.S
    st = kit.styles()
    rev = S["rev"]
    story = [Paragraph(f"{P.company}", st["h1"]), Paragraph("关于工业互联网平台业务财务数据的专项说明", st["h1"]),
             Paragraph(f"本说明依据公司经审计的2021—2023年度财务报表，按平台直接订阅服务与平台服务收入口径对"
                       f"“{P.rows['平台名称'][0]}”相关收入、成本、研发投入进行拆分。", st["body"]), Spacer(1, 8)]
    if unit == "元":
        f = lambda v: f"{v * 10000:,.2f}"
        head = "金额单位：人民币元"
    else:
        f = lambda v: f"{v:,.2f}"
        head = "金额单位：人民币万元"
    story.append(Paragraph(head, st["small"]))
    rows = [("项目", "2023年度", "2022年度", "2021年度"),
            ("平台相关营业收入", f(rev[3]), f(rev[2]), f(rev[1])),
            ("平台营业成本", f(rev[3] * .58), f(rev[2] * .6), f(rev[1] * .61)),
            ("平台相关研发投入", f(S["rd"]), f(S["rd"] * .86), f(S["rd"] * .74)),
            ("平台利润总额", f(S["profit"]), f(S["profit"] * .84), f(S["profit"] * .71))]
    story.append(kit.table(rows, [50, 40, 40, 40], align_right_cols=(1, 2, 3)))
    story.append(Spacer(1, 10))
    story.append(Paragraph("拆分方法：平台收入按合同中平台订阅及平台服务条款归集；研发投入按平台研发项目工时与直接费用归集，"
                           "口径参照国家统计局研究与试验发展（R&D）解释。", st["body"]))
    story.append(Spacer(1, 30))
    story.append(Paragraph(f"{P.company}（财务部）　　2024年7月10日", st["body"]))
    kit.pdf_doc(path, story, header=f"{P.company} 平台业务专项说明")
    cu = unit
    n = (lambda v: r2n(v)) if unit == "万元" else (lambda v: r2n(v))
    for lab, val, col, comp in [("平台相关营业收入（万元）", rev[3], "2023年度", ""),
                                ("平台近三年经营指标情况", rev[2], "2022年度", "2022年平台营收（万元）"),
                                ("平台近三年经营指标情况", rev[1], "2021年度", "2021年平台营收（万元）"),
                                ("平台相关研发投入（万元）", S["rd"], "2023年度", ""),
                                ("平台利润率（%）", S["profit"], "2023年度", "平台利润总额（万元）"),
                                ("投资回报率（%）", S["profit"], "2023年度", "平台年利润（万元）")]:
        rowlab = {"平台相关营业收入（万元）": "平台相关营业收入", "平台近三年经营指标情况": "平台相关营业收入",
                  "平台相关研发投入（万元）": "平台相关研发投入"}.get(lab, "平台利润总额")
        fact(P, lab, f(val), cu, n(val), rel, f(val), 1, rowlab, col, comp)


def r2n(v):
    return float(f"{v + 1e-9:.2f}")


def model_rows(P):
    return [(i + 1, m.name, m.cat, m.calls, m.users, m.status, "私有化" if m.private else "平台") for i, m in enumerate(P.models)]


def model_list_xlsx(P, path, rel):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "模型清单"
    ws.cell(row=1, column=1, value=f"{P.rows['平台名称'][0]} 工业机理模型清单（导出时间：2024-07-12 10:21，统计周期：2024-07-05至2024-07-11）")
    hdr = ("序号", "模型名称", "模型分类", "调用次数(近一周)", "调用用户数(近一周)", "状态", "部署")
    ws_rows(ws, [hdr] + model_rows(P), [6, 34, 16, 16, 16, 10, 10], start=2)
    n = len(P.models)
    ws.cell(row=n + 3, column=1, value=f"合计：{n}个模型（其中私有化部署{P.S['models_private']}个）")
    ws2 = wb.create_sheet("分类汇总")
    ws_rows(ws2, [("模型分类", "数量（个）")] + list(P.cat_counts.items()) + [("合计", n)], [20, 14])
    save_xlsx(wb, path)
    fact(P, "工业机理模型数量（个）", str(n), "个", n, rel, f"合计：{n}个模型", 1, "合计")
    for k, v in P.cat_counts.items():
        fact(P, "按分类统计工业模型数量（个）", str(v), "个", v, rel, str(v), 2, k, "数量（个）", f"{k}（个）")


def model_list_pdf(P, path, rel):
    st = kit.styles("WQY")
    rows = [("序号", "模型名称", "模型分类", "调用次数(近一周)", "状态")] + [(r[0], r[1], r[2], r[3], r[5]) for r in model_rows(P)]
    n = len(P.models)
    story = [Paragraph("工业机理模型库清单", st["h1"]),
             Paragraph("数据来源：模型中心运行日志；统计周期 2024-07-08 00:00 ～ 2024-07-14 23:59", st["small"]), Spacer(1, 6),
             kit.table(rows, [12, 70, 32, 30, 20], font_name="WQY", size=8, align_right_cols=(3,), zebra=True),
             Spacer(1, 8), Paragraph(f"模型总数：{n}个", st["body"])]
    story.append(Paragraph("分类汇总：" + "；".join(f"{k} {v}个" for k, v in P.cat_counts.items()), st["body"]))
    kit.pdf_doc(path, story, header=f"{P.company}  模型中心导出")
    fact(P, "工业机理模型数量（个）", str(n), "个", n, rel, f"模型总数：{n}个", None, "模型总数")
    for k, v in P.cat_counts.items():
        fact(P, "按分类统计工业模型数量（个）", str(v), "个", v, rel, f"{k} {v}个", None, k, "", f"{k}（个）")


def services_xlsx(P, path, rel, title="Nacos服务列表导出"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "service-list"
    hdr = ("服务名", "命名空间", "分组", "实例数", "健康实例数", "近7日调用量")
    rows = [(s.name, s.ns, s.group, s.instances, s.healthy, s.calls7) for s in P.services]
    ws.cell(row=1, column=1, value=f"{title}（nacos-cluster-prod，导出于2024-07-12）")
    ws_rows(ws, [hdr] + rows, [30, 12, 16, 10, 12, 14], start=2)
    n = len(rows)
    ws.cell(row=n + 3, column=1, value=f"服务数：{n}")
    ws.cell(row=n + 3, column=4, value=f"实例合计：{P.inst_total}")
    save_xlsx(wb, path)
    fact(P, "微服务数量（个）", str(n), "个", n, rel, f"服务数：{n}", 1, "服务数")


def services_pdf(P, path, rel):
    st = kit.styles()
    rows = [("序号", "服务名称", "命名空间", "实例数", "近7日调用量")] + [(i + 1, s.name, s.ns, s.instances, f"{s.calls7:,}") for i, s in enumerate(P.services)]
    n = len(P.services)
    story = [Paragraph("API网关 / 服务注册中心 微服务清单", st["h1"]), Paragraph("导出时间：2024-07-11 16:02　统计口径：服务（非实例）", st["small"]),
             kit.table(rows, [12, 62, 26, 18, 30], size=8, align_right_cols=(3, 4)),
             Paragraph(f"微服务总数：{n}个；实例总数：{P.inst_total}个", st["body"])]
    kit.pdf_doc(path, story, header="API Gateway export")
    fact(P, "微服务数量（个）", str(n), "个", n, rel, f"微服务总数：{n}个", None, "微服务总数")


def console_png(P, path, rel, kind):
    """Nacos / K8s style console screenshot with English and Chinese."""
    W, H = 1600, 900
    im = Image.new("RGB", (W, H), (245, 247, 250))
    d = ImageDraw.Draw(im)
    f = kit.font(18, "sans")
    fb = kit.font(22, "bold")
    d.rectangle([0, 0, W, 56], fill=(34, 45, 66))
    d.rectangle([0, 56, 220, H], fill=(48, 60, 84))
    n = len(P.services)
    if kind == "nacos":
        d.text((20, 14), "NACOS 2.2.3   |  命名空间 prod", font=fb, fill="white")
        for i, m in enumerate(["配置管理 Configurations", "服务管理 Service Management", "  服务列表 Service List", "  订阅者列表", "权限控制", "命名空间 Namespace", "集群管理"]):
            d.text((16, 80 + i * 42), m, font=f, fill=(220, 225, 235) if i != 2 else (90, 170, 255))
        d.text((250, 76), "服务列表 | Service List", font=fb, fill=(30, 30, 30))
        cols = ["服务名 Service Name", "分组名称 Group", "集群数目", "实例数 Instances", "健康实例数", "触发保护阈值", "操作"]
        xs = [250, 640, 860, 980, 1130, 1270, 1420]
        y = 130
        d.rectangle([240, y - 8, W - 20, y + 30], fill=(232, 236, 242))
        for x, c in zip(xs, cols):
            d.text((x, y), c, font=f, fill=(60, 60, 60))
        for s in P.services[:15]:
            y += 42
            for x, c in zip(xs, [s.name, s.group, "1", str(s.instances), str(s.healthy), "false", "详情 | 示例代码 | 删除"]):
                d.text((x, y), c, font=f, fill=(40, 40, 40) if x != 1420 else (40, 120, 220))
        label = f"共 {n} 条  Total {n}"
        d.text((250, H - 70), label, font=fb, fill=(30, 30, 30))
        d.text((1150, H - 70), "< 1 2 3 4 5 >   每页 15 条", font=f, fill=(80, 80, 80))
        fact(P, "微服务数量（个）", str(n), "个", n, rel, f"共 {n} 条", 1, "服务列表 | Service List", "", "", True)
    else:  # kubernetes / CCE workloads
        d.text((20, 14), "Kubernetes Dashboard  ·  集群 iiot-prod-01", font=fb, fill="white")
        for i, m in enumerate(["Workloads 工作负载", "  Deployments", "  Pods", "Service 服务", "Config and Storage", "Namespaces"]):
            d.text((16, 80 + i * 42), m, font=f, fill=(220, 225, 235) if i != 1 else (90, 170, 255))
        d.text((250, 76), f"Deployments（无状态负载）  Running Pods: {P.inst_total}", font=fb, fill=(30, 30, 30))
        xs = [250, 700, 900, 1100, 1300]
        y = 130
        for x, c in zip(xs, ["Name", "Namespace", "Pods 实例", "Images", "Age"]):
            d.text((x, y), c, font=f, fill=(60, 60, 60))
        for s in P.services[:15]:
            y += 42
            for x, c in zip(xs, [s.name, s.ns, f"{s.instances} / {s.instances}", f"harbor.local/{s.name}:1.8", "218d"]):
                d.text((x, y), c, font=f, fill=(40, 40, 40))
        d.text((250, H - 70), f"Deployments: {n}    Pods: {P.inst_total}", font=fb, fill=(30, 30, 30))
        fact(P, "微服务数量（个）", str(n), "个", n, rel, f"Deployments: {n}", 1, "Deployments", "", "", True)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, optimize=False)


def developer_pdf(P, path, rel):
    S = P.S
    st = kit.styles()
    rng = random.Random(S["seed"] + 5)
    months = [f"2023-{m:02d}" for m in range(7, 13)] + [f"2024-{m:02d}" for m in range(1, 7)]
    adds = [rng.randint(80, 260) for _ in months]
    total = S["devs"]
    rows = [("月份", "新增注册开发者", "当月活跃开发者（登录且调用工具/环境）")]
    for m, a in zip(months, adds):
        rows.append((m, a, int(S["active_devs"] * rng.uniform(.88, 1.06)) if not P.has("devs_subset") else "—"))
    story = [Paragraph("开发者社区运营数据（后台导出）", st["h1"]), kit.table(rows, [30, 40, 70], align_right_cols=(1, 2)), Spacer(1, 8),
             Paragraph(f"截至2024年6月30日，个人开发者{int(total * .78)}个，企业开发者{total - int(total * .78)}个，注册开发者总数：{total:,}个。", st["body"])]
    if not P.has("devs_subset"):
        story.append(Paragraph(f"近30日（2024-06-01至2024-06-30）登录平台并调用开发工具或环境的活跃开发者：{S['active_devs']:,}个。", st["body"]))
    kit.pdf_doc(path, story, header="开发者社区 Developer Community")
    fact(P, "开发者注册总数（个）", f"{total:,}", "个", total, rel, f"注册开发者总数：{total:,}个", None, "注册开发者总数")
    if not P.has("devs_subset"):
        fact(P, "活跃开发者数（个）", f"{S['active_devs']:,}", "个", S["active_devs"], rel, f"活跃开发者：{S['active_devs']:,}个", None, "活跃开发者")


def developer_png(P, path, rel):
    S = P.S
    W, H = 1440, 820
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    fb, f, big = kit.font(24, "bold"), kit.font(18, "sans"), kit.font(44, "bold")
    d.rectangle([0, 0, W, 60], fill=(255, 106, 0))
    d.text((24, 14), "飞梭开发者中心 · 运营后台  Developer Console", font=fb, fill="white")
    cards = [("注册开发者 Registered", f"{S['devs']:,}"), ("本月新增", "212"), ("应用提交", "1,046"), ("API调用(日)", "86.2万")]
    for i, (a, b) in enumerate(cards):
        x = 30 + i * 350
        d.rounded_rectangle([x, 90, x + 320, 240], 12, outline=(220, 220, 220), width=2)
        d.text((x + 20, 110), a, font=f, fill=(100, 100, 100))
        d.text((x + 20, 150), b, font=big, fill=(30, 30, 30))
    d.text((30, 280), "开发者列表 | 最近登录", font=fb, fill=(30, 30, 30))
    rng = random.Random(S["seed"])
    for i in range(10):
        y = 330 + i * 44
        d.text((30, y), f"dev_{rng.randint(10000, 99999)}", font=f, fill=(40, 40, 40))
        d.text((330, y), rng.choice(["个人开发者", "企业开发者"]), font=f, fill=(40, 40, 40))
        d.text((630, y), f"2024-07-{rng.randint(1, 11):02d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", font=f, fill=(40, 40, 40))
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, optimize=False)
    fact(P, "开发者注册总数（个）", f"{S['devs']:,}", "个", S["devs"], rel, f"{S['devs']:,}", 1, "注册开发者 Registered", "", "", True)


def cloud_rows_fmt(P):
    out = []
    for vendor, dep, spec, vcpu, n in P.S["cloud_rows"]:
        out.append((vendor, dep, spec, vcpu, n, f"{vcpu * n / 8:.2f}"))
    return out


def cloud_pdf(P, path, rel):
    st = kit.styles()
    rows = [("资源池", "部署类型", "实例规格", "vCPU/台", "数量（台）", "折合标准台")] + cloud_rows_fmt(P)
    rows.append(("合计", "", "", "", sum(r[4] for r in cloud_rows_fmt(P)), f"{P.cloud_total:.2f}"))
    story = [Paragraph("平台云服务器资源清单及用云量折算说明", st["h1"]),
             Paragraph("折算口径：以8vCPU（内存32GiB级）云服务器为1标准台，折合标准台＝vCPU数×数量÷8；未云化的物理服务器不计入。", st["body"]),
             Spacer(1, 6), kit.table(rows, [30, 22, 58, 16, 20, 24], align_right_cols=(3, 4, 5)), Spacer(1, 8),
             Paragraph(f"其中公有云折合标准台：{P.cloud_pub:.2f}台。", st["body"]),
             Paragraph("注：公有云费用见月度账单截图（金额单位：元），本表仅统计资源数量。", st["small"])]
    kit.pdf_doc(path, story, header=f"{P.company} 信息技术部")
    fact(P, "平台实际用云量（台）", f"{P.cloud_total:.2f}", "台", P.cloud_total, rel, f"{P.cloud_total:.2f}", None, "合计", "折合标准台")
    fact(P, "平台公有云实际使用数量（台）", f"{P.cloud_pub:.2f}", "台", P.cloud_pub, rel, f"公有云折合标准台：{P.cloud_pub:.2f}台", None, "其中公有云折合标准台")


def cloud_xlsx(P, path, rel):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ECS清单"
    rows = [("资源池", "部署类型", "实例规格", "vCPU/台", "数量（台）", "折合标准台（8vCPU=1台）")] + [
        (a, b, c, d_, e, float(f)) for a, b, c, d_, e, f in cloud_rows_fmt(P)]
    ws_rows(ws, rows, [16, 10, 34, 10, 12, 22])
    n = len(rows)
    ws.cell(row=n + 1, column=1, value="合计")
    ws.cell(row=n + 1, column=6, value=P.cloud_total).number_format = "0.00"
    ws.cell(row=n + 2, column=1, value="其中：公有云")
    ws.cell(row=n + 2, column=6, value=P.cloud_pub).number_format = "0.00"
    for i in range(2, n + 1):
        ws.cell(row=i, column=6).number_format = "0.00"
    save_xlsx(wb, path)
    fact(P, "平台实际用云量（台）", f"{P.cloud_total:.2f}", "台", P.cloud_total, rel, f"{P.cloud_total:g}", 1, "合计", "折合标准台（8vCPU=1台）")
    fact(P, "平台公有云实际使用数量（台）", f"{P.cloud_pub:.2f}", "台", P.cloud_pub, rel, f"{P.cloud_pub:g}", 1, "其中：公有云", "折合标准台（8vCPU=1台）")


def bill_png(P, path, vendor):
    """Monthly bill screenshot, amounts in 元 (no indicator facts: money, not 台)."""
    S = P.S
    rng = random.Random(S["seed"] + 9)
    W, H = 1500, 860
    im = Image.new("RGB", (W, H), (250, 250, 250))
    d = ImageDraw.Draw(im)
    fb, f = kit.font(22, "bold"), kit.font(18, "sans")
    color = {"阿里云": (255, 106, 0), "华为云": (200, 20, 30), "联通云": (230, 0, 18)}[vendor]
    d.rectangle([0, 0, W, 58], fill=color)
    d.text((24, 14), f"{vendor} 费用中心 | Billing Center  ›  账单详情 Bill Details", font=fb, fill="white")
    d.text((30, 80), "账期 Billing Cycle：2024-06      币种：人民币（元）", font=f, fill=(50, 50, 50))
    pub = [r for r in S["cloud_rows"] if r[1] == "公有云"]
    rows = []
    total = 0.0
    for _, _, spec, vcpu, n in pub:
        amt = round(n * vcpu * rng.uniform(95, 130), 2)
        total += amt
        rows.append(("云服务器 ECS", spec.split("（")[0], f"{n}", "包年包月", f"{amt:,.2f}"))
    for prod, spec, amt in [("对象存储 OSS/OBS", "标准存储", rng.uniform(18000, 42000)), ("云数据库 RDS", "MySQL 8.0 高可用", rng.uniform(9000, 22000)),
                            ("负载均衡", "性能保障型", rng.uniform(1800, 5000)), ("公网带宽", "按固定带宽", rng.uniform(6000, 15000))]:
        total += round(amt, 2)
        rows.append((prod, spec, "-", "按量付费", f"{round(amt, 2):,.2f}"))
    xs = [30, 330, 700, 860, 1080]
    y = 140
    d.rectangle([20, y - 8, W - 20, y + 32], fill=(235, 235, 235))
    for x, c in zip(xs, ["产品 Product", "规格 Spec", "数量/台", "计费方式", "应付金额（元）"]):
        d.text((x, y), c, font=f, fill=(40, 40, 40))
    for r in rows:
        y += 48
        for x, c in zip(xs, r):
            d.text((x, y), c, font=f, fill=(30, 30, 30))
        d.line([20, y + 36, W - 20, y + 36], fill=(225, 225, 225))
    d.text((30, y + 70), f"本月应付合计 Total：¥ {total:,.2f} 元", font=fb, fill=color)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, optimize=False)


def storage_png(P, path, rel, vendor):
    S = P.S
    W, H = 1400, 780
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    fb, f, big = kit.font(24, "bold"), kit.font(18, "sans"), kit.font(40, "bold")
    d.rectangle([0, 0, W, 58], fill=(33, 37, 41))
    d.text((24, 14), f"{vendor}  存储管理控制台 Storage Console › 容量概览 Capacity Overview", font=fb, fill="white")
    pb = S.get("console_pb", S["storage_pb"])
    used_gb = S["used_gb"]
    pct = used_gb / (pb * 1_000_000) * 100
    cards = [("总容量 Total Capacity", f"{pb:.2f} PB"), ("已用 Used", f"{used_gb:,} GB"), ("使用率 Usage", f"{pct:.2f}%")]
    for i, (a, b) in enumerate(cards):
        x = 30 + i * 450
        d.rounded_rectangle([x, 90, x + 420, 250], 10, outline=(210, 210, 210), width=2)
        d.text((x + 20, 110), a, font=f, fill=(90, 90, 90))
        d.text((x + 20, 160), b, font=big, fill=(20, 20, 20))
    d.rectangle([30, 290, 1340, 320], outline=(180, 180, 180))
    d.rectangle([30, 290, 30 + int(1310 * pct / 100), 320], fill=(60, 140, 230))
    d.text((30, 350), "存储池 Pools", font=fb, fill=(30, 30, 30))
    pools = [("ts-hot（时序热数据）", 0.36), ("obj-warm（对象存储）", 0.44), ("backup-cold（备份归档）", 0.20)]
    for i, (nm, share) in enumerate(pools):
        y = 400 + i * 50
        d.text((30, y), nm, font=f, fill=(40, 40, 40))
        d.text((520, y), f"{pb * share * 1000:,.1f} TB", font=f, fill=(40, 40, 40))
        d.text((800, y), f"{used_gb * share:,.0f} GB", font=f, fill=(40, 40, 40))
    d.text((30, 600), "注：容量单位按十进制换算（1 PB = 1000 TB，1 TB = 1000 GB）。数据更新时间 2024-07-12 09:00", font=f, fill=(120, 120, 120))
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, optimize=False)
    fact(P, "存储容量（TB）", f"{pb:.2f} PB", "PB", r2n(pb * 1000), rel, f"{pb:.2f} PB", 1, "总容量 Total Capacity", "", "", True)
    used_tb = r2n(used_gb / 1000)
    fact(P, "存储工业数据量（TB）", f"{used_gb:,} GB", "GB", used_tb, rel, f"{used_gb:,} GB", 1, "已用 Used", "", "", True)
    fact(P, "存储资源利用率（%）", f"{used_gb:,} GB", "GB", used_tb, rel, f"{used_gb:,} GB", 1, "已用 Used", "", "实际存储资源数量（TB）", True)
    fact(P, "存储资源利用率（%）", f"{pct:.2f}%", "%", r2n(pct), rel, f"{pct:.2f}%", 1, "使用率 Usage", "", "", True)


def core_users_doc(P, path, rel, fmt):
    S = P.S
    months = [f"2023年{m}月" for m in range(7, 13)] + [f"2024年{m}月" for m in range(1, 7)]
    mu = P.monthly_users
    avg = S["core_users"]
    if fmt == "pdf":
        st = kit.styles("WQY")
        top = sorted(P.models, key=lambda m: -m.users)[:10]
        story = [Paragraph("核心工业模型月调用用户数统计（近一年）", st["h1"]),
                 Paragraph("核心工业模型：调用用户数最多的10个模型；同一用户当月多次调用记为1个。", st["small"]),
                 kit.table([("排名", "模型名称", "模型分类")] + [(i + 1, m.name, m.cat) for i, m in enumerate(top)], [14, 80, 36], font_name="WQY"),
                 Spacer(1, 8),
                 kit.table([("月份", "调用用户数（去重）")] + list(zip(months, mu)) + [("月平均", f"{avg}")], [40, 40], font_name="WQY", align_right_cols=(1,))]
        kit.pdf_doc(path, story, header="模型中心 · 调用日志统计")
        fact(P, "核心工业模型平均月调用用户数量（个）", str(avg), "个", avg, rel, f"月平均{avg}", None, "月平均", "调用用户数（去重）")
    else:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "月调用用户"
        ws_rows(ws, [("统计月份", "核心模型调用用户数（去重）")] + list(zip(months, mu)), [16, 26])
        ws.cell(row=14, column=1, value="月均")
        ws.cell(row=14, column=2, value=avg)
        save_xlsx(wb, path)
        fact(P, "核心工业模型平均月调用用户数量（个）", str(avg), "个", avg, rel, str(avg), 1, "月均", "核心模型调用用户数（去重）")


def ip_pdf(P, path, rel):
    S = P.S
    st = kit.styles()
    rng = random.Random(S["seed"] + 2)
    prow = [("序号", "专利名称", "专利号", "类型", "权利人")]
    for i in range(S["patents"]):
        prow.append((i + 1, f"一种基于{S['domain']}的{rng.choice(['设备状态监测', '模型调度', '数据采集', '边缘计算', '故障诊断'])}方法及系统",
                     f"ZL20{rng.randint(18, 23)}1{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}", rng.choice(["发明", "发明", "实用新型"]), P.company))
    srow = [("序号", "软件名称", "登记号", "著作权人")]
    for i in range(S["softcr"]):
        srow.append((i + 1, f"{S['short']}{rng.choice(['设备接入', '模型管理', '数据治理', '运维监控', '开发者门户', '能效分析'])}软件V{rng.randint(1, 4)}.{rng.randint(0, 9)}",
                     f"20{rng.randint(19, 24)}SR{rng.randint(100000, 1999999):07d}", P.company))
    story = [Paragraph("平台核心软硬件技术知识产权清单", st["h1"]), Paragraph(f"一、专利清单（共{S['patents']}项）", st["h2"]),
             kit.table(prow, [10, 78, 40, 16, 30], size=7.5), PageBreak(),
             Paragraph(f"二、软件著作权清单（共{S['softcr']}项）", st["h2"]), kit.table(srow, [10, 80, 42, 42], size=7.5)]
    kit.pdf_doc(path, story, header=P.company)
    fact(P, "平台核心软硬件技术获得的专利数量（项）", str(S["patents"]), "项", S["patents"], rel, f"专利清单（共{S['patents']}项）", None, "专利清单")
    fact(P, "平台核心软硬件技术获得的软著数量（个）", str(S["softcr"]), "项", S["softcr"], rel, f"软件著作权清单（共{S['softcr']}项）", None, "软件著作权清单")


def devices_pdf(P, path, rel):
    S, R = P.S, P.rows
    st = kit.styles()
    pub = R["按二级分类统计公有云工业设备数量（台/套）"][1]
    run = R["按二级分类统计公有云工业设备平均日运行数量（台/套）"][1]
    rows = [("设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）")]
    for k, v in P.dev_cats.items():
        rows.append((k, f"{v:,}", f"{pub[k]:,}", f"{run[k]:,}"))
    rows.append(("合计", f"{S['dev_total']:,}", f"{S['pub_dev']:,}", f"{S['pub_run']:,}"))
    story = [Paragraph("平台接入工业设备统计表（截至2024年6月30日）", st["h1"]), kit.table(rows, [44, 36, 44, 40], align_right_cols=(1, 2, 3)),
             Spacer(1, 8), Paragraph("按设备所属企业注册地统计：", st["body"]),
             kit.table([("区域", "接入数量（台/套）")] + [(k, f"{v:,}") for k, v in P.regions.items()], [60, 40], align_right_cols=(1,))]
    ov = sum(P.overseas.values())
    story.append(Paragraph(f"海外设备合计：{ov:,}台/套" + ("（" + "、".join(f"{k} {v}" for k, v in P.overseas.items()) + "）" if P.overseas else ""), st["body"]))
    kit.pdf_doc(path, story, header=f"{P.company} 设备接入管理系统导出")
    for lab, v, col in [("连接的工业设备/产品/产线种类及数量（台/套）", S["dev_total"], "接入数量（台/套）"),
                        ("公有云工业设备连接数量（台/套）", S["pub_dev"], "其中：公有云接入（台/套）"),
                        ("公有云工业设备平均日运行数量（台/套）", S["pub_run"], "公有云日均运行（台/套）")]:
        fact(P, lab, f"{v:,}", "台/套", v, rel, f"{v:,}", None, "合计", col)
    fact(P, "海外设备连接数量（台/套）", f"{ov:,}", "台/套", ov, rel, f"海外设备合计：{ov:,}台/套", None, "海外设备合计")


# ============================================================ packages
BACKUP = {
    "h31_lianqing_clean": ("许文博", "解决方案经理", "13916820591", "xuwenbo@cu-iiot.example.com"),
    "h31_xinhua_problems": ("刘若楠", "项目经理", "13917380614", "liurn@xinhua-ctl.example.com"),
    "h31_cpai_problems": ("钱骏", "技术总监", "13918262109", "qianjun@cpai-env.example.com"),
    "h31_feisuo_problems": ("王子豪", "产品经理", "13901851467", "wangzh@feisuo.example.com"),
}
EQUITY = {
    "h31_lianqing_clean": "中国联合网络通信有限公司上海市分公司等 出资35000万元 持股70%；上海数智工场科技有限公司 出资15000万元 持股30%",
    "h31_xinhua_problems": "上海新华控制技术（集团）有限公司 出资12000万元 持股100%",
    "h31_cpai_problems": "上海西派埃自动化仪表工程有限责任公司 出资3500万元 持股70%；员工持股平台 出资1500万元 持股30%",
    "h31_feisuo_problems": "朱立峰 持股31.25%；员工持股平台 持股12.40%；其他机构投资者 持股56.35%",
}


def build_package(S):
    P = derive(S)
    S["backup"] = BACKUP[S["pid"]]
    S["equity"] = EQUITY[S["pid"]]
    root = OUT / S["pid"]
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    pid = S["pid"]
    T = narrative(P)
    P.cells = cell_texts(P, T)
    if P.has("blank_pubdata"):
        P.cells["公有云数据总量（TB）"] = ""
    F = {}  # role-tagged relative paths

    def add(rel, role):
        F[rel] = role
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        return root / rel

    if pid == "h31_lianqing_clean":
        S["form_cols"] = "levels"
        a, e = "01-申报文件/", "02-佐证材料/"
        ev = {k: e + v for k, v in dict(fin="佐证01_平台业务财务专项说明.pdf", models="佐证02_工业机理模型清单.xlsx",
                                           svc="佐证03_微服务注册清单（Nacos导出）.xlsx", nacos="佐证04_Nacos控制台截图.png",
                                           dev="佐证05_开发者社区运营数据.pdf", cloud="佐证06_云资源清单及用云量折算说明.pdf",
                                           bill="佐证07_联通云2024年6月账单截图.png", storage="佐证08_存储控制台截图.png",
                                           core="佐证09_核心工业模型月调用用户统计.pdf", ip="佐证10_知识产权清单.pdf",
                                           devices="佐证11_平台接入设备统计表.pdf").items()}
        P.layout = ["evidence_dir:01-申报文件+02-佐证材料", "form:xlsx+stamped_scan", "columns:levels+content+actual+proof",
                    "summary:xlsx-vertical", "commitment:scan", "platform_part:专项说明(万元)", "models:xlsx(2 sheets)",
                    "services:nacos-xlsx+png", "cloud:pdf+bill-png(元)", "storage:png(PB/GB)", "core_users:pdf", "private_format:models",
                    "name:no-space(联擎5G…)", "no_section7(not 2023 participant)"]
        names = dict(contact=a + "附件1_联系人信息反馈表.docx", form=a + "附件2_申报表_联擎5G全链接工厂平台.xlsx",
                     scan=a + "附件2_申报表（盖章扫描件）.pdf", prop=a + "附件3_申报书_联擎5G全链接工厂平台.docx",
                     summ=a + "附件4_平台基本情况汇总表.xlsx", comm=a + "附件5_真实性承诺（盖章）.pdf")
    elif pid == "h31_xinhua_problems":
        S["form_cols"] = "l3"
        ev = dict(fin="附件3-1 平台业务收入及研发投入专项审计摘录.pdf", models="附件3-2 工业机理模型库清单.pdf",
                  svc="附件3-3 微服务注册清单.xlsx", nacos="附件3-4 K8s集群工作负载截图.png", dev="附件3-5 开发者社区运营数据.pdf",
                  cloud="附件3-6 云服务器资源清单.xlsx", bill="附件3-7 阿里云月度账单截图.png", storage="附件3-8 分布式存储容量截图.png",
                  core="附件3-9 核心模型月调用用户.xlsx", ip="附件3-10 知识产权清单.pdf", devices="附件3-11 设备接入统计.pdf")
        P.layout = ["evidence_dir:flat", "form:docx+stamped_scan", "columns:l3+content+proof+actual", "summary:docx",
                    "commitment:docx", "platform_part:专项审计摘录(元)", "models:pdf", "services:xlsx+k8s-png(instances)",
                    "cloud:xlsx+bill-png(元)", "storage:png", "core_users:xlsx", "private_format:models"]
        names = dict(contact="附件1 联系人信息反馈表.docx", form="附件2 申报表.docx", scan="附件2 申报表-盖章版.pdf",
                     prop="附件3 申报书.docx", summ="附件4 平台基本情况汇总表.docx", comm="附件5 真实性承诺.docx")
    elif pid == "h31_cpai_problems":
        S["form_cols"] = "levels"
        a, e = "申报材料/", "证明材料/"
        ev = {k: e + v for k, v in dict(fin="01 平台财务数据专项说明.pdf", models="02 工业模型清单.xlsx",
                                           svc="03 API网关微服务清单.pdf", nacos="04 服务注册中心截图.png", dev="05 开发者社区数据.pdf",
                                           cloud="06 云服务器清单及折算.pdf", bill="07 华为云账单截图.png", storage="08 OBS存储容量截图.png",
                                           core="09 核心模型月调用用户统计.pdf", ip="10 知识产权清单.pdf", devices="11 设备接入统计表.pdf").items()}
        P.layout = ["evidence_dir:申报材料+证明材料", "form:docx+stamped_scan", "columns:levels+content+actual+proof",
                    "summary:xlsx-vertical", "commitment:scan", "platform_part:专项说明(元)", "models:xlsx", "services:gateway-pdf+nacos-png",
                    "cloud:pdf+bill-png(元)", "storage:png(PB)", "core_users:pdf", "private_format:models"]
        names = dict(contact=a + "附件1 联系人信息反馈表.docx", form=a + "附件2 申报表（西派埃）.docx", scan=a + "附件2 申报表盖章扫描件.pdf",
                     prop=a + "附件3 申报书（西派埃）.docx", summ=a + "附件4 汇总表.xlsx", comm=a + "附件5 真实性承诺.pdf")
        S["narrative_models"] = "200余个"
    else:
        S["form_cols"] = "levels"
        ev = dict(fin="飞梭_佐证1_平台经营数据专项说明.pdf", models="飞梭_佐证2_机理模型清单.pdf", svc="飞梭_佐证3_Nacos服务清单.xlsx",
                  nacos="飞梭_佐证4_Nacos服务列表截图.png", dev="飞梭_佐证5_开发者中心截图.png", cloud="飞梭_佐证6_阿里云ECS实例清单.xlsx",
                  bill="飞梭_佐证7_阿里云账单截图.png", storage="飞梭_佐证8_存储容量截图.png", core="飞梭_佐证9_核心模型月调用用户统计.pdf",
                  ip="飞梭_佐证10_知识产权清单.pdf", devices="飞梭_佐证11_织机接入统计.pdf")
        P.layout = ["naming:prefix 飞梭_", "evidence_dir:flat", "form:xlsx+stamped_scan", "columns:levels+content+actual+proof",
                    "summary:xlsx-vertical", "commitment:scan", "platform_part:专项说明(万元)", "models:pdf", "services:nacos-xlsx+png",
                    "developers:png", "cloud:xlsx+bill-png(元)", "storage:png", "core_users:pdf", "all public cloud"]
        names = dict(contact="飞梭_附件1_联系人信息反馈表.docx", form="飞梭_附件2_申报表.xlsx", scan="飞梭_附件2_申报表_盖章扫描.pdf",
                     prop="飞梭_附件3_申报书.docx", summ="飞梭_附件4_汇总表.xlsx", comm="飞梭_附件5_真实性承诺_盖章.pdf")

    # proof column references
    P.proof_map = {"研发投入": ev["fin"], "营业收入": ev["fin"], "利润率": ev["fin"], "投资回报率": ev["fin"],
                   "机理模型": ev["models"], "按分类统计工业模型": ev["models"], "核心工业模型": ev["core"], "微服务": ev["svc"],
                   "开发者": ev["dev"], "用云量": ev["cloud"], "公有云实际使用": ev["cloud"], "存储": ev["storage"],
                   "专利": ev["ip"], "软著": ev["ip"], "连接的工业设备": ev["devices"], "公有云工业设备": ev["devices"], "海外设备": ev["devices"]}
    P.proof_map = {k: Path(v).stem for k, v in P.proof_map.items()}

    # ---- evidence
    unit = "元" if pid in ("h31_xinhua_problems", "h31_cpai_problems") else "万元"
    finance_pdf(P, add(ev["fin"], "evidence:audit_report"), ev["fin"], unit)
    if ev["models"].endswith(".xlsx"):
        model_list_xlsx(P, add(ev["models"], "evidence:other"), ev["models"])
    else:
        model_list_pdf(P, add(ev["models"], "evidence:other"), ev["models"])
    if ev["svc"].endswith(".xlsx"):
        services_xlsx(P, add(ev["svc"], "evidence:other"), ev["svc"])
    else:
        services_pdf(P, add(ev["svc"], "evidence:other"), ev["svc"])
    console_png(P, add(ev["nacos"], "evidence:screenshot"), ev["nacos"], "k8s" if pid == "h31_xinhua_problems" else "nacos")
    if ev["dev"].endswith(".png"):
        developer_png(P, add(ev["dev"], "evidence:screenshot"), ev["dev"])
    else:
        developer_pdf(P, add(ev["dev"], "evidence:other"), ev["dev"])
    if ev["cloud"].endswith(".xlsx"):
        cloud_xlsx(P, add(ev["cloud"], "evidence:other"), ev["cloud"])
    else:
        cloud_pdf(P, add(ev["cloud"], "evidence:other"), ev["cloud"])
    vendor = {"h31_lianqing_clean": "联通云", "h31_xinhua_problems": "阿里云", "h31_cpai_problems": "华为云", "h31_feisuo_problems": "阿里云"}[pid]
    bill_png(P, add(ev["bill"], "evidence:screenshot"), vendor)
    storage_png(P, add(ev["storage"], "evidence:screenshot"), ev["storage"],
                {"h31_lianqing_clean": "联通云 对象存储", "h31_xinhua_problems": "XSKY 分布式存储", "h31_cpai_problems": "华为云 OBS",
                 "h31_feisuo_problems": "阿里云 OSS+NAS"}[pid])
    core_users_doc(P, add(ev["core"], "evidence:other"), ev["core"], "xlsx" if ev["core"].endswith(".xlsx") else "pdf")
    ip_pdf(P, add(ev["ip"], "evidence:patent_list"), ev["ip"])
    devices_pdf(P, add(ev["devices"], "evidence:device_list"), ev["devices"])

    attachments = [f"附件{i}：{Path(v).stem}" for i, v in enumerate(ev.values(), 1)]

    # ---- planted problems (descriptions) and applicant 汇总表 deviations
    formf, summf, propf = names["form"], names["summ"], names["prop"]
    if P.has("active_models"):
        problem(P, "count_vs_list", ["活跃机理模型数量（一周调用5次以上）（个）"], [formf, ev["models"]], "error",
                f"申报表填报活跃机理模型数量（一周调用5次以上）58个，而工业机理模型库清单（模型总数{S['models']}个）“调用次数(近一周)”列中"
                f"达到5次及以上的模型只有{P.active_models}个（即使按“>5次”也不会更多）")
    if P.has("services_as_instances"):
        problem(P, "declared_vs_evidence", ["微服务数量（个）"], [formf, ev["svc"], ev["nacos"]], "error",
                f"申报表填报微服务数量{P.inst_total}个，等于微服务注册清单中的实例合计（实例合计：{P.inst_total}）；清单与K8s截图显示服务数为"
                f"{S['services']}个（Deployments: {S['services']}），微服务数量应按服务计而非按实例计")
    if P.has("no_section7"):
        problem(P, "section7", ["七、平台相较上年度对比情况"], [propf], "error",
                "申报书缺少“七、平台相较上年度对比情况”：该平台在附件6（序号5）中2023年度参评为“是”，第七章为必填章节")
    if P.has("summary_devs"):
        P.a4_override["开发者注册总数（个）"] = "2816"
        problem(P, "summary_vs_form", ["开发者注册总数（个）"], [summf, formf], "error",
                f"汇总表填报开发者注册总数2816个，申报表为{S['devs']}个（开发者社区数据亦为{S['devs']:,}个）")
    if P.has("invalid_model_cat"):
        problem(P, "invalid_category", ["按分类统计工业模型数量（个）"], [formf, ev["models"]], "error",
                f"按分类统计工业模型数量中的“设备运维模型：{P.cat_counts['设备运维模型']}”不是附录D的工业模型分类（数据算法模型、研发仿真模型、"
                "行业机理模型、业务流程模型）")
    if P.has("storage_screenshot"):
        problem(P, "screenshot_vs_form", ["存储容量（TB）", "存储资源利用率（%）"], [ev["storage"], formf], "warning",
                f"OBS存储容量截图显示总容量{S['console_pb']:.2f} PB（{S['console_pb'] * 1000:.0f}TB）、使用率"
                f"{S['used_gb'] / (S['console_pb'] * 1e6) * 100:.2f}%，申报表填报存储容量{P.cap_tb:.2f}TB、存储资源利用率{P.util:.2f}%"
                "（已用量503,040 GB与申报一致）")
    if P.has("narrative_models"):
        problem(P, "narrative_vs_form", ["工业机理模型数量（个）"], [propf, formf], "warning",
                f"申报书称模型中心“已沉淀工业机理模型200余个”，申报表填报工业机理模型数量{S['models']}个")
    if P.has("answer_algo"):
        problem(P, "answer_format", ["是否提供通用建模分析算法"], [formf], "warning",
                "“是否提供通用建模分析算法”填写为“提供，平台内置……”，填报指引要求填写“是/否”")
    if P.has("storage_formula"):
        problem(P, "formula", ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], [formf], "error",
                f"存储资源利用率（%）填报62.40，按填报指引公式 {P.used_tb:.2f} ÷ {P.cap_tb:.2f} × 100% 应为{P.util:.2f}（存储控制台截图使用率同为{P.util:.2f}%）")
    if P.has("devs_subset"):
        problem(P, "subset", ["活跃开发者数（个）", "开发者注册总数（个）"], [formf], "error",
                f"活跃开发者数{S['active_devs']}个大于开发者注册总数{S['devs']}个（前者是后者的“其中”项）")
    if P.has("core_users"):
        problem(P, "declared_vs_evidence", ["核心工业模型平均月调用用户数量（个）"], [formf, ev["core"]], "error",
                f"申报表填报核心工业模型平均月调用用户数量{S['core_users_declared']}个，核心模型月调用用户统计近12个月月平均为{S['core_users']}个")
    if P.has("blank_pubdata"):
        problem(P, "blank", ["公有云数据总量（TB）"], [formf], "error",
                "指标明细表“公有云数据总量（TB）”平台实际情况未填写（平台部署方式为公有云，汇总表同样空白）")

    # ---- application documents
    contact_form(P, add(names["contact"], "联系人表"))
    if formf.endswith(".xlsx"):
        form_xlsx(P, add(formf, "申报表"))
    else:
        form_docx(P, add(formf, "申报表"))
    form_scan(P, add(names["scan"], "申报表扫描件"))
    proposal_docx(P, add(propf, "申报书"), attachments)
    if summf.endswith(".xlsx"):
        summary_xlsx(P, add(summf, "汇总表"))
    else:
        summary_docx(P, add(summf, "汇总表"))
    if names["comm"].endswith(".pdf"):
        commitment_scan(P, add(names["comm"], "承诺"))
    else:
        commitment_docx(P, add(names["comm"], "承诺"))
    P.files = F
    resolve_pages(P, root)
    write_truth(P)
    return P


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(re.sub(r"\s+", "", tp.get_text_range()))
        tp.close()
    pdf.close()
    return out


def resolve_pages(P, root):
    cache = {}
    for f in P.facts:
        if f["page"] is not None:
            continue
        path = root / f["file"]
        if f["file"] not in cache:
            cache[f["file"]] = page_texts(path)
        q = re.sub(r"\s+", "", f["quote"])
        hits = [i + 1 for i, t in enumerate(cache[f["file"]]) if q in t]
        assert hits, (f["file"], f["quote"])
        f["page"] = hits[0]


def write_truth(P):
    S = P.S
    name, company, part = P.listed_name, P.company, P.part2023
    desc = {"h31_lianqing_clean": "序号25联通（上海）联擎5G全链接工厂平台，无问题（干净包）：活跃模型按调用次数≥5计（含恰好5次）、微服务按服务计（多实例）、账单为元、存储为PB/GB、平台名称少一个空格、非2023参评无第七章。",
            "h31_xinhua_problems": "序号5新华控制电力能源平台，4个问题：活跃机理模型数量高于清单调用列、微服务数量按实例计、缺第七章、汇总表开发者注册总数与申报表不符。",
            "h31_cpai_problems": "序号11西派埃环境装备平台，4个问题：模型分类“设备运维模型”不属附录D、存储截图容量与申报不符、申报书模型数与申报表不符、通用建模算法未按是/否作答。",
            "h31_feisuo_problems": "序号19致景飞梭智纺平台，4个问题：存储资源利用率公式错、活跃开发者大于注册总数、核心模型月调用用户与日志月均不符、公有云数据总量空白。"}[S["pid"]]
    truth = dict(schema_version=1, package_id=S["pid"], description=desc, path=f"packages/{S['pid']}", delivery="folder",
                 platform=dict(list_no=S["no"], listed_name=name, company=company, declared_name=S["declared_name"], participated_2023=part),
                 layout=P.layout, files=P.files, secrets=[S["secret"]],
                 summary_rows=[dict(label=k, value=v[0], normalized=v[1]) for k, v in P.rows.items()],
                 evidence_facts=P.facts, problems=P.problems)
    TRUTH.mkdir(exist_ok=True)
    (TRUTH / f"{S['pid']}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main():
    for S in SPECS:
        P = build_package(dict(S))
        print(S["pid"], "facts", len(P.facts), "problems", len(P.problems), "files", len(P.files))


if __name__ == "__main__":
    main()
