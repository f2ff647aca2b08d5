"""Parts, breakdowns and categories inside the 申报表 (families subset, breakdown_sum, invalid_category).

- subset: every at_most relation of the catalog (a “其中” row is at most its total) is one rule;
  a compound answer ("总数 X，其中私有化部署涉及的相关数量 Y") counts by its total, and its private
  part may not exceed it either; a stated cap (杀手锏APP: the top 5, `FieldSpec.max_value`); and
  each category of a part's breakdown is at most the same category of its total's breakdown.
- breakdown_sum: every breakdown_sum relation (按…统计 entries add up to their total) is one rule.
  按分类统计工业模型数量 has none on purpose: it covers four model types (附录D) while 工业机理
  模型数量 counts one of them. 服务本市企业数量 equals the 上海 entry of 按省市区域统计服务企业数.
- invalid_category: entries outside the appendix a breakdown names (附录A–E), regions outside
  附录F, 海外 entries without 中文+English (首字母大写), and entries written twice.

Must not: read files or compare with evidence. Category names are compared loosely (附录D's own
example writes 数据算法类 for 数据算法模型); a name the appendix cannot place is reported.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.catalog.model import FieldSpec, Relation
from assistant.catalog.notice import Catalog, load_catalog
from assistant.catalog.office_categories import office_category
from assistant.catalog.regions import RegionMatch, classify_region
from assistant.catalog.vocabulary import category_key
from assistant.checks import rule
from assistant.checks.declared_facts import (
    approx_half,
    basis_for,
    is_blank,
    make_finding,
    read_amount,
    rule_id_for,
    short_name,
    show_decimal,
)
from assistant.values.answers import parse_compound_total
from assistant.values.breakdowns import Breakdown, counted_entries, parse_breakdown

_BREAKDOWN_TYPES = ("breakdown", "region_breakdown", "country_breakdown")


# --- reading breakdowns ------------------------------------------------------------------------

def _breakdown(review, field_id: str, approximate: bool = False) -> Breakdown | None:
    declared = review.declared(field_id)
    if declared is None or is_blank(declared.raw):
        return None
    parsed = parse_breakdown(declared.raw)
    unusable = {"unnamed_value", "mixed_units"} | (set() if approximate else {"approximate_value"})
    if parsed is None or unusable & set(parsed.flags):
        return None  # nothing exact to add up
    return parsed


def _category_forms(category: str) -> set[str]:
    """附录 names and their alternatives: "航空/航天" → 航空航天, 航空, 航天."""
    parts = [p for p in re.split(r"[、/和及]", category) if p]
    return {category_key(category), *(category_key(p) for p in parts if len(category_key(p)) >= 2)}


def match_category(catalog: Catalog, appendix: str, name: str) -> str | None:
    """The 附录 category a written name stands for, or None: the same name up to 类/模型/设备
    suffixes, a more specific name containing it (数控机床 → 机床), or a shorter name that only one
    category contains (化工 → 石化化工; 机械 fits two categories of 附录A, so it is none); then the one
    category an office's own word stands for (`catalog.office_categories`: 污染防治设备 → 其他,
    在线监测仪表 → 仪器仪表, 设备运维 → 运维服务)."""
    key = category_key(name)
    categories = catalog.appendices.categories(appendix)
    for category in categories:
        forms = _category_forms(category)
        if key in forms or any(len(f) >= 2 and f in key for f in forms):
            return category
    within = [c for c in categories if len(key) >= 2 and any(key in f for f in _category_forms(c))]
    if len(within) == 1:
        return within[0]
    return office_category(catalog, appendix, name)


def _entry_key(catalog: Catalog, spec: FieldSpec, name: str) -> str:
    if spec.value_type in ("region_breakdown", "country_breakdown"):
        region = classify_region(name)
        return region.canonical or category_key(name)
    if spec.appendix is not None:
        return match_category(catalog, spec.appendix, name) or category_key(name)
    return category_key(name)


# --- subset --------------------------------------------------------------------------------------

def _check_at_most(review, part_spec: FieldSpec, relation: Relation):
    whole_spec = review.catalog.field(relation.terms[0].field)
    part, whole = read_amount(review, part_spec.id), read_amount(review, whole_spec.id)
    if part is None or whole is None:
        return
    tolerance = part.half_unit + whole.half_unit
    unit = f" {part_spec.unit}" if part_spec.unit else ""
    if part.value - whole.value > tolerance:
        excess = part.value - whole.value
        message = (f"{short_name(part_spec)} {part.show()}{unit} 大于{short_name(whole_spec)} {whole.show()}{unit}"
                   f"（多 {show_decimal(excess)}；前者是后者的“其中”项，不应超过后者）")
        yield make_finding(review, rule_id_for(relation), "error", [part_spec.id, whole_spec.id], message,
                           expected=f"≤ {whole.show()}", actual=part.show(), tolerance=show_decimal(tolerance))
    elif part.private is not None and whole.private is not None \
            and part.private - whole.private > part.private_half + whole.private_half:
        message = (f"{short_name(part_spec)}中私有化部署涉及的数量 {show_decimal(part.private)}{unit} 大于"
                   f"{short_name(whole_spec)}中私有化部署涉及的数量 {show_decimal(whole.private)}{unit}"
                   "（前者是后者的“其中”项）")
        yield make_finding(review, rule_id_for(relation), "error", [part_spec.id, whole_spec.id], message,
                           expected=f"≤ {show_decimal(whole.private)}", actual=show_decimal(part.private))


@rule("subset.private_deployment", title="私有化部署数量不应超过总数", severity="error",
      basis="填报指引 2.1.1/2.1.2/2.2.2/2.2.3/2.3.1/2.4.1：总数 XX，其中私有化部署涉及的相关数量 XX")
def private_deployment_within_total(review):
    for spec in review.catalog.fields:
        declared = review.declared(spec.id) if spec.value_type == "compound_total_private" else None
        if declared is None or is_blank(declared.raw):
            continue
        compound = parse_compound_total(declared.raw)
        if compound is None or "private_exceeds_total" not in compound.flags or "unit_mismatch" in compound.flags:
            continue
        total, private = compound.total, compound.private
        message = (f"{short_name(spec)}填写“{declared.raw.strip()}”：其中私有化部署涉及的数量 {private.raw} "
                   f"大于总数 {total.raw}（私有化部署数量是总数的一部分）")
        yield make_finding(review, "subset.private_deployment", "error", [spec.id], message,
                           expected=f"≤ {total.raw}", actual=private.raw)


@rule("subset.platform_revenue", title="平台相关营业收入不应超过企业主营业务收入", severity="warning",
      basis="填报指引：平台相关营业收入为企业营业收入中与平台相关的部分（注意不是企业）")
def platform_revenue_within_main_business(review):
    platform, company = read_amount(review, "revenue"), read_amount(review, "main_business_revenue")
    if platform is None or company is None:
        return
    if platform.value - company.value > platform.half_unit + company.half_unit:
        # The platform's revenue is part of the company's 营业收入; that it exceeds the 主营业务收入 is
        # all but certain to be a figure of another kind (a GMV, the group's), yet 其他业务收入 may hold a part.
        yield make_finding(review, "subset.platform_revenue", "warning", ["revenue", "main_business_revenue"],
                           f"申报表填报平台相关营业收入 {platform.show()} 万元，大于企业主营业务收入 {company.show()} 万元"
                           "（平台收入是企业收入的一部分；请核对是否误填了交易额、集团或其他口径的数字）",
                           expected=f"≤ {company.show()}", actual=platform.show())


@rule("subset.killer_apps_max", title="杀手锏APP数量不应超过5个", severity="error",
      basis="填报指引 2.1.2 工业软件/APP：杀手锏工业APP指平台上订阅用户数最多的5个工业APP")
def capped_counts(review):
    for spec in review.catalog.fields:
        if spec.max_value is None:
            continue
        amount = read_amount(review, spec.id)
        if amount is None or amount.value <= spec.max_value:
            continue
        message = (f"{short_name(spec)}填报 {amount.show()} 个，填报指引定义其为订阅用户数最多的"
                   f"{spec.max_value}个，不应超过 {spec.max_value} 个")
        yield make_finding(review, "subset.killer_apps_max", "error", [spec.id], message,
                           expected=f"≤ {spec.max_value}", actual=amount.show())


def breakdown_pairs(catalog: Catalog) -> list[tuple[FieldSpec, FieldSpec]]:
    """(part breakdown, whole breakdown) over the same categories, where the part's total is a
    “其中” of the whole's total, directly or through other “其中” rows (公有云 APP 日活跃 by
    category → 工业APP by category)."""
    at_most = {owner.id: r.terms[0].field for owner, r in catalog.relations() if r.kind == "at_most"}
    breakdowns = [f for f in catalog.fields if f.value_type in _BREAKDOWN_TYPES and f.parent]
    pairs = []
    for part in breakdowns:
        node, seen = at_most.get(part.parent), set()
        while node is not None and node not in seen:
            seen.add(node)
            wholes = [w for w in breakdowns if w.parent == node and w.value_type == part.value_type
                      and w.appendix == part.appendix]
            if wholes:
                pairs += [(part, whole) for whole in wholes]
                break
            node = at_most.get(node)
    return pairs


# Not stated by the notice but implied by it: a part counted by category cannot exceed the whole
# counted by the same category. Applicants may attribute categories differently for the two
# (an APP's industry vs. its active users' industry), hence a warning, not an error.
@rule("subset.breakdown_entries", title="“其中”项的分类/区域统计不应超过总数的同类统计", severity="warning",
      basis="填报指引 2.1.1/2.1.2：公有云、日运行、活跃等“其中”项按分类、区域统计时，每一类不应超过总数中的同一类")
def breakdown_entries_within_whole(review):
    catalog = review.catalog
    for part_spec, whole_spec in breakdown_pairs(catalog):
        part, whole = _breakdown(review, part_spec.id), _breakdown(review, whole_spec.id)
        if part is None or whole is None:
            continue
        whole_values: dict[str, Decimal] = {}
        for entry in counted_entries(whole, regions=whole_spec.value_type == "region_breakdown"):
            key = _entry_key(catalog, whole_spec, entry.name)
            whole_values[key] = whole_values.get(key, Decimal(0)) + entry.value
        over = []
        for entry in counted_entries(part, regions=part_spec.value_type == "region_breakdown"):
            key = _entry_key(catalog, part_spec, entry.name)
            if key in whole_values and entry.value > whole_values[key]:
                over.append(f"“{entry.name}”{show_decimal(entry.value)} > {show_decimal(whole_values[key])}")
        if over:
            message = (f"{short_name(part_spec)}中有 {len(over)} 项大于{short_name(whole_spec)}的同类数量："
                       + "；".join(over) + "（前者统计的是后者的“其中”部分）")
            yield make_finding(review, "subset.breakdown_entries", "warning", [part_spec.id, whole_spec.id],
                               message, expected="每一类 ≤ 总数中的同一类", actual="；".join(over))


# --- breakdown_sum -----------------------------------------------------------------------------

def _check_breakdown_sum(review, spec: FieldSpec, relation: Relation):
    total_spec = review.catalog.field(relation.terms[0].field)
    parsed, total = _breakdown(review, spec.id, approximate=True), read_amount(review, total_spec.id)
    if parsed is None or total is None:
        return
    entries = counted_entries(parsed, regions=spec.value_type == "region_breakdown")
    computed = sum((e.value for e in entries), Decimal(0))
    difference = computed - total.value
    # 「电工、电子设备：约1.2万」: an entry as wide as its rounding; the sum is wrong only beyond them all
    slack = total.half_unit + sum((approx_half(e.value) for e in entries if e.qualifier == "approx"), Decimal(0))
    if abs(difference) <= slack:
        if parsed.declared_total is not None and parsed.declared_total != computed:
            message = (f"{short_name(spec)}所写合计 {show_decimal(parsed.declared_total)} 与各项之和 "
                       f"{show_decimal(computed)} 不一致")
            yield make_finding(review, rule_id_for(relation), "error", [spec.id], message,
                               expected=show_decimal(computed), actual=show_decimal(parsed.declared_total))
        return
    listing = " + ".join(f"{e.name} {'约' if e.qualifier == 'approx' else ''}{show_decimal(e.value)}" for e in entries)
    message = (f"{short_name(spec)}各项之和为 {show_decimal(computed)}（{listing}），与{short_name(total_spec)} "
               f"{total.show()} 不一致（差 {show_decimal(abs(difference))}，分项统计之和应等于总数）")
    yield make_finding(review, rule_id_for(relation), "warning" if relation.doubt else "error", [spec.id, total_spec.id],
                       message, expected=total.show(), actual=show_decimal(computed), tolerance=show_decimal(slack),
                       doubts=(relation.doubt,) if relation.doubt else ())


@rule("identity.enterprises_served_shanghai_region", title="服务本市企业数量应等于按省市区域统计中的上海", severity="warning",
      basis="填报指引 3.1.1 平台应用规模：按省市区域统计服务企业数（附录F）中的“上海”即服务本市企业")
def shanghai_entry_matches(review):
    spec = review.catalog.field("enterprises_served_shanghai")
    region_spec = review.catalog.field("enterprises_served_by_region")
    local, parsed = read_amount(review, spec.id), _breakdown(review, region_spec.id)
    if local is None or parsed is None:
        return
    shanghai = sum((e.value for e in parsed.entries if classify_region(e.name).canonical == "上海"), Decimal(0))
    if shanghai == local.value:
        return
    message = (f"{short_name(spec)} {local.show()} 与{short_name(region_spec)}中的上海 {show_decimal(shanghai)} "
               f"不一致（差 {show_decimal(abs(shanghai - local.value))}；两者统计的都是上海市的服务企业，请核对统计口径）")
    yield make_finding(review, "identity.enterprises_served_shanghai_region", "warning", [spec.id, region_spec.id],
                       message, expected=show_decimal(shanghai), actual=local.show())


# --- invalid_category ----------------------------------------------------------------------------

def _appendix_hint(catalog: Catalog, appendix: str, name: str) -> str:
    if appendix != "A":
        return ""
    key = category_key(name)
    for category in catalog.appendices.equipment:
        if len(key) >= 2 and key in category.reference:
            return f"（附录A三级指标参考中与之相近的属于“{category.name}”）"
    return ""


@rule("invalid_category.appendix", title="分类统计只能使用附录A–E的分类", severity="error",
      basis="填报指引 2.1.1/2.1.2/2.2.3/3.1.1：设备二级分类、工业APP分类、行业分类、工业模型分类、解决方案分类详见附录A–E")
def categories_in_appendix(review):
    catalog = review.catalog
    for spec in catalog.fields:
        if spec.value_type != "breakdown" or spec.appendix is None:
            continue
        declared = review.declared(spec.id)
        parsed = parse_breakdown(declared.raw) if declared is not None and not is_blank(declared.raw) else None
        if parsed is None:
            continue
        title = getattr(catalog.appendices, {"A": "equipment_title", "B": "app_title", "C": "industry_title",
                                             "D": "model_title", "E": "solution_title"}[spec.appendix])
        for entry in parsed.entries:
            matched = match_category(catalog, spec.appendix, entry.name)
            if matched is not None and category_key(entry.name) not in _category_forms(matched):
                # 「汽车零部件」 for 附录C's 汽车: read as that category, and said — the notice asks for
                # its names; the meaning is not in doubt, so a note, not a warning
                yield make_finding(review, "invalid_category.appendix", "info", [spec.id],
                                   f"{short_name(spec)}中的“{entry.raw}”不是附录{spec.appendix}《{title}》的分类名称，"
                                   f"已按“{matched}”统计；填报时应使用附录{spec.appendix}的分类名称",
                                   expected=matched, actual=entry.raw)
            if matched is None:
                hint = _appendix_hint(catalog, spec.appendix, entry.name)
                message = (f"{short_name(spec)}中的“{entry.raw}”不是附录{spec.appendix}《{title}》的分类"
                           f"{hint}；可用分类：" + "、".join(catalog.appendices.categories(spec.appendix)))
                yield make_finding(review, "invalid_category.appendix", "error", [spec.id], message,
                                   expected=f"附录{spec.appendix}分类", actual=entry.raw,
                                   doubts=_category_doubts(entry.name))


def _category_doubts(name: str) -> list[str]:
    """A name with brackets, digits or of sentence length is more likely a piece of text the
    breakdown reader split wrongly than a category the applicant chose."""
    if re.search(r"[（）()\[\]0-9０-９:：;；]", name) or len(name) > 12:
        return [f"分项名称“{name}”可能未被正确拆分"]
    return []


_REGION_PROBLEMS = {
    "not_in_appendix_f": "不是附录F的区域（应按34个省级区域、5个计划单列市或海外国家填写）",
    "missing_english": "未注明海外国家的英文名称（附录F：需注明国家名称中文翻译+英文，首字母大写，如俄罗斯Russia）",
    "missing_chinese": "未注明海外国家的中文名称（附录F：需注明国家名称中文翻译+英文）",
    "english_not_capitalized": "英文国名首字母未大写（附录F：首字母大写）",
    "english_mismatch": "中文与英文国名不对应",
    "missing_country": "只写“海外”，未注明具体国家（附录F：海外需注明具体国家或地区名称）",
}


def _region_problem(region: RegionMatch, spec: FieldSpec) -> tuple[str, str] | None:
    if spec.value_type == "country_breakdown" and region.kind in ("province", "plan_city"):
        return "error", "是国内区域，不是海外国家"
    for flag in ("not_in_appendix_f", "missing_country", "missing_chinese", "english_mismatch",
                 "missing_english", "english_not_capitalized"):
        if flag in region.flags:
            # 按海外国家分类统计 prints its own example without English ("美国：1000、俄罗斯1500"),
            # so there a missing English name is a warning; 附录F's rule binds the region rows.
            lenient = spec.value_type == "country_breakdown" and flag == "missing_english"
            return ("warning" if lenient or flag == "english_not_capitalized" else "error"), _REGION_PROBLEMS[flag]
    return None


@rule("invalid_category.region", title="区域统计只能使用附录F的区域，海外需注明中文+英文国名", severity="error",
      basis="附录F 区域分类口径：34个省级区域、5个计划单列市、海外（需注明国家名称中文翻译+英文，首字母大写）")
def regions_in_appendix_f(review):
    for spec in review.catalog.fields:
        if spec.value_type not in ("region_breakdown", "country_breakdown"):
            continue
        declared = review.declared(spec.id)
        parsed = parse_breakdown(declared.raw) if declared is not None and not is_blank(declared.raw) else None
        entries = list(parsed.entries) if parsed else []
        for index, entry in enumerate(entries):
            region = classify_region(entry.name)
            problem = _region_problem(region, spec)
            if problem is not None and "missing_country" in region.flags \
                    and any(classify_region(e.name).canonical for e in entries[index + 1:]):
                continue  # "海外：50（德国Germany：30、美国United States：20）": the countries follow
            if problem is not None:
                severity, why = problem
                message = f"{short_name(spec)}中的“{entry.raw}”{why}"
                # Country names are matched against our own table of names: an English name it
                # does not hold (U.S., Türkiye) is not proof of a wrong one.
                doubts = ([f"英文国名“{region.english}”未在对照表中，可能是同一国家的另一种写法"]
                          if "english_mismatch" in region.flags and region.english else [])
                yield make_finding(review, "invalid_category.region", severity, [spec.id], message,
                                   expected="附录F区域 / 中文+English国名", actual=entry.raw, doubts=doubts)


@rule("invalid_category.duplicate", title="分类/区域统计中同一类别不应重复填写", severity="warning",
      basis="填报指引 分类统计：每一类别填写一个数量，重复填写会重复计数")
def duplicate_entries(review):
    catalog = review.catalog
    for spec in catalog.fields:
        if spec.value_type not in _BREAKDOWN_TYPES:
            continue
        parsed = _breakdown(review, spec.id)
        seen: dict[str, tuple[str, str]] = {}  # key → (the first entry as written, its name)
        for entry in counted_entries(parsed, regions=spec.value_type == "region_breakdown") if parsed else ():
            key = _entry_key(catalog, spec, entry.name)
            if key in seen:
                # two of an office's own names that stand for one category (织机/经编机, 定型机及印染设备 →
                # 轻工设备): a split of the category, read by their words — a note; the same name twice, a warning
                worded = spec.value_type == "breakdown" and any(category_key(name) not in _category_forms(key)
                                                           for name in (seen[key][1], entry.name))
                message = f"{short_name(spec)}中“{seen[key][0]}”与“{entry.raw}”是同一类别，重复填写" + (
                    f"（两项均按名称推定为“{key}”）" if worded else "")
                yield make_finding(review, "invalid_category.duplicate", "info" if worded else "warning", [spec.id],
                                   message, expected="每类一项", actual=f"{seen[key][0]}；{entry.raw}")
            else:
                seen[key] = (entry.raw, entry.name)


# --- registration: one rule per relation ---------------------------------------------------------

def _register_all() -> None:
    catalog = load_catalog()
    checks = {"at_most": _check_at_most, "breakdown_sum": _check_breakdown_sum}
    for owner, relation in catalog.relations():
        if relation.kind not in checks:
            continue
        check = checks[relation.kind]
        other = catalog.field(relation.terms[0].field)
        title = (f"{short_name(owner)}不应超过{short_name(other)}" if relation.kind == "at_most"
                 else f"{short_name(owner)}各项之和应等于{short_name(other)}")

        def run(review, owner_id: str = owner.id, relation: Relation = relation, check=check):
            yield from check(review, review.catalog.field(owner_id), relation)

        rule(rule_id_for(relation), title=title, severity="warning" if relation.doubt else "error",
             basis=basis_for(owner, relation))(run)


_register_all()
