"""One source of truth per package: the platform's real figures (what the evidence prints) and what the
applicant declared (the real figures with the planted errors applied).

`derive(spec)` turns a compact spec (see specs_*.py) into a `Package`: every 附件4 row as
(display text, normalized value), the text answers of the 指标明细表, and the figures the evidence prints.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from eval_sets.blind.h80.labels import LABELS


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


def pct(a: float, b: float) -> float:
    return r2(a / b * 100)


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Integers proportional to weights that add up to total (largest remainder)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), k))[:rest]:
        out[k] += 1
    return out


def bd(d: dict[str, int]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def f2(x: float) -> str:
    return f"{x:.2f}"


def thousands(x) -> str:
    return f"{x:,.2f}" if isinstance(x, float) else f"{x:,}"


@dataclass
class Package:
    spec: dict
    real: dict  # label -> (display, normalized): the platform's real figures
    declared: dict  # label -> (display, normalized): what the 申报表 says
    summary: dict  # label -> display: what the applicant's 汇总表 says
    texts: dict  # t:<name> -> answer text, plus 介绍/成效
    ev: dict = field(default_factory=dict)  # extra evidence-only figures (company-wide, 2022 columns …)

    @property
    def pid(self) -> str:
        return self.spec["pid"]

    def d(self, label):
        return self.declared[label][1]

    def r(self, label):
        return self.real[label][1]


def _values(s: dict) -> dict:
    """All 103 rows from the spec's scalars; breakdowns are split so they add up."""
    v: dict = {}
    rev = s["rev"]  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
    g = {y: pct(rev[y] - rev[y - 1], rev[y - 1]) for y in (2021, 2022, 2023)}
    v["序号"] = (str(s["list_no"]), s["list_no"])
    for k, lab in (("company", "企业名称"), ("declared_name", "平台名称"), ("nature", "平台性质")):
        v[lab] = (s[k], s[k])
    c = s["contact"]
    v["联系人姓名"], v["联系人手机号"], v["联系人电子邮箱"] = ((c[0], c[0]), (c[1], c[1]), (c[2], c[2]))
    v["评审会现场地址信息"] = (s["address"], s["address"])
    v["平台网址"] = (s["url"], s["url"])
    v["建设时间"] = (s["build_time"], s["build_time"])
    v["平台建设金额（万元）"] = (f2(s["invest"]), s["invest"])
    text = "；".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = rev[y]
        norm[f"{y}年增长率（%）"] = g[y]
    v["平台近三年经营指标情况"] = (text, norm)
    for lab, k in (("平台建设方式", "build_mode"), ("平台运营模式", "op_mode"), ("部署方式", "deploy")):
        v[lab] = (s[k], s[k])
    ops, opr, qual = s["team"]
    for lab, n in (("平台团队总人数（人）", ops + opr), ("运维人数（人）", ops), ("运营人数（人）", opr),
                   ("有相关技术职称/从业资格的人数（人）", qual)):
        v[lab] = (str(n), n)
    money = {"平台相关研发投入（万元）": s["rd"][2023], "平台相关营业收入（万元）": rev[2023]}
    money["平台相关研发投入强度（%）"] = pct(s["rd"][2023], rev[2023])
    money["平台利润率（%）"] = pct(s["profit"][2023], rev[2023])
    u = s["users"]  # registered, served, paid, local, sme
    money["付费用户占比（%）"] = pct(u["paid"], u["registered"])
    for lab, x in money.items():
        v[lab] = (f2(x), x)
    dv = s["devices"]
    total, pub, run, overseas = dv["total"], dv["pub"], dv["run"], dv["overseas"]
    osum = sum(overseas.values())
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = (str(total), total)
    v["公有云工业设备连接数量（台/套）"] = (str(pub), pub)
    v["公有云工业设备平均日运行数量（台/套）"] = (str(run), run)
    v["海外设备连接数量（台/套）"] = (str(osum), osum)
    v["按海外国家分类统计海外设备连接数量（台/套）"] = (bd(overseas), dict(overseas)) if overseas else ("无", None)
    for name, n in (("", total), ("公有云", pub), ("公有云|run", run)):
        ov = overseas if name == "" else split(round(osum * n / total), overseas) if overseas else {}
        cats = split(n, dv["cats"])
        regs = {**split(n - sum(ov.values()), dv["regions"]), **ov}
        if name == "":
            v["按二级分类统计工业设备数量（台/套）"] = (bd(cats), cats)
            v["按省市区域统计工业设备数量（台/套）"] = (bd(regs), regs)
        elif name == "公有云":
            v["按二级分类统计公有云工业设备数量（台/套）"] = (bd(cats), cats)
            v["按省市区域统计公有云工业设备数量（台/套）"] = (bd(regs), regs)
        else:
            v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = (bd(cats), cats)
            v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = (bd(regs), regs)
    a = s["apps"]
    ints = {
        "工业协议兼容适配数量（个）": dv["protocols"], "工业软件总量（个）": a["software"], "工业APP数量（个）": a["apps"],
        "基于平台开发的工业APP数量（个）": a["native"], "云化工业软件数量（个）": a["apps"] - a["native"],
        "工业APP平均月活跃数量（个）": a["monthly"], "杀手锏APP数量（个）": 5, "公有云杀手锏APP平均日在线用户数（个）": a["killer_users"],
        "杀手锏APP日活次数（次）": a["killer_hits"], "公有云工业APP数量（个）": a["pub_apps"],
        "公有云工业APP平均日活跃数量（个）": a["pub_daily"],
    }
    for lab, n in ints.items():
        v[lab] = (str(n), n)
    v["杀手锏APP月平均收入（万元）"] = (f2(a["killer_income"]), a["killer_income"])
    for lab, n, w in (("按分类统计工业APP数量（个）", a["apps"], a["cats"]), ("按行业统计工业APP数量（个）", a["apps"], a["inds"]),
                      ("按分类统计公有云工业APP平均日活跃数量（个）", a["pub_daily"], a["cats"]),
                      ("按行业统计公有云工业APP平均日活跃数量（个）", a["pub_daily"], a["inds"])):
        x = split(n, w)
        v[lab] = (bd(x), x)
    st = s["storage"]  # servers, pub_servers, cap, data, pubdata
    v["平台实际用云量（台）"] = (f2(st["servers"]), float(st["servers"]))
    v["平台公有云实际使用数量（台）"] = (str(st["pub_servers"]), st["pub_servers"])
    for lab, k in (("存储容量（TB）", "cap"), ("存储工业数据量（TB）", "data"), ("公有云数据总量（TB）", "pubdata")):
        v[lab] = (f2(st[k]), float(st[k]))
    util = pct(st["data"], st["cap"])
    v["存储资源利用率（%）"] = (f2(util), util)
    m = s["models"]
    for lab, n in (("工业机理模型数量（个）", m["total"]), ("活跃机理模型数量（一周调用5次以上）（个）", m["active"]),
                   ("核心工业模型平均月调用用户数量（个）", m["users"])):
        v[lab] = (str(n), n)
    x = split(m["total"], m["cats"])
    v["按分类统计工业模型数量（个）"] = (bd(x), x)
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (s["speed"], s["speed"][:3] if s["speed"][:3] == "毫秒级" else s["speed"][:2])
    for lab, n in (("微服务数量（个）", s["micro"][0]), ("活跃微服务数量（一周调用5次以上）（个）", s["micro"][1]),
                   ("开发者注册总数（个）", s["dev"][0]), ("活跃开发者数（个）", s["dev"][1])):
        v[lab] = (str(n), n)
    for lab in ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
                "平台是否融合使用国家标识解析系统"):
        yes = s["yesno"].get(lab, True)
        v[lab] = ("是" if yes else "否", yes)
    for lab, k in (("注册企业用户数（个）", "registered"), ("实际服务企业数（个）", "served"), ("付费企业数（个）", "paid"),
                   ("服务本市企业数量（个）", "local"), ("服务中小企业数量（个）", "sme")):
        v[lab] = (str(u[k]), u[k])
    x = split(u["served"], u["inds"])
    v["按行业统计服务企业数（个）"] = (bd(x), x)
    x = {"上海": u["local"], **split(u["served"] - u["local"], u["regions"])}
    v["按省市区域统计服务企业数（个）"] = (bd(x), x)
    o = s["orders"]
    v["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{o[0]}个；截至填表日前一年：{o[1]}个",
                                  {"2023年自然年": o[0], "截至填表日前一年": o[1]})
    e = s["eco"]
    for lab, k in (("平台交易规模年增长率（%）", "trade_growth"), ("工业APP订阅总金额（万元）", "sub_amount"),
                   ("平台连接工业设备利用率（%）", "util"), ("平台国产化率（%）", "localization"),
                   ("平台连接工业设备运维成本平均下降率（%）", "ops_down"), ("平台连接工业设备能耗平均下降率（%）", "energy_down"),
                   ("平台连接工业设备安全生产持续时间平均提升率（%）", "safety_up"), ("平台社会贡献率（%）", "social")):
        v[lab] = (f2(e[k]), e[k])
    for lab, k in (("工业APP订阅总数量（个）", "subs"), ("杀手锏工业APP订阅数量（个）", "killer_subs"),
                   ("平台服务园区总数（个）", "parks"), ("平台提供的解决方案总数（个）", "solutions"),
                   ("平台现有特色指数（个）", "indices"), ("平台核心软硬件技术获得的专利数量（项）", "patents"),
                   ("平台核心软硬件技术获得的软著数量（个）", "copyrights"), ("平台获得省部级及以上奖项/荣誉数量（个）", "awards"),
                   ("平台建设与运营带动新增就业人数（人）", "jobs"), ("合作平台数量（个）", "coop")):
        v[lab] = (str(e[k]), e[k])
    v["平台是否服务上海智能工厂，数量"] = (f"是，{e['factories']}家", e["factories"])
    x = split(e["solutions"], {k: 1 + 0.1 * i for i, k in enumerate(e["modes"])})
    v["按新模式统计解决方案数量（个）"] = (bd(x), x)
    roi = pct(s["profit"][2023], s["invest"])
    v["投资回报率（%）"] = (f2(roi), roi)
    v["平台开放共享数据的形式及数量"] = (e["open"], e["open"])
    assert set(v) == set(LABELS), set(LABELS) ^ set(v)
    return v


def derive(spec: dict) -> Package:
    real = _values(spec)
    declared = copy.deepcopy(real)
    for lab, val in spec.get("declare", {}).items():  # planted: the 申报表 differs from the real figure
        declared[lab] = val
    summary = {lab: d for lab, (d, _) in declared.items()}
    summary.update(spec.get("summary_diff", {}))
    texts = dict(spec["texts"])
    return Package(spec, real, declared, summary, texts, dict(spec.get("ev", {})))


def with_growth(rev: dict, decl_2023: float | None = None, g_override: dict | None = None):
    """The 近三年 row for declared revenues (optionally a different 2023 value or a miscomputed rate)."""
    r = dict(rev)
    if decl_2023 is not None:
        r[2023] = decl_2023
    g = {y: pct(r[y] - r[y - 1], r[y - 1]) for y in (2021, 2022, 2023)}
    g.update(g_override or {})
    text = "；".join(f"{y}年平台营收{f2(r[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = r[y]
        norm[f"{y}年增长率（%）"] = g[y]
    return text, norm
