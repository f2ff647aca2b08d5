"""Evidence files (audit reports, device statistics, screenshots, IP lists, awards, others).

Every builder writes its file and returns the evidence facts it carries: label, value as printed,
unit, normalized value in the indicator's unit, 1-based physical page, exact quote on that page.
Text PDFs are checked at build time (the quote must be on its page); scanned PDFs are checked on the
text PDF before rasterisation.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side

import util as u

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

L_REV = "平台相关营业收入（万元）"
L_3Y = "平台近三年经营指标情况"
L_RD = "平台相关研发投入（万元）"
L_MARGIN = "平台利润率（%）"
L_ROI = "投资回报率（%）"
L_DEV = "连接的工业设备/产品/产线种类及数量（台/套）"
L_PUB = "公有云工业设备连接数量（台/套）"
L_DAILY = "公有云工业设备平均日运行数量（台/套）"
L_OV = "海外设备连接数量（台/套）"


def fact(label, value, unit, normalized, file, page, quote=None, row_label="", column_label="", component="",
         image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                quote=value if quote is None else quote, row_label=row_label, column_label=column_label,
                component=component, image_only=image_only)


def yuan_of(wan: float, rnd: random.Random) -> Decimal:
    """A 元 amount (with cents) that rounds back to `wan` 万元 at 2 decimals."""
    wan = u.r2(wan)
    off = rnd.randint(-4800, 4800)
    y = Decimal(str(wan)) * 10000 + Decimal(off) / 100
    assert u.r2(y / 10000) == u.r2(wan)
    return y


def ystr(y: Decimal) -> str:
    return f"{y:,.2f}"


def check_pages(pdf_bytes: bytes, facts: list[dict]):
    texts = [t.replace("\r", "").replace("\n", "").replace(" ", "") for t in u.pdf_page_texts(pdf_bytes)]
    for f in facts:
        q = f["quote"].replace(" ", "")
        assert q in texts[f["page"] - 1], (f["file"], f["page"], f["quote"])


def write(path: Path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


# =========================================================================== audit reports


def _company_statements(spec, rnd, unit_note="单位：元"):
    c = spec.company
    rev = yuan_of(c["revenue"], rnd)
    rev_prev = yuan_of(c["revenue_prev"], rnd)
    profit = yuan_of(c["profit"], rnd)
    assets = yuan_of(c["assets"], rnd)
    liab = (assets * Decimal(str(c["debt_ratio"])) / 100).quantize(Decimal("0.01"))
    cost = (rev * Decimal("0.71")).quantize(Decimal("0.01"))
    rd_co = (rev * Decimal("0.052")).quantize(Decimal("0.01"))
    tax = (profit * Decimal("0.15")).quantize(Decimal("0.01"))
    bs = [["项目", "期末余额", "上年年末余额"],
          ["流动资产合计", ystr((assets * Decimal("0.58")).quantize(Decimal("0.01"))), ystr((assets * Decimal("0.55")).quantize(Decimal("0.01")))],
          ["非流动资产合计", ystr(assets - (assets * Decimal("0.58")).quantize(Decimal("0.01"))), ystr((assets * Decimal("0.41")).quantize(Decimal("0.01")))],
          ["资产总计", ystr(assets), ystr((assets * Decimal("0.96")).quantize(Decimal("0.01")))],
          ["负债合计", ystr(liab), ystr((liab * Decimal("0.97")).quantize(Decimal("0.01")))],
          ["所有者权益合计", ystr(assets - liab), ystr((assets * Decimal("0.96") - liab * Decimal("0.97")).quantize(Decimal("0.01")))],
          ["负债和所有者权益总计", ystr(assets), ystr((assets * Decimal("0.96")).quantize(Decimal("0.01")))]]
    pl = [["项目", "本期金额", "上期金额"],
          ["一、营业收入", ystr(rev), ystr(rev_prev)],
          ["减：营业成本", ystr(cost), ystr((rev_prev * Decimal("0.72")).quantize(Decimal("0.01")))],
          ["研发费用", ystr(rd_co), ystr((rev_prev * Decimal("0.05")).quantize(Decimal("0.01")))],
          ["二、营业利润", ystr(profit + Decimal("186420.35")), ystr((rev_prev * Decimal("0.074")).quantize(Decimal("0.01")))],
          ["三、利润总额", ystr(profit), ystr((rev_prev * Decimal("0.071")).quantize(Decimal("0.01")))],
          ["减：所得税费用", ystr(tax), ystr((rev_prev * Decimal("0.011")).quantize(Decimal("0.01")))],
          ["四、净利润", ystr(profit - tax), ystr((rev_prev * Decimal("0.06")).quantize(Decimal("0.01")))]]
    return bs, pl


def _audit_front(spec, firm, report_no):
    m = spec.meta
    S = [u.Spacer(1, 120), u.P(m["company"], 20, align=u.TA_CENTER), u.Spacer(1, 20),
         u.P("2023年度财务报表审计报告", 22, align=u.TA_CENTER), u.Spacer(1, 30),
         u.P(report_no, 12, align=u.TA_CENTER), u.Spacer(1, 200), u.P(firm, 14, align=u.TA_CENTER),
         u.P("二〇二四年四月", 12, align=u.TA_CENTER), u.PageBreak(),
         u.P("审计报告", 16, align=u.TA_CENTER), u.Spacer(1, 10), u.P(f"{m['company']}全体股东：", 11),
         u.P("一、审计意见", 12),
         u.P(f"我们审计了{m['company']}（以下简称“公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
             "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
             "公允反映了公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。", 10.5, indent=21),
         u.P("二、形成审计意见的基础", 12),
         u.P("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
             "按照中国注册会计师职业道德守则，我们独立于公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
             10.5, indent=21),
         u.Spacer(1, 40), u.P(f"{firm}　　　　中国注册会计师：（签名并盖章）", 10.5),
         u.P("中国·上海　　　　二〇二四年四月十二日", 10.5), u.PageBreak()]
    return S


def audit_special(spec, root: Path, rel: str, seed: int, *, unit: str, style: str, scan: bool, firm: str) -> list[dict]:
    """Five pages: cover, opinion, 资产负债表, 利润表 (company, 元), and p.5 the platform table.

    style: 'special' (平台经营数据专项说明, 2020–2023 columns) | 'detail' (平台业务收入明细表, years descending)
           | 'segment' (分部信息 + 平台分部近三年) | 'note' (附注：工业互联网平台业务专项数据)
    unit: '万元' or '元' for the platform table.
    """
    rnd = random.Random(seed)
    m = spec.meta
    raw = spec.raw
    bs, pl = _company_statements(spec, rnd)
    S = _audit_front(spec, firm, f"沪{firm[:2]}审字（2024）第{seed % 1000 + 1200}号")
    S += [u.P("资产负债表（简表）", 14, align=u.TA_CENTER), u.P(f"编制单位：{m['company']}　　2023年12月31日　　单位：元", 9),
          u.table(bs, [200, 130, 130], size=9, align_right_cols=(1, 2)), u.PageBreak(),
          u.P("利润表", 14, align=u.TA_CENTER), u.P(f"编制单位：{m['company']}　　2023年度　　单位：元", 9),
          u.table(pl, [200, 130, 130], size=9, align_right_cols=(1, 2)), u.PageBreak()]
    years = [2023, 2022, 2021] if style in ("detail",) else [2020, 2021, 2022, 2023]
    if style == "note":
        years = [2023, 2022, 2021]
    vals = {}
    for y in years:
        vals[("rev", y)] = raw.rev[y]
    vals[("rd", 2023)] = raw.rd
    vals[("profit", 2023)] = raw.profit

    def show(wan):
        if unit == "万元":
            return u.money(wan), u.r2(wan)
        y = yuan_of(wan, rnd)
        return ystr(y), u.r2(y / 10000)

    shown = {k: show(v) for k, v in vals.items()}
    title = {"special": f"{m['short']}工业互联网平台经营数据专项说明",
             "detail": "平台业务收入及成本明细表",
             "segment": "财务报表附注（节选）：分部信息",
             "note": "财务报表附注（节选）：工业互联网平台业务专项数据"}[style]
    S.append(u.P(title, 14, align=u.TA_CENTER))
    row_rev = {"special": "平台相关营业收入", "detail": "平台营业收入", "segment": "营业收入", "note": "平台业务营业收入"}[style]
    row_rd = {"special": "平台相关研发投入", "detail": "平台研发投入", "segment": "研发投入", "note": "平台研发费用"}[style]
    row_pf = {"special": "平台利润总额", "detail": "平台利润总额", "segment": "利润总额", "note": "平台利润总额"}[style]
    facts = []
    file = rel
    if style == "segment":
        S.append(u.P(f"本公司按业务划分为环境装备制造分部与工业互联网平台分部。分部间交易按市场价格结算。单位：{unit}", 9.5))
        seg_rev = show(spec.company["revenue"] - raw.rev[2023])
        data = [["项目", "环境装备制造分部（2023年度）", "工业互联网平台分部（2023年度）"],
                ["营业收入", seg_rev[0], shown[("rev", 2023)][0]],
                ["研发投入", show(spec.company["revenue"] * 0.041)[0], shown[("rd", 2023)][0]],
                ["利润总额", show(spec.company["profit"] - raw.profit)[0], shown[("profit", 2023)][0]]]
        S.append(u.table(data, [120, 170, 170], size=9.5, align_right_cols=(1, 2)))
        S.append(u.Spacer(1, 14))
        S.append(u.P(f"工业互联网平台分部近三年营业收入（单位：{unit}）", 11))
        data2 = [["项目", "2021年度", "2022年度", "2023年度"],
                 ["营业收入", shown[("rev", 2021)][0], shown[("rev", 2022)][0], shown[("rev", 2023)][0]]]
        S.append(u.table(data2, [110, 115, 115, 115], size=9.5, align_right_cols=(1, 2, 3)))
        S.append(u.P("注：2020年度工业互联网平台分部营业收入为" + show(raw.rev[2020])[0] + f"{unit}。", 9))
        page = 5
        cname = "工业互联网平台分部（2023年度）"
        facts.append(fact(L_REV, shown[("rev", 2023)][0], unit, shown[("rev", 2023)][1], file, page, row_label="营业收入", column_label=cname))
        facts.append(fact(L_3Y, shown[("rev", 2022)][0], unit, shown[("rev", 2022)][1], file, page, row_label="营业收入", column_label="2022年度", component="2022年平台营收（万元）"))
        facts.append(fact(L_3Y, shown[("rev", 2021)][0], unit, shown[("rev", 2021)][1], file, page, row_label="营业收入", column_label="2021年度", component="2021年平台营收（万元）"))
        facts.append(fact(L_RD, shown[("rd", 2023)][0], unit, shown[("rd", 2023)][1], file, page, row_label="研发投入", column_label=cname))
        facts.append(fact(L_MARGIN, shown[("profit", 2023)][0], unit, shown[("profit", 2023)][1], file, page, row_label="利润总额", column_label=cname, component="平台利润总额（万元）"))
        facts.append(fact(L_ROI, shown[("profit", 2023)][0], unit, shown[("profit", 2023)][1], file, page, row_label="利润总额", column_label=cname, component="平台年利润（万元）"))
    else:
        note = {"special": f"说明：本表依据经审计的2023年度及以前年度财务报表，按平台直接订阅服务及平台服务收入口径拆分，"
                           f"拆分方式为按合同归集。金额单位：{unit}",
                "detail": f"本明细表为审计报告附表，按平台业务合同归集。金额单位：{unit}",
                "note": f"公司工业互联网平台业务按项目核算，相关收入、研发费用及利润如下。金额单位：{unit}"}[style]
        S.append(u.P(note, 9.5))
        head = ["项目"] + [f"{y}年度" for y in years]
        cost_row = ["平台营业成本"] + [show(raw.rev[y] * 0.58)[0] for y in years]
        rd_row = [row_rd] + [shown[("rd", 2023)][0] if y == 2023 else show(raw.rd * (0.78 if y == 2022 else 0.64 if y == 2021 else 0.52))[0] for y in years]
        pf_row = [row_pf] + [shown[("profit", 2023)][0] if y == 2023 else show(raw.profit * (0.83 if y == 2022 else 0.7 if y == 2021 else 0.6))[0] for y in years]
        data = [head, [row_rev] + [shown[("rev", y)][0] for y in years], cost_row, rd_row, pf_row]
        w = 120 if len(years) == 3 else 96
        S.append(u.table(data, [110] + [w] * len(years), size=9, align_right_cols=tuple(range(1, len(years) + 1))))
        S.append(u.Spacer(1, 10))
        S.append(u.P("编制：财务部　　　审核：　　　　（本页加盖公司财务专用章）", 9))
        page = 5
        for y in (2023, 2022, 2021, 2020):
            if y not in years:
                continue
            v, n = shown[("rev", y)]
            comp = "" if y == 2023 else f"{y}年平台营收（万元）"
            facts.append(fact(L_REV if y == 2023 else L_3Y, v, unit, n, file, page, row_label=row_rev,
                              column_label=f"{y}年度", component=comp))
        facts.append(fact(L_RD, shown[("rd", 2023)][0], unit, shown[("rd", 2023)][1], file, page, row_label=row_rd, column_label="2023年度"))
        facts.append(fact(L_MARGIN, shown[("profit", 2023)][0], unit, shown[("profit", 2023)][1], file, page, row_label=row_pf, column_label="2023年度", component="平台利润总额（万元）"))
        facts.append(fact(L_ROI, shown[("profit", 2023)][0], unit, shown[("profit", 2023)][1], file, page, row_label=row_pf, column_label="2023年度", component="平台年利润（万元）"))
    pdf = u.build_pdf(S, header=f"{m['company']}　2023年度审计报告", title="审计报告")
    assert len(u.pdf_page_texts(pdf)) == 5
    check_pages(pdf, facts)
    if scan:
        seal = u.seal_image(firm, 95, seed)
        pdf = u.scan_pdf(pdf, seed, {1: [(seal, (0.3, 0.8))], 4: [(u.seal_image(m["seal"], 90, seed + 1), (0.7, 0.78))]})
        for f in facts:
            f["image_only"] = True
    write(root / rel, pdf)
    return facts


# =========================================================================== device statistics


def _dev_tables(spec):
    E = spec.E
    cats = E["按二级分类统计工业设备数量（台/套）"]
    pc = E["按二级分类统计公有云工业设备数量（台/套）"]
    dc = E["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    regs = E["按省市区域统计工业设备数量（台/套）"]
    pr = E["按省市区域统计公有云工业设备数量（台/套）"]
    dr = E["按省市区域统计公有云工业设备平均日运行数量（台/套）"]
    ov = E["按海外国家分类统计海外设备连接数量（台/套）"] or {}
    return cats, pc, dc, regs, pr, dr, ov


def devices_xlsx(spec, root: Path, rel: str, variant: str) -> list[dict]:
    """A: 按设备类别 / 按区域 / 海外明细 sheets; D: 汇总 (by category) / 按区域 / 海外 with 海外合计."""
    E = spec.E
    cats, pc, dc, regs, pr, dr, ov = _dev_tables(spec)
    wb = Workbook()
    ws = wb.active
    names = {"A": ("按设备类别", "按区域", "海外明细"), "D": ("汇总", "按区域", "海外")}[variant]
    heads = {"A": ("设备二级分类（附录A）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"),
             "D": ("设备类别", "接入设备数", "公有云接入数", "公有云日均在线数")}[variant]
    ws.title = names[0]

    def fill(ws, title, rows, head, total_label="合计"):
        ws["A1"] = title
        ws["A1"].font = Font(name="宋体", bold=True, size=12)
        for j, h in enumerate(head):
            c = ws.cell(row=2, column=j + 1, value=h)
            c.font = Font(name="宋体", bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.border = BORDER
            ws.column_dimensions["ABCD"[j]].width = 24
        r = 3
        for row in rows:
            for j, v in enumerate(row):
                c = ws.cell(row=r, column=j + 1, value=v)
                c.border = BORDER
            r += 1
        sums = [total_label] + [sum(x[j] for x in rows) for j in range(1, len(head))]
        for j, v in enumerate(sums):
            c = ws.cell(row=r, column=j + 1, value=v)
            c.font = Font(name="宋体", bold=True)
            c.border = BORDER
        return sums

    s1 = fill(ws, f"{spec.meta['declared_name']}接入设备统计（截至2024年6月30日）",
              [(k, cats[k], pc[k], dc[k]) for k in cats], heads)
    assert s1[1:] == [E[L_DEV], E[L_PUB], E[L_DAILY]]
    ws2 = wb.create_sheet(names[1])
    fill(ws2, "按设备所属企业注册地统计（附录F口径，含海外）", [(k, regs[k], pr[k], dr[k]) for k in regs],
         ("区域",) + heads[1:])
    ws3 = wb.create_sheet(names[2])
    tl = "海外合计" if variant == "D" else "合计"
    s3 = fill(ws3, "海外设备连接明细", [(k, n) for k, n in ov.items()], ("国家（中文+英文）", "接入数量（台/套）"), tl)
    assert s3[1] == E[L_OV]
    u.save_xlsx(wb, root / rel, author=spec.meta["contact"])
    h = heads
    return [
        fact(L_DEV, str(E[L_DEV]), "台/套", E[L_DEV], rel, 1, row_label="合计", column_label=h[1]),
        fact(L_PUB, str(E[L_PUB]), "台/套", E[L_PUB], rel, 1, row_label="合计", column_label=h[2]),
        fact(L_DAILY, str(E[L_DAILY]), "台/套", E[L_DAILY], rel, 1, row_label="合计", column_label=h[3]),
        fact(L_OV, str(E[L_OV]), "台/套", E[L_OV], rel, 3, row_label=tl, column_label="接入数量（台/套）"),
    ]


def devices_pdf(spec, root: Path, rel: str, seed: int, scan: bool) -> list[dict]:
    E = spec.E
    cats, pc, dc, regs, pr, dr, ov = _dev_tables(spec)
    m = spec.meta
    S = [u.P(f"{m['declared_name']}", 13, align=u.TA_CENTER), u.P("平台接入设备情况统计表", 16, align=u.TA_CENTER),
         u.P("统计口径：截至2024年6月30日；设备所属地按设备所属企业注册地；单位：台/套", 9), u.Spacer(1, 6),
         u.P("表1　按设备二级分类统计", 11)]
    rows = [["设备类别", "连接总数", "公有云连接", "公有云日均运行"]] + [[k, u.num(cats[k]), u.num(pc[k]), u.num(dc[k])] for k in cats]
    rows.append(["合计", u.num(E[L_DEV]), u.num(E[L_PUB]), u.num(E[L_DAILY])])
    S.append(u.table(rows, [140, 100, 100, 110], size=9, align_right_cols=(1, 2, 3)))
    S.append(u.Spacer(1, 8))
    S.append(u.P("表2　按省市区域统计", 11))
    rows = [["区域", "连接总数", "公有云连接", "公有云日均运行"]] + [[k, u.num(regs[k]), u.num(pr[k]), u.num(dr[k])] for k in regs]
    rows.append(["合计", u.num(sum(regs.values())), u.num(sum(pr.values())), u.num(sum(dr.values()))])
    S.append(u.table(rows, [140, 100, 100, 110], size=9, align_right_cols=(1, 2, 3)))
    S.append(u.PageBreak())
    S.append(u.P("表3　海外设备连接情况", 11))
    rows = [["国家（中文+英文）", "连接数量"]] + [[k, u.num(n)] for k, n in ov.items()] + [["海外合计", u.num(E[L_OV])]]
    S.append(u.table(rows, [200, 120], size=9.5, align_right_cols=(1,)))
    S.append(u.Spacer(1, 30))
    S.append(u.P(f"填报单位：{m['company']}（盖章）　　　　　2024年7月", 10))
    pdf = u.build_pdf(S, header=f"{m['company']}　证明材料", title="设备统计")
    facts = [
        fact(L_DEV, u.num(E[L_DEV]), "台/套", E[L_DEV], rel, 1, row_label="合计", column_label="连接总数"),
        fact(L_PUB, u.num(E[L_PUB]), "台/套", E[L_PUB], rel, 1, row_label="合计", column_label="公有云连接"),
        fact(L_DAILY, u.num(E[L_DAILY]), "台/套", E[L_DAILY], rel, 1, row_label="合计", column_label="公有云日均运行"),
        fact(L_OV, u.num(E[L_OV]), "台/套", E[L_OV], rel, 2, row_label="海外合计", column_label="连接数量"),
    ]
    assert len(u.pdf_page_texts(pdf)) == 2
    check_pages(pdf, facts)
    if scan:
        pdf = u.scan_pdf(pdf, seed, {1: [(u.seal_image(m["seal"], 90, seed), (0.62, 0.42))]})
        for f in facts:
            f["image_only"] = True
    write(root / rel, pdf)
    return facts


# =========================================================================== screenshots


def screens(spec, root: Path, rels: list[str], seed: int, pages: list[dict], as_pdf: bool) -> list[dict]:
    """pages: [{title, url, cards: [(label, shown, unit, fact_label or None, normalized, fact_unit)], rows}]"""
    facts = []
    images = []
    for i, pg in enumerate(pages):
        img = u.dashboard(pg["title"], pg["url"], [(a, b, c) for a, b, c, *_ in pg["cards"]], seed + i,
                          theme=pg.get("theme", "dark"), extra_rows=pg.get("rows", ()), footer=pg.get("footer", ""))
        images.append(img)
        for label, shown, unit, flabel, norm, funit in pg["cards"]:
            if flabel:
                file = rels[0] if as_pdf else rels[i]
                page = i + 1 if as_pdf else 1
                facts.append(fact(flabel, shown, funit, norm, file, page, row_label=label, image_only=True))
    if as_pdf:
        write(root / rels[0], u.images_to_pdf(images, page_sizes=[(960, 540)] * len(images), quality=80))
    else:
        for rel, img in zip(rels, images):
            write(root / rel, u.png_bytes(img))
    return facts


# =========================================================================== IP lists


PAT_TERMS = {
    "steel": (["振动信号", "多源数据融合", "轧机主传动", "高炉风口", "设备知识图谱", "边缘网关", "轴承剩余寿命", "备件需求",
               "点检路径", "齿轮箱故障", "电机电流特征", "检修工单"],
              ["故障诊断方法", "状态监测系统", "预测方法及装置", "采集装置", "优化方法", "评估系统", "预警方法"]),
    "carbon": (["多能流", "碳排放因子", "能耗数据", "负荷预测", "空压机群", "光伏储能", "碳足迹", "能源计量"],
               ["核算方法", "优化调度方法", "监测系统", "采集网关", "评估方法", "管理系统"]),
    "water": (["曝气量", "加药量", "水质在线", "污泥浓度", "泵组", "鼓风机", "污水处理厂", "膜组件"],
              ["精确控制方法", "优化控制系统", "预测方法", "故障诊断装置", "远程运维系统", "清洗方法"]),
    "auto": (["仪表板表皮", "注塑工艺参数", "内饰件表面缺陷", "门板总成", "搪塑模具", "包覆工艺", "视觉质检工位", "供应商交付"],
             ["检测方法", "优化方法", "追溯系统", "装置", "协同方法", "预测方法"]),
}


def ip_rows(spec, domain, n_pat, n_sw, seed):
    rnd = random.Random(seed)
    a, b = PAT_TERMS[domain]
    pats, seen = [], set()
    while len(pats) < n_pat:
        t1, t2 = rnd.sample(a, 2)
        name = f"一种基于{t1}的{t2}{rnd.choice(b)}"
        if name in seen:
            continue
        seen.add(name)
        kind = rnd.choice(["发明专利", "发明专利", "实用新型"])
        no = f"ZL 20{rnd.randint(19, 23)} {rnd.randint(1, 2)} {rnd.randint(1000000, 9999999)}.{rnd.randint(0, 9)}"
        yr = rnd.randint(2020, 2024)
        date = f"{yr}-{rnd.randint(1, 6 if yr == 2024 else 12):02d}-{rnd.randint(1, 28):02d}"
        pats.append([str(len(pats) + 1), name, kind, no, date, spec.meta["company"]])
    sws, seen = [], set()
    short = spec.meta["short"]
    while len(sws) < n_sw:
        name = f"{short}{rnd.choice(a)}{rnd.choice(['管理软件', '分析软件', '监测平台', '服务系统', '应用软件'])}V{rnd.randint(1, 3)}.{rnd.randint(0, 9)}"
        if name in seen:
            continue
        seen.add(name)
        yr = rnd.randint(2019, 2024)
        reg = f"{yr}SR{rnd.randint(100000, 1999999):07d}"
        date = f"{yr}-{rnd.randint(1, 6 if yr == 2024 else 12):02d}-{rnd.randint(1, 28):02d}"
        sws.append([str(len(sws) + 1), name, reg, date, spec.meta["company"]])
    return pats, sws


def ip_pdf(spec, root, rel, seed, domain, scan: bool) -> list[dict]:
    n_pat, n_sw = spec.E["平台核心软硬件技术获得的专利数量（项）"], spec.E["平台核心软硬件技术获得的软著数量（个）"]
    pats, sws = ip_rows(spec, domain, n_pat, n_sw, seed)
    m = spec.meta
    qp = f"一、授权专利清单（共{n_pat}项）"
    qs = f"二、计算机软件著作权登记清单（共{n_sw}项）"
    S = [u.P(f"{m['declared_name']}核心软硬件知识产权清单", 15, align=u.TA_CENTER),
         u.P(f"权利人：{m['company']}　　统计截至：2024年6月30日", 9.5, align=u.TA_CENTER), u.Spacer(1, 6),
         u.P(qp, 12), u.table([["序号", "专利名称", "类型", "专利号", "授权公告日", "专利权人"]] + pats,
                             [26, 170, 46, 100, 58, 110], size=7.5), u.PageBreak(),
         u.P(qs, 12), u.table([["序号", "软件名称", "登记号", "登记日期", "著作权人"]] + sws, [26, 200, 90, 64, 130], size=7.5)]
    pdf = u.build_pdf(S, header=f"{m['company']}　知识产权证明材料", title="知识产权清单")
    texts = u.pdf_page_texts(pdf)
    p_sw = next(i for i, t in enumerate(texts) if qs.replace(" ", "") in t.replace("\r\n", "").replace(" ", "")) + 1
    facts = [fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, rel, 1, quote=qp, row_label="授权专利清单"),
             fact("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, rel, p_sw, quote=qs, row_label="计算机软件著作权登记清单")]
    check_pages(pdf, facts)
    if scan:
        seals = {0: [(u.seal_image(m["seal"], 90, seed), (0.78, 0.12))]}
        pdf = u.scan_pdf(pdf, seed, seals, dpi=110)
        for f in facts:
            f["image_only"] = True
    write(root / rel, pdf)
    return facts


def ip_xlsx(spec, root, rel, seed, domain) -> list[dict]:
    n_pat, n_sw = spec.E["平台核心软硬件技术获得的专利数量（项）"], spec.E["平台核心软硬件技术获得的软著数量（个）"]
    pats, sws = ip_rows(spec, domain, n_pat, n_sw, seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "专利"
    ws.append(["序号", "专利名称", "类型", "专利号", "授权公告日", "专利权人"])
    for r in pats:
        ws.append(r)
    ws.append([f"合计：{n_pat}项"])
    ws2 = wb.create_sheet("软件著作权")
    ws2.append(["序号", "软件名称", "登记号", "登记日期", "著作权人"])
    for r in sws:
        ws2.append(r)
    ws2.append([f"合计：{n_sw}项"])
    for w in (ws, ws2):
        w.column_dimensions["B"].width = 48
        w.column_dimensions["D"].width = 24
    u.save_xlsx(wb, root / rel, author=spec.meta["contact"])
    return [fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, rel, 1, quote=f"合计：{n_pat}项", row_label="合计"),
            fact("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, rel, 2, quote=f"合计：{n_sw}项", row_label="合计")]


# =========================================================================== awards


AWARDS = {
    "steel": [("上海市工业互联网创新应用标杆", "上海市经济和信息化委员会", "2021-11", "省部级"),
              ("工业互联网平台创新领航应用案例", "工业和信息化部", "2022-12", "国家级"),
              ("上海市科技进步奖二等奖", "上海市人民政府", "2022-05", "省部级"),
              ("冶金科学技术奖一等奖", "中国钢铁工业协会、中国金属学会", "2023-01", "省部级"),
              ("智能制造优秀场景", "工业和信息化部", "2023-08", "国家级"),
              ("上海市“专精特新”企业", "上海市经济和信息化委员会", "2023-03", "省部级"),
              ("工业互联网试点示范项目", "工业和信息化部", "2023-12", "国家级")],
    "water": [("上海市工业互联网创新应用示范企业", "上海市经济和信息化委员会", "2021-10", "省部级"),
              ("环境保护科学技术奖二等奖", "中国环境科学学会", "2022-06", "省部级"),
              ("工业互联网平台创新领航应用案例", "工业和信息化部", "2022-12", "国家级"),
              ("上海市科技小巨人企业", "上海市科学技术委员会", "2022-09", "省部级"),
              ("上海市软件和信息技术服务业高成长百家", "上海市经济和信息化委员会", "2023-06", "省部级"),
              ("工业互联网试点示范项目", "工业和信息化部", "2023-12", "国家级")],
    "auto": [("上海市智能工厂", "上海市经济和信息化委员会", "2021-12", "省部级"),
             ("工业互联网平台创新领航应用案例", "工业和信息化部", "2022-12", "国家级"),
             ("上海市质量金奖", "上海市人民政府", "2022-10", "省部级"),
             ("中国汽车工业科学技术奖三等奖", "中国汽车工业协会", "2023-02", "省部级"),
             ("5G工厂名录", "工业和信息化部", "2023-09", "国家级"),
             ("上海市工业互联网标杆工厂", "上海市经济和信息化委员会", "2023-11", "省部级")],
}


def awards_pdf(spec, root, rel, domain) -> list[dict]:
    n = spec.E["平台获得省部级及以上奖项/荣誉数量（个）"]
    items = AWARDS[domain][:n]
    assert len(items) == n
    m = spec.meta
    S = [u.P("平台获得省部级及以上奖项/荣誉清单", 15, align=u.TA_CENTER), u.Spacer(1, 8),
         u.table([["序号", "奖项/荣誉名称", "颁发单位", "获奖时间", "级别"]] +
                 [[str(i + 1), *x] for i, x in enumerate(items)], [30, 170, 150, 60, 50], size=9),
         u.Spacer(1, 6), u.P(f"合计：{n}项（证书扫描件附后）", 10)]
    pdf = u.build_pdf(S, header=f"{m['company']}　荣誉资质", title="荣誉清单")
    facts = [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, rel, 1, quote=f"合计：{n}项", row_label="合计")]
    check_pages(pdf, facts)
    write(root / rel, pdf)
    return facts


def awards_xlsx(spec, root, rel, domain) -> list[dict]:
    n = spec.E["平台获得省部级及以上奖项/荣誉数量（个）"]
    items = AWARDS[domain][:n]
    wb = Workbook()
    ws = wb.active
    ws.title = "荣誉清单"
    ws.append(["序号", "奖项/荣誉名称", "颁发单位", "获奖时间", "级别"])
    for i, x in enumerate(items):
        ws.append([i + 1, *x])
    ws.append([f"合计{n}项"])
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 30
    u.save_xlsx(wb, root / rel, author=spec.meta["contact"])
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, rel, 1, quote=f"合计{n}项", row_label="合计")]


# =========================================================================== others


def cloud_pdf(spec, root, rel) -> list[dict]:
    E, m = spec.E, spec.meta
    priv = int(E["平台实际用云量（台）"]) - E["平台公有云实际使用数量（台）"]
    S = [u.P("平台云资源及存储使用情况说明", 15, align=u.TA_CENTER),
         u.P("统计时点：2024年6月30日（取自云管平台资源报表）", 9.5, align=u.TA_CENTER), u.Spacer(1, 8),
         u.P("一、服务器资源", 11.5),
         u.table([["资源池", "服务器（台）", "说明"],
                  ["私有云资源池（宝山数据中心）", str(priv), "虚拟化后按物理服务器计"],
                  ["公有云（云服务器ECS）", str(E["平台公有云实际使用数量（台）"]), "上海宝云数据服务有限公司，按包年包月实例计"],
                  ["合计（平台实际用云量）", u.money(E["平台实际用云量（台）"]), "未云化服务器不计入"]],
                 [170, 90, 190], size=9.5),
         u.Spacer(1, 10), u.P("二、存储资源", 11.5),
         u.table([["项目", "数量（TB）"],
                  ["存储总容量", u.money(E["存储容量（TB）"])],
                  ["已存储工业数据量", u.money(E["存储工业数据量（TB）"])],
                  ["其中：公有云存储数据量", u.money(E["公有云数据总量（TB）"])]],
                 [200, 120], size=9.5, align_right_cols=(1,)),
         u.Spacer(1, 10), u.P("说明：存储总容量含私有化部署涉及容量420.00TB。", 9)]
    pdf = u.build_pdf(S, header=f"{m['company']}　证明材料", title="云资源")
    facts = [
        fact("平台实际用云量（台）", u.money(E["平台实际用云量（台）"]), "台", E["平台实际用云量（台）"], rel, 1, row_label="合计（平台实际用云量）", column_label="服务器（台）"),
        fact("平台公有云实际使用数量（台）", str(E["平台公有云实际使用数量（台）"]), "台", E["平台公有云实际使用数量（台）"], rel, 1, row_label="公有云（云服务器ECS）", column_label="服务器（台）"),
        fact("存储容量（TB）", u.money(E["存储容量（TB）"]), "TB", E["存储容量（TB）"], rel, 1, row_label="存储总容量", column_label="数量（TB）"),
        fact("存储工业数据量（TB）", u.money(E["存储工业数据量（TB）"]), "TB", E["存储工业数据量（TB）"], rel, 1, row_label="已存储工业数据量", column_label="数量（TB）"),
        fact("公有云数据总量（TB）", u.money(E["公有云数据总量（TB）"]), "TB", E["公有云数据总量（TB）"], rel, 1, row_label="其中：公有云存储数据量", column_label="数量（TB）"),
    ]
    check_pages(pdf, facts)
    write(root / rel, pdf)
    return facts


def cloud_xlsx(spec, root, rel) -> list[dict]:
    E = spec.E
    wb = Workbook()
    ws = wb.active
    ws.title = "存储资源"
    ws.append(["指标", "数值", "单位", "数据来源"])
    ws.append(["存储总容量", E["存储容量（TB）"], "TB", "云管平台容量报表"])
    ws.append(["已用存储（工业数据）", E["存储工业数据量（TB）"], "TB", "云管平台容量报表"])
    ws.append(["公有云存储", E["公有云数据总量（TB）"], "TB", "公有云账单"])
    ws.append(["服务器（私有云+混合云）", E["平台实际用云量（台）"], "台", "CMDB"])
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        for c in row:
            c.number_format = "0.00"
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["D"].width = 22
    u.save_xlsx(wb, root / rel, author=spec.meta["contact"])
    return [
        fact("存储容量（TB）", f'{E["存储容量（TB）"]:.2f}', "TB", E["存储容量（TB）"], rel, 1, row_label="存储总容量", column_label="数值"),
        fact("存储工业数据量（TB）", f'{E["存储工业数据量（TB）"]:.2f}', "TB", E["存储工业数据量（TB）"], rel, 1, row_label="已用存储（工业数据）", column_label="数值"),
    ]


def team_xlsx(spec, root, rel) -> list[dict]:
    E = spec.E
    om, run, titled = E["运维人数（人）"], E["运营人数（人）"], E["有相关技术职称/从业资格的人数（人）"]
    total = om + run
    om_rows = [("平台研发与迭代开发", 0.46), ("基础运维", 0.22), ("数据与算法", 0.20), ("安全运维", 0.12)]
    run_rows = [("平台运营", 0.40), ("市场与销售", 0.35), ("综合管理", 0.25)]
    om_n = u.split(om, [w for _, w in om_rows])
    run_n = u.split(run, [w for _, w in run_rows])
    t_all = u.split(titled, [n for n in om_n + run_n])
    wb = Workbook()
    ws = wb.active
    ws.title = "人员构成"
    ws.append(["平台团队人员构成统计表（截至2024年6月30日）"])
    ws.append(["类别", "岗位", "人数", "其中：有技术职称/从业资格"])
    k = 0
    for (name, _), n in zip(om_rows, om_n):
        ws.append(["运维", name, n, t_all[k]])
        k += 1
    ws.append(["运维小计", "", om, sum(t_all[:len(om_rows)])])
    for (name, _), n in zip(run_rows, run_n):
        ws.append(["运营", name, n, t_all[k]])
        k += 1
    ws.append(["运营小计", "", run, sum(t_all[len(om_rows):])])
    ws.append(["合计", "", total, titled])
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["D"].width = 28
    u.save_xlsx(wb, root / rel, author=spec.meta["contact"])
    return [
        fact("平台团队总人数（人）", str(total), "人", total, rel, 1, row_label="合计", column_label="人数"),
        fact("运维人数（人）", str(om), "人", om, rel, 1, row_label="运维小计", column_label="人数"),
        fact("运营人数（人）", str(run), "人", run, rel, 1, row_label="运营小计", column_label="人数"),
        fact("有相关技术职称/从业资格的人数（人）", str(titled), "人", titled, rel, 1, row_label="合计",
             column_label="其中：有技术职称/从业资格"),
    ]


def users_pdf(spec, root, rel) -> list[dict]:
    E, m = spec.E, spec.meta
    inds = E["按行业统计服务企业数（个）"]
    S = [u.P("平台服务客户统计表", 15, align=u.TA_CENTER),
         u.P("数据来源：平台客户管理系统；统计截至2024年6月30日；单位：家", 9.5, align=u.TA_CENTER), u.Spacer(1, 8),
         u.table([["指标", "数量（家）"],
                  ["平台注册企业", u.num(E["注册企业用户数（个）"])],
                  ["实际服务企业", u.num(E["实际服务企业数（个）"])],
                  ["其中：付费企业", u.num(E["付费企业数（个）"])],
                  ["其中：上海本地企业", u.num(E["服务本市企业数量（个）"])],
                  ["其中：中小企业", u.num(E["服务中小企业数量（个）"])]], [200, 120], size=10, align_right_cols=(1,)),
         u.Spacer(1, 10), u.P("按行业分布（附录C口径）", 11),
         u.table([["行业", "服务企业数（家）"]] + [[k, u.num(v)] for k, v in inds.items()] +
                 [["合计", u.num(sum(inds.values()))]], [200, 120], size=10, align_right_cols=(1,))]
    pdf = u.build_pdf(S, header=f"{m['company']}　证明材料", title="客户统计")
    L = "数量（家）"
    facts = [
        fact("注册企业用户数（个）", u.num(E["注册企业用户数（个）"]), "家", E["注册企业用户数（个）"], rel, 1, row_label="平台注册企业", column_label=L),
        fact("实际服务企业数（个）", u.num(E["实际服务企业数（个）"]), "家", E["实际服务企业数（个）"], rel, 1, row_label="实际服务企业", column_label=L),
        fact("付费企业数（个）", u.num(E["付费企业数（个）"]), "家", E["付费企业数（个）"], rel, 1, row_label="其中：付费企业", column_label=L),
        fact("服务本市企业数量（个）", u.num(E["服务本市企业数量（个）"]), "家", E["服务本市企业数量（个）"], rel, 1, row_label="其中：上海本地企业", column_label=L),
        fact("服务中小企业数量（个）", u.num(E["服务中小企业数量（个）"]), "家", E["服务中小企业数量（个）"], rel, 1, row_label="其中：中小企业", column_label=L),
    ]
    check_pages(pdf, facts)
    write(root / rel, pdf)
    return facts


def users_xlsx(spec, root, rel) -> list[dict]:
    E = spec.E
    wb = Workbook()
    ws = wb.active
    ws.title = "用户统计"
    ws.append(["平台用户统计报表（导出时间：2024-07-01）"])
    ws.append(["统计项", "数值", "单位"])
    ws.append(["注册企业用户", E["注册企业用户数（个）"], "家"])
    ws.append(["实际服务企业（累计）", E["实际服务企业数（个）"], "家"])
    ws.append(["付费企业", E["付费企业数（个）"], "家"])
    ws.append(["中小企业", E["服务中小企业数量（个）"], "家"])
    ws.column_dimensions["A"].width = 26
    u.save_xlsx(wb, root / rel, author=spec.meta["contact"])
    return [
        fact("注册企业用户数（个）", str(E["注册企业用户数（个）"]), "家", E["注册企业用户数（个）"], rel, 1, row_label="注册企业用户", column_label="数值"),
        fact("实际服务企业数（个）", str(E["实际服务企业数（个）"]), "家", E["实际服务企业数（个）"], rel, 1, row_label="实际服务企业（累计）", column_label="数值"),
        fact("付费企业数（个）", str(E["付费企业数（个）"]), "家", E["付费企业数（个）"], rel, 1, row_label="付费企业", column_label="数值"),
    ]
