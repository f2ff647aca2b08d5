"""A company whose whole business is the platform, and a listed group's subsidiaries (h60, second round
2026-12-06): a note saying all revenue comes from the platform makes the company's statements the
platform's too (doubted); a note under a table saying its 研发支出 are all the platform's makes its figures
the platform's; an annual report's 主要控股参股公司 row whose 主要业务 is the platform gives that subsidiary's
revenue as a bound; a 在研项目 table's platform subtotal of 本期投入金额 is the platform's R&D; an annual
report's 证券代码 is evidence that its company is listed. Without the sentence, the note, the platform in
主要业务 or the code, nothing of the kind is read. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.core.evidence import GROUP_LINE, NEEQ_DOUBT, PREPARED_BY
from assistant.evidence.financial import read_statements
from assistant.evidence.listing import read_listing
from assistant.evidence.platform import read_platform_figures
from assistant.evidence.report_lines import read_report_lines

HEAD = Line("上海示例数字科技有限公司 2023年度审计报告", 8)
INCOME = [["项目", "本期金额", "上期金额"], ["一、营业收入", "296,418,530.62", "241,076,318.45"],
          ["研发费用", "35,124,006.38", "28,302,215.06"], ["三、利润总额", "31,254,860.17", "24,108,339.52"]]
RD = [["项目", "本期发生额", "上期发生额"], ["费用化研发支出", "35,124,006.38", "28,302,215.06"],
      ["资本化研发支出", "8,200,000.00", "6,100,000.00"], ["研发支出合计", "43,324,006.38", "34,402,215.06"]]


def _audit(tmp_path: Path, *, dedicated: bool) -> Path:
    note = ("本公司主营示例工业互联网平台的建设与运营，营业收入全部来源于平台订阅服务及基于平台的解决方案。" if dedicated
            else "本公司主营工业软件与系统集成，兼营示例工业互联网平台；平台业务收入全部来源于平台订阅服务。")
    rd_note = "注：研发支出全部为示例工业互联网平台相关研发项目支出。" if dedicated else "注：以上金额均为含税金额，平台研发按项目归集。"
    return flow_pdf(tmp_path / ("a" if dedicated else "b") / "审计报告.pdf", [
        [HEAD, Line("上海示例数字科技有限公司", 14), Line("2023年度财务报表及审计报告", 14)],
        [HEAD, Line("利润表 2023年度 编制单位：上海示例数字科技有限公司 单位：元"), Grid(INCOME, widths=[160, 120, 120])],
        [HEAD, Line("财务报表附注"), Line("一、公司基本情况"), Line(note, 8)],
        [HEAD, Line("四、财务报表项目注释"), Line("（一）研发支出 单位：元"), Grid(RD, widths=[160, 120, 120]), Line(rd_note, 8)]])


def test_a_company_whose_revenue_is_all_the_platforms(tmp_path: Path):
    catalog = load_catalog()
    values = read_statements(read_pdf(_audit(tmp_path, dedicated=True)), catalog)
    platform = {(v.field_id, v.component): v for v in values if v.scope == "platform"}
    assert {k: v.normalized for k, v in platform.items() if k[0].startswith(("revenue", "platform_revenue"))} == {
        ("revenue", ""): 29641.853062, ("platform_revenue_2023", "2023年平台营收（万元）"): 29641.853062,
        ("platform_revenue_2022", "2022年平台营收（万元）"): 24107.631845}
    revenue = platform[("revenue", "")]
    assert revenue.confidence < 0.8 and "营业收入全部来源于平台" in revenue.reasons[0]
    assert revenue.citations[0].page == 2 and "296,418,530.62" in revenue.citations[0].quote
    assert ("rd_investment", "") not in platform  # 研发费用 leaves out the capitalised part: not the platform's R&D
    assert any(v.field_id == "main_business_revenue" and v.scope == "company" for v in values)  # still the company's


def test_a_company_with_other_business_gives_no_platform_figures(tmp_path: Path):
    values = read_statements(read_pdf(_audit(tmp_path, dedicated=False)), load_catalog())
    assert [v for v in values if v.scope == "platform"] == []


def test_a_note_under_the_rd_table_says_whose_it_is(tmp_path: Path):
    catalog = load_catalog()
    found = read_platform_figures(read_pdf(_audit(tmp_path, dedicated=True)), catalog)
    rd = {v.component: v for v in found if v.field_id == "rd_investment"}
    assert rd[""].normalized == 4332.400638 and rd[""].citations[0].page == 4
    assert "表下注明" in rd[""].reasons[0] and "平台相关研发项目支出" in rd[""].reasons[0]
    assert [v for v in read_platform_figures(read_pdf(_audit(tmp_path, dedicated=False)), catalog)
            if v.field_id == "rd_investment"] == []


GROUP = Line("示例重工集团股份有限公司 2023年年度报告（摘录）", 8)
HOLDINGS = [["公司名称", "公司类型", "主要业务", "注册资本", "营业收入", "净利润"],
            ["上海示例数字科技有限公司", "子公司", "工程机械工业互联网平台建设与运营", "20,000万元", "296,418,530.62", "26,566,631.15"],
            ["示例起重机械有限公司", "子公司", "起重机械研发制造", "80,000万元", "9,551,603,933.20", "528,803,361.15"]]
PROJECTS = [["在研项目名称", "预计总投资规模", "本期投入金额", "累计投入金额", "进展或阶段性成果"],
            ["示例平台V3.0", "35,000,000.00", "12,306,518.40", "26,301,182.26", "已上线"],
            ["船舶能效模块", "15,000,000.00", "5,617,330.02", "8,201,153.30", "试点"],
            ["示例平台相关项目小计", "50,000,000.00", "17,923,848.42", "34,502,335.56", ""]]


def _annual_report(tmp_path: Path, stock: str = "证券代码：609288 证券简称：示例重工") -> Path:
    return flow_pdf(tmp_path / "2023年年度报告（摘录）.pdf", [
        [GROUP, Line(stock), Line("示例重工集团股份有限公司", 14), Line("2023年年度报告（摘录）", 14),
         Line("公司股票在上海证券交易所上市。")],
        [GROUP, Line("六、主要控股参股公司分析"), Line("主要子公司情况 单位：元"),
         Grid(HOLDINGS, widths=[120, 40, 120, 60, 90, 80], size=7)],
        [GROUP, Line("（3）在研项目情况 单位：元"), Grid(PROJECTS, widths=[110, 80, 80, 80, 80], size=7)]])


def test_a_subsidiary_whose_business_is_the_platform(tmp_path: Path):
    values = read_report_lines(read_pdf(_annual_report(tmp_path)), load_catalog())
    assert {(v.field_id, v.normalized) for v in values} == {("revenue", 29641.853062), ("platform_revenue_2023", 29641.853062)}
    revenue = next(v for v in values if v.field_id == "revenue")
    assert revenue.reasons[0].startswith(GROUP_LINE) and f"{PREPARED_BY}上海示例数字科技有限公司" in revenue.reasons
    assert revenue.citations[0].page == 2 and "上海示例数字科技有限公司" in revenue.citations[0].quote


def test_the_platforms_subtotal_of_a_project_table(tmp_path: Path):
    found = read_platform_figures(read_pdf(_annual_report(tmp_path)), load_catalog())
    [rd] = [v for v in found if v.field_id == "rd_investment"]
    assert rd.normalized == 1792.384842 and rd.citations[0].page == 3 and "17,923,848.42" in rd.citations[0].quote


def test_an_annual_reports_stock_code(tmp_path: Path):
    catalog = load_catalog()
    [listed] = read_listing(read_pdf(_annual_report(tmp_path)), catalog)
    assert listed.value == "证券代码：609288" and listed.confidence > 0.9 and listed.citations[0].page == 1
    assert f"{PREPARED_BY}示例重工集团股份有限公司" in listed.reasons and "证券交易所：上海证券交易所" in listed.reasons
    [neeq] = read_listing(read_pdf(_annual_report(tmp_path / "n", "证券代码：873456 全国中小企业股份转让系统挂牌公司")), catalog)
    assert NEEQ_DOUBT in neeq.reasons and neeq.confidence < 0.8
    assert read_listing(read_pdf(_audit(tmp_path, dedicated=True)), catalog) == []  # no code: nothing


def test_a_note_saying_the_companys_rd_expense_is_the_platforms(tmp_path: Path):
    """h94: 「公司营业收入即平台相关营业收入，公司研发费用即平台研发投入」 — the 利润表's 研发费用 is the platform's R&D
    too (doubted as any 研发费用 is); without the second clause it is not."""
    def audit(note: str) -> list:
        path = flow_pdf(tmp_path / f"{len(note)}" / "审计报告.pdf", [
            [HEAD, Line("利润表 2023年度 编制单位：上海示例数字科技有限公司 单位：元"), Grid(INCOME, widths=[160, 120, 120])],
            [HEAD, Line("财务报表附注"), Line(note, 8)]])
        return [v for v in read_statements(read_pdf(path), load_catalog()) if v.field_id == "rd_investment"]

    [rd] = audit("公司主营业务即示例平台的建设与运营，营业收入全部来源于平台订阅服务，公司研发费用即平台研发投入。")
    assert rd.normalized == 3512.400638 and rd.scope == "platform" and not rd.confident
    assert audit("公司主营业务即示例平台的建设与运营，营业收入全部来源于平台订阅服务。") == []
