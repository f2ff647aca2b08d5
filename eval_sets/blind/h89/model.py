"""One source of truth per package: a spec of the platform's real figures → the 103 附件4 values (breakdowns split so
they add up, rates computed as the 填报指引 defines them); the 申报表 shows `declared` = real values + planted changes."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from eval_sets.blind.h89.labels import SUMMARY_LABELS

L = {k: k for k in SUMMARY_LABELS}  # shorthand for typo-safe access
HIST = "平台近三年经营指标情况"
ORDERS = "平台订单数量(近一年总量)（个）"
SPEED = "数据分析平台均速度（每TB分级/秒级/毫秒级）"
SMART = "平台是否服务上海智能工厂，数量"


def split(total: int, weights: dict[str, float], rng: random.Random, jitter=0.08) -> dict[str, int]:
    w = {k: v * (1 + rng.uniform(-jitter, jitter)) for k, v in weights.items()}
    s = sum(w.values())
    raw = {k: total * v / s for k, v in w.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: raw[k] - out[k], reverse=True)[:rest]:
        out[k] += 1
    return out


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


@dataclass
class Pkg:
    pid: str
    spec: dict
    real: dict = field(default_factory=dict)  # 附件4 label -> normalized real value
    declared: dict = field(default_factory=dict)  # what the 申报表 says
    summary: dict = field(default_factory=dict)  # what the applicant's 汇总表 says
    extra: dict = field(default_factory=dict)  # components (profit, team roster …)
    problems: list = field(default_factory=list)


def derive(pid: str, s: dict, seed: int) -> Pkg:
    rng = random.Random(seed)
    v: dict = {}
    v["序号"] = s["list_no"]
    v["企业名称"] = s["company"]
    v["平台名称"] = s["declared_name"]
    v["平台性质"] = s["nature"]
    v["联系人姓名"], v["联系人手机号"], v["联系人电子邮箱"] = s["contact"]
    v["评审会现场地址信息"] = s["address"]
    v["平台网址"] = s["url"]
    v["建设时间"] = s["build_time"]
    v["平台建设金额（万元）"] = s["build_amount"]
    r21, r22, r23 = s["rev"]
    v[HIST] = {"2021年平台营收（万元）": r21, "2021年增长率（%）": s["growth2021"],
               "2022年平台营收（万元）": r22, "2022年增长率（%）": pct(r22 - r21, r21),
               "2023年平台营收（万元）": r23, "2023年增长率（%）": pct(r23 - r22, r22)}
    v["平台建设方式"], v["平台运营模式"], v["部署方式"] = s["build_mode"], s["op_mode"], s["deploy"]
    ops, opr, qual = s["team"]
    v["平台团队总人数（人）"], v["运维人数（人）"], v["运营人数（人）"] = ops + opr, ops, opr
    v["有相关技术职称/从业资格的人数（人）"] = qual
    v["平台相关研发投入（万元）"] = s["rd"]
    v["平台相关研发投入强度（%）"] = pct(s["rd"], r23)
    v["平台相关营业收入（万元）"] = r23
    v["平台利润率（%）"] = pct(s["profit"], r23)
    D, P, R, O = s["devices"]
    cats = s["dev_cats"]
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = D
    v["按二级分类统计工业设备数量（台/套）"] = split(D, cats, rng)
    overseas = split(O, s["overseas"], rng)
    v["按省市区域统计工业设备数量（台/套）"] = {**split(D - O, s["dev_regions"], rng), **overseas}
    v["公有云工业设备连接数量（台/套）"] = P
    v["按二级分类统计公有云工业设备数量（台/套）"] = split(P, cats, rng)
    po = round(O * P / D)
    v["按省市区域统计公有云工业设备数量（台/套）"] = {**split(P - po, s["dev_regions"], rng), **split(po, s["overseas"], rng)}
    v["公有云工业设备平均日运行数量（台/套）"] = R
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = split(R, cats, rng)
    ro = round(O * R / D)
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = {**split(R - ro, s["dev_regions"], rng), **split(ro, s["overseas"], rng)}
    v["海外设备连接数量（台/套）"] = O
    v["按海外国家分类统计海外设备连接数量（台/套）"] = overseas
    v["工业协议兼容适配数量（个）"] = s["protocols"]
    S, A, native, mau = s["apps"]
    v["工业软件总量（个）"], v["工业APP数量（个）"] = S, A
    v["基于平台开发的工业APP数量（个）"], v["云化工业软件数量（个）"] = native, A - native
    v["按分类统计工业APP数量（个）"] = split(A, s["app_cats"], rng)
    v["按行业统计工业APP数量（个）"] = split(A, s["app_inds"], rng)
    v["工业APP平均月活跃数量（个）"] = mau
    v["杀手锏APP数量（个）"] = 5
    k_online, k_daily, k_income = s["killer"]
    v["公有云杀手锏APP平均日在线用户数（个）"], v["杀手锏APP日活次数（次）"], v["杀手锏APP月平均收入（万元）"] = k_online, k_daily, k_income
    pa, pda = s["public_apps"]
    v["公有云工业APP数量（个）"], v["公有云工业APP平均日活跃数量（个）"] = pa, pda
    v["按分类统计公有云工业APP平均日活跃数量（个）"] = split(pda, s["app_cats"], rng)
    v["按行业统计公有云工业APP平均日活跃数量（个）"] = split(pda, s["app_inds"], rng)
    cloud, pcloud, cap, data, pdata = s["storage"]
    v["平台实际用云量（台）"], v["平台公有云实际使用数量（台）"] = cloud, pcloud
    v["存储容量（TB）"], v["存储工业数据量（TB）"], v["公有云数据总量（TB）"] = cap, data, pdata
    v["存储资源利用率（%）"] = pct(data, cap)
    M, Ma, mu = s["models"]
    v["工业机理模型数量（个）"], v["活跃机理模型数量（一周调用5次以上）（个）"], v["核心工业模型平均月调用用户数量（个）"] = M, Ma, mu
    v["按分类统计工业模型数量（个）"] = split(M, s["model_cats"], rng)
    v[SPEED] = s["speed"][1]
    v["微服务数量（个）"], v["活跃微服务数量（一周调用5次以上）（个）"] = s["micro"]
    v["开发者注册总数（个）"], v["活跃开发者数（个）"] = s["devs"]
    v["平台是否建立安全管理体系"] = v["有否定期开展第三方安全测试/测评"] = v["有否定期进行安全扫描"] = True
    reg, served, paid, local, sme = s["ents"]
    v["注册企业用户数（个）"], v["实际服务企业数（个）"], v["付费企业数（个）"] = reg, served, paid
    v["服务本市企业数量（个）"], v["服务中小企业数量（个）"] = local, sme
    v["付费用户占比（%）"] = pct(paid, reg)
    v["按行业统计服务企业数（个）"] = split(served, s["ent_inds"], rng)
    v["按省市区域统计服务企业数（个）"] = {"上海": local, **split(served - local, s["ent_regions"], rng)}
    v[ORDERS] = {"2023年自然年": s["orders"][0], "截至填表日前一年": s["orders"][1]}
    v["平台交易规模年增长率（%）"] = s["trade_growth"]
    v["工业APP订阅总数量（个）"], v["杀手锏工业APP订阅数量（个）"], v["工业APP订阅总金额（万元）"] = s["subs"]
    v["平台连接工业设备利用率（%）"], v["平台国产化率（%）"] = s["util"], s["domestic"]
    v[SMART] = s["smart"]
    v["平台服务园区总数（个）"] = s["parks"]
    v["平台提供的解决方案总数（个）"] = s["solutions"]
    v["按新模式统计解决方案数量（个）"] = split(s["solutions"], s["sol_modes"], rng, 0.2)
    v["投资回报率（%）"] = pct(s["profit"], s["build_amount"])
    v["企业是否已上市或已获得VC/PE投资"] = s["listed"]
    v["平台连接工业设备运维成本平均下降率（%）"] = round(sum(s["cases"][0]) / 3 + 1e-9, 2)
    v["平台连接工业设备能耗平均下降率（%）"] = round(sum(s["cases"][1]) / 3 + 1e-9, 2)
    v["平台连接工业设备安全生产持续时间平均提升率（%）"] = round(sum(s["cases"][2]) / 3 + 1e-9, 2)
    v["平台现有特色指数（个）"] = s["indices"]
    v["平台核心软硬件技术获得的专利数量（项）"], v["平台核心软硬件技术获得的软著数量（个）"] = s["ip"]
    v["平台是否有自研形成的核心技术突破"], v["平台是否具备碳管理服务能力"], v["平台是否融合使用国家标识解析系统"] = s["yes3"]
    v["平台获得省部级及以上奖项/荣誉数量（个）"] = len(s["awards"])
    v["平台建设与运营带动新增就业人数（人）"] = s["jobs"]
    v["平台社会贡献率（%）"] = s["social"]
    v["平台开放共享数据的形式及数量"] = s["open_data"]
    v["合作平台数量（个）"] = s["partners"]
    assert list(v) != [] and set(v) == set(SUMMARY_LABELS), set(SUMMARY_LABELS) ^ set(v)
    pkg = Pkg(pid, s, real=v)
    pkg.declared = dict(v)
    for k, val in s.get("declare", {}).items():
        pkg.declared[k] = val
    pkg.summary = dict(pkg.declared)
    pkg.summary.update(s.get("summary_diff", {}))
    return pkg


# ------------------------------------------------------------------ formatting
def fmt_num(x, style="plain") -> str:
    if isinstance(x, float):
        s = f"{x:,.2f}" if style == "comma" else f"{x:.2f}"
    else:
        s = f"{x:,}" if style == "comma" else str(x)
    return s


def fmt_dict(d: dict, sep="、", colon="：") -> str:
    return sep.join(f"{k}{colon}{n}" for k, n in d.items())


def summary_value(label: str, x, spec: dict) -> str:
    """What a reviewer writes in the 附件4 cell (from the 申报表)."""
    if x is None:
        return ""
    if label == HIST:
        return "；".join(f"{y}年平台营收{x[f'{y}年平台营收（万元）']:.2f}万元/增长率{x[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
    if label == ORDERS:
        return f"2023年自然年：{x['2023年自然年']}个；截至填表日前一年：{x['截至填表日前一年']}个"
    if label == SPEED:
        return spec["speed"][0]
    if label == SMART:
        return f"是，{x}家" if x else "否"
    if isinstance(x, bool):
        return "是" if x else "否"
    if isinstance(x, dict):
        return fmt_dict(x)
    if isinstance(x, (int, float)):
        return fmt_num(x)
    return str(x)


def summary_normalized(label: str, x):
    return x
