"""Shapes of proofs met in a third blind holdout (2026-12-03), each rebuilt here on fixtures of our
own (tests/fixtures/make_unseen_fixtures.py, make_list_fixtures.py; not the eval-set generator):

- a table caption set tight on the table (its brackets dipping below the top rule) must not
  leak into the header cells;
- platform notes: four year columns in 元; 「本年数（2023年度）| 上年数（2022年度）| 备注」; a
  「构成项目 | 金额」 table under a heading naming the year; 「项目 | 2023年初 | 2023年末 | 平均资产
  总额」; items across with one row of figures below; a sub-heading without a unit under a 附表
  whose 单位 was stated above (read, with a doubt);
- statements titled 「合并利润表（节选）」 or named inside a line 「二、财务报表 合并资产负债表 … 单位：元」;
- a 运营数据证明 letter in prose; a 统计表 「序号 | 统计项 | 数值 | 单位」;
- a letter with one content cue is a proof, not the 申报表;
- an IP list under 「证书号/登记号」 columns whose headings say 专利 / 软件著作权, its header repeated
  on every page, closed by 「知识产权合计」.
"""

from __future__ import annotations

import pytest
from fixtures.make_list_fixtures import ocr_document
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.core.evidence import CONFIDENT
from assistant.evidence.financial import read_statements
from assistant.evidence.indicator_table import read_indicator_tables
from assistant.evidence.lists import read_lists
from assistant.evidence.platform import read_platform_figures
from assistant.evidence.prose import read_prose_figures
from assistant.package.classify import classify
from assistant.package.model import FileRole

read, facts = read_pdf, cited_facts  # the helpers these tests share


YEARS_IN_YUAN = [Line("附件：关于工业互联网平台业务财务数据的专项说明", 12),
                 Line("表一 平台业务主要财务数据（单位：元）", 10, gap=0),
                 Grid([["项目", "2020年度", "2021年度", "2022年度", "2023年度"],
                       ["平台相关营业收入", "142,365,118.40", "161,087,245.96", "186,553,012.73", "219,874,612.38"],
                       ["平台相关营业成本", "82,571,768.67", "93,430,602.66", "108,200,747.38", "127,527,275.18"],
                       ["平台利润总额", "13,502,744.18", "16,330,215.40", "19,884,603.27", "24,186,207.65"]],
                      widths=[110, 95, 95, 95, 95]),
                 Line("表二 2023年度平台社会贡献总额构成（单位：元）", 10, gap=0),
                 Grid([["构成项目", "金额"], ["职工薪酬", "21,846,330.52"], ["社会贡献总额合计", "59,232,156.01"]],
                      widths=[250, 240]),
                 Line("表三 平台相关资产（单位：元）", 10, gap=0),
                 Grid([["项目", "2023年初", "2023年末", "平均资产总额"],
                       ["平台相关资产总额", "312,805,540.18", "359,441,706.93", "336,123,623.56"]],
                      widths=[130, 120, 120, 120])]


def test_a_caption_tight_on_its_table_stays_out_of_the_header_cells(tmp_path):
    document = read(flow_pdf(tmp_path / "note.pdf", [YEARS_IN_YUAN]))
    headers = [table.rows[0] for table in document.tables]
    assert headers[0] == ("项目", "2020年度", "2021年度", "2022年度", "2023年度")
    assert headers[1] == ("构成项目", "金额")
    assert not any("（" in cell or "）" in cell for header in headers for cell in header)


def test_platform_note_of_four_years_in_yuan_with_its_social_contribution_and_assets(tmp_path):
    platform = facts(read(flow_pdf(tmp_path / "note.pdf", [YEARS_IN_YUAN])), read_platform_figures)
    assert platform[("revenue", "")].normalized == pytest.approx(21987.461238)
    assert platform[("platform_revenue_2021", "2021年平台营收（万元）")].normalized == pytest.approx(16108.724596)
    assert platform[("profit_margin", "平台利润总额（万元）")].normalized == pytest.approx(2418.620765)
    social = platform[("social_contribution_rate", "社会贡献总额（万元）")]
    assert social.normalized == pytest.approx(5923.215601) and social.year == 2023  # the heading's year
    assert platform[("social_contribution_rate", "平均资产总额（万元）")].normalized == pytest.approx(33612.362356)
    assert platform[("social_contribution_rate", "资产总计期初（万元）")].normalized == pytest.approx(31280.554018)
    # 职工薪酬 is a part of the 社会贡献总额 and the cost row no item: neither is read
    assert all(f.normalized not in (pytest.approx(2184.633052), pytest.approx(12752.727518)) for f in platform.values())


def test_this_year_and_last_year_columns_with_a_notes_column(tmp_path):
    note = [Line("专项审计报告", 12), Line("表1 平台业务主要财务指标（金额单位：人民币万元）", 10),
            Grid([["项目", "本年数（2023年度）", "上年数（2022年度）", "备注"],
                  ["平台业务营业收入", "4,862.03", "3,590.28", "船位数据订阅、指数服务"],
                  ["平台业务研发投入", "985.21", "812.44", "费用化及资本化合计"],
                  ["平台社会贡献总额", "1,160.42", "—", "工资、社保、利息、税金及净利润"],
                  ["平台相关资产（年初）", "8,640.26", "—", ""],
                  ["平台平均资产总额", "9,464.15", "—", "（年初+年末）÷2"]], widths=[130, 110, 110, 140])]
    platform = facts(read(flow_pdf(tmp_path / "special.pdf", [note])), read_platform_figures)
    assert platform[("revenue", "")].normalized == pytest.approx(4862.03)
    assert platform[("platform_revenue_2022", "2022年平台营收（万元）")].normalized == pytest.approx(3590.28)
    assert platform[("rd_investment", "")].normalized == pytest.approx(985.21)
    assert platform[("social_contribution_rate", "社会贡献总额（万元）")].normalized == pytest.approx(1160.42)
    assert platform[("social_contribution_rate", "资产总计期初（万元）")].normalized == pytest.approx(8640.26)
    assert platform[("social_contribution_rate", "平均资产总额（万元）")].normalized == pytest.approx(9464.15)


def test_items_across_with_one_row_of_figures_under_a_year_heading(tmp_path):
    note = [Line("平台收入拆分测算说明", 12), Line("表2 平台社会贡献率测算（2023年度，单位：万元）", 10),
            Grid([["社会贡献总额", "平台资产年初", "平台资产年末", "平均资产总额", "社会贡献率"],
                  ["833.06", "5,260.43", "6,188.02", "5,724.23", "14.55%"]], widths=[100, 100, 100, 100, 90])]
    platform = facts(read(flow_pdf(tmp_path / "split.pdf", [note])), read_platform_figures)
    assert platform[("social_contribution_rate", "社会贡献总额（万元）")].normalized == pytest.approx(833.06)
    assert platform[("social_contribution_rate", "资产总计期末（万元）")].normalized == pytest.approx(6188.02)
    assert platform[("social_contribution_rate", "平均资产总额（万元）")].year == 2023


def test_a_sub_heading_without_a_unit_takes_the_one_above_with_a_doubt(tmp_path):
    note = [Line("附表：工业互联网平台业务专项审核表", 12), Line("单位：人民币元", 9),
            Grid([["项目", "2022年度", "2023年度"], ["平台业务营业收入", "69,904,716.35", "86,203,508.12"]],
                 widths=[170, 160, 160]),
            Line("平台业务社会贡献及资产情况（2023年度）", 10),
            Grid([["项目", "金额"], ["社会贡献总额", "21,508,334.61"], ["平均资产总额", "234,869,385.12"]],
                 widths=[250, 240])]
    platform = facts(read(flow_pdf(tmp_path / "annex.pdf", [note])), read_platform_figures)
    assert platform[("revenue", "")].confident  # its own unit line
    social = platform[("social_contribution_rate", "社会贡献总额（万元）")]
    assert social.normalized == pytest.approx(2150.833461) and social.unit == "元"
    assert social.confidence < CONFIDENT and any("沿用上文" in r for r in social.doubts())


def test_statements_titled_as_excerpts_or_inside_a_line(tmp_path):
    pages = [[Line("二、财务报表   合并资产负债表   2023年12月31日   单位：元", 10),
              Grid([["项目", "2023年12月31日", "2022年12月31日"], ["资产总计", "3,821,604,558.92", "3,904,225,106.33"]],
                   widths=[170, 160, 160])],
             [Line("合并利润表（节选）", 12), Line("编制单位：某某股份有限公司   2023年度   单位：元", 9),
              Grid([["项目", "本期发生额", "上期发生额"], ["一、营业收入", "1,642,508,337.19", "1,581,904,226.74"],
                    ["三、利润总额", "178,602,337.84", "162,558,220.19"]], widths=[170, 160, 160])]]
    company = facts(read(flow_pdf(tmp_path / "annual.pdf", pages)), read_statements)
    assert company[("total_assets", "")].normalized == pytest.approx(382160.455892)
    assert company[("total_profit", "")].normalized == pytest.approx(17860.233784)
    assert {f.scope for f in company.values()} == {"company"}


def test_one_financial_statements_title_over_a_balance_part_and_an_income_part(tmp_path):
    # holdout 4: 「附：公司财务报表（摘要）」, then 期末余额/期初余额 rows and 本期发生额/上期发生额 rows.
    page = [Line("附：公司财务报表（摘要）", 12), Line("单位：元", 9),
            Grid([["项目", "期末余额", "期初余额"], ["货币资金", "515,557,394.53", "394,035,995.06"],
                  ["资产总计", "2,864,207,678.83", "2,317,859,015.36"]], widths=[170, 160, 160]),
            Grid([["项目", "本期发生额", "上期发生额"], ["营业收入", "3,128,846,028.13", "2,263,998,585.66"],
                  ["利润总额", "118,623,492.49", "107,947,414.02"]], widths=[170, 160, 160])]
    company = facts(read(flow_pdf(tmp_path / "E1.pdf", [page])), read_statements)
    assert company[("total_assets", "")].normalized == pytest.approx(286420.767883)
    assert company[("total_profit", "")].normalized == pytest.approx(11862.349249)
    assert {f.scope for f in company.values()} == {"company"}
    # the same words as a reference in prose are no statement
    prose = [Line("审计意见：后附的财务报表在所有重大方面按照企业会计准则编制。", 10),
             Grid([["项目", "期末余额"], ["资产总计", "1,000.00"]], widths=[250, 240])]
    assert facts(read(flow_pdf(tmp_path / "opinion.pdf", [prose])), read_statements) == {}


LETTER = [Line("关于平台运营数据的证明", 12), Line("上海市经济和信息化委员会：", 10),
          Line("截至2024年6月30日，某某工业互联网平台（原名称：“某某”平台）累计接入工业设备86,420台（套），", 9),
          Line("其中私有化部署涉及的相关数量31,200台（套），基于公有云连接的工业设备41,860台（套）。", 9),
          Line("平台注册企业用户4,860家，其中实际服务企业3,126家，服务上海企业1,204家。平台开发者注册", 9),
          Line("总数6,420个。预计2024年底平台注册企业用户将达6,000家。海外设备（越南、泰国）合计3,864台（套）。", 9),
          Line("以上数据来源于平台运营管理后台统计，特此证明。", 9)]


def test_a_letter_of_proof_is_read_clause_by_clause_with_a_doubt(tmp_path):
    found = facts(read(flow_pdf(tmp_path / "letter.pdf", [LETTER])), read_prose_figures)
    values = {field: fact.normalized for (field, _c), fact in found.items()}
    assert values == {"devices_total": 86420, "devices_public_cloud": 41860, "enterprise_users_registered": 4860,
                      "enterprises_served": 3126, "developers_registered": 6420, "devices_overseas": 3864,
                      "enterprises_served_shanghai": 1204}  # 服务上海企业: the 本市 part is an indicator
    # not read: the private part, the plan (预计 … 将达)
    assert all(f.confidence < CONFIDENT and f.scope == "platform" for f in found.values())
    assert found[("developers_registered", "")].citations[0].quote.endswith("6,420个")  # wrapped over two lines
    assert found[("devices_overseas", "")].citations[0].quote == "海外设备（越南、泰国）合计3,864台"
    assert found[("enterprises_served", "")].citations[0].quote == "实际服务企业3,126家"


def test_a_letter_naming_the_served_enterprises_parts_the_notice_counts(tmp_path):
    # holdout 4: 本市 and 中小企业 are parts of 实际服务企业数 that are indicators of their own;
    # another region stays a part, never read.
    letter = [Line("平台运营数据证明", 12),
              Line("平台累计实际服务企业12,480家，其中上海市企业3,210家，江苏企业2,054家，服务中小企业", 9),
              Line("10,935家，付费企业4,162家。", 9)]
    found = facts(read(flow_pdf(tmp_path / "letter.pdf", [letter])), read_prose_figures)
    values = {field: fact.normalized for (field, _c), fact in found.items()}
    assert values == {"enterprises_served": 12480, "enterprises_served_shanghai": 3210,
                      "enterprises_served_sme": 10935, "enterprises_paying": 4162}
    assert found[("enterprises_served_shanghai", "")].citations[0].quote == "上海市企业3,210家"


def test_a_letter_with_one_content_cue_is_a_proof_not_the_form(tmp_path):
    document = read(flow_pdf(tmp_path / "运营数据证明.pdf", [LETTER]))
    assert classify(document).role == FileRole.other_evidence


@pytest.mark.parametrize("reference", ["上述数据统计口径与《申报表》填报指引一致。", "详见《申报书》第二章。"])
def test_a_letter_naming_the_forms_in_quotes_is_a_proof(tmp_path, reference):
    # 《申报表》 / 《申报书》 in a letter refers to the forms; only a title makes a file one of them
    # (holdout 4's letter was taken for the 申报表, and its five figures were never evidence).
    letter = [Line("平台运营数据证明", 12), Line("兹证明，平台累计注册企业用户31,560家，实际服务企业12,480家。", 10),
              Line(reference, 10), Line("特此证明。", 10)]
    assert classify(read(flow_pdf(tmp_path / "02.pdf", [letter]))).role == FileRole.other_evidence


def test_a_statistics_table_with_serial_and_unit_columns():
    rows = [[(text, 60 + 110 * i) for i, text in enumerate(row)] for row in (
        ("序号", "统计项", "数值", "单位"), ("1", "接入工业设备总数", "23,580", "台（套）"),
        ("2", "其中：公有云接入设备", "23,580", "台（套）"), ("4", "海外设备接入", "1,123", "台（套）"),
        ("5", "注册企业用户", "2,036", "家"), ("8", "工业机理模型", "218", "个"),
        ("9", "服务企业情况", "968", "家"),  # a topic, not the thing counted
        ("10", "平台相关研发投入", "1,386.20", "万元"))]
    found = {v.field_id: v for v in read_indicator_tables(ocr_document("统计表.pdf", [rows]), load_catalog())}
    assert {k: v.normalized for k, v in found.items()} == {
        "devices_total": 23580, "devices_public_cloud": 23580, "devices_overseas": 1123,
        "enterprise_users_registered": 2036, "models_total": 218, "rd_investment": 1386.2}


def _ip_rows(kind: str, count: int, first: int, last: int) -> list[list[str]]:
    label = "发明专利" if kind == "patent" else "软件著作权"
    number = (lambda k: f"ZL20231{k:07d}.1") if kind == "patent" else (lambda k: f"2023SR{k:07d}")
    return [[str(k), f"{'一种方法' if kind == 'patent' else '管理软件V1.0'}{k}", label, number(k), "某某科技有限公司", "2023.01.01"]
            for k in range(first, last + 1)]


def test_patent_and_software_lists_under_one_column_set_each_counted_under_its_heading(tmp_path):
    header = ["序号", "名称", "类型", "证书号/登记号", "权利人", "授权/登记日期"]
    widths = [30, 130, 60, 110, 110, 70]
    pages = [[Line("平台核心软硬件技术知识产权清单", 12), Line("一、专利（共12项）", 10),
              Grid([header, *_ip_rows("patent", 12, 1, 12)], widths=widths),
              Line("二、软件著作权（共30项）", 10), Grid([header, *_ip_rows("software", 30, 1, 10)], widths=widths)],
             [Grid([header, *_ip_rows("software", 30, 11, 20)], widths=widths)],  # the header again, every page
             [Grid([header, *_ip_rows("software", 30, 21, 30)], widths=widths), Line("知识产权合计：42项", 10)]]
    found = {v.field_id: v for v in read_lists(read(flow_pdf(tmp_path / "ip.pdf", pages)), load_catalog())}
    assert (found["patents"].normalized, found["software_copyrights"].normalized) == (12, 30)
    assert found["patents"].status == found["software_copyrights"].status == "found"  # 42 is both lists together
    assert found["software_copyrights"].citations[0].quote == "二、软件著作权（共30项）"
    assert found["patents"].citations[0].page == 1


def test_item_and_amount_table_whose_labels_open_with_the_year(tmp_path):
    # A fourth blind holdout: 「项目 | 金额」 under a heading with no year, each label naming its own
    # year (「2023年度平台营业收入 | 3,285.16」); 净利润 after 利润总额 does not replace it.
    note = [Line("平台业务专项说明", 12), Line("一、平台业务主要财务数据", 10), Line("金额单位：万元", 10),
            Grid([["项目", "金额"], ["2023年度平台营业收入", "3,285.16"], ["2022年度平台营业收入", "2,460.30"],
                  ["2021年度平台营业收入", "1,738.45"], ["2023年度平台研发投入", "612.88"],
                  ["2023年度平台利润总额", "395.42"], ["2023年度平台净利润", "336.11"],
                  ["平台营业收入", "9,999.99"]], widths=[250, 240])]
    platform = facts(read(flow_pdf(tmp_path / "amounts.pdf", [note])), read_platform_figures)
    assert platform[("revenue", "")].normalized == pytest.approx(3285.16)
    assert platform[("revenue", "")].year == 2023
    assert platform[("platform_revenue_2021", "2021年平台营收（万元）")].normalized == pytest.approx(1738.45)
    assert platform[("rd_investment", "")].normalized == pytest.approx(612.88)
    assert platform[("profit_margin", "平台利润总额（万元）")].normalized == pytest.approx(395.42)
    # a label without a year under a heading without one gives nothing
    assert all(f.normalized != pytest.approx(9999.99) for f in platform.values())


def test_platform_figures_stated_only_in_the_notes_prose(tmp_path):
    # holdout 4: an audit report's 附注 in sentences — several years in one sentence, a sentence
    # wrapped over lines, the 社会贡献总额 as the 合计 of a list of its parts (whose 净利润 is no
    # profit figure), and an assets sentence with no year of its own.
    notes = [Line("财务报表附注（节选）", 12), Line("十六、工业互联网平台业务分部信息", 10),
             Line("2023 年度，平台相关营业收入为 28,366.0459 万元，2022 年度为 24,915.7220 万元，2021", 9),
             Line("年度为 21,460.3791 万元。", 9),
             Line("2023 年度，平台相关研发投入为 3,842.6643 万元，全部计入当期损益；平台业务实现利润总额", 9),
             Line("5,102.3682 万元。", 9),
             Line("平台业务 2023 年度社会贡献总额由以下项目构成：工资 7,126.40 万元；净利润 4,245.13 万元，", 9),
             Line("合计 15,043.26 万元。", 9),
             Line("平台业务相关资产年初余额为 41,250.38 万元，年末余额为 46,922.14 万元，平均资产总额为", 9),
             Line("44,086.26 万元。", 9),
             Line("预计 2024 年度平台相关营业收入将达 35,000.00 万元。", 9)]
    platform = facts(read(flow_pdf(tmp_path / "notes.pdf", [notes])), read_platform_figures)
    values = {key: round(f.normalized, 4) for key, f in platform.items()}
    assert values == {
        ("revenue", ""): 28366.0459, ("platform_revenue_2023", "2023年平台营收（万元）"): 28366.0459,
        ("platform_revenue_2022", "2022年平台营收（万元）"): 24915.722,
        ("platform_revenue_2021", "2021年平台营收（万元）"): 21460.3791,
        ("rd_investment", ""): 3842.6643,
        ("profit_margin", "平台利润总额（万元）"): 5102.3682, ("roi", "平台年利润（万元）"): 5102.3682,
        ("social_contribution_rate", "社会贡献总额（万元）"): 15043.26,
        ("social_contribution_rate", "资产总计期初（万元）"): 41250.38,
        ("social_contribution_rate", "资产总计期末（万元）"): 46922.14,
        ("social_contribution_rate", "平均资产总额（万元）"): 44086.26}
    assets = platform[("social_contribution_rate", "平均资产总额（万元）")]
    assert assets.confidence < CONFIDENT and any("沿用上一句的2023年" in r for r in assets.doubts())
    assert platform[("revenue", "")].confident


@pytest.mark.parametrize(("caption", "field"), [
    ("服务中小企业", "enterprises_served_sme"), ("其中上海市企业", "enterprises_served_shanghai"),
    ("服务本市企业", "enterprises_served_shanghai"), ("服务上海企业", "enterprises_served_shanghai"),
    # honours and titles that name a region or 中小企业 count nothing (a clean blind package's
    # honours list gave 「上海市“工赋链主”培育企业 | 2023.05」 as 服务本市企业数量: a false error)
    ("上海市“工赋链主”培育企业", None), ("上海市专精特新中小企业", None), ("本市以外企业", None),
])
def test_captions_of_the_served_enterprises_parts(caption, field):
    from assistant.catalog.vocabulary import caption_field

    assert caption_field(caption) == field


def test_a_date_beside_a_name_is_no_count():
    rows = [[(text, 60 + 150 * i) for i, text in enumerate(row)] for row in (
        ("序号", "奖项/荣誉名称", "获奖时间"), ("3", "上海市服务企业", "2023.05"), ("4", "注册企业用户", "2,036"))]
    found = {v.field_id: v.normalized for v in read_indicator_tables(ocr_document("荣誉.pdf", [rows]), load_catalog())}
    assert found == {"enterprise_users_registered": 2036}
