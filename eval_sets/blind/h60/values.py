"""Consistent platform indicator values (everything except the financial rows, which each package sets)."""

from __future__ import annotations

import random


def split(total: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def fmt_breakdown(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def tech(seed: int, p: dict) -> dict:
    """p: dev_total, dev_cats {name: weight}, regions {name: weight} (overseas keys contain latin letters),
    app_inds {name: weight}, svc_inds {name: weight}, scale multiplier for counts."""
    rnd = random.Random(seed)
    v: dict = {}
    total = p["dev_total"]
    cats = list(p["dev_cats"])
    dev_cat = dict(zip(cats, split(total, list(p["dev_cats"].values()))))
    regs = list(p["regions"])
    dev_reg = dict(zip(regs, split(total, list(p["regions"].values()))))
    pub = int(total * p.get("pub_share", 0.41))
    pub_cat = dict(zip(cats, split(pub, list(dev_cat.values()))))
    pub_reg = dict(zip(regs, split(pub, list(dev_reg.values()))))
    daily = int(pub * 0.66)
    day_cat = dict(zip(cats, split(daily, list(pub_cat.values()))))
    day_reg = dict(zip(regs, split(daily, list(pub_reg.values()))))
    overseas = {k: n for k, n in dev_reg.items() if any("A" <= ch <= "z" for ch in k)}
    v.update({
        "dev_total": total, "dev_cat": dev_cat, "dev_reg": dev_reg, "pub": pub, "pub_cat": pub_cat,
        "pub_reg": pub_reg, "daily": daily, "day_cat": day_cat, "day_reg": day_reg,
        "overseas": sum(overseas.values()), "overseas_by": overseas, "protocols": p.get("protocols", 128),
    })
    apps = p.get("apps", 236)
    native = int(apps * 0.6)
    classes = p.get("app_classes", {"生产制造": 5, "质量管控": 3, "运维服务": 4, "节能减排": 2, "安全生产": 2,
                                     "供应链管理": 2, "仓储物流": 1, "研发设计": 1})
    app_cls = dict(zip(classes, split(apps, list(classes.values()))))
    app_ind = dict(zip(p["app_inds"], split(apps, list(p["app_inds"].values()))))
    pub_apps = int(apps * 0.55)
    pub_act = int(pub_apps * 0.46)
    v.update({
        "software": apps + p.get("extra_sw", 31), "apps": apps, "native": native, "cloudified": apps - native,
        "app_cls": app_cls, "app_ind": app_ind, "app_mau": int(apps * 0.71), "killer": 5,
        "killer_dau": p.get("killer_dau", 1486), "killer_hits": p.get("killer_hits", 15320),
        "killer_rev": p.get("killer_rev", 36.48), "pub_apps": pub_apps, "pub_act": pub_act,
        "pub_act_cls": dict(zip(classes, split(pub_act, list(app_cls.values())))),
        "pub_act_ind": dict(zip(p["app_inds"], split(pub_act, list(app_ind.values())))),
    })
    cap = p.get("storage", 1200.0)
    data = p.get("data_tb", 684.36)
    v.update({
        "servers": p.get("servers", 168.5), "pub_servers": p.get("pub_servers", 52), "storage": cap,
        "data_tb": data, "pub_tb": round(data * 0.31, 2), "util": round(data / cap * 100, 2),
    })
    models = p.get("models", 318)
    mcls = dict(zip(["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"], split(models, [3, 1.2, 4.4, 1.6])))
    v.update({"models": models, "active_models": int(models * 0.47), "model_users": p.get("model_users", 712),
              "model_cls": mcls, "speed": "秒级", "speed_text": p.get("speed_text", "秒级（单TB时序数据聚合分析约4.6秒）"),
              "ms": p.get("ms", 1326), "ms_active": int(p.get("ms", 1326) * 0.52),
              "devs": p.get("devs", 5840), "devs_active": int(p.get("devs", 5840) * 0.27)})
    reg_users = p.get("reg_users", 3260)
    served = p.get("served", 2148)
    svc_ind = dict(zip(p["svc_inds"], split(served, list(p["svc_inds"].values()))))
    sreg_w = p.get("svc_regions", {"上海": 52, "江苏": 14, "浙江": 11, "安徽": 6, "山东": 5, "广东": 5, "湖北": 4, "四川": 3})
    svc_reg = dict(zip(sreg_w, split(served, list(sreg_w.values()))))
    paying = int(served * 0.34)
    v.update({
        "reg_users": reg_users, "served": served, "svc_ind": svc_ind, "svc_reg": svc_reg, "paying": paying,
        "local": svc_reg["上海"], "sme": int(served * 0.72), "orders": p.get("orders", (12640, 13318)),
        "trade_growth": p.get("trade_growth", 14.26), "subs": p.get("subs", 6420), "killer_subs": p.get("killer_subs", 2730),
        "subs_amount": p.get("subs_amount", 2864.30), "dev_util": p.get("dev_util", 76.35),
        "localization": p.get("localization", 86.40), "smart_factories": p.get("smart_factories", 4),
        "parks": p.get("parks", 7), "solutions": 30,
        "modes": {"数字化管理": 7, "平台化设计": 4, "网络化协同": 5, "智能化制造": 7, "个性化定制": 3, "服务化延伸": 4},
        "paid_ratio": round(paying / reg_users * 100, 2),
        "om_down": p.get("om_down", 17.42), "energy_down": p.get("energy_down", 9.36),
        "safety_up": p.get("safety_up", 19.85), "indices": p.get("indices", 4),
        "patents": p.get("patents", 26), "copyrights": p.get("copyrights", 41), "awards": p.get("awards", 5),
        "jobs": p.get("jobs", 320), "social": p.get("social", 21.37), "partners": p.get("partners", 7),
        "open_data": p.get("open_data", "以API接口和行业数据集形式开放：开放API接口126个、行业数据集8个"),
    })
    return v
