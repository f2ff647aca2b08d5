"""One source of truth per package: lists (devices, enterprises, APPs …) and the declared values derived from them."""

from __future__ import annotations

import random
from collections import Counter

CAT_DEVICES = {
    "冶炼设备": ["高炉热风炉", "转炉倾动系统", "连铸机结晶器", "轧机主传动", "加热炉", "精整剪切线"],
    "动力设备": ["空气压缩机", "循环水泵", "离心风机", "燃气锅炉", "冷却塔风机"],
    "物流设备": ["行车起重机", "AGV搬运车", "立体仓库堆垛机", "皮带输送机", "钢卷运输链"],
    "机床": ["数控车床", "加工中心", "激光切割机", "数控折弯机", "锯切机"],
    "电力设备": ["箱式变电站", "配电柜", "变频器柜", "智能电表", "无功补偿装置"],
    "仪器仪表": ["光谱分析仪", "测厚仪", "红外测温仪", "流量计", "振动监测仪"],
    "化工设备": ["挤出机", "造粒机", "注塑机", "混料机", "反应釜"],
    "机器人": ["焊接机器人", "码垛机器人", "分拣机器人", "喷涂机器人"],
    "电工、电子设备": ["贴片机", "回流焊炉", "光模块测试台", "电缆挤包机", "UPS电源"],
    "工程机械": ["起重机", "叉车", "挖掘机", "装载机"],
    "轻工设备": ["包装机", "分切机", "印刷机", "贴标机"],
    "交通设备": ["电动商用车", "重卡运输车", "轨道平车"],
}
APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
SYL = list("华宏盛鑫恒泰隆瑞达丰德源祥联鼎晟凯嘉骏锦铭睿通诚信宁安益茂兴润昌远博腾逸峰汇")
CITY = {"上海": ["上海", "沪"], "江苏": ["苏州", "无锡", "南通", "常州", "江阴"], "浙江": ["杭州", "嘉兴", "湖州", "绍兴"],
        "安徽": ["合肥", "芜湖", "马鞍山"], "山东": ["济南", "临沂", "淄博"], "河北": ["唐山", "邯郸"],
        "广东": ["佛山", "东莞", "广州"], "湖北": ["武汉", "黄石"], "天津": ["天津"], "江西": ["南昌", "新余"],
        "四川": ["成都", "德阳"], "福建": ["福州", "泉州"], "河南": ["郑州", "安阳"], "宁波": ["宁波"],
        "辽宁": ["鞍山", "本溪"], "重庆": ["重庆"], "北京": ["北京"], "广西": ["柳州", "防城港"]}
OVERSEAS_NAMES = {"越南Vietnam": "越南", "印度尼西亚Indonesia": "印尼", "泰国Thailand": "泰国", "马来西亚Malaysia": "马来西亚",
                  "新加坡Singapore": "新加坡"}
IND_WORD = {"黑色金属": ["钢铁", "钢材", "特钢", "金属制品"], "有色金属": ["铝业", "铜业"], "机械": ["机械", "装备", "重工"],
            "汽车": ["汽车部件", "汽配"], "建筑业": ["建设工程", "钢结构"], "石化化工": ["化工", "新材料"],
            "轻工": ["包装", "家居"], "电子": ["电子", "光电"], "船舶": ["船舶配套", "海工"], "建材": ["建材", "管桩"],
            "电力、热力和燃气": ["能源", "电力"], "纺织": ["纺织"], "服务业": ["供应链", "物流"], "其他": ["贸易", "实业"],
            "家电": ["电器"], "医药": ["医药"]}


def alloc(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of total by weights (deterministic)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), k))[:rest]:
        out[k] += 1
    return out


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


class Model:
    """Everything a package prints. Attributes are filled by `make`."""


def company_names(rng: random.Random, n: int, regions: dict[str, float], industries: dict[str, float]):
    seen = set()
    out = []
    regs = list(regions)
    rw = [regions[r] for r in regs]
    inds = list(industries)
    iw = [industries[i] for i in inds]
    while len(out) < n:
        reg = rng.choices(regs, rw)[0]
        ind = rng.choices(inds, iw)[0]
        if reg in OVERSEAS_NAMES:
            city = OVERSEAS_NAMES[reg]
        else:
            city = rng.choice(CITY.get(reg, [reg]))
        zh = rng.choice(SYL) + rng.choice(SYL)
        if zh[0] == zh[1]:
            continue
        word = rng.choice(IND_WORD.get(ind, ["实业"]))
        tail = rng.choice(["有限公司", "股份有限公司", "科技有限公司", "集团有限公司"])
        name = f"{city}{zh}{word}{tail}"
        if name in seen:
            continue
        seen.add(name)
        out.append((name, reg, ind))
    return out


def make(spec: dict) -> Model:
    rng = random.Random(spec["seed"])
    m = Model()
    m.spec = spec
    # ---------------- enterprises (served) ----------------
    ents = company_names(rng, spec["n_ent"], spec["ent_regions"], spec["ent_industries"])
    m.enterprises = []
    for i, (name, reg, ind) in enumerate(ents):
        sme = rng.random() < spec["sme_share"]
        paid = rng.random() < spec["paid_share"]
        code = "91" + str(310000 + rng.randrange(0, 89999)) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        svc = rng.choice(["钢材交易撮合", "设备在线监测", "能耗管理", "供应链金融服务", "仓储物流协同", "质量追溯", "生产排程"])
        month = 1 + (i * 7 + rng.randrange(3)) % 12
        m.enterprises.append(dict(name=name, region=reg, industry=ind, sme=sme, paid=paid, code=code, service=svc,
                                  month=month))
    m.served = len(m.enterprises)
    m.ent_by_ind = dict(Counter(e["industry"] for e in m.enterprises).most_common())
    m.ent_by_reg = dict(Counter(e["region"] for e in m.enterprises).most_common())
    m.paid = sum(e["paid"] for e in m.enterprises)
    m.sme = sum(e["sme"] for e in m.enterprises)
    m.local = m.ent_by_reg.get("上海", 0)
    m.registered = m.served + spec["extra_registered"]
    m.paid_ratio = r2(m.paid / m.registered * 100)
    # ---------------- devices ----------------
    cats = spec["dev_cats"]
    regs = spec["dev_regions"]
    custs = [e for e in m.enterprises if e["region"] in regs] or m.enterprises
    m.devices = []
    for i in range(spec["n_dev_rows"]):
        cat = rng.choices(list(cats), list(cats.values()))[0]
        reg = rng.choices(list(regs), list(regs.values()))[0]
        pool = [e for e in custs[:400] if e["region"] == reg]
        owner = rng.choice(pool)["name"] if pool else company_names(rng, 1, {reg: 1}, {"黑色金属": 1})[0][0]
        qty = rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20])
        dep = rng.choices(["公有云", "私有云", "边缘侧"], spec["dep_w"])[0]
        m.devices.append(dict(no=i + 1, code=f"{spec['dev_prefix']}-{100000 + rng.randrange(0, 899999)}",
                              name=rng.choice(CAT_DEVICES[cat]), cat=cat, region=reg, owner=owner, qty=qty, dep=dep,
                              proto=rng.choice(["OPC UA", "Modbus TCP", "MQTT", "Profinet", "S7", "EtherNet/IP", "BACnet"])))
    m.dev_total = sum(d["qty"] for d in m.devices)
    cc, rc, pc, prc = Counter(), Counter(), Counter(), Counter()
    for d in m.devices:
        cc[d["cat"]] += d["qty"]
        rc[d["region"]] += d["qty"]
        if d["dep"] == "公有云":
            pc[d["cat"]] += d["qty"]
            prc[d["region"]] += d["qty"]
    order_c = [c for c in cats if cc[c]]
    order_r = [r for r in regs if rc[r]]
    m.dev_by_cat = {c: cc[c] for c in order_c}
    m.dev_by_reg = {r: rc[r] for r in order_r}
    m.pub_by_cat = {c: pc[c] for c in order_c}
    m.pub_by_reg = {r: prc[r] for r in order_r}
    m.pub_total = sum(pc.values())
    m.overseas = {r: rc[r] for r in order_r if r in OVERSEAS_NAMES}
    m.overseas_total = sum(m.overseas.values())
    m.run_by_cat = {c: int(round(pc[c] * rng.uniform(0.58, 0.78))) for c in order_c}
    m.run_total = sum(m.run_by_cat.values())
    m.run_by_reg = alloc(m.run_total, {r: prc[r] for r in order_r})
    # ---------------- APPs ----------------
    appw = spec["app_cats"]
    inds = spec["app_industries"]
    m.apps = []
    used = set()
    words = ["智能", "在线", "云", "数字", "协同", "精益", "透明", "智慧"]
    objs = {"安全生产": ["安全巡检", "危险源监测", "作业票管理", "人员定位告警"], "节能减排": ["能耗监测", "碳排放核算", "能效对标", "峰谷用电优化"],
            "质量管控": ["质量追溯", "表面缺陷检测", "质检报告管理", "SPC分析"], "供应链管理": ["采购协同", "供应商评价", "订单协同", "库存共享"],
            "研发设计": ["工艺设计", "钢种成分设计", "模具设计", "产品配置"], "生产制造": ["生产排程", "产线监控", "工单管理", "MES执行"],
            "运营管理": ["经营驾驶舱", "成本核算", "合同管理", "销售预测"], "仓储物流": ["仓储管理", "运单调度", "车辆跟踪", "提货预约"],
            "运维服务": ["设备点检", "预测性维护", "备件管理", "远程诊断"]}
    for i in range(spec["n_apps"]):
        cat = rng.choices(list(appw), list(appw.values()))[0]
        for _ in range(50):
            nm = rng.choice(words) + rng.choice(objs[cat]) + rng.choice(["", "助手", "平台", "系统", "工具", "APP"]) + rng.choice(["", "V2", "Pro", "（钢铁版）", "（通用版）"])
            if nm not in used:
                break
        nm = nm if nm not in used else f"{nm}{i}"
        used.add(nm)
        m.apps.append(dict(name=nm, cat=cat, industry=rng.choices(list(inds), list(inds.values()))[0],
                           pub=rng.random() < spec["app_pub_share"], native=rng.random() < spec["app_native_share"],
                           users=rng.randrange(2, 260), online=f"20{rng.randrange(19, 24)}.{rng.randrange(1, 13):02d}"))
    # group by category order
    m.apps.sort(key=lambda a: (list(appw).index(a["cat"]), a["name"]))
    m.app_total = len(m.apps)
    m.app_native = sum(a["native"] for a in m.apps)
    m.app_cloud = m.app_total - m.app_native
    m.app_by_cat = {c: n for c in appw if (n := sum(1 for a in m.apps if a["cat"] == c))}
    ic = Counter(a["industry"] for a in m.apps)
    m.app_by_ind = {i: ic[i] for i in inds if ic[i]}
    m.app_pub = sum(a["pub"] for a in m.apps)
    m.software_total = m.app_total + spec["extra_software"]
    m.app_mau = int(m.app_total * 0.71)
    m.app_pub_dau = int(m.app_pub * 0.46)
    pcat = Counter(a["cat"] for a in m.apps if a["pub"])
    pind = Counter(a["industry"] for a in m.apps if a["pub"])
    m.app_pub_dau_by_cat = {k: v for k, v in alloc(m.app_pub_dau, {c: pcat[c] for c in m.app_by_cat if pcat[c]}).items()}
    m.app_pub_dau_by_ind = {k: v for k, v in alloc(m.app_pub_dau, {i: pind[i] for i in m.app_by_ind if pind[i]}).items()}
    # ---------------- models ----------------
    m.models = []
    for c, n in spec["models"].items():
        for k in range(n):
            m.models.append(dict(cat=c, name=f"{c[:2]}-{k + 1:03d}", calls=rng.randrange(0, 60)))
    m.model_total = len(m.models)
    m.model_by_cat = dict(spec["models"])
    m.model_active = sum(1 for x in m.models if x["calls"] > 5)
    # ---------------- IP ----------------
    m.patents = [dict(no=i + 1, name=f"一种{rng.choice(['钢材', '设备', '工业数据', '供应链', '仓储', '能耗', '质量'])}"
                                      f"{rng.choice(['协同', '监测', '调度', '预测', '追溯', '匹配', '识别'])}"
                                      f"{rng.choice(['方法', '系统', '方法及装置', '方法、设备及介质'])}",
                      kind=rng.choice(["发明专利", "发明专利", "实用新型"]),
                      num=f"ZL 20{rng.randrange(16, 24)} 1 {rng.randrange(1000000, 9999999)}.{rng.randrange(10)}",
                      date=f"20{rng.randrange(18, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}")
                 for i in range(spec["n_patents"])]
    m.softs = [dict(no=i + 1, name=f"{spec['short']}{rng.choice(['工业互联网', '设备物联', '数据中台', '供应链协同', '仓储物流', '能耗管理', '质量追溯'])}"
                                   f"{rng.choice(['管理', '分析', '监控', '服务', '调度'])}{rng.choice(['系统', '平台', '软件'])}V{rng.randrange(1, 6)}.{rng.randrange(0, 10)}",
                    reg=f"20{rng.randrange(17, 25)}SR{rng.randrange(100000, 2000000):07d}",
                    date=f"20{rng.randrange(17, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}")
               for i in range(spec["n_softs"])]
    return m
