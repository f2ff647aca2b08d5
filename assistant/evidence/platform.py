"""The platform-scoped part of a financial proof → facts of 平台相关营业收入, 研发投入 and 利润.

The 填报指引 asks for the platform's figures, "注意不是企业": applicants prove them with a part of
their audit report or a note of their own — 关于平台业务收入的专项说明, 平台业务收入明细表, a segment
note (分部信息) with a 工业互联网平台 column, or a sentence ("2023年度平台相关营业收入为6,670.79
万元"). This module reads those parts wherever they are in a file, by what they contain:
- a figure is the platform's when its row label, its column header or the section heading above
  it names the platform (平台); figures of the rest of the file are the company statements'
  business (`assistant.evidence.financial`) and are not read here;
- an item is named by the whole label, not a word in it: "平台相关营业收入", "营业收入合计",
  "平台业务收入" are revenue, but "平台订阅服务收入" is a part of it and "营业收入增长率" a rate;
- the period comes from a year column (2021年度 / 2022年 / 2023), a year row (a table of years
  down the side), or the year written in the sentence; a part that writes none takes, with a
  stated doubt (below CONFIDENT), the one year of its part's other tables or the report's year
  (`platform_sentences.report_year`); with none of these a figure gives nothing;
- a bare 合计 row totals what its part's heading names (「二、平台社会贡献情况」); under a 社会贡献 heading
  the rows are its build-up (its 净利润 is no profit of the platform's); 研发支出 as 费用化 + 资本化 is
  summed (`platform_rd`); 行次 and 附注 columns are never values;
- the unit from the header cell ("（元）"), the label, a 单位 line of the section, or the sentence;
  a table figure without any is `ambiguous`.

Must not: compare with the declared values (the checks do), read files, or read company-wide
statements (their figures are not the platform's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import (
    ANNUAL_PROFIT_COMPONENT,
    ASSETS_END_COMPONENT,
    ASSETS_START_COMPONENT,
    AVERAGE_ASSETS_COMPONENT,
    PROFIT_COMPONENT,
    RD_CAPITALIZED_COMPONENT,
    RD_EXPENSED_COMPONENT,
    SOCIAL_CONTRIBUTION_COMPONENT,
)
from assistant.core.citations import Citation
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.charts import chart_rows, is_chart_row
from assistant.evidence.ledger import ledger_figures
from assistant.evidence.period_tables import period_table_figures
from assistant.evidence.period_totals import monthly_revenue
from assistant.evidence.platform_headers import (
    YEAR_CELL,
    Header,
    align,
    align_segment,
    cells_of,
    header_of,
    row_unit,
)
from assistant.evidence.platform_items import (
    AMOUNT,
    ASSETS,
    EMPTY_VALUE,
    NOT_ITEM,
    NUMBERING,
    amount_cells,
    drop_main_beside_whole,
    in_part,
    item_of,
    part_item,
    part_year,
    split_year,
    total_of,
    year_of,
)
from assistant.evidence.platform_rd import rd_from_parts
from assistant.evidence.platform_sentences import (
    latest_year,
    report_year,
    stated_figures,
)
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.evidence.statement_targets import history_targets
from assistant.evidence.table_notes import ALL_PLATFORM_NOTE, footnoted, noted_tables
from assistant.values.numbers import convert_money, parse_quantity, unit_from_header
from extractors.model import Document

_LABEL_YEAR = re.compile(r"^(?P<y>20\d{2})年度?")
_ROW_PERIOD = re.compile(r"^(?:本年|本期|当年|上年|上期|前年)度?(?:累计|发生额)?[:：]?")
_EXTERNAL = re.compile(r"(?:对外|外部)(?:交易|客户)?(?:营业)?收入")  # a segment's revenue from outside it
_SPLIT_TOTAL = re.compile(r"(?:本期|本年|当期|本年度)?(?:研发支出)?(?:发生额|发生数)(?:合计)?|(?:研发支出)?(?:合计|小计|总计)")
_BY_LINE = re.compile(r"收入.{0,6}(?:按|分)(?:业务|产品|板块)|(?:业务|产品)(?:类别|板块|线).{0,4}收入")
_PLATFORM_SUBTOTAL = re.compile(r"平台.{0,12}(?:小计|合计)$")
_MONEY_IN_BRACKETS = re.compile(r"[(（](?:万元|元|千元|亿元)[)）]")
_UNIT_NOTE = re.compile(r"[(（]?(?:金额)?单位[:：]\s*[^\s()（）|]*[)）]?")  # 「（单位：元）」 beside a title
_HEADING = re.compile(r"说明|明细|情况|分部|专项|附注|附表|列示|构成|表$|^表\s*\d")


_ENGLISH_UNIT = re.compile(r"(?:amounts?|expressed|stated)\s+in\s+RMB\s*(?:'000|’000|thousands?)", re.IGNORECASE)
_SOLE_REVENUE = re.compile(r"收入$|营收$")
_RUN_ON = re.compile(r"^[，,。；;]|。|如下")  # 「…单独核算。明细如下（单位：元）：」 ends a sentence, heads nothing


@dataclass(frozen=True)
class _Figure:
    item: str  # revenue | rd | profit
    year: int
    cell: RowCell | None  # None for a sentence
    row: Row
    unit: str | None
    column: RowCell | None  # the header cell (year or item) that gives period or item
    how: str  # reason, Chinese
    value_text: str
    citation: Citation | None = None  # for a sentence: the clause
    carried: bool = False  # the unit is the one stated above an earlier heading, not this part's
    year_doubt: str = ""  # a doubt: the part states no year (where it was taken from), a row taken for the platform's


def read_platform_figures(document: Document, catalog: Catalog, *, charts_only: bool = False,
                          platform_names: tuple[str, ...] = ()) -> list[EvidenceFact]:
    """Facts of the platform's revenue, R&D and profit by year, wherever the file states them
    (`charts_only`: in its charts, `evidence.charts` — a screenshot's other text is no statement;
    `platform_names`: the applicant's names for its platform, to take its column of a table of several)."""
    if charts_only:
        figures = _table_figures(chart_rows(document, drawn=True), None)
    else:
        rows = document_rows(document) + chart_rows(document)  # a chart of the years is a table drawn
        figures = _table_figures(rows, report_year(document), platform_names) + _sentence_figures(document) \
            + _ledger_figures(document)
    latest = latest_year(catalog)
    stated: dict[tuple[str, int], list[_Figure]] = {}
    for figure in figures:  # the first statement of an item and year wins (tables before prose)
        stated.setdefault((figure.item, figure.year), []).append(figure)
    facts: list[EvidenceFact] = []
    for (item, year), group in sorted(stated.items()):
        for field_id, component in _targets(item, year, latest, catalog):
            first = _fact(catalog, field_id, component, group[0])
            if first is None:
                continue
            # the same figure stated again elsewhere (a 业务类别 line, then the segment note): cited
            # there too, the statement without a doubt first
            same = [f for other in group if (f := _fact(catalog, field_id, component, other)) is not None
                    and f.normalized == first.normalized and f.normalized is not None]
            same = sorted(same or [first], key=lambda f: not f.confident)
            pages = {(c.file, c.page) for c in same[0].citations}
            more = tuple(c for f in same[1:] for c in f.citations[:1] if (c.file, c.page) not in pages)
            facts.append(same[0].model_copy(update={"citations": same[0].citations + more}) if more else same[0])
    return facts + rd_from_parts(facts)


def _targets(item: str, year: int, latest: int | None, catalog: Catalog) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if item == "revenue":
        if year == latest:
            out.append(("revenue", ""))
        out += history_targets(year, catalog)
    elif year == latest:
        out += {"rd": [("rd_investment", "")],
                "profit": [("profit_margin", PROFIT_COMPONENT), ("roi", ANNUAL_PROFIT_COMPONENT)],
                # 社会贡献率 = 社会贡献总额 ÷ 平均资产总额 (填报指引 3.1.3)
                "social": [("social_contribution_rate", SOCIAL_CONTRIBUTION_COMPONENT)],
                "assets_start": [("social_contribution_rate", ASSETS_START_COMPONENT)],
                "assets_end": [("social_contribution_rate", ASSETS_END_COMPONENT)],
                "assets_average": [("social_contribution_rate", AVERAGE_ASSETS_COMPONENT)],
                "rd_expensed": [("rd_investment", RD_EXPENSED_COMPONENT)],
                "rd_capitalized": [("rd_investment", RD_CAPITALIZED_COMPONENT)],
                "build": [("platform_build_amount", "")]}.get(item, [])
    return out


# --- tables --------------------------------------------------------------------------------------

def _table_figures(rows: list[Row], reported: int | None, names: tuple[str, ...] = ()) -> list[_Figure]:
    figures: list[_Figure] = []
    carried: str | None = None  # the unit stated above the latest heading that stated none

    def add(figure: _Figure) -> None:
        if figure.unit is None and carried is not None:
            # 单位 atop a 附表, a sub-heading without one: likely the same, never certain
            figure = replace(figure, unit=carried, carried=True)
        figures.append(figure)

    heading_platform = False
    noted = noted_tables(rows)
    platform_part, part_name = False, ""  # the row's table is the platform's: by its heading or its note
    heading, part = "", 0  # the part: counted by its headings
    sole: dict[int, list[tuple[str, _Figure]]] = {}  # a platform part's rows of some 收入 (none names revenue whole)
    heading_item: str | None = None  # what a 合计 row totals: the item the heading names (「二、平台社会贡献情况」)
    section_years: set[int] = set()  # the years of the part's tables so far
    year: int | None = None  # the year the latest heading or short line names ("（2）2022年度 单位：元")
    unit: str | None = None
    header: Header | None = None
    table: tuple[int, int | None] | None = None  # (page, table) of the latest table row
    previous = ""  # the last line's text: 「…明细表（单」 「位：元）。…」 states a unit across a line break
    for row in rows:
        cells = cells_of(row)  # a bilingual line by its Chinese
        text = squash("".join(c.text for _p, c in cells))
        if not text:
            continue
        wrapped, previous = previous[-3:] + text, text if row.source == "line" else ""
        if row.source == "line" and "单位" not in text and "单位" in wrapped[:6]:
            unit = unit_from_header(wrapped[wrapped.index("单位"):][:12]) or unit
        if row.source == "line" and (english := _ENGLISH_UNIT.search(row.text)):  # 「Amounts in RMB'000.」
            unit = unit_from_header(english.group(0)) or unit
        starts_table = row.source == "table" and (row.page.number, row.table_index) != table
        if row.source == "table":
            table = (row.page.number, row.table_index)
        note = noted.get(table) if row.source == "table" else None
        platform_part = heading_platform or note is not None
        part_name = heading if heading_platform or note is None else note
        found = header_of(row, cells, names)
        if found is not None:
            header = found
            section_years |= {year for _p, _c, year in found.cells} if found.kind == "years" else set()
            continue
        amounts = amount_cells(cells)
        if starts_table and not amounts:
            header = None  # a new table under a header this reader does not know: not the last one's columns
        if not amounts:
            if len(text) <= 40 and "单位" not in text and _MONEY_IN_BRACKETS.search(text) and len(cells) > 1:
                # 「项目 | 金额（万元） | 同比增长」 over the year row: the upper row of a two-row header
                unit = unit_from_header(text) or unit
                continue
            if text.count("（") + text.count("(") > text.count("）") + text.count(")"):
                continue  # a label wrapped inside its bracket (「二、…运维服务收入（线下，不」 over 「属平台营收） | 286.40」)
            numbered = NUMBERING.match(text) and not re.search(r"[。；;，,]", text)  # 「五、23 营业收入和营业成本」
            if len(text) <= 60 and (_HEADING.search(text) or "单位" in text or len(cells) == 1 or numbered):
                if "单位" in text:
                    unit = unit_from_header(text) or unit
                    title = squash(_UNIT_NOTE.sub("", "".join(c.text for _p, c in cells)))
                    if (NUMBERING.match(title) or _HEADING.search(title)) and len(title) <= 40 and not _RUN_ON.search(title):
                        # 「（三）平台社会贡献总额 | 金额单位：万元」: a heading with its own unit beside it
                        heading, heading_platform, header, year = title, "平台" in title, None, year_of(title)
                        heading_item, section_years, part = part_item(title), set(), part + 1
                        continue
                # A heading: a caption-like line ("…专项说明", "…明细表"), or any short line of its own
                # that is no sentence ("（二）平台业务社会贡献相关数据（2023年度）").
                titled = _HEADING.search(text) or numbered or (
                    len(cells) == 1 and not text.endswith(("。", "；", ";", "：", ":", "，", ",")))
                if titled and len(text) <= 40 and "单位" not in text:
                    heading, heading_platform = text, "平台" in text
                    heading_item, section_years, part = part_item(text), set(), part + 1
                    carried = unit or carried
                    unit = unit_from_header(text) or None
                    header = None
                year = year_of(text) or (None if titled and "单位" not in text else year)
            continue
        if header is None:
            continue
        first_amount = min(p for p, _c in amounts)  # the label stands before it; words after: a 备注
        # a dash is an empty value column before the amount (「平台相关研发投入 | — | — | 6,663.18」), no label
        label_cells = [c for p, c in cells if p < first_amount and not AMOUNT.match(c.text.strip())
                       and not EMPTY_VALUE.match(c.text.strip())]
        label = "".join(c.text for c in label_cells)
        if header.kind == "amount":
            named = _LABEL_YEAR.match(squash(label))  # the year opening the label: 「2023年度平台营业收入 | 3,285.16」
            item = in_part(item_of(squash(label)[named.end():] if named else label), heading_item) \
                or total_of(label, heading_item)
            row_year, doubt = (int(named["y"]), "") if named else part_year(year, section_years, reported)
            scoped = platform_part or header.platform or "平台" in label
            if item is None or row_year is None or not scoped or len(amounts) > 1:  # one amount: a sentence is no row
                continue
            for cell, column, _key in align(header, amounts, row):
                add(_Figure(item, row_year, cell, row, unit_from_header(label) or header.unit or unit, column,
                            _how(part_name, platform_part, label), cell.text.strip(), year_doubt=doubt))
        elif header.kind == "segment":
            # 「本年营业收入 | 上年营业收入 | 前年营业收入」: the period in the row, the year the report's
            shift = _ROW_PERIOD.match(squash(label))
            words = re.sub(r"^分部", "", squash(label)[shift.end():] if shift else squash(label))  # 分部利润总额
            item = "revenue" if _EXTERNAL.fullmatch(words) else item_of(words)
            column_year = year_of(header.cells[0][1].text)  # 「工业互联网平台分部（2023年度）」 (h73c)
            # no year in the heading, the column or the row: the part's or the report's, doubted (h12's
            # photographed 「十五、分部报告」 of a 「2023年度财务报表附注」)
            base, doubt = (year, "") if year is not None else (column_year, "") if column_year and not shift \
                else part_year(None, section_years, reported)
            words, named = split_year(words)  # 「平台营业收入 | 2021年度 | …」: 项目 | 年度 | 本平台 | …
            item = item or (item_of(words) if named else None) or (heading_item if named and not words else None)
            base, shift = (named, None) if named and item else (base, shift)
            if item is None or base is None:
                continue
            row_year = base - (("上" in shift[0]) + 2 * ("前" in shift[0]) if shift else 0)
            for cell, column, _key in align_segment(header, amounts, row):
                add(_Figure(item, row_year, cell, row, header.unit or unit, column,
                            f"分部信息“{column.text.strip()}”列（{heading}）", cell.text.strip(), year_doubt=doubt))
        elif header.kind == "split":
            own = _PLATFORM_SUBTOTAL.search(squash(label))  # 「其中：工业互联网平台相关项目小计」
            if not own and (not _SPLIT_TOTAL.fullmatch(squash(label)) or not (platform_part or header.platform)):
                continue
            row_year, doubt = part_year(year, section_years, reported)
            for cell, column, item in align(header, amounts, row) if row_year is not None else ():
                add(_Figure(item, row_year, cell, row, header.unit or unit, column,
                            _how(part_name, platform_part, label), cell.text.strip(), year_doubt=doubt))
        elif header.kind == "across":
            named = _LABEL_YEAR.match(squash(label))  # a row per year: 「2023年度 | 1,476.24 | …」
            if (named is None and year is None) or not (platform_part or header.platform):
                continue
            for cell, column, item in align(header, amounts, row):
                add(_Figure(item, int(named["y"]) if named else year, cell, row, unit_from_header(column.text) or header.unit or unit,
                                       column, _how(part_name, platform_part, column.text), cell.text.strip()))
        elif header.kind == "assets":
            if not ASSETS.search(squash(label)) or NOT_ITEM.search(squash(label)):
                continue
            if not (platform_part or header.platform or "平台" in label):
                continue
            for cell, column, (item, column_year) in align(header, amounts, row):
                if (column_year or year) is None:
                    continue
                add(_Figure(item, column_year or year, cell, row, unit_from_header(label) or header.unit or unit,
                                       column, _how(part_name, platform_part, label), cell.text.strip()))
        elif header.kind in ("years", "periods"):
            item = in_part(item_of(label), heading_item) or total_of(label, heading_item)
            by_line = item is None and (_BY_LINE.search(heading) or ("收入" in heading and header.heads and re.search(
                r"业务|产品|板块", header.heads[0].text))) and re.search(r"平台(?:业务|服务)?$", squash(label))
            item = "revenue" if by_line else item  # 「主营业务收入按业务类别列示」: its 「…平台业务」 row is the platform's
            scoped = platform_part or header.platform or "平台" in label
            base, doubt = part_year(year, section_years, reported) if header.kind == "periods" else (0, "")
            doubt = "；".join(d for d in (doubt, f"按业务/产品分列的收入中“{label.strip()}”一行视为平台收入" if by_line else "") if d)
            if item is None and platform_part and base is not None and _SOLE_REVENUE.search(squash(label)) \
                    and not NOT_ITEM.search(squash(label)):
                sole.setdefault(part, []).extend(  # 「平台订阅及计算服务收入」 alone under 「平台业务收入明细」
                    (squash(label), _Figure("revenue", base + column_year, cell, row, unit_from_header(label) or header.unit or unit, column,
                            _how(part_name, platform_part, label), cell.text.strip(),
                            year_doubt=f"该部分仅“{label.strip()}”一行收入，视为平台营业收入"))
                    for cell, column, column_year in align(header, amounts, row))
            if item is None or not scoped or base is None:
                continue
            for cell, column, column_year in align(header, amounts, row):
                add(_Figure(item, base + column_year, cell, row, unit_from_header(label) or row_unit(header, row) or header.unit or unit,
                            column, _how(part_name, platform_part, label), cell.text.strip(), year_doubt=doubt))
        else:
            match = YEAR_CELL.match(squash(label_cells[0].text)) if label_cells else None
            scoped = platform_part or header.platform
            if match is None or not scoped:
                continue
            row_year = int(match.group("y"))
            for cell, column, item in align(header, amounts, row):
                add(_Figure(item, row_year, cell, row, unit_from_header(column.text) or header.unit or unit,
                                       column, _how(part_name, platform_part, column.text), cell.text.strip()))
    stated = {(f.item, f.year) for f in figures}
    for candidates in sole.values():  # one row of 收入 in the part: the platform's; several: its parts
        if len({label for label, _f in candidates}) == 1:
            figures += [f for _l, f in candidates if ("revenue", f.year) not in stated]
    return footnoted(drop_main_beside_whole(figures, lambda f: f.row.text.split(f.value_text)[0]), rows)


def _how(heading: str, heading_platform: bool, label: str) -> str:
    if "平台" in label:
        return f"栏目“{label.strip()}”注明平台口径"
    if heading_platform and ALL_PLATFORM_NOTE.match(squash(heading)):
        return f"表下注明“{heading}”"
    if heading_platform:
        return f"所在部分“{heading}”为平台业务"
    return "表头注明平台业务"


# --- sentences -----------------------------------------------------------------------------------

def _sentence_figures(document: Document) -> list[_Figure]:
    figures = []
    for stated in stated_figures(document):
        # 「公司工业互联网平台相关营业收入」: the words from the platform on name the item
        item = item_of(stated.words) or item_of("平台" + stated.words.rsplit("平台", 1)[-1])
        if item is None:
            continue
        figures.append(_Figure(item, stated.year, None, Row(page=stated.page, cells=(), source="line"), stated.unit,
                               None, f"正文“{stated.sentence[:60]}”注明平台口径", stated.value_text,
                               stated.citation, year_doubt=stated.year_doubt))
    return figures


def _ledger_figures(document: Document) -> list[_Figure]:
    """A ledger printed from an ERP (科目余额表, 部门辅助核算利润表: `evidence.ledger`) and a platform's
    revenue counted month by month (`evidence.period_totals.monthly_revenue`)."""
    return [_Figure(f.item, f.year, f.cell, f.row, f.unit, f.column,
                    f"会计系统打印的{'平台核算' if '平台' not in f.label else ''}账表：科目“{f.label}”本年累计",
                    f.cell.text.strip(), year_doubt=f.doubt) for f in ledger_figures(document)] \
        + [_Figure(f.item, f.year, f.cell, f.row, f.unit, f.column, f"平台收入按月统计表“{f.label}”的全年合计",
                   f.cell.text.strip(), year_doubt=f.doubt) for f in monthly_revenue(document)] \
        + [_Figure(f.item, f.year, f.cell, f.row, f.unit, f.column, f.label, f.cell.text.strip())
           for f in period_table_figures(document)]  # a table of periods: the year's column or row


# --- facts ---------------------------------------------------------------------------------------

def _fact(catalog: Catalog, field_id: str, component: str, figure: _Figure) -> EvidenceFact | None:
    if field_id == "platform_build_amount":  # a year's column of a cumulative figure: as at that year's end
        figure = replace(figure, year_doubt=figure.year_doubt or f"累计建设投入为{figure.year}年末数，截至填表日的累计数可能更大")
    quantity = parse_quantity(figure.value_text, whole=figure.cell is not None) if figure.cell is not None \
        else parse_quantity(figure.value_text)
    if quantity is None:
        return None
    unit = quantity.unit if quantity.unit in ("元", "万元", "亿元", "千元") else figure.unit
    status, note, normalized = "found", "", None
    if unit not in ("元", "万元", "亿元", "千元"):
        status, note = "ambiguous", "未注明金额单位，无法折算为万元"
    else:
        normalized = float(round(convert_money(quantity.value, unit, "万元"), 6))
    if figure.cell is not None:
        label_cell = next((c for c in figure.row.cells if c.text.strip() and not AMOUNT.match(c.text.strip())), None)
        citations = [figure.row.span_citation(label_cell.citation if label_cell else None, figure.cell.citation)]
        if figure.column is not None and figure.column.citation is not None:
            citations.append(figure.column.citation)
        method = "table_row" if figure.row.source == "table" else "text"
        confidence = 0.7 if figure.carried or figure.year_doubt else 0.95
    else:
        citations, method, confidence = [figure.citation], "text", 0.7 if figure.year_doubt else 0.85
    citations = tuple(c for c in citations if c is not None)
    if not citations:
        return None
    carried = (f"存疑：金额单位沿用上文的“{figure.unit}”，该部分未单独注明",) if figure.carried else ()
    carried += (f"存疑：{figure.year_doubt}",) if figure.year_doubt else ()
    read_by_ocr = figure.row.page.source == "ocr" or is_chart_row(figure.row)
    charted = ("图表中标注的数字（按图例与横轴读取）",) if is_chart_row(figure.row) else ()
    reasons = (figure.how, *charted, *carried, *((OCR_REASON,) if read_by_ocr else ()))
    return EvidenceFact(
        field_id=field_id, label=catalog.field(field_id).label, component=component, value=figure.value_text,
        unit=unit or "", normalized=normalized, scope="platform", year=figure.year,
        period=figure.column.text.strip() if figure.column is not None else f"{figure.year}年",
        confidence=confidence, reasons=reasons, status=status, method=method, citations=citations, note=note)
