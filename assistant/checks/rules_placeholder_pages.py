"""A cited proof page that holds nothing: a placeholder or a blank page (family missing_proof, h67).

A draft's proof may be a page that says 「（此页待补充）」, or a page blank but for the file's running head, where
the 申报表's 证明资料 cell points (「附件3-4 第2页」, 「附件2 第2页」 for the file numbered 2). The figure has no
proof there: a warning on each field citing the page. A placeholder page no cell cites is reported for its
file. A blank page is judged only where a cell cites it and the page has a text layer (a scan's blank is a
picture OCR could not read, not an empty page).

Must not: judge a page that holds anything else, or read the files.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.core.findings import Finding
from assistant.package.model import EVIDENCE_ROLES

_PLACEHOLDER = re.compile(r"[（(]?\s*(?:此页|本页|该页)?(?:内容)?(?:待补充|待补|待提供|后补|暂缺|待更新)\s*[)）]?[。.]?")
_PAGE_NUMBER = re.compile(r"(?:第\s*)?[-—]?\s*\d+\s*(?:页|[-—]|/\s*\d+)?\s*(?:页)?")


def _numbers(name: str) -> tuple[str, ...]:
    """How a 证明资料 cell may cite the file: 「附件3-4」 for 「附件3-4 平台运行截图.pdf」, 「附件2」 for 「2 知识产权清单.pdf」."""
    dashed = re.match(r"(?:附件)?\s*(\d{1,2})\s*[-－—_.．]\s*(\d{1,2})(?!\d)", name)
    if dashed:
        return (f"{dashed.group(1)}-{dashed.group(2)}",)
    bare = re.match(r"(?:附件)?\s*(\d{1,2})(?=[\s_、.．])", name)
    return (bare.group(1),) if bare else ()


def _cites(number: str) -> str:
    """The start of a 证明资料 cell's citation of a page of the file numbered `number`: 「附件3-4 截图合集 第」."""
    return rf"附件\s*{re.escape(number)}(?![\d\-－—])[^；;，,]{{0,30}}?第\s*"


@rule("missing_proof.placeholder_page", title="证明资料所引页面为空白或“待补充”占位页", severity="warning",
      basis="申报表 三、指标明细表 注2：各项数据须提供证明资料，证明资料请对应到附件序号、附件名称及页码")
def empty_proof_pages(review) -> Iterator[Finding]:
    for member in review.package.members():
        if member.role not in EVIDENCE_ROLES or member.document.failed or len(member.document.pages) < 2:
            continue
        firsts = Counter(p.text.strip().splitlines()[0].strip() for p in member.document.pages if p.text.strip())
        heads = {line for line, n in firsts.items() if n >= 2}
        numbers = _numbers(member.path.rsplit("/", 1)[-1])
        for page in member.document.pages:
            rest = [ln.strip() for ln in page.text.splitlines() if ln.strip() and ln.strip() not in heads
                    and not _PAGE_NUMBER.fullmatch(ln.strip())]
            placeholder = bool(rest) and all(_PLACEHOLDER.fullmatch(ln) for ln in rest)
            blank = not rest and page.source == "text"
            if not (placeholder or blank):
                continue
            fields = [v.field_id for v in review.primary_form.values() if v.field_id and numbers and any(
                re.search(_cites(n) + rf"{page.number}\s*页", v.proof or "") for n in numbers)]
            if not fields and not placeholder:
                continue
            said = f"只写“{rest[0]}”" if placeholder else "除页眉外为空白"
            cited = "、".join(review.catalog.field(f).label for f in fields)
            message = f"《{member.path}》第{page.number}页{said}" + (f"，是{cited}的证明资料所引页面：该页未提供证明" if fields else "")
            yield make_finding(review, "missing_proof.placeholder_page", "warning", fields, message,
                               expected="证明材料", actual=rest[0] if placeholder else "空白页")


# a page's own printed number: 「第 5 页」, 「- 5 -」, 「5 / 12」, 「审计报告第 5 页」
_PRINTED = r"(?:第\s*{n}\s*页|[-—]\s*{n}\s*[-—]|(?<!\d){n}\s*/\s*\d+|^\s*{n}\s*$)"


@rule("missing_proof.page_beyond", title="证明资料所引页码超出该附件的页数", severity="warning",
      basis="申报表 三、指标明细表 注2：证明资料请逐项对应到附件序号、附件名称及页码")
def cited_pages_beyond_the_file(review) -> Iterator[Finding]:
    """「附件3-4 截图合集 第5页」 where 附件3-4 has 4 pages and none prints 「第 5 页」 as its number (h71): the page cited
    is not there. A page that prints the number cited (an extract keeping the report's own numbers) answers it."""
    for member in review.package.members():
        # a dashed number only: a bare 「附件3」 is as likely the notice's own 附件3, the 申报书 (h9)
        numbers = tuple(n for n in _numbers(member.path.rsplit("/", 1)[-1]) if "-" in n)
        if member.role not in EVIDENCE_ROLES or member.document.failed or not numbers:
            continue
        pages = len(member.document.pages)
        beyond: dict[int, list[str]] = {}
        for value in review.primary_form.values():
            for n in numbers if value.field_id else ():
                for found in re.finditer(_cites(n) + r"(\d+)\s*(?:[-－—~至]\s*(\d+)\s*)?页", value.proof or ""):
                    # a range's first page: 「第2-3页」 of a 2-page list ends loosely, it does not miss (independent ind01)
                    first = int(found.group(1))
                    if first > pages and not any(re.search(_PRINTED.format(n=first), p.text, re.MULTILINE)
                                                 for p in member.document.pages):
                        beyond.setdefault(first, []).append(value.field_id)
        # a figure the file proves on another page (h29's 「第2页」 of a one-page letter that states it): the page number
        # is wrong, the proof is there — a note
        proven = {v.field_id for v in review.evidence if any(c.file == member.path for c in v.citations)}
        for page, fields in sorted(beyond.items()):
            fields = list(dict.fromkeys(fields))
            cited = "、".join(review.catalog.field(f).label for f in fields)
            found = all(f in proven for f in fields)
            message = (f"{cited}的证明资料注明《{member.path}》第{page}页，该文件只有{pages}页，也没有哪一页印着第{page}页"
                       + ("（所证数字见该文件其他页，页码疑为笔误）" if found else "：所引页面不在该附件中"))
            yield make_finding(review, "missing_proof.page_beyond", "info" if found else "warning", fields, message,
                               expected=f"≤ {pages} 页", actual=f"第{page}页")
