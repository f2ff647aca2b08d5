"""Build blind set h58 (page geometry): packages/<id>/… and truth/<id>.json.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h58.build [--out DIR]

--out writes packages and truth under DIR instead of this folder (used to check determinism)."""

from __future__ import annotations

import argparse
import copy
import json
import shutil
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from eval_sets.truth import PackageTruth, dump_truth

from . import evidence as E
from . import forms, kit
from .model import c2, ci, derive, f2, r2, summary_rows
from .texts import form_texts, proposal_chapters

HERE = Path(__file__).resolve().parent
REL_ROOT = "eval_sets/blind/h58"


def co_block(income_wan: float, prev_wan: float, founded: str, reg_addr: str, legal: str, title: str,
             business: str, code: str, capital: str, type_: str = "股份有限公司") -> dict:
    def yuan(x):
        return f"{x * 10000:,.2f}"
    cost = income_wan * 0.86
    profit = income_wan * 0.083
    return {
        "code": code, "founded": founded, "reg_addr": reg_addr, "type": type_, "capital": capital,
        "business": business, "legal": legal, "title": title, "fax": "021-5" + code[-7:],
        "equity": "详见工商登记信息", "assets": f2(income_wan * 1.9), "income": f2(income_wan),
        "income_growth": f2((income_wan / prev_wan - 1) * 100), "debt": "46.20", "profit": f2(profit),
        "tax": f2(income_wan * 0.031),
        "income_yuan": yuan(income_wan), "income_prev_yuan": yuan(prev_wan),
        "cost_yuan": yuan(cost), "cost_prev_yuan": yuan(prev_wan * 0.87),
        "rd_yuan": yuan(income_wan * 0.07), "rd_prev_yuan": yuan(prev_wan * 0.068),
        "op_profit_yuan": yuan(profit * 0.98), "op_profit_prev_yuan": yuan(prev_wan * 0.079),
        "profit_yuan": yuan(profit), "profit_prev_yuan": yuan(prev_wan * 0.081),
        "net_yuan": yuan(profit * 0.86), "net_prev_yuan": yuan(prev_wan * 0.07),
    }


BASE = {
    "nature": "行业型工业互联网平台", "build_mode": "自建", "op_mode": "自运营",
    "deploy": "边缘侧、私有云、公有云", "deploy_boxes": "☑边缘侧 ☑私有云 ☑公有云 □混合云 □其他部署方式",
    "iaas": "☑租用，服务商名称（必填）：阿里云计算有限公司", "killer": 5, "sec_rules": True, "sec_test": True,
    "sec_scan": True, "breakthrough": True, "carbon": True, "idres": True, "listed": False,
    "listed_text": "否", "auditor": "上海立衡会计师事务所", "cpa": "顾明远、沈佳怡",
    "kb": 18600, "suppliers": 420, "experts": 65, "edge_nodes": 236, "latency": 8, "private_sites": 6,
    "cpu": 3200, "gpu": 16, "mem": 12, "audit_no": "0418",
}


def spec_baoxin() -> dict:
    s = dict(BASE)
    s.update({
        "pid": "h58_baoxin_clean", "list_no": 17, "platform": "宝联登 xIn³Plat 工业互联网平台",
        "listed_name": "宝联登 xIn³Plat 工业互联网平台", "company": "上海宝信软件股份有限公司", "p23": True,
        "short": "宝联登", "co_short": "宝信软件", "industry": "钢铁及装备制造", "code": "BXRJ",
        "contact": "陆嘉铭", "phone": "13917482265", "email": "lujm@xinplat.example.com",
        "contact2": "沈一帆", "phone2": "13918830517", "email2": "shenyf@xinplat.example.com",
        "address": "上海市浦东新区郭守敬路515号2号楼3楼多功能厅", "url": "https://xinplat.example.com",
        "account": "sheitc_eval", "password": "Xin#Eval2024",
        "build_period": "2019.03-2023.06", "build_text": "2019年3月至2023年6月", "build_amount": 12800.00,
        "revs": {2020: 6120.50, 2021: 7018.36, 2022: 8125.90, 2023: 9342.18},
        "rd": 1863.27, "profit": 1287.55, "team_ops": 142, "team_run": 96, "team_titled": 171,
        "dev": 36820, "pub": 14260, "day": 9875,
        "dev_cat_w": {"冶炼设备": 38, "动力设备": 22, "物流设备": 14, "电力设备": 12, "仪器仪表": 9, "机器人": 5},
        "dev_reg_w": {"上海": 40, "江苏": 18, "浙江": 10, "湖北": 9, "广东": 8, "山东": 7, "四川": 5,
                      "德国Germany": 1.6, "巴西Brazil": 1.4},
        "protocols": 186, "software": 612, "apps_native": 318, "apps_cloud": 176,
        "app_cls_w": {"生产制造": 24, "运维服务": 20, "质量管控": 14, "节能减排": 12, "安全生产": 10, "供应链管理": 8,
                      "仓储物流": 6, "运营管理": 4, "研发设计": 2},
        "ind_w": {"黑色金属": 40, "机械": 20, "汽车": 12, "有色金属": 10, "石化化工": 10, "其他": 8},
        "apps_mau": 356, "killer_dau": 4218, "killer_hits": 52360, "killer_income": 68.45, "pub_apps": 287,
        "pub_apps_dau": 143, "cloud": 486.50, "cloud_pub": 120, "cap": 2400.00, "data": 1538.40, "data_pub": 612.75,
        "models": 418, "models_active": 236, "model_users": 1184, "model_w": [120, 60, 170, 68],
        "speed": "秒级（每TB平均约2.6秒）", "ms": 1630, "ms_active": 912, "devs": 15840, "devs_active": 4126,
        "reg": 3864, "served": 2957,
        "served_reg_w": {"上海": 52, "江苏": 14, "浙江": 9, "湖北": 7, "广东": 6, "山东": 5, "安徽": 4, "四川": 3},
        "paying": 1108, "sme": 2215, "orders": (26480, 27915), "trade_growth": 18.62, "subs": 8642,
        "killer_subs": 3975, "subs_amount": 4386.20, "dev_util": 81.35, "domestic": 92.00, "factories": 12,
        "parks": 14, "solutions": 54, "mode_w": [1, 1, 1, 1, 1, 1], "om_down": 16.42, "energy_down": 11.08,
        "safety_up": 23.76, "indices": 7, "patents": 48, "copyrights": 86, "jobs": 620, "social": 26.14,
        "partners": 15, "listed": True, "listed_text": "是，申报单位为上海证券交易所上市公司",
        "open_data": "以API接口和行业数据集形式开放：开放API接口312个、行业数据集14个、设备模型模板56类",
        "customers": "宝山钢铁、梅山钢铁等钢铁企业及装备制造企业",
        "factory_names": ["宝山基地冷轧智能工厂", "某汽车零部件智能工厂", "某装备制造智能工厂等"],
        "index_names": ["钢铁设备健康指数", "产线能效指数", "备件需求指数", "设备综合效率指数", "钢材物流指数"],
        "award_names": ["工业和信息化部工业互联网平台创新领航应用案例", "上海市工业互联网标杆平台",
                        "上海市科技进步奖二等奖", "工业和信息化部工业互联网试点示范项目",
                        "上海市软件和信息服务业高质量发展专项优秀项目", "上海市智能工厂赋能服务商",
                        "工业和信息化部新一代信息技术与制造业融合发展示范", "上海市首版次软件产品",
                        "上海市企业技术中心创新成果奖"],
        "co": co_block(1296300.00, 1318500.00, "2001年4月", "上海市浦东新区", "夏雪松", "平台运营部经理",
                       "工业软件、信息化系统集成与工业互联网平台服务", "91310000607280598X", "288,000万元"),
    })
    s["awards"] = len(s["award_names"])
    return s


def spec_xipaiai() -> dict:
    s = dict(BASE)
    s.update({
        "pid": "h58_xipaiai_problems", "list_no": 11, "platform": "数字化环境装备服务工业互联网平台",
        "listed_name": "数字化环境装备服务工业互联网平台", "company": "上海西派埃智能化系统有限公司", "p23": True,
        "drop_section7": True,
        "short": "西派埃环境装备", "co_short": "西派埃", "industry": "水处理及环境装备", "code": "SPA",
        "contact": "魏思远", "phone": "13916058342", "email": "weisy@spa-env.example.com",
        "contact2": "钱晓雯", "phone2": "13917260419", "email2": "qianxw@spa-env.example.com",
        "address": "上海市闵行区莘庄工业区申富路618号1号楼2楼会议室", "url": "https://envcloud.example.com",
        "account": "eval2024", "password": "Spa@Env0722",
        "build_period": "2018.09-2022.12", "build_text": "2018年9月至2022年12月", "build_amount": 5600.00,
        "revs": {2020: 2210.40, 2021: 2563.80, 2022: 2896.35, 2023: 3318.62},
        "rd": 642.18, "profit": 398.24, "team_ops": 58, "team_run": 41, "team": 104, "team_titled": 77,
        "dev": 18640, "pub": 7420, "day": 5180,
        "dev_cat_w": {"动力设备": 40, "仪器仪表": 25, "电力设备": 15, "化工设备": 12, "其他": 8},
        "dev_reg_w": {"上海": 46, "江苏": 16, "浙江": 12, "安徽": 8, "山东": 7, "湖南": 6, "广东": 4.2,
                      "新加坡Singapore": 0.8},
        "protocols": 96, "software": 204, "apps_native": 96, "apps_cloud": 58,
        "app_cls_w": {"运维服务": 30, "节能减排": 24, "安全生产": 16, "质量管控": 12, "运营管理": 10, "生产制造": 8},
        "ind_w": {"电力、热力和燃气": 36, "石化化工": 22, "食品": 14, "医药": 12, "其他": 16},
        "apps_mau": 118, "killer_dau": 1286, "killer_hits": 15420, "killer_income": 21.36, "pub_apps": 92,
        "pub_apps_dau": 47, "cloud": 168.00, "cloud_pub": 46, "cap": 900.00, "data": 512.30, "data_pub": 215.60,
        "models": 164, "models_active": 88, "model_users": 412, "model_w": [38, 14, 82, 30],
        "speed": "秒级（每TB平均约5.8秒）", "ms": 620, "ms_active": 341, "devs": 3260, "devs_active": 842,
        "reg": 1642, "served": 1208,
        "served_reg_w": {"上海": 48, "江苏": 17, "浙江": 13, "安徽": 8, "山东": 6, "湖南": 5, "广东": 3},
        "paying": 486, "sme": 905, "orders": (9860, 10415), "trade_growth": 14.27, "subs": 2915,
        "killer_subs": 1308, "subs_amount": 1146.80, "dev_util": 76.84, "domestic": 88.00, "factories": 5,
        "parks": 7, "solutions": 24, "mode_w": [6, 2, 5, 6, 1, 4], "om_down": 19.35, "energy_down": 12.64,
        "safety_up": 17.52, "indices": 4, "patents": 26, "copyrights": 41, "jobs": 186, "social": 21.47,
        "partners": 6, "idres": False,
        "open_data": "以API接口和数据报告形式开放：开放API接口84个、水处理工艺数据集5个、月度能效报告模板12类",
        "customers": "上海城投污水处理、某化工园区污水厂等",
        "factory_names": ["某水务智能工厂", "某精细化工智能工厂", "某食品饮料智能工厂等"],
        "index_names": ["水厂能效指数", "曝气设备健康指数", "药耗指数", "出水达标指数"],
        "award_names": ["上海市工业互联网创新应用示范平台", "工业和信息化部工业互联网试点示范项目",
                        "上海市科技进步奖三等奖"],
        "auditor": "上海申诚会计师事务所", "cpa": "赵立群、黄蕾",
        "co": co_block(26418.00, 24105.00, "2002年7月", "上海市闵行区", "周振华", "数字化事业部经理",
                       "环境装备智能化系统集成、水处理自动化与工业互联网平台服务", "913101127456302215",
                       "5,000万元", "有限责任公司"),
    })
    s["awards"] = len(s["award_names"])
    return s


def spec_tansuo() -> dict:
    s = dict(BASE)
    s.update({
        "pid": "h58_tansuo_problems", "list_no": 27, "platform": "零碳绿色工厂综合数智化管理平台",
        "listed_name": "零碳绿色工厂综合数智化管理平台", "company": "上海碳索能源服务股份有限公司", "p23": False,
        "short": "碳索零碳工厂", "co_short": "碳索能源", "industry": "工业节能与零碳工厂", "code": "TSNY",
        "contact": "蒋雨桐", "phone": "13918527360", "email": "jiangyt@tansuo-energy.example.com",
        "contact2": "顾子谦", "phone2": "13916694081", "email2": "guzq@tansuo-energy.example.com",
        "address": "上海市长宁区临虹路289号5号楼4楼第二会议室", "url": "https://zerocarbon.example.com",
        "account": "review_2024", "password": "Ts!Zc2024",
        "build_period": "2020.05-2023.09", "build_text": "2020年5月至2023年9月", "build_amount": 3900.00,
        "deploy": "边缘侧、混合云", "deploy_boxes": "☑边缘侧 □私有云 □公有云 ☑混合云 □其他部署方式",
        "revs": {2020: 1480.30, 2021: 1862.45, 2022: 2317.90, 2023: 2986.15},
        "rd": 512.36, "profit": 276.88, "team_ops": 47, "team_run": 35, "team_titled": 58,
        "dev": 9460, "pub": 4120, "day": 3015,
        "dev_cat_w": {"动力设备": 42, "电力设备": 30, "仪器仪表": 18, "建材设备": 10},
        "dev_reg_w": {"上海": 50, "江苏": 18, "浙江": 14, "安徽": 9, "福建": 6.6, "马来西亚Malaysia": 2.4},
        "protocols": 74, "software": 312, "apps_native": 172, "apps_cloud": 96,
        "app_cls_w": {"节能减排": 44, "运营管理": 18, "运维服务": 16, "安全生产": 12, "生产制造": 10},
        "ind_w": {"建材": 20, "石化化工": 18, "轻工": 16, "电子": 14, "汽车": 12, "其他": 20},
        "apps_mau": 176, "killer_dau": 2064, "killer_hits": 18830, "killer_income": 26.18, "pub_apps": 142,
        "pub_apps_dau": 66, "cloud": 96.50, "cloud_pub": 38, "cap": 640.00, "data": 356.48, "data_pub": 148.20,
        "models": 126, "models_active": 71, "model_users": 365, "model_w": [40, 12, 52, 22],
        "speed": "秒级（每TB平均约6.4秒）", "ms": 486, "ms_active": 262, "devs": 2180, "devs_active": 596,
        "reg": 1735, "served": 1268,
        "served_reg_w": {"上海": 55, "江苏": 16, "浙江": 13, "安徽": 8, "福建": 8},
        "paying": 521, "sme": 934, "orders": (7415, 7902), "trade_growth": 22.36, "subs": 3364,
        "killer_subs": 1497, "subs_amount": 1268.40, "dev_util": 72.18, "domestic": 86.00, "factories": 4,
        "parks": 9, "solutions": 30, "mode_w": [8, 2, 5, 7, 2, 6], "om_down": 13.26, "energy_down": 15.84,
        "safety_up": 12.40, "indices": 5, "patents": 17, "copyrights": 38, "jobs": 142, "social": 19.73,
        "partners": 5, "latency": 12, "private_sites": 3,
        "open_data": "以API接口和碳排放因子库形式开放：开放API接口58个、碳排放因子库1套（因子2,460条）",
        "customers": "某玻璃制造企业、某电子元器件企业等",
        "factory_names": ["某电子元器件智能工厂", "某建材智能工厂", "某饮料智能工厂等"],
        "index_names": ["园区碳效指数", "工厂绿电占比指数", "单位产值能耗指数", "空压系统能效指数", "碳排放强度指数"],
        "award_names": ["上海市绿色制造服务机构", "上海市节能减排优秀项目"],
        "auditor": "上海众诚会计师事务所", "cpa": "许文杰、陈思",
        "co": co_block(18426.00, 15983.00, "2012年3月", "上海市长宁区", "陆广义", "平台产品总监",
                       "合同能源管理、工业节能改造与零碳工厂数智化服务", "91310105593184276K", "10,200万元"),
    })
    s["awards"] = len(s["award_names"])
    return s


def spec_yanfeng() -> dict:
    s = dict(BASE)
    s.update({
        "pid": "h58_yanfeng_problems", "list_no": 33, "platform": "延锋工业互联网平台",
        "listed_name": "延锋工业互联网平台", "company": "上海延锋金桥饰件系统有限公司", "p23": False,
        "short": "延锋", "co_short": "延锋金桥", "industry": "汽车内饰零部件", "code": "YFJQ",
        "contact": "孔令晨", "phone": "13917703856", "email": "konglc@yf-iiot.example.com",
        "contact2": "严慧敏", "phone2": "13918245907", "email2": "yanhm@yf-iiot.example.com",
        "address": "上海市浦东新区金桥出口加工区金穗路1288号B栋3楼会议中心", "url": "https://iiot.yf.example.com",
        "account": "sheitc2024", "password": "Yf*Iiot0715",
        "build_period": "2019.07-2023.12", "build_text": "2019年7月至2023年12月", "build_amount": 8800.00,
        "op_mode": "联合运营", "deploy": "边缘侧、私有云、公有云",
        "deploy_boxes": "☑边缘侧 ☑私有云 ☑公有云 □混合云 □其他部署方式",
        "iaas": "☑自建", "carbon": False,
        "revs": {2020: 3920.00, 2021: 4386.72, 2022: 5012.64, 2023: 5768.30},
        "rd": 1468.20, "rd_audit": 1286.40, "profit": 702.15, "team_ops": 86, "team_run": 52, "team_titled": 104,
        "dev": 24380, "pub": 8860, "day": 6245,
        "dev_cat_w": {"机器人": 30, "机床": 24, "轻工设备": 18, "物流设备": 14, "仪器仪表": 9, "动力设备": 5},
        "dev_reg_w": {"上海": 44, "江苏": 16, "浙江": 8, "湖北": 9, "广东": 8, "吉林": 7, "重庆": 5.2,
                      "墨西哥Mexico": 1.6, "德国Germany": 1.2},
        "protocols": 142, "software": 296, "apps_native": 164, "apps_cloud": 88,
        "app_cls_w": {"生产制造": 28, "质量管控": 22, "仓储物流": 14, "运维服务": 14, "供应链管理": 12, "研发设计": 10},
        "ind_w": {"汽车": 62, "轻工": 14, "机械": 14, "电子": 10},
        "apps_mau": 189, "killer_dau": 2846, "killer_hits": 30460, "killer_income": 34.72, "pub_apps": 104,
        "pub_apps_dau": 52, "cloud": 264.00, "cloud_pub": 64, "cap": 2000.00, "data": 1180.60, "data_pub": 312.40,
        "util": 63.80,
        "models": 238, "models_active": 132, "model_users": 688, "model_w": [64, 40, 96, 38],
        "speed": "毫秒级（单TB查询平均约480毫秒）", "ms": 940, "ms_active": 517, "devs": 5320, "devs_active": 1386,
        "reg": 2713, "served": 1964,
        "served_reg_w": {"上海": 38, "江苏": 20, "浙江": 12, "湖北": 10, "广东": 8, "吉林": 7, "重庆": 5},
        "paying": 736, "sme": 1428, "orders": (15620, 16384), "trade_growth": 15.08, "subs": 5218,
        "killer_subs": 2384, "subs_amount": 2986.35, "dev_util": 84.62, "domestic": 80.00, "factories": 9,
        "parks": 6, "solutions": 42, "mode_w": [8, 7, 8, 10, 4, 5], "om_down": 14.85, "energy_down": 8.96,
        "safety_up": 18.24, "indices": 3, "patents": 29, "copyrights": 37, "copyrights_list": 34, "jobs": 318,
        "social": 24.05, "partners": 9,
        "open_data": "以API接口和主数据服务形式开放：开放API接口146个、零部件主数据服务8类、质量追溯数据接口12个",
        "customers": "上汽大众、上汽通用等整车企业及其一级供应商",
        "factory_names": ["金桥饰件智能工厂", "某座椅骨架智能工厂", "某仪表板总成智能工厂等"],
        "index_names": ["内饰件质量指数", "产线OEE指数", "供应链准时交付指数"],
        "award_names": ["上海市工业互联网标杆工厂", "上海市智能工厂", "工业和信息化部智能制造优秀场景",
                        "上海市质量金奖"],
        "iaas_self": True, "auditor": "上海德衡会计师事务所", "cpa": "金鑫、邵雯",
        "co": co_block(486250.00, 452180.00, "1994年9月", "上海市浦东新区", "张立新", "数字化中心主任",
                       "汽车内饰件研发、制造与销售，工业互联网平台服务", "91310115607367418H", "62,000万元",
                       "有限责任公司（中外合资）"),
    })
    s["awards"] = len(s["award_names"])
    return s


def fin_of(s: dict, rev2023=None, rd=None) -> dict:
    revs = s["revs"]
    return {
        "rev": {2021: revs[2021], 2022: revs[2022], 2023: revs[2023] if rev2023 is None else rev2023},
        "rd": s["rd"] if rd is None else rd, "profit": s["profit"],
        "cost": {y: r2(revs[y] * 0.71) for y in (2021, 2022, 2023)},
        "rd_prev": {2021: r2(s["rd"] * 0.78), 2022: r2(s["rd"] * 0.89)},
        "profit_prev": {2021: r2(s["profit"] * 0.74), 2022: r2(s["profit"] * 0.86)},
    }


def values(s: dict) -> dict:
    v = derive(s)
    v["txt"] = form_texts(s)
    return v


# ------------------------------------------------------------------ 申报书
def proposal_pdf(path: Path, s: dict, v: dict, twocol_chapter: str, rotated_table: bool):
    pdf = kit.Pdf(path, "申报书")
    pdf.watermark = "仅供申报使用"
    pdf.footer = "— {n} —"
    pdf.page()
    pdf.text("附件3", 10)
    pdf.gap(120)
    pdf.text("上海市工业互联网平台应用水平评价", 20, center=True)
    pdf.text("申报书", 22, center=True)
    pdf.gap(80)
    for line in ["申报年度：2024年度", f"平台名称：{s['platform']}", f"申报单位：{s['company']}（公章）",
                 f"联 系 人：{s['contact']}", f"联系人电话：{s['phone']}"]:
        pdf.text(line, 13, indent=70)
    pdf.gap(90)
    pdf.text("上海市经济和信息化委员会制", 12, center=True)
    pdf.text("2024年7月", 12, center=True)
    pdf.page()
    for title, paras in proposal_chapters(s, v):
        if title.startswith(twocol_chapter):
            pdf.page()
            c = pdf.c
            c.setFont(kit.FONT, 14)
            c.drawString(56, 780, title)
            colw = 230
            lines = []
            for p in paras:
                lines += kit.wrap("　　" + p, colw, 10.5) + [""]
            while lines and not lines[-1]:
                lines.pop()
            per = (len(lines) + 1) // 2  # balanced columns: both run side by side at the same heights
            assert per <= 38
            for k, col_lines in enumerate((lines[:per], lines[per:])):
                c.setFont(kit.FONT, 10.5)
                for i, line in enumerate(col_lines):
                    c.drawString(56 + k * (colw + 22), 752 - i * 18, line)
            if rotated_table:
                table_page(pdf, s, v)
            pdf.page()
            continue
        pdf.gap(6)
        pdf.text(title, 14)
        for p in paras:
            pdf.text("　　" + p, 10.5)
    pdf.save()


def table_page(pdf: kit.Pdf, s: dict, v: dict):
    """表X on a portrait page with /Rotate 90, drawn sideways so it reads upright once rotated."""
    pdf.page(kit.A4P, rotate=90)
    c = pdf.c
    c.saveState()
    c.translate(595.28, 0)
    c.rotate(90)
    c.setFont(kit.FONT, 13)
    c.drawCentredString(421, 545, "表X 平台对标同行业或相似平台的部分量化数据对比表")
    rows = [["三级指标", "本平台数据", "对标数据"],
            ["1.2.1 创新投入情况", f"研发投入{f2(v['rd'])}万元", "同行业平台（平台名称：某行业平台A）研发投入数量级：千万元"],
            ["2.1.1 工业设备连接", f"连接设备{v['dev']}台（套）", "同行业平台（平台名称：某行业平台A）：约2万台（套）"],
            ["2.1.2 工业软件/APP", f"工业APP {v['apps']}个", "同行业平台（平台名称：某行业平台B）：约300个"],
            ["2.3.1 平台微服务情况", f"微服务{v['ms']}个", "同行业平台（平台名称：某行业平台B）：约1000个"],
            ["3.1.1 平台应用规模", f"注册企业{v['reg']}家", "同行业平台（平台名称：某行业平台A）：约2000家"]]
    y = 515
    for r in rows:
        x = 40
        for w, cell in zip((170, 220, 370), r):
            c.rect(x, y - 30, w, 30)
            c.setFont(kit.FONT, 9.5)
            c.drawString(x + 5, y - 19, cell)
            x += w
        y -= 30
    c.setFont(kit.FONT, 8.5)
    c.drawString(40, y - 20, "注：若对标平台的具体数据无法获取，则填写或预估其相应的数量级或水平。")
    c.restoreState()


def proposal_docx(path: Path, s: dict, v: dict):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    doc.add_paragraph("附件3")
    doc.add_heading("上海市工业互联网平台应用水平评价申报书", level=1)
    for line in ["申报年度：2024年度", f"平台名称：{s['platform']}", f"申报单位：{s['company']}（公章）",
                 f"联 系 人：{s['contact']}", f"联系人电话：{s['phone']}"]:
        doc.add_paragraph(line)
    for title, paras in proposal_chapters(s, v):
        doc.add_heading(title, level=2)
        for p in paras:
            doc.add_paragraph(p)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    kit.normalize_zip(path, "申报书", s["contact"])


# ------------------------------------------------------------------ packages
def screen_cards(v: dict, overrides: dict | None = None):
    o = overrides or {}
    return {
        "dev": (E.DEV, "设备接入总量（台/套）", ci(o.get("dev", v["dev"])), "台/套", o.get("dev", v["dev"])),
        "reg": ("注册企业用户数（个）", "平台注册企业（家）", ci(o.get("reg", v["reg"])), "家", o.get("reg", v["reg"])),
        "apps": ("工业APP数量（个）", "上架工业APP（个）", ci(o.get("apps", v["apps"])), "个", o.get("apps", v["apps"])),
        "models": ("工业机理模型数量（个）", "机理模型库（个）", ci(v["models"]), "个", v["models"]),
        "ms": ("微服务数量（个）", "微服务（个）", ci(v["ms"]), "个", v["ms"]),
        "devs": ("开发者注册总数（个）", "注册开发者（个）", ci(v["devs"]), "个", v["devs"]),
    }


def cards_img(title, sel, footer="", size=(1600, 1000), watermark=""):
    return E.dashboard(title, [(c[1], c[2]) for c in sel], size=size, watermark=watermark, footer=footer)


def build_baoxin(root: Path, scratch: Path):
    s = spec_baoxin()
    v = values(s)
    ev_dir = "证明材料"
    files = {
        "01 联系人信息反馈表.docx": "联系人表", "02 申报表.docx": "申报表", "02 申报表（盖章扫描）.pdf": "申报表扫描件",
        "03 申报书.pdf": "申报书", f"{ev_dir}/附件3-1 2023年度审计报告.pdf": "evidence:audit_report",
        f"{ev_dir}/附件3-2 平台接入设备统计表.pdf": "evidence:device_list",
        f"{ev_dir}/附件3-3 知识产权清单.pdf": "evidence:patent_list",
        f"{ev_dir}/附件3-4 平台运行截图.pdf": "evidence:screenshot",
        f"{ev_dir}/附件3-5 荣誉证书汇编.pdf": "evidence:award_list",
        "04 平台基本情况汇总表.xlsx": "汇总表", "05 真实性承诺（盖章）.pdf": "承诺",
    }
    s["attachments"] = [("附件3-1 2023年度审计报告", "第4页"), ("附件3-2 平台接入设备统计表", "第1-2页"),
                        ("附件3-3 知识产权清单", "第1-6页"), ("附件3-4 平台运行截图", "第1-2页"),
                        ("附件3-5 荣誉证书汇编", "第1-2页")]
    v["proof"] = {"audit": "附件3-1 审计报告 第4页", "device": "附件3-2 设备统计表 第1-2页",
                  "screen": "附件3-4 平台运行截图", "ip": "附件3-3 知识产权清单 第1-3页",
                  "ip_sw": "附件3-3 知识产权清单 第4-6页", "awards": "附件3-5 荣誉证书汇编 第1页"}
    rows = summary_rows(v)
    facts = []
    forms.write_contact_docx(root / "01 联系人信息反馈表.docx", v)
    forms.write_form_docx(root / "02 申报表.docx", v)
    forms.write_form_scan(root / "02 申报表（盖章扫描）.pdf", v, scratch, 1700)
    proposal_pdf(root / "03 申报书.pdf", s, v, "二、", rotated_table=True)
    rel = f"{ev_dir}/附件3-1 2023年度审计报告.pdf"
    facts += E.audit_landscape(root / rel, rel, s, fin_of(s))
    rel = f"{ev_dir}/附件3-2 平台接入设备统计表.pdf"
    facts += E.device_rotated(root / rel, rel, s, v, rotate=90, region_order="col")
    rel = f"{ev_dir}/附件3-3 知识产权清单.pdf"
    facts += E.ip_cropped(root / rel, rel, s, v["patents"], v["copyrights"], "draft", 17)
    rel = f"{ev_dir}/附件3-4 平台运行截图.pdf"
    cards = screen_cards(v)
    left = cards_img("宝联登平台运营驾驶舱", [cards["dev"], cards["reg"], cards["apps"]], "第3页", size=(1240, 1754))
    right = cards_img("宝联登平台能力中心", [cards["models"], cards["ms"], cards["devs"]], "第4页", size=(1240, 1754))
    sheet = E.two_up(left, right).resize((1754, 1240))
    sheet = kit.scanify(sheet, 1717, skew=0.2)
    chart = cards_img("设备运行监控", [cards["dev"]], watermark="")
    E.screens_pdf(root / rel, [{"image": sheet, "size": kit.A4L}, {"image": chart, "sheet": "A4P",
                                                                   "caption": "图2 设备运行监控页面截图"}])
    facts += E.screen_facts(rel, 1, [cards[k] for k in ("dev", "reg", "apps", "models", "ms", "devs")])
    facts += E.screen_facts(rel, 2, [cards["dev"]])
    rel = f"{ev_dir}/附件3-5 荣誉证书汇编.pdf"
    facts += E.awards_foldout(root / rel, rel, s, s["award_names"])
    forms.write_summary_xlsx(root / "04 平台基本情况汇总表.xlsx", v, rows)
    forms.write_commitment_scan(root / "05 真实性承诺（盖章）.pdf", v, scratch, 1750, upside_down=True, rotate=180)
    layout = ["naming:numbered-space", "evidence_dir:证明材料", "form:docx+scan", "proposal:pdf",
              "proposal:two-column-chapter(二)", "proposal:rotate90-table", "watermark:diagonal(申报书,审计报告p4)",
              "audit:landscape-page(p4)", "device:rotate90-wide-table", "device:cells-column-order(p2)",
              "ip:cropbox(draft count outside crop)", "screens:two-up-A5-scan(第3页/第4页)", "screens:rotated-axis-label",
              "awards:A3-foldout", "commitment:upside-down-image+Rotate180", "summary:xlsx-vertical", "section7"]
    desc = ("序号17 宝联登平台，完全一致的干净包：审计报告平台专项说明在横向A4页（带斜向水印）；设备统计表宽表在/Rotate 90页；"
            "知识产权清单CropBox小于MediaBox（裁切区外留有旧版草稿数字，不应读取）；截图为A5两页拼版扫描；荣誉证书A3折页；"
            "承诺扫描倒置存储并以/Rotate 180纠正；申报书第二章双栏、表X在旋转页。")
    return s, v, rows, facts, files, [], layout, desc


def build_xipaiai(root: Path, scratch: Path):
    s = spec_xipaiai()
    v = values(s)
    files = {
        "附件1-联系人信息反馈表.docx": "联系人表", "附件2-申报表.docx": "申报表", "附件2-申报表-盖章版.pdf": "申报表扫描件",
        "附件3-申报书.docx": "申报书", "附件3-证明材料/01-审计报告.pdf": "evidence:audit_report",
        "附件3-证明材料/02-设备接入统计表.pdf": "evidence:device_list",
        "附件3-证明材料/03-专利及软著清单.pdf": "evidence:patent_list",
        "附件3-证明材料/04-平台截图.pdf": "evidence:screenshot",
        "附件4-平台基本情况汇总表.xlsx": "汇总表", "附件5-真实性承诺.pdf": "承诺",
    }
    s["attachments"] = [("01-审计报告", "第4页"), ("02-设备接入统计表", "第1-2页"), ("03-专利及软著清单", "第1-4页"),
                        ("04-平台截图", "第1-2页")]
    v["proof"] = {"audit": "附件3-01 审计报告 第4页", "device": "附件3-02 设备接入统计表 第1-2页",
                  "screen": "附件3-04 平台截图", "ip": "附件3-03 专利及软著清单 第1-2页",
                  "ip_sw": "附件3-03 专利及软著清单 第3-4页", "awards": "申报书 六"}
    rows = summary_rows(v)
    facts = []
    forms.write_contact_docx(root / "附件1-联系人信息反馈表.docx", v)
    forms.write_form_docx(root / "附件2-申报表.docx", v, font="微软雅黑")
    forms.write_form_scan(root / "附件2-申报表-盖章版.pdf", v, scratch, 1100)
    proposal_docx(root / "附件3-申报书.docx", s, v)
    rel = "附件3-证明材料/01-审计报告.pdf"
    facts += E.audit_twocol(root / rel, rel, s, fin_of(s))
    # the device table printed on the rotated page shows a different total from the form
    ev = copy.deepcopy(v)
    ev_dev = 16480
    gap = v["dev"] - ev_dev
    ev["dev"] = ev_dev
    ev["dev_cat"] = dict(v["dev_cat"])
    ev["dev_cat"]["动力设备"] -= gap
    ev["dev_reg"] = dict(v["dev_reg"])
    ev["dev_reg"]["上海"] -= gap
    rel = "附件3-证明材料/02-设备接入统计表.pdf"
    facts += E.device_rotated(root / rel, rel, s, ev, rotate=270, region_order="row")
    rel = "附件3-证明材料/03-专利及软著清单.pdf"
    facts += E.ip_cropped(root / rel, rel, s, v["patents"] - 1, v["copyrights"], "row", 11)
    rel = "附件3-证明材料/04-平台截图.pdf"
    cards = screen_cards(v)
    p1 = cards_img("环境装备云 运营总览", [cards["reg"], cards["apps"], cards["models"]], watermark="仅供申报使用")
    p2 = cards_img("环境装备云 开发者中心", [cards["ms"], cards["devs"]], watermark="仅供申报使用")
    E.screens_pdf(root / rel, [{"image": p1, "sheet": "A4L"}, {"image": p2, "sheet": "A4P", "caption": "图2 开发者中心"}])
    facts += E.screen_facts(rel, 1, [cards[k] for k in ("reg", "apps", "models")])
    facts += E.screen_facts(rel, 2, [cards[k] for k in ("ms", "devs")])
    forms.write_summary_xlsx(root / "附件4-平台基本情况汇总表.xlsx", v, rows)
    forms.write_commitment_scan(root / "附件5-真实性承诺.pdf", v, scratch, 1150, upside_down=False, rotate=0)
    form = "附件2-申报表.docx"
    problems = [
        {"family": "declared_vs_evidence", "fields": [E.DEV], "files": [form, "附件3-证明材料/02-设备接入统计表.pdf"],
         "severity": "error",
         "description": f"申报表填报连接的工业设备/产品/产线种类及数量 {v['dev']} 台/套，设备接入统计表第1页（/Rotate 270 横排宽表）"
                        f"“接入数量”合计为 {ci(ev_dev)} 台/套，两者相差 {gap}（统计表动力设备 {ci(ev['dev_cat']['动力设备'])}、上海 {ci(ev['dev_reg']['上海'])}，"
                        f"申报表分别为 {v['dev_cat']['动力设备']}、{v['dev_reg']['上海']}；公有云接入 {ci(v['pub'])}、日均运行 {ci(v['day'])}、海外 {v['ovs']} 与申报一致）"},
        {"family": "count_vs_list", "fields": [E.PAT], "files": [form, "附件3-证明材料/03-专利及软著清单.pdf"],
         "severity": "error",
         "description": f"申报表填报专利数量 {v['patents']} 项，专利清单标题“一、专利清单（共{v['patents'] - 1}项）”，可见页面仅列出第1–{v['patents'] - 1}项；"
                        f"第{v['patents']}项只存在于第2页CropBox之外（阅读器不显示），只有把被裁掉的行计入才与申报数一致"},
        {"family": "identity", "fields": ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], "files": [form],
         "severity": "error",
         "description": f"运维人数 {v['team_ops']} + 运营人数 {v['team_run']} = {v['team_ops'] + v['team_run']}，与平台团队总人数 {v['team']} 不一致（填报指引：两者之和应与平台总人数相等）"},
        {"family": "section7", "fields": ["七、平台相较上年度对比情况"], "files": ["附件3-申报书.docx"], "severity": "error",
         "description": "申报书缺少“七、平台相较上年度对比情况”：附件6序号11该平台2023年度参评为“是”，第七章为必填章节"},
    ]
    layout = ["naming:附件N-", "evidence_dir:附件3-证明材料", "form:docx+scan", "proposal:docx",
              "audit:two-column-note(p4)", "device:rotate270-wide-table", "ip:cropbox(row outside crop)",
              "screens:pdf-image+diagonal-watermark", "summary:xlsx-vertical", "commitment:scan", "no-section7"]
    desc = ("序号11 西派埃环境装备平台（2023参评）：审计附注平台专项说明双栏排版；设备统计宽表在/Rotate 270页且合计与申报表不符；"
            "专利清单第2页CropBox外藏有一行（申报数只有算上它才对得上）；运维+运营≠总人数；申报书缺第七章。")
    return s, v, rows, facts, files, problems, layout, desc


def build_tansuo(root: Path, scratch: Path):
    s = spec_tansuo()
    v = values(s)
    files = {
        "联系人信息反馈表.docx": "联系人表", "申报表/上海市工业互联网平台应用水平评价申报表（碳索）.docx": "申报表",
        "申报表/申报表盖章扫描件.pdf": "申报表扫描件", "申报书/申报书（碳索零碳工厂平台）.pdf": "申报书",
        "佐证材料/审计报告（扫描）.pdf": "evidence:audit_report", "佐证材料/设备接入统计.pdf": "evidence:device_list",
        "佐证材料/平台截图（扫描）.pdf": "evidence:screenshot", "佐证材料/知识产权清单.pdf": "evidence:patent_list",
        "平台基本情况汇总表.xlsx": "汇总表", "真实性承诺.pdf": "承诺",
    }
    s["attachments"] = [("审计报告（扫描）", "第3页"), ("设备接入统计", "第1页"), ("平台截图（扫描）", "第1-2页"),
                        ("知识产权清单", "第1-2页")]
    v["proof"] = {"audit": "佐证材料 审计报告 第3页（第3页/第4页拼版）", "device": "佐证材料 设备接入统计 第1页",
                  "screen": "佐证材料 平台截图 第1-2页", "ip": "佐证材料 知识产权清单 第1页",
                  "ip_sw": "佐证材料 知识产权清单 第2页", "awards": "申报书 六"}
    # planted: 按省市区域统计服务企业数 short by 40 on 江苏
    v["served_reg"] = dict(v["served_reg"])
    v["served_reg"]["江苏"] -= 40
    rows = summary_rows(v)
    facts = []
    form = "申报表/上海市工业互联网平台应用水平评价申报表（碳索）.docx"
    forms.write_contact_docx(root / "联系人信息反馈表.docx", v)
    forms.write_form_docx(root / form, v, font="仿宋")
    forms.write_form_scan(root / "申报表/申报表盖章扫描件.pdf", v, scratch, 2700)
    proposal_pdf(root / "申报书/申报书（碳索零碳工厂平台）.pdf", s, v, "三、", rotated_table=False)
    audit_rev = 2862.15
    rel = "佐证材料/审计报告（扫描）.pdf"
    facts += E.audit_twoup_scan(root / rel, rel, s, fin_of(s, rev2023=audit_rev), scratch, 2710)
    rel = "佐证材料/设备接入统计.pdf"
    facts += E.device_chart(root / rel, rel, s, v)
    rel = "佐证材料/平台截图（扫描）.pdf"
    shown_apps = 286
    cards = screen_cards(v, {"apps": shown_apps})
    p1 = cards_img("零碳工厂平台 首页", [cards["dev"], cards["reg"], cards["models"]])
    p2 = cards_img("零碳工厂平台 应用中心", [cards["apps"], cards["ms"], cards["devs"]])
    sheet1 = kit.scanify(_on_a4(p1, "图1 平台首页"), 2721)
    sheet2 = kit.scanify(_on_a4(p2, "图2 应用中心"), 2722)
    E.screens_pdf(root / rel, [{"image": sheet1, "size": kit.A4P},
                               {"image": sheet2, "size": kit.A4P, "upside_down": True}])
    facts += E.screen_facts(rel, 1, [cards[k] for k in ("dev", "reg", "models")])
    facts += E.screen_facts(rel, 2, [cards[k] for k in ("apps", "ms", "devs")])
    rel = "佐证材料/知识产权清单.pdf"
    facts += E.ip_foldout(root / rel, rel, s, v["patents"], v["copyrights"], 27)
    forms.write_summary_xlsx(root / "平台基本情况汇总表.xlsx", v, rows)
    forms.write_commitment_scan(root / "真实性承诺.pdf", v, scratch, 2750, upside_down=False, rotate=0)
    sreg_sum = sum(v["served_reg"].values())
    problems = [
        {"family": "declared_vs_evidence", "fields": ["平台相关营业收入（万元）"], "files": [form, "佐证材料/审计报告（扫描）.pdf"],
         "severity": "error",
         "description": f"申报表填报平台相关营业收入 {f2(v['rev'])} 万元（近三年经营指标2023年同），审计报告扫描件第3页（A5“第3页/第4页”两页拼版，"
                        f"左半页《平台业务收入及利润明细表》）2023年度平台营业收入为 {c2(audit_rev)} 万元，两者不一致"},
        {"family": "screenshot_vs_form", "fields": ["工业APP数量（个）"], "files": ["佐证材料/平台截图（扫描）.pdf", form],
         "severity": "warning",
         "description": f"平台截图扫描件第2页（倒置扫描）“上架工业APP（个）”显示 {shown_apps}，申报表填报工业APP数量 {v['apps']} 个"},
        {"family": "breakdown_sum", "fields": ["按省市区域统计服务企业数（个）", "实际服务企业数（个）"], "files": [form],
         "severity": "error",
         "description": f"按省市区域统计服务企业数各项之和为 {sreg_sum}，与实际服务企业数 {v['served']} 不一致（相差 {v['served'] - sreg_sum}）；按行业统计之和为 {sum(v['served_ind'].values())}，与总数一致"},
    ]
    layout = ["naming:folders(申报表/申报书/佐证材料)", "form:docx+scan", "proposal:pdf", "proposal:two-column-chapter(三)",
              "watermark:diagonal(申报书)", "audit:scan", "audit:two-up-A5(第3页/第4页)", "device:chart-rotated-axis-label",
              "device:vertical-stamp-caption", "device:cells-column-order", "screens:scan", "screens:upside-down-no-rotate(p2)",
              "ip:A3-foldout-column-order", "summary:xlsx-vertical", "commitment:scan"]
    desc = ("序号27 碳索零碳工厂平台（2023未参评）：审计报告为扫描件，平台明细表在A5两页拼版横向页左半（第3页）且2023营收与申报表不符；"
            "截图第2页倒置扫描、上架APP数与申报不符；设备统计页含竖排坐标轴标签与竖排印章说明、表格按列写入；"
            "软著清单在A3折页；按区域统计服务企业数之和与实际服务企业数不符。")
    return s, v, rows, facts, files, problems, layout, desc


def _on_a4(im, caption):
    from PIL import Image, ImageDraw
    from eval_sets.generator import fonts
    sheet = Image.new("RGB", (1240, 1754), "white")
    w, h = im.size
    im2 = im.resize((1140, int(h * 1140 / w)))
    sheet.paste(im2, (50, 220))
    ImageDraw.Draw(sheet).text((620, 140), caption, font=fonts.pil_font(40), fill="black", anchor="mm")
    return sheet


def build_yanfeng(root: Path, scratch: Path):
    s = spec_yanfeng()
    v = values(s)
    files = {
        "延锋_附件1_联系人信息反馈表.docx": "联系人表", "延锋_附件2_申报表.xlsx": "申报表",
        "延锋_附件2_申报表_盖章.pdf": "申报表扫描件", "延锋_附件3_申报书.docx": "申报书",
        "延锋_附件3-1_审计报告.pdf": "evidence:audit_report", "延锋_附件3-2_设备接入统计.pdf": "evidence:device_list",
        "延锋_附件3-3_知识产权清单.pdf": "evidence:patent_list", "延锋_附件3-4_平台截图.pdf": "evidence:screenshot",
        "延锋_附件3-5_荣誉清单.pdf": "evidence:award_list",
        "延锋_附件4_汇总表.xlsx": "汇总表", "延锋_附件5_真实性承诺.pdf": "承诺",
    }
    s["attachments"] = [("附件3-1 审计报告", "第4页"), ("附件3-2 设备接入统计", "第1-2页"), ("附件3-3 知识产权清单", "第1-2页"),
                        ("附件3-4 平台截图", "第1页"), ("附件3-5 荣誉清单", "第1-2页")]
    v["proof"] = {"audit": "附件3-1 审计报告 第4页", "device": "附件3-2 设备接入统计 第1-2页",
                  "screen": "附件3-4 平台截图 第1页", "ip": "附件3-3 知识产权清单 第1页",
                  "ip_sw": "附件3-3 知识产权清单 第2页（折页）", "awards": "附件3-5 荣誉清单 第1页"}
    rows = summary_rows(v)
    facts = []
    form = "延锋_附件2_申报表.xlsx"
    forms.write_contact_docx(root / "延锋_附件1_联系人信息反馈表.docx", v)
    forms.write_form_xlsx(root / form, v)
    forms.write_form_scan(root / "延锋_附件2_申报表_盖章.pdf", v, scratch, 3300)
    proposal_docx(root / "延锋_附件3_申报书.docx", s, v)
    rel = "延锋_附件3-1_审计报告.pdf"
    facts += E.audit_twocol(root / rel, rel, s, fin_of(s, rd=s["rd_audit"]))
    rel = "延锋_附件3-2_设备接入统计.pdf"
    facts += E.device_rotated(root / rel, rel, s, v, rotate=90, region_order="row")
    rel = "延锋_附件3-3_知识产权清单.pdf"
    facts += E.ip_foldout(root / rel, rel, s, v["patents"], s["copyrights_list"], 33)
    rel = "延锋_附件3-4_平台截图.pdf"
    cards = screen_cards(v)
    p1 = cards_img("延锋工业互联网平台 数据驾驶舱", [cards[k] for k in ("dev", "reg", "apps", "models", "ms", "devs")],
                   size=(1600, 1100), watermark="仅供申报使用")
    E.screens_pdf(root / rel, [{"image": p1, "sheet": "A4L"}])
    facts += E.screen_facts(rel, 1, [cards[k] for k in ("dev", "reg", "apps", "models", "ms", "devs")])
    rel = "延锋_附件3-5_荣誉清单.pdf"
    facts += E.awards_foldout(root / rel, rel, s, s["award_names"])
    summary_reg = 2731
    forms.write_summary_xlsx(root / "延锋_附件4_汇总表.xlsx", v, rows, override={"注册企业用户数（个）": summary_reg})
    forms.write_commitment_scan(root / "延锋_附件5_真实性承诺.pdf", v, scratch, 3350, upside_down=False, rotate=0)
    real_util = r2(s["data"] / s["cap"] * 100)
    problems = [
        {"family": "declared_vs_evidence", "fields": ["平台相关研发投入（万元）"], "files": [form, "延锋_附件3-1_审计报告.pdf"],
         "severity": "error",
         "description": f"申报表填报平台相关研发投入 {f2(v['rd'])} 万元，审计报告第4页双栏排版的平台业务专项说明（右栏）"
                        f"2023年度平台相关研发投入为 {c2(s['rd_audit'])} 万元，两者不一致"},
        {"family": "count_vs_list", "fields": [E.SW], "files": [form, "延锋_附件3-3_知识产权清单.pdf"], "severity": "error",
         "description": f"申报表填报软著数量 {v['copyrights']} 个，知识产权清单第2页A3折页“计算机软件著作权清单 共计{s['copyrights_list']}项”，"
                        f"清单仅列出 {s['copyrights_list']} 项"},
        {"family": "summary_vs_form", "fields": ["注册企业用户数（个）"], "files": ["延锋_附件4_汇总表.xlsx", form],
         "severity": "error",
         "description": f"附件4汇总表“注册企业用户数（个）”填写 {summary_reg}，申报表填报 {v['reg']}（平台截图亦为 {ci(v['reg'])}）"},
        {"family": "formula", "fields": ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], "files": [form],
         "severity": "error",
         "description": f"存储资源利用率（%）填报 {f2(v['util'])}，按填报指引公式 {f2(s['data'])} ÷ {f2(s['cap'])} × 100% 应为 {f2(real_util)}"},
    ]
    layout = ["naming:prefix(延锋_)", "evidence_dir:flat", "form:xlsx+scan", "proposal:docx", "audit:two-column-note(p4)",
              "device:rotate90-wide-table", "ip:A3-foldout-column-order", "screens:pdf-image+diagonal-watermark",
              "awards:A3-foldout", "summary:xlsx-vertical", "commitment:scan"]
    desc = ("序号33 延锋工业互联网平台（2023未参评）：申报表仅XLSX+盖章扫描；审计附注双栏排版，右栏研发投入与申报不符；"
            "软著清单在A3横向折页（单元格按列写入），共计项数少于申报；汇总表注册企业数与申报表不符；存储资源利用率公式不符。")
    return s, v, rows, facts, files, problems, layout, desc


BUILDERS = [build_baoxin, build_xipaiai, build_tansuo, build_yanfeng]


def main(out: Path):
    pkg_root = out / "packages"
    truth_root = out / "truth"
    scratch = out / "scratch"
    for d in (pkg_root, truth_root, scratch):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for builder in BUILDERS:
        pid = builder.__name__.replace("build_", "")
        tmp_root = pkg_root / "_tmp"
        tmp_root.mkdir()
        s, v, rows, facts, files, problems, layout, desc = builder(tmp_root, scratch)
        root = pkg_root / s["pid"]
        tmp_root.rename(root)
        on_disk = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
        assert on_disk == sorted(files), (pid, on_disk, sorted(files))
        probs = []
        for i, p in enumerate(problems, 1):
            probs.append({"id": f"{s['pid']}-{i:02d}-{p['family']}", **p})
        truth = {
            "schema_version": 1, "package_id": s["pid"], "description": desc,
            "path": f"{REL_ROOT}/packages/{s['pid']}", "delivery": "folder",
            "platform": {"list_no": s["list_no"], "listed_name": s["listed_name"], "company": s["company"],
                         "declared_name": s["platform"], "participated_2023": s["p23"]},
            "layout": layout, "files": files, "secrets": [s["password"]],
            "summary_rows": rows, "evidence_facts": facts, "problems": probs,
        }
        model = PackageTruth.model_validate(truth)
        (truth_root / f"{s['pid']}.json").write_text(dump_truth(model), encoding="utf-8")
    shutil.rmtree(scratch)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    main(ap.parse_args().out)
