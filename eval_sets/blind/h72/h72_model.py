"""Blind set h72: the notice's structures (附件2 指标明细表, 附件4 rows, 附录A–F) and one package model.

A `Pkg` holds what the applicant declares (values `v` keyed by 附件4 label, qualitative answers `tx`
keyed by 指标明细表 内容), the proof column, the files and their roles, the evidence facts and the
planted problems. Every document of a package and its truth JSON are rendered from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from h72_render import H, P, T, Space, PB, Sheet

# ----------------------------------------------------------------------------------------------
# the notice

ATT4_LABELS = ["序号", "企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息",
               "平台网址", "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "部署方式",
               "平台团队总人数（人）", "运维人数（人）", "运营人数（人）", "有相关技术职称/从业资格的人数（人）",
               "平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台相关营业收入（万元）", "平台利润率（%）", "付费用户占比（%）",
               "连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）",
               "公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
               "公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）",
               "按省市区域统计公有云工业设备平均日运行数量（台/套）", "海外设备连接数量（台/套）",
               "按海外国家分类统计海外设备连接数量（台/套）", "工业协议兼容适配数量（个）", "工业软件总量（个）", "工业APP数量（个）",
               "基于平台开发的工业APP数量（个）", "云化工业软件数量（个）", "按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）",
               "工业APP平均月活跃数量（个）", "杀手锏APP数量（个）", "公有云杀手锏APP平均日在线用户数（个）", "杀手锏APP日活次数（次）",
               "杀手锏APP月平均收入（万元）", "公有云工业APP数量（个）", "公有云工业APP平均日活跃数量（个）",
               "按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）", "平台实际用云量（台）",
               "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）", "存储资源利用率（%）",
               "工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）", "核心工业模型平均月调用用户数量（个）",
               "按分类统计工业模型数量（个）", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "微服务数量（个）",
               "活跃微服务数量（一周调用5次以上）（个）", "开发者注册总数（个）", "活跃开发者数（个）", "平台是否建立安全管理体系",
               "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "注册企业用户数（个）", "实际服务企业数（个）",
               "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）",
               "服务中小企业数量（个）", "平台订单数量(近一年总量)（个）", "平台交易规模年增长率（%）", "工业APP订阅总数量（个）",
               "杀手锏工业APP订阅数量（个）", "工业APP订阅总金额（万元）", "平台连接工业设备利用率（%）", "平台国产化率（%）",
               "平台是否服务上海智能工厂，数量", "平台服务园区总数（个）", "平台提供的解决方案总数（个）", "按新模式统计解决方案数量（个）",
               "投资回报率（%）", "企业是否已上市或已获得VC/PE投资", "平台连接工业设备运维成本平均下降率（%）",
               "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台现有特色指数（个）",
               "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "平台是否有自研形成的核心技术突破",
               "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统", "平台获得省部级及以上奖项/荣誉数量（个）",
               "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）", "平台开放共享数据的形式及数量", "合作平台数量（个）"]

# 指标明细表: (一级, 二级, 三级, 内容 as printed, 附件4 label or "")
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
DETAIL: list[tuple[str, str, str, str, str]] = []


def _d(l1, l2, l3, rows):
    for content, att4 in rows:
        DETAIL.append((l1, l2, l3, content, att4))


_d(L1A, "1.1 战略定位及规划", "1.1.1 战略定位", [
    ("平台定位是否明确", ""),
    ("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "")])
_d(L1A, "1.1 战略定位及规划", "1.1.2 规划制定", [
    ("平台是否被纳入企业战略规划中", ""), ("是否制定了平台专项规划", ""),
    ("平台团队总人数（人）", "平台团队总人数（人）"), ("其中：运维人数（人）", "运维人数（人）"),
    ("运营人数（人）", "运营人数（人）"),
    ("其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）")])
_d(L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", [
    ("平台相关研发投入（万元）", "平台相关研发投入（万元）"), ("平台相关研发投入强度（%）", "平台相关研发投入强度（%）")])
_d(L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", [
    ("平台相关营业收入（万元）", "平台相关营业收入（万元）"), ("平台利润率（%）", "平台利润率（%）"),
    ("付费用户占比（%）", "付费用户占比（%）")])
_d(L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", [
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
    ("其他资源汇聚情况", "")])
_d(L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", [
    ("工业软件总量（个）", "工业软件总量（个）"), ("工业APP数量（个）", "工业APP数量（个）"),
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
    ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）")])
_d(L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", [("边缘数据处理能力", ""), ("其他数据采集能力", "")])
_d(L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", [
    ("是否支持可拓展云计算能力", ""), ("云化服务器算力", ""),
    ("平台实际用云量（台）", "平台实际用云量（台）"), ("平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    ("存储容量（TB）", "存储容量（TB）"), ("存储工业数据量（TB）", "存储工业数据量（TB）"),
    ("公有云数据总量（TB）", "公有云数据总量（TB）"), ("存储资源利用率（%）", "存储资源利用率（%）"),
    ("数据基础管理能力", "")])
_d(L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", [
    ("工业机理模型数量（个）", "工业机理模型数量（个）"),
    ("其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    ("按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    ("是否提供通用建模分析算法", ""), ("智能分析算法类型", ""),
    ("数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）")])
_d(L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", [
    ("微服务数量（个）", "微服务数量（个）"),
    ("其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）")])
_d(L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", [
    ("是否建立开发者社区及相关功能", ""), ("开发者注册总数（个）", "开发者注册总数（个）"),
    ("其中：活跃开发者数（个）", "活跃开发者数（个）")])
_d(L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", [
    ("平台支持开发语言类型", ""), ("平台应用开发框架", ""), ("平台应用开发工具", "")])
_d(L1B, "2.5 安全体系", "2.5.1 安全制度建设", [
    ("是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    ("建立的安全制度保护了平台的哪些方面", ""),
    ("有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    ("有否定期进行安全扫描", "有否定期进行安全扫描")])
_d(L1B, "2.5 安全体系", "2.5.2 安全技术保障", [("采用何种安全技术情况", ""), ("核心数据安全保护手段", "")])
_d(L1C, "3.1 平台应用", "3.1.1 平台应用规模", [
    ("注册企业用户数（个）", "注册企业用户数（个）"), ("其中：实际服务企业数（个）", "实际服务企业数（个）"),
    ("按行业统计服务企业数（个）", "按行业统计服务企业数（个）"),
    ("按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）"),
    ("其中：付费企业数（个）", "付费企业数（个）"), ("其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    ("其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
    ("平台交易规模年增长率（%）", "平台交易规模年增长率（%）"),
    ("工业APP订阅总数量（个）", "工业APP订阅总数量（个）"),
    ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    ("工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）"),
    ("平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）"),
    ("平台国产化率（%）", "平台国产化率（%）"),
    ("平台是否服务上海智能工厂，数量", "平台是否服务上海智能工厂，数量"),
    ("平台服务园区总数（个）", "平台服务园区总数（个）"),
    ("平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）"),
    ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）")])
_d(L1C, "3.1 平台应用", "3.1.2 平台应用价值", [
    ("投资回报率（%）", "投资回报率（%）"),
    ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    ("关键技术自主可控", ""), ("解决方案累计对企业/用户新增效益", ""), ("解决方案累计对企业/用户降低成本", ""),
    ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    ("平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    ("平台数据价值挖掘应用能力", ""), ("工业互联网平台+供应链协同应用情况", ""),
    ("平台有否与新技术的融合应用", ""), ("平台现有特色指数（个）", "平台现有特色指数（个）")])
_d(L1C, "3.1 平台应用", "3.1.3 平台带动成效", [
    ("平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    ("平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    ("平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
    ("平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
    ("平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
    ("平台牵头/参与标准制定情况（国家标准、行业标准）", ""),
    ("平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    ("平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    ("平台社会贡献率（%）", "平台社会贡献率（%）"),
    ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "")])
_d(L1C, "3.2 平台生态建设", "3.2.1 平台开放", [
    ("是否建立供应链产业链开放共享机制", ""),
    ("平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量")])
_d(L1C, "3.2 平台生态建设", "3.2.2 平台生态", [
    ("合作平台数量（个）", "合作平台数量（个）"), ("跨平台调用功能建设情况", ""), ("新产业、新模式培育情况", "")])


def level_groups() -> list[tuple[int, int, int]]:
    """(level, first, last) index ranges of DETAIL rows sharing 一级 / 二级 / 三级 cells (only ranges > 1 row)."""
    out = []
    n = len(DETAIL)
    for k in range(3):
        i = 0
        while i < n:
            j = i
            while j + 1 < n and DETAIL[j + 1][:k + 1] == DETAIL[i][:k + 1]:
                j += 1
            if j > i:
                out.append((k, i, j))
            i = j + 1
    return out


def level_heads() -> list[list[bool]]:
    """For each level, whether DETAIL row i starts a new cell."""
    return [[i == 0 or DETAIL[i][:k + 1] != DETAIL[i - 1][:k + 1] for i in range(len(DETAIL))] for k in range(3)]


APPX_A = ["采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人",
          "电工、电子设备", "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"]
APPX_B = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
APPX_C = ["采矿", "黑色金属", "有色金属", "石化化工", "建材", "医药", "纺织", "家电", "食品", "烟草", "轻工", "机械", "汽车",
          "航空/航天", "船舶", "轨道交通", "电子", "电力、热力和燃气", "建筑业", "农业", "服务业", "其他"]
APPX_D = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
APPX_E = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
APPX_F = ["北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
          "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏",
          "新疆", "大连", "青岛", "宁波", "厦门", "深圳", "香港", "澳门", "台湾"]

# char limits of the 填报指引 (non-whitespace characters), for the answers that have one
CHAR_LIMITS = {"平台基本情况介绍": 500, "平台建设成效": 500, "平台定位是否明确": 50, "其他资源汇聚情况": 200,
               "云化服务器算力": 50, "平台有否与新技术的融合应用": 300, "跨平台调用功能建设情况": 200,
               "新产业、新模式培育情况": 300, "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300}

BREAKDOWN_CATS = {
    "按二级分类统计工业设备数量（台/套）": APPX_A, "按二级分类统计公有云工业设备数量（台/套）": APPX_A,
    "按二级分类统计公有云工业设备平均日运行数量（台/套）": APPX_A,
    "按分类统计工业APP数量（个）": APPX_B, "按分类统计公有云工业APP平均日活跃数量（个）": APPX_B,
    "按行业统计工业APP数量（个）": APPX_C, "按行业统计公有云工业APP平均日活跃数量（个）": APPX_C,
    "按行业统计服务企业数（个）": APPX_C, "按分类统计工业模型数量（个）": APPX_D, "按新模式统计解决方案数量（个）": APPX_E,
}
REGION_ROWS = ["按省市区域统计工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
               "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计服务企业数（个）"]

# ----------------------------------------------------------------------------------------------
# arithmetic


def d2(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def r2(x) -> float:
    return float(d2(x))


def rate(num, den) -> float:
    """num ÷ den × 100, 2 decimals, half up."""
    return float((Decimal(str(num)) / Decimal(str(den)) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def growth(cur, prev) -> float:
    return float(((Decimal(str(cur)) / Decimal(str(prev)) - 1) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def mean3(a, b, c) -> float:
    return float(((Decimal(str(a)) + Decimal(str(b)) + Decimal(str(c))) / 3).quantize(Decimal("0.01"), ROUND_HALF_UP))


def apportion(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of total over the keys, in the keys' order."""
    tw = sum(weights.values())
    raw = {k: total * w / tw for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    order = sorted(weights, key=lambda k: (-(raw[k] - out[k]), list(weights).index(k)))
    for k in order[:rest]:
        out[k] += 1
    return out


def wan(yuan_decimal: Decimal) -> float:
    return float((yuan_decimal / 10000).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(x, decimals: int = 2) -> str:
    """14870.92 → '14,870.92'."""
    return f"{Decimal(str(x)):,.{decimals}f}"


def intc(x: int) -> str:
    return f"{x:,}"


def nchars(text: str) -> int:
    return len("".join(text.split()))


# ----------------------------------------------------------------------------------------------
# the package model


@dataclass
class Pkg:
    pid: str
    description: str
    list_no: int
    listed_name: str
    company: str
    p2023: bool
    declared_name: str
    short: str  # short company name for file names and text
    delivery: str = "folder"
    top: str = ""  # zip top folder
    layout: list[str] = field(default_factory=list)
    nature: str = ""
    contact: dict = field(default_factory=dict)
    comp: dict = field(default_factory=dict)  # 企业基本情况
    plat: dict = field(default_factory=dict)  # 平台基本情况 (build time, mode, url …)
    rev: dict[int, float] = field(default_factory=dict)  # declared platform revenue 2020–2023 (2020 = growth base)
    v: dict = field(default_factory=dict)  # 附件4 label → normalized declared value
    tx: dict[str, str] = field(default_factory=dict)  # 明细表 内容 → cell text (qualitative / display)
    proof: dict[str, str] = field(default_factory=dict)  # 明细表 内容 → 证明资料 cell
    numfmt: str = "plain"  # plain | comma | unit
    files: dict[str, str] = field(default_factory=dict)
    facts: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)  # platform claims of the 申报书: label, value, quote, rel
    secrets: list[str] = field(default_factory=list)
    summary_style: str = "vertical"

    # ---- facts -------------------------------------------------------------------------------
    def fact(self, label, value, unit, normalized, file, page, quote=None, row_label="", column_label="",
             component="", image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row_label,
                               column_label=column_label, component=component, image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))


# ----------------------------------------------------------------------------------------------
# derived declared values


def growth_rows(pkg: Pkg) -> dict[str, float]:
    r = pkg.rev
    out = {}
    for y in (2021, 2022, 2023):
        out[f"{y}年平台营收（万元）"] = r[y]
        out[f"{y}年增长率（%）"] = growth(r[y], r[y - 1])
    return out


def derive(pkg: Pkg, rd: float, profit: float) -> None:
    """Fill the formula rows of v from the declared primaries (revenue, R&D, profit, users …)."""
    v = pkg.v
    v["平台相关营业收入（万元）"] = pkg.rev[2023]
    v["平台相关研发投入（万元）"] = rd
    v["平台相关研发投入强度（%）"] = rate(rd, pkg.rev[2023])
    v["平台利润率（%）"] = rate(profit, pkg.rev[2023])
    v["投资回报率（%）"] = rate(profit, pkg.plat["amount"])
    v["平台建设金额（万元）"] = pkg.plat["amount"]
    v["付费用户占比（%）"] = rate(v["付费企业数（个）"], v["注册企业用户数（个）"])
    v["存储资源利用率（%）"] = rate(v["存储工业数据量（TB）"], v["存储容量（TB）"])
    v["平台近三年经营指标情况"] = growth_rows(pkg)
    cases = pkg.plat["cases"]
    v["平台连接工业设备运维成本平均下降率（%）"] = mean3(*[c["om"] for c in cases])
    v["平台连接工业设备能耗平均下降率（%）"] = mean3(*[c["energy"] for c in cases])
    v["平台连接工业设备安全生产持续时间平均提升率（%）"] = mean3(*[c["safety"] for c in cases])


def device_breakdowns(pkg: Pkg, cats: dict[str, int], regions: dict[str, int], public: int, daily: int,
                      overseas_keys: list[str]) -> None:
    v = pkg.v
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = sum(cats.values())
    assert sum(regions.values()) == sum(cats.values()), (pkg.pid, sum(regions.values()), sum(cats.values()))
    v["按二级分类统计工业设备数量（台/套）"] = dict(cats)
    v["按省市区域统计工业设备数量（台/套）"] = dict(regions)
    v["公有云工业设备连接数量（台/套）"] = public
    v["按二级分类统计公有云工业设备数量（台/套）"] = apportion(public, cats)
    v["按省市区域统计公有云工业设备数量（台/套）"] = apportion(public, regions)
    v["公有云工业设备平均日运行数量（台/套）"] = daily
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = apportion(daily, v["按二级分类统计公有云工业设备数量（台/套）"])
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = apportion(daily, v["按省市区域统计公有云工业设备数量（台/套）"])
    ov = {k: regions[k] for k in overseas_keys}
    v["海外设备连接数量（台/套）"] = sum(ov.values())
    v["按海外国家分类统计海外设备连接数量（台/套）"] = ov or None


# ----------------------------------------------------------------------------------------------
# formatting of declared values


def fnum(x, style="plain", unit=""):
    if isinstance(x, bool):
        return "是" if x else "否"
    if isinstance(x, int):
        s = intc(x) if style in ("comma",) else str(x)
    else:
        s = money(x) if style == "comma" else f"{Decimal(str(x)):.2f}"
    if style == "unit" and unit:
        s += unit
    return s


def fdict(d: dict | None, style="plain", sep="、", kv="：", unit="") -> str:
    if not d:
        return "无"
    return sep.join(f"{k}{kv}{fnum(v, style if style != 'unit' else 'plain')}{unit if style == 'unit' else ''}"
                    for k, v in d.items())


def fyears(g: dict[str, float], style="plain") -> str:
    parts = []
    for y in (2021, 2022, 2023):
        parts.append(f"{y}年平台营收{fnum(g[f'{y}年平台营收（万元）'], style)}万元/增长率{fnum(g[f'{y}年增长率（%）'])}%")
    return "；".join(parts)


def forders(o: dict[str, int]) -> str:
    return f"2023年自然年：{o['2023年自然年']}个；截至填表日前一年：{o['截至填表日前一年']}个"


_UNITS = {"（台/套）": "台/套", "（个）": "个", "（万元）": "万元", "（%）": "%", "（人）": "人", "（项）": "项", "（次）": "次",
          "（TB）": "TB", "（台）": "台"}


def unit_of(label: str) -> str:
    for suf, u in _UNITS.items():
        if label.endswith(suf):
            return u
    return ""


def summary_rows(pkg: Pkg) -> list[dict]:
    """The 103 附件4 rows as a reviewer fills them from the 申报表."""
    c, p, v = pkg.contact, pkg.plat, pkg.v
    rows = []

    def add(label, value, norm):
        rows.append(dict(label=label, value=value, normalized=norm))

    add("序号", str(pkg.list_no), pkg.list_no)
    add("企业名称", pkg.company, pkg.company)
    add("平台名称", pkg.declared_name, pkg.declared_name)
    add("平台性质", pkg.nature, pkg.nature)
    add("联系人姓名", c["name"], c["name"])
    add("联系人手机号", c["mobile"], c["mobile"])
    add("联系人电子邮箱", c["email"], c["email"])
    add("评审会现场地址信息", c["address"], c["address"])
    add("平台网址", p["url"], p["url"])
    add("建设时间", p["build_time"], p["build_time"])
    add("平台建设金额（万元）", fnum(p["amount"]), p["amount"])
    g = v["平台近三年经营指标情况"]
    add("平台近三年经营指标情况", fyears(g), dict(g))
    add("平台建设方式", p["construct"], p["construct"])
    add("平台运营模式", p["operate"], p["operate"])
    add("部署方式", p["deploy"], p["deploy"])
    for label in ATT4_LABELS[15:]:
        val = v.get(label)
        if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            add(label, p["speed"], p["speed_level"])
        elif label == "平台开放共享数据的形式及数量":
            add(label, val, val)
        elif label == "平台订单数量(近一年总量)（个）":
            add(label, forders(val), dict(val))
        elif label == "平台是否服务上海智能工厂，数量":
            add(label, f"是，{val}家" if val else "否", val)
        elif label == "平台近三年经营指标情况":
            continue
        elif val is None:
            add(label, "", None)
        elif isinstance(val, dict):
            add(label, fdict(val), dict(val))
        elif isinstance(val, bool):
            add(label, "是" if val else "否", val)
        else:
            add(label, fnum(val), val)
    assert [r["label"] for r in rows] == ATT4_LABELS, [r["label"] for r in rows]
    return rows


# ----------------------------------------------------------------------------------------------
# 申报表 (附件2)


def cell_text(pkg: Pkg, content: str, att4: str) -> str:
    """The 平台实际情况 cell of one 明细表 row."""
    if content in pkg.tx:
        return pkg.tx[content]
    v = pkg.v
    val = v.get(att4)
    st = pkg.numfmt
    unit = unit_of(att4)
    if att4 == "平台订单数量(近一年总量)（个）":
        return forders(val)
    if isinstance(val, dict):
        return fdict(val, st, unit=unit)
    if val is None:
        return "无" if att4.startswith("按海外") else ""
    if isinstance(val, bool):
        return "是" if val else "否"
    if isinstance(val, (int, float)):
        return fnum(val, st, unit if st == "unit" else "")
    return str(val)


def cover_blocks(pkg: Pkg, title: str, date: str) -> list:
    c = pkg.contact
    return [Space(60), H("上海市工业互联网平台应用水平评价", 0), H(title, 0), Space(40),
            P(f"申报年度：2024年度", "left", False, 14),
            P(f"平台名称：{pkg.declared_name}", "left", False, 14),
            P(f"申报单位：{pkg.company}（公章）", "left", False, 14),
            P(f"联 系 人：{c['name']}", "left", False, 14),
            P(f"联系人电话：{c['mobile']}", "left", False, 14), Space(90),
            P("上海市经济和信息化委员会制", "center", False, 13), P(date, "center", False, 13), PB()]


def form_blocks(pkg: Pkg, with_cover=True) -> list:
    c, co, p, v = pkg.contact, pkg.comp, pkg.plat, pkg.v
    blocks = cover_blocks(pkg, "申报表", "2024年7月15日") if with_cover else []
    blocks.append(H("一、企业基本情况", 1))
    rows = [
        ["单位（企业）名称", pkg.company, "单位（企业）代码", co["code"]],
        ["成立日期", co["founded"], "注册地及所在行政区", co["reg"]],
        ["企业类型", co["type"], "注册资本", co["capital"]],
        ["主营业务", co["business"], "", ""],
        ["法定代表人", co["legal"], "联系人", c["name"]],
        ["职务", c["title"], "联系人手机", c["mobile"]],
        ["传真", co["fax"], "电子邮箱", c["email"]],
        ["股权结构", "发起人及出资信息", "金额", "持股比例"],
    ]
    spans = [(1, 3, 3, 3)]
    for holder, amount, pct in co["holders"]:
        rows.append(["", holder, amount, pct])
    spans.append((0, 7, 0, 7 + len(co["holders"])))
    r0 = len(rows)
    rows.append(["申报单位上一年度经营状况（2023年）", "", "", ""])
    spans.append((0, r0, 3, r0))
    rows.append(["总资产（万元）", co["assets"], "主营业务收入（万元）", co["revenue"]])
    rows.append(["主营业务收入增长率（%）", co["growth"], "负债率（%）", co["debt"]])
    rows.append(["利润总额（万元）", co["profit"], "税金（万元）", co["tax"]])
    blocks.append(T(rows, [1.3, 2.2, 1.3, 1.8], spans, header_rows=0, size=9))
    blocks.append(H("二、平台基本情况", 1))
    g = v["平台近三年经营指标情况"]
    years = "\n".join(
        f"{y}年平台营收{fnum(g[f'{y}年平台营收（万元）'], pkg.numfmt if pkg.numfmt != 'unit' else 'plain')}万元/增长率"
        f"{fnum(g[f'{y}年增长率（%）'])}%" for y in (2021, 2022, 2023))
    rows = [
        ["平台名称", pkg.declared_name],
        ["建设时间", p["build_time_cn"]],
        ["平台建设金额（万元）", fnum(p["amount"], pkg.numfmt if pkg.numfmt != "unit" else "plain")],
        ["平台近三年经营指标情况", years + "\n注：此处数据已将平台相关收益单列，非整个公司的财务数据。"],
        ["平台建设方式", p["construct_cell"]],
        ["平台运营模式", p["operate_cell"]],
        ["IaaS基础设施", p["iaas_cell"]],
        ["部署方式", p["deploy_cell"]],
        ["平台网址", f"{p['url']}\n演示账号：{p['account']}  密码：{p['password']}"],
        ["平台基本情况介绍", p["intro"]],
        ["平台建设成效", p["effects"]],
    ]
    blocks.append(T(rows, [1.4, 5.0], [], header_rows=0, size=9))
    blocks.append(H("三、上海市工业互联网平台应用水平评价指标明细表", 1))
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    spans = []
    heads = level_heads()
    for i, (l1, l2, l3, content, att4) in enumerate(DETAIL):
        rows.append([l1 if heads[0][i] else "", l2 if heads[1][i] else "", l3 if heads[2][i] else "", content,
                     cell_text(pkg, content, att4), pkg.proof.get(content, "")])
    for k, a, b in level_groups():
        spans.append((k, 1 + a, k, 1 + b))
    blocks.append(T(rows, [0.9, 0.9, 1.0, 2.0, 3.6, 1.6], spans, header_rows=1, size=7.5, pdf_span_max=20))
    blocks.append(Space(10))
    blocks.append(P(f"申报单位（盖章）：{pkg.company}", "right", False))
    blocks.append(P("2024年7月15日", "right", False))
    return blocks


def form_sheets(pkg: Pkg) -> list[Sheet]:
    """The same 申报表 as an XLSX workbook (numbers as numbers in the 明细表)."""
    c, co, p, v = pkg.contact, pkg.comp, pkg.plat, pkg.v
    s1 = [["上海市工业互联网平台应用水平评价申报表（2024年度）", None, None, None],
          ["一、企业基本情况", None, None, None],
          ["单位（企业）名称", pkg.company, "单位（企业）代码", co["code"]],
          ["成立日期", co["founded"], "注册地及所在行政区", co["reg"]],
          ["企业类型", co["type"], "注册资本", co["capital"]],
          ["主营业务", co["business"], None, None],
          ["法定代表人", co["legal"], "联系人", c["name"]],
          ["职务", c["title"], "联系人手机", c["mobile"]],
          ["传真", co["fax"], "电子邮箱", c["email"]],
          ["股权结构：发起人及出资信息", "金额", "持股比例", None]]
    for holder, amount, pct in co["holders"]:
        s1.append([holder, amount, pct, None])
    s1 += [["申报单位上一年度经营状况（2023年）", None, None, None],
           ["总资产（万元）", co["assets"], "主营业务收入（万元）", co["revenue"]],
           ["主营业务收入增长率（%）", co["growth"], "负债率（%）", co["debt"]],
           ["利润总额（万元）", co["profit"], "税金（万元）", co["tax"]]]
    g = v["平台近三年经营指标情况"]
    s2 = [["二、平台基本情况", None],
          ["平台名称", pkg.declared_name],
          ["建设时间", p["build_time_cn"]],
          ["平台建设金额（万元）", p["amount"]]]
    for y in (2021, 2022, 2023):
        s2.append([f"{y}年平台营收（万元）/增长率（%）",
                   f"{fnum(g[f'{y}年平台营收（万元）'])}万元/{fnum(g[f'{y}年增长率（%）'])}%"])
    s2 += [["平台建设方式", p["construct_cell"]], ["平台运营模式", p["operate_cell"]], ["IaaS基础设施", p["iaas_cell"]],
           ["部署方式", p["deploy_cell"]],
           ["平台网址", f"{p['url']}（演示账号：{p['account']}，密码：{p['password']}）"],
           ["平台基本情况介绍", p["intro"]], ["平台建设成效", p["effects"]]]
    s3 = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    heads = level_heads()
    for i, (l1, l2, l3, content, att4) in enumerate(DETAIL):
        val = v.get(att4) if att4 else None
        if content in pkg.tx or not att4 or isinstance(val, (dict, bool)) or val is None \
                or att4 == "平台订单数量(近一年总量)（个）":
            cell = cell_text(pkg, content, att4)
        else:
            cell = val
        s3.append([l1 if heads[0][i] else None, l2 if heads[1][i] else None, l3 if heads[2][i] else None,
                   content, cell, pkg.proof.get(content) or None])
    merges = [f"{'ABC'[k]}{2 + a}:{'ABC'[k]}{2 + b}" for k, a, b in level_groups()]
    return [Sheet("企业基本情况", s1, [26, 40, 22, 30], ["A1:D1", "A2:D2", "B6:D6"], header_rows=1),
            Sheet("平台基本情况", s2, [28, 100], [], header_rows=1),
            Sheet("指标明细表", s3, [14, 14, 16, 34, 60, 26], merges, header_rows=1)]


# ----------------------------------------------------------------------------------------------
# 附件4 汇总表, 附件1 联系人表, 附件5 承诺

ATT4_PRINT = {  # the 附件4 wording where the printed label differs from the truth label
    "建设时间": "建设时间（YYYY.MM.DD-YYYY.MM.DD）",
    "平台建设方式": "平台建设方式（自建、合作共建，合作共建的填写合建企业名称）",
    "平台运营模式": "平台运营模式（自运营、联合运营、委托运营）",
}


def summary_value(row: dict) -> str | int | float:
    return row["value"]


def summary_sheets(pkg: Pkg, style: str) -> list[Sheet]:
    rows = summary_rows(pkg)
    if style == "horizontal":
        head = [ATT4_PRINT.get(r["label"], r["label"]) for r in rows]
        vals = [_xl(r) for r in rows]
        return [Sheet("平台基本情况汇总表", [head, vals], [18] * len(head), [], header_rows=1)]
    if style == "grouped":
        groups = [("一、基本信息", 0), ("二、平台基础情况", 15), ("三、平台关键技术能力", 24), ("四、平台效益及可持续发展能力", 68)]
        out = [["序号", "项目", "填报内容"]]
        bold = []
        gi = 0
        n = 0
        for i, r in enumerate(rows):
            if gi < len(groups) and i == groups[gi][1]:
                out.append([None, groups[gi][0], None])
                bold.append(len(out))
                gi += 1
            n += 1
            out.append([n, ATT4_PRINT.get(r["label"], r["label"]), _xl(r)])
        return [Sheet("附件4", out, [8, 46, 70], [], header_rows=1, bold_rows=bold)]
    out = [["平台基本情况汇总表", None], ["项目", "内容"]]
    for r in rows:
        out.append([ATT4_PRINT.get(r["label"], r["label"]), _xl(r)])
    return [Sheet("汇总表", out, [46, 80], ["A1:B1"], header_rows=2)]


def _xl(row: dict):
    n = row["normalized"]
    if isinstance(n, bool) or n is None or isinstance(n, (dict, str)):
        return row["value"]
    if row["label"] == "平台是否服务上海智能工厂，数量":
        return row["value"]
    return n


def contact_blocks(pkg: Pkg) -> list:
    c = pkg.contact
    b = c["backup"]
    return [H("附件1", 2), H("联系人信息反馈表", 0), P("2024年度上海市工业互联网平台应用水平评价工作", "center", False),
            H("一、联系人信息反馈", 2),
            T([["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
               ["联系人（主）", c["name"], pkg.company, c["title"], c["mobile"], c["email"]],
               ["联系人（备用）", b["name"], pkg.company, b["title"], b["mobile"], b["email"]]],
              [1.2, 0.8, 2.2, 1.3, 1.3, 2.2], [], 1, 9),
            H("二、评审会现场地址信息反馈", 2),
            P(f"具体地址：{c['address']}", "left", False),
            P("该场地可满足平台功能现场操作演示及现场答辩需求，配备投影及有线网络。", "left", False)]


def commitment_blocks(pkg: Pkg) -> list:
    return [Space(30), H("真实性承诺", 0), Space(20),
            P("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
              "如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
            P("特此承诺。"), Space(80),
            P(f"申报单位：{pkg.company}（盖章）", "left", False, 12),
            Space(30), P("法定代表人：            （签章）", "left", False, 12), Space(30),
            P("2024年7月15日", "right", False, 12)]
