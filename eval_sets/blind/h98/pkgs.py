"""The four packages of h98: the platform's real figures and the planted deviations of the 申报书."""

from __future__ import annotations

REG_EAST = [("上海", 40), ("江苏", 18), ("浙江", 14), ("安徽", 8), ("山东", 6), ("广东", 6), ("湖北", 4), ("四川", 4)]


def _co(revenue_wan, prev_wan, profit_wan, prev_profit_wan, assets_wan, debt, tax_wan):
    return dict(revenue=revenue_wan * 1e4, revenue_prev=prev_wan * 1e4, profit=profit_wan * 1e4,
                profit_prev=prev_profit_wan * 1e4, assets=assets_wan * 1e4, debt_ratio=debt, tax=tax_wan * 1e4,
                growth=round((revenue_wan - prev_wan) / prev_wan * 100, 2))


def _attach(prefix):
    return [(f"{prefix}-1 2023年度审计报告（含平台业务专项说明）", "第1-3页"), (f"{prefix}-2 平台接入设备统计表", "工作表“汇总”“按区域”"),
            (f"{prefix}-3 平台运营驾驶舱截图", "第1页"), (f"{prefix}-4 知识产权清单", "第1-2页")]


PATENT_WORDS = ["一种基于多源数据融合的{x}故障诊断方法", "一种{x}运行状态边缘采集装置", "一种面向{x}的能效评估方法及系统",
                "一种{x}远程运维数据传输方法", "一种基于数字孪生的{x}监测系统", "一种{x}寿命预测方法", "一种{x}异常工况识别方法",
                "一种{x}协同调度方法及装置", "一种{x}参数自整定控制方法", "一种{x}可视化建模方法", "一种{x}数据质量校验方法",
                "一种{x}知识图谱构建方法"]
COPY_WORDS = ["{y}设备接入管理软件V2.0", "{y}数据中台软件V3.1", "{y}低代码开发平台V1.5", "{y}能效分析系统V2.2",
              "{y}移动运维APP软件V1.8", "{y}工业模型管理软件V1.0", "{y}告警中心软件V2.4", "{y}可视化大屏系统V1.2",
              "{y}工单管理系统V3.0", "{y}订阅计费系统V1.1", "{y}安全审计软件V1.3", "{y}API网关软件V2.0",
              "{y}时序数据库管理软件V1.6", "{y}碳排放核算软件V1.0", "{y}边缘计算管理软件V2.1", "{y}供应链协同软件V1.4"]


def _ip(x, y, np_, nc):
    return [PATENT_WORDS[i % len(PATENT_WORDS)].format(x=x) + ("" if i < len(PATENT_WORDS) else f"（{i // len(PATENT_WORDS) + 1}）")
            for i in range(np_)], [COPY_WORDS[i % len(COPY_WORDS)].format(y=y).replace("V", f"V{i // len(COPY_WORDS)}." if i >= len(COPY_WORDS) else "V")
                                   for i in range(nc)]


COMMON = dict(
    deploy="私有云、公有云", deploy_boxes="□边缘侧 ☑私有云 ☑公有云 □混合云", iaas="☑自建  □租用",
    co_type="有限责任公司", app_w=[2, 3, 2, 2, 1, 3, 2, 1, 4], model_w=[3, 1, 4, 2],
    speed="秒级（单TB时序数据聚合分析平均约2.8秒）", listed="否", alarms=17, new_ent=46,
)


def xipai() -> dict:
    s = dict(COMMON)
    pats, cops = _ip("水处理曝气设备", "西派埃环境装备云", 16, 24)
    s.update(
        pid="h98_xipai_clean", list_no=11, listed_name="数字化环境装备服务工业互联网平台", company="上海西派埃智能化系统有限公司",
        name="数字化环境装备服务工业互联网平台", participated=True, nature="行业型工业互联网平台（环保装备）",
        industry_word="水务与环保装备", services="设备远程监控、预测性维护、能耗优化、运营托管",
        uscc="91310115MA1K4X2P7Q", founded="2009年3月", address="上海市浦东新区", capital="5,000万元",
        business="环境装备智能化系统集成、工业软件开发与运维服务", legal_rep="沈立群",
        contact="陆佳慧", contact_title="平台运营部经理", phone="13917462830", email="lujh@cpe-env.example.com",
        venue="上海市浦东新区张江路1180号5楼会议室", url="https://envcloud.cpe-env.example.com",
        account="pingshen2024", password="Cpe#Eval0618", period="2019.03-2023.12", period_text="2019年3月至2023年12月",
        build_amount=3860.00, rev={2020: 3120.45, 2021: 3566.18, 2022: 4097.62, 2023: 4812.36}, rd=896.40, profit=514.70,
        ops=58, run=43, qualified=72, dev=32140, dev_pub=18760, dev_run=14210,
        dev_cats=[("动力设备", 5), ("其他", 4), ("仪器仪表", 3), ("电力设备", 2), ("物流设备", 1)],
        regions=REG_EAST, overseas={"越南Vietnam": 326, "马来西亚Malaysia": 214},
        protocols=168, software=342, apps=286, apps_own=204, app_mau=193, killer=4, killer_dau=1862, killer_hits=21460,
        killer_income=31.85, app_pub=171, app_pub_daily=88,
        industries=[("电力、热力和燃气", 5), ("石化化工", 2), ("食品", 2), ("医药", 1), ("其他", 1)],
        cloud_use=96.50, cloud_pub=42, storage_tb=620.00, data_tb=371.35, pub_data_tb=146.20,
        models=412, models_active=187, model_users=538, ms=864, ms_active=412, devs=6480, devs_active=1536,
        registered=2264, served=1738, paying=486, sme=1412, orders=(9640, 10218), trade_growth=15.42, subs=3862,
        killer_subs=1724, subs_amount=1386.40, dev_util=76.85, domestic=88.00, smart_factories=5, parks=7, solutions=24,
        om_cost_down=17.62, energy_down=11.38, safety_up=19.05, indices=5, patents=pats, copyrights=cops, awards=7,
        jobs=268, social=24.16, partners=6,
        open_data="以API接口和行业数据集形式开放：开放API接口124个、水处理工艺数据集6个", auditor="上海明诚会计师事务所（特殊普通合伙）",
        audit_no="明诚审字（2024）第0412号", co_fin=_co(21864.30, 19752.10, 1968.42, 1702.55, 46218.90, 52.36, 1104.28),
        group_text="公司为某环境科技集团的控股子公司。集团2023年合并营业收入约38.6亿元，员工约4,200人，"
                   "业务覆盖市政水务、工业废水和固废处理（以上为集团合并口径，非本平台数据）。",
        benchmark=dict(name="对标平台A（国内某头部水务装备云平台）", rd_int="6.5", protocols="120", devices="5", storage="1.2",
                       models="300余", ents="2,500"),
        other_regions="江苏、浙江、安徽、山东、广东、湖北、四川",
        summary2="平台的技术创新点在于：一是自主研发的多协议边缘网关，兼容主流PLC和仪表协议，实现曝气、加药、提升泵等设备的秒级采集；"
                 "二是融合水处理工艺机理与数据算法的混合建模方法，形成可复用的工艺模型库；三是核心组件全部自主可控，完成国产化适配；"
                 "四是以订阅方式向中小水厂输出能力，关键量化指标在同类平台中处于先进水平。",
        summary3="平台的应用创新点在于：将设备预测性维护与能耗优化结合，形成“运维+节能”一体化服务模式；在污水处理厂、工业园区污水站等场景"
                 "形成示范，带动用户企业平均节能一成以上；以平台化方式沉淀工艺知识，降低中小企业数字化门槛，具有良好的可持续性。",
        customer_effect="某市政污水处理厂（日处理规模20万吨）曝气电耗下降14.6%，某化工园区污水站年节约运维费用约320万元（均为客户自身数据）。",
        plan="预计2025年平台连接设备突破5万台（套），实际服务企业达到2,500家，平台相关营业收入达到6,000万元；同时推进长三角以外区域的"
             "渠道建设，并在东南亚设立海外服务节点。",
        cases=[dict(name="西派埃环境装备云——污水厂曝气系统智慧节能", intro="某市政污水处理厂设计规模20万吨/日，服务人口约80万人。",
                    content="平台接入该厂鼓风机、溶解氧仪等设备600余台（套），建立曝气量前馈—反馈控制模型。项目实施后吨水电耗由0.31千瓦时降至0.27千瓦时，"
                            "年节约电费约260万元（客户自身统计数据）。"),
               dict(name="西派埃环境装备云——园区污水站远程运维托管", intro="某国家级化工园区集中污水处理站，处理规模3万吨/日。",
                    content="平台为园区污水站提供远程监控与运维托管服务，接入设备约420台（套），非计划停机次数同比下降38%，运维人员由18人减至11人（客户数据）。"),
               dict(name="西派埃环境装备云——食品企业废水设备预测维护", intro="某食品饮料企业华东生产基地，年产饮料约50万吨。",
                    content="平台对该企业废水处理设备开展健康度评估和预测性维护，设备故障间隔时间提升27%，年减少维修费用约85万元（客户数据）。")],
        attach_list=_attach("3"),
        last=dict(dev=24860, apps=228, served=1402, rev=4097.62),
        s7_text="与上年度相比，平台新增水厂智慧加药、污泥脱水优化两个功能模块，连接设备与服务企业数量稳步增长；2023年7月上年度申报时的数据为当时的截至值，"
                "本次申报数据截至2024年5月31日。",
        proof={"平台相关营业收入（万元）": "附件3-1 第3页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2 汇总",
               "注册企业用户数（个）": "附件3-3 第1页", "平台核心软硬件技术获得的专利数量（项）": "附件3-4 第1页"},
    )
    return s


def sijian() -> dict:
    s = dict(COMMON)
    pats, cops = _ip("建筑机电设备", "四建BIM智慧建造", 21, 33)
    s.update(
        pid="h98_sijian_clean", list_no=12, listed_name="基于 BIM 的公共建筑智慧建造与运维工业互联网平台",
        company="上海建工四建集团有限公司", name="基于 BIM 的公共建筑智慧建造与运维工业互联网平台", participated=True,
        nature="专业型工业互联网平台（建筑业）", industry_word="公共建筑建造与运维", services="BIM协同设计、智慧工地、建筑设备运维、能源管理",
        uscc="913100001322083X6R", founded="1993年6月", address="上海市徐汇区", capital="100,000万元",
        business="房屋建筑工程施工总承包、建筑智能化工程、建筑运维服务", legal_rep="韩志远",
        contact="姚文静", contact_title="数字建造中心副主任", phone="13816250947", email="yaowj@scg4.example.com",
        venue="上海市徐汇区中山南二路888号12楼第三会议室", url="https://bim.scg4.example.com",
        account="eval2024", password="Bim@Scg4#2024", period="2018.09-2023.12", period_text="2018年9月至2023年12月",
        build_amount=6420.00, rev={2020: 4688.20, 2021: 5302.74, 2022: 5861.35, 2023: 6734.58}, rd=1318.62, profit=702.15,
        ops=86, run=64, qualified=121, dev=45230, dev_pub=21480, dev_run=16320,
        dev_cats=[("电力设备", 4), ("动力设备", 4), ("仪器仪表", 3), ("工程机械", 2), ("物流设备", 1), ("其他", 2)],
        regions=[("上海", 60), ("江苏", 12), ("浙江", 10), ("安徽", 6), ("湖北", 5), ("四川", 4), ("广东", 3)],
        overseas={"柬埔寨Cambodia": 418, "新加坡Singapore": 186},
        protocols=142, software=268, apps=214, apps_own=162, app_mau=148, killer=5, killer_dau=2310, killer_hits=27640,
        killer_income=38.20, app_pub=128, app_pub_daily=71,
        industries=[("建筑业", 6), ("电力、热力和燃气", 2), ("轨道交通", 1), ("服务业", 1)],
        cloud_use=132.00, cloud_pub=56, storage_tb=980.00, data_tb=612.52, pub_data_tb=208.64,
        models=356, models_active=162, model_users=612, ms=1024, ms_active=538, devs=8620, devs_active=2045,
        registered=1968, served=1326, paying=402, sme=986, orders=(6830, 7412), trade_growth=14.86, subs=2964,
        killer_subs=1386, subs_amount=1624.75, dev_util=81.24, domestic=86.00, smart_factories=3, parks=11, solutions=30,
        om_cost_down=16.48, energy_down=12.74, safety_up=22.36, indices=4, patents=pats, copyrights=cops, awards=9,
        jobs=342, social=21.57, partners=7,
        open_data="以API接口和BIM构件库形式开放：开放API接口96个、公共建筑BIM构件库2.1万个", auditor="上海立衡会计师事务所有限公司",
        audit_no="立衡审字（2024）第1187号", co_fin=_co(2486420.50, 2318765.20, 61842.37, 57206.18, 3962480.60, 78.42, 52816.40),
        group_text="公司是上海建工集团股份有限公司的全资子公司。上海建工集团2023年合并营业收入约3,000亿元（集团合并口径，引自其公开年报摘要，"
                   "非本平台数据）；公司本级承建了大量医院、学校、场馆等公共建筑项目。",
        benchmark=dict(name="对标平台B（国内某建筑产业互联网平台）", rd_int="9", protocols="100", devices="3", storage="0.8",
                       models="200余", ents="1,000"),
        other_regions="江苏、浙江、安徽、湖北、四川、广东",
        summary2="平台的技术创新点在于：一是以BIM模型为底座贯通设计、施工和运维三阶段数据，实现“一模到底”；二是自研建筑机电设备边缘采集终端，"
                 "兼容楼宇自控主流协议；三是构建公共建筑能耗与设备故障混合模型，支撑预测性运维；四是核心引擎自主可控、完成国产化适配，"
                 "在同类建筑业平台中具备领先的量化指标。",
        summary3="平台的应用创新点在于：把施工阶段的BIM数字资产延伸到建筑全生命周期运维，形成“建造+运维”一体化服务；在医院、学校和文体场馆"
                 "等公共建筑中形成可复制的示范，帮助业主单位降低运维成本和能耗，并带动上下游分包和设备厂商协同上平台。",
        customer_effect="某三甲医院新院区年能耗费用下降约11%，某体育场馆设备报修响应时间由4小时缩短至40分钟（均为客户自身数据）。",
        plan="预计2025年平台连接设备达到6万台（套），实际服务企业达到1,800家，并新增轨道交通站房运维场景；平台相关营业收入力争突破8,000万元。",
        cases=[dict(name="四建BIM运维平台——三甲医院新院区智慧运维", intro="某三甲医院新院区建筑面积约28万平方米，床位1,500张。",
                    content="平台接入医院空调、给排水、电梯、医用气体等机电设备3,200余台（套），实现BIM可视化运维。运行一年后年能耗费用下降约11%，"
                            "设备故障率下降19%（客户自身统计）。"),
               dict(name="四建BIM运维平台——体育场馆设备协同管理", intro="某市级体育中心，含体育场、体育馆和游泳馆，总建筑面积约19万平方米。",
                    content="平台为场馆提供设备协同管理，报修响应时间由4小时缩短至40分钟，大型赛事保障期间零重大设备故障（客户数据）。"),
               dict(name="四建BIM智慧工地——学校项目建造协同", intro="某区九年一贯制学校新建工程，总建筑面积约6.5万平方米。",
                    content="平台在该项目实施智慧工地管理，进度偏差预警准确率达到92%，返工率下降15%（项目部统计）。")],
        attach_list=_attach("3"),
        last=dict(dev=36480, apps=176, served=1084, rev=5861.35),
        s7_text="与上年度相比，平台新增建筑碳排放核算模块和运维知识库，设备连接与服务企业数量稳步增长；2023年7月数据为上年度申报时的截至值。",
        proof={"平台相关营业收入（万元）": "附件3-1 第3页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2 汇总"},
    )
    return s


def ouye() -> dict:
    s = dict(COMMON)
    pats, cops = _ip("钢材交易", "欧冶云商", 12, 28)
    s.update(
        pid="h98_ouye_problems", list_no=16, listed_name="欧冶云商生态运营平台", company="欧冶云商股份有限公司",
        name="欧冶云商生态运营平台", participated=True, nature="供应链服务型工业互联网平台（钢铁）",
        industry_word="钢铁流通与加工", services="钢材交易、仓储加工、物流运输、供应链金融科技",
        uscc="91310000342221617Y", founded="2015年2月", address="上海市宝山区", capital="100,000万元",
        business="钢铁产业链电子商务、仓储物流与加工配送服务", legal_rep="钱振华",
        contact="范晓琳", contact_title="平台运营中心主管", phone="13918537264", email="fanxl@ouyeel.example.com",
        venue="上海市宝山区漠河路600号A座8楼会议室", url="https://eco.ouyeel.example.com",
        account="review2024", password="Oy#Eco@0618", period="2017.01-2023.12", period_text="2017年1月至2023年12月",
        build_amount=12860.00, rev={2020: 18426.30, 2021: 21064.88, 2022: 23318.47, 2023: 25872.16}, rd=2736.85, profit=2241.60,
        ops=124, run=156, qualified=198, dev=28460, dev_pub=15320, dev_run=11860,
        dev_cats=[("物流设备", 5), ("冶炼设备", 2), ("机床", 2), ("仪器仪表", 1), ("其他", 1)],
        regions=[("上海", 22), ("江苏", 20), ("浙江", 14), ("山东", 12), ("广东", 10), ("湖北", 8), ("天津", 6), ("河北", 8)],
        overseas={"印度尼西亚Indonesia": 164, "泰国Thailand": 96},
        protocols=96, software=226, apps=168, apps_own=118, app_mau=131, killer=5, killer_dau=4120, killer_hits=58630,
        killer_income=96.40, app_pub=112, app_pub_daily=64,
        industries=[("黑色金属", 6), ("机械", 2), ("汽车", 1), ("建筑业", 1)],
        cloud_use=248.00, cloud_pub=104, storage_tb=1460.00, data_tb=918.26, pub_data_tb=386.42,
        models=238, models_active=116, model_users=1264, ms=1386, ms_active=742, devs=5210, devs_active=1286,
        registered=48620, served=21460, paying=6820, sme=18640, orders=(286400, 301250), trade_growth=11.36, subs=12480,
        killer_subs=6120, subs_amount=3264.80, dev_util=72.64, domestic=90.00, smart_factories=6, parks=14, solutions=36,
        om_cost_down=13.84, energy_down=8.62, safety_up=16.20, indices=6, patents=pats, copyrights=cops, awards=8,
        jobs=620, social=19.84, partners=12,
        open_data="以API接口、钢材价格指数和行业报告形式开放：开放API接口236个、价格指数18项、行业月报12期",
        auditor="上海信和会计师事务所（特殊普通合伙）", audit_no="信和审字（2024）第0306号",
        co_fin=_co(1864320.40, 1726418.90, 38642.15, 35120.60, 1268430.20, 61.24, 21468.30),
        group_text="公司为中国宝武钢铁集团有限公司旗下企业。宝武集团2023年合并营业收入超过1万亿元（集团合并口径，非本平台数据）。",
        benchmark=dict(name="对标平台C（国内某钢铁电商平台）", rd_int="5", protocols="60", devices="2", storage="1",
                       models="150余", ents="15,000"),
        other_regions="江苏、浙江、山东、广东、湖北、天津、河北",
        summary2="平台的技术创新点在于：一是构建覆盖交易、仓储、加工、物流的钢铁供应链数字化底座，实现货权与物权数据一致；二是以物联网设备连接仓库行车、"
                 "加工线和运输车辆，实现钢材全程可追溯；三是自研钢材价格指数与信用评估模型；四是核心系统自主可控。",
        summary3="平台的应用创新点在于：以“交易+服务”模式带动钢铁产业链上下游协同，降低中小用钢企业采购成本和库存；在仓储加工和物流场景形成示范。",
        customer_effect="某汽车零部件企业采购周期由7天缩短至3天，某钢材加工中心库存周转天数下降21%（均为客户自身数据）。",
        plan="预计2025年平台注册企业用户突破6万家，实际服务企业达到2.5万家，海外服务拓展至越南、马来西亚等国家。",
        cases=[dict(name="欧冶云商——汽车零部件企业钢材集采协同", intro="某汽车零部件企业年用钢量约12万吨。",
                    content="平台为该企业提供集采与加工配送服务，采购周期由7天缩短至3天，年降低采购成本约1,100万元（客户数据）。"),
               dict(name="欧冶云商生态运营平台——面向长三角钢材加工中心的仓储物流加工一体化智慧协同服务解决方案",
                    intro="某钢材加工中心位于江苏，年加工能力30万吨。",
                    content="平台接入其行车、剪切线等设备260台（套），库存周转天数下降21%，车辆等待时间下降35%（客户数据）。"),
               dict(name="欧冶云商——建筑钢材供应链金融科技服务", intro="某建筑施工企业年钢材需求约20万吨。",
                    content="平台依托交易数据为其提供供应链信用服务，资金占用下降约18%（客户数据）。")],
        attach_list=_attach("3"),
        last=dict(dev=23120, apps=132, served=18240, rev=23318.47),
        s7_text="与上年度相比，平台新增钢材加工在线排产和跨境交易模块，注册企业和服务企业数量持续增长；2023年7月数据为上年度申报时的截至值。",
        proof={"平台相关营业收入（万元）": "附件3-1 第3页"},
        # planted
        book_name="欧冶云商钢铁产业互联网生态平台",
        book_wrong_table={"实际服务企业数（个）": 24160},
        s7_wrong={"工业APP数量（个）": 186},
    )
    return s


def onepower() -> dict:
    s = dict(COMMON)
    pats, cops = _ip("工业5G网络", "OnePower", 17, 30)
    s.update(
        pid="h98_onepower_problems", list_no=21, listed_name="中国移动 OnePower 工业互联网平台",
        company="中移（上海）信息通信科技有限公司", name="中国移动 OnePower 工业互联网平台", participated=True,
        nature="跨行业跨领域综合型工业互联网平台", industry_word="电子、汽车、机械等制造",
        services="5G工业网络、设备上云、工业视觉质检、边缘计算",
        uscc="91310115MA1H8RY24C", founded="2017年9月", address="上海市浦东新区", capital="50,000万元",
        business="信息通信技术研发、工业互联网平台与解决方案", legal_rep="周正平",
        contact="孔令辉", contact_title="工业互联网产品部经理", phone="13817926054", email="konglh@cmcc-sh.example.com",
        venue="上海市浦东新区环科路999号2号楼6楼会议室", url="https://onepower.cmcc-sh.example.com",
        account="sheval2024", password="Op@Cm#2024", period="2019.06-2023.12", period_text="2019年6月至2023年12月",
        deploy="边缘侧、私有云、公有云、混合云", deploy_boxes="☑边缘侧 ☑私有云 ☑公有云 ☑混合云",
        build_amount=18640.00, rev={2020: 21346.80, 2021: 26720.45, 2022: 31864.22, 2023: 38126.74}, rd=6842.30, profit=3105.60,
        ops=236, run=182, qualified=341, dev=126840, dev_pub=84620, dev_run=61380,
        dev_cats=[("电工、电子设备", 5), ("机床", 3), ("机器人", 2), ("仪器仪表", 2), ("动力设备", 1), ("其他", 1)],
        regions=[("上海", 18), ("江苏", 16), ("浙江", 14), ("广东", 14), ("山东", 8), ("安徽", 6), ("湖北", 6),
                 ("四川", 6), ("重庆", 4), ("福建", 4)],
        overseas={"泰国Thailand": 612, "匈牙利Hungary": 238},
        protocols=312, software=1286, apps=964, apps_own=742, app_mau=618, killer=6, killer_dau=12640, killer_hits=186420,
        killer_income=214.30, app_pub=702, app_pub_daily=356,
        industries=[("电子", 4), ("汽车", 3), ("机械", 3), ("家电", 1), ("石化化工", 1)],
        cloud_use=1264.00, cloud_pub=612, storage_tb=6800.00, data_tb=4231.68, pub_data_tb=2186.40,
        models=1826, models_active=904, model_users=3864, ms=4862, ms_active=2618, devs=18420, devs_active=4286,
        registered=16840, served=9216, paying=3124, sme=7612, orders=(42860, 45120), trade_growth=19.64, subs=24860,
        killer_subs=11240, subs_amount=8642.30, dev_util=79.86, domestic=92.00, smart_factories=14, parks=22, solutions=60,
        om_cost_down=15.26, energy_down=10.48, safety_up=20.64, indices=8, patents=pats, copyrights=cops, awards=12,
        jobs=1260, social=26.42, partners=18,
        open_data="以API接口和工业数据集形式开放：开放API接口412个、工业视觉数据集14个", auditor="上海德正会计师事务所有限公司",
        audit_no="德正审字（2024）第2216号", co_fin=_co(486320.60, 432615.40, 24862.18, 21648.30, 612840.70, 48.62, 9864.20),
        group_text="公司是中国移动通信集团有限公司的全资专业公司。中国移动集团2023年营业收入超过1万亿元、5G网络客户超过7亿户"
                   "（集团合并口径，非本平台数据）。",
        benchmark=dict(name="对标平台D（国内某跨行业跨领域平台）", rd_int="12", protocols="500", devices="100", storage="10",
                       models="2,000余", ents="20,000"),
        other_regions="江苏、浙江、广东、山东、安徽、湖北、四川、重庆、福建",
        summary2="（本段为总结）",
        summary3="平台的应用创新点在于：以5G专网与边缘计算融合，推动工业视觉质检、远程控制等新场景规模应用；以“网络+平台+应用”一体化"
                 "商业模式服务中小企业，形成可持续运营能力。",
        customer_effect="某新能源汽车零部件企业质检效率提升3倍，某电子制造企业产线换型时间缩短42%（均为客户自身数据）。",
        plan="预计2025年平台连接设备超过20万台（套），开发者突破3万名，海外拓展至东南亚和中东欧更多国家。",
        cases=[dict(name="OnePower——新能源汽车零部件5G视觉质检", intro="某新能源汽车零部件企业，年产电驱壳体约80万件。",
                    content="平台部署5G视觉质检应用，检测效率提升3倍，漏检率降至0.05%以下（客户数据）。"),
               dict(name="OnePower——电子制造柔性产线数字化", intro="某消费电子代工企业上海工厂，员工约6,000人。",
                    content="平台接入产线设备1,800余台（套），换型时间缩短42%（客户数据）。"),
               dict(name="中国移动OnePower工业互联网平台——面向长三角装备制造产业集群的5G全连接工厂与设备预测性维护综合解决方案",
                    intro="某装备制造产业园，入驻企业60余家。",
                    content="平台为园区企业提供设备预测性维护，设备综合效率提升9个百分点（园区统计）。")],
        attach_list=_attach("3"),
        last=dict(dev=98460, apps=786, served=7420, rev=31864.22),
        s7_text="",
        proof={"平台相关营业收入（万元）": "附件3-1 第3页"},
        # planted
        book_wrong_prose={"开发者注册总数（个）": 26480},
        omit7=True, omit_summary2=True,
    )
    return s


SPECS = {"h98_xipai_clean": (xipai, 9811), "h98_sijian_clean": (sijian, 9812),
         "h98_ouye_problems": (ouye, 9816), "h98_onepower_problems": (onepower, 9821)}
