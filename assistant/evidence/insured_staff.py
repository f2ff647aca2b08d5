"""A social-insurance office's certificate of the platform's people → 平台团队总人数 (h85).

「兹证明该单位工业互联网平台项目人员2024年6月在本市参加社会保险并正常缴费，共84人」 states the team's headcount, or
one company's part of it: read only where the sentence names the platform's (or the project's) people and their
insurance. (A table of the team by post — 运维, 运营, 合计, 职称 — is `column_totals`'.) A team roster's closing line
(「共23人，其中运维9人、运营14人」, in a file titled as the team's 花名册) states the team and its two posts.

A group's annual report listing its subsidiaries' staff (h60: 「主要子公司 | 在职员工（人） | 其中：技术人员（人） | …」
over 「上海华兴数字科技有限公司 | 236 | 174 | …」) gives each company's whole staff on 31 December: read as a
company-scope figure of 平台团队总人数 naming its company (`PREPARED_BY`), never as the team itself — only the
applicant's own row, by its declared 单位名称; `rules_staff_bound` bounds the team by it (`read_company_staff`).

Must not: read a headcount of another kind (研发人员, 新增就业, a month's 新增参保, a column of 技术人员), a group's
total, or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.citations import cite_text
from assistant.core.evidence import OCR_REASON, PREPARED_BY, EvidenceValue
from assistant.core.text_keys import name_key
from assistant.evidence.rows import document_rows
from assistant.forms.model import DeclaredValue
from extractors.model import Document

_INSURED_STAFF = re.compile(r"(?:平台|项目)[^。；;，,]{0,16}?人员[^。；;]{0,40}?(?:参加社会保险|参保|缴纳社会保险)[^。；;]{0,24}?"
                            r"共\s*(?P<n>\d[\d,]*)\s*(?:人|名)")
_INSURED_CONFIDENCE = 0.75  # a certificate's sentence: the people insured, not the posts the form asks


def read_insured_staff(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    if not any(f.id == "staff_total" for f in catalog.fields):
        return []
    spec = catalog.field("staff_total")
    if (roster := _roster_line(document, catalog)):
        return roster
    for page in document.pages:
        found = _INSURED_STAFF.search(re.sub(r"\s", " ", page.text))
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


_ENTITY_HEAD = re.compile(r"子公司|公司名称|单位名称|企业名称|主体")
_STAFF_HEAD = re.compile(r"^(?:在职|在岗)?(?:员工|职工|从业人员)(?:人数|总数|数量|的数量)?\s*(?:[（(]人[)）])?$")
_COMPANY = re.compile(r"^[\u4e00-\u9fff（）()A-Za-z]{4,40}(?:有限公司|有限责任公司)$")
COMPANY_STAFF = "年度报告所列该公司期末在职员工数（公司整体，非平台团队）"
INSURED_UNIT = "社保证明所列该单位参保人数（公司整体，非平台团队）"
_INSURED_UNITS = re.compile(r"(?:社会保险|社保)[^。]{0,40}参保|参保单位.{0,6}参保人数")
_INSURED_ROW = re.compile(r"(?P<name>[\u4e00-\u9fff（）()A-Za-z]{4,40}(?:有限公司|有限责任公司))\s*(?P<n>\d[\d,]*)(?:人)?")


# a team roster's summing-up line: 「共23人，其中运维9人、运营14人」 under 「欧贝平台团队人员花名册」 (h94)
_ROSTER = re.compile(r"(?:团队|花名册|人员名单|人员名册|人员清单)")
_ROSTER_LINE = re.compile(r"共\s*(?P<total>\d[\d,]*)\s*[人名][，,；;]?\s*其中[:：]?\s*运维(?:人员)?\s*(?P<ops>\d[\d,]*)\s*[人名]"
                          r"\s*[、，,；;]\s*运营(?:人员)?\s*(?P<run>\d[\d,]*)\s*[人名]")


def _roster_line(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    """The team, its 运维 and its 运营 as a roster's closing line says them (「共23人，其中运维9人、运营14人」), in a file
    titled as the platform team's roster; the rows are the people it counts."""
    title = document.path.rsplit("/", 1)[-1] + (document.pages[0].text[:80] if document.pages else "")
    if not _ROSTER.search(title):
        return []
    out = []
    for page in document.pages:
        text = re.sub(r"\s", " ", page.text)
        if (found := _ROSTER_LINE.search(text)) is None:
            continue
        for group, field_id in (("total", "staff_total"), ("ops", "staff_ops_maintenance"), ("run", "staff_operations")):
            spec = catalog.field(field_id)
            reasons = (f"团队花名册所附说明：“{found.group(0)}”", *((OCR_REASON,) if page.source == "ocr" else ()))
            out.append(EvidenceValue(field_id=field_id, label=spec.label, value=found[group], unit="人",
                                     normalized=int(found[group].replace(",", "")), scope="platform", confidence=0.85,
                                     method="text", citations=(cite_text(document, page, found.start(group), found.end(group)),),
                                     note=reasons[0], reasons=reasons))
        return out
    return []


def read_company_staff(document: Document, catalog: Catalog, applicant: DeclaredValue | None = None) -> list[EvidenceValue]:
    """`applicant` (the declared 单位名称): only its row is read — a sister subsidiary's staff is nothing of it."""
    if not any(f.id == "staff_total" for f in catalog.fields) or applicant is None or not _core(applicant.raw):
        return []
    spec = catalog.field("staff_total")
    out: list[EvidenceValue] = []
    column: tuple[int | None, int] | None = None  # (page, index of the staff column)
    insured = _INSURED_UNITS.search(re.sub(r"\s", "", "".join(p.text for p in document.pages[:2]))) is not None
    for row in document_rows(document):
        texts = [c.text.strip() for c in row.cells]
        # 「参保单位 | 参保人数（人）」 over 「联通（上海）产业互联网有限公司 | 214」 (a 社保 certificate by unit, h96; OCR may
        # glue the two cells into one line): the applicant's insured staff, bounding the team as its staff does
        unit = _INSURED_ROW.fullmatch("".join(texts)) if insured and row.cells else None
        if unit is not None and _core(unit["name"]) == _core(applicant.raw) and row.cells[-1].citation is not None:
            out.append(EvidenceValue(field_id=spec.id, label=spec.label, value=unit["n"], unit="人",
                                     normalized=int(unit["n"].replace(",", "")), scope="company", confidence=0.8,
                                     method="table_row" if row.source == "table" else "text",
                                     citations=(row.cells[-1].citation,), note=f"{unit['name']}社会保险参保人数",
                                     reasons=(INSURED_UNIT, f"{PREPARED_BY}{unit['name']}",
                                              *((OCR_REASON,) if row.page.source == "ocr" else ()))))
            continue
        if len(texts) >= 2 and _ENTITY_HEAD.search(texts[0]) and (
                index := next((i for i, t in enumerate(texts[1:], 1) if _STAFF_HEAD.match(t)), None)) is not None:
            column = (row.page_number, index)
            continue
        if column is None or row.page_number != column[0]:
            column = None
            continue
        index = column[1]
        if len(texts) != len(row.cells) or len(texts) <= index or not _COMPANY.match(texts[0]) \
                or not re.fullmatch(r"\d[\d,]*", texts[index]) or _core(texts[0]) != _core(applicant.raw):
            continue
        cell = row.cells[index]
        if cell.citation is None:
            continue
        reasons = (COMPANY_STAFF, f"{PREPARED_BY}{texts[0]}", *((OCR_REASON,) if row.page.source == "ocr" else ()))
        out.append(EvidenceValue(field_id=spec.id, label=spec.label, value=texts[index], unit="人",
                                 normalized=int(texts[index].replace(",", "")), scope="company", confidence=0.8,
                                 method="table_row" if row.source == "table" else "text", citations=(cell.citation,),
                                 note=f"{texts[0]}期末在职员工", reasons=reasons))
    return out


def _core(name: str) -> str:
    """A company's name without its leading place and its legal form: 「上海华兴数字科技有限公司」 → 「华兴数字科技」.

    An identity, stricter on purpose than `checks.evidence_judgement.different_companies` (a doubt
    raised only when a proof's company is clearly another): a group's staff table lists sister
    subsidiaries that differ by a place inside the name (「江苏华兴数字科技有限公司」) or by a shorter
    name (the parent 「华兴集团有限公司」), which that judgement lets pass as not clearly different, and
    whose staff are not the applicant's."""
    return re.sub(r"^(?:中国|上海市?)|(?:股份)?有限(?:责任)?公司$|[（）()\s]", "", name_key(name))
