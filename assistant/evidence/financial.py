"""Financial statements of audit reports and 财务报表 → evidence values of the money indicators.

Read: 营业收入 (营业总收入 where none), 主营业务收入, 研发费用, 利润总额, 税金及附加 of the 利润表 and 资产总计 of
the 资产负债表, each in the right column and with the statement's unit.
Firms lay statements out differently, so nothing positional is trusted:
- a statement starts at its title row ("利润表", "3、合并利润表", "母公司资产负债表（续）",
  "合并利润表（节选）", "附表1 公司资产负债表及利润表（摘要）") and ends at the next title, at
  财务报表附注 or 「附注十五、」, or at a later header naming 平台 (the platform's part, not its
  own); it may run over several pages, a continued table without its header keeps the columns
  of the last header; a table printing two statements side by side is read as its two halves;
- the header row names the columns: 本期金额/上期金额, 本年累计数/上年同期数, 期末余额/期初余额,
  年末数/年初数, 2023年度/2022年度, 2023年12月31日/2022年12月31日, plus 附注/行次 columns that
  are never values; 本月数 is neither period;
- the unit comes from the rows between the title and the header (单位：元, 金额单位：人民币万元) or
  from a header cell (本期金额（元）); a statement without a stated unit gives `ambiguous` values;
- labels are matched after dropping 一、/（二）/加：/减：/其中： and the trailing "（亏损总额以“－”
  号填列）", also when the label wraps onto the next line (PDF text lines) or its cell wraps;
- a line of a PDF without ruling lines gives its trailing amounts right-aligned to the header's
  value columns; a line with fewer amounts than columns is not guessed at.
The statement's year is the year its header or title rows print (else the latest year the 申报表
asks for, 2023). Quarterly and half-year statements (1-3月, 6月30日, 季度) give nothing: the
indicators are annual.

Whose figures they are (`scope`) is decided statement by statement, never for the whole file: an
audit report commonly holds the company's 合并/母公司 statements and, pages later, a platform part
(read by `assistant.evidence.platform`). A statement is the platform's when its own title or the
rows above its header say so (编制单位：…（工业互联网平台业务）, "平台业务利润表"); it is likely the
platform's (confidence below CONFIDENT, so never an error) when only the report's cover (or the
file's name) names a 平台业务 special audit; otherwise it is the company's. Platform statements feed 平台相关营业收入,
研发投入 and the formula inputs of 利润率, 投资回报率 and 社会贡献率; company statements feed the
enterprise's own fields (总资产, 利润总额; 营业收入 as `COMPANY_REVENUE_COMPONENT`, the upper bound
of both 主营业务收入 and the platform's revenue). 合并 statements are preferred to 母公司 ones.

Must not: compare with the declared values (the checks do) or read files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.catalog.notice import Catalog
from assistant.core.evidence import (
    OCR_REASON,
    PARENT_READING,
    PREPARED_BY,
    EvidenceValue,
)
from assistant.core.text_keys import squash
from assistant.evidence.platform_items import AMOUNT
from assistant.evidence.platform_sentences import latest_year
from assistant.evidence.rows import Row, RowCell, document_rows, unfold_side_by_side
from assistant.evidence.statement_columns import (
    LABEL_COLUMN,
    YEAR,
    Column,
    header_columns,
)
from assistant.evidence.statement_targets import dedicated_company, statement_targets
from assistant.values.numbers import convert_money, parse_quantity, unit_from_header
from extractors.model import Document

_TITLE = re.compile(
    r"^(?:[一二三四五六七八九十\d]+[、.．]|附[:：]?|附?表[一二三四五六七八九十\d]+[:：、.．]?)?(?P<scope>合并及母公司|合并及公司|合并|母公司|公司)?"
    r"(?P<platform>(?:工业互联网)?平台(?:业务|相关业务)?(?:模拟|分部)?)?"
    r"(?P<kind>利润表|损益表|利润及利润分配表|资产负债表|现金流量表|所有者权益变动表|股东权益变动表"
    r"|财务报表|资产负债表[及和与](?:合并|母公司)?利润表)"
    r"(?:[(（](?:续|节选|摘录|摘要|简表|(?P<scope_after>合并|母公司)|(?:金额)?单位[:：][^()（）]{1,8}"
    r"|适用于[^()（）]{2,24})[)）])*(?:会小?企0\d表)?$")  # 「（适用于执行小企业会计准则的企业）」
_NOTES = re.compile(r"^(?:[一二三四五六七八九十\d]+[、.．])?(?:财务报表附注|会计报表附注|财务报表项目注释"
                    r"|附注[一二三四五六七八九十\d]+[、.．:：])")  # 「附注十五、平台业务专项审计表」 ends the statements
_KINDS = {"利润表": "income", "损益表": "income", "利润及利润分配表": "income", "资产负债表": "balance",
          # 「附：公司财务报表（摘要）」: a balance part and an income part, each under its own header
          "财务报表": "both", **{f"资产负债表{w}利润表": "both" for w in "及和与"}}

# item → (statement kind, accepted labels best first)
_ITEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "营业收入": ("income", ("营业收入", "营业总收入")), "主营业务收入": ("income", ("主营业务收入",)),
    "研发费用": ("income", ("研发费用",)),
    "利润总额": ("income", ("利润总额", "税前利润", "除税前利润", "除税前溢利")),  # a Hong Kong statement's words
    "税金及附加": ("income", ("税金及附加", "营业税金及附加")),
    "资产总计": ("balance", ("资产总计",)),
}
_READ_ROLES = ("current", "prior", "earlier", "parent")  # the columns read (an earlier year: 近三年 revenue; the parent's)
_LABEL_TO_ITEM = {label: (item, rank) for item, (_k, labels) in _ITEMS.items() for rank, label in enumerate(labels)}

_ANNUAL = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:度|1\s*[-—~至]\s*12\s*月|12\s*月\s*31\s*日)|(?:19|20)\d{2}[.\-/]12[.\-/]31")
_PARTIAL = re.compile(r"季度|半年|中期|(?<![\d])1\s*[-—~至]\s*(?:[1-9]|1[01])\s*月(?![\d])"
                      r"|(?<!\d)(?:[1-9]|1[01])\s*月\s*(?:30|31)\s*日")
_PLATFORM = re.compile(r"平台")
# A cover that names a special audit of the platform business ("工业互联网平台业务 2023年度专项审计报告").
# A file that is itself the special audit (「平台业务专项审计报告.pdf」), not a report that contains a
# platform note (「2023年度审计报告（含平台业务专项说明）.pdf」: its statements are the company's).
_PLATFORM_AUDIT_FILE = re.compile(r"平台(?:业务|相关)?(?:收入)?专项审计")
# (or a subsidiary's own statements, subtitled 「（附属公司 · 平台业务）」, h52)
_PLATFORM_COVER = re.compile(r"平台(?:业务|相关).{0,30}专项|专项.{0,30}平台(?:业务|相关)|[（(][^（）()]{0,12}平台业务[）)]")
_PLACEHOLDER = re.compile(r"^[-—–－/]+$")
_NOTE_ONLY = re.compile(r"^(?:[五六七八九十][、.．]\d+|[(（][一二三四五六七八九十\d]+[)）]|附注[一二三四五六七八九十\d、.．]+)$")
_NOTE_REF = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]?\(?\d*\)?|[(（][一二三四五六七八九十\d]+[)）]"
                       r"|[五六七八九十][、.．]\d+|\d{1,2})$")


def statement_label(text: str) -> str:
    """The label's matching key: "三、利润总额（亏损总额以“－”号填列）" → "利润总额"."""
    key = squash(text).replace("（", "(").replace("）", ")")
    key = re.sub(r"^(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十\d]+\)|\d+[、.．])", "", key)
    while (stripped := re.sub(r"^(?:加|减|其中)[:：]", "", key)) != key:
        key = stripped
    if "(" in key:  # a trailing note, closed or cut by a wrap: "利润总额(亏损总额以“－”号"
        key = key[: key.index("(")]
    # a foreign auditor's bilingual label: 「资产总计 Total assets」, 「营业收入 Revenue」
    key = re.sub(r"(?<=[\u4e00-\u9fff])[A-Za-z][A-Za-z'’/&,.\-]*$", "", key)
    return key.rstrip(":：")


@dataclass
class _Statement:
    kind: str  # income | balance | other
    title: str  # as printed: "合并利润表"
    rank: int  # 0 合并, 1 plain, 2 母公司: the statement preferred when a report has several
    order: int
    unit: str | None = None
    year: int | None = None
    annual: bool = False
    partial: bool = False
    platform: bool = False
    columns: list[Column] | None = None
    pending: tuple[str, int, Row] | None = None
    found: dict[str, tuple[int, Row, dict[str, tuple[RowCell, Column]]]] = field(default_factory=dict)


# 「编制单位：上海示例股份有限公司」 over a statement: the entity whose figures these are.
# (or a listed company's running head 「甬沪智联科技股份有限公司2023年年度报告」)
PREPARER = re.compile(r"编制单位\s*[:：]\s*(?P<name>[\u4e00-\u9fff（）()A-Za-z0-9]{4,40}?(?:公司|集团|研究院|研究所|研究中心|中心|院|所))"
                      r"|^(?P<head>[\u4e00-\u9fff（）()]{4,40}?公司)\s*20\d{2}\s*年(?:年度|半年度)?报告", re.MULTILINE)
# A cover that is a company's name alone (「商发数智（香港）有限公司」 over 「二〇二三年度财务报表」)
_AUDITOR = re.compile(r"会计师事务所|税务师事务所|评估")
_COVER_ENTITY = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff（）()]{4,40}?(?:有限公司|有限责任公司|股份有限公司))\s*$", re.MULTILINE)
_PLATFORM_ROW = re.compile(r"^平台(?:相关|业务){0,2}(?:营业)?(?:收入|利润|研发)")


def read_statements(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    """The evidence facts of every annual statement of the document (best statement per item)."""
    rows = unfold_side_by_side(document_rows(document), _names_labels)
    statements = _scan(rows)
    # The cover names the period ("2018 年第一季度报告", "2023年度专项审计报告") for statements
    # whose own rows do not, and may name a platform special audit.
    cover = document.pages[0].text if document.pages else ""
    cover_year = int(m.group(1)) if (m := YEAR.search(cover)) else None
    # (the audited company's, not the auditor's 「…会计师事务所有限公司」 that may print on the cover too)
    entity = next((m["name"] for m in _COVER_ENTITY.finditer(cover) if not _AUDITOR.search(m["name"])), "")
    # the cover, or the file's own name (「附件3-1 平台业务专项审计报告.pdf」 over a cover that names none)
    name = document.path.rsplit("/", 1)[-1]
    platform_cover = bool(_PLATFORM_COVER.search(squash(cover))
                          or (_PLATFORM_AUDIT_FILE.search(name) and "含" not in name))
    # A special audit that states the platform's own figures (「平台业务利润表」, a row 「平台相关营业收入」)
    # beside a plain 利润表: the plain one is the company's, as its title says.
    platform_cover = platform_cover and not any(s.platform for s in statements) \
        and not any(_PLATFORM_ROW.match(squash(r.cells[0].text)) for r in rows if r.cells)
    for statement in statements:
        if statement.year is None and not statement.annual:
            statement.year = cover_year
            statement.partial = statement.partial or bool(_PARTIAL.search(cover))
    latest = latest_year(catalog)
    best: dict[tuple[str, str, str], tuple[tuple[int, int, int], _Statement, Row, RowCell, Column]] = {}
    for statement in statements:
        if statement.partial or statement.kind not in ("income", "balance", "both"):
            continue
        scope = _scope(statement, platform_cover)[0]
        for item, (label_rank, row, cells) in statement.found.items():
            for role, (cell, column) in cells.items():
                key = (scope, item, role)
                score = (statement.rank, label_rank, statement.order)
                if key not in best or score < best[key][0]:
                    best[key] = (score, statement, row, cell, column)
    dedicated = dedicated_company(document)  # 「营业收入全部来源于平台…」: the company's figures are the platform's
    dedicated_rd = dedicated and dedicated_company(document, rd=True)  # and 「研发费用即平台研发投入」: its 研发费用 too
    values = []
    for (_scope_key, item, role), (_score, statement, row, cell, column) in sorted(best.items()):
        scope, confidence, reasons = _scope(statement, platform_cover)
        base = statement.year or latest
        year = column.year or (base if role in ("current", "parent") or base is None else base - 1)
        if role == "parent":  # the parent's own figure of the company's fields: a reading that may back the form
            values += [_value(catalog, field_id, component, statement, row, cell, column, scope=scope, year=year,
                              entity=entity, confidence=confidence, reasons=(*reasons, PARENT_READING))
                       for field_id, component, _doubt in statement_targets(item, "current", year, latest, scope, catalog)
                       if scope == "company" and not component]
            continue
        for field_id, component, doubt in statement_targets(item, role, year, latest, scope, catalog):
            values.append(_value(catalog, field_id, component, statement, row, cell, column, scope=scope,
                                 year=year, entity=entity, confidence=min(confidence, 0.7 if doubt else 1.0),
                                 reasons=(*reasons, *((doubt,) if doubt else ()))))
        if dedicated and scope == "company" and statement.rank < 2 and (item != "研发费用" or dedicated_rd):
            for field_id, component, _doubt in statement_targets(item, role, year, latest, "platform", catalog):
                values.append(_value(catalog, field_id, component, statement, row, cell, column, scope="platform",
                                     year=year, entity=entity, confidence=0.7, reasons=(
                                         f"存疑：“{statement.title}”为企业整体报表，文件称“{dedicated}”，按平台口径读取",)))
    return values


def _scope(statement: _Statement, platform_cover: bool) -> tuple[str, float, tuple[str, ...]]:
    """(scope, confidence, reasons) of one statement's figures."""
    title = statement.title
    if statement.platform:
        return "platform", 0.95, (f"“{title}”的标题或编制单位注明平台业务",)
    if platform_cover and statement.rank == 1:
        return "platform", 0.7, (f"存疑：仅报告封面或文件名注明平台业务专项审计，“{title}”本身未注明平台口径",)
    return "company", 0.95, (f"“{title}”为企业整体财务报表",)


def _value(catalog: Catalog, field_id: str, component: str, statement: _Statement, row: Row,
           cell: RowCell, column: Column, *, scope: str, year: int | None, entity: str, confidence: float,
           reasons: tuple[str, ...]) -> EvidenceValue:
    """One figure of a statement; `entity`, the company its cover names, is kept as whose platform
    figures they are (a subsidiary's statements: `checks.rules_entity`)."""
    quantity = parse_quantity(cell.text, whole=True)
    normalized = None
    status = "found"
    note = ""
    if statement.unit is None:
        status, note = "ambiguous", "报表未注明金额单位，无法折算为万元"
    elif quantity is not None:
        wan = convert_money(quantity.value, statement.unit, "万元")
        normalized = float(round(wan, 6))
    label_cell = next((c for c in row.cells if c.text and not AMOUNT.match(c.text.strip())), None)
    citations = [row.span_citation(label_cell.citation if label_cell else None, cell.citation)]
    if column.citation is not None:
        citations.append(column.citation)
    if row.page.source == "ocr":
        reasons = (*reasons, OCR_REASON)
    preparer = PREPARER.search(row.page.text)
    if scope == "company" and preparer:
        reasons = (*reasons, f"{PREPARED_BY}{preparer['name'] or preparer['head']}")  # whose statement: the checks compare it with the applicant
    elif scope == "platform" and (entity := preparer and (preparer["name"] or preparer["head"]) or entity):
        reasons = (*reasons, f"{PREPARED_BY}{entity}")
    return EvidenceValue(
        field_id=field_id, label=catalog.field(field_id).label, component=component, value=cell.text.strip(),
        unit=statement.unit or "", normalized=normalized, scope=scope, period=column.text, year=year,
        confidence=confidence, reasons=reasons, status=status,
        method="table_row" if row.source == "table" else "text",
        citations=tuple(c for c in citations if c is not None), note=note)


# --- walking the rows ----------------------------------------------------------------------------

def _scan(rows: list[Row]) -> list[_Statement]:
    statements: list[_Statement] = []
    current: _Statement | None = None
    for row in rows:
        text = squash(row.text)
        if not text:
            continue
        title = _TITLE.match(text)
        if title is None and row.source == "line":
            # "二、财务报表 | 合并资产负债表 | 2023年12月31日 | 单位：元": the title among a line's parts
            title = next((m for c in row.cells[:3] if (m := _TITLE.match(squash(c.text)))), None)
            if title is not None:
                text = title.group(0)
        if title:
            scope = title.group("scope") or title.group("scope_after") or ""  # 「利润表（合并）」
            rank = 2 if scope.startswith(("母公司", "公司")) else 0 if scope.startswith("合并") else 1
            kind = re.sub(r"(?<=[及和与])(?:合并|母公司)", "", title.group("kind"))  # 资产负债表及合并利润表
            current = _Statement(kind=_KINDS.get(kind, "other"), title=text, rank=rank,
                                 order=len(statements), platform=bool(title.group("platform")))
            statements.append(current)
            if text != squash(row.text) or "单位" in text:  # 「公司资产负债表及利润表（单位：元）」
                _absorb(current, row.text)
            continue
        if _NOTES.match(text):
            current = None
            continue
        if current is None or current.kind == "other":
            continue
        columns = header_columns(row)
        if columns is not None:
            if current.columns is not None and (_PLATFORM.search(text) or current.found and _roles(columns) != _roles(current.columns)):
                # a later table headed by the platform's words (平台资产 | 2023年度), or by other heads (「项目 | 2020年度 |
                # … | 2023年度」 under a 利润表 of 本期金额 | 上期金额, h99), is not this one's
                current = None
                continue
            current.columns = columns
            _absorb(current, row.text)
            continue
        if current.columns is None:
            _absorb(current, row.text)
            continue
        if current.unit is None and "单位" in text:
            _absorb(current, row.text)
        _read_row(current, row)
    return statements


def _roles(columns: list[Column]) -> list[str]:
    """A header's heads by what they are, wherever they stand (the two halves of a side-by-side table alike)."""
    return [c.role for c in columns if c.role != "other"]


def _names_labels(text: str) -> bool:
    """A header cell over a statement's labels: 项目, 资产, 资产负债表项目, 利润表项目."""
    return bool(LABEL_COLUMN.match(squash(text))) or squash(text).endswith("项目")


def _absorb(statement: _Statement, text: str) -> None:
    """Rows between a title and its header: unit, period, whose statement it is."""
    statement.unit = statement.unit or unit_from_header(text)
    if _PARTIAL.search(text):
        statement.partial = True
    if _ANNUAL.search(text):
        statement.annual = True
    if statement.year is None and (m := YEAR.search(text)):
        statement.year = int(m.group(1))
    if _PLATFORM.search(text):
        statement.platform = True


def _segments(columns: list[Column]) -> list[list[int]]:
    """Column indexes per side of the statement: a two-sided 资产负债表 prints 资产 | 期末 | 期初 |
    负债和所有者权益 | 期末 | 期初 in one row; a new side starts at each label column."""
    sides: list[list[int]] = []
    for i, column in enumerate(columns):
        if column.role == "label" or not sides:
            sides.append([])
        sides[-1].append(i)
    return sides


def _read_row(statement: _Statement, row: Row) -> None:
    columns = statement.columns or []
    sides = _segments(columns)
    if row.source == "table" and all(c.column is not None for c in row.cells):
        for side in sides:
            cells = [c for c in row.cells if c.column in side]
            label = " ".join(c.text for c in cells if columns[c.column].role in ("label", "other") and c.text.strip()
                             and not AMOUNT.match(c.text.strip()))
            values = {columns[c.column].role: (c, columns[c.column]) for c in cells
                      if columns[c.column].role in _READ_ROLES and AMOUNT.match(c.text.strip())}
            _record(statement, label, values, row)
        return
    tokens = list(row.cells)
    if any(c.role == "note" for c in columns):
        # 「一、营业收入 | 1 | 五、32 | 65,472,293.65 | …」: a 附注 between the 行次 and the amounts (a scan's
        # line, h50) is no label of the amounts after it
        tokens = [t for t in tokens if not _NOTE_ONLY.match(squash(t.text))]
    runs = _line_runs(tokens)
    if len(runs) == 1 and not runs[0][1]:
        _wrapped_label(statement, runs[0][0], row)
        return
    for index, (label_cells, amounts) in enumerate(runs[: len(sides)]):
        side = [columns[i] for i in sides[index]]
        value_columns = [c for c in side if c.role in (*_READ_ROLES, "other")]
        notes = sum(1 for c in side if c.role == "note")
        extra = len(amounts) - len(value_columns)
        if 0 < extra <= notes and all(_NOTE_REF.match(squash(t.text)) for t in amounts[:extra]):
            amounts = amounts[extra:]  # a 附注/行次 number ("30", "1") read as an amount
        elif notes and len(label_cells) > 1 and _NOTE_REF.match(squash(label_cells[-1].text)):
            label_cells = label_cells[:-1]
        if len(amounts) != len(value_columns):
            continue  # fewer amounts than columns: which one is blank cannot be told from a line
        values = {col.role: (cell, col) for cell, col in zip(amounts, value_columns, strict=True)
                  if col.role in _READ_ROLES and AMOUNT.match(cell.text)}
        label = "".join(t.text for t in label_cells)
        if index == 0 and statement.pending is not None and len(squash(label)) <= 12 \
                and statement_label(label) not in _LABEL_TO_ITEM:
            label = statement.pending[0]
        _record(statement, label, values, row)
    statement.pending = None


def _line_runs(tokens: list[RowCell]) -> list[tuple[list[RowCell], list[RowCell]]]:
    """A text line as (label tokens, amount tokens) runs, left to right."""
    runs: list[tuple[list[RowCell], list[RowCell]]] = []
    for token in tokens:
        is_amount = bool(AMOUNT.match(token.text) or _PLACEHOLDER.match(token.text))
        if not runs or (not is_amount and runs[-1][1]):
            runs.append(([], []))
        (runs[-1][1] if is_amount else runs[-1][0]).append(token)
    return runs


def _misread_label(key: str) -> str:
    """A label OCR read with one character wrong (「责产总计」 for 资产总计, a seal over it): the one known
    label of four or more characters it differs from by that character, else itself."""
    close = [k for k in _LABEL_TO_ITEM if len(k) == len(key) >= 4 and sum(a != b for a, b in zip(k, key, strict=True)) == 1]
    return close[0] if len(close) == 1 else key


def _wrapped_label(statement: _Statement, label_cells: list[RowCell], row: Row) -> None:
    """A label line without amounts: its amounts follow on the next line ("四、利润总额（亏损总额
    以“－”号" / "填列）" / "-4,831,324.09 -15,714,409.94")."""
    label = "".join(t.text for t in label_cells)
    key = statement_label(label)
    if key in _LABEL_TO_ITEM:
        statement.pending = (key, 0, row)
    elif statement.pending is None or len(squash(label)) > 12:
        statement.pending = None


def _record(statement: _Statement, label: str, values: dict, row: Row) -> None:
    key = statement_label(label)
    if key not in _LABEL_TO_ITEM and row.page.source == "ocr":
        key = _misread_label(key)
    if key not in _LABEL_TO_ITEM or not values:
        return
    item, rank = _LABEL_TO_ITEM[key]
    if statement.kind != "both" and _ITEMS[item][0] != statement.kind:
        return
    if item in statement.found and statement.found[item][0] <= rank:
        return
    statement.found[item] = (rank, row, values)
