"""Indicator values of one package, derived from a few primary numbers so that every total, breakdown,
subset and formula holds unless a spec plants a deviation. Labels typed from the notice."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def r2(x: float) -> float:
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def f2(x: float) -> str:
    return f"{r2(x):.2f}"


def c2(x: float) -> str:
    return f"{r2(x):,.2f}"


def ci(x: int) -> str:
    return f"{x:,}"


def split(total: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(v) for v in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def bd(keys: list[str], total: int, weights: list[float]) -> dict[str, int]:
    return dict(zip(keys, split(total, weights)))


def bd_text(d: dict[str, int]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


# 附件4 rows in the notice's order (label, key into the values dict, kind)
SUMMARY = [
    ("序号", "list_no", "int"), ("企业名称", "company", "str"), ("平台名称", "platform", "str"),
    ("平台性质", "nature", "str"), ("联系人姓名", "contact", "str"), ("联系人手机号", "phone", "str"),
    ("联系人电子邮箱", "email", "str"), ("评审会现场地址信息", "address", "str"), ("平台网址", "url", "str"),
    ("建设时间", "build_period", "str"), ("平台建设金额（万元）", "build_amount", "f2"),
    ("平台近三年经营指标情况", "three_years", "three"), ("平台建设方式", "build_mode", "str"),
    ("平台运营模式", "op_mode", "str"), ("部署方式", "deploy", "str"),
    ("平台团队总人数（人）", "team", "int"), ("运维人数（人）", "team_ops", "int"), ("运营人数（人）", "team_run", "int"),
    ("有相关技术职称/从业资格的人数（人）", "team_titled", "int"),
    ("平台相关研发投入（万元）", "rd", "f2"), ("平台相关研发投入强度（%）", "rd_ratio", "f2"),
    ("平台相关营业收入（万元）", "rev", "f2"), ("平台利润率（%）", "margin", "f2"), ("付费用户占比（%）", "paid_ratio", "f2"),
    ("连接的工业设备/产品/产线种类及数量（台/套）", "dev", "int"),
    ("按二级分类统计工业设备数量（台/套）", "dev_cat", "bd"), ("按省市区域统计工业设备数量（台/套）", "dev_reg", "bd"),
    ("公有云工业设备连接数量（台/套）", "pub", "int"), ("按二级分类统计公有云工业设备数量（台/套）", "pub_cat", "bd"),
    ("按省市区域统计公有云工业设备数量（台/套）", "pub_reg", "bd"),
    ("公有云工业设备平均日运行数量（台/套）", "day", "int"),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "day_cat", "bd"),
    ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "day_reg", "bd"),
    ("海外设备连接数量（台/套）", "ovs", "int"), ("按海外国家分类统计海外设备连接数量（台/套）", "ovs_bd", "bd"),
    ("工业协议兼容适配数量（个）", "protocols", "int"), ("工业软件总量（个）", "software", "int"),
    ("工业APP数量（个）", "apps", "int"), ("基于平台开发的工业APP数量（个）", "apps_native", "int"),
    ("云化工业软件数量（个）", "apps_cloud", "int"), ("按分类统计工业APP数量（个）", "apps_cls", "bd"),
    ("按行业统计工业APP数量（个）", "apps_ind", "bd"), ("工业APP平均月活跃数量（个）", "apps_mau", "int"),
    ("杀手锏APP数量（个）", "killer", "int"), ("公有云杀手锏APP平均日在线用户数（个）", "killer_dau", "int"),
    ("杀手锏APP日活次数（次）", "killer_hits", "int"), ("杀手锏APP月平均收入（万元）", "killer_income", "f2"),
    ("公有云工业APP数量（个）", "pub_apps", "int"), ("公有云工业APP平均日活跃数量（个）", "pub_apps_dau", "int"),
    ("按分类统计公有云工业APP平均日活跃数量（个）", "pub_apps_cls", "bd"),
    ("按行业统计公有云工业APP平均日活跃数量（个）", "pub_apps_ind", "bd"),
    ("平台实际用云量（台）", "cloud", "f2"), ("平台公有云实际使用数量（台）", "cloud_pub", "int"),
    ("存储容量（TB）", "cap", "f2"), ("存储工业数据量（TB）", "data", "f2"), ("公有云数据总量（TB）", "data_pub", "f2"),
    ("存储资源利用率（%）", "util", "f2"), ("工业机理模型数量（个）", "models", "int"),
    ("活跃机理模型数量（一周调用5次以上）（个）", "models_active", "int"),
    ("核心工业模型平均月调用用户数量（个）", "model_users", "int"), ("按分类统计工业模型数量（个）", "models_cls", "bd"),
    ("数据分析平台均速度（每TB分级/秒级/毫秒级）", "speed", "speed"), ("微服务数量（个）", "ms", "int"),
    ("活跃微服务数量（一周调用5次以上）（个）", "ms_active", "int"), ("开发者注册总数（个）", "devs", "int"),
    ("活跃开发者数（个）", "devs_active", "int"), ("平台是否建立安全管理体系", "sec_rules", "bool"),
    ("有否定期开展第三方安全测试/测评", "sec_test", "bool"), ("有否定期进行安全扫描", "sec_scan", "bool"),
    ("注册企业用户数（个）", "reg", "int"), ("实际服务企业数（个）", "served", "int"),
    ("按行业统计服务企业数（个）", "served_ind", "bd"), ("按省市区域统计服务企业数（个）", "served_reg", "bd"),
    ("付费企业数（个）", "paying", "int"), ("服务本市企业数量（个）", "local", "int"),
    ("服务中小企业数量（个）", "sme", "int"), ("平台订单数量(近一年总量)（个）", "orders", "orders"),
    ("平台交易规模年增长率（%）", "trade_growth", "f2"), ("工业APP订阅总数量（个）", "subs", "int"),
    ("杀手锏工业APP订阅数量（个）", "killer_subs", "int"), ("工业APP订阅总金额（万元）", "subs_amount", "f2"),
    ("平台连接工业设备利用率（%）", "dev_util", "f2"), ("平台国产化率（%）", "domestic", "f2"),
    ("平台是否服务上海智能工厂，数量", "factories", "count"), ("平台服务园区总数（个）", "parks", "int"),
    ("平台提供的解决方案总数（个）", "solutions", "int"), ("按新模式统计解决方案数量（个）", "sol_modes", "bd"),
    ("投资回报率（%）", "roi", "f2"), ("企业是否已上市或已获得VC/PE投资", "listed", "bool"),
    ("平台连接工业设备运维成本平均下降率（%）", "om_down", "f2"), ("平台连接工业设备能耗平均下降率（%）", "energy_down", "f2"),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", "safety_up", "f2"), ("平台现有特色指数（个）", "indices", "count"),
    ("平台核心软硬件技术获得的专利数量（项）", "patents", "int"), ("平台核心软硬件技术获得的软著数量（个）", "copyrights", "int"),
    ("平台是否有自研形成的核心技术突破", "breakthrough", "bool"), ("平台是否具备碳管理服务能力", "carbon", "bool"),
    ("平台是否融合使用国家标识解析系统", "idres", "bool"), ("平台获得省部级及以上奖项/荣誉数量（个）", "awards", "count"),
    ("平台建设与运营带动新增就业人数（人）", "jobs", "int"), ("平台社会贡献率（%）", "social", "f2"),
    ("平台开放共享数据的形式及数量", "open_data", "str"), ("合作平台数量（个）", "partners", "int"),
]
assert len(SUMMARY) == 103, len(SUMMARY)

DEV_CATS = ["采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人",
            "电工、电子设备", "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"]
APP_CLS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CLS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def derive(p: dict) -> dict:
    """p: primary numbers and texts of a spec → full value dict (form answers + normalised)."""
    v = dict(p)
    revs = p["revs"]  # {2020: .., 2021: .., 2022: .., 2023: ..}
    v["rev"] = revs[2023]
    v["growth"] = {y: r2((revs[y] / revs[y - 1] - 1) * 100) for y in (2021, 2022, 2023)}
    v.setdefault("rd_ratio", r2(p["rd"] / revs[2023] * 100))
    v.setdefault("margin", r2(p["profit"] / revs[2023] * 100))
    v.setdefault("roi", r2(p["profit"] / p["build_amount"] * 100))
    v["team"] = p.get("team", p["team_ops"] + p["team_run"])
    # devices
    cw, rw = p["dev_cat_w"], p["dev_reg_w"]
    v["dev_cat"] = bd(list(cw), p["dev"], list(cw.values()))
    v["dev_reg"] = bd(list(rw), p["dev"], list(rw.values()))
    v["pub_cat"] = bd(list(cw), p["pub"], list(cw.values()))
    v["pub_reg"] = bd(list(rw), p["pub"], list(rw.values()))
    v["day_cat"] = bd(list(cw), p["day"], list(cw.values()))
    v["day_reg"] = bd(list(rw), p["day"], list(rw.values()))
    ovs_keys = [k for k in rw if any("A" <= ch <= "Z" for ch in k)]
    v["ovs_bd"] = {k: v["dev_reg"][k] for k in ovs_keys}
    v["ovs"] = sum(v["ovs_bd"].values())
    # apps
    v["apps"] = p["apps_native"] + p["apps_cloud"]
    v["apps_cls"] = bd(list(p["app_cls_w"]), v["apps"], list(p["app_cls_w"].values()))
    v["apps_ind"] = bd(list(p["ind_w"]), v["apps"], list(p["ind_w"].values()))
    v["pub_apps_cls"] = bd(list(p["app_cls_w"]), p["pub_apps_dau"], list(p["app_cls_w"].values()))
    v["pub_apps_ind"] = bd(list(p["ind_w"]), p["pub_apps_dau"], list(p["ind_w"].values()))
    v.setdefault("util", r2(p["data"] / p["cap"] * 100))
    v["models_cls"] = bd(MODEL_CLS, p["models"], p["model_w"])
    v["served_ind"] = bd(list(p["ind_w"]), p["served"], list(p["ind_w"].values()))
    sreg = p["served_reg_w"]
    v["served_reg"] = bd(list(sreg), p["served"], list(sreg.values()))
    v["local"] = v["served_reg"]["上海"]
    v["paid_ratio"] = r2(p["paying"] / p["reg"] * 100)
    v["sol_modes"] = bd(MODES, p["solutions"], p["mode_w"])
    v["three_years"] = {}
    for y in (2021, 2022, 2023):
        v["three_years"][f"{y}年平台营收（万元）"] = revs[y]
        v["three_years"][f"{y}年增长率（%）"] = v["growth"][y]
    return v


def three_text(v: dict, sep: str = "；") -> str:
    return sep.join(f"{y}年平台营收{f2(v['revs'][y])}万元/增长率{f2(v['growth'][y])}%" for y in (2021, 2022, 2023))


def summary_rows(v: dict) -> list[dict]:
    rows = []
    for label, key, kind in SUMMARY:
        val = v[key]
        if kind == "int":
            rows.append({"label": label, "value": str(val), "normalized": int(val)})
        elif kind == "f2":
            rows.append({"label": label, "value": f2(val), "normalized": r2(val)})
        elif kind == "str":
            rows.append({"label": label, "value": str(val), "normalized": str(val)})
        elif kind == "bd":
            rows.append({"label": label, "value": bd_text(val), "normalized": dict(val)})
        elif kind == "three":
            rows.append({"label": label, "value": three_text(v), "normalized": dict(val)})
        elif kind == "bool":
            rows.append({"label": label, "value": "是" if val else "否", "normalized": bool(val)})
        elif kind == "count":
            rows.append({"label": label, "value": f"是，{val}家" if key == "factories" else str(val),
                         "normalized": int(val)})
        elif kind == "orders":
            a, b = val
            rows.append({"label": label, "value": f"2023年自然年：{a}个；截至填表日前一年：{b}个",
                         "normalized": {"2023年自然年": a, "截至填表日前一年": b}})
        elif kind == "speed":
            rows.append({"label": label, "value": val, "normalized": val.split("（")[0]})
        else:
            raise ValueError(kind)
    return rows
