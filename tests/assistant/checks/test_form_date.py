"""The 申报表's own date, and a stock's proof counted after it (h55: a device list 「截至2024年7月20日」 beside a
form dated 2024年7月10日 — a note for the reviewer, since the cover's date may be when it was printed)."""

from __future__ import annotations

from fakes.documents import document

from assistant.catalog.notice import load_catalog
from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceValue
from assistant.forms.form_date import form_date
from extractors.model import Span


def test_the_forms_date_labelled_on_its_cover_or_under_its_seal():
    labelled = document("申报表.pdf", [["附件2", "申报单位（盖章）：某某科技有限公司", "填表日期：2024年7月10日"],
                                    ["一、企业基本情况", "成立日期 2012年3月1日"]])
    date, citation = form_date(labelled)
    assert date.format() == "2024.07.10" and citation.quote.endswith("2024年7月10日")
    cover = document("申报表.pdf", [["上海市工业互联网平台应用水平评价申报表", "上海市经济和信息化委员会制  2024年7月18日",
                                     "一、企业基本情况", "成立日期 2012年3月1日"]])
    assert form_date(cover)[0].format() == "2024.07.18"
    undated = document("申报表.pdf", [["一、企业基本情况", "成立日期 2012年3月1日", "建设时间 2019年3月至2023年12月"]])
    assert form_date(undated) is None  # an answer's date is no form's date
    # h40: a workbook's cells, one per line — 「成立日期」 over 「1963-09-01」 is the founding, not the form's date
    cells = document("申报表.xlsx", [["评价申报表（2024年度）", "项目", "内容", "单位（企业）名称", "某某研究所", "成立日期",
                                     "1963-09-01", "注册地及所在行政区", "上海市闵行区"]])
    assert form_date(cells) is None


def test_a_stock_counted_after_the_form_is_a_note(make_review, findings_of):
    def devices(as_of: str) -> EvidenceValue:
        quote = "合计 26,480"
        return EvidenceValue(field_id="devices_total", label=load_catalog().field("devices_total").label, value="26,480",
                             unit="台/套", normalized=26480, scope="platform", as_of=as_of, method="list_count",
                             citations=(Citation(file="3-3 接入设备清单汇总.pdf", page=1, quote=quote,
                                                 span=Span(start=0, end=len(quote))),))
    review = make_review(devices_total="26480")
    review.declarations = review.declarations.model_copy(update={"form_date": "2024.07.10"})
    review.evidence = [devices("截至2024年7月20日")]
    [finding] = findings_of("declared_vs_evidence.after_form_date", review)
    assert finding.severity == "info" and "2024.07.10" in finding.message and "截至2024年7月20日" in finding.message
    review.evidence = [devices("截至2024年6月30日")]
    assert findings_of("declared_vs_evidence.after_form_date", review) == []


def test_a_list_exported_after_the_form_dates_its_stocks(make_review, findings_of):
    """h55: an APP store's summary 「导出日期：2024年7月26日」 with no 截至 date beside a form of 2024年7月16日 is
    the stock of the day it was exported. Only stocks: a yearly order count exported later is the year's; a page
    that also prints a date at or before the form's (its 截至) is as of that one."""
    from assistant.package.model import Classification, FileRole, Package, PackageFile

    def fact(field_id: str, value: str) -> EvidenceValue:
        return EvidenceValue(field_id=field_id, label=load_catalog().field(field_id).label, value=value, unit="个",
                             normalized=int(value), scope="platform", method="table_row",
                             citations=(Citation(file="APP汇总.pdf", page=1, quote=value, span=Span(start=0, end=len(value))),))

    def review_with(lines):
        member = PackageFile(path="APP汇总.pdf", document=document("APP汇总.pdf", [lines]), cached=False, parse_seconds=0.0,
                             classification=Classification(role=FileRole.other_evidence, confidence=0.9, reasons=()))
        review = make_review(apps_total="88", orders_last_year="5120")
        review.declarations = review.declarations.model_copy(update={"form_date": "2024.07.16"})
        review.package = Package(id="p", source="t", root="/tmp/p", files=(member,))
        review.evidence = [fact("apps_total", "88"), fact("orders_last_year", "5120")]
        return review

    exported = review_with(["上架应用汇总", "导出日期：2024年7月26日  导出人：运营部", "合计 88", "近一年订单 5120"])
    [finding] = findings_of("declared_vs_evidence.after_form_date", exported)
    assert finding.fields == ("工业APP数量（个）",) and "2024-07-26" in finding.message
    as_of = review_with(["上架应用汇总（截至2024年7月15日）", "导出时间：2024-07-26 10:12", "合计 88"])
    assert findings_of("declared_vs_evidence.after_form_date", as_of) == []
    before = review_with(["上架应用汇总", "导出日期：2024年7月12日", "合计 88"])
    assert findings_of("declared_vs_evidence.after_form_date", before) == []
