"""One package's declared facts, the 申报表 cells and 附件4 rows rendered from them, and the consistency audit."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from eval_sets.blind.h79 import notice


def r2(x: float) -> float:
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pct(a: float, b: float) -> float:
    """a ÷ b × 100%, 2 decimals; refuses values too close to a rounding edge to be unambiguous."""
    raw = a / b * 100
    frac = abs(raw * 100 - int(raw * 100))
    assert not 0.49 < frac < 0.51, (a, b, raw)
    return r2(raw)


def growth(new: float, old: float) -> float:
    return pct(new - old, old)


def f2(x: float) -> str:
    return f"{x:.2f}"


def th(x: float | int, dec: int = 0) -> str:
    return f"{x:,.{dec}f}"


def bd(d: dict[str, int], sep: str = "、", colon: str = "：") -> str:
    return sep.join(f"{k}{colon}{v}" for k, v in d.items())


@dataclass
class Package:
    pid: str
    list_no: int
    declared_name: str
    nature: str
    contact: tuple[str, str, str, str]  # name, title, phone, email
    backup: tuple[str, str, str, str]
    address: str
    url: str
    account: tuple[str, str]
    company: dict
    period: tuple[str, str]  # ("2018.06", "2023.12")
    build_amount: float
    rev: dict[int, float]  # 2020..2023 万元
    rd: float
    profit: float
    construct: str  # 自建 | 合作共建，<partner>
    operation: str
    iaas: str  # 自建 | 租用，<vendor>
    deploy: list[str]
    team: tuple[int, int, int]  # 运维, 运营, 职称
    dev_cat: dict[str, int]
    dev_region: dict[str, int]
    pub_cat: dict[str, int]
    pub_region: dict[str, int]
    day_cat: dict[str, int]
    day_region: dict[str, int]
    overseas: dict[str, int]
    n: dict[str, float]  # the other plain numbers, keyed by 附件4 label
    app_cat: dict[str, int]
    app_ind: dict[str, int]
    pub_dau_cat: dict[str, int]
    pub_dau_ind: dict[str, int]
    model_cat: dict[str, int]
    served_ind: dict[str, int]
    served_region: dict[str, int]
    solutions: dict[str, int]
    orders: tuple[int, int]
    speed: tuple[str, str]  # (level, cell text)
    yes: dict[str, str]  # yes/no rows: 附件4 label -> cell text (starts with 是/否)
    smart: tuple[int, str]
    cases: list[tuple[str, float, float, float]]  # (customer, 运维成本下降, 能耗下降, 安全生产提升)
    texts: dict[str, str]
    open_data: str
    private: dict[str, int] = field(default_factory=dict)  # 私有化部署 shares, keyed by 附件4 label
    nature_in_prose: bool = False
    override: dict[str, tuple[str, object]] = field(default_factory=dict)  # planted: form cell text, normalized

    @property
    def name(self) -> str:
        return notice.LIST6[self.list_no][0]

    @property
    def org(self) -> str:
        return notice.LIST6[self.list_no][1]

    @property
    def participated(self) -> bool:
        return notice.LIST6[self.list_no][2]

    # ---- derived values, each computed the way the 填报指引 defines it
    def d(self) -> dict[str, float | int]:
        n = dict(self.n)
        ops, yy, titled = self.team
        rev = self.rev[2023]
        n.update({
            "平台团队总人数（人）": ops + yy, "运维人数（人）": ops, "运营人数（人）": yy,
            "有相关技术职称/从业资格的人数（人）": titled, "平台建设金额（万元）": self.build_amount,
            "平台相关研发投入（万元）": self.rd, "平台相关研发投入强度（%）": pct(self.rd, rev),
            "平台相关营业收入（万元）": rev, "平台利润率（%）": pct(self.profit, rev),
            "付费用户占比（%）": pct(n["付费企业数（个）"], n["注册企业用户数（个）"]),
            "连接的工业设备/产品/产线种类及数量（台/套）": sum(self.dev_cat.values()),
            "公有云工业设备连接数量（台/套）": sum(self.pub_cat.values()),
            "公有云工业设备平均日运行数量（台/套）": sum(self.day_cat.values()),
            "海外设备连接数量（台/套）": sum(self.overseas.values()),
            "工业APP数量（个）": sum(self.app_cat.values()),
            "公有云工业APP平均日活跃数量（个）": sum(self.pub_dau_cat.values()),
            "工业机理模型数量（个）": sum(self.model_cat.values()),
            "实际服务企业数（个）": sum(self.served_ind.values()),
            "服务本市企业数量（个）": self.served_region["上海"],
            "平台提供的解决方案总数（个）": sum(self.solutions.values()),
            "存储资源利用率（%）": pct(n["存储工业数据量（TB）"], n["存储容量（TB）"]),
            "投资回报率（%）": pct(self.profit, self.build_amount),
            "平台连接工业设备运维成本平均下降率（%）": r2(sum(c[1] for c in self.cases) / 3),
            "平台连接工业设备能耗平均下降率（%）": r2(sum(c[2] for c in self.cases) / 3),
            "平台连接工业设备安全生产持续时间平均提升率（%）": r2(sum(c[3] for c in self.cases) / 3),
        })
        for y in (2021, 2022, 2023):
            n[f"{y}年增长率"] = growth(self.rev[y], self.rev[y - 1])
        return n

    def three_years(self, sep: str = "；") -> str:
        d = self.d()
        return sep.join(f"{y}年平台营收{f2(self.rev[y])}万元/增长率{f2(d[f'{y}年增长率'])}%" for y in (2021, 2022, 2023))

    def summary(self) -> list[tuple[str, str, object]]:
        """(附件4 label, value as a reviewer writes it from the 申报表, normalized)."""
        d = self.d()
        money = {"平台建设金额（万元）", "平台相关研发投入（万元）", "平台相关营业收入（万元）", "杀手锏APP月平均收入（万元）",
                 "工业APP订阅总金额（万元）", "平台实际用云量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）"}
        bds = {
            "按二级分类统计工业设备数量（台/套）": self.dev_cat, "按省市区域统计工业设备数量（台/套）": self.dev_region,
            "按二级分类统计公有云工业设备数量（台/套）": self.pub_cat, "按省市区域统计公有云工业设备数量（台/套）": self.pub_region,
            "按二级分类统计公有云工业设备平均日运行数量（台/套）": self.day_cat,
            "按省市区域统计公有云工业设备平均日运行数量（台/套）": self.day_region,
            "按海外国家分类统计海外设备连接数量（台/套）": self.overseas, "按分类统计工业APP数量（个）": self.app_cat,
            "按行业统计工业APP数量（个）": self.app_ind, "按分类统计公有云工业APP平均日活跃数量（个）": self.pub_dau_cat,
            "按行业统计公有云工业APP平均日活跃数量（个）": self.pub_dau_ind, "按分类统计工业模型数量（个）": self.model_cat,
            "按行业统计服务企业数（个）": self.served_ind, "按省市区域统计服务企业数（个）": self.served_region,
            "按新模式统计解决方案数量（个）": self.solutions,
        }
        name, _title, phone, email = self.contact
        rows = []
        for label in notice.SUMMARY_LABELS:
            if label in bds:
                v = bds[label]
                rows.append((label, bd(v), dict(v)) if v else (label, "", None))
            elif label in self.yes:
                yes = self.yes[label].startswith("是")
                rows.append((label, "是" if yes else "否", yes))
            elif label in d:
                x = d[label]
                is_float = label in money or "%" in label
                rows.append((label, f2(x) if is_float else str(int(x)), float(x) if is_float else int(x)))
            else:
                rows.append((label,) + self._special(label, d, name, phone, email))
            if label in self.override:
                rows[-1] = (label,) + self.override[label]
        return rows

    def _special(self, label, d, name, phone, email):
        o23, o12 = self.orders
        three = {}
        for y in (2021, 2022, 2023):
            three[f"{y}年平台营收（万元）"] = self.rev[y]
            three[f"{y}年增长率（%）"] = d[f"{y}年增长率"]
        table = {
            "序号": (str(self.list_no), self.list_no), "企业名称": (self.org, self.org),
            "平台名称": (self.declared_name, self.declared_name), "平台性质": (self.nature, self.nature),
            "联系人姓名": (name, name), "联系人手机号": (phone, phone), "联系人电子邮箱": (email, email),
            "评审会现场地址信息": (self.address, self.address), "平台网址": (self.url, self.url),
            "建设时间": (f"{self.period[0]}-{self.period[1]}",) * 2,
            "平台近三年经营指标情况": (self.three_years(), three),
            "平台建设方式": (self.construct, self.construct), "平台运营模式": (self.operation, self.operation),
            "部署方式": ("、".join(self.deploy),) * 2,
            "数据分析平台均速度（每TB分级/秒级/毫秒级）": (self.speed[1], self.speed[0]),
            "平台订单数量(近一年总量)（个）": (f"2023年自然年：{o23}个；截至填表日前一年：{o12}个",
                                         {"2023年自然年": o23, "截至填表日前一年": o12}),
            "平台是否服务上海智能工厂，数量": (f"是，{self.smart[0]}家", self.smart[0]),
            "平台开放共享数据的形式及数量": (self.open_data, self.open_data),
        }
        return table[label]


def audit(p: Package) -> list[str]:
    """Every inconsistency a careful reviewer could compute from the declared values (clean ⇒ empty)."""
    d = p.d()
    bad = []

    def chk(cond, msg):
        if not cond:
            bad.append(msg)

    total = d["连接的工业设备/产品/产线种类及数量（台/套）"]
    pub, day = d["公有云工业设备连接数量（台/套）"], d["公有云工业设备平均日运行数量（台/套）"]
    chk(sum(p.dev_region.values()) == total, "region sum ≠ devices")
    chk(sum(p.pub_region.values()) == pub, "pub region sum")
    chk(sum(p.day_region.values()) == day, "daily region sum")
    chk(day <= pub <= total, "device subsets")
    chk(all(p.dev_region.get(k) == v for k, v in p.overseas.items()), "overseas keys in region breakdown")
    for src, parent in ((p.pub_cat, p.dev_cat), (p.day_cat, p.pub_cat), (p.pub_region, p.dev_region),
                        (p.day_region, p.pub_region)):
        chk(all(k in parent and v <= parent[k] for k, v in src.items()), "breakdown subset")
    for bdict, allowed in ((p.dev_cat, notice.APPENDIX_A), (p.app_cat, notice.APPENDIX_B), (p.app_ind, notice.APPENDIX_C),
                           (p.pub_dau_cat, notice.APPENDIX_B), (p.pub_dau_ind, notice.APPENDIX_C),
                           (p.model_cat, notice.APPENDIX_D), (p.served_ind, notice.APPENDIX_C),
                           (p.solutions, notice.APPENDIX_E)):
        chk(all(k in allowed for k in bdict), f"category outside appendix: {list(bdict)}")
    for region in (p.dev_region, p.served_region):
        chk(all(k in notice.APPENDIX_F or k in p.overseas or k[-1].isascii() for k in region), "region key")
    apps = d["工业APP数量（个）"]
    chk(sum(p.app_ind.values()) == apps, "app industry sum")
    chk(sum(p.pub_dau_ind.values()) == d["公有云工业APP平均日活跃数量（个）"], "pub dau industry sum")
    chk(d["公有云工业APP平均日活跃数量（个）"] <= d["公有云工业APP数量（个）"] <= apps, "pub apps subset")
    chk(d["基于平台开发的工业APP数量（个）"] <= apps and d["工业APP平均月活跃数量（个）"] <= apps, "app subsets")
    chk(d["云化工业软件数量（个）"] <= d["工业软件总量（个）"], "cloud sw")
    chk(d["杀手锏APP数量（个）"] == 5, "killer apps = 5")
    chk(d["杀手锏工业APP订阅数量（个）"] <= d["工业APP订阅总数量（个）"], "killer subs")
    chk(d["平台公有云实际使用数量（台）"] <= d["平台实际用云量（台）"], "cloud servers")
    chk(d["公有云数据总量（TB）"] <= d["存储工业数据量（TB）"] <= d["存储容量（TB）"], "storage")
    chk(d["活跃机理模型数量（一周调用5次以上）（个）"] <= d["工业机理模型数量（个）"], "models")
    chk(d["活跃微服务数量（一周调用5次以上）（个）"] <= d["微服务数量（个）"], "ms")
    chk(d["活跃开发者数（个）"] <= d["开发者注册总数（个）"], "devs")
    served = d["实际服务企业数（个）"]
    chk(served <= d["注册企业用户数（个）"], "served ≤ registered")
    chk(sum(p.served_region.values()) == served, "served region sum")
    for k in ("付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）"):
        chk(d[k] <= served, f"{k} ≤ served")
    chk(d["有相关技术职称/从业资格的人数（人）"] <= d["平台团队总人数（人）"], "titled")
    chk(p.profit < p.rev[2023] and p.rd < p.rev[2023], "profit/rd < revenue")
    chk(p.smart[0] == p.smart[1].count("；") + 1, "smart factory list")
    return bad


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Integer parts of `total` proportional to the weights, summing exactly (largest remainder)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (out[k] - raw[k], k))[:rest]:
        out[k] += 1
    return out


def sub_split(parent: dict[str, int], total: int) -> dict[str, int]:
    """A sub-breakdown of `total` over the parent's keys, each part ≤ its parent part."""
    out = split(total, {k: float(v) for k, v in parent.items()})
    assert all(out[k] <= parent[k] for k in out) and sum(out.values()) == total
    return out
