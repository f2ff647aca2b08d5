"""One package = one Spec: the applicant's declared numbers and texts; every document and the truth
are rendered from it. Breakdowns are ordered lists of (category, count)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .labels import LABELS

Breakdown = list[tuple[str, int]]

APPENDIX_A = ["采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人",
              "电工、电子设备", "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"]
APPENDIX_B = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
APPENDIX_C = ["采矿", "黑色金属", "有色金属", "石化化工", "建材", "医药", "纺织", "家电", "食品", "烟草", "轻工", "机械",
              "汽车", "航空/航天", "船舶", "轨道交通", "电子", "电力、热力和燃气", "建筑业", "农业", "服务业", "其他"]
APPENDIX_D = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
APPENDIX_E = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
APPENDIX_F = ["北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
              "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西",
              "西藏", "宁夏", "新疆", "大连", "青岛", "宁波", "厦门", "深圳", "香港", "澳门", "台湾"]


def fmt_bd(bd: Breakdown) -> str:
    return "、".join(f"{k}：{v}" for k, v in bd)


def total(bd: Breakdown) -> int:
    return sum(v for _, v in bd)


def r2(x: float) -> float:
    return float(f"{x:.2f}")


def f2(x: float) -> str:
    return f"{x:.2f}"


def thousands(n) -> str:
    return f"{n:,}" if isinstance(n, int) else f"{n:,.2f}"


@dataclass
class Spec:
    package_id: str
    description: str
    list_no: int
    listed_name: str
    company: str
    p2023: bool
    short: str
    domain: str
    secret: str
    layout: list[str]
    # company
    credit_code: str
    founded: str
    address: str
    district: str
    company_type: str
    capital: str
    business: str
    legal_rep: str
    contact: str
    contact_title: str
    phone: str
    email: str
    backup_contact: str
    backup_phone: str
    meeting_addr: str
    shareholders: list[tuple[str, str, str]]
    co_fin: dict  # 总资产 主营业务收入 增长率 负债率 利润总额 税金 (万元/%)
    # platform
    nature: str  # 行业型工业互联网平台 …
    build_from: tuple[int, int]
    build_to: tuple[int, int]
    invest: float
    rev: dict  # {2021: x, 2022: y, 2023: z}
    g2021: float
    build_mode: str
    op_mode: str
    iaas: str
    deploy: list[str]
    team: tuple[int, int, int]  # 运维, 运营, 职称
    rd: float
    profit: float
    # devices
    dev_cat: Breakdown
    dev_reg: Breakdown
    pub_cat: Breakdown
    pub_reg: Breakdown
    run_cat: Breakdown
    run_reg: Breakdown
    overseas: Breakdown
    dev_total: int
    pub_total: int
    run_total: int
    overseas_total: int
    protocols: int
    # apps
    sw_total: int
    app_native: int
    app_cloud: int
    app_cat: Breakdown
    app_ind: Breakdown
    app_mau: int
    killer_dau: int
    killer_times: int
    killer_income: float
    pub_app: int
    pub_app_dau_cat: Breakdown
    pub_app_dau_ind: Breakdown
    # data
    cloud_servers: float
    pub_servers: int
    storage_cap: float
    storage_data: float
    pub_data: float
    model_cat: Breakdown
    active_models: int
    model_users: int
    speed: str
    speed_level: str
    microservices: int
    active_ms: int
    developers: int
    active_devs: int
    # application
    reg_users: int
    ent_ind: Breakdown
    ent_reg: Breakdown
    ent_total: int
    paying: int
    sme: int
    orders: tuple[int, int]
    trade_growth: float
    app_subs: int
    killer_subs: int
    app_sub_amount: float
    dev_util: float
    localization: float
    smart_factories: int
    parks: int
    solutions: Breakdown
    sol_total: int
    listed: bool
    om_down: float
    energy_down: float
    safety_up: float
    indices: int
    patents: int
    copyrights: int
    awards: int
    jobs: int
    social: float
    partners: int
    texts: dict = field(default_factory=dict)
    proofs: dict = field(default_factory=dict)  # 附件4 label -> 证明资料 text
    app_total_override: int | None = None

    # ---- derived
    @property
    def app_total(self) -> int:
        return self.app_total_override if self.app_total_override is not None else self.app_native + self.app_cloud

    @property
    def ops(self) -> int:
        return self.team[0] + self.team[1]

    @property
    def growth(self) -> dict:
        g22 = (self.rev[2022] / self.rev[2021] - 1) * 100
        g23 = (self.rev[2023] / self.rev[2022] - 1) * 100
        return {2021: r2(self.g2021), 2022: r2(g22), 2023: r2(g23)}

    @property
    def build_time(self) -> str:
        return f"{self.build_from[0]}.{self.build_from[1]:02d}-{self.build_to[0]}.{self.build_to[1]:02d}"

    @property
    def url(self) -> str:
        return f"https://{self.domain}"

    def pct(self, a, b) -> float:
        return r2(a / b * 100)


def rows(s: Spec) -> dict[str, tuple[str, object]]:
    """附件4 label -> (value as a reviewer writes it, normalized)."""
    g = s.growth
    o: dict[str, tuple[str, object]] = {}

    def num(label, v):
        if isinstance(v, int):
            o[label] = (str(v), v)
        else:
            o[label] = (f2(v), r2(v))

    def bd(label, b):
        o[label] = (fmt_bd(b), {k: v for k, v in b})

    def txt(label, v):
        o[label] = (v, v)

    num("序号", s.list_no)
    txt("企业名称", s.company)
    txt("平台名称", s.listed_name)
    txt("平台性质", s.nature)
    txt("联系人姓名", s.contact)
    txt("联系人手机号", s.phone)
    txt("联系人电子邮箱", s.email)
    txt("评审会现场地址信息", s.meeting_addr)
    txt("平台网址", s.url)
    txt("建设时间", s.build_time)
    num("平台建设金额（万元）", s.invest)
    rv = s.rev
    o["平台近三年经营指标情况"] = (
        "；".join(f"{y}年平台营收{f2(rv[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023)),
        {k: v for y in (2021, 2022, 2023) for k, v in ((f"{y}年平台营收（万元）", r2(rv[y])), (f"{y}年增长率（%）", g[y]))})
    txt("平台建设方式", s.build_mode)
    txt("平台运营模式", s.op_mode)
    txt("部署方式", "、".join(s.deploy))
    num("平台团队总人数（人）", s.ops)
    num("运维人数（人）", s.team[0])
    num("运营人数（人）", s.team[1])
    num("有相关技术职称/从业资格的人数（人）", s.team[2])
    num("平台相关研发投入（万元）", s.rd)
    num("平台相关研发投入强度（%）", s.pct(s.rd, rv[2023]))
    num("平台相关营业收入（万元）", rv[2023])
    num("平台利润率（%）", s.pct(s.profit, rv[2023]))
    num("付费用户占比（%）", s.pct(s.paying, s.reg_users))
    num("连接的工业设备/产品/产线种类及数量（台/套）", s.dev_total)
    bd("按二级分类统计工业设备数量（台/套）", s.dev_cat)
    bd("按省市区域统计工业设备数量（台/套）", s.dev_reg)
    num("公有云工业设备连接数量（台/套）", s.pub_total)
    bd("按二级分类统计公有云工业设备数量（台/套）", s.pub_cat)
    bd("按省市区域统计公有云工业设备数量（台/套）", s.pub_reg)
    num("公有云工业设备平均日运行数量（台/套）", s.run_total)
    bd("按二级分类统计公有云工业设备平均日运行数量（台/套）", s.run_cat)
    bd("按省市区域统计公有云工业设备平均日运行数量（台/套）", s.run_reg)
    num("海外设备连接数量（台/套）", s.overseas_total)
    bd("按海外国家分类统计海外设备连接数量（台/套）", s.overseas)
    num("工业协议兼容适配数量（个）", s.protocols)
    num("工业软件总量（个）", s.sw_total)
    num("工业APP数量（个）", s.app_total)
    num("基于平台开发的工业APP数量（个）", s.app_native)
    num("云化工业软件数量（个）", s.app_cloud)
    bd("按分类统计工业APP数量（个）", s.app_cat)
    bd("按行业统计工业APP数量（个）", s.app_ind)
    num("工业APP平均月活跃数量（个）", s.app_mau)
    num("杀手锏APP数量（个）", 5)
    num("公有云杀手锏APP平均日在线用户数（个）", s.killer_dau)
    num("杀手锏APP日活次数（次）", s.killer_times)
    num("杀手锏APP月平均收入（万元）", s.killer_income)
    num("公有云工业APP数量（个）", s.pub_app)
    num("公有云工业APP平均日活跃数量（个）", total(s.pub_app_dau_cat))
    bd("按分类统计公有云工业APP平均日活跃数量（个）", s.pub_app_dau_cat)
    bd("按行业统计公有云工业APP平均日活跃数量（个）", s.pub_app_dau_ind)
    num("平台实际用云量（台）", s.cloud_servers)
    num("平台公有云实际使用数量（台）", s.pub_servers)
    num("存储容量（TB）", s.storage_cap)
    num("存储工业数据量（TB）", s.storage_data)
    num("公有云数据总量（TB）", s.pub_data)
    num("存储资源利用率（%）", s.pct(s.storage_data, s.storage_cap))
    num("工业机理模型数量（个）", total(s.model_cat))
    num("活跃机理模型数量（一周调用5次以上）（个）", s.active_models)
    num("核心工业模型平均月调用用户数量（个）", s.model_users)
    bd("按分类统计工业模型数量（个）", s.model_cat)
    o["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (s.speed, s.speed_level)
    num("微服务数量（个）", s.microservices)
    num("活跃微服务数量（一周调用5次以上）（个）", s.active_ms)
    num("开发者注册总数（个）", s.developers)
    num("活跃开发者数（个）", s.active_devs)
    o["平台是否建立安全管理体系"] = ("是", True)
    o["有否定期开展第三方安全测试/测评"] = ("是", True)
    o["有否定期进行安全扫描"] = ("是", True)
    num("注册企业用户数（个）", s.reg_users)
    num("实际服务企业数（个）", s.ent_total)
    bd("按行业统计服务企业数（个）", s.ent_ind)
    bd("按省市区域统计服务企业数（个）", s.ent_reg)
    num("付费企业数（个）", s.paying)
    num("服务本市企业数量（个）", dict(s.ent_reg)["上海"])
    num("服务中小企业数量（个）", s.sme)
    o["平台订单数量(近一年总量)（个）"] = (
        f"2023年自然年：{s.orders[0]}个；截至填表日前一年：{s.orders[1]}个",
        {"2023年自然年": s.orders[0], "截至填表日前一年": s.orders[1]})
    num("平台交易规模年增长率（%）", s.trade_growth)
    num("工业APP订阅总数量（个）", s.app_subs)
    num("杀手锏工业APP订阅数量（个）", s.killer_subs)
    num("工业APP订阅总金额（万元）", s.app_sub_amount)
    num("平台连接工业设备利用率（%）", s.dev_util)
    num("平台国产化率（%）", s.localization)
    o["平台是否服务上海智能工厂，数量"] = (f"是，{s.smart_factories}家", s.smart_factories)
    num("平台服务园区总数（个）", s.parks)
    num("平台提供的解决方案总数（个）", s.sol_total)
    bd("按新模式统计解决方案数量（个）", s.solutions)
    num("投资回报率（%）", s.pct(s.profit, s.invest))
    o["企业是否已上市或已获得VC/PE投资"] = ("是" if s.listed else "否", s.listed)
    num("平台连接工业设备运维成本平均下降率（%）", s.om_down)
    num("平台连接工业设备能耗平均下降率（%）", s.energy_down)
    num("平台连接工业设备安全生产持续时间平均提升率（%）", s.safety_up)
    num("平台现有特色指数（个）", s.indices)
    num("平台核心软硬件技术获得的专利数量（项）", s.patents)
    num("平台核心软硬件技术获得的软著数量（个）", s.copyrights)
    o["平台是否有自研形成的核心技术突破"] = ("是", True)
    o["平台是否具备碳管理服务能力"] = ("是", True)
    o["平台是否融合使用国家标识解析系统"] = ("是", True)
    num("平台获得省部级及以上奖项/荣誉数量（个）", s.awards)
    num("平台建设与运营带动新增就业人数（人）", s.jobs)
    num("平台社会贡献率（%）", s.social)
    txt("平台开放共享数据的形式及数量", s.texts["开放共享数据"])
    num("合作平台数量（个）", s.partners)
    assert list(o) == LABELS, [x for x in LABELS if x not in o]
    return o


# 指标明细表: (一级, 二级, 三级, 内容, key) – key is a 附件4 label or "t:<text key>"
L1 = "一、平台基础情况（25%）"
L2 = "二、平台关键技术能力（35%）"
L3 = "三、平台效益及可持续发展能力（40%）"
INDICATORS = [
    (L1, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "t:定位"),
    (L1, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t:政策"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "t:战略规划"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", "t:专项规划"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "平台团队总人数（人）"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", "运维人数（人）"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", "运营人数（人）"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    (L1, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    (L1, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    (L1, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    (L1, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", "平台利润率（%）"),
    (L1, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", "付费用户占比（%）"),
]
_D = (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力")
INDICATORS += [_D + (c, k) for c, k in [
    ("连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
    ("按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
    ("其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
    ("按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
    ("其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
    ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
    ("其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    ("工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）"),
    ("其他资源汇聚情况", "t:其他资源"),
]]
_A = (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP")
INDICATORS += [_A + (c, k) for c, k in [
    ("工业软件总量（个）", "工业软件总量（个）"),
    ("工业APP数量（个）", "工业APP数量（个）"),
    ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    ("云化工业软件数量（个）", "云化工业软件数量（个）"),
    ("按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）"),
    ("按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）"),
    ("工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
    ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    ("公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
    ("杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）"),
    ("杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）"),
    ("其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
]]
INDICATORS += [
    (L2, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", "t:边缘"),
    (L2, "2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", "t:其他采集"),
]
_S = (L2, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）")
INDICATORS += [_S + (c, k) for c, k in [
    ("是否支持可拓展云计算能力", "t:可拓展"),
    ("云化服务器算力", "t:算力"),
    ("平台实际用云量（台）", "平台实际用云量（台）"),
    ("平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    ("存储容量（TB）", "存储容量（TB）"),
    ("存储工业数据量（TB）", "存储工业数据量（TB）"),
    ("公有云数据总量（TB）", "公有云数据总量（TB）"),
    ("存储资源利用率（%）", "存储资源利用率（%）"),
    ("数据基础管理能力", "t:数据管理"),
]]
_M = (L2, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析")
INDICATORS += [_M + (c, k) for c, k in [
    ("工业机理模型数量（个）", "工业机理模型数量（个）"),
    ("其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    ("按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    ("是否提供通用建模分析算法", "t:通用算法"),
    ("智能分析算法类型", "t:算法类型"),
    ("数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
]]
INDICATORS += [
    (L2, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L2, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "t:社区"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "t:语言"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "t:框架"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "t:工具"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "t:安全制度"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "t:保护方面"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "t:第三方测评"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "t:安全扫描"),
    (L2, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "t:安全技术"),
    (L2, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "t:数据保护"),
]
_U = (L3, "3.1 平台应用", "3.1.1 平台应用规模")
INDICATORS += [_U + (c, k) for c, k in [
    ("注册企业用户数（个）", "注册企业用户数（个）"),
    ("其中：实际服务企业数（个）", "实际服务企业数（个）"),
    ("按行业统计服务企业数（个）", "按行业统计服务企业数（个）"),
    ("按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）"),
    ("其中：付费企业数（个）", "付费企业数（个）"),
    ("其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    ("其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
    ("平台交易规模年增长率（%）", "平台交易规模年增长率（%）"),
    ("工业APP订阅总数量（个）", "工业APP订阅总数量（个）"),
    ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    ("工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）"),
    ("平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）"),
    ("平台国产化率（%）", "平台国产化率（%）"),
    ("平台是否服务上海智能工厂，数量", "t:智能工厂"),
    ("平台服务园区总数（个）", "平台服务园区总数（个）"),
    ("平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）"),
    ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
]]
_V = (L3, "3.1 平台应用", "3.1.2 平台应用价值")
INDICATORS += [_V + (c, k) for c, k in [
    ("投资回报率（%）", "投资回报率（%）"),
    ("企业已上市或已获得VC/PE投资", "t:上市"),
    ("关键技术自主可控", "t:自主可控"),
    ("解决方案累计对企业/用户新增效益", "t:新增效益"),
    ("解决方案累计对企业/用户降低成本", "t:降低成本"),
    ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    ("平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    ("平台数据价值挖掘应用能力", "t:数据价值"),
    ("工业互联网平台+供应链协同应用情况", "t:供应链"),
    ("平台有否与新技术的融合应用", "t:新技术"),
    ("平台现有特色指数（个）", "平台现有特色指数（个）"),
]]
_E = (L3, "3.1 平台应用", "3.1.3 平台带动成效")
INDICATORS += [_E + (c, k) for c, k in [
    ("平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    ("平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    ("平台是否有自研形成的核心技术突破", "t:技术突破"),
    ("平台是否具备碳管理服务能力", "t:碳管理"),
    ("平台是否融合使用国家标识解析系统", "t:标识解析"),
    ("平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准"),
    ("平台获得省部级及以上奖项/荣誉数量（个）", "t:奖项"),
    ("平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    ("平台社会贡献率（%）", "平台社会贡献率（%）"),
    ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:贡献支撑"),
]]
INDICATORS += [
    (L3, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "t:开放机制"),
    (L3, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "t:跨平台"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "t:新模式"),
]

DEFAULT_PROOF = "平台运营管理系统后台统计（截至2024年6月30日），可现场演示核验"


def form_cells(s: Spec) -> list[tuple[str, str, str, str, str, str]]:
    """(一级, 二级, 三级, 内容, 平台实际情况, 证明资料) for the 指标明细表."""
    vals = rows(s)
    out = []
    for l1, l2, l3, content, key in INDICATORS:
        if key.startswith("t:"):
            cell = s.texts[key[2:]]
        elif key == "平台订单数量(近一年总量)（个）":
            cell = vals[key][0]
        elif key in ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）") and s.texts.get("私有:" + key):
            cell = s.texts["私有:" + key]
        else:
            cell = vals[key][0]
        proof = s.proofs.get(key, s.proofs.get(key[2:] if key.startswith("t:") else "", DEFAULT_PROOF))
        if key.startswith("t:") and key[2:] not in s.proofs:
            proof = "见申报书第二章" if key[2:] not in ("奖项", "智能工厂") else DEFAULT_PROOF
        out.append((l1, l2, l3, content, cell, proof))
    return out
