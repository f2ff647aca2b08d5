"""PDF → `Document`: PDFium text lines with boxes, a health check per page, OCR where the text
layer fails, and tables on ruled pages.

Owns the document-level flow: opening (passwords, encrypted vs. corrupt), page limits, the time
budget, per-page failures, the OCR page budget's report, the metadata and the assembly of the
document from its pages and tables. Each page is read in `extractors.pdf_page_reader` (health, OCR
of pages and pictures, tables), its line geometry in `extractors.pdf_page`, tables in
`extractors.pdf_tables`. It must not interpret content (no indicators, no numbers).

Never raises for a bad file: a file-level failure is a `ReadError`, a page-level one a non-fatal
`FileError` on that page, and a document with nothing readable always carries a fatal error.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.budget import stretched
from extractors.errors import ReadError, file_error
from extractors.model import (
    EXTRACTOR_VERSION,
    Document,
    ErrorCode,
    FileError,
    HealthVerdict,
    Page,
    Table,
)
from extractors.options import ReadOptions
from extractors.pdf_page_reader import OcrBudget, read_page
from extractors.pdf_tables import RuledTables

log = logging.getLogger(__name__)


def read_pdf(
    path: Path, *, doc_id: str, display_path: str, options: ReadOptions, with_tables: bool = True
) -> Document:
    """`with_tables=False` skips pdfplumber (bench/bench_pdf.py measures the text path alone)."""
    started = time.monotonic()
    pdf, password = _open(path, options.password)
    tables = RuledTables(path, password) if with_tables else None
    try:
        return _read(pdf, doc_id, display_path, options, started, tables)
    finally:
        if tables is not None:
            tables.close()
        pdf.close()


def _open(path: Path, password: str | None) -> tuple[pdfium.PdfDocument, str | None]:
    """The open document and the password that opened it (None when none was needed)."""
    password = password or None
    try:
        return pdfium.PdfDocument(str(path), password=password), password
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            # PDFium also says "password" for some unreadable files that are not encrypted at
            # all (corpus mozilla__pdf.js/Brotli-Prototype-FileA.pdf).
            if not _declares_encryption(path):
                raise ReadError(ErrorCode.corrupt, "PDFium 无法解析该文件") from None
            if password is None:
                raise ReadError(ErrorCode.encrypted) from None
            try:  # an owner-only file opens without a password, whatever was supplied
                return pdfium.PdfDocument(str(path)), None
            except pdfium.PdfiumError:
                raise ReadError(ErrorCode.wrong_password) from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ReadError(ErrorCode.encrypted, "不支持的加密方式") from None
        raise ReadError(ErrorCode.corrupt, f"PDFium: {exc}") from None


def _declares_encryption(path: Path) -> bool:
    """The trailer (or xref-stream dictionary, never compressed) names /Encrypt."""
    tail = b""
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            if b"/Encrypt" in tail + chunk:
                return True
            tail = chunk[-16:]
    return False


def _read(
    pdf, doc_id, display_path, options: ReadOptions, started: float, ruled: RuledTables | None
) -> Document:
    total = len(pdf)
    if total <= 0:
        raise ReadError(ErrorCode.corrupt, "PDF 中没有页面")
    limit = min(total, max(options.max_pages, 0))
    errors: list[FileError] = []
    if total > limit:
        detail = f"共 {total} 页，只读取了前 {limit} 页"
        errors.append(
            file_error(ErrorCode.too_many_pages, detail, page_number=limit + 1, fatal=False)
        )
    _flatten_forms(pdf, limit)
    pages: list[Page] = []
    tables: list[Table] = []
    budget = OcrBudget(options.ocr_max_pages)
    for index in range(limit):
        number = index + 1
        if time.monotonic() - started > (limit_s := stretched(options.timeout_s) if options.timeout_stretch else options.timeout_s):
            detail = f"超过 {limit_s:.0f} 秒，第 {number} 页起未处理"
            errors.append(file_error(ErrorCode.timed_out, detail, page_number=number, fatal=False))
            break
        try:
            result = read_page(pdf, index, doc_id, options, budget, ruled, len(tables), started)
        except Exception as exc:  # noqa: BLE001 - one bad page must not sink the file
            log.warning("%s: page %d failed: %r", display_path, number, exc)
            detail = type(exc).__name__
            errors.append(
                file_error(ErrorCode.page_failed, detail, page_number=number, fatal=False)
            )
            continue
        pages.append(result.page)
        tables.extend(result.tables)
        errors.extend(result.errors)
    errors.extend(budget.errors())
    if not pages:
        timeouts = [e for e in errors if e.code is ErrorCode.timed_out]
        if timeouts:  # the budget ran out before the first page: that is the file's failure
            errors = [e.model_copy(update={"fatal": True}) if e in timeouts else e for e in errors]
        else:
            errors.append(file_error(ErrorCode.corrupt, "没有可读的页面"))
    elif not any(page.text.strip() for page in pages):
        needs_ocr = any(p.health.verdict is not HealthVerdict.ok for p in pages)
        detail = "页面为图像且未启用 OCR" if needs_ocr and not options.ocr else ""
        errors.append(file_error(ErrorCode.no_text, detail))
    return Document(
        id=doc_id,
        path=display_path,
        format="pdf",
        pagination="physical",
        pages=tuple(pages),
        tables=tuple(tables),
        errors=tuple(errors),
        metadata=_metadata(pdf, total, pages, tables),
        extractor_version=EXTRACTOR_VERSION,
    )


def _flatten_forms(pdf, limit: int) -> None:
    """A fillable form keeps its answers in its fields (widgets drawn over the page), not in the
    page's text: a 数据确认表 whose figures are typed into fields reads as labels without numbers.
    Flattened into the pages (in memory only; the file is untouched) they are read like any text."""
    if pdfium_c.FPDF_GetFormType(pdf.raw) == pdfium_c.FORMTYPE_NONE:
        return
    for index in range(limit):
        page = pdf[index]
        try:
            pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY)
        finally:
            page.close()


def _metadata(pdf, total: int, pages: list[Page], tables: list[Table]) -> dict[str, str]:
    data = {
        "page_count": str(total),
        "pages_read": str(len(pages)),
        "tables": str(len(tables)),
        "encrypted": "true" if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) >= 0 else "false",
        "ocr_pages": ",".join(str(p.number) for p in pages if p.source == "ocr"),
    }
    try:
        version = pdf.get_version()
        if version:
            data["pdf_version"] = f"{version // 10}.{version % 10}"
        for key, value in pdf.get_metadata_dict(skip_empty=True).items():
            data[key.lower()] = value
    except Exception:  # noqa: BLE001 - metadata is decoration; a broken Info dict is not an error
        pass
    return data
