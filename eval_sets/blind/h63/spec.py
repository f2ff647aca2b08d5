"""One source of truth per package: the declared values (what the 申报表 says), derived from a few knobs
with the notice's formulas, so totals add up and formulas hold unless a problem is planted on purpose."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


def split(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder split of total by weights; sums exactly to total."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


def f2(x: float) -> str:
    return f"{x:.2f}"


def bd(keys: list[str], vals: list[int]) -> dict[str, int]:
    return {k: v for k, v in zip(keys, vals) if v}


def bd_text(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


@dataclass
class Pkg:
    pid: str
    list_no: int
    listed_name: str
    company: str
    declared_name: str
    p2023: bool
    nature: str
    short: str                      # company short name used in file names and seals
    contact: tuple[str, str, str]   # name, phone, email
    position: str
    address: str
    url: str
    account: tuple[str, str]        # user, password (a secret)
    build_period: tuple[str, str]   # ("2019.03", "2023.12")
    k: dict                         # knobs
    texts: dict                     # free-text answers
    seed: int
    v: dict = field(default_factory=dict)   # declared values (numbers), filled by derive()
    over: dict = field(default_factory=dict)  # form overrides (planted problems): label -> (value, normalized)


def derive(p: Pkg) -> None:
    k, v = p.k, p.v
    rnd = random.Random(p.seed)
    v["rev"] = {2020: k["rev20"], 2021: k["rev21"], 2022: k["rev22"], 2023: k["rev23"]}
    v["growth"] = {y: r2((v["rev"][y] / v["rev"][y - 1] - 1) * 100) for y in (2021, 2022, 2023)}
    v["rd"] = k["rd"]
    v["rd_int"] = r2(k["rd"] / k["rev23"] * 100)
    v["profit"] = k["profit"]
    v["margin"] = r2(k["profit"] / k["rev23"] * 100)
    v["roi"] = r2(k["profit"] / k["build"] * 100)
    v["paid_share"] = r2(k["paid"] / k["registered"] * 100)
    v["storage_util"] = r2(k["data"] / k["cap"] * 100)
    # devices
    cats = k["dev_cats"]
    dev = split(k["devices"] - sum(k["overseas"].values()), [w for _, w in k["dev_regions"]])
    v["dev_cat"] = bd([c for c, _ in cats], split(k["devices"], [w for _, w in cats]))
    regions = dict(zip([r for r, _ in k["dev_regions"]], dev))
    regions.update(k["overseas"])
    v["dev_region"] = regions
    v["pub_cat"] = bd(list(v["dev_cat"]), split(k["pub"], list(v["dev_cat"].values())))
    v["pub_region"] = bd(list(regions), split(k["pub"], list(regions.values())))
    v["run_cat"] = bd(list(v["pub_cat"]), split(k["run"], list(v["pub_cat"].values())))
    v["run_region"] = bd(list(v["pub_region"]), split(k["run"], list(v["pub_region"].values())))
    v["overseas_total"] = sum(k["overseas"].values())
    # apps
    v["app_cat"] = bd([c for c, _ in k["app_cats"]], split(k["apps"], [w for _, w in k["app_cats"]]))
    v["app_ind"] = bd([c for c, _ in k["app_inds"]], split(k["apps"], [w for _, w in k["app_inds"]]))
    v["papp_cat"] = bd(list(v["app_cat"]), split(k["papp_active"], list(v["app_cat"].values())))
    v["papp_ind"] = bd(list(v["app_ind"]), split(k["papp_active"], list(v["app_ind"].values())))
    # models
    v["model_cat"] = bd(["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"],
                        split(k["models"], k["model_w"]))
    # service enterprises
    others = split(k["served"] - k["local"], [w for _, w in k["svc_regions"]])
    v["svc_region"] = {"上海": k["local"], **dict(zip([r for r, _ in k["svc_regions"]], others))}
    v["svc_ind"] = bd([c for c, _ in k["svc_inds"]], split(k["served"], [w for _, w in k["svc_inds"]]))
    v["solutions"] = bd(["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"],
                        split(k["solutions"], k["sol_w"]))
    rnd.random()


def ylabel(y: int) -> str:
    return f"{y}年平台营收（万元）"


def summary_rows(p: Pkg) -> list[tuple[str, str, object]]:
    """The 103 附件4 rows: (label, value as a reviewer writes it, normalized), from the 申报表."""
    k, v, t = p.k, p.v, p.texts
    yn = lambda b: ("是" if b else "否", b)  # noqa: E731
    rev = v["rev"]
    three = "；".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(v['growth'][y])}%" for y in (2021, 2022, 2023))
    three_n = {}
    for y in (2021, 2022, 2023):
        three_n[f"{y}年平台营收（万元）"] = rev[y]
        three_n[f"{y}年增长率（%）"] = v["growth"][y]
    rows = [
        ("序号", str(p.list_no), p.list_no),
        ("企业名称", p.company, p.company),
        ("平台名称", p.declared_name, p.declared_name),
        ("平台性质", f"{p.nature}工业互联网平台", f"{p.nature}工业互联网平台"),
        ("联系人姓名", p.contact[0], p.contact[0]),
        ("联系人手机号", p.contact[1], p.contact[1]),
        ("联系人电子邮箱", p.contact[2], p.contact[2]),
        ("评审会现场地址信息", p.address, p.address),
        ("平台网址", p.url, p.url),
        ("建设时间", f"{p.build_period[0]}-{p.build_period[1]}", f"{p.build_period[0]}-{p.build_period[1]}"),
        ("平台建设金额（万元）", f2(k["build"]), k["build"]),
        ("平台近三年经营指标情况", three, three_n),
        ("平台建设方式", t["build_mode"], t["build_mode"]),
        ("平台运营模式", t["op_mode"], t["op_mode"]),
        ("部署方式", t["deploy"], t["deploy"]),
        ("平台团队总人数（人）", str(k["ops"] + k["runs"]), k["ops"] + k["runs"]),
        ("运维人数（人）", str(k["ops"]), k["ops"]),
        ("运营人数（人）", str(k["runs"]), k["runs"]),
        ("有相关技术职称/从业资格的人数（人）", str(k["qualified"]), k["qualified"]),
        ("平台相关研发投入（万元）", f2(v["rd"]), v["rd"]),
        ("平台相关研发投入强度（%）", f2(v["rd_int"]), v["rd_int"]),
        ("平台相关营业收入（万元）", f2(rev[2023]), rev[2023]),
        ("平台利润率（%）", f2(v["margin"]), v["margin"]),
        ("付费用户占比（%）", f2(v["paid_share"]), v["paid_share"]),
        ("连接的工业设备/产品/产线种类及数量（台/套）", str(k["devices"]), k["devices"]),
        ("按二级分类统计工业设备数量（台/套）", bd_text(v["dev_cat"]), v["dev_cat"]),
        ("按省市区域统计工业设备数量（台/套）", bd_text(v["dev_region"]), v["dev_region"]),
        ("公有云工业设备连接数量（台/套）", str(k["pub"]), k["pub"]),
        ("按二级分类统计公有云工业设备数量（台/套）", bd_text(v["pub_cat"]), v["pub_cat"]),
        ("按省市区域统计公有云工业设备数量（台/套）", bd_text(v["pub_region"]), v["pub_region"]),
        ("公有云工业设备平均日运行数量（台/套）", str(k["run"]), k["run"]),
        ("按二级分类统计公有云工业设备平均日运行数量（台/套）", bd_text(v["run_cat"]), v["run_cat"]),
        ("按省市区域统计公有云工业设备平均日运行数量（台/套）", bd_text(v["run_region"]), v["run_region"]),
        ("海外设备连接数量（台/套）", str(v["overseas_total"]), v["overseas_total"]),
        ("按海外国家分类统计海外设备连接数量（台/套）", bd_text(k["overseas"]) if k["overseas"] else "无",
         dict(k["overseas"]) if k["overseas"] else None),  # 「无」: null, as the independent truths write it
        ("工业协议兼容适配数量（个）", str(k["protocols"]), k["protocols"]),
        ("工业软件总量（个）", str(k["software"]), k["software"]),
        ("工业APP数量（个）", str(k["apps"]), k["apps"]),
        ("基于平台开发的工业APP数量（个）", str(k["app_dev"]), k["app_dev"]),
        ("云化工业软件数量（个）", str(k["apps"] - k["app_dev"]), k["apps"] - k["app_dev"]),
        ("按分类统计工业APP数量（个）", bd_text(v["app_cat"]), v["app_cat"]),
        ("按行业统计工业APP数量（个）", bd_text(v["app_ind"]), v["app_ind"]),
        ("工业APP平均月活跃数量（个）", str(k["app_mau"]), k["app_mau"]),
        ("杀手锏APP数量（个）", "5", 5),
        ("公有云杀手锏APP平均日在线用户数（个）", str(k["killer_users"]), k["killer_users"]),
        ("杀手锏APP日活次数（次）", str(k["killer_times"]), k["killer_times"]),
        ("杀手锏APP月平均收入（万元）", f2(k["killer_income"]), k["killer_income"]),
        ("公有云工业APP数量（个）", str(k["papps"]), k["papps"]),
        ("公有云工业APP平均日活跃数量（个）", str(k["papp_active"]), k["papp_active"]),
        ("按分类统计公有云工业APP平均日活跃数量（个）", bd_text(v["papp_cat"]), v["papp_cat"]),
        ("按行业统计公有云工业APP平均日活跃数量（个）", bd_text(v["papp_ind"]), v["papp_ind"]),
        ("平台实际用云量（台）", f2(k["cloud"]), k["cloud"]),
        ("平台公有云实际使用数量（台）", str(k["pcloud"]), k["pcloud"]),
        ("存储容量（TB）", f2(k["cap"]), k["cap"]),
        ("存储工业数据量（TB）", f2(k["data"]), k["data"]),
        ("公有云数据总量（TB）", f2(k["pdata"]), k["pdata"]),
        ("存储资源利用率（%）", f2(v["storage_util"]), v["storage_util"]),
        ("工业机理模型数量（个）", str(k["models"]), k["models"]),
        ("活跃机理模型数量（一周调用5次以上）（个）", str(k["models_active"]), k["models_active"]),
        ("核心工业模型平均月调用用户数量（个）", str(k["model_users"]), k["model_users"]),
        ("按分类统计工业模型数量（个）", bd_text(v["model_cat"]), v["model_cat"]),
        ("数据分析平台均速度（每TB分级/秒级/毫秒级）", t["speed"], t["speed"].split("（")[0]),  # the grade: 秒级, 毫秒级 (not its first two characters)
        ("微服务数量（个）", str(k["ms"]), k["ms"]),
        ("活跃微服务数量（一周调用5次以上）（个）", str(k["ms_active"]), k["ms_active"]),
        ("开发者注册总数（个）", str(k["devs"]), k["devs"]),
        ("活跃开发者数（个）", str(k["devs_active"]), k["devs_active"]),
        ("平台是否建立安全管理体系", *yn(True)),
        ("有否定期开展第三方安全测试/测评", *yn(True)),
        ("有否定期进行安全扫描", *yn(True)),
        ("注册企业用户数（个）", str(k["registered"]), k["registered"]),
        ("实际服务企业数（个）", str(k["served"]), k["served"]),
        ("按行业统计服务企业数（个）", bd_text(v["svc_ind"]), v["svc_ind"]),
        ("按省市区域统计服务企业数（个）", bd_text(v["svc_region"]), v["svc_region"]),
        ("付费企业数（个）", str(k["paid"]), k["paid"]),
        ("服务本市企业数量（个）", str(k["local"]), k["local"]),
        ("服务中小企业数量（个）", str(k["sme"]), k["sme"]),
        ("平台订单数量(近一年总量)（个）", f"2023年自然年：{k['orders23']}个；截至填表日前一年：{k['orders_ttm']}个",
         {"2023年自然年": k["orders23"], "截至填表日前一年": k["orders_ttm"]}),
        ("平台交易规模年增长率（%）", f2(k["trade_growth"]), k["trade_growth"]),
        ("工业APP订阅总数量（个）", str(k["subs"]), k["subs"]),
        ("杀手锏工业APP订阅数量（个）", str(k["killer_subs"]), k["killer_subs"]),
        ("工业APP订阅总金额（万元）", f2(k["sub_amount"]), k["sub_amount"]),
        ("平台连接工业设备利用率（%）", f2(k["dev_util"]), k["dev_util"]),
        ("平台国产化率（%）", f2(k["domestic"]), k["domestic"]),
        ("平台是否服务上海智能工厂，数量", f"是，{k['factories']}家", k["factories"]),
        ("平台服务园区总数（个）", str(k["parks"]), k["parks"]),
        ("平台提供的解决方案总数（个）", str(k["solutions"]), k["solutions"]),
        ("按新模式统计解决方案数量（个）", bd_text(v["solutions"]), v["solutions"]),
        ("投资回报率（%）", f2(v["roi"]), v["roi"]),
        ("企业是否已上市或已获得VC/PE投资", *yn(k["listed"])),
        ("平台连接工业设备运维成本平均下降率（%）", f2(k["cost_down"]), k["cost_down"]),
        ("平台连接工业设备能耗平均下降率（%）", f2(k["energy_down"]), k["energy_down"]),
        ("平台连接工业设备安全生产持续时间平均提升率（%）", f2(k["safety_up"]), k["safety_up"]),
        ("平台现有特色指数（个）", str(k["indices"]), k["indices"]),
        ("平台核心软硬件技术获得的专利数量（项）", str(k["patents"]), k["patents"]),
        ("平台核心软硬件技术获得的软著数量（个）", str(k["copyrights"]), k["copyrights"]),
        ("平台是否有自研形成的核心技术突破", *yn(True)),
        ("平台是否具备碳管理服务能力", *yn(k["carbon"])),
        ("平台是否融合使用国家标识解析系统", *yn(k["idres"])),
        ("平台获得省部级及以上奖项/荣誉数量（个）", str(len(k["awards"])), len(k["awards"])),
        ("平台建设与运营带动新增就业人数（人）", str(k["jobs"]), k["jobs"]),
        ("平台社会贡献率（%）", f2(k["social"]), k["social"]),
        ("平台开放共享数据的形式及数量", t["open_data"], t["open_data"]),
        ("合作平台数量（个）", str(k["partners"]), k["partners"]),
    ]
    assert len(rows) == 103, len(rows)
    out = []
    for label, value, norm in rows:
        if label in p.over:
            value, norm = p.over[label]
        out.append((label, value, norm))
    return out
