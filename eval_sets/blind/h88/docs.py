"""Application documents (附件1/2/3/4/5) rendered from the declared values, evidence rendered from the real ones.
Every evidence writer returns the facts it prints (page numbers come from the layout written here)."""

from __future__ import annotations

import random
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from eval_sets.blind.h88.labels import CHAPTERS, SUMMARY_LABELS, TABLE
from eval_sets.blind.h88.model import Pkg, fmt_num
from eval_sets.blind.h88.render import Sheet, dashboard, record, save_docx, save_xlsx, scan_pages, text_pdf


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def thousands(x, dec=2) -> str:
    return f"{x:,.{dec}f}"


# =========================================================================== 附件1
def contact_form(root: Path, name: str, p: Pkg) -> None:
    s = p.spec
    d = docx.Document()
    d.add_heading("联系人信息反馈表", level=1)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.cell(0, i).text = h
    for r, (tag, c) in enumerate([("联系人（主）", s["contact"]), ("联系人（备用）", s["contact2"])], 1):
        for i, x in enumerate([tag, c[0], s["company"], c[3], c[1], c[2]]):
            t.cell(r, i).text = x
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{s['address']}")
    save_docx(d, root / name, s["contact"][0])


# =========================================================================== 附件2 申报表
def form_cell(p: Pkg, content: str, label: str | None) -> str:
    s = p.spec
    if label is None:
        return s["texts"].get(content, "")
    x = p.vals[label]
    if x is None:
        return s.get("none_cells", {}).get(label, "")
    special = s.get("cells", {})
    if label in special and x is not None:
        return special[label]
    return p.disp[label]


def basic_rows(p: Pkg) -> list[tuple[str, str]]:
    s, v = p.spec, p.vals
    return [
        ("平台名称", s["name_cell"]),
        ("建设时间", s["build_time_cell"]),
        ("平台建设金额（万元）", p.disp["平台建设金额（万元）"]),
        ("平台近三年经营指标情况", p.disp["平台近三年经营指标情况"].replace("；", "\n")),
        ("平台建设方式", "☑自建  □合作共建，合作企业名称（必填）：" if s["build_mode"] == "自建" else s["build_mode_cell"]),
        ("平台运营模式", "☑自运营  □联合运营  □委托运营" if s["operation"] == "自运营" else s["operation_cell"]),
        ("IaaS基础设施", s["iaas_cell"]),
        ("部署方式", s["deploy_cell"]),
        ("平台网址", f"{s['url']}（演示账号：{s['account'][0]}，密码：{s['account'][1]}）"),
        ("平台基本情况介绍", s["intro"]),
        ("平台建设成效", s["effect"]),
    ]


def form_docx(root: Path, name: str, p: Pkg) -> None:
    s = p.spec
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    h = d.add_paragraph("上海市工业互联网平台应用水平评价\n申报表")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in (f"申报年度：{s['form_year']}", f"平台名称：{s['declared_name']}", f"申报单位：{s['company']}（公章）",
                 f"联 系 人：{s['contact'][0]}", f"联系人电话：{s['contact'][1]}", "上海市经济和信息化委员会制", s["form_date"]):
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    d.add_paragraph("一、企业基本情况")
    rows = [("单位（企业）名称", s["company"]), ("单位（企业）代码", s["uscc"]), ("成立日期", s["founded"]),
            ("注册地及所在行政区", s["seat"]), ("企业类型", s["company_type"]), ("注册资本", s["capital"]),
            ("主营业务", s["business"]), ("法定代表人", s["legal_rep"]), ("联系人", s["contact"][0]), ("职务", s["contact"][3]),
            ("联系人手机", s["contact"][1]), ("电子邮箱", s["contact"][2]),
            ("申报单位上一年度经营状况（2023 年）", "；".join(f"{k}{x}" for k, x in s["company_fin"]))]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, x in rows:
        r = t.add_row().cells
        r[0].text, r[1].text = k, x
    d.add_paragraph("二、平台基本情况")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, x in basic_rows(p):
        r = t.add_row().cells
        r[0].text, r[1].text = k, x
    d.add_page_break()
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["三级指标", "内容", "平台实际情况", "证明资料"]):
        t.rows[0].cells[i].text = h
    for third, content, label in TABLE:
        r = t.add_row().cells
        cell = form_cell(p, content, label)
        r[0].text, r[1].text, r[2].text = third, content, cell
        r[3].text = s["proof"].get(label or content, "见申报书第二章") if cell else ""
    save_docx(d, root / name, s["contact"][0])


def form_scan(root: Path, name: str, p: Pkg, key: str, rng: random.Random) -> None:
    s = p.spec
    sheets = []
    sh = Sheet()
    sh.y = 220
    sh.title("上海市工业互联网平台应用水平评价", 30)
    sh.title("申报表", 34)
    sh.y += 80
    for line in (f"申报年度：{s['form_year']}", f"平台名称：{s['declared_name']}", f"申报单位：{s['company']}（公章）",
                 f"联 系 人：{s['contact'][0]}", f"联系人电话：{s['contact'][1]}"):
        sh.line(line, 18, x=150, gap=22)
    sh.y += 120
    sh.line(f"上海市经济和信息化委员会制          {s['form_date']}", 16, x=200)
    sh.seal(s["company"], cy=sh.y - 60)
    sheets.append(sh)
    lines = [f"{k}：{x}" for k, x in basic_rows(p) if k != "平台网址"]
    lines += [f"{c}：{form_cell(p, c, lab) or '（空）'}" for _, c, lab in TABLE]
    sh = Sheet()
    for ln in lines:
        if sh.y > 1060:
            sheets.append(sh)
            sh = Sheet()
        sh.line(ln[:150], 12, x=70, gap=5)
    sh.seal(s["company"], cy=min(sh.y + 60, 1080))
    sheets.append(sh)
    scan_pages(root / name, sheets, key, rng, "申报表盖章扫描件")


# =========================================================================== 附件3 申报书
def narrative_docx(root: Path, name: str, p: Pkg, attachments: list[tuple[str, str]]) -> None:
    s = p.spec
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    c = d.add_paragraph("上海市工业互联网平台应用水平评价\n申报书")
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in (f"申报年度：{s['form_year']}", f"平台名称：{s['declared_name']}", f"申报单位：{s['company']}（公章）",
                 s["form_date"]):
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    story = s["story"]
    for ch in CHAPTERS:
        key = ch[0]
        if key == "六":
            d.add_paragraph(ch)
            d.add_paragraph("本申报书所附证明材料清单如下：")
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for i, h in enumerate(["序号", "附件名称", "页数/说明"]):
                t.rows[0].cells[i].text = h
            for i, (fname, note) in enumerate(attachments, 1):
                r = t.add_row().cells
                r[0].text, r[1].text, r[2].text = str(i), fname, note
            continue
        if key not in story:
            continue
        d.add_paragraph(ch)
        for para in story[key]:
            if isinstance(para, tuple):  # a table
                head, rows = para
                t = d.add_table(rows=1, cols=len(head))
                t.style = "Table Grid"
                for i, h in enumerate(head):
                    t.rows[0].cells[i].text = h
                for row in rows:
                    r = t.add_row().cells
                    for i, x in enumerate(row):
                        r[i].text = str(x)
            else:
                d.add_paragraph(para)
    save_docx(d, root / name, s["contact"][0])


# =========================================================================== 附件4 汇总表
def summary_xlsx(root: Path, name: str, p: Pkg) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append(["指标", "填报内容"])
    for label in SUMMARY_LABELS:
        value = p.summary_diff.get(label, p.disp[label])
        x = p.vals[label]
        if label not in p.summary_diff and isinstance(x, (int, float)) and not isinstance(x, bool) and label != "序号":
            cell = x
        else:
            cell = value
        if label == "平台名称":
            cell = p.spec["name_cell"] if p.spec.get("renamed") else value
        ws.append([label, cell])
        if isinstance(cell, float):
            ws.cell(ws.max_row, 2).number_format = "0.00"
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 70
    for row in ws.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A1"].font = ws["B1"].font = Font(bold=True)
    save_xlsx(wb, root / name, p.spec["contact"][0])


# =========================================================================== 附件5 承诺
def commitment_scan(root: Path, name: str, p: Pkg, key: str, rng: random.Random, year: int, date: str) -> None:
    s = p.spec
    sh = Sheet()
    sh.y = 160
    sh.title("真实性承诺", 32)
    sh.y += 40
    sh.line(f"我单位此次提交的关于{year}年度上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
            "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 19, x=110, gap=18)
    sh.line("特此承诺。", 19, x=150, gap=18)
    sh.y += 160
    sh.line(f"申报单位：{s['company']}（盖章）", 18, x=330, gap=30)
    sh.line(f"法定代表人：{s['legal_rep']}（签章）", 18, x=330, gap=30)
    sh.line(date, 18, x=420, gap=30)
    sh.seal(s["company"], cx=560, cy=sh.y - 110)
    scan_pages(root / name, [sh], key, rng, "真实性承诺")


# =========================================================================== evidence
def audit_pdf(root: Path, name: str, p: Pkg, year: int, cols: dict) -> list[dict]:
    """A text audit report; p4 is the platform 专项说明 in 万元 with columns {year: {row: value}}."""
    s = p.spec
    years = list(cols)
    fin = s["audit_company"][year]
    pages = [
        [("gap", 40), ("h", f"{s['company']}"), ("h", f"{year}年度审计报告"), ("gap", 20),
         ("p", f"报告文号：{s['auditor'][1]}〔{year + 1}〕第{s['auditor'][2]}号"), ("p", f"审计机构：{s['auditor'][0]}"),
         ("p", f"报告日期：{year + 1}年4月{s['auditor'][3]}日")],
        [("h", "审计报告"), ("p", f"{s['company']}全体股东："),
         ("p", f"我们审计了{s['company']}（以下简称“贵公司”）财务报表，包括{year}年12月31日的合并资产负债表，{year}年度的合并利润表、"
               "合并现金流量表、合并所有者权益变动表以及相关财务报表附注。"),
         ("p", f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的合并财务状况"
               f"以及{year}年度的合并经营成果和现金流量。"), ("gap", 10), ("p", f"{s['auditor'][0]}        中国注册会计师：{s['auditor'][4]}")],
        [("h", "合并利润表"), ("p", f"编制单位：{s['company']}        {year}年度        单位：元"),
         ("t", [["项目", "本期金额", "上期金额"]] + [[k, thousands(a), thousands(b)] for k, a, b in fin], [70, 50, 50])],
        [("h", f"附注：工业互联网平台业务专项说明（{year}年度）"),
         ("p", f"本说明所列数据为“{s['declared_name']}”平台相关业务按公司统一口径自合并报表中拆分，拆分方式为按平台服务合同归集收入、"
               "按项目工时归集研发投入，平台利润总额为平台相关收入扣除直接成本及分摊费用后的金额。"),
         ("p", "单位：万元"),
         ("t", [["项目"] + [f"{y}年度" for y in years]] +
          [[row] + [thousands(cols[y][row]) for y in years] for row in ("平台相关营业收入", "平台相关研发投入", "平台利润总额")],
          [60] + [36] * len(years))],
    ]
    text_pdf(root / name, pages, f"{year}年度审计报告", header=f"{s['auditor'][0]}  {year}年度审计报告")
    facts = []
    c = cols[year]
    facts.append(fact("平台相关营业收入（万元）", thousands(c["平台相关营业收入"]), "万元", c["平台相关营业收入"], name, 4,
                      thousands(c["平台相关营业收入"]), "平台相关营业收入", f"{year}年度"))
    facts.append(fact("平台相关研发投入（万元）", thousands(c["平台相关研发投入"]), "万元", c["平台相关研发投入"], name, 4,
                      thousands(c["平台相关研发投入"]), "平台相关研发投入", f"{year}年度"))
    for lab, comp in (("平台利润率（%）", "平台利润总额（万元）"), ("投资回报率（%）", "平台年利润（万元）")):
        facts.append(fact(lab, thousands(c["平台利润总额"]), "万元", c["平台利润总额"], name, 4, thousands(c["平台利润总额"]),
                          "平台利润总额", f"{year}年度", comp))
    for y in years[1:]:
        if y in (2021, 2022):
            x = cols[y]["平台相关营业收入"]
            facts.append(fact("平台近三年经营指标情况", thousands(x), "万元", x, name, 4, thousands(x), "平台相关营业收入",
                              f"{y}年度", f"{y}年平台营收（万元）"))
    return facts


def audit_scan(root: Path, name: str, p: Pkg, key: str, rng: random.Random, cols: dict) -> list[dict]:
    """Last year's (2022) audit report as a scan: cover + platform 专项说明 (万元)."""
    s = p.spec
    years = list(cols)
    a = Sheet()
    a.y = 300
    a.title(s["company"], 28)
    a.title("2022年度审计报告", 32)
    a.y += 60
    a.line(f"报告文号：{s['auditor'][1]}〔2023〕第{s['auditor'][2] - 37}号", 18, x=230, gap=16)
    a.line(f"审计机构：{s['auditor'][0]}", 18, x=230, gap=16)
    a.line("报告日期：2023年4月18日", 18, x=230, gap=16)
    b = Sheet()
    b.title("附注：工业互联网平台业务专项说明（2022年度）", 22)
    b.line("本说明所列数据为平台相关业务自公司合并报表中拆分的金额。单位：万元", 15)
    b.table([["项目"] + [f"{y}年度" for y in years]] +
            [[row] + [thousands(cols[y][row]) for y in years] for row in ("平台相关营业收入", "平台相关研发投入", "平台利润总额")],
            [260, 180, 180])
    b.seal(s["auditor"][0], cy=b.y + 90)
    scan_pages(root / name, [a, b], key, rng, "2022年度审计报告")
    facts = []
    for y in years:
        if y in (2021, 2022):
            x = cols[y]["平台相关营业收入"]
            facts.append(fact("平台近三年经营指标情况", thousands(x), "万元", x, name, 2, thousands(x), "平台相关营业收入",
                              f"{y}年度", f"{y}年平台营收（万元）", image_only=True))
    return facts


def device_xlsx(root: Path, name: str, p: Pkg, real_vals: dict, util_label: str = "设备利用率（%）") -> list[dict]:
    s, v = p.spec, real_vals
    dev, pub, run = s["devices"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备类别"
    ws.append([f"{s['declared_name']} 接入设备统计（导出时间：{s['export_date']}）"])
    ws.append(["设备类别", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    a = v["按二级分类统计工业设备数量（台/套）"]
    b = v["按二级分类统计公有云工业设备数量（台/套）"]
    c = v["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    for k in a:
        ws.append([k, a[k], b[k], c[k]])
    ws.append(["合计", dev, pub, run])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    a = v["按省市区域统计工业设备数量（台/套）"]
    b = v["按省市区域统计公有云工业设备数量（台/套）"]
    c = v["按省市区域统计公有云工业设备平均日运行数量（台/套）"]
    for k in a:
        ws2.append([k, a[k], b[k], c[k]])
    ws2.append(["合计", dev, pub, run])
    ws3 = wb.create_sheet("海外设备")
    ws3.append(["国家/地区", "接入数量（台/套）"])
    over = s["overseas"]
    for k, n in over.items():
        ws3.append([k, n])
    ws3.append(["海外合计", sum(over.values())])
    ws4 = wb.create_sheet("运行指标")
    ws4.append(["指标", "数值", "统计口径"])
    ws4.append([util_label, s["utilization"], f"统计期间{s['util_period']}，有效运行时长÷计划运行时长"])
    ws4.append(["工业协议适配数（个）", s["protocols"], "截至导出日"])
    save_xlsx(wb, root / name, "平台运营部")
    return [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(dev), "台/套", dev, name, 1, str(dev), "合计", "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", str(pub), "台/套", pub, name, 1, str(pub), "合计", "其中：公有云接入（台/套）"),
        fact("公有云工业设备平均日运行数量（台/套）", str(run), "台/套", run, name, 1, str(run), "合计", "公有云日均运行（台/套）"),
        fact("海外设备连接数量（台/套）", str(sum(over.values())), "台/套", sum(over.values()), name, 3,
             str(sum(over.values())), "海外合计", "接入数量（台/套）"),
        fact("平台连接工业设备利用率（%）", f"{s['utilization']}", "%", s["utilization"], name, 4, f"{s['utilization']}",
             util_label, "数值"),
    ]


def enterprise_xlsx(root: Path, name: str, p: Pkg, real_vals: dict, rng: random.Random) -> list[dict]:
    s, v = p.spec, real_vals
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务企业名录"
    ws.append(["序号", "企业名称", "所属行业", "注册地", "是否付费", "是否中小企业"])
    inds = [k for k, n in v["按行业统计服务企业数（个）"].items() for _ in range(n)]
    regs = [k for k, n in v["按省市区域统计服务企业数（个）"].items() for _ in range(n)]
    rng.shuffle(inds)
    served = s["served"]
    paying = set(rng.sample(range(served), s["paying"]))
    sme = set(rng.sample(range(served), s["sme"]))
    a = "华 东 申 沪 浦 联 恒 鑫 泰 宏 德 瑞 嘉 铭 卓 凯 盛 和 富 源 通 科 达 新 诚 永 昌 祥 安 晟".split()
    b = "机电 材料 精密 电子 能源 智能 制造 装备 实业 工业 自动化 热能 包装 化工 钢材 物流 电气 建设".split()
    for i in range(served):
        nm = f"上海{a[i % len(a)]}{a[(i * 7 + 3) % len(a)]}{b[(i * 5) % len(b)]}有限公司" if regs[i] == "上海" else \
            f"{regs[i]}{a[(i * 3) % len(a)]}{a[(i * 11 + 1) % len(a)]}{b[(i * 13) % len(b)]}有限公司"
        ws.append([i + 1, f"{nm}（{i + 1:04d}）", inds[i], regs[i], "是" if i in paying else "否", "是" if i in sme else "否"])
    ws2 = wb.create_sheet("统计")
    ws2.append(["统计项", "数量（家）"])
    ws2.append(["实际服务企业合计", served])
    ws2.append(["其中：付费企业", s["paying"]])
    ws2.append(["其中：注册地在上海市", s["local"]])
    ws2.append(["其中：中小企业", s["sme"]])
    ws2.append(["统计截止日", s["export_date"]])
    save_xlsx(wb, root / name, "平台运营部")
    return [
        fact("实际服务企业数（个）", str(served), "家", served, name, 2, str(served), "实际服务企业合计", "数量（家）"),
        fact("付费企业数（个）", str(s["paying"]), "家", s["paying"], name, 2, str(s["paying"]), "其中：付费企业", "数量（家）"),
        fact("服务本市企业数量（个）", str(s["local"]), "家", s["local"], name, 2, str(s["local"]), "其中：注册地在上海市", "数量（家）"),
        fact("服务中小企业数量（个）", str(s["sme"]), "家", s["sme"], name, 2, str(s["sme"]), "其中：中小企业", "数量（家）"),
    ]


def ip_pdf(root: Path, name: str, p: Pkg, softs: list | None = None, list_date: str | None = None) -> list[dict]:
    s = p.spec
    pats = s["patents"]
    softs = s["softs"] if softs is None else softs
    date = list_date or s["export_date"]
    pages = [
        [("h", "平台核心软硬件技术知识产权清单"), ("p", f"权利人：{s['company']}    清单日期：{date}"),
         ("h2", f"一、专利清单（共{len(pats)}项）"),
         ("t", [["序号", "专利名称", "专利号", "类型"]] + [[i + 1, n, no, k] for i, (n, no, k) in enumerate(pats)], [12, 88, 44, 22])],
        [("h2", f"二、软件著作权清单（共{len(softs)}项）"),
         ("t", [["序号", "软件名称", "登记号"]] + [[i + 1, n, no] for i, (n, no) in enumerate(softs)], [12, 110, 44])],
    ]
    text_pdf(root / name, pages, "知识产权清单", header=f"{s['company']} 知识产权清单")
    return [
        fact("平台核心软硬件技术获得的专利数量（项）", str(len(pats)), "项", len(pats), name, 1, f"专利清单（共{len(pats)}项）", "专利清单"),
        fact("平台核心软硬件技术获得的软著数量（个）", str(len(softs)), "项", len(softs), name, 2, f"软件著作权清单（共{len(softs)}项）",
             "软件著作权清单"),
    ]


def ip_scan(root: Path, name: str, p: Pkg, key: str, rng: random.Random, softs: list, list_date: str) -> list[dict]:
    """Patents and software copyrights as a scanned, stamped list (p1 patents, p2 software)."""
    s = p.spec
    pats = s["patents"]
    a = Sheet()
    a.title("平台核心软硬件技术知识产权清单", 24)
    a.line(f"权利人：{s['company']}    清单日期：{list_date}", 15)
    a.line(f"一、专利清单（共{len(pats)}项）", 17)
    a.table([["序号", "专利名称", "专利号"]] + [[i + 1, n, no] for i, (n, no, _) in enumerate(pats)], [50, 440, 200], size=12)
    b = Sheet()
    b.line(f"二、软件著作权清单（共{len(softs)}项）", 17)
    b.table([["序号", "软件名称", "登记号"]] + [[i + 1, n, no] for i, (n, no) in enumerate(softs)], [50, 440, 200], size=12)
    b.seal(s["company"], cy=min(b.y + 80, 1080))
    scan_pages(root / name, [a, b], key, rng, "知识产权清单")
    return [
        fact("平台核心软硬件技术获得的专利数量（项）", str(len(pats)), "项", len(pats), name, 1, f"专利清单（共{len(pats)}项）",
             "专利清单", image_only=True),
        fact("平台核心软硬件技术获得的软著数量（个）", str(len(softs)), "项", len(softs), name, 2, f"软件著作权清单（共{len(softs)}项）",
             "软件著作权清单", image_only=True),
    ]


def screenshots(root: Path, names: tuple[str, str], p: Pkg, key_prefix: str, rng: random.Random,
                shown: dict | None = None) -> list[dict]:
    """Two dashboard PNGs. shown overrides what a tile displays (a stale screenshot)."""
    s = p.spec
    shown = shown or {}
    t1 = [("注册企业（家）", "registered", "注册企业用户数（个）", "家"),
          ("上架工业APP（个）", "apps", "工业APP数量（个）", "个"),
          ("接入设备（台/套）", "dev", "连接的工业设备/产品/产线种类及数量（台/套）", "台/套")]
    t2 = [("机理模型（个）", "models", "工业机理模型数量（个）", "个"),
          ("微服务（个）", "ms", "微服务数量（个）", "个"),
          ("注册开发者（人）", "devs", "开发者注册总数（个）", "个")]
    real = {"registered": s["registered"], "apps": s["native"] + s["cloudified"], "dev": s["devices"][0],
            "models": s["models"], "ms": s["ms"], "devs": s["devs"]}
    facts = []
    for name, tiles, extra, stamp in ((names[0], t1, s["tiles_extra"][0], shown.get("stamp1", s["shot_stamp"])),
                                     (names[1], t2, s["tiles_extra"][1], s["shot_stamp"])):
        drawn = []
        for cap, key, label, unit in tiles:
            n = shown.get(key, real[key])
            drawn.append((cap, f"{n:,}"))
            facts.append(fact(label, f"{n:,}", unit, n, name, 1, f"{n:,}", cap, image_only=True))
        dashboard(root / name, f"{key_prefix}/{name}", s["dash_title"], stamp, drawn + extra, rng)
    return facts


def app_xlsx(root: Path, name: str, p: Pkg) -> list[dict]:
    s = p.spec
    apps = s["native"] + s["cloudified"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工业APP统计"
    ws.append(["统计项", "数量（个）", "说明"])
    ws.append(["上架工业APP总数", apps, "至少有1个工业企业用户"])
    ws.append(["其中：基于平台开发", s["native"], ""])
    ws.append(["其中：云化工业软件", s["cloudified"], ""])
    ws.append(["部署在公有云的工业APP", s["public_apps"], ""])
    ws.append(["工业APP订阅总数量", s["subs"], "私有部署按用户数，多租户按购买数"])
    ws.append(["工业APP订阅总金额（万元）", s["subs_amount"], "自运营以来累计"])
    ws2 = wb.create_sheet("杀手锏APP")
    ws2.append(["排名", "APP名称", "订阅数量（个）"])
    for i, (k, n) in enumerate(s["killer_subs"].items(), 1):
        ws2.append([i, k, n])
    ks = sum(s["killer_subs"].values())
    ws2.append(["合计", "", ks])
    save_xlsx(wb, root / name, "平台运营部")
    return [
        fact("工业APP数量（个）", str(apps), "个", apps, name, 1, str(apps), "上架工业APP总数", "数量（个）"),
        fact("公有云工业APP数量（个）", str(s["public_apps"]), "个", s["public_apps"], name, 1, str(s["public_apps"]),
             "部署在公有云的工业APP", "数量（个）"),
        fact("工业APP订阅总数量（个）", str(s["subs"]), "个", s["subs"], name, 1, str(s["subs"]), "工业APP订阅总数量", "数量（个）"),
        fact("工业APP订阅总金额（万元）", str(s["subs_amount"]), "万元", s["subs_amount"], name, 1, str(s["subs_amount"]),
             "工业APP订阅总金额（万元）", "数量（个）"),
        fact("杀手锏工业APP订阅数量（个）", str(ks), "个", ks, name, 2, str(ks), "合计", "订阅数量（个）"),
    ]


def award_scan(root: Path, name: str, p: Pkg, key: str, rng: random.Random) -> list[dict]:
    s = p.spec
    a = Sheet()
    a.title("平台获得省部级及以上奖项/荣誉清单", 24)
    a.line(f"申报单位：{s['company']}", 15)
    a.table([["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] +
            [[i + 1, n, t, o] for i, (n, t, o) in enumerate(s["awards"])], [50, 380, 100, 170], size=12)
    a.line(f"合计：{len(s['awards'])}项", 16)
    a.seal(s["company"], cy=a.y + 60)
    scan_pages(root / name, [a], key, rng, "荣誉清单")
    n = len(s["awards"])
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, name, 1, f"合计：{n}项", "合计", image_only=True)]


def cert_scan(root: Path, name: str, p: Pkg, key: str, rng: random.Random, certs: list[dict]) -> None:
    sheets = []
    for c in certs:
        sh = Sheet()
        sh.y = 150
        sh.title(c["title"], 28)
        sh.y += 30
        for line in c["lines"]:
            sh.line(line, 17, x=120, gap=20)
        sh.seal(c["issuer"], cy=sh.y + 100)
        sheets.append(sh)
    scan_pages(root / name, sheets, key, rng, "证书")
