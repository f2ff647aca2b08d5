"""One package = one dict of primaries → every 附件4 value, every 指标明细表 cell, every text."""
from __future__ import annotations

import copy

from eval_sets.blind.h82.labels import LIMITS, SUMMARY_LABELS


def split(total: int, weights: dict) -> dict:
    """Largest-remainder split of an integer total by weights, exact sum, order kept."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), list(raw).index(k)))[:rest]:
        out[k] += 1
    return out


def pct(a, b) -> float:
    return round(a / b * 100 + 1e-9, 2)


def bd(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def f2(x) -> str:
    return f"{x:.2f}"


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def derive(p: dict) -> dict:
    """Real values of the platform (what the evidence says). Returns V: 附件4 label -> normalized."""
    V: dict = {}
    V["序号"] = p["list_no"]
    V["企业名称"] = p["company"]
    V["平台名称"] = p["name"]
    V["平台性质"] = p["nature"]
    V["联系人姓名"], V["联系人手机号"], V["联系人电子邮箱"] = p["contact"]
    V["评审会现场地址信息"] = p["address"]
    V["平台网址"] = p["url"]
    V["建设时间"] = p["period"]
    V["平台建设金额（万元）"] = p["build"]
    r = p["rev"]  # {2020:…, 2021:…, 2022:…, 2023:…}
    V["平台近三年经营指标情况"] = {k: v for y in (2021, 2022, 2023) for k, v in
                           ((f"{y}年平台营收（万元）", r[y]), (f"{y}年增长率（%）", pct(r[y] - r[y - 1], r[y - 1])))}
    V["平台建设方式"], V["平台运营模式"], V["部署方式"] = p["build_mode"], p["op_mode"], p["deploy"]
    ops, opr, qual = p["team"]
    V["平台团队总人数（人）"], V["运维人数（人）"], V["运营人数（人）"] = ops + opr, ops, opr
    V["有相关技术职称/从业资格的人数（人）"] = qual
    V["平台相关研发投入（万元）"] = p["rd"]
    V["平台相关研发投入强度（%）"] = pct(p["rd"], r[2023])
    V["平台相关营业收入（万元）"] = r[2023]
    V["平台利润率（%）"] = pct(p["profit"], r[2023])
    reg, served, paid, local, sme = p["users"]
    V["付费用户占比（%）"] = pct(paid, reg)
    tot, pub, run = p["devices"]
    over = p["overseas"]
    dom_w = p["dev_regions"]
    V["连接的工业设备/产品/产线种类及数量（台/套）"] = tot
    V["按二级分类统计工业设备数量（台/套）"] = cats = split(tot, p["dev_cats"])
    V["按省市区域统计工业设备数量（台/套）"] = {**split(tot - sum(over.values()), dom_w), **over}
    V["公有云工业设备连接数量（台/套）"] = pub
    V["按二级分类统计公有云工业设备数量（台/套）"] = split(pub, cats)
    V["按省市区域统计公有云工业设备数量（台/套）"] = split(pub, V["按省市区域统计工业设备数量（台/套）"])
    V["公有云工业设备平均日运行数量（台/套）"] = run
    V["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = split(run, cats)
    V["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = split(run, V["按省市区域统计工业设备数量（台/套）"])
    V["海外设备连接数量（台/套）"] = sum(over.values())
    V["按海外国家分类统计海外设备连接数量（台/套）"] = dict(over)
    V["工业协议兼容适配数量（个）"] = p["protocols"]
    sw, apps, native, mau, pub_apps, pub_dau = p["apps"]
    V["工业软件总量（个）"], V["工业APP数量（个）"] = sw, apps
    V["基于平台开发的工业APP数量（个）"], V["云化工业软件数量（个）"] = native, apps - native
    V["按分类统计工业APP数量（个）"] = split(apps, p["app_cats"])
    V["按行业统计工业APP数量（个）"] = split(apps, p["app_inds"])
    V["工业APP平均月活跃数量（个）"] = mau
    k_n, k_dau, k_hits, k_income = p["killer"]
    V["杀手锏APP数量（个）"], V["公有云杀手锏APP平均日在线用户数（个）"] = k_n, k_dau
    V["杀手锏APP日活次数（次）"], V["杀手锏APP月平均收入（万元）"] = k_hits, k_income
    V["公有云工业APP数量（个）"], V["公有云工业APP平均日活跃数量（个）"] = pub_apps, pub_dau
    V["按分类统计公有云工业APP平均日活跃数量（个）"] = split(pub_dau, p["app_cats"])
    V["按行业统计公有云工业APP平均日活跃数量（个）"] = split(pub_dau, p["app_inds"])
    cloud, cloud_pub, cap, data, data_pub = p["cloud"]
    V["平台实际用云量（台）"], V["平台公有云实际使用数量（台）"] = cloud, cloud_pub
    V["存储容量（TB）"], V["存储工业数据量（TB）"], V["公有云数据总量（TB）"] = cap, data, data_pub
    V["存储资源利用率（%）"] = pct(data, cap)
    m_tot, m_act, m_users = p["models"]
    V["工业机理模型数量（个）"], V["活跃机理模型数量（一周调用5次以上）（个）"] = m_tot, m_act
    V["核心工业模型平均月调用用户数量（个）"] = m_users
    V["按分类统计工业模型数量（个）"] = split(m_tot, p["model_cats"])
    V["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = p["speed"][0]
    V["微服务数量（个）"], V["活跃微服务数量（一周调用5次以上）（个）"] = p["micro"]
    V["开发者注册总数（个）"], V["活跃开发者数（个）"] = p["dev"]
    V["平台是否建立安全管理体系"] = True
    V["有否定期开展第三方安全测试/测评"] = True
    V["有否定期进行安全扫描"] = True
    V["注册企业用户数（个）"], V["实际服务企业数（个）"] = reg, served
    V["按行业统计服务企业数（个）"] = split(served, p["user_inds"])
    V["按省市区域统计服务企业数（个）"] = {"上海": local, **split(served - local, p["user_regions"])}
    V["付费企业数（个）"], V["服务本市企业数量（个）"], V["服务中小企业数量（个）"] = paid, local, sme
    V["平台订单数量(近一年总量)（个）"] = {"2023年自然年": p["orders"][0], "截至填表日前一年": p["orders"][1]}
    V["平台交易规模年增长率（%）"] = p["trade_growth"]
    s_tot, s_kill, s_amt = p["subs"]
    V["工业APP订阅总数量（个）"], V["杀手锏工业APP订阅数量（个）"], V["工业APP订阅总金额（万元）"] = s_tot, s_kill, s_amt
    V["平台连接工业设备利用率（%）"], V["平台国产化率（%）"] = p["util"], p["domestic"]
    V["平台是否服务上海智能工厂，数量"] = p["factories"]
    V["平台服务园区总数（个）"], V["平台提供的解决方案总数（个）"] = p["parks"], p["solutions"]
    V["按新模式统计解决方案数量（个）"] = split(p["solutions"], p["sol_modes"])
    V["投资回报率（%）"] = pct(p["profit"], p["build"])
    V["企业是否已上市或已获得VC/PE投资"] = p["vcpe"][0]
    V["平台连接工业设备运维成本平均下降率（%）"] = round(sum(p["cases"]["cost"]) / 3 + 1e-9, 2)
    V["平台连接工业设备能耗平均下降率（%）"] = round(sum(p["cases"]["energy"]) / 3 + 1e-9, 2)
    V["平台连接工业设备安全生产持续时间平均提升率（%）"] = round(sum(p["cases"]["safety"]) / 3 + 1e-9, 2)
    V["平台现有特色指数（个）"] = p["indices"]
    V["平台核心软硬件技术获得的专利数量（项）"], V["平台核心软硬件技术获得的软著数量（个）"] = p["ip"]
    V["平台是否有自研形成的核心技术突破"] = True
    V["平台是否具备碳管理服务能力"] = p["carbon"]
    V["平台是否融合使用国家标识解析系统"] = p["idres"]
    V["平台获得省部级及以上奖项/荣誉数量（个）"] = len(p["awards"])
    V["平台建设与运营带动新增就业人数（人）"] = p["jobs"]
    V["平台社会贡献率（%）"] = p["social"]
    V["平台开放共享数据的形式及数量"] = p["open_data"]
    V["合作平台数量（个）"] = p["partners"]
    assert list(V) == SUMMARY_LABELS, [x for x in SUMMARY_LABELS if x not in V]
    return V


NUMERIC_2DP = {"平台建设金额（万元）", "平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台相关营业收入（万元）", "平台利润率（%）",
               "付费用户占比（%）", "杀手锏APP月平均收入（万元）", "平台实际用云量（台）", "存储容量（TB）", "存储工业数据量（TB）",
               "公有云数据总量（TB）", "存储资源利用率（%）", "平台交易规模年增长率（%）", "工业APP订阅总金额（万元）",
               "平台连接工业设备利用率（%）", "平台国产化率（%）", "投资回报率（%）", "平台连接工业设备运维成本平均下降率（%）",
               "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台社会贡献率（%）"}


def sval(label: str, v, p: dict) -> str:
    """The string a reviewer writes in the 附件4 cell for this value."""
    if v is None:
        return ""
    if label == "平台近三年经营指标情况":
        return "；".join(f"{y}年平台营收{f2(v[f'{y}年平台营收（万元）'])}万元/增长率{f2(v[f'{y}年增长率（%）'])}%" for y in (2021, 2022, 2023))
    if label == "平台订单数量(近一年总量)（个）":
        return f"2023年自然年：{v['2023年自然年']}个；截至填表日前一年：{v['截至填表日前一年']}个"
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{v}家" if v else "否"
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return p["speed"][1]
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, dict):
        return bd(v)
    if label in NUMERIC_2DP:
        return f2(v)
    return str(v)


def apply(V: dict, overrides: dict) -> dict:
    out = copy.deepcopy(V)
    for k, v in overrides.items():
        assert k in out, k
        out[k] = v
    return out


def check_limits(T: dict):
    for key, limit in LIMITS.items():
        assert chars(T[key]) <= limit, (key, chars(T[key]))
    for line in T["政策"].splitlines():
        assert chars(line) <= 50, line
