"""h9_31 — 序号31 光明乳业工业互联网平台 (2023参评 -). 6 problems."""
from __future__ import annotations

import copy
import random
from pathlib import Path

import common as C
import docs
import evid
from model import form_cells, split, synth
from p11 import award_scan, ip_list_pdf

PKG = "h9_31_guangming_problems"

P = dict(
    no=31, listed="光明乳业工业互联网平台", company="光明乳业股份有限公司", declared_name="光明乳业工业互联网平台", part2023=False,
    short="光明乳业工业互联网", nature="企业级（乳制品行业）工业互联网平台",
    contact=dict(name="蒋文韬", title="数字化中心平台架构部总监", mobile="13917402265", email="jiangwt@brightdairy.example.com",
                 review_addr="上海市闵行区吴中路578号光明乳业总部4楼会议室"),
    contact2=dict(name="孔令仪", title="数字化中心项目经理", mobile="13916625904", email="kongly@brightdairy.example.com"),
    url="https://iiot.brightdairy.example.com", demo_account="jingxinwei", demo_password="Bd#Iiot2024",
    build_period="2020.01-2023.12", build_text="2020年1月至2023年12月", build_amount=7860.00,
    rev={2020: 6284.10, 2021: 6980.52, 2022: 7612.04, 2023: 8426.37}, rd=1286.40, profit=1164.25, rd_intensity=0.05,
    build_mode="自建", op_mode="自运营", iaas="自建", deploy="边缘侧、私有云、公有云",
    team=(142, 86, 48, 104), registered=1126, served=864, paying=212, sme=598,
    dev=dict(total=1248, public=1248, daily=689,
             cat_w={"轻工设备": 52, "仪器仪表": 18, "动力设备": 14, "物流设备": 10, "农林机械": 6},
             region_w={"上海": 62, "江苏": 12, "黑龙江": 9, "湖北": 6, "天津": 5, "河北": 6},
             overseas={"新西兰New Zealand": 36}),
    protocols=58,
    app=dict(software=142, apps=118, native=74, mau=96, killer_dau=2130, killer_hits=18640, killer_income=12.40,
             pub_apps=64, pub_dau=41,
             cls_w={"质量管控": 26, "生产制造": 22, "仓储物流": 16, "供应链管理": 14, "节能减排": 8, "安全生产": 6, "运维服务": 8},
             ind_w={"食品": 84, "农业": 22, "轻工": 12}),
    store=dict(cloud=186.50, pub_cloud=72, cap=2400.00, data=1486.32, pub_data=412.80),
    model=dict(total=126, active=64, core_users=0, speed="秒级（单TB生产批次数据质量追溯分析约6秒）",
               cls_w={"数据算法模型": 30, "研发仿真模型": 10, "行业机理模型": 38, "业务流程模型": 22}),
    ms=(684, 402), devs=(1240, 386),
    served_ind_w={"食品": 52, "农业": 28, "轻工": 10, "服务业": 10},
    served_reg_w={"上海": 44, "江苏": 14, "浙江": 10, "黑龙江": 10, "湖北": 8, "天津": 7, "河北": 7},
    orders=(28460, 29310), trade_growth=12.40, subs=(2864, 1126, 864.30), dev_util=88.42, domestic=72.00,
    factories=["光明乳业华东中心工厂（闵行区）：生产执行与质量追溯", "光明乳业随意工厂（奉贤区）：能源管理与设备运维",
               "上海某乳品包装材料智能工厂（金山区）：供应商协同"],
    parks=4, solutions={"数字化管理": 4, "平台化设计": 1, "网络化协同": 5, "智能化制造": 5, "个性化定制": 1, "服务化延伸": 2},
    listed_vc=True, listed_text="是，光明乳业为上海证券交易所主板上市公司（股票代码600597）",
    cases_rates=dict(om=[12.30, 15.60, 13.80], energy=[7.40, 8.90, 6.85], safety=[15.20, 18.60, 16.90]),
    indices=["牧场奶牛健康指数", "生鲜乳质量指数", "冷链温控达标指数"],
    patents=[f"P{i}" for i in range(24)], copyrights=[f"C{i}" for i in range(31)],
    awards=[("2022年上海市智能工厂（光明乳业华东中心工厂）", "上海市经济和信息化委员会", "2022年11月"),
            ("2023年上海市工业互联网标杆平台", "上海市经济和信息化委员会", "2023年9月"),
            ("2023年度食品工业数字化转型典型案例", "中国食品工业协会", "2023年12月")],
    jobs=164, social=26.38, partners=6,
    open_data="以API接口和数据报告形式开放：开放API接口64个、生鲜乳质量数据集2个、供应商质量报告模板8类",
    form_date="2024年7月17日", commit_date="2024年7月17日",
    security=dict(docs=["《光明乳业信息安全管理总则》（GM-IT-ZD-001，2020年3月）", "《工业控制系统安全管理办法》（GM-IT-ZD-014，2021年8月）",
                        "《数据安全管理办法》（GM-IT-ZD-021，2022年10月）"],
                  third="是，每年一次第三方等保测评和工控安全评估", scan="是，每周一次漏洞扫描，每日病毒库更新"),
    ent=dict(uscc="91310000132212345X", founded="1996年10月", reg_addr="上海市闵行区吴中路578号", type="股份有限公司（上市）",
             capital="137,864.09万元人民币", business="乳制品研发、生产与销售，牧业养殖，冷链物流",
             legal="黄黎明", fax="021-5461 8800",
             holders=[("光明食品（集团）有限公司", "71,694.83", "52.00%"), ("其他流通股股东", "66,169.26", "48.00%")],
             fin=dict(assets="2,480,563.20", revenue="2,641,530.12", growth="-6.21", debt="58.06", profit="116,382.45",
                      tax="108,240.17")),
    patent_topics=["一种乳品生产线质量在线检测方法", "一种冷链温度智能监控装置", "一种奶牛健康监测项圈", "一种发酵乳工艺参数优化方法",
                   "一种灌装设备故障预警方法"],
    sw_names=["乳业MES系统", "质量追溯平台", "牧场管理系统", "冷链监控系统", "能源管理平台", "供应商协同门户"],
)
P["dom"] = dict(
    position="面向乳制品全产业链的企业级工业互联网平台，贯通牧场、工厂、冷链与市场。",
    policy="1.工业和信息化部《“十四五”智能制造发展规划》：食品行业智能制造方向；\n2.《上海市制造业数字化转型实施方案》：消费品行业数字化转型方向；\n3.乳制品行业：对质量安全与冷链时效要求高，全链条数字化追溯是行业趋势。",
    strategy="光明乳业“十四五”数字化转型战略规划", plan="光明乳业工业互联网平台建设规划（2021-2025）",
    other_res="平台汇聚牧场32个、合作奶源基地46家、冷链车辆1,860辆、包材供应商128家的数据资源，形成奶源-生产-冷链一体化资源池。",
    edge="在工厂与牧场部署边缘计算网关，支持数据采集、本地存储、协议转换与质量异常本地告警；边缘节点186个，最低响应时延20毫秒。私有化部署：工厂核心产线采用私有云部署，涉及设备512台/套。",
    collect="通过OPC UA、Modbus、S7等协议及接口对接MES、LIMS、WMS、TMS、SAP等系统，实现生产、质量、仓储、冷链数据采集。",
    compute="私有云服务器114台，公有云实例72台，支持弹性扩展。",
    algos="基础统计算法、聚类算法、分类算法（质量判定）、预测与估算算法（销量预测、保质期预测）、关联分析算法",
    langs="共4种：Java、Python、C#、JavaScript",
    framework="基于微服务与容器化架构构建，提供统一身份、设备接入、数据中台、规则引擎等公共服务组件。",
    tools="提供低代码开发平台、数据可视化工具、模型训练平台、API管理工具。",
    key_tech="质量追溯、冷链监控、牧场管理等核心系统自主研发，关键技术自主可控。",
    benefit="基于3个案例：平均提升生产效率14%，产品一次合格率提升至99.6%。",
    cost="基于3个案例：平均降低设备运维成本13.90%，平均降低能耗7.72%。",
    data_value="基于全产业链数据构建质量追溯模型与奶牛健康模型，沉淀乳品工艺知识，实现跨工厂复用。",
    supply="平台对接奶源基地、包材供应商与经销商，实现订单、质量与物流协同，供应商准时交付率提升至98.2%。",
    newtech="平台融合5G、AI视觉质检、数字孪生工厂与标识解析技术。",
    breakthrough="自研乳品质量全链条追溯技术，追溯时间由4小时缩短至2秒。",
    carbon="提供牧场与工厂碳排放监测与碳足迹核算服务，覆盖32个牧场。",
    idres="接入国家标识解析二级节点（食品行业），为产品赋码实现一物一码追溯。",
    standards="参与行业标准1项：《乳制品质量追溯体系规范》（参与）。",
    contribution="平台服务本市企业380家，支撑本市3家市级智能工厂建设，保障上海城市乳品供应。",
    open_mech="向供应链上下游开放质量、订单、物流数据接口，建立数据共享机制。",
    cross="与上海市工业互联网公共服务平台、食品安全追溯平台实现数据对接。",
    newmode="培育“随心订”鲜奶订阅与牧场直供新模式。",
)
P["book"] = dict(
    unit=["光明乳业股份有限公司是以乳制品研发、生产和销售为主业的上海证券交易所主板上市公司，拥有牧场、工厂与冷链物流体系。"],
    basic=["光明乳业工业互联网平台2020年1月启动建设，自建自运营，累计投入7,860.00万元，部署方式为边缘侧、私有云与公有云。"],
    arch=["平台采用边缘层、IaaS层、PaaS层、SaaS层架构，PaaS层微服务684个，SaaS层工业APP 118个。"],
    adv=["与同类食品行业平台相比，平台在全链条质量追溯方面处于国内领先水平。"],
    ops=["截至填表日，平台连接工业设备1,248台/套，注册企业用户1,126家，实际服务企业864家。",
         "平台已服务上海市级智能工厂5家，覆盖乳品生产、包材与冷链环节。"],
    innov="平台实现牧场到餐桌全链条数据贯通，核心系统自主可控。",
    effect=["平台帮助乳品企业解决质量追溯难、冷链断链等问题，3个案例平均降低运维成本13.90%。"],
    app_innov="平台将AI视觉质检与标识解析融合应用，形成鲜奶订阅新模式。",
    next=["下一步将推进平台向行业开放服务，扩大中小乳品企业与牧场接入规模。"],
    sec7=[],
)
P["cases"] = [
    dict(title="华东中心工厂质量追溯", ent="光明乳业华东中心工厂，上海市智能工厂。", platform="平台提供MES与质量追溯。", content="接入灌装线24条。",
         fig="质量追溯看板"),
    dict(title="牧场奶牛健康管理", ent="某合作牧场。", platform="平台提供奶牛健康监测。", content="监测奶牛8,600头。", fig="牧场大屏"),
    dict(title="冷链物流温控协同", ent="某冷链物流企业。", platform="平台提供冷链温控监测。", content="接入冷链车420辆。", fig="冷链监控"),
]
P["bench"] = dict(rd="某食品行业平台：研发投入约千万元量级", dev="某食品行业平台：约1,000台", app="某食品行业平台：约80个",
                  store="某食品行业平台：约1,500TB", model="某食品行业平台：约90个", ms="某食品行业平台：约500个", scale="某食品行业平台：约600家")

TRUE_PUBLIC = 736


def build(root: Path):
    p = P
    intro = ("光明乳业工业互联网平台是光明乳业股份有限公司围绕乳制品全产业链打造的企业级工业互联网平台，覆盖牧场养殖、奶源收购、乳品加工、"
             "包装灌装、仓储配送、冷链物流和终端销售等环节。平台以“牧场-工厂-冷链-市场”数据贯通为主线，建设了边缘接入层、数据中台、"
             "业务中台和应用层，主要功能包括牧场管理、生产执行、质量追溯、能源管理、设备运维、冷链温控、供应商协同和订单协同等。"
             "平台已形成乳品工艺机理模型库、质量追溯模型、奶牛健康模型、冷链温控模型等核心能力，并通过标识解析实现一物一码追溯。"
             "平台主要服务光明乳业各地工厂与牧场，以及上下游奶源基地、包材供应商、冷链物流企业和经销商，截至填表日实际服务企业864家，"
             "其中本市企业380家。平台通过开放API和供应商门户向产业链开放服务，带动上下游中小企业数字化转型，"
             "支撑光明乳业华东中心工厂等上海市级智能工厂建设，并在黑龙江、湖北、天津、河北及新西兰等地的工厂推广应用。"
             "平台累计接入工业设备1,248台/套，上架工业APP 118个，沉淀工业机理模型126个，并建立了覆盖数据、网络、应用和终端的安全管理体系，"
             "通过了第三方等级保护测评。下一步平台将进一步扩大对行业中小乳品企业和牧场的服务范围，打造乳制品行业具有示范作用的工业互联网平台。")
    assert len(intro) > 500, len(intro)
    p["intro"] = intro
    p["effect"] = "平台解决乳品全链条质量追溯难、冷链断链风险高、设备运维依赖人工等痛点，追溯时间由4小时缩短至2秒，带动新增就业164人。"
    actual = copy.deepcopy(p)
    actual["dev"]["public"] = TRUE_PUBLIC
    actual["model"]["core_users"] = 0
    synth(actual)
    S = synth(p)
    p["texts"] = C.base_texts(p, S)
    S["核心工业模型平均月调用用户数量（个）"] = ("", None)
    cells = form_cells(p, S)
    cells["核心工业模型平均月调用用户数量（个）"] = ""
    cells["平台国产化率（%）"] = "72.00（软件国产化率81%，硬件国产化率63%）"

    out = root / "packages" / PKG
    ev = out / "证明材料"
    files = {}
    docs.contact_docx(p, out / "附件1 联系人信息反馈表.docx")
    files["附件1 联系人信息反馈表.docx"] = "联系人表"
    p["proof"] = {"平台相关营业收入（万元）": "证明材料01", "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料02 第19页",
                  "公有云工业设备连接数量（台/套）": "证明材料02", "存储容量（TB）": "证明材料04"}
    docs.form_docx(p, S, cells, out / "附件2 申报表（光明乳业）.docx", "l3")
    files["附件2 申报表（光明乳业）.docx"] = "申报表"
    tmp = out / "_f.pdf"
    docs.form_pdf(p, S, cells, tmp)
    docs.scan_pdf(tmp, out / "附件2 申报表（盖章）.pdf", p["company"], 3101)
    files["附件2 申报表（盖章）.pdf"] = "申报表扫描件"
    docs.summary_xlsx(p, {k: v for k, (v, _) in S.items()}, out / "附件4 平台基本情况汇总表.xlsx", "vertical")
    files["附件4 平台基本情况汇总表.xlsx"] = "汇总表"
    docs.commitment_pdf_scan(p, out / "附件5 真实性承诺.pdf", 3105)
    files["附件5 真实性承诺.pdf"] = "承诺"
    E = lambda n: f"证明材料/{n}"  # noqa: E731
    facts = []

    # 01 finance statistics sheet printed (万元, company row on top)
    f1 = "01 平台经营数据统计表（财务部）.pdf"
    r = p["rev"]
    rows = [["公司营业总收入（合并口径）", "2,920,563.41", "2,821,548.77", "2,641,530.12"],
            ["其中：工业互联网平台相关营业收入", f"{r[2021]:,.2f}", f"{r[2022]:,.2f}", f"{r[2023]:,.2f}"],
            ["    数字化工厂服务（对集团内工厂）", "3,512.20", "3,806.41", "4,120.55"],
            ["    供应链协同服务（对供应商/经销商）", "2,318.64", "2,541.90", "2,904.18"],
            ["    冷链与质量追溯服务", f"{r[2021] - 3512.20 - 2318.64:,.2f}", f"{r[2022] - 3806.41 - 2541.90:,.2f}",
             f"{r[2023] - 4120.55 - 2904.18:,.2f}"],
            ["平台相关研发投入", "1,024.16", "1,138.72", f"{p['rd']:,.2f}"],
            ["平台利润总额", "802.37", "948.10", f"{p['profit']:,.2f}"]]
    evid.sheet_print(ev / f1, title="光明乳业工业互联网平台经营数据统计表（2021-2023年）", subtitle="单位：万元",
                     headers=["项目", "2021年", "2022年", "2023年"], rows=rows, widths=[3.2, 1.4, 1.4, 1.4],
                     sheet_name="平台经营数据", file_name="工业互联网平台经营数据_财务部_20240712.xlsx", bold_rows=(1,), orient="portrait",
                     aligns=["l", "r", "r", "r"],
                     notes=["说明：平台相关营业收入按平台服务合同及内部结算单据归集，公司营业总收入数据摘自年度审计报告。", "财务部  2024年7月12日"])
    files[E(f1)] = "evidence:audit_report"
    facts += [
        C.fact("平台相关营业收入（万元）", f"{r[2023]:,.2f}", "万元", r[2023], E(f1), 1, f"{r[2023]:,.2f}",
               "其中：工业互联网平台相关营业收入", "2023年"),
        C.fact("平台近三年经营指标情况", f"{r[2021]:,.2f}", "万元", r[2021], E(f1), 1, f"{r[2021]:,.2f}",
               "其中：工业互联网平台相关营业收入", "2021年", "2021年平台营收（万元）"),
        C.fact("平台近三年经营指标情况", f"{r[2022]:,.2f}", "万元", r[2022], E(f1), 1, f"{r[2022]:,.2f}",
               "其中：工业互联网平台相关营业收入", "2022年", "2022年平台营收（万元）"),
        C.fact("平台相关研发投入（万元）", f"{p['rd']:,.2f}", "万元", p["rd"], E(f1), 1, f"{p['rd']:,.2f}", "平台相关研发投入", "2023年"),
        C.fact("平台利润率（%）", f"{p['profit']:,.2f}", "万元", p["profit"], E(f1), 1, f"{p['profit']:,.2f}", "平台利润总额", "2023年",
               "平台利润总额（万元）"),
        C.fact("投资回报率（%）", f"{p['profit']:,.2f}", "万元", p["profit"], E(f1), 1, f"{p['profit']:,.2f}", "平台利润总额", "2023年",
               "平台年利润（万元）"),
    ]

    # 02 device list exported as CSV, printed as plain text, one line per device
    f2 = "02 IoT设备清单导出_20240708.pdf"
    rng = random.Random(312)
    dvc = C.device_cells(actual["_dev"])
    names = {"轻工设备": ["无菌灌装机", "均质机", "UHT杀菌机", "CIP清洗站", "贴标机", "装箱机"], "仪器仪表": ["在线乳成分分析仪", "流量计", "温度变送器"],
             "动力设备": ["空压机", "制冷压缩机", "循环水泵"], "物流设备": ["AGV", "堆垛机", "冷链车载终端"], "农林机械": ["挤奶机器人", "TMR饲喂车"]}
    sites = {"上海": ["华东中心工厂", "随意工厂", "金山牧场"], "江苏": ["南京工厂", "盐城牧场"], "黑龙江": ["哈尔滨工厂", "齐齐哈尔牧场"],
             "湖北": ["武汉工厂"], "天津": ["天津工厂"], "河北": ["唐山牧场"], "新西兰New Zealand": ["Synlait Dunsandel"]}
    lines = []
    k = 0
    for reg, cat, mode, n, _d in dvc:
        for _ in range(n):
            k += 1
            nm = rng.choice(names[cat])
            lines.append([f"GM-{k:05d}", nm, cat, reg, rng.choice(sites[reg]), mode,
                          f"202{rng.randint(0, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    rng.shuffle(lines)
    T = p["dev"]
    ovt = sum(T["overseas"].values())
    tail = ["", f"合计,{T['total']}", f"公有云,{TRUE_PUBLIC}", f"私有云,{T['total'] - TRUE_PUBLIC}", f"公有云日均在线,{T['daily']}",
            f"海外(新西兰New Zealand),{ovt}"]
    npg = evid.csv_print(ev / f2, ["设备编号", "设备名称", "设备类型", "所属区域", "所属工厂", "接入方式", "接入时间"], lines, tail,
                         style="text", file_label="GM-IIoT device_export_20240708.csv", exported="2024-07-08 18:20:55", font_size=7.5)
    files[E(f2)] = "evidence:device_list"
    pg = C.find_page(ev / f2, f"合计,{T['total']}", last=True)
    facts += [
        C.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(T["total"]), "台/套", T["total"], E(f2), pg, f"合计,{T['total']}", "合计"),
        C.fact("公有云工业设备连接数量（台/套）", str(TRUE_PUBLIC), "台/套", TRUE_PUBLIC, E(f2), pg, f"公有云,{TRUE_PUBLIC}", "公有云"),
        C.fact("公有云工业设备平均日运行数量（台/套）", str(T["daily"]), "台/套", T["daily"], E(f2), pg, f"公有云日均在线,{T['daily']}",
               "公有云日均在线"),
        C.fact("海外设备连接数量（台/套）", str(ovt), "台/套", ovt, E(f2),
               C.find_page(ev / f2, f"海外(新西兰New Zealand),{ovt}", last=True), f"海外(新西兰New Zealand),{ovt}", "海外"),
    ]

    # 03 MES cockpit screenshot
    f3 = "03 工业互联网平台驾驶舱截图.png"
    evid.dashboard_png(ev / f3, title="光明乳业 工业互联网平台驾驶舱 IIoT Cockpit", subtitle="iiot.brightdairy.example.com/cockpit",
                       tiles_=[("设备接入 Devices", f"{T['total']:,}", "台/套"), ("公有云接入 Public Cloud", f"{TRUE_PUBLIC}", "台/套"),
                               ("日均在线 Avg Online", f"{T['daily']}", "台"), ("工业APP Apps", f"{p['app']['apps']}", "个"),
                               ("机理模型 Models", f"{p['model']['total']}", "个"), ("微服务 Microservices", f"{p['ms'][0]}", "个"),
                               ("服务企业 Enterprises", f"{p['served']}", "家"), ("工业协议 Protocols", f"{p['protocols']}", "种")],
                       caption="Screenshot 2024-07-08 09:12 · 光明乳业数字化中心", theme="dark",
                       bars=("设备类型 Device Types", list(actual["_dev"]["cat"].items())))
    files[E(f3)] = "evidence:screenshot"
    facts += [
        C.fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{T['total']:,}", "台/套", T["total"], E(f3), 1, f"{T['total']:,}",
               "设备接入 Devices", image_only=True),
        C.fact("公有云工业设备连接数量（台/套）", str(TRUE_PUBLIC), "台/套", TRUE_PUBLIC, E(f3), 1, str(TRUE_PUBLIC),
               "公有云接入 Public Cloud", image_only=True),
        C.fact("公有云工业设备平均日运行数量（台/套）", str(T["daily"]), "台", T["daily"], E(f3), 1, str(T["daily"]),
               "日均在线 Avg Online", image_only=True),
        C.fact("工业APP数量（个）", str(p["app"]["apps"]), "个", p["app"]["apps"], E(f3), 1, str(p["app"]["apps"]), "工业APP Apps",
               image_only=True),
        C.fact("工业机理模型数量（个）", str(p["model"]["total"]), "个", p["model"]["total"], E(f3), 1, str(p["model"]["total"]),
               "机理模型 Models", image_only=True),
        C.fact("微服务数量（个）", str(p["ms"][0]), "个", p["ms"][0], E(f3), 1, str(p["ms"][0]), "微服务 Microservices", image_only=True),
        C.fact("实际服务企业数（个）", str(p["served"]), "家", p["served"], E(f3), 1, str(p["served"]), "服务企业 Enterprises",
               image_only=True),
    ]

    # 04 storage monitoring screenshot
    f4 = "04 数据中台存储监控截图.png"
    s = p["store"]
    evid.dashboard_png(ev / f4, title="数据中台 资源监控 Resource Monitor", subtitle="dataplatform.brightdairy.example.com/monitor/storage",
                       tiles_=[("存储总容量 Capacity", f"{s['cap']:,.0f}", "TB"), ("已用存储 Used", f"{s['data']:,.2f}", "TB"),
                               ("公有云存储 Public", f"{s['pub_data']:.2f}", "TB"), ("使用率 Usage", f"{s['data'] / s['cap'] * 100:.2f}", "%"),
                               ("云服务器 VMs", f"{s['cloud']:.2f}", "台(折算)"), ("公有云实例 Public VMs", f"{s['pub_cloud']}", "台")],
                       caption="Captured 2024-07-08 09:30  |  Prometheus + Grafana", theme="light", size=(1600, 640))
    files[E(f4)] = "evidence:screenshot"
    facts += [
        C.fact("存储容量（TB）", "2,400", "TB", 2400.0, E(f4), 1, "2,400", "存储总容量 Capacity", image_only=True),
        C.fact("存储工业数据量（TB）", f"{s['data']:,.2f}", "TB", s["data"], E(f4), 1, f"{s['data']:,.2f}", "已用存储 Used", image_only=True),
        C.fact("公有云数据总量（TB）", f"{s['pub_data']:.2f}", "TB", s["pub_data"], E(f4), 1, f"{s['pub_data']:.2f}", "公有云存储 Public",
               image_only=True),
        C.fact("平台实际用云量（台）", f"{s['cloud']:.2f}", "台", s["cloud"], E(f4), 1, f"{s['cloud']:.2f}", "云服务器 VMs", image_only=True),
        C.fact("平台公有云实际使用数量（台）", str(s["pub_cloud"]), "台", s["pub_cloud"], E(f4), 1, str(s["pub_cloud"]),
               "公有云实例 Public VMs", image_only=True),
    ]

    f5 = "05 知识产权清单.pdf"
    ip_list_pdf(ev / f5, p, "光明乳业知识产权管理平台")
    files[E(f5)] = "evidence:patent_list"
    facts += [
        C.fact("平台核心软硬件技术获得的专利数量（项）", "24", "项", 24, E(f5), 1, "授权专利（共24项）", "授权专利"),
        C.fact("平台核心软硬件技术获得的软著数量（个）", "31", "项", 31, E(f5), C.find_page(ev / f5, "软件著作权（共31项）"),
               "软件著作权（共31项）", "软件著作权"),
    ]
    f6 = "06 荣誉证书扫描件.pdf"
    award_scan(ev / f6, p, 3106)
    files[E(f6)] = "evidence:award_list"
    facts.append(C.fact("平台获得省部级及以上奖项/荣誉数量（个）", "3", "项", 3, E(f6), 1, "共3项", "荣誉清单", image_only=True))

    attach = [(E(f), pg_) for f, pg_ in ((f1, "第1页"), (f2, f"第1-{npg}页"), (f3, "第1页"), (f4, "第1页"), (f5, "第1-2页"), (f6, "第1-4页"))]
    secs = C.book_sections(p, S, attach, with_7=False)
    docs.book_docx(p, secs, out / "附件3 申报书（光明乳业）.docx")
    files["附件3 申报书（光明乳业）.docx"] = "申报书"

    F = "附件2 申报表（光明乳业）.docx"
    problems = [
        C.problem(f"{PKG}-01-identity", "identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], [F], "error",
                  "运维人数 86 + 运营人数 48 = 134，与平台团队总人数 142 不一致（填报指引：两者之和应与平台总人数相等）"),
        C.problem(f"{PKG}-02-declared_vs_evidence", "declared_vs_evidence", ["公有云工业设备连接数量（台/套）"], [F, E(f2), E(f3)], "error",
                  f"申报表公有云工业设备连接数量填报 1248（与设备总数相同，其按二级分类/区域的公有云分布也照抄总数分布），"
                  f"IoT设备清单导出件小计“公有云,{TRUE_PUBLIC}”、“私有云,{T['total'] - TRUE_PUBLIC}”，驾驶舱截图公有云接入亦为 {TRUE_PUBLIC}"),
        C.problem(f"{PKG}-03-formula", "formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], [F],
                  "error", f"平台相关研发投入强度填报 0.05（疑按公司营业总收入计算），按填报指引公式 {p['rd']:.2f} ÷ {r[2023]:.2f} × 100% 应为 "
                  f"{p['rd'] / r[2023] * 100:.2f}"),
        C.problem(f"{PKG}-04-char_limit", "char_limit", ["平台基本情况介绍"], [F], "warning",
                  f"申报表“平台基本情况介绍”共 {len(intro)} 字，超过“500字以内”的要求"),
        C.problem(f"{PKG}-05-blank", "blank", ["核心工业模型平均月调用用户数量（个）"], [F], "error",
                  "指标明细表“核心工业模型平均月调用用户数量（个）”平台实际情况未填写（汇总表同样空白）"),
        C.problem(f"{PKG}-06-narrative_vs_form", "narrative_vs_form", ["平台是否服务上海智能工厂，数量"], ["附件3 申报书（光明乳业）.docx", F],
                  "warning", "申报书称“平台已服务上海市级智能工厂5家”，申报表填报“是，3家”"),
    ]
    return C.write_truth(
        root, PKG, p, S, files, facts, problems,
        ["naming:附件N-space", "evidence_dir:证明材料", "columns:l3+content+actual+proof", "summary:xlsx-vertical", "commitment:scan",
         "stamped_scan", "finance:sheet-print(万元, company row above platform rows)", "device_list:csv-text-print(one line per device, 19 pages)",
         "dashboard:png(dark)", "storage:png(light)", "listed_company"],
        "序号31 光明乳业工业互联网平台（2023未参评）：财务部经营数据表打印（公司合并营收行在平台行之上），IoT设备清单CSV纯文本打印"
        "（每台设备一行，末页合计与公有云/私有云/日均在线小计），驾驶舱与存储监控截图。6个问题。",
        secrets=[p["demo_password"]])
