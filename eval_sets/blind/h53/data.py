"""h53 data: evidence lists (the primary records) and the declared values derived from them."""

from __future__ import annotations

import random
from collections import Counter, OrderedDict

LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(LABELS) == 103

DEVICE_NAMES = {
    "冶炼设备": ["高炉热风炉", "转炉倾动机构", "电弧炉", "连铸机结晶器", "烧结机", "热轧精轧机组", "冷轧酸洗线", "加热炉"],
    "动力设备": ["离心风机", "螺杆空压机", "循环水泵", "燃气锅炉", "汽轮发电机组", "除尘风机", "给水泵"],
    "电力设备": ["10kV开关柜", "干式变压器", "高压变频器", "配电柜", "无功补偿装置", "UPS电源"],
    "仪器仪表": ["在线光谱仪", "测厚仪", "红外测温仪", "振动监测仪", "电磁流量计", "压力变送器"],
    "机床": ["数控车床", "立式加工中心", "龙门铣床", "数控磨床", "冲压机", "折弯机"],
    "物流设备": ["桥式起重机", "AGV小车", "辊道输送线", "立体仓库堆垛机", "过跨车"],
    "交通设备": ["船用柴油机", "船舶推进电机", "舵机", "船用发电机组", "压载水泵"],
    "机器人": ["焊接机器人", "码垛机器人", "喷涂机器人", "装配机器人", "搬运机器人"],
    "工程机械": ["履带挖掘机", "轮式装载机", "汽车起重机", "混凝土泵车", "压路机", "旋挖钻机"],
    "化工设备": ["注塑机", "挤出机", "反应釜", "换热器"],
    "电工、电子设备": ["贴片机", "回流焊炉", "线束压接机", "电池化成柜"],
    "轻工设备": ["吹塑机", "包装机", "热成型机"],
}
APP_WORDS = {
    "安全生产": ["危险作业审批", "安全巡检", "隐患排查", "智能视频监护", "有限空间监测"],
    "节能减排": ["能耗在线监测", "碳排放核算", "能效对标", "余热回收优化", "用电负荷预测"],
    "质量管控": ["表面缺陷检测", "质量追溯", "SPC统计过程控制", "来料检验", "工艺参数防错"],
    "供应链管理": ["备件协同采购", "供应商评价", "订单协同", "物料齐套分析"],
    "研发设计": ["工艺仿真", "三维模型轻量化", "配方设计", "试验数据管理"],
    "生产制造": ["排产优化", "设备OEE分析", "工单执行", "产线数字孪生", "换型管理"],
    "运营管理": ["经营驾驶舱", "成本核算", "绩效分析", "合同管理"],
    "仓储物流": ["库位优化", "车辆调度", "出入库管理", "备件仓储"],
    "运维服务": ["设备远程诊断", "预测性维护", "点检管理", "故障知识库", "润滑管理", "备件寿命预测", "远程专家协作"],
}
MODEL_WORDS = {
    "数据算法模型": ["振动频谱分类", "剩余寿命回归", "异常检测", "负荷预测", "聚类分群"],
    "研发仿真模型": ["热应力仿真", "流场仿真", "轧制力仿真", "结构疲劳仿真"],
    "行业机理模型": ["轴承故障机理", "齿轮啮合机理", "电机温升机理", "风机喘振机理", "润滑衰减机理", "结晶器传热机理", "液压系统泄漏机理"],
    "业务流程模型": ["检修工单流转", "备件领用流程", "点检计划编排", "委外维修审批"],
}
SYL = list("华申浦嘉松闵宝金青奉崇徐长虹杨普静黄临港张江漕河泾外高桥金山吴淞")
WORD2 = ["精工", "机电", "重工", "智造", "科技", "实业", "动力", "装备", "材料", "电气", "模具", "精密", "钢构", "汽配",
         "化工", "包装", "机械", "电子", "新材", "能源", "船舶", "环保", "冶金", "轴承", "液压", "铸锻"]
SUFFIX = ["有限公司", "股份有限公司", "科技有限公司", "制造有限公司", "工业有限公司"]
REGION_CITY = {"上海": "上海", "江苏": "江苏", "浙江": "浙江", "安徽": "安徽", "山东": "山东", "湖北": "湖北", "广东": "广东",
               "福建": "福建", "河北": "河北", "四川": "四川", "宁波": "宁波", "青岛": "青岛", "辽宁": "辽宁", "天津": "天津"}


def pick_weighted(rng, items):
    total = sum(w for _, w in items)
    x = rng.uniform(0, total)
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


def companies(rng, n, prefix_pool=None):
    seen, out = set(), []
    while len(out) < n:
        a = rng.choice(SYL) + rng.choice(SYL)
        name = f"{'上海' if rng.random() < 0.6 else ''}{a}{rng.choice(WORD2)}{rng.choice(SUFFIX)}"
        if name in seen:
            continue
        seen.add(name)
        out.append(name)
    return out


def devices(rng, cats, regions, n_rows, pub_share=0.45, unconnected=False):
    rows = []
    for k in range(n_rows):
        cat = cats[k % len(cats)] if k < len(cats) else pick_weighted(rng, [(c, len(cats) - i + 1) for i, c in enumerate(cats)])
        region = pick_weighted(rng, regions)
        qty = rng.randint(12, 360)
        mode = "公有云" if rng.random() < pub_share else rng.choice(["私有云", "边缘侧"])
        pub = qty if mode == "公有云" else 0
        daily = round(pub * rng.uniform(0.55, 0.86)) if pub else 0
        unc = rng.randint(0, 40) if unconnected and rng.random() < 0.5 else 0
        name = rng.choice(DEVICE_NAMES[cat]) + f" {rng.choice('ABCDHKMSTX')}{rng.randint(100, 990)}"
        rows.append(dict(cat=cat, name=name, region=region, qty=qty, mode=mode, pub=pub, daily=daily, unc=unc))
    order = {c: i for i, c in enumerate(cats)}
    rows.sort(key=lambda r: (order[r["cat"]], r["region"] != "上海", r["region"]))
    return rows


def apps(rng, cats, industries, n):
    rows, used = [], set()
    for k in range(n):
        cat = cats[k % len(cats)] if k < len(cats) else pick_weighted(rng, [(c, len(cats) - i + 2) for i, c in enumerate(cats)])
        while True:
            name = rng.choice(APP_WORDS[cat]) + rng.choice(["", "助手", "APP", "系统", "云", "工具"]) + rng.choice(["", " V2", " V3", " Pro", " Lite"])
            if name not in used:
                used.add(name)
                break
        rows.append(dict(cat=cat, name=name, ind=pick_weighted(rng, industries),
                         deploy="公有云" if rng.random() < 0.55 else "私有化",
                         origin="平台原生开发" if rng.random() < 0.62 else "云化改造"))
    order = {c: i for i, c in enumerate(cats)}
    rows.sort(key=lambda r: order[r["cat"]])
    return rows


def models(rng, cats, industries, n):
    rows, used = [], set()
    for k in range(n):
        cat = cats[k % len(cats)] if k < len(cats) else pick_weighted(rng, [(c, 3 if c == "行业机理模型" else 1.5) for c in cats])
        while True:
            name = rng.choice(MODEL_WORDS[cat]) + rng.choice(["模型", "分析模型", "计算模型", "评估模型"]) + rng.choice(["", "-I", "-II", "（通用）", "（专用）"])
            if name not in used:
                used.add(name)
                break
        calls = rng.choice([0, 1, 2, 3, 4]) if rng.random() < 0.35 else rng.randint(5, 180)
        rows.append(dict(name=name, cat=cat, ind=pick_weighted(rng, industries), calls=calls,
                         users=rng.randint(0, 60) if calls else 0,
                         date=f"20{rng.randint(20, 24)}-{rng.randint(1, 12):02d}"))
    return rows


def enterprises(rng, industries, regions, n):
    names = companies(rng, n)
    rows = []
    for name in names:
        region = pick_weighted(rng, regions)
        if name.startswith("上海"):
            region = "上海"
        elif region == "上海":
            region = "江苏"
        rows.append(dict(name=name, ind=pick_weighted(rng, industries), region=region,
                         size="中小企业" if rng.random() < 0.7 else "大型企业",
                         paid=rng.random() < 0.45,
                         svc=rng.choice(["设备远程运维", "预测性维护", "能耗管理", "点检巡检", "备件协同", "质量追溯"])))
    return rows


def patents(rng, company, n, topic):
    out = []
    for k in range(n):
        typ = "发明" if rng.random() < 0.6 else "实用新型"
        year = rng.randint(2017, 2024)
        num = f"ZL {year - rng.randint(1, 3)} {'1' if typ == '发明' else '2'} {rng.randint(1000000, 9999999):07d}.{rng.randint(0, 9)}"
        name = f"一种{rng.choice(topic)}{rng.choice(['方法', '系统', '装置', '方法及系统', '监测装置', '诊断方法'])}"
        out.append(dict(name=name, num=num, typ=typ, date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", owner=company))
    return out


def softwares(rng, company, short, n, topic):
    out = []
    for k in range(n):
        year = rng.randint(2018, 2024)
        name = f"{short}{rng.choice(topic)}{rng.choice(['系统', '平台', '软件'])}V{rng.randint(1, 4)}.{rng.randint(0, 9)}"
        out.append(dict(name=name, num=f"{year}SR{rng.randint(100000, 1999999):07d}",
                        date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", owner=company))
    return out


def counter(rows, key, order=None, weight=None):
    c = Counter()
    for r in rows:
        c[r[key]] += r[weight] if weight else 1
    keys = order or sorted(c, key=lambda k: -c[k])
    return OrderedDict((k, c[k]) for k in keys if c[k])


def bd_text(d):
    return "、".join(f"{k}：{v}" for k, v in d.items())


def split_total(rng, total, keys, weights=None):
    """Split an integer over keys, all parts >= 1."""
    weights = weights or [rng.uniform(0.5, 2) for _ in keys]
    s = sum(weights)
    parts = [max(1, int(total * w / s)) for w in weights]
    parts[0] += total - sum(parts)
    return OrderedDict(zip(keys, parts))
