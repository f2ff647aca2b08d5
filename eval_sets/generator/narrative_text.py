"""The words of the 申报书 (附件3): section paragraphs, closing paragraphs, cases, the 对标表.

Owns the prose that restates the declared key numbers (营业收入 in the layout's money style,
设备连接数 as 约3.2万台, users, APPs) and the planted narrative claims, the case texts in the
notice's format (案例1：平台名——XXX, 企业简介 ≤120字, 平台简介, 案例实际内容简介, 配图) and the
section 七 comparison. Must not render DOCX.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from eval_sets.generator.formats import approx_wan, money, yi
from eval_sets.generator.state import PackageState


@dataclass(frozen=True)
class CaseText:
    title: str
    company_intro: str
    platform_intro: str
    content: str
    figure_title: str
    boxes: list[str]


def money_phrase(state: PackageState, wan_value: Decimal) -> str:
    style = state.layout.prose_money
    if style == "yi" and wan_value >= 3000:  # nobody writes 0.07亿元 for 651.80万元
        return yi(wan_value)
    return f"{money(wan_value, style == 'thousands')}万元"


def device_phrase(state: PackageState) -> str:
    return state.narrative.device_claim or f"{approx_wan(state.declared.devices)}台（套）"


def revenue_phrase(state: PackageState) -> str:
    return state.narrative.revenue_claim or money_phrase(state, state.declared.rev[2023])


def company_section(state: PackageState) -> list[str]:
    p, v = state.profile, state.declared
    return [
        f"{state.platform.company}成立于{p.founded}，注册地位于{p.district}，注册资本{p.capital}，企业类型为"
        f"{p.company_type}，主营业务为{p.main_business}。2023年公司实现主营业务收入{money_phrase(state, v.company_revenue)}。",
        f"公司深耕{p.industry}领域多年，拥有平台团队{v.staff_total}人，其中具有相关技术职称或从业资格的人员"
        f"{v.staff_qualified}人，具备从设备接入、数据治理、模型开发到应用交付的全栈能力，"
        f"累计获得平台相关专利{v.patents}项、软件著作权{v.softcopyrights}个。",
    ]


def platform_section(state: PackageState) -> list[tuple[str, list[str]]]:
    p, v = state.profile, state.declared
    b = state.basic
    assert b is not None
    mode = f"与{b.partner}合作共建" if b.build_mode == "合作共建" and b.partner else b.build_mode
    return [
        ("（一）平台基本信息", [
            f"{b.platform_current}属于{p.kind}，建设时间为{b.build_period.replace(' ', '')}，建设方式为{mode}，"
            f"平台建设金额{money_phrase(state, b.build_amount)}，运营模式为{b.ops_mode}，部署方式包括"
            f"{'、'.join(b.deployments)}。平台定位为面向{p.industry}领域、聚焦{p.focus}的工业互联网平台。"]),
        ("（二）平台技术架构", [
            "平台采用“边缘层+IaaS+PaaS+SaaS”四层技术架构：边缘层负责设备接入与协议解析；IaaS层提供计算、"
            "存储与网络资源；PaaS层提供数据中台、模型引擎、微服务与低代码开发环境；SaaS层面向用户提供工业APP"
            "与行业解决方案。实施架构支持公有云多租户与私有化部署两种交付方式。"]),
        ("（三）技术路线先进性", [
            f"平台已兼容适配工业协议{v.protocols}个，沉淀工业机理模型{v.models}个、微服务{v.micro}个，"
            "在协议适配效率、模型复用率等方面处于国内同类平台前列，具体对标情况见下表。"]),
        ("（四）平台运营情况", [
            f"截至2024年6月，平台累计连接工业设备{device_phrase(state)}，注册企业用户{v.registered}家，"
            f"实际服务企业{v.served}家，其中付费企业{v.paid}家；上架工业APP {v.apps}个。2023年平台相关营业收入"
            f"{revenue_phrase(state)}，同比增长{money(v.growth[2023])}%，平台相关研发投入{money_phrase(state, v.rd)}。"]),
    ]


def benchmark_rows(state: PackageState) -> list[list[str]]:
    v = state.declared
    return [
        ["三级指标", "本平台数据", "对标数据"],
        ["1.2.1 创新投入情况", f"研发投入{money_phrase(state, v.rd)}，研发投入强度{money(v.rd_intensity)}%",
         "同行业或相似平台（平台名称：某行业级平台A）研发投入数量级：千万元；研发投入强度：约10%"],
        ["2.1.1 工业设备连接/汇聚能力", f"连接工业设备{device_phrase(state)}，工业协议{v.protocols}个",
         "同行业或相似平台（平台名称：某行业级平台B）情况：连接设备约2万台"],
        ["2.1.2 工业软件/APP", f"工业APP {v.apps}个，杀手锏APP {v.killer}个",
         "同行业或相似平台（平台名称：某行业级平台A）工业APP约200个"],
        ["2.2.2 数据处理（存储计算能力）", f"存储容量{money(v.capacity)}TB，存储资源利用率{money(v.utilization)}%",
         "同行业或相似平台（平台名称：某行业级平台C）存储容量约500TB"],
        ["3.1.1 平台应用规模", f"注册企业用户{v.registered}家，服务本市企业{v.local}家",
         "同行业或相似平台（平台名称：某行业级平台B）注册企业约1000家"],
    ]


def technical_closing(state: PackageState) -> str:
    v = state.declared
    return (f"平台技术创新点总结：一是自研多协议自适应解析引擎，兼容工业协议{v.protocols}个；二是构建设备"
            f"故障预测与能效优化模型体系，沉淀工业机理模型{v.models}个；三是底层技术自主可控，平台国产化率"
            f"{money(v.localization)}%；四是平台连接设备{device_phrase(state)}，关键量化指标处于同类平台前列。")


def benefit_section(state: PackageState) -> list[str]:
    p, v = state.profile, state.declared
    return [
        f"平台面向{p.industry}领域，重点解决设备运维被动、能耗高、产业链协同弱等问题。平台服务中小企业{v.sme}家，"
        f"服务本市企业{v.local}家，带动新增就业{v.jobs}人。",
        f"用户侧设备运维成本平均下降{money(v.maint_drop)}%，能耗平均下降{money(v.energy_drop)}%，"
        f"安全生产持续时间平均提升{money(v.safety_gain)}%；平台与高校共建联合实验室，开展产学研合作。",
    ]


def benefit_closing(state: PackageState) -> str:
    v = state.declared
    return (f"应用创新点总结：平台融合AI大模型、数字孪生与5G等新技术，形成“平台+APP+服务”的商业模式，"
            f"工业APP订阅总数量{v.subs}个，订阅总金额{money_phrase(state, v.subs_amount)}，实现可持续发展。")


def plan_section(state: PackageState) -> list[str]:
    p = state.profile
    return [f"依据《{p.short}工业互联网平台发展专项规划（2023-2025年）》，平台下一步将在技术创新、产品升级、"
            "产业合作和商业模式拓展四个方面持续投入：深化AI大模型应用，扩展长三角及中西部市场，"
            "完善开发者生态，推动平台向“按效果付费”的服务模式演进。"]


def cases(state: PackageState) -> list[CaseText]:
    p, v = state.profile, state.declared
    out = []
    for k, (case, rates) in enumerate(zip(p.cases, v.case_rates, strict=True), start=1):
        title = state.narrative.case_title.get(k, f"{state.declared_name}——{case.theme}")
        content = (f"{case.customer}面临设备分布分散、故障发现滞后、能耗管理粗放等问题。平台为其{case.scene}，"
                   "打通设备、业务系统与平台的数据链路，构建设备健康、能效与安全三类模型，"
                   f"并通过工业APP向一线人员推送预警和处置建议。项目实施后，设备运维成本降低{money(rates.maint)}%，"
                   f"能耗降低{money(rates.energy)}%，安全生产持续时间提升{money(rates.safety)}%，"
                   "项目经验已复制推广至同行业多家企业。")
        if state.narrative.long_case == k:
            content += "".join(
                f"第{n}阶段，项目组围绕{case.theme}开展现场调研、数据治理、模型训练、应用上线与持续运营，"
                "逐台梳理设备台账和测点清单，对历史故障与工单数据进行标注，形成可复用的实施方法论和交付模板，"
                "并对用户企业的设备管理人员开展多轮培训，确保平台功能在生产一线真正用起来、用得好。"
                for n in range(1, 8))
        out.append(CaseText(
            title=title, company_intro=case.customer_intro,
            platform_intro=(f"{state.declared_name}面向{p.industry}领域，提供设备接入、数据分析、模型与工业APP等能力，"
                            f"本案例主要应用平台的{case.theme}解决方案及配套工业APP。"),
            content=content, figure_title=f"案例{k}：{case.theme}实施架构",
            boxes=["现场设备", "边缘网关", "平台数据中台", case.theme, "用户看板"]))
    return out


def section7_rows(state: PackageState) -> list[list[str]]:
    v = state.declared
    rows = [["指标", "2023年度申报", "2024年度申报", "变化情况"]]
    for label, now, before in (
        ("连接的工业设备数量（台/套）", v.devices, int(v.devices * 0.78)),
        ("注册企业用户数（个）", v.registered, int(v.registered * 0.82)),
        ("工业APP数量（个）", v.apps, int(v.apps * 0.85)),
        ("工业机理模型数量（个）", v.models, int(v.models * 0.8)),
    ):
        rows.append([label, str(before), str(now), f"增长{money(Decimal(now - before) / before * 100)}%"])
    rows.append(["平台相关营业收入（万元）", money(v.rev[2022]), money(v.rev[2023]), f"增长{money(v.growth[2023])}%"])
    return rows


def section7_text() -> str:
    return ("2023年7月以来，平台在功能模块方面新增AI大模型运维助手、碳管理和供应链协同模块；关键指标方面，"
            "设备连接数、注册企业用户数、工业APP数量和营业收入均有较大增长；应用服务方面，新增服务园区和"
            "解决方案，逐项对比情况如下表。")
