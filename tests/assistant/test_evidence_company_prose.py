"""A group's annual report quoted as a proof (2026-12-08, h96): a sentence whose subject is the company or the group
(「截至报告期末，公司及子公司累计拥有授权专利3,260项」) states the whole company's figure — read as the company's,
never as the platform's; the same words with the platform as subject are the platform's. Fixtures are our own."""

from __future__ import annotations

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.prose import read_prose_figures


def _scopes(tmp_path, sentence: str) -> dict[str, tuple]:
    path = flow_pdf(tmp_path / f"{len(sentence)}" / "年度报告（摘录）.pdf", [[Line("第三节 管理层讨论与分析"), Line(sentence)]])
    return {f.field_id: (f.normalized, f.scope) for f in read_prose_figures(read_pdf(path), load_catalog())}


def test_a_sentence_of_the_company_or_the_group_states_the_companys_figure(tmp_path):
    assert _scopes(tmp_path, "截至报告期末，公司及子公司累计拥有授权专利3,260项。") == {"patents": (3260, "company")}
    assert _scopes(tmp_path, "集团累计拥有授权专利2,180项。") == {"patents": (2180, "company")}
    assert _scopes(tmp_path, "截至报告期末，平台核心技术累计获得授权专利24项。") == {"patents": (24, "platform")}


def test_the_applicants_own_letter_saying_company_is_the_platforms(tmp_path):
    """「公司」 alone in the applicant's 情况说明 (not an annual report) may speak of its platform: kept the platform's."""
    path = flow_pdf(tmp_path / "情况说明.pdf", [[Line("平台运营情况说明"), Line("截至2024年6月30日，公司累计接入工业设备86,420台。")]])
    facts = {f.field_id: f.scope for f in read_prose_figures(read_pdf(path), load_catalog())}
    assert facts == {"devices_total": "platform"}
