"""Finding passages: chunks that never cross a page, BM25 over jieba tokens, a local embedder,
the chromadb index (embedded or a server), and passages cited back to file and page.

Owns: `EvidenceIndex`, `Chunk`, citing a chunk. chromadb and bm25s live here only. Must not
import `checks`, `llm`, `reports` or `app`.
"""
