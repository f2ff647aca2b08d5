"""Declared values against the evidence (declared_vs_evidence, count_vs_list, screenshot_vs_form, unsupported).

The evidence is `Review.evidence` (never an `ungrounded` value). A comparison converts units first (66,707,912.35 元
is the 6670.79 万元 declared) and states both sides, the difference and the tolerance: money half a unit of the
last written digit of both sides, at least 0.005 万元; counts none but what a rounded display allows ("1.5万").

The family follows from where the evidence was read (`evidence_family`): a list (专利/软著清单, 获奖清单,
设备清单) → count_vs_list, save the parts and column totals a list states (公有云, 日均运行, 海外, 付费,
订阅数); a screenshot → screenshot_vs_form; a financial statement, a statistics table's total or any
other proof's figure → declared_vs_evidence (a workbook's summary sheet stating what its own list counts is
one difference, the list's); breakdowns are `rules_evidence_breakdown`'s. Formula indicators are recomputed
from the evidence's inputs (利润率, 研发投入强度, 投资回报率, 社会贡献率's 平均资产总额, 增长率) only when an
input differs from the form — an arithmetic slip between declared numbers is the formula rules'.

Must not: read files, or re-judge what the form itself gets wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from assistant.catalog.model import Relation
from assistant.catalog.vocabulary import (
    ANNUAL_PROFIT_COMPONENT,
    ASSETS_END_COMPONENT,
    ASSETS_START_COMPONENT,
    AVERAGE_ASSETS_COMPONENT,
    FIGURE_FIELDS,
    PROFIT_COMPONENT,
    SOCIAL_CONTRIBUTION_COMPONENT,
)
from assistant.checks import rule
from assistant.checks.copies import copies, counted_with_copies
from assistant.checks.declared_facts import (
    basis_for,
    is_blank,
    make_finding,
    read_amount,
    short_name,
    show_decimal,
)
from assistant.checks.evidence_family import listed_part, noted, short_lists, usable
from assistant.checks.evidence_judgement import (
    MONEY_TOLERANCE,
    REVENUE_BOUNDED,
    Comparison,
    company_bound,
    compare_fact,
    field_scope,
    is_direct,
    reading_of,
    superseded_by_later,
)
from assistant.checks.rules_formulas import written_division
from assistant.checks.unit_misread import misread_term
from assistant.core.evidence import (
    CHART_END,
    EvidenceValue,
    from_statistics,
    is_bound,
)
from assistant.core.findings import Finding
from assistant.package.model import FileRole
from assistant.values.numbers import format_decimal, to_wan

RATE_TOLERANCE = Decimal("0.01")  # percentage points: a rate is written with 2 decimals
_SOURCE_ZH = {"declared_vs_evidence": "证明材料", "count_vs_list": "清单", "screenshot_vs_form": "截图"}
_STATEMENT_FILES = {FileRole.audit_report, FileRole.financial_statement}


def _source_zh(review, family: str, value: EvidenceValue) -> str:
    """What the reviewer is pointed at: 财务报表 for an audit report's or a statement's figure."""
    member = review.package.file(value.citations[0].file) if value.citations else None
    if family == "declared_vs_evidence" and member is not None and member.role in _STATEMENT_FILES:
        return "财务报表"
    return _SOURCE_ZH[family]


# What the offline extractor can read at all: "no evidence" means something only for these.
_READABLE = {"revenue", "rd_investment", "platform_revenue_2022", "platform_revenue_2023", "patents",
             "software_copyrights", "awards", *FIGURE_FIELDS}
# Formula inputs the form does not ask for as fields, by (field, term index) → evidence component. Each term: the
# ways the evidence may give it, first match wins; several components are averaged (平均资产总额 = (期末 + 期初) ÷ 2).
_QUANTITY_TERMS = {("profit_margin", 0): ((PROFIT_COMPONENT,),), ("roi", 0): ((ANNUAL_PROFIT_COMPONENT,),),
                   ("social_contribution_rate", 0): ((SOCIAL_CONTRIBUTION_COMPONENT,),),
                   ("social_contribution_rate", 1): ((AVERAGE_ASSETS_COMPONENT,),
                                                     (ASSETS_END_COMPONENT, ASSETS_START_COMPONENT))}


def _sheets(review, path: str) -> bool:  # a workbook: its sheets may sum one another
    return (member := review.package.file(path)) is not None and member.document.pagination == "sheets"


def _where(value: EvidenceValue) -> str:
    """《file》第n页 and the quote: a statement row with its column, a figure with its caption."""
    c = value.citations[0]
    page = c.place
    if value.method in ("table_row", "text") and value.period and value.period != "合计":
        return f"《{c.file}》{page}“{c.quote}”（{value.period}）"
    if value.method == "table_row" and value.as_of:  # a table's row of one moment (「2023年12月31日」)
        return f"《{c.file}》{page}“{c.quote}”（{value.as_of}）"
    if value.method == "ocr_figure" and len(value.citations) > 1:
        return f"《{c.file}》{page}“{value.citations[1].quote}”“{c.quote}”"
    return f"《{c.file}》{page}“{c.quote}”"


def show_amount(value: Decimal, money: bool) -> str:
    """A difference or tolerance as a reviewer reads it: money with at most 4 decimals."""
    if not money:
        return show_decimal(value)
    return format(value.quantize(Decimal("0.0001")).normalize(), "f") if value < 1 else format_decimal(value, 2)


def _shown(value: EvidenceValue, spec) -> str:
    unit = value.unit if value.unit and not value.value.endswith(value.unit) else ""
    text = f"{value.value}{(' ' + unit) if unit and unit in ('元', '万元', '千元', '亿元') else unit}"
    if spec.unit == "万元" and value.unit != "万元":
        text += f"（折合 {format_decimal(Decimal(str(value.normalized)), 2)} 万元）"
    return text


def with_evidence(finding: Finding, values: list[EvidenceValue]) -> Finding:
    citations = list(finding.citations) + [c for v in values for c in v.citations[:1]]
    files = tuple(dict.fromkeys([*finding.files, *(v.citations[0].file for v in values)]))
    return finding.model_copy(update={"citations": tuple(citations), "files": files})


# --- one field against its evidence --------------------------------------------------------------

def _gaps(review, family: str) -> list[tuple[Comparison, str]]:
    """The facts of `family` that do not back what the form declares (the one judgement), each
    with a doubt ("" when none) — unless the same file also states the declared figure for the
    field: then the file backs the form and the other reading counts something else (the
    company's own IT equipment under the devices' total in a device statistics file). Two
    exceptions stay, as doubts — the file disagrees with itself: a list's own rows counted on
    another page than the stated total that backs the form (a 「汇总」 sheet of 236 APPs beside
    229 上架 rows), and a chart's last bar beside the deck's own big figure."""
    held_twice = copies(review)
    gaps = [c for v in usable(review, family) if (c := compare_fact(review, v)) is not None and not c.consistent
            and not counted_with_copies(held_twice, v.citations[0].file, c.evidence, c.declared.value)]  # rules_copies
    if not gaps:
        return []

    def place(c: Comparison) -> tuple:  # the order count's two readings are two figures
        return c.field_id, c.fact.citations[0].file, reading_of(review, c.fact)

    backing: dict[tuple, list[EvidenceValue]] = {}
    for v in review.evidence:
        if v.citations and (c := compare_fact(review, v)) is not None and c.consistent:
            backing.setdefault(place(c), []).append(v)
    by_field: dict[str, list[EvidenceValue]] = {}
    for (field_id, _file, _reading), values in backing.items():
        by_field.setdefault(field_id, []).extend(values)
    short = short_lists(review, family, gaps)
    out = []
    for gap in gaps:
        if superseded_by_later(gap.fact, by_field.get(gap.field_id, [])):
            continue  # an earlier snapshot (截至2023年12月31日) beside a later one that backs the form
        parent = review.catalog.field(gap.field_id).parent
        if place(gap) not in backing and (parent, gap.fact.citations[0].file) in short \
                and (family == "count_vs_list" or listed_part(gap.fact)):
            out.append((gap, _SHORT_LIST_DOUBT))
        elif place(gap) not in backing:
            out.append((gap, ""))
        elif (chart := gap.fact.reasons[0].startswith(CHART_END) if gap.fact.reasons else False) or (
                family == "count_vs_list" and _internal(gap.fact, backing[place(gap)])):
            where = "、".join(dict.fromkeys(f"第{v.citations[0].page}页“{v.citations[0].quote[:20]}”"
                                            for v in backing[place(gap)]))
            out.append((gap, (_CHART_DOUBT if chart else _INTERNAL_DOUBT).format(where=where)))
    return out


_SHORT_LIST_DOUBT = "该清单的总数与申报的总数也不一致，清单可能不完整，其中部分的计数无法单独确认"
_INTERNAL_DOUBT = "同一文件另有汇总数与申报一致（{where}），明细行数与之不同：文件自身的汇总与明细不一致，请核对"
_CHART_DOUBT = "同一文件另有数字与申报一致（{where}），图表末年所标数字与之不同：文件自身前后不一致，请核对"


def _internal(fact: EvidenceValue, backing: list[EvidenceValue]) -> bool:
    """A count of a list's own rows, where every figure backing the form in the file is a stated
    total (a 合计 or a statistics table) on another page."""
    if fact.method != "list_count" or from_statistics(fact) or fact.period == "合计":
        return False
    page = fact.citations[0].page
    return all((b.method != "list_count" or from_statistics(b) or b.period == "合计")
               and (b.citations[0].page != page or b.status == "ambiguous") for b in backing)  # a 合计 its rows do not make


def _field_findings(review, family: str, rule_id: str, severity: str) -> list[Finding]:
    groups: dict[tuple, list[Comparison]] = {}
    internal: dict[tuple, str] = {}
    listed = {(g.field_id, g.fact.citations[0].file, g.evidence): g.fact.citations[0].page
              for g, _d in (_gaps(review, "count_vs_list") if family == "declared_vs_evidence" else ())}
    for gap, doubt in _gaps(review, family):
        c = gap.fact.citations[0]
        if listed.get((gap.field_id, c.file, gap.evidence), c.page) != c.page and _sheets(review, c.file):
            continue  # a summary sheet saying what the list on another sheet counts: one difference, the list's
        key = (family, c.file, c.page, gap.fact.value, gap.declared.value)
        groups.setdefault(key, []).append(gap)
        if doubt:
            internal[key] = doubt
    findings = []
    for key, gaps in groups.items():
        gap = gaps[0]
        spec = review.catalog.field(gap.field_id)
        unit = f" {spec.unit}" if spec.unit == "万元" else ""
        relative = f"（相对差 {format_decimal(gap.relative, 2)}%）" if gap.relative is not None else ""
        names = "、".join(short_name(review.catalog.field(g.field_id)) for g in gaps)
        money = spec.unit == "万元"
        allowed = ("申报值不应大于该数（集团所列平台业务可含平台以外的部分，只能作为上限）" if gap.kind == "at_most"
                   else "须完全相等" if gap.tolerance == 0 else f"容差 {show_amount(gap.tolerance, money)}{unit}")
        message = (f"{_source_zh(review, family, gap.fact)}{_where(gap.fact)}为 {_shown(gap.fact, spec)}，申报表填报{names} "
                   f"{gap.declared.show()}{unit}，差 {show_amount(abs(gap.difference), money)}{unit}{relative}，{allowed}")
        shown = "info" if all(noted(g) for g in gaps) else severity  # (`evidence_family.noted`)
        doubts = list(dict.fromkeys(d for g in gaps for d in g.doubts))
        if key in internal:  # the file's own total backs the form, or disagrees with it too
            shown = "warning" if shown == "error" else shown
            if internal[key] not in doubts and not any(d.startswith("同一文件") for d in doubts):
                doubts.append(internal[key])
        finding = make_finding(review, rule_id, shown, [g.field_id for g in gaps], message,
                               expected=show_amount(gap.evidence, money), actual=gap.declared.show(),
                               tolerance=show_amount(gap.tolerance, money), doubts=doubts)
        findings.append(with_evidence(finding, [g.fact for g in gaps]))
    return findings


@rule("declared_vs_evidence.value", title="申报数据与审计报告/财务报表不一致", severity="error",
      basis="填报指引：营业收入、研发投入等以经审计的年度财务报告或平台相关财务报表为证明资料")
def declared_matches_statements(review):
    return _field_findings(review, "declared_vs_evidence", "declared_vs_evidence.value", "error")


@rule("declared_vs_evidence.bound", title="申报的平台营收/主营业务收入超过企业整体营业收入", severity="error",
      basis="填报指引 1.2.2：平台相关营业收入为企业营业收入中平台相关的部分（“注意不是企业”），不应超过企业整体营业收入")
def declared_within_company_revenue(review):
    """The one comparison across scopes: a company statement bounds a platform figure."""
    for field_id in REVENUE_BOUNDED:
        bound = company_bound(review, field_id)
        if bound is None or bound.consistent:
            continue
        spec = review.catalog.field(field_id)
        what = f"{'平台相关营业收入为企业' if field_scope(review, field_id) == 'platform' else '主营业务收入为'}营业收入的一部分"
        message = (f"申报表{short_name(spec)}填报 {bound.declared.show()} 万元，超过企业整体财务报表{_where(bound.fact)}"
                   f"的营业收入 {_shown(bound.fact, spec)}，超出 {show_amount(bound.difference, True)} 万元（{what}）")
        finding = make_finding(review, "declared_vs_evidence.bound", "error", [field_id], message,
                               expected=f"≤ {show_amount(bound.evidence, True)}", actual=bound.declared.show(),
                               tolerance=show_amount(bound.tolerance, True), doubts=bound.doubts)
        yield with_evidence(finding, [bound.fact])


@rule("count_vs_list.count", title="申报数量与所附清单不一致", severity="error",
      basis="附件3 六：产品专利和知识产权证书（及清单）、平台获奖证书（及清单）、设备清单")
def declared_matches_lists(review):
    return _field_findings(review, "count_vs_list", "count_vs_list.count", "error")


@rule("screenshot_vs_form.figure", title="申报数据与系统截图显示不一致", severity="warning", basis="附件3 六：系统/日志数据截图")
def declared_matches_screenshots(review):
    return _field_findings(review, "screenshot_vs_form", "screenshot_vs_form.figure", "warning")


# --- formulas recomputed from the evidence -------------------------------------------------------

@dataclass(frozen=True)
class Term:
    name: str
    value: Decimal  # what the formula uses: the evidence when there is one, else the form
    half: Decimal  # rounding of a declared input (0 for evidence)
    field_id: str | None
    evidence: list[EvidenceValue]
    declared: Decimal | None


def _financial(review, field_id: str, components: tuple[str, ...] = ("",)) -> list[EvidenceValue] | None:
    found = []
    for component in components:
        match = [v for v in usable(review, "declared_vs_evidence") if v.field_id == field_id
                 and v.scope in ("platform", "unknown") and not is_bound(v)  # a group's line: a bound, no input
                 and (v.component == component or (component == "" and is_direct(review, v)))]
        if not match:
            return None
        found.append(match[0])
    return found


def _terms(review, owner_id: str, relation: Relation) -> list[Term] | None:
    declared = review.declared(owner_id)
    written = written_division(declared.raw) if declared is not None else None
    terms = []
    for index, operand in enumerate(relation.terms):
        if operand.field is not None:
            spec = review.catalog.field(operand.field)
            amount = read_amount(review, operand.field)
            evidence = _financial(review, operand.field)
            stated = amount.value if amount else None
            if evidence:
                terms.append(Term(short_name(spec), Decimal(str(evidence[0].normalized)), Decimal(0),
                                   operand.field, evidence, stated))
            elif amount is not None:
                terms.append(Term(short_name(spec), amount.value, amount.half_unit, operand.field, [], stated))
            else:
                return None
            continue
        evidence = next((found for components in _QUANTITY_TERMS.get((owner_id, index), ())
                         if (found := _financial(review, owner_id, components))), None)
        stated = to_wan(written[index], default_unit="万元") if written is not None else None
        if evidence:
            value = sum((Decimal(str(v.normalized)) for v in evidence), Decimal(0)) / len(evidence)
            terms.append(Term(operand.quantity, value, Decimal(0), None, evidence, stated))
        elif stated is not None:
            terms.append(Term(operand.quantity, stated, Decimal("0.005"), None, [], stated))
        elif operand.proxy_field and (amount := read_amount(review, operand.proxy_field)):
            spec = review.catalog.field(operand.proxy_field)
            terms.append(Term(short_name(spec), amount.value, amount.half_unit, operand.proxy_field, [], amount.value))
        else:
            return None
    return terms


def recomputable(review):
    """(owner, relation, declared rate, terms, inputs that differ from the evidence) of every
    ratio or growth indicator with at least one input in the evidence."""
    for owner, relation in review.catalog.relations():
        if relation.kind not in ("ratio", "growth") or (rate := read_amount(review, owner.id)) is None:
            continue
        terms = _terms(review, owner.id, relation)
        if terms is None or not any(t.evidence for t in terms):
            continue
        differing = [t for t in terms if t.evidence and t.declared is not None
                     and abs(t.declared - t.value) > MONEY_TOLERANCE * 2]
        yield owner, relation, rate, terms, differing


@rule("declared_vs_evidence.formula", title="按证明材料数据计算的比率与申报不符", severity="warning",
      basis="填报指引：研发投入强度、利润率、投资回报率、社会贡献率、增长率的计算公式")
def formulas_from_evidence(review):
    for owner, relation, rate, terms, differing in recomputable(review):
        if differing:  # inputs the form states differ from the evidence
            yield from _ratio_finding(review, "declared_vs_evidence.formula", owner, relation, rate, terms)


@rule("formula.evidence_inputs", title="比率与其计算要素（取自证明材料）不符", severity="warning",
      basis="填报指引：利润率、投资回报率、社会贡献率的计算公式（平台利润、社会贡献总额、平均资产总额不在申报表中）")
def formulas_with_inputs_only_in_evidence(review):
    """A rate whose input the form does not ask for (平台利润 of 投资回报率), not written out: the proof's figure recomputes it."""
    for owner, relation, rate, terms, differing in recomputable(review):
        if not differing and any(t.evidence and t.declared is None for t in terms) \
                and not (owner.id == "profit_margin" and rate.value > 0 > terms[0].value) \
                and misread_term(rate.value, relation, terms) is None:  # rules_loss, rules_unit_misread
            # 投资回报率 may be computed on the 年均利润 (填报指引): one year's profit read from a proof
            # cannot show it wrong (holdout 8), so the difference is a note with that doubt.
            averaged = ("填报指引允许按年均利润计算投资回报率，证明材料只给出一年的利润",) if owner.id == "roi" else ()
            yield from _ratio_finding(review, "formula.evidence_inputs", owner, relation, rate, terms, averaged)


def _ratio_finding(review, rule_id: str, owner, relation, rate, terms, averaged: tuple[str, ...] = ()):
    first, second = terms[0].value, terms[1].value
    if second == 0:
        return
    scale = Decimal(relation.scale if relation.kind == "ratio" else 100)
    expected = (first if relation.kind == "ratio" else first - second) / second * scale
    propagated = scale * (terms[0].half / abs(second) + abs(first) * terms[1].half / (second * second))
    tolerance = RATE_TOLERANCE + propagated
    if abs(rate.value - expected) <= tolerance:
        return
    shown = format_decimal(expected, 2)
    sources = "；".join(f"{t.name} {format_decimal(t.value, 2)} 万元取自{_where(t.evidence[0])}" for t in terms if t.evidence)
    formula = (f"{terms[0].name} ÷ {terms[1].name} × {relation.scale}%" if relation.kind == "ratio"
               else f"（{terms[0].name} − {terms[1].name}）÷ {terms[1].name} × 100%")
    message = (f"{short_name(owner)}填报 {rate.show()}%，以证明材料数据按 {formula} 计算应为 {shown}%"
               f"（差 {format_decimal(abs(rate.value - expected), 2)} 个百分点，容差 "
               f"{format_decimal(tolerance, 4)}）；{sources}")
    field_ids = [owner.id, *(t.field_id for t in terms if t.field_id)]
    finding = make_finding(review, rule_id, "info" if averaged else "warning", field_ids, message,
                           expected=f"{shown}%", actual=f"{rate.show()}%", tolerance=format_decimal(tolerance, 4),
                           doubts=[*averaged, *(d for t in terms for v in t.evidence for d in v.doubts())])
    yield with_evidence(finding, [v for t in terms for v in t.evidence])


@rule("declared_vs_evidence.component", title="比率计算式中的数据与证明材料不一致", severity="warning",
      basis="填报指引：平台利润、平均资产总额等计算所用数据应与经审计的财务报告一致")
def formula_inputs_from_evidence(review):
    """A number of the applicant's own computation ("平台利润总额790.20万元÷…") that is not a form
    field (those are compared by declared_vs_evidence.value) but differs from the evidence."""
    for owner, _relation, _rate, _terms, differing in recomputable(review):
        for term in differing:
            if term.field_id is not None:
                continue
            message = (f"{short_name(owner)}的计算式中{term.name}填写为 {show_decimal(term.declared)} 万元，"
                       f"证明材料为 {format_decimal(term.value, 2)} 万元（{'、'.join(_where(v) for v in term.evidence)}），"
                       f"差 {format_decimal(abs(term.declared - term.value), 2)} 万元")
            finding = make_finding(review, "declared_vs_evidence.component", "warning", [owner.id], message,
                                   expected=format_decimal(term.value, 2), actual=show_decimal(term.declared),
                                   tolerance=str(MONEY_TOLERANCE * 2),
                                   doubts=[d for v in term.evidence for d in v.doubts()])
            yield with_evidence(finding, term.evidence)


# --- unsupported ---------------------------------------------------------------------------------

@rule("unsupported.no_evidence", title="申报数据无证明材料支撑", severity="info",
      basis="申报表 三、指标明细表 注2：各项数据须提供证明资料，无证明资料的须说明情况及理由")
def declared_without_evidence(review):
    """A number the offline extractor could have found in the package, that it did not find, and
    whose 证明资料 cell is blank. A note: the blank cell is empty_proof's warning; this, a hint."""
    backed = {v.field_id for v in review.evidence if v.status != "ungrounded"}
    for field_id in sorted(_READABLE - backed):
        spec = review.catalog.field(field_id)
        declared = review.declared(field_id)
        if not spec.evidence_kinds or declared is None or is_blank(declared.raw) or read_amount(review, field_id) is None:
            continue
        if declared.proof is None or not is_blank(declared.proof):
            continue  # no 证明资料 cell to judge (企业/平台基本情况), or it cites or explains
        message = (f"{short_name(spec)}填报 {declared.raw.strip()}，申报材料的证明材料中未找到对应数据，"
                   f"证明资料栏也未注明出处或说明理由（{basis_for(spec)}）")
        yield make_finding(review, "unsupported.no_evidence", "info", [field_id], message,
                           actual=declared.raw.strip())
