"""The scope a list's headings and title give its facts: the date they are as of (「截至2024年12月
底」) and whether the list shows only a part (主要/典型/代表性/节选/前10项), which makes its facts
`segment` facts rather than the platform's; and whether a list says it is not counted at all (「附：全资
子公司持有的软件著作权（2项，权属非申报单位，未计入上表及申报数量）」).

Must not: decide the value or the confidence of a fact.
"""

from __future__ import annotations

import re

from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import ListBlock
from assistant.evidence.lists.scan import Scan

_AS_OF = re.compile(r"(?:截至|截止)[^\d]{0,8}(\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底|末)?)")
# 「服务专精特新企业名单」: the served firms of one kind (专精特新, 小巨人, 高新技术企业) are a part too
_PART = re.compile(r"(?<![第一二三四五六七八九十\d])部分|主要|典型|代表性|节选|前\s*\d+\s*[项名个家位]|TOP\s*\d+"
                   r"|专精特新|小巨人|高新技术企业名单|规上企业", re.IGNORECASE)


def as_of_text(scan: Scan) -> str:
    text = scan.title + " " + " ".join(h.text for b in scan.blocks for h in b.headings)
    match = _AS_OF.search(text)
    return f"截至{match.group(1)}" if match else ""


_NOT_COUNTED = re.compile(r"未计入|不计入|未纳入|不纳入|未统计在|不统计在|权属非|非申报单位|不属于申报单位")


def not_counted(block: ListBlock) -> str:
    """The heading of a list that says its items are not counted (a subsidiary's certificates
    shown for the record after the applicant's own list, other awards 「未计入上表」), or ""."""
    lines = [h.row.text.strip() for h in block.headings] + ["".join(r.text.strip() for r in block.preface)]
    # the line right above its header, read as no heading (「附：其他奖项（非省部级，未计入上表）」, h72)
    lines += [block.notes[-1].text.strip()] if block.notes and not re.match(r"\s*注", block.notes[-1].text) else []
    return next((line for line in lines if _NOT_COUNTED.search(squash(line))), "")


def part_heading(blocks: list[ListBlock], scan: Scan) -> str:
    """The heading (or title) line that says a list shows only part of the whole: 「主要专利清单」,
    「典型客户设备接入情况」, 「代表性奖项（部分）」 — or a workbook's sheet the list is on (「名录（节选）」),
    or the file's name (「登记证书（节选）.pdf」)."""
    tables = scan.document.tables if scan.document.pagination == "sheets" else ()
    sheets = [tables[i].locator for b in blocks if (i := b.header.row.table_index) is not None and i < len(tables)]
    # the file's own name too: 「3-04 计算机软件著作权登记证书（节选）.pdf」
    name = scan.document.path.rsplit("/", 1)[-1]
    for text in [h.row.text.strip() for b in blocks for h in b.headings] + [r.text.strip() for r in scan.title_rows[:4]] \
            + sheets + [name]:
        if _PART.search(squash(text)):
            return text
    return ""
