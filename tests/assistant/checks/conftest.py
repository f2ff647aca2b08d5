"""Reviews built from a dict of answers: real `Review`, `Declarations` and `DeclaredValue` objects,
each answer cited, so a rule sees exactly what the form reader would give it.

`CONSISTENT` is a complete, consistent 申报表 (the values of samples/sample_package, some texts
shortened); a failing case changes one or two answers of it, a passing case keeps it. Tests get
the helpers as fixtures: `make_review(...)` and `findings_of(rule_id, review)`.
"""

from __future__ import annotations

import pytest

from assistant.catalog.notice import load_catalog
from assistant.checks import run_rule as checks_run_rule
from assistant.core.citations import Citation
from assistant.forms.model import Declarations, DeclaredValue
from assistant.package.model import Package
from assistant.review.model import Review

FORM_FILE = "附件2 申报表（测试）.docx"
PROOF = "附件3-1 审计报告 第5页"
EXPLAINED = "无单独证明资料。说明：数据来源于平台运营管理后台统计，可在现场核查时演示"

CONSISTENT: dict[str, str] = {
    "enterprise_name": "上海延锋金桥饰件系统有限公司", "enterprise_code": "91310115607358442D",
    "established_date": "1994年6月30日", "registered_location": "上海市浦东新区",
    "enterprise_type": "有限责任公司", "registered_capital": "12000.00万元",
    "main_business": "汽车内外饰件的设计、制造与销售", "legal_representative": "张海波",
    "enterprise_contact": "林思远", "contact_title": "数字化转型办公室主任", "contact_mobile": "13818457702",
    "fax": "021-50321188", "email": "linsy@yfjq.example.com", "total_assets": "95451.95",
    "main_business_revenue": "13195.71", "main_business_revenue_growth": "15.79", "debt_ratio": "50.00",
    "total_profit": "1916.34", "taxes": "900.29", "platform_name": "延锋工业互联网平台",
    "construction_period": "2020 年 1 月至 2023 年 12 月", "platform_build_amount": "3845.92",
    "platform_revenue_2021": "2160.33 万元", "platform_revenue_growth_2021": "15.03%",
    "platform_revenue_2022": "2439.44 万元", "platform_revenue_growth_2022": "12.92%",
    "platform_revenue_2023": "3215.33 万元", "platform_revenue_growth_2023": "31.81%",
    "construction_mode": "☑ 自建\n□ 合作共建，合作企业名称（必填）：__________________",
    "operation_mode": "☑ 自运营　□ 联合运营　□ 委托运营",
    "iaas": "☑ 自建\n□ 租用，服务商名称（必填）：__________________",
    "deployment": "□ 边缘侧　☑ 私有云　□ 公有云　□ 混合云\n□ 其他部署方式，请填写（必填）：__________________",
    "platform_url": "https://iip.yfjq.example.com\n账号：review33　密码：Pj#03300x",
    "platform_intro": "延锋工业互联网平台面向汽车零部件领域，聚焦汽车饰件注塑、涂装与装配的智能制造。",
    "platform_outcomes": "平台针对汽车零部件领域设备分散、运维被动等痛难点，提供远程监测与预测性维护服务。",
    "strategic_positioning": "面向汽车零部件领域，聚焦汽车饰件注塑、涂装与装配的智能制造的企业级工业互联网平台",
    "policy_alignment": "1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：平台体系壮大行动；\n"
                        "2.汽车零部件行业：设备联网与数字化水平持续提升，平台化服务需求快速增长。",
    "in_corporate_strategy": "是，《上海延锋金桥饰件系统有限公司“十四五”发展战略规划（2021-2025年）》",
    "platform_special_plan": "是，《延锋金桥工业互联网平台发展专项规划（2023-2025年）》",
    "staff_total": "119", "staff_ops_maintenance": "57", "staff_operations": "62", "staff_qualified": "48",
    "rd_investment": "507.71", "rd_intensity": "15.79%", "revenue": "3215.33",
    "profit_margin": "11.20%（平台利润总额360.01万元÷平台相关营业收入3215.33万元×100%）",
    "paying_user_share": "17.19%", "devices_total": "16000",
    "devices_by_category": "轻工设备：4980、机器人：5793、仪器仪表：3139、物流设备：2088",
    "devices_by_region": "上海：9160、江苏：1661、辽宁：2052、湖北：3127",
    "devices_public_cloud": "10578",
    "devices_public_cloud_by_category": "轻工设备：3294、机器人：3829、仪器仪表：2075、物流设备：1380",
    "devices_public_cloud_by_region": "上海：6057、江苏：1098、辽宁：1356、湖北：2067",
    "devices_public_cloud_daily_running": "8536",
    "devices_public_cloud_daily_running_by_category": "轻工设备：2660、机器人：3089、仪器仪表：1674、物流设备：1113",
    "devices_public_cloud_daily_running_by_region": "上海：4889、江苏：886、辽宁：1094、湖北：1667",
    "devices_overseas": "0", "devices_overseas_by_country": "", "protocols_supported": "255",
    "other_resources": "平台汇聚汽车零部件行业专家知识库条目2124条、典型工艺与运维案例243个。",
    "software_total": "275", "apps_total": "234", "apps_platform_native": "161", "apps_cloudified_software": "73",
    "apps_by_category": "安全生产：58、节能减排：19、质量管控：13、研发设计：37、生产制造：55、仓储物流：36、运维服务：16",
    "apps_by_industry": "汽车：99、轻工：135", "apps_monthly_active": "156", "killer_apps": "5",
    "killer_apps_public_cloud_daily_users": "1924", "killer_apps_daily_active_times": "24367",
    "killer_apps_monthly_revenue": "28.29", "apps_public_cloud": "147", "apps_public_cloud_daily_active": "53",
    "apps_public_cloud_daily_active_by_category": "安全生产：9、节能减排：6、质量管控：11、研发设计：8、生产制造：7、仓储物流：3、运维服务：9",
    "apps_public_cloud_daily_active_by_industry": "汽车：13、轻工：40",
    "edge_processing": "边缘侧支持数据采集、数据存储、网络传输、智能分析等功能；已部署边缘计算应用节点188个，最低响应时延27毫秒。",
    "other_data_collection": "支持通过OPC UA、Modbus、MQTT等协议采集MES、ERP等业务系统数据。",
    "scalable_cloud_computing": "是", "cloud_server_compute": "云化服务器364.88台，合计vCPU 11648核、GPU 19卡",
    "cloud_servers_used": "364.88", "cloud_servers_public": "125", "storage_capacity": "1283.00",
    "stored_industrial_data": "673.58", "public_cloud_data": "330.86", "storage_utilization": "52.50%",
    "data_governance": "建立数据标准管理、数据质量管理、元数据管理和主数据管理体系。",
    "models_total": "177", "models_active": "89", "core_models_monthly_users": "453",
    "models_by_category": "数据算法模型：28、研发仿真模型：33、行业机理模型：62、业务流程模型：54",
    "generic_modeling_algorithms": "是", "analysis_algorithm_types": "基础算法、聚类算法、分类算法",
    "data_analysis_speed": "秒级（每TB数据平均分析耗时约2秒）", "microservices_total": "1323",
    "microservices_active": "616", "developer_community": "是", "developers_registered": "2245",
    "developers_active": "514", "dev_languages": "共5种：Java、Python、C++、Go、JavaScript",
    "dev_frameworks": "平台提供基于微服务架构的低代码应用开发框架，支持容器化部署和DevOps流水线。",
    "dev_tools": "提供在线IDE、可视化组态工具、模型训练工作台、API网关与调试工具。",
    "security_policies": "是，《延锋金桥工业互联网平台安全管理制度》442D-AQ-2023-01号 2023年3月；"
                         "《延锋金桥平台数据安全管理办法》442D-AQ-2023-02号 2023年5月",
    "security_policy_scope": "1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全。",
    "third_party_security_testing": "是，每年6月开展一次第三方安全测评", "security_scanning": "是，每月进行一次漏洞扫描",
    "security_technologies": "采用下一代防火墙、网络区域隔离、WAF、入侵检测、传输与存储加密等安全技术。",
    "core_data_protection": "核心数据每日增量备份、每周全量备份，数据库采用双机热备，并建设异地灾备环境。",
    "enterprise_users_registered": "570", "enterprises_served": "383",
    "enterprises_served_by_industry": "汽车：170、轻工：213",
    "enterprises_served_by_region": "上海：181、江苏：33、辽宁：92、湖北：77",
    "enterprises_paying": "98", "enterprises_served_shanghai": "181", "enterprises_served_sme": "283",
    "orders_last_year": "2023年自然年：39481个；截至填表日前一年：40483个", "transaction_growth": "28.19%",
    "app_subscriptions": "3324", "killer_app_subscriptions": "1776", "app_subscription_amount": "1265.13",
    "device_utilization": "88.22%", "localization_rate": "总体平均国产化率74.07%",
    "smart_factories_served": "是，共6家，包括延锋金桥沈阳分公司等", "industrial_parks_served": "3",
    "solutions_total": "27",
    "solutions_by_mode": "数字化管理：6、平台化设计：4、网络化协同：6、智能化制造：3、个性化定制：6、服务化延伸：2",
    "roi": "9.36%（2023年平台利润总额360.01万元÷平台投资总额3845.92万元×100%）", "listed_or_vc_funded": "否",
    "key_tech_self_controlled": "设备接入与协议解析、边缘计算等关键技术均为自主研发，关键技术自主可控。",
    "solutions_added_benefit": "基于3个案例，平均带动用户营收增长约8%。",
    "solutions_cost_reduction": "基于3个案例，平台连接设备运维成本平均下降20.46%。",
    "device_om_cost_reduction": "20.46%", "device_energy_reduction": "14.51%",
    "device_safety_duration_increase": "16.35%",
    "data_value_mining": "平台基于累计存储的673.58TB工业数据，构建设备健康、能耗、质量等主题数据集。",
    "supply_chain_collaboration": "平台与供应链上下游的ERP、SRM、WMS系统对接，累计接入供应商345家。",
    "new_tech_integration": "有，平台融合应用人工智能、5G、边缘计算、数字孪生等新技术。",
    "featured_indices": "共8个，代表性指数：汽车零部件设备开工指数", "patents": "共15项", "software_copyrights": "共11个",
    "core_tech_breakthrough": "是，自研多协议自适应解析引擎，协议适配效率较国外同类产品提升约30%。",
    "carbon_management": "否", "identifier_resolution": "否",
    "standards": "牵头/参与制定行业标准2项、团体标准3项。", "awards": "共5个，包括2023年上海市科技进步奖三等奖等",
    "jobs_created": "436",
    "social_contribution_rate": "16.49%（社会贡献总额884.22万元÷平均资产总额5361.10万元×100%）",
    "regional_contribution": "平台服务本市企业181家、中小企业283家，支撑汽车零部件等关键行业数字化转型。",
    "open_sharing_mechanism": "是，平台通过开放API、数据服务和应用市场向产业链上下游企业开放设备数据与应用功能。",
    "open_data_forms": "以API接口、数据服务和数据集三种形式开放共享", "partner_platforms": "15",
    "cross_platform_calls": "平台通过统一API网关和标准数据接口，与合作企业平台实现数据与应用的双向调用。",
    "new_industries_models": "有，依托平台培育设备后市场服务新模式，形成“按使用付费”的设备运维服务。",
}


def declared_value(field_id: str, raw: str, *, proof: str | None = None, file: str = FORM_FILE) -> DeclaredValue:
    spec = load_catalog().field(field_id)
    quote = f"{spec.label} {raw}".strip()
    citation = Citation(file=file, page=7 if spec.section == "indicators" else 2,
                        locator=f"{spec.section_label} {spec.label}", quote=quote)
    return DeclaredValue(field_id=field_id, form_label=spec.label, raw=raw, proof=proof, file=file,
                         citations=(citation,))


def build_review(answers: dict[str, str], *, proofs: dict[str, str | None] | None = None,
                 source: str = "申报表", file: str = FORM_FILE, proof_column: bool = True) -> Review:
    """A Review whose primary 申报表 declares `answers` (field id → answer text). Indicator rows
    get a 证明资料 cell (default: a page reference) unless `proof_column` is False."""
    catalog = load_catalog()
    proofs = proofs or {}
    values = []
    for field_id, raw in answers.items():
        spec = catalog.field(field_id)
        proof = None
        if proof_column and spec.section == "indicators":
            proof = proofs.get(field_id, PROOF)
        values.append(declared_value(field_id, raw, proof=proof, file=file))
    package = Package(id="test-package", source="test", root="/tmp/test-package", files=())
    declarations = Declarations(forms=((source, file, tuple(values)),), summary_tables=(), contact_forms=())
    return Review(package=package, catalog=catalog, declarations=declarations, rows=[])


def run_rule(rule_id: str, review: Review) -> list:
    return checks_run_rule(rule_id, review)


@pytest.fixture
def make_review():
    """make_review(staff_total="143") → the consistent form with that answer changed;
    make_review({...}) → a form with exactly those answers; drop=("fax",) leaves rows out."""

    def make(answers: dict[str, str] | None = None, /, *, proofs=None, source: str = "申报表",
             proof_column: bool = True, drop: tuple[str, ...] = (), **changes: str) -> Review:
        base = dict(CONSISTENT if answers is None else answers)
        base.update(changes)
        for field_id in drop:
            base.pop(field_id, None)
        return build_review(base, proofs=proofs, source=source, proof_column=proof_column)

    return make


@pytest.fixture
def findings_of():
    """findings_of("identity.staff_total", review) → what that one rule reports."""
    return run_rule
