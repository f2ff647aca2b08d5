"""The four packages of blind set h56: identity, declared values, planted deviations."""
from __future__ import annotations

from model import bd, derive

APPC = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def common(p: dict) -> dict:
    """Build a full values dict from a compact parameter dict."""
    v = {}
    v["序号"] = p["no"]
    v["企业名称"] = p["company"]
    v["平台名称"] = p["declared_name"]
    v["平台性质"] = p["nature"]
    v["联系人姓名"], v["联系人手机号"], v["联系人电子邮箱"] = p["contact"]
    v["评审会现场地址信息"] = p["address"]
    v["平台网址"] = p["url"]
    v["建设时间"] = p["built"]
    v["平台建设方式"] = p.get("build_mode", "自建")
    v["平台运营模式"] = p.get("op_mode", "自运营")
    v["部署方式"] = p["deploy"]
    v["平台团队总人数（人）"], v["运营人数（人）"], v["有相关技术职称/从业资格的人数（人）"] = p["team"]
    dev_total, dev_pub, dev_day = p["dev"]
    cats, cw = p["dev_cats"]
    regs, rw = p["dev_regs"]
    ov = p.get("overseas", {})
    ov_total = sum(ov.values())
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = dev_total
    v["按二级分类统计工业设备数量（台/套）"] = bd(cats, dev_total, cw)
    v["按省市区域统计工业设备数量（台/套）"] = {**bd(regs, dev_total - ov_total, rw), **ov}
    v["公有云工业设备连接数量（台/套）"] = dev_pub
    v["按二级分类统计公有云工业设备数量（台/套）"] = bd(cats, dev_pub, cw)
    ov_pub = {k: n * dev_pub // dev_total for k, n in ov.items()}
    v["按省市区域统计公有云工业设备数量（台/套）"] = {**bd(regs, dev_pub - sum(ov_pub.values()), rw), **ov_pub}
    v["公有云工业设备平均日运行数量（台/套）"] = dev_day
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = bd(cats, dev_day, cw)
    ov_day = {k: n * dev_day // dev_total for k, n in ov.items()}
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = {**bd(regs, dev_day - sum(ov_day.values()), rw), **ov_day}
    v["海外设备连接数量（台/套）"] = ov_total
    v["按海外国家分类统计海外设备连接数量（台/套）"] = dict(ov) if ov else None
    v["工业协议兼容适配数量（个）"] = p["protocols"]
    sw, app_dev, app_cloud, mau = p["apps"]
    app = app_dev + app_cloud
    v["工业软件总量（个）"] = sw
    v["工业APP数量（个）"] = app
    v["基于平台开发的工业APP数量（个）"] = app_dev
    v["云化工业软件数量（个）"] = app_cloud
    ac, aw = p["app_cats"]
    ai, iw = p["industries"]
    v["按分类统计工业APP数量（个）"] = bd(ac, app, aw)
    v["按行业统计工业APP数量（个）"] = bd(ai, app, iw)
    v["工业APP平均月活跃数量（个）"] = mau
    v["杀手锏APP数量（个）"] = 5
    (v["公有云杀手锏APP平均日在线用户数（个）"], v["杀手锏APP日活次数（次）"],
     v["杀手锏APP月平均收入（万元）"]) = p["killer"]
    pub_app, pub_dau = p["pub_apps"]
    v["公有云工业APP数量（个）"] = pub_app
    v["公有云工业APP平均日活跃数量（个）"] = pub_dau
    v["按分类统计公有云工业APP平均日活跃数量（个）"] = bd(ac, pub_dau, aw)
    v["按行业统计公有云工业APP平均日活跃数量（个）"] = bd(ai, pub_dau, iw)
    (v["平台实际用云量（台）"], v["平台公有云实际使用数量（台）"], v["存储容量（TB）"],
     v["存储工业数据量（TB）"], v["公有云数据总量（TB）"]) = p["cloud"]
    models, active_m, m_users = p["models"]
    v["工业机理模型数量（个）"] = models
    v["活跃机理模型数量（一周调用5次以上）（个）"] = active_m
    v["核心工业模型平均月调用用户数量（个）"] = m_users
    v["按分类统计工业模型数量（个）"] = bd(["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"], models, p["model_w"])
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = p["speed"][1]
    v["微服务数量（个）"], v["活跃微服务数量（一周调用5次以上）（个）"] = p["micro"]
    v["开发者注册总数（个）"], v["活跃开发者数（个）"] = p["devs"]
    v["平台是否建立安全管理体系"] = True
    v["有否定期开展第三方安全测试/测评"] = True
    v["有否定期进行安全扫描"] = True
    reg_ent, served, paid, sme = p["ents"]
    v["注册企业用户数（个）"] = reg_ent
    v["实际服务企业数（个）"] = served
    v["按行业统计服务企业数（个）"] = bd(p["ent_ind"][0], served, p["ent_ind"][1])
    v["按省市区域统计服务企业数（个）"] = bd(p["ent_reg"][0], served, p["ent_reg"][1])
    v["付费企业数（个）"] = paid
    v["服务中小企业数量（个）"] = sme
    v["平台订单数量(近一年总量)（个）"] = p["orders"]
    v["平台交易规模年增长率（%）"] = p["trade_growth"]
    (v["工业APP订阅总数量（个）"], v["杀手锏工业APP订阅数量（个）"], v["工业APP订阅总金额（万元）"]) = p["subs"]
    v["平台连接工业设备利用率（%）"] = p["dev_util"]
    v["平台国产化率（%）"] = p["domestic"]
    v["平台是否服务上海智能工厂，数量"] = p["factories"]
    v["平台服务园区总数（个）"] = p["parks"]
    v["平台提供的解决方案总数（个）"] = p["solutions"]
    v["按新模式统计解决方案数量（个）"] = bd(MODES, p["solutions"], [1] * 6)
    v["企业是否已上市或已获得VC/PE投资"] = p["listed"]
    (v["平台连接工业设备运维成本平均下降率（%）"], v["平台连接工业设备能耗平均下降率（%）"],
     v["平台连接工业设备安全生产持续时间平均提升率（%）"]) = p["cases"]
    v["平台现有特色指数（个）"] = p["indices"]
    v["平台核心软硬件技术获得的专利数量（项）"], v["平台核心软硬件技术获得的软著数量（个）"] = p["ip"]
    v["平台是否有自研形成的核心技术突破"] = True
    v["平台是否具备碳管理服务能力"] = p["carbon"]
    v["平台是否融合使用国家标识解析系统"] = p["idres"]
    v["平台获得省部级及以上奖项/荣誉数量（个）"] = p["awards"]
    v["平台建设与运营带动新增就业人数（人）"] = p["jobs"]
    v["平台社会贡献率（%）"] = p["social"]
    v["平台开放共享数据的形式及数量"] = p["open_data"]
    v["合作平台数量（个）"] = p["partners"]
    v["_fin"] = p["fin"]
    return derive(v)


PROVS = ["上海", "江苏", "浙江", "安徽", "山东", "广东", "湖北", "四川"]

# ------------------------------------------------------------------ P1 clean: 序号12 建工四建
P1 = dict(
    id="h56_01_jiangong4_clean", no=12, listed_name="基于 BIM 的公共建筑智慧建造与运维工业互联网平台",
    company="上海建工四建集团有限公司", declared_name="基于 BIM 的公共建筑智慧建造与运维工业互联网平台",
    p2023=True, short="建工四建", nature="行业型工业互联网平台",
    contact=("沈立群", "13917604528", "shenlq@scg4-bim.example.com"),
    address="上海市徐汇区中山南二路1717号2号楼6楼第二会议室", url="https://bim-ops.scg4.example.com",
    built="2018.09-2023.12", deploy="私有云、公有云",
    team=(142, 56, 98),
    dev=(12400, 8060, 5230),
    dev_cats=(["工程机械", "动力设备", "电力设备", "仪器仪表", "物流设备", "其他"], [34, 22, 17, 14, 8, 5]),
    dev_regs=(["上海", "江苏", "浙江", "安徽", "广东", "四川"], [52, 16, 12, 8, 7, 5]),
    protocols=96, apps=(214, 112, 74, 132),
    app_cats=(["运维服务", "安全生产", "质量管控", "节能减排", "运营管理", "供应链管理"], [30, 22, 16, 14, 10, 8]),
    industries=(["建筑业", "电力、热力和燃气", "服务业"], [70, 18, 12]),
    killer=(1460, 3300, 18.65), pub_apps=(120, 58),
    cloud=(96.50, 64, 1536.00, 768.00, 312.50),
    models=(148, 76, 420), model_w=[30, 26, 54, 38], speed=("", "秒级（单TB BIM运维数据检索约4秒）"),
    micro=(560, 318), devs=(10500, 2140),
    ents=(3560, 2480, 450, 1986),
    ent_ind=(["建筑业", "服务业", "电力、热力和燃气", "其他"], [62, 20, 10, 8]),
    ent_reg=(["上海", "江苏", "浙江", "安徽", "广东", "四川"], [58, 14, 11, 7, 6, 4]),
    orders={"2023年自然年": 28640, "截至填表日前一年": 30215}, trade_growth=16.85,
    subs=(4260, 1980, 1286.40), dev_util=64.89, domestic=82.50, factories=3, parks=6, solutions=18,
    listed=True, cases=(15.32, 8.76, 18.40), indices=3, ip=(17, 26), carbon=True, idres=True, awards=4,
    jobs=410, social=21.35,
    open_data="以API接口和BIM构件数据集形式开放：开放API接口128个、BIM构件库数据集6个、运维知识条目3200条",
    partners=7,
    fin=dict(r21=3126.40, g21=21.36, r22=3978.52, r23=4862.53, rd=612.89, profit=583.50, build=4680.00),
    company_fin=dict(assets=1286453.27, rev=1052318.46, rev_prev=968402.15, debt=78.40, profit=38412.60, tax=12306.55),
)

# ------------------------------------------------------------------ P2: 序号7 爱姆意 (千元 audit)
P2 = dict(
    id="h56_02_aimuyi_qianyuan", no=7, listed_name="面向制造业供应链协同的智能交易工业互联网平台",
    company="上海爱姆意机电设备连锁有限公司", declared_name="面向制造业供应链协同的智能交易工业互联网平台",
    p2023=True, short="爱姆意", nature="行业型工业互联网平台",
    contact=("顾晓岚", "13901736251", "guxl@mi-mro.example.com"),
    address="上海市普陀区真北路958号7楼大会议室", url="https://scm.mi-mro.example.com",
    built="2017.05-2023.12", deploy="公有云", build_mode="自建",
    team=(118, 70, 74),
    dev=(8460, 8460, 5915),
    dev_cats=(["机床", "动力设备", "物流设备", "仪器仪表", "电工、电子设备"], [31, 24, 19, 15, 11]),
    dev_regs=(["上海", "江苏", "浙江", "广东", "山东", "湖北"], [38, 21, 17, 12, 7, 5]),
    protocols=58, apps=(164, 96, 52, 118),
    app_cats=(["供应链管理", "仓储物流", "运营管理", "质量管控", "运维服务"], [36, 22, 18, 14, 10]),
    industries=(["机械", "汽车", "电子", "轻工"], [46, 22, 18, 14]),
    killer=(2180, 9650, 326.00), pub_apps=(148, 76),
    cloud=(72.00, 72, 860.00, 528.40, 528.40),
    models=(92, 47, 615), model_w=[34, 8, 20, 30], speed=("", "秒级（单TB交易数据分析约7秒）"),
    micro=(436, 251), devs=(2860, 716),
    ents=(4860, 3372, 613, 2945),
    ent_ind=(["机械", "汽车", "电子", "轻工", "其他"], [40, 20, 18, 14, 8]),
    ent_reg=(["上海", "江苏", "浙江", "广东", "山东", "湖北"], [34, 22, 18, 14, 7, 5]),
    orders={"2023年自然年": 164280, "截至填表日前一年": 171530}, trade_growth=13.64,
    subs=(6120, 2740, 968.30), dev_util=69.92, domestic=78.00, factories=2, parks=4, solutions=12,
    listed=False, cases=(11.24, 6.58, 9.30), indices=5, ip=(9, 41), carbon=False, idres=True, awards=3,
    jobs=236, social=18.72,
    open_data="以API接口和行业价格指数形式开放：开放API接口96个、MRO商品价格指数5项、供应商画像数据集2个",
    partners=11,
    fin=dict(r21=4105.6, g21=15.82, r22=4986.3, r23=5846.2, rd=702.5, profit=468.9, build=3980.0),
    company_fin=dict(assets=86452.3, rev=142386.5, rev_prev=128904.2, debt=61.25, profit=5862.4, tax=2140.8),
)

# ------------------------------------------------------------------ P3: 序号27 碳索 (人民币百万元)
P3 = dict(
    id="h56_03_tansuo_baiwanyuan", no=27, listed_name="零碳绿色工厂综合数智化管理平台",
    company="上海碳索能源服务股份有限公司", declared_name="零碳绿色工厂综合数智化管理平台",
    p2023=False, short="碳索", nature="专业型工业互联网平台",
    contact=("陆宏远", "13916628047", "luhy@tansuo-energy.example.com"),
    address="上海市闵行区申长路988弄4号楼5楼会议中心", url="https://zerocarbon.tansuo.example.com",
    built="2019.03-2023.12", deploy="私有云、公有云、混合云",
    team=(96, 41, 63),
    dev=(6420, 4180, 3020),
    dev_cats=(["电力设备", "动力设备", "仪器仪表", "其他"], [38, 30, 24, 8]),
    dev_regs=(["上海", "江苏", "浙江", "安徽", "山东"], [46, 20, 16, 10, 8]),
    protocols=74, apps=(128, 63, 41, 86),
    app_cats=(["节能减排", "运维服务", "安全生产", "运营管理"], [44, 26, 16, 14]),
    industries=(["石化化工", "机械", "建材", "电力、热力和燃气"], [30, 28, 22, 20]),
    killer=(840, 2650, 21.34), pub_apps=(72, 38),
    cloud=(58.50, 36, 1280.00, 819.20, 0.38),
    models=(116, 58, 305), model_w=[36, 12, 44, 24], speed=("", "秒级（单TB能耗时序数据聚合约5秒）"),
    micro=(384, 205), devs=(1240, 316),
    ents=(1620, 1104, 352, 896),
    ent_ind=(["石化化工", "机械", "建材", "电力、热力和燃气", "其他"], [28, 26, 20, 16, 10]),
    ent_reg=(["上海", "江苏", "浙江", "安徽", "山东"], [48, 20, 15, 10, 7]),
    orders={"2023年自然年": 9860, "截至填表日前一年": 10412}, trade_growth=3.20,
    subs=(1840, 920, 8.26), dev_util=72.25, domestic=88.00, factories=4, parks=5, solutions=12,
    listed=False, cases=(12.60, 14.85, 10.20), indices=4, ip=(21, 33), carbon=True, idres=False, awards=5,
    jobs=168, social=19.46,
    open_data="以API接口和碳排放因子库形式开放：开放API接口64个、碳排放因子数据集3个、能效对标报告模板12类",
    partners=6,
    fin=dict(r21=2864.37, g21=24.18, r22=3512.08, r23=4208.65, rd=536.42, profit=402.18, build=2350.00),
    company_fin=dict(assets=386235.00, rev=120468.00, rev_prev=108524.00, debt=54.36, profit=8642.00, tax=3415.00),
    # true values the evidence proves where the form deviates
    true=dict(pub_data=389.12, subs_amount=826.00, trade_growth=18.42),
)

# ------------------------------------------------------------------ P4: 序号15 华兴数字 (金额（万元）)
P4 = dict(
    id="h56_04_huaxing_wanyuan", no=15, listed_name="华兴数字易维讯工程机械工业互联网平台",
    company="上海华兴数字科技有限公司", declared_name="华兴数字易维讯工程机械工业互联网平台",
    p2023=False, short="华兴数字", nature="行业型工业互联网平台",
    contact=("钱嘉诚", "13918842706", "qianjc@hx-digital.example.com"),
    address="上海市浦东新区秀浦路2555号漕河泾康桥商务绿洲E3栋3楼", url="https://ewx.hx-digital.example.com",
    built="2020.01-2023.12", deploy="边缘侧、公有云",
    team=(74, 30, 47),
    dev=(3120, 2180, 1460),
    dev_cats=(["工程机械", "动力设备", "其他"], [78, 16, 6]),
    dev_regs=(["上海", "江苏", "浙江", "山东", "河南", "四川"], [30, 22, 16, 14, 10, 8]),
    overseas={"越南Vietnam": 36, "印度尼西亚Indonesia": 24},
    protocols=38, apps=(72, 40, 24, 51),
    app_cats=(["运维服务", "安全生产", "运营管理", "质量管控"], [44, 24, 18, 14]),
    industries=(["机械", "建筑业", "采矿"], [62, 26, 12]),
    killer=(520, 1533000, 14.20), pub_apps=(58, 29),
    cloud=(42.00, 30, 320.00, 186.40, 142.60),
    models=(64, 31, 188), model_w=[22, 8, 24, 10], speed=("", "秒级（单TB工况数据分析约8秒）"),
    micro=(212, 118), devs=(680, 142),
    ents=(1260, 842, 298, 716),
    ent_ind=(["机械", "建筑业", "采矿", "服务业"], [46, 30, 14, 10]),
    ent_reg=(["上海", "江苏", "浙江", "山东", "河南", "四川"], [26, 24, 18, 14, 10, 8]),
    orders={"2023年自然年": 12460, "截至填表日前一年": 13208}, trade_growth=21.36,
    subs=(1980, 1020, 436.80), dev_util=66.97, domestic=80.00, factories=1, parks=3, solutions=6,
    listed=True, cases=(16.40, 7.25, 12.80), indices=2, ip=(8, 19), carbon=False, idres=True, awards=2,
    jobs=1260, social=16.84,
    open_data="以API接口和工况数据集形式开放：开放API接口42个、工程机械工况数据集4个",
    partners=5,
    fin=dict(r21=1862.40, g21=32.65, r22=2315.76, r23=2904.18, rd=482.63, profit=326.47, build=3260.00),
    company_fin=dict(assets=18620.45, rev=9862.30, rev_prev=8640.12, debt=48.60, profit=862.14, tax=316.28),
    true=dict(dev_total=31200, killer_daily=4200, jobs=415),
)

PACKAGES = [P1, P2, P3, P4]


def values(p: dict) -> dict:
    return common(p)
