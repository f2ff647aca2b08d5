"""Fill a package's 申报表 cells and the reviewer's 附件4 rows from its numbers (N) and answers (T)."""
from __future__ import annotations

from kit import fmt


def pct(a, b):
    return round(a / b * 100, 2)


def fill(pkg, N, T, unit_suffix=False, private=None, comma=False):
    """private: {content: private count} → cell in the notice's 私有化 format."""
    private = private or {}
    i = pkg.info
    # ---------------------------------------------------------------- 附件4 rows not in the indicator table
    pkg.row("序号", str(pkg.list_no), pkg.list_no)
    pkg.row("企业名称", pkg.company, pkg.company)
    pkg.row("平台名称", pkg.declared_name, pkg.declared_name)
    pkg.row("平台性质", T["性质"], T["性质"])
    pkg.row("联系人姓名", i["contact"], i["contact"])
    pkg.row("联系人手机号", i["mobile"], i["mobile"])
    pkg.row("联系人电子邮箱", i["email"], i["email"])
    pkg.row("评审会现场地址信息", i["address"], i["address"])
    pkg.row("平台网址", i["url"], i["url"])
    pkg.row("建设时间", i["build_time"], i["build_time"])
    pkg.row("平台建设金额（万元）", f"{N['build_amt']:.2f}", N["build_amt"])
    rv = N["rev"]
    g = N["growth"]
    txt = "；".join(f"{y}年平台营收{rv[y]:.2f}万元/增长率{g[y]:.2f}%" for y in (2021, 2022, 2023))
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = rv[y]
        norm[f"{y}年增长率（%）"] = g[y]
    pkg.row("平台近三年经营指标情况", txt, norm)
    i["rev_lines"] = "\n".join(f"{y} 年平台营收 {rv[y]:.2f} 万元/增长率 {g[y]:.2f} %" for y in (2021, 2022, 2023)) + \
        "\n注：此处数据为平台相关收益单列，非整个公司的财务数据。"
    bm = i["build_mode"] if i["build_mode"] == "自建" else ("合作共建，" + i["partner"] if i.get("partner") else "合作共建")
    pkg.row("平台建设方式", bm, bm)
    pkg.row("平台运营模式", i["op_mode"], i["op_mode"])
    dep = "、".join(i["deploy"]) + (f"、其他部署方式：{i['deploy_other']}" if i.get("deploy_other") else "")
    pkg.row("部署方式", dep, dep)

    def U(content, n, unit, dec=0, proof="", value=None):
        base = fmt(n, dec) if comma else (f"{n:.{dec}f}" if dec else str(int(n)))
        if content in private:
            cell = f"总数 {base} {unit}，其中私有化部署涉及的相关数量 {fmt(private[content], 0) if comma else private[content]} {unit}"
        elif unit_suffix and unit not in ("%",):
            cell = f"{base}{unit}"
        elif unit_suffix:
            cell = f"{base}%"
        else:
            cell = base
        pkg.num(content, n, dec, cell=cell, proof=proof, value=value)

    P = T.get("proof", {})
    # ---------------------------------------------------------------- 1.x
    pkg.txt("平台定位是否明确", T["定位"], P.get("定位", ""))
    pkg.txt("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", T["政策"])
    pkg.txt("平台是否被纳入企业战略规划中", T["战略"])
    pkg.txt("是否制定了平台专项规划", T["专项"])
    U("平台团队总人数（人）", N["team"], "人", proof=P.get("team", ""))
    U("其中：运维人数（人）", N["ops"], "人")
    U("运营人数（人）", N["run"], "人")
    U("其中：有相关技术职称/从业资格的人数（人）", N["cert"], "人")
    U("平台相关研发投入（万元）", N["rd"], "万元", 2, proof=P.get("fin", ""))
    U("平台相关研发投入强度（%）", N["rd_int"], "%", 2)
    U("平台相关营业收入（万元）", rv[2023], "万元", 2, proof=P.get("fin", ""))
    U("平台利润率（%）", N["profit_rate"], "%", 2, proof=P.get("fin", ""))
    U("付费用户占比（%）", N["paid_ratio"], "%", 2)
    # ---------------------------------------------------------------- 2.1.1
    U("连接的工业设备/产品/产线种类及数量（台/套）", N["dev"], "台/套", proof=P.get("dev", ""))
    pkg.bd("按二级分类统计工业设备数量（台/套）", N["dev_cat"], proof=P.get("dev", ""))
    pkg.bd("按省市区域统计工业设备数量（台/套）", N["dev_reg"], proof=P.get("dev", ""))
    U("其中：公有云工业设备连接数量（台/套）", N["pub"], "台/套", proof=P.get("dev", ""))
    pkg.bd("按二级分类统计公有云工业设备数量（台/套）", N["pub_cat"])
    pkg.bd("按省市区域统计公有云工业设备数量（台/套）", N["pub_reg"])
    U("其中：公有云工业设备平均日运行数量（台/套）", N["run_dev"], "台/套", proof=P.get("run_dev", ""))
    pkg.bd("按二级分类统计公有云工业设备平均日运行数量（台/套）", N["run_cat"])
    pkg.bd("按省市区域统计公有云工业设备平均日运行数量（台/套）", N["run_reg"])
    U("其中：海外设备连接数量（台/套）", N["ovs"], "台/套")
    if N["ovs_cty"]:
        pkg.bd("其中：按海外国家分类统计海外设备连接数量", N["ovs_cty"])
    else:
        pkg.txt("其中：按海外国家分类统计海外设备连接数量", "无")
        pkg.a4["按海外国家分类统计海外设备连接数量（台/套）"] = ("", None)
    U("工业协议兼容适配数量（个）", N["proto"], "个", proof=P.get("proto", ""))
    pkg.txt("其他资源汇聚情况", T["其他资源"])
    # ---------------------------------------------------------------- 2.1.2
    U("工业软件总量（个）", N["sw"], "个")
    U("工业APP数量（个）", N["app"], "个", proof=P.get("app", ""))
    U("其中：基于平台开发的工业APP数量（个）", N["app_native"], "个")
    U("云化工业软件数量（个）", N["app_cloud"], "个")
    pkg.bd("按分类统计工业APP数量（个）", N["app_cat"], proof=P.get("app", ""))
    pkg.bd("按行业统计工业APP数量（个）", N["app_ind"])
    U("工业APP平均月活跃数量（个）", N["app_mau"], "个")
    pkg.num("其中：杀手锏APP数量（个）", N["killer_n"], cell=T["杀手锏"], proof=P.get("killer", ""))
    U("公有云杀手锏APP平均日在线用户数（个）", N["killer_dau"], "个")
    U("杀手锏APP日活次数（次）", N["killer_hits"], "次", proof=P.get("killer_hits", ""))
    U("杀手锏APP月平均收入（万元）", N["killer_rev"], "万元", 2)
    U("其中：公有云工业APP数量（个）", N["pub_app"], "个")
    U("其中：公有云工业APP平均日活跃数量（个）", N["pub_app_dau"], "个")
    pkg.bd("其中：按分类统计公有云工业APP平均日活跃数量（个）", N["pub_app_cat"])
    pkg.bd("其中：按行业统计公有云工业APP平均日活跃数量（个）", N["pub_app_ind"])
    # ---------------------------------------------------------------- 2.2
    pkg.txt("边缘数据处理能力", T["边缘"])
    pkg.txt("其他数据采集能力", T["其他采集"])
    pkg.yn("是否支持可拓展云计算能力", T.get("可拓展", "是"), True)
    pkg.txt("云化服务器算力", T["算力"])
    U("平台实际用云量（台）", N["cloud"], "台", 2, proof=P.get("cloud", ""))
    U("平台公有云实际使用数量（台）", N["pub_cloud"], "台", proof=P.get("cloud", ""))
    U("存储容量（TB）", N["cap"], "TB", 2, proof=P.get("cloud", ""))
    U("存储工业数据量（TB）", N["data"], "TB", 2, proof=P.get("cloud", ""))
    U("公有云数据总量（TB）", N["pub_data"], "TB", 2)
    U("存储资源利用率（%）", N["util_store"], "%", 2)
    pkg.txt("数据基础管理能力", T["数据管理"])
    U("工业机理模型数量（个）", N["models"], "个", proof=P.get("models", ""))
    U("其中：活跃机理模型数量（一周调用5次以上）（个）", N["models_active"], "个")
    U("核心工业模型平均月调用用户数量（个）", N["model_users"], "个", proof=P.get("model_users", ""))
    pkg.bd("按分类统计工业模型数量（个）", N["model_cat"], proof=P.get("models", ""))
    pkg.yn("是否提供通用建模分析算法", T.get("通用算法", "是"), True)
    pkg.txt("智能分析算法类型", T["算法类型"])
    pkg.txt("数据分析平台均速度（每TB分级/秒级/毫秒级）", T["速度"])
    pkg.a4["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (T["速度"], T["速度级"])
    U("微服务数量（个）", N["ms"], "个", proof=P.get("ms", ""))
    U("其中：活跃微服务数量（一周调用5次以上）（个）", N["ms_active"], "个", proof=P.get("ms", ""))
    pkg.yn("是否建立开发者社区及相关功能", T.get("社区", "是"), True)
    U("开发者注册总数（个）", N["devs"], "个")
    U("其中：活跃开发者数（个）", N["devs_active"], "个")
    pkg.txt("平台支持开发语言类型", T["语言"])
    pkg.txt("平台应用开发框架", T["框架"])
    pkg.txt("平台应用开发工具", T["工具"])
    pkg.yn("是否针对平台制定了安全管理相关制度", T["安全制度"], True, proof=P.get("sec", ""))
    pkg.txt("建立的安全制度保护了平台的哪些方面", T["保护方面"])
    pkg.yn("有否定期开展第三方安全测试/测评", T["第三方"], True, proof=P.get("sec", ""))
    pkg.yn("有否定期进行安全扫描", T["扫描"], True, proof=P.get("sec", ""))
    pkg.txt("采用何种安全技术情况", T["安全技术"])
    pkg.txt("核心数据安全保护手段", T["数据保护"])
    # ---------------------------------------------------------------- 3.1.1
    U("注册企业用户数（个）", N["reg"], "个", proof=P.get("users", ""))
    U("其中：实际服务企业数（个）", N["svc"], "个", proof=P.get("users", ""))
    pkg.bd("按行业统计服务企业数（个）", N["svc_ind"], proof=P.get("users", ""))
    pkg.bd("按省市区域统计服务企业数（个）", N["svc_reg"], proof=P.get("users", ""))
    U("其中：付费企业数（个）", N["paid"], "个")
    U("其中：服务本市企业数量（个）", N["local"], "个")
    U("其中：服务中小企业数量（个）", N["sme"], "个")
    o1, o2 = N["orders"]
    pkg.txt("平台订单数量（个），填写近一年总量", T.get("订单cell", f"2023年自然年：{o1}个；截至填表日前一年：{o2}个"),
            P.get("orders", ""))
    pkg.a4["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
                                         {"2023年自然年": o1, "截至填表日前一年": o2})
    U("平台交易规模年增长率（%）", N["trade_g"], "%", 2, proof=P.get("trade", ""))
    U("工业APP订阅总数量（个）", N["subs"], "个")
    U("其中：杀手锏工业APP订阅数量（个）", N["killer_subs"], "个")
    U("工业APP订阅总金额（万元）", N["subs_amt"], "万元", 2)
    U("平台连接工业设备利用率（%）", N["dev_util"], "%", 2)
    pkg.num("平台国产化率（%）", N["domestic"], 2, cell=T["国产化cell"], proof=P.get("domestic", ""))
    pkg.txt("平台是否服务上海智能工厂，数量", T["智能工厂"])
    pkg.a4["平台是否服务上海智能工厂，数量"] = (f"是，{N['smart']}家", N["smart"])
    U("平台服务园区总数（个）", N["parks"], "个")
    U("平台提供的解决方案总数（个）", N["sol"], "个", proof=P.get("sol", ""))
    pkg.bd("其中：按新模式统计解决方案数量（个）", N["sol_mode"], proof=P.get("sol", ""))
    # ---------------------------------------------------------------- 3.1.2
    U("投资回报率（%）", N["roi"], "%", 2)
    pkg.yn("企业已上市或已获得VC/PE投资", T["vcpe"], N["vcpe"])
    pkg.txt("关键技术自主可控", T["自主可控"])
    pkg.txt("解决方案累计对企业/用户新增效益", T["新增效益"])
    pkg.txt("解决方案累计对企业/用户降低成本", T["降低成本"])
    U("平台连接工业设备运维成本平均下降率（%）", N["om_down"], "%", 2, proof=P.get("cases", ""))
    U("平台连接工业设备能耗平均下降率（%）", N["energy_down"], "%", 2, proof=P.get("cases", ""))
    U("平台连接工业设备安全生产持续时间平均提升率（%）", N["safety_up"], "%", 2, proof=P.get("cases", ""))
    pkg.txt("平台数据价值挖掘应用能力", T["价值挖掘"])
    pkg.txt("工业互联网平台+供应链协同应用情况", T["供应链"])
    pkg.txt("平台有否与新技术的融合应用", T["新技术"])
    pkg.num("平台现有特色指数（个）", N["indices"], cell=T.get("指数cell"))
    # ---------------------------------------------------------------- 3.1.3
    U("平台核心软硬件技术获得的专利数量（项）", N["patents"], "项", proof=P.get("ip", ""))
    U("平台核心软硬件技术获得的软著数量（个）", N["softcr"], "个", proof=P.get("ip", ""))
    pkg.yn("平台是否有自研形成的核心技术突破", T["突破"], True)
    pkg.yn("平台是否具备碳管理服务能力", T["碳"], T.get("碳_b", True))
    pkg.yn("平台是否融合使用国家标识解析系统", T["标识"], T.get("标识_b", True), proof=P.get("idres", ""))
    pkg.txt("平台牵头/参与标准制定情况（国家标准、行业标准）", T["标准"])
    pkg.num("平台获得省部级及以上奖项/荣誉数量（个）", N["awards"], cell=T.get("奖项cell"), proof=P.get("awards", ""))
    U("平台建设与运营带动新增就业人数（人）", N["jobs"], "人")
    U("平台社会贡献率（%）", N["social"], "%", 2)
    pkg.txt("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", T["贡献"])
    pkg.txt("是否建立供应链产业链开放共享机制", T["开放机制"])
    pkg.txt("平台开放共享数据的形式及数量", T["开放数据"], P.get("api", ""), a4=True)
    U("合作平台数量（个）", N["partners"], "个")
    pkg.txt("跨平台调用功能建设情况", T["跨平台"])
    pkg.txt("新产业、新模式培育情况", T["新模式"])
    # every row gets a proof reference or an explanation (附件2 footnote 2); packages may blank one on purpose
    from labels import FORM
    for _, _, _, contents in FORM:
        for c in contents:
            if not pkg.proof.get(c):
                pkg.proof[c] = T["default_proof"]


def check_consistency(N, rv_prev):
    """Asserts for a clean package's numbers (problem packages skip the ones they break)."""
    errs = []

    def eq(a, b, what):
        if abs(a - b) > 0.0051:
            errs.append(f"{what}: {a} != {b}")
    rv = N["rev"]
    eq(N["ops"] + N["run"], N["team"], "team")
    eq(N["rd_int"], round(N["rd"] / rv[2023] * 100, 2), "rd_int")
    eq(N["profit_rate"], round(N["profit"] / rv[2023] * 100, 2), "profit_rate")
    eq(N["roi"], round(N["profit"] / N["build_amt"] * 100, 2), "roi")
    eq(N["growth"][2021], round((rv[2021] / rv_prev - 1) * 100, 2), "g21")
    eq(N["growth"][2022], round((rv[2022] / rv[2021] - 1) * 100, 2), "g22")
    eq(N["growth"][2023], round((rv[2023] / rv[2022] - 1) * 100, 2), "g23")
    eq(N["util_store"], round(N["data"] / N["cap"] * 100, 2), "util_store")
    eq(N["paid_ratio"], round(N["paid"] / N["reg"] * 100, 2), "paid_ratio")
    for k, tot in (("dev_cat", "dev"), ("dev_reg", "dev"), ("pub_cat", "pub"), ("pub_reg", "pub"), ("run_cat", "run_dev"),
                   ("run_reg", "run_dev"), ("app_cat", "app"), ("app_ind", "app"), ("svc_ind", "svc"), ("svc_reg", "svc"),
                   ("model_cat", "models"), ("sol_mode", "sol"), ("pub_app_cat", "pub_app_dau"), ("pub_app_ind", "pub_app_dau")):
        eq(sum(N[k].values()), N[tot], k)
    if N["ovs_cty"]:
        eq(sum(N["ovs_cty"].values()), N["ovs"], "ovs")
    eq(N["app_native"] + N["app_cloud"], N["app"], "app split")
    for small, big in (("pub", "dev"), ("run_dev", "pub"), ("ovs", "dev"), ("app", "sw"), ("pub_app", "app"),
                       ("models_active", "models"), ("ms_active", "ms"), ("devs_active", "devs"), ("svc", "reg"),
                       ("paid", "svc"), ("local", "svc"), ("sme", "svc"), ("killer_subs", "subs"), ("app_mau", "app"),
                       ("pub_app_dau", "pub_app"), ("pub_cloud", "cloud"), ("pub_data", "data"), ("data", "cap")):
        if N[small] > N[big]:
            errs.append(f"subset {small}>{big}")
    eq(N["local"], N["svc_reg"].get("上海", 0), "local")
    return errs
