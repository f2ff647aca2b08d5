"""Form reading across layouts: a reader tuned to one layout fails here.

Each form is a real DOCX/XLSX built in tmp_path and read by the real readers; OCR grids are built
from OCR-line blocks laid out as a scanned table would be.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Docx

from assistant.catalog.notice import load_catalog
from assistant.forms.reader import FormReader
from assistant.forms.summary_table import SummaryTableReader
from eval_sets.generator.fonts import cjk_ttf
from extractors.model import BBox, Block, Document, Page, Span
from extractors.options import ReadOptions
from extractors.reader import read_file

OPTIONS = ReadOptions(render_docx=False, ocr=False)


@pytest.fixture(scope="module")
def reader() -> FormReader:
    return FormReader(load_catalog())


def _docx(path: Path, tables: list[list[list[str]]], paragraphs: list[str] = (), merges=()) -> Document:
    doc = Docx()
    for text in paragraphs:
        doc.add_paragraph(text)
    for rows in tables:
        grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
        for (r0, c0), (r1, c1) in merges:
            grid.cell(r0, c0).merge(grid.cell(r1, c1))
    doc.save(path)
    return read_file(path, path.name, OPTIONS)


def _by_field(values) -> dict[str, object]:
    return {v.field_id: v for v in values}


def test_standard_indicator_table_with_merged_path_columns(tmp_path, reader):
    rows = [
        ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况1", "证明资料2"],
        ["一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "157", "附件3-1 第2页"],
        ["", "", "", "其中：运维人数（人）", "99", "附件3-1 第2页"],
        ["", "", "", "运营人数（人）", "58", ""],
        ["", "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "6670.79", "附件3-2 审计报告 第9页"],
    ]
    doc = _docx(tmp_path / "form.docx", [rows], merges=[((1, 0), (4, 0)), ((1, 1), (3, 1)), ((1, 2), (3, 2))])
    values = _by_field(reader.read_form(doc))
    assert values["staff_total"].raw == "157"
    assert values["staff_ops_maintenance"].raw == "99"
    assert values["staff_operations"].raw == "58"
    assert values["staff_operations"].proof == ""  # a proof column exists, left empty
    assert values["revenue"].raw == "6670.79"
    assert values["revenue"].proof == "附件3-2 审计报告 第9页"
    citation = values["revenue"].citations[0]
    assert citation.file == "form.docx" and citation.quote == "6670.79" and citation.page is None
    assert "表1" in citation.locator or citation.locator


def test_one_answer_cell_merged_over_two_rows_answers_each_by_its_own_clause(tmp_path, reader):
    """h22: 「运维人员112人；运营人员58人（含销售、客服）」 in one answer cell merged down over 「其中：运维人数（人）」
    and 「运营人数（人）」 — each row takes the clause naming its people; a text merged over two questions
    (平台定位, 政策方向) answers both, whole."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"],
        ["一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "面向船舶动力装备的行业型平台，符合政策方向。", ""],
        ["", "", "", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "", ""],
        ["", "", "1.1.2 规划制定", "平台团队总人数（人）", "176", ""],
        ["", "", "", "其中：运维人数（人）", "运维人员112人；运营人员58人（含销售、客服）", ""],
        ["", "", "", "运营人数（人）", "", ""],
    ]
    doc = _docx(tmp_path / "form.docx", [rows], merges=[((4, 4), (5, 4)), ((1, 4), (2, 4))])
    values = _by_field(reader.read_form(doc))
    assert values["staff_ops_maintenance"].raw == "运维人员112人"
    assert values["staff_operations"].raw == "运营人员58人（含销售、客服）"
    assert values["staff_total"].raw == "176"
    assert values["policy_alignment"].raw == values["strategic_positioning"].raw == "面向船舶动力装备的行业型平台，符合政策方向。"


def test_reordered_columns_missing_proof_and_dropped_path_columns(tmp_path, reader):
    reordered = [
        ["内容", "证明资料", "平台实际情况"],
        ["平台团队总人数（人）", "劳动合同名单", "143"],
        ["平台相关研发投入（万元）", "审计报告第12页", "1,234.50"],
    ]
    values = _by_field(reader.read_form(_docx(tmp_path / "a.docx", [reordered])))
    assert values["staff_total"].raw == "143" and values["staff_total"].proof == "劳动合同名单"
    assert values["rd_investment"].raw == "1,234.50"

    no_proof = [["内容", "平台实际情况"], ["工业协议兼容适配数量（个）", "86"]]
    values = _by_field(reader.read_form(_docx(tmp_path / "b.docx", [no_proof])))
    assert values["protocols_supported"].raw == "86"
    assert values["protocols_supported"].proof is None  # no column at all: not "left empty"


def test_proof_written_inside_the_answer_cell(tmp_path, reader):
    # A two-column 「指标（单位）| 填报内容」 form: the reference follows the answer in its cell, after a
    # tag on its own line, after a colon on its own line, or bracketed at the end (a blind package
    # had the tag; read as a breakdown item it gave 36 false errors on a clean package).
    rows = [
        ["指标（单位）", "填报内容"],
        ["按省市区域统计服务企业数（个）", "上海：3,210、江苏：3,082、越南Vietnam：26\n【证明资料】证明材料02 平台运营数据证明"],
        ["平台团队总人数（人）", "698\n证明资料：无书面证明，现场核查时提供"],
        ["工业协议兼容适配数量（个）", "186（证明材料：附件3-5 第2页）"],
        ["平台相关营业收入（万元）", "28,366.05 【佐证材料】审计报告（节选）第5-6页"],
        ["平台定位是否明确", "面向钢铁领域的行业级平台，证明材料详见申报书"],
    ]
    values = _by_field(reader.read_form(_docx(tmp_path / "inline.docx", [rows])))
    regions = values["enterprises_served_by_region"]
    assert regions.raw == "上海：3,210、江苏：3,082、越南Vietnam：26"
    assert regions.proof == "证明材料02 平台运营数据证明"
    assert (values["staff_total"].raw, values["staff_total"].proof) == ("698", "无书面证明，现场核查时提供")
    assert (values["protocols_supported"].raw, values["protocols_supported"].proof) == ("186", "附件3-5 第2页")
    assert (values["revenue"].raw, values["revenue"].proof) == ("28,366.05", "审计报告（节选）第5-6页")
    # 证明材料 in the middle of an answer's sentence is part of the answer.
    assert values["strategic_positioning"].raw == "面向钢铁领域的行业级平台，证明材料详见申报书"
    assert values["strategic_positioning"].proof is None


def test_a_numbered_table_of_figures_with_units_apart_and_a_proof_number_column(tmp_path, reader):
    # A fifth blind package: 编号 | 三级指标 | 数值 | 单位 | 证明材料编号, the 三级指标 cell opening with its
    # 二级指标 「战略定位｜…」. Unread, 61 of 103 附件4 rows were empty and the proof column "missing".
    rows = [
        ["编号", "三级指标", "数值", "单位", "证明材料编号"],
        ["1.1.1-1", "战略定位｜平台定位是否明确", "面向船舶设计制造领域的行业级平台", "—", "申报书二"],
        ["1.1.2-5", "平台团队｜平台团队总人数", "170", "人", "ZM03"],
        ["2.1.1-1", "设备连接｜连接的工业设备/产品/产线种类及数量", "18640", "台/套", ""],
    ]
    values = _by_field(reader.read_form(_docx(tmp_path / "numbered.docx", [rows])))
    assert (values["staff_total"].raw, values["staff_total"].proof) == ("170", "ZM03")
    assert values["strategic_positioning"].raw == "面向船舶设计制造领域的行业级平台"
    assert values["devices_total"].raw == "18640" and values["devices_total"].proof == ""  # a column, left empty


def test_headers_of_two_names_and_numbered_labels(tmp_path, reader):
    # holdout 7: 编号 | 评价指标（内容） | 数值/情况 | 单位 | 证明材料 — read without its header, every proof
    # was missing and a clean package was told its 证明资料 column was absent.
    rows = [
        ["编号", "评价指标（内容）", "数值/情况", "单位", "证明材料"],
        ["1.1", "战略定位及规划"],
        ["1.1.2-3", "平台团队总人数", "133", "人", "ZM-3 运营驾驶舱截图"],
        ["1.2.1-1", "平台相关研发投入", "2,670.84", "万元", "ZM-1 审计报告 第4-5页"],
    ]
    values = _by_field(reader.read_form(_docx(tmp_path / "two_names.docx", [rows])))
    assert (values["staff_total"].raw, values["staff_total"].proof) == ("133", "ZM-3 运营驾驶舱截图")
    assert (values["rd_investment"].raw, values["rd_investment"].proof) == ("2,670.84", "ZM-1 审计报告 第4-5页")


def test_the_value_column_before_the_label_and_a_year_before_the_value_header(tmp_path, reader):
    # holdout 7: 「填写内容 | 项目」 with each answer left of its label, and 「序号 | 指标 | 单位 | 2024年填报值 |
    # 证明材料」 — both unread, their answers came from the stamped scan, cut at its line ends.
    basics = [["填写内容", "项目"], ["https://www.hemudu-iip.example.cn（评审账号：a；密码：b）", "平台网址"],
              ["□自建  ☑合作共建，合作企业名称（必填）：上海织联云信息技术有限公司", "平台建设方式"]]
    indicators = [["序号", "指标", "单位", "2024年填报值", "证明材料"],
                  ["（三）3", "按省市区域统计工业设备数量", "台/套", "上海：11093、越南Vietnam：2073、印度尼西亚Indonesia：1244", "04_后台导出"]]
    values = _by_field(reader.read_form(_docx(tmp_path / "reversed.docx", [basics, indicators])))
    assert values["platform_url"].raw.startswith("https://www.hemudu-iip.example.cn")
    assert "☑合作共建" in values["construction_mode"].raw
    assert values["devices_by_region"].raw.endswith("印度尼西亚Indonesia：1244")
    assert values["devices_by_region"].proof == "04_后台导出"


def test_labels_retyped_with_the_unit_before_them(tmp_path, reader):
    # holdout 7: 「(%) 平台利润率」, 「(台/套) 按省市区域统计工业设备数量」 — 46 rows unread, a planted
    # breakdown error and a formula error with them.
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"],
            ["一、平台基础情况", "1.2 资金投入", "1.2.2 经营情况", "(%) 平台利润率", "19.34", "E1 第4-5页"],
            ["二、关键技术能力", "2.1 资源汇聚", "2.1.1 设备连接", "(台/套) 按省市区域统计工业设备数量",
             "上海 448；北京 1,525；江苏 1,310", "E4_设备统计"]]
    values = _by_field(reader.read_form(_docx(tmp_path / "unit_first.docx", [rows])))
    assert values["profit_margin"].raw == "19.34" and values["profit_margin"].proof == "E1 第4-5页"
    assert values["devices_by_region"].raw == "上海 448；北京 1,525；江苏 1,310"


def test_a_separate_table_of_proofs_gives_proofs_never_answers(tmp_path, reader):
    # A fifth blind package: the indicator table has no 证明资料 column; a 指标证明资料对照表 after it
    # lists 「平台交易规模年增长率（%） | HX-E2」. Read as a pair, HX-E2 became the blank answer's
    # value and hid a planted 空项 error.
    indicators = [["二级指标", "三级指标", "内容", "平台实际情况"],
                  ["2.2 平台运营", "2.2.1 交易规模", "平台交易规模年增长率（%）", ""],
                  ["1.1 平台团队", "1.1.2 团队", "平台团队总人数（人）", "88人"]]
    proofs = [["指标", "证明资料"], ["平台交易规模年增长率（%）", "HX-E2"], ["平台团队总人数（人）", "HX-E2 第1页"]]
    values = _by_field(reader.read_form(_docx(tmp_path / "separate.docx", [indicators, proofs])))
    assert (values["transaction_growth"].raw, values["transaction_growth"].proof) == ("", "HX-E2")
    assert (values["staff_total"].raw, values["staff_total"].proof) == ("88人", "HX-E2 第1页")


def test_labels_written_differently_still_match(tmp_path, reader):
    rows = [
        ["内容", "平台实际情况", "证明资料"],
        ["按二级分类统计公有云工业设\n备数量（台/套）", "采矿设备：10、化工设备：20", "附件5"],  # wrapped inside the cell
        ["公有云工业设备连接数量(台/套)", "30", ""],  # half-width brackets, no 其中：
        ["工业APP 数量（个）", "总数 320 个，其中私有化部署涉及的相关数量 20 个", ""],
    ]
    values = _by_field(reader.read_form(_docx(tmp_path / "c.docx", [rows])))
    assert values["devices_public_cloud_by_category"].raw == "采矿设备：10、化工设备：20"
    assert values["devices_public_cloud"].raw == "30"
    assert values["apps_total"].raw.startswith("总数 320 个")


def test_key_value_and_vertical_layouts_of_the_basic_sections(tmp_path, reader):
    enterprise = [
        ["单位（企业）名称", "上海华兴数字科技有限公司", "单位（企业）代码", "91310000MA1K000000"],
        ["总资产（万元）", "主营业务收入（万元）", "利润总额（万元）", "税金（万元）"],
        ["52000.00", "31000.50", "2100.00", "380.25"],
    ]
    platform = [
        ["平台名称", "华兴数字易维讯工程机械工业互联网平台"],
        ["建设时间", "2019 年 3 月至 2023 年 12 月"],
        ["平台近三年经营指标情况", "2021 年平台营收 4200.00 万元/增长率 12.00%\n2022 年平台营收 5100.00 万元/增长率 21.43%\n"
                            "2023 年平台营收 6670.79 万元/增长率 30.80%"],
        ["平台建设方式", "□ 自建\n☑ 合作共建，合作企业名称（必填）：上海某某科技有限公司"],
    ]
    doc = _docx(tmp_path / "basic.docx", [enterprise, platform],
                paragraphs=["平台名称：华兴数字易维讯工程机械工业互联网平台", "申报单位：上海华兴数字科技有限公司（公章）"])
    values = _by_field(reader.read_form(doc))
    assert values["enterprise_name"].raw == "上海华兴数字科技有限公司"
    assert values["enterprise_code"].raw == "91310000MA1K000000"
    assert values["total_assets"].raw == "52000.00" and values["taxes"].raw == "380.25"
    assert values["main_business_revenue"].raw == "31000.50"
    assert values["cover_platform_name"].raw == "华兴数字易维讯工程机械工业互联网平台"
    assert values["applicant"].raw == "上海华兴数字科技有限公司"  # （公章） is template text
    assert values["platform_name"].raw == "华兴数字易维讯工程机械工业互联网平台"
    assert values["construction_period"].raw.startswith("2019 年 3 月")
    assert values["platform_revenue_2023"].raw == "6670.79 万元"
    assert values["platform_revenue_growth_2022"].raw == "21.43%"
    assert values["partner_enterprise"].raw == "上海某某科技有限公司"
    assert "☑ 合作共建" in values["construction_mode"].raw


def test_a_careful_applicants_own_wordings_of_the_basic_rows(tmp_path, reader):
    """h75's shapes: two fields in one label cell split at a slash, head counts worded with 人员, and
    平台建设成效's prose that tells a year's revenue (it is no revenue line: the row has its own label)."""
    enterprise = [["法定代表人", "沈立群", "联系人 / 职务", "周敏 / 平台运营部经理"],
                  ["联系人手机", "13916620418", "传真", "021-58953312"]]
    platform = [
        ["平台近三年经营指标情况", "2021年平台营收3,846.20万元/增长率12.85%\n2022年平台营收4,412.75万元/增长率14.73%\n"
                            "2023年平台营收5,108.36万元/增长率15.76%"],
        ["平台建设成效", "平台使客户设备运维成本平均下降17.84%。2023年平台营收5,108.36万元，同比增长15.76%，带动新增就业320人。"],
    ]
    indicators = [["内容", "平台实际情况", "证明资料"], ["平台团队人员总数（人）", "126", "附件3-7 第1页"],
                  ["其中：运维人员（人）", "74", "附件3-7 第1页"], ["运营人员（人）", "52", "附件3-7 第1页"]]
    doc = _docx(tmp_path / "own.docx", [enterprise, platform, indicators])
    values = _by_field(reader.read_form(doc))
    assert values["enterprise_contact"].raw == "周敏" and values["contact_title"].raw == "平台运营部经理"
    assert values["contact_title"].citations[0].quote.startswith("周敏")
    assert values["platform_outcomes"].raw.startswith("平台使客户设备运维成本")
    assert values["platform_revenue_2023"].raw == "5,108.36万元"
    assert (values["staff_total"].raw, values["staff_ops_maintenance"].raw, values["staff_operations"].raw) == ("126", "74", "52")
    # the row's other label and answer read as before
    assert values["fax"].raw == "021-58953312"


def test_a_cover_line_laid_across_the_forms_first_row_yields_to_the_form(tmp_path, reader):
    """h22: 「申报单位：… | 联系人：吴晓晨 13621875304」 over the form's table, whose own row says 「联系人 / 职务 |
    吴晓晨 / 总经理助理」: the cover's line with the phone run on is no answer of 联系人 while the form has one."""
    enterprise = [["申报单位：上海碳索能源服务股份有限公司", "", "", "联系人：吴晓晨 13621875304"],
                  ["单位（企业）名称", "上海碳索能源服务股份有限公司", "单位（企业）代码", "91310105MA1FW3RX6D"],
                  ["法定代表人", "陆明哲", "联系人 / 职务", "吴晓晨 / 总经理助理"]]
    values = _by_field(reader.read_form(_docx(tmp_path / "cover.docx", [enterprise])))
    assert values["enterprise_contact"].raw == "吴晓晨" and values["contact_title"].raw == "总经理助理"
    alone = _by_field(reader.read_form(_docx(tmp_path / "alone.docx", [enterprise[:2]])))
    assert alone["enterprise_contact"].raw == "吴晓晨 13621875304"  # with no other reading, the line's


def test_blank_answers_stay_blank(tmp_path, reader):
    rows = [["内容", "平台实际情况", "证明资料"], ["合作平台数量（个）", "", ""]]
    values = _by_field(reader.read_form(_docx(tmp_path / "d.docx", [rows])))
    assert values["partner_platforms"].raw == ""
    assert values["partner_platforms"].citations  # the label is still cited, so the blank can be found


def test_applicant_summary_table_from_xlsx(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["平台基本情况汇总表"])
    sheet.append(["序号", "15"])
    sheet.append(["平台相关营业收入（万元）", 6670.79])
    sheet.append(["平台是否建立安全管理体系 是/否", "是"])
    sheet.append(["合作平台数量（个）", 12])
    path = tmp_path / "汇总表.xlsx"
    book.save(path)
    values = {v.summary_label: v for v in SummaryTableReader(load_catalog()).read(read_file(path, path.name, OPTIONS))}
    assert values["平台相关营业收入（万元）"].raw == "6670.79"
    assert values["平台是否建立安全管理体系"].raw == "是"
    assert values["合作平台数量（个）"].raw == "12"
    assert values["合作平台数量（个）"].citations[0].locator.endswith("!B5")


def test_summary_breakdowns_answered_on_an_annexed_sheet(tmp_path):
    """h73d: the 汇总表's breakdown rows say 「详见附表1-1」 and the entries stand on a second sheet under
    「附表1-1 按二级分类统计工业设备数量（台/套）」, a 合计 under them; 附表1-10 is not 附表1-1."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["栏次", "指标项", "填报内容"])
    sheet.append(["26", "按二级分类统计工业设备数量（台/套）", "详见附表1-1"])
    sheet.append(["41", "按分类统计工业APP数量（个）", "详见附表1-10"])
    sheet.append(["27", "按省市区域统计工业设备数量（台/套）", "详见附表9"])  # no such table: the reference stays
    annex = book.create_sheet("附表1 分类统计明细")
    for row in (["附表1-1　按二级分类统计工业设备数量（台/套）"], ["类别/区域", "数量"], ["机器人", 8649], ["机床", 5757],
                ["合计", 14406], [], ["附表1-10　按分类统计工业APP数量（个）"], ["类别", "数量"], ["生产制造", 79]):
        annex.append(row)
    path = tmp_path / "汇总表.xlsx"
    book.save(path)
    values = {v.summary_label: v for v in SummaryTableReader(load_catalog()).read(read_file(path, path.name, OPTIONS))}
    devices = values["按二级分类统计工业设备数量（台/套）"]
    assert devices.raw == "机器人：8649、机床：5757" and devices.citations[0].locator == "附表1 分类统计明细!A3"
    assert values["按分类统计工业APP数量（个）"].raw == "生产制造：79"
    assert values["按省市区域统计工业设备数量（台/套）"].raw == "详见附表9"


def test_summary_table_with_a_column_of_how_to_answer(tmp_path):
    # A fifth blind package: 项目 | 填写说明 | 填写内容, the 说明 「请根据附件6中平台对应序号填写」 beside
    # 序号 3 was read as the answer 6 (a false 序号 error), the cell after it skipped.
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["平台基本情况汇总表"])
    sheet.append(["项目", "填写说明", "填写内容"])
    sheet.append(["序号", "请根据附件6中平台对应序号填写", "3"])
    sheet.append(["平台相关营业收入（万元）", None, 6670.79])
    sheet.append(["合作平台数量（个）", "填写数字，单位：个", 12])
    path = tmp_path / "汇总表.xlsx"
    book.save(path)
    values = {v.summary_label: v for v in SummaryTableReader(load_catalog()).read(read_file(path, path.name, OPTIONS))}
    assert values["序号"].raw == "3" and values["序号"].citations[0].locator.endswith("!C3")
    assert values["平台相关营业收入（万元）"].raw == "6670.79"
    assert values["合作平台数量（个）"].raw == "12"


def _ocr_page(lines: list[tuple[str, float, float]]) -> Document:
    """A scanned page: OCR lines with boxes (text, x0, top); each line 12 pt high."""
    text_parts, blocks, offset = [], [], 0
    for i, (text, x0, top) in enumerate(lines):
        blocks.append(Block(id=f"d:p1:b{i}", kind="ocr_line", text=text, span=Span(start=offset, end=offset + len(text)),
                            bbox=BBox(x0=x0, top=top, x1=x0 + 12 * len(text), bottom=top + 12)))
        text_parts.append(text)
        offset += len(text) + 1
    page = Page(number=1, text="\n".join(text_parts), blocks=tuple(blocks), source="ocr", width=595, height=842)
    return Document(id="d" * 64, path="扫描件.pdf", format="pdf", pagination="physical", pages=(page,))


def test_scanned_form_rebuilt_from_ocr_boxes(reader):
    doc = _ocr_page([
        ("内容", 60, 100), ("平台实际情况", 300, 100), ("证明资料", 450, 100),
        ("平台团队总人数（人）", 60, 130), ("157", 300, 131), ("附件3第2页", 450, 130),
        ("其中：运维人数（人）", 60, 160), ("99", 300, 159),
        ("注册企业用户数（个）", 60, 190), ("1250", 300, 190), ("截图", 450, 191),
    ])
    values = _by_field(reader.read_form(doc))
    assert values["staff_total"].raw == "157"
    assert values["staff_total"].proof == "附件3第2页"
    assert values["staff_ops_maintenance"].raw == "99" and values["staff_ops_maintenance"].proof == ""
    assert values["enterprise_users_registered"].raw == "1250"
    citation = values["enterprise_users_registered"].citations[0]
    assert citation.page == 1 and citation.bbox is not None and citation.quote == "1250"


def test_a_scanned_cells_wrapped_lines_read_top_to_bottom(reader):
    """h75: the answer's second line sits in its label's row with the third, a hair further left;
    read by left edge it gave 「越南Vietnam：118」+「96、安徽」 = 11896."""
    doc = _ocr_page([
        ("内容", 60, 100), ("平台实际情况", 300, 100), ("证明资料", 450, 100),
        ("按省市区域统计工业设备数量（台/套）", 60, 130), ("江苏：1,889、宁波：1", 300, 126),
        ("96、安徽：811", 299.5, 134), ("附件3-2", 450, 130),
    ])
    values = _by_field(reader.read_form(doc))
    assert values["devices_by_region"].raw == "江苏：1,889、宁波：196、安徽：811"


def test_form_as_text_pdf_with_ruled_table(tmp_path, reader):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    if "wqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("wqy", str(cjk_ttf()), subfontIndex=0))
    rows = [["内容", "平台实际情况", "证明资料"],
            ["注册企业用户数（个）", "1250", "附件3-3 第1页"],
            ["其中：实际服务企业数（个）", "980", "附件3-3 第1页"],
            ["平台相关营业收入（万元）", "6,670.79", "附件3-1 第9页"]]
    table = Table(rows, colWidths=[200, 120, 140])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "wqy", 10), ("GRID", (0, 0), (-1, -1), 0.8, colors.black)]))
    path = tmp_path / "申报表.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    document = read_file(path, path.name, OPTIONS)
    values = _by_field(reader.read_form(document))
    assert values["enterprise_users_registered"].raw == "1250"
    assert values["enterprises_served"].raw == "980"
    assert values["revenue"].raw == "6,670.79" and values["revenue"].proof == "附件3-1 第9页"
    citation = values["revenue"].citations[0]
    assert citation.page == 1 and citation.bbox is not None
    page = document.pages[0]
    assert page.text[citation.span.start : citation.span.end] == citation.quote


def test_form_written_as_numbered_paragraphs(tmp_path, reader):
    # No indicator table (a blind package): "编号  标签：答案", its reference on the next line.
    paragraphs = [
        "三、上海市工业互联网平台应用水平评价指标明细表",
        "1.1.2 规划制定",
        "1.1.2-3  平台团队总人数（人）：87",
        "证明资料：平台组织架构及人员名单（申报书一）",
        "1.1.2-4  其中：运维人数（人）：48",
        "证明资料：",
        "2.1.1-2  按二级分类统计工业设备数量（台/套）：电力设备：3,098；动力设备：2,581",
        "证明资料：2.2 运营/接入设备清单.xlsx",
        "2.1.1-12  工业协议兼容适配数量（个）：",
        "证明资料：2.2 运营/接入设备清单.xlsx",
        "2.1.2 其他：本节为说明文字，不是栏目",
    ]
    values = _by_field(reader.read_form(_docx(tmp_path / "paragraphs.docx", [], paragraphs=paragraphs)))
    assert (values["staff_total"].raw, values["staff_total"].proof) == ("87", "平台组织架构及人员名单（申报书一）")
    assert (values["staff_ops_maintenance"].raw, values["staff_ops_maintenance"].proof) == ("48", "")
    assert values["devices_by_category"].raw == "电力设备：3,098；动力设备：2,581"
    assert values["protocols_supported"].raw == ""  # left blank: a reading, not an absence
    assert values["staff_total"].citations[0].quote.endswith("平台团队总人数（人）：87")


def test_scanned_paragraph_form_never_joins_the_lines_below(reader):
    # In a scan the lines under an item are as likely other cells of a table (a clean package's
    # table scan got a false warning when they were joined): a wrapped line stays cut, and the scan
    # check takes a cut line for the cell read in part.
    from assistant.checks.rules_crossdoc import _scan_fragment

    doc = _ocr_page([
        ("1.1.2-3 平台团队总人数（人）：87", 60, 100),
        ("2.1.1-3 按省市区域统计工业设备数量（台/套）：上海：4,130；江苏：2,065；浙江：1,", 60, 130),
        ("377；福建：688", 60, 145),
        ("证明资料：接入设备清单", 60, 160),
        ("2.1.1-1 连接的工业设备/产品/产线种类及数量（台/套）：8,260", 60, 190),
        ("8:80:：05；其他：516", 60, 205),
        ("第 3 页", 280, 800),
    ])
    values = _by_field(reader.read_form(doc))
    assert values["staff_total"].raw == "87"
    cut = values["devices_by_region"].raw
    assert cut == "上海：4,130；江苏：2,065；浙江：1," and values["devices_by_region"].proof == "接入设备清单"
    assert values["devices_total"].raw == "8,260"
    assert _scan_fragment("上海：4,130；江苏：2,065；浙江：1,377；福建：688", cut)
    assert not _scan_fragment("上海：4,130；江苏：2,065；浙江：1,377；福建：688", "上海：4,180；江苏：2,065")


def test_a_pdf_cells_wrapped_lines_are_one_answer():
    """h45: a PDF 申报表's cell gives its visual lines; a wrap is no break in the answer, a new item is."""
    from assistant.forms.grid import unwrap

    assert unwrap("工程机械：16082、动力设备：3784、物流\n设备：2602") == "工程机械：16082、动力设备：3784、物流设备：2602"
    assert unwrap("印度尼西亚Indonesia：1892、马来西亚Ma\nlaysia：1419") == "印度尼西亚Indonesia：1892、马来西亚Malaysia：1419"
    assert unwrap("数字孪生 Digital\nTwin") == "数字孪生 Digital Twin"
    assert unwrap("1.工业和信息化部行动计划；\n2.行业趋势") == "1.工业和信息化部行动计划；\n2.行业趋势"
    assert unwrap("□ 自建\n□ 合作共建") == "□ 自建\n□ 合作共建"
    assert unwrap("平台已上线。\n服务企业1,094家") == "平台已上线。\n服务企业1,094家"


def test_the_three_years_kept_as_a_table_of_their_own(tmp_path: Path, reader: FormReader):
    """h51: an XLSX 申报表 keeps 平台近三年经营指标情况 as 「平台近三年经营指标情况 | 平台营收 | 增长率」 (a header
    merged over two rows) over one row a year, the rates as 0.00% numbers: each year's revenue and
    growth from their own cells."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "二、平台基本情况"
    sheet.append(["平台名称", "某某工业互联网平台"])
    sheet.append(["平台近三年经营指标情况", "平台营收", "增长率"])
    sheet.append([])
    for row, (year, revenue, rate) in enumerate([("2021年", 7035.18, 0.1495), ("2022年", 8216.55, 0.1679),
                                                  ("2023年", 9842.36, 0.1979)], start=4):
        sheet.append([year, revenue, rate])
        sheet.cell(row=row, column=2).number_format = '#,##0.00"万元"'
        sheet.cell(row=row, column=3).number_format = "0.00%"
    sheet.merge_cells("A2:A3")
    sheet.append(["平台建设方式", "☑自建  □合作共建"])
    book.save(path := tmp_path / "申报表.xlsx")
    values = {v.field_id: v.raw for v in reader.read_form(read_file(path, path.name, OPTIONS)) if v.field_id}
    assert {k: values[k] for k in ("platform_revenue_2022", "platform_revenue_growth_2022", "platform_revenue_growth_2023")} \
        == {"platform_revenue_2022": "8,216.55万元", "platform_revenue_growth_2022": "16.79%",
            "platform_revenue_growth_2023": "19.79%"}
    assert "construction_mode" in values  # the row after the table is read as usual


def test_each_label_over_its_own_answer_row(tmp_path, reader):
    """h85: a vertical 申报表 — 「二 | 平台运营模式」 (the label merged over two cells) over 「填写 | ☑自运营 □联合运营 |
    平台后台统计」: the answer is the cell under the label, the proof the cell right of it. It was read as blank."""
    rows = [["二", "平台运营模式", ""], ["填写", "☑自运营  □联合运营  □委托运营", "运营协议"],
            ["2.1.1", "按二级分类统计工业设备数量（台/套）", ""],
            ["填写", "仪器仪表：2240、电工、电子设备：695、其他：154", "平台后台统计（可登录平台核查）"]]
    doc = _docx(tmp_path / "vertical.docx", [rows], merges=[((0, 1), (0, 2)), ((2, 1), (2, 2))])
    values = _by_field(reader.read_form(doc))
    assert "☑自运营" in values["operation_mode"].raw
    assert values["devices_by_category"].raw == "仪器仪表：2240、电工、电子设备：695、其他：154"
    assert values["devices_by_category"].proof == "平台后台统计（可登录平台核查）"
