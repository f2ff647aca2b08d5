"""Declared values of each package: the 申报表 content, from a few primary numbers per package."""
from __future__ import annotations

import random

A4_LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']


def r2(x: float) -> float:
    """Round half up to 2 decimals (how applicants round)."""
    from decimal import ROUND_HALF_UP, Decimal
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def f2(x: float) -> str:
    return f"{x:.2f}"


def split(total: int, cats: list[str], weights: list[float]) -> dict[str, int]:
    s = sum(weights)
    out = {c: int(total * w / s) for c, w in zip(cats, weights)}
    out[cats[0]] += total - sum(out.values())
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def bd(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


class Values:
    """value strings and normalized values per 附件4 label, plus the long text answers of the form."""

    def __init__(self):
        self.v: dict[str, tuple[str, object]] = {}
        self.form: dict[str, str] = {}  # 明细表 answer text when it differs from the 附件4 value

    def set(self, label, value, norm, form=None):
        assert label in A4_LABELS, label
        self.v[label] = (value, norm)
        if form is not None:
            self.form[label] = form

    def num(self, label, x, dec=None, form=None):
        if dec is None:
            self.set(label, str(x), x, form)
        else:
            self.set(label, f"{x:.{dec}f}", round(float(x), dec), form)

    def text(self, label):
        return self.form.get(label, self.v[label][0])


def build_values(P: dict) -> Values:
    """P: the package spec (see specs.py)."""
    rng = random.Random(P["seed"])
    V = Values()
    d = P["declared"]
    V.num("序号", P["list_no"])
    V.set("企业名称", P["company"], P["company"])
    V.set("平台名称", P["declared_name"], P["declared_name"])
    V.set("平台性质", P["nature"], P["nature"])
    c = P["contact"]
    V.set("联系人姓名", c["name"], c["name"])
    V.set("联系人手机号", c["phone"], c["phone"])
    V.set("联系人电子邮箱", c["email"], c["email"])
    V.set("评审会现场地址信息", c["venue"], c["venue"])
    V.set("平台网址", P["url"], P["url"])
    V.set("建设时间", P["build_time"], P["build_time"])
    V.num("平台建设金额（万元）", P["invest"], 2)
    rev = d["rev"]  # {2021: x, 2022: y, 2023: z}
    gr = d["growth"]
    parts = [f"{y}年平台营收{rev[y]:.2f}万元/增长率{gr[y]:.2f}%" for y in (2021, 2022, 2023)]
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = rev[y]
        norm[f"{y}年增长率（%）"] = gr[y]
    V.set("平台近三年经营指标情况", "；".join(parts), norm)
    V.set("平台建设方式", P["build_mode"], P["build_mode"])
    V.set("平台运营模式", "自运营", "自运营")
    V.set("部署方式", P["deploy"], P["deploy"])
    t = P["team"]
    V.num("平台团队总人数（人）", t[0] + t[1])
    V.num("运维人数（人）", t[0])
    V.num("运营人数（人）", t[1])
    V.num("有相关技术职称/从业资格的人数（人）", t[2])
    V.num("平台相关研发投入（万元）", d["rd"], 2)
    V.num("平台相关研发投入强度（%）", d["rd_rate"], 2)
    V.num("平台相关营业收入（万元）", rev[2023], 2)
    V.num("平台利润率（%）", d["profit_rate"], 2)
    V.num("付费用户占比（%）", d["paid_rate"], 2)

    dev = P["devices"]
    total, pub, run, overseas = dev["total"], dev["public"], dev["public_run"], dev["overseas"]
    cats, cw = dev["cats"], dev["cat_w"]
    regs, rw = dev["regions"], dev["reg_w"]
    V.num("连接的工业设备/产品/产线种类及数量（台/套）", total)
    for lab, tot in (("", total), ("公有云", pub), ("公有云@run", run)):
        pass
    dom = total - sum(overseas.values())
    reg_total = {**split(dom, regs, rw), **overseas}
    V.set("按二级分类统计工业设备数量（台/套）", bd(split(total, cats, cw)), split(total, cats, cw))
    V.set("按省市区域统计工业设备数量（台/套）", bd(reg_total), reg_total)
    V.num("公有云工业设备连接数量（台/套）", pub)
    pub_dom = pub - sum(dev["overseas_pub"].values())
    reg_pub = {**split(pub_dom, regs, rw), **dev["overseas_pub"]}
    V.set("按二级分类统计公有云工业设备数量（台/套）", bd(split(pub, cats, cw)), split(pub, cats, cw))
    V.set("按省市区域统计公有云工业设备数量（台/套）", bd(reg_pub), reg_pub)
    V.num("公有云工业设备平均日运行数量（台/套）", run)
    run_dom = run - sum(dev["overseas_run"].values())
    reg_run = {**split(run_dom, regs, rw), **dev["overseas_run"]}
    V.set("按二级分类统计公有云工业设备平均日运行数量（台/套）", bd(split(run, cats, cw)), split(run, cats, cw))
    V.set("按省市区域统计公有云工业设备平均日运行数量（台/套）", bd(reg_run), reg_run)
    V.num("海外设备连接数量（台/套）", sum(overseas.values()))
    if overseas:
        V.set("按海外国家分类统计海外设备连接数量（台/套）", bd(overseas), dict(overseas))
    else:
        V.set("按海外国家分类统计海外设备连接数量（台/套）", "", None, form="无")
    V.num("工业协议兼容适配数量（个）", dev["protocols"])

    a = P["apps"]
    V.num("工业软件总量（个）", a["apps"] + a["other_sw"])
    V.num("工业APP数量（个）", a["apps"])
    V.num("基于平台开发的工业APP数量（个）", a["native"])
    V.num("云化工业软件数量（个）", a["apps"] - a["native"])
    V.set("按分类统计工业APP数量（个）", bd(split(a["apps"], a["cats"], a["cat_w"])), split(a["apps"], a["cats"], a["cat_w"]))
    V.set("按行业统计工业APP数量（个）", bd(split(a["apps"], a["inds"], a["ind_w"])), split(a["apps"], a["inds"], a["ind_w"]))
    V.num("工业APP平均月活跃数量（个）", int(a["apps"] * 0.74))
    V.num("杀手锏APP数量（个）", 5)
    V.num("公有云杀手锏APP平均日在线用户数（个）", a["killer_dau"])
    V.num("杀手锏APP日活次数（次）", a["killer_dau"] * 7 + 13)
    V.num("杀手锏APP月平均收入（万元）", a["killer_income"], 2)
    pub_apps = a["apps"] - a["private_apps"]
    V.num("公有云工业APP数量（个）", pub_apps)
    act = int(pub_apps * 0.55)
    V.num("公有云工业APP平均日活跃数量（个）", act)
    V.set("按分类统计公有云工业APP平均日活跃数量（个）", bd(split(act, a["cats"], a["cat_w"])), split(act, a["cats"], a["cat_w"]))
    V.set("按行业统计公有云工业APP平均日活跃数量（个）", bd(split(act, a["inds"], a["ind_w"])), split(act, a["inds"], a["ind_w"]))

    s = P["storage"]
    V.num("平台实际用云量（台）", s["cloud"], 2)
    V.num("平台公有云实际使用数量（台）", s["cloud_pub"])
    V.num("存储容量（TB）", s["cap"], 2)
    V.num("存储工业数据量（TB）", s["used"], 2)
    V.num("公有云数据总量（TB）", s["pub_data"], 2)
    V.num("存储资源利用率（%）", d["storage_rate"], 2)
    m = P["models"]
    V.num("工业机理模型数量（个）", m["n"])
    V.num("活跃机理模型数量（一周调用5次以上）（个）", m["active"])
    V.num("核心工业模型平均月调用用户数量（个）", m["users"])
    mc = split(m["n"], ["行业机理模型", "数据算法模型", "业务流程模型", "研发仿真模型"], m["w"])
    V.set("按分类统计工业模型数量（个）", bd(mc), mc)
    V.set("数据分析平台均速度（每TB分级/秒级/毫秒级）", m["speed"], m["speed"][:2] if m["speed"][:2] == "秒级" else m["speed"][:3])
    V.num("微服务数量（个）", P["micro"][0])
    V.num("活跃微服务数量（一周调用5次以上）（个）", P["micro"][1])
    V.num("开发者注册总数（个）", P["dev_reg"][0])
    V.num("活跃开发者数（个）", P["dev_reg"][1])
    V.set("平台是否建立安全管理体系", "是", True, form=P["sec_rules"])
    V.set("有否定期开展第三方安全测试/测评", "是", True, form="是，每年开展一次第三方渗透测试及等保测评（最近一次：2024年4月）")
    V.set("有否定期进行安全扫描", "是", True, form="是，每月一次全量漏洞扫描，重大版本上线前加扫")

    u = P["users"]
    V.num("注册企业用户数（个）", u["reg"])
    V.num("实际服务企业数（个）", u["served"])
    ind = split(u["served"], u["inds"], u["ind_w"])
    V.set("按行业统计服务企业数（个）", bd(ind), ind)
    rg = {"上海": u["local"], **split(u["served"] - u["local"], u["regions"], u["reg_w"])}
    V.set("按省市区域统计服务企业数（个）", bd(rg), rg)
    V.num("付费企业数（个）", u["paid"])
    V.num("服务本市企业数量（个）", u["local"])
    V.num("服务中小企业数量（个）", u["sme"])
    o = u["orders"]
    V.set("平台订单数量(近一年总量)（个）", f"2023年自然年：{o[0]}个；截至填表日前一年：{o[1]}个",
          {"2023年自然年": o[0], "截至填表日前一年": o[1]})
    V.num("平台交易规模年增长率（%）", d["trade_growth"], 2)
    V.num("工业APP订阅总数量（个）", a["subs"])
    V.num("杀手锏工业APP订阅数量（个）", a["killer_subs"])
    V.num("工业APP订阅总金额（万元）", a["subs_amount"], 2)
    V.num("平台连接工业设备利用率（%）", d["device_util"], 2)
    V.num("平台国产化率（%）", P["domestic"], 2)
    V.set("平台是否服务上海智能工厂，数量", f"是，{P['smart_factories']}家", P["smart_factories"],
          form=f"是，共{P['smart_factories']}家（名单及服务内容见申报书第三章）")
    V.num("平台服务园区总数（个）", P["parks"])
    V.num("平台提供的解决方案总数（个）", sum(P["solutions"].values()))
    V.set("按新模式统计解决方案数量（个）", bd(P["solutions"]), dict(P["solutions"]))
    V.num("投资回报率（%）", d["roi"], 2)
    V.set("企业是否已上市或已获得VC/PE投资", "是" if P["listed"] else "否", P["listed"], form=P["listed_text"])
    V.num("平台连接工业设备运维成本平均下降率（%）", d["case_om"], 2)
    V.num("平台连接工业设备能耗平均下降率（%）", d["case_energy"], 2)
    V.num("平台连接工业设备安全生产持续时间平均提升率（%）", d["case_safety"], 2)
    V.num("平台现有特色指数（个）", P["indices"])
    V.num("平台核心软硬件技术获得的专利数量（项）", P["ip"][0])
    V.num("平台核心软硬件技术获得的软著数量（个）", P["ip"][1])
    V.set("平台是否有自研形成的核心技术突破", "是", True, form="是，" + P["breakthrough"])
    V.set("平台是否具备碳管理服务能力", "是" if P["carbon"] else "否", P["carbon"],
          form=("是，" + P["carbon"]) if P["carbon"] else "否")
    P_carbon = bool(P["carbon"])
    V.v["平台是否具备碳管理服务能力"] = ("是" if P_carbon else "否", P_carbon)
    V.set("平台是否融合使用国家标识解析系统", "是" if P["idres"] else "否", bool(P["idres"]),
          form=("是，" + P["idres"]) if P["idres"] else "否")
    V.num("平台获得省部级及以上奖项/荣誉数量（个）", len(P["awards"]),
          form=f"共{len(P['awards'])}个：" + "；".join(P["awards"]))
    V.num("平台建设与运营带动新增就业人数（人）", P["jobs"])
    V.num("平台社会贡献率（%）", d["social"], 2)
    V.set("平台开放共享数据的形式及数量", P["open_data"], P["open_data"])
    V.num("合作平台数量（个）", P["partners"])
    assert set(V.v) == set(A4_LABELS), set(A4_LABELS) - set(V.v)
    return V
