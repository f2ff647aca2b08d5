"""The four h94 packages: small operators, every figure consistent (clean by construction).

Platforms, 序号 and companies are real rows of 附件6; all people, phones, domains, addresses, numbers,
auditors, certificates and customer names are invented."""

from __future__ import annotations


def make_apps(cats: dict[str, list[str]], subs: int, killer: int, amount: float, killer_idx: list[int]):
    """[(name, category, subscriptions, amount 万元)] — the five at killer_idx are the most subscribed and
    add up to `killer`; the rest add up to subs - killer; amounts split in proportion, last one absorbs rounding."""
    flat = [(n, c) for c, names in cats.items() for n in names]
    others = [i for i in range(len(flat)) if i not in killer_idx]
    ks = _split(killer, 5, top=True)
    os_ = _split(subs - killer, len(others), top=False, cap=min(ks) - 1)
    counts = [0] * len(flat)
    for i, k in zip(killer_idx, ks):
        counts[i] = k
    for i, k in zip(others, os_):
        counts[i] = k
    amounts = [round(amount * c / subs, 2) for c in counts]
    amounts[-1] = round(amount - sum(amounts[:-1]), 2)
    return [(n, c, counts[i], amounts[i]) for i, (n, c) in enumerate(flat)]


def _split(total: int, n: int, top: bool, cap: int | None = None) -> list[int]:
    if n == 0:
        assert total == 0
        return []
    weights = [n - i + (10 if top else 4) for i in range(n)]
    parts = [total * w // sum(weights) for w in weights]
    for k in range(total - sum(parts)):
        parts[k % n] += 1
    if cap is not None:
        assert max(parts) <= cap, (parts, cap)
    return parts


# ----------------------------------------------------------------------------------------- 序号22
ZHUANGBEI = dict(
    pid="h94_zhuangbei_clean", list_no=22, platform="面向钢铁行业的设备远程运维平台",
    company="宝武装备智能科技有限公司", participated=True, nature="行业型工业互联网平台",
    short="宝武装备", domain="钢铁行业设备远程运维", contact="顾志远", title="平台运营部经理",
    phone="13916620418", email="guzhiyuan@bwzb-ops.example.com",
    address="上海市宝山区蕴川路2136号3号楼3楼第二会议室", url="https://ops.bwzb-demo.example.com",
    account="zhuanjia01", password="Bw#Ops0722", built="2020.04-2023.12", built_cn=("2020", "04", "2023", "12"),
    invest=1280.00, revenue={2020: 702.40, 2021: 812.35, 2022: 936.80, 2023: 1068.52},
    rd=186.40, profit=92.18, ops=18, run=9, qualified=16,
    build_mode="自建", op_mode="自运营", deploy="边缘侧、私有云、公有云", iaas="租用，服务商名称：天翼云科技有限公司上海分公司",
    dev_cat={"冶炼设备": 64, "动力设备": 48, "电力设备": 31, "物流设备": 22, "仪器仪表": 21},
    dev_reg={"上海": 92, "江苏": 38, "湖北": 27, "新疆": 17, "广东": 12},
    pub_cat={"冶炼设备": 40, "动力设备": 30, "电力设备": 20, "物流设备": 12, "仪器仪表": 10},
    pub_reg={"上海": 56, "江苏": 22, "湖北": 17, "新疆": 10, "广东": 7},
    run_cat={"冶炼设备": 33, "动力设备": 25, "电力设备": 16, "物流设备": 9, "仪器仪表": 8},
    run_reg={"上海": 46, "江苏": 18, "湖北": 14, "新疆": 8, "广东": 5},
    overseas=None, protocols=23, software=26, app_dev=11, app_cloud=7,
    app_cls={"运维服务": 8, "安全生产": 4, "节能减排": 3, "质量管控": 3},
    app_ind={"黑色金属": 14, "有色金属": 4}, app_mau=15, killer_online=46, killer_daily=312, killer_income=6.85,
    pub_app=12, pub_app_cls={"运维服务": 4, "安全生产": 2, "节能减排": 1, "质量管控": 1},
    pub_app_ind={"黑色金属": 6, "有色金属": 2},
    cloud=14.00, pub_cloud=8, cap=60.00, data=38.46, pub_data=21.30,
    model_cls={"数据算法模型": 12, "行业机理模型": 22, "业务流程模型": 8}, model_active=27, model_users=31,
    speed="秒级", speed_text="秒级（每TB振动时序数据特征提取约8秒）", ms=64, ms_active=41, dev_reg_n=48, dev_active=19,
    registered=52, srv_ind={"黑色金属": 29, "有色金属": 6, "机械": 3},
    srv_reg={"上海": 14, "江苏": 9, "湖北": 8, "新疆": 4, "广东": 3}, paid=21, sme=12,
    orders=(146, 158), trade_growth=12.40, subs=214, killer_subs=131, subs_amount=386.50,
    dev_util=81.50, domestic=92.00, smart_factories=2, parks=3,
    sol={"服务化延伸": 3, "智能化制造": 2, "数字化管理": 1}, vc=False,
    om_down=17.33, energy_down=6.20, safety_up=12.50, indices=2,
    patents=[("一种轧机主传动轴扭振在线监测方法", "ZL202110358642.7", "发明专利", "2023-03-14"),
             ("基于多源振动信号的风机故障诊断系统", "ZL202220917455.2", "实用新型", "2022-11-08"),
             ("一种连铸扇形段辊子轴承温度采集装置", "ZL202221563108.9", "实用新型", "2023-01-17"),
             ("设备远程运维数据边缘汇聚网关", "ZL202320442761.5", "实用新型", "2023-09-26")],
    copyrights=["钢铁设备远程诊断平台V2.0", "轧线振动分析软件V1.3", "设备点检移动端APP V3.1", "备件寿命预测软件V1.0",
                "边缘采集网关管理软件V2.2", "设备健康度评估系统V1.5", "润滑管理软件V1.1", "能效监视软件V1.0",
                "运维工单协同系统V2.0"],
    awards=[("2023年上海市工业互联网创新发展应用案例", "2023年11月", "上海市经济和信息化委员会")],
    breakthrough=True, carbon=False, idres=False, jobs=12, social=18.42, partners=2,
    open_data="以API接口和设备健康报告模板形式开放：开放API接口26个、设备故障样本数据集2个、健康报告模板8类",
)
ZHUANGBEI["apps"] = make_apps(
    {"运维服务": ["轧机振动诊断", "风机健康评估", "点检移动端", "备件寿命预测", "润滑管理", "检修工单协同", "减速机油液分析", "电机电流分析"],
     "安全生产": ["天车安全监测", "高温区域巡检", "煤气区域告警", "液压站泄漏预警"],
     "节能减排": ["空压站能效优化", "水泵群控节能", "加热炉能耗看板"],
     "质量管控": ["板形异常追溯", "辊系磨损质量关联", "连铸坯表面缺陷预警"]},
    214, 131, 386.50, [0, 1, 2, 8, 12])
ZHUANGBEI["killer_apps"] = [(a[0], a[2]) for a in ZHUANGBEI["apps"] if a[0] in ("轧机振动诊断", "风机健康评估", "点检移动端", "天车安全监测", "空压站能效优化")]

# ----------------------------------------------------------------------------------------- 序号24
OUBEI = dict(
    pid="h94_oubei_clean", list_no=24, platform="欧贝平台", company="欧冶工业品股份有限公司", participated=False,
    nature="专业型工业互联网平台", short="欧冶工业品", domain="工业品（MRO）供应链协同", contact="沈佳怡", title="平台运营中心主管",
    phone="13817346052", email="shenjiayi@oubei-mro.example.com", address="上海市宝山区漠河路600号A座12楼1206会议室",
    url="https://www.oubei-demo.example.com", account="pingshen2024", password="Ob@Mro2607",
    built="2019.06-2023.12", built_cn=("2019", "06", "2023", "12"),
    invest=2150.00, revenue={2020: 1652.18, 2021: 1904.66, 2022: 2211.07, 2023: 2486.30},
    rd=312.05, profit=-35.60, ops=9, run=14, qualified=11,
    build_mode="自建", op_mode="自运营", deploy="公有云", iaas="租用，服务商名称：阿里云计算有限公司",
    dev_cat=None, dev_reg=None, pub_cat=None, pub_reg=None, run_cat=None, run_reg=None, overseas=None,
    protocols=0, software=14, app_dev=6, app_cloud=3,
    app_cls={"供应链管理": 5, "仓储物流": 2, "运营管理": 2}, app_ind={"机械": 4, "黑色金属": 3, "石化化工": 2},
    app_mau=8, killer_online=73, killer_daily=540, killer_income=3.85, pub_app=9,
    pub_app_cls={"供应链管理": 4, "仓储物流": 1, "运营管理": 1}, pub_app_ind={"机械": 3, "黑色金属": 2, "石化化工": 1},
    cloud=22.00, pub_cloud=22, cap=40.00, data=12.80, pub_data=12.80,
    model_cls={"数据算法模型": 9, "业务流程模型": 7}, model_active=9, model_users=58,
    speed="毫秒级", speed_text="毫秒级（每TB商品与询价数据检索约650毫秒）", ms=126, ms_active=88, dev_reg_n=35, dev_active=12,
    registered=312, srv_ind={"黑色金属": 96, "机械": 88, "石化化工": 41, "汽车": 22, "其他": 17},
    srv_reg={"上海": 118, "江苏": 57, "浙江": 40, "安徽": 21, "山东": 16, "湖北": 12}, paid=205, sme=176,
    orders=(18406, 19210), trade_growth=12.45, subs=402, killer_subs=288, subs_amount=148.80,
    dev_util=None, domestic=86.50, smart_factories=0, parks=2,
    sol={"网络化协同": 2, "数字化管理": 1, "服务化延伸": 1}, vc=True,
    om_down=None, energy_down=None, safety_up=None, indices=1,
    patents=[],
    copyrights=["欧贝工业品电子采购系统V3.0", "欧贝询比价管理软件V2.1", "供应商协同门户软件V2.0", "欧贝移动采购APP V1.6",
                "寄售库存管理软件V1.2", "工业品主数据治理软件V1.0", "电子合同签署服务软件V1.1", "采购结算对账软件V2.0",
                "工业品价格指数发布系统V1.0", "仓配协同管理软件V1.3", "供应商绩效评价软件V1.0", "采购数据分析驾驶舱V1.2"],
    awards=[], breakthrough=True, carbon=False, idres=False, jobs=26, social=9.86, partners=3,
    open_data="以API接口和数据报告形式开放：开放API接口48个、工业品价格指数月报1类、供应商画像数据集1个",
)
OUBEI["apps"] = make_apps(
    {"供应链管理": ["询比价协同", "电子招投标", "供应商门户", "寄售库存", "采购结算对账"],
     "仓储物流": ["仓配协同", "到货签收"], "运营管理": ["采购驾驶舱", "电子合同"]},
    402, 288, 148.80, [0, 1, 2, 5, 7])
OUBEI["killer_apps"] = [(a[0], a[2]) for a in OUBEI["apps"] if a[0] in ("询比价协同", "电子招投标", "供应商门户", "仓配协同", "采购驾驶舱")]

# ----------------------------------------------------------------------------------------- 序号28
CHUANSHIBAO = dict(
    pid="h94_chuanshibao_clean", list_no=28, platform="基于全球船舶实时船位的航运新基建--船视宝",
    company="中远海运科技股份有限公司", participated=False, nature="特色专业型工业互联网平台",
    short="中远海运科技", domain="航运与船舶", contact="陆海鸣", title="船视宝产品部高级经理",
    phone="13901852764", email="luhaiming@shipview-csb.example.com", address="上海市浦东新区民生路1188号9楼907会议室",
    url="https://csb.shipview-demo.example.com", account="csb_review", password="Csb#2024Jul",
    built="2020.01-2023.12", built_cn=("2020", "01", "2023", "12"),
    invest=5860.00, revenue={2020: 3012.40, 2021: 3486.25, 2022: 4102.88, 2023: 4630.17},
    rd=902.36, profit=516.74, ops=21, run=17, qualified=27,
    build_mode="自建", op_mode="自运营", deploy="公有云、混合云", iaas="租用，服务商名称：华为云计算技术有限公司",
    dev_cat={"交通设备": 168, "仪器仪表": 54, "电力设备": 12},
    dev_reg={"上海": 61, "天津": 22, "广东": 31, "大连": 18, "青岛": 14, "新加坡Singapore": 46, "希腊Greece": 42},
    pub_cat={"交通设备": 168, "仪器仪表": 54, "电力设备": 12},
    pub_reg={"上海": 61, "天津": 22, "广东": 31, "大连": 18, "青岛": 14, "新加坡Singapore": 46, "希腊Greece": 42},
    run_cat={"交通设备": 151, "仪器仪表": 47, "电力设备": 10},
    run_reg={"上海": 55, "天津": 19, "广东": 28, "大连": 16, "青岛": 12, "新加坡Singapore": 41, "希腊Greece": 37},
    overseas={"新加坡Singapore": 46, "希腊Greece": 42}, protocols=12, software=31, app_dev=17, app_cloud=7,
    app_cls={"运营管理": 9, "仓储物流": 6, "安全生产": 5, "节能减排": 4}, app_ind={"船舶": 15, "服务业": 9},
    app_mau=21, killer_online=186, killer_daily=1240, killer_income=16.20, pub_app=24,
    pub_app_cls={"运营管理": 7, "仓储物流": 4, "安全生产": 3, "节能减排": 3}, pub_app_ind={"船舶": 11, "服务业": 6},
    cloud=36.00, pub_cloud=36, cap=480.00, data=356.20, pub_data=356.20,
    model_cls={"数据算法模型": 26, "行业机理模型": 21, "业务流程模型": 11}, model_active=33, model_users=142,
    speed="秒级", speed_text="秒级（每TB船位轨迹数据聚合分析约4秒）", ms=212, ms_active=147, dev_reg_n=126, dev_active=41,
    registered=286, srv_ind={"船舶": 97, "服务业": 58, "石化化工": 18},
    srv_reg={"上海": 64, "天津": 17, "广东": 22, "大连": 15, "青岛": 12, "新加坡Singapore": 23, "希腊Greece": 20},
    paid=118, sme=97, orders=(9864, 10452), trade_growth=16.20, subs=684, killer_subs=402, subs_amount=1326.40,
    dev_util=88.89, domestic=78.00, smart_factories=0, parks=1,
    sol={"网络化协同": 2, "服务化延伸": 2, "数字化管理": 1}, vc=True,
    om_down=11.40, energy_down=4.85, safety_up=9.60, indices=3,
    patents=[("一种基于AIS数据的船舶靠泊时间预测方法", "ZL202110702386.1", "发明专利", "2022-08-19"),
             ("港口拥堵指数计算方法及系统", "ZL202111264590.3", "发明专利", "2023-02-24"),
             ("一种船舶航迹异常识别方法", "ZL202210118437.6", "发明专利", "2023-06-30"),
             ("船载多源数据采集终端", "ZL202221774203.X", "实用新型", "2022-12-06"),
             ("一种船舶碳强度计算装置", "ZL202320516842.8", "实用新型", "2023-08-15"),
             ("基于卫星与岸基融合的船位推算方法", "ZL202211540927.4", "发明专利", "2024-01-12")],
    copyrights=["船视宝全球船位服务平台V3.0", "船视宝港口拥堵指数系统V1.2", "船舶靠泊预测软件V2.0", "船视宝移动端APP V2.4",
                "航线智能规划软件V1.1", "船舶碳强度CII测算软件V1.0", "船队监控管理系统V2.1", "集装箱动态追踪软件V1.3",
                "船视宝数据开放网关V1.0", "航运市场指数发布系统V1.1", "船岸通信管理软件V1.0", "船舶能效分析软件V1.2",
                "码头作业协同系统V1.0", "气象导航辅助软件V1.1", "船视宝运维监控软件V1.0"],
    awards=[("2022年度上海市科技进步奖三等奖", "2023年5月", "上海市人民政府"),
            ("2023年交通运输行业数字化转型典型案例", "2023年12月", "交通运输部")],
    breakthrough=True, carbon=True, idres=False, jobs=35, social=21.07, partners=4,
    open_data="以API接口、指数和数据集形式开放：开放船位与港口API接口64个、航运特色指数3类、船舶档案数据集2个",
)
CHUANSHIBAO["apps"] = make_apps(
    {"运营管理": ["船队监控", "靠泊预测", "航次执行看板", "租船协同", "船舶档案", "港口拥堵查询", "航线规划", "船期公告", "燃油管理"],
     "仓储物流": ["集装箱追踪", "货物在途", "码头协同", "堆场查询", "多式联运", "提单查询"],
     "安全生产": ["航行安全预警", "气象导航", "海盗区域告警", "船岸通信", "应急协同"],
     "节能减排": ["CII碳强度测算", "能效分析", "航速优化", "排放报告"]},
    684, 402, 1326.40, [0, 1, 9, 15, 20])
CHUANSHIBAO["killer_apps"] = [(a[0], a[2]) for a in CHUANSHIBAO["apps"] if a[0] in ("船队监控", "靠泊预测", "集装箱追踪", "航行安全预警", "CII碳强度测算")]

# ----------------------------------------------------------------------------------------- 序号33
YANFENG = dict(
    pid="h94_yanfeng_clean", list_no=33, platform="延锋工业互联网平台", company="上海延锋金桥饰件系统有限公司",
    participated=False, nature="企业级工业互联网平台", short="延锋金桥", domain="汽车内饰制造", contact="钱嘉豪",
    title="数字化部工程师", phone="13816092375", email="qianjiahao@yf-jq.example.com",
    address="上海市浦东新区金桥路2001号行政楼2楼多功能厅", url="https://iiot.yf-jq-demo.example.com",
    account="review_yf", password="Yf!Jq20240716", built="2021.03-2023.12", built_cn=("2021", "03", "2023", "12"),
    invest=1960.00, revenue={2020: 1120.50, 2021: 1268.34, 2022: 1402.16, 2023: 1577.92},
    rd=268.20, profit=132.86, ops=15, run=6, qualified=14,
    build_mode="自建", op_mode="自运营", deploy="边缘侧、私有云", iaas="自建",
    dev_cat={"机器人": 38, "化工设备": 26, "机床": 12, "物流设备": 9, "动力设备": 7},
    dev_reg={"上海": 58, "江苏": 16, "重庆": 10, "湖北": 8},
    pub_cat=None, pub_reg=None, run_cat=None, run_reg=None, overseas=None, protocols=17, software=22,
    app_dev=12, app_cloud=3, app_cls={"生产制造": 6, "质量管控": 4, "运维服务": 3, "仓储物流": 2}, app_ind={"汽车": 15},
    app_mau=13, killer_online=0, killer_daily=860, killer_income=1.79, pub_app=0, pub_app_cls=None, pub_app_ind=None,
    cloud=18.00, pub_cloud=0, cap=120.00, data=71.52, pub_data=0.00,
    model_cls={"研发仿真模型": 8, "行业机理模型": 18, "数据算法模型": 8}, model_active=22, model_users=19,
    speed="秒级", speed_text="秒级（每TB注塑工艺数据分析约12秒）", ms=88, ms_active=57, dev_reg_n=27, dev_active=15,
    registered=41, srv_ind={"汽车": 29, "轻工": 4, "石化化工": 3}, srv_reg={"上海": 22, "江苏": 8, "重庆": 4, "湖北": 2},
    paid=9, sme=19, orders=(1236, 1302), trade_growth=8.30, subs=96, killer_subs=61, subs_amount=84.60,
    dev_util=90.22, domestic=70.00, smart_factories=1, parks=1, sol={"智能化制造": 2, "数字化管理": 1}, vc=False,
    om_down=14.27, energy_down=7.93, safety_up=10.00, indices=0,
    patents=[("一种仪表板表皮搪塑温度闭环控制方法", "ZL202110945873.2", "发明专利", "2023-04-11"),
             ("注塑机工艺参数自整定装置", "ZL202221308466.1", "实用新型", "2022-10-25"),
             ("门板总成视觉检测工装", "ZL202221907354.8", "实用新型", "2023-02-07"),
             ("一种内饰件生产线AGV调度系统", "ZL202310221685.0", "发明专利", "2024-02-20"),
             ("机器人喷涂轨迹离线优化装置", "ZL202320189537.4", "实用新型", "2023-07-18")],
    copyrights=["延锋金桥设备联网平台V2.0", "注塑工艺分析软件V1.2", "内饰件质量追溯系统V1.5", "机器人运维管理软件V1.0",
                "能源计量管理软件V1.1", "AGV调度管理软件V1.0", "供应商质量协同软件V1.0"],
    awards=[("2023年上海市智能工厂（内饰件数字化车间）", "2023年9月", "上海市经济和信息化委员会")],
    breakthrough=True, carbon=True, idres=True, jobs=8, social=15.36, partners=1,
    open_data="以接口和报表形式向供应商开放：开放质量与排产接口14个、供应商质量月报1类",
)
YANFENG["apps"] = make_apps(
    {"生产制造": ["注塑工艺监控", "搪塑温控", "排产看板", "工单报工", "喷涂参数管理", "换模管理"],
     "质量管控": ["质量追溯", "视觉检测", "SPC分析", "供应商质量协同"],
     "运维服务": ["机器人运维", "设备点检", "模具寿命"], "仓储物流": ["AGV调度", "线边物料"]},
    96, 61, 84.60, [0, 1, 6, 10, 13])
YANFENG["killer_apps"] = [(a[0], a[2]) for a in YANFENG["apps"] if a[0] in ("注塑工艺监控", "搪塑温控", "质量追溯", "机器人运维", "AGV调度")]

SPECS = [ZHUANGBEI, OUBEI, CHUANSHIBAO, YANFENG]
