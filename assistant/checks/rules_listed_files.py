"""Files an index of the package names that the package does not hold (family missing_file).

Applicants list their proofs: a 佐证材料清单.xlsx (序号 | 附件编号 | 材料名称 | 电子文件名), a 目录 page,
the 申报书's 六 with file names. A file name written there with its extension (「3-7 工业APP订阅明细.xlsx」)
that no file of the package answers to — the same name, or the same name but for spaces, brackets and
full-width forms, or one name inside the other (「3-7 工业APP订阅明细」 for 「3-7 工业APP订阅明细（2024）.xlsx」)
— is a proof the applicant meant to send and did not: a warning naming the index and its place.

Only a document that is an index of this package counts: two or more of the names it lists are
files of the package (a letter that mentions 「某某白皮书.pdf」 on a website is no index).

Must not: judge whether the missing proof was needed (the completeness rules do).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.core.citations import Citation
from assistant.core.findings import Finding
from assistant.core.text_keys import fold
from assistant.review.model import Review
from extractors.model import Span

_NAME = re.compile(r"[^\s/\\|：:，,；;、“”\"'《》()（）]*(?:[\s\u3000]?[^\s/\\|：:，,；;、“”\"'《》]+?)*?"
                        r"\.(?:pdf|docx?|xlsx?|csv|png|jpe?g|zip|rar|7z|wps|et)\b", re.IGNORECASE)
_NAME = re.compile(r"(?P<name>[0-9A-Za-z\u4e00-\u9fff][^/\\|：:；;“”\"《》\n]{0,80}?\.(?:pdf|docx?|xlsx?|csv|png|jpe?g|zip|rar|7z))"
                   r"(?![0-9A-Za-z])", re.IGNORECASE)


def _key(name: str) -> str:
    stem = re.sub(r"\.[A-Za-z0-9]{2,4}$", "", fold(name.rsplit("/", 1)[-1]))
    return re.sub(r"[\s\u3000()（）\[\]【】_\-－—.·]", "", stem).lower()


@rule("missing_file.listed", title="佐证材料清单列出的文件不在申报材料中", severity="warning",
      basis="附件3 六、相关附件：所列证明材料须随申报材料一并提交")
def listed_files_present(review: Review) -> Iterator[Finding]:
    present = {_key(f.path) for f in review.package.files}
    missing: dict[str, list[tuple[str, str, Citation]]] = {}  # key → (name, index file, where)
    for member in review.package.files:
        document = member.document
        if document.failed:
            continue
        listed: list[tuple[str, Citation]] = []
        for page in document.pages:
            for found in _NAME.finditer(page.text):
                name, start = found["name"].strip(), found.start("name")
                locator = next((b.locator for b in page.blocks if b.span.start <= start < b.span.end), "")
                citation = Citation(file=member.path, page=page.number, locator=locator, quote=name, doc_id=document.id,
                                    span=Span(start=start, end=start + len(name)))
                listed.append((name, citation))
        if len({_key(n) for n, _c in listed if _found(_key(n), present)}) < 2:
            continue  # not an index of this package
        for name, citation in listed:
            if not _found(key := _key(name), present) and key != _key(member.path):
                missing.setdefault(key, []).append((name, member.path, citation))
    for places in missing.values():
        name = places[0][0]
        where = "；".join(dict.fromkeys(f"《{path}》{c.place}" for _n, path, c in places))
        yield Finding(rule="missing_file.listed", severity="warning", fields=(name,),
                      message=f"{where}列出“{name}”，申报材料中没有该文件（按文件名核对，未找到同名或名称相近的文件）",
                      expected=name, actual="未提交", citations=tuple(dict.fromkeys(c for *_x, c in places)),
                      files=tuple(dict.fromkeys(path for _n, path, _c in places)))


def _found(key: str, present: set[str]) -> bool:
    return bool(key) and any(key == p or (len(key) >= 4 and len(p) >= 4 and (key in p or p in key)) for p in present)
