"""The four package specs of h95 (all clean) and the texts written from them."""

from __future__ import annotations

import random
from types import SimpleNamespace

from eval_sets.blind.h95.model import derive, r2


def company(rev, rev_prev, assets, assets_prev, liab, liab_prev, cost_r, rd, rd_prev, nonop, tax_rate=0.15):
    """Company statements in 元 (multiples of 100 so that 万元 has two exact decimals); the spec's figures are in 角-free 1/10 units."""
    rev, rev_prev, assets, assets_prev, liab, liab_prev, rd, rd_prev, nonop = (
        round(x / 10, -2) for x in (rev, rev_prev, assets, assets_prev, liab, liab_prev, rd, rd_prev, nonop))
    c = dict(rev=rev, rev_prev=rev_prev, assets=assets, assets_prev=assets_prev, liab=liab, liab_prev=liab_prev, rd=rd, rd_prev=rd_prev)
    c["cost"], c["cost_prev"] = round(rev * cost_r, -2), round(rev_prev * (cost_r + 0.01), -2)
    c["tax_surcharge"], c["tax_prev"] = round(rev * 0.0042, -2), round(rev_prev * 0.0041, -2)
    c["selling"], c["selling_prev"] = round(rev * 0.021, -2), round(rev_prev * 0.022, -2)
    c["admin"], c["admin_prev"] = round(rev * 0.034, -2), round(rev_prev * 0.035, -2)
    c["other_gain"], c["other_gain_prev"] = round(rev * 0.003, -2), round(rev_prev * 0.003, -2)
    c["nonop"], c["nonop_prev"] = nonop, round(nonop * 0.8, -2)
    op = rev - c["cost"] - c["tax_surcharge"] - c["selling"] - c["admin"] - rd + c["other_gain"]
    c["profit"] = round(op + nonop, 2)
    c["income_tax"] = round(c["profit"] * tax_rate, -2)
    opp = rev_prev - c["cost_prev"] - c["tax_prev"] - c["selling_prev"] - c["admin_prev"] - rd_prev + c["other_gain_prev"]
    c["income_tax_prev"] = round((opp + c["nonop_prev"]) * tax_rate, -2)
    return c


def patents(prefix: str, n: int, rng: random.Random, topics: list[str]) -> list[tuple]:
    out = []
    for i in range(n):
        t = topics[i % len(topics)]
        kind = "发明" if i % 3 else "实用新型"
        out.append((f"一种{t}的方法及系统" if kind == "发明" else f"一种{t}装置", f"ZL{2018 + i % 6}1{rng.randrange(10**6, 10**7)}.{rng.randrange(10)}",
                    kind, f"{2019 + i % 5}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}"))
    return out


def copyrights(prefix: str, n: int, rng: random.Random, topics: list[str]) -> list[tuple]:
    return [(f"{prefix}{topics[i % len(topics)]}软件V{1 + i % 4}.{i % 10}", f"{2019 + i % 5}SR{rng.randrange(10**6, 10**7)}",
             f"{2019 + i % 5}-{1 + (i * 5) % 12:02d}-{1 + (i * 3) % 28:02d}") for i in range(n)]


SPECS = {
    "h95_sijian_clean": dict(
        list_no=12, seed=9512, participated=True, nature="行业型工业互联网平台",
        listed_name="基于BIM的公共建筑智慧建造与运维工业互联网平台", company_name="上海建工四建集团有限公司",
        declared_name="基于BIM的公共建筑智慧建造与运维工业互联网平台", short="四建",
        industry="建筑业", plat_unit="万元", summary_horizontal=False, orders_in_summary="截至填表日前一年",
        rev={2020: 3812.40, 2021: 4318.77, 2022: 4906.35, 2023: 5636.48}, rd=1126.85,
        profit={2021: 512.30, 2022: 588.64, 2023: 706.42}, invest=5860.00, team=(98, 64), qualified=121,
        devices=(21304, 9870, 6112), overseas={"新加坡Singapore": 146, "马来西亚Malaysia": 92},
        dev_cats={"工程机械": 7, "物流设备": 3, "电力设备": 2.4, "动力设备": 2, "仪器仪表": 3.2, "其他": 1.5},
        regions={"上海": 9, "江苏": 2.6, "浙江": 2, "安徽": 1, "广东": 0.8, "四川": 0.6},
        protocols=186, apps=(468, 412, 255, 157, 296, 238, 109),
        app_cats={"安全生产": 3, "质量管控": 2.5, "运维服务": 3, "节能减排": 1.6, "供应链管理": 1.2, "研发设计": 1.4, "运营管理": 1},
        industries={"建筑业": 6, "建材": 2, "机械": 1.2, "服务业": 0.8},
        killer=(3126, 38540, 42.36), servers=(212.50, 84.00), storage=(860.00, 512.64, 201.37),
        models=(286, 141, 652), speed="秒级", speed_cell="秒级（每TB BIM构件与监测时序数据聚合分析平均约3.1秒）",
        micro=(1148, 603), devs=(12960, 3215), users=(2318, 1876, 642, 1204, 1515),
        served_industries={"建筑业": 8, "建材": 2.2, "机械": 1, "服务业": 1.4, "电力、热力和燃气": 0.6},
        served_regions={"江苏": 3, "浙江": 2.4, "安徽": 1.2, "广东": 1, "四川": 0.8},
        orders=(18650, 19872), trade_growth=16.85, subs=(5436, 2861, 2318.75), util=78.42, localisation=85.00,
        smart_factories=7, parks=9, solutions={"数字化管理": 9, "平台化设计": 7, "网络化协同": 8, "智能化制造": 5, "服务化延伸": 7},
        listed=(False, "否"), cases=[(21.30, 9.80, 24.10), (17.62, 11.26, 18.40), (16.16, 8.10, 21.85)], indices=6,
        carbon=True, idres=True, jobs=410, social=23.68, partners=8,
        open_data="以API接口、BIM构件库和分析报告模板形式开放：开放API接口186个、公共建筑BIM构件库12类、运维分析报告模板24类",
        company=company(1_863_452_740_00, 1_712_086_350_00, 2_406_318_520_00, 2_251_740_060_00, 1_648_215_090_00, 1_561_032_470_00,
                        0.86, 58_426_300_00, 51_208_700_00, 12_406_500_00),
        auditor="上海申衡会计师事务所（特殊普通合伙）", audit_no="申衡审字（2024）第0612号", cpa="陆文涛、蒋思远",
        contact=("顾晓峰", "13916274508", "guxf@sijian-bim.example.com", "数字建造中心副主任"),
        contact2=("倪佳怡", "13817620934", "nijy@sijian-bim.example.com", "平台运营经理"),
        venue="上海市徐汇区中山南二路1号第三会议室", url="https://bim-iip.sijian.example.com", account="sheitc_review", password="Bim#2024Rv",
        build_period=("2019年3月至2023年12月", "2019.03.01-2023.12.31"), legal_rep="沈建华",
        uscc="91310104MA1FR0Q12X", founded="1993年5月8日", address="上海市徐汇区", company_type="有限责任公司（国有控股）",
        capital="120,000万元", business="房屋建筑工程施工总承包、建筑智能化工程、建筑信息模型技术服务",
        shareholders="上海建工集团股份有限公司 出资120,000万元 持股100%",
        dash=("BIM智慧建造运维平台 · 运营驾驶舱", [("上云设备", "公有云工业设备连接数量（台/套）"), ("在线机台（日均）", "公有云工业设备平均日运行数量（台/套）"),
                                        ("入驻企业", "注册企业用户数（个）"), ("上架应用", "工业APP数量（个）"), ("机理模型", "工业机理模型数量（个）"),
                                        ("微服务", "微服务数量（个）"), ("数据存储", "存储工业数据量（TB）"), ("今日告警", None)]),
        case_phrases=["智慧工地", "机电运维", "能耗管控"], case_users=["上海某三甲医院新院区", "某区文化中心", "某会展综合体"],
        patent_topics=["基于BIM的施工进度推演", "塔吊群防碰撞监测", "公共建筑能耗诊断", "机电设备预测性维护", "深基坑变形监测"],
    ),
    "h95_guowang_clean": dict(
        list_no=13, seed=9513, participated=True, nature="区域型工业互联网平台",
        listed_name="国网上海电力工业互联网平台", company_name="国网上海市电力公司", declared_name="国网上海电力工业互联网平台", short="国网上海电力",
        industry="电力、热力和燃气", plat_unit="元", summary_horizontal=False, orders_in_summary="2023年自然年",
        rev={2020: 9820.15, 2021: 11248.60, 2022: 12906.72, 2023: 14861.33}, rd=2318.47,
        profit={2021: 1180.26, 2022: 1406.58, 2023: 1712.94}, invest=16800.00, team=(186, 122), qualified=241,
        devices=(48620, 21304, 16842), private=9120, overseas={"巴基斯坦Pakistan": 210, "葡萄牙Portugal": 58},
        dev_cats={"电力设备": 9, "电工、电子设备": 4, "仪器仪表": 5, "动力设备": 1.5, "其他": 0.7},
        regions={"上海": 20, "江苏": 2.2, "浙江": 1.6, "安徽": 0.7},
        protocols=264, apps=(612, 538, 316, 182, 401, 326, 158),
        app_cats={"运维服务": 4, "节能减排": 3.4, "安全生产": 2.6, "运营管理": 1.3, "生产制造": 0.8, "质量管控": 0.7},
        industries={"电力、热力和燃气": 7, "机械": 1.4, "石化化工": 1.2, "电子": 1, "汽车": 0.8, "服务业": 0.6},
        killer=(5218, 61230, 88.40), servers=(386.25, 142.00), storage=(2400.00, 1586.40, 512.72),
        models=(412, 236, 1184), speed="毫秒级", speed_cell="毫秒级（单TB电能量数据分钟级聚合查询平均响应约420毫秒）",
        micro=(1836, 1102), devs=(8640, 2106), users=(3618, 2960, 1048, 1204, 2215),
        served_industries={"电力、热力和燃气": 3, "机械": 2.2, "石化化工": 1.3, "电子": 1.6, "汽车": 1.2, "建筑业": 0.9, "服务业": 1.2, "其他": 0.5},
        served_regions={"江苏": 5, "浙江": 3.6, "安徽": 1.8, "山东": 1, "湖北": 0.6},
        orders=(42360, 45118), trade_growth=15.16, subs=(9812, 5120, 4236.80), util=81.36, localisation=81.50,
        smart_factories=14, parks=21, solutions={"数字化管理": 12, "网络化协同": 9, "智能化制造": 8, "服务化延伸": 11},
        listed=(False, "否"), cases=[(19.20, 12.40, 26.30), (22.46, 9.62, 21.75), (18.10, 14.35, 24.02)], indices=8,
        carbon=True, idres=True, jobs=620, social=28.41, partners=11,
        open_data="以API接口、电力数据产品和指数报告形式开放：开放API接口264个、电力数据产品16类、区域电力经济指数报告按月发布",
        company=company(7_214_638_500_00, 6_851_204_300_00, 14_126_402_800_00, 13_508_316_900_00, 8_215_630_400_00, 7_930_125_600_00,
                        0.84, 96_204_600_00, 88_135_200_00, 38_612_400_00, tax_rate=0.25),
        auditor="上海立衡会计师事务所有限公司", audit_no="立衡审字〔2024〕第1308号", cpa="韩立群、孙培文",
        contact=("陆明昊", "13901862475", "lumh@sgsh-iip.example.com", "数字化部主管"),
        contact2=("邵婧", "13816204587", "shaoj@sgsh-iip.example.com", "平台运营专责"),
        venue="上海市浦东新区源深路1122号6楼会议室", url="https://iip.sgsh.example.com/portal", account="pingjia2024", password="Sg!Eval0722",
        build_period=("2018年9月至2023年12月", "2018.09.01-2023.12.31"), legal_rep="周国庆",
        uscc="913100001322104566", founded="1998年12月28日", address="上海市浦东新区", company_type="有限责任公司（国有独资）",
        capital="2,100,000万元", business="电网建设运营、电力购销、电力技术服务",
        shareholders="国家电网有限公司 出资2,100,000万元 持股100%",
        dash=("电力工业互联网平台 · 运行监视", [("接入终端", "连接的工业设备/产品/产线种类及数量（台/套）"), ("活跃终端（日均）", "公有云工业设备平均日运行数量（台/套）"),
                                      ("入驻企业", "注册企业用户数（个）"), ("服务企业", "实际服务企业数（个）"), ("应用商店上架", "工业APP数量（个）"),
                                      ("注册开发者", "开发者注册总数（个）"), ("实时负荷(MW)", None), ("数据存储", "存储工业数据量（TB）")]),
        case_phrases=["需求响应", "能效诊断", "配网运维"], case_users=["某汽车零部件企业", "某半导体材料企业", "某产业园区"],
        patent_topics=["配网设备状态感知", "电力负荷预测", "用户侧需求响应调度", "变压器油色谱分析", "电能质量监测"],
    ),
    "h95_yidong_clean": dict(
        list_no=21, seed=9521, participated=True, nature="综合型工业互联网平台", nature_prose_only=True,
        listed_name="中国移动OnePower工业互联网平台", company_name="中移（上海）信息通信科技有限公司",
        declared_name="中国移动OnePower工业互联网平台", short="中移上研院",
        industry="电子", plat_unit="万元", summary_horizontal=True, orders_in_summary="2023年自然年",
        rev={2020: 21860.40, 2021: 26412.58, 2022: 31208.74, 2023: 36924.16}, rd=6846.21,
        profit={2021: 2106.48, 2022: 2684.30, 2023: 3318.62}, invest=42600.00, team=(412, 236), qualified=538,
        devices=(126480, 84216, 61308), overseas={"泰国Thailand": 860, "德国Germany": 312, "越南Vietnam": 528},
        dev_cats={"机床": 5, "机器人": 2.4, "电工、电子设备": 4, "动力设备": 2, "物流设备": 1.6, "化工设备": 1.2, "仪器仪表": 2},
        regions={"上海": 4, "江苏": 3.5, "浙江": 3, "广东": 3.2, "山东": 2, "湖北": 1.4, "重庆": 1.2, "四川": 1},
        protocols=512, apps=(1486, 1204, 736, 318, 902, 846, 412),
        app_cats={"生产制造": 4, "运维服务": 3, "质量管控": 2.2, "安全生产": 2, "节能减排": 1.6, "供应链管理": 1.4, "仓储物流": 1.2, "研发设计": 0.8, "运营管理": 1.1},
        industries={"电子": 4, "机械": 3.4, "汽车": 2.4, "黑色金属": 1, "石化化工": 1.2, "轻工": 1.4, "纺织": 0.6},
        killer=(12640, 186420, 236.48), servers=(1268.50, 904.00), storage=(6400.00, 4186.88, 2906.24),
        models=(1026, 588, 3412), speed="秒级", speed_cell="秒级（每TB设备时序数据批处理平均约1.8秒）",
        micro=(3650, 2104), devs=(41860, 9720), users=(12480, 9862, 3316, 2104, 8412),
        served_industries={"电子": 3, "机械": 2.8, "汽车": 2, "黑色金属": 0.8, "石化化工": 1, "轻工": 1.2, "纺织": 0.5, "其他": 0.4},
        served_regions={"江苏": 3, "浙江": 2.6, "广东": 2.8, "山东": 1.6, "湖北": 1, "重庆": 0.9, "四川": 0.8, "香港": 0.1},
        orders=(128640, 136205), trade_growth=18.31, subs=(28460, 14120, 12846.30), util=74.86, localisation=88.20,
        smart_factories=23, parks=36, solutions={"数字化管理": 18, "平台化设计": 9, "网络化协同": 14, "智能化制造": 16, "个性化定制": 6, "服务化延伸": 12},
        listed=(True, "中国移动有限公司于上海证券交易所、香港联合交易所上市，本公司为其下属专业公司"), cases=[(18.42, 10.36, 22.40), (21.08, 12.14, 19.86), (16.54, 8.92, 25.16)],
        indices=5, carbon=True, idres=True, jobs=1260, social=21.36, partners=19,
        open_data="以5G工业网络能力开放API、工业数据集和行业模型组件形式开放：开放API接口512个、工业数据集28个、模型组件146个",
        company=company(4_862_407_300_00, 4_218_935_600_00, 6_824_516_200_00, 6_102_384_700_00, 3_512_408_600_00, 3_204_715_800_00,
                        0.79, 512_306_800_00, 468_120_400_00, 8_204_300_00),
        auditor="上海德正会计师事务所（特殊普通合伙）", audit_no="德正审字〔2024〕第0386号", cpa="邹海峰、谢蕾",
        contact=("金宇航", "13918406275", "jinyh@onepower-sh.example.com", "工业互联网产品部经理"),
        contact2=("戴晨", "13801924736", "daic@onepower-sh.example.com", "平台运营主管"),
        venue="上海市虹口区四川北路1717号嘉杰国际广场18楼会议室", url="https://onepower-demo.example.com", account="sh_pingshen_01", password="OnePwr@2024x",
        build_period=("2019年6月至2023年12月", "2019.06.01-2023.12.31"), legal_rep="吴振东",
        uscc="91310109MA1G5Y8P4K", founded="2019年3月26日", address="上海市虹口区", company_type="有限责任公司（法人独资）",
        capital="150,000万元", business="信息通信技术研发、工业互联网平台与解决方案、软件开发与技术服务",
        shareholders="中国移动通信有限公司 出资150,000万元 持股100%",
        dash=("OnePower 平台运营大屏", [("在线机台（日均）", "公有云工业设备平均日运行数量（台/套）"), ("上云设备", "公有云工业设备连接数量（台/套）"),
                                   ("入驻企业", "注册企业用户数（个）"), ("工业APP", "工业APP数量（个）"), ("活跃开发者", "活跃开发者数（个）"),
                                   ("5G专网连接", None), ("模型组件", "工业机理模型数量（个）"), ("微服务", "微服务数量（个）")]),
        case_phrases=["5G全连接工厂", "设备预测维护", "质量视觉检测"], case_users=["某家电整机企业", "某钢铁企业冷轧厂", "某汽车零部件企业"],
        patent_topics=["5G工业专网切片调度", "工业设备协议自适应解析", "边缘云协同推理", "工业视觉缺陷检测", "设备健康度评估"],
    ),
    "h95_hangfa_clean": dict(
        list_no=32, seed=9532, participated=False, nature="特色专业型工业互联网平台",
        listed_name="中国航发商密网工业互联网平台", company_name="中国航发商用航空发动机有限责任公司",
        declared_name="中国航发商密网协同研制工业互联网平台", renamed=True, short="中国航发商发",
        industry="航空/航天", plat_unit="元", summary_horizontal=False, orders_in_summary="截至填表日前一年",
        rev={2020: 2130.62, 2021: 2486.35, 2022: 2908.14, 2023: 3462.57}, rd=1208.36,
        profit={2021: 186.40, 2022: 241.26, 2023: 318.45}, invest=8650.00, team=(76, 38), qualified=102,
        devices=(6842, 3106, 2280), overseas={"法国France": 64, "美国United States": 22},
        dev_cats={"机床": 4, "仪器仪表": 3, "机器人": 1.2, "动力设备": 1, "交通设备": 0.6},
        regions={"上海": 6, "江苏": 1.4, "陕西": 1, "四川": 0.9, "湖南": 0.8, "辽宁": 0.6},
        protocols=96, apps=(236, 188, 112, 64, 142, 96, 52),
        app_cats={"研发设计": 4, "质量管控": 2.6, "生产制造": 2, "供应链管理": 1.8, "运维服务": 1.2},
        industries={"航空/航天": 6, "机械": 1.6, "有色金属": 0.8},
        killer=(1206, 14280, 26.84), servers=(96.50, 24.00), storage=(420.00, 268.35, 46.20),
        models=(184, 92, 318), speed="秒级", speed_cell="秒级（每TB试验测试数据特征提取平均约4.6秒）",
        micro=(624, 318), devs=(2860, 846), users=(612, 486, 214, 236, 352),
        served_industries={"航空/航天": 5, "机械": 1.6, "有色金属": 0.8, "电子": 0.6},
        served_regions={"江苏": 2, "陕西": 1.6, "四川": 1.2, "湖南": 1, "辽宁": 0.8, "贵州": 0.5},
        orders=(3862, 4105), trade_growth=19.07, subs=(2146, 1208, 1126.40), util=83.12, localisation=92.60,
        smart_factories=3, parks=4, solutions={"数字化管理": 4, "平台化设计": 5, "网络化协同": 6, "智能化制造": 3},
        listed=(False, "否"), cases=[(14.26, 6.84, 18.30), (16.92, 8.10, 15.46), (12.38, 5.96, 20.12)], indices=4,
        carbon=False, idres=True, jobs=186, social=19.42, partners=6,
        open_data="以供应商协同门户数据接口和技术标准库形式开放：开放API接口68个、零部件技术标准库3,200条、质量数据包模板18类",
        company=company(2_046_813_200_00, 1_768_240_500_00, 5_618_204_300_00, 5_204_618_200_00, 2_106_482_700_00, 1_936_215_400_00,
                        0.72, 186_420_600_00, 162_806_300_00, 2_104_600_00),
        auditor="上海中瑞信会计师事务所（特殊普通合伙）", audit_no="中瑞信审字〔2024〕第2217号", cpa="邱振宇、林佩",
        contact=("谭振宁", "13917208465", "tanzn@acae-iip.example.com", "数字化研制中心主任"),
        contact2=("贺雨萌", "13816402917", "heym@acae-iip.example.com", "平台运营工程师"),
        venue="上海市闵行区莲花南路3998号研发楼B座第二会议室", url="https://smw.acae.example.com", account="smw_review", password="Smw#Rev2024",
        build_period=("2020年1月至2023年12月", "2020.01.01-2023.12.31"), legal_rep="王振海",
        uscc="91310000MA1K4C2N8R", founded="2009年1月18日", address="上海市闵行区", company_type="有限责任公司（国有控股）",
        capital="600,000万元", business="民用航空发动机研制、生产、销售、维修及相关技术服务",
        shareholders="中国航空发动机集团有限公司 出资360,000万元 持股60%；上海国有资本投资有限公司 出资240,000万元 持股40%",
        dash=("商密网 · 协同研制运行看板", [("在线机台", "公有云工业设备平均日运行数量（台/套）"), ("活跃终端", None),
                                    ("入驻企业", "注册企业用户数（个）"), ("协同应用", "工业APP数量（个）"), ("机理模型", "工业机理模型数量（个）"),
                                    ("接入设备", "连接的工业设备/产品/产线种类及数量（台/套）"), ("开发者", "开发者注册总数（个）")]),
        case_phrases=["供应链协同", "质量追溯", "试验数据管理"], case_users=["某精密锻件供应商", "某机匣加工企业", "某试验测试中心"],
        patent_topics=["航空发动机零部件质量数据包", "多级供应商协同研制", "试验数据加密分发", "叶片加工过程监测", "装配偏差预测"],
    ),
}
