"""h87 model: the 附件4 labels, the 指标明细表 rows of the 申报表 (typed from the notice), and `derive`,
which turns a package spec (the platform's primary numbers) into every declared value, consistently:
breakdowns add up, the 填报指引 formulas hold, subsets stay below their totals."""

from __future__ import annotations

LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址',
          '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）',
          '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）',
          '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）',
          '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）',
          '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）',
          '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）',
          '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）',
          '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）',
          '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）',
          '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）',
          '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）',
          '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）',
          '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）',
          '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）',
          '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系',
          '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）',
          '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）',
          '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）',
          '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）',
          '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资',
          '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）',
          '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）',
          '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统',
          '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）',
          '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(LABELS) == 103

# 指标明细表: (一级, 二级, 三级, 内容 as printed, 附件4 label or text key)
_L1 = ["一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"]
TABLE: list[tuple[str, str, str, str, str]] = []


def _rows(l1, l2, l3, items):
    for content, key in items:
        TABLE.append((l1, l2, l3, content, key or content))


_rows(_L1[0], "1.1 战略定位及规划", "1.1.1 战略定位", [("平台定位是否明确", None),
      ("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", None)])
_rows(_L1[0], "1.1 战略定位及规划", "1.1.2 规划制定", [("平台是否被纳入企业战略规划中", None), ("是否制定了平台专项规划", None),
      ("平台团队总人数（人）", "平台团队总人数（人）"), ("其中：运维人数（人）", "运维人数（人）"), ("运营人数（人）", "运营人数（人）"),
      ("其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）")])
_rows(_L1[0], "1.2 资金投入与经营情况", "1.2.1 创新投入情况", [("平台相关研发投入（万元）", "平台相关研发投入（万元）"),
      ("平台相关研发投入强度（%）", "平台相关研发投入强度（%）")])
_rows(_L1[0], "1.2 资金投入与经营情况", "1.2.2 经营情况", [("平台相关营业收入（万元）", "平台相关营业收入（万元）"),
      ("平台利润率（%）", "平台利润率（%）"), ("付费用户占比（%）", "付费用户占比（%）")])
_rows(_L1[1], "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", [
    ("连接的工业设备/产品/产线种类及数量（台/套）", LABELS[24]), ("按二级分类统计工业设备数量（台/套）", LABELS[25]),
    ("按省市区域统计工业设备数量（台/套）", LABELS[26]), ("其中：公有云工业设备连接数量（台/套）", LABELS[27]),
    ("按二级分类统计公有云工业设备数量（台/套）", LABELS[28]), ("按省市区域统计公有云工业设备数量（台/套）", LABELS[29]),
    ("其中：公有云工业设备平均日运行数量（台/套）", LABELS[30]), ("按二级分类统计公有云工业设备平均日运行数量（台/套）", LABELS[31]),
    ("按省市区域统计公有云工业设备平均日运行数量（台/套）", LABELS[32]), ("其中：海外设备连接数量（台/套）", LABELS[33]),
    ("其中：按海外国家分类统计海外设备连接数量", LABELS[34]), ("工业协议兼容适配数量（个）", LABELS[35]), ("其他资源汇聚情况", None)])
_rows(_L1[1], "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", [
    ("工业软件总量（个）", LABELS[36]), ("工业APP数量（个）", LABELS[37]), ("其中：基于平台开发的工业APP数量（个）", LABELS[38]),
    ("云化工业软件数量（个）", LABELS[39]), ("按分类统计工业APP数量（个）", LABELS[40]), ("按行业统计工业APP数量（个）", LABELS[41]),
    ("工业APP平均月活跃数量（个）", LABELS[42]), ("其中：杀手锏APP数量（个）", LABELS[43]),
    ("公有云杀手锏APP平均日在线用户数（个）", LABELS[44]), ("杀手锏APP日活次数（次）", LABELS[45]),
    ("杀手锏APP月平均收入（万元）", LABELS[46]), ("其中：公有云工业APP数量（个）", LABELS[47]),
    ("其中：公有云工业APP平均日活跃数量（个）", LABELS[48]), ("其中：按分类统计公有云工业APP平均日活跃数量（个）", LABELS[49]),
    ("其中：按行业统计公有云工业APP平均日活跃数量（个）", LABELS[50])])
_rows(_L1[1], "2.2 数据管理与挖掘", "2.2.1 数据采集", [("边缘数据处理能力", None), ("其他数据采集能力", None)])
_rows(_L1[1], "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", [
    ("是否支持可拓展云计算能力", None), ("云化服务器算力", None), ("平台实际用云量（台）", LABELS[51]),
    ("平台公有云实际使用数量（台）", LABELS[52]), ("存储容量（TB）", LABELS[53]), ("存储工业数据量（TB）", LABELS[54]),
    ("公有云数据总量（TB）", LABELS[55]), ("存储资源利用率（%）", LABELS[56]), ("数据基础管理能力", None)])
_rows(_L1[1], "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", [
    ("工业机理模型数量（个）", LABELS[57]), ("其中：活跃机理模型数量（一周调用5次以上）（个）", LABELS[58]),
    ("核心工业模型平均月调用用户数量（个）", LABELS[59]), ("按分类统计工业模型数量（个）", LABELS[60]),
    ("是否提供通用建模分析算法", None), ("智能分析算法类型", None), ("数据分析平台均速度（每TB分级/秒级/毫秒级）", LABELS[61])])
_rows(_L1[1], "2.3 微服务部署与调用", "2.3.1 平台微服务情况", [("微服务数量（个）", LABELS[62]),
      ("其中：活跃微服务数量（一周调用5次以上）（个）", LABELS[63])])
_rows(_L1[1], "2.4 平台开发与使用", "2.4.1 平台开发者数量", [("是否建立开发者社区及相关功能", None),
      ("开发者注册总数（个）", LABELS[64]), ("其中：活跃开发者数（个）", LABELS[65])])
_rows(_L1[1], "2.4 平台开发与使用", "2.4.2 应用开发服务能力", [("平台支持开发语言类型", None), ("平台应用开发框架", None),
      ("平台应用开发工具", None)])
_rows(_L1[1], "2.5 安全体系", "2.5.1 安全制度建设", [("是否针对平台制定了安全管理相关制度", LABELS[66]),
      ("建立的安全制度保护了平台的哪些方面", None), ("有否定期开展第三方安全测试/测评", LABELS[67]),
      ("有否定期进行安全扫描", LABELS[68])])
_rows(_L1[1], "2.5 安全体系", "2.5.2 安全技术保障", [("采用何种安全技术情况", None), ("核心数据安全保护手段", None)])
_rows(_L1[2], "3.1 平台应用", "3.1.1 平台应用规模", [
    ("注册企业用户数（个）", LABELS[69]), ("其中：实际服务企业数（个）", LABELS[70]), ("按行业统计服务企业数（个）", LABELS[71]),
    ("按省市区域统计服务企业数（个）", LABELS[72]), ("其中：付费企业数（个）", LABELS[73]), ("其中：服务本市企业数量（个）", LABELS[74]),
    ("其中：服务中小企业数量（个）", LABELS[75]), ("平台订单数量（个），填写近一年总量", LABELS[76]),
    ("平台交易规模年增长率（%）", LABELS[77]), ("工业APP订阅总数量（个）", LABELS[78]),
    ("其中：杀手锏工业APP订阅数量（个）", LABELS[79]), ("工业APP订阅总金额（万元）", LABELS[80]),
    ("平台连接工业设备利用率（%）", LABELS[81]), ("平台国产化率（%）", LABELS[82]), ("平台是否服务上海智能工厂，数量", LABELS[83]),
    ("平台服务园区总数（个）", LABELS[84]), ("平台提供的解决方案总数（个）", LABELS[85]),
    ("其中：按新模式统计解决方案数量（个）", LABELS[86])])
_rows(_L1[2], "3.1 平台应用", "3.1.2 平台应用价值", [
    ("投资回报率（%）", LABELS[87]), ("企业已上市或已获得VC/PE投资", LABELS[88]), ("关键技术自主可控", None),
    ("解决方案累计对企业/用户新增效益", None), ("解决方案累计对企业/用户降低成本", None),
    ("平台连接工业设备运维成本平均下降率（%）", LABELS[89]), ("平台连接工业设备能耗平均下降率（%）", LABELS[90]),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", LABELS[91]), ("平台数据价值挖掘应用能力", None),
    ("工业互联网平台+供应链协同应用情况", None), ("平台有否与新技术的融合应用", None), ("平台现有特色指数（个）", LABELS[92])])
_rows(_L1[2], "3.1 平台应用", "3.1.3 平台带动成效", [
    ("平台核心软硬件技术获得的专利数量（项）", LABELS[93]), ("平台核心软硬件技术获得的软著数量（个）", LABELS[94]),
    ("平台是否有自研形成的核心技术突破", LABELS[95]), ("平台是否具备碳管理服务能力", LABELS[96]),
    ("平台是否融合使用国家标识解析系统", LABELS[97]), ("平台牵头/参与标准制定情况（国家标准、行业标准）", None),
    ("平台获得省部级及以上奖项/荣誉数量（个）", LABELS[98]), ("平台建设与运营带动新增就业人数（人）", LABELS[99]),
    ("平台社会贡献率（%）", LABELS[100]), ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", None)])
_rows(_L1[2], "3.2 平台生态建设", "3.2.1 平台开放", [("是否建立供应链产业链开放共享机制", None),
      ("平台开放共享数据的形式及数量", LABELS[101])])
_rows(_L1[2], "3.2 平台生态建设", "3.2.2 平台生态", [("合作平台数量（个）", LABELS[102]), ("跨平台调用功能建设情况", None),
      ("新产业、新模式培育情况", None)])

LIMITS = {"平台定位是否明确": 50, "其他资源汇聚情况": 200, "云化服务器算力": 50, "平台有否与新技术的融合应用": 300,
          "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "跨平台调用功能建设情况": 200, "新产业、新模式培育情况": 300,
          "平台基本情况介绍": 500, "平台建设成效": 500}

APPENDIX_A = ["采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人", "电工、电子设备",
              "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"]
APPENDIX_B = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
APPENDIX_C = ["采矿", "黑色金属", "有色金属", "石化化工", "建材", "医药", "纺织", "家电", "食品", "烟草", "轻工", "机械", "汽车",
              "航空/航天", "船舶", "轨道交通", "电子", "电力、热力和燃气", "建筑业", "农业", "服务业", "其他"]
APPENDIX_D = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
APPENDIX_E = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
REGIONS = ("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 "
           "甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 大连 青岛 宁波 厦门 深圳 香港 澳门 台湾").split()
CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Integers proportional to weights, every part >= 1, adding up exactly to total (largest remainder)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: max(1, int(v)) for k, v in raw.items()}
    rest = total - sum(out.values())
    order = sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), k))
    i = 0
    while rest != 0:
        k = order[i % len(order)]
        if rest > 0:
            out[k] += 1
            rest -= 1
        elif out[k] > 1:
            out[k] -= 1
            rest += 1
        i += 1
    assert sum(out.values()) == total
    return out


def bd(d: dict[str, int]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def f2(x: float) -> str:
    return f"{x:.2f}"


def comma(x, d=0) -> str:
    return f"{x:,.{d}f}"


def derive(s: dict) -> dict:
    """All declared values: label -> normalized, plus value strings and the derived rates."""
    v: dict = {}
    rev = s["rev"]
    v["平台相关营业收入（万元）"] = rev[2023]
    v["平台近三年经营指标情况"] = {}
    for y in (2021, 2022, 2023):
        v["平台近三年经营指标情况"][f"{y}年平台营收（万元）"] = rev[y]
        v["平台近三年经营指标情况"][f"{y}年增长率（%）"] = pct(rev[y] - rev[y - 1], rev[y - 1])
    v["平台建设金额（万元）"] = s["build_amount"]
    v["平台团队总人数（人）"] = s["ops"] + s["opr"]
    v["运维人数（人）"], v["运营人数（人）"], v["有相关技术职称/从业资格的人数（人）"] = s["ops"], s["opr"], s["qual"]
    v["平台相关研发投入（万元）"] = s["rd"]
    v["平台相关研发投入强度（%）"] = pct(s["rd"], rev[2023])
    v["平台利润率（%）"] = pct(s["profit"], rev[2023])
    v["投资回报率（%）"] = pct(s["profit"], s["build_amount"])
    v["付费用户占比（%）"] = pct(s["paid"], s["registered"])
    # devices
    total, pub, run = s["dev_total"], s["dev_pub"], s["dev_run"]
    overseas = s["overseas"]
    v[LABELS[24]] = total
    v[LABELS[25]] = split(total, s["dev_cat"])
    dom = total - sum(overseas.values())
    reg = split(dom, s["dev_reg"])
    reg.update(overseas)
    v[LABELS[26]] = reg
    v[LABELS[27]] = pub
    v[LABELS[28]] = split(pub, v[LABELS[25]])
    v[LABELS[29]] = split(pub, reg)
    v[LABELS[30]] = run
    v[LABELS[31]] = split(run, v[LABELS[28]])
    v[LABELS[32]] = split(run, v[LABELS[29]])
    v[LABELS[33]] = sum(overseas.values())
    v[LABELS[34]] = dict(overseas) if overseas else None
    v[LABELS[35]] = s["protocols"]
    # software / apps
    v[LABELS[36]], v[LABELS[37]], v[LABELS[38]] = s["software"], s["apps"], s["apps_native"]
    v[LABELS[39]] = s["apps"] - s["apps_native"]
    v[LABELS[40]] = split(s["apps"], s["app_cat"])
    v[LABELS[41]] = split(s["apps"], s["app_ind"])
    v[LABELS[42]], v[LABELS[43]] = s["apps_mau"], 5
    v[LABELS[44]], v[LABELS[45]], v[LABELS[46]] = s["killer_online"], s["killer_daily"], s["killer_income"]
    v[LABELS[47]], v[LABELS[48]] = s["apps_pub"], s["apps_pub_dau"]
    v[LABELS[49]] = split(s["apps_pub_dau"], v[LABELS[40]])
    v[LABELS[50]] = split(s["apps_pub_dau"], v[LABELS[41]])
    # cloud, storage
    v[LABELS[51]], v[LABELS[52]] = s["cloud"], s["cloud_pub"]
    v[LABELS[53]], v[LABELS[54]], v[LABELS[55]] = s["cap"], s["data"], s["pubdata"]
    v[LABELS[56]] = pct(s["data"], s["cap"])
    v[LABELS[57]], v[LABELS[58]], v[LABELS[59]] = s["models"], s["models_active"], s["model_users"]
    v[LABELS[60]] = split(s["models"], s["model_cat"])
    v[LABELS[61]] = s["speed"][0]
    v[LABELS[62]], v[LABELS[63]] = s["ms"], s["ms_active"]
    v[LABELS[64]], v[LABELS[65]] = s["devs"], s["devs_active"]
    v[LABELS[66]] = v[LABELS[67]] = v[LABELS[68]] = True
    # users
    v[LABELS[69]], v[LABELS[70]] = s["registered"], s["served"]
    v[LABELS[71]] = split(s["served"], s["cust_ind"])
    assert sum(s["cust_reg"].values()) == s["served"], sum(s["cust_reg"].values())
    v[LABELS[72]] = dict(s["cust_reg"])
    v[LABELS[73]], v[LABELS[74]], v[LABELS[75]] = s["paid"], s["cust_reg"]["上海"], s["sme"]
    v[LABELS[76]] = {"2023年自然年": s["orders"][0], "截至填表日前一年": s["orders"][1]} if len(s["orders"]) == 2 else None
    v[LABELS[77]] = s["trade_growth"]
    v[LABELS[78]], v[LABELS[79]], v[LABELS[80]] = s["subs"], s["subs_killer"], s["subs_amount"]
    v[LABELS[81]], v[LABELS[82]], v[LABELS[83]] = s["dev_util"], s["localization"], s["smart_factories"]
    v[LABELS[84]], v[LABELS[85]] = s["parks"], s["solutions"]
    v[LABELS[86]] = split(s["solutions"], s["sol_mode"])
    v[LABELS[88]] = s["listed"]
    v[LABELS[89]], v[LABELS[90]], v[LABELS[91]] = s["cost_down"], s["energy_down"], s["safety_up"]
    v[LABELS[92]], v[LABELS[93]], v[LABELS[94]] = s["indices"], s["patents"], s["softc"]
    v[LABELS[95]] = v[LABELS[96]] = v[LABELS[97]] = True
    v[LABELS[98]], v[LABELS[99]], v[LABELS[100]] = s["awards"], s["jobs"], s["social"]
    v[LABELS[101]] = s["open_data"]
    v[LABELS[102]] = s["partners"]
    return v


INT2 = {"平台建设金额（万元）", "平台相关研发投入（万元）", "平台相关营业收入（万元）", "杀手锏APP月平均收入（万元）", "工业APP订阅总金额（万元）",
        "平台实际用云量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）"}


def plain(label: str, n) -> str:
    """The value string a reviewer writes into the 附件4 row."""
    if n is None:
        return ""
    if isinstance(n, bool):
        return "是" if n else "否"
    if isinstance(n, dict):
        if label == "平台近三年经营指标情况":
            return "；".join(f"{y}年平台营收{n[f'{y}年平台营收（万元）']:.2f}万元/增长率{n[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
        return bd(n)
    if isinstance(n, float) or label in INT2 or label.endswith("（%）"):
        return f2(n)
    return str(n)
