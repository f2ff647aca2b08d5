"""Document writers for h67: form, summary, narrative, commitment, contacts, evidence."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from model import LABELS, Spec, Values
from office import font_name, images_to_pdf, normalize_zip, pil_font, rasterize, scanify, seal

FIXED = __import__("datetime").datetime(2024, 7, 18, 9, 30, 0)


# ---------------------------------------------------------------- DOCX / XLSX basics
def new_doc(font: str = "宋体") -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = d.core_properties
    cp.author = "申报单位"
    cp.last_modified_by = "申报单位"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def save_doc(d: Document, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def new_wb() -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    wb.properties.creator = "申报单位"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def save_wb(wb: openpyxl.Workbook, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def table(d: Document, rows: list[list[str]], style: str = "Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    return t


# ---------------------------------------------------------------- 联系人表
def contacts_docx(s: Spec, path: Path) -> None:
    d = new_doc()
    d.add_paragraph("附件1")
    d.add_heading("联系人信息反馈表", level=1)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    table(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
              ["联系人（主）", s.contact, s.company, s.title, s.phone, s.email],
              ["联系人（备用）", "吴启航", s.company, "平台运营专员", "139" + s.phone[3:7][::-1] + s.phone[7:], "wuqh@" + s.email.split("@")[1]]])
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{s.address}")
    save_doc(d, path)


# ---------------------------------------------------------------- 申报表 content (shared by DOCX, XLSX, scan)
def form_parts(s: Spec, v: Values, rows) -> dict:
    base = [
        ["单位（企业）名称", s.company, "单位（企业）代码", s.credit_code],
        ["成立日期", s.founded, "注册地及所在行政区", s.reg_place],
        ["法定代表人", s.legal_rep, "联系人", s.contact],
        ["职务", s.title, "联系人手机", s.phone],
        ["电子邮箱", s.email, "传真", "021-" + s.phone[5:9] + "0000"],
    ]
    deploy_all = ["边缘侧", "私有云", "公有云", "混合云"]
    deploy = "  ".join(("☑" if x in v.deploy else "□") + x for x in deploy_all) + "  □其他部署方式"
    bw = v.v("平台建设方式")
    rm = v.v("平台运营模式")
    plat = [
        ["平台名称", s.name],
        ["建设时间", f"{s.build_from[0]}年{s.build_from[1]}月至{s.build_to[0]}年{s.build_to[1]}月"],
        ["平台建设金额（万元）", v.v("平台建设金额（万元）")],
        ["平台近三年经营指标情况", "\n".join(
            f"{y}年平台营收{f'{r:.2f}'}万元/增长率{g:.2f}%" for y, r, g in zip((2021, 2022, 2023), v.revs, v.growth))],
        ["平台建设方式", ("☑自建  □合作共建" if bw == "自建" else f"□自建  ☑合作共建，合作企业名称：{bw}")],
        ["平台运营模式", "  ".join(("☑" if x == rm else "□") + x for x in ("自运营", "联合运营", "委托运营"))],
        ["IaaS基础设施", "☑自建  □租用"],
        ["部署方式", deploy],
        ["平台网址", f"{s.url}（账号：{s.account}  密码：{s.password}）"],
        ["平台基本情况介绍", f"{s.name}由{s.company}建设运营，是面向行业的{s.nature}。平台提供设备接入、数据分析、工业APP与协同服务，"
                        f"已连接工业设备{v.v('连接的工业设备/产品/产线种类及数量（台/套）')}台/套，服务企业{v.v('实际服务企业数（个）')}家。"],
        ["平台建设成效", f"平台帮助用户降低设备运维成本{v.v('平台连接工业设备运维成本平均下降率（%）')}%，降低能耗{v.v('平台连接工业设备能耗平均下降率（%）')}%，"
                      f"带动新增就业{v.v('平台建设与运营带动新增就业人数（人）')}人。"],
    ]
    return {"base": base, "plat": plat, "rows": rows}


def form_docx(s: Spec, v: Values, parts: dict, path: Path) -> None:
    d = new_doc()
    d.add_paragraph("附件2")
    d.add_heading("上海市工业互联网平台应用水平评价申报表", level=0)
    for line in ("申报年度：2024年度", f"平台名称：{s.name}", f"申报单位：{s.company}（公章）",
                 f"联 系 人：{s.contact}", f"联系人电话：{s.phone}", "2024年7月16日"):
        d.add_paragraph(line)
    d.add_page_break()
    d.add_heading("一、企业基本情况", level=1)
    table(d, parts["base"])
    d.add_heading("二、平台基本情况", level=1)
    table(d, parts["plat"])
    d.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=1)
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    rows += [list(r) for r in parts["rows"]]
    table(d, rows)
    save_doc(d, path)


def form_xlsx(s: Spec, v: Values, parts: dict, path: Path) -> None:
    wb = new_wb()
    ws = wb.active
    ws.title = "封面及基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表"])
    for line in ("申报年度：2024年度", f"平台名称：{s.name}", f"申报单位：{s.company}（公章）",
                 f"联系人：{s.contact}", f"联系人电话：{s.phone}"):
        ws.append([line])
    ws.append([])
    ws.append(["一、企业基本情况"])
    for r in parts["base"]:
        ws.append(r)
    ws.append([])
    ws.append(["二、平台基本情况"])
    for r in parts["plat"]:
        ws.append(r)
    for col, w in zip("ABCD", (22, 60, 20, 30)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for r in parts["rows"]:
        ws2.append(list(r))
    for col, w in zip("ABCDEF", (16, 16, 18, 40, 50, 26)):
        ws2.column_dimensions[col].width = w
    for row in ws2.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    save_wb(wb, path)


# ---------------------------------------------------------------- reportlab text layout helpers
class Pdf:
    def __init__(self, path, font_size=9.5):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
        self.font = font_name()
        self.fs = font_size
        self.w, self.h = A4
        self.y = self.h - 60
        self.page_started = False

    def text(self, s, size=None, x=56, bold=False, lead=None):
        size = size or self.fs
        lead = lead or size * 1.55
        self.c.setFont(self.font, size)
        maxw = self.w - x - 50
        line = ""
        for ch in s:
            if ch == "\n" or self.c.stringWidth(line + ch, self.font, size) > maxw:
                self._line(line, x, size, lead)
                line = "" if ch == "\n" else ch
            else:
                line += ch
        if line:
            self._line(line, x, size, lead)

    def _line(self, line, x, size, lead):
        if self.y < 60:
            self.new_page()
            self.c.setFont(self.font, size)
        self.c.drawString(x, self.y, line)
        self.y -= lead

    def center(self, s, size=16):
        self.c.setFont(self.font, size)
        self.c.drawCentredString(self.w / 2, self.y, s)
        self.y -= size * 1.9

    def grid(self, rows, widths, size=8.5, row_h=15):
        x0 = 50
        self.c.setFont(self.font, size)
        for r in rows:
            if self.y < 60:
                self.new_page()
                self.c.setFont(self.font, size)
            x = x0
            for cell, wd in zip(r, widths):
                self.c.rect(x, self.y - 4, wd, row_h, stroke=1, fill=0)
                txt = str(cell)
                while txt and self.c.stringWidth(txt, self.font, size) > wd - 4:
                    txt = txt[:-1]
                self.c.drawString(x + 2, self.y, txt)
                x += wd
            self.y -= row_h
        self.y -= 8

    def new_page(self):
        self.c.showPage()
        self.y = self.h - 60

    def save(self):
        self.c.showPage()
        self.c.save()


def _wrap_rows(rows, widths, size, font):
    """Split long cells into several grid lines (for the scan's look only)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out = []
    for r in rows:
        cells = []
        for cell, wd in zip(r, widths):
            parts, line = [], ""
            for ch in str(cell).replace("\n", " "):
                if stringWidth(line + ch, font, size) > wd - 5:
                    parts.append(line)
                    line = ch
                else:
                    line += ch
            parts.append(line)
            cells.append(parts)
        n = max(len(c) for c in cells)
        for i in range(n):
            out.append([c[i] if i < len(c) else "" for c in cells])
    return out


def form_scan(s: Spec, v: Values, parts: dict, path: Path, tmp: Path) -> None:
    """The stamped scan of the 申报表: typeset, rasterised, seal on cover and last page."""
    src = tmp / (path.stem + "_src.pdf")
    p = Pdf(src)
    p.y = p.h - 160
    p.center("上海市工业互联网平台应用水平评价", 18)
    p.center("申报表", 22)
    p.y -= 60
    for line in ("申报年度：2024年度", f"平台名称：{s.name}", f"申报单位：{s.company}（公章）",
                 f"联 系 人：{s.contact}", f"联系人电话：{s.phone}"):
        p.text(line, 13, x=120, lead=30)
    p.y -= 120
    p.center("上海市经济和信息化委员会制", 12)
    p.center("2024年7月16日", 12)
    p.new_page()
    p.text("一、企业基本情况", 12)
    p.grid(_wrap_rows(parts["base"], [110, 150, 110, 125], 8.5, p.font), [110, 150, 110, 125])
    p.text("二、平台基本情况", 12)
    p.grid(_wrap_rows(parts["plat"], [120, 375], 8.5, p.font), [120, 375])
    p.new_page()
    p.text("三、上海市工业互联网平台应用水平评价指标明细表", 12)
    widths = [60, 150, 200, 85]
    rows = [["三级指标", "内容", "平台实际情况", "证明资料"]] + [[r[2], r[3], r[4], r[5]] for r in parts["rows"]]
    p.grid(_wrap_rows(rows, widths, 7.5, p.font), widths, size=7.5, row_h=12)
    p.text(f"申报单位（盖章）：{s.company}        2024年7月16日", 10)
    p.save()
    pages = rasterize(src.read_bytes(), scale=1.15)
    out = []
    for i, img in enumerate(pages):
        img = scanify(img)
        if i == 0 or i == len(pages) - 1:
            w, h = img.size
            seal(img, int(w * 0.62), int(h * (0.40 if i == 0 else 0.80)), int(w * 0.11), s.company)
        if i not in (0, len(pages) - 1):
            img = img.convert("L").convert("RGB")
        out.append(img)
    images_to_pdf(out, path)
    src.unlink()


# ---------------------------------------------------------------- 汇总表
def summary_values(v: Values, blanks: set[str]) -> list[tuple[str, str]]:
    return [(lab, "" if lab in blanks else v.v(lab)) for lab in LABELS]


def summary_xlsx_vertical(s: Spec, v: Values, blanks: set[str], path: Path, overrides: dict[str, str]) -> None:
    wb = new_wb()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["附件4 平台基本情况汇总表"])
    ws.append(["序", "项目", "填写内容"])
    for i, (lab, val) in enumerate(summary_values(v, blanks), 1):
        val = overrides.get(lab, val)
        if lab == "序号":
            ws.append([i, lab, int(val)])
        else:
            ws.append([i, lab, val])
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 70
    save_wb(wb, path)


def summary_xlsx_horizontal(s: Spec, v: Values, blanks: set[str], path: Path, overrides: dict[str, str]) -> None:
    wb = new_wb()
    ws = wb.active
    ws.title = "汇总表"
    vals = summary_values(v, blanks)
    ws.append([lab for lab, _ in vals])
    ws.append([overrides.get(lab, val) for lab, val in vals])
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    save_wb(wb, path)


def summary_docx(s: Spec, v: Values, blanks: set[str], path: Path, overrides: dict[str, str]) -> None:
    d = new_doc("仿宋")
    d.add_paragraph("附件4")
    d.add_heading("平台基本情况汇总表", level=1)
    table(d, [[lab, overrides.get(lab, val)] for lab, val in summary_values(v, blanks)])
    save_doc(d, path)


# ---------------------------------------------------------------- 申报书
def narrative_docx(s: Spec, v: Values, path: Path, attachments: list[str], placeholders: dict[str, str]) -> None:
    d = new_doc("仿宋")
    d.add_paragraph("附件3")
    d.add_heading("上海市工业互联网平台应用水平评价申报书", level=0)
    for line in ("申报年度：2024年度", f"平台名称：{s.name}", f"申报单位：{s.company}（公章）",
                 f"联 系 人：{s.contact}", f"联系人电话：{s.phone}"):
        d.add_paragraph(line)
    d.add_page_break()
    chapters = {
        "一": ("申报单位简介", [
            f"{s.company}成立于{s.founded}，注册地位于{s.reg_place}。公司围绕主营业务推进数字化转型，组建了{v.v('平台团队总人数（人）')}人的平台团队，其中运维人员{v.v('运维人数（人）')}人、运营人员{v.v('运营人数（人）')}人。",
            "公司核心竞争力体现在设备接入、数据治理、行业模型和实施服务能力，具备从咨询规划到落地运维的全流程服务能力。"]),
        "二": ("平台建设及运营情况", [
            f"{s.name}建设时间为{s.build_from[0]}年{s.build_from[1]}月至{s.build_to[0]}年{s.build_to[1]}月，累计建设金额{v.v('平台建设金额（万元）')}万元，平台定位为{s.nature}。",
            f"平台采用“边缘层—IaaS—PaaS—SaaS”四层技术架构，兼容工业协议{v.v('工业协议兼容适配数量（个）')}种，部署微服务{v.v('微服务数量（个）')}个，上架工业APP {v.v('工业APP数量（个）')}个。",
            f"截至填表日，平台连接工业设备{v.v('连接的工业设备/产品/产线种类及数量（台/套）')}台/套，注册企业用户{v.v('注册企业用户数（个）')}家，实际服务企业{v.v('实际服务企业数（个）')}家。",
            "技术创新点总结：平台在多协议接入、边缘实时计算、行业模型沉淀等方面形成自主可控的技术体系，关键指标达到国内同类平台先进水平。"]),
        "三": ("平台应用成效", [
            f"平台帮助用户平均降低设备运维成本{v.v('平台连接工业设备运维成本平均下降率（%）')}%，平均降低能耗{v.v('平台连接工业设备能耗平均下降率（%）')}%。",
            "应用创新点总结：平台以数据驱动服务模式创新，推动用户从单点应用走向全链条协同，形成可复制推广的行业解决方案。"]),
        "四": ("平台下一步发展计划", [
            "一是持续升级设备接入与边缘计算能力；二是深化行业模型与AI应用；三是拓展长三角产业链合作；四是探索按效果付费的商业模式。"]),
        "五": ("平台应用案例", [
            f"案例1：{s.name}——设备智能运维，为用户企业实现设备状态实时监测与预测性维护。",
            f"案例2：{s.name}——能效优化，帮助用户开展能耗监测与节能改造。",
            f"案例3：{s.name}——供应链协同，打通上下游订单与质量数据。"]),
        "六": ("附件及其他说明材料", ["本申报书附件清单如下："] + attachments),
    }
    if s.p2023:
        chapters["七"] = ("平台相较上年度对比情况", [
            f"2023年7月至今，平台新增功能模块6个；连接工业设备增至{v.v('连接的工业设备/产品/产线种类及数量（台/套）')}台/套；实际服务企业增至{v.v('实际服务企业数（个）')}家；工业APP增至{v.v('工业APP数量（个）')}个。",
            "应用服务方面，新增能效诊断与设备健康评估服务，服务覆盖范围由本市扩展至长三角地区。"])
    for key, (title, paras) in chapters.items():
        d.add_heading(f"{key}、{title}", level=1)
        if key in placeholders:
            d.add_paragraph(placeholders[key])
            continue
        for para in paras:
            d.add_paragraph(para)
    save_doc(d, path)


# ---------------------------------------------------------------- 承诺
def commitment_scan(s: Spec, path: Path, tmp: Path) -> None:
    src = tmp / "commit_src.pdf"
    p = Pdf(src)
    p.text("附件5", 12)
    p.y -= 20
    p.center("真实性承诺", 20)
    p.y -= 10
    p.text("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
           "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 13, x=80, lead=26)
    p.text("特此承诺。", 13, x=80, lead=60)
    p.text(f"申报单位：{s.company}（盖章）", 13, x=230, lead=40)
    p.text("法定代表人：            （签章）", 13, x=230, lead=40)
    p.text("2024年7月16日", 13, x=300, lead=30)
    p.save()
    img = scanify(rasterize(src.read_bytes(), scale=1.3)[0])
    w, h = img.size
    dr = ImageDraw.Draw(img)
    # handwritten-ish signature
    dr.text((int(w * 0.55), int(h * 0.435)), s.legal_rep, font=pil_font(int(w * 0.035)), fill=(30, 30, 60))
    seal(img, int(w * 0.62), int(h * 0.385), int(w * 0.11), s.company)
    images_to_pdf([img], path)
    src.unlink()


def commitment_docx_unsigned(s: Spec, path: Path) -> None:
    d = new_doc("仿宋")
    d.add_paragraph("附件5")
    d.add_heading("真实性承诺", level=1)
    d.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                    "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    d.add_paragraph("特此承诺。")
    d.add_paragraph(f"申报单位：{s.company}（盖章）")
    d.add_paragraph("法定代表人：（签章）")
    d.add_paragraph("年    月    日")
    save_doc(d, path)


# ---------------------------------------------------------------- evidence
def fmt(n) -> str:
    if isinstance(n, float):
        return f"{n:,.2f}"
    return f"{n:,}"


def audit_pdf(s: Spec, v: Values, path: Path) -> dict:
    """3 pages: cover, company income statement (元), platform special note (万元). Returns quotes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    p = Pdf(path)
    p.y = p.h - 200
    p.center(f"{s.company}", 16)
    p.center("2023年度财务报表审计报告", 20)
    p.y -= 40
    p.center("上海立衡会计师事务所（特殊普通合伙）", 12)
    p.center("立衡审字〔2024〕第0318号", 11)
    p.new_page()
    p.text("审计意见", 13)
    p.text(f"我们审计了{s.company}财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表以及相关财务报表附注。"
           "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司2023年12月31日的财务状况以及2023年度的经营成果。", 10)
    p.y -= 10
    p.text("利润表（单位：元）", 12)
    company_rev = round(v.revs[2] * 10000 * 7.3 + 1234567.89, 2)
    company_profit = round(company_rev * 0.081, 2)
    p.grid([["项目", "本期金额", "上期金额"],
            ["一、营业收入", fmt(company_rev), fmt(round(company_rev * 0.91, 2))],
            ["减：营业成本", fmt(round(company_rev * 0.72, 2)), fmt(round(company_rev * 0.91 * 0.73, 2))],
            ["研发费用", fmt(round(company_rev * 0.052, 2)), fmt(round(company_rev * 0.91 * 0.05, 2))],
            ["三、利润总额", fmt(company_profit), fmt(round(company_profit * 0.9, 2))]], [200, 150, 150])
    p.new_page()
    p.text("附注十二、工业互联网平台业务专项说明", 13)
    p.text(f"公司按平台直接订阅服务及平台服务合同对{s.name}相关收入、研发投入及利润进行单独核算，具体如下（单位：万元）：", 10)
    r21, r22, r23 = v.revs
    rows = [["项目", "2021年度", "2022年度", "2023年度"],
            ["平台相关营业收入", fmt(r21), fmt(r22), fmt(r23)],
            ["平台相关研发投入", "—", "—", fmt(s.rd)],
            ["平台利润总额", "—", "—", fmt(s.profit)]]
    p.grid(rows, [170, 110, 110, 110])
    p.save()
    return {"rev21": fmt(r21), "rev22": fmt(r22), "rev23": fmt(r23), "rd": fmt(s.rd), "profit": fmt(s.profit)}


PATENT_TITLES = ["一种设备数据采集网关", "一种边缘计算任务调度方法", "一种工业协议自适应解析方法", "一种设备故障预测方法",
                 "一种能耗异常检测方法", "一种多源数据融合方法", "一种设备健康评估系统", "一种工业数据压缩存储方法"]
SOFT_TITLES = ["平台设备管理系统", "数据中台软件", "能效分析软件", "工业APP开发工具", "移动运维软件", "可视化大屏软件",
               "订单协同管理系统", "质量追溯系统"]


def ip_pdf(s: Spec, path: Path, patents: bool, softs: bool, blank_soft_page: bool = False) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    p = Pdf(path)
    q = {}
    if patents:
        q["patent"] = f"专利清单（共{s.patents}项）"
        p.text(f"{s.company}  平台核心软硬件技术知识产权清单", 9)
        p.text(q["patent"], 13)
        rows = [["序号", "专利名称", "专利号", "类型", "权利人"]]
        for i in range(s.patents):
            kind = "发明专利" if i % 3 else "实用新型"
            rows.append([str(i + 1), PATENT_TITLES[i % 8] + ("" if i < 8 else f"（{i // 8 + 1}）"),
                         f"ZL20{19 + i % 5}1{(s.list_no * 7919 + i * 104729) % 10**7:07d}.{i % 10}", kind, s.company])
        p.grid(rows, [36, 190, 120, 60, 90], size=7.5, row_h=13)
        p.new_page()
    if softs:
        q["soft"] = f"软件著作权清单（共{s.softcopy}项）"
        p.text(f"{s.company}  平台核心软硬件技术知识产权清单", 9)
        if blank_soft_page:
            pass  # only the running header: the list was never pasted in
        else:
            p.text(q["soft"], 13)
            rows = [["序号", "软件名称", "登记号", "权利人"]]
            for i in range(s.softcopy):
                rows.append([str(i + 1), s.short + SOFT_TITLES[i % 8] + f"V{1 + i // 8}.0",
                             f"2023SR{(s.list_no * 31337 + i * 7103) % 10**7:07d}", s.company])
            p.grid(rows, [36, 230, 110, 120], size=7.5, row_h=13)
    p.save()
    return q


def device_xlsx(s: Spec, v: Values, path: Path) -> None:
    wb = new_wb()
    ws = wb.active
    ws.title = "按设备分类"
    ws.append([f"{s.name}接入设备统计表（截至2024年6月30日）"])
    ws.append(["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    for k in v.dev_cat:
        ws.append([k, v.dev_cat[k], v.pub_cat[k], v.daily_cat[k]])
    ws.append(["合计", s.devices, v.pub, v.daily])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["设备所属地区域", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    for k in v.dev_reg:
        ws2.append([k, v.dev_reg[k], v.pub_reg[k], v.daily_reg[k]])
    ws2.append(["合计", s.devices, v.pub, v.daily])
    ov = sum(v.overseas.values())
    ws2.append(["其中：海外合计", ov, sum(v.pub_reg[k] for k in v.overseas), sum(v.daily_reg[k] for k in v.overseas)])
    for w in (ws, ws2):
        w.column_dimensions["A"].width = 22
        for col in "BCD":
            w.column_dimensions[col].width = 24
    save_wb(wb, path)


def dashboard(s: Spec, tiles: list[tuple[str, str]], title: str) -> Image.Image:
    img = Image.new("RGB", (1280, 760), (14, 28, 52))
    d = ImageDraw.Draw(img)
    d.text((40, 28), title, font=pil_font(34), fill=(235, 240, 250))
    d.text((40, 76), f"{s.name}  ·  数据更新时间 2024-06-30 23:00", font=pil_font(18), fill=(150, 170, 200))
    for i, (cap, val) in enumerate(tiles):
        x = 40 + (i % 3) * 408
        y = 140 + (i // 3) * 290
        d.rounded_rectangle([x, y, x + 380, y + 250], radius=18, fill=(26, 48, 86), outline=(60, 110, 180), width=2)
        d.text((x + 28, y + 30), cap, font=pil_font(26), fill=(170, 195, 230))
        d.text((x + 28, y + 100), val, font=pil_font(64), fill=(90, 220, 255))
    return img


def placeholder_page(text: str) -> Image.Image:
    img = Image.new("RGB", (1240, 1754), (250, 250, 248))
    d = ImageDraw.Draw(img)
    d.text((620, 800), text, font=pil_font(48), fill=(60, 60, 60), anchor="mm")
    return img


def licence_scan(s: Spec) -> Image.Image:
    img = Image.new("RGB", (1240, 1754), (246, 244, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([80, 80, 1160, 1674], outline=(170, 120, 60), width=10)
    d.text((620, 230), "营 业 执 照", font=pil_font(84), fill=(40, 40, 40), anchor="mm")
    d.text((620, 330), "（副 本）", font=pil_font(40), fill=(40, 40, 40), anchor="mm")
    lines = [f"统一社会信用代码  {s.credit_code}", f"名        称  {s.company}", "类        型  股份有限公司（非上市、自然人投资或控股）",
             f"法定代表人  {s.legal_rep}", "经 营 范 围  节能技术服务；合同能源管理；软件开发；信息系统集成服务。",
             f"成 立 日 期  {s.founded}", f"住        所  {s.reg_place}紫星路588号"]
    for i, line in enumerate(lines):
        d.text((170, 480 + i * 90), line, font=pil_font(34), fill=(30, 30, 30))
    d.text((760, 1420), "登记机关", font=pil_font(34), fill=(30, 30, 30))
    d.text((760, 1480), "2023年08月15日", font=pil_font(30), fill=(30, 30, 30))
    seal(img, 840, 1440, 130, "上海市闵行区市场监督管理局")
    return img


def compendium_pdf(s: Spec, v: Values, path: Path) -> dict:
    """附件3-5: 荣誉清单 + 安全制度清单 + 营业执照说明, each under its own heading."""
    p = Pdf(path)
    p.text("附件3-5 其他证明材料汇编", 14)
    p.text("一、平台获得省部级及以上奖项/荣誉清单", 12)
    rows = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]]
    for i, (a, t, u) in enumerate(s.awards, 1):
        rows.append([str(i), a, t, u])
    p.grid(rows, [36, 250, 80, 130])
    q = f"合计：{len(s.awards)}项"
    p.text(q, 11)
    p.new_page()
    p.text("二、平台安全管理制度清单", 12)
    p.grid([["序号", "制度文件名", "文件编号", "制订时间"],
            ["1", f"{s.name}安全管理办法", "AQ-2022-01", "2022年3月"],
            ["2", "数据分类分级管理规定", "AQ-2022-04", "2022年6月"]], [36, 260, 100, 100])
    p.text("第三方等级保护测评：每年一次，最近一次测评结论为“良”；漏洞扫描：每月一次。", 10)
    p.new_page()
    p.text("三、企业营业执照（副本）信息", 12)
    p.text(f"名称：{s.company}；统一社会信用代码：{s.credit_code}；法定代表人：{s.legal_rep}；成立日期：{s.founded}。", 10)
    p.save()
    return {"awards": q}
