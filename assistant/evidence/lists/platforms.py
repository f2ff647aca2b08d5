"""Device tables that list several platforms side by side: only the applicant's platform's rows are
its figures.

A company running two platforms (or a 联合申报 consortium's, or a group's) prints one statistics table
with a 所属平台 column: each platform's rows, a 「<平台> 小计」 row under each, and a 「两平台合计」 at the
end. The last is no figure of any one platform. Given the names the applicant goes by (the 申报表's
平台名称, its 封面 name), the rows and the 小计 of the platform that answers to one of them are kept as
the table; when no platform of the column answers (or two do), nothing of the table is the
platform's and it gives no facts rather than a total of several platforms.

Must not: read rows (the scan does) or compare with the form.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import Entry, ListBlock
from assistant.evidence.lists.cells import count_in
from assistant.evidence.lists.totals import TotalRow

PLATFORM_COLUMN = re.compile(r"^(?:所属|所在|归属|对应|接入)?平台(?:名称)?$")
_TOTAL_WORDS = re.compile(r"(?:小计|合计|总计)$")
_QUOTES = re.compile(r"[“”\"'‘’「」《》()（）\s]")


def own_platform(block: ListBlock, names: tuple[str, ...]) -> tuple[ListBlock | None, str]:
    """(the block to read, why) — the block itself, and no reason, when it has no platform column
    naming two or more platforms; None when none (or more than one) of them is the applicant's."""
    column = next((c for c in block.header.columns if PLATFORM_COLUMN.match(c.text)), None)
    if column is None:
        return block, ""

    def platform(entry: Entry) -> str:
        cell = (entry.cells or {}).get(column.slot)
        return _TOTAL_WORDS.sub("", _QUOTES.sub("", squash(cell.text))) if cell is not None else ""

    def subtotal(entry: Entry) -> bool:
        cell = (entry.cells or {}).get(column.slot)
        return cell is not None and bool(_TOTAL_WORDS.search(squash(cell.text)))

    platforms = {p for e in (*block.entries, *block.subtotals) if (p := platform(e))}
    if len(platforms) < 2:
        return block, ""
    ours = [p for p in platforms if answers_to(p, names)]
    if len(ours) != 1:
        return None, ""
    own = ours[0]
    rows = [e for e in block.entries if platform(e) == own and not subtotal(e)]
    closing = next((e for e in (*block.entries, *block.subtotals) if platform(e) == own and subtotal(e)), None)
    single = closing is None and len(rows) == 1
    if single:
        closing = rows[0]  # one row a platform (a group's letter: 「平台名称 | 运营单位 | 接入设备」, h34): that row is its figure
    totals = []
    if closing is not None and closing.cells:
        values = {slot: (number, cell) for slot, cell in closing.cells.items()
                  if slot != column.slot and (number := count_in(cell.text)) is not None}
        totals = [TotalRow(row=closing.row, kind=None, values=values)] if values else []
    why = f"表中列有 {len(platforms)} 个平台，按“{column.text}”列只取本平台（{own}）的" + ("一行" if single else "行及其小计")
    return replace(block, entries=rows, totals=totals, subtotals=[]), why


def other_platform(block: ListBlock, scan, names: tuple[str, ...]) -> bool:
    """A list headed (or on a worksheet named) for a platform the applicant's names do not answer to:
    「欧冶循环物资交易平台服务企业」 beside 「欧贝平台服务企业」 in one workbook — another platform's list.
    A file whose lists name one platform only, not in the form's words (「宝武装备设备远程运维平台运营管理
    系统—服务企业清单」, the operator's export of its own platform, h78), is the applicant's."""
    if not names:
        return False
    named = _platforms_named(block, scan)
    if not named or any(answers_to(p, names) for p in named):
        return False
    in_file = {p for other in scan.blocks for p in _platforms_named(other, scan)}
    return len(in_file) > 1 or any(answers_to(p, names) for p in in_file)


def _platforms_named(block: ListBlock, scan) -> list[str]:
    """The platforms a list's headings (or its worksheet's name) name, each cut after 平台."""
    tables = scan.document.tables if scan.document.pagination == "sheets" else ()
    index = block.header.row.table_index
    titles = [tables[index].locator] if index is not None and index < len(tables) else []
    titles += [h.row.text.strip() for h in block.headings]
    return [re.sub(r"平台.*$", "平台", squash(t)) for t in titles if re.search(r"[\u4e00-\u9fff]{2,}平台", t)]


def answers_to(platform: str, names: tuple[str, ...]) -> bool:
    """Whether a table's platform cell or column header names the applicant's platform."""
    platform = _TOTAL_WORDS.sub("", _QUOTES.sub("", squash(platform)))
    if platform in ("本平台", "申报平台"):
        return True
    for name in names:
        key = _QUOTES.sub("", squash(name))
        if len(key) >= 4 and (key == platform or key in platform or (len(platform) >= 6 and platform in key)):
            return True
    return False
