"""One package = one spec (primary figures) expanded into all 附件4 values and the 申报表 cell texts.

Breakdowns are apportioned so that they add up to their totals (categories that come out 0 are left out);
rates follow the 填报指引 formulas; subsets hold. `derive` returns the values the 申报表 declares (clean
packages: the same values the evidence prints)."""

from __future__ import annotations

from dataclasses import dataclass, field

from eval_sets.blind.h81.labels import A4_LABELS, APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


def pct(a: float, b: float) -> float:
    return r2(a / b * 100)


def apportion(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of total over weights (insertion order kept, zeros dropped)."""
    ws = {k: w for k, w in weights.items() if w > 0}
    s = sum(ws.values())
    raw = {k: total * w / s for k, w in ws.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), list(ws).index(k)))[:rest]:
        out[k] += 1
    return {k: v for k, v in out.items() if v > 0}


def fmt_dict(d: dict[str, int], sep: str = "、") -> str:
    return sep.join(f"{k}：{v}" for k, v in d.items())


def th(n: int | float, dec: int = 0) -> str:
    return f"{n:,.{dec}f}"


@dataclass
class Pkg:
    pid: str
    seed: int
    list_no: int
    listed_name: str
    company: str
    part2023: bool
    nature: str
    short: str
    s: dict  # primaries
    t: dict = field(default_factory=dict)  # texts
    v: dict = field(default_factory=dict)  # 附件4 label -> normalized value
    cell: dict = field(default_factory=dict)  # 指标明细表 内容 -> cell text
    proof: dict = field(default_factory=dict)  # 指标明细表 内容 -> 证明资料 text
    files: dict = field(default_factory=dict)  # relpath -> role
    facts: list = field(default_factory=list)
    pages: dict = field(default_factory=dict)  # relpath -> page count
    layout: list = field(default_factory=list)


def derive(p: Pkg) -> None:
    s, v = p.s, {}
    v["序号"] = p.list_no
    v["企业名称"] = p.company
    v["平台名称"] = p.listed_name
    v["平台性质"] = p.nature
    c = s["contact"]
    v["联系人姓名"], v["联系人手机号"], v["联系人电子邮箱"] = c["name"], c["mobile"], c["email"]
    v["评审会现场地址信息"] = c["venue"]
    v["平台网址"] = s["url"]
    v["建设时间"] = s["build_time"]
    v["平台建设金额（万元）"] = s["build_amount"]
    rev = s["rev"]  # year -> 万元
    hist = {}
    for y in (2021, 2022, 2023):
        hist[f"{y}年平台营收（万元）"] = rev[y]
        hist[f"{y}年增长率（%）"] = pct(rev[y] - rev[y - 1], rev[y - 1])
    v["平台近三年经营指标情况"] = hist
    v["平台建设方式"], v["平台运营模式"], v["部署方式"] = s["build_mode"], s["op_mode"], s["deploy"]
    v["平台团队总人数（人）"] = s["ops"] + s["opr"]
    v["运维人数（人）"], v["运营人数（人）"], v["有相关技术职称/从业资格的人数（人）"] = s["ops"], s["opr"], s["qual"]
    v["平台相关研发投入（万元）"] = s["rd"]
    v["平台相关研发投入强度（%）"] = pct(s["rd"], rev[2023])
    v["平台相关营业收入（万元）"] = rev[2023]
    v["平台利润率（%）"] = pct(s["profit"], rev[2023])
    v["付费用户占比（%）"] = pct(s["paying"], s["registered"])
    # devices
    os_dev = s["overseas"]
    n_os = sum(os_dev.values())
    dev = s["devices"]
    pub = round(dev * s["pub_ratio"])
    run = round(pub * s["run_ratio"])
    pub_os = apportion(round(n_os * s["pub_ratio"]), os_dev) if n_os else {}
    run_os = apportion(round(sum(pub_os.values()) * s["run_ratio"]), pub_os) if n_os else {}
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = dev
    v["按二级分类统计工业设备数量（台/套）"] = apportion(dev, s["dev_cat"])
    v["按省市区域统计工业设备数量（台/套）"] = {**apportion(dev - n_os, s["dev_reg"]), **os_dev}
    v["公有云工业设备连接数量（台/套）"] = pub
    v["按二级分类统计公有云工业设备数量（台/套）"] = apportion(pub, s["dev_cat"])
    v["按省市区域统计公有云工业设备数量（台/套）"] = {**apportion(pub - sum(pub_os.values()), s["dev_reg"]), **pub_os}
    v["公有云工业设备平均日运行数量（台/套）"] = run
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = apportion(run, s["dev_cat"])
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = {**apportion(run - sum(run_os.values()), s["dev_reg"]), **run_os}
    v["海外设备连接数量（台/套）"] = n_os
    v["按海外国家分类统计海外设备连接数量（台/套）"] = dict(os_dev) if n_os else None
    v["工业协议兼容适配数量（个）"] = s["protocols"]
    apps = s["native"] + s["cloudsw"]
    v["工业软件总量（个）"] = s["software"]
    v["工业APP数量（个）"] = apps
    v["基于平台开发的工业APP数量（个）"] = s["native"]
    v["云化工业软件数量（个）"] = s["cloudsw"]
    v["按分类统计工业APP数量（个）"] = apportion(apps, s["app_cat"])
    v["按行业统计工业APP数量（个）"] = apportion(apps, s["app_ind"])
    v["工业APP平均月活跃数量（个）"] = s["app_mau"]
    v["杀手锏APP数量（个）"] = 5
    v["公有云杀手锏APP平均日在线用户数（个）"] = s["killer_dau"]
    v["杀手锏APP日活次数（次）"] = s["killer_times"]
    v["杀手锏APP月平均收入（万元）"] = s["killer_rev"]
    v["公有云工业APP数量（个）"] = s["pub_apps"]
    v["公有云工业APP平均日活跃数量（个）"] = s["pub_dau"]
    v["按分类统计公有云工业APP平均日活跃数量（个）"] = apportion(s["pub_dau"], s["app_cat"])
    v["按行业统计公有云工业APP平均日活跃数量（个）"] = apportion(s["pub_dau"], s["app_ind"])
    v["平台实际用云量（台）"] = s["servers"]
    v["平台公有云实际使用数量（台）"] = s["pub_servers"]
    v["存储容量（TB）"] = s["cap"]
    v["存储工业数据量（TB）"] = s["data"]
    v["公有云数据总量（TB）"] = s["pub_data"]
    v["存储资源利用率（%）"] = pct(s["data"], s["cap"])
    v["工业机理模型数量（个）"] = s["models"]
    v["活跃机理模型数量（一周调用5次以上）（个）"] = s["models_active"]
    v["核心工业模型平均月调用用户数量（个）"] = s["model_users"]
    v["按分类统计工业模型数量（个）"] = apportion(s["models"], s["model_cat"])
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = s["speed"][0]
    v["微服务数量（个）"], v["活跃微服务数量（一周调用5次以上）（个）"] = s["ms"], s["ms_active"]
    v["开发者注册总数（个）"], v["活跃开发者数（个）"] = s["dev_total"], s["dev_active"]
    v["平台是否建立安全管理体系"] = True
    v["有否定期开展第三方安全测试/测评"] = True
    v["有否定期进行安全扫描"] = True
    v["注册企业用户数（个）"] = s["registered"]
    v["实际服务企业数（个）"] = s["served"]
    v["按行业统计服务企业数（个）"] = apportion(s["served"], s["srv_ind"])
    v["按省市区域统计服务企业数（个）"] = {"上海": s["local"], **apportion(s["served"] - s["local"], s["srv_reg"])}
    v["付费企业数（个）"] = s["paying"]
    v["服务本市企业数量（个）"] = s["local"]
    v["服务中小企业数量（个）"] = s["sme"]
    v["平台订单数量(近一年总量)（个）"] = {"2023年自然年": s["orders"][0], "截至填表日前一年": s["orders"][1]}
    v["平台交易规模年增长率（%）"] = s["trade_growth"]
    v["工业APP订阅总数量（个）"] = s["subs"]
    v["杀手锏工业APP订阅数量（个）"] = sum(k[2] for k in s["killers"])
    v["工业APP订阅总金额（万元）"] = s["subs_amount"]
    v["平台连接工业设备利用率（%）"] = s["equip_util"]
    v["平台国产化率（%）"] = s["localization"]
    v["平台是否服务上海智能工厂，数量"] = len(s["factories"])
    v["平台服务园区总数（个）"] = s["parks"]
    v["平台提供的解决方案总数（个）"] = s["solutions"]
    v["按新模式统计解决方案数量（个）"] = apportion(s["solutions"], s["sol_mode"])
    v["投资回报率（%）"] = pct(s["profit"], s["build_amount"])
    v["企业是否已上市或已获得VC/PE投资"] = s["listed"][0]
    cases = s["cases"]
    for key, lab in (("ops", "平台连接工业设备运维成本平均下降率（%）"), ("energy", "平台连接工业设备能耗平均下降率（%）"),
                     ("safety", "平台连接工业设备安全生产持续时间平均提升率（%）")):
        v[lab] = r2(sum(cs[key] for cs in cases) / 3)
    v["平台现有特色指数（个）"] = len(s["indices"])
    v["平台核心软硬件技术获得的专利数量（项）"] = len(s["patents"])
    v["平台核心软硬件技术获得的软著数量（个）"] = len(s["softs"])
    v["平台是否有自研形成的核心技术突破"] = True
    v["平台是否具备碳管理服务能力"] = True
    v["平台是否融合使用国家标识解析系统"] = s["ident"][0]
    v["平台获得省部级及以上奖项/荣誉数量（个）"] = len(s["awards"])
    v["平台建设与运营带动新增就业人数（人）"] = s["jobs"]
    v["平台社会贡献率（%）"] = s["social"]
    v["平台开放共享数据的形式及数量"] = s["open_data"]
    v["合作平台数量（个）"] = s["partners"]
    assert list(v) == A4_LABELS or set(v) == set(A4_LABELS), set(A4_LABELS) ^ set(v)
    p.v = {k: v[k] for k in A4_LABELS}
    _check(p)


def _check(p: Pkg) -> None:
    """Build-time audit of the clean package: identities, subsets, breakdowns, categories."""
    v = p.v
    sums = [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
            ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
            ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
            ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
            ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
            ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
            ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"), ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
            ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]
    for part, total in sums:
        if v[part] is not None:
            assert sum(v[part].values()) == v[total], (p.pid, part)
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("云化工业软件数量（个）", "工业APP数量（个）"),
               ("工业APP数量（个）", "工业软件总量（个）"), ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
               ("公有云工业APP数量（个）", "工业APP数量（个）"), ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
               ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("存储工业数据量（TB）", "存储容量（TB）"),
               ("公有云数据总量（TB）", "存储工业数据量（TB）"), ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
               ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]
    for a, b in subsets:
        assert v[a] <= v[b], (p.pid, a, b)
    allowed = {"二级分类": APPENDIX_A, "分类统计工业APP": APPENDIX_B, "分类统计公有云": APPENDIX_B, "行业": APPENDIX_C,
               "工业模型": APPENDIX_D, "新模式": APPENDIX_E, "区域": APPENDIX_F}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            kinds = [k for k in allowed if k in label]
            for k in val:
                assert any(k in allowed[x] for x in kinds) or k in p.s["overseas"], (p.pid, label, k)
