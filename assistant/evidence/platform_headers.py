"""The header rows of a platform table: what each value column of a 专项说明 / 平台业务收入明细 /
分部信息 table gives — a year (2021年度 | 2022年度 | 2023年度), a period (本期金额 | 上期金额: the
heading's year and the one before), an item (营业收入 | 研发投入 across, years down the side), R&D's two parts, an
assets moment, the platform's segment column or one amount column.

`align` finds the header cell each amount of a row stands under: a ruled table's column; an
unruled line's token when the line has as many as its header, else the header cell above it
(`rows.under_heads`, a scan's row with a blank cell); else the amounts in order.

Must not: decide what a row's label names (`assistant.evidence.platform` does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.text_keys import squash
from assistant.evidence.lists.platforms import answers_to
from assistant.evidence.platform_items import AMOUNT, ASSETS, UNIT_PAREN, item_of
from assistant.evidence.rows import Row, RowCell, under_heads
from assistant.values.numbers import MONEY_UNITS, unit_from_header

YEAR_CELL = re.compile(r"^(?P<y>20\d{2})(?:年度?|年1-12月|年全年)?(?:金额|发生额|数)?(?:[(（][^()（）]*[)）])?$")  # 「2023年度金额」
_PERIOD_WORDS = re.compile(r"^(?:本年|上年|本期|上期|当年|本年度|上年度)(?:数|金额|发生额|累计数?|同期数?)?")
_CURRENT = re.compile(r"^(?:本期|本年|当年|本年度)(?:数|金额|发生额|累计数?)?$")
_PRIOR = re.compile(r"^(?:上期|上年|上年度|上年同期)(?:数|金额|发生额|累计数?)?$")
_PROJECT_COLUMN = re.compile(r"^(?:.{0,6}(?:编号|名称|代码|合计|小计|总计|备注|说明)|属.{0,6}|是否.{0,10})$")
_FLAG_COLUMN = re.compile(r"^(?:属|是否)")
# (「2023年度发生额（元）」 over a 研发费用 note's projects, h91)
_PERIOD_INVESTED = re.compile(r"(?:本期|本年|本年度|当期|报告期|20\d\d年度?)(?:研发)?(?:投入(?:金额|额)?|发生额|支出(?:金额|额)?)")
# a rate or a change beside the years (「2023年比2022年增减额」 | 「增减率」)
_SHARE_HEADER = re.compile(r"比重|占比|比例|%|增长|增速|增幅|增减|变动|差额|同比|环比|CAGR|率$|vs|对比|较上年|比上年",
                           re.IGNORECASE)  # 「2023 vs 2022」: a change column
_PART_PERIOD = re.compile(r"^20\d{2}年(?:\d{1,2}月?[—–\-~至]+(?:20\d{2}年)?\d{1,2}月|[Qq][1-4]|第?[一二三四]季度|[上下]半年)|"
                          r"^20\d{2}[Qq][1-4]$")
_NOTE_HEADER = re.compile(r"^(?:备注|说明|附注|注释|计算说明|数据来源|行次|行号|栏次|(?:计量)?单位)$")  # never the figures
_UNIT_COLUMN = re.compile(r"^(?:计量)?单位$")  # 「项目 | 2021年度 | … | 单位」: each row's unit in a cell of its own
_AMOUNT_HEADER = re.compile(r"^(?:金额|数额|数值|本期|本年|本期金额|本年金额|发生额)$")
_DASH = re.compile(r"^[—–\-－]+$")  # an empty value column
LABEL_HEADER = re.compile(r"^(?:.{0,4}(?:项目|科目|指标|内容|名称|类别|类型)|项\s*目|年度|年份|业务(?:线|板块)?|产品线?|分类|"
                          r"(?:业务|经营)?分部|分(?:产品|行业|业务|板块))$")  # a listed company's 「业务分部」, 「分产品」
# Columns of an assets table: 2023年初 | 2023年末 | 平均资产总额 (社会贡献率's denominator).
_ASSET_COLUMNS = (("assets_start", re.compile(r"^(?:(?P<y>20\d{2})年)?(?:年初|期初|初)(?:数|余额|金额)?$")),
                  ("assets_end", re.compile(r"^(?:(?P<y>20\d{2})年)?(?:年末|期末|末)(?:数|余额|金额)?$")),
                  ("assets_average", re.compile(r"^(?:(?P<y>20\d{2})年(?:度)?)?平均(?:资产总额|资产|值|数)?$")))


_YEARS_DOWN = re.compile(r"^(?:年度|年份|期间|年)$")  # 年度 | 平台A | 平台B | 合计: the years down the side


@dataclass
class Header:
    kind: str  # years (year columns) | items (item columns, years down the side) | segment (a 平台 column)
    cells: list[tuple[int, RowCell, object]]  # (position, header cell, year or item)
    platform: bool  # a header cell names the platform
    unit: str | None
    heads: tuple[RowCell, ...] = ()  # the header row's non-empty cells, label first
    unit_at: int | None = None  # the position of a 单位 column
    # a line of text that filled every value column: where its amounts stand is where the columns'
    # amounts stand (right-aligned figures under centred years), for the lines that fill fewer
    anchors: tuple[RowCell, ...] = ()


# A bilingual report's English after the Chinese (「平台营业收入 Segment revenue」, 「2023年度 2023」).
_ENGLISH_AFTER = re.compile(r"(?<=[\u4e00-\u9fff）)])\s+[A-Za-z][A-Za-z0-9&'’,./()\-— ]*$")
_YEAR_AGAIN = re.compile(r"^(20\d{2})\s*(年度?)\s+\1$")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z&'’.,()/\-]*")


def cells_of(row: Row) -> list[tuple[int, RowCell]]:
    """Non-empty cells with their position: the table column, or the token index of a line. A
    bilingual report's cell is read by its Chinese: the English after it (「合计 Total」), the year
    said again (「2023年度 2023」) and, in a line, the English words between the Chinese are dropped."""
    cells = [c for c in row.cells if c.text.strip()]
    chinese = any(re.search(r"[\u4e00-\u9fff]", c.text) for c in cells)
    out: list[tuple[int, RowCell]] = []
    dropped = False  # the token before was an English word: 「Note 23」's number goes with it
    for index, cell in enumerate(cells):
        text = cell.text.strip()
        if chinese and cell.column is None and (_LATIN_WORD.fullmatch(text) or (dropped and text.isdigit()) or (
                re.fullmatch(r"20\d{2}", text) and index and re.fullmatch(rf"{text}年度?", cells[index - 1].text.strip()))):
            dropped = bool(_LATIN_WORD.fullmatch(text))
            continue
        dropped = False
        bare = _YEAR_AGAIN.sub(r"\1\2", _ENGLISH_AFTER.sub("", text)) if chinese else text
        out.append((cell.column if cell.column is not None else len(out),
                    cell if bare == text else RowCell(bare, cell.citation, cell.column)))
    return out


def _column_year(text: str) -> int | None:
    """The year a value column's header names: "2023年度", "2023（经审计）", and the period
    words around it, "本年数（2023年度）", "上期金额(2022年)"."""
    key = squash(text)
    if (m := YEAR_CELL.match(key)) is None:
        m = YEAR_CELL.match(_PERIOD_WORDS.sub("", key).strip("()（）"))
    return int(m.group("y")) if m else None


def _relative_years(cells, years, others) -> list | None:
    periods = [(p, c, squash(c.text)) for p, c in cells if c in others and (_CURRENT.match(squash(c.text))
                                                                            or _PRIOR.match(squash(c.text)))]
    labels = [c for c in others if not any(c is q for _p, q, _k in periods)]
    if not periods or len(labels) > 1 or any(not LABEL_HEADER.match(UNIT_PAREN.sub("", squash(c.text))) for c in labels):
        return None
    written = sorted(year for _p, _c, year in years)
    if written != list(range(written[0], written[-1] + 1)) or max(p for p, _c, _k in periods) > min(p for p, _c, _y in years):
        return None  # the years must run on, after the period columns
    prior = written[-1] + 1
    found = [(p, c, prior + 1 if _CURRENT.match(k) else prior) for p, c, k in periods]
    return found if len({y for _p, _c, y in found}) == len(found) else None


def header_of(row: Row, cells: list[tuple[int, RowCell]] | None = None, names: tuple[str, ...] = ()) -> Header | None:
    """The header a row is, if any (`cells`: the row's `cells_of`, when the caller has them; `names`:
    what the applicant calls its platform, to pick its column among several platforms')."""
    cells = cells if cells is not None else cells_of(row)  # once: `align` knows a header cell by its identity
    header = _header_of(row, cells, names)
    if header is not None:
        header.heads = tuple(c for _p, c in cells)
        header.unit_at = next((p for p, c in cells if _UNIT_COLUMN.match(squash(c.text))), None)
    return header


_SEGMENT = re.compile(r"分部|板块|事业部")
# 「项目」 over a scan's label column OCR'd as a stray mark (「Ⅲ」, h76): a character or two of no word
_MISREAD_LABEL = re.compile(r"[^\u4e00-\u9fff\d]{1,3}")


def _header_of(row: Row, cells: list[tuple[int, RowCell]], names: tuple[str, ...] = ()) -> Header | None:
    bare_years = [int(k) for _p, c in cells if re.fullmatch(r"(?:19|20)\d{2}", k := squash(c.text))]
    # 「2020 2021 2022 2023」 alone over a row of figures (an English report's summary, h65): years, not amounts
    if len(bare_years) == len(cells) >= 2 and bare_years == sorted(set(bare_years)) and bare_years[-1] - bare_years[0] < len(cells) + 2:
        return Header("years", [(p, c, year) for (p, c), year in zip(cells, bare_years, strict=True)], False, None)
    if len(cells) < 2 or any(AMOUNT.match(c.text.strip()) for _p, c in cells):
        return None
    years = [(p, c, year) for p, c in cells if (year := _column_year(c.text))]
    platform = any("平台" in c.text for _p, c in cells)
    unit = next((u for _p, c in cells if (u := unit_from_header(c.text)) in MONEY_UNITS), None)  # not a share column's %
    # 备注 / 说明 columns hold words, never the figures: a header may have them beside the years.
    others = [c for _p, c in cells if not _column_year(c.text) and not _NOTE_HEADER.match(squash(c.text))
              and not _SHARE_HEADER.search(squash(c.text))  # 「占营业收入比重」 beside the years: a rate
              # a ruled table's column of another period (「2023年7月—2024年6月」, 「2024年1—3月」) beside
              # the years: read by column, so it is skipped, not taken for one of them
              and not (row.source == "table" and _PART_PERIOD.match(squash(c.text)))]
    # 「项目 | 环境装备制造分部（2023年度） | 工业互联网平台分部（2023年度）」 (h73c): segments of one year, no years
    if len(years) >= 2 and len({y for _p, _c, y in years}) == 1 and all(_SEGMENT.search(c.text) for _p, c, _y in years):
        years = []
    # A header of year columns: the years and at most one label column ("项目"), nothing else —
    # a line "编制单位：… 2023年度 单位：元" names a year but heads nothing.
    if years and len(others) <= 1 and all(LABEL_HEADER.match(UNIT_PAREN.sub("", squash(c.text)))
                                          or ASSETS.search(squash(c.text))  # 「平台资产 | 2023年度」
                                          or _MISREAD_LABEL.fullmatch(squash(c.text)) for c in others):
        return Header("years", years, platform, unit)
    # 项目 | 本年金额 | 上年金额 | 2021年度 | 2020年度: the two latest years named by period, the earlier by
    # number — 上年 is the year after the latest one written, 本年 the year after that.
    if years and (relative := _relative_years(cells, years, others)) is not None:
        return Header("years", sorted([*years, *relative], key=lambda t: t[0]), platform, unit)
    # 项目 | 本期金额 | 上期金额: the period's year is the heading's (「2023年度 单位：万元」), -1 for the prior one.
    periods = [(p, c, 0 if _CURRENT.match(k) else -1) for p, c in cells[1:]
               if (k := squash(c.text)) and (_CURRENT.match(k) or _PRIOR.match(k))]
    if LABEL_HEADER.match(UNIT_PAREN.sub("", squash(cells[0][1].text))) and periods and len(periods) == len(cells) - 1:
        return Header("periods", periods, platform, unit)
    items = [(p, c, item) for p, c in cells if (item := item_of(c.text))]
    first = squash(cells[0][1].text)
    if items and re.search(r"年度|年份|期间|年$", first):  # years down the side: every value column, None for
        return Header("items", [(p, c, item_of(c.text)) for p, c in cells[1:]], platform, unit)  # one not read (成本)
    # R&D by its two parts across: 项目 | 费用化支出 | 资本化支出 (| 合计), a row per cost, one total row.
    parts = [(p, c, item) for p, c, item in items if item in ("rd_expensed", "rd_capitalized", "rd")]
    if LABEL_HEADER.match(UNIT_PAREN.sub("", first)) and len(parts) >= 2 and len(parts) == len(cells) - 1:
        return Header("split", parts, platform, unit)
    # A list of R&D projects: 项目编号 | 项目名称 | 费用化金额 | 资本化金额 | 合计 | 属平台项目 — its platform
    # subtotal row is read; a 属平台 flag column says nothing of the table's own scope.
    others = [squash(c.text) for p, c in cells if p not in {q for q, _c, _i in parts}]
    if {i for _p, _c, i in parts} >= {"rd_expensed", "rd_capitalized"} and others \
            and all(LABEL_HEADER.match(o) or _PROJECT_COLUMN.match(o) for o in others):
        return Header("split", parts, any("平台" in o for o in others if not _FLAG_COLUMN.match(o)), unit)
    # An annual report's 在研项目情况: 在研项目名称 | 预计总投资规模 | 本期投入金额 | 累计投入金额 | 进展 — the
    # period's investment (费用化 and 资本化) of its platform subtotal row is the platform's R&D (h60).
    invested = [(p, c) for p, c in cells if _PERIOD_INVESTED.fullmatch(UNIT_PAREN.sub("", squash(c.text)))]
    if len(invested) == 1 and any(re.search(r"项目", squash(c.text)) for _p, c in cells[:2]):  # after a 序号 too
        return Header("split", [(*invested[0], "rd")], False, unit)
    # Items across with one row of figures below, the year in the heading: 社会贡献总额 |
    # 平台资产年初 | 平台资产年末 | 平均资产总额 | 社会贡献率 (rates are not read).
    if len(items) >= 2 and all(item_of(c.text) or re.search(r"率|占比|比例", squash(c.text)) for _p, c in cells):
        return Header("across", items, platform, unit)
    # 社会贡献构成 | 工资性收入 | … | 净利润 | 社会贡献总额, a row per year: only the total is the indicator's.
    if re.search(r"社会贡献.{0,2}构成", first) and any(item == "social" for _p, _c, item in items):
        return Header("across", [(p, c, "social" if item_of(c.text) == "social" else None) for p, c in cells[1:]],
                       platform, unit)
    # One amount column under a heading that names the year: 项目 | 金额（元）, 平台资产 | 金额.
    if len(cells) == 2 and (LABEL_HEADER.match(UNIT_PAREN.sub("", first)) or ASSETS.search(first)) and _AMOUNT_HEADER.match(
            UNIT_PAREN.sub("", squash(cells[1][1].text))):
        return Header("amount", [(cells[1][0], cells[1][1], "amount")], platform, unit)
    # An assets table: 项目 | 2023年初 | 2023年末 | 平均资产总额, a row per 资产总额.
    assets = [(p, c, item, m.group("y")) for p, c in cells[1:] for item, pattern in _ASSET_COLUMNS
              if (m := pattern.match(UNIT_PAREN.sub("", squash(c.text))))]
    if LABEL_HEADER.match(UNIT_PAREN.sub("", first)) and assets and len(assets) == len(cells) - 1:
        return Header("assets", [(p, c, (item, int(y) if y else None)) for p, c, item, y in assets], platform, unit)
    # A segment note: 项目 | 工业互联网平台 | 智能装备 | 抵销 | 合计 — only the platform's column counts.
    segments = [(p, c, "platform") for p, c in cells[1:] if "平台" in c.text and not AMOUNT.match(c.text)]
    if len(segments) > 1:  # 项目 | 本平台 | 另一平台 | 合计: a company running several — the applicant's column
        segments = [(p, c, key) for p, c, key in segments if answers_to(c.text, names)]
    if (LABEL_HEADER.match(UNIT_PAREN.sub("", first)) or _YEARS_DOWN.search(first)) and len(segments) == 1 \
            and len(cells) >= 3:
        return Header("segment", segments, True, unit)
    return None


def row_unit(header: Header, row: Row) -> str | None:
    """The money unit a row's 单位 cell states (「万元」), where the header has such a column."""
    if header.unit_at is None:
        return None
    text = next((c.text.strip() for p, c in cells_of(row) if p == header.unit_at), "")
    return text if text in ("元", "千元", "万元", "亿元") else None


def align(header: Header, amounts: list[tuple[int, RowCell]], row: Row):
    """(amount cell, header cell, its year or item) for each value column read (key not None): by
    table column, or by token when a line has as many as its header (「项目 | 2021年度 | 2022年度 |
    2023年度 | 增减额 | 增减率」 over a scan's lines); in a line of text, in order."""
    columns = header.cells
    if row.source != "table" and len(amounts) == len(columns):
        header.anchors = tuple(c for _p, c in amounts)
    if (row.source == "table" and all(c.column is not None for _p, c in amounts)) \
            or (row.source != "table" and len(cells_of(row)) == len(header.heads)):
        by_position = {p: c for p, c in amounts}
        return [(by_position[p], cell, key) for p, cell, key in columns if p in by_position and key is not None]
    if row.source != "table" and header.anchors and len(amounts) < len(columns) \
            and (under := under_heads(list(header.anchors), [c for _p, c in amounts])) is not None:
        # 「平台相关研发投入 48,623,531.44」 under a line that filled 2023年度 | 2022年度 | 2021年度
        return [(amount, head, key) for (_p, amount), k in zip(amounts, under, strict=True)
                if k is not None for _q, head, key in (columns[k],) if key is not None]
    under = under_heads(list(header.heads), [c for _p, c in amounts]) if row.source != "table" else None
    if under is not None:  # a scan's line with a blank cell: each amount under the header cell above it
        keyed = {id(cell): (cell, key) for _p, cell, key in columns if key is not None}
        return [(amount, *keyed[id(header.heads[k])]) for (_p, amount), k in zip(amounts, under, strict=True)
                if k is not None and id(header.heads[k]) in keyed]
    if len(amounts) == len(columns):
        return [(cell, head, key) for (_p, cell), (_q, head, key) in zip(amounts, columns, strict=True)
                if key is not None]
    # A line of a scan: its values in order are the columns' — counting a rate (20.70%) or a dash as
    # the value of its column, and taking the last ones when a 行次 stands before them.
    first = min(p for p, _c in amounts)
    values = [c for p, c in cells_of(row) if p >= first and (AMOUNT.match((t := c.text.strip()).replace("%", "")) or _DASH.match(t))]
    if len(values) < len(columns):
        return []
    amount_ids = {id(c) for _p, c in amounts}
    return [(cell, head, key) for cell, (_q, head, key) in zip(values[-len(columns):], columns, strict=True)
            if key is not None and id(cell) in amount_ids]


def align_segment(header: Header, amounts: list[tuple[int, RowCell]], row: Row):
    """The platform column's amount of a segment row: by table column, or by token in a line of as many
    tokens as its header; else in a line of text, the amount standing under the platform's header cell (a
    scan's row may leave 抵销 blank)."""
    (position, column, key), = header.cells
    if row.source == "table" or len(cells_of(row)) == len(header.heads):  # by column, or a line's token by token
        return [(cell, column, key) for p, cell in amounts if p == position]
    under = under_heads(list(header.heads), [c for _p, c in amounts]) or []
    return [(cell, column, key) for (_p, cell), k in zip(amounts, under, strict=False)
            if k is not None and header.heads[k] is column]
