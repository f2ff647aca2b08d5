"""Company-wide statements (合并资产负债表 / 合并利润表) and the audit report around them, plus the
platform-scoped part (专项说明 / 平台业务收入明细表 / 分部信息)."""

from __future__ import annotations

import random
from decimal import Decimal

from .blocks import Cell, PageBreak, Para, Spacer, Title, grid
from .model import Company, D, Package, q2

Y = ("2023", "2022")


def _r(rng: random.Random, base: Decimal, lo: float, hi: float) -> Decimal:
    return q2(base * D(str(round(rng.uniform(lo, hi), 5))))


def company_statements(seed: int, revenue: dict[str, Decimal], assets_ratio: float = 1.35,
                       profit_total: dict[str, Decimal] | None = None) -> tuple[dict, dict]:
    """Consistent 利润表 and 资产负债表 (元) for 2023 and 2022 from the two revenues (and, if given, the
    利润总额 the statements must reach: 管理费用 absorbs the difference)."""
    rng = random.Random(seed)
    income: dict[str, dict[str, Decimal]] = {}
    balance: dict[str, dict[str, Decimal]] = {}
    for y in ("2022", "2023"):
        rev = revenue[y]
        i = {"营业收入": rev}
        i["营业成本"] = _r(rng, rev, 0.66, 0.72)
        i["税金及附加"] = _r(rng, rev, 0.0045, 0.0065)
        i["销售费用"] = _r(rng, rev, 0.035, 0.05)
        i["管理费用"] = _r(rng, rev, 0.06, 0.08)
        i["研发费用"] = _r(rng, rev, 0.055, 0.075)
        i["财务费用"] = _r(rng, rev, -0.004, 0.003)
        i["其他收益"] = _r(rng, rev, 0.004, 0.009)
        i["投资收益"] = _r(rng, rev, 0.001, 0.006)
        i["信用减值损失"] = -_r(rng, rev, 0.001, 0.003)
        i["资产减值损失"] = -_r(rng, rev, 0.0005, 0.0015)
        i["营业利润"] = (i["营业收入"] - i["营业成本"] - i["税金及附加"] - i["销售费用"] - i["管理费用"]
                       - i["研发费用"] - i["财务费用"] + i["其他收益"] + i["投资收益"] + i["信用减值损失"]
                       + i["资产减值损失"])
        i["营业外收入"] = _r(rng, rev, 0.0003, 0.0012)
        i["营业外支出"] = _r(rng, rev, 0.0001, 0.0006)
        i["利润总额"] = i["营业利润"] + i["营业外收入"] - i["营业外支出"]
        if profit_total:
            diff = profit_total[y] - i["利润总额"]
            i["管理费用"] -= diff
            assert i["管理费用"] > 0
            i["营业利润"] += diff
            i["利润总额"] += diff
        i["所得税费用"] = _r(rng, i["利润总额"], 0.11, 0.16)
        i["净利润"] = i["利润总额"] - i["所得税费用"]
        income[y] = i
        total = _r(rng, rev, assets_ratio * 0.95, assets_ratio * 1.05)
        b: dict[str, Decimal] = {}
        cur = _r(rng, total, 0.55, 0.66)
        b["货币资金"] = _r(rng, cur, 0.22, 0.3)
        b["应收票据"] = _r(rng, cur, 0.03, 0.06)
        b["应收账款"] = _r(rng, cur, 0.25, 0.32)
        b["预付款项"] = _r(rng, cur, 0.02, 0.04)
        b["存货"] = _r(rng, cur, 0.18, 0.24)
        b["其他流动资产"] = cur - sum(b[k] for k in ("货币资金", "应收票据", "应收账款", "预付款项", "存货"))
        b["流动资产合计"] = cur
        non = total - cur
        b["长期股权投资"] = _r(rng, non, 0.08, 0.14)
        b["固定资产"] = _r(rng, non, 0.42, 0.52)
        b["在建工程"] = _r(rng, non, 0.05, 0.09)
        b["无形资产"] = _r(rng, non, 0.14, 0.2)
        b["递延所得税资产"] = _r(rng, non, 0.01, 0.03)
        b["其他非流动资产"] = non - sum(b[k] for k in ("长期股权投资", "固定资产", "在建工程", "无形资产", "递延所得税资产"))
        b["非流动资产合计"] = non
        b["资产总计"] = total
        liab = _r(rng, total, 0.42, 0.55)
        curl = _r(rng, liab, 0.78, 0.88)
        b["短期借款"] = _r(rng, curl, 0.1, 0.18)
        b["应付账款"] = _r(rng, curl, 0.3, 0.38)
        b["合同负债"] = _r(rng, curl, 0.12, 0.18)
        b["应付职工薪酬"] = _r(rng, curl, 0.08, 0.12)
        b["应交税费"] = _r(rng, curl, 0.02, 0.04)
        b["其他应付款"] = curl - sum(b[k] for k in ("短期借款", "应付账款", "合同负债", "应付职工薪酬", "应交税费"))
        b["流动负债合计"] = curl
        b["长期借款"] = _r(rng, liab - curl, 0.55, 0.7)
        b["递延收益"] = (liab - curl) - b["长期借款"]
        b["非流动负债合计"] = liab - curl
        b["负债合计"] = liab
        eq = total - liab
        b["实收资本"] = _r(rng, eq, 0.28, 0.36)
        b["资本公积"] = _r(rng, eq, 0.15, 0.22)
        b["盈余公积"] = _r(rng, eq, 0.06, 0.1)
        b["少数股东权益"] = _r(rng, eq, 0.02, 0.05)
        b["未分配利润"] = eq - sum(b[k] for k in ("实收资本", "资本公积", "盈余公积", "少数股东权益"))
        b["归属于母公司所有者权益合计"] = eq - b["少数股东权益"]
        b["所有者权益合计"] = eq
        b["负债和所有者权益总计"] = total
        balance[y] = b
    return income, balance


def money(x: Decimal, neg: str = "-") -> str:
    s = f"{abs(x):,.2f}"
    if x < 0:
        return f"({s})" if neg == "()" else f"-{s}"
    return s


BALANCE_ROWS = [
    ("流动资产：", None), ("货币资金", "五、1"), ("应收票据", "五、2"), ("应收账款", "五、3"), ("预付款项", "五、4"),
    ("存货", "五、5"), ("其他流动资产", "五、6"), ("流动资产合计", ""), ("非流动资产：", None),
    ("长期股权投资", "五、7"), ("固定资产", "五、8"), ("在建工程", "五、9"), ("无形资产", "五、10"),
    ("递延所得税资产", "五、11"), ("其他非流动资产", "五、12"), ("非流动资产合计", ""), ("资产总计", ""),
    ("流动负债：", None), ("短期借款", "五、13"), ("应付账款", "五、14"), ("合同负债", "五、15"),
    ("应付职工薪酬", "五、16"), ("应交税费", "五、17"), ("其他应付款", "五、18"), ("流动负债合计", ""),
    ("非流动负债：", None), ("长期借款", "五、19"), ("递延收益", "五、20"), ("非流动负债合计", ""), ("负债合计", ""),
    ("所有者权益：", None), ("实收资本", "五、21"), ("资本公积", "五、22"), ("盈余公积", "五、23"),
    ("未分配利润", "五、24"), ("归属于母公司所有者权益合计", ""), ("少数股东权益", ""), ("所有者权益合计", ""),
    ("负债和所有者权益总计", ""),
]
INCOME_ROWS = [
    ("一、营业收入", "营业收入", "五、25"), ("减：营业成本", "营业成本", "五、25"), ("税金及附加", "税金及附加", "五、26"),
    ("销售费用", "销售费用", "五、27"), ("管理费用", "管理费用", "五、28"), ("研发费用", "研发费用", "五、29"),
    ("财务费用", "财务费用", "五、30"), ("加：其他收益", "其他收益", "五、31"), ("投资收益（损失以“-”号填列）", "投资收益", "五、32"),
    ("信用减值损失（损失以“-”号填列）", "信用减值损失", "五、33"), ("资产减值损失（损失以“-”号填列）", "资产减值损失", "五、34"),
    ("二、营业利润（亏损以“-”号填列）", "营业利润", ""), ("加：营业外收入", "营业外收入", "五、35"),
    ("减：营业外支出", "营业外支出", "五、36"), ("三、利润总额（亏损总额以“-”号填列）", "利润总额", ""),
    ("减：所得税费用", "所得税费用", "五、37"), ("四、净利润（净亏损以“-”号填列）", "净利润", ""),
]


def audit_blocks(co: Company, *, cols: tuple[str, str] = ("本期金额", "上期金额"),
                 bal_cols: tuple[str, str] = ("期末余额", "上年年末余额"), neg: str = "-", report_date: str = "2024年4月18日",
                 notes_col: bool = True) -> list:
    """Cover, 审计报告 (opinion), 合并资产负债表, 合并利润表 — company-wide, 单位：元."""
    a, b = co.cpas
    blocks = [
        Spacer(120), Title(co.name, 18), Title("2023年度财务报表及审计报告", 18), Spacer(60),
        Title(co.audit_no, 12, bold=False), Spacer(200), Title(co.auditor, 14), Title(report_date, 12, bold=False),
        PageBreak(),
        Title("审 计 报 告", 18), Para(co.audit_no, align="center"),
        Para(f"{co.name}全体股东：", bold=True),
        Para("一、审计意见", bold=True),
        Para(f"我们审计了{co.name}（以下简称“贵公司”）财务报表，包括2023年12月31日的合并及母公司资产负债表，"
             "2023年度的合并及母公司利润表、合并及母公司现金流量表、合并及母公司所有者权益变动表以及相关财务报表附注。", indent=True),
        Para("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的合并及"
             "母公司财务状况以及2023年度的合并及母公司经营成果和现金流量。", indent=True),
        Para("二、形成审计意见的基础", bold=True),
        Para("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
             "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
             "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。", indent=True),
        Para("三、管理层和治理层对财务报表的责任", bold=True),
        Para("贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
             "以使财务报表不存在由于舞弊或错误导致的重大错报。", indent=True),
        Para("四、注册会计师对财务报表审计的责任", bold=True),
        Para("我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。"
             "合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。", indent=True),
        Spacer(30),
        Para(f"{co.auditor}　　　　　　中国注册会计师：{a}", align="right"),
        Para(f"中国·上海　　　　　　　　　　中国注册会计师：{b}", align="right"),
        Para(report_date, align="right"),
        PageBreak(),
    ]
    bal = co.balance
    H = lambda t: Cell(t, bold=True, align="center")
    head = [H("项目")] + ([H("附注")] if notes_col else []) + [H(bal_cols[0]), H(bal_cols[1])]
    rows = [head]
    for name, note in BALANCE_ROWS:
        if note is None:
            rows.append([Cell(name, bold=True)] + ([Cell("")] if notes_col else []) + [Cell(""), Cell("")])
            continue
        label = "实收资本（或股本）" if name == "实收资本" else name
        rows.append([Cell(label, bold=name.endswith(("合计", "总计")))] + ([Cell(note, align="center")] if notes_col else [])
                    + [Cell(money(bal["2023"][name], neg), align="right"), Cell(money(bal["2022"][name], neg), align="right")])
    widths = [3.2, 0.8, 2, 2] if notes_col else [3.6, 2, 2]
    blocks += [Title("合并资产负债表", 15), Para(f"编制单位：{co.name}　　　　2023年12月31日　　　　单位：元", size=8.5),
               grid(widths, rows, header_rows=1, size=8), PageBreak()]
    inc = co.income
    head = [H("项目")] + ([H("附注")] if notes_col else []) + [H(cols[0]), H(cols[1])]
    rows = [head]
    for label, key, note in INCOME_ROWS:
        rows.append([Cell(label)] + ([Cell(note, align="center")] if notes_col else [])
                    + [Cell(money(inc["2023"][key], neg), align="right"), Cell(money(inc["2022"][key], neg), align="right")])
    rows.append([Cell("（一）归属于母公司所有者的净利润")] + ([Cell("")] if notes_col else [])
                + [Cell(money(q2(inc["2023"]["净利润"] * D("0.962")), neg), align="right"),
                   Cell(money(q2(inc["2022"]["净利润"] * D("0.958")), neg), align="right")])
    blocks += [Title("合并利润表", 15), Para(f"编制单位：{co.name}　　　　2023年度　　　　单位：元", size=8.5),
               grid(widths, rows, header_rows=1, size=8.5)]
    return blocks


def platform_statement_wan(p: Package, title: str, years=("2021", "2022", "2023"), signer: str = "",
                           other_business: str = "其他业务") -> list:
    """Company-issued 专项说明 on the platform's revenue and inputs, 单位：万元."""
    f = p.platform_fin
    H = lambda t: Cell(t, bold=True, align="center")
    rows = [[H("项目")] + [H(f"{y}年度") for y in years]]
    items = [("平台相关营业收入", "营业收入"), ("其中：平台订阅及技术服务收入", "订阅收入"), ("平台相关营业成本", "营业成本"),
             ("平台相关研发投入", "研发投入"), ("平台利润总额", "利润总额")]
    for label, key in items:
        rows.append([Cell(label)] + [Cell(f"{f[y][key]:,.2f}", align="right") for y in years])
    return [
        Title(title, 14),
        Para("一、平台业务范围及拆分口径", bold=True),
        Para(f"{p.declared_name}（以下简称“平台”）由{p.company.name}建设运营。平台相关营业收入指基于平台直接订阅的服务以及"
             "通过平台提供远程运维、数据服务、解决方案实施所取得的收入，按合同所属业务线在财务系统中单独核算；平台相关研发投入按"
             "研发项目归集，口径参照国家统计局研究与试验发展（R&D）经费统计口径；平台利润总额按平台业务收入扣除直接成本、"
             f"分摊的期间费用后计算。公司{other_business}不计入下表。", indent=True),
        Para("二、平台近三年经营数据", bold=True),
        Para("单位：万元", align="right", size=8.5),
        grid([3, 1.6, 1.6, 1.6], rows, header_rows=1, size=9),
        Para("注：上表数据摘自公司2021—2023年度经审计财务报表的业务线明细账，与年度审计报告合并利润表的差额为公司其他业务。",
             size=8.5),
        Spacer(40),
        Para(signer or f"{p.company.name}", align="right"),
        Para("2024年7月10日", align="right"),
    ]


def platform_table(title: str, unit: str, years: list[str], items: list[tuple[str, dict[str, Decimal]]],
                   intro: list[str], note: str = "", signer: str = "", date: str = "", year_fmt: str = "{y}年度",
                   size: float = 9) -> list:
    """A platform-scoped table (平台业务收入明细表 …) with its own unit and year order."""
    H = lambda t: Cell(t, bold=True, align="center")
    rows = [[H("项目")] + [H(year_fmt.format(y=y)) for y in years]]
    for label, vals in items:
        rows.append([Cell(label, bold=label.endswith("合计"))] + [Cell(money(vals[y]), align="right") for y in years])
    out = [Title(title, 14)] + [Para(t, indent=True) for t in intro]
    out += [Para(f"单位：{unit}", align="right", size=8.5), grid([3] + [1.6] * len(years), rows, header_rows=1, size=size)]
    if note:
        out.append(Para(note, size=8.5))
    if signer:
        out += [Spacer(30), Para(signer, align="right")]
    if date:
        out.append(Para(date, align="right"))
    return out


def wan(yuan: Decimal) -> Decimal:
    return q2(yuan / 10000)
