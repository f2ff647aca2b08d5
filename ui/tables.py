"""The rows the views show, built from a `Review`: indicators with their declared and evidence
values, declared-vs-evidence comparisons, finding counts per dimension, completeness groups.

Every judgement here was made in `assistant` — evidence statuses by `assistant.app.review_run`,
findings by the checks; this module only lines them up by indicator (the catalog's 一/二/三级
path) and by dimension. Texts are masked (ui.markup.plain). No Streamlit here: tested directly.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.core.citations import Citation
from assistant.core.findings import SEVERITY_ORDER, SEVERITY_ZH, Finding
from assistant.core.text_keys import label_key
from assistant.reports.check_report import NO_DIMENSION_TITLE, dimension_titles
from assistant.reports.prefill_document import other_indicators, summary_row_for
from assistant.review.model import Review
from ui.markup import plain, source_names

EVIDENCE_STATUS_ZH = {"consistent": "一致", "mismatch": "不一致", "ungrounded": "未能在原文核实",
                      "ambiguous": "有歧义", "unchecked": "未比对", "found": "已找到"}
# 申报单位 self-check: what makes a package incomplete comes before what makes it inconsistent.
COMPLETENESS_FAMILIES = ("missing_file", "blank", "missing_proof", "char_limit", "answer_format",
                         "missing_section", "section7", "conditional", "platform_name")
FAMILY_ZH = {"missing_file": "缺少材料", "blank": "空白未填", "missing_proof": "缺少证明资料", "char_limit": "字数超限",
             "answer_format": "填写格式", "missing_section": "申报书章节", "section7": "第七章（上年度对比）",
             "conditional": "条件必填", "platform_name": "平台名称"}


@dataclass
class IndicatorRow:
    field_id: str
    dimension_code: str
    dimension: str  # "一、平台基础情况（25%）"
    level2: str
    level3: str
    label: str
    declared: str
    proof: str
    evidence: str
    status: str
    findings: int
    worst: str  # 错误 / 警告 / 提示 / ""
    citations: list[Citation] = field(default_factory=list)  # declared first, then evidence

    def as_record(self) -> dict:
        return {"指标": self.label, "申报值": self.declared, "证据值": self.evidence, "状态": self.status,
                "问题数": self.findings, "最严重": self.worst, "三级指标": self.level3, "二级指标": self.level2,
                "一级指标": self.dimension, "证明资料": self.proof}


def citation_from_payload(payload: dict | Citation) -> Citation:
    """Evidence entries keep their citations in the prefill JSON shape; back to a Citation."""
    if isinstance(payload, Citation):
        return payload
    bbox = payload.get("bbox")
    return Citation.model_validate({
        "file": payload.get("file", ""), "page": payload.get("page"), "locator": payload.get("locator") or "",
        "quote": payload.get("quote", ""),
        "bbox": None if not bbox else dict(zip(("x0", "top", "x1", "bottom"), bbox, strict=True)),
    })


def field_evidence(review: Review) -> dict[str, list[dict]]:
    """Field id → the evidence entries (prefill JSON shape, with their status) that bear on it.
    Entries of a 附件4 row were attached in `review.evidence` order (review_run.attach_evidence),
    so they pair up with the row's evidence values one to one."""
    catalog = review.catalog
    by_field: dict[str, list[dict]] = {}
    for row in review.rows:
        if not row.evidence:
            continue
        values = [v for v in review.evidence if (r := summary_row_for(v, catalog)) is not None and r.order == row.order]
        spec = catalog.summary_row(row.label)
        fallback = spec.source_fields[0] if spec is not None and spec.source_fields else row.label
        owners = [v.field_id for v in values] if len(values) == len(row.evidence) else [fallback] * len(row.evidence)
        for owner, entry in zip(owners, row.evidence, strict=True):
            by_field.setdefault(owner, []).append(entry if isinstance(entry, dict) else entry.model_dump())
    unrowed = sorted({v.field_id for v in review.evidence if summary_row_for(v, catalog) is None})
    others = other_indicators(review)
    if len(unrowed) == len(others):  # other_indicators: one entry per field, in field id order
        for field_id, other in zip(unrowed, others, strict=True):
            by_field.setdefault(field_id, []).extend(other["evidence"])
    return by_field


def field_ids_of(finding: Finding, review: Review) -> set[str]:
    ids: set[str] = set()
    for label in finding.fields:
        ids.update(spec.id for spec in review.catalog.match_labels(label))
    return ids


def findings_by_field(review: Review) -> dict[str, list[Finding]]:
    result: dict[str, list[Finding]] = {}
    for finding in review.findings:
        for field_id in field_ids_of(finding, review):
            result.setdefault(field_id, []).append(finding)
    return result


def evidence_text(entry: dict) -> str:
    value = str(entry.get("value", ""))
    if entry.get("component"):
        value = f"{entry['component']}：{value}"
    if entry.get("period"):
        value += f"（{entry['period']}）"
    return plain(value)


def indicator_status(declared: str, entries: list[dict]) -> str:
    statuses = {str(e.get("status", "")) for e in entries}
    if not declared.strip():
        return "未填写"
    for status, text in (("mismatch", "与证据不一致"), ("consistent", "证据一致"),
                         ("ungrounded", "证据未核实"), ("ambiguous", "证据有歧义")):
        if status in statuses:
            return text
    return "有证据（未比对）" if entries else "已填写（未核对证据）"


def indicator_rows(review: Review) -> list[IndicatorRow]:
    titles = dimension_titles(review.catalog)
    evidence = field_evidence(review)
    findings = findings_by_field(review)
    rows = []
    for spec in review.catalog.fields:
        if spec.path is None:
            continue
        declared = review.declared(spec.id)
        typed = review.typed(spec.id) if declared is not None else None
        shown = typed.display if typed is not None and typed.display else (declared.raw if declared else "")
        entries = evidence.get(spec.id, [])
        own = findings.get(spec.id, [])
        worst = min((f.severity for f in own), key=SEVERITY_ORDER.__getitem__, default=None)
        citations = list(declared.citations[:1]) if declared else []
        citations += [citation_from_payload(c) for e in entries for c in e.get("citations", [])[:1]]
        rows.append(IndicatorRow(
            field_id=spec.id, dimension_code=spec.path.dimension_code, dimension=titles[spec.path.dimension_code],
            level2=f"{spec.path.level2_code} {spec.path.level2_name}", level3=f"{spec.path.level3_code} {spec.path.level3_name}",
            label=spec.label, declared=plain(shown), proof=plain(declared.proof if declared and declared.proof else ""),
            evidence="；".join(f"{evidence_text(e)}（{EVIDENCE_STATUS_ZH.get(str(e.get('status')), e.get('status'))}）"
                              for e in entries),
            status=indicator_status(shown, entries), findings=len(own),
            worst=SEVERITY_ZH[worst] if worst else "", citations=citations))
    return rows


def filter_rows(rows: list[IndicatorRow], *, query: str = "", statuses: list[str] | None = None,
                dimensions: list[str] | None = None, only_findings: bool = False) -> list[IndicatorRow]:
    key = label_key(query) if query.strip() else ""
    kept = []
    for row in rows:
        if key and key not in label_key(f"{row.label}{row.level2}{row.level3}{row.declared}{row.evidence}"):
            continue
        if statuses and row.status not in statuses:
            continue
        if dimensions and row.dimension_code not in dimensions:
            continue
        if only_findings and not row.findings:
            continue
        kept.append(row)
    return kept


def comparison_rows(review: Review) -> list[dict]:
    """Fields with a declared number and an evidence number: both, and the relative difference
    (evidence − declared) ÷ declared, for the declared-vs-evidence chart."""
    evidence = field_evidence(review)
    names = source_names(review.package)
    rows = []
    for field_id, entries in sorted(evidence.items()):
        declared = review.number(field_id) if any(f.id == field_id for f in review.catalog.fields) else None
        for entry in entries:
            found = entry.get("normalized")
            if entry.get("component") or declared is None or not isinstance(found, (int, float)) or isinstance(found, bool):
                continue
            label = review.catalog.field(field_id).label
            difference = None if declared == 0 else (float(found) - declared) / abs(declared) * 100
            cite = entry.get("citations") or [{}]
            rows.append({"指标": plain(label), "申报值": declared, "证据值": float(found),
                         "相对差异（%）": None if difference is None else round(difference, 2),
                         "状态": EVIDENCE_STATUS_ZH.get(str(entry.get("status")), str(entry.get("status"))),
                         "出处": plain(f"{names.get(cite[0].get('file', ''), cite[0].get('file', ''))} "
                                       + (f"第{cite[0]['page']}页" if cite[0].get("page") else "")).strip()})
    return rows


def dimension_of(finding: Finding, titles: dict[str, str]) -> str:
    return titles.get(finding.dimension or "", NO_DIMENSION_TITLE)


def findings_by_dimension(review: Review) -> list[dict]:
    """One record per (dimension, severity) with its count, dimensions in the notice's order."""
    titles = dimension_titles(review.catalog)
    counts = Counter((dimension_of(f, titles), f.severity) for f in review.findings)
    order = [*titles.values(), NO_DIMENSION_TITLE]
    return [{"维度": dimension, "严重程度": SEVERITY_ZH[severity], "问题数": counts[(dimension, severity)]}
            for dimension in order for severity in SEVERITY_ORDER if counts[(dimension, severity)]]


def selfcheck_sections(findings: list[Finding]) -> list[tuple[str, list[tuple[str, Finding]]]]:
    """The applicant's list, worst first (issue 16): one section per severity, each item with
    what kind of problem it is; within a severity, completeness (缺少材料, 空白未填, … in the
    notice's order) before consistency (数据一致性)."""
    def rank(finding: Finding) -> int:
        family = finding.family
        return COMPLETENESS_FAMILIES.index(family) if family in COMPLETENESS_FAMILIES else len(COMPLETENESS_FAMILIES)

    kept = [f for f in findings if not f.rule.startswith("internal.")]
    sections = []
    for severity in sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.get):
        items = sorted((f for f in kept if f.severity == severity), key=rank)
        if items:
            sections.append((severity, [(FAMILY_ZH.get(f.family, "数据一致性") if f.family in COMPLETENESS_FAMILIES
                                         else "数据一致性", f) for f in items]))
    return sections


def _bare(label: str) -> str:
    return re.sub(r"[（(][^（()）]*[）)]$", "", re.sub(r"^其中[:：]?", "", label)).strip()


def fix_hint(finding: Finding, review: Review, limit: int = 160) -> str:
    """The 填报指引 of a finding's first field (the notice's own words), clipped; "" if none.
    The guidance's own leading label ("合作平台数量（个）：…") is dropped, and the field is named
    only when the finding does not already name it (issue 16: 填报指引 repeated the label)."""
    for label in finding.fields[:1]:
        spec = review.catalog.match_label(label)
        if spec is None:
            continue
        bare = _bare(spec.label)
        if spec.guidance:
            text = " ".join(spec.guidance.split())
            text = re.sub(rf"^(?:其中[:：]?)?{re.escape(bare)}(?:[（(][^（()）]*[）)])?\s*[:：。]\s*", "", text)
            text = text if len(text) <= limit else text[: limit - 1] + "…"
        elif spec.max_chars:
            text = f"{spec.max_chars} 字以内"
        else:
            continue
        if not text:
            continue
        return plain(text if bare in finding.message else f"{bare}：{text}")
    return ""
