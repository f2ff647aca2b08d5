"""Lists of industrial APPs (an 应用市场 printed from the browser, an APP 清单): 「# | 应用名称 | 分类 |
部署 | 订阅数 | 上架日期」 over pages, a 合计 row under the 订阅数 column, a line 「共 198 个应用（公有云部署
121 个…）」 above. Gives 工业APP数量 (the items counted by 序号, checked against a printed 共N个),
其中公有云工业APP数量 (the items whose 部署 cell says 公有云) and 工业APP订阅总数量 (the 合计 of the
订阅 column, checked against the sum of its rows).

Must not: read certificate or device lists (their modules do), or compare with the form.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import ListBlock
from assistant.evidence.lists.cells import cite_row, count_in
from assistant.evidence.lists.confidence import (
    AMBIGUOUS,
    CLEAN,
    DOUBTFUL,
    SURE,
    count_fact,
    has_field,
)
from assistant.evidence.lists.scan import Scan
from assistant.evidence.lists.scope import as_of_text
from assistant.evidence.lists.status import gone_rows
from assistant.values.numbers import convert_money, parse_quantity

_SAID = re.compile(r"共\s*(\d[\d,]*)\s*(?:个|款)\s*(?:工业)?(?:应用|APP)"
                   r"|(?:全部|所有|已上架|上架|在架)(?:工业)?(?:应用|APP)\s*[（(:：]?\s*(\d[\d,]*)\s*(?:个|款)?\s*[)）]?",
                   re.IGNORECASE)
_SUBSCRIPTIONS = re.compile(r"订阅(?:数|量|次数|用户数)")
_DEPLOYMENT = re.compile(r"部署")
_KIND = re.compile(r"开发方式|开发类型|应用类型|^类型$|来源|形态|性质")
# the parts the form asks beside the total: (field, the column's word, a cell's word, the summary's word)
_PARTS = (("apps_public_cloud", _DEPLOYMENT, r"公有云", r"公有云(?:部署)?"),
          ("apps_platform_native", _KIND, r"基于平台|平台(?:原生|自主)?开发|原生开发|自主开发|自研",
           r"基于平台(?:开发|研发)的?(?:工业)?(?:APP|应用)?|平台原生(?:开发)?(?:APP|应用)?"),
          ("apps_cloudified_software", _KIND, r"云化", r"云化(?:工业)?软件"))


def app_facts(scan: Scan, catalog: Catalog) -> list[EvidenceFact]:
    # (a ranking of some of the APPs — 「排名 | APP名称 | 订阅数量」 on a 「杀手锏APP」 sheet — is no list of them all, h94)
    blocks = [b for b in scan.blocks if b.kind == "app" and b.entries and not _selection(b)]
    if not blocks:
        return []
    entries = [e for b in blocks for e in b.entries]
    gone = [g for b in blocks if (g := gone_rows(b)) is not None]
    dropped = {id(e) for rows, _column in gone for e in rows}
    # a list of the withdrawn alone (「下架」 sheet: 下架日期 on every row): the record, its 合计 no count of APPs
    blocks = [b for b in blocks if not all(id(e) in dropped for e in b.entries)]
    if not blocks:
        return []
    entries = [e for e in entries if id(e) not in dropped]
    ocr = any(e.row.page.source == "ocr" for e in entries)
    doubts = [f"序号不连续（缺第{'、'.join(str(n) for n in b.missing[:5])}号）" for b in blocks if b.missing]
    doubts += ["列表由OCR识别，数字可能有误差"] if ocr else []
    common = {"scope": "platform", "as_of": as_of_text(scan), "method": "list_count"}
    facts = []
    # a page's tabs over the list (「全部应用（84） 公有云部署 私有化部署」) read as a header of no rows: said too
    said = next(((int((m.group(1) or m.group(2)).replace(",", "")), row)
                 for b in scan.blocks if b in blocks or not b.entries
                 for row in [*b.notes, *(h.row for h in b.headings), *((b.header.row,) if not b.entries else ())]
                 if (m := _SAID.search(squash(row.text)))), None)
    closing = _closing_total(blocks) if said is None else None
    said = said or closing  # 「合计：170 个」 under the list says its count too
    if not blocks[0].serial and (said is None or said[0] != len(entries)):
        doubts.append("列表未印序号，按行计数")
    spec = catalog.field("apps_total")
    reasons = [f"应用列表按序号逐行计数 {len(entries)} 行"]
    ledger = _ledger(blocks, scan)
    if ledger:  # the APPs subscribed to, not every APP on the platform: a part, compared with nothing (h86)
        reasons.append(f"“{ledger}”为订阅台账，只列有订阅的APP，按部分口径记录，不与工业APP总数比较")
        common = {**common, "scope": "segment"}
    elif ocr and not blocks[0].serial and said is None:
        # an app store's page captured as a picture: the rows in view, neither numbered nor totalled, are no count
        # of every APP (7 rows beside 212 declared on h18's clean package)
        reasons.append("截图所见的列表未印序号和总数，所见行数只是列表的一部分，不与工业APP总数比较")
        common = {**common, "scope": "segment"}
    reasons += [f"“{column}”列注明已下架/注销等的 {len(rows)} 行不计入" for rows, column in gone]
    status, confidence = "found", CLEAN
    if said is not None and said[0] == len(entries):
        reasons.append(f"与“{said[1].text.strip()}”一致")
        confidence = SURE
    elif said is not None:
        status = "ambiguous"
        doubts = [*doubts, f"“{said[1].text.strip()}”印 {said[0]}，与逐行计数 {len(entries)} 行不一致"]
    cites = (cite_row(said[1]) if said else None, cite_row(entries[-1].row))
    if closing is not None and closing[0] != len(entries):
        cites = cites[::-1]  # the rows' count stands on its last row; the 合计 has a reading of its own below
    citations = tuple(c for c in cites if c is not None)
    facts.append(count_fact(spec, str(len(entries)), len(entries), confidence, reasons, doubts, status, citations, common))
    if closing is not None and closing[0] != len(entries) and (cited := cite_row(closing[1])) is not None:
        # the printed 合计 as a reading of its own (h46: category 小计 carried into it, rows fewer)
        facts.append(count_fact(spec, str(closing[0]), closing[0], AMBIGUOUS, [f"清单所印“{closing[1].text.strip()}”"],
                                [*doubts, f"逐行计数为 {len(entries)} 行，与所印合计不一致"], "ambiguous", (cited,),
                                {**common, "period": "合计"}))
    facts += _parts(blocks, entries, scan.notes, catalog, confidence, doubts, common)
    facts += _subscriptions(blocks, entries, catalog, doubts, {**common, "scope": "platform"})
    facts += _subscription_amount(blocks, entries, catalog, doubts, {**common, "scope": "platform"})
    facts += _killer_subtotal(blocks, catalog, {**common, "scope": "platform"})
    return facts


_LEDGER = re.compile(r"订阅(?:台账|明细|情况|统计)")


_SELECTION = re.compile(r"杀手锏|TOP\s*\d|前[三五十]|排行|排名", re.IGNORECASE)


def _selection(block: ListBlock) -> bool:
    """A list of some of the APPs picked out: ranked (its first column 排名/排行), or headed as the killer APPs or a
    top N — by its heading, the lines over it, or the sheet it is on."""
    first = squash(block.header.columns[0].text) if block.header.columns else ""
    sheet = (block.header.row.cells[0].citation.locator.split("!")[0]
             if block.header.row.cells and block.header.row.cells[0].citation and "!" in block.header.row.cells[0].citation.locator
             else "")
    words = [first, sheet, *(h.row.text for h in block.headings), *(r.text for r in block.notes[-2:] if len(squash(r.text)) <= 20)]
    return bool(re.fullmatch(r"排名|排行|名次|TOP", first, re.IGNORECASE)) or any(_SELECTION.search(squash(w)) for w in words[1:])


def _ledger(blocks: list[ListBlock], scan: Scan) -> str:
    """The title or heading that calls the list a ledger of subscriptions (「工业APP订阅台账汇总」), or ""."""
    lines = [r.text.strip() for r in scan.title_rows[:4]]
    lines += [h.row.text.strip() for b in blocks for h in b.headings] + [r.text.strip() for b in blocks for r in b.notes]
    return next((line for line in lines if _LEDGER.search(squash(line))), "")


def _parts(blocks: list[ListBlock], entries, notes, catalog: Catalog, confidence: float, doubts: list[str],
           common: dict) -> list[EvidenceFact]:
    """其中公有云 (the items whose 部署 cell says 公有云), 基于平台开发 and 云化工业软件 (the items whose
    开发方式 cell says so), each cited also where the list's summary line prints the same count
    (「其中：基于平台开发的工业APP 238 个；云化工业软件 148 个；公有云部署 226 个」)."""
    facts = []
    said = [row for b in blocks for row in [*b.notes, *(h.row for h in b.headings), *(t.row for t in b.totals)]]
    said += notes  # the lines under the list
    for field_id, header, cell, summary in _PARTS:
        column = next((c for c in blocks[0].header.columns if header.search(squash(c.text))
                       and (header is _DEPLOYMENT or not _DEPLOYMENT.search(c.text))), None)
        if column is None or not has_field(catalog, field_id):
            continue
        items = [e for e in entries if e.cells and column.slot in e.cells
                 and re.search(cell, squash(e.cells[column.slot].text), re.IGNORECASE)]
        if not items:
            continue
        stated = next((row for row in said if (m := re.search(rf"(?:{summary})\s*[:：]?\s*(\d[\d,]*)\s*(?:个|款)",
                                                               squash(row.text), re.IGNORECASE))
                       and int(m.group(1).replace(",", "")) == len(items)), None)
        facts.append(count_fact(catalog.field(field_id), str(len(items)), len(items), confidence,
                                [f"“{column.text}”列为{cell.split('|')[0].replace('(?:', '')}的应用 {len(items)} 行"],
                                doubts, "found", tuple(c for c in (cite_row(stated) if stated else None,
                                                                   cite_row(items[-1].row)) if c is not None), common))
    return facts


def _closing_total(blocks: list[ListBlock]) -> tuple[int, object] | None:
    """The count a list's last 合计 row prints in its label (「合计：170 个」): one number, none under a
    column (a 合计 row summing the 订阅数 column counts subscriptions, not APPs)."""
    total = next((t for b in reversed(blocks) for t in reversed(b.totals)), None)
    if total is None or not total.row.cells:
        return None
    numbers = re.findall(r"\d[\d,]*", squash(total.row.text))
    in_label = re.findall(r"\d[\d,]*", squash(total.row.cells[0].text))
    return (int(numbers[0].replace(",", "")), total.row) if len(numbers) == 1 and in_label == numbers else None


def _subscriptions(blocks: list[ListBlock], entries, catalog: Catalog, doubts: list[str], common: dict) -> list[EvidenceFact]:
    column = next((c for c in blocks[0].header.columns if _SUBSCRIPTIONS.search(c.text)), None)
    totals = [t for b in blocks for t in b.totals]
    if column is None or not totals or not has_field(catalog, "app_subscriptions"):
        return []
    total = totals[-1]
    if column.slot in total.values:
        numbers = [(total.values[column.slot][0], total.values[column.slot][1].text)]
    else:  # 「合计 4,218」: the one number of the row is the column's
        numbers = [(n, c.text) for c in total.row.cells if (n := count_in(c.text)) is not None]
    if len(numbers) != 1:
        return []
    printed, printed_text = numbers[0]
    rows = [count_in(e.cells[column.slot].text) if e.cells and column.slot in e.cells else None for e in entries]
    reasons = [f"应用列表“{column.text}”列的合计行"]
    confidence = DOUBTFUL
    if None not in rows and sum(rows, Decimal(0)) == printed:
        reasons.append(f"与 {len(rows)} 行之和一致")
        confidence = SURE
    else:
        doubts = [*doubts, "未能以各行之和核对合计"]
    citations = tuple(c for c in (cite_row(total.row),) if c is not None)
    return [count_fact(catalog.field("app_subscriptions"), printed_text.strip(), int(printed), confidence,
                  reasons, doubts, "found", citations, {**common, "period": "合计"})]  # the printed 合计


_AMOUNT = re.compile(r"订阅.{0,4}(?:金额|收入)[^()（）]*[（(](?P<unit>万元|元|千元)[)）]")


def _subscription_amount(blocks: list[ListBlock], entries, catalog: Catalog, doubts: list[str],
                         common: dict) -> list[EvidenceFact]:
    """The 合计 of the list's 订阅金额 column in its unit (「累计订阅金额（万元）」 over 「合计 | 214 | 386.50」, h94):
    工业APP订阅总金额, checked against the sum of its rows."""
    column = next((c for c in blocks[0].header.columns if _AMOUNT.search(squash(c.text))), None)
    totals = [t for b in blocks for t in b.totals]
    if column is None or not totals or not has_field(catalog, "app_subscription_amount"):
        return []
    cell = totals[-1].values.get(column.slot, (None, None))[1] if column.slot in totals[-1].values else None
    cell = cell or (totals[-1].row.cells[column.slot] if column.slot < len(totals[-1].row.cells) else None)
    printed = parse_quantity(cell.text, whole=True) if cell is not None else None
    if printed is None or printed.unit not in (None, "万元", "元", "千元"):
        return []
    unit = _AMOUNT.search(squash(column.text))["unit"]
    rows = [parse_quantity(e.cells[column.slot].text, whole=True) if e.cells and column.slot in e.cells else None
            for e in entries]
    summed = None if None in rows else sum((q.value for q in rows), Decimal(0))
    sure = summed is not None and abs(summed - printed.value) < Decimal("0.005")
    wan = convert_money(printed.value, printed.unit or unit, "万元")
    reasons = [f"应用列表“{column.text.strip()}”列的合计行", *([f"与 {len(rows)} 行之和一致"] if sure else [])]
    citations = tuple(c for c in (cell.citation if cell is not None else None, cite_row(totals[-1].row)) if c is not None)
    fact = count_fact(catalog.field("app_subscription_amount"), cell.text.strip(), 0, SURE if sure else DOUBTFUL, reasons,
                      doubts if sure else [*doubts, "未能以各行之和核对合计"], "found", citations, {**common, "period": "合计"})
    return [fact.model_copy(update={"normalized": float(round(wan, 6)), "unit": "万元"})]


def _killer_subtotal(blocks: list[ListBlock], catalog: Catalog, common: dict) -> list[EvidenceFact]:
    """「杀手锏APP小计（前5名） | 1184」 closing a list's 订阅数 column (h97): 杀手锏工业APP订阅数量, as the list prints it."""
    column = next((c for c in blocks[0].header.columns if _SUBSCRIPTIONS.search(c.text)), None)
    if column is None or not has_field(catalog, "killer_app_subscriptions"):
        return []
    for entry in (e for b in blocks for e in [*b.subtotals, *b.totals]):
        cells = [c for c in entry.row.cells if c.text.strip()]
        if not cells or "杀手锏" not in squash(cells[0].text) or not re.search(r"小计|合计|共计", squash(cells[0].text)):
            continue
        numbers = [(n, c) for c in cells[1:] if (n := count_in(c.text)) is not None]
        if len(numbers) != 1 or numbers[0][1].citation is None:
            continue
        value, cell = numbers[0]
        return [count_fact(catalog.field("killer_app_subscriptions"), cell.text.strip(), int(value), DOUBTFUL,
                           [f"应用列表“{squash(cells[0].text)}”行、“{column.text.strip()}”列"], [], "found",
                           (cell.citation, *filter(None, (cite_row(entry.row),))), {**common, "period": "合计"})]
    return []
