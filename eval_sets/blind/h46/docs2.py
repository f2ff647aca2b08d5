"""Long documents: the 申报书 (40–80 pages, TOC, running headers, case appendix), the 30+ page audit report,
the old 2022 申报书, a brochure and short evidence letters."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from . import common
from .form import brk, n2

FILL = [
    "平台坚持“数据驱动、场景牵引、生态共建”的建设思路，围绕行业共性痛点持续迭代产品能力。",
    "在技术架构上，平台采用云原生微服务架构，基于容器编排实现弹性伸缩与灰度发布，保障业务连续性。",
    "平台通过统一的数据中台对多源异构数据进行治理，形成覆盖主数据、交易数据、设备数据的标准体系。",
    "面向中小企业，平台提供轻量化、低门槛的SaaS化应用，降低企业数字化转型的一次性投入。",
    "平台建立了覆盖需求、研发、测试、上线、运维的全流程质量管理体系，关键系统可用性持续保持在较高水平。",
    "围绕产业链上下游协同，平台打通采购、生产、仓储、物流、结算等环节，实现信息流、物流与资金流的统一。",
    "平台持续加大研发投入，组建了覆盖算法、架构、行业机理等方向的专业团队，形成稳定的技术迭代机制。",
    "在安全方面，平台按照网络安全等级保护要求建设安全防护体系，定期开展渗透测试与应急演练。",
    "平台积极参与行业标准制定，与高校、科研院所开展产学研合作，推动关键技术成果转化。",
    "依托平台沉淀的行业知识，平台形成了一批可复制、可推广的解决方案，并在长三角地区率先落地。",
    "平台运营团队建立了分级客户服务机制，对重点客户提供驻场服务与专属技术支持。",
    "通过开放API与开发者工具，平台吸引外部开发者基于平台能力开发行业应用，丰富平台应用生态。",
    "平台的边缘计算节点支持断网续传与本地规则引擎，满足工业现场低时延与高可靠的要求。",
    "面向绿色低碳转型，平台提供能耗监测、碳排放核算与能效对标等服务，助力企业节能降碳。",
    "平台已与多家金融机构开展合作，基于真实交易数据为中小企业提供供应链金融服务，缓解融资难题。",
    "下一步，平台将进一步强化人工智能与行业大模型的融合应用，提升智能决策能力。",
]


def filler(rng: random.Random, n_par: int, k: int = 5) -> list:
    out = []
    for _ in range(n_par):
        out.append(("p", "".join(rng.sample(FILL, k))))
    return out


def fillx(rng: random.Random, n_par: int, k: int = 5) -> list:
    """Filler scaled up: big packages have long documents."""
    return filler(rng, int(n_par * 2.3 + 0.5), k)


def application_blocks(m, s, v, with_toc_pages=None):
    """Returns blocks; headings are unique strings so their pages can be found for the TOC."""
    rng = random.Random(s["seed"] + 21)
    V = lambda lab: v[lab][0]  # noqa: E731
    D = lambda lab: v[lab][1]  # noqa: E731
    heads = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
             "六、附件及其他说明材料"] + (["七、平台相较上年度对比情况"] if s["participated"] else []) + ["附录：典型客户案例汇编"]
    b = [("space", 100), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申报书"), ("space", 50),
         ("center", "申报年度：2024 年度"), ("center", f"平台名称：{s['declared_name']}"), ("center", f"申报单位：{s['company']}（公章）"),
         ("center", f"联 系 人：{s['contact'][0]}"), ("center", f"联系人电话：{s['contact'][1]}"), ("space", 60),
         ("center", "上海市经济和信息化委员会制　　2024 年 7 月"), ("break",), ("h1", "目　录")]
    for h in heads:
        pg = (with_toc_pages or {}).get(h, 0)
        b.append(("plain", f"{h} ………………………………………………………… {pg:>2}"))
    b.append(("break",))
    c = s["co"]
    # 一
    b += [("h1", heads[0]), ("h2", "（一）申报单位基本情况"),
          ("p", f"{s['company']}成立于{c['founded']}，注册资本{c['capital']}，注册地位于{c['reg']}。{c['business_long']}"
                f"公司2023年度实现营业收入{n2(c['revenue'] / 10000)}亿元，资产总额{n2(c['assets'] / 10000)}亿元（均为公司合并口径，含平台以外业务）。")]
    b += fillx(rng, 6)
    b += [("h2", "（二）核心竞争力")] + fillx(rng, 8)
    b.append(("break",))
    # 二
    b += [("h1", heads[1]), ("h2", "2.1 平台基本信息"),
          ("p", f"{s['declared_name']}（以下简称“平台”）属于{s['nature']}，于{s['period_cn']}建设完成，平台建设金额{n2(s['build_amount'])}万元，"
                f"建设方式为{s['build_mode']}，运营模式为{s['op_mode']}，部署方式为{s['deploy']}。平台网址：{s['url']}。")]
    b += fillx(rng, 5)
    b += [("h2", "2.2 平台技术架构")] + fillx(rng, 12)
    b += [("h2", "2.3 技术路线先进性")] + fillx(rng, 8)
    b.append(("plain", "表X 平台对标同行业或相似平台的部分量化数据对比表"))
    bench = s["bench"]
    b.append(("table", [["三级指标", "本平台数据", "对标数据"],
                        ["1.2.1 创新投入情况", f"研发投入{V('平台相关研发投入（万元）')}万元，研发投入强度{V('平台相关研发投入强度（%）')}%",
                         f"同行业平台（{bench}）研发投入数量级：千万元；研发投入强度约12%"],
                        ["2.1.1 工业设备连接/汇聚能力", f"连接工业设备{D('连接的工业设备/产品/产线种类及数量（台/套）'):,}台/套，兼容工业协议{s['protocols']}个",
                         f"{bench}：连接设备约1万台/套量级"],
                        ["2.1.2 工业软件/APP", f"工业APP {D('工业APP数量（个）')}个，其中基于平台开发{D('基于平台开发的工业APP数量（个）')}个",
                         f"{bench}：工业APP约百个量级"],
                        ["2.2.2 数据处理（存储计算能力）", f"存储容量{V('存储容量（TB）')}TB，存储工业数据量{V('存储工业数据量（TB）')}TB",
                         f"{bench}：存储容量约500TB量级"],
                        ["2.2.3 数据建模和分析", f"工业机理模型{D('工业机理模型数量（个）')}个", f"{bench}：模型约百个量级"],
                        ["2.3.1 平台微服务情况", f"微服务{V('微服务数量（个）')}个", f"{bench}：约千个量级"],
                        ["3.1.1 平台应用规模", f"实际服务企业{D('实际服务企业数（个）'):,}家", f"{bench}：服务企业约千家量级"]],
               [38, 66, 66]))
    b += [("h2", "2.4 平台运营情况"),
          ("p", f"截至2024年6月30日，平台注册企业用户{D('注册企业用户数（个）'):,}家，实际服务企业{D('实际服务企业数（个）'):,}家，其中付费企业{D('付费企业数（个）'):,}家、"
                f"服务本市企业{D('服务本市企业数量（个）'):,}家、服务中小企业{D('服务中小企业数量（个）'):,}家；平台连接工业设备{D('连接的工业设备/产品/产线种类及数量（台/套）'):,}台/套，其中公有云连接{D('公有云工业设备连接数量（台/套）'):,}台/套；"
                f"上架工业APP {D('工业APP数量（个）')}个，注册开发者{D('开发者注册总数（个）'):,}个。")]
    b += fillx(rng, 10)
    b += [("h2", "2.5 技术创新点总结")] + fillx(rng, 2)
    b.append(("break",))
    # 三
    sol = s["solutions"]
    b += [("h1", heads[2])] + fillx(rng, 8)
    b += [("p", f"平台累计形成解决方案{sum(sol.values())}个，按新模式划分为：{brk(sol)}。平台累计服务园区{len(s['parks'])}个，"
                f"服务上海市级智能工厂{len(s['factories'])}家。")]
    b += fillx(rng, 8)
    b += [("h2", "应用创新点总结")] + fillx(rng, 2)
    b.append(("break",))
    # 四
    b += [("h1", heads[3]), ("p", f"到2026年，平台力争连接工业设备突破{(m.dev_total // 10000 + 2) * 10000:,}台/套、服务企业突破{(m.served // 1000 + 3) * 1000:,}家（规划目标，非现状数据）。")]
    b += fillx(rng, 9)
    b.append(("break",))
    # 五 cases
    b += [("h1", heads[4])]
    for i, cs in enumerate(s["cases"], start=1):
        b += [("h2", f"案例{i}：{s['declared_name']}——{cs['title']}"),
              ("p", f"企业简介：{cs['customer']}是一家{cs['desc']}，2023年营业收入约{cs['rev']}亿元，现有生产设备{cs['devs']:,}台（套）。"),
              ("p", "平台简介：" + "".join(rng.sample(FILL, 4))),
              ("p", f"案例实际内容：平台为该企业部署设备在线监测、能耗管理与质量追溯等应用，实施后设备运维成本下降{n2(cs['om'])}%，"
                    f"单位产品能耗下降{n2(cs['energy'])}%，安全生产持续时间提升{n2(cs['safety'])}%。" + "".join(rng.sample(FILL, 3)))]
    avg = s["case_avgs"]
    b.append(("p", f"三个案例平均：运维成本下降{n2(avg[0])}%，能耗下降{n2(avg[1])}%，安全生产持续时间提升{n2(avg[2])}%。"))
    b.append(("break",))
    # 六
    b += [("h1", heads[5]), ("p", "本申报书附件清单如下（页码为各附件文件的物理页数）：")]
    b.append(("table", [["序号", "附件名称", "页数/说明"]] + [[str(i + 1), a, p] for i, a, p in
                                                        [(i, a, p) for i, (a, p) in enumerate(s["attach_list"])]], [14, 120, 36]))
    b.append(("break",))
    # 七
    if s["participated"]:
        b += [("h1", heads[6]), ("p", "自2023年7月以来，平台在功能模块、关键指标与应用服务方面持续提升，逐项对比如下：")]
        prev = s.get("prev") or {}
        cur = s.get("ch7_current", {})
        rows = [["指标", "2023年7月", "截至2024年6月30日"]]
        for lab, key in [("注册企业用户数（个）", "registered"), ("实际服务企业数（个）", "served"),
                         ("连接的工业设备/产品/产线种类及数量（台/套）", "devices"), ("工业APP数量（个）", "apps"),
                         ("开发者注册总数（个）", "devs"), ("微服务数量（个）", "ms"), ("平台服务园区总数（个）", "parks")]:
            now = cur.get(key, v[lab][1])
            rows.append([lab, f"{prev.get(key, int(v[lab][1] * 0.8)):,}", f"{now:,}"])
        b.append(("table", rows, [70, 45, 55]))
        b += fillx(rng, 4)
        for line in s.get("ch7_text", []):
            b.append(("p", line))
        b += fillx(rng, 3)
        b.append(("break",))
    # appendix
    b += [("h1", heads[-1]), ("p", "以下为平台典型客户的应用情况汇编，文中客户营收、设备等数据均为客户企业自身数据，非本平台指标。")]
    for i, cu in enumerate(s["appendix_customers"], start=1):
        b += [("h2", f"附录案例{i}：{cu[0]}"),
              ("p", f"{cu[0]}2023年营业收入{cu[1]}亿元，拥有各类生产设备{cu[2]:,}台（套），员工{cu[3]:,}人。接入平台后，"
                    f"该企业{cu[4]}。" + "".join(rng.sample(FILL, 6))),
              ] + fillx(rng, 2, 6)
    for line in s.get("late_text", []):
        b.append(("p", line))
    return b, heads


def write_application(path: Path, m, s, v) -> dict:
    blocks, heads = application_blocks(m, s, v)
    header = f"{s['declared_name']}　申报书"
    common.build_pdf(path, blocks, header=header, title="申报书")
    texts = common.pdf_pages_text(path)
    pages = {}
    for h in heads:
        for i, t in enumerate(texts[2:], start=3):
            if common.squash(h) in common.squash(t):
                pages[h] = i
                break
    blocks, _ = application_blocks(m, s, v, with_toc_pages=pages)
    n = common.build_pdf(path, blocks, header=header, title="申报书")
    texts2 = common.pdf_pages_text(path)
    assert len(texts2) == len(texts)
    return dict(pages=n, heads=pages)


# ---------------------------------------------------------------- audit report

def _money(x: float, unit: str) -> str:
    return f"{x:,.2f}"


def audit_blocks(s):
    rng = random.Random(s["seed"] + 31)
    c = s["co"]
    a = s["audit"]
    firm = a["firm"]
    yuan = lambda wan: wan * 10000  # noqa: E731
    b = [("space", 140), ("title", f"{s['company']}"), ("title", "2023年度审计报告"), ("space", 40),
         ("center", f"{firm}　{a['no']}"), ("break",),
         ("h1", "审计报告"), ("plain", f"{a['no']}"), ("plain", f"{s['company']}全体股东："),
         ("h2", "一、审计意见"),
         ("p", f"我们审计了{s['company']}（以下简称贵公司）财务报表，包括2023年12月31日的合并及母公司资产负债表，2023年度的合并及母公司利润表、"
               "合并及母公司现金流量表、合并及母公司所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
               "公允反映了贵公司2023年12月31日的合并及母公司财务状况以及2023年度的合并及母公司经营成果和现金流量。"),
         ("h2", "二、形成审计意见的基础")] + [("p", "".join(rng.sample([
             "我们按照中国注册会计师审计准则的规定执行了审计工作。", "审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。",
             "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。", "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
             "管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映。", "治理层负责监督贵公司的财务报告过程。",
             "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证。"], 5))) for _ in range(7)]
    b += [("space", 20), ("plain", f"{firm}　　　　中国注册会计师：{a['cpa'][0]}　{a['cpa'][1]}"), ("plain", "中国·上海　　　　2024年4月18日"),
          ("break",)]
    # statements (company, 元)
    rev = yuan(c["revenue"])
    items_bs = [("货币资金", 0.16), ("应收账款", 0.13), ("预付款项", 0.02), ("其他应收款", 0.01), ("存货", 0.21), ("其他流动资产", 0.03),
                ("长期股权投资", 0.06), ("固定资产", 0.17), ("在建工程", 0.03), ("无形资产", 0.09), ("开发支出", 0.02), ("商誉", 0.02),
                ("长期待摊费用", 0.01), ("递延所得税资产", 0.01), ("其他非流动资产", 0.03)]
    tot = yuan(c["assets"])
    rows = [["项目", "期末余额", "上年年末余额"]]
    acc = 0
    for k, w in items_bs:
        val = round(tot * w, 2)
        acc += val
        rows.append([k, f"{val:,.2f}", f"{val * rng.uniform(0.82, 0.98):,.2f}"])
    rows.append(["资产总计", f"{tot:,.2f}", f"{tot * 0.9:,.2f}"])
    b += [("h1", "合并资产负债表"), ("plain", "2023年12月31日　　编制单位：" + s["company"] + "　　单位：元"), ("table", rows, [60, 55, 55]),
          ("break",)]
    liab = [["项目", "期末余额", "上年年末余额"]] + [[k, f"{tot * w:,.2f}", f"{tot * w * 0.93:,.2f}"] for k, w in
                                                [("短期借款", 0.08), ("应付账款", 0.14), ("合同负债", 0.06), ("应付职工薪酬", 0.03), ("应交税费", 0.01),
                                                 ("其他应付款", 0.02), ("长期借款", 0.07), ("负债合计", c["debt"] / 100), ("实收资本", 0.2),
                                                 ("资本公积", 0.12), ("未分配利润", 1 - c["debt"] / 100 - 0.32)]]
    b += [("h1", "合并资产负债表（续）"), ("plain", "单位：元"), ("table", liab, [60, 55, 55]), ("break",)]
    inc = [["项目", "本期金额", "上期金额"], ["一、营业收入", f"{rev:,.2f}", f"{rev / (1 + c['rev_growth'] / 100):,.2f}"]]
    for k, w in [("减：营业成本", 0.78), ("税金及附加", 0.004), ("销售费用", 0.03), ("管理费用", 0.04), ("研发费用", 0.035), ("财务费用", 0.005)]:
        inc.append([k, f"{rev * w:,.2f}", f"{rev * w * 0.92:,.2f}"])
    inc += [["二、营业利润", f"{yuan(c['profit']) * 0.98:,.2f}", f"{yuan(c['profit']) * 0.85:,.2f}"],
            ["三、利润总额", f"{yuan(c['profit']):,.2f}", f"{yuan(c['profit']) * 0.86:,.2f}"],
            ["减：所得税费用", f"{yuan(c['profit']) * 0.15:,.2f}", f"{yuan(c['profit']) * 0.13:,.2f}"],
            ["四、净利润", f"{yuan(c['profit']) * 0.85:,.2f}", f"{yuan(c['profit']) * 0.73:,.2f}"]]
    b += [("h1", "合并利润表"), ("plain", "2023年度　　单位：元"), ("table", inc, [60, 55, 55]), ("break",)]
    cf = [["项目", "本期金额", "上期金额"]] + [[k, f"{rev * w:,.2f}", f"{rev * w * 0.9:,.2f}"] for k, w in
                                          [("销售商品、提供劳务收到的现金", 1.05), ("收到的税费返还", 0.004), ("购买商品、接受劳务支付的现金", 0.81),
                                           ("支付给职工以及为职工支付的现金", 0.06), ("支付的各项税费", 0.02), ("经营活动产生的现金流量净额", 0.05),
                                           ("投资活动产生的现金流量净额", -0.02), ("筹资活动产生的现金流量净额", -0.01)]]
    b += [("h1", "合并现金流量表"), ("plain", "2023年度　　单位：元"), ("table", cf, [70, 50, 50]), ("break",)]
    b += [("h1", "母公司资产负债表"), ("plain", "2023年12月31日　　单位：元"),
          ("table", [["项目", "期末余额", "上年年末余额"]] + [[r[0], f"{float(r[1].replace(',', '')) * 0.71:,.2f}", f"{float(r[2].replace(',', '')) * 0.7:,.2f}"] for r in rows[1:]], [60, 55, 55]),
          ("break",), ("h1", "母公司利润表"), ("plain", "2023年度　　单位：元"),
          ("table", [["项目", "本期金额", "上期金额"]] + [[r[0], f"{float(r[1].replace(',', '')) * 0.64:,.2f}", f"{float(r[2].replace(',', '')) * 0.62:,.2f}"] for r in inc[1:]], [60, 55, 55]),
          ("break",)]
    b += [("h1", "合并所有者权益变动表"), ("plain", "2023年度　　单位：元")] + fillx(rng, 3, 3) + [("break",)]
    # notes
    b += [("h1", "财务报表附注"), ("h2", "一、公司基本情况"), ("p", f"{s['company']}成立于{c['founded']}。{c['business_long']}")]
    b += [("h2", "二、财务报表的编制基础")] + fillx(rng, 2, 3)
    policies = ["遵循企业会计准则的声明", "会计期间", "营业周期", "记账本位币", "同一控制下和非同一控制下企业合并的会计处理方法", "合并财务报表的编制方法",
                "现金及现金等价物的确定标准", "外币业务和外币报表折算", "金融工具", "应收款项预期信用损失", "存货", "合同资产", "长期股权投资",
                "固定资产", "在建工程", "无形资产", "研究开发支出", "长期资产减值", "职工薪酬", "预计负债", "收入", "政府补助", "递延所得税资产和递延所得税负债", "租赁"]
    b.append(("h2", "三、重要会计政策及会计估计"))
    acct = ["本公司以持续经营为基础，根据实际发生的交易和事项，按照企业会计准则进行确认和计量。",
            "对于以摊余成本计量的金融资产，本公司按照实际利率法确认利息收入。", "本公司在资产负债表日对应收款项的账面价值进行检查，有客观证据表明发生减值的，计提减值准备。",
            "存货发出时按加权平均法计价，期末按成本与可变现净值孰低计量。", "固定资产按成本进行初始计量，采用年限平均法计提折旧。",
            "内部研究开发项目研究阶段的支出于发生时计入当期损益，开发阶段支出满足资本化条件的确认为无形资产。",
            "本公司在履行了合同中的履约义务，即在客户取得相关商品或服务控制权时确认收入。", "政府补助为货币性资产的，按照收到或应收的金额计量。",
            "本公司根据资产与负债的账面价值与计税基础之间的暂时性差异，确认递延所得税资产或负债。"]
    for i, p in enumerate(policies, start=1):
        b += [("plain", f"{i}. {p}")] + [("p", "".join(rng.sample(acct, 6))) for _ in range(4)]
    b += [("h2", "四、税项"), ("table", [["税种", "计税依据", "税率"], ["增值税", "应税收入", "13%、6%"], ["城市维护建设税", "应纳流转税额", "7%"],
                                        ["企业所得税", "应纳税所得额", "15%（高新技术企业）"]], [40, 70, 60])]
    b.append(("h2", "五、合并财务报表项目注释"))
    for k, w in items_bs:
        val = tot * w
        b += [("plain", f"（{k}）"), ("table", [["项目", "期末余额", "期初余额"], [f"{k}—账面余额", f"{val * 1.03:,.2f}", f"{val * 0.95:,.2f}"],
                                             [f"{k}—减值准备", f"{val * 0.03:,.2f}", f"{val * 0.028:,.2f}"],
                                             [f"{k}—账面价值", f"{val:,.2f}", f"{val * 0.922:,.2f}"]], [60, 55, 55])]
        b += fillx(rng, 2, 4)
    b += [("plain", "（营业收入和营业成本）"),
          ("table", [["项目", "本期收入", "本期成本"], ["主营业务", f"{rev * 0.97:,.2f}", f"{rev * 0.76:,.2f}"],
                     ["其他业务", f"{rev * 0.03:,.2f}", f"{rev * 0.02:,.2f}"], ["合计", f"{rev:,.2f}", f"{rev * 0.78:,.2f}"]], [60, 55, 55])]
    b += [("h2", "六、研发支出"), ("p", f"本期公司研发费用合计{rev * 0.035:,.2f}元（公司口径，含平台以外的研发项目）。")]
    b += [("h2", "七、关联方及关联交易")] + fillx(rng, 4, 4)
    b += [("h2", "八、承诺及或有事项")] + fillx(rng, 3, 3)
    b += [("h2", "九、资产负债表日后事项")] + fillx(rng, 2, 3)
    b += [("h2", "十、其他重要事项")] + fillx(rng, 3, 3)
    b += [("break",)]
    # special note on the platform
    pr = a["platform"]  # {year: (rev, cost, rd, profit)} in 万元
    unit = a["unit"]
    conv = (lambda x: x * 10000) if unit == "元" else (lambda x: x)
    years = [2023, 2022, 2021, 2020]
    b += [("h1", "十一、关于工业互联网平台业务收支情况的专项说明"),
          ("p", f"应{s['company']}要求，我们对贵公司{s['declared_name']}（以下简称平台）2020年度至2023年度平台相关业务收支进行了专项核查。"
                "平台业务收入按平台直接订阅服务、平台交易服务费及平台技术服务合同逐笔归集，成本费用按项目工时及资源占用比例分摊。"),
          ("plain", f"平台业务收支明细表　　单位：{unit}"),
          ("table", [["项目"] + [f"{y}年度" for y in years]] +
           [[name] + [f"{conv(pr[y][k]):,.2f}" for y in years] for k, name in
            [(0, "平台营业收入"), (1, "平台营业成本"), (2, "平台研发投入"), (3, "平台利润总额")]], [38, 33, 33, 33, 33]),
          ("p", "平台研发投入口径参照国家统计局关于研究与试验发展（R&D）的解释，仅包含平台相关研发人员人工、直接投入及折旧摊销。")]
    b += fillx(rng, 2, 3) + [("break",)]
    b += [("h1", "附：会计师事务所营业执照及执业证书复印件"), ("p", f"{firm}　统一社会信用代码：{a['firm_code']}　执业证书编号：{a['firm_license']}")]
    b += fillx(rng, 2, 3)
    return b


def write_audit(path: Path, s) -> int:
    return common.build_pdf(path, audit_blocks(s), header=f"{s['company']}　2023年度审计报告　{s['audit']['no']}", size=9.5,
                            title="审计报告")


def write_simple_pdf(path: Path, title: str, paras: list, seed: int, header: str = "", table=None, n_fill: int = 0) -> int:
    rng = random.Random(seed)
    b = [("h1", title)] + [("p", p) for p in paras]
    if table:
        b.append(("table", table[0], table[1]))
    b += filler(rng, n_fill, 4)
    return common.build_pdf(path, b, header=header, footer_total=False, first_page_plain=False)


def write_scanned_letter(path: Path, title: str, paras: list, seal_text: str, seed: int, sign: str = "") -> None:
    b = [("space", 30), ("title", title), ("space", 16)] + [("p", p) for p in paras] + [("space", 40), ("plain", sign or seal_text),
                                                                                       ("plain", "2024 年 6 月")]
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.pdf"
        common.build_pdf(p, b, size=11.5, footer_total=False)
        common.scan_pdf(p.read_bytes(), path, seed, {1: seal_text}, dpi=72)


def write_old_application(path: Path, s) -> int:
    """The previous year's 申报书 (2023 申报年度, 2022 data): kept in the folder, superseded."""
    rng = random.Random(s["seed"] + 41)
    o = s["old"]
    b = [("space", 100), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申报书（2023 申报年度）"), ("space", 40),
         ("center", f"平台名称：{s['declared_name']}"), ("center", f"申报单位：{s['company']}"), ("center", "2023 年 6 月"), ("break",),
         ("h1", "一、申报单位简介")] + filler(rng, 6) + [
        ("h1", "二、平台建设及运营情况"),
        ("p", f"截至2023年5月31日，平台注册企业用户{o['registered']:,}家，连接工业设备{o['devices']:,}台/套，工业APP {o['apps']}个，"
              f"2022年平台营业收入{n2(o['rev'])}万元。")] + filler(rng, 10) + [("h1", "三、平台应用成效")] + filler(rng, 8)
    return common.build_pdf(path, b, header=f"{s['declared_name']}　2023年度申报书（存档）", title="申报书2023")


def write_brochure(path: Path, s) -> int:
    rng = random.Random(s["seed"] + 51)
    b = [("title", f"{s['short']}工业互联网 · 产品手册"), ("center", "让产业链协同更简单"), ("space", 20)] + filler(rng, 8, 3) + [
        ("h2", "服务热线"), ("plain", "400-000-0000　www.example.com")]
    return common.build_pdf(path, b, header="产品手册", footer_total=False)
