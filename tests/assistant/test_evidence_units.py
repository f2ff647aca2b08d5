"""Amounts as the seventeenth blind set wrote them (2026-12-04): a platform table in 千元 with a growth
column beside its years, and one whose unit is stated only in a note under it. Fixtures are ours."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.platform import read_platform_figures

ROWS = [["项目", "2021年度", "2022年度", "2023年度", "年均增长率"],
        ["平台相关营业收入", "28,743.6", "38,576.2", "46,832.2", "27.6%"],
        ["平台相关研发投入", "6,012.8", "6,845.1", "7,386.5", "10.8%"],
        ["平台利润总额", "(1,862.4)", "1,215.8", "5,624.9", "—"]]


@pytest.mark.parametrize("ruled", [True, False])
def test_a_platform_table_in_thousands_with_a_growth_column(tmp_path: Path, ruled: bool):
    """h17: the 年均增长率 column beside the years left the whole table unread."""
    page = [Line("附注十六 工业互联网平台业务专项财务信息"), Line("单位：千元"),
            Grid(ROWS, widths=[150, 70, 70, 70, 70], ruled=ruled)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "审计.pdf", [page])), read_platform_figures)
    assert facts["revenue", ""].normalized == 4683.22 and facts["revenue", ""].status == "found"
    assert facts["rd_investment", ""].normalized == 738.65
    assert facts["platform_revenue_2021", "2021年平台营收（万元）"].normalized == 2874.36
    assert not any(f.value.endswith("%") for f in facts.values())


def test_a_unit_stated_in_a_note_under_the_table(tmp_path: Path):
    """h17: 「注：本表金额单位为人民币千元」 below the table was its only unit: the figures were
    unreadable, and a declared 研发投入 ten times too large went unflagged."""
    page = [Line("关于平台财务数据的说明"), Grid([r[:4] for r in ROWS], widths=[150, 70, 70, 70], ruled=False),
            Line("注：本表金额单位为人民币千元；2020年平台相关营业收入为21,635.0。")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "说明.pdf", [page])), read_platform_figures)
    assert facts["rd_investment", ""].normalized == 738.65 and facts["rd_investment", ""].status == "found"
    bare = [page[0], page[1], Line("注：2020年平台相关营业收入为21,635.0。")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "无单位.pdf", [bare])), read_platform_figures)
    assert facts["rd_investment", ""].normalized is None  # no unit anywhere: not guessed


INVESTMENT = [["序号", "投入项目", "金额", "占比"], ["1", "5G专网与边缘节点", "38,612,400.00", "28.6%"],
              ["2", "平台软件研发（人工）", "96,412,200.00", "71.4%"], ["合计", "", "135,024,600.00", "100.0%"]]


@pytest.mark.parametrize("ruled", [True, False])
def test_a_construction_investment_table_gives_the_build_amount_in_its_unit(tmp_path: Path, ruled: bool):
    """h17: 「1.35」 (亿元) declared in the 万元 column against a 建设投入明细表 of 135,024,600.00 元 —
    the table was not read, so the difference went unflagged."""
    from assistant.evidence.build_amount import read_build_amount

    page = [Line("某某平台建设投入明细表（2020.1–2023.12）"), Line("单位：元"),
            Grid(INVESTMENT, widths=[40, 170, 110, 60], ruled=ruled)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "投入.pdf", [page])), read_build_amount)
    amount = facts["platform_build_amount", ""]
    assert amount.normalized == 13502.46 and amount.citations[0].quote == "135,024,600.00"
    budget = [Line("2024年度信息化预算明细表"), Line("单位：元"), Grid(INVESTMENT, widths=[40, 170, 110, 60], ruled=ruled)]
    assert cited_facts(read_pdf(flow_pdf(tmp_path / "预算.pdf", [budget])), read_build_amount) == {}
    no_unit = [Line("某某平台建设投入明细表"), Grid(INVESTMENT, widths=[40, 170, 110, 60], ruled=ruled)]
    assert cited_facts(read_pdf(flow_pdf(tmp_path / "无单位.pdf", [no_unit])), read_build_amount) == {}


def test_an_auditors_sentence_on_the_construction_gives_the_build_amount_doubted(tmp_path: Path):
    """h32: the 平台业务附注 states 「截至2023年12月31日，平台累计建设投入52,000,000.00元（含…）」 in a
    sentence; plans and a year's spending are no construction total."""
    from assistant.evidence.build_amount import read_build_amount

    note = [Line("十五、工业互联网平台业务财务信息"),
            Line("截至2023年12月31日，平台累计建设投入52,000,000.00元（含软硬件购置、研发及实施费用），已全部完成验收。")]
    amount = cited_facts(read_pdf(flow_pdf(tmp_path / "附注.pdf", [note])), read_build_amount)["platform_build_amount", ""]
    assert amount.normalized == 5200.0 and not amount.confident
    assert amount.citations[0].quote == "平台累计建设投入52,000,000.00元"
    plans = [Line("预计2025年平台累计建设投入将达到80,000,000.00元。"), Line("2023年度平台建设投入1,200.00万元。")]
    assert cited_facts(read_pdf(flow_pdf(tmp_path / "计划.pdf", [plans])), read_build_amount) == {}


@pytest.mark.parametrize("ruled", [True, False])
def test_the_platforms_rd_ledger_total_is_its_rd_of_the_year(tmp_path: Path, ruled: bool):
    """h81: 「平台研发项目辅助账汇总表（2023年度）」 under 「单位：元」 — 「费用项目 | 金额」 closed by 「合计（归属平台研发
    项目）」: the platform's R&D of 2023; a ledger of 2022, or of the company's projects, says nothing."""
    from assistant.evidence.build_amount import read_rd_ledger

    rows = [["费用项目", "金额"], ["人员人工费用", "2,334,950.60"], ["直接投入费用", "1,690,826.30"],
            ["合计（归属平台研发项目）", "4,025,776.90"]]

    def ledger(title: str):
        page = [Line(title), Line("单位：元"), Grid(rows, widths=[200, 140], ruled=ruled)]
        return cited_facts(read_pdf(flow_pdf(tmp_path / f"{title[:6]}.pdf", [page])), read_rd_ledger)

    rd = ledger("平台研发项目辅助账汇总表（2023年度）")["rd_investment", ""]
    assert (rd.normalized, rd.year, rd.scope, rd.confident) == (402.58, 2023, "platform", True)
    assert rd.citations[0].quote == "4,025,776.90"
    assert ledger("平台研发项目辅助账汇总表（2022年度）") == {}
    assert ledger("公司研发费用辅助账汇总表（2023年度）") == {}
    # h10: 「表2 平台研发支出明细表（2023年度）」 closed by 「平台研发投入合计」
    rows[-1][0] = "平台研发投入合计"
    assert ledger("表2 平台研发支出明细表（2023年度）")["rd_investment", ""].normalized == 402.58


def test_a_platform_construction_contracts_price_is_shown_as_one_contracts_share(tmp_path: Path):
    """h13: 「钢铁全产业链工业互联网平台（二期）建设项目 合同」 states 「本合同总价款为人民币陆仟捌佰伍拾万元整
    （¥68,500,000.00）」 — one contract's price: evidence of the build amount as a segment's, doubted; the
    payment terms' 「合同总价款的30%」 and a contract for anything else say nothing."""
    from assistant.evidence.build_amount import read_build_amount

    cover = [Line("合同编号：ZG-IT-2019-0612"), Line("钢铁全产业链工业互联网平台（二期）建设项目", centred=True),
             Line("合同", centred=True), Line("甲方（委托方）：上海某某科技股份有限公司")]
    terms = [Line("第四条 合同价款及支付方式"),
             Line("4.1本合同总价款为人民币陆仟捌佰伍拾万元整（¥68,500,000.00），该价款为含税价。"),
             Line("4.2付款方式：合同签订后十五个工作日内，甲方支付合同总价款的30%。")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "建设合同.pdf", [cover, terms])), read_build_amount)
    price = facts["platform_build_amount", ""]
    assert (price.normalized, price.scope, price.confident) == (6850.0, "segment", False)
    assert price.citations[0].page == 2 and price.citations[0].quote == "人民币陆仟捌佰伍拾万元整"
    other = [Line("数控机床采购合同", centred=True), Line("甲方（买方）：上海某某科技股份有限公司")]
    assert cited_facts(read_pdf(flow_pdf(tmp_path / "采购合同.pdf", [other, terms])), read_build_amount) == {}


def test_the_construction_said_after_the_platform_opened_the_sentence(tmp_path: Path):
    """h72: 「平台自2018年9月开始建设，累计建设投入5,460.00万元。」 — the platform is the sentence's subject; the
    company's investment in a sentence of its own is not the platform's."""
    from assistant.evidence.build_amount import read_build_amount

    for k, said in enumerate(("平台自2018年9月开始建设，累计建设投入5,460.00万元。",
                              "平台自2018年9月启动建设，截至2023年12月累计建设投入5,460.00万元（含软硬件购置）。")):
        note = [Line("易维讯平台业务财务数据专项说明"), Line(said)]
        read = cited_facts(read_pdf(flow_pdf(tmp_path / f"说明{k}.pdf", [note])), read_build_amount)
        amount = read["platform_build_amount", ""]
        assert amount.normalized == 5460.0 and not amount.confident
    company = [Line("公司自2010年成立以来，累计建设投入2.6亿元。")]
    assert cited_facts(read_pdf(flow_pdf(tmp_path / "公司.pdf", [company])), read_build_amount) == {}


@pytest.mark.parametrize("ruled", [True, False])
def test_this_and_last_year_by_period_the_earlier_ones_by_number(tmp_path: Path, ruled: bool):
    """h37: 「项目 | 本年金额 | 上年金额 | 2021年度 | 2020年度」 in a 专项审计报告 was no header: 本年 is 2023
    and 上年 2022 (the years after the latest one written); its 建设投入 table's 「平台建设累计投入金额」
    row is the build amount."""
    from assistant.evidence.build_amount import read_build_amount

    rows = [["项目", "本年金额", "上年金额", "2021年度", "2020年度"],
            ["一、平台相关营业收入", "7,171.20", "6,477.17", "6,039.57", "5,153.32"],
            ["三、平台相关研发投入", "1,688.40", "1,525.00", "1,421.97", "1,213.31"]]
    build = [["项目", "金额（万元）"], ["平台建设累计投入金额", "7,161.94"], ["其中：软硬件购置", "2,936.40"]]
    page = [Line("平台业务财务信息表"), Line("编制单位：某某公司 单位：万元"), Grid(rows, widths=[150, 70, 70, 70, 70], ruled=ruled),
            Line("平台建设投入情况（截至2023年12月31日）"), Grid(build, widths=[200, 100], ruled=ruled)]
    document = read_pdf(flow_pdf(tmp_path / "专项审计.pdf", [page]))
    facts = cited_facts(document, read_platform_figures)
    assert facts["revenue", ""].normalized == 7171.2 and facts["revenue", ""].year == 2023
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == 6477.17
    assert facts["platform_revenue_2021", "2021年平台营收（万元）"].normalized == 6039.57
    assert cited_facts(document, read_build_amount)["platform_build_amount", ""].normalized == 7161.94


def test_a_foreign_auditors_statements_in_rmb_thousands(tmp_path: Path):
    """h56: 「（除特别注明外，金额单位为人民币千元 Expressed in RMB'000）」 over bilingual rows 「资产总计 Total assets |
    864,523」, and the segment note's 「平台分部利润总额」: each read, in 万元."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.financial import read_statements
    from assistant.values.numbers import unit_from_header

    unit = "（除特别注明外，金额单位为人民币千元 Expressed in RMB'000）"
    assert [unit_from_header(t) for t in (unit, "In thousands of RMB", "RMB million", "单位为万元")] == [
        "千元", "千元", "百万元", "万元"]
    widths = [170, 90, 90]
    pages = [[Line("合并资产负债表 Consolidated Balance Sheet", 12), Line(unit, 8),
              Grid([["项目 Item", "2023-12-31", "2022-12-31"], ["流动资产合计", "523,186", "488,061"],
                    ["非流动资产合计", "341,337", "310,224"], ["资产总计 Total assets", "864,523", "798,285"],
                    ["负债合计", "529,520", "490,112"]], widths=widths)],
             [Line("合并利润表 Consolidated Income Statement", 12), Line(unit, 8),
              Grid([["项目 Item", "2023年度", "2022年度"], ["营业收入 Revenue", "1,423,865", "1,289,042"],
                    ["营业成本", "1,218,462", "1,105,229"], ["利润总额 Profit before tax", "58,624", "51,048"]], widths=widths)],
             [Line("财务报表附注 十二、分部信息", 12), Line("1. 工业互联网平台业务分部（金额单位：人民币千元）", 9),
              Grid([["项目", "2021年度", "2022年度", "2023年度"], ["平台业务收入", "41,056", "49,863", "58,462"],
                    ["平台分部利润总额", "3,885", "4,217", "4,689"]], widths=[150, 80, 80, 80])]]
    document = read_pdf(flow_pdf(tmp_path / "审计报告_人民币千元.pdf", pages))
    company = {(v.field_id, v.component): v.normalized for v in read_statements(document, load_catalog())}
    assert company[("total_assets", "")] == 86452.3 and company[("total_profit", "")] == 5862.4
    platform = cited_facts(document, read_platform_figures)
    assert platform["revenue", ""].normalized == 5846.2
    assert platform["profit_margin", "平台利润总额（万元）"].normalized == 468.9


def test_new_jobs_and_the_killer_apps_daily_calls_in_prose(tmp_path: Path):
    """h56: 「平台建设与运营带动新增就业岗位 415 人」 (新增 is the indicator's own word, not a change), the 1,260
    人次 of a training beside it no job, and 「杀手锏APP日均调用 4,200 次」 as the killer APPs' 日活次数."""
    from assistant.evidence.prose import read_prose_figures

    document = read_pdf(flow_pdf(tmp_path / "说明.pdf", [[
        Line("截至2024年6月30日，平台建设与运营带动新增就业岗位 415 人；"),
        Line("平台组织技师培训与上岗服务累计 1,260 人次。"), Line("统计期共365天；杀手锏APP日均调用 4,200 次。")]]))
    facts = {k[0]: v.normalized for k, v in cited_facts(document, read_prose_figures).items()}
    assert facts == {"jobs_created": 415, "killer_apps_daily_active_times": 4200}


@pytest.mark.parametrize("ruled", [True, False])
def test_a_numbered_label_wrapped_inside_its_bracket_is_no_heading(tmp_path: Path, ruled: bool):
    """h72: 「二、合同能源管理项目运维服务收入（线下，不」 over 「属平台营收） | 286.40 …」 in a scanned platform note —
    read as a heading it closed the table, and the R&D and profit rows below it were lost."""
    rows = [["项目", "2021年度", "2022年度", "2023年度"],
            ["一、平台相关营业收入（平台订阅及平台服务）", "1,486.25", "1,962.80", "2,536.18"],
            ["二、合同能源管理项目运维服务收入（线下，不", "", "", ""],
            ["属平台营收）", "286.40", "444.12", "572.27"],
            ["能碳数智化业务收入合计（一+二）", "1,772.65", "2,406.92", "3,108.45"],
            ["平台相关研发投入", "368.75", "421.06", "486.32"],
            ["平台利润总额", "168.42", "251.77", "342.60"]]
    page = [Line("平台业务财务数据专项说明"), Line("单位：万元"), Grid(rows, widths=[200, 70, 70, 70], ruled=ruled)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "审计.pdf", [page])), read_platform_figures)
    assert facts["revenue", ""].normalized == 2536.18
    assert facts["rd_investment", ""].normalized == 486.32
    assert facts["profit_margin", "平台利润总额（万元）"].normalized == 342.6
