"""From a package spec (the platform's figures, all consistent) to the 103 附件4 rows and the 申报表 cells.

Every derived figure follows the 填报指引: 运维+运营 = 总人数, 研发投入强度 = 研发÷营收, 利润率 = 利润÷营收,
付费用户占比 = 付费企业÷注册企业, 存储资源利用率 = 存储工业数据量÷存储容量, 投资回报率 = 年利润÷建设金额,
增长率 from the three years of revenue; every breakdown adds up to its total."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from eval_sets.blind.h91.labels import LABELS, TABLE


def r2(x: float) -> float:
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pct(a: float, b: float) -> float:
    return float((Decimal(str(a)) / Decimal(str(b)) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of an integer total by weights (order kept)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), list(raw).index(k)))[:rest]:
        out[k] += 1
    return out


def f2(x: float) -> str:
    return f"{x:.2f}"


def thou(x, dec=0) -> str:
    return f"{x:,.{dec}f}"


def bd_text(d: dict[str, int], sep="、", colon="：") -> str:
    return sep.join(f"{k}{colon}{v}" for k, v in d.items())


def derive(s: dict) -> dict:
    """Returns v: label -> normalized value, plus s['cells'] (内容 -> cell text) and s['rows'] (label -> value str)."""
    v: dict = {}
    v["序号"] = s["list_no"]
    v["企业名称"] = s["company"]
    v["平台名称"] = s["declared_name"]
    v["平台性质"] = s["nature"]
    v["联系人姓名"], v["联系人手机号"], v["联系人电子邮箱"] = s["contact"][0], s["contact"][1], s["contact"][2]
    v["评审会现场地址信息"] = s["address"]
    v["平台网址"] = s["url"]
    v["建设时间"] = f"{s['build'][0]}-{s['build'][1]}"
    v["平台建设金额（万元）"] = s["build_amount"]
    rev = s["rev"]
    hist = {}
    for y in (2021, 2022, 2023):
        hist[f"{y}年平台营收（万元）"] = rev[y]
        hist[f"{y}年增长率（%）"] = pct(rev[y] - rev[y - 1], rev[y - 1])
    v["平台近三年经营指标情况"] = hist
    v["平台建设方式"] = s["build_way"]
    v["平台运营模式"] = s["op_mode"]
    v["部署方式"] = s["deploy"]
    ops, opr, titled = s["team"]
    v["平台团队总人数（人）"] = ops + opr
    v["运维人数（人）"], v["运营人数（人）"], v["有相关技术职称/从业资格的人数（人）"] = ops, opr, titled
    v["平台相关研发投入（万元）"] = s["rd"]
    v["平台相关研发投入强度（%）"] = pct(s["rd"], rev[2023])
    v["平台相关营业收入（万元）"] = rev[2023]
    v["平台利润率（%）"] = pct(s["profit"], rev[2023])
    e = s["ent"]
    v["付费用户占比（%）"] = pct(e["paid"], e["registered"])
    dv = s["dev"]
    over = dv["overseas"]
    n_over = sum(over.values())
    regions_total = {**split(dv["total"] - n_over, dv["regions"]), **over}
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = dv["total"]
    v["按二级分类统计工业设备数量（台/套）"] = split(dv["total"], dv["cats"])
    v["按省市区域统计工业设备数量（台/套）"] = regions_total
    v["公有云工业设备连接数量（台/套）"] = dv["public"]
    v["按二级分类统计公有云工业设备数量（台/套）"] = split(dv["public"], v["按二级分类统计工业设备数量（台/套）"])
    v["按省市区域统计公有云工业设备数量（台/套）"] = split(dv["public"], regions_total)
    v["公有云工业设备平均日运行数量（台/套）"] = dv["run"]
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = split(dv["run"], v["按二级分类统计公有云工业设备数量（台/套）"])
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = split(dv["run"], v["按省市区域统计公有云工业设备数量（台/套）"])
    v["海外设备连接数量（台/套）"] = n_over
    v["按海外国家分类统计海外设备连接数量（台/套）"] = dict(over)
    v["工业协议兼容适配数量（个）"] = dv["protocols"]
    a = s["apps"]
    v["工业软件总量（个）"] = a["software"]
    v["工业APP数量（个）"] = a["apps"]
    v["基于平台开发的工业APP数量（个）"] = a["native"]
    v["云化工业软件数量（个）"] = a["apps"] - a["native"]
    v["按分类统计工业APP数量（个）"] = split(a["apps"], a["cats"])
    v["按行业统计工业APP数量（个）"] = split(a["apps"], a["inds"])
    v["工业APP平均月活跃数量（个）"] = a["monthly_active"]
    v["杀手锏APP数量（个）"] = 5
    v["公有云杀手锏APP平均日在线用户数（个）"] = a["killer_online"]
    v["杀手锏APP日活次数（次）"] = a["killer_daily"]
    v["杀手锏APP月平均收入（万元）"] = a["killer_income"]
    v["公有云工业APP数量（个）"] = a["public"]
    v["公有云工业APP平均日活跃数量（个）"] = a["public_daily"]
    v["按分类统计公有云工业APP平均日活跃数量（个）"] = split(a["public_daily"], a["cats"])
    v["按行业统计公有云工业APP平均日活跃数量（个）"] = split(a["public_daily"], a["inds"])
    c = s["cloud"]
    v["平台实际用云量（台）"] = c["servers"]
    v["平台公有云实际使用数量（台）"] = c["public_servers"]
    v["存储容量（TB）"] = c["cap"]
    v["存储工业数据量（TB）"] = c["data"]
    v["公有云数据总量（TB）"] = c["public_data"]
    v["存储资源利用率（%）"] = pct(c["data"], c["cap"])
    m = s["models"]
    v["工业机理模型数量（个）"] = m["total"]
    v["活跃机理模型数量（一周调用5次以上）（个）"] = m["active"]
    v["核心工业模型平均月调用用户数量（个）"] = m["monthly_users"]
    v["按分类统计工业模型数量（个）"] = split(m["total"], m["cats"])
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = s["speed"][0]
    v["微服务数量（个）"], v["活跃微服务数量（一周调用5次以上）（个）"] = s["micro"]
    v["开发者注册总数（个）"], v["活跃开发者数（个）"] = s["developers"]
    v["平台是否建立安全管理体系"] = True
    v["有否定期开展第三方安全测试/测评"] = True
    v["有否定期进行安全扫描"] = True
    v["注册企业用户数（个）"] = e["registered"]
    v["实际服务企业数（个）"] = e["served"]
    v["按行业统计服务企业数（个）"] = split(e["served"], e["inds"])
    regions = {"上海": e["local"], **split(e["served"] - e["local"] - sum(e.get("overseas", {}).values()), e["regions"]),
               **e.get("overseas", {})}
    v["按省市区域统计服务企业数（个）"] = regions
    v["付费企业数（个）"] = e["paid"]
    v["服务本市企业数量（个）"] = e["local"]
    v["服务中小企业数量（个）"] = e["sme"]
    v["平台订单数量(近一年总量)（个）"] = s["orders"]
    v["平台交易规模年增长率（%）"] = s["trade_growth"]
    v["工业APP订阅总数量（个）"] = s["subs"][0]
    v["杀手锏工业APP订阅数量（个）"] = s["subs"][1]
    v["工业APP订阅总金额（万元）"] = s["subs"][2]
    v["平台连接工业设备利用率（%）"] = s["util"]
    v["平台国产化率（%）"] = s["domestic"]
    v["平台是否服务上海智能工厂，数量"] = s["factories"]
    v["平台服务园区总数（个）"] = s["parks"]
    v["平台提供的解决方案总数（个）"] = s["solutions"]
    v["按新模式统计解决方案数量（个）"] = split(s["solutions"], s["solution_w"])
    v["投资回报率（%）"] = pct(s["profit"], s["build_amount"])
    v["企业是否已上市或已获得VC/PE投资"] = s["listed"][0]
    v["平台连接工业设备运维成本平均下降率（%）"] = r2(sum(s["cases"][0]) / 3)
    v["平台连接工业设备能耗平均下降率（%）"] = r2(sum(s["cases"][1]) / 3)
    v["平台连接工业设备安全生产持续时间平均提升率（%）"] = r2(sum(s["cases"][2]) / 3)
    v["平台现有特色指数（个）"] = s["indices"]
    v["平台核心软硬件技术获得的专利数量（项）"] = len(s["patents"])
    v["平台核心软硬件技术获得的软著数量（个）"] = len(s["softs"])
    v["平台是否有自研形成的核心技术突破"] = True
    v["平台是否具备碳管理服务能力"] = s["carbon"]
    v["平台是否融合使用国家标识解析系统"] = s["idres"]
    v["平台获得省部级及以上奖项/荣誉数量（个）"] = len(s["awards"])
    v["平台建设与运营带动新增就业人数（人）"] = s["jobs"]
    v["平台社会贡献率（%）"] = s["social"]
    v["平台开放共享数据的形式及数量"] = s["open_data"]
    v["合作平台数量（个）"] = s["partners"]
    assert list(v) == LABELS or set(v) == set(LABELS), set(LABELS) ^ set(v)
    return {k: v[k] for k in LABELS}


def row_value(label: str, n, s: dict) -> str:
    """What a reviewer writes in the 附件4 cell."""
    if label == "平台近三年经营指标情况":
        return "；".join(f"{y}年平台营收{f2(n[f'{y}年平台营收（万元）'])}万元/增长率{f2(n[f'{y}年增长率（%）'])}%" for y in (2021, 2022, 2023))
    if label == "平台订单数量(近一年总量)（个）":
        return "；".join(f"{k}：{v}个" for k, v in n.items())
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return s["speed"][1]
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{n}家"
    if isinstance(n, bool):
        return "是" if n else "否"
    if isinstance(n, dict):
        return bd_text(n)
    if isinstance(n, float):
        return f2(n)
    return str(n)


PCT_OR_MONEY = {l for l in LABELS if "（%）" in l or "（万元）" in l or "（TB）" in l or l == "平台实际用云量（台）"}


def cells(v: dict, s: dict, style: dict) -> dict[str, str]:
    """内容 -> text of the 平台实际情况 cell, in the office's own style.
    style: sep (breakdown separator), thousands (bool), private (labels written in the 私有化 format)."""
    sep = style.get("sep", "、")
    th = style.get("thousands", False)
    private = s.get("private", {})
    out = {}
    texts = s["texts"]
    for _, content, key in TABLE:
        if key is None:
            out[content] = texts[content]
            continue
        n = v[key]
        if key in private:
            unit = "TB" if "TB" in key else ("台/套" if "台/套" in key else "个")
            num = f2(n) if isinstance(n, float) else (thou(n) if th else str(n))
            pn = f2(private[key]) if isinstance(n, float) else (thou(private[key]) if th else str(private[key]))
            out[content] = f"总数{num}{unit}，其中私有化部署涉及的相关数量{pn}{unit}"
            if unit == "TB":
                out[content] = f"总容量/数据量{num}TB，其中私有化部署涉及的相关容量/数据量{pn}TB"
            continue
        if key in s.get("cell_override", {}):
            out[content] = s["cell_override"][key]
            continue
        if key == "平台近三年经营指标情况":
            continue
        if isinstance(n, str):
            out[content] = n
        elif isinstance(n, bool):
            out[content] = s["yes_text"][key]
        elif isinstance(n, dict) and key == "平台订单数量(近一年总量)（个）":
            out[content] = "；".join(f"{k}：{thou(x) if th else x}个" for k, x in n.items())
        elif isinstance(n, dict):
            out[content] = bd_text({k: (thou(x) if th else x) for k, x in n.items()}, sep=sep)
        elif key == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            out[content] = s["speed"][1]
        elif key == "平台是否服务上海智能工厂，数量":
            out[content] = s["factory_text"]
        elif isinstance(n, float) or key in PCT_OR_MONEY:
            out[content] = thou(n, 2) if th and n >= 1000 else f2(n)
        else:
            out[content] = thou(n) if th else str(n)
    return out


def basic(v: dict, s: dict) -> list[tuple[str, str]]:
    """二、平台基本情况 as (caption, text) rows."""
    hist = v["平台近三年经营指标情况"]
    y = lambda k: f"{k}年平台营收{f2(hist[f'{k}年平台营收（万元）'])}万元/增长率{f2(hist[f'{k}年增长率（%）'])}%"
    b0, b1 = s["build"]
    bw = "☑ 自建  □ 合作共建" if s["build_way"] == "自建" else f"□ 自建  ☑ 合作共建，合作企业名称（必填）：{s['build_way'].split('：', 1)[1]}"
    om = "  ".join(("☑ " if m == s["op_mode"] else "□ ") + m for m in ("自运营", "联合运营", "委托运营"))
    iaas = "☑ 自建  □ 租用" if s["iaas"] == "自建" else f"□ 自建  ☑ 租用，服务商名称（必填）：{s['iaas']}"
    dep = "  ".join(("☑ " if m in s["deploy"].split("、") else "□ ") + m for m in ("边缘侧", "私有云", "公有云", "混合云"))
    return [
        ("平台名称", s["declared_name"]),
        ("建设时间", f"{b0[:4]}年{int(b0[5:7])}月至{b1[:4]}年{int(b1[5:7])}月"),
        ("平台建设金额（万元）", f2(s["build_amount"])),
        ("平台近三年经营指标情况", "\n".join(y(k) for k in (2021, 2022, 2023))),
        ("平台建设方式", bw),
        ("平台运营模式", om),
        ("IaaS基础设施", iaas),
        ("部署方式", dep),
        ("平台网址", f"{s['url']}（演示账号：{s['demo'][0]}，密码：{s['demo'][1]}）"),
        ("平台基本情况介绍", s["intro"]),
        ("平台建设成效", s["effect"]),
    ]


def company_rows(s: dict) -> list[tuple[str, str]]:
    c = dict(s["corp"])
    inc = s["audit"]["company"]["一、营业收入"]  # 合并 本年 / 上年, 元: the form's figures follow the audit
    c["income_g"] = f2(pct(inc[0] - inc[1], inc[1]))
    return [("单位（企业）名称", s["company"]), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
            ("注册地及所在行政区", c["reg"]), ("企业类型", c["type"]), ("注册资本", c["capital"]),
            ("主营业务", c["business"]), ("法定代表人", c["legal"]), ("联系人", s["contact"][0]),
            ("职务", s["contact"][3]), ("联系人手机", s["contact"][1]), ("传真", c["fax"]), ("电子邮箱", s["contact"][2]),
            ("股权结构", c["equity"]),
            ("总资产（万元）", c["assets"]), ("主营业务收入（万元）", c["income"]), ("主营业务收入增长率（%）", c["income_g"]),
            ("负债率（%）", c["debt"]), ("利润总额（万元）", c["profit"]), ("税金（万元）", c["tax"])]
