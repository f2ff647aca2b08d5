"""A group's annual report lists the applicant among its subsidiaries with its 在职员工 (h60: 「上海华兴数字科技有限公司
| 236」): the platform's team of 268 is more people than the company had — a warning (year's end vs the form's date).
A sister subsidiary's row is not read, and a team smaller than the company is no difference."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.evidence.insured_staff import read_company_staff

ROWS = [["主要子公司", "在职员工（人）", "其中：技术人员（人）"], ["上海延锋金桥饰件系统有限公司", "236", "174"],
        ["延锋汽车内饰（上海）有限公司", "4126", "902"]]


def _facts(tmp_path: Path, make_review):
    from assistant.catalog.notice import load_catalog

    document = read_pdf(flow_pdf(tmp_path / "集团年度报告.pdf", [[Line("部分主要子公司员工构成"),
                                                                  Grid(ROWS, widths=[200, 100, 120])]]))
    return read_company_staff(document, load_catalog(), make_review().declared("enterprise_name"))


def test_the_applicants_row_bounds_its_team(tmp_path: Path, make_review, findings_of):
    facts = _facts(tmp_path, make_review)
    assert [(f.normalized, f.scope) for f in facts] == [(236, "company")]  # the sister company's 4126 is not read
    review = make_review(staff_total="268", staff_ops_maintenance="150", staff_operations="118")
    review.evidence = facts
    [finding] = findings_of("declared_vs_evidence.staff_bound", review)
    assert finding.severity == "warning" and "236" in finding.message and finding.expected == "≤ 236"
    smaller = make_review(staff_total="143")
    smaller.evidence = facts
    assert findings_of("declared_vs_evidence.staff_bound", smaller) == []
    assert findings_of("declared_vs_evidence.value", review) == []  # the company's staff is not the team


def test_a_social_insurance_certificate_by_unit_bounds_the_team(tmp_path: Path, make_review, findings_of):
    """h96: 「参保单位 | 参保人数（人）」 over the applicant's row (OCR gluing name and count: 「…有限公司214」) — the
    applicant's insured staff bound its team of 236; a sister company's row says nothing."""
    from assistant.catalog.notice import load_catalog

    name = make_review().declared("enterprise_name")
    lines = [Line("上海市社会保险参保缴费情况证明"), Line("兹证明下列单位2024年6月社会保险参保情况如下："),
             Line("参保单位参保人数（人）"), Line(f"{name.raw}214"), Line("某某数字科技（上海）有限公司1,236")]
    facts = read_company_staff(read_pdf(flow_pdf(tmp_path / "社会保险参保缴费证明.pdf", [lines])), load_catalog(), name)
    assert [(f.normalized, f.scope) for f in facts] == [(214, "company")]
    review = make_review(staff_total="236", staff_ops_maintenance="130", staff_operations="106")
    review.evidence = facts
    [finding] = findings_of("declared_vs_evidence.staff_bound", review)
    assert finding.severity == "warning" and "社会保险参保人数" in finding.message


def test_a_team_rosters_closing_line_states_the_team_and_its_posts(tmp_path: Path):
    """h94: a scanned 「欧贝平台团队人员花名册」 closed by 「共23人，其中运维9人、运营14人；有职称/从业资格11人。」 — the team 23,
    运维 9, 运营 14; the same line in a file not titled as a roster says nothing of the team."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.insured_staff import read_insured_staff

    lines = [Line("欧贝平台团队人员花名册（截至2024年7月8日）"), Line("序号 姓名 岗位类别"), Line("1 王明 运维"),
             Line("共23人，其中运维9人、运营14人；有职称/从业资格11人。")]
    roster = read_insured_staff(read_pdf(flow_pdf(tmp_path / "10_平台团队花名册.pdf", [lines])), load_catalog())
    assert {f.field_id: f.normalized for f in roster} == {"staff_total": 23, "staff_ops_maintenance": 9, "staff_operations": 14}
    other = read_insured_staff(read_pdf(flow_pdf(tmp_path / "说明.pdf", [[Line("情况说明"), lines[-1]]])), load_catalog())
    assert other == []
