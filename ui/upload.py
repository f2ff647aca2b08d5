"""Uploaded packages: the files a reviewer dropped into the browser, kept in the workspace.

An upload is saved under `<workspace>/uploads/<sha>/` where sha hashes the names and contents, so
uploading the same package twice opens the same folder (and the same review records, which are
keyed by content). A single .zip stays a zip (`assistant.package.loader` unpacks it safely, with its
limits); several files become a folder. Names are reduced to their last path component and
cleaned: a browser may send any name, and a name must never climb out of the folder.

Must not: parse or judge the files.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from assistant.core.errors import ShenbaoError

MANIFEST = "upload.json"
PACKAGE_DIR = "package"
_UNSAFE = re.compile(r'[\x00-\x1f<>:"|?*\\/]')


@dataclass(frozen=True)
class Upload:
    source: Path  # the folder or the zip to review
    name: str  # what the reviewer uploaded ("材料.zip", "7 个文件")
    uploaded_at: str
    files: int


def safe_name(name: str) -> str:
    """The last component of a browser-given name, without control or path characters."""
    base = re.split(r"[\\/]", name)[-1]
    base = _UNSAFE.sub("_", base).strip().lstrip(".")
    if not base:
        raise ShenbaoError(f"上传的文件名无效：{name!r}")
    return base[:200]


def upload_id(files: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for name, content in sorted((safe_name(n), hashlib.sha256(c).hexdigest()) for n, c in files):
        digest.update(f"{name}\t{content}\n".encode())
    return digest.hexdigest()[:16]


def save_upload(files: list[tuple[str, bytes]], uploads_dir: Path) -> Upload:
    """Write the uploaded (name, content) pairs; returns what to review. Idempotent."""
    if not files:
        raise ShenbaoError("没有选择要上传的文件")
    names = [safe_name(name) for name, _ in files]
    if len(set(names)) != len(names):
        raise ShenbaoError("上传的文件中有重名文件，请改名后重新上传（或打包为 zip 上传）")
    folder = uploads_dir / upload_id(files)
    single_zip = len(files) == 1 and names[0].lower().endswith(".zip")
    target = folder if single_zip else folder / PACKAGE_DIR
    target.mkdir(parents=True, exist_ok=True)
    for name, (_, content) in zip(names, files, strict=True):
        path = target / name
        if not path.exists() or path.stat().st_size != len(content):
            partial = path.with_name(path.name + ".partial")
            partial.write_bytes(content)
            partial.replace(path)
    manifest = folder / MANIFEST
    if not manifest.exists():
        label = names[0] if single_zip or len(names) == 1 else f"{len(names)} 个文件"
        stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
        manifest.write_text(json.dumps({"name": label, "uploaded_at": stamp, "files": len(names),
                                        "source": names[0] if single_zip else PACKAGE_DIR},
                                       ensure_ascii=False), encoding="utf-8")
    return _read(folder)


def _read(folder: Path) -> Upload:
    meta = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    return Upload(source=folder / safe_name(meta["source"]), name=meta["name"],
                  uploaded_at=meta["uploaded_at"], files=int(meta["files"]))


def list_uploads(uploads_dir: Path) -> list[Upload]:
    """Earlier uploads, newest first; a folder without a readable manifest is skipped."""
    if not uploads_dir.is_dir():
        return []
    uploads = []
    for folder in uploads_dir.iterdir():
        try:
            upload = _read(folder)
        except (OSError, ValueError, KeyError, ShenbaoError):
            continue
        if upload.source.exists():
            uploads.append(upload)
    return sorted(uploads, key=lambda u: u.uploaded_at, reverse=True)
