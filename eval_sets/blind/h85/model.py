"""One package = one spec (the platform's real figures); every declared value, cell text and 附件4 row is derived here.

All four h85 packages are clean, so the 申报表, the 汇总表 and the evidence all print the same values; the spec only
fixes primary numbers and the weights of the breakdowns, and `derive` computes the rest by the 填报指引 formulas."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from eval_sets.blind.h85.labels import SUMMARY_LABELS


def pct(a: float, b: float) -> float:
    return float((Decimal(str(a)) / Decimal(str(b)) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of an integer total over weighted keys (order kept)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), list(raw).index(k)))[:rest]:
        out[k] += 1
    assert sum(out.values()) == total
    return out


def join_dict(d: dict, unit: str = "") -> str:
    return "、".join(f"{k}：{v}{unit}" for k, v in d.items())


@dataclass
class Pkg:
    pid: str
    list_no: int
    listed_name: str
    company: str
    participated_2023: bool
    nature: str                  # 平台性质 as the applicant writes it in the 汇总表
    short: str                   # short name used in file names
    spec: dict                   # primary figures and texts
    values: dict = field(default_factory=dict)    # 附件4 label -> normalized
    display: dict = field(default_factory=dict)   # 附件4 label -> what the 申报表 / 汇总表 cell says
    cells: dict = field(default_factory=dict)     # 指标明细表 内容 -> cell text (non-summary rows too)
    basic: dict = field(default_factory=dict)     # 二、平台基本情况 key -> cell text

    @property
    def declared_name(self) -> str:
        return self.listed_name


def derive(p: Pkg) -> Pkg:
    s = p.spec
    v: dict = {}
    d: dict = {}
    rev = s["revenue"]  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
    hist = {}
    parts = []
    for y in (2021, 2022, 2023):
        g = pct(rev[y] - rev[y - 1], rev[y - 1])
        hist[f"{y}年平台营收（万元）"] = rev[y]
        hist[f"{y}年增长率（%）"] = g
        parts.append(f"{y}年平台营收{rev[y]:.2f}万元/增长率{g:.2f}%")
    s["growth"] = {y: hist[f"{y}年增长率（%）"] for y in (2021, 2022, 2023)}

    def put(label, norm, text=None):
        v[label] = norm
        if text is None:
            text = f"{norm:.2f}" if isinstance(norm, float) else str(norm)
        d[label] = text

    put("序号", p.list_no)
    put("企业名称", p.company)
    put("平台名称", p.declared_name)
    put("平台性质", p.nature)
    c = s["contact"]
    put("联系人姓名", c["name"])
    put("联系人手机号", c["phone"])
    put("联系人电子邮箱", c["email"])
    put("评审会现场地址信息", c["venue"])
    put("平台网址", s["url"])
    b0, b1 = s["build_period"]
    put("建设时间", f"{b0[0]}.{b0[1]:02d}-{b1[0]}.{b1[1]:02d}")
    put("平台建设金额（万元）", float(s["invest"]))
    put("平台近三年经营指标情况", hist, "；".join(parts))
    put("平台建设方式", s["build_mode_text"])
    put("平台运营模式", s["op_mode"])
    put("部署方式", s["deploy_text"])
    t = s["team"]
    put("平台团队总人数（人）", t[0] + t[1])
    put("运维人数（人）", t[0])
    put("运营人数（人）", t[1])
    put("有相关技术职称/从业资格的人数（人）", t[2])
    put("平台相关研发投入（万元）", float(s["rd"]))
    put("平台相关研发投入强度（%）", pct(s["rd"], rev[2023]))
    put("平台相关营业收入（万元）", float(rev[2023]))
    put("平台利润率（%）", pct(s["profit"], rev[2023]))
    put("付费用户占比（%）", pct(s["paid"], s["registered"]))

    dev, pub, run, ovs = s["devices"]
    cat_w, reg_w, ovs_w = s["dev_cat_w"], s["dev_reg_w"], s["ovs_w"]
    ovs_split = split(ovs, ovs_w) if ovs else {}
    s["dev_cat"], s["pub_cat"], s["run_cat"] = split(dev, cat_w), split(pub, cat_w), split(run, cat_w)
    dom_reg = {k: w for k, w in reg_w.items()}
    s["dev_reg"] = {**split(dev - ovs, dom_reg), **ovs_split}
    pub_ovs = split(round(ovs * pub / dev), ovs_w) if ovs else {}
    run_ovs = split(round(ovs * run / dev), ovs_w) if ovs else {}
    s["pub_reg"] = {**split(pub - sum(pub_ovs.values()), dom_reg), **pub_ovs}
    s["run_reg"] = {**split(run - sum(run_ovs.values()), dom_reg), **run_ovs}
    s["ovs"] = ovs_split
    dev_text = s.get("dev_text", lambda x: str(x))
    put("连接的工业设备/产品/产线种类及数量（台/套）", dev, dev_text(dev))
    put("按二级分类统计工业设备数量（台/套）", s["dev_cat"], join_dict(s["dev_cat"]))
    put("按省市区域统计工业设备数量（台/套）", s["dev_reg"], join_dict(s["dev_reg"]))
    put("公有云工业设备连接数量（台/套）", pub)
    put("按二级分类统计公有云工业设备数量（台/套）", s["pub_cat"], join_dict(s["pub_cat"]))
    put("按省市区域统计公有云工业设备数量（台/套）", s["pub_reg"], join_dict(s["pub_reg"]))
    put("公有云工业设备平均日运行数量（台/套）", run)
    put("按二级分类统计公有云工业设备平均日运行数量（台/套）", s["run_cat"], join_dict(s["run_cat"]))
    put("按省市区域统计公有云工业设备平均日运行数量（台/套）", s["run_reg"], join_dict(s["run_reg"]))
    put("海外设备连接数量（台/套）", ovs)
    if ovs:
        put("按海外国家分类统计海外设备连接数量（台/套）", ovs_split, join_dict(ovs_split))
    else:
        put("按海外国家分类统计海外设备连接数量（台/套）", "无", "无")
    put("工业协议兼容适配数量（个）", s["protocols"])

    a = s["apps"]  # software, apps, native, cloudified, monthly active, killer, killer online, killer daily, killer monthly income, public apps, public daily active
    put("工业软件总量（个）", a["software"])
    put("工业APP数量（个）", a["apps"])
    assert a["native"] + a["cloud"] == a["apps"]
    put("基于平台开发的工业APP数量（个）", a["native"])
    put("云化工业软件数量（个）", a["cloud"])
    s["app_cat"] = split(a["apps"], s["app_cat_w"])
    s["app_ind"] = split(a["apps"], s["app_ind_w"])
    put("按分类统计工业APP数量（个）", s["app_cat"], join_dict(s["app_cat"]))
    put("按行业统计工业APP数量（个）", s["app_ind"], join_dict(s["app_ind"]))
    put("工业APP平均月活跃数量（个）", a["mau"])
    put("杀手锏APP数量（个）", 5)
    put("公有云杀手锏APP平均日在线用户数（个）", a["killer_online"])
    put("杀手锏APP日活次数（次）", a["killer_daily"])
    put("杀手锏APP月平均收入（万元）", float(a["killer_income"]))
    put("公有云工业APP数量（个）", a["public"])
    put("公有云工业APP平均日活跃数量（个）", a["public_dau"])
    s["pdau_cat"] = split(a["public_dau"], s["app_cat_w"])
    s["pdau_ind"] = split(a["public_dau"], s["app_ind_w"])
    put("按分类统计公有云工业APP平均日活跃数量（个）", s["pdau_cat"], join_dict(s["pdau_cat"]))
    put("按行业统计公有云工业APP平均日活跃数量（个）", s["pdau_ind"], join_dict(s["pdau_ind"]))

    cl = s["cloud"]  # servers, public servers, capacity TB, data TB, public data TB
    put("平台实际用云量（台）", float(cl["servers"]))
    put("平台公有云实际使用数量（台）", cl["public_servers"])
    put("存储容量（TB）", float(cl["capacity"]))
    put("存储工业数据量（TB）", float(cl["data"]))
    put("公有云数据总量（TB）", float(cl["public_data"]))
    put("存储资源利用率（%）", pct(cl["data"], cl["capacity"]))

    m = s["models"]
    put("工业机理模型数量（个）", m["total"])
    put("活跃机理模型数量（一周调用5次以上）（个）", m["active"])
    put("核心工业模型平均月调用用户数量（个）", m["core_users"])
    s["model_cat"] = split(m["total"], s["model_cat_w"])
    put("按分类统计工业模型数量（个）", s["model_cat"], join_dict(s["model_cat"]))
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", s["speed"][0], s["speed"][1])
    put("微服务数量（个）", s["micro"][0])
    put("活跃微服务数量（一周调用5次以上）（个）", s["micro"][1])
    put("开发者注册总数（个）", s["developers"][0])
    put("活跃开发者数（个）", s["developers"][1])
    put("平台是否建立安全管理体系", True, "是")
    put("有否定期开展第三方安全测试/测评", True, "是")
    put("有否定期进行安全扫描", True, "是")

    put("注册企业用户数（个）", s["registered"])
    put("实际服务企业数（个）", s["served"])
    s["srv_ind"] = split(s["served"], s["srv_ind_w"])
    reg = split(s["served"] - s["local"], s["srv_reg_w"])
    s["srv_reg"] = {"上海": s["local"], **reg}
    put("按行业统计服务企业数（个）", s["srv_ind"], join_dict(s["srv_ind"]))
    put("按省市区域统计服务企业数（个）", s["srv_reg"], join_dict(s["srv_reg"]))
    put("付费企业数（个）", s["paid"])
    put("服务本市企业数量（个）", s["local"])
    put("服务中小企业数量（个）", s["sme"])
    o = s["orders"]
    put("平台订单数量(近一年总量)（个）", {"2023年自然年": o[0], "截至填表日前一年": o[1]},
        f"2023年自然年：{o[0]}个；截至填表日前一年：{o[1]}个")
    put("平台交易规模年增长率（%）", float(s["trade_growth"]))
    put("工业APP订阅总数量（个）", s["subs"][0])
    put("杀手锏工业APP订阅数量（个）", s["subs"][1])
    put("工业APP订阅总金额（万元）", float(s["subs"][2]))
    put("平台连接工业设备利用率（%）", float(s["dev_util"]))
    put("平台国产化率（%）", float(s["domestic"]))
    sf = s["smart_factories"]
    put("平台是否服务上海智能工厂，数量", sf, f"是，{sf}家" if sf else "否")
    put("平台服务园区总数（个）", s["parks"])
    put("平台提供的解决方案总数（个）", s["solutions"])
    s["sol_mode"] = split(s["solutions"], s["sol_w"])
    put("按新模式统计解决方案数量（个）", s["sol_mode"], join_dict(s["sol_mode"]))
    put("投资回报率（%）", pct(s["profit"], s["invest"]))
    put("企业是否已上市或已获得VC/PE投资", s["vc"][0], s["vc"][1])
    for label, key in (("平台连接工业设备运维成本平均下降率（%）", "om"), ("平台连接工业设备能耗平均下降率（%）", "energy"),
                       ("平台连接工业设备安全生产持续时间平均提升率（%）", "safety")):
        three = s["cases_metrics"][key]
        mean = pct(sum(three), 300)  # (a+b+c)/3, 2 decimals
        put(label, mean)
    put("平台现有特色指数（个）", s["indices"])
    put("平台核心软硬件技术获得的专利数量（项）", s["patents"])
    put("平台核心软硬件技术获得的软著数量（个）", s["copyrights"])
    put("平台是否有自研形成的核心技术突破", True, "是")
    put("平台是否具备碳管理服务能力", s["carbon"], "是" if s["carbon"] else "否")
    put("平台是否融合使用国家标识解析系统", s["idres"], "是" if s["idres"] else "否")
    put("平台获得省部级及以上奖项/荣誉数量（个）", len(s["awards"]))
    put("平台建设与运营带动新增就业人数（人）", s["jobs"])
    put("平台社会贡献率（%）", pct(s["contrib"][0], s["contrib"][1]))
    put("平台开放共享数据的形式及数量", s["open_data"])
    put("合作平台数量（个）", s["partners"])
    assert set(v) == set(SUMMARY_LABELS), set(SUMMARY_LABELS) ^ set(v)
    p.values, p.display = v, d
    return p
