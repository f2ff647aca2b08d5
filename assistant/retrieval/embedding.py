"""Embedding functions for the chromadb side of the evidence index: local by default.

chromadb's default embedder downloads an ONNX model on first use and fails offline (DESIGN.md,
"Offline by default"), so every collection gets one of these explicitly:

- `HashedNgramEmbedding` — no model, no download: character 1–3-grams of the NFKC-folded text,
  hashed into a fixed-size signed vector with sublinear term frequency, L2-normalised. Chinese
  has no spaces, so character n-grams stand in for words (a bigram like "营业" or "专利" is
  already a useful feature); n-grams that straddle whitespace are dropped. Deterministic: the
  hash is a fixed 64-bit mix computed in numpy, never Python's salted `hash()`.
- `OpenAICompatibleEmbedding` — opt-in (`Settings.embedding == "openai"`): any server that
  speaks /v1/embeddings (vLLM, DashScope, a llama.cpp server), through LangChain.

Both count their calls so a test can prove that re-indexing an unchanged package embeds nothing.
This module must not open an index or read the environment (settings come from the caller).
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function
from pydantic import SecretStr

from assistant.core.settings import Settings
from assistant.core.text_keys import nfkc_lower

DEFAULT_DIM = 1024
_NGRAM_WEIGHTS = {1: 0.5, 2: 1.0, 3: 1.0}  # unigrams are common characters: weaker evidence
_FNV_OFFSET = np.uint64(0xCBF29CE484222325)
_FNV_PRIME = np.uint64(0x100000001B3)
_MIX_1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX_2 = np.uint64(0xC4CEB9FE1A85EC53)


def _mix(h: np.ndarray) -> np.ndarray:
    # murmur3's 64-bit finaliser: spreads FNV's weak low bits before the modulo.
    h = h ^ (h >> np.uint64(33))
    h = h * _MIX_1
    h = h ^ (h >> np.uint64(33))
    h = h * _MIX_2
    return h ^ (h >> np.uint64(33))


@lru_cache(maxsize=1)
def _blank_table() -> np.ndarray:
    """Which BMP code points are spaces or punctuation (looked up per text, 20 ms once)."""
    return np.array(
        [chr(c).isspace() or unicodedata.category(chr(c))[0] in "PZ" for c in range(0x10000)],
        dtype=np.bool_,
    )


def hashed_ngram_vector(text: str, dim: int = DEFAULT_DIM) -> np.ndarray:
    folded = nfkc_lower(text)
    raw = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32)
    blank = _blank_table()[np.minimum(raw, 0xFFFF)] & (raw <= 0xFFFF)
    codes = raw.astype(np.uint64)
    vector = np.zeros(dim, dtype=np.float64)
    n_codes = len(codes)
    for n, weight in _NGRAM_WEIGHTS.items():
        count = n_codes - n + 1
        if count <= 0:
            break
        h = np.full(count, _FNV_OFFSET, dtype=np.uint64)
        keep = np.ones(count, dtype=np.bool_)
        for i in range(n):
            h = (h ^ codes[i : i + count]) * _FNV_PRIME
            keep &= ~blank[i : i + count]  # no n-gram across a space or a punctuation mark
        h = _mix(h[keep] ^ np.uint64(n))
        if not len(h):
            continue
        grams, counts = np.unique(h, return_counts=True)
        signs = np.where((grams >> np.uint64(63)) == 1, -1.0, 1.0)
        slots = (grams % np.uint64(dim)).astype(np.int64)
        vector += np.bincount(slots, weights=signs * weight * (1.0 + np.log(counts)), minlength=dim)
    norm = float(np.linalg.norm(vector))
    if norm == 0.0:
        vector[0] = 1.0  # an all-punctuation text still needs a valid unit vector
        norm = 1.0
    return (vector / norm).astype(np.float32)


@register_embedding_function
class HashedNgramEmbedding(EmbeddingFunction[Documents]):
    def __init__(self, dim: int = DEFAULT_DIM) -> None:
        self.dim = dim
        self.calls = 0
        self.texts = 0

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - chromadb's protocol name
        self.calls += 1
        self.texts += len(input)
        return [hashed_ngram_vector(text, self.dim) for text in input]

    @staticmethod
    def name() -> str:
        return "shenbao_hashed_ngram"

    def get_config(self) -> dict[str, Any]:
        return {"dim": self.dim, "version": 1}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> HashedNgramEmbedding:
        return HashedNgramEmbedding(dim=int(config.get("dim", DEFAULT_DIM)))

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    @property
    def tag(self) -> str:
        return f"ng{self.dim}"


@register_embedding_function
class OpenAICompatibleEmbedding(EmbeddingFunction[Documents]):
    def __init__(
        self,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout_s: float = 60.0,
        max_retries: int = 2,
    ) -> None:
        from langchain_openai import OpenAIEmbeddings

        self.model = model
        self.base_url = base_url
        self.calls = 0
        self.texts = 0
        self._client = OpenAIEmbeddings(
            model=model,
            base_url=base_url,
            # Local servers (vLLM, llama.cpp) accept any key; the OpenAI client insists on one.
            api_key=SecretStr(api_key or "EMPTY"),
            # True would tokenise with tiktoken, which downloads its BPE files on first use and
            # does not know the Chinese models behind these endpoints anyway.
            check_embedding_ctx_length=False,
            timeout=timeout_s,
            max_retries=max_retries,
        )

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002
        self.calls += 1
        self.texts += len(input)
        vectors = self._client.embed_documents(list(input))
        return [np.asarray(v, dtype=np.float32) for v in vectors]

    @staticmethod
    def name() -> str:
        return "shenbao_openai_compatible"

    def get_config(self) -> dict[str, Any]:
        return {"model": self.model, "base_url": self.base_url}  # never the key

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> OpenAICompatibleEmbedding:
        return OpenAICompatibleEmbedding(model=config["model"], base_url=config.get("base_url"))

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    @property
    def tag(self) -> str:
        # Collections of different models must never mix: the model and endpoint name the space.
        key = f"{self.model}\x1f{self.base_url or ''}"
        return "oa" + hashlib.sha256(key.encode()).hexdigest()[:8]


Embedder = HashedNgramEmbedding | OpenAICompatibleEmbedding


def make_embedder(settings: Settings) -> Embedder:
    if settings.embedding == "openai":
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
        return OpenAICompatibleEmbedding(
            settings.embedding_model, settings.llm_base_url, key, max_retries=settings.llm_max_retries
        )
    return HashedNgramEmbedding()
