"""The evidence index of a package: chunks in chromadb (vectors) and in BM25 (words), fused.

One chromadb collection per package id, always opened with an explicit embedding function
(chromadb's default downloads a model and fails offline). Next to it, a `LexicalStore` holds the
same chunks for BM25 and for turning a hit id back into a `Chunk`. A search ranks chunks both
ways and fuses the two rankings by reciprocal rank (k=60), so a hit needs no score calibration
between cosine distances and BM25 scores.

Indexing is incremental per file: a file is a source keyed by (path, document sha256, extractor
version). A package whose files did not change is a no-op. A package that changed has a new id
and so a new collection, which is seeded from the previous collection of the same source
(folder or zip): unchanged files are copied with their stored vectors, only new files are
embedded, and the previous collection is then dropped.

This module owns the chromadb adapter and the fusion; it knows nothing of indicators.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import chromadb
import httpx
import numpy as np
from chromadb.config import Settings as ChromaSettings
from pydantic import BaseModel, ConfigDict

from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.retrieval.chunking import Chunk, ChunkKind, chunk_document
from assistant.retrieval.embedding import Embedder, make_embedder
from assistant.retrieval.lexical import ChineseTokenizer, LexicalStore

if TYPE_CHECKING:
    from assistant.package.model import Package, PackageFile

RRF_K = 60  # Cormack et al. 2009: robust across rankers without tuning


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ChunkFilter(_Frozen):
    files: tuple[str, ...] = ()  # package-relative paths; empty = every file
    page_number: int | None = None
    kind: ChunkKind | None = None


class Hit(_Frozen):
    chunk: Chunk
    score: float  # fused reciprocal-rank score
    bm25_rank: int | None  # 1-based; None when BM25 did not return the chunk
    vector_rank: int | None


class IndexStats(_Frozen):
    """Counts of file versions (path + content): a revised file is one added and one removed."""

    package_id: str
    collection: str
    files_added: int
    files_removed: int
    files_unchanged: int
    chunks_added: int
    chunks_removed: int
    chunks_total: int
    embedded: int  # texts sent to the embedding function
    reused: int  # vectors copied from a stored collection instead of embedded
    seconds: float


def source_key(file: PackageFile) -> str:
    document = file.document
    return f"{file.path}\x1f{document.id}\x1f{document.extractor_version}"


def fuse(rankings: Iterable[list[str]], k: int = RRF_K) -> dict[str, float]:
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return scores


def _chroma_where(where: ChunkFilter | None) -> dict | None:
    if where is None:
        return None
    clauses: list[dict] = []
    if len(where.files) == 1:
        clauses.append({"file": where.files[0]})
    elif where.files:
        clauses.append({"file": {"$in": list(where.files)}})
    if where.page_number is not None:
        clauses.append({"page_number": where.page_number})
    if where.kind is not None:
        clauses.append({"kind": where.kind})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _metadata(chunk: Chunk) -> dict[str, str | int]:
    metadata: dict[str, str | int] = {
        "doc_id": chunk.doc_id,
        "file": chunk.file,
        "page_index": chunk.page_index,
        "kind": chunk.kind,
    }
    if chunk.page_number is not None:  # chromadb metadata has no null; absent = no pagination
        metadata["page_number"] = chunk.page_number
    return metadata


class EvidenceIndex:
    def __init__(
        self, settings: Settings, terms: Iterable[str] = (), *, embedder: Embedder | None = None
    ) -> None:
        self.settings = settings
        self.embedder = embedder or make_embedder(settings)
        self.root = settings.workspace / "index"
        self.tokenizer = ChineseTokenizer(settings.cache_dir / "jieba", terms)
        self._client: chromadb.ClientAPI | None = None
        self._stores: dict[str, LexicalStore] = {}
        self._collections: dict[str, object] = {}
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ adapters

    @property
    def client(self) -> chromadb.ClientAPI:
        if self._client is None:
            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            if self.settings.chroma_url:
                url = urlparse(self.settings.chroma_url)
                try:
                    self._client = chromadb.HttpClient(
                        host=url.hostname or "127.0.0.1",
                        port=url.port or (443 if url.scheme == "https" else 8000),
                        ssl=url.scheme == "https",
                        settings=chroma_settings,
                    )
                except ValueError as exc:  # chromadb's "Could not connect to a Chroma server"
                    raise ShenbaoError(f"无法连接证据索引服务器 {self.settings.chroma_url}（SHENBAO_CHROMA_URL）："
                                       "请确认 chroma 服务已启动且本机可以访问（见 README「部署」）") from exc
            else:
                path = self.root / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        return self._client

    def collection_name(self, package_id: str) -> str:
        # chromadb names: 3–512 of [a-zA-Z0-9._-], alphanumeric at both ends. The embedder tag
        # keeps vectors of different models (local / remote) in different collections.
        safe = re.sub(r"[^a-zA-Z0-9]", "", package_id)[:32] or "package"
        return f"shenbao-{safe}-{self.embedder.tag}"

    def _collection(self, name: str):
        collection = self._collections.get(name)
        if collection is None:
            collection = self.client.get_or_create_collection(
                name, embedding_function=self.embedder, configuration={"hnsw": {"space": "cosine"}}
            )
            self._collections[name] = collection
        return collection

    def _store(self, name: str) -> LexicalStore:
        store = self._stores.get(name)
        # Another process (the CLI next to the UI) may have re-indexed since this copy was read.
        if store is None or store.changed_on_disk():
            store = LexicalStore.load(self.root / "lexical" / name, self.tokenizer)
            self._stores[name] = store
        return store

    def _batches(self, items: list, size: int | None = None):
        size = size or self.client.get_max_batch_size()
        for start in range(0, len(items), size):
            yield items[start : start + size]

    # ------------------------------------------------------------------ predecessor bookkeeping

    @property
    def _registry_path(self) -> Path:
        return self.root / "sources.json"

    def _registry(self) -> dict[str, str]:
        if self._registry_path.exists():
            return json.loads(self._registry_path.read_text(encoding="utf-8"))
        return {}

    def _source(self, package: Package) -> str:
        return f"{self.embedder.tag}\t{Path(package.source).resolve()}"

    def _remember(self, package: Package) -> str | None:
        registry = self._registry()
        key = self._source(package)
        previous = registry.get(key)
        if previous == package.id:
            return None
        registry[key] = package.id
        self._registry_path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(registry, ensure_ascii=False, indent=1)
        self._registry_path.write_text(text, encoding="utf-8")
        # The same files opened from a second folder share the old collection: keep it for them.
        mine = self.embedder.tag + "\t"
        in_use = {v for k, v in registry.items() if k.startswith(mine)}
        return previous if previous not in in_use else None

    def _predecessor(self, package: Package) -> tuple[LexicalStore, object] | None:
        previous = self._registry().get(self._source(package))
        if not previous or previous == package.id:
            return None
        name = self.collection_name(previous)
        store = self._store(name)
        if not store.sources or name not in {c.name for c in self.client.list_collections()}:
            return None
        return store, self._collection(name)

    def drop_package(self, package_id: str) -> None:
        name = self.collection_name(package_id)
        with self._lock:
            if name in {c.name for c in self.client.list_collections()}:
                self.client.delete_collection(name)
            self._collections.pop(name, None)
            self._store(name).delete()
            self._stores.pop(name, None)

    # ------------------------------------------------------------------ indexing

    @contextmanager
    def _reachable(self) -> Iterator[None]:
        """A chroma server gone mid-session is a Chinese error naming it; its client reconnects
        by itself once the server is back."""
        try:
            yield
        except httpx.TransportError as exc:
            if not self.settings.chroma_url:
                raise
            raise ShenbaoError(f"证据索引服务器 {self.settings.chroma_url}（SHENBAO_CHROMA_URL）暂时无法访问（{exc}）："
                               "请确认 chroma 服务在运行，恢复后重试即可") from exc

    def index_package(self, package: Package) -> IndexStats:
        with self._reachable():
            return self._index_package(package)

    def _index_package(self, package: Package) -> IndexStats:
        started = time.perf_counter()
        with self._lock:
            name = self.collection_name(package.id)
            collection = self._collection(name)
            store = self._store(name)
            if store.stale_ids:  # written by an older chunker: its ids no longer exist
                for batch in self._batches(store.stale_ids):
                    collection.delete(ids=batch)
                store.stale_ids = []
            wanted = {source_key(f): f for f in package.files if f.document.pages}
            predecessor = self._predecessor(package) if not store.sources else None
            # "Before" is this collection, or, for a package that changed since it was last
            # indexed, the collection of its previous version (same folder or zip).
            before = predecessor[0] if predecessor else store
            removed = [key for key in before.sources if key not in wanted]
            added = [key for key in wanted if key not in before.sources]
            removed_count = sum(len(before.sources[key]) for key in removed)
            if predecessor is None:
                for batch in self._batches([cid for key in removed for cid in store.sources[key]]):
                    collection.delete(ids=batch)
            fill = list(wanted) if predecessor else added
            new_chunks: dict[str, list[Chunk]] = {}
            for key in fill:
                if key in before.sources:
                    new_chunks[key] = [c for cid in before.sources[key] if (c := before.chunk(cid))]
                else:
                    new_chunks[key] = chunk_document(wanted[key].document, wanted[key].path)
            flat = [c for chunks in new_chunks.values() for c in chunks]
            embedded, reused = self._write_vectors(collection, flat, predecessor[1] if predecessor else None)
            if new_chunks or removed or store.package_id != package.id:
                store.package_id = package.id
                store.replace([] if predecessor else removed, new_chunks)
                store.save()
            if collection.count() < len(store.chunks):  # vectors lost (a chroma server wiped or
                embedded += self._write_vectors(collection, store.chunks, None)[0]  # restored empty)
            previous = self._remember(package)
            if previous and not self.settings.chroma_url:
                # A shared chroma server may still serve the old package to a colleague.
                self.drop_package(previous)
            return IndexStats(
                package_id=package.id,
                collection=name,
                files_added=len(added),
                files_removed=len(removed),
                files_unchanged=len(wanted) - len(added),
                chunks_added=sum(len(new_chunks[key]) for key in added),
                chunks_removed=removed_count,
                chunks_total=len(store.chunks),
                embedded=embedded,
                reused=reused,
                seconds=round(time.perf_counter() - started, 3),
            )

    def _write_vectors(self, collection, chunks: list[Chunk], predecessor) -> tuple[int, int]:
        """Store vectors for `chunks`, embedding only those no stored collection already has."""
        if not chunks:
            return 0, 0
        present: set[str] = set()
        for batch in self._batches([c.id for c in chunks]):
            present.update(collection.get(ids=batch, include=[])["ids"])
        missing = [c for c in chunks if c.id not in present]
        reused = 0
        if predecessor is not None and missing:
            by_id = {c.id: c for c in missing}
            for batch in self._batches(list(by_id)):
                got = predecessor.get(ids=batch, include=["embeddings"])
                if not got["ids"]:
                    continue
                collection.add(
                    ids=got["ids"],
                    embeddings=got["embeddings"],
                    metadatas=[_metadata(by_id[i]) for i in got["ids"]],
                )
                reused += len(got["ids"])
                for chunk_id in got["ids"]:
                    by_id.pop(chunk_id)
            missing = list(by_id.values())
        for batch in self._batches(missing, 1000):
            collection.add(
                ids=[c.id for c in batch],
                embeddings=self.embedder([c.search_text for c in batch]),
                metadatas=[_metadata(c) for c in batch],
            )
        return len(missing), reused

    # ------------------------------------------------------------------ reading

    def _indexed_store(self, package_id: str) -> tuple[str, LexicalStore]:
        name = self.collection_name(package_id)
        store = self._store(name)
        if not store.exists and not store.chunks:
            raise ShenbaoError(f"申报材料尚未建立检索索引：{package_id[:12]}")
        return name, store

    def chunks(self, package_id: str) -> list[Chunk]:
        with self._lock:
            return list(self._indexed_store(package_id)[1].chunks)

    def chunk(self, package_id: str, chunk_id: str) -> Chunk | None:
        """Resolve a chunk id (as cited by a model) to the chunk, or None if it is not indexed."""
        with self._lock:
            return self._indexed_store(package_id)[1].chunk(chunk_id)

    def _mask(self, store: LexicalStore, where: ChunkFilter | None) -> np.ndarray | None:
        if where is None:
            return None
        mask = np.ones(len(store.chunks), dtype=np.bool_)
        if where.files:
            mask &= np.isin(store.files, list(where.files))
        if where.page_number is not None:
            mask &= store.page_numbers == where.page_number
        if where.kind is not None:
            mask &= store.kinds == where.kind
        return mask

    def search(self, package_id: str, query: str, k: int = 8, where: ChunkFilter | None = None) -> list[Hit]:
        with self._reachable():
            return self._search(package_id, query, k, where)

    def _search(self, package_id: str, query: str, k: int, where: ChunkFilter | None) -> list[Hit]:
        with self._lock:
            name, store = self._indexed_store(package_id)
            if not query.strip() or not store.chunks:
                return []
        query_vector = self.embedder([query])  # outside the lock: a remote embedder may be slow
        depth = max(4 * k, 40)
        # The lock keeps a concurrent index_package (a Streamlit rerun) from swapping the store
        # between the BM25 ranking and the id lookups below.
        with self._lock:
            name, store = self._indexed_store(package_id)
            if not store.chunks:
                return []
            lexical = store.rank(query, depth, self._mask(store, where))
            result = self._collection(name).query(
                query_embeddings=query_vector,
                n_results=min(depth, len(store.chunks)),
                where=_chroma_where(where),
                include=["distances"],
            )
            vector = [cid for cid in result["ids"][0] if store.chunk(cid) is not None]
            return self._fused_hits(store, lexical, vector, k)

    @staticmethod
    def _fused_hits(store: LexicalStore, lexical: list[str], vector: list[str], k: int) -> list[Hit]:
        fused = fuse([lexical, vector])
        lexical_rank = {cid: r for r, cid in enumerate(lexical, start=1)}
        vector_rank = {cid: r for r, cid in enumerate(vector, start=1)}
        unranked = len(store.chunks) + 1
        best = sorted(
            fused,
            key=lambda cid: (
                -fused[cid],
                min(lexical_rank.get(cid, unranked), vector_rank.get(cid, unranked)),
                cid,
            ),
        )[:k]
        return [
            Hit(
                chunk=store.chunk(cid),
                score=round(fused[cid], 6),
                bm25_rank=lexical_rank.get(cid),
                vector_rank=vector_rank.get(cid),
            )
            for cid in best
        ]
