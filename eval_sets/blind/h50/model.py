"""Declared values (all 103 附件4 rows + 申报表 text answers) and the company/platform finance of one package."""
from __future__ import annotations

import random

APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, keys: list[str], rng: random.Random, floor: int = 1) -> dict[str, int]:
    w = [rng.uniform(0.4, 1.6) * (1.0 / (i + 1.2)) for i in range(len(keys))]
    s = sum(w)
    parts = [max(floor, int(total * x / s)) for x in w]
    parts[0] += total - sum(parts)
    return dict(zip(keys, parts))


def bd(d: dict[str, int]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def pct(a: float, b: float) -> float:
    return round(a / b * 100, 2)


def f2(x: float) -> str:
    return f"{x:.2f}"


class Values:
    """Ordered label -> (value as a reviewer writes it, normalized); plus form-only strings."""

    def __init__(self):
        self.rows: dict[str, tuple[str, object]] = {}
        self.form: dict[str, str] = {}   # 申报表 cell text by key (defaults to the row value)

    def set(self, label, value, norm, form=None):
        self.rows[label] = (value, norm)
        if form is not None:
            self.form[label] = form

    def num(self, label, n, decimals=None):
        if decimals:
            self.set(label, f"{n:.{decimals}f}", round(float(n), decimals))
        else:
            self.set(label, str(n), int(n))


def build_values(p: dict, fin: dict, rng: random.Random) -> Values:
    """p: package parameters; fin: declared platform finance in 万元 (rev21/22/23, rd, profit)."""
    v = Values()
    v.set("序号", str(p["no"]), p["no"])
    v.set("企业名称", p["company"], p["company"])
    v.set("平台名称", p["platform"], p["platform"])
    v.set("平台性质", p["nature"], p["nature"])
    v.set("联系人姓名", p["contact"], p["contact"])
    v.set("联系人手机号", p["phone"], p["phone"])
    v.set("联系人电子邮箱", p["email"], p["email"])
    v.set("评审会现场地址信息", p["venue"], p["venue"])
    v.set("平台网址", p["url"], p["url"])
    v.set("建设时间", p["built"], p["built"])
    v.num("平台建设金额（万元）", p["invest"], 2)
    r21, r22, r23 = fin["rev21"], fin["rev22"], fin["rev23"]
    g22, g23 = fin.get("g22", pct(r22 - r21, r21)), fin.get("g23", pct(r23 - r22, r22))
    g21 = p["g21"]
    v.set("平台近三年经营指标情况",
          f"2021年平台营收{r21:.2f}万元/增长率{g21:.2f}%；2022年平台营收{r22:.2f}万元/增长率{g22:.2f}%；"
          f"2023年平台营收{r23:.2f}万元/增长率{g23:.2f}%",
          {"2021年平台营收（万元）": r21, "2021年增长率（%）": g21, "2022年平台营收（万元）": r22,
           "2022年增长率（%）": g22, "2023年平台营收（万元）": r23, "2023年增长率（%）": g23})
    v.set("平台建设方式", p["build_mode"], p["build_mode"])
    v.set("平台运营模式", p["op_mode"], p["op_mode"])
    v.set("部署方式", p["deploy"], p["deploy"])
    ops, opr = p["team"]
    v.num("平台团队总人数（人）", p.get("team_total", ops + opr))
    v.num("运维人数（人）", ops)
    v.num("运营人数（人）", opr)
    v.num("有相关技术职称/从业资格的人数（人）", int((ops + opr) * 0.62))
    v.num("平台相关研发投入（万元）", fin["rd"], 2)
    v.num("平台相关研发投入强度（%）", fin.get("rd_int", pct(fin["rd"], r23)), 2)
    v.num("平台相关营业收入（万元）", r23, 2)
    v.num("平台利润率（%）", pct(fin["profit"], r23), 2)
    reg, served = p["ent"]
    paid = int(served * 0.31)
    v.num("付费用户占比（%）", pct(paid, reg), 2)
    # devices
    D, PUB, RUN = p["dev"]
    cats = p["dev_cats"]
    regions = p["regions"]
    overseas = p["overseas"]
    for lab_tot, lab_cat, lab_reg, tot in [
        ("连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", D),
        ("公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）", PUB),
        ("公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）", RUN),
    ]:
        v.num(lab_tot, tot)
        c = split(tot, cats, rng)
        v.set(lab_cat, bd(c), c)
        if lab_tot.startswith("连接"):
            v.dev_by_cat = c
        ov = {k: max(1, int(tot * s)) for k, s in overseas.items()}
        dom = split(tot - sum(ov.values()), regions, rng)
        r = {**dom, **ov}
        v.set(lab_reg, bd(r), r)
        if lab_tot.startswith("连接"):
            v.overseas = ov
        elif lab_tot.startswith("公有云工业设备连接"):
            v.pub_by_cat = c
        else:
            v.run_by_cat = c
    ovs = v.overseas
    v.num("海外设备连接数量（台/套）", sum(ovs.values()))
    v.set("按海外国家分类统计海外设备连接数量（台/套）", bd(ovs), ovs)
    v.num("工业协议兼容适配数量（个）", p["protocols"])
    A, own = p["apps"]
    v.num("工业软件总量（个）", A + p["soft_extra"])
    v.num("工业APP数量（个）", A)
    v.num("基于平台开发的工业APP数量（个）", own)
    v.num("云化工业软件数量（个）", A - own)
    c = split(A, p["app_cats"], rng)
    v.set("按分类统计工业APP数量（个）", bd(c), c)
    ind = split(A, p["industries"], rng)
    v.set("按行业统计工业APP数量（个）", bd(ind), ind)
    v.num("工业APP平均月活跃数量（个）", int(A * 0.71))
    v.num("杀手锏APP数量（个）", 5)
    v.num("公有云杀手锏APP平均日在线用户数（个）", p["killer_dau"])
    v.num("杀手锏APP日活次数（次）", p["killer_dau"] * 11 + 37)
    v.num("杀手锏APP月平均收入（万元）", p["killer_income"], 2)
    pubA = int(A * 0.58)
    v.num("公有云工业APP数量（个）", pubA)
    act = int(pubA * 0.46)
    v.num("公有云工业APP平均日活跃数量（个）", act)
    c = split(act, p["app_cats"], rng)
    v.set("按分类统计公有云工业APP平均日活跃数量（个）", bd(c), c)
    c = split(act, p["industries"], rng)
    v.set("按行业统计公有云工业APP平均日活跃数量（个）", bd(c), c)
    v.num("平台实际用云量（台）", p["cloud"], 2)
    v.num("平台公有云实际使用数量（台）", int(p["cloud"] * 0.45))
    cap, used = p["storage"]
    v.num("存储容量（TB）", cap, 2)
    v.num("存储工业数据量（TB）", used, 2)
    v.num("公有云数据总量（TB）", round(used * 0.37, 2), 2)
    v.num("存储资源利用率（%）", p.get("storage_rate", pct(used, cap)), 2)
    M = p["models"]
    v.num("工业机理模型数量（个）", M)
    v.num("活跃机理模型数量（一周调用5次以上）（个）", int(M * 0.48))
    v.num("核心工业模型平均月调用用户数量（个）", int(M * 2.3) + 17)
    c = split(M, MODEL_CATS, rng)
    v.set("按分类统计工业模型数量（个）", bd(c), c)
    v.set("数据分析平台均速度（每TB分级/秒级/毫秒级）", "秒级（单TB数据聚合分析平均约4.6秒）", "秒级")
    ms = p["micro"]
    v.num("微服务数量（个）", ms)
    v.num("活跃微服务数量（一周调用5次以上）（个）", int(ms * 0.55))
    dev = p["developers"]
    v.num("开发者注册总数（个）", dev)
    v.num("活跃开发者数（个）", int(dev * 0.27))
    v.set("平台是否建立安全管理体系", "是", True,
          form=f"是。《{p['short']}平台安全管理办法》（{p['code']}-AQ-001，2021年3月制定）、《数据安全管理制度》（{p['code']}-AQ-004，2022年6月修订）")
    v.set("有否定期开展第三方安全测试/测评", "是", True, form="是，每年一次（委托第三方测评机构开展等保2.0三级测评）")
    v.set("有否定期进行安全扫描", "是", True, form="是，每月一次漏洞扫描，重大版本上线前加扫")
    v.num("注册企业用户数（个）", reg)
    v.num("实际服务企业数（个）", served)
    ind = split(served, p["svc_industries"], rng)
    v.set("按行业统计服务企业数（个）", bd(ind), ind)
    local = p.get("local", int(served * 0.52))
    rg = {"上海": local, **split(served - local, p["svc_regions"], rng)}
    v.set("按省市区域统计服务企业数（个）", bd(rg), rg)
    v.num("付费企业数（个）", paid)
    v.num("服务本市企业数量（个）", p.get("local_declared", local))
    v.num("服务中小企业数量（个）", int(served * 0.74))
    o1, o2 = p["orders"]
    v.set("平台订单数量(近一年总量)（个）", f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
          {"2023年自然年": o1, "截至填表日前一年": o2})
    v.num("平台交易规模年增长率（%）", p["trade_growth"], 2)
    subs = p["subs"]
    v.num("工业APP订阅总数量（个）", subs)
    v.num("杀手锏工业APP订阅数量（个）", int(subs * 0.38))
    v.num("工业APP订阅总金额（万元）", p["subs_amount"], 2)
    v.num("平台连接工业设备利用率（%）", p["util"], 2)
    v.num("平台国产化率（%）", p["localization"], 2)
    nf = p["factories"]
    v.set("平台是否服务上海智能工厂，数量", f"是，{nf}家", nf,
          form=f"是，{nf}家：" + "；".join(p["factory_names"][:nf]))
    v.num("平台服务园区总数（个）", p["parks"])
    S = p["solutions"]
    v.num("平台提供的解决方案总数（个）", S)
    c = split(S, MODES, rng)
    v.set("按新模式统计解决方案数量（个）", bd(c), c)
    v.num("投资回报率（%）", pct(fin["profit"], p["invest"]), 2)
    v.set("企业是否已上市或已获得VC/PE投资", "否", False, form="否")
    v.num("平台连接工业设备运维成本平均下降率（%）", p["cases"][0], 2)
    v.num("平台连接工业设备能耗平均下降率（%）", p["cases"][1], 2)
    v.num("平台连接工业设备安全生产持续时间平均提升率（%）", p["cases"][2], 2)
    v.num("平台现有特色指数（个）", p["indices"])
    pat, sw = p["ip"]
    v.num("平台核心软硬件技术获得的专利数量（项）", pat)
    v.num("平台核心软硬件技术获得的软著数量（个）", sw)
    v.set("平台是否有自研形成的核心技术突破", "是", True, form=f"是。{p['breakthrough']}")
    v.set("平台是否具备碳管理服务能力", "是", True, form="是。提供碳排放监测、碳核算与碳足迹服务，覆盖用户企业的用能与排放数据。")
    v.set("平台是否融合使用国家标识解析系统", "是", True, form="是。接入国家工业互联网标识解析二级节点，为设备与物料赋码并支持跨企业查询。")
    v.num("平台获得省部级及以上奖项/荣誉数量（个）", p["awards"])
    v.num("平台建设与运营带动新增就业人数（人）", p["jobs"])
    v.num("平台社会贡献率（%）", p["social"], 2)
    share = p["share"]
    v.set("平台开放共享数据的形式及数量", share, share)
    v.num("合作平台数量（个）", p["partners"])
    return v


def texts(p: dict) -> dict[str, str]:
    s = p["short"]
    return {
        "t:定位": f"面向{p['industry']}的{p['nature'].replace('工业互联网平台', '')}工业互联网平台，提供{p['service']}服务。",
        "t:政策": f"符合工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》平台体系建设方向；符合上海市《制造业数字化转型实施方案》；{p['industry']}数字化改造需求持续增长。",
        "t:战略": f"纳入《{p['company']}“十四五”发展规划》数字化转型专篇",
        "t:专项": f"《{s}平台三年发展规划（2023-2025年）》",
        "t:其他资源": f"平台汇聚{p['industry']}工艺知识条目4200余条、供应商资源860余家、专家资源120余人，形成可复用的知识与服务资源库。",
        "t:边缘": "方案支持数据采集、数据存储、网络传输和智能分析；边缘计算应用节点数216个；最低响应时延10毫秒。",
        "t:其他采集": "支持ERP、MES、SCADA等系统数据接入，提供API与数据库同步两种方式，日均采集业务记录约120万条。",
        "t:云计算": "是",
        "t:算力": "公有云与私有云混合部署，合计约2400核vCPU、9TB内存、16张GPU卡。",
        "t:数据管理": "建立数据标准管理、数据质量管理、元数据与主数据管理制度，数据质量问题按周闭环。",
        "t:通用算法": "是",
        "t:算法类型": "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法",
        "t:社区": "是",
        "t:语言": "共4种：Java、Python、C++、JavaScript",
        "t:框架": "基于微服务架构的低代码开发框架，提供统一认证、消息、存储与设备模型组件。",
        "t:工具": "提供可视化组态工具、规则引擎、模型训练工具与应用发布流水线。",
        "t:保护方面": "数据；传输；访问登录；代码；应用；网络",
        "t:安全技术": "采用防火墙、网络隔离、传输加密、双因子认证、Web应用防护和日志审计。",
        "t:数据保护": "核心数据每日增量备份、每周全量备份，离线备份与异地灾备同步开展。",
        "t:自主可控": "设备接入网关、时序数据库、模型引擎等关键技术均为自主研发，自主可控。",
        "t:新增效益": "三个案例平均带动用户营收增长约6%，新增就业岗位约40个，安全生产持续时间明显提升。",
        "t:降低成本": "三个案例平均降低运维成本约18%，平均能耗下降约9%。",
        "t:价值挖掘": "基于设备运行与工艺数据构建故障预测、能效优化等模型，沉淀工业知识并在同类企业复用。",
        "t:供应链": "平台与上下游企业ERP、SRM系统对接，实现订单、库存与质量信息协同，供应商准时交付率提升。",
        "t:新技术": "平台融合人工智能、数字孪生、5G与标识解析技术，用于设备预测性维护和生产过程可视化。",
        "t:标准": "参与制定行业标准2项、团体标准3项。",
        "t:贡献": f"服务本市{p['industry']}重点企业，带动长三角产业链上下游企业数字化转型。",
        "t:开放机制": "是。向产业链企业开放设备数据接口与应用功能，按授权机制共享数据。",
        "t:跨平台": "已与多个公共服务平台实现账号互认与数据接口对接，支持跨平台调用。",
        "t:新模式": "有。培育设备运维服务化、按效果付费等新模式。",
    }
