"""h9_02 — 序号2 上海电机系统节能工程技术研究中心 电机设备远程运维服务工业互联网平台 (2023参评 -). 5 problems."""
from __future__ import annotations

import copy
import random
from pathlib import Path

import common as C
import docs
import evid
import kit
from model import fmt_bd, form_cells, split, synth
from p11 import award_scan, ip_list_pdf

PKG = "h9_02_dianjizhongxin_problems"

P = dict(
    no=2, listed="电机设备远程运维服务工业互联网平台", company="上海电机系统节能工程技术研究中心有限公司",
    declared_name="电机设备远程运维服务工业互联网平台", part2023=False, short="电机设备远程运维服务工业互联网",
    nature="行业型工业互联网平台（电机系统领域）",
    contact=dict(name="邵振宇", title="平台运营部经理", mobile="13916058823", email="shaozy@semc-motor.example.com",
                 review_addr="上海市普陀区武宁路505号6号楼2楼会议室"),
    contact2=dict(name="陶慧敏", title="综合管理部主管", mobile="13917731246", email="taohm@semc-motor.example.com"),
    url="https://motorcloud.semc.example.com", demo_account="review2024", demo_password="Mc!Rev0722",
    build_period="2018.09-2023.12", build_text="2018年9月至2023年12月", build_amount=5120.00,
    rev={2020: 4382.10, 2021: 4795.33, 2022: 5160.84, 2023: 5982.64}, rd=1046.72, profit=684.35,
    build_mode="合作共建", op_mode="联合运营", iaas="租用", iaas_vendor="华为云计算技术有限公司", deploy="边缘侧、公有云、混合云",
    team=(134, 82, 52, 97), registered=2184, served=1562, paying=638, sme=1187,
    dev=dict(total=18426, public=11318, daily=7642,
             cat_w={"动力设备": 46, "电力设备": 22, "机床": 12, "轻工设备": 9, "化工设备": 6, "仪器仪表": 5},
             region_w={"上海": 34, "江苏": 20, "浙江": 15, "安徽": 8, "山东": 7, "河南": 5, "湖北": 5, "广东": 6},
             overseas={"泰国Thailand": 96, "马来西亚Malaysia": 58}),
    protocols=236,
    app=dict(software=214, apps=186, native=118, mau=131, killer_dau=2046, killer_hits=26480, killer_income=31.62,
             pub_apps=142, pub_dau=76,
             cls_w={"运维服务": 36, "节能减排": 28, "安全生产": 10, "质量管控": 8, "生产制造": 8, "运营管理": 6, "供应链管理": 4},
             ind_w={"机械": 34, "电力、热力和燃气": 18, "石化化工": 14, "建材": 10, "轻工": 10, "黑色金属": 14}),
    store=dict(cloud=148.00, pub_cloud=96, cap=1200.00, data=706.80, pub_data=428.35),
    model=dict(total=238, active=121, core_users=514, speed="秒级（单TB电机振动数据频谱分析约2.8秒）",
               cls_w={"数据算法模型": 36, "研发仿真模型": 10, "行业机理模型": 40, "业务流程模型": 14}),
    ms=(926, 538), devs=(6342, 1488),
    served_ind_w={"机械": 30, "电力、热力和燃气": 16, "石化化工": 14, "建材": 10, "轻工": 12, "黑色金属": 10, "其他": 8},
    served_reg_w={"上海": 38, "江苏": 20, "浙江": 15, "安徽": 8, "山东": 7, "河南": 4, "湖北": 4, "广东": 4},
    orders=(9364, 9871), trade_growth=15.94, subs=(5126, 2418, 1862.35), dev_util=76.58, domestic=82.00,
    factories=["上海某汽车零部件智能工厂（嘉定区）：电机能效在线监测", "上海某钢铁深加工智能工厂（宝山区）：风机水泵远程运维"],
    parks=8, solutions={"数字化管理": 5, "平台化设计": 2, "网络化协同": 4, "智能化制造": 6, "个性化定制": 1, "服务化延伸": 8},
    listed_vc=False,
    cases_rates=dict(om=[21.40, 18.65, 24.10], energy=[11.80, 9.35, 13.20], safety=[26.50, 19.80, 22.40]),
    indices=["电机系统能效指数", "区域电机健康指数", "风机水泵负载率指数", "电机故障率指数", "节电潜力指数"],
    patents=[f"P{i}" for i in range(18)], copyrights=[f"C{i}" for i in range(29)],
    awards=[("2020年工业互联网试点示范项目", "工业和信息化部", "2020年12月"),
            ("2022年上海市工业互联网标杆平台", "上海市经济和信息化委员会", "2022年9月"),
            ("上海市科技进步奖二等奖（电机系统能效提升关键技术）", "上海市人民政府", "2022年5月")],
    jobs=318, social=19.84, partners=9,
    open_data="以API接口和能效数据集形式开放：开放API接口152个、电机能效数据集5个、节能诊断报告模板12类",
    form_date="2024年7月18日", commit_date="2024年7月18日",
    security=dict(docs=["《电机云平台信息安全管理制度》（SEMC-XX-2020-01，2020年6月）", "《平台数据分类分级管理办法》（SEMC-XX-2022-04，2022年4月）"],
                  third="是，每年开展一次第三方等级保护测评（三级）", scan="是，每月一次全量漏洞扫描"),
    ent=dict(uscc="91310107MA1FL2QW8N", founded="2009年11月", reg_addr="上海市普陀区武宁路505号", type="有限责任公司",
             capital="5,000万元人民币", business="电机系统节能技术研发、能效检测、电机远程运维与工业互联网平台服务",
             legal="李国栋", fax="021-6257 4410",
             holders=[("上海电器科学研究所（集团）有限公司", "3,500.00", "70.00%"), ("上海电科投资管理有限公司", "1,500.00", "30.00%")],
             fin=dict(assets="41,268.93", revenue="18,640.27", growth="8.15", debt="47.62", profit="1,736.40", tax="906.51")),
    patent_topics=["一种电机振动故障在线诊断方法", "一种电机能效在线测试装置", "一种风机水泵系统节能控制方法",
                   "一种电机轴承剩余寿命预测方法", "一种电机绕组温升监测装置", "一种边缘侧电流特征提取方法"],
    sw_names=["电机远程运维平台", "能效监测系统", "振动频谱分析软件", "电机健康评估系统", "节能诊断工具", "边缘采集终端软件"],
)

P["dom"] = dict(
    position="面向电机系统的行业级远程运维服务平台，提供电机能效监测、预测性维护和节能改造服务。",
    policy="1.工业和信息化部等《电机能效提升计划（2021-2023年）》：电机系统节能与能效监测方向；\n2.《上海市制造业数字化转型实施方案》：设备远程运维服务方向；\n3.电机行业：电机耗电量占工业用电约70%，能效监测与运维服务化是行业趋势。",
    strategy="上海电机系统节能工程技术研究中心“十四五”发展规划", plan="电机设备远程运维服务工业互联网平台发展规划（2022-2025）",
    other_res="平台汇聚电机能效检测数据21万条、电机型谱库3.6万个型号、第三方维修服务商146家，形成电机全生命周期服务资源池。",
    edge="边缘终端支持电流电压与振动数据采集、本地FFT频谱分析、断网缓存和本地告警；部署边缘计算应用节点2,310个，最低响应时延10毫秒。",
    collect="通过Modbus、OPC UA、IEC 104等协议及API对接用户变频器、能源管理系统和设备管理系统，采集能耗、工况和维修工单数据。",
    compute="公有云计算实例96台（1,536核vCPU），私有云服务器52台，支持弹性扩展。",
    algos="基础统计算法、聚类算法、分类算法（故障分类）、预测与估算算法（剩余寿命预测）、关联分析算法",
    langs="共4种：Java、Python、C++、JavaScript",
    framework="基于Spring Cloud与Kubernetes的微服务开发框架，提供设备物模型、规则引擎、告警中心、报表引擎等公共组件。",
    tools="提供可视化组态工具、低代码表单设计器、算法模型在线训练与部署工具、API调试工具。",
    key_tech="电机振动诊断算法、能效评估模型、边缘采集终端软硬件均为自主研发，关键技术自主可控。",
    benefit="基于3个案例：平均减少非计划停机时间38%，带动用户年节电约2,860万千瓦时。",
    cost="基于3个案例：平均降低设备运维成本21.38%，平均降低电机系统能耗11.45%。",
    data_value="基于平台沉淀的电机运行大数据，构建电机健康画像与能效基准库，沉淀故障知识2.1万条，实现专家诊断经验复用。",
    supply="平台对接电机制造商、维修服务商和备件供应商，实现维修备件在线采购与服务派单，备件交付周期缩短32%。",
    newtech="平台融合边缘计算、5G、数字孪生与AI技术，实现电机故障智能诊断和能效仿真优化。",
    breakthrough="自研电机电流特征故障诊断技术，故障识别准确率达到95%，优于国外同类产品约90%的水平。",
    carbon="提供电机系统碳排放监测与节能量核算服务，已服务68家企业。",
    idres="接入国家标识解析二级节点，为1.6万台电机赋予标识，实现全生命周期追溯。",
    standards="参与国家标准1项（《电机系统能效监测技术规范》，参与）、行业标准2项。",
    contribution="平台服务本市企业594家，支撑本市重点用能企业电机系统节能改造，助力长三角工业节能降碳。",
    open_mech="向产业链上下游开放电机运行数据接口与能效诊断组件，建立数据授权与收益分成机制。",
    cross="与上海市工业互联网公共服务平台、华为云IoT平台、合作电机制造商平台实现数据与应用互通。",
    newmode="培育电机能效托管、按运行时长收费的运维服务新模式。",
)
P["book"] = dict(
    unit=["上海电机系统节能工程技术研究中心有限公司成立于2009年，是上海电器科学研究所（集团）有限公司控股的电机系统节能技术服务企业，主营电机能效检测、节能改造与远程运维服务。"],
    basic=["平台于2018年9月启动建设，与合作单位共同建设并联合运营，累计投入5,120.00万元，IaaS层租用华为云，部署方式为边缘侧、公有云与混合云。"],
    arch=["平台采用边缘层、IaaS层、PaaS层、SaaS层四层架构，PaaS层微服务926个，SaaS层提供工业APP 186个。"],
    adv=["与同类电机运维平台相比，平台在电机电流特征诊断与能效评估方面处于国内领先水平。"],
    ops=["截至填表日，平台连接电机等工业设备18,426台/套，其中公有云接入11,318台/套；注册企业用户2,184家，实际服务企业1,562家。"],
    innov="平台以电机电流特征诊断和能效评估为核心，边缘终端与算法自主可控，形成运维+节能一体化服务模式。",
    effect=["平台帮助用户解决电机故障难发现、能耗高等问题，3个案例平均降低运维成本21.38%、能耗11.45%。"],
    app_innov="平台将边缘计算与AI诊断融合，形成按节电量分成的服务模式。",
    next=["下一步将扩大电机接入规模，推广能效托管服务，拓展东南亚市场。"],
    sec7=[],
)
P["cases"] = [
    dict(title="钢铁企业风机水泵远程运维", ent="某钢铁深加工企业，市级智能工厂。", platform="平台提供电机远程监测与预测性维护。",
         content="接入风机水泵电机860台。", fig="电机健康监测画面"),
    dict(title="汽车零部件企业电机能效监测", ent="某汽车零部件企业。", platform="平台提供能效在线监测。", content="接入电机1,240台。",
         fig="能效看板"),
    dict(title="化工园区电机系统节能改造", ent="某化工园区公用工程公司。", platform="平台提供节能诊断与托管。", content="改造电机320台。",
         fig="节能对比曲线"),
]
P["bench"] = dict(rd="某电机云平台：研发投入约千万元量级，强度约15%", dev="某电机云平台：接入约1万台", app="某电机云平台：APP约100个",
                  store="某电机云平台：约800TB", model="某电机云平台：约150个", ms="某电机云平台：约600个", scale="某电机云平台：服务约1,000家")

TRUE_REV_2023 = 5628.46  # the ERP's 本年累计 主营业务收入 (万元)


def build(root: Path):
    p = P
    p["intro"] = ("电机设备远程运维服务工业互联网平台是面向电机系统的行业型工业互联网平台，通过自研边缘采集终端接入电机、风机、水泵、"
                  "压缩机等设备，提供设备远程监测、故障诊断、预测性维护、能效评估与节能改造等服务，已形成电机物模型库、故障知识库和能效基准库。"
                  "主要客户为钢铁、化工、建材、汽车零部件等行业的重点用能企业。")
    p["effect"] = ("平台解决了电机数量多、分布散、故障难以提前发现、能耗偏高等痛点，用户运维成本平均下降21.38%，能耗平均下降11.45%，"
                   "带动新增就业318人，推动电机系统节能服务模式创新。")
    S = synth(p)
    p["texts"] = C.base_texts(p, S)
    # ---- planted problems on the declared side
    dv = p["_dev"]
    bad_pub_reg = dict(dv["pub_region"])
    bad_pub_reg["江苏"] -= 300
    S["按省市区域统计公有云工业设备数量（台/套）"] = (fmt_bd(bad_pub_reg), dict(bad_pub_reg))
    S["平台核心软硬件技术获得的专利数量（项）"] = ("21", 21)
    p["texts"]["平台核心软硬件技术获得的专利数量（项）"] = "21"
    cells = form_cells(p, S)

    out = root / "packages" / PKG
    ev = out / "证明材料"
    files = {}
    docs.contact_docx(p, out / "附件1_联系人信息反馈表.docx")
    files["附件1_联系人信息反馈表.docx"] = "联系人表"
    p["proof"] = {"平台相关营业收入（万元）": "证明材料01、02", "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料03",
                  "平台核心软硬件技术获得的专利数量（项）": "证明材料06", "注册企业用户数（个）": "证明材料05"}
    docs.form_xlsx(p, S, cells, out / "附件2_申报表（电机系统节能中心）.xlsx")
    files["附件2_申报表（电机系统节能中心）.xlsx"] = "申报表"
    tmp = out / "_f.pdf"
    docs.form_pdf(p, S, cells, tmp)
    docs.scan_pdf(tmp, out / "附件2_申报表_盖章扫描.pdf", p["company"], 201)
    files["附件2_申报表_盖章扫描.pdf"] = "申报表扫描件"
    docs.summary_xlsx(p, {k: v for k, (v, _) in S.items()}, out / "附件4_平台基本情况汇总表.xlsx", "vertical")
    files["附件4_平台基本情况汇总表.xlsx"] = "汇总表"
    docs.commitment_pdf_scan(p, out / "附件5_真实性承诺_盖章.pdf", 205)
    files["附件5_真实性承诺_盖章.pdf"] = "承诺"
    E = lambda n: f"证明材料/{n}"  # noqa: E731
    facts = []

    # 01 ERP printout (用友U8), department auxiliary accounting, 元
    f1 = "01_利润表（平台事业部辅助核算）_U8打印.pdf"
    rev_y = round(TRUE_REV_2023 * 10000, 2)
    rd_y = round(p["rd"] * 10000, 2)
    prof_y = round(p["profit"] * 10000, 2)
    sub = {"6001.01": 0.42, "6001.02": 0.46, "6001.03": 0.12}
    sub_c = split(round(rev_y * 100), sub)
    other = 1286420.50
    cost = rev_y * 0.5412
    tax = 318642.17
    sell = 4126580.44
    manage_other = rev_y + other - cost - tax - sell - rd_y - 412380.06 + 86420.00 - 52311.27 - prof_y
    fin = 412380.06
    rows_y = [("6001", "主营业务收入", rev_y), ("6001.01", "  平台订阅服务收入", sub_c["6001.01"] / 100),
              ("6001.02", "  远程运维服务收入", sub_c["6001.02"] / 100), ("6001.03", "  节能改造服务收入", sub_c["6001.03"] / 100),
              ("6051", "其他业务收入", other), ("6401", "主营业务成本", cost), ("6403", "税金及附加", tax),
              ("6601", "销售费用", sell), ("6602", "管理费用", manage_other + rd_y), ("6602.08", "  管理费用-研发费用", rd_y),
              ("6603", "财务费用", fin), ("6301", "营业外收入", 86420.00), ("6711", "营业外支出", 52311.27),
              ("", "利润总额", prof_y)]
    rng = random.Random(2)
    rows = []
    for code, name, ytd in rows_y:
        dec = ytd * (0.105 + 0.03 * rng.random())
        rows.append([code, name, f"{dec:,.2f}", f"{ytd:,.2f}"])
    evid.erp_print(ev / f1, system="用友U8 V13.0  总账-辅助核算-部门利润表", title="利 润 表（部门辅助核算）",
                   company=f"{p['company']}  部门：平台事业部", period="2023年12月", headers=["科目编码", "科目名称", "本期发生额", "本年累计"],
                   rows=rows, widths=[1.2, 3.2, 2, 2], printed_by="财务部 马晓燕", printed_at="2024-07-03 10:26:51",
                   extra_lines=["注：本表为平台事业部辅助核算口径，本期为2023年12月，本年累计为2023年1-12月。"], bold_rows=(0, len(rows) - 1))
    files[E(f1)] = "evidence:audit_report"
    q_rev, q_rd, q_pr = f"{rev_y:,.2f}", f"{rd_y:,.2f}", f"{prof_y:,.2f}"
    facts += [
        C.fact("平台相关营业收入（万元）", q_rev, "元", TRUE_REV_2023, E(f1), 1, q_rev, "主营业务收入", "本年累计"),
        C.fact("平台相关研发投入（万元）", q_rd, "元", p["rd"], E(f1), 1, q_rd, "管理费用-研发费用", "本年累计"),
        C.fact("平台利润率（%）", q_pr, "元", p["profit"], E(f1), 1, q_pr, "利润总额", "本年累计", "平台利润总额（万元）"),
        C.fact("投资回报率（%）", q_pr, "元", p["profit"], E(f1), 1, q_pr, "利润总额", "本年累计", "平台年利润（万元）"),
    ]

    # 02 finance 3-year platform revenue sheet printed (万元)
    f2 = "02_平台近三年收入统计表（财务部）.pdf"
    r = p["rev"]
    rows = [["平台订阅服务", "1,968.41", "2,121.67", f"{sub_c['6001.01'] / 1e6:,.2f}"],
            ["远程运维服务", "2,240.18", "2,410.09", f"{sub_c['6001.02'] / 1e6:,.2f}"]]
    third = [round(r[2021] - 1968.41 - 2240.18, 2), round(r[2022] - 2121.67 - 2410.09, 2),
             round(TRUE_REV_2023 - round(sub_c['6001.01'] / 1e6, 2) - round(sub_c['6001.02'] / 1e6, 2), 2)]
    rows.append(["节能改造服务", *[f"{x:,.2f}" for x in third]])
    rows.append(["平台相关营业收入合计", f"{r[2021]:,.2f}", f"{r[2022]:,.2f}", f"{TRUE_REV_2023:,.2f}"])
    evid.sheet_print(ev / f2, title="电机设备远程运维服务平台近三年收入统计表", subtitle="金额单位：万元",
                     headers=["业务线", "2021年", "2022年", "2023年"], rows=rows, widths=[2.4, 1.5, 1.5, 1.5],
                     sheet_name="Sheet1", file_name="平台收入2021-2023（财务部）.xlsx", bold_rows=(3,), orient="portrait",
                     aligns=["l", "r", "r", "r"], notes=["数据来源：U8总账部门辅助核算（平台事业部）。", "编制：财务部  2024年7月3日"])
    files[E(f2)] = "evidence:audit_report"
    facts += [
        C.fact("平台相关营业收入（万元）", f"{TRUE_REV_2023:,.2f}", "万元", TRUE_REV_2023, E(f2), 1, f"{TRUE_REV_2023:,.2f}",
               "平台相关营业收入合计", "2023年"),
        C.fact("平台近三年经营指标情况", f"{r[2021]:,.2f}", "万元", r[2021], E(f2), 1, f"{r[2021]:,.2f}", "平台相关营业收入合计",
               "2021年", "2021年平台营收（万元）"),
        C.fact("平台近三年经营指标情况", f"{r[2022]:,.2f}", "万元", r[2022], E(f2), 1, f"{r[2022]:,.2f}", "平台相关营业收入合计",
               "2022年", "2022年平台营收（万元）"),
    ]

    # 03 device ledger export (grid), subtotals under 总计
    f3 = "03_设备接入台账导出_20240705.pdf"
    cells_ = C.device_cells(dv)
    rng = random.Random(203)
    cust = ["宝钢", "华谊", "上汽", "海螺", "振华", "恒力", "万华", "中石化", "南钢", "徐工", "三一", "正泰", "美的", "格力", "东方", "红狮"]
    rows = []
    seq = 0
    for reg, cat, mode, n, d in cells_:
        for part_n, part_d in zip(split(n, {0: 1, 1: 1}).values() if n > 400 else [n], split(d, {0: 1, 1: 1}).values() if n > 400 else [d]):
            seq += 1
            rows.append([str(seq), f"{reg if 'a' not in reg else reg[:2]}{rng.choice(cust)}用户{rng.randint(1, 99):02d}", reg, cat, mode,
                         f"{part_n:,}", f"{part_d:,}" if mode == "公有云" else "-", f"202{rng.randint(0, 3)}-{rng.randint(1, 12):02d}"])
    T = p["dev"]
    tail = [f"总计：{T['total']:,} 台/套", f"    其中 公有云：{T['public']:,}", f"    其中 私有云：{T['total'] - T['public']:,}",
            f"    公有云日均在线：{T['daily']:,}（统计区间 2023-07-01 至 2024-06-30 日均值）",
            f"    境外（泰国Thailand、马来西亚Malaysia）：{sum(T['overseas'].values())}"]
    evid.csv_print(ev / f3, ["序号", "客户", "所属区域", "设备类型", "接入方式", "接入台数", "公有云日均在线", "接入时间"], rows, tail,
                   file_label="MotorCloud 设备接入台账  export_device_ledger.csv", exported="2024-07-05 16:40:08",
                   widths=[0.6, 2.6, 1.6, 1.3, 1, 1, 1.2, 1], aligns=["l", "l", "l", "l", "l", "r", "r", "l"])
    files[E(f3)] = "evidence:device_list"
    pg = C.find_page(ev / f3, "总计：", last=True)
    ovt = sum(T["overseas"].values())
    facts += [
        C.fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{T['total']:,}", "台/套", T["total"], E(f3), pg, f"总计：{T['total']:,}", "总计"),
        C.fact("公有云工业设备连接数量（台/套）", f"{T['public']:,}", "台/套", T["public"], E(f3), pg, f"公有云：{T['public']:,}", "其中 公有云"),
        C.fact("公有云工业设备平均日运行数量（台/套）", f"{T['daily']:,}", "台/套", T["daily"], E(f3), pg, f"公有云日均在线：{T['daily']:,}",
               "公有云日均在线"),
        C.fact("海外设备连接数量（台/套）", str(ovt), "台/套", ovt, E(f3), pg, f"马来西亚Malaysia）：{ovt}", "境外"),
    ]

    # 04 monitoring wall screenshot (APP tile disagrees with the form)
    f4 = "04_运维监控大屏截图.png"
    evid.dashboard_png(ev / f4, title="电机云 MotorCloud 远程运维监控中心", subtitle="motorcloud.semc.example.com/bigscreen",
                       tiles_=[("在线电机 Online Motors", f"{T['daily']:,}", "台"), ("接入总数 Total Devices", f"{T['total']:,}", "台/套"),
                               ("工业APP Apps", "156", "个"), ("诊断模型 Models", f"{p['model']['total']}", "个"),
                               ("今日告警 Alarms", "37", "条"), ("注册企业 Enterprises", f"{p['registered']:,}", "家"),
                               ("节电量 Saved", "2,860", "万kWh"), ("微服务 Services", f"{p['ms'][0]}", "个")],
                       caption="大屏截图 2024-07-04 14:05:33  Data refresh: 60s", theme="dark",
                       bars=("区域接入分布 (台/套)", list(dv["region"].items())[:8]))
    files[E(f4)] = "evidence:screenshot"
    facts += [
        C.fact("公有云工业设备平均日运行数量（台/套）", f"{T['daily']:,}", "台", T["daily"], E(f4), 1, f"{T['daily']:,}",
               "在线电机 Online Motors", image_only=True),
        C.fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{T['total']:,}", "台/套", T["total"], E(f4), 1, f"{T['total']:,}",
               "接入总数 Total Devices", image_only=True),
        C.fact("工业APP数量（个）", "156", "个", 156, E(f4), 1, "156", "工业APP Apps", image_only=True),
        C.fact("工业机理模型数量（个）", str(p["model"]["total"]), "个", p["model"]["total"], E(f4), 1, str(p["model"]["total"]),
               "诊断模型 Models", image_only=True),
        C.fact("注册企业用户数（个）", f"{p['registered']:,}", "家", p["registered"], E(f4), 1, f"{p['registered']:,}",
               "注册企业 Enterprises", image_only=True),
        C.fact("微服务数量（个）", str(p["ms"][0]), "个", p["ms"][0], E(f4), 1, str(p["ms"][0]), "微服务 Services", image_only=True),
    ]

    # 05 portal statistics, browser print
    f5 = "05_平台门户数据统计页.pdf"
    sv = p["_served"]

    def body(pg_):
        pg_.text("MotorCloud 电机云  首页 | 解决方案 | 应用商店 | 开发者 | 数据统计", "WQY", 9, color=(0.1, 0.35, 0.55))
        pg_.rule()
        pg_.text("数据统计", "WQY", 16, lead=1.8)
        evid.tiles(pg_, [("注册企业用户", f"{p['registered']:,}", "家"), ("实际服务企业", f"{p['served']:,}", "家"),
                         ("付费企业", f"{p['paying']}", "家"), ("开发者", f"{p['devs'][0]:,}", "人"),
                         ("年度订单（2023）", f"{p['orders'][0]:,}", "单"), ("解决方案", f"{sum(p['solutions'].values())}", "个")], 3)
        pg_.gap(6)
        rows_ = [[k, f"{v:,}"] for k, v in sv["reg"].items()] + [["合计", f"{p['served']:,}"]]
        pg_.text("服务企业地域分布", "WQY", 11, lead=1.7)
        pg_.table(["地区", "企业数"], rows_, [2, 1], "WQY", 8.5, grid=True, head_fill=(0.92, 0.95, 0.97), bold_rows=(len(rows_) - 1,))

    evid.browser_print(ev / f5, "数据统计 | MotorCloud 电机云", "https://motorcloud.semc.example.com/stat/overview",
                       "2024/7/4 下午2:12", body)
    files[E(f5)] = "evidence:screenshot"
    facts += [
        C.fact("注册企业用户数（个）", f"{p['registered']:,}", "家", p["registered"], E(f5), 1, f"{p['registered']:,}", "注册企业用户"),
        C.fact("实际服务企业数（个）", f"{p['served']:,}", "家", p["served"], E(f5), 1, f"{p['served']:,}", "实际服务企业"),
        C.fact("付费企业数（个）", str(p["paying"]), "家", p["paying"], E(f5), 1, str(p["paying"]), "付费企业"),
        C.fact("开发者注册总数（个）", f"{p['devs'][0]:,}", "人", p["devs"][0], E(f5), 1, f"{p['devs'][0]:,}", "开发者"),
        C.fact("平台订单数量(近一年总量)（个）", f"{p['orders'][0]:,}", "单", p["orders"][0], E(f5), 1, f"{p['orders'][0]:,}",
               "年度订单（2023）", "", "2023年自然年"),
    ]

    # 06 IP list (18 patents), 07 award scans
    f6 = "06_知识产权清单.pdf"
    ip_list_pdf(ev / f6, p, "专利之星知识产权管理系统")
    files[E(f6)] = "evidence:patent_list"
    facts += [
        C.fact("平台核心软硬件技术获得的专利数量（项）", "18", "项", 18, E(f6), 1, "授权专利（共18项）", "授权专利"),
        C.fact("平台核心软硬件技术获得的软著数量（个）", "29", "项", 29, E(f6), C.find_page(ev / f6, "软件著作权（共29项）"),
               "软件著作权（共29项）", "软件著作权"),
    ]
    f7 = "07_荣誉证书.pdf"
    award_scan(ev / f7, p, 207)
    files[E(f7)] = "evidence:award_list"
    facts.append(C.fact("平台获得省部级及以上奖项/荣誉数量（个）", "3", "项", 3, E(f7), 1, "共3项", "荣誉清单", image_only=True))

    attach = [(E(f), pg_) for f, pg_ in ((f1, "第1页"), (f2, "第1页"), (f3, "全部"), (f4, "第1页"), (f5, "第1页"), (f6, "第1-2页"),
                                          (f7, "第1-4页"))]
    secs = C.book_sections(p, S, attach, with_7=False)
    docs.book_pdf(p, secs, out / "附件3_申报书.pdf")
    files["附件3_申报书.pdf"] = "申报书"

    F = "附件2_申报表（电机系统节能中心）.xlsx"
    pub_sum = sum(bad_pub_reg.values())
    problems = [
        C.problem(f"{PKG}-01-declared_vs_evidence", "declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"],
                  [F, E(f1), E(f2)], "error",
                  f"申报表平台相关营业收入（及2023年平台营收）填报 5982.64 万元；U8部门利润表“主营业务收入”本年累计 {q_rev} 元（{TRUE_REV_2023:,.2f} 万元），"
                  f"财务部近三年收入统计表2023年合计亦为 {TRUE_REV_2023:,.2f} 万元"),
        C.problem(f"{PKG}-02-screenshot_vs_form", "screenshot_vs_form", ["工业APP数量（个）"], [E(f4), F], "warning",
                  "运维监控大屏截图“工业APP Apps 156 个”，申报表工业APP数量填报 186 个"),
        C.problem(f"{PKG}-03-breakdown_sum", "breakdown_sum", ["按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"],
                  [F], "error",
                  f"按省市区域统计公有云工业设备数量各项之和为 {pub_sum:,}，与公有云工业设备连接数量 {T['public']:,} 不一致（江苏少填300）"),
        C.problem(f"{PKG}-04-count_vs_list", "count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [F, E(f6)], "error",
                  "申报表专利数量填报 21 项，知识产权清单“授权专利（共18项）”仅列出 18 项"),
        C.problem(f"{PKG}-05-conditional", "conditional", ["平台建设方式"], [F], "error",
                  "平台建设方式勾选“合作共建”，但“合作企业名称（必填）”未填写"),
    ]
    S["平台建设方式"] = ("合作共建", "合作共建")
    return C.write_truth(
        root, PKG, p, S, files, facts, problems,
        ["naming:附件N_", "evidence_dir:证明材料", "form:xlsx+stamped_scan", "book:pdf", "summary:xlsx-vertical", "commitment:scan",
         "erp:u8-部门利润表(本期发生额/本年累计,元)", "finance:sheet-print(万元,3 years)", "device_list:grid-export(subtotals)",
         "dashboard:png(dark, bilingual)", "portal:browser-print", "awards:scan+list"],
        "序号2 电机系统节能中心 电机设备远程运维服务工业互联网平台（2023未参评）：U8部门利润表打印（本期=12月，本年累计=全年），"
        "财务部三年收入表打印，设备台账导出（总计下列公有云/私有云/日均在线），大屏截图，门户统计页打印。5个问题。",
        secrets=[p["demo_password"]])
