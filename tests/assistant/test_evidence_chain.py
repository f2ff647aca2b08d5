"""The evidence chain: which extractor runs, what the offline one reads from a whole package."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_evidence_fixtures import (
    INCOME_ROWS,
    ListSection,
    Statement,
    list_pdf,
    statement_pdf,
)

from assistant.app.review_run import extractor_for
from assistant.core.settings import Settings
from assistant.evidence.extractor import EvidenceExtractor, OfflineExtractor
from assistant.package.loader import load_package
from assistant.review.build import build_review

REPO = Path(__file__).resolve().parents[2]
MY_FAMILIES = {"declared_vs_evidence", "count_vs_list", "screenshot_vs_form", "unsupported"}


def test_offline_extractor_is_the_default(tmp_path):
    extractor = extractor_for(Settings(workspace=tmp_path))
    assert isinstance(extractor, OfflineExtractor) and isinstance(extractor, EvidenceExtractor)
    assert extractor.name == "offline"


def test_configured_llm_selects_the_llm_chain(tmp_path):
    extractor = extractor_for(Settings(workspace=tmp_path, llm="openai", llm_base_url="http://127.0.0.1:9/v1"))
    assert isinstance(extractor, EvidenceExtractor) and extractor.name == "llm"


def test_offline_extractor_reads_a_package_by_content(tmp_path):
    root = tmp_path / "package"
    unit = "编制单位：上海示例科技有限公司（工业互联网平台业务） 2023年度 单位：元"
    income = Statement("利润表", [unit], ["项目", "本期金额", "上期金额"], INCOME_ROWS)
    statement_pdf(root / "证明材料" / "scan0001.pdf", [income],
                  cover=["上海示例科技有限公司工业互联网平台业务", "2023年度专项审计报告", "上海某会计师事务所 注册会计师"])
    list_pdf(root / "证明材料" / "附件A.pdf", "平台连接工业设备清单", [ListSection(
        "", ["序号", "设备二级分类", "所属区域", "设备数量（台/套）"], [["1", "机床", "上海", "100"]], "合计 100")])
    (root / "证明材料" / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    package = load_package(root, Settings(workspace=tmp_path / "ws", ocr=False, render_docx=False))
    review = build_review(package, evidence=OfflineExtractor().extract)
    found = {(v.field_id, v.component): v for v in review.evidence}
    assert found[("revenue", "")].citations[0].file == "证明材料/scan0001.pdf"
    assert found[("revenue", "")].citations[0].page == 2
    assert found[("devices_total", "")].normalized == 100
    assert review.evidence == OfflineExtractor().extract(review)  # deterministic


@pytest.mark.slow
def test_sample_package_evidence_and_no_false_alarm(shared_workspace):
    """The full `shenbao eval` path on the bundled sample: every labelled fact found on its file
    and page, and no error/warning of the evidence rules on this consistent package."""
    from eval_sets.runner import outputs_for
    from eval_sets.scorer import score_package
    from eval_sets.truth import TRUTH_DIR, load_truth

    truth = load_truth(TRUTH_DIR / "sample_package.json")
    prefill_json, check_json = outputs_for(truth, Settings(workspace=shared_workspace, workers=2), REPO)
    mine = [f for f in check_json["findings"] if f["rule"].split(".", 1)[0] in MY_FAMILIES]
    score = score_package(truth, prefill_json, {**check_json, "findings": mine})
    assert score.facts_missed == [] and score.facts_total == len(truth.evidence_facts)
    assert [f for f in mine if f["severity"] in ("error", "warning")] == []
    statuses = {e["status"] for r in prefill_json["rows"] for e in r["evidence"]}
    assert statuses <= {"consistent", "unchecked"}


@pytest.mark.slow
def test_a_scanned_letter_filed_as_a_picture_is_read_as_a_letter(tmp_path):
    # blind holdout 5: a stamped 运营数据证明, image-only, classed with the screenshots (all pages
    # pictures); its sentences went unread and 5 facts were lost per package.
    from fixtures.make_list_fixtures import scanned_pdf
    from fixtures.make_unseen_fixtures import Line, flow_pdf

    from assistant.package.model import FileRole

    letter = [Line("平台运营数据证明", 14), Line("上海市经济和信息化委员会：", 11),
              Line("兹证明，截至2024年6月30日，某某工业互联网平台注册企业用户6,420家，", 11),
              Line("累计实际服务企业2,846家。平台连接工业设备41,280台（套）。", 11), Line("特此证明。", 11)]
    root = tmp_path / "package"
    root.mkdir()
    scanned_pdf(flow_pdf(tmp_path / "letter.pdf", [letter]), root / "ZM02 平台运营数据证明（盖章）.pdf")
    package = load_package(root, Settings(workspace=tmp_path / "ws", render_docx=False))
    # titled as a paper proof (「…证明」), it is one, not a screenshot (h83); read as a letter either way
    assert [m.role for m in package.files] == [FileRole.other_evidence]
    review = build_review(package, evidence=OfflineExtractor().extract)
    found = {v.field_id: v for v in review.evidence}
    assert found["enterprise_users_registered"].normalized == 6420
    assert found["devices_total"].normalized == 41280
    assert found["devices_total"].citations[0].file == "ZM02 平台运营数据证明（盖章）.pdf"
