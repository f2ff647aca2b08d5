"""What a 申报表 declares: catalog fields found by their labels in the tables and lines of the form.

Applicants rebuild the template in their own way, so no position is trusted. A row is read by
its 内容 label (normalised, alias-aware, fuzzy as a last resort); where a header row names the
columns (内容 / 平台实际情况 / 证明资料, in any order, some missing) the answer and the proof come
from those columns, otherwise the answer is the next cell to the right of the label (the
key-value layout of 一、企业基本情况) or the cell below it (labels in one row, values in the next,
as in 申报单位上一年度经营状况). Several fields share one cell in the template (the three revenue
lines; 合作企业名称（必填） inside the 建设方式 cell); they are split out here.

A reading says what the reader is unsure of (`DeclaredValue.doubts`): a label matched only
approximately, a row without an answer cell, an empty answer beside text in a column the header
gave no role, an "answer" that reads like a 证明资料 reference. Rules state these doubts instead
of promising an error on a layout the reader only partly understood.

Owns: `FormReader` (the 申报表 as Word/Excel, text PDF or scan); the conventions every form reader
shares (`cell_citations`, `first_per_field`) live with the grid in `assistant.forms.grid`. The
applicant's 汇总表 is read in `assistant.forms.summary_table`, 附件1 in
`assistant.forms.contact_form`.

Must not: parse numbers or judge answers; it reads text and keeps citations.
"""

from __future__ import annotations

import difflib
import re

from assistant.catalog.model import FieldSpec
from assistant.catalog.notice import Catalog
from assistant.core.text_keys import label_key
from assistant.forms.columns import (
    Columns,
    header_columns,
    label_candidates,
    proof_table,
)
from assistant.forms.grid import (
    Grid,
    cell_citations,
    cite_text,
    first_per_field,
    grids_of,
    shared_answer,
)
from assistant.forms.model import DeclaredValue, MatchKind
from assistant.forms.paragraphs import PROOF_WORDS, WHOLE_FIGURE, read_paragraph_items
from assistant.forms.revenue_table import revenue_table_values
from assistant.values.answers import parse_revenue_lines
from extractors.model import Document

_PROOF_LIKE = re.compile(r"^\s*(?:详见|见|参见)?\s*(?:《?申报书》?)?\s*附件\s*[0-9一二三四五六七八九十]")
NO_ANSWER_CELL = "一行未找到填写单元格"  # a doubt: the row is there, its answer cell was not found
# No 证明资料 column: applicants append the reference to the answer itself, bracketed at its end
# "（证明资料：附件3-2 第1页）", after a tag "【证明资料】证明材料02 …", or on a line of its own
# "证明资料：附件3-2". Everything from the marker on is the proof.
_INLINE_PROOF = re.compile(
    rf"[（(]\s*(?:{PROOF_WORDS}|来源)\s*[:：](?P<proof>[^（）()]*)[）)]\s*$"
    rf"|[【〖\[]\s*(?:{PROOF_WORDS})\s*[】〗\]]\s*[:：]?(?P<tagged>.*)$"
    rf"|(?:^|\n)\s*(?:{PROOF_WORDS})\s*[:：](?P<lined>.*)$", re.S)
_ANSWER_LIKE = re.compile(rf"{WHOLE_FIGURE}|是|否|有|无")
# the template's guidance in brackets, kept above the answer: 「（例如北京：1000、天津：500）」, 「（总容量/数据量 XX TB，…）」
_TEMPLATE_HINT = re.compile(r"\s*[（(][^（）()\n]*(?:例如|例：|如：|XX|ＸＸ|详见《附录)[^（）()\n]*[)）]\s*(?:\n|$)")
# a cell that refers to a proof rather than answering: 「说明：…」, 「见申报书第二章」, 「证明材料02 …第1-2页」
_REFERENCE = rf"\s*(?:说明\s*[:：]|(?:详见|参见|见)\s*(?:《|申报书|附件|证明|佐证|第)|(?:{PROOF_WORDS})\s*\S|附件\s*\d|无单独证明)"
_SLASHED = re.compile(r"\s*[/／]\s*")
MAX_LABEL_CHARS = 70  # longest 内容 label of the notice is ~40 characters; answers are longer


class FormReader:
    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._field_keys = {}
        for spec in catalog.fields:
            for text in (spec.label, *spec.aliases):
                self._field_keys.setdefault(label_key(text), spec)
        self._embedded = [f for f in catalog.fields if f.required_if is not None]
        self._field_ids = {f.id for f in catalog.fields}

    # --- matching -------------------------------------------------------------------------------

    def match_field(self, text: str, *, allow_cover: bool = False, answered: bool = False) -> tuple[FieldSpec, MatchKind] | None:
        """The field a label names by one of its readings (`label_candidates`). `answered`: a table cell
        that may hold its answer after a colon (「平台相关研发投入强度（%）：19.03」) — the words before the
        colon are read too, and an exact reading wins over an approximate one."""
        found = [m for candidate in label_candidates(text, answered) if (m := self._match_one(candidate, allow_cover))]
        return next((m for m in found if m[1] == "exact"), found[0]) if answered and found else \
            (found[0] if found else None)

    def _match_one(self, text: str, allow_cover: bool) -> tuple[FieldSpec, MatchKind] | None:
        key = label_key(re.sub(r"[*＊]|\d+$", "", text.strip()))
        if not key or len(key) > MAX_LABEL_CHARS:
            return None
        found = [f for f in self.catalog.match_labels(key) if allow_cover or f.section != "cover"]
        found = [f for f in found if f.section != "contact_form" and f.group_label != "股权结构"]
        if found:
            return found[0], "exact"
        close = difflib.get_close_matches(key, self._field_keys.keys(), n=2, cutoff=0.86)
        if close:
            spec = self._field_keys[close[0]]
            if spec.section not in ("cover", "contact_form") and spec.group_label != "股权结构":
                return spec, "fuzzy"
        return None

    # --- reading --------------------------------------------------------------------------------

    def read_form(self, document: Document) -> list[DeclaredValue]:
        """A 申报表 (DOCX, XLSX, PDF or its scan): cover lines, then every table."""
        values = self._cover_lines(document)
        columns: Columns | None = None
        proofs: dict[str, str] = {}  # a 证明资料对照表 apart from the indicator table: field → its proof
        late: list[DeclaredValue] = []
        for grid in grids_of(document):
            if proof_table(grid):
                proofs |= self._proof_rows(grid)
                continue
            found, lone, columns = self._read_grid(grid, columns)
            values, late = values + found, late + lone
        values += late
        values = [v.model_copy(update={"proof": proofs[v.field_id]}) if v.proof is None and v.field_id in proofs
                  else v for v in values]
        # A form with no indicator table: its paragraphs fill only fields no table holds (in a table
        # scan, a cell the grid left blank is not refilled from the OCR lines around it).
        in_tables = {v.field_id for v in values}
        values += [v for v in read_paragraph_items(document, self.match_field) if v.field_id not in in_tables]
        values += self._inline_summary_facts(document)
        return first_per_field(values)

    def _inline_summary_facts(self, document: Document) -> list[DeclaredValue]:
        """附件4 rows with no field in 附件2 (平台性质) are only ever stated in passing, e.g.
        "（平台性质：专业型工业互联网平台）" in the 平台基本情况介绍."""
        values = []
        for row in self.catalog.summary_rows:
            if row.source_fields or row.platform_list_column:
                continue
            pattern = re.compile(re.escape(row.label) + r"\s*[:：为是]\s*([^，。；;,、\s（）()]{2,40})")
            for page in document.pages:
                match = pattern.search(page.text)
                if match:
                    citation = cite_text(document, page, match.group(0))
                    values.append(DeclaredValue(field_id=None, summary_label=row.label, form_label=row.label,
                                                raw=match.group(1), file=document.path,
                                                citations=(citation,) if citation else ()))
                    break
        return values


    def _read_grid(self, grid: Grid, columns: Columns | None) -> tuple[list[DeclaredValue], list[DeclaredValue],
                                                                       Columns | None]:
        """The grid's readings, those of lone 「label：answer」 cells apart (they yield to any other), and the
        indicator table's columns so far."""
        values: list[DeclaredValue] = []
        late: list[DeclaredValue] = []
        rows = grid.rows
        skip_next = False
        skip_to = 0
        for r, row in enumerate(rows):
            if skip_next or r < skip_to:
                skip_next = False
                continue
            header = header_columns(row)
            if header is not None:
                columns = header
                continue
            if columns is not None and columns.width == len(row) and columns.value is not None:
                found = self._row_by_columns(r, row, columns, grid)
                if found is not None:
                    values += found
                    continue
            revenue = self._revenue_cells(row, grid)
            if not revenue:  # the years as a table of their own (a spreadsheet's, h51)
                revenue, taken = revenue_table_values(rows, r, self._field_ids, grid.doc_path, "exact")
                skip_to = r + 1 + taken
            if revenue:
                values += revenue
                continue
            # a cell may hold its answer after its label (「平台团队总人数（人）：132」): in a table's row of
            # several cells; a row of such cells and no label of its own (a cover's line 「平台名称：…」, a one-column
            # table, 「申报单位：… | 联系人：吴晓晨 13621875304」 over the form, h22) yields to any other reading
            filled = sum(1 for c in row if c and c.text.strip())
            labels = self._labels_in_row(row, answered=filled > 1 or not grid.scanned)
            if labels and not self._labels_in_row(row, answered=False):
                late += self._key_value_row(row, labels, grid)
                continue
            # labels in one row, answers in the next: several, or one with no answer right of it (h85)
            if (len(labels) >= 2 and _all_nonempty_are_labels(row, labels) or _answerless(row, labels, grid)) \
                    and r + 1 < len(rows) and not self._labels_in_row(rows[r + 1]):
                values += self._vertical_pairs(labels, row, rows[r + 1], grid, proofs=_answerless(row, labels, grid))
                skip_next = True
                continue
            values += self._key_value_row(row, labels, grid) + self._paired_labels(row, labels, grid)
        return values, late, columns

    def _paired_labels(self, row, labels, grid: Grid) -> list[DeclaredValue]:
        """「联系人 / 职务」 beside 「周敏 / 平台运营部经理」 (h75): two fields in one label cell and their
        answers in the next, split at the same slash; both sides must split into as many parts."""
        values = []
        for i, cell in enumerate(row[:-1]):
            answer = row[i + 1]
            if cell is None or answer is None or i in labels or i + 1 in labels:
                continue
            names, parts = _SLASHED.split(cell.text.strip()), _SLASHED.split(answer.text.strip())
            if len(names) < 2 or len(parts) != len(names):
                continue  # (most cells: no slash, so no label to match)
            specs = [self.match_field(name) for name in names]
            if not all(specs):
                continue
            for (spec, kind), name, part in zip(specs, names, parts, strict=True):
                values.append(self._make(spec, cell, answer, None, grid.doc_path, kind, label_text=name).model_copy(
                    update={"raw": part.strip()}))
        return values

    def _proof_rows(self, grid: Grid) -> dict[str, str]:
        """「指标 | 证明资料」 rows: the proof written beside each indicator's name."""
        proofs = {}
        for row in grid.rows:
            cells = [c for c in row if c is not None and c.text.strip()]
            if len(cells) >= 2 and (found := self.match_field(cells[0].text)) is not None:
                proofs[found[0].id] = cells[-1].text.strip()
        return proofs

    def _revenue_cells(self, row, grid: Grid) -> list[DeclaredValue]:
        """The template prints the three revenue lines in one cell under the group label
        平台近三年经营指标情况, which is not a field of its own."""
        for cell in row:
            # The cell is the revenue lines themselves (it starts with one), not prose that
            # mentions a year's revenue (平台建设成效: "2023年平台相关营业收入…").
            if cell is not None and "收" in cell.text and (lines := parse_revenue_lines(cell.text)) \
                    and ("营收" in cell.text or lines[0].span[0] <= 2):
                label = next((c for c in row if c is not None and "经营指标" in c.text), None)
                if label is None and any(c is not None and c is not cell and self.match_field(c.text) for c in row):
                    return []  # 平台建设成效's prose telling 「2023年平台营收5,108.36万元，同比增长…」 (h75)
                return self._revenue_values(lines, cell, label, grid.doc_path, "exact")
        return []

    def _labels_in_row(self, row, answered: bool = True) -> dict[int, tuple[FieldSpec, MatchKind]]:
        labels = {}
        for i, cell in enumerate(row):
            if cell is not None and (m := self.match_field(cell.text, answered=answered)) is not None:
                labels[i] = m
        return labels

    def _row_by_columns(self, r: int, row, columns: Columns, grid: Grid) -> list[DeclaredValue] | None:
        label_cell = row[columns.label] if columns.label is not None else None
        match = self.match_field(label_cell.text, answered=True) if label_cell is not None else None
        if match is None:
            # No 内容 column (dropped) or a label outside it: any cell left of the answer.
            for i, cell in enumerate(row[: columns.value]):
                if cell is not None and (m := self.match_field(cell.text, answered=True)) is not None:
                    label_cell, match = cell, m
        if match is None:
            return None
        spec, kind = match
        answer = row[columns.value]
        if (shared := shared_answer(grid, r, columns.value, label_cell.text)) is not None:
            answer = shared  # one answer cell merged over several rows
        proof = row[columns.proof] if columns.proof is not None else None
        if proof is None and columns.proof is not None:
            proof = grid.covering(r, columns.proof)  # one 证明资料 cell merged over several rows
        proof_text = (proof.text if proof is not None else "") if columns.proof is not None else None
        used = {id(c) for c in (label_cell, answer, proof, row[columns.value]) if c is not None}
        label_at = next(i for i, c in enumerate(row) if c is label_cell)
        # Cells right of the label that the header gave no role (序号 and 三级指标 sit left of it).
        stray = [c.text.strip() for c in row[label_at + 1:] if c is not None and id(c) not in used and c.text.strip()]
        return self._split(spec, label_cell, answer, proof_text, grid, kind, stray=stray)

    def _key_value_row(self, row, labels, grid: Grid) -> list[DeclaredValue]:
        values = []
        positions = [i for i, c in enumerate(row) if c is not None]
        for i, (spec, kind) in labels.items():
            later = [p for p in positions if p > i]
            answer = None
            if later and later[0] not in labels:
                answer = row[later[0]]
            next_label = min((p for p in later if p in labels), default=len(row))
            stray = [row[p].text.strip() for p in later[1:] if p < next_label and row[p].text.strip()]
            values += self._split(spec, row[i], answer, None, grid, kind, stray=stray)
        return values

    def _vertical_pairs(self, labels, row, below, grid: Grid, proofs: bool = False) -> list[DeclaredValue]:
        values = []
        for i, (spec, kind) in labels.items():
            answer = below[i] if i < len(below) else None
            # one label's answer row: 「填写 | answer | 证明资料」, the proof right of the answer
            proof = next((c.text for c in below[i + 1:] if c is not None and c is not answer), "") if proofs else None
            values += self._split(spec, row[i], answer, proof, grid, kind)
        return values

    def _split(self, spec, label_cell, answer, proof, grid: Grid, kind, label_text=None,
               stray: list[str] | None = None) -> list[DeclaredValue]:
        """One label cell can hold several fields of the template; split them out."""
        doc_path = grid.doc_path
        text = answer.text if answer is not None else ""
        values = [self._make(spec, label_cell, answer, proof, doc_path, kind, label_text, stray or [])]
        for sub in self._embedded:
            if sub.required_if.field == spec.id:
                detail = _embedded_detail(sub.label, text)
                if detail is not None:
                    values.append(DeclaredValue(field_id=sub.id, form_label=sub.label, raw=detail, proof=proof,
                                                file=doc_path, citations=cell_citations(answer, label_cell), match=kind))
        return values

    def _revenue_values(self, lines, answer, label_cell, doc_path, kind) -> list[DeclaredValue]:
        values = []
        for line in lines:
            for suffix, quantity in (("", line.revenue), ("_growth", line.growth_rate)):
                field_id = f"platform_revenue{suffix}_{line.year}"
                if field_id not in self._field_ids:
                    continue
                raw = quantity.raw if quantity is not None else ""
                values.append(DeclaredValue(field_id=field_id, form_label=line.raw, raw=raw, file=doc_path,
                                            citations=cell_citations(answer, label_cell), match=kind))
        return values

    def _make(self, spec, label_cell, answer, proof, doc_path, kind, label_text=None,
              stray: list[str] | None = None) -> DeclaredValue:
        raw = answer.text.strip() if answer is not None else ""
        raw = self._without_label(raw, spec)
        own = self._without_label(label_cell.text.strip(), spec) if label_cell is not None and label_cell is not answer else ""
        if own and own != label_cell.text.strip() and (not raw or self._not_an_answer(raw, spec)):
            # 「联系人手机：13901837266」: the answer typed in the label's cell; the cell beside it is then its
            # proof (「说明：平台运营后台统计数据…」) or another field's (「传真：021-…」)
            if raw and proof is None and re.match(_REFERENCE, raw):
                proof = raw
            raw, answer = own, label_cell
        hint = _TEMPLATE_HINT.match(raw)
        if hint is not None:  # the 填报指引's example left above the answer (「（例如采矿设备：1000、…）」, h73)
            raw = raw[hint.end():].strip()
        inline = _INLINE_PROOF.search(raw)
        if inline is not None:
            raw = raw[: inline.start()].rstrip()
            written_proof = next(g for g in inline.group("proof", "tagged", "lined") if g is not None).strip()
            proof = written_proof if proof is None else f"{proof}；{written_proof}"
        written = label_text or (label_cell.text.strip() if label_cell is not None else spec.label)
        doubts = []
        if kind == "fuzzy":
            doubts.append(f"栏目“{written[:30]}”按近似名称识别为“{spec.label}”")
        if answer is None:
            doubts.append(f"表格中“{written[:30]}”{NO_ANSWER_CELL}")
        elif not raw and stray:
            doubts.append(f"“{written[:30]}”一行的其他单元格写有“{stray[0][:20]}”，答案可能写在未识别的列中")
        elif proof is None and _PROOF_LIKE.match(raw):
            doubts.append(f"“{written[:30]}”一行读到的答案“{raw[:20]}”像是证明资料，表格各列的含义可能未被识别")
        elif not raw and isinstance(proof, str) and _ANSWER_LIKE.fullmatch(proof.strip()):
            doubts.append(f"“{written[:30]}”一行的证明资料栏写有“{proof.strip()[:20]}”，答案可能填在了证明资料栏")
        return DeclaredValue(
            doubts=tuple(doubts),
            field_id=spec.id,
            form_label=label_text or (label_cell.text if label_cell is not None else spec.label),
            raw=raw,
            proof=proof.strip() if isinstance(proof, str) else proof,
            file=doc_path,
            citations=cell_citations(answer, label_cell),
            match=kind,
        )


    def _not_an_answer(self, text: str, spec: FieldSpec) -> bool:
        """A cell beside a label that holds its own answer: a proof reference, or another field's label and answer."""
        if re.match(_REFERENCE, text):
            return True
        head = re.split(r"[:：]", text, maxsplit=1)
        return len(head) == 2 and (match := self.match_field(head[0])) is not None and match[0].id != spec.id

    def _without_label(self, raw: str, spec: FieldSpec) -> str:
        """An answer that repeats its row's label before a colon (「平台团队总人数（人）：468」, the
        applicant typing after the label in the answer cell): the part after it."""
        # 「其中：活跃机理模型数量（一周调用5次以上）（个）：402」: the label itself may hold a colon
        for colon in [m.start() for m in re.finditer(r"[:：]", raw[:90])]:
            head = raw[:colon].strip()
            if head and (match := self.match_field(head)) is not None and match[0].id == spec.id:
                return raw[colon + 1:].strip()
        return raw

    def _cover_lines(self, document: Document) -> list[DeclaredValue]:
        """Cover page lines "平台名称：XXX" (paragraphs before the first table)."""
        values = []
        for page in document.pages[:2]:
            for block in page.blocks:
                if block.table_cell is not None:
                    return values
                label, sep, answer = block.text.partition("：")
                if not sep:
                    label, sep, answer = block.text.partition(":")
                if not sep or len(label) > 12:
                    continue
                found = self.catalog.match_labels(label, section="cover")
                if found:
                    # The template's "（公章）", or its OCR remains once the stamp covers it.
                    answer = re.sub(r"[（(]?\s*[公盖]\s*[章童]\s*[）)]?\s*$", "", answer).strip()
                    citation = cite_text(document, page, block.text.strip())
                    values.append(DeclaredValue(field_id=found[0].id, form_label=label.strip(), raw=answer,
                                                file=document.path, citations=(citation,) if citation else ()))
        return values


def _all_nonempty_are_labels(row, labels) -> bool:
    return all(i in labels for i, c in enumerate(row) if c is not None and c.text.strip())


def _answerless(row, labels, grid: Grid) -> bool:
    """One label, right of it only its own merged span or empty cells; never in a scan's grid (lines shift)."""
    if len(labels) != 1 or grid.scanned:
        return False
    (at,) = labels
    return all(c is None or not c.text.strip() or c.text.strip() == row[at].text.strip() for c in row[at + 1:])


def _embedded_detail(label: str, text: str) -> str | None:
    """The filled blank after an embedded label: "合作企业名称（必填）：上海XX公司" → "上海XX公司"."""
    stem = re.split(r"[（(，,]", label)[0]
    match = None
    # "合作企业名称（必填）：X" as printed, or the shorter "合作企业：X" applicants write.
    for cue in dict.fromkeys((stem, re.sub(r"名称$", "", stem))):
        match = re.search(re.escape(cue) + r"[^:：□☐☑☒■√✔✓\n]{0,12}[:：]\s*([^□☐☑☒■√✔✓\n]*)", text)
        if match:
            break
    if match is None:
        return None
    return re.sub(r"^[_＿\s]+|[_＿\s]+$", "", match.group(1))
