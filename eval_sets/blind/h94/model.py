"""One source of truth per package: a compact spec (specs.py) expanded into the 103 附件4 rows.

Totals are computed from their breakdowns and every rate from its inputs exactly as the 填报指引 defines it
(2 decimals, computed on the 2-decimal figures the form prints), so a clean package is clean by construction;
`audit` re-checks the identities the notice states."""

from __future__ import annotations

from eval_sets.blind.h94.labels import LABELS


def r2(x: float) -> float:
    return float(f"{x + (1e-9 if x >= 0 else -1e-9):.2f}")


def f2(x: float) -> str:
    return f"{x:.2f}"


def bd(d: dict | None) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items()) if d else "无"


def total(d: dict | None) -> int:
    return sum(d.values()) if d else 0


def growth(new: float, old: float) -> float:
    return r2((new - old) / old * 100)


def derive(s: dict) -> dict[str, tuple[str, object]]:
    """附件4 label -> (value as a reviewer writes it from the 申报表, normalized)."""
    v: dict[str, tuple[str, object]] = {}
    rev = s["revenue"]  # {2020: …, 2021: …, 2022: …, 2023: …} 万元
    g = {y: growth(rev[y], rev[y - 1]) for y in (2021, 2022, 2023)}
    s["_growth"] = g
    v["序号"] = (str(s["list_no"]), s["list_no"])
    v["企业名称"] = (s["company"], s["company"])
    v["平台名称"] = (s["platform"], s["platform"])
    v["平台性质"] = (s["nature"], s["nature"])
    v["联系人姓名"] = (s["contact"], s["contact"])
    v["联系人手机号"] = (s["phone"], s["phone"])
    v["联系人电子邮箱"] = (s["email"], s["email"])
    v["评审会现场地址信息"] = (s["address"], s["address"])
    v["平台网址"] = (s["url"], s["url"])
    v["建设时间"] = (s["built"], s["built"])
    v["平台建设金额（万元）"] = (f2(s["invest"]), s["invest"])
    three = "；".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = rev[y]
        norm[f"{y}年增长率（%）"] = g[y]
    v["平台近三年经营指标情况"] = (three, norm)
    v["平台建设方式"] = (s["build_mode"], s["build_mode"])
    v["平台运营模式"] = (s["op_mode"], s["op_mode"])
    v["部署方式"] = (s["deploy"], s["deploy"])
    team = s["ops"] + s["run"]
    v["平台团队总人数（人）"] = (str(team), team)
    v["运维人数（人）"] = (str(s["ops"]), s["ops"])
    v["运营人数（人）"] = (str(s["run"]), s["run"])
    v["有相关技术职称/从业资格的人数（人）"] = (str(s["qualified"]), s["qualified"])
    v["平台相关研发投入（万元）"] = (f2(s["rd"]), s["rd"])
    v["平台相关研发投入强度（%）"] = (f2(r2(s["rd"] / rev[2023] * 100)), r2(s["rd"] / rev[2023] * 100))
    v["平台相关营业收入（万元）"] = (f2(rev[2023]), rev[2023])
    v["平台利润率（%）"] = (f2(r2(s["profit"] / rev[2023] * 100)), r2(s["profit"] / rev[2023] * 100))
    paid_ratio = r2(s["paid"] / s["registered"] * 100)
    v["付费用户占比（%）"] = (f2(paid_ratio), paid_ratio)

    def num(label, n):
        v[label] = (str(n), n)

    def brk(label, d):
        v[label] = (bd(d), dict(d) if d else None)

    num("连接的工业设备/产品/产线种类及数量（台/套）", total(s["dev_cat"]))
    brk("按二级分类统计工业设备数量（台/套）", s["dev_cat"])
    brk("按省市区域统计工业设备数量（台/套）", s["dev_reg"])
    num("公有云工业设备连接数量（台/套）", total(s["pub_cat"]))
    brk("按二级分类统计公有云工业设备数量（台/套）", s["pub_cat"])
    brk("按省市区域统计公有云工业设备数量（台/套）", s["pub_reg"])
    num("公有云工业设备平均日运行数量（台/套）", total(s["run_cat"]))
    brk("按二级分类统计公有云工业设备平均日运行数量（台/套）", s["run_cat"])
    brk("按省市区域统计公有云工业设备平均日运行数量（台/套）", s["run_reg"])
    num("海外设备连接数量（台/套）", total(s["overseas"]))
    brk("按海外国家分类统计海外设备连接数量（台/套）", s["overseas"])
    num("工业协议兼容适配数量（个）", s["protocols"])
    num("工业软件总量（个）", s["software"])
    num("工业APP数量（个）", s["app_dev"] + s["app_cloud"])
    num("基于平台开发的工业APP数量（个）", s["app_dev"])
    num("云化工业软件数量（个）", s["app_cloud"])
    brk("按分类统计工业APP数量（个）", s["app_cls"])
    brk("按行业统计工业APP数量（个）", s["app_ind"])
    num("工业APP平均月活跃数量（个）", s["app_mau"])
    num("杀手锏APP数量（个）", 5)
    num("公有云杀手锏APP平均日在线用户数（个）", s["killer_online"])
    num("杀手锏APP日活次数（次）", s["killer_daily"])
    v["杀手锏APP月平均收入（万元）"] = (f2(s["killer_income"]), s["killer_income"])
    num("公有云工业APP数量（个）", s["pub_app"])
    num("公有云工业APP平均日活跃数量（个）", total(s["pub_app_cls"]))
    brk("按分类统计公有云工业APP平均日活跃数量（个）", s["pub_app_cls"])
    brk("按行业统计公有云工业APP平均日活跃数量（个）", s["pub_app_ind"])
    v["平台实际用云量（台）"] = (f2(s["cloud"]), s["cloud"])
    num("平台公有云实际使用数量（台）", s["pub_cloud"])
    v["存储容量（TB）"] = (f2(s["cap"]), s["cap"])
    v["存储工业数据量（TB）"] = (f2(s["data"]), s["data"])
    v["公有云数据总量（TB）"] = (f2(s["pub_data"]), s["pub_data"])
    util = r2(s["data"] / s["cap"] * 100)
    v["存储资源利用率（%）"] = (f2(util), util)
    num("工业机理模型数量（个）", total(s["model_cls"]))
    num("活跃机理模型数量（一周调用5次以上）（个）", s["model_active"])
    num("核心工业模型平均月调用用户数量（个）", s["model_users"])
    brk("按分类统计工业模型数量（个）", s["model_cls"])
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (s["speed_text"], s["speed"])
    num("微服务数量（个）", s["ms"])
    num("活跃微服务数量（一周调用5次以上）（个）", s["ms_active"])
    num("开发者注册总数（个）", s["dev_reg_n"])
    num("活跃开发者数（个）", s["dev_active"])
    v["平台是否建立安全管理体系"] = ("是", True)
    v["有否定期开展第三方安全测试/测评"] = ("是", True)
    v["有否定期进行安全扫描"] = ("是", True)
    num("注册企业用户数（个）", s["registered"])
    num("实际服务企业数（个）", total(s["srv_ind"]))
    brk("按行业统计服务企业数（个）", s["srv_ind"])
    brk("按省市区域统计服务企业数（个）", s["srv_reg"])
    num("付费企业数（个）", s["paid"])
    num("服务本市企业数量（个）", s["srv_reg"].get("上海", 0))
    num("服务中小企业数量（个）", s["sme"])
    o1, o2 = s["orders"]
    v["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
                                   {"2023年自然年": o1, "截至填表日前一年": o2})
    v["平台交易规模年增长率（%）"] = (f2(s["trade_growth"]), s["trade_growth"])
    num("工业APP订阅总数量（个）", s["subs"])
    num("杀手锏工业APP订阅数量（个）", s["killer_subs"])
    v["工业APP订阅总金额（万元）"] = (f2(s["subs_amount"]), s["subs_amount"])
    for label, key in (("平台连接工业设备利用率（%）", "dev_util"), ("平台国产化率（%）", "domestic"),
                       ("平台连接工业设备运维成本平均下降率（%）", "om_down"), ("平台连接工业设备能耗平均下降率（%）", "energy_down"),
                       ("平台连接工业设备安全生产持续时间平均提升率（%）", "safety_up")):
        x = s[key]
        v[label] = ("不适用", None) if x is None else (f2(x), x)
    n = s["smart_factories"]
    v["平台是否服务上海智能工厂，数量"] = (f"是，{n}家" if n else "否", n)
    num("平台服务园区总数（个）", s["parks"])
    num("平台提供的解决方案总数（个）", total(s["sol"]))
    brk("按新模式统计解决方案数量（个）", s["sol"])
    roi = r2(s["profit"] / s["invest"] * 100)
    v["投资回报率（%）"] = (f2(roi), roi)
    v["企业是否已上市或已获得VC/PE投资"] = ("是" if s["vc"] else "否", bool(s["vc"]))
    num("平台现有特色指数（个）", s["indices"])
    num("平台核心软硬件技术获得的专利数量（项）", len(s["patents"]))
    num("平台核心软硬件技术获得的软著数量（个）", len(s["copyrights"]))
    v["平台是否有自研形成的核心技术突破"] = ("是" if s["breakthrough"] else "否", bool(s["breakthrough"]))
    v["平台是否具备碳管理服务能力"] = ("是" if s["carbon"] else "否", bool(s["carbon"]))
    v["平台是否融合使用国家标识解析系统"] = ("是" if s["idres"] else "否", bool(s["idres"]))
    num("平台获得省部级及以上奖项/荣誉数量（个）", len(s["awards"]))
    num("平台建设与运营带动新增就业人数（人）", s["jobs"])
    v["平台社会贡献率（%）"] = (f2(s["social"]), s["social"])
    v["平台开放共享数据的形式及数量"] = (s["open_data"], s["open_data"])
    num("合作平台数量（个）", s["partners"])
    assert set(v) == set(LABELS) and len(v) == 103, set(LABELS) ^ set(v)
    v = {k: v[k] for k in LABELS}
    audit(s, v)
    return v


def audit(s: dict, v: dict):
    """The identities and inclusions the 填报指引 states; a clean spec must pass all of them."""
    n = {k: x[1] for k, x in v.items()}
    assert n["运维人数（人）"] + n["运营人数（人）"] == n["平台团队总人数（人）"]
    assert n["有相关技术职称/从业资格的人数（人）"] <= n["平台团队总人数（人）"]
    pairs = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
             ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
             ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
             ("工业APP数量（个）", "工业软件总量（个）"), ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
             ("杀手锏APP数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
             ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
             ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("存储工业数据量（TB）", "存储容量（TB）"),
             ("公有云数据总量（TB）", "存储工业数据量（TB）"),
             ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
             ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
             ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
             ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
             ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")]
    for a, b in pairs:
        assert n[a] <= n[b], (a, b, n[a], n[b])
    tot = n["连接的工业设备/产品/产线种类及数量（台/套）"]
    for k in ("按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"):
        assert total(n[k]) == tot
    assert total(n["按省市区域统计公有云工业设备数量（台/套）"]) == n["公有云工业设备连接数量（台/套）"]
    assert total(n["按省市区域统计公有云工业设备平均日运行数量（台/套）"]) == n["公有云工业设备平均日运行数量（台/套）"]
    apps = n["工业APP数量（个）"]
    assert total(n["按分类统计工业APP数量（个）"]) == apps == total(n["按行业统计工业APP数量（个）"])
    assert total(n["按行业统计公有云工业APP平均日活跃数量（个）"]) == n["公有云工业APP平均日活跃数量（个）"]
    srv = n["实际服务企业数（个）"]
    assert total(n["按行业统计服务企业数（个）"]) == srv == total(n["按省市区域统计服务企业数（个）"])
    assert len(s["killer_apps"]) == 5 and sum(x[1] for x in s["killer_apps"]) == s["killer_subs"]
    assert len(s["apps"]) == apps and sum(x[2] for x in s["apps"]) == s["subs"]
    assert r2(sum(x[3] for x in s["apps"])) == s["subs_amount"]
    oversea_in_region = {k: x for k, x in (n["按省市区域统计工业设备数量（台/套）"] or {}).items() if not k.isascii() and any(c.isascii() and c.isalpha() for c in k)}
    assert oversea_in_region == (n["按海外国家分类统计海外设备连接数量（台/套）"] or {}), oversea_in_region
