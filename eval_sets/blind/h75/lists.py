"""Invented item lists (patents, software copyrights, awards) per industry, deterministic."""

from __future__ import annotations

import random

VOCAB = {
    "machinery": dict(
        objs=["工程机械", "挖掘机", "履带起重机", "混凝土泵车", "高空作业平台", "装载机", "旋挖钻机", "叉车",
              "塔式起重机", "压路机"],
        things=["工况数据采集", "远程故障诊断", "油耗监测", "剩余寿命预测", "配件需求预测", "租赁计费", "设备定位",
                "超载预警", "作业强度评估", "维保工单调度"],
        sw_prefix="易维讯",
    ),
    "textiles": dict(
        objs=["织机", "喷气织机", "剑杆织机", "经编机", "圆纬机", "坯布", "面料", "纱线", "印染设备", "织造车间"],
        things=["运行数据采集", "停台识别", "产量统计", "布面瑕疵检测", "产能匹配", "排产优化", "交期预测",
                "坯布质量追溯", "能耗监测", "订单协同"],
        sw_prefix="飞梭智纺",
    ),
    "chemicals": dict(
        objs=["化工装置", "反应釜", "精馏塔", "压缩机组", "氯碱电解槽", "储罐区", "换热器", "危化品运输车",
              "涂料生产线", "聚合反应器"],
        things=["报警根因分析", "软测量建模", "能效优化", "预测性维护", "工艺参数寻优", "泄漏监测", "安全联锁评估",
                "碳排放核算", "先进控制", "物料平衡计算"],
        sw_prefix="华谊化工云",
    ),
    "logistics": dict(
        objs=["船舶", "集装箱船", "散货船", "集装箱", "港口泊位", "冷藏箱", "航线", "锚地", "港机设备", "船载终端"],
        things=["实时船位融合", "到港时间预测", "拥堵识别", "能效评估", "碳排放核算", "轨迹纠偏", "航行风险预警",
                "泊位计划", "在途追踪", "运力分析"],
        sw_prefix="船视宝",
    ),
}

PATENT_FORMS = ["一种{o}{t}方法及系统", "一种基于多源数据的{o}{t}方法", "{o}{t}装置", "一种{o}的{t}系统及方法",
                "一种用于{o}的{t}终端", "基于深度学习的{o}{t}方法"]
SW_FORMS = ["{p}{o}{t}软件V{v}", "{p}{t}平台V{v}", "{p}{o}{t}系统V{v}", "{p}{t}管理软件V{v}"]


def patents(industry: str, n: int, holder: str, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    voc = VOCAB[industry]
    seen, rows = set(), []
    while len(rows) < n:
        o, t = rng.choice(voc["objs"]), rng.choice(voc["things"])
        name = rng.choice(PATENT_FORMS).format(o=o, t=t)
        if name in seen:
            continue
        seen.add(name)
        kind = rng.choice(["发明专利", "发明专利", "实用新型"])
        year = rng.randint(2018, 2023)
        num = f"ZL {year} {1 if kind == '发明专利' else 2} {rng.randint(1000000, 9999999) // 10:06d}{rng.randint(0, 9)}.{rng.randint(0, 9)}"
        date = f"{min(year + rng.randint(1, 2), 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append([str(len(rows) + 1), name, kind, num, date, holder])
    return rows


def copyrights(industry: str, n: int, holder: str, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    voc = VOCAB[industry]
    seen, rows = set(), []
    while len(rows) < n:
        o, t = rng.choice(voc["objs"]), rng.choice(voc["things"])
        name = rng.choice(SW_FORMS).format(p=voc["sw_prefix"], o=o, t=t, v=f"{rng.randint(1, 3)}.{rng.randint(0, 5)}")
        if name in seen:
            continue
        seen.add(name)
        year = rng.randint(2018, 2024)
        reg = f"{year}SR{rng.randint(100000, 1999999):07d}"
        date = f"{year}-{rng.randint(1, 6 if year == 2024 else 12):02d}-{rng.randint(1, 28):02d}"
        rows.append([str(len(rows) + 1), name, reg, date, holder])
    return rows


AWARDS = {
    "machinery": [
        ("上海市工业互联网创新应用标杆（工程机械远程运维）", "上海市经济和信息化委员会", "2021年12月"),
        ("工业互联网试点示范项目（平台+设备远程运维）", "工业和信息化部", "2022年11月"),
        ("上海市工业互联网平台创新应用优秀案例（工程机械后市场）", "上海市经济和信息化委员会", "2022年6月"),
        ("上海市科技进步奖三等奖（工程机械工况智能诊断关键技术）", "上海市人民政府", "2023年5月"),
        ("上海市软件和信息技术服务业优秀解决方案", "上海市经济和信息化委员会", "2023年10月"),
    ],
    "textiles": [
        ("工业互联网平台创新领航应用案例", "工业和信息化部", "2021年10月"),
        ("工业互联网试点示范项目（行业特色型平台）", "工业和信息化部", "2022年11月"),
        ("上海市工业互联网标杆平台", "上海市经济和信息化委员会", "2022年3月"),
        ("上海市数字化转型标杆场景（织造产能共享）", "上海市经济和信息化委员会", "2021年8月"),
        ("上海市科技进步奖三等奖（织机数据采集与产能匹配关键技术）", "上海市人民政府", "2022年12月"),
        ("上海市优秀信息化解决方案", "上海市经济和信息化委员会", "2023年9月"),
        ("浙江省工业互联网平台创建项目（省级）", "浙江省经济和信息化厅", "2023年12月"),
    ],
    "chemicals": [
        ("工业互联网试点示范项目（化工行业平台）", "工业和信息化部", "2021年11月"),
        ("上海市工业互联网创新发展专项验收优秀", "上海市经济和信息化委员会", "2021年12月"),
        ("绿色制造系统解决方案供应商（化工行业）", "工业和信息化部", "2022年10月"),
        ("上海市科技进步奖二等奖（化工装置智能报警管理）", "上海市人民政府", "2022年5月"),
        ("智能制造优秀场景（化工装置预测性维护）", "工业和信息化部", "2023年1月"),
        ("上海市工业互联网标杆平台", "上海市经济和信息化委员会", "2023年3月"),
        ("上海市工业互联网平台创新应用优秀案例", "上海市经济和信息化委员会", "2023年8月"),
        ("国家级工业互联网平台应用创新推广中心（化工）", "工业和信息化部", "2023年12月"),
    ],
    "logistics": [
        ("交通运输部交通运输行业重点科技项目清单", "交通运输部", "2021年9月"),
        ("上海市工业互联网创新应用标杆（航运大数据）", "上海市经济和信息化委员会", "2021年12月"),
        ("交通强国建设试点任务（航运大数据应用）", "交通运输部", "2022年11月"),
        ("上海市科技进步奖二等奖（全球船舶实时船位融合关键技术）", "上海市人民政府", "2022年5月"),
        ("大数据产业发展试点示范项目", "工业和信息化部", "2022年12月"),
        ("上海市软件和信息技术服务业优秀产品", "上海市经济和信息化委员会", "2023年6月"),
        ("智慧港口建设优秀案例", "交通运输部水运局", "2023年9月"),
        ("上海市数字化转型标杆场景（航运）", "上海市经济和信息化委员会", "2023年12月"),
    ],
}


def awards(industry: str, n: int) -> list[list[str]]:
    items = AWARDS[industry][:n]
    assert len(items) == n
    return [[str(i + 1), a, b, c, "国家部委" if "部" in b else "省部级"] for i, (a, b, c) in enumerate(items)]
