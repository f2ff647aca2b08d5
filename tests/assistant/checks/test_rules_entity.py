"""Platform figures proven by another company's statements (h52): a warning naming the entity, never an
error; the applicant's own statements, or another entity's company-wide figures, say nothing here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from test_evidence_report_lines import _report

from assistant.catalog.notice import load_catalog
from assistant.core.citations import Citation
from assistant.core.evidence import PREPARED_BY, EvidenceValue
from extractors.model import Span


def _revenue(entity: str, scope: str = "platform", value: str = "3,215.33") -> EvidenceValue:
    quote = f"营业收入（平台服务） {value}"
    return EvidenceValue(field_id="revenue", label=load_catalog().field("revenue").label, value=value, unit="万元",
                         normalized=float(value.replace(",", "")), scope=scope, year=2023, method="table_row",
                         reasons=(f"{PREPARED_BY}{entity}",),
                         citations=(Citation(file="附件3-2 财务报表.pdf", page=2, quote=quote, span=Span(start=0, end=len(quote))),))


def test_a_subsidiarys_statement_behind_the_platform_revenue(make_review, findings_of):
    review = make_review()
    review.evidence = [_revenue("延锋数智（香港）有限公司")]
    [finding] = findings_of("declared_vs_evidence.entity", review)
    assert finding.severity == "warning"
    assert "延锋数智（香港）有限公司" in finding.message and "上海延锋金桥饰件系统有限公司" in finding.message
    assert finding.fields[0] == "平台相关营业收入（万元）"
    assert any(c.file == "附件3-2 财务报表.pdf" and c.page == 2 for c in finding.citations)


def test_the_applicants_own_statement_or_company_figures_say_nothing(make_review, findings_of):
    review = make_review()
    review.evidence = [_revenue("上海延锋金桥饰件系统有限公司"), _revenue("延锋金桥饰件系统"),
                       _revenue("延锋国际汽车技术有限公司", scope="company")]
    assert findings_of("declared_vs_evidence.entity", review) == []


def test_a_parents_report_restating_the_applicants_own_figure(make_review, findings_of):
    """h60: the listed parent's product line equals the platform revenue the applicant's own audit states."""
    review = make_review()
    review.evidence = [_revenue("浦江汽车系统股份有限公司"), _revenue("上海延锋金桥饰件系统有限公司")]
    assert findings_of("declared_vs_evidence.entity", review) == []
    review.evidence = [_revenue("浦江汽车系统股份有限公司", value="5,864.22"), _revenue("上海延锋金桥饰件系统有限公司")]
    assert len(findings_of("declared_vs_evidence.entity", review)) == 1


def test_a_groups_line_bounds_the_declared_revenue(make_review, tmp_path: Path):
    """h60: a group's line may hold more than the platform: the declared revenue may not exceed it, and may be
    below it."""
    from assistant.checks.evidence_judgement import compare_fact

    line = next(v for v in _report(tmp_path) if v.field_id == "revenue" and v.citations[0].page == 2)
    within, beyond = make_review(revenue="15000.00"), make_review(revenue="128645.40")
    assert compare_fact(within, line).consistent and compare_fact(within, line).kind == "at_most"
    comparison = compare_fact(beyond, line)
    assert not comparison.consistent and comparison.evidence == Decimal("18653.240866")


def test_whose_statement_it_is_by_the_names():
    """h69: a subsidiary named after its parent (「上海光明乳业数字科技有限公司」 of 「光明乳业股份有限公司」) is another
    company; a shorter name, a place added or a branch (分公司) is the applicant itself."""
    from assistant.checks.evidence_judgement import different_companies

    assert different_companies("上海光明乳业数字科技有限公司", "光明乳业股份有限公司")
    assert different_companies("甬沪智联科技股份有限公司", "上海河姆渡实业发展有限公司")
    for named, applicant in (("延锋金桥", "上海延锋金桥饰件系统有限公司"), ("光明乳业（上海）有限公司", "光明乳业股份有限公司"),
                             ("上海电机系统节能工程技术研究中心有限公司嘉定分公司", "上海电机系统节能工程技术研究中心有限公司"),
                             ("上海延锋金桥饰件系统有限公司", "延锋金桥饰件系统有限公司")):
        assert not different_companies(named, applicant), named


def test_a_subsidiarys_statements_bound_nothing_of_the_applicants(make_review, findings_of):
    """h69: the subsidiary that runs the platform attaches its own audit; the parent declares its own 主营业务收入,
    far above the subsidiary's revenue — no bound is broken."""
    from assistant.catalog.vocabulary import COMPANY_REVENUE_COMPONENT

    def company_revenue(entity: str) -> EvidenceValue:
        quote = "一、营业收入 77,961,226.99"
        return EvidenceValue(field_id="main_business_revenue", label="营业收入（万元）", value="77,961,226.99", unit="元",
                             normalized=7796.122699, scope="company", year=2023, method="table_row",
                             component=COMPANY_REVENUE_COMPONENT, reasons=(f"{PREPARED_BY}{entity}",),
                             citations=(Citation(file="证明3 审计报告.pdf", page=4, quote=quote,
                                                 span=Span(start=0, end=len(quote))),))

    review = make_review()
    review.evidence = [company_revenue("上海延锋金桥数字科技有限公司")]
    assert findings_of("declared_vs_evidence.bound", review) == []
    review.evidence = [company_revenue("上海延锋金桥饰件系统有限公司")]
    assert [f.severity for f in findings_of("declared_vs_evidence.bound", review)] == ["error"]


def test_an_export_another_company_made_puts_all_its_counts_in_doubt(make_review, findings_of, tmp_path: Path):
    """h42: 「设备接入台账导出 / 导出单位：上海沪电数能科技有限公司 / 数据来源：沪电数能综合能源监测平台」 — the export's
    counts are that company's (`evidence.exported_by`), all of them in one warning even where a screenshot shows
    the same figure; an export the applicant made says nothing."""
    import openpyxl

    from assistant.evidence.exported_by import exported_by
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    def export(maker: str):
        wb = openpyxl.Workbook()
        for row in (["设备接入台账导出"], [f"导出单位：{maker}"], ["数据来源：某某综合能源监测平台"], [],
                    ["序号", "设备二级分类（附录A）", "接入数量（台/套）"], [1, "电力设备", 1200], [None, "合计", 1200]):
            wb.active.append(row)
        wb.save(tmp_path / "台账.xlsx")
        document = read_file(tmp_path / "台账.xlsx", "附件3 设备接入台账导出.xlsx", ReadOptions(ocr=False, render_docx=False))
        catalog = load_catalog()
        facts = [EvidenceValue(field_id=f, label=catalog.field(f).label, value=v, unit="台/套", normalized=int(v),
                               scope="platform", method="list_count",
                               citations=(Citation(file="附件3 设备接入台账导出.xlsx", page=1, quote=v,
                                                   span=Span(start=0, end=len(v))),))
                 for f, v in (("devices_total", "1200"), ("devices_public_cloud", "600"))]
        return exported_by(document, facts)

    review = make_review()
    shot = EvidenceValue(field_id="devices_total", label=load_catalog().field("devices_total").label, value="1200",
                         unit="台/套", normalized=1200, scope="platform", method="ocr_figure",
                         citations=(Citation(file="截图.png", page=1, quote="1200", span=Span(start=0, end=4)),))
    review.evidence = [*export("上海某某数能科技有限公司"), shot]
    [finding] = findings_of("declared_vs_evidence.entity", review)
    assert finding.severity == "warning" and "上海某某数能科技有限公司" in finding.message and "导出" in finding.message
    assert set(finding.fields) >= {"连接的工业设备/产品/产线种类及数量（台/套）", "其中：公有云工业设备连接数量（台/套）"}
    review.evidence = [*export("上海延锋金桥饰件系统有限公司"), shot]
    assert findings_of("declared_vs_evidence.entity", review) == []
    # the 申报书 says whose back office it is (h42's clean package): explained, nothing to ask
    from fakes.documents import document, package

    from assistant.package.model import FileRole

    review.evidence = [*export("上海某某数能科技有限公司"), shot]
    proposal = document("附件3 申报书.docx", [["平台云端运维及数据服务由全资子公司上海某某数能科技有限公司承担。"]], fmt="docx")
    review.package = package(tmp_path, [(proposal, FileRole.proposal)])
    assert findings_of("declared_vs_evidence.entity", review) == []


def test_an_audit_reports_cover_names_whose_platform_money_it_is(make_review, findings_of, tmp_path: Path):
    """h42: a parent's group audit whose segment note states the platform's figures: the cover names the audited
    company on a line of its own (or 「关于…有限公司」 over a 专项审计报告); its platform money figures are that
    company's, a count or a cover that is no audit report is left alone; where another file tells the relation
    (「全资子公司」, h69) the note is info."""
    from fakes.documents import document, package

    from assistant.evidence.exported_by import exported_by
    from assistant.package.model import FileRole

    catalog = load_catalog()

    def facts():
        count = EvidenceValue(field_id="devices_total", label=catalog.field("devices_total").label, value="1200",
                              unit="台/套", normalized=1200, scope="platform", method="table_row",
                              citations=(Citation(file="证明1 审计报告.pdf", page=5, quote="1200", span=Span(start=0, end=4)),))
        money = _revenue("").model_copy(update={"reasons": (), "citations": (
            Citation(file="证明1 审计报告.pdf", page=5, quote="平台相关营业收入 3,215.33", span=Span(start=0, end=17)),)})
        return [money, count]

    def cover(*lines: str):
        return exported_by(document("证明1 审计报告.pdf", [list(lines), ["附注十八、平台业务分部信息"]]), facts())

    money, count = cover("某某汽车内饰（集团）有限公司", "2023年度财务报表审计报告", "某某会计师事务所（特殊普通合伙）")
    assert money.stated(PREPARED_BY) == "某某汽车内饰（集团）有限公司" and not count.stated(PREPARED_BY)
    money, _ = cover("关于某某汽车内饰（集团）有限公司", "平台业务专项审计报告")
    assert money.stated(PREPARED_BY) == "某某汽车内饰（集团）有限公司"
    money, _ = cover("某某汽车内饰（集团）有限公司", "平台业务收入统计说明")  # no audit report: nothing said
    assert not money.stated(PREPARED_BY)

    review = make_review()
    review.evidence = list(cover("某某汽车内饰（集团）有限公司", "2023年度财务报表审计报告"))
    [finding] = findings_of("declared_vs_evidence.entity", review)
    assert finding.severity == "warning" and "某某汽车内饰（集团）有限公司" in finding.message
    review.evidence = list(cover("上海延锋金桥饰件系统有限公司", "2023年度财务报表审计报告"))
    assert findings_of("declared_vs_evidence.entity", review) == []
    # another file tells the relation: info
    review.evidence = list(cover("某某汽车内饰（集团）有限公司", "2023年度财务报表审计报告"))
    note = document("证明2 说明.pdf", [["本公司为某某汽车内饰（集团）有限公司的全资子公司，平台业务分部数据取自母公司合并报表。"]])
    review.package = package(tmp_path, [(note, FileRole.other_evidence)])
    assert [f.severity for f in findings_of("declared_vs_evidence.entity", review)] == ["info"]


def test_a_report_under_the_applicants_former_name(make_review, findings_of, tmp_path: Path):
    """h69: 「3-1 2023年度审计报告（原名称：上海某某节能技术服务有限公司）.pdf」 — the applicant itself."""
    from fakes.documents import document, package

    from assistant.package.model import FileRole

    review = make_review()
    review.evidence = [_revenue("上海某某节能技术服务有限公司")]
    assert len(findings_of("declared_vs_evidence.entity", review)) == 1
    report = document("3-1 2023年度审计报告（原名称：上海某某节能技术服务有限公司）.pdf", [["2023年度财务报表及审计报告"]])
    review.package = package(tmp_path, [(report, FileRole.other_evidence)])
    assert findings_of("declared_vs_evidence.entity", review) == []
