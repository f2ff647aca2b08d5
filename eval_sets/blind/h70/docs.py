"""附件1/2/3/4/5 renderers (DOCX, XLSX, text PDF, stamped scans) from a Spec."""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from . import common as C
from .model import Spec, f2, form_cells, rows, thousands

SCRATCH = "_scratch"


def _company_rows(s: Spec) -> list[list[str]]:
    cf = s.co_fin
    r = [
        ["单位（企业）名称", s.company, "单位（企业）代码", s.credit_code],
        ["成立日期", s.founded, "注册地及所在行政区", s.district],
        ["企业类型", s.company_type, "注册资本", s.capital],
        ["主营业务", s.business, "法定代表人", s.legal_rep],
        ["联系人", s.contact, "职务", s.contact_title],
        ["联系人手机", s.phone, "电子邮箱", s.email],
        ["传真", "—", "", ""],
        ["股权结构：发起人及出资信息", "金额", "持股比例", ""],
    ]
    for name, amt, ratio in s.shareholders:
        r.append([name, amt, ratio, ""])
    r.append(["申报单位上一年度经营状况（2023年）", "", "", ""])
    r.append(["总资产（万元）", f2(cf["总资产"]), "主营业务收入（万元）", f2(cf["主营业务收入"])])
    r.append(["主营业务收入增长率（%）", f2(cf["增长率"]), "负债率（%）", f2(cf["负债率"])])
    r.append(["利润总额（万元）", f2(cf["利润总额"]), "税金（万元）", f2(cf["税金"])])
    return r


def _platform_rows(s: Spec) -> list[list[str]]:
    g = s.growth
    deploy_all = ["边缘侧", "私有云", "公有云", "混合云"]
    dep = " ".join(("☑" if d in s.deploy else "□") + d for d in deploy_all) + " □其他部署方式"
    bm = "☑自建 □合作共建" if s.build_mode == "自建" else f"□自建 ☑合作共建，合作企业名称：{s.build_mode}"
    om = " ".join(("☑" if m == s.op_mode else "□") + m for m in ("自运营", "联合运营", "委托运营"))
    iaas = "☑自建 □租用" if s.iaas == "自建" else f"□自建 ☑租用，服务商名称：{s.iaas}"
    return [
        ["平台名称", s.listed_name],
        ["建设时间", f"{s.build_from[0]}年{s.build_from[1]}月至{s.build_to[0]}年{s.build_to[1]}月"],
        ["平台建设金额（万元）", f2(s.invest)],
        ["平台近三年经营指标情况",
         "\n".join(f"{y}年平台营收{f2(s.rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))],
        ["平台建设方式", bm],
        ["平台运营模式", om],
        ["IaaS基础设施", iaas],
        ["部署方式", dep],
        ["平台网址", f"{s.url}（评审账号：review2024，密码：{s.secret}）"],
        ["平台基本情况介绍", s.texts["介绍"]],
        ["平台建设成效", s.texts["成效"]],
    ]


# ---------------------------------------------------------------- 申报表 DOCX
def form_docx(s: Spec, path: Path) -> None:
    d = C.docx_new(s.contact)
    for line, size in (("上海市工业互联网平台应用水平评价", 18), ("申报表", 22)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(size)
    for line in ("申报年度：2024年度", f"平台名称：{s.listed_name}", f"申报单位：{s.company}（公章）",
                 f"联 系 人：{s.contact}", f"联系人电话：{s.phone}", "", "上海市经济和信息化委员会制", "2024年7月16日"):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    d.add_heading("一、企业基本情况", level=2)
    C.docx_table(d, _company_rows(s), header=False)
    d.add_heading("二、平台基本情况", level=2)
    C.docx_table(d, _platform_rows(s), header=False)
    d.add_page_break()
    d.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    d.add_paragraph("（请依据此表后附的填报指引填写！）")
    cells = form_cells(s)
    t = d.add_table(rows=len(cells) + 1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        t.cell(0, j).text = h
    for i, row in enumerate(cells, start=1):
        for j, v in enumerate(row):
            if j < 3 and i > 1 and cells[i - 2][j] == v:
                continue
            t.cell(i, j).text = v
    # merge the level columns over their groups
    for j in range(3):
        start = 1
        for i in range(2, len(cells) + 2):
            if i == len(cells) + 1 or cells[i - 1][j] != cells[start - 1][j]:
                if i - 1 > start:
                    t.cell(start, j).merge(t.cell(i - 1, j))
                    t.cell(start, j).text = cells[start - 1][j]
                start = i
    d.add_paragraph("")
    d.add_paragraph(f"申报单位（盖章）：{s.company}        日期：2024年7月16日")
    C.docx_save(d, path)


# ---------------------------------------------------------------- 申报表 XLSX
def form_xlsx(s: Spec, path: Path) -> None:
    wb = C.xlsx_new()
    ws = wb.active
    ws.title = "企业基本情况"
    for r in _company_rows(s):
        ws.append(r)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 40
    ws2 = wb.create_sheet("平台基本情况")
    for r in _platform_rows(s):
        ws2.append(r)
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 100
    ws3 = wb.create_sheet("指标明细表")
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for row in form_cells(s):
        ws3.append(list(row))
    for col, w in zip("ABCDEF", (16, 18, 20, 40, 60, 36)):
        ws3.column_dimensions[col].width = w
    for row in ws3.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    C.xlsx_save(wb, path)


# ---------------------------------------------------------------- 申报表 as printed, then scanned
def form_pdf(s: Spec, path: Path) -> None:
    st = C.styles()
    cell = st["cell"]
    cover = [C.SP(40), C.P("上海市工业互联网平台应用水平评价", st["title"]), C.P("申 报 表", st["title"]), C.SP(20)]
    for line in ("申报年度：2024年度", f"平台名称：{s.listed_name}", f"申报单位：{s.company}（公章）",
                 f"联 系 人：{s.contact}", f"联系人电话：{s.phone}"):
        cover.append(C.P(line, st["h"]))
    cover += [C.SP(30), C.P("上海市经济和信息化委员会制　　2024年7月16日", st["h"])]
    p2 = [C.P("一、企业基本情况", st["h"]),
          C.pdf_table([[C.P(x, cell) for x in r] for r in _company_rows(s)], (40, 50, 40, 44), header_rows=0),
          C.P("二、平台基本情况", st["h"]),
          C.pdf_table([[C.P(r[0], cell), C.P(r[1].replace("\n", "<br/>"), cell)] for r in _platform_rows(s)],
                      (36, 138), header_rows=0)]
    rows_ = [[C.P(h, cell) for h in ("三级指标", "内容", "平台实际情况", "证明资料")]]
    for l1, l2, l3, content, val, proof in form_cells(s):
        rows_.append([C.P(l3, cell), C.P(content, cell), C.P(val, cell), C.P(proof, cell)])
    p3 = [C.P("三、上海市工业互联网平台应用水平评价指标明细表", st["h"]), C.pdf_table(rows_, (26, 44, 70, 34)),
          C.SP(6), C.P(f"申报单位（盖章）：{s.company}　　　　2024年7月16日", st["h"])]
    C.build_pdf(path, [cover, p2, p3])


def form_scan(s: Spec, out: Path, scratch: Path, seed: int) -> None:
    src = scratch / f"{s.package_id}_form_src.pdf"
    form_pdf(s, src)
    C.scan_pdf(src, out, s.company, seed, seal_pages=(0, -1), dpi=90)


# ---------------------------------------------------------------- 附件4 汇总表
def _summary_pairs(s: Spec, overrides: dict | None = None) -> list[tuple[str, str]]:
    vals = rows(s)
    out = []
    for label, (v, _) in vals.items():
        if label == "平台近三年经营指标情况":
            v = v.replace("；", "\n")
        out.append((label, (overrides or {}).get(label, v)))
    return out


def summary_xlsx_vertical(s: Spec, path: Path) -> None:
    wb = C.xlsx_new()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["平台基本情况汇总表"])
    ws.append(["项目", "填报内容"])
    for label, v in _summary_pairs(s):
        ws.append([label, v])
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 90
    ws["A1"].font = Font(bold=True, size=14)
    C.xlsx_save(wb, path)


def summary_xlsx_horizontal(s: Spec, path: Path) -> None:
    wb = C.xlsx_new()
    ws = wb.active
    ws.title = "汇总表"
    pairs = _summary_pairs(s)
    ws.append([p[0] for p in pairs])
    ws.append([p[1] for p in pairs])
    C.xlsx_save(wb, path)


def summary_docx(s: Spec, path: Path) -> None:
    d = C.docx_new(s.contact)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("附件4　平台基本情况汇总表")
    r.bold = True
    r.font.size = Pt(16)
    C.docx_table(d, [["项目", "内容"]] + [[a, b] for a, b in _summary_pairs(s)])
    C.docx_save(d, path)


# ---------------------------------------------------------------- 附件1, 附件5
def contact_docx(s: Spec, path: Path) -> None:
    d = C.docx_new(s.contact)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("附件1　联系人信息反馈表")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    C.docx_table(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                     ["联系人（主）", s.contact, s.company, s.contact_title, s.phone, s.email],
                     ["联系人（备用）", s.backup_contact, s.company, "平台运营经理", s.backup_phone,
                      "ops@" + s.domain]])
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{s.meeting_addr}")
    C.docx_save(d, path)


def commitment_scan(s: Spec, out: Path, scratch: Path, seed: int) -> None:
    st = C.styles()
    src = scratch / f"{s.package_id}_commit_src.pdf"
    C.build_pdf(src, [[C.SP(20), C.P("真实性承诺", st["title"]), C.SP(10),
                       C.P("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
                           "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", st["p"]),
                       C.P("特此承诺。", st["p"]), C.SP(30),
                       C.P(f"申报单位：{s.company}（盖章）", st["h"]),
                       C.P(f"法定代表人：{s.legal_rep}（签章）", st["h"]),
                       C.P("2024年7月16日", st["h"])]], footer=False)
    C.scan_pdf(src, out, s.company, seed, seal_pages=(0,), dpi=110)


# ---------------------------------------------------------------- 附件3 申报书
def proposal_chapters(s: Spec, ch2_ops: list[str], ch3: list[str], cases: list[tuple[str, str]],
                      attachments: list[str], ch7: list[str] | None) -> list[tuple[str, list]]:
    """Returns [(chapter title, [paragraph or ('table', rows)])]."""
    vals = rows(s)
    chapters = [
        ("一、申报单位简介", [
            f"{s.company}成立于{s.founded}，注册地位于{s.district}，注册资本{s.capital}，主营{s.business}。",
            f"公司围绕{s.listed_name}组建了{s.ops}人的平台团队，其中运维人员{s.team[0]}人、运营人员{s.team[1]}人，"
            f"具备相关技术职称或从业资格的人员{s.team[2]}人。"]),
        ("二、平台建设及运营情况", [
            f"{s.listed_name}（以下简称平台）建设周期为{s.build_from[0]}年{s.build_from[1]}月至{s.build_to[0]}年{s.build_to[1]}月，"
            f"累计建设投入{f2(s.invest)}万元，采用{s.build_mode}、{s.op_mode}方式，部署方式为{vals['部署方式'][0]}。",
            *ch2_ops,
            ("table", [["三级指标", "本平台数据", "对标数据"],
                       ["2.1.1 工业设备连接/汇聚能力", f"连接工业设备{thousands(s.dev_total)}台/套",
                        "同行业或相似平台：万台/套量级"],
                       ["3.1.1 平台应用规模", f"实际服务企业{thousands(s.ent_total)}家", "同行业平台：千家量级"]]),
            "平台技术创新点总结：平台自研设备接入与时序数据处理引擎，核心组件自主可控，关键量化指标处于国内同类平台先进水平。"]),
        ("三、平台应用成效", ch3 + ["应用创新点总结：平台以服务化延伸模式带动用户降本增效，形成可复制推广的行业解决方案。"]),
        ("四、平台下一步发展计划", ["持续扩大设备接入规模，深化AI大模型在故障诊断中的应用，拓展海外市场与产业链协同服务。"]),
        ("五、平台应用案例", [x for title, body in cases for x in (title, body)]),
        ("六、附件及其他说明材料", attachments),
    ]
    if ch7 is not None:
        chapters.append(("七、平台相较上年度对比情况", ch7))
    return chapters


def proposal_docx(s: Spec, path: Path, chapters) -> None:
    d = C.docx_new(s.contact)
    for line, size in (("上海市工业互联网平台应用水平评价", 18), ("申报书", 22)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(size)
    for line in ("申报年度：2024年度", f"平台名称：{s.listed_name}", f"申报单位：{s.company}（公章）",
                 f"联 系 人：{s.contact}", f"联系人电话：{s.phone}", "上海市经济和信息化委员会制", "2024年7月16日"):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    for title, body in chapters:
        d.add_heading(title, level=1)
        for item in body:
            if isinstance(item, tuple):
                C.docx_table(d, item[1])
            else:
                d.add_paragraph(item)
    C.docx_save(d, path)


def proposal_pdf(s: Spec, path: Path, chapters) -> None:
    st = C.styles()
    pages = [[C.SP(40), C.P("上海市工业互联网平台应用水平评价", st["title"]), C.P("申 报 书", st["title"]), C.SP(20)]
             + [C.P(x, st["h"]) for x in ("申报年度：2024年度", f"平台名称：{s.listed_name}",
                                          f"申报单位：{s.company}（公章）", f"联 系 人：{s.contact}",
                                          f"联系人电话：{s.phone}", "上海市经济和信息化委员会制　2024年7月16日")]]
    body = []
    for title, items in chapters:
        body.append(C.P(title, st["h"]))
        for item in items:
            if isinstance(item, tuple):
                body.append(C.pdf_table([[C.P(x, st["cell"]) for x in r] for r in item[1]], (50, 60, 64)))
            else:
                body.append(C.P(item, st["p"]))
    pages.append(body)
    C.build_pdf(path, pages, header=f"{s.listed_name}　申报书")
