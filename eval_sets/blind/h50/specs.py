"""The four packages of blind set h50."""
from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

import build as B
import docs as D
from finance import tax_paid
from lib import P, build_pdf, grid_table, pdf_font, png_bytes, scan_pdf, wan, yuan
from model import bd, build_values, pct, texts

W = 1_000_000  # cents per 万元


def base(**kw):
    s = dict(
        nature="行业型工业互联网平台", build_mode="自建", op_mode="自运营", deploy="私有云、公有云",
        deploy_form="□边缘侧　☑私有云　☑公有云　□混合云　□其他部署方式", iaas="阿里云计算有限公司",
        g21=12.40, dev_cats=["动力设备", "电力设备", "仪器仪表", "机床", "工程机械"],
        regions=["上海", "江苏", "浙江", "安徽", "山东", "广东"], overseas={"越南Vietnam": .006, "泰国Thailand": .004},
        protocols=168, soft_extra=42, app_cats=["运维服务", "节能减排", "安全生产", "质量管控", "生产制造", "运营管理"],
        industries=["机械", "电力、热力和燃气", "建材", "汽车", "轻工"], killer_dau=1860, killer_income=28.64,
        cloud=186.50, storage=(1200.0, 636.48), models=238, micro=964, developers=5230,
        svc_industries=["机械", "电力、热力和燃气", "建材", "汽车", "轻工", "其他"], svc_regions=["江苏", "浙江", "安徽", "山东"],
        orders=(12460, 13085), trade_growth=14.62, subs=4380, subs_amount=1586.40, util=76.35, localization=88.00,
        factories=3, factory_names=["上海某智能工厂A（嘉定区）", "上海某智能工厂B（松江区）", "上海某智能工厂C（浦东新区）",
                                    "上海某智能工厂D（宝山区）"],
        parks=6, solutions=30, cases=(17.46, 9.12, 20.38), indices=5, awards=5, jobs=320, social=21.36,
        share="以API接口和行业数据集形式开放：开放API接口142个、行业数据集7个", partners=7,
        breakthrough="自研多协议设备接入网关与时序数据引擎，单节点接入能力与写入性能优于同类开源方案。",
        etype="有限责任公司", fax="021-5000XXXX", title="数字化部经理", sign_day=12, file_day=20,
        case_names=["设备远程运维", "能耗优化", "质量追溯"], password="Pw#h50-2024")
    s.update(kw)
    return s


def _tax_scan_pages(font, s, F, with_a101010=False):
    pages = [D.tax_cover(font, s), D.a100000_page(font, s, F["A100000"])]
    if with_a101010:
        pages.append(D.a101010_page(font, s, F["A101010"]))
    pages += D.a107012_pages(font, s, F["a7"])
    return pages


def rd_split_page(font, s, F):
    rows = [["项目编号", "研发项目名称", "2023年度研发支出（元）", "是否平台相关"]]
    for p in F["projects"]:
        rows.append([p["code"], p["name"], yuan(p["total"]), "是" if p["platform"] else "否"])
    rows.append(["合计", "全部研发项目（与利润表“研发费用”一致）", yuan(sum(p["total"] for p in F["projects"])), ""])
    rows.append(["", "其中：平台相关研发投入", yuan(F["plat_rd"]), ""])
    return [P("<b>二、平台相关研发投入拆分</b>", font, 12), Spacer(1, 4),
            P("平台相关研发投入按研发项目归集口径确定：与平台直接相关的研发项目支出全部计入，其余项目不计入。单位：元", font, 9),
            Spacer(1, 4), grid_table(rows, [50, 250, 120, 70], font, 8)]


# ============================================================== package 1: clean
def p1(pkg):
    rng = random.Random(5012)
    s = base(no=12, listed_name="基于BIM的公共建筑智慧建造与运维工业互联网平台", company="上海建工四建集团有限公司",
             participated=True, short="四建BIM", code="SJ", industry="建筑施工与公共建筑运维", service="智慧建造与运维",
             platform="基于BIM的公共建筑智慧建造与运维工业互联网平台", nature="行业型工业互联网平台",
             nature_prose="面向建筑行业的行业型工业互联网平台", contact="顾晓峰", phone="13917264053",
             email="guxf@sijian-bim.example.com", contact2="沈立", phone2="13916028471", email2="shenli@sijian-bim.example.com",
             venue="上海市徐汇区中山南二路某号四建大厦8楼第二会议室", url="https://bim.sijian.example.com",
             built="2018.04-2023.12", built_ym=(2018, 4, 2023, 12), invest=6850.00, team=(118, 74), ent=(2864, 1912),
             dev=(18420, 8260, 5634), dev_cats=["工程机械", "动力设备", "电力设备", "仪器仪表", "物流设备"],
             apps=(356, 214), uscc="91310104132201846X", founded="1989年3月", address="上海市徐汇区",
             capital="150000万元", business="房屋建筑工程施工总承包、建筑智能化工程及数字化服务", legal="王志刚",
             equity="上海建工集团股份有限公司持股100%", etype="有限责任公司（国有控股）",
             industries=["建筑业", "机械", "电力、热力和燃气", "轻工", "建材"],
             svc_industries=["建筑业", "建材", "机械", "电力、热力和燃气", "服务业"], ip=(28, 41), account="pingshen_sj",
             intro="基于BIM的公共建筑智慧建造与运维工业互联网平台是面向建筑行业的行业型工业互联网平台，汇聚施工设备、BIM模型与运维数据，"
                   "提供智慧工地、数字交付与楼宇运维服务，主要客户为公共建筑业主与施工企业。",
             effect="平台解决建造与运维阶段数据割裂、设备运维成本高的问题，带动产业链上下游企业数字化转型，取得良好经济与社会效益。",
             password="Bim#Sj2024")
    s["platform_declared"] = s["platform"]
    s["plat_lines"] = {"平台SaaS订阅服务收入": (1_623_451_837, 1_902_306_455, 2_236_810_472),
                       "平台运维及数据服务收入": (1_205_338_260, 1_386_227_194, 1_571_842_066),
                       "平台实施服务收入": (612_405_118, 655_030_781, 702_513_390)}
    s["other_lines"] = {"建筑施工（建造合同）收入": (0, 1_023_581_114_027, 1_086_427_305_812)}
    s["other_lines"]["建筑施工（建造合同）收入"] = (968_220_415_306, 1_023_581_114_027, 1_086_427_305_812)
    s["rd"] = [("BIM+IoT施工设备全要素接入技术研究", 342_405_000, True), ("公共建筑运维数字孪生引擎研发", 318_338_000, True),
               ("超高层建筑智能爬架控制技术", 5_811_204_000, False), ("装配式建筑构件深化设计技术", 6_420_551_000, False),
               ("绿色低碳施工工法研究", 4_935_017_000, False), ("城市更新既有建筑加固技术", 5_102_663_000, False)]
    s["cost_ratio"] = .80
    F = B.finance(s, rng)
    R = F["plat"][2023]
    sl = s["plat_lines"]
    F["A101010"] = D.a101010_values(F, {5: sl["平台运维及数据服务收入"][2] + sl["平台实施服务收入"][2],
                                        6: s["other_lines"]["建筑施工（建造合同）收入"][2], 7: sl["平台SaaS订阅服务收入"][2]})
    taxes = tax_paid(rng, F["is"][2023]["营业收入"], F["A100000"][32])
    tax_total = sum(c for *_, c in taxes)
    ops = B.ops_values(F, tax_total)
    fin = B.declared_fin(F, s)
    vals = build_values(s, fin, rng)
    B.common_rows(s, vals, ops)
    ev = "附件3 证明材料/"
    f1, f2, f3, f4 = (ev + "3-1 2023年度财务报表.pdf", ev + "3-2 2023年度企业所得税年度纳税申报表（A类）.pdf",
                      ev + "3-3 平台业务收入及研发投入拆分说明.pdf", ev + "3-4 电子税务局税收完税证明截图.png")
    f5, f6, f7 = ev + "3-5 平台接入设备统计表.xlsx", ev + "3-6 知识产权清单.xlsx", ev + "3-7 平台运营驾驶舱截图.png"
    s["proofs"] = {"平台相关研发投入（万元）": "附件3-3 第2页；附件3-2 A107012", "平台相关营业收入（万元）": "附件3-3 第1页；附件3-1 利润表",
                   "平台利润率（%）": "附件3-3 第1页 表2", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-5；附件3-7",
                   "平台核心软硬件技术获得的专利数量（项）": "附件3-6 专利", "平台核心软硬件技术获得的软著数量（个）": "附件3-6 软件著作权",
                   "投资回报率（%）": "附件3-3 第1页 表2"}
    tx = texts(s)
    # 3-1 statements, text PDF (STSong), landscape
    st = pdf_font("st")
    pdf = build_pdf([D.balance_sheet_page(st, s, F), D.income_page(st, s, F)], pagesize=landscape(A4),
                    margins=(14 * mm, 12 * mm, 14 * mm, 12 * mm))
    pkg.write(f1, pdf, "evidence:audit_report")
    bs_t, d = F["bs"]["期末"]["total"], F["is"][2023]
    pkg.fact("总资产（万元）", yuan(bs_t), "元", wan(bs_t), f1, 1, yuan(bs_t), row="资产总计", col="期末余额")
    pkg.fact("主营业务收入（万元）", yuan(d["营业收入"]), "元", wan(d["营业收入"]), f1, 2, yuan(d["营业收入"]), row="一、营业收入",
             col="本年累计金额")
    pkg.fact("利润总额（万元）", yuan(d["利润总额"]), "元", wan(d["利润总额"]), f1, 2, yuan(d["利润总额"]),
             row="三、利润总额（亏损总额以“－”号填列）", col="本年累计金额")
    # 3-2 tax return, colour scan with the company seal on the cover
    cj = pdf_font("cjk")
    pdf = build_pdf(_tax_scan_pages(cj, s, F, with_a101010=True))
    pkg.write(f2, scan_pdf(pdf, 5012, seals={0: [(s["company"], (0.62, 0.72))]}, colour_pages={0, 1, 2, 3, 4}),
              "evidence:other")
    t = F["A100000"]
    pkg.fact("利润总额（万元）", yuan(t[13]), "元", wan(t[13]), f2, 2, yuan(t[13]), row="三、利润总额（10+11-12）", col="金额",
             image=True)
    pkg.fact("主营业务收入（万元）", yuan(F["A101010"][2]), "元", wan(F["A101010"][2]), f2, 3, yuan(F["A101010"][2]),
             row="（一）主营业务收入（3+5+6+7+8）", col="金额", image=True)
    # 3-3 platform split (text PDF, embedded CJK font)
    pages = [[P("<b>关于平台业务收入及研发投入拆分的说明</b>", cj, 14, align=1), Spacer(1, 6),
              P("根据通知要求，我公司平台相关营业收入仅包含基于平台直接订阅的服务及平台服务收入，不含建筑施工收入；"
                "营业收入合计与2023年度财务报表利润表及企业所得税年度纳税申报表A101010一致。", cj, 9), Spacer(1, 6)]
             + B.platform_split_page(cj, s, F), rd_split_page(cj, s, F)]
    pkg.write(f3, build_pdf(pages, footer=D.footer_pageno(cj)), "evidence:other")
    B.platform_revenue_facts(pkg, f3, 1, F)
    pkg.fact("平台相关研发投入（万元）", yuan(F["plat_rd"]), "元", wan(F["plat_rd"]), f3, 2, yuan(F["plat_rd"]),
             row="其中：平台相关研发投入", col="2023年度研发支出（元）")
    # 3-4 e-tax certificate
    img = D.tax_certificate_png(s, taxes, tax_total)
    pkg.write(f4, png_bytes(img), "evidence:screenshot")
    pkg.fact("税金（万元）", f"¥{yuan(tax_total)}", "元", round(tax_total / W, 2), f4, 1, yuan(tax_total), row="金额合计",
             image=True)
    B.write_device_xlsx(pkg, f5, vals)
    B.write_ip_xlsx(pkg, f6, s, *s["ip"], rng)
    B.write_dashboard(pkg, f7, s, vals)
    B.write_contact(pkg, "附件1 联系人信息反馈表.docx", s)
    B.write_form(pkg, "附件2 申报表.docx", s, vals, tx, "docx")
    B.write_form_scan(pkg, "附件2 申报表（盖章扫描件）.pdf", s, vals, tx, 5013)
    attach = [f"附件3-{i} {n}" for i, n in enumerate(["2023年度财务报表", "2023年度企业所得税年度纳税申报表（A类）",
                                                       "平台业务收入及研发投入拆分说明", "电子税务局税收完税证明截图",
                                                       "平台接入设备统计表", "知识产权清单", "平台运营驾驶舱截图"], 1)]
    B.write_book(pkg, "附件3 申报书.docx", s, vals, F, with7=True, attach_list=attach)
    B.write_summary_xlsx(pkg, "附件4 平台基本情况汇总表.xlsx", vals)
    B.write_commitment_scan(pkg, "附件5 真实性承诺（盖章）.pdf", s, 5014)
    layout = ["evidence_dir:附件3 证明材料", "statements:企业会计准则(行次+附注,资产负债表左右对照)", "statements:text-pdf",
              "tax:A100000+A101010+A107012 scan(colour,seal)", "platform_split:说明(元,平台vs其他)", "rd:项目归集",
              "完税证明:png", "form:docx+stamped_scan", "summary:xlsx-vertical", "commitment:scan", "section7",
              "company_rev:百亿级(建造合同)"]
    return B.finish(pkg, s, vals, layout, "序号12 建工四建 BIM 平台，干净包：公司报表（行次/附注，资产负债表左右对照）、所得税年报"
                                          "（A100000/A101010/A107012 彩色扫描）、平台收入与研发拆分说明、完税证明截图，全部一致。")


# ============================================================== package 2: 碳索 (R&D = A107012 base)
def p2(pkg):
    rng = random.Random(5027)
    s = base(no=27, listed_name="零碳绿色工厂综合数智化管理平台", company="上海碳索能源服务股份有限公司", participated=False,
             short="碳索零碳", code="TS", industry="工业节能与零碳工厂", service="能碳管理与节能运维",
             platform="零碳绿色工厂综合数智化管理平台", nature="行业型工业互联网平台",
             nature_prose="面向工业节能领域的行业型工业互联网平台", contact="陆佳颖", phone="13901857264",
             email="lujy@tansuo-energy.example.com", contact2="蒋宏", phone2="13918460275", email2="jianghong@tansuo-energy.example.com",
             venue="上海市闵行区某路88号碳索大厦3楼会议室", url="https://zerocarbon.tansuo.example.com", built="2019.06-2023.12",
             built_ym=(2019, 6, 2023, 12), invest=3260.00, team=(64, 38), ent=(1486, 1038), dev=(9640, 5210, 3622),
             dev_cats=["动力设备", "电力设备", "仪器仪表", "化工设备"], apps=(168, 97), uscc="91310112MA1GB37Q8K",
             founded="2012年8月", address="上海市闵行区", capital="8600万元", business="合同能源管理、节能技术服务、能碳管理软件",
             legal="周启明", equity="自然人股东合计持股62%，员工持股平台持股38%", etype="股份有限公司（非上市）",
             ip=(17, 36), account="ps_tansuo", cloud=96.00, storage=(640.0, 281.60), models=132, micro=512, developers=1860,
             intro="零碳绿色工厂综合数智化管理平台是面向工业节能领域的行业型工业互联网平台，汇聚工厂能源设备与计量数据，提供能碳监测、"
                   "节能诊断与设备运维服务，主要客户为本市及长三角制造企业。",
             effect="平台帮助用户企业降低能耗与碳排放，形成按节能效果付费的服务模式。", password="Zc#Ts0712",
             other_share=.17)
    s["platform_declared"] = s["platform"]
    s["plat_lines"] = {"平台能碳管理订阅服务收入": (1_486_220_415, 1_702_345_618, 1_986_402_337),
                       "平台节能诊断及运维服务收入": (1_120_405_286, 1_284_660_173, 1_462_018_905)}
    s["other_lines"] = {"合同能源管理（EMC）分享收入": (1_312_004_520, 1_408_557_216, 1_516_330_478),
                        "节能设备销售收入": (402_336_118, 436_880_257, 468_215_603)}
    s["rd"] = [("工厂能碳数据采集网关研发", 96_204_000, True), ("碳排放核算模型库建设", 84_517_000, True),
               ("空压站群控节能算法研发", 71_380_000, True), ("零碳工厂数字孪生可视化", 62_905_000, True),
               ("能碳平台低代码应用开发工具", 55_218_000, True), ("平台安全与数据治理体系研发", 38_644_000, True)]
    s["cost_ratio"] = .58
    F = B.finance(s, rng)
    taxes = tax_paid(rng, F["is"][2023]["营业收入"], F["A100000"][32])
    ops = B.ops_values(F, sum(c for *_, c in taxes))
    fin = B.declared_fin(F, s)
    a45 = F["a7"][45]
    fin["rd"] = wan(a45)  # planted: the A107012 deductible base instead of the platform's R&D
    ops_team = s["team"]
    s["team_total"] = ops_team[0] + ops_team[1] + 9  # planted identity
    true_rate = pct(s["storage"][1], s["storage"][0])
    s["storage_rate"] = 52.80  # planted formula
    vals = build_values(s, fin, rng)
    B.common_rows(s, vals, ops)
    ev = "03 证明材料/"
    f1, f2, f3 = (ev + "01 高新技术企业研究开发费用专项审计报告.pdf", ev + "02 2023年度企业所得税年度纳税申报表（扫描件）.pdf",
                  ev + "03 平台业务收入明细表.xlsx")
    f4, f5 = ev + "04 知识产权清单.xlsx", ev + "05 平台驾驶舱截图.png"
    s["proofs"] = {"平台相关研发投入（万元）": "证明材料02 A107012 第45行", "平台相关营业收入（万元）": "证明材料03",
                   "平台利润率（%）": "证明材料03 平台损益", "平台核心软硬件技术获得的专利数量（项）": "证明材料04"}
    tx = texts(s)
    st = pdf_font("st")
    prj = F["projects"]
    cover = [Spacer(1, 80), P("<b>上海碳索能源服务股份有限公司</b>", st, 16, align=1), Spacer(1, 10),
             P("<b>2023年度高新技术企业研究开发费用专项审计报告</b>", st, 16, align=1), Spacer(1, 40),
             P("沪某会专审字（2024）第0716号", st, 11, align=1), Spacer(1, 200), P("上海某某会计师事务所（特殊普通合伙）", st, 11, align=1),
             P("二〇二四年三月二十八日", st, 11, align=1)]
    opinion = [P("<b>专项审计报告</b>", st, 14, align=1), Spacer(1, 8),
               P("上海碳索能源服务股份有限公司全体股东：", st, 10), Spacer(1, 4),
               P("我们审计了后附的上海碳索能源服务股份有限公司（以下简称“贵公司”）2023年度研究开发费用结构明细表。我们认为，"
                 "后附明细表在所有重大方面按照《高新技术企业认定管理工作指引》的规定编制，公允反映了贵公司2023年度研究开发费用情况。", st, 10),
               Spacer(1, 6), P("贵公司全部研发项目均围绕“零碳绿色工厂综合数智化管理平台”开展。", st, 10), Spacer(1, 10)]
    rev = F["rev"]
    rd3 = [int(F["is"][2022]["研发费用"] * .88), F["is"][2022]["研发费用"], F["is"][2023]["研发费用"]]
    three = [["项目", "2021年度", "2022年度", "2023年度", "合计"],
             ["研究开发费用总额"] + [yuan(x) for x in rd3] + [yuan(sum(rd3))],
             ["其中：境内研究开发费用"] + [yuan(x) for x in rd3] + [yuan(sum(rd3))],
             ["销售收入"] + [yuan(rev[y]) for y in (2021, 2022, 2023)] + [yuan(sum(rev.values()))],
             ["研究开发费用占销售收入比例", "", "", "", f"{sum(rd3) / sum(rev.values()) * 100:.2f}%"]]
    opinion += [P("近三个会计年度研究开发费用及销售收入（单位：元）", st, 10), Spacer(1, 3),
                grid_table(three, [130, 95, 95, 95, 100], st, 7.5)]
    pdf = build_pdf([cover, opinion, D.rd_structure_page(st, s, prj)], margins=(12 * mm, 14 * mm, 12 * mm, 14 * mm),
                    footer=D.footer_pageno(st))
    pkg.write(f1, pdf, "evidence:audit_report")
    tot = F["is"][2023]["研发费用"]
    pkg.fact("平台相关研发投入（万元）", yuan(tot), "元", wan(tot), f1, 3, yuan(tot), row="三、研究开发投入额（内、外部）小计",
             col="合计")
    pkg.fact("平台相关研发投入（万元）", yuan(tot), "元", wan(tot), f1, 2, yuan(tot), row="研究开发费用总额", col="2023年度")
    # tax return scan: cover, A100000, A107012 x2
    cj = pdf_font("cjk")
    pdf = build_pdf(_tax_scan_pages(cj, s, F))
    pkg.write(f2, scan_pdf(pdf, 5027, seals={0: [(s["company"], (0.62, 0.72))]}), "evidence:other")
    t = F["A100000"]
    pkg.fact("利润总额（万元）", yuan(t[13]), "元", wan(t[13]), f2, 2, yuan(t[13]), row="三、利润总额（10+11-12）", col="金额",
             image=True)
    # platform revenue XLSX (text cells)
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "收入明细"
    ws.append([f"{s['short']}平台业务收入明细表（单位：元）"])
    ws.append(["项目", "2021年度", "2022年度", "2023年度"])
    for k, v in s["plat_lines"].items():
        ws.append([k] + [yuan(x) for x in v])
    ws.append(["平台相关营业收入小计"] + [yuan(F["plat"][y]) for y in (2021, 2022, 2023)])
    for k, v in s["other_lines"].items():
        ws.append([k] + [yuan(x) for x in v])
    ws.append(["其他收入小计（非平台）"] + [yuan(F["other"][y]) for y in (2021, 2022, 2023)])
    ws.append(["营业收入合计"] + [yuan(F["rev"][y]) for y in (2021, 2022, 2023)])
    ws2 = wb.create_sheet("平台损益")
    ws2.append(["项目", "2023年度（元）"])
    for k, v in F["pl"].items():
        ws2.append([k, yuan(v)])
    B.save_xlsx(wb, pkg.dir / f3)
    pkg.add_file(f3, "evidence:other")
    for y in (2021, 2022, 2023):
        c = F["plat"][y]
        pkg.fact("平台相关营业收入（万元）" if y == 2023 else "平台近三年经营指标情况", yuan(c), "元", wan(c), f3, 1, yuan(c),
                 row="平台相关营业收入小计", col=f"{y}年度", comp="" if y == 2023 else f"{y}年平台营收（万元）")
    c = F["pl"]["平台利润总额"]
    pkg.fact("平台利润率（%）", yuan(c), "元", wan(c), f3, 2, yuan(c), row="平台利润总额", col="2023年度（元）",
             comp="平台利润总额（万元）")
    pkg.fact("投资回报率（%）", yuan(c), "元", wan(c), f3, 2, yuan(c), row="平台利润总额", col="2023年度（元）",
             comp="平台年利润（万元）")
    B.write_ip_xlsx(pkg, f4, s, *s["ip"], rng)
    B.write_dashboard(pkg, f5, s, vals)
    B.write_contact(pkg, "01 联系人信息反馈表.docx", s)
    B.write_form(pkg, "02 申报表.xlsx", s, vals, tx, "xlsx")
    B.write_form_scan(pkg, "02 申报表（盖章版）.pdf", s, vals, tx, 5028)
    B.write_book(pkg, "03 申报书.docx", s, vals, F, with7=False,
                 attach_list=["证明材料01 高新技术企业研究开发费用专项审计报告", "证明材料02 2023年度企业所得税年度纳税申报表",
                              "证明材料03 平台业务收入明细表", "证明材料04 知识产权清单", "证明材料05 平台驾驶舱截图"])
    B.write_summary_docx(pkg, "04 平台基本情况汇总表.docx", vals)
    B.write_commitment_docx(pkg, "05 真实性承诺.docx", s)
    f_form = "02 申报表.xlsx"
    pkg.problem("declared_vs_evidence", ["平台相关研发投入（万元）"], [f_form, f2, f1], "warning",
                f"申报表填报平台相关研发投入 {fin['rd']:.2f} 万元，等于企业所得税年报A107012第45行“允许扣除的研发费用合计”"
                f"{yuan(a45)} 元（加计扣除口径：其他相关费用按限额调整、委托研发按80%计入）；而专项审计报告研究开发费用结构明细表"
                f"（全部项目均为平台项目）研究开发投入额小计为 {yuan(tot)} 元（{wan(tot):.2f} 万元）。通知要求按R&D口径填报平台研发投入，"
                f"加计扣除基数只是其中一部分，填报值偏低、口径存疑")
    tt = vals.rows["平台团队总人数（人）"][1]
    pkg.problem("identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], [f_form], "error",
                f"运维人数 {ops_team[0]} + 运营人数 {ops_team[1]} = {ops_team[0] + ops_team[1]}，与平台团队总人数 {tt} 不一致"
                f"（填报指引1.1.2：两者之和应与平台总人数相等）")
    pkg.problem("formula", ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], [f_form], "error",
                f"存储资源利用率（%）填报 52.80，按填报指引公式 {s['storage'][1]:.2f} ÷ {s['storage'][0]:.2f} × 100% 应为 {true_rate:.2f}")
    layout = ["evidence_dir:03 证明材料", "naming:numbered", "form:xlsx+stamped_scan", "高新专项审计(研发费用结构明细表 RD01-RD06+合计, 近三年)",
              "tax:A100000+A107012 scan(seal cover, B/W tables)", "platform_split:xlsx(text cells)", "summary:docx",
              "commitment:docx", "rd:all-projects-platform"]
    return B.finish(pkg, s, vals, layout, "序号27 碳索零碳平台：研发投入填成A107012加计扣除基数（警告）、团队人数恒等式、存储利用率公式。")


# ============================================================== package 3: 华兴 (利润 wrong 行次, revenue = VAT of 2022)
def vat_page(font, s, year, sales, goods, rng):
    out_tax = sales * 6 // 100
    inp = int(out_tax * rng.uniform(.55, .7))
    rows = [["项目", "栏次", "一般项目 本月数", "一般项目 本年累计"]]
    m = int(sales * rng.uniform(.08, .1))
    spec = [("（一）按适用税率计税销售额", 1, sales), ("其中：应税货物销售额", 2, goods), ("应税劳务销售额", 3, 0),
            ("纳税检查调整的销售额", 4, 0), ("（二）按简易办法计税销售额", 5, 0), ("（三）免、抵、退办法出口销售额", 7, 0),
            ("（四）免税销售额", 8, 0), ("销项税额", 11, out_tax), ("进项税额", 12, inp), ("应抵扣税额合计", 17, inp),
            ("实际抵扣税额", 18, inp), ("应纳税额", 19, out_tax - inp), ("应纳税额合计", 24, out_tax - inp)]
    for lab, n, v in spec:
        rows.append([lab, str(n), yuan(int(v * m / sales)) if v else "0.00", yuan(v) if v else "0.00"])
    return [P("<b>增值税及附加税费申报表（一般纳税人适用）</b>", font, 13, align=1), Spacer(1, 4),
            P(f"税款所属时间：{year}年12月01日至{year}年12月31日　　填表日期：{year + 1}年01月15日　　金额单位：元（列至角分）", font, 8),
            P(f"纳税人识别号（统一社会信用代码）：{s['uscc']}　　纳税人名称：{s['company']}", font, 8), Spacer(1, 4),
            grid_table(rows, [190, 36, 130, 140], font, 8)]


def p3(pkg):
    rng = random.Random(5015)
    s = base(no=15, listed_name="华兴数字易维讯工程机械工业互联网平台", company="上海华兴数字科技有限公司", participated=False,
             short="易维讯", code="HX", industry="工程机械后市场", service="设备远程运维与配件供应链",
             platform="华兴数字易维讯工程机械工业互联网平台", nature="行业型工业互联网平台",
             nature_prose="面向工程机械行业的行业型工业互联网平台", contact="何俊", phone="13917405628",
             email="hejun@hx-ewx.example.com", contact2="钱若楠", phone2="13801927356", email2="qianrn@hx-ewx.example.com",
             venue="上海市嘉定区某路1288号华兴数字园区A栋5楼", url="https://ewx.huaxing.example.com", built="2017.09-2023.12",
             built_ym=(2017, 9, 2023, 12), invest=4120.00, team=(86, 57), ent=(3265, 2140), dev=(26480, 14260, 9873),
             dev_cats=["工程机械", "动力设备", "物流设备", "农林机械"], apps=(214, 126), uscc="91310114MA1GT4K25R",
             founded="2016年11月", address="上海市嘉定区", capital="5000万元", business="工程机械物联网终端、设备运维SaaS与配件服务",
             legal="华建新", equity="上海某机械集团有限公司持股70%，管理层持股平台持股30%",
             industries=["机械", "建筑业", "采矿", "交通设备" if False else "轻工"],
             svc_industries=["机械", "建筑业", "采矿", "服务业", "其他"], ip=(22, 47), account="ewx_review",
             intro="华兴数字易维讯工程机械工业互联网平台是面向工程机械行业的行业型工业互联网平台，连接挖掘机、起重机等设备，提供远程运维、"
                   "配件供应链与设备金融数据服务，主要客户为设备制造商、租赁商与施工企业。",
             effect="平台降低设备停机时间与运维成本，带动工程机械后市场服务数字化。", password="Ewx@2024hx")
    s["platform_declared"] = s["platform"]
    s["plat_lines"] = {"平台设备运维SaaS订阅收入": (2_104_582_330, 2_486_310_552, 2_901_447_218),
                       "平台配件供应链服务收入": (1_562_307_816, 1_804_229_405, 2_065_118_937)}
    s["other_lines"] = {"物联网终端硬件销售收入": (1_402_118_650, 1_515_024_386, 1_580_663_210)}
    s["rd"] = [("工程机械工况数据采集终端研发", 52_804_000, False), ("设备故障预测模型研发", 61_337_000, True),
               ("配件需求预测与供应链协同系统", 48_915_000, True), ("易维讯平台微服务架构升级", 44_260_000, True),
               ("终端低功耗通信模组研发", 30_118_000, False)]
    s["cost_ratio"] = .56
    F = B.finance(s, rng)
    sl = s["plat_lines"]
    F["A101010"] = D.a101010_values(F, {3: s["other_lines"]["物联网终端硬件销售收入"][2],
                                        5: sl["平台配件供应链服务收入"][2], 7: sl["平台设备运维SaaS订阅收入"][2]})
    taxes = tax_paid(rng, F["is"][2023]["营业收入"], F["A100000"][32])
    tax_total = sum(c for *_, c in taxes)
    ops = B.ops_values(F, tax_total)
    t = F["A100000"]
    ops["利润总额（万元）"] = wan(t[10])  # planted: 营业利润 (行次10) instead of 利润总额 (行次13)
    # VAT: 2022 and 2023 sales (本年累计), close to but not equal to revenue (timing)
    vat22 = F["rev"][2022] + 18_364_210
    vat23 = F["rev"][2023] - 9_120_455
    fin = B.declared_fin(F, s)
    fin["rev23"] = wan(vat22)  # planted: 2022 VAT sales declared as the platform's 2023 revenue
    vals = build_values(s, fin, rng)
    # planted breakdown_sum: one industry entry short by 35
    lab = "按行业统计服务企业数（个）"
    bdict = dict(vals.rows[lab][1])
    k0 = list(bdict)[1]
    bdict[k0] -= 35
    vals.set(lab, bd(bdict), bdict)
    B.common_rows(s, vals, ops)
    ev = "附件3_证明材料/"
    f1 = ev + "3.1_2023年度财务报表（盖章扫描）.pdf"
    f2 = ev + "3.2_企业所得税年度纳税申报表主表及收入明细表.pdf"
    f3 = ev + "3.3_增值税及附加税费申报表（2022年12月、2023年12月）.pdf"
    f4 = ev + "3.4_平台业务收入明细表.pdf"
    f5, f6, f7, f8 = (ev + "3.5_完税证明（电子税务局截图）.png", ev + "3.6_设备接入统计.xlsx", ev + "3.7_平台截图.png",
                      ev + "3.8_知识产权清单.xlsx")
    s["proofs"] = {"平台相关营业收入（万元）": "附件3.3 增值税申报表", "平台相关研发投入（万元）": "附件3.4",
                   "平台利润率（%）": "附件3.4 表2", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3.6；附件3.7"}
    tx = texts(s)
    st = pdf_font("st")
    pdf = build_pdf([D.balance_sheet_page(st, s, F), D.income_page(st, s, F)], pagesize=landscape(A4),
                    margins=(14 * mm, 12 * mm, 14 * mm, 12 * mm))
    pkg.write(f1, scan_pdf(pdf, 5015, seals={1: [(s["company"], (0.8, 0.82))]}, colour_pages={0, 1}), "evidence:audit_report")
    bs_t, d = F["bs"]["期末"]["total"], F["is"][2023]
    pkg.fact("总资产（万元）", yuan(bs_t), "元", wan(bs_t), f1, 1, yuan(bs_t), row="资产总计", col="期末余额", image=True)
    pkg.fact("主营业务收入（万元）", yuan(d["营业收入"]), "元", wan(d["营业收入"]), f1, 2, yuan(d["营业收入"]), row="一、营业收入",
             col="本年累计金额", image=True)
    pkg.fact("利润总额（万元）", yuan(d["利润总额"]), "元", wan(d["利润总额"]), f1, 2, yuan(d["利润总额"]),
             row="三、利润总额（亏损总额以“－”号填列）", col="本年累计金额", image=True)
    cj = pdf_font("cjk")
    pkg.write(f2, build_pdf([D.a100000_page(cj, s, t), D.a101010_page(cj, s, F["A101010"])], footer=D.footer_pageno(cj)),
              "evidence:other")
    pkg.fact("利润总额（万元）", yuan(t[13]), "元", wan(t[13]), f2, 1, yuan(t[13]), row="三、利润总额（10+11-12）", col="金额")
    pkg.fact("主营业务收入（万元）", yuan(F["A101010"][2]), "元", wan(F["A101010"][2]), f2, 2, yuan(F["A101010"][2]),
             row="（一）主营业务收入（3+5+6+7+8）", col="金额")
    goods22 = s["other_lines"]["物联网终端硬件销售收入"][1] + 2_041_337
    goods23 = s["other_lines"]["物联网终端硬件销售收入"][2] - 1_206_118
    pkg.write(f3, build_pdf([vat_page(cj, s, 2022, vat22, goods22, rng), vat_page(cj, s, 2023, vat23, goods23, rng)]),
              "evidence:other")
    pages = [B.platform_split_page(cj, s, F), rd_split_page(cj, s, F)]
    pkg.write(f4, build_pdf(pages, footer=D.footer_pageno(cj)), "evidence:other")
    B.platform_revenue_facts(pkg, f4, 1, F)
    pkg.fact("平台相关研发投入（万元）", yuan(F["plat_rd"]), "元", wan(F["plat_rd"]), f4, 2, yuan(F["plat_rd"]),
             row="其中：平台相关研发投入", col="2023年度研发支出（元）")
    img = D.tax_certificate_png(s, taxes, tax_total)
    pkg.write(f5, png_bytes(img), "evidence:screenshot")
    pkg.fact("税金（万元）", f"¥{yuan(tax_total)}", "元", round(tax_total / W, 2), f5, 1, yuan(tax_total), row="金额合计", image=True)
    B.write_device_xlsx(pkg, f6, vals)
    B.write_dashboard(pkg, f7, s, vals)
    B.write_ip_xlsx(pkg, f8, s, *s["ip"], rng)
    B.write_contact(pkg, "附件1_联系人信息反馈表.docx", s)
    B.write_form(pkg, "附件2_申报表.docx", s, vals, tx, "docx")
    B.write_form_scan(pkg, "附件2_申报表_盖章扫描.pdf", s, vals, tx, 5016)
    B.write_book(pkg, "附件3_申报书.docx", s, vals, F, with7=False,
                 attach_list=["3.1 2023年度财务报表", "3.2 企业所得税年度纳税申报表主表及收入明细表", "3.3 增值税及附加税费申报表",
                              "3.4 平台业务收入明细表", "3.5 完税证明", "3.6 设备接入统计", "3.7 平台截图", "3.8 知识产权清单"])
    B.write_summary_xlsx(pkg, "附件4_平台基本情况汇总表.xlsx", vals, horizontal=True)
    B.write_commitment_scan(pkg, "附件5_真实性承诺.pdf", s, 5017)
    f_form = "附件2_申报表.docx"
    pkg.problem("declared_vs_evidence", ["利润总额（万元）"], [f_form, f2, f1], "error",
                f"申报表“申报单位上一年度经营状况”利润总额填报 {wan(t[10]):.2f} 万元，取自企业所得税年报A100000第10行“二、营业利润”"
                f"（{yuan(t[10])} 元）；A100000第13行“三、利润总额”为 {yuan(t[13])} 元（{wan(t[13]):.2f} 万元），利润表利润总额相同")
    pkg.problem("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [f_form, f3, f4], "error",
                f"申报表平台相关营业收入（及近三年经营指标中2023年平台营收）填报 {fin['rev23']:.2f} 万元，等于2022年12月增值税申报表"
                f"“按适用税率计税销售额”本年累计 {yuan(vat22)} 元，即上一年度、全公司口径的销售额；平台业务收入明细表2023年度平台相关营业收入"
                f"小计为 {yuan(F['plat'][2023])} 元（{wan(F['plat'][2023]):.2f} 万元）")
    served = vals.rows["实际服务企业数（个）"][1]
    pkg.problem("breakdown_sum", ["按行业统计服务企业数（个）", "实际服务企业数（个）"], [f_form], "error",
                f"按行业统计服务企业数各项之和为 {sum(bdict.values())}，与实际服务企业数 {served} 不一致（“{k0}”一项少填 35）")
    layout = ["evidence_dir:附件3_证明材料", "naming:underscore", "statements:企业会计准则 scan(colour,seal on 利润表)",
              "tax:A100000+A101010 text-pdf", "vat:两期申报表(本月数/本年累计)", "platform_split:pdf", "完税证明:png",
              "form:docx+stamped_scan", "summary:xlsx-horizontal", "commitment:scan"]
    return B.finish(pkg, s, vals, layout, "序号15 华兴易维讯：利润总额取自A100000第10行营业利润；平台营收填成2022年增值税销售额；"
                                          "按行业服务企业数之和不符。")


# ============================================================== package 4: 新华 (小企业会计准则, section 7, growth, formula, subset)
def p4(pkg):
    rng = random.Random(5005)
    s = base(no=5, listed_name="面向电力能源行业应用的工业互联网平台", company="上海新华控制技术集团科技有限公司", participated=True,
             short="新华电力能源", code="XH", industry="电力能源", service="发电设备监测与智能运维",
             platform="面向电力能源行业应用的工业互联网平台", nature="行业型工业互联网平台",
             nature_prose="面向电力能源行业的行业型工业互联网平台", contact="邵文涛", phone="13918275046",
             email="shaowt@xinhua-ctl.example.com", contact2="马晓蕾", phone2="13564028173", email2="maxl@xinhua-ctl.example.com",
             venue="上海市闵行区某路398号新华控制大楼6楼会议室", url="https://power.xinhua-ctl.example.com", built="2018.01-2023.12",
             built_ym=(2018, 1, 2023, 12), invest=5380.00, team=(92, 61), ent=(1264, 918), dev=(15320, 6480, 4752),
             dev_cats=["电力设备", "动力设备", "仪器仪表", "化工设备"], apps=(196, 121), uscc="91310112607218453W",
             founded="2001年5月", address="上海市闵行区", capital="12000万元", business="发电厂自动化控制系统、电力能源工业软件与运维服务",
             legal="徐国平", equity="上海新华控制技术（集团）有限公司持股100%",
             industries=["电力、热力和燃气", "石化化工", "机械", "有色金属"],
             svc_industries=["电力、热力和燃气", "石化化工", "有色金属", "机械", "其他"], ip=(31, 44), account="xh_power",
             intro="面向电力能源行业应用的工业互联网平台是面向电力能源行业的行业型工业互联网平台，连接发电机组与辅机设备，提供设备状态监测、"
                   "智能预警与运行优化服务，主要客户为发电集团与能源企业。",
             effect="平台提升发电设备可靠性与运行效率，降低非计划停机与煤耗，带动电力能源行业数字化转型。", password="Xh!Pw2024")
    s["platform_declared"] = s["platform"]
    s["plat_lines"] = {"平台设备监测与预警服务收入": (1_820_336_412, 2_015_604_280, 2_208_732_519),
                       "平台运行优化与软件订阅收入": (1_106_448_205, 1_263_517_066, 1_362_080_174)}
    s["other_lines"] = {"DCS控制系统及工程收入": (6_120_447_305, 6_482_105_338, 6_705_338_946)}
    s["rd"] = [("新一代DCS控制器研发", 142_330_000, False), ("电站设备状态监测平台模型研发", 86_417_000, True),
               ("燃机智能预警算法研究", 74_206_000, True), ("平台边缘采集网关研发", 51_588_000, True),
               ("核电仪控系统国产化研究", 120_884_000, False), ("控制系统信息安全技术", 48_105_000, False)]
    s["cost_ratio"] = .60
    F = B.finance(s, rng)
    taxes = tax_paid(rng, F["is"][2023]["营业收入"], F["A100000"][32])
    ops = B.ops_values(F, sum(c for *_, c in taxes))
    fin = B.declared_fin(F, s)
    true_g23 = pct(fin["rev23"] - fin["rev22"], fin["rev22"])
    fin["g23"] = round(true_g23 + 3.00, 2)  # planted growth_rate
    comp_rev = wan(F["is"][2023]["营业收入"])
    fin["rd_int"] = pct(fin["rd"], comp_rev)  # planted: intensity against the company's revenue
    served = s["ent"][1]
    s["local_declared"] = served + 26  # planted subset
    vals = build_values(s, fin, rng)
    B.common_rows(s, vals, ops)
    ev = "附件3-证明材料/"
    f1, f2 = ev + "证明1-2023年度财务报表（小企业会计准则）.pdf", ev + "证明2-2023年度企业所得税年度纳税申报表（A类）.pdf"
    f3, f4 = ev + "证明3-高新技术企业研究开发费用专项审计报告（节选，扫描）.pdf", ev + "证明4-平台收入及研发投入拆分说明.pdf"
    f5, f6, f7 = ev + "证明5-知识产权清单.xlsx", ev + "证明6-平台运营截图.png", ev + "证明7-设备接入统计表.xlsx"
    s["proofs"] = {"平台相关研发投入（万元）": "证明4 第2页；证明3", "平台相关营业收入（万元）": "证明4 第1页",
                   "平台利润率（%）": "证明4 表2", "连接的工业设备/产品/产线种类及数量（台/套）": "证明7；证明6"}
    tx = texts(s)
    st = pdf_font("st")
    pdf = build_pdf([D.balance_sheet_page(st, s, F, small=True), D.income_page(st, s, F, small=True)], pagesize=landscape(A4),
                    margins=(14 * mm, 12 * mm, 14 * mm, 12 * mm))
    pkg.write(f1, pdf, "evidence:audit_report")
    bs_t, d = F["bs"]["期末"]["total"], F["is"][2023]
    pkg.fact("总资产（万元）", yuan(bs_t), "元", wan(bs_t), f1, 1, yuan(bs_t), row="资产总计", col="期末余额")
    pkg.fact("主营业务收入（万元）", yuan(d["营业收入"]), "元", wan(d["营业收入"]), f1, 2, yuan(d["营业收入"]), row="一、营业收入",
             col="本年累计金额")
    pkg.fact("利润总额（万元）", yuan(d["利润总额"]), "元", wan(d["利润总额"]), f1, 2, yuan(d["利润总额"]),
             row="三、利润总额（亏损总额以“-”号填列）", col="本年累计金额")
    cj = pdf_font("cjk")
    pkg.write(f2, build_pdf(_tax_scan_pages(cj, s, F), footer=D.footer_pageno(cj)), "evidence:other")
    t = F["A100000"]
    pkg.fact("利润总额（万元）", yuan(t[13]), "元", wan(t[13]), f2, 2, yuan(t[13]), row="三、利润总额（10+11-12）", col="金额")
    cover = [Spacer(1, 90), P("<b>上海新华控制技术集团科技有限公司</b>", st, 16, align=1), Spacer(1, 8),
             P("<b>2023年度研究开发费用专项审计报告（节选）</b>", st, 15, align=1), Spacer(1, 220),
             P("上海某某会计师事务所有限公司　　二〇二四年四月十日", st, 11, align=1)]
    pdf = build_pdf([cover, D.rd_structure_page(st, s, F["projects"])], margins=(12 * mm, 14 * mm, 12 * mm, 14 * mm))
    pkg.write(f3, scan_pdf(pdf, 5005, seals={1: [("上海某某会计师事务所有限公司", (0.75, 0.9))]}), "evidence:audit_report")
    tot = F["is"][2023]["研发费用"]
    pages = [[P("<b>平台收入及研发投入拆分说明</b>", cj, 14, align=1), Spacer(1, 6),
              P("本公司执行《小企业会计准则》。平台相关营业收入按平台服务合同逐笔归集，不含DCS控制系统及工程收入。", cj, 9), Spacer(1, 6)]
             + B.platform_split_page(cj, s, F), rd_split_page(cj, s, F)]
    pkg.write(f4, build_pdf(pages, footer=D.footer_pageno(cj)), "evidence:other")
    B.platform_revenue_facts(pkg, f4, 1, F)
    pkg.fact("平台相关研发投入（万元）", yuan(F["plat_rd"]), "元", wan(F["plat_rd"]), f4, 2, yuan(F["plat_rd"]),
             row="其中：平台相关研发投入", col="2023年度研发支出（元）")
    B.write_ip_xlsx(pkg, f5, s, *s["ip"], rng)
    B.write_dashboard(pkg, f6, s, vals)
    B.write_device_xlsx(pkg, f7, vals)
    B.write_contact(pkg, "附件1-联系人信息反馈表.docx", s)
    B.write_form(pkg, "附件2-申报表.docx", s, vals, tx, "docx")
    B.write_form_scan(pkg, "附件2-申报表（签章版）.pdf", s, vals, tx, 5006)
    B.write_book(pkg, "附件3-申报书.docx", s, vals, F, with7=False,
                 attach_list=["证明1 2023年度财务报表", "证明2 企业所得税年度纳税申报表", "证明3 研究开发费用专项审计报告（节选）",
                              "证明4 平台收入及研发投入拆分说明", "证明5 知识产权清单", "证明6 平台运营截图", "证明7 设备接入统计表"])
    B.write_summary_xlsx(pkg, "附件4-平台基本情况汇总表.xlsx", vals)
    B.write_commitment_scan(pkg, "附件5-真实性承诺.pdf", s, 5007)
    f_form = "附件2-申报表.docx"
    pkg.problem("section7", ["七、平台相较上年度对比情况"], ["附件3-申报书.docx"], "error",
                "申报书缺少“七、平台相较上年度对比情况”：该平台在附件6（序号5）中2023年度参评为“是”，第七章为必填章节")
    pkg.problem("growth_rate", ["平台近三年经营指标情况"], [f_form], "error",
                f"2023年增长率填报 {fin['g23']:.2f}%，由2022年营收 {fin['rev22']:.2f} 万元与2023年营收 {fin['rev23']:.2f} 万元计算应为 "
                f"{true_g23:.2f}%")
    pkg.problem("formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], [f_form], "error",
                f"平台相关研发投入强度（%）填报 {fin['rd_int']:.2f}，按填报指引公式 {fin['rd']:.2f} ÷ {fin['rev23']:.2f} × 100% 应为 "
                f"{pct(fin['rd'], fin['rev23']):.2f}（填报值是以公司营业收入 {comp_rev:.2f} 万元为分母算得）")
    pkg.problem("subset", ["服务本市企业数量（个）", "实际服务企业数（个）"], [f_form], "error",
                f"服务本市企业数量 {served + 26} 个大于实际服务企业数 {served} 个（前者是后者的“其中”项；按省市区域统计中上海为 "
                f"{vals.rows['按省市区域统计服务企业数（个）'][1]['上海']}）")
    layout = ["evidence_dir:附件3-证明材料", "naming:dash", "statements:小企业会计准则(行次1-31, 本年累计金额/上年金额)",
              "tax:A100000+A107012 text-pdf", "高新专项:scan(auditor seal)", "platform_split:pdf", "form:docx+stamped_scan",
              "summary:xlsx-vertical", "commitment:scan", "missing:section7"]
    return B.finish(pkg, s, vals, layout, "序号5 新华电力能源平台（小企业会计准则报表）：缺第七章、2023年增长率错误、研发强度以公司收入为分母、"
                                          "服务本市企业数大于实际服务企业数。")


SPECS = [("h50_sijian_clean", p1), ("h50_tansuo_problems", p2), ("h50_huaxing_problems", p3), ("h50_xinhua_problems", p4)]
