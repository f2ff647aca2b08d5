"""Blind set h53 — tables that break. `python -m eval_sets.blind.h53.build [--out DIR]`."""

from __future__ import annotations

import argparse
import json
import random
import shutil
from collections import OrderedDict
from pathlib import Path

from . import data as D
from . import evidence as E
from . import forms as F
from . import lib

HERE = Path(__file__).resolve().parent
REL = "eval_sets/blind/h53"
INDUSTRIES = [("机械", 5), ("黑色金属", 6), ("汽车", 3), ("船舶", 2), ("电力、热力和燃气", 2), ("石化化工", 2), ("建材", 1.5),
              ("有色金属", 1), ("轻工", 1)]
REGIONS = [("上海", 10), ("江苏", 4), ("浙江", 3), ("安徽", 1.5), ("山东", 1.2), ("湖北", 1), ("广东", 1), ("宁波", 0.6)]


def f2(x):
    return f"{x:.2f}"


def bd(d):
    return (D.bd_text(d), dict(d))


def finance(rng):
    r20 = round(rng.uniform(2600, 7800), 2)
    revs = [r20]
    for _ in range(3):
        revs.append(round(revs[-1] * rng.uniform(1.06, 1.24), 2))
    growth = [round((revs[i] / revs[i - 1] - 1) * 100, 2) for i in (1, 2, 3)]
    rd = [round(r * rng.uniform(0.12, 0.19), 2) for r in revs[1:]]
    profit = [round(r * rng.uniform(0.07, 0.15), 2) for r in revs[1:]]
    cost = [round(r - p, 2) for r, p in zip(revs[1:], profit)]
    co_rev = round(rng.uniform(9, 40) * 1e8, 2)
    co_cost = round(co_rev * 0.9, 2)
    return dict(revs=revs[1:], growth=growth, rd=rd, profit=profit,
                platform=dict(rev=revs[1:], rd=rd, profit=profit, cost=cost),
                company=dict(rev=co_rev, cost=co_cost, other=round(co_rev * 0.004, 2), op=round(co_rev - co_cost + co_rev * 0.0056, 2)))


def declare(P, ev, rng):
    """Declared values (label -> (cell text, normalized)) derived from the evidence; problems applied later."""
    V = OrderedDict()
    fin = ev["fin"]
    V["序号"] = (str(P["list_no"]), P["list_no"])
    V["企业名称"] = (P["company"], P["company"])
    V["平台名称"] = (P["name"], P["name"])
    V["平台性质"] = (P["nature"], P["nature"])
    V["联系人姓名"] = (P["person"], P["person"])
    V["联系人手机号"] = (P["phone"], P["phone"])
    V["联系人电子邮箱"] = (P["email"], P["email"])
    V["评审会现场地址信息"] = (P["address"], P["address"])
    V["平台网址"] = (P["url"], P["url"])
    V["建设时间"] = (P["period"], P["period"])
    build = round(rng.uniform(3200, 9800), 2)
    V["平台建设金额（万元）"] = (f2(build), build)
    parts, norm = [], {}
    for y, r, g in zip((2021, 2022, 2023), fin["revs"], fin["growth"]):
        parts.append(f"{y}年平台营收{f2(r)}万元/增长率{f2(g)}%")
        norm[f"{y}年平台营收（万元）"] = r
        norm[f"{y}年增长率（%）"] = g
    V["平台近三年经营指标情况"] = ("；".join(parts), norm)
    V["平台建设方式"] = (P["way"], P["way"])
    V["平台运营模式"] = ("自运营", "自运营")
    V["部署方式"] = (P["deploy"], P["deploy"])
    ops, run = rng.randint(60, 140), rng.randint(30, 90)
    V["平台团队总人数（人）"] = (str(ops + run), ops + run)
    V["运维人数（人）"] = (str(ops), ops)
    V["运营人数（人）"] = (str(run), run)
    q = round((ops + run) * rng.uniform(0.55, 0.8))
    V["有相关技术职称/从业资格的人数（人）"] = (str(q), q)
    rev, rd, pr = fin["revs"][2], fin["rd"][2], fin["profit"][2]
    V["平台相关研发投入（万元）"] = (f2(rd), rd)
    V["平台相关研发投入强度（%）"] = (f2(round(rd / rev * 100, 2)), round(rd / rev * 100, 2))
    V["平台相关营业收入（万元）"] = (f2(rev), rev)
    V["平台利润率（%）"] = (f2(round(pr / rev * 100, 2)), round(pr / rev * 100, 2))
    ents = ev["ents"]
    reg_users = len(ents) + rng.randint(300, 900)
    paid = sum(1 for e in ents if e["paid"])
    V["付费用户占比（%）"] = (f2(round(paid / reg_users * 100, 2)), round(paid / reg_users * 100, 2))
    # devices
    dv = ev["devices"]
    qkey = P.get("device_qty_key", "qty")
    cats = list(dict.fromkeys(r["cat"] for r in dv))
    tot = sum(r[qkey] for r in dv)
    V["连接的工业设备/产品/产线种类及数量（台/套）"] = (str(tot), tot)
    V["按二级分类统计工业设备数量（台/套）"] = bd(D.counter(dv, "cat", cats, qkey))
    V["按省市区域统计工业设备数量（台/套）"] = bd(D.counter(dv, "region", None, qkey))
    pub = sum(r["pub"] for r in dv)
    V["公有云工业设备连接数量（台/套）"] = (str(pub), pub)
    V["按二级分类统计公有云工业设备数量（台/套）"] = bd(D.counter(dv, "cat", cats, "pub"))
    V["按省市区域统计公有云工业设备数量（台/套）"] = bd(D.counter(dv, "region", None, "pub"))
    daily = sum(r["daily"] for r in dv)
    V["公有云工业设备平均日运行数量（台/套）"] = (str(daily), daily)
    V["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = bd(D.counter(dv, "cat", cats, "daily"))
    V["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = bd(D.counter(dv, "region", None, "daily"))
    over = OrderedDict()
    for r in dv:
        if any(ch.isascii() and ch.isalpha() for ch in r["region"]):
            over[r["region"]] = over.get(r["region"], 0) + r[qkey]
    V["海外设备连接数量（台/套）"] = (str(sum(over.values())), sum(over.values()))
    V["按海外国家分类统计海外设备连接数量（台/套）"] = bd(over)
    V["工业协议兼容适配数量（个）"] = (str(rng.randint(80, 260)), None)
    V["工业协议兼容适配数量（个）"] = (V["工业协议兼容适配数量（个）"][0], int(V["工业协议兼容适配数量（个）"][0]))
    # apps
    ap = ev["apps"]
    acats = list(dict.fromkeys(r["cat"] for r in ap))
    na = len(ap)
    V["工业软件总量（个）"] = (str(na + rng.randint(20, 80)), None)
    V["工业软件总量（个）"] = (V["工业软件总量（个）"][0], int(V["工业软件总量（个）"][0]))
    V["工业APP数量（个）"] = (str(na), na)
    nat = sum(1 for r in ap if r["origin"] == "平台原生开发")
    V["基于平台开发的工业APP数量（个）"] = (str(nat), nat)
    V["云化工业软件数量（个）"] = (str(na - nat), na - nat)
    V["按分类统计工业APP数量（个）"] = bd(D.counter(ap, "cat", acats))
    V["按行业统计工业APP数量（个）"] = bd(D.counter(ap, "ind"))
    ma = round(na * rng.uniform(0.6, 0.8))
    V["工业APP平均月活跃数量（个）"] = (str(ma), ma)
    V["杀手锏APP数量（个）"] = ("5", 5)
    for lbl, lo, hi in (("公有云杀手锏APP平均日在线用户数（个）", 300, 1800), ("杀手锏APP日活次数（次）", 2000, 12000)):
        x = rng.randint(lo, hi)
        V[lbl] = (str(x), x)
    x = round(rng.uniform(8, 40), 2)
    V["杀手锏APP月平均收入（万元）"] = (f2(x), x)
    pubapps = [r for r in ap if r["deploy"] == "公有云"]
    V["公有云工业APP数量（个）"] = (str(len(pubapps)), len(pubapps))
    bc = OrderedDict((k, max(1, round(v * 0.5))) for k, v in D.counter(pubapps, "cat", [c for c in acats]).items())
    total_da = sum(bc.values())
    bi = OrderedDict((k, round(v * 0.5)) for k, v in D.counter(pubapps, "ind").items())
    first = next(iter(bi))
    bi[first] += total_da - sum(bi.values())
    bi = OrderedDict((k, v) for k, v in bi.items() if v > 0)
    V["公有云工业APP平均日活跃数量（个）"] = (str(total_da), total_da)
    V["按分类统计公有云工业APP平均日活跃数量（个）"] = bd(bc)
    V["按行业统计公有云工业APP平均日活跃数量（个）"] = bd(bi)
    cloud = round(rng.uniform(60, 260), 2)
    V["平台实际用云量（台）"] = (f2(cloud), cloud)
    pc = rng.randint(20, int(cloud * 0.6))
    V["平台公有云实际使用数量（台）"] = (str(pc), pc)
    cap = round(rng.uniform(400, 1600), 2)
    stored = round(cap * rng.uniform(0.45, 0.8), 2)
    pubd = round(stored * rng.uniform(0.3, 0.5), 2)
    V["存储容量（TB）"] = (f2(cap), cap)
    V["存储工业数据量（TB）"] = (f2(stored), stored)
    V["公有云数据总量（TB）"] = (f2(pubd), pubd)
    V["存储资源利用率（%）"] = (f2(round(stored / cap * 100, 2)), round(stored / cap * 100, 2))
    md = ev["models"]
    V["工业机理模型数量（个）"] = (str(len(md)), len(md))
    act = sum(1 for r in md if r["calls"] >= 5)
    V["活跃机理模型数量（一周调用5次以上）（个）"] = (str(act), act)
    x = rng.randint(120, 600)
    V["核心工业模型平均月调用用户数量（个）"] = (str(x), x)
    V["按分类统计工业模型数量（个）"] = bd(D.counter(md, "cat", [c for c in D.MODEL_WORDS]))
    V["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (P["speed"], "秒级")
    ms = rng.randint(300, 1400)
    V["微服务数量（个）"] = (str(ms), ms)
    V["活跃微服务数量（一周调用5次以上）（个）"] = (str(round(ms * 0.55)), round(ms * 0.55))
    dev = rng.randint(1500, 9000)
    V["开发者注册总数（个）"] = (str(dev), dev)
    V["活跃开发者数（个）"] = (str(round(dev * 0.23)), round(dev * 0.23))
    V["平台是否建立安全管理体系"] = (P["T"]["安全制度"], True)
    V["有否定期开展第三方安全测试/测评"] = ("是，每年一次（委托第三方测评机构开展等保2.0三级测评）", True)
    V["有否定期进行安全扫描"] = ("是，每月一次漏洞扫描，每季度一次渗透测试", True)
    V["注册企业用户数（个）"] = (str(reg_users), reg_users)
    V["实际服务企业数（个）"] = (str(len(ents)), len(ents))
    V["按行业统计服务企业数（个）"] = bd(D.counter(ents, "ind"))
    V["按省市区域统计服务企业数（个）"] = bd(D.counter(ents, "region"))
    V["付费企业数（个）"] = (str(paid), paid)
    sh = sum(1 for e in ents if e["region"] == "上海")
    V["服务本市企业数量（个）"] = (str(sh), sh)
    sme = sum(1 for e in ents if e["size"] == "中小企业")
    V["服务中小企业数量（个）"] = (str(sme), sme)
    o1 = rng.randint(3000, 16000)
    V["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{o1}个", o1) if P["orders_one"] else \
        (f"2023年自然年：{o1}个；截至填表日前一年：{o1 + 640}个", {"2023年自然年": o1, "截至填表日前一年": o1 + 640})
    for lbl, lo, hi in (("平台交易规模年增长率（%）", 8, 30),):
        x = round(rng.uniform(lo, hi), 2)
        V[lbl] = (f2(x), x)
    subs = rng.randint(1500, 6000)
    V["工业APP订阅总数量（个）"] = (str(subs), subs)
    V["杀手锏工业APP订阅数量（个）"] = (str(round(subs * 0.41)), round(subs * 0.41))
    x = round(rng.uniform(600, 3000), 2)
    V["工业APP订阅总金额（万元）"] = (f2(x), x)
    for lbl, lo, hi in (("平台连接工业设备利用率（%）", 60, 90), ("平台国产化率（%）", 70, 95)):
        x = round(rng.uniform(lo, hi), 2)
        V[lbl] = (f2(x), x)
    fac = ev["factories"]
    V["平台是否服务上海智能工厂，数量"] = (f"是，{len(fac)}家：" + "、".join(f[0] for f in fac), len(fac))
    x = rng.randint(4, 15)
    V["平台服务园区总数（个）"] = (str(x), x)
    sol = OrderedDict((k, rng.randint(3, 9)) for k in ("数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"))
    V["平台提供的解决方案总数（个）"] = (str(sum(sol.values())), sum(sol.values()))
    V["按新模式统计解决方案数量（个）"] = bd(sol)
    roi = round(fin["profit"][2] / build * 100, 2)
    V["投资回报率（%）"] = (f2(roi), roi)
    V["企业是否已上市或已获得VC/PE投资"] = (P["listed"][0], P["listed"][1])
    for lbl, lo, hi in (("平台连接工业设备运维成本平均下降率（%）", 10, 25), ("平台连接工业设备能耗平均下降率（%）", 5, 15),
                        ("平台连接工业设备安全生产持续时间平均提升率（%）", 12, 30)):
        x = round(rng.uniform(lo, hi), 2)
        V[lbl] = (f2(x), x)
    V["平台现有特色指数（个）"] = ("6", 6)
    V["平台核心软硬件技术获得的专利数量（项）"] = (str(len(ev["patents"])), len(ev["patents"]))
    V["平台核心软硬件技术获得的软著数量（个）"] = (str(len(ev["sws"])), len(ev["sws"]))
    V["平台是否有自研形成的核心技术突破"] = (f"是，自研{P['short']}设备健康度评估引擎与多源振动数据边缘压缩算法，单TB时序数据特征提取耗时较同类开源方案缩短约40%。", True)
    V["平台是否具备碳管理服务能力"] = ("是，提供碳计算/核算与碳排放监测服务，面向冶金、机械行业用户按月出具设备级碳排放报表。", True)
    V["平台是否融合使用国家标识解析系统"] = ("是，接入国家工业互联网标识解析二级节点，为关键备件赋码并实现全生命周期追溯。", True)
    V["平台获得省部级及以上奖项/荣誉数量（个）"] = (str(len(ev["awards"])), len(ev["awards"]))
    x = rng.randint(80, 420)
    V["平台建设与运营带动新增就业人数（人）"] = (str(x), x)
    x = round(rng.uniform(12, 30), 2)
    V["平台社会贡献率（%）"] = (f2(x), x)
    txt = f"以API接口、行业数据集形式开放：开放API接口{rng.randint(60, 240)}个、设备故障样本数据集{rng.randint(3, 12)}个"
    V["平台开放共享数据的形式及数量"] = (txt, txt)
    x = rng.randint(3, 12)
    V["合作平台数量（个）"] = (str(x), x)
    assert list(V) == D.LABELS, [a for a, b in zip(V, D.LABELS) if a != b][:3]
    return V


def texts(P):
    nm, sh = P["name"], P["short"]
    return {
        "定位": f"面向{P['sector']}的设备全生命周期远程运维与预测性维护服务平台。",
        "政策": f"工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》—平台体系建设；上海市经济信息化委《上海市制造业数字化转型实施方案》—设备上云与运维服务化；{P['sector']}设备运维正由定期检修向预测性维护转型。",
        "战略": f"已纳入《{P['company']}“十四五”数字化转型发展规划》。",
        "规划": f"《{sh}平台三年发展专项规划（2023-2025）》。",
        "其他资源": f"平台汇聚设备故障案例{P['seed'] % 900 + 1200}条、检修标准作业卡860份、备件主数据3.2万条，服务检修工程师1,460人。",
        "边缘": "支持数据采集、边缘存储、网络传输、振动特征边缘计算与异常预警；边缘计算应用节点数326个；最低响应时延8毫秒。其中私有化部署涉及边缘节点118个，部署于用户厂区机房，数据经单向网闸回传平台。",
        "采集": "支持OPC UA、Modbus、MQTT等协议，可采集PLC、DCS、MES、EAM等软件系统数据，按分钟级同步检修工单、点检记录与备件出入库数据。",
        "拓展": "是",
        "算力": "公有云与私有云混合部署，CPU共3,200核，GPU推理卡16张，支持弹性扩容。",
        "数据管理": "建立数据标准、主数据、数据质量与数据安全管理制度，设备测点按统一编码规则管理，数据质量规则312条，按周出具质量报告。",
        "通用算法": "是",
        "算法类型": "基础算法（排序、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法。",
        "社区": "是",
        "语言": "共5种：Java、Python、C++、JavaScript、Go。",
        "框架": "提供基于Spring Cloud的微服务开发框架与低代码应用编排框架，支持容器化部署与灰度发布，提供设备模型、告警、工单等标准组件。",
        "工具": "提供在线IDE、可视化组态工具、算法建模工作台与API调试工具，支持模型一键发布为微服务。",
        "保护": "数据安全；传输安全；访问登录安全；代码安全；应用安全；网络安全。",
        "安全技术": "采用下一代防火墙、网络分区隔离、国密SM4数据加密、双因素认证、WAF与主机入侵检测，关键操作全程审计。",
        "备份": "有数据每日增量备份与每周全量备份、离线备份、双机热备，并在异地机房建立灾备中心。",
        "自主可控": "设备健康度评估引擎、边缘采集网关软件、时序数据库均为自研，自主可控。",
        "新增效益": "三个案例平均带动用户设备综合效率提升6.8个百分点，平均缩短非计划停机时间31%，带动新增就业岗位56个。",
        "降低成本": "三个案例平均降低运维成本、减少备件库存资金占用，平均能耗下降情况见下列指标。",
        "数据价值": "基于设备运行与检修数据构建故障知识图谱，沉淀诊断规则与机理模型，实现同类设备知识复用。",
        "供应链": "平台与备件供应商系统对接，实现备件需求预测、寄售库存与协同采购，供应商准时交付率提升至96%。",
        "新技术": "融合边缘计算、数字孪生与AI大模型，构建设备运维智能问答助手与产线数字孪生。",
        "标准": "参与制定行业标准2项：《设备远程运维平台技术要求》《工业设备预测性维护数据规范》。",
        "贡献": f"服务上海及长三角{P['sector']}企业，支撑重点产业设备安全稳定运行。",
        "开放机制": "是，向产业链上下游开放设备运行数据接口与备件协同功能，按数据分级授权开放。",
        "跨平台": "与能源管理平台、供应链平台通过API对接，实现工单、能耗与备件数据互通。",
        "新模式": "有，形成“设备运维即服务”按效果付费模式。",
        "介绍": f"{nm}是{P['company']}打造的{P['nature']}，面向{P['sector']}提供设备接入、状态监测、故障诊断、预测性维护和备件协同等服务，形成设备全生命周期管理能力，主要客户为长三角{P['sector']}重点企业。",
        "成效": "平台解决设备故障难预知、检修成本高、备件库存积压等痛点，推动用户由计划检修向预测性维护转变，取得了显著的经济和社会效益。",
        "安全制度": "是，《平台信息安全管理办法》（编号AQ-01，2022年3月）、《平台数据分类分级管理规定》（编号AQ-05，2023年1月）",
    }


def chapters(P):
    V = P["V"]
    ch = [
        ("一、申报单位简介", [f"{P['company']}成立于{P['co']['founded']}，主营{P['co']['business']}。"]),
        ("二、平台建设及运营情况", [
            f"{P['name']}建设时间为{P['build_period']}，建设方式为{V['平台建设方式'][0]}，面向{P['sector']}。",
            f"截至2024年6月，平台接入工业设备{V['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套，上架工业APP{V['工业APP数量（个）'][0]}个，"
            f"沉淀工业机理模型{V['工业机理模型数量（个）'][0]}个，实际服务企业{V['实际服务企业数（个）'][0]}家。",
            "技术创新点总结：平台自研设备健康度评估引擎与边缘压缩算法，底层时序数据库自主可控。"]),
        ("三、平台应用成效", ["平台帮助用户缩短非计划停机时间、降低运维成本。应用创新点总结：形成按效果付费的运维服务模式。"]),
        ("四、平台下一步发展计划", ["深化AI大模型在故障诊断中的应用，拓展长三角及海外用户。"]),
        ("五、平台应用案例", [f"案例1：{P['short']}平台——高炉鼓风机预测性维护", f"案例2：{P['short']}平台——轧线设备远程诊断",
                         f"案例3：{P['short']}平台——备件协同与寄售库存"]),
        ("六、附件及其他说明材料", [f"{k}（共{v}页）" for k, v in P["annex"]]),
    ]
    if P["part2023"]:
        ch.append(("七、平台相较上年度对比情况", ["2023年7月以来，平台新增APP与机理模型，接入设备与服务企业数量稳步增长，功能模块新增备件协同与碳排放监测。"]))
    return ch


# ----------------------------------------------------------------------------- packages
BASE = dict(way="自建", deploy="边缘侧、私有云、公有云", orders_one=False, speed="秒级（单TB振动时序数据特征分析约4.6秒）",
            listed=("否", False), iaas="☑自建  □租用", nature="行业型工业互联网平台", sector="钢铁及装备制造行业")

SPECS = [
    dict(BASE, pid="h53_p1_baowu_clean", list_no=22, name="面向钢铁行业的设备远程运维平台", company="宝武装备智能科技有限公司",
         part2023=True, short="宝武装备", seed=5301, person="沈佳怡", title="平台运营部经理", phone="13917406628",
         email="shenjy@bwzb-iot.example.com", person2="陆志刚", phone2="13901873350", email2="luzg@bwzb-iot.example.com",
         address="上海市宝山区友谊路1号宝武装备大楼3楼第二会议室", url="https://iot.bwzb.example.com", account="pingshen2024",
         password="Bw#Eval0718", period="2019.03-2023.12", build_period="2019年3月至2023年12月",
         dev_cats=["冶炼设备", "动力设备", "电力设备", "仪器仪表", "物流设备", "机床"],
         overseas=[("越南Vietnam", 0.5), ("印度尼西亚Indonesia", 0.35)], problems=[]),
    dict(BASE, pid="h53_p2_711_problems", list_no=8, name="船舶动力系统设备全生命周期运行维护平台",
         company="中国船舶重工集团公司第七一一研究所", part2023=True, short="七一一所", seed=5302, person="韩立峰",
         title="数字化中心副主任", phone="13916628041", email="hanlf@csic711.example.com", person2="范雯", phone2="13818092276",
         email2="fanw@csic711.example.com", address="上海市闵行区华宁路3111号科研楼5楼会议室", url="https://pms.csic711.example.com",
         account="eval711", password="Csic@711Pw24", period="2018.09-2023.12", build_period="2018年9月至2023年12月",
         sector="船舶及动力装备行业", dev_cats=["交通设备", "动力设备", "电力设备", "仪器仪表", "机器人"],
         overseas=[("新加坡Singapore", 0.5), ("希腊Greece", 0.3)], problems=["ents_pagesub", "app_breakdown", "device_offline"]),
    dict(BASE, pid="h53_p3_huaxing_problems", list_no=15, name="华兴数字易维讯工程机械工业互联网平台", company="上海华兴数字科技有限公司",
         part2023=False, short="易维讯", seed=5303, person="汤晓雯", title="产品总监", phone="13917735190",
         email="tangxw@hxdigital.example.com", person2="易俊", phone2="13701925583", email2="yij@hxdigital.example.com",
         address="上海市浦东新区张江路665号8楼路演厅", url="https://ywx.hxdigital.example.com", account="ywx_review",
         password="Hx!Ywx2024", period="2020.01-2023.12", build_period="2020年1月至2023年12月", sector="工程机械行业",
         orders_one=True, speed="毫秒级（单TB工况数据聚合查询约850毫秒）", dev_cats=["工程机械", "动力设备", "物流设备", "仪器仪表"],
         overseas=[("马来西亚Malaysia", 0.5), ("沙特阿拉伯Saudi Arabia", 0.3)],
         problems=["device_breakdown", "sw_count", "ents_suppliers"]),
    dict(BASE, pid="h53_p4_yanfeng_problems", list_no=33, name="延锋工业互联网平台", company="上海延锋金桥饰件系统有限公司",
         part2023=False, short="延锋", seed=5304, person="顾晨阳", title="智能制造部主管", phone="13916550247",
         email="gucy@yanfeng-jq.example.com", person2="马丽娜", phone2="13817264109", email2="maln@yanfeng-jq.example.com",
         address="上海市浦东新区金桥路1288号2号楼一楼多功能厅", url="https://iiot.yanfeng-jq.example.com", account="yf_eval",
         password="Yf$Jq2024!", period="2020.06-2023.12", build_period="2020年6月至2023年12月", sector="汽车内饰制造行业",
         deploy="私有云、混合云", listed=("是，母公司延锋汽车饰件系统有限公司所属上市公司华域汽车（600741）", True),
         dev_cats=["化工设备", "机器人", "机床", "物流设备", "仪器仪表"], overseas=[("墨西哥Mexico", 0.4), ("德国Germany", 0.3)],
         device_qty_key="tot", problems=["device_unconnected", "patent_pagesub", "app_delisted"]),
]


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def build_package(S, out: Path, scratch: Path):
    P = dict(S)
    rng = random.Random(P["seed"])
    pkg = out / "packages" / P["pid"]
    if pkg.exists():
        shutil.rmtree(pkg)
    pkg.mkdir(parents=True)
    scratch.mkdir(parents=True, exist_ok=True)
    P["T"] = texts(P)
    P["co"] = dict(code=f"91310000{P['seed']:04d}{rng.randint(10000, 99999)}X", founded=f"{rng.randint(1995, 2012)}年{rng.randint(1, 12)}月",
                   addr="上海市" + P["address"][3:9], type="有限责任公司", capital=f"{rng.randint(5, 80) * 1000}万元",
                   business=f"{P['sector']}设备及工业软件研发、技术服务", legal=rng.choice(["张国栋", "李建华", "王志远", "周海明"]),
                   assets=f2(rng.uniform(2e5, 9e5)), rev=f2(rng.uniform(1e5, 4e5)), growth=f2(rng.uniform(3, 15)),
                   debt=f2(rng.uniform(35, 65)), profit=f2(rng.uniform(5e3, 4e4)), tax=f2(rng.uniform(2e3, 1e4)))
    regions = REGIONS + P["overseas"]
    probs = set(P["problems"])
    ev = dict(fin=finance(rng))
    # the form's 利润总额 is the audited 利润表's 四、利润总额 (fixed after first contact: it was drawn apart)
    P["co"]["profit"] = f2((ev["fin"]["company"]["op"] + 40000.00) / 10000)
    P["co"]["rev"] = f2(ev["fin"]["company"]["rev"] / 10000)  # and its 主营业务收入 the statement's 营业收入
    P["co"]["growth"] = f2((1 / 0.91 - 1) * 100)  # the statement prints 上期 as 0.91 of 本期
    ev["devices"] = D.devices(rng, P["dev_cats"], regions, {5301: 74, 5302: 66, 5303: 58, 5304: 62}[P["seed"]],
                              unconnected="device_unconnected" in probs)
    if not any(any(ch.isascii() and ch.isalpha() for ch in r["region"]) for r in ev["devices"]):
        for k, (reg, _) in zip((5, 17), P["overseas"]):
            ev["devices"][k]["region"] = reg
    for r in ev["devices"]:
        if any(ch.isascii() and ch.isalpha() for ch in r["region"]):
            r["unc"] = 0
        r["tot"] = r["qty"] + r.get("unc", 0)
    acats = ["运维服务", "安全生产", "节能减排", "质量管控", "生产制造", "供应链管理", "仓储物流", "运营管理"]
    ev["apps"] = D.apps(rng, acats[: 6 + P["seed"] % 3], INDUSTRIES, {5301: 92, 5302: 78, 5303: 64, 5304: 84}[P["seed"]])
    ev["models"] = D.models(rng, list(D.MODEL_WORDS), INDUSTRIES, {5301: 58, 5302: 48, 5303: 66, 5304: 44}[P["seed"]])
    ev["ents"] = D.enterprises(rng, INDUSTRIES, REGIONS, {5301: 186, 5302: 205, 5303: 163, 5304: 144}[P["seed"]])
    topic = ["设备振动故障诊断", "轴承剩余寿命预测", "设备远程运维", "边缘数据采集", "工况数据压缩", "设备健康度评估"]
    ev["patents"] = D.patents(rng, P["company"], {5301: 41, 5302: 33, 5303: 27, 5304: 38}[P["seed"]], topic)
    ev["sws"] = D.softwares(rng, P["company"], P["short"], {5301: 52, 5302: 37, 5303: 42, 5304: 29}[P["seed"]],
                            ["设备点检", "远程诊断", "备件管理", "能耗监测", "工单管理", "数据采集网关", "模型训练"])
    fac_names = ["宝山钢铁热轧智能工厂", "船用柴油机智能工厂", "高端装备数字化车间智能工厂", "汽车内饰件智能工厂", "精密铸锻智能工厂",
                 "新能源电机智能工厂", "冷轧薄板智能工厂"]
    ev["factories"] = [(fac_names[(P["seed"] + k) % 7], D.companies(random.Random(P["seed"] + k), 1)[0], "设备远程运维与预测性维护")
                       for k in range(3 + P["seed"] % 3)]
    ev["awards"] = [("上海市工业互联网创新发展应用示范", "上海市经济和信息化委员会", "2022-11"),
                    ("工业互联网平台创新领航应用案例", "工业和信息化部", "2023-08"),
                    ("上海市科技进步奖三等奖", "上海市人民政府", "2021-12"),
                    ("智能制造优秀场景", "工业和信息化部", "2023-12")][: 2 + P["seed"] % 3]
    P["V"] = V = declare(P, ev, rng)
    P["S"] = {}
    files, facts, problems, layout = {}, [], [], []
    ev_dir = {5301: "附件3 证明材料/", 5302: "", 5303: "附件3 证明材料/", 5304: "佐证材料/"}[P["seed"]]
    names = {
        5301: dict(audit="3-1 2023年度审计报告（节选）.pdf", dev="3-2 平台接入设备清单.pdf", ip="3-3 知识产权清单.pdf",
                   app="3-4 工业APP清单.pdf", model="3-5 工业机理模型清单.pdf", ent="3-6 实际服务企业清单.pdf",
                   fac="3-7 智能工厂服务清单及荣誉清单.pdf"),
        5302: dict(audit="附件3-1_审计报告节选.pdf", dev="附件3-2_接入设备明细.pdf", ip="附件3-3_专利及软著清单.pdf",
                   app="附件3-4_工业APP目录.pdf", model="附件3-5_机理模型清单.pdf", ent="附件3-6_服务企业名录.pdf",
                   fac="附件3-7_智能工厂及荣誉.pdf"),
        5303: dict(audit="01 审计报告.pdf", dev="02 设备接入清单.pdf", ip="03 知识产权清单.pdf", app="04 工业APP清单.pdf",
                   model="05 模型清单.pdf", ent="06 服务企业清单.pdf", fac="07 智能工厂及获奖.pdf"),
        5304: dict(audit="审计报告（平台专项附注）.pdf", dev="设备台账及接入统计.pdf", ip="专利与软件著作权清单.pdf",
                   app="工业APP清单.pdf", model="工业模型清单.pdf", ent="服务企业清单.xlsx", fac="智能工厂与荣誉清单.pdf"),
    }[P["seed"]]
    rel = {k: ev_dir + v for k, v in names.items()}
    (pkg / ev_dir).mkdir(parents=True, exist_ok=True) if ev_dir else None
    # ---------------------------------------------------------------- evidence, per package style
    seed = P["seed"]
    fin = ev["fin"]
    a = E.audit_pdf(pkg / rel["audit"], P, fin, font=lib.SONG if seed in (5301, 5303) else lib.WQY, split=seed in (5302, 5304))
    files[rel["audit"]] = "evidence:audit_report"
    pf = fin["platform"]
    fa = rel["audit"]
    facts += [fact("平台相关营业收入（万元）", f"{pf['rev'][2]:,.2f}", "万元", pf["rev"][2], fa, a["note"], f"{pf['rev'][2]:,.2f}", "平台相关营业收入", "2023年度"),
              fact("平台近三年经营指标情况", f"{pf['rev'][0]:,.2f}", "万元", pf["rev"][0], fa, a["note"], f"{pf['rev'][0]:,.2f}", "平台相关营业收入", "2021年度", "2021年平台营收（万元）"),
              fact("平台近三年经营指标情况", f"{pf['rev'][1]:,.2f}", "万元", pf["rev"][1], fa, a["note"], f"{pf['rev'][1]:,.2f}", "平台相关营业收入", "2022年度", "2022年平台营收（万元）"),
              fact("平台相关研发投入（万元）", f"{pf['rd'][2]:,.2f}", "万元", pf["rd"][2], fa, a["note"], f"{pf['rd'][2]:,.2f}", "其中：平台相关研发投入", "2023年度"),
              fact("平台利润率（%）", f"{pf['profit'][2]:,.2f}", "万元", pf["profit"][2], fa, a["note"], f"{pf['profit'][2]:,.2f}", "平台利润总额", "2023年度", "平台利润总额（万元）"),
              fact("投资回报率（%）", f"{pf['profit'][2]:,.2f}", "万元", pf["profit"][2], fa, a["note"], f"{pf['profit'][2]:,.2f}", "平台利润总额", "2023年度", "平台年利润（万元）")]
    layout.append("audit:platform-note(万元)" + ("+利润表续表" if seed in (5302, 5304) else ""))

    dstyle = {5301: dict(repeat_header=True, page_subtotal=True, blank_rows=False, rows_per_page=26, font=lib.SONG,
                         footnotes=["注：本表已剔除已下线设备37台/套；合计不含本页小计行。"], page_header=f"{P['company']}  平台接入设备清单"),
              5302: dict(repeat_header=False, page_subtotal=True, rows_per_page=30,
                         footnotes=["注：合计数含已下线设备126台/套（已停机拆除，保留历史数据）。"]),
              5303: dict(repeat_header=True, cont_caption="续表", blank_rows=True, rows_per_page=28),
              5304: dict(repeat_header=True, unconnected=True, rows_per_page=30, image_pages=(2,),
                         footnotes=["注：“未接入”为已登记台账但尚未接入平台的设备。"])}[seed]
    dv = E.device_pdf(pkg / rel["dev"], P, ev["devices"], style=dstyle)
    files[rel["dev"]] = "evidence:device_list"
    fd = rel["dev"]
    layout.append({5301: "devices:header-repeated+本页小计+category-blocks+merged类别", 5302: "devices:header-not-repeated+本页小计+footnote",
                   5303: "devices:续表+category-小计+blank-rows", 5304: "devices:two-row-header(接入/未接入)+excel-image-last-page"}[seed])
    last_img = seed == 5304 and (dv["detail_last"] - 1) in dstyle.get("image_pages", ())
    facts += [fact("连接的工业设备/产品/产线种类及数量（台/套）", E.n(dv["total"]), "台/套", dv["total"], fd, dv["detail_last"],
                   E.n(dv["total"]), "合计", "其中：接入" if seed == 5304 else "接入数量（台/套）", image_only=last_img),
              fact("连接的工业设备/产品/产线种类及数量（台/套）", E.n(dv["total"]), "台/套", dv["total"], fd, dv["summary"],
                   E.n(dv["total"]), "合计", "接入数量（台/套）/合计"),
              fact("公有云工业设备连接数量（台/套）", E.n(dv["pub"]), "台/套", dv["pub"], fd, dv["summary"], E.n(dv["pub"]), "合计", "其中：公有云"),
              fact("公有云工业设备平均日运行数量（台/套）", E.n(dv["daily"]), "台/套", dv["daily"], fd, dv["summary"], E.n(dv["daily"]),
                   "合计", "公有云日均运行（台/套）"),
              fact("海外设备连接数量（台/套）", E.n(dv["overseas"]), "台/套", dv["overseas"], fd, dv["summary"],
                   f"海外设备合计：{E.n(dv['overseas'])}台/套", "海外设备合计")]

    istyle = {5301: dict(patent_cont="表1（续表）", patent_rows=22, sw_side=True, sw_rows=36, font=lib.WQY),
              5302: dict(patent_rows=20, sw_rows=22, sw_cont="续表2", page_header=f"{P['company']} 知识产权清单"),
              5303: dict(patent_rows=30, sw_side=True, sw_rows=34, sw_repeat=False, font=lib.SONG),
              5304: dict(patent_rows=14, patent_page_subtotal=True, patent_repeat=True, sw_rows=30)}[seed]
    ip = E.ip_pdf(pkg / rel["ip"], P, ev["patents"], ev["sws"], style=istyle)
    files[rel["ip"]] = "evidence:patent_list"
    layout.append({5301: "ip:patent-续表+software-side-by-side", 5302: "ip:header-repeated+续表2", 5303: "ip:software-side-by-side-no-header",
                   5304: "ip:patent-本页小计"}[seed])
    facts += [fact("平台核心软硬件技术获得的专利数量（项）", str(ip["patents"]), "项", ip["patents"], rel["ip"], ip["patent_last"],
                   f"专利共计{ip['patents']}项", "合计"),
              fact("平台核心软硬件技术获得的软著数量（个）", str(ip["sws"]), "项", ip["sws"], rel["ip"], ip["sw_last"],
                   f"软件著作权共计{ip['sws']}项", "软件著作权共计")]

    astyle = {5301: dict(blank_rows=True, rows_per_page=30, image_pages=(1,), cont_caption="续表"),
              5302: dict(rows_per_page=34, repeat_header=True),
              5303: dict(rows_per_page=30, image_pages=(1,), repeat_header=False),
              5304: dict(rows_per_page=32, cont_caption="工业APP清单（续）")}[seed]
    if "app_delisted" in probs:
        delisted = 9
        astyle["footnotes"] = [f"注：合计含已下架APP {delisted}个（2024年上半年停止服务，尚无在用企业用户）。"]
    ap = E.app_pdf(pkg / rel["app"], P, ev["apps"], style=astyle)
    files[rel["app"]] = "evidence:other"
    layout.append({5301: "apps:category-小计+blank-rows+excel-image-page", 5302: "apps:category-小计", 5303: "apps:excel-image-page+header-not-repeated",
                   5304: "apps:续caption+footnote"}[seed])
    facts.append(fact("工业APP数量（个）", str(ap["total"]), "个", ap["total"], rel["app"], ap["last"], f"工业APP合计：{ap['total']}个", "合计"))

    mstyle = {5301: dict(landscape=True, rotate=True, rows_per_page=24),
              5302: dict(side_by_side=True, rows_per_page=60),
              5303: dict(landscape=True, rotate=True, rows_per_page=20, cont_caption="续表"),
              5304: dict(repeat_header=False, rows_per_page=30)}[seed]
    md = E.model_pdf(pkg / rel["model"], P, ev["models"], style=mstyle)
    files[rel["model"]] = "evidence:other"
    layout.append({5301: "models:landscape-rotate90", 5302: "models:side-by-side-columns", 5303: "models:landscape-rotate90+续表",
                   5304: "models:header-not-repeated"}[seed])
    facts += [fact("工业机理模型数量（个）", str(md["total"]), "个", md["total"], rel["model"], md["last"], f"模型合计{md['total']}个", "模型合计"),
              fact("活跃机理模型数量（一周调用5次以上）（个）", str(md["active"]), "个", md["active"], rel["model"], md["last"],
                   f"活跃模型（一周调用5次以上）{md['active']}个", "活跃模型")]

    if seed == 5304:
        en = E.ent_xlsx(pkg / rel["ent"], P, ev["ents"])
        en["last"] = 1
        layout.append("enterprises:xlsx-merged-industry-blocks")
    else:
        estyle = {5301: dict(repeat_header=False, page_subtotal=True, rows_per_page=34, blocks=True),
                  5302: dict(page_subtotal=True, rows_per_page=32),
                  5303: dict(rows_per_page=36, cont_caption="续表")}[seed]
        if "ents_suppliers" in probs:
            k = 23
            for e in ev["ents"][-k:]:
                e["svc"] = "订单协同（配套供应商）"
            N = len(ev["ents"])
            estyle["footnotes"] = [f"注：第{N - k + 1}—{N}项共{k}家为平台用户的配套供应商，仅接收用户推送的订单协同信息，未直接使用平台服务。"]
        en = E.ent_pdf(pkg / rel["ent"], P, ev["ents"], style=estyle)
        layout.append({5301: "enterprises:industry-blocks+本页小计+header-not-repeated", 5302: "enterprises:本页小计",
                       5303: "enterprises:续表+footnote"}[seed])
    files[rel["ent"]] = "evidence:other"
    facts += [fact("实际服务企业数（个）", str(en["total"]), "家", en["total"], rel["ent"], en["last"], f"合计：{en['total']}家", "合计"),
              fact("服务本市企业数量（个）", str(en["sh"]), "家", en["sh"], rel["ent"], en["last"], f"上海市企业{en['sh']}家", "其中：上海市企业"),
              fact("服务中小企业数量（个）", str(en["sme"]), "家", en["sme"], rel["ent"], en["last"], f"中小企业{en['sme']}家", "中小企业")]

    fc = E.factories_awards_pdf(pkg / rel["fac"], P, ev["factories"], ev["awards"], font=lib.WQY if seed % 2 else lib.SONG,
                                footnote="注：以上均为上海市经济和信息化委员会认定的市级智能工厂。")
    files[rel["fac"]] = "evidence:award_list"
    facts += [fact("平台是否服务上海智能工厂，数量", str(len(ev["factories"])), "家", len(ev["factories"]), rel["fac"], 1,
                   f"合计：{len(ev['factories'])}家", "合计"),
              fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(ev["awards"])), "项", len(ev["awards"]), rel["fac"], 2,
                   f"合计：{len(ev['awards'])}项", "合计")]

    # ---------------------------------------------------------------- planted problems (declared side)
    def setv(lbl, text, norm):
        V[lbl] = (text, norm)

    if "ents_pagesub" in probs:
        import pypdfium2 as pdfium
        npages = len(pdfium.PdfDocument(str(pkg / rel["ent"])))
        tot = en["total"] + npages
        setv("实际服务企业数（个）", str(tot), tot)
        ind = dict(V["按行业统计服务企业数（个）"][1])
        big = max(ind, key=ind.get)
        ind[big] += npages
        setv("按行业统计服务企业数（个）", *bd(ind))
        reg = dict(V["按省市区域统计服务企业数（个）"][1])
        reg["江苏"] = reg.get("江苏", 0) + npages
        setv("按省市区域统计服务企业数（个）", *bd(reg))
        problems.append(dict(id="h53-p2-01", family="count_vs_list", severity="error",
                             fields=["实际服务企业数（个）", "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"],
                             files=[rel["ent"], "附件2_申报表.docx"],
                             description=f"实际服务企业数填{tot}，服务企业名录序号1–{en['total']}、末页“合计：{en['total']}家”；"
                                         f"多出的{npages}家正是名录{npages}页每页的“本页小计”行（被当作企业计入），行业/区域分布也相应多计。"))
    if "app_breakdown" in probs:
        cat = dict(V["按分类统计工业APP数量（个）"][1])
        ks = list(cat)
        cat[ks[1]] += 3
        cat[ks[3]] -= 3
        setv("按分类统计工业APP数量（个）", *bd(cat))
        problems.append(dict(id="h53-p2-02", family="declared_vs_evidence", severity="error", fields=["按分类统计工业APP数量（个）"],
                             files=[rel["app"], "附件2_申报表.docx"],
                             description=f"按分类统计工业APP数量填{ks[1]}：{cat[ks[1]]}、{ks[3]}：{cat[ks[3]]}，而APP目录各类别小计为"
                                         f"{ks[1]} 小计：{cat[ks[1]] - 3}个、{ks[3]} 小计：{cat[ks[3]] + 3}个（合计相同）。"))
    if "device_offline" in probs:
        problems.append(dict(id="h53-p2-03", family="declared_vs_evidence", severity="warning",
                             fields=["连接的工业设备/产品/产线种类及数量（台/套）"], files=[rel["dev"], "附件2_申报表.docx"],
                             description=f"接入设备数填{dv['total']}，与设备明细“合计”一致，但表下注明“合计数含已下线设备126台/套”；"
                                         "指引要求填截至填表日的连接数量，已下线设备不应计入（应为"
                                         f"{dv['total'] - 126}）。"))
    if "device_breakdown" in probs:
        cat = dict(V["按二级分类统计工业设备数量（台/套）"][1])
        ks = list(cat)
        cat[ks[0]] -= 60
        cat[ks[2]] += 60
        setv("按二级分类统计工业设备数量（台/套）", *bd(cat))
        problems.append(dict(id="h53-p3-01", family="declared_vs_evidence", severity="error", fields=["按二级分类统计工业设备数量（台/套）"],
                             files=[rel["dev"], "附件2_申报表.xlsx"],
                             description=f"按二级分类填{ks[0]}：{cat[ks[0]]}、{ks[2]}：{cat[ks[2]]}，设备清单各类“小计”及分类汇总表为"
                                         f"{ks[0]} {cat[ks[0]] + 60}、{ks[2]} {cat[ks[2]] - 60}（总数相同）。"))
    if "sw_count" in probs:
        x = ip["sws"] + 4
        setv("平台核心软硬件技术获得的软著数量（个）", str(x), x)
        problems.append(dict(id="h53-p3-02", family="count_vs_list", severity="error", fields=["平台核心软硬件技术获得的软著数量（个）"],
                             files=[rel["ip"], "附件2_申报表.xlsx"],
                             description=f"软著数量填{x}，软件著作权清单（左右两栏排版）只列{ip['sws']}项，表下“软件著作权共计{ip['sws']}项”。"))
    if "ents_suppliers" in probs:
        problems.append(dict(id="h53-p3-03", family="count_vs_list", severity="warning", fields=["实际服务企业数（个）"],
                             files=[rel["ent"], "附件2_申报表.xlsx"],
                             description=f"实际服务企业数填{en['total']}，等于清单合计，但表下注明其中23家为配套供应商、未直接使用平台服务；"
                                         "指引要求剔除平台用户配套商等非实际服务用户（应不超过"
                                         f"{en['total'] - 23}）。"))
    if "device_unconnected" in probs:
        setv("连接的工业设备/产品/产线种类及数量（台/套）", str(dv["grand"]), dv["grand"])
        problems.append(dict(id="h53-p4-01", family="declared_vs_evidence", severity="error",
                             fields=["连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）",
                                     "按省市区域统计工业设备数量（台/套）"], files=[rel["dev"], "附件2 申报表.docx"],
                             description=f"连接设备数填{dv['grand']}（及其分类/区域分布）取的是台账“设备数量·合计”列，"
                                         f"其中“未接入”{dv['unc']}台/套；台账“其中：接入”合计及分类汇总表为{dv['total']}。"))
    if "patent_pagesub" in probs:
        import pypdfium2 as pdfium
        pages = ip["patent_last"]
        x = ip["patents"] + pages
        setv("平台核心软硬件技术获得的专利数量（项）", str(x), x)
        problems.append(dict(id="h53-p4-02", family="count_vs_list", severity="error", fields=["平台核心软硬件技术获得的专利数量（项）"],
                             files=[rel["ip"], "附件2 申报表.docx"],
                             description=f"专利数量填{x}，专利清单序号1–{ip['patents']}、“专利共计{ip['patents']}项”；多出的{pages}项为"
                                         f"{pages}页“本页小计”行被计为专利。"))
    if "app_delisted" in probs:
        problems.append(dict(id="h53-p4-03", family="count_vs_list", severity="warning", fields=["工业APP数量（个）"],
                             files=[rel["app"], "附件2 申报表.docx"],
                             description=f"工业APP数量填{ap['total']}，等于清单合计，但表下注明合计含已下架APP 9个（尚无在用企业用户）；"
                                         "指引只统计已落地应用（至少有1个工业企业用户）的APP。"))
    # ---------------------------------------------------------------- forms
    ev_files = list(files)
    P["annex"] = [(Path(f).stem, 1) for f in ev_files]
    def pr(key, page):
        return page
    proof = {}
    def ref(k, f, pages):
        proof[k] = f"见{Path(f).stem}，第{pages}页"
    ref("平台相关研发投入（万元）", rel["audit"], a["note"])
    ref("平台相关营业收入（万元）", rel["audit"], a["note"])
    ref("平台利润率（%）", rel["audit"], a["note"])
    ref("投资回报率（%）", rel["audit"], a["note"])
    for k in ("连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）",
              "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）", "海外设备连接数量（台/套）"):
        ref(k, rel["dev"], f"1-{dv['summary']}")
    for k in ("工业APP数量（个）", "按分类统计工业APP数量（个）", "基于平台开发的工业APP数量（个）", "公有云工业APP数量（个）"):
        ref(k, rel["app"], f"1-{ap['last']}")
    for k in ("工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）", "按分类统计工业模型数量（个）"):
        ref(k, rel["model"], f"1-{md['last']}")
    ref("平台核心软硬件技术获得的专利数量（项）", rel["ip"], f"1-{ip['patent_last']}")
    ref("平台核心软硬件技术获得的软著数量（个）", rel["ip"], f"{ip['patent_last'] + 1}-{ip['sw_last']}")
    for k in ("实际服务企业数（个）", "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）"):
        ref(k, rel["ent"], "1" if seed == 5304 else f"1-{en['last']}")
    ref("平台是否服务上海智能工厂，数量", rel["fac"], 1)
    ref("平台获得省部级及以上奖项/荣誉数量（个）", rel["fac"], 2)
    for k in ("平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统"):
        proof[k] = "详见申报书第二章"
    P["proof"] = proof
    base = {5301: "", 5302: "", 5303: "", 5304: ""}[seed]
    fn = {5301: dict(c1="附件1 联系人信息反馈表.docx", f="附件2 申报表.docx", fs="附件2 申报表（盖章扫描件）.pdf", n="附件3 申报书.docx",
                     s="附件4 平台基本情况汇总表.xlsx", p="附件5 真实性承诺（盖章）.pdf"),
          5302: dict(c1="附件1_联系人信息反馈表.docx", f="附件2_申报表.docx", n="附件3_申报书.docx", s="附件4_汇总表.docx",
                     p="附件5_真实性承诺.pdf"),
          5303: dict(c1="1.联系人信息反馈表.docx", f="附件2_申报表.xlsx", fs="附件2_申报表_盖章版.pdf", n="3.申报书.docx",
                     s="4.平台基本情况汇总表（横版）.xlsx", p="5.真实性承诺.docx"),
          5304: dict(c1="附件1 联系人信息反馈表.docx", f="附件2 申报表.docx", fs="附件2 申报表（签章版）.pdf", n="附件3 申报书.docx",
                     s="附件4 汇总表.xlsx", p="附件5 真实性承诺.pdf")}[seed]
    F.contact_docx(pkg / fn["c1"], P)
    files[fn["c1"]] = "联系人表"
    if fn["f"].endswith(".docx"):
        F.form_docx(pkg / fn["f"], P)
    else:
        F.form_xlsx(pkg / fn["f"], P)
    files[fn["f"]] = "申报表"
    if "fs" in fn:
        F.form_scan(pkg / fn["fs"], scratch / P["pid"], P, seed)
        files[fn["fs"]] = "申报表扫描件"
        layout.append("stamped_scan")
    F.narrative_docx(pkg / fn["n"], P, chapters(P))
    files[fn["n"]] = "申报书"
    if fn["s"].endswith(".docx"):
        F.summary_docx(pkg / fn["s"], P)
        layout.append("summary:docx-vertical")
    else:
        F.summary_xlsx(pkg / fn["s"], P, horizontal=seed == 5303)
        layout.append("summary:xlsx-" + ("horizontal" if seed == 5303 else "vertical"))
    files[fn["s"]] = "汇总表"
    if fn["p"].endswith(".pdf"):
        F.commitment_scan(pkg / fn["p"], scratch / P["pid"], P, seed + 7)
    else:
        F.commitment_docx(pkg / fn["p"], P)
    files[fn["p"]] = "承诺"
    for p in problems:
        p["files"] = [fn["f"] if x.startswith("附件2") else x for x in p["files"]]
    rows = [dict(label=l, value=V[l][0], normalized=V[l][1]) for l in D.LABELS]
    truth = dict(schema_version=1, package_id=P["pid"],
                 description=f"h53（表格断页主题）序号{P['list_no']} {P['name']}：" + "；".join(layout),
                 path=f"{REL}/packages/{P['pid']}", delivery="folder",
                 platform=dict(list_no=P["list_no"], listed_name=P["name"], company=P["company"], declared_name=P["name"],
                               participated_2023=P["part2023"]),
                 layout=layout, files=dict(sorted(files.items())), secrets=[P["password"]], summary_rows=rows,
                 evidence_facts=facts, problems=problems)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{P['pid']}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return truth


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args(argv)
    out = Path(args.out)
    scratch = out / "scratch"
    for S in SPECS:
        t = build_package(S, out, scratch)
        print(t["package_id"], len(t["files"]), "files", len(t["evidence_facts"]), "facts", len(t["problems"]), "problems")
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
