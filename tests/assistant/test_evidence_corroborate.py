"""An amount a proof prints on two pages is cited on both (assistant.evidence.corroborate): h47's
「经审计，平台2023年度实现营业收入45,862,317.48元」 on page 1 beside the 专项说明's table on page 2."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.core.citations import cite_text
from assistant.core.evidence import EvidenceFact
from assistant.evidence.corroborate import corroborate


def _fact(document, page_number: int, quote: str, field_id: str = "revenue") -> EvidenceFact:
    page = next(p for p in document.pages if p.number == page_number)
    start = page.text.index(quote)
    return EvidenceFact(field_id=field_id, label="x", value=quote.split()[-1], unit="元", normalized=1.0,
                        method="table_row", citations=(cite_text(document, page, start, start + len(quote)),))


def test_an_amount_printed_again_on_another_page_is_cited_there(tmp_path: Path):
    document = read_pdf(flow_pdf(tmp_path / "专项审计报告.pdf", [
        [Line("经审计，平台2023年度实现营业收入45,862,317.48元，服务企业1,380家。")],
        [Line("一、平台营业收入 45,862,317.48"), Line("实际服务企业 1,380"), Line("二、平台营业收入（上年） 145,862,317.48")]]))
    revenue, firms = _fact(document, 2, "一、平台营业收入 45,862,317.48"), _fact(document, 2, "实际服务企业 1,380", "enterprises_served")
    [seen_twice, count] = corroborate([revenue, firms], {document.path: document})
    assert [(c.page, c.quote) for c in seen_twice.citations] == [(2, "一、平台营业收入 45,862,317.48"), (1, "45,862,317.48")]
    assert count.citations == firms.citations  # a count recurs by chance: not corroborated
