"""Planted problems: each a transformation of a consistent package plus the truth record it leaves.

Owns one factory per kind of defect of the rule families (identity, formula, subset, …). A plant
changes only what its defect needs and keeps everything else consistent — a subset violation
rescales its breakdowns so it does not also become a breakdown_sum finding, a changed input is
followed by `derive` so dependent ratios stay right, a changed audit figure keeps the statement
adding up. Descriptions are Chinese, for the people reading the eval results.
"""

from __future__ import annotations

from decimal import Decimal

from eval_sets.generator.formats import chars, money
from eval_sets.generator.notice import ROW_BY_KEY, SUMMARY_LABEL_BY_KEY
from eval_sets.generator.state import PackageState, Plant
from eval_sets.generator.values import derive, q2
from eval_sets.truth import Problem

SEVERITY = {
    "identity": "error", "formula": "error", "subset": "error", "breakdown_sum": "error",
    "invalid_category": "error", "declared_vs_evidence": "error", "count_vs_list": "error",
    "screenshot_vs_form": "warning", "narrative_vs_form": "warning", "growth_rate": "error",
    "summary_vs_form": "error", "blank": "error", "missing_proof": "warning", "char_limit": "warning",
    "answer_format": "warning", "missing_section": "error", "section7": "error", "missing_file": "error",
    "platform_name": "warning", "conditional": "error",
}


def label(key: str) -> str:
    """附件4 label where the indicator has a row there, else the 指标明细表 内容 label."""
    return SUMMARY_LABEL_BY_KEY.get(key) or ROW_BY_KEY[key].label


def _record(state: PackageState, family: str, fields: list[str], roles: list[str], description: str) -> Problem:
    files = []
    for role in roles:
        doc = state.doc(role)
        files.append(doc.path if doc else state.names[role])
    problem = Problem(id=state.problem_id(family), family=family, fields=fields, files=files,
                      severity=SEVERITY[family], description=description)
    state.problems.append(problem)
    return problem


# --- values: inputs change, derived ratios follow -------------------------------------------

def identity_staff(delta: int) -> Plant:
    def apply(s: PackageState) -> Problem:
        v = s.declared
        v.staff_maint += delta
        return _record(s, "identity", [label("staff_total"), label("staff_maint"), label("staff_ops")], ["申报表"],
                       f"运维人数 {v.staff_maint} + 运营人数 {v.staff_ops} = {v.staff_maint + v.staff_ops}，"
                       f"与平台团队总人数 {v.staff_total} 不一致（填报指引1.1.2：两者之和应与平台总人数相等）")
    return Plant("values", apply)


def _rescale(parts: dict[str, int], total: int) -> dict[str, int]:
    whole = sum(parts.values())
    out = {k: n * total // whole for k, n in parts.items()}
    first = next(iter(out))
    out[first] += total - sum(out.values())
    return out


def subset_public_devices(extra: int) -> Plant:
    def apply(s: PackageState) -> Problem:
        v = s.declared
        v.pub_devices = v.devices + extra
        v.pub_devices_by_cat = _rescale(v.pub_devices_by_cat, v.pub_devices)
        v.pub_devices_by_region = _rescale(v.pub_devices_by_region, v.pub_devices)
        return _record(s, "subset", [label("pub_devices"), label("devices"), label("pub_devices_by_cat"),
                                     label("pub_devices_by_region")], ["申报表"],
                       f"公有云工业设备连接数量 {v.pub_devices} 台/套大于连接的工业设备总数 {v.devices} 台/套"
                       "（公有云设备是总数的“其中”项）；分类与区域统计已随之放大，部分分类超过对应总数")
    return Plant("values", apply)


def subset_paid(extra: int) -> Plant:
    def apply(s: PackageState) -> Problem:
        v = s.declared
        v.paid = v.served + extra
        derive(v)
        return _record(s, "subset", [label("paid"), label("served")], ["申报表"],
                       f"付费企业数 {v.paid} 个大于实际服务企业数 {v.served} 个（付费企业是实际服务企业的“其中”项）")
    return Plant("values", apply)


def subset_killer(n: int) -> Plant:
    def apply(s: PackageState) -> Problem:
        s.declared.killer = n
        return _record(s, "subset", [label("killer"), label("apps")], ["申报表"],
                       f"杀手锏APP数量填报 {n} 个，填报指引定义杀手锏工业APP为订阅用户数最多的5个工业APP，不应超过5个")
    return Plant("values", apply)


def subset_qualified(extra: int) -> Plant:
    def apply(s: PackageState) -> Problem:
        v = s.declared
        v.staff_qualified = v.staff_total + extra
        return _record(s, "subset", [label("staff_qualified"), label("staff_total")], ["申报表"],
                       f"有相关技术职称/从业资格的人数 {v.staff_qualified} 人大于平台团队总人数 {v.staff_total} 人")
    return Plant("values", apply)


def subset_over(part: str, whole: str, extra: int) -> Plant:
    """A plain “其中” count above its total, where nothing else is derived from the part."""
    def apply(s: PackageState) -> Problem:
        v = s.declared
        setattr(v, part, getattr(v, whole) + extra)
        return _record(s, "subset", [label(part), label(whole)], ["申报表"],
                       f"{label(part)} {getattr(v, part)} 大于{label(whole)} {getattr(v, whole)}（前者是后者的“其中”项）")
    return Plant("values", apply)


def subset_storage() -> Plant:
    def apply(s: PackageState) -> Problem:
        v = s.declared
        v.data = q2(v.capacity * Decimal("1.12"))
        v.pub_data = q2(v.data * Decimal("1.05"))
        derive(v)
        return _record(s, "subset", [label("pub_data"), label("data"), label("capacity"), label("utilization")],
                       ["申报表"],
                       f"公有云数据总量 {money(v.pub_data)} TB > 存储工业数据量 {money(v.data)} TB > 存储容量 "
                       f"{money(v.capacity)} TB，存储资源利用率随之为 {money(v.utilization)}%（超过100%）")
    return Plant("values", apply)


def breakdown_off(key: str, total_key: str, delta: int) -> Plant:
    def apply(s: PackageState) -> Problem:
        parts = getattr(s.declared, key)
        name = list(parts)[1]
        parts[name] += delta
        total = getattr(s.declared, total_key)
        how = f"多填 {delta}" if delta > 0 else f"少填 {-delta}"
        return _record(s, "breakdown_sum", [label(key), label(total_key)], ["申报表"],
                       f"{label(key)}各项之和为 {sum(parts.values())}，与{label(total_key)} {total} 不一致"
                       f"（“{name}”一项{how}）")
    return Plant("values", apply)


def invalid_category(key: str, old: str, new: str, why: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        parts = getattr(s.declared, key)
        renamed = {(new if k == old else k): n for k, n in parts.items()}
        assert old in parts, f"{old} not in {key}"
        setattr(s.declared, key, renamed)
        return _record(s, "invalid_category", [label(key)], ["申报表"],
                       f"{label(key)}中的“{new}：{renamed[new]}”{why}")
    return Plant("values", apply)


def count_off(key: str, delta: int, role: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        v = s.declared
        listed = {"patents": len(v.patent_list), "awards": len(v.award_list)}[key]
        setattr(v, key, listed + delta)
        noun = {"patents": "专利清单", "awards": "获奖清单"}[key]
        return _record(s, "count_vs_list", [label(key)], ["申报表", role],
                       f"{label(key)}填报 {listed + delta}，而{noun}仅列出 {listed} 行")
    return Plant("values", apply)


def renamed_platform(new_name: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        s.declared_name = new_name
        return _record(s, "platform_name", ["平台名称"], ["申报表", "申报书"],
                       f"申报表平台名称为“{new_name}”，与附件6名单中的“{s.platform.name}”不一致，且未注明平台原名称+现名称")
    return Plant("values", apply)


# --- outputs: a stated result that does not follow from its inputs -------------------------

_FORMULA_FIELDS = {
    "rd_intensity": ("rd", "revenue"), "paid_ratio": ("paid", "registered"), "utilization": ("data", "capacity"),
    "profit_margin": ("revenue",), "roi": ("build_amount",), "social_rate": (),
}


def formula_off(key: str, delta: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        v = s.declared
        right = getattr(v, key)
        setattr(v, key, right + Decimal(delta))
        fields = [label(key), *(label(k) for k in _FORMULA_FIELDS[key])]
        return _record(s, "formula", fields, ["申报表"],
                       f"{label(key)}填报 {money(getattr(v, key))}，按填报指引公式由所填数据计算应为 {money(right)}")
    return Plant("outputs", apply)


def growth_off(year: int, delta: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        v = s.declared
        right = v.growth[year]
        v.growth[year] = right + Decimal(delta)
        return _record(s, "growth_rate", ["平台近三年经营指标情况"], ["申报表"],
                       f"{year}年增长率填报 {money(v.growth[year])}%，由{year - 1}年营收 {money(v.rev[year - 1])} 万元与"
                       f"{year}年营收 {money(v.rev[year])} 万元计算应为 {money(right)}%")
    return Plant("outputs", apply)


# --- cells: what the form says -------------------------------------------------------------

def blank_cell(key: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        cell = s.cells[key]
        cell.actual, cell.summary_value, cell.summary_normalized = "", "", None
        return _record(s, "blank", [label(key)], ["申报表"], f"指标明细表“{label(key)}”平台实际情况未填写")
    return Plant("cells", apply)


def blank_url() -> Plant:
    def apply(s: PackageState) -> Problem:
        assert s.basic is not None
        s.basic.url = s.basic.account = s.basic.password = ""
        return _record(s, "blank", ["平台网址"], ["申报表"], "二、平台基本情况“平台网址”及登录账号、密码未填写（申报表要求必须提供）")
    return Plant("cells", apply)


def missing_proof(keys: tuple[str, ...]) -> Plant:
    def apply(s: PackageState) -> Problem:
        assert "proof" in s.layout.columns
        for key in keys:
            s.cells[key].proof = ""
        names = "、".join(label(k) for k in keys)
        return _record(s, "missing_proof", [label(k) for k in keys], ["申报表"],
                       f"{names}的证明资料栏为空，且未按要求说明无证明资料的情况及理由")
    return Plant("cells", apply)


def answer_format(key: str, text: str, rule: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        s.cells[key].actual = text
        row = ROW_BY_KEY[key].label
        fields = [row] + ([label(key)] if label(key) != row else [])
        return _record(s, "answer_format", fields, ["申报表"], f"“{row}”填写为“{text}”，{rule}")
    return Plant("cells", apply)


def long_intro(extra_sentences: int) -> Plant:
    def apply(s: PackageState) -> Problem:
        assert s.basic is not None
        p = s.profile
        s.basic.intro += "".join(
            f"在{case.customer}等用户中，平台{case.scene}，取得了良好效果，形成了可复制推广的{case.theme}解决方案，"
            "平台团队持续开展迭代开发和运营服务，不断完善功能模块与服务体系。"
            for case in (p.cases * 4)[:extra_sentences])
        n = chars(s.basic.intro)
        assert n > 500
        return _record(s, "char_limit", ["平台基本情况介绍"], ["申报表"], f"平台基本情况介绍共 {n} 字，超过500字限制")
    return Plant("cells", apply)


def long_positioning() -> Plant:
    def apply(s: PackageState) -> Problem:
        p = s.profile
        text = (f"面向{p.industry}等多个重点行业，聚焦{p.focus}，打造国内领先、自主可控、开放共享、"
                "具有国际影响力的工业互联网平台和产业数字化转型综合服务生态体系")
        s.cells["positioning"].actual = text
        return _record(s, "char_limit", [label("positioning")], ["申报表"],
                       f"平台定位共 {chars(text)} 字，超过填报指引要求的50字以内")
    return Plant("cells", apply)


def partner_missing() -> Plant:
    def apply(s: PackageState) -> Problem:
        assert s.basic is not None
        s.basic.build_mode, s.basic.partner = "合作共建", ""
        return _record(s, "conditional", ["平台建设方式"], ["申报表"], "平台建设方式勾选“合作共建”，但合作企业名称（必填）未填写")
    return Plant("cells", apply)


def other_deployment_missing() -> Plant:
    def apply(s: PackageState) -> Problem:
        assert s.basic is not None
        s.basic.other_deployment, s.basic.other_deployment_text = True, ""
        return _record(s, "conditional", ["部署方式"], ["申报表"], "部署方式勾选“其他部署方式”，但未填写具体部署方式（必填）")
    return Plant("cells", apply)


# --- documents: narrative, evidence, summary, files ---------------------------------------

def narrative_devices(claim: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        s.narrative.device_claim = claim
        return _record(s, "narrative_vs_form", [label("devices")], ["申报书", "申报表"],
                       f"申报书称平台连接工业设备“{claim}”，申报表填报 {s.declared.devices} 台/套")
    return Plant("documents", apply)


def narrative_revenue(factor: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        from eval_sets.generator.narrative_text import money_phrase

        claim = money_phrase(s, q2(s.declared.rev[2023] * Decimal(factor)))
        s.narrative.revenue_claim = claim
        return _record(s, "narrative_vs_form", [label("revenue")], ["申报书", "申报表"],
                       f"申报书称2023年平台相关营业收入“{claim}”，申报表填报 {money(s.declared.rev[2023])} 万元")
    return Plant("documents", apply)


def omit_section(section: str, title: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        s.narrative.omit_sections.add(section)
        family = "section7" if section == "七" else "missing_section"
        why = ("该平台在附件6中2023年度参评为“是”，第七章为必填章节" if section == "七"
               else "申报书模板要求的章节缺失")
        return _record(s, family, [title], ["申报书"], f"申报书缺少“{title}”：{why}")
    return Plant("documents", apply)


def omit_closing(section: str, title: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        s.narrative.omit_closing.add(section)
        return _record(s, "missing_section", [title], ["申报书"], f"申报书“{title}”缺少最后一段（必写）的创新点总结")
    return Plant("documents", apply)


def long_case(number: int) -> Plant:
    def apply(s: PackageState) -> Problem:
        from eval_sets.generator.narrative_text import cases

        s.narrative.long_case = number
        case = cases(s)[number - 1]
        n = chars(case.title + case.company_intro + case.platform_intro + case.content)
        assert n > 1000
        return _record(s, "char_limit", ["五、平台应用案例"], ["申报书"], f"案例{number}总字数约 {n} 字，超过1000字限制")
    return Plant("documents", apply)


def long_case_title(number: int, suffix: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        title = f"{s.declared_name}——{suffix}"
        s.narrative.case_title[number] = title
        return _record(s, "char_limit", ["五、平台应用案例"], ["申报书"],
                       f"案例{number}名称“{title}”共 {chars(title)} 字，超过30字限制")
    return Plant("documents", apply)


def screenshot_off(field: str, delta: int) -> Plant:
    def apply(s: PackageState) -> Problem:
        key = {"screen_devices": "devices", "screen_registered": "registered"}[field]
        setattr(s.evidence, field, getattr(s.evidence, field) + delta)
        return _record(s, "screenshot_vs_form", [label(key)], ["申报表", "screenshot"],
                       f"平台运行截图显示{label(key)}为 {getattr(s.evidence, field):,}，申报表填报 {getattr(s.declared, key)}")
    return Plant("documents", apply)


def audit_off(field: str, factor: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        key = {"audit_revenue_yuan": "revenue", "audit_rd_yuan": "rd"}[field]
        row = {"revenue": "营业收入", "rd": "研发费用"}[key]
        printed = q2(getattr(s.evidence, field) * Decimal(factor))
        setattr(s.evidence, field, printed)
        declared = getattr(s.declared, key)
        follows = "；以审计数计算的研发投入强度、利润率、增长率也随之与申报不符" if key == "revenue" else \
            "；以审计数计算的研发投入强度也随之与申报不符"
        return _record(s, "declared_vs_evidence", [label(key)], ["申报表", "audit_report"],
                       f"审计报告利润表{row}为 {printed:,.2f} 元（{money(q2(printed / 10000))} 万元），"
                       f"申报表填报{label(key)} {money(declared)} 万元{follows}")
    return Plant("documents", apply)


def summary_off(key: str, factor: str) -> Plant:
    """The applicant's 附件4 carries another number than its 申报表 (e.g. an older draft's)."""
    def apply(s: PackageState) -> Problem:
        declared = getattr(s.declared, key)
        if isinstance(declared, int):
            value = str(int(declared * Decimal(factor)))
        else:
            value = money(q2(declared * Decimal(factor)))
        s.summary_overrides[label(key)] = value
        declared = s.cells[key].summary_value if key in s.cells else ""
        return _record(s, "summary_vs_form", [label(key)], ["汇总表", "申报表"],
                       f"附件4汇总表“{label(key)}”填写 {value}，申报表填报 {declared}")
    return Plant("documents", apply)


def missing_file(role: str, title: str) -> Plant:
    def apply(s: PackageState) -> Problem:
        s.omitted.add(role)
        problem = Problem(id=s.problem_id("missing_file"), family="missing_file", fields=[title], files=[],
                          severity=SEVERITY["missing_file"], description=f"申报材料中缺少{title}")
        s.problems.append(problem)
        return problem
    return Plant("documents", apply)
