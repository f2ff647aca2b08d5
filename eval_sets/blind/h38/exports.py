"""Back-end exports of set h38: device ledgers, enterprise lists, APP lists, IP and service lists, admin pages."""

from __future__ import annotations

import random
from pathlib import Path

from openpyxl.styles import Font

import render as R
from model import Profile

WORDS = ["华", "新", "恒", "瑞", "德", "宏", "鑫", "锦", "盛", "泰", "嘉", "利", "达", "通", "祥", "丰", "明", "凯", "信", "源"]
TAILS = ["精密机械", "食品", "化工", "电子科技", "新材料", "智能装备", "包装", "汽车零部件", "能源", "纺织", "物流", "制药"]
PROTOCOLS = ["Modbus TCP", "OPC UA", "MQTT", "Profinet", "EtherNet/IP", "BACnet", "S7", "HTTP/REST"]
DEV_NAMES = {"轻工设备": ["灌装机", "包装机", "杀菌机", "均质机", "贴标机"], "动力设备": ["空压机", "离心泵", "锅炉", "冷却风机"],
             "仪器仪表": ["流量计", "温度变送器", "在线分析仪", "压力表"], "物流设备": ["AGV小车", "堆垛机", "输送线"],
             "电力设备": ["配电柜", "变压器", "UPS电源"], "化工设备": ["反应釜", "精馏塔", "换热器", "储罐"],
             "机器人": ["码垛机器人", "焊接机器人", "分拣机器人"], "机床": ["数控车床", "加工中心", "冲压机"],
             "电工、电子设备": ["贴片机", "回流焊炉", "AOI检测仪"], "冶炼设备": ["加热炉", "轧机", "连铸机"],
             "交通设备": ["电动叉车", "轨道车"], "其他": ["环保监测仪", "安全监控终端"]}


def company_name(rng: random.Random, region: str) -> str:
    city = region if len(region) <= 3 else "国际"
    return f"{city}{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.choice(TAILS)}有限公司"


def device_rows(p: Profile, rng: random.Random | None = None, drop: int = 0) -> list[list[str]]:
    """The back end's device ledger; the same rows whichever file or page shows them."""
    rng = random.Random(p.s.seed * 11 + drop)
    rows = []
    idx = list(range(len(p.device_rows)))
    dropped = set(rng.sample(idx, drop)) if drop else set()
    k = 0
    for i, d in enumerate(p.device_rows):
        if i in dropped:
            continue
        k += 1
        names = DEV_NAMES.get(d["cat"], ["采集终端"])
        name = f"{rng.choice(names)}{rng.randint(1, 12)}#"
        if rng.random() < 0.08:
            name += f"（{rng.randint(1, 6)}号线,{rng.choice('ABCD')}区）"  # comma inside a quoted field
        access = "公有云" if d["public"] else rng.choice(["私有云", "边缘侧"])
        day = 44927 + rng.randint(0, 540)  # 2023-01-01 + ...
        y, m, dd = _serial_to_date(day)
        rows.append([f"DEV{p.s.seed % 100:02d}{k:06d}", name, company_name(rng, d["reg"]), d["cat"], d["reg"],
                     rng.choice(PROTOCOLS), access, f"{y}-{m:02d}-{dd:02d} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}",
                     "在线" if rng.random() < 0.7 else "离线"])
    return rows


DEVICE_HEADER = ["设备编号", "设备名称", "所属企业", "设备类型", "所属地区", "接入协议", "接入方式", "接入时间", "在线状态"]


def _serial_to_date(serial: int) -> tuple[int, int, int]:
    from datetime import date, timedelta
    d = date(1899, 12, 30) + timedelta(days=serial)
    return d.year, d.month, d.day


def enterprise_rows(p: Profile, rng: random.Random | None = None) -> list[list]:
    rng = random.Random(p.s.seed * 13)
    rows = []
    for i, e in enumerate(p.ent_rows, 1):
        serial = 44197 + rng.randint(0, 1280)
        rows.append([i, f"E{p.s.seed % 100:02d}{i:05d}", company_name(rng, e["reg"]),
                     f"91310{rng.randint(100000000000, 999999999999)}X", e["ind"], e["reg"], "中小企业" if e["sme"] else "大型企业",
                     serial, "服务中" if e["served"] else "仅注册", "是" if e["paid"] else "否", str(rng.randint(0, 9) if e["served"] else 0)])
    return rows


ENT_HEADER = ["序号", "企业编号", "企业名称", "统一社会信用代码", "所属行业", "所在地区", "企业规模", "注册时间", "服务状态", "是否付费", "订阅应用数"]


def enterprise_xlsx(p: Profile, path: Path, rng: random.Random, export_line: str) -> dict:
    wb = R.new_workbook()
    ws = wb.active
    ws.title = "企业用户列表"
    ws.append([export_line])
    ws.append(ENT_HEADER)
    for r in enterprise_rows(p, rng):
        ws.append(r)
    ws.freeze_panes = "A3"
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions["C"].width = 34
    ws["A1"].font = Font(color="888888")
    st = wb.create_sheet("统计汇总")
    served = [e for e in p.ent_rows if e["served"]]
    stats = [("注册企业总数", str(len(p.ent_rows))), ("服务中企业数", str(len(served))),
             ("付费企业数", str(sum(e["paid"] for e in served))), ("上海地区服务企业数", str(sum(e["reg"] == "上海" for e in served))),
             ("服务中小企业数", str(sum(e["sme"] for e in served)))]
    st.append(["指标", "数值"])
    for a, b in stats:
        st.append([a, b])  # numbers stored as text, as the back end writes them
    R.save_xlsx(wb, path)
    return dict(stats)


def app_rows(p: Profile, rng: random.Random) -> list[list[str]]:
    rows = []
    for i, a in enumerate(p.app_rows, 1):
        rows.append([f"APP{i:04d}", f"{a['cat']}{rng.choice(['助手', '分析', '看板', '管家', '优化'])}V{rng.randint(1, 4)}", a["cat"], a["ind"],
                     a["kind"], "公有云" if a["public"] else "私有化部署", f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                     str(rng.randint(1, 90))])
    return rows


APP_HEADER = ["应用编号", "应用名称", "应用分类", "所属行业", "开发方式", "部署方式", "上架时间", "订阅数"]


def ip_txt(p: Profile, path: Path, rng: random.Random, patents: int, softcr: int, owner: str, encoding="utf-8") -> tuple[str, str]:
    lines = [f"知识产权管理系统　清单导出　　导出时间：2024-07-09 16:02:11　导出人：ipadmin", f"权利人：{owner}", ""]
    qp = f"专利清单（共 {patents} 项）"
    lines += [qp, R.pad("序号", 6) + R.pad("专利号", 22) + R.pad("专利名称", 44) + R.pad("类型", 10) + "授权日", "-" * 96]
    for i in range(1, patents + 1):
        kind = rng.choice(["发明专利", "实用新型"])
        lines.append(R.pad(str(i), 6) + R.pad(f"ZL20{rng.randint(18, 23)}{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}", 22)
                     + R.pad(f"一种{rng.choice(['设备数据采集', '工艺参数优化', '能耗监测', '质量预测', '边缘计算'])}方法及系统", 44)
                     + R.pad(kind, 10) + f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    lines.append("")
    qs = f"软件著作权清单（共 {softcr} 项）"
    lines += [qs, R.pad("序号", 6) + R.pad("登记号", 18) + R.pad("软件名称", 44) + "登记日期", "-" * 90]
    for i in range(1, softcr + 1):
        lines.append(R.pad(str(i), 6) + R.pad(f"20{rng.randint(19, 24)}SR{rng.randint(1000000, 9999999)}", 18)
                     + R.pad(f"{p.s.industry_word}{rng.choice(['设备管理', '数据中台', '工艺分析', '能耗管理', '质量追溯'])}软件V{rng.randint(1, 5)}.0", 44)
                     + f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return qp, qs


def page(p: Profile, printed: str, path: str, system: str, title: str, breadcrumb: str, cards, columns, rows, total: int,
         widths, chart=None, filters=None, pageno="1/1") -> dict:
    return {"printed": printed, "title": f"{title} - {system}", "url": f"{p.s.url.rstrip('/')}{path}", "system": system,
            "breadcrumb": breadcrumb, "cards": cards, "columns": columns, "rows": rows, "widths": widths, "chart": chart,
            "filters": filters, "pager": f"共 {total:,} 条    10条/页", "pageno": pageno}
