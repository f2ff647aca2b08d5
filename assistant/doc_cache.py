"""Parsed documents cached on disk by content hash, so an unchanged file is never parsed twice.

Key: sha256 of the file bytes + extractor version + the read options that change the result
(OCR on/off, DOCX rendering, password given). The entry stores a sha256 of its own payload; an
entry that fails the check (a crash mid-write, a flipped byte) is deleted and rebuilt, never
trusted. Writes go to a temporary file and are renamed into place, so readers never see half a
file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from extractors.model import Document
from extractors.options import ReadOptions
from extractors.reader import EXTRACTOR_VERSION

log = logging.getLogger(__name__)


def cache_key(file_sha256: str, options: ReadOptions) -> str:
    variant = json.dumps(
        {
            "v": EXTRACTOR_VERSION,
            "ocr": options.ocr,
            "render": options.render_docx,
            "password": bool(options.password),
            "max_pages": options.max_pages,
        },
        sort_keys=True,
    )
    return hashlib.sha256(f"{file_sha256}:{variant}".encode()).hexdigest()


class DocumentCache:
    def __init__(self, root: Path):
        self.root = root / "documents"

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Document | None:
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            envelope = json.loads(raw)
            payload = envelope["document"]
            digest = hashlib.sha256(payload.encode()).hexdigest()
            if digest != envelope["sha256"]:
                raise ValueError("checksum mismatch")
            return Document.model_validate_json(payload)
        except (ValueError, KeyError, TypeError, ValidationError) as exc:
            log.warning("corrupt cache entry %s (%s): rebuilding", path.name, exc)
            path.unlink(missing_ok=True)
            return None

    def put(self, key: str, document: Document) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = document.model_dump_json()
        envelope = json.dumps({"sha256": hashlib.sha256(payload.encode()).hexdigest(), "document": payload})
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(envelope)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
