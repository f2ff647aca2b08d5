"""One package = one `Pkg`: declared values (申报表), the summary table's values, text answers, finance
and customer figures the evidence prints. Declared rows are derived consistently from primary numbers;
specs then plant problems by overriding single cells."""
from __future__ import annotations

from dataclasses import dataclass, field

from notice import SUMMARY_LABELS


def bd(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


@dataclass
class Row:
    value: str
    normalized: object


@dataclass
class Pkg:
    pid: str
    list_no: int
    listed_name: str
    company: str
    declared_name: str
    part2023: bool
    short: str
    rows: dict = field(default_factory=dict)          # 附件4 label -> Row (as in the 申报表)
    form_cells: dict = field(default_factory=dict)    # 附件4 label -> text written in the 申报表 cell (if different)
    summary_over: dict = field(default_factory=dict)  # 附件4 label -> text in the applicant's 汇总表 (if different)
    T: dict = field(default_factory=dict)             # text answers
    info: dict = field(default_factory=dict)          # 一、企业基本情况 and 二、平台基本情况 fields
    files: dict = field(default_factory=dict)         # rel path -> role
    facts: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    layout: list = field(default_factory=list)
    description: str = ""
    secrets: list = field(default_factory=list)

    def set(self, label: str, value: str, normalized):
        assert label in SUMMARY_LABELS, label
        self.rows[label] = Row(value, normalized)

    def cell(self, label: str) -> str:
        """text in the 申报表 cell for this 附件4 label"""
        if label in self.form_cells:
            return self.form_cells[label]
        return self.rows[label].value

    def summary_cell(self, label: str) -> str:
        if label in self.summary_over:
            return self.summary_over[label]
        return self.rows[label].value

    def n(self, label):
        return self.rows[label].normalized


def standard_rows(p: Pkg, c: dict) -> None:
    """Fill all 103 rows from config `c` (primary numbers), consistently."""
    s = p.set
    s("序号", str(p.list_no), p.list_no)
    s("企业名称", p.company, p.company)
    s("平台名称", p.declared_name, p.declared_name)
    s("平台性质", c["nature"], c["nature"])
    s("联系人姓名", c["contact"], c["contact"])
    s("联系人手机号", c["phone"], c["phone"])
    s("联系人电子邮箱", c["email"], c["email"])
    s("评审会现场地址信息", c["venue"], c["venue"])
    s("平台网址", c["url"], c["url"])
    s("建设时间", c["built"], c["built"])
    s("平台建设金额（万元）", f"{c['invest']:.2f}", c["invest"])
    r20, r21, r22, r23 = c["rev"]
    g21, g22, g23 = pct(r21 - r20, r20), pct(r22 - r21, r21), pct(r23 - r22, r22)
    c.setdefault("growth", (g21, g22, g23))
    g21, g22, g23 = c["growth"]
    s("平台近三年经营指标情况",
      f"2021年平台营收{r21:.2f}万元/增长率{g21:.2f}%；2022年平台营收{r22:.2f}万元/增长率{g22:.2f}%；2023年平台营收{r23:.2f}万元/增长率{g23:.2f}%",
      {"2021年平台营收（万元）": r21, "2021年增长率（%）": g21, "2022年平台营收（万元）": r22,
       "2022年增长率（%）": g22, "2023年平台营收（万元）": r23, "2023年增长率（%）": g23})
    s("平台建设方式", c["build_mode"], c["build_mode"])
    s("平台运营模式", c["op_mode"], c["op_mode"])
    s("部署方式", c["deploy"], c["deploy"])
    tot = c["team"][0] + c["team"][1]
    s("平台团队总人数（人）", str(tot), tot)
    s("运维人数（人）", str(c["team"][0]), c["team"][0])
    s("运营人数（人）", str(c["team"][1]), c["team"][1])
    s("有相关技术职称/从业资格的人数（人）", str(c["team"][2]), c["team"][2])
    rd = c["rd"]
    s("平台相关研发投入（万元）", f"{rd:.2f}", rd)
    ri = c.get("rd_intensity", pct(rd, r23))
    s("平台相关研发投入强度（%）", f"{ri:.2f}", ri)
    s("平台相关营业收入（万元）", f"{r23:.2f}", r23)
    pr = pct(c["profit"], r23)
    s("平台利润率（%）", f"{pr:.2f}", pr)
    pu = pct(c["users"]["paid"], c["users"]["reg"])
    s("付费用户占比（%）", f"{pu:.2f}", pu)
    dev = c["dev"]
    s("连接的工业设备/产品/产线种类及数量（台/套）", str(dev["total"]), dev["total"])
    s("按二级分类统计工业设备数量（台/套）", bd(dev["cat"]), dict(dev["cat"]))
    s("按省市区域统计工业设备数量（台/套）", bd(dev["reg"]), dict(dev["reg"]))
    s("公有云工业设备连接数量（台/套）", str(dev["pub"]), dev["pub"])
    s("按二级分类统计公有云工业设备数量（台/套）", bd(dev["pub_cat"]), dict(dev["pub_cat"]))
    s("按省市区域统计公有云工业设备数量（台/套）", bd(dev["pub_reg"]), dict(dev["pub_reg"]))
    s("公有云工业设备平均日运行数量（台/套）", str(dev["run"]), dev["run"])
    s("按二级分类统计公有云工业设备平均日运行数量（台/套）", bd(dev["run_cat"]), dict(dev["run_cat"]))
    s("按省市区域统计公有云工业设备平均日运行数量（台/套）", bd(dev["run_reg"]), dict(dev["run_reg"]))
    s("海外设备连接数量（台/套）", str(dev["overseas"]), dev["overseas"])
    if dev["overseas_by"]:
        s("按海外国家分类统计海外设备连接数量（台/套）", bd(dev["overseas_by"]), dict(dev["overseas_by"]))
    else:
        s("按海外国家分类统计海外设备连接数量（台/套）", "", None)
    s("工业协议兼容适配数量（个）", str(dev["protocols"]), dev["protocols"])
    a = c["app"]
    s("工业软件总量（个）", str(a["soft"]), a["soft"])
    s("工业APP数量（个）", str(a["native"] + a["cloud"]), a["native"] + a["cloud"])
    s("基于平台开发的工业APP数量（个）", str(a["native"]), a["native"])
    s("云化工业软件数量（个）", str(a["cloud"]), a["cloud"])
    s("按分类统计工业APP数量（个）", bd(a["cat"]), dict(a["cat"]))
    s("按行业统计工业APP数量（个）", bd(a["ind"]), dict(a["ind"]))
    s("工业APP平均月活跃数量（个）", str(a["mau"]), a["mau"])
    s("杀手锏APP数量（个）", "5", 5)
    s("公有云杀手锏APP平均日在线用户数（个）", str(a["killer_dau"]), a["killer_dau"])
    s("杀手锏APP日活次数（次）", str(a["killer_hits"]), a["killer_hits"])
    s("杀手锏APP月平均收入（万元）", f"{a['killer_rev']:.2f}", a["killer_rev"])
    s("公有云工业APP数量（个）", str(a["pub"]), a["pub"])
    s("公有云工业APP平均日活跃数量（个）", str(a["pub_dau"]), a["pub_dau"])
    s("按分类统计公有云工业APP平均日活跃数量（个）", bd(a["pub_cat"]), dict(a["pub_cat"]))
    s("按行业统计公有云工业APP平均日活跃数量（个）", bd(a["pub_ind"]), dict(a["pub_ind"]))
    st = c["store"]
    s("平台实际用云量（台）", f"{st['cloud']:.2f}", st["cloud"])
    s("平台公有云实际使用数量（台）", str(st["pubcloud"]), st["pubcloud"])
    s("存储容量（TB）", f"{st['cap']:.2f}", st["cap"])
    s("存储工业数据量（TB）", f"{st['data']:.2f}", st["data"])
    s("公有云数据总量（TB）", f"{st['pubdata']:.2f}", st["pubdata"])
    u = pct(st["data"], st["cap"])
    s("存储资源利用率（%）", f"{u:.2f}", u)
    m = c["model"]
    s("工业机理模型数量（个）", str(m["total"]), m["total"])
    s("活跃机理模型数量（一周调用5次以上）（个）", str(m["active"]), m["active"])
    s("核心工业模型平均月调用用户数量（个）", str(m["users"]), m["users"])
    s("按分类统计工业模型数量（个）", bd(m["cat"]), dict(m["cat"]))
    s("数据分析平台均速度（每TB分级/秒级/毫秒级）", c["speed"][0], c["speed"][1])
    s("微服务数量（个）", str(c["ms"][0]), c["ms"][0])
    s("活跃微服务数量（一周调用5次以上）（个）", str(c["ms"][1]), c["ms"][1])
    s("开发者注册总数（个）", str(c["devs"][0]), c["devs"][0])
    s("活跃开发者数（个）", str(c["devs"][1]), c["devs"][1])
    s("平台是否建立安全管理体系", "是", True)
    s("有否定期开展第三方安全测试/测评", c["sec_test"], True)
    s("有否定期进行安全扫描", c["sec_scan"], True)
    us = c["users"]
    s("注册企业用户数（个）", str(us["reg"]), us["reg"])
    s("实际服务企业数（个）", str(us["served"]), us["served"])
    s("按行业统计服务企业数（个）", bd(us["ind"]), dict(us["ind"]))
    s("按省市区域统计服务企业数（个）", bd(us["reg_by"]), dict(us["reg_by"]))
    s("付费企业数（个）", str(us["paid"]), us["paid"])
    s("服务本市企业数量（个）", str(us["sh"]), us["sh"])
    s("服务中小企业数量（个）", str(us["sme"]), us["sme"])
    o1, o2 = c["orders"]
    s("平台订单数量(近一年总量)（个）", f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
      {"2023年自然年": o1, "截至填表日前一年": o2})
    s("平台交易规模年增长率（%）", f"{c['trade_growth']:.2f}", c["trade_growth"])
    sub = c["subs"]
    s("工业APP订阅总数量（个）", str(sub[0]), sub[0])
    s("杀手锏工业APP订阅数量（个）", str(sub[1]), sub[1])
    s("工业APP订阅总金额（万元）", f"{sub[2]:.2f}", sub[2])
    s("平台连接工业设备利用率（%）", f"{c['dev_util']:.2f}", c["dev_util"])
    s("平台国产化率（%）", f"{c['domestic']:.2f}", c["domestic"])
    sf = c["smart_factory"]
    s("平台是否服务上海智能工厂，数量", f"是，{sf}家" if sf else "否", sf)
    s("平台服务园区总数（个）", str(c["parks"]), c["parks"])
    sol = c["solutions"]
    s("平台提供的解决方案总数（个）", str(sum(sol.values())), sum(sol.values()))
    s("按新模式统计解决方案数量（个）", bd(sol), dict(sol))
    roi = pct(c["profit"], c["invest"])
    s("投资回报率（%）", f"{roi:.2f}", roi)
    s("企业是否已上市或已获得VC/PE投资", "是" if c["vc"] else "否", bool(c["vc"]))
    cases = c["cases"]
    for lab, key in (("平台连接工业设备运维成本平均下降率（%）", "om"), ("平台连接工业设备能耗平均下降率（%）", "energy"),
                     ("平台连接工业设备安全生产持续时间平均提升率（%）", "safety")):
        vals = [cs[key] for cs in cases]
        avg = c.get("avg_over", {}).get(key, round(sum(vals) / 3 + 1e-9, 2))
        s(lab, f"{avg:.2f}", avg)
    s("平台现有特色指数（个）", str(c["indices"]), c["indices"])
    s("平台核心软硬件技术获得的专利数量（项）", str(c["ip"][0]), c["ip"][0])
    s("平台核心软硬件技术获得的软著数量（个）", str(c["ip"][1]), c["ip"][1])
    s("平台是否有自研形成的核心技术突破", "是", True)
    s("平台是否具备碳管理服务能力", "是" if c["carbon"] else "否", bool(c["carbon"]))
    s("平台是否融合使用国家标识解析系统", "是" if c["idres"] else "否", bool(c["idres"]))
    s("平台获得省部级及以上奖项/荣誉数量（个）", str(len(c["awards"])), len(c["awards"]))
    s("平台建设与运营带动新增就业人数（人）", str(c["jobs"]), c["jobs"])
    s("平台社会贡献率（%）", f"{c['social']:.2f}", c["social"])
    s("平台开放共享数据的形式及数量", c["open_data"], c["open_data"])
    s("合作平台数量（个）", str(c["partners"]), c["partners"])
    assert list(p.rows) == SUMMARY_LABELS, [l for l in SUMMARY_LABELS if l not in p.rows]


def check_consistency(p: Pkg) -> list[str]:
    """Return the computable inconsistencies of the declared rows (used to assert the clean package)."""
    n = p.n
    out = []
    if n("运维人数（人）") + n("运营人数（人）") != n("平台团队总人数（人）"):
        out.append("identity team")
    for tot, part in (("连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
                      ("连接的工业设备/产品/产线种类及数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
                      ("公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
                      ("公有云工业设备连接数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
                      ("公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
                      ("公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
                      ("工业APP数量（个）", "按分类统计工业APP数量（个）"),
                      ("工业APP数量（个）", "按行业统计工业APP数量（个）"),
                      ("公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
                      ("公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
                      ("工业机理模型数量（个）", "按分类统计工业模型数量（个）"),
                      ("实际服务企业数（个）", "按行业统计服务企业数（个）"),
                      ("实际服务企业数（个）", "按省市区域统计服务企业数（个）"),
                      ("平台提供的解决方案总数（个）", "按新模式统计解决方案数量（个）")):
        if sum(n(part).values()) != n(tot):
            out.append(f"breakdown {part}")
    if n("海外设备连接数量（台/套）") and sum(n("按海外国家分类统计海外设备连接数量（台/套）").values()) != n("海外设备连接数量（台/套）"):
        out.append("overseas")
    for big, small in (("工业APP数量（个）", "公有云工业APP数量（个）"), ("公有云工业APP数量（个）", "公有云工业APP平均日活跃数量（个）"),
                       ("工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
                       ("微服务数量（个）", "活跃微服务数量（一周调用5次以上）（个）"), ("开发者注册总数（个）", "活跃开发者数（个）"),
                       ("注册企业用户数（个）", "实际服务企业数（个）"), ("实际服务企业数（个）", "付费企业数（个）"),
                       ("实际服务企业数（个）", "服务本市企业数量（个）"), ("实际服务企业数（个）", "服务中小企业数量（个）"),
                       ("工业APP订阅总数量（个）", "杀手锏工业APP订阅数量（个）"), ("工业软件总量（个）", "工业APP数量（个）"),
                       ("连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）"),
                       ("公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                       ("存储工业数据量（TB）", "公有云数据总量（TB）"), ("平台实际用云量（台）", "平台公有云实际使用数量（台）")):
        if n(small) > n(big):
            out.append(f"subset {small}")
    rev = n("平台相关营业收入（万元）")
    if abs(pct(n("平台相关研发投入（万元）"), rev) - n("平台相关研发投入强度（%）")) > 0.011:
        out.append("formula rd")
    if abs(pct(n("存储工业数据量（TB）"), n("存储容量（TB）")) - n("存储资源利用率（%）")) > 0.011:
        out.append("formula storage")
    three = n("平台近三年经营指标情况")
    if abs(three["2023年平台营收（万元）"] - rev) > 0.001:
        out.append("three-year vs revenue")
    for y in (2022, 2023):
        g = pct(three[f"{y}年平台营收（万元）"] - three[f"{y-1}年平台营收（万元）"], three[f"{y-1}年平台营收（万元）"])
        if abs(g - three[f"{y}年增长率（%）"]) > 0.011:
            out.append(f"growth {y}")
    return out
