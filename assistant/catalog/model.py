"""The parts of notice 沪经信软〔2024〕410号 as frozen types: what the catalog is made of.

Owns the types of every fillable field of 附件2 申报表 (and 附件1 联系人信息反馈表) with its answer
rules and relations, every row of 附件4 平台基本情况汇总表, appendices A–F, the 附件6 platform list,
the 附件3 申报书 outline (sections, case format, 表X) and the required files; the value types and
units a field may have, and the kinds of 证明材料 the notice expects.

Must not: read anything (the catalog is loaded and indexed in `assistant.catalog.notice`), look
labels up, parse values or run checks — relations here are data that the checks interpret.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# money_wan: 万元. yes_no: exactly 是/否. yes_no_detail: 是 (or the detail itself) + a required
# detail, a fixed text for no. breakdown: {category of an appendix A–E: number}. region_breakdown:
# {附录F region: number}, 海外 entries need 中文+English. country_breakdown: {overseas country:
# number}. compound_total_private: a count that, where private deployment exists, is written
# "总数 XX 台/套，其中私有化部署涉及的相关数量 XX 台/套" (`private_format` has its group's wording).
# count_with_list: "共几个，并列举…". url_credentials: URL + login account + password (sensitive).
# revenue_history: 附件4 平台近三年经营指标情况, 3 years of revenue and growth rate.
ValueType = Literal[
    "money_wan", "percent", "count", "number_with_unit", "yes_no", "yes_no_detail", "breakdown",
    "region_breakdown", "country_breakdown", "date", "date_range", "checkbox_choice",
    "multi_choice", "text", "compound_total_private", "count_with_list", "url_credentials",
    "revenue_history", "code", "phone", "email",
]

Unit = Literal["万元", "%", "台/套", "个", "项", "人", "次", "TB", "台", "种", "家"]
AppendixKey = Literal["A", "B", "C", "D", "E", "F"]
FormKey = Literal["附件1", "附件2"]
SectionKey = Literal["contact_form", "cover", "enterprise", "platform", "indicators"]

# 附件3 六、附件及其他说明材料 lists the kinds of 证明材料 the notice expects.
EvidenceKind = Literal[
    "audited_financial_report", "platform_financial_report", "system_screenshot", "test_report",
    "user_report", "ip_certificate", "management_document", "business_license",
    "award_certificate", "other",
]
EVIDENCE_KIND_LABELS: dict[str, str] = {
    "audited_financial_report": "经审计的年度财务报告",
    "platform_financial_report": "与平台相关的财务报告或报表（或推算/估算说明）",
    "system_screenshot": "系统/日志数据截图",
    "test_report": "第三方/内部检测/测试/扫描等报告",
    "user_report": "用户报告",
    "ip_certificate": "产品专利和知识产权证书（及清单）",
    "management_document": "企业相关规划/管理文件",
    "business_license": "企业营业执照",
    "award_certificate": "平台获奖证书（及清单）",
    "other": "其他支撑证明材料",
}


class IndicatorPath(Frozen):
    """Where a row of 三、指标明细表 sits: 一级 dimension (with its weight), 二级, 三级."""

    dimension_code: Literal["一", "二", "三"]
    dimension_name: str
    dimension_weight: int  # percent: 25 / 35 / 40
    level2_code: str
    level2_name: str
    level3_code: str
    level3_name: str


class AnswerRule(Frozen):
    """How a 是/否-type answer must be written (填报指引: "若是，填写“是”并…；若否，填写“否”")."""

    answer: Literal["yes", "no"]
    exact_text: str | None = None  # the whole answer must be this text ("否", "未制定规划")
    prefix: str | None = None  # the answer starts with this ("是")
    required_detail: str | None = None  # what must follow, e.g. "文件名+文件编号+制订时间"
    max_chars: int | None = None
    max_chars_approx: bool = False

    @model_validator(mode="after")
    def _one_form(self) -> AnswerRule:
        if self.exact_text is None and self.required_detail is None:
            raise ValueError("an answer rule needs exact_text or required_detail")
        return self


class RequiredIf(Frozen):
    """The field is required when `field` has `option` ticked (合作共建 → 合作企业名称（必填）)."""

    field: str
    option: str


class Operand(Frozen):
    """A term of a relation: a catalog field, or a quantity the form does not ask for (平台利润).

    `proxy_field` names the field that is the closest stand-in for such a quantity; a check that
    uses it must say it is an approximation."""

    field: str | None = None
    quantity: str | None = None
    proxy_field: str | None = None

    @model_validator(mode="after")
    def _field_or_quantity(self) -> Operand:
        if (self.field is None) == (self.quantity is None):
            raise ValueError("an operand is either a field or a named quantity")
        if self.field is not None and self.proxy_field is not None:
            raise ValueError("a field operand has no proxy")
        return self


RelationKind = Literal[
    "sum",  # owner = Σ terms
    "ratio",  # owner = terms[0] ÷ terms[1] × scale
    "growth",  # owner = (terms[0] − terms[1]) ÷ terms[1] × 100
    "at_most",  # owner ≤ terms[0]
    "breakdown_sum",  # Σ categories of owner = terms[0]
    "equal",  # owner = terms[0]
]


class Relation(Frozen):
    """A rule between fields, attached to the field it constrains (the owner).

    basis "stated": the 填报指引 states it (`source` quotes it); "structural": it follows from the
    form's layout (其中 rows, 按…统计 breakdowns) or from two fields naming the same quantity."""

    id: str  # the check rule id, e.g. "identity.staff_total"
    kind: RelationKind
    terms: tuple[Operand, ...]
    scale: int = 1
    decimals: int | None = None
    basis: Literal["stated", "structural"]
    source: str | None = None
    doubt: str | None = None  # why the relation may not hold exactly: a finding under it is a warning saying so

    @model_validator(mode="after")
    def _arity(self) -> Relation:
        want = {"ratio": 2, "growth": 2, "at_most": 1, "breakdown_sum": 1, "equal": 1}
        n = want.get(self.kind)
        if n is not None and len(self.terms) != n:
            raise ValueError(f"{self.kind} takes {n} terms")
        if self.kind == "sum" and len(self.terms) < 2:
            raise ValueError("sum takes at least 2 terms")
        return self


class FieldSpec(Frozen):
    """One fillable field. `label` is as printed (wrapped lines re-joined; the PDF's stray spaces
    around CJK dropped); `guidance` is its 填报指引 entry, `group_guidance` the note over its 三级
    group; `parent` is the row it is listed under (其中…, 按…统计); `max_value` a stated cap
    (杀手锏APP: the top 5); `summary_label` the 附件4 row it feeds."""

    id: str
    form: FormKey
    section: SectionKey
    section_label: str
    group_label: str | None = None  # a printed sub-heading: "股权结构", "平台近三年经营指标情况"
    row_label: str | None = None  # 附件1: "联系人（主）" / "联系人（备用）"
    label: str
    form_line: str | None = None  # printed fill-in line where no label is printed as such
    path: IndicatorPath | None = None
    value_type: ValueType
    unit: Unit | None = None
    decimals: int | None = None
    max_chars: int | None = None
    max_chars_approx: bool = False  # "100字左右"
    max_chars_per_item: bool = False  # "逐条描述，每条50字以内"
    max_value: int | None = None
    options: tuple[str, ...] = ()
    appendix: AppendixKey | None = None
    private_format: str | None = None
    guidance: str | None = None
    group_guidance: str | None = None
    answer_rules: tuple[AnswerRule, ...] = ()
    parent: str | None = None
    relations: tuple[Relation, ...] = ()
    required_if: RequiredIf | None = None
    aliases: tuple[str, ...] = ()
    evidence_kinds: tuple[EvidenceKind, ...] = ()
    sensitive: bool = False
    summary_label: str | None = None  # the 附件4 row this field feeds, as printed there


PlatformListColumn = Literal["序号", "平台名称", "单位名称", "2023年度是否参评"]


class SummaryRow(Frozen):
    """One row of 附件4 平台基本情况汇总表, in the notice's order."""

    order: int
    label: str
    format_hint: str | None = None  # the printed parenthetical / 是/否 / template lines
    source_fields: tuple[str, ...] = ()
    platform_list_column: PlatformListColumn | None = None
    value_type: ValueType
    unit: Unit | None = None
    decimals: int | None = None
    note: str | None = None


class EquipmentCategory(Frozen):
    name: str
    reference: str  # 三级指标参考


class IndustryCategory(Frozen):
    name: str
    codes: tuple[str, ...]  # 国家统计局分类法对应分类号


class ModelCategory(Frozen):
    name: str
    explanation: str


RegionKind = Literal["直辖市", "省", "自治区", "特别行政区", "计划单列市", "海外"]


class Region(Frozen):
    name: str
    kind: RegionKind
    aliases: tuple[str, ...] = ()


class Appendices(Frozen):
    equipment_title: str
    equipment: tuple[EquipmentCategory, ...]  # 附录A
    app_title: str
    apps: tuple[str, ...]  # 附录B
    industry_title: str
    industries: tuple[IndustryCategory, ...]  # 附录C
    model_title: str
    models: tuple[ModelCategory, ...]  # 附录D
    model_note: str
    solution_title: str
    solution_modes: tuple[str, ...]  # 附录E
    region_title: str
    regions: tuple[Region, ...]  # 附录F, in printed order
    overseas_rule: str

    def categories(self, key: AppendixKey) -> tuple[str, ...]:
        return {
            "A": tuple(c.name for c in self.equipment),
            "B": self.apps,
            "C": tuple(c.name for c in self.industries),
            "D": tuple(c.name for c in self.models),
            "E": self.solution_modes,
            "F": tuple(r.name for r in self.regions),
        }[key]


class Platform(Frozen):
    """A row of 附件6 纳入2024年度评价工作的平台名单."""

    number: int
    name: str
    unit_name: str
    participated_2023: bool  # "是" → True, "-" → False


class ClosingParagraph(Frozen):
    label: str  # "最后一段（必写）"
    text: str
    max_chars: int


class OutlineSection(Frozen):
    number: str  # "一" … "七"
    title: str
    description: str
    closing_paragraph: ClosingParagraph | None = None
    required_if_participated_2023: bool = False


class CasePart(Frozen):
    label: str
    max_chars: int | None = None
    max_chars_approx: bool = False


class CaseFormat(Frozen):
    max_cases: int
    name_pattern: str  # "XXX 平台——XXXX"
    name_separator: str  # "——"
    name_max_chars: int
    name_rule: str
    parts: tuple[CasePart, ...]
    total_max_chars: int
    max_images_per_case: int
    image_requirement: str


class BenchmarkRow(Frozen):
    level3_code: str
    level3_name: str
    template: str  # what the 对标数据 cell asks for
    note: str | None = None


class BenchmarkTable(Frozen):
    title: str
    columns: tuple[str, ...]
    rows: tuple[BenchmarkRow, ...]
    footnote: str


class ApplicationOutline(Frozen):
    """附件3 申报书: its sections 一–七, the case format of 五 and 表X of 二."""

    title: str
    sections: tuple[OutlineSection, ...]
    case_format: CaseFormat
    benchmark_table: BenchmarkTable


class RequiredFile(Frozen):
    number: int  # 附件 number
    title: str
    listed_as: str  # as in the notice's 附件 list, with its （模板…） note
    paper_copy: bool  # 四、相关要求 2: paper copies of 附件2, 3, 5
    requirements: tuple[str, ...] = ()


class Level3(Frozen):
    code: str
    name: str


class Level2(Frozen):
    code: str
    name: str
    description: str
    groups: tuple[Level3, ...]


class Dimension(Frozen):
    code: Literal["一", "二", "三"]
    name: str
    weight: int
    description: str
    groups: tuple[Level2, ...]


class Notice(Frozen):
    number: str
    title: str
    issued: str  # ISO date
    deadline: str  # ISO datetime, local time
    email: str
