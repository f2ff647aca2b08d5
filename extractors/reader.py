"""One entry point: a path on disk → a `Document`, whatever the file is and however it is broken.

The format is sniffed from the bytes, not the extension (applicants rename files; a `.pdf` may be a
Word file). Each format reader raises `ReadError` for a file it cannot read; anything else a
third-party parser throws is caught here and reported as `corrupt`. This function never raises
for a bad file.
"""

from __future__ import annotations

import hashlib
import logging
import zipfile
from pathlib import Path

from extractors.compound import holds_stream
from extractors.errors import ReadError, file_error
from extractors.model import EXTRACTOR_VERSION, Document, ErrorCode
from extractors.options import ReadOptions
from extractors.script import to_simplified

log = logging.getLogger(__name__)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpeg",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
    b"BM": "bmp",
    b"GIF8": "gif",
}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sniff_format(path: Path) -> str:
    """pdf | docx | xlsx | ole (legacy .doc/.xls) | wps | image | zip | text | empty | unknown."""
    with path.open("rb") as handle:
        head = handle.read(2048)
    if not head:
        return "empty"
    if b"%PDF-" in head[:1024]:  # PDF 7.5.2 allows junk before the header; readers tolerate 1 KiB
        return "pdf"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    for magic in _IMAGE_MAGIC:
        if head.startswith(magic):
            return "image"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(path)
    return "text" if _looks_like_text(head) else "unknown"


def _looks_like_text(head: bytes) -> bool:
    """UTF-8 or GB18030 (Chinese Windows saves .txt in GBK) without control bytes. The sample may
    end inside a multi-byte character, so a few trailing bytes are allowed to fail."""
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        for cut in range(4):
            try:
                text = head[: len(head) - cut].decode(encoding)
            except UnicodeDecodeError:
                continue
            controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
            return controls <= len(text) // 100
    return False


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "unknown"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if any(n.lower().endswith(("content.xml", "document.xml")) for n in names) and (
        "mimetype" in names
    ):
        return "unknown"  # ODF / WPS-ODF: not supported, reported as such
    return "zip"


def read_file(
    path: Path, display_path: str | None = None, options: ReadOptions | None = None
) -> Document:
    options = options or ReadOptions()
    display_path = display_path or path.name
    try:
        size = path.stat().st_size
        doc_id = sha256_file(path)
    except OSError as exc:
        return _failed("0" * 64, display_path, "unknown", ReadError(ErrorCode.corrupt, str(exc)))
    if size > options.max_file_bytes:
        detail = f"{size / 1e6:.1f} MB > {options.max_file_bytes / 1e6:.0f} MB"
        return _failed(doc_id, display_path, "unknown", ReadError(ErrorCode.too_large, detail))
    kind = sniff_format(path)
    try:
        return to_simplified(_dispatch(kind, path, doc_id, display_path, options))
    except ReadError as exc:
        return _failed(doc_id, display_path, kind, exc)
    except MemoryError:
        return _failed(doc_id, display_path, kind, ReadError(ErrorCode.too_large, "内存不足"))
    except ImportError as exc:  # a module this installation lacks: its fault, not the file's
        log.error("reader could not import %s for %s", exc.name, display_path)
        return _failed(doc_id, display_path, kind, ReadError(ErrorCode.internal, f"{type(exc).__name__}: {exc.name}"))
    except Exception as exc:  # noqa: BLE001 - third-party parsers throw anything on hostile input
        log.warning("reader crashed on %s: %r", display_path, exc)
        return _failed(doc_id, display_path, kind, ReadError(ErrorCode.corrupt, type(exc).__name__))


def _dispatch(kind: str, path: Path, doc_id: str, display_path: str, options: ReadOptions):
    if kind == "empty":
        raise ReadError(ErrorCode.empty_file)
    if kind == "pdf":
        from extractors.pdf import read_pdf

        return read_pdf(path, doc_id=doc_id, display_path=display_path, options=options)
    if kind == "docx":
        from extractors.docx import read_docx

        return read_docx(path, doc_id=doc_id, display_path=display_path, options=options)
    if kind == "xlsx":
        from extractors.xlsx import read_xlsx

        return read_xlsx(path, doc_id=doc_id, display_path=display_path, options=options)
    if kind == "image":
        from extractors.image import read_image

        return read_image(path, doc_id=doc_id, display_path=display_path, options=options)
    if kind == "text" and (markup := _markup(path)) is not None:  # a saved web page, an RTF note
        from extractors.markup import read_markup

        return read_markup(markup, path, doc_id=doc_id, display_path=display_path, options=options)
    if kind == "text" and path.suffix.lower() in (".csv", ".tsv"):  # an export: one sheet (`delimited`)
        from extractors.delimited import read_delimited

        return read_delimited(path, doc_id=doc_id, display_path=display_path, options=options)
    if kind == "text":
        from extractors.plaintext import read_text

        return read_text(path, doc_id=doc_id, display_path=display_path, options=options)
    if kind == "ole":
        if _holds_encrypted_package(path):
            detail = "受密码保护的 Word/Excel 文件暂不能解密，请取消密码后重新提交"
            raise ReadError(ErrorCode.encrypted, detail)
        from extractors.legacy import read_legacy

        return read_legacy(path, doc_id=doc_id, display_path=display_path, options=options)
    raise ReadError(ErrorCode.unsupported_type, path.suffix or kind)


def _markup(path: Path) -> str | None:
    from extractors.markup import sniff_markup

    with path.open("rb") as handle:
        return sniff_markup(handle.read(4096), path.suffix.lower())


_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def _holds_encrypted_package(path: Path) -> bool:
    """A password-protected .docx/.xlsx is not a zip but an OLE file with an `EncryptedPackage`
    stream (MS-OFFCRYPTO 2.3.4.4); calling it a legacy .doc would send the applicant the wrong
    way."""
    return holds_stream(path, _ENCRYPTED_PACKAGE)


def _failed(doc_id: str, display_path: str, kind: str, exc: ReadError) -> Document:
    fmt = kind if kind in ("pdf", "docx", "xlsx", "image", "text") else "unknown"
    return Document(
        id=doc_id,
        path=display_path,
        format=fmt,
        pagination="none",
        errors=(exc.error,),
        extractor_version=EXTRACTOR_VERSION,
    )


__all__ = ["read_file", "sniff_format", "sha256_file", "file_error"]
