"""From a package spec (the platform's figures, the office's writing style, the planted deviations) to the
declared form: 附件4 rows (text as the office writes it + normalised value), 指标明细表 texts, 平台基本情况 cells."""

from __future__ import annotations

from eval_sets.blind.h90.common import SUMMARY_LABELS, f2, pct, split

ENGLISH = {"越南": "Vietnam", "德国": "Germany", "泰国": "Thailand", "法国": "France", "美国": "United States",
           "马来西亚": "Malaysia", "印度尼西亚": "Indonesia", "孟加拉国": "Bangladesh", "英国": "United Kingdom"}


class Style:
    def __init__(self, sep=True, unit=True, pct_sign=True, lists="prose"):
        self.sep, self.unit, self.pct_sign, self.lists = sep, unit, pct_sign, lists

    def n(self, x, unit=""):
        s = f"{x:,}" if self.sep else f"{x}"
        return s + (unit if self.unit else "")

    def money(self, x):
        s = f"{x:,.2f}" if self.sep else f"{x:.2f}"
        return s + ("万元" if self.unit else "")

    def rate(self, x):
        return f"{x:.2f}" + ("%" if self.pct_sign else "")

    def tb(self, x):
        return (f"{x:,.2f}" if self.sep else f"{x:.2f}") + ("TB" if self.unit else "")

    def breakdown(self, parts, unit=""):
        """parts: [(written name, n)]"""
        if self.lists == "prose":
            return "、".join(f"{name}{self.n(v, unit) if self.unit else self.n(v)}" for name, v in parts)
        return "；".join(f"{name}：{v:,}" if self.sep else f"{name}：{v}" for name, v in parts)


def region_name(r: str) -> str:
    return f"{r}{ENGLISH[r]}" if r in ENGLISH else r


def derive(S: dict) -> dict:
    """Expand a spec into the declared package: rows {label: (text, normalized)}, texts {key: text}, basic {...}."""
    st: Style = S["style"]
    R: dict[str, tuple[str, object]] = {}

    def put(label, text, norm):
        R[label] = (text, norm)

    c = S["contact"]
    put("序号", str(S["list_no"]), S["list_no"])
    put("企业名称", S["company"], S["company"])
    put("平台名称", S["declared_name"], S["declared_name"])
    put("平台性质", S["ptype"], S["ptype"])
    put("联系人姓名", c[0], c[0])
    put("联系人手机号", c[1], c[1])
    put("联系人电子邮箱", c[2], c[2])
    put("评审会现场地址信息", S["address"], S["address"])
    put("平台网址", S["url"], S["url"])
    bt = f"{S['built'][0]}-{S['built'][1]}"
    put("建设时间", bt, bt)
    put("平台建设金额（万元）", f"{S['build_amount']:.2f}", S["build_amount"])
    rev = S["rev"]
    growth = {y: pct(rev[y] - rev[y - 1], rev[y - 1]) for y in (2021, 2022, 2023)}
    growth.update(S.get("growth_override", {}))
    hist_text = "；".join(f"{y}年平台营收{rev[y]:.2f}万元/增长率{growth[y]:.2f}%" for y in (2021, 2022, 2023))
    hist = {}
    for y in (2021, 2022, 2023):
        hist[f"{y}年平台营收（万元）"] = rev[y]
        hist[f"{y}年增长率（%）"] = growth[y]
    put("平台近三年经营指标情况", hist_text, hist)
    mode = S["mode"][0] + (f"（{S['mode'][1]}）" if S["mode"][1] else "")
    put("平台建设方式", mode, mode)
    put("平台运营模式", S["op"], S["op"])
    put("部署方式", S["deploy"], S["deploy"])
    tot, om, op_, q = S["staff"]
    put("平台团队总人数（人）", st.n(tot, "人"), tot)
    put("运维人数（人）", st.n(om, "人"), om)
    put("运营人数（人）", st.n(op_, "人"), op_)
    put("有相关技术职称/从业资格的人数（人）", st.n(q, "人"), q)
    put("平台相关研发投入（万元）", st.money(S["rd"]), S["rd"])
    put("平台相关研发投入强度（%）", st.rate(pct(S["rd"], rev[2023])), pct(S["rd"], rev[2023]))
    put("平台相关营业收入（万元）", st.money(rev[2023]), rev[2023])
    put("平台利润率（%）", st.rate(pct(S["profit"], rev[2023])), pct(S["profit"], rev[2023]))
    put("付费用户占比（%）", st.rate(pct(S["paid"], S["reg"])), pct(S["paid"], S["reg"]))

    # devices --------------------------------------------------------------------------------------
    cats = S["dev_cats"]  # [(office name, canonical, total)]
    regs = S["dev_regions"]  # [(region, total)]
    total = sum(n for *_, n in cats)
    assert total == sum(n for _, n in regs), S["pid"]
    pub_c = split(S["dev_pub"], [n for *_, n in cats])
    run_c = split(S["dev_run"], pub_c)
    pub_r = split(S["dev_pub"], [n for _, n in regs])
    run_r = split(S["dev_run"], pub_r)
    S["_dev"] = dict(total=total, cats=cats, regs=regs, pub_c=pub_c, run_c=run_c, pub_r=pub_r, run_r=run_r)
    private = S.get("private_devices")
    if private:
        put("连接的工业设备/产品/产线种类及数量（台/套）",
            f"总数{st.n(total)}台/套，其中私有化部署涉及的相关数量{st.n(private)}台/套", total)
    else:
        put("连接的工业设备/产品/产线种类及数量（台/套）", st.n(total, "台/套"), total)

    def cat_row(label, values, unit="台"):
        parts = [(o, v) for (o, _, _), v in zip(cats, values) if v]
        norm = {}
        for (_, canon, _), v in zip(cats, values):
            if v:
                norm[canon] = norm.get(canon, 0) + v
        put(label, st.breakdown(parts, unit), norm)

    def reg_row(label, values, unit="台"):
        parts = [(region_name(r), v) for (r, _), v in zip(regs, values) if v]
        put(label, st.breakdown(parts, unit), {region_name(r): v for (r, _), v in zip(regs, values) if v})

    cat_row("按二级分类统计工业设备数量（台/套）", [n for *_, n in cats])
    reg_row("按省市区域统计工业设备数量（台/套）", [n for _, n in regs])
    put("公有云工业设备连接数量（台/套）", st.n(S["dev_pub"], "台/套"), S["dev_pub"])
    cat_row("按二级分类统计公有云工业设备数量（台/套）", pub_c)
    reg_row("按省市区域统计公有云工业设备数量（台/套）", pub_r)
    put("公有云工业设备平均日运行数量（台/套）", st.n(S["dev_run"], "台/套"), S["dev_run"])
    cat_row("按二级分类统计公有云工业设备平均日运行数量（台/套）", run_c)
    reg_row("按省市区域统计公有云工业设备平均日运行数量（台/套）", run_r)
    overseas = [(r, n) for r, n in regs if r in ENGLISH]
    ov = sum(n for _, n in overseas)
    S["_dev"]["overseas"] = overseas
    put("海外设备连接数量（台/套）", st.n(ov, "台/套") if ov else "0", ov)
    if overseas:
        put("按海外国家分类统计海外设备连接数量（台/套）", st.breakdown([(region_name(r), n) for r, n in overseas], "台"),
            {region_name(r): n for r, n in overseas})
    else:
        put("按海外国家分类统计海外设备连接数量（台/套）", "无", None)
    put("工业协议兼容适配数量（个）", st.n(S["protocols"], "种"), S["protocols"])

    # apps -----------------------------------------------------------------------------------------
    put("工业软件总量（个）", st.n(S["sw"], "个"), S["sw"])
    put("工业APP数量（个）", st.n(S["app"], "个"), S["app"])
    put("基于平台开发的工业APP数量（个）", st.n(S["app_native"], "个"), S["app_native"])
    put("云化工业软件数量（个）", st.n(S["app"] - S["app_native"], "个"), S["app"] - S["app_native"])

    def weighted(label, entries, total_, unit="个"):
        vals = split(total_, [w for *_, w in entries])
        parts = [(e[0], v) for e, v in zip(entries, vals) if v]
        norm = {}
        for e, v in zip(entries, vals):
            if v:
                key = e[1] if len(e) == 3 else e[0]
                norm[key] = norm.get(key, 0) + v
        put(label, st.breakdown(parts, unit), norm)

    weighted("按分类统计工业APP数量（个）", S["app_cls"], S["app"])
    weighted("按行业统计工业APP数量（个）", S["app_ind"], S["app"])
    put("工业APP平均月活跃数量（个）", st.n(S["app_mau"], "个"), S["app_mau"])
    put("杀手锏APP数量（个）", "5个" if st.unit else "5", 5)
    put("公有云杀手锏APP平均日在线用户数（个）", st.n(S["killer_dau"], "个"), S["killer_dau"])
    put("杀手锏APP日活次数（次）", st.n(S["killer_times"], "次"), S["killer_times"])
    put("杀手锏APP月平均收入（万元）", st.money(S["killer_rev"]), S["killer_rev"])
    put("公有云工业APP数量（个）", st.n(S["pub_app"], "个"), S["pub_app"])
    put("公有云工业APP平均日活跃数量（个）", st.n(S["pub_dau"], "个"), S["pub_dau"])
    weighted("按分类统计公有云工业APP平均日活跃数量（个）", S["app_cls"], S["pub_dau"])
    weighted("按行业统计公有云工业APP平均日活跃数量（个）", S["app_ind"], S["pub_dau"])

    # data -----------------------------------------------------------------------------------------
    put("平台实际用云量（台）", f"{S['servers']:.2f}" + ("台" if st.unit else ""), S["servers"])
    put("平台公有云实际使用数量（台）", st.n(S["pub_servers"], "台"), S["pub_servers"])
    put("存储容量（TB）", st.tb(S["cap"]), S["cap"])
    put("存储工业数据量（TB）", st.tb(S["data"]), S["data"])
    put("公有云数据总量（TB）", st.tb(S["pub_data"]), S["pub_data"])
    put("存储资源利用率（%）", st.rate(pct(S["data"], S["cap"])), pct(S["data"], S["cap"]))
    put("工业机理模型数量（个）", st.n(S["models"], "个"), S["models"])
    put("活跃机理模型数量（一周调用5次以上）（个）", st.n(S["active_models"], "个"), S["active_models"])
    put("核心工业模型平均月调用用户数量（个）", st.n(S["model_users"], "个"), S["model_users"])
    weighted("按分类统计工业模型数量（个）", [(k, w) for k, w in zip(S["model_names"], S["model_w"])], S["models"])
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", S["speed"][0], S["speed"][1])
    put("微服务数量（个）", st.n(S["ms"], "个"), S["ms"])
    put("活跃微服务数量（一周调用5次以上）（个）", st.n(S["active_ms"], "个"), S["active_ms"])
    put("开发者注册总数（个）", st.n(S["devs"], "个"), S["devs"])
    put("活跃开发者数（个）", st.n(S["active_devs"], "个"), S["active_devs"])
    put("平台是否建立安全管理体系", S["sec_rules"], True)
    put("有否定期开展第三方安全测试/测评", S["third_party"][0], S["third_party"][1])
    put("有否定期进行安全扫描", S["scan"], True)

    # application ----------------------------------------------------------------------------------
    put("注册企业用户数（个）", st.n(S["reg"], "家"), S["reg"])
    put("实际服务企业数（个）", st.n(S["served"], "家"), S["served"])
    weighted("按行业统计服务企业数（个）", S["served_ind"], S["served"], "家")
    sr = S["served_regions"]
    put("按省市区域统计服务企业数（个）", st.breakdown([(region_name(r), n) for r, n in sr], "家"),
        {region_name(r): n for r, n in sr})
    put("付费企业数（个）", st.n(S["paid"], "家"), S["paid"])
    put("服务本市企业数量（个）", st.n(S["local"], "家"), S["local"])
    put("服务中小企业数量（个）", st.n(S["sme"], "家"), S["sme"])
    o1, o2 = S["orders"]
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{o1:,}个；截至填表日前一年：{o2:,}个",
        {"2023年自然年": o1, "截至填表日前一年": o2})
    put("平台交易规模年增长率（%）", st.rate(S["trade_growth"]), S["trade_growth"])
    put("工业APP订阅总数量（个）", st.n(S["subs"], "个"), S["subs"])
    put("杀手锏工业APP订阅数量（个）", st.n(S["killer_subs"], "个"), S["killer_subs"])
    put("工业APP订阅总金额（万元）", st.money(S["subs_amt"]), S["subs_amt"])
    put("平台连接工业设备利用率（%）", st.rate(S["util"]), S["util"])
    put("平台国产化率（%）", S["localization"][0], S["localization"][1])
    put("平台是否服务上海智能工厂，数量", S["smart"][0], S["smart"][1])
    put("平台服务园区总数（个）", st.n(S["parks"], "个"), S["parks"])
    put("平台提供的解决方案总数（个）", st.n(S["solutions"], "个"), S["solutions"])
    sm = S["solution_modes"]
    put("按新模式统计解决方案数量（个）", st.breakdown([(k, v) for k, v in sm], "个"), dict(sm))
    put("投资回报率（%）", st.rate(pct(S["profit"], S["build_amount"])), pct(S["profit"], S["build_amount"]))
    put("企业是否已上市或已获得VC/PE投资", S["listed"][0], S["listed"][1])
    put("平台连接工业设备运维成本平均下降率（%）", st.rate(f2(sum(S["om_down"]) / 3)), f2(sum(S["om_down"]) / 3))
    put("平台连接工业设备能耗平均下降率（%）", st.rate(f2(sum(S["energy_down"]) / 3)), f2(sum(S["energy_down"]) / 3))
    put("平台连接工业设备安全生产持续时间平均提升率（%）", st.rate(f2(sum(S["safety_up"]) / 3)), f2(sum(S["safety_up"]) / 3))
    put("平台现有特色指数（个）", S["indices"][0], S["indices"][1])
    put("平台核心软硬件技术获得的专利数量（项）", st.n(len(S["patents"]), "项"), len(S["patents"]))
    put("平台核心软硬件技术获得的软著数量（个）", st.n(len(S["softs"]), "个"), len(S["softs"]))
    put("平台是否有自研形成的核心技术突破", S["breakthrough"], True)
    put("平台是否具备碳管理服务能力", S["carbon"][0], S["carbon"][1])
    put("平台是否融合使用国家标识解析系统", S["idres"][0], S["idres"][1])
    put("平台获得省部级及以上奖项/荣誉数量（个）",
        f"共{len(S['awards'])}个：" + "；".join(f"{a}（{y}，{b}）" for a, y, b in S["awards"]), len(S["awards"]))
    put("平台建设与运营带动新增就业人数（人）", st.n(S["jobs"], "人"), S["jobs"])
    put("平台社会贡献率（%）", st.rate(S["social"]), S["social"])
    put("平台开放共享数据的形式及数量", S["open_data"], S["open_data"])
    put("合作平台数量（个）", st.n(S["partners"], "个"), S["partners"])

    # planted deviations in the 申报表 ---------------------------------------------------------------
    for label, (text, norm) in S.get("declare", {}).items():
        R[label] = (text, norm)
    assert list(R) == SUMMARY_LABELS, set(R) ^ set(SUMMARY_LABELS)
    return R
