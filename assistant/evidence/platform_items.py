"""What a label of a platform figure names as a whole: revenue, R&D, profit, 社会贡献 or the assets
at a moment — "平台相关营业收入（元）" is revenue, "平台订阅服务收入" a part of it and "营业收入增长率"
a rate. Shared by the tables and the sentences of `assistant.evidence.platform`.

Must not: read documents or decide a figure's period or unit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.text_keys import squash

NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
UNIT_PAREN = re.compile(r"[(（][^()（）]*[)）]")
# What may surround the item word in a label that names the item itself (not a part of it).
_FILLER = re.compile(r"工业互联网|平台|相关|业务|分部|营业|主营|总额|总计|合计|小计|总|本年|当年|全年|年度|报告期内?|期内|金额|数|实现|对外|的|"
                     r"其中[:：]?|相应|发生额?|人民币|(?<=平台)项目")  # 「平台项目研发投入」 (h76)
_ITEM_WORDS = (("revenue", re.compile(r"收入|营收")), ("rd", re.compile(r"研发(?:投入|费用|支出|经费)|研究(?:与|和)?(?:试验)?开发(?:费用|支出|投入|经费)|研究与试验发展(?:经费|支出)")),
               ("profit", re.compile(r"利润(?:总额)?|净利润")), ("social", re.compile(r"社会贡献(?:总额|总计)?")))
AMOUNT = re.compile(r"^[(（]?[-−－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[)）]?$")
_RD_PART = re.compile(r"(?:平台(?:相关|业务)?)?(?:研发(?:支出|投入|费用)?[—－\-－:：]?)?(?:其中[:：]?)?"
                      r"(?P<kind>费用|资本)化(?:支出|金额|研发支出|部分)?(?:金额|合计)?")
ASSETS = re.compile(r"资产总额|资产总计|总资产|平台(?:相关|业务){0,2}资产")
_BUILD = re.compile(r"(?:工业互联网)?平台(?:累计)?建设(?:累计)?(?:投入|投资)(?:金额|总额|合计)?")  # 「平台建设累计投入」 (h96)
NOT_ITEM = re.compile(r"率|比例|占比|增长|增速|成本|毛利|税|分配|人数|强度|预计|预算|计划|营业利润|营业外")


def item_of(label: str) -> str | None:
    """The item a label names as a whole: "平台相关营业收入（元）" → revenue; "平台订阅服务收入"
    (a part), "营业收入增长率" (a rate) → None."""
    whole = NUMBERING.sub("", squash(label))
    if ASSETS.search(whole) and not NOT_ITEM.search(whole):  # 平台业务资产总额（年初）: the bracket matters
        if "平均" in whole:
            return "assets_average"
        if re.search(r"年初|期初|上年末", whole):
            return "assets_start"
        if re.search(r"年末|期末|本年末", whole):
            return "assets_end"
        return None
    key = UNIT_PAREN.sub("", squash(label))
    key = NUMBERING.sub("", key)
    if not key or NOT_ITEM.search(key):
        return None
    if _BUILD.fullmatch(re.sub(r"[（(][^（）()]*[）)]", "", key)):  # 「五、平台累计建设投入（截至年末）」 (h76)
        return "build"
    # 「研发支出—费用化支出」, 「平台研发资本化支出」, a column 「费用化支出」 under 研发支出: R&D's two parts
    part = _RD_PART.fullmatch(key)
    if part is not None:
        return "rd_expensed" if part["kind"] == "费用" else "rd_capitalized"
    for item, word in _ITEM_WORDS:
        found = word.search(key)
        if found is None:
            continue
        rest = _FILLER.sub("", key[: found.start()] + key[found.end():])
        if rest in ("", "净", "投入", "费用"):
            return item
    return None


_HEADING_WORDS = re.compile(r"^(?:[一二三四五六七八九十\d]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])|附表\d*|表[一二三四五六七八九十\d]*"
                            r"|情况|明细|构成|数据|说明|[(（][^()（）]*[)）]"
                            r"|近[一二两三四五\d]年|(?<!部)分平台|按平台|各平台")  # 「近三年分平台营业收入」


def part_item(heading: str) -> str | None:
    """What a part's heading names, after its numbering and what stands before a colon or a dash
    (「附注十二：工业互联网平台相关业务收入」 → revenue, 「二、平台社会贡献情况」 → social)."""
    text = _HEADING_WORDS.sub("", re.split(r"[：:]|——", heading)[-1] or heading)
    # 「附表二：某某工业互联网平台业务收入构成」 (h76): from the platform on, what it is made up of
    composed = re.sub(r"(?:构成|明细|组成|结构)(?:表|情况)?$", "", "平台" + text.rsplit("平台", 1)[-1]) if "平台" in text else ""
    return item_of(text) or (item_of(composed) if composed else None)


def amount_cells(cells: list[tuple[int, object]]) -> list[tuple[int, object]]:
    """The cells holding amounts. A line of text set in two fonts comes in pieces: in
    「（ | 1 | ） | 2023 | 年度报告分部的财务信息」 the 1 is a numbering and the 2023 a year, not amounts."""
    found = []
    for k, (position, cell) in enumerate(cells):
        text = cell.text.strip()
        if not AMOUNT.match(text):
            continue
        if re.fullmatch(r"\d{1,4}", text):
            before = cells[k - 1][1].text.strip() if k else ""
            after = cells[k + 1][1].text.strip() if k + 1 < len(cells) else ""
            if after.startswith(("年", "月", "日", "）", ")", "、", ".")) or before.endswith(("（", "(", "第", "表", "图")):
                continue
        found.append((position, cell))
    return found


def in_part(item: str | None, heading_item: str | None) -> str | None:
    """Under a 社会贡献 heading the rows are its build-up: the 净利润 there is one of its parts, not
    the platform's profit of 平台利润率 (blind holdout 7 took it so and warned falsely)."""
    return None if heading_item == "social" and item in ("revenue", "rd", "profit") else item


def total_of(label: str, heading_item: str | None) -> str | None:
    """A 合计 row totals what its part's heading names: 「二、平台社会贡献情况」 … 「合计 | 1,557.21」."""
    return heading_item if re.fullmatch(r"(?:合\s*计|总\s*计)[:：]?", squash(label)) else None


def year_of(text: str) -> int | None:
    years = set(re.findall(r"(20\d{2})\s*年", text))
    return int(years.pop()) if len(years) == 1 else None


def part_year(year: int | None, section_years: set[int], reported: int | None) -> tuple[int | None, str]:
    """A 「项目 | 金额」 table's year: its heading's; else, doubted, the part's tables' one year or the report's."""
    if year is not None:
        return year, ""
    if len(section_years) == 1:
        (only,) = section_years
        return only, f"该表未写年度，沿用本部分上表的{only}年度"
    if reported is not None:
        return reported, f"该表未写年度，按报告期（{reported}年度）"
    return None, ""


EMPTY_VALUE = re.compile(r"^(?:[—–\-－―]+|/|／)$")  # a value column left empty


def split_year(words: str) -> tuple[str, int | None]:
    """A row label with its year in it (「平台营业收入2021年度」, 「2021年度」): the words without it and the year."""
    found = re.search(r"(20\d{2})\s*年(?:度)?", words)
    return (words[:found.start()] + words[found.end():], int(found.group(1))) if found else (words, None)


_MAIN = re.compile(r"主营")
_OTHER_INCOME = re.compile(r"其他业务")


def drop_main_beside_whole(figures: list, label_of) -> list:
    """Revenue of a year stated as 「平台主营业务收入」 beside the whole (「平台营业收入合计」, 「营业收入」) on
    one page is a part of it (主营 + 其他业务 = 营业收入, h44): keep the whole. Alone, 主营 is taken
    for the platform's revenue, doubted: it leaves out any 其他业务收入."""
    whole = {(f.year, f.row.page.number) for f in figures if f.item == "revenue"
             and not _MAIN.search(label_of(f)) and not _OTHER_INCOME.search(label_of(f))}
    out = []
    for f in figures:
        if f.item == "revenue" and _MAIN.search(label_of(f)):
            if (f.year, f.row.page.number) in whole:
                continue
            f = replace(f, year_doubt="；".join(d for d in (f.year_doubt, _MAIN_DOUBT) if d))
        out.append(f)
    return out


_MAIN_DOUBT = "证明材料所列为主营业务收入，营业收入还含其他业务收入"
