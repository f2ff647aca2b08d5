"""Pre-filled 附件4 rows on packages laid out as other applicants lay them out (issue 12).

序号 matched to 附件6 when the name differs (renamed, declared under another name, a name listed
twice), 平台性质 stated only in prose, an answer with two readings, an applicant's 汇总表 laid out
across. Files come from `tests/fixtures/make_form_fixtures_unseen.py` (python-docx / openpyxl,
never the eval generator) and are read by the real readers.
"""

from __future__ import annotations

import pytest
from fixtures.make_form_fixtures_unseen import (
    BASIC,
    SUMMARY,
    UNIT,
    Narrative,
    PackageSpec,
    write_package,
)

from assistant.checks import run_rule
from assistant.core.settings import Settings
from assistant.package.loader import load_package
from assistant.review.build import build_review
from assistant.review.model import Review

NUMBER, KIND = "序号", "平台性质"


def load(tmp_path, spec: PackageSpec) -> Review:
    root = write_package(tmp_path / "pkg", spec)
    settings = Settings(workspace=tmp_path / "ws", render_docx=False, ocr=False, workers=0)
    return build_review(load_package(root, settings))


def row(review: Review, label: str):
    return next(r for r in review.rows if r.label == label)


def without_summary(**basic) -> PackageSpec:
    """No 汇总表 of the applicant's: the row must come from 附件2 / 附件6 / the prose alone."""
    return PackageSpec(basic={**BASIC, **basic}, summary=None)


# --- class 8: 序号 from 附件6 ---------------------------------------------------------------------

@pytest.mark.parametrize("name,unit,number,how", [
    ("延锋工业互联网平台", UNIT, 33, "按平台名称"),
    ("原名称：延锋工业互联网平台；现名称：延锋智造云平台", UNIT, 33, "按原名称"),
    ("延锋智造云平台（原延锋工业互联网平台）", "上海某某科技有限公司", 33, "按原名称"),
    ("延锋智能制造云平台", UNIT, 33, "按单位名称"),  # declared under another name
    ("电机设备远程运维服务工业互联网平台", "上海电器科学研究所（集团）有限公司", 14, "按平台名称和单位名称"),
    ("电机设备远程运维服务工业互联网平台", "上海电机系统节能工程技术研究中心有限公司", 2, "按平台名称和单位名称"),
    ("“飞梭智纺” 纺织工业互联网平台", "上海致景信息科技有限公司", 19, "按平台名称"),
    ("面向电力能源行业的工业互联网平台", "上海某某科技有限公司", 5, "按平台名称（近似）"),
    ("星云智汇平台", "上海电气数字科技有限公司", 23, "按单位名称（近似）"),  # 附件6: …集团数字科技…
])
def test_list_number_is_matched_and_says_how(tmp_path, name, unit, number, how):
    spec = without_summary(**{"平台名称": name, "单位（企业）名称": unit})
    spec.contact_unit = unit
    result = row(load(tmp_path, spec), NUMBER)
    assert (result.status, result.normalized) == ("found", number)
    assert result.note.startswith(f"{how}匹配附件6")
    assert result.citations and all(f"{how}匹配附件6" in c.locator for c in result.citations)


def test_an_unlisted_name_and_company_stay_empty(tmp_path):
    spec = without_summary(**{"平台名称": "某某智造云平台", "单位（企业）名称": "上海某某信息科技有限公司"})
    spec.contact_unit = None
    result = row(load(tmp_path, spec), NUMBER)
    assert result.status == "missing" and "均未在附件6名单中找到" in result.note


def test_a_shared_name_without_a_telling_company_stays_empty_and_says_why(tmp_path):
    spec = without_summary(**{"平台名称": "电机设备远程运维服务工业互联网平台", "单位（企业）名称": "上海某某科技有限公司"})
    spec.contact_unit = None
    result = row(load(tmp_path, spec), NUMBER)
    assert result.status == "missing" and result.value == ""
    assert "序号2" in result.note and "序号14" in result.note


def test_renamed_platform_shows_its_current_name(tmp_path):
    spec = without_summary(平台名称="延锋智造云平台（原延锋工业互联网平台）")
    assert row(load(tmp_path, spec), "平台名称").value == "延锋智造云平台"


# --- class 9: 平台性质 stated only in prose ----------------------------------------------------------

def test_kind_stated_in_the_form_introduction(tmp_path):
    intro = f"延锋工业互联网平台是{UNIT}打造的综合型工业互联网平台，面向汽车零部件领域提供设备接入与数据分析。"
    result = row(load(tmp_path, without_summary(平台基本情况介绍=intro)), KIND)
    assert (result.status, result.value) == ("found", "综合型工业互联网平台")
    [citation] = result.citations
    assert citation.file.startswith("附件2") and "打造的综合型工业互联网平台" in citation.quote


def test_the_forms_own_words_come_before_the_summary_table_that_is_checked_against_them(tmp_path):
    """h90: the 申报表's introduction says 「综合型」, the applicant's 汇总表 「行业型」 — both readings on the row (the
    汇总表's as written first, as every labeller fills the row) and a warning (the kind is read from prose);
    the same kind, with the 汇总表's own qualifier, adds nothing."""
    intro = f"延锋工业互联网平台是{UNIT}打造的综合型工业互联网平台，面向汽车零部件领域提供设备接入与数据分析。"
    spec = PackageSpec(basic={**BASIC, "平台基本情况介绍": intro}, summary={**SUMMARY, KIND: "行业型工业互联网平台"})
    review = load(tmp_path, spec)
    result = row(review, KIND)
    assert [r.value for r in result.readings] == ["行业型工业互联网平台", "综合型工业互联网平台"]
    findings = [f for f in run_rule("summary_vs_form.row", review) if f.fields == (KIND,)]
    assert [(f.severity, f.actual, f.expected) for f in findings] == [("warning", "行业型工业互联网平台", "综合型工业互联网平台")]
    agreeing = load(tmp_path / "agree", PackageSpec(basic={**BASIC, "平台基本情况介绍": intro},
                                                    summary={**SUMMARY, KIND: "综合型工业互联网平台（汽车零部件领域）"}))
    assert [r.value for r in row(agreeing, KIND).readings] == ["综合型工业互联网平台（汽车零部件领域）"]
    assert [f for f in run_rule("summary_vs_form.row", agreeing) if f.fields == (KIND,)] == []


@pytest.mark.parametrize("prose,kind", [
    ("本平台是一个行业级工业互联网平台，覆盖注塑、涂装等环节。", "行业型工业互联网平台"),  # as a reviewer writes it
    ("平台名称：延锋工业互联网平台；平台类别：行业型工业互联网平台；建设时间：2020年1月。", "行业型工业互联网平台"),
])
def test_kind_stated_in_the_proposal(tmp_path, prose, kind):
    spec = without_summary()
    spec.narrative = Narrative(platform_intro=("延锋工业互联网平台面向汽车零部件领域。", prose))
    result = row(load(tmp_path, spec), KIND)
    assert (result.status, result.value) == ("found", kind)
    assert result.citations[0].file == "附件3-申报书.docx" and kind[:2] in result.citations[0].quote


@pytest.mark.parametrize("prose", [
    "平台对标海尔卡奥斯等跨行业跨领域工业互联网平台，持续提升服务能力。",  # another platform
    "平台已接入国家级双跨平台，实现标识解析对接。",
    "平台力争三年内成为综合型工业互联网平台。",  # a plan
    "延锋工业互联网平台面向汽车零部件领域提供设备接入。",  # no kind stated
])
def test_kind_not_stated_stays_empty(tmp_path, prose):
    spec = without_summary(平台基本情况介绍=prose)
    spec.narrative = Narrative(platform_intro=(prose,))
    result = row(load(tmp_path, spec), KIND)
    assert result.status == "missing" and result.value == "" and result.normalized is None


def test_an_explicit_kind_wins_over_prose(tmp_path):
    intro = "本平台是一个行业级工业互联网平台（平台性质：行业型工业互联网平台）。"
    assert row(load(tmp_path, without_summary(平台基本情况介绍=intro)), KIND).value == "行业型工业互联网平台"


# --- class 6: an answer with two readings -----------------------------------------------------------

def test_two_readings_are_shown_as_written(tmp_path):
    result = row(load(tmp_path, PackageSpec(summary=None)), "平台订单数量(近一年总量)（个）")
    assert result.value == "2023年自然年：12,560个；截至填表日前一年：13,880个"
    assert result.normalized == {"2023年自然年": 12560, "截至填表日前一年": 13880}


# --- class 10: an applicant's 汇总表 laid out across -------------------------------------------------

@pytest.mark.parametrize("layout", ["across_xlsx", "across_docx"])
def test_summary_laid_out_across_feeds_the_rows(tmp_path, layout):
    review = load(tmp_path, PackageSpec(summary_layout=layout))
    read = {r.label: x for r in review.rows for x in r.readings if x.source == "汇总表"}
    assert {label: reading.value for label, reading in read.items()} == {
        label: (value.replace(",", "") if label != "平台国产化率（%）" else "85.00")
        for label, value in SUMMARY.items()}
    assert all(reading.citations for reading in read.values())
    assert row(review, KIND).value == "企业级工业互联网平台"  # no field in 附件2: the 汇总表 states it


def test_annex4_hints_left_in_the_summary_are_not_answers(tmp_path):
    summary = {**SUMMARY, "平台运营模式": "（自运营、联合运营、委托运营）", "有否定期进行安全扫描": "是/否",
               "建设时间": "2020.01.01-2023.12.31（YYYY.MM.DD-YYYY.MM.DD）"}
    review = load(tmp_path, PackageSpec(summary=summary, summary_layout="notice_docx"))
    read = {r.label: x.raw for r in review.rows for x in r.readings if x.source == "汇总表"}
    assert read["平台运营模式"] == "" and read["有否定期进行安全扫描"] == ""
    assert read["建设时间"] == "2020.01.01-2023.12.31"
    assert run_rule("summary_vs_form.row", review) == []


def test_revenue_lines_written_another_way(tmp_path):
    lines = ("2021年度平台营业收入2160.33万元，增速15.03%\n2022年度平台营业收入2439.44万元，增速12.92%\n"
             "2023年度平台营业收入3215.33万元，增速31.81%")
    result = row(load(tmp_path, without_summary(平台近三年经营指标情况=lines)), "平台近三年经营指标情况")
    assert result.status == "found"
    assert result.normalized == {"2021年平台营收（万元）": 2160.33, "2021年增长率（%）": 15.03,
                                 "2022年平台营收（万元）": 2439.44, "2022年增长率（%）": 12.92,
                                 "2023年平台营收（万元）": 3215.33, "2023年增长率（%）": 31.81}


@pytest.mark.parametrize("sentence,kind", [
    ("平台由上海某某公司联合产业链伙伴打造，是服务纺织全产业链的综合型工业互联网平台。", "综合型工业互联网平台"),
    ("平台是公司将行业知识与工业互联网技术深度融合打造的综合型工业互联网平台。", "综合型工业互联网平台"),
    ("平台作为公司与高校合作打造的双跨平台，具备多行业服务能力。", "跨行业跨领域工业互联网平台"),
    ("平台定位为面向汽车零部件领域的行业级工业互联网平台。", "行业型工业互联网平台"),
    ("公司计划将平台打造为综合型工业互联网平台。", None),
    ("平台入选工信部2023年特色专业型工业互联网平台名单。", None),
])
def test_platform_kind_in_sentences(sentence, kind):
    from assistant.values.platform_kind import platform_kind_in

    stated = platform_kind_in(sentence)
    assert (stated[0] if stated else None) == kind


# --- 附件1 address and 部署方式 as a reviewer writes them --------------------------------------------

def test_address_filled_into_the_template_blanks(tmp_path):
    # "普陀区 武宁路 505号（弄）　3号楼…": the blanks' 号（弄） and padding go; the city is 上海.
    summary = {**SUMMARY, "评审会现场地址信息": "上海市普陀区武宁路505号3号楼5楼第一会议室"}
    review = load(tmp_path, PackageSpec(summary=summary))
    result = row(review, "评审会现场地址信息")
    assert (result.status, result.value) == ("found", "上海市普陀区武宁路505号3号楼5楼第一会议室")
    assert run_rule("summary_vs_form.row", review) == []


def test_the_template_hint_after_a_lane_number_goes_too(tmp_path):
    # blind holdout 5: 「闵行 区 申长路 988弄（弄）虹桥万科中心…」 kept the template's （弄）.
    from fixtures.make_form_fixtures_unseen import write_contact

    from assistant.catalog.notice import load_catalog
    from assistant.forms.contact_form import read_contact_form
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    path = write_contact(tmp_path / "联系人.docx", address_line="具体地址*：闵行 区 申长路 988弄（弄）虹桥万科中心5号楼6楼")
    document = read_file(path, path.name, ReadOptions(ocr=False, render_docx=False))
    address = [v for v in read_contact_form(document, load_catalog()) if "地址" in v.form_label]
    assert [v.raw for v in address] == ["闵行区申长路988弄虹桥万科中心5号楼6楼"]


@pytest.mark.parametrize("layout", ["beside", "under"])
def test_a_contact_sheet_typed_top_to_bottom_gives_the_review_site_address(tmp_path, layout):
    """h48: an XLSX 联系人信息反馈表 with 「评审会现场地址信息」 in a cell and the address beside it or on the
    next row, no 「具体地址：」 line."""
    import openpyxl

    from assistant.catalog.notice import load_catalog
    from assistant.forms.contact_form import read_contact_form
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["联系人信息反馈表"])
    sheet.append(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"])
    sheet.append(["联系人（主）", "董某某", "上海某某软件股份有限公司", "主任工程师", "13918265043", "dong@example.com"])
    address = "上海市宝山区克山路550号某某大厦12楼1201会议室"
    if layout == "beside":
        sheet.append(["评审会现场地址信息", address])
    else:
        sheet.append(["评审会现场地址信息"])
        sheet.append([address])
    book.save(path := tmp_path / "联系人.xlsx")
    document = read_file(path, path.name, ReadOptions(ocr=False, render_docx=False))
    found = [v.raw for v in read_contact_form(document, load_catalog()) if v.field_id == "review_site_address"]
    assert found == [address]


def test_other_deployment_detail_goes_with_its_option(tmp_path):
    deployment = "□ 边缘侧 ☑ 私有云 □ 公有云 ☑ 混合云\n☑ 其他部署方式，请填写（必填）：客户现场私有化部署（平台一体机）"
    result = row(load(tmp_path, without_summary(部署方式=deployment)), "部署方式")
    assert result.value == "私有云、混合云、其他部署方式：客户现场私有化部署（平台一体机）"


@pytest.mark.parametrize("answer", [
    "2023年自然年86412个；截至填表日前一年90138个",
    "2023年自然年：86,412个；截至填表日前一年（2023年7月1日—2024年6月30日）：90,138个",
    "2023年：86,412个；近12个月（2023.7-2024.6）：90,138个",  # h14: a year alone and 近12个月, the same two
    "2023年度：86412；最近一年：90138",
    "2023年（自然年）86412个；截至填表日前一年（2023年7月—2024年6月）90138个",  # h75: the reading's word in brackets
])
def test_issue_12_order_count_readings_without_colons_or_with_a_dated_note(answer):
    """The two readings 填报指引 3.1.1 allows, written without colons or with the dates in brackets
    (seen on a blind package): both kept, named by their period alone."""
    from assistant.catalog.notice import load_catalog
    from assistant.values.typed import interpret

    spec = load_catalog().field("orders_last_year")
    typed = interpret(spec.value_type, spec.unit, answer, spec.options)
    assert typed.normalized == {"2023年自然年": 86412, "截至填表日前一年": 90138}


@pytest.mark.parametrize("partner", ["—", "-", "无", "／", "（无）", "不适用"])
def test_a_placeholder_partner_under_self_built_is_not_a_partner(tmp_path, partner):
    """A blind package wrote 「☑ 自建 □ 合作共建，合作企业名称：—」 and the row read 「自建，—」: a
    dash or 无 in the partner blank is an empty blank, not a company."""
    answer = f"☑ 自建\n□ 合作共建，合作企业名称：{partner}"
    assert row(load(tmp_path, without_summary(平台建设方式=answer)), "平台建设方式").value == "自建"


def test_a_named_partner_is_kept(tmp_path):
    answer = "□ 自建\n☑ 合作共建，合作企业名称：上海某某建设集团股份有限公司"
    result = row(load(tmp_path, without_summary(平台建设方式=answer)), "平台建设方式")
    assert result.value == "合作共建，上海某某建设集团股份有限公司"


@pytest.mark.parametrize(("summary", "contact", "same"), [
    # The 汇总表 keeps 区路号 (附件4's hint), the 联系人表 adds the building and the room.
    ("上海市宝山区水产路1269号", "上海市宝山区水产路1269号欧冶云商大厦3楼第一会议室", True),
    ("浦东新区张江路100号", "上海市浦东新区张江路100号", True),
    ("上海市嘉定区叶城路1118号", "上海市嘉定区叶城路1118号3号楼5楼展示厅", True),
    # Another house number is another address, whichever way one holds the other.
    ("上海市宝山区水产路126号", "上海市宝山区水产路1269号", False),
    ("水产路1269号", "上海市宝山区水产路1269号2号楼", False),
    ("上海市宝山区水产路12", "上海市宝山区水产路1269号", False),
])
def test_an_address_with_its_building_added_is_the_same_address(summary, contact, same):
    from assistant.values.answers import same_answer_text as _same_text

    assert _same_text(summary, contact) is same
    assert _same_text(contact, summary) is same


@pytest.mark.parametrize(("answer", "normalized"), [
    ("2023年自然年：12,860个", {"2023年自然年": 12860}),
    ("截至填表日前一年 38420个", {"截至填表日前一年": 38420}),
    # Other periods and bare numbers stay one number.
    ("2023年度 4,316个", 4316),
    ("近一年订单12560个", 12560),
    ("12,860", 12860),
])
def test_one_of_the_guidance_readings_keeps_its_name(answer, normalized):
    """填报指引 3.1.1 offers two readings of 平台订单数量; an answer giving one of them keeps its name,
    so the 汇总表 says which period the count covers (two blind sets expected it)."""
    from assistant.catalog.notice import load_catalog
    from assistant.values.typed import answers_agree, interpret

    spec = load_catalog().field("orders_last_year")
    typed = interpret(spec.value_type, spec.unit, answer, spec.options)
    assert typed.normalized == normalized
    bare = normalized if isinstance(normalized, int) else next(iter(normalized.values()))
    assert answers_agree(spec.value_type, typed.normalized, bare)  # a 汇总表 with the bare number agrees


@pytest.mark.parametrize("answer", ["5个：1.设计协同；2.远程监造；3.质量追溯；4.设备健康；5.供应商门户",
                                    "5（1、设计协同 2、远程监造 3、质量追溯 4、设备健康 5、供应商门户）"])
def test_a_count_followed_by_its_numbered_list_is_the_count(answer):
    """h14: 「5个：1.设计协同；2.远程监造；…」 was read as readings {5个: 1, 设计协同: 2, …}, so the
    杀手锏APP row of four 汇总表 pre-fills was wrong."""
    from assistant.catalog.notice import load_catalog
    from assistant.values.typed import interpret

    spec = load_catalog().field("killer_apps")
    assert interpret(spec.value_type, spec.unit, answer, spec.options).normalized == 5


def test_the_contact_comes_from_the_form_with_the_contact_sheet_beside_it():
    """h20: 附件1 names one person (a template's), the 申报表 and the applicant's 汇总表 another: the
    row shows the 申报表's 联系人 and is ambiguous, with 附件1's reading kept for the reviewer; with no
    联系人 in the 申报表, 附件1's."""
    from assistant.catalog.notice import load_catalog
    from assistant.forms.model import Declarations, DeclaredValue
    from assistant.forms.prefill import _fill_row

    catalog = load_catalog()
    row = next(r for r in catalog.summary_rows if r.label == "联系人姓名")
    form = DeclaredValue(field_id="enterprise_contact", form_label="联系人", raw="陆振宇", file="申报表.docx")
    sheet = DeclaredValue(field_id="contact_primary_name", form_label="姓名", raw="邵嘉宁", file="联系人表.docx")
    both = Declarations(forms=(("申报表", "申报表.docx", (form,)),), summary_tables=(),
                        contact_forms=(("联系人表.docx", (sheet,)),))
    filled = _fill_row(row, both, catalog)
    assert (filled.value, filled.status) == ("陆振宇", "ambiguous")
    assert {r.raw for r in filled.readings} == {"陆振宇", "邵嘉宁"}
    titled = form.model_copy(update={"raw": "邵嘉宁（数字化中心主任助理）"})
    same = Declarations(forms=(("申报表", "申报表.docx", (titled,)),), summary_tables=(),
                        contact_forms=(("联系人表.docx", (sheet,)),))
    assert (_fill_row(row, same, catalog).value, _fill_row(row, same, catalog).status) == ("邵嘉宁", "found")
    only_sheet = Declarations(forms=(), summary_tables=(), contact_forms=(("联系人表.docx", (sheet,)),))
    assert _fill_row(row, only_sheet, catalog).value == "邵嘉宁"


@pytest.mark.parametrize("mark", ["/", "—", "不适用"])
def test_a_not_applicable_mark_is_the_answer_not_a_blank_for_the_scan(mark):
    """h36: 付费用户占比 typed 「/」; the stamped scan's OCR reads the slash as 「1」 — not the answer."""
    from assistant.catalog.notice import load_catalog
    from assistant.forms.model import Declarations, DeclaredValue
    from assistant.forms.prefill import _fill_row

    catalog = load_catalog()
    row = next(r for r in catalog.summary_rows if r.label.startswith("付费用户占比"))
    field = row.source_fields[0]
    typed = DeclaredValue(field_id=field, form_label="付费用户占比（%）", raw=mark, file="申报表.docx")
    scanned = DeclaredValue(field_id=field, form_label="付费用户占比（%）", raw="1", file="申报表扫描件.pdf")
    declarations = Declarations(forms=(("申报表", "申报表.docx", (typed,)), ("申报表扫描件", "申报表扫描件.pdf", (scanned,))),
                                summary_tables=(), contact_forms=())
    filled = _fill_row(row, declarations, catalog)
    assert filled.status == "missing" and mark in filled.note
    blank = DeclaredValue(field_id=field, form_label="付费用户占比（%）", raw="", file="申报表.docx")
    declarations = Declarations(forms=(("申报表", "申报表.docx", (blank,)), ("申报表扫描件", "申报表扫描件.pdf", (scanned,))),
                                summary_tables=(), contact_forms=())
    assert _fill_row(row, declarations, catalog).normalized == 1.0  # a blank cell: the scan's answer stands


@pytest.mark.parametrize("answer,word", [
    ("跨行业跨领域综合型工业互联网平台", "综合型"), ("双跨平台", "综合型"), ("特定行业型工业互联网平台", "行业型"),
    ("行业型（环境装备领域）工业互联网平台", "行业型"), ("企业级工业互联网平台（汽车内饰行业）", "企业级"), ("无", None),
])
def test_the_kind_a_platform_answer_names_for_comparing(answer, word):
    from assistant.values.platform_kind import platform_kind_word

    assert platform_kind_word(answer) == word
