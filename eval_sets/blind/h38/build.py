"""Build blind set h38 (platform back-end exports): packages/<id>/… and truth/<id>.json.

python eval_sets/blind/h38/build.py [--out DIR]     (DIR defaults to this folder)
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path[:0] = [str(HERE), str(REPO)]

import documents as D  # noqa: E402
import exports as X  # noqa: E402
import render as R  # noqa: E402
from model import Profile, Spec, f2, r2  # noqa: E402

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

EV = "证明材料"


def fact(label, value, unit, norm, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return {"label": label, "value": value, "unit": unit, "normalized": norm, "file": file, "page": page, "quote": quote,
            "row_label": row_label, "column_label": column_label, "component": component, "image_only": image_only}


def audit_facts(p: Profile, q: dict, f: str) -> list[dict]:
    s = p.s
    return [fact("平台相关营业收入（万元）", q["r23"], "万元", r2(s.rev[3]), f, 4, q["r23"], "平台相关营业收入", "2023年度"),
            fact("平台近三年经营指标情况", q["r21"], "万元", r2(s.rev[1]), f, 4, q["r21"], "平台相关营业收入", "2021年度",
                 "2021年平台营收（万元）"),
            fact("平台近三年经营指标情况", q["r22"], "万元", r2(s.rev[2]), f, 4, q["r22"], "平台相关营业收入", "2022年度",
                 "2022年平台营收（万元）"),
            fact("平台相关研发投入（万元）", q["rd"], "万元", r2(s.rd), f, 4, q["rd"], "平台相关研发投入", "2023年度"),
            fact("平台利润率（%）", q["profit"], "万元", r2(s.profit), f, 4, q["profit"], "平台利润总额", "2023年度", "平台利润总额（万元）"),
            fact("投资回报率（%）", q["profit"], "万元", r2(s.profit), f, 4, q["profit"], "平台利润总额", "2023年度", "平台年利润（万元）")]


def admin_pages(p: Profile, rng: random.Random, printed: str, system: str, which: dict) -> tuple[list[dict], list[tuple]]:
    """Admin pages; `which` maps page kind -> shown totals. Returns pages and (label, value, unit, norm, quote, row_label) per page."""
    pages, facts = [], []
    months = ["1月", "2月", "3月", "4月", "5月", "6月"]
    for kind, cfg in which.items():
        facts_here = []
        if kind == "devices":
            total = cfg["total"]
            src = [r for r in X.device_rows(p) if not cfg.get("filtered") or r[8] == "在线"]
            rows = [[r[0], r[1][:10], r[2], r[3], r[4], r[6], r[8]] for r in src[:10]]
            cards = None
            if cfg.get("cards"):
                cards = [("设备总数", f"{total:,}"), ("在线设备", f"{cfg.get('online', round(total * 0.71)):,}"), ("今日新增", str(rng.randint(3, 40)))]
                facts_here.append(("连接的工业设备/产品/产线种类及数量（台/套）", f"{total:,}", "台/套", total, f"{total:,}", "设备总数"))
            if not cfg.get("filtered"):
                facts_here.append(("连接的工业设备/产品/产线种类及数量（台/套）", f"共 {total:,} 条", "台/套", total, f"共 {total:,} 条", "设备列表"))
            pg = X.page(p, printed, "/admin/devices?page=1", system, "设备管理", "首页 / 设备接入 / 设备管理", cards,
                        ["设备编号", "设备名称", "所属企业", "设备类型", "所属地区", "接入方式", "在线状态"], rows, total,
                        [12, 12, 26, 10, 10, 8, 8], chart=("近6个月新增接入设备（台）", months, [rng.randint(50, 400) for _ in months]),
                        filters=cfg.get("filtered"))
        elif kind == "enterprises":
            reg, served, paid = cfg["registered"], cfg["served"], cfg["paid"]
            rows = [[str(r[1]), r[2], r[4], r[5], r[8], r[9]] for r in X.enterprise_rows(p)[:10]]
            cards = [("注册企业", f"{reg:,}"), ("服务中企业", f"{served:,}"), ("付费企业", f"{paid:,}")]
            facts_here += [("注册企业用户数（个）", f"{reg:,}", "家", reg, f"{reg:,}", "注册企业"),
                           ("实际服务企业数（个）", f"{served:,}", "家", served, f"{served:,}", "服务中企业"),
                           ("付费企业数（个）", f"{paid:,}", "家", paid, f"{paid:,}", "付费企业"),
                           ("注册企业用户数（个）", f"共 {reg:,} 条", "家", reg, f"共 {reg:,} 条", "企业列表")]
            pg = X.page(p, printed, "/admin/tenants/list?page=1&size=10", system, "企业用户", "首页 / 用户中心 / 企业用户", cards,
                        ["企业编号", "企业名称", "所属行业", "所在地区", "服务状态", "是否付费"], rows, reg, [12, 30, 12, 10, 10, 8],
                        chart=("近6个月新增注册企业（家）", months, [rng.randint(10, 90) for _ in months]))
        elif kind == "developers":
            total, active = cfg["total"], cfg["active"]
            rows = [[f"D{rng.randint(100000, 999999)}", f"dev_{rng.randint(1000, 9999)}", rng.choice(["个人开发者", "企业开发者"]),
                     f"2024-0{rng.randint(1, 6)}-{rng.randint(10, 28)}", rng.choice(["正常", "正常", "冻结"])] for _ in range(10)]
            cards = [("开发者总数", f"{total:,}"), ("本月活跃开发者", f"{active:,}"), ("本月新增", str(rng.randint(20, 200)))]
            facts_here += [("开发者注册总数（个）", f"{total:,}", "个", total, f"{total:,}", "开发者总数"),
                           ("活跃开发者数（个）", f"{active:,}", "个", active, f"{active:,}", "本月活跃开发者"),
                           ("开发者注册总数（个）", f"共 {total:,} 条", "个", total, f"共 {total:,} 条", "开发者列表")]
            pg = X.page(p, printed, "/admin/developers?page=1", system, "开发者管理", "首页 / 开发者社区 / 开发者管理", cards,
                        ["开发者ID", "账号", "类型", "注册时间", "状态"], rows, total, [12, 14, 12, 12, 8])
        elif kind == "services":
            total, active = cfg["total"], cfg["active"]
            rows = [[f"svc-{rng.choice(['device', 'alarm', 'model', 'auth', 'report'])}-{rng.randint(10, 999)}", rng.choice(["v1.2", "v2.0", "v3.1"]),
                     str(rng.randint(1, 8)), str(rng.randint(5, 9000))] for _ in range(10)]
            cards = [("微服务总数", f"{total:,}"), ("活跃微服务（近7日调用≥5次）", f"{active:,}")]
            facts_here += [("微服务数量（个）", f"{total:,}", "个", total, f"{total:,}", "微服务总数"),
                           ("活跃微服务数量（一周调用5次以上）（个）", f"{active:,}", "个", active, f"{active:,}", "活跃微服务（近7日调用≥5次）")]
            pg = X.page(p, printed, "/admin/paas/services?page=1", system, "微服务管理", "首页 / PaaS / 微服务管理", cards,
                        ["服务名", "版本", "实例数", "近7日调用次数"], rows, total, [20, 8, 8, 12])
        elif kind == "models":
            total, active = cfg["total"], cfg["active"]
            rows = [[f"M{rng.randint(1000, 9999)}", f"{rng.choice(['能耗预测', '故障诊断', '配方优化', '排产', '质量预测'])}模型", rng.choice(list(p.model_cats)),
                     str(rng.randint(1, 300))] for _ in range(10)]
            cards = [("机理模型总数", f"{total:,}"), ("活跃模型（一周调用5次以上）", f"{active:,}")]
            facts_here += [("工业机理模型数量（个）", f"{total:,}", "个", total, f"{total:,}", "机理模型总数"),
                           ("活跃机理模型数量（一周调用5次以上）（个）", f"{active:,}", "个", active, f"{active:,}", "活跃模型（一周调用5次以上）")]
            pg = X.page(p, printed, "/admin/models?page=1", system, "模型库", "首页 / 工业模型 / 模型库", cards,
                        ["模型编号", "模型名称", "模型分类", "近30日调用用户数"], rows, total, [10, 16, 14, 12])
        pages.append(pg)
        facts.append(facts_here)
    return pages, facts


def proofs_for(ann: dict) -> dict:
    out = {}
    for key, text in ann.items():
        for k in key.split("|"):
            out[k] = text
    return out


def spec_common(extra: dict) -> dict:
    base = {"pwd": "Rv#2024h38", "type": "股份有限公司", "audit_no": "沪审字〔2024〕第0418号"}
    base.update(extra)
    return base


SPECS = {
    "h38a_guangming_clean": Spec(
        key="h38a_guangming_clean", seed=3801, list_no=31, listed_name="光明乳业工业互联网平台", company="光明乳业股份有限公司",
        participated=False, short="光明乳业", nature="行业型工业互联网平台", industry_word="乳制品", url="https://iiot.guangming-dairy.example.com",
        email_domain="guangming-dairy.example.com", contact=("顾晓雯", "数字化部高级经理", "13901726458"),
        address="上海市闵行区吴中路578号2号楼3楼会议室", build="2019.04-2023.12", build_amount=5280.00,
        rev=(1620.40, 1912.66, 2286.35, 2731.18), rd=468.92, profit=355.06, team=(64, 38, 71), devices=3486,
        dev_cats={"轻工设备": 5, "动力设备": 2, "仪器仪表": 2.2, "物流设备": 1.1, "电力设备": 0.8},
        dev_regions={"上海": 6, "江苏": 1.6, "浙江": 1.2, "安徽": 0.8, "黑龙江": 0.9, "新西兰New Zealand": 0.35},
        overseas=["新西兰New Zealand"], public_share=0.42, daily_share=0.68, apps=(86, 52),
        app_industries={"食品": 6, "轻工": 2, "机械": 1}, registered=1126, served=842, paid=297, sme_share=0.74,
        ent_industries={"食品": 5, "轻工": 2, "农业": 1.5, "服务业": 1}, ent_regions={"上海": 5, "江苏": 1.5, "浙江": 1.2, "安徽": 0.7, "黑龙江": 0.5},
        models=164, microservices=612, developers=2480, patents=12, softcr=27,
        extra=spec_common({"uscc": "91310000132260250X", "founded": "1996年10月7日", "reg_addr": "上海市闵行区", "capital": "137,864.79万元",
                           "business": "乳制品的开发、生产和销售", "legal": "黄黎明", "assets": "2,516,830.45", "co_rev": "2641532.00",
                           "co_growth": "-3.22", "debt": "56.10", "co_profit": "123380.00", "tax": "86420.55",
                           "backup": ("沈立群", "平台运营主管", "13917653302"), "listed": "是，上海证券交易所主板上市（600597）"})),
    "h38b_huayi_problems": Spec(
        key="h38b_huayi_problems", seed=3802, list_no=1, listed_name="化工行业工业互联网平台", company="上海华谊集团股份有限公司",
        participated=True, short="华谊", nature="行业型工业互联网平台", industry_word="化工", url="https://iiot.huayi-chem.example.com",
        email_domain="huayi-chem.example.com", contact=("陆建峰", "信息中心副主任", "13916083527"),
        address="上海市徐汇区宜山路700号B1栋5楼会议室", build="2018.09-2023.12", build_amount=8650.00,
        rev=(3410.22, 3962.80, 4518.47, 5126.93), rd=912.56, profit=701.33, team=(97, 54, 118), devices=6820,
        dev_cats={"化工设备": 5, "动力设备": 2.3, "仪器仪表": 2.6, "电力设备": 1, "其他": 0.5},
        dev_regions={"上海": 5, "江苏": 1.4, "浙江": 1, "广西": 0.9, "重庆": 0.8, "新疆": 0.5, "泰国Thailand": 0.2},
        overseas=["泰国Thailand"], public_share=0.36, daily_share=0.71, apps=(148, 93),
        app_industries={"石化化工": 7, "建材": 1, "医药": 1}, registered=3412, served=2266, paid=604, sme_share=0.69,
        ent_industries={"石化化工": 5, "医药": 1.1, "建材": 0.8, "轻工": 1, "其他": 0.6},
        ent_regions={"上海": 4, "江苏": 1.8, "浙江": 1.5, "山东": 0.9, "广西": 0.5, "重庆": 0.5},
        models=318, microservices=1045, developers=8612, patents=36, softcr=44,
        extra=spec_common({"uscc": "913100001322078765", "founded": "1992年7月2日", "reg_addr": "上海市徐汇区", "capital": "211,774.06万元",
                           "business": "化工产品的研发、生产和销售", "legal": "顾立立", "assets": "8,452,110.20", "co_rev": "4218867.00",
                           "co_growth": "-12.40", "debt": "58.32", "co_profit": "106520.00", "tax": "98610.40",
                           "backup": ("吴倩", "数字化项目经理", "13817264059"), "listed": "是，上海证券交易所主板上市（600623）"})),
    "h38c_baoxin_problems": Spec(
        key="h38c_baoxin_problems", seed=3803, list_no=17, listed_name="宝联登 xIn³Plat 工业互联网平台", company="上海宝信软件股份有限公司",
        participated=True, short="宝信", nature="跨行业跨领域工业互联网平台", industry_word="钢铁", url="https://xin3plat.baosight-demo.example.com",
        email_domain="baosight-demo.example.com", contact=("任泽宇", "平台产品总监", "13901847265"),
        address="上海市宝山区宝城路1813号6号楼2楼报告厅", build="2017.03-2023.12", build_amount=24600.00,
        rev=(21860.50, 26418.72, 31205.66, 36984.20), rd=6120.48, profit=5618.25, team=(412, 186, 455), devices=15420,
        dev_cats={"冶炼设备": 4, "机床": 1.5, "动力设备": 2, "仪器仪表": 2.2, "物流设备": 1.3, "机器人": 0.8, "电力设备": 1.2},
        dev_regions={"上海": 4, "江苏": 1.4, "湖北": 1.5, "广东": 0.9, "新疆": 0.6, "安徽": 0.9, "马来西亚Malaysia": 0.3},
        overseas=["马来西亚Malaysia"], public_share=0.31, daily_share=0.74, apps=(402, 186),
        app_industries={"黑色金属": 5, "有色金属": 1, "机械": 1.5, "汽车": 1, "建材": 0.6}, registered=4860, served=3612, paid=1190, sme_share=0.66,
        ent_industries={"黑色金属": 3, "机械": 2, "汽车": 1.2, "有色金属": 0.8, "建材": 0.6, "其他": 0.9},
        ent_regions={"上海": 3, "江苏": 1.8, "湖北": 1.2, "广东": 0.9, "浙江": 1.1, "安徽": 0.7},
        models=846, microservices=1326, developers=16280, patents=58, softcr=96,
        extra=spec_common({"uscc": "91310000607280598W", "founded": "1994年8月1日", "reg_addr": "上海市浦东新区", "capital": "240,646.05万元",
                           "business": "工业软件、智能制造解决方案与信息化服务", "legal": "夏雪松", "assets": "2,562,360.18", "co_rev": "1291684.00",
                           "co_growth": "-1.65", "debt": "43.20", "co_profit": "288760.00", "tax": "75320.66",
                           "backup": ("钱佳怡", "市场经理", "13764528190"), "listed": "是，上海证券交易所主板上市（600845）"})),
    "h38d_liantong_problems": Spec(
        key="h38d_liantong_problems", seed=3804, list_no=25, listed_name="联擎 5G全链接工厂平台", company="联通（上海）产业互联网有限公司",
        participated=False, short="联通产互", nature="综合型工业互联网平台", industry_word="5G工厂", url="https://lianqing.cucii-sh.example.com",
        email_domain="cucii-sh.example.com", contact=("邵一鸣", "平台运营部经理", "13918274036"),
        address="上海市长宁区长宁路1027号15楼会议中心", build="2020.06-2023.12", build_amount=6380.00,
        rev=(1208.60, 1876.42, 2640.15, 3418.77), rd=1104.38, profit=312.56, team=(118, 77, 143), devices=4952,
        dev_cats={"电工、电子设备": 3, "机床": 2, "机器人": 1.2, "仪器仪表": 1.5, "物流设备": 1, "电力设备": 0.7},
        dev_regions={"上海": 5, "江苏": 2, "浙江": 1.4, "安徽": 0.8, "福建": 0.5},
        overseas=[], public_share=0.48, daily_share=0.66, apps=(122, 41),
        app_industries={"电子": 3, "机械": 2.5, "汽车": 1.5, "轻工": 1}, registered=2864, served=1938, paid=512, sme_share=0.81,
        ent_industries={"电子": 3, "机械": 2.4, "汽车": 1.3, "轻工": 1, "服务业": 0.5},
        ent_regions={"上海": 4.6, "江苏": 1.8, "浙江": 1.3, "安徽": 0.6, "福建": 0.3},
        models=236, microservices=874, developers=5320, patents=21, softcr=19,
        extra=spec_common({"uscc": "91310105MA1FW8T62K", "founded": "2020年5月18日", "reg_addr": "上海市长宁区", "type": "有限责任公司",
                           "capital": "10,000.00万元", "business": "5G行业专网、工业互联网平台及数字化解决方案", "legal": "杨振华",
                           "assets": "86,420.37", "co_rev": "52318.60", "co_growth": "18.45", "debt": "61.27", "co_profit": "2816.40",
                           "tax": "1320.55", "backup": ("黄蕾", "解决方案经理", "13621875306")})),
}


def build_package(key: str, out: Path) -> PackageTruth:
    s = SPECS[key]
    p = Profile(s)
    rng = random.Random(s.seed * 7 + 1)
    root = out / "packages" / key
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    files: dict[str, str] = {}
    facts: list[dict] = []
    problems: list[dict] = []
    layout: list[str] = []
    sys_name = f"{s.listed_name} 运营管理后台"
    summary_over: dict[str, str] = {}
    with_7 = s.participated

    def add(name, role):
        files[name] = role
        return root / name

    def prob(pid, family, fields, pfiles, severity, desc):
        problems.append({"id": f"{key}-{len(problems) + 1:02d}-{pid}", "family": family, "fields": fields, "files": pfiles,
                         "severity": severity, "description": desc})

    def page_facts(fname, pf, image_only):
        for i, lst in enumerate(pf, 1):
            for (lab, val, unit, norm, quote, rl) in lst:
                facts.append(fact(lab, val, unit, norm, fname, i, quote, rl, image_only=image_only))

    d = p.declared
    # ------------------------------------------------------------------ per package
    if key == "h38a_guangming_clean":
        layout = ["naming:numbered", "evidence_dir:证明材料", "form:docx+scan", "summary:xlsx-vertical", "commitment:scan",
                  "devices:csv-utf8bom-comma+export-line+合计", "admin:pdf-text(5 pages)", "enterprises:xlsx(hidden col, frozen, serial dates, text numbers)",
                  "ip:txt-fixed-width", "apps:csv-gbk-tab-no-total"]
        f_audit = f"{EV}/附件3-1_2023年度审计报告（含平台专项说明）.pdf"
        f_dev = f"{EV}/附件3-2_设备台账导出_20240708.csv"
        f_adm = f"{EV}/附件3-3_平台后台页面打印.pdf"
        f_ent = f"{EV}/附件3-4_企业用户导出_20240708.xlsx"
        f_ip = f"{EV}/附件3-5_知识产权清单导出.txt"
        f_app = f"{EV}/附件3-6_工业APP清单导出.csv"
        q = D.audit_pdf(p, add(f_audit, "evidence:audit_report"), "立信中联会计师事务所（特殊普通合伙）")
        facts += audit_facts(p, q, f_audit)
        rows = X.device_rows(p, rng)
        n = len(rows)
        R.write_csv(add(f_dev, "evidence:device_list"), [X.DEVICE_HEADER] + rows, encoding="utf-8-sig",
                    pre_lines=["导出时间：2024-07-08 10:21:33 导出人：admin"], post_rows=[[f"合计：{n}台"]])
        facts.append(fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{n}", "台/套", n, f_dev, 1, f"合计：{n}台", "合计"))
        pages, pf = admin_pages(p, rng, "2024/7/8 10:35", sys_name, {
            "devices": {"total": n, "cards": True, "online": sum(r[8] == "在线" for r in rows)},
            "enterprises": {"registered": d["注册企业用户数（个）"][1], "served": d["实际服务企业数（个）"][1], "paid": d["付费企业数（个）"][1]},
            "developers": {"total": d["开发者注册总数（个）"][1], "active": d["活跃开发者数（个）"][1]},
            "services": {"total": d["微服务数量（个）"][1], "active": d["活跃微服务数量（一周调用5次以上）（个）"][1]},
            "models": {"total": d["工业机理模型数量（个）"][1], "active": d["活跃机理模型数量（一周调用5次以上）（个）"][1]}})
        for i, pg in enumerate(pages, 1):
            pg["pageno"] = "1/1"
        R.admin_pdf(add(f_adm, "evidence:screenshot"), pages, image_only=False, rng=rng)
        page_facts(f_adm, pf, False)
        st = X.enterprise_xlsx(p, add(f_ent, "evidence:other"), rng, "导出时间：2024-07-08 10:40:02　导出人：admin　筛选条件：全部")
        for lab, cap in (("注册企业用户数（个）", "注册企业总数"), ("实际服务企业数（个）", "服务中企业数"), ("付费企业数（个）", "付费企业数"),
                         ("服务本市企业数量（个）", "上海地区服务企业数"), ("服务中小企业数量（个）", "服务中小企业数")):
            facts.append(fact(lab, st[cap], "家", int(st[cap]), f_ent, 2, st[cap], cap, "数值"))
        qp, qs = X.ip_txt(p, add(f_ip, "evidence:patent_list"), rng, s.patents, s.softcr, s.company)
        facts += [fact("平台核心软硬件技术获得的专利数量（项）", str(s.patents), "项", s.patents, f_ip, 1, qp, "专利清单"),
                  fact("平台核心软硬件技术获得的软著数量（个）", str(s.softcr), "项", s.softcr, f_ip, 1, qs, "软件著作权清单")]
        R.write_csv(add(f_app, "evidence:other"), [X.APP_HEADER] + X.app_rows(p, rng), encoding="gbk", delimiter="\t")
        annex = {f_audit: "平台相关营业收入（万元）|平台相关研发投入（万元）|平台利润率（%）|平台近三年经营指标情况|投资回报率（%）|平台相关研发投入强度（%）"}
        form_files = ("docx", "scan")
        summary_kind, commit_kind = "xlsx", "scan"
    elif key == "h38b_huayi_problems":
        layout = ["naming:chinese", "evidence_dir:证明材料", "form:xlsx+scan(no docx)", "summary:docx-vertical", "commitment:docx",
                  "devices:csv-gbk-comma+title+合计", "admin:pdf-image-only(4 pages)", "enterprises:csv-utf8bom+export-line-no-total",
                  "ip:xlsx-two-sheets", "section7"]
        f_audit = f"{EV}/审计报告2023（华谊集团）.pdf"
        f_dev = f"{EV}/接入设备清单_后台导出.csv"
        f_adm = f"{EV}/平台后台截图打印.pdf"
        f_ent = f"{EV}/注册企业清单_后台导出.csv"
        f_ip = f"{EV}/知识产权清单.xlsx"
        q = D.audit_pdf(p, add(f_audit, "evidence:audit_report"), "上会会计师事务所（特殊普通合伙）")
        facts += audit_facts(p, q, f_audit)
        declared_n = d["连接的工业设备/产品/产线种类及数量（台/套）"][1]
        rows = X.device_rows(p, rng, drop=402)
        n = len(rows)
        R.write_csv(add(f_dev, "evidence:device_list"), [X.DEVICE_HEADER] + rows, encoding="gbk",
                    pre_lines=[f"{s.listed_name}接入设备清单"], post_rows=[["合计", "", "", "", "", "", "", "", f"{n}台"]])
        facts.append(fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{n}台", "台/套", n, f_dev, 1, f"{n}台", "合计"))
        prob("count_vs_list", "count_vs_list", ["连接的工业设备/产品/产线种类及数量（台/套）"], ["附件2 申报表（华谊集团）.xlsx", f_dev], "error",
             f"申报表填报连接的工业设备数量 {declared_n} 台/套，而证明材料“接入设备清单_后台导出.csv”逐台列出 {n} 台，末行“合计 {n}台”，"
             f"少 {declared_n - n} 台")
        dev_shown = round(d["开发者注册总数（个）"][1] * 0.9436)
        pages, pf = admin_pages(p, rng, "2024/7/11 上午9:12", sys_name, {
            "enterprises": {"registered": d["注册企业用户数（个）"][1], "served": d["实际服务企业数（个）"][1], "paid": d["付费企业数（个）"][1]},
            "developers": {"total": dev_shown, "active": d["活跃开发者数（个）"][1]},
            "services": {"total": d["微服务数量（个）"][1], "active": d["活跃微服务数量（一周调用5次以上）（个）"][1]},
            "models": {"total": d["工业机理模型数量（个）"][1], "active": d["活跃机理模型数量（一周调用5次以上）（个）"][1]}})
        for i, pg in enumerate(pages, 1):
            pg["pageno"] = f"{i}/{len(pages)}"
        R.admin_pdf(add(f_adm, "evidence:screenshot"), pages, image_only=True, rng=rng)
        page_facts(f_adm, pf, True)
        prob("screenshot_vs_form", "screenshot_vs_form", ["开发者注册总数（个）"], [f_adm, "附件2 申报表（华谊集团）.xlsx"], "warning",
             f"后台“开发者管理”页面打印（第2页，打印于2024/7/11）显示开发者总数 {dev_shown:,}、共 {dev_shown:,} 条，"
             f"申报表填报开发者注册总数 {d['开发者注册总数（个）'][1]}（截至填表日2024-07-15，相差{d['开发者注册总数（个）'][1] - dev_shown}个）")
        er = X.enterprise_rows(p, rng)
        R.write_csv(add(f_ent, "evidence:other"), [X.ENT_HEADER] + [[str(x) if not isinstance(x, int) or j != 7 else
                    "{}-{:02d}-{:02d}".format(*X._serial_to_date(x)) for j, x in enumerate(r)] for r in er],
                    encoding="utf-8-sig", pre_lines=["导出时间：2024-07-11 09:20:47 导出人：admin"])
        wb = R.new_workbook()
        ws = wb.active
        ws.title = "专利"
        ws.append([f"专利清单（共{s.patents}项）"])
        ws.append(["序号", "专利号", "专利名称", "专利类型", "授权公告日", "专利权人"])
        for i in range(1, s.patents + 1):
            ws.append([i, f"ZL20{rng.randint(18, 23)}{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}",
                       f"一种{rng.choice(['反应釜温度控制', '精馏塔能耗优化', '危化品储运监测', '装置报警管理'])}方法", rng.choice(["发明", "实用新型"]),
                       45000 + rng.randint(0, 900), s.company])
        ws.freeze_panes = "A3"
        ws2 = wb.create_sheet("软件著作权")
        ws2.append([f"软件著作权清单（共{s.softcr}项）"])
        ws2.append(["序号", "登记号", "软件名称", "登记日期", "著作权人"])
        for i in range(1, s.softcr + 1):
            ws2.append([i, f"20{rng.randint(19, 24)}SR{rng.randint(1000000, 9999999)}", f"化工{rng.choice(['安全', '设备', '能效', '工艺'])}管理软件V{rng.randint(1, 5)}.0",
                        45000 + rng.randint(0, 900), s.company])
        R.save_xlsx(wb, add(f_ip, "evidence:patent_list"))
        facts += [fact("平台核心软硬件技术获得的专利数量（项）", str(s.patents), "项", s.patents, f_ip, 1, f"专利清单（共{s.patents}项）", "专利清单"),
                  fact("平台核心软硬件技术获得的软著数量（个）", str(s.softcr), "项", s.softcr, f_ip, 2, f"软件著作权清单（共{s.softcr}项）", "软件著作权清单")]
        true_int = d["平台相关研发投入强度（%）"][1]
        wrong = r2(true_int + 3.15)
        p.set_declared("平台相关研发投入强度（%）", f2(wrong), wrong)
        prob("formula", "formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], ["附件2 申报表（华谊集团）.xlsx"], "error",
             f"平台相关研发投入强度填报 {f2(wrong)}，按填报指引 {f2(s.rd)} ÷ {f2(s.rev[3])} × 100% 应为 {f2(true_int)}")
        reg = d["注册企业用户数（个）"][0]
        swapped = reg[:2] + reg[3] + reg[2]
        summary_over["注册企业用户数（个）"] = swapped
        prob("summary_vs_form", "summary_vs_form", ["注册企业用户数（个）"], ["附件4 平台基本情况汇总表（华谊集团）.docx", "附件2 申报表（华谊集团）.xlsx"],
             "error", f"附件4汇总表“注册企业用户数（个）”填写 {swapped}，申报表填报 {reg}")
        annex = {f_audit: "平台相关营业收入（万元）|平台相关研发投入（万元）|平台利润率（%）|平台近三年经营指标情况|投资回报率（%）|平台相关研发投入强度（%）"}
        form_files = ("xlsx", "scan")
        summary_kind, commit_kind = "docx", "docx"
    elif key == "h38c_baoxin_problems":
        layout = ["naming:dash", "evidence_dir:证明材料/后台导出", "form:docx+scan", "summary:xlsx-vertical", "commitment:scan",
                  "devices:admin-page-filtered(在线状态：在线)", "admin:pdf-text(4 pages)", "enterprises:xlsx", "services:txt-fixed-width",
                  "ip:txt-fixed-width-gbk", "apps:csv-utf8bom-comma+合计", "no-section7"]
        with_7 = False
        f_audit = f"{EV}/3-1-2023年度审计报告.pdf"
        f_adm = f"{EV}/后台导出/3-2-平台管理后台页面打印.pdf"
        f_ent = f"{EV}/后台导出/3-3-企业用户列表.xlsx"
        f_svc = f"{EV}/后台导出/3-4-微服务注册清单.txt"
        f_ip = f"{EV}/3-5-知识产权清单.txt"
        f_app = f"{EV}/后台导出/3-6-工业APP清单.csv"
        q = D.audit_pdf(p, add(f_audit, "evidence:audit_report"), "天职国际会计师事务所（特殊普通合伙）")
        facts += audit_facts(p, q, f_audit)
        n_total = d["连接的工业设备/产品/产线种类及数量（台/套）"][1]
        online = round(n_total * 0.6405)
        pages, pf = admin_pages(p, rng, "2024/7/9 14:52", sys_name, {
            "devices": {"total": online, "filtered": "筛选条件：在线状态：在线 ×　　设备类型：全部　　所属地区：全部　　[重置] [查询]"},
            "enterprises": {"registered": d["注册企业用户数（个）"][1], "served": d["实际服务企业数（个）"][1], "paid": d["付费企业数（个）"][1]},
            "developers": {"total": d["开发者注册总数（个）"][1], "active": d["活跃开发者数（个）"][1]},
            "models": {"total": d["工业机理模型数量（个）"][1], "active": d["活跃机理模型数量（一周调用5次以上）（个）"][1]}})
        for i, pg in enumerate(pages, 1):
            pg["pageno"] = "1/1"
        R.admin_pdf(add(f_adm, "evidence:screenshot"), pages, image_only=False, rng=rng)
        page_facts(f_adm, pf, False)
        prob("filtered_export", "declared_vs_evidence", ["连接的工业设备/产品/产线种类及数量（台/套）"], [f_adm, "附件2-申报表-宝联登xIn3Plat.docx"],
             "warning", f"设备数量的证明是后台“设备管理”页面打印，但页面带筛选条件“在线状态：在线”，显示“共 {online:,} 条”，"
                        f"不是全部接入设备；申报表填报 {n_total} 台/套，无其他证明材料能核对总数")
        st = X.enterprise_xlsx(p, add(f_ent, "evidence:other"), rng, "导出时间：2024-07-09 15:03:18　导出人：ops_admin")
        for lab, cap in (("注册企业用户数（个）", "注册企业总数"), ("实际服务企业数（个）", "服务中企业数"), ("服务中小企业数量（个）", "服务中小企业数")):
            facts.append(fact(lab, st[cap], "家", int(st[cap]), f_ent, 2, st[cap], cap, "数值"))
        ms_decl = d["微服务数量（个）"][1]
        ms_list = 1236
        svc_rows = [[str(i), f"svc-{random.Random(i).choice(['device', 'alarm', 'model', 'auth', 'report', 'bpm', 'iot'])}-{i:04d}",
                     rng.choice(["v1.0.3", "v2.1.0", "v2.4.1"]), rng.choice(["RUNNING", "RUNNING", "RUNNING", "STOPPED"]), str(rng.randint(1, 6))]
                    for i in range(1, ms_list + 1)]
        R.write_fixed(add(f_svc, "evidence:other"), [f"# {s.listed_name} 服务注册中心 服务清单导出", "# 导出时间: 2024-07-09 15:20:06  导出人: ops_admin", ""],
                      [("NO", 7), ("SERVICE_NAME", 24), ("VERSION", 10), ("STATUS", 10), ("INSTANCES", 10)], svc_rows,
                      [f"共 {ms_list} 个服务"])
        facts.append(fact("微服务数量（个）", str(ms_list), "个", ms_list, f_svc, 1, f"共 {ms_list} 个服务", "服务清单"))
        prob("count_vs_list", "count_vs_list", ["微服务数量（个）"], ["附件2-申报表-宝联登xIn3Plat.docx", f_svc], "error",
             f"申报表填报微服务数量 {ms_decl} 个，服务注册中心导出清单逐条列出 {ms_list} 个服务（末行“共 {ms_list} 个服务”）")
        qp, qs = X.ip_txt(p, add(f_ip, "evidence:patent_list"), rng, s.patents, s.softcr, s.company, encoding="gbk")
        facts += [fact("平台核心软硬件技术获得的专利数量（项）", str(s.patents), "项", s.patents, f_ip, 1, qp, "专利清单"),
                  fact("平台核心软硬件技术获得的软著数量（个）", str(s.softcr), "项", s.softcr, f_ip, 1, qs, "软件著作权清单")]
        napp = d["工业APP数量（个）"][1]
        R.write_csv(add(f_app, "evidence:other"), [X.APP_HEADER] + X.app_rows(p, rng), encoding="utf-8-sig",
                    post_rows=[["合计", f"{napp}个", "", "", "", "", "", ""]])
        facts.append(fact("工业APP数量（个）", f"{napp}个", "个", napp, f_app, 1, f"{napp}个", "合计"))
        lab = "按省市区域统计公有云工业设备数量（台/套）"
        bd = dict(d[lab][1])
        k0 = "湖北"
        bd[k0] = bd[k0] + 300
        p.set_declared(lab, "、".join(f"{k}：{v}" for k, v in bd.items()), bd)
        pub = d["公有云工业设备连接数量（台/套）"][1]
        prob("breakdown_sum", "breakdown_sum", [lab, "公有云工业设备连接数量（台/套）"], ["附件2-申报表-宝联登xIn3Plat.docx"], "error",
             f"按省市区域统计公有云工业设备数量各项之和为 {sum(bd.values())}，与公有云工业设备连接数量 {pub} 不一致（湖北填 {bd[k0]}）；"
             f"按二级分类统计之和为 {pub}")
        prob("section7", "section7", ["七、平台相较上年度对比情况"], ["附件3-申报书-宝联登xIn3Plat.docx"], "error",
             "附件6中序号17“2023年度是否参评”为“是”，申报书缺少必填的“七、平台相较上年度对比情况”")
        annex = {f_audit: "平台相关营业收入（万元）|平台相关研发投入（万元）|平台利润率（%）|平台近三年经营指标情况|投资回报率（%）|平台相关研发投入强度（%）"}
        form_files = ("docx", "scan")
        summary_kind, commit_kind = "xlsx", "scan"
    else:  # h38d
        layout = ["naming:附件N-", "evidence_dir:flat", "form:docx+xlsx+scan", "summary:xlsx-vertical", "commitment:scan",
                  "devices:csv-gbk-tab+export-line(after deadline)", "admin:pdf-text(4 pages)", "ip:txt-fixed-width",
                  "apps:xlsx-other-tenant"]
        f_audit = "附件3-1 审计报告.pdf"
        f_dev = "附件3-2 设备接入清单（后台导出）.csv"
        f_adm = "附件3-3 平台后台截图.pdf"
        f_ip = "附件3-4 知识产权导出.txt"
        f_app = "附件3-5 工业APP清单.xlsx"
        q = D.audit_pdf(p, add(f_audit, "evidence:audit_report"), "中兴华会计师事务所（特殊普通合伙）")
        facts += audit_facts(p, q, f_audit)
        rows = X.device_rows(p, rng)
        n = len(rows)
        R.write_csv(add(f_dev, "evidence:device_list"), [X.DEVICE_HEADER] + rows, encoding="gbk", delimiter="\t",
                    pre_lines=[f"导出时间：2024-08-12 09:14:05 导出人：admin 记录数：{n}"])
        facts.append(fact("连接的工业设备/产品/产线种类及数量（台/套）", str(n), "台/套", n, f_dev, 1, f"记录数：{n}", "记录数"))
        prob("export_after_deadline", "missing_proof", ["连接的工业设备/产品/产线种类及数量（台/套）"], [f_dev], "warning",
             "设备接入清单的导出行为“导出时间：2024-08-12 09:14:05”，晚于通知规定的申报截止时间2024年7月22日16:00，"
             "也晚于填表日，不能证明截至填表日的设备数量")
        reg = d["注册企业用户数（个）"][1]
        shown = 2846
        pages, pf = admin_pages(p, rng, "2024/7/10 16:41", sys_name, {
            "devices": {"total": n, "cards": True, "online": sum(r[8] == "在线" for r in rows)},
            "enterprises": {"registered": shown, "served": d["实际服务企业数（个）"][1], "paid": d["付费企业数（个）"][1]},
            "developers": {"total": d["开发者注册总数（个）"][1], "active": d["活跃开发者数（个）"][1]},
            "services": {"total": d["微服务数量（个）"][1], "active": d["活跃微服务数量（一周调用5次以上）（个）"][1]}})
        for i, pg in enumerate(pages, 1):
            pg["pageno"] = "1/1"
        R.admin_pdf(add(f_adm, "evidence:screenshot"), pages, image_only=False, rng=rng)
        page_facts(f_adm, pf, False)
        prob("declared_vs_evidence", "declared_vs_evidence", ["注册企业用户数（个）"], ["附件2 申报表（联擎平台）.docx", f_adm], "error",
             f"后台“企业用户”页面打印显示注册企业 {shown:,}、列表“共 {shown:,} 条”，申报表填报注册企业用户数 {reg}")
        softcr_list = 17
        qp, qs = X.ip_txt(p, add(f_ip, "evidence:patent_list"), rng, s.patents, softcr_list, s.company)
        facts += [fact("平台核心软硬件技术获得的专利数量（项）", str(s.patents), "项", s.patents, f_ip, 1, qp, "专利清单"),
                  fact("平台核心软硬件技术获得的软著数量（个）", str(softcr_list), "项", softcr_list, f_ip, 1, qs, "软件著作权清单")]
        prob("count_vs_list", "count_vs_list", ["平台核心软硬件技术获得的软著数量（个）"], ["附件2 申报表（联擎平台）.docx", f_ip], "error",
             f"申报表填报软著数量 {s.softcr} 个，知识产权导出“软件著作权清单（共 {softcr_list} 项）”仅列出 {softcr_list} 项（专利清单 {s.patents} 项与申报一致）")
        wb = R.new_workbook()
        ws = wb.active
        ws.title = "应用列表"
        other = "中国移动 OnePower 工业互联网平台"
        ws.append([f"平台：{other}　租户：中移（上海）信息通信科技有限公司　导出时间：2024-07-10 16:55:20"])
        other_n = 287
        ws.append(X.APP_HEADER)
        for r in X.app_rows(p, rng)[:other_n]:
            ws.append(r)
        extra_rows = other_n - min(other_n, len(p.app_rows))
        for i in range(extra_rows):
            ws.append([f"APP{len(p.app_rows) + i + 1:04d}", f"运维服务看板V{i % 3 + 1}", "运维服务", "电子", "平台原生", "公有云", "2023-09-01", "3"])
        ws.append([f"共 {other_n} 条"])
        ws.freeze_panes = "A3"
        R.save_xlsx(wb, add(f_app, "evidence:other"))
        prob("other_tenant", "platform_name", ["工业APP数量（个）"], [f_app], "warning",
             f"工业APP清单的表头为“平台：{other}　租户：中移（上海）信息通信科技有限公司”，是另一平台（附件6序号21）租户的导出，"
             f"共 {other_n} 条，与申报的 {s.listed_name}（工业APP数量 {d['工业APP数量（个）'][1]} 个）无关")
        annex = {f_audit: "平台相关营业收入（万元）|平台相关研发投入（万元）|平台利润率（%）|平台近三年经营指标情况|投资回报率（%）|平台相关研发投入强度（%）"}
        form_files = ("docx", "xlsx", "scan")
        summary_kind, commit_kind = "xlsx", "scan"

    # ------------------------------------------------------------------ proofs column and application documents
    ev_files = [f for f, r in files.items() if r.startswith("evidence")]
    proof_map = {}
    def name_of(f):
        return Path(f).stem
    proof_map.update({k: f"{name_of(f_audit)} 第4页" for k in annex[f_audit].split("|")})
    for f_ in ev_files:
        for ft in facts:
            if ft["file"] == f_ and ft["label"] not in proof_map:
                proof_map[ft["label"]] = f"{name_of(f_)} 第{ft['page']}页"
    if key == "h38c_baoxin_problems":
        proof_map["连接的工业设备/产品/产线种类及数量（台/套）"] = f"{name_of(f_adm)} 第1页"
    if key == "h38d_liantong_problems":
        proof_map["工业APP数量（个）"] = f"{name_of(f_app)}"
    if key == "h38a_guangming_clean":
        proof_map["工业APP数量（个）"] = f"{name_of(f_app)}（逐条列示）"
    names = {
        "h38a_guangming_clean": ("01_联系人信息反馈表.docx", "02_申报表_光明乳业工业互联网平台.docx", "02_申报表_光明乳业工业互联网平台.xlsx",
                                 "02_申报表_盖章扫描件.pdf", "03_申报书_光明乳业工业互联网平台.docx", "04_平台基本情况汇总表.", "05_真实性承诺_盖章.pdf"),
        "h38b_huayi_problems": ("附件1 联系人信息反馈表（华谊集团）.docx", "附件2 申报表（华谊集团）.docx", "附件2 申报表（华谊集团）.xlsx",
                                "附件2 申报表（华谊集团）盖章扫描.pdf", "附件3 申报书（华谊集团）.docx", "附件4 平台基本情况汇总表（华谊集团）.",
                                "附件5 真实性承诺（华谊集团）.docx"),
        "h38c_baoxin_problems": ("附件1-联系人信息反馈表.docx", "附件2-申报表-宝联登xIn3Plat.docx", "附件2-申报表-宝联登xIn3Plat.xlsx",
                                 "附件2-申报表-盖章版.pdf", "附件3-申报书-宝联登xIn3Plat.docx", "附件4-平台基本情况汇总表.", "附件5-真实性承诺-盖章.pdf"),
        "h38d_liantong_problems": ("附件1 联系人信息反馈表.docx", "附件2 申报表（联擎平台）.docx", "附件2 申报表（联擎平台）.xlsx",
                                   "附件2 申报表（联擎平台）扫描件.pdf", "附件3 申报书（联擎平台）.docx", "附件4 汇总表（联擎平台）.",
                                   "附件5 真实性承诺（扫描）.pdf"),
    }[key]
    n_contact, n_fdocx, n_fxlsx, n_scan, n_narr, n_sum, n_commit = names
    D.contact_docx(p, add(n_contact, "联系人表"))
    if "docx" in form_files:
        D.form_docx(p, add(n_fdocx, "申报表"), proof_map)
    if "xlsx" in form_files:
        D.form_xlsx(p, add(n_fxlsx, "申报表"), proof_map)
    D.form_scan(p, add(n_scan, "申报表扫描件"), rng)
    annex_list = [f"附件{i}：{name_of(f)}" for i, f in enumerate(ev_files, 1)]
    D.narrative_docx(p, add(n_narr, "申报书"), annex_list, with_7)
    n_sum = n_sum + summary_kind
    (D.summary_xlsx if summary_kind == "xlsx" else D.summary_docx)(p, add(n_sum, "汇总表"), summary_over)
    if commit_kind == "scan":
        D.commitment_scan(p, add(n_commit, "承诺"), rng)
    else:
        D.commitment_docx(p, add(n_commit, "承诺"))

    # ------------------------------------------------------------------ truth
    bad = p.check_consistent()
    if not problems:
        assert not bad, bad
    rows = [{"label": lab, "value": p.declared[lab][0], "normalized": p.declared[lab][1]} for lab in p.declared]
    for r in rows:
        if r["label"] == "建设时间":
            pass
        if r["label"] in ("平台是否建立安全管理体系",):
            r["value"] = "是"
        if r["label"] == "企业是否已上市或已获得VC/PE投资":
            r["value"] = "是" if r["normalized"] else "否"
    truth = {
        "schema_version": 1, "package_id": key,
        "description": {
            "h38a_guangming_clean": "序号31 光明乳业：完全一致的干净包。设备台账CSV（UTF-8 BOM、导出行、引号内逗号、合计行）、后台页面文本PDF打印（浏览器页眉页脚、统计卡片、图表、共N条分页）、企业用户XLSX导出（隐藏列、冻结表头、序列号日期、文本数字、统计页）、定宽TXT知识产权清单、GBK制表符APP清单无合计行。",
            "h38b_huayi_problems": "序号1 华谊化工平台（2023参评，含第七章）：申报表仅XLSX+盖章扫描；GBK设备CSV逐台列出少于申报数；后台页面纯图PDF中开发者数少于申报；研发投入强度公式错误；DOCX汇总表注册企业数与申报表不一致。",
            "h38c_baoxin_problems": "序号17 宝信xIn³Plat（2023参评但缺第七章）：设备证明为带“在线状态：在线”筛选的后台页面打印；微服务注册中心定宽TXT清单少于申报；按省市区域统计公有云设备之和不等于总数；UTF-8 BOM APP清单带合计。",
            "h38d_liantong_problems": "序号25 联通产互联擎：GBK制表符设备CSV导出于申报截止之后；后台企业用户页面共N条与申报不一致；知识产权TXT软著清单少于申报；工业APP清单为另一平台租户的导出。",
        }[key],
        "path": f"eval_sets/blind/h38/packages/{key}", "delivery": "folder",
        "platform": {"list_no": s.list_no, "listed_name": s.listed_name, "company": s.company, "declared_name": s.listed_name,
                     "participated_2023": s.participated},
        "layout": layout, "files": dict(sorted(files.items())), "secrets": [s.extra["pwd"]],
        "summary_rows": rows, "evidence_facts": facts, "problems": problems,
    }
    t = PackageTruth.model_validate(truth)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{key}.json").write_text(dump_truth(t), encoding="utf-8")
    return t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    a = ap.parse_args()
    for key in SPECS:
        t = build_package(key, a.out)
        print(key, len(t.files), "files", len(t.evidence_facts), "facts", len(t.problems), "problems")


if __name__ == "__main__":
    main()
