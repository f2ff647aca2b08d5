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
