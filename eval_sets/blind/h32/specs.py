"""The four packages: primary numbers (evidence side) and what the applicant declared."""
from __future__ import annotations

from values import r2

COMMON_APPS_CATS = ["运维服务", "质量管控", "生产制造", "运营管理", "供应链管理", "安全生产", "节能减排"]


def growth(a, b):
    return r2((b / a - 1) * 100)


def social(c):
    tot = sum(c[k] for k in ("工资", "社保福利", "利息", "增值税", "税金及附加", "所得税", "净利润"))
    return tot, (c["年初资产"] + c["年末资产"]) / 2


# ------------------------------------------------------------------ 6 联影 (clean)
def lianying():
    E = dict(
        rev_yuan={2020: 43105600.00, 2021: 52184012.37, 2022: 64027498.10, 2023: 73169218.64},
        rd_yuan=13386612.00, profit_yuan=-5012386.50, net_yuan=-4867204.18,
        invest=12680.00,
        social=dict(工资=2864.30, 社保福利=612.48, 利息=38.20, 增值税=295.66, 税金及附加=35.48, 所得税=0.00,
                    净利润=-486.72, 年初资产=18420.60, 年末资产=21106.84),
        trade={2021: 14208.66, 2022: 18652.30, 2023: 21970.45},
        dev_total=12486, dev_run=9032, cap=960.00, used=603.52,
        reg=2140, paid=386,
        cases_om=[18.60, 12.35, 21.42], cases_energy=[6.80, 9.25, 7.10], cases_safety=[15.00, 22.60, 11.80],
    )
    rev = {y: r2(E["rev_yuan"][y] / 1e4) for y in (2021, 2022, 2023)}
    rev2020 = r2(E["rev_yuan"][2020] / 1e4)
    rd = r2(E["rd_yuan"] / 1e4)
    profit = r2(E["profit_yuan"] / 1e4)
    st, avg = social(E["social"])
    d = dict(
        rev=rev, growth={2021: growth(rev2020, rev[2021]), 2022: growth(rev[2021], rev[2022]), 2023: growth(rev[2022], rev[2023])},
        rd=rd, rd_rate=r2(rd / rev[2023] * 100), profit_rate=r2(profit / rev[2023] * 100),
        paid_rate=r2(E["paid"] / E["reg"] * 100), storage_rate=r2(E["used"] / E["cap"] * 100),
        trade_growth=growth(E["trade"][2022], E["trade"][2023]), device_util=r2(E["dev_run"] / E["dev_total"] * 100),
        roi=r2(profit / E["invest"] * 100),
        case_om=r2(sum(E["cases_om"]) / 3), case_energy=r2(sum(E["cases_energy"]) / 3), case_safety=r2(sum(E["cases_safety"]) / 3),
        social=r2(st / avg * 100),
    )
    return dict(
        id="h32_lianying_clean", seed=3206, list_no=6, listed_name="联影医疗工业互联网平台",
        company="上海联影医疗科技股份有限公司", declared_name="联影医疗工业互联网平台", p2023=False,
        short="联影", nature="行业型工业互联网平台",
        contact=dict(name="顾思远", phone="13916027745", email="gusiyuan@uih-iiot.example.com",
                     venue="上海市嘉定区城北路2258号联影产业园B2栋3楼报告厅"),
        url="https://iiot.united-imaging.example.com", build_time="2019.04-2023.12", invest=E["invest"],
        build_mode="自建", deploy="私有云、混合云", team=(142, 58, 121),
        E=E, declared=d, rev2020=rev2020,
        devices=dict(total=E["dev_total"], public=5210, public_run=3865,
                     overseas={"美国United States": 412, "波兰Poland": 236, "马来西亚Malaysia": 158},
                     overseas_pub={"美国United States": 180, "马来西亚Malaysia": 64},
                     overseas_run={"美国United States": 131, "马来西亚Malaysia": 47},
                     cats=["仪器仪表", "电工、电子设备", "机器人", "动力设备"], cat_w=[62, 21, 9, 8],
                     regions=["上海", "江苏", "浙江", "广东", "湖北", "四川", "北京"], reg_w=[30, 18, 14, 12, 9, 9, 8],
                     protocols=64),
        apps=dict(apps=148, native=96, other_sw=37, private_apps=40, cats=["运维服务", "质量管控", "生产制造", "运营管理", "安全生产"],
                  cat_w=[42, 24, 16, 10, 8], inds=["医药", "电子", "机械"], ind_w=[70, 18, 12], killer_dau=1864,
                  killer_income=46.38, subs=5126, killer_subs=2380, subs_amount=1862.40),
        storage=dict(cloud=186.00, cloud_pub=64, cap=E["cap"], used=E["used"], pub_data=214.36),
        models=dict(n=268, active=152, users=930, w=[40, 30, 18, 12], speed="秒级（每TB影像设备日志检索约2.6秒）"),
        micro=(860, 512), dev_reg=(1260, 318),
        sec_rules="是，《联影工业互联网平台网络安全管理办法》（UIH-IT-SEC-001，2021年3月）、《平台数据分类分级管理细则》（UIH-IT-SEC-007，2022年8月）",
        users=dict(reg=E["reg"], served=1686, paid=E["paid"], local=352, sme=1124, inds=["医药", "电子", "机械", "服务业"],
                   ind_w=[58, 17, 15, 10], regions=["江苏", "浙江", "广东", "湖北", "四川", "山东", "北京"],
                   reg_w=[20, 16, 18, 12, 11, 12, 11], orders=(8642, 9105)),
        domestic=91.50, smart_factories=4, parks=6,
        solutions={"服务化延伸": 9, "智能化制造": 6, "数字化管理": 5, "网络化协同": 4, "平台化设计": 2, "个性化定制": 1},
        listed=True, listed_text="是，公司于2022年6月在上海证券交易所科创板上市（股票代码688271）",
        indices=5, ip=(57, 42), breakthrough="自研设备时序数据压缩与故障预测引擎，压缩比达18:1，优于同类开源方案约40%",
        carbon="", idres="已接入国家工业互联网标识解析二级节点（医疗器械行业），累计注册标识86万个",
        awards=["2022年工业和信息化部工业互联网试点示范项目（2022年12月，工业和信息化部）",
                "2023年上海市工业互联网标杆平台（2023年9月，上海市经济和信息化委员会）",
                "2023年上海市“专精特新”数字化转型优秀案例（2023年11月，上海市经济和信息化委员会）"],
        jobs=386, open_data="以开放API和设备运维数据集形式开放：开放API接口126个、脱敏设备运行数据集6个",
        partners=9,
        problems=[],
    )


# ------------------------------------------------------------------ 12 四建
def sijian():
    E = dict(
        company_rev=2318654.30,  # 万元, 合并利润表 in 元: 23,186,543,012.66
        rev={2020: 6980.10, 2021: 7652.36, 2022: 8914.07, 2023: 9862.40},
        rd=1126.85, profit=1085.26, net=938.42, invest=8650.00,
        social=dict(工资=2216.80, 社保福利=486.35, 利息=21.60, 增值税=541.32, 税金及附加=64.96, 所得税=146.84,
                    净利润=938.42, 年初资产=15864.20, 年末资产=17622.58),
        trade={2021: 28640.00, 2022: 33905.60, 2023: 36218.75},
        dev_total=6840, dev_run=4918, cap=1280.00, used=822.46,
        reg=1580, paid=412, served=1318,
        cases_om=[14.20, 9.60, 17.50], cases_energy=[11.30, 8.45, 9.70], cases_safety=[20.00, 16.50, 24.80],
    )
    rev = {y: E["rev"][y] for y in (2021, 2022, 2023)}
    st, avg = social(E["social"])
    d = dict(
        rev=rev, growth={2021: growth(E["rev"][2020], rev[2021]), 2022: growth(rev[2021], rev[2022]), 2023: growth(rev[2022], rev[2023])},
        rd=E["rd"], rd_rate=r2(E["rd"] / rev[2023] * 100),
        profit_rate=r2(E["profit"] / E["company_rev"] * 100),  # PLANTED: company revenue
        paid_rate=r2(E["paid"] / E["served"] * 100),  # PLANTED (warning): denominator = 实际服务企业数
        storage_rate=r2(E["used"] / E["cap"] * 100),
        trade_growth=growth(E["trade"][2021], E["trade"][2022]),  # PLANTED: wrong pair of years
        device_util=r2(E["dev_run"] / E["dev_total"] * 100),
        roi=r2(E["profit"] / E["invest"] * 100),
        case_om=15.60,  # PLANTED: not the average of the three case letters
        case_energy=r2(sum(E["cases_energy"]) / 3), case_safety=r2(sum(E["cases_safety"]) / 3),
        social=r2(st / avg * 100),
    )
    correct = dict(profit_rate=r2(E["profit"] / rev[2023] * 100), paid_rate=r2(E["paid"] / E["reg"] * 100),
                   trade_growth=growth(E["trade"][2022], E["trade"][2023]), case_om=r2(sum(E["cases_om"]) / 3))
    return dict(
        id="h32_sijian_problems", seed=3212, list_no=12, listed_name="基于BIM的公共建筑智慧建造与运维工业互联网平台",
        company="上海建工四建集团有限公司", declared_name="基于BIM的公共建筑智慧建造与运维工业互联网平台", p2023=True,
        short="四建", nature="行业型工业互联网平台",
        contact=dict(name="沈嘉禾", phone="13817463302", email="shenjh@scg4.example.com",
                     venue="上海市杨浦区周家嘴路3288号四建大厦11楼第二会议室"),
        url="https://bim-iot.scg4.example.com", build_time="2018.09-2023.12", invest=E["invest"],
        build_mode="自建", deploy="私有云、公有云、混合云", team=(96, 44, 88),
        E=E, declared=d, correct=correct, rev2020=E["rev"][2020],
        devices=dict(total=E["dev_total"], public=3120, public_run=2245, overseas={}, overseas_pub={}, overseas_run={},
                     cats=["工程机械", "动力设备", "仪器仪表", "电力设备", "物流设备"], cat_w=[38, 22, 20, 12, 8],
                     regions=["上海", "江苏", "浙江", "安徽", "湖北", "四川"], reg_w=[56, 14, 11, 8, 6, 5],
                     protocols=38),
        apps=dict(apps=86, native=58, other_sw=24, private_apps=30, cats=["运维服务", "安全生产", "质量管控", "生产制造", "节能减排"],
                  cat_w=[30, 24, 18, 16, 12], inds=["建筑业", "建材"], ind_w=[84, 16], killer_dau=972,
                  killer_income=18.62, subs=2264, killer_subs=1035, subs_amount=742.85),
        storage=dict(cloud=132.00, cloud_pub=40, cap=E["cap"], used=E["used"], pub_data=268.30),
        models=dict(n=174, active=92, users=416, w=[46, 20, 22, 12], speed="秒级（每TB BIM模型与IoT时序数据联合检索约5秒）"),
        micro=(436, 268), dev_reg=(684, 152),
        sec_rules="是，《四建集团信息安全管理制度》（SCG4-XX-2020-03，2020年5月）、《BIM平台数据安全管理规定》（SCG4-XX-2022-11，2022年10月）",
        users=dict(reg=E["reg"], served=E["served"], paid=E["paid"], local=702, sme=864, inds=["建筑业", "建材", "服务业"],
                   ind_w=[72, 16, 12], regions=["江苏", "浙江", "安徽", "湖北", "四川"], reg_w=[30, 24, 18, 15, 13],
                   orders=(3264, 3398)),
        domestic=87.20, smart_factories=2, parks=11,
        solutions={"数字化管理": 6, "网络化协同": 5, "智能化制造": 4, "服务化延伸": 3, "平台化设计": 2},
        listed=True, listed_text="是，控股股东上海建工集团股份有限公司为上海证券交易所上市公司（600170）",
        indices=3, ip=(44, 61), breakthrough="自研轻量化BIM引擎，单模型百万构件秒级加载，对标国外同类产品加载速度提升约35%",
        carbon="提供建筑运行阶段碳排放监测与碳核算服务，已服务公共建筑46栋", idres="",
        awards=["2021年上海市工业互联网创新发展应用示范平台（2021年12月，上海市经济和信息化委员会）",
                "2022年工业和信息化部新一代信息技术与制造业融合发展试点示范（2022年11月，工业和信息化部）",
                "2023年上海市科技进步奖二等奖（2023年6月，上海市人民政府）",
                "2023年住房和城乡建设部智能建造试点项目（2023年10月，住房和城乡建设部）"],
        jobs=214, open_data="以API和BIM构件库形式开放：开放API接口72个、标准化BIM构件族库1.2万个",
        partners=6,
    )


# ------------------------------------------------------------------ 20 河姆渡
def hemudu():
    E = dict(
        rev_yuan={2020: 31206650.00, 2021: 35894120.00, 2022: 41172355.80, 2023: 48263012.50},
        rd_yuan=3862450.00, profit_yuan=6592208.40, net_yuan=5628015.36, invest=5200.00,
        social=dict(工资=1268.40, 社保福利=286.52, 利息=12.36, 增值税=204.18, 税金及附加=24.50, 所得税=96.42,
                    净利润=562.80, 年初资产=8462.30, 年末资产=9718.66),
        trade={2021: 152360.00, 2022: 176845.20, 2023: 201932.60},
        dev_total=3260, dev_run=2184, cap=420.00, used=246.85,
        reg=9860, paid=1240,
        cases_om=[12.60, 8.90, 10.45], cases_energy=[7.20, 5.85, 9.10], cases_safety=[13.40, 9.75, 15.20],
    )
    rev = {y: r2(E["rev_yuan"][y] / 1e4) for y in (2021, 2022, 2023)}
    rev2020 = r2(E["rev_yuan"][2020] / 1e4)
    rd = r2(E["rd_yuan"] / 1e4)
    profit = r2(E["profit_yuan"] / 1e4)
    st, avg = social(E["social"])
    st_wo_net = st - E["social"]["净利润"]
    d = dict(
        rev=rev, growth={2021: growth(rev2020, rev[2021]), 2022: growth(rev[2021], rev[2022]), 2023: growth(rev[2022], rev[2023])},
        rd=rd, rd_rate=r2(rd / rev[2023] * 100), profit_rate=r2(profit / rev[2023] * 100),
        paid_rate=r2(E["paid"] / E["reg"] * 100),
        storage_rate=68.40,  # PLANTED: 246.85 / 420.00 = 58.77
        trade_growth=growth(E["trade"][2022], E["trade"][2023]),
        device_util=78.50,  # PLANTED: device report 2,184 / 3,260 = 66.99
        roi=r2(profit / E["invest"] * 100),
        case_om=r2(sum(E["cases_om"]) / 3), case_energy=r2(sum(E["cases_energy"]) / 3), case_safety=r2(sum(E["cases_safety"]) / 3),
        social=r2(st_wo_net / avg * 100),  # PLANTED: 净利润 left out
    )
    correct = dict(storage_rate=r2(E["used"] / E["cap"] * 100), device_util=r2(E["dev_run"] / E["dev_total"] * 100),
                   social=r2(st / avg * 100), social_sum=st, social_avg=avg, social_wo=st_wo_net)
    return dict(
        id="h32_hemudu_problems", seed=3220, list_no=20, listed_name="河姆渡电商工业互联网平台",
        company="上海河姆渡实业发展有限公司", declared_name="河姆渡电商工业互联网平台", p2023=True,
        short="河姆渡", nature="行业型工业互联网平台",
        contact=dict(name="钱晓蕾", phone="13901873526", email="qianxl@hemudu.example.com",
                     venue="上海市宝山区沪太路6999号河姆渡产业园1号楼5楼多功能厅"),
        url="https://www.hemudu-iip.example.com", build_time="2017.06-2023.12", invest=E["invest"],
        build_mode="合作共建，上海织云信息技术有限公司", deploy="公有云", team=(48, 66, 39),
        E=E, declared=d, correct=correct, rev2020=rev2020,
        devices=dict(total=E["dev_total"], public=E["dev_total"], public_run=2184, overseas={"越南Vietnam": 86},
                     overseas_pub={"越南Vietnam": 86}, overseas_run={"越南Vietnam": 52},
                     cats=["轻工设备", "物流设备", "仪器仪表"], cat_w=[71, 18, 11],
                     regions=["浙江", "江苏", "上海", "福建", "广东"], reg_w=[34, 26, 18, 12, 10], protocols=22),
        apps=dict(apps=64, native=51, other_sw=9, private_apps=0, cats=["供应链管理", "运营管理", "仓储物流", "质量管控"],
                  cat_w=[40, 25, 20, 15], inds=["纺织", "轻工"], ind_w=[78, 22], killer_dau=2640,
                  killer_income=24.16, subs=6830, killer_subs=3910, subs_amount=528.60),
        storage=dict(cloud=72.00, cloud_pub=72, cap=E["cap"], used=E["used"], pub_data=246.85),
        models=dict(n=58, active=31, users=820, w=[18, 24, 12, 4], speed="秒级（每TB订单与库存数据分析约8秒）"),
        micro=(312, 175), dev_reg=(236, 64),
        sec_rules="是，《河姆渡平台信息安全管理制度》（HMD-AQ-01，2019年9月）、《用户数据保护与访问控制规范》（HMD-AQ-04，2022年3月）",
        users=dict(reg=E["reg"], served=4120, paid=E["paid"], local=1036, sme=3865, inds=["纺织", "轻工", "服务业"],
                   ind_w=[64, 26, 10], regions=["浙江", "江苏", "福建", "广东", "山东", "安徽"], reg_w=[32, 24, 14, 12, 10, 8],
                   orders=(186420, 194716)),
        domestic=82.30, smart_factories=1, parks=4,
        solutions={"网络化协同": 4, "数字化管理": 3, "个性化定制": 3, "服务化延伸": 2},
        listed=False, listed_text="否",
        indices=4, ip=(9, 38), breakthrough="自研面料订单智能拆单与产能匹配算法，匹配时效由小时级缩短至分钟级",
        carbon="", idres="",
        awards=["2021年上海市工业互联网平台和专业服务商推荐目录（2021年8月，上海市经济和信息化委员会）",
                "2023年工业和信息化部工业互联网平台创新领航应用案例（2023年12月，工业和信息化部）"],
        jobs=640, open_data="以API和行业价格指数形式开放：开放API接口46个、面辅料价格指数4项",
        partners=5,
    )


# ------------------------------------------------------------------ 33 延锋
def yanfeng():
    E = dict(
        company_rev=1186420.55,  # 万元; 审计报告合并利润表 11,864,205,512.37 元
        rev={2020: 3652.18, 2021: 4380.90, 2022: 5102.38, 2023: 6284.16},
        rd=1046.72, profit=742.58, net=648.13, invest=6800.00,
        social=dict(工资=1587.20, 社保福利=342.16, 利息=0.00, 增值税=336.40, 税金及附加=40.37, 所得税=94.45,
                    净利润=648.13, 年初资产=10328.50, 年末资产=12046.26),
        trade={2021: 9862.00, 2022: 11734.50, 2023: 14026.80},
        dev_total=9418, dev_run=7206, cap=1500.00, used=1011.30,
        reg=418, paid=126,
        cases_om=[16.80, 12.40, 14.10], cases_energy=[8.40, 11.20, 6.90], cases_safety=[18.20, 25.40, 21.10],
    )
    rev = {y: E["rev"][y] for y in (2021, 2022, 2023)}
    st, avg = social(E["social"])
    d = dict(
        rev=rev, growth={2021: growth(E["rev"][2020], rev[2021]), 2022: growth(rev[2021], rev[2022]), 2023: growth(rev[2022], rev[2023])},
        rd=E["rd"], rd_rate=r2(E["rd"] / E["company_rev"] * 100),  # PLANTED: company revenue
        profit_rate=r2(E["profit"] / rev[2023] * 100), paid_rate=r2(E["paid"] / E["reg"] * 100),
        storage_rate=r2(E["used"] / E["cap"] * 100), trade_growth=growth(E["trade"][2022], E["trade"][2023]),
        device_util=r2(E["dev_run"] / E["dev_total"] * 100),
        roi=r2(rev[2023] / E["invest"] * 100),  # PLANTED: revenue instead of profit
        case_om=r2(sum(E["cases_om"]) / 3),
        case_energy=r2(sum(E["cases_energy"][:2]) / 2),  # PLANTED: average of two cases only
        case_safety=r2(sum(E["cases_safety"]) / 3),
        social=r2(st / avg * 100),
    )
    correct = dict(rd_rate=r2(E["rd"] / rev[2023] * 100), roi=r2(E["profit"] / E["invest"] * 100),
                   case_energy=r2(sum(E["cases_energy"]) / 3))
    return dict(
        id="h32_yanfeng_problems", seed=3233, list_no=33, listed_name="延锋工业互联网平台",
        company="上海延锋金桥饰件系统有限公司", declared_name="延锋工业互联网平台", p2023=False,
        short="延锋金桥", nature="企业级工业互联网平台",
        contact=dict(name="陆明哲", phone="13764205518", email="lumz@yfjq.example.com",
                     venue="上海市浦东新区金桥出口加工区金穗路1398号行政楼2楼大会议室"),
        url="https://yfiip.yfjq.example.com", build_time="2019.01-2023.12", invest=E["invest"],
        build_mode="自建", deploy="边缘侧、私有云、混合云", team=(88, 27, 71),
        E=E, declared=d, correct=correct, rev2020=E["rev"][2020],
        devices=dict(total=E["dev_total"], public=2960, public_run=2310,
                     overseas={"墨西哥Mexico": 268, "泰国Thailand": 154}, overseas_pub={}, overseas_run={},
                     cats=["化工设备", "机器人", "机床", "物流设备", "仪器仪表"], cat_w=[34, 24, 18, 14, 10],
                     regions=["上海", "江苏", "浙江", "湖北", "吉林", "重庆", "广东"], reg_w=[40, 15, 10, 10, 9, 8, 8],
                     protocols=46),
        apps=dict(apps=112, native=74, other_sw=28, private_apps=72, cats=["生产制造", "质量管控", "运维服务", "仓储物流", "节能减排"],
                  cat_w=[32, 26, 18, 14, 10], inds=["汽车", "石化化工"], ind_w=[88, 12], killer_dau=612,
                  killer_income=9.84, subs=1186, killer_subs=530, subs_amount=386.20),
        storage=dict(cloud=118.00, cloud_pub=26, cap=E["cap"], used=E["used"], pub_data=186.40),
        models=dict(n=132, active=77, users=164, w=[44, 26, 18, 12], speed="毫秒级（每TB注塑工艺数据检索约650毫秒）"),
        micro=(528, 301), dev_reg=(356, 96),
        sec_rules="是，《延锋金桥信息安全管理手册》（YFJQ-IT-001，2020年1月）、《工控网络安全管理规定》（YFJQ-IT-014，2022年6月）",
        users=dict(reg=E["reg"], served=296, paid=E["paid"], local=118, sme=174, inds=["汽车", "石化化工", "轻工"],
                   ind_w=[76, 14, 10], regions=["江苏", "浙江", "湖北", "吉林", "重庆", "广东"], reg_w=[28, 20, 16, 12, 12, 12],
                   orders=(2148, 2306)),
        domestic=78.60, smart_factories=3, parks=2,
        solutions={"智能化制造": 5, "数字化管理": 4, "网络化协同": 3, "个性化定制": 2},
        listed=False, listed_text="否（控股股东华域汽车系统股份有限公司为上市公司，本单位未单独上市）",
        indices=2, ip=(36, 27), breakthrough="自研注塑工艺参数自优化模型，首件合格率由92%提升至98.6%",
        carbon="提供工厂级能耗与碳排放监测、产品碳足迹核算服务，覆盖集团内外12家工厂",
        idres="已对接国家顶级节点（上海），实现汽车内饰件一物一码，累计注册标识420万个",
        awards=["2022年上海市智能工厂（2022年12月，上海市经济和信息化委员会）",
                "2023年工业和信息化部智能制造示范工厂揭榜单位（2023年8月，工业和信息化部）"],
        jobs=168, open_data="以数据接口形式向供应商开放：开放API接口38个、质量与交付数据看板12类",
        partners=4,
    )


ALL = [lianying, sijian, hemudu, yanfeng]
