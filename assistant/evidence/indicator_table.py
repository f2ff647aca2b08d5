"""Tables of indicators in a proof → evidence: a 情况说明 or 数据说明 that lists the notice's own
indicators with their values, one per row — 「指标 | 数值 | 口径」, 「项目 | 数据」, scanned or typed.

A row is read when its first cell (after a 序号) is a notice label (label or alias of one count or
万元 field, matched by `Catalog.match_labels`: 「服务本市企业数量」, 「工业APP订阅总金额」, 「平台订单
数量」) or names one count indicator by what it says (「接入工业设备总数」, 「注册企业用户」: the
concepts of `catalog.vocabulary.caption_field`), and the next cell holds one number and nothing
else, in a unit that fits the field (a count unit for a count, a money unit for 万元) — its own
or that of a 单位 cell after it (「23,580 | 台（套）」). A further cell that names a period or a moment (「2023年自然年」,
「截至填表日」) is kept as the figure's period; a row of another year (「2022年末」) says nothing.
Anything else in the row — a sentence, a second column of figures, a percentage for a count —
and the row says nothing: a rule reading only what it can read. A test report's results table
(「序号 | 检测项目 | 技术要求 | 检测结果 | 结论」) is read by its header: the item and its 检测结果, never
the 技术要求 (「≥5,000台/套」) beside it — and a row of a load test (负载/并发/模拟/容量) not at all: what
the platform bore is no count of what it connects. A table whose header names its item and value columns among
notes (「资源类别 | 规格/口径 | 数量 | 备注」) is read by those columns, and a row under a numbered
section (「二、杀手锏APP（订阅前五）」) whose words name no indicator is read with the section's subject
(「订阅数合计」 → the killer APPs' subscriptions); a 「其中：平台原生开发」 row whose words name none is read
with the whole row above it (「工业APP」), when that names one and the part is another. A 「其中」 row naming only a
place in Shanghai (「其中：注册地在上海市」) under the served enterprises' total is 服务本市企业数量 (`shanghai_part`);
under any other count, nothing.

Must not: guess a label (captions worded freely are `evidence.figures`' job), or compare with the
form (the checks do).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant.catalog.notice import Catalog, FieldSpec
from assistant.catalog.vocabulary import (
    COMPANY_RATES,
    caption_doubt,
    caption_field,
    rate_field,
)
from assistant.core.evidence import EvidenceValue
from assistant.evidence.indicator_readings import a_figure, other_readings
from assistant.evidence.lists.platforms import PLATFORM_COLUMN, answers_to
from assistant.evidence.money_units import document_money_units
from assistant.evidence.rows import Row, document_rows
from assistant.evidence.shanghai_part import names_shanghai_part
from assistant.values.numbers import (
    COUNT_UNITS,
    STORAGE_FIGURE_UNITS,
    sole_quantity,
    to_tb,
    to_wan,
)
from assistant.values.typed import plain_number, reading_name
from extractors.model import Document

_COUNTS = {"count", "compound_total_private", "count_with_list"}  # a 「总数X，其中私有化部署Y」 total is a count too
_KINDS = {*_COUNTS, "money_wan"}  # and amounts in 万元
# Figures with a unit (servers: 64.50 标准台; the public cloud's data, TB); the amount a caption names surely (杀手锏, h50)
_MEASURED = frozenset({"cloud_servers_used", "cloud_servers_public", "public_cloud_data", "killer_apps_monthly_revenue"})
# The years the form's figures are of: 2023 (the notice's year) and 截至填表日 in 2024.
_DECLARED_YEARS = {2023, 2024}
_UNIT_CELL = re.compile(r"^(?:%|台[（(]套[)）]|台套|台|套|家|个|项|款|件|人|名|万元|元|亿元|千元|TB|PB|GB)$")
# The one amount a back office exports by another name: 工业APP订阅总金额 as 「APP订阅累计金额」, 「应用订阅收入」.
_SUBSCRIPTION_AMOUNT = re.compile(r"(?:APP|应用).{0,4}订阅.{0,4}(?:金额|收入)")
_PERIOD = re.compile(r"\d{4}\s*年|年度|自然年|近一年|近\s*12\s*个?月|截至|截止|累计|期末|当前")


def read_indicator_tables(document: Document, catalog: Catalog, platform_names: tuple[str, ...] = ()) -> list[EvidenceValue]:
    values: list[EvidenceValue] = []
    seen: set[tuple[str, str]] = set()
    tables: dict[tuple[str, str], tuple | None] = {}  # the table a figure was read from
    parts: set[tuple[str, str]] = set()  # figures two rows of one table name
    results: tuple[int, int, int] | None = None  # a test report's (label, result) columns, cells per row
    subject = ""  # the subject of the numbered section the rows are in (「二、杀手锏APP（订阅前五）」)
    valued: tuple[Row, int, int, int | None] | None = None  # a header naming item, value (and unit) columns
    by_platform: Row | None = None  # a header 「平台 | <indicator>」 over a row per platform
    units = document_money_units(document)
    head: tuple[int | None, str] | None = None  # a two-column header's unit, on its page
    parent: tuple[tuple, str] = ((), "")  # the last row not a 「其中」 part, by its table: the whole its parts are of
    total: tuple[tuple, str] | None = None  # the table and field of the last row not a 「其中」 (its parts follow)
    for row in document_rows(document):
        texts = [c.text.strip() for c in row.cells if c.text.strip()]
        if len(texts) == 1 and (section := _SECTION.match(texts[0])) is not None:
            subject = re.sub(r"[（(][^)）]*[)）]", "", section.group(1)).strip()
            continue
        if (header := _results_header(texts)) is not None:
            results = header
            continue
        if (named := _value_header(row, platform_names)) is not None:
            valued = (row, *named)
            continue
        if len(texts) == 2 and _ITEM_COLUMN.match(texts[0]) and (unit := _HEAD_UNIT.match(texts[1])) is not None:
            head = (row.page_number, unit["u"])  # 「项目 | 数量（TB）」: the rows' unit in the header (h73a)
            continue
        head = head if len(texts) == 2 and head and head[0] == row.page_number else None
        if len(texts) >= 2 and PLATFORM_COLUMN.match(texts[0]) and _field(texts[1], catalog) is not None:
            by_platform = row  # 「平台 | 服务企业数（家） | 说明」, a row per platform and their 合计
            continue
        if by_platform is not None and row.table_index == by_platform.table_index and len(row.cells) >= 2:
            if answers_to(row.cells[0].text, platform_names):  # the applicant's row, under the column's caption
                row = replace(row, cells=(by_platform.cells[1], row.cells[1]))
            else:
                continue
        elif by_platform is not None:
            by_platform = None
        source, paired = row, valued is not None and (pair := _value_pair(row, *valued)) is not None
        if paired:
            row = replace(row, cells=pair)  # 「资源类别 | 规格/口径 | 数量 | 备注」: the item and its 数量
        elif valued is not None and not (row.source == "table" and row.table_index == valued[0].table_index):
            valued = None
        cells = _units_joined(row, [c for c in row.cells if c.text.strip()]) if results is not None else []
        if results is not None and len(cells) == results[2]:
            # 「序号 | 检测项目 | 技术要求 | 检测结果 | 结论」: the item and its result, not the requirement
            row = replace(row, cells=(cells[results[0]], cells[results[1]]))
        elif results is not None and len(texts) > 1 and not re.fullmatch(r"\d{1,3}", texts[0]):
            results = None  # a numbered row of another shape (「≤500 ms | 232 ms」 split) is skipped, not an end
        whole = parent[1] if parent[0] == (row.page_number, row.table_index) else ""
        table = (row.page_number, row.table_index) if row.source == "table" else None
        part = bool(texts) and bool(re.match(r"\s*其中", texts[0])) or names_shanghai_part(texts[0] if texts else "")
        found = _row_value(row, catalog, subject, units, head[1] if head else None, whole,
                           total[1] if total and total[0] == table and table and part else None)
        if texts and not re.match(r"\s*其中", texts[0]) and len(texts) >= 2:
            parent = ((row.page_number, row.table_index), texts[1] if re.fullmatch(r"\d{1,3}[.、]?", texts[0]) else texts[0])
        if found is not None and results is not None and _CAPACITY.search("".join(texts)):
            found = None  # 「接入设备数（负载测试）| 模拟终端并发上报」: what the platform bore, not what it connects
        if found is not None and results is not None:
            found = found.model_copy(update={"confidence": min(found.confidence, _TESTED), "reasons": (
                *found.reasons, "检测报告的检测结果",
                "存疑：检测报告记录检测当时的数量，填表日的累计数可能已不同")})
        total = total if part else ((table, found.field_id) if found is not None else None)
        if found is not None and (found.field_id, found.period) not in seen:
            seen.add((found.field_id, found.period))  # the first statement of a figure (and period) in the document
            found, readings = other_readings(found, valued if paired else None, source, lambda r: _row_value(
                r, catalog, subject, units, None, whole, None), catalog.field("enterprises_served_shanghai").label)
            values += [found, *readings]
            tables[(found.field_id, found.period)] = table
        elif found is not None and table is not None and tables.get((found.field_id, found.period)) == table \
                and not re.match(r"\s*其中", texts[0] if texts else ""):  # 「其中：行业机理模型」 under its 合计: a part said so
            parts.add((found.field_id, found.period))
    # 「云服务器ECS | 76」 and 「云服务器ECS（GPU） | 20」 in one bill (h69): two rows naming one indicator are its
    # parts, and neither is its figure
    return [v for v in values if (v.field_id, v.period) not in parts]


# A numbered section's heading line: 「二、杀手锏APP（订阅前五）」, 「（三）订阅与模型」.
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*([\u4e00-\u9fffA-Za-z（）()、与及和]{2,16})$")
_RENAMED_RATE = 0.75  # a rate in other words than the notice's: its 口径 is not certain
_TESTED = 0.7  # a test lab's result is the count when it tested, before the form's date
_CAPACITY = re.compile(r"负载|压力|压测|模拟|并发|性能|(?<!存储)容量|最大|上限|峰值|极限")
_LIST_HEADING = re.compile(r"(?:清单|名单|列表|目录|明细|一览表?)\s*[（(]?\s*(?:共|合计|计)?$")
_BARE_UNIT = re.compile(r"^(?:TB|GB|PB|台/套|台|套|个|项|种|家|%|ms|s|秒|毫秒)$", re.IGNORECASE)


def _units_joined(row: Row, cells: list) -> list:
    """A scan's line splits 「960.00 TB」 into two tokens: a bare unit joins the number before it."""
    out: list = []
    for cell in cells:
        if out and _BARE_UNIT.match(cell.text.strip()) and sole_quantity(out[-1].text) is not None:
            joined = row.span_citation(out[-1].citation, cell.citation)
            if joined is not None and joined is not cell.citation:  # one stretch of a line: cited whole
                out[-1] = replace(out[-1], text=joined.quote, citation=joined)
            else:  # two boxes: the number cited, its unit read beside it
                out[-1] = replace(out[-1], text=f"{out[-1].text.strip()} {cell.text.strip()}")
            continue
        out.append(cell)
    return out
_RESULT = re.compile(r"^(?:检测|测试|检验|测评|实测)(?:结果|值|数据)$|^实测值$|^结果$")
_ITEM = re.compile(r"^(?:检测|测试|检验|测评)(?:项目|项|内容|指标)$|^指标(?:名称)?$|^项目$")


_YEAR_COLUMN = re.compile(r"^(20\d\d)\s*年?(?:度|末)?$")
_ITEM_COLUMN = re.compile(r"^(?:(?:资源|指标|项目|数据|统计)?(?:类别|类型|项目|指标|名称|内容|事项)(?:名称)?|(?:统计|指标)项)"
                          r"(?:[（(](?:截至|截止|统计时点|时点)[^()（）]{1,16}[)）])?$")  # 「指标（截至2024-06-30）」 (h92)
# a column of one moment or year, named by its date or as this/last year: 「截至2024年6月30日」, 「本年（2024年6月）」
_MOMENT_COLUMN = re.compile(r"^(?:截至|截止)?(?P<this>本年|本期|当年)?(?P<last>上年|上期|去年)?[（(]?(?:截至|截止)?"
                            r"(?:(?P<y>20\d\d)\s*年(?:度)?(?:(?P<m>\d{1,2})\s*月)?(?:\d{1,2}\s*日)?)?(?:末|底)?[)）]?$")


_CHANGE_COLUMN = re.compile(r"增长|增加|增量|增减|变化|变动|新增|同比|环比|较上")


def _latest_period(keys: list[str]) -> int | None:
    """The value column of a table comparing moments (last year's figures beside this year's): the
    latest one, when it is of the form's years; None unless there are two such columns."""
    moments = []
    for index, key in enumerate(keys):
        m = _MOMENT_COLUMN.match(key)
        if m is None or not (m["y"] or m["this"] or m["last"]):
            continue
        rank = (int(m["y"]) if m["y"] else 0, int(m["m"] or 12), 1 if m["this"] else 0 if not m["last"] else -1)
        moments.append((rank, index, m))
    # 「指标 | 截至2024年6月30日 | 较上年末增长」: one moment beside what changed since — the moment's column
    changes = [k for k in keys[1:] if _CHANGE_COLUMN.search(k)]
    if len(moments) < 2 and not (len(moments) == 1 and changes and len(changes) + 2 == len(keys)):
        return None
    rank, index, m = max(moments)
    if m["last"] or (m["y"] and int(m["y"]) not in _DECLARED_YEARS):
        return None
    return index
_HEAD_UNIT = re.compile(r"^(?:数量|数值|数据|金额)\s*[（(](?P<u>TB|PB|GB|台/套|台|套|个|家|项|万元|元)[)）]$")
# (「全部 | 其中：上海 | 2023年新增」: the whole is the indicator's value, h92)
_VALUE_COLUMN = re.compile(r"^(?:数量|数值|数据|指标值|统计值|当前值|取值|值|全部|全量)(?:[（(][^()（）]{1,6}[)）])?$")


def _value_header(row: Row, names: tuple[str, ...] = ()) -> tuple[int, int, int | None] | None:
    """A ruled table's header naming its item column and its value column among notes
    (「资源类别 | 规格/口径 | 数量 | 备注」), a KPI table's 「指标 | 单位 | 2023年 | 2022年」 (an ESG
    report's 关键绩效表: the value column is the one year the form's figures are of), or 「指标 | 本平台 |
    另一平台 | 合计」 (a company running several: the applicant's platform's column, by `names`):
    their positions, and a 单位 column's."""
    keys = [re.sub(r"\s+", "", c.text) for c in row.cells]
    if row.source != "table":  # an unruled line: a comparison of moments, or 「项目 | 统计期间 | 数值」 (a scan, h77)
        value = next((i for i, t in enumerate(keys) if _VALUE_COLUMN.match(t)), None)
        period = next((i for i, t in enumerate(keys) if re.fullmatch(r"(?:统计)?(?:期间|时段|口径|时间)", t)), None)
        if keys and _ITEM_COLUMN.match(keys[0]) and value is not None and period is not None:
            return 0, value, period  # the period's cell rides as the 单位's would, and names the row's period
        item, value = (0, _latest_period(keys)) if keys and _ITEM_COLUMN.match(keys[0]) else (None, None)
        return (item, value, None) if value is not None and len(keys) >= 3 else None
    item = next((i for i, t in enumerate(keys) if _ITEM_COLUMN.match(t)), None)
    value = next((i for i, t in enumerate(keys) if _VALUE_COLUMN.match(t)), None)
    if value is None and item == 0:
        years = [i for i, t in enumerate(keys) if (m := _YEAR_COLUMN.match(t)) and int(m[1]) in _DECLARED_YEARS]
        others = [i for i, t in enumerate(keys) if _YEAR_COLUMN.match(t) and i not in years]
        # one declared year beside another (2022): else the year is the heading's matter
        value = years[0] if len(years) == 1 and others else None
        platforms = [i for i, t in enumerate(keys) if i and "平台" in t]
        ours = [i for i in platforms if answers_to(keys[i], names)]
        value = ours[0] if value is None and len(platforms) >= 2 and len(ours) == 1 else value
    if value is None and item is not None:
        value = _latest_period(keys)  # 「统计项 | 截至2023年6月30日 | 截至2024年6月30日 | 变化」: this year's column
    if item is None or value is None or value <= item or len(keys) < 3:
        return None
    unit = next((i for i, t in enumerate(keys) if t in ("单位", "计量单位")), None)
    return item, value, unit


def _value_pair(row: Row, header: Row, item: int, value: int, unit: int | None):
    """The row's item and value cells under such a header, by table column, and its 单位 cell."""
    if row.source != header.source or len(row.cells) != len(header.cells):
        return None
    if row.source == "table" and row.table_index != header.table_index:
        return None
    if row.source != "table" and row.page_number != header.page_number:
        return None
    if not row.cells[item].text.strip() or not row.cells[value].text.strip():
        return None
    return (row.cells[item], row.cells[value], *((row.cells[unit],) if unit is not None else ()))


def _results_header(texts: list[str]) -> tuple[int, int, int] | None:
    """A test report's results table header (检测项目 … 检测结果): the label and result positions."""
    keys = [re.sub(r"\s+", "", t) for t in texts]
    item = next((i for i, t in enumerate(keys) if _ITEM.match(t)), None)
    result = next((i for i, t in enumerate(keys) if _RESULT.match(t)), None)
    if item is None or result is None or result <= item:
        return None
    return item, result, len(keys)


def _field(label: str, catalog: Catalog, subject: str = "", whole: str = "") -> FieldSpec | None:
    found = field_named(label, catalog)
    if found is None and whole and re.match(r"\s*其中[:：]?", label):
        # 「其中：平台原生开发」 under 「工业APP（已落地应用）」: the part names how, its whole row what (h87); a part is
        # another indicator than its whole, else it is one kind of it (「其中：行业机理模型」)
        part = field_named(re.sub(r"[（(][^)）]*[)）]", "", whole) + re.sub(r"^\s*其中[:：]?", "", label), catalog)
        named = field_named(whole, catalog)  # a whole that names no indicator (「海外合计」) says nothing of its parts
        found = part if part is not None and named is not None and part != named else None
    # 「订阅数合计」 under 「二、杀手锏APP」: the section says whose — a measure's words, never an item's name
    # (「轻工设备 | 2,316」 under 「一、接入规模」 is one category of the devices, not their total)
    if found is None and subject and _MEASURE_WORDS.search(label):
        found = field_named(subject + re.sub(r"^其中[:：]?", "", label.strip()), catalog)
    if found is None and (devices := _DEVICE_UNIT.search(label)) and "设备" not in label:
        # 「其中：公有云接入（台/套）」: its unit says what is counted
        found = field_named(re.sub(r"^其中[:：]?", "", label[:devices.start()].strip()) + "设备", catalog)
    return found


_MEASURE_WORDS = re.compile(r"合计|总计|总数|总量|数量|数$|次数|金额|订阅|用户|人数|收入")
_DEVICE_UNIT = re.compile(r"[（(]\s*(?:台/套|台（套）|台套)\s*[)）]\s*$")  # 「（台）」 alone: servers are 台 too


# 「授权专利（公司合计）」, 「集团研发人员」: the company's or group's figure, not the platform's.
_COMPANY_WIDE = re.compile(r"公司合计|全公司|公司整体|集团|[（(]公司[)）]|合并口径")


# 「行业机理模型 | 38」, 「设备运维模型 | 14」: one kind of model, not the library's count.
_A_KIND_OF_MODEL = re.compile(r"^(?!.*(?:数量|总数|个数|合计|总计|数$))(?!(?:平台)?(?:工业)?(?:机理)?模型)"
                               r"[\u4e00-\u9fff]{2,10}模型(?:[（(]个[)）])?$")


def field_named(label: str, catalog: Catalog) -> FieldSpec | None:
    if _COMPANY_WIDE.search(label) or _A_KIND_OF_MODEL.match(re.sub(r"\s+", "", label)):
        return None
    fields = [f for f in catalog.match_labels(label) if f.value_type in _KINDS or f.id in _MEASURED]
    # By what it says, for a label naming the thing counted (「注册企业用户」), not a topic (「服务企业情况」).
    topic = re.search(r"情况|概况|说明|分布|构成|结构|简介", label)
    if not fields and not topic and (named := caption_field(re.sub(r"^其中[:：]?", "", label.strip()))) is not None:
        fields = [f for f in catalog.fields if f.id == named and (f.value_type in _COUNTS or f.id in _MEASURED)]
    if not fields and not topic and _SUBSCRIPTION_AMOUNT.search(label) and not re.search(r"杀手锏|月|本期|新增", label):
        fields = [f for f in catalog.fields if f.id == "app_subscription_amount"]  # 「APP订阅累计金额」
    if not fields and (rate := rate_field(label)) is not None and (rate not in COMPANY_RATES or "平台" in label):
        fields = [catalog.field(rate)]  # 「整体国产化率」, 「平台社会贡献率」: a rate by its name
    return fields[0] if len({f.id for f in fields}) == 1 else None


# A label that opens with the figure's period: a year (2023年, 2023年自然年, 2023年度) or the 填报指引's
# other reading of the order count (截至填表日前一年, 近12个月); a bracketed span after it is an aside.
_LABEL_PERIOD = re.compile(r"^(?:(?P<year>20\d{2})年(?:自然年|全年|度)?|(?P<before>截至填表日前一年|近一年|近12个月|近十二个月))")
_ORDER_COUNT = re.compile(r"(?:平台)?(?:有效)?订单(?:数|量|数量|总数|总量|笔数)")


def _dated_label(label: str) -> tuple[str, str] | None:
    """(field, period) of a label naming its period before the indicator: 「2023年自然年订单数（个）」 →
    the order count of the natural year, 「截至填表日前一年（2023年7月—2024年6月）订单数」 → of the year
    before the form; 「2023年交易规模增长率（%）」 → that rate of 2023. Another year, a quarter, a
    cumulative count: None."""
    key = re.sub(r"\s+", "", label)
    found = _LABEL_PERIOD.match(key)
    if found is None:
        return None
    rest = re.sub(r"[（(][^（）()]*[）)]", "", key[found.end():])
    if found["year"] not in (None, "2023"):
        return None
    if _ORDER_COUNT.fullmatch(rest):  # the reading by the name the form's answers give it
        return "orders_last_year", reading_name(found.group(0))
    rate = rate_field(rest) if found["year"] else None
    if rate is not None and (rate not in COMPANY_RATES or "平台" in rest):
        return rate, f"{found['year']}年"
    return None


def _row_value(row: Row, catalog: Catalog, subject: str = "", units: dict | None = None,
               head_unit: str | None = None, whole: str = "", part_of: str | None = None) -> EvidenceValue | None:
    cells = [c for c in row.cells if c.text.strip()]
    if cells and re.fullmatch(r"\d{1,3}[.、]?|[A-Za-z][A-Za-z0-9_\-.]{1,30}", cells[0].text.strip()):
        cells = cells[1:]  # the 序号, or a back office's 指标编码 (DEV_PUB_TOTAL)
    unit_cell = next((c.text.strip() for c in cells[2:3] if _UNIT_CELL.match(c.text.strip())), None)
    if unit_cell is not None:
        cells = [*cells[:2], *cells[3:]]
    if len(cells) < 2 or len(cells) > 4:
        return None
    if _LIST_HEADING.search(cells[0].text.strip()):
        return None  # 「软件著作权清单（共 | 17 | 项）」: a list's heading split at its spaces (the list reads it)
    spec, named_period = _field(cells[0].text, catalog, subject, whole), ""
    if (spec is None or spec.id == "orders_last_year") and (dated := _dated_label(cells[0].text)) is not None:
        spec, named_period = catalog.field(dated[0]), dated[1]  # 「2023年自然年订单数（个） | 286450」
    if spec is None and re.match(r"(?:其中[:：]?)?订阅", cells[0].text.strip()) and re.search(r"工业APP", row.page.text):
        spec = _field("APP" + cells[0].text.strip(), catalog)  # 「订阅累计金额（万元）」 on a page of the APPs (h14)
    if spec is None and part_of == "enterprises_served" and names_shanghai_part(cells[0].text):
        spec = catalog.field("enterprises_served_shanghai")  # 「其中：注册地在上海市」 under the served 合计
    if spec is None:
        return None
    value_cell = cells[1]
    quantity = sole_quantity(value_cell.text)
    if quantity is None:
        return None
    if any(a_figure(c.text) for c in cells[2:]):
        return None  # another column of figures (2023 | 2022): which one is the indicator's is not said
    if unit_cell is None and quantity.unit is None and spec.unit in ("TB", "%", "万元") \
            and re.search(rf"[（(]\s*{re.escape(spec.unit)}\s*[)）,，;；]", cells[0].text):
        # 「存储容量(TB) | 1225.00」, 「交易规模增长率（%） | 12.4」, 「工业APP订阅总金额（万元，自运营以来累计）」
        unit_cell = spec.unit  # the unit with the label
    if unit_cell is None and quantity.unit is None and head_unit is not None:
        unit_cell = head_unit
    if unit_cell is None and quantity.unit is None and spec.unit == "万元":
        # 「单位：元」 over the table, 「注：本表金额单位为万元」 under it, or the page before's for a 续 page
        unit_cell = (units or {}).get(row.page.number)
    if unit_cell is not None and quantity.unit is None:
        quantity = quantity.model_copy(update={"unit": re.sub(r"[（(]套[)）]|套$", "", unit_cell) or unit_cell,
                                               "unit_from_default": True})
    normalized = in_field_unit(spec, quantity)
    if normalized is None or value_cell.citation is None:
        return None
    period = named_period or next((c.text.strip() for c in cells[2:] if _PERIOD.search(c.text)), "")
    years = {int(y) for y in re.findall(r"(20\d\d)\s*年", period)}
    if years - _DECLARED_YEARS and not re.search(r"以来|至今|起至|累计|较", period):  # 「2021年以来」, 「2023年较2022年」
        return None  # a figure of another year (2022年末) is not the declared one
    citations = tuple(c.citation for c in (value_cell, cells[0]) if c.citation is not None)
    note = f"说明材料中的指标表：“{cells[0].text.strip()}”" + (f"，口径“{period}”" if period else "")
    # A rate named in the operator's words (「设备利用率」) may be taken another way than the notice's
    # (a machine's time utilisation): a doubt, unless the row carries the notice's own label.
    renamed = spec.unit == "%" and not catalog.match_labels(cells[0].text)
    doubt = "存疑：比率按名称对应指标，口径可能与通知不同" if renamed else caption_doubt(spec.id, cells[0].text)
    return EvidenceValue(field_id=spec.id, label=spec.label, value=quantity.raw, unit=quantity.unit or "",
                         normalized=normalized, scope="platform", period=period,
                         method="ocr_figure" if row.page.source == "ocr" else "table_row",
                         citations=citations, note=note, confidence=_RENAMED_RATE if doubt else 1.0,
                         reasons=(note, doubt) if doubt else ())


def in_field_unit(spec: FieldSpec, quantity) -> int | float | None:
    if spec.unit == "%":  # a rate by its name: a percentage, nothing else
        return plain_number(quantity.value) if quantity.unit == "%" else None
    if spec.unit == "TB":  # 存储工业数据量: 「2,184.60 | TB」
        stored = to_tb(quantity) if quantity.unit in STORAGE_FIGURE_UNITS else None
        return None if stored is None else float(stored)
    if spec.id in _MEASURED and spec.value_type != "money_wan":  # 「64.50」 标准台: servers may be fractions of a standard one
        if quantity.unit is not None and quantity.unit not in COUNT_UNITS:
            return None
        amount = quantity.value
    elif spec.value_type in _COUNTS:
        if quantity.unit is not None and quantity.unit not in COUNT_UNITS:
            return None
        if quantity.value != quantity.value.to_integral_value() or re.search(r"\.\d", quantity.raw):
            return None  # a count is whole: 「2023.05」 beside a name is a date, 「442,600.00」 an amount
        amount: Decimal = quantity.value
    else:
        amount = to_wan(quantity, default_unit=None)
        if amount is None:
            return None  # a bare number for 万元: the unit is not stated
    return plain_number(amount)

