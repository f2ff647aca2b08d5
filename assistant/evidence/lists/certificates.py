"""Certificate lists → counts: per kind (专利 → patents, 软件著作权 → software_copyrights, 奖项/荣誉
→ awards) the items counted by 序号 over the file's lists of that kind, checked against every
count printed for it — 共N项 in a heading, a 合计 row (「合计：发明专利12项，实用新型12项，共24
项」), a sentence before the list (「其中专利12项，软件著作权36项」) — with each doubt (gaps,
misnumbered rows, OCR, an unruled list without a total, a kind known only from the title or the
file name, rows of a mixed list of unknown kind) as a 「存疑」 reason.

Must not: compare with the form (the checks do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import Entry, ListBlock
from assistant.evidence.lists.cells import cite_row
from assistant.evidence.lists.confidence import (
    AMBIGUOUS,
    CLEAN,
    DOUBTFUL,
    OCR_CAP,
    SURE,
)
from assistant.evidence.lists.headings import PRINTED, printed_count
from assistant.evidence.lists.items import split_mixed
from assistant.evidence.lists.pending import (
    kind_notes,
    pending_entries,
    pending_heading,
)
from assistant.evidence.lists.scan import Scan
from assistant.evidence.lists.scope import as_of_text, not_counted, part_heading
from assistant.evidence.lists.totals import TotalRow

CERTIFICATE_FIELDS = {"patent": "patents", "software": "software_copyrights", "award": "awards",
                      # lists of named things the notice counts the same way (h30, h41): one row one park,
                      # one 市级智能工厂, one partner platform
                      "park": "industrial_parks_served", "factory": "smart_factories_served",
                      "partner": "partner_platforms", "solution": "solutions_total",  # one row one 解决方案 (h41)
                      "index": "featured_indices"}  # one row one 特色指数 (h83)
_KIND_ZH = {"patent": "专利", "software": "软件著作权", "award": "奖项/荣誉", "park": "服务园区", "factory": "智能工厂",
            "partner": "合作平台", "solution": "解决方案", "index": "特色指数"}
# A sentence of certificates not held (yet), or of a year's increase: no count of them.
NOT_HELD = re.compile(r"申请|受理|审查|预计|计划|拟|新增|本年|当年|目标")
# Counts said in a sentence before a list: 「共获得知识产权48项，其中专利12项，软件著作权36项」.
NOTE_COUNTS = {"patent": re.compile(r"(?<![明型计])专利(?:共|合计|共计|总数)?为?(\d+)(?:项|件)"),
               "software": re.compile(r"(?:软件著作权|软著)(?:共|合计|共计|总数)?为?(\d+)(?:项|件|个)"),
               "award": re.compile(r"(?:奖项|荣誉)(?:共|合计|共计|总数)?为?(\d+)(?:项|个)"),
               "park": re.compile(r"园区(?:共|合计|共计|总数)?为?(\d+)(?:个|家)"),
               "factory": re.compile(r"智能工厂(?:共|合计|共计|总数)?为?(\d+)(?:个|家)"),
               "partner": re.compile(r"合作平台(?:共|合计|共计|总数)?为?(\d+)(?:个|家)"),
               "solution": re.compile(r"解决方案(?:共|合计|共计|总数)?[:：]?为?(\d+)(?:个|项|套)"),
               "index": re.compile(r"特色指数[（(]?(?:共|合计|共计|总数)?[:：]?为?(\d+)(?:个|项)")}


@dataclass
class _Printed:
    value: int
    citation: Citation | None
    quote: str
    block_count: int  # items of its kind in the block it belongs to


def certificate_facts(scan: Scan, catalog: Catalog) -> list[EvidenceFact]:
    parts: dict[str, list[tuple[ListBlock, list[Entry]]]] = {}
    for block in scan.blocks:
        split_mixed(block)
        if block.kind in CERTIFICATE_FIELDS:
            parts.setdefault(block.kind, []).append((block, block.entries))
        elif block.kind == "ip":
            for kind in ("patent", "software"):
                entries = [e for e in block.entries if e.kind == kind]
                if entries or any(t.kind == kind for t in block.totals):
                    parts.setdefault(kind, []).append((block, entries))
    facts = []
    for kind, found in parts.items():
        # a subsidiary's, shown for the record; applications not granted, listed apart
        why = {id(b): not_counted(b) or (pending_heading(b) if kind in ("patent", "software") else "")
               for b, _e in found}
        aside = [(b, e) for b, e in found if why[id(b)]]
        found = [(b, e) for b, e in found if not why[id(b)]]
        fact = _count_fact(kind, found, scan, catalog) if found else None
        if fact is not None:
            said = [f"另列 {len(e)} 项（“{why[id(b)][:40]}”）不计入" for b, e in aside]
            facts.append(fact.model_copy(update={"reasons": (*fact.reasons, *said)}) if said else fact)
    return facts


_BARE_COUNT = re.compile(r"^(?:共|共计|合计|总计)[:：]?(\d+)(?:项|件|个|份)(?:[（(]|$)")


def _count_fact(kind: str, found: list[tuple[ListBlock, list[Entry]]], scan: Scan,
                catalog: Catalog) -> EvidenceFact | None:
    spec = catalog.field(CERTIFICATE_FIELDS[kind])
    count = sum(len(entries) for _b, entries in found)
    printed: list[_Printed] = []
    ip_mismatch = []
    every = sum(len(b.entries) for b in scan.blocks if b.kind in ("patent", "software", "ip"))
    for block, entries in found:
        for heading in block.headings:
            if heading.printed and heading.kind in (None, kind):
                printed.append(_Printed(heading.printed[0], cite_row(heading.row), heading.row.text.strip(), len(entries)))
        for row in block.notes:
            for match in NOTE_COUNTS[kind].finditer(squash(row.text)):
                printed.append(_Printed(int(match.group(1)), cite_row(row), row.text.strip(), len(entries)))
            if block.kind == kind and (bare := _BARE_COUNT.match(squash(row.text))):
                # 「共64项」 on its own line under 「授权专利清单」 (a scan, h85): the list's own count, its kind unsaid
                printed.append(_Printed(int(bare.group(1)), cite_row(row), row.text.strip(), len(entries)))
        for total in block.totals:
            value = _total_count(total)
            if value is None or (value == every != len(block.entries) and total.kind is None):
                continue  # 「知识产权合计：70项」 under the last list: the file's patents and 软著 together
            if total.kind == kind or (total.kind is None and block.kind != "ip"):
                printed.append(_Printed(value, cite_row(total.row), total.row.text.strip(), len(entries)))
            elif total.kind is None and block.kind == "ip" and value != len(block.entries):
                ip_mismatch.append(f"清单合计“{total.row.text.strip()}”与逐行计数 {len(block.entries)} 行不一致")
    own = {id(row) for block, _e in found for row in block.notes}
    # A sentence elsewhere in the file (「累计取得授权专利42项…、计算机软件著作权88项」 before the patent
    # list) says the count of this kind too; one of applications or a year's increase does not.
    # So does a title over the file's lists of both kinds (「知识产权清单（专利9项、软件著作权41项）」, h12).
    titles = list({id(h.row): h.row for b in scan.blocks for h in b.headings if h.kind in (None, "ip")}.values())
    for row in [r for b in scan.blocks for r in b.notes] + scan.notes + titles:
        text = squash(row.text)
        for match in NOTE_COUNTS[kind].finditer(text) if id(row) not in own else ():
            if not NOT_HELD.search(re.split(r"[，,。；;]", text[:match.start()])[-1]):
                printed.append(_Printed(int(match.group(1)), cite_row(row), row.text.strip(), count))
    reasons: list[str] = []
    doubts: list[str] = []
    status = "found"
    note = ""
    value = count
    unit = next((m.group(2) or m.group(4) for p in printed if (m := PRINTED.search(squash(p.quote)))), "") \
        or next((u for p in printed if (u := _unit_in(p.quote))), "")
    disagree = [p for p in printed if p.value not in (p.block_count, count)]
    by = "按序号" if all(block.serial for block, _e in found) else "按专利号/登记号"  # a list printed without 序号
    if count == 0:
        if not printed:
            return None
        value = printed[0].value
        doubts.append(f"未能逐行计数，仅依据印出的“{printed[0].quote}”")
    elif disagree and (excerpt := _excerpt(found, scan)) and all(p.value > count for p in disagree) \
            and len({p.value for p in disagree}) == 1:
        # 「一、专利清单（共64项）」 over 6 rows and 「（其余条目见附件原件）」: an excerpt of the list — the
        # count is the printed one, which its rows cannot confirm
        value = disagree[0].value
        reasons.append(f"清单为节选（“{excerpt}”），列出 {count} 行，按所印“{disagree[0].quote}”记为 {value}")
        doubts.append("节选清单无法逐行核对总数")
    elif disagree and (gap := [n for block, _e in found for n in block.missing]) \
            and all(p.value == count + len(gap) for p in disagree):
        # 「上海市科技进步奖二等奖（…） 3 上海市人民政府 …」: a wrapped name moved its 序号 off the line's start, so the
        # row was not read — the printed total is the last 序号 (h96): counted so, doubted
        value = disagree[0].value
        reasons.append(f"清单所印“{disagree[0].quote}”与最后序号 {value} 一致")
        doubts.append(f"第{'、'.join(str(n) for n in gap[:5])}号所在行未能逐行识别，按所印合计与最后序号计 {value} 项")
    elif disagree:
        status = "ambiguous"
        said = "；".join(f"“{p.quote}”印 {p.value}" for p in disagree)
        note = f"清单{by}计数 {count} 行，{said}，二者不一致"
        doubts.append(note)
    elif printed:
        reasons.append(f"清单{by}逐行计数 {count} 行，与“{printed[0].quote}”一致")
    entries = [e for _b, es in found for e in es]
    missing = [n for block, _e in found for n in block.missing]
    scanned = any(e.row.page.source == "ocr" for _b, es in found for e in es)
    if missing and scanned and not printed and status == "found" and len(missing) <= max(1, count // 20):
        # a scanned list whose 序号 skip one in the middle: OCR lost that row more likely than the
        # applicant skipped a number — counted to its last 序号, doubted
        shown = "、".join(str(n) for n in missing[:5])
        value = count + len(missing)
        doubts.append(f"扫描清单未识别出第{shown}号所在行，按最后序号计 {value} 项（按实有行为 {count} 行）")
    elif missing and value == count:
        shown = "、".join(str(n) for n in missing[:5])
        doubts.append(f"序号不连续（缺第{shown}号），按实有行计数 {count} 行")
        if not any(p.value == count for p in printed):
            status = "ambiguous"
            note = note or f"按实有行计数 {count} 行，按最后序号为 {count + len(missing)} 项"
    misnumbered = [m for block, _e in found for m in block.misnumbered]
    if misnumbered:
        shown = "、".join(f"第{place}行印为“{as_printed}”" for place, as_printed in misnumbered[:5])
        doubts.append(f"序号异常（{shown}），按位置计数")
    # an award's 获奖单位 may be the platform: only patents and 软著 have a 权利人 that must be the applicant
    main, others = _held_by_others(found) if kind in ("patent", "software") else ("", [])
    lead = None
    if others and count:
        holders = "、".join(dict.fromkeys(squash(holder) for _e, holder in others))
        reasons.append(f"清单中 {len(others)} 项的权利人为“{holders}”，其余 {count - len(others)} 项为“{squash(main)}”")
        subtotals = [e.row for b, _e in found for e in b.subtotals]
        own = [row for row in subtotals if (n := printed_count(squash(row.text))) and n[0] == count - len(others)]
        if own:  # the list's own 小计 counts the holder's items apart (「本平台专利…小计：共18项」): that is its count
            value, others = count - len(others), []
            reasons.append(f"清单所印“{own[0].text.strip()}”即权利人“{squash(main)}”持有的项数")
            lead = cite_row(own[0])
    lapsed = [e for e in entries if _lapsed(e)]
    pending = []
    if kind in ("patent", "software"):
        notes = [r.text for b in scan.blocks for r in (*b.notes, *b.preface)] + [r.text for r in scan.notes]
        serials = kind_notes(notes, kind)
        pending = [e for block, es in found for e in pending_entries(block, es, serials)]
    if pending:
        where = "、".join(f"第{e.serial}项" for e in pending[:5] if e.serial is not None)
        reasons.append(f"清单注明尚未授权的申请有 {len(pending)} 项{f'（{where}）' if where else ''}")
    if lapsed:
        where = "、".join(f"第{e.serial}项" for e in lapsed[:5] if e.serial is not None)
        reasons.append(f"清单注明已到期/失效的有 {len(lapsed)} 项{f'（{where}）' if where else ''}")
    ruled = bool(entries) and all(e.row.source == "table" for e in entries)
    if count and not printed and not missing:
        if ruled and by == "按序号":
            reasons.append(f"清单按序号 1–{count} 连续计数 {count} 行，未印合计")
        elif ruled:
            doubts.append(f"清单无序号，{by}计数 {count} 行，未印合计，无法核对")
        else:
            doubts.append(f"无表格线的清单按序号计数 {count} 行，未印合计，无法核对")
    ocr = any(e.row.page.source == "ocr" for e in entries)
    if ocr:
        doubts.append("清单行由OCR识别，行数可能有误差")
    kinds_from = {block.kind_from for block, _e in found}
    if "file" in kinds_from:
        doubts.append(f"清单类型仅由文件名“{scan.file_name}”推断")
    elif "title" in kinds_from:
        reasons.append("清单类型依据文件标题")
    doubts += ip_mismatch
    unknown = sum(1 for block, _e in found if block.kind == "ip" for e in block.entries if e.kind == "other")
    if unknown:
        doubts.append(f"混合清单中有 {unknown} 行未能判断属于专利还是软件著作权")
    part = "" if value != count and any("节选" in r for r in reasons) else part_heading([b for b, _e in found], scan)
    if part:
        reasons.append(f"“{part}”表明清单只列出一部分，按部分口径记录，不与申报总数比较")
    if len(found) > 1:
        reasons.append(f"同一文件中{_KIND_ZH[kind]}分 {len(found)} 个清单，合并计数")
    confidence = SURE if printed and not disagree else CLEAN
    if doubts:
        confidence = min(confidence, DOUBTFUL)
    if ocr:
        confidence = min(confidence, OCR_CAP)
    if status == "ambiguous":
        confidence = min(confidence, AMBIGUOUS)
    citations = [c for c in [lead, *(p.citation for p in printed)] if c is not None]
    citations += [c for _b, es in found if es and (c := cite_row(es[-1].row)) is not None]
    citations = list(dict.fromkeys(citations))
    if not citations:
        return None
    return EvidenceFact(field_id=spec.id, label=spec.label, value=str(value), unit=unit or spec.unit or "",
                        normalized=value, scope="segment" if part else "platform", as_of=as_of_text(scan), dimension="total",
                        confidence=confidence, reasons=tuple(reasons + [f"存疑：{d}" for d in doubts]),
                        status=status, method="list_count", citations=tuple(citations),
                        note=note or (reasons[0] if reasons else f"清单列出 {count} 行（按序号计数）"),
                        held_by_others=len(others) if count else 0, holder=main if others and count else "",
                        other_holders=tuple(dict.fromkeys(squash(h) for _e, h in others)) if count else (),
                        lapsed=len(lapsed), pending=len(pending))


_EXCERPT_LINE = re.compile(r"其余.{0,12}(?:见|详见|略)|以下(?:从)?略|[（(]略[)）]|余下.{0,8}见|(?:节选|摘录)")


def _excerpt(found: list[tuple[ListBlock, list[Entry]]], scan: Scan) -> str:
    """The words saying a list shows only some of its items: a 「（其余条目见附件原件）」 line on its
    pages, or 节选/摘录 in its heading or the file's title."""
    pages = {e.row.page.number for _b, es in found for e in es}
    for page in scan.document.pages:
        if page.number in pages and (m := _EXCERPT_LINE.search(squash(page.text))):
            return m.group(0)
    return ""


# An item no longer in force, as the list itself says: 「2020年12月至2023年12月31日（已到期）」, a
# patent's 法律状态 「失效」 / 「专利权终止」; not 「未到期」 or a validity still running.
_LAPSED = re.compile(r"已(?:到期|过期|失效|终止|撤销|注销|放弃)|(?:专利权|权利)终止|未缴年费")
_LAPSED_CELL = frozenset({"失效", "终止", "撤销", "注销", "过期", "到期", "无效"})


def _lapsed(entry: Entry) -> bool:
    cells = (entry.cells or {}).values()
    return bool(_LAPSED.search(squash(entry.row.text))) or any(squash(c.text) in _LAPSED_CELL for c in cells)


def _owner_key(text: str) -> str:
    return re.sub(r"[\s()（）]", "", squash(text))


def _held_by_others(found: list[tuple[ListBlock, list[Entry]]]) -> tuple[str, list[tuple[Entry, str]]]:
    """The holder of most items and the items whose 专利权人/著作权人 column names someone else (a
    licensed patent, 「独占许可使用」, a subsidiary's): the notice counts the applicant's own. A row
    naming the holder among co-owners is its own. Nothing when no column names holders, or when
    most rows do not share one."""
    rows: list[tuple[Entry, str]] = []
    for block, entries in found:
        column = next((c for c in block.header.columns if c.role == "owner"), None)
        if column is None:
            return "", []
        for entry in entries:
            cell = entry.cells.get(column.slot) if entry.cells else None
            if cell is None or not cell.text.strip():
                return "", []
            rows.append((entry, cell.text.strip()))
    counts: dict[str, int] = {}
    for _e, holder in rows:
        counts[_owner_key(holder)] = counts.get(_owner_key(holder), 0) + 1
    if not counts:
        return "", []
    main, most = max(counts.items(), key=lambda kv: kv[1])
    if most * 3 < len(rows) * 2:
        return "", []
    shown = next(h for _e, h in rows if _owner_key(h) == main)
    # a holder must read as a name: 「2020-12-10」 in the owner column is a scan's row read out of line (h73);
    # on a scan, a name one glyph from the holder's is the holder's misread (「上海斯华…」 for 上海新华…, h80)
    # 「限公司」 alone is a wrapped name's tail that a scan's row took for its own (「宝武装备智能科技有 / 限公司」, h82)
    return shown, [(e, h) for e, h in rows if main not in _owner_key(h) and _owner_key(h) not in main
                   and re.search(r"[\u4e00-\u9fffA-Za-z]{2}", h) and not _LEGAL_FORM_ONLY.match(_owner_key(h))
                   and not (e.row.page.source == "ocr" and _one_glyph_apart(_owner_key(h), main))]


_LEGAL_FORM_ONLY = re.compile(r"^(?:股份)?(?:有?限)?(?:责任)?公司$|^(?:股份)?有限$")


def _one_glyph_apart(a: str, b: str) -> bool:
    """The same name but one character: taken for another, lost or added."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _total_count(total: TotalRow) -> int | None:
    """The count a 合计 row of a certificate list prints: its 共N项 (「合计：发明专利12项，实用新型
    12项，共24项」), else its only number."""
    text = squash(total.row.text)
    numbers = {v for v, _c in total.values.values()} or {Decimal(m.replace(",", "")) for m in re.findall(r"\d[\d,]*", text)}
    if len(numbers) == 1:
        return int(next(iter(numbers)))
    printed = printed_count(text)
    return printed[0] if printed is not None else None


def _unit_in(text: str) -> str:
    match = re.search(r"\d\s*(项|件|个|条)", text)
    return match.group(1) if match else ""
