"""Tables of the notice's indicators in a 情况说明 (「指标 | 数值 | 口径」), scanned or typed: a blind
package's 运营数据情况说明 held 服务本市企业数量, 平台订单数量 and 工业APP订阅总金额 that way, and
none was read. A row is read only when its label is the notice's and its value one number in a
fitting unit."""

from __future__ import annotations

from fixtures.make_list_fixtures import ocr_document

from assistant.catalog.notice import load_catalog
from assistant.evidence.indicator_table import read_indicator_tables
from extractors.reader import read_file


def rows(*cells: tuple[str, ...]) -> list[list[tuple[str, float]]]:
    return [[(text, 60 + 200 * i) for i, text in enumerate(row)] for row in cells]


def facts(document):
    return {v.field_id: v for v in read_indicator_tables(document, load_catalog())}


def test_a_scanned_statement_table_gives_each_notice_indicator_with_its_period():
    page = rows(("关于平台运营数据的情况说明",), ("指标", "数值", "口径"),
                ("服务本市企业数量", "702家", "注册地在上海"),
                ("平台订单数量", "4,820个", "2023年自然年"),
                ("工业APP订阅总金额", "3,268.50万元", "自运营以来累计"),
                ("服务中小企业数量", "641家", "工信部联企业〔2011〕300号"))  # a note with numbers is a note
    found = facts(ocr_document("运营数据说明.pdf", [page]))
    assert found["enterprises_served_shanghai"].normalized == 702
    assert found["orders_last_year"].normalized == 4820 and found["orders_last_year"].period == "2023年自然年"
    assert found["app_subscription_amount"].normalized == 3268.5
    assert found["enterprises_served_sme"].normalized == 641
    cited = found["orders_last_year"].citations[0]
    assert cited.page == 1 and cited.quote == "4,820个"
    assert found["orders_last_year"].method == "ocr_figure"


def test_money_in_yuan_is_converted_and_a_bare_number_for_money_says_nothing():
    page = rows(("工业APP订阅总金额", "32,685,000元"), ("平台相关研发投入", "1,860"))
    found = facts(ocr_document("说明.pdf", [page]))
    assert found["app_subscription_amount"].normalized == 3268.5
    assert "rd_investment" not in found  # 1,860 of what unit? not read


def test_rows_that_are_not_one_plain_figure_say_nothing():
    page = rows(("注册企业用户数", "约1,200家"),  # approximate
                ("服务本市企业数量", "占比56%"),  # a share, not the count
                ("实际服务企业数", "968家，其中付费352家"),  # two numbers
                ("服务企业情况", "968家"),  # not a notice label
                ("工业APP订阅总数量", "3,268.50万元"),  # money for a count
                ("付费企业数", "352家", "298家"),  # two columns of figures: which year is not said
                ("实际服务企业数", "812家", "2022年末"),  # another year than the form's
                ("行业机理模型", "38"), ("设备运维模型（个）", "14"),  # one kind of model (h31), not the library
                ("其中：公有云（台）", "112"))  # under 平台实际用云量 (h39): servers are 台 too, no devices
    assert facts(ocr_document("说明.pdf", [page])) == {}
    assert facts(ocr_document("说明.pdf", [rows(("工业机理模型", "112"))]))["models_total"].normalized == 112
    # h38: a text export's list heading 「软件著作权清单（共 17 项）」 split at its spaces is the list's, not a row
    assert facts(ocr_document("导出.txt", [rows(("软件著作权清单（共", "17", "项）"))])) == {}



def test_new_jobs_in_a_social_insurance_proof(tmp_path):
    """h30: 「本期新增参保人数 | 64 | 2023年1月-2024年6月」 (the range's dash was read as a figure),
    「平台建设与运营带动新增就业人数 | 86 | 2021年以来新增参保」 (since 2021 is no other year), and the
    new insured read as the new jobs with that doubt; the staff's totals are no new jobs."""
    page = rows(("社会保险参保人员增减情况证明",), ("项目", "人数", "期间"), ("期初参保人数", "168", "2023年1月"),
                ("本期新增参保人数", "64", "2023年1月-2024年6月"), ("期末参保人数", "223", "2024年6月"))
    found = facts(ocr_document("社保证明.pdf", [page]))
    assert found["jobs_created"].normalized == 64 and not found["jobs_created"].confident
    page = rows(("项目", "人数（人）", "备注"), ("公司在岗职工总数", "312", "截至2024年6月"),
                ("平台建设与运营带动新增就业人数", "86", "2021年以来新增参保"))
    found = facts(ocr_document("就业说明.pdf", [page]))
    assert found["jobs_created"].normalized == 86 and found["jobs_created"].confidence == 1.0


def test_a_typed_docx_table_is_read_the_same(tmp_path):
    from docx import Document as Docx

    path = tmp_path / "运营数据说明.docx"
    doc = Docx()
    doc.add_paragraph("平台运营数据说明")
    table = doc.add_table(rows=3, cols=3)
    for r, values in enumerate((("指标", "数值", "口径"), ("服务中小企业数量", "641家", "截至填表日"),
                                ("注册企业用户数", "1,240家", "截至填表日累计"))):
        for c, text in enumerate(values):
            table.cell(r, c).text = text
    doc.save(path)
    found = facts(read_file(path))
    assert found["enterprises_served_sme"].normalized == 641
    assert found["enterprise_users_registered"].normalized == 1240
    assert found["enterprise_users_registered"].method == "table_row"


def test_labels_that_open_with_their_period(tmp_path):
    """h19: a system export of 「label | value」 rows whose labels say their period first: both readings
    of the order count kept apart, the 2023 growth of the transaction scale read with the unit its
    label prints, and a quarter's, a cumulative and another year's figures left alone."""
    from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

    rows = [["2023年自然年订单数（个）", "286450"], ["截至填表日前一年（2023年7月—2024年6月）订单数（个）", "301228"],
            ["2024年第一季度订单数（个）", "72106"], ["平台上线以来累计订单数（个）", "1286400"],
            ["2022年交易规模增长率（%）", "9.8"], ["2023年交易规模增长率（%）", "12.4"],
            ["2024年一季度交易额同比增长率（%）", "42.6"]]
    document = read_pdf(flow_pdf(tmp_path / "订单统计.pdf", [[Line("平台订单统计（系统导出）", 12),
                                                               Grid([["项目", "数值"], *rows], widths=[260, 90])]]))
    facts = read_indicator_tables(document, load_catalog())
    assert sorted((f.field_id, f.period, f.normalized) for f in facts) == [
        ("orders_last_year", "2023年自然年", 286450), ("orders_last_year", "截至填表日前一年", 301228),
        ("transaction_growth", "2023年", 12.4)]


def test_a_comparison_with_last_year_is_read_in_this_years_column(tmp_path):
    """h40: a second-year applicant's 「统计项 | 截至2023年6月30日 | 截至2024年6月30日 | 变化」 (or 上年 | 本年):
    each row's figure is this year's, never last year's."""
    page = rows(("统计项", "截至2023年6月30日", "截至2024年6月30日", "变化"),
                ("接入工业设备（台/套）", "14,980", "18,426", "增长23.00%"),
                ("注册开发者（个）", "3,120", "3,860", "增长23.72%"))
    found = facts(ocr_document("统计表.pdf", [page]))
    assert (found["devices_total"].normalized, found["developers_registered"].normalized) == (18426, 3860)
    page = rows(("统计项", "本年（2024年6月）", "上年（2023年6月）"), ("上架工业APP（个）", "284", "262"))
    assert facts(ocr_document("统计表.pdf", [page]))["apps_total"].normalized == 284
    page = rows(("统计项", "截至2021年6月30日", "截至2022年6月30日"), ("上架工业APP（个）", "284", "262"))
    assert facts(ocr_document("旧表.pdf", [page])) == {}  # two years before the form's: no column of them


def test_one_moment_beside_what_changed_since(tmp_path):
    """h55: 「指标 | 截至2024年6月30日 | 较上年末增长」 — the figure is the moment's, never the increment (an
    applicant who filled 工业协议 with the 58 added since was not seen: nothing of the table was read)."""
    page = rows(("指标", "截至2024年6月30日", "较上年末增长"), ("注册企业用户数（家）", "3,560", "512"),
                ("工业协议兼容适配数量（种）", "326", "58"))
    found = facts(ocr_document("运营指标统计.pdf", [page]))
    assert (found["enterprise_users_registered"].normalized, found["protocols_supported"].normalized) == (3560, 326)
    page = rows(("指标", "截至2022年6月30日", "较上年末增长"), ("注册企业用户数（家）", "3,560", "512"))
    assert facts(ocr_document("旧表.pdf", [page])) == {}  # a moment before the form's years: no column


def test_money_rows_in_the_unit_their_page_states(tmp_path):
    """h56: a platform note's 「平台建设投入合计 | 3,260.00」 under 「注：本表金额单位为万元」, 「工业APP订阅累计金额 — —
    12,864,000.00」 under 「单位：元」, 「平台累计建设投入 | 23.50」 under 「单位：人民币百万元」, and a 续 page whose unit
    was printed only on the page before: each read in its page's unit, in 万元."""
    from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

    def read(name, pages):
        return {f.field_id: f.normalized for f in read_indicator_tables(read_pdf(flow_pdf(tmp_path / name, pages)),
                                                                       load_catalog())}
    grid = Grid([["项目", "金额"], ["平台建设投入合计", "3,260.00"], ["工业APP累计订阅金额", "436.80"],
                 ["杀手锏APP月均收入", "14.20"]], widths=[200, 100])
    assert read("万元.pdf", [[Line("二、平台建设投入及订阅收入"), grid, Line("注：本表金额单位为万元。", 9)]]) == {
        "platform_build_amount": 3260, "app_subscription_amount": 436.8, "killer_apps_monthly_revenue": 14.2}
    yuan = Grid([["项目", "2021年度", "2022年度", "2023年度"], ["工业APP订阅累计金额", "—", "—", "12,864,000.00"]],
                widths=[160, 90, 90, 110])
    assert read("元.pdf", [[Line("关于平台业务收入的专项说明"), Line("单位：元", 9), yuan]]) == {"app_subscription_amount": 1286.4}
    first = [Line("平台经营数据专项说明"), Line("金额单位：万元", 9), Grid([["项目", "金额"], ["平台建设金额", "5,680.00"]]),
             Line("（续下页）", 9)]
    second = [Line("表2 平台研发投入与利润（续）"), Grid([["项目", "金额"], ["杀手锏APP月均收入", "21.34"]])]
    assert read("续.pdf", [first, second]) == {"platform_build_amount": 5680, "killer_apps_monthly_revenue": 21.34}
    assert read("无单位.pdf", [[grid]]) == {}  # no unit said anywhere: a bare number for 万元 says nothing


def test_a_two_column_tables_unit_in_its_value_header(tmp_path):
    """h73a: 「项目 | 数量（TB）」 over 「存储总容量 | 1,200.00」 in a typed 说明 (unruled lines): the TB is the header's;
    a line of another shape under the table ends it."""
    from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

    items = [Line("平台云资源及存储使用情况说明", 12), Line("二、存储资源"), Line("项目 数量（TB）"), Line("存储总容量 1,200.00"),
             Line("已存储工业数据量 738.46"), Line("其中：公有云存储数据量 214.30"),
             Line("说明：存储总容量含私有化部署涉及容量420.00TB。"), Line("注册企业用户 1,250")]
    found = facts(read_pdf(flow_pdf(tmp_path / "说明.pdf", [items])))
    assert (found["storage_capacity"].normalized, found["storage_capacity"].unit) == (1200.0, "TB")
    assert found["stored_industrial_data"].normalized == 738.46 and found["public_cloud_data"].normalized == 214.3
    assert found["enterprise_users_registered"].unit == ""  # after the table, no TB


def test_a_part_row_is_read_with_the_whole_above_it():
    """「其中：原生开发」 names how, the row above it what (h87): a part of an indicator is another indicator;
    a part of a row that names none (「境外小计」), or one that is a kind of its whole, says nothing."""
    page = rows(("指标", "数值", "单位"),
                ("上架应用（已上线）", "540", "个"),
                ("其中：原生开发", "301", "个"),
                ("其中：公有云上线", "275", "个"),
                ("境外小计", "88", "台"),
                ("其中：私有化部署设备", "1,200", "台"))
    found = facts(ocr_document("运营月报.pdf", [page]))
    assert found["apps_total"].normalized == 540
    assert found["apps_platform_native"].normalized == 301
    assert found["apps_public_cloud"].normalized == 275
    assert "devices_overseas" not in found and "devices_total" not in found
    kinds = rows(("工业机理模型", "112", "个"), ("其中：行业机理模型", "38", "个"))
    assert {f: v.normalized for f, v in facts(ocr_document("说明.pdf", [kinds])).items()} == {"models_total": 112}
