"""One source of truth per package: a spec (the platform's figures) expanded into every 附件4 row and every
指标明细表 cell. Plants are applied afterwards by the package modules, on the declared cells only."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from eval_sets.blind.h84.labels import CONTENT_OF, SUMMARY, TABLE


def split(total: int, keys: list[str], rng: random.Random, weights: list[float] | None = None) -> dict[str, int]:
    weights = weights or [rng.uniform(0.6, 1.4) * (len(keys) - i) for i in range(len(keys))]
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return dict(zip(keys, parts))


def scale(d: dict[str, int], total: int) -> dict[str, int]:
    """Same keys, proportional, summing to total."""
    keys = list(d)
    s = sum(d.values())
    parts = {k: int(d[k] * total / s) for k in keys}
    parts[keys[0]] += total - sum(parts.values())
    return parts


def bd(d: dict[str, int]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def f2(x: float) -> str:
    return f"{x:.2f}"


def c2(x: float) -> str:
    return f"{x:,.2f}"


@dataclass
class Model:
    spec: dict
    val: dict = field(default_factory=dict)     # 附件4 label -> normalized (declared in the 申报表)
    shown: dict = field(default_factory=dict)   # 附件4 label -> value a reviewer writes
    cell: dict = field(default_factory=dict)    # 指标明细表 内容 -> 平台实际情况 text
    proof: dict = field(default_factory=dict)   # 指标明细表 内容 -> 证明资料 text
    basic: dict = field(default_factory=dict)   # 二、平台基本情况 rows -> text
    summary_cells: dict = field(default_factory=dict)  # what the applicant's 汇总表 says (label -> text)

    def set(self, label: str, normalized, shown: str | None = None, cell: str | None = None) -> None:
        self.val[label] = normalized
        if shown is None:
            shown = fmt(normalized)
        self.shown[label] = shown
        content = CONTENT_OF.get(label)
        if content is not None:
            self.cell[content] = shown if cell is None else cell


def fmt(v) -> str:
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return f2(v)
    if isinstance(v, dict):
        return bd(v)
    return "" if v is None else str(v)


def derive(S: dict, T: dict) -> Model:
    """S: figures, T: texts (keyed by 指标明细表 内容 or basic-row names)."""
    rng = random.Random(S["seed"])
    m = Model(S)
    m.set("序号", S["list_no"])
    m.set("企业名称", S["company"])
    m.set("平台名称", S["declared_name"])
    m.set("平台性质", S["nature"])
    m.set("联系人姓名", S["contact"][0])
    m.set("联系人手机号", S["contact"][2])
    m.set("联系人电子邮箱", S["contact"][3])
    m.set("评审会现场地址信息", S["address"])
    m.set("平台网址", S["url"])
    m.set("建设时间", f"{S['build'][0]}-{S['build'][1]}")
    m.set("平台建设金额（万元）", S["build_amount"])
    rev = S["rev"]
    hist, lines = {}, []
    for y in (2021, 2022, 2023):
        g = S.get("growth_override", {}).get(y, pct(rev[y] - rev[y - 1], rev[y - 1]))
        hist[f"{y}年平台营收（万元）"] = rev[y]
        hist[f"{y}年增长率（%）"] = g
        lines.append(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g)}%")
    m.set("平台近三年经营指标情况", hist, "；".join(lines))
    bm = S["build_mode"]
    m.set("平台建设方式", bm if isinstance(bm, str) else f"合作共建，{bm[1]}" if bm[1] else "合作共建")
    m.set("平台运营模式", S["op_mode"])
    dep = "、".join(S["deploy"]) + (f"、其他部署方式：{S['deploy_other']}" if S.get("deploy_other") else "")
    if S.get("deploy_other") == "":
        dep = "、".join(S["deploy"]) + "、其他部署方式"
    m.set("部署方式", dep)
    m.set("平台团队总人数（人）", S["ops"] + S["oper"])
    m.set("运维人数（人）", S["ops"])
    m.set("运营人数（人）", S["oper"])
    m.set("有相关技术职称/从业资格的人数（人）", S["qualified"])
    m.set("平台相关研发投入（万元）", S["rnd"])
    m.set("平台相关研发投入强度（%）", pct(S["rnd"], rev[2023]))
    m.set("平台相关营业收入（万元）", rev[2023])
    m.set("平台利润率（%）", pct(S["profit"], rev[2023]))
    m.set("付费用户占比（%）", pct(S["paid"], S["reg_ent"]))

    # devices
    dev, priv, pub, run = S["dev"], S.get("dev_private", 0), S["dev_pub"], S["dev_run"]
    cats = split(dev, S["dev_cats"], rng)
    overseas = S["overseas"]
    dom = split(dev - sum(overseas.values()), S["regions"], rng)
    regions = {**dom, **overseas}
    if priv:
        m.set("连接的工业设备/产品/产线种类及数量（台/套）", dev, cell=f"总数{dev}台/套，其中私有化部署涉及的相关数量{priv}台/套")
    else:
        m.set("连接的工业设备/产品/产线种类及数量（台/套）", dev)
    m.set("按二级分类统计工业设备数量（台/套）", cats)
    m.set("按省市区域统计工业设备数量（台/套）", regions)
    m.set("公有云工业设备连接数量（台/套）", pub)
    pub_cats = scale(cats, pub)
    m.set("按二级分类统计公有云工业设备数量（台/套）", pub_cats)
    pub_over = {k: v // 2 for k, v in overseas.items()}
    m.set("按省市区域统计公有云工业设备数量（台/套）", {**scale(dom, pub - sum(pub_over.values())), **pub_over})
    m.set("公有云工业设备平均日运行数量（台/套）", run)
    m.set("按二级分类统计公有云工业设备平均日运行数量（台/套）", scale(pub_cats, run))
    run_over = {k: v * 3 // 4 for k, v in pub_over.items()}
    m.set("按省市区域统计公有云工业设备平均日运行数量（台/套）", {**scale(dom, run - sum(run_over.values())), **run_over})
    m.set("海外设备连接数量（台/套）", sum(overseas.values()))
    m.set("按海外国家分类统计海外设备连接数量（台/套）", dict(overseas) if overseas else None, "无" if not overseas else None)
    m.set("工业协议兼容适配数量（个）", S["protocols"])
    # apps
    app = S["app"]
    m.set("工业软件总量（个）", S["software"])
    m.set("工业APP数量（个）", app)
    m.set("基于平台开发的工业APP数量（个）", S["app_native"])
    m.set("云化工业软件数量（个）", S["app_cloud"])
    m.set("按分类统计工业APP数量（个）", split(app, S["app_cats"], rng))
    m.set("按行业统计工业APP数量（个）", split(app, S["industries"], rng))
    m.set("工业APP平均月活跃数量（个）", S["app_mau"])
    m.set("杀手锏APP数量（个）", 5)
    m.set("公有云杀手锏APP平均日在线用户数（个）", S["killer_dau"])
    m.set("杀手锏APP日活次数（次）", S["killer_hits"])
    m.set("杀手锏APP月平均收入（万元）", S["killer_income"])
    m.set("公有云工业APP数量（个）", S["pub_app"])
    m.set("公有云工业APP平均日活跃数量（个）", S["pub_app_dau"])
    m.set("按分类统计公有云工业APP平均日活跃数量（个）", split(S["pub_app_dau"], S["app_cats"], rng))
    m.set("按行业统计公有云工业APP平均日活跃数量（个）", split(S["pub_app_dau"], S["industries"], rng))
    # cloud and storage
    m.set("平台实际用云量（台）", S["servers"])
    m.set("平台公有云实际使用数量（台）", S["pub_servers"])
    cap, data = S["storage"], S["data"]
    if S.get("storage_private"):
        m.set("存储容量（TB）", cap, cell=f"总容量{f2(cap)}TB，其中私有化部署涉及的相关容量{f2(S['storage_private'])}TB")
    else:
        m.set("存储容量（TB）", cap)
    m.set("存储工业数据量（TB）", data)
    m.set("公有云数据总量（TB）", S["pub_data"])
    m.set("存储资源利用率（%）", pct(data, cap))
    m.set("工业机理模型数量（个）", S["models"])
    m.set("活跃机理模型数量（一周调用5次以上）（个）", S["active_models"])
    m.set("核心工业模型平均月调用用户数量（个）", S["model_users"])
    m.set("按分类统计工业模型数量（个）", split(S["models"], ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"], rng))
    m.set("数据分析平台均速度（每TB分级/秒级/毫秒级）", S["speed"][0], S["speed"][1])
    m.set("微服务数量（个）", S["micro"])
    m.set("活跃微服务数量（一周调用5次以上）（个）", S["active_micro"])
    m.set("开发者注册总数（个）", S["dev_reg"])
    m.set("活跃开发者数（个）", S["dev_active"])
    # security yes/no rows: the cell carries the detail
    m.set("平台是否建立安全管理体系", True, "是", T["是否针对平台制定了安全管理相关制度"])
    m.set("有否定期开展第三方安全测试/测评", True, "是", T["有否定期开展第三方安全测试/测评"])
    m.set("有否定期进行安全扫描", True, "是", T["有否定期进行安全扫描"])
    # application scale
    served = S["served"]
    m.set("注册企业用户数（个）", S["reg_ent"])
    m.set("实际服务企业数（个）", served)
    m.set("按行业统计服务企业数（个）", split(served, S["industries"], rng))
    local = S["local"]
    others = split(served - local, [r for r in S["regions"] if r != "上海"], rng)
    m.set("按省市区域统计服务企业数（个）", {"上海": local, **others})
    m.set("付费企业数（个）", S["paid"])
    m.set("服务本市企业数量（个）", local)
    m.set("服务中小企业数量（个）", S["sme"])
    o1, o2 = S["orders"]
    m.set("平台订单数量(近一年总量)（个）", {"2023年自然年": o1, "截至填表日前一年": o2},
          f"2023年自然年：{o1}个；截至填表日前一年：{o2}个")
    m.set("平台交易规模年增长率（%）", S["trade_growth"])
    m.set("工业APP订阅总数量（个）", S["subs"])
    m.set("杀手锏工业APP订阅数量（个）", S["killer_subs"])
    m.set("工业APP订阅总金额（万元）", S["subs_amount"])
    m.set("平台连接工业设备利用率（%）", S["util"])
    m.set("平台国产化率（%）", S["localization"], cell=f"{f2(S['localization'])}" + T.get("国产化说明", ""))
    m.set("平台是否服务上海智能工厂，数量", S["smart"], f"是，{S['smart']}家", f"是，{S['smart']}家。" + T["智能工厂"])
    m.set("平台服务园区总数（个）", S["parks"])
    sol = S["solutions"]
    m.set("平台提供的解决方案总数（个）", sum(sol.values()))
    m.set("按新模式统计解决方案数量（个）", dict(sol))
    m.set("投资回报率（%）", pct(S["profit"], S["build_amount"]))
    m.set("企业是否已上市或已获得VC/PE投资", S["listed"][0], "是" if S["listed"][0] else "否", S["listed"][1])
    m.set("平台连接工业设备运维成本平均下降率（%）", S["cost_down"])
    m.set("平台连接工业设备能耗平均下降率（%）", S["energy_down"])
    m.set("平台连接工业设备安全生产持续时间平均提升率（%）", S["safety_up"])
    m.set("平台现有特色指数（个）", S["indices"], cell=f"{S['indices']}个。" + T["特色指数"])
    m.set("平台核心软硬件技术获得的专利数量（项）", S["patents"])
    m.set("平台核心软硬件技术获得的软著数量（个）", S["softcopy"])
    m.set("平台是否有自研形成的核心技术突破", True, "是", T["平台是否有自研形成的核心技术突破"])
    m.set("平台是否具备碳管理服务能力", S["carbon"], "是" if S["carbon"] else "否", T["平台是否具备碳管理服务能力"])
    m.set("平台是否融合使用国家标识解析系统", S["idres"], "是" if S["idres"] else "否", T["平台是否融合使用国家标识解析系统"])
    m.set("平台获得省部级及以上奖项/荣誉数量（个）", S["awards"], cell=f"{S['awards']}个。" + T["奖项"])
    m.set("平台建设与运营带动新增就业人数（人）", S["jobs"])
    m.set("平台社会贡献率（%）", S["social"])
    m.set("平台开放共享数据的形式及数量", T["平台开放共享数据的形式及数量"])
    m.set("合作平台数量（个）", S["partners"])
    for content, text in T.items():  # text-only rows
        if any(content == c for _, _, _, c in TABLE) and content not in m.cell:
            m.cell[content] = text
    missing = [c for _, _, _, c in TABLE if c not in m.cell]
    assert not missing, missing
    assert set(m.val) == set(SUMMARY), set(SUMMARY) ^ set(m.val)
    # 二、平台基本情况
    bm = S["build_mode"]
    m.basic = {
        "平台名称": S["declared_name"],
        "建设时间": f"{S['build'][0][:4]}年{int(S['build'][0][5:])}月至{S['build'][1][:4]}年{int(S['build'][1][5:])}月",
        "平台建设金额（万元）": f2(S["build_amount"]),
        "平台近三年经营指标情况": "\n".join(lines),
        "平台建设方式": "☑自建  □合作共建，合作企业名称（必填）：" if bm == "自建" else
        f"□自建  ☑合作共建，合作企业名称（必填）：{bm[1]}",
        "平台运营模式": "  ".join(("☑" if x == S["op_mode"] else "□") + x for x in ("自运营", "联合运营", "委托运营")),
        "IaaS基础设施": "☑自建  □租用，服务商名称（必填）：" if S["iaas"] == "自建" else f"□自建  ☑租用，服务商名称（必填）：{S['iaas'][1]}",
        "部署方式": "  ".join(("☑" if x in S["deploy"] else "□") + x for x in ("边缘侧", "私有云", "公有云", "混合云")) +
        ("  ☑其他部署方式，请填写（必填）：" + (S.get("deploy_other") or "") if S.get("deploy_other") is not None
         else "  □其他部署方式，请填写（必填）："),
        "平台网址": f"{S['url']}\n演示账号：{S['account']}  密码：{S['password']}",
        "平台基本情况介绍": T["平台基本情况介绍"],
        "平台建设成效": T["平台建设成效"],
    }
    m.summary_cells = {label: m.shown[label] for label in SUMMARY}
    return m
