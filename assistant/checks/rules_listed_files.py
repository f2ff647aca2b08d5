"""Files an index of the package names that the package does not hold (family missing_file).

Applicants list their proofs: a 佐证材料清单.xlsx (序号 | 附件编号 | 材料名称 | 电子文件名), a 目录 page,
the 申报书's 六 with file names. A file name written there with its extension (「3-7 工业APP订阅明细.xlsx」)
that no file of the package answers to — the same name, or the same name but for spaces, brackets and
full-width forms, or one name inside the other (「3-7 工业APP订阅明细」 for 「3-7 工业APP订阅明细（2024）.xlsx」)
— is a proof the applicant meant to send and did not: a warning naming the index and its place.

Only a document that is an index of this package counts: two or more of the names it lists are
files of the package (a letter that mentions 「某某白皮书.pdf」 on a website is no index).

A list in the evidence may say itself that the proof of one of its items is not there: 「证书待补」,
「另行提供」, 「办理中」 in the row of the 5th of 5 awards. The count stands, its proof does not
(missing_proof.pending): a warning on the field the list's count was read for.

The 申报表's 证明资料 cells name proofs by their number too (footnote 2 of 三、指标明细表): 「附件3-9」 or
「佐证6 团体标准文本」 where the package's files are numbered 附件3-1 … 3-8 or 佐证1 … 佐证8 and none is the
one cited (missing_proof.cited_file), a 「附件8」 beyond the notice's own 附件1–6 that no file is numbered as,
or a compiled binder's 附件 parts lack the one cited.

Must not: judge whether the missing proof was needed (the completeness rules do).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.core.citations import Citation, cite_text
from assistant.core.findings import Finding
from assistant.core.text_keys import fold
from assistant.review.model import Review

_NAME = re.compile(r"(?P<name>[0-9A-Za-z\u4e00-\u9fff][^/\\|：:；;“”\"《》\n]{0,80}?\.(?:pdf|docx?|xlsx?|csv|png|jpe?g|zip|rar|7z))"
                   r"(?![0-9A-Za-z])", re.IGNORECASE)


def _key(name: str) -> str:
    stem = re.sub(r"\.[A-Za-z0-9]{2,4}$", "", fold(name.rsplit("/", 1)[-1]))
    return re.sub(r"[\s\u3000()（）\[\]【】_\-－—.·]", "", stem).lower()


@rule("missing_file.listed", title="佐证材料清单列出的文件不在申报材料中", severity="warning",
      basis="附件3 六、相关附件：所列证明材料须随申报材料一并提交")
def listed_files_present(review: Review) -> Iterator[Finding]:
    present = {_key(f.path) for f in review.package.files}
    # a zip inside the package is there as the folder its files are named under (「证明材料.zip/…」)
    present |= {_key(part) for f in review.package.files for part in f.path.split("/")[:-1]
                if part.lower().endswith(".zip")}
    missing: dict[str, list[tuple[str, str, Citation]]] = {}  # key → (name, index file, where)
    for member in review.package.files:
        document = member.document
        if document.failed:
            continue
        listed: list[tuple[str, Citation]] = []
        for page in document.pages:
            for found in _NAME.finditer(page.text):
                name, start = found["name"].strip(), found.start("name")
                head = _wrapped_head(page.text, start) if not _found(_key(name), present) else ""
                if head and _found(_key(head + name), present):
                    name = head + name  # 「…2023年度审」 ⏎ 「计报告.pdf」 in a narrow cell
                listed.append((name, cite_text(document, page, start, start + len(found["name"].strip()))))
        if len({_key(n) for n, _c in listed if _found(_key(n), present)}) < 2:
            continue  # not an index of this package
        for name, citation in listed:
            if len(key := _key(name)) <= 1:
                continue  # 「保）.pdf」: the tail a narrow cell wrapped off a name (…参保证明（社 ⏎ 保）.pdf), no name
            if not _found(key, present) and key != _key(member.path):
                missing.setdefault(key, []).append((name, member.path, citation))
    for places in missing.values():
        name = places[0][0]
        where = "；".join(dict.fromkeys(f"《{path}》{c.place}" for _n, path, c in places))
        yield Finding(rule="missing_file.listed", severity="warning", fields=(name,),
                      message=f"{where}列出“{name}”，申报材料中没有该文件（按文件名核对，未找到同名或名称相近的文件）",
                      expected=name, actual="未提交", citations=tuple(dict.fromkeys(c for *_x, c in places)),
                      files=tuple(dict.fromkeys(path for _n, path, _c in places)))


# A 目录 line naming an annex and its pages: 「附件12　省部级及以上荣誉证书 30」, 「附件12 … 第30-33页」
_CONTENTS_ANNEX = re.compile(r"^\s*附\s*件\s*(?P<n>\d{1,2}(?:\s*[-－]\s*\d{1,2})?)\s*[　\s:：、.．]\s*(?P<title>\S.{1,40}?)"
                             r"\s*(?:第?\s*\d{1,3}\s*(?:[-–~～至]\s*\d{1,3})?\s*页?)\s*$")
_ANNEX_LINE = re.compile(r"^\s*附\s*件\s*(\d{1,2}(?:\s*[-－]\s*\d{1,2})?)(?![\d\-－])")


@rule("missing_file.contents", title="汇编目录列出的附件不在汇编中", severity="warning",
      basis="附件3 六、相关附件：所列证明材料须随申报材料一并提交")
def contents_annexes_present(review: Review) -> Iterator[Finding]:
    """A compiled binder (a 申报书 with its 附件 bound in, a 佐证材料汇编) whose 目录 lists 「附件12 … 第30-33页」 and
    which holds no page opening 附件12: the annex the binder promises is not in it (h86). Only a binder whose
    other listed annexes are there (two or more), judged by the first line of every page (a list of the annexes
    in the 申报书's 六 names them all, and opens none)."""
    for member in review.package.files:
        if not member.parts:
            continue
        pages = member.document.pages
        listed: dict[str, tuple[str, Citation]] = {}
        opened: set[str] = set()
        for page in pages:
            lines = page.text.splitlines()
            contents = any(re.match(r"\s*目\s*录", line) for line in lines[:2])
            offset = 0
            for line in lines:
                if contents and (m := _CONTENTS_ANNEX.match(line)):
                    number = re.sub(r"\s+", "", m["n"])
                    start = page.text.find(line, offset)
                    listed.setdefault(number, (f"附件{number} {m['title'].strip()}",
                                               cite_text(member.document, page, start, start + len(line.strip()))))
                offset += len(line) + 1
            first = next((line for line in lines if line.strip()), "")
            if not contents and (m := _ANNEX_LINE.match(first)):  # a page that opens an annex (not 六's list of them)
                opened.add(re.sub(r"\s+", "", m[1]))
        if len(set(listed) & opened) < 2:
            continue
        for number, (title, citation) in listed.items():
            if number not in opened:
                yield Finding(rule="missing_file.contents", severity="warning", fields=(title,),
                              message=f"《{member.path}》{citation.place}的目录列有“{title}”，但汇编中没有以“附件{number}”开头的页面"
                                      "（该附件的页面缺失，或未按目录装订）",
                              expected=title, actual="未装订", citations=(citation,), files=(member.path,))


def _wrapped_head(text: str, start: int) -> str:
    """The start of a file name a narrow cell wrapped onto the line before: the last run of the
    previous line without spaces or punctuation, when the name begins a line."""
    if start == 0 or text[start - 1] != "\n":
        return ""
    previous = text[:start - 1].rsplit("\n", 1)[-1]
    found = re.search(r"[0-9A-Za-z\u4e00-\u9fff_\-－（）()]+$", previous)
    return found.group(0) if found else ""


def _found(key: str, present: set[str]) -> bool:
    """The same name, one inside the other, or — for a short name, the tail a wrapped cell left on its
    own line (「计报告.pdf」 of 「…年度审计报告.pdf」, the head lost among a scan's other columns) — the end
    of a present file's name."""
    return bool(key) and any(key == p or (len(key) >= 4 and len(p) >= 4 and (key in p or p in key))
                             or (2 <= len(key) < 4 and p.endswith(key)) for p in present)


# --- missing_proof.cited_file -------------------------------------------------------------------

CITED = re.compile(r"附件\s*(\d{1,2})\s*[-－—_.．]\s*(\d{1,2})(?!\d)")
_NUMBERED = re.compile(r"(?<!\d)(\d{1,2})\s*[-－—_.．]\s*(\d{1,2})(?![\d年月])")
# A one-level series named by a word for proofs: 「佐证6 团体标准文本」 among files 佐证1 … 佐证8.
# (附件N alone is not one: 附件1–6 are the notice's own attachments, and a 申报书 binds its own.)
_SERIES = re.compile(r"(佐证材料|佐证|证明材料|证明)\s*(\d{1,2})(?![\d\-－—_.．年月])")


# A citation that says itself no file stands behind it: the data is the platform's own, read off its back office.
_NO_FILE = re.compile(r"无单独(?:的)?(?:证明)?(?:材料|附件|文件)|不另附|未单独(?:提供|附)|无(?:证明)?附件")


# 「附件6 平台服务企业名录 第1-12页」 in a binder whose parts begin 「附件1：营业执照」 … 「附件9：…」
_CITED_PART = re.compile(r"附件\s*(\d{1,2})(?![\d\-－—_.．])")


def _binder_parts(review) -> set[int]:
    """The numbers of a compiled binder's 附件 parts (`package.binder`), when it numbers three or more."""
    numbers = {int(m.group(1)) for f in review.package.files for p in f.parts
               if (m := re.match(r"附件(\d{1,2})：", p.part_title))}
    return numbers if len(numbers) >= 3 else set()


def _absent_citations(review) -> dict[str, list[str]]:
    bound = _binder_parts(review)
    # a file's name and its folders' (「3-4 资质证书/ISO27001证书.png」 is 附件3-4's)
    names = list(dict.fromkeys(part for f in review.package.files for part in f.path.split("/")))
    numbered = {(int(a), int(b)) for name in names for a, b in _NUMBERED.findall(name)} | _opened_pages(review) \
        | _numbered_in_folders(review) | _indexed(review)
    series = {(_series_word(w), int(n)) for name in names for w, n in _SERIES.findall(name)}
    absent: dict[str, list[str]] = {}
    for value in review.primary_form.values():
        if not value.field_id:
            continue
        for match in CITED.finditer(value.proof or ""):
            if _NO_FILE.search((value.proof or "")[match.end():match.end() + 40]):
                continue  # 「附件3-9 平台后台统计（无单独证明材料，数据取自平台运营后台）」: no file is claimed
            cited = (int(match.group(1)), int(match.group(2)))
            titled = re.match(r"\s*《([^》]{2,60})》", (value.proof or "")[match.end():])
            if titled is not None and len(title := _key(titled.group(1))) >= 4 and any(title in _key(n) for n in names):
                continue  # 「附件3-1《证明1_专项审计报告》」: the file is named, and it is there
            if cited not in numbered and sum(1 for n in numbered if n[0] == cited[0]) >= 2:
                absent.setdefault(f"附件{cited[0]}-{cited[1]}", []).append(value.field_id)
        for number in {int(n) for n in _CITED_PART.findall(value.proof or "")} - bound if bound else ():
            absent.setdefault(f"附件{number}", []).append(value.field_id)  # a part the binder lacks
        for number in {int(n) for n in _CITED_PART.findall(value.proof or "")} if not bound and len(numbered) >= 2 else ():
            # 「附件8 专利证书」 where the proofs run 3-1 … 3-5 and nothing is numbered 8 (the notice's own are 附件1–6, h67)
            if number > 6 and not any(re.search(rf"(?<![\d\-－—]){number}(?!\d)", name) for name in names):
                absent.setdefault(f"附件{number}", []).append(value.field_id)
        for word, number in _SERIES.findall(value.proof or ""):
            cited = (_series_word(word), int(number))
            if cited not in series and sum(1 for n in series if n[0] == cited[0]) >= 2:
                absent.setdefault(f"{word}{number}", []).append(value.field_id)
    return absent


_OPENS_AS = re.compile(r"^附件\s*(\d{1,2})\s*[-－—_.．]\s*(\d{1,2})(?![\d年月])\s*\S")


def _numbered_in_folders(review) -> set[tuple[int, int]]:
    """「附件3 证明材料/09 合作平台协议清单.pdf」 is 附件3-9: a file numbered inside a folder numbered as an 附件 (h42)."""
    found = set()
    for member in review.package.files:
        *folders, name = member.path.split("/")
        own = re.match(r"0?(\d{1,2})(?=[\s_、.．\-－—])", name)
        outer = next((m for f in reversed(folders) if (m := re.match(r"附件\s*(\d{1,2})(?![\d\-－—_.．])", f))), None)
        if own and outer:
            found.add((int(outer.group(1)), int(own.group(1))))
    return found


def _opened_pages(review) -> set[tuple[int, int]]:
    """附件3-2 … bound inside another file: a page that opens with 「附件3-2 平台知识产权清单」 (in its first
    four lines, below a 「第 1 页 共 2 页」) — a 申报书's 附件材料 part, a merged scan (h71). A page opening
    with several such lines is a list of them (an annex table, a 目录), no part."""
    found = set()
    for member in review.package.files:
        for page in member.document.pages:
            opened = {(int(m.group(1)), int(m.group(2))) for line in
                      [x.strip() for x in page.text.splitlines() if x.strip()][:4] if (m := _OPENS_AS.match(line))}
            if len(opened) == 1:
                found |= opened
    return found


def _indexed(review) -> set[tuple[int, int]]:
    """附件3-1 … that an index's row pairs with a file the package holds (「附件3-1 | 证明1_专项审计报告 |
    共6页」, the 申报书's annex table, h81): that number is there, under the file's own name."""
    keys = {_key(f.path) for f in review.package.files}
    found = set()
    for member in review.package.files:
        for table in member.document.tables:
            for row in table.rows:
                numbers = [CITED.search(cell) or _NUMBERED.fullmatch(cell.strip()) for cell in row]
                number = next((m for m in numbers if m is not None), None)
                if number is not None and any(len(key := _key(cell)) >= 4 and key in keys for cell in row):
                    found.add((int(number.group(1)), int(number.group(2))))
    return found


def _series_word(word: str) -> str:
    return "佐证" if word.startswith("佐证") else "证明"


@rule("missing_proof.cited_file", title="证明资料所引附件不在申报材料中", severity="warning",
      basis="申报表 三、指标明细表 注2：证明资料请逐项对应到《申报书》附件对应序号、附件名称及页码")
def cited_attachments_present(review):
    """A 证明资料 cell citing 附件3-9 (or 佐证6) when the package numbers its proofs 附件3-1 … 3-8
    (佐证1 … 佐证8) as files and none is 3-9 (佐证6): the proof named is not there. A compiled binder is
    judged by its parts: 「附件6 …」 cited where its parts run 附件1 … 附件5, 附件7 … 附件9."""
    for cited, fields in _absent_citations(review).items():
        labels = "、".join(review.catalog.field(f).label for f in dict.fromkeys(fields))
        yield make_finding(review, "missing_proof.cited_file", "warning", list(dict.fromkeys(fields)),
                           f"{labels}的证明资料注明“{cited}”，但申报材料中没有编号为{cited}的文件或汇编部分（已有附件按此编号）",
                           expected=cited, actual="")


# --- missing_proof.pending -----------------------------------------------------------------------

_PENDING = re.compile(r"(?:证书|证明|材料|文本|原件|复印件|扫描件|批文|文件)\s*[:：]?\s*"
                      r"(?:待补充?|后补|补交|待提供|另行提供|暂缺|尚未取得|尚未颁发|待颁发|待发放|正在办理|办理中)"
                      r"|(?:待补充?|后补|另行提供|暂缺)(?:证书|证明|材料)")


@rule("missing_proof.pending", title="证明材料清单注明某项证明待补或另行提供", severity="warning",
      basis="申报表 三、指标明细表 注2：每项数据须有证明资料；附件3 六、相关附件")
def pending_proofs(review: Review) -> Iterator[Finding]:
    """A line of a list page the evidence counted from that says the item's proof is to come."""
    fields_on: dict[tuple[str, int], list[str]] = {}
    for fact in review.evidence:
        if fact.dimension != "total" or fact.unit not in ("个", "项", "件", "套", "家"):
            continue
        for citation in fact.citations[:1]:
            fields_on.setdefault((citation.file, citation.page), []).append(fact.field_id)
    documents = {f.path: f.document for f in review.package.files if not f.document.failed}
    pending: dict[str, list[Citation]] = {}
    for (path, number), fields in fields_on.items():
        page = next((p for p in documents[path].pages if p.number == number), None) if path in documents else None
        if page is None:
            continue
        for line_match in re.finditer(r"[^\n]+", page.text):
            line = line_match.group(0)
            if not _PENDING.search(line):
                continue
            start = line_match.start() + len(line) - len(line.lstrip())
            citation = cite_text(documents[path], page, start, start + min(len(line.strip()), 80))
            for field_id in dict.fromkeys(fields):
                pending.setdefault(field_id, []).append(citation)
    for field_id, citations in pending.items():
        label = review.catalog.field(field_id).label
        declared = review.declared(field_id)
        lines = "；".join(f"《{c.file}》第{c.page}页“{c.quote}”" for c in citations[:3])
        told = f"（申报表填报 {declared.raw.strip()[:24]}）" if declared is not None and declared.raw.strip() else ""
        yield Finding(rule="missing_proof.pending", severity="warning", fields=(label,),
                      message=f"{label}所据清单中有项目注明证明材料待补/另行提供：{lines}；该项目前没有证明材料{told}",
                      expected="每项均附证明材料", actual="证明待补", citations=tuple(citations[:3]),
                      files=tuple(dict.fromkeys(c.file for c in citations)))
