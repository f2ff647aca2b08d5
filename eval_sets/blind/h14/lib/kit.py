"""Shared bits of the package specs: fact strings, meta blocks, truth assembly, IP lists."""
from __future__ import annotations

import json
import random
from pathlib import Path

from .pdfdoc import F


def fx(label, quote, normalized, unit, row="", col="", comp="", value=None, text=None):
    """F string for an evidence fact; text = what is drawn (defaults to quote)."""
    return F(text if text is not None else quote, quote=quote, label=label, value=value if value is not None else quote,
             unit=unit, normalized=normalized, row_label=row, column_label=col, component=comp)


def yuan(wan):
    """万元 -> 元 string with separators (2 decimals), deterministic cents."""
    cents = int(round(wan * 100))  # deterministic yuan tail < 50 元 so that 元 / 10000 rounds back to wan
    tail = (cents * 7919 % 4999) / 100.0
    return f"{cents * 100 + tail:,.2f}"


def head_rows(meta, D, T):
    """附件4 rows that do not come from the 指标明细表."""
    h = {}
    h["序号"] = (str(meta["list_no"]), meta["list_no"])
    h["企业名称"] = (meta["company"], meta["company"])
    h["平台名称"] = (meta["platform_name"], meta["platform_name"])
    h["平台性质"] = (meta["nature"], meta["nature"])
    c = meta["contacts"][0]
    h["联系人姓名"] = (c[0], c[0])
    h["联系人手机号"] = (c[2], c[2])
    h["联系人电子邮箱"] = (c[3], c[3])
    h["评审会现场地址信息"] = (meta["venue"], meta["venue"])
    h["平台网址"] = (meta["url"], meta["url"])
    h["建设时间"] = (meta["period"], meta["period"])
    h["平台建设金额（万元）"] = (f"{D['build']:.2f}", round(D["build"], 2))
    h["平台建设方式"] = (meta["build_mode"], meta["build_mode"])
    h["平台运营模式"] = (meta["op_mode"], meta["op_mode"])
    h["部署方式"] = (meta["deploy"], meta["deploy"])
    return h


def platform_rows(meta, D, T, intro, effect):
    g = D["growth"]
    r = D["revs"]
    rows = [
        ("平台名称", meta["platform_name_cell"]),
        ("建设时间", meta["period_cell"]),
        ("平台建设金额（万元）", f"{D['build']:.2f}"),
        ("平台近三年经营指标情况", "\n".join(f"{y} 年平台营收 {r[y]:.2f} 万元/增长率 {g[y]:.2f}%" for y in (2021, 2022, 2023))
         + "\n注：此处数据需将平台相关收益单列，而非整个公司的财务数据。"),
        ("平台建设方式", meta["build_mode_cell"]),
        ("平台运营模式", meta["op_mode_cell"]),
        ("IaaS 基础设施", meta["iaas_cell"]),
        ("部署方式", meta["deploy_cell"]),
        ("平台网址", f"{meta['url']}\n演示账号：{meta['demo_user']}  密码：{meta['demo_pwd']}"),
        ("平台基本情况介绍", intro),
        ("平台建设成效", effect),
    ]
    return rows


def ip_list(prefix_company, n, kind, seed, start_year=2016):
    rng = random.Random(seed)
    rows = []
    topics_p = ["一种基于边缘计算的{}数据采集方法", "一种{}设备故障预测方法及系统", "一种{}工艺参数优化方法", "{}多源数据融合装置",
                "一种面向{}的数字孪生建模方法", "一种{}能耗在线监测系统", "基于知识图谱的{}异常诊断方法", "一种{}供应链协同调度方法"]
    topics_s = ["{}设备远程监控软件", "{}能效管理系统", "{}工业APP开发平台", "{}质量追溯系统", "{}数据中台软件", "{}安全生产管理系统",
                "{}设备健康管理软件", "{}协同采购管理平台", "{}标识解析服务软件", "{}碳排放核算软件"]
    for i in range(n):
        if kind == "patent":
            t = rng.choice(topics_p).format(prefix_company[1])
            y = rng.randint(start_year, 2024)
            typ = rng.choice(["发明专利", "发明专利", "实用新型"])
            no = f"ZL{y - rng.randint(1, 3)}{rng.randint(1, 2)}{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}"
            rows.append([str(i + 1), t + ("" if i < 8 else f"（{i + 1}）" if rng.random() < 0.2 else ""), typ, no,
                         f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", prefix_company[0]])
        else:
            t = rng.choice(topics_s).format(prefix_company[1]) + f" V{rng.randint(1, 5)}.{rng.randint(0, 9)}"
            y = rng.randint(start_year, 2024)
            rows.append([str(i + 1), t, f"{y}SR{rng.randint(100000, 1999999):07d}",
                         f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", prefix_company[0]])
    return rows


def write_truth(path, data):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
