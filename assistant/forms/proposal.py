"""附件3 申报书 read into the outline the notice prescribes: cover, sections 一–七, closings, cases.

Applicants write the template's section titles as Word headings, as bold "一、…" paragraphs or
with Word's automatic numbering (which drops the "一、" from the text), number them their own way
("第一章 …", "一．…", "1 …", "1、…"), and some keep a table of contents; a section is therefore recognised by its title (the catalog's, or the words a title
keeps when reworded), not by a style. The mandatory closing paragraph of 二 and 三 ("最后一段
（必写）：总结…") is the section's last paragraph when its words say it sums up; the cases of 五 follow
the template's "案例1：平台名——…" with its 企业简介 / 平台简介 / 案例实际内容简介 / 配图 parts, and their
pictures are attributed from `Document.images` (heading path, anchor paragraph, or page).

`read_proposal(document)` reads one file; `package_proposal(package)` picks the package's 申报书
(Word before its PDF or scan) and reads it once for all the rules of a review. This module reads
structure and counts 字数; it judges nothing (the checks do) and never parses indicator values.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.catalog.notice import Catalog, load_catalog
from assistant.core.citations import cite_block
from assistant.core.text_keys import loose_key, squash
from assistant.forms.proposal_model import (  # noqa: F401 - the models are this module's API too
    CasePart,
    CoverLine,
    Proposal,
    ProposalCase,
    ProposalParagraph,
    ProposalSection,
    count_chars,
    count_words,
)
from assistant.package.model import FileRole, Package, PackageFile
from assistant.package.versions import version_rank
from extractors.model import Block, Document, Page

# --- section titles ----------------------------------------------------------------------------

_NUMERALS = "一二三四五六七八九十"
# "一、" "一．" "第一章 " "第一部分：" and, as some applicants number their chapters, "1 " "1、" "1." —
# but not "1.1 …" (a sub-section) nor a figure such as "2023年".
_NUMBERED = re.compile(rf"^\s*(?:第\s*([{_NUMERALS}]+|[0-9]{{1,2}})\s*(?:部分|章|节)\s*[、.．:：]?"
                       rf"|([{_NUMERALS}]+)\s*[、.．:：]"
                       rf"|([0-9０-９]{{1,2}})(?:\s*[、.．:：](?![0-9０-９])|\s+))\s*(?P<body>\S.*)$")
# A PDF line that starts a numbered paragraph ("一、…"); an Arabic number may start a wrapped line.
_NUMBERED_LINE = re.compile(rf"^\s*第?[{_NUMERALS}]+\s*(?:[、.．:：]|部分|章)")
# Reworded titles keep these words (a keyword match needs a written numeral, so a case part
# "企业简介" or a paragraph about 发展计划 is never taken for a section).
_TITLE_WORDS = {
    "一": ("申报单位简介", "单位简介", "公司简介", "企业简介", "申报单位基本情况", "申报单位情况"),
    "二": ("建设及运营", "建设与运营", "建设和运营"),
    "三": ("应用成效",),
    "四": ("下一步发展计划", "发展计划", "下一步"),
    "五": ("应用案例", "典型案例"),
    "六": ("附件及其他说明材料", "附件及其他", "说明材料", "附件清单", "附件目录", "证明材料"),
    "七": ("较上年度", "上年度对比", "较上年", "对比情况", "上年度", "上一年度"),
}
_TOC_TAIL = re.compile(r"(?:[.…·．]{2,}|\s)\s*\d+\s*$")
_SENTENCE_END = ("。", "；", ";", "，", ",")
_MAX_TITLE = 40
_FILE_NAMED = re.compile(r"[/\\]|\.(?:pdf|docx?|xlsx?|xls|png|jpe?g|zip|ofd)\s*$", re.IGNORECASE)


def _section_of(paragraph: ProposalParagraph, titles: dict[str, str]) -> str | None:
    text = paragraph.text.strip()
    if paragraph.kind == "table_cell" or "\n" in text or len(text) > _MAX_TITLE:
        return None
    if text.endswith(_SENTENCE_END) or _TOC_TAIL.search(text) or _FILE_NAMED.search(text):
        return None  # (「1. 证明材料/01_审计报告.pdf」: a line of the annex list, no chapter's title)
    numbered = _NUMBERED.match(text)
    body = loose_key(numbered.group("body") if numbered else text)
    for number, title in titles.items():
        if loose_key(title) in body and (numbered or paragraph.kind == "heading" or body == loose_key(title)):
            return number
    if numbered:
        for number, words in _TITLE_WORDS.items():
            if any(w in body for w in words):
                return number
    return None


# --- paragraphs --------------------------------------------------------------------------------

def _paragraphs(document: Document) -> list[ProposalParagraph]:
    """Blocks re-joined into paragraphs: a DOCX paragraph that runs onto the next rendered page
    is several blocks with one locator; PDF lines are joined until a sentence or title ends."""
    # The words inside a Word file's pictures (OCR'd: extractors.docx_pictures) are a diagram's
    # or a screenshot's, not the applicant's writing; a scanned 申报书 is all OCR lines and kept.
    pictures = "ocr_line" if document.format == "docx" else None
    running = _running_heads(document)
    pieces: list[tuple[Page, Block]] = [(p, b) for p in document.pages for b in p.blocks if b.kind != pictures
                                        and not (b.kind in ("line", "ocr_line") and squash(b.text) in running)]
    merged: list[list[tuple[Page, Block]]] = []
    for page, block in pieces:
        if not block.text.strip() or block.kind != "table_cell" and re.fullmatch(r"[-—\s]*\d+[-—\s]*", block.text):
            continue  # empty, or a page-number footer of a PDF (a table's cell of a number stays)
        last = merged[-1][-1][1] if merged else None
        if last is not None and _continues(last, block):
            merged[-1].append((page, block))
        else:
            merged.append([(page, block)])
    out = []
    for order, group in enumerate(merged):
        page, first = group[0]
        line = first.kind in ("line", "ocr_line")
        text = "".join(b.text.strip() if line else b.text for _, b in group)
        out.append(ProposalParagraph(order=order, kind="line" if line else first.kind,
                                     text=text, locator=first.locator, page_number=page.number,
                                     citation=cite_block(document, page, first)))
    return out


def _running_heads(document: Document) -> set[str]:
    """The line a PDF prints at the top (or foot) of most of its pages — 「基于BIM的…平台 申报书」 (h98): the page's, not
    the chapter's (it had been read as chapter 二's last paragraph, and joined the sub-heading under it)."""
    edges: Counter[str] = Counter()
    for page in document.pages:
        lines = [b for b in page.blocks if b.kind in ("line", "ocr_line") and b.text.strip()]
        if len(lines) > 1:
            edges.update({squash(lines[0].text), squash(lines[-1].text)})
    return {text for text, pages in edges.items() if len(text) >= 6 and pages >= max(3, len(document.pages) // 3)}


def _continues(previous: Block, block: Block) -> bool:
    if previous.kind != block.kind:
        return False
    if block.kind in ("paragraph", "heading", "table_cell"):
        return bool(block.locator) and block.locator == previous.locator
    # PDF/OCR lines: a line continues the previous one unless that one ended a sentence or was
    # short enough to be a title.
    text = previous.text.strip()
    if _CASE_HEAD.match(text) and _short(previous, block):
        return False  # 「案例2：平台——机舱能效优化」 ends short of the body line under it: its name alone
    return bool(text) and not text.endswith(("。", "：", ":", "；", "！", "？")) and len(text) > 20 \
        and not _NUMBERED_LINE.match(block.text.strip()) and not _CASE_HEAD.match(block.text.strip()) \
        and not _PART_HEAD.match(block.text.strip())


def _short(previous: Block, block: Block) -> bool:
    """The line ended its paragraph rather than wrapped: it ends well before the next one does (by
    more than two characters' width), is set in another size, or the next line is indented."""
    if previous.bbox is None or block.bbox is None:
        return False
    height = max(previous.bbox.bottom - previous.bbox.top, 1.0)
    other = max(block.bbox.bottom - block.bbox.top, 1.0)
    # or it is set in another size (a title over its body), or the next line is indented (a new
    # paragraph's first line)
    return (block.bbox.x1 - previous.bbox.x1 > 2 * height or abs(height - other) > 0.1 * max(height, other)
            or block.bbox.x0 - previous.bbox.x0 > 0.8 * other)


# --- closings ----------------------------------------------------------------------------------

_CLOSING_WORDS = re.compile(r"总结|创新点|亮点|综上|概括|小结|最后一段")
# A summing-up written without those words: the chapter's innovations or strengths listed
# ("一是…；二是…", "（1）…（2）…") or named ("创新", "优势", "领先", "突破", "首创").
_SUMMING_UP = re.compile(r"一是.{2,}二是|[（(]1[)）].{2,}[（(]2[)）]|①.{2,}②|创新|优势|领先|突破|首创|独创|核心竞争力")
# (「应用创新点：探索…」: a paragraph led by the template's own word for what it sums up)
_CLOSING_LEAD = re.compile(r"^.{0,20}?(?:总结|小结|综上|最后一段|创新点\s*[:：])")
# 「…提升约6个百分点。应用创新点总结：新技术融合应用…」: the summing-up begins a sentence of its own
_CLOSING_SENTENCE = re.compile(r"[。；;！!？?]\s*[^。；;]{0,10}?(?:创新点总结|总结|小结)[:：]")
_NOT_BODY = re.compile(r"^\s*(?:表\s*[0-9XxＸ一二三四五六七八九十]|图\s*[0-9一二三四五六七八九十]|注\s*[:：]|资料来源)")


def _closing(paragraphs: list[ProposalParagraph]) -> tuple[ProposalParagraph | None, ProposalParagraph | None]:
    body = [p for p in paragraphs if p.kind in ("paragraph", "line") and not _NOT_BODY.match(p.text)]
    if not body:
        return None, None
    last = body[-1]
    previous = body[-2].order if len(body) > 1 else -1
    # "（五）技术创新点总结" as a sub-heading over the last paragraph names it as well as its words.
    headed = any(p.kind == "heading" and previous < p.order < last.order and _CLOSING_WORDS.search(p.text)
                 for p in paragraphs)
    if headed or _CLOSING_WORDS.search(last.text) or _SUMMING_UP.search(last.text):
        return last, None
    if last.kind == "line" and len(body) > 1 and _CLOSING_WORDS.search(body[-2].text):
        return body[-2], None  # PDF lines: a sentence ending at a line end may split the paragraph
    elsewhere = next((p for p in body[:-1] if _CLOSING_LEAD.match(p.text) or _CLOSING_SENTENCE.search(p.text)), None)
    return None, elsewhere


def closing_text(paragraph: ProposalParagraph) -> str:
    """The closing paragraph without a short lead-in label ("平台技术创新点总结：", "最后一段：")."""
    label, sep, rest = paragraph.text.partition("：")
    if sep and len(label) <= 15 and _CLOSING_WORDS.search(label):
        return rest
    return paragraph.text


# --- cases -------------------------------------------------------------------------------------

_CASE_HEAD = re.compile(r"^\s*案例\s*([0-9０-９一二三四五六七八九十]+)\s*(?:[：:、.．\s]\s*(.*))?$", re.S)
_PART_LABELS = ("企业简介", "平台简介", "案例实际内容简介", "配图")
_PART_HEAD = re.compile(
    r"^\s*(企业简介|平台简介|案例实际内容简介|案例内容简介|实际内容简介|案例简介|配图)"
    r"\s*(?:[（(][^）)]{0,20}[）)])?\s*(?:[:：]\s*|$|\s+)(.*)$", re.S)
_PART_ALIASES = {"案例内容简介": "案例实际内容简介", "实际内容简介": "案例实际内容简介", "案例简介": "案例实际内容简介"}


def _cases(document: Document, section: ProposalSection, paragraphs: list[ProposalParagraph]) -> list[ProposalCase]:
    heads = [p for p in section.paragraphs if p.kind != "table_cell" and _CASE_HEAD.match(p.text)
             and len(p.text) <= 120]
    if not heads:
        return []
    section_end = section.paragraphs[-1].order + 1 if section.paragraphs else section.heading.order + 1
    spans = [(h.order, heads[i + 1].order if i + 1 < len(heads) else section_end) for i, h in enumerate(heads)]
    images = _image_cases(document, section, heads, spans, paragraphs)
    cases = []
    for index, (head, (start, stop)) in enumerate(zip(heads, spans, strict=True)):
        match = _CASE_HEAD.match(head.text)
        title = (match.group(2) or "").strip()
        # 「案例1：平台——设备预测性维护。用户企业运维成本下降19.56%…」: the name ends at its sentence
        named = re.match(r"([^。；;！!？?]+)[。；;！!？?]\s*(\S.*)", title, re.S)
        title, told = (named.group(1).strip(), [named.group(2).strip()]) if named else (title, [])
        members = [p for p in section.paragraphs if start < p.order < stop]
        if not title and members and not _PART_HEAD.match(members[0].text) and len(members[0].text) <= 60:
            title, members = members[0].text.strip(), members[1:]
        parts: list[CasePart] = []
        loose: list[str] = told
        for paragraph in members:
            part = _PART_HEAD.match(paragraph.text)
            if part and paragraph.kind != "table_cell":
                label = _PART_ALIASES.get(part.group(1), part.group(1))
                parts.append(CasePart(label=label, text=part.group(2).strip(), citation=paragraph.citation))
            elif parts:
                last = parts[-1]
                joined = "\n".join(t for t in (last.text, paragraph.text) if t)
                parts[-1] = last.model_copy(update={"text": joined})
            else:
                loose.append(paragraph.text)
        chars = count_chars(title) + sum(count_chars(t) for t in loose) + sum(
            count_chars(p.text) for p in parts if p.label != "配图")
        certain, possible = images[index]
        cases.append(ProposalCase(number=index + 1, written_number=match.group(1), title=title, heading=head,
                                  parts=tuple(parts), chars=chars, images_certain=certain, images_possible=possible))
    return cases


def _image_cases(document: Document, section: ProposalSection, heads: list[ProposalParagraph],
                 spans: list[tuple[int, int]], paragraphs: list[ProposalParagraph]) -> list[tuple[int, int]]:
    """(certain, possible) picture counts per case. A picture is placed by its heading path (case
    titles as Word headings), else by the paragraph its locator names, else by page: a page on
    which two cases meet leaves the picture ambiguous between them."""
    by_locator = {p.locator: p.order for p in paragraphs if p.locator}
    head_keys = [" ".join(h.text.split()) for h in heads]
    section_key = " ".join(section.heading.text.split())
    counts = [[0, 0] for _ in heads]
    for image in document.images:
        path = [" ".join(h.split()) for h in image.heading_path]
        candidates: list[int] = []
        hit = [i for i, key in enumerate(head_keys) if key in path]
        anchor = re.search(r"段落\d+$", image.locator or "")
        if hit:
            candidates = hit[-1:]
        elif anchor and image.locator in by_locator:
            order = by_locator[image.locator]
            candidates = [i for i, (start, stop) in enumerate(spans) if start <= order < stop]
        elif section_key in path and image.page_number is not None:
            for i, head in enumerate(heads):
                first = head.page_number
                last = _last_page(section, spans[i][1])
                if first is not None and last is not None and first <= image.page_number <= last:
                    candidates.append(i)
        elif section_key in path and len(heads) == 1:
            candidates = [0]
        for i in candidates:
            counts[i][1] += 1
        if len(candidates) == 1:
            counts[candidates[0]][0] += 1
    return [(c, p) for c, p in counts]


def _last_page(section: ProposalSection, stop: int) -> int | None:
    pages = [p.page_number for p in section.paragraphs if p.order < stop and p.page_number is not None]
    return max(pages) if pages else section.heading.page_number


def _section5_images(document: Document, section: ProposalSection | None) -> int:
    if section is None:
        return 0
    key = " ".join(section.heading.text.split())
    return sum(1 for image in document.images if key in [" ".join(h.split()) for h in image.heading_path])


# --- cover -------------------------------------------------------------------------------------

_COVER_LABELS = ("申报年度", "平台名称", "申报单位", "联系人", "联系人电话")
# Cover lines joined into one paragraph (a PDF: 「平台名称：…平台申报单位：…」): a value runs to the next label.
_COVER_LABEL = re.compile(r"(申\s*报\s*年\s*度|平\s*台\s*名\s*称|申\s*报\s*单\s*位|联\s*系\s*人\s*(?:电\s*话)?|日\s*期)\s*[：:]")


def _cover(paragraphs: list[ProposalParagraph], first_section: int) -> list[CoverLine]:
    lines = []
    for paragraph in paragraphs:
        if paragraph.order >= first_section:
            break
        if not (marks := list(_COVER_LABEL.finditer(paragraph.text))) or paragraph.text[:marks[0].start()].strip():
            continue
        for mark, following in zip(marks, [*marks[1:], None]):
            label = re.sub(r"\s+", "", mark.group(1))
            value = paragraph.text[mark.end():following.start() if following else len(paragraph.text)]
            if label in _COVER_LABELS and not any(c.label == label for c in lines):
                value = re.sub(r"[（(]\s*[公盖]\s*章\s*[）)]\s*$", "", value.strip()).strip()
                lines.append(CoverLine(label=label, value=value, citation=paragraph.citation))
    return lines


# --- the whole document ------------------------------------------------------------------------

def read_proposal(document: Document, catalog: Catalog | None = None) -> Proposal:
    catalog = catalog or load_catalog()
    titles = {s.number: s.title for s in catalog.application_outline.sections}
    paragraphs = _paragraphs(document)
    found = [(p, _section_of(p, titles)) for p in paragraphs]
    candidates = [(p, n) for p, n in found if n is not None]
    # A table of contents lists the titles one after another with nothing between them; in such
    # a run only the last title can be a real one (the TOC runs straight into section 一).
    toc: set[int] = set()
    run: list[int] = []
    for paragraph, number in [*found, (None, None)]:
        if number is not None:
            run.append(paragraph.order)
            continue
        if len(run) >= 3:
            toc.update(run[:-1])
            if paragraph is None:
                toc.add(run[-1])
        run = []
    # The chapters come in the outline's order: a title met before an earlier chapter's start
    # (a 修订说明 table at the front listing 「二、平台建设及运营情况」 with its page) is a mention
    # when the same title comes again in its place.
    starts: dict[str, ProposalParagraph] = {}
    last = -1
    for number in titles:
        found_here = [p for p, n in candidates if n == number and p.order not in toc]
        after = [p for p in found_here if p.order > last]
        if after:
            starts[number] = after[0]
            last = after[0].order
        elif found_here:
            starts[number] = found_here[0]
    ordered = sorted(starts.items(), key=lambda item: item[1].order)
    sections = []
    for i, (number, heading) in enumerate(ordered):
        stop = ordered[i + 1][1].order if i + 1 < len(ordered) else len(paragraphs)
        members = [p for p in paragraphs if heading.order < p.order < stop]
        closing, elsewhere = _closing(members) if number in ("二", "三") else (None, None)
        sections.append(ProposalSection(number=number, title=heading.text.strip(), heading=heading,
                                        paragraphs=tuple(members), closing=closing, closing_elsewhere=elsewhere))
    cases_section = next((s for s in sections if s.number == "五"), None)
    cases = _cases(document, cases_section, paragraphs) if cases_section and paragraphs else []
    first = ordered[0][1].order if ordered else len(paragraphs)
    return Proposal(file=document.path, doc_id=document.id, cover=tuple(_cover(paragraphs, first)),
                    sections=tuple(sections), cases=tuple(cases),
                    section5_images=_section5_images(document, cases_section))


# --- the 申报书 of a package --------------------------------------------------------------------

def proposal_file(package: Package) -> PackageFile | None:
    """The 申报书 to read when a package holds several: the latest version its name says (「申报书（终稿）」
    before 「申报书_v2」, `version_rank`), then Word before a text PDF before a scan (its stamped
    scan); among equals the longer one."""
    files = package.by_role(FileRole.proposal)
    if not files:
        return None
    rank = {"docx": 0, "pdf": 1, "image": 2}
    return min(files, key=lambda f: (-version_rank(f.path), rank.get(f.document.format, 3),
                                     any(p.source == "ocr" for p in f.document.pages), -len(f.document.text)))


_READ: dict[str, Proposal] = {}  # every rule of a review asks for the same 申报书


def package_proposal(package: Package, catalog: Catalog | None = None) -> Proposal | None:
    member = proposal_file(package)
    if member is None:
        return None
    key = member.document.id + member.path
    if key not in _READ:
        if len(_READ) > 16:
            _READ.clear()
        _READ[key] = read_proposal(member.document, catalog)
    return _READ[key]
