"""A compiled binder split into its parts: one PDF that holds the whole package as it was printed for
the paper copy (封面, 目录, 附件1 联系人信息反馈表, 申报表, 申报书, 汇总表, a stamped 承诺, then 附件1…附件N of
evidence behind separator pages), or one volume of it (「汇编（上册）」).

A part begins on a page whose first line names it: a separator page (「附件7：平台接入设备清单」 alone), a
page headed 「附件4 平台基本情况汇总表」, or a page whose first line is the title of one of the notice's
documents (「上海市工业互联网平台应用水平评价申报表」, 「…申报书」). Each part is classified by its own
pages (`classify`), its title read as its name; its pages keep their physical numbers, so every
citation names the binder and the page a reviewer turns to. Parts in a row of one role are one part
(a running head that repeats a title on every page begins its part once, on its first page). The pages before the first
part are the binder's cover and 目录 when they are just that (a few pages), a part no reader takes for a
form; a 申报书's own 目录 before its chapters stays the 申报书's.

A PDF is a binder only when its parts are of two roles or more and two parts at least are set off by
such a first line: a 申报书 with a running head, or a list whose pages all begin alike, stays one file.

Must not: split a Word or Excel file (their pages are the writer's, not a printed binder's), or
change the binder's path, its pages or their numbers.
"""

from __future__ import annotations

import re

from assistant.package.classify import classify
from assistant.package.model import Classification, FileRole, PackageFile
from extractors.model import Document, Page

_MIN_PAGES = 6
_FORMS = (FileRole.application_form, FileRole.application_form_scan, FileRole.proposal, FileRole.summary_table)
# 「附件7：平台接入设备清单」, 「附件3-2 审计报告」, 「附件 4、平台基本情况汇总表」: a part's heading line
_ANNEX = re.compile(r"^\s*附\s*件\s*(?P<number>[0-9一二三四五六七八九十]{1,3}(?:\s*[-－—]\s*\d{1,2})?)\s*[:：、．.]?\s*"
                    r"(?P<title>\S.{1,40}?)\s*$")
# the notice's own documents by the titles their templates print
_FORM_TITLE = re.compile(r"(?:应用水平评价|平台)?(?:申\s*报\s*表|申\s*报\s*书|平台基本情况汇总表|联系人信息反馈表|真实性承诺|承\s*诺\s*书)\s*$")
_ANNEX_NUMBER = re.compile(r"附件([0-9一二三四五六七八九十]{1,3}(?:[-－—]\d{1,2})?)：")
_CONTENTS = re.compile(r"^\s*目\s*录\s*$")
# the binder's printed page number: 「- 37 -」, 「第 12 页 共 148 页」, 「附件3-2」, 「iv」
_PAGE_NUMBER = re.compile(r"^[-—\s]*\d+[-—\s]*$|^第\s*\d+\s*页|^附件\s*\d+\s*[-－]\s*\d+$|^[ivxlc]+$", re.IGNORECASE)
_COVER = re.compile(r"汇编|申报材料|目\s*录|[上中下]册|第[一二三四五六七八九十]册")
_TITLE_LINE = 44  # a heading is a short line of its own


def _running(document: Document) -> frozenset[str]:
    """Lines printed alike atop or at the foot of many pages (「船舶动力…平台　申报书」 under every page of a bound
    申报书): the binder's running head or foot, no part's words. A list's header repeated under its 续表 title
    stands inside the page, and stays."""
    counts: dict[str, int] = {}
    for page in document.pages:
        lines = [line.strip() for line in page.text.splitlines() if line.strip()]
        for line in {*lines[:1], *lines[-3:]}:
            counts[line] = counts.get(line, 0) + 1
    floor = max(3, len(document.pages) * 0.3)
    return frozenset(line for line, n in counts.items() if n >= floor)


def _without(page: Page, running: frozenset[str]) -> Page:
    if not running:
        return page
    kept = [line for line in page.text.splitlines() if line.strip() not in running]
    return page.model_copy(update={"text": "\n".join(kept)})


def _heading(page: Page, running: frozenset[str] = frozenset()) -> str | None:
    """The part a page begins, by its first line (or its first two, a heading wrapped, never into the binder's
    running foot), or None."""
    lines = [line.strip() for line in page.text.splitlines() if line.strip()]
    if not lines:
        return None
    first = lines[0]
    if len(first) > _TITLE_LINE:
        return None
    if (annex := _ANNEX.match(first)) is not None and not re.search(r"[，。；]", first):
        # a separator's title over two lines (not the binder's own page number or running foot under it)
        alone = len(lines) > 1 and len(_without(page, running).text.strip()) < 80 and not _PAGE_NUMBER.search(lines[1]) \
            and lines[1] not in running
        wrapped = lines[1] if alone else ""
        number = re.sub(r"\s+", "", annex["number"])
        return f"附件{number}：{annex['title']}{wrapped}"
    if _FORM_TITLE.search(first):
        return first
    return None


_CONTENTS_LINE = re.compile(r"(?:\d{1,3}|[ivxlc]{1,6}|附件\d+-\d+(?:\s*[～~-]\s*附件\d+-\d+)?)\s*$", re.IGNORECASE)


def _listing(page: Page) -> bool:
    """A page of a 目录: headed so, or most of its lines ending in a page number."""
    lines = [line for line in page.text.splitlines() if line.strip()]
    return bool(lines) and (bool(_CONTENTS.match(lines[0])) or
                            sum(1 for line in lines if _CONTENTS_LINE.search(line)) >= 0.6 * len(lines))


def _sub_document(document: Document, pages: list[Page]) -> Document:
    numbers = {p.number for p in pages}
    return document.model_copy(update={
        "pages": tuple(pages), "tables": tuple(t for t in document.tables if t.page_number in numbers),
        "images": tuple(i for i in document.images if i.page_number in numbers)})


def split_binder(member: PackageFile) -> tuple[PackageFile, ...]:
    """The parts of a binder (each a `PackageFile` of the binder's path and some of its pages), or ()
    when the file is no binder."""
    document = member.document
    if document.format != "pdf" or document.failed or len(document.pages) < _MIN_PAGES:
        return ()
    runs: list[tuple[str, list[Page]]] = [("", [])]  # (heading, pages); the first run: cover and 目录
    seen: set[str] = set()
    running = _running(document)
    for page in document.pages:
        heading = _heading(page, running)
        if heading in seen:
            heading = None  # a running head repeats its title on every page: it begins one part, once
        elif heading is not None:
            seen.add(heading)
        if heading is not None and (runs[-1][1] or runs[-1][0]):
            runs.append((heading, []))
        elif heading is not None:
            runs[-1] = (heading, runs[-1][1])
        runs[-1][1].append(page)
    set_off = sum(1 for heading, pages in runs if heading and pages)
    parts: list[tuple[str, list[Page], Classification]] = []
    for heading, pages in runs:
        if not pages:
            continue
        # the binder's cover and 目录 (a 申报书's own 目录 before its chapters is the 申报书's)
        cover = not heading and (all(_listing(p) for p in pages[1:]) and any(_listing(p) for p in pages)
                                 or len(pages) <= 2 and _COVER.search(" ".join(p.text for p in pages)))
        if cover:
            kind = Classification(role=FileRole.other_evidence, confidence=0.5, reasons=("汇编的封面或目录",))
        elif not heading:  # a volume that opens on the list the volume before began
            kind = classify(_sub_document(document, [_without(p, running) for p in pages]))
        else:  # classified by its own words, not the binder's running foot (「…申报书」 under an 附件)
            named = _sub_document(document, [_without(p, running) for p in pages]).model_copy(
                update={"path": f"{heading}.pdf"})
            kind = classify(named)
        annexes = _ANNEX_NUMBER.match(heading or ""), _ANNEX_NUMBER.match(parts[-1][0] if parts else "")
        if parts and parts[-1][2].role == kind.role and not (all(annexes) and annexes[0][1] != annexes[1][1]):
            # one part over a running head, or two proofs of one kind in a row — not two 附件 the package
            # cites apart (附件8 专利清单 and 附件9 软著清单, h86)
            parts[-1][1].extend(pages)
            continue
        parts.append((heading, list(pages), kind))
    if set_off < 2 or len({kind.role for _h, _p, kind in parts}) < 2:
        return ()
    out = []
    for heading, pages, kind in parts:
        where = f"汇编第{pages[0].number}–{pages[-1].number}页" + (f"（{heading}）" if heading else "")
        classification = kind.model_copy(update={"reasons": (where, *kind.reasons)})
        out.append(member.model_copy(update={"document": _sub_document(document, pages),
                                             "classification": classification, "part_title": heading}))
    return tuple(out)


def with_parts(member: PackageFile) -> PackageFile:
    """The file with its parts, when it is a binder (then classified as its first form's part, or its
    first proof's, and saying it is a binder)."""
    parts = split_binder(member)
    if not parts:
        return member
    proofs = [p for p in parts if not any("封面" in r for r in p.classification.reasons)]
    main = next((p for p in parts if p.role in _FORMS), proofs[0] if proofs else parts[0])
    kind = Classification(role=main.role, confidence=main.classification.confidence,
                          reasons=(f"申报材料汇编，分为 {len(parts)} 个部分，各部分按内容分别识别",
                                   *main.classification.reasons))
    return member.model_copy(update={"parts": parts, "classification": kind})


# 「汇编（上册）」 / 「（下册）」, 「第二册」: the volumes of one binder, in order
_VOLUME = re.compile(r"(?:(?P<word>[上中下])册|第\s*(?P<number>[一二三四五六七八九十\d]{1,2})\s*册)")
_VOLUME_ORDER = {"上": 1, "中": 2, "下": 3, **{c: i for i, c in enumerate("一二三四五六七八九十", start=1)}}
CONTINUED = "续见"  # a part's reason: its list goes on in the next volume, so what this volume holds is not all


def _volume(path: str) -> int | None:
    found = _VOLUME.search(path.rsplit("/", 1)[-1])
    if found is None:
        return None
    key = found["word"] or found["number"]
    return int(key) if key.isdigit() else _VOLUME_ORDER.get(key)


def link_volumes(files: tuple[PackageFile, ...]) -> tuple[PackageFile, ...]:
    """A binder in volumes whose list runs on from one into the next (a 专利清单 from the last pages of
    上册 into the first of 下册, before any heading): the earlier volume's last part says so
    (`CONTINUED`), so that no reader takes the rows it holds for the whole list."""
    volumes = sorted((order, f) for f in files if f.parts and (order := _volume(f.path)) is not None)
    marked: dict[str, PackageFile] = {}
    for (_a, earlier), (_b, later) in zip(volumes, volumes[1:], strict=False):
        opening = later.parts[0]
        if opening.part_title or any("封面" in r for r in opening.classification.reasons):
            continue
        last = earlier.parts[-1]
        pages = f"第{opening.document.pages[0].number}–{opening.document.pages[-1].number}页"
        note = f"{CONTINUED}《{later.path}》{pages}"
        last = last.model_copy(update={"classification": last.classification.model_copy(
            update={"reasons": (*last.classification.reasons, note)})})
        marked[earlier.path] = earlier.model_copy(update={"parts": (*earlier.parts[:-1], last)})
    return tuple(marked.get(f.path, f) for f in files)
