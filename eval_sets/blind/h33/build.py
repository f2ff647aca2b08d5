"""Build blind set h33 (legacy and odd file formats): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python -m eval_sets.blind.h33.build [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document

from eval_sets.truth import PackageTruth, dump_truth

from . import docs, evidence as ev, kit
from .model import build as build_model, rows as model_rows

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


class Pkg:
    def __init__(self, root: Path, pid: str):
        self.pid, self.dir = pid, root / "packages" / pid
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []

    def path(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
             image_only=False):
        assert file in self.files, file
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))


def base_p(**kw) -> dict:
    p = dict(平台建设方式="自建", 平台运营模式="自运营", iaas="☑自建  □租用", q={}, cells={}, proofs={})
    p.update(kw)
    return p


def audit_facts(pk: Pkg, m, file, page, image_only=False):
    r = m["rev"]
    money = ev.money
    pk.fact("平台相关营业收入（万元）", money(r[2023]), "万元", r[2023], file, page, money(r[2023]),
            "平台相关营业收入", "2023年度", image_only=image_only)
    for y in (2021, 2022):
        pk.fact("平台近三年经营指标情况", money(r[y]), "万元", r[y], file, page, money(r[y]), "平台相关营业收入",
                f"{y}年度", f"{y}年平台营收（万元）", image_only)
    pk.fact("平台相关研发投入（万元）", money(m["rd"]), "万元", m["rd"], file, page, money(m["rd"]), "平台相关研发投入",
            "2023年度", image_only=image_only)
    pk.fact("平台利润率（%）", money(m["profit"]), "万元", m["profit"], file, page, money(m["profit"]), "平台利润总额",
            "2023年度", "平台利润总额（万元）", image_only)
    pk.fact("投资回报率（%）", money(m["profit"]), "万元", m["profit"], file, page, money(m["profit"]), "平台利润总额",
            "2023年度", "平台年利润（万元）", image_only)


def device_facts(pk: Pkg, m, file, cat_page, reg_page, total=None, quote_fmt=str, image_only=False):
    total = m["dev"] if total is None else total
    cols = ("接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）")
    for label, v, col in (("连接的工业设备/产品/产线种类及数量（台/套）", total, cols[0]),
                          ("公有云工业设备连接数量（台/套）", m["pub"], cols[1]),
                          ("公有云工业设备平均日运行数量（台/套）", m["prun"], cols[2])):
        pk.fact(label, quote_fmt(v), "台/套", v, file, cat_page, quote_fmt(v), "合计", col, image_only=image_only)
    if m["ov_reg"] and reg_page:
        pk.fact("海外设备连接数量（台/套）", quote_fmt(m["ov"]), "台/套", m["ov"], file, reg_page, quote_fmt(m["ov"]),
                "其中：海外小计", cols[0], image_only=image_only)


def company_info(code, founded, addr, typ, capital, business, legal, equity, assets, income, growth, debt, profit, tax):
    return dict(code=code, founded=founded, addr=addr, type=typ, capital=capital, business=business, legal=legal,
                equity=equity, assets=assets, income=income, income_growth=growth, debt=debt, profit=profit, tax=tax)


def audit_company(m, scale, auditor, no):
    inc = round(m["rev"][2023] * 10000 * scale, 2)
    return dict(auditor=auditor, no=no, lines=[
        ("一、营业总收入", inc, round(inc / 1.11, 2)), ("其中：营业收入", inc, round(inc / 1.11, 2)),
        ("二、营业总成本", round(inc * 0.86, 2), round(inc / 1.11 * 0.87, 2)),
        ("其中：研发费用", round(inc * 0.09, 2), round(inc / 1.11 * 0.085, 2)),
        ("三、营业利润", round(inc * 0.13, 2), round(inc / 1.11 * 0.12, 2)),
        ("四、利润总额", round(inc * 0.131, 2), round(inc / 1.11 * 0.122, 2)),
        ("五、净利润", round(inc * 0.113, 2), round(inc / 1.11 * 0.105, 2))])


def sync_company(p, comp) -> dict:
    """企业基本情况 takes the company figures of the audited 合并利润表 (万元), so the two never disagree."""
    lines = {k: a for k, a, _ in comp["lines"]}
    inc = lines["其中：营业收入"]
    prior = next(b for k, _, b in comp["lines"] if k == "其中：营业收入")
    p["co"].update(income=f"{inc / 10000:.2f}", income_growth=f"{(inc - prior) / prior * 100:.2f}",
                   profit=f"{lines['四、利润总额'] / 10000:.2f}")
    return comp


# ==================================================================== package 1 (clean)
def pkg_baoxin(root: Path) -> tuple[Pkg, dict]:
    pk = Pkg(root, "h33_baoxin_clean")
    m = build_model(3317, device_cats=["冶炼设备", "动力设备", "机床", "物流设备", "电力设备", "仪器仪表"],
                    regions=["上海", "江苏", "浙江", "湖北", "广东", "山东", "安徽", "四川"],
                    overseas=["巴西Brazil", "印度尼西亚Indonesia"],
                    app_inds=["黑色金属", "有色金属", "机械", "汽车", "石化化工", "电子"],
                    ent_inds=["黑色金属", "机械", "汽车", "有色金属", "石化化工", "电子", "其他"], scale_k=2.2)
    ev_dir = "附件3 证明材料"
    F = {"audit": f"{ev_dir}/01 2023年度审计报告.pdf", "dev": f"{ev_dir}/02 平台接入设备清单.xls",
         "ip": f"{ev_dir}/03 专利及软件著作权证书清单（扫描）.tif", "web": f"{ev_dir}/04 平台运营看板（网页另存为）.html",
         "paid": f"{ev_dir}/05 付费企业名单（系统导出）.csv", "award": f"{ev_dir}/06 荣誉证书清单（拍照）.jpg"}
    p = base_p(list_no=17, listed_name="宝联登 xIn³Plat 工业互联网平台", company="上海宝信软件股份有限公司",
               declared_name="宝联登 xIn³Plat 工业互联网平台", participated=True, nature="综合型工业互联网平台",
               contact="沈嘉怡", title="平台运营部经理", phone="13917265308", email="shenjy@baoxin-iot.example.com",
               contact2="陆振华", title2="产品总监", phone2="13901846273", email2="luzh@baoxin-iot.example.com",
               venue="上海市宝山区果园路515号2号楼3楼多功能会议室", url="https://xinplat.example.com",
               account="sheitc_eval", password="Xin#Plat2024", period="2017.03-2023.12",
               period_text="2017年3月至2023年12月", 部署方式="边缘侧、私有云、公有云、混合云",
               domain="钢铁及原材料行业", short="宝联登", code="BX",
               speed_text="毫秒级（单TB时序数据查询平均约850毫秒）", open_data="以API接口和行业数据集形式开放：开放API接口{api}个、行业数据集{ds}个",
               listed_text="是，2001年在上海证券交易所上市（股票代码600845）",
               co=company_info("91310000607280598X", "1996年4月", "上海市浦东新区", "股份有限公司（上市）", "28.9亿元",
                               "工业软件、智能制造与工业互联网服务", "范建伟", "中国宝武钢铁集团有限公司控股",
                               "2860000.00", "1291600.00", "-1.52", "41.30", "286300.00", "51200.00"))
    if m["speed"] != "毫秒级":
        m["speed"] = "毫秒级"
    comp = sync_company(p, audit_company(m, 26.4, "立信会计师事务所（特殊普通合伙）", "ZA1xxxx".replace("xxxx", "2671")))
    p["open_data"] = p["open_data"].format(api=m["api"], ds=m["datasets"])
    p["intro"] = (f"宝联登 xIn³Plat 工业互联网平台是宝信软件打造的综合型工业互联网平台，面向钢铁及原材料、装备制造等行业提供设备连接、"
                  f"数据治理、工业APP开发与运营服务。平台形成设备远程运维、能效管理、质量追溯等解决方案，主要客户覆盖钢铁、有色、汽车等行业。")
    p["effect"] = "平台帮助用户企业降低设备运维成本、提高能效与质量稳定性，带动产业链上下游数字化协同。"
    p["annex_list"] = ["附件3-1 2023年度审计报告（第1-3页）", "附件3-2 平台接入设备清单（Excel）", "附件3-3 专利及软件著作权证书清单（扫描）",
                       "附件3-4 平台运营看板（网页另存为）", "附件3-5 付费企业名单（系统导出）", "附件3-6 荣誉证书清单（拍照）"]
    p["proofs"] = {"平台相关营业收入（万元）": "附件3-1 第3页", "平台相关研发投入（万元）": "附件3-1 第3页",
                   "平台利润率（%）": "附件3-1 第3页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2",
                   "海外设备连接数量（台/套）": "附件3-2 按区域", "平台核心软硬件技术获得的专利数量（项）": "附件3-3 第1页",
                   "平台核心软硬件技术获得的软著数量（个）": "附件3-3 第2页", "注册企业用户数（个）": "附件3-4",
                   "付费企业数（个）": "附件3-5", "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-6"}
    rows = model_rows(m, p)
    docs.contact_docx(pk.path("附件1 联系人信息反馈表.docx", "联系人表"), p)
    docs.form_docx(pk.path("附件2 申报表（宝信软件）.docx", "申报表"), m, p, rows)
    docs.stamped_scan(pk.path("附件2 申报表（宝信软件）盖章扫描件.pdf", "申报表扫描件"), docs.form_story(m, p, rows),
                      p["company"], seed=171)
    docs.book_docx(pk.path("附件3 申报书（宝信软件）.docx", "申报书"), m, p, with7=True)
    docs.summary_xls(pk.path("附件4 平台基本情况汇总表.xls", "汇总表"), rows)
    kit.write_tiff(pk.path("附件5 真实性承诺（盖章扫描）.tif", "承诺"), [docs.commitment_image(p, 175)], "tiff_lzw")
    # evidence
    ev.audit_pdf(pk.path(F["audit"], "evidence:audit_report"), p, m,
                 comp)
    audit_facts(pk, m, F["audit"], 3)
    ev.device_xls(pk.path(F["dev"], "evidence:device_list"), m)
    device_facts(pk, m, F["dev"], 1, 2)
    # IP certificate list: two G4 frames
    rng = random.Random(1717)
    pat = [[str(i + 1), f"一种基于工业互联网的{w}方法", f"ZL2021{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}", "发明专利"]
           for i, w in enumerate((["设备状态监测", "能耗预测", "质量追溯", "数据采集", "边缘计算调度", "高炉炉况诊断",
                                   "轧线故障诊断", "时序数据压缩"] * 8)[:m["patents"]])]
    sw = [[str(i + 1), f"宝联登{w}软件V{rng.randint(1, 4)}.0", f"2022SR{rng.randint(1000000, 1999999)}", "原始取得"]
          for i, w in enumerate((["设备管理", "能效分析", "质量管理", "低代码开发", "数据治理", "模型管理", "边缘网关",
                                  "APP商店", "运维监控"] * 8)[:m["softcr"]])]
    fr1 = ev_ip_frame("专利证书清单", f"专利清单（共{m['patents']}项）", ["序号", "专利名称", "专利号", "类型"], pat, p)
    fr2 = ev_ip_frame("软件著作权登记证书清单", f"软件著作权清单（共{m['softcr']}项）", ["序号", "软件名称", "登记号", "取得方式"], sw, p)
    kit.write_tiff(pk.path(F["ip"], "evidence:patent_list"), [kit.to_bw(kit.scanify(fr1, 11)), kit.to_bw(kit.scanify(fr2, 12))],
                   "group4")
    pk.fact("平台核心软硬件技术获得的专利数量（项）", str(m["patents"]), "项", m["patents"], F["ip"], 1,
            f"专利清单（共{m['patents']}项）", "专利清单", image_only=True)
    pk.fact("平台核心软硬件技术获得的软著数量（个）", str(m["softcr"]), "项", m["softcr"], F["ip"], 2,
            f"软件著作权清单（共{m['softcr']}项）", "软件著作权清单", image_only=True)
    # dashboard web page
    kpis = [("注册企业用户（家）", f"{m['reg']:,}"), ("实际服务企业（家）", f"{m['served']:,}"), ("上架工业APP（个）", f"{m['apps']:,}"),
            ("工业机理模型（个）", f"{m['models']:,}"), ("微服务（个）", f"{m['ms']:,}"), ("注册开发者（个）", f"{m['devs']:,}"),
            ("接入设备（台/套）", f"{m['dev']:,}"), ("活跃开发者（个）", f"{m['devs_active']:,}"),
            ("工业APP订阅总数（个）", f"{m['subs']:,}"), ("公有云工业APP（个）", f"{m['pub_apps']:,}")]
    (pk.path(F["web"], "evidence:screenshot")).write_text(
        ev.html_dashboard("宝联登 xIn³Plat 平台运营看板", "https://xinplat.example.com/ops/dashboard", kpis,
                          "数据截至2024-07-15 24:00", "2024-07-16 09:12:05"), encoding="utf-8")
    for (cap, val), label in zip(kpis, ("注册企业用户数（个）", "实际服务企业数（个）", "工业APP数量（个）", "工业机理模型数量（个）",
                                        "微服务数量（个）", "开发者注册总数（个）", "连接的工业设备/产品/产线种类及数量（台/套）",
                                        "活跃开发者数（个）", "工业APP订阅总数量（个）", "公有云工业APP数量（个）")):
        v = int(val.replace(",", ""))
        pk.fact(label, val, "台/套" if "设备" in cap else ("家" if "企业" in cap else "个"), v, F["web"], 1, val, cap)
    # paid enterprises CSV (GBK)
    names = ev.company_names(m["paid"], random.Random(1718), ("上海", "江苏", "浙江", "湖北", "广东"))
    lines = [["序号", "企业名称", "首次付费日期", "订阅服务"]]
    for i, nm in enumerate(names):
        lines.append([i + 1, nm, f"202{1 + i % 3}-{1 + i % 12:02d}-{1 + i % 27:02d}", ["设备运维", "能效管理", "质量追溯"][i % 3]])
    lines.append(["合计", f"{m['paid']}家", "", ""])
    ev.csv_gbk(pk.path(F["paid"], "evidence:other"), lines)
    pk.fact("付费企业数（个）", f"{m['paid']}家", "家", m["paid"], F["paid"], 1, f"合计,{m['paid']}家", "合计")
    # award list photographed
    aw = [[str(i + 1), n, y, u] for i, (n, y, u) in enumerate([
        ("工业互联网平台创新领航应用案例", "2023年", "工业和信息化部"), ("上海市工业互联网标杆平台", "2022年", "上海市经济和信息化委员会"),
        ("上海市科技进步奖二等奖", "2022年", "上海市人民政府"), ("制造业与互联网融合发展试点示范", "2021年", "工业和信息化部"),
        ("上海市软件和信息服务业高质量发展专项", "2023年", "上海市经济和信息化委员会"), ("中国钢铁工业协会科学技术奖", "2021年", "中国钢铁工业协会"),
        ("上海市重点产品质量攻关成果", "2023年", "上海市质量协会"), ("工业互联网试点示范项目", "2022年", "工业和信息化部")][:m["awards"]])]
    page = kit.draw_table_page("省部级及以上奖项/荣誉清单", p["declared_name"], ["序号", "奖项/荣誉名称", "时间", "颁发单位"], aw,
                               [80, 560, 130, 330], footer=f"合计：{m['awards']}项")
    kit.save_jpg(pk.path(F["award"], "evidence:award_list"), kit.phone_photo(page, 1719, angle=3.2))
    pk.fact("平台获得省部级及以上奖项/荣誉数量（个）", f"{m['awards']}项", "项", m["awards"], F["award"], 1,
            f"合计：{m['awards']}项", "合计", image_only=True)
    layout = ["summary:xls-vertical(BIFF8)", "commitment:tif-lzw", "stamped_scan:pdf", "ip_list:tif-g4-2frames",
              "dashboard:html-saved", "csv:gbk", "awards:jpg-phone-photo", "device_list:xls-2sheets", "section7"]
    return finish(pk, p, m, rows, layout, "序号17 宝联登平台，干净包：.xls 汇总表、TIFF 承诺与证书清单、网页另存为看板、GBK CSV、手机拍照荣誉清单，全部一致。")


def ev_ip_frame(title, caption, header, rows, p):
    assert len(rows) <= 46, "one frame holds at most 46 rows"
    page = kit.draw_table_page(title, f"权利人：{p['company']}", header, rows, [80, 560, 330, 130],
                               footer=caption, fs=17)
    return page


# ==================================================================== package 2 (联影, .xls 申报表)
def pkg_lianying(root: Path) -> tuple[Pkg, dict]:
    pk = Pkg(root, "h33_lianying_problems")
    m = build_model(3306, device_cats=["电工、电子设备", "仪器仪表", "机床", "机器人", "物流设备"],
                    regions=["上海", "江苏", "广东", "湖北", "浙江", "四川", "北京"],
                    overseas=["美国United States", "波兰Poland", "马来西亚Malaysia"],
                    app_inds=["医药", "电子", "机械", "轻工"], ent_inds=["医药", "电子", "机械", "轻工", "其他"], scale_k=1.4)
    ev_dir = "证明材料"
    F = {"audit": f"{ev_dir}/审计报告（扫描件）.tif", "dev": f"{ev_dir}/设备台账汇总.et", "pat": f"{ev_dir}/专利清单.csv",
         "photo": f"{ev_dir}/平台大屏照片.jpg", "sw": f"{ev_dir}/软件著作权清单.pdf"}
    p = base_p(list_no=6, listed_name="联影医疗工业互联网平台", company="上海联影医疗科技股份有限公司",
               declared_name="联影医疗工业互联网平台", participated=False, nature="行业型工业互联网平台",
               contact="邵雨桐", title="数字化中心主管", phone="13918437260", email="shaoyt@uih-iot.example.com",
               contact2="钱立群", title2="平台架构师", phone2="13905527184", email2="qianlq@uih-iot.example.com",
               venue="上海市嘉定区城北路2258号B栋5楼会议室", url="https://iiot.uih.example.com", account="eval2024",
               password="Uih@Eval#0722", period="2019.06-2023.12", period_text="2019年6月至2023年12月",
               部署方式="私有云、公有云", domain="医疗装备行业", short="联影医疗", code="UIH",
               speed_text="秒级（每TB影像设备日志分析平均约2.6秒）", open_data="",
               listed_text="是，2022年在上海证券交易所科创板上市（股票代码688271）",
               co=company_info("91310114MA1GT3X76Q", "2011年3月", "上海市嘉定区", "股份有限公司（上市）", "8.24亿元",
                               "高端医学影像设备、放射治疗设备研发生产及服务", "薛敏", "联影医疗技术集团有限公司等",
                               "3206000.00", "1141100.00", "24.77", "31.20", "236800.00", "48600.00"))
    m["speed"] = "秒级"
    comp = sync_company(p, audit_company(m, 19.6, "普华永道中天会计师事务所（特殊普通合伙）", "10088"))
    p["open_data"] = f"以API接口和数据集形式开放：开放API接口{m['api']}个、脱敏设备运行数据集{m['datasets']}个"
    p["intro"] = ("联影医疗工业互联网平台是联影医疗打造的行业型工业互联网平台，面向医疗装备行业提供影像设备远程运维、零部件供应链协同、"
                  "生产质量管理等服务，主要客户为医疗装备制造企业及其零部件供应商。")
    p["effect"] = "平台缩短设备故障响应时间，提升零部件供应链协同效率，带动医疗装备产业链数字化。"
    p["annex_list"] = ["1. 审计报告（扫描件，第3页为平台专项说明）", "2. 设备台账汇总（WPS表格）", "3. 专利清单", "4. 平台大屏照片",
                       "5. 软件著作权清单"]
    p["proofs"] = {"平台相关营业收入（万元）": "证明材料1 第3页", "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料2",
                   "平台核心软硬件技术获得的专利数量（项）": "证明材料3", "平台核心软硬件技术获得的软著数量（个）": "证明材料5"}
    # --- planted: declared devices include 1,800 仪器仪表 the ledger does not hold
    true_instr = m["dev_cat"]["仪器仪表"]
    delta = 1800
    declared_dev = m["dev"]
    m_true_total = declared_dev - delta
    # --- planted: patents declared 3 more than the CSV lists
    true_patents = m["patents"]
    m["patents"] = true_patents + 3
    rows = model_rows(m, p)
    docs.contact_docx(pk.path("联系人信息反馈表.docx", "联系人表"), p)
    docs.form_xls(pk.path("申报表.xls", "申报表"), m, p, rows)
    docs.stamped_scan(pk.path("申报表-盖章版.pdf", "申报表扫描件"), docs.form_story(m, p, rows), p["company"], seed=61)
    docs.book_pdf(pk.path("申报书.pdf", "申报书"), m, p, with7=False)
    apps_wrong = int(str(m["apps"])[::-1]) if str(m["apps"])[::-1] != str(m["apps"]) else m["apps"] + 90
    docs.summary_docx(pk.path("汇总表.docx", "汇总表"), rows, override={"工业APP数量（个）": str(apps_wrong)})
    kit.write_rtf(pk.path("真实性承诺.rtf", "承诺"), docs.commitment_paragraphs(p))
    # evidence
    ev.audit_tiff(pk.path(F["audit"], "evidence:audit_report"), p, m,
                  comp, seed=62)
    audit_facts(pk, m, F["audit"], 3, image_only=True)
    ev.device_xls(pk.path(F["dev"], "evidence:device_list"), m, cat_over={"仪器仪表": true_instr - delta}, regions=False)
    device_facts(pk, m, F["dev"], 1, None, total=m_true_total)
    rng = random.Random(606)
    lines = [["序号", "专利名称", "专利号", "专利类型", "授权公告日", "专利权人"]]
    for i in range(true_patents):
        lines.append([i + 1, f"一种医疗设备{['远程诊断', '部件寿命预测', '生产追溯', '质量检测', '数据采集'][i % 5]}方法及系统",
                      f"ZL20{rng.randint(19, 22)}1{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}",
                      "发明" if i % 3 else "实用新型", f"202{i % 4}-{1 + i % 12:02d}-{3 + i % 25:02d}", p["company"]])
    lines.append(["合计", f"{true_patents}项", "", "", "", ""])
    ev.csv_gbk(pk.path(F["pat"], "evidence:patent_list"), lines)
    pk.fact("平台核心软硬件技术获得的专利数量（项）", f"{true_patents}项", "项", true_patents, F["pat"], 1,
            f"合计,{true_patents}项", "合计")
    # dashboard photo
    cards = [("接入设备（台/套）", f"{declared_dev:,}"), ("注册企业（家）", f"{m['reg']:,}"), ("服务企业（家）", f"{m['served']:,}"),
             ("微服务（个）", f"{m['ms']:,}"), ("机理模型（个）", f"{m['models']:,}"), ("开发者（个）", f"{m['devs']:,}"),
             ("付费企业（家）", f"{m['paid']:,}"), ("工业APP（个）", f"{m['apps']:,}")]
    board = kit.Image.new("RGB", (1400, 1140), (10, 28, 58))
    d = kit.ImageDraw.Draw(board)
    d.text((40, 30), "联影医疗工业互联网平台 运行监控中心", font=kit.fonts.pil_font(44), fill=(230, 240, 255))
    for i, (cap, val) in enumerate(cards):
        x, y = 40 + (i % 3) * 450, 130 + (i // 3) * 330
        d.rectangle([x, y, x + 410, y + 270], outline=(60, 120, 220), width=3)
        d.text((x + 24, y + 24), cap, font=kit.fonts.pil_font(32), fill=(140, 180, 255))
        d.text((x + 24, y + 110), val, font=kit.fonts.pil_font(76), fill=(255, 255, 255))
    kit.save_jpg(pk.path(F["photo"], "evidence:screenshot"), kit.phone_photo(board, 607, angle=-5.0))
    # the dashboard shows the declared device count (the ledger .et is the one that differs)
    for (cap, val), label in zip(cards, ("连接的工业设备/产品/产线种类及数量（台/套）", "注册企业用户数（个）", "实际服务企业数（个）",
                                         "微服务数量（个）", "工业机理模型数量（个）", "开发者注册总数（个）",
                                         "付费企业数（个）", "工业APP数量（个）")):
        pk.fact(label, val, "台/套" if "设备" in cap else ("家" if "企业" in cap else "个"), int(val.replace(",", "")),
                F["photo"], 1, val, cap, image_only=True)
    # software copyright list (text PDF)
    st = kit.styles(10)
    data = [["序号", "软件名称", "登记号", "著作权人"]] + [
        [str(i + 1), f"联影{['设备远程运维', '供应链协同', '生产质量追溯', '影像设备日志分析', '备件管理'][i % 5]}系统V{1 + i % 3}.0",
         f"2023SR{rng.randint(1000000, 1999999)}", p["company"]] for i in range(m["softcr"])]
    kit.write_pdf(pk.path(F["sw"], "evidence:patent_list"),
                  [kit.Paragraph("软件著作权清单", st["h1"]), kit.table(data, [14 * kit.mm, 80 * kit.mm, 35 * kit.mm, 45 * kit.mm], st),
                   kit.Spacer(1, 5 * kit.mm), kit.Paragraph(f"以上合计{m['softcr']}项", st["body"])])
    pk.fact("平台核心软硬件技术获得的软著数量（个）", f"{m['softcr']}项", "项", m["softcr"], F["sw"], pdf_pages(pk.dir / F["sw"]),
            f"以上合计{m['softcr']}项", "合计")
    # problems
    pk.problem("declared_vs_evidence", ["连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）"],
               ["申报表.xls", F["dev"]], "error",
               f"申报表连接的工业设备 {declared_dev} 台/套（其中仪器仪表 {true_instr}），而设备台账汇总.et 的合计为 {m_true_total} 台/套"
               f"（仪器仪表 {true_instr - delta}），相差 {delta}")
    pk.problem("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], ["申报表.xls", F["pat"]], "error",
               f"申报表专利数量 {m['patents']} 项，专利清单.csv 仅列 {true_patents} 项（合计,{true_patents}项）")
    pk.problem("summary_vs_form", ["工业APP数量（个）"], ["汇总表.docx", "申报表.xls"], "error",
               f"汇总表工业APP数量 {apps_wrong}，申报表为 {m['apps']}")
    layout = ["form:xls(BIFF8)-3sheets", "stamped_scan:pdf", "book:pdf-no7", "summary:docx-vertical", "commitment:rtf",
              "audit:tif-lzw-gray-3frames", "device_list:et(BIFF8)", "patent_list:csv-gbk", "screenshot:jpg-phone-photo",
              "softcr_list:text-pdf"]
    return finish(pk, p, m, rows, layout, "序号6 联影医疗平台：申报表为 .xls（附盖章扫描件），审计报告为多页 TIFF 扫描，设备台账为 .et，专利清单为 GBK CSV；3 个问题。")


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    n = len(doc)
    doc.close()
    return n


# ==================================================================== package 3 (国网上海电力, .doc 申报书)
def pkg_guowang(root: Path) -> tuple[Pkg, dict]:
    pk = Pkg(root, "h33_guowang_problems")
    m = build_model(3313, device_cats=["电力设备", "电工、电子设备", "仪器仪表", "动力设备"],
                    regions=["上海", "江苏", "浙江", "安徽"], overseas=[],
                    app_inds=["电力、热力和燃气", "机械", "电子", "建筑业"],
                    ent_inds=["电力、热力和燃气", "机械", "电子", "建筑业", "汽车", "其他"], scale_k=3.0)
    ev_dir = "06_证明材料"
    F = {"audit": f"{ev_dir}/6-1 审计报告.pdf", "mht": f"{ev_dir}/6-2 平台运行监测大屏.mht",
         "sw": f"{ev_dir}/6-3 软件著作权证书（扫描）.tif", "ent": f"{ev_dir}/6-4 服务企业统计.xls",
         "dev": f"{ev_dir}/6-5 接入设备统计表.xls"}
    p = base_p(list_no=13, listed_name="国网上海电力工业互联网平台", company="国网上海市电力公司",
               declared_name="国网上海电力工业互联网平台", participated=True, nature="行业型工业互联网平台",
               contact="顾晓峰", title="数字化部专责", phone="13916582047", email="guxf@sgsh-iiot.example.com",
               contact2="唐文静", title2="平台运营专责", phone2="13917730562", email2="tangwj@sgsh-iiot.example.com",
               venue="上海市浦东新区源深路1122号6楼第二会议室", url="https://iiot.sgsh.example.com", account="pingshen01",
               password="Sgsh!2024pj", period="2020.01-2023.12", period_text="2020年1月至2023年12月", 部署方式="边缘侧、私有云",
               domain="电力能源行业", short="国网上海电力", code="SGSH", speed_text="秒级（每TB电力量测数据分析平均约1.8秒）",
               open_data="", listed_text="否",
               co=company_info("913100001322078578", "1997年1月", "上海市浦东新区", "有限责任公司（国有独资）", "249.60亿元",
                               "电网建设运营、电力供应与综合能源服务", "阮前途", "国家电网有限公司100%",
                               "12864000.00", "6932700.00", "5.26", "52.40", "418600.00", "231400.00"))
    m["listed"] = False
    m["speed"] = "秒级"
    p["iaas"] = "☑自建  □租用"
    p["cells"] = {"按海外国家分类统计海外设备连接数量（台/套）": "无"}
    comp = sync_company(p, audit_company(m, 61.0, "天职国际会计师事务所（特殊普通合伙）", "33190"))
    p["open_data"] = f"以API接口和数据产品形式开放：开放API接口{m['api']}个、电力数据产品{m['datasets']}类"
    p["intro"] = ("国网上海电力工业互联网平台是国网上海市电力公司打造的行业型工业互联网平台，面向电力能源行业及用能企业提供电力设备接入、"
                  "用能监测、能效诊断和电碳分析服务，主要客户为本市工业用户、园区及电力设备企业。")
    p["effect"] = "平台提升电网设备运维效率和用能企业能效水平，支撑本市工业领域节能降碳。"
    p["annex_list"] = ["6-1 审计报告", "6-2 平台运行监测大屏（网页存档）", "6-3 软件著作权证书（扫描）", "6-4 服务企业统计", "6-5 接入设备统计表"]
    p["proofs"] = {"平台相关营业收入（万元）": "6-1 第3页", "注册企业用户数（个）": "6-2", "平台核心软硬件技术获得的软著数量（个）": "6-3",
                   "实际服务企业数（个）": "6-4", "按行业统计服务企业数（个）": "6-4 按行业",
                   "连接的工业设备/产品/产线种类及数量（台/套）": "6-5"}
    true_ind = dict(m["ent_ind"])
    # planted: the form's 按行业 breakdown carries 100 too many in 机械
    m["ent_ind"] = dict(true_ind)
    m["ent_ind"]["机械"] += 100
    true_sw = m["softcr"] - 4
    rows = model_rows(m, p)
    docs.contact_docx(pk.path("01_联系人信息反馈表.docx", "联系人表"), p)
    docs.form_docx(pk.path("02_申报表.docx", "申报表"), m, p, rows, font="仿宋")
    docs.stamped_scan(pk.path("02_申报表_盖章.pdf", "申报表扫描件"), docs.form_story(m, p, rows), p["company"], seed=131)
    # 申报书: DOCX converted to legacy .doc by LibreOffice; chapter 七 missing (planted)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "03_申报书.docx"
        docs.book_docx(src, m, p, with7=False)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to", "doc",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copyfile(Path(tmp) / "03_申报书.doc", pk.path("03_申报书.doc", "申报书"))
    docs.summary_xlsx_horizontal(pk.path("04_汇总表.xlsx", "汇总表"), rows)
    com = docs.commitment_image(p, 135)
    kit.images_to_pdf(pk.path("05_真实性承诺.pdf", "承诺"), [com], dpi=150)
    # evidence
    ev.audit_pdf(pk.path(F["audit"], "evidence:audit_report"), p, m,
                 comp)
    audit_facts(pk, m, F["audit"], 3)
    shown_reg = m["reg"] + 180
    kpis = [("接入电力设备（台/套）", f"{m['dev']:,}"), ("注册企业用户（家）", f"{shown_reg:,}"), ("上架工业APP（个）", f"{m['apps']:,}"),
            ("在线微服务（个）", f"{m['ms']:,}"), ("机理模型（个）", f"{m['models']:,}"),
            ("实际服务企业（家）", f"{m['served']:,}"), ("注册开发者（个）", f"{m['devs']:,}")]
    html = ev.html_dashboard("国网上海电力工业互联网平台 运行监测大屏", "https://iiot.sgsh.example.com/screen/index", kpis,
                             "数据刷新时间：2024-07-17 18:00", "2024-07-17 18:03:41")
    pk.path(F["mht"], "evidence:screenshot").write_bytes(kit.mht_wrap(html, "https://iiot.sgsh.example.com/screen/index"))
    for (cap, val), label in zip(kpis, ("连接的工业设备/产品/产线种类及数量（台/套）", "注册企业用户数（个）", "工业APP数量（个）",
                                        "微服务数量（个）", "工业机理模型数量（个）", "实际服务企业数（个）", "开发者注册总数（个）")):
        pk.fact(label, val, "台/套" if "设备" in cap else ("家" if "企业" in cap else "个"), int(val.replace(",", "")),
                F["mht"], 1, val, cap)
    rng = random.Random(1313)
    sw = [[str(i + 1), f"电力{['用能监测', '设备状态评价', '电碳分析', '配网运维', '负荷预测', '能效诊断'][i % 6]}软件V{1 + i % 3}.0",
           f"2022SR{rng.randint(1000000, 1999999)}", "原始取得"] for i in range(true_sw)]
    frames = []
    per = 30
    chunks = [sw[k:k + per] for k in range(0, len(sw), per)]
    for j, ch in enumerate(chunks):
        foot = f"软件著作权登记证书共{true_sw}项" if j == len(chunks) - 1 else "（续下页）"
        page = kit.draw_table_page("软件著作权登记证书清单" + ("" if j == 0 else "（续）"), f"著作权人：{p['company']}",
                                   ["序号", "软件名称", "登记号", "取得方式"], ch, [80, 560, 330, 130], footer=foot, fs=20)
        frames.append(kit.to_bw(kit.scanify(page, 1320 + j)))
    kit.write_tiff(pk.path(F["sw"], "evidence:patent_list"), frames, "group4")
    pk.fact("平台核心软硬件技术获得的软著数量（个）", f"{true_sw}项", "项", true_sw, F["sw"], len(frames),
            f"软件著作权登记证书共{true_sw}项", "合计", image_only=True)
    t1 = [["行业", "服务企业数（家）"]] + [[k, v] for k, v in true_ind.items()] + [["合计", m["served"]]]
    t2 = [["区域", "服务企业数（家）"]] + [[k, v] for k, v in m["ent_reg"].items()] + [["合计", m["served"]]]
    kit.write_xls(pk.path(F["ent"], "evidence:other"), [("按行业", t1), ("按区域", t2)], widths={0: 24, 1: 20})
    pk.fact("实际服务企业数（个）", str(m["served"]), "家", m["served"], F["ent"], 1, str(m["served"]), "合计", "服务企业数（家）")
    pk.fact("服务本市企业数量（个）", str(m["local"]), "家", m["local"], F["ent"], 2, str(m["local"]), "上海", "服务企业数（家）")
    ev.device_xls(pk.path(F["dev"], "evidence:device_list"), m)
    device_facts(pk, m, F["dev"], 1, 2)
    form = "02_申报表.docx"
    pk.problem("section7", ["七、平台相较上年度对比情况"], ["03_申报书.doc"], "error",
               "申报书（.doc）缺少“七、平台相较上年度对比情况”：附件6序号13 2023年度参评为“是”，该章为必填")
    pk.problem("count_vs_list", ["平台核心软硬件技术获得的软著数量（个）"], [form, F["sw"]], "error",
               f"申报表软著数量 {m['softcr']} 个，软件著作权证书扫描清单（TIFF 末页）为共{true_sw}项")
    pk.problem("screenshot_vs_form", ["注册企业用户数（个）"], [F["mht"], form], "warning",
               f"运行监测大屏（.mht 网页存档）注册企业用户 {shown_reg:,}，申报表 {m['reg']}")
    pk.problem("breakdown_sum", ["按行业统计服务企业数（个）", "实际服务企业数（个）"], [form, F["ent"]], "error",
               f"按行业统计服务企业数合计 {sum(m['ent_ind'].values())} ≠ 实际服务企业数 {m['served']}（机械 {m['ent_ind']['机械']}，"
               f"服务企业统计.xls 为 {true_ind['机械']}）")
    layout = ["book:doc(LibreOffice)-no7", "summary:xlsx-horizontal", "commitment:image-pdf", "dashboard:mht",
              "softcr:tif-g4-multiframe", "enterprise_list:xls", "device_list:xls", "no-overseas"]
    return finish(pk, p, m, rows, layout, "序号13 国网上海电力平台：申报书为 LibreOffice 转存的 .doc（缺第七章），看板为 .mht 网页存档，软著清单为多帧 G4 TIFF；4 个问题。")


# ==================================================================== package 4 (中远海运科技 船视宝, .et 汇总表, RTF)
def pkg_chuanshibao(root: Path) -> tuple[Pkg, dict]:
    pk = Pkg(root, "h33_chuanshibao_problems")
    m = build_model(3328, device_cats=["交通设备", "动力设备", "仪器仪表", "物流设备", "电力设备"],
                    regions=["上海", "广东", "天津", "山东", "辽宁", "浙江", "大连", "青岛"],
                    overseas=["新加坡Singapore", "希腊Greece", "巴拿马Panama", "利比里亚Liberia"],
                    app_inds=["船舶", "服务业", "机械", "石化化工"], ent_inds=["船舶", "服务业", "机械", "石化化工", "其他"],
                    scale_k=1.1)
    pre = "船视宝_"
    ev_dir = "证明材料"
    F = {"rtf": f"{ev_dir}/平台营收拆分情况说明.rtf", "audit": f"{ev_dir}/2023年度审计报告（节选）.pdf",
         "ov": f"{ev_dir}/海外接入设备明细（导出）.csv", "ip": f"{ev_dir}/知识产权清单.xls",
         "photo": f"{ev_dir}/平台看板（手机拍摄）.jpg"}
    name = "基于全球船舶实时船位的航运新基建--船视宝"
    p = base_p(list_no=28, listed_name=name, company="中远海运科技股份有限公司", declared_name=name, participated=False,
               nature="行业型工业互联网平台", contact="韩思远", title="船视宝产品经理", phone="13918826403",
               email="hansy@coscotech-csb.example.com", contact2="许曼", title2="市场部主管", phone2="13906617528",
               email2="xuman@coscotech-csb.example.com", venue="上海市浦东新区民生路600号8楼会议室",
               url="https://csb.example.com", account="sheitc2024", password="Csb$Review88", period="2019.09-2023.12",
               period_text="2019年9月至2023年12月", 部署方式="公有云、私有云", domain="航运及船舶行业", short="船视宝", code="CST",
               speed_text="毫秒级（每TB船位轨迹查询平均约620毫秒）", open_data="",
               listed_text="是，2010年在深圳证券交易所上市（股票代码002401）",
               co=company_info("91310000132206213J", "1993年6月", "上海市浦东新区", "股份有限公司（上市）", "3.72亿元",
                               "航运信息化、智能交通与工业互联网服务", "宋德星", "中国远洋海运集团有限公司间接控股",
                               "402600.00", "168900.00", "6.84", "38.50", "21300.00", "6420.00"))
    m["speed"] = "毫秒级"
    comp = sync_company(p, audit_company(m, 9.2, "信永中和会计师事务所（特殊普通合伙）", "21745"))
    p["open_data"] = f"以API接口和数据集形式开放：开放船舶动态API接口{m['api']}个、航运数据集{m['datasets']}个"
    p["intro"] = ("船视宝是中远海运科技打造的行业型工业互联网平台，基于全球船舶实时船位数据，为航运、港口、船舶制造及配套企业提供船舶动态、"
                  "设备运维、能效与碳排放管理等服务，主要客户为航运公司、港口企业和船舶设备企业。")
    p["effect"] = "平台提升船舶运营效率与设备可靠性，支撑航运业节能减排与数字化转型。"
    p["annex_list"] = ["1. 平台营收拆分情况说明", "2. 2023年度审计报告（节选）", "3. 海外接入设备明细", "4. 知识产权清单", "5. 平台看板照片"]
    p["proofs"] = {"平台相关营业收入（万元）": "证明材料1、2", "海外设备连接数量（台/套）": "证明材料3",
                   "平台核心软硬件技术获得的专利数量（项）": "证明材料4", "注册企业用户数（个）": "证明材料5"}
    true_growth23 = m["growth"][2023]
    true_rd_int = m["rd_int"]
    # planted: 研发投入强度 computed on 2022 revenue; 2023年增长率 3 points too high
    m["rd_int"] = round(m["rd"] / m["rev"][2022] * 100 + 1e-9, 2)
    m["growth"][2023] = round(true_growth23 + 3.0, 2)
    # planted: the export's 巴拿马Panama row holds 140 more devices than the form declares
    ev_ov = dict(m["ov_reg"])
    ev_ov["巴拿马Panama"] += 140
    rows = model_rows(m, p)
    docs.contact_docx(pk.path(pre + "联系人信息反馈表.docx", "联系人表"), p)
    docs.form_docx(pk.path(pre + "申报表.docx", "申报表"), m, p, rows, font="微软雅黑")
    docs.stamped_scan(pk.path(pre + "申报表（盖章）.pdf", "申报表扫描件"), docs.form_story(m, p, rows), p["company"], seed=281)
    docs.book_docx(pk.path(pre + "申报书.docx", "申报书"), m, p, with7=False, font="宋体")
    rows_summary = [(a, b, c) for a, b, c in rows]
    docs.summary_xls(pk.path(pre + "平台基本情况汇总表.et", "汇总表"), rows_summary)
    # RTF 情况说明
    r = m["rev"]
    kit.write_rtf(pk.path(F["rtf"], "evidence:other"), [
        ("title", "关于船视宝平台营业收入拆分的情况说明"),
        ("body", f"我公司船视宝平台相关收入为基于平台直接订阅服务（船舶动态、设备运维、能效与碳管理等SaaS订阅）及平台服务合同取得的收入，"
                 f"按合同所属业务线单独核算，不含公司其他信息化项目收入。"),
        ("body", f"2021年平台营收{r[2021]:.2f}万元；2022年平台营收{r[2022]:.2f}万元；2023年平台营收{r[2023]:.2f}万元。"),
        ("body", f"2023年平台相关研发投入{m['rd']:.2f}万元，平台利润总额{m['profit']:.2f}万元。"),
        ("body", "上述数据与公司2023年度审计报告附注中平台业务专项说明一致。"),
        ("right", "中远海运科技股份有限公司"), ("right", "2024年7月15日")])
    pk.fact("平台相关营业收入（万元）", f"{r[2023]:.2f}", "万元", r[2023], F["rtf"], 1, f"2023年平台营收{r[2023]:.2f}万元",
            "2023年平台营收")
    pk.fact("平台近三年经营指标情况", f"{r[2022]:.2f}", "万元", r[2022], F["rtf"], 1, f"2022年平台营收{r[2022]:.2f}万元",
            "2022年平台营收", component="2022年平台营收（万元）")
    pk.fact("平台近三年经营指标情况", f"{r[2021]:.2f}", "万元", r[2021], F["rtf"], 1, f"2021年平台营收{r[2021]:.2f}万元",
            "2021年平台营收", component="2021年平台营收（万元）")
    pk.fact("平台利润率（%）", f"{m['profit']:.2f}", "万元", m["profit"], F["rtf"], 1, f"平台利润总额{m['profit']:.2f}万元",
            "平台利润总额", component="平台利润总额（万元）")
    pk.fact("平台相关研发投入（万元）", f"{m['rd']:.2f}", "万元", m["rd"], F["rtf"], 1, f"2023年平台相关研发投入{m['rd']:.2f}万元",
            "平台相关研发投入")
    ev.audit_pdf(pk.path(F["audit"], "evidence:audit_report"), p, m,
                 comp)
    audit_facts(pk, m, F["audit"], 3)
    lines = [["国家/地区", "接入设备数（台/套）", "其中：公有云接入", "接入船舶数（艘）"]]
    for k, v in ev_ov.items():
        lines.append([k, v, m["pub_reg"][k] + (60 if k == "巴拿马Panama" else 0), max(1, v // 9)])
    ov_total = sum(ev_ov.values())
    lines.append(["海外合计", ov_total, sum(m["pub_reg"][k] for k in ev_ov) + 60, sum(max(1, v // 9) for v in ev_ov.values())])
    ev.csv_gbk(pk.path(F["ov"], "evidence:device_list"), lines)
    pk.fact("海外设备连接数量（台/套）", str(ov_total), "台/套", ov_total, F["ov"], 1, f"海外合计,{ov_total}", "海外合计",
            "接入设备数（台/套）")
    rng = random.Random(2828)
    pats = [[i + 1, f"一种基于船位数据的{['航线优化', '能效评估', '靠泊预测', '设备故障诊断', '碳排放核算'][i % 5]}方法",
             f"ZL202{i % 3}1{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}", p["company"]] for i in range(m["patents"])]
    sws = [[i + 1, f"船视宝{['船舶动态', '港口作业', '能效管理', '碳管理', '设备运维', '航运数据'][i % 6]}系统V{1 + i % 4}.0",
            f"2023SR{rng.randint(1000000, 1999999)}", p["company"]] for i in range(m["softcr"])]
    kit.write_xls(pk.path(F["ip"], "evidence:patent_list"), [
        ("专利", [["序号", "专利名称", "专利号", "专利权人"]] + pats + [["合计", f"{m['patents']}项", None, None]]),
        ("软件著作权", [["序号", "软件名称", "登记号", "著作权人"]] + sws + [["合计", f"{m['softcr']}项", None, None]])],
        widths={0: 8, 1: 44, 2: 26, 3: 30})
    pk.fact("平台核心软硬件技术获得的专利数量（项）", f"{m['patents']}项", "项", m["patents"], F["ip"], 1, f"{m['patents']}项", "合计")
    pk.fact("平台核心软硬件技术获得的软著数量（个）", f"{m['softcr']}项", "项", m["softcr"], F["ip"], 2, f"{m['softcr']}项", "合计")
    lines_img = [("船视宝 · 平台运营概览", 46, "l"), ("", 26, "l"),
                 (f"注册企业用户：{m['reg']:,} 家", 38, "l"), (f"实际服务企业：{m['served']:,} 家", 38, "l"),
                 (f"工业APP：{m['apps']:,} 个", 38, "l"), (f"开发者：{m['devs']:,} 个", 38, "l"),
                 (f"接入设备：{m['dev']:,} 台/套", 38, "l"), (f"微服务：{m['ms']:,} 个", 38, "l")]
    screen = kit.draw_page(lines_img, size=(1300, 820), margin=60)
    kit.save_jpg(pk.path(F["photo"], "evidence:screenshot"), kit.phone_photo(screen, 2829, angle=6.0))
    for text, label, unit, v in ((f"{m['reg']:,}", "注册企业用户数（个）", "家", m["reg"]),
                                 (f"{m['served']:,}", "实际服务企业数（个）", "家", m["served"]),
                                 (f"{m['apps']:,}", "工业APP数量（个）", "个", m["apps"]),
                                 (f"{m['devs']:,}", "开发者注册总数（个）", "个", m["devs"]),
                                 (f"{m['dev']:,}", "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", m["dev"]),
                                 (f"{m['ms']:,}", "微服务数量（个）", "个", m["ms"])):
        pk.fact(label, text, unit, v, F["photo"], 1, text, label.split("（")[0], image_only=True)
    form = pre + "申报表.docx"
    pk.problem("missing_file", ["附件5 真实性承诺"], [], "error",
               "申报材料中没有附件5 真实性承诺（通知要求法定代表人或授权代表签名并加盖公章）")
    pk.problem("formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], [form], "error",
               f"研发投入强度填 {m['rd_int']:.2f}%，而 {m['rd']:.2f}÷{r[2023]:.2f}×100% = {true_rd_int:.2f}%")
    pk.problem("growth_rate", ["平台近三年经营指标情况"], [form], "error",
               f"2023年增长率填 {m['growth'][2023]:.2f}%，按 2022年 {r[2022]:.2f} 与 2023年 {r[2023]:.2f} 万元应为 {true_growth23:.2f}%")
    pk.problem("declared_vs_evidence", ["海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）"], [form, F["ov"]], "error",
               f"申报表海外设备 {m['ov']} 台/套（巴拿马Panama {m['ov_reg']['巴拿马Panama']}），海外接入设备明细.csv 海外合计 {ov_total}"
               f"（巴拿马Panama {ev_ov['巴拿马Panama']}）")
    layout = ["prefix:船视宝_", "summary:et(BIFF8 under WPS name)", "explanation:rtf", "overseas_list:csv-gbk",
              "ip_list:xls-2sheets", "screenshot:jpg-phone-photo", "no-commitment"]
    return finish(pk, p, m, rows, layout, "序号28 船视宝：汇总表为 WPS .et（BIFF8），营收拆分情况说明为 RTF，海外设备明细为 GBK CSV，缺承诺；4 个问题。")


# ==================================================================== truth
def finish(pk: Pkg, p, m, rows, layout, description) -> tuple[Pkg, dict]:
    truth = dict(schema_version=1, package_id=pk.pid, description=description,
                 path=f"eval_sets/blind/h33/packages/{pk.pid}", delivery="folder",
                 platform=dict(list_no=p["list_no"], listed_name=p["listed_name"], company=p["company"],
                               declared_name=p["declared_name"], participated_2023=p["participated"]),
                 layout=layout, files=dict(sorted(pk.files.items())), secrets=[p["password"]],
                 summary_rows=[dict(label=a, value=b, normalized=c) for a, b, c in rows],
                 evidence_facts=pk.facts, problems=pk.problems)
    return pk, truth


def build(root: Path) -> None:
    for sub in ("packages", "truth"):
        shutil.rmtree(root / sub, ignore_errors=True)
    (root / "truth").mkdir(parents=True, exist_ok=True)
    for fn in (pkg_baoxin, pkg_lianying, pkg_guowang, pkg_chuanshibao):
        pk, truth = fn(root)
        model = PackageTruth.model_validate(truth)
        (root / "truth" / f"{pk.pid}.json").write_text(dump_truth(model), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    build(args.out)


if __name__ == "__main__":
    main()
