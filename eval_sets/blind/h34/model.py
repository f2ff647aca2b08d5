"""One package's declared values (the 申报表), its texts, and the derived 附件4 rows of truth."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from notice import LABELS


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


def money(x: float) -> str:
    return f"{x:.2f}"


def comma(x, nd: int = 2) -> str:
    return f"{x:,.{nd}f}" if isinstance(x, float) else f"{x:,}"


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of an integer total; keys keep their order."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), list(raw).index(k)))[:rest]:
        out[k] += 1
    return out


def bd(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


@dataclass
class Pkg:
    pid: str
    list_no: int
    listed_name: str
    company: str
    declared_name: str
    participated: bool
    description: str = ""
    layout: list[str] = field(default_factory=list)
    vals: dict = field(default_factory=dict)      # 附件4 label → (申报表 cell text, reviewer value, normalized)
    texts: dict = field(default_factory=dict)     # "T:" keys and 二、 texts
    proofs: dict = field(default_factory=dict)    # key → 证明资料 text
    info: dict = field(default_factory=dict)      # company, contact, cover data
    raw: dict = field(default_factory=dict)       # numbers the documents print
    summary_cells: dict = field(default_factory=dict)  # 附件4 label → what the applicant's 汇总表 prints (overrides)
    files: dict = field(default_factory=dict)
    facts: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    secrets: list = field(default_factory=list)

    def set(self, label: str, normalized, cell: str | None = None, value: str | None = None):
        assert label in LABELS, label
        if value is None:
            if isinstance(normalized, bool):
                value = "是" if normalized else "否"
            elif isinstance(normalized, float):
                value = money(normalized)
            elif isinstance(normalized, dict):
                value = bd(normalized)
            elif normalized is None:
                value = ""
            else:
                value = str(normalized)
        self.vals[label] = (value if cell is None else cell, value, normalized)

    def cell(self, key: str) -> str:
        if key.startswith("T:"):
            return self.texts[key]
        return self.vals[key][0]

    def n(self, label: str):
        return self.vals[label][2]

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="",
             component="", image_only=False):
        assert file in self.files, file
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label,
                               component=component, image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        k = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{k:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))

    def summary_rows(self):
        return [dict(label=l, value=self.vals[l][1], normalized=self.vals[l][2]) for l in LABELS]


def synth(p: Pkg, a: dict, seed: int) -> None:
    """Fill every 附件4 value from the primary numbers `a`, consistently (totals, subsets, formulas)."""
    rng = random.Random(seed)
    p.set("序号", p.list_no)
    p.set("企业名称", p.company)
    p.set("平台名称", p.declared_name)
    p.set("平台性质", a["nature"])
    p.set("联系人姓名", p.info["contact"])
    p.set("联系人手机号", p.info["phone"])
    p.set("联系人电子邮箱", p.info["email"])
    p.set("评审会现场地址信息", p.info["address"])
    p.set("平台网址", p.info["url"])
    y0, m0 = a["built_from"]
    p.set("建设时间", f"{y0}.{m0:02d}-2023.12", cell=f"{y0} 年 {m0} 月至 2023 年 12 月")
    p.set("平台建设金额（万元）", a["build"])
    rev = a["rev"]
    g22 = r2((rev[2022] / rev[2021] - 1) * 100)
    g23 = r2((rev[2023] / rev[2022] - 1) * 100)
    gr = {2021: a["g21"], 2022: g22, 2023: g23}
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = rev[y]
        norm[f"{y}年增长率（%）"] = gr[y]
    value = "；".join(f"{y}年平台营收{money(rev[y])}万元/增长率{money(gr[y])}%" for y in (2021, 2022, 2023))
    cell = "\n".join(f"{y} 年平台营收 {money(rev[y])} 万元/增长率 {money(gr[y])} %" for y in (2021, 2022, 2023))
    p.set("平台近三年经营指标情况", norm, cell=cell, value=value)
    p.set("平台建设方式", a["build_mode"])
    p.set("平台运营模式", a["op_mode"])
    p.set("部署方式", a["deploy"])
    ops, opr = a["team"]
    p.set("平台团队总人数（人）", ops + opr)
    p.set("运维人数（人）", ops)
    p.set("运营人数（人）", opr)
    p.set("有相关技术职称/从业资格的人数（人）", a["certified"])
    p.set("平台相关研发投入（万元）", a["rd"])
    p.set("平台相关研发投入强度（%）", a.get("rd_intensity", r2(a["rd"] / rev[2023] * 100)))
    p.set("平台相关营业收入（万元）", rev[2023])
    p.set("平台利润率（%）", r2(a["profit"] / rev[2023] * 100))
    # devices
    total, pub, daily = a["devices"]
    overseas = a["overseas"]
    ov_total = sum(overseas.values())
    cats = split(total, a["dev_cats"])
    regions = split(total - ov_total, a["dev_regions"]) | overseas
    pub_ov = split(round(pub * ov_total / total), overseas) if overseas else {}
    pub_regions = split(pub - sum(pub_ov.values()), a["dev_regions"]) | pub_ov
    d_ov = split(round(daily * ov_total / total), overseas) if overseas else {}
    d_regions = split(daily - sum(d_ov.values()), a["dev_regions"]) | d_ov
    priv = a.get("private_devices")
    cell = f"总数 {total} 台/套，其中私有化部署涉及的相关数量 {priv} 台/套" if priv else None
    p.set("连接的工业设备/产品/产线种类及数量（台/套）", total, cell=cell)
    p.set("按二级分类统计工业设备数量（台/套）", cats)
    p.set("按省市区域统计工业设备数量（台/套）", regions)
    p.set("公有云工业设备连接数量（台/套）", pub)
    p.set("按二级分类统计公有云工业设备数量（台/套）", split(pub, cats))
    p.set("按省市区域统计公有云工业设备数量（台/套）", pub_regions)
    p.set("公有云工业设备平均日运行数量（台/套）", daily)
    p.set("按二级分类统计公有云工业设备平均日运行数量（台/套）", split(daily, cats))
    p.set("按省市区域统计公有云工业设备平均日运行数量（台/套）", d_regions)
    if overseas:
        p.set("海外设备连接数量（台/套）", ov_total)
        p.set("按海外国家分类统计海外设备连接数量（台/套）", overseas)
    else:
        p.set("海外设备连接数量（台/套）", 0)
        p.set("按海外国家分类统计海外设备连接数量（台/套）", None, cell="无", value="")
    p.set("工业协议兼容适配数量（个）", a["protocols"])
    dev_apps, cloud_apps = a["apps"]
    apps = dev_apps + cloud_apps
    p.set("工业软件总量（个）", apps + a["other_software"])
    p.set("工业APP数量（个）", apps)
    p.set("基于平台开发的工业APP数量（个）", dev_apps)
    p.set("云化工业软件数量（个）", cloud_apps)
    app_cats = split(apps, a["app_cats"])
    app_inds = split(apps, a["app_inds"])
    p.set("按分类统计工业APP数量（个）", app_cats)
    p.set("按行业统计工业APP数量（个）", app_inds)
    p.set("工业APP平均月活跃数量（个）", round(apps * a["app_mau"]))
    p.set("杀手锏APP数量（个）", 5)
    p.set("公有云杀手锏APP平均日在线用户数（个）", a["killer_users"])
    p.set("杀手锏APP日活次数（次）", a["killer_hits"])
    p.set("杀手锏APP月平均收入（万元）", a["killer_income"])
    pub_apps = round(apps * a["pub_app_share"])
    pub_dau = round(pub_apps * 0.46)
    p.set("公有云工业APP数量（个）", pub_apps)
    p.set("公有云工业APP平均日活跃数量（个）", pub_dau)
    p.set("按分类统计公有云工业APP平均日活跃数量（个）", split(pub_dau, app_cats))
    p.set("按行业统计公有云工业APP平均日活跃数量（个）", split(pub_dau, app_inds))
    servers, pub_servers = a["servers"]
    p.set("平台实际用云量（台）", servers)
    p.set("平台公有云实际使用数量（台）", pub_servers)
    cap, data, pub_data = a["storage"]
    p.set("存储容量（TB）", cap)
    p.set("存储工业数据量（TB）", data)
    p.set("公有云数据总量（TB）", pub_data)
    p.set("存储资源利用率（%）", r2(data / cap * 100))
    models, active_models = a["models"]
    p.set("工业机理模型数量（个）", models)
    p.set("活跃机理模型数量（一周调用5次以上）（个）", active_models)
    p.set("核心工业模型平均月调用用户数量（个）", a["model_users"])
    p.set("按分类统计工业模型数量（个）", split(models, a["model_cats"]))
    p.set("数据分析平台均速度（每TB分级/秒级/毫秒级）", a["speed"][0], value=a["speed"][1])
    ms, ams = a["microservices"]
    p.set("微服务数量（个）", ms)
    p.set("活跃微服务数量（一周调用5次以上）（个）", ams)
    devs, adevs = a["developers"]
    p.set("开发者注册总数（个）", devs)
    p.set("活跃开发者数（个）", adevs)
    p.set("平台是否建立安全管理体系", True, cell=a["sec_rules"])
    p.set("有否定期开展第三方安全测试/测评", True, cell=a["sec_test"])
    p.set("有否定期进行安全扫描", True, cell=a["sec_scan"])
    reg, served, paid, local, sme = a["firms"]
    p.set("注册企业用户数（个）", reg)
    p.set("实际服务企业数（个）", served)
    p.set("按行业统计服务企业数（个）", split(served, a["firm_inds"]))
    p.set("按省市区域统计服务企业数（个）", {"上海": local} | split(served - local, a["firm_regions"]))
    p.set("付费企业数（个）", paid)
    p.set("服务本市企业数量（个）", local)
    p.set("服务中小企业数量（个）", sme)
    p.set("付费用户占比（%）", r2(paid / reg * 100))
    o1, o2 = a["orders"]
    p.set("平台订单数量(近一年总量)（个）", {"2023年自然年": o1, "截至填表日前一年": o2},
          cell=f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
          value=f"2023年自然年：{o1}个；截至填表日前一年：{o2}个")
    p.set("平台交易规模年增长率（%）", a["trade_growth"])
    subs, ksubs, amount = a["subs"]
    p.set("工业APP订阅总数量（个）", subs)
    p.set("杀手锏工业APP订阅数量（个）", ksubs)
    p.set("工业APP订阅总金额（万元）", amount)
    p.set("平台连接工业设备利用率（%）", a["utilization"])
    p.set("平台国产化率（%）", a["localization"], cell=f"{money(a['localization'])}（{a['localization_note']}）")
    p.set("平台是否服务上海智能工厂，数量", a["factories"], cell=f"是，{a['factories']}家（{a['factory_note']}）",
          value=f"是，{a['factories']}家")
    p.set("平台服务园区总数（个）", a["parks"])
    p.set("平台提供的解决方案总数（个）", a["solutions"])
    p.set("按新模式统计解决方案数量（个）", split(a["solutions"], a["modes"]))
    p.set("投资回报率（%）", r2(a["profit"] / a["build"] * 100))
    p.set("企业是否已上市或已获得VC/PE投资", a["listed"][0], cell=a["listed"][1])
    cost, energy, safety = a["benefits"]
    p.set("平台连接工业设备运维成本平均下降率（%）", cost)
    p.set("平台连接工业设备能耗平均下降率（%）", energy)
    p.set("平台连接工业设备安全生产持续时间平均提升率（%）", safety)
    p.set("平台现有特色指数（个）", a["indices"])
    p.set("平台核心软硬件技术获得的专利数量（项）", a["patents"])
    p.set("平台核心软硬件技术获得的软著数量（个）", a["copyrights"])
    p.set("平台是否有自研形成的核心技术突破", True, cell=a["yes_texts"][0])
    p.set("平台是否具备碳管理服务能力", a["carbon"][0], cell=a["carbon"][1])
    p.set("平台是否融合使用国家标识解析系统", True, cell=a["yes_texts"][1])
    p.set("平台获得省部级及以上奖项/荣誉数量（个）", a["awards"], cell=f"共{a['awards']}个：{a['award_list']}")
    p.set("平台建设与运营带动新增就业人数（人）", a["jobs"])
    p.set("平台社会贡献率（%）", a["social"])
    p.set("平台开放共享数据的形式及数量", a["open_data"])
    p.set("合作平台数量（个）", a["partners"])
    assert set(p.vals) == set(LABELS), set(LABELS) - set(p.vals)
    p.raw.update(a)
