"""The catalog against the notice text: nothing missed, nothing misspelt, nothing out of order.

The notice (../shared/seed/000_130894cf27994a3b.txt) is a PDF-to-text dump: table cells are split
across lines and page headers ("- 14 -") interrupt them. `compact()` removes all whitespace, page
headers and the repeated guidance-table header, so a label re-joined from wrapped lines is a plain
substring of the compacted notice. No NFKC here: full-width punctuation must match as printed.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.catalog.model import FieldSpec, SummaryRow
from assistant.catalog.notice import Catalog, load_catalog
from assistant.core.text_keys import label_key

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "seed" / "000_130894cf27994a3b.txt"

_PAGE_HEADER = re.compile(r"^\s*-\s*\d+\s*-\s*$")


def compact(text: str) -> str:
    lines = [line for line in text.split("\n") if not _PAGE_HEADER.match(line)]
    joined = re.sub(r"\s+", "", "\n".join(lines).replace("\uf06c", ""))
    return joined.replace("指标/序号解释/填报指引", "")


@pytest.fixture(scope="module")
def notice() -> str:
    if not SEED.is_file():
        pytest.skip("../shared/seed notice text is not present")
    return compact(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def part(notice: str, start: str, end: str, after: str | None = None) -> str:
    i = notice.index(start, notice.index(after) if after else 0) + len(start)
    return notice[i:notice.index(end, i)]


def parts(notice: str) -> dict[str, str]:
    a2 = "附件2上海市工业互联网平台应用水平评价申报表"
    return {
        "contact_form": part(notice, "附件1联系人信息反馈表", "附件2上海市"),
        "cover": part(notice, a2, "一、企业基本情况"),
        "enterprise": part(notice, "一、企业基本情况", "二、平台基本情况", after=a2),
        "platform": part(notice, "二、平台基本情况", "三、上海市工业互联网平台应用水平评价指标明细表", after=a2),
        "indicators": part(notice, "三、上海市工业互联网平台应用水平评价指标明细表", "指标解释及填报指引表"),
    }


# Fields whose printed form is a fill-in line, not a label: the cover's "年 月 日" and the three
# "2021年平台营收____万元/增长率___%" lines of 平台近三年经营指标情况. Their `form_line` is printed.
LABEL_NOT_PRINTED = {
    "cover_date",
    *(f"platform_revenue{k}_{y}" for y in (2021, 2022, 2023) for k in ("", "_growth")),
}


def test_every_label_is_printed_in_its_part_of_the_notice(notice, catalog):
    sliced = parts(notice)
    unprinted = set()
    for spec in catalog.fields:
        where = sliced[spec.section]
        if compact(spec.label) not in where:
            unprinted.add(spec.id)
        for text in filter(None, (spec.form_line, spec.group_label, spec.row_label)):
            assert compact(text) in where, (spec.id, text)
        for option in spec.options:
            assert "□" + option in where, (spec.id, option)
    assert unprinted == LABEL_NOT_PRINTED
    for spec_id in LABEL_NOT_PRINTED:
        assert catalog.field(spec_id).form_line


def test_field_counts_per_part(catalog):
    counts = Counter(spec.section for spec in catalog.fields)
    # 附件1: 5 columns × 2 contact rows + 具体地址. Cover: 申报年度 平台名称 申报单位 联系人 联系人电话 日期.
    # 一: 13 cells, 股权结构 + its 3 columns, 6 figures of 2023 = 23. 二: 平台名称 建设时间 建设金额,
    # 2021–2023 营收 + 增长率 (6), 建设方式 + 合作企业名称, 运营模式, IaaS + 服务商名称, 部署方式 + 说明,
    # 网址, 介绍, 成效 = 19.
    assert counts == {"contact_form": 11, "cover": 6, "enterprise": 23, "platform": 19,
                      "indicators": 118}


# Every 内容 row of 三、指标明细表, counted by hand in the notice, per 三级 group:
#   一 (25%): 1.1.1 定位是否明确, 政策方向 = 2; 1.1.2 纳入战略规划, 专项规划, 团队总人数, 运维, 运营,
#     职称/从业资格 = 6; 1.2.1 研发投入, 强度 = 2; 1.2.2 营业收入, 利润率, 付费用户占比 = 3.   → 13
#   二 (35%): 2.1.1 设备总数, 按二级分类, 按区域, 公有云 (+分类, +区域), 公有云日运行 (+分类, +区域),
#     海外, 按海外国家, 协议, 其他资源 = 13; 2.1.2 软件总量, APP数量, 平台开发, 云化, 按分类, 按行业,
#     月活, 杀手锏, 杀手锏日在线用户, 日活次数, 月平均收入, 公有云APP, 公有云日活 (+分类, +行业) = 15;
#     2.2.1 边缘, 其他采集 = 2; 2.2.2 可拓展云计算, 云化算力, 用云量, 公有云使用, 存储容量, 存储数据量,
#     公有云数据, 利用率, 数据基础管理 = 9; 2.2.3 机理模型, 活跃, 核心模型用户, 按分类, 通用算法,
#     算法类型, 分析速度 = 7; 2.3.1 微服务, 活跃 = 2; 2.4.1 社区, 注册开发者, 活跃 = 3; 2.4.2 语言,
#     框架, 工具 = 3; 2.5.1 制度, 保护方面, 第三方测试, 安全扫描 = 4; 2.5.2 安全技术, 核心数据 = 2. → 60
#   三 (40%): 3.1.1 注册企业, 实际服务, 按行业, 按区域, 付费, 本市, 中小, 订单, 交易增长, 订阅总数,
#     杀手锏订阅, 订阅金额, 设备利用率, 国产化率, 智能工厂, 园区, 解决方案, 按新模式 = 18; 3.1.2 投资回报率,
#     上市/VC, 自主可控, 新增效益, 降低成本, 运维成本, 能耗, 安全生产, 数据价值, 供应链, 新技术, 特色指数
#     = 12; 3.1.3 专利, 软著, 核心技术突破, 碳管理, 标识解析, 标准, 奖项, 就业, 社会贡献率, 贡献及支撑
#     = 10; 3.2.1 开放共享机制, 数据形式 = 2; 3.2.2 合作平台, 跨平台调用, 新产业新模式 = 3.     → 45
#   total 13 + 60 + 45 = 118
ROWS_PER_LEVEL3 = {
    "1.1.1": 2, "1.1.2": 6, "1.2.1": 2, "1.2.2": 3,
    "2.1.1": 13, "2.1.2": 15, "2.2.1": 2, "2.2.2": 9, "2.2.3": 7, "2.3.1": 2, "2.4.1": 3,
    "2.4.2": 3, "2.5.1": 4, "2.5.2": 2,
    "3.1.1": 18, "3.1.2": 12, "3.1.3": 10, "3.2.1": 2, "3.2.2": 3,
}
INDICATOR_ROWS = 118

# Printed in the 明细表 but not a 内容 row: the column header repeated on each page, the
# instruction under the title and the two footnotes of the header's superscripts 1 and 2.
TABLE_FURNITURE = (
    "（请依据此表后附的填报指引填写！）",
    "一级指标二级指标三级指标内容平台实际情况1证明资料2",
    "1填写本列时，具体指标解释及填报指引详见后表，请根据后表填写。",
    "2填写本列时，证明资料请逐项对应到《申报书》附件对应序号、附件名称及页码，若某一指标无证明资料，"
    "则需进行填写说明解释填写情况及理由",
)


def test_indicator_rows_consume_the_whole_table_in_order(notice, catalog):
    """Walk the 明细表 text: each step must be the next catalog row, or a dimension/二级/三级
    heading of the catalog, or table furniture. Reaching the end proves no row is missing,
    misspelt or out of order."""
    table = parts(notice)["indicators"]
    rows = [compact(spec.label) for spec in catalog.fields_in("indicators")]
    headings = set(TABLE_FURNITURE)
    for dim in catalog.dimensions:
        headings.add(f"{dim.code}、{dim.name}（{dim.weight}%）")
        for level2 in dim.groups:
            headings |= {level2.code, level2.name}
            headings |= {x for level3 in level2.groups for x in (level3.code, level3.name)}
    headings_longest_first = sorted(headings, key=len, reverse=True)
    pos, next_row = 0, 0
    while pos < len(table):
        if next_row < len(rows) and table.startswith(rows[next_row], pos):
            pos += len(rows[next_row])
            next_row += 1
            continue
        heading = next((h for h in headings_longest_first if table.startswith(h, pos)), None)
        assert heading, f"row {next_row} ({rows[next_row] if next_row < len(rows) else '-'}) " \
                        f"expected, notice has: {table[pos:pos + 40]}"
        pos += len(heading)
    assert next_row == len(rows) == INDICATOR_ROWS


def test_indicator_paths_and_counts(catalog):
    specs = catalog.fields_in("indicators")
    assert Counter(spec.path.level3_code for spec in specs) == ROWS_PER_LEVEL3
    assert {d.code: d.weight for d in catalog.dimensions} == {"一": 25, "二": 35, "三": 40}
    tree = {(d.code, d.name, d.weight, l2.code, l2.name, l3.code, l3.name)
            for d in catalog.dimensions for l2 in d.groups for l3 in l2.groups}
    for spec in specs:
        p = spec.path
        assert (p.dimension_code, p.dimension_name, p.dimension_weight, p.level2_code,
                p.level2_name, p.level3_code, p.level3_name) in tree, spec.id
        assert p.level3_code.startswith(p.level2_code + ".")
    assert catalog.field("rd_intensity").path.level3_name == "创新投入情况"
    assert catalog.field("strategic_positioning").path.level2_name == "战略定位及规划"


def test_guidance_texts_are_the_notices_words(notice, catalog):
    for spec in catalog.fields:
        for text in filter(None, (spec.guidance, spec.group_guidance, spec.private_format)):
            assert compact(text) in notice, (spec.id, text[:40])
        for relation in spec.relations:
            if relation.source:
                assert compact(relation.source) in notice, relation.id
    for dim in catalog.dimensions:
        assert compact(dim.description) in notice
        for level2 in dim.groups:
            assert compact(level2.code + level2.name + level2.description) in notice


def test_indicator_guidance_starts_with_its_row(catalog):
    for spec in catalog.fields_in("indicators"):
        assert spec.guidance, spec.id
        head = re.split(r"[:。(]", label_key(spec.guidance))[0]
        assert head in {label_key(t).split("(")[0] for t in (spec.label, *spec.aliases)} \
            or label_key(spec.label).startswith(head), (spec.id, head)


def test_decimals_and_char_limits_follow_the_guidance(catalog):
    for spec in catalog.fields:
        text = spec.guidance or ""
        wants_2 = "保留2位小数" in text or "保留两位小数" in text
        assert (spec.decimals == 2) == wants_2, spec.id
        limits = re.findall(r"(\d+)字(以内|左右|内)", text)
        if spec.id == "policy_alignment":
            assert spec.max_chars == 50 and spec.max_chars_per_item
            continue
        if limits:
            assert len({n for n, _ in limits}) == 1, spec.id
            n, kind = limits[0]
            assert spec.max_chars == int(n), spec.id
            assert spec.max_chars_approx == (kind == "左右"), spec.id
        else:
            assert spec.max_chars is None, spec.id
    assert catalog.field("cloud_servers_used").decimals == 2  # "保留两位小数"
    assert catalog.field("data_governance").max_chars_approx


def test_answer_rules_quote_the_guidance(catalog):
    for spec in catalog.fields:
        kinds = [rule.answer for rule in spec.answer_rules]
        if spec.value_type in ("yes_no", "yes_no_detail"):
            assert sorted(kinds) == ["no", "yes"], spec.id
        for rule in spec.answer_rules:
            if rule.exact_text and rule.exact_text not in ("是", "否"):
                assert f"“{rule.exact_text}”" in spec.guidance, (spec.id, rule.exact_text)
            if rule.prefix:
                assert f"“{rule.prefix}" in spec.guidance, spec.id
    rules = {r.answer: r for r in catalog.field("security_policies").answer_rules}
    assert rules["yes"].prefix == "是"
    assert rules["yes"].required_detail == "相关制度文件名+文件编号+制订时间"
    assert rules["no"].exact_text == "否"
    no_texts = {spec.id: r.exact_text for spec in catalog.fields for r in spec.answer_rules
                if r.answer == "no"}
    assert no_texts["strategic_positioning"] == "无明确战略定位"
    assert no_texts["policy_alignment"] == "无符合政策及趋势"
    assert no_texts["in_corporate_strategy"] == "未纳入企业战略规划"
    assert no_texts["platform_special_plan"] == "未制定规划"
    assert no_texts["new_tech_integration"] == "无"


def test_relations_reference_existing_fields(catalog):
    ids = {spec.id for spec in catalog.fields}
    relation_ids = []
    for spec in catalog.fields:
        assert spec.parent is None or spec.parent in ids, spec.id
        if spec.required_if:
            assert spec.required_if.option in catalog.field(spec.required_if.field).options
        for relation in spec.relations:
            relation_ids.append(relation.id)
            for term in relation.terms:
                assert term.field is None or term.field in ids, relation.id
                assert term.proxy_field is None or term.proxy_field in ids, relation.id
            if relation.kind == "ratio":
                assert spec.value_type == "percent" and relation.scale == 100, relation.id
            if relation.kind == "breakdown_sum":
                assert spec.value_type.endswith("breakdown"), relation.id
    assert len(relation_ids) == len(set(relation_ids))
    stated = {r.id for _, r in catalog.relations() if r.basis == "stated"}
    assert stated == {
        "identity.staff_total", "formula.rd_intensity", "formula.profit_margin",
        "formula.paying_user_share", "formula.storage_utilization", "formula.roi",
        "formula.social_contribution_rate"}
    staff = catalog.field("staff_total").relations[0]
    assert staff.kind == "sum"
    assert [t.field for t in staff.terms] == ["staff_ops_maintenance", "staff_operations"]
    rd = catalog.field("rd_intensity").relations[0]
    assert [t.field for t in rd.terms] == ["rd_investment", "revenue"] and rd.decimals == 2


def test_conditional_and_sensitive_fields(catalog):
    conditions = {spec.id: (spec.required_if.field, spec.required_if.option)
                  for spec in catalog.fields if spec.required_if}
    assert conditions == {
        "partner_enterprise": ("construction_mode", "合作共建"),
        "iaas_provider": ("iaas", "租用"),
        "deployment_other": ("deployment", "其他部署方式"),
    }
    assert [spec.id for spec in catalog.fields if spec.sensitive] == ["platform_url"]
    assert catalog.field("deployment").value_type == "multi_choice"
    assert catalog.field("devices_by_region").appendix == "F"
    assert catalog.field("devices_total").private_format == "总数XX台/套，其中私有化部署涉及的相关数量XX台/套"


def test_summary_rows_are_the_annex4_table_in_order(notice, catalog):
    table = part(notice, "附件4平台基本情况汇总表", "附件5")
    printed = "".join(compact(r.label + (r.format_hint or "")) for r in catalog.summary_rows)
    assert printed == table
    # Re-derive the order from the notice with the labels as an unordered set: at each point the
    # longest label that matches is the next row.
    by_label = {compact(r.label): r for r in catalog.summary_rows}
    derived, pos = [], 0
    while pos < len(table):
        label = max((k for k in by_label if table.startswith(k, pos)), key=len, default=None)
        assert label, f"no row label at: {table[pos:pos + 30]}"
        row = by_label[label]
        pos += len(label)
        hint = compact(row.format_hint or "")
        assert table.startswith(hint, pos), row.label
        pos += len(hint)
        derived.append(row.label)
    assert derived == [r.label for r in catalog.summary_rows]
    assert [r.order for r in catalog.summary_rows] == list(range(1, 104))


def test_summary_rows_are_filled_from_existing_fields(catalog):
    ids = {spec.id for spec in catalog.fields}
    for row in catalog.summary_rows:
        assert set(row.source_fields) <= ids, row.label
        if not row.source_fields:
            assert row.platform_list_column or row.note, row.label
    assert catalog.summary_row("序号").platform_list_column == "序号"
    history = catalog.summary_row("平台近三年经营指标情况")
    assert history.value_type == "revenue_history" and len(history.source_fields) == 6
    assert catalog.summary_row("平台是否建立安全管理体系").source_fields == ("security_policies",)
    assert catalog.summary_row("平台是否建立安全管理体系").value_type == "yes_no"
    orders = catalog.summary_row("平台订单数量(近一年总量)（个）")
    assert orders.source_fields == ("orders_last_year",)
    assert catalog.field("orders_last_year").summary_label == "平台订单数量(近一年总量)（个）"
    # every 明细表 row that 附件4 shows is fed into exactly one row
    fed = Counter(f for row in catalog.summary_rows for f in row.source_fields)
    assert max(fed.values()) == 1


def test_platform_list_is_annex6(notice, catalog):
    body = part(notice, "附件6纳入2024年度评价工作的平台名单", "上海市经济和信息化委员会办公室")
    body = body.replace("序号平台名称单位名称2023年度是否参评", "")
    printed = "".join(
        f"{p.number}{compact(p.name)}{compact(p.unit_name)}{'是' if p.participated_2023 else '-'}"
        for p in catalog.platforms)
    assert printed == body
    assert [p.number for p in catalog.platforms] == list(range(1, 34))
    assert sum(p.participated_2023 for p in catalog.platforms) == 18
    names = {p.name for p in catalog.platforms}
    for name in ("电机设备远程运维服务工业互联网平台", "宝联登 xIn³Plat 工业互联网平台",
                 "“飞梭智纺”纺织工业互联网平台", "基于全球船舶实时船位的航运新基建--船视宝"):
        assert name in names
    twins = catalog.platforms_named("电机设备远程运维服务工业互联网平台")
    assert [p.number for p in twins] == [2, 14]
    assert [p.number for p in catalog.platforms_named("宝联登xIn³Plat工业互联网平台")] == [17]


def test_appendices_are_printed_as_in_the_notice(notice, catalog):
    a = catalog.appendices
    assert part(notice, "设备二级分类指标三级指标参考", "附录B") == \
        "".join(c.name + compact(c.reference) for c in a.equipment)
    assert part(notice, "工业APP分类指标", "附录C") == "".join(a.apps)
    assert part(notice, "国家统计局分类法对应分类号", "附录D") == \
        "".join(c.name + "/".join(c.codes) for c in a.industries)
    assert part(notice, "工业模型分类指标指标解释", "附录E") == \
        "".join(m.name + m.explanation for m in a.models) + a.model_note
    assert part(notice, "解决方案分类指标", "附录F") == "".join(a.solution_modes)
    assert part(notice, "区域分类口径行政区域", "附件3") == \
        "".join(r.name + ("*" if r.kind == "海外" else "") for r in a.regions) \
        + compact(a.overseas_rule)
    for title in (a.equipment_title, a.app_title, a.industry_title, a.model_title,
                  a.solution_title, a.region_title):
        assert title in notice
    assert (len(a.equipment), len(a.apps), len(a.industries), len(a.models),
            len(a.solution_modes)) == (16, 9, 22, 4, 6)


def test_region_list_is_34_provincial_5_planned_cities_and_overseas(catalog):
    regions = catalog.appendices.regions
    kinds = Counter(r.kind for r in regions)
    assert len(regions) == 40
    # 34 省级区域 = 4 直辖市 + 23 省 (incl. 台湾) + 5 自治区 + 2 特别行政区
    assert kinds == {"直辖市": 4, "省": 23, "自治区": 5, "特别行政区": 2, "计划单列市": 5, "海外": 1}
    assert [r.name for r in regions if r.kind == "计划单列市"] == ["大连", "青岛", "宁波", "厦门", "深圳"]
    assert catalog.appendices.categories("F")[-4:] == ("香港", "澳门", "台湾", "海外")
    assert "Russia" in catalog.appendices.overseas_rule


def test_application_outline_and_required_files(notice, catalog):
    outline = catalog.application_outline
    a3 = notice[notice.index("附件3上海市工业互联网平台应用水平评价申报书"):notice.index("附件4平台基本情况汇总表")]
    assert [s.number for s in outline.sections] == ["一", "二", "三", "四", "五", "六", "七"]
    for section in outline.sections:
        assert f"{section.number}、{section.title}" in a3
        assert compact(section.description) in a3
        if section.closing_paragraph:
            closing = section.closing_paragraph
            assert compact(f"{closing.label}：{closing.text}") in a3
            assert closing.max_chars == 300 and f"{closing.max_chars}字以内" in closing.text
    assert [s.number for s in outline.sections if s.closing_paragraph] == ["二", "三"]
    assert [s.number for s in outline.sections if s.required_if_participated_2023] == ["七"]
    case = outline.case_format
    limits = (case.max_cases, case.name_max_chars, case.total_max_chars, case.max_images_per_case)
    assert limits == (3, 30, 1000, 5)
    assert compact(case.name_pattern + "（" + case.name_rule + "）") in a3
    for case_part in case.parts:
        limit = "" if case_part.max_chars is None else \
            f"（{case_part.max_chars}字{'左右' if case_part.max_chars_approx else '内'}"
        assert compact(case_part.label + limit) in a3, case_part.label
    table = outline.benchmark_table
    assert compact(table.title + "".join(table.columns)) in a3
    printed = "".join(r.level3_code + r.level3_name + r.template + (r.note or "")
                      for r in table.rows)
    assert compact(printed + table.footnote) in a3
    assert [r.level3_code for r in table.rows] == ["1.2.1", "2.1.1", "2.1.2", "2.2.1", "2.2.2",
                                                    "2.2.3", "2.3.1", "3.1.1"]
    annex_list = part(notice, "附件：", "上海市经济和信息化委员会2024年6月20日")
    assert annex_list == "".join(f"{f.number}.{f.listed_as}" for f in catalog.required_files) + \
        "6.纳入本年度评价工作的平台名单"
    assert [f.number for f in catalog.required_files if f.paper_copy] == [2, 3, 5]
    for f in catalog.required_files:
        assert f"附件{f.number}" in notice and f.title in notice
    assert catalog.notice.number in notice and catalog.notice.email in notice


def test_catalog_json_is_what_the_generator_makes(notice):
    """The JSON is reviewed; the generator must still reproduce it, so an edit lands in both."""
    script = REPO / "scripts" / "build_catalog.py"
    spec = importlib.util.spec_from_file_location("build_catalog", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(SEED)
    assert built == load_catalog()


# ------------------------------------------------------------------------------------------
# Loader and lookups


def test_normalize_label():
    assert label_key("其中：运维人数（人）") == "运维人数(人)"
    assert label_key(" 其中 运维人数 (人) ") == "运维人数(人)"
    assert label_key("平台名称：") == "平台名称"
    assert label_key("工业APP 数量（个）") == label_key("工业ＡＰＰ数量(个)")


@pytest.mark.parametrize(
    ("text", "field_id"),
    [
        ("运维人数(人)", "staff_ops_maintenance"),
        ("其中：运营人数（人）", "staff_operations"),
        ("平台总人数（人）", "staff_total"),
        ("平台团队总人数", "staff_total"),
        ("平台订单数量(近一年总量)（个）", "orders_last_year"),
        ("平台订单数量（个），填写近一年总量", "orders_last_year"),
        ("企业是否已上市或已获得VC/PE 投资", "listed_or_vc_funded"),
        ("企业已上市或已获得VC/PE投资", "listed_or_vc_funded"),
        ("工业APP 数量（个）", "apps_total"),
        ("工业软件总量", "software_total"),
        ("公有云工业设备连接数量（台/套）", "devices_public_cloud"),
        ("平台是否建立安全管理体系", "security_policies"),
        ("平台是否服务上海市级智能工厂，数量", "smart_factories_served"),
        ("平台名称", "platform_name"),
        ("单位(企业)名称", "enterprise_name"),
        ("存储资源利用率", "storage_utilization"),
    ],
)
def test_match_label(catalog, text, field_id):
    assert catalog.match_label(text).id == field_id


def test_match_label_misses_and_sections(catalog):
    assert catalog.match_label("平台年度总产值（万元）") is None
    assert catalog.match_label("平台名称", section="cover").id == "cover_platform_name"
    assert [f.id for f in catalog.match_labels("联系人")] == ["enterprise_contact", "cover_contact"]


def test_labels_are_unambiguous_except_repeated_form_cells(catalog):
    owners: dict[str, set[str]] = defaultdict(set)
    for spec in catalog.fields:
        for text in (spec.label, *spec.aliases):
            owners[label_key(text)].add(spec.section)
    repeated = {key for key, sections in owners.items() if len(sections) > 1}
    # The same cell printed in two forms: cover vs 二/一, and 附件1 vs 一.
    assert repeated == {"平台名称", "联系人", "职务", "电子邮箱", "单位名称"}
    within = Counter()
    for spec in catalog.fields:
        if spec.section != "contact_form":  # 附件1 repeats its columns for 主/备用
            for key in {label_key(t) for t in (spec.label, *spec.aliases)}:
                within[(spec.section, key)] += 1
    assert max(within.values()) == 1


def test_lookup_helpers(catalog):
    assert catalog.field("rd_intensity").unit == "%"
    with pytest.raises(KeyError):
        catalog.field("no_such_field")
    assert catalog.summary_row("平台订单数量（近一年总量）（个）").order == 77
    assert catalog.summary_row("不存在的行") is None
    assert load_catalog() is load_catalog()


def test_models_are_frozen_and_strict(catalog):
    with pytest.raises(ValidationError):
        catalog.field("staff_total").label = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        FieldSpec(id="x", form="附件2", section="indicators", section_label="s", label="l",
                  value_type="count", colour="red")
    with pytest.raises(ValidationError):
        SummaryRow(order=1, label="l", value_type="integer")


def test_json_round_trip(catalog):
    again = Catalog.model_validate_json(catalog.model_dump_json())
    assert again == catalog
    assert again.match_label("运维人数").id == "staff_ops_maintenance"
