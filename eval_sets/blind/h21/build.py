"""Builds the h21 holdout set: packages/<id>/... and truth/<id>.json.

Run (from the repository): .venv/bin/python eval_sets/blind/h21/build.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository (eval_sets.generator.fonts, eval_sets.truth)
sys.path.insert(0, str(HERE))

import docs  # noqa: E402
import evidence as ev  # noqa: E402
from labels import LABELS  # noqa: E402
from lib import images_to_pdf, money, scanify, th  # noqa: E402
from model import build_values, form_cells  # noqa: E402
from specs import CAT, MODES, base, texts  # noqa: E402
import random  # noqa: E402

PKG = HERE / "packages"
TRUTH = HERE / "truth"


def defaults(P):
    """Fill the numbers every package shares in shape."""
    n = P["n"]
    n.setdefault("杀手锏APP数量（个）", 5)
    n.setdefault("平台现有特色指数（个）", 5)
    P.setdefault("model_w", {"数据算法模型": 3, "研发仿真模型": 1, "行业机理模型": 4, "业务流程模型": 2})
    P.setdefault("sol_w", {m: w for m, w in zip(MODES, (5, 2, 4, 5, 1, 4))})
    P.setdefault("listed", False)
    P.setdefault("smart", 3)
    return P


def truth(pid, P, V, files, facts, problems, layout, description, secrets=()):
    rows = []
    for lab in LABELS:
        value, norm = V[lab]
        rows.append({"label": lab, "value": value, "normalized": norm})
    probs = []
    for i, p in enumerate(problems, 1):
        probs.append({"id": f"{pid}-{i:02d}-{p['family']}", **p})
    t = {"schema_version": 1, "package_id": pid, "description": description, "path": f"packages/{pid}",
         "delivery": "folder",
         "platform": {"list_no": P["no"], "listed_name": P["listed_name"], "company": P["company"],
                      "declared_name": P["declared_name"], "participated_2023": P["part2023"]},
         "layout": layout, "files": files, "secrets": list(secrets), "summary_rows": rows,
         "evidence_facts": facts, "problems": probs}
    from eval_sets.truth import PackageTruth, dump_truth
    obj = PackageTruth.model_validate(t)
    TRUTH.mkdir(parents=True, exist_ok=True)
    (TRUTH / f"{pid}.json").write_text(dump_truth(obj), encoding="utf-8")


def narrative_sections(P, V, intro, tech, ops_extra, effects, cases, attachments, sec7=None, bench=None):
    s = {
        "一、申报单位简介": intro,
        "二、平台建设及运营情况": [("h2", "（一）平台基本信息")] + tech + [("h2", "（二）平台运营情况")] + ops_extra +
        ([("table", bench)] if bench else []) +
        ["技术创新点总结：平台在多协议设备接入、边缘智能与时序数据处理方面形成自主可控的技术体系，关键指标达到国内同类平台先进水平。"],
        "三、平台应用成效": effects + ["应用创新点总结：以平台为底座实现新技术融合应用和商业模式创新，具备可持续发展能力。"],
        "四、平台下一步发展计划": ["持续推进平台技术升级、产品迭代与生态合作，拓展海外及长三角市场。"],
        "五、平台应用案例": cases,
        "六、附件及其他说明材料": [("table", [["附件序号", "附件名称", "对应页码"]] + attachments)],
    }
    if sec7:
        s["七、平台相较上年度对比情况"] = sec7
    return s


def bench_rows(V, peer):
    return [["三级指标", "本平台数据", "对标数据"],
            ["1.2.1 创新投入情况", f"研发投入{V['平台相关研发投入（万元）'][0]}万元", f"同行业平台（{peer}）研发投入数量级：千万元"],
            ["2.1.1 工业设备连接/汇聚能力", f"连接设备{V['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套", f"{peer}：约1万台/套"],
            ["3.1.1 平台应用规模", f"实际服务企业{V['实际服务企业数（个）'][0]}家", f"{peer}：约800家"]]


# =============================================================================== package A (clean)
def pkg_waigaoqiao():
    pid = "h21_29_waigaoqiao_clean"
    root = PKG / pid
    P = base(29, "外高桥船舶行业工业互联网平台", "上海外高桥造船有限公司", False)
    P.update({
        "company_en": "Shanghai Waigaoqiao Shipbuilding Co., Ltd.", "uscc": "91310115MA1K4B7X2T", "duns": "54-418-7306",
        "founded": "1999年10月", "reg_addr": "上海市浦东新区洲海路3001号（浦东新区）", "etype": "有限责任公司（国有控股）",
        "capital": "人民币1,000,000万元", "business": "船舶设计、建造、修理；海洋工程装备制造；工业互联网平台服务",
        "legal": "王建华", "legal_sig": "王建华", "equity": "中国船舶工业股份有限公司 100%",
        "addr_en": "No. 3001 Zhouhai Road, Pudong New Area, Shanghai, China",
        "contact": "陆嘉豪", "title": "数字化部副部长", "phone": "13917642081", "email": "lujh@sws-ship.example.com",
        "contact2": "沈若琳", "title2": "平台运营主管", "phone2": "13916208874", "email2": "shenrl@sws-ship.example.com",
        "address": "上海市浦东新区洲海路3001号行政楼3楼301会议室", "url": "https://iship.sws.example.com",
        "demo_user": "sheitc_review", "demo_pw": "Ship#2024eval",
        "period": "2019.03-2023.12", "period_text": "2019年3月至2023年12月", "build": 6800.00,
        "build_mode": "自建", "build_text": "☑自建", "op_mode": "自运营", "deploy": "私有云、混合云",
        "iaas_text": "☑租用，服务商名称（必填）：中国电信天翼云科技有限公司", "deploy_text": "☑私有云 ☑混合云",
        "nature": "行业型工业互联网平台", "sign_date": "2024年7月16日",
        "rev": {2020: 3120.45, 2021: 3688.20, 2022: 4315.62, 2023: 5086.74}, "rd": 1268.35, "profit": 742.18,
        "team": 146, "ops": 88, "opr": 58, "qual": 109, "paid_users": 318, "users": 1236,
        "devices": 12480, "pub_devices": 5320, "daily_devices": 3968,
        "dev_cat_w": {"交通设备": 38, "机床": 16, "动力设备": 14, "机器人": 12, "物流设备": 9, "仪器仪表": 7, "电力设备": 4},
        "overseas": {"新加坡Singapore": 126, "希腊Greece": 88, "挪威Norway": 54},
        "killer_rev": 36.85, "cloud": 186.50, "cap": 1200.00, "data": 684.36, "pubdata": 212.48, "sub_amount": 2864.30,
        "dev_util": 81.26, "local_rate": 88.50, "om_down": 17.42, "energy_down": 8.65, "safety_up": 19.37,
        "social": 21.84, "trade_growth": 17.87,
        "app_cat_w": {"生产制造": 26, "质量管控": 14, "运维服务": 18, "研发设计": 12, "仓储物流": 9, "供应链管理": 11,
                      "安全生产": 10},
        "app_ind_w": {"船舶": 70, "机械": 18, "轨道交通": 12},
        "srv_ind_w": {"船舶": 52, "机械": 22, "电子": 8, "轨道交通": 6, "其他": 12},
        "speed": "秒级（单TB焊接时序数据聚合分析约2.6秒）", "orders": (9620, 10184), "smart": 4,
        "open_data": "以API接口和行业数据集形式开放：开放API接口168个、船舶行业数据集7个",
        "n": {"工业协议兼容适配数量（个）": 126, "工业软件总量（个）": 368, "工业APP数量（个）": 326,
              "基于平台开发的工业APP数量（个）": 214, "云化工业软件数量（个）": 112, "工业APP平均月活跃数量（个）": 238,
              "公有云杀手锏APP平均日在线用户数（个）": 1286, "杀手锏APP日活次数（次）": 15420, "公有云工业APP数量（个）": 142,
              "公有云工业APP平均日活跃数量（个）": 68, "平台公有云实际使用数量（台）": 64, "工业机理模型数量（个）": 248,
              "活跃机理模型数量（一周调用5次以上）（个）": 131, "核心工业模型平均月调用用户数量（个）": 412,
              "微服务数量（个）": 1042, "活跃微服务数量（一周调用5次以上）（个）": 566, "开发者注册总数（个）": 2860,
              "活跃开发者数（个）": 734, "注册企业用户数（个）": 1236, "实际服务企业数（个）": 968, "付费企业数（个）": 318,
              "服务中小企业数量（个）": 702, "工业APP订阅总数量（个）": 4128, "杀手锏工业APP订阅数量（个）": 1872,
              "平台服务园区总数（个）": 6, "平台提供的解决方案总数（个）": 28, "平台核心软硬件技术获得的专利数量（项）": 17,
              "平台核心软硬件技术获得的软著数量（个）": 26, "平台获得省部级及以上奖项/荣誉数量（个）": 4,
              "平台建设与运营带动新增就业人数（人）": 236, "合作平台数量（个）": 6},
    })
    domestic = 12480 - 268
    from lib import split
    P["dev_reg"] = {**split(domestic, {"上海": 52, "江苏": 18, "浙江": 9, "山东": 7, "辽宁": 5, "大连": 4, "广东": 5}),
                    **P["overseas"]}
    P["srv_reg"] = {**split(968 - 19, {"上海": 58, "江苏": 16, "浙江": 10, "山东": 6, "大连": 4, "广东": 6}),
                    "新加坡Singapore": 9, "希腊Greece": 6, "挪威Norway": 4}
    P["texts"] = texts("外高桥造船", "船舶制造行业", {
        "定位": "面向船舶与海工装备制造的行业级工业互联网平台，打通设计、建造、交付与运维全流程。",
        "上市": "否（本公司为中国船舶工业股份有限公司全资子公司，母公司为上市公司，本公司自身未上市）",
        "智能工厂": "是，4家：上海外高桥造船有限公司智能工厂（本公司，浦东新区洲海路3001号）等4家，服务内容为焊接数据采集与分段建造排产。"})
    P["intro"] = ("外高桥船舶行业工业互联网平台（iShip Platform）面向船舶与海工装备制造，提供设备联网（IoT设备接入）、"
                  "焊接与涂装数据分析、分段建造排产、供应链协同等SaaS应用，连接设备12,480台/套，服务企业968家，主要客户包括"
                  "长三角船舶配套企业及新加坡、希腊等海外船东。")
    P["effect"] = "解决船舶建造离散程度高、设备利用率低、配套协同难等痛点，平台用户设备运维成本平均下降17.42%。"
    P["corp"] = {"assets": "3,864,215.48", "revenue": "1,876,450.32", "growth": "22.47", "debt": "78.36",
                 "profit": "48,612.77", "tax": "21,356.09"}
    defaults(P)
    V = build_values(P)
    cells = form_cells(P, V)
    cells["平台相关营业收入（万元）"] = "5,086.74"
    cells["连接的工业设备/产品/产线种类及数量（台/套）"] = "总数12480台/套，其中私有化部署涉及的相关数量7160台/套"
    cells["平台相关研发投入（万元）"] = "1268.35（2023年度，口径见附件3-1附注十四）"
    ev_dir = "附件3-证明材料"
    f_audit = f"{ev_dir}/3-1 2023年度审计报告（中英文对照）.pdf"
    f_grp = f"{ev_dir}/3-2 SWS Marine Digital (HK) Annual Report FY2023-24 (excerpt).pdf"
    f_dev = f"{ev_dir}/3-3 平台接入设备统计 Device statistics.xlsx"
    f_shot = f"{ev_dir}/3-4 iShip console screenshot.png"
    f_ip = f"{ev_dir}/3-5 知识产权清单 IP list.pdf"
    f_aw = f"{ev_dir}/3-6 省部级及以上荣誉清单.xlsx"
    f_pr = f"{ev_dir}/3-7 Press release 新闻稿（英中对照）.pdf"
    f_lic = f"{ev_dir}/3-8 营业执照及邓白氏编码确认函.pdf"
    files = {"附件1 联系人信息反馈表.docx": "联系人表", "附件2 申报表.xlsx": "申报表", "附件2 申报表（盖章扫描）.pdf": "申报表扫描件",
             "附件3 申报书.pdf": "申报书", "附件4 平台基本情况汇总表.docx": "汇总表", "附件5 真实性承诺（盖章）.pdf": "承诺",
             f_audit: "evidence:audit_report", f_grp: "evidence:other", f_dev: "evidence:device_list",
             f_shot: "evidence:screenshot", f_ip: "evidence:patent_list", f_aw: "evidence:award_list",
             f_pr: "evidence:other", f_lic: "evidence:other"}
    for f in files:
        (root / f).parent.mkdir(parents=True, exist_ok=True)
    proof = {"平台相关营业收入（万元）": "附件3-1 第5-6页", "平台相关研发投入（万元）": "附件3-1 第6页",
             "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-3、3-4", "平台核心软硬件技术获得的专利数量（项）": "附件3-5 第1页",
             "平台核心软硬件技术获得的软著数量（个）": "附件3-5 第2页", "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-6"}
    docs.contact_docx(P, root / "附件1 联系人信息反馈表.docx")
    docs.form_xlsx(P, V, cells, root / "附件2 申报表.xlsx", proof)
    docs.form_scan(P, V, cells, root / "附件2 申报表（盖章扫描）.pdf", 2901, proof)
    docs.summary_docx(P, V, root / "附件4 平台基本情况汇总表.docx")
    docs.commitment(P, root / "附件5 真实性承诺（盖章）.pdf", 2902)
    plat = {"rev": P["rev"], "rd": {2021: 905.12, 2022: 1086.47, 2023: 1268.35},
            "profit": {2021: 402.66, 2022: 561.30, 2023: 742.18}}
    corp = {"cash": (412086.55, 365214.02), "ar": (286413.90, 241377.65), "fa": (1208634.12, 1186420.08),
            "assets": (3864215.48, 3512877.60), "liab": (3027998.07, 2760455.31), "rev": (1876450.32, 1532118.76),
            "cost": (1702236.44, 1408813.21), "tax": (21356.09, 17942.33), "rdx": (58264.71, 49118.02),
            "op": (47815.36, 30552.64), "profit": (48612.77, 31476.09), "np": (41320.85, 27105.36)}
    facts = ev.audit_bilingual(root / f_audit, f_audit, {
        "firm": "信衡中和会计师事务所（特殊普通合伙）", "firm_en": "Kingsway Zhonghe CPA LLP", "cpa": "周启明、马丽娜",
        "report_no": "信衡中和审字(2024)第0418号  KZ(2024)AR-0418", "company": P["company"], "company_en": P["company_en"],
        "unit": "元", "corp": corp, "plat": plat, "note_no": ("五、23", "23"), "seg_note": ("十四", "45"),
        "main_line": "船舶建造及修理 Shipbuilding and repair"})
    ev.group_report_en(root / f_grp, {
        "group": "SWS Marine Digital (Hong Kong) Limited", "fy": "FY2023/24", "period": "1 April 2023 – 31 March 2024",
        "highlight": "SWS Marine Digital (Hong Kong) Limited is the overseas service arm of the iShip platform. Its financial "
                     "year runs from 1 April to 31 March. Figures below are NOT those of the Shanghai entity.",
        "hl_rows": [["HK$'000 unless stated", "FY2023/24", "FY2022/23", "Change"],
                    ["Revenue", "38,412", "29,866", "+28.6%"], ["Revenue (USD'000, translated)", "4,916", "3,810", "+29.0%"],
                    ["Profit before tax", "6,108", "4,215", "+44.9%"]],
        "seg_intro": "iShip overseas services (ship-owner fleets in Singapore, Greece and Norway), translated to RMB for group "
                     "reporting. Fiscal years end on 31 March.",
        "seg_rows": [["RMB'000", "FY2023/24", "FY2022/23"], ["iShip overseas service revenue", "35,624", "27,702"],
                     ["Group-wide connected devices (all yards and fleets)", "48,315", "41,260"],
                     ["Group-wide registered users", "26,480", "21,905"]],
        "notes": ["Group-wide figures include vessels and yards outside the iShip platform scope of the Shanghai entity."]})
    facts += ev.device_xlsx(root / f_dev, f_dev, V, "外高桥船舶行业工业互联网平台接入设备统计", "iShip connected device statistics")
    img = ev.dashboard("iShip Platform Console · 外高桥船舶工业互联网平台", [
        ("Connected devices 接入设备", "12,480", "Shanghai entity scope · as of 2024-06-30"),
        ("Registered enterprises 注册企业", "1,236", "enterprise tenants"),
        ("Industrial apps 工业APP", "326", "live apps with ≥1 industrial user"),
        ("Microservices 微服务", "1,042", "deployed on K8s"),
        ("Group-wide devices (all yards & fleets)", "48,315", "CSSC yards incl. overseas fleets — reference only"),
        ("API calls today API调用次数", "2.31M", "peak 3,214 QPS")], 2903, theme="dark")
    img.save(root / f_shot)
    facts += [ev.F("连接的工业设备/产品/产线种类及数量（台/套）", "12,480", "台/套", 12480, f_shot, 1, "12,480",
                   "Connected devices 接入设备", img=True),
              ev.F("注册企业用户数（个）", "1,236", "家", 1236, f_shot, 1, "1,236", "Registered enterprises 注册企业", img=True),
              ev.F("工业APP数量（个）", "326", "个", 326, f_shot, 1, "326", "Industrial apps 工业APP", img=True),
              ev.F("微服务数量（个）", "1,042", "个", 1042, f_shot, 1, "1,042", "Microservices 微服务", img=True)]
    facts += ev.ip_list_pdf(root / f_ip, f_ip, P["company"], ev.gen_ip("船舶", 17, "patent", 2911),
                            ev.gen_ip("iShip", 26, "soft", 2912))
    facts += ev.awards_xlsx(root / f_aw, f_aw, [
        ("上海市工业互联网创新应用标杆（平台类）", "2022-11", "上海市经济和信息化委员会"),
        ("工业互联网试点示范项目（平台类）", "2022-12", "工业和信息化部"),
        ("上海市科技进步奖二等奖", "2023-05", "上海市人民政府"),
        ("智能制造优秀场景", "2023-09", "工业和信息化部")])
    ev.press_release(root / f_pr, "Waigaoqiao Shipbuilding's iShip platform extends remote services to Singapore fleet",
                     ["SHANGHAI, 12 March 2024 — Shanghai Waigaoqiao Shipbuilding Co., Ltd. today announced that its iShip "
                      "industrial internet platform, which connects more than 12,000 devices across yards and supplier "
                      "plants, will provide remote monitoring to a Singapore-based ship owner under a USD 2.4 million "
                      "three-year service contract (approx. RMB 17.3 million).",
                      "In fiscal year 2023/24 (April–March) the overseas service arm reported revenue of HK$38.4 million."],
                     "外高桥造船iShip平台向新加坡船队延伸远程服务",
                     ["上海，2024年3月12日——上海外高桥造船有限公司宣布，其iShip工业互联网平台（已连接船厂及配套企业设备超过1.2万台）"
                      "将根据一份为期三年、金额240万美元（约合人民币1,730万元）的服务合同，为一家新加坡船东提供远程监测服务。",
                      "2023/24财年（4月至次年3月），海外服务公司实现收入3,841万港元。"], "SWS Corporate Communications")
    from lib import scan_pdf  # noqa
    ev.license_scan(root / f_lic, P, 2913)
    attachments = [["3-1", "2023年度审计报告（中英文对照）", "第1-6页"], ["3-2", "SWS Marine Digital (HK) 年报节选 FY2023/24", "第1-2页"],
                   ["3-3", "平台接入设备统计（Excel）", "—"], ["3-4", "iShip控制台截图", "第1页"],
                   ["3-5", "知识产权清单", "第1-2页"], ["3-6", "省部级及以上荣誉清单", "—"], ["3-7", "新闻稿（英中对照）", "第1-2页"],
                   ["3-8", "营业执照及邓白氏编码确认函", "第1-2页"]]
    secs = narrative_sections(
        P, V,
        [f"{P['company']}（{P['company_en']}，统一社会信用代码{P['uscc']}，邓白氏编码D-U-N-S {P['duns']}）成立于1999年，"
         "是中国船舶集团旗下的骨干造船企业。本公司2023年度营业收入1,876,450.32万元（经审计，单体口径）。"
         "集团口径（含各船厂及海外船队）的数字化业务规模远大于本公司，本申报仅填报本公司平台数据。"],
        ["平台名称为外高桥船舶行业工业互联网平台（英文名iShip Platform），2019年3月启动建设，2023年12月完成二期，建设金额6,800.00万元，"
         "采用私有云+混合云部署，IaaS租用天翼云资源。"],
        ["截至2024年6月30日，平台连接工业设备12,480台/套（集团口径含各船厂及海外船队共48,315台/套，不作为本申报口径），"
         "注册企业用户1,236家，实际服务企业968家，其中服务本市企业数量见申报表。"],
        ["2023年平台相关营业收入5,086.74万元，较2022年的4,315.62万元增长17.87%。海外服务公司按4月至次年3月财年编制报表"
         "（FY2023/24收入3,841.2万港元），与本公司日历年度口径不同，未计入平台收入。"],
        ["案例1：外高桥船舶行业工业互联网平台——焊接质量数字化管控。企业简介：某长三角船舶配套企业……平台为其提供焊机联网与焊缝质量追溯。",
         "案例2：外高桥船舶行业工业互联网平台——分段建造智能排产。",
         "案例3：外高桥船舶行业工业互联网平台——海外船队远程运维（新加坡Singapore）。"],
        attachments, sec7=None, bench=bench_rows(V, "某船舶集团数字化平台"))
    docs.narrative(P, V, root / "附件3 申报书.pdf", fmt="pdf", sections=secs)
    truth(pid, P, V, files, facts, [], [
        "naming:附件N", "evidence_dir:附件3-证明材料", "form:xlsx+scan", "narrative:pdf", "summary:docx",
        "commitment:scan", "audit:bilingual(元, unit in heading)", "group_fy:FY2023/24(HK$/RMB'000, not applicant)",
        "dashboard:png-english", "press_release:en+cn", "duns", "trap:group-wide-figure", "trap:usd", "trap:2023-vs-2022",
        "no_section7(2023未参评)", "private_format"],
        "序号29外高桥造船，干净包：中英文对照审计报告（元，单位仅在表头），附注五、23与附注十四分部信息给出平台数；"
        "海外服务公司FY2023/24英文年报（港币/人民币千元、集团口径设备48,315）作为干扰；英文控制台截图含集团口径磁贴；"
        "英文新闻稿+中文译文含美元合同额；营业执照+邓白氏编码；2023年未参评，无第七章（不要求）。",
        secrets=["Ship#2024eval"])


# =============================================================================== package B (FY column)
def pkg_amy():
    pid = "h21_07_amy_problems"
    root = PKG / pid
    P = base(7, "面向制造业供应链协同的智能交易工业互联网平台", "上海爱姆意机电设备连锁有限公司", True)
    P.update({
        "company_en": "Shanghai MIY Electromechanical Equipment Chain Co., Ltd.", "uscc": "91310000607385214K",
        "duns": "42-716-0958", "founded": "1996年5月", "reg_addr": "上海市闵行区虹梅南路1755号（闵行区）",
        "etype": "有限责任公司（外国法人独资）", "capital": "美元2,800万元", "business": "机电设备、工业品MRO销售及供应链服务；工业互联网平台运营",
        "legal": "Kenji Sato（佐藤健二）", "legal_sig": "佐藤健二", "equity": "MIY Holdings Corporation（日本东京）100%",
        "addr_en": "No. 1755 South Hongmei Road, Minhang District, Shanghai", "contact": "顾晓蕾", "title": "数字平台事业部经理",
        "phone": "13901856273", "email": "gu.xiaolei@miy-sh.example.com", "contact2": "林子昂", "title2": "IT Manager",
        "phone2": "13918260457", "email2": "lin.ziang@miy-sh.example.com",
        "address": "上海市闵行区虹梅南路1755号A栋5楼Tokyo会议室", "url": "https://mall.miy-sh.example.com",
        "demo_user": "sheitc2024", "demo_pw": "Miy!Eval0722",
        "period": "2017.06-2023.12", "period_text": "2017年6月至2023年12月", "build": 5200.00,
        "build_mode": "合作共建", "build_text": "☑合作共建，合作企业名称（必填）：MIY Digital Solutions株式会社",
        "op_mode": "自运营", "deploy": "公有云", "iaas_text": "☑租用，服务商名称（必填）：阿里云计算有限公司",
        "deploy_text": "☑公有云", "nature": "行业型工业互联网平台（供应链协同）", "sign_date": "2024年7月18日",
        # declared revenue: 2022/2023 taken from the group's FY columns (planted)
        "rev": {2020: 4312.08, 2021: 4986.52, 2022: 5987.00, 2023: 6842.30}, "rd": 986.40, "profit": 802.15,
        "team": 118, "ops": 64, "opr": 54, "qual": 82, "paid_users": 1436, "users": 5120,
        "devices": 9860, "pub_devices": 9860, "daily_devices": 7412,
        "dev_cat_w": {"机床": 34, "动力设备": 22, "物流设备": 18, "仪器仪表": 12, "电工、电子设备": 14},
        "killer_rev": 58.42, "cloud": 96.00, "cap": 640.00, "data": 402.88, "pubdata": 402.88, "sub_amount": 3418.66,
        "dev_util": 75.18, "local_rate": 72.00, "om_down": 14.26, "energy_down": 6.38, "safety_up": 12.90,
        "social": 18.77, "trade_growth": 14.29,
        "app_cat_w": {"供应链管理": 30, "仓储物流": 18, "运维服务": 16, "运营管理": 14, "质量管控": 10, "生产制造": 12},
        "app_ind_w": {"机械": 46, "汽车": 22, "电子": 18, "轻工": 14},
        "srv_ind_w": {"机械": 40, "汽车": 20, "电子": 18, "轻工": 12, "其他": 10},
        "speed": "毫秒级（单TB订单数据检索平均420毫秒）", "orders": (48620, 51206),
        "open_data": "以API接口形式开放商品主数据、库存与物流数据：开放API接口96个，SKU主数据38万条",
        "n": {"工业协议兼容适配数量（个）": 58, "工业软件总量（个）": 142, "工业APP数量（个）": 118,
              "基于平台开发的工业APP数量（个）": 86, "云化工业软件数量（个）": 32, "工业APP平均月活跃数量（个）": 97,
              "公有云杀手锏APP平均日在线用户数（个）": 2214, "杀手锏APP日活次数（次）": 26830, "公有云工业APP数量（个）": 118,
              "公有云工业APP平均日活跃数量（个）": 61, "平台公有云实际使用数量（台）": 96, "工业机理模型数量（个）": 84,
              "活跃机理模型数量（一周调用5次以上）（个）": 46, "核心工业模型平均月调用用户数量（个）": 638,
              "微服务数量（个）": 612, "活跃微服务数量（一周调用5次以上）（个）": 388, "开发者注册总数（个）": 1420,
              "活跃开发者数（个）": 356, "注册企业用户数（个）": 5120, "实际服务企业数（个）": 3648, "付费企业数（个）": 1436,
              "服务中小企业数量（个）": 3012, "工业APP订阅总数量（个）": 8740, "杀手锏工业APP订阅数量（个）": 4126,
              "平台服务园区总数（个）": 11, "平台提供的解决方案总数（个）": 24, "平台核心软硬件技术获得的专利数量（项）": 9,
              "平台核心软硬件技术获得的软著数量（个）": 31, "平台获得省部级及以上奖项/荣誉数量（个）": 3,
              "平台建设与运营带动新增就业人数（人）": 168, "合作平台数量（个）": 9},
    })
    from lib import split
    true_ov = {"日本Japan": 186, "泰国Thailand": 64, "越南Vietnam": 36}
    P["overseas"] = {"日本Japan": 186, "泰国Thailand": 64}  # planted: 越南 left out of the breakdown
    P["overseas_total"] = 286
    P["dev_reg"] = {**split(9860 - 286, {"上海": 44, "江苏": 20, "浙江": 14, "安徽": 8, "广东": 8, "山东": 6}), **true_ov}
    P["srv_reg_w"] = {"上海": 41, "江苏": 21, "浙江": 15, "安徽": 8, "广东": 9, "山东": 6}
    P["texts"] = texts("爱姆意", "机电工业品供应链", {
        "上市": "否（本公司为外商独资企业，控股股东MIY Holdings Corporation在东京证券交易所上市，本公司未上市、未获VC/PE投资）"})
    P["intro"] = ("平台面向制造企业MRO采购与供应链协同，提供智能选型、在线交易、VMI库存、IoT设备耗材预测补货等SaaS应用，"
                  "注册企业用户5,120家，实际服务企业3,648家。")
    P["effect"] = "帮助制造企业降低采购成本、缩短交付周期，带动上下游供应链协同。"
    P["corp"] = {"assets": "186,432.55", "revenue": "248,615.20", "growth": "9.86", "debt": "58.12",
                 "profit": "12,806.48", "tax": "6,914.37"}
    defaults(P)
    V = build_values(P)
    cells = form_cells(P, V)
    proof = {"平台相关营业收入（万元）": "附件3-2 第2页（集团年报中国平台业务）", "平台相关研发投入（万元）": "附件3-1 第6页"}
    ev_dir = "附件3 证明材料"
    f_audit = f"{ev_dir}/1 审计报告 Audit report 2023.pdf"
    f_grp = f"{ev_dir}/2 MIY Holdings Integrated Report FY2023-24 (extract).pdf"
    f_dev = f"{ev_dir}/3 接入设备统计表.pdf"
    f_s1 = f"{ev_dir}/4-1 Dashboard overview.png"
    f_s2 = f"{ev_dir}/4-2 App Store console.png"
    f_ip = f"{ev_dir}/5 专利及软件著作权清单.pdf"
    f_lic = f"{ev_dir}/6 营业执照 Business licence & D-U-N-S.pdf"
    files = {"附件1 联系人信息反馈表.docx": "联系人表", "附件2 申报表（爱姆意）.docx": "申报表",
             "附件2 申报表（爱姆意）盖章.pdf": "申报表扫描件", "附件3 申报书（爱姆意）.docx": "申报书",
             "附件4 平台基本情况汇总表.xlsx": "汇总表", "附件5 真实性承诺.pdf": "承诺",
             f_audit: "evidence:audit_report", f_grp: "evidence:other", f_dev: "evidence:device_list",
             f_s1: "evidence:screenshot", f_s2: "evidence:screenshot", f_ip: "evidence:patent_list", f_lic: "evidence:other"}
    for f in files:
        (root / f).parent.mkdir(parents=True, exist_ok=True)
    docs.contact_docx(P, root / "附件1 联系人信息反馈表.docx")
    docs.form_docx(P, V, cells, root / "附件2 申报表（爱姆意）.docx", proof)
    docs.form_scan(P, V, cells, root / "附件2 申报表（爱姆意）盖章.pdf", 701, proof)
    docs.summary_xlsx(P, V, root / "附件4 平台基本情况汇总表.xlsx", horizontal=True,
                      override={"付费企业数（个）": "1463"})
    docs.commitment(P, root / "附件5 真实性承诺.pdf", 702)
    # audited calendar-year platform figures (the right source)
    plat = {"rev": {2021: 4986.52, 2022: 5724.16, 2023: 6315.78}, "rd": {2021: 712.30, 2022: 845.62, 2023: 986.40},
            "profit": {2021: 521.08, 2022: 668.94, 2023: 802.15}}
    corp = {"cash": (32418.66, 28705.13), "ar": (61207.39, 55814.20), "fa": (8412.75, 8906.31),
            "assets": (186432.55, 171208.94), "liab": (108354.62, 99804.12), "rev": (248615.20, 226303.47),
            "cost": (214803.91, 196022.58), "tax": (6914.37, 6201.45), "rdx": (1904.66, 1702.31),
            "op": (12615.02, 11190.44), "profit": (12806.48, 11342.60), "np": (9604.86, 8506.95)}
    facts = ev.audit_bilingual(root / f_audit, f_audit, {
        "firm": "德信永道会计师事务所（特殊普通合伙）上海分所", "firm_en": "DeXin Yongdao CPA LLP Shanghai Branch",
        "cpa": "刘佳音、陈思远", "report_no": "德信永道(2024)审字第60188号", "company": P["company"],
        "company_en": P["company_en"], "unit": "元", "corp": corp, "plat": plat, "note_no": ("五、31", "31"),
        "seg_note": ("十二", "40"), "main_line": "机电设备及工业品销售 Sales of MRO and equipment"})
    ev.group_report_en(root / f_grp, {
        "group": "MIY Holdings Corporation", "fy": "FY2023/24", "period": "Fiscal year ended 31 March 2024 (1 April 2023 – 31 March 2024)",
        "highlight": "Consolidated results of MIY Holdings Corporation (TSE Prime). Amounts in JPY million unless stated.",
        "hl_rows": [["JPY million", "FY2023/24", "FY2022/23", "YoY"], ["Net sales", "284,615", "262,480", "+8.4%"],
                    ["Operating profit", "18,902", "16,744", "+12.9%"], ["Net sales (USD million)", "1,904", "1,756", "+8.4%"]],
        "seg_intro": "China Digital Platform Business (supply-chain trading platform operated in Shanghai). Amounts in RMB'000, "
                     "fiscal years ending 31 March; figures are management accounts and not audited at entity level.",
        "seg_rows": [["RMB'000", "FY2023/24", "FY2022/23"], ["Platform revenue", "68,423", "59,870"],
                     ["Platform R&D", "10,218", "8,904"], ["Registered enterprise users", "5,120", "4,412"]]})
    facts += ev.device_pdf(root / f_dev, f_dev, {**V, "按海外国家分类统计海外设备连接数量（台/套）": ("", true_ov)},
                           "平台接入设备统计表 Connected Equipment Statistics", P["company"])
    im1 = ev.dashboard("MIY Smart Supply Platform — Operations Dashboard", [
        ("Registered enterprises", "5,120", "企业用户（家） as of 2024-06-30"),
        ("Active users (MAU)", "21,864", "monthly active accounts"),
        ("Connected devices", "9,860", "IoT设备 (vending & VMI cabinets, CNC)"),
        ("Orders (2023)", "48,620", "calendar year 2023"),
        ("Paying enterprises", "1,436", "付费企业"), ("API calls (30d)", "18.6M", "API调用次数")], 703, theme="light")
    im1.save(root / f_s1)
    im2 = ev.dashboard("MIY App Store · 应用中心 Console", [
        ("Apps", "118", "SaaS应用 published"), ("Subscriptions", "8,740", "工业APP订阅"),
        ("Monthly active apps", "97", "avg. over last 12 months"), ("Developers", "1,420", "registered")], 704, theme="dark")
    im2.save(root / f_s2)
    facts += [ev.F("注册企业用户数（个）", "5,120", "家", 5120, f_s1, 1, "5,120", "Registered enterprises", img=True),
              ev.F("连接的工业设备/产品/产线种类及数量（台/套）", "9,860", "台/套", 9860, f_s1, 1, "9,860", "Connected devices", img=True),
              ev.F("工业APP数量（个）", "118", "个", 118, f_s2, 1, "118", "Apps", img=True),
              ev.F("工业APP订阅总数量（个）", "8,740", "个", 8740, f_s2, 1, "8,740", "Subscriptions", img=True),
              ev.F("工业APP平均月活跃数量（个）", "97", "个", 97, f_s2, 1, "97", "Monthly active apps", img=True),
              ev.F("开发者注册总数（个）", "1,420", "个", 1420, f_s2, 1, "1,420", "Developers", img=True)]
    facts += ev.ip_list_pdf(root / f_ip, f_ip, P["company"], ev.gen_ip("供应链", 9, "patent", 711),
                            ev.gen_ip("MIY", 31, "soft", 712))
    ev.license_scan(root / f_lic, P, 713)
    attachments = [["证明材料1", "2023年度审计报告（中英文）", "1-6"], ["证明材料2", "MIY Holdings Integrated Report FY2023/24 节选", "1-2"],
                   ["证明材料3", "接入设备统计表", "1-2"], ["证明材料4", "平台截图", "—"], ["证明材料5", "知识产权清单", "1-2"],
                   ["证明材料6", "营业执照及D-U-N-S确认函", "1-2"]]
    secs = narrative_sections(
        P, V,
        [f"{P['company']}（{P['company_en']}）成立于1996年，为日本MIY Holdings Corporation在华外商独资企业，统一社会信用代码"
         f"{P['uscc']}，D-U-N-S编码{P['duns']}。"],
        ["平台为面向制造业供应链协同的智能交易工业互联网平台，2017年6月起与MIY Digital Solutions株式会社合作共建，部署于阿里云公有云。"],
        ["2023年平台相关营业收入6,842.30万元（数据来源：集团年报中国平台业务），同比增长14.29%。连接IoT设备9,860台/套，"
         "海外设备286台/套（日本、泰国）。"],
        ["平台帮助用户企业平均降低MRO采购成本9%，订单准时交付率提升至98.6%。"],
        ["案例1：智能交易平台——汽车零部件企业VMI库存协同。", "案例2：智能交易平台——电子制造企业刀具寿命预测补货。",
         "案例3：智能交易平台——机床用户耗材在线订阅。"],
        attachments, sec7=None)
    docs.narrative(P, V, root / "附件3 申报书（爱姆意）.docx", fmt="docx", sections=secs)
    form_f, sum_f, nar_f = "附件2 申报表（爱姆意）.docx", "附件4 平台基本情况汇总表.xlsx", "附件3 申报书（爱姆意）.docx"
    problems = [
        {"family": "declared_vs_evidence", "fields": ["平台相关营业收入（万元）", "平台近三年经营指标情况"],
         "files": [form_f, f_audit, f_grp], "severity": "error",
         "description": "申报表平台相关营业收入填6842.30万元、2022年平台营收填5987.00万元，与集团英文年报FY2023/24、FY2022/23"
                        "（4月至次年3月财年）“Platform revenue 68,423 / 59,870 (RMB'000)”一致，而非本公司2023/2022日历年度经审计数："
                        "审计报告附注五、31及附注十二分部信息平台营业收入2023年度63,157,800.00元（6315.78万元）、2022年度"
                        "57,241,600.00元（5724.16万元）。填报指引要求填报平台2023年（日历年度）营业收入。"},
        {"family": "section7", "fields": ["七、平台相较上年度对比情况"], "files": [nar_f], "severity": "error",
         "description": "附件6序号7“2023年度是否参评”为“是”，申报书缺少必填章节“七、平台相较上年度对比情况”。"},
        {"family": "summary_vs_form", "fields": ["付费企业数（个）"], "files": [sum_f, form_f], "severity": "error",
         "description": "附件4汇总表（横排）付费企业数填1463，申报表指标明细表为1436（截图“Paying enterprises 1,436”亦为1436）。"},
        {"family": "breakdown_sum", "fields": ["按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"],
         "files": [form_f, f_dev], "severity": "error",
         "description": "按海外国家分类统计海外设备连接数量“日本Japan：186、泰国Thailand：64”合计250，与海外设备连接数量286不一致；"
                        "设备统计表表3另有越南Vietnam 36台（海外合计286），申报表分项漏填越南。"},
    ]
    truth(pid, P, V, files, facts, problems, [
        "naming:附件N（公司简称）", "evidence_dir:附件3 证明材料", "form:docx+scan", "narrative:docx", "summary:xlsx-horizontal",
        "commitment:scan", "audit:bilingual(元)", "group_fy:FY2023/24(RMB'000, JPY)", "dashboard:png-english",
        "legal_rep:english-name", "duns", "no_section7"],
        "序号7爱姆意（外商独资，日本母公司FY4月-3月）：申报营收取自集团英文年报FY列而非本公司日历年审计数；缺第七章；"
        "横排汇总表付费企业数与申报表不一致；海外国家分项漏越南。",
        secrets=["Miy!Eval0722"])


# =============================================================================== package C (RMB'000 10x)
def pkg_baowu():
    pid = "h21_22_baowu_problems"
    root = PKG / pid
    P = base(22, "面向钢铁行业的设备远程运维平台", "宝武装备智能科技有限公司", True)
    P.update({
        "company_en": "Baowu Equipment Intelligent Technology Co., Ltd.", "uscc": "91310113MA1GK8E25W",
        "duns": "65-302-8841", "founded": "2009年8月", "reg_addr": "上海市宝山区同济路1118号（宝山区）",
        "etype": "有限责任公司（国有控股）", "capital": "人民币80,000万元", "business": "冶金设备检修、状态监测与远程运维；工业互联网平台服务",
        "legal": "孙卫东", "legal_sig": "孙卫东", "equity": "中国宝武钢铁集团有限公司下属企业控股",
        "contact": "范思源", "title": "智慧运维中心主任", "phone": "13917725068", "email": "fansy@baowu-eq.example.com",
        "contact2": "何嘉敏", "title2": "平台产品经理", "phone2": "13816624503", "email2": "hejm@baowu-eq.example.com",
        "address": "上海市宝山区同济路1118号研发楼2楼报告厅", "url": "https://iem.baowu-eq.example.com",
        "demo_user": "pingshen", "demo_pw": "Bw@2024Jul", "period": "2018.01-2023.12", "period_text": "2018年1月至2023年12月",
        "build": 9600.00, "build_mode": "自建", "build_text": "☑自建", "op_mode": "自运营", "deploy": "边缘侧、私有云、混合云",
        "iaas_text": "☑自建", "deploy_text": "☑边缘侧 ☑私有云 ☑混合云", "sign_date": "2024年7月19日",
        # planted: RMB'000 figures declared as 万元 (10x)
        "rev": {2020: 36521.00, 2021: 42186.00, 2022: 49873.00, 2023: 58264.00}, "rd": 1120.80, "profit": 868.90,
        "team": 212, "ops": 148, "opr": 64, "qual": 176, "paid_users": 286, "users": 1642,
        "devices": 46820, "pub_devices": 8420, "daily_devices": 6988,
        "dev_cat": None,
        "overseas": {"马来西亚Malaysia": 420, "印度尼西亚Indonesia": 312},
        "killer_rev": 44.18, "cloud": 312.00, "cap": 2400.00, "data": 1536.48, "pubdata": 268.20, "sub_amount": 4126.35,
        "dev_util": 86.42, "local_rate": 91.20, "om_down": 21.35, "energy_down": 7.84, "safety_up": 24.16,
        "social": 26.41, "trade_growth": 16.83,
        "app_cat_w": {"运维服务": 40, "安全生产": 16, "节能减排": 14, "质量管控": 12, "生产制造": 18},
        "app_ind_w": {"黑色金属": 62, "有色金属": 14, "机械": 14, "电力、热力和燃气": 10},
        "srv_ind_w": {"黑色金属": 48, "有色金属": 16, "机械": 14, "电力、热力和燃气": 10, "其他": 12},
        "speed": "秒级（每TB振动数据频谱分析约4.1秒）", "orders": (12460, 13208), "smart": 5,
        "open_data": "以API接口、设备故障样本库形式开放：API接口142个、故障样本库6个（样本38万条）",
        "n": {"工业协议兼容适配数量（个）": 186, "工业软件总量（个）": 412, "工业APP数量（个）": 356,
              "基于平台开发的工业APP数量（个）": 238, "云化工业软件数量（个）": 118, "工业APP平均月活跃数量（个）": 262,
              "公有云杀手锏APP平均日在线用户数（个）": 968, "杀手锏APP日活次数（次）": 22640, "公有云工业APP数量（个）": 96,
              "公有云工业APP平均日活跃数量（个）": 52, "平台公有云实际使用数量（台）": 48, "工业机理模型数量（个）": 384,
              "活跃机理模型数量（一周调用5次以上）（个）": 412, "核心工业模型平均月调用用户数量（个）": 528,
              "微服务数量（个）": 1286, "活跃微服务数量（一周调用5次以上）（个）": 702, "开发者注册总数（个）": 3840,
              "活跃开发者数（个）": 912, "注册企业用户数（个）": 1642, "实际服务企业数（个）": 1186, "付费企业数（个）": 286,
              "服务中小企业数量（个）": 806, "工业APP订阅总数量（个）": 6120, "杀手锏工业APP订阅数量（个）": 2984,
              "平台服务园区总数（个）": 8, "平台提供的解决方案总数（个）": 32, "平台核心软硬件技术获得的专利数量（项）": 46,
              "平台核心软硬件技术获得的软著数量（个）": 38, "平台获得省部级及以上奖项/荣誉数量（个）": 5,
              "平台建设与运营带动新增就业人数（人）": 320, "合作平台数量（个）": 7},
    })
    from lib import split
    true_cat = {"冶炼设备": 18620, "动力设备": 9840, "电力设备": 7460, "物流设备": 5230, "仪器仪表": 3410, "机器人": 2260}
    P["dev_cat"] = {"冶金设备" if k == "冶炼设备" else k: v for k, v in true_cat.items()}  # planted invalid category
    P["dev_reg"] = {**split(46820 - 732, {"上海": 38, "湖北": 18, "广东": 12, "江苏": 10, "安徽": 8, "新疆": 6, "广西": 8}),
                    **P["overseas"]}
    P["srv_reg_w"] = {"上海": 46, "湖北": 14, "广东": 10, "江苏": 12, "安徽": 8, "新疆": 4, "广西": 6}
    P["texts"] = texts("宝武装备", "钢铁行业设备运维", {
        "上市": "否"})
    P["intro"] = ("平台面向钢铁行业提供设备状态监测、故障诊断与远程运维服务，连接冶金产线设备46,820台/套，覆盖宝山、武汉、湛江等基地，"
                  "并服务马来西亚、印度尼西亚海外钢厂。")
    P["effect"] = "钢铁产线设备非计划停机时间平均下降，运维成本平均下降21.35%。"
    P["corp"] = {"assets": "1,286,420.30", "revenue": "642,815.60", "growth": "6.42", "debt": "61.35",
                 "profit": "38,264.20", "tax": "15,802.70"}
    defaults(P)
    V = build_values(P)
    cells = form_cells(P, V)
    proof = {"平台相关营业收入（万元）": "证明材料01 附注五、23、附注十四", "平台相关研发投入（万元）": "证明材料01 附注十四"}
    f_audit = "03证明材料/01 2023年度审计报告（中英文）.pdf"
    f_dev = "03证明材料/02 接入设备清单 Device list.xlsx"
    f_shot = "03证明材料/03 平台运行截图 Platform screenshots.pdf"
    f_ip = "03证明材料/04 专利及软著清单.pdf"
    f_aw = "03证明材料/05 荣誉清单 Awards.xlsx"
    f_pr = "03证明材料/06 Press release（英文原文及中文译文）.pdf"
    form_f, sum_f, nar_f = "01申报表/申报表_宝武装备.docx", "04汇总表/附件4_平台基本情况汇总表.docx", "02申报书/申报书_宝武装备.docx"
    files = {"01申报表/联系人信息反馈表.docx": "联系人表", form_f: "申报表", "01申报表/申报表_宝武装备_盖章版.pdf": "申报表扫描件",
             nar_f: "申报书", sum_f: "汇总表", "05承诺/真实性承诺.docx": "承诺",
             f_audit: "evidence:audit_report", f_dev: "evidence:device_list", f_shot: "evidence:screenshot",
             f_ip: "evidence:patent_list", f_aw: "evidence:award_list", f_pr: "evidence:other"}
    for f in files:
        (root / f).parent.mkdir(parents=True, exist_ok=True)
    docs.contact_docx(P, root / "01申报表/联系人信息反馈表.docx")
    docs.form_docx(P, V, cells, root / form_f, proof)
    docs.form_scan(P, V, cells, root / "01申报表/申报表_宝武装备_盖章版.pdf", 2201, proof)
    docs.summary_docx(P, V, root / sum_f)
    docs.commitment(P, root / "05承诺/真实性承诺.docx", 2202, scan=False)
    # audited platform figures in 万元 (printed in RMB'000): revenue = declared / 10
    plat = {"rev": {2021: 4218.60, 2022: 4987.30, 2023: 5826.40}, "rd": {2021: 812.40, 2022: 968.70, 2023: 1120.80},
            "profit": {2021: 512.30, 2022: 684.50, 2023: 868.90}}
    corp = {"cash": (96412.8, 88120.4), "ar": (184206.5, 171308.2), "fa": (402816.7, 396204.1),
            "assets": (1286420.3, 1204315.8), "liab": (789213.6, 741208.9), "rev": (642815.6, 604026.3),
            "cost": (561204.8, 530116.2), "tax": (15802.7, 14906.5), "rdx": (24806.3, 22714.8),
            "op": (37918.4, 33206.9), "profit": (38264.2, 33512.6), "np": (32508.1, 28604.2)}
    facts = ev.audit_bilingual(root / f_audit, f_audit, {
        "firm": "华永道明会计师事务所（特殊普通合伙）", "firm_en": "Huayong Daoming Certified Public Accountants LLP",
        "cpa": "赵一鸣、Grace Liu", "report_no": "华永道明(2024)审字第2210号 HYDM(2024)Audit No.2210", "company": P["company"],
        "company_en": P["company_en"], "unit": "千元", "corp": corp, "plat": plat, "note_no": ("五、23", "23"),
        "seg_note": ("十四", "45"), "main_line": "设备检修及工程服务 Maintenance and engineering services"})
    facts += ev.device_xlsx(root / f_dev, f_dev, V, "钢铁行业设备远程运维平台接入设备清单", "Connected equipment list",
                            cat_override=true_cat)
    rng = random.Random(2203)
    pages = []
    im = ev.dashboard("宝武装备 iEM 远程运维平台 · Overview 总览", [
        ("接入设备 Connected devices", "46,820", "edge + private cloud + public cloud"),
        ("工业APP Apps", "356", "已上架 live"), ("机理模型 Mechanism models", "384", "模型库 model library"),
        ("微服务 Microservices", "1,286", "K8s clusters ×4"), ("开发者 Developers", "3,840", "注册 registered"),
        ("注册企业 Registered enterprises", "1,642", "企业租户 tenants")], 2204, theme="light",
        footer="截图时间 Captured 2024-07-02 · iem.baowu-eq.example.com")
    pages.append(scanify(im, rng, skew=0.0).convert("RGB"))
    im2 = ev.dashboard("iEM Device Monitor 设备监控 · Public cloud 公有云", [
        ("公有云接入 Public-cloud devices", "8,420", "tenants on hybrid cloud"),
        ("日均在线 Avg. daily running", "6,988", "last 12 months"),
        ("海外设备 Overseas devices", "732", "Malaysia · Indonesia")], 2205, theme="dark")
    pages.append(scanify(im2, rng, skew=0.0).convert("RGB"))
    images_to_pdf(pages, root / f_shot)
    facts += [ev.F("连接的工业设备/产品/产线种类及数量（台/套）", "46,820", "台/套", 46820, f_shot, 1, "46,820", "接入设备 Connected devices", img=True),
              ev.F("工业APP数量（个）", "356", "个", 356, f_shot, 1, "356", "工业APP Apps", img=True),
              ev.F("工业机理模型数量（个）", "384", "个", 384, f_shot, 1, "384", "机理模型 Mechanism models", img=True),
              ev.F("微服务数量（个）", "1,286", "个", 1286, f_shot, 1, "1,286", "微服务 Microservices", img=True),
              ev.F("开发者注册总数（个）", "3,840", "个", 3840, f_shot, 1, "3,840", "开发者 Developers", img=True),
              ev.F("注册企业用户数（个）", "1,642", "家", 1642, f_shot, 1, "1,642", "注册企业 Registered enterprises", img=True),
              ev.F("公有云工业设备连接数量（台/套）", "8,420", "台/套", 8420, f_shot, 2, "8,420", "公有云接入 Public-cloud devices", img=True),
              ev.F("公有云工业设备平均日运行数量（台/套）", "6,988", "台/套", 6988, f_shot, 2, "6,988", "日均在线 Avg. daily running", img=True),
              ev.F("海外设备连接数量（台/套）", "732", "台/套", 732, f_shot, 2, "732", "海外设备 Overseas devices", img=True)]
    facts += ev.ip_list_pdf(root / f_ip, f_ip, P["company"], ev.gen_ip("钢铁设备", 42, "patent", 2211),
                            ev.gen_ip("iEM", 38, "soft", 2212))
    facts += ev.awards_xlsx(root / f_aw, f_aw, [
        ("工业互联网平台创新领航应用案例", "2022-12", "工业和信息化部"), ("上海市工业互联网标杆平台", "2021-10", "上海市经济和信息化委员会"),
        ("上海市科技进步奖一等奖", "2022-06", "上海市人民政府"), ("冶金科学技术奖二等奖", "2023-08", "中国钢铁工业协会（行业）"),
        ("5G工厂名录", "2023-11", "工业和信息化部")])
    ev.press_release(root / f_pr, "Baowu Equipment's iEM platform brings remote maintenance to Southeast Asian steel mills",
                     ["SHANGHAI, 20 February 2024 — Baowu Equipment Intelligent Technology Co., Ltd. said its iEM remote "
                      "maintenance platform now monitors 732 devices at steel mills in Malaysia and Indonesia, part of "
                      "46,820 connected devices in total. Platform segment revenue reached RMB 58.26 million in 2023 "
                      "(RMB'000 58,264), up 16.8% year on year."],
                     "宝武装备iEM平台为东南亚钢厂提供远程运维",
                     ["上海，2024年2月20日——宝武装备智能科技有限公司表示，其iEM远程运维平台已监测马来西亚、印度尼西亚钢厂设备732台，"
                      "平台接入设备总数46,820台。2023年平台分部收入5,826.4万元（人民币千元58,264），同比增长16.8%。"],
                     "Baowu Equipment Brand & Communications")
    attachments = [["01", "2023年度审计报告（中英文）", "1-6"], ["02", "接入设备清单", "—"], ["03", "平台运行截图", "1-2"],
                   ["04", "专利及软著清单", "1-3"], ["05", "荣誉清单", "—"], ["06", "英文新闻稿及中文译文", "1-2"]]
    sec7 = ["（一）功能模块：2023年7月以来新增AI大模型故障问答、海外站点远程诊断模块。",
            "（二）关键指标：连接设备由2023年申报时的39,600台/套增至46,820台/套；工业APP由298个增至356个。",
            "（三）应用服务：新增服务马来西亚、印度尼西亚海外钢厂2家。"]
    secs = narrative_sections(
        P, V,
        [f"{P['company']}（{P['company_en']}，统一社会信用代码{P['uscc']}，D-U-N-S {P['duns']}）是中国宝武钢铁集团下属装备智能化企业。"],
        ["iEM平台2018年1月启动建设，采用边缘侧+私有云+混合云部署，建设金额9,600.00万元。"],
        ["2023年平台营业收入58,264.00万元（见审计报告附注五、23），同比增长16.83%。"],
        ["平台服务钢铁企业设备运维，平均运维成本下降21.35%，能耗下降7.84%。"],
        ["案例1：iEM平台——热轧产线设备预测性维护。", "案例2：iEM平台——高炉关键设备远程诊断。", "案例3：iEM平台——海外钢厂远程运维。"],
        attachments, sec7=sec7)
    docs.narrative(P, V, root / nar_f, fmt="docx", sections=secs)
    problems = [
        {"family": "declared_vs_evidence", "fields": ["平台相关营业收入（万元）", "平台近三年经营指标情况"],
         "files": [form_f, f_audit], "severity": "error",
         "description": "审计报告附注五、23及附注十四（单位：人民币千元 RMB'000）平台营业收入2023年度58,264、2022年度49,873、2021年度"
                        "42,186（即5826.40/4987.30/4218.60万元），申报表未换算直接按万元填报为58264.00/49873.00/42186.00万元，放大10倍；"
                        "研发投入强度、平台利润率随之按错误分母计算。"},
        {"family": "invalid_category", "fields": ["按二级分类统计工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）",
                                                  "按二级分类统计公有云工业设备平均日运行数量（台/套）"],
         "files": [form_f], "severity": "error",
         "description": "按二级分类统计工业设备数量使用“冶金设备：18620”，附录A的类别为“冶炼设备”（公有云及日均运行分项同样使用“冶金设备”）。"},
        {"family": "count_vs_list", "fields": ["平台核心软硬件技术获得的专利数量（项）"], "files": [form_f, f_ip], "severity": "error",
         "description": "申报表填报专利数量46项，专利及软著清单“表1 专利清单 Patents（共42项）”仅列42项（软著38项一致）。"},
        {"family": "subset", "fields": ["活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"], "files": [form_f],
         "severity": "error", "description": "活跃机理模型数量412个大于工业机理模型数量384个（前者为“其中”项）。"},
    ]
    truth(pid, P, V, files, facts, problems, [
        "naming:folders 01-05", "form:docx+scan", "narrative:docx", "summary:docx", "commitment:docx",
        "audit:bilingual(RMB'000)", "note:五、23/Note 23", "screenshots:pdf-image(mixed-language)", "device_list:xlsx-bilingual",
        "press_release:en+cn", "duns", "section7:present"],
        "序号22宝武装备：Big-4式中英文审计报告，金额为人民币千元；平台收入千元数按万元填报（10倍）；设备二级分类用“冶金设备”；"
        "专利申报46项而清单42项；活跃机理模型大于机理模型总数。",
        secrets=["Bw@2024Jul"])


# =============================================================================== package D (accounts vs enterprises)
def pkg_sgcc():
    pid = "h21_13_sgcc_problems"
    root = PKG / pid
    P = base(13, "国网上海电力工业互联网平台", "国网上海市电力公司", True)
    P.update({
        "company_en": "State Grid Shanghai Municipal Electric Power Company", "uscc": "913100001322036584",
        "duns": "", "founded": "1998年9月", "reg_addr": "上海市浦东新区源深路1122号（浦东新区）",
        "etype": "有限责任公司分公司（国有独资）", "capital": "—（分公司）", "business": "电网建设运营、电力销售、综合能源服务",
        "legal": "张立群", "legal_sig": "张立群", "equity": "国家电网有限公司 100%",
        "contact": "蔡雯婷", "title": "数字化部专责", "phone": "13918852604", "email": "caiwt@sh.sgcc.example.com",
        "contact2": "徐俊杰", "title2": "平台运维负责人", "phone2": "13761924830", "email2": "xujj@sh.sgcc.example.com",
        "address": "上海市浦东新区源深路1122号B座9楼会议中心", "url": "https://iip.sh-power.example.com",
        "demo_user": "review01", "demo_pw": "Sgsh*0722", "period": "2020.01-2023.12", "period_text": "2020年1月至2023年12月",
        "build": 15800.00, "build_mode": "自建", "build_text": "☑自建", "op_mode": "自运营", "deploy": "边缘侧、私有云",
        "iaas_text": "☑自建", "deploy_text": "☑边缘侧 ☑私有云", "sign_date": "2024年7月17日", "nature": "行业型工业互联网平台（能源电力）",
        "rev": {2020: 6820.40, 2021: 8124.66, 2022: 9486.20, 2023: 11208.35}, "rd": 2416.80, "profit": 1536.42,
        "team": 264, "ops": 172, "opr": 80, "qual": 215, "paid_users": 2860, "users": 4812,
        "devices": 86240, "pub_devices": 0, "daily_devices": 0,
        "dev_cat_w": {"电力设备": 68, "仪器仪表": 18, "动力设备": 8, "电工、电子设备": 6},
        "overseas": {},
        "killer_rev": 62.30, "cloud": 420.00, "cap": 3200.00, "data": 2186.40, "pubdata": 0.00, "sub_amount": 5286.10,
        "dev_util": 91.36, "local_rate": 95.40, "om_down": 16.82, "energy_down": 11.26, "safety_up": 18.54,
        "social": 24.73, "trade_growth": 18.15,
        "app_cat_w": {"节能减排": 34, "运维服务": 28, "安全生产": 18, "运营管理": 20},
        "app_ind_w": {"电力、热力和燃气": 60, "机械": 14, "汽车": 10, "电子": 16},
        "srv_ind_w": {"电力、热力和燃气": 18, "机械": 22, "汽车": 12, "电子": 16, "石化化工": 10, "服务业": 12, "其他": 10},
        "speed": "毫秒级（单TB负荷数据查询平均680毫秒）", "orders": (26840, 28112), "smart": 9,
        "open_data": "以API接口、数据产品形式开放电力负荷、能效数据：API接口210个、数据产品12类",
        "n": {"工业协议兼容适配数量（个）": 96, "工业软件总量（个）": 468, "工业APP数量（个）": 412,
              "基于平台开发的工业APP数量（个）": 296, "云化工业软件数量（个）": 116, "工业APP平均月活跃数量（个）": 331,
              "公有云杀手锏APP平均日在线用户数（个）": 0, "杀手锏APP日活次数（次）": 41260, "公有云工业APP数量（个）": 0,
              "公有云工业APP平均日活跃数量（个）": 0, "平台公有云实际使用数量（台）": 0, "工业机理模型数量（个）": 296,
              "活跃机理模型数量（一周调用5次以上）（个）": 158, "核心工业模型平均月调用用户数量（个）": 1284,
              "微服务数量（个）": 1380, "活跃微服务数量（一周调用5次以上）（个）": 816, "开发者注册总数（个）": 5260,
              "活跃开发者数（个）": 1208, "注册企业用户数（个）": 38560, "实际服务企业数（个）": 4216, "付费企业数（个）": 2860,
              "服务中小企业数量（个）": 3488, "工业APP订阅总数量（个）": 12840, "杀手锏工业APP订阅数量（个）": 6218,
              "平台服务园区总数（个）": 14, "平台提供的解决方案总数（个）": 42, "平台核心软硬件技术获得的专利数量（项）": 64,
              "平台核心软硬件技术获得的软著数量（个）": 52, "平台获得省部级及以上奖项/荣誉数量（个）": 6,
              "平台建设与运营带动新增就业人数（人）": 286, "合作平台数量（个）": 12},
    })
    P["dev_reg"] = {"上海": 86240}
    P["srv_reg"] = {"上海": 3962, "江苏": 146, "浙江": 108}
    P["growth_override"] = {2023: 21.15}  # planted: should be 18.15
    P["rd_intensity"] = 19.62  # planted: 2416.80/11208.35 = 21.56
    P["texts"] = texts("国网上海电力", "能源电力行业", {"上市": "否"})
    P["intro"] = ("国网上海电力工业互联网平台面向电力用户和能源企业，提供负荷监测、能效诊断、需求响应、设备运维等SaaS应用，"
                  "连接电力设备86,240台/套，实际服务企业4,216家。")
    P["effect"] = "助力工业用户能效提升和电网安全运行，设备能耗平均下降11.26%。"
    P["corp"] = {"assets": "12,864,215.30", "revenue": "9,126,480.55", "growth": "5.84", "debt": "46.21",
                 "profit": "412,608.44", "tax": "286,104.20"}
    defaults(P)
    V = build_values(P)
    V["公有云工业设备连接数量（台/套）"] = ("0", 0)
    for lab in ("按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
                "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）",
                "按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"):
        V[lab] = ("", None)
    cells = form_cells(P, V)
    for lab in ("按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
                "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）",
                "按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"):
        cells[lab] = "无（平台未部署公有云）"
    cells["按海外国家分类统计海外设备连接数量（台/套）"] = "无"
    V["按海外国家分类统计海外设备连接数量（台/套）"] = ("", None)
    proof = {"平台相关营业收入（万元）": "附件3-1", "注册企业用户数（个）": "附件3-2 截图1"}
    f_note = "附件3 证明材料/3-1 平台经营数据专项说明（财务部）.pdf"
    f_s1 = "附件3 证明材料/3-2 Console screenshot - Users.png"
    f_s2 = "附件3 证明材料/3-3 Console screenshot - Devices & Apps.png"
    f_dev = "附件3 证明材料/3-4 接入设备统计 Device statistics.pdf"
    f_ip = "附件3 证明材料/3-5 专利和软件著作权清单.pdf"
    f_aw = "附件3 证明材料/3-6 荣誉清单.xlsx"
    f_pr = "附件3 证明材料/3-7 English press release with Chinese translation.pdf"
    form_f, nar_f, sum_f = "附件2 申报表.xlsx", "附件3 申报书.docx", "附件4 汇总表.xlsx"
    files = {"附件1 联系人信息反馈表.docx": "联系人表", form_f: "申报表", "附件2 申报表（盖章）.pdf": "申报表扫描件",
             nar_f: "申报书", sum_f: "汇总表", "附件5 真实性承诺（盖章）.pdf": "承诺",
             f_note: "evidence:audit_report", f_s1: "evidence:screenshot", f_s2: "evidence:screenshot",
             f_dev: "evidence:device_list", f_ip: "evidence:patent_list", f_aw: "evidence:award_list", f_pr: "evidence:other"}
    for f in files:
        (root / f).parent.mkdir(parents=True, exist_ok=True)
    docs.contact_docx(P, root / "附件1 联系人信息反馈表.docx")
    docs.form_xlsx(P, V, cells, root / form_f, proof)
    docs.form_scan(P, V, cells, root / "附件2 申报表（盖章）.pdf", 1301, proof)
    docs.summary_xlsx(P, V, root / sum_f)
    docs.commitment(P, root / "附件5 真实性承诺（盖章）.pdf", 1302)
    plat = {"rev": P["rev"], "rd": {2021: 1786.20, 2022: 2104.55, 2023: 2416.80},
            "profit": {2021: 1002.36, 2022: 1268.10, 2023: 1536.42}}
    facts = ev.platform_note_cn(root / f_note, f_note, {
        "title": "国网上海电力工业互联网平台2021-2023年度经营数据专项说明",
        "intro": "根据公司2021-2023年度经审计财务报表，按平台订阅服务、SaaS应用及API调用计费收入归集平台相关营业收入；"
                 "研发投入按国家统计局R&D口径归集平台项目研发支出；平台利润总额按收入减去直接成本及分摊费用计算。",
        "plat": plat,
        "after": ["注1：2023 vs 2022为同比变动率。", "注2：平台订单数量2023年自然年26,840个。",
                  "注3：以上数据仅为平台口径，不含公司电力销售等主营业务。"],
        "sign": "国网上海市电力公司财务资产部    2024年7月10日"})
    im1 = ev.dashboard("SGSH Industrial Internet Platform · Admin Console · Users", [
        ("Registered accounts", "38,560", "all user accounts (incl. individual staff of customer enterprises)"),
        ("Active users (MAU)", "9,842", "monthly active accounts, Jun 2024"),
        ("Enterprise tenants", "4,812", "organisations with ≥1 account"),
        ("Paying tenants", "2,860", "with paid subscriptions")], 1303, theme="dark",
        footer="Screenshot 2024-06-30 14:05 · iip.sh-power.example.com/admin/users")
    im1.save(root / f_s1)
    im2 = ev.dashboard("SGSH Industrial Internet Platform · Devices & Apps", [
        ("Connected devices", "86,240", "边缘侧+私有云 edge & private cloud"),
        ("Apps", "412", "industrial apps online 工业APP"),
        ("Microservices", "1,380", "running"), ("Models", "296", "mechanism models 机理模型"),
        ("Developers", "5,260", "registered developers")], 1304, theme="light")
    im2.save(root / f_s2)
    facts += [ev.F("注册企业用户数（个）", "4,812", "家", 4812, f_s1, 1, "4,812", "Enterprise tenants", img=True),
              ev.F("连接的工业设备/产品/产线种类及数量（台/套）", "86,240", "台/套", 86240, f_s2, 1, "86,240", "Connected devices", img=True),
              ev.F("工业APP数量（个）", "412", "个", 412, f_s2, 1, "412", "Apps", img=True),
              ev.F("微服务数量（个）", "1,380", "个", 1380, f_s2, 1, "1,380", "Microservices", img=True),
              ev.F("工业机理模型数量（个）", "296", "个", 296, f_s2, 1, "296", "Models", img=True),
              ev.F("开发者注册总数（个）", "5,260", "个", 5260, f_s2, 1, "5,260", "Developers", img=True)]
    facts += ev.device_pdf(root / f_dev, f_dev, V, "平台接入设备统计 Connected Device Statistics", P["company"])
    facts += ev.ip_list_pdf(root / f_ip, f_ip, P["company"], ev.gen_ip("电力", 64, "patent", 1311),
                            ev.gen_ip("电力物联", 52, "soft", 1312))
    facts += ev.awards_xlsx(root / f_aw, f_aw, [
        ("工业互联网试点示范项目", "2021-12", "工业和信息化部"), ("上海市工业互联网标杆平台", "2022-10", "上海市经济和信息化委员会"),
        ("电力科技进步奖一等奖", "2022-12", "中国电力企业联合会"), ("上海市科技进步奖二等奖", "2023-05", "上海市人民政府"),
        ("能源领域首台（套）重大技术装备", "2023-07", "国家能源局"), ("智能制造优秀场景", "2023-10", "工业和信息化部")])
    ev.press_release(root / f_pr, "State Grid Shanghai platform tops 38,000 registered accounts",
                     ["SHANGHAI, 28 June 2024 — The industrial internet platform of State Grid Shanghai Municipal Electric "
                      "Power Company now counts 38,560 registered accounts from 4,812 enterprises and connects 86,240 "
                      "power devices."],
                     "国网上海电力工业互联网平台注册账号突破3.8万个",
                     ["上海，2024年6月28日——国网上海市电力公司工业互联网平台注册账号达38,560个，来自4,812家企业，连接电力设备86,240台。"],
                     "State Grid Shanghai News Center")
    attachments = [["3-1", "平台经营数据专项说明", "1"], ["3-2", "控制台截图（用户）", "1"], ["3-3", "控制台截图（设备与应用）", "1"],
                   ["3-4", "接入设备统计", "1-2"], ["3-5", "专利和软件著作权清单", "1-5"], ["3-6", "荣誉清单", "—"],
                   ["3-7", "英文新闻稿及中文译文", "1-2"]]
    sec7 = ["（一）功能模块：新增需求响应聚合、碳效评价模块。", "（二）关键指标：连接设备由71,300台增至86,240台。",
            "（三）应用服务：服务企业由3,520家增至4,216家。"]
    secs = narrative_sections(
        P, V, [f"{P['company']}（{P['company_en']}）是国家电网有限公司下属省级电力公司，统一社会信用代码{P['uscc']}。"],
        ["平台2020年1月启动建设，采用边缘侧+私有云部署，未使用公有云。"],
        ["截至2024年6月底，平台注册用户38,560个，连接电力设备86,240台/套。"],
        ["平台服务工业用户能效提升，设备能耗平均下降11.26%。"],
        ["案例1：国网上海电力工业互联网平台——园区综合能效管理。", "案例2：——工业用户需求响应。", "案例3：——配电设备远程运维。"],
        attachments, sec7=sec7)
    docs.narrative(P, V, root / nar_f, fmt="docx", sections=secs)
    problems = [
        {"family": "screenshot_vs_form", "fields": ["注册企业用户数（个）"], "files": [f_s1, form_f], "severity": "warning",
         "description": "注册企业用户数填报38560，所附控制台截图中38,560对应“Registered accounts”（全部用户账号，含客户企业员工个人账号），"
                        "同一截图“Enterprise tenants”（企业租户）为4,812；申报值统计的是账号而非注册企业。"},
        {"family": "identity", "fields": ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], "files": [form_f], "severity": "error",
         "description": "运维人数172 + 运营人数80 = 252，与平台团队总人数264不一致。"},
        {"family": "growth_rate", "fields": ["平台近三年经营指标情况"], "files": [form_f], "severity": "error",
         "description": "2023年增长率填报21.15%，由2022年营收9486.20万元、2023年营收11208.35万元计算应为18.15%。"},
        {"family": "formula", "fields": ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"],
         "files": [form_f], "severity": "error",
         "description": "平台相关研发投入强度填报19.62%，按2416.80÷11208.35×100%应为21.56%。"},
    ]
    truth(pid, P, V, files, facts, problems, [
        "naming:附件N", "form:xlsx+scan", "narrative:docx", "summary:xlsx-vertical", "commitment:scan",
        "platform_part:专项说明(万元,2023 vs 2022)", "screenshots:png-english", "press_release:en+cn", "no_public_cloud",
        "no_overseas", "section7:present"],
        "序号13国网上海电力：英文控制台截图“Registered accounts 38,560”被当作注册企业用户数（企业租户4,812）；团队人数不等；"
        "2023年增长率错误；研发投入强度公式错误。",
        secrets=["Sgsh*0722"])


def main():
    if PKG.exists():
        shutil.rmtree(PKG)
    if TRUTH.exists():
        shutil.rmtree(TRUTH)
    pkg_waigaoqiao()
    pkg_amy()
    pkg_baowu()
    pkg_sgcc()
    print("built", sorted(p.name for p in PKG.iterdir()))


if __name__ == "__main__":
    main()
