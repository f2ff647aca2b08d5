"""The words of the 申报表: free-text answers of the 指标明细表 and of 二、平台基本情况.

Owns the Chinese text of every descriptive row (平台定位, 政策符合, 安全制度 …), written the way the
填报指引 asks (`是，《…》编号 时间`, `无明确战略定位`, 100字左右 …) and within its 字数 limits. The
texts restate numbers from `Values` where applicants do. Must not decide numbers or problems.
"""

from __future__ import annotations

from eval_sets.generator.formats import approx_wan, money
from eval_sets.generator.profiles import Profile
from eval_sets.generator.values import Values

LISTED = {
    1: "是，公司为上海证券交易所主板上市公司（A股、B股）。",
    15: "是，公司于2021年完成B轮融资，投资方为上海兴程投资合伙企业（有限合伙）等VC机构。",
    16: "是，公司已完成A轮、B轮融资，投资方包括国有资本投资平台及市场化PE机构。",
    27: "是，公司于2022年获得PE机构战略投资。",
    31: "是，公司为上海证券交易所主板上市公司。",
}
CARBON = {27, 5, 1, 31}
IDENTIFIER = {15, 1, 16, 21, 31}


def security_code(profile: Profile) -> str:
    return "".join(ch for ch in profile.credit_code[-4:] if ch.isalnum()).upper()


def row_texts(p: Profile, v: Values, company: str, platform: str) -> dict[str, str]:
    """Text of the descriptive rows of 三、指标明细表, keyed like `notice.INDICATOR_ROWS`."""
    code = security_code(p)
    case_names = "、".join(c.customer for c in p.cases)
    n_cases = len(p.cases)
    return {
        "positioning": f"面向{p.industry}领域，聚焦{p.focus}的{p.kind}",
        "policy_fit": (
            "1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：平台体系壮大行动；\n"
            "2.上海市人民政府办公厅《上海市制造业数字化转型实施方案》：工业互联网平台赋能；\n"
            f"3.{p.industry}行业：设备联网与数字化水平持续提升，平台化服务需求快速增长。"),
        "in_strategy": f"是，《{company}“十四五”发展战略规划（2021-2025年）》",
        "special_plan": f"是，《{p.short}工业互联网平台发展专项规划（2023-2025年）》",
        "other_resources": (
            f"除工业设备外，平台汇聚{p.industry}行业专家知识库条目{v.models * 12}条、典型工艺与运维案例"
            f"{v.solutions * 9}个、第三方服务商{v.partners * 11}家，以及检测认证、金融保险等生产性服务资源，"
            "形成“设备+知识+服务”的资源池。"),
        "edge": (
            f"边缘侧支持数据采集、数据存储、网络传输、智能分析及边缘规则引擎等功能；已部署边缘计算应用节点"
            f"{v.edge_nodes}个，最低响应时延{v.latency_ms}毫秒。私有化部署项目在客户现场部署边缘网关，"
            "统一纳入平台管理，相关节点已计入上述数量。"),
        "other_collect": (
            "支持通过OPC UA、Modbus、MQTT等协议及数据库直连、API接口等方式采集MES、ERP、SCADA、"
            f"WMS等业务系统数据，已对接客户业务系统{v.partners * 17}套，日均采集数据约{v.protocols * 3}万条。"),
        "elastic": "是",
        "compute": f"云化服务器{money(v.servers)}台，合计vCPU {int(v.servers) * 32}核、GPU {v.pub_servers // 8 + 4}卡",
        "data_mgmt": (
            "建立数据标准管理、数据质量管理、元数据管理和主数据管理体系，制定数据标准"
            f"{v.models // 3}项，数据质量规则{v.micro // 4}条，关键数据完整率、及时率纳入月度考核。"),
        "generic_algo": "是",
        "algo_types": "基础算法（排序、查找、统计等）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法",
        "speed": f"秒级（每TB数据平均分析耗时约{v.latency_ms % 9 + 2}秒）",
        "dev_community": "是",
        "languages": "共5种：Java、Python、C++、Go、JavaScript",
        "framework": (
            "平台提供基于微服务架构的低代码应用开发框架，支持容器化部署和DevOps流水线，内置设备模型、"
            "数据服务、消息总线、权限认证等公共组件，开发者可通过拖拽与脚本相结合的方式快速构建工业APP。"),
        "tools": (
            "提供在线IDE、可视化组态工具、模型训练工作台、API网关与调试工具、应用测试与发布工具，"
            "支持版本管理、灰度发布与运行监控，开发者社区提供示例工程、SDK和技术文档。"),
        "security_policy": (
            f"是，《{p.short}工业互联网平台安全管理制度》{code}-AQ-2023-01号 2023年3月；"
            f"《{p.short}平台数据安全管理办法》{code}-AQ-2023-02号 2023年5月"),
        "security_scope": "1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全。",
        "security_test": "是，每年6月开展一次第三方安全测评",
        "security_scan": "是，每月进行一次漏洞扫描",
        "security_tech": (
            "采用下一代防火墙、网络区域隔离、WAF、入侵检测、传输与存储加密（国密SM2/SM4）、"
            "统一身份认证与多因素认证、堡垒机审计等安全技术，已通过网络安全等级保护三级测评。"),
        "backup": (
            "核心数据每日增量备份、每周全量备份，并定期离线备份至独立存储介质；数据库采用双机热备，"
            "重要业务数据同步至云备份，并在异地数据中心建设灾备环境，每年开展一次灾备演练。"),
        "localization": (
            f"总体平均国产化率{money(v.localization)}%（软件国产化率{money(v.localization_sw)}%，"
            f"硬件国产化率{money(v.localization_hw)}%）"),
        "smart_factories": (
            f"是，共{v.smart_factories}家，包括{p.cases[0].customer}等，平台为其提供设备联网、"
            "生产数据分析与能效优化服务"),
        "listed": LISTED.get(p.list_no, "否"),
        "key_tech": ("设备接入与协议解析、边缘计算、数据中台、工业模型引擎和低代码开发等关键技术均为自主研发，"
                     "拥有自主知识产权，关键技术自主可控。"),
        "benefit": (f"基于{n_cases}个案例（{case_names}），平均带动用户营收增长约8%，带动新增就业约"
                    f"{v.jobs // 10}人，设备安全生产持续时间平均提升{money(v.safety_gain)}%。"),
        "cost_saving": (f"基于{n_cases}个案例，平台连接设备运维成本平均下降{money(v.maint_drop)}%，"
                        f"能耗平均下降{money(v.energy_drop)}%，备件库存平均下降约12%。"),
        "data_value": (
            f"平台基于累计存储的{money(v.data)}TB工业数据，构建设备健康、能耗、质量等主题数据集，"
            f"沉淀工业机理模型{v.models}个，形成故障知识图谱与工艺参数库，实现工业知识的沉淀与复用，"
            "并通过特色指数为行业主管部门和金融机构提供运行监测与决策参考。"),
        "supply_chain": (
            f"平台与供应链上下游的ERP、SRM、WMS系统对接，累计接入供应商{v.partners * 23}家，实现采购需求、"
            "库存、物流与结算信息在线协同；通过供应商画像与绩效评价开展供应商分级管理；"
            "平台赋能后，用户企业采购周期平均缩短15%，供应链库存周转率提升约18%。"),
        "new_tech": ("有，平台融合应用人工智能、5G、边缘计算、数字孪生、AI大模型和标识解析等新技术："
                     "基于AI大模型构建运维知识问答助手，基于数字孪生实现设备三维可视化监控，"
                     "基于5G与边缘计算实现现场数据低时延采集与控制。"),
        "indices": (f"共{v.indices}个，代表性指数：{p.industry}设备开工指数、设备作业时长指数、"
                    "区域设备活跃度指数、能耗强度指数、备件价格指数"),
        "breakthrough": ("是，自研多协议自适应解析引擎与设备故障预测模型，协议适配效率较国外同类产品提升约30%，"
                         "故障预测准确率达到国际先进水平。"),
        "carbon": ("是，提供碳计算/核算、碳足迹、碳排放监测与碳效评价服务，服务制造业用户用于组织碳盘查和"
                   "产品碳足迹核算，已形成碳管理报告。") if p.list_no in CARBON else "否",
        "identifier": ("是，已接入国家工业互联网标识解析二级节点，为设备及备件分配标识编码并实现全生命周期追溯。"
                       if p.list_no in IDENTIFIER else "否"),
        "standards": (f"牵头/参与制定行业标准2项、团体标准3项，包括《工业互联网平台 {p.industry}设备远程运维 "
                      "通用要求》（行业标准，参与）等。"),
        "contribution": (
            f"平台服务本市企业{v.local}家、中小企业{v.sme}家，支撑{p.industry}等关键行业数字化转型，"
            "助力本市工业互联网平台体系建设，并辐射长三角及中西部重点区域。"),
        "open_mechanism": ("是，平台建立供应链产业链开放共享机制，通过开放API、数据服务和应用市场向产业链"
                           "上下游企业开放设备数据、应用功能与行业知识，按照“授权使用、分级开放、收益共享”的"
                           "原则运行。"),
        "open_data": (f"以API接口、数据服务和数据集三种形式开放共享：开放API接口{v.micro // 5}个、"
                      f"数据服务{v.indices * 4}项、行业数据集{v.indices + 6}个"),
        "cross_platform": ("平台通过统一API网关和标准数据接口，与政府公共服务平台、标识解析二级节点、"
                           "合作企业平台实现数据与应用的双向调用，支持单点登录与统一运维监控。"),
        "new_industry": ("有，依托平台培育设备后市场服务新模式，形成“按使用付费”的设备运维服务，"
                         "带动第三方服务商在线接单，形成新的服务业态。") if p.list_no % 2 else "无",
    }


def intro_text(p: Profile, v: Values, platform: str) -> str:
    """二、平台基本情况介绍 (500 字以内)."""
    return (
        f"{platform}（平台性质：{p.kind}）面向{p.industry}领域，聚焦{p.focus}。平台采用“边缘层+IaaS+PaaS+SaaS”"
        "四层架构，主要功能包括设备接入与管理、数据采集与治理、工业模型与算法、工业APP开发与运行、"
        f"安全防护等。截至2024年6月，平台累计连接工业设备{approx_wan(v.devices)}台（套），"
        f"注册企业用户{v.registered}家，上架工业APP {v.apps}个，沉淀工业机理模型{v.models}个，"
        f"形成{v.solutions}个行业解决方案。主要客户包括{p.cases[0].customer}、{p.cases[1].customer}等。"
    )


def effects_text(p: Profile, v: Values) -> str:
    """二、平台建设成效 (500 字以内)."""
    return (
        f"平台针对{p.industry}领域设备分散、运维被动、数据孤岛等痛难点，提供远程监测、预测性维护和"
        "协同优化服务，带动上下游企业数字化转型。经济效益方面，2023年平台相关营业收入"
        f"{money(v.rev[2023])}万元；用户侧设备运维成本平均下降{money(v.maint_drop)}%，能耗平均下降"
        f"{money(v.energy_drop)}%。社会效益方面，平台带动新增就业{v.jobs}人，服务中小企业{v.sme}家。"
        f"创新效益方面，平台获得专利{v.patents}项、软件著作权{v.softcopyrights}个。"
    )
