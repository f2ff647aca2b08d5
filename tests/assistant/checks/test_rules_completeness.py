"""Completeness rules: blanks, 证明资料, 字数, answer formats and ticked options with a （必填） blank."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.forms.model import Declarations

LONG = "平台面向汽车零部件行业提供设备接入、数据采集、工业模型与应用开发等服务。"  # 36 characters


def _chars(n: int) -> str:
    return ("平台" * n)[:n]


# --- blank -----------------------------------------------------------------------------------------

def test_consistent_form_has_no_blank(make_review, findings_of):
    # 传真 may be blank; 按海外国家分类统计 needs nothing when 海外设备连接数量 is 0.
    review = make_review(fax="")
    assert findings_of("blank.required_field", review) == []


def test_blank_indicator_row_is_an_error(make_review, findings_of):
    [finding] = findings_of("blank.required_field", make_review(protocols_supported=""))
    assert finding.severity == "error" and finding.fields == ("工业协议兼容适配数量（个）",)
    assert finding.message == "三、指标明细表“工业协议兼容适配数量（个）”平台实际情况未填写"
    assert finding.citations and finding.dimension == "二"


def test_blank_platform_detail_is_a_warning(make_review, findings_of):
    [finding] = findings_of("blank.required_field", make_review(platform_url=""))
    assert finding.severity == "warning" and finding.fields == ("平台网址",)
    assert "二、平台基本情况" in finding.message


def test_placeholder_and_missing_row(make_review, findings_of):
    # "/" is how many applicants write 不适用: reported, but not as a certain error (issue 12).
    [slash] = findings_of("blank.required_field", make_review(partner_platforms="/"))
    assert slash.severity == "warning" and "“/”" in slash.message and "不适用" in slash.message
    [empty] = findings_of("blank.required_field", make_review(partner_platforms=""))
    assert empty.severity == "error"
    [absent] = findings_of("blank.required_field", make_review(drop=("partner_platforms",)))
    # A row not found was deleted, or written in a way the reader does not know (holdout 7 deleted
    # two rows of a clean form): a note for a person to look, not a warning.
    assert absent.severity == "info" and "未找到" in absent.message and "人工核对" in absent.message


def test_a_mark_in_an_enterprise_detail_is_a_note(make_review, findings_of):
    # h23's clean package: 主营业务收入增长率 / 税金 / 负债率 「—」 — the applicant's 不适用, doubted
    [mark] = findings_of("blank.required_field", make_review(taxes="—"))
    assert mark.severity == "info" and "不适用" in mark.message
    [empty] = findings_of("blank.required_field", make_review(taxes=""))
    assert empty.severity == "warning"


def test_a_row_whose_answer_cell_was_not_found_is_a_note(make_review, findings_of):
    # h22's clean package: the answer in a cell merged over rows, not found by the reader
    from dataclasses import replace

    from assistant.forms.reader import NO_ANSWER_CELL

    review = make_review(partner_platforms="")
    source, file, values = review.declarations.forms[0]
    values = tuple(v.model_copy(update={"doubts": (f"表格中“合作平台数量（个）”{NO_ANSWER_CELL}",)})
                   if v.field_id == "partner_platforms" else v for v in values)
    review = replace(review, declarations=review.declarations.model_copy(update={"forms": ((source, file, values),)}))
    [finding] = findings_of("blank.required_field", review)
    assert finding.severity == "info" and "人工核对" in finding.message


def test_breakdown_of_a_nonzero_total_is_required(make_review, findings_of):
    [finding] = findings_of("blank.required_field", make_review(devices_overseas="30"))
    # the form's label, then the 附件4 row it feeds, worded otherwise there
    assert finding.fields == ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）")


def test_revenue_before_the_platform_existed_is_not_required(make_review, findings_of):
    review = make_review(construction_period="2022 年 1 月至 2023 年 12 月", platform_revenue_2021="",
                         platform_revenue_growth_2021="", platform_revenue_growth_2022="")
    assert findings_of("blank.required_field", review) == []
    review = make_review(platform_revenue_growth_2021="")
    assert [f.fields[-1] for f in findings_of("blank.required_field", review)] == ["2021年平台营收增长率（%）"]
    # h36: 「不适用」 for a rate whose inputs are declared is no answer (as 「/」 is not); for a text it is one
    [finding] = findings_of("blank.required_field", make_review(rd_intensity="不适用"))
    assert finding.severity == "warning" and "不适用" in finding.message
    # h94: 「不适用」 for a rate no declared figure computes (运维成本下降率 of a platform with no devices): the
    # applicant says there is none in other words than 0/否/无 — a note
    [words] = findings_of("blank.required_field", make_review(device_om_cost_reduction="不适用"))
    assert words.severity == "info" and "不适用" in words.message
    # h36: 2021 revenue 0.00 — the 2022 growth on nothing is left blank (「—（2021年无平台营收，不适用）」)
    review = make_review(platform_revenue_2021="0.00", platform_revenue_growth_2022="")
    assert findings_of("blank.required_field", review) == []


def test_no_form_no_blanks_and_sparse_form_one_note(make_review, findings_of):
    review = make_review()
    review.declarations = Declarations(forms=(), summary_tables=(), contact_forms=())
    assert findings_of("blank.required_field", review) == []
    [note] = findings_of("blank.required_field", make_review({"staff_total": "119", "revenue": "3215.33"}))
    assert note.severity == "info" and "2/" in note.message


def test_scanned_form_blank_is_only_a_warning(make_review, findings_of):
    [finding] = findings_of("blank.required_field", make_review(protocols_supported="", source="申报表扫描件"))
    assert finding.severity == "warning" and "扫描件" in finding.message


def test_scanned_form_errors_of_every_rule_become_warnings(make_review, findings_of):
    # OCR misreads digits: an identity broken on a scan is for a reviewer to confirm.
    [finding] = findings_of("identity.staff_total", make_review(staff_total="143", source="申报表扫描件"))
    assert finding.severity == "warning" and "识别" in finding.message


# --- missing_proof ---------------------------------------------------------------------------------

def test_proofs_present_or_explained(make_review, findings_of):
    assert findings_of("missing_proof.empty_proof", make_review()) == []
    explained = make_review(proofs={"revenue": "无单独证明资料。说明：平台收入按合同台账拆分，可现场核查"})
    assert findings_of("missing_proof.empty_proof", explained) == []


def test_empty_proof_cell(make_review, findings_of):
    review = make_review(proofs={"revenue": "", "enterprise_users_registered": ""})
    found = findings_of("missing_proof.empty_proof", review)
    assert [f.fields for f in found] == [("平台相关营业收入（万元）",), ("注册企业用户数（个）",)]
    assert all(f.severity == "warning" and "证明资料栏为空" in f.message for f in found)


def test_blank_answer_is_not_also_a_missing_proof(make_review, findings_of):
    assert findings_of("missing_proof.empty_proof", make_review(revenue="", proofs={"revenue": ""})) == []


def test_many_empty_proofs_become_one_finding(make_review, findings_of):
    ids = ["staff_total", "staff_ops_maintenance", "staff_operations", "staff_qualified", "rd_investment",
           "rd_intensity", "revenue", "profit_margin", "paying_user_share", "devices_total", "devices_public_cloud"]
    [finding] = findings_of("missing_proof.empty_proof", make_review(proofs={i: "" for i in ids}))
    assert finding.message.startswith("11 项数据指标") and len(finding.fields) == 11
    assert finding.severity == "info"  # the way the form was filled, not one proof missing


def test_described_answers_without_proof_are_only_noted(make_review, findings_of):
    """A described answer (定位, 开发框架 …) left without a proof is its own account: info, not a
    warning (seen on an independently written clean package); a figure without one warns."""
    review = make_review(proofs={"dev_tools": "", "dev_frameworks": "", "revenue": ""})
    found = {f.severity: f for f in findings_of("missing_proof.empty_proof", review)}
    assert set(found) == {"info", "warning"}
    assert found["warning"].fields == ("平台相关营业收入（万元）",)
    assert "描述性指标" in found["info"].message


def test_form_without_a_proof_column_is_one_finding(make_review, findings_of):
    [finding] = findings_of("missing_proof.empty_proof", make_review(proof_column=False))
    assert finding.fields == () and "没有“证明资料”列" in finding.message


def test_proof_without_page_is_info(make_review, findings_of):
    assert findings_of("missing_proof.page_reference", make_review()) == []
    [finding] = findings_of("missing_proof.page_reference", make_review(proofs={"revenue": "附件3-1 审计报告"}))
    assert finding.severity == "info" and finding.fields == ("平台相关营业收入（万元）",)


# --- char_limit ------------------------------------------------------------------------------------

def test_char_limits_pass_on_the_consistent_form(make_review, findings_of):
    assert findings_of("char_limit.form_field", make_review()) == []


def test_within_limit_counts_non_whitespace_characters(make_review, findings_of):
    spaced = " ".join(_chars(500))  # 500 characters and 499 spaces
    assert findings_of("char_limit.form_field", make_review(platform_intro=spaced)) == []
    [finding] = findings_of("char_limit.form_field", make_review(platform_intro=_chars(560)))
    assert finding.severity == "error" and "共 560 字" in finding.message and "500字以内" in finding.message
    assert (finding.expected, finding.actual) == ("≤ 500 字", "560 字")


def test_a_breach_within_the_margin_of_counting_is_a_warning(make_review, findings_of):
    # 534 of 500: over, but within the 10% by which counting conventions differ.
    [finding] = findings_of("char_limit.form_field", make_review(platform_intro=_chars(534)))
    assert finding.severity == "warning" and "共 534 字" in finding.message and "请人工核对" in finding.message


def test_positioning_50_characters(make_review, findings_of):
    [finding] = findings_of("char_limit.form_field", make_review(strategic_positioning=_chars(82)))
    assert finding.fields == ("平台定位是否明确",) and "共 82 字" in finding.message


def test_one_text_answering_two_rows_counts_against_both_allowances(make_review, findings_of):
    """h22: one answer cell merged over 平台定位 (50字以内) and 政策方向 (50字以内): its 90 characters are
    within the 100 both allow, and judged once; 130 are over the 100, said so with both rows named."""
    assert findings_of("char_limit.form_field", make_review(strategic_positioning=_chars(90), policy_alignment=_chars(90))) == []
    [finding] = findings_of("char_limit.form_field",
                            make_review(strategic_positioning=_chars(130), policy_alignment=_chars(130)))
    assert finding.fields == ("平台定位是否明确",) and "100字以内" in finding.message and "同一段文字" in finding.message


def test_about_limits_have_a_margin_and_are_warnings(make_review, findings_of):
    assert findings_of("char_limit.form_field", make_review(dev_frameworks=_chars(118))) == []
    # h95: 122 of 「100字左右」 — guidance overrun by a fifth: a note; by half again: a warning
    [finding] = findings_of("char_limit.form_field", make_review(dev_frameworks=_chars(130)))
    assert finding.severity == "info" and "100字左右" in finding.message and "未超过" not in finding.message
    [finding] = findings_of("char_limit.form_field", make_review(dev_frameworks=_chars(160)))
    assert finding.severity == "warning" and "100字左右" in finding.message


def test_limit_applies_to_the_description_after_yes(make_review, findings_of):
    assert findings_of("char_limit.form_field", make_review(open_sharing_mechanism="是，" + _chars(240))) == []
    assert len(findings_of("char_limit.form_field", make_review(open_sharing_mechanism="是，" + _chars(241)))) == 1


def test_per_item_limit(make_review, findings_of):
    two_items = f"1.{LONG}；\n2.{LONG}"  # over 50 in all, 36 per item
    assert findings_of("char_limit.form_field", make_review(policy_alignment=two_items)) == []
    [finding] = findings_of("char_limit.form_field", make_review(policy_alignment=f"1.{LONG}{LONG}；\n2.{LONG}"))
    assert "有 1 条" in finding.message and f"{2 * len(LONG)} 字" in finding.message


def test_a_per_item_limit_read_off_a_pdf_form_is_a_note(make_review, findings_of):
    """h91: a 申报表 delivered as a WPS-exported PDF — its cell's lines wrap where the page ends them, so three
    policies of ~40 字 were read as one of 95, an error on a clean package: from a PDF, where items end is a guess."""
    from assistant.package.model import Classification, FileRole, Package, PackageFile
    from extractors.model import Document, Page

    over = f"1.{LONG}{LONG}；\n2.{LONG}"
    review = make_review(policy_alignment=over)
    [from_word] = findings_of("char_limit.form_field", review)
    assert from_word.severity in ("error", "warning")
    path = review.primary_form["policy_alignment"].citations[0].file
    pdf = PackageFile(path=path, document=Document(id="1" * 64, path=path, format="pdf", pagination="physical",
                                                                 pages=(Page(number=1, text="申报表"),)),
                      classification=Classification(role=FileRole.application_form, confidence=0.9, reasons=()),
                      cached=False, parse_seconds=0.0)
    review.package = Package(id="test-package", source="test", root="/tmp/test-package", files=(pdf,))
    [from_pdf] = findings_of("char_limit.form_field", review)
    assert from_pdf.severity == "info" and "条目可能被合并" in from_pdf.message


# --- answer_format ---------------------------------------------------------------------------------

def test_answers_as_prescribed_pass(make_review, findings_of):
    assert findings_of("answer_format.answer_rules", make_review()) == []
    review = make_review(strategic_positioning="无明确战略定位", in_corporate_strategy="未纳入企业战略规划",
                         platform_special_plan="未制定规划", policy_alignment="无符合政策及趋势",
                         new_tech_integration="无", carbon_management="否。")
    assert findings_of("answer_format.answer_rules", review) == []


@pytest.mark.parametrize("field_id,answer,severity,hint", [
    ("carbon_management", "不具备", "warning", "“否”"),
    ("strategic_positioning", "否", "warning", "无明确战略定位"),
    ("platform_special_plan", "暂无", "warning", "未制定规划"),
    # the policies existing, their list short or absent: a note (no author of h23–h38 called it a problem)
    ("security_policies", "是", "info", "文件名+文件编号+制订时间"),
    ("security_policies", "是，《平台安全管理制度》", "info", "编号、时间"),  # named, not numbered or dated
    ("security_policies", "是，已制定相关制度", "info", "文件名"),
    ("carbon_management", "是", "info", "碳管理服务类型"),
    # the period missing: a note (h16, h20 plant it; h38a's and h86's clean packages answer so)
    ("third_party_security_testing", "是", "info", "定期的时间"),
    ("third_party_security_testing", "是，已开展", "warning", "定期的时间"),
    ("scalable_cloud_computing", "支持", "warning", "是/否"),
    ("listed_or_vc_funded", "否，暂未开展融资", "info", "只填写"),
    ("core_tech_breakthrough", "有，自研多协议解析引擎", "info", "“是”并"),
])
def test_answer_rule_violations(field_id, answer, severity, hint, make_review, findings_of):
    [finding] = findings_of("answer_format.answer_rules", make_review(**{field_id: answer}))
    assert finding.severity == severity and hint in finding.message and answer in finding.message


def test_a_comment_left_in_an_answer_is_no_part_of_it(make_review, findings_of):
    """h27: 「是【批注：第三方测评周期待安全部确认后补充——马骁 7/25】」 — the note's 「周期」 and 「7/25」
    had passed for the period the 填报指引 asks for; the answer is a bare 是, and the note is left in."""
    answer = "是【批注：第三方测评周期待安全部确认后补充——马骁 7/25】"
    review = make_review(third_party_security_testing=answer)
    [rule] = findings_of("answer_format.answer_rules", review)
    assert rule.severity == "info" and "定期的时间" in rule.message
    [left] = findings_of("answer_format.comment_left", review)
    assert left.severity == "warning" and "批注" in left.message
    clean = make_review(third_party_security_testing="是，每年一次第三方渗透测试（2023年11月）")
    assert findings_of("answer_format.comment_left", clean) == []


def test_a_long_answer_starting_with_wei_is_not_a_no(make_review, findings_of):
    text = "未来三年打造面向汽车零部件行业的企业级工业互联网平台，服务长三角制造企业"
    assert findings_of("answer_format.answer_rules", make_review(strategic_positioning=text)) == []


def test_private_template(make_review, findings_of):
    [note] = findings_of("answer_format.private_template", make_review())  # 私有云 ticked, bare totals
    assert note.severity == "info" and "连接的工业设备/产品/产线种类及数量（台/套）" in note.fields
    public_only = make_review(deployment="□ 边缘侧　□ 私有云　☑ 公有云　□ 混合云\n□ 其他部署方式，请填写（必填）：____")
    assert findings_of("answer_format.private_template", public_only) == []


def test_two_decimals(make_review, findings_of):
    assert findings_of("answer_format.two_decimals", make_review()) == []
    [note] = findings_of("answer_format.two_decimals", make_review(rd_intensity="15.8%"))
    assert note.severity == "info" and note.fields == ("平台相关研发投入强度（%）",)


def test_login_credentials(make_review, findings_of):
    assert findings_of("answer_format.login_credentials", make_review()) == []
    [finding] = findings_of("answer_format.login_credentials",
                            make_review(platform_url="https://iip.yfjq.example.com 密码：Pj#03300x"))
    assert finding.severity == "warning" and "登录账号" in finding.message
    assert "Pj#03300x" not in finding.message  # the password is never repeated
    # h49: the account given as its pair is an account and a password
    assert findings_of("answer_format.login_credentials",
                       make_review(platform_url="https://pms.example.com（演示账号：eval2024 / Demo#2024）")) == []
    [alone] = findings_of("answer_format.login_credentials", make_review(platform_url="https://pms.example.com（账号：eval2024）"))
    assert "密码" in alone.message


# --- conditional -----------------------------------------------------------------------------------

@pytest.mark.parametrize("rule_id,parent,ticked,filled", [
    ("conditional.partner_enterprise", "construction_mode",
     "□ 自建\n☑ 合作共建，合作企业名称（必填）：{}", "上海临港智联软件有限公司"),
    ("conditional.iaas_provider", "iaas", "□ 自建\n☑ 租用，服务商名称（必填）：{}", "阿里云计算有限公司"),
    ("conditional.deployment_other", "deployment",
     "□ 边缘侧　☑ 私有云　□ 公有云　□ 混合云\n☑ 其他部署方式，请填写（必填）：{}", "专属云"),
])
def test_required_if(rule_id, parent, ticked, filled, make_review, findings_of):
    assert findings_of(rule_id, make_review()) == []
    assert findings_of(rule_id, make_review(**{parent: ticked.format(filled)})) == []
    [finding] = findings_of(rule_id, make_review(**{parent: ticked.format("__________________")}))
    assert finding.severity == "error" and finding.family == "conditional"
    assert finding.fields[0] in ("平台建设方式", "IaaS基础设施", "部署方式") and "（必填）" in finding.fields[1]


def test_required_if_reads_the_separate_detail_field(make_review, findings_of):
    review = make_review(construction_mode="□ 自建\n☑ 合作共建", partner_enterprise="上海临港智联软件有限公司")
    assert findings_of("conditional.partner_enterprise", review) == []


def test_proof_cell_merged_over_several_rows_counts_for_each(tmp_path, findings_of):
    # One 证明资料 cell merged down over two rows (pkg03's layout): the second row has a proof.
    from docx import Document as Docx

    from assistant.core.settings import Settings
    from assistant.package.loader import load_package
    from assistant.review.build import build_review

    rows = [("内容", "平台实际情况", "证明资料"), ("平台团队总人数（人）", "119", "附件3-4 花名册 第2页"),
            ("其中：运维人数（人）", "57", ""), ("运营人数（人）", "62", "")]
    doc = Docx()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    table = doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 2).merge(table.cell(2, 2))  # rows 1–2 share one proof; row 3 has none
    package_dir = tmp_path / "package"
    package_dir.mkdir()
    doc.save(package_dir / "附件2 申报表（测试）.docx")
    settings = Settings(workspace=tmp_path / "ws", ocr=False, render_docx=False)
    review = build_review(load_package(package_dir, settings))
    values = {v.field_id: v for v in review.primary_form.values()}
    assert values["staff_ops_maintenance"].proof == "附件3-4 花名册 第2页"  # the merged cell covers it
    found = findings_of("missing_proof.empty_proof", review)
    assert [f.fields for f in found] == [("运营人数（人）",)]


# --- char_limit on texts written by others (issue 12) --------------------------------------------

def test_private_deployment_note_is_counted_apart(make_review, findings_of):
    # 填报指引 2.2.1: "将涉及私有化部署的相关情况进行额外100字左右说明".
    main, note = _chars(95) + "。", "私有化部署说明：" + _chars(90) + "。"
    assert findings_of("char_limit.form_field", make_review(edge_processing=f"{main}\n{note}")) == []
    assert findings_of("char_limit.form_field", make_review(edge_processing=main + "在客户现场私有化部署" + _chars(90) + "。")) == []
    [finding] = findings_of("char_limit.form_field", make_review(edge_processing=f"{main}\n私有化部署说明：{_chars(200)}"))
    assert finding.severity == "warning" and "私有化部署说明" in finding.message and "额外100字左右" in finding.message


def test_latin_letters_and_digits_are_not_a_certain_breach(make_review, findings_of):
    # 50字以内: 57 characters counted one by one, 26 as Word counts (vCPU, 11648, GPU … one each).
    text = "云化服务器364.88台，vCPU 11648核、GPU 19卡、内存46592GB、存储1283TB，均为国产服务器"
    [finding] = findings_of("char_limit.form_field", make_review(cloud_server_compute=text))
    # Within the limit as Word counts: a note, not a warning (a clean blind package had two such).
    assert finding.severity == "info" and "仅供参考" in finding.message and "26 字" in finding.message


def test_a_breach_under_both_counts_but_within_the_margin_is_a_warning(make_review, findings_of):
    # 50字以内: 53 characters by either count — over, but by less than 10%.
    [finding] = findings_of("char_limit.form_field", make_review(cloud_server_compute=_chars(53)))
    assert finding.severity == "warning" and "请人工核对" in finding.message
    [finding] = findings_of("char_limit.form_field", make_review(cloud_server_compute=_chars(60)))
    assert finding.severity == "error"


def test_about_limit_does_not_count_punctuation(make_review, findings_of):
    # 100字左右: 110 characters of text and 16 punctuation marks is not over by 20%.
    text = "，".join(_chars(110)[i:i + 7] for i in range(0, 110, 7)) + "。"
    assert findings_of("char_limit.form_field", make_review(dev_tools=text)) == []


def test_a_finding_names_the_summary_row_worded_otherwise(make_review, findings_of):
    # 附件2 "企业已上市或已获得VC/PE投资" feeds 附件4 "企业是否已上市或已获得VC/PE投资": an evaluator
    # filling the 汇总表 (and a blind package's truth) looks for it under the row's wording.
    [finding] = findings_of("answer_format.answer_rules", make_review(listed_or_vc_funded="是"))
    assert finding.fields == ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资")


def _with_files(review, names):
    from fakes.documents import document, package

    from assistant.package.model import FileRole

    review.package = package(Path("/tmp/p"), [(document(name, [["证明材料"]]), FileRole.other_evidence) for name in names])
    return review


def test_a_proof_citing_an_attachment_the_package_does_not_hold(make_review, findings_of):
    """h11: 荣誉数量's 证明资料 「附件3-9《荣誉证书扫描件》第1-6页」 in a package of files 附件3-1 … 3-8."""
    names = [f"附件3-{n}_证明{n}.pdf" for n in range(1, 9)] + ["附件3-1_2023年度审计报告.pdf"]
    review = _with_files(make_review(proofs={"awards": "附件3-9《荣誉证书扫描件》第1-6页",
                                             "patents": "附件3-2 第3页"}), names)
    [finding] = findings_of("missing_proof.cited_file", review)
    assert finding.severity == "warning" and finding.fields == ("平台获得省部级及以上奖项/荣誉数量（个）",)
    assert "附件3-9" in finding.message
    present = _with_files(make_review(proofs={"awards": "附件3-8《荣誉证书扫描件》第1-6页"}), names)
    assert findings_of("missing_proof.cited_file", present) == []
    # proofs bound into one file (no file numbered 3-N): nothing to judge
    bound = _with_files(make_review(proofs={"awards": "附件3-9《荣誉证书扫描件》"}), ["附件3 证明材料汇编.pdf"])
    assert findings_of("missing_proof.cited_file", bound) == []
    # h55: a number that says itself no file stands behind it (the platform's back office)
    backend = _with_files(make_review(proofs={"awards": "附件3-9 平台后台统计（无单独证明材料，数据取自平台运营后台）"}),
                          names)
    assert findings_of("missing_proof.cited_file", backend) == []


def test_a_proof_citing_a_numbered_zuozheng_the_package_does_not_hold(make_review, findings_of):
    """h26: 「佐证6 团体标准文本」 in a package of files 佐证1 … 佐证8 without 佐证6."""
    names = [f"佐证{n} 证明{n}.pdf" for n in (1, 2, 3, 4, 5, 7, 8)]
    review = _with_files(make_review(proofs={"standards": "佐证6 团体标准文本",
                                             "patents": "佐证3 知识产权清单 第2页"}), names)
    [finding] = findings_of("missing_proof.cited_file", review)
    assert finding.fields == ("平台牵头/参与标准制定情况（国家标准、行业标准）",) and "佐证6" in finding.message
    present = _with_files(make_review(proofs={"standards": "佐证6 团体标准文本"}), [*names, "佐证6 标准.pdf"])
    assert findings_of("missing_proof.cited_file", present) == []
    # 附件6 alone is the notice's platform list, never a numbered proof
    alone = _with_files(make_review(proofs={"standards": "附件6 第3行"}), [f"附件{n}.pdf" for n in range(1, 6)])
    assert findings_of("missing_proof.cited_file", alone) == []


@pytest.mark.parametrize(("answer", "flagged"), [
    ("2024年1-6月：6820个", True), ("2024年上半年：6820个", True),
    ("2023年自然年：12960个", False), ("2023年1-12月：12960个", False), ("12960", False),
    ("2023年自然年：12960个；截至填表日前一年：13502个", False),
])
def test_orders_of_a_period_that_is_neither_reading(make_review, findings_of, answer, flagged):
    found = findings_of("answer_format.order_period", make_review(orders_last_year=answer))
    assert bool(found) is flagged
    assert all(f.severity == "warning" and "既非2023年自然年" in f.message for f in found)


def test_a_folder_numbered_as_the_attachment_cited_holds_it(make_review, findings_of):
    """h61: 「附件3-4」 cited where the package keeps 「02证明材料/3-4 资质证书/ISO27001证书.png」: the folder is 3-4."""
    names = [f"02证明材料/3-{n} 证明{n}.pdf" for n in (1, 2, 3, 5)] + ["02证明材料/3-4 资质证书/ISO27001证书.png"]
    review = _with_files(make_review(proofs={"awards": "附件3-4 资质证书"}), names)
    assert findings_of("missing_proof.cited_file", review) == []
    review = _with_files(make_review(proofs={"awards": "附件3-6 资质证书"}), names)
    assert [f.expected for f in findings_of("missing_proof.cited_file", review)] == ["附件3-6"]


def test_proofs_named_by_the_applicants_own_numbers_and_the_annex_table(make_review, findings_of):
    """h81: files 证明1_… … 证明7_…, the 申报书's annex table 「附件3-1 | 证明1_专项审计报告 | 共6页」 …, and proofs
    cited 「附件3-1《证明1_专项审计报告》第5页」 or 「附件3-4」 alone: the file is named and there, or the table pairs
    the number with a file of the package; a page that opens with several 附件 lines is that table, no
    part. A number the table pairs with no file of the package is still absent."""
    from fakes.documents import document, package

    from assistant.package.model import FileRole
    from extractors.model import Table

    titles = ["专项审计报告", "知识产权清单", "接入设备统计", "平台驾驶舱截图", "服务企业统计表"]
    names = [f"证明材料/证明{n}_{t}.pdf" for n, t in enumerate(titles, start=1)]
    rows = [("附件编号", "材料名称", "页数"), *((f"附件3-{n}", f"证明{n}_{t}", "共1页") for n, t in enumerate(titles, start=1)),
            ("附件3-6", "证明6_APP订阅台账", "电子表格")]
    annex = document("申报材料/附件3_申报书.docx", [[" ".join(r) for r in rows[2:]]], fmt="docx")
    annex = annex.model_copy(update={"tables": (Table(index=0, page_number=None, rows=rows),)})

    def review_with(proofs):
        review = make_review(proofs=proofs)
        evidence = [(document(name, [["证明材料"]]), FileRole.other_evidence) for name in names]
        review.package = package(Path("/tmp/p"), [(annex, FileRole.proposal), *evidence])
        return review

    cited = {"revenue": "附件3-1《证明1_专项审计报告》 第5页", "apps_total": "附件3-4《证明4_平台驾驶舱截图》 第1页",
             "devices_total": "附件3-3 第1页；附件3-4", "patents": "附件3-2"}
    assert findings_of("missing_proof.cited_file", review_with(cited)) == []
    [finding] = findings_of("missing_proof.cited_file", review_with({**cited, "app_subscriptions": "附件3-6 第1页"}))
    assert finding.expected == "附件3-6"


def test_a_drafts_placeholder_is_no_answer(make_review, findings_of):
    """h67: 「XXX」, 「TBD」, 「待定」 standing for a whole answer are a draft's marks: an indicator's is an error,
    another field's a warning; a real answer that mentions 待 (「待遇」) is an answer."""
    for mark in ("XXX", "TBD", "待定"):
        [finding] = findings_of("blank.required_field", make_review(protocols_supported=mark))
        assert finding.severity == "error" and f"占位符“{mark}”" in finding.message
    [detail] = findings_of("blank.required_field", make_review(platform_url="待补充"))
    assert detail.severity == "warning" and "占位符" in detail.message
    assert findings_of("blank.required_field", make_review(platform_url="https://待遇.example.com")) == []


def test_a_proof_citing_an_attachment_number_beyond_the_notices_own(make_review, findings_of):
    """h67: 「附件8 专利证书（共9份）」 where the proofs run 3-1 … 3-5 and nothing is numbered 8; the notice's own
    附件1–6 and a file that is numbered 8 say nothing."""
    names = [f"证明材料/3-{n}_证明{n}.pdf" for n in range(1, 6)]
    review = _with_files(make_review(proofs={"patents": "附件8 专利证书（共9份）"}), names)
    [finding] = findings_of("missing_proof.cited_file", review)
    assert finding.fields == ("平台核心软硬件技术获得的专利数量（项）",) and "附件8" in finding.message
    for proofs, files in (({"patents": "附件3 申报书第六章"}, names),
                          ({"patents": "附件8 专利证书（共9份）"}, [*names, "证明材料/附件8 专利证书.pdf"])):
        assert findings_of("missing_proof.cited_file", _with_files(make_review(proofs=proofs), files)) == []


def test_an_audit_report_by_name_that_is_a_business_licence(make_review, findings_of):
    """h67: 「附件3-1 审计报告.pdf」 holding one page of 营业执照, cited 「附件3-1 审计报告 第3页」: the audit report is
    not in the package (an error: page 3 does not exist); an audit report that is one, or a file the classifier
    could not place, says nothing."""
    from fakes.documents import document, package

    from assistant.package.model import FileRole

    def review_with(role, pages=1, lines=("营业执照", "统一社会信用代码91310112MA1GB7XK3P")):
        review = make_review(proofs={"revenue": "附件3-1 审计报告 第3页", "patents": "附件3-2 第1页"})
        doc = document("附件3-1 审计报告.pdf", [list(lines)] * pages)
        review.package = package(Path("/tmp/p"), [(doc, role)])
        return review

    [finding] = findings_of("missing_proof.misnamed_file", review_with(FileRole.business_license))
    assert finding.severity == "error" and "平台相关营业收入（万元）" in finding.fields and "营业执照" in finding.message
    assert "平台核心软硬件技术获得的专利数量（项）" not in finding.fields  # cites 附件3-2
    [doubted] = findings_of("missing_proof.misnamed_file", review_with(FileRole.business_license, pages=40))
    assert doubted.severity == "warning"
    for role in (FileRole.audit_report, FileRole.other_evidence):
        assert findings_of("missing_proof.misnamed_file", review_with(role)) == []
    # a scanned audit report the classifier placed elsewhere still reads as one
    scanned = review_with(FileRole.screenshot, lines=("审计报告", "利润表 单位：元", "一、营业收入 66,707,912.35"))
    assert findings_of("missing_proof.misnamed_file", scanned) == []

    # h71: a merged scan named for the report and the screenshots it also holds is no misnamed report
    merged = review_with(FileRole.screenshot)
    merged.package = package(Path("/tmp/p"), [(document("附件3-1及3-4-审计报告节选与平台截图（合并扫描）.pdf",
                                                        [["接入设备 18,640"]] * 3), FileRole.screenshot)])
    assert findings_of("missing_proof.misnamed_file", merged) == []


def test_an_attachment_bound_inside_the_proposal_is_there(make_review, findings_of):
    """h71: 附件3-2, 3-3 and 3-5 bound in the 申报书's 「附件材料」 part, each opening with its own 「第 1 页 共 2 页」 over
    「附件3-2 平台核心软硬件技术知识产权清单」; only 3-1 and 3-4 are files. A 目录 line naming 附件3-6 binds nothing."""
    from fakes.documents import document, package

    from assistant.package.model import FileRole

    review = make_review(proofs={"patents": "附件3-2 第1页（申报书第12页）", "awards": "附件3-6 荣誉证书"})
    proposal = document("附件3 申报书（含附件材料）.pdf", [
        ["目录", "一、平台基本情况 1", "二、平台技术能力 4", "附件材料 11", "附件3-6 荣誉清单 16"],
        ["- 12 -", "第 1 页 共 2 页", "附件3-2 平台核心软硬件技术知识产权清单", "一、专利清单（共18项）"]])
    review.package = package(Path("/tmp/p"), [
        (proposal, FileRole.proposal), (document("附件3-1 2023年度审计报告.pdf", [["审计报告"]]), FileRole.audit_report),
        (document("附件3-4 平台运行截图.pdf", [["工业APP 234"]]), FileRole.screenshot)])
    assert [f.expected for f in findings_of("missing_proof.cited_file", review)] == ["附件3-6"]


def test_a_cited_proof_page_that_holds_nothing(make_review, findings_of):
    """h67: 「附件3-4 第2页」 is a page that says only 「（此页待补充）」; 「附件2 第2页」 of 「2 知识产权清单.pdf」 holds only
    its running head; a page with its proof on it says nothing."""
    from fakes.documents import document, package

    from assistant.package.model import FileRole

    review = make_review(proofs={"microservices_total": "附件3-4 第2页", "software_copyrights": "附件2 第2页",
                                 "apps_total": "附件3-4 第1页"})
    shots = document("附件3-4 平台运行截图.pdf", [["平台运行总览", "工业APP 234"], ["（此页待补充）"]])
    ip = document("附件/2 知识产权清单.pdf", [["示例公司 知识产权清单", "专利清单（共15项）"], ["示例公司 知识产权清单", "2"]])
    review.package = package(Path("/tmp/p"), [(shots, FileRole.screenshot), (ip, FileRole.certificate_list)])
    found = {f.fields: f.severity for f in findings_of("missing_proof.placeholder_page", review)}
    assert found == {("微服务数量（个）",): "warning", ("平台核心软硬件技术获得的软著数量（个）",): "warning"}


def test_a_cited_page_beyond_the_file(make_review, findings_of):
    """h71: 「附件3-4 截图合集 第5页」 where 附件3-4 has 4 pages; an extract that prints the cited number as its own
    (「审计报告第 22 页」 on its 2nd page) holds it."""
    from fakes.documents import document, package

    from assistant.core.citations import Citation
    from assistant.core.evidence import EvidenceValue
    from assistant.package.model import FileRole

    review = make_review(proofs={"storage_capacity": "附件3-4 截图合集 第5页", "revenue": "附件3-1 审计报告第22页",
                                 "apps_total": "附件3-4 截图合集 第2页", "patents": "附件3-4 第3-6页",  # a loose range's end
                                 "awards": "附件3 第9页"})  # a bare 附件3 may be the notice's (the 申报书)
    shots = document("证明材料/附件3-4_截图合集.pdf", [["截图 1/2", "工业APP 234"], ["截图 2/2"], ["报告第2页"], ["第 8 页"]])
    listed = document("证明材料/附件3 接入清单.pdf", [["接入设备清单"], ["合计 8,642"]])
    audit = document("证明材料/附件3-1_审计报告.pdf", [["审计报告第 21 页"], ["审计报告第 22 页", "营业收入 3,215.33"],
                                                      *([["审计报告"]] * 4)])
    review.package = package(Path("/tmp/p"), [(shots, FileRole.screenshot), (audit, FileRole.audit_report),
                                              (listed, FileRole.device_list)])
    [finding] = findings_of("missing_proof.page_beyond", review)
    assert finding.severity == "warning" and finding.fields == ("存储容量（TB）",) and "只有4页" in finding.message
    # h29: the figure is proven elsewhere in that file — the page number is a slip, a note
    review.evidence = [EvidenceValue(field_id="storage_capacity", label="存储容量（TB）", value="1280", unit="TB",
                                     normalized=1280, method="ocr_figure",
                                     citations=(Citation(file="证明材料/附件3-4_截图合集.pdf", page=2, quote="1280"),))]
    [noted] = findings_of("missing_proof.page_beyond", review)
    assert noted.severity == "info" and "笔误" in noted.message


def test_files_numbered_inside_an_attachments_folder(make_review, findings_of):
    """h42: 「附件3 证明材料/09 合作平台协议清单.pdf」 is 附件3-9, and a 申报书 page opening with 「附件3-2 …」 does not
    make the others missing; 附件3-12 is."""
    names = [f"附件3 证明材料/0{n} 证明{n}.pdf" for n in range(1, 10)]
    review = _with_files(make_review(proofs={"partner_platforms": "附件3-9 合作平台协议清单", "awards": "附件3-12 荣誉"}),
                         names)
    assert [f.expected for f in findings_of("missing_proof.cited_file", review)] == ["附件3-12"]
