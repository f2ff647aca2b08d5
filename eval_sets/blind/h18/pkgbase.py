"""Package model: declared values, files, evidence facts, planted problems, truth JSON, consistency audit."""
from __future__ import annotations

import json
from pathlib import Path

from docs import fdict, fnum, summary_value
from labels import LABELS

ROOT = Path(__file__).resolve().parent


def split(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder split: integers summing exactly to total."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i] - base[i]))
    for i in order[:rest]:
        base[i] += 1
    return base


def kv(keys, total, weights):
    return dict(zip(keys, split(total, weights)))


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


class Pkg:
    def __init__(self, pid, list_no, listed_name, company, p2023, declared_name=None):
        self.pid = pid
        self.list_no = list_no
        self.listed_name = listed_name
        self.company = company
        self.p2023 = p2023
        self.declared_name = declared_name or listed_name
        self.dir = ROOT / "packages" / pid
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []
        self.layout: list[str] = []
        self.secrets: list[str] = []
        self.D: dict = {}
        self.texts: dict = {}
        self.cell_over: dict = {}
        self.proofs: dict = {}
        self.summary_over: dict = {}
        self.summary_text: dict = {}
        self.style: dict = {}
        self.description = ""

    # ---------------------------------------------------------- form cells
    def cell(self, key):
        if key in self.cell_over:
            return self.cell_over[key]
        if key.startswith("t:"):
            return self.texts[key]
        v = self.D[key]
        th = self.style.get("thousands", False)
        suffix = self.style.get("unit_suffix", False)
        if v is None:
            return ""
        if key == "平台订单数量(近一年总量)（个）":
            return "；".join(f"{k}：{fnum(n, th)}个" for k, n in v.items())
        if key == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            return self.speed_text
        if key == "平台是否服务上海智能工厂，数量":
            return f"是，{v}家" if v else "否"
        if isinstance(v, dict):
            return fdict(v, th)
        if isinstance(v, bool):
            return "是" if v else "否"
        if isinstance(v, str):
            return v
        s = fnum(v, th)
        if suffix:
            for u in ("万元", "%", "台/套", "个", "项", "人", "次", "TB", "台"):
                if key.endswith(f"（{u}）"):
                    s += u
                    break
        return s

    form_cell = cell

    # ---------------------------------------------------------- registry
    def add(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        path = self.dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def fact(self, file, page, label, value, unit, normalized, quote=None, row_label="", column_label="",
             component="", image_only=True):
        assert label in LABELS or label in ("平台相关研发投入（万元）",), label
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row_label,
                               column_label=column_label, component=component, image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))

    # ---------------------------------------------------------- truth
    def truth(self) -> dict:
        rows = []
        for lab in LABELS:
            v = self.D[lab]
            rows.append(dict(label=lab, value=summary_value(lab, v, self), normalized=v))
        return dict(schema_version=1, package_id=self.pid, description=self.description,
                    path=f"packages/{self.pid}", delivery="folder",
                    platform=dict(list_no=self.list_no, listed_name=self.listed_name, company=self.company,
                                  declared_name=self.declared_name, participated_2023=self.p2023),
                    layout=self.layout, files=dict(sorted(self.files.items())), secrets=self.secrets,
                    summary_rows=rows, evidence_facts=self.facts, problems=self.problems)

    def write_truth(self):
        out = ROOT / "truth" / f"{self.pid}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(self.truth(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- audit

def audit(P: Pkg) -> list[str]:
    """Computable inconsistencies of the declared values (names), used to assert what was planted."""
    D = P.D
    bad = []

    def eq(name, a, b, tol=0.0051):
        if abs(a - b) > tol:
            bad.append(name)

    eq("identity:人数", D["运维人数（人）"] + D["运营人数（人）"], D["平台团队总人数（人）"])
    rev = D["平台相关营业收入（万元）"]
    eq("formula:研发强度", r2(D["平台相关研发投入（万元）"] / rev * 100), D["平台相关研发投入强度（%）"])
    eq("formula:利润率", r2(P.profit / rev * 100), D["平台利润率（%）"])
    eq("formula:投资回报率", r2(P.profit / D["平台建设金额（万元）"] * 100), D["投资回报率（%）"])
    eq("formula:存储利用率", r2(D["存储工业数据量（TB）"] / D["存储容量（TB）"] * 100), D["存储资源利用率（%）"])
    eq("formula:付费用户占比", r2(D["付费企业数（个）"] / D["注册企业用户数（个）"] * 100), D["付费用户占比（%）"])
    g = D["平台近三年经营指标情况"]
    eq("growth:2023", r2((g["2023年平台营收（万元）"] / g["2022年平台营收（万元）"] - 1) * 100), g["2023年增长率（%）"])
    eq("growth:2022", r2((g["2022年平台营收（万元）"] / g["2021年平台营收（万元）"] - 1) * 100), g["2022年增长率（%）"])
    eq("growth:2021", r2((g["2021年平台营收（万元）"] / P.rev2020 - 1) * 100), g["2021年增长率（%）"])
    eq("form:营收=2023", g["2023年平台营收（万元）"], rev)
    for a, b in [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                 ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                 ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                 ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
                 ("公有云工业APP数量（个）", "工业APP数量（个）"),
                 ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
                 ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
                 ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                 ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
                 ("活跃开发者数（个）", "开发者注册总数（个）"),
                 ("实际服务企业数（个）", "注册企业用户数（个）"),
                 ("付费企业数（个）", "实际服务企业数（个）"),
                 ("服务本市企业数量（个）", "实际服务企业数（个）"),
                 ("服务中小企业数量（个）", "实际服务企业数（个）"),
                 ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
                 ("工业APP数量（个）", "工业软件总量（个）"),
                 ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
                 ("公有云数据总量（TB）", "存储工业数据量（TB）"),
                 ("存储工业数据量（TB）", "存储容量（TB）")]:
        if D[a] > D[b]:
            bad.append(f"subset:{a}>{b}")
    sums = [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
            ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
            ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
            ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
            ("按分类统计工业APP数量（个）", "工业APP数量（个）"),
            ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
            ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
            ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"),
            ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"),
            ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]
    if D["按海外国家分类统计海外设备连接数量（台/套）"]:
        sums.append(("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"))
    for a, b in sums:
        if sum(D[a].values()) != D[b]:
            bad.append(f"breakdown_sum:{a}")
    if D["基于平台开发的工业APP数量（个）"] + D["云化工业软件数量（个）"] != D["工业APP数量（个）"]:
        bad.append("identity:APP构成")
    if D["按省市区域统计服务企业数（个）"].get("上海") != D["服务本市企业数量（个）"]:
        bad.append("breakdown:本市")
    return bad
