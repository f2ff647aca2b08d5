"""Documents of one package, rendered from its spec; every writer registers the facts it prints."""

from __future__ import annotations

import random
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt

from eval_sets.blind.h98.labels import LABELS
from eval_sets.blind.h98.model import f2, th
from eval_sets.blind.h98.render import Doc, dashboard, normalize_zip, render_pdf, scan_pdf

FIRST_DETAIL = LABELS.index("平台团队总人数（人）")


class Ctx:
    def __init__(self, root: Path, spec: dict, rows: dict, seed: int):
        self.root, self.s, self.rows, self.seed = root, spec, rows, seed
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.drawn: dict[str, list[str]] = {}
        self.pages: dict[str, int] = {}  # marks (e.g. "book:ops_table") -> page

    def fact(self, label, value, unit, normalized, file, page, quote=None, row_label="", column_label="",
             component="", image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row_label,
                               column_label=column_label, component=component, image_only=image_only))


# ---------------------------------------------------------------- 申报表

def _basic_rows(c: Ctx, name: str):
    s, rows = c.s, c.rows
    co = s["co_fin"]
    return [
        [("单位（企业）名称", s["company"]), ("单位（企业）代码", s["uscc"])],
        [("成立日期", s["founded"]), ("注册地及所在行政区", s["address"])],
        [("企业类型", s["co_type"]), ("注册资本", s["capital"])],
        [("主营业务", s["business"]), ("法定代表人", s["legal_rep"])],
        [("联系人", s["contact"]), ("职务", s["contact_title"])],
        [("联系人手机", s["phone"]), ("电子邮箱", s["email"])],
        [("总资产（万元）", f2(co["assets"] / 1e4)), ("主营业务收入（万元）", f2(co["revenue"] / 1e4))],
        [("主营业务收入增长率（%）", f2(co["growth"])), ("负债率（%）", f2(co["debt_ratio"]))],
        [("利润总额（万元）", f2(co["profit"] / 1e4)), ("税金（万元）", f2(co["tax"] / 1e4))],
    ]


def _platform_rows(c: Ctx, name: str):
    s, rows = c.s, c.rows
    return [
        ("平台名称", name),
        ("平台性质", s["nature"]),
        ("建设时间", s["period_text"]),
        ("平台建设金额（万元）", rows["平台建设金额（万元）"][0]),
        ("平台近三年经营指标情况", rows["平台近三年经营指标情况"][0].replace("；", "\n")),
        ("平台建设方式", "☑自建  □合作共建"),
        ("平台运营模式", "☑自运营  □联合运营  □委托运营"),
        ("IaaS基础设施", s["iaas"]),
        ("部署方式", s["deploy_boxes"]),
        ("平台网址", f"{s['url']}\n账号：{s['account']}  密码：{s['password']}"),
        ("平台基本情况介绍", s["intro"]),
        ("平台建设成效", s["effect"]),
    ]


def _detail_rows(c: Ctx):
    out = []
    for label in LABELS[FIRST_DETAIL:]:
        out.append((label, c.rows[label][0], c.s["proof"].get(label, "")))
    return out


def write_form_docx(c: Ctx, rel: str):
    s = c.s
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    d.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    d.add_paragraph(f"申报年度：2024年度    平台名称：{s['name']}    申报单位：{s['company']}（盖章）")
    d.add_heading("一、企业基本情况", level=2)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for pair in _basic_rows(c, s["name"]):
        cells = t.add_row().cells
        for k, (a, b) in enumerate(pair):
            cells[2 * k].text, cells[2 * k + 1].text = a, b
    d.add_heading("二、平台基本情况", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in _platform_rows(c, s["name"]):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
    d.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for k, h in enumerate(("内容", "平台实际情况", "证明资料（附件序号、名称及页码）")):
        t.rows[0].cells[k].text = h
    for a, b, p in _detail_rows(c):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, p
    _core(d, s)
    path = c.root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)
    normalize_zip(path)
    c.files[rel] = "申报表"


def _core(d, s):
    import datetime as dt
    cp = d.core_properties
    cp.author = s["contact"]
    cp.last_modified_by = s["contact"]
    cp.title = ""
    cp.revision = 3
    cp.created = dt.datetime(2024, 6, 18, 9, 30)
    cp.modified = dt.datetime(2024, 6, 18, 9, 30)


def write_form_scan(c: Ctx, rel: str):
    s = c.s
    doc = Doc()
    doc.add("title", "上海市工业互联网平台应用水平评价申报表")
    doc.add("line", f"平台名称：{s['name']}", 10)
    doc.add("line", f"申报单位：{s['company']}（盖章）", 10)
    doc.add("h", "一、企业基本情况")
    doc.add("table", [[a, b, x, y] for (a, b), (x, y) in _basic_rows(c, s["name"])], [2, 3, 2, 3])
    doc.new_page()
    doc.add("h", "二、平台基本情况")
    doc.add("table", [[a, b] for a, b in _platform_rows(c, s["name"])], [1, 4])
    doc.new_page()
    doc.add("h", "三、指标明细表")
    rows = _detail_rows(c)
    chunk = 0
    for i, (a, b, p) in enumerate(rows):
        if chunk == 0:
            block = [["内容", "平台实际情况", "证明资料"]]
        block.append([a, b, p])
        chunk += 1
        if chunk == 24 or i == len(rows) - 1:
            doc.add("table", block, [3, 4, 2])
            chunk = 0
            if i != len(rows) - 1:
                doc.new_page()
    doc.add("line", f"申报单位（盖章）：{s['company']}        日期：2024年6月18日", 10)
    pdf = render_pdf(doc, flow=True, footer_numbers=False)
    n = scan_pdf(pdf, c.root / rel, s["company"], c.seed + 11, seal_pages="first_last")
    c.files[rel] = "申报表扫描件"
    return n


# ---------------------------------------------------------------- 汇总表, 联系人表, 承诺

def write_summary_xlsx(c: Ctx, rel: str):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["附件4 平台基本情况汇总表"])
    ws.append(["项目", "内容"])
    for label in LABELS:
        val = c.s.get("summary_override", {}).get(label, c.rows[label][0])
        ws.append([label, val])
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 80
    _xlsx_props(wb)
    path = c.root / rel
    wb.save(path)
    normalize_zip(path)
    c.files[rel] = "汇总表"


def _xlsx_props(wb):
    import datetime as dt
    wb.properties.creator = "applicant"
    wb.properties.lastModifiedBy = "applicant"
    wb.properties.created = dt.datetime(2024, 6, 18, 9, 30)
    wb.properties.modified = dt.datetime(2024, 6, 18, 9, 30)


def write_contact_docx(c: Ctx, rel: str):
    s = c.s
    d = docx.Document()
    d.add_heading("上海市工业互联网平台应用水平评价联系人信息反馈表", level=1)
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for k, h in enumerate(("单位名称", "姓名", "职务", "手机", "电子邮箱")):
        t.rows[0].cells[k].text = h
    for k, v in enumerate((s["company"], s["contact"], s["contact_title"], s["phone"], s["email"])):
        t.rows[1].cells[k].text = v
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(s["venue"])
    _core(d, s)
    path = c.root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)
    normalize_zip(path)
    c.files[rel] = "联系人表"


def write_commitment(c: Ctx, rel: str):
    s = c.s
    doc = Doc()
    doc.add("title", "真实性承诺")
    doc.add("gap", 20)
    doc.add("p", f"我单位郑重承诺：本次申报2024年度上海市工业互联网平台应用水平评价的“{s['name']}”所提交的申报表、申报书及相关证明材料"
                 "中的所有信息均真实、准确、完整，不存在任何虚假记载、误导性陈述或重大遗漏。如有不实，我单位愿意承担相应责任。")
    doc.add("gap", 60)
    doc.add("line", f"法定代表人（或授权代表）签名：{s['legal_rep']}", 11)
    doc.add("line", f"申报单位（盖章）：{s['company']}", 11)
    doc.add("line", "2024年6月18日", 11)
    scan_pdf(render_pdf(doc, footer_numbers=False), c.root / rel, s["company"], c.seed + 13, seal_pages="last")
    c.files[rel] = "承诺"


# ---------------------------------------------------------------- evidence

def write_audit(c: Ctx, rel: str):
    s, co = c.s, c.s["co_fin"]
    doc = Doc()
    doc.add("title", f"{s['company']}")
    doc.add("title", "2023年度审计报告")
    doc.add("line", f"{s['auditor']}    {s['audit_no']}", 11)
    doc.add("gap", 20)
    doc.add("p", f"我们审计了{s['company']}（以下简称“贵公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
                 "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
                 "公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。")
    doc.new_page()
    doc.add("h", "利润表（公司整体口径）  单位：元")
    doc.add("table", [["项目", "本期金额", "上期金额"],
                      ["一、营业收入", th(co["revenue"], 2), th(co["revenue_prev"], 2)],
                      ["减：营业成本", th(co["revenue"] * 0.71, 2), th(co["revenue_prev"] * 0.72, 2)],
                      ["二、营业利润", th(co["profit"] * 1.02, 2), th(co["profit_prev"] * 1.01, 2)],
                      ["三、利润总额", th(co["profit"], 2), th(co["profit_prev"], 2)],
                      ["资产总计（期末）", th(co["assets"], 2), th(co["assets"] * 0.93, 2)],
                      ["税金及附加等税费合计", th(co["tax"], 2), th(co["tax"] * 0.9, 2)]], [3, 2, 2])
    doc.new_page()
    page = doc.page_no
    doc.add("h", f"附注：{s['name']}业务专项说明  单位：万元")
    doc.add("p", "根据贵公司提供的平台业务核算资料，平台相关收入、研发投入及利润按项目辅助核算单独归集，经我们核对，列示如下：")
    rev = s["rev"]
    doc.add("table", [["项目", "2023年度", "2022年度", "2021年度"],
                      ["平台相关营业收入", th(rev[2023], 2), th(rev[2022], 2), th(rev[2021], 2)],
                      ["平台相关研发投入", th(s["rd"], 2), th(s["rd"] * 0.9, 2), th(s["rd"] * 0.82, 2)],
                      ["平台利润总额", th(s["profit"], 2), th(s["profit"] * 0.88, 2), th(s["profit"] * 0.8, 2)]],
              [3, 2, 2, 2])
    doc.add("p", f"注：2020年度平台相关营业收入为{th(rev[2020], 2)}万元，用于计算2021年度增长率。")
    render_pdf(doc, c.root / rel, header=f"{s['auditor']} 审计报告")
    c.files[rel] = "evidence:audit_report"
    F = rel
    c.fact("平台相关营业收入（万元）", th(rev[2023], 2), "万元", rev[2023], F, page, row_label="平台相关营业收入", column_label="2023年度")
    c.fact("平台近三年经营指标情况", th(rev[2022], 2), "万元", rev[2022], F, page, row_label="平台相关营业收入",
           column_label="2022年度", component="2022年平台营收（万元）")
    c.fact("平台近三年经营指标情况", th(rev[2021], 2), "万元", rev[2021], F, page, row_label="平台相关营业收入",
           column_label="2021年度", component="2021年平台营收（万元）")
    c.fact("平台相关研发投入（万元）", th(s["rd"], 2), "万元", s["rd"], F, page, row_label="平台相关研发投入", column_label="2023年度")
    c.fact("平台利润率（%）", th(s["profit"], 2), "万元", s["profit"], F, page, row_label="平台利润总额",
           column_label="2023年度", component="平台利润总额（万元）")
    c.fact("投资回报率（%）", th(s["profit"], 2), "万元", s["profit"], F, page, row_label="平台利润总额",
           column_label="2023年度", component="平台年利润（万元）")


def write_devices(c: Ctx, rel: str):
    s = c.s
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([f"{s['name']} 接入设备统计（导出时间：2024-06-14）"])
    ws.append(["统计项", "数量（台/套）"])
    ws.append(["接入设备总数", s["dev"]])
    ws.append(["其中：公有云接入设备", s["dev_pub"]])
    ws.append(["公有云设备日均运行数", s["dev_run"]])
    ws.append(["其中：海外设备", sum(s["overseas"].values())])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域", "接入设备（台/套）", "公有云（台/套）"])
    for k, v in s["dev_reg"].items():
        ws2.append([k, v, s["pub_reg"][k]])
    ws2.append(["合计", s["dev"], s["dev_pub"]])
    _xlsx_props(wb)
    path = c.root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    normalize_zip(path)
    c.files[rel] = "evidence:device_list"
    c.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(s["dev"]), "台/套", s["dev"], rel, 1, row_label="接入设备总数")
    c.fact("公有云工业设备连接数量（台/套）", str(s["dev_pub"]), "台/套", s["dev_pub"], rel, 1, row_label="其中：公有云接入设备")
    over = sum(s["overseas"].values())
    c.fact("海外设备连接数量（台/套）", str(over), "台/套", over, rel, 1, row_label="其中：海外设备")


def write_screenshot(c: Ctx, rel: str):
    s = c.s
    tiles = [("注册企业用户", th(s["registered"])), ("工业APP数量", th(s["apps"])),
             ("注册开发者", th(s["devs"])), ("微服务总数", th(s["ms"]))]
    distractors = [("今日告警", str(s["alarms"])), ("在线设备率", "87.4%"), ("本月新增企业", str(s["new_ent"])),
                   ("今日API调用(万次)", "312.6")]
    drawn = dashboard(c.root / rel, f"{s['name']} 运营驾驶舱", tiles, distractors, c.seed + 17)
    c.drawn[f"{rel}::1"] = drawn
    c.files[rel] = "evidence:screenshot"
    for (cap, val), label, n in zip(tiles, ["注册企业用户数（个）", "工业APP数量（个）", "开发者注册总数（个）", "微服务数量（个）"],
                                    [s["registered"], s["apps"], s["devs"], s["ms"]]):
        c.fact(label, val, "个", n, rel, 1, row_label=cap, image_only=True)


def write_ip(c: Ctx, rel: str):
    s = c.s
    doc = Doc()
    pats, cops = s["patents"], s["copyrights"]
    doc.add("h", f"{s['company']} 平台核心技术专利清单（共{len(pats)}项）")
    doc.add("table", [["序号", "专利名称", "专利号", "权利人"]] +
            [[str(i + 1), p, f"ZL2021{10000000 + 7919 * (i + 1) + s['list_no']}.{i % 10}", s["company"]]
             for i, p in enumerate(pats)], [1, 6, 3, 4])
    doc.new_page()
    doc.add("h", f"平台核心技术软件著作权清单（共{len(cops)}项）")
    doc.add("table", [["序号", "软件名称", "登记号"]] +
            [[str(i + 1), p, f"2022SR{1000000 + 3571 * (i + 1) + s['list_no']}"] for i, p in enumerate(cops)], [1, 7, 3])
    render_pdf(doc, c.root / rel)
    c.files[rel] = "evidence:patent_list"
    c.fact("平台核心软硬件技术获得的专利数量（项）", f"共{len(pats)}项", "项", len(pats), rel, 1, row_label="专利清单")
    c.fact("平台核心软硬件技术获得的软著数量（个）", f"共{len(cops)}项", "项", len(cops), rel, 2, row_label="软件著作权清单")
