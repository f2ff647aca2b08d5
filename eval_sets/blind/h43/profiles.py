"""The four packages' declared figures and texts (h43). Every number, person, phone, address is invented."""

from __future__ import annotations

from .values import fmt_breakdown, synth

BASE_W = [0.30, 0.22, 0.16, 0.12, 0.10, 0.06, 0.04]


def texts(V: dict, w: dict) -> dict:
    s = V["short"]
    t = {
        "position": w["position"],
        "policy": w["policy"],
        "strategy": f"是，已纳入《{V['company_short']}“十四五”数字化转型发展规划》",
        "plan": f"是，《{s}工业互联网平台三年行动计划（2023—2025年）》",
        "other_res": w["other_res"],
        "edge": (f"方案支持数据采集、数据存储、网络传输、智能分析及边缘侧规则联动等功能；部署边缘计算应用节点"
                 f"{V['edge_nodes']}个，最低响应时延{V['latency']}毫秒。私有化部署说明：为{V['private_clients']}家客户提供"
                 "本地化部署，边缘节点与私有云统一纳管，数据在客户本地完成清洗与脱敏后按需同步至平台。"),
        "other_collect": "支持对MES、ERP、WMS、SCADA等业务系统通过API、数据库同步、文件接口等方式采集数据，覆盖生产、质量、"
                         "设备、能耗、物流等业务域，日均采集记录约1.2亿条。",
        "compute": w["compute"],
        "data_mgmt": "建立数据标准、元数据、主数据和数据质量管理规范，按数据资产目录分级分类管理，设置数据质量稽核规则，"
                     "定期输出数据质量报告。",
        "algos": "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法及深度学习视觉检测算法",
        "speed": w["speed"],
        "langs": "共5种：Java、Python、C++、JavaScript、Go",
        "framework": "基于微服务架构与容器化部署，提供低代码应用开发框架、统一身份认证、消息总线和数据服务接口，"
                     "支持应用的快速编排、灰度发布与弹性伸缩。",
        "tools": "提供在线IDE、可视化组态工具、模型训练与管理工具、API网关调试工具和应用测试工具，支持从开发、测试到"
                 "上架发布的全流程。",
        "sec_docs": (f"是，《{s}平台网络安全管理办法》（{w['doc_prefix']}-AQ-001，2021年3月）、《{s}平台数据安全管理规定》"
                     f"（{w['doc_prefix']}-AQ-004，2022年6月）、《{s}平台应急响应预案》（{w['doc_prefix']}-AQ-007，2023年2月）"),
        "sec_aspects": "1.数据：分级分类与加密存储；2.传输：全链路加密；3.访问登录：多因素认证；4.代码：上线前代码审计；"
                       "5.应用：应用上架安全检测；6.网络：分区分域隔离。",
        "third_party": "是，每年一次（每年第四季度委托第三方测评机构开展渗透测试与等保测评）",
        "scan": "是，每月一次全量漏洞扫描，重大版本上线前专项扫描",
        "sec_tech": "采用下一代防火墙、网络隔离、数据加密、身份认证、WAF、入侵检测、日志审计和态势感知等安全技术，"
                    "核心系统通过网络安全等级保护三级测评。",
        "backup": "有数据备份：每日增量、每周全量备份；离线备份：每月离线介质备份；云备份：核心库双机热备；异地灾备："
                  "同城双活加异地灾备中心。",
        "factories": f"是，{V['factories']}家：" + "；".join(w["factories"]),
        "listed": w["listed_text"],
        "keytech": w["keytech"],
        "benefit": w["benefit"],
        "cost": w["cost"],
        "data_value": w["data_value"],
        "supply": w["supply"],
        "newtech": w["newtech"],
        "breakthrough": f"是，{w['breakthrough']}",
        "carbon": w["carbon_text"],
        "idres": w["idres_text"],
        "standards": w["standards"],
        "contribution": w["contribution"],
        "open_mech": "是，平台向产业链上下游开放设备接入、数据服务和应用功能，按数据分级授权共享，签订数据使用协议并"
                     "通过平台审计日志追溯数据流向。",
        "open_data": w["open_data"],
        "cross": "通过统一API网关和标识解析与合作平台实现账号互认、数据互通和应用互调，已完成与合作平台的数据接口对接。",
        "newmode": w["newmode"],
        "intro": w["intro"],
        "effect": w["effect"],
    }
    return t


def book_texts(V: dict, w: dict) -> dict:
    s, rev = V["short"], V["rev"]
    return {
        "book_company": [w["company_intro"],
                         f"公司在工业互联网领域拥有平台团队{V['team']}人，其中运维人员{V['ops']}人、运营人员{V['biz']}人，"
                         f"具有相关技术职称或从业资格的{V['qual']}人。"],
        "book_platform": [
            f"{V['declared_name']}建设于{V['build_from'][0]}年{V['build_from'][1]}月至{V['build_to'][0]}年{V['build_to'][1]}月，"
            f"建设金额{V['build_amount']:.2f}万元，采用{V['build_mode']}方式建设、{V['op_mode']}，部署方式为{V['deploy']}。",
            f"截至2024年6月底，平台连接工业设备{V['dev']}台/套，工业APP{V['apps']}个，工业机理模型{V['models']}个，"
            f"微服务{V['ms']}个，注册企业用户{V['registered']}家，实际服务企业{V['served']}家。",
            f"2023年平台相关营业收入{rev[2023]:.2f}万元，平台相关研发投入{V['rd']:.2f}万元。",
        ],
        "bench": [
            ("1.2.1 创新投入情况", f"研发投入{V['rd']:.2f}万元，强度{V['rd_int']:.2f}%", w["bench_peer"] + "：研发投入数量级千万元"),
            ("2.1.1 工业设备连接/汇聚能力", f"连接设备{V['dev']}台/套", w["bench_peer"] + "：约数千台/套"),
            ("3.1.1 平台应用规模", f"实际服务企业{V['served']}家", w["bench_peer"] + "：数百至千余家"),
        ],
        "book_innovation": "技术创新点：" + w["keytech"],
        "book_effect": [w["benefit"], w["cost"], "应用创新点：" + w["newtech"]],
        "book_plan": [f"下一步，{s}平台将围绕行业机理模型沉淀、工业APP生态建设和跨区域推广持续投入，"
                      "深化与产业链上下游企业的协同。"],
        "cases": w["cases"],
        "book_7": w.get("book_7", []),
    }


def finish(p: dict, w: dict) -> dict:
    V = synth(p)
    V["overseas_map"] = dict(p["overseas"])
    V["text"] = texts(V, w)
    V["text"].update(book_texts(V, w))
    return V


# ---------------------------------------------------------------- package A: 序号6 联影 (clean)

def lianying() -> dict:
    p = dict(
        seed=4306, list_no=6, listed_name="联影医疗工业互联网平台", company="上海联影医疗科技股份有限公司",
        declared_name="联影医疗工业互联网平台", participated_2023=False, short="联影医疗", company_short="联影医疗",
        nature="行业型工业互联网平台", url="https://iiot.united-imaging.example.com", account="eval2024",
        password="Uih#Eval624", build_from=(2019, 4), build_to=(2023, 12), build_amount=6380.00,
        build_mode="自建", build_mode_form="■自建　□合作共建，合作企业名称（必填）：", op_mode="自运营",
        op_mode_form="■自运营　□联合运营　□委托运营", iaas_form="□自建　■租用，服务商名称（必填）：阿里云计算有限公司",
        deploy="私有云、公有云、混合云", deploy_form="□边缘侧　■私有云　■公有云　■混合云　□其他部署方式",
        rev2021=7426.18, g21=14.62, g22=12.40, g23=15.85, rd_share=0.212, profit_share=0.138,
        ops=112, biz=64, qual=139,
        devices=18426, pub=11208, daily=8317,
        dev_cats=["仪器仪表", "电工、电子设备", "动力设备", "机器人", "物流设备", "其他"],
        dev_cat_w=[0.46, 0.22, 0.12, 0.08, 0.07, 0.05],
        regions=["上海", "江苏", "浙江", "广东", "湖北", "四川", "北京"], reg_w=BASE_W,
        overseas={"美国United States": 214, "波兰Poland": 126, "马来西亚Malaysia": 88},
        apps=236, app_native=148, other_software=41,
        app_cats=["运维服务", "质量管控", "生产制造", "研发设计", "供应链管理", "运营管理"],
        app_cat_w=[0.32, 0.2, 0.16, 0.14, 0.1, 0.08],
        industries=["医药", "电子", "机械", "服务业", "其他"], ind_w=[0.42, 0.2, 0.18, 0.12, 0.08],
        app_mau=171, killer_dau=1842, killer_hits=26410, killer_income=36.48, pub_apps=152, pub_app_daily=94,
        cloud_used=186.50, cloud_pub=72, storage_tb=920.00, data_tb=603.52, pub_tb=248.36,
        models=164, models_active=97, model_users=418, model_w=[0.3, 0.22, 0.3, 0.18],
        ms=842, ms_active=517, devs=6420, devs_active=1683,
        registered=3186, served=2247, paid=684, local=1021, sme=1592,
        ent_regions=["上海", "江苏", "浙江", "广东", "湖北", "四川", "北京", "山东"],
        ent_reg_w=[0.28, 0.22, 0.16, 0.11, 0.09, 0.08, 0.06],
        orders=(15284, 16102), trade_growth=13.72, subs=6842, killer_subs=3126, subs_amount=2864.35,
        dev_util=81.26, domestic=88.50, factories=4, parks=11, solutions=30, sol_w=[0.2, 0.18, 0.16, 0.2, 0.12, 0.14],
        listed=True, carbon=True, idres=True,
        om_down=17.84, energy_down=8.96, safety_up=19.42, indices=5, patents=12, softs=19, awards=4, jobs=326,
        social=21.74, partners=7, protocols=186, edge_nodes=420, latency=8, private_clients=36,
        speed_level="秒级", docx_font="宋体", form_date="2024年7月12日", commit_date="2024年7月12日",
        venue="上海市嘉定区城北路2258号联影总部园区A栋3楼报告厅",
    )
    p["contact"] = {"name": "沈嘉怡", "title": "数字化运营部经理", "phone": "13917406285",
                    "email": "shenjiayi@united-imaging.example.com"}
    p["backup"] = {"name": "陆振华", "title": "平台产品总监", "phone": "13918524037",
                   "email": "luzhenhua@united-imaging.example.com"}
    p["co"] = dict(code="91310114MA1GT0XX6K", founded="2011年3月21日", reg_addr="上海市嘉定区城北路2258号（嘉定区）",
                   type="股份有限公司（上市）", capital="82,415.20万元", business="高端医学影像设备及放射治疗设备的研发、生产与服务",
                   legal="张强", fax="021-67076000", equity="上海联影医疗控股有限公司等（详见公司年报）",
                   assets="2,684,520.36", revenue="1,141,086.52", growth="23.52", debt="32.18", profit="226,870.15",
                   tax="98,412.60",
                   income=[("一、营业总收入", 11410865236.48, 9238218774.10), ("其中：营业收入", 11410865236.48, 9238218774.10),
                           ("二、营业总成本", 9268450125.36, 7628342916.52), ("三、营业利润", 2242608716.37, 1780246318.25),
                           ("四、利润总额", 2268701536.90, 1802517634.18), ("五、净利润", 1974120380.44, 1656014287.95)])
    w = dict(
        position="面向高端医疗装备制造与运维的行业型工业互联网平台，服务设备全生命周期管理与产业链协同。",
        policy="1.工业和信息化部《“十四五”医疗装备产业发展规划》——推动医疗装备智能化、服务化；2.上海市《推进工业互联网"
               "赋能医疗装备产业发展》方向——发展远程运维；3.医疗装备行业——装备联网与预测性维护需求快速增长。",
        other_res="汇聚医疗装备零部件供应商412家、维保工程师2,310名、工艺知识条目1.8万条，形成备件库存共享池覆盖"
                  "备件品类6,400余种。",
        compute="公有云与私有云合计提供vCPU 6,200核、GPU 48卡，支持弹性扩容至峰值2倍。",
        speed="秒级（每TB设备日志聚合分析约4秒）",
        doc_prefix="UIH-IIP",
        factories=["上海联影智慧医疗装备智能工厂（嘉定区城北路）：设备联网与质量追溯",
                   "某医用耗材智能工厂（奉贤区）：能效管理", "某精密部件智能工厂（松江区）：预测性维护",
                   "某电子装联智能工厂（闵行区）：生产排程优化"],
        listed_text="是，公司于2022年8月在上海证券交易所科创板上市。",
        keytech="设备远程诊断引擎、医疗装备数字孪生建模、多模态影像设备日志分析等关键技术均为自主研发，自主可控。",
        benefit="3个案例平均带动用户设备开机率提升6.2个百分点，新增服务收入平均约860万元。",
        cost="3个案例平均降低运维成本17.84%，平均能耗下降8.96%。",
        data_value="基于设备运行日志和维修记录构建故障知识图谱，沉淀工艺与维修知识，支撑故障预测、备件需求预测和"
                   "质量追溯，知识条目可在不同产线复用。",
        supply="平台与412家供应商的ERP/SRM系统对接，实现订单、来料质检、库存和交付协同，供应商准时交付率提升至96%，"
               "备件周转天数下降18%。",
        newtech="有，平台融合人工智能、5G、边缘计算、数字孪生和标识解析技术，实现设备故障智能预警与远程运维。",
        breakthrough="自研医疗装备故障预测模型，关键部件故障预警准确率达92%，高于国外同类产品公开指标约85%。",
        carbon_text="是，提供碳排放监测与碳足迹核算服务，服务医疗装备制造企业26家。",
        idres_text="是，接入国家工业互联网标识解析二级节点（医疗装备行业），累计标识注册量约120万个。",
        standards="参与制定行业标准2项：《医用电气设备远程运维服务规范》《医疗装备数据采集接口要求》。",
        contribution="平台服务本市医疗装备与生物医药企业1,021家，带动长三角医疗装备产业链协同，支撑本市高端医疗装备"
                     "产业集群数字化转型。",
        open_data="以API接口和数据集形式开放：开放API接口142个、行业数据集6个、设备运维知识库1个",
        newmode="有，培育“设备即服务”的按使用量付费运维模式，已在42家医院及制造企业落地。",
        intro="联影医疗工业互联网平台是上海联影医疗科技股份有限公司打造的行业型工业互联网平台，面向医疗装备制造、"
              "运维及上下游配套企业，提供设备联网、远程运维、质量追溯、供应链协同和数据分析等服务。平台已连接医疗装备与"
              "生产设备18426台/套，上架工业APP236个，主要客户包括医疗装备制造企业、零部件供应商和医疗机构。",
        effect="平台解决了高端医疗装备运维响应慢、备件需求难预测、质量追溯链条长等痛点，带动用户设备开机率提升，"
               "运维成本平均下降17.84%，形成可复制的医疗装备服务化转型路径。",
        company_intro="上海联影医疗科技股份有限公司成立于2011年，主营高端医学影像及放射治疗设备，产品覆盖全国及海外多个国家。",
        bench_peer="同行业某医疗装备远程运维平台",
        cases=[("案例1：联影医疗工业互联网平台——设备远程运维", "为某三甲医院集团提供影像设备远程监测与预测性维护，"
                "设备非计划停机减少31%。"),
               ("案例2：联影医疗工业互联网平台——供应链协同", "为某零部件供应商打通订单与质检数据，交付周期缩短15%。"),
               ("案例3：联影医疗工业互联网平台——能效管理", "为某医用耗材工厂提供能耗监测，综合能耗下降9%。")],
    )
    V = finish(p, w)
    return V


# ---------------------------------------------------------------- package B: 序号12 建工四建 (problems)

def jiangong() -> dict:
    p = dict(
        seed=4312, list_no=12, listed_name="基于BIM的公共建筑智慧建造与运维工业互联网平台", company="上海建工四建集团有限公司",
        declared_name="基于BIM的公共建筑智慧建造与运维工业互联网平台", participated_2023=True, short="四建智建",
        company_short="上海建工四建", nature="行业型工业互联网平台", url="https://bim.scg4.example.com", account="review24",
        password="Scg4@Bim0712", build_from=(2018, 9), build_to=(2023, 12), build_amount=5120.00,
        build_mode="自建", build_mode_form="■自建　□合作共建，合作企业名称（必填）：", op_mode="自运营",
        op_mode_form="■自运营　□联合运营　□委托运营", iaas_form="□自建　■租用，服务商名称（必填）：天翼云科技有限公司",
        deploy="边缘侧、私有云、公有云", deploy_form="■边缘侧　■私有云　■公有云　□混合云　□其他部署方式",
        rev2021=7216.40, g21=9.84, g22=11.26, g23=22.81, rd_share=0.151, profit_share=0.094,
        ops=78, biz=47, qual=96,
        devices=9634, pub=5120, daily=3847,
        dev_cats=["工程机械", "仪器仪表", "电力设备", "物流设备", "其他"],
        dev_cat_w=[0.42, 0.24, 0.14, 0.12, 0.08],
        regions=["上海", "江苏", "浙江", "安徽", "广东", "海南"], reg_w=[0.5, 0.17, 0.13, 0.09, 0.07, 0.04],
        overseas={"柬埔寨Cambodia": 112},
        apps=124, app_native=81, other_software=22,
        app_cats=["安全生产", "质量管控", "运营管理", "运维服务", "节能减排"], app_cat_w=[0.3, 0.24, 0.2, 0.16, 0.1],
        industries=["建筑业", "建材", "服务业", "其他"], ind_w=[0.62, 0.16, 0.14, 0.08],
        app_mau=92, killer_dau=986, killer_hits=12440, killer_income=18.62, pub_apps=76, pub_app_daily=48,
        cloud_used=96.00, cloud_pub=38, storage_tb=640.00, data_tb=412.80, pub_tb=136.24,
        models=96, models_active=58, model_users=236, model_w=[0.22, 0.34, 0.26, 0.18],
        ms=468, ms_active=281, devs=2150, devs_active=604,
        registered=1468, served=1034, paid=386, local=612, sme=708,
        ent_regions=["上海", "江苏", "浙江", "安徽", "广东", "海南"], ent_reg_w=[0.36, 0.26, 0.18, 0.12, 0.08],
        orders=(4862, 5118), trade_growth=18.46, subs=2436, killer_subs=1128, subs_amount=986.40,
        dev_util=76.58, domestic=91.20, factories=2, parks=6, solutions=18, sol_w=[0.24, 0.2, 0.2, 0.14, 0.1, 0.12],
        listed=False, carbon=True, idres=True,
        om_down=14.62, energy_down=11.38, safety_up=26.40, indices=3, patents=9, softs=24, awards=3, jobs=214,
        social=18.36, partners=5, protocols=94, edge_nodes=260, latency=15, private_clients=18,
        speed_level="秒级", docx_font="仿宋", form_date="2024年7月16日", commit_date="2024年7月16日",
        venue="上海市徐汇区中山南二路1089号四建大厦12楼第二会议室",
    )
    p["contact"] = {"name": "顾晓岚", "title": "数字建造中心副主任", "phone": "13916758204", "email": "guxl@scg4.example.com"}
    p["backup"] = {"name": "邵明杰", "title": "平台运营主管", "phone": "13917320581", "email": "shaomj@scg4.example.com"}
    p["co"] = dict(code="91310104132201XXXQ", founded="1993年6月8日", reg_addr="上海市徐汇区中山南二路1089号（徐汇区）",
                   type="有限责任公司（国有控股）", capital="150,000.00万元", business="房屋建筑工程施工总承包、建筑智能化及运维服务",
                   legal="陈立群", fax="021-64187300", equity="上海建工集团股份有限公司100%",
                   assets="3,126,480.52", revenue="2,418,630.17", growth="6.84", debt="81.42", profit="46,218.35",
                   tax="58,360.22",
                   income=[("一、营业总收入", 24186301745.36, 22638124518.70), ("其中：营业收入", 24186301745.36, 22638124518.70),
                           ("二、营业总成本", 23608214306.18, 22102465318.44), ("三、营业利润", 458230615.82, 421806324.15),
                           ("四、利润总额", 462183506.27, 426615230.80), ("五、净利润", 372410628.91, 341280154.62)])
    w = dict(
        position="面向公共建筑建造与运维全生命周期的BIM行业型工业互联网平台，推动建筑业数字化转型。",
        policy="1.住房和城乡建设部《“十四五”建筑业发展规划》——推进智能建造与新型建筑工业化；2.上海市《关于推进本市智能"
               "建造发展的实施意见》——BIM全过程应用；3.建筑业——智能建造与运维一体化趋势明显。",
        other_res="汇聚BIM构件族库3.6万个、工程项目数据2,140个、专业分包企业586家，形成施工工艺知识库条目9,200条。",
        compute="私有云与公有云合计vCPU 2,400核、GPU 16卡，BIM轻量化渲染集群支持弹性扩容。",
        speed="秒级（每TB BIM模型与传感数据检索分析约6秒）",
        doc_prefix="SCG4-IIP",
        factories=["某装配式构件智能工厂（松江区）：构件生产与堆场管理", "某预制混凝土智能工厂（青浦区）：质量追溯"],
        listed_text="否",
        keytech="BIM轻量化引擎、施工进度数字孪生、塔吊群防碰撞算法等关键技术为自主研发，自主可控。",
        benefit="3个案例平均缩短工期8.6%，带动项目新增产值约1.2亿元。",
        cost="3个案例平均降低运维成本14.62%，平均能耗下降11.38%。",
        data_value="汇聚设计、施工、运维三阶段BIM与IoT数据，沉淀施工工艺知识并复用于新项目，支撑进度预测和质量风险预警。",
        supply="平台与586家分包及材料供应商对接，实现材料计划、进场验收、结算协同，材料损耗率下降3.2个百分点。",
        newtech="有，融合BIM、数字孪生、5G、人工智能和标识解析技术，实现建筑构件全生命周期追溯。",
        breakthrough="自研BIM轻量化引擎，百万构件模型加载时间低于8秒，优于国外同类引擎公开指标约15秒。",
        carbon_text="是，提供建筑施工碳排放监测与建筑运行碳核算服务，服务项目48个。",
        idres_text="是，接入国家标识解析二级节点（建筑行业），累计标识注册量约36万个。",
        standards="参与制定行业标准1项、团体标准3项，其中《建筑工程施工BIM应用标准》为行业标准。",
        contribution="平台服务本市公共建筑项目及企业612家，支撑本市重大工程智能建造，带动长三角建筑产业链协同。",
        open_data="以API接口和BIM构件库形式开放：开放API接口64个、BIM构件族库1个（3.6万个构件）",
        newmode="有，培育“建造+运维”一体化数字服务模式，已在23个公共建筑项目落地。",
        intro="基于BIM的公共建筑智慧建造与运维工业互联网平台是上海建工四建集团有限公司打造的行业型工业互联网平台，"
              "面向公共建筑设计、施工与运维，提供BIM协同、智慧工地、构件追溯和建筑运维等服务。平台连接施工机械与"
              "监测设备9634台/套，服务企业1034家。",
        effect="平台解决了建造过程数据割裂、施工安全风险难预警、建筑运维信息断档等痛点，安全生产持续时间平均提升26.40%，"
               "为建筑业智能建造提供了可复制的路径。",
        company_intro="上海建工四建集团有限公司是上海建工集团骨干企业，主营房屋建筑施工总承包和建筑运维服务。",
        bench_peer="同行业某智慧工地平台",
        cases=[("案例1：基于BIM的公共建筑智慧建造与运维工业互联网平台——智慧工地", "为某市级医院新建工程提供塔吊防碰撞与"
                "进度孪生，安全事故零发生。"),
               ("案例2：基于BIM的公共建筑智慧建造与运维工业互联网平台——构件追溯", "为某装配式构件厂提供构件标识追溯，"
                "质量问题追溯时间缩短70%。"),
               ("案例3：基于BIM的公共建筑智慧建造与运维工业互联网平台——建筑运维", "为某文化场馆提供运维管理，"
                "能耗下降12%。")],
    )
    V = finish(p, w)
    V["text"]["book_7"] = [
        f"与2023年度参评时相比，平台连接工业设备由7,120台/套增至{V['dev']}台/套，实际服务企业由826家增至{V['served']}家。",
        "功能模块方面，新增构件标识追溯、建筑碳核算两个模块；应用服务方面，新增装配式构件工厂和公共建筑运维场景。",
    ]
    return V


# ---------------------------------------------------------------- package C: 序号21 中移 (problems)

def yidong() -> dict:
    p = dict(
        seed=4321, list_no=21, listed_name="中国移动OnePower工业互联网平台", company="中移（上海）信息通信科技有限公司",
        declared_name="中国移动OnePower工业互联网平台", participated_2023=True, short="OnePower", company_short="中移上海产业研究院",
        nature="跨行业跨领域工业互联网平台", url="https://onepower.cmsh.example.com", account="sheitc2024",
        password="OneP@wer2024", build_from=(2020, 1), build_to=(2023, 12), build_amount=12860.00,
        build_mode="自建", build_mode_form="■自建　□合作共建，合作企业名称（必填）：", op_mode="联合运营",
        op_mode_form="□自运营　■联合运营　□委托运营", iaas_form="■自建　□租用，服务商名称（必填）：",
        deploy="边缘侧、私有云、公有云、混合云", deploy_form="■边缘侧　■私有云　■公有云　■混合云　□其他部署方式",
        rev2021=16842.30, g21=38.52, g22=26.14, g23=19.62, rd_share=0.124, profit_share=0.071,
        ops=236, biz=118, qual=287,
        devices=46820, pub=31244, daily=22906,
        dev_cats=["机床", "动力设备", "电工、电子设备", "机器人", "化工设备", "仪器仪表", "其他"],
        dev_cat_w=[0.24, 0.2, 0.18, 0.12, 0.1, 0.1, 0.06],
        regions=["上海", "江苏", "浙江", "广东", "山东", "安徽", "河南"], reg_w=BASE_W,
        overseas={"泰国Thailand": 362, "印度尼西亚Indonesia": 248},
        apps=46, app_native=28, other_software=9,
        app_cats=["生产制造", "运维服务", "质量管控", "安全生产", "节能减排", "仓储物流"], app_cat_w=[0.26, 0.22, 0.18, 0.14, 0.12, 0.08],
        industries=["机械", "电子", "汽车", "石化化工", "轻工", "其他"], ind_w=[0.28, 0.22, 0.16, 0.12, 0.12, 0.1],
        app_mau=38, killer_dau=2418, killer_hits=31650, killer_income=52.16, pub_apps=34, pub_app_daily=26,
        cloud_used=412.00, cloud_pub=186, storage_tb=2400.00, data_tb=1562.40, pub_tb=806.72,
        models=318, models_active=176, model_users=924, model_w=[0.34, 0.18, 0.3, 0.18],
        ms=1620, ms_active=948, devs=9860, devs_active=2214,
        registered=4218, served=3062, paid=1046, local=1138, sme=2386,
        ent_regions=["上海", "江苏", "浙江", "广东", "山东", "安徽", "河南"],
        ent_reg_w=[0.3, 0.22, 0.16, 0.12, 0.12, 0.08],
        orders=(28640, 30215), trade_growth=21.38, subs=9862, killer_subs=4120, subs_amount=5216.80,
        dev_util=83.40, domestic=92.60, factories=9, parks=14, solutions=42, sol_w=[0.2, 0.14, 0.2, 0.22, 0.1, 0.14],
        listed=True, carbon=True, idres=True,
        om_down=16.22, energy_down=10.48, safety_up=22.64, indices=4, patents=38, softs=52, awards=6, jobs=468,
        social=19.84, partners=12, protocols=326, edge_nodes=1260, latency=5, private_clients=64,
        speed_level="毫秒级", docx_font="微软雅黑", form_date="2024年7月18日", commit_date="2024年7月18日",
        venue="上海市浦东新区华夏中路8号中移上海产业研究院3号楼1层展示厅",
    )
    p["contact"] = {"name": "钱思远", "title": "工业互联网产品部经理", "phone": "13918640275", "email": "qiansy@cmsh-iiot.example.com"}
    p["backup"] = {"name": "唐一鸣", "title": "平台运营经理", "phone": "13916083712", "email": "tangym@cmsh-iiot.example.com"}
    p["co"] = dict(code="91310115MA1H9XXX2P", founded="2019年4月26日", reg_addr="上海市浦东新区华夏中路8号（浦东新区）",
                   type="有限责任公司（国有法人独资）", capital="100,000.00万元", business="5G、工业互联网、物联网产品研发与信息技术服务",
                   legal="吴建平", fax="021-58216600", equity="中国移动通信有限公司100%",
                   assets="862,410.35", revenue="316,802.46", growth="18.26", debt="46.72", profit="21,648.30",
                   tax="9,826.14",
                   income=[("一、营业总收入", 3168024618.52, 2678819327.40), ("其中：营业收入", 3168024618.52, 2678819327.40),
                           ("二、营业总成本", 2962410584.17, 2518624105.38), ("三、营业利润", 214806312.66, 168420518.92),
                           ("四、利润总额", 216483025.18, 170126384.55), ("五、净利润", 184010571.40, 144607426.87)])
    w = dict(
        position="依托5G与算力网络的跨行业跨领域工业互联网平台，为制造企业提供连接、数据与应用一体化服务。",
        policy="1.工业和信息化部《“5G+工业互联网”512工程推进方案》——5G全连接工厂建设；2.上海市《工业互联网创新发展应用"
               "三年行动计划》——平台赋能；3.制造业——5G专网与工业互联网融合应用加速。",
        other_res="汇聚5G行业专网312张、边缘算力节点1,260个、工业解决方案服务商214家，形成5G工业模组适配库1,800余款。",
        compute="依托移动云与边缘云提供vCPU 18,000核、GPU 96卡，支持跨区域弹性调度。",
        speed="毫秒级（每TB设备时序数据检索约600毫秒）",
        doc_prefix="CMSH-OP",
        factories=["某汽车零部件智能工厂（嘉定区）：5G全连接工厂", "某电子制造智能工厂（松江区）：视觉质检",
                   "某钢铁深加工智能工厂（宝山区）：设备预测性维护", "某化工新材料智能工厂（金山区）：安全生产监测",
                   "某家电智能工厂（青浦区）：柔性排产", "某装备制造智能工厂（临港新片区）：远程运维",
                   "某医药智能工厂（奉贤区）：能耗管理", "某食品智能工厂（闵行区）：质量追溯", "某机器人智能工厂（浦东新区）：产线数字孪生"],
        listed_text="是，控股股东中国移动有限公司已在上海证券交易所及香港联交所上市。",
        keytech="5G工业专网切片编排、工业协议智能解析、边云协同调度等关键技术为自主研发，自主可控。",
        benefit="3个案例平均提升生产效率18%，带动用户新增营收平均约2,400万元。",
        cost="3个案例平均降低运维成本16.22%，平均能耗下降10.48%。",
        data_value="基于5G专网采集的海量设备数据，构建设备健康、工艺优化与质量预测模型，沉淀工业机理模型318个，"
                   "模型在不同行业复用。",
        supply="平台为214家解决方案服务商和上下游企业提供订单、物流和质量数据协同，供应链订单准时交付率提升至95%。",
        newtech="有，平台融合5G、人工智能、AI大模型、边缘计算、数字孪生和标识解析技术。",
        breakthrough="自研5G工业专网切片编排系统，端到端时延低于10毫秒，达到国际同类系统先进水平。",
        carbon_text="是，提供碳排放监测、碳核算与碳效评价服务，服务企业132家。",
        idres_text="是，建设并运营标识解析二级节点，累计标识注册量约2,600万个。",
        standards="牵头制定行业标准2项、参与国家标准3项，包括《5G工业专网技术要求》等。",
        contribution="平台服务本市企业1,138家，支撑本市5G全连接工厂建设和临港、嘉定等重点区域产业数字化转型。",
        open_data="以API接口、数据集和模型组件形式开放：开放API接口318个、行业数据集14个、模型组件86个",
        newmode="有，培育“5G专网+平台+应用”订阅服务模式，已在126家制造企业落地。",
        intro="中国移动OnePower工业互联网平台是中移（上海）信息通信科技有限公司打造的跨行业跨领域工业互联网平台，"
              "依托5G与算力网络，为制造企业提供设备连接、数据采集、工业应用和解决方案服务。平台连接工业设备46820台/套，"
              "服务企业3062家。",
        effect="平台解决了制造企业设备连接难、数据孤岛和应用开发成本高等痛点，运维成本平均下降16.22%，能耗平均下降10.48%。",
        company_intro="中移（上海）信息通信科技有限公司是中国移动在沪设立的产业研究院，主营5G、工业互联网和物联网产品研发。",
        bench_peer="同行业某跨行业跨领域平台",
        cases=[("案例1：中国移动OnePower工业互联网平台——5G全连接工厂", "为某汽车零部件企业建设5G全连接工厂，生产效率提升20%。"),
               ("案例2：中国移动OnePower工业互联网平台——视觉质检", "为某电子制造企业部署AI视觉质检，漏检率下降60%。"),
               ("案例3：中国移动OnePower工业互联网平台——预测性维护", "为某钢铁深加工企业提供设备预测性维护，非计划停机减少35%。")],
    )
    V = finish(p, w)
    V["text"]["book_7"] = [
        f"与2023年度参评时相比，平台连接工业设备由38,460台/套增至{V['dev']}台/套，工业机理模型由246个增至{V['models']}个。",
        "新增AI大模型质检助手、碳效评价两个功能模块，新增服务化工与医药行业。",
    ]
    return V


# ---------------------------------------------------------------- package D: 序号31 光明乳业 (problems)

def guangming() -> dict:
    p = dict(
        seed=4331, list_no=31, listed_name="光明乳业工业互联网平台", company="光明乳业股份有限公司",
        declared_name="光明乳业工业互联网平台", participated_2023=False, short="光明乳业", company_short="光明乳业",
        nature="企业级工业互联网平台", url="https://iip.brightdairy.example.com", account="pingshen",
        password="Bright!2024iip", build_from=(2020, 6), build_to=(2023, 12), build_amount=4380.00,
        build_mode="合作共建，上海智链乳品数字科技有限公司",
        build_mode_form="□自建　■合作共建，合作企业名称（必填）：上海智链乳品数字科技有限公司", op_mode="自运营",
        op_mode_form="■自运营　□联合运营　□委托运营", iaas_form="□自建　■租用，服务商名称（必填）：华为云计算技术有限公司",
        deploy="边缘侧、私有云、公有云", deploy_form="■边缘侧　■私有云　■公有云　□混合云　□其他部署方式",
        rev2021=2864.52, g21=11.38, g22=16.04, g23=13.26, rd_share=0.186, profit_share=0.112,
        ops=52, biz=34, qual=61,
        devices=6824, pub=2960, daily=2186,
        dev_cats=["轻工设备", "动力设备", "仪器仪表", "物流设备", "其他"], dev_cat_w=[0.46, 0.18, 0.16, 0.14, 0.06],
        regions=["上海", "江苏", "浙江", "黑龙江", "内蒙古", "安徽"], reg_w=[0.62, 0.1, 0.08, 0.08, 0.07, 0.05],
        overseas={"新西兰New Zealand": 64},
        apps=68, app_native=41, other_software=14,
        app_cats=["生产制造", "质量管控", "仓储物流", "节能减排", "供应链管理"], app_cat_w=[0.28, 0.26, 0.18, 0.14, 0.14],
        industries=["食品", "轻工", "服务业", "其他"], ind_w=[0.58, 0.18, 0.14, 0.1],
        app_mau=54, killer_dau=612, killer_hits=8420, killer_income=9.86, pub_apps=22, pub_app_daily=15,
        cloud_used=64.50, cloud_pub=24, storage_tb=380.00, data_tb=248.76, pub_tb=62.18,
        models=182, models_active=104, model_users=164, model_w=[0.3, 0.14, 0.38, 0.18],
        ms=356, ms_active=214, devs=860, devs_active=226,
        registered=1286, served=842, paid=318, local=436, sme=624,
        ent_regions=["上海", "江苏", "浙江", "黑龙江", "内蒙古", "安徽"], ent_reg_w=[0.32, 0.24, 0.16, 0.14, 0.14],
        orders=(6218, 6542), trade_growth=12.84, subs=1862, killer_subs=846, subs_amount=412.60,
        dev_util=79.64, domestic=86.40, factories=3, parks=4, solutions=14, sol_w=[0.26, 0.1, 0.2, 0.2, 0.12, 0.12],
        listed=True, carbon=True, idres=False,
        om_down=12.48, energy_down=9.26, safety_up=16.82, indices=3, patents=11, softs=16, awards=3, jobs=138,
        social=20.46, partners=4, protocols=72, edge_nodes=180, latency=20, private_clients=9,
        speed_level="秒级", docx_font="宋体", form_date="2024年7月19日", commit_date="2024年7月19日",
        venue="上海市闵行区吴中路578号光明乳业总部5楼多功能厅",
    )
    p["contact"] = {"name": "蒋怡雯", "title": "信息技术部高级经理", "phone": "13917852064", "email": "jiangyw@brightdairy.example.com"}
    p["backup"] = {"name": "范立新", "title": "智能制造主管", "phone": "13918207463", "email": "fanlx@brightdairy.example.com"}
    p["co"] = dict(code="91310000132213XXXF", founded="1996年10月7日", reg_addr="上海市闵行区吴中路578号（闵行区）",
                   type="股份有限公司（上市）", capital="137,864.16万元", business="乳制品研发、生产、销售及奶牛养殖",
                   legal="黄黎明", fax="021-54584520", equity="光明食品（集团）有限公司等（详见公司年报）",
                   assets="2,452,816.40", revenue="2,630,124.58", growth="-6.14", debt="53.82", profit="112,406.27",
                   tax="86,218.35",
                   income=[("一、营业总收入", 26301245836.20, 28021462618.74), ("其中：营业收入", 26301245836.20, 28021462618.74),
                           ("二、营业总成本", 25186420317.62, 27018624503.16), ("三、营业利润", 1108264315.48, 962518430.27),
                           ("四、利润总额", 1124062715.36, 971208614.50), ("五、净利润", 938416270.11, 806214530.82)])
    w = dict(
        position="面向乳制品全产业链的企业级工业互联网平台，贯通牧场、工厂、冷链与门店数据。",
        policy="1.工业和信息化部《关于加快推进食品工业数字化转型的指导意见》方向——生产全过程数字化；2.上海市《推进食品"
               "产业数字化转型》方向——质量追溯；3.乳制品行业——冷链与质量安全追溯需求增长。",
        other_res="汇聚合作牧场36个、冷链车辆1,240台、门店及终端网点1.6万个的数据资源，形成奶源质量数据库。",
        compute="私有云与华为云合计vCPU 1,600核、GPU 8卡，支持乳品质检模型训练。",
        speed="秒级（每TB生产与冷链数据分析约9秒）",
        doc_prefix="BD-IIP",
        factories=["光明乳业华东中心工厂（闵行区）：生产过程数字化", "某乳品智能工厂（奉贤区）：质量追溯",
                   "某饮料智能工厂（金山区）：能耗管理"],
        listed_text="是，公司于2002年在上海证券交易所上市。",
        keytech="乳品发酵工艺模型、冷链温控预测算法、奶源质量追溯系统等关键技术为自主研发，自主可控。",
        benefit="3个案例平均提升生产效率9.8%，带动用户新增营收平均约620万元。",
        cost="3个案例平均降低运维成本12.48%，平均能耗下降9.26%。",
        data_value="汇聚奶源、生产、冷链和终端销售数据，沉淀发酵工艺与杀菌工艺模型，支撑质量预测和需求预测。",
        supply="平台与36个合作牧场和128家包材供应商系统对接，实现奶源计划、包材协同和冷链配送协同，库存周转天数下降12%。",
        newtech="有，融合人工智能、边缘计算、数字孪生技术，实现发酵过程智能控制和冷链温控预警。",
        breakthrough="自研乳品发酵工艺优化模型，批次合格率提升至99.6%，优于行业平均水平约98.8%。",
        carbon_text="是，提供牧场与工厂碳排放监测及产品碳足迹核算服务，服务企业18家。",
        idres_text="否",
        standards="参与制定行业标准1项：《乳制品企业生产过程数据采集规范》。",
        contribution="平台服务本市食品企业436家，保障本市乳品供应质量安全，带动长三角乳品产业链数字化协同。",
        open_data="以API接口和数据报告形式开放：开放API接口38个、奶源质量数据报告模板12类",
        newmode="有，培育“牧场—工厂—门店”数据驱动的按需生产模式，已在3家工厂落地。",
        intro="光明乳业工业互联网平台是光明乳业股份有限公司与合作企业共建的企业级工业互联网平台，面向乳制品牧场、"
              "加工工厂、冷链物流和终端门店，提供设备联网、工艺优化、质量追溯和供应链协同服务。平台连接工业设备6824台/套，"
              "服务企业842家。",
        effect="平台解决了乳品生产工艺波动、冷链断链风险和质量追溯难等痛点，运维成本平均下降12.48%，能耗平均下降9.26%。",
        company_intro="光明乳业股份有限公司是国内领先的乳制品企业，主营乳制品研发、生产、销售及奶牛养殖。",
        bench_peer="同行业某乳品企业平台",
        cases=[("案例1：光明乳业工业互联网平台——发酵工艺优化", "为华东中心工厂优化发酵工艺，批次合格率提升0.8个百分点。"),
               ("案例2：光明乳业工业互联网平台——冷链温控", "为冷链车队提供温控预警，冷链断链事件下降72%。"),
               ("案例3：光明乳业工业互联网平台——质量追溯", "为奉贤工厂建立奶源到产品的追溯链，追溯时间缩短至10分钟。")],
    )
    V = finish(p, w)
    return V


PROFILES = {"h43_01_lianying_clean": lianying, "h43_02_jiangong_problems": jiangong,
            "h43_03_yidong_problems": yidong, "h43_04_guangming_problems": guangming}

__all__ = ["PROFILES", "fmt_breakdown"]
