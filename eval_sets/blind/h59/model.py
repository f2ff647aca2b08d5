"""Values of one h59 package: the platform's true figures (what the evidence prints), the figures the
申报表 declares (true figures with the planted problems), the applicant's separate 汇总表, and the
103 附件4 rows. Written from the notice alone (附件2 指标解释及填报指引, 附录A–F, 附件4)."""

from __future__ import annotations

import copy

import numpy as np

from .labels import LABELS

APPX_A = ["采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人",
          "电工、电子设备", "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"]
APPX_B = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
APPX_D = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
APPX_E = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]

TWO_DEC = {
    "平台建设金额（万元）", "平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台相关营业收入（万元）",
    "平台利润率（%）", "付费用户占比（%）", "杀手锏APP月平均收入（万元）", "平台实际用云量（台）", "存储容量（TB）",
    "存储工业数据量（TB）", "公有云数据总量（TB）", "存储资源利用率（%）", "平台交易规模年增长率（%）",
    "工业APP订阅总金额（万元）", "平台连接工业设备利用率（%）", "平台国产化率（%）", "投资回报率（%）",
    "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
    "平台连接工业设备安全生产持续时间平均提升率（%）", "平台社会贡献率（%）",
}
BOOL_ROWS = {"平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
             "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
             "平台是否融合使用国家标识解析系统"}


def split(total: int, n: int, rng: np.random.Generator, skew: float = 0.72) -> list[int]:
    """Split total into n positive, decreasing-ish integers summing to total."""
    w = np.array([skew ** i for i in range(n)]) * rng.uniform(0.85, 1.15, n)
    parts = [max(1, int(total * x / w.sum())) for x in w]
    parts[0] += total - sum(parts)
    return parts


def scale(parts: dict[str, int], total: int) -> dict[str, int]:
    """The same categories scaled to a smaller total (largest remainder)."""
    s = sum(parts.values())
    raw = {k: v * total / s for k, v in parts.items()}
    out = {k: int(x) for k, x in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), k))[:rest]:
        out[k] += 1
    return out


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


def make_values(cfg: dict) -> dict:
    """The platform's true figures (consistent by construction)."""
    rng = np.random.default_rng(cfg["seed"])
    v: dict = {}
    rev = cfg["revenue"]  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
    v["rev"] = rev
    v["growth"] = {y: r2((rev[y] / rev[y - 1] - 1) * 100) for y in (2021, 2022, 2023)}
    v["rd"] = cfg["rd"]
    v["profit"] = cfg["profit"]
    v["build_amount"] = cfg["build_amount"]
    ops, run = cfg["team"]
    v["team"] = {"total": ops + run, "ops": ops, "run": run, "qual": int((ops + run) * 0.64)}

    dev_total = cfg["devices"]
    cats = cfg["device_cats"]
    dc = dict(zip(cats, split(dev_total, len(cats), rng)))
    overseas = cfg["overseas"]
    ov_total = sum(overseas.values())
    regions = cfg["regions"]
    rc = dict(zip(regions, split(dev_total - ov_total, len(regions), rng, 0.62)))
    rc.update(overseas)
    pub = int(dev_total * cfg["pub_ratio"])
    run_d = int(pub * 0.63)
    v["dev"] = {"total": dev_total, "cats": dc, "regions": rc, "pub": pub, "pub_cats": scale(dc, pub),
                "pub_regions": scale(rc, pub), "run": run_d, "run_cats": scale(dc, run_d),
                "run_regions": scale(rc, run_d), "overseas": overseas, "ov_total": ov_total,
                "protocols": cfg["protocols"]}

    apps = cfg["apps"]
    native = int(apps * 0.58)
    acat = dict(zip(cfg["app_cats"], split(apps, len(cfg["app_cats"]), rng)))
    aind = dict(zip(cfg["industries"], split(apps, len(cfg["industries"]), rng)))
    pub_apps = int(apps * 0.55)
    dau = int(pub_apps * 0.46)
    v["app"] = {"software": apps + cfg["extra_software"], "apps": apps, "native": native, "cloud": apps - native,
                "cats": acat, "inds": aind, "mau": int(apps * 0.71), "killer": 5, "killer_online": cfg["killer_online"],
                "killer_daily": cfg["killer_online"] * 12 + 318, "killer_income": cfg["killer_income"],
                "pub": pub_apps, "dau": dau, "dau_cats": scale(acat, dau), "dau_inds": scale(aind, dau)}

    cap = cfg["storage"]
    used = cfg["stored"]
    v["cloud"] = {"servers": cfg["servers"], "pub_servers": int(cfg["servers"] * 0.4), "capacity": cap,
                  "stored": used, "pub_data": r2(used * 0.37), "util": r2(used / cap * 100)}
    models = cfg["models"]
    v["model"] = {"total": models, "active": int(models * 0.48), "users": cfg["model_users"],
                  "cats": dict(zip(APPX_D, split(models, 4, rng, 0.8)))}
    v["ms"] = {"total": cfg["microservices"], "active": int(cfg["microservices"] * 0.52)}
    v["devs"] = {"total": cfg["developers"], "active": int(cfg["developers"] * 0.24)}

    served = cfg["served"]
    ind = dict(zip(cfg["industries"], split(served, len(cfg["industries"]), rng, 0.7)))
    reg = dict(zip(cfg["ent_regions"], split(served, len(cfg["ent_regions"]), rng, 0.45)))
    v["ent"] = {"registered": cfg["registered"], "served": served, "inds": ind, "regions": reg,
                "paid": cfg["paid"], "local": reg["上海"], "sme": int(served * 0.78)}
    v["paid_ratio"] = r2(cfg["paid"] / cfg["registered"] * 100)
    v["orders"] = cfg["orders"]
    v["trade_growth"] = cfg["trade_growth"]
    subs = cfg["subs"]
    v["subs"] = {"total": subs, "killer": int(subs * 0.47), "amount": cfg["subs_amount"]}
    v["misc"] = dict(cfg["misc"])
    sol = cfg["solutions"]
    v["solutions"] = {"total": sum(sol.values()), "modes": sol}
    v["roi"] = r2(cfg["profit"] / cfg["build_amount"] * 100)
    v["margin"] = r2(cfg["profit"] / rev[2023] * 100)
    v["rd_int"] = r2(cfg["rd"] / rev[2023] * 100)
    v["patents"] = cfg["patents"]
    v["softcopy"] = cfg["softcopy"]
    v["awards"] = cfg["awards"]
    v["factories"] = cfg["factories"]
    v["parks"] = cfg["parks"]
    v["partners"] = cfg["partners"]
    return v


def fmt_bd(d: dict) -> str:
    return "、".join(f"{k}：{n}" for k, n in d.items())


def rows_from(v: dict, cfg: dict) -> dict[str, tuple[str, object]]:
    """The 103 附件4 rows (value as a reviewer writes it, normalised) from a set of declared figures."""
    g, rev = v["growth"], v["rev"]
    t = cfg["texts"]
    orders = v["orders"]
    m = v["misc"]
    r: dict[str, tuple[str, object]] = {}

    def num(label, x):
        if label in TWO_DEC:
            r[label] = (f"{x:.2f}", r2(x))
        else:
            r[label] = (str(int(x)), int(x))

    def bd(label, d):
        r[label] = (fmt_bd(d), dict(d)) if d else ("", None)

    def yn(label, flag):
        r[label] = ("是" if flag else "否", bool(flag))

    def txt(label, s):
        r[label] = (s, s)

    r["序号"] = (str(cfg["list_no"]), cfg["list_no"])
    txt("企业名称", cfg["company"])
    txt("平台名称", cfg["declared_name"])
    txt("平台性质", cfg["nature"])
    txt("联系人姓名", cfg["contact"]["name"])
    txt("联系人手机号", cfg["contact"]["mobile"])
    txt("联系人电子邮箱", cfg["contact"]["email"])
    txt("评审会现场地址信息", cfg["contact"]["venue"])
    txt("平台网址", cfg["url"])
    txt("建设时间", f"{cfg['build_from']}-{cfg['build_to']}")
    num("平台建设金额（万元）", v["build_amount"])
    value = "；".join(f"{y}年平台营收{rev[y]:.2f}万元/增长率{g[y]:.2f}%" for y in (2021, 2022, 2023))
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = r2(rev[y])
        norm[f"{y}年增长率（%）"] = r2(g[y])
    r["平台近三年经营指标情况"] = (value, norm)
    txt("平台建设方式", cfg["build_mode"])
    txt("平台运营模式", cfg["run_mode"])
    txt("部署方式", cfg["deploy"])
    tm = v["team"]
    num("平台团队总人数（人）", tm["total"])
    num("运维人数（人）", tm["ops"])
    num("运营人数（人）", tm["run"])
    num("有相关技术职称/从业资格的人数（人）", tm["qual"])
    num("平台相关研发投入（万元）", v["rd"])
    num("平台相关研发投入强度（%）", v["rd_int"])
    num("平台相关营业收入（万元）", rev[2023])
    num("平台利润率（%）", v["margin"])
    num("付费用户占比（%）", v["paid_ratio"])
    d = v["dev"]
    num("连接的工业设备/产品/产线种类及数量（台/套）", d["total"])
    bd("按二级分类统计工业设备数量（台/套）", d["cats"])
    bd("按省市区域统计工业设备数量（台/套）", d["regions"])
    num("公有云工业设备连接数量（台/套）", d["pub"])
    bd("按二级分类统计公有云工业设备数量（台/套）", d["pub_cats"])
    bd("按省市区域统计公有云工业设备数量（台/套）", d["pub_regions"])
    num("公有云工业设备平均日运行数量（台/套）", d["run"])
    bd("按二级分类统计公有云工业设备平均日运行数量（台/套）", d["run_cats"])
    bd("按省市区域统计公有云工业设备平均日运行数量（台/套）", d["run_regions"])
    num("海外设备连接数量（台/套）", d["ov_total"])
    bd("按海外国家分类统计海外设备连接数量（台/套）", d["overseas"])
    num("工业协议兼容适配数量（个）", d["protocols"])
    a = v["app"]
    num("工业软件总量（个）", a["software"])
    num("工业APP数量（个）", a["apps"])
    num("基于平台开发的工业APP数量（个）", a["native"])
    num("云化工业软件数量（个）", a["cloud"])
    bd("按分类统计工业APP数量（个）", a["cats"])
    bd("按行业统计工业APP数量（个）", a["inds"])
    num("工业APP平均月活跃数量（个）", a["mau"])
    num("杀手锏APP数量（个）", a["killer"])
    num("公有云杀手锏APP平均日在线用户数（个）", a["killer_online"])
    num("杀手锏APP日活次数（次）", a["killer_daily"])
    num("杀手锏APP月平均收入（万元）", a["killer_income"])
    num("公有云工业APP数量（个）", a["pub"])
    num("公有云工业APP平均日活跃数量（个）", a["dau"])
    bd("按分类统计公有云工业APP平均日活跃数量（个）", a["dau_cats"])
    bd("按行业统计公有云工业APP平均日活跃数量（个）", a["dau_inds"])
    c = v["cloud"]
    num("平台实际用云量（台）", c["servers"])
    num("平台公有云实际使用数量（台）", c["pub_servers"])
    num("存储容量（TB）", c["capacity"])
    num("存储工业数据量（TB）", c["stored"])
    num("公有云数据总量（TB）", c["pub_data"])
    num("存储资源利用率（%）", c["util"])
    mo = v["model"]
    num("工业机理模型数量（个）", mo["total"])
    num("活跃机理模型数量（一周调用5次以上）（个）", mo["active"])
    num("核心工业模型平均月调用用户数量（个）", mo["users"])
    bd("按分类统计工业模型数量（个）", mo["cats"])
    r["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (t["speed"], t["speed"][:t["speed"].index("级") + 1])
    num("微服务数量（个）", v["ms"]["total"])
    num("活跃微服务数量（一周调用5次以上）（个）", v["ms"]["active"])
    num("开发者注册总数（个）", v["devs"]["total"])
    num("活跃开发者数（个）", v["devs"]["active"])
    yn("平台是否建立安全管理体系", True)
    yn("有否定期开展第三方安全测试/测评", True)
    yn("有否定期进行安全扫描", True)
    e = v["ent"]
    num("注册企业用户数（个）", e["registered"])
    num("实际服务企业数（个）", e["served"])
    bd("按行业统计服务企业数（个）", e["inds"])
    bd("按省市区域统计服务企业数（个）", e["regions"])
    num("付费企业数（个）", e["paid"])
    num("服务本市企业数量（个）", e["local"])
    num("服务中小企业数量（个）", e["sme"])
    r["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{orders[0]}个；截至填表日前一年：{orders[1]}个",
                                  {"2023年自然年": orders[0], "截至填表日前一年": orders[1]})
    num("平台交易规模年增长率（%）", v["trade_growth"])
    num("工业APP订阅总数量（个）", v["subs"]["total"])
    num("杀手锏工业APP订阅数量（个）", v["subs"]["killer"])
    num("工业APP订阅总金额（万元）", v["subs"]["amount"])
    num("平台连接工业设备利用率（%）", m["dev_util"])
    num("平台国产化率（%）", m["domestic"])
    r["平台是否服务上海智能工厂，数量"] = (f"是，{v['factories']}家", v["factories"])
    num("平台服务园区总数（个）", v["parks"])
    num("平台提供的解决方案总数（个）", v["solutions"]["total"])
    bd("按新模式统计解决方案数量（个）", v["solutions"]["modes"])
    num("投资回报率（%）", v["roi"])
    yn("企业是否已上市或已获得VC/PE投资", m["listed"])
    num("平台连接工业设备运维成本平均下降率（%）", m["cost_down"])
    num("平台连接工业设备能耗平均下降率（%）", m["energy_down"])
    num("平台连接工业设备安全生产持续时间平均提升率（%）", m["safety_up"])
    num("平台现有特色指数（个）", m["indices"])
    num("平台核心软硬件技术获得的专利数量（项）", v["patents"])
    num("平台核心软硬件技术获得的软著数量（个）", v["softcopy"])
    yn("平台是否有自研形成的核心技术突破", True)
    yn("平台是否具备碳管理服务能力", m["carbon"])
    yn("平台是否融合使用国家标识解析系统", m["idres"])
    num("平台获得省部级及以上奖项/荣誉数量（个）", v["awards"])
    num("平台建设与运营带动新增就业人数（人）", m["jobs"])
    num("平台社会贡献率（%）", m["social"])
    txt("平台开放共享数据的形式及数量", t["open_data"])
    num("合作平台数量（个）", v["partners"])
    assert list(r) == LABELS, [x for x in LABELS if x not in r]
    return r


def declared(v: dict, edits) -> dict:
    """The figures the 申报表 declares: the true figures with the planted edits applied."""
    d = copy.deepcopy(v)
    for fn in edits:
        fn(d)
    return d
