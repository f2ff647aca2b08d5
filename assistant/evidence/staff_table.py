"""A table of the platform's team by kind of post → 平台团队总人数 and its 运维 / 运营 / 职称 parts (h86).

A 人员及资源专项说明 or an HR certificate sets the team out by post:

    人员类别                                   | 人数（人）
    平台运维（含基础运维、迭代开发、优化升级） | 96
    平台运营（含日常运营、销售、管理）         | 58
    合计                                       | 154
    其中：具有相关技术职称/从业资格            | 121

A header whose first cell names the posts (人员类别, 岗位类别, 人员构成, 岗位) and another the count (人数) opens
it; each row under it whose label names 运维 or 运营 (not both), a 合计/总计, or 职称/从业资格 gives that indicator's
figure, the number its last cell holds. The table ends at a row without a number or at the next header.

A social-insurance office's certificate of the platform's people (「兹证明该单位工业互联网平台项目人员2024年6月在本市参加
社会保险并正常缴费，共84人」, h85) states the team's headcount too, or one company's part of it (`read_insured_staff`):
read only where the sentence names the platform's (or the project's) people and their insurance.

Must not: read a headcount of another kind (研发人员, 新增就业, a month's 新增参保), or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.citations import cite_text
from assistant.core.evidence import OCR_REASON, EvidenceValue
from assistant.core.text_keys import squash
from assistant.evidence.rows import document_rows
from assistant.values.numbers import sole_quantity
from extractors.model import Document

_POSTS = re.compile(r"^(?:人员|岗位|团队|平台)?(?:类别|类型|构成|分类|岗位|职能)(?:名称)?$")
_COUNT = re.compile(r"^(?:人数|数量|人员数量)(?:[（(]人[)）])?$")
_ROWS = (("staff_total", re.compile(r"^(?:合计|总计|共计|团队合计|平台团队(?:总)?人数|总人数)")),
         ("staff_qualified", re.compile(r"职称|从业资格|资质证书")),
         ("staff_ops_maintenance", re.compile(r"运维")),
         ("staff_operations", re.compile(r"运营")))
_OTHER = re.compile(r"参保|研发人员|新增|就业|外包|兼职|集团共享")
_CONFIDENCE = 0.9


def read_staff_tables(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    ids = {f.id for f in catalog.fields}
    out: list[EvidenceValue] = []
    seen: set[str] = set()
    open_table = False
    for row in document_rows(document):
        cells = [c for c in row.cells if c.text.strip()]
        texts = [squash(c.text) for c in cells]
        if len(texts) >= 2 and _POSTS.match(texts[0]) and any(_COUNT.match(t) for t in texts[1:]):
            open_table = True
            continue
        if not open_table:
            continue
        quantity = sole_quantity(cells[-1].text) if len(cells) >= 2 else None
        if quantity is None or quantity.unit not in (None, "人", "名") or quantity.value != quantity.value.to_integral_value():
            open_table = False
            continue
        label = "".join(texts[:-1])
        field_id = next((f for f, words in _ROWS if words.search(label)), None)
        if field_id == "staff_ops_maintenance" and "运营" in label or field_id is None or _OTHER.search(label):
            continue  # 「运维运营人员」 both; another kind of headcount
        if field_id in seen or field_id not in ids or cells[-1].citation is None:
            continue
        seen.add(field_id)
        spec = catalog.field(field_id)
        reasons = (f"人员构成表：“{cells[0].text.strip()}”行", *((OCR_REASON,) if row.page.source == "ocr" else ()))
        citations = tuple(c.citation for c in (cells[-1], cells[0]) if c.citation is not None)
        out.append(EvidenceValue(field_id=field_id, label=spec.label, value=cells[-1].text.strip(), unit="人",
                                 normalized=int(quantity.value), scope="platform", confidence=_CONFIDENCE,
                                 method="ocr_figure" if row.page.source == "ocr" else "table_row",
                                 citations=citations, note=reasons[0], reasons=reasons))
    return out


_INSURED_STAFF = re.compile(r"(?:平台|项目)[^。；;，,]{0,16}?人员[^。；;]{0,40}?(?:参加社会保险|参保|缴纳社会保险)[^。；;]{0,24}?"
                            r"共\s*(?P<n>\d[\d,]*)\s*(?:人|名)")
_INSURED_CONFIDENCE = 0.75  # a certificate's sentence: the people insured, not the posts the form asks


def read_insured_staff(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    if not any(f.id == "staff_total" for f in catalog.fields):
        return []
    spec = catalog.field("staff_total")
    for page in document.pages:
        text = page.text
        found = _INSURED_STAFF.search(re.sub(r"\s", " ", text))
        if found is None or re.search(r"新增", found.group(0)):
            continue
        start, end = found.start("n"), found.end()
        citation = cite_text(document, page, start, end)
        reasons = (f"社保缴费证明：“{found.group(0)[-40:]}”", "存疑：参保人数按证明所载，可能只是申报单位（或其一家子公司）的部分人员",
                   *((OCR_REASON,) if page.source == "ocr" else ()))
        number = int(found["n"].replace(",", ""))
        return [EvidenceValue(field_id=spec.id, label=spec.label, value=found["n"], unit="人", normalized=number,
                              scope="platform", confidence=_INSURED_CONFIDENCE, method="text", citations=(citation,),
                              note=reasons[0], reasons=reasons)]
    return []
