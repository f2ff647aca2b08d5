"""The platform's figures (one consistent set a package), how a reviewer writes them, and the 指标明细表 rows."""

from __future__ import annotations

import random

from labels import APPX_A, APPX_B, APPX_D, APPX_E, LABELS


def split(rng: random.Random, total: int, keys: list[str], skew=1.6) -> dict[str, int]:
    weights = [rng.uniform(1, 3) ** skew for _ in keys]
    weights.sort(reverse=True)
    s = sum(weights)
    vals = [int(total * w / s) for w in weights]
    vals[0] += total - sum(vals)
    return dict(zip(keys, vals))


def sub_split(whole: dict[str, int], part_total: int) -> dict[str, int]:
    """Split part_total in proportion to whole, never above it per key."""
    total = sum(whole.values())
    out = {k: v * part_total // total for k, v in whole.items()}
    rest = part_total - sum(out.values())
    for k in sorted(whole, key=lambda k: -whole[k]):
        if rest == 0:
            break
        if out[k] < whole[k]:
            out[k] += 1
            rest -= 1
    return out


def pct(a, b):
    return round(a / b * 100 + 1e-9, 2)


def make_values(seed: int, p: dict) -> dict:
    """p holds the primary numbers; returns label → normalised value (all 103 rows) plus extras."""
    rng = random.Random(seed)
    v: dict = {}
    x: dict = {}  # extras not in 附件4 (texts, evidence-only numbers)
    v["序号"] = p["list_no"]
    v["企业名称"] = p["company"]
    v["平台名称"] = p["name"]
    v["平台性质"] = p["nature"]
    v["联系人姓名"], v["联系人手机号"], v["联系人电子邮箱"] = p["contact"]
    v["评审会现场地址信息"] = p["venue"]
    v["平台网址"] = p["url"]
    v["建设时间"] = p["period"]
    v["平台建设金额（万元）"] = p["build"]
    rev = p["rev"]  # {2020: , 2021: , 2022: , 2023: }
    brk = {}
    for y in (2021, 2022, 2023):
        brk[f"{y}年平台营收（万元）"] = rev[y]
        brk[f"{y}年增长率（%）"] = pct(rev[y] - rev[y - 1], rev[y - 1])
    v["平台近三年经营指标情况"] = brk
    v["平台建设方式"] = p.get("build_mode", "自建")
    v["平台运营模式"] = p.get("op_mode", "自运营")
    v["部署方式"] = p["deploy"]
    ops, opr = p["team"]
    v["平台团队总人数（人）"] = ops + opr
    v["运维人数（人）"] = ops
    v["运营人数（人）"] = opr
    v["有相关技术职称/从业资格的人数（人）"] = int((ops + opr) * 0.71)
    v["平台相关研发投入（万元）"] = p["rd"]
    v["平台相关研发投入强度（%）"] = pct(p["rd"], rev[2023])
    v["平台相关营业收入（万元）"] = rev[2023]
    v["平台利润率（%）"] = pct(p["profit"], rev[2023])
    # devices
    D, P, R = p["devices"]
    cats = rng.sample([c for c in APPX_A if c != "其他"], 6)
    dcat = split(rng, D, cats)
    overseas = p["overseas"]  # {country: n}
    O = sum(overseas.values())
    regions = ["上海", "江苏", "浙江", "安徽", "山东", "广东", "湖北", "四川", "河南", "福建"]
    rs = rng.sample(regions[1:], 6)
    dreg = {"上海": 0, **{r: 0 for r in rs}}
    dom = split(rng, D - O, ["上海"] + rs, skew=2.2)
    dreg = {**dom, **overseas}
    pcat, preg = sub_split(dcat, P), sub_split(dom, P)
    rcat, rreg = sub_split(pcat, R), sub_split(preg, R)
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = D
    v["按二级分类统计工业设备数量（台/套）"] = dcat
    v["按省市区域统计工业设备数量（台/套）"] = dreg
    v["公有云工业设备连接数量（台/套）"] = P
    v["按二级分类统计公有云工业设备数量（台/套）"] = pcat
    v["按省市区域统计公有云工业设备数量（台/套）"] = preg
    v["公有云工业设备平均日运行数量（台/套）"] = R
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = rcat
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = rreg
    v["海外设备连接数量（台/套）"] = O
    v["按海外国家分类统计海外设备连接数量（台/套）"] = dict(overseas)
    v["工业协议兼容适配数量（个）"] = p["protocols"]
    a1, c1 = p["apps"]
    A = a1 + c1
    v["工业软件总量（个）"] = A + p["other_sw"]
    v["工业APP数量（个）"] = A
    v["基于平台开发的工业APP数量（个）"] = a1
    v["云化工业软件数量（个）"] = c1
    v["按分类统计工业APP数量（个）"] = split(rng, A, rng.sample(APPX_B, 7))
    v["按行业统计工业APP数量（个）"] = split(rng, A, p["industries"])
    v["工业APP平均月活跃数量（个）"] = int(A * 0.68)
    v["杀手锏APP数量（个）"] = 5
    v["公有云杀手锏APP平均日在线用户数（个）"] = p["killer_users"]
    v["杀手锏APP日活次数（次）"] = p["killer_users"] * 11 + 37
    v["杀手锏APP月平均收入（万元）"] = p["killer_income"]
    PA = int(A * 0.55)
    PDA = int(PA * 0.46)
    v["公有云工业APP数量（个）"] = PA
    v["公有云工业APP平均日活跃数量（个）"] = PDA
    v["按分类统计公有云工业APP平均日活跃数量（个）"] = sub_split(v["按分类统计工业APP数量（个）"], PDA)
    v["按行业统计公有云工业APP平均日活跃数量（个）"] = sub_split(v["按行业统计工业APP数量（个）"], PDA)
    v["平台实际用云量（台）"] = p["cloud"][0]
    v["平台公有云实际使用数量（台）"] = p["cloud"][1]
    cap, data, pub = p["storage"]
    v["存储容量（TB）"] = cap
    v["存储工业数据量（TB）"] = data
    v["公有云数据总量（TB）"] = pub
    v["存储资源利用率（%）"] = pct(data, cap)
    M = p["models"]
    v["工业机理模型数量（个）"] = M
    v["活跃机理模型数量（一周调用5次以上）（个）"] = int(M * 0.47)
    v["核心工业模型平均月调用用户数量（个）"] = p["model_users"]
    v["按分类统计工业模型数量（个）"] = split(rng, M, APPX_D, skew=1.0)
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = "秒级"
    x["speed_text"] = p.get("speed_text", "秒级（单TB时序数据聚合查询平均约2.6秒）")
    ms = p["micro"]
    v["微服务数量（个）"] = ms
    v["活跃微服务数量（一周调用5次以上）（个）"] = int(ms * 0.52)
    dev = p["developers"]
    v["开发者注册总数（个）"] = dev
    v["活跃开发者数（个）"] = int(dev * 0.23)
    v["平台是否建立安全管理体系"] = True
    v["有否定期开展第三方安全测试/测评"] = True
    v["有否定期进行安全扫描"] = True
    E, S = p["enterprises"]
    v["注册企业用户数（个）"] = E
    v["实际服务企业数（个）"] = S
    v["按行业统计服务企业数（个）"] = split(rng, S, p["industries"] + ["其他"])
    sreg = split(rng, S, ["上海"] + rs, skew=2.6)
    v["按省市区域统计服务企业数（个）"] = sreg
    v["付费企业数（个）"] = int(S * 0.31)
    v["服务本市企业数量（个）"] = sreg["上海"]
    v["服务中小企业数量（个）"] = int(S * 0.72)
    v["付费用户占比（%）"] = pct(v["付费企业数（个）"], E)
    v["平台订单数量(近一年总量)（个）"] = {"2023年自然年": p["orders"][0], "截至填表日前一年": p["orders"][1]}
    v["平台交易规模年增长率（%）"] = p["trade_growth"]
    subs = p["subs"]
    v["工业APP订阅总数量（个）"] = subs
    v["杀手锏工业APP订阅数量（个）"] = int(subs * 0.44)
    v["工业APP订阅总金额（万元）"] = p["subs_amount"]
    v["平台连接工业设备利用率（%）"] = p["util"]
    v["平台国产化率（%）"] = p["domestic"]
    v["平台是否服务上海智能工厂，数量"] = p["factories"]
    v["平台服务园区总数（个）"] = p["parks"]
    sol = split(rng, p["solutions"], APPX_E, skew=0.8)
    v["平台提供的解决方案总数（个）"] = p["solutions"]
    v["按新模式统计解决方案数量（个）"] = sol
    v["投资回报率（%）"] = pct(p["profit"], p["build"])
    v["企业是否已上市或已获得VC/PE投资"] = p["listed"] is not None
    v["平台连接工业设备运维成本平均下降率（%）"] = round(sum(p["cases"][0]) / 3 + 1e-9, 2)
    v["平台连接工业设备能耗平均下降率（%）"] = round(sum(p["cases"][1]) / 3 + 1e-9, 2)
    v["平台连接工业设备安全生产持续时间平均提升率（%）"] = round(sum(p["cases"][2]) / 3 + 1e-9, 2)
    v["平台现有特色指数（个）"] = p["indices"]
    v["平台核心软硬件技术获得的专利数量（项）"] = p["patents"]
    v["平台核心软硬件技术获得的软著数量（个）"] = p["softcr"]
    v["平台是否有自研形成的核心技术突破"] = True
    v["平台是否具备碳管理服务能力"] = p.get("carbon", True)
    v["平台是否融合使用国家标识解析系统"] = p.get("idres", True)
    v["平台获得省部级及以上奖项/荣誉数量（个）"] = len(p["awards"])
    v["平台建设与运营带动新增就业人数（人）"] = p["jobs"]
    v["平台社会贡献率（%）"] = p["social"]
    v["平台开放共享数据的形式及数量"] = p["open_data"]
    v["合作平台数量（个）"] = p["partners"]
    assert set(v) == set(LABELS), set(LABELS) ^ set(v)
    return v


# ------------------------------------------------------------------ how a reviewer writes a value
MONEY = {"平台建设金额（万元）", "平台相关研发投入（万元）", "平台相关营业收入（万元）", "杀手锏APP月平均收入（万元）",
         "工业APP订阅总金额（万元）", "平台实际用云量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）"}


def fmt_num(label: str, n) -> str:
    if isinstance(n, float) or label in MONEY or "（%）" in label:
        return f"{float(n):.2f}"
    return str(n)


def display(label: str, val, p: dict) -> str:
    if val is None:
        return ""
    if label == "平台近三年经营指标情况":
        return "；".join(f"{y}年平台营收{val[f'{y}年平台营收（万元）']:.2f}万元/增长率{val[f'{y}年增长率（%）']:.2f}%"
                        for y in (2021, 2022, 2023))
    if label == "平台订单数量(近一年总量)（个）":
        return "；".join(f"{k}：{n}个" for k, n in val.items())
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return p["_speed_text"]
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{val}家"
    if label == "企业是否已上市或已获得VC/PE投资":
        return f"是，{p['listed']}" if val else "否"
    if label == "有否定期开展第三方安全测试/测评":
        return "是，" + p.get("pentest", "每年一次")
    if label == "有否定期进行安全扫描":
        return "是，" + p.get("scan", "每月一次")
    if isinstance(val, bool):
        return "是" if val else "否"
    if isinstance(val, dict):
        return "、".join(f"{k}：{n}" for k, n in val.items())
    if isinstance(val, (int, float)):
        return fmt_num(label, val)
    return str(val)
