"""The platform model of an h93 package: primary figures -> all 103 附件4 rows (real values)."""

from __future__ import annotations

import numpy as np

from eval_sets.blind.h93.labels import LABELS

APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, keys: list[str], rng: np.random.Generator, skew: float = 1.5) -> dict[str, int]:
    w = np.array([skew ** -(i * 0.8) for i in range(len(keys))]) * rng.uniform(0.85, 1.15, len(keys))
    w = w / w.sum()
    parts = [int(total * x) for x in w]
    parts[0] += total - sum(parts)
    return dict(zip(keys, parts))


def scale(parent: dict[str, int], total: int) -> dict[str, int]:
    """Split total in proportion to parent (each part <= the parent's part when total <= sum(parent))."""
    whole = sum(parent.values())
    raw = {k: n * total / whole for k, n in parent.items()}
    out = {k: int(x) for k, x in raw.items()}
    for k in sorted(raw, key=lambda k: (out[k] - raw[k], list(raw).index(k)))[:total - sum(out.values())]:
        out[k] += 1
    return out


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def derive(s: dict, rng: np.random.Generator) -> dict:
    """Return {label: normalized} for the 103 rows, computed from the spec's primary figures."""
    v: dict = {}
    v["序号"] = s["list_no"]
    v["企业名称"] = s["company"]
    v["平台名称"] = s["name"]
    v["平台性质"] = s["nature"]
    v["联系人姓名"], v["联系人手机号"], v["联系人电子邮箱"] = s["contact"]
    v["评审会现场地址信息"] = s["address"]
    v["平台网址"] = s["url"]
    v["建设时间"] = s["built"]
    v["平台建设金额（万元）"] = s["invest"]
    r = s["rev"]  # {2020:.., 2021:.., 2022:.., 2023:..}
    hist = {}
    for y in (2021, 2022, 2023):
        hist[f"{y}年平台营收（万元）"] = r[y]
        hist[f"{y}年增长率（%）"] = pct(r[y] - r[y - 1], r[y - 1])
    v["平台近三年经营指标情况"] = hist
    v["平台建设方式"], v["平台运营模式"], v["部署方式"] = s["modes"]
    ops, run = s["team"]
    v["平台团队总人数（人）"] = ops + run
    v["运维人数（人）"] = ops
    v["运营人数（人）"] = run
    v["有相关技术职称/从业资格的人数（人）"] = s["qualified"]
    v["平台相关研发投入（万元）"] = s["rd"]
    v["平台相关研发投入强度（%）"] = pct(s["rd"], r[2023])
    v["平台相关营业收入（万元）"] = r[2023]
    v["平台利润率（%）"] = pct(s["profit"], r[2023])
    dev, pub, run_d, overseas = s["devices"]
    cats, regions = s["dev_cats"], s["regions"]
    ov = s["overseas"]
    dom = dev - overseas
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = dev
    v["按二级分类统计工业设备数量（台/套）"] = split(dev, cats, rng)
    v["按省市区域统计工业设备数量（台/套）"] = {**split(dom, regions, rng, 2.0), **(split(overseas, ov, rng) if overseas else {})}
    v["公有云工业设备连接数量（台/套）"] = pub
    v["按二级分类统计公有云工业设备数量（台/套）"] = scale(v["按二级分类统计工业设备数量（台/套）"], pub)
    v["按省市区域统计公有云工业设备数量（台/套）"] = scale(v["按省市区域统计工业设备数量（台/套）"], pub)
    v["公有云工业设备平均日运行数量（台/套）"] = run_d
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = scale(v["按二级分类统计公有云工业设备数量（台/套）"], run_d)
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = scale(v["按省市区域统计公有云工业设备数量（台/套）"], run_d)
    v["海外设备连接数量（台/套）"] = overseas
    v["按海外国家分类统计海外设备连接数量（台/套）"] = {k: v["按省市区域统计工业设备数量（台/套）"][k] for k in ov} if overseas else None
    v["工业协议兼容适配数量（个）"] = s["protocols"]
    apps = s["apps"]
    v["工业软件总量（个）"] = apps + s["soft_extra"]
    v["工业APP数量（个）"] = apps
    native = int(apps * 0.62)
    v["基于平台开发的工业APP数量（个）"] = native
    v["云化工业软件数量（个）"] = apps - native
    v["按分类统计工业APP数量（个）"] = split(apps, s["app_cats"], rng)
    v["按行业统计工业APP数量（个）"] = split(apps, s["industries"][:6], rng)
    v["工业APP平均月活跃数量（个）"] = int(apps * 0.71)
    v["杀手锏APP数量（个）"] = 5
    v["公有云杀手锏APP平均日在线用户数（个）"] = s["killer_online"]
    v["杀手锏APP日活次数（次）"] = s["killer_online"] * 11 + 37
    v["杀手锏APP月平均收入（万元）"] = s["killer_income"]
    papps = int(apps * 0.55)
    v["公有云工业APP数量（个）"] = papps
    pact = int(papps * 0.46)
    v["公有云工业APP平均日活跃数量（个）"] = pact
    v["按分类统计公有云工业APP平均日活跃数量（个）"] = scale(v["按分类统计工业APP数量（个）"], pact)
    v["按行业统计公有云工业APP平均日活跃数量（个）"] = scale(v["按行业统计工业APP数量（个）"], pact)
    cloud, pcloud, cap, stored, pdata = s["cloud"]
    v["平台实际用云量（台）"] = cloud
    v["平台公有云实际使用数量（台）"] = pcloud
    v["存储容量（TB）"] = cap
    v["存储工业数据量（TB）"] = stored
    v["公有云数据总量（TB）"] = pdata
    v["存储资源利用率（%）"] = pct(stored, cap)
    models = s["models"]
    v["工业机理模型数量（个）"] = models
    v["活跃机理模型数量（一周调用5次以上）（个）"] = int(models * 0.48)
    v["核心工业模型平均月调用用户数量（个）"] = s["model_users"]
    v["按分类统计工业模型数量（个）"] = split(models, s["model_cats"], rng, 1.2)
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = s["speed"]
    ms = s["micro"]
    v["微服务数量（个）"] = ms
    v["活跃微服务数量（一周调用5次以上）（个）"] = int(ms * 0.57)
    devs, adevs = s["developers"]
    v["开发者注册总数（个）"] = devs
    v["活跃开发者数（个）"] = adevs
    v["平台是否建立安全管理体系"] = True
    v["有否定期开展第三方安全测试/测评"] = True
    v["有否定期进行安全扫描"] = True
    reg, served, paid, local, sme = s["users"]
    v["注册企业用户数（个）"] = reg
    v["实际服务企业数（个）"] = served
    v["按行业统计服务企业数（个）"] = split(served, s["industries"], rng, 1.3)
    v["按省市区域统计服务企业数（个）"] = {"上海": local, **split(served - local, [x for x in regions if x != "上海"], rng, 1.6)}
    v["付费企业数（个）"] = paid
    v["服务本市企业数量（个）"] = local
    v["服务中小企业数量（个）"] = sme
    v["付费用户占比（%）"] = pct(paid, reg)
    v["平台订单数量(近一年总量)（个）"] = s["orders"]
    v["平台交易规模年增长率（%）"] = s["trade_growth"]
    subs, ksubs, amount = s["subs"]
    v["工业APP订阅总数量（个）"] = subs
    v["杀手锏工业APP订阅数量（个）"] = ksubs
    v["工业APP订阅总金额（万元）"] = amount
    v["平台连接工业设备利用率（%）"] = s["dev_util"]
    v["平台国产化率（%）"] = s["domestic"]
    v["平台是否服务上海智能工厂，数量"] = s["smart_factories"]
    v["平台服务园区总数（个）"] = s["parks"]
    sol = s["solutions"]
    v["平台提供的解决方案总数（个）"] = sol
    v["按新模式统计解决方案数量（个）"] = split(sol, MODES, rng, 1.1)
    v["投资回报率（%）"] = pct(s["profit"], s["invest"])
    v["企业是否已上市或已获得VC/PE投资"] = s["listed"]
    v["平台连接工业设备运维成本平均下降率（%）"] = round(sum(s["cases"][0]) / 3, 2)
    v["平台连接工业设备能耗平均下降率（%）"] = round(sum(s["cases"][1]) / 3, 2)
    v["平台连接工业设备安全生产持续时间平均提升率（%）"] = round(sum(s["cases"][2]) / 3, 2)
    v["平台现有特色指数（个）"] = s["indices"]
    v["平台核心软硬件技术获得的专利数量（项）"] = s["patents"]
    v["平台核心软硬件技术获得的软著数量（个）"] = s["copyrights"]
    v["平台是否有自研形成的核心技术突破"] = True
    v["平台是否具备碳管理服务能力"] = s["carbon"]
    v["平台是否融合使用国家标识解析系统"] = s["identifier"]
    v["平台获得省部级及以上奖项/荣誉数量（个）"] = len(s["awards"])
    v["平台建设与运营带动新增就业人数（人）"] = s["jobs"]
    v["平台社会贡献率（%）"] = s["social"]
    v["平台开放共享数据的形式及数量"] = s["open_data"]
    v["合作平台数量（个）"] = s["partners"]
    assert list(v) == LABELS or set(v) == set(LABELS), set(LABELS) ^ set(v)
    return {k: v[k] for k in LABELS}


def fmt_num(x, sep=False, dec=None) -> str:
    if isinstance(x, float) or dec:
        d = 2 if dec is None else dec
        return f"{x:,.{d}f}" if sep else f"{x:.{d}f}"
    return f"{x:,}" if sep else str(x)


def breakdown_text(d: dict, sep="、", colon="：") -> str:
    return sep.join(f"{k}{colon}{n}" for k, n in d.items())


def summary_value(label: str, n) -> str:
    """What a reviewer writes in the 附件4 cell for the normalized value."""
    if n is None:
        return ""
    if isinstance(n, bool):
        return "是" if n else "否"
    if label == "平台近三年经营指标情况":
        return "；".join(f"{y}年平台营收{n[f'{y}年平台营收（万元）']:.2f}万元/增长率{n[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
    if label.startswith("平台订单数量"):
        return "；".join(f"{k}：{x}个" for k, x in n.items())
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{n}家" if n else "否"
    if isinstance(n, dict):
        return breakdown_text(n)
    if isinstance(n, float):
        return f"{n:.2f}"
    return str(n)
