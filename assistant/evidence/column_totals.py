"""Totals of a summary table's columns → evidence: a team's head count, a cloud's servers and
storage, read where an IT or HR department sums them up.

「部门/岗位 | 人数 | 其中持证/职称」 closed by 「平台团队合计 | 142 | 97」 and 「运维人员小计 | 78」;
「存储类型 | 容量(TB) | 已用(TB) | 其中公有云已用(TB)」 closed by 「合计 | 420 | 268.45 | 231.6」;
a server list 「实例ID | 资源池 | … | 折合标准台」 closed by 「公有云小计 | 118」 and 「合计 | 142.5」.

Each number of a totals row is read under its column's header, which says what it counts, with
the totals label's own qualifier in front (「运维人员」小计 人数 → 运维人数, 「公有云」小计 折合标准台 →
公有云服务器): the concepts of `catalog.vocabulary.caption_field`, never a list of headers. A header
that does not name the thing (「容量(TB)」, 「折合标准台」) is read with the thing the table names,
in its key column's header (「存储类型」) or its title (sheet 「云服务器清单」), and says so in its
reasons. A bare 小计 (a part of what?) and a row with words among its numbers say nothing.

Only the indicators no list reader counts: the team (1.1.2), the cloud's servers and storage
(2.2.2), the protocols adapted, the models and microservices by kind (2.3), and an APP store's subscriptions by period closed by 累计 (count,
amount in the unit of its column or of a 「金额单位」 line above, the killer APPs' part). Rows come from ruled tables by column, from untabled text and OCR lines by where the
number stands under the header (its horizontal overlap with the header cell).

Must not: compare with the form (the checks do) or sum the rows itself (a list's count is
`evidence.lists`').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.catalog.notice import Catalog, FieldSpec
from assistant.catalog.vocabulary import caption_field
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.rows import Row, RowCell, document_rows, table_of
from assistant.values.numbers import (
    COUNT_UNITS,
    STORAGE_FIGURE_UNITS,
    sole_quantity,
    to_tb,
    to_wan,
    unit_from_header,
)
from assistant.values.typed import plain_number
from extractors.model import Document

FIELDS = frozenset({"staff_total", "staff_ops_maintenance", "staff_operations", "staff_qualified",
                    "cloud_servers_used", "cloud_servers_public", "storage_capacity",
                    "stored_industrial_data", "public_cloud_data", "protocols_supported",
                    # an APP store's subscriptions by period, closed by 累计/合计
                    "app_subscriptions", "killer_app_subscriptions", "app_subscription_amount",
                    # models by 附录D category (「模型类别 | 数量 | 其中活跃」 closed by 合计), microservices by domain
                    "models_total", "models_active", "microservices_total", "microservices_active",
                    # APPs by 附录B category (「应用分类 | 应用数量 | 其中公有云部署」 closed by 合计), the killer
                    # APPs' table closed by its 合计 of daily users
                    "apps_total", "apps_public_cloud", "killer_apps_public_cloud_daily_users",
                    "killer_apps_monthly_revenue",  # and their 月均收入 (万元), summed by it too (h15)
                    # new jobs by year (「年度 | 新增…参保人数（人）」) closed by their 合计 (h41)
                    "jobs_created"})
# 「平台团队合计」, 「公有云小计」, 「合计」: what the row sums (its qualifier) and how.
_TOTAL = re.compile(r"^(?P<kind>[\u4e00-\u9fffA-Za-z/（）()]{0,12}?)(?P<how>合计|总计|共计|小计|总数|累计)[:：]?$")
# 「运维（含日常基础运维、迭代开发…）」, 「运营人员」: a team table's row of the notice's two roles (h75)
_ROLE = re.compile(r"^(?:平台)?(?P<role>运维|运营)(?:人员|岗位?|团队|类)?(?:[（(][^）)]*[)）])?$")
# 「其中：具有相关技术职称/从业资格」 under a team's 合计 (h86): the qualified, a head count of its own
_QUALIFIED = re.compile(r"^(?:其中[:：]?)?(?:具有|具备|持有)?(?:相关)?(?:技术)?(?:职称|从业资格|资质)")
# a key column naming the team's posts (人员类别, 岗位类别, 人员构成): its rows are the team (h86)
_TEAM_KEY = re.compile(r"^(?:人员|岗位|团队)(?:构成)?$")
# A key column's header names the thing its rows are kinds of: 「存储类型」 → 存储.
_KEY_SUFFIX = re.compile(r"(?:类型|类别|种类|名称|项目|分类|明细|清单|列表|统计表?|汇总表?|情况|一览表?)$")
# A qualifier that names the whole, not a part: 「平台合计」, 「全部合计」.
_NEUTRAL = re.compile(r"^(?:本?平台|全部|全体|总|整体|全平台)$")
# 「附件8 」, 「表3-2」, 「1.」 before a table's title.
_TITLE_NUMBER = re.compile(r"^(?:(?:附件|附表|表|图)?[\d一二三四五六七八九十]+(?:[-.、:：][\d]*)*[.、:：]?)")
_SERIAL = re.compile(r"^(?:序号|编号|排名|排序|名次|No\.?|#)$", re.IGNORECASE)  # 「排名」 ranks an APP ledger (h82)
_CONFIDENT = 0.85  # an applicant's own summary: the sum is theirs, not recounted from the rows
_BY_CONTEXT = 0.8  # the header named the thing only with the table's title or key column


@dataclass(frozen=True)
class _Header:
    row: Row
    texts: tuple[str, ...]  # per cell, as in the row
    keys: tuple[str, ...]  # the thing the table is about: its key column's header, its title
    unit: str | None = None  # a 单位 line above the table (「金额单位：元」)


def read_column_totals(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    fields = {f.id: f for f in catalog.fields if f.id in FIELDS}
    out: list[EvidenceFact] = []
    seen: set[tuple[str, str]] = set()
    header: _Header | None = None
    above: list[str] = []  # the title-like lines before a header (a sheet's title rows too), last first
    unit: str | None = None  # the last 单位 stated above
    place: tuple | None = None  # the table (or page of lines) the rows are in
    posts: dict[tuple[int, str], list[EvidenceFact]] = {}  # a team's 运维/运营 rows by their table
    for row in document_rows(document):
        texts = tuple(c.text.strip() for c in row.cells)
        joined = " ".join(t for t in texts if t)
        if (row.page_number, row.table_index) != place:
            # another page, or past a table: the lines above were another table's titles
            left = place is not None and (place[0] != row.page_number or place[1] is not None)
            place, above = (row.page_number, row.table_index), ([] if left else above)
        if header is not None and not _continues(header.row, row):
            header = None
        if _is_header(row, texts) and (header is None or header.row.source != "table"):
            texts = _unclipped(row, texts)
            header = _Header(row, texts, _keys(document, row, texts, above), unit)  # a ruled table's first header
            continue
        if "单位" in joined and len(joined) <= 60:
            unit = unit_from_header(joined) or unit
        if row.source == "line" or (len([t for t in texts if t]) == 1 and len(joined) <= 60):
            above = [joined, *above[:2]]
        if header is None:
            continue
        if (label := _total_label(texts)) is not None:
            found = _read(row, label[1], label[0], header, fields)
        elif (total := _total_column(header)) is not None:
            found = _read_across(row, total, header, fields)
        else:
            continue
        if label is not None and label[0].endswith("人员"):
            for fact in found:
                posts.setdefault((id(header), fact.field_id), []).append(fact)
            continue
        for fact in found:
            mark = (fact.field_id, fact.value)
            if mark not in seen:
                seen.add(mark)
                out.append(fact)
    # 「运维 | 平台研发与迭代开发 | 68」, 「运维 | 基础运维 | 32」 … then 「运维小计 | 148」: a role on several rows of one
    # table names its posts, each a part of the role's count (h73); the role's own row is the one it has alone
    for fact in (facts[0] for facts in posts.values() if len(facts) == 1):
        if (fact.field_id, fact.value) not in seen:
            seen.add((fact.field_id, fact.value))
            out.append(fact)
    return out


def _is_header(row: Row, texts: tuple[str, ...]) -> bool:
    words = [t for t in texts if t]
    if len(words) < (2 if row.source == "table" else 3):
        return False
    # a header cell holds words (a unit in brackets, vCPU, 内存(GB)), never a figure of its own
    # (「近一周调用≥5次」, the notice's threshold of an active model, is words too)
    # (nor is a year's name: 「其中2023年新增订阅」, h92)
    return all(not re.search(r"\d", re.sub(r"[(（][^)）]*[)）]|(?:≥|>=)\s*\d+\s*次|\d+\s*次以上|20\d\d\s*年", "", t))
               or t.upper() in ("VCPU",) for t in words)


def _continues(header: Row, row: Row) -> bool:
    """The row is of the header's table: the same ruled table, or untabled lines on its page."""
    if header.source == "table" or row.source == "table":
        return header.source == row.source and header.table_index == row.table_index
    return header.page_number == row.page_number


def _keys(document: Document, row: Row, texts: tuple[str, ...], above: list[str]) -> tuple[str, ...]:
    """What the table counts kinds of: its key column's header (「存储类型」), then its title (a
    sheet 「云服务器清单」 or the heading over the table)."""
    first = next((t for t in texts if t and not _SERIAL.match(t)), "")
    candidates = [first, *above]
    if (table := table_of(document, row.table_index)) is not None:
        candidates += [table.locator.split("!")[0], *reversed(table.heading_path)]
    # a title naming the killer APPs (「杀手锏工业APP运营数据说明」) qualifies every column under it
    keys = ["杀手锏"] if any("杀手锏" in text for text in candidates) else []
    for text in candidates:
        key = _TITLE_NUMBER.sub("", compact(text))
        key = re.sub(r"[（(][^)）]*[)）]", "", key)
        key = _KEY_SUFFIX.sub("", key)
        key = "团队" if _TEAM_KEY.match(key) else key
        key = key.rsplit("平台", 1)[-1] if len(key) > 8 and "平台" in key[:-2] else key  # 「某某平台工业APP订阅…」
        for variant in (key, re.sub(r"(?:收入|金额|情况|数据)$", "", key)):  # 「…订阅收入明细」 counts subscriptions too
            if 2 <= len(variant) <= 10 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", variant) and variant not in keys:
                keys.append(variant)
    return tuple(keys)


def _total_column(header: _Header) -> int | None:
    """The column of a table whose rows are indicators and whose last column sums its parts
    (「资源类型 | 私有云 | 公有云区 | 合计」)."""
    return next((i for i, t in enumerate(header.texts) if _TOTAL.match(compact(t))
                 and not _TOTAL.match(compact(t)).group("kind")), None)


def _read_across(row: Row, total: int, header: _Header, fields: dict[str, FieldSpec]) -> list[EvidenceFact]:
    """A row of a table with a 合计 column: the row's label names the indicator, the 合计 cell
    is its total and a column qualified by its header (公有云区) the part that header names."""
    labelled = [(i, c) for i, c in enumerate(row.cells) if c.text.strip()]
    if len(labelled) < 2 or sole_quantity(labelled[0][1].text) is not None or _SERIAL.match(labelled[0][1].text.strip()):
        return []
    label = labelled[0][1].text.strip()
    out = []
    for index, cell in labelled[1:]:
        column = _column(row, index, cell, header)
        if column is None or sole_quantity(cell.text) is None:
            continue
        qualifier = "" if column == total else compact(header.texts[column])
        named = _field(qualifier, label, header.keys)
        if named is None or named[0] not in fields:
            continue
        fact = _fact(row, cell, fields[named[0]], label, named[1], column=header.texts[column], unit=header.unit)
        if fact is not None:
            out.append(fact)
    return out


def _total_label(texts: tuple[str, ...]) -> tuple[str, int] | None:
    """The totals label's qualifier and its cell: 「平台团队合计」 → 平台团队; a bare 小计 → None."""
    index = next((i for i, t in enumerate(texts) if t), None)
    if index is None:
        return None
    if (role := _ROLE.match(compact(texts[index]))) is not None:
        return f"{role['role']}人员", index  # a team's 运维/运营 row: its head count is an indicator of its own
    if _QUALIFIED.match(compact(texts[index])):
        return "职称", index
    m = _TOTAL.match(re.sub(r"^其中[:：]?", "", compact(texts[index])))  # 「其中：杀手锏APP小计」 (h82)
    if m is None or (m.group("how") == "小计" and not m.group("kind")):
        return None
    return m.group("kind"), index


def _read(row: Row, label_index: int, kind: str, header: _Header,
          fields: dict[str, FieldSpec]) -> list[EvidenceFact]:
    out = []
    label = compact(row.cells[label_index].text)
    cells = [(i, c) for i, c in enumerate(row.cells) if i != label_index and c.text.strip()]
    words = [c for _i, c in cells if sole_quantity(c.text) is None]
    # a ruled table's other columns may hold words (资源池 「公有云」 on 「公有云小计」); an untabled
    # line with words the label does not say is a sentence, not a row of sums
    if row.source != "table" and any(compact(c.text) not in label for c in words):
        return []
    numbers = [(i, c) for i, c in cells if c not in words]
    for index, cell in numbers:
        column = _column(row, index, cell, header)
        if column is None:
            continue
        title = header.texts[column]
        named = _field(kind, title, header.keys)
        if named is None or named[0] not in fields:
            continue
        spec, key = fields[named[0]], named[1]
        fact = _fact(row, cell, spec, title, key, unit=header.unit)
        if fact is not None:
            out.append(fact)
    return out


def _column(row: Row, index: int, cell: RowCell, header: _Header) -> int | None:
    if row.source == "table":
        column = cell.column if cell.column is not None else index
        return column if column < len(header.texts) and header.texts[column] else None
    # an untabled line: token for token under the header when both have as many, else the
    # header cell the number stands under
    if len(row.cells) == len(header.row.cells):
        return index
    box = cell.citation.bbox if cell.citation is not None else None
    if box is None or any(c.citation is not None and c.citation.bbox == box for c in row.cells if c is not cell):
        return None  # tokens cited by their line's box: where each stands is not known
    best, overlap = None, 0.0
    for i, hc in enumerate(header.row.cells):
        hb = hc.citation.bbox if hc.citation is not None else None
        if hb is None:
            continue
        shared = min(box.x1, hb.x1) - max(box.x0, hb.x0)
        if shared > overlap:
            best, overlap = i, shared
    return best


def _field(kind: str, title: str, keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The indicator a sum is of — `title` qualified by `kind` (「公有云」小计, a 「公有云区」
    column) — and the table's word it needed ("" when none). A qualifier must make it another
    indicator than the title alone: 「私有云」小计 of 容量 is a part of the 存储容量, not it."""
    named = _named(kind, title, keys)
    alone = caption_field(re.sub(r"^其中[:：]?", "", compact(title)))
    if named is not None and kind and alone is not None and alone != named[0] and caption_field(kind) is not None:
        return None  # the 「运维人员」 of the 「其中持证」 column: a part of a part, neither's count
    if named is not None and kind and caption_field(kind) is None and not _NEUTRAL.match(kind):
        # a kind that is no count itself (私有云, 华东) is a part; one that is (平台团队) the whole
        bare = _named("", title, keys)
        if bare is not None and bare[0] == named[0]:
            return None
    return named


def _named(kind: str, title: str, keys: tuple[str, ...]) -> tuple[str, str] | None:
    title = re.sub(r"^其中[:：]?", "", compact(title))
    title = re.sub(r"[，,、;；]?(?:截至|截止)[^()（）]*(?=[)）])", "", title)  # 「订阅数量（个，截至2024-06-30）」 (h92)
    if (named := caption_field(kind + title)) is not None:
        return named, ""
    for key in keys:
        if key not in kind and (named := caption_field(key + kind + title)) is not None:
            return named, key
    return None




def _fact(row: Row, cell: RowCell, spec: FieldSpec, title: str, key: str, column: str = "",
          unit: str | None = None) -> EvidenceFact | None:
    quantity = sole_quantity(cell.text)
    if quantity is None or cell.citation is None or quantity.value < 0:
        return None
    if spec.value_type == "money_wan":  # 「订阅金额（元）」, or 「金额单位：元」 above the table
        unit = quantity.unit or unit_from_header(title) or unit_from_header(column) or unit
        wan = to_wan(quantity, default_unit=unit) if unit else None
        normalized = None if wan is None else float(round(wan, 2))
    elif spec.unit == "TB":
        unit = quantity.unit or unit_from_header(title)
        if unit not in STORAGE_FIGURE_UNITS:
            return None  # a storage figure without its unit: GB or TB is not said
        stored = to_tb(quantity.model_copy(update={"unit": unit}))
        normalized = None if stored is None else float(stored)
    else:
        unit = quantity.unit or unit_from_header(title)
        if unit is not None and unit not in COUNT_UNITS:
            return None
        if spec.value_type == "count" and quantity.value != quantity.value.to_integral_value():
            return None  # people are counted whole
        normalized = plain_number(Decimal(quantity.value))
    if normalized is None:
        return None
    label = compact(row.cells[next(i for i, c in enumerate(row.cells) if c.text.strip())].text)
    column = column or title
    reasons = [f"汇总表“{label}”行、“{column}”列的{'人数' if _ROLE.match(compact(label)) else '合计数'}"]
    confidence = _CONFIDENT
    if key:
        confidence = _BY_CONTEXT
        reasons.append(f"列名“{title}”未写明对象，按表的“{key}”读作{spec.label}")
    if row.page.source == "ocr":
        reasons.append(OCR_REASON)
    return EvidenceFact(field_id=spec.id, label=spec.label, value=quantity.raw, unit=unit or spec.unit or "",
                        normalized=normalized, scope="platform", period="合计", confidence=confidence,
                        reasons=tuple(reasons), method="ocr_figure" if row.page.source == "ocr" else "table_row",
                        citations=(cell.citation,), note=f"“{label}”行的“{column}”")


def _unclipped(row: Row, texts: tuple[str, ...]) -> tuple[str, ...]:
    """A ruled table's last header cell printed past the table's edge is read clipped (「近一年月均收」,
    h15): it is completed as the page's line ends it, to its closing bracket (「近一年月均收入（万元）」)."""
    last = max((i for i, t in enumerate(texts) if t), default=None)
    if row.source != "table" or last is None or re.search(r"[)）]$", texts[last]):
        return texts
    clipped = re.escape(compact(texts[last]).rstrip("（(")) + r"[\u4e00-\u9fff]{0,4}(?:[（(][^（()）]{1,6})?[)）]$"
    found = next((m for b in row.page.blocks if (m := re.search(clipped, compact(b.text)))), None)
    return texts if found is None else (*texts[:last], found.group(0), *texts[last + 1:])
