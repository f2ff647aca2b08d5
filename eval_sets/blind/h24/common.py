"""Package model and the renderers of the applicant's own documents (附件1–5)."""
from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

import kit
from labels import LABELS

ROOT = Path(__file__).resolve().parent

# (一级, 二级, 三级, 内容 as printed in 附件2, key: 附件4 label or t:text key)
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
FORM_ROWS = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "t:定位"),
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t:政策"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "t:战略"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", "t:专项规划"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "平台团队总人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", "运维人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", "运营人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", "平台利润率（%）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", "付费用户占比（%）"),
]
_A = (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力")
for c, k in [
    ("连接的工业设备/产品/产线种类及数量（台/套）", None), ("按二级分类统计工业设备数量（台/套）", None),
    ("按省市区域统计工业设备数量（台/套）", None), ("其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("按二级分类统计公有云工业设备数量（台/套）", None), ("按省市区域统计公有云工业设备数量（台/套）", None),
    ("其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", None), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", None),
    ("其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    ("工业协议兼容适配数量（个）", None), ("其他资源汇聚情况", "t:其他资源"),
]:
    FORM_ROWS.append(_A + (c, k or c))
_A = (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP")
for c, k in [
    ("工业软件总量（个）", None), ("工业APP数量（个）", None), ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    ("云化工业软件数量（个）", None), ("按分类统计工业APP数量（个）", None), ("按行业统计工业APP数量（个）", None),
    ("工业APP平均月活跃数量（个）", None), ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    ("公有云杀手锏APP平均日在线用户数（个）", None), ("杀手锏APP日活次数（次）", None), ("杀手锏APP月平均收入（万元）", None),
    ("其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
]:
    FORM_ROWS.append(_A + (c, k or c))
for l2, l3, c, k in [
    ("2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", "t:边缘"),
    ("2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", "t:其他采集"),
    ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "t:拓展云"),
    ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "云化服务器算力", "t:算力"),
    ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", None),
    ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", None),
    ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储容量（TB）", None),
    ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", None),
    ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", None),
    ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", None),
    ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "数据基础管理能力", "t:数据管理"),
    ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "工业机理模型数量（个）", None),
    ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", None),
    ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", None),
    ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "是否提供通用建模分析算法", "t:通用算法"),
    ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "智能分析算法类型", "t:算法类型"),
    ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", None),
    ("2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", None),
    ("2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    ("2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "t:社区"),
    ("2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", None),
    ("2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    ("2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "t:语言"),
    ("2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "t:框架"),
    ("2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "t:工具"),
    ("2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    ("2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "t:保护方面"),
    ("2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    ("2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    ("2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "t:安全技术"),
    ("2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "t:数据保护"),
]:
    FORM_ROWS.append((L1B, l2, l3, c, k or c))
_A = (L1C, "3.1 平台应用", "3.1.1 平台应用规模")
for c, k in [
    ("注册企业用户数（个）", None), ("其中：实际服务企业数（个）", "实际服务企业数（个）"), ("按行业统计服务企业数（个）", None),
    ("按省市区域统计服务企业数（个）", None), ("其中：付费企业数（个）", "付费企业数（个）"),
    ("其中：服务本市企业数量（个）", "服务本市企业数量（个）"), ("其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"), ("平台交易规模年增长率（%）", None),
    ("工业APP订阅总数量（个）", None), ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    ("工业APP订阅总金额（万元）", None), ("平台连接工业设备利用率（%）", None), ("平台国产化率（%）", None),
    ("平台是否服务上海智能工厂，数量", None), ("平台服务园区总数（个）", None), ("平台提供的解决方案总数（个）", None),
    ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
]:
    FORM_ROWS.append(_A + (c, k or c))
_A = (L1C, "3.1 平台应用", "3.1.2 平台应用价值")
for c, k in [
    ("投资回报率（%）", None), ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"), ("关键技术自主可控", "t:自主可控"),
    ("解决方案累计对企业/用户新增效益", "t:新增效益"), ("解决方案累计对企业/用户降低成本", "t:降低成本"),
    ("平台连接工业设备运维成本平均下降率（%）", None), ("平台连接工业设备能耗平均下降率（%）", None),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", None), ("平台数据价值挖掘应用能力", "t:价值挖掘"),
    ("工业互联网平台+供应链协同应用情况", "t:供应链"), ("平台有否与新技术的融合应用", "t:新技术"), ("平台现有特色指数（个）", None),
]:
    FORM_ROWS.append(_A + (c, k or c))
_A = (L1C, "3.1 平台应用", "3.1.3 平台带动成效")
for c, k in [
    ("平台核心软硬件技术获得的专利数量（项）", None), ("平台核心软硬件技术获得的软著数量（个）", None),
    ("平台是否有自研形成的核心技术突破", None), ("平台是否具备碳管理服务能力", None), ("平台是否融合使用国家标识解析系统", None),
    ("平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准"), ("平台获得省部级及以上奖项/荣誉数量（个）", None),
    ("平台建设与运营带动新增就业人数（人）", None), ("平台社会贡献率（%）", None),
    ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:贡献"),
]:
    FORM_ROWS.append(_A + (c, k or c))
for l2, l3, c, k in [
    ("3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "t:开放机制"),
    ("3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", None),
    ("3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", None),
    ("3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "t:跨平台"),
    ("3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "t:新模式"),
]:
    FORM_ROWS.append((L1C, l2, l3, c, k or c))

for r in FORM_ROWS:
    assert r[4].startswith("t:") or r[4] in LABELS, r


# ---------------------------------------------------------------- values
def split(total: int, weights: dict) -> dict:
    s = sum(weights.values())
    out = {k: int(total * w / s) for k, w in weights.items()}
    rest = total - sum(out.values())
    for k in list(out)[:rest]:
        out[k] += 1
    return out


def bd(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def num(v):
    return f"{v:.2f}" if isinstance(v, float) else str(v)


class Pkg:
    """One application package: declared values V (附件4 label -> (text, normalized)), texts, meta."""

    def __init__(self, pid, meta, V, texts, cells=None):
        self.pid, self.meta, self.V, self.texts = pid, meta, V, texts
        self.cells = cells or {}  # form-cell overrides (text printed in 申报表)
        self.proof = {}  # key -> 证明资料 text
        self.summary_override = {}  # label -> text printed in the applicant's 汇总表 (when it differs)
        self.files = {}
        self.facts = []
        self.problems = []
        self.dir = ROOT / "packages" / pid

    def cell(self, key):
        if key in self.cells:
            return self.cells[key]
        if key.startswith("t:"):
            return self.texts.get(key[2:], "")
        return self.V[key][0]

    def add(self, rel, role):
        self.files[rel] = role
        return self.dir / rel

    def fact(self, label, value, unit, normalized, file, page, quote=None, row="", col="", component="", image=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row, column_label=col,
                               component=component, image_only=image))

    def problem(self, fam, fields, files, sev, desc):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{fam}", family=fam, fields=fields, files=files,
                                  severity=sev, description=desc))


def make_values(q: dict) -> dict:
    """q: primary numbers of a platform. Returns {label: (text, normalized)} for the 103 附件4 rows."""
    V = {}

    def put(label, text, norm=None):
        V[label] = (str(text), norm if norm is not None else text)

    m = q["meta"]
    put("序号", str(m["list_no"]), m["list_no"])
    put("企业名称", m["company"], m["company"])
    put("平台名称", m["declared_name"], m["declared_name"])
    put("平台性质", m["nature"], m["nature"])
    put("联系人姓名", m["contact"], m["contact"])
    put("联系人手机号", m["phone"], m["phone"])
    put("联系人电子邮箱", m["email"], m["email"])
    put("评审会现场地址信息", m["site"], m["site"])
    put("平台网址", m["url"], m["url"])
    put("建设时间", m["build"], m["build"])
    put("平台建设金额（万元）", f"{q['invest']:.2f}", q["invest"])
    rev = q["rev"]  # {2021: x, 2022: y, 2023: z}
    g = q["growth"]
    parts, norm = [], {}
    for y in (2021, 2022, 2023):
        parts.append(f"{y}年平台营收{rev[y]:.2f}万元/增长率{g[y]:.2f}%")
        norm[f"{y}年平台营收（万元）"] = rev[y]
        norm[f"{y}年增长率（%）"] = g[y]
    put("平台近三年经营指标情况", "；".join(parts), norm)
    put("平台建设方式", m["build_mode"], m["build_mode"])
    put("平台运营模式", m["op_mode"], m["op_mode"])
    put("部署方式", m["deploy"], m["deploy"])
    for lab, key in [("平台团队总人数（人）", "team"), ("运维人数（人）", "ops"), ("运营人数（人）", "opr"),
                     ("有相关技术职称/从业资格的人数（人）", "qual")]:
        put(lab, str(q[key]), q[key])
    put("平台相关研发投入（万元）", f"{q['rd']:.2f}", q["rd"])
    put("平台相关研发投入强度（%）", f"{q['rd_int']:.2f}", q["rd_int"])
    put("平台相关营业收入（万元）", f"{rev[2023]:.2f}", rev[2023])
    put("平台利润率（%）", f"{q['margin']:.2f}", q["margin"])
    put("付费用户占比（%）", f"{q['paid_ratio']:.2f}", q["paid_ratio"])
    dev = q["dev"]
    put("连接的工业设备/产品/产线种类及数量（台/套）", str(dev), dev)
    cat, reg = q["dev_cat"], q["dev_reg"]
    pub_ratio, run_ratio = q["pub"] / dev, q["run"] / q["pub"]
    put("按二级分类统计工业设备数量（台/套）", bd(split(dev, cat)), split(dev, cat))
    put("按省市区域统计工业设备数量（台/套）", bd(split(dev, reg)), split(dev, reg))
    put("公有云工业设备连接数量（台/套）", str(q["pub"]), q["pub"])
    put("按二级分类统计公有云工业设备数量（台/套）", bd(split(q["pub"], cat)), split(q["pub"], cat))
    put("按省市区域统计公有云工业设备数量（台/套）", bd(split(q["pub"], reg)), split(q["pub"], reg))
    put("公有云工业设备平均日运行数量（台/套）", str(q["run"]), q["run"])
    put("按二级分类统计公有云工业设备平均日运行数量（台/套）", bd(split(q["run"], cat)), split(q["run"], cat))
    put("按省市区域统计公有云工业设备平均日运行数量（台/套）", bd(split(q["run"], reg)), split(q["run"], reg))
    ov = q["overseas"]
    put("海外设备连接数量（台/套）", str(sum(ov.values())), sum(ov.values()))
    if ov:
        put("按海外国家分类统计海外设备连接数量（台/套）", bd(ov), dict(ov))
    else:
        V["按海外国家分类统计海外设备连接数量（台/套）"] = ("", None)
    ints = ["工业协议兼容适配数量（个）", "工业软件总量（个）", "工业APP数量（个）", "基于平台开发的工业APP数量（个）",
            "云化工业软件数量（个）", "工业APP平均月活跃数量（个）", "杀手锏APP数量（个）", "公有云杀手锏APP平均日在线用户数（个）",
            "杀手锏APP日活次数（次）", "公有云工业APP数量（个）", "公有云工业APP平均日活跃数量（个）",
            "平台公有云实际使用数量（台）", "工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）",
            "核心工业模型平均月调用用户数量（个）", "微服务数量（个）", "活跃微服务数量（一周调用5次以上）（个）",
            "开发者注册总数（个）", "活跃开发者数（个）", "注册企业用户数（个）", "实际服务企业数（个）", "付费企业数（个）",
            "服务本市企业数量（个）", "服务中小企业数量（个）", "工业APP订阅总数量（个）", "杀手锏工业APP订阅数量（个）",
            "平台服务园区总数（个）", "平台提供的解决方案总数（个）", "平台现有特色指数（个）",
            "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）",
            "平台获得省部级及以上奖项/荣誉数量（个）", "平台建设与运营带动新增就业人数（人）", "合作平台数量（个）"]
    floats = ["杀手锏APP月平均收入（万元）", "平台实际用云量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）",
              "存储资源利用率（%）", "平台交易规模年增长率（%）", "工业APP订阅总金额（万元）", "平台连接工业设备利用率（%）",
              "平台国产化率（%）", "投资回报率（%）", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
              "平台连接工业设备安全生产持续时间平均提升率（%）", "平台社会贡献率（%）"]
    for lab in ints:
        put(lab, str(q[lab]), q[lab])
    for lab in floats:
        put(lab, f"{q[lab]:.2f}", q[lab])
    for lab in ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）",
                "按行业统计公有云工业APP平均日活跃数量（个）", "按分类统计工业模型数量（个）", "按行业统计服务企业数（个）",
                "按省市区域统计服务企业数（个）", "按新模式统计解决方案数量（个）"]:
        put(lab, bd(q[lab]), dict(q[lab]))
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", q["speed"][0], q["speed"][1])
    for lab in ["平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
                "平台是否融合使用国家标识解析系统"]:
        yes = q["yn"].get(lab, True)
        put(lab, "是" if yes else "否", yes)
    o = q["orders"]
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{o[0]}个；截至填表日前一年：{o[1]}个",
        {"2023年自然年": o[0], "截至填表日前一年": o[1]})
    sf = q["smart_factory"]
    put("平台是否服务上海智能工厂，数量", f"是，{sf}家" if sf else "否", sf if sf else 0)
    put("平台开放共享数据的形式及数量", q["open_data"], q["open_data"])
    assert list(V) == LABELS or set(V) == set(LABELS), set(LABELS) ^ set(V)
    return V


# ---------------------------------------------------------------- 申报表
def form_cover_lines(p: Pkg):
    m = p.meta
    return [("申报年度", "2024 年度"), ("平台名称", m["declared_name"]), ("申报单位", m["company"] + "（公章）"),
            ("联 系 人", m["contact"]), ("联系人电话", m["phone"])]


def section2_rows(p: Pkg):
    m = p.meta
    rev, g = p.V["平台近三年经营指标情况"][1], None

    def box(opts, chosen):
        return "  ".join(("☑" if o in chosen else "□") + o for o in opts)

    bm = m["build_mode"]
    build_txt = "☑自建  □合作共建，合作企业名称（必填）：____" if bm == "自建" else \
        f"□自建  ☑合作共建，合作企业名称（必填）：{bm.split('，', 1)[1]}"
    iaas = m.get("iaas", "自建")
    iaas_txt = "☑自建  □租用，服务商名称（必填）：____" if iaas == "自建" else f"□自建  ☑租用，服务商名称（必填）：{iaas}"
    yrs = "\n".join(f"{y}年平台营收 {rev[f'{y}年平台营收（万元）']:.2f} 万元/增长率 {rev[f'{y}年增长率（%）']:.2f}%"
                    for y in (2021, 2022, 2023))
    return [
        ("平台名称", m["declared_name"]),
        ("建设时间", m["build_cn"]),
        ("平台建设金额（万元）", p.V["平台建设金额（万元）"][0]),
        ("平台近三年经营指标情况", yrs),
        ("平台建设方式", build_txt),
        ("平台运营模式", box(["自运营", "联合运营", "委托运营"], [m["op_mode"]])),
        ("IaaS基础设施", iaas_txt),
        ("部署方式", box(["边缘侧", "私有云", "公有云", "混合云"], m["deploy"].split("、"))),
        ("平台网址", f"{m['url']}\n演示账号：{m['account']}  密码：{m['password']}"),
        ("平台基本情况介绍", p.texts["介绍"]),
        ("平台建设成效", p.texts["成效"]),
    ]


def section1_rows(p: Pkg):
    c = p.meta["co"]
    return [
        ("单位（企业）名称", p.meta["company"], "单位（企业）代码", c["uscc"]),
        ("成立日期", c["founded"], "注册地及所在行政区", c["addr"]),
        ("企业类型", c["type"], "注册资本", c["capital"]),
        ("主营业务", c["business"], "法定代表人", c["legal"]),
        ("联系人", p.meta["contact"], "职务", p.meta["title"]),
        ("联系人手机", p.meta["phone"], "电子邮箱", p.meta["email"]),
        ("股权结构", c["equity"], "", ""),
    ]


def ops_rows(p: Pkg):
    c = p.meta["co"]["ops"]
    return [["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
            [f"{c['assets']:.2f}", f"{c['revenue']:.2f}", f"{c['growth']:.2f}", f"{c['debt']:.2f}", f"{c['profit']:.2f}",
             f"{c['tax']:.2f}"]]


def form_docx(p: Pkg, rel: str, columns="levels", unit_suffix=False, proof_first=False):
    """申报表 as DOCX. columns: 'levels' (一级/二级/三级/内容/实际/证明) or 'l3' (三级/内容/实际/证明)."""
    doc = Document()
    kit.docx_font(doc, p.meta.get("docx_font", "宋体"), 10.5)
    for t in ["上海市工业互联网平台应用水平评价", "申报表"]:
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = para.add_run(t)
        r.bold = True
        r.font.size = Pt(20)
    for k, v in form_cover_lines(p):
        doc.add_paragraph(f"{k}：{v}")
    doc.add_paragraph("上海市经济和信息化委员会制")
    doc.add_paragraph(p.meta["date_cn"])
    doc.add_page_break()
    doc.add_paragraph("一、企业基本情况").runs[0].bold = True
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in section1_rows(p):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("申报单位上一年度经营状况（2023 年）")
    t = doc.add_table(rows=0, cols=6)
    t.style = "Table Grid"
    for row in ops_rows(p):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("二、平台基本情况").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in section2_rows(p):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    doc.add_page_break()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表").runs[0].bold = True
    if columns == "levels":
        head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    else:
        head = ["三级指标", "内容", "平台实际情况", "证明资料"]
    if proof_first:
        head[-2], head[-1] = head[-1], head[-2]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
    prev = [None, None, None]
    for l1, l2, l3, content, key in FORM_ROWS:
        val = p.cell(key)
        if unit_suffix and not key.startswith("t:"):
            m = re.search(r"（(台/套|个|人|项|次|台)）$", content)
            if m and re.fullmatch(r"\d+", val):
                val = val + m.group(1)
        proof = p.proof.get(key, "")
        cells = t.add_row().cells
        if columns == "levels":
            lv = [l1, l2, l3]
            row = [lv[i] if lv[i] != prev[i] else "" for i in range(3)] + [content, val, proof]
            prev = lv
        else:
            row = [l3 if l3 != prev[2] else "", content, val, proof]
            prev = [l1, l2, l3]
        if proof_first:
            row[-2], row[-1] = row[-1], row[-2]
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph(f"申报单位（盖章）：{p.meta['company']}        {p.meta['date_cn']}")
    kit.save_docx(doc, p.add(rel, "申报表"), author=p.meta["contact"])


def form_xlsx(p: Pkg, rel: str):
    wb = openpyxl.Workbook()
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "封面及基本情况"
    r = 1
    ws.cell(r, 1, "上海市工业互联网平台应用水平评价申报表").font = Font(bold=True, size=16)
    r += 2
    for k, v in form_cover_lines(p):
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "一、企业基本情况").font = Font(bold=True)
    r += 1
    for row in section1_rows(p):
        for i, v in enumerate(row):
            ws.cell(r, i + 1, v).border = border
        r += 1
    ws.cell(r, 1, "申报单位上一年度经营状况（2023 年）")
    r += 1
    hdr, vals = ops_rows(p)
    for i, (h, v) in enumerate(zip(hdr, vals)):
        ws.cell(r, i + 1, h).border = border
        c = ws.cell(r + 1, i + 1, float(v))
        c.number_format = "0.00"
        c.border = border
    ws2 = wb.create_sheet("平台基本情况")
    ws2.cell(1, 1, "二、平台基本情况").font = Font(bold=True)
    for i, (k, v) in enumerate(section2_rows(p), start=2):
        ws2.cell(i, 1, k).border = border
        c = ws2.cell(i, 2, v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    ws2.column_dimensions["A"].width = 22
    ws2.column_dimensions["B"].width = 90
    ws3 = wb.create_sheet("指标明细表")
    head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for i, h in enumerate(head, 1):
        ws3.cell(1, i, h).font = Font(bold=True)
    start = {0: 2, 1: 2, 2: 2}
    prev = [None, None, None]
    for n, (l1, l2, l3, content, key) in enumerate(FORM_ROWS, start=2):
        lv = [l1, l2, l3]
        for j in range(3):
            if lv[j] != prev[j]:
                if prev[j] is not None and n - 1 > start[j]:
                    ws3.merge_cells(start_row=start[j], start_column=j + 1, end_row=n - 1, end_column=j + 1)
                ws3.cell(n, j + 1, lv[j])
                start[j] = n
        prev = lv
        ws3.cell(n, 4, content)
        val = p.cell(key)
        if not key.startswith("t:") and re.fullmatch(r"\d+", val):
            ws3.cell(n, 5, int(val))
        elif not key.startswith("t:") and re.fullmatch(r"\d+\.\d\d", val):
            c = ws3.cell(n, 5, float(val))
            c.number_format = "0.00"
        else:
            ws3.cell(n, 5, val)
        ws3.cell(n, 6, p.proof.get(key, ""))
    last = len(FORM_ROWS) + 1
    for j in range(3):
        if last > start[j]:
            ws3.merge_cells(start_row=start[j], start_column=j + 1, end_row=last, end_column=j + 1)
    for col, w in zip("ABCDEF", [14, 14, 18, 40, 50, 26]):
        ws3.column_dimensions[col].width = w
    kit.save_xlsx(wb, p.add(rel, "申报表"), author=p.meta["contact"])


def form_scan(p: Pkg, rel: str, seed: int, font="STSong-Light"):
    """Stamped scan of the signed 申报表 (cover, 一、二, 指标明细表)."""
    tmp = p.dir / (rel + ".src.pdf")
    cover = [("sp", 30), ("h", "上海市工业互联网平台应用水平评价"), ("h", "申 报 表"), ("sp", 20)]
    for k, v in form_cover_lines(p):
        cover.append(("pn", f"{k}：{v}"))
    cover += [("sp", 40), ("pn", "上海市经济和信息化委员会制"), ("pn", p.meta["date_cn"])]
    s1 = [("h2", "一、企业基本情况"), ("table", [list(r) for r in section1_rows(p)], [30, 55, 30, 55], {"head": False}),
          ("pn", "申报单位上一年度经营状况（2023 年）"), ("table", ops_rows(p), [28] * 6),
          ("h2", "二、平台基本情况"),
          ("table", [[k, v.replace("\n", "<br/>")] for k, v in section2_rows(p)[:9]], [35, 135], {"head": False})]
    s2 = [("table", [[k, v] for k, v in section2_rows(p)[9:]], [35, 135], {"head": False})]
    rows = [["三级指标", "内容", "平台实际情况", "证明资料"]]
    pages = [cover, s1, s2]
    prev = None
    chunk = []
    for l1, l2, l3, content, key in FORM_ROWS:
        val = p.cell(key)
        if len(val) > 120:
            val = val[:118] + "……"
        chunk.append([l3 if l3 != prev else "", content, val, p.proof.get(key, "")])
        prev = l3
        if len(chunk) == 18:
            pages.append([("table", rows + chunk, [28, 52, 62, 28])])
            chunk = []
    if chunk:
        pages.append([("table", rows + chunk, [28, 52, 62, 28])])
    pages[-1] = pages[-1] + [("sp", 12), ("pn", f"申报单位（盖章）：{p.meta['company']}"), ("pn", p.meta["date_cn"])]
    try:
        kit.text_pdf(tmp, pages, font=font)
    except AssertionError:
        # long cells pushed a page over: regenerate with smaller chunks
        raise
    n = len(pages)
    seals = {0: [(0.62, 0.50, p.meta["company"])], n - 1: [(0.55, 0.80, p.meta["company"])]}
    kit.scan_pdf(tmp, p.add(rel, "申报表扫描件"), seed, seals)


# ---------------------------------------------------------------- 汇总表 附件4
def summary_value(p: Pkg, label):
    if label in p.summary_override:
        return p.summary_override[label]
    v = p.V[label][0]
    return v


def summary_xlsx(p: Pkg, rel: str, horizontal=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    if horizontal:
        for j, lab in enumerate(LABELS, 1):
            ws.cell(1, j, lab).font = Font(bold=True)
            v = summary_value(p, lab)
            if re.fullmatch(r"\d+", v):
                ws.cell(2, j, int(v))
            elif re.fullmatch(r"\d+\.\d+", v):
                c = ws.cell(2, j, float(v))
                c.number_format = "0.00"
            else:
                ws.cell(2, j, v)
    else:
        ws.cell(1, 1, "附件4  平台基本情况汇总表").font = Font(bold=True, size=14)
        ws.merge_cells("A1:C1")
        ws.cell(2, 1, "序")
        ws.cell(2, 2, "项目")
        ws.cell(2, 3, "内容")
        for i, lab in enumerate(LABELS, 3):
            ws.cell(i, 1, i - 2)
            ws.cell(i, 2, lab)
            v = summary_value(p, lab)
            if re.fullmatch(r"\d+", v):
                ws.cell(i, 3, int(v))
            else:
                ws.cell(i, 3, v).alignment = Alignment(wrap_text=True)
        ws.column_dimensions["B"].width = 46
        ws.column_dimensions["C"].width = 70
    kit.save_xlsx(wb, p.add(rel, "汇总表"), author=p.meta["contact"])


def summary_docx(p: Pkg, rel: str):
    doc = Document()
    kit.docx_font(doc, "仿宋", 10.5)
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = para.add_run("平台基本情况汇总表")
    r.bold = True
    r.font.size = Pt(16)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab in LABELS:
        cells = t.add_row().cells
        cells[0].text = lab
        cells[1].text = summary_value(p, lab)
    kit.save_docx(doc, p.add(rel, "汇总表"), author=p.meta["contact"])


# ---------------------------------------------------------------- 承诺 附件5, 联系人 附件1
def commitment_scan(p: Pkg, rel: str, seed: int):
    tmp = p.dir / (rel + ".src.pdf")
    body = [("sp", 25), ("h", "真实性承诺"), ("sp", 10),
            ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                  "如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
            ("p", "特此承诺。"), ("sp", 40), ("pn", f"申报单位：{p.meta['company']}（盖章）"), ("sp", 6),
            ("pn", f"法定代表人：{p.meta['co']['legal']}（签章）"), ("sp", 6), ("pn", p.meta["date_cn"])]
    kit.text_pdf(tmp, [body], font="STSong-Light", body_size=12)
    kit.scan_pdf(tmp, p.add(rel, "承诺"), seed, {0: [(0.55, 0.66, p.meta["company"])]})


def commitment_docx(p: Pkg, rel: str):
    doc = Document()
    kit.docx_font(doc, "仿宋", 14)
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("真实性承诺").bold = True
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                      "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{p.meta['company']}（盖章）")
    doc.add_paragraph(f"法定代表人：{p.meta['co']['legal']}（签章）")
    doc.add_paragraph(p.meta["date_cn"])
    kit.save_docx(doc, p.add(rel, "承诺"), author=p.meta["contact"])


def contact_docx(p: Pkg, rel: str):
    m = p.meta
    doc = Document()
    kit.docx_font(doc, "宋体", 10.5)
    doc.add_paragraph("联系人信息反馈表").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.rows[0].cells[i].text = h
    for i, v in enumerate(["联系人（主）", m["contact"], m["company"], m["title"], m["phone"], m["email"]]):
        t.rows[1].cells[i].text = v
    for i, v in enumerate(["联系人（备用）", m["contact2"], m["company"], m["title2"], m["phone2"], m["email2"]]):
        t.rows[2].cells[i].text = v
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{m['site']}")
    kit.save_docx(doc, p.add(rel, "联系人表"), author=m["contact"])


# ---------------------------------------------------------------- 申报书 附件3
def narrative_sections(p: Pkg, with7: bool, with6=True):
    """[(heading, [paragraph | ('table', rows)])]"""
    t = p.texts
    m = p.meta
    V = p.V
    bench = [["三级指标", "本平台数据", "对标数据"],
             ["1.2.1 创新投入情况", f"研发投入{V['平台相关研发投入（万元）'][0]}万元；研发投入强度{V['平台相关研发投入强度（%）'][0]}%",
              t["对标研发"]],
             ["2.1.1 工业设备连接/汇聚能力", f"连接设备{V['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套；"
                                      f"协议{V['工业协议兼容适配数量（个）'][0]}种", t["对标设备"]],
             ["2.1.2 工业软件/APP", f"工业APP{V['工业APP数量（个）'][0]}个", t["对标APP"]],
             ["3.1.1 平台应用规模", f"实际服务企业{V['实际服务企业数（个）'][0]}家", t["对标规模"]]]
    secs = [
        ("一、申报单位简介", t["单位简介"]),
        ("二、平台建设及运营情况", t["建设运营"] + [("table", bench)] + [t["技术创新点"]]),
        ("三、平台应用成效", t["应用成效"] + [t["应用创新点"]]),
        ("四、平台下一步发展计划", t["计划"]),
        ("五、平台应用案例", t["案例"]),
    ]
    if with6:
        secs.append(("六、附件及其他说明材料", t["附件清单"]))
    if with7:
        secs.append(("七、平台相较上年度对比情况", t["对比"]))
    return secs


def narrative_docx(p: Pkg, rel: str, with7: bool, with6=True, font="仿宋"):
    doc = Document()
    kit.docx_font(doc, font, 12)
    for s in ["上海市工业互联网平台应用水平评价", "申报书"]:
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = para.add_run(s)
        r.bold = True
        r.font.size = Pt(22)
    for k, v in form_cover_lines(p):
        doc.add_paragraph(f"{k}：{v}")
    doc.add_paragraph("上海市经济和信息化委员会制")
    doc.add_paragraph(p.meta["date_cn"])
    doc.add_page_break()
    for head, paras in narrative_sections(p, with7, with6):
        h = doc.add_paragraph()
        rr = h.add_run(head)
        rr.bold = True
        rr.font.size = Pt(14)
        for x in paras:
            if isinstance(x, tuple):
                tb = doc.add_table(rows=0, cols=len(x[1][0]))
                tb.style = "Table Grid"
                for row in x[1]:
                    cells = tb.add_row().cells
                    for i, v in enumerate(row):
                        cells[i].text = v
            else:
                doc.add_paragraph(x)
    kit.save_docx(doc, p.add(rel, "申报书"), author=p.meta["contact"])


def narrative_pdf(p: Pkg, rel: str, with7: bool, with6=True, font="WQY"):
    pages = [[("sp", 40), ("h", "上海市工业互联网平台应用水平评价"), ("h", "申报书"), ("sp", 25)]
             + [("pn", f"{k}：{v}") for k, v in form_cover_lines(p)]
             + [("sp", 40), ("pn", "上海市经济和信息化委员会制"), ("pn", p.meta["date_cn"])]]
    for head, paras in narrative_sections(p, with7, with6):
        blocks = [("h2", head)]
        for x in paras:
            if isinstance(x, tuple):
                blocks.append(("table", x[1], [40, 55, 75]))
            else:
                blocks.append(("p", x))
        pages.append(blocks)
    # sections may span more than one page: build without the page-count assertion
    tmp = p.add(rel, "申报书")
    try:
        kit.text_pdf(tmp, pages, font=font, footers=None, body_size=10.5)
    except AssertionError:
        pass
