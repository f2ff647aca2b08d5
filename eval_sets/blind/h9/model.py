"""Form structure (附件2 指标明细表) typed from the notice, and consistent value synthesis."""
from __future__ import annotations

from collections import OrderedDict

from labels import A4_LABELS

L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"

# (一级, 二级, 三级, 内容, key) ; key = 附件4 label or the 内容 itself for form-only rows
_R = []


def _add(l1, l2, l3, items):
    for it in items:
        if isinstance(it, tuple):
            _R.append((l1, l2, l3, it[0], it[1]))
        else:
            _R.append((l1, l2, l3, it, it))


_add(L1A, "1.1 战略定位及规划", "1.1.1 战略定位", [
    "平台定位是否明确", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"])
_add(L1A, "1.1 战略定位及规划", "1.1.2 规划制定", [
    "平台是否被纳入企业战略规划中", "是否制定了平台专项规划",
    ("平台团队总人数（人）", "平台团队总人数（人）"), ("其中：运维人数（人）", "运维人数（人）"),
    ("运营人数（人）", "运营人数（人）"),
    ("其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）")])
_add(L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", ["平台相关研发投入（万元）", "平台相关研发投入强度（%）"])
_add(L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", ["平台相关营业收入（万元）", "平台利润率（%）", "付费用户占比（%）"])
_add(L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", [
    "连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）",
    "按省市区域统计工业设备数量（台/套）",
    ("其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
    ("其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）",
    ("其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    "工业协议兼容适配数量（个）", "其他资源汇聚情况"])
_add(L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", [
    "工业软件总量（个）", "工业APP数量（个）",
    ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    "云化工业软件数量（个）", "按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）",
    "工业APP平均月活跃数量（个）", ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    "公有云杀手锏APP平均日在线用户数（个）", "杀手锏APP日活次数（次）", "杀手锏APP月平均收入（万元）",
    ("其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）")])
_add(L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", ["边缘数据处理能力", "其他数据采集能力"])
_add(L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", [
    "是否支持可拓展云计算能力", "云化服务器算力", "平台实际用云量（台）", "平台公有云实际使用数量（台）",
    "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）", "存储资源利用率（%）", "数据基础管理能力"])
_add(L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", [
    "工业机理模型数量（个）",
    ("其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    "核心工业模型平均月调用用户数量（个）", "按分类统计工业模型数量（个）", "是否提供通用建模分析算法",
    "智能分析算法类型", "数据分析平台均速度（每TB分级/秒级/毫秒级）"])
_add(L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", [
    "微服务数量（个）", ("其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）")])
_add(L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", [
    "是否建立开发者社区及相关功能", "开发者注册总数（个）", ("其中：活跃开发者数（个）", "活跃开发者数（个）")])
_add(L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", ["平台支持开发语言类型", "平台应用开发框架", "平台应用开发工具"])
_add(L1B, "2.5 安全体系", "2.5.1 安全制度建设", [
    ("是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"), "建立的安全制度保护了平台的哪些方面",
    "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"])
_add(L1B, "2.5 安全体系", "2.5.2 安全技术保障", ["采用何种安全技术情况", "核心数据安全保护手段"])
_add(L1C, "3.1 平台应用", "3.1.1 平台应用规模", [
    "注册企业用户数（个）", ("其中：实际服务企业数（个）", "实际服务企业数（个）"), "按行业统计服务企业数（个）",
    "按省市区域统计服务企业数（个）", ("其中：付费企业数（个）", "付费企业数（个）"),
    ("其中：服务本市企业数量（个）", "服务本市企业数量（个）"), ("其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"), "平台交易规模年增长率（%）",
    "工业APP订阅总数量（个）", ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    "工业APP订阅总金额（万元）", "平台连接工业设备利用率（%）", "平台国产化率（%）",
    "平台是否服务上海智能工厂，数量", "平台服务园区总数（个）", "平台提供的解决方案总数（个）",
    ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）")])
_add(L1C, "3.1 平台应用", "3.1.2 平台应用价值", [
    "投资回报率（%）", ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"), "关键技术自主可控",
    "解决方案累计对企业/用户新增效益", "解决方案累计对企业/用户降低成本",
    "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
    "平台连接工业设备安全生产持续时间平均提升率（%）", "平台数据价值挖掘应用能力",
    "工业互联网平台+供应链协同应用情况", "平台有否与新技术的融合应用", "平台现有特色指数（个）"])
_add(L1C, "3.1 平台应用", "3.1.3 平台带动成效", [
    "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）",
    "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统",
    "平台牵头/参与标准制定情况（国家标准、行业标准）", "平台获得省部级及以上奖项/荣誉数量（个）",
    "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑"])
_add(L1C, "3.2 平台生态建设", "3.2.1 平台开放", ["是否建立供应链产业链开放共享机制", "平台开放共享数据的形式及数量"])
_add(L1C, "3.2 平台生态建设", "3.2.2 平台生态", ["合作平台数量（个）", "跨平台调用功能建设情况", "新产业、新模式培育情况"])

FORM_ROWS = list(_R)
FORM_KEYS = {r[4] for r in FORM_ROWS}

YESNO_LABELS = {"平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破",
                "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统"}

APP_CLASSES = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CLASSES = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, weights: dict) -> "OrderedDict[str, int]":
    """Integer split of total proportional to weights (largest remainder), order kept."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), list(weights).index(k)))[:rest]:
        out[k] += 1
    return OrderedDict((k, out[k]) for k in weights)


def fmt_bd(d: dict, sep="、", colon="：") -> str:
    return sep.join(f"{k}{colon}{v}" for k, v in d.items())


def f2(x: float) -> str:
    return f"{x:.2f}"


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def money(x: float) -> str:
    return f"{x:,.2f}"


def synth(p: dict) -> "OrderedDict[str, tuple[str, object]]":
    """All 附件4 rows (label -> (value string, normalized)) from the primary numbers in p."""
    S: OrderedDict = OrderedDict()

    def put(label, value, norm):
        S[label] = (str(value), norm)

    put("序号", p["no"], p["no"])
    put("企业名称", p["company"], p["company"])
    put("平台名称", p["declared_name"], p["declared_name"])
    put("平台性质", p["nature"], p["nature"])
    c = p["contact"]
    put("联系人姓名", c["name"], c["name"])
    put("联系人手机号", c["mobile"], c["mobile"])
    put("联系人电子邮箱", c["email"], c["email"])
    put("评审会现场地址信息", c["review_addr"], c["review_addr"])
    put("平台网址", p["url"], p["url"])
    put("建设时间", p["build_period"], p["build_period"])
    put("平台建设金额（万元）", f2(p["build_amount"]), p["build_amount"])
    rev = p["rev"]
    g = {y: pct(rev[y] - rev[y - 1], rev[y - 1]) for y in (2021, 2022, 2023)}
    g.update(p.get("growth_override", {}))
    txt = "；".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = rev[y]
        norm[f"{y}年增长率（%）"] = g[y]
    put("平台近三年经营指标情况", txt, norm)
    p["_growth"] = g
    bm = p["build_mode"]
    put("平台建设方式", bm, bm)
    put("平台运营模式", p["op_mode"], p["op_mode"])
    put("部署方式", p["deploy"], p["deploy"])
    t = p["team"]
    put("平台团队总人数（人）", t[0], t[0])
    put("运维人数（人）", t[1], t[1])
    put("运营人数（人）", t[2], t[2])
    put("有相关技术职称/从业资格的人数（人）", t[3], t[3])
    rd, r23, prof = p["rd"], rev[2023], p["profit"]
    put("平台相关研发投入（万元）", f2(rd), rd)
    ri = p.get("rd_intensity", pct(rd, r23))
    put("平台相关研发投入强度（%）", f2(ri), ri)
    put("平台相关营业收入（万元）", f2(r23), r23)
    pm = pct(prof, r23)
    put("平台利润率（%）", f2(pm), pm)
    pu = pct(p["paying"], p["registered"])
    put("付费用户占比（%）", f2(pu), pu)

    dev = p["dev"]
    total, pub, daily = dev["total"], dev["public"], dev["daily"]
    overseas = dev.get("overseas", {})
    cat = split(total, dev["cat_w"])
    dom_total = total - sum(overseas.values())
    region = split(dom_total, dev["region_w"])
    region.update(overseas)
    ov_pub = {k: round(v * pub / total) for k, v in overseas.items()}
    ov_daily = {k: round(v * daily / total) for k, v in overseas.items()}
    pub_cat = split(pub, cat)
    pub_region = split(pub - sum(ov_pub.values()), dev["region_w"])
    pub_region.update(ov_pub)
    daily_cat = split(daily, pub_cat)
    daily_region = split(daily - sum(ov_daily.values()), dev["region_w"])
    daily_region.update(ov_daily)
    p["_dev"] = dict(cat=cat, region=region, pub_cat=pub_cat, pub_region=pub_region, daily_cat=daily_cat,
                     daily_region=daily_region, ov_pub=ov_pub, ov_daily=ov_daily)
    if dev.get("private") is not None:
        put("连接的工业设备/产品/产线种类及数量（台/套）", f"总数{total}台/套，其中私有化部署涉及的相关数量{dev['private']}台/套", total)
    else:
        put("连接的工业设备/产品/产线种类及数量（台/套）", total, total)
    put("按二级分类统计工业设备数量（台/套）", fmt_bd(cat), dict(cat))
    put("按省市区域统计工业设备数量（台/套）", fmt_bd(region), dict(region))
    put("公有云工业设备连接数量（台/套）", pub, pub)
    put("按二级分类统计公有云工业设备数量（台/套）", fmt_bd(pub_cat), dict(pub_cat))
    put("按省市区域统计公有云工业设备数量（台/套）", fmt_bd(pub_region), dict(pub_region))
    put("公有云工业设备平均日运行数量（台/套）", daily, daily)
    put("按二级分类统计公有云工业设备平均日运行数量（台/套）", fmt_bd(daily_cat), dict(daily_cat))
    put("按省市区域统计公有云工业设备平均日运行数量（台/套）", fmt_bd(daily_region), dict(daily_region))
    ovt = sum(overseas.values())
    put("海外设备连接数量（台/套）", ovt, ovt)
    if overseas:
        put("按海外国家分类统计海外设备连接数量（台/套）", fmt_bd(overseas), dict(overseas))
    else:
        put("按海外国家分类统计海外设备连接数量（台/套）", "无", None)
    put("工业协议兼容适配数量（个）", p["protocols"], p["protocols"])

    a = p["app"]
    put("工业软件总量（个）", a["software"], a["software"])
    put("工业APP数量（个）", a["apps"], a["apps"])
    put("基于平台开发的工业APP数量（个）", a["native"], a["native"])
    put("云化工业软件数量（个）", a["apps"] - a["native"], a["apps"] - a["native"])
    app_cls = split(a["apps"], a["cls_w"])
    app_ind = split(a["apps"], a["ind_w"])
    put("按分类统计工业APP数量（个）", fmt_bd(app_cls), dict(app_cls))
    put("按行业统计工业APP数量（个）", fmt_bd(app_ind), dict(app_ind))
    put("工业APP平均月活跃数量（个）", a["mau"], a["mau"])
    put("杀手锏APP数量（个）", 5, 5)
    put("公有云杀手锏APP平均日在线用户数（个）", a["killer_dau"], a["killer_dau"])
    put("杀手锏APP日活次数（次）", a["killer_hits"], a["killer_hits"])
    put("杀手锏APP月平均收入（万元）", f2(a["killer_income"]), a["killer_income"])
    put("公有云工业APP数量（个）", a["pub_apps"], a["pub_apps"])
    put("公有云工业APP平均日活跃数量（个）", a["pub_dau"], a["pub_dau"])
    pcls = split(a["pub_dau"], app_cls)
    pind = split(a["pub_dau"], app_ind)
    put("按分类统计公有云工业APP平均日活跃数量（个）", fmt_bd(pcls), dict(pcls))
    put("按行业统计公有云工业APP平均日活跃数量（个）", fmt_bd(pind), dict(pind))
    p["_app"] = dict(cls=app_cls, ind=app_ind)

    s = p["store"]
    put("平台实际用云量（台）", f2(s["cloud"]), s["cloud"])
    put("平台公有云实际使用数量（台）", s["pub_cloud"], s["pub_cloud"])
    put("存储容量（TB）", f2(s["cap"]), s["cap"])
    put("存储工业数据量（TB）", f2(s["data"]), s["data"])
    put("公有云数据总量（TB）", f2(s["pub_data"]), s["pub_data"])
    su = pct(s["data"], s["cap"])
    put("存储资源利用率（%）", f2(su), su)
    m = p["model"]
    put("工业机理模型数量（个）", m["total"], m["total"])
    put("活跃机理模型数量（一周调用5次以上）（个）", m["active"], m["active"])
    put("核心工业模型平均月调用用户数量（个）", m["core_users"], m["core_users"])
    mc = split(m["total"], m["cls_w"])
    put("按分类统计工业模型数量（个）", fmt_bd(mc), dict(mc))
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", m["speed"], m["speed"][:2])
    put("微服务数量（个）", p["ms"][0], p["ms"][0])
    put("活跃微服务数量（一周调用5次以上）（个）", p["ms"][1], p["ms"][1])
    put("开发者注册总数（个）", p["devs"][0], p["devs"][0])
    put("活跃开发者数（个）", p["devs"][1], p["devs"][1])
    put("平台是否建立安全管理体系", "是", True)
    put("有否定期开展第三方安全测试/测评", "是", True)
    put("有否定期进行安全扫描", "是", True)

    served = p["served"]
    put("注册企业用户数（个）", p["registered"], p["registered"])
    put("实际服务企业数（个）", served, served)
    sind = split(served, p["served_ind_w"])
    sreg = split(served, p["served_reg_w"])
    put("按行业统计服务企业数（个）", fmt_bd(sind), dict(sind))
    put("按省市区域统计服务企业数（个）", fmt_bd(sreg), dict(sreg))
    p["_served"] = dict(ind=sind, reg=sreg)
    put("付费企业数（个）", p["paying"], p["paying"])
    put("服务本市企业数量（个）", sreg["上海"], sreg["上海"])
    put("服务中小企业数量（个）", p["sme"], p["sme"])
    o1, o2 = p["orders"]
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
        {"2023年自然年": o1, "截至填表日前一年": o2})
    put("平台交易规模年增长率（%）", f2(p["trade_growth"]), p["trade_growth"])
    put("工业APP订阅总数量（个）", p["subs"][0], p["subs"][0])
    put("杀手锏工业APP订阅数量（个）", p["subs"][1], p["subs"][1])
    put("工业APP订阅总金额（万元）", f2(p["subs"][2]), p["subs"][2])
    put("平台连接工业设备利用率（%）", f2(p["dev_util"]), p["dev_util"])
    put("平台国产化率（%）", f2(p["domestic"]), p["domestic"])
    put("平台是否服务上海智能工厂，数量", f"是，{len(p['factories'])}家", len(p["factories"]))
    put("平台服务园区总数（个）", p["parks"], p["parks"])
    sol = sum(p["solutions"].values())
    put("平台提供的解决方案总数（个）", sol, sol)
    put("按新模式统计解决方案数量（个）", fmt_bd(p["solutions"]), dict(p["solutions"]))
    roi = pct(prof, p["build_amount"])
    put("投资回报率（%）", f2(roi), roi)
    put("企业是否已上市或已获得VC/PE投资", "是" if p["listed_vc"] else "否", bool(p["listed_vc"]))
    for lab, key in (("平台连接工业设备运维成本平均下降率（%）", "om"), ("平台连接工业设备能耗平均下降率（%）", "energy"),
                     ("平台连接工业设备安全生产持续时间平均提升率（%）", "safety")):
        cases = p["cases_rates"][key]
        avg = round(sum(cases) / 3 + 1e-9, 2)
        put(lab, f2(avg), avg)
    put("平台现有特色指数（个）", len(p["indices"]), len(p["indices"]))
    put("平台核心软硬件技术获得的专利数量（项）", len(p["patents"]), len(p["patents"]))
    put("平台核心软硬件技术获得的软著数量（个）", len(p["copyrights"]), len(p["copyrights"]))
    put("平台是否有自研形成的核心技术突破", "是", True)
    put("平台是否具备碳管理服务能力", "是" if p.get("carbon", True) else "否", p.get("carbon", True))
    put("平台是否融合使用国家标识解析系统", "是" if p.get("idres", True) else "否", p.get("idres", True))
    put("平台获得省部级及以上奖项/荣誉数量（个）", len(p["awards"]), len(p["awards"]))
    put("平台建设与运营带动新增就业人数（人）", p["jobs"], p["jobs"])
    put("平台社会贡献率（%）", f2(p["social"]), p["social"])
    put("平台开放共享数据的形式及数量", p["open_data"], p["open_data"])
    put("合作平台数量（个）", p["partners"], p["partners"])
    assert list(S) == A4_LABELS, [x for x in A4_LABELS if x not in S]
    return S


def form_cells(p: dict, S) -> dict:
    """Text of the 平台实际情况 cell for every FORM_ROWS key (before problem overrides)."""
    cells = {}
    for *_, content, key in FORM_ROWS:
        if key in S:
            cells[key] = S[key][0]
    cells.update(p["texts"])  # form-only and long answers
    missing = [k for k in FORM_KEYS if k not in cells]
    assert not missing, missing
    return cells
