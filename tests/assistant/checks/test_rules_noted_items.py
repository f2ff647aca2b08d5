"""A list's own note that its total holds items the notice does not count (h53: 「注：合计数含已下线设备126台/套」
under a device list whose 合计 the form declares; 「合计含已下架APP 9个」; 23 配套供应商 among the enterprises)."""

from __future__ import annotations

from assistant.catalog.notice import load_catalog
from assistant.core.citations import Citation
from assistant.core.evidence import COUNTED_BUT_EXCLUDED, EvidenceValue
from extractors.model import Span

LIST = "附件3-2_接入设备明细.pdf"


def fact(value: int, *, component: str = "", quote: str = "合计 13,177") -> EvidenceValue:
    return EvidenceValue(field_id="devices_total", label=load_catalog().field("devices_total").label,
                         component=component, value=str(value), unit="台/套", normalized=value, scope="platform",
                         confidence=0.95, method="list_count" if not component else "text", note=quote,
                         citations=(Citation(file=LIST, page=3, quote=quote, span=Span(start=0, end=len(quote))),))


def test_a_declared_total_that_holds_the_items_its_list_says_do_not_count(make_review, findings_of):
    note = fact(126, component=COUNTED_BUT_EXCLUDED, quote="注：合计数含已下线设备126台/套")
    review = make_review(devices_total="13177")
    review.evidence = [fact(13177), note]
    [finding] = findings_of("count_vs_list.excluded_items", review)
    assert finding.severity == "warning" and finding.expected == "13051" and "已下线设备126台/套" in finding.message
    assert finding.doubts
    # the form already took them out: nothing to say
    review = make_review(devices_total="13051")
    review.evidence = [fact(13177), note]
    assert findings_of("count_vs_list.excluded_items", review) == []
    # no total of that list was read: the note alone is no proof of what the form counted
    review = make_review(devices_total="13177")
    review.evidence = [note]
    assert findings_of("count_vs_list.excluded_items", review) == []
