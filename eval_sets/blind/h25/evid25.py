"""Evidence generators for system exports: device registry workbooks/CSVs, enterprise lists, APP lists, IP lists."""
from __future__ import annotations

import datetime as dt
import random
from collections import OrderedDict
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

import kit25 as K
from common25 import (BOX, SUB_FILL, agg, company_names, header, put_row, rand_date, title_rows, uscc,
                      weighted_list, write_csv)
from forms25 import Pkg

DEV_NAMES = {
    "冶炼设备": ["高炉热风炉", "转炉倾动装置", "连铸机结晶器", "热轧精轧机", "冷轧酸洗机组", "烧结机", "电弧炉"],
    "动力设备": ["空压机", "循环水泵", "鼓风机", "余热锅炉", "TRT透平机", "冷却塔风机"],
    "电力设备": ["10kV开关柜", "变压器", "配电柜", "UPS电源", "SVG无功补偿装置"],
    "物流设备": ["行车", "AGV小车", "立体库堆垛机", "皮带输送机", "卸料小车"],
    "仪器仪表": ["在线测厚仪", "红外测温仪", "电能表", "流量计", "光谱分析仪"],
    "机器人": ["焊接机器人", "码垛机器人", "喷涂机器人", "测温取样机器人"],
    "机床": ["数控车床", "加工中心", "磨床", "数控折弯机"],
    "工程机械": ["起重机", "叉车", "铲运机"],
    "电工、电子设备": ["刻蚀机", "薄膜沉积设备", "清洗机", "量测设备", "离子注入机", "贴片机", "回流焊炉"],
    "化工设备": ["特气柜", "化学品供液系统", "反应釜", "废气处理塔"],
    "轻工设备": ["注塑机", "吹塑机", "包装机", "覆膜机"],
    "交通设备": ["车载终端", "轨道检测车"],
    "其他": ["环境监测仪", "安全监测终端"],
}
PROTOCOLS = ["OPC UA", "Modbus TCP", "Profinet", "MQTT", "S7", "EtherNet/IP", "SECS/GEM", "BACnet", "IEC 104"]


def device_records(rng: random.Random, n_active: int, n_dereg: int, cat_w: dict, reg_w: dict, pub_p: float,
                   tenants: dict[str, list[str]], prefix: str, start=dt.date(2019, 3, 1), end=dt.date(2024, 6, 27)):
    n = n_active + n_dereg
    cats = weighted_list(rng, K.split(n, cat_w))
    regs = weighted_list(rng, K.split(n, reg_w))
    status = ["在用"] * n_active + ["已注销"] * n_dereg
    rng.shuffle(status)
    recs = []
    for i in range(n):
        cat, reg = cats[i], regs[i]
        d = rand_date(rng, start, end)
        recs.append(dict(
            sn=i + 1, device_id=f"{prefix}{100000 + i * 7 + rng.randrange(7):07d}",
            name=f"{rng.randint(1, 9)}#{rng.choice(DEV_NAMES.get(cat, DEV_NAMES['其他']))}", tenant=rng.choice(tenants[reg]),
            category=cat, region=reg, deploy="公有云" if rng.random() < pub_p else "私有云",
            protocol=rng.choice(PROTOCOLS), status=status[i], created=d,
            online=rng.choice(["在线", "在线", "在线", "离线"]) if status[i] == "在用" else "—"))
    recs.sort(key=lambda r: (r["created"], r["device_id"]))
    for i, r in enumerate(recs, 1):
        r["sn"] = i
    return recs


def device_breakdowns(recs, cat_order, reg_order, daily_ratio: dict, live=lambda r: r["status"] == "在用"):
    a = [r for r in recs if live(r)]
    cat = agg(a, "category", order=cat_order)
    reg = agg(a, "region", order=reg_order)
    pub_cat = agg(a, "category", lambda r: r["deploy"] == "公有云", order=cat_order)
    pub_reg = agg(a, "region", lambda r: r["deploy"] == "公有云", order=reg_order)
    day_cat = OrderedDict((k, int(round(v * daily_ratio.get(k, 0.8)))) for k, v in pub_cat.items())
    day = sum(day_cat.values())
    day_reg = K.split(day, pub_reg)
    return dict(total=len(a), cat=cat, reg=reg, pub=sum(pub_cat.values()), pub_cat=pub_cat, pub_reg=pub_reg,
                day=day, day_cat=day_cat, day_reg=OrderedDict((k, day_reg[k]) for k in pub_reg))


def enterprise_records(rng: random.Random, n: int, ind_w: dict, reg_w: dict, paid_n: int, sme_n: int,
                       start=dt.date(2019, 6, 1), end=dt.date(2024, 6, 20), exclude=()):
    names = company_names(rng, n, exclude)
    inds = weighted_list(rng, K.split(n, ind_w))
    regs = weighted_list(rng, K.split(n, reg_w))
    paid = [True] * paid_n + [False] * (n - paid_n)
    rng.shuffle(paid)
    size = ["中型"] * 0 + [rng.choice(["中型", "小型", "小型", "微型"]) for _ in range(sme_n)] + \
        ["大型"] * (n - sme_n)
    rng.shuffle(size)
    recs = [dict(name=names[i], code=uscc(rng), industry=inds[i], region=regs[i], paid=paid[i], size=size[i],
                 first=rand_date(rng, start, end)) for i in range(n)]
    recs.sort(key=lambda r: r["first"])
    return recs


def tenants_by_region(ents):
    out = {}
    for e in ents:
        out.setdefault(e["region"], []).append(e["name"])
    return out


def device_workbook(p: Pkg, rel: str, recs, br, title: str, note_lines: list[str], cat_order, reg_order,
                    overseas_keys, summary_total_override=None, text_cells=(), extra_sheets=True):
    """汇总 (merged title, header on row 4, 合计/小计 rows, percent column) + 明细 (long, frozen, date column) + 说明."""
    path = p.add_file(rel, "evidence:device_list")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    title_rows(ws, title, "单位：台/套", 7, "统计口径：截至2024年6月28日在用设备")
    ws.row_dimensions[3].height = 6
    header(ws, 4, ["序号", "设备二级分类（附录A）", "接入设备数", "其中：公有云接入", "公有云日均运行", "私有云/专有网接入", "占比"],
           [7, 22, 14, 16, 16, 18, 10])
    r = 5
    for i, k in enumerate(cat_order, 1):
        if k not in br["cat"]:
            continue
        tot = br["cat"][k]
        vals = [i, k, str(tot) if k in text_cells else tot, br["pub_cat"].get(k, 0), br["day_cat"].get(k, 0),
                tot - br["pub_cat"].get(k, 0), tot / br["total"]]
        put_row(ws, r, vals, fmt={7: "0.00%"})
        r += 1
    total_cell = summary_total_override if summary_total_override is not None else br["total"]
    put_row(ws, r, ["", "合计", total_cell, br["pub"], br["day"], br["total"] - br["pub"], 1.0], fill=SUB_FILL, bold=True,
            fmt={7: "0.00%"})
    sheet1 = list(p.files).index(rel) * 0 + 1
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(total_cell), "台/套", total_cell, rel, 1, str(total_cell),
           "合计", "接入设备数")
    p.fact("公有云工业设备连接数量（台/套）", str(br["pub"]), "台/套", br["pub"], rel, 1, str(br["pub"]), "合计", "其中：公有云接入")
    p.fact("公有云工业设备平均日运行数量（台/套）", str(br["day"]), "台/套", br["day"], rel, 1, str(br["day"]), "合计",
           "公有云日均运行")
    r += 3
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, "按省市区域统计（按设备所属企业注册地，附录F）").font = Font(bold=True)
    r += 1
    header(ws, r, ["序号", "省市区域", "接入设备数", "其中：公有云接入", "公有云日均运行", "私有云/专有网接入", "占比"])
    r += 1
    dom = [k for k in reg_order if k in br["reg"] and k not in overseas_keys]
    ovs = [k for k in reg_order if k in br["reg"] and k in overseas_keys]
    for group, label in ((dom, "小计（境内）"), (ovs, "小计（海外）")):
        for i, k in enumerate(group, 1):
            tot = br["reg"][k]
            put_row(ws, r, [i, k, tot, br["pub_reg"].get(k, 0), br["day_reg"].get(k, 0), tot - br["pub_reg"].get(k, 0),
                            tot / br["total"]], fmt={7: "0.00%"})
            r += 1
        if group:
            st = sum(br["reg"][k] for k in group)
            put_row(ws, r, ["", label, st, sum(br["pub_reg"].get(k, 0) for k in group),
                            sum(br["day_reg"].get(k, 0) for k in group), st - sum(br["pub_reg"].get(k, 0) for k in group),
                            st / br["total"]], fill=SUB_FILL, fmt={7: "0.00%"})
            if label == "小计（海外）":
                p.fact("海外设备连接数量（台/套）", str(st), "台/套", st, rel, 1, str(st), "小计（海外）", "接入设备数")
            r += 1
    put_row(ws, r, ["", "总计", br["total"], br["pub"], br["day"], br["total"] - br["pub"], 1.0], fill=SUB_FILL, bold=True,
            fmt={7: "0.00%"})
    ws.freeze_panes = "C5"

    ws2 = wb.create_sheet("明细")
    cols = ["序号", "设备编号", "设备名称", "所属企业", "设备二级分类", "所属省市", "接入方式", "通信协议", "状态", "接入日期"]
    title_rows(ws2, "平台接入设备明细", f"导出记录数：{len(recs)}", len(cols))
    header(ws2, 3, cols, [7, 14, 20, 34, 16, 14, 10, 14, 8, 12])
    for i, rec in enumerate(recs, start=4):
        vals = [rec["sn"], rec["device_id"], rec["name"], rec["tenant"], rec["category"], rec["region"], rec["deploy"],
                rec["protocol"], rec["status"], rec["created"]]
        for j, v in enumerate(vals, 1):
            c = ws2.cell(i, j, v)
            if j == 10:
                c.number_format = "yyyy-mm-dd"
    ws2.freeze_panes = "C4"
    ws2.auto_filter.ref = f"A3:J{len(recs) + 3}"

    ws3 = wb.create_sheet("说明")
    ws3.column_dimensions["A"].width = 110
    for i, line in enumerate(note_lines, 1):
        ws3.cell(i, 1, line).alignment = Alignment(wrap_text=True)
    if extra_sheets:
        h = wb.create_sheet("数据透视_tmp")
        h["A1"] = "行标签"
        h["B1"] = "计数项:设备编号"
        h.sheet_state = "hidden"
        wb.create_sheet("Sheet1")
    K.save_xlsx(wb, path, p.author)


def registry_csv(p: Pkg, rel: str, recs, encoding="utf-8-sig", pinyin=False, role="evidence:device_list"):
    path = p.add_file(rel, role)
    st = {"在用": "active", "已注销": "deregistered"}
    if pinyin:
        cols = ["xh", "sbbh", "sbmc", "zhmc", "sbfl", "ssqy", "jrfs", "txxy", "zxzt", "zcsj"]
        rows = [[r["sn"], r["device_id"], r["name"], r["tenant"], r["category"], r["region"], r["deploy"], r["protocol"],
                 r["online"] if r["status"] == "在用" else "注销", r["created"].strftime("%Y/%m/%d")] for r in recs]
    else:
        cols = ["device_id", "device_name", "tenant", "category_l2", "province", "deploy_type", "online_status",
                "lifecycle", "protocol", "created_at"]
        rows = [[r["device_id"], r["name"], r["tenant"], r["category"], r["region"],
                 "public" if r["deploy"] == "公有云" else "private",
                 {"在线": "online", "离线": "offline"}.get(r["online"], "-"), st[r["status"]], r["protocol"],
                 r["created"].strftime("%Y-%m-%dT%H:%M:%S")] for r in recs]
    write_csv(path, cols, rows, encoding=encoding)
    return path


def ip_workbook(p: Pkg, rel: str, rng: random.Random, n_pat: int, n_soft: int, owner: str, soft_first=False,
                pat_text=None, soft_text=None):
    path = p.add_file(rel, "evidence:patent_list")
    wb = openpyxl.Workbook()
    sheets = [("软件著作权", n_soft), ("专利", n_pat)] if soft_first else [("专利", n_pat), ("软件著作权", n_soft)]
    topics = ["工业设备数据采集", "边缘计算网关", "设备故障预测", "工业时序数据压缩", "低代码应用编排", "能耗优化", "质量追溯",
              "供应链协同", "数字孪生建模", "工业APP运行管理", "设备健康评估", "工艺参数优化", "产线调度"]
    first = True
    for idx, (name, n) in enumerate(sheets, 1):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        if name == "专利":
            title_rows(ws, f"平台核心技术专利清单", f"权利人：{owner}", 6)
            header(ws, 3, ["序号", "专利名称", "专利类型", "专利号", "授权公告日", "权利人"], [6, 46, 10, 20, 12, 34])
            for i in range(n):
                t = rng.choice(topics)
                typ = rng.choice(["发明", "发明", "实用新型"])
                put_row(ws, 4 + i, [i + 1, f"一种基于{t}的方法及系统" if typ == "发明" else f"一种{t}装置",
                                    typ, f"ZL{rng.randint(2018, 2023)}{rng.randint(1, 2)}{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}",
                                    rand_date(rng, dt.date(2019, 1, 1), dt.date(2024, 5, 30)).isoformat(), owner])
            txt = pat_text or f"合计：{n}项"
            ws.cell(5 + n, 1, txt).font = Font(bold=True)
            p.fact("平台核心软硬件技术获得的专利数量（项）", str(n), "项", n, rel, idx, txt, "合计")
        else:
            title_rows(ws, "平台核心技术软件著作权清单", f"著作权人：{owner}", 6)
            header(ws, 3, ["序号", "软件名称", "版本号", "登记号", "登记日期", "著作权人"], [6, 46, 8, 20, 12, 34])
            for i in range(n):
                t = rng.choice(topics)
                put_row(ws, 4 + i, [i + 1, f"{t}软件", f"V{rng.randint(1, 4)}.0",
                                    f"{rng.randint(2018, 2024)}SR{rng.randint(100000, 1999999):07d}",
                                    rand_date(rng, dt.date(2018, 6, 1), dt.date(2024, 6, 1)).isoformat(), owner])
            txt = soft_text or f"共 {n} 项"
            ws.cell(5 + n, 1, txt).font = Font(bold=True)
            p.fact("平台核心软硬件技术获得的软著数量（个）", str(n), "项", n, rel, idx, txt, "合计")
        ws.freeze_panes = "A4"
    K.save_xlsx(wb, path, p.author)


APP_WORDS = {
    "安全生产": ["危险作业报备", "安全巡检", "隐患排查"], "节能减排": ["能耗监测", "碳排放核算", "能效对标"],
    "质量管控": ["质量追溯", "SPC分析", "缺陷识别"], "供应链管理": ["供应商协同", "采购寻源", "库存协同"],
    "研发设计": ["工艺设计", "参数仿真", "BOM管理"], "生产制造": ["生产排程", "设备点检", "工单管理"],
    "运营管理": ["经营驾驶舱", "成本分析", "订单管理"], "仓储物流": ["智能仓储", "物流跟踪", "车辆调度"],
    "运维服务": ["设备远程运维", "故障诊断", "备件管理"],
}


def app_records(rng, n_live, n_off, cat_counts: dict, ind_counts: dict, native_n: int, pub_n: int, subs_total: int):
    cats = weighted_list(rng, cat_counts)
    inds = weighted_list(rng, ind_counts)
    native = [True] * native_n + [False] * (n_live - native_n)
    rng.shuffle(native)
    pub = [True] * pub_n + [False] * (n_live - pub_n)
    rng.shuffle(pub)
    w = {i: rng.paretovariate(1.3) for i in range(n_live)}
    subs = K.split(subs_total, w)
    recs = []
    for i in range(n_live):
        recs.append(dict(cat=cats[i], ind=inds[i], native=native[i], pub=pub[i], subs=subs[i], status="上架",
                         name=rng.choice(APP_WORDS[cats[i]]) + rng.choice(["", "Pro", "云", "助手", "平台版", "SaaS"]) + f"-{i + 1:03d}"))
    for j in range(n_off):
        c = rng.choice(list(cat_counts))
        recs.append(dict(cat=c, ind=rng.choice(list(ind_counts)), native=True, pub=True, subs=0, status="已下架",
                         name=rng.choice(APP_WORDS[c]) + f"(旧版)-{j + 1:02d}"))
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["code"] = f"APP{20190000 + i * 13}"
        r["date"] = rand_date(rng, dt.date(2019, 5, 1), dt.date(2024, 5, 31))
    return recs
