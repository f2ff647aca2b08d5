"""Uploaded packages: the files a reviewer dropped into the browser, kept in the workspace.

An upload is saved under `<workspace>/uploads/<sha>/` where sha hashes the contents (and, for
loose files, their names, which are the package's paths), so uploading the same package twice —
even a zip renamed by the browser to "材料 (1).zip" — opens the same folder and the same review
records, which are keyed by content. A single .zip stays a zip (`assistant.package.loader` unpacks
it safely, with its limits); several files become a folder. Names are reduced to their last path
component and cleaned: a browser may send any name, and a name must never climb out of the folder.

An upload with nothing to review (a .txt, an empty file: issue 16) is refused and leaves nothing
behind; an upload can be removed from the workspace. Once reviewed, its manifest also records the
package id and platform, so the package list names it by platform after a restart.

Must not: parse or judge the files (the format is sniffed by content, not read).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from assistant.core.errors import ShenbaoError
from extractors.reader import sniff_format

MANIFEST = "upload.json"
BEIJING = timezone(timedelta(hours=8))
PACKAGE_DIR = "package"
_UNSAFE = re.compile(r'[\x00-\x1f<>:"|?*\\/]')
# What a package's files can be (extractors.reader.sniff_format); legacy .doc/.xls/.wps are kept:
# the review says which file to save again in a current format.
_REVIEWABLE = frozenset({"pdf", "docx", "xlsx", "image", "zip", "ole", "wps"})
# A file whose content is unrecognisable but whose name says it is one of those (a damaged PDF or
# zip) is kept: the review reports it as a per-file error, in the pipeline's own words.
_REVIEWABLE_SUFFIXES = frozenset({".pdf", ".docx", ".xlsx", ".zip", ".doc", ".xls", ".wps", ".png", ".jpg", ".jpeg"})


@dataclass(frozen=True)
class Upload:
    source: Path  # the folder or the zip to review
    name: str  # what the reviewer uploaded ("材料.zip", "7 个文件")
    uploaded_at: str
    files: int
    package_id: str = ""  # once reviewed
    platform: str = ""
    company: str = ""

    @property
    def folder(self) -> Path:
        return self.source.parent


def safe_name(name: str) -> str:
    """The last component of a browser-given name, without control or path characters."""
    base = re.split(r"[\\/]", name)[-1]
    base = _UNSAFE.sub("_", base).strip().lstrip(".")
    if not base:
        raise ShenbaoError(f"上传的文件名无效：{name!r}")
    return base[:200]


def upload_id(files: list[tuple[str, bytes]]) -> str:
    """A single zip by its content alone (its name is not part of the package); loose files by
    name and content (their names are the package's paths)."""
    digest = hashlib.sha256()
    if len(files) == 1 and safe_name(files[0][0]).lower().endswith(".zip"):
        digest.update(b"zip\t" + hashlib.sha256(files[0][1]).hexdigest().encode())
        return digest.hexdigest()[:16]
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
    if (folder / MANIFEST).exists():  # the same package again (a zip perhaps under another name)
        return _read(folder)
    single_zip = len(files) == 1 and names[0].lower().endswith(".zip")
    target = folder if single_zip else folder / PACKAGE_DIR
    target.mkdir(parents=True, exist_ok=True)
    for name, (_, content) in zip(names, files, strict=True):
        path = target / name
        if not path.exists() or path.stat().st_size != len(content):
            partial = path.with_name(path.name + ".partial")
            partial.write_bytes(content)
            partial.replace(path)
    if not any(_reviewable(target / name) for name in names):
        shutil.rmtree(folder)
        raise ShenbaoError(f"没有可审核的文件：{'、'.join(names[:5])} 不是 Word（.docx）、Excel（.xlsx）、PDF 或图片，"
                           "也不是 zip 压缩包。请上传申报材料的文件或整个申报材料的 zip。")
    manifest = folder / MANIFEST
    if not manifest.exists():
        label = names[0] if single_zip or len(names) == 1 else f"{len(names)} 个文件"
        stamp = datetime.now(BEIJING).strftime("%Y-%m-%d %H:%M")  # shown as is: Beijing time, not the server's
        manifest.write_text(json.dumps({"name": label, "uploaded_at": stamp, "files": len(names),
                                        "source": names[0] if single_zip else PACKAGE_DIR},
                                       ensure_ascii=False), encoding="utf-8")
    return _read(folder)


def _reviewable(path: Path) -> bool:
    found = sniff_format(path)
    return found in _REVIEWABLE or (found == "unknown" and path.suffix.lower() in _REVIEWABLE_SUFFIXES)


def _read(folder: Path) -> Upload:
    meta = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    return Upload(source=folder / safe_name(meta["source"]), name=meta["name"],
                  uploaded_at=meta["uploaded_at"], files=int(meta["files"]),
                  package_id=meta.get("package_id", ""), platform=meta.get("platform", ""),
                  company=meta.get("company", ""))


def upload_of(source: Path, uploads_dir: Path) -> Upload | None:
    """The upload a package source belongs to, if it is one."""
    folder = source.parent
    if folder.parent.resolve() != uploads_dir.resolve() or not (folder / MANIFEST).exists():
        return None
    try:
        return _read(folder)
    except (OSError, ValueError, KeyError, ShenbaoError):
        return None


def record_review(source: Path, uploads_dir: Path, *, package_id: str, platform: str, company: str) -> None:
    """Note in the upload's manifest what it turned out to be (a no-op for other sources)."""
    if upload_of(source, uploads_dir) is None:
        return
    manifest = source.parent / MANIFEST
    meta = json.loads(manifest.read_text(encoding="utf-8"))
    wanted = {"package_id": package_id, "platform": platform, "company": company}
    if all(meta.get(k) == v for k, v in wanted.items()):
        return
    partial = manifest.with_name(MANIFEST + ".partial")
    partial.write_text(json.dumps({**meta, **wanted}, ensure_ascii=False), encoding="utf-8")
    partial.replace(manifest)


def remove_upload(source: Path, uploads_dir: Path) -> bool:
    """Delete the upload a source belongs to (the reviewer's copy in the workspace; decisions
    stay in the review store). False when the source is not an upload."""
    upload = upload_of(source, uploads_dir)
    if upload is None:
        return False
    shutil.rmtree(upload.folder)
    return True


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
