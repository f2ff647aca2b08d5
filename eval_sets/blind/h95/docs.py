"""Documents of a package, rendered from the derived values: 申报表 DOCX + stamped scan, 申报书 DOCX, 汇总表 XLSX,
联系人表 DOCX, 承诺 scan, and the evidence files (each evidence writer returns the facts it prints)."""

from __future__ import annotations

import random
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt

from eval_sets.blind.h95.labels import LABELS, TABLE
from eval_sets.blind.h95.model import comma, fmt_dict
from eval_sets.blind.h95.render import dashboard, image_pdf, normalize_zip, scan_page, text_pdf

DRAWN: dict[str, dict[int, str]] = {}


def disp(label: str, v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float):
        return f"{v:.2f}"
    if label == "平台近三年经营指标情况":
        return "；".join(f"{y}年平台营收{v[f'{y}年平台营收（万元）']:.2f}万元/增长率{v[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
    if label.startswith("平台订单数量"):
        return f"2023年自然年：{v['2023年自然年']}个；截至填表日前一年：{v['截至填表日前一年']}个"
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{v}家"
    if isinstance(v, dict):
        return fmt_dict(v)
    return str(v)


def new_doc() -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    return d


def save_doc(d, path: Path) -> None:
    cp = d.core_properties
    import datetime as _dt
    fixed = _dt.datetime(2024, 7, 15, 9, 30, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def save_wb(wb, path: Path) -> None:
    import datetime as _dt
    fixed = _dt.datetime(2024, 7, 15, 9, 30, 0)
    wb.properties.created = wb.properties.modified = fixed
    wb.properties.creator = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def table(d, rows: list[list[str]]):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)
    return t


# ------------------------------------------------------------------ 申报表
def form_cells(P) -> list[tuple[str, str, str, str]]:
    """(三级, 内容, 平台实际情况, 证明资料) in the 指标明细表 order."""
    V, T, proof = P.V, P.texts, P.proof
    out = []
    for level3, content, key in TABLE:
        if key is None:
            cell = T[content]
        elif key in P.cell_override:
            cell = P.cell_override[key]
        else:
            cell = disp(key, V[key])
            if T.get(key):  # a yes/no row with its explanation
                cell = cell + "，" + T[key]
        out.append((level3, content, cell, proof.get(key or content, "见申报书相关章节")))
    return out


def basic_rows(P) -> list[tuple[str, str]]:
    V = P.V
    return [
        ("平台名称", P.name_cell),
        ("建设时间", P.build_period),
        ("平台建设金额（万元）", f"{V['平台建设金额（万元）']:.2f}"),
        ("平台近三年经营指标情况", "\n".join(f"{y}年平台营收{V['平台近三年经营指标情况'][f'{y}年平台营收（万元）']:.2f}万元/增长率"
                                     f"{V['平台近三年经营指标情况'][f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))),
        ("平台建设方式", P.build_mode_cell),
        ("平台运营模式", P.ops_cell),
        ("IaaS基础设施", P.iaas_cell),
        ("部署方式", P.deploy_cell),
        ("平台网址", f"{P.url}\n登录账号：{P.account}\n登录密码：{P.password}"),
        ("平台基本情况介绍", P.intro),
        ("平台建设成效", P.effect),
    ]


def company_rows(P) -> tuple[list, list]:
    c = P.company
    basic = [("单位（企业）名称", P.company_name), ("单位（企业）代码", P.uscc), ("成立日期", P.founded),
             ("注册地及所在行政区", P.address), ("企业类型", P.company_type), ("注册资本", P.capital),
             ("主营业务", P.business), ("法定代表人", P.legal_rep), ("联系人", P.contact[0]), ("职务", P.contact[3]),
             ("联系人手机", P.contact[1]), ("传真", "—"), ("电子邮箱", P.contact[2]), ("股权结构", P.shareholders)]
    head = ["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"]
    vals = [f"{c['assets'] / 1e4:.2f}", f"{c['rev'] / 1e4:.2f}", f"{c['growth']:.2f}", f"{c['debt_ratio']:.2f}",
            f"{c['profit'] / 1e4:.2f}", f"{(c['tax_surcharge'] + c['income_tax']) / 1e4:.2f}"]
    return basic, [head, vals]


def write_form(P, path: Path) -> list[str]:
    d = new_doc()
    d.add_paragraph("附件2")
    d.add_paragraph("上海市工业互联网平台应用水平评价申报表")
    lines = ["上海市工业互联网平台应用水平评价申报表", "申报年度：2024年度", f"平台名称：{P.declared_name}",
             f"申报单位：{P.company_name}（公章）", f"联系人：{P.contact[0]}", f"联系人电话：{P.contact[1]}", "上海市经济和信息化委员会制",
             P.sign_date]
    for l in lines[1:]:
        d.add_paragraph(l)
    d.add_paragraph("一、企业基本情况")
    basic, fin = company_rows(P)
    table(d, [list(r) for r in basic])
    d.add_paragraph("申报单位上一年度经营状况（2023年）")
    table(d, fin)
    d.add_paragraph("二、平台基本情况")
    table(d, [list(r) for r in basic_rows(P)])
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    rows = [["三级指标", "内容", "平台实际情况", "证明资料"]] + [list(r) for r in form_cells(P)]
    table(d, rows)
    save_doc(d, path)
    scan = lines + ["一、企业基本情况"] + [f"{a}：{b}" for a, b in basic] + \
        ["申报单位上一年度经营状况（2023年）"] + [f"{h}：{v}" for h, v in zip(*fin)] + ["二、平台基本情况"] + \
        [f"{a}：{b}".replace("\n", " ") for a, b in basic_rows(P)] + ["三、指标明细表"] + \
        [f"{c}：{v}".replace("\n", " ") for _, c, v, _ in form_cells(P)]
    return scan


def write_form_scan(P, path: Path, lines: list[str], rng: random.Random) -> None:
    pages, cur, used = [], [], 0
    for l in lines:
        n = max(1, (len(l) + 39) // 40)
        if used + n > 36:
            pages.append(cur)
            cur, used = [], 0
        cur.append(l)
        used += n
    pages.append(cur)
    imgs = []
    for k, pg in enumerate(pages):
        stamp = k == 0 or k == len(pages) - 1
        imgs.append(scan_page(pg, rng, P.company_name if stamp else None, (620, 980) if stamp else None))
    image_pdf(path, imgs)


# ------------------------------------------------------------------ 汇总表, 联系人表, 承诺
def summary_values(P) -> dict[str, str]:
    out = {}
    for label in LABELS:
        out[label] = P.summary_cell.get(label, P.truth_value[label])
    return out


def write_summary(P, path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    vals = summary_values(P)
    if P.summary_horizontal:
        ws.append(["附件4 平台基本情况汇总表"])
        ws.append(list(vals))
        ws.append(list(vals.values()))
    else:
        ws.append(["附件4 平台基本情况汇总表", ""])
        ws.append(["项目", "填写内容"])
        for k, v in vals.items():
            ws.append([k, v])
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 80
    save_wb(wb, path)


def write_contacts(P, path: Path) -> None:
    d = new_doc()
    d.add_paragraph("附件1 联系人信息反馈表")
    d.add_paragraph("一、联系人信息反馈")
    table(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
              ["联系人（主）", P.contact[0], P.company_name, P.contact[3], P.contact[1], P.contact[2]],
              ["联系人（备用）", P.contact2[0], P.company_name, P.contact2[3], P.contact2[1], P.contact2[2]]])
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{P.venue}")
    save_doc(d, path)


def write_commitment(P, path: Path, rng: random.Random) -> None:
    lines = ["附件5", "", "真实性承诺", "", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）",
             "内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", "特此承诺。", "", "",
             f"申报单位：{P.company_name}（盖章）", f"法定代表人：{P.legal_rep}（签章）", P.sign_date]
    image_pdf(path, [scan_page(lines, rng, P.company_name, (600, 560), signature=P.legal_rep)])


# ------------------------------------------------------------------ 申报书
def write_narrative(P, path: Path) -> None:
    d = new_doc()
    d.add_paragraph("附件3")
    d.add_paragraph("上海市工业互联网平台应用水平评价申报书")
    for l in ["申报年度：2024年度", f"平台名称：{P.declared_name}", f"申报单位：{P.company_name}（公章）", f"联系人：{P.contact[0]}",
              f"联系人电话：{P.contact[1]}", P.sign_date]:
        d.add_paragraph(l)
    for title, paras in P.chapters:
        d.add_paragraph(title)
        for p in paras:
            if isinstance(p, list):
                table(d, p)
            else:
                d.add_paragraph(p)
    save_doc(d, path)


# ------------------------------------------------------------------ evidence
def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def yuan(x_wan: float) -> str:
    return f"{round(x_wan * 10000):,.2f}"


def write_audit(P, path: Path, rel: str) -> list[dict]:
    c = P.company
    def y(v):
        return f"{v:,.2f}"
    op = c["rev"] - c["cost"] - c["tax_surcharge"] - c["selling"] - c["admin"] - c["rd"] + c["other_gain"]
    opp = c["rev_prev"] - c["cost_prev"] - c["tax_prev"] - c["selling_prev"] - c["admin_prev"] - c["rd_prev"] + c["other_gain_prev"]
    assert round(op + c["nonop"], 2) == c["profit"], (P.pid, op + c["nonop"], c["profit"])
    pages = [
        [("h", f"{P.company_name}"), ("h", "2023年度审计报告"), ("c", f"{P.auditor}"), ("c", P.audit_no)],
        [("h", "审计报告"), ("p", f"{P.company_name}全体股东：一、审计意见 我们审计了{P.company_name}（以下简称“贵公司”）财务报表，包括2023年12月31日的"
                              "合并及母公司资产负债表，2023年度的合并及母公司利润表、现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面"
                              "按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。"),
         ("p", "二、形成审计意见的基础 我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"),
         ("p", f"{P.auditor}    中国注册会计师：{P.cpa}    2024年4月18日")],
        [("h", "合并资产负债表"), ("c", "2023年12月31日    单位：元"),
         ("t", [["项目", "期末余额", "期初余额"], ["流动资产合计", y(c["assets"] * 0.46), y(c["assets_prev"] * 0.45)],
                ["非流动资产合计", y(c["assets"] - round(c["assets"] * 0.46, 2)), y(c["assets_prev"] - round(c["assets_prev"] * 0.45, 2))],
                ["资产总计", y(c["assets"]), y(c["assets_prev"])], ["负债合计", y(c["liab"]), y(c["liab_prev"])],
                ["所有者权益合计", y(c["assets"] - c["liab"]), y(c["assets_prev"] - c["liab_prev"])],
                ["负债和所有者权益总计", y(c["assets"]), y(c["assets_prev"])]], [170, 150, 150])],
        [("h", "合并利润表"), ("c", "2023年度    单位：元"),
         ("t", [["项目", "本期金额", "上期金额"], ["一、营业收入", y(c["rev"]), y(c["rev_prev"])], ["减：营业成本", y(c["cost"]), y(c["cost_prev"])],
                ["税金及附加", y(c["tax_surcharge"]), y(c["tax_prev"])], ["销售费用", y(c["selling"]), y(c["selling_prev"])],
                ["管理费用", y(c["admin"]), y(c["admin_prev"])], ["研发费用", y(c["rd"]), y(c["rd_prev"])],
                ["加：其他收益及投资收益", y(c["other_gain"]), y(c["other_gain_prev"])], ["二、营业利润", y(op), y(opp)],
                ["加：营业外收支净额", y(c["nonop"]), y(c["nonop_prev"])], ["三、利润总额", y(c["profit"]), y(opp + c["nonop_prev"])],
                ["减：所得税费用", y(c["income_tax"]), y(c["income_tax_prev"])],
                ["四、净利润", y(c["profit"] - c["income_tax"]), y(opp + c["nonop_prev"] - c["income_tax_prev"])]], [170, 150, 150]),
         ("p", f"补充资料：本年营业收入全部为主营业务收入；本年税金合计（税金及附加+所得税费用）{y(c['tax_surcharge'] + c['income_tax'])}元。")],
    ]
    V, pr = P.V, P.plat
    unit = P.plat_unit
    f = (lambda w: f"{w:,.2f}") if unit == "万元" else yuan
    rows = [["项目", "2023年度", "2022年度", "2021年度"],
            ["平台相关营业收入", f(P.spec["rev"][2023]), f(P.spec["rev"][2022]), f(P.spec["rev"][2021])],
            ["平台相关营业成本", f(pr["cost"][2023]), f(pr["cost"][2022]), f(pr["cost"][2021])],
            ["平台相关研发投入", f(P.spec["rd"]), f(pr["rd"][2022]), f(pr["rd"][2021])],
            ["平台利润总额", f(P.spec["profit"][2023]), f(P.spec["profit"][2022]), f(P.spec["profit"][2021])]]
    pages.append([("h", f"关于{P.declared_name}相关财务数据的专项说明"), ("c", f"单位：{unit}"),
                  ("p", f"本说明所列平台数据按{P.company_name}2023年度经审计财务报表，以平台订阅服务、平台运营服务对应合同收入为口径拆分，"
                        "研发投入按研发项目台账中归属平台的项目归集，平台利润总额为平台收入扣除直接成本、分摊期间费用后的金额。"),
                  ("t", rows, [140, 110, 110, 110]),
                  ("p", f"拆分方式经{P.auditor}执行商定程序复核。")])
    text_pdf(path, pages, title="审计报告")
    pg = len(pages)
    nrm = (lambda w: w)
    out = [fact("平台相关营业收入（万元）", f(P.spec["rev"][2023]), unit, nrm(P.spec["rev"][2023]), rel, pg, f(P.spec["rev"][2023]), "平台相关营业收入", "2023年度"),
           fact("平台近三年经营指标情况", f(P.spec["rev"][2022]), unit, P.spec["rev"][2022], rel, pg, f(P.spec["rev"][2022]), "平台相关营业收入", "2022年度", "2022年平台营收（万元）"),
           fact("平台近三年经营指标情况", f(P.spec["rev"][2021]), unit, P.spec["rev"][2021], rel, pg, f(P.spec["rev"][2021]), "平台相关营业收入", "2021年度", "2021年平台营收（万元）"),
           fact("平台相关研发投入（万元）", f(P.spec["rd"]), unit, P.spec["rd"], rel, pg, f(P.spec["rd"]), "平台相关研发投入", "2023年度"),
           fact("平台利润率（%）", f(P.spec["profit"][2023]), unit, P.spec["profit"][2023], rel, pg, f(P.spec["profit"][2023]), "平台利润总额", "2023年度", "平台利润总额（万元）"),
           fact("投资回报率（%）", f(P.spec["profit"][2023]), unit, P.spec["profit"][2023], rel, pg, f(P.spec["profit"][2023]), "平台利润总额", "2023年度", "平台年利润（万元）")]
    return out


def write_ip(P, path: Path, rel: str) -> list[dict]:
    pats, cops = P.spec["patents"], P.spec["copyrights"]
    ph = ["序号", "专利名称", "专利号", "类型", "授权日"]
    ch = ["序号", "软件名称", "登记号", "登记日"]
    pw, cw = [34, 200, 120, 60, 66], [34, 250, 130, 66]
    CAP = 26
    pages: list[list] = [[("h", f"{P.company_name}"), ("c", "平台核心软硬件技术知识产权清单")]]
    used = 3
    facts = []
    for title, head, rows, widths, label, unit in (
            (f"一、专利清单（共{len(pats)}项）", ph, pats, pw, "平台核心软硬件技术获得的专利数量（项）", "项"),
            (f"二、软件著作权清单（共{len(cops)}项）", ch, cops, cw, "平台核心软硬件技术获得的软著数量（个）", "项")):
        if label.endswith("软著数量（个）"):
            pages[-1].append(("p", f"权利人：{P.company_name}（以上专利权属均为本单位；以下软件著作权著作权人均为本单位）"))
            used += 2
        if used + 4 > CAP:
            pages.append([])
            used = 0
        pages[-1].append(("c", title))
        facts.append(fact(label, str(len(rows)), unit, len(rows), rel, len(pages), title, title.split("（")[0][2:]))
        used += 1
        i = 0
        while i < len(rows):
            room = CAP - used - 1
            if room < 2:
                pages.append([])
                used = 0
                continue
            chunk = rows[i:i + room]
            pages[-1].append(("t", [head] + [[str(i + k + 1)] + list(r) for k, r in enumerate(chunk)], widths))
            used += len(chunk) + 2
            i += len(chunk)
    text_pdf(path, pages, title="知识产权清单")
    return facts


def write_devices(P, path: Path, rel: str) -> list[dict]:
    V = P.V
    cat, pc, rc = (V["按二级分类统计工业设备数量（台/套）"], V["按二级分类统计公有云工业设备数量（台/套）"],
                   V["按二级分类统计公有云工业设备平均日运行数量（台/套）"])
    reg, pr, rr = (V["按省市区域统计工业设备数量（台/套）"], V["按省市区域统计公有云工业设备数量（台/套）"],
                   V["按省市区域统计公有云工业设备平均日运行数量（台/套）"])
    ovs = V["按海外国家分类统计海外设备连接数量（台/套）"]
    dev, pub, run = (V["连接的工业设备/产品/产线种类及数量（台/套）"], V["公有云工业设备连接数量（台/套）"],
                     V["公有云工业设备平均日运行数量（台/套）"])
    h = ["", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]
    t1 = [["设备二级分类"] + h[1:]] + [[k, comma(cat[k]), comma(pc[k]), comma(rc[k])] for k in cat] + \
        [["合计", comma(dev), comma(pub), comma(run)]]
    t2 = [["设备所属企业注册地"] + h[1:]] + [[k, comma(reg[k]), comma(pr[k]), comma(rr[k])] for k in reg] + \
        [["合计", comma(dev), comma(pub), comma(run)]]
    t3 = [["国家", "接入数量（台/套）"]] + [[k, comma(v)] for k, v in ovs.items()] + [["海外合计", comma(sum(ovs.values()))]]
    w = [150, 100, 120, 110]
    pages = [[("h", f"{P.declared_name}接入设备统计表"), ("c", f"统计截至：2024年7月10日    导出单位：{P.company_name}"),
              ("p", "表1 按设备二级分类（附录A）统计"), ("t", t1, w), ("p", "表2 按设备所属企业注册地（附录F，含海外）统计"), ("t", t2, w)],
             [("p", "表3 海外设备按国家统计"), ("t", t3, [200, 120]),
              ("p", "说明：各表合计均为截至统计日的接入设备总数；公有云日均运行数量为近一年日均上传实时运行数据的设备数。")]]
    text_pdf(path, pages, title="接入设备统计表")
    return [fact("连接的工业设备/产品/产线种类及数量（台/套）", comma(dev), "台/套", dev, rel, 1, f"合计 {comma(dev)}", "合计", "接入数量（台/套）"),
            fact("公有云工业设备连接数量（台/套）", comma(pub), "台/套", pub, rel, 1, comma(pub), "合计", "其中：公有云接入（台/套）"),
            fact("公有云工业设备平均日运行数量（台/套）", comma(run), "台/套", run, rel, 1, comma(run), "合计", "公有云日均运行（台/套）"),
            fact("海外设备连接数量（台/套）", comma(sum(ovs.values())), "台/套", sum(ovs.values()), rel, 2,
                 f"海外合计 {comma(sum(ovs.values()))}", "海外合计", "接入数量（台/套）")]


def write_dashboard(P, path: Path, rel: str, rng: random.Random) -> list[dict]:
    tiles, facts = [], []
    for cap, label, shown, unit, norm in P.tiles:
        tiles.append((cap, shown))
        if label:
            facts.append(fact(label, shown, unit, norm, rel, 1, shown, cap, image_only=True))
    drawn = dashboard(path, P.dash_title, tiles, rng)
    DRAWN.setdefault(P.pid + "/" + rel, {})[1] = drawn
    return facts


def write_users(P, path: Path, rel: str) -> list[dict]:
    V = P.V
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务企业统计"
    rows = [("注册企业（家）", "注册企业用户数（个）"), ("实际服务企业（家）", "实际服务企业数（个）"), ("其中：付费企业（家）", "付费企业数（个）"),
            ("其中：上海市企业（家）", "服务本市企业数量（个）"), ("其中：中小企业（家）", "服务中小企业数量（个）")]
    ws.append([f"{P.declared_name} 服务企业统计（截至2024年7月10日）", None])
    ws.append(["统计项", "数量"])
    facts = []
    for cap, label in rows:
        ws.append([cap, V[label]])
        facts.append(fact(label, str(V[label]), "家", V[label], rel, 1, str(V[label]), cap, "数量"))
    ws2 = wb.create_sheet("订阅统计")
    ws2.append(["工业APP订阅统计（自运营以来累计）", None])
    ws2.append(["统计项", "数值"])
    for cap, label, unit in (("订阅总数（个）", "工业APP订阅总数量（个）", "个"), ("其中：杀手锏APP订阅（个）", "杀手锏工业APP订阅数量（个）", "个"),
                             ("订阅总金额（万元）", "工业APP订阅总金额（万元）", "万元")):
        ws2.append([cap, V[label]])
        facts.append(fact(label, str(V[label]), unit, V[label], rel, 2, str(V[label]), cap, "数值"))
    save_wb(wb, path)
    return facts


def write_awards(P, path: Path, rel: str) -> list[dict]:
    aw = P.spec["awards"]
    rows = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [[str(i + 1)] + list(a) for i, a in enumerate(aw)]
    q = f"合计：{len(aw)}项"
    text_pdf(path, [[("h", "平台获得省部级及以上奖项/荣誉清单"), ("t", rows, [34, 230, 70, 140]), ("p", q)]], title="荣誉清单")
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(aw)), "项", len(aw), rel, 1, q, "合计")]
