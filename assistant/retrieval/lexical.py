"""The lexical half of the evidence index: jieba tokens, a BM25 index (bm25s), kept on disk.

Exact words matter in this domain: a reviewer asks for "营业收入" or "专利数量", and the audit
report says exactly that. BM25 over jieba's search-mode tokens finds those where an embedding
blurs them; the indicator labels of the catalog are added to jieba's dictionary by the caller
(`terms`) so "研发投入强度" stays one token next to its parts.

One `LexicalStore` per chroma collection holds the chunks (in index order), their tokens and the
BM25 matrices, saved next to the chroma data. jieba is initialised once per process and term set,
quietly, with its dictionary cache in the workspace rather than /tmp. This module owns no
embedding and no fusion (see `index`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import bm25s
import jieba
import numpy as np

from assistant.core.text_keys import nfkc_lower
from assistant.retrieval.chunking import CHUNKER_VERSION, Chunk

SCHEMA = 1
# Function words that every chunk has; they only add noise to BM25 on short Chinese queries.
_STOPWORDS = frozenset("的 了 和 与 及 或 在 是 为 对 等 之 其 将 由 于 以 并 把 被 从 中 上 下 个 有".split())
_TERM_PIECE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9+#&._%\-]{2,}")  # what jieba keeps as one run


_NOISE = re.compile(r"[\W_]+")  # only spaces, punctuation and symbols: no letter, digit or 汉字


def _is_noise(token: str) -> bool:
    return _NOISE.fullmatch(token) is not None


@lru_cache(maxsize=4)
def _jieba(cache_dir: str, terms: tuple[str, ...]) -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)  # "Building prefix dict ..." goes to stderr otherwise
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s logs every index build at DEBUG
    tokenizer = jieba.Tokenizer()
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    tokenizer.tmp_dir = cache_dir
    tokenizer.initialize()
    for term in terms:  # sorted by the caller: add_word's suggested frequency depends on order
        tokenizer.add_word(term)
    return tokenizer


class ChineseTokenizer:
    """jieba search-mode tokens of NFKC-folded, lower-cased text, without punctuation."""

    def __init__(self, cache_dir: Path, terms: Iterable[str] = ()) -> None:
        pieces: set[str] = set()
        for term in terms:
            # jieba cuts its input at every character outside this class before looking words
            # up, so "平台团队总人数（人）" can only ever match as "平台团队总人数" + "人".
            pieces.update(_TERM_PIECE.findall(nfkc_lower(term)))
        self.terms = tuple(sorted(pieces))
        self._cache_dir = str(cache_dir)
        self.fingerprint = hashlib.sha256(
            "\n".join((jieba.__version__, *self.terms)).encode()
        ).hexdigest()[:16]

    def tokens(self, text: str) -> list[str]:
        folded = nfkc_lower(text)
        tokenizer = _jieba(self._cache_dir, self.terms)
        return [t for t in tokenizer.cut_for_search(folded) if t not in _STOPWORDS and not _is_noise(t)]


class LexicalStore:
    """Chunks, tokens and BM25 scores of one collection; `sources` maps a source key (file,
    document hash, extractor version) to the ids of its chunks, in order."""

    def __init__(self, directory: Path, tokenizer: ChineseTokenizer) -> None:
        self.directory = directory
        self.tokenizer = tokenizer
        self.package_id = ""
        self.sources: dict[str, list[str]] = {}
        self.chunks: list[Chunk] = []
        self.tokens: list[list[str]] = []
        self.stale_ids: list[str] = []  # chunks of an older chunker still stored in chroma
        self.loaded_stamp: int | None = None  # manifest mtime when read, None if there was none
        self._by_id: dict[str, int] = {}
        self._retriever: bm25s.BM25 | None = None
        self.files = np.array([], dtype=object)
        self.page_numbers = np.array([], dtype=np.int64)
        self.kinds = np.array([], dtype=object)

    # ------------------------------------------------------------------ persistence

    @property
    def exists(self) -> bool:
        return (self.directory / "manifest.json").exists() or (self._old / "manifest.json").exists()

    def _stamp(self) -> int | None:
        try:
            return (self.directory / "manifest.json").stat().st_mtime_ns
        except FileNotFoundError:
            return None

    def changed_on_disk(self) -> bool:
        return self._stamp() != self.loaded_stamp

    @property
    def _old(self) -> Path:
        return self.directory.with_name(self.directory.name + ".old")

    @classmethod
    def load(cls, directory: Path, tokenizer: ChineseTokenizer) -> LexicalStore:
        store = cls(directory, tokenizer)
        store.loaded_stamp = store._stamp()
        # A crash between the two renames of `save` leaves the last good copy under ".old".
        source = directory if (directory / "manifest.json").exists() else store._old
        manifest_path = source / "manifest.json"
        if not manifest_path.exists():
            return store
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        with (source / "chunks.jsonl").open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
        if manifest.get("schema") != SCHEMA or manifest.get("chunker") != CHUNKER_VERSION:
            # Written by another chunker: its chunks may not even fit today's `Chunk`; only
            # their ids are needed, to delete their vectors.
            store.stale_ids = [r["chunk"]["id"] for r in records]
            return store
        chunks = [Chunk.model_validate(r["chunk"]) for r in records]
        tokens = [r["tokens"] for r in records]
        store.package_id = manifest.get("package_id", "")
        store.sources = {k: list(v) for k, v in manifest["sources"].items()}
        if manifest.get("tokenizer") != tokenizer.fingerprint:
            tokens = [tokenizer.tokens(c.search_text) for c in chunks]  # the term list changed
            store._set(chunks, tokens)
            return store
        store._set(chunks, tokens, retriever=cls._load_bm25(source / "bm25", len(chunks)))
        return store

    @staticmethod
    def _load_bm25(directory: Path, n_chunks: int) -> bm25s.BM25 | None:
        if not n_chunks or not directory.exists():
            return None
        retriever = bm25s.BM25.load(str(directory))
        return retriever if int(retriever.scores["num_docs"]) == n_chunks else None

    def save(self) -> None:
        partial = self.directory.with_name(self.directory.name + f".partial-{os.getpid()}")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        with (partial / "chunks.jsonl").open("w", encoding="utf-8") as handle:
            for chunk, tokens in zip(self.chunks, self.tokens, strict=True):
                record = {"chunk": chunk.model_dump(mode="json"), "tokens": tokens}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        if self._retriever is not None:
            self._retriever.save(str(partial / "bm25"))
        manifest = {
            "schema": SCHEMA,
            "chunker": CHUNKER_VERSION,
            "tokenizer": self.tokenizer.fingerprint,
            "package_id": self.package_id,
            "sources": self.sources,
        }
        text = json.dumps(manifest, ensure_ascii=False, indent=1)
        (partial / "manifest.json").write_text(text, encoding="utf-8")
        shutil.rmtree(self._old, ignore_errors=True)
        if self.directory.exists():
            self.directory.rename(self._old)
        partial.rename(self.directory)
        shutil.rmtree(self._old, ignore_errors=True)
        self.loaded_stamp = self._stamp()

    def delete(self) -> None:
        for path in (self.directory, self._old):
            shutil.rmtree(path, ignore_errors=True)
        self.loaded_stamp = None

    # ------------------------------------------------------------------ content

    def _set(self, chunks: list[Chunk], tokens: list[list[str]], retriever: bm25s.BM25 | None = None) -> None:
        self.chunks = chunks
        self.tokens = tokens
        self._by_id = {c.id: i for i, c in enumerate(chunks)}
        self.files = np.array([c.file for c in chunks], dtype=object)
        self.page_numbers = np.array([c.page_number or 0 for c in chunks], dtype=np.int64)
        self.kinds = np.array([c.kind for c in chunks], dtype=object)
        if retriever is None and chunks:
            retriever = bm25s.BM25()
            retriever.index(tokens, show_progress=False)
        self._retriever = retriever

    def replace(self, removed: Iterable[str], added: dict[str, list[Chunk]]) -> None:
        """Drop the chunks of the `removed` sources, append those of `added`, rebuild BM25."""
        dropped: set[str] = set()
        for key in removed:
            dropped.update(self.sources.pop(key, ()))
        keep = [i for i, c in enumerate(self.chunks) if c.id not in dropped]
        chunks = [self.chunks[i] for i in keep]
        tokens = [self.tokens[i] for i in keep]
        for key, new in added.items():
            self.sources[key] = [c.id for c in new]
            chunks.extend(new)
            tokens.extend(self.tokenizer.tokens(c.search_text) for c in new)
        self._set(chunks, tokens)

    def chunk(self, chunk_id: str) -> Chunk | None:
        position = self._by_id.get(chunk_id)
        return self.chunks[position] if position is not None else None

    def rank(self, query: str, n: int, mask: np.ndarray | None = None) -> list[str]:
        """Ids of the `n` best chunks by BM25 (only chunks with a positive score)."""
        if self._retriever is None:
            return []
        vocab = self._retriever.vocab_dict
        token_ids = [vocab[t] for t in dict.fromkeys(self.tokenizer.tokens(query)) if t in vocab]
        if not token_ids:
            return []
        scores = self._retriever.get_scores_from_ids(token_ids)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        n = min(n, int(np.count_nonzero(scores > 0)))
        if n <= 0:
            return []
        top = np.argpartition(-scores, n - 1)[:n]
        order = sorted(top.tolist(), key=lambda i: (-float(scores[i]), i))
        return [self.chunks[i].id for i in order]
