"""Shared generators: records (devices, enterprises, apps), 附件4 rows, 申报表 answers, 申报书 sections."""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
from collections import Counter, OrderedDict
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import kit25 as K
from forms25 import Pkg, bd, blank, num, txt, yn

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SUB_FILL = PatternFill("solid", fgColor="FFF2CC")

CITY = ["苏州", "无锡", "常州", "南通", "嘉兴", "宁波", "杭州", "合肥", "芜湖", "武汉", "襄阳", "佛山", "东莞", "青岛", "烟台",
        "上海", "昆山", "太仓", "湖州", "绍兴", "马鞍山", "徐州", "盐城", "泰州", "台州", "温州", "成都", "西安", "郑州", "长沙"]
WORD = ["恒锐", "鼎新", "华拓", "瑞丰", "博远", "金诚", "联胜", "宏达", "启明", "众和", "精工", "永信", "天成", "协力", "新晟",
        "海纳", "东升", "正泰", "汇川", "凯普", "德润", "弘毅", "安捷", "中科", "嘉禾", "盛邦", "力源", "优材", "明途", "卓越",
        "同创", "申联", "华信", "宝利", "普锐", "信诺", "通达", "隆基", "润泽", "恒通"]
KIND = ["精密机械", "金属制品", "电气设备", "自动化", "新材料", "特钢", "热处理", "模具", "装备制造", "电子科技", "智能装备",
        "阀门", "管道工程", "仪表", "铸造", "机电", "汽车零部件", "塑胶制品", "线缆", "能源科技"]
SUFFIX = ["有限公司", "股份有限公司", "有限责任公司"]


def company_names(rng: random.Random, n: int, exclude=()) -> list[str]:
    seen = set(exclude)
    out = []
    while len(out) < n:
        name = rng.choice(CITY) + rng.choice(WORD) + rng.choice(KIND) + rng.choice(SUFFIX)
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def uscc(rng: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + "".join(rng.choice("0123456789") for _ in range(6)) + "".join(rng.choice(chars) for _ in range(10))


def weighted_list(rng: random.Random, counts: dict[str, int]) -> list[str]:
    out = [k for k, n in counts.items() for _ in range(n)]
    rng.shuffle(out)
    return out


def agg(records, key, cond=lambda r: True, order=None) -> dict[str, int]:
    c = Counter(r[key] for r in records if cond(r))
    keys = order or sorted(c, key=lambda k: -c[k])
    return OrderedDict((k, c[k]) for k in keys if c.get(k))


def rand_date(rng, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days))


# ---------------------------------------------------------------- XLSX helpers

def title_rows(ws, title: str, unit: str, ncols: int, extra: str = ""):
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(1, 1, title).font = Font(name="宋体", size=15, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws.cell(2, 1, unit + ("    " + extra if extra else "")).alignment = Alignment(horizontal="right")


def header(ws, row: int, cols: list[str], widths: list[float] | None = None):
    for j, c in enumerate(cols, start=1):
        cell = ws.cell(row, j, c)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if widths:
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = widths[j - 1]


def put_row(ws, row: int, vals: list, fill=None, bold=False, fmt=None):
    for j, v in enumerate(vals, start=1):
        cell = ws.cell(row, j, v)
        cell.border = BOX
        if fill:
            cell.fill = fill
        if bold:
            cell.font = Font(bold=True)
        if fmt and j in fmt:
            cell.number_format = fmt[j]


def write_csv(path: Path, cols: list[str], rows: list[list], encoding: str = "utf-8-sig", newline="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline)
    w.writerow(cols)
    w.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue().encode(encoding))


# ---------------------------------------------------------------- 附件4 rows

def growth(a, b):
    return K.r2((b - a) / a * 100)


def fill_rows(p: Pkg, c: dict) -> None:
    R = p.rows
    revs = c["revs"]
    R["序号"] = num(p.list_no)
    R["企业名称"] = txt(p.company)
    R["平台名称"] = txt(p.declared_name)
    R["平台性质"] = txt(c["nature"])
    R["联系人姓名"] = txt(c["contact"])
    R["联系人手机号"] = txt(c["phone"])
    R["联系人电子邮箱"] = txt(c["email"])
    R["评审会现场地址信息"] = txt(c["address"])
    R["平台网址"] = txt(c["url"])
    R["建设时间"] = txt(c["build_period"])
    R["平台建设金额（万元）"] = num(c["build_amount"], 2)
    g = {y: growth(revs[y - 1], revs[y]) for y in (2021, 2022, 2023)}
    g.update(c.get("growth_override", {}))
    parts, norm = [], {}
    for y in (2021, 2022, 2023):
        parts.append(f"{y}年平台营收{revs[y]:.2f}万元/增长率{g[y]:.2f}%")
        norm[f"{y}年平台营收（万元）"] = K.r2(revs[y])
        norm[f"{y}年增长率（%）"] = g[y]
    R["平台近三年经营指标情况"] = ("；".join(parts), norm)
    p.info["rev_lines"] = "\n".join(parts)
    R["平台建设方式"] = txt(c["build_mode_a4"])
    R["平台运营模式"] = txt(c["op_mode"])
    R["部署方式"] = txt(c["deploy_a4"])
    R["平台团队总人数（人）"] = num(c["ops"] + c["run"])
    R["运维人数（人）"] = num(c["ops"])
    R["运营人数（人）"] = num(c["run"])
    R["有相关技术职称/从业资格的人数（人）"] = num(c["qual"])
    R["平台相关研发投入（万元）"] = num(c["rd"], 2)
    R["平台相关研发投入强度（%）"] = num(c["rd"] / revs[2023] * 100, 2)
    R["平台相关营业收入（万元）"] = num(revs[2023], 2)
    R["平台利润率（%）"] = num(c["profit"] / revs[2023] * 100, 2)
    R["付费用户占比（%）"] = num(c["paid"] / c["registered"] * 100, 2)
    dev = c["dev"]
    R["连接的工业设备/产品/产线种类及数量（台/套）"] = num(dev["total"])
    R["按二级分类统计工业设备数量（台/套）"] = bd(dev["cat"])
    R["按省市区域统计工业设备数量（台/套）"] = bd(dev["reg"])
    R["公有云工业设备连接数量（台/套）"] = num(dev["pub"])
    R["按二级分类统计公有云工业设备数量（台/套）"] = bd(dev["pub_cat"])
    R["按省市区域统计公有云工业设备数量（台/套）"] = bd(dev["pub_reg"])
    R["公有云工业设备平均日运行数量（台/套）"] = num(dev["day"])
    R["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = bd(dev["day_cat"])
    R["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = bd(dev["day_reg"])
    R["海外设备连接数量（台/套）"] = num(sum(dev["overseas"].values()))
    R["按海外国家分类统计海外设备连接数量（台/套）"] = bd(dev["overseas"]) if dev["overseas"] else blank()
    R["工业协议兼容适配数量（个）"] = num(c["protocols"])
    app = c["app"]
    R["工业软件总量（个）"] = num(app["software"])
    R["工业APP数量（个）"] = num(app["total"])
    R["基于平台开发的工业APP数量（个）"] = num(app["native"])
    R["云化工业软件数量（个）"] = num(app["total"] - app["native"])
    R["按分类统计工业APP数量（个）"] = bd(app["cat"])
    R["按行业统计工业APP数量（个）"] = bd(app["ind"])
    R["工业APP平均月活跃数量（个）"] = num(app["mau"])
    R["杀手锏APP数量（个）"] = num(5)
    R["公有云杀手锏APP平均日在线用户数（个）"] = num(app["killer_online"])
    R["杀手锏APP日活次数（次）"] = num(app["killer_daily"])
    R["杀手锏APP月平均收入（万元）"] = num(app["killer_rev"], 2)
    R["公有云工业APP数量（个）"] = num(app["pub"])
    R["公有云工业APP平均日活跃数量（个）"] = num(sum(app["pub_daily_cat"].values()))
    R["按分类统计公有云工业APP平均日活跃数量（个）"] = bd(app["pub_daily_cat"])
    R["按行业统计公有云工业APP平均日活跃数量（个）"] = bd(app["pub_daily_ind"])
    R["平台实际用云量（台）"] = num(c["cloud_srv"], 2)
    R["平台公有云实际使用数量（台）"] = num(c["pub_srv"])
    R["存储容量（TB）"] = num(c["store_cap"], 2)
    R["存储工业数据量（TB）"] = num(c["store_data"], 2)
    R["公有云数据总量（TB）"] = num(c["pub_data"], 2)
    R["存储资源利用率（%）"] = num(c["store_data"] / c["store_cap"] * 100, 2)
    R["工业机理模型数量（个）"] = num(sum(c["model_cat"].values()))
    R["活跃机理模型数量（一周调用5次以上）（个）"] = num(c["active_models"])
    R["核心工业模型平均月调用用户数量（个）"] = num(c["model_users"])
    R["按分类统计工业模型数量（个）"] = bd(c["model_cat"])
    R["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (c["speed"], c["speed"][:2] if c["speed"][:2] in ("秒级", "分级") else c["speed"][:3])
    R["微服务数量（个）"] = num(c["micro"])
    R["活跃微服务数量（一周调用5次以上）（个）"] = num(c["active_micro"])
    R["开发者注册总数（个）"] = num(c["devs"])
    R["活跃开发者数（个）"] = num(c["active_devs"])
    R["平台是否建立安全管理体系"] = yn("是", True)
    R["有否定期开展第三方安全测试/测评"] = yn(c["sec_test"], True)
    R["有否定期进行安全扫描"] = yn(c["sec_scan"], True)
    R["注册企业用户数（个）"] = num(c["registered"])
    R["实际服务企业数（个）"] = num(c["served"])
    R["按行业统计服务企业数（个）"] = bd(c["ent_ind"])
    R["按省市区域统计服务企业数（个）"] = bd(c["ent_reg"])
    R["付费企业数（个）"] = num(c["paid"])
    R["服务本市企业数量（个）"] = num(c["ent_reg"].get("上海", 0))
    R["服务中小企业数量（个）"] = num(c["sme"])
    o = c["orders"]
    if len(o) == 2:
        R["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{o['2023年自然年']}个；截至填表日前一年：{o['截至填表日前一年']}个", dict(o))
    else:
        R["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{o['2023年自然年']}个", dict(o))
    R["平台交易规模年增长率（%）"] = num(c["trade_growth"], 2)
    R["工业APP订阅总数量（个）"] = num(c["subs"])
    R["杀手锏工业APP订阅数量（个）"] = num(c["killer_subs"])
    R["工业APP订阅总金额（万元）"] = num(c["sub_amount"], 2)
    R["平台连接工业设备利用率（%）"] = num(c["util"], 2)
    R["平台国产化率（%）"] = num(c["localization"], 2)
    R["平台是否服务上海智能工厂，数量"] = (f"是，{c['factories']}家", c["factories"])
    R["平台服务园区总数（个）"] = num(c["parks"])
    R["平台提供的解决方案总数（个）"] = num(sum(c["solutions"].values()))
    R["按新模式统计解决方案数量（个）"] = bd(c["solutions"])
    R["投资回报率（%）"] = num(c["profit"] / c["build_amount"] * 100, 2)
    R["企业是否已上市或已获得VC/PE投资"] = yn(c["listed"], c["listed"].startswith("是"))
    R["平台连接工业设备运维成本平均下降率（%）"] = num(c["opex_down"], 2)
    R["平台连接工业设备能耗平均下降率（%）"] = num(c["energy_down"], 2)
    R["平台连接工业设备安全生产持续时间平均提升率（%）"] = num(c["safety_up"], 2)
    R["平台现有特色指数（个）"] = num(c["indices"])
    R["平台核心软硬件技术获得的专利数量（项）"] = num(c["patents"])
    R["平台核心软硬件技术获得的软著数量（个）"] = num(c["softc"])
    R["平台是否有自研形成的核心技术突破"] = yn("是", True)
    R["平台是否具备碳管理服务能力"] = yn(c["carbon"], c["carbon"].startswith("是"))
    R["平台是否融合使用国家标识解析系统"] = yn(c["ident"], c["ident"].startswith("是"))
    R["平台获得省部级及以上奖项/荣誉数量（个）"] = num(c["awards"])
    R["平台建设与运营带动新增就业人数（人）"] = num(c["jobs"])
    R["平台社会贡献率（%）"] = num(c["social"], 2)
    R["平台开放共享数据的形式及数量"] = txt(c["open_data"])
    R["合作平台数量（个）"] = num(c["partners"])
    # yes/no rows: the 汇总表 rows are 是/否 only; the 申报表 cells carry the detail
    for lab in ("平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统",
                "企业是否已上市或已获得VC/PE投资"):
        v, n = R[lab]
        R[lab] = ("是" if n else "否", n)
    p.form_override.setdefault("平台是否有自研形成的核心技术突破", "是。" + c["breakthrough"])
    p.form_override.setdefault("平台是否具备碳管理服务能力", c["carbon"])
    p.form_override.setdefault("平台是否融合使用国家标识解析系统", c["ident"])
    p.form_override.setdefault("企业是否已上市或已获得VC/PE投资", c["listed"])
    p.form_override.setdefault("平台是否建立安全管理体系", "是。" + c["sec_docs"])


def answers(p: Pkg, c: dict) -> None:
    a = p.answers
    a["平台定位是否明确"] = c["positioning"]
    a["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"] = c["policy"]
    a["平台是否被纳入企业战略规划中"] = c["strategy"]
    a["是否制定了平台专项规划"] = c["plan"]
    a["其他资源汇聚情况"] = c["other_res"]
    a["边缘数据处理能力"] = c["edge"]
    a["其他数据采集能力"] = c["other_collect"]
    a["是否支持可拓展云计算能力"] = "是"
    a["云化服务器算力"] = c["compute"]
    a["数据基础管理能力"] = c["data_mgmt"]
    a["是否提供通用建模分析算法"] = "是"
    a["智能分析算法类型"] = "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法"
    a["是否建立开发者社区及相关功能"] = "是"
    a["平台支持开发语言类型"] = "共5种：Java、Python、Go、JavaScript、C++"
    a["平台应用开发框架"] = c["framework"]
    a["平台应用开发工具"] = c["tools"]
    a["建立的安全制度保护了平台的哪些方面"] = "1.数据安全；2.传输安全；3.访问登录与账号权限；4.代码安全与发布；5.应用安全；6.网络边界安全。"
    a["采用何种安全技术情况"] = "部署下一代防火墙、WAF、入侵检测与态势感知，生产网与办公网物理隔离，数据传输TLS1.2以上加密，统一身份认证与多因素认证，堡垒机审计运维操作。"
    a["核心数据安全保护手段"] = "核心库每日增量、每周全量备份；离线备份介质异地保存；数据库主备双机热备；同城双活并建设异地灾备中心，RPO≤15分钟。"
    a["关键技术自主可控"] = c["key_tech"]
    a["解决方案累计对企业/用户新增效益"] = c["benefit"]
    a["解决方案累计对企业/用户降低成本"] = c["cost"]
    a["平台数据价值挖掘应用能力"] = c["data_value"]
    a["工业互联网平台+供应链协同应用情况"] = c["supply"]
    a["平台有否与新技术的融合应用"] = c["newtech"]
    a["平台牵头/参与标准制定情况（国家标准、行业标准）"] = c["standards"]
    a["平台对关键行业/领域、本市及其他重点区域等贡献及支撑"] = c["contrib"]
    a["是否建立供应链产业链开放共享机制"] = c["open_mech"]
    a["跨平台调用功能建设情况"] = c["cross"]
    a["新产业、新模式培育情况"] = c["newmode"]


def book_sections(p: Pkg, c: dict, attach_list: list[tuple[str, str]], with7: bool, extra_ops: list[str] = ()):
    R = p.rows
    d = c["dev"]
    s1 = [c["company_intro"], c["core"]]
    s2 = [("h2", "（一）平台基本信息"),
          f"{p.declared_name}（以下简称“平台”）由{p.company}建设运营，建设周期{c['build_period'].replace('-', '至')}，"
          f"累计建设投入{R['平台建设金额（万元）'][0]}万元，建设方式为{R['平台建设方式'][0]}，采用{R['部署方式'][0]}部署。"
          f"平台定位：{c['positioning']}",
          ("h2", "（二）平台技术架构"), c["arch"],
          ("h2", "（三）技术路线先进性"), c["advance"],
          ("table", [["三级指标", "本平台数据", "对标数据"]] + c["bench"]),
          ("h2", "（四）平台运营情况"),
          f"截至2024年6月底，平台连接工业设备{K.thousands(d['total'])}台（套），其中公有云连接{K.thousands(d['pub'])}台（套）；"
          f"上架工业APP {R['工业APP数量（个）'][0]}个，微服务{R['微服务数量（个）'][0]}个；注册企业用户{K.thousands(c['registered'])}家，"
          f"实际服务企业{K.thousands(c['served'])}家，其中付费企业{K.thousands(c['paid'])}家。" + c.get("ops_note", ""),
          *extra_ops,
          "总结：" + c["innov"]]
    s3 = [c["effects"], "应用创新点：" + c["app_innov"]]
    s4 = [c["next"]]
    s5 = []
    for title, ent, body in c["cases"]:
        s5 += [("h2", title), "企业简介：" + ent, "案例实际内容：" + body]
    s6 = ["本申报书所附证明材料清单如下："] + [("table", [["序号", "附件名称", "对应指标/页码"]] +
                                          [[str(i), n, w] for i, (n, w) in enumerate(attach_list, 1)])]
    secs = [("一、申报单位简介", s1), ("二、平台建设及运营情况", s2), ("三、平台应用成效", s3), ("四、平台下一步发展计划", s4),
            ("五、平台应用案例", s5), ("六、附件及其他说明材料", s6)]
    if with7:
        secs.append(("七、平台相较上年度对比情况", c["sec7"]))
    return secs
