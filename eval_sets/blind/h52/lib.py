"""Helpers of blind set h52: number writing styles, the 附件4/附件2 labels, value synthesis, writers.

Written from the notice alone (附件2 指标明细表 + 填报指引, 附件3, 附件4, 附件5, 附件6, 附录A–F).
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from eval_sets.generator import fonts

# --------------------------------------------------------------------------- number writing

_FW = str.maketrans("0123456789.,%-()/:", "０１２３４５６７８９．，％－（）／：")


def fw(text: str) -> str:
    """Full-width digits and punctuation, as typed with a Chinese IME in full-width mode."""
    return str(text).translate(_FW)


def comma(n: int) -> str:
    return f"{n:,}"


def sep(n: int, ch: str) -> str:
    return f"{n:,}".replace(",", ch)


def f2(x: float) -> str:
    return f"{x:.2f}"


def c2(x: float) -> str:
    return f"{x:,.2f}"


_DIG = "零一二三四五六七八九"


def _cn4(n: int, two: bool) -> str:
    """0 < n < 10000."""
    units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    started = False
    for value, unit in units:
        d = n // value % 10
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        if d == 2 and two and unit in ("千",) and not started:
            out += "两" + unit
        elif d == 1 and unit == "十" and not started:
            out += "十"
        else:
            out += _DIG[d] + unit
        started = True
    return out


def cn(n: int, two: bool = False) -> str:
    """Chinese numeral: 1204 → 一千二百零四, 2318 → 二千三百一十八 (两千… with two=True)."""
    if n == 0:
        return "零"
    parts = []
    wan, low = divmod(n, 10000)
    if wan:
        parts.append(_cn4(wan, two) + "万")
        if low and low < 1000:
            parts.append("零")
    if low:
        text = _cn4(low, two)
        if wan and low < 100 and low >= 10 and text.startswith("十"):
            text = "一" + text
        if parts or n >= 100:
            text = text.replace("零十", "零一十")
        parts.append(text)
    out = "".join(parts)
    # 一百一十八 rather than 一百十八
    out = out.replace("百十", "百一十").replace("千十", "千零一十")
    return out


def cn_date(y: int, m: int, d: int | None = None) -> str:
    yy = "".join("〇一二三四五六七八九"[int(c)] for c in str(y))
    s = f"{yy}年{cn(m)}月"
    if d:
        s += f"{cn(d)}日"
    return s


# --------------------------------------------------------------------------- labels

A4_LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(A4_LABELS) == 103

# 指标明细表: (一级, 二级, 三级, 内容 as printed, key). key = 附件4 label or "T:<text key>".
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
FORM_ROWS = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "T:定位"),
    (L1A, "", "", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "T:政策"),
    (L1A, "", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "T:纳入"),
    (L1A, "", "", "是否制定了平台专项规划", "T:规划"),
    (L1A, "", "", "平台团队总人数（人）", "平台团队总人数（人）"),
    (L1A, "", "", "其中：运维人数（人）", "运维人数（人）"),
    (L1A, "", "", "运营人数（人）", "运营人数（人）"),
    (L1A, "", "", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    (L1A, "", "", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    (L1A, "", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    (L1A, "", "", "平台利润率（%）", "平台利润率（%）"),
    (L1A, "", "", "付费用户占比（%）", "付费用户占比（%）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    (L1B, "", "", "按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
    (L1B, "", "", "按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
    (L1B, "", "", "其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    (L1B, "", "", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
    (L1B, "", "", "按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
    (L1B, "", "", "其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    (L1B, "", "", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
    (L1B, "", "", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
    (L1B, "", "", "其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    (L1B, "", "", "其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    (L1B, "", "", "工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）"),
    (L1B, "", "", "其他资源汇聚情况", "T:其他资源"),
    (L1B, "", "2.1.2 工业软件/APP", "工业软件总量（个）", "工业软件总量（个）"),
    (L1B, "", "", "工业APP数量（个）", "工业APP数量（个）"),
    (L1B, "", "", "其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    (L1B, "", "", "云化工业软件数量（个）", "云化工业软件数量（个）"),
    (L1B, "", "", "按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）"),
    (L1B, "", "", "按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）"),
    (L1B, "", "", "工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
    (L1B, "", "", "其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    (L1B, "", "", "公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
    (L1B, "", "", "杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）"),
    (L1B, "", "", "杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）"),
    (L1B, "", "", "其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    (L1B, "", "", "其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    (L1B, "", "", "其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    (L1B, "", "", "其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", "T:边缘"),
    (L1B, "", "", "其他数据采集能力", "T:其他采集"),
    (L1B, "", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "T:可拓展"),
    (L1B, "", "", "云化服务器算力", "T:算力"),
    (L1B, "", "", "平台实际用云量（台）", "平台实际用云量（台）"),
    (L1B, "", "", "平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    (L1B, "", "", "存储容量（TB）", "存储容量（TB）"),
    (L1B, "", "", "存储工业数据量（TB）", "存储工业数据量（TB）"),
    (L1B, "", "", "公有云数据总量（TB）", "公有云数据总量（TB）"),
    (L1B, "", "", "存储资源利用率（%）", "存储资源利用率（%）"),
    (L1B, "", "", "数据基础管理能力", "T:数据管理"),
    (L1B, "", "2.2.3 数据建模和分析", "工业机理模型数量（个）", "工业机理模型数量（个）"),
    (L1B, "", "", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    (L1B, "", "", "核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    (L1B, "", "", "按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    (L1B, "", "", "是否提供通用建模分析算法", "T:通用算法"),
    (L1B, "", "", "智能分析算法类型", "T:算法类型"),
    (L1B, "", "", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L1B, "", "", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "T:社区"),
    (L1B, "", "", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L1B, "", "", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L1B, "", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "T:语言"),
    (L1B, "", "", "平台应用开发框架", "T:框架"),
    (L1B, "", "", "平台应用开发工具", "T:工具"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    (L1B, "", "", "建立的安全制度保护了平台的哪些方面", "T:安全方面"),
    (L1B, "", "", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    (L1B, "", "", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    (L1B, "", "2.5.2 安全技术保障", "采用何种安全技术情况", "T:安全技术"),
    (L1B, "", "", "核心数据安全保护手段", "T:数据保护"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", "注册企业用户数（个）"),
    (L1C, "", "", "其中：实际服务企业数（个）", "实际服务企业数（个）"),
    (L1C, "", "", "按行业统计服务企业数（个）", "按行业统计服务企业数（个）"),
    (L1C, "", "", "按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）"),
    (L1C, "", "", "其中：付费企业数（个）", "付费企业数（个）"),
    (L1C, "", "", "其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    (L1C, "", "", "其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    (L1C, "", "", "平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
    (L1C, "", "", "平台交易规模年增长率（%）", "平台交易规模年增长率（%）"),
    (L1C, "", "", "工业APP订阅总数量（个）", "工业APP订阅总数量（个）"),
    (L1C, "", "", "其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    (L1C, "", "", "工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）"),
    (L1C, "", "", "平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）"),
    (L1C, "", "", "平台国产化率（%）", "平台国产化率（%）"),
    (L1C, "", "", "平台是否服务上海智能工厂，数量", "平台是否服务上海智能工厂，数量"),
    (L1C, "", "", "平台服务园区总数（个）", "平台服务园区总数（个）"),
    (L1C, "", "", "平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）"),
    (L1C, "", "", "其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
    (L1C, "", "3.1.2 平台应用价值", "投资回报率（%）", "投资回报率（%）"),
    (L1C, "", "", "企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    (L1C, "", "", "关键技术自主可控", "T:自主可控"),
    (L1C, "", "", "解决方案累计对企业/用户新增效益", "T:新增效益"),
    (L1C, "", "", "解决方案累计对企业/用户降低成本", "T:降低成本"),
    (L1C, "", "", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    (L1C, "", "", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    (L1C, "", "", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    (L1C, "", "", "平台数据价值挖掘应用能力", "T:数据价值"),
    (L1C, "", "", "工业互联网平台+供应链协同应用情况", "T:供应链"),
    (L1C, "", "", "平台有否与新技术的融合应用", "T:新技术"),
    (L1C, "", "", "平台现有特色指数（个）", "平台现有特色指数（个）"),
    (L1C, "", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    (L1C, "", "", "平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    (L1C, "", "", "平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
    (L1C, "", "", "平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
    (L1C, "", "", "平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
    (L1C, "", "", "平台牵头/参与标准制定情况（国家标准、行业标准）", "T:标准"),
    (L1C, "", "", "平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    (L1C, "", "", "平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    (L1C, "", "", "平台社会贡献率（%）", "平台社会贡献率（%）"),
    (L1C, "", "", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "T:贡献"),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "T:开放机制"),
    (L1C, "", "", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L1C, "", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L1C, "", "", "跨平台调用功能建设情况", "T:跨平台"),
    (L1C, "", "", "新产业、新模式培育情况", "T:新模式"),
]

APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, keys: list[str], rng: random.Random, weights: list[float] | None = None) -> dict[str, int]:
    """Integer parts in the order of keys, summing to total, each ≥1."""
    weights = weights or [rng.uniform(0.5, 3.0) for _ in keys]
    s = sum(weights)
    parts = [max(1, int(total * w / s)) for w in weights]
    parts[0] += total - sum(parts)
    assert parts[0] > 0 and sum(parts) == total
    return dict(zip(keys, parts))


def scale(breakdown: dict[str, int], total: int) -> dict[str, int]:
    """Same keys, proportional, summing to total."""
    s = sum(breakdown.values())
    out = {k: max(0, int(v * total / s)) for k, v in breakdown.items()}
    first = next(iter(out))
    out[first] += total - sum(out.values())
    return out


def bd_text(d: dict[str, int], num=str) -> str:
    return "、".join(f"{k}：{num(v)}" for k, v in d.items())


# --------------------------------------------------------------------------- zip / office determinism

FIXED_DT = (2024, 7, 15, 9, 0, 0)


def normalize_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps dcterms:modified with the save time
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2024-07-15T09:00:00Z\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def fix_docx_props(doc, author: str) -> None:
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 7, 15, 9, 0, 0)
    cp.modified = dt.datetime(2024, 7, 15, 9, 0, 0)
    cp.last_printed = dt.datetime(2024, 7, 15, 9, 0, 0)
    cp.revision = 1
    cp.title = ""
    cp.comments = ""


def fix_xlsx_props(wb, author: str) -> None:
    import datetime as dt
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2024, 7, 15, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 7, 15, 9, 0, 0)


# --------------------------------------------------------------------------- drawing (scans, screenshots)

A4_PX = (1240, 1754)  # 150 dpi


def seal(img: Image.Image, center: tuple[int, int], text: str, radius: int = 150, rng: random.Random | None = None) -> None:
    """Red round seal with a star and the company name around the top."""
    import math
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    cx, cy = center
    red = (205, 30, 35, 170)
    d.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=red, width=8)
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = radius * (0.28 if k % 2 == 0 else 0.11)
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(int(radius * 0.22))
    n = len(text)
    span = math.radians(220)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        r = radius * 0.74
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        glyph = Image.new("RGBA", (int(radius * 0.3), int(radius * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    img.paste(base.convert("RGB"))


def text_page(lines: list[tuple[str, int]], title: str | None = None) -> Image.Image:
    """A4 page at 150 dpi with lines (text, size); long lines wrap."""
    img = Image.new("RGB", A4_PX, (255, 255, 255))
    d = ImageDraw.Draw(img)
    y = 110
    if title:
        f = fonts.pil_font(40)
        d.text((A4_PX[0] / 2, y), title, font=f, fill=(20, 20, 20), anchor="mt")
        y += 90
    for text, size in lines:
        f = fonts.pil_font(size)
        maxw = A4_PX[0] - 220
        cur = ""
        for ch in text:
            if d.textlength(cur + ch, font=f) > maxw:
                d.text((110, y), cur, font=f, fill=(25, 25, 25))
                y += int(size * 1.5)
                cur = ch
            else:
                cur += ch
        d.text((110, y), cur, font=f, fill=(25, 25, 25))
        y += int(size * 1.6)
    return img


def scanify(img: Image.Image, rng: random.Random) -> Image.Image:
    """Paper tone, slight skew, blur and noise."""
    angle = rng.uniform(-0.8, 0.8)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 248, 242))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    w, h = img.size
    for _ in range(2500):
        x, y = rng.randrange(w), rng.randrange(h)
        g = rng.randrange(150, 235)
        px[x, y] = (g, g, g)
    tone = Image.new("RGB", img.size, (248, 245, 236))
    return Image.blend(img, tone, 0.12)


def images_pdf(path: Path, images: list[Image.Image]) -> None:
    """Image-only PDF (no text layer), deterministic (reportlab invariant)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor("")
    c.setProducer("scanner")
    for img in images:
        buf = io.BytesIO()
        img.convert("RGB").save(buf, format="JPEG", quality=72, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
