"""Retrieval benchmark: fused (BM25 + vector) search over 10,000 synthetic Chinese chunks.

Builds a deterministic package (seeded text, no files on disk), indexes it into a temporary
workspace, runs 200 queries, and prints p50/p95 latency of `EvidenceIndex.search` next to a plain
chromadb query (embedding + HNSW only) measured in the same run; the ratio is what to compare
across machines. Target: fused p95 < 50 ms.
Usage: python bench/bench_retrieval.py [--chunks 10000] [--queries 200]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.core.settings import Settings  # noqa: E402
from assistant.package.model import Classification, FileRole, Package, PackageFile  # noqa: E402  # noqa: E402
from assistant.retrieval.index import ChunkFilter, EvidenceIndex  # noqa: E402
from extractors.model import Block, Document, Page, Span  # noqa: E402

TERMS = ["平台相关营业收入", "研发投入强度", "工业设备连接数", "工业APP数量", "发明专利数量", "平台团队总人数"]
SUBJECTS = ["平台", "公司", "本项目", "该系统", "运营团队", "研发中心", "合作企业", "服务商"]
VERBS = ["累计连接", "服务", "部署", "开发", "接入", "认证", "覆盖", "支撑", "沉淀", "上线"]
OBJECTS = [
    "工业设备", "工业APP", "工业模型", "中小企业", "数控机床", "可编程控制器", "边缘网关", "数据接口",
    "微服务组件", "解决方案", "发明专利", "软件著作权", "质量追溯应用", "能耗监测应用", "供应链协同应用",
]
UNITS = ["台/套", "个", "家", "项", "万元", "人", "次", "%"]
INDUSTRIES = ["汽车零部件", "装备制造", "电子信息", "生物医药", "钢铁", "化工", "纺织", "食品"]
REGIONS = ["浦东新区", "闵行区", "嘉定区", "松江区", "宝山区", "长三角", "江苏省", "浙江省"]


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(SUBJECTS)}在{rng.choice(REGIONS)}面向{rng.choice(INDUSTRIES)}行业"
        f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}{rng.randint(1, 99999)}{rng.choice(UNITS)}，"
        f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}与{rng.choice(OBJECTS)}。"
    )


def paragraph(rng: random.Random) -> str:
    text = ""
    while len(text) < 300:
        text += sentence(rng)
    return text


def build_package(n_chunks: int, seed: int = 410) -> Package:
    rng = random.Random(seed)
    per_page, pages_per_doc = 4, 50  # one paragraph (≤ 400 chars) → one chunk
    n_docs = max(1, n_chunks // (per_page * pages_per_doc))
    files = []
    for d in range(n_docs):
        doc_id = hashlib.sha256(f"bench-{seed}-{d}".encode()).hexdigest()
        pages = []
        for p in range(pages_per_doc):
            parts, blocks, offset = [], [], 0
            for b in range(per_page):
                text = paragraph(rng)
                blocks.append(Block(id=f"{doc_id[:12]}:p{p + 1}:b{b}", kind="paragraph", text=text,
                                    span=Span(start=offset, end=offset + len(text))))
                parts.append(text)
                offset += len(text) + 1
            pages.append(Page(number=p + 1, text="\n".join(parts), blocks=tuple(blocks)))
        path = f"证明材料/材料{d:03d}.pdf"
        document = Document(id=doc_id, path=path, format="pdf", pagination="physical", pages=tuple(pages))
        role = Classification(role=FileRole.other_evidence, confidence=1.0, reasons=())
        files.append(PackageFile(path=path, document=document, classification=role, cached=False, parse_seconds=0.0))
    identity = "\n".join(f"{f.path}\t{f.document.id}" for f in files)
    package_id = hashlib.sha256(identity.encode()).hexdigest()
    return Package(id=package_id, source="bench", root="bench", files=tuple(files))


def queries(n: int, seed: int = 2024) -> list[str]:
    rng = random.Random(seed)
    pool = []
    for _ in range(n):
        shape = rng.randrange(3)
        if shape == 0:
            pool.append(rng.choice(TERMS))
        elif shape == 1:
            pool.append(f"{rng.choice(INDUSTRIES)}行业{rng.choice(OBJECTS)}数量")
        else:
            pool.append(f"{rng.choice(REGIONS)}{rng.choice(VERBS)}了多少{rng.choice(OBJECTS)}")
    return pool


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()

    package = build_package(args.chunks)
    with tempfile.TemporaryDirectory() as workspace:
        index = EvidenceIndex(Settings(workspace=Path(workspace)), TERMS)
        started = time.perf_counter()
        stats = index.index_package(package)
        index_seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = index.index_package(package)
        reindex_seconds = time.perf_counter() - started
        print(f"chunks {stats.chunks_total}  index {index_seconds:.1f} s  re-index (unchanged) "
              f"{reindex_seconds * 1000:.0f} ms, embedded {again.embedded}")

        name = index.collection_name(package.id)
        collection = index.client.get_collection(name, embedding_function=index.embedder)
        asked = queries(args.queries)
        for query in asked[:10]:  # warm-up: HNSW pages, jieba, numpy
            index.search(package.id, query)
            collection.query(query_texts=[query], n_results=8, include=["distances"])

        fused, plain, filtered = [], [], []
        where = ChunkFilter(files=("证明材料/材料001.pdf", "证明材料/材料002.pdf"))
        for query in asked:
            t0 = time.perf_counter()
            index.search(package.id, query, k=8)
            t1 = time.perf_counter()
            collection.query(query_texts=[query], n_results=8, include=["distances"])
            t2 = time.perf_counter()
            index.search(package.id, query, k=8, where=where)
            t3 = time.perf_counter()
            fused.append((t1 - t0) * 1000)
            plain.append((t2 - t1) * 1000)
            filtered.append((t3 - t2) * 1000)

    print(f"{'':28s} {'p50 ms':>8s} {'p95 ms':>8s}")
    for label, values in (("fused search", fused), ("fused search, 2-file filter", filtered),
                          ("plain chromadb query", plain)):
        print(f"{label:28s} {percentile(values, 0.5):8.2f} {percentile(values, 0.95):8.2f}")
    ratio50 = statistics.median(fused) / statistics.median(plain)
    ratio95 = percentile(fused, 0.95) / percentile(plain, 0.95)
    print(f"fused / plain: p50 {ratio50:.1f}x  p95 {ratio95:.1f}x")
    verdict = "ok" if percentile(fused, 0.95) < 50 else "OVER TARGET"
    print(f"target fused p95 < 50 ms: {verdict}")


if __name__ == "__main__":
    main()
