"""Parsed documents cached on disk by content hash, so an unchanged file is never parsed twice.

Key: sha256 of the file bytes + extractor version + the read options that change the result
(OCR on/off, DOCX rendering, the password, the limits). The entry stores a sha256 of its own
payload; an entry that fails the check (a crash mid-write, a flipped byte, a truncated or empty
file) is deleted and rebuilt, never trusted. Writes go to a temporary file and are renamed into
place, so readers never see half a file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from extractors.docx_render import find_soffice
from extractors.model import EXTRACTOR_VERSION, Document
from extractors.ocr import PRESETS, engine_id
from extractors.options import ReadOptions

log = logging.getLogger(__name__)


def cache_key(file_sha256: str, options: ReadOptions) -> str:
    variant = json.dumps(
        {
            "v": EXTRACTOR_VERSION,
            "ocr": options.ocr,
            # Whether LibreOffice can actually render: a workspace filled before it was installed
            # must not keep serving DOCX without page numbers afterwards (nor the reverse).
            "render": options.render_docx and find_soffice(options) is not None,
            # Which password, not whether one was given: a wrong password's error must not be
            # served when the right one comes, nor a decrypted document for a wrong one.
            "password": _password_digest(options.password),
            "max_pages": options.max_pages,
            # Every limit that can turn a read into an error: a file found too large under
            # SHENBAO_MAX_FILE_MB=1 must be read again under the default (and vice versa).
            "max_file_bytes": options.max_file_bytes,
            "max_image_pixels": options.max_image_pixels,
            "max_uncompressed_bytes": options.max_uncompressed_bytes,
            "ocr_scale": options.ocr_scale,
            "ocr_max_pages": options.ocr_max_pages,
            # The engine that really reads the scans (backend and precision resolved on this
            # machine): a cache moved to a machine that reads them otherwise is read again.
            "ocr_engine": engine_id(PRESETS[options.ocr_preset]) if options.ocr else None,
        },
        sort_keys=True,
    )
    return hashlib.sha256(f"{file_sha256}:{variant}".encode()).hexdigest()


def _password_digest(password: str | None) -> str | None:
    if not password:
        return None
    return hashlib.sha256(f"shenbao-cache-password:{password}".encode()).hexdigest()


class DocumentCache:
    def __init__(self, root: Path):
        self.root = root / "documents"

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether an entry exists (not whether it is sound: `get` checks that)."""
        return self._path(key).is_file()

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
        except (ValueError, KeyError, TypeError, AttributeError, ValidationError) as exc:
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
