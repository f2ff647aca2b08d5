"""Paths tests share (importable because pytest puts tests/ on sys.path).

`CORPUS` is the real-document corpus (../shared/corpus, MANIFEST.tsv). Only tests whose point is
a real document use it, through the `corpus_dir` fixture, and they skip when it is absent.
`SHENBAO_TEST_CORPUS=/some/path` points them elsewhere — at a missing path, to check that
everything else runs without the corpus.
"""

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "sample_package"
CORPUS = Path(os.environ.get("SHENBAO_TEST_CORPUS") or REPO.parent / "shared" / "corpus").resolve()
