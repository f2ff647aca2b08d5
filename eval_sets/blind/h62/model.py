"""Per-package numbers: one spec → the 申报表's declared values (cells + 附件4 rows) and the evidence's figures."""

from __future__ import annotations

import copy
import re

from .form import fbd, fnum, pct, split
from .labels import LABELS


def is_overseas(name: str) -> bool:
    return bool(re.search(r"[A-Za-z]", name))


class Values:
    """Declared values: label -> [form cell text, 附件4 value, normalized]."""

    def __init__(self):
        self.v: dict[str, list] = {}

    def put(self, label, form_text, summary=None, norm=None):
        assert label in LABELS, label
        self.v[label] = [form_text, form_text if summary is None else summary, norm]

    def num(self, label, x, dec=None, sep=False, form_text=None):
        s = fnum(x, dec)
        self.v[label] = [form_text or fnum(x, dec, sep), s, float(s) if (dec is not None or isinstance(x, float)) else x]

    def bd(self, label, d, sep=False):
        self.v[label] = [fbd(d, sep), fbd(d), dict(d)]

    def form(self, label):
        return self.v[label][0]


def derive(S: dict) -> tuple[Values, dict]:
    """Returns the declared Values and the figure book E (numbers the documents print)."""
    E: dict = {}
    sep = S.get("sep", False)
    V = Values()
    V.put("序号", str(S["list_no"]), norm=S["list_no"])
    V.put("企业名称", S["company"], norm=S["company"])
    V.put("平台名称", S["declared_name"], norm=S["declared_name"])
    V.put("平台性质", S["nature"], norm=S["nature"])
    V.put("联系人姓名", S["contact"], norm=S["contact"])
    V.put("联系人手机号", S["phone"], norm=S["phone"])
    V.put("联系人电子邮箱", S["email"], norm=S["email"])
    V.put("评审会现场地址信息", S["venue"], norm=S["venue"])
    V.put("平台网址", S["url"], norm=S["url"])
    b0, b1 = S["build_period"]  # ("2019.03", "2023.12")
    V.put("建设时间", f"{b0[:4]}年{int(b0[5:])}月至{b1[:4]}年{int(b1[5:])}月", f"{b0}-{b1}", f"{b0}-{b1}")
    V.num("平台建设金额（万元）", S["build_amount"], 2, sep)
    r21, r22, r23 = S["rev"]
    g21 = S["g21"]
    g22, g23 = pct(r22 - r21, r21), pct(r23 - r22, r22)
    E.update(r21=r21, r22=r22, r23=r23, g21=g21, g22=g22, g23=g23)
    gr = {2021: g21, 2022: g22, 2023: g23}
    gr.update(S.get("growth_override", {}))
    rv = {2021: r21, 2022: r22, 2023: r23}
    txt = "；".join(f"{y}年平台营收{rv[y]:.2f}万元/增长率{gr[y]:.2f}%" for y in (2021, 2022, 2023))
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = rv[y]
        norm[f"{y}年增长率（%）"] = gr[y]
    V.put("平台近三年经营指标情况", txt, txt, norm)
    V.put("平台建设方式", S["build_mode"][0], S["build_mode"][1], S["build_mode"][1])
    V.put("平台运营模式", S["op_mode"], norm=S["op_mode"])
    V.put("部署方式", S["deploy"], norm=S["deploy"])
    staff, ops = S["staff"], S["ops"]
    V.num("平台团队总人数（人）", staff)
    V.num("运维人数（人）", ops)
    V.num("运营人数（人）", staff - ops)
    V.num("有相关技术职称/从业资格的人数（人）", S["qualified"])
    rd, profit = S["rd"], S["profit"]
    E.update(rd=rd, profit=profit)
    V.num("平台相关研发投入（万元）", rd, 2, sep)
    V.num("平台相关研发投入强度（%）", S.get("rd_int_override", pct(rd, r23)), 2)
    V.num("平台相关营业收入（万元）", r23, 2, sep)
    V.num("平台利润率（%）", pct(profit, r23), 2)
    reg, served, paid, sme = S["registered"], S["served"], S["paid"], S["sme"]
    V.num("付费用户占比（%）", pct(paid, reg), 2)
    # devices
    dt = S["dev_total"]
    cats = split(dt, [c for c, _ in S["dev_cats"]], [w for _, w in S["dev_cats"]])
    regs = split(dt, [c for c, _ in S["dev_regions"]], [w for _, w in S["dev_regions"]])
    pub = S["dev_pub"]
    pcats = split(pub, list(cats), list(cats.values()))
    pregs = split(pub, list(regs), list(regs.values()))
    daily = S["dev_daily"]
    dcats = split(daily, list(pcats), list(pcats.values()))
    dregs = split(daily, list(pregs), list(pregs.values()))
    over = {k: v for k, v in regs.items() if is_overseas(k)}
    E.update(dev_total=dt, dev_cats=cats, dev_regs=regs, dev_pub=pub, dev_pcats=pcats, dev_pregs=pregs,
             dev_daily=daily, dev_dcats=dcats, dev_dregs=dregs, overseas=sum(over.values()), over=over)
    V.num("连接的工业设备/产品/产线种类及数量（台/套）", dt, sep=sep)
    V.bd("按二级分类统计工业设备数量（台/套）", cats, sep)
    V.bd("按省市区域统计工业设备数量（台/套）", regs, sep)
    V.num("公有云工业设备连接数量（台/套）", pub, sep=sep)
    V.bd("按二级分类统计公有云工业设备数量（台/套）", pcats, sep)
    V.bd("按省市区域统计公有云工业设备数量（台/套）", pregs, sep)
    V.num("公有云工业设备平均日运行数量（台/套）", daily, sep=sep)
    V.bd("按二级分类统计公有云工业设备平均日运行数量（台/套）", dcats, sep)
    V.bd("按省市区域统计公有云工业设备平均日运行数量（台/套）", dregs, sep)
    V.num("海外设备连接数量（台/套）", sum(over.values()), sep=sep)
    if over:
        V.bd("按海外国家分类统计海外设备连接数量（台/套）", over, sep)
    else:
        V.put("按海外国家分类统计海外设备连接数量（台/套）", "无", norm="无")
    V.num("工业协议兼容适配数量（个）", S["protocols"])
    # software / APPs
    dev_apps, cloud_sw = S["apps"]
    apps = dev_apps + cloud_sw
    E.update(apps=apps)
    V.num("工业软件总量（个）", S["software"])
    V.num("工业APP数量（个）", apps)
    V.num("基于平台开发的工业APP数量（个）", dev_apps)
    V.num("云化工业软件数量（个）", cloud_sw)
    V.bd("按分类统计工业APP数量（个）", split(apps, [c for c, _ in S["app_cats"]], [w for _, w in S["app_cats"]]))
    V.bd("按行业统计工业APP数量（个）", split(apps, [c for c, _ in S["app_inds"]], [w for _, w in S["app_inds"]]))
    V.num("工业APP平均月活跃数量（个）", S["app_mau"])
    V.num("杀手锏APP数量（个）", 5)
    V.num("公有云杀手锏APP平均日在线用户数（个）", S["killer_dau"])
    V.num("杀手锏APP日活次数（次）", S["killer_hits"])
    V.num("杀手锏APP月平均收入（万元）", S["killer_income"], 2)
    pub_apps, pub_dau = S["pub_apps"], S["pub_dau"]
    V.num("公有云工业APP数量（个）", pub_apps)
    V.num("公有云工业APP平均日活跃数量（个）", pub_dau)
    V.bd("按分类统计公有云工业APP平均日活跃数量（个）", split(pub_dau, [c for c, _ in S["app_cats"]], [w for _, w in S["app_cats"]]))
    V.bd("按行业统计公有云工业APP平均日活跃数量（个）", split(pub_dau, [c for c, _ in S["app_inds"]], [w for _, w in S["app_inds"]]))
    used, pubc, cap, stored, pubdata = S["cloud"]
    V.num("平台实际用云量（台）", used, 2)
    V.num("平台公有云实际使用数量（台）", pubc)
    V.num("存储容量（TB）", cap, 2)
    V.num("存储工业数据量（TB）", stored, 2)
    V.num("公有云数据总量（TB）", pubdata, 2)
    V.num("存储资源利用率（%）", pct(stored, cap), 2)
    mt, ma, mu = S["models"]
    mc = split(mt, [c for c, _ in S["model_cats"]], [w for _, w in S["model_cats"]])
    E.update(models=mt, models_active=ma, model_cats=mc)
    V.num("工业机理模型数量（个）", mt)
    V.num("活跃机理模型数量（一周调用5次以上）（个）", ma)
    V.num("核心工业模型平均月调用用户数量（个）", mu)
    V.bd("按分类统计工业模型数量（个）", mc)
    V.put("数据分析平台均速度（每TB分级/秒级/毫秒级）", S["speed"][0], S["speed"][0], S["speed"][1])
    ms, msa = S["micro"]
    E.update(micro=ms)
    V.num("微服务数量（个）", ms)
    V.num("活跃微服务数量（一周调用5次以上）（个）", msa)
    dv, dva = S["devs"]
    E.update(devs=dv)
    V.num("开发者注册总数（个）", dv, sep=sep)
    V.num("活跃开发者数（个）", dva, sep=sep)
    for lab, (txt, b) in S["yn"].items():
        V.put(lab, txt, "是" if b else "否", b)
    # enterprises
    E.update(registered=reg, served=served, paid=paid, sme=sme)
    inds = split(served, [c for c, _ in S["ent_inds"]], [w for _, w in S["ent_inds"]])
    eregs = split(served, [c for c, _ in S["ent_regions"]], [w for _, w in S["ent_regions"]])
    E.update(ent_inds=inds, ent_regs=eregs, local=eregs["上海"])
    V.num("注册企业用户数（个）", reg, sep=sep)
    V.num("实际服务企业数（个）", served, sep=sep)
    V.bd("按行业统计服务企业数（个）", inds, sep)
    V.bd("按省市区域统计服务企业数（个）", eregs, sep)
    V.num("付费企业数（个）", paid, sep=sep)
    V.num("服务本市企业数量（个）", eregs["上海"], sep=sep)
    V.num("服务中小企业数量（个）", sme, sep=sep)
    o = S["orders"]
    V.put("平台订单数量(近一年总量)（个）", f"2023年自然年：{o}个", f"2023年自然年：{o}个", {"2023年自然年": o})
    V.num("平台交易规模年增长率（%）", S["trade_growth"], 2)
    st, sk, sa = S["subs"]
    V.num("工业APP订阅总数量（个）", st)
    V.num("杀手锏工业APP订阅数量（个）", sk)
    V.num("工业APP订阅总金额（万元）", sa, 2)
    V.num("平台连接工业设备利用率（%）", S["dev_util"], 2)
    V.num("平台国产化率（%）", S["localization"], 2)
    nf = S["smart_factories"][0]
    V.put("平台是否服务上海智能工厂，数量", f"是，共{nf}家：" + "；".join(S["smart_factories"][1]), f"是，{nf}家", nf)
    V.num("平台服务园区总数（个）", S["parks"])
    sol = S["solutions"]
    modes = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
    V.num("平台提供的解决方案总数（个）", sum(sol))
    V.bd("按新模式统计解决方案数量（个）", dict(zip(modes, sol)))
    V.num("投资回报率（%）", pct(profit, S["build_amount"]), 2)
    V.put("企业是否已上市或已获得VC/PE投资", S["listed"][0], "是" if S["listed"][1] else "否", S["listed"][1])
    c1, c2, c3 = S["case_rates"]
    V.num("平台连接工业设备运维成本平均下降率（%）", c1, 2)
    V.num("平台连接工业设备能耗平均下降率（%）", c2, 2)
    V.num("平台连接工业设备安全生产持续时间平均提升率（%）", c3, 2)
    V.num("平台现有特色指数（个）", S["indices"])
    pat, sw = S["ip"]
    E.update(patents=pat, copyrights=sw)
    V.num("平台核心软硬件技术获得的专利数量（项）", pat)
    V.num("平台核心软硬件技术获得的软著数量（个）", sw)
    V.num("平台获得省部级及以上奖项/荣誉数量（个）", S["awards"])
    V.num("平台建设与运营带动新增就业人数（人）", S["jobs"])
    V.num("平台社会贡献率（%）", S["social"], 2)
    V.put("平台开放共享数据的形式及数量", S["open_data"], norm=S["open_data"])
    V.num("合作平台数量（个）", S["partners"])
    missing = [l for l in LABELS if l not in V.v]
    assert not missing, missing
    return V, E


def mutate(V: Values, changes: dict) -> Values:
    V2 = copy.deepcopy(V)
    for label, new in changes.items():
        V2.v[label] = list(new)
    return V2
