"""One package = one spec (primary numbers) → derived, consistent indicator values (the applicant's
declared form), with the planted deviations applied as explicit overrides."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, ROUND_DOWN, Decimal

from notice import APPENDIX_B, APPENDIX_D, APPENDIX_E


def D(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def r2(x) -> Decimal:
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def rnd(x, places: int) -> Decimal:
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def trunc2(x) -> Decimal:
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


def pct(a, b) -> Decimal:
    return r2(D(a) / D(b) * 100)


def yuan(x) -> str:
    return f"{D(x):,.2f}"


def wan(x) -> str:
    return f"{D(x):.2f}"


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of an integer total over weighted keys (order kept)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), list(raw).index(k)))[:rest]:
        out[k] += 1
    return out


def sub_split(total: int, parent: dict[str, int]) -> dict[str, int]:
    out = split(total, {k: v for k, v in parent.items()})
    assert all(out[k] <= parent[k] for k in parent), (out, parent)
    return out


def bd_text(d: dict[str, int]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def derive(S: dict) -> dict:
    """Declared values of the form (V) from the spec; S['form'] overrides planted values."""
    o = S.get("form", {})
    V: dict = {}
    rev = {y: r2(D(v) / 10000) for y, v in S["rev_yuan"].items()}  # honest 万元 of the audited 元
    form_rev = dict(rev)
    form_rev.update(o.get("rev", {}))
    V["rev_true"], V["rev"] = rev, form_rev
    growth = {y: pct(form_rev[y] - form_rev[y - 1], form_rev[y - 1]) for y in (2021, 2022, 2023)}
    growth.update(o.get("growth", {}))
    V["growth"] = growth
    V["rd_true"] = r2(D(S["rd_yuan"]) / 10000)
    V["rd"] = D(o.get("rd", V["rd_true"]))
    V["rd_int"] = D(o.get("rd_int", pct(V["rd"], form_rev[2023])))
    V["profit"] = r2(D(S["profit_yuan"]) / 10000)
    V["margin"] = pct(V["profit"], form_rev[2023])
    V["build"] = D(S["build_wan"])
    V["roi"] = pct(V["profit"], V["build"])
    V["social"] = pct(S["contrib_yuan"], S["avg_assets_yuan"])
    t = S["team"]
    V.update(team=t[0] + t[1], ops=t[0], opr=t[1], qual=t[2])
    # devices
    dev = S["dev"]
    V["dev"] = dev["total"]
    V["dev_cat"] = split(dev["total"], dev["cat"])
    V["dev_reg"] = split(dev["total"], dev["reg"])
    V["pub"] = dev["pub"]
    V["pub_cat"] = sub_split(dev["pub"], V["dev_cat"])
    V["pub_reg"] = sub_split(dev["pub"], V["dev_reg"])
    V["daily"] = dev["daily"]
    V["daily_cat"] = sub_split(dev["daily"], V["pub_cat"])
    V["daily_reg"] = sub_split(dev["daily"], V["pub_reg"])
    V["overseas"] = {k: v for k, v in V["dev_reg"].items() if any(c.isascii() and c.isalpha() for c in k)}
    V["ovs"] = sum(V["overseas"].values())
    V["protocols"] = S["protocols"]
    # apps
    a = S["app"]
    V.update(sw=a["sw"], app=a["app"], app_dev=a["dev"], cloud_sw=a["cloud"], app_month=a["month"],
             killer=5, killer_online=a["k_online"], killer_daily=a["k_daily"], killer_income=D(a["k_income"]),
             pub_app=a["pub"], pub_app_daily=a["pub_daily"])
    V["app_cat"] = split(a["app"], {k: w for k, w in zip(APPENDIX_B, a["cat_w"]) if w})
    V["app_ind"] = split(a["app"], a["ind"])
    V["pub_daily_cat"] = sub_split(a["pub_daily"], V["app_cat"])
    V["pub_daily_ind"] = sub_split(a["pub_daily"], V["app_ind"])
    # cloud and storage
    st = S["storage"]
    V["cloud_use"] = D(st["cloud_use"])
    V["cloud_pub"] = st["cloud_pub"]
    V["cap_tb"] = D(st["cap_tb"])
    V["stored_gb"] = st["stored_gb"]
    V["stored_tb"] = r2(D(st["stored_gb"]) / 1024)
    V["pubdata_gb"] = st["pub_gb"]
    V["pubdata_tb"] = r2(D(st["pub_gb"]) / 1024)
    V["util"] = pct(st["stored_gb"], V["cap_tb"] * 1024)  # computed by the applicant from GB
    V["util_from_form"] = pct(V["stored_tb"], V["cap_tb"])
    # models etc.
    m = S["models"]
    V.update(models=m["total"], models_active=m["active"], model_users=m["users"], speed=m["speed"])
    V["model_cat"] = split(m["total"], dict(zip(APPENDIX_D, m["cat_w"])))
    V.update(ms=S["ms"][0], ms_active=S["ms"][1], devs=S["devs"][0], devs_active=S["devs"][1])
    # users
    u = S["users"]
    V.update(reg=u["reg"], served=u["served"], paid=u["paid"], sme=u["sme"])
    V["srv_ind"] = split(u["served"], u["ind"])
    V["srv_reg"] = split(u["served"], u["reg_w"])
    V["local"] = V["srv_reg"]["上海"]
    V["pay_ratio"] = D(o.get("pay_ratio", pct(u["paid"], u["reg"])))
    V["pay_ratio_true"] = pct(u["paid"], u["reg"])
    V.update(orders=S["orders"], trade_growth=D(S["trade_growth"]), subs=S["subs"][0], killer_subs=S["subs"][1],
             subs_amount=D(S["subs"][2]), dev_util=D(S["dev_util"]), localization=D(S["localization"]),
             factories=S["factories"], parks=S["parks"])
    V["solutions"] = S["solutions"]
    V["sol_total"] = sum(S["solutions"])
    V["sol"] = dict(zip(APPENDIX_E, S["solutions"]))
    V["cases"] = S["cases"]  # {"运维": (a,b,c), "能耗": ..., "安全": ...}, 2 decimals each
    V["case_avg"] = {k: r2(sum(D(x) for x in v) / 3) for k, v in S["cases"].items()}
    V["case_avg_1dp"] = {k: r2(sum(rnd(x, 1) for x in v) / 3) for k, v in S["cases"].items()}
    V.update(indices=S["indices"], patents=S["patents"], softs=S["softs"], awards=S["awards"], jobs=S["jobs"],
             partners=S["partners"])
    return V


# ------------------------------------------------------------------ fake names (enterprises, patents)
_A = ["申", "沪", "浦", "华", "东", "金", "宝", "嘉", "松", "闵", "青", "奉", "崇", "临", "安", "长", "新", "恒", "瑞", "联",
      "鼎", "中", "泰", "晟", "博", "汇", "亿", "通", "星", "鑫", "宏", "德", "立", "永", "隆", "昌", "达", "润", "海", "江"]
_B = ["科技", "机电", "实业", "制造", "工程", "材料", "设备", "精密", "电子", "智能", "纺织", "服饰", "能源", "冶金", "化工",
      "建设", "物流", "包装", "模具", "汽配"]
_CITY = {"上海": "上海", "江苏": "苏州", "浙江": "杭州", "安徽": "合肥", "湖北": "武汉", "四川": "成都", "广东": "广州",
         "山东": "济南", "福建": "福州", "河北": "石家庄", "宁波": "宁波", "天津": "天津", "北京": "北京"}


def company_names(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        name = rng.choice(_A) + rng.choice(_A) + rng.choice(_B)
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def enterprise_rows(V: dict, seed: int) -> list[list]:
    """序号, 企业名称, 所属行业, 注册地, 是否付费, 是否中小企业 — consistent with the declared breakdowns."""
    rng = random.Random(seed)
    n = V["served"]
    inds = [k for k, v in V["srv_ind"].items() for _ in range(v)]
    regs = [k for k, v in V["srv_reg"].items() for _ in range(v)]
    rng.shuffle(inds)
    paid = [True] * V["paid"] + [False] * (n - V["paid"])
    sme = [True] * V["sme"] + [False] * (n - V["sme"])
    rng.shuffle(paid)
    rng.shuffle(sme)
    names = company_names(n, seed + 7)
    rows = []
    for i in range(n):
        city = _CITY.get(regs[i], "".join(ch for ch in regs[i] if not ch.isascii()))
        suffix = "股份有限公司" if not sme[i] and i % 3 == 0 else "有限公司"
        rows.append([i + 1, f"{city}{names[i]}{suffix}", inds[i], regs[i], "是" if paid[i] else "否",
                     "是" if sme[i] else "否"])
    return rows
