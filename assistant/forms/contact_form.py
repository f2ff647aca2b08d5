"""What 附件1 联系人信息反馈表 declares: the contacts' matrix and the 具体地址 line.

附件1 prints a matrix (联系人（主）/（备用） × 姓名/单位名称/职务/手机号码/电子邮箱) and, below it, the
review site's 具体地址 as a fill-in line ("___区 ___路 ___号（弄）"); the blanks and the template's
leftovers are dropped from the address, never the applicant's words.

Owns: `read_contact_form`. Must not: read the 申报表 (`assistant.forms.reader`) or the 汇总表
(`assistant.forms.summary_table`), parse or judge answers; it reads text and keeps citations, by
the conventions of `assistant.forms.reader`.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.text_keys import label_key
from assistant.forms.grid import cell_citations, cite_text, first_per_field, grids_of
from assistant.forms.model import DeclaredValue
from extractors.model import Document

_ADDRESS_LABEL = re.compile(r"^(?:评审会)?(?:现场)?(?:地址)(?:信息)?(?:反馈)?$|^具体地址$")


def _address_cells(document: Document, grid, catalog: Catalog) -> list[DeclaredValue]:
    """「评审会现场地址信息」 in a cell and the address beside it, or under it on the next row (a sheet
    typed top to bottom, h48)."""
    out = []
    rows = [[c for c in row if c is not None and c.text.strip()] for row in grid.rows]
    for index, cells in enumerate(rows):
        label = next((k for k, c in enumerate(cells) if _ADDRESS_LABEL.match(label_key(c.text))), None)
        if label is None:
            continue
        answer = cells[label + 1] if label + 1 < len(cells) else (
            rows[index + 1][0] if index + 1 < len(rows) and len(rows[index + 1]) == 1 else None)
        if answer is not None and re.search(r"[区路号弄街道镇]", answer.text):
            out.append(DeclaredValue(field_id=catalog.field("review_site_address").id, form_label="评审会现场地址信息",
                                     raw=answer.text.strip(), file=document.path,
                                     citations=cell_citations(cells[label], answer)))
    return out


def read_contact_form(document: Document, catalog: Catalog) -> list[DeclaredValue]:
    """The 附件1 fields of one document, the first reading of each."""
    contact_fields = [f for f in catalog.fields if f.section == "contact_form"]
    values = []
    for grid in grids_of(document):
        header: dict[int, str] = {}
        values += _address_cells(document, grid, catalog)
        for row in grid.rows:
            texts = [label_key(c.text) if c else "" for c in row]
            labels = {i: t for i, t in enumerate(texts) if any(label_key(f.label) == t for f in contact_fields)}
            if len(labels) >= 2:
                header = labels
                continue
            row_label = next((t for t in texts if t.startswith("联系人")), None)
            if not header or row_label is None:
                continue
            for col, header_key in header.items():
                spec = next((f for f in contact_fields if f.row_label and label_key(f.row_label) == row_label
                             and label_key(f.label) == header_key), None)
                cell = row[col] if col < len(row) else None
                if spec is not None and cell is not None:
                    # The matrix cell is both the answer and where the label is cited.
                    values.append(DeclaredValue(field_id=spec.id, summary_label=None,
                                                form_label=f"{row_label}{header_key}", raw=cell.text.strip(),
                                                proof=None, file=document.path,
                                                citations=cell_citations(cell, cell)))
    for page in document.pages:
        for block in page.blocks:
            match = re.match(r"\s*具体地址\s*[*＊]?\s*[:：]\s*(.+)", block.text)
            if match and block.table_cell is None:
                spec = catalog.field("review_site_address")
                answer = match.group(1).strip()
                if re.fullmatch(r"[_\s区路号（）()弄]*", answer):
                    answer = ""  # the template's blanks, unfilled
                # "___区 ___路 ___号" filled in: drop the blanks' underscores and padding.
                answer = re.sub(r"[_＿]+", "", answer)
                # The template's "号（弄）" left as printed after the number was written in.
                answer = re.sub(r"(?<=[号弄])\s*[（(]\s*弄\s*[）)]", "", answer)  # 505号（弄）, 988弄（弄）
                answer = re.sub(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])", "", answer)
                citation = cite_text(document, page, block.text.strip())
                values.append(DeclaredValue(field_id=spec.id, form_label="具体地址", raw=answer,
                                            file=document.path, citations=(citation,) if citation else ()))
    return first_per_field(values)
