"""Lists of the enterprises a platform serves (a 服务企业名单 exported to Excel or printed): 「序号 |
企业名称 | 所属行业 | 所在地区 | 是否付费 | 企业规模」 over many rows, a 合计 line (「合计：3,846家」) and
often a line of its parts (「其中付费企业：1,236家；中小企业：3,210家」).

Gives 实际服务企业数 (the items counted by 序号, checked against a printed 合计/共N家) and, where the
list says so, its three parts the notice asks for: 付费企业数 (the rows whose 是否付费 cell says yes),
服务中小企业数量 (企业规模 中型/小型/微型/中小) and 服务本市企业数量 (所在地 上海) — each read twice
where it can be, from the column and from a printed line, and ambiguous when the two differ.
A list headed as a part (主要/典型客户名单) gives `segment` facts.

Statistics of the enterprises served (`enterprise_tables`: 「行业（附录C） | 服务企业数（家） | 其中付费（家）」 or
「省市 | 服务企业数（家）」 closed by a 合计 row) give the same totals from the 合计 row, checked against the
sum of the rows, and the breakdown the notice asks for by the keys' appendix: by 附录F region (its 上海
row is 服务本市企业数量 — or its 上海小计 under the city's districts, no row of the sum) or by 附录C industry; a table by 企业规模 gives 服务中小企业数量 from its
「其中：中小微企业合计」 line, checked against its 中型/小型/微型 rows.

Must not: read certificate, device or APP lists (their modules do), or compare with the form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.catalog.regions import classify_region
from assistant.core.evidence import REPEATED_ROWS, STATISTICS_TABLE, EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import ListBlock
from assistant.evidence.lists.by_sheet import by_sheet, merged
from assistant.evidence.lists.cells import Cell, cite_row, count_in, row_cells
from assistant.evidence.lists.confidence import (
    AMBIGUOUS,
    CLEAN,
    DOUBTFUL,
    SURE,
    count_fact,
    has_field,
)
from assistant.evidence.lists.platforms import other_platform
from assistant.evidence.lists.scan import Scan
from assistant.evidence.lists.scope import as_of_text, part_heading
from assistant.evidence.lists.totals import TOTAL_LABEL
from assistant.evidence.lists.vocabulary import Vocabulary
from assistant.evidence.rows import Row
from assistant.evidence.shanghai_part import YES_NO_COLUMN, in_shanghai

_N = r"(\d[\d,]*)\s*(?:家|个|户)"
_ENTERPRISE_COLUMN = re.compile(r"^(?:企业|单位|客户|用户)(?:名称|全称)$")
# A list of one part of the enterprises served (its title or file name says which): its count is that part.
_PART_LISTS = (("enterprises_served_shanghai", re.compile(r"(?:本市|上海市?)(?:服务|的)?(?:企业|客户|用户)(?:名单|清单|明细|列表)")),
               ("enterprises_paying", re.compile(r"付费(?:企业|客户|用户)(?:名单|清单|明细|列表)")),
               ("enterprises_served_sme", re.compile(r"中小(?:微)?(?:型)?企业(?:客户)?(?:名单|清单|明细|列表)")))
# 「共 1,286 条记录」 atop a system export (h78): its rows, counted by the system
_TOTAL = re.compile(r"(?:合计|总计|共计|共)(?:服务)?(?:企业|客户|用户)?(?:数)?\s*[:：为]?\s*(?:"
                    + _N + r"|(\d[\d,]*)\s*条(?:记录|数据)?(?![^，,；;。]*页))")


def _yes_paid(text: str) -> bool:
    return bool(re.fullmatch(r"是|Y|YES|√|✓|✔|付费|已付费|收费|付费用户|付费企业", text, re.IGNORECASE))


def _sme(text: str) -> bool:
    # 「中型」 under 企业规模, or 「是」 under 「是否中小企业」 (h79)
    return bool(re.search(r"中小|小微|中型|小型|微型", text)) and "大型" not in text or _yes_paid(text)


def _shanghai(text: str) -> bool:
    # 「上海市闵行区…」 (not 「江苏省苏州市上海路…」), or 「是」 under 「是否本市企业」
    return in_shanghai(text) or bool(re.fullmatch(r"是|Y|YES|√|✓|✔", text, re.IGNORECASE))


# field id → (the column that tells, the cell test, the words of a printed line)
_PARTS: dict[str, tuple[re.Pattern, Callable[[str], bool], re.Pattern]] = {
    "enterprises_paying": (re.compile(r"付费|收费"), _yes_paid,
                           re.compile(r"付费(?:企业|客户|用户)(?:数)?\s*[:：为]?\s*" + _N)),
    "enterprises_served_sme": (re.compile(r"规模|企业类型|企业划型|是否(?:为)?中小"), _sme,
                               re.compile(r"中小(?:微)?(?:型)?(?:企业|客户)(?:数)?\s*[:：为]?\s*" + _N)),
    "enterprises_served_shanghai": (re.compile(r"地区|所在地|区域|省市|省份|注册地|城市|属地|" + YES_NO_COLUMN.pattern), _shanghai,
                                    # 「上海企业 215 家」, 「注册地上海 215 家」 (h78)
                                    re.compile(r"(?:(?:上海|本市)(?:市)?(?:地区)?(?:企业|客户)(?:数)?|(?:注册地|所在地|属地)"
                                               r"(?:为|在)?(?:上海|本市)市?)\s*[:：为]?\s*" + _N)),
}


def enterprise_facts(scan: Scan, catalog: Catalog, platform_names: tuple[str, ...] = ()) -> list[EvidenceFact]:
    blocks: list[ListBlock] = []
    read: list[list[EvidenceFact]] = []
    for index, block in enumerate(scan.blocks):
        if block.kind != "enterprise" or not block.entries or other_platform(block, scan, platform_names):
            continue
        after = scan.blocks[index + 1].notes if index + 1 < len(scan.blocks) else scan.notes
        lines = [t.row for t in block.totals] + [h.row for h in block.headings] + block.notes[-3:] + after[:4]
        blocks.append(block)
        read.append(_block_facts(block, scan, lines, catalog))
    names = by_sheet(blocks, scan.file_name, scan.title)  # 「按区域分表」: a sheet per region, one list
    return merged(read, names) if names else [f for facts in read for f in facts]


def _block_facts(block: ListBlock, scan: Scan, lines: list[Row], catalog: Catalog) -> list[EvidenceFact]:
    entries = block.entries
    doubts = [f"序号不连续（缺第{'、'.join(str(n) for n in block.missing[:5])}号）"] if block.missing else []
    doubts += ["列表由OCR识别，数字可能有误差"] if any(e.row.page.source == "ocr" for e in entries) else []
    part = part_heading([block], scan)
    common = {"scope": "segment" if part else "platform", "as_of": as_of_text(scan), "method": "list_count"}
    if part:
        doubts.append(f"标题“{part}”表明名单只列出部分企业")
    facts = []
    printed = _printed(lines, _TOTAL)
    # 「服务本市企业名单」, 「付费企业清单」: a list of one part of them, so its count is that part
    named = " ".join([scan.title, scan.file_name, *(h.text for h in block.headings)])
    whole = next((f for f, words in _PART_LISTS if words.search(squash(named))), "enterprises_served")
    if whole == "enterprises_served" and (status := _registered_only(block)) is not None:
        # 「服务状态：服务中 / 仅注册」: every row a registered user, the served ones those in service
        column, served = status
        if has_field(catalog, "enterprise_users_registered"):
            facts.append(_reading(catalog, "enterprise_users_registered", len(entries),
                                  f"企业用户名单逐行计数 {len(entries)} 行（含“{column}”为仅注册的企业）",
                                  entries[-1].row, printed, doubts, common))
        printed, entries = [], served
        how = f"“{column}”为服务中的企业 {len(entries)} 行"
    else:
        how = f"服务企业名单按{'序号' if block.serial else '行'}逐行计数 {len(entries)} 行"
    counted, repeated = len(entries), _repeated(block, entries)
    if repeated:  # an enterprise listed twice is one enterprise served
        counted -= repeated[0]
        how += f"，其中 {repeated[0]} 行的{repeated[1]}与前面的行重复，去重后 {counted} 家"
        doubts = [*doubts, f"名单中 {repeated[0]} 行{repeated[1]}重复（如“{repeated[2]}”），按去重后 {counted} 家计"]
    facts.append(_reading(catalog, whole, counted, how, entries[-1].row, printed,
                          doubts if block.serial or {v for v, _t, _r in printed} == {counted}
                          else [*doubts, "名单未印序号，按行计数"], common,
                          rows=len(entries) if repeated else None))
    for field_id, (column_words, test, line_words) in _PARTS.items():
        if not has_field(catalog, field_id) or whole != "enterprises_served":
            continue  # the small ones of a list of paying enterprises are no platform figure
        column = next((c for c in block.header.columns if c.role != "serial" and column_words.search(c.text)), None)
        counted, every = None, None
        if column is not None:
            rows = [e for e in entries if e.cells and column.slot in e.cells]
            if len(rows) == len(entries):  # every row lined up with the column: its count is a reading
                every = [e for e in rows if test(squash(e.cells[column.slot].text))]
                hits = _once(every, block)
                # no row says so (a 所在区 column of districts, 付费 written in words of its own): no reading
                counted = (len(hits), f"“{column.text}”列符合的企业 {len(hits)} 行", hits[-1].row) if hits else None
        stated = _printed(lines, line_words)
        if counted is None and not stated:
            continue
        if counted is None:
            value, text, row = stated[0]
            facts.append(_fact(catalog, field_id, value, DOUBTFUL if len(stated) == 1 else CLEAN,
                               [f"名单下的说明“{text}”"], doubts, "found", row, common))
            continue
        facts.append(_reading(catalog, field_id, counted[0], counted[1], counted[2] or block.header.row, stated,
                              doubts, common, rows=len(every) if every and len(every) != counted[0] else None))
    return facts


# 「客户所在地」, 「按区域统计」, 「按企业规模统计（工信部联企业〔2011〕300号）」
_KEY_HEADER = re.compile(r"^按?(?:客户|企业|用户)?(?:所属|所在)?(?:行业|省市|省份|地区|区域|城市|所在地|注册地|规模|类型|划型|大区|片区)")
_NOTE_HEADER = re.compile(r"^(?:包含|包括|涵盖|覆盖|所含)(?:省市|省份|地区|区域|城市|行业)?$")
_SCALE_HEADER = re.compile(r"规模|类型|划型")
_SME_SUBTOTAL = re.compile(r"^其中[:：]?\s*(?:中小微?|中小型|小微)(?:型)?(?:企业)?(?:合计|小计|数|共)?")
_SHARE_HEADER = re.compile(r"占比|比例|比重|%")
_COUNT_HEADER = re.compile(r"企业(?:数|数量|家数)|客户数|[（(]家[)）]|^家数?$")  # 「区域 | 家」 (h77)
# 「服务企业数 | 其中：付费企业 | 其中：中小企业 | 其中：上海」: the parts of the count beside it (h79)
_PART_HEADER = re.compile(r"^其中[:：]?(?:付费|中小|小微|上海|本市)")
_COLUMN_FIELDS = (("enterprises_paying", re.compile(r"付费")), ("enterprises_served_sme", re.compile(r"中小")),
                  ("enterprises_served_shanghai", re.compile(r"^其中[:：]?(?:上海|本市)")),
                  # 「诊断企业数」, 「培训企业数」: the firms of one activity, not all served
                  ("enterprises_served", re.compile(r"^(?!.*(?:付费|中小|新增|占比|比例|本市|上海|诊断|培训|走访|调研|评估|签约)).*")))


def enterprise_tables(rows: list[Row], catalog: Catalog, vocabulary: Vocabulary) -> list[EvidenceFact]:
    """Statistics tables of the enterprises served, by region or industry (see the module doc)."""
    facts: list[EvidenceFact] = []
    header: list[str] | None = None
    body: list[tuple[Row, list[Cell]]] = []
    subtotals: list[tuple[Row, list[Cell]]] = []  # 「上海小计」 under 「上海-宝山区」… rows: a part summed again
    noted: set[int] = set()  # 「大区 | 包含省市 | 服务企业数」: a column of words saying what a key takes in (h87)
    for row in rows:
        cells = row_cells(row)
        if (found := [squash(c.text) for c in cells]) and noted and header is not None and len(found) == len(header) + len(noted):
            cells = [c for i, c in enumerate(cells) if i not in noted]
        texts = [squash(c.text) for c in cells]
        notes = {i for i, t in enumerate(texts) if i == 1 and _NOTE_HEADER.match(t)}
        kept = [t for i, t in enumerate(texts) if i not in notes]
        if len(kept) >= 2 and _KEY_HEADER.match(kept[0]) and _COUNT_HEADER.search(kept[1]) \
                and all(_COUNT_HEADER.search(t) or _SHARE_HEADER.search(t) or _PART_HEADER.match(t) for t in kept[1:]):
            header, body, subtotals, noted = kept, [], [], notes  # 「所属行业 | 服务企业数 | 占比」: a share column beside the counts
        elif header is not None and len(texts) == len(header) and all(
                count_in(t) is not None for t, h in zip(texts[1:], header[1:], strict=True) if not _SHARE_HEADER.search(h)):
            if _SCALE_HEADER.search(header[0]) and _SME_SUBTOTAL.match(texts[0]):
                facts += _sme_subtotal(header, body, row, cells, catalog)  # a 合计 of all sizes may follow
            elif TOTAL_LABEL.match(texts[0]):  # by 企业规模 only its SME line is read (its 合计 may be a part's)
                facts += [] if _SCALE_HEADER.search(header[0]) else _table_facts(header, body, row, cells, catalog, vocabulary)
                facts += [f for r, c in subtotals for f in _shanghai_subtotal(header, body, r, c, catalog)]
                header = None
            elif _REGION_SUBTOTAL.match(texts[0]) and not _SCALE_HEADER.search(header[0]):
                subtotals.append((row, cells))
            elif count_in(texts[0]) is None:
                body.append((row, cells))
        elif header is not None and body:
            facts += _unsummed(header, body, catalog, vocabulary)  # the table ended without a 合计
            header = None
    return facts + (_unsummed(header, body, catalog, vocabulary) if header is not None else [])


def _unsummed(header: list[str], body: list[tuple[Row, list[Cell]]], catalog: Catalog,
              vocabulary: Vocabulary) -> list[EvidenceFact]:
    """A table of the enterprises served by region or industry printed without a 合计 (h77's 「按区域统计（其中
    上海即服务本市企业数）」): each row a reading of its own, its 上海 row the Shanghai part — doubted, as
    nothing checks the rows."""
    column = next((i for i in range(1, len(header)) if _COLUMN_FIELDS[-1][1].search(header[i])
                   and not _SHARE_HEADER.search(header[i])), None)
    if column is None or not body:
        return []
    common = {"scope": "platform", "as_of": "", "method": "list_count"}
    return _breakdown(header, column, body, catalog, vocabulary, "表格未印合计，各行无从核对", common)


def _table_facts(header: list[str], body: list[tuple[Row, list[Cell]]], total_row: Row, total: list[Cell],
                 catalog: Catalog, vocabulary: Vocabulary) -> list[EvidenceFact]:
    if not body:
        return []
    common = {"scope": "platform", "as_of": "", "method": "list_count"}
    facts: list[EvidenceFact] = []
    used: set[int] = set()
    for field_id, words in _COLUMN_FIELDS:
        column = next((i for i in range(1, len(header)) if i not in used and words.search(header[i])), None)
        if column is None or not has_field(catalog, field_id):
            continue
        used.add(column)
        printed = count_in(total[column].text)
        summed = sum((count_in(cells[column].text) for _r, cells in body), Decimal(0))
        how = f"统计表“{header[column]}”列的合计行"
        if printed == summed:
            facts.append(_fact(catalog, field_id, int(printed), SURE, [how, f"与 {len(body)} 行之和一致", STATISTICS_TABLE], [], "found",
                               total_row, common))
        else:
            facts.append(_fact(catalog, field_id, int(printed), AMBIGUOUS, [how, STATISTICS_TABLE],
                               [f"合计 {printed} 与 {len(body)} 行之和 {summed} 不一致"], "ambiguous", total_row, common))
        if field_id == "enterprises_served":
            facts += _breakdown(header, column, body, catalog, vocabulary, "" if printed == summed else "各行之和与合计不一致",
                                common)
    return facts


# 「上海小计」, 「上海市合计」 among the rows of a table by region (h87): the rows of that region summed again
_REGION_SUBTOTAL = re.compile(r"^(?P<region>[\u4e00-\u9fff]{2,4}?)(?:市|省)?(?:小计|合计)$")


def _shanghai_subtotal(header: list[str], body: list[tuple[Row, list[Cell]]], row: Row, cells: list[Cell],
                       catalog: Catalog) -> list[EvidenceFact]:
    """A 上海小计 row under the city's districts (「上海-宝山区」) is 服务本市企业数量, checked against those rows."""
    region = _REGION_SUBTOTAL.match(squash(cells[0].text))["region"]
    column = next((i for i in range(1, len(header)) if _COLUMN_FIELDS[-1][1].search(header[i])
                   and not _SHARE_HEADER.search(header[i])), None)
    if classify_region(region).canonical != "上海" or column is None or not has_field(catalog, "enterprises_served_shanghai"):
        return []
    printed = count_in(cells[column].text)
    parts = [count_in(c[column].text) for _r, c in body if squash(c[0].text).startswith(region)]
    if printed is None or not parts:
        return []
    common = {"scope": "platform", "as_of": "", "method": "list_count"}
    how = f"按{_key(header[0])}统计服务企业数的“{squash(cells[0].text)}”行"
    if sum(parts, Decimal(0)) == printed:
        return [_fact(catalog, "enterprises_served_shanghai", int(printed), SURE,
                      [how, f"与上海 {len(parts)} 行之和一致", STATISTICS_TABLE], [], "found", row, common)]
    return [_fact(catalog, "enterprises_served_shanghai", int(printed), AMBIGUOUS, [how, STATISTICS_TABLE],
                  [f"{printed} 与上海 {len(parts)} 行之和不一致"], "ambiguous", row, common)]


def _key(header: str) -> str:
    """「按企业规模统计（工信部联企业〔2011〕300号）」 → 「企业规模」."""
    return re.sub(r"[（(].*$", "", squash(header)).removeprefix("按").removesuffix("统计") or header


def _sme_subtotal(header: list[str], body: list[tuple[Row, list[Cell]]], subtotal_row: Row, subtotal: list[Cell],
                  catalog: Catalog) -> list[EvidenceFact]:
    """「按企业规模统计 | 企业数」 with 大型/中型/小型/微型 rows and 「其中：中小微企业合计」: that line is
    服务中小企业数量, checked against the sum of the 中型/小型/微型 rows."""
    if not body or not has_field(catalog, "enterprises_served_sme"):
        return []
    printed = count_in(subtotal[1].text)
    if printed is None:
        return []
    summed = sum((count_in(cells[1].text) for _r, cells in body if _sme(cells[0].text)), Decimal(0))
    how = f"按{_key(header[0])}的统计表“{squash(subtotal[0].text)}”行"
    common = {"scope": "platform", "as_of": "", "method": "list_count"}
    if printed == summed:
        return [_fact(catalog, "enterprises_served_sme", int(printed), SURE,
                      [how, "与中型、小型、微型各行之和一致", STATISTICS_TABLE], [], "found", subtotal_row, common)]
    return [_fact(catalog, "enterprises_served_sme", int(printed), AMBIGUOUS, [how, STATISTICS_TABLE],
                  [f"{printed} 与中型、小型、微型各行之和 {summed} 不一致"], "ambiguous", subtotal_row, common)]


def _breakdown(header: list[str], column: int, body: list[tuple[Row, list[Cell]]], catalog: Catalog,
               vocabulary: Vocabulary, doubt: str, common: dict) -> list[EvidenceFact]:
    kinds = [vocabulary.of(cells[0].text) for _r, cells in body]
    regions = sum(k in ("region", "country") for k in kinds)
    industries = sum(k in ("industry", "category") for k in kinds)
    if regions >= 0.6 * len(body) and "行业" not in header[0]:
        dimension, field_id = "region", "enterprises_served_by_region"
    elif industries >= 0.6 * len(body) or "行业" in header[0]:
        dimension, field_id = "industry", "enterprises_served_by_industry"
    else:
        return []
    confidence, doubts = (DOUBTFUL, [doubt]) if doubt else (SURE, [])  # 「各行之和与合计不一致」, 「表格未印合计」
    facts = []
    for row, cells in body:
        name, value = cells[0].text.strip(), int(count_in(cells[column].text))
        if has_field(catalog, field_id):
            facts.append(_fact(catalog, field_id, value, confidence, [f"按{_key(header[0])}统计服务企业数的“{name}”行", STATISTICS_TABLE],
                               doubts, "found", row, common).model_copy(update={"component": name,
                                                                               "dimension": dimension}))
        if dimension == "region" and classify_region(name).canonical == "上海" \
                and has_field(catalog, "enterprises_served_shanghai"):
            facts.append(_fact(catalog, "enterprises_served_shanghai", value, confidence,
                               [f"按{_key(header[0])}统计服务企业数的“{name}”行", STATISTICS_TABLE], doubts, "found", row, common))
    return facts


def _key_column(block: ListBlock):
    """The column that tells enterprises apart: its 统一社会信用代码, else its name."""
    return next((c for c in block.header.columns if re.search(r"信用代码", c.text)), None) \
        or next((c for c in block.header.columns if c.role == "name" or _ENTERPRISE_COLUMN.search(c.text)), None)


def _once(entries: list, block: ListBlock) -> list:
    """The entries with each enterprise once (a renamed firm listed under both names counts once)."""
    column = _key_column(block)
    if column is None:
        return entries
    seen: set = set()
    return [entry for entry in entries if not (key := _firm(entry, column, block)) or key not in seen and not seen.add(key)]


def _firm(entry, column, block: ListBlock):
    """Who a row is: its 统一社会信用代码, else its name with the rest of the row (another 行业, another firm: h89)."""
    value = squash(entry.cells[column.slot].text) if entry.cells and column.slot in entry.cells else ""
    if not value or "信用代码" in column.text:
        return value
    skip = {column.slot, *(c.slot for c in block.header.columns if c.role == "serial")}
    return value, tuple(squash(c.text) for slot, c in sorted(entry.cells.items()) if slot not in skip)


_STATUS_COLUMN = re.compile(r"状态")
_NOT_SERVED = re.compile(r"仅注册|未服务|未开通|未激活|未使用|注册未|待服务|待激活|已流失|流失|停止服务|已停服|未签约")


def _registered_only(block: ListBlock) -> tuple[str, list] | None:
    """(the status column's name, the rows in service) of a list of registered users whose status
    column says some are only registered (仅注册, 未开通, 未激活); None for any other list."""
    for column in (c for c in block.header.columns if _STATUS_COLUMN.search(c.text)):
        cells = [squash(e.cells[column.slot].text) if e.cells and column.slot in e.cells else "" for e in block.entries]
        if not all(cells):
            continue
        served = [e for e, text in zip(block.entries, cells, strict=True) if not _NOT_SERVED.search(text)]
        if 0 < len(served) < len(block.entries):
            return column.text.strip(), served
    return None


def _repeated(block: ListBlock, entries: list | None = None) -> tuple[int, str, str] | None:
    """How many rows repeat an enterprise already listed, by its 统一社会信用代码 (else its name), that
    column's header, and one repeated value — or None."""
    column = _key_column(block)
    entries = block.entries if entries is None else entries
    if column is None:
        return None
    values = [squash(e.cells[column.slot].text) for e in entries if e.cells and column.slot in e.cells]
    if len(values) != len(entries) or not all(values):
        return None  # not every row lined up with the column: no reading of repeats
    seen: set = set()  # (a repeat: the same firm again, `_firm`)
    repeats = [value for value, entry in zip(values, entries) if (key := _firm(entry, column, block)) in seen or seen.add(key)]
    return (len(repeats), column.text.strip(), repeats[0]) if repeats else None


def _printed(lines: list[Row], pattern: re.Pattern) -> list[tuple[int, str, Row]]:
    out = []
    for row in lines:
        text = squash(row.text)
        if (match := pattern.search(text)) is not None:
            number = next(g for g in match.groups() if g is not None)
            out.append((int(number.replace(",", "")), row.text.strip(), row))
    return out


def _reading(catalog: Catalog, field_id: str, counted: int, how: str, counted_row: Row,
             printed: list[tuple[int, str, Row]], doubts: list[str], common: dict,
             rows: int | None = None) -> EvidenceFact:
    """A count read from the rows, checked against what a printed line says of it. `rows`: the
    rows before repeated enterprises were taken out — a printed total of exactly that many counted
    an enterprise twice, so the count without repeats is the reading, doubted."""
    values, said = {value for value, _t, _r in printed}, [how, *([f"{REPEATED_ROWS}{rows}"] if rows not in (None, counted) else [])]
    if rows is not None and values == {rows}:
        value, text, row = printed[0]
        doubts = [*doubts, f"“{text}”印 {value}，为含重复行的行数"]
        return _fact(catalog, field_id, counted, AMBIGUOUS, said, doubts, "ambiguous", counted_row, common, also=row)
    if values == {counted}:
        return _fact(catalog, field_id, counted, SURE, [*said, f"与“{printed[0][1]}”一致"], doubts, "found",
                     printed[0][2], common, also=counted_row)
    if printed:
        value, text, row = printed[0]
        doubts = [*doubts, f"“{text}”印 {value}，与{how}不一致"]
        return _fact(catalog, field_id, value, AMBIGUOUS, [f"名单印“{text}”"], doubts, "ambiguous", row, common,
                     also=counted_row)
    return _fact(catalog, field_id, counted, CLEAN, said, doubts, "found", counted_row, common)


def _fact(catalog: Catalog, field_id: str, value: int, confidence: float, reasons: list[str], doubts: list[str],
          status: str, row: Row, common: dict, also: Row | None = None) -> EvidenceFact:
    citations = tuple(c for c in (cite_row(row), cite_row(also) if also is not None and also is not row else None)
                      if c is not None)
    return count_fact(catalog.field(field_id), str(value), value, confidence, reasons, doubts, status, citations, common)
