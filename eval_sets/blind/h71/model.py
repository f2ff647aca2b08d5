"""One package's numbers: what the applicant declares (申报表) and what its proofs print.

`synth(spec)` turns a package spec (primary numbers chosen by hand, the rest drawn from a fixed
seed) into a consistent set of declared values; `audit(v)` asserts every identity of the notice holds
on the declared side. Problems are planted afterwards by overriding single declared or evidence
values in the spec, and the build audits that exactly those differences exist.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from common import (APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, bd_text, f2, pct, r2,
                    scale, split)


@dataclass
class V:
    spec: dict
    d: dict = field(default_factory=dict)  # declared numbers / breakdowns
    ev: dict = field(default_factory=dict)  # what the evidence prints (defaults to declared)


def synth(spec: dict) -> V:
    rng = random.Random(spec["seed"])
    v = V(spec)
    d = v.d
    d["rev"] = spec["rev"]  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
    d["growth"] = {y: pct(d["rev"][y] - d["rev"][y - 1], d["rev"][y - 1]) for y in (2021, 2022, 2023)}
    d["revenue"] = d["rev"][2023]
    d["rd"] = spec["rd"]
    d["rd_int"] = pct(d["rd"], d["revenue"])
    d["profit"] = spec["profit"]
    d["margin"] = pct(d["profit"], d["revenue"])
    d["build_amount"] = spec["build_amount"]
    d["roi"] = pct(d["profit"], d["build_amount"])
    d["ops"], d["run"] = spec["team"]
    d["team"] = d["ops"] + d["run"]
    d["qual"] = spec["qual"]

    # devices
    total = spec["devices"]
    overseas = spec["overseas"]
    dom_total = total - sum(overseas.values())
    d["dev_total"] = total
    d["dev_cat"] = split(total, spec["dev_cats"], rng)
    regions = split(dom_total, spec["regions"], rng)
    d["dev_reg"] = {**regions, **overseas}
    d["pub"] = int(total * spec["pub_ratio"])
    d["pub_cat"] = scale(d["dev_cat"], d["pub"])
    d["pub_reg"] = scale(d["dev_reg"], d["pub"])
    d["runday"] = int(d["pub"] * spec["run_ratio"])
    d["run_cat"] = scale(d["pub_cat"], d["runday"])
    d["run_reg"] = scale(d["pub_reg"], d["runday"])
    d["overseas"] = sum(overseas.values())
    d["overseas_bd"] = dict(overseas)
    d["protocols"] = spec["protocols"]

    # apps
    d["app_dev"], d["app_cloud"] = spec["apps"]
    d["apps"] = d["app_dev"] + d["app_cloud"]
    d["software"] = d["apps"] + spec["software_extra"]
    d["app_cat"] = split(d["apps"], spec["app_cats"], rng)
    d["app_ind"] = split(d["apps"], spec["inds"], rng)
    d["app_mau"] = int(d["apps"] * 0.71)
    d["killer"] = 5
    d["killer_online"] = spec["killer_online"]
    d["killer_dau"] = spec["killer_dau"]
    d["killer_income"] = spec["killer_income"]
    d["pub_apps"] = int(d["apps"] * 0.58)
    d["pub_dau"] = int(d["pub_apps"] * 0.43)
    d["pub_dau_cat"] = scale(d["app_cat"], d["pub_dau"])
    d["pub_dau_ind"] = scale(d["app_ind"], d["pub_dau"])

    # cloud / storage
    d["cloud_used"] = spec["cloud_used"]
    d["cloud_pub"] = spec["cloud_pub"]
    d["cap"] = spec["cap"]
    d["data"] = spec["data"]
    d["pub_data"] = spec["pub_data"]
    d["util"] = pct(d["data"], d["cap"])

    # models, microservices, developers
    d["models"] = spec["models"]
    d["models_active"] = int(d["models"] * 0.52)
    d["model_users"] = spec["model_users"]
    d["model_cat"] = split(d["models"], APPENDIX_D, rng)
    d["speed"] = spec.get("speed", "秒级")
    d["micro"] = spec["micro"]
    d["micro_active"] = int(d["micro"] * 0.56)
    d["devs"] = spec["devs"]
    d["devs_active"] = int(d["devs"] * 0.27)

    # enterprises
    d["registered"] = spec["registered"]
    d["served"] = spec["served"]
    d["ent_ind"] = split(d["served"], spec["inds"], rng)
    d["ent_reg"] = split(d["served"], spec["ent_regions"], rng)
    d["local"] = d["ent_reg"]["上海"]
    d["paid"] = spec["paid"]
    d["paid_ratio"] = pct(d["paid"], d["registered"])
    d["sme"] = int(d["served"] * 0.81)
    d["orders"] = spec["orders"]  # (2023自然年, 截至填表日前一年)
    d["trade_growth"] = spec["trade_growth"]
    d["app_sub"] = spec["app_sub"]
    d["killer_sub"] = int(spec["app_sub"] * 0.46)
    d["sub_amount"] = spec["sub_amount"]
    d["dev_util"] = spec["dev_util"]
    d["domestic"] = spec["domestic"]
    d["factories"] = spec["factories"]
    d["parks"] = spec["parks"]
    d["sol"] = dict(zip(APPENDIX_E, spec["solutions"]))
    d["sol_total"] = sum(spec["solutions"])
    d["listed"] = spec["listed"]
    d["cost_down"], d["energy_down"], d["safety_up"] = spec["case_rates"]
    d["indices"] = spec["indices"]
    d["patents"] = spec["patents"]
    d["softcopy"] = spec["softcopy"]
    d["awards"] = len(spec["award_list"])
    d["jobs"] = spec["jobs"]
    d["social"] = spec["social"]
    d["partners"] = spec["partners"]

    v.ev = {
        "rev": dict(d["rev"]), "rd": d["rd"], "profit": d["profit"],
        "dev_cat": dict(d["dev_cat"]), "pub_cat": dict(d["pub_cat"]), "run_cat": dict(d["run_cat"]),
        "dev_reg": dict(d["dev_reg"]), "pub_reg": dict(d["pub_reg"]), "run_reg": dict(d["run_reg"]),
        "patents": d["patents"], "softcopy": d["softcopy"], "awards": d["awards"],
        "screens": {},
    }
    audit(v)
    return v


def audit(v: V) -> None:
    """Every rule of the notice the declared values must satisfy (a clean package's form)."""
    d = v.d
    assert d["ops"] + d["run"] == d["team"] and d["qual"] <= d["team"]
    assert d["rd_int"] == pct(d["rd"], d["revenue"])
    assert d["margin"] == pct(d["profit"], d["revenue"])
    assert d["roi"] == pct(d["profit"], d["build_amount"])
    assert d["util"] == pct(d["data"], d["cap"])
    assert d["paid_ratio"] == pct(d["paid"], d["registered"])
    for y in (2021, 2022, 2023):
        assert d["growth"][y] == pct(d["rev"][y] - d["rev"][y - 1], d["rev"][y - 1])
    assert d["rev"][2023] == d["revenue"]
    for key, tot in (("dev_cat", "dev_total"), ("dev_reg", "dev_total"), ("pub_cat", "pub"), ("pub_reg", "pub"),
                     ("run_cat", "runday"), ("run_reg", "runday"), ("overseas_bd", "overseas"),
                     ("app_cat", "apps"), ("app_ind", "apps"), ("pub_dau_cat", "pub_dau"),
                     ("pub_dau_ind", "pub_dau"), ("model_cat", "models"), ("ent_ind", "served"),
                     ("ent_reg", "served"), ("sol", "sol_total")):
        assert sum(d[key].values()) == d[tot], key
    assert d["pub"] <= d["dev_total"] and d["runday"] <= d["pub"] and d["overseas"] <= d["dev_total"]
    assert d["app_dev"] + d["app_cloud"] == d["apps"] <= d["software"]
    assert d["app_mau"] <= d["apps"] and d["pub_apps"] <= d["apps"] and d["pub_dau"] <= d["pub_apps"]
    assert d["models_active"] <= d["models"] and d["micro_active"] <= d["micro"] and d["devs_active"] <= d["devs"]
    assert d["served"] <= d["registered"] and d["paid"] <= d["served"] and d["sme"] <= d["served"]
    assert d["local"] == d["ent_reg"]["上海"] and d["killer_sub"] <= d["app_sub"]
    assert d["cloud_pub"] <= d["cloud_used"] and d["data"] <= d["cap"] and d["pub_data"] <= d["data"]
    for k in d["dev_cat"]:
        assert k in APPENDIX_A, k
    for k in list(d["dev_reg"]) + list(d["ent_reg"]):
        assert k in APPENDIX_F or k in d["overseas_bd"], k
    for k in d["app_cat"]:
        assert k in APPENDIX_B, k
    for k in list(d["app_ind"]) + list(d["ent_ind"]):
        assert k in APPENDIX_C, k
    for k, n in d["overseas_bd"].items():
        assert d["dev_reg"][k] == n


def growth_text(d: dict) -> str:
    return "；".join(f"{y}年平台营收{f2(d['rev'][y])}万元/增长率{f2(d['growth'][y])}%" for y in (2021, 2022, 2023))


def growth_norm(d: dict) -> dict:
    out = {}
    for y in (2021, 2022, 2023):
        out[f"{y}年平台营收（万元）"] = d["rev"][y]
        out[f"{y}年增长率（%）"] = d["growth"][y]
    return out


def summary_rows(v: V, t: dict) -> list[tuple[str, str, object]]:
    """(label, value, normalized) for the 103 附件4 rows, as a reviewer reads them off the 申报表."""
    s, d = v.spec, v.d
    o1, o2 = d["orders"]
    rows = [
        ("序号", str(s["no"]), s["no"]),
        ("企业名称", s["company"], s["company"]),
        ("平台名称", s["name"], s["name"]),
        ("平台性质", s["nature"], s["nature"]),
        ("联系人姓名", s["contact"][0], s["contact"][0]),
        ("联系人手机号", s["contact"][1], s["contact"][1]),
        ("联系人电子邮箱", s["contact"][2], s["contact"][2]),
        ("评审会现场地址信息", s["address"], s["address"]),
        ("平台网址", s["url"], s["url"]),
        ("建设时间", s["period"], s["period"]),
        ("平台建设金额（万元）", f2(d["build_amount"]), d["build_amount"]),
        ("平台近三年经营指标情况", growth_text(d), growth_norm(d)),
        ("平台建设方式", s["build_mode"], s["build_mode"]),
        ("平台运营模式", s["run_mode"], s["run_mode"]),
        ("部署方式", s["deploy"], s["deploy"]),
        ("平台团队总人数（人）", str(d["team"]), d["team"]),
        ("运维人数（人）", str(d["ops"]), d["ops"]),
        ("运营人数（人）", str(d["run"]), d["run"]),
        ("有相关技术职称/从业资格的人数（人）", str(d["qual"]), d["qual"]),
        ("平台相关研发投入（万元）", f2(d["rd"]), d["rd"]),
        ("平台相关研发投入强度（%）", f2(d["rd_int"]), d["rd_int"]),
        ("平台相关营业收入（万元）", f2(d["revenue"]), d["revenue"]),
        ("平台利润率（%）", f2(d["margin"]), d["margin"]),
        ("付费用户占比（%）", f2(d["paid_ratio"]), d["paid_ratio"]),
        ("连接的工业设备/产品/产线种类及数量（台/套）", str(d["dev_total"]), d["dev_total"]),
        ("按二级分类统计工业设备数量（台/套）", bd_text(d["dev_cat"]), dict(d["dev_cat"])),
        ("按省市区域统计工业设备数量（台/套）", bd_text(d["dev_reg"]), dict(d["dev_reg"])),
        ("公有云工业设备连接数量（台/套）", str(d["pub"]), d["pub"]),
        ("按二级分类统计公有云工业设备数量（台/套）", bd_text(d["pub_cat"]), dict(d["pub_cat"])),
        ("按省市区域统计公有云工业设备数量（台/套）", bd_text(d["pub_reg"]), dict(d["pub_reg"])),
        ("公有云工业设备平均日运行数量（台/套）", str(d["runday"]), d["runday"]),
        ("按二级分类统计公有云工业设备平均日运行数量（台/套）", bd_text(d["run_cat"]), dict(d["run_cat"])),
        ("按省市区域统计公有云工业设备平均日运行数量（台/套）", bd_text(d["run_reg"]), dict(d["run_reg"])),
        ("海外设备连接数量（台/套）", str(d["overseas"]), d["overseas"]),
        ("按海外国家分类统计海外设备连接数量（台/套）", bd_text(d["overseas_bd"]), dict(d["overseas_bd"])),
        ("工业协议兼容适配数量（个）", str(d["protocols"]), d["protocols"]),
        ("工业软件总量（个）", str(d["software"]), d["software"]),
        ("工业APP数量（个）", str(d["apps"]), d["apps"]),
        ("基于平台开发的工业APP数量（个）", str(d["app_dev"]), d["app_dev"]),
        ("云化工业软件数量（个）", str(d["app_cloud"]), d["app_cloud"]),
        ("按分类统计工业APP数量（个）", bd_text(d["app_cat"]), dict(d["app_cat"])),
        ("按行业统计工业APP数量（个）", bd_text(d["app_ind"]), dict(d["app_ind"])),
        ("工业APP平均月活跃数量（个）", str(d["app_mau"]), d["app_mau"]),
        ("杀手锏APP数量（个）", str(d["killer"]), d["killer"]),
        ("公有云杀手锏APP平均日在线用户数（个）", str(d["killer_online"]), d["killer_online"]),
        ("杀手锏APP日活次数（次）", str(d["killer_dau"]), d["killer_dau"]),
        ("杀手锏APP月平均收入（万元）", f2(d["killer_income"]), d["killer_income"]),
        ("公有云工业APP数量（个）", str(d["pub_apps"]), d["pub_apps"]),
        ("公有云工业APP平均日活跃数量（个）", str(d["pub_dau"]), d["pub_dau"]),
        ("按分类统计公有云工业APP平均日活跃数量（个）", bd_text(d["pub_dau_cat"]), dict(d["pub_dau_cat"])),
        ("按行业统计公有云工业APP平均日活跃数量（个）", bd_text(d["pub_dau_ind"]), dict(d["pub_dau_ind"])),
        ("平台实际用云量（台）", f2(d["cloud_used"]), d["cloud_used"]),
        ("平台公有云实际使用数量（台）", str(d["cloud_pub"]), d["cloud_pub"]),
        ("存储容量（TB）", f2(d["cap"]), d["cap"]),
        ("存储工业数据量（TB）", f2(d["data"]), d["data"]),
        ("公有云数据总量（TB）", f2(d["pub_data"]), d["pub_data"]),
        ("存储资源利用率（%）", f2(d["util"]), d["util"]),
        ("工业机理模型数量（个）", str(d["models"]), d["models"]),
        ("活跃机理模型数量（一周调用5次以上）（个）", str(d["models_active"]), d["models_active"]),
        ("核心工业模型平均月调用用户数量（个）", str(d["model_users"]), d["model_users"]),
        ("按分类统计工业模型数量（个）", bd_text(d["model_cat"]), dict(d["model_cat"])),
        ("数据分析平台均速度（每TB分级/秒级/毫秒级）", t["speed"], d["speed"]),
        ("微服务数量（个）", str(d["micro"]), d["micro"]),
        ("活跃微服务数量（一周调用5次以上）（个）", str(d["micro_active"]), d["micro_active"]),
        ("开发者注册总数（个）", str(d["devs"]), d["devs"]),
        ("活跃开发者数（个）", str(d["devs_active"]), d["devs_active"]),
        ("平台是否建立安全管理体系", "是", True),
        ("有否定期开展第三方安全测试/测评", "是", True),
        ("有否定期进行安全扫描", "是", True),
        ("注册企业用户数（个）", str(d["registered"]), d["registered"]),
        ("实际服务企业数（个）", str(d["served"]), d["served"]),
        ("按行业统计服务企业数（个）", bd_text(d["ent_ind"]), dict(d["ent_ind"])),
        ("按省市区域统计服务企业数（个）", bd_text(d["ent_reg"]), dict(d["ent_reg"])),
        ("付费企业数（个）", str(d["paid"]), d["paid"]),
        ("服务本市企业数量（个）", str(d["local"]), d["local"]),
        ("服务中小企业数量（个）", str(d["sme"]), d["sme"]),
        ("平台订单数量(近一年总量)（个）", f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
         {"2023年自然年": o1, "截至填表日前一年": o2}),
        ("平台交易规模年增长率（%）", f2(d["trade_growth"]), d["trade_growth"]),
        ("工业APP订阅总数量（个）", str(d["app_sub"]), d["app_sub"]),
        ("杀手锏工业APP订阅数量（个）", str(d["killer_sub"]), d["killer_sub"]),
        ("工业APP订阅总金额（万元）", f2(d["sub_amount"]), d["sub_amount"]),
        ("平台连接工业设备利用率（%）", f2(d["dev_util"]), d["dev_util"]),
        ("平台国产化率（%）", f2(d["domestic"]), d["domestic"]),
        ("平台是否服务上海智能工厂，数量", f"是，{d['factories']}家", d["factories"]),
        ("平台服务园区总数（个）", str(d["parks"]), d["parks"]),
        ("平台提供的解决方案总数（个）", str(d["sol_total"]), d["sol_total"]),
        ("按新模式统计解决方案数量（个）", bd_text(d["sol"]), dict(d["sol"])),
        ("投资回报率（%）", f2(d["roi"]), d["roi"]),
        ("企业是否已上市或已获得VC/PE投资", "是" if d["listed"] else "否", bool(d["listed"])),
        ("平台连接工业设备运维成本平均下降率（%）", f2(d["cost_down"]), d["cost_down"]),
        ("平台连接工业设备能耗平均下降率（%）", f2(d["energy_down"]), d["energy_down"]),
        ("平台连接工业设备安全生产持续时间平均提升率（%）", f2(d["safety_up"]), d["safety_up"]),
        ("平台现有特色指数（个）", str(d["indices"]), d["indices"]),
        ("平台核心软硬件技术获得的专利数量（项）", str(d["patents"]), d["patents"]),
        ("平台核心软硬件技术获得的软著数量（个）", str(d["softcopy"]), d["softcopy"]),
        ("平台是否有自研形成的核心技术突破", "是", True),
        ("平台是否具备碳管理服务能力", "是", True),
        ("平台是否融合使用国家标识解析系统", "是", True),
        ("平台获得省部级及以上奖项/荣誉数量（个）", str(d["awards"]), d["awards"]),
        ("平台建设与运营带动新增就业人数（人）", str(d["jobs"]), d["jobs"]),
        ("平台社会贡献率（%）", f2(d["social"]), d["social"]),
        ("平台开放共享数据的形式及数量", t["open_share"], t["open_share"]),
        ("合作平台数量（个）", str(d["partners"]), d["partners"]),
    ]
    from common import SUMMARY_LABELS
    assert [r[0] for r in rows] == SUMMARY_LABELS
    return rows
