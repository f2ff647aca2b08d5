"""Certificates delivered one by one → a count of them, where no list counts them.

Some applicants prove their 软著, 专利 or 荣誉 not with a list but with the certificates themselves: a
folder of twelve 「计算机软件著作权登记证书」 scans (附件3-5/01.pdf … 12.pdf), or one certificate a page
in a compiled PDF (h77). A page is a certificate when it carries the certificate's title (计算机软件著作权
登记证书, 发明/实用新型/外观设计专利证书, 荣誉证书/获奖证书) and, for 软著 and 专利, the number that
identifies it (登记号 2020SR2034567, 专利号 ZL2021 1 0123456.7); certificates are counted by that
number (an award by its page), the same number twice once.

The count is a reading of the package, not a statement of the applicant: it is read only where no list
of that kind was counted (a list is the proof; certificates beside it are samples), only from two
certificates up, and always with the doubt that not every certificate may have been attached — so a
difference from the form is a warning that says so.

Beside a list, the certificates are counted when they are the list's own, attached for most of it: every
certificate's number is one the list prints, and they are at least half of the list's numbers but not all
(h61: 14 of a 17-item 软著 list, items 15–17 without one). A file that says it holds a part (节选, 部分, 代表性,
示例) is samples. The count then says which of the list's numbers have no certificate.

Must not: read a list or a page of several certificates (the list readers do), or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.citations import Citation
from assistant.core.evidence import OCR_REASON, EvidenceFact, EvidenceValue
from assistant.core.text_keys import squash
from assistant.evidence.lists.certificates import CERTIFICATE_FIELDS
from assistant.evidence.rows import cite_in_block
from extractors.model import Document, Page

_TITLES = (("software", re.compile(r"计算机软件著作权登记证书|软件著作权登记证书")),
           ("patent", re.compile(r"(?:发明|实用新型|外观设计)专利证书")),
           ("award", re.compile(r"荣誉证书|获奖证书|奖\s*状")))
_NUMBERS = {"software": re.compile(r"\d{4}SR\d{5,8}", re.IGNORECASE),
            "patent": re.compile(r"ZL\s*(\d{4}\s*\d\s*\d{7}\s*[.．·]?\s*[\dX])", re.IGNORECASE)}
_AWARDED = re.compile(r"授予|荣获|被评为|获得|荣誉称号|特发此证|予以表彰")
_A_LIST = re.compile(r"序号|清单|目录|一览表|合计")
_KIND_ZH = {"software": "计算机软件著作权登记证书", "patent": "专利证书", "award": "荣誉/获奖证书"}
_DOUBT = "存疑：按所附证书逐份计数，未见清单；若只附了部分证书，此数少于实有数"


def read_certificate_files(documents: list[Document], values: list[EvidenceValue],
                           catalog: Catalog) -> list[EvidenceFact]:
    """`documents`: the package's proofs as read; `values`: the evidence read from them so far."""
    found: dict[str, dict[str, tuple[Document, Page, re.Pattern]]] = {}
    for document in documents:
        for page in document.pages:
            certificate = _certificate(page)
            if certificate is not None:
                kind, key, mark = certificate
                found.setdefault(kind, {}).setdefault(key, (document, page, mark))
    facts = []
    for kind, certificates in found.items():
        field_id = CERTIFICATE_FIELDS[kind]
        listed = any(v.field_id == field_id and v.method == "list_count" for v in values)
        lists = {v.citations[0].file for v in values if v.field_id == field_id and v.method == "list_count" and v.citations}
        unattached = _unattached([d for d in documents if d.path in lists], kind, certificates) if listed else []
        if (listed and not unattached) or len(certificates) < 2:
            continue
        cites = [c for document, page, mark in certificates.values() if (c := _cite(document, page, mark))]
        files = sorted({document.path for document, _p, _q in certificates.values()})
        shown = "、".join(files[:3]) + (f"等 {len(files)} 个文件" if len(files) > 3 else "")
        ocr = any(page.source == "ocr" for _d, page, _q in certificates.values())
        missing = (f"存疑：清单所列{len(unattached)}项未附证书（{'、'.join(unattached[:5])}"
                   f"{'等' if len(unattached) > 5 else ''}），所附证书少于清单" if unattached else _DOUBT)
        reasons = (f"所附{_KIND_ZH[kind]} {len(certificates)} 份（{shown}），按证书号逐份计数",
                   missing, *((OCR_REASON,) if ocr else ()))
        spec = catalog.field(field_id)
        facts.append(EvidenceFact(field_id=field_id, label=spec.label, value=str(len(certificates)), unit="",
                                  normalized=len(certificates), scope="platform", confidence=0.7, reasons=reasons,
                                  status="found", method="list_count", citations=tuple(cites[-1:] + cites[:-1]),
                                  note=f"逐份计数的{_KIND_ZH[kind]}"))
    return facts


# 「计算机软件著作权登记证书（共12份）」, 「专利证书扫描件（6件）」: an index of the proofs saying how many it holds
_STATED = re.compile(r"(?P<title>计算机软件著作权登记证书|软件著作权登记证书|(?:发明|实用新型)?专利证书|荣誉证书|获奖证书)"
                     r"(?:扫描件|复印件|影印件)?\s*[（(]\s*共?\s*(?P<n>\d{1,4})\s*(?:份|件|张|项|个)\s*[)）]")


def read_stated_certificates(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    """The number of certificates an index of the proofs says it holds (h77's 证明材料目录), per kind."""
    facts: dict[str, EvidenceFact] = {}
    for page in document.pages:
        for block in page.blocks:
            for found in _STATED.finditer(block.text):
                kind = "software" if "著作权" in found["title"] else "patent" if "专利" in found["title"] else "award"
                field_id = CERTIFICATE_FIELDS[kind]
                if field_id in facts or (cited := cite_in_block(document, page, block, found.start(), found.end())) is None:
                    continue
                count = int(found["n"])
                facts[field_id] = EvidenceFact(
                    field_id=field_id, label=catalog.field(field_id).label, value=found.group(0), unit="",
                    normalized=count, scope="platform", confidence=0.85, status="found", method="text",
                    reasons=(f"证明材料所注证书份数“{found.group(0)}”", *((OCR_REASON,) if page.source == "ocr" else ())),
                    citations=(cited,), note=f"所附{_KIND_ZH[kind]}的份数（按材料所注）")
    return list(facts.values())


def _certificate(page: Page) -> tuple[str, str, re.Pattern] | None:
    """(kind, identity, what to cite) of a page that is one certificate, or None."""
    text = squash(page.text)
    if not text or len(text) > 600 or _A_LIST.search(text):
        return None
    kinds = [(kind, title) for kind, title in _TITLES if title.search(text)]
    if len(kinds) != 1:
        return None
    kind, title = kinds[0]
    if kind == "award":
        return (kind, text[:200], title) if _AWARDED.search(text) else None
    numbers = {re.sub(r"[\s.．·]", "", m.group(0)).upper() for m in _NUMBERS[kind].finditer(text)}
    return (kind, numbers.pop(), _NUMBERS[kind]) if len(numbers) == 1 else None


_SAMPLES = re.compile(r"节选|部分|代表|示例|样例|典型|摘录")


def _unattached(lists: list[Document], kind: str, certificates: dict) -> list[str]:
    """The numbers the lists print that no attached certificate carries, in the list's order, when the
    certificates are the list's own and most of it (see the module's note); [] otherwise."""
    if kind not in _NUMBERS:
        return []
    certificate_pages = {(d.path, page.number) for d, page, _m in certificates.values()}
    if any(_SAMPLES.search(d.path.rsplit("/", 1)[-1]) for d, _p, _m in certificates.values()):
        return []
    listed: dict[str, None] = {}
    for document in lists:
        for page in document.pages:
            if (document.path, page.number) not in certificate_pages:
                listed.update((re.sub(r"[\s.．·]", "", m.group(0)).upper(), None) for m in _NUMBERS[kind].finditer(page.text))
    held = set(certificates)
    if not held <= set(listed) or len(held) * 2 < len(listed):
        return []
    return [number for number in listed if number not in held]


def _cite(document: Document, page: Page, mark: re.Pattern) -> Citation | None:
    """The certificate's number (an award: its title) where the page prints it."""
    for block in page.blocks:
        if (found := mark.search(block.text)) is not None:
            return cite_in_block(document, page, block, found.start(), found.end())
    return None
