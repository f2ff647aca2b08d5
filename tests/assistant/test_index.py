"""The evidence index: Chinese retrieval, incremental re-indexing, persistence, filters, and the
remote-embedding path against a local stub server (never the network)."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import chromadb
import numpy as np
import pytest
from chromadb.api.client import SharedSystemClient

from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.package.model import Classification, FileRole, Package, PackageFile
from assistant.retrieval.embedding import HashedNgramEmbedding, hashed_ngram_vector
from assistant.retrieval.index import ChunkFilter, EvidenceIndex, fuse
from assistant.retrieval.lexical import ChineseTokenizer
from extractors.model import BBox, Block, Document, Page, Span, Table, TableCell

TERMS = ["平台相关营业收入（万元）", "研发投入强度（%）", "工业设备连接数（台/套）", "发明专利数量（件）"]

FILLER = [
    "平台面向汽车零部件、装备制造等行业，提供设备接入、生产管理和质量追溯服务。",
    "公司建立了完善的数据安全管理制度，定期开展网络安全培训和应急演练。",
    "平台支持多种工业协议解析，兼容主流数控系统和可编程控制器。",
    "下一步将围绕行业知识沉淀，持续优化工业模型库和应用商店。",
    "平台运维团队实行7×24小时值守，保障服务连续稳定运行。",
]


def _page(number: int | None, items: list[tuple[str, dict]], index: int) -> Page:
    blocks, parts, offset = [], [], 0
    for position, (text, extra) in enumerate(items):
        span = Span(start=offset, end=offset + len(text))
        kind = extra.pop("kind", "paragraph")
        blocks.append(Block(id=f"b{index}:{position}", text=text, span=span, kind=kind, **extra))
        parts.append(text)
        offset += len(text) + 1
    return Page(number=number, text="\n".join(parts), blocks=tuple(blocks))


def _document(name: str, pages: list[Page], tables: tuple[Table, ...] = (), salt: str = "") -> Document:
    doc_id = hashlib.sha256(f"{name}{salt}".encode()).hexdigest()
    return Document(
        id=doc_id, path=name, format="pdf", pagination="physical", pages=tuple(pages), tables=tables
    )


def _box(row: int, col: int = 0, width: float = 140) -> BBox:
    return BBox(x0=60 + 150 * col, top=100 + 20 * row, x1=60 + 150 * col + width, bottom=115 + 20 * row)


def audit_report(salt: str = "") -> Document:
    opening = "我们审计了后附的财务报表，包括资产负债表、利润表和现金流量表。"
    cover = _page(1, [("审计报告", {"kind": "heading"}), (opening, {})] + [(t, {}) for t in FILLER], 0)
    grid = (
        ("项目", "本期金额", "上期金额"),
        ("营业收入", "66,707,912.35", "51,002,113.00"),
        ("研发费用", "8,120,000.00", "6,530,000.00"),
    )
    cells = [("利润表", {"kind": "heading"})]
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            cell = TableCell(table_index=0, row=r, col=c)
            locator = f"表1 第{r + 1}行 第{c + 1}列"
            extra = {"heading_path": ("利润表",), "locator": locator, "bbox": _box(r, c)}
            cells.append((value, {"kind": "table_cell", "table_cell": cell, **extra}))
    body = [_page(n, [(t + salt, {}) for t in FILLER], n - 1) for n in range(2, 9)]
    table = Table(index=0, page_number=9, rows=grid, locator="表1")
    return _document("证明材料/审计报告.pdf", [cover, *body, _page(9, cells, 8)], (table,), salt)


def patent_list() -> Document:
    grid = [("序号", "专利名称", "专利号", "授权日期")]
    grid += [(str(i), f"一种工业设备数据采集方法{i}", f"ZL2021100{i:05d}.X", "2022-05-01") for i in range(1, 6)]
    lines = [("知识产权清单", {})]
    lines += [(" ".join(row), {"kind": "line", "bbox": _box(i, width=440)}) for i, row in enumerate(grid)]
    table = Table(index=0, page_number=1, rows=tuple(grid), bbox=BBox(x0=50, top=95, x1=520, bottom=220))
    return _document("证明材料/专利清单.pdf", [_page(1, lines, 0)], (table,))


def proposal() -> Document:
    devices = "平台累计连接工业设备3.2万台，覆盖长三角地区200余家企业。"
    staff = "平台研发团队共58人，其中硕士以上学历21人。"
    first = [("二、平台建设及运营情况", {"kind": "heading"}), (devices, {})] + [(t, {}) for t in FILLER]
    second = [(t, {}) for t in reversed(FILLER)] + [(staff, {})]
    return _document("02 申报书.pdf", [_page(1, first, 0), _page(2, second, 1)])


def make_package(source: Path, documents: list[Document]) -> Package:
    role = Classification(role=FileRole.other_evidence, confidence=1.0, reasons=())
    files = tuple(
        PackageFile(path=d.path, document=d, classification=role, cached=False, parse_seconds=0.0)
        for d in documents
    )
    identity = "\n".join(f"{f.path}\t{f.document.id}" for f in files)
    package_id = hashlib.sha256(identity.encode()).hexdigest()
    return Package(id=package_id, source=str(source), root=str(source), files=files)


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    workspace = tmp_path_factory.mktemp("ws")
    index = EvidenceIndex(Settings(workspace=workspace), TERMS)
    package = make_package(workspace / "申报材料", [audit_report(), patent_list(), proposal()])
    stats = index.index_package(package)
    return index, package, stats


def test_chinese_queries_find_the_right_chunk(indexed):
    index, package, stats = indexed
    assert stats.files_added == 3 and stats.chunks_total == stats.chunks_added == stats.embedded > 10
    revenue = index.search(package.id, "营业收入", k=3)[0]
    assert revenue.chunk.file == "证明材料/审计报告.pdf" and revenue.chunk.page_number == 9
    assert revenue.chunk.kind == "table_row" and revenue.chunk.text.startswith("营业收入")
    assert revenue.bm25_rank == 1 and revenue.vector_rank is not None
    patents = index.search(package.id, "专利数量", k=3)
    assert all(h.chunk.file == "证明材料/专利清单.pdf" for h in patents)
    staff = index.search(package.id, "研发团队人数", k=2)
    assert any("58人" in h.chunk.text for h in staff)
    devices = index.search(package.id, "设备连接数量", k=3)
    assert "3.2万台" in devices[0].chunk.text


def test_search_is_deterministic_and_ranked_by_fused_score(indexed):
    index, package, _ = indexed
    first = index.search(package.id, "利润表 研发费用", k=8)
    assert first == index.search(package.id, "利润表 研发费用", k=8)
    scores = [h.score for h in first]
    assert scores == sorted(scores, reverse=True) and len(first) == 8
    for hit in first:  # the score is exactly the reciprocal-rank fusion of the two ranks
        expected = sum(1 / (60 + r) for r in (hit.bm25_rank, hit.vector_rank) if r is not None)
        assert hit.score == pytest.approx(expected, abs=1e-6)


def test_filters_restrict_both_rankings(indexed):
    index, package, _ = indexed
    only_patents = index.search(package.id, "营业收入", where=ChunkFilter(files=("证明材料/专利清单.pdf",)))
    assert only_patents and {h.chunk.file for h in only_patents} == {"证明材料/专利清单.pdf"}
    page_two = index.search(package.id, "平台", where=ChunkFilter(page_number=2))
    assert page_two and {h.chunk.page_number for h in page_two} == {2}
    rows = index.search(package.id, "平台 营业收入 专利", k=20, where=ChunkFilter(kind="table_row"))
    assert rows and {h.chunk.kind for h in rows} == {"table_row"}
    both = ChunkFilter(files=("证明材料/审计报告.pdf", "02 申报书.pdf"), kind="text", page_number=1)
    hits = index.search(package.id, "平台", k=20, where=both)
    assert hits and {(h.chunk.page_number, h.chunk.kind) for h in hits} == {(1, "text")}
    assert {h.chunk.file for h in hits} <= set(both.files)


def test_collection_uses_the_explicit_local_embedder(indexed):
    index, package, _ = indexed
    name = index.collection_name(package.id)
    collection = index.client.get_collection(name, embedding_function=index.embedder)
    config = collection.configuration_json
    assert config["embedding_function"]["name"] == "shenbao_hashed_ngram"
    assert config["hnsw"]["space"] == "cosine"
    assert collection.count() == len(index.chunks(package.id))
    assert (index.settings.cache_dir / "jieba" / "jieba.cache").exists()  # not in /tmp


def test_reindexing_an_unchanged_package_embeds_nothing(tmp_path):
    index = EvidenceIndex(Settings(workspace=tmp_path), TERMS)
    package = make_package(tmp_path / "pkg", [audit_report(), proposal()])
    first = index.index_package(package)
    calls, texts = index.embedder.calls, index.embedder.texts
    assert texts == first.embedded == first.chunks_total
    again = index.index_package(package)
    assert (again.files_added, again.files_removed, again.chunks_added, again.embedded) == (0, 0, 0, 0)
    assert again.files_unchanged == 2 and again.chunks_total == first.chunks_total
    assert (index.embedder.calls, index.embedder.texts) == (calls, texts)
    # the same package in a fresh process-level client still needs no embedding
    fresh = EvidenceIndex(Settings(workspace=tmp_path), TERMS)
    assert fresh.index_package(package).embedded == 0 and fresh.embedder.calls == 0


def test_changed_package_embeds_only_changed_files(tmp_path):
    settings = Settings(workspace=tmp_path)
    index = EvidenceIndex(settings, TERMS)
    source = tmp_path / "pkg"
    v1 = make_package(source, [audit_report(), patent_list(), proposal()])
    index.index_package(v1)
    v2_docs = [audit_report(salt="（修订）"), proposal()]  # audit report changed, patent list dropped
    v2 = make_package(source, v2_docs)
    texts_before = index.embedder.texts
    stats = index.index_package(v2)
    changed_chunks = len([c for c in index.chunks(v2.id) if c.doc_id == v2_docs[0].id])
    # file versions: the revised audit report is one added and one removed version
    assert (stats.files_added, stats.files_removed, stats.files_unchanged) == (1, 2, 1)
    assert stats.embedded == changed_chunks == index.embedder.texts - texts_before
    assert stats.reused == len([c for c in index.chunks(v2.id) if c.file == "02 申报书.pdf"]) > 0
    assert {c.file for c in index.chunks(v2.id)} == {"证明材料/审计报告.pdf", "02 申报书.pdf"}
    assert index.client.get_collection(index.collection_name(v2.id)).count() == stats.chunks_total
    names = {c.name for c in index.client.list_collections()}
    assert index.collection_name(v1.id) not in names  # the old version was dropped
    with pytest.raises(ShenbaoError):
        index.search(v1.id, "营业收入")
    assert "（修订）" in index.search(v2.id, "平台 修订", k=1)[0].chunk.text


def test_index_persists_across_instances(tmp_path):
    package = make_package(tmp_path / "pkg", [audit_report(), patent_list()])
    first = EvidenceIndex(Settings(workspace=tmp_path), TERMS)
    first.index_package(package)
    expected = first.search(package.id, "营业收入")
    SharedSystemClient.clear_system_cache()  # drop chromadb's in-process client: read from disk
    second = EvidenceIndex(Settings(workspace=tmp_path), TERMS)
    assert second.search(package.id, "营业收入") == expected
    assert second.embedder.calls == 1  # the query only
    assert (tmp_path / "index" / "chroma").is_dir()
    assert list((tmp_path / "index" / "lexical").iterdir())[0].joinpath("bm25", "vocab.index.json").exists()


def test_changed_terms_retokenize_without_reembedding(tmp_path):
    package = make_package(tmp_path / "pkg", [proposal()])
    EvidenceIndex(Settings(workspace=tmp_path), ()).index_package(package)
    with_terms = EvidenceIndex(Settings(workspace=tmp_path), ["累计连接工业设备"])
    assert with_terms.index_package(package).embedded == 0
    hits = with_terms.search(package.id, "累计连接工业设备", k=1)
    assert hits[0].bm25_rank == 1 and "3.2万台" in hits[0].chunk.text


def test_unknown_package_and_empty_query(indexed, tmp_path):
    index, package, _ = indexed
    assert index.search(package.id, "   ") == []
    assert index.search(package.id, "㐀㐁") != []  # no BM25 token known: the vector side still answers
    with pytest.raises(ShenbaoError):
        EvidenceIndex(Settings(workspace=tmp_path)).search("f" * 64, "营业收入")


def test_jieba_is_quiet_and_keeps_domain_terms(tmp_path, capfd):
    tokenizer = ChineseTokenizer(tmp_path / "jieba", TERMS)
    tokens = tokenizer.tokens("平台相关营业收入（万元）为6670.79，研发投入强度3.2%")
    assert {"平台相关营业收入", "营业", "收入", "研发投入强度", "6670.79"} <= set(tokens)
    assert "（" not in tokens and "，" not in tokens
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    assert tokenizer.fingerprint != ChineseTokenizer(tmp_path / "jieba", ()).fingerprint


def test_local_embedding_is_deterministic_and_normalised():
    embedder = HashedNgramEmbedding()
    first, second = embedder(["营业收入 66,707,912.35", "专利清单"])
    assert np.allclose(first, hashed_ngram_vector("营业收入 66,707,912.35"))
    assert first.shape == (1024,) and abs(float(np.linalg.norm(first)) - 1) < 1e-5
    assert float(first @ hashed_ngram_vector("营业收入")) > 0.3 > abs(float(second @ hashed_ngram_vector("营业收入")))
    assert np.allclose(hashed_ngram_vector("ＡＢＣ１２３"), hashed_ngram_vector("abc123"))  # NFKC
    assert embedder.calls == 1 and embedder.texts == 2
    assert HashedNgramEmbedding.build_from_config(embedder.get_config()).dim == 1024
    assert not embedder.is_legacy()


def test_fuse_is_reciprocal_rank():
    scores = fuse([["a", "b"], ["b", "c"]], k=60)
    assert scores["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert scores["a"] == pytest.approx(1 / 61) and scores["c"] == pytest.approx(1 / 62)


class _EmbeddingStub(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _EmbeddingStub.requests.append({"path": self.path, **body})
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = []
        for i, text in enumerate(inputs):
            vector = hashed_ngram_vector(text, 64)
            if body.get("encoding_format") == "base64":
                value = base64.b64encode(vector.astype("<f4").tobytes()).decode()
            else:
                value = vector.tolist()
            data.append({"object": "embedding", "index": i, "embedding": value})
        payload = json.dumps({"object": "list", "data": data, "model": body["model"],
                              "usage": {"prompt_tokens": 1, "total_tokens": 1}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def embedding_server(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EmbeddingStub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _EmbeddingStub.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_remote_embeddings_through_an_openai_compatible_server(tmp_path, embedding_server):
    settings = Settings(workspace=tmp_path, embedding="openai", embedding_model="bge-m3",
                        llm_base_url=embedding_server, llm_max_retries=0)
    index = EvidenceIndex(settings, TERMS)
    package = make_package(tmp_path / "pkg", [audit_report(), patent_list()])
    stats = index.index_package(package)
    assert stats.embedded == stats.chunks_total > 0
    assert _EmbeddingStub.requests and all(r["path"] == "/v1/embeddings" and r["model"] == "bge-m3"
                                          for r in _EmbeddingStub.requests)
    assert sum(len(r["input"]) for r in _EmbeddingStub.requests) == stats.embedded
    hit = index.search(package.id, "营业收入", k=1)[0]
    assert hit.chunk.page_number == 9 and hit.vector_rank is not None
    assert index.collection_name(package.id).split("-")[-1].startswith("oa")
    name = index.collection_name(package.id)
    collection = index.client.get_collection(name, embedding_function=index.embedder)
    assert collection.configuration_json["embedding_function"]["name"] == "shenbao_openai_compatible"
    assert "api_key" not in json.dumps(collection.configuration_json["embedding_function"]["config"])


def test_settings_select_a_chroma_server_only_when_configured(tmp_path):
    local = EvidenceIndex(Settings(workspace=tmp_path))
    assert isinstance(local.client, chromadb.api.ClientAPI)
    assert local.client.get_settings().anonymized_telemetry is False


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` on loopback, for the shared-server path (SHENBAO_CHROMA_URL); a server
    that does not come up fails the test (tests/chroma_server.py)."""
    from chroma_server import ChromaServer

    try:
        server = ChromaServer(tmp_path / "server")
    except RuntimeError as exc:
        pytest.fail(str(exc))
    try:
        yield server.url
    finally:
        server.close()


def test_shared_chroma_server(tmp_path, chroma_server, monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    package = make_package(tmp_path / "pkg", [audit_report(), patent_list()])
    index = EvidenceIndex(Settings(workspace=tmp_path / "a", chroma_url=chroma_server), TERMS)
    stats = index.index_package(package)
    assert not (tmp_path / "a" / "index" / "chroma").exists()  # vectors live on the server
    assert index.search(package.id, "营业收入", k=1)[0].chunk.page_number == 9
    # a colleague's workspace on the same server reuses the stored vectors
    colleague = EvidenceIndex(Settings(workspace=tmp_path / "b", chroma_url=chroma_server), TERMS)
    assert colleague.index_package(package).embedded == 0 and stats.embedded > 0
    assert colleague.search(package.id, "专利数量", k=1)[0].chunk.file == "证明材料/专利清单.pdf"


def test_real_package_end_to_end(tmp_path, mini_package):
    from assistant.package.loader import load_package

    settings = Settings(workspace=tmp_path / "ws", workers=0, render_docx=False, ocr=False)
    package = load_package(mini_package, settings)
    index = EvidenceIndex(settings, TERMS)
    stats = index.index_package(package)
    readable = [f for f in package.files if f.document.pages]
    assert stats.files_added == len(readable) and stats.chunks_total > 0
    hit = index.search(package.id, "营业收入", k=1)[0]
    assert (hit.chunk.file, hit.chunk.page_number) == ("证明材料/scan0001.pdf", 2)
    page = package.file(hit.chunk.file).document.pages[hit.chunk.page_index]
    assert page.text[hit.chunk.span.start : hit.chunk.span.end] == hit.chunk.text
    staff = index.search(package.id, "平台团队总人数", k=3)
    assert any(h.chunk.kind == "table_row" and "157" in h.chunk.text for h in staff)


def test_a_collection_shared_by_two_folders_survives_a_change_in_one(tmp_path):
    index = EvidenceIndex(Settings(workspace=tmp_path), TERMS)
    original = make_package(tmp_path / "a", [proposal()])
    copy = make_package(tmp_path / "b", [proposal()])  # same files, so the same package id
    assert original.id == copy.id
    index.index_package(original)
    assert index.index_package(copy).embedded == 0
    index.index_package(make_package(tmp_path / "a", [proposal(), patent_list()]))
    assert index.search(copy.id, "设备连接", k=1)[0].chunk.file == "02 申报书.pdf"


def test_index_written_by_an_older_chunker_is_rebuilt(tmp_path):
    package = make_package(tmp_path / "pkg", [proposal()])
    first = EvidenceIndex(Settings(workspace=tmp_path), TERMS)
    total = first.index_package(package).chunks_total
    manifest = next((tmp_path / "index" / "lexical").glob("*/manifest.json"))
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"chunker": "1"', '"chunker": "0"'))
    second = EvidenceIndex(Settings(workspace=tmp_path), TERMS)
    stats = second.index_package(package)
    assert stats.chunks_total == total and stats.files_added == 1
    # a new chunker may change a chunk's searchable text under the same id: embed again
    assert stats.embedded == total
    assert second.client.get_collection(second.collection_name(package.id)).count() == total
