"""One package's declared values (the 申报表) and the non-financial evidence, consistent by construction."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from notice import APPENDIX_B, APPENDIX_D, APPENDIX_E, DETAIL, LABELS


def f2(x: float) -> str:
    return f"{x:.2f}"


def r2(x: float) -> float:
    return round(x + (1e-9 if x >= 0 else -1e-9), 2)


def yuan(x: float, neg: str = "paren") -> str:
    """1,234,567.89 ; negatives as (1,234,567.89) or -1,234,567.89."""
    s = f"{abs(x):,.2f}"
    if x < 0:
        return f"({s})" if neg == "paren" else f"-{s}"
    return s


def split(total: int, weights: list[float]) -> list[int]:
    raw = [total * w / sum(weights) for w in weights]
    out = [int(v) for v in raw]
    rest = total - sum(out)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[:rest]:
        out[i] += 1
    return out


def bd(keys: list[str], vals: list[int]) -> tuple[str, dict]:
    return "、".join(f"{k}：{v}" for k, v in zip(keys, vals)), dict(zip(keys, vals))


@dataclass
class Pkg:
    pid: str
    list_no: int
    listed_name: str
    company: str
    declared_name: str
    p2023: bool
    seed: int
    short: str
    contact: tuple[str, str, str, str]  # name, title, phone, email
    address: str
    url: str
    account: str
    password: str
    nature: str
    build_time: tuple[str, str]  # ("2019年3月", "2023年12月") and value "2019.03-2023.12"
    build_value: str
    build_amount: float
    build_mode: str
    op_mode: str
    iaas: str
    deploy: str
    intro_focus: str
    dev_cats: list[str]
    regions: list[str]
    overseas: list[str]
    industries: list[str]
    V: dict = field(default_factory=dict)  # label -> (value, normalized)
    T: dict = field(default_factory=dict)  # text answers
    form_cell: dict = field(default_factory=dict)  # label -> text printed in the 申报表 when it differs
    summary_cell: dict = field(default_factory=dict)  # label -> text printed in the 汇总表 when it differs
    proofs: dict = field(default_factory=dict)  # label -> 证明资料 text
    lists: dict = field(default_factory=dict)  # evidence lists (patents, softcopies, awards…)

    def set(self, label: str, value: str, norm) -> None:
        assert label in LABELS, label
        self.V[label] = (value, norm)


def gen_common(p: Pkg, scale: float = 1.0) -> None:
    rng = random.Random(p.seed)
    name, title, phone, email = p.contact
    p.set("序号", str(p.list_no), p.list_no)
    p.set("企业名称", p.company, p.company)
    p.set("平台名称", p.declared_name, p.declared_name)
    p.set("平台性质", p.nature, p.nature)
    p.set("联系人姓名", name, name)
    p.set("联系人手机号", phone, phone)
    p.set("联系人电子邮箱", email, email)
    p.set("评审会现场地址信息", p.address, p.address)
    p.set("平台网址", p.url, p.url)
    p.set("建设时间", p.build_value, p.build_value)
    p.set("平台建设金额（万元）", f2(p.build_amount), p.build_amount)
    p.set("平台建设方式", p.build_mode, p.build_mode)
    p.set("平台运营模式", p.op_mode, p.op_mode)
    p.set("部署方式", p.deploy, p.deploy)
    ops, opr = rng.randint(60, 110), rng.randint(30, 70)
    p.set("平台团队总人数（人）", str(ops + opr), ops + opr)
    p.set("运维人数（人）", str(ops), ops)
    p.set("运营人数（人）", str(opr), opr)
    q = int((ops + opr) * rng.uniform(0.6, 0.8))
    p.set("有相关技术职称/从业资格的人数（人）", str(q), q)
    # devices
    total = int(rng.randint(9000, 26000) * scale)
    ov_total = rng.randint(120, 420)
    w_cat = [rng.uniform(1, 5) for _ in p.dev_cats]
    w_reg = [rng.uniform(1, 6) for _ in p.regions]
    w_ov = [rng.uniform(1, 3) for _ in p.overseas]
    cats = split(total, w_cat)
    ovs = split(ov_total, w_ov)
    regs = split(total - ov_total, w_reg) + ovs
    pub = int(total * rng.uniform(0.35, 0.55))
    daily = int(pub * rng.uniform(0.55, 0.75))
    pub_ov, daily_ov = int(ov_total * pub / total), int(ov_total * daily / total)
    rkeys = p.regions + p.overseas
    for lab, tot, ov in (("", total, None), ("公有云", pub, pub_ov), ("日", daily, daily_ov)):
        c = cats if lab == "" else split(tot, cats)
        r = regs if lab == "" else split(tot - ov, regs[: len(p.regions)]) + split(ov, ovs)
        if lab == "":
            p.set("连接的工业设备/产品/产线种类及数量（台/套）", str(tot), tot)
            p.set("按二级分类统计工业设备数量（台/套）", *bd(p.dev_cats, c))
            p.set("按省市区域统计工业设备数量（台/套）", *bd(rkeys, r))
        elif lab == "公有云":
            p.set("公有云工业设备连接数量（台/套）", str(tot), tot)
            p.set("按二级分类统计公有云工业设备数量（台/套）", *bd(p.dev_cats, c))
            p.set("按省市区域统计公有云工业设备数量（台/套）", *bd(rkeys, r))
        else:
            p.set("公有云工业设备平均日运行数量（台/套）", str(tot), tot)
            p.set("按二级分类统计公有云工业设备平均日运行数量（台/套）", *bd(p.dev_cats, c))
            p.set("按省市区域统计公有云工业设备平均日运行数量（台/套）", *bd(rkeys, r))
        p.lists.setdefault("dev", {})[lab or "总"] = (tot, c, r)
    p.set("海外设备连接数量（台/套）", str(ov_total), ov_total)
    p.set("按海外国家分类统计海外设备连接数量（台/套）", *bd(p.overseas, ovs))
    proto = rng.randint(80, 260)
    p.set("工业协议兼容适配数量（个）", str(proto), proto)
    # software / apps
    app = rng.randint(140, 420)
    native = int(app * rng.uniform(0.55, 0.7))
    soft = app + rng.randint(20, 80)
    p.set("工业软件总量（个）", str(soft), soft)
    p.set("工业APP数量（个）", str(app), app)
    p.set("基于平台开发的工业APP数量（个）", str(native), native)
    p.set("云化工业软件数量（个）", str(app - native), app - native)
    acats = rng.sample(APPENDIX_B, 6)
    p.set("按分类统计工业APP数量（个）", *bd(acats, split(app, [rng.uniform(1, 4) for _ in acats])))
    inds = p.industries
    iw = [rng.uniform(1, 5) for _ in inds]
    p.set("按行业统计工业APP数量（个）", *bd(inds, split(app, iw)))
    mact = int(app * rng.uniform(0.6, 0.8))
    p.set("工业APP平均月活跃数量（个）", str(mact), mact)
    p.set("杀手锏APP数量（个）", "5", 5)
    kdu = rng.randint(600, 2400)
    p.set("公有云杀手锏APP平均日在线用户数（个）", str(kdu), kdu)
    kda = kdu * rng.randint(6, 14)
    p.set("杀手锏APP日活次数（次）", str(kda), kda)
    kinc = r2(rng.uniform(18, 90))
    p.set("杀手锏APP月平均收入（万元）", f2(kinc), kinc)
    papp = int(app * rng.uniform(0.35, 0.5))
    pact = int(papp * rng.uniform(0.3, 0.5))
    p.set("公有云工业APP数量（个）", str(papp), papp)
    p.set("公有云工业APP平均日活跃数量（个）", str(pact), pact)
    p.set("按分类统计公有云工业APP平均日活跃数量（个）", *bd(acats, split(pact, [rng.uniform(1, 4) for _ in acats])))
    p.set("按行业统计公有云工业APP平均日活跃数量（个）", *bd(inds, split(pact, iw)))
    # cloud & storage
    servers = r2(rng.randint(90, 320) * 1.0)
    pubsv = int(servers * rng.uniform(0.2, 0.4))
    p.set("平台实际用云量（台）", f2(servers), servers)
    p.set("平台公有云实际使用数量（台）", str(pubsv), pubsv)
    cap = float(rng.choice([640, 800, 960, 1200, 1500, 2000]))
    used = r2(cap * rng.uniform(0.45, 0.75))
    util = r2(used / cap * 100)
    pubdata = r2(used * rng.uniform(0.15, 0.3))
    p.set("存储容量（TB）", f2(cap), cap)
    p.set("存储工业数据量（TB）", f2(used), used)
    p.set("公有云数据总量（TB）", f2(pubdata), pubdata)
    p.set("存储资源利用率（%）", f2(util), util)
    models = rng.randint(120, 480)
    p.set("工业机理模型数量（个）", str(models), models)
    am = int(models * rng.uniform(0.4, 0.6))
    p.set("活跃机理模型数量（一周调用5次以上）（个）", str(am), am)
    cu = rng.randint(200, 900)
    p.set("核心工业模型平均月调用用户数量（个）", str(cu), cu)
    p.set("按分类统计工业模型数量（个）", *bd(APPENDIX_D, split(models, [rng.uniform(1, 4) for _ in APPENDIX_D])))
    sec = rng.choice([2, 3, 4, 5, 6])
    p.set("数据分析平台均速度（每TB分级/秒级/毫秒级）", f"秒级（每TB时序数据聚合分析约{sec}秒）", "秒级")
    ms = rng.randint(600, 2400)
    ams = int(ms * rng.uniform(0.5, 0.75))
    p.set("微服务数量（个）", str(ms), ms)
    p.set("活跃微服务数量（一周调用5次以上）（个）", str(ams), ams)
    dev = rng.randint(900, 6000)
    adev = int(dev * rng.uniform(0.2, 0.4))
    p.set("开发者注册总数（个）", str(dev), dev)
    p.set("活跃开发者数（个）", str(adev), adev)
    p.set("平台是否建立安全管理体系", "是", True)
    p.set("有否定期开展第三方安全测试/测评", "是", True)
    p.set("有否定期进行安全扫描", "是", True)
    p.form_cell["平台是否建立安全管理体系"] = (f"是。《{p.short}平台网络安全管理办法》（{p.short[:2]}-AQ-2021-03，2021年3月）；"
                                           f"《平台数据安全管理规定》（{p.short[:2]}-AQ-2022-07，2022年7月）")
    p.form_cell["有否定期开展第三方安全测试/测评"] = "是，每年一次（委托第三方测评机构开展等保测评及渗透测试）"
    p.form_cell["有否定期进行安全扫描"] = "是，每月一次漏洞扫描，重大版本上线前专项扫描"
    # users
    reg = rng.randint(1500, 5200)
    served = int(reg * rng.uniform(0.55, 0.75))
    paid = int(served * rng.uniform(0.3, 0.5))
    sme = int(served * rng.uniform(0.6, 0.8))
    sreg = split(served, [rng.uniform(1, 5) for _ in p.regions[:7]])
    p.set("注册企业用户数（个）", str(reg), reg)
    p.set("实际服务企业数（个）", str(served), served)
    p.set("按行业统计服务企业数（个）", *bd(inds + ["其他"], split(served, [rng.uniform(1, 5) for _ in inds] + [1])))
    p.set("按省市区域统计服务企业数（个）", *bd(p.regions[:7], sreg))
    p.set("付费企业数（个）", str(paid), paid)
    p.set("服务本市企业数量（个）", str(sreg[0]), sreg[0])
    p.set("服务中小企业数量（个）", str(sme), sme)
    ratio = r2(paid / reg * 100)
    p.set("付费用户占比（%）", f2(ratio), ratio)
    o1 = rng.randint(3000, 20000)
    o2 = o1 + rng.randint(200, 1500)
    p.set("平台订单数量(近一年总量)（个）", f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
          {"2023年自然年": o1, "截至填表日前一年": o2})
    tg = r2(rng.uniform(8, 30))
    p.set("平台交易规模年增长率（%）", f2(tg), tg)
    sub = rng.randint(2000, 9000)
    ksub = int(sub * rng.uniform(0.3, 0.5))
    p.set("工业APP订阅总数量（个）", str(sub), sub)
    p.set("杀手锏工业APP订阅数量（个）", str(ksub), ksub)
    samt = r2(rng.uniform(1500, 6000))
    p.set("工业APP订阅总金额（万元）", f2(samt), samt)
    du = r2(rng.uniform(70, 92))
    p.set("平台连接工业设备利用率（%）", f2(du), du)
    loc = r2(rng.uniform(75, 95))
    p.set("平台国产化率（%）", f2(loc), loc)
    sf = rng.randint(2, 7)
    p.set("平台是否服务上海智能工厂，数量", f"是，{sf}家", sf)
    p.form_cell["平台是否服务上海智能工厂，数量"] = f"是，共{sf}家（名单、服务内容及成效详见附件）"
    parks = rng.randint(3, 12)
    p.set("平台服务园区总数（个）", str(parks), parks)
    sol = split(rng.randint(18, 60), [rng.uniform(1, 3) for _ in APPENDIX_E])
    p.set("平台提供的解决方案总数（个）", str(sum(sol)), sum(sol))
    p.set("按新模式统计解决方案数量（个）", *bd(APPENDIX_E, sol))
    p.set("企业是否已上市或已获得VC/PE投资", "否", False)
    for lab, lo, hi in (("平台连接工业设备运维成本平均下降率（%）", 8, 25), ("平台连接工业设备能耗平均下降率（%）", 4, 15),
                        ("平台连接工业设备安全生产持续时间平均提升率（%）", 10, 40)):
        v = r2(rng.uniform(lo, hi))
        p.set(lab, f2(v), v)
    idx = rng.randint(2, 6)
    p.set("平台现有特色指数（个）", str(idx), idx)
    pat, sw, aw = rng.randint(14, 40), rng.randint(18, 60), rng.randint(4, 9)
    p.set("平台核心软硬件技术获得的专利数量（项）", str(pat), pat)
    p.set("平台核心软硬件技术获得的软著数量（个）", str(sw), sw)
    p.set("平台是否有自研形成的核心技术突破", "是", True)
    p.form_cell["平台是否有自研形成的核心技术突破"] = "是，自研设备多协议边缘接入网关与故障预测算法，关键指标达到国内同类产品先进水平"
    p.set("平台是否具备碳管理服务能力", "是", True)
    p.form_cell["平台是否具备碳管理服务能力"] = "是，提供碳排放监测、碳核算和碳效评价服务，服务用户企业40余家"
    p.set("平台是否融合使用国家标识解析系统", "否", False)
    p.set("平台获得省部级及以上奖项/荣誉数量（个）", str(aw), aw)
    p.form_cell["平台获得省部级及以上奖项/荣誉数量（个）"] = f"共{aw}个，清单详见附件"
    jobs = rng.randint(120, 600)
    p.set("平台建设与运营带动新增就业人数（人）", str(jobs), jobs)
    scr = r2(rng.uniform(10, 30))
    p.set("平台社会贡献率（%）", f2(scr), scr)
    api = rng.randint(40, 200)
    share = f"以API接口和行业数据集形式开放：开放API接口{api}个、行业数据集{rng.randint(3, 12)}个"
    p.set("平台开放共享数据的形式及数量", share, share)
    coop = rng.randint(3, 15)
    p.set("合作平台数量（个）", str(coop), coop)
    p.lists["patents"] = [(f"ZL20{rng.randint(18, 23)}1{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}",
                           rng.choice(["一种", "基于"]) + rng.choice(["电机", "设备", "边缘网关", "时序数据", "工业协议"])
                           + rng.choice(["故障诊断方法", "远程运维系统", "数据采集装置", "能效评估方法", "预测性维护方法"])
                           + f"（{k + 1}）", rng.choice(["发明专利", "实用新型"])) for k in range(pat)]
    p.lists["softs"] = [(f"2023SR{rng.randint(100000, 999999)}", f"{p.short}平台" +
                         rng.choice(["设备接入", "数据中台", "能效分析", "告警管理", "工单调度", "模型管理"]) + f"软件V{k % 4 + 1}.0")
                        for k in range(sw)]
    p.lists["awards"] = [(f"{2019 + k % 5}年", rng.choice(["上海市工业互联网创新发展应用案例", "工信部工业互联网试点示范项目",
                                                           "上海市软件和信息技术服务业高成长百家", "上海市科技进步奖三等奖"]),
                          rng.choice(["上海市经济和信息化委员会", "工业和信息化部", "上海市人民政府"])) for k in range(aw)]
    # texts
    T = p.T
    T["定位"] = f"面向{p.intro_focus}的{p.nature}，提供设备接入、数据分析与运维服务。"
    T["政策"] = ("1. 工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：平台体系建设方向；\n"
                 "2. 上海市《推进工业互联网创新升级实施“工赋上海”三年行动计划》：行业平台培育方向；\n"
                 f"3. {p.intro_focus}：设备服务化、数字化运维需求快速增长。")
    T["战略规划"] = f"是，《{p.company}“十四五”发展战略规划》"
    T["专项规划"] = f"是，《{p.short}工业互联网平台发展专项规划（2022-2025）》"
    T["其他资源"] = f"汇聚行业知识库条目约{rng.randint(2, 9)}万条、专家{rng.randint(40, 200)}名、服务商{rng.randint(20, 90)}家。"
    T["边缘"] = (f"支持数据采集、数据存储、网络传输、智能分析；边缘计算应用节点数{rng.randint(200, 1500)}个；最低响应时延{rng.randint(5, 20)}毫秒。"
                 f"私有化部署说明：为{rng.randint(5, 30)}家大型用户提供私有化部署，设备数据在本地边缘节点预处理后按需同步至平台。")
    T["其他采集"] = "支持对MES、ERP、SCADA等系统数据的接口采集和日志采集，支持OPC UA、Modbus等协议。"
    T["可拓展"] = "是"
    T["算力"] = f"CPU合计{rng.randint(2, 9) * 1000}核、GPU{rng.randint(8, 48)}卡，支持弹性扩容"
    T["数据管理"] = "建立数据标准管理、数据质量管理、元数据管理和主数据管理制度，数据质量稽核规则300余条。"
    T["通用算法"] = "是"
    T["算法类型"] = "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法"
    T["开发者社区"] = "是"
    T["语言"] = "共4种：Java、Python、C++、JavaScript"
    T["框架"] = "基于微服务架构的低代码应用开发框架，提供前后端脚手架、服务注册发现与统一认证。"
    T["工具"] = "提供在线IDE、可视化组态工具、模型训练工具与API调试工具。"
    T["保护方面"] = "1. 数据安全；2. 传输安全；3. 访问登录安全；4. 代码安全；5. 应用安全；6. 网络安全。"
    T["安全技术"] = "采用防火墙、网络隔离、数据加密、统一身份认证和安全审计等技术。"
    T["数据保护"] = "有数据备份、离线备份和云备份，核心数据库双机热备，建立同城异地灾备。"
    T["自主可控"] = "边缘网关、设备模型库、时序数据库均为自主研发，关键技术自主可控。"
    T["新增效益"] = "3个案例平均带动用户营收增长约6%，新增就业岗位约40个，安全生产持续时间平均提升约20%。"
    T["降低成本"] = "3个案例平均降低运维成本约15%，平均能耗下降约8%。"
    T["数据价值"] = "沉淀设备故障知识图谱和能效模型，支持故障预测和能效优化，形成可复用的工业知识组件。"
    T["供应链"] = "平台与上下游企业ERP、SRM系统对接，实现备件协同采购与库存共享，备件库存周转率提升约18%。"
    T["新技术"] = "有，融合人工智能、5G、边缘计算和数字孪生技术，构建设备数字孪生体与智能诊断模型。"
    T["标准"] = f"牵头或参与制定国家标准{rng.randint(1, 3)}项、行业标准{rng.randint(1, 4)}项。"
    T["贡献"] = "服务本市重点产业链企业，支撑临港、嘉定等重点区域制造业数字化转型。"
    T["开放机制"] = "是，向产业链企业开放设备数据接口、模型组件和应用功能，建立数据共享授权机制。"
    T["跨平台"] = "与合作平台通过API实现账户互认、数据交换和应用互调。"
    T["新产业"] = "有，培育设备运维服务化、按效果付费等新模式。"


# ------------------------------------------------------------------ 申报表
def form_blocks(p: Pkg, *, levels: bool = True, proof_first: bool = False, unit_in_cells: bool = False):
    """附件2 as blocks: cover, 一、企业基本情况, 二、平台基本情况, 三、指标明细表."""
    name, title, phone, email = p.contact
    V, T = p.V, p.T
    B = [("h", "上海市工业互联网平台应用水平评价"), ("h", "申报表"), ("sp", 10),
         ("p", "申报年度：2024 年度"), ("p", f"平台名称：{p.declared_name}"), ("p", f"申报单位：{p.company}（公章）"),
         ("p", f"联 系 人：{name}"), ("p", f"联系人电话：{phone}"), ("p", "上海市经济和信息化委员会制"),
         ("p", "2024年7月15日"), ("pb",)]
    co = p.lists["company"]
    B.append(("h", "一、企业基本情况", 12))
    B.append(("t", [["单位（企业）名称", p.company, "单位（企业）代码", co["code"]],
                    ["成立日期", co["founded"], "注册地及所在行政区", co["addr"]],
                    ["企业类型", co["type"], "注册资本", co["capital"]],
                    ["主营业务", co["business"], "法定代表人", co["legal"]],
                    ["联系人", name, "职务", title],
                    ["联系人手机", phone, "电子邮箱", email]], [32, 55, 32, 55]))
    B.append(("p", "申报单位上一年度经营状况（2023 年）"))
    B.append(("t", [["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
                    co["ops"]], [29] * 6))
    fin = p.lists["fin"]
    B.append(("h", "二、平台基本情况", 12))
    yrs = []
    for y in (2021, 2022, 2023):
        yrs.append(f"{y}年平台营收{fin['rev_txt'][y]}万元/增长率{fin['g_txt'][y]}%")
    bt0, bt1 = p.build_time
    mode = "☑自建  □合作共建" if p.build_mode == "自建" else f"□自建  ☑合作共建，合作企业名称（必填）：{p.build_mode.split('：')[-1]}"
    ops = {"自运营": "☑自运营 □联合运营 □委托运营", "联合运营": "□自运营 ☑联合运营 □委托运营"}[p.op_mode]
    iaas = "☑自建 □租用" if p.iaas == "自建" else f"□自建 ☑租用，服务商名称（必填）：{p.iaas.split('：')[-1]}"
    dep = "  ".join(("☑" if k in p.deploy else "□") + k for k in ("边缘侧", "私有云", "公有云", "混合云"))
    B.append(("t", [["平台名称", p.declared_name],
                    ["建设时间", f"{bt0}至{bt1}"],
                    ["平台建设金额（万元）", f2(p.build_amount)],
                    ["平台近三年经营指标情况", "\n".join(yrs) + "\n注：此处数据已将平台相关收益单列，而非整个公司的财务数据。"],
                    ["平台建设方式", mode], ["平台运营模式", ops], ["IaaS 基础设施", iaas], ["部署方式", dep],
                    ["平台网址", f"{p.url}\n账号：{p.account}  密码：{p.password}"],
                    ["平台基本情况介绍", p.lists["intro"]], ["平台建设成效", p.lists["effect"]]], [40, 134]))
    B.append(("pb",))
    B.append(("h", "三、上海市工业互联网平台应用水平评价指标明细表", 12))
    head = (["一级指标", "二级指标", "三级指标"] if levels else []) + ["内容"] + (
        ["证明资料", "平台实际情况"] if proof_first else ["平台实际情况", "证明资料"])
    rows = [head]
    last = [None, None, None]
    for l1, l2, l3, content, key in DETAIL:
        if key.startswith("T:"):
            val = T[key[2:]]
        else:
            val = p.form_cell.get(key, V[key][0])
            if unit_in_cells and key.endswith("（万元）") and val:
                val = val + "万元"
        proof = p.proofs.get(key, p.proofs.get(content, ""))
        lv = []
        if levels:
            for k, v in enumerate((l1, l2, l3)):
                lv.append(v if v != last[k] else "")
                last[k] = v
        rows.append(lv + [content] + ([proof, val] if proof_first else [val, proof]))
    widths = ([20, 20, 22] if levels else []) + [40] + ([30, 50] if proof_first else [50, 30])
    B.append(("t", rows, widths))
    return B


def form_xlsx(p: Pkg, path, title: str) -> None:
    """The 申报表 as a workbook: 基本情况 sheet and 指标明细表 sheet (numbers kept as typed text or numbers)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    blocks = form_blocks(p)
    wb = Workbook()
    ws = wb.active
    ws.title = "封面及基本情况"
    r = 1
    for b in blocks:
        if b[0] in ("h", "p"):
            ws.cell(r, 1, b[1]).font = Font(bold=b[0] == "h")
            r += 1
        elif b[0] == "t" and b[1][0][0] != "一级指标":
            for row in b[1]:
                for j, v in enumerate(row):
                    ws.cell(r, j + 1, v).alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            r += 1
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    ws2 = wb.create_sheet("指标明细表")
    table = [b for b in blocks if b[0] == "t" and b[1][0][0] == "一级指标"][0][1]
    for i, row in enumerate(table):
        for j, v in enumerate(row):
            cell_v = v
            if i > 0 and j == 4 and isinstance(v, str):
                try:
                    if v.replace(".", "", 1).isdigit():
                        cell_v = float(v) if "." in v else int(v)
                except ValueError:
                    pass
            c = ws2.cell(i + 1, j + 1, cell_v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell_v, float):
                c.number_format = "0.00"
    for col, w in zip("ABCDEF", (16, 18, 20, 36, 46, 26)):
        ws2.column_dimensions[col].width = w
    from lib import finish_xlsx

    finish_xlsx(wb, path, title)


# ------------------------------------------------------------------ 附件4 汇总表
def summary_pairs(p: Pkg) -> list[tuple[str, str]]:
    out = []
    for lab in LABELS:
        v = p.summary_cell.get(lab, p.V[lab][0])
        if lab == "平台近三年经营指标情况":
            v = p.summary_cell.get(lab, p.V[lab][0].replace("；", "\n"))
        if lab in ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                   "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
                   "平台是否融合使用国家标识解析系统"):
            v = p.summary_cell.get(lab, p.V[lab][0])
        out.append((lab, v))
    return out


def summary_xlsx(p: Pkg, path, horizontal: bool = False) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from lib import finish_xlsx

    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    pairs = summary_pairs(p)
    ws.cell(1, 1, "附件4  平台基本情况汇总表").font = Font(bold=True)
    if horizontal:
        for j, (lab, v) in enumerate(pairs):
            ws.cell(2, j + 1, lab).alignment = Alignment(wrap_text=True)
            ws.cell(3, j + 1, v).alignment = Alignment(wrap_text=True)
    else:
        for i, (lab, v) in enumerate(pairs):
            ws.cell(i + 2, 1, lab).alignment = Alignment(wrap_text=True)
            ws.cell(i + 2, 2, v).alignment = Alignment(wrap_text=True)
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 70
    finish_xlsx(wb, path, "平台基本情况汇总表")


def summary_blocks(p: Pkg):
    return [("h", "附件4"), ("h", "平台基本情况汇总表"), ("t", [[lab, v] for lab, v in summary_pairs(p)], [70, 104])]


def contact_blocks(p: Pkg):
    name, title, phone, email = p.contact
    return [("h", "附件1"), ("h", "联系人信息反馈表"), ("p", "2024年度上海市工业互联网平台应用水平评价工作"),
            ("p", "一、联系人信息反馈"),
            ("t", [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                   ["联系人（主）", name, p.company, title, phone, email],
                   ["联系人（备用）", p.lists["contact2"][0], p.company, p.lists["contact2"][1], p.lists["contact2"][2],
                    p.lists["contact2"][3]]], [22, 18, 50, 22, 28, 44]),
            ("p", "二、评审会现场地址信息反馈"), ("p", f"具体地址：{p.address}")]


def commitment_blocks(p: Pkg):
    return [("h", "附件5"), ("h", "真实性承诺"), ("sp", 8),
            ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                  "如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
            ("p", "特此承诺。"), ("sp", 20), ("r", f"申报单位：{p.company}（盖章）"), ("r", f"法定代表人：{p.lists['company']['legal']}（签章）"),
            ("r", "2024年7月15日")]


# ------------------------------------------------------------------ evidence (non-financial)
def ip_blocks(p: Pkg, title: str):
    pats, softs = p.lists["patents"], p.lists["softs"]
    B = [("h", title), ("p", f"权利人：{p.company}")]
    B.append(("h", f"表1 授权专利清单（共{len(pats)}项）", 11))
    B.append(("t", [["序号", "专利号", "专利名称", "类型", "权利人"]] +
              [[str(i + 1), a, b, c, p.company] for i, (a, b, c) in enumerate(pats)], [12, 40, 62, 20, 40]))
    B.append(("pb",))
    B.append(("h", f"表2 计算机软件著作权清单（共{len(softs)}项）", 11))
    B.append(("t", [["序号", "登记号", "软件名称", "著作权人"]] +
              [[str(i + 1), a, b, p.company] for i, (a, b) in enumerate(softs)], [12, 34, 80, 48]))
    return B


def device_blocks(p: Pkg, title: str, date: str):
    d = p.lists["dev"]
    tot, cats, regs = d["总"]
    pt, pc, pr = d["公有云"]
    dt, dc, dr = d["日"]
    B = [("h", title), ("p", f"统计口径：截至{date}，平台累计接入工业设备（含私有化部署）；公有云日均运行为近一年日平均值。单位：台/套")]
    rows = [["设备二级分类（附录A）", "连接数量", "其中：公有云连接", "公有云日均运行"]]
    for k, c in enumerate(p.dev_cats):
        rows.append([c, f"{cats[k]:,}", f"{pc[k]:,}", f"{dc[k]:,}"])
    rows.append(["合计", f"{tot:,}", f"{pt:,}", f"{dt:,}"])
    B.append(("t", rows, [50, 36, 36, 36], None, ["l", "r", "r", "r"]))
    rk = p.regions + p.overseas
    rows = [["区域（附录F）", "连接数量", "其中：公有云连接", "公有云日均运行"]]
    for k, c in enumerate(rk):
        rows.append([c, f"{regs[k]:,}", f"{pr[k]:,}", f"{dr[k]:,}"])
    rows.append(["合计", f"{tot:,}", f"{pt:,}", f"{dt:,}"])
    B.append(("t", rows, [50, 36, 36, 36], None, ["l", "r", "r", "r"]))
    ov = p.V["海外设备连接数量（台/套）"][1]
    B.append(("p", f"其中海外设备连接数量合计{ov:,}台/套。"))
    return B


def awards_blocks(p: Pkg):
    aw = p.lists["awards"]
    return [("h", f"平台获得省部级及以上奖项/荣誉清单（共{len(aw)}项）"),
            ("t", [["序号", "获奖时间", "奖项/荣誉名称", "颁发单位"]] + [[str(i + 1), a, b, c] for i, (a, b, c) in enumerate(aw)],
             [14, 24, 90, 50])]
