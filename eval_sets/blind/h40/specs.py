"""The four packages of h40: primary numbers, last year's declared values, planted deviations."""
from __future__ import annotations

from model import derive

A_CATS = ["采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人",
          "电工、电子设备", "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"]


def common(**kw) -> dict:
    base = dict(growth2021=0.0, carbon=True, vc=("否", "否"), overseas=([], []), overseas_total=0,
                pub_overseas=0, run_overseas=0, model_w=[3, 2, 4, 2], sol_w=[3, 2, 3, 4, 1, 2])
    base.update(kw)
    return base


P1 = common(
    pid="h40_p1_sijian_clean", list_no=12,
    platform="基于BIM的公共建筑智慧建造与运维工业互联网平台", listed="基于BIM的公共建筑智慧建造与运维工业互联网平台",
    company="上海建工四建集团有限公司", short="建工四建", nature="行业型工业互联网平台",
    contact="陆嘉宁", phone="13917426685", email="lujn@sj4-bim.example.com",
    venue="上海市徐汇区宜山路1388号C座8楼多功能厅", url="https://bimops.sj4.example.com",
    build_time="2019.03-2023.12", build_amount=6280.00, build_mode="自建", op_mode="自运营",
    deploy="私有云、公有云", iaas="租用（服务商：天翼云科技有限公司）",
    rev={2021: 3126.40, 2022: 3688.15, 2023: 4217.90}, growth2021=12.36,
    rd=936.52, profit=548.33, ops=92, run=54, qualified=104,
    devices=18426, pub_devices=7310, run_devices=5218,
    dev_cats=(["电力设备", "动力设备", "仪器仪表", "物流设备", "其他", "电工、电子设备"], [28, 24, 18, 9, 11, 10]),
    dev_regions=(["上海", "江苏", "浙江", "安徽", "湖北", "四川"], [52, 15, 12, 8, 7, 6]),
    protocols=126, software=214, apps_native=118, apps_cloud=64,
    app_cats=(["运维服务", "安全生产", "节能减排", "质量管控", "运营管理", "研发设计"], [30, 18, 20, 12, 12, 8]),
    app_inds=(["建筑业", "电力、热力和燃气", "服务业", "其他"], [56, 18, 16, 10]),
    app_mau=141, killer_dau=1862, killer_hits=21430, killer_income=36.58, pub_apps=96, pub_app_daily=58,
    cloud_servers=146.50, pub_servers=62, storage_tb=640.00, data_tb=402.56, pub_data_tb=138.20,
    models=214, active_models=97, model_users=386, speed="秒级", speed_text="秒级（单TB BIM构件数据检索分析约2.6秒）",
    micro=684, active_micro=352, developers=3860, active_dev=912,
    registered=1268, served=946, paid=318, local=574, sme=702,
    srv_inds=(["建筑业", "服务业", "电力、热力和燃气", "其他"], [62, 20, 8, 10]),
    srv_regions=(["江苏", "浙江", "安徽", "湖北", "四川"], [30, 25, 18, 15, 12]),
    orders=(6240, 6812), trade_growth=14.37, subs=2964, killer_subs=1310, subs_amount=1876.40,
    domestic=88.00, smart_factories=4, parks=11, solutions=24, cost_down=16.42, energy_down=11.85, safety_up=19.30,
    indices=5, patents=42, softcr=57, jobs=236, social=21.46,
    awards=[("上海市科技进步奖二等奖", "2022年12月", "上海市人民政府"),
            ("华夏建设科学技术奖一等奖", "2023年1月", "华夏建设科学技术奖励委员会"),
            ("上海市工业互联网创新应用标杆", "2023年9月", "上海市经济和信息化委员会"),
            ("全国智能建造新技术新产品创新服务典型案例", "2023年11月", "住房和城乡建设部")],
    open_data="以开放API、BIM构件库和运维数据集形式开放：开放API接口128个、BIM构件族库3类（共2.1万个构件）、楼宇运维脱敏数据集6个",
    partners=9,
    # last year's (2023 application) declared values
    last={"平台相关营业收入（万元）": 3688.15, "连接的工业设备/产品/产线种类及数量（台/套）": 14980,
          "工业APP数量（个）": 156, "工业机理模型数量（个）": 188, "微服务数量（个）": 596,
          "开发者注册总数（个）": 3120, "活跃开发者数（个）": 968, "注册企业用户数（个）": 1046,
          "实际服务企业数（个）": 782, "平台核心软硬件技术获得的专利数量（项）": 35,
          "平台核心软硬件技术获得的软著数量（个）": 49, "合作平台数量（个）": 11},
    grade=("良好", "B"), last_rd=842.10,
)

P2 = common(
    pid="h40_p2_711_problems", list_no=8,
    platform="船舶动力系统设备全生命周期运行维护平台", listed="船舶动力系统设备全生命周期运行维护平台",
    company="中国船舶重工集团公司第七一一研究所", short="七一一所", nature="行业型工业互联网平台",
    contact="顾永康", phone="13901862274", email="guyk@csic711-ops.example.com",
    venue="上海市闵行区华宁路3111号科研楼4楼第二会议室", url="https://pms.csic711.example.com",
    build_time="2018.09-2023.10", build_amount=7460.00, build_mode="自建", op_mode="自运营",
    deploy="边缘侧、私有云、公有云", iaas="自建",
    rev={2021: 5108.62, 2022: 5764.30, 2023: 6482.75}, growth2021=9.84,
    rd=1294.60, profit=802.47, ops=118, run=63, qualified=152,
    devices=24518, pub_devices=9870, run_devices=6936,
    dev_cats=(["动力设备", "交通设备", "电力设备", "仪器仪表", "机器人"], [40, 26, 16, 12, 6]),
    dev_regions=(["上海", "江苏", "辽宁", "山东", "浙江", "广东", "大连", "青岛"], [30, 22, 10, 9, 8, 8, 7, 6]),
    overseas=(["新加坡Singapore", "希腊Greece", "挪威Norway"], [50, 30, 20]), overseas_total=412,
    pub_overseas=186, run_overseas=121,
    protocols=168, protocols_evidence=196, software=286, apps_native=132, apps_cloud=94,
    app_cats=(["运维服务", "节能减排", "安全生产", "质量管控", "生产制造", "仓储物流"], [34, 20, 16, 12, 12, 6]),
    app_inds=(["船舶", "电力、热力和燃气", "机械", "轨道交通"], [60, 18, 14, 8]),
    app_mau=174, killer_dau=2214, killer_hits=28760, killer_income=51.24, pub_apps=118, pub_app_daily=71,
    cloud_servers=188.00, pub_servers=74, storage_tb=920.00, data_tb=596.28, pub_data_tb=214.75,
    models=268, active_models=131, model_users=498, speed="秒级", speed_text="秒级（单TB振动时序数据特征提取约4.1秒）",
    micro=842, active_micro=465, developers=2640, active_dev=688,
    registered=1534, served=1182, paid=436, local=402, sme=768,
    srv_inds=(["船舶", "电力、热力和燃气", "机械", "轨道交通", "其他"], [52, 16, 14, 10, 8]),
    srv_regions=(["江苏", "辽宁", "山东", "浙江", "广东", "大连", "青岛"], [24, 14, 14, 12, 12, 12, 12]),
    orders=(9416, 9870), trade_growth=11.62, subs=3372, killer_subs=1528, subs_amount=2684.15,
    domestic=91.50, smart_factories=3, parks=7, solutions=31, cost_down=17.28, energy_down=8.64, safety_up=22.15,
    indices=4, patents=63, softcr=41, jobs=198, social=18.92,
    awards=[("国防科学技术进步奖二等奖", "2021年12月", "国家国防科技工业局"),
            ("中国船舶工业科学技术奖一等奖", "2022年10月", "中国造船工程学会"),
            ("上海市科技进步奖一等奖", "2023年5月", "上海市人民政府")],
    open_data="以API接口和设备故障知识库形式开放：开放API接口94个、船舶动力设备故障样本库4个（共3.6万条）、能效基准数据集5个",
    partners=6,
    last={"连接的工业设备/产品/产线种类及数量（台/套）": 21360, "工业协议兼容适配数量（个）": 168,
          "工业APP数量（个）": 198, "工业机理模型数量（个）": 236, "微服务数量（个）": 760,
          "开发者注册总数（个）": 2310, "注册企业用户数（个）": 1318, "平台核心软硬件技术获得的专利数量（项）": 57},
    grade=("良好", "B"),
    shot2023={"date": "2023-06-30", "devices": 21360, "registered": 1318, "apps": 198, "models": 236},
)

P3 = common(
    pid="h40_p3_hemudu_problems", list_no=20,
    platform="河姆渡电商工业互联网平台", listed="河姆渡电商工业互联网平台",
    company="上海河姆渡实业发展有限公司", short="河姆渡", nature="行业型工业互联网平台",
    contact="沈佳怡", phone="13918650347", email="shenjy@hemudu-b2b.example.com",
    venue="上海市宝山区蕰川路1299号创新中心3楼会议室", url="https://www.hemudu-b2b.example.com",
    build_time="2017.05-2023.12", build_amount=5120.00, build_mode="自建", op_mode="自运营",
    deploy="公有云", iaas="租用（服务商：阿里云计算有限公司）",
    rev={2021: 3912.50, 2022: 4655.20, 2023: 5480.60}, growth2021=15.42, last_declared_2022=4420.00,
    rd=1318.75, profit=706.42, ops=74, run=88, qualified=96,
    devices=9642, pub_devices=9642, run_devices=6418,
    dev_cats=(["冶炼设备", "机床", "物流设备", "仪器仪表", "工程机械"], [34, 26, 18, 12, 10]),
    dev_regions=(["上海", "江苏", "河北", "山东", "天津", "浙江"], [28, 24, 16, 14, 10, 8]),
    protocols=64, software=98, apps_native=58, apps_cloud=26,
    app_cats=(["供应链管理", "仓储物流", "运营管理", "质量管控", "生产制造"], [32, 26, 20, 12, 10]),
    app_inds=(["黑色金属", "有色金属", "机械", "建材"], [54, 20, 16, 10]),
    app_mau=71, killer_dau=3410, killer_hits=46280, killer_income=64.37, pub_apps=84, pub_app_daily=49,
    cloud_servers=96.00, pub_servers=96, storage_tb=420.00, data_tb=263.34, pub_data_tb=263.34,
    models=86, active_models=41, model_users=612, speed="毫秒级", speed_text="毫秒级（单TB交易数据查询平均约650毫秒）",
    micro=512, active_micro=284, developers=1260, active_dev=318,
    registered=8426, served=5312, paid=1988, local=1046, sme=4620,
    srv_inds=(["黑色金属", "有色金属", "机械", "建材", "服务业"], [46, 18, 16, 12, 8]),
    srv_regions=(["江苏", "河北", "山东", "天津", "浙江", "广东"], [26, 18, 16, 14, 14, 12]),
    orders=(118640, 124370), trade_growth=18.64, subs=11860, killer_subs=6214, subs_amount=3142.60,
    domestic=82.00, smart_factories=2, parks=6, solutions=18, cost_down=12.46, energy_down=6.38, safety_up=9.82,
    indices=6, patents=18, softcr=64, jobs=342, social=26.15, carbon=False,
    awards=[("上海市服务业创新发展示范企业", "2022年8月", "上海市发展和改革委员会"),
            ("上海市工业互联网平台创新应用案例", "2023年10月", "上海市经济和信息化委员会")],
    open_data="以行情指数和API接口形式开放：钢材价格指数6类（日更）、开放API接口52个、供需撮合数据月报12期",
    partners=5,
    last={"平台相关营业收入（万元）": 4420.00, "注册企业用户数（个）": 7215, "实际服务企业数（个）": 4608,
          "连接的工业设备/产品/产线种类及数量（台/套）": 8210, "工业APP数量（个）": 72,
          "平台核心软硬件技术获得的软著数量（个）": 55, "平台现有特色指数（个）": 6},
    ch7_wrong={"注册企业用户数（个）": 8246},  # planted: chapter 七 table's 2024年申报值 differs from the form
    grade=("合格", "C"), last_rd=1126.40, growth2023_declared=24.00,
)

P4 = common(
    pid="h40_p4_baowu_problems", list_no=22,
    platform="面向钢铁行业的设备远程运维平台", listed="面向钢铁行业的设备远程运维平台",
    company="宝武装备智能科技有限公司", short="宝武装备", nature="行业型工业互联网平台",
    contact="钱立伟", phone="13916038852", email="qianlw@bwie-ops.example.com",
    venue="上海市宝山区牡丹江路1325号运维中心5楼报告厅", url="https://ems.bwie.example.com",
    build_time="2018.01-2023.12", build_amount=9840.00, build_mode="自建", op_mode="自运营",
    deploy="边缘侧、私有云、混合云", iaas="自建",
    rev={2021: 8214.36, 2022: 9102.58, 2023: 9876.44}, growth2021=10.27,
    rd=1742.18, profit=1186.05, ops=164, run=71, qualified=198,
    devices=41260, pub_devices=12480, run_devices=9362,
    dev_cats=(["冶炼设备", "动力设备", "电力设备", "物流设备", "仪器仪表", "机器人"], [38, 20, 16, 12, 9, 5]),
    dev_regions=(["上海", "湖北", "江苏", "广东", "新疆", "安徽", "山西"], [34, 20, 14, 10, 8, 8, 6]),
    protocols=238, software=364, apps_native=176, apps_cloud=108,
    app_cats=(["运维服务", "安全生产", "节能减排", "质量管控", "生产制造", "运营管理"], [36, 18, 16, 12, 10, 8]),
    app_inds=(["黑色金属", "有色金属", "电力、热力和燃气", "机械"], [66, 12, 12, 10]),
    app_mau=203, killer_dau=2746, killer_hits=35180, killer_income=72.60, pub_apps=124, pub_app_daily=77,
    cloud_servers=264.50, pub_servers=58, storage_tb=1280.00, data_tb=836.48, pub_data_tb=186.30,
    models=352, active_models=166, model_users=734, speed="秒级", speed_text="秒级（单TB设备振动数据诊断分析约3.4秒）",
    micro=1126, active_micro=587, developers=8640, developers_evidence=9915, active_dev=2760,
    registered=1842, served=1264, paid=596, local=388, sme=702,
    srv_inds=(["黑色金属", "有色金属", "电力、热力和燃气", "机械", "其他"], [58, 12, 10, 12, 8]),
    srv_regions=(["湖北", "江苏", "广东", "新疆", "安徽", "山西"], [28, 20, 16, 12, 12, 12]),
    orders=(14260, 15118), trade_growth=9.36, subs=4718, killer_subs=2106, subs_amount=4126.85,
    domestic=86.50, smart_factories=6, parks=5, solutions=42, cost_down=21.74, energy_down=7.92, safety_up=26.40,
    indices=3, patents=118, softcr=86, jobs=264, social=19.74, vc=("是", "是，2022年完成A轮战略融资，投资方为上海某产业投资基金（合伙企业），融资额1.2亿元"),
    awards=[("冶金科学技术奖一等奖", "2021年11月", "中国钢铁工业协会、中国金属学会"),
            ("上海市科技进步奖二等奖", "2022年12月", "上海市人民政府"),
            ("工业互联网平台创新领航应用案例", "2023年7月", "工业和信息化部"),
            ("上海市“工赋链主”培育企业", "2023年3月", "上海市经济和信息化委员会"),
            ("中国工业互联网大赛二等奖", "2023年12月", "工业和信息化部")],
    open_data="以API接口、设备健康指数和故障案例库形式开放：开放API接口214个、设备健康指数3类、故障诊断案例库1.8万条",
    partners=7,
    last={"连接的工业设备/产品/产线种类及数量（台/套）": 36920, "公有云工业设备连接数量（台/套）": 13105,
          "开发者注册总数（个）": 8640, "活跃开发者数（个）": 2912, "微服务数量（个）": 1004,
          "工业机理模型数量（个）": 318, "注册企业用户数（个）": 1596, "实际服务企业数（个）": 1086,
          "平台核心软硬件技术获得的专利数量（项）": 97,
          "合作平台数量（个）": 8},
    prose_wrong=("实际服务企业数（个）", 1086, 1426),  # planted: prose says 1,426 (form 1,264)
    grade=("优秀", "A"),
)

ALL = [P1, P2, P3, P4]


def values(spec: dict) -> dict:
    v = derive(spec)
    if "growth2023_declared" in spec:
        v["growth"] = dict(v["growth"])
        v["growth_true_2023"] = v["growth"][2023]
        v["growth"][2023] = spec["growth2023_declared"]
    return v
