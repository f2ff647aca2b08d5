"""Shared parts of blind set h77: notice labels, arithmetic, the 申报表 items, generic documents.

Everything here was written from the notice (沪经信软〔2024〕410号) alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from h77kit import PB, Doc, Img, P, Sp, T, screen

# 附件4 rows, as printed (line wraps joined), in the notice's order.
SUMMARY_LABELS = [
    "序号", "企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息",
    "平台网址", "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "部署方式",
    "平台团队总人数（人）", "运维人数（人）", "运营人数（人）", "有相关技术职称/从业资格的人数（人）",
    "平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台相关营业收入（万元）", "平台利润率（%）", "付费用户占比（%）",
    "连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）",
    "公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
    "公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）",
    "按省市区域统计公有云工业设备平均日运行数量（台/套）", "海外设备连接数量（台/套）",
    "按海外国家分类统计海外设备连接数量（台/套）", "工业协议兼容适配数量（个）", "工业软件总量（个）", "工业APP数量（个）",
    "基于平台开发的工业APP数量（个）", "云化工业软件数量（个）", "按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）",
    "工业APP平均月活跃数量（个）", "杀手锏APP数量（个）", "公有云杀手锏APP平均日在线用户数（个）", "杀手锏APP日活次数（次）",
    "杀手锏APP月平均收入（万元）", "公有云工业APP数量（个）", "公有云工业APP平均日活跃数量（个）",
    "按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）", "平台实际用云量（台）",
    "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）", "存储资源利用率（%）",
    "工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）", "核心工业模型平均月调用用户数量（个）",
    "按分类统计工业模型数量（个）", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "微服务数量（个）",
    "活跃微服务数量（一周调用5次以上）（个）", "开发者注册总数（个）", "活跃开发者数（个）", "平台是否建立安全管理体系",
    "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "注册企业用户数（个）", "实际服务企业数（个）",
    "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）",
    "服务中小企业数量（个）", "平台订单数量(近一年总量)（个）", "平台交易规模年增长率（%）", "工业APP订阅总数量（个）",
    "杀手锏工业APP订阅数量（个）", "工业APP订阅总金额（万元）", "平台连接工业设备利用率（%）", "平台国产化率（%）",
    "平台是否服务上海智能工厂，数量", "平台服务园区总数（个）", "平台提供的解决方案总数（个）", "按新模式统计解决方案数量（个）",
    "投资回报率（%）", "企业是否已上市或已获得VC/PE投资", "平台连接工业设备运维成本平均下降率（%）",
    "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台现有特色指数（个）",
    "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "平台是否有自研形成的核心技术突破",
    "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统", "平台获得省部级及以上奖项/荣誉数量（个）",
    "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）", "平台开放共享数据的形式及数量", "合作平台数量（个）",
]
assert len(SUMMARY_LABELS) == 103

APPENDIX_A = ["采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人",
              "电工、电子设备", "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"]
APPENDIX_B = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
APPENDIX_C = ["采矿", "黑色金属", "有色金属", "石化化工", "建材", "医药", "纺织", "家电", "食品", "烟草", "轻工", "机械",
              "汽车", "航空/航天", "船舶", "轨道交通", "电子", "电力、热力和燃气", "建筑业", "农业", "服务业", "其他"]
APPENDIX_D = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
APPENDIX_E = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
APPENDIX_F = ["北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
              "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西",
              "西藏", "宁夏", "新疆", "大连", "青岛", "宁波", "厦门", "深圳", "香港", "澳门", "台湾"]


def r2(x: float) -> float:
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pct(num: float, den: float) -> float:
    return float((Decimal(repr(num)) / Decimal(repr(den)) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def growth(prev: float, cur: float) -> float:
    return float(((Decimal(repr(cur)) / Decimal(repr(prev)) - 1) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def wan(yuan: str) -> float:
    """'60,812,437.26' (元) → 6081.24 (万元)."""
    return float((Decimal(yuan.replace(",", "")) / 10000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def split(total: int, weights: list[tuple[str, float]]) -> dict[str, int]:
    """Integers proportional to weights that sum exactly to total (largest remainder)."""
    s = sum(w for _, w in weights)
    raw = [(k, total * w / s) for k, w in weights]
    base = {k: int(v) for k, v in raw}
    rest = total - sum(base.values())
    order = sorted(raw, key=lambda kv: (-(kv[1] - int(kv[1])), kv[0]))
    for k, _ in order[:rest]:
        base[k] += 1
    return {k: base[k] for k, _ in weights}


def three_cases(avg: float, offsets: tuple[float, float]) -> list[float]:
    """Three case values whose mean (2 decimals) is exactly avg."""
    a = r2(avg + offsets[0])
    b = r2(avg + offsets[1])
    c = r2(avg * 3 - a - b)
    assert r2((a + b + c) / 3) == avg, (a, b, c, avg)
    return [a, b, c]


def n0(v: int) -> str:
    return f"{v:,}"


def f2(v: float) -> str:
    return f"{v:.2f}"


def f2c(v: float) -> str:
    return f"{v:,.2f}"


def bd(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


# ------------------------------------------------------------------ artifacts and packages

@dataclass
class Artifact:
    rel: str
    role: str
    kind: str  # pdf | scan | mixed | docx | xlsx
    doc: Doc | None = None
    writer: Callable[[Path], None] | None = None
    seals: dict = field(default_factory=dict)
    scanned: set = field(default_factory=set)  # mixed: 0-based pages drawn as images
    bw: set = field(default_factory=set)
    seed: int = 1
    title: str = ""

    def image_only(self, page: int) -> bool:  # 1-based
        if self.kind == "scan":
            return True
        if self.kind == "mixed":
            return (page - 1) in self.scanned
        return False


@dataclass
class Package:
    pid: str
    list_no: int
    listed_name: str
    company: str
    declared_name: str
    p2023: bool
    description: str
    layout: list
    artifacts: list
    facts: list
    problems: list
    summary: list
    secrets: list


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
         image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


# ------------------------------------------------------------------ derived values

def derive(S: dict) -> dict:
    """Fill the computed indicators of a consistent platform from its primary numbers."""
    r = S["rev"]
    S.setdefault("growth", {})
    S["growth"] = {2021: S["g2021"], 2022: growth(r[2021], r[2022]), 2023: growth(r[2022], r[2023]),
                   **S.get("growth_override", {})}
    S["revenue"] = r[2023]
    S["rd_int"] = pct(S["rd"], S["revenue"])
    S["profit_rate"] = pct(S["profit"], S["revenue"])
    S["roi"] = pct(S["profit"], S["build_amount"])
    S["paid_ratio"] = pct(S["paid_ent"], S["reg_ent"])
    S["storage_util"] = pct(S["storage_data"], S["storage_cap"])
    S["oper"] = S["team"] - S["ops"]
    S["app_cloud"] = S["app_total"] - S["app_native"]
    S["ovs_cty"] = split(S["ovs_total"], S["ovs_w"])
    S["pub_ovs_cty"] = split(S["pub_ovs"], S["ovs_w"])
    S["run_ovs_cty"] = split(S["run_ovs"], S["ovs_w"])
    S["dev_cat"] = split(S["dev_total"], S["cat_w"])
    S["pub_cat"] = split(S["pub_total"], [(k, w * (1.0 + 0.07 * ((i % 3) - 1))) for i, (k, w) in enumerate(S["cat_w"])])
    S["run_cat"] = split(S["run_total"], [(k, w * (1.0 + 0.05 * ((i % 2) * 2 - 1))) for i, (k, w) in enumerate(S["cat_w"])])
    S["dev_reg"] = {**split(S["dev_total"] - S["ovs_total"], S["reg_w"]), **S["ovs_cty"]}
    S["pub_reg"] = {**split(S["pub_total"] - S["pub_ovs"], [(k, w * (1.0 + 0.06 * ((i % 3) - 1))) for i, (k, w) in enumerate(S["reg_w"])]), **S["pub_ovs_cty"]}
    S["run_reg"] = {**split(S["run_total"] - S["run_ovs"], [(k, w * (1.0 + 0.04 * ((i % 2) * 2 - 1))) for i, (k, w) in enumerate(S["reg_w"])]), **S["run_ovs_cty"]}
    S["app_cat"] = split(S["app_total"], S["appcat_w"])
    S["app_ind"] = split(S["app_total"], S["appind_w"])
    S["pubapp_cat"] = split(S["pubapp_dau"], S["appcat_w"])
    S["pubapp_ind"] = split(S["pubapp_dau"], S["appind_w"])
    S["model_cat"] = split(S["models"], S["model_w"])
    S["served_ind"] = split(S["served"], S["srvind_w"])
    S["served_reg"] = split(S["served"], S["srvreg_w"])
    S["local_ent"] = S["served_reg"]["上海"]
    S["sol_mode"] = split(S["solutions"], S["sol_w"])
    S["cases_om"] = three_cases(S["om_drop"], S["case_off"][0])
    S["cases_en"] = three_cases(S["energy_drop"], S["case_off"][1])
    S["cases_sf"] = three_cases(S["safety_up"], S["case_off"][2])
    S["ev"] = {}  # evidence values that differ from the declared ones (problem packages)
    return S


def evidence_view(S: dict) -> dict:
    E = dict(S)
    E.update(S.get("ev", {}))
    return E


def check_consistency(S: dict) -> list[str]:
    """Internal rules of the notice a clean form must satisfy; returns the failures."""
    bad = []

    def need(cond, msg):
        if not cond:
            bad.append(msg)

    need(S["ops"] + S["oper"] == S["team"], "team sum")
    need(S["qualified"] <= S["team"], "qualified subset")
    need(S["rd_int"] == pct(S["rd"], S["revenue"]), "rd intensity")
    need(S["profit_rate"] == pct(S["profit"], S["revenue"]), "profit rate")
    need(S["roi"] == pct(S["profit"], S["build_amount"]), "roi")
    need(S["paid_ratio"] == pct(S["paid_ent"], S["reg_ent"]), "paid ratio")
    need(S["storage_util"] == pct(S["storage_data"], S["storage_cap"]), "storage util")
    need(S["revenue"] == S["rev"][2023], "revenue vs 近三年")
    need(S["growth"][2022] == growth(S["rev"][2021], S["rev"][2022]), "growth 2022")
    need(S["growth"][2023] == growth(S["rev"][2022], S["rev"][2023]), "growth 2023")
    for key, tot in (("dev_cat", "dev_total"), ("dev_reg", "dev_total"), ("pub_cat", "pub_total"),
                     ("pub_reg", "pub_total"), ("run_cat", "run_total"), ("run_reg", "run_total"),
                     ("ovs_cty", "ovs_total"), ("app_cat", "app_total"), ("app_ind", "app_total"),
                     ("pubapp_cat", "pubapp_dau"), ("pubapp_ind", "pubapp_dau"), ("model_cat", "models"),
                     ("served_ind", "served"), ("served_reg", "served"), ("sol_mode", "solutions")):
        need(sum(S[key].values()) == S[tot], f"breakdown {key}")
    for small, big in (("pub_total", "dev_total"), ("run_total", "pub_total"), ("ovs_total", "dev_total"),
                       ("app_total", "sw_total"), ("app_mau", "app_total"), ("pubapp_total", "app_total"),
                       ("pubapp_dau", "pubapp_total"), ("cloud_pub", "cloud_used"), ("storage_data", "storage_cap"),
                       ("pub_data", "storage_data"), ("models_active", "models"), ("micro_active", "micro"),
                       ("devs_active", "devs"), ("served", "reg_ent"), ("paid_ent", "served"),
                       ("local_ent", "served"), ("sme_ent", "served"), ("killer_sub", "sub_total")):
        need(S[small] <= S[big], f"subset {small}<={big}")
    need(S["app_native"] + S["app_cloud"] == S["app_total"], "app native+cloud")
    need(S["killer_n"] == 5, "killer 5")
    need(S["local_ent"] == S["served_reg"]["上海"], "local = 上海")
    for k in S["dev_cat"]:
        need(k in APPENDIX_A, f"附录A {k}")
    for k in S["app_cat"]:
        need(k in APPENDIX_B, f"附录B {k}")
    for k in list(S["app_ind"]) + list(S["served_ind"]):
        need(k in APPENDIX_C, f"附录C {k}")
    for k in S["model_cat"]:
        need(k in APPENDIX_D, f"附录D {k}")
    for k in S["sol_mode"]:
        need(k in APPENDIX_E, f"附录E {k}")
    for k in list(S["dev_reg"]) + list(S["served_reg"]):
        need(k in APPENDIX_F or any(ch.isascii() and ch.isalpha() for ch in k), f"附录F {k}")
    need(r2(sum(S["cases_om"]) / 3) == S["om_drop"], "cases om")
    need(r2(sum(S["cases_en"]) / 3) == S["energy_drop"], "cases energy")
    need(r2(sum(S["cases_sf"]) / 3) == S["safety_up"], "cases safety")
    return bad


# ------------------------------------------------------------------ 申报表 items

def form_items(S: dict) -> list[tuple[str, str, str, str, str, str]]:
    """(一级, 二级, 三级, 内容, 平台实际情况, 证明资料) rows of the 指标明细表."""
    t = S["texts"]
    pr = S["proof"]
    nf = S.get("numfmt", str)  # how this applicant writes integers

    def v(key):
        return nf(S[key]) if isinstance(S[key], int) else f2(S[key])

    L1 = "一、平台基础情况（25%）"
    L2 = "二、平台关键技术能力（35%）"
    L3 = "三、平台效益及可持续发展能力（40%）"
    rows = []

    def add(l1, l2, l3, content, actual, key=None):
        rows.append((l1, l2, l3, content, actual, pr.get(key or content, pr.get("_default", "—"))))

    a, b = "1.1 战略定位及规划", "1.1.1 战略定位"
    add(L1, a, b, "平台定位是否明确", t["position"], "position")
    add(L1, a, b, "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", t["policy"], "policy")
    b = "1.1.2 规划制定"
    add(L1, a, b, "平台是否被纳入企业战略规划中", t["strategy"], "strategy")
    add(L1, a, b, "是否制定了平台专项规划", t["plan"], "plan")
    add(L1, a, b, "平台团队总人数（人）", v("team"), "team")
    add(L1, a, b, "其中：运维人数（人）", v("ops"), "team")
    add(L1, a, b, "运营人数（人）", v("oper"), "team")
    add(L1, a, b, "其中：有相关技术职称/从业资格的人数（人）", v("qualified"), "team")
    a, b = "1.2 资金投入与经营情况", "1.2.1 创新投入情况"
    add(L1, a, b, "平台相关研发投入（万元）", f2(S["rd"]), "rd")
    add(L1, a, b, "平台相关研发投入强度（%）", f2(S["rd_int"]), "rd")
    b = "1.2.2 经营情况"
    add(L1, a, b, "平台相关营业收入（万元）", f2(S["revenue"]), "revenue")
    add(L1, a, b, "平台利润率（%）", f2(S["profit_rate"]), "revenue")
    add(L1, a, b, "付费用户占比（%）", f2(S["paid_ratio"]) + t.get("paid_note", ""), "paid_ratio")

    a, b = "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力"
    add(L2, a, b, "连接的工业设备/产品/产线种类及数量（台/套）", v("dev_total"), "dev")
    add(L2, a, b, "按二级分类统计工业设备数量（台/套）", bd(S["dev_cat"]), "dev")
    add(L2, a, b, "按省市区域统计工业设备数量（台/套）", bd(S["dev_reg"]), "dev_reg")
    add(L2, a, b, "其中：公有云工业设备连接数量（台/套）", v("pub_total"), "dev")
    add(L2, a, b, "按二级分类统计公有云工业设备数量（台/套）", bd(S["pub_cat"]), "dev")
    add(L2, a, b, "按省市区域统计公有云工业设备数量（台/套）", bd(S["pub_reg"]), "dev_reg")
    add(L2, a, b, "其中：公有云工业设备平均日运行数量（台/套）", v("run_total"), "dev")
    add(L2, a, b, "按二级分类统计公有云工业设备平均日运行数量（台/套）", bd(S["run_cat"]), "dev")
    add(L2, a, b, "按省市区域统计公有云工业设备平均日运行数量（台/套）", bd(S["run_reg"]), "dev_reg")
    add(L2, a, b, "其中：海外设备连接数量（台/套）", v("ovs_total"), "dev_reg")
    add(L2, a, b, "其中：按海外国家分类统计海外设备连接数量", bd(S["ovs_cty"]), "dev_reg")
    add(L2, a, b, "工业协议兼容适配数量（个）", v("protocols"), "protocols")
    add(L2, a, b, "其他资源汇聚情况", t["other_res"], "other_res")
    b = "2.1.2 工业软件/APP"
    add(L2, a, b, "工业软件总量（个）", v("sw_total"), "app")
    add(L2, a, b, "工业APP数量（个）", v("app_total"), "app_total")
    add(L2, a, b, "其中：基于平台开发的工业APP数量（个）", v("app_native"), "app")
    add(L2, a, b, "云化工业软件数量（个）", v("app_cloud"), "app")
    add(L2, a, b, "按分类统计工业APP数量（个）", bd(S["app_cat"]), "app")
    add(L2, a, b, "按行业统计工业APP数量（个）", bd(S["app_ind"]), "app")
    add(L2, a, b, "工业APP平均月活跃数量（个）", v("app_mau"), "app")
    add(L2, a, b, "其中：杀手锏APP数量（个）", v("killer_n") + t["killer_ref"], "killer")
    add(L2, a, b, "公有云杀手锏APP平均日在线用户数（个）", v("killer_dau"), "killer")
    add(L2, a, b, "杀手锏APP日活次数（次）", v("killer_daily"), "killer_other")
    add(L2, a, b, "杀手锏APP月平均收入（万元）", f2(S["killer_rev"]), "killer_other")
    add(L2, a, b, "其中：公有云工业APP数量（个）", v("pubapp_total"), "app")
    add(L2, a, b, "其中：公有云工业APP平均日活跃数量（个）", v("pubapp_dau"), "app")
    add(L2, a, b, "其中：按分类统计公有云工业APP平均日活跃数量（个）", bd(S["pubapp_cat"]), "app")
    add(L2, a, b, "其中：按行业统计公有云工业APP平均日活跃数量（个）", bd(S["pubapp_ind"]), "app")

    a, b = "2.2 数据管理与挖掘", "2.2.1 数据采集"
    add(L2, a, b, "边缘数据处理能力", t["edge"], "edge")
    add(L2, a, b, "其他数据采集能力", t["other_collect"], "edge")
    b = "2.2.2 数据处理（存储计算能力）"
    add(L2, a, b, "是否支持可拓展云计算能力", "是", "cloud")
    add(L2, a, b, "云化服务器算力", t["compute"], "cloud")
    add(L2, a, b, "平台实际用云量（台）", f2(S["cloud_used"]), "cloud")
    add(L2, a, b, "平台公有云实际使用数量（台）", v("cloud_pub"), "cloud")
    add(L2, a, b, "存储容量（TB）", f2(S["storage_cap"]), "cloud")
    add(L2, a, b, "存储工业数据量（TB）", f2(S["storage_data"]), "cloud")
    add(L2, a, b, "公有云数据总量（TB）", f2(S["pub_data"]), "cloud")
    add(L2, a, b, "存储资源利用率（%）", f2(S["storage_util"]), "cloud")
    add(L2, a, b, "数据基础管理能力", t["data_mgmt"], "data_mgmt")
    b = "2.2.3 数据建模和分析"
    add(L2, a, b, "工业机理模型数量（个）", v("models") + t.get("model_ref", ""), "models_total")
    add(L2, a, b, "其中：活跃机理模型数量（一周调用5次以上）（个）", v("models_active"), "models")
    add(L2, a, b, "核心工业模型平均月调用用户数量（个）", v("model_users"), "models")
    add(L2, a, b, "按分类统计工业模型数量（个）", bd(S["model_cat"]), "models")
    add(L2, a, b, "是否提供通用建模分析算法", "是", "models")
    add(L2, a, b, "智能分析算法类型", t["algo_types"], "models")
    add(L2, a, b, "数据分析平台均速度（每TB分级/秒级/毫秒级）", S["speed"], "models")
    a, b = "2.3 微服务部署与调用", "2.3.1 平台微服务情况"
    add(L2, a, b, "微服务数量（个）", v("micro"), "micro")
    add(L2, a, b, "其中：活跃微服务数量（一周调用5次以上）（个）", v("micro_active"), "micro")
    a, b = "2.4 平台开发与使用", "2.4.1 平台开发者数量"
    add(L2, a, b, "是否建立开发者社区及相关功能", "是", "devs")
    add(L2, a, b, "开发者注册总数（个）", v("devs"), "devs")
    add(L2, a, b, "其中：活跃开发者数（个）", v("devs_active"), "devs")
    b = "2.4.2 应用开发服务能力"
    add(L2, a, b, "平台支持开发语言类型", t["langs"], "langs")
    add(L2, a, b, "平台应用开发框架", t["framework"], "langs")
    add(L2, a, b, "平台应用开发工具", t["tools"], "langs")
    a, b = "2.5 安全体系", "2.5.1 安全制度建设"
    add(L2, a, b, "是否针对平台制定了安全管理相关制度", t["sec_rules"], "sec")
    add(L2, a, b, "建立的安全制度保护了平台的哪些方面", t["sec_aspects"], "sec")
    add(L2, a, b, "有否定期开展第三方安全测试/测评", t["sec_test"], "sec_test")
    add(L2, a, b, "有否定期进行安全扫描", t["sec_scan"], "sec")
    b = "2.5.2 安全技术保障"
    add(L2, a, b, "采用何种安全技术情况", t["sec_tech"], "sec")
    add(L2, a, b, "核心数据安全保护手段", t["data_protect"], "sec")

    a, b = "3.1 平台应用", "3.1.1 平台应用规模"
    add(L3, a, b, "注册企业用户数（个）", v("reg_ent"), "ent")
    add(L3, a, b, "其中：实际服务企业数（个）", v("served"), "ent")
    add(L3, a, b, "按行业统计服务企业数（个）", bd(S["served_ind"]), "ent")
    add(L3, a, b, "按省市区域统计服务企业数（个）", bd(S["served_reg"]), "ent")
    add(L3, a, b, "其中：付费企业数（个）", v("paid_ent"), "ent")
    add(L3, a, b, "其中：服务本市企业数量（个）", v("local_ent"), "ent")
    add(L3, a, b, "其中：服务中小企业数量（个）", v("sme_ent"), "ent")
    add(L3, a, b, "平台订单数量（个），填写近一年总量",
        f"2023年自然年：{nf(S['orders'][0])}个；截至填表日前一年：{nf(S['orders'][1])}个", "orders")
    add(L3, a, b, "平台交易规模年增长率（%）", f2(S["trade_growth"]), "orders")
    add(L3, a, b, "工业APP订阅总数量（个）", v("sub_total"), "sub")
    add(L3, a, b, "其中：杀手锏工业APP订阅数量（个）", v("killer_sub"), "sub")
    add(L3, a, b, "工业APP订阅总金额（万元）", f2(S["sub_amount"]), "sub")
    add(L3, a, b, "平台连接工业设备利用率（%）", f2(S["dev_util"]), "dev_util")
    add(L3, a, b, "平台国产化率（%）", f2(S["localization"]) + t.get("local_note", ""), "localization")
    add(L3, a, b, "平台是否服务上海智能工厂，数量", t["smart_factory"], "smart_factory")
    add(L3, a, b, "平台服务园区总数（个）", v("parks"), "parks")
    add(L3, a, b, "平台提供的解决方案总数（个）", v("solutions"), "solutions")
    add(L3, a, b, "其中：按新模式统计解决方案数量（个）", bd(S["sol_mode"]), "solutions")
    b = "3.1.2 平台应用价值"
    add(L3, a, b, "投资回报率（%）", f2(S["roi"]), "revenue")
    add(L3, a, b, "企业已上市或已获得VC/PE投资", t["listed_vc"], "listed_vc")
    add(L3, a, b, "关键技术自主可控", t["key_tech"], "key_tech")
    add(L3, a, b, "解决方案累计对企业/用户新增效益", t["benefit"], "cases")
    add(L3, a, b, "解决方案累计对企业/用户降低成本", t["cost"], "cases")
    add(L3, a, b, "平台连接工业设备运维成本平均下降率（%）", f2(S["om_drop"]), "cases")
    add(L3, a, b, "平台连接工业设备能耗平均下降率（%）", f2(S["energy_drop"]), "cases")
    add(L3, a, b, "平台连接工业设备安全生产持续时间平均提升率（%）", f2(S["safety_up"]), "cases")
    add(L3, a, b, "平台数据价值挖掘应用能力", t["data_value"], "data_value")
    add(L3, a, b, "工业互联网平台+供应链协同应用情况", t["supply_chain"], "supply_chain")
    add(L3, a, b, "平台有否与新技术的融合应用", t["newtech"], "newtech")
    add(L3, a, b, "平台现有特色指数（个）", v("indices") + t.get("indices_ref", ""), "indices")
    b = "3.1.3 平台带动成效"
    add(L3, a, b, "平台核心软硬件技术获得的专利数量（项）", v("patents") + t["patent_ref"], "patents")
    add(L3, a, b, "平台核心软硬件技术获得的软著数量（个）", v("softcr") + t["softcr_ref"], "softcr")
    add(L3, a, b, "平台是否有自研形成的核心技术突破", t["core_break"], "core_break")
    add(L3, a, b, "平台是否具备碳管理服务能力", t["carbon"], "carbon")
    add(L3, a, b, "平台是否融合使用国家标识解析系统", t["idres"], "idres")
    add(L3, a, b, "平台牵头/参与标准制定情况（国家标准、行业标准）", t["standards"], "standards")
    add(L3, a, b, "平台获得省部级及以上奖项/荣誉数量（个）", t["awards"], "awards")
    add(L3, a, b, "平台建设与运营带动新增就业人数（人）", v("jobs"), "jobs")
    add(L3, a, b, "平台社会贡献率（%）", f2(S["social"]), "social")
    add(L3, a, b, "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", t["contribution"], "contribution")
    a, b = "3.2 平台生态建设", "3.2.1 平台开放"
    add(L3, a, b, "是否建立供应链产业链开放共享机制", t["open_mech"], "open")
    add(L3, a, b, "平台开放共享数据的形式及数量", S["open_data"], "open")
    b = "3.2.2 平台生态"
    add(L3, a, b, "合作平台数量（个）", v("partners"), "partners")
    add(L3, a, b, "跨平台调用功能建设情况", t["cross"], "partners")
    add(L3, a, b, "新产业、新模式培育情况", t["new_industry"], "new_industry")
    return rows


def three_year_text(S: dict) -> str:
    r, g = S["rev"], S["growth"]
    return "；".join(f"{y}年平台营收{f2(r[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))


def summary_rows(S: dict) -> list[tuple[str, str, object]]:
    """(附件4 label, value a reviewer writes from the 申报表, normalized)."""
    r, g = S["rev"], S["growth"]

    def i(k):
        return (str(S[k]), S[k])

    def f(k):
        return (f2(S[k]), S[k])

    def d(k):
        return (bd(S[k]), dict(S[k]))

    yes = lambda b: ("是" if b else "否", b)
    val = {
        "序号": (str(S["list_no"]), S["list_no"]),
        "企业名称": (S["company"], S["company"]),
        "平台名称": (S["declared_name"], S["declared_name"]),
        "平台性质": (S["nature"], S["nature"]),
        "联系人姓名": (S["contact"][0], S["contact"][0]),
        "联系人手机号": (S["contact"][2], S["contact"][2]),
        "联系人电子邮箱": (S["contact"][3], S["contact"][3]),
        "评审会现场地址信息": (S["address"], S["address"]),
        "平台网址": (S["url"], S["url"]),
        "建设时间": (S["period"], S["period"]),
        "平台建设金额（万元）": f("build_amount"),
        "平台近三年经营指标情况": (three_year_text(S), {
            "2021年平台营收（万元）": r[2021], "2021年增长率（%）": g[2021],
            "2022年平台营收（万元）": r[2022], "2022年增长率（%）": g[2022],
            "2023年平台营收（万元）": r[2023], "2023年增长率（%）": g[2023]}),
        "平台建设方式": (S["build_mode"], S["build_mode"]),
        "平台运营模式": (S["op_mode"], S["op_mode"]),
        "部署方式": (S["deploy"], S["deploy"]),
        "平台团队总人数（人）": i("team"), "运维人数（人）": i("ops"), "运营人数（人）": i("oper"),
        "有相关技术职称/从业资格的人数（人）": i("qualified"),
        "平台相关研发投入（万元）": f("rd"), "平台相关研发投入强度（%）": f("rd_int"),
        "平台相关营业收入（万元）": f("revenue"), "平台利润率（%）": f("profit_rate"), "付费用户占比（%）": f("paid_ratio"),
        "连接的工业设备/产品/产线种类及数量（台/套）": i("dev_total"),
        "按二级分类统计工业设备数量（台/套）": d("dev_cat"), "按省市区域统计工业设备数量（台/套）": d("dev_reg"),
        "公有云工业设备连接数量（台/套）": i("pub_total"),
        "按二级分类统计公有云工业设备数量（台/套）": d("pub_cat"), "按省市区域统计公有云工业设备数量（台/套）": d("pub_reg"),
        "公有云工业设备平均日运行数量（台/套）": i("run_total"),
        "按二级分类统计公有云工业设备平均日运行数量（台/套）": d("run_cat"),
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": d("run_reg"),
        "海外设备连接数量（台/套）": i("ovs_total"), "按海外国家分类统计海外设备连接数量（台/套）": d("ovs_cty"),
        "工业协议兼容适配数量（个）": i("protocols"), "工业软件总量（个）": i("sw_total"), "工业APP数量（个）": i("app_total"),
        "基于平台开发的工业APP数量（个）": i("app_native"), "云化工业软件数量（个）": i("app_cloud"),
        "按分类统计工业APP数量（个）": d("app_cat"), "按行业统计工业APP数量（个）": d("app_ind"),
        "工业APP平均月活跃数量（个）": i("app_mau"), "杀手锏APP数量（个）": i("killer_n"),
        "公有云杀手锏APP平均日在线用户数（个）": i("killer_dau"), "杀手锏APP日活次数（次）": i("killer_daily"),
        "杀手锏APP月平均收入（万元）": f("killer_rev"), "公有云工业APP数量（个）": i("pubapp_total"),
        "公有云工业APP平均日活跃数量（个）": i("pubapp_dau"),
        "按分类统计公有云工业APP平均日活跃数量（个）": d("pubapp_cat"), "按行业统计公有云工业APP平均日活跃数量（个）": d("pubapp_ind"),
        "平台实际用云量（台）": f("cloud_used"), "平台公有云实际使用数量（台）": i("cloud_pub"),
        "存储容量（TB）": f("storage_cap"), "存储工业数据量（TB）": f("storage_data"), "公有云数据总量（TB）": f("pub_data"),
        "存储资源利用率（%）": f("storage_util"), "工业机理模型数量（个）": i("models"),
        "活跃机理模型数量（一周调用5次以上）（个）": i("models_active"), "核心工业模型平均月调用用户数量（个）": i("model_users"),
        "按分类统计工业模型数量（个）": d("model_cat"),
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": (S["speed"], S["speed_level"]),
        "微服务数量（个）": i("micro"), "活跃微服务数量（一周调用5次以上）（个）": i("micro_active"),
        "开发者注册总数（个）": i("devs"), "活跃开发者数（个）": i("devs_active"),
        "平台是否建立安全管理体系": yes(True), "有否定期开展第三方安全测试/测评": yes(True), "有否定期进行安全扫描": yes(True),
        "注册企业用户数（个）": i("reg_ent"), "实际服务企业数（个）": i("served"),
        "按行业统计服务企业数（个）": d("served_ind"), "按省市区域统计服务企业数（个）": d("served_reg"),
        "付费企业数（个）": i("paid_ent"), "服务本市企业数量（个）": i("local_ent"), "服务中小企业数量（个）": i("sme_ent"),
        "平台订单数量(近一年总量)（个）": (f"2023年自然年：{S['orders'][0]}个；截至填表日前一年：{S['orders'][1]}个",
                                 {"2023年自然年": S["orders"][0], "截至填表日前一年": S["orders"][1]}),
        "平台交易规模年增长率（%）": f("trade_growth"), "工业APP订阅总数量（个）": i("sub_total"),
        "杀手锏工业APP订阅数量（个）": i("killer_sub"), "工业APP订阅总金额（万元）": f("sub_amount"),
        "平台连接工业设备利用率（%）": f("dev_util"), "平台国产化率（%）": f("localization"),
        "平台是否服务上海智能工厂，数量": (f"是，{S['smart_factory']}家", S["smart_factory"]),
        "平台服务园区总数（个）": i("parks"), "平台提供的解决方案总数（个）": i("solutions"),
        "按新模式统计解决方案数量（个）": d("sol_mode"), "投资回报率（%）": f("roi"),
        "企业是否已上市或已获得VC/PE投资": yes(S["listed_vc_bool"]),
        "平台连接工业设备运维成本平均下降率（%）": f("om_drop"), "平台连接工业设备能耗平均下降率（%）": f("energy_drop"),
        "平台连接工业设备安全生产持续时间平均提升率（%）": f("safety_up"), "平台现有特色指数（个）": i("indices"),
        "平台核心软硬件技术获得的专利数量（项）": i("patents"), "平台核心软硬件技术获得的软著数量（个）": i("softcr"),
        "平台是否有自研形成的核心技术突破": yes(True), "平台是否具备碳管理服务能力": yes(True),
        "平台是否融合使用国家标识解析系统": yes(True), "平台获得省部级及以上奖项/荣誉数量（个）": i("awards"),
        "平台建设与运营带动新增就业人数（人）": i("jobs"), "平台社会贡献率（%）": f("social"),
        "平台开放共享数据的形式及数量": (S["open_data"], S["open_data"]), "合作平台数量（个）": i("partners"),
    }
    assert set(val) == set(SUMMARY_LABELS), set(SUMMARY_LABELS) ^ set(val)
    return [(lab, val[lab][0], val[lab][1]) for lab in SUMMARY_LABELS]


# ------------------------------------------------------------------ generic documents

def form_doc(S: dict) -> Doc:
    """The 申报表 as printed and stamped (the scan's source)."""
    c = S["contact"]
    blocks = [Sp(40), P("附件2", 11), Sp(30), P("上海市工业互联网平台应用水平评价", 20, "C", True),
              Sp(10), P("申报表", 26, "C", True), Sp(70)]
    for k, val in (("申报年度", "2024年度"), ("平台名称", S["declared_name"]), ("申报单位", S["company"] + "（公章）"),
                   ("联 系 人", c[0]), ("联系人电话", c[2])):
        blocks.append(P(f"{k}：{val}", 13, "L", before=6, after=6))
    blocks += [Sp(120), P("上海市经济和信息化委员会制", 12, "C"), P("2024年7月16日", 12, "C"), PB(),
               P("一、企业基本情况", 13, bold=True, after=6)]
    co = S["co"]
    blocks.append(T([
        ["单位（企业）名称", S["company"], None, None],
        ["单位（企业）代码", co["code"], "成立日期", co["founded"]],
        ["注册地及所在行政区", co["reg_addr"], "企业类型", co["type"]],
        ["注册资本", co["capital"], "法定代表人", co["legal"]],
        ["主营业务", co["business"], None, None],
        ["联系人", c[0], "职务", c[1]],
        ["联系人手机", c[2], "电子邮箱", c[3]],
        ["股权结构", co["equity"], None, None],
        ["总资产（万元）", co["assets"], "主营业务收入（万元）", co["income"]],
        ["主营业务收入增长率（%）", co["income_growth"], "负债率（%）", co["debt"]],
        ["利润总额（万元）", co["profit"], "税金（万元）", co["tax"]],
    ], [1.3, 2.2, 1.3, 2.2], size=9, header=0, aligns=["L", "L", "L", "L"]))
    blocks += [P("二、平台基本情况", 13, bold=True, before=6, after=6), T([
        ["平台名称", S["declared_name"]],
        ["建设时间", S["period_text"]],
        ["平台建设金额（万元）", f2(S["build_amount"])],
        ["平台近三年经营指标情况", three_year_text(S).replace("；", "\n")],
        ["平台建设方式", S["build_mode"]],
        ["平台运营模式", S["op_mode"]],
        ["IaaS基础设施", S["iaas"]],
        ["部署方式", S["deploy"]],
        ["平台网址", f"{S['url']}（演示账号：{S['account']}，密码：{S['password']}）"],
        ["平台基本情况介绍", S["texts"]["intro"]],
        ["平台建设成效", S["texts"]["effect"]],
    ], [1.2, 4.2], size=9, header=0)]
    blocks += [PB(), P("三、上海市工业互联网平台应用水平评价指标明细表", 13, bold=True, after=6)]
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    prev = (None, None, None)
    for l1, l2, l3, content, actual, proof in form_items(S):
        rows.append([l1 if l1 != prev[0] else "", l2 if l2 != prev[1] else "", l3 if l3 != prev[2] else "",
                     content, actual, proof])
        prev = (l1, l2, l3)
    blocks.append(T(rows, [0.9, 0.95, 0.95, 2.1, 3.6, 1.3], size=7.5, header=1))
    blocks += [Sp(20), P(f"申报单位（盖章）：{S['company']}", 11, "R"), P("2024年7月16日", 11, "R")]
    return Doc(blocks, footer="第 {p} 页 共 {n} 页")


def commitment_doc(S: dict) -> Doc:
    body = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    return Doc([Sp(30), P("附件5", 11), Sp(30), P("真实性承诺", 22, "C", True), Sp(40), P(body, 14, indent=2, leading=30),
                P("特此承诺。", 14, indent=2, before=8), Sp(90), P(f"申报单位：{S['company']}（盖章）", 13, "R", after=24),
                P(f"法定代表人：{S['co']['legal']}（签章）", 13, "R", after=24), P("2024年7月16日", 13, "R")])


def contact_writer(S: dict):
    from h77kit import docx_new, docx_par, docx_save, docx_table

    def write(path: Path):
        d = docx_new()
        docx_par(d, "附件1", 11)
        docx_par(d, "联系人信息反馈表", 16, True, "C")
        docx_par(d, "2024年度上海市工业互联网平台应用水平评价工作", 11, False, "C")
        docx_par(d, "一、联系人信息反馈", 12, True)
        c, c2 = S["contact"], S["contact2"]
        docx_table(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                       ["联系人（主）", c[0], S["company"], c[1], c[2], c[3]],
                       ["联系人（备用）", c2[0], S["company"], c2[1], c2[2], c2[3]]], size=9)
        docx_par(d, "二、评审会现场地址信息反馈", 12, True)
        docx_par(d, f"具体地址*：{S['address']}")
        docx_par(d, "*注：该场地信息将用于工作组安排后续评价工作。", 9)
        docx_save(d, path)

    return write


def summary_writer(S: dict, style: str = "plain"):
    """附件4 汇总表 as XLSX: label column + value column (style 'numbered' adds a 序号 column)."""
    from h77kit import xlsx_save
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    def write(path: Path):
        wb = Workbook()
        ws = wb.active
        ws.title = "平台基本情况汇总表"
        thin = Side(style="thin")
        ws["A1"] = "附件4"
        ws["A2"] = "平台基本情况汇总表"
        ws["A2"].font = Font(size=14, bold=True)
        off = 1 if style == "numbered" else 0
        start = 4
        if off:
            ws.cell(3, 1, "行号")
        ws.cell(3, 1 + off, "项目")
        ws.cell(3, 2 + off, "填报内容")
        for k, (lab, value, norm) in enumerate(summary_rows(S)):
            r = start + k
            if off:
                ws.cell(r, 1, k + 1)
            ws.cell(r, 1 + off, lab)
            cell = ws.cell(r, 2 + off)
            if isinstance(norm, bool) or norm is None or isinstance(norm, (dict, str)):
                cell.value = value
            elif isinstance(norm, int):
                cell.value = norm
            else:
                cell.value = norm
                cell.number_format = "0.00"
            for cc in range(1, 3 + off):
                ws.cell(r, cc).border = Border(left=thin, right=thin, top=thin, bottom=thin)
                ws.cell(r, cc).alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions["A"].width = 8 if off else 46
        ws.column_dimensions["B"].width = 46 if off else 70
        if off:
            ws.column_dimensions["C"].width = 70
        xlsx_save(wb, path)

    return write


def form_docx_writer(S: dict):
    """The 申报表 as the applicant's Word file."""
    from h77kit import docx_new, docx_par, docx_save, docx_table

    def write(path: Path):
        d = docx_new()
        docx_par(d, "附件2", 11)
        docx_par(d, "上海市工业互联网平台应用水平评价", 18, True, "C")
        docx_par(d, "申报表", 24, True, "C")
        c = S["contact"]
        for k, val in (("申报年度", "2024年度"), ("平台名称", S["declared_name"]), ("申报单位", S["company"] + "（公章）"),
                       ("联 系 人", c[0]), ("联系人电话", c[2])):
            docx_par(d, f"{k}：{val}", 13)
        docx_par(d, "上海市经济和信息化委员会制", 12, False, "C")
        docx_par(d, "2024年7月16日", 12, False, "C")
        d.add_page_break()
        docx_par(d, "一、企业基本情况", 13, True)
        co = S["co"]
        docx_table(d, [
            ["单位（企业）名称", S["company"], "", ""],
            ["单位（企业）代码", co["code"], "成立日期", co["founded"]],
            ["注册地及所在行政区", co["reg_addr"], "企业类型", co["type"]],
            ["注册资本", co["capital"], "法定代表人", co["legal"]],
            ["主营业务", co["business"], "", ""],
            ["联系人", c[0], "职务", c[1]],
            ["联系人手机", c[2], "电子邮箱", c[3]],
            ["股权结构", co["equity"], "", ""],
            ["申报单位上一年度经营状况（2023年）", "", "", ""],
            ["总资产（万元）", co["assets"], "主营业务收入（万元）", co["income"]],
            ["主营业务收入增长率（%）", co["income_growth"], "负债率（%）", co["debt"]],
            ["利润总额（万元）", co["profit"], "税金（万元）", co["tax"]],
        ], size=9, header=0, merges=(((0, 1), (0, 3)), ((4, 1), (4, 3)), ((7, 1), (7, 3)), ((8, 0), (8, 3))))
        docx_par(d, "二、平台基本情况", 13, True)
        docx_table(d, [
            ["平台名称", S["declared_name"]],
            ["建设时间", S["period_text"]],
            ["平台建设金额（万元）", f2(S["build_amount"])],
            ["平台近三年经营指标情况", three_year_text(S).replace("；", "\n") + "\n注：此处数据为平台相关收益单列数据。"],
            ["平台建设方式", S["build_mode_form"]],
            ["平台运营模式", S["op_mode_form"]],
            ["IaaS基础设施", S["iaas"]],
            ["部署方式", S["deploy_form"]],
            ["平台网址", f"{S['url']}\n演示账号：{S['account']}  密码：{S['password']}"],
            ["平台基本情况介绍", S["texts"]["intro"]],
            ["平台建设成效", S["texts"]["effect"]],
        ], size=9, header=0)
        d.add_page_break()
        docx_par(d, "三、上海市工业互联网平台应用水平评价指标明细表", 13, True)
        items = form_items(S)
        rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
        rows += [list(it) for it in items]
        merges = []
        for col in range(3):
            start = 1
            for r in range(2, len(rows) + 1):
                if r == len(rows) or rows[r][col] != rows[start][col] or (col > 0 and rows[r][col - 1] != rows[start][col - 1]):
                    if r - 1 > start:
                        merges.append(((start, col), (r - 1, col)))
                    start = r
        docx_table(d, rows, size=8, header=1, merges=merges)
        docx_par(d, f"申报单位（盖章）：{S['company']}", 11, False, "R")
        docx_par(d, "2024年7月16日", 11, False, "R")
        docx_save(d, path)

    return write


def form_xlsx_writer(S: dict):
    """The 申报表 as an XLSX workbook: a sheet per part, merged level cells."""
    from h77kit import xlsx_save
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    def write(path: Path):
        wb = Workbook()
        ws = wb.active
        ws.title = "封面"
        c = S["contact"]
        ws["A1"] = "附件2"
        ws["A3"] = "上海市工业互联网平台应用水平评价申报表"
        ws["A3"].font = Font(size=16, bold=True)
        for k, (key, val) in enumerate((("申报年度", "2024年度"), ("平台名称", S["declared_name"]),
                                         ("申报单位", S["company"] + "（公章）"), ("联系人", c[0]), ("联系人电话", c[2]))):
            ws.cell(5 + k, 1, key)
            ws.cell(5 + k, 2, val)
        ws.column_dimensions["A"].width = 16
        ws.column_dimensions["B"].width = 60
        co = S["co"]
        w1 = wb.create_sheet("一、企业基本情况")
        for k, (a, b) in enumerate((("单位（企业）名称", S["company"]), ("单位（企业）代码", co["code"]), ("成立日期", co["founded"]),
                                    ("注册地及所在行政区", co["reg_addr"]), ("企业类型", co["type"]), ("注册资本", co["capital"]),
                                    ("主营业务", co["business"]), ("法定代表人", co["legal"]), ("联系人", c[0]), ("职务", c[1]),
                                    ("联系人手机", c[2]), ("电子邮箱", c[3]), ("股权结构", co["equity"]),
                                    ("总资产（万元）", co["assets"]), ("主营业务收入（万元）", co["income"]),
                                    ("主营业务收入增长率（%）", co["income_growth"]), ("负债率（%）", co["debt"]),
                                    ("利润总额（万元）", co["profit"]), ("税金（万元）", co["tax"]))):
            w1.cell(1 + k, 1, a)
            w1.cell(1 + k, 2, b)
        w1.column_dimensions["A"].width = 26
        w1.column_dimensions["B"].width = 70
        w2 = wb.create_sheet("二、平台基本情况")
        for k, (a, b) in enumerate((("平台名称", S["declared_name"]), ("建设时间", S["period_text"]),
                                    ("平台建设金额（万元）", f2(S["build_amount"])),
                                    ("平台近三年经营指标情况", three_year_text(S).replace("；", "\n")),
                                    ("平台建设方式", S["build_mode_form"]), ("平台运营模式", S["op_mode_form"]),
                                    ("IaaS基础设施", S["iaas"]), ("部署方式", S["deploy_form"]),
                                    ("平台网址", f"{S['url']}（账号：{S['account']}；密码：{S['password']}）"),
                                    ("平台基本情况介绍", S["texts"]["intro"]), ("平台建设成效", S["texts"]["effect"]))):
            w2.cell(1 + k, 1, a)
            w2.cell(1 + k, 2, b).alignment = Alignment(wrap_text=True, vertical="top")
        w2.column_dimensions["A"].width = 26
        w2.column_dimensions["B"].width = 90
        w3 = wb.create_sheet("三、指标明细表")
        heads = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
        for k, h in enumerate(heads):
            w3.cell(1, 1 + k, h).font = Font(bold=True)
        items = form_items(S)
        for r, it in enumerate(items, start=2):
            for k, val in enumerate(it):
                w3.cell(r, 1 + k, val).alignment = Alignment(wrap_text=True, vertical="center")
        for col in range(3):
            start = 2
            for r in range(3, len(items) + 3):
                cur = items[r - 2] if r - 2 < len(items) else None
                first = items[start - 2]
                if cur is None or cur[col] != first[col] or (col > 0 and cur[col - 1] != first[col - 1]):
                    if r - 1 > start:
                        w3.merge_cells(start_row=start, start_column=col + 1, end_row=r - 1, end_column=col + 1)
                    start = r
        for col, wd in zip("ABCDEF", (14, 16, 16, 40, 60, 24)):
            w3.column_dimensions[col].width = wd
        xlsx_save(wb, path)

    return write


# ------------------------------------------------------------------ evidence helpers

def screen_img(title, tiles, table=None, stamp="", seed=1, theme="dark", w_pt=470, h_pt=289):
    texts = [title] + ([stamp] if stamp else [])
    for cap, val, unit in tiles:
        texts += [cap, val, unit]
    texts.append("近12个月趋势")
    for row in table or []:
        texts += list(row)
    return Img(lambda: screen(title, tiles, table, stamp, seed, theme), w_pt, h_pt, texts=texts)


def softcr_cert_doc(no: str, regno: str, name: str, owner: str, done: str, pub: str) -> Doc:
    return Doc([
        Sp(30), P("中华人民共和国国家版权局", 16, "C", True, after=10),
        P("计算机软件著作权登记证书", 24, "C", True, after=18),
        P(f"证书号：软著登字第{no}号", 12, "C", after=30),
        P(f"软件名称：{name}", 12.5, after=10), P(f"著作权人：{owner}", 12.5, after=10),
        P(f"开发完成日期：{done}", 12.5, after=10), P(f"首次发表日期：{pub}", 12.5, after=10),
        P("权利取得方式：原始取得", 12.5, after=10), P("权利范围：全部权利", 12.5, after=10),
        P(f"登记号：{regno}", 12.5, after=30),
        P("根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定，经中国版权保护中心审核，对以上事项予以登记。",
          11.5, indent=2, leading=22),
        Sp(80), P("中华人民共和国国家版权局", 12, "R"), P(f"{pub[:4]}年{int(pub[5:7])}月{int(pub[8:10])}日", 12, "R"),
    ], margins=(80, 80, 80, 70))


def patent_cert_doc(kind: str, certno: str, title: str, inventors: str, zl: str, filed: str, owner: str,
                    addr: str, granted: str, pubno: str) -> Doc:
    word = "发明" if kind == "发明" else "实用新型"
    return Doc([
        Sp(20), P(f"{word}专利证书", 24, "C", True, after=8), P(f"证书号第{certno}号", 12, "R", after=20),
        P(f"{word}名称：{title}", 12, after=8), P(f"发明人：{inventors}", 12, after=8), P(f"专利号：{zl}", 12, after=8),
        P(f"专利申请日：{filed}", 12, after=8), P(f"专利权人：{owner}", 12, after=8), P(f"地址：{addr}", 12, after=8),
        P(f"授权公告日：{granted}", 12, after=8), P(f"授权公告号：{pubno}", 12, after=20),
        P(f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。"
          f"专利权自授权公告之日起生效。专利权期限为{'二十' if kind == '发明' else '十'}年，自申请日起算。", 11, indent=2, leading=21),
        P("专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、国籍、地址变更等事项"
          "记载在专利登记簿上。", 11, indent=2, leading=21),
        Sp(60), P("国家知识产权局", 13, "R"),
    ], margins=(80, 80, 80, 70))


# ------------------------------------------------------------------ 申报书 (one content, DOCX or PDF)

PLAN_COMMON = ("在技术创新方面，持续加大平台研发投入，推进核心组件国产化适配和AI能力升级；在产品升级方面，按行业场景打包标准化"
               "解决方案，降低中小企业使用门槛；在产业合作方面，深化与上下游企业、园区和合作平台的数据互通与应用互调；在商业模式方面，"
               "探索订阅制、按效果付费等多元收费模式，提升平台可持续运营能力。")

MODULES_COMMON = [["边缘层", "智能网关与边缘节点", "多协议设备接入、边缘存储、断点续传、本地告警与边缘模型推理"],
                  ["IaaS层", "云资源与安全", "计算、存储、网络资源池，主机与网络安全防护，备份与容灾"],
                  ["PaaS层", "工业数据中台", "数据汇聚、清洗、建模、标签和数据服务API，统一数据标准与质量管理"],
                  ["PaaS层", "模型与微服务中心", "机理模型、算法模型管理与调用，微服务注册、治理与监控"],
                  ["PaaS层", "开发者中心", "低代码开发、应用编排、API调试、应用上架与版本管理"]]


def proposal_items(S: dict, X: dict) -> list[tuple]:
    """The 申报书 as items: ('cover',), ('h1', t), ('h2', t), ('p', t), ('table', rows, widths), ('cap', t), ('pb',)."""
    it: list[tuple] = [("cover",)]
    it += [("h1", "一、申报单位简介"), ("p", X["company_intro"]), ("p", X["company_core"])]
    it += [("h1", "二、平台建设及运营情况"), ("h2", "（一）平台基本信息"), ("p", X["basic"]),
           ("h2", "（二）平台技术架构"), ("p", X["arch"]),
           ("cap", "表1 平台主要功能模块"), ("table", [["层级", "功能模块", "主要功能说明"]] + X["modules"], [0.8, 1.4, 3.6]),
           ("h2", "（三）技术路线先进性"), ("p", X["advanced"]),
           ("h2", "（四）平台运营情况"), ("p", X["operation"])]
    for cap, rows, widths in X.get("op_tables", []):
        it += [("cap", cap), ("table", rows, widths)]
    if X.get("op_tables"):
        it.append(("p", CORE_NOTE))
    it += [("cap", "表X 平台对标同行业或相似平台的部分量化数据对比表"),
           ("table", [["三级指标", "本平台数据", "对标数据"]] + X["bench"], [1.2, 2.4, 2.4])]
    it += [("p", "技术创新点总结：" + X["innovation"])]
    it += [("h1", "三、平台应用成效"), ("p", X["effects"]), ("p", "应用创新点总结：" + X["app_innovation"])]
    it += [("h1", "四、平台下一步发展计划"), ("p", X["plan"]), ("p", PLAN_COMMON)]
    it += [("pb",), ("h1", "五、平台应用案例")]
    for k, case in enumerate(X["cases"], 1):
        it += [("h2", f"案例{k}：{case['title']}"), ("p", "企业简介：" + case["company"]), ("p", "平台简介：" + case["platform"]),
               ("p", "案例实际内容简介：" + case.get("detail", "") + case["content"])]
    it += [("pb",), ("h1", "六、附件及其他说明材料"), ("p", X["annex_intro"]),
           ("table", [["附件编号", "附件名称", "对应页码/份数"]] + X["annex_rows"], [0.9, 3.4, 1.5])]
    if X.get("annex_note"):
        it.append(("p", X["annex_note"]))
    if S["p2023"]:
        it += [("h1", "七、平台相较上年度对比情况"), ("p", X["seven_intro"]),
               ("table", [["对比项", "2023年度参评时", "本次申报（截至填表日）", "变化情况"]] + X["seven_rows"], [1.6, 1.3, 1.5, 2.2]),
               ("p", X["seven_text"])]
    return it


def proposal_docx_writer(S: dict, X: dict):
    from h77kit import docx_new, docx_par, docx_save, docx_table

    def write(path: Path):
        d = docx_new()
        for item in proposal_items(S, X):
            kind = item[0]
            if kind == "cover":
                docx_par(d, "附件3", 11)
                docx_par(d, "上海市工业互联网平台应用水平评价", 18, True, "C")
                docx_par(d, "申报书", 26, True, "C")
                for k, val in (("申报年度", "2024年度"), ("平台名称", S["declared_name"]), ("申报单位", S["company"] + "（公章）"),
                               ("联 系 人", S["contact"][0]), ("联系人电话", S["contact"][2])):
                    docx_par(d, f"{k}：{val}", 13)
                docx_par(d, "上海市经济和信息化委员会制", 12, False, "C")
                docx_par(d, "2024年7月16日", 12, False, "C")
                d.add_page_break()
            elif kind == "h1":
                docx_par(d, item[1], 14, True)
            elif kind == "h2":
                docx_par(d, item[1], 12, True)
            elif kind == "p":
                for para in item[1].split("\n"):
                    docx_par(d, para, 11, indent=True)
            elif kind == "cap":
                docx_par(d, item[1], 10, True, "C")
            elif kind == "table":
                docx_table(d, item[1], size=9)
            elif kind == "pb":
                d.add_page_break()
        docx_save(d, path)

    return write


def proposal_doc(S: dict, X: dict, header: str = "") -> Doc:
    blocks: list = []
    for item in proposal_items(S, X):
        kind = item[0]
        if kind == "cover":
            blocks += [Sp(30), P("附件3", 11), Sp(30), P("上海市工业互联网平台应用水平评价", 19, "C", True), Sp(8),
                       P("申报书", 28, "C", True), Sp(70)]
            for k, val in (("申报年度", "2024年度"), ("平台名称", S["declared_name"]), ("申报单位", S["company"] + "（公章）"),
                           ("联 系 人", S["contact"][0]), ("联系人电话", S["contact"][2])):
                blocks.append(P(f"{k}：{val}", 13, before=6, after=6))
            blocks += [Sp(110), P("上海市经济和信息化委员会制", 12, "C"), P("2024年7月16日", 12, "C"), PB()]
        elif kind == "h1":
            blocks.append(P(item[1], 14, bold=True, before=8, after=6))
        elif kind == "h2":
            blocks.append(P(item[1], 12, bold=True, before=4, after=4))
        elif kind == "p":
            for para in item[1].split("\n"):
                blocks.append(P(para, 10.5, indent=2, leading=19))
        elif kind == "cap":
            blocks.append(P(item[1], 10, "C", True, before=4, after=2))
        elif kind == "table":
            blocks.append(T(item[1], item[2], size=8.5))
        elif kind == "pb":
            blocks.append(PB())
    return Doc(blocks, header=header, footer="- {p} -")


def count_chars(text: str) -> int:
    return len("".join(text.split()))


LIMITS_HARD = {"intro": 500, "effect": 500, "position": 50, "compute": 50, "newtech": 300, "contribution": 300,
               "cross": 200, "new_industry": 300}
LIMITS_ABOUT = {"other_res": 200, "edge": 100, "other_collect": 100, "data_mgmt": 100, "framework": 100, "tools": 100,
                "sec_tech": 100, "data_protect": 100, "data_value": 200, "supply_chain": 300, "open_mech": 200}


def check_texts(S: dict) -> list[str]:
    bad = []
    t = S["texts"]
    for k, lim in LIMITS_HARD.items():
        if count_chars(t[k]) > lim:
            bad.append(f"{k} {count_chars(t[k])}>{lim}")
    for k, lim in LIMITS_ABOUT.items():
        if count_chars(t[k]) > lim * 1.2:
            bad.append(f"{k} {count_chars(t[k])}>~{lim}")
    for line in t["policy"].split("\n"):
        if count_chars(line) > 52:
            bad.append(f"policy line {count_chars(line)}")
    for k in ("sec_test", "sec_scan"):
        if not t[k].startswith("是，"):
            bad.append(k)
    return bad


def core_tables(S: dict, killers: list[tuple[str, int, str]], models: list[tuple[str, str, str]],
                indices: list[tuple[str, str, str]]) -> list[tuple]:
    """申报书 tables the form refers to: killer apps (表2), core models (表3), 特色指数 (表4)."""
    assert len(killers) == 5 and sum(d for _, d, _ in killers) == S["killer_dau"]
    assert len(indices) == S["indices"]
    subs = split(S["killer_sub"], [(n, w) for (n, _, _), w in zip(killers, (29, 25, 20, 15, 11))])
    t2 = [["排名", "APP名称", "简介", "订阅数量", "日均在线用户"]] + [
        [str(k), n, intro, str(subs[n]), str(d)] for k, (n, d, intro) in enumerate(killers, 1)]
    users = [int(S["model_users"] * f) for f in (0.62, 0.55, 0.49, 0.43, 0.38, 0.33, 0.29, 0.25, 0.21, 0.18)]
    t3 = [["排名", "模型名称", "类别", "简介", "月均调用用户"]] + [
        [str(k), n, cat, intro, str(u)] for k, ((n, cat, intro), u) in enumerate(zip(models, users), 1)]
    t4 = [["序号", "特色指数名称", "简介", "2023年数值"]] + [[str(k), n, intro, v] for k, (n, intro, v) in enumerate(indices, 1)]
    return [("表2 杀手锏APP情况（按订阅用户数前5名）", t2, [0.5, 1.2, 2.8, 0.9, 1.1]),
            ("表3 核心工业模型（按调用用户数前10名）", t3, [0.5, 1.6, 1.1, 2.4, 1.0]),
            (f"表4 平台特色指数（共{S['indices']}个）", t4, [0.5, 1.4, 3.0, 1.1]),
            ]


CORE_NOTE = "注：表3中各模型月均调用用户按模型分别统计；核心工业模型平均月调用用户数量为前10个核心模型调用用户去重后的月平均值。"
