"""附件3 申报书: a long text PDF that restates the package's figures in prose, tables, 七, cases, benchmarks, plans."""

from __future__ import annotations

import random

from eval_sets.blind.h98.model import f2, th
from eval_sets.blind.h98.render import Doc, render_pdf

POOL = [
    "平台坚持“业务驱动、数据赋能、开放共建”的建设思路，围绕{ind}企业在设备管理、生产运营和供应链协同中的共性需求持续迭代。",
    "在技术架构上，平台采用“边缘层—IaaS层—PaaS层—SaaS层”的分层设计，边缘网关负责协议解析与数据预处理，云端负责汇聚、建模与应用分发。",
    "平台通过统一身份认证、统一数据标准和统一接口规范，实现了跨系统、跨组织的数据贯通，降低了{ind}企业上云用数的门槛。",
    "项目团队长期深耕{ind}领域，积累了大量工艺知识与现场经验，并将其沉淀为可复用的模型组件和应用模板。",
    "平台在安全方面落实等级保护要求，建立了覆盖网络、主机、应用和数据的纵深防护体系，并开展常态化的安全巡检与应急演练。",
    "面向中小企业，平台提供轻量化、订阅式的SaaS应用，企业无需一次性大规模投入即可获得数字化能力。",
    "平台运营团队建立了客户成功机制，对重点客户实施驻场服务和季度回访，持续跟踪应用效果并推动二次开发。",
    "在生态建设方面，平台与高校、科研院所和解决方案服务商开展联合创新，共同打造面向细分场景的行业解决方案。",
    "平台的低代码开发工具支持拖拽式建模与可视化编排，使一线工程师也能够快速构建满足现场需要的工业应用。",
    "数据治理方面，平台建立了主数据管理、数据质量稽核和数据血缘追踪能力，保障了数据资产的准确性和可追溯性。",
    "平台核心组件均采用自主研发或国产化开源技术路线，数据库、中间件和操作系统已完成信创适配验证。",
    "平台支持私有化部署与公有云订阅两种交付方式，可根据客户的数据安全要求和IT基础条件灵活选择。",
    "通过设备画像与健康度评估，平台帮助企业由被动维修转向预测性维护，显著减少了非计划停机带来的损失。",
    "平台积极参与行业标准制定工作，相关技术成果在多个行业会议上进行了交流与推广。",
    "平台将能耗数据与生产数据关联分析，为企业提供碳排放核算、能效对标和节能改造建议等服务。",
    "未来平台将进一步强化人工智能大模型与工业机理模型的融合，提升复杂场景下的智能决策能力。",
]


def _paras(rng: random.Random, ind: str, n: int) -> list[str]:
    out = []
    for _ in range(n):
        out.append("".join(x.format(ind=ind) for x in rng.sample(POOL, 4)))
    return out


def write_book(c, rel: str) -> None:
    s, rows = c.s, c.rows
    rng = random.Random(c.seed + 5)
    ind = s["industry_word"]
    bn = s.get("book_name", s["name"])
    wrong = s.get("book_wrong_prose", {})  # label -> wrong figure stated in chapter prose (planted)
    wrong_t = s.get("book_wrong_table", {})  # label -> wrong figure in table 2-2 (planted)
    doc = Doc()
    F = rel

    def fact(label, n, page=None, unit="个", text=None, col="本平台数据", row=""):
        t = text if text is not None else th(n)
        c.fact(label, t, unit, n, F, page or doc.page_no, row_label=row or label.split("（")[0], column_label=col)
        return t

    # ---- cover
    doc.add("gap", 80)
    doc.add("title", "上海市工业互联网平台应用水平评价")
    doc.add("title", "申 报 书")
    doc.add("gap", 60)
    doc.add("line", "申报年度：2024年度", 13)
    doc.add("line", f"平台名称：{bn}", 13)
    doc.add("line", f"申报单位：{s['company']}（公章）", 13)
    doc.add("line", f"联 系 人：{s['contact']}", 13)
    doc.add("line", f"联系电话：{s['phone']}", 13)
    doc.add("gap", 80)
    doc.add("line", "上海市经济和信息化委员会制                2024年6月18日", 11)
    doc.new_page()
    # ---- 一
    co = s["co_fin"]
    doc.add("h", "一、申报单位简介")
    doc.add("p", f"{s['company']}成立于{s['founded']}，注册地位于{s['address']}，主营业务为{s['business']}。"
                 f"公司2023年实现营业收入{f2(co['revenue'] / 1e4)}万元，利润总额{f2(co['profit'] / 1e4)}万元，"
                 f"资产总计{f2(co['assets'] / 1e4)}万元（以上为公司本级经审计数据）。")
    doc.add("p", s["group_text"])
    for p in _paras(rng, ind, 3):
        doc.add("p", p)
    doc.new_page()
    doc.add("h", "（二）核心竞争力")
    doc.add("p", f"公司平台团队共{s['ops'] + s['run']}人，其中运维人员{s['ops']}人、运营人员{s['run']}人，"
                 f"具有相关技术职称或从业资格的人员{s['qualified']}人。")
    for p in _paras(rng, ind, 4):
        doc.add("p", p)
    doc.new_page()
    # ---- 二
    doc.add("h", "二、平台建设及运营情况")
    doc.add("h", "（一）平台基本信息")
    doc.add("p", f"{bn}（以下简称“平台”）为{s['nature']}，建设周期{s['period_text']}，建设方式为自建、自运营，"
                 f"累计建设投入{th(s['build_amount'], 2)}万元，部署方式为{s['deploy']}，面向{ind}等行业提供{s['services']}等服务。")
    D = s["dev"]
    dtext = wrong.get("连接的工业设备/产品/产线种类及数量（台/套）")
    if dtext:
        doc.add("p", f"截至2024年5月底，平台已连接各类工业设备{th(dtext)}台（套），其中公有云接入设备约{s['dev_pub'] / 1e4:.1f}万台（套）。")
        c.pages["wrong_dev"] = doc.page_no
    else:
        doc.add("p", f"截至2024年5月底，平台已连接各类工业设备约{D / 1e4:.1f}万台（套），其中公有云接入设备约{s['dev_pub'] / 1e4:.1f}万台（套）。")
    for p in _paras(rng, ind, 3):
        doc.add("p", p)
    doc.new_page()
    doc.add("h", "（二）平台技术架构")
    for p in _paras(rng, ind, 5):
        doc.add("p", p)
    doc.new_page()
    doc.add("h", "（三）技术路线先进性")
    doc.add("p", "表2-1 平台对标同行业或相似平台的部分量化数据对比表（对标数据来自公开资料，无法获取的以数量级估算）")
    bm = s["benchmark"]
    doc.add("table", [["三级指标", "本平台数据", "对标数据"],
                      ["1.2.1 创新投入情况", f"研发投入{fact('平台相关研发投入（万元）', s['rd'], unit='万元', text=th(s['rd'], 2))}万元，"
                                          f"研发投入强度{fact('平台相关研发投入强度（%）', s['rd_int'], unit='%', text=f2(s['rd_int']))}%",
                       f"{bm['name']}：研发投入数量级亿元，研发投入强度约{bm['rd_int']}%"],
                      ["2.1.1 工业设备连接/汇聚能力",
                       f"工业协议兼容适配{fact('工业协议兼容适配数量（个）', s['protocols'])}个",
                       f"{bm['name']}：兼容协议约{bm['protocols']}种，连接设备约{bm['devices']}万台"],
                      ["2.2.2 数据处理", f"存储容量{fact('存储容量（TB）', s['storage_tb'], unit='TB', text=f2(s['storage_tb']))}TB",
                       f"{bm['name']}：存储容量约{bm['storage']}PB"],
                      ["2.2.3 数据建模和分析", f"工业机理模型{fact('工业机理模型数量（个）', s['models'])}个",
                       f"{bm['name']}：模型约{bm['models']}个"]], [2, 3, 3])
    for p in _paras(rng, ind, 2):
        doc.add("p", p)
    doc.new_page()
    doc.add("h", "（四）平台运营情况")
    doc.add("p", "表2-2 平台关键运营数据（截至2024年5月31日，与申报表口径一致）")
    ops_rows = [["指标", "本平台数据"]]
    for label, n in [("连接的工业设备/产品/产线种类及数量（台/套）", D), ("公有云工业设备连接数量（台/套）", s["dev_pub"]),
                     ("海外设备连接数量（台/套）", sum(s["overseas"].values())), ("工业APP数量（个）", s["apps"]),
                     ("微服务数量（个）", s["ms"]), ("开发者注册总数（个）", s["devs"]),
                     ("注册企业用户数（个）", s["registered"]), ("实际服务企业数（个）", s["served"]),
                     ("服务本市企业数量（个）", s["ent_reg"]["上海"]), ("付费企业数（个）", s["paying"])]:
        if label in wrong_t:
            ops_rows.append([label.split("（")[0], th(wrong_t[label])])
            c.pages["wrong_table"] = doc.page_no
        else:
            unit = "台/套" if "设备" in label else "个"
            ops_rows.append([label.split("（")[0], fact(label, n, unit=unit)])
    doc.add("table", ops_rows, [3, 2])
    doc.add("p", f"从地域分布看，平台服务企业中上海{s['ent_reg']['上海']}家，其余分布在{s['other_regions']}等地；"
                 f"海外设备主要分布在{'、'.join(s['overseas'])}。")
    doc.add("p", f"与同行业平台相比，{bm['name']}服务企业约{bm['ents']}家，本平台服务企业数量超过{(s['served'] // 100) * 100:,}家，"
                 f"在{ind}细分领域的覆盖度处于国内前列。")
    doc.new_page()
    if not s.get("omit_summary2"):
        doc.add("h", "（五）技术创新点总结")
        doc.add("p", s["summary2"])
        c.pages["summary2"] = doc.page_no
    for p in _paras(rng, ind, 2):
        doc.add("p", p)
    doc.new_page()
    # ---- 三
    doc.add("h", "三、平台应用成效")
    doc.add("p", f"通过平台的设备健康管理与能效优化服务，平台连接工业设备运维成本平均下降"
                 f"{fact('平台连接工业设备运维成本平均下降率（%）', s['om_cost_down'], unit='%', text=f2(s['om_cost_down']) + '%', col='', row='运维成本平均下降')}，"
                 f"能耗平均下降{fact('平台连接工业设备能耗平均下降率（%）', s['energy_down'], unit='%', text=f2(s['energy_down']) + '%', col='', row='能耗平均下降')}。")
    devs_wrong = wrong.get("开发者注册总数（个）")
    if devs_wrong:
        doc.add("p", f"平台开发者生态持续壮大，注册开发者已达{th(devs_wrong)}名，带动新增就业{s['jobs']}人。")
        c.pages["wrong_devs"] = doc.page_no
    else:
        doc.add("p", f"平台开发者生态持续壮大，注册开发者已达{fact('开发者注册总数（个）', s['devs'], col='', row='注册开发者')}名，"
                     f"带动新增就业{fact('平台建设与运营带动新增就业人数（人）', s['jobs'], unit='人', text=str(s['jobs']), col='', row='带动新增就业')}人。")
    for p in _paras(rng, ind, 4):
        doc.add("p", p)
    doc.new_page()
    doc.add("h", "（二）经济与社会效益")
    doc.add("p", f"2023年平台相关营业收入{th(s['rev'][2023], 2)}万元，较2022年增长{f2(s['growth'][2023])}%；"
                 f"平台利润总额{th(s['profit'], 2)}万元。用户企业方面，{s['customer_effect']}")
    for p in _paras(rng, ind, 3):
        doc.add("p", p)
    doc.add("h", "（三）应用创新点总结")
    doc.add("p", s["summary3"])
    doc.new_page()
    # ---- 四
    doc.add("h", "四、平台下一步发展计划")
    doc.add("p", s["plan"])
    for p in _paras(rng, ind, 4):
        doc.add("p", p)
    doc.new_page()
    # ---- 五
    doc.add("h", "五、平台应用案例")
    for k, case in enumerate(s["cases"], 1):
        if k > 1:
            doc.new_page()
        doc.add("line", f"案例{k}：{case['name']}", 11.5)
        c.pages[f"case{k}"] = doc.page_no
        doc.add("p", "企业简介：" + case["intro"])
        doc.add("p", "平台简介：" + _paras(rng, ind, 1)[0])
        doc.add("p", "案例实际内容简介：" + case["content"])
    doc.new_page()
    # ---- 六
    doc.add("h", "六、附件及其他说明材料")
    doc.add("table", [["序号", "附件名称", "页码"]] + [[str(i + 1), n, p] for i, (n, p) in enumerate(s["attach_list"])], [1, 6, 2])
    # ---- 七
    if not s.get("omit7"):
        doc.new_page()
        doc.add("h", "七、平台相较上年度对比情况")
        doc.add("p", "本平台为2023年度参评平台。下表对比2023年7月（上年度申报时）与本次申报（截至2024年5月31日）的关键指标：")
        s7 = s.get("s7_wrong", {})
        trows = [["指标", "2023年7月（上年度）", "2024年（本次申报）", "变化"]]
        c.pages["s7"] = doc.page_no
        for label, now, last in [("连接的工业设备/产品/产线种类及数量（台/套）", D, s["last"]["dev"]),
                                 ("工业APP数量（个）", s["apps"], s["last"]["apps"]),
                                 ("实际服务企业数（个）", s["served"], s["last"]["served"]),
                                 ("平台相关营业收入（万元）", s["rev"][2023], s["last"]["rev"])]:
            money = "万元" in label
            shown = s7.get(label, now)
            cell = th(shown, 2) if money else th(shown)
            if label not in s7 and not money:
                unit = "万元" if money else ("台/套" if "设备" in label else "个")
                c.fact(label, cell, unit, now, F, doc.page_no, row_label=label.split("（")[0], column_label="2024年（本次申报）")
            change = (shown - last) / last * 100
            trows.append([label, th(last, 2) if money else th(last), cell, f"+{change:.1f}%"])
        doc.add("table", trows, [4, 2, 2, 1])
        doc.add("p", s["s7_text"])
        for p in _paras(rng, ind, 2):
            doc.add("p", p)
    render_pdf(doc, c.root / rel, header=f"{bn} 申报书")
    c.files[rel] = "申报书"
    c.book_pages = doc.page_no
