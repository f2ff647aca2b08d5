"""附件2 申报表 content (cover, 一 企业基本情况, 二 平台基本情况, 三 指标明细表) as blocks, in several
applicant layouts."""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Cell, PageBreak, Para, Spacer, Title, grid
from .model import (
    Package,
    Style,
    fmt_dec,
    form_text,
    revenue_line,
)
from .notice import INDICATORS, L1, L2, L3


@dataclass
class FormLayout:
    columns: str = "levels"        # levels | levels_proof_first | l3_only | seq | grouped | combined
    drop_qizhong: bool = False
    app_space: bool = False        # "工业APP 数量" as printed in the notice's PDF
    style: Style = field(default_factory=Style)
    date: str = "2024年7月16日"
    build_time_text: str = "{y1}年{m1}月至{y2}年{m2}月"
    proof_header: str = "证明资料"
    actual_header: str = "平台实际情况"
    footnotes: bool = True
    shade: str | None = "D9D9D9"
    label_edits: dict[str, str] = field(default_factory=dict)  # key -> label as the applicant printed it


def content_label(key: str, lay: FormLayout) -> str:
    ind = next(i for i in INDICATORS if i.key == key)
    label = lay.label_edits.get(key, ind.content)
    if lay.drop_qizhong and label.startswith("其中："):
        label = label[3:]
    if lay.app_space:
        label = label.replace("APP数量", "APP 数量").replace("APP平均", "APP 平均")
    return label


def checkbox(options: list[str], chosen: list[str], st: Style) -> str:
    return "  ".join(f"{st.yes_mark if o in chosen else st.no_mark}{o}" for o in options)


def cover(p: Package, lay: FormLayout, kind: str = "申报表") -> list:
    c = p.contact
    return [
        Spacer(40),
        Title("上海市工业互联网平台应用水平评价", 20),
        Title(kind, 26),
        Spacer(70),
        Para("申报年度：2024年度", size=14),
        Para(f"平台名称：{p.declared_name}", size=14),
        Para(f"申报单位：{p.company.name}（公章）", size=14),
        Para(f"联 系 人：{c.name}", size=14),
        Para(f"联系人电话：{c.mobile}", size=14),
        Spacer(150),
        Para("上海市经济和信息化委员会制", align="center", size=14),
        Para(lay.date, align="center", size=14),
        PageBreak(),
    ]


def company_table(p: Package, lay: FormLayout) -> list:
    co, c, st = p.company, p.contact, lay.style
    inc = co.income
    bal = co.balance
    wan = lambda x: fmt_dec(x / 10000, st.thousands)
    total_assets = bal["2023"]["资产总计"]
    rev23, rev22 = inc["2023"]["营业收入"], inc["2022"]["营业收入"]
    growth = (rev23 - rev22) * 100 / rev22
    debt = bal["2023"]["负债合计"] * 100 / total_assets
    tax = inc["2023"]["税金及附加"] + inc["2023"]["所得税费用"]
    H = lambda t, **k: Cell(t, bold=True, align="center", shade=lay.shade, **k)
    rows = [
        [H("单位（企业）名称"), Cell(co.name, cs=5)],
        [H("单位（企业）代码"), Cell(co.credit_code, cs=2), H("成立日期"), Cell(co.founded, cs=2)],
        [H("注册地及所在行政区"), Cell(f"{co.reg_address}（{co.district}）", cs=5)],
        [H("企业类型"), Cell(co.kind, cs=2), H("注册资本"), Cell(co.capital, cs=2)],
        [H("主营业务"), Cell(co.business, cs=5)],
        [H("法定代表人"), Cell(co.legal_rep), H("联系人"), Cell(c.name), H("职务"), Cell(c.title)],
        [H("联系人手机"), Cell(c.mobile), H("传真"), Cell(co.fax), H("电子邮箱"), Cell(c.email)],
        [H("股权结构", rs=len(co.shareholders) + 1), H("发起人及出资信息", cs=2), H("金额", cs=2), H("持股比例")],
    ]
    for name, amount, share in co.shareholders:
        rows.append([Cell(name, cs=2), Cell(amount, cs=2, align="center"), Cell(share, align="center")])
    rows.append([H("申报单位上一年度经营状况（2023年）", cs=6)])
    rows.append([H("总资产（万元）"), H("主营业务收入（万元）"), H("主营业务收入增长率（%）"), H("负债率（%）"),
                 H("利润总额（万元）"), H("税金（万元）")])
    rows.append([Cell(wan(total_assets), align="center"), Cell(wan(rev23), align="center"),
                 Cell(f"{growth:.2f}", align="center"), Cell(f"{debt:.2f}", align="center"),
                 Cell(wan(inc["2023"]["利润总额"]), align="center"), Cell(wan(tax), align="center")])
    return [Para("一、企业基本情况", bold=True, size=14), grid([1.25, 1, 1, 1, 1, 1.05], rows)]


def platform_table(p: Package, lay: FormLayout) -> list:
    st = lay.style
    y1, m1 = p.build_from.split(".")
    y2, m2 = p.build_to.split(".")
    bt = lay.build_time_text.format(y1=y1, m1=int(m1), y2=y2, m2=int(m2), m1z=m1, m2z=m2)
    lines = "\n".join(revenue_line(p, y, st.thousands) for y in ("2021", "2022", "2023"))
    lines += "\n注：此处数据需将平台相关收益单列，而非整个公司的财务数据。"
    bm = checkbox(["自建"], [p.build_mode], st) + "\n" + (
        f"{st.yes_mark if p.build_mode == '合作共建' else st.no_mark}合作共建，合作企业名称（必填）："
        + (p.partner if p.build_mode == "合作共建" and p.partner else "________"))
    rm = checkbox(["自运营", "联合运营", "委托运营"], [p.run_mode], st)
    ia = checkbox(["自建"], [p.iaas], st) + "\n" + (
        f"{st.yes_mark if p.iaas == '租用' else st.no_mark}租用，服务商名称（必填）："
        + (p.iaas_vendor if p.iaas == "租用" and p.iaas_vendor else "________"))
    dp = checkbox(["边缘侧", "私有云", "公有云", "混合云"], p.deploy, st) + "\n" + (
        f"{st.yes_mark if '其他部署方式' in p.deploy else st.no_mark}其他部署方式，请填写（必填）："
        + (p.deploy_other if p.deploy_other else "________"))
    url = "" if "url" in p.blank else f"{p.url}\n账号：{p.account}    密码：{p.password}"
    H = lambda t: Cell(t, bold=True, align="center", shade=lay.shade)
    rows = [
        [H("平台名称"), Cell(p.name_cell)],
        [H("建设时间"), Cell(bt)],
        [H("平台建设金额（万元）"), Cell(fmt_dec(p.build_amount, st.thousands))],
        [H("平台近三年经营指标情况"), Cell(lines)],
        [H("平台建设方式"), Cell(bm)],
        [H("平台运营模式"), Cell(rm)],
        [H("IaaS基础设施"), Cell(ia)],
        [H("部署方式"), Cell(dp)],
        [H("平台网址"), Cell(url)],
        [H("平台基本情况介绍"), Cell(p.intro)],
        [H("平台建设成效"), Cell(p.effect)],
    ]
    return [Para("二、平台基本情况", bold=True, size=14), grid([1.3, 5], rows)]


def _proof(p: Package, key: str) -> str:
    return p.proof.get(key, "")


def indicator_table(p: Package, lay: FormLayout) -> list:
    st = lay.style
    groups: list[tuple[str, list[str]]] = []
    for ind in INDICATORS:
        if not groups or groups[-1][0] != ind.l3:
            groups.append((ind.l3, []))
        groups[-1][1].append(ind.key)
    H = lambda t, **k: Cell(t, bold=True, align="center", shade=lay.shade, **k)
    rows: list[list[Cell]] = []
    actual, proof = lay.actual_header, lay.proof_header
    if lay.columns in ("levels", "levels_proof_first"):
        tail = [H(actual), H(proof)] if lay.columns == "levels" else [H(proof), H(actual)]
        rows.append([H("一级指标"), H("二级指标"), H("三级指标"), H("内容")] + tail)
        widths = [1.2, 1.1, 1.2, 2.6, 4.2, 1.6] if lay.columns == "levels" else [1.2, 1.1, 1.2, 2.6, 1.6, 4.2]
        l1_count: dict[str, int] = {}
        l2_count: dict[str, int] = {}
        for l3, keys in groups:
            l1_count[l3[0]] = l1_count.get(l3[0], 0) + len(keys)
            l2_count[l3[:3]] = l2_count.get(l3[:3], 0) + len(keys)
        seen1, seen2 = set(), set()
        for l3, keys in groups:
            for j, key in enumerate(keys):
                row = []
                if l3[0] not in seen1:
                    seen1.add(l3[0])
                    row.append(Cell(L1[l3[0]], rs=l1_count[l3[0]], align="center"))
                if l3[:3] not in seen2:
                    seen2.add(l3[:3])
                    row.append(Cell(L2[l3[:3]], rs=l2_count[l3[:3]], align="center"))
                if j == 0:
                    row.append(Cell(L3[l3], rs=len(keys), align="center"))
                pair = [Cell(form_text(p, key, st)), Cell(_proof(p, key))]
                if lay.columns == "levels_proof_first":
                    pair.reverse()
                row += [Cell(content_label(key, lay))] + pair
                rows.append(row)
    elif lay.columns == "combined":
        rows.append([H("指标"), H("内容"), H(actual), H(proof)])
        widths = [1.6, 2.7, 4.6, 1.7]
        for l3, keys in groups:
            for j, key in enumerate(keys):
                row = []
                if j == 0:
                    row.append(Cell(f"{L2[l3[:3]]}\n{L3[l3]}", rs=len(keys), align="center"))
                row += [Cell(content_label(key, lay)), Cell(form_text(p, key, st)), Cell(_proof(p, key))]
                rows.append(row)
    elif lay.columns == "l3_only":
        rows.append([H("三级指标"), H("内容"), H(actual), H(proof)])
        widths = [1.3, 2.8, 4.6, 1.8]
        for l3, keys in groups:
            for j, key in enumerate(keys):
                row = [Cell(L3[l3], rs=len(keys), align="center")] if j == 0 else []
                row += [Cell(content_label(key, lay)), Cell(form_text(p, key, st)), Cell(_proof(p, key))]
                rows.append(row)
    elif lay.columns == "seq":
        rows.append([H("序号"), H("三级指标"), H("内容"), H(proof), H(actual)])
        widths = [0.6, 1.3, 2.7, 1.7, 4.4]
        n = 0
        for l3, keys in groups:
            for j, key in enumerate(keys):
                n += 1
                row = [Cell(str(n), align="center")]
                if j == 0:
                    row.append(Cell(L3[l3], rs=len(keys), align="center"))
                row += [Cell(content_label(key, lay)), Cell(_proof(p, key)), Cell(form_text(p, key, st))]
                rows.append(row)
    elif lay.columns == "grouped":
        rows.append([H("内容"), H(actual), H(proof)])
        widths = [2.8, 5.2, 1.8]
        last1 = last2 = None
        for l3, keys in groups:
            if l3[0] != last1:
                last1 = l3[0]
                rows.append([Cell(L1[l3[0]], cs=3, bold=True, shade="F2F2F2")])
            if l3[:3] != last2:
                last2 = l3[:3]
                rows.append([Cell(L2[l3[:3]], cs=3, bold=True)])
            rows.append([Cell(L3[l3], cs=3, bold=True)])
            for key in keys:
                rows.append([Cell(content_label(key, lay)), Cell(form_text(p, key, st)), Cell(_proof(p, key))])
    else:
        raise ValueError(lay.columns)
    blocks = [Para("三、上海市工业互联网平台应用水平评价指标明细表", bold=True, size=14),
              Para("（请依据此表后附的填报指引填写！）", size=9), grid(widths, rows, header_rows=1)]
    if lay.footnotes:
        blocks.append(Para("注1：填写“平台实际情况”列时，具体指标解释及填报指引详见后表。", size=8))
        blocks.append(Para("注2：证明资料逐项对应到《申报书》附件对应序号、附件名称及页码；无证明资料的指标已说明填写情况及理由。",
                           size=8))
    return blocks


def form_blocks(p: Package, lay: FormLayout) -> list:
    return (cover(p, lay) + company_table(p, lay) + [Spacer(8)] + platform_table(p, lay) + [PageBreak()]
            + indicator_table(p, lay))


def form_workbook(p: Package, lay: FormLayout, font: str = "宋体"):
    """The 申报表 as an Excel workbook: one sheet per part, merged cells kept."""
    from openpyxl import Workbook

    from .blocks import write_sheet

    wb = Workbook()
    ws = wb.active
    ws.title = "封面"
    write_sheet(ws, [b for b in cover(p, lay) if not isinstance(b, (PageBreak, Spacer))], [80], font=font, size=12)
    ws2 = wb.create_sheet("一、企业基本情况")
    write_sheet(ws2, company_table(p, lay), [20, 18, 18, 16, 18, 22], font=font)
    ws3 = wb.create_sheet("二、平台基本情况")
    write_sheet(ws3, platform_table(p, lay), [22, 90], font=font)
    ws4 = wb.create_sheet("三、指标明细表")
    ncols = {"levels": 6, "levels_proof_first": 6, "combined": 4, "l3_only": 4, "seq": 5, "grouped": 3}[lay.columns]
    widths = {6: [14, 14, 14, 30, 60, 18], 4: [22, 32, 64, 20], 5: [6, 16, 32, 20, 64], 3: [34, 70, 22]}[ncols]
    write_sheet(ws4, indicator_table(p, lay), widths, font=font, size=10)
    return wb
