"""The parts of notice 沪经信软〔2024〕410号 the generator needs, as data, re-joined from the PDF dump.

Owns: the rows of 附件2 三、指标明细表 (with their 一级/二级/三级 groups), the rows of 附件4
平台基本情况汇总表 in the notice's order, 附录A–F and the 附件6 platform list. Labels are the
printed labels with the PDF's line wraps joined and the stray spaces between CJK and digits
removed. This module must not import `assistant` (the eval labels are derived independently so
the scorer can catch a wrong catalog there).
"""

from __future__ import annotations

from dataclasses import dataclass

L1_BASE = "一、平台基础情况（25%）"
L1_TECH = "二、平台关键技术能力（35%）"
L1_BENEFIT = "三、平台效益及可持续发展能力（40%）"


@dataclass(frozen=True)
class IndicatorRow:
    key: str
    label: str  # the 内容 cell of 三、指标明细表
    level1: str
    level2: str
    level3: str


def _rows() -> tuple[IndicatorRow, ...]:
    groups: list[tuple[str, str, str, list[tuple[str, str]]]] = [
        (L1_BASE, "1.1 战略定位及规划", "1.1.1 战略定位", [
            ("positioning", "平台定位是否明确"),
            ("policy_fit", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"),
        ]),
        (L1_BASE, "1.1 战略定位及规划", "1.1.2 规划制定", [
            ("in_strategy", "平台是否被纳入企业战略规划中"),
            ("special_plan", "是否制定了平台专项规划"),
            ("staff_total", "平台团队总人数（人）"),
            ("staff_maint", "其中：运维人数（人）"),
            ("staff_ops", "运营人数（人）"),
            ("staff_qualified", "其中：有相关技术职称/从业资格的人数（人）"),
        ]),
        (L1_BASE, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", [
            ("rd", "平台相关研发投入（万元）"),
            ("rd_intensity", "平台相关研发投入强度（%）"),
        ]),
        (L1_BASE, "1.2 资金投入与经营情况", "1.2.2 经营情况", [
            ("revenue", "平台相关营业收入（万元）"),
            ("profit_margin", "平台利润率（%）"),
            ("paid_ratio", "付费用户占比（%）"),
        ]),
        (L1_TECH, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", [
            ("devices", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("devices_by_cat", "按二级分类统计工业设备数量（台/套）"),
            ("devices_by_region", "按省市区域统计工业设备数量（台/套）"),
            ("pub_devices", "其中：公有云工业设备连接数量（台/套）"),
            ("pub_devices_by_cat", "按二级分类统计公有云工业设备数量（台/套）"),
            ("pub_devices_by_region", "按省市区域统计公有云工业设备数量（台/套）"),
            ("daily_devices", "其中：公有云工业设备平均日运行数量（台/套）"),
            ("daily_by_cat", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
            ("daily_by_region", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
            ("overseas", "其中：海外设备连接数量（台/套）"),
            ("overseas_by_country", "其中：按海外国家分类统计海外设备连接数量"),
            ("protocols", "工业协议兼容适配数量（个）"),
            ("other_resources", "其他资源汇聚情况"),
        ]),
        (L1_TECH, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", [
            ("software", "工业软件总量（个）"),
            ("apps", "工业APP数量（个）"),
            ("apps_dev", "其中：基于平台开发的工业APP数量（个）"),
            ("apps_cloud", "云化工业软件数量（个）"),
            ("apps_by_cat", "按分类统计工业APP数量（个）"),
            ("apps_by_industry", "按行业统计工业APP数量（个）"),
            ("apps_mau", "工业APP平均月活跃数量（个）"),
            ("killer", "其中：杀手锏APP数量（个）"),
            ("killer_dau", "公有云杀手锏APP平均日在线用户数（个）"),
            ("killer_hits", "杀手锏APP日活次数（次）"),
            ("killer_income", "杀手锏APP月平均收入（万元）"),
            ("pub_apps", "其中：公有云工业APP数量（个）"),
            ("pub_apps_dau", "其中：公有云工业APP平均日活跃数量（个）"),
            ("pub_dau_by_cat", "其中：按分类统计公有云工业APP平均日活跃数量（个）"),
            ("pub_dau_by_industry", "其中：按行业统计公有云工业APP平均日活跃数量（个）"),
        ]),
        (L1_TECH, "2.2 数据管理与挖掘", "2.2.1 数据采集", [
            ("edge", "边缘数据处理能力"),
            ("other_collect", "其他数据采集能力"),
        ]),
        (L1_TECH, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", [
            ("elastic", "是否支持可拓展云计算能力"),
            ("compute", "云化服务器算力"),
            ("servers", "平台实际用云量（台）"),
            ("pub_servers", "平台公有云实际使用数量（台）"),
            ("capacity", "存储容量（TB）"),
            ("data", "存储工业数据量（TB）"),
            ("pub_data", "公有云数据总量（TB）"),
            ("utilization", "存储资源利用率（%）"),
            ("data_mgmt", "数据基础管理能力"),
        ]),
        (L1_TECH, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", [
            ("models", "工业机理模型数量（个）"),
            ("models_active", "其中：活跃机理模型数量（一周调用5次以上）（个）"),
            ("model_users", "核心工业模型平均月调用用户数量（个）"),
            ("models_by_cat", "按分类统计工业模型数量（个）"),
            ("generic_algo", "是否提供通用建模分析算法"),
            ("algo_types", "智能分析算法类型"),
            ("speed", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
        ]),
        (L1_TECH, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", [
            ("micro", "微服务数量（个）"),
            ("micro_active", "其中：活跃微服务数量（一周调用5次以上）（个）"),
        ]),
        (L1_TECH, "2.4 平台开发与使用", "2.4.1 平台开发者数量", [
            ("dev_community", "是否建立开发者社区及相关功能"),
            ("developers", "开发者注册总数（个）"),
            ("developers_active", "其中：活跃开发者数（个）"),
        ]),
        (L1_TECH, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", [
            ("languages", "平台支持开发语言类型"),
            ("framework", "平台应用开发框架"),
            ("tools", "平台应用开发工具"),
        ]),
        (L1_TECH, "2.5 安全体系", "2.5.1 安全制度建设", [
            ("security_policy", "是否针对平台制定了安全管理相关制度"),
            ("security_scope", "建立的安全制度保护了平台的哪些方面"),
            ("security_test", "有否定期开展第三方安全测试/测评"),
            ("security_scan", "有否定期进行安全扫描"),
        ]),
        (L1_TECH, "2.5 安全体系", "2.5.2 安全技术保障", [
            ("security_tech", "采用何种安全技术情况"),
            ("backup", "核心数据安全保护手段"),
        ]),
        (L1_BENEFIT, "3.1 平台应用", "3.1.1 平台应用规模", [
            ("registered", "注册企业用户数（个）"),
            ("served", "其中：实际服务企业数（个）"),
            ("served_by_industry", "按行业统计服务企业数（个）"),
            ("served_by_region", "按省市区域统计服务企业数（个）"),
            ("paid", "其中：付费企业数（个）"),
            ("local", "其中：服务本市企业数量（个）"),
            ("sme", "其中：服务中小企业数量（个）"),
            ("orders", "平台订单数量（个），填写近一年总量"),
            ("trade_growth", "平台交易规模年增长率（%）"),
            ("subs", "工业APP订阅总数量（个）"),
            ("killer_subs", "其中：杀手锏工业APP订阅数量（个）"),
            ("subs_amount", "工业APP订阅总金额（万元）"),
            ("device_util", "平台连接工业设备利用率（%）"),
            ("localization", "平台国产化率（%）"),
            ("smart_factories", "平台是否服务上海智能工厂，数量"),
            ("parks", "平台服务园区总数（个）"),
            ("solutions", "平台提供的解决方案总数（个）"),
            ("solutions_by_mode", "其中：按新模式统计解决方案数量（个）"),
        ]),
        (L1_BENEFIT, "3.1 平台应用", "3.1.2 平台应用价值", [
            ("roi", "投资回报率（%）"),
            ("listed", "企业已上市或已获得VC/PE投资"),
            ("key_tech", "关键技术自主可控"),
            ("benefit", "解决方案累计对企业/用户新增效益"),
            ("cost_saving", "解决方案累计对企业/用户降低成本"),
            ("maint_drop", "平台连接工业设备运维成本平均下降率（%）"),
            ("energy_drop", "平台连接工业设备能耗平均下降率（%）"),
            ("safety_gain", "平台连接工业设备安全生产持续时间平均提升率（%）"),
            ("data_value", "平台数据价值挖掘应用能力"),
            ("supply_chain", "工业互联网平台+供应链协同应用情况"),
            ("new_tech", "平台有否与新技术的融合应用"),
            ("indices", "平台现有特色指数（个）"),
        ]),
        (L1_BENEFIT, "3.1 平台应用", "3.1.3 平台带动成效", [
            ("patents", "平台核心软硬件技术获得的专利数量（项）"),
            ("softcopyrights", "平台核心软硬件技术获得的软著数量（个）"),
            ("breakthrough", "平台是否有自研形成的核心技术突破"),
            ("carbon", "平台是否具备碳管理服务能力"),
            ("identifier", "平台是否融合使用国家标识解析系统"),
            ("standards", "平台牵头/参与标准制定情况（国家标准、行业标准）"),
            ("awards", "平台获得省部级及以上奖项/荣誉数量（个）"),
            ("jobs", "平台建设与运营带动新增就业人数（人）"),
            ("social_rate", "平台社会贡献率（%）"),
            ("contribution", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑"),
        ]),
        (L1_BENEFIT, "3.2 平台生态建设", "3.2.1 平台开放", [
            ("open_mechanism", "是否建立供应链产业链开放共享机制"),
            ("open_data", "平台开放共享数据的形式及数量"),
        ]),
        (L1_BENEFIT, "3.2 平台生态建设", "3.2.2 平台生态", [
            ("partners", "合作平台数量（个）"),
            ("cross_platform", "跨平台调用功能建设情况"),
            ("new_industry", "新产业、新模式培育情况"),
        ]),
    ]
    return tuple(
        IndicatorRow(key, label, l1, l2, l3)
        for l1, l2, l3, items in groups
        for key, label in items
    )


INDICATOR_ROWS: tuple[IndicatorRow, ...] = _rows()
ROW_BY_KEY = {row.key: row for row in INDICATOR_ROWS}

# 附件4 平台基本情况汇总表, in the notice's order. The second element is the key of the
# 指标明细表 row (or of the 二、平台基本情况 / cover / 附件1 / 附件6 field) that feeds it.
SUMMARY_ROWS: tuple[tuple[str, str], ...] = (
    ("序号", "list_no"),
    ("企业名称", "company"),
    ("平台名称", "platform_name"),
    ("平台性质", "platform_kind"),
    ("联系人姓名", "contact_name"),
    ("联系人手机号", "contact_mobile"),
    ("联系人电子邮箱", "contact_email"),
    ("评审会现场地址信息", "meeting_address"),
    ("平台网址", "url"),
    ("建设时间", "build_period"),
    ("平台建设金额（万元）", "build_amount"),
    ("平台近三年经营指标情况", "revenue_3y"),
    ("平台建设方式", "build_mode"),
    ("平台运营模式", "ops_mode"),
    ("部署方式", "deployment"),
    ("平台团队总人数（人）", "staff_total"),
    ("运维人数（人）", "staff_maint"),
    ("运营人数（人）", "staff_ops"),
    ("有相关技术职称/从业资格的人数（人）", "staff_qualified"),
    ("平台相关研发投入（万元）", "rd"),
    ("平台相关研发投入强度（%）", "rd_intensity"),
    ("平台相关营业收入（万元）", "revenue"),
    ("平台利润率（%）", "profit_margin"),
    ("付费用户占比（%）", "paid_ratio"),
    ("连接的工业设备/产品/产线种类及数量（台/套）", "devices"),
    ("按二级分类统计工业设备数量（台/套）", "devices_by_cat"),
    ("按省市区域统计工业设备数量（台/套）", "devices_by_region"),
    ("公有云工业设备连接数量（台/套）", "pub_devices"),
    ("按二级分类统计公有云工业设备数量（台/套）", "pub_devices_by_cat"),
    ("按省市区域统计公有云工业设备数量（台/套）", "pub_devices_by_region"),
    ("公有云工业设备平均日运行数量（台/套）", "daily_devices"),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "daily_by_cat"),
    ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "daily_by_region"),
    ("海外设备连接数量（台/套）", "overseas"),
    ("按海外国家分类统计海外设备连接数量（台/套）", "overseas_by_country"),
    ("工业协议兼容适配数量（个）", "protocols"),
    ("工业软件总量（个）", "software"),
    ("工业APP数量（个）", "apps"),
    ("基于平台开发的工业APP数量（个）", "apps_dev"),
    ("云化工业软件数量（个）", "apps_cloud"),
    ("按分类统计工业APP数量（个）", "apps_by_cat"),
    ("按行业统计工业APP数量（个）", "apps_by_industry"),
    ("工业APP平均月活跃数量（个）", "apps_mau"),
    ("杀手锏APP数量（个）", "killer"),
    ("公有云杀手锏APP平均日在线用户数（个）", "killer_dau"),
    ("杀手锏APP日活次数（次）", "killer_hits"),
    ("杀手锏APP月平均收入（万元）", "killer_income"),
    ("公有云工业APP数量（个）", "pub_apps"),
    ("公有云工业APP平均日活跃数量（个）", "pub_apps_dau"),
    ("按分类统计公有云工业APP平均日活跃数量（个）", "pub_dau_by_cat"),
    ("按行业统计公有云工业APP平均日活跃数量（个）", "pub_dau_by_industry"),
    ("平台实际用云量（台）", "servers"),
    ("平台公有云实际使用数量（台）", "pub_servers"),
    ("存储容量（TB）", "capacity"),
    ("存储工业数据量（TB）", "data"),
    ("公有云数据总量（TB）", "pub_data"),
    ("存储资源利用率（%）", "utilization"),
    ("工业机理模型数量（个）", "models"),
    ("活跃机理模型数量（一周调用5次以上）（个）", "models_active"),
    ("核心工业模型平均月调用用户数量（个）", "model_users"),
    ("按分类统计工业模型数量（个）", "models_by_cat"),
    ("数据分析平台均速度（每TB分级/秒级/毫秒级）", "speed"),
    ("微服务数量（个）", "micro"),
    ("活跃微服务数量（一周调用5次以上）（个）", "micro_active"),
    ("开发者注册总数（个）", "developers"),
    ("活跃开发者数（个）", "developers_active"),
    ("平台是否建立安全管理体系", "security_policy"),
    ("有否定期开展第三方安全测试/测评", "security_test"),
    ("有否定期进行安全扫描", "security_scan"),
    ("注册企业用户数（个）", "registered"),
    ("实际服务企业数（个）", "served"),
    ("按行业统计服务企业数（个）", "served_by_industry"),
    ("按省市区域统计服务企业数（个）", "served_by_region"),
    ("付费企业数（个）", "paid"),
    ("服务本市企业数量（个）", "local"),
    ("服务中小企业数量（个）", "sme"),
    ("平台订单数量(近一年总量)（个）", "orders"),
    ("平台交易规模年增长率（%）", "trade_growth"),
    ("工业APP订阅总数量（个）", "subs"),
    ("杀手锏工业APP订阅数量（个）", "killer_subs"),
    ("工业APP订阅总金额（万元）", "subs_amount"),
    ("平台连接工业设备利用率（%）", "device_util"),
    ("平台国产化率（%）", "localization"),
    ("平台是否服务上海智能工厂，数量", "smart_factories"),
    ("平台服务园区总数（个）", "parks"),
    ("平台提供的解决方案总数（个）", "solutions"),
    ("按新模式统计解决方案数量（个）", "solutions_by_mode"),
    ("投资回报率（%）", "roi"),
    ("企业是否已上市或已获得VC/PE投资", "listed"),
    ("平台连接工业设备运维成本平均下降率（%）", "maint_drop"),
    ("平台连接工业设备能耗平均下降率（%）", "energy_drop"),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", "safety_gain"),
    ("平台现有特色指数（个）", "indices"),
    ("平台核心软硬件技术获得的专利数量（项）", "patents"),
    ("平台核心软硬件技术获得的软著数量（个）", "softcopyrights"),
    ("平台是否有自研形成的核心技术突破", "breakthrough"),
    ("平台是否具备碳管理服务能力", "carbon"),
    ("平台是否融合使用国家标识解析系统", "identifier"),
    ("平台获得省部级及以上奖项/荣誉数量（个）", "awards"),
    ("平台建设与运营带动新增就业人数（人）", "jobs"),
    ("平台社会贡献率（%）", "social_rate"),
    ("平台开放共享数据的形式及数量", "open_data"),
    ("合作平台数量（个）", "partners"),
)
SUMMARY_LABEL_BY_KEY = {key: label for label, key in SUMMARY_ROWS}

# 附录A 工业设备二级分类口径
DEVICE_CATEGORIES = (
    "采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床",
    "机器人", "电工、电子设备", "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他",
)
# 附录B 工业APP分类口径
APP_CATEGORIES = (
    "安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理",
    "仓储物流", "运维服务",
)
# 附录C 行业分类口径
INDUSTRIES = (
    "采矿", "黑色金属", "有色金属", "石化化工", "建材", "医药", "纺织", "家电", "食品", "烟草",
    "轻工", "机械", "汽车", "航空/航天", "船舶", "轨道交通", "电子", "电力、热力和燃气", "建筑业",
    "农业", "服务业", "其他",
)
# 附录D 工业模型分类口径
MODEL_CATEGORIES = ("数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型")
# 附录E 解决方案分类口径
SOLUTION_MODES = ("数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸")
# 附录F 区域分类口径; 海外 entries are written 中文+English, e.g. 俄罗斯Russia (附录F 注)
REGIONS = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆", "大连", "青岛", "宁波", "厦门", "深圳",
    "香港", "澳门", "台湾",
)


@dataclass(frozen=True)
class ListedPlatform:
    """A row of 附件6 纳入2024年度评价工作的平台名单."""

    list_no: int
    name: str
    company: str
    participated_2023: bool


PLATFORM_LIST: tuple[ListedPlatform, ...] = tuple(
    ListedPlatform(no, name, company, flag == "是")
    for no, name, company, flag in (
        (1, "化工行业工业互联网平台", "上海华谊集团股份有限公司", "是"),
        (5, "面向电力能源行业应用的工业互联网平台", "上海新华控制技术集团科技有限公司", "是"),
        (15, "华兴数字易维讯工程机械工业互联网平台", "上海华兴数字科技有限公司", "-"),
        (16, "欧冶云商生态运营平台", "欧冶云商股份有限公司", "是"),
        (21, "中国移动OnePower工业互联网平台", "中移（上海）信息通信科技有限公司", "是"),
        (27, "零碳绿色工厂综合数智化管理平台", "上海碳索能源服务股份有限公司", "-"),
        (31, "光明乳业工业互联网平台", "光明乳业股份有限公司", "-"),
        (33, "延锋工业互联网平台", "上海延锋金桥饰件系统有限公司", "-"),
    )
)
PLATFORM_BY_NO = {p.list_no: p for p in PLATFORM_LIST}
