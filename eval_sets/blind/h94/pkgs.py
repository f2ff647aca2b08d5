"""Per-package details (documents' wording, file layout, evidence) and the assembly of one package."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl

from eval_sets.blind.h94 import evidence as E
from eval_sets.blind.h94 import forms, render
from eval_sets.blind.h94.model import derive, total
from eval_sets.blind.h94.specs import CHUANSHIBAO, OUBEI, YANFENG, ZHUANGBEI


def _audit_yuan(rev_y: dict, rd_y: float, profit_y: float, rd2022: float, profit2022: float, rev2020: float,
                parts23: tuple, parts22: tuple) -> dict:
    """An internally consistent 利润表: cost is what makes 营业利润 + 营业外收入 = 利润总额."""
    out = {"yuan": {"rev2023": rev_y[2023], "rev2022": rev_y[2022], "rev2021": rev_y[2021], "rd": rd_y, "profit": profit_y},
           "rev2020": rev2020, "rd2022": rd2022, "profit2022": profit2022}
    cols = {}
    for key, rev, rd, profit, (tax, sell, admin, nonop, itax) in (
            ("23", rev_y[2023], rd_y, profit_y, parts23), ("22", rev_y[2022], rd2022, profit2022, parts22)):
        op = round(profit - nonop, 2)
        cost = round(rev - tax - sell - admin - rd - op, 2)
        cols[key] = dict(tax=tax, sell=sell, admin=admin, nonop=nonop, itax=itax, op=op, cost=cost, net=round(profit - itax, 2))
    for k in ("cost", "tax", "sell", "admin", "op", "nonop", "itax", "net"):
        out[k] = (cols["23"][k], cols["22"][k])
    return out


ZHUANGBEI.update(
    backup=("倪晓峰", "平台运维主管", "13801937526", "nixiaofeng@bwzb-ops.example.com"), signer="顾志远",
    form_date="2024年7月15日", commit_date="2024年7月16日", stat_date="2024年7月10日", heading_style="cn",
    colon_rows={"成立日期", "企业类型", "平台建设金额（万元）", "建设时间"},
    text_cells={"实际服务企业数（个）", "付费企业数（个）", "平台服务园区总数（个）"},
    unit_cells={"连接的工业设备/产品/产线种类及数量（台/套）": "台/套", "平台相关营业收入（万元）": "万元"},
    corp=dict(code="91310113MA1GM2X47Q", founded="2019年6月", reg="上海市宝山区", type="有限责任公司", capital="50,000万元",
              business="冶金装备智能运维、检修服务与备件供应", legal="周建国", equity="中国宝武钢铁集团有限公司下属企业持股100%",
              fin=["386,420.18", "212,604.37", "6.82", "61.35", "9,842.60", "5,318.27"]),
    corp_note="平台业务为公司数字化运维板块，2023年平台相关营业收入1,068.52万元，约占公司主营业务收入的0.5%。",
    ops_prose="截至填表日，平台连接钢铁企业关键设备186台/套，服务企业38家（其中付费21家），上架工业APP 18个；"
              "与同类设备运维平台相比，平台设备规模较小，但聚焦轧线、风机等关键设备，诊断准确率较高。",
    effect_prose="平台帮助用户将关键设备非计划停机时间平均降低约17%，点检工作量减少约30%。",
    case=("轧线关键设备预测性维护", "某钢厂热轧产线接入冶炼设备22台，通过振动诊断APP提前发现主传动轴扭振异常，避免非计划停机约36小时。"),
    more_cases=["案例2：面向钢铁行业的设备远程运维平台——风机群健康管理。宝山区某特钢企业接入风机16台，故障停机减少约20%。",
                "案例3：面向钢铁行业的设备远程运维平台——空压站能效优化。某钢管企业空压站能耗下降约6%。"],
    ch7=["对比2023年7月，平台主要变化如下：", "1.服务企业由31家增至38家；", "2.接入设备由142台/套增至186台/套；",
         "3.工业APP由13个增至18个，新增质量管控类APP 3个；", "4.新增边缘汇聚网关1项实用新型专利。"],
    rd_hist={2020: 118.62, 2021: 140.25, 2022: 163.08}, profit_hist={2020: 38.40, 2021: 55.17, 2022: 71.92},
    qual_split=(12, 4),
)

OUBEI.update(
    backup=("许文博", "技术经理", "13916408273", "xuwenbo@oubei-mro.example.com"), signer="沈佳怡",
    form_date="2024年7月12日", commit_date="2024年7月12日", stat_date="2024年7月8日", heading_style="part",
    colon_rows={"注册资本", "主营业务", "平台网址"},
    text_cells={"注册企业用户数（个）", "合作平台数量（个）", "工业APP数量（个）"},
    unit_cells={"平台相关研发投入（万元）": "万元", "实际服务企业数（个）": "家"},
    corp=dict(code="91310113MA1FL8RJ2C", founded="2016年11月", reg="上海市宝山区", type="股份有限公司（非上市）",
              capital="20,000万元", business="工业品（MRO）电子采购平台运营", legal="吴振华",
              equity="欧冶云商股份有限公司等股东持股", fin=["6,842.15", "2,486.30", "12.45", "58.20", "-35.60", "96.42"]),
    corp_note="公司主营业务即欧贝平台运营，公司营业收入即平台相关营业收入（见2023年度审计报告附注）。",
    ops_prose="平台不连接工业设备，主要汇聚供应链资源。截至填表日注册企业312家，实际服务企业264家，其中付费企业205家；"
              "2023年度订单18,406个。2023年因扩充供应商团队，平台利润总额为-35.60万元（亏损）。",
    effect_prose="平台帮助中小制造企业集中采购工业品，平均采购周期缩短约30%，采购成本降低约7%。",
    case=("中小制造企业工业品集采", "某机械企业通过平台询比价和寄售库存，年采购品类约1,200种，采购周期由7天缩短到4天。"),
    more_cases=["案例2：欧贝平台——寄售库存协同。某汽车零部件企业备件库存资金占用下降约18%。",
                "案例3：欧贝平台——电子招投标。某化工企业年度辅材招标周期由21天缩短到12天，采购成本降低约6%。"],
    audit=dict(firm="上海衡信会计师事务所（普通合伙）", firm_doc="衡信审字〔2024〕第0317号", cpa="杜明辉、程丽娟",
               **_audit_yuan({2023: 24862957.40, 2022: 22110716.52, 2021: 19046612.08}, 3120486.00, -356024.18,
                             2760318.44, 1036875.30, 16521803.77,
                             (968412.33, 5126003.80, 4312770.25, 41205.60, 0.00),
                             (871120.46, 4480215.19, 3955067.72, 28760.00, 155531.30))),
)

CHUANSHIBAO.update(
    backup=("邵一帆", "数据工程师", "13817752390", "shaoyifan@shipview-csb.example.com"), signer="陆海鸣",
    form_date="2024年7月18日", commit_date="2024年7月18日", stat_date="2024年7月15日", heading_style="arabic",
    colon_rows={"传真", "平台运营模式", "IaaS基础设施"},
    text_cells={"海外设备连接数量（台/套）", "微服务数量（个）"},
    unit_cells={"存储容量（TB）": "TB", "平台利润率（%）": "%"},
    corp=dict(code="91310000132206871K", founded="1993年5月", reg="上海市浦东新区", type="股份有限公司（上市）",
              capital="37,146万元", business="航运物流信息化、智能交通、船视宝航运数据服务", legal="王振宇",
              equity="中国远洋海运集团有限公司下属企业为控股股东", fin=["412,035.77", "186,420.63", "4.17", "52.63", "18,205.44", "4,611.29"]),
    corp_note="船视宝为公司航运数据服务板块，2023年平台相关营业收入4,630.17万元，约占公司营业收入的2.5%。",
    ops_prose="截至填表日，平台接入船载终端234台/套，其中海外88台/套；服务企业173家，其中海外43家；"
              "与同类船舶数据平台相比，平台船位数据覆盖面较广。",
    effect_prose="平台帮助航运企业提升靠泊预测准确率，平均等泊时间缩短约9%，燃油消耗下降约4.9%。",
    case=("船队实时监控与靠泊预测", "某航运企业12艘散货船接入平台，通过靠泊预测和航速优化，单航次平均节省燃油约3吨。"),
    more_cases=["案例2：船视宝——港口拥堵预警。某船代企业利用拥堵指数调整靠港计划，等泊时间缩短约9%。",
                "案例3：船视宝——CII碳强度测算。某新加坡船东10艘船完成CII评级测算与航速优化。"],
    rd_hist={2020: 602.48, 2021: 697.25, 2022: 820.58}, profit_hist={2020: 268.30, 2021: 337.42, 2022: 420.65},
    qual_split=(19, 8),
)

YANFENG.update(
    backup=("唐思远", "IT经理", "13801725619", "tangsiyuan@yf-jq.example.com"), signer="钱嘉豪",
    form_date="2024年7月17日", commit_date="2024年7月17日", stat_date="2024年7月12日", heading_style="heading",
    colon_rows={"法定代表人", "股权结构", "平台建设方式"},
    text_cells={"工业协议兼容适配数量（个）", "平台现有特色指数（个）", "公有云工业设备连接数量（台/套）"},
    unit_cells={"工业APP数量（个）": "个", "投资回报率（%）": "%"},
    corp=dict(code="91310115607212458R", founded="1994年9月", reg="上海市浦东新区", type="有限责任公司（中外合资）",
              capital="4,500万美元", business="汽车内饰件研发与制造", legal="孙立民", equity="延锋国际汽车技术有限公司等股东持股",
              fin=["268,430.52", "304,126.88", "3.26", "55.81", "12,046.35", "8,163.70"]),
    corp_note="平台为公司自建的企业级工业互联网平台，平台收入为向供应商及集团内兄弟工厂提供订阅服务的收入，2023年为1,577.92万元。",
    ops_prose="平台采用边缘侧+私有云部署，不使用公有云，公有云相关指标均为0。截至填表日联网设备92台/套，服务企业36家。",
    effect_prose="平台帮助工厂及供应商提升设备综合效率，运维成本平均下降约14%，能耗平均下降约8%。",
    case=("仪表板搪塑工艺闭环控制", "金桥工厂搪塑线接入26台化工设备，通过温控APP将表皮厚度不良率由1.8%降至0.9%。"),
    more_cases=["案例2：延锋工业互联网平台——机器人预测性运维。喷涂车间12台机器人故障停机减少约15%。",
                "案例3：延锋工业互联网平台——供应商质量协同。4家本地供应商来料不良率下降约30%。"],
    audit=dict(firm="上海立诚会计师事务所有限公司", firm_doc="立诚专审字〔2024〕第052号", cpa="黄晓东、马佳琪",
               **_audit_yuan({2023: 15779214.66, 2022: 14021583.09, 2021: 12683390.52}, 2681976.35, 1328590.87,
                             2405118.70, 1190442.31, 11205044.10,
                             (86215.40, 1260330.15, 1802467.90, 12000.00, 199288.63),
                             (77108.22, 1120845.60, 1650390.44, 8500.00, 178566.35))),
)


def build_zhuangbei(ev: E.Ev, s: dict):
    d = "附件3 证明材料/"
    E.platform_statement(ev, d + "3-1 平台业务收支专项说明（扫描件）.pdf", s, team_page=True)
    E.device_scan(ev, d + "3-2 接入设备统计表（扫描件）.pdf", s)
    E.ip_scan(ev, d + "3-3 知识产权清单（扫描件）.pdf", s, two_pages=True)
    n = lambda k: s["_rows"][k][1]  # noqa: E731
    E.phone_png(ev, d + "3-4 平台看板手机截图.png", s, "设备远程运维 · 运营看板", "14:26", "86%", [
        ("接入设备（台/套）", "186", "连接的工业设备/产品/产线种类及数量（台/套）", 186, "台/套"),
        ("服务企业（家）", "38", "实际服务企业数（个）", n("实际服务企业数（个）"), "家"),
        ("注册企业（家）", "52", "注册企业用户数（个）", 52, "家"),
        ("工业APP（个）", "18", "工业APP数量（个）", 18, "个"),
        ("机理模型（个）", "42", "工业机理模型数量（个）", 42, "个"),
        ("微服务（个）", "64", "微服务数量（个）", 64, "个"),
        ("今日告警（条）", "7", None, None, ""),
        ("当前在线设备", "97", None, None, ""),
    ], "数据更新：2024-07-10 14:25")
    E.apps_xlsx(ev, d + "3-5 工业APP订阅台账.xlsx", s)
    E.award_pdf(ev, d + "3-6 荣誉及标准清单.pdf", s)
    return {
        "附件1 联系人信息反馈表.docx": "联系人表", "附件2 申报表（宝武装备）.docx": "申报表",
        "附件2 申报表（盖章扫描版）.pdf": "申报表扫描件", "附件3 申报书.docx": "申报书",
        "附件4 平台基本情况汇总表.xlsx": "汇总表", "附件5 真实性承诺（盖章扫描）.pdf": "承诺"}


def build_oubei(ev: E.Ev, s: dict):
    E.audit_report(ev, "06_2023年度审计报告（扫描件）.pdf", s, whole_business=True, title="审计报告")
    E.ip_scan(ev, "07_知识产权清单（扫描件）.pdf", s, two_pages=False)
    E.phone_png(ev, "08_平台运营数据截图.png", s, "欧贝 · 运营数据", "09:41", "62%", [
        ("注册企业（家）", "312", "注册企业用户数（个）", 312, "家"),
        ("服务企业（家）", "264", "实际服务企业数（个）", 264, "家"),
        ("付费企业（家）", "205", "付费企业数（个）", 205, "家"),
        ("入驻供应商（家）", "1,860", None, None, ""),
        ("今日询价单", "126", None, None, ""),
    ], "统计口径：截至2024-07-08")
    # served enterprises statistics
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按行业"
    ws.append(["行业", "服务企业数（家）"])
    for k, v in s["srv_ind"].items():
        ws.append([k, v])
    ws.append(["合计", total(s["srv_ind"])])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域（企业注册地）", "服务企业数（家）"])
    for k, v in s["srv_reg"].items():
        ws2.append([k, v])
    ws2.append(["合计", total(s["srv_reg"])])
    ws3 = wb.create_sheet("其中")
    ws3.append(["口径", "企业数（家）"])
    ws3.append(["付费企业", s["paid"]])
    ws3.append(["服务本市企业", s["srv_reg"]["上海"]])
    ws3.append(["服务中小企业", s["sme"]])
    E._save_wb(wb, ev.root / "09_服务企业统计表.xlsx")
    rel = "09_服务企业统计表.xlsx"
    ev.files[rel] = "evidence:other"
    srv = total(s["srv_ind"])
    ev.facts += [
        E.fact("实际服务企业数（个）", str(srv), "家", srv, rel, 1, str(srv), "合计", "服务企业数（家）"),
        E.fact("付费企业数（个）", str(s["paid"]), "家", s["paid"], rel, 3, str(s["paid"]), "付费企业", "企业数（家）"),
        E.fact("服务本市企业数量（个）", str(s["srv_reg"]["上海"]), "家", s["srv_reg"]["上海"], rel, 3, str(s["srv_reg"]["上海"]),
               "服务本市企业", "企业数（家）"),
        E.fact("服务中小企业数量（个）", str(s["sme"]), "家", s["sme"], rel, 3, str(s["sme"]), "服务中小企业", "企业数（家）"),
    ]
    # team roster scan
    p = render.Page()
    p.center("欧贝平台团队人员花名册（截至2024年7月8日）", 24)
    surnames = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高梁郑罗宋"
    given = "明华军丽强敏静磊洋艳勇杰娟涛超霞平刚芳辉玲鹏"
    rows = []
    q = 0
    for i in range(s["ops"] + s["run"]):
        role = "运维" if i < s["ops"] else "运营"
        has = (i % 2 == 0) and q < s["qualified"]
        q += has
        rows.append([str(i + 1), surnames[i] + given[(i * 7) % len(given)], role,
                     "工程师" if has and role == "运维" else ("采购师" if has else "—")])
    assert q == s["qualified"], q
    p.table(["序号", "姓名", "岗位类别", "职称/从业资格"], rows, [90, 200, 200, 300], size=16, rh=40)
    team = s["ops"] + s["run"]
    summary = f"共{team}人，其中运维{s['ops']}人、运营{s['run']}人；有职称/从业资格{s['qualified']}人。"
    p.para(summary, size=19)
    rel = "10_平台团队花名册（扫描件）.pdf"
    ev.scanned(rel, "evidence:other", [(p, (760, 1180, 95, s["company"], "人事专用章"), (620, 1300, "与原件一致", s["signer"]))],
               "花名册")
    ev.facts += [
        E.fact("平台团队总人数（人）", str(team), "人", team, rel, 1, f"共{team}人", "花名册合计", image_only=True),
        E.fact("运维人数（人）", str(s["ops"]), "人", s["ops"], rel, 1, f"运维{s['ops']}人", "花名册合计", image_only=True),
        E.fact("运营人数（人）", str(s["run"]), "人", s["run"], rel, 1, f"运营{s['run']}人", "花名册合计", image_only=True),
        E.fact("有相关技术职称/从业资格的人数（人）", str(s["qualified"]), "人", s["qualified"], rel, 1,
               f"有职称/从业资格{s['qualified']}人", "花名册合计", image_only=True),
    ]
    E.apps_xlsx(ev, "11_工业APP订阅台账.xlsx", s)
    E.award_pdf(ev, "12_荣誉清单.pdf", s)
    return {"01_联系人信息反馈表.docx": "联系人表", "02_申报表.docx": "申报表", "02_申报表_盖章版.pdf": "申报表扫描件",
            "03_申报书.docx": "申报书", "04_汇总表.xlsx": "汇总表", "05_真实性承诺.pdf": "承诺"}


def build_chuanshibao(ev: E.Ev, s: dict):
    d = "证明材料/"
    E.platform_statement(ev, d + "1 平台经营数据专项说明（扫描件）.pdf", s, team_page=True)
    E.device_scan(ev, d + "2 船载终端接入统计表（扫描件）.pdf", s, unit_word="船载终端")
    E.ip_scan(ev, d + "3 专利及软著清单（扫描件）.pdf", s, two_pages=True)
    E.phone_png(ev, d + "4-1 船视宝APP截图.png", s, "船视宝 · 平台概览", "10:08", "73%", [
        ("接入船载终端", "234", "连接的工业设备/产品/产线种类及数量（台/套）", 234, "台/套"),
        ("服务企业（家）", "173", "实际服务企业数（个）", 173, "家"),
        ("注册企业（家）", "286", "注册企业用户数（个）", 286, "家"),
        ("今日在线终端", "211", None, None, ""),
    ], "全球船位覆盖约10万艘 · 2024-07-15")
    E.phone_png(ev, d + "4-2 船视宝APP截图.png", s, "船视宝 · 开发者中心", "10:11", "72%", [
        ("工业APP（个）", "24", "工业APP数量（个）", 24, "个"),
        ("机理模型（个）", "58", "工业机理模型数量（个）", 58, "个"),
        ("微服务（个）", "212", "微服务数量（个）", 212, "个"),
        ("注册开发者", "126", "开发者注册总数（个）", 126, "个"),
        ("月活跃开发者", "41", "活跃开发者数（个）", 41, "个"),
        ("本周新增API调用", "3.2万", None, None, ""),
    ], "开发者中心 · 2024-07-15")
    E.apps_xlsx(ev, d + "5 工业APP订阅台账.xlsx", s)
    E.award_pdf(ev, d + "6 获奖清单.pdf", s)
    return {"申报材料/附件1 联系人信息反馈表.docx": "联系人表", "申报材料/附件2 申报表.docx": "申报表",
            "申报材料/附件2 申报表（签章扫描）.pdf": "申报表扫描件", "申报材料/附件3 申报书.docx": "申报书",
            "申报材料/附件4 平台基本情况汇总表.xlsx": "汇总表", "申报材料/附件5 真实性承诺.pdf": "承诺"}


def build_yanfeng(ev: E.Ev, s: dict):
    E.audit_report(ev, "附件3-1 平台专项审计报告（扫描件）.pdf", s, whole_business=False, title="延锋工业互联网平台专项审计报告")
    E.device_xlsx(ev, "附件3-2 设备联网清单导出.xlsx", s)
    E.ip_scan(ev, "附件3-3 知识产权清单（扫描件）.pdf", s, two_pages=False)
    E.phone_png(ev, "附件3-4 MES看板截图.png", s, "金桥工厂 · 设备联网看板", "16:52", "41%", [
        ("联网设备（台/套）", "92", "连接的工业设备/产品/产线种类及数量（台/套）", 92, "台/套"),
        ("工业APP（个）", "15", "工业APP数量（个）", 15, "个"),
        ("机理模型（个）", "34", "工业机理模型数量（个）", 34, "个"),
        ("微服务（个）", "88", "微服务数量（个）", 88, "个"),
        ("今日OEE", "78.6%", None, None, ""),
        ("今日产量（件）", "12,480", None, None, ""),
    ], "私有云部署 · 2024-07-12")
    p = render.Page()
    p.center("平台服务上海市级智能工厂情况说明", 26)
    p.para("截至填表日，延锋工业互联网平台服务上海市级智能工厂共1家：", size=20)
    p.table(["序号", "智能工厂名称", "地址", "服务内容"],
            [["1", "内饰件数字化车间（2023年认定）", "上海市浦东新区金桥路", "设备联网、工艺监控、质量追溯"]],
            [70, 330, 230, 230], size=16, rh=40)
    p.para("特此说明。", size=20)
    p.y += 40
    p.para(f"{s['company']}    {s['form_date']}", size=20, x=480)
    rel = "附件3-5 智能工厂服务情况说明（扫描件）.pdf"
    ev.scanned(rel, "evidence:other", [(p, (700, p.y - 60, 100, s["company"], "公章"), None)], "智能工厂说明")
    ev.facts.append(E.fact("平台是否服务上海智能工厂，数量", "1家", "家", 1, rel, 1, "共1家", "上海市级智能工厂", image_only=True))
    E.apps_xlsx(ev, "附件3-6 工业APP订阅台账.xlsx", s)
    E.award_pdf(ev, "附件3-7 荣誉清单.pdf", s)
    return {"附件1-联系人信息反馈表.docx": "联系人表", "附件2-申报表.docx": "申报表", "附件2-申报表（盖章）.pdf": "申报表扫描件",
            "附件3-申报书.docx": "申报书", "附件4-平台基本情况汇总表.xlsx": "汇总表", "附件5-真实性承诺（盖章）.pdf": "承诺"}


PACKAGES = {
    "h94_zhuangbei_clean": (ZHUANGBEI, build_zhuangbei, 9422),
    "h94_oubei_clean": (OUBEI, build_oubei, 9424),
    "h94_chuanshibao_clean": (CHUANSHIBAO, build_chuanshibao, 9428),
    "h94_yanfeng_clean": (YANFENG, build_yanfeng, 9433),
}


def build(pid: str, root: Path):
    spec, fn, seed = PACKAGES[pid]
    s = dict(spec)
    rows = derive(s)
    s["_rows"] = rows
    rng = np.random.default_rng(seed)
    ev = E.Ev(root, rng)
    app = fn(ev, s)
    names = {role: name for name, role in app.items()}
    # 证明资料 column: where the reviewer finds each indicator
    proofs = {}
    for f in ev.facts:
        ref = f"见《{Path(f['file']).stem}》第{f['page']}页" + ("（工作表）" if f["file"].endswith(".xlsx") else "")
        proofs.setdefault(f["label"], ref)
    forms.contact_docx(s, root / names["联系人表"])
    form = forms.form_docx(s, rows, proofs, root / names["申报表"])
    ev.drawn[names["申报表扫描件"]] = forms.form_scan(s, form, root / names["申报表扫描件"], rng)
    attach = [f"{i}. {Path(n).stem}" for i, n in enumerate(sorted(ev.files), 1)]
    heads = forms.book_docx(s, rows, attach, root / names["申报书"])
    forms.summary_xlsx(s, rows, root / names["汇总表"])
    ev.drawn[names["承诺"]] = forms.commitment_scan(s, root / names["承诺"], rng)
    files = {**app, **ev.files}
    return s, rows, files, ev.facts, ev.drawn, heads, form
