"""Values model of blind set h56: declared 申报表 values with derived formulas, row formatting."""
from __future__ import annotations

from labels import LABELS

TWO_DEC = {l for l in LABELS if "（万元）" in l or "（%）" in l or "（TB）" in l} | {"平台实际用云量（台）"}


def split(total: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def bd(names: list[str], total: int, weights: list[float]) -> dict[str, int]:
    return dict(zip(names, split(total, weights)))


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


def growth(a: float, b: float) -> float:
    return r2((b - a) / a * 100)


def fmt(label: str, v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if label == "平台近三年经营指标情况":
        return "；".join(f"{y}年平台营收{v[f'{y}年平台营收（万元）']:.2f}万元/增长率{v[f'{y}年增长率（%）']:.2f}%"
                        for y in (2021, 2022, 2023))
    if label == "平台订单数量(近一年总量)（个）":
        return "；".join(f"{k}：{n}个" for k, n in v.items())
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{v}家" if v else "否"
    if isinstance(v, dict):
        return "、".join(f"{k}：{n}" for k, n in v.items())
    if label in TWO_DEC and isinstance(v, (int, float)):
        return f"{v:.2f}"
    return str(v)


def derive(v: dict) -> dict:
    """Fill the formula rows from their inputs (kept under '_' keys)."""
    f = v["_fin"]
    v["平台相关营业收入（万元）"] = f["r23"]
    v["平台相关研发投入（万元）"] = f["rd"]
    v["平台相关研发投入强度（%）"] = r2(f["rd"] / f["r23"] * 100)
    v["平台利润率（%）"] = r2(f["profit"] / f["r23"] * 100)
    v["投资回报率（%）"] = r2(f["profit"] / f["build"] * 100)
    v["平台建设金额（万元）"] = f["build"]
    v["平台近三年经营指标情况"] = {
        "2021年平台营收（万元）": f["r21"], "2021年增长率（%）": f["g21"],
        "2022年平台营收（万元）": f["r22"], "2022年增长率（%）": growth(f["r21"], f["r22"]),
        "2023年平台营收（万元）": f["r23"], "2023年增长率（%）": growth(f["r22"], f["r23"]),
    }
    v["付费用户占比（%）"] = r2(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100)
    v["存储资源利用率（%）"] = r2(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100)
    v["运维人数（人）"] = v["平台团队总人数（人）"] - v["运营人数（人）"]
    reg = v["按省市区域统计服务企业数（个）"]
    v["服务本市企业数量（个）"] = reg.get("上海", 0)
    return v


def check_clean(v: dict) -> list[str]:
    """Consistency audit of a values dict (returns the failures)."""
    bad = []
    def eq(a, b, what):
        if abs(a - b) > 0.005:
            bad.append(f"{what}: {a} != {b}")
    def le(a, b, what):
        if a > b:
            bad.append(f"{what}: {a} > {b}")
    s = lambda k: sum(v[k].values()) if v[k] else 0
    eq(s("按二级分类统计工业设备数量（台/套）"), v["连接的工业设备/产品/产线种类及数量（台/套）"], "设备分类")
    eq(s("按省市区域统计工业设备数量（台/套）"), v["连接的工业设备/产品/产线种类及数量（台/套）"], "设备区域")
    eq(s("按二级分类统计公有云工业设备数量（台/套）"), v["公有云工业设备连接数量（台/套）"], "公有云分类")
    eq(s("按省市区域统计公有云工业设备数量（台/套）"), v["公有云工业设备连接数量（台/套）"], "公有云区域")
    eq(s("按二级分类统计公有云工业设备平均日运行数量（台/套）"), v["公有云工业设备平均日运行数量（台/套）"], "日运行分类")
    eq(s("按省市区域统计公有云工业设备平均日运行数量（台/套）"), v["公有云工业设备平均日运行数量（台/套）"], "日运行区域")
    eq(s("按海外国家分类统计海外设备连接数量（台/套）"), v["海外设备连接数量（台/套）"], "海外")
    le(v["公有云工业设备连接数量（台/套）"], v["连接的工业设备/产品/产线种类及数量（台/套）"], "公有云≤总")
    le(v["公有云工业设备平均日运行数量（台/套）"], v["公有云工业设备连接数量（台/套）"], "日运行≤公有云")
    eq(v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"], v["工业APP数量（个）"], "APP组成")
    le(v["云化工业软件数量（个）"], v["工业软件总量（个）"], "云化≤软件")
    eq(s("按分类统计工业APP数量（个）"), v["工业APP数量（个）"], "APP分类")
    eq(s("按行业统计工业APP数量（个）"), v["工业APP数量（个）"], "APP行业")
    le(v["工业APP平均月活跃数量（个）"], v["工业APP数量（个）"], "月活")
    le(v["公有云工业APP数量（个）"], v["工业APP数量（个）"], "公有云APP")
    le(v["公有云工业APP平均日活跃数量（个）"], v["公有云工业APP数量（个）"], "公有云APP日活")
    eq(s("按分类统计公有云工业APP平均日活跃数量（个）"), v["公有云工业APP平均日活跃数量（个）"], "日活分类")
    eq(s("按行业统计公有云工业APP平均日活跃数量（个）"), v["公有云工业APP平均日活跃数量（个）"], "日活行业")
    le(v["平台公有云实际使用数量（台）"], v["平台实际用云量（台）"], "用云")
    le(v["公有云数据总量（TB）"], v["存储工业数据量（TB）"], "公有云数据")
    le(v["存储工业数据量（TB）"], v["存储容量（TB）"], "数据≤容量")
    le(v["活跃机理模型数量（一周调用5次以上）（个）"], v["工业机理模型数量（个）"], "活跃模型")
    eq(s("按分类统计工业模型数量（个）"), v["工业机理模型数量（个）"], "模型分类")
    le(v["活跃微服务数量（一周调用5次以上）（个）"], v["微服务数量（个）"], "微服务")
    le(v["活跃开发者数（个）"], v["开发者注册总数（个）"], "开发者")
    le(v["实际服务企业数（个）"], v["注册企业用户数（个）"], "实际服务")
    eq(s("按行业统计服务企业数（个）"), v["实际服务企业数（个）"], "服务行业")
    eq(s("按省市区域统计服务企业数（个）"), v["实际服务企业数（个）"], "服务区域")
    le(v["付费企业数（个）"], v["实际服务企业数（个）"], "付费")
    le(v["服务中小企业数量（个）"], v["实际服务企业数（个）"], "中小")
    le(v["杀手锏工业APP订阅数量（个）"], v["工业APP订阅总数量（个）"], "杀手锏订阅")
    eq(s("按新模式统计解决方案数量（个）"), v["平台提供的解决方案总数（个）"], "解决方案")
    eq(v["运维人数（人）"] + v["运营人数（人）"], v["平台团队总人数（人）"], "人数")
    le(v["有相关技术职称/从业资格的人数（人）"], v["平台团队总人数（人）"], "职称")
    eq(v["杀手锏APP数量（个）"], 5, "杀手锏=5")
    missing = [l for l in LABELS if l not in v]
    if missing:
        bad.append(f"missing {missing}")
    return bad
