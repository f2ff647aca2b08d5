"""Expands a compact package spec (specs.py) into the 103 附件4 rows, the 申报表 cells and their texts."""

from __future__ import annotations

from eval_sets.blind.h97.labels import SUMMARY_LABELS, TABLE


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of total over the keys, in the keys' order."""
    if total == 0:
        return {}
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), list(raw).index(k)))[:rest]:
        out[k] += 1
    return out


def fmt_int(n: int) -> str:
    return f"{n:,}"


def fmt_dict(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def wan(n: int) -> str:
    """86420 -> 8.64万"""
    return f"{n / 10000:.2f}万"


class Derived:
    """All declared values of one package (they are also the real values: every package is clean)."""

    def __init__(self, s: dict):
        self.s = s
        v: dict[str, object] = {}
        rev = s["rev"]  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
        hist = {}
        for y in (2021, 2022, 2023):
            hist[f"{y}年平台营收（万元）"] = rev[y]
            hist[f"{y}年增长率（%）"] = pct(rev[y] - rev[y - 1], rev[y - 1])
        self.hist = hist
        v["平台近三年经营指标情况"] = hist
        dev = s["devices"]
        total, pub, run = dev["total"], dev["public"], dev["running"]
        self.overseas = dev.get("overseas", {})
        osum = sum(self.overseas.values())
        cat = dev.get("category", {})
        reg = dev.get("region", {})
        v["连接的工业设备/产品/产线种类及数量（台/套）"] = total
        v["按二级分类统计工业设备数量（台/套）"] = split(total, cat) or None
        v["按省市区域统计工业设备数量（台/套）"] = ({**split(total - osum, reg), **self.overseas}) or None
        allreg = {**reg, **{k: val / max(1, total) * sum(reg.values()) * 1.0 for k, val in self.overseas.items()}} if reg else {}
        if self.overseas:  # weights of countries proportional to their device share
            share = (total - osum) / total
            allreg = {**{k: w / sum(reg.values()) * share for k, w in reg.items()},
                      **{k: val / total for k, val in self.overseas.items()}}
        v["公有云工业设备连接数量（台/套）"] = pub
        v["按二级分类统计公有云工业设备数量（台/套）"] = split(pub, cat) or None
        v["按省市区域统计公有云工业设备数量（台/套）"] = split(pub, allreg) or None
        v["公有云工业设备平均日运行数量（台/套）"] = run
        v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = split(run, cat) or None
        v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = split(run, allreg) or None
        v["海外设备连接数量（台/套）"] = osum
        v["按海外国家分类统计海外设备连接数量（台/套）"] = dict(self.overseas) or None
        a = s["apps"]
        for k in ("工业协议兼容适配数量（个）", "工业软件总量（个）", "工业APP数量（个）", "基于平台开发的工业APP数量（个）",
                  "云化工业软件数量（个）", "工业APP平均月活跃数量（个）", "杀手锏APP数量（个）", "公有云杀手锏APP平均日在线用户数（个）",
                  "杀手锏APP日活次数（次）", "杀手锏APP月平均收入（万元）", "公有云工业APP数量（个）", "公有云工业APP平均日活跃数量（个）"):
            v[k] = a[k]
        v["按分类统计工业APP数量（个）"] = split(a["工业APP数量（个）"], a["app_class"])
        v["按行业统计工业APP数量（个）"] = split(a["工业APP数量（个）"], a["app_industry"])
        v["按分类统计公有云工业APP平均日活跃数量（个）"] = split(a["公有云工业APP平均日活跃数量（个）"], a["app_class"])
        v["按行业统计公有云工业APP平均日活跃数量（个）"] = split(a["公有云工业APP平均日活跃数量（个）"], a["app_industry"])
        d = s["data"]
        for k in ("平台实际用云量（台）", "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）",
                  "工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）", "核心工业模型平均月调用用户数量（个）",
                  "微服务数量（个）", "活跃微服务数量（一周调用5次以上）（个）", "开发者注册总数（个）", "活跃开发者数（个）"):
            v[k] = d[k]
        v["存储资源利用率（%）"] = pct(d["存储工业数据量（TB）"], d["存储容量（TB）"])
        v["按分类统计工业模型数量（个）"] = split(d["工业机理模型数量（个）"], d["model_class"])
        v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = d["speed"].split("（")[0].split("，")[0]
        u = s["users"]
        for k in ("注册企业用户数（个）", "实际服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）",
                  "平台交易规模年增长率（%）", "工业APP订阅总数量（个）", "杀手锏工业APP订阅数量（个）", "工业APP订阅总金额（万元）",
                  "平台国产化率（%）", "平台服务园区总数（个）", "平台提供的解决方案总数（个）"):
            v[k] = u[k]
        served = u["实际服务企业数（个）"]
        v["按行业统计服务企业数（个）"] = split(served, u["industry"])
        oc = u.get("overseas_customers", {})
        reg_c = {**split(served - u["服务本市企业数量（个）"] - sum(oc.values()), u["region"]), **oc}
        v["按省市区域统计服务企业数（个）"] = {"上海": u["服务本市企业数量（个）"], **reg_c}
        v["平台订单数量(近一年总量)（个）"] = {"2023年自然年": u["orders"][0], "截至填表日前一年": u["orders"][1]}
        v["平台连接工业设备利用率（%）"] = u["利用率"]
        v["平台是否服务上海智能工厂，数量"] = u["智能工厂"]
        v["按新模式统计解决方案数量（个）"] = split(u["平台提供的解决方案总数（个）"], u["modes"])
        f = s["fin"]
        team = s["team"]
        v["平台团队总人数（人）"] = team[0] + team[1]
        v["运维人数（人）"] = team[0]
        v["运营人数（人）"] = team[1]
        v["有相关技术职称/从业资格的人数（人）"] = team[2]
        v["平台相关研发投入（万元）"] = f["rd"]
        v["平台相关营业收入（万元）"] = rev[2023]
        v["平台相关研发投入强度（%）"] = pct(f["rd"], rev[2023])
        v["平台利润率（%）"] = pct(f["profit"], rev[2023])
        v["付费用户占比（%）"] = pct(u["付费企业数（个）"], u["注册企业用户数（个）"])
        v["投资回报率（%）"] = pct(f["profit"], s["build_amount"])
        v["平台建设金额（万元）"] = s["build_amount"]
        for k in ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）",
                  "平台现有特色指数（个）", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）",
                  "平台获得省部级及以上奖项/荣誉数量（个）", "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）", "合作平台数量（个）"):
            v[k] = s["more"][k]
        for k in ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "企业是否已上市或已获得VC/PE投资",
                  "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统"):
            v[k] = s["bools"][k]
        v["平台开放共享数据的形式及数量"] = s["open_data"]
        for k in ("序号", "企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息",
                  "平台网址", "建设时间", "平台建设方式", "平台运营模式", "部署方式"):
            v[k] = s["basic"][k]
        assert set(v) == set(SUMMARY_LABELS), set(SUMMARY_LABELS) ^ set(v)
        self.v = v
        self._checks()

    def _checks(self):
        v = self.v
        for part, total in [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                            ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                            ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
                            ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"),
                            ("按行业统计服务企业数（个）", "实际服务企业数（个）")]:
            if v[part] is not None:
                assert sum(v[part].values()) == v[total], (part, v[part], v[total])

    # -------------------------------------------------------------------------------- texts
    def private(self, label: str) -> tuple[int, str] | None:
        return self.s.get("private", {}).get(label)

    def cell(self, label: str) -> str:
        """The 申报表 cell (also the 汇总表 cell and the truth row value) of an 附件4 label."""
        s, v = self.s, self.v
        val = v[label]
        over = s.get("cells", {}).get(label)
        if over is not None:
            return over
        p = self.private(label)
        if p is not None:
            part, unit = p
            if unit == "TB":
                word = "容量" if "容量" in label else "数据量"
                return f"总{word}{val:.2f}TB，其中私有化部署涉及的相关{word}{part:.2f}TB"
            if unit == "台":
                return f"总数{val:.2f}台，其中私有化部署涉及的相关数量{part:.2f}台"
            return f"总数{val}{unit}，其中私有化部署涉及的相关数量{part}{unit}"
        if label == "平台近三年经营指标情况":
            h = self.hist
            return "；".join(f"{y}年平台营收{h[f'{y}年平台营收（万元）']:.2f}万元/增长率{h[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
        if label == "平台订单数量(近一年总量)（个）":
            return f"2023年自然年：{val['2023年自然年']}个；截至填表日前一年：{val['截至填表日前一年']}个"
        if label == "平台是否服务上海智能工厂，数量":
            return f"是，{val}家" if val else "否"
        if isinstance(val, bool):
            return "是" if val else "否"
        if val is None:
            return "无"
        if isinstance(val, dict):
            return fmt_dict(val)
        if isinstance(val, float) or label.endswith(("（万元）", "（%）", "（TB）")) or label == "平台实际用云量（台）":
            if label in s.get("int_float", ()):
                return str(val)
            return f"{val:.2f}"
        return str(val)

    def normalized(self, label: str):
        val = self.v[label]
        if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            return val
        if isinstance(val, float) and label in ("平台公有云实际使用数量（台）",):
            return val
        return val

    def summary_value(self, label: str) -> str:
        """What a reviewer writes in the 附件4 cell (the 申报表's value)."""
        if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            return self.s["data"]["speed"]
        return self.cell(label)
