"""The shared evidence index of a team deployment: a real chromadb server (`chroma run`, started
here — a server that does not come up fails the test, tests/chroma_server.py) named by
SHENBAO_CHROMA_URL. The sample package is indexed by the product (`shenbao ask` in a child
process, settings from the environment) and then queried from another workspace."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import chromadb
import pytest
from chroma_server import ChromaServer
from tests_paths import REPO, SAMPLE

from assistant.catalog.notice import load_catalog, search_terms
from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.package.loader import load_package
from assistant.retrieval.index import EvidenceIndex

AUDIT_REPORT = "证明材料/附件3-1 2023年度工业互联网平台业务专项审计报告.pdf"
QUIET = {"ocr": False, "render_docx": False, "workers": 0}  # the text layer is enough here


@pytest.fixture
def chroma(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")  # a developer's proxy must not see loopback
    try:
        server = ChromaServer(tmp_path / "chroma-data")
    except RuntimeError as exc:
        pytest.fail(str(exc))  # never a skip: chromadb ships the server with shenbao
    try:
        yield server
    finally:
        server.close()


def ask(question: str, workspace, chroma_url: str) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ["PATH"], "HOME": str(workspace.parent), "PYTHONPATH": str(REPO),
           "NO_PROXY": "127.0.0.1,localhost", "SHENBAO_CHROMA_URL": chroma_url, "SHENBAO_OCR": "false",
           "SHENBAO_RENDER_DOCX": "false", "SHENBAO_WORKERS": "0"}
    return subprocess.run([sys.executable, "-m", "assistant", "ask", str(SAMPLE), question, "--format", "json",
                           "--workspace", str(workspace)], env=env, capture_output=True, text=True, timeout=300,
                          cwd=workspace.parent)


def test_the_sample_package_is_indexed_on_the_server_and_queried_from_another_workspace(tmp_path, chroma):
    done = ask("平台相关营业收入是多少", tmp_path / "ws-expert", chroma.url)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert any(c["file"] == AUDIT_REPORT and c["page"] == 5 for c in answer["citations"]), answer["citations"]
    assert not (tmp_path / "ws-expert" / "index" / "chroma").exists()  # the vectors went to the server

    # What the server holds: the package's collection, one vector per chunk the product cut.
    terms = search_terms(load_catalog())
    package = load_package(SAMPLE, Settings(workspace=tmp_path / "ws-expert", **QUIET))
    expert = EvidenceIndex(Settings(workspace=tmp_path / "ws-expert", chroma_url=chroma.url, **QUIET), terms)
    chunks = expert.chunks(package.id)
    remote = chromadb.HttpClient(host="127.0.0.1", port=chroma.port)
    collections = {c.name: c.count() for c in remote.list_collections()}
    assert collections == {expert.collection_name(package.id): len(chunks)} and len(chunks) > 100

    # A colleague's workspace on the same server: nothing embedded again, the search answers
    # from the server's vectors and cites the page of the audit report.
    settings = Settings(workspace=tmp_path / "ws-colleague", chroma_url=chroma.url, **QUIET)
    colleague = EvidenceIndex(settings, terms)
    stats = colleague.index_package(load_package(SAMPLE, settings))
    assert (stats.chunks_total, stats.embedded) == (len(chunks), 0)
    hits = colleague.search(package.id, "营业收入 审计报告", k=5)
    assert any(h.vector_rank is not None and h.chunk.file == AUDIT_REPORT for h in hits)
    assert next(h for h in hits if h.chunk.file == AUDIT_REPORT).chunk.page_number is not None


def test_the_server_keeps_the_vectors_across_a_restart(tmp_path, chroma):
    settings = Settings(workspace=tmp_path / "ws", chroma_url=chroma.url, **QUIET)
    package = load_package(SAMPLE, settings)
    first = EvidenceIndex(settings, search_terms(load_catalog())).index_package(package)
    assert first.embedded == first.chunks_total > 0
    chroma.close()
    again = ChromaServer(tmp_path / "chroma-data")  # same data folder, a new port: an IT restart
    try:
        moved = Settings(workspace=tmp_path / "ws2", chroma_url=again.url, **QUIET)
        second = EvidenceIndex(moved, search_terms(load_catalog())).index_package(load_package(SAMPLE, moved))
        assert (second.chunks_total, second.embedded) == (first.chunks_total, 0)
    finally:
        again.close()


def test_a_chroma_server_that_is_not_there_is_a_clear_error_in_chinese(tmp_path, chroma):
    url = chroma.url
    chroma.close()  # the address of a server that was just stopped
    done = ask("平台相关营业收入是多少", tmp_path / "ws", url)
    assert done.returncode == 2, done.stdout
    assert f"无法连接证据索引服务器 {url}（SHENBAO_CHROMA_URL）" in done.stderr
    assert "内部错误" not in done.stderr and "Traceback" not in done.stderr


def test_vectors_lost_on_the_server_are_embedded_again_at_the_next_indexing(tmp_path, chroma):
    """A chroma server wiped, or replaced by an empty one: the workspace still knows the package's
    chunks, and indexing it again puts every vector back instead of searching words only."""
    settings = Settings(workspace=tmp_path / "ws", chroma_url=chroma.url, **QUIET)
    package = load_package(SAMPLE, settings)
    index = EvidenceIndex(settings, search_terms(load_catalog()))
    total = index.index_package(package).chunks_total
    remote = chromadb.HttpClient(host="127.0.0.1", port=chroma.port)
    remote.delete_collection(index.collection_name(package.id))
    again = EvidenceIndex(settings, search_terms(load_catalog()))  # e.g. the workspace restarted
    stats = again.index_package(package)
    assert (stats.chunks_total, stats.embedded) == (total, total)
    assert remote.get_collection(index.collection_name(package.id)).count() == total
    assert any(h.vector_rank is not None for h in again.search(package.id, "营业收入 审计报告", k=5))
    assert again.index_package(package).embedded == 0  # and only once


def test_a_server_gone_mid_session_is_a_clear_error_and_the_index_recovers_with_it(tmp_path, chroma):
    settings = Settings(workspace=tmp_path / "ws", chroma_url=chroma.url, **QUIET)
    package = load_package(SAMPLE, settings)
    index = EvidenceIndex(settings, search_terms(load_catalog()))
    index.index_package(package)
    chroma.close()  # the chroma service stops while the workspace keeps running
    for call in (lambda: index.search(package.id, "营业收入", k=3), lambda: index.index_package(package)):
        with pytest.raises(ShenbaoError, match=f"证据索引服务器 {chroma.url}（SHENBAO_CHROMA_URL）暂时无法访问"):
            call()
    back = ChromaServer(tmp_path / "chroma-data", port=chroma.port)  # restarted where it was
    try:
        assert index.index_package(package).embedded == 0  # the same index object, reconnected
        assert any(h.vector_rank is not None for h in index.search(package.id, "营业收入 审计报告", k=5))
    finally:
        back.close()
