"""Legacy Office files (Word/Excel 97–2003, and WPS's .wps/.et saved in those formats) → `Document`.

Applicants on WPS Office or an old Office install send .doc and .xls; refusing them sends the
applicant back for a re-save the reviewer cannot wait for. Both are read by conversion into the
format whose reader already knows tables, merged cells, number formats and page numbers:

- a workbook (a `Workbook`/`Book` stream) is read with xlrd, which parses BIFF5/8 in pure
  Python, and re-expressed as an XLSX (values, the number formats Excel shows, merged ranges,
  hidden sheets/rows/columns; formulas as their stored results) for `read_xlsx`;
- a Word binary file (a `WordDocument` stream) is converted to DOCX by LibreOffice, the soffice
  used for DOCX page numbers, and read by `read_docx` (which then renders it for pages).

The converted file is kept in `options.cache_dir/legacy/<sha256>` (a temporary folder without a
cache). What cannot be converted — no LibreOffice, another OLE file (PowerPoint, MSI), a broken
stream — is reported as `legacy_format` saying why and how to re-save it. The Document keeps the
original's id and path; `metadata["converted_from"]` names the legacy format.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import xlrd

from extractors.compound import holds_stream
from extractors.docx_render import find_soffice, run_soffice
from extractors.errors import ReadError
from extractors.model import Document, ErrorCode
from extractors.options import ReadOptions

log = logging.getLogger(__name__)

_WORD_STREAM = "WordDocument".encode("utf-16-le")
_MAX_CONVERT_SECONDS = 120.0
_SHEET_STATES = {1: "hidden", 2: "veryHidden"}


def read_legacy(path: Path, *, doc_id: str, display_path: str, options: ReadOptions) -> Document:
    suffix = path.suffix.lower()
    if holds_stream(path, _WORD_STREAM):
        return _read_word(path, doc_id=doc_id, display_path=display_path, options=options)
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception as exc:  # noqa: BLE001 - xlrd raises XLRDError, struct/index errors on junk
        log.info("%s is not a readable legacy workbook: %r", display_path, exc)
        raise ReadError(ErrorCode.legacy_format, _hint(suffix)) from exc
    with _work_file(options, doc_id, ".xlsx") as target:
        try:
            _write_xlsx(book, target)
        finally:
            book.release_resources()
        from extractors.xlsx import read_xlsx

        document = read_xlsx(target, doc_id=doc_id, display_path=display_path, options=options)
    return document.model_copy(update={"metadata": {**document.metadata, "converted_from": "xls"}})


def _read_word(path: Path, *, doc_id: str, display_path: str, options: ReadOptions) -> Document:
    document = convert_with_office(path, doc_id=doc_id, display_path=display_path, options=options,
                                   source_suffix=".doc")
    if document is None:
        raise ReadError(ErrorCode.legacy_format, f"{_hint(path.suffix.lower())}；未安装 LibreOffice，无法转换")
    return document.model_copy(update={"metadata": {**document.metadata, "converted_from": "doc"}})


def convert_with_office(path: Path, *, doc_id: str, display_path: str, options: ReadOptions,
                        source_suffix: str) -> Document | None:
    """`path` converted to DOCX by LibreOffice (cached) and read by `read_docx`; None without
    LibreOffice. `source_suffix` picks LibreOffice's import filter (.doc, .rtf)."""
    soffice = find_soffice(options)
    if soffice is None:
        return None
    with _work_file(options, doc_id, ".docx") as target:
        if not (target.is_file() and target.stat().st_size > 0):
            _convert_word(path, target, soffice, options, source_suffix)
        from extractors.docx import read_docx

        return read_docx(target, doc_id=doc_id, display_path=display_path, options=options)


def _convert_word(path: Path, target: Path, soffice: str, options: ReadOptions, source_suffix: str) -> None:
    with tempfile.TemporaryDirectory(prefix="shenbao-legacy-") as work_name:
        work = Path(work_name)
        source = work / "in" / f"source{source_suffix}"  # LibreOffice picks the import filter by extension
        source.parent.mkdir()
        shutil.copyfile(path, source)
        try:
            run_soffice(soffice, work, source, "docx:MS Word 2007 XML",
                        timeout=min(options.timeout_s, _MAX_CONVERT_SECONDS))
        except ReadError as exc:
            raise ReadError(ErrorCode.legacy_format, f"LibreOffice 转换失败：{exc.error.message_zh}") from exc
        produced = work / "out" / "source.docx"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise ReadError(ErrorCode.legacy_format, "LibreOffice 未能转换该文件")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(produced, target)


@contextmanager
def _work_file(options: ReadOptions, doc_id: str, suffix: str) -> Iterator[Path]:
    if options.cache_dir is not None:
        folder = options.cache_dir / "legacy"
        folder.mkdir(parents=True, exist_ok=True)
        yield folder / f"{doc_id}{suffix}"
        return
    with tempfile.TemporaryDirectory(prefix="shenbao-legacy-") as work_name:
        yield Path(work_name) / f"{doc_id}{suffix}"


def _write_xlsx(book: xlrd.book.Book, target: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        out = workbook.create_sheet(title=sheet.name[:31] or f"Sheet{index + 1}")
        out.sheet_state = _SHEET_STATES.get(sheet.visibility, "visible")
        for row in range(sheet.nrows):
            for col in range(sheet.ncols):
                cell = sheet.cell(row, col)
                value = _cell_value(cell, book.datemode)
                if value is None:
                    continue
                target_cell = out.cell(row=row + 1, column=col + 1, value=value)
                number_format = _number_format(book, cell.xf_index)
                if number_format:
                    target_cell.number_format = number_format
        for row_lo, row_hi, col_lo, col_hi in sheet.merged_cells:
            if row_hi - row_lo > 1 or col_hi - col_lo > 1:
                out.merge_cells(start_row=row_lo + 1, end_row=row_hi, start_column=col_lo + 1, end_column=col_hi)
        for row, info in sheet.rowinfo_map.items():
            if info.hidden:
                out.row_dimensions[row + 1].hidden = True
        for col, info in sheet.colinfo_map.items():
            if info.hidden:
                out.column_dimensions[openpyxl.utils.get_column_letter(col + 1)].hidden = True
        book.unload_sheet(index)
    if not workbook.worksheets:
        workbook.create_sheet("Sheet1")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    workbook.save(partial)
    partial.replace(target)


def _cell_value(cell: xlrd.sheet.Cell, datemode: int):
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return int(cell.value) if float(cell.value).is_integer() and abs(cell.value) < 1e15 else cell.value
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERR")
    return str(cell.value) or None


def _number_format(book: xlrd.book.Book, xf_index: int) -> str | None:
    try:
        fmt = book.format_map[book.xf_list[xf_index].format_key].format_str
    except (IndexError, KeyError):
        return None
    return fmt if fmt and fmt != "General" else None


def _hint(suffix: str) -> str:
    return {".doc": ".doc", ".xls": ".xls", ".wps": ".wps", ".et": ".et"}.get(suffix, "OLE")


__all__ = ["read_legacy", "convert_with_office"]
