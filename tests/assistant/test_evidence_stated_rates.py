"""Rates stated by their name in a proof — in sentences (`evidence.stated_rates`) and in the rows of
an indicator table (`evidence.indicator_table`) — on fixtures of our own (tests/fixtures/
make_unseen_fixtures.py), with the traps a careless reader falls into: a part's rate, the company's
rate, another year's rate, a plan, an approximate figure, the growth of another subject."""

from __future__ import annotations

from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.vocabulary import rate_field
from assistant.evidence.indicator_table import read_indicator_tables
from assistant.evidence.stated_rates import read_stated_rates

REPORT = [[
    Line("数字工厂平台2023年度运营情况报告", 14, centred=True),
    Line("一、总体情况。2022年平台社会贡献率为19.40%。公司2023年研发投入强度为6.20%，高于平台所在行业平均水平。", 10),
    Line("行业平均利润率约8%，平台毛利率35.20%；力争2024年底平台国产化率达到95.00%。", 10),
    Line("二、经营效益。2023年平台社会贡献总额1,820.50万元，平台平均资产总额8,400.00万元，", 10),
    Line("社会贡献率为21.67%；平台研发投入1,050.00万元，研发投入强度12.35%。", 10),
    Line("三、自主可控。平台核心工业软件国产化率95.00%，平台整体国产化率达88.20%。", 10),
    Line("四、交易规模。平台交易规模稳步扩大，订单量达到4.2万单，同比增长25.00%；2024年上半年交易额同比增长9.10%。平台交易规模", 10),
    Line("2022年为26.4亿元、2023年为31.2亿元，同比增长18.18%。", 10),
    Line("五、付费转化。截至2024年6月底，平台付费企业1,204家，占平台注册企业总数的12.50%。", 10),
]]


def test_rates_named_in_sentences_are_read_and_their_traps_are_not(tmp_path):
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "运营报告.pdf", REPORT)), read_stated_rates)
    values = {key[0]: f.normalized for key, f in found.items()}
    assert values == {"social_contribution_rate": 21.67, "rd_intensity": 12.35, "localization_rate": 88.2,
                      "transaction_growth": 18.18, "paying_user_share": 12.5}
    # not 2022's 19.40%, the company's 6.20%, the core software's 95.00%, the orders' 25.00%, the
    # plan's 95.00% or the 2024 half-year's 9.10%; read as prose, so a difference is a warning
    rate = found[("localization_rate", "")]
    assert rate.confidence < 0.8 and rate.citations[0].page == 1
    assert rate.citations[0].quote.endswith("88.20%")


def test_a_fall_is_a_negative_growth(tmp_path):
    lines = [[Line("平台GMV（成交总额）2023年为9,800万元，较上年下降4.50%。", 10)]]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "说明.pdf", lines)), read_stated_rates)
    assert {k[0]: f.normalized for k, f in found.items()} == {"transaction_growth": -4.5}


def test_a_growth_whose_subject_stands_right_before_it(tmp_path):
    """h56: 「2023年平台交易规模同比增长18.42%，增幅较上年提高3.20个百分点。」 under the scale's table: the
    subject is in the words before the growth; the change of the growth in 个百分点 is no rate; the
    orders' growth is not the scale's."""
    lines = [[Line("2023年平台交易规模同比增长18.42%，增幅较上年提高3.20个百分点。", 10),
              Line("2023年平台订单量同比增长25.00%。", 10)]]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "交易规模统计.pdf", lines)), read_stated_rates)
    assert {key[0]: f.normalized for key, f in found.items()} == {"transaction_growth": 18.42}


def test_a_rate_after_a_colon_and_a_rate_written_as_a_fraction(tmp_path):
    """h56: 「付费企业占比（付费企业数/注册企业数）：0.1264」 on its own line, the next line starting with a year:
    the figure is 12.64%, and 2023 is not glued onto it. 「投资回报率：0.35」 may be 0.35%: not read."""
    lines = [[Line("注册企业用户 3,560 户，其中付费企业 450 户。", 10),
              Line("付费企业占比（付费企业数/注册企业数）：0.1264", 10),
              Line("2023年平台交易额 5.86亿元，平台社会贡献率：21.67%", 10),
              Line("平台投资回报率：0.35", 10)]]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "运营数据说明.pdf", lines)), read_stated_rates)
    assert {key[0]: f.normalized for key, f in found.items()} == {"paying_user_share": 12.64,
                                                                  "social_contribution_rate": 21.67}
    assert found[("paying_user_share", "")].citations[0].quote.endswith("0.1264")


def test_the_names_of_rates():
    assert rate_field("平台综合国产化率（按投资额加权）") == "localization_rate"
    assert rate_field("国产化率（硬件）") is None  # a part, in brackets
    assert rate_field("核心软件国产化率") is None
    assert rate_field("毛利率") is None
    assert rate_field("付费用户占比(%)") == "paying_user_share"
    assert rate_field("GMV同比增速") == "transaction_growth"
    assert rate_field("存储资源利用率") == "storage_utilization"
    assert rate_field("平台软硬件综合国产化率为") == "localization_rate"  # h20's assessment report


def test_rate_rows_of_an_indicator_table(tmp_path):
    table = [[Line("平台关键指标说明（截至2024年6月30日）", 12),
              Grid([["指标", "数值", "单位"],
                    ["平台综合国产化率（按投资额加权）", "86.40%", ""],
                    ["硬件国产化率", "80.50%", ""],
                    ["研发投入强度", "5.10%", ""],
                    ["平台利润率", "11.80", "%"],
                    ["存储资源利用率", "0.61", ""]], widths=[200, 100, 60])]]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "指标说明.pdf", table)), read_indicator_tables)
    values = {key[0]: f.normalized for key, f in found.items()}
    # the part (硬件), a company-or-platform rate not said to be the platform's, and a bare 0.61
    # (a fraction or a rate with its unit left out: not said) give nothing
    assert values == {"localization_rate": 86.4, "profit_margin": 11.8}
    # the notice's own label is read with confidence; a rate in other words with a doubt on its 口径
    assert found[("profit_margin", "")].confident and not found[("localization_rate", "")].confident


def test_a_charts_note_in_sentences_is_read_and_its_tiles_are_left_to_the_caption_reader():
    from fixtures.make_list_fixtures import ocr_document

    from assistant.evidence.prose import read_prose_figures

    chart = [[
        [("平台注册企业与服务企业（年末数）", 60)],
        [("在网设备", 60), ("注册企业", 300)],
        [("21,480台", 60), ("1,902家", 300)],
        [("2021", 60), ("2022", 200), ("2023", 340)],
        [("截至2024年6月：注册企业2,146家，实际服务企业1,508家；付费企业占注册企业的12.40%", 60)],
    ]]
    document = ocr_document("用户增长图.png", chart, line_height=30)
    found = cited_facts(document, lambda d, c: read_prose_figures(d, c, sentences_only=True))
    assert {k[0]: f.normalized for k, f in found.items()} == {"enterprise_users_registered": 2146,
                                                            "enterprises_served": 1508}
    rates = cited_facts(document, lambda d, c: read_stated_rates(d, c, sentences_only=True))
    assert {k[0]: f.normalized for k, f in rates.items()} == {"paying_user_share": 12.4}
    # h43: one clause closed by 「。」 under a scanned table, the bracket's 5 no second figure of it
    chart[0][4] = [("其中：活跃机理模型（一周调用5次以上）58个。", 60)]
    found = cited_facts(ocr_document("统计表.png", chart, line_height=30),
                        lambda d, c: read_prose_figures(d, c, sentences_only=True))
    assert {k[0]: f.normalized for k, f in found.items()} == {"models_active": 58}


def test_a_sentence_about_one_kind_of_app_is_not_the_total(tmp_path):
    from assistant.evidence.prose import read_prose_figures

    lines = [[Line("平台上架应用市场的工具类软件28个，研发设计类APP 41个。平台累计上架各类工业APP 186个。", 10)]]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "应用清单说明.pdf", lines)), read_prose_figures)
    assert {k[0]: f.normalized for k, f in found.items()} == {"apps_total": 186}


def test_a_report_that_mentions_the_form_in_a_sentence_is_no_form(tmp_path):
    """h20: an annual operations report closing with 「本报告中“服务企业”口径与申报表一致」 was taken for
    the 申报表, so none of its figures were read as evidence; a form's title stands on a line of its own."""
    from assistant.package.classify import classify
    from assistant.package.model import FileRole

    report = [[Line("平台2023—2024年度运营报告", 14, centred=True),
               Line("截至2024年6月30日，平台累计接入各类工业设备5,280台（套），实际服务企业3,120家。", 10),
               Line("说明：本报告中“服务企业”口径与申报表一致；订阅数量中私有部署按用户数计。", 10)]]
    assert classify(read_pdf(flow_pdf(tmp_path / "佐证02-年度运营报告.pdf", report))).role is FileRole.other_evidence
    form = [[Line("上海市工业互联网平台应用水平评价申报表", 14, centred=True), Line("一、企业基本情况", 11),
             Line("申报单位名称：某某科技有限公司", 10)]]
    assert classify(read_pdf(flow_pdf(tmp_path / "附件2.pdf", form))).role is FileRole.application_form


def test_a_statement_whose_row_names_the_forms_figure_is_no_form(tmp_path):
    """h29: a finance department's 收入确认说明 closing its reconciliation with the row 「四、平台相关营业收入
    （万元） 1458.91 申报表填报数」 was taken for a second 申报表, and none of its figures were evidence."""
    from assistant.package.classify import classify
    from assistant.package.model import FileRole

    note = [[Line("关于平台2023年度业务收入确认情况的说明", 14, centred=True),
             Line("收入确认原则：订阅服务按合同约定服务期分期确认。", 10),
             Line("三、2023年度确认收入（不含税） 14,589,128.93 与合同清单合计一致", 10),
             Line("四、平台相关营业收入（万元） 1458.91 申报表填报数", 10)]]
    assert classify(read_pdf(flow_pdf(tmp_path / "3-1 收入确认说明.pdf", note))).role is not FileRole.application_form


def test_an_operations_reports_sentences_name_public_cloud_daily_running_and_developers(tmp_path):
    """h20: 「…累计接入各类工业设备26,480台（套），其中通过公有云接入9,860台（套），近一年日均上传运行数据的设备
    7,124台（套）」 and 「注册开发者3,160名」: the public cloud's part, the daily running count (the notice's
    only one), developers counted in 名; a private deployment's part and a live count are not read."""
    from assistant.evidence.prose import read_prose_figures

    lines = [[Line("截至2024年6月30日，平台累计接入各类工业设备18,240台（套），其中通过公有云接入6,310台", 10),
              Line("（套），近一年日均上传运行数据的设备4,872台（套），其中私有化部署接入11,930台（套）。", 10),
              Line("平台在线设备3,906台。平台注册开发者2,150名，其中活跃开发者615名。", 10)]]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "运营报告.pdf", lines)), read_prose_figures)
    assert {k[0]: f.normalized for k, f in found.items()} == {
        "devices_total": 18240, "devices_public_cloud": 6310, "devices_public_cloud_daily_running": 4872,
        "developers_registered": 2150, "developers_active": 615}


def test_models_by_appendix_d_category_closed_by_a_total_and_an_aside_with_a_number(tmp_path):
    """h15: 「模型类别（附录D） | 平台内称谓 | 数量（个） | 其中活跃」 closed by 「合计 | 268 | 131」 gives the
    models and the active ones; 「活跃模型（近一周调用5次以上）76个」: the bracket's 5次 is no figure."""
    from assistant.evidence.column_totals import read_column_totals
    from assistant.evidence.prose import read_prose_figures

    table = [[Line("平台工业模型目录（汇总）", 12),
              Grid([["模型类别（附录D）", "平台内称谓", "数量（个）", "其中活跃"],
                    ["数据算法模型", "故障预测算法", "84", "41"], ["行业机理模型", "诊断模型", "117", "57"],
                    ["研发仿真模型", "主机性能仿真", "38", "19"], ["业务流程模型", "工单流程模型", "29", "14"],
                    ["合计", "", "268", "131"]], widths=[110, 110, 70, 70]),
              Line("活跃模型（近一周调用5次以上）76个；平台已部署微服务1,024个。", 10)]]
    document = read_pdf(flow_pdf(tmp_path / "模型目录.pdf", table))
    totals = {k[0]: f.normalized for k, f in cited_facts(document, read_column_totals).items()}
    assert totals == {"models_total": 268, "models_active": 131}
    prose = {k[0]: f.normalized for k, f in cited_facts(document, read_prose_figures).items()}
    assert prose == {"models_active": 76, "microservices_total": 1024}
    # two figures in one clause (joined by 、): each read (h14's long 申报书 once lost every figure to this)
    listed = read_pdf(flow_pdf(tmp_path / "说明.pdf", [[Line("平台注册企业用户1,865家、实际服务企业1,248家。", 10)]]))
    assert {k[0]: f.normalized for k, f in cited_facts(listed, read_prose_figures).items()} == {
        "enterprise_users_registered": 1865, "enterprises_served": 1248}
    # a bracket holding the figure itself is no aside
    titled = read_pdf(flow_pdf(tmp_path / "指数.pdf", [[Line("平台现有特色指数（共5个）", 12)]]))
    assert {k[0]: f.normalized for k, f in cited_facts(titled, read_prose_figures).items()} == {"featured_indices": 5}


def test_a_rate_its_formula_defines_in_the_clause_before(tmp_path):
    """h32: 「设备利用率＝日均运行设备数÷接入设备总数，为66.99%」 — the rate named by its formula."""
    text = ["近一年平台接入设备日均在线运行2,184台/套。设备利用率＝日均运行设备数÷接入设备总数，为66.99%。",
            "按客户数计，付费客户数÷注册客户数，为12.40%。"]  # a formula naming no rate: nothing
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "运行.pdf", [[Line(t, 9) for t in text]])), read_stated_rates)
    assert {k[0]: f.normalized for k, f in facts.items()} == {"device_utilization": 66.99}
    assert facts["device_utilization", ""].citations[0].quote == "为66.99%"


def test_a_rate_named_before_its_formula_after_a_tables_last_line(tmp_path):
    """h41: 「其中：海外合计 1,106」 ⏎ 「平台连接工业设备利用率＝公有云日均运行设备数÷公有云接入设备数＝73.43%」 —
    the lines of an unruled table run on into the formula's sentence."""
    lines = [[Line("区域 接入数量 其中：公有云", 9), Line("上海 9,581 3,801", 9), Line("其中：海外合计 1,106", 9),
              Line("平台连接工业设备利用率＝公有云日均运行设备数÷公有云接入设备数＝73.43%", 9)]]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "设备统计.pdf", lines)), read_stated_rates)
    assert {k[0]: f.normalized for k, f in facts.items()} == {"device_utilization": 73.43}


def test_a_stated_utilisation_lists_its_two_counts_as_inputs(tmp_path):
    """h32: under 「合计 3,260」 a device report says 「日均在线运行2,184台/套…设备利用率＝日均运行设备数÷接入设备总数，
    为66.99%」: the rate, and its two counts listed under it as its inputs."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.lists import read_lists
    from assistant.evidence.utilization_inputs import (
        RUNNING_INPUT,
        TOTAL_INPUT,
        utilization_inputs,
    )

    grid = [["设备二级分类", "接入设备数（台/套）"], ["轻工设备", "2,316"], ["物流设备", "586"], ["仪器仪表", "358"],
            ["合计", "3,260"]]
    page = [Line("平台设备接入与运行统计报告"), Line("一、接入规模"), Grid(grid, widths=[150, 120]), Line("二、运行情况"),
            Line("近一年平台接入设备日均在线运行2,184台/套。设备利用率＝日均运行设备数÷接入设备总数，为66.99%。", 9)]
    document = read_pdf(flow_pdf(tmp_path / "设备接入统计报告.pdf", [page]))
    catalog = load_catalog()
    values = read_lists(document, catalog) + read_stated_rates(document, catalog)
    inputs = {v.component: v.normalized for v in utilization_inputs(document, values, catalog)}
    assert inputs == {TOTAL_INPUT: 3260, RUNNING_INPUT: 2184}
    no_rate = [v for v in values if v.field_id != "device_utilization"]
    assert utilization_inputs(document, no_rate, catalog) == []  # no rate stated: no inputs of it
