"""h9_11 — 序号11 西派埃 数字化环境装备服务工业互联网平台 (2023参评=是). CLEAN package."""
from __future__ import annotations

import random
from pathlib import Path

from docx.shared import Pt
from openpyxl import Workbook

import common as C
import docs
import evid
import kit
from model import form_cells, split, synth

PKG = "h9_11_xipaiai_clean"

P = dict(
    no=11, listed="数字化环境装备服务工业互联网平台", company="上海西派埃智能化系统有限公司",
    declared_name="数字化环境装备服务工业互联网平台", part2023=True, short="数字化环境装备服务工业互联网",
    nature="行业型（环境装备领域）工业互联网平台",
    contact=dict(name="顾晓峰", title="数字化事业部副总经理", mobile="13917265348", email="guxf@scip-env.example.com",
                 review_addr="上海市闵行区紫星路588号2幢3楼多功能厅"),
    contact2=dict(name="沈佳怡", title="项目申报专员", mobile="13901827764", email="shenjy@scip-env.example.com"),
    url="https://iep.scip-env.example.com", demo_account="sheitc_review", demo_password="Xpa#2024rv",
    build_period="2019.03-2023.12", build_text="2019年3月至2023年12月", build_amount=3680.00,
    rev={2020: 3520.40, 2021: 3862.15, 2022: 4015.72, 2023: 4318.56}, rd=812.30, profit=546.12,
    build_mode="自建", op_mode="自运营", iaas="租用", iaas_vendor="阿里云计算有限公司", deploy="边缘侧、私有云、公有云",
    team=(126, 74, 52, 88), registered=1642, served=1208, paying=486, sme=956,
    dev=dict(total=8642, public=4386, daily=3517, private=3120,
             cat_w={"动力设备": 42, "仪器仪表": 28, "其他": 18, "电力设备": 8, "物流设备": 4},
             region_w={"上海": 40, "江苏": 18, "浙江": 12, "安徽": 8, "山东": 6, "湖北": 5, "四川": 4, "广东": 4, "云南": 3},
             overseas={"越南Vietnam": 46, "印度尼西亚Indonesia": 28}),
    protocols=168,
    app=dict(software=236, apps=198, native=126, mau=142, killer_dau=1386, killer_hits=12460, killer_income=18.35,
             pub_apps=121, pub_dau=64,
             cls_w={"运维服务": 30, "节能减排": 25, "安全生产": 12, "质量管控": 10, "生产制造": 10, "运营管理": 8,
                    "供应链管理": 3, "仓储物流": 2},
             ind_w={"石化化工": 20, "食品": 15, "医药": 12, "电子": 10, "轻工": 10, "其他": 33}),
    store=dict(cloud=96.50, pub_cloud=38, cap=620.00, data=388.42, pub_data=142.18),
    model=dict(total=164, active=87, core_users=326, speed="秒级（单TB水质时序数据聚合分析平均约4.6秒）",
               cls_w={"数据算法模型": 30, "研发仿真模型": 8, "行业机理模型": 45, "业务流程模型": 17}),
    ms=(682, 415), devs=(10864, 1736),
    served_ind_w={"石化化工": 22, "食品": 16, "医药": 13, "电子": 11, "轻工": 10, "机械": 8, "其他": 20},
    served_reg_w={"上海": 46, "江苏": 17, "浙江": 12, "安徽": 7, "山东": 5, "湖北": 4, "四川": 3, "广东": 4, "云南": 2},
    orders=(6842, 7125), trade_growth=9.32, subs=(4218, 1962, 1286.40), dev_util=81.36, domestic=88.00,
    factories=["上海某生物医药智能工厂（奉贤区）：污水站设备远程运维与能耗优化",
               "上海某精细化工智能工厂（金山区）：废水处理加药智能控制",
               "上海某食品饮料智能工厂（松江区）：曝气系统节能改造与设备健康管理"],
    parks=6, solutions={"数字化管理": 4, "平台化设计": 2, "网络化协同": 3, "智能化制造": 5, "个性化定制": 1, "服务化延伸": 6},
    listed_vc=False,
    cases_rates=dict(om=[15.20, 19.80, 17.35], energy=[8.60, 11.25, 9.40], safety=[18.00, 24.50, 21.30]),
    indices=["区域水环境装备健康指数", "污水厂吨水电耗指数", "曝气效率指数", "药耗强度指数"],
    patents=[f"P{i}" for i in range(16)], copyrights=[f"C{i}" for i in range(42)],
    awards=[("2021年上海市工业互联网创新发展应用示范平台", "上海市经济和信息化委员会", "2021年11月"),
            ("2022年工业互联网平台创新领航应用案例", "工业和信息化部办公厅", "2022年12月"),
            ("上海市科学技术奖三等奖（环境装备智能运维关键技术）", "上海市人民政府", "2023年5月"),
            ("2023年上海市软件和信息技术服务业高质量发展专项优秀项目", "上海市经济和信息化委员会", "2023年10月")],
    jobs=236, social=21.46, partners=7,
    open_data="以API接口、行业数据集和报告模板形式开放：开放API接口126个、环境装备运行数据集6个、能效诊断报告模板18类",
    form_date="2024年7月15日", commit_date="2024年7月15日",
    security=dict(docs=["《平台网络安全管理办法》（XPA-IT-2021-03，2021年3月）", "《平台数据安全分级分类管理规范》（XPA-IT-2022-07，2022年6月）",
                        "《平台应急响应预案》（XPA-IT-2022-11，2022年9月）"],
                  third="是，每年委托第三方测评机构开展一次等保2.0三级测评及渗透测试", scan="是，每周一次漏洞扫描，每月一次基线核查"),
    ent=dict(uscc="91310112MA1GB7XK3P", founded="2004年8月", reg_addr="上海市闵行区紫星路588号", type="有限责任公司",
             capital="8,000万元人民币", business="环境装备智能化系统集成、工业互联网平台服务、水处理设备运维服务",
             legal="陈建华", fax="021-5432 1177",
             holders=[("上海电气环保集团有限公司", "5,600.00", "70.00%"), ("上海西派埃投资管理合伙企业（有限合伙）", "2,400.00", "30.00%")],
             fin=dict(assets="58,916.37", revenue="32,706.45", growth="6.84", debt="52.17", profit="2,964.08", tax="1,418.62")),
)

P["dom"] = dict(
    position="面向环境装备制造与运维的行业级工业互联网平台，提供装备远程运维、能效优化与水厂智慧运营服务。",
    policy="1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：行业级平台培育方向；\n2.上海市经济信息化委《上海市制造业数字化转型实施方案》：环保装备数字化服务方向；\n3.环境装备行业：装备存量大、运维依赖人工，向远程运维与能效托管服务转型的趋势明显。",
    strategy="上海西派埃智能化系统有限公司“十四五”发展战略规划（2021-2025）", plan="数字化环境装备服务工业互联网平台三年发展规划（2023-2025）",
    other_res="平台汇聚水处理工艺包86个、设备故障知识条目12,400余条、备品备件供应商218家、认证运维工程师640名，形成装备-工艺-服务资源池，支撑跨区域运维派单与备件协同。",
    edge="边缘网关支持数据采集、本地存储、协议转换、断网续传与本地告警分析；已部署边缘计算应用节点1,126个，最低响应时延15毫秒。私有化部署：为17家大型水厂部署私有化平台，边缘节点与私有化实例统一纳管，私有化部署涉及设备3,120台/套，数据不出厂区，通过单向网闸向平台回传脱敏后的运行指标。",
    collect="通过OPC UA、Modbus、BACnet接口及API对接SCADA、化验室LIMS、ERP、能源管理系统等，实现工艺、水质、能耗、工单等多源数据采集，单节点采集频率最高1秒。",
    compute="公有云弹性计算实例38台（共608核vCPU），私有云GPU服务器4台，支持按需横向扩容。",
    algos="基础统计算法、聚类算法（设备工况聚类）、分类算法（故障诊断）、预测与估算算法（出水水质预测、剩余寿命预测）、关联分析算法、强化学习优化控制算法",
    langs="共5种：Java、Python、JavaScript、Go、C++",
    framework="基于Spring Cloud微服务框架与Kubernetes容器编排构建应用开发框架，提供统一认证、设备模型、消息总线、规则引擎等公共组件，支持多租户应用快速组装与灰度发布。",
    tools="提供低代码应用设计器、组态大屏编辑器、模型训练工作台、API网关与在线调试工具、DevOps流水线，开发者可在线完成应用开发、测试、上架全过程。",
    key_tech="设备物模型与边缘网关、曝气智能控制算法、加药预测模型、平台PaaS底座均为自主研发，拥有完全知识产权，自主可控。",
    benefit="基于3个案例：平均提升污水处理能力利用率12.6%，平均减少非计划停机时长41%，带动客户新增运维服务收入约1,860万元。",
    cost="基于3个案例：平均降低设备运维成本17.45%，平均降低吨水电耗9.75%，药剂投加量平均下降13.2%。",
    data_value="基于平台沉淀的8,600余台设备、5年以上运行数据，构建设备健康画像、工艺参数推荐和能耗基准库，形成164个工业机理模型与工艺知识图谱，实现专家经验的沉淀与跨厂复用。",
    supply="平台对接上游泵阀、风机、仪表等218家备件供应商与下游水务运营企业，实现备件需求预测、寄售库存与联合补货；供应商在线协同订单占比达到68%，备件平均交付周期由9天缩短至5.5天，库存周转率提升27%。",
    newtech="平台融合AI大模型（运维知识问答助手）、边缘计算、数字孪生（水厂三维孪生）、5G与标识解析技术，实现设备故障智能诊断与工艺仿真优化。",
    breakthrough="自研基于机理+数据融合的曝气智能控制技术，溶解氧控制精度±0.3mg/L，优于国外同类产品的±0.5mg/L。",
    carbon="提供碳排放监测与碳核算服务，面向污水处理厂核算电耗、药耗碳排放，已服务42家水厂，年均减碳约1.8万吨。",
    idres="已接入国家工业互联网标识解析二级节点（环保装备行业），为3.2万个设备及备件赋码，实现全生命周期追溯。",
    standards="参与制定行业标准2项：《污水处理厂智能运维系统技术要求》（参与）、《环保装备远程运维服务规范》（参与）；牵头团体标准1项。",
    contribution="平台服务本市水务、生物医药、精细化工等行业企业556家，支撑本市3家市级智能工厂污水站数字化运维；服务长三角及中西部地区环保装备运维，助力污染防治与节能降碳。",
    open_mech="平台向产业链上下游开放设备运行数据接口、工艺模型组件和备件库存信息，通过数据授权协议与分级开放机制，保障数据安全前提下实现供应链数据共享。",
    cross="平台已与上海工业互联网公共服务平台、标识解析二级节点、阿里云IoT平台、多家水务集团运营平台实现数据与应用对接，支持统一账号互认与API互调。",
    newmode="培育“装备+服务”能效托管新模式，按节能量分成收费，已在12家水厂推广；孵化设备运维共享工程师服务新业态。",
)

P["book"] = dict(
    unit=["上海西派埃智能化系统有限公司成立于2004年，是上海电气环保集团控股的环境装备智能化系统集成企业，主营水处理与环境装备的自动化、信息化系统集成及运维服务。公司拥有员工620余人，其中研发人员210人。",
          "2023年，公司全年实现营业收入3.27亿元，其中数字化环境装备服务工业互联网平台相关营业收入4,318.56万元。公司先后承担多项国家和上海市工业互联网专项，形成了环境装备远程运维、水厂智慧运营等核心能力。"],
    basic=["数字化环境装备服务工业互联网平台于2019年3月启动建设，2023年12月完成三期建设，累计投入3,680.00万元，采用自建方式、自运营模式，IaaS层租用阿里云资源，部署方式为边缘侧、私有云与公有云相结合。平台定位为环境装备领域的行业型工业互联网平台，面向水务、化工、医药、食品等行业用户提供装备远程运维、能效优化等服务。"],
    arch=["平台采用“边缘层—IaaS层—PaaS层—SaaS层”四层架构。边缘层通过自研网关实现168种工业协议的兼容适配；PaaS层提供设备管理、数据中台、模型工厂与微服务治理能力，现有微服务682个；SaaS层提供198个工业APP。"],
    adv=["与国内同类环保装备平台相比，平台在曝气智能控制、加药预测等工艺机理模型方面具有优势，工业机理模型164个，模型调用响应达到秒级。"],
    ops=["截至填表日，平台连接工业设备8,642台/套（其中私有化部署3,120台/套），注册企业用户1,642家，实际服务企业1,208家，其中本市企业556家、中小企业956家。平台开发者注册总数10,864个。"],
    innov="平台以机理与数据融合为核心，实现曝气、加药等关键工艺闭环优化；底层网关、物模型与PaaS底座自主可控；形成“装备+服务”能效托管商业模式，关键指标处于国内同行业领先水平。",
    effect=["平台帮助污水处理厂解决设备分散、运维依赖人工、能耗高等难题。3个典型案例平均降低设备运维成本17.45%，平均降低能耗9.75%，安全生产持续时间平均提升21.27%。"],
    app_innov="平台将AI大模型运维助手、数字孪生与标识解析融合应用，形成按节能效果分成的服务模式，实现可持续运营。",
    next=["下一步，平台将持续扩大装备接入规模，推进大模型在故障诊断中的应用，拓展长三角及“一带一路”沿线国家市场，深化与产业链上下游的协同。"],
    sec7=["（一）功能模块：2023年7月以来新增水厂数字孪生、AI运维助手、碳核算三个功能模块。",
          "（二）关键指标：连接工业设备由7,215台/套增至8,642台/套；工业APP由171个增至198个；实际服务企业由1,046家增至1,208家；微服务由590个增至682个。",
          "（三）应用服务：新增服务市级智能工厂1家，新增能效托管项目5个。"],
)
P["cases"] = [
    dict(title="污水处理厂设备远程运维", ent="某市政水务公司，运营污水处理厂6座，日处理规模60万吨。", platform="平台为其提供设备接入、状态监测、预测性维护与工单协同服务。",
         content="接入水泵、风机、仪表等设备1,260台，建立设备健康模型，实现故障提前预警。", fig="设备健康监测大屏"),
    dict(title="精细化工废水加药智能控制", ent="某精细化工企业，上海市市级智能工厂。", platform="平台提供加药预测模型与闭环控制APP。",
         content="基于进水水质预测药剂需求，自动调整加药泵频率。", fig="加药控制界面"),
    dict(title="食品工厂曝气系统节能改造", ent="某食品饮料企业，年产能40万吨。", platform="平台提供曝气智能控制与能效托管服务。",
         content="部署溶解氧闭环控制算法，按节能量分成收费。", fig="曝气节能对比曲线"),
]
P["bench"] = dict(rd="同类环保装备平台（平台名称：某水务物联网平台）研发投入约500万元量级，强度约12%",
                  dev="某水务物联网平台：接入设备约5,000台/套", app="某水务物联网平台：工业APP约120个",
                  store="某水务物联网平台：存储容量约400TB", model="某水务物联网平台：模型约80个",
                  ms="某水务物联网平台：微服务约400个", scale="某水务物联网平台：服务企业约800家")
P["proof"] = {"平台相关营业收入（万元）": "附件1、附件2", "平台相关研发投入（万元）": "附件1",
              "连接的工业设备/产品/产线种类及数量（台/套）": "附件3 第4页；附件5", "注册企业用户数（个）": "附件4 第1页",
              "工业APP数量（个）": "附件6", "工业APP订阅总数量（个）": "附件6", "平台核心软硬件技术获得的专利数量（项）": "附件7",
              "平台核心软硬件技术获得的软著数量（个）": "附件7", "平台获得省部级及以上奖项/荣誉数量（个）": "附件8"}


def intro_texts(p):
    p["intro"] = ("数字化环境装备服务工业互联网平台是西派埃面向环境装备领域打造的行业型工业互联网平台，"
                  "覆盖水泵、风机、加药、曝气、在线仪表等环境装备的接入、监测、运维与能效优化。平台主要功能包括设备远程监控、"
                  "预测性维护、工单协同、工艺优化、能耗与碳排放管理、备件供应链协同等，已形成设备物模型、工艺机理模型库、"
                  "低代码应用开发等能力。主要客户包括市政水务集团、化工园区污水处理厂、生物医药及食品饮料企业等，截至填表日服务企业1,208家。")
    p["effect"] = ("平台解决了环境装备分布分散、运维依赖人工巡检、能耗药耗偏高等行业痛点，推动水处理装备由“卖设备”向“卖服务”转型。"
                   "典型用户设备运维成本平均下降17.45%，能耗平均下降9.75%。平台带动新增就业236人，促进环保装备行业数字化转型与节能降碳。")


def build(root: Path):
    p = P
    intro_texts(p)
    S = synth(p)
    cells = form_cells(p, {**S}) if False else None
    p["texts"] = C.base_texts(p, S)
    cells = form_cells(p, S)
    out = root / "packages" / PKG
    ev = out / "附件"
    files = {}

    docs.contact_docx(p, out / "01 联系人信息反馈表.docx")
    files["01 联系人信息反馈表.docx"] = "联系人表"
    docs.form_docx(p, S, cells, out / "02 申报表（西派埃）.docx", "levels")
    files["02 申报表（西派埃）.docx"] = "申报表"
    tmp = out / "_form.pdf"
    docs.form_pdf(p, S, cells, tmp)
    docs.scan_pdf(tmp, out / "02 申报表（西派埃）-盖章扫描件.pdf", p["company"], 1101)
    files["02 申报表（西派埃）-盖章扫描件.pdf"] = "申报表扫描件"
    docs.summary_docx(p, {k: v for k, (v, _) in S.items()}, out / "04 平台基本情况汇总表.docx")
    files["04 平台基本情况汇总表.docx"] = "汇总表"
    docs.commitment_pdf_scan(p, out / "05 真实性承诺（盖章）.pdf", 1105)
    files["05 真实性承诺（盖章）.pdf"] = "承诺"

    facts = []
    E = lambda name: f"附件/{name}"  # noqa: E731

    # 附件1 letter (DOCX): platform finance + company revenue in 亿元
    f1 = "附件1 关于平台营业收入及研发投入情况的说明.docx"
    doc = docs.new_doc(2.8)
    docs.para(doc, "关于数字化环境装备服务工业互联网平台营业收入及研发投入情况的说明", 16, True, "c", "黑体", space_after=14)
    docs.para(doc, "上海市经济和信息化委员会：", 12, font="仿宋")
    rev = p["rev"]
    docs.para(doc, "我公司数字化环境装备服务工业互联网平台的营业收入按平台直接订阅服务、远程运维服务及能效托管服务三类业务单独核算，"
                   "研发投入按平台项目辅助核算归集。现将有关情况说明如下：", 12, indent=True, font="仿宋")
    docs.para(doc, "一、2023年，公司全年实现营业收入3.27亿元，利润总额2,964.08万元。", 12, indent=True, font="仿宋")
    docs.para(doc, f"二、平台相关营业收入：2021年{rev[2021]:,.2f}万元，2022年{rev[2022]:,.2f}万元，2023年{rev[2023]:,.2f}万元。"
                   "2023年平台收入明细见附件2《2023年平台收入统计表》。", 12, indent=True, font="仿宋")
    docs.para(doc, f"三、2023年平台相关研发投入{p['rd']:,.2f}万元，平台利润总额{p['profit']:,.2f}万元。", 12, indent=True, font="仿宋")
    docs.para(doc, "特此说明。", 12, indent=True, font="仿宋", space_after=30)
    docs.para(doc, "上海西派埃智能化系统有限公司（财务部）", 12, align="r", font="仿宋")
    docs.para(doc, "2024年7月10日", 12, align="r", font="仿宋")
    kit.save_docx(doc, ev / f1, "财务部")
    files[E(f1)] = "evidence:other"
    facts += [
        C.fact("平台相关营业收入（万元）", "4,318.56", "万元", 4318.56, E(f1), 1, "2023年4,318.56万元", "平台相关营业收入", "2023年"),
        C.fact("平台近三年经营指标情况", "3,862.15", "万元", 3862.15, E(f1), 1, "2021年3,862.15万元", "平台相关营业收入", "2021年",
               "2021年平台营收（万元）"),
        C.fact("平台近三年经营指标情况", "4,015.72", "万元", 4015.72, E(f1), 1, "2022年4,015.72万元", "平台相关营业收入", "2022年",
               "2022年平台营收（万元）"),
        C.fact("平台相关研发投入（万元）", "812.30", "万元", 812.30, E(f1), 1, "平台相关研发投入812.30万元", "平台相关研发投入"),
        C.fact("平台利润率（%）", "546.12", "万元", 546.12, E(f1), 1, "平台利润总额546.12万元", "平台利润总额", "",
               "平台利润总额（万元）"),
        C.fact("投资回报率（%）", "546.12", "万元", 546.12, E(f1), 1, "平台利润总额546.12万元", "平台利润总额", "",
               "平台年利润（万元）"),
        C.fact("主营业务收入（万元）", "3.27亿元", "亿元", 32700.0, E(f1), 1, "公司全年实现营业收入3.27亿元", "营业收入", ""),
    ]

    # 附件2 finance spreadsheet printed to PDF: monthly platform revenue (元)
    f2 = "附件2 2023年平台收入统计表（财务部）.pdf"
    rng = random.Random(11)
    total_cents = round(rev[2023] * 10000 * 100)
    lines = {"平台订阅服务": 0.38, "远程运维服务": 0.41, "能效托管服务": 0.21}
    line_cents = split(total_cents, lines)
    months = {}
    for ln, cents in line_cents.items():
        w = {m: 1 + 0.35 * rng.random() + (0.25 if m in (6, 12) else 0) for m in range(1, 13)}
        months[ln] = split(cents, w)
    rows = []
    for m in range(1, 13):
        vals = [months[ln][m] for ln in lines]
        rows.append([f"2023-{m:02d}"] + [f"{v / 100:,.2f}" for v in vals] + [f"{sum(vals) / 100:,.2f}"])
    tot = [line_cents[ln] for ln in lines]
    rows.append(["合计"] + [f"{v / 100:,.2f}" for v in tot] + [f"{sum(tot) / 100:,.2f}"])
    evid.sheet_print(ev / f2, title="数字化环境装备服务工业互联网平台2023年收入统计表", subtitle="单位：元    编制：财务部",
                     headers=["月份"] + list(lines) + ["小计"], rows=rows, widths=[1.2, 2, 2, 2, 2.2],
                     sheet_name="平台收入2023", file_name="平台收入统计_2023_财务部.xlsx", bold_rows=(12,),
                     aligns=["l", "r", "r", "r", "r"],
                     notes=["说明：平台收入按合同归属平台业务线单独核算，不含设备销售及工程安装收入。",
                            "财务负责人：王丽娟      复核：周敏      制表：陆一鸣"])
    files[E(f2)] = "evidence:audit_report"
    q = f"{total_cents / 100:,.2f}"
    facts.append(C.fact("平台相关营业收入（万元）", q, "元", 4318.56, E(f2), C.find_page(ev / f2, q), q, "合计", "小计"))

    # 附件3 device list exported from the IoT platform, grid, subtotals under the total
    f3 = "附件3 环境装备接入清单（系统导出）.pdf"
    dv = p["_dev"]
    region = dv["region"]
    pubr = dv["pub_region"]
    dailyr = dv["daily_region"]
    nonpub = {r: region[r] - pubr[r] for r in region}
    # north-west corner split of non-public devices into 私有云 / 边缘专网
    need = {"私有云": p["dev"]["private"], "边缘专网": p["dev"]["total"] - p["dev"]["public"] - p["dev"]["private"]}
    alloc = {}
    for r in region:
        left = nonpub[r]
        alloc[r] = {}
        for k in need:
            take = min(left, need[k])
            alloc[r][k] = take
            need[k] -= take
            left -= take
    assert all(v == 0 for v in need.values())
    names = {"上海": ["白龙港", "竹园", "石洞口", "闵行", "松江西部", "金山化工区", "奉贤星火", "嘉定安亭", "青浦华新", "临港"],
             "江苏": ["苏州工业园", "无锡新区", "南通开发区", "常州武进", "昆山"], "浙江": ["嘉兴港区", "宁波镇海", "绍兴柯桥", "杭州萧山"],
             "安徽": ["合肥经开", "芜湖三山"], "山东": ["淄博齐鲁", "烟台"], "湖北": ["武汉汉南", "宜昌"], "四川": ["成都双流"],
             "广东": ["惠州大亚湾", "珠海高栏"], "云南": ["昆明"], "越南Vietnam": ["Hai Phong VSIP"], "印度尼西亚Indonesia": ["Batam"]}
    rows = []
    seq = 0
    rng = random.Random(311)
    for r in region:
        sites = names[r]
        for mode, cnt, dcnt in (("公有云", pubr[r], dailyr[r]), ("私有云", alloc[r]["私有云"], 0),
                                ("边缘专网", alloc[r]["边缘专网"], 0)):
            if cnt == 0:
                continue
            k = min(len(sites), max(1, cnt // 60))
            parts = split(cnt, {s: 1 + rng.random() for s in sites[:k]})
            dparts = split(dcnt, parts) if dcnt else {s: "-" for s in parts}
            for s, n in parts.items():
                seq += 1
                rows.append([f"ST{seq:04d}", f"{s}{'污水处理厂' if '园' not in s else '集中污水站'}", r, mode, n, dparts[s],
                             f"20{19 + rng.randint(0, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    T = p["dev"]
    ovt = sum(p["dev"]["overseas"].values())
    tail = [f"总计：{T['total']:,} 台/套（{len(rows)} 个站点）",
            f"    公有云：{T['public']:,}",
            f"    私有云：{T['private']:,}",
            f"    边缘专网：{T['total'] - T['public'] - T['private']:,}",
            f"    公有云日均在线：{T['daily']:,}",
            f"    其中境外站点（越南Vietnam、印度尼西亚Indonesia）：{ovt}"]
    evid.csv_print(ev / f3, ["站点编号", "站点名称", "所属区域", "接入方式", "接入设备数", "公有云日均在线", "首次接入时间"], rows, tail,
                   file_label="XPA-IoT 设备接入台账 / export_sites_20240709.xlsx", exported="2024-07-09 10:42:17",
                   widths=[1, 2.6, 1.6, 1.1, 1, 1.2, 1.3], aligns=["l", "l", "l", "l", "r", "r", "l"])
    files[E(f3)] = "evidence:device_list"
    pg = C.find_page(ev / f3, "总计：", last=True)
    facts += [
        C.fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{T['total']:,}", "台/套", T["total"], E(f3), pg, f"总计：{T['total']:,}",
               "总计", "接入设备数"),
        C.fact("公有云工业设备连接数量（台/套）", f"{T['public']:,}", "台/套", T["public"], E(f3), pg, f"公有云：{T['public']:,}",
               "公有云"),
        C.fact("公有云工业设备平均日运行数量（台/套）", f"{T['daily']:,}", "台/套", T["daily"], E(f3), pg,
               f"公有云日均在线：{T['daily']:,}", "公有云日均在线"),
        C.fact("海外设备连接数量（台/套）", str(ovt), "台/套", ovt, E(f3), pg, f"印度尼西亚Indonesia）：{ovt}",
               "其中境外站点"),
    ]

    # 附件4 portal statistics page printed from the browser
    f4 = "附件4 平台门户运营统计页（浏览器打印）.pdf"
    sv = p["_served"]

    def body(pg_):
        pg_.text("西派埃环境装备云  |  首页  设备中心  应用市场  开发者社区  运营统计", "WQY", 9, color=(0.2, 0.3, 0.6))
        pg_.rule()
        pg_.text("平台运营统计（数据截至 2024-07-08 24:00）", "WQY", 15, lead=1.8)
        evid.tiles(pg_, [("注册企业", f"{p['registered']:,}", "家"), ("服务企业", f"{p['served']:,}", "家"),
                         ("付费企业", f"{p['paying']}", "家"), ("上架工业APP", f"{p['app']['apps']}", "个"),
                         ("注册开发者", f"{p['devs'][0]:,}", "人"), ("解决方案", f"{sum(p['solutions'].values())}", "套"),
                         ("工业机理模型", f"{p['model']['total']}", "个"), ("服务园区", f"{p['parks']}", "个")])
        pg_.gap(8)
        pg_.text("服务企业行业分布", "WQY", 11, lead=1.8)
        rows_ = [[k, f"{v:,}", f"{v / p['served'] * 100:.1f}%"] for k, v in sv["ind"].items()]
        rows_.append(["合计", f"{p['served']:,}", "100.0%"])
        pg_.table(["行业", "服务企业数（家）", "占比"], rows_, [2, 1.5, 1], "WQY", 8.5, grid=False, head_fill=(0.93, 0.95, 0.98),
                  bold_rows=(len(rows_) - 1,))
        pg_.gap(10)
        pg_.text("服务企业区域分布", "WQY", 11, lead=1.8)
        rows_ = [[k, f"{v:,}"] for k, v in sv["reg"].items()] + [["合计", f"{p['served']:,}"]]
        pg_.table(["省市区域", "服务企业数（家）"], rows_, [2, 1.5], "WQY", 8.5, grid=False, head_fill=(0.93, 0.95, 0.98),
                  bold_rows=(len(rows_) - 1,))
        pg_.gap(10)
        pg_.text("注：服务企业为使用平台技术产品或解决方案（含免费API与模型组件）的企业累计数，已剔除配套商与仅注册未使用账号。",
                 "WQY", 8, color=(0.4, 0.4, 0.4))
        pg_.text("© 2024 上海西派埃智能化系统有限公司  沪ICP备0000000号-1", "WQY", 7.5, color=(0.5, 0.5, 0.5), align="c")

    evid.browser_print(ev / f4, "平台运营统计 - 西派埃环境装备云", "https://iep.scip-env.example.com/portal/stats",
                       "2024/7/9 09:16", body)
    files[E(f4)] = "evidence:screenshot"
    facts += [
        C.fact("注册企业用户数（个）", f"{p['registered']:,}", "家", p["registered"], E(f4), 1, f"{p['registered']:,}", "注册企业"),
        C.fact("实际服务企业数（个）", f"{p['served']:,}", "家", p["served"], E(f4), C.find_page(ev / f4, "服务企业行业分布"),
               f"{p['served']:,}", "服务企业"),
        C.fact("付费企业数（个）", str(p["paying"]), "家", p["paying"], E(f4), 1, str(p["paying"]), "付费企业"),
        C.fact("开发者注册总数（个）", f"{p['devs'][0]:,}", "人", p["devs"][0], E(f4), 1, f"{p['devs'][0]:,}", "注册开发者"),
        C.fact("平台提供的解决方案总数（个）", "21", "套", 21, E(f4), 1, "21", "解决方案"),
        C.fact("平台服务园区总数（个）", str(p["parks"]), "个", p["parks"], E(f4), 1, str(p["parks"]), "服务园区"),
    ]

    # 附件5 dashboard screenshot (PNG)
    f5 = "附件5 平台运行驾驶舱截图.png"
    evid.dashboard_png(ev / f5, title="环境装备云 · 运行驾驶舱 Operation Cockpit", subtitle="iep.scip-env.example.com/cockpit",
                       tiles_=[("接入设备 Connected Devices", f"{T['total']:,}", "台/套"),
                               ("公有云日均在线 Online/day", f"{T['daily']:,}", "台"),
                               ("工业机理模型 Models", f"{p['model']['total']}", "个"),
                               ("微服务 Microservices", f"{p['ms'][0]}", "个"),
                               ("开发者 Developers", "1.1万", "人"),
                               ("工业协议 Protocols", f"{p['protocols']}", "种"),
                               ("数据存储 Storage", f"{p['store']['data']:.2f}", "TB"),
                               ("存储容量 Capacity", f"{p['store']['cap']:.0f}", "TB")],
                       caption="截图时间 2024-07-08 17:32  |  数据来源：XPA-IoT 实时库（每5分钟刷新）",
                       bars=("设备类型分布", list(p["_dev"]["cat"].items())))
    files[E(f5)] = "evidence:screenshot"
    facts += [
        C.fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{T['total']:,}", "台/套", T["total"], E(f5), 1, f"{T['total']:,}",
               "接入设备 Connected Devices", image_only=True),
        C.fact("公有云工业设备平均日运行数量（台/套）", f"{T['daily']:,}", "台", T["daily"], E(f5), 1, f"{T['daily']:,}",
               "公有云日均在线 Online/day", image_only=True),
        C.fact("工业机理模型数量（个）", str(p["model"]["total"]), "个", p["model"]["total"], E(f5), 1, str(p["model"]["total"]),
               "工业机理模型 Models", image_only=True),
        C.fact("微服务数量（个）", str(p["ms"][0]), "个", p["ms"][0], E(f5), 1, str(p["ms"][0]), "微服务 Microservices",
               image_only=True),
        C.fact("开发者注册总数（个）", "1.1万", "人", 11000, E(f5), 1, "1.1万", "开发者 Developers", image_only=True),
        C.fact("工业协议兼容适配数量（个）", str(p["protocols"]), "种", p["protocols"], E(f5), 1, str(p["protocols"]),
               "工业协议 Protocols", image_only=True),
        C.fact("存储工业数据量（TB）", f"{p['store']['data']:.2f}", "TB", p["store"]["data"], E(f5), 1,
               f"{p['store']['data']:.2f}", "数据存储 Storage", image_only=True),
        C.fact("存储容量（TB）", "620", "TB", 620.0, E(f5), 1, "620", "存储容量 Capacity", image_only=True),
    ]

    # 附件6 app marketplace listing printed from the browser
    f6 = "附件6 工业APP应用市场列表（浏览器打印）.pdf"
    app_rows = marketplace_rows(p, 1101)
    tot_subs = sum(r[4] for r in app_rows)
    assert tot_subs == p["subs"][0]

    def body6(pg_):
        pg_.text("应用市场 > 全部应用", "WQY", 9, color=(0.2, 0.3, 0.6))
        pg_.rule()
        pg_.text(f"共 {len(app_rows)} 个应用（公有云部署 {p['app']['pub_apps']} 个，私有化部署 {len(app_rows) - p['app']['pub_apps']} 个）  排序：订阅数 ↓",
                 "WQY", 9.5, lead=1.8)
        rows_ = [[str(i + 1), r[0], r[1], r[2], f"{r[4]:,}", r[3]] for i, r in enumerate(app_rows)]
        rows_.append(["", "合计", "", "", f"{tot_subs:,}", ""])
        pg_.table(["#", "应用名称", "分类", "部署", "订阅数", "上架日期"], rows_, [0.5, 3.6, 1.2, 1, 0.9, 1.2], "WQY", 7.5,
                  grid=False, head_fill=(0.94, 0.94, 0.94), bold_rows=(len(rows_) - 1,),
                  aligns=["l", "l", "l", "l", "r", "l"])

    evid.browser_print(ev / f6, "应用市场 - 西派埃环境装备云", "https://iep.scip-env.example.com/market/apps?sort=subs&size=all",
                       "2024/7/9 09:21", body6)
    files[E(f6)] = "evidence:screenshot"
    pg6 = C.find_page(ev / f6, "合计", last=True)
    facts += [
        C.fact("工业APP数量（个）", str(len(app_rows)), "个", len(app_rows), E(f6), 1, f"共 {len(app_rows)} 个应用", "共…个应用"),
        C.fact("公有云工业APP数量（个）", str(p["app"]["pub_apps"]), "个", p["app"]["pub_apps"], E(f6), 1,
               f"公有云部署 {p['app']['pub_apps']} 个", "公有云部署"),
        C.fact("工业APP订阅总数量（个）", f"{tot_subs:,}", "个", tot_subs, E(f6), pg6, f"合计 {tot_subs:,}", "合计", "订阅数"),
    ]

    # 附件7 IP list exported from the IP management system
    f7 = "附件7 知识产权清单.pdf"
    ip_list_pdf(ev / f7, p, "XPA知识产权管理系统")
    files[E(f7)] = "evidence:patent_list"
    facts += [
        C.fact("平台核心软硬件技术获得的专利数量（项）", "16", "项", 16, E(f7), 1, "授权专利（共16项）", "授权专利"),
        C.fact("平台核心软硬件技术获得的软著数量（个）", "42", "项", 42, E(f7), C.find_page(ev / f7, "软件著作权（共42项）"),
               "软件著作权（共42项）", "软件著作权"),
    ]

    # 附件8 award certificates (scan) with a list page
    f8 = "附件8 省部级荣誉证书扫描件.pdf"
    award_scan(ev / f8, p, 1108)
    files[E(f8)] = "evidence:award_list"
    facts.append(C.fact("平台获得省部级及以上奖项/荣誉数量（个）", "4", "项", 4, E(f8), 1, "共4项", "荣誉清单", image_only=True))

    attach = [(f1, "第1页"), (f2, "第1页"), (f3, "第1-4页"), (f4, "第1-2页"), (f5, "第1页"), (f6, "第1-5页"), (f7, "第1-2页"),
              (f8, "第1-5页")]
    secs = C.book_sections(p, S, [("附件/" + a, b) for a, b in attach])
    docs.book_docx(p, secs, out / "03 申报书（西派埃）.docx")
    files["03 申报书（西派埃）.docx"] = "申报书"

    return C.write_truth(
        root, PKG, p, S, files, facts, [],
        ["naming:numbered-space", "evidence_dir:附件", "columns:levels+content+actual+proof", "summary:docx",
         "commitment:scan", "stamped_scan", "private_format", "finance:docx-letter(亿元 sentence)",
         "finance:sheet-print(元, monthly)", "device_list:grid-export(subtotals under 总计)", "portal:browser-print",
         "market:browser-print(合计)", "dashboard:png(1.1万)", "awards:scan+list", "section7"],
        "序号11 西派埃 数字化环境装备服务工业互联网平台，干净包：公司营收仅以“3.27亿元”句子出现（申报表填32,706.45万元），"
        "平台收入由财务部月度统计表（元）与说明函（万元）佐证，设备台账导出打印（总计下列公有云/私有云/边缘专网/日均在线小计），"
        "门户统计页与应用市场浏览器打印（合计行），驾驶舱截图开发者“1.1万”为取整，含第七章。",
        secrets=[p["demo_password"]])


def marketplace_rows(p, seed, stems=None, total=None, top=None):
    """(name, class, deploy, date, subs) for every app; class counts follow the 申报表 breakdown."""
    rng = random.Random(seed)
    cls = p["_app"]["cls"]
    stems = {"运维服务": ["泵站远程运维", "风机健康诊断", "设备点检", "备件寿命预测", "运维工单", "振动分析", "润滑管理"],
             "节能减排": ["曝气节能", "吨水电耗分析", "药耗优化", "碳排放核算", "能效对标", "峰谷用电优化"],
             "安全生产": ["有限空间监测", "危化品加药安全", "视频AI巡检", "安全作业票"],
             "质量管控": ["出水水质预测", "化验数据管理", "水质超标预警"],
             "生产制造": ["工艺参数推荐", "污泥脱水优化", "加药闭环控制"],
             "运营管理": ["水厂运营报表", "绩效看板", "合同能源管理"],
             "供应链管理": ["备件协同采购", "供应商评价"], "仓储物流": ["备件仓储", "药剂配送"],
             "研发设计": ["工艺仿真"], "质量": []} if stems is None else stems
    apps = []
    for c, n in cls.items():
        for i in range(n):
            st = stems[c][i % len(stems[c])]
            apps.append([f"{st}{'' if i < len(stems[c]) else ' V' + str(i // len(stems[c]) + 1)}.{i % 7 + 1}", c])
    rng.shuffle(apps)
    n = len(apps)
    pub = p["app"]["pub_apps"]
    total, top = total or p["subs"][0], top or p["subs"][1]
    top5 = split(top, {i: w for i, w in enumerate([5.2, 4.4, 3.9, 3.5, 3.0])})
    rest = split(total - top, {i: 1 + 2.5 * rng.random() * (n - i) / n for i in range(5, n)})
    subs = list(top5.values()) + list(rest.values())
    assert max(rest.values()) < min(top5.values())
    rows = []
    for i, (name, c) in enumerate(apps):
        dep = "公有云" if i < pub else "私有化"
        rows.append([name, c, dep, f"20{20 + rng.randint(0, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", subs[i]])
    # public ones spread: interleave deploy flags deterministically
    order = sorted(range(n), key=lambda i: rng.random())
    deps = ["公有云" if k < pub else "私有化" for k in range(n)]
    for k, i in enumerate(order):
        rows[i][2] = deps[k]
    return rows


def ip_list_pdf(path, p, system):
    pg = evid.Paged(top=56, bottom=46, left=40, right=40)
    pg.text(f"{p['company']} 知识产权台账（平台相关）", "WQY", 13, align="c", lead=1.8)
    rng = random.Random(len(p["patents"]) * 7 + len(p["copyrights"]))
    pg.text(f"一、授权专利（共{len(p['patents'])}项）", "WQY", 10.5, lead=1.8)
    rows = []
    kinds = ["发明专利", "实用新型", "发明专利", "实用新型", "外观设计"]
    topics = p.get("patent_topics") or ["一种曝气系统溶解氧智能控制方法", "一种水泵振动在线监测装置", "一种基于边缘网关的多协议数据采集方法",
              "一种加药量预测方法及系统", "一种污水处理设备故障诊断方法", "一种风机能效评估装置", "一种设备远程运维终端"]
    for i in range(len(p["patents"])):
        k = kinds[i % 5]
        rows.append([str(i + 1), f"ZL20{18 + i % 6}{1 if k == '发明专利' else 2}{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}",
                     topics[i % len(topics)] + ("" if i < len(topics) else f"（{i // len(topics) + 1}）"), k,
                     f"20{19 + i % 5}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", p["company"]])
    pg.table(["序号", "专利号", "专利名称", "类型", "授权日", "专利权人"], rows, [0.5, 2.2, 3.6, 1, 1.1, 2.4], "WQY", 7.5)
    pg.gap(10)
    pg.text(f"二、计算机软件著作权（共{len(p['copyrights'])}项）", "WQY", 10.5, lead=1.8)
    rows = []
    sw = p.get("sw_names") or ["设备远程运维平台", "运行驾驶舱系统", "边缘网关管理软件", "能效分析软件", "工单协同系统", "模型训练工作台", "低代码应用设计器"]
    for i in range(len(p["copyrights"])):
        rows.append([str(i + 1), f"20{19 + i % 5}SR{rng.randint(100000, 999999):07d}",
                     f"{p['short'][:6]}{sw[i % len(sw)]}V{1 + i // len(sw)}.0", f"20{19 + i % 5}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                     p["company"]])
    pg.table(["序号", "登记号", "软件名称", "登记日期", "著作权人"], rows, [0.5, 1.8, 4.2, 1.2, 2.6], "WQY", 7.5)

    def header(c, i, n):
        c.setFont("WQY", 7.5)
        c.drawString(40, evid.A4[1] - 26, system + " · 台账导出")
        c.drawRightString(evid.A4[0] - 40, evid.A4[1] - 26, "打印人：法务部 黄蕾   2024-07-05 15:08")

    def footer(c, i, n):
        c.setFont("WQY", 7.5)
        c.drawCentredString(evid.A4[0] / 2, 22, f"Page {i} of {n}")

    pg.save(path, header, footer)


def award_scan(path, p, seed):
    from PIL import Image, ImageDraw
    W, H = 930, 1315
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    f = kit.pil_font(34, "serif")
    f2 = kit.pil_font(22, "serif")
    d.text((W / 2 - 300, 90), f"平台省部级及以上奖项/荣誉清单（共{len(p['awards'])}项）", font=f, fill=(0, 0, 0))
    y = 190
    d.line((60, y - 10, W - 60, y - 10), fill=(0, 0, 0), width=2)
    for i, (t, iss, dt) in enumerate(p["awards"], 1):
        d.text((70, y), f"{i}. {t}", font=f2, fill=(0, 0, 0))
        d.text((110, y + 36), f"颁发单位：{iss}    时间：{dt}", font=f2, fill=(40, 40, 40))
        y += 96
    st = kit.seal(230, p["company"], "", seed)
    first = kit.scanify(im, seed, [(st, (0.7, 0.62))])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".certs.pdf")
    evid.certificate_scan(tmp, [(t, iss, dt, "贵单位申报的项目经评审，荣获") for t, iss, dt in p["awards"]], p["company"], seed)
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(tmp))
    pages = [doc[i].render(scale=1.0).to_pil().convert("RGB").resize((W, H)) for i in range(len(doc))]
    doc.close()
    tmp.unlink()
    kit.images_to_pdf([first] + pages, path, dpi=112)
