"""What goes over the wire to an LLM server, against a local stub (no network, real clients)."""

from __future__ import annotations

import json
import re

import pytest

from assistant.app.ask import answer
from assistant.core.settings import Settings
from assistant.llm.evidence import LlmExtractor
from assistant.package.model import FileRole
from assistant.retrieval.index import EvidenceIndex
from assistant.review.build import build_review
from tests.fakes.documents import document, package
from tests.fakes.http_stub import Reply, StubServer, ollama_chat, openai_completion

AUDIT = "证明材料/审计报告.pdf"
ROW = "一、营业收入 32,153,291.30 24,394,376.23"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("wire")
    doc = document(AUDIT, [["利润表", "单位：元", "项目 本期金额 上期金额", ROW, "研发费用 5,077,052.85 3,620,794.03"]])
    review = build_review(package(root / "pkg", [(doc, FileRole.audit_report)]))
    EvidenceIndex(Settings(workspace=root / "ws")).index_package(review.package)
    return review, root / "ws"


@pytest.fixture
def review(world):
    return world[0]


@pytest.fixture
def workspace(world):
    return world[1]


@pytest.fixture
def llm_env(monkeypatch):
    # The OpenAI client would read these on its own; settings are the only source that counts.
    monkeypatch.setenv("OPENAI_API_KEY", "sk-not-from-settings")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://10.255.255.1/v1")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def _key(text: str, needle: str) -> str:
    for match in re.finditer(r'<(证据-[0-9a-f]{8}) key="(C\d+)">(.*?)</\1>', text, re.S):
        if needle in match.group(3):
            return match.group(2)
    raise AssertionError(f"{needle!r} not in the prompt")


def _items(request) -> dict:
    user = request.body["messages"][-1]["content"]
    return {"items": [{"chunk": _key(user, "一、营业收入"), "quote": "一、营业收入 32,153,291.30",
                       "value": "32,153,291.30", "unit": "元", "period": "本期"}]}


def test_openai_compatible_request_carries_model_prompt_version_evidence_and_key(review, workspace, llm_env, monkeypatch):
    def respond(request):
        return Reply(body=openai_completion("qwen-plus", tool="EvidenceReply", arguments=_items(request)))

    with StubServer(respond) as stub:
        monkeypatch.setenv("SHENBAO_LLM", "openai")
        monkeypatch.setenv("SHENBAO_LLM_BASE_URL", stub.url + "/v1")
        monkeypatch.setenv("SHENBAO_LLM_API_KEY", "sk-from-settings")
        monkeypatch.setenv("SHENBAO_LLM_MODEL", "qwen-plus")
        settings = Settings(workspace=workspace)
        values = LlmExtractor(settings, fields=("revenue",), include_offline=False).extract(review)

    assert [(v.status, v.value) for v in values] == [("found", "32,153,291.30")]
    [request] = stub.requests
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.headers["authorization"] == "Bearer sk-from-settings"
    body = request.body
    assert body["model"] == "qwen-plus" and body["temperature"] == 0.0
    system, user = body["messages"]
    assert system["role"] == "system" and system["content"].startswith("提示词版本：evidence_extract.v1")
    assert re.search(r'<证据-[0-9a-f]{8} key="C1">', user["content"]) and ROW in user["content"]
    assert body["tools"][0]["function"]["name"] == "EvidenceReply"
    assert "openai:qwen-plus@" in values[0].note and "sk-from-settings" not in values[0].note


def test_endpoint_without_tool_calling_is_asked_again_in_json_mode(review, workspace, llm_env):
    def respond(request):
        if "tools" in request.body:  # vLLM started without a tool parser
            return Reply(status=400, body={"error": {"message": "tool calling is not enabled", "type": "BadRequestError"}})
        return Reply(body=openai_completion("local", content="```json\n" + json.dumps(_items(request), ensure_ascii=False) + "\n```"))

    with StubServer(respond) as stub:
        settings = Settings(workspace=workspace, llm="openai", llm_base_url=stub.url + "/v1", llm_model="local")
        chain = LlmExtractor(settings, fields=("revenue",), include_offline=False)
        values = chain.extract(review)

    assert [v.status for v in values] == ["found"]
    assert ["tools" in r.body for r in stub.requests] == [True, False]
    assert stub.requests[0].headers["authorization"] == "Bearer EMPTY"  # no key configured: never the env's
    assert chain.traces[0].attempts[0].startswith("tools:接口不支持工具调用")
    assert chain.traces[0].attempts[-1] == "json:ok"


def test_ollama_request_shape(review, workspace, llm_env):
    def respond(request):
        return Reply(body=ollama_chat("qwen2.5:7b", json.dumps(_items(request), ensure_ascii=False)))

    with StubServer(respond) as stub:
        settings = Settings(workspace=workspace, llm="ollama", llm_base_url=stub.url, llm_model="qwen2.5:7b")
        values = LlmExtractor(settings, fields=("revenue",), include_offline=False).extract(review)

    assert [v.status for v in values] == ["found"]
    [request] = stub.requests
    assert request.path == "/api/chat"
    assert request.body["model"] == "qwen2.5:7b"
    assert request.body["messages"][0]["content"].startswith("提示词版本：evidence_extract.v1")
    assert request.body["format"]["title"] == "EvidenceReply"  # structured output as a JSON schema
    assert request.body["options"]["temperature"] == 0.0


def test_ask_over_the_wire_cites_code_resolved_pages(review, workspace, llm_env):
    def respond(request):
        user = request.body["messages"][-1]["content"]
        reply = {"sentences": [{"text": "利润表显示本期营业收入为32,153,291.30元。",
                                "citations": [{"chunk": _key(user, "一、营业收入"), "quote": "一、营业收入 32,153,291.30"}]}]}
        return Reply(body=openai_completion("deepseek-chat", tool="AskReply", arguments=reply))

    with StubServer(respond) as stub:
        settings = Settings(workspace=workspace, llm="openai", llm_base_url=stub.url + "/v1")
        result = answer(review, "本期营业收入是多少？", settings=settings, index=EvidenceIndex(settings))

    assert result.mode == "llm" and result.prompt == "ask_answer.v1"
    assert result.text == "利润表显示本期营业收入为32,153,291.30元。[1]"
    assert (result.citations[0].file, result.citations[0].page) == (AUDIT, 1)
    assert stub.requests[0].body["messages"][0]["content"].startswith("提示词版本：ask_answer.v1")
