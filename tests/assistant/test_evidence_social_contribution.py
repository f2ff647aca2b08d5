"""社会贡献总额's build-up (h32, first met 2026-12-05): a 明细表 in PDF (万元, a 序号 column) or a workbook
in 元 with a 备注 column and a SUM-formula 合计 the workbook holds no value for. Fixtures are our own."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.social_contribution import read_social_contribution
from extractors.reader import read_file

ITEMS = [("工资（含奖金、津贴等工资性收入）", "1,268.40"), ("劳保退休统筹及其他社会福利支出", "286.52"),
         ("利息支出净额", "12.36"), ("应交增值税", "204.18"), ("产品销售税金及附加", "24.50"),
         ("应交所得税及其他税", "96.42"), ("净利润", "562.80")]


def test_a_build_up_table_gives_each_item_its_total_and_the_average_assets(tmp_path: Path):
    rows = [["序号", "社会贡献总额构成项目", "2023年度金额（万元）"],
            *[[str(n), name, amount] for n, (name, amount) in enumerate(ITEMS, start=1)],
            ["", "社会贡献总额合计", "2,455.18"]]
    page = [Line("某某平台2023年度社会贡献总额明细表"), Line("口径：某某工业互联网平台业务单元"), Grid(rows),
            Grid([["项目", "金额（万元）"], ["平均资产总额", "9,090.48"]])]
    facts = {f.component: f for f in read_social_contribution(read_pdf(flow_pdf(tmp_path / "明细表.pdf", [page])),
                                                              load_catalog())}
    assert {k: f.normalized for k, f in facts.items()} == {
        "工资（万元）": 1268.40, "劳保退休统筹及其他社会福利支出（万元）": 286.52, "利息支出净额（万元）": 12.36,
        "应交增值税（万元）": 204.18, "产品销售税金及附加（万元）": 24.50, "应交所得税及其他税（万元）": 96.42,
        "净利润（万元）": 562.80, "社会贡献总额（万元）": 2455.18, "平均资产总额（万元）": 9090.48}
    assert {f.scope for f in facts.values()} == {"platform"} and facts["净利润（万元）"].citations[0].quote == "562.80"


def test_a_workbook_in_yuan_with_notes_and_a_loss(tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某某平台 2023年度社会贡献率测算表"])
    sheet.append(["构成项目", "金额（元）", "备注"])
    for name, amount in [("工资", 28643000), ("劳保退休统筹及其他社会福利支出", 6124800), ("应交增值税", 2956600),
                         ("净利润", -4867200)]:
        sheet.append([name, amount, "平台业务单元全年发生额"])
    sheet.append(["社会贡献总额合计", "=SUM(B3:B6)", ""])  # no cached value: not read
    book.save(path := tmp_path / "测算表.xlsx")
    facts = {f.component: f.normalized for f in read_social_contribution(read_file(path), load_catalog())}
    assert facts == {"工资（万元）": 2864.3, "劳保退休统筹及其他社会福利支出（万元）": 612.48, "应交增值税（万元）": 295.66,
                     "净利润（万元）": -486.72}


def test_a_company_statement_naming_no_social_contribution_gives_nothing(tmp_path: Path):
    page = [Line("利润表"), Line("单位：元"), Grid([["项目", "本期金额"], ["净利润", "6,481,300.00"], ["应交增值税", "1.00"],
                                                   ["工资", "2.00"]])]
    assert read_social_contribution(read_pdf(flow_pdf(tmp_path / "利润表.pdf", [page])), load_catalog()) == []
