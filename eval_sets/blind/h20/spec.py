"""Derives a package's consistent declared values (附件4 rows as (display, normalized)) from primary numbers."""
from __future__ import annotations

import re

from forms import LABELS


def split(total: int, weights: dict) -> dict:
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), list(raw).index(k)))[:rest]:
        out[k] += 1
    return out


def n(x, d=0):
    if d == 0:
        return (str(int(x)), int(x))
    v = round(float(x) + 1e-9, d)
    return (f"{v:.{d}f}", v)


def bd(dct: dict):
    if not dct:
        return ("", None)
    return ("、".join(f"{k}：{v}" for k, v in dct.items()), dict(dct))


def yn(text: str):
    return (text, text.startswith("是"))


def r2(x):
    return round(x + 1e-9, 2)


def pct(a, b):
    return r2(a / b * 100)


def overseas(d):
    return {k: v for k, v in d.items() if re.search(r"[A-Za-z]", k)}


def derive(p: dict) -> dict:
    """p: primaries. Returns V: label -> (display, normalized) and computed numbers in p['calc']."""
    V = {}
    c = {}
    V["序号"] = n(p["list_no"])
    V["企业名称"] = (p["company"], p["company"])
    V["平台名称"] = (p["declared_name"], p["declared_name"])
    V["平台性质"] = (p["nature"], p["nature"])
    V["联系人姓名"] = (p["contact"]["name"],) * 2
    V["联系人手机号"] = (p["contact"]["phone"],) * 2
    V["联系人电子邮箱"] = (p["contact"]["email"],) * 2
    V["评审会现场地址信息"] = (p["address"],) * 2
    V["平台网址"] = (p["url"],) * 2
    V["建设时间"] = (p["period"],) * 2
    V["平台建设金额（万元）"] = n(p["invest"], 2)
    rev = p["rev"]  # {2020:..,2021:..}
    g = {y: pct(rev[y] - rev[y - 1], rev[y - 1]) for y in (2021, 2022, 2023)}
    g.update(p.get("growth_override", {}))
    c["growth"] = g
    V["平台近三年经营指标情况"] = (
        "；".join(f"{y}年平台营收{rev[y]:.2f}万元/增长率{g[y]:.2f}%" for y in (2021, 2022, 2023)),
        {k: v for y in (2021, 2022, 2023) for k, v in ((f"{y}年平台营收（万元）", r2(rev[y])), (f"{y}年增长率（%）", g[y]))})
    V["平台建设方式"] = (p["build_mode"],) * 2
    V["平台运营模式"] = (p["op_mode"],) * 2
    V["部署方式"] = (p["deploy"],) * 2
    V["平台团队总人数（人）"] = n(p["team_total"])
    V["运维人数（人）"] = n(p["team_ops"])
    V["运营人数（人）"] = n(p["team_opr"])
    V["有相关技术职称/从业资格的人数（人）"] = n(p["team_q"])
    V["平台相关研发投入（万元）"] = n(p["rd"], 2)
    V["平台相关研发投入强度（%）"] = n(p.get("rd_int", pct(p["rd"], rev[2023])), 2)
    V["平台相关营业收入（万元）"] = n(rev[2023], 2)
    V["平台利润率（%）"] = n(pct(p["profit"], rev[2023]), 2)
    V["付费用户占比（%）"] = n(pct(p["paid"], p["registered"]), 2)

    dev = p["dev_total"]
    cat = split(dev, p["dev_cat"])
    reg = split(dev, p["dev_reg"])
    pub, run = p["dev_pub"], p["dev_run"]
    c.update(dev_cat=cat, dev_reg=reg, pub_cat=split(pub, p["dev_cat"]), pub_reg=split(pub, p["dev_reg"]),
             run_cat=split(run, p["dev_cat"]), run_reg=split(run, p["dev_reg"]))
    ov = overseas(reg)
    c["overseas"] = sum(ov.values())
    V["连接的工业设备/产品/产线种类及数量（台/套）"] = n(dev)
    V["按二级分类统计工业设备数量（台/套）"] = bd(cat)
    V["按省市区域统计工业设备数量（台/套）"] = bd(reg)
    V["公有云工业设备连接数量（台/套）"] = n(pub)
    V["按二级分类统计公有云工业设备数量（台/套）"] = bd(c["pub_cat"])
    V["按省市区域统计公有云工业设备数量（台/套）"] = bd(c["pub_reg"])
    V["公有云工业设备平均日运行数量（台/套）"] = n(run)
    V["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = bd(c["run_cat"])
    V["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = bd(c["run_reg"])
    V["海外设备连接数量（台/套）"] = n(c["overseas"])
    V["按海外国家分类统计海外设备连接数量（台/套）"] = bd(ov) if ov else ("无", None)
    V["工业协议兼容适配数量（个）"] = n(p["protocols"])
    apps = p["native"] + p["cloudsw"]
    c["apps"] = apps
    V["工业软件总量（个）"] = n(p["sw_total"])
    V["工业APP数量（个）"] = n(apps)
    V["基于平台开发的工业APP数量（个）"] = n(p["native"])
    V["云化工业软件数量（个）"] = n(p["cloudsw"])
    V["按分类统计工业APP数量（个）"] = bd(split(apps, p["app_cat"]))
    V["按行业统计工业APP数量（个）"] = bd(split(apps, p["app_ind"]))
    V["工业APP平均月活跃数量（个）"] = n(p["app_mau"])
    V["杀手锏APP数量（个）"] = n(5)
    V["公有云杀手锏APP平均日在线用户数（个）"] = n(p["killer_dau"])
    V["杀手锏APP日活次数（次）"] = n(p["killer_daily"])
    V["杀手锏APP月平均收入（万元）"] = n(p["killer_rev"], 2)
    V["公有云工业APP数量（个）"] = n(p["pub_apps"])
    V["公有云工业APP平均日活跃数量（个）"] = n(p["pub_dau"])
    V["按分类统计公有云工业APP平均日活跃数量（个）"] = bd(split(p["pub_dau"], p["app_cat"]))
    V["按行业统计公有云工业APP平均日活跃数量（个）"] = bd(split(p["pub_dau"], p["app_ind"]))
    V["平台实际用云量（台）"] = n(p["servers"], 2)
    V["平台公有云实际使用数量（台）"] = n(p["pub_servers"])
    V["存储容量（TB）"] = n(p["storage"], 2)
    V["存储工业数据量（TB）"] = n(p["data"], 2)
    V["公有云数据总量（TB）"] = n(p["pub_data"], 2)
    V["存储资源利用率（%）"] = n(p.get("util", pct(p["data"], p["storage"])), 2)
    V["工业机理模型数量（个）"] = n(p["models"])
    V["活跃机理模型数量（一周调用5次以上）（个）"] = n(p["models_active"])
    V["核心工业模型平均月调用用户数量（个）"] = n(p["model_users"])
    V["按分类统计工业模型数量（个）"] = bd(split(p["models"], p["model_cat"]))
    V["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (p["speed"], p["speed"][:2])
    V["微服务数量（个）"] = n(p["micro"])
    V["活跃微服务数量（一周调用5次以上）（个）"] = n(p["micro_active"])
    V["开发者注册总数（个）"] = n(p["devs"])
    V["活跃开发者数（个）"] = n(p["devs_active"])
    V["平台是否建立安全管理体系"] = yn(p["sec_rules"])
    V["有否定期开展第三方安全测试/测评"] = yn(p["sec_test"])
    V["有否定期进行安全扫描"] = yn(p["sec_scan"])
    V["注册企业用户数（个）"] = n(p["registered"])
    V["实际服务企业数（个）"] = n(p["served"])
    V["按行业统计服务企业数（个）"] = bd(p.get("served_ind_fixed") or split(p["served"], p["served_ind"]))
    sreg = p.get("served_reg_fixed") or split(p["served"], p["served_reg"])
    c["served_reg"] = sreg
    V["按省市区域统计服务企业数（个）"] = bd(sreg)
    V["付费企业数（个）"] = n(p["paid"])
    V["服务本市企业数量（个）"] = n(sreg["上海"])
    V["服务中小企业数量（个）"] = n(p["sme"])
    o1, o2 = p["orders"]
    V["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
                                   {"2023年自然年": o1, "截至填表日前一年": o2})
    V["平台交易规模年增长率（%）"] = n(p["trade_growth"], 2)
    V["工业APP订阅总数量（个）"] = n(p["subs"])
    V["杀手锏工业APP订阅数量（个）"] = n(p["killer_subs"])
    V["工业APP订阅总金额（万元）"] = n(p["subs_amount"], 2)
    V["平台连接工业设备利用率（%）"] = n(p["dev_util"], 2)
    V["平台国产化率（%）"] = n(p["domestic"], 2)
    V["平台是否服务上海智能工厂，数量"] = (p["smart_text"], p["smart_n"])
    V["平台服务园区总数（个）"] = n(p["parks"]) if p.get("parks") is not None else ("", None)
    V["平台提供的解决方案总数（个）"] = n(p["solutions"])
    V["按新模式统计解决方案数量（个）"] = bd(split(p["solutions"], p["sol_modes"]))
    c["roi"] = pct(p["profit"], p["invest"])
    V["投资回报率（%）"] = n(c["roi"], 2)
    V["企业是否已上市或已获得VC/PE投资"] = yn(p["listed"])
    cases = p["cases"]
    for key, lab in (("maint", "平台连接工业设备运维成本平均下降率（%）"), ("energy", "平台连接工业设备能耗平均下降率（%）"),
                     ("safety", "平台连接工业设备安全生产持续时间平均提升率（%）")):
        avg = r2(sum(cs[key] for cs in cases) / len(cases))
        c[key] = avg
        V[lab] = n(p.get(key + "_declared", avg), 2)
    V["平台现有特色指数（个）"] = n(p["indices"])
    V["平台核心软硬件技术获得的专利数量（项）"] = n(p["patents"])
    V["平台核心软硬件技术获得的软著数量（个）"] = n(p["softcr"])
    V["平台是否有自研形成的核心技术突破"] = yn(p["breakthrough"])
    V["平台是否具备碳管理服务能力"] = yn(p["carbon"])
    V["平台是否融合使用国家标识解析系统"] = yn(p["idres"])
    V["平台获得省部级及以上奖项/荣誉数量（个）"] = n(len(p["awards"]) if "awards_n" not in p else p["awards_n"])
    V["平台建设与运营带动新增就业人数（人）"] = n(p["jobs"])
    V["平台社会贡献率（%）"] = n(p["social"], 2)
    V["平台开放共享数据的形式及数量"] = (p["open_data"],) * 2
    V["合作平台数量（个）"] = n(p["partners"])
    for k, v in p.get("V_override", {}).items():
        V[k] = v
    assert list(V) == LABELS or set(V) == set(LABELS), set(LABELS) ^ set(V)
    p["calc"] = c
    return V


def yuan(x_wan: float) -> str:
    """万元 -> 元 string with thousands separators."""
    return f"{x_wan * 10000:,.2f}"


def wan(x: float) -> str:
    return f"{x:,.2f}"


def th(x: int) -> str:
    return f"{x:,}"
