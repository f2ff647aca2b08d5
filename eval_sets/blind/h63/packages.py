"""The four h63 packages: declared knobs, prose (申报书, 运营报告, 说明函) and planted problems."""

from __future__ import annotations

from .spec import Pkg, derive
from .texts import base_texts

COMMON_K = dict(
    model_w=[3, 1, 4, 2], sol_w=[2, 1, 2, 2, 1, 1], listed=False, carbon=True, idres=True,
)


def guangming() -> Pkg:
    k = dict(COMMON_K,
             rev20=6320.00, rev21=6905.60, rev22=7446.00, rev23=10052.10, rd=1256.51, profit=1508.00, build=9800.00,
             ops=96, runs=58, qualified=102,
             devices=31870,
             dev_cats=[("轻工设备", 46), ("动力设备", 18), ("物流设备", 16), ("仪器仪表", 12), ("电力设备", 8)],
             dev_regions=[("上海", 38), ("江苏", 14), ("浙江", 9), ("安徽", 7), ("黑龙江", 12), ("内蒙古", 9),
                          ("河北", 6), ("山东", 5)],
             overseas={"新西兰New Zealand": 420},
             pub=12640, run=8215, protocols=96, software=164, apps=128, app_dev=78, app_mau=104,
             app_cats=[("质量管控", 3), ("生产制造", 3), ("供应链管理", 2), ("仓储物流", 2), ("节能减排", 1),
                       ("运维服务", 1)],
             app_inds=[("食品", 7), ("轻工", 2), ("农业", 1)],
             killer_users=1860, killer_times=22400, killer_income=18.60, papps=92, papp_active=61,
             cloud=148.00, pcloud=56, cap=1200.00, data=734.40, pdata=286.50,
             models=342, models_active=176, model_users=418, ms=486, ms_active=312, devs=3140, devs_active=926,
             registered=15380, served=12600, local=836, paid=1236, sme=11480,
             svc_regions=[("江苏", 3210), ("浙江", 2406), ("安徽", 1360), ("黑龙江", 1420), ("内蒙古", 980),
                          ("河北", 760), ("山东", 1028), ("新疆", 600)],
             svc_inds=[("食品", 58), ("农业", 22), ("轻工", 12), ("服务业", 8)],
             orders23=48620, orders_ttm=51930, trade_growth=28.60, subs=9840, killer_subs=4120, sub_amount=1862.40,
             dev_util=72.50, domestic=88.00, factories=3, parks=12, solutions=42, cost_down=16.80,
             energy_down=11.20, safety_up=24.50, indices=5, patents=38, copyrights=64,
             awards=["2022年上海市工业互联网平台创新应用示范（上海市经济和信息化委员会，2022年11月）",
                     "2023年工业互联网平台创新领航应用案例（工业和信息化部，2023年9月）",
                     "2022年上海市食品行业数字化转型标杆（上海市食品协会推荐，上海市经济和信息化委员会公示，2022年12月）",
                     "2023年度上海市科技进步奖三等奖（上海市人民政府，2023年12月）",
                     "2021年农业农村部数字农业创新应用基地（农业农村部，2021年10月）"],
             jobs=620, social=21.36, partners=11)
    name = "光明乳业工业互联网平台"
    t = base_texts(short="光明乳业", name=name, domain="乳制品全产业链", industry="食品", nature="行业型", extra=dict(
        uscc="91310000132259866G", founded="1996年10月7日", reg_addr="上海市闵行区吴中路578号（闵行区）",
        company_type="股份有限公司（上市）", capital="137,863.71万元", business="乳制品的开发、生产和销售，奶牛养殖等",
        legal="黄黎明", equity="光明食品（集团）有限公司等；上市公司，股权结构详见年报",
        assets="2,786,450.00", main_rev="2,798,530.00", main_growth="-1.36", debt="58.40", co_profit="96,850.00",
        tax="118,640.00", backup=("陈思远", "信息部经理", "13917286034", "chensy@brightdairy-iiot.example.com"),
        intro=("光明乳业工业互联网平台是光明乳业股份有限公司面向乳制品全产业链打造的行业型工业互联网平台，贯通牧场养殖、"
               "生乳收购、工厂生产、冷链仓储与终端配送环节。平台提供设备接入与监控、质量追溯、能耗管理、冷链物流协同、"
               "供应商协同等功能，形成乳品行业机理模型库与工业APP体系，主要客户包括自有及合作牧场、乳品加工厂、包材与辅料"
               "供应商以及冷链物流服务商。"),
        effect=("平台解决了乳品行业生乳质量波动大、冷链断链风险高、产供销协同难等痛点，推动牧场与工厂数据贯通，"
                "带动上下游企业上云用平台，提升了产品质量一致性和供应链响应速度，取得了良好的经济和社会效益。"),
        factory_list=["光明乳业华东中心工厂（上海市闵行区），提供生产过程质量管控与能耗优化服务",
                      "上海某乳品包装材料企业智能工厂（上海市松江区），提供供应链协同服务",
                      "上海某食品机械企业智能工厂（上海市嘉定区），提供设备远程运维服务"],
        open_data="以API接口、行业数据集和分析报告形式开放：开放API接口142个、乳品行业数据集6个、质量分析报告模板18类",
        speed="秒级（每TB平均约4.5秒）",
        proof={"平台相关研发投入（万元）": "附件3-1 第2页", "平台相关营业收入（万元）": "附件3-1 第2页",
               "平台利润率（%）": "附件3-1 第2页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-3",
               "公有云工业设备连接数量（台/套）": "附件3-3", "注册企业用户数（个）": "附件3-2 第2页",
               "实际服务企业数（个）": "附件3-2 第2页", "付费企业数（个）": "附件3-2 第2页",
               "平台核心软硬件技术获得的专利数量（项）": "附件3-4 专利", "平台核心软硬件技术获得的软著数量（个）": "附件3-4 软著",
               "工业APP数量（个）": "附件3-5 截图", "微服务数量（个）": "附件3-5 截图", "开发者注册总数（个）": "附件3-5 截图"},
    ))
    p = Pkg(pid="h63_guangming_clean", list_no=31, listed_name=name, company="光明乳业股份有限公司",
            declared_name=name, p2023=False, nature="行业型", short="光明乳业",
            contact=("吴佳宁", "13916508247", "wujn@brightdairy-iiot.example.com"), position="数字化转型部副总监",
            address="上海市闵行区吴中路578号光明乳业总部3楼第二会议室", url="https://iiot.brightdairy.example.com",
            account=("eval2024", "Gm#Iiot2024"), build_period=("2019.03", "2023.12"), k=k, texts=t, seed=631)
    derive(p)
    return p


def onepower() -> Pkg:
    k = dict(COMMON_K,
             rev20=12080.00, rev21=13520.40, rev22=15356.20, rev23=18640.50, rd=2120.36, profit=2236.86, build=16800.00,
             ops=212, runs=146, qualified=265,
             devices=36852,
             dev_cats=[("电工、电子设备", 28), ("机床", 20), ("机器人", 14), ("动力设备", 14), ("仪器仪表", 12),
                       ("物流设备", 7), ("其他", 5)],
             dev_regions=[("上海", 41), ("江苏", 17), ("浙江", 14), ("广东", 10), ("安徽", 6), ("湖北", 5),
                          ("四川", 4), ("重庆", 3)],
             overseas={},
             pub=21460, run=14380, protocols=168, software=356, apps=298, app_dev=186, app_mau=231,
             app_cats=[("生产制造", 4), ("运维服务", 3), ("质量管控", 3), ("安全生产", 2), ("运营管理", 2),
                       ("仓储物流", 1), ("节能减排", 1), ("研发设计", 1)],
             app_inds=[("电子", 4), ("汽车", 3), ("机械", 3), ("船舶", 1), ("石化化工", 1), ("其他", 1)],
             killer_users=4260, killer_times=51800, killer_income=64.35, papps=214, papp_active=138,
             cloud=526.00, pcloud=318, cap=2400.00, data=1466.40, pdata=912.60,
             models=612, models_active=338, model_users=1024, ms=1362, ms_active=874, devs=8640, devs_active=2315,
             registered=5210, served=4520, local=2386, paid=1374, sme=3962,
             svc_regions=[("江苏", 24), ("浙江", 20), ("广东", 14), ("安徽", 9), ("湖北", 8), ("四川", 6), ("重庆", 5)],
             svc_inds=[("电子", 26), ("汽车", 20), ("机械", 22), ("船舶", 6), ("石化化工", 8), ("轻工", 10), ("其他", 8)],
             orders23=36480, orders_ttm=39215, trade_growth=22.40, subs=12860, killer_subs=5940, sub_amount=4286.70,
             dev_util=76.30, domestic=91.00, factories=9, parks=21, solutions=68, cost_down=19.40,
             energy_down=12.60, safety_up=26.80, indices=7, patents=57, copyrights=96,
             awards=["2021年工业互联网试点示范项目（工业和信息化部，2021年12月）",
                     "2022年5G+工业互联网典型应用场景（工业和信息化部，2022年8月）",
                     "2022年上海市工业互联网标杆平台（上海市经济和信息化委员会，2022年10月）",
                     "2023年上海市科技进步奖二等奖（上海市人民政府，2023年12月）"],
             jobs=1280, social=24.17, partners=19)
    name = "中国移动OnePower工业互联网平台"
    t = base_texts(short="中移上海产业研究院", name=name, domain="跨行业跨领域", industry="电子、汽车与装备制造",
                   nature="综合型", extra=dict(
        uscc="91310115MA1K3Y8Q2N", founded="2016年9月1日", reg_addr="上海市浦东新区（中国（上海）自由贸易试验区）",
        company_type="有限责任公司（非自然人投资或控股的法人独资）", capital="100,000.00万元",
        business="信息通信技术研发、工业互联网与5G行业应用解决方案", legal="周振宇",
        equity="中国移动通信集团有限公司全资控股（100%）",
        assets="486,320.00", main_rev="312,680.00", main_growth="14.26", debt="46.80", co_profit="28,460.00",
        tax="9,840.00", backup=("郑可欣", "平台运营经理", "13816420759", "zhengkx@onepower-sh.example.com"),
        intro=("中国移动OnePower工业互联网平台是中移（上海）信息通信科技有限公司打造的综合型工业互联网平台，以“5G+云边端”"
               "为底座，提供工业设备连接、工业PaaS、工业APP商店和行业解决方案，覆盖电子、汽车、装备、船舶等行业，主要客户为"
               "长三角制造企业与产业园区。"),
        effect=("平台破解工业现场网络改造难、数据采集难、应用开发门槛高等问题，以5G专网和边云协同带动中小企业低成本上云，"
                "推动一批智能工厂与数字化车间建设。"),
        factory_list=[f"上海某{x}智能工厂（上海市{y}），提供5G专网与设备联网服务" for x, y in
                      (("汽车零部件", "嘉定区"), ("电子元器件", "松江区"), ("船舶配套", "浦东新区"), ("装备", "闵行区"),
                       ("新能源汽车", "临港新片区"), ("半导体", "青浦区"), ("医疗器械", "奉贤区"), ("家电", "金山区"),
                       ("钢结构", "宝山区"))],
        build_mode="合作共建：华为技术有限公司", op_mode="联合运营", deploy="边缘侧、私有云、公有云、混合云",
        iaas="☑自建  ☐租用，服务商名称（必填）：",
        open_data="以API、数据集和模型服务形式开放：API接口420个、行业数据集15个、模型服务36个",
        speed="毫秒级（单TB时序查询平均约800毫秒）",
        proof={"连接的工业设备/产品/产线种类及数量（台/套）": "附件6-2 设备接入情况说明函",
               "平台相关研发投入（万元）": "附件6-1 第2页", "平台相关营业收入（万元）": "附件6-1 第2页",
               "平台核心软硬件技术获得的专利数量（项）": "附件6-3"},
    ))
    p = Pkg(pid="h63_onepower_problems", list_no=21, listed_name=name, company="中移（上海）信息通信科技有限公司",
            declared_name=name, p2023=True, nature="综合型", short="中移上海",
            contact=("孙一鸣", "13901762385", "sunym@onepower-sh.example.com"), position="工业互联网产品部总经理",
            address="上海市浦东新区张江路1238号中移上海产业研究院A座6楼会议中心", url="https://onepower-sh.example.com",
            account=("pingshen2024", "Op!Eval0722"), build_period=("2019.06", "2023.12"), k=k, texts=t, seed=632)
    derive(p)
    return p


def sgcc() -> Pkg:
    k = dict(COMMON_K,
             rev20=2512.30, rev21=2689.74, rev22=3120.50, rev23=4012.80, rd=682.18, profit=521.66, build=7450.00,
             ops=84, runs=37, qualified=98,
             devices=27460,
             dev_cats=[("电力设备", 72), ("仪器仪表", 18), ("动力设备", 6), ("其他", 4)],
             dev_regions=[("上海", 90), ("江苏", 6), ("浙江", 4)], overseas={},
             pub=9840, run=7126, protocols=64, software=118, apps=86, app_dev=61, app_mau=72,
             app_cats=[("节能减排", 4), ("运维服务", 3), ("安全生产", 2), ("运营管理", 1)],
             app_inds=[("电力、热力和燃气", 6), ("建筑业", 2), ("其他", 2)],
             killer_users=1260, killer_times=9600, killer_income=12.40, papps=38, papp_active=24,
             cloud=96.00, pcloud=24, cap=960.00, data=588.48, pdata=186.40,
             models=204, models_active=117, model_users=286, ms=624, ms_active=401, devs=1260, devs_active=384,
             registered=2486, served=1860, local=1020, paid=412, sme=1528,
             svc_regions=[("江苏", 40), ("浙江", 35), ("安徽", 25)],
             svc_inds=[("电力、热力和燃气", 30), ("建筑业", 18), ("机械", 16), ("电子", 12), ("汽车", 10),
                       ("服务业", 14)],
             orders23=6820, orders_ttm=7145, trade_growth=26.30, subs=3460, killer_subs=1720, sub_amount=846.20,
             dev_util=81.20, domestic=92.00, factories=6, parks=14, solutions=28, cost_down=14.60,
             energy_down=9.80, safety_up=18.40, indices=4, patents=46, copyrights=38,
             awards=["2022年上海市工业互联网创新发展应用示范（上海市经济和信息化委员会，2022年9月）",
                     "2023年国家电网公司科技进步奖一等奖（国家电网有限公司，2023年4月）",
                     "2023年上海市能源互联网示范项目（上海市发展和改革委员会，2023年11月）"],
             jobs=236, social=19.84, partners=7)
    name = "国网上海电力工业互联网平台"
    t = base_texts(short="国网上海电力", name=name, domain="本市电力能源与用能企业", industry="电力、热力和燃气",
                   nature="区域型", extra=dict(
        uscc="913100001322004589", founded="1998年11月18日", reg_addr="上海市浦东新区源深路1122号（浦东新区）",
        company_type="有限责任公司（国有独资）分公司", capital="—（分公司）", business="电网建设运营、电力供应与能源服务",
        legal="钱博文", equity="国家电网有限公司（100%）",
        assets="9,864,200.00", main_rev="8,426,900.00", main_growth="5.42", debt="52.10", co_profit="312,600.00",
        tax="186,400.00", backup=("邵雨桐", "数字化部专责", "13611827546", "shaoyt@sgcc-sh-iiot.example.com"),
        intro=("国网上海电力工业互联网平台是国网上海市电力公司面向本市电力设备与用能企业打造的区域型工业互联网平台，"
               "汇聚输变配电设备与用户侧能源设备数据，提供设备状态监测、能效诊断、需求响应和绿电交易协同服务，"
               "主要客户为本市及长三角的工业用户、园区和综合能源服务商。"),
        effect=("平台解决了用能企业能耗不透明、设备运维依赖人工、需求响应参与难等问题，支撑本市新型电力系统建设与"
                "制造业绿色低碳转型。"),
        factory_list=[f"上海某{x}智能工厂（上海市{y}），提供能效诊断与需求响应服务" for x, y in
                      (("钢铁", "宝山区"), ("汽车", "嘉定区"), ("化工", "金山区"), ("电子", "松江区"), ("装备", "闵行区"),
                       ("医药", "奉贤区"))],
        build_mode="自建", op_mode="自运营", deploy="边缘侧、私有云、混合云", iaas="☑自建  ☐租用，服务商名称（必填）：",
        open_data="以API和数据报告形式开放：开放API接口86个、能效分析报告模板12类",
        speed="秒级（每TB平均约6秒）",
        proof={"注册企业用户数（个）": "附件3 平台运营报告（2023年度）", "实际服务企业数（个）": "附件3 平台运营报告（2023年度）",
               "平台相关营业收入（万元）": "附件1 平台业务财务数据", "平台核心软硬件技术获得的软著数量（个）": "附件4 软著清单"},
    ))
    p = Pkg(pid="h63_sgcc_problems", list_no=13, listed_name=name, company="国网上海市电力公司", declared_name=name,
            p2023=True, nature="区域型", short="国网上海电力",
            contact=("江浩然", "13917035826", "jianghr@sgcc-sh-iiot.example.com"), position="数字化工作部主任",
            address="上海市浦东新区源深路1122号国网上海电力大楼12楼1203会议室", url="https://iiot.sgcc-sh.example.com",
            account=("review2024", "Sg@Iiot#713"), build_period=("2020.01", "2023.12"), k=k, texts=t, seed=633)
    derive(p)
    return p


def aecc() -> Pkg:
    k = dict(COMMON_K,
             rev20=6210.40, rev21=7034.60, rev22=8526.90, rev23=10051.20, rd=1256.40, profit=1184.60, build=13200.00,
             ops=72, runs=31, qualified=88,
             devices=8640,
             dev_cats=[("机床", 44), ("仪器仪表", 26), ("机器人", 12), ("动力设备", 10), ("物流设备", 8)],
             dev_regions=[("上海", 52), ("江苏", 14), ("陕西", 12), ("四川", 10), ("辽宁", 7), ("湖南", 5)],
             overseas={},
             pub=2160, run=1425, protocols=58, software=112, apps=86, app_dev=52, app_mau=64,
             app_cats=[("研发设计", 4), ("质量管控", 3), ("供应链管理", 3), ("生产制造", 2), ("运维服务", 1)],
             app_inds=[("航空/航天", 8), ("机械", 2)],
             killer_users=310, killer_times=6400, killer_income=22.80, papps=22, papp_active=14,
             cloud=64.00, pcloud=12, cap=800.00, data=412.30, pdata=64.20,
             models=168, models_active=84, model_users=196, ms=438, ms_active=266, devs=980, devs_active=312,
             registered=1126, served=864, local=402, paid=538, sme=612,
             svc_regions=[("江苏", 24), ("陕西", 20), ("四川", 18), ("辽宁", 14), ("湖南", 12), ("贵州", 12)],
             svc_inds=[("航空/航天", 62), ("机械", 24), ("电子", 8), ("有色金属", 6)],
             orders23=3260, orders_ttm=3418, trade_growth=18.90, subs=1842, killer_subs=920, sub_amount=1268.50,
             dev_util=68.40, domestic=86.00, factories=2, parks=5, solutions=24, cost_down=12.30,
             energy_down=7.40, safety_up=15.60, indices=3, patents=52, copyrights=41,
             awards=["2022年工业互联网平台创新领航应用案例（工业和信息化部，2022年10月）",
                     "2023年上海市工业互联网标杆平台（上海市经济和信息化委员会，2023年10月）"],
             jobs=148, social=17.42, partners=6)
    name = "中国航发商密网工业互联网平台"
    t = base_texts(short="中国航发商发", name=name, domain="航空发动机研制与供应链", industry="航空/航天",
                   nature="行业型", extra=dict(
        uscc="91310000671170962R", founded="2009年1月19日", reg_addr="上海市闵行区莲花南路3998号（闵行区）",
        company_type="有限责任公司（国有控股）", capital="1,200,000.00万元", business="民用航空发动机研发、制造、销售与服务",
        legal="卢志强", equity="中国航空发动机集团有限公司控股；上海国有资本投资有限公司等参股",
        assets="3,648,200.00", main_rev="486,300.00", main_growth="9.86", debt="38.20", co_profit="12,480.00",
        tax="6,820.00", backup=("龚晓岚", "信息化中心主管", "13764302518", "gongxl@aecc-cae-iiot.example.com"),
        intro=("中国航发商密网工业互联网平台是中国航发商用航空发动机有限责任公司面向航空发动机研制与供应链打造的行业型"
               "工业互联网平台，在安全可控的涉密网络环境下贯通设计、试验、制造与供应商协同，提供研发数据管理、质量追溯、"
               "供应商协同与设备运维服务，主要客户为发动机零部件供应商和协作配套单位。"),
        effect=("平台解决了航空发动机研制周期长、供应链层级多、质量数据分散等问题，提升了研制效率和供应链协同水平。"),
        factory_list=["中国航发商发临港总装试车基地（上海市浦东新区），提供装配过程质量管控服务",
                      "上海某航空零部件企业智能工厂（上海市闵行区），提供供应商协同服务"],
        build_mode="自建", op_mode="自运营", deploy="私有云、混合云", iaas="☑自建  ☐租用，服务商名称（必填）：",
        carbon_text="否", idres_text="是。平台对接国家工业互联网标识解析航空行业二级节点，实现零部件标识解析。",
        open_data="以数据服务接口形式向协作单位开放：开放API接口64个、供应商质量数据集4个",
        speed="秒级（每TB平均约8秒）",
        proof={"平台核心软硬件技术获得的专利数量（项）": "附件3.2 专利情况说明函",
               "平台相关营业收入（万元）": "附件3.1 第2页", "平台相关研发投入（万元）": "附件3.1 第2页"},
    ))
    k["carbon"] = False
    p = Pkg(pid="h63_aecc_problems", list_no=32, listed_name=name, company="中国航发商用航空发动机有限责任公司",
            declared_name=name, p2023=False, nature="行业型", short="中国航发商发",
            contact=("蒋文韬", "13918264730", "jiangwt@aecc-cae-iiot.example.com"), position="数字化部部长",
            address="上海市闵行区莲花南路3998号商发研发中心B楼2楼会议室", url="https://iiot.aecc-cae.example.com",
            account=("pj2024", "Ae#Cae0715"), build_period=("2019.09", "2023.12"), k=k, texts=t, seed=634)
    derive(p)
    return p
