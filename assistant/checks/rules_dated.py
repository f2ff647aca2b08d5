"""Letters that must be signed and dated, left with the date blank (families missing_proof,
missing_file).

A 更正说明 (补正说明) corrects the 申报表 after the pre-review: 「“平台相关营业收入（万元）”原填报6,182.40
万元，现更正为5,863.20万元」 — an evaluator takes the corrected figure on the strength of that letter,
so a letter closed by 「日期：　年　月　日」 is no basis yet (missing_proof.correction_undated, on the
fields it names). The 真实性承诺 is signed by the 法人代表 and dated (附件5); one whose date line is
the template's blank is a draft (missing_file.commitment_undated). A 承诺 is given for one round: one
that names an earlier round's evaluation (「2023年度上海市工业互联网平台应用水平评价工作」) or is dated
in a year before this round's notice was issued (catalog `notice.issued`) is last year's, reused, and no 承诺
for this submission (missing_file.commitment_stale) — an error when its stated year and its date
both say so, a warning when only one is legible; silent when a copy of this round's is in the
package, when the two disagree, or when neither can be read (a date in Chinese numerals, OCR's loss).

A blank date is the template's line with nothing before 年 and nothing between 年, 月 and 日 but
spaces or underscores (「日期：　年　月　日」, 「____年__月__日」); a date written in figures or in
Chinese numerals is a date. Read on a scan by OCR, a handwritten date may be lost: said as a doubt.

Must not: judge seals (pictures are not read for them) or the corrections' figures (the form
rules compare the corrected 申报表 with the other files).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from assistant.checks import rule
from assistant.checks.declared_facts import short_name
from assistant.core.citations import Citation, cite_text
from assistant.core.findings import Finding
from assistant.package.model import FileRole
from assistant.review.model import Review
from assistant.values.dates import find_dates

_BLANK_DATE = re.compile(r"(?<![\d０-９〇零一二三四五六七八九十])(?:[ 　_＿]*)年[ 　_＿]*月[ 　_＿]*日")
_DATE_LINE = re.compile(r"(?:日\s*期|时\s*间|落\s*款)[:：]?[ 　_＿]*$")
_CORRECTION = re.compile(r"更正说明|补正说明|更正函|修正说明|更正情况说明|补正材料说明")
_OCR_DOUBT = "该页为扫描件（OCR识别），手写日期可能未被识别，请人工核对"


def _blank_date(document) -> tuple[Citation, bool] | None:
    """Where the document's date line is left blank, and whether that page was read by OCR."""
    for page in document.pages:
        for match in _BLANK_DATE.finditer(page.text):
            before = page.text[max(0, match.start() - 8):match.start()]
            line_start = page.text.rfind("\n", 0, match.start()) + 1
            if not (_DATE_LINE.search(before) or not page.text[line_start:match.start()].strip()):
                continue  # 「…于年月日前…」 inside a sentence is no date line
            quote = page.text[line_start:match.end()].strip()
            start = page.text.find(quote, line_start)
            return cite_text(document, page, start, start + len(quote)), page.source == "ocr"
    return None


@rule("missing_proof.correction_undated", title="更正说明未填写落款日期", severity="warning",
      basis="通知四、相关要求：材料须加盖公章；更正说明作为申报表更正的依据，应签章并注明日期")
def undated_corrections(review: Review) -> Iterator[Finding]:
    for member in review.package.files:
        document = member.document
        if document.failed or not document.pages:
            continue
        head = "\n".join(line.strip() for line in document.pages[0].text.splitlines()[:4])
        if not _CORRECTION.search(head):
            continue
        blank = _blank_date(document)
        if blank is None:
            continue
        citation, ocr = blank
        named = [spec for spec in review.catalog.fields
                 if spec.section == "indicators" and len(short_name(spec)) >= 4 and short_name(spec) in document.text]
        labels = tuple(dict.fromkeys(spec.label for spec in named)) or ("更正说明",)
        yield Finding(rule="missing_proof.correction_undated", severity="warning", fields=labels,
                      message=f"《{member.path}》更正了申报表数据（{'、'.join(short_name(s) for s in named[:4]) or '见原文'}），"
                              f"但落款日期为空白（“{citation.quote}”），作为更正依据不完整",
                      expected="签章并注明日期", actual="日期空白", citations=(citation,), files=(member.path,),
                      doubts=(_OCR_DOUBT,) if ocr else ())


@rule("missing_file.commitment_undated", title="真实性承诺未填写日期（未签署稿）", severity="warning",
      basis="附件5 真实性承诺：法人代表或其授权代表签名、加盖公章并注明日期")
def undated_commitment(review: Review) -> Iterator[Finding]:
    commitments = review.package.by_role(FileRole.commitment)
    dated = [m for m in commitments if not m.document.failed and _blank_date(m.document) is None]
    if not commitments or dated:
        return  # a signed, dated copy is in the package (a Word draft beside its stamped scan is fine)
    for member in commitments:
        blank = _blank_date(member.document) if not member.document.failed else None
        if blank is None:
            continue
        citation, ocr = blank
        yield Finding(rule="missing_file.commitment_undated", severity="warning", fields=("附件5 真实性承诺",),
                      message=f"《{member.path}》的落款日期为空白（“{citation.quote}”），且申报材料中没有已签署、注明日期的承诺",
                      expected="签名盖章并注明日期", actual="日期空白", citations=(citation,), files=(member.path,),
                      doubts=(_OCR_DOUBT,) if ocr else ())


# 「关于2023年度上海市工业互联网平台应用水平评价工作」: the round the 承诺 is given for
_ROUND_NAMED = re.compile(r"(20\d{2})\s*年\s*度?\s*(?:的)?\s*(?:上\s*海\s*市\s*)?工\s*业\s*互\s*联\s*网\s*平\s*台"
                          r"\s*(?:应\s*用\s*水\s*平\s*)?评\s*价")
_DATE_PREFIX = re.compile(r"^(?:落款)?(?:日\s*期|时\s*间)?[:：]?\s*")


def _round_of(document) -> tuple[tuple | None, tuple | None]:
    """The 承诺's stated round ((year, citation)) and its signing date ((date, citation)): the
    date on a line of its own, the last one (year and month at least)."""
    named = signed = None
    for page in document.pages:
        if named is None and (found := _ROUND_NAMED.search(page.text)) is not None:
            named = (int(found.group(1)), cite_text(document, page, found.start(), found.end()))
        offset = 0
        for line in page.text.splitlines(keepends=True):
            text = _DATE_PREFIX.sub("", line.strip())
            dates = find_dates(text)
            if len(dates) == 1 and dates[0][0].month and dates[0][1] == 0 and not text[dates[0][2]:].strip():
                start = offset + line.index(text)
                signed = (dates[0][0], cite_text(document, page, start, start + len(text)))
            offset += len(line)
    return named, signed


@rule("missing_file.commitment_stale", title="真实性承诺为往年评价的承诺（评价年度或落款日期早于本轮通知）", severity="error",
      basis="通知四、2：参评材料包含真实性承诺（附件5），由法人代表或其授权代表签名并加盖公章；承诺针对“此次提交的”申报材料")
def stale_commitment(review: Review) -> Iterator[Finding]:
    notice = review.catalog.notice
    issued = date.fromisoformat(notice.issued[:10])
    this_round = int(m.group(1)) if (m := re.search(r"(20\d{2})\s*年度", notice.title)) else issued.year
    stale = []
    for member in review.package.by_role(FileRole.commitment):
        if member.document.failed:
            continue
        named, signed = _round_of(member.document)
        says = [named[0] < this_round] if named else []
        # a date in an earlier year than this round's notice: last year's 承诺 (a few days before the notice's
        # issue date is a date written early, not a reused 承诺: h57's clean 「2024年6月10日」)
        says += [signed[0].year < issued.year] if signed else []
        if says and not any(says):
            return  # this round's 承诺 is in the package
        if says and all(says):
            stale.append((member, named, signed, len(says) == 2))
    for member, named, signed, both in stale:
        said = "、".join(([f"承诺的是“{named[1].quote}”的申报材料"] if named else [])
                        + ([f"落款日期{signed[1].quote}"] if signed else []))
        doubts = () if both else ("仅识别到" + ("评价年度" if named else "落款日期") + "，另一项未能识别，请人工核对",)
        yield Finding(rule="missing_file.commitment_stale", severity="error", fields=("附件5 真实性承诺",),
                      message=f"《{member.path}》是往年评价的真实性承诺（{said}），早于本轮通知"
                              f"（{notice.number}，{issued.year}年{issued.month}月{issued.day}日印发，{this_round}年度评价）；"
                              f"申报材料中没有本轮申报的真实性承诺",
                      expected=f"{this_round}年度评价的真实性承诺，签署于通知印发之后",
                      actual=said, citations=tuple(c for c in (named[1] if named else None, signed[1] if signed else None) if c),
                      files=(member.path,), doubts=doubts)
