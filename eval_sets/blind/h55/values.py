"""The declared values V[label] = (附件4 value, normalized, 申报表 cell text) of an h55 package."""
from __future__ import annotations

from .model import bd_text, f2, r2, split

DEV_CATS = ["机床", "机器人", "仪器仪表", "动力设备", "电力设备", "物流设备", "工程机械", "电工、电子设备", "轻工设备", "交通设备", "化工设备", "建材设备"]
APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def declare(c: dict) -> dict:
    V: dict = {}

    def put(label, value, norm, form=None):
        V[label] = (value, norm, value if form is None else form)

    def num(label, n, form=None):
        put(label, str(n), n, form)

    def dec(label, x, form=None):
        put(label, f2(x), r2(x), form)

    def bd(label, d, form=None):
        put(label, bd_text(d), dict(d), form)

    def yes(label, form):
        put(label, "是", True, form)

    put("序号", str(c["no"]), c["no"])
    for lab, key in (("企业名称", "company"), ("平台名称", "declared_name"), ("平台性质", "nature"), ("评审会现场地址信息", "address"),
                     ("平台网址", "url"), ("建设时间", "build"), ("平台建设方式", "way"), ("平台运营模式", "mode"), ("部署方式", "deploy")):
        put(lab, c[key], c[key])
    put("联系人姓名", c["contact"][0], c["contact"][0])
    put("联系人手机号", c["contact"][1], c["contact"][1])
    put("联系人电子邮箱", c["contact"][2], c["contact"][2])
    dec("平台建设金额（万元）", c["build_amount"])
    r21, r22, r23 = c["rev_decl"]
    g21, g22, g23 = c["growth_decl"]
    text = f"2021年平台营收{f2(r21)}万元/增长率{f2(g21)}%；2022年平台营收{f2(r22)}万元/增长率{f2(g22)}%；2023年平台营收{f2(r23)}万元/增长率{f2(g23)}%"
    put("平台近三年经营指标情况", text, {"2021年平台营收（万元）": r2(r21), "2021年增长率（%）": r2(g21), "2022年平台营收（万元）": r2(r22),
                                "2022年增长率（%）": r2(g22), "2023年平台营收（万元）": r2(r23), "2023年增长率（%）": r2(g23)})
    c["three_form"] = text.replace("；", "\n")
    tot, ops, run, q = c["team"]
    num("平台团队总人数（人）", tot)
    num("运维人数（人）", ops)
    num("运营人数（人）", run)
    num("有相关技术职称/从业资格的人数（人）", q)
    rev, rd, profit = c["rev_field"], c["rd_field"], c["profit"]
    dec("平台相关研发投入（万元）", rd)
    dec("平台相关研发投入强度（%）", rd / rev * 100)
    dec("平台相关营业收入（万元）", rev)
    dec("平台利润率（%）", profit / rev * 100)
    dec("付费用户占比（%）", c["paid_ratio"][0] / c["paid_ratio"][1] * 100)
    dev, pub, daily = c["devices"]
    cats = c["dev_cats"]
    regions = c["regions"]
    overseas = c["overseas"]
    n_os = sum(overseas.values())
    num("连接的工业设备/产品/产线种类及数量（台/套）", dev)

    def cat_bd(total):
        return dict(zip(cats, split(total, c["dev_w"])))

    def reg_bd(total, share_os):
        os_part = dict(zip(overseas, split(round(share_os), list(overseas.values()))))
        dom = dict(zip(regions, split(total - sum(os_part.values()), c["reg_w"])))
        return {**dom, **os_part}

    bd("按二级分类统计工业设备数量（台/套）", cat_bd(dev))
    bd("按省市区域统计工业设备数量（台/套）", {**dict(zip(regions, split(dev - n_os, c["reg_w"]))), **overseas})
    num("公有云工业设备连接数量（台/套）", pub)
    bd("按二级分类统计公有云工业设备数量（台/套）", cat_bd(pub))
    bd("按省市区域统计公有云工业设备数量（台/套）", reg_bd(pub, n_os * pub / dev))
    num("公有云工业设备平均日运行数量（台/套）", daily)
    bd("按二级分类统计公有云工业设备平均日运行数量（台/套）", cat_bd(daily))
    bd("按省市区域统计公有云工业设备平均日运行数量（台/套）", reg_bd(daily, n_os * daily / dev))
    num("海外设备连接数量（台/套）", n_os)
    bd("按海外国家分类统计海外设备连接数量（台/套）", overseas)
    num("工业协议兼容适配数量（个）", c["protocols"])
    own, cloud = c["apps"]
    apps = own + cloud
    num("工业软件总量（个）", apps + c["other_sw"])
    num("工业APP数量（个）", apps)
    num("基于平台开发的工业APP数量（个）", own)
    num("云化工业软件数量（个）", cloud)
    bd("按分类统计工业APP数量（个）", dict(zip(c["app_cats"], split(apps, c["app_w"]))))
    bd("按行业统计工业APP数量（个）", dict(zip(c["app_ind"], split(apps, c["ind_w"]))))
    num("工业APP平均月活跃数量（个）", c["app_mau"])
    num("杀手锏APP数量（个）", 5)
    num("公有云杀手锏APP平均日在线用户数（个）", c["killer"][0])
    num("杀手锏APP日活次数（次）", c["killer"][1])
    dec("杀手锏APP月平均收入（万元）", c["killer"][2])
    papp, pact = c["pub_apps"]
    num("公有云工业APP数量（个）", papp)
    num("公有云工业APP平均日活跃数量（个）", pact)
    bd("按分类统计公有云工业APP平均日活跃数量（个）", dict(zip(c["app_cats"], split(pact, c["app_w"]))))
    bd("按行业统计公有云工业APP平均日活跃数量（个）", dict(zip(c["app_ind"], split(pact, c["ind_w"]))))
    dec("平台实际用云量（台）", c["servers"][0])
    num("平台公有云实际使用数量（台）", c["servers"][1])
    cap, data, pdata = c["storage"]
    dec("存储容量（TB）", cap)
    dec("存储工业数据量（TB）", data)
    dec("公有云数据总量（TB）", pdata)
    dec("存储资源利用率（%）", data / cap * 100)
    m, ma, mu = c["models"]
    num("工业机理模型数量（个）", m)
    num("活跃机理模型数量（一周调用5次以上）（个）", ma)
    num("核心工业模型平均月调用用户数量（个）", mu)
    bd("按分类统计工业模型数量（个）", dict(zip(MODEL_CATS, split(m, c["model_w"]))))
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", c["speed"][0], c["speed"][1])
    num("微服务数量（个）", c["micro"][0])
    num("活跃微服务数量（一周调用5次以上）（个）", c["micro"][1])
    num("开发者注册总数（个）", c["devs"][0])
    num("活跃开发者数（个）", c["devs"][1])
    yes("平台是否建立安全管理体系", c["sec"][0])
    yes("有否定期开展第三方安全测试/测评", c["sec"][1])
    yes("有否定期进行安全扫描", c["sec"][2])
    reg, served, paid, sme = c["ent_counts"]
    num("注册企业用户数（个）", reg)
    num("实际服务企业数（个）", served)
    bd("按行业统计服务企业数（个）", dict(zip(c["srv_ind"], split(served, c["srv_ind_w"]))))
    local = c["local"]
    bd("按省市区域统计服务企业数（个）", {"上海": local, **dict(zip(c["srv_reg"], split(served - local, c["srv_reg_w"])))})
    num("付费企业数（个）", paid)
    num("服务本市企业数量（个）", local)
    num("服务中小企业数量（个）", sme)
    o_nat, o_trail = c["orders"]
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{o_nat}个；截至填表日前一年：{o_trail}个",
        {"2023年自然年": o_nat, "截至填表日前一年": o_trail})
    dec("平台交易规模年增长率（%）", c["trade_growth"])
    num("工业APP订阅总数量（个）", c["subs"][0])
    num("杀手锏工业APP订阅数量（个）", c["subs"][1])
    dec("工业APP订阅总金额（万元）", c["subs"][2])
    dec("平台连接工业设备利用率（%）", c["util"])
    dec("平台国产化率（%）", c["local_rate"], f"{f2(c['local_rate'])}（软件国产化率{c['sw_hw'][0]}%，硬件国产化率{c['sw_hw'][1]}%）")
    put("平台是否服务上海智能工厂，数量", f"是，{c['factories']}家", c["factories"],
        f"是，{c['factories']}家。" + c["factory_text"])
    num("平台服务园区总数（个）", c["parks"])
    sol = c["solutions"]
    num("平台提供的解决方案总数（个）", sum(sol))
    bd("按新模式统计解决方案数量（个）", dict(zip(MODES, sol)))
    dec("投资回报率（%）", c["profit"] / c["build_amount"] * 100)
    put("企业是否已上市或已获得VC/PE投资", "是" if c["listed"][0] else "否", c["listed"][0], c["listed"][1])
    dec("平台连接工业设备运维成本平均下降率（%）", c["cases"][0])
    dec("平台连接工业设备能耗平均下降率（%）", c["cases"][1])
    dec("平台连接工业设备安全生产持续时间平均提升率（%）", c["cases"][2])
    num("平台现有特色指数（个）", c["indices"][0], f"{c['indices'][0]}个：" + c["indices"][1])
    num("平台核心软硬件技术获得的专利数量（项）", len(c["patents"]))
    num("平台核心软硬件技术获得的软著数量（个）", len(c["copyrights"]))
    yes("平台是否有自研形成的核心技术突破", c["yes3"][0])
    yes("平台是否具备碳管理服务能力", c["yes3"][1])
    yes("平台是否融合使用国家标识解析系统", c["yes3"][2])
    num("平台获得省部级及以上奖项/荣誉数量（个）", len(c["awards"]), f"共{len(c['awards'])}个：" + "；".join(c["awards"]))
    num("平台建设与运营带动新增就业人数（人）", c["jobs"])
    dec("平台社会贡献率（%）", c["social"])
    put("平台开放共享数据的形式及数量", c["open_data"], c["open_data"])
    num("合作平台数量（个）", c["partners"])
    for lab, (value, norm, form) in c.get("override", {}).items():
        V[lab] = (value, norm, form)
    return V
