"""`ask` on the bundled sample: offline answers from the review, and LLM answers grounded by code."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.app.ask import answer, answer_json, answer_text, match_field
from assistant.catalog.notice import load_catalog
from assistant.checks import run_checks
from assistant.core.privacy import secrets_in
from assistant.core.settings import Settings
from assistant.llm.evidence import LlmExtractor
from assistant.package.loader import load_package
from assistant.retrieval.index import EvidenceIndex
from assistant.review.build import build_review
from tests.fakes.scripted_chat import ScriptedToolChatModel

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "sample_package"
FORM = "附件2 申报表（延锋金桥）.docx"
AUDIT = "证明材料/附件3-1 2023年度工业互联网平台业务专项审计报告.pdf"
RD_QUESTION = "该平台2023年研发投入强度是多少？证据在哪一页？"


@pytest.fixture(scope="module")
def sample(shared_workspace, tmp_path_factory):
    package = load_package(SAMPLE, Settings(workspace=shared_workspace, workers=2))
    review = build_review(package, checks=run_checks)
    settings = Settings(workspace=tmp_path_factory.mktemp("ask_ws"))
    index = EvidenceIndex(settings)
    index.index_package(package)
    return review, settings, index


def _page_text(review, citation) -> str:
    document = review.package.file(citation.file).document
    return next(p.text for p in document.pages if p.number == citation.page)


def _key(messages, needle: str) -> str:
    text = messages[-1].text
    for match in re.finditer(r'<(证据-[0-9a-f]{8}) key="(C\d+)">(.*?)</\1>', text, re.S):
        if needle in match.group(3):
            return match.group(2)
    raise AssertionError(f"{needle!r} was not shown to the model")


@pytest.mark.parametrize("question, field_id", [
    (RD_QUESTION, "rd_intensity"),
    ("平台相关营业收入是多少", "revenue"),
    ("研发投入有多少万元？", "rd_investment"),
    ("平台团队总人数是多少人", "staff_total"),
    ("注册企业用户数", "enterprise_users_registered"),
    ("这家公司的安全制度怎么样？", None),
])
def test_questions_are_matched_to_indicators(question, field_id):
    spec = match_field(question, load_catalog())
    assert (spec.id if spec else None) == field_id


@pytest.mark.requires_soffice  # the answer cites DOCX pages
def test_indicator_question_answers_declared_value_formula_and_pages(sample):
    review, settings, index = sample
    result = answer(review, RD_QUESTION, settings=settings, index=index)
    assert (result.mode, result.field_id) == ("offline", "rd_intensity")
    first = result.citations[0]
    assert (first.file, first.page, first.quote) == (FORM, 4, "15.79%")
    assert _page_text(review, first)[first.span.start : first.span.end] == "15.79%"
    assert "申报值 15.79%" in result.text and "[1]" in result.text
    assert "平台相关研发投入÷平台相关营业收入×100%" in result.text  # the formula and its inputs
    assert "507.71 万元" in result.text and "3215.33 万元" in result.text
    assert "附件3-1 审计报告 第5页" in result.text  # the 证明资料 the form itself names
    # no evidence was extracted in this review: the best proof passages are shown, cited
    assert result.sources and all(s.citation.file.startswith("证明材料/") for s in result.sources)
    for source in result.sources:
        citation = source.citation
        assert _page_text(review, citation)[citation.span.start : citation.span.end] == citation.quote

    text = answer_text(result)
    assert f"[1] {FORM} 第4页（表3 第11行 第5列）「15.79%」" in text
    payload = answer_json(result)
    assert payload["schema_version"] == 1 and payload["mode"] == "offline"
    assert payload["field"] == {"id": "rd_intensity", "label": "平台相关研发投入强度（%）"}
    assert payload["citations"][0]["page"] == 4 and len(payload["citations"][0]["bbox"]) == 4
    json.dumps(payload, ensure_ascii=False)


def test_indicator_answer_includes_evidence_and_findings(sample):
    review, settings, index = sample
    model = ScriptedToolChatModel().enqueue(lambda m: {"items": [{
        "chunk": _key(m, "一、营业收入"), "quote": "一、营业收入 32,153,291.30", "value": "32,153,291.30",
        "unit": "元", "period": "本期"}]})
    evidence = LlmExtractor(settings, model=model, index=index, fields=("revenue",),
                            include_offline=False).extract(review)
    review = build_review(review.package, evidence=lambda _r: evidence, checks=run_checks)
    result = answer(review, "平台相关营业收入是多少？证据在哪一页？", settings=settings, index=index)
    assert result.field_id == "revenue"
    assert "32,153,291.30 元，折合 3215.33 万元" in result.text
    evidence_citation = next(c for c in result.citations if c.file == AUDIT)
    assert evidence_citation.page == 5 and evidence_citation.quote == "一、营业收入 32,153,291.30"
    assert "检查发现" in result.text


def test_other_question_returns_three_cited_passages(sample):
    review, settings, index = sample
    result = answer(review, "平台的数据安全保护手段有哪些？", settings=settings, index=index)
    assert result.mode == "offline" and result.field_id is None
    assert len(result.sources) == 3 and {s.citation for s in result.sources} <= set(result.citations)
    assert "核心数据" in result.text
    for citation in result.citations:
        assert _page_text(review, citation)[citation.span.start : citation.span.end] == citation.quote


def _first_sentence(result) -> str:
    return result.text.splitlines()[0]


def test_a_which_question_is_answered_by_the_name_a_passage_gives(sample):
    """Issue 16: 「哪家会计师事务所」 returned three snippets and no answer. The first line now
    names the firm, cited to exactly that span of the audit report's cover."""
    review, settings, index = sample
    result = answer(review, "哪家会计师事务所出具的审计报告？", settings=settings, index=index)
    first = _first_sentence(result)
    assert "上海申联会计师事务所（特殊普通合伙）" in first and first.endswith("[1]")
    cited = result.citations[0]
    assert (cited.file, cited.page, cited.quote) == (AUDIT, 1, "上海申联会计师事务所（特殊普通合伙）")
    assert _page_text(review, cited)[cited.span.start : cited.span.end] == cited.quote


def test_other_questions_open_with_the_passage_that_answers_them(sample):
    """A label that matches the question is answered with its value (the next cell), cited."""
    review, settings, index = sample
    result = answer(review, "平台的数据安全保护手段有哪些？", settings=settings, index=index)
    first = _first_sentence(result)
    assert "核心数据安全保护手段：核心数据每日增量备份" in first and first.endswith("[1]")


@pytest.mark.parametrize("question", [RD_QUESTION, "平台相关营业收入是多少？", "哪家会计师事务所出具的审计报告？",
                                      "平台的数据安全保护手段有哪些？"])
def test_answers_say_it_in_one_sentence_first_and_keep_paths_out_of_the_text(sample, question):
    """Issue 16: long paths were inlined in answers; they belong to the citations, which the
    workspace shows as short labels and the CLI lists under 出处."""
    review, settings, index = sample
    result = answer(review, question, settings=settings, index=index)
    assert not any(ext in result.text for ext in (".pdf", ".docx", ".xlsx", "证明材料/")), result.text
    first = _first_sentence(result)
    assert re.search(r"\[\d+\]", first) and "未识别到具体指标" not in first
    if result.field_id:
        declared = review.declared(result.field_id).citations[0]
        assert first.startswith(result.field_label) and "申报为" in first
        assert f"[{result.citations.index(declared) + 1}]" in first
    assert "出处：" in answer_text(result) and result.citations[0].file in answer_text(result)  # the CLI lists them


def test_indicator_answer_leads_with_declared_evidence_and_findings(sample):
    review, settings, index = sample
    result = answer(review, "平台相关营业收入是多少？", settings=settings, index=index)
    assert _first_sentence(result).startswith("平台相关营业收入（万元） 申报为 3215.33 万元[1]")


def test_answers_never_show_the_platform_login(sample):
    review, settings, index = sample
    secrets = {s for f in review.package.files for p in f.document.pages for s in secrets_in(p.text)}
    result = answer(review, "平台网址和登录账号密码是什么？", settings=settings, index=index)
    assert result.field_id == "platform_url" and "https://" in result.text
    rendered = answer_text(result) + json.dumps(answer_json(result), ensure_ascii=False)
    assert secrets and not any(secret in rendered for secret in secrets)


def test_llm_answer_keeps_only_grounded_sentences(sample):
    review, settings, index = sample

    def reply(messages):
        key = _key(messages, "15.79%")
        return {"sentences": [
            {"text": "申报表填写的平台相关研发投入强度为15.79%。", "citations": [{"chunk": key, "quote": "15.79%"}]},
            {"text": "该强度在同行业中排名第一，达到20%。", "citations": [{"chunk": key, "quote": "15.79%"}]},
            {"text": "所有指标均一致。", "citations": [{"chunk": "C42", "quote": "所有指标均一致"}]},
        ]}

    model = ScriptedToolChatModel().enqueue(reply)
    result = answer(review, RD_QUESTION, settings=settings, index=index, model=model)
    assert (result.mode, result.prompt) == ("llm", "ask_answer.v1")
    assert result.text == "申报表填写的平台相关研发投入强度为15.79%。[1]"
    assert [s.status for s in result.sentences] == ["grounded", "ungrounded", "ungrounded"]
    assert "20%" in result.sentences[1].reason and "C42" in result.sentences[2].reason
    cited = result.citations[0]
    assert cited.quote == "15.79%" and (cited.page is not None or cited.locator)
    assert any("略去" in note for note in result.notes)
    assert model.calls[0][0].text.startswith("提示词版本：ask_answer.v1")
    payload = answer_json(result)
    assert payload["prompt"] == "ask_answer.v1" and len(payload["sentences"]) == 3


def test_llm_answer_falls_back_to_offline_when_nothing_grounds_or_model_fails(sample):
    review, settings, index = sample
    hallucinating = ScriptedToolChatModel().enqueue(
        {"sentences": [{"text": "研发投入强度为99%。", "citations": [{"chunk": "C1", "quote": "研发投入强度为99%"}]}]})
    result = answer(review, RD_QUESTION, settings=settings, index=index, model=hallucinating)
    assert result.mode == "offline" and "申报值 15.79%" in result.text
    assert any("未能在材料中核实" in note for note in result.notes)
    assert result.sentences[0].status == "ungrounded"

    down = ScriptedToolChatModel().enqueue(ConnectionError("refused"))
    result = answer(review, RD_QUESTION, settings=settings, index=index, model=down)
    assert result.mode == "offline" and any("大模型调用失败" in note for note in result.notes)


def test_offline_ask_loads_no_chat_model_client():
    code = ("import sys, assistant.app.ask; "
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('langchain_openai', 'langchain_ollama', 'openai', "
            "'ollama') or m in ('assistant.llm.models', 'assistant.llm.answer')); print(bad); sys.exit(bool(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
