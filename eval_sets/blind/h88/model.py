"""A package spec (the platform's real figures + what the applicant declared instead) → the 103 附件4 values."""

from __future__ import annotations

from dataclasses import dataclass, field

from eval_sets.blind.h88.labels import SUMMARY_LABELS

TWO_DEC = ("（万元）", "（%）", "（TB）", "平台实际用云量（台）")


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Integer parts proportional to weights that add up to total (largest remainder, stable order)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), list(raw).index(k)))[:rest]:
        out[k] += 1
    return out


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def fmt_num(label: str, x) -> str:
    if isinstance(x, float) or any(t in label for t in TWO_DEC):
        return f"{x:.2f}"
    return str(x)


def fmt_dict(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def hist_text(h: dict) -> str:
    return "；".join(f"{y}年平台营收{h[f'{y}年平台营收（万元）']:.2f}万元/增长率{h[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))


@dataclass
class Pkg:
    pid: str
    spec: dict            # real figures (what the evidence prints)
    vals: dict            # 附件4 label -> normalized (what the 申报表 says)
    disp: dict            # 附件4 label -> string a reviewer writes
    summary_diff: dict = field(default_factory=dict)  # 汇总表 label -> string the applicant's 汇总表 says instead


def derive(s: dict) -> tuple[dict, dict]:
    v: dict = {}
    rev = s["rev"]
    hist = {}
    for y in (2021, 2022, 2023):
        hist[f"{y}年平台营收（万元）"] = rev[y]
        hist[f"{y}年增长率（%）"] = pct(rev[y] - rev[y - 1], rev[y - 1])
    v.update({
        "序号": s["list_no"], "企业名称": s["company"], "平台名称": s["declared_name"], "平台性质": s["nature"],
        "联系人姓名": s["contact"][0], "联系人手机号": s["contact"][1], "联系人电子邮箱": s["contact"][2],
        "评审会现场地址信息": s["address"], "平台网址": s["url"], "建设时间": s["build_time"],
        "平台建设金额（万元）": s["build_amount"], "平台近三年经营指标情况": hist, "平台建设方式": s["build_mode"],
        "平台运营模式": s["operation"], "部署方式": s["deploy"],
        "平台团队总人数（人）": s["ops"] + s["opr"], "运维人数（人）": s["ops"], "运营人数（人）": s["opr"],
        "有相关技术职称/从业资格的人数（人）": s["qualified"],
        "平台相关研发投入（万元）": s["rd"], "平台相关研发投入强度（%）": pct(s["rd"], rev[2023]),
        "平台相关营业收入（万元）": rev[2023], "平台利润率（%）": pct(s["profit"], rev[2023]),
        "付费用户占比（%）": pct(s["paying"], s["registered"]),
    })
    dev, pub, run = s["devices"]
    cats, regs = s["dev_cat"], s["dev_region"]
    over = s["overseas"]
    dom = {k: w for k, w in regs.items()}
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = dev
    v["按二级分类统计工业设备数量（台/套）"] = split(dev, cats)
    v["按省市区域统计工业设备数量（台/套）"] = {**split(dev - sum(over.values()), dom), **over}
    v["公有云工业设备连接数量（台/套）"] = pub
    v["按二级分类统计公有云工业设备数量（台/套）"] = split(pub, cats)
    pub_over = {k: round(n * pub / dev) for k, n in over.items()}
    v["按省市区域统计公有云工业设备数量（台/套）"] = {**split(pub - sum(pub_over.values()), dom), **pub_over}
    v["公有云工业设备平均日运行数量（台/套）"] = run
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = split(run, cats)
    run_over = {k: round(n * run / dev) for k, n in over.items()}
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = {**split(run - sum(run_over.values()), dom), **run_over}
    v["海外设备连接数量（台/套）"] = sum(over.values())
    v["按海外国家分类统计海外设备连接数量（台/套）"] = dict(over) if over else None
    apps = s["native"] + s["cloudified"]
    v.update({
        "工业协议兼容适配数量（个）": s["protocols"], "工业软件总量（个）": apps + s["other_software"], "工业APP数量（个）": apps,
        "基于平台开发的工业APP数量（个）": s["native"], "云化工业软件数量（个）": s["cloudified"],
        "按分类统计工业APP数量（个）": split(apps, s["app_cat"]), "按行业统计工业APP数量（个）": split(apps, s["app_ind"]),
        "工业APP平均月活跃数量（个）": s["app_mau"], "杀手锏APP数量（个）": 5,
        "公有云杀手锏APP平均日在线用户数（个）": s["killer_online"], "杀手锏APP日活次数（次）": s["killer_daily"],
        "杀手锏APP月平均收入（万元）": s["killer_income"], "公有云工业APP数量（个）": s["public_apps"],
        "公有云工业APP平均日活跃数量（个）": s["public_dau"],
        "按分类统计公有云工业APP平均日活跃数量（个）": split(s["public_dau"], s["app_cat"]),
        "按行业统计公有云工业APP平均日活跃数量（个）": split(s["public_dau"], s["app_ind"]),
        "平台实际用云量（台）": s["cloud"], "平台公有云实际使用数量（台）": s["public_cloud"], "存储容量（TB）": s["storage"],
        "存储工业数据量（TB）": s["stored"], "公有云数据总量（TB）": s["public_data"],
        "存储资源利用率（%）": pct(s["stored"], s["storage"]),
        "工业机理模型数量（个）": s["models"], "活跃机理模型数量（一周调用5次以上）（个）": s["active_models"],
        "核心工业模型平均月调用用户数量（个）": s["model_users"], "按分类统计工业模型数量（个）": split(s["models"], s["model_cat"]),
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": s["speed"][0],
        "微服务数量（个）": s["ms"], "活跃微服务数量（一周调用5次以上）（个）": s["active_ms"],
        "开发者注册总数（个）": s["devs"], "活跃开发者数（个）": s["active_devs"],
        "平台是否建立安全管理体系": True, "有否定期开展第三方安全测试/测评": True, "有否定期进行安全扫描": True,
        "注册企业用户数（个）": s["registered"], "实际服务企业数（个）": s["served"],
        "按行业统计服务企业数（个）": split(s["served"], s["served_ind"]),
        "按省市区域统计服务企业数（个）": {"上海": s["local"], **split(s["served"] - s["local"], s["served_region"])},
        "付费企业数（个）": s["paying"], "服务本市企业数量（个）": s["local"], "服务中小企业数量（个）": s["sme"],
        "平台订单数量(近一年总量)（个）": {"2023年自然年": s["orders"][0], "截至填表日前一年": s["orders"][1]},
        "平台交易规模年增长率（%）": s["trade_growth"], "工业APP订阅总数量（个）": s["subs"],
        "杀手锏工业APP订阅数量（个）": sum(s["killer_subs"].values()), "工业APP订阅总金额（万元）": s["subs_amount"],
        "平台连接工业设备利用率（%）": s["utilization"], "平台国产化率（%）": s["localization"],
        "平台是否服务上海智能工厂，数量": s["smart_factories"], "平台服务园区总数（个）": s["parks"],
        "平台提供的解决方案总数（个）": sum(s["solutions"].values()), "按新模式统计解决方案数量（个）": dict(s["solutions"]),
        "投资回报率（%）": pct(s["profit"], s["build_amount"]), "企业是否已上市或已获得VC/PE投资": s["listed"],
        "平台连接工业设备运维成本平均下降率（%）": s["savings"][0], "平台连接工业设备能耗平均下降率（%）": s["savings"][1],
        "平台连接工业设备安全生产持续时间平均提升率（%）": s["savings"][2], "平台现有特色指数（个）": s["indices"],
        "平台核心软硬件技术获得的专利数量（项）": len(s["patents"]), "平台核心软硬件技术获得的软著数量（个）": len(s["softs"]),
        "平台是否有自研形成的核心技术突破": True, "平台是否具备碳管理服务能力": s["carbon"],
        "平台是否融合使用国家标识解析系统": s["idres"], "平台获得省部级及以上奖项/荣誉数量（个）": len(s["awards"]),
        "平台建设与运营带动新增就业人数（人）": s["jobs"], "平台社会贡献率（%）": s["social"],
        "平台开放共享数据的形式及数量": s["open_data"], "合作平台数量（个）": s["partners"],
    })
    assert list(v) == SUMMARY_LABELS or set(v) == set(SUMMARY_LABELS), set(SUMMARY_LABELS) ^ set(v)
    return {k: v[k] for k in SUMMARY_LABELS}, s


def display(label: str, x, s: dict) -> str:
    if x is None:
        return ""
    if label == "平台近三年经营指标情况":
        return hist_text(x)
    if label == "平台订单数量(近一年总量)（个）":
        return f"2023年自然年：{x['2023年自然年']}个；截至填表日前一年：{x['截至填表日前一年']}个"
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return f"{s['speed'][0]}（{s['speed'][1]}）"
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{x}家" if x else "否"
    if isinstance(x, bool):
        return "是" if x else "否"
    if isinstance(x, dict):
        return fmt_dict(x)
    if isinstance(x, (int, float)):
        return fmt_num(label, x)
    return str(x)


def make(pid: str, real: dict, declare: dict | None = None, post: dict | None = None,
         summary_diff: dict | None = None) -> Pkg:
    """real: the platform's figures; declare: primary figures the 申报表 states instead (derived rows follow them);
    post: 附件4 values overridden after derivation (a rate typed by hand)."""
    decl = {**real, **(declare or {})}
    vals, _ = derive(decl)
    for k, x in (post or {}).items():
        if isinstance(x, dict) and isinstance(vals[k], dict):
            vals[k] = {**vals[k], **x}
        else:
            vals[k] = x
    disp = {k: display(k, x, decl) for k, x in vals.items()}
    return Pkg(pid, real, vals, disp, summary_diff or {})
