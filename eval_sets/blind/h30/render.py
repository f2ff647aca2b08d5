"""Renders one package (申报表, 申报书, 汇总表, 承诺, evidence) from a spec dict."""
from __future__ import annotations

import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import lib
from lib import PDF, fmt
from model import A4_LABELS, L1, MINGXI, Facts, normalize

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def split(total: int, keys: list[str], weights: list[float]) -> dict:
    s = sum(weights)
    vals = [int(total * w / s) for w in weights]
    vals[0] += total - sum(vals)
    return dict(zip(keys, vals))


# ====================================================================== 申报表
def cell_value(S, key):
    if key.startswith("T:"):
        return S["T"][key[2:]]
    v = S["F"][key]
    extra = S.get("FX", {}).get(key)
    return f"{v}{extra}" if extra else v


def form_docx(S, path: Path):
    doc = lib.docx_new(S.get("docfont", "宋体"))
    doc.add_paragraph("附件2")
    doc.add_heading("上海市工业互联网平台应用水平评价\n申报表", level=0)
    c = S["contact"]
    for line in [f"申报年度：2024年度", f"平台名称：{S['declared_name']}", f"申报单位：{S['company']}（公章）",
                 f"联 系 人：{c['name']}", f"联系人电话：{c['phone']}", "上海市经济和信息化委员会制", S["form_date"]]:
        doc.add_paragraph(line)
    doc.add_page_break()
    doc.add_paragraph("一、企业基本情况")
    b = S["basic"]
    rows = [["单位（企业）名称", S["company"], "单位（企业）代码", b["code"]],
            ["成立日期", b["founded"], "注册地及所在行政区", b["reg"]],
            ["企业类型", b["type"], "注册资本", b["capital"]],
            ["主营业务", b["business"], "法定代表人", b["legal"]],
            ["联系人", c["name"], "职务", c["title"]],
            ["联系人手机", c["phone"], "电子邮箱", c["email"]],
            ["传真", b.get("fax", "—"), "股权结构", b["equity"]]]
    lib.docx_table(doc, rows, bold_first=False)
    doc.add_paragraph("申报单位上一年度经营状况（2023年）")
    fin = b["fin"]
    lib.docx_table(doc, [["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
                         [fin[k] for k in ("总资产", "主营收入", "增长率", "负债率", "利润总额", "税金")]])
    doc.add_paragraph("二、平台基本情况")
    F = S["F"]
    rows = [["平台名称", S["declared_name"]],
            ["建设时间", S["build_text"]],
            ["平台建设金额（万元）", F["平台建设金额（万元）"]],
            ["平台近三年经营指标情况", S["rev_text"] + "\n注：此处数据需将平台相关收益单列，而非整个公司的财务数据。"],
            ["平台建设方式", S["build_mode"]],
            ["平台运营模式", S["op_mode"]],
            ["IaaS基础设施", S["iaas"]],
            ["部署方式", S["deploy_form"]],
            ["平台网址", f"{F['平台网址']}\n测试账号：{S['account'][0]}  密码：{S['account'][1]}"],
            ["平台基本情况介绍", S["intro"]],
            ["平台建设成效", S["effect"]]]
    lib.docx_table(doc, rows, bold_first=False)
    doc.add_page_break()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    order = S.get("form_cols", "levels+content+actual+proof")
    if order == "levels+content+actual+proof":
        head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    elif order == "levels+content+proof+actual":
        head = ["一级指标", "二级指标", "三级指标", "内容", "证明资料", "平台实际情况"]
    else:  # l3+content+actual+proof
        head = ["三级指标", "内容", "平台实际情况", "证明资料"]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        t.cell(0, j).text = h
    prev = None
    for (l1, l2, l3, content, key) in MINGXI:
        r = t.add_row().cells
        actual = cell_value(S, key)
        proof = S["proof"].get(key, "")
        if order.startswith("levels"):
            vals = [L1[l1], l2, l3, content]
            vals += [actual, proof] if order.endswith("actual+proof") else [proof, actual]
        else:
            vals = [l3, content, actual, proof]
        for j, v in enumerate(vals):
            r[j].text = v
    if order.startswith("levels"):  # merge level cells
        for col in (0, 1, 2):
            start = 1
            for i in range(2, len(t.rows) + 1):
                if i == len(t.rows) or t.cell(i, col).text != t.cell(start, col).text:
                    if i - 1 > start:
                        txt = t.cell(start, col).text
                        m = t.cell(start, col).merge(t.cell(i - 1, col))
                        m.text = txt
                    start = i
    lib.docx_save(doc, path)


def form_xlsx(S, path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "封面及基本情况"
    c, b, F = S["contact"], S["basic"], S["F"]
    rows = [["上海市工业互联网平台应用水平评价申报表"], ["申报年度", "2024年度"], ["平台名称", S["declared_name"]],
            ["申报单位", S["company"]], ["联系人", c["name"]], ["联系人电话", c["phone"]], [],
            ["一、企业基本情况"], ["单位（企业）名称", S["company"], "单位（企业）代码", b["code"]],
            ["成立日期", b["founded"], "注册地及所在行政区", b["reg"]], ["企业类型", b["type"], "注册资本", b["capital"]],
            ["主营业务", b["business"], "法定代表人", b["legal"]], ["联系人", c["name"], "职务", c["title"]],
            ["联系人手机", c["phone"], "电子邮箱", c["email"]], ["股权结构", b["equity"]],
            ["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
            [b["fin"][k] for k in ("总资产", "主营收入", "增长率", "负债率", "利润总额", "税金")]]
    for r in rows:
        ws.append(r)
    ws2 = wb.create_sheet("平台基本情况")
    for r in [["平台名称", S["declared_name"]], ["建设时间", S["build_text"]], ["平台建设金额（万元）", F["平台建设金额（万元）"]],
              ["平台近三年经营指标情况", S["rev_text"]], ["平台建设方式", S["build_mode"]], ["平台运营模式", S["op_mode"]],
              ["IaaS基础设施", S["iaas"]], ["部署方式", S["deploy_form"]],
              ["平台网址", f"{F['平台网址']}（账号：{S['account'][0]} 密码：{S['account'][1]}）"],
              ["平台基本情况介绍", S["intro"]], ["平台建设成效", S["effect"]]]:
        ws2.append(r)
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 90
    ws3 = wb.create_sheet("指标明细表")
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    start = {0: 2, 1: 2, 2: 2}
    for i, (l1, l2, l3, content, key) in enumerate(MINGXI):
        ws3.append([L1[l1], l2, l3, content, cell_value(S, key), S["proof"].get(key, "")])
    # merge equal consecutive level cells
    for col in (1, 2, 3):
        s = 2
        n = len(MINGXI) + 2
        for r in range(3, n + 1):
            if r == n or ws3.cell(r, col).value != ws3.cell(s, col).value:
                if r - 1 > s:
                    ws3.merge_cells(start_row=s, start_column=col, end_row=r - 1, end_column=col)
                s = r
    for col, w in zip("ABCDEF", (14, 16, 18, 40, 60, 26)):
        ws3.column_dimensions[col].width = w
    for row in ws3.iter_rows(min_row=1, max_row=ws3.max_row):
        for cl in row:
            cl.alignment = Alignment(wrap_text=True, vertical="center")
    lib.xlsx_save(wb, path)


def form_scan(S, path: Path, seed):
    tmp = path.with_suffix(".tmp.pdf")
    p = PDF("STSong-Light", 11)
    p.sp(30)
    p.h("上海市工业互联网平台应用水平评价", 20)
    p.h("申 报 表", 24)
    p.sp(20)
    c = S["contact"]
    for line in ["申报年度：2024年度", f"平台名称：{S['declared_name']}", f"申报单位：{S['company']}（公章）",
                 f"联 系 人：{c['name']}", f"联系人电话：{c['phone']}"]:
        p.p(line, 13, indent=False)
    p.sp(40)
    p.h("上海市经济和信息化委员会制", 12)
    p.h(S["form_date"], 12)
    p.pb()
    p.p("二、平台基本情况（节选）", 12, indent=False)
    F = S["F"]
    p.t([["平台名称", S["declared_name"]], ["建设时间", S["build_text"]], ["平台建设金额（万元）", F["平台建设金额（万元）"]],
         ["平台近三年经营指标情况", S["rev_text"]], ["平台建设方式", S["build_mode"]], ["平台运营模式", S["op_mode"]],
         ["部署方式", S["deploy_form"]]], widths=[45, 125], head=0)
    p.p("三、指标明细表（节选）", 12, indent=False)
    rows = [["内容", "平台实际情况"]]
    for (_, _, _, content, key) in MINGXI:
        if not key.startswith("T:") and key in ("平台相关营业收入（万元）", "付费用户占比（%）", "注册企业用户数（个）",
                                                "实际服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）",
                                                "服务中小企业数量（个）", "平台服务园区总数（个）",
                                                "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）"):
            rows.append([content, cell_value(S, key)])
    p.t(rows, widths=[80, 90])
    p.sp(10)
    p.p(f"申报单位（盖章）：{S['company']}", 12, indent=False)
    p.p(S["form_date"], 12, indent=False)
    p.save(tmp)
    lib.scanned_pdf(tmp, path, {0: [(0.62, 0.56, 95, S["company"], "")], 1: [(0.62, 0.86, 95, S["company"], "")]},
                    seed)


# ====================================================================== 汇总表
def summary_values(S):
    vals = {}
    for lab in A4_LABELS:
        vals[lab] = S["A4"][lab]
    vals.update(S.get("A4_override", {}))
    return vals


def summary_xlsx(S, path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append(["平台基本情况汇总表"])
    ws.merge_cells("A1:C1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["序号", "指标", "填报内容"])
    vals = summary_values(S)
    for i, lab in enumerate(A4_LABELS, 1):
        v = vals[lab]
        ws.append([i, lab, v])
    ws.column_dimensions["B"].width = 46
    ws.column_dimensions["C"].width = 80
    for row in ws.iter_rows(min_row=2):
        for cl in row:
            cl.border = BOX
            cl.alignment = Alignment(wrap_text=True, vertical="center")
    lib.xlsx_save(wb, path)


def summary_docx(S, path: Path):
    doc = lib.docx_new("仿宋")
    doc.add_paragraph("附件4")
    doc.add_heading("平台基本情况汇总表", level=1)
    vals = summary_values(S)
    lib.docx_table(doc, [["项目", "内容"]] + [[lab, vals[lab]] for lab in A4_LABELS], widths=[6, 11])
    lib.docx_save(doc, path)


# ====================================================================== 承诺 / 联系人表
def commitment_scan(S, path: Path, seed):
    tmp = path.with_suffix(".tmp.pdf")
    p = PDF("STSong-Light", 14)
    p.p("附件5", 12, indent=False)
    p.sp(10)
    p.h("真实性承诺", 22)
    p.sp(10)
    p.p("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
        "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 14)
    p.p("特此承诺。", 14)
    p.sp(40)
    p.p(f"申报单位：{S['company']}（盖章）", 14, indent=False)
    p.p(f"法定代表人：{S['basic']['legal']}（签章）", 14, indent=False)
    p.p(S["form_date"], 14, indent=False)
    p.save(tmp)
    lib.scanned_pdf(tmp, path, {0: [(0.58, 0.52, 100, S["company"], "")]}, seed)


def commitment_docx(S, path: Path):
    doc = lib.docx_new("仿宋")
    doc.add_paragraph("附件5")
    doc.add_heading("真实性承诺", level=1)
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
                      "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{S['company']}（盖章）")
    doc.add_paragraph(f"法定代表人：{S['basic']['legal']}（签章）")
    doc.add_paragraph(S["form_date"])
    lib.docx_save(doc, path)


def contact_docx(S, path: Path):
    doc = lib.docx_new()
    doc.add_paragraph("附件1")
    doc.add_heading("联系人信息反馈表", level=1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    c, c2 = S["contact"], S["contact2"]
    lib.docx_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                         ["联系人（主）", c["name"], S["company"], c["title"], c["phone"], c["email"]],
                         ["联系人（备用）", c2["name"], S["company"], c2["title"], c2["phone"], c2["email"]]])
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址*：{S['F']['评审会现场地址信息']}")
    lib.docx_save(doc, path)


# ====================================================================== 申报书
def narrative_blocks(S):
    """list of (heading, [paragraphs]) — table rows given as ('table', rows)."""
    return S["narrative"]


def narrative_docx(S, path: Path):
    doc = lib.docx_new(S.get("docfont", "宋体"))
    doc.add_paragraph("附件3")
    doc.add_heading("上海市工业互联网平台应用水平评价\n申报书", level=0)
    for line in ["申报年度：2024年度", f"平台名称：{S['declared_name']}", f"申报单位：{S['company']}（公章）",
                 f"联 系 人：{S['contact']['name']}", f"联系人电话：{S['contact']['phone']}", S["form_date"]]:
        doc.add_paragraph(line)
    doc.add_page_break()
    for head, paras in narrative_blocks(S):
        doc.add_heading(head, level=1)
        for para in paras:
            if isinstance(para, tuple) and para[0] == "table":
                lib.docx_table(doc, para[1])
            elif isinstance(para, tuple) and para[0] == "h2":
                doc.add_heading(para[1], level=2)
            else:
                doc.add_paragraph(para)
    lib.docx_save(doc, path)


def narrative_pdf(S, path: Path):
    p = PDF("WQY", 10.5)
    p.sp(30)
    p.h("上海市工业互联网平台应用水平评价", 18)
    p.h("申 报 书", 22)
    p.sp(15)
    for line in ["申报年度：2024年度", f"平台名称：{S['declared_name']}", f"申报单位：{S['company']}（公章）",
                 f"联 系 人：{S['contact']['name']}", f"联系人电话：{S['contact']['phone']}", S["form_date"]]:
        p.p(line, 12, indent=False)
    p.pb()
    for head, paras in narrative_blocks(S):
        p.p(f"<b>{head}</b>", 13, indent=False)
        for para in paras:
            if isinstance(para, tuple) and para[0] == "table":
                n = len(para[1][0])
                p.t(para[1], widths=[170 / n] * n)
            elif isinstance(para, tuple) and para[0] == "h2":
                p.p(para[1], 11.5, indent=False)
            else:
                p.p(para)
    p.save(path, header=f"{S['company']} · 申报书")


# ====================================================================== evidence
def finance_pdf(S, path: Path, rel: str, facts: Facts):
    """平台经营数据专项说明 / 专项审计: p1 说明, p2 平台数据表 (万元 or 元), p3 社会贡献测算."""
    E = S["fin_ev"]
    unit = E["unit"]  # "万元" or "元"
    conv = (lambda v: v) if unit == "万元" else (lambda v: v * 10000)
    fmtv = lambda v: fmt(conv(v), 2)
    norm = lambda v: lib_round(v)
    p = PDF(E.get("font", "STSong-Light"), 10.5)
    p.h(E["title"], 16)
    for para in E["intro"]:
        p.p(para)
    p.pb()
    p.h(E["table_title"], 13)
    p.p(f"编制单位：{S['company']}　　　　　　单位：{unit}", 9, indent=False)
    cols = E["cols"]  # e.g. ["2023年度","2022年度","2021年度"]
    years = E["years"]  # matching ints
    R = E["rows"]  # dict name -> {year: value}
    rows = [["项目"] + cols]
    for name in E["row_order"]:
        rows.append([name] + [fmtv(R[name][y]) if y in R[name] else "—" for y in years])
    p.t(rows, widths=[60] + [110 / len(cols)] * len(cols))
    for para in E.get("notes", []):
        p.p(para, 9)
    p.pb()
    p.h(E["sc_title"], 13)
    p.p(f"单位：{unit}", 9, indent=False)
    sc_rows = [["项目", "2023年度"]] + [[k, fmtv(v)] for k, v in E["sc_items"]]
    sc_rows.append(["社会贡献总额", fmtv(E["sc_total"])])
    sc_rows.append(["平均资产总额", fmtv(E["avg_assets"])])
    sc_rows.append(["平台社会贡献率（%）", f"{E['sc_rate']:.2f}"])
    p.t(sc_rows, widths=[90, 60])
    p.p(E["sc_note"], 9)
    p.save(path, header=E.get("header", ""))
    # facts (page 2: platform table; page 3: social contribution)
    rev_name, rd_name, pr_name = E["rev_row"], E["rd_row"], E["profit_row"]
    y0 = years
    col_of = dict(zip(years, cols))
    facts.add("平台相关营业收入（万元）", fmtv(R[rev_name][2023]), unit, R[rev_name][2023], rel, 2,
              row_label=rev_name, column_label=col_of[2023])
    for y in (2021, 2022):
        if y in R[rev_name]:
            facts.add("平台近三年经营指标情况", fmtv(R[rev_name][y]), unit, R[rev_name][y], rel, 2, row_label=rev_name,
                      column_label=col_of[y], component=f"{y}年平台营收（万元）")
    facts.add("平台相关研发投入（万元）", fmtv(R[rd_name][2023]), unit, R[rd_name][2023], rel, 2, row_label=rd_name,
              column_label=col_of[2023])
    facts.add("平台利润率（%）", fmtv(R[pr_name][2023]), unit, R[pr_name][2023], rel, 2, row_label=pr_name,
              column_label=col_of[2023], component="平台利润总额（万元）")
    facts.add("投资回报率（%）", fmtv(R[pr_name][2023]), unit, R[pr_name][2023], rel, 2, row_label=pr_name,
              column_label=col_of[2023], component="平台年利润（万元）")
    facts.add("平台社会贡献率（%）", fmtv(E["sc_total"]), unit, E["sc_total"], rel, 3, row_label="社会贡献总额",
              column_label="2023年度", component="社会贡献总额（万元）")
    facts.add("平台社会贡献率（%）", fmtv(E["avg_assets"]), unit, E["avg_assets"], rel, 3, row_label="平均资产总额",
              column_label="2023年度", component="平均资产总额（万元）")
    facts.add("平台社会贡献率（%）", f"{E['sc_rate']:.2f}", "%", E["sc_rate"], rel, 3, row_label="平台社会贡献率（%）",
              column_label="2023年度")


def lib_round(v):
    return round(v, 2)


def park_list_pdf(S, path: Path, rel: str, facts: Facts):
    P = S["parks"]
    p = PDF(P.get("font", "WQY"), 10)
    p.h(P["title"], 14)
    p.p(P["lead"])
    rows = [["序号", "园区名称", "所在区", "入驻企业数（家）", "服务内容", "合作协议签订时间"]]
    for i, pk in enumerate(P["list"], 1):
        rows.append([str(i), pk[0], pk[1], fmt(pk[2]), pk[3], pk[4]])
    p.t(rows, widths=[10, 48, 20, 22, 50, 22], size=8.5)
    p.p(P["total_line"], 10, indent=False)
    for n in P.get("notes", []):
        p.p(n, 9)
    p.save(path, header=S["company"])
    facts.add("平台服务园区总数（个）", P["total_quote_value"], "个", P["total_value"], rel, 1, quote=P["total_quote"],
              row_label=P["total_row_label"])


def agreements_scan(S, path: Path, seed):
    tmp = path.with_suffix(".tmp.pdf")
    p = PDF("STSong-Light", 11)
    seals = {}
    for i, pk in enumerate(S["parks"]["agreements"]):
        name, committee, date, content = pk
        p.h(f"{S['platform_short']}平台园区数字化服务合作协议", 15)
        p.p(f"协议编号：{S['agr_prefix']}-{2021 + i % 3}-{i + 1:03d}", 9, indent=False)
        p.p(f"甲方：{committee}", 11, indent=False)
        p.p(f"乙方：{S['company']}", 11, indent=False)
        p.p(f"为推动{name}内制造业企业数字化转型，甲乙双方本着平等互利、优势互补的原则，经友好协商，就乙方依托"
            f"“{S['declared_name']}”为园区及入驻企业提供服务事宜达成如下协议：")
        p.p(f"一、合作内容：{content}。")
        p.p("二、甲方负责组织园区内企业参与平台推广活动，协调企业数据接入所需的场地与网络条件；乙方负责平台的部署、"
            "运维及培训，按年度向甲方提交园区服务报告。")
        p.p("三、合作期限：自协议签订之日起三年。期满双方无异议的，自动顺延一年。")
        p.p("四、双方对合作中获知的企业数据负有保密义务，未经数据所有方书面同意不得向第三方披露。")
        p.p("五、本协议一式肆份，甲乙双方各执贰份，自双方盖章之日起生效。")
        p.sp(18)
        p.t([[f"甲方（盖章）：{committee}", f"乙方（盖章）：{S['company']}"],
             [f"日期：{date}", f"日期：{date}"]], widths=[85, 85], head=0)
        p.pb()
        seals[i] = [(0.3, 0.70, 78, committee, ""), (0.72, 0.71, 78, S["company"], "")]
    p.blocks.pop()
    p.save(tmp)
    lib.scanned_pdf(tmp, path, seals, seed, scale=1.35)


def enterprise_xlsx(S, path: Path, rel: str, facts: Facts, seed):
    """服务企业名录: sheet1 名录 (one row per enterprise), sheet2 统计 (by region, district, size)."""
    E = S["ent"]
    rnd = random.Random(seed)
    n = E["total"]
    regions = []
    for k, v in E["regions"].items():
        regions += [k] * v
    rnd.shuffle(regions)
    districts = []
    for k, v in E["districts"].items():
        districts += [k] * v
    rnd.shuffle(districts)
    sizes = []
    for k, v in E["sizes"].items():
        sizes += [k] * v
    rnd.shuffle(sizes)
    inds = []
    for k, v in E["industries"].items():
        inds += [k] * v
    rnd.shuffle(inds)
    assert len(regions) == len(sizes) == len(inds) == n, (len(regions), len(sizes), len(inds), n)
    names = company_names(n, rnd, E["name_words"])
    wb = Workbook()
    ws = wb.active
    ws.title = "服务企业名录"
    ws.append(["序号", "企业名称", "所在省市", "所在区（县）", "所属行业", "企业规模", "首次服务时间", "服务方式"])
    di = iter(districts)
    cities = E.get("cities", {})
    for i in range(n):
        reg = regions[i]
        dist = next(di) if reg == "上海" else rnd.choice(cities.get(reg, ["—"]))
        ws.append([i + 1, names_with_region(names[i], reg, dist), reg, dist, inds[i], sizes[i],
                   f"{rnd.choice([2019, 2020, 2021, 2022, 2023, 2024])}-{rnd.randint(1, 12):02d}",
                   rnd.choice(E["modes"])])
    ws.column_dimensions["B"].width = 36
    ws2 = wb.create_sheet("统计")
    ws2.append([E["stat_title"]])
    ws2.append([])
    ws2.append(["按区域统计", "企业数（家）"])
    for k, v in E["regions"].items():
        ws2.append([k, v])
    ws2.append(["合计", n])
    ws2.append([])
    ws2.append(["上海市内按区统计", "企业数（家）"])
    for k, v in E["districts"].items():
        ws2.append([k, v])
    ws2.append(["上海小计", sum(E["districts"].values())])
    ws2.append([])
    ws2.append(["按企业规模统计（工信部联企业〔2011〕300号）", "企业数（家）"])
    for k, v in E["sizes"].items():
        ws2.append([k, v])
    sme = sum(v for k, v in E["sizes"].items() if k != "大型")
    ws2.append(["其中：中小微企业合计", sme])
    ws2.column_dimensions["A"].width = 42
    lib.xlsx_save(wb, path)
    facts.add("实际服务企业数（个）", str(n), "家", n, rel, 2, row_label="合计", column_label="企业数（家）")
    sh = sum(E["districts"].values())
    facts.add("服务本市企业数量（个）", str(sh), "家", sh, rel, 2, row_label="上海小计", column_label="企业数（家）")
    facts.add("服务中小企业数量（个）", str(sme), "家", sme, rel, 2, row_label="其中：中小微企业合计",
              column_label="企业数（家）")
    return names


WORDS1 = ["华", "联", "恒", "瑞", "鼎", "宏", "正", "嘉", "泰", "新", "永", "信", "达", "博", "锦", "盛", "通", "德", "凯", "安",
          "丰", "兴", "源", "晟", "弘", "远", "益", "腾", "誉", "祥"]


def company_names(n, rnd, words):
    seen, out = set(), []
    while len(out) < n:
        nm = rnd.choice(WORDS1) + rnd.choice(WORDS1) + rnd.choice(words)
        if nm in seen:
            continue
        seen.add(nm)
        out.append(nm)
    return out


def names_with_region(core, reg, dist):
    place = "上海" if reg == "上海" else reg
    return f"{place}{core}有限公司"


def billing_xlsx(S, path: Path, rel: str, facts: Facts, names, seed):
    B = S["bill"]
    rnd = random.Random(seed)
    paid = names[: B["paid"]] if B["paid"] <= len(names) else names + [f"客户{i}" for i in range(B["paid"] - len(names))]
    wb = Workbook()
    ws = wb.active
    ws.title = "账单明细"
    ws.append(["账单编号", "客户名称", "订阅产品", "计费周期", "账单金额（元）", "支付状态", "支付时间"])
    k = 0
    for i, nm in enumerate(paid):
        for _ in range(1 + (rnd.random() < 0.35)):
            k += 1
            m = rnd.randint(1, 12)
            ws.append([f"{B['prefix']}{2023}{m:02d}{k:05d}", f"{nm}", rnd.choice(B["products"]),
                       f"2023-{m:02d}", round(rnd.uniform(800, 60000), 2), "已支付", f"2023-{m:02d}-{rnd.randint(1, 28):02d}"])
    ws.column_dimensions["B"].width = 36
    ws2 = wb.create_sheet("客户汇总")
    ws2.append([B["sum_title"]])
    ws2.append(["统计口径", "截至2023年12月31日"])
    ws2.append(["账单笔数", k])
    ws2.append([B["paid_label"], B["paid"]])
    ws2.append([B["users_label"], B["users"]])
    ws2.append([B["ratio_label"], B["ratio_text"]])
    ws2.append(["说明", B["note"]])
    ws2.column_dimensions["A"].width = 36
    lib.xlsx_save(wb, path)
    facts.add("付费企业数（个）", str(B["paid"]), "家", B["paid"], rel, 2, row_label=B["paid_label"])
    facts.add("付费用户占比（%）", str(B["paid"]), "家", B["paid"], rel, 2, row_label=B["paid_label"],
              component="付费用户数（个）")
    facts.add("付费用户占比（%）", str(B["users"]), "家", B["users"], rel, 2, row_label=B["users_label"],
              component="平台用户总数（个）")


def hr_scan(S, path: Path, rel: str, facts: Facts, seed):
    H = S["hr"]
    tmp = path.with_suffix(".tmp.pdf")
    p = PDF("STSong-Light", 11)
    p.h(H["title"], 16)
    p.p(H["lead"])
    p.t(H["rows"], widths=[70, 50, 50])
    for para in H["paras"]:
        p.p(para)
    p.sp(20)
    p.p(f"{H['issuer']}（盖章）", 11, indent=False)
    p.p(H["date"], 11, indent=False)
    p.save(tmp)
    lib.scanned_pdf(tmp, path, {0: [(0.62, 0.62, 90, H["issuer"], H.get("seal_sub", ""))]}, seed)
    facts.add("平台建设与运营带动新增就业人数（人）", H["new_quote"], "人", H["new_value"], rel, 1,
              row_label=H["new_row"], column_label=H.get("new_col", ""), image_only=True)


def letter_scan(S, path: Path, seed):
    L = S["letter"]
    tmp = path.with_suffix(".tmp.pdf")
    p = PDF("STSong-Light", 12)
    p.h(L["org"], 20)
    p.p(L["no"], 10, indent=False)
    p.h(L["title"], 15)
    p.p(L["to"], 12, indent=False)
    for para in L["paras"]:
        p.p(para, 12)
    p.sp(25)
    p.p(L["org"], 12, indent=False)
    p.p(L["date"], 12, indent=False)
    p.save(tmp)
    lib.scanned_pdf(tmp, path, {0: [(0.62, 0.64, 95, L["org"], "")]}, seed)


def simple_pdf(path: Path, title, paras, table=None, font="STSong-Light", header="", after=None, widths=None):
    p = PDF(font, 10.5)
    p.h(title, 14)
    for para in paras:
        p.p(para)
    if table:
        p.t(table, widths=widths, size=8.5)
    for para in after or []:
        p.p(para)
    p.save(path, header=header)


def ip_pdf(S, path: Path, rel: str, facts: Facts, seed):
    I = S["ip"]
    rnd = random.Random(seed)
    p = PDF("STSong-Light", 10)
    p.h(f"{S['platform_short']}平台核心软硬件知识产权清单", 14)
    p.p(f"权利人：{S['company']}", 10, indent=False)
    p.p(I["pat_head"], 11, indent=False)
    rows = [["序号", "专利名称", "专利号", "类型", "授权公告日"]]
    for i in range(I["patents"]):
        rows.append([str(i + 1), f"一种{rnd.choice(I['topics'])}的{rnd.choice(['方法', '系统', '装置', '方法及系统'])}",
                     f"ZL{rnd.randint(2018, 2023)}1{rnd.randint(1000000, 9999999)}.{rnd.randint(0, 9)}",
                     rnd.choice(["发明", "发明", "实用新型"]), f"{rnd.randint(2019, 2024)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"])
    p.t(rows, widths=[10, 85, 40, 16, 22], size=8)
    p.pb()
    p.p(I["sw_head"], 11, indent=False)
    rows = [["序号", "软件名称", "登记号", "首次发表日期"]]
    for i in range(I["softs"]):
        rows.append([str(i + 1), f"{S['platform_short']}{rnd.choice(I['sw_topics'])}软件V{rnd.randint(1, 4)}.{rnd.randint(0, 9)}",
                     f"{rnd.randint(2018, 2024)}SR{rnd.randint(100000, 1999999)}", f"{rnd.randint(2018, 2024)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"])
    p.t(rows, widths=[10, 95, 40, 28], size=8)
    p.save(path, header=S["company"])
    facts.add("平台核心软硬件技术获得的专利数量（项）", str(I["patents"]), "项", I["patents"], rel, 1, quote=I["pat_head"])
    sw_page = 2
    facts.add("平台核心软硬件技术获得的软著数量（个）", str(I["softs"]), "项", I["softs"], rel, sw_page, quote=I["sw_head"])


def device_pdf(S, path: Path, rel: str, facts: Facts):
    D = S["dev"]
    F = S["F"]
    from model import parse_breakdown
    cat = parse_breakdown(F["按二级分类统计工业设备数量（台/套）"])
    catp = parse_breakdown(F["按二级分类统计公有云工业设备数量（台/套）"])
    catd = parse_breakdown(F["按二级分类统计公有云工业设备平均日运行数量（台/套）"])
    p = PDF("STSong-Light", 10)
    p.h(D["title"], 14)
    p.p(D["lead"])
    rows = [["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in cat:
        rows.append([k, fmt(cat[k]), fmt(catp[k]), fmt(catd[k])])
    tot = normalize("x（个）", F["连接的工业设备/产品/产线种类及数量（台/套）"])
    totp = normalize("x（个）", F["公有云工业设备连接数量（台/套）"])
    totd = normalize("x（个）", F["公有云工业设备平均日运行数量（台/套）"])
    rows.append(["合计", fmt(tot), fmt(totp), fmt(totd)])
    p.t(rows, widths=[45, 40, 45, 40])
    reg = parse_breakdown(F["按省市区域统计工业设备数量（台/套）"])
    rows = [["区域（附录F）", "接入数量（台/套）"]] + [[k, fmt(v)] for k, v in reg.items()] + [["合计", fmt(tot)]]
    p.p("表2 按省市区域统计（设备所属企业注册地）", 10, indent=False)
    p.t(rows, widths=[60, 50])
    p.save(path, header=S["company"])
    facts.add("连接的工业设备/产品/产线种类及数量（台/套）", fmt(tot), "台/套", tot, rel, 1, row_label="合计",
              column_label="接入数量（台/套）")
    facts.add("公有云工业设备连接数量（台/套）", fmt(totp), "台/套", totp, rel, 1, row_label="合计",
              column_label="其中：公有云接入（台/套）")
    facts.add("公有云工业设备平均日运行数量（台/套）", fmt(totd), "台/套", totd, rel, 1, row_label="合计",
              column_label="公有云日均运行（台/套）")


def dashboard(S, path: Path, rel: str, facts: Facts, seed, as_pdf=False):
    Dd = S["dash"]
    target = path if not as_pdf else path.with_suffix(".png")
    img = lib.dashboard_png(target, Dd["title"], [(c, v) for c, v, *_ in Dd["tiles"]], Dd["lines"], seed,
                            theme=Dd.get("theme", ((18, 32, 64), (32, 56, 110), (90, 200, 250))))
    if as_pdf:
        lib.images_to_pdf([img], path)
        target.unlink()
    for cap, val, label, unit, norm in Dd["tiles"]:
        if label:
            facts.add(label, val, unit, norm, rel, 1, row_label=cap, image_only=True)
