"""The income-tax return as a proof of the company's figures (h50, first met 2026-12-06): the 主表
A100000's 营业收入 (行次 1) and 利润总额 (行次 13), the A101010's 主营业务收入 (行次 2), read by their 行次
and their words, never a 行次 as an amount; a return of part of a year says nothing; a 纳税申报表 is
no 申报表 of the notice. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.vocabulary import COMPANY_REVENUE_COMPONENT
from assistant.evidence.tax_returns import read_tax_returns
from assistant.package.classify import classify
from assistant.package.model import FileRole

MAIN = [["行次", "类别", "项目", "金额"],
        ["1", "利润总额计算", "一、营业收入(填写A101010\\101020\\103000)", "54,329,673.23"],
        ["2", "", "减：营业成本(填写A102010\\102020\\103000)", "38,017,442.10"],
        ["10", "", "二、营业利润(1-2-3-4-5-6-7+8+9)", "12,804,118.02"],
        ["13", "", "三、利润总膜（10+11-12）", "12,946,410.27"],  # 额 read as 膜 by OCR
        ["23", "应纳税所得额计算", "五、应纳税所得额（19-20-21-22）", "9,870,004.51"]]
DETAIL = [["行次", "项目", "金额"], ["1", "一、营业收入（2+9）", "54,329,673.23"],
          ["2", "(一)主营业务收入（3+5+6+7+8)", "53,118,204.77"], ["9", "(二）其他业务收入（10+12+13+14+15)", "1,211,468.46"]]


def _return(tmp_path: Path, period: str = "2023年01月01日至2023年12月31日") -> Path:
    head = [Line("纳税人识别号（统一社会信用代码）：91310115MA1K4XXXX1 纳税人名称：上海某某科技有限公司", 8),
            Line(f"税款所属期间：{period} 金额单位：人民币元（列至角分）", 8)]
    return flow_pdf(tmp_path / "2023年度企业所得税年度纳税申报表（A类）.pdf", [
        [Line("A100000", 8), Line("中华人民共和国企业所得税年度纳税申报表（A类）", 12), *head, Grid(MAIN, widths=[40, 80, 250, 110])],
        [Line("A101010", 8), Line("一般企业收入明细表", 12), *head, Grid(DETAIL, widths=[40, 300, 120])]])


def test_a_tax_return_gives_the_companys_revenue_and_profit(tmp_path: Path):
    document = read_pdf(_return(tmp_path))
    facts = cited_facts(document, read_tax_returns)
    assert {k: v.normalized for k, v in facts.items()} == {
        ("main_business_revenue", COMPANY_REVENUE_COMPONENT): 5432.967323, ("total_profit", ""): 1294.641027,
        ("main_business_revenue", ""): 5311.820477}
    profit = facts["total_profit", ""]
    assert profit.scope == "company" and profit.year == 2023 and profit.citations[0].page == 1
    assert any("上海某某科技有限公司" in r for r in profit.reasons)  # whose figures they are
    assert classify(document).role is not FileRole.application_form


def test_a_return_of_part_of_a_year_says_nothing(tmp_path: Path):
    document = read_pdf(_return(tmp_path, "2023年01月01日至2023年06月30日"))
    assert cited_facts(document, read_tax_returns) == {}


def test_a_small_enterprise_statement_with_its_row_numbers(tmp_path: Path):
    """「利润表（适用于执行小企业会计准则的企业）」, 「会小企02表」, a 行次 and a 附注 column before the amounts:
    a statement like any other; its 行次 are never amounts."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.financial import read_statements

    rows = [["项目", "行次", "附注", "本年累计金额", "上年金额"], ["一、营业收入", "1", "", "102,761,516.39", "97,612,266.84"],
            ["减：营业成本", "2", "", "60,256,497.89", "59,098,829.40"],
            ["三、利润总额（亏损总额以“-”号填列）", "29", "", "26,163,058.62", "23,435,247.64"]]
    document = read_pdf(flow_pdf(tmp_path / "财务报表.pdf", [[
        Line("利润表（适用于执行小企业会计准则的企业）", 12),
        Line("编制单位：上海某某科技有限公司 2023年度 会小企02表 单位：元", 8), Grid(rows, widths=[200, 40, 40, 110, 110])]]))
    facts = {(v.field_id, v.component): v.normalized for v in read_statements(document, load_catalog())}
    assert facts == {("total_profit", ""): 2616.305862, ("main_business_revenue", COMPANY_REVENUE_COMPONENT): 10276.151639}


def test_a_tax_payment_certificate_gives_the_years_taxes(tmp_path: Path):
    """「中华人民共和国税收完税证明」 from the 电子税务局: each tax paid for 2023-01-01至2023-12-31, closed by
    「金额合计 ¥3,879,333.55」 — the year's 税金; lines of another period make it no year's."""
    from assistant.evidence.tax_returns import read_tax_certificates

    def certificate(name: str, period: str) -> Path:
        rows = [["税种", "品目名称", "税款所属时期", "实缴(退)金额"],
                ["增值税", "软件和信息技术服务", "2023-01-01至2023-12-31", "1,491,544.93"],
                ["企业所得税", "应纳税所得额", period, "2,387,788.62"], ["金额合计", "¥3,879,333.55"]]
        return flow_pdf(tmp_path / name, [[Line("中华人民共和国税收完税证明", 12), Line("纳税人名称：上海某某科技有限公司", 9),
                                           Grid(rows, widths=[80, 120, 150, 110])]])

    facts = cited_facts(read_pdf(certificate("完税证明.pdf", "2023-01-01至2023-12-31")), read_tax_certificates)
    assert facts["taxes", ""].normalized == 387.933355 and facts["taxes", ""].scope == "company"
    assert facts["taxes", ""].year == 2023
    assert cited_facts(read_pdf(certificate("b.pdf", "2024-01-01至2024-03-31")), read_tax_certificates) == {}


def test_a_research_project_named_for_a_thing_is_no_count_of_it(tmp_path: Path):
    """h50: 「RD04 | 易维讯平台微服务架构升级 | 442,600.00 | 是」 in a platform's R&D split was read as 微服务数量
    442,600 (a false error); an amount with its cents is never a count. 「微服务数量 | 964」 still is."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.indicator_table import read_indicator_tables

    rows = [["项目编号", "研发项目名称", "2023年度研发支出（元）", "是否平台相关"],
            ["RD03", "配件需求预测与供应链协同系统", "489,150.00", "是"], ["RD04", "易维讯平台微服务架构升级", "442,600.00", "是"]]
    counts = [["指标", "数值"], ["微服务数量", "964"], ["工业APP数量", "158.00"]]
    document = read_pdf(flow_pdf(tmp_path / "研发拆分.pdf", [[Line("二、平台相关研发投入拆分", 11), Grid(rows, widths=[60, 200, 120, 80]),
                                                               Line("三、平台运营指标", 11), Grid(counts, widths=[200, 100])]]))
    assert {v.field_id: v.normalized for v in read_indicator_tables(document, load_catalog())} == {"microservices_total": 964}


def test_a_statement_printed_as_lines_with_its_notes_column(tmp_path: Path):
    """A statement without ruling lines (a scan's OCR lines, h50): 「一、营业收入 1 五、32 65,472,293.65
    58,055,643.43」 — the 行次 and the 附注 reference between the label and the amounts are neither."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.financial import read_statements

    lines = [Line("利润表", 12), Line("编制单位：上海某某科技有限公司 2023年度 会企02表 单位：元", 8),
             Line("项目  行次  附注  本年累计金额  上年金额", 9),
             Line("一、营业收入  1  五、32  65,472,293.65  58,055,643.43", 9),
             Line("三、利润总额  19  18,461,889.12  17,420,385.74", 9)]
    document = read_pdf(flow_pdf(tmp_path / "报表.pdf", [lines]))
    facts = {(v.field_id, v.component): v.normalized for v in read_statements(document, load_catalog())}
    assert facts == {("main_business_revenue", COMPANY_REVENUE_COMPONENT): 6547.229365, ("total_profit", ""): 1846.188912}


def test_a_label_ocr_read_with_one_character_wrong():
    """「责产总计」 on a stamped scan is 资产总计; on a text page a label is read as written."""
    from fakes.documents import document

    from assistant.catalog.notice import load_catalog
    from assistant.evidence.financial import read_statements

    lines = ["资产负债表", "编制单位：上海某某科技有限公司 2023年12月31日 会企01表 单位：元", "资产 期末余额 年初余额",
             "货币资金 18,511,207.13 19,157,184.28", "责产总计 81,378,070.20 77,693,113.43"]
    page = document("报表.pdf", [lines])
    scan = page.model_copy(update={"pages": tuple(p.model_copy(update={"source": "ocr"}) for p in page.pages)})
    assert {v.field_id: v.normalized for v in read_statements(scan, load_catalog())} == {"total_assets": 8137.80702}
    assert read_statements(page, load_catalog()) == []


def test_a_statement_whose_columns_name_the_years_in_chinese_numerals(tmp_path: Path):
    """h52: a Hong Kong template's 损益表 heads its columns 「二〇二一年度 | 二〇二二年度 | 二〇二三年度」 (and is in
    traditional characters, read as simplified): the 2023 column is the year's."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.financial import read_statements

    rows = [["項目", "二〇二一年度", "二〇二二年度", "二〇二三年度"], ["營業收入（平台服務）", "2,436.18", "2,874.52", "3,286.40"]]
    document = read_pdf(flow_pdf(tmp_path / "財務報表.pdf", [[
        Line("損益表", 12), Line("截至二〇二三年十二月三十一日止年度 單位：人民幣萬元", 8), Grid(rows, widths=[160, 100, 100, 100])]]))
    facts = {(v.field_id, v.year): v.normalized for v in read_statements(document, load_catalog())}
    assert facts == {("main_business_revenue", 2023): 3286.4}
