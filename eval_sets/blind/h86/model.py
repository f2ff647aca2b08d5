"""One package = one spec of the platform's real figures, expanded into the 103 附件4 values; planted
deviations say what the applicant *declared* instead (`declare`) or left blank (`blank`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from eval_sets.blind.h86.labels import SUMMARY_LABELS


def split(total: int, keys: list[str], weights: list[float]) -> dict[str, int]:
    """Largest-remainder split of an integer total."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(keys)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return dict(zip(keys, base))


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def f2(x: float) -> str:
    return f"{x:.2f}"


def th(x) -> str:
    """thousands separators as printed in evidence"""
    return f"{x:,.2f}" if isinstance(x, float) else f"{x:,}"


def bd(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


@dataclass
class Facts:
    file: str = ""
    items: list = field(default_factory=list)

    def add(self, label, value, unit, normalized, page, quote=None, row_label="", column_label="", component="",
            image_only=False, file=None):
        self.items.append(dict(label=label, value=str(value), unit=unit, normalized=normalized, file=file or self.file,
                               page=page, quote=str(quote if quote is not None else value), row_label=row_label,
                               column_label=column_label, component=component, image_only=image_only))


def derive(s: dict) -> dict:
    """Real 附件4 values (normalized) of a spec; the spec is a dict of primary figures."""
    v: dict = {}
    rev = s["rev"]  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
    v["序号"] = s["list_no"]
    v["企业名称"] = s["company"]
    v["平台名称"] = s["platform"]
    v["平台性质"] = s["nature"]
    v["联系人姓名"], v["联系人手机号"], v["联系人电子邮箱"] = s["contact"]
    v["评审会现场地址信息"] = s["address"]
    v["平台网址"] = s["url"]
    v["建设时间"] = s["build_time"]
    v["平台建设金额（万元）"] = s["build_amt"]
    hist = {}
    for y in (2021, 2022, 2023):
        hist[f"{y}年平台营收（万元）"] = rev[y]
        hist[f"{y}年增长率（%）"] = pct(rev[y] - rev[y - 1], rev[y - 1])
    v["平台近三年经营指标情况"] = hist
    v["平台建设方式"], v["平台运营模式"], v["部署方式"] = s["build_mode"], s["op_mode"], s["deploy"]
    v["平台团队总人数（人）"] = s["ops"] + s["opr"]
    v["运维人数（人）"], v["运营人数（人）"] = s["ops"], s["opr"]
    v["有相关技术职称/从业资格的人数（人）"] = s["qualified"]
    v["平台相关研发投入（万元）"] = s["rd"]
    v["平台相关研发投入强度（%）"] = pct(s["rd"], rev[2023])
    v["平台相关营业收入（万元）"] = rev[2023]
    v["平台利润率（%）"] = pct(s["profit"], rev[2023])
    v["付费用户占比（%）"] = pct(s["paid"], s["registered"])
    dev, pub, run = s["devices"], s["pub"], s["run"]
    ov = s["overseas"]
    ovn = sum(ov.values())
    cats, cw = s["dev_cats"]
    regs, rw = s["dev_regions"]
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = dev
    v["按二级分类统计工业设备数量（台/套）"] = split(dev, cats, cw)
    v["按省市区域统计工业设备数量（台/套）"] = {**split(dev - ovn, regs, rw), **ov}
    v["公有云工业设备连接数量（台/套）"] = pub
    v["按二级分类统计公有云工业设备数量（台/套）"] = split(pub, cats, cw)
    v["按省市区域统计公有云工业设备数量（台/套）"] = split(pub, regs, rw)
    v["公有云工业设备平均日运行数量（台/套）"] = run
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = split(run, cats, cw)
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = split(run, regs, rw)
    v["海外设备连接数量（台/套）"] = ovn
    v["按海外国家分类统计海外设备连接数量（台/套）"] = dict(ov) if ov else None
    v["工业协议兼容适配数量（个）"] = s["protocols"]
    v["工业软件总量（个）"] = s["software"]
    v["工业APP数量（个）"] = s["apps"]
    v["基于平台开发的工业APP数量（个）"] = s["native"]
    v["云化工业软件数量（个）"] = s["apps"] - s["native"]
    ac, aw = s["app_cats"]
    ai, iw = s["app_inds"]
    v["按分类统计工业APP数量（个）"] = split(s["apps"], ac, aw)
    v["按行业统计工业APP数量（个）"] = split(s["apps"], ai, iw)
    v["工业APP平均月活跃数量（个）"] = s["app_mau"]
    v["杀手锏APP数量（个）"] = 5
    v["公有云杀手锏APP平均日在线用户数（个）"] = s["killer_dau"]
    v["杀手锏APP日活次数（次）"] = s["killer_hits"]
    v["杀手锏APP月平均收入（万元）"] = s["killer_rev"]
    v["公有云工业APP数量（个）"] = s["pub_apps"]
    v["公有云工业APP平均日活跃数量（个）"] = s["pub_dau"]
    v["按分类统计公有云工业APP平均日活跃数量（个）"] = split(s["pub_dau"], ac, aw)
    v["按行业统计公有云工业APP平均日活跃数量（个）"] = split(s["pub_dau"], ai, iw)
    v["平台实际用云量（台）"] = s["servers"]
    v["平台公有云实际使用数量（台）"] = s["pub_servers"]
    v["存储容量（TB）"] = s["storage"]
    v["存储工业数据量（TB）"] = s["data"]
    v["公有云数据总量（TB）"] = s["pub_data"]
    v["存储资源利用率（%）"] = pct(s["data"], s["storage"])
    v["工业机理模型数量（个）"] = s["models"]
    v["活跃机理模型数量（一周调用5次以上）（个）"] = s["active_models"]
    v["核心工业模型平均月调用用户数量（个）"] = s["model_users"]
    v["按分类统计工业模型数量（个）"] = split(s["models"], ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"], s["model_w"])
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = s["speed"][0]
    v["微服务数量（个）"], v["活跃微服务数量（一周调用5次以上）（个）"] = s["ms"], s["active_ms"]
    v["开发者注册总数（个）"], v["活跃开发者数（个）"] = s["devs"], s["active_devs"]
    v["平台是否建立安全管理体系"] = True
    v["有否定期开展第三方安全测试/测评"] = True
    v["有否定期进行安全扫描"] = True
    v["注册企业用户数（个）"] = s["registered"]
    v["实际服务企业数（个）"] = s["served"]
    si, sw_ = s["served_inds"]
    sr, srw = s["served_regions"]
    v["按行业统计服务企业数（个）"] = split(s["served"], si, sw_)
    regions = split(s["served"] - s["served_local_fix"], sr, srw)
    regions = {"上海": s["served_local_fix"], **regions}
    v["按省市区域统计服务企业数（个）"] = regions
    v["付费企业数（个）"] = s["paid"]
    v["服务本市企业数量（个）"] = s["served_local_fix"]
    v["服务中小企业数量（个）"] = s["sme"]
    v["平台订单数量(近一年总量)（个）"] = s["orders"]
    v["平台交易规模年增长率（%）"] = s["trade_growth"]
    v["工业APP订阅总数量（个）"] = s["subs"]
    v["杀手锏工业APP订阅数量（个）"] = s["killer_subs"]
    v["工业APP订阅总金额（万元）"] = s["sub_amount"]
    v["平台连接工业设备利用率（%）"] = s["dev_util"]
    v["平台国产化率（%）"] = s["domestic"]
    v["平台是否服务上海智能工厂，数量"] = s["smart"]
    v["平台服务园区总数（个）"] = s["parks"]
    v["平台提供的解决方案总数（个）"] = s["solutions"]
    v["按新模式统计解决方案数量（个）"] = split(s["solutions"], ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制",
                                                     "服务化延伸"], s["sol_w"])
    v["投资回报率（%）"] = pct(s["profit"], s["build_amt"])
    v["企业是否已上市或已获得VC/PE投资"] = s["listed"][0]
    v["平台连接工业设备运维成本平均下降率（%）"] = s["om_down"]
    v["平台连接工业设备能耗平均下降率（%）"] = s["energy_down"]
    v["平台连接工业设备安全生产持续时间平均提升率（%）"] = s["safety_up"]
    v["平台现有特色指数（个）"] = s["indices"]
    v["平台核心软硬件技术获得的专利数量（项）"] = s["patents"]
    v["平台核心软硬件技术获得的软著数量（个）"] = s["softc"]
    v["平台是否有自研形成的核心技术突破"] = True
    v["平台是否具备碳管理服务能力"] = s["carbon"]
    v["平台是否融合使用国家标识解析系统"] = s["handle"]
    v["平台获得省部级及以上奖项/荣誉数量（个）"] = s["awards"]
    v["平台建设与运营带动新增就业人数（人）"] = s["jobs"]
    v["平台社会贡献率（%）"] = s["social"]
    v["平台开放共享数据的形式及数量"] = s["open_data"]
    v["合作平台数量（个）"] = s["partners"]
    assert list(v) == SUMMARY_LABELS, set(SUMMARY_LABELS) ^ set(v)
    return v


def recompute(v: dict, s: dict) -> None:
    """Keep the declared form coherent around a plant: rates follow from the declared inputs."""
    hist = v["平台近三年经营指标情况"]
    rev23 = v["平台相关营业收入（万元）"]
    hist["2023年平台营收（万元）"] = rev23
    hist["2023年增长率（%）"] = pct(rev23 - hist["2022年平台营收（万元）"], hist["2022年平台营收（万元）"])
    if v["平台相关研发投入（万元）"] is not None:
        v["平台相关研发投入强度（%）"] = pct(v["平台相关研发投入（万元）"], rev23)
    v["平台利润率（%）"] = pct(s["profit"], rev23)
    if v["存储工业数据量（TB）"] is not None:
        v["存储资源利用率（%）"] = pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])


DEC2 = {"平台建设金额（万元）", "平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台相关营业收入（万元）", "平台利润率（%）",
        "付费用户占比（%）", "杀手锏APP月平均收入（万元）", "平台实际用云量（台）", "存储容量（TB）", "存储工业数据量（TB）",
        "公有云数据总量（TB）", "存储资源利用率（%）", "平台交易规模年增长率（%）", "工业APP订阅总金额（万元）",
        "平台连接工业设备利用率（%）", "平台国产化率（%）", "投资回报率（%）", "平台连接工业设备运维成本平均下降率（%）",
        "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台社会贡献率（%）"}


def cell(label: str, n, s: dict) -> str:
    """What the applicant writes in the 申报表 / 汇总表 cell, and what a reviewer copies into the 附件4 row."""
    if n is None:
        return ""
    if label == "平台近三年经营指标情况":
        return "；".join(f"{y}年平台营收{n[f'{y}年平台营收（万元）']:.2f}万元/增长率{n[f'{y}年增长率（%）']:.2f}%"
                        for y in (2021, 2022, 2023))
    if label == "平台订单数量(近一年总量)（个）":
        return "；".join(f"{k}：{val}个" for k, val in n.items())
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return s["speed"][1]
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{n}家" if n else "否"
    if label == "企业是否已上市或已获得VC/PE投资":
        return "是" if n else "否"
    if isinstance(n, bool):
        return "是" if n else "否"
    if isinstance(n, dict):
        return bd(n)
    if label in DEC2:
        return f2(n)
    return str(n)


def summary_norm(label: str, n):
    if label == "平台近三年经营指标情况" and n is not None:
        return dict(n)
    return n
