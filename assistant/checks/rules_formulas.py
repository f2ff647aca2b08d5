"""Sums, formulas and growth rates inside the 申报表 (families identity, formula, growth_rate).

Every catalog relation of kind sum, equal, ratio or growth is one registered rule, reported under
the relation's id (mapped onto the families of findings.py by `rule_id_for`): the relations are
the data, this module only knows how to evaluate each kind.

Tolerances follow the notice's rounding (保留2位小数): a stated rate may differ from the one its
inputs give by 0.01 percentage point plus what the rounding of the inputs can move it (half of each
input's last written digit, propagated). Whole counts are exact. A term the form does not ask for
(平台利润, 社会贡献总额, 平均资产总额) is read from the applicant's own computation in the answer
("15.68%（平台利润总额790.20万元÷平台相关营业收入5039.08万元×100%）"); failing that the catalog's
proxy field stands in and the finding says it is an approximation (warning); failing both the
rule says nothing, since there is no evidence of a problem.

Must not: read files or evidence, or check anything between documents.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.catalog.model import FieldSpec, Relation
from assistant.catalog.notice import load_catalog
from assistant.checks import rule
from assistant.checks.declared_facts import (
    basis_for,
    is_blank,
    make_finding,
    read_amount,
    rule_id_for,
    short_name,
    show_decimal,
)
from assistant.core.text_keys import fold
from assistant.values.numbers import (
    MONEY_UNITS,
    Quantity,
    find_quantities,
    format_decimal,
    to_tb,
    to_wan,
)

RESULT_TOLERANCE = Decimal("0.01")  # percentage points: the stated rate is rounded to 2 decimals


def _with_unit(spec: FieldSpec, text: str) -> str:
    if spec.unit == "%":
        return f"{text}%"
    return f"{text} {spec.unit}" if spec.unit else text


def _tolerance_text(propagated: Decimal) -> str:
    """The tolerance in words an applicant reads (issue 16: "+ 0.0009（输入数据的舍入影响）" was
    jargon): one number, and why there is one."""
    if propagated < Decimal("0.00005"):
        return f"{RESULT_TOLERANCE} 个百分点（结果保留2位小数）"
    total = format_decimal(RESULT_TOLERANCE + propagated, 4)
    return f"{RESULT_TOLERANCE} 个百分点（结果保留2位小数；所用数据也经过四舍五入，合计 {total} 个百分点）"


# --- identity: sums and equal pairs -------------------------------------------------------------

def _check_sum(review, owner: FieldSpec, relation: Relation):
    total = read_amount(review, owner.id)
    terms = [review.catalog.field(t.field) for t in relation.terms if t.field]
    parts = [read_amount(review, t.id) for t in terms]
    if total is None or len(terms) != len(relation.terms) or any(p is None for p in parts):
        return
    computed = sum((p.value for p in parts), Decimal(0))
    tolerance = total.half_unit + sum((p.half_unit for p in parts), Decimal(0))
    difference = computed - total.value
    if abs(difference) <= tolerance:
        return
    addition = " + ".join(f"{short_name(t)} {p.show()}" for t, p in zip(terms, parts, strict=True))
    allowed = "，人数/个数为整数，须完全相等" if tolerance == 0 else f"，容差 {show_decimal(tolerance)}"
    why = f"（{relation.source}）" if relation.source else ""
    message = (f"{addition} = {show_decimal(computed)}，与{short_name(owner)} {total.show()} 不一致"
               f"（差 {show_decimal(abs(difference))}{allowed}）{why}")
    severity = "error" if relation.basis == "stated" else "warning"
    if relation.basis == "structural" and difference < 0:
        # The form lists 其中 parts the 填报指引 only says the total 「包括」 (工业APP: 基于平台开发的 and
        # 云化的): parts short of the total may be other items, a hint.
        severity = "info"
        message += f"；填报指引未要求两者相等，其余 {show_decimal(-difference)} 可能为未归入所列各项的部分，请确认"
    elif relation.basis == "structural":
        # Parts beyond it: the 填报指引 says neither that the parts exclude each other nor that they are all there,
        # and offices count an APP both ways (four clean packages of three labellers, h98–h100): a note that says so.
        severity = "info"
        message += "；填报指引只说明总数“包括”所列各项，未说明各项互不重叠，请确认是否有重复计入"
    yield make_finding(review, rule_id_for(relation), severity,
                       [owner.id, *(t.id for t in terms)], message, expected=show_decimal(computed),
                       actual=total.show(), tolerance=show_decimal(tolerance))


def _check_equal(review, owner: FieldSpec, relation: Relation):
    other = review.catalog.field(relation.terms[0].field)
    a, b = read_amount(review, owner.id), read_amount(review, other.id)
    if a is None or b is None:
        return
    tolerance = a.half_unit + b.half_unit
    difference = a.value - b.value
    if abs(difference) <= tolerance:
        return
    where = f"{other.section_label}“{other.group_label or other.label}”" if other.section != owner.section else ""
    message = (f"{short_name(owner)} {_with_unit(owner, a.show())} 与{where}{short_name(other)} "
               f"{_with_unit(other, b.show())} 不一致（差 {show_decimal(abs(difference))}，容差 "
               f"{show_decimal(tolerance)}）；两处填写的都是平台2023年营业收入，应相同")
    yield make_finding(review, rule_id_for(relation), "error", [owner.id, other.id], message,
                       expected=b.show(), actual=a.show(), tolerance=show_decimal(tolerance))


# --- formula: stated ratios ----------------------------------------------------------------------

def _is_money(q: Quantity) -> bool:
    return q.unit in MONEY_UNITS


def written_division(text: str) -> tuple[Quantity, Quantity] | None:
    """The applicant's own "A÷B" in an answer: the quantity written right before a ÷ (or a / that
    is not part of a unit such as 台/套, nor a word separator as in 年利润/投资总额), and the
    first quantity after it."""
    found = find_quantities(text, skip_dates=True)
    norm = fold(text)
    for sign in re.finditer(r"[÷/]", norm):
        at = sign.start()
        if any(start <= at < end for _q, start, end in found):
            continue
        before = [(q, end) for q, _s, end in found if end <= at]
        after = [q for q, start, _e in found if start > at]
        if not before or not after or re.search(r"[^\s)）\]】]", norm[before[-1][1]:at]):
            continue
        if before[-1][0].unit != "%" and after[0].unit != "%":
            return before[-1][0], after[0]
    return None


def _text_operand(q: Quantity, money: bool) -> tuple[Decimal, Decimal] | None:
    value = to_wan(q, default_unit="万元") if money else (to_tb(q) or q.value)
    if value is None or q.qualifier != "exact":
        return None
    digits = re.search(r"\.([0-9]+)", fold(q.raw))
    decimals = len(digits.group(1)) if digits else 0
    factor = abs(value / q.value) if q.value else Decimal(1)
    return value, Decimal("0.5") * Decimal(10) ** -decimals * factor


def _ratio_operands(review, relation: Relation, answer: str):
    """[(name, value, half_unit)] of the two terms, the fields used, and the approximation notes;
    None when a term cannot be had."""
    written = written_division(answer)
    money = written is not None and any(_is_money(q) for q in written)
    operands, field_ids, notes = [], [], []
    for index, term in enumerate(relation.terms):
        if term.field is not None:
            amount = read_amount(review, term.field)
            if amount is None:
                return None
            spec = review.catalog.field(term.field)
            operands.append((short_name(spec), amount.value, amount.half_unit, _with_unit(spec, amount.show())))
            field_ids.append(term.field)
        elif written is not None and (value := _text_operand(written[index], money)) is not None:
            shown = show_decimal(value[0]) + (" 万元" if money else "")
            operands.append((term.quantity, value[0], value[1], shown))
        elif term.proxy_field is not None and (amount := read_amount(review, term.proxy_field)) is not None:
            spec = review.catalog.field(term.proxy_field)
            operands.append((short_name(spec), amount.value, amount.half_unit, _with_unit(spec, amount.show())))
            field_ids.append(term.proxy_field)
            notes.append(f"申报表未单列“{term.quantity}”，以“{short_name(spec)}”近似")
        else:
            return None
    return operands, field_ids, notes


def _check_ratio(review, owner: FieldSpec, relation: Relation):
    declared = review.declared(owner.id)
    rate = read_amount(review, owner.id)
    if declared is None or rate is None or is_blank(declared.raw):
        return
    found = _ratio_operands(review, relation, declared.raw)
    if found is None:
        return
    (num_name, num, num_half, num_shown), (den_name, den, den_half, den_shown) = found[0]
    field_ids, notes = found[1], found[2]
    if den == 0:
        return
    scale = Decimal(relation.scale)
    expected = num / den * scale
    propagated = scale * (num_half / abs(den) + abs(num) * den_half / (den * den))
    tolerance = RESULT_TOLERANCE + propagated
    difference = rate.value - expected
    if abs(difference) <= tolerance:
        return
    shown = format_decimal(expected, 2)
    formula = f"{num_name} {num_shown} ÷ {den_name} {den_shown} × {relation.scale}% = {shown}%"
    message = (f"{short_name(owner)}填报 {rate.show()}%，按填报指引公式由所填数据计算应为 {shown}%（{formula}；"
               f"差 {format_decimal(abs(difference), 2)} 个百分点，容差 {_tolerance_text(propagated)}）")
    if notes:
        message += "；注：" + "；".join(notes) + "，此为近似核对，请人工确认"
    # A stand-in makes it a doubt; both sides stand-ins (付费企业数 ÷ 注册企业用户数 for 付费用户数 ÷ 平台用户
    # 总数) a hint only: the applicant may count its users otherwise.
    severity = "error" if not notes else "warning" if len(notes) == 1 else "info"
    yield make_finding(review, rule_id_for(relation), severity, [owner.id, *field_ids],
                       message, expected=f"{shown}%", actual=f"{rate.show()}%",
                       tolerance=f"{format_decimal(tolerance, 4)} 个百分点")


# --- growth_rate: 平台近三年经营指标情况 -------------------------------------------------------------

def _check_growth(review, owner: FieldSpec, relation: Relation):
    this_spec, last_spec = (review.catalog.field(t.field) for t in relation.terms)
    rate = read_amount(review, owner.id)
    this, last = read_amount(review, this_spec.id), read_amount(review, last_spec.id)
    if rate is None or this is None or last is None or last.value == 0:
        return
    expected = (this.value - last.value) / last.value * 100
    propagated = 100 * (this.half_unit / abs(last.value) + abs(this.value) * last.half_unit / (last.value ** 2))
    tolerance = RESULT_TOLERANCE + propagated
    difference = rate.value - expected
    if abs(difference) <= tolerance:
        return
    shown = format_decimal(expected, 2)
    message = (f"{short_name(owner)}填报 {rate.show()}%，由{short_name(last_spec)} {last.show()} 万元与"
               f"{short_name(this_spec)} {this.show()} 万元计算应为 {shown}%（（{this.show()} − {last.show()}）"
               f"÷ {last.show()} × 100%；差 {format_decimal(abs(difference), 2)} 个百分点，容差 "
               f"{_tolerance_text(propagated)}）")
    yield make_finding(review, rule_id_for(relation), "error", [owner.id, this_spec.id, last_spec.id], message,
                       expected=f"{shown}%", actual=f"{rate.show()}%",
                       tolerance=f"{format_decimal(tolerance, 4)} 个百分点")


# --- registration: one rule per relation ---------------------------------------------------------

_CHECKS = {"sum": _check_sum, "equal": _check_equal, "ratio": _check_ratio, "growth": _check_growth}


def _term_name(catalog, term) -> str:
    return short_name(catalog.field(term.field)) if term.field else term.quantity


def _title(catalog, owner: FieldSpec, relation: Relation) -> str:
    names = [_term_name(catalog, t) for t in relation.terms]
    if relation.kind == "sum":
        return f"{' + '.join(names)} 应等于{short_name(owner)}"
    if relation.kind == "equal":
        return f"{short_name(owner)}应与{names[0]}一致"
    if relation.kind == "ratio":
        return f"{short_name(owner)} = {names[0]} ÷ {names[1]} × {relation.scale}%"
    return f"{short_name(owner)} =（{names[0]} − {names[1]}）÷ {names[1]} × 100%"


def _severity(relation: Relation) -> str:
    return "warning" if relation.kind == "sum" and relation.basis == "structural" else "error"


def _register(catalog, owner: FieldSpec, relation: Relation) -> None:
    check = _CHECKS[relation.kind]

    def run(review, owner_id: str = owner.id, relation: Relation = relation):
        yield from check(review, review.catalog.field(owner_id), relation)

    rule(rule_id_for(relation), title=_title(catalog, owner, relation), severity=_severity(relation),
         basis=basis_for(owner, relation))(run)


def _register_all() -> None:
    catalog = load_catalog()
    for owner, relation in catalog.relations():
        if relation.kind in _CHECKS:
            _register(catalog, owner, relation)


_register_all()
