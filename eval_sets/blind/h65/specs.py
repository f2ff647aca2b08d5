"""The four packages of h65: every declared value, every figure the evidence prints, every planted problem.

One source per package: `spec(n)` returns a dict; documents and truth are rendered from it.
Numbers in the audit are RMB'000; the 申报表 uses 万元 (thousand / 10).
"""
from __future__ import annotations

import random

from kit import bd_text, pct, split, wan

LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(LABELS) == 103

MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]

# ---------------------------------------------------------------- per-package inputs
BASE = {
    1: dict(
        package_id="h65_yanfeng_clean", list_no=33, listed_name="延锋工业互联网平台",
        company="上海延锋金桥饰件系统有限公司", company_en="Shanghai Yanfeng Jinqiao Automotive Trim Systems Co., Ltd.",
        participated=False, brand="YF-Link", short="延锋金桥", nature="企业级工业互联网平台",
        domain="汽车内饰件", seed=6533,
        ent_type="有限责任公司（中外合资）", code="91310115MA1K4F6Q2X", founded="1994年11月18日",
        reg_addr="上海市浦东新区金桥出口加工区金海路1200号（浦东新区）", capital="USD 4,280万元",
        legal="王启铭", shareholders=[("延锋汽车饰件系统有限公司", "USD 2,182.80万", "51.00%"),
                                     ("Interior Holdings Europe B.V.（荷兰）", "USD 2,097.20万", "49.00%")],
        contact=("陈思远", "数字化部高级经理", "13916628047", "chensy@yf-link.example.com"),
        url="https://console.yf-link.example.com", account="review_2024", password="Yf#Rev7712",
        venue="上海市浦东新区金海路1200号行政楼3楼多功能厅",
        built=("2019.03", "2023.12"), invest_wan=5200.00,
        seg=dict(r2020=31208, r2021=36514, r2022=41873, r2023=48236, rd2023=9842, pbt2023=6115, rd2022=8710, pbt2022=5230),
        grp=dict(rev2023=2865430, rev2022=2611870, cos2023=2366104, cos2022=2163992, sell2023=48215, sell2022=44530,
                 adm2023=121876, adm2022=117340, rd2023=98650, rd2022=91230, fin2023=9320, fin2022=11416,
                 oth2023=-34845, oth2022=-36410, tax2023=41230, tax2022=35120,
                 assets2023=3412560, assets2022=3189740, liab2023=2051300, liab2022=1962310, surtax2023=14620),
        team=(146, 88, 58, 103),
        devices=12480, dev_cats=[("机器人", 26), ("机床", 14), ("化工设备", 22), ("仪器仪表", 12), ("物流设备", 16), ("动力设备", 10)],
        regions=[("上海", 41), ("江苏", 17), ("浙江", 9), ("湖北", 7), ("重庆", 6), ("吉林", 5), ("广东", 5)],
        overseas=[("德国Germany", 312), ("墨西哥Mexico", 236), ("斯洛伐克Slovakia", 148)],
        pub_share=0.42, run_share=0.74, protocols=126,
        apps=(218, 133, 85), sw_total=246, app_ind=[("汽车", 62), ("轻工", 14), ("石化化工", 10), ("机械", 14)],
        app_mau=172, killer=(1864, 23150, 36.80), pub_apps=124, pub_active=71,
        cloud=(168.50, 96), storage=(1600.00, 1186.40, 512.30), models=(186, 102, 438), model_w=[30, 18, 38, 14],
        speed="秒级（单TB工艺时序数据聚合分析约2.8秒）", micro=(864, 512), devs=(14860, 2930),
        reg_ent=1286, served=1042, ent_ind=[("汽车", 70), ("轻工", 10), ("机械", 12), ("石化化工", 8)],
        ent_reg=[("上海", 43), ("江苏", 21), ("浙江", 12), ("湖北", 8), ("重庆", 6), ("吉林", 5), ("广东", 5)],
        paying=402, sme=736, orders=(8640, 9215), trade_growth=14.62, subs=(3862, 1748), sub_amt=1546.80,
        util=74.36, domestic=86.00, factories=4, parks=6, solutions=42, mode_w=[8, 6, 9, 10, 4, 5],
        vcpe=False, cost_down=17.42, energy_down=9.85, safety_up=22.60, indices=5, patents=18, softcr=26,
        awards=3, jobs=215, social=21.74, partners=7, console_date="2024-07-10",
    ),
    2: dict(
        package_id="h65_huaxing_problems", list_no=15, listed_name="华兴数字易维讯工程机械工业互联网平台",
        company="上海华兴数字科技有限公司", company_en="Shanghai Huaxing Digital Technology Co., Ltd.",
        participated=False, brand="EasyWeiXun", short="华兴数字", nature="行业型工业互联网平台",
        domain="工程机械", seed=6515,
        ent_type="有限责任公司（外商投资企业与内资合资）", code="91310112MA1GB8XK3T", founded="2016年05月09日",
        reg_addr="上海市闵行区紫星路588号2幢5层（闵行区）", capital="人民币 6,000万元",
        legal="林海峰", shareholders=[("上海华兴机械集团有限公司", "3,600万元", "60.00%"),
                                     ("Machinery Digital Investments Pte. Ltd.（新加坡）", "2,400万元", "40.00%")],
        contact=("吴佳琪", "平台运营总监", "13917735206", "wujq@easyweixun.example.com"),
        url="https://portal.easyweixun.example.com", account="sheitc_eval", password="Ewx@2024Eval",
        venue="上海市闵行区紫星路588号2幢5层会议中心",
        built=("2017.06", "2023.12"), invest_wan=3860.00,
        seg=dict(r2020=18420, r2021=22106, r2022=26388, r2023=30952, rd2023=6418, pbt2023=4036, rd2022=5660, pbt2022=3410),
        grp=dict(rev2023=412680, rev2022=376150, cos2023=318420, cos2022=290870, sell2023=21630, sell2022=19870,
                 adm2023=24810, adm2022=23140, rd2023=19640, rd2022=17980, fin2023=1320, fin2022=1510,
                 oth2023=2140, oth2022=1760, tax2023=4360, tax2022=3820,
                 assets2023=528640, assets2022=486210, liab2023=287410, liab2022=268930, surtax2023=2360),
        team=(112, 64, 52, 79),   # planted: 64 + 52 = 116 != 112
        devices=18650, dev_cats=[("工程机械", 68), ("动力设备", 14), ("物流设备", 10), ("仪器仪表", 8)],
        regions=[("上海", 22), ("江苏", 19), ("浙江", 14), ("安徽", 11), ("山东", 13), ("河南", 9), ("四川", 7)],
        overseas=[("印度尼西亚Indonesia", 286), ("马来西亚Malaysia", 174), ("沙特阿拉伯Saudi Arabia", 98)],
        pub_share=0.61, run_share=0.68, protocols=88,
        apps=(136, 92, 44), sw_total=158, app_ind=[("工程机械", 0)],  # replaced below
        app_mau=104, killer=(1326, 15480, 22.45), pub_apps=96, pub_active=52,
        cloud=(96.00, 64), storage=(900.00, 612.50, 388.20), models=(124, 71, 305), model_w=[40, 12, 36, 12],
        speed="秒级（每TB设备工况数据分析约4.5秒）", micro=(526, 318), devs=(6240, 1180),
        reg_ent=2146, served=1638, ent_ind=[("机械", 46), ("建筑业", 32), ("采矿", 12), ("建材", 10)],
        ent_reg=[("上海", 18), ("江苏", 20), ("浙江", 14), ("安徽", 12), ("山东", 14), ("河南", 12), ("四川", 10)],
        paying=512, sme=1312, orders=(12460, 13108), trade_growth=12.38, subs=(4215, 2086), sub_amt=1208.60,
        util=69.48, domestic=91.50, factories=2, parks=5, solutions=24, mode_w=[5, 2, 6, 3, 2, 6],
        vcpe=True, cost_down=19.64, energy_down=8.72, safety_up=16.35, indices=3, patents=15, softcr=32,
        awards=2, jobs=168, social=19.36, partners=5, console_date="2024-07-08",
    ),
    3: dict(
        package_id="h65_tansuo_problems", list_no=27, listed_name="零碳绿色工厂综合数智化管理平台",
        company="上海碳索能源服务股份有限公司", company_en="Shanghai Tansuo Energy Services Co., Ltd.",
        participated=False, brand="ZeroCarbon OS", short="碳索能源", nature="专业型工业互联网平台",
        domain="工厂能碳管理", seed=6527,
        ent_type="股份有限公司（中外合资、未上市）", code="91310000MA1FL2W57K", founded="2012年08月21日",
        reg_addr="上海市长宁区金钟路968号凌空SOHO 9号楼（长宁区）", capital="人民币 8,500万元",
        legal="沈嘉禾", shareholders=[("上海碳索投资管理有限公司", "4,675万元", "55.00%"),
                                     ("Green Energy Partners Asia Ltd.（香港）", "2,550万元", "30.00%"),
                                     ("员工持股平台（有限合伙）", "1,275万元", "15.00%")],
        contact=("许明哲", "战略与数字化中心主任", "13918846375", "xumz@zerocarbon-os.example.com"),
        url="https://app.zerocarbon-os.example.com", account="eval_reviewer", password="ZcOs!7203",
        venue="上海市长宁区金钟路968号9号楼6楼路演厅",
        built=("2020.01", "2023.12"), invest_wan=2680.00,
        seg=dict(r2020=15240, r2021=19876, r2022=25401, r2023=29124, rd2023=2386, pbt2023=3218, rd2022=2105, pbt2022=2764),
        grp=dict(rev2023=186420, rev2022=164870, cos2023=132560, cos2022=118940, sell2023=12480, sell2022=11260,
                 adm2023=14320, adm2022=13650, rd2023=9865, rd2022=8934, fin2023=860, fin2022=1020,
                 oth2023=1240, oth2022=980, tax2023=2630, tax2022=2110,
                 assets2023=258740, assets2022=236510, liab2023=121360, liab2022=113880, surtax2023=1080),
        team=(78, 46, 32, 55),
        devices=9860, dev_cats=[("动力设备", 34), ("电力设备", 28), ("仪器仪表", 22), ("化工设备", 9), ("建材设备", 7)],
        regions=[("上海", 46), ("江苏", 18), ("浙江", 15), ("安徽", 8), ("广东", 7), ("福建", 6)],
        overseas=[("新加坡Singapore", 58), ("泰国Thailand", 42)],
        pub_share=0.55, run_share=0.81, protocols=64,
        apps=(92, 68, 24), sw_total=104, app_ind=[],
        app_mau=71, killer=(842, 9360, 12.60), pub_apps=58, pub_active=34,
        cloud=(48.00, 32), storage=(500.00, 286.40, 164.80), models=(96, 58, 214), model_w=[32, 10, 44, 14],
        speed="秒级（每TB能耗时序数据分析约3.6秒）", micro=(318, 204), devs=(2860, 640),
        reg_ent=986, served=724, ent_ind=[("石化化工", 22), ("建材", 16), ("电子", 18), ("医药", 14), ("食品", 12), ("机械", 18)],
        ent_reg=[("上海", 52), ("江苏", 18), ("浙江", 14), ("安徽", 6), ("广东", 6), ("福建", 4)],
        paying=268, sme=512, orders=(3215, 3480), trade_growth=16.20, subs=(1486, 712), sub_amt=624.30,
        util=81.25, domestic=93.00, factories=5, parks=8, solutions=18, mode_w=[6, 1, 3, 5, 1, 2],
        vcpe=True, cost_down=15.36, energy_down=13.84, safety_up=11.20, indices=6, patents=19, softcr=34,
        awards=2, jobs=96, social=18.42, partners=6, console_date="2024-07-09",
    ),
    4: dict(
        package_id="h65_sipai_problems", list_no=11, listed_name="数字化环境装备服务工业互联网平台",
        company="上海西派埃智能化系统有限公司", company_en="Shanghai SIPAI Intelligent Systems Co., Ltd.",
        participated=True, brand="SIPAI EnviroCloud", short="西派埃", nature="行业型工业互联网平台",
        domain="环境装备", seed=6511,
        ent_type="有限责任公司（台港澳与境内合资）", code="91310104MA1FR9TN6C", founded="2003年04月16日",
        reg_addr="上海市徐汇区宜山路700号B1幢12楼（徐汇区）", capital="人民币 5,000万元",
        legal="顾伟民", shareholders=[("上海市政工程设计研究总院（集团）有限公司", "3,000万元", "60.00%"),
                                     ("Enviro Systems (HK) Holdings Limited（香港）", "2,000万元", "40.00%")],
        contact=("赵一凡", "工业互联网事业部副总经理", "13917509268", "zhaoyf@sipai-envirocloud.example.com"),
        url="https://envirocloud.sipai.example.com", account="sheitc2024", password="Sp@EnvC0716",
        venue="上海市徐汇区宜山路700号B1幢12楼第一会议室",
        built=("2018.09", "2023.12"), invest_wan=4380.00,
        seg=dict(r2020=22310, r2021=25964, r2022=30118, r2023=34870, rd2023=7326, pbt2023=4585, rd2022=6410, pbt2022=3920),
        grp=dict(rev2023=268540, rev2022=247360, cos2023=201860, cos2022=186420, sell2023=11240, sell2022=10580,
                 adm2023=16380, adm2022=15720, rd2023=17420, rd2022=15860, fin2023=640, fin2022=710,
                 oth2023=1860, oth2022=1540, tax2023=3460, tax2022=2980,
                 assets2023=364280, assets2022=338650, liab2023=198740, liab2022=187260, surtax2023=1520),
        team=(124, 72, 52, 91),
        devices=15360, dev_cats=[("动力设备", 38), ("仪器仪表", 27), ("其他", 21), ("电力设备", 14)],
        regions=[("上海", 36), ("江苏", 16), ("浙江", 13), ("安徽", 9), ("湖北", 8), ("江西", 6), ("云南", 5)],
        overseas=[("德国Germany", 140), ("新加坡Singapore", 86), ("越南Vietnam", 64)],
        pub_share=0.47, run_share=0.77, protocols=102,
        apps=(286, 178, 108), sw_total=312, app_ind=[],
        app_mau=214, killer=(2310, 26840, 31.25), pub_apps=152, pub_active=88,
        cloud=(124.00, 72), storage=(1200.00, 846.72, 398.60), models=(248, 131, 526), model_w=[28, 16, 42, 14],
        speed="秒级（每TB水质与设备运行数据分析约3.1秒）", micro=(742, 455), devs=(8420, 1760),
        reg_ent=3620, served=2486, ent_ind=[("电力、热力和燃气", 34), ("建筑业", 16), ("石化化工", 14), ("食品", 10), ("医药", 8), ("其他", 18)],
        ent_reg=[("上海", 40), ("江苏", 16), ("浙江", 14), ("安徽", 9), ("湖北", 8), ("江西", 7), ("云南", 6)],
        paying=786, sme=1724, orders=(10380, 11045), trade_growth=15.74, subs=(5120, 2648), sub_amt=1872.40,
        util=77.80, domestic=88.50, factories=3, parks=11, solutions=36, mode_w=[9, 3, 7, 8, 2, 7],
        vcpe=False, cost_down=21.18, energy_down=12.47, safety_up=18.90, indices=4, patents=22, softcr=41,
        awards=4, jobs=186, social=20.85, partners=9, console_date="2024-07-11",
    ),
}

APP_IND = {
    1: [("汽车", 62), ("轻工", 14), ("石化化工", 10), ("机械", 14)],
    2: [("机械", 52), ("建筑业", 28), ("采矿", 12), ("建材", 8)],
    3: [("石化化工", 22), ("建材", 16), ("电子", 18), ("医药", 14), ("食品", 12), ("机械", 18)],
    4: [("电力、热力和燃气", 40), ("建筑业", 18), ("石化化工", 14), ("食品", 12), ("医药", 8), ("其他", 8)],
}
APP_CAT_W = {
    1: [12, 10, 22, 14, 6, 18, 8, 6, 4],
    2: [10, 8, 8, 10, 2, 6, 12, 4, 40],
    3: [10, 42, 6, 4, 2, 10, 14, 2, 10],
    4: [14, 22, 16, 4, 2, 10, 12, 2, 18],
}


def _bd(total: int, pairs) -> dict:
    return dict(zip([k for k, _ in pairs], split(total, [w for _, w in pairs])))


def spec(n: int) -> dict:
    b = dict(BASE[n])
    rnd = random.Random(b["seed"])
    s, g = b["seg"], b["grp"]
    v: dict = {}
    # ---------------- finance (segment, RMB'000 -> 万元)
    rev = {y: wan(s[f"r{y}"]) for y in (2020, 2021, 2022, 2023)}
    growth = {y: round((s[f"r{y}"] / s[f"r{y-1}"] - 1) * 100 + 1e-9, 2) for y in (2021, 2022, 2023)}
    b["rev_wan"], b["growth"] = rev, growth
    rd, pbt = wan(s["rd2023"]), wan(s["pbt2023"])
    decl_rev = dict(rev)
    decl_growth = dict(growth)
    decl_rd = rd
    if n == 2:  # planted: the group's consolidated Revenue declared as platform revenue, all three years
        decl_rev = {2021: 33142.00, 2022: wan(g["rev2022"]), 2023: wan(g["rev2023"])}
        decl_growth = {2021: 10.93, 2022: round((decl_rev[2022] / decl_rev[2021] - 1) * 100 + 1e-9, 2),
                       2023: round((decl_rev[2023] / decl_rev[2022] - 1) * 100 + 1e-9, 2)}
    if n == 3:  # planted: RMB'000 figure of R&D typed as 万元; planted: 2023 growth rate misstated
        decl_rd = float(s["rd2023"])
        decl_growth[2023] = 18.60
    b["decl_rev"], b["decl_growth"], b["decl_rd"] = decl_rev, decl_growth, decl_rd
    team, ops, opr, qual = b["team"]
    v.update({
        "序号": b["list_no"], "企业名称": b["company"], "平台名称": b["listed_name"], "平台性质": b["nature"],
        "联系人姓名": b["contact"][0], "联系人手机号": b["contact"][2], "联系人电子邮箱": b["contact"][3],
        "评审会现场地址信息": b["venue"], "平台网址": b["url"], "建设时间": f"{b['built'][0]}-{b['built'][1]}",
        "平台建设金额（万元）": b["invest_wan"],
        "平台近三年经营指标情况": {f"{y}年平台营收（万元）" if k == 0 else f"{y}年增长率（%）": (decl_rev[y] if k == 0 else decl_growth[y])
                          for y in (2021, 2022, 2023) for k in (0, 1)},
        "平台建设方式": "自建", "平台运营模式": "自运营" if n != 3 else "联合运营",
        "部署方式": {1: "私有云、公有云、混合云", 2: "边缘侧、公有云", 3: "边缘侧、公有云、混合云", 4: "边缘侧、私有云、公有云"}[n],
        "平台团队总人数（人）": team, "运维人数（人）": ops, "运营人数（人）": opr, "有相关技术职称/从业资格的人数（人）": qual,
        "平台相关研发投入（万元）": decl_rd, "平台相关研发投入强度（%）": pct(decl_rd, decl_rev[2023]),
        "平台相关营业收入（万元）": decl_rev[2023], "平台利润率（%）": pct(pbt, decl_rev[2023]),
        "付费用户占比（%）": pct(b["paying"], b["reg_ent"]),
    })
    # ---------------- devices
    total = b["devices"]
    ov = dict(b["overseas"])
    ov_total = sum(ov.values())
    if n == 4:
        ov_total = 290  # 140 + 86 + 64
    cats = _bd(total, b["dev_cats"])
    dom = _bd(total - ov_total, b["regions"])
    regions = {**dom, **ov}
    pub = round(total * b["pub_share"])
    run = round(pub * b["run_share"])
    pub_cats = dict(zip(cats, split(pub, list(cats.values()))))
    pub_reg = dict(zip(regions, split(pub, list(regions.values()))))
    run_cats = dict(zip(cats, split(run, list(pub_cats.values()))))
    run_reg = dict(zip(regions, split(run, list(pub_reg.values()))))
    ov_decl = dict(ov)
    if n == 4:  # planted: by-country breakdown says Germany 120 while the 海外 total and the region table use 140
        ov_decl["德国Germany"] = 120
    b.update(dev_cats_bd=cats, dev_reg_bd=regions, pub=pub, run=run, pub_cats=pub_cats, pub_reg=pub_reg,
             run_cats=run_cats, run_reg=run_reg, ov_total=ov_total)
    decl_devices = total
    if n == 2:  # planted: the form's device total differs from the English console (16,840)
        b["console_devices"] = 16840
        decl_devices = total
    else:
        b["console_devices"] = total
    v.update({
        "连接的工业设备/产品/产线种类及数量（台/套）": decl_devices, "按二级分类统计工业设备数量（台/套）": cats,
        "按省市区域统计工业设备数量（台/套）": regions, "公有云工业设备连接数量（台/套）": pub,
        "按二级分类统计公有云工业设备数量（台/套）": pub_cats, "按省市区域统计公有云工业设备数量（台/套）": pub_reg,
        "公有云工业设备平均日运行数量（台/套）": run, "按二级分类统计公有云工业设备平均日运行数量（台/套）": run_cats,
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": run_reg,
        "海外设备连接数量（台/套）": ov_total, "按海外国家分类统计海外设备连接数量（台/套）": ov_decl if ov_decl else None,
        "工业协议兼容适配数量（个）": b["protocols"],
    })
    # ---------------- apps
    apps, native, cloudsw = b["apps"]
    assert native + cloudsw == apps
    app_cats = dict(zip(APP_CATS, split(apps, APP_CAT_W[n])))
    app_cats = {k: x for k, x in app_cats.items() if x}
    app_ind = _bd(apps, APP_IND[n])
    pa = b["pub_active"]
    pa_cats = {k: x for k, x in zip(app_cats, split(pa, list(app_cats.values()))) if x}
    pa_ind = {k: x for k, x in zip(app_ind, split(pa, list(app_ind.values()))) if x}
    b["console_apps"] = apps if n != 4 else 264  # planted in 4: console "Apps published 264"
    v.update({
        "工业软件总量（个）": b["sw_total"], "工业APP数量（个）": apps, "基于平台开发的工业APP数量（个）": native,
        "云化工业软件数量（个）": cloudsw, "按分类统计工业APP数量（个）": app_cats, "按行业统计工业APP数量（个）": app_ind,
        "工业APP平均月活跃数量（个）": b["app_mau"], "杀手锏APP数量（个）": 5,
        "公有云杀手锏APP平均日在线用户数（个）": b["killer"][0], "杀手锏APP日活次数（次）": b["killer"][1],
        "杀手锏APP月平均收入（万元）": b["killer"][2], "公有云工业APP数量（个）": b["pub_apps"],
        "公有云工业APP平均日活跃数量（个）": pa, "按分类统计公有云工业APP平均日活跃数量（个）": pa_cats,
        "按行业统计公有云工业APP平均日活跃数量（个）": pa_ind,
    })
    # ---------------- data
    cap, used, pubdata = b["storage"]
    mcount, mact, musers = b["models"]
    v.update({
        "平台实际用云量（台）": b["cloud"][0], "平台公有云实际使用数量（台）": b["cloud"][1],
        "存储容量（TB）": cap, "存储工业数据量（TB）": used, "公有云数据总量（TB）": pubdata,
        "存储资源利用率（%）": pct(used, cap),
        "工业机理模型数量（个）": mcount, "活跃机理模型数量（一周调用5次以上）（个）": mact,
        "核心工业模型平均月调用用户数量（个）": musers,
        "按分类统计工业模型数量（个）": dict(zip(MODEL_CATS, split(mcount, b["model_w"]))),
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": "秒级",
        "微服务数量（个）": b["micro"][0], "活跃微服务数量（一周调用5次以上）（个）": b["micro"][1],
        "开发者注册总数（个）": b["devs"][0], "活跃开发者数（个）": b["devs"][1],
        "平台是否建立安全管理体系": True, "有否定期开展第三方安全测试/测评": True, "有否定期进行安全扫描": True,
    })
    # ---------------- application
    served = b["served"]
    ent_ind = _bd(served, b["ent_ind"])
    ent_reg = _bd(served, b["ent_reg"])
    sol = dict(zip(MODES, split(b["solutions"], b["mode_w"])))
    v.update({
        "注册企业用户数（个）": b["reg_ent"], "实际服务企业数（个）": served, "按行业统计服务企业数（个）": ent_ind,
        "按省市区域统计服务企业数（个）": ent_reg, "付费企业数（个）": b["paying"], "服务本市企业数量（个）": ent_reg["上海"],
        "服务中小企业数量（个）": b["sme"],
        "平台订单数量(近一年总量)（个）": {"2023年自然年": b["orders"][0], "截至填表日前一年": b["orders"][1]},
        "平台交易规模年增长率（%）": b["trade_growth"], "工业APP订阅总数量（个）": b["subs"][0],
        "杀手锏工业APP订阅数量（个）": b["subs"][1], "工业APP订阅总金额（万元）": b["sub_amt"],
        "平台连接工业设备利用率（%）": b["util"], "平台国产化率（%）": b["domestic"],
        "平台是否服务上海智能工厂，数量": b["factories"], "平台服务园区总数（个）": b["parks"],
        "平台提供的解决方案总数（个）": b["solutions"], "按新模式统计解决方案数量（个）": sol,
        "投资回报率（%）": pct(pbt, b["invest_wan"]), "企业是否已上市或已获得VC/PE投资": b["vcpe"],
        "平台连接工业设备运维成本平均下降率（%）": b["cost_down"], "平台连接工业设备能耗平均下降率（%）": b["energy_down"],
        "平台连接工业设备安全生产持续时间平均提升率（%）": b["safety_up"], "平台现有特色指数（个）": b["indices"],
        "平台核心软硬件技术获得的专利数量（项）": b["patents"] if n != 3 else 24,  # planted in 3: list has 19
        "平台核心软硬件技术获得的软著数量（个）": b["softcr"],
        "平台是否有自研形成的核心技术突破": True, "平台是否具备碳管理服务能力": n in (1, 3, 4),
        "平台是否融合使用国家标识解析系统": n in (1, 2, 4),
        "平台获得省部级及以上奖项/荣誉数量（个）": b["awards"], "平台建设与运营带动新增就业人数（人）": b["jobs"],
        "平台社会贡献率（%）": b["social"], "合作平台数量（个）": b["partners"],
    })
    v["平台开放共享数据的形式及数量"] = {
        1: "以API接口、数据集和报表模板形式开放：开放API接口142个、工艺数据集6个、质量分析报表模板18类",
        2: "以API接口和设备工况数据集形式开放：开放API接口96个、设备工况数据集5个、施工效率指数月报1类",
        3: "以API接口、碳排放因子库和报告模板形式开放：开放API接口68个、排放因子库1个（含因子2,160条）、碳核算报告模板12类",
        4: "以API接口、运行数据集和标准报表形式开放：开放API接口118个、水厂运行数据集7个、运维标准报表模板21类",
    }[n]
    assert set(v) == set(LABELS), set(v) ^ set(LABELS)
    v = {k: v[k] for k in LABELS}
    b["v"] = v
    b["rd_wan"], b["pbt_wan"] = rd, pbt
    b["sw_list_n"] = b["softcr"]
    b["patent_list_n"] = b["patents"]
    return b
