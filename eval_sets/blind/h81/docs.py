"""Application documents: 联系人表, 申报表 (DOCX or XLSX) + stamped scan, 申报书, 汇总表, 承诺 scan."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from eval_sets.blind.h81.labels import A4_LABELS, CHAPTERS, FORM
from eval_sets.blind.h81.model import Pkg, th
from eval_sets.blind.h81.render import FONT, P, PageBreak, Spacer, normalize_zip, scan_pdf, table, write_pdf
from eval_sets.blind.h81.texts import DOM, summary_value


# ----------------------------------------------------------------------------------------- docx helpers
def new_doc() -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author = cp.last_modified_by = "申报单位"
    cp.created = cp.modified = dt.datetime(2024, 7, 18, 9, 30)
    cp.revision = 1
    return d


def save_doc(d, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def para(d, text, bold=False, size=None, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def kv_table(d, rows):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    return t


# ----------------------------------------------------------------------------------------- content
def company_rows(p: Pkg) -> list[tuple[str, str]]:
    c, f, s = p.s["company"], p.s["fin"], p.s
    ct = s["contact"]
    growth = (f["revenue"] - f["revenue_prev"]) / f["revenue_prev"] * 100
    rows = [("单位（企业）名称", p.company), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
            ("注册地及所在行政区", f"{c['reg']}（{c['district']}）"), ("企业类型", c["type"]), ("注册资本", c["capital"]),
            ("主营业务", c["business"]), ("法定代表人", c["legal"]), ("联系人", ct["name"]), ("职务", ct["title"]),
            ("联系人手机", ct["mobile"]), ("传真", ct["fax"]), ("电子邮箱", ct["email"]),
            ("股权结构（发起人及出资信息 / 金额（万元） / 持股比例）", "；".join(f"{a} / {b} / {cc}" for a, b, cc in c["holders"])),
            ("总资产（万元）", f"{f['assets'] / 10000:.2f}"), ("主营业务收入（万元）", f"{f['revenue'] / 10000:.2f}"),
            ("主营业务收入增长率（%）", f"{growth:.2f}"), ("负债率（%）", f"{f['liab'] / f['assets'] * 100:.2f}"),
            ("利润总额（万元）", f"{f['profit_total'] / 10000:.2f}"), ("税金（万元）", f"{f['taxes_paid'] / 10000:.2f}")]
    return rows


def platform_rows(p: Pkg) -> list[tuple[str, str]]:
    s, v, t = p.s, p.v, p.t
    hist = v["平台近三年经营指标情况"]
    box = lambda on: "☑" if on else "□"  # noqa: E731
    bm = s["build_mode"]
    build = (f"{box(bm == '自建')}自建　{box(bm != '自建')}合作共建，合作企业名称（必填）："
             + (bm.split("，", 1)[1] if bm != "自建" else ""))
    op = "　".join(f"{box(s['op_mode'] == m)}{m}" for m in ("自运营", "联合运营", "委托运营"))
    ia = s["iaas"]
    iaas = f"{box(ia[0] == '自建')}自建　{box(ia[0] == '租用')}租用，服务商名称（必填）：{ia[1]}"
    dep = "　".join(f"{box(m in s['deploy'])}{m}" for m in ("边缘侧", "私有云", "公有云", "混合云")) + "　□其他部署方式"
    return [("平台名称", p.listed_name), ("建设时间", s["build_time_cn"]), ("平台建设金额（万元）", f"{s['build_amount']:.2f}"),
            ("平台近三年经营指标情况", "\n".join(
                f"{y}年平台营收{hist[f'{y}年平台营收（万元）']:.2f}万元/增长率{hist[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
             + "\n注：此处数据为平台相关收益单列，而非整个公司的财务数据。"),
            ("平台建设方式", build), ("平台运营模式", op), ("IaaS基础设施", iaas), ("部署方式", dep),
            ("平台网址", f"{s['url']}（评审账号：{s['account']}　密码：{s['password']}）"),
            ("平台基本情况介绍", t["intro"]), ("平台建设成效", t["effect"])]


def proofs(p: Pkg, names: dict[str, str]) -> None:
    """证明资料 column: where the evidence of each row is (attachment + page), or why there is none."""
    def refs_of(label):
        out = []
        for f in p.facts:
            if f["label"] == label:
                ref = f"{names[f['file']]} 第{f['page']}页"
                if ref not in out:
                    out.append(ref)
        return out

    out = {}
    for _, _, _, content, a4 in FORM:
        refs = refs_of(a4) if a4 else []
        if not refs and a4 and "设备" in a4 and "按" in a4:
            key = "按二级分类统计工业设备数量（台/套）" if "二级" in a4 else "按省市区域统计工业设备数量（台/套）"
            refs = refs_of(key)
        if not refs and a4 and "服务企业" in a4:
            refs = refs_of("实际服务企业数（个）")
        out[content] = "；".join(refs) if refs else "无单独证明资料：数据取自平台运营管理后台统计（截至2024年6月30日），现场评审时可登录平台核验"
    p.proof = out


def form_docx(p: Pkg, path: Path) -> None:
    d = new_doc()
    _cover(d, p)
    d.add_page_break()
    para(d, "一、企业基本情况", bold=True, size=12)
    kv_table(d, company_rows(p))
    para(d, "二、平台基本情况", bold=True, size=12)
    kv_table(d, platform_rows(p))
    d.add_page_break()
    para(d, "三、上海市工业互联网平台应用水平评价指标明细表", bold=True, size=12)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        c.text = h
    prev = [None, None, None]
    starts = [[], [], []]
    for i, (l1, l2, l3, content, _) in enumerate(FORM):
        cells = t.add_row().cells
        for k, lv in enumerate((l1, l2, l3)):
            if lv != prev[k]:
                cells[k].text = lv
                starts[k].append(i + 1)
                prev[k] = lv
        cells[3].text = content
        cells[4].text = p.cell[content]
        cells[5].text = p.proof[content]
    n = len(FORM)
    for k in range(3):
        bounds = starts[k] + [n + 1]
        for a, b in zip(bounds, bounds[1:]):
            if b - a > 1:
                t.cell(a, k).merge(t.cell(b - 1, k))
    save_doc(d, path)


def _cover(d, p: Pkg):
    for _ in range(3):
        d.add_paragraph()
    para(d, "上海市工业互联网平台应用水平评价", bold=True, size=18, center=True)
    para(d, "申报表", bold=True, size=22, center=True)
    for _ in range(3):
        d.add_paragraph()
    ct = p.s["contact"]
    for line in ("申报年度：2024年度", f"平台名称：{p.listed_name}", f"申报单位：{p.company}（公章）", f"联 系 人：{ct['name']}",
                 f"联系人电话：{ct['mobile']}"):
        para(d, line, size=13)
    d.add_paragraph()
    para(d, "上海市经济和信息化委员会制", center=True)
    para(d, "2024年7月15日", center=True)


def _num(text: str):
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d{2}", text):
        return float(text)
    return text


def form_xlsx(p: Pkg, path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet("封面")
    ct = p.s["contact"]
    for line in ("上海市工业互联网平台应用水平评价申报表", "申报年度：2024年度", f"平台名称：{p.listed_name}", f"申报单位：{p.company}（公章）",
                 f"联系人：{ct['name']}", f"联系人电话：{ct['mobile']}", "上海市经济和信息化委员会制", "2024年7月15日"):
        ws.append([line])
    ws.column_dimensions["A"].width = 70
    for title, rows in (("一、企业基本情况", company_rows(p)), ("二、平台基本情况", platform_rows(p))):
        ws = wb.create_sheet(title)
        ws.append(["项目", "内容"])
        for k, v in rows:
            ws.append([k, _num(v)])
        ws.column_dimensions["A"].width = 30
        ws.column_dimensions["B"].width = 90
        for row in ws.iter_rows(min_row=2):
            row[1].alignment = Alignment(wrap_text=True, vertical="top")
    ws = wb.create_sheet("三、指标明细表")
    ws.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    prev = [None, None, None]
    starts = [[], [], []]
    for i, (l1, l2, l3, content, _) in enumerate(FORM):
        row = []
        for k, lv in enumerate((l1, l2, l3)):
            if lv != prev[k]:
                row.append(lv)
                starts[k].append(i + 2)
                prev[k] = lv
            else:
                row.append(None)
        val = _num(p.cell[content])
        ws.append(row + [content, val, p.proof[content]])
        if isinstance(val, float):
            ws.cell(row=i + 2, column=5).number_format = "0.00"
    n = len(FORM) + 1
    for k in range(3):
        bounds = starts[k] + [n + 1]
        for a, b in zip(bounds, bounds[1:]):
            if b - a > 1:
                ws.merge_cells(start_row=a, start_column=k + 1, end_row=b - 1, end_column=k + 1)
    for col, w in zip("ABCDEF", (14, 16, 18, 40, 60, 40)):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    _save_wb(wb, path)


def _save_wb(wb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "申报单位"
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 7, 18, 9, 30)
    wb.save(str(path))
    normalize_zip(path)


def form_scan(p: Pkg, root: Path, rel: str, seed: int) -> int:
    tmp = root / (rel + ".layout.pdf")
    ct = p.s["contact"]
    story = [Spacer(1, 80), P("上海市工业互联网平台应用水平评价", "title"), P("申 报 表", "title"), Spacer(1, 80)]
    for line in ("申报年度：2024年度", f"平台名称：{p.listed_name}", f"申报单位：{p.company}（公章）", f"联 系 人：{ct['name']}",
                 f"联系人电话：{ct['mobile']}"):
        story.append(P(line, "h"))
    story += [Spacer(1, 80), P("上海市经济和信息化委员会制", "title"), P("2024年7月15日", "title"), PageBreak(),
              P("一、企业基本情况", "h"), table([[k, v] for k, v in company_rows(p)], [60, 110], header_rows=0),
              P("二、平台基本情况", "h"),
              table([[k, P(v.replace(p.s["password"], "********").replace("\n", "<br/>"), "c")] for k, v in platform_rows(p)],
                    [40, 130], header_rows=0),
              PageBreak(), P("三、上海市工业互联网平台应用水平评价指标明细表", "h"),
              table([["三级指标", "内容", "平台实际情况", "证明资料"]]
                    + [[l3, P(c, "c"), P(p.cell[c].replace("\n", "<br/>"), "c"), P(p.proof[c], "c")] for _, _, l3, c, _ in FORM],
                    [22, 40, 70, 42])]
    write_pdf(tmp, story, footer_pages=True)
    from eval_sets.blind.h81.render import pdf_pages_text
    n = len(pdf_pages_text(tmp))
    seals = {1: [(0.62, 0.47, p.company, 8)], n: [(0.7, 0.8, p.company, -15)]}
    return scan_pdf(p.pid, rel, tmp, root / rel, seed, seals=seals, dpi=90)


def contact_docx(p: Pkg, path: Path) -> None:
    d = new_doc()
    para(d, "附件1", bold=True)
    para(d, "联系人信息反馈表", bold=True, size=16, center=True)
    para(d, "2024年度上海市工业互联网平台应用水平评价工作", center=True)
    para(d, "一、联系人信息反馈", bold=True)
    ct = p.s["contact"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        c.text = h
    b = ct["backup"]
    mail = ct["email"].split("@")
    for row in (["联系人（主）", ct["name"], p.company, ct["title"], ct["mobile"], ct["email"]],
                ["联系人（备用）", b[0], p.company, "平台运营专员", b[1], f"backup.{mail[0]}@{mail[1]}"]):
        cells = t.add_row().cells
        for c, x in zip(cells, row):
            c.text = x
    para(d, "二、评审会现场地址信息反馈", bold=True)
    para(d, f"具体地址：{ct['venue']}")
    para(d, "该场地具备平台功能操作演示与现场答辩条件（可容纳20人，配备投影及有线网络）。")
    save_doc(d, path)


def summary_xlsx(p: Pkg, path: Path, horizontal: bool) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    vals = []
    for label in A4_LABELS:
        text = summary_value(p, label)
        val = p.v[label]
        if isinstance(val, bool) or isinstance(val, (dict, str)) or val is None:
            vals.append(text)
        elif isinstance(val, float):
            vals.append(float(f"{val:.2f}"))
        else:
            vals.append(val)
    if horizontal:
        ws.append(["平台基本情况汇总表"])
        ws.append(A4_LABELS)
        ws.append(vals)
        for i, v in enumerate(vals, start=1):
            if isinstance(v, float):
                ws.cell(row=3, column=i).number_format = "0.00"
    else:
        ws.append(["平台基本情况汇总表", ""])
        ws.append(["项目", "内容"])
        for label, v in zip(A4_LABELS, vals):
            ws.append([label, v])
            if isinstance(v, float):
                ws.cell(row=ws.max_row, column=2).number_format = "0.00"
        ws.column_dimensions["A"].width = 42
        ws.column_dimensions["B"].width = 80
    _save_wb(wb, path)


def commitment_scan(p: Pkg, root: Path, rel: str, seed: int) -> None:
    tmp = root / (rel + ".layout.pdf")
    c = canvas.Canvas(str(tmp), pagesize=A4, invariant=1)
    W, H = A4
    c.setFont(FONT, 12)
    c.drawString(70, H - 70, "附件5")
    c.setFont(FONT, 20)
    c.drawCentredString(W / 2, H - 120, "真实性承诺")
    c.setFont(FONT, 13)
    text = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    y = H - 180
    line, lines = "", []
    for ch in text:
        line += ch
        if c.stringWidth(line, FONT, 13) > W - 180:
            lines.append(line)
            line = ""
    lines.append(line)
    for i, ln in enumerate(lines):
        c.drawString(90 if i else 116, y - i * 26, ln)
    c.drawString(116, y - len(lines) * 26 - 10, "特此承诺。")
    c.drawString(300, H - 470, f"申报单位：{p.company}（盖章）")
    c.drawString(300, H - 510, f"法定代表人：{p.s['company']['legal']}（签章）")
    c.drawString(300, H - 550, "2024年7月16日")
    c.setStrokeColorRGB(0.1, 0.1, 0.35)
    c.setLineWidth(1.4)
    px = 400
    c.bezier(px, H - 512, px + 20, H - 495, px + 35, H - 528, px + 60, H - 505)
    c.showPage()
    c.save()
    scan_pdf(p.pid, rel, tmp, root / rel, seed, seals={1: [(0.68, 0.58, p.company, 10)]})


def shenbaoshu(p: Pkg, path: Path, attach: list[tuple[str, str, int]]) -> None:
    """申报书 with chapters 一–六 (and 七 for 2023 participants)."""
    s, v, t = p.s, p.v, p.t
    d0 = DOM[p.pid]
    f = s["fin"]
    d = new_doc()
    for _ in range(3):
        d.add_paragraph()
    para(d, "上海市工业互联网平台应用水平评价", bold=True, size=18, center=True)
    para(d, "申报书", bold=True, size=22, center=True)
    for line in ("申报年度：2024年度", f"平台名称：{p.listed_name}", f"申报单位：{p.company}（公章）", f"联 系 人：{s['contact']['name']}",
                 f"联系人电话：{s['contact']['mobile']}", "上海市经济和信息化委员会制", "2024年7月15日"):
        para(d, line, size=13, center=True)
    d.add_page_break()
    reg = v["按省市区域统计服务企业数（个）"]
    ind = v["按行业统计服务企业数（个）"]
    top_ind = sorted(ind.items(), key=lambda kv: -kv[1])[:3]
    para(d, CHAPTERS[0], bold=True, size=14)
    para(d, f"{p.company}成立于{s['company']['founded']}，注册地{s['company']['reg']}，企业类型为{s['company']['type']}，"
            f"主营{s['company']['business']}。2023年度公司实现营业收入{th(f['revenue'] / 1e8, 2)}亿元（经审计合并口径），"
            f"利润总额{th(f['profit_total'] / 1e4, 2)}万元。")
    para(d, f"公司围绕{d0['core']}持续投入，平台团队{v['平台团队总人数（人）']}人，其中具有相关技术职称或从业资格{v['有相关技术职称/从业资格的人数（人）']}人，"
            f"形成了{'、'.join(d0['tech'])}等核心能力，具备从方案咨询、实施交付到运营服务的全过程保障能力。")
    para(d, CHAPTERS[1], bold=True, size=14)
    para(d, f"（一）平台基本信息。{p.listed_name}为{p.nature}，建设时间{s['build_time_cn']}，建设方式为{s['build_mode'].split('，')[0]}，"
            f"累计建设金额{th(s['build_amount'], 2)}万元，面向{d0['field']}提供设备连接、数据分析、工业APP与解决方案服务。")
    para(d, "（二）平台技术架构。平台由边缘层、IaaS层、PaaS层和SaaS层组成：边缘层负责设备接入与边缘计算；IaaS层提供计算、存储与网络资源；"
            "PaaS层提供数据中台、模型中台、微服务与低代码开发环境；SaaS层提供各类工业APP与行业解决方案。")
    para(d, f"（三）技术路线先进性。平台核心软件国产化率{min(99, int(v['平台国产化率（%）']) + 3)}%，硬件国产化率"
            f"{int(v['平台国产化率（%）']) - 4}%，平台整体国产化率{v['平台国产化率（%）']:.2f}%。与同类平台对比见表X。")
    para(d, f"（四）平台运营情况。截至2024年6月底，平台实际服务企业{th(v['实际服务企业数（个）'])}家，服务企业主要分布在上海（{th(reg['上海'])}家）、"
            + "、".join(f"{k}（{th(n)}家）" for k, n in list(reg.items())[1:3])
            + f"等地；行业分布以{'、'.join(f'{k}（{th(n)}家）' for k, n in top_ind)}为主。")
    para(d, "表X 平台对标同行业或相似平台的部分量化数据对比表", bold=True, center=True)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["三级指标", "本平台数据", "对标数据"]):
        c.text = h
    peer = d0["peer"]
    for row in (("1.2.1 创新投入情况", f"研发投入{th(v['平台相关研发投入（万元）'], 2)}万元，强度{v['平台相关研发投入强度（%）']:.2f}%",
                 f"同行业或相似平台（平台名称：{peer}）研发投入数量级：千万元级；研发投入强度：约12%"),
                ("2.1.1 工业设备连接/汇聚能力", f"连接设备{th(v['连接的工业设备/产品/产线种类及数量（台/套）'])}台/套，协议{v['工业协议兼容适配数量（个）']}个",
                 f"☑平台链接实体工业设备。{peer}情况：约为本平台的0.6倍（预估）"),
                ("2.1.2 工业软件/APP", f"工业APP{v['工业APP数量（个）']}个，月活{v['工业APP平均月活跃数量（个）']}个",
                 f"{peer}：工业APP数量为百个量级"),
                ("2.2.1 数据采集", f"边缘节点{th(d0['edge_nodes'])}个，最低时延{d0['latency']}", f"{peer}：时延为数十毫秒级"),
                ("2.2.2 数据处理（存储计算能力）", f"存储容量{v['存储容量（TB）']:.2f}TB，利用率{v['存储资源利用率（%）']:.2f}%", f"{peer}：PB级以下"),
                ("2.2.3 数据建模和分析", f"机理模型{v['工业机理模型数量（个）']}个，{v['数据分析平台均速度（每TB分级/秒级/毫秒级）']}",
                 f"{peer}：模型数量为百个量级，秒级"),
                ("2.3.1 平台微服务情况", f"微服务{th(v['微服务数量（个）'])}个，活跃{th(v['活跃微服务数量（一周调用5次以上）（个）'])}个",
                 f"{peer}：微服务千个量级（预估）"),
                ("3.1.1 平台应用规模", f"注册企业{th(v['注册企业用户数（个）'])}家，服务企业{th(v['实际服务企业数（个）'])}家",
                 f"{peer}：营收{d0['peer_rev']}，服务企业千家量级")):
        cells = tb.add_row().cells
        for c, x in zip(cells, row):
            c.text = x
    para(d, "注：对标平台具体数据无法获取的，填写其数量级或预估水平。")
    para(d, t["tech_summary"])
    para(d, CHAPTERS[2], bold=True, size=14)
    para(d, f"平台解决了{d0['pain']}等重点难点问题。通过远程运维与数据分析，用户企业设备平均故障间隔时间提升约18%，"
            f"订单准时交货率提升约6个百分点；平台带动新增就业{v['平台建设与运营带动新增就业人数（人）']}人，"
            f"与高校院所共建联合实验室2个，形成产学研协同。")
    para(d, t["app_summary"])
    para(d, CHAPTERS[3], bold=True, size=14)
    para(d, f"到2025年底，平台计划连接工业设备{th(int(v['连接的工业设备/产品/产线种类及数量（台/套）'] * 1.35 // 100 * 100))}台/套以上，"
            f"服务企业{th(int(v['实际服务企业数（个）'] * 1.3 // 100 * 100))}家以上，上架工业APP{int(v['工业APP数量（个）'] * 1.25 // 10 * 10)}个以上；"
            "技术上推进AI大模型与机理模型融合，产品上推出轻量化SaaS套件，商业模式上拓展按效果付费与订阅制服务。")
    para(d, CHAPTERS[4], bold=True, size=14)
    names = ["甲", "乙", "丙"]
    for i, cs in enumerate(s["cases"]):
        title = f"{p.listed_name}——{['设备智能运维', '能效与质量协同', '服务化延伸'][i]}"
        assert sum(1 for ch in title if not ch.isspace()) <= 30, title
        para(d, f"案例{i + 1}：{title}", bold=True)
        para(d, f"企业简介：上海某{names[i]}制造有限公司成立于20{10 + i}年，年产值约{8 + 3 * i}亿元，员工{600 + 150 * i}人，"
                f"拥有关键生产设备{320 + 45 * i}台（套）。")
        para(d, f"平台简介：{p.listed_name}为该企业提供设备接入、状态监测、故障预警、能效分析和工单闭环等服务，"
                "通过边缘网关采集设备运行数据，在平台侧调用机理模型与算法模型进行分析，结果推送至企业运维人员移动端。")
        para(d, f"案例实际内容：项目接入该企业设备{180 + 40 * i}台（套），上线工业APP {6 + i}个。实施后，该企业设备运维成本下降"
                f"{cs['ops']:.2f}%，单位产品能耗下降{cs['energy']:.2f}%，安全生产持续时间提升{cs['safety']:.2f}%，"
                f"年节约成本约{260 + 85 * i}万元，非计划停机次数由每月{12 - 2 * i}次降至{3 + i}次。")
    para(d, CHAPTERS[5], bold=True, size=14)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["附件", "名称", "页数"]):
        c.text = h
    for no, name, pages in attach:
        cells = tb.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = no, name, f"共{pages}页" if pages else "电子表格"
    if p.part2023:
        para(d, CHAPTERS[6], bold=True, size=14)
        para(d, "对比期间：2023年7月至2024年6月。主要变化如下：")
        tb = d.add_table(rows=1, cols=3)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["指标", "2023年7月（上年度申报）", "2024年6月（本次申报）"]):
            c.text = h
        for lab, unit in (("连接的工业设备/产品/产线种类及数量（台/套）", "台/套"), ("工业APP数量（个）", "个"),
                          ("实际服务企业数（个）", "家"), ("微服务数量（个）", "个"), ("工业机理模型数量（个）", "个")):
            now = v[lab]
            before = int(now * 0.84)
            cells = tb.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = lab, f"{th(before)}{unit}", f"{th(now)}{unit}"
        para(d, "1.功能模块：新增AI运维助手、碳管理模块和低代码表单引擎；2.关键指标：设备连接、APP与服务企业数量均增长约19%；"
                "3.应用服务：新增解决方案并拓展至新的行业与区域。")
    save_doc(d, path)
