"""A dashboard's order count of a stated half year (h49: 「统计区间2024-01-01 至2024-06-30」 over 「平台订单（个）
12,640」, against 「2023年自然年：12640个」): read as the orders of that period, said so, and no proof of either
reading the 填报指引 allows — a screenshot's difference, a warning."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.evidence.figure_pieces import part_of_a_year
from assistant.evidence.figures import read_figures


def _dashboard(path: Path, period: str) -> list:
    from assistant.catalog.notice import load_catalog

    page = [Line("订单统计"), Line(f"统计区间{period}"), Line("平台订单（个）"), Line("12,640")]
    return read_figures(read_pdf(flow_pdf(path, [page])), load_catalog())


def test_a_page_of_a_half_year_states_its_orders_period(tmp_path: Path):
    assert part_of_a_year("统计区间2024-01-01 至2024-06-30") == "2024-01-01至2024-06-30"
    assert part_of_a_year("统计周期：2023/01/01-2023/12/31") == ""  # a year: one of the readings, or not said which
    [orders] = [v for v in _dashboard(tmp_path / "订单统计.pdf", "2024-01-01 至2024-06-30")
                if v.field_id == "orders_last_year"]
    assert orders.normalized == 12640 and orders.period == "2024-01-01至2024-06-30"
    assert not [v for v in _dashboard(tmp_path / "全年.pdf", "2023-01-01 至2023-12-31") if v.field_id == "orders_last_year"]


def test_the_screenshot_proves_no_reading_of_the_indicator(tmp_path: Path, make_review, findings_of):
    from assistant.package.model import Classification, FileRole, Package, PackageFile

    path = tmp_path / "订单统计.pdf"
    facts = _dashboard(path, "2024-01-01 至2024-06-30")
    member = PackageFile(path=path.name, document=read_pdf(path), cached=False, parse_seconds=0.0,
                         classification=Classification(role=FileRole.screenshot, confidence=0.9, reasons=()))
    review = make_review(orders_last_year="2023年自然年：12640个")
    review.package = Package(id="p", source="t", root=str(tmp_path), files=(member,))
    review.evidence = [f.model_copy(update={"citations": tuple(c.model_copy(update={"file": path.name}) for c in f.citations)})
                       for f in facts]
    [finding] = findings_of("screenshot_vs_form.order_period", review)
    assert finding.severity == "warning" and "2024-01-01至2024-06-30" in finding.message
    assert findings_of("declared_vs_evidence.order_period", review) == []
