"""h9_20 — 序号20 河姆渡电商工业互联网平台 (2023参评=是). 6 problems."""
from __future__ import annotations

import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

import common as C
import docs
import evid
import kit
from model import fmt_bd, form_cells, split, synth
from p11 import ip_list_pdf, marketplace_rows

PKG = "h9_20_hemudu_problems"

P = dict(
    no=20, listed="河姆渡电商工业互联网平台", company="上海河姆渡实业发展有限公司", declared_name="河姆渡电商工业互联网平台",
    part2023=True, short="河姆渡电商工业互联网", nature="电商型（产业链协同）工业互联网平台",
    contact=dict(name="郑海燕", title="平台中心总监", mobile="13918840217", email="zhenghy@hemudu.example.com",
                 review_addr="上海市松江区九亭镇涞寅路1888号C座8楼会议中心"),
    contact2=dict(name="徐立成", title="总经办主任", mobile="13901653389", email="xulc@hemudu.example.com"),
    url="https://www.hemudu-b2b.example.com", demo_account="pingshen01", demo_password="Hmd_2024@eval",
    build_period="2017.05-2023.12", build_text="2017年5月至2023年12月", build_amount=6200.00,
    rev={2020: 6120.50, 2021: 6982.34, 2022: 7645.18, 2023: 8763.27}, rd=986.40, profit=1052.80,
    growth_override={2023: 18.62},
    build_mode="自建", op_mode="自运营", iaas="租用", iaas_vendor="腾讯云计算（北京）有限责任公司", deploy="公有云",
    team=(152, 64, 88, 73), registered=12480, served=3846, paying=1236, sme=3210,
    dev=dict(total=4620, public=4620, daily=2986,
             cat_w={"轻工设备": 58, "物流设备": 22, "仪器仪表": 12, "电工、电子设备": 8},
             region_w={"上海": 26, "浙江": 32, "江苏": 22, "福建": 10, "广东": 10}, overseas={}),
    protocols=42,
    app=dict(software=96, apps=84, native=61, mau=68, killer_dau=3860, killer_hits=41250, killer_income=46.80,
             pub_apps=84, pub_dau=52,
             cls_w={"供应链管理": 30, "运营管理": 24, "仓储物流": 18, "质量管控": 12, "生产制造": 10, "研发设计": 6},
             ind_w={"纺织": 46, "轻工": 30, "家电": 12, "食品": 12}),
    store=dict(cloud=64.00, pub_cloud=64, cap=480.00, data=312.60, pub_data=312.60),
    model=dict(total=72, active=38, core_users=1864, speed="毫秒级（订单匹配与价格指数查询平均响应120毫秒/TB索引）",
               cls_w={"数据算法模型": 40, "研发仿真模型": 6, "行业机理模型": 14, "业务流程模型": 40}),
    ms=(512, 304), devs=(2460, 2980),
    served_ind_w={"纺织": 40, "轻工": 30, "家电": 8, "食品": 8, "服务业": 14},
    served_reg_w={"上海": 30, "浙江": 28, "江苏": 20, "福建": 8, "广东": 8, "安徽": 6},
    orders=(186420, 193580), trade_growth=21.36, subs=(12860, 3964, 2846.20), dev_util=64.63, domestic=76.00,
    factories=["上海某服饰智能工厂（松江区）：面辅料供应链协同与订单排产"],
    parks=12, solutions={"数字化管理": 3, "平台化设计": 2, "网络化协同": 6, "智能化制造": 1, "个性化定制": 5, "服务化延伸": 2},
    listed_vc=False,
    cases_rates=dict(om=[9.60, 12.40, 10.85], energy=[5.20, 6.90, 4.75], safety=[8.40, 11.30, 9.95]),
    indices=["河姆渡面料价格指数", "纱线景气指数", "服装订单指数", "长三角轻纺产能指数", "辅料交付准时率指数", "跨境电商出货指数"],
    patents=[f"P{i}" for i in range(9)], copyrights=[f"C{i}" for i in range(37)],
    awards=[("2022年上海市工业互联网平台和专业服务商推荐目录（平台类）", "上海市经济和信息化委员会", "2022年8月"),
            ("2023年工业互联网平台创新领航应用案例", "工业和信息化部", "2023年12月")],
    jobs=520, social=18.72, partners=11,
    open_data="以API接口和行业数据报告形式开放：开放API接口98个、面料价格数据集4个、行业景气报告月报1份",
    form_date="2024年7月19日", commit_date="2024年7月19日",
    security=dict(docs=["《河姆渡平台信息安全管理制度》（HMD-AQ-001，2019年5月）", "《个人信息与交易数据保护办法》（HMD-AQ-006，2021年11月）"],
                  third="是，每年一次第三方等保三级测评，每半年一次渗透测试", scan="是，每周自动漏洞扫描"),
    ent=dict(uscc="91310117MA1J3C5R2H", founded="2006年3月", reg_addr="上海市松江区九亭镇涞寅路1888号", type="有限责任公司",
             capital="12,000万元人民币", business="纺织服装及轻工产品B2B电子商务、供应链管理服务、工业互联网平台运营",
             legal="王志明", fax="021-5763 0921",
             holders=[("王志明", "7,200.00", "60.00%"), ("上海河姆渡投资有限公司", "4,800.00", "40.00%")],
             fin=dict(assets="96,420.55", revenue="46,382.10", growth="11.26", debt="58.44", profit="3,286.47", tax="2,104.36")),
    patent_topics=["一种面料供需智能匹配方法", "一种基于标识解析的服装溯源方法", "一种电商订单智能拆分方法", "一种仓储拣货路径优化方法"],
    sw_names=["电商交易平台", "供应链协同系统", "订单排产SaaS", "面料价格指数系统", "仓储WMS云", "数据大屏系统"],
)
P["dom"] = dict(
    position="面向纺织服装及轻工产业链的电商型工业互联网平台，实现供需撮合、交易与供应链协同。",
    policy="1.工业和信息化部《“十四五”电子商务发展规划》相关方向：产业电商与供应链数字化；\n2.《上海市制造业数字化转型实施方案》：产业链协同平台方向；\n3.纺织服装行业：小单快反成为趋势，产业链在线协同需求旺盛。",
    strategy="河姆渡集团2021-2025年发展战略", plan="河姆渡电商工业互联网平台三年行动计划（2023-2025）",
    other_res="平台汇聚面辅料SKU 86万个、加工厂产能资源2,300余家、物流服务商64家，形成产业链供需资源池。",
    edge="在合作加工厂部署边缘采集盒，支持缝制、印染设备数据采集与本地存储、断网续传；边缘计算应用节点312个，最低响应时延50毫秒。",
    collect="通过API对接用户ERP、WMS、电商店铺系统，采集订单、库存、物流轨迹数据，日均采集订单数据约60万条。",
    compute="腾讯云计算实例64台（共1,024核vCPU），支持大促期间弹性扩容至200台。",
    algos="基础统计算法、聚类算法（客户分群）、分类算法、预测与估算算法（销量预测、价格指数）、推荐算法（面料推荐）、关联分析算法",
    langs="共4种：Java、Go、Python、JavaScript",
    framework="基于Spring Cloud Alibaba与Kubernetes的微服务框架，提供商品、订单、支付、结算、物流等公共中心能力。",
    tools="提供开放平台SDK、API网关、低代码页面搭建工具、数据报表工具和沙箱测试环境。",
    key_tech="交易中台、供应链协同引擎、推荐算法均为自主研发，关键技术自主可控。",
    benefit="基于3个案例：平均带动用户订单增长23%，交付周期缩短28%。",
    cost="基于3个案例：平均降低采购成本8.6%，平均降低库存资金占用17%。",
    data_value="基于平台交易大数据，形成面料价格指数、纱线景气指数等特色指数，为企业采购和排产决策提供支撑。",
    supply="平台连接上游纱线面料企业、中游加工厂与下游品牌商，实现订单、库存、产能在线协同，平均交付周期由21天缩短至15天。",
    newtech="平台融合AI推荐、标识解析和区块链存证技术，实现面料溯源与合同存证。",
    breakthrough="自研面料供需智能匹配技术，匹配准确率达到89%，较传统人工撮合效率提升5倍。",
    carbon="提供服装产品碳足迹核算服务，已服务36家品牌企业。",
    idres="接入国家标识解析二级节点（纺织服装行业），为210万件服装赋码。",
    standards="参与行业标准1项：《纺织服装产业互联网平台服务规范》（参与）。",
    contribution="平台服务本市企业1,154家，带动长三角纺织服装产业链数字化协同，助力本市时尚消费品产业发展。",
    open_mech="平台向产业链开放商品、价格、产能等数据接口，建立数据共享授权机制。",
    cross="与上海工业互联网公共服务平台、物流平台、跨境电商平台实现订单与物流数据对接。",
    newmode="培育“小单快反”柔性供应链服务和面料集采新模式。",
)
P["book"] = dict(
    unit=["上海河姆渡实业发展有限公司成立于2006年，是以纺织服装及轻工产品B2B电商和供应链服务为主业的民营企业。"],
    basic=["平台2017年5月启动建设，自建自运营，累计投入6,200.00万元，部署于腾讯云公有云。"],
    arch=["平台采用IaaS、PaaS、SaaS三层架构，PaaS层微服务512个，SaaS层工业APP 84个。"],
    adv=["与同类产业电商平台相比，平台在面料供需匹配和供应链协同方面具有优势。"],
    ops=["截至填表日，平台注册企业用户12,480家，实际服务企业3,846家，2023年订单186,420个。"],
    innov="平台以交易中台和供应链协同引擎为核心，技术自主可控，形成面料价格指数等特色数据产品。",
    effect=["平台帮助中小纺织服装企业解决采购分散、交付周期长等痛点，3个案例平均降低运维成本10.95%。"],
    app_innov="平台将AI推荐与标识解析融合应用，形成“交易+供应链服务”的可持续商业模式。",
    next=["下一步将拓展跨境电商业务，深化AI大模型在选品与设计中的应用。"],
    sec7=["（对比情况）"],
)
P["cases"] = [
    dict(title="服饰品牌小单快反供应链", ent="某服饰品牌企业。", platform="平台提供订单协同与产能匹配。", content="接入加工厂46家。", fig="订单协同看板"),
    dict(title="面料企业在线集采", ent="某面料生产企业。", platform="平台提供集采与价格指数服务。", content="年集采额1.2亿元。", fig="集采页面"),
    dict(title="家纺企业仓储物流协同", ent="某家纺企业。", platform="平台提供云仓与物流协同。", content="接入仓库8个。", fig="云仓大屏"),
]
P["bench"] = dict(rd="某产业电商平台：研发投入约千万元量级，强度约10%", dev="某产业电商平台：接入设备约3,000台", app="某产业电商平台：约60个",
                  store="某产业电商平台：约300TB", model="某产业电商平台：约50个", ms="某产业电商平台：约400个", scale="某产业电商平台：服务约3,000家")

MARKET_TOTAL = 10286


def build(root: Path):
    p = P
    p["intro"] = ("河姆渡电商工业互联网平台是面向纺织服装及轻工产业链的电商型工业互联网平台，提供面辅料交易、订单协同、产能匹配、云仓物流、"
                  "供应链金融对接等服务，形成交易中台、供应链协同引擎和面料价格指数等能力。主要客户为长三角地区纺织服装品牌商、面料企业及加工厂。")
    p["effect"] = ("平台解决了纺织服装产业链信息不对称、采购分散、交付周期长等痛点，2023年平台订单186,420个，带动新增就业520人，"
                   "推动产业链上下游在线协同。")
    S = synth(p)
    p["texts"] = C.base_texts(p, S)
    sind = dict(p["_served"]["ind"])
    bad_ind = {("服装" if k == "纺织" else k): v for k, v in sind.items()}
    S["按行业统计服务企业数（个）"] = (fmt_bd(bad_ind), bad_ind)
    cells = form_cells(p, S)
    out = root / "packages" / PKG
    ev = out / "证明材料"
    files = {}
    docs.contact_docx(p, out / "1.联系人信息反馈表.docx")
    files["1.联系人信息反馈表.docx"] = "联系人表"
    p["proof"] = {"平台相关营业收入（万元）": "3-1 科目余额表", "平台订单数量(近一年总量)（个）": "3-2", "实际服务企业数（个）": "3-3",
                  "工业APP订阅总数量（个）": "3-4", "注册企业用户数（个）": "3-5"}
    docs.form_docx(p, S, cells, out / "2.申报表（河姆渡）.docx", "seq")
    files["2.申报表（河姆渡）.docx"] = "申报表"
    summ = {k: v for k, (v, _) in S.items()}
    summ["注册企业用户数（个）"] = "12840"
    docs.summary_xlsx(p, summ, out / "4.平台基本情况汇总表.xlsx", "horizontal")
    files["4.平台基本情况汇总表.xlsx"] = "汇总表"
    docs.commitment_docx(p, out / "5.真实性承诺.docx")
    files["5.真实性承诺.docx"] = "承诺"
    E = lambda n: f"证明材料/{n}"  # noqa: E731
    facts = []

    # 3-1 Kingdee K3 科目余额表
    f1 = "3-1 科目余额表（金蝶K3打印）.pdf"
    rng = random.Random(20)
    rev_c = round(p["rev"][2023] * 1e6)
    parts = split(rev_c, {"技术服务费": 0.31, "交易佣金": 0.47, "SaaS订阅": 0.22})
    goods = 374186452.33
    rd_c = round(p["rd"] * 1e6)

    def m(x):
        return f"{x:,.2f}"

    platform = rev_c / 100
    rows_ = [("1001", "库存现金", 48213.50, 12000.00, None), ("1002", "银行存款", 61843205.17, 40218863.20, None),
             ("1122", "应收账款", 52318420.66, 9821540.12, None), ("2202", "应付账款", 41265388.20, 8126455.71, None),
             ("5301", "研发支出", 0.00, None, rd_c / 100 + 1862410.28), ("5301.01", "  研发支出-平台研发项目", 0.00, None, rd_c / 100),
             ("5301.02", "  研发支出-其他项目", 0.00, None, 1862410.28),
             ("6001", "主营业务收入", 0.00, None, goods + platform), ("6001.01", "  商品销售收入", 0.00, None, goods),
             ("6001.02", "  平台服务收入", 0.00, None, platform),
             ("6001.02.01", "    平台技术服务费", 0.00, None, parts["技术服务费"] / 100),
             ("6001.02.02", "    平台交易佣金", 0.00, None, parts["交易佣金"] / 100),
             ("6001.02.03", "    SaaS订阅收入", 0.00, None, parts["SaaS订阅"] / 100),
             ("6051", "其他业务收入", 0.00, None, 1426805.40), ("6401", "主营业务成本", 0.00, None, 352864219.08),
             ("6601", "销售费用", 0.00, None, 38126540.77), ("6602", "管理费用", 0.00, None, 21546803.12)]
    rows = []
    for code, name, opening, period, ytd in rows_:
        if ytd is None:
            rows.append([code, name, m(opening), m(period), m(period * (8 + 4 * rng.random())), m(opening + period * 0.3)])
        else:
            per = ytd * (0.07 + 0.05 * rng.random())
            rows.append([code, name, m(opening), m(per), m(ytd), m(0.0)])
    evid.erp_print(ev / f1, system="金蝶K/3 WISE 总账系统", title="科 目 余 额 表", company=p["company"], period="2023年第12期",
                   headers=["科目编码", "科目名称", "期初余额", "本期发生额", "本年累计", "期末余额"], rows=rows,
                   widths=[1.3, 2.8, 1.7, 1.7, 1.8, 1.7], printed_by="会计 张敏", printed_at="2024-07-08 09:47",
                   extra_lines=["注：损益类科目期末已结转，期末余额为0；平台相关营业收入取“6001.02 平台服务收入”本年累计，不含商品销售收入。"])
    files[E(f1)] = "evidence:audit_report"
    facts += [
        C.fact("平台相关营业收入（万元）", m(platform), "元", p["rev"][2023], E(f1), 1, m(platform), "6001.02 平台服务收入", "本年累计"),
        C.fact("平台相关研发投入（万元）", m(rd_c / 100), "元", p["rd"], E(f1), 1, m(rd_c / 100), "5301.01 研发支出-平台研发项目",
               "本年累计"),
    ]

    # 3-2 order statistics exported as CSV, printed as plain text
    f2 = "3-2 平台订单统计（后台导出）.pdf"
    o23, o12 = p["orders"]
    mo23 = split(o23, {mth: 1 + 0.4 * rng.random() + (0.5 if mth == 11 else 0) for mth in range(1, 13)})
    h1 = sum(v for k, v in mo23.items() if k >= 7)
    mo24 = split(o12 - h1, {mth: 1 + 0.4 * rng.random() for mth in range(1, 7)})
    lines = []
    gmv = 0
    for mth, v in mo23.items():
        amt = v * (1380 + 300 * rng.random())
        gmv += amt
        lines.append([f"2023-{mth:02d}", v, f"{amt:.2f}", f"{v * (0.82 + 0.05 * rng.random()):.0f}"])
    for mth, v in mo24.items():
        lines.append([f"2024-{mth:02d}", v, f"{v * (1450 + 300 * rng.random()):.2f}", f"{v * 0.84:.0f}"])
    tail = [f"2023年合计,{o23},,", f"近12个月合计(2023-07~2024-06),{o12},,", "# 口径：仅统计平台直接订阅/下单产生费用的订单，不含撮合询价"]
    evid.csv_print(ev / f2, ["统计月份", "订单数", "交易额(元)", "已完成订单"], lines, tail, style="text",
                   file_label="hmd-admin > 报表中心 > order_stat_monthly.csv", exported="2024-07-08 11:03:45", font_size=9)
    files[E(f2)] = "evidence:other"
    pg2 = C.find_page(ev / f2, "2023年合计", last=True)
    facts += [
        C.fact("平台订单数量(近一年总量)（个）", str(o23), "个", o23, E(f2), pg2, f"2023年合计,{o23}", "2023年合计", "订单数", "2023年自然年"),
        C.fact("平台订单数量(近一年总量)（个）", str(o12), "个", o12, E(f2), pg2, f"近12个月合计(2023-07~2024-06),{o12}",
               "近12个月合计", "订单数", "截至填表日前一年"),
    ]

    # 3-3 served enterprise list (XLSX)
    f3 = "3-3 平台服务企业名单.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "服务企业名单"
    ws.append(["序号", "企业名称", "所属行业", "所在地区", "是否付费", "企业规模", "首次服务时间"])
    for c in ws[1]:
        c.font = Font(bold=True)
    inds = [k for k, v in sind.items() for _ in range(v)]
    regs = [k for k, v in p["_served"]["reg"].items() for _ in range(v)]
    rng.shuffle(regs)
    pay = set(rng.sample(range(p["served"]), p["paying"]))
    sme = set(rng.sample(range(p["served"]), p["sme"]))
    sfx = ["纺织品有限公司", "服饰有限公司", "针织有限公司", "家纺有限公司", "实业有限公司", "贸易有限公司", "日用品有限公司", "食品有限公司"]
    pre = ["锦", "华", "衣", "润", "恒", "美", "新", "雅", "盛", "宏", "丰", "嘉", "诚", "源", "瑞", "晟"]
    for i in range(p["served"]):
        nm = regs[i][:2] + pre[i % 16] + pre[(i * 7) % 16] + sfx[(i * 3) % len(sfx)]
        ws.append([i + 1, f"{nm}（{i + 1:04d}）", inds[i], regs[i], "是" if i in pay else "否", "中小企业" if i in sme else "大型企业",
                   f"20{18 + i % 6}-{1 + i % 12:02d}"])
    ws.append([])
    ws.append(["", f"合计：{p['served']}家"])
    ws.append(["", f"其中付费企业：{p['paying']}家；中小企业：{p['sme']}家"])
    for col, w in zip("ABCDEFG", (7, 34, 10, 10, 9, 10, 12)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("按行业汇总")
    ws2.append(["所属行业", "企业数"])
    for k, v in sind.items():
        ws2.append([k, v])
    ws2.append(["合计", p["served"]])
    kit.save_xlsx(wb, ev / f3, "运营部")
    files[E(f3)] = "evidence:other"
    facts += [
        C.fact("实际服务企业数（个）", str(p["served"]), "家", p["served"], E(f3), 1, f"合计：{p['served']}家", "合计"),
        C.fact("付费企业数（个）", str(p["paying"]), "家", p["paying"], E(f3), 1, f"其中付费企业：{p['paying']}家", "其中付费企业"),
        C.fact("服务中小企业数量（个）", str(p["sme"]), "家", p["sme"], E(f3), 1, f"中小企业：{p['sme']}家", "中小企业"),
    ]

    # 3-4 application centre printed from the browser (合计 10,286 ≠ declared 12,860)
    f4 = "3-4 应用中心页面打印.pdf"
    stems = {"供应链管理": ["面料集采", "供应商协同", "询报价", "采购订单", "对账结算"], "运营管理": ["店铺运营", "经营看板", "客户管理", "合同管理"],
             "仓储物流": ["云仓WMS", "物流轨迹", "拣货优化"], "质量管控": ["验货管理", "面料检测"], "生产制造": ["订单排产", "工序报工"],
             "研发设计": ["款式设计库"]}
    app_rows = marketplace_rows(p, 2004, stems=stems, total=MARKET_TOTAL, top=p["subs"][1])
    tot = sum(r[4] for r in app_rows)

    def body(pg_):
        pg_.text("河姆渡产业云 · 应用中心", "WQY", 13, color=(0.75, 0.25, 0.1), lead=1.7)
        pg_.text(f"全部应用 {len(app_rows)}    已订阅企业可在“我的应用”中查看", "WQY", 9, lead=1.7)
        rows__ = [[r[0], r[1], f"{r[4]:,}", r[3]] for r in app_rows] + [["合计", "", f"{tot:,}", ""]]
        pg_.table(["应用", "类别", "订阅数", "上线时间"], rows__, [3.5, 1.4, 1, 1.2], "WQY", 7.5, grid=False,
                  head_fill=(0.98, 0.93, 0.9), bold_rows=(len(rows__) - 1,), aligns=["l", "l", "r", "l"])

    evid.browser_print(ev / f4, "应用中心 - 河姆渡产业云", "https://www.hemudu-b2b.example.com/appcenter/list?all=1", "2024/7/8 13:40",
                       body)
    files[E(f4)] = "evidence:screenshot"
    facts += [
        C.fact("工业APP订阅总数量（个）", f"{tot:,}", "个", tot, E(f4), C.find_page(ev / f4, "合计", last=True), f"合计 {tot:,}", "合计",
               "订阅数"),
        C.fact("工业APP数量（个）", str(len(app_rows)), "个", len(app_rows), E(f4), 1, f"全部应用 {len(app_rows)}", "全部应用"),
    ]

    # 3-5 data wall screenshot
    f5 = "3-5 数据大屏截图.png"
    evid.dashboard_png(ev / f5, title="河姆渡产业互联网 数据大屏", subtitle="bigdata.hemudu-b2b.example.com",
                       tiles_=[("注册企业 Registered", "1.2万", "家"), ("服务企业 Served", f"{p['served']:,}", "家"),
                               ("2023订单 Orders", f"{o23:,}", "单"), ("接入设备 IoT", f"{p['dev']['total']:,}", "台"),
                               ("工业APP", f"{p['app']['apps']}", "个"), ("特色指数 Index", f"{len(p['indices'])}", "个"),
                               ("合作平台 Partners", f"{p['partners']}", "个"), ("服务园区 Parks", f"{p['parks']}", "个")],
                       caption="截图于 2024-07-08 14:26 ｜ 数据口径：截至前一日", theme="light",
                       bars=("服务企业区域分布", list(p["_served"]["reg"].items())))
    files[E(f5)] = "evidence:screenshot"
    facts += [
        C.fact("注册企业用户数（个）", "1.2万", "家", 12000, E(f5), 1, "1.2万", "注册企业 Registered", image_only=True),
        C.fact("实际服务企业数（个）", f"{p['served']:,}", "家", p["served"], E(f5), 1, f"{p['served']:,}", "服务企业 Served",
               image_only=True),
        C.fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{p['dev']['total']:,}", "台", p["dev"]["total"], E(f5), 1,
               f"{p['dev']['total']:,}", "接入设备 IoT", image_only=True),
        C.fact("工业APP数量（个）", str(p["app"]["apps"]), "个", p["app"]["apps"], E(f5), 1, str(p["app"]["apps"]), "工业APP",
               image_only=True),
        C.fact("平台现有特色指数（个）", str(len(p["indices"])), "个", len(p["indices"]), E(f5), 1, str(len(p["indices"])),
               "特色指数 Index", image_only=True),
        C.fact("合作平台数量（个）", str(p["partners"]), "个", p["partners"], E(f5), 1, str(p["partners"]), "合作平台 Partners",
               image_only=True),
    ]

    f6 = "3-6 知识产权清单.pdf"
    ip_list_pdf(ev / f6, p, "知识产权台账")
    files[E(f6)] = "evidence:patent_list"
    facts += [
        C.fact("平台核心软硬件技术获得的专利数量（项）", "9", "项", 9, E(f6), 1, "授权专利（共9项）", "授权专利"),
        C.fact("平台核心软硬件技术获得的软著数量（个）", "37", "项", 37, E(f6), C.find_page(ev / f6, "软件著作权（共37项）"),
               "软件著作权（共37项）", "软件著作权"),
    ]

    attach = [(E(f), "见附件") for f in (f1, f2, f3, f4, f5, f6)]
    secs = C.book_sections(p, S, attach, with_7=False)
    docs.book_docx(p, secs, out / "3.申报书（河姆渡）.docx")
    files["3.申报书（河姆渡）.docx"] = "申报书"

    F = "2.申报表（河姆渡）.docx"
    r = p["rev"]
    problems = [
        C.problem(f"{PKG}-01-section7", "section7", ["七、平台相较上年度对比情况"], ["3.申报书（河姆渡）.docx"], "error",
                  "申报书缺少“七、平台相较上年度对比情况”：该平台在附件6（序号20）中2023年度参评为“是”，第七章为必填章节"),
        C.problem(f"{PKG}-02-subset", "subset", ["活跃开发者数（个）", "开发者注册总数（个）"], [F], "error",
                  "活跃开发者数 2980 个大于开发者注册总数 2460 个（前者是后者的“其中”项）"),
        C.problem(f"{PKG}-03-declared_vs_evidence", "declared_vs_evidence", ["工业APP订阅总数量（个）"], [F, E(f4)], "warning",
                  f"申报表工业APP订阅总数量填报 12860 个，应用中心页面打印件订阅数合计为 {tot:,}"),
        C.problem(f"{PKG}-04-growth_rate", "growth_rate", ["平台近三年经营指标情况"], [F], "error",
                  f"2023年增长率填报 18.62%，由2022年营收 {r[2022]:.2f} 万元与2023年营收 {r[2023]:.2f} 万元计算应为 "
                  f"{(r[2023] - r[2022]) / r[2022] * 100:.2f}%"),
        C.problem(f"{PKG}-05-summary_vs_form", "summary_vs_form", ["注册企业用户数（个）"], ["4.平台基本情况汇总表.xlsx", F], "error",
                  "附件4汇总表（横向）“注册企业用户数（个）”填写 12840，申报表填报 12480"),
        C.problem(f"{PKG}-06-invalid_category", "invalid_category", ["按行业统计服务企业数（个）"], [F], "error",
                  "按行业统计服务企业数中的“服装”不是附录C的行业分类（应归入“纺织”，服务企业名单中亦为“纺织”）"),
    ]
    return C.write_truth(
        root, PKG, p, S, files, facts, problems,
        ["naming:numbered-dot", "evidence_dir:证明材料", "columns:seq-grouped+content+actual+proof", "summary:xlsx-horizontal",
         "commitment:docx", "no_stamped_scan", "erp:kingdee-科目余额表(元, parent/child accounts)", "orders:csv-text-print",
         "enterprise_list:xlsx", "market:browser-print(合计)", "dashboard:png(light, 1.2万)", "no_overseas"],
        "序号20 河姆渡电商工业互联网平台（2023参评）：金蝶科目余额表打印（主营业务收入含商品销售，平台收入取6001.02子科目），"
        "订单统计CSV纯文本打印（2023年合计/近12个月合计），服务企业名单XLSX，应用中心浏览器打印，数据大屏截图。6个问题。",
        secrets=[p["demo_password"]])
