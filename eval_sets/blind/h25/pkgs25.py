"""The four packages of the h25 set."""
from __future__ import annotations

import datetime as dt
import random
from collections import OrderedDict

import evid25 as E
import forms25 as F
import kit25 as K
from common25 import agg, answers, book_sections, fill_rows, write_csv
from texts25 import texts

HOST = {}


def base_cfg(p, rng, name_for_text):
    c = texts("", name_for_text, p.company)
    c.update(dict(sec_test="是，每年一次（委托第三方测评机构开展渗透测试与等保测评）", sec_scan="是，每月一次漏洞扫描，重大版本上线前加扫",
                  sec_docs="《平台网络安全管理办法》（XX-AQ-2021-01，2021年3月）、《平台数据安全管理规定》（XX-AQ-2022-03，2022年6月）、"
                           "《平台安全事件应急预案》（XX-AQ-2023-02，2023年4月）",
                  breakthrough="自研工业时序数据引擎，单节点写入性能达每秒百万点，优于国外同类开源产品约30%。",
                  carbon="是。提供碳排放监测、碳核算与碳足迹服务，覆盖钢铁、化工等行业用户。",
                  ident="是。平台接入国家工业互联网标识解析二级节点，为设备与备件赋码并提供标识查询服务。",
                  listed="是。公司为A股上市公司"))
    return c


# ============================================================== 1. clean: 序号17 宝信
def pkg_baoxin(B):
    rng = random.Random(1725)
    p = B.new_pkg(pid="h25_baoxin_clean", list_no=17, listed_name="宝联登 xIn³Plat 工业互联网平台",
                  company="上海宝信软件股份有限公司", declared_name="宝联登 xIn³Plat 工业互联网平台", participated=True,
                  description="序号17宝信软件，干净包：申报表XLSX（四张工作表，合并单元格）+盖章扫描件；证明材料以系统导出为主："
                              "设备统计XLSX（汇总/明细/说明+隐藏与空白工作表，明细4,438行含已注销312台不计入）、同源UTF-8 BOM CSV、"
                              "后台截图（状态=在用 共4,126条）、18个月订单/API月度CSV（2023年与近一年两种合计）、APP清单XLSX（含下架9个不计）、"
                              "服务企业清单打印PDF（横向、31页、表头重复、第x页 共y页）、驾驶舱截图、知识产权XLSX、荣誉清单PDF；申报书含第七章。",
                  layout=["naming:numbered-underscore", "evidence_dir:06_证明材料", "form:xlsx", "stamped_scan", "summary:xlsx-vertical",
                          "commitment:scan", "device_list:xlsx(汇总/明细/说明,hidden+empty sheet)", "csv:utf-8-bom",
                          "export_pdf:landscape-paged", "screenshots:png", "orders:monthly-csv-18m", "ip:xlsx"],
                  short="宝信", author="baosight\\liyj")
    company_names_seed = rng
    c = base_cfg(p, rng, "宝联登xIn³Plat平台")
    # ---- served enterprises (list is the evidence)
    ind_w = OrderedDict([("黑色金属", 38), ("机械", 16), ("有色金属", 10), ("电力、热力和燃气", 9), ("汽车", 8), ("石化化工", 7),
                         ("建材", 5), ("船舶", 4), ("服务业", 3)])
    reg_w = OrderedDict([("上海", 34), ("江苏", 15), ("湖北", 10), ("浙江", 8), ("广东", 8), ("新疆", 5), ("安徽", 6), ("山东", 5),
                         ("福建", 4), ("越南Vietnam", 3), ("马来西亚Malaysia", 2)])
    ents = E.enterprise_records(rng, 1236, ind_w, reg_w, paid_n=408, sme_n=1017)
    served_ind = agg(ents, "industry", order=list(ind_w))
    served_reg = agg(ents, "region", order=list(reg_w))
    # ---- devices: 4,126 在用 + 312 已注销 in the same export
    cat_w = OrderedDict([("冶炼设备", 36), ("动力设备", 17), ("电力设备", 12), ("物流设备", 11), ("仪器仪表", 10), ("机器人", 6),
                         ("机床", 5), ("工程机械", 3)])
    dev_reg_w = OrderedDict([("上海", 30), ("江苏", 14), ("湖北", 13), ("浙江", 7), ("广东", 9), ("新疆", 7), ("安徽", 6),
                             ("山东", 5), ("福建", 4), ("越南Vietnam", 3), ("马来西亚Malaysia", 2)])
    recs = E.device_records(rng, 4126, 312, cat_w, dev_reg_w, 0.57, E.tenants_by_region(ents), "XP")
    daily = {k: 0.78 + 0.02 * i for i, k in enumerate(cat_w)}
    br = E.device_breakdowns(recs, list(cat_w), list(dev_reg_w), daily)
    overseas = OrderedDict((k, br["reg"][k]) for k in ("越南Vietnam", "马来西亚Malaysia"))
    br["overseas"] = overseas
    # ---- APPs
    app_cat = OrderedDict([("生产制造", 62), ("运维服务", 48), ("质量管控", 37), ("节能减排", 31), ("仓储物流", 26), ("供应链管理", 24),
                           ("运营管理", 18), ("安全生产", 14), ("研发设计", 8)])
    app_ind = OrderedDict([("黑色金属", 152), ("机械", 44), ("有色金属", 28), ("电力、热力和燃气", 22), ("汽车", 14), ("服务业", 8)])
    n_app = sum(app_cat.values())  # 268
    apps = E.app_records(rng, n_app, 9, app_cat, app_ind, native_n=196, pub_n=214, subs_total=6842)
    live = [a for a in apps if a["status"] == "上架"]
    top5 = sorted((a["subs"] for a in live), reverse=True)[:5]
    pub_daily_cat = OrderedDict((k, max(1, int(sum(1 for a in live if a["cat"] == k and a["pub"]) * 0.62))) for k in app_cat)
    pdc = sum(pub_daily_cat.values())
    pub_daily_ind = K.split(pdc, OrderedDict((k, sum(1 for a in live if a["ind"] == k and a["pub"])) for k in app_ind))
    c.update(dict(
        nature="跨行业跨领域工业互联网平台", contact="李雅静", phone="13916402758", email="liyajing@baosight-xp.example.com",
        address="上海市宝山区宝信软件大厦A座3楼多功能厅", url="https://xinplat.baosight.example.com",
        build_period="2018.01-2023.12", build_amount=42800.00,
        revs={2020: 21356.40, 2021: 26842.17, 2022: 31905.66, 2023: 38214.52},
        build_mode_a4="自建", op_mode="自运营", deploy_a4="边缘侧、私有云、公有云、混合云",
        ops=301, run=185, qual=352, rd=5632.08, profit=6118.93, paid=408, registered=2318, served=1236,
        dev=br, protocols=126,
        app=dict(software=312, total=n_app, native=196, cat=app_cat, ind=app_ind, mau=201, killer_online=3860,
                 killer_daily=41250, killer_rev=168.35, pub=214, pub_daily_cat=pub_daily_cat,
                 pub_daily_ind=OrderedDict((k, pub_daily_ind[k]) for k in app_ind)),
        cloud_srv=642.00, pub_srv=388, store_cap=3200.00, store_data=2086.40, pub_data=1264.32,
        model_cat=OrderedDict([("数据算法模型", 142), ("研发仿真模型", 38), ("行业机理模型", 176), ("业务流程模型", 72)]),
        active_models=261, model_users=1894, speed="毫秒级（每TB时序数据聚合查询约600毫秒）", micro=1086, active_micro=742,
        devs=5216, active_devs=1308, ent_ind=served_ind, ent_reg=served_reg, sme=1017,
        trade_growth=19.62, subs=6842, killer_subs=sum(top5), sub_amount=12486.75, util=82.36, localization=91.20,
        factories=9, parks=17, solutions=OrderedDict([("数字化管理", 9), ("平台化设计", 4), ("网络化协同", 7), ("智能化制造", 11),
                                                      ("个性化定制", 3), ("服务化延伸", 8)]),
        opex_down=18.46, energy_down=9.82, safety_up=14.35, indices=5, patents=64, softc=87, awards=6, jobs=1420, social=21.37,
        open_data="开放API接口412个、行业数据集14个、工业机理模型组件96个",
        partners=18,
        positioning="面向钢铁及流程制造业的跨行业跨领域工业互联网平台，提供设备远程运维、智慧制造与产业链协同服务。",
    ))
    # orders: monthly CSV of 18 months
    months = B.monthly_orders(rng, 86420, 91587, 2_100_000)
    c["orders"] = OrderedDict([("2023年自然年", 86420), ("截至填表日前一年", 91587)])
    p.info.update(dict(uscc="913100006076229736", founded="1997-08-13", reg_addr="上海市宝山区（中国（上海）自由贸易试验区郭守敬路515号）",
                       type="股份有限公司（上市）", capital="240,802.06万元", business="软件开发、信息系统集成、工业互联网平台服务、智能装备",
                       legal="夏雪松", title="工业互联网事业部 平台运营经理", equity="控股股东为宝钢股份等，社会公众股东若干",
                       shareholders="中国宝武钢铁集团有限公司等 / 48.85%；社会公众股 / 51.15%",
                       assets="2,168,432.18", main_rev="1,291,736.42", main_growth="-1.98", debt="41.26", profit="258,764.30",
                       tax="61,082.55", sign_date="2024年7月12日",
                       build_period="2018 年 1 月 至 2023 年 12 月", build_mode="☑自建  □合作共建", op_mode="☑自运营  □联合运营  □委托运营",
                       iaas="☑自建  □租用", deploy="☑边缘侧  ☑私有云  ☑公有云  ☑混合云  □其他",
                       url_cell="https://xinplat.baosight.example.com（评审账号：sheitc_review 密码：Xp#2024review）",
                       intro="宝联登 xIn³Plat 工业互联网平台由上海宝信软件股份有限公司自主研发，是面向钢铁及流程制造业的跨行业跨领域工业互联网平台。"
                             "平台提供设备接入与远程运维、工业大数据、机理模型与低代码开发能力，主要客户包括钢铁、有色、装备制造等行业企业。",
                       effect="平台解决了流程行业设备状态不透明、运维依赖人工、产业链协同效率低等痛点，带动用户设备故障停机时间平均下降20%以上，"
                              "助力钢铁行业数字化转型和绿色低碳发展。"))
    p.secrets = ["Xp#2024review"]
    fill_rows(p, c)
    answers(p, c)
    ev = "06_证明材料/"
    files = dict(note=ev + "A01_平台经营数据专项说明.pdf", dev=ev + "A02_平台接入设备统计表.xlsx",
                 csv=ev + "A03_device_registry_export_20240628.csv", shot=ev + "A04_设备管理后台截图.png",
                 orders=ev + "A05_平台订单及API调用月度统计_202301-202406.csv", app=ev + "A06_工业APP清单.xlsx",
                 ent=ev + "A07_服务企业清单（系统导出）.pdf", dash=ev + "A08_平台运营驾驶舱截图.png", ip=ev + "A09_知识产权清单.xlsx",
                 award=ev + "A10_省部级及以上荣誉清单.pdf")
    p.proofs = {"_default": "见申报书第二章",
                "平台相关营业收入（万元）": "附件A01 第1页", "平台相关研发投入（万元）": "附件A01 第1页", "平台利润率（%）": "附件A01 第1页",
                "连接的工业设备/产品/产线种类及数量（台/套）": "附件A02「汇总」；A03；A04",
                "实际服务企业数（个）": "附件A07 第45页合计", "注册企业用户数（个）": "附件A08",
                "平台订单数量(近一年总量)（个）": "附件A05（按月汇总）", "工业APP数量（个）": "附件A06「按分类汇总」",
                "平台核心软硬件技术获得的专利数量（项）": "附件A09「专利」", "平台核心软硬件技术获得的软著数量（个）": "附件A09「软件著作权」",
                "平台获得省部级及以上奖项/荣誉数量（个）": "附件A10"}
    B.special_note_pdf(p, files["note"], c, p.company, "天职国际会计师事务所（特殊普通合伙）")
    E.device_workbook(p, files["dev"], recs, br, "宝联登平台接入设备统计表", [
        "说明：",
        "1. 数据来源：宝联登平台设备管理中心“设备台账”导出（导出时间2024-06-28 15:40），明细见「明细」工作表及A03 CSV原始导出。",
        f"2. 「明细」共{len(recs):,}条记录，其中状态为“已注销”的设备312台，不计入接入总数；状态为“在用”的设备{br['total']:,}台。",
        "3. 设备二级分类按申报通知附录A口径；所属省市按设备所属企业注册地，按附录F口径统计，海外注明国家中文+英文。",
        "4. 公有云日均运行数量为2023-07-01至2024-06-30期间每日上传实时数据的公有云设备数的日平均值（来源：设备在线率日报）。",
        "5. 「汇总」中部分单元格由原台账粘贴，格式为文本，数值不受影响。"],
        list(cat_w), list(dev_reg_w), set(overseas), text_cells={"机床", "工程机械"})
    E.registry_csv(p, files["csv"], recs)
    shot_rows = [[r["device_id"], r["name"], r["tenant"][:14], r["category"], r["region"], r["deploy"], r["online"],
                  r["created"].isoformat()] for r in sorted([x for x in recs if x["status"] == "在用"],
                                                              key=lambda r: r["created"], reverse=True)[:10]]
    p.add_file(files["shot"], "evidence:screenshot")
    K.admin_list_screenshot(p.root / files["shot"], "宝联登 xIn³Plat · 设备管理中心",
                            ["首页", "设备台账", "设备模型", "协议适配", "告警中心", "运维工单", "数据服务", "系统管理"], "设备台账",
                            "设备管理 / 设备台账", [("状态", "在用"), ("设备编号", ""), ("所属企业", "")],
                            ["设备编号", "设备名称", "所属企业", "二级分类", "省市", "接入方式", "在线状态", "接入日期"],
                            [130, 160, 230, 130, 90, 100, 110, 120], shot_rows, f"共 {br['total']:,} 条", 10, "liyj（平台运营）",
                            seed=17)
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{br['total']:,}", "台/套", br["total"], files["shot"], 1,
           f"共 {br['total']:,} 条", "设备台账（状态=在用）", image_only=True)
    op = p.add_file(files["orders"], "evidence:other")
    write_csv(op, ["stat_month", "order_cnt", "api_call_cnt", "active_tenant_cnt"],
              [[m, o, a, int(900 + i * 21)] for i, (m, o, a) in enumerate(months)])
    app_cat_order = list(app_cat)
    B.app_workbook(p, files["app"], apps, app_cat_order, "宝联登平台工业APP清单", pub_daily_cat, [
        "1. 本清单导出自平台应用市场后台（2024-06-30）。", "2. 状态为“已下架”的9个历史版本应用不计入工业APP数量，仅供追溯。",
        "3. 分类口径为申报通知附录B；订阅数为自上架以来累计订阅（多租户按购买数量，私有部署按用户数量）。",
        "4. 公有云日均活跃为2023-07至2024-06期间日均被访问或调用的公有云APP数。"])
    B.enterprise_pdf(p, files["ent"], ents, "宝联登平台服务企业清单（客户管理 > 服务企业 > 导出）", "xinplat.baosight.example.com/crm/export",
                     28)
    p.add_file(files["dash"], "evidence:screenshot")
    cards = [("注册企业（家）", f"{c['registered']:,}", ""), ("服务企业（家）", f"{c['served']:,}", ""),
             ("接入设备", f"{br['total']:,}", "台/套"), ("工业APP", str(n_app), "个"), ("微服务", f"{c['micro']:,}", "个"),
             ("机理模型", str(sum(c['model_cat'].values())), "个"), ("开发者", f"{c['devs']:,}", "人"), ("APP订阅", f"{c['subs']:,}", "次")]
    K.dashboard_screenshot(p.root / files["dash"], "宝联登 xIn³Plat 平台运营驾驶舱", cards, seed=171)
    for lab, i, unit in [("注册企业用户数（个）", 0, "家"), ("实际服务企业数（个）", 1, "家"), ("连接的工业设备/产品/产线种类及数量（台/套）", 2, "台/套"),
                         ("工业APP数量（个）", 3, "个"), ("微服务数量（个）", 4, "个"), ("工业机理模型数量（个）", 5, "个"),
                         ("开发者注册总数（个）", 6, "人"), ("工业APP订阅总数量（个）", 7, "次")]:
        val = cards[i][1]
        p.fact(lab, val, unit, int(val.replace(",", "")), files["dash"], 1, val, cards[i][0], image_only=True)
    E.ip_workbook(p, files["ip"], rng, c["patents"], c["softc"], p.company)
    B.award_pdf(p, files["award"], [("上海市工业互联网创新发展示范平台", "2021年12月", "上海市经济和信息化委员会"),
                                    ("工业和信息化部跨行业跨领域工业互联网平台", "2022年8月", "工业和信息化部"),
                                    ("上海市科技进步奖二等奖", "2022年5月", "上海市人民政府"),
                                    ("工业互联网平台创新领航应用案例", "2023年1月", "工业和信息化部"),
                                    ("上海市软件和信息技术服务业高质量发展专项示范项目", "2023年9月", "上海市经济和信息化委员会"),
                                    ("智能制造系统解决方案揭榜挂帅项目", "2023年11月", "工业和信息化部")])
    # applicant's documents
    cases = [("案例1：宝联登 xIn³Plat 平台——钢铁产线设备远程智能运维", "某大型钢铁联合企业，年产钢1,200万吨。",
              "平台接入热轧、冷轧产线关键设备1,100余台，基于振动与温度机理模型实现故障预警，非计划停机时间下降31%。"),
             ("案例2：宝联登 xIn³Plat 平台——有色金属企业能效优化", "某铝加工企业，年营业收入约80亿元。",
              "接入空压站、循环水等动力设备，通过能效模型优化运行参数，吨产品综合能耗下降8.6%。"),
             ("案例3：宝联登 xIn³Plat 平台——装备制造供应链协同", "某装备制造集团，供应商600余家。",
              "打通采购、质检与物流数据，供应商交付准时率提升12个百分点，库存周转天数下降18%。")]
    c["cases"] = cases
    c["bench"] = [["2.1.1 工业设备连接/汇聚能力", f"接入设备{br['total']:,}台（套），协议126种", "同类行业平台A：接入设备约3,000台（套）"],
                  ["3.1.1 平台应用规模", f"注册企业{c['registered']:,}家，服务企业{c['served']:,}家", "同类行业平台A：服务企业约900家"]]
    c["sec7"] = ["与2023年度参评时相比，平台主要变化如下：",
                 f"1.设备接入：在用设备由2023年6月的3,208台（套）增至{br['total']:,}台（套），同期注销老旧设备312台，已从统计中剔除；",
                 f"2.工业APP：上架APP由221个增至{n_app}个，新增节能减排类APP 9个；",
                 "3.应用服务：新增碳管理服务模块，服务园区由13个增至17个。"]
    c["ops_note"] = "平台设备数据以设备管理中心台账为准，注销设备不计入。"
    attach = [(files[k].split("/")[-1], w) for k, w in
              [("note", "1.2.1/1.2.2"), ("dev", "2.1.1"), ("csv", "2.1.1（原始导出）"), ("shot", "2.1.1"), ("orders", "3.1.1 订单"),
               ("app", "2.1.2"), ("ent", "3.1.1 服务企业"), ("dash", "3.1.1/2.3.1"), ("ip", "3.1.3"), ("award", "3.1.3")]]
    F.contact_docx(p, p.add_file("01_联系人信息反馈表.docx", "联系人表"), ("周晓峰", "平台运营部副经理", "13817265540",
                                                                      "zhouxf@baosight-xp.example.com"))
    F.form_xlsx(p, p.add_file("02_申报表_宝联登xIn3Plat.xlsx", "申报表"))
    sealimg = K.seal(p.company, "", seed=17)
    scan = p.add_file("02_申报表_盖章扫描件.pdf", "申报表扫描件")
    F.form_scan(p, scan.with_suffix(".src.pdf"), scan, 1700, sealimg)
    F.book_docx(p, p.add_file("03_申报书_宝联登xIn3Plat.docx", "申报书"), book_sections(p, c, attach, with7=True))
    F.summary_xlsx_vertical(p, p.add_file("04_平台基本情况汇总表.xlsx", "汇总表"))
    F.commitment_scan(p, p.add_file("05_真实性承诺（盖章）.pdf", "承诺"), 1701, sealimg, "夏雪松", "2024年7月12日")
    # self-checks of the clean package
    assert sum(o for m, o, a in months if m.startswith("2023")) == 86420
    assert sum(o for m, o, a in months[6:]) == 91587
    assert sum(br["cat"].values()) == sum(br["reg"].values()) == br["total"]
    assert sum(served_ind.values()) == 1236 and sum(1 for a in live) == n_app
    B.write_truth(p)


def monthly_orders_local(rng, t2023, trailing, api_base):
    import build as _b  # noqa
    return _b.monthly_orders(rng, t2023, trailing, api_base)




# ============================================================== shared for the problem packages
def scaled(rec_counts: dict, total: int) -> OrderedDict:
    s = K.split(total, rec_counts)
    return OrderedDict((k, s[k]) for k in rec_counts)


def std_cfg(c, **kw):
    c.update(kw)
    return c


def std_info(p, **kw):
    base = dict(type="有限责任公司", fax="—", equity="见发起人及出资信息", main_growth="8.12", debt="46.30",
                build_mode="☑自建  □合作共建", op_mode="☑自运营  □联合运营  □委托运营", iaas="☑自建  □租用")
    base.update(kw)
    p.info.update(base)


def cases_for(name, topic):
    return [(f"案例1：{name}——{topic[0]}", "某长三角制造企业，年营业收入约30亿元。", "平台接入关键设备并构建预测性维护模型，非计划停机下降27%。"),
            (f"案例2：{name}——{topic[1]}", "某上海市级智能工厂。", "通过质量数据贯通与追溯，产品一次合格率提升3.2个百分点。"),
            (f"案例3：{name}——{topic[2]}", "某产业链核心企业，上下游供应商400余家。", "实现计划、库存与物流协同，交付准时率提升11个百分点。")]


# ============================================================== 2. 序号9 中微汇链 (4 problems)
def pkg_zhongwei(B):
    rng = random.Random(909)
    p = B.new_pkg(pid="h25_zhongwei_problems", list_no=9, listed_name="基于区块链泛半导体行业工业互联网平台",
                  company="中微汇链科技（上海）有限公司", declared_name="基于区块链泛半导体行业工业互联网平台", participated=True,
                  description="序号9中微汇链：申报表XLSX+盖章扫描，汇总表DOCX；设备注册表为GBK编码、拼音缩写列名的CSV（6,132行）及后台截图“共 6,132 条”，"
                              "而申报连接设备6,480；区域分项合计不等于总数；佐证材料清单.xlsx列出的3-7文件缺失；2023年增长率算错。",
                  layout=["naming:附件N", "evidence_dir:附件3-佐证材料", "form:xlsx", "stamped_scan", "summary:docx", "commitment:scan",
                          "csv:gbk+pinyin", "csv:utf-8-bom", "export_pdf:landscape-paged", "screenshots:png", "evidence_index:xlsx"],
                  short="中微汇链", author="zwhl-admin")
    c = base_cfg(p, rng, "泛半导体工业互联网平台")
    c["listed"] = "是。2022年完成B轮融资（投资方为产业基金）"
    ind_w = OrderedDict([("电子", 62), ("机械", 14), ("石化化工", 9), ("服务业", 8), ("其他", 7)])
    reg_w = OrderedDict([("上海", 36), ("江苏", 20), ("浙江", 10), ("安徽", 9), ("湖北", 8), ("四川", 5), ("广东", 7), ("北京", 3),
                         ("新加坡Singapore", 2)])
    ents = E.enterprise_records(rng, 982, ind_w, reg_w, paid_n=316, sme_n=804)
    cat_w = OrderedDict([("电工、电子设备", 63), ("仪器仪表", 17), ("化工设备", 8), ("动力设备", 7), ("物流设备", 5)])
    dreg_w = OrderedDict([("上海", 38), ("江苏", 19), ("浙江", 10), ("安徽", 8), ("湖北", 7), ("四川", 5), ("广东", 6), ("北京", 3),
                          ("新加坡Singapore", 4)])
    recs = E.device_records(rng, 6132, 0, cat_w, dreg_w, 0.26, E.tenants_by_region(ents), "ZW", start=dt.date(2020, 1, 1))
    rb = E.device_breakdowns(recs, list(cat_w), list(dreg_w), {k: 0.76 for k in cat_w})
    DECL = 6480
    br = dict(total=DECL, cat=scaled(rb["cat"], DECL), reg=scaled(rb["reg"], DECL))
    br["pub"] = round(rb["pub"] * DECL / 6132)
    br["pub_cat"] = scaled(rb["pub_cat"], br["pub"])
    br["pub_reg"] = scaled(rb["pub_reg"], br["pub"])
    br["day"] = round(br["pub"] * 0.76)
    br["day_cat"] = scaled(br["pub_cat"], br["day"])
    br["day_reg"] = scaled(br["pub_reg"], br["day"])
    br["overseas"] = OrderedDict([("新加坡Singapore", br["reg"]["新加坡Singapore"])])
    app_cat = OrderedDict([("生产制造", 38), ("质量管控", 29), ("供应链管理", 24), ("运维服务", 22), ("仓储物流", 12), ("运营管理", 9),
                           ("安全生产", 5), ("节能减排", 3)])
    app_ind = OrderedDict([("电子", 118), ("机械", 14), ("石化化工", 10)])
    n_app = 142
    apps = E.app_records(rng, n_app, 0, app_cat, app_ind, native_n=96, pub_n=58, subs_total=2386)
    live = apps
    top5 = sorted((a["subs"] for a in live), reverse=True)[:5]
    pdc = OrderedDict((k, max(1, int(sum(1 for a in live if a["cat"] == k and a["pub"]) * 0.6))) for k in app_cat)
    pdi = K.split(sum(pdc.values()), OrderedDict((k, max(1, sum(1 for a in live if a["ind"] == k and a["pub"]))) for k in app_ind))
    revs = {2020: 3912.40, 2021: 5006.34, 2022: 6318.95, 2023: 7842.16}
    c.update(dict(
        nature="行业型工业互联网平台", contact="王思远", phone="13901624478", email="wangsy@zwhl-chain.example.com",
        address="上海市浦东新区金科路2889号C座6楼会议中心", url="https://iip.zwhl-chain.example.com", build_period="2019.09-2023.12",
        build_amount=7260.00, revs=revs, growth_override={2023: 26.80}, build_mode_a4="自建", op_mode="自运营",
        deploy_a4="私有云、公有云、混合云", ops=70, run=48, qual=92, rd=1586.72, profit=905.18, paid=316, registered=1268, served=982,
        dev=br, protocols=88,
        app=dict(software=168, total=n_app, native=96, cat=app_cat, ind=app_ind, mau=117, killer_online=1260, killer_daily=15480,
                 killer_rev=54.62, pub=58, pub_daily_cat=pdc, pub_daily_ind=OrderedDict((k, pdi[k]) for k in app_ind)),
        cloud_srv=186.00, pub_srv=74, store_cap=1800.00, store_data=1096.20, pub_data=318.46,
        model_cat=OrderedDict([("数据算法模型", 46), ("研发仿真模型", 12), ("行业机理模型", 38), ("业务流程模型", 21)]),
        active_models=72, model_users=486, speed="秒级（每TB机台数据分析约4秒）", micro=624, active_micro=388, devs=2140,
        active_devs=512, ent_ind=agg(ents, "industry", order=list(ind_w)), ent_reg=agg(ents, "region", order=list(reg_w)),
        sme=804, trade_growth=19.30, subs=2386, killer_subs=sum(top5), sub_amount=2964.80, util=78.42, localization=86.50,
        factories=5, parks=9, solutions=OrderedDict([("数字化管理", 4), ("平台化设计", 2), ("网络化协同", 5), ("智能化制造", 4),
                                                     ("个性化定制", 1), ("服务化延伸", 3)]),
        opex_down=16.24, energy_down=8.37, safety_up=12.05, indices=3, patents=21, softc=34, awards=3, jobs=386, social=15.62,
        open_data="开放API接口72个、零部件主数据集2个（约42万条）、区块链存证查询服务1项", partners=7,
        positioning="面向泛半导体行业的区块链工业互联网平台，提供设备互联、备件协同与供应链可信存证服务。"))
    months = B.monthly_orders(rng, 31864, 33920, 420_000)
    c["orders"] = OrderedDict([("2023年自然年", 31864), ("截至填表日前一年", 33920)])
    std_info(p, uscc="91310115MA1H8K2Q7U", founded="2018-05-21", reg_addr="上海市浦东新区（中国（上海）自由贸易试验区）",
             capital="5,000万元", business="工业互联网平台、区块链技术服务、半导体设备备件供应链服务", legal="尹志尧",
             title="平台运营总监", shareholders="中微半导体设备（上海）股份有限公司 / 51%；员工持股平台 / 19%；产业基金 / 30%",
             assets="28,416.37", main_rev="9,863.20", profit="1,126.45", tax="612.38", sign_date="2024年7月16日",
             build_period="2019 年 9 月 至 2023 年 12 月", deploy="□边缘侧  ☑私有云  ☑公有云  ☑混合云  □其他",
             url_cell="https://iip.zwhl-chain.example.com（账号 review01 / 密码 ZwHl@0716）",
             intro="平台由中微汇链科技（上海）有限公司建设运营，是面向泛半导体行业的行业型工业互联网平台，基于区块链实现设备、备件与供应链数据可信共享，"
                   "主要客户为晶圆制造、面板与光伏企业及其设备、材料供应商。",
             effect="平台解决了泛半导体设备备件供应周期长、数据不可信、跨企业协同难等问题，带动用户设备综合效率提升、备件库存下降。")
    p.secrets = ["ZwHl@0716"]
    fill_rows(p, c)
    # planted: region breakdown — 江苏 written 1,070 (evidence-scaled value 1,250 → sum 6,300)
    reg_decl = OrderedDict(br["reg"])
    true_js = reg_decl["江苏"]
    reg_decl["江苏"] = true_js - 180
    p.rows["按省市区域统计工业设备数量（台/套）"] = F.bd(reg_decl)
    answers(p, c)
    d = "附件3-佐证材料/"
    files = dict(index=d + "佐证材料清单.xlsx", note=d + "3-1 平台财务数据说明.pdf", csv=d + "3-2 设备注册表导出_sbzc_20240628.csv",
                 shot=d + "3-3 设备管理后台截图.png", api=d + "3-4 API调用及订单月度统计.csv", ent=d + "3-5 平台服务企业列表（打印）.pdf",
                 app=d + "3-6 工业APP清单.xlsx", missing=d + "3-7 工业APP订阅明细.xlsx", ip=d + "3-8 知识产权清单.xlsx")
    p.proofs = {"_default": "见申报书", "连接的工业设备/产品/产线种类及数量（台/套）": "佐证3-2、3-3",
                "实际服务企业数（个）": "佐证3-5", "工业APP数量（个）": "佐证3-6", "工业APP订阅总数量（个）": "佐证3-7 工业APP订阅明细",
                "平台相关营业收入（万元）": "佐证3-1", "平台订单数量(近一年总量)（个）": "佐证3-4"}
    # 佐证材料清单
    ip_ = p.add_file(files["index"], "evidence:other")
    import openpyxl
    from common25 import header as hdr, put_row as pr, title_rows as tr
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "佐证材料清单"
    tr(ws, "2024年度上海市工业互联网平台应用水平评价 佐证材料清单", "申报单位：中微汇链科技（上海）有限公司", 5)
    hdr(ws, 3, ["序号", "附件编号", "材料名称", "电子文件名", "对应指标"], [6, 10, 30, 44, 36])
    rows = [("3-1", "平台财务数据说明", files["note"], "1.2.1、1.2.2"), ("3-2", "设备注册表导出", files["csv"], "2.1.1 连接设备数量"),
            ("3-3", "设备管理后台截图", files["shot"], "2.1.1"), ("3-4", "API调用及订单月度统计", files["api"], "3.1.1 订单数量"),
            ("3-5", "平台服务企业列表", files["ent"], "3.1.1 服务企业"), ("3-6", "工业APP清单", files["app"], "2.1.2"),
            ("3-7", "工业APP订阅明细", files["missing"], "3.1.1 工业APP订阅总数量/总金额"), ("3-8", "知识产权清单", files["ip"], "3.1.3")]
    for i, (no, name, fn, w) in enumerate(rows, 1):
        pr(ws, 3 + i, [i, no, name, fn.split("/")[-1], w])
    K.save_xlsx(wb, ip_, p.author)
    B.special_note_pdf(p, files["note"], c, p.company, "立信会计师事务所（特殊普通合伙）", font="WQY")
    E.registry_csv(p, files["csv"], recs, encoding="gbk", pinyin=True)
    p.add_file(files["shot"], "evidence:screenshot")
    rows_ = [[r["device_id"], r["name"], r["tenant"][:14], r["category"], r["region"], r["deploy"], r["online"]]
             for r in recs[-10:][::-1]]
    K.admin_list_screenshot(p.root / files["shot"], "汇链IIP 设备中心", ["工作台", "设备注册", "设备分组", "数据接入", "区块链存证",
                                                                        "告警", "系统设置"], "设备注册", "设备中心 / 设备注册",
                            [("租户", ""), ("设备编号", "")], ["设备编号", "设备名称", "租户", "设备分类", "所属省市", "接入方式", "状态"],
                            [140, 170, 240, 150, 110, 110, 110], rows_, "共 6,132 条", 10, "admin", seed=9, accent=(114, 46, 209))
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", "6,132", "台/套", 6132, files["shot"], 1, "共 6,132 条", "设备注册",
           image_only=True)
    ap = p.add_file(files["api"], "evidence:other")
    write_csv(ap, ["月份", "订单数", "API调用次数", "活跃租户数"], [[m, o, a, 300 + i * 7] for i, (m, o, a) in enumerate(months)])
    B.enterprise_pdf(p, files["ent"], ents, "平台服务企业列表（运营后台导出）", "iip.zwhl-chain.example.com/ops/tenant/export", 28)
    B.app_workbook(p, files["app"], apps, list(app_cat), "工业APP清单", pdc, ["导出自应用中心，截至2024-06-30。"])
    E.ip_workbook(p, files["ip"], rng, c["patents"], c["softc"], p.company, soft_first=True, soft_text=f"合计{c['softc']}项",
                  pat_text=f"合计{c['patents']}项")
    c["cases"] = cases_for(p.declared_name, ["设备备件可信协同", "晶圆厂设备预测性维护", "供应链区块链存证"])
    c["bench"] = [["2.1.1 工业设备连接/汇聚能力", "接入设备6,480台（套）", "同类平台B：约5,000台（套）"]]
    c["sec7"] = ["与2023年度参评时相比：", "1.接入设备由5,210台（套）增至6,480台（套）；", "2.新增区块链存证查询服务；",
                 "3.服务企业由816家增至982家。"]
    attach = [(files[k].split("/")[-1], w) for k, w in [("note", "1.2"), ("csv", "2.1.1"), ("shot", "2.1.1"), ("api", "3.1.1"),
                                                      ("ent", "3.1.1"), ("app", "2.1.2"), ("missing", "3.1.1"), ("ip", "3.1.3")]]
    F.contact_docx(p, p.add_file("附件1 联系人信息反馈表.docx", "联系人表"), ("刘敏", "市场部经理", "13761820493", "liumin@zwhl-chain.example.com"))
    F.form_xlsx(p, p.add_file("附件2 申报表.xlsx", "申报表"), numeric_cells=False)
    sealimg = K.seal(p.company, "", seed=9)
    scan = p.add_file("附件2 申报表（盖章扫描）.pdf", "申报表扫描件")
    F.form_scan(p, scan.with_suffix(".src.pdf"), scan, 900, sealimg)
    F.book_docx(p, p.add_file("附件3 申报书.docx", "申报书"), book_sections(p, c, attach, with7=True))
    F.summary_docx(p, p.add_file("附件4 平台基本情况汇总表.docx", "汇总表"))
    F.commitment_scan(p, p.add_file("附件5 真实性承诺书.pdf", "承诺"), 901, sealimg, "尹志尧", "2024年7月16日")
    form = "附件2 申报表.xlsx"
    p.problem("count_vs_list", ["连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）"], [form, files["csv"], files["shot"]], "error",
              "申报表填报连接的工业设备6480台/套，而佐证3-2设备注册表导出（全部部署方式，GBK编码CSV）仅6132条记录，"
              "设备管理后台截图亦显示“共 6,132 条”，申报数高于导出总数348台")
    p.problem("breakdown_sum", ["按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"], [form], "error",
              f"按省市区域统计工业设备数量各项之和为{sum(reg_decl.values())}，与连接的工业设备总数6480不一致"
              f"（“江苏”填{reg_decl['江苏']}）；按二级分类统计之和为6480")
    p.problem("missing_file", ["工业APP订阅总数量（个）"], [files["missing"]], "warning",
              "佐证材料清单.xlsx第7项“3-7 工业APP订阅明细.xlsx”（对应工业APP订阅总数量/总金额，申报表证明资料列亦引用）在申报材料中不存在")
    g = K.r2((revs[2023] - revs[2022]) / revs[2022] * 100)
    p.problem("growth_rate", ["平台近三年经营指标情况"], [form], "error",
              f"2023年增长率填报26.80%，由2022年营收{revs[2022]:.2f}万元与2023年营收{revs[2023]:.2f}万元计算应为{g:.2f}%")
    assert sum(reg_decl.values()) != DECL and sum(br["cat"].values()) == DECL
    B.write_truth(p)




# ============================================================== 3. 序号26 上海核工院 (4 problems)
def pkg_hegongyuan(B):
    import openpyxl
    from common25 import SUB_FILL, header as hdr, put_row as pr, title_rows as tr
    rng = random.Random(2626)
    p = B.new_pkg(pid="h25_hegongyuan_problems", list_no=26, listed_name="智慧核电产业链协同工业互联网平台",
                  company="上海核工程研究设计院股份有限公司", declared_name="智慧核电产业链协同工业互联网平台", participated=True,
                  description="序号26上海核工院：申报文件/证明材料两级目录；申报表XLSX+盖章扫描，申报书为文字PDF且缺第七章；横向XLSX汇总表中开发者注册总数与申报表不一致；"
                              "服务企业名录XLSX 1,468行含37行重复企业（同一统一社会信用代码）；工业APP清单「汇总」合计236而「APP明细」上架仅229行；"
                              "设备统计XLSX与后台截图一致，用户列表CSV（UTF-8 BOM）与注册企业数一致。",
                  layout=["evidence_dir:申报文件+证明材料", "form:xlsx", "stamped_scan", "book:pdf", "summary:xlsx-horizontal",
                          "commitment:docx", "device_list:xlsx(汇总/明细/说明)", "csv:utf-8-bom", "screenshots:png",
                          "list:duplicates", "summary_vs_detail_sheet"],
                  short="核工院", author="snerdi-pm")
    c = base_cfg(p, rng, "智慧核电平台")
    c["listed"] = "是。2023年完成混合所有制改革引入战略投资者"
    ind_w = OrderedDict([("机械", 42), ("电力、热力和燃气", 18), ("有色金属", 9), ("黑色金属", 8), ("建筑业", 10), ("电子", 7),
                         ("服务业", 6)])
    reg_w = OrderedDict([("上海", 31), ("江苏", 18), ("浙江", 12), ("四川", 8), ("辽宁", 6), ("广东", 7), ("山东", 8), ("黑龙江", 4),
                         ("大连", 3), ("深圳", 3)])
    distinct = E.enterprise_records(rng, 1431, ind_w, reg_w, paid_n=470, sme_n=1092)
    dup_src = rng.sample(distinct, 37)
    ents = list(distinct)
    for d_ in dup_src:
        e2 = dict(d_)
        e2["first"] = d_["first"] + dt.timedelta(days=rng.randint(30, 300))
        if e2["first"] > dt.date(2024, 6, 20):
            e2["first"] = dt.date(2024, 6, 20)
        ents.append(e2)
    ents.sort(key=lambda r: (r["first"], r["code"]))
    cat_w = OrderedDict([("动力设备", 28), ("电力设备", 22), ("仪器仪表", 20), ("机床", 12), ("物流设备", 8), ("其他", 10)])
    dreg_w = OrderedDict([("上海", 40), ("江苏", 18), ("浙江", 12), ("四川", 9), ("辽宁", 7), ("广东", 6), ("山东", 8)])
    recs = E.device_records(rng, 8640, 0, cat_w, dreg_w, 0.18, E.tenants_by_region(distinct), "NP", start=dt.date(2019, 8, 1))
    br = E.device_breakdowns(recs, list(cat_w), list(dreg_w), {k: 0.72 for k in cat_w})
    br["overseas"] = OrderedDict()
    app_cat = OrderedDict([("质量管控", 52), ("供应链管理", 48), ("研发设计", 41), ("生产制造", 33), ("运维服务", 30), ("安全生产", 18),
                           ("运营管理", 14)])
    app_ind = OrderedDict([("机械", 126), ("电力、热力和燃气", 62), ("建筑业", 29), ("服务业", 19)])
    n_app = 236
    apps_live = E.app_records(rng, 229, 0, OrderedDict((k, v - (7 if k == "供应链管理" else 0)) for k, v in app_cat.items()),
                              OrderedDict((k, v - (7 if k == "机械" else 0)) for k, v in app_ind.items()),
                              native_n=150, pub_n=40, subs_total=3120)
    pdc = OrderedDict([("质量管控", 9), ("供应链管理", 8), ("研发设计", 5), ("生产制造", 4), ("运维服务", 3), ("安全生产", 2), ("运营管理", 1)])
    revs = {2020: 5108.66, 2021: 6245.30, 2022: 7581.94, 2023: 9106.58}
    c.update(dict(
        nature="行业型工业互联网平台", contact="沈嘉伟", phone="13918206634", email="shenjw@snerdi-iip.example.com",
        address="上海市徐汇区虹漕路29号核工院科研楼5楼报告厅", url="https://iip.snerdi-nuclear.example.com", build_period="2019.06-2023.12",
        build_amount=9850.00, revs=revs, build_mode_a4="自建", op_mode="自运营", deploy_a4="私有云、混合云", ops=112, run=64, qual=151,
        rd=2036.84, profit=1172.39, paid=470, registered=2046, served=1468, dev=br, protocols=64,
        app=dict(software=268, total=n_app, native=158, cat=app_cat, ind=app_ind, mau=172, killer_online=612, killer_daily=8460,
                 killer_rev=61.35, pub=40, pub_daily_cat=pdc, pub_daily_ind=OrderedDict([("机械", 17), ("电力、热力和燃气", 9),
                                                                                         ("建筑业", 4), ("服务业", 2)])),
        cloud_srv=238.00, pub_srv=36, store_cap=1600.00, store_data=771.20, pub_data=86.40,
        model_cat=OrderedDict([("数据算法模型", 38), ("研发仿真模型", 64), ("行业机理模型", 52), ("业务流程模型", 28)]),
        active_models=96, model_users=402, speed="秒级（每TB设计与质量数据检索分析约6秒）", micro=1960, active_micro=1210, devs=3680,
        active_devs=745, ent_ind=agg(ents, "industry", order=list(ind_w)), ent_reg=agg(ents, "region", order=list(reg_w)),
        sme=sum(e["size"] != "大型" for e in ents), trade_growth=17.45, subs=3120, killer_subs=0, sub_amount=4318.60, util=74.80,
        localization=95.20, factories=4, parks=6,
        solutions=OrderedDict([("数字化管理", 5), ("平台化设计", 6), ("网络化协同", 7), ("智能化制造", 3), ("个性化定制", 1), ("服务化延伸", 2)]),
        opex_down=14.62, energy_down=6.85, safety_up=21.40, indices=2, patents=38, softc=28, awards=4, jobs=612, social=17.86,
        open_data="开放API接口96个、标准件三维模型库1个（约3.2万个模型）、质量数据服务6项", partners=9,
        positioning="面向核电装备产业链的行业型工业互联网平台，支撑设计、制造、质量与运维全链条协同。"))
    c["paid"] = sum(e["paid"] for e in ents)
    top5 = sorted((a["subs"] for a in apps_live), reverse=True)[:5]
    c["killer_subs"] = sum(top5)
    c["orders"] = OrderedDict([("2023年自然年", 12684)])
    std_info(p, uscc="91310000132206187X", founded="1970-02-08", reg_addr="上海市徐汇区", type="股份有限公司（非上市）",
             capital="60,000万元", business="核电工程设计、核电装备研发、工程总承包、工业软件", legal="郑明光", title="数字化中心副主任",
             shareholders="国家电力投资集团有限公司 / 60.00%；战略投资者 / 40.00%", assets="1,286,430.52", main_rev="612,804.36",
             profit="48,216.70", tax="21,306.18", sign_date="2024年7月18日", build_period="2019 年 6 月 至 2023 年 12 月",
             deploy="□边缘侧  ☑私有云  □公有云  ☑混合云  □其他", url_cell="https://iip.snerdi-nuclear.example.com（账号：zjps2024；密码：Snerdi!2024）",
             intro="智慧核电产业链协同工业互联网平台由上海核工程研究设计院股份有限公司建设，是面向核电装备产业链的行业型工业互联网平台，"
                   "提供设计协同、制造质量管控、供应链协同和设备运维服务，主要用户为核电设备制造商、供应商与核电业主单位。",
             effect="平台解决了核电装备产业链设计制造协同难、质量追溯链条长等痛点，带动设备交付周期缩短、质量问题闭环效率提升。")
    p.secrets = ["Snerdi!2024"]
    fill_rows(p, c)
    answers(p, c)
    p.summary_override["开发者注册总数（个）"] = "3860"
    s, v = "申报文件/", "证明材料/"
    files = dict(note=v + "1 平台收入与研发投入说明.pdf", ent=v + "2 服务企业名录.xlsx", app=v + "3 工业APP清单.xlsx",
                 dev=v + "4 接入设备统计.xlsx", shot=v + "5 设备管理后台截图.png", users=v + "6 user_list_export_20240630.csv",
                 ip=v + "7 知识产权清单.xlsx")
    p.proofs = {"_default": "详见证明材料", "实际服务企业数（个）": "证明材料2 服务企业名录", "工业APP数量（个）": "证明材料3",
                "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料4、5", "注册企业用户数（个）": "证明材料6"}
    B.special_note_pdf(p, files["note"], c, p.company, "大华会计师事务所（特殊普通合伙）")
    # 服务企业名录 (汇总 + 名录)
    path = p.add_file(files["ent"], "evidence:other")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    tr(ws, "平台服务企业统计（截至2024年6月30日）", "单位：家", 3)
    hdr(ws, 4, ["所属行业（附录C）", "服务企业数", "占比"], [24, 14, 10])
    r = 5
    for k, n in c["ent_ind"].items():
        pr(ws, r, [k, n, n / len(ents)], fmt={3: "0.0%"})
        r += 1
    pr(ws, r, ["合计", len(ents), 1], fill=SUB_FILL, bold=True, fmt={3: "0.0%"})
    p.fact("实际服务企业数（个）", str(len(ents)), "家", len(ents), files["ent"], 1, str(len(ents)), "合计", "服务企业数")
    ws2 = wb.create_sheet("名录")
    hdr(ws2, 1, ["序号", "企业名称", "统一社会信用代码", "所属行业", "注册地", "企业规模", "服务内容", "合同编号", "首次服务日期"],
        [7, 34, 22, 16, 10, 10, 20, 18, 13])
    for i, e in enumerate(ents, 2):
        vals = [str(i - 1) if i % 17 == 0 else i - 1, e["name"], e["code"], e["industry"], e["region"], e["size"],
                rng.choice(["质量管控SaaS", "供应链协同", "设计协同", "设备运维", "采购寻源"]), f"SNE-IIP-{e['first'].year}-{i:05d}",
                e["first"]]
        for j, val in enumerate(vals, 1):
            cc = ws2.cell(i, j, val)
            if j == 9:
                cc.number_format = "yyyy-mm-dd"
    ws2.freeze_panes = "C2"
    K.save_xlsx(wb, path, p.author)
    # APP 清单: 汇总 says 236, 明细 has 229 rows
    B.app_workbook(p, files["app"], apps_live, list(app_cat), "智慧核电平台工业APP清单", pdc,
                   ["数据来源：平台应用中心，截至2024-06-30。"], summary_total=n_app)
    # fix 汇总 rows so that category rows show the declared split (sum 236) while 明细 has 229 rows
    wbp = p.root / files["app"]
    wb = openpyxl.load_workbook(wbp)
    ws = wb["按分类汇总"]
    for row in ws.iter_rows(min_row=5):
        if row[0].value in app_cat:
            row[1].value = app_cat[row[0].value]
    K.save_xlsx(wb, wbp, p.author)
    E.device_workbook(p, files["dev"], recs, br, "智慧核电平台接入设备统计表",
                      ["数据来源：设备接入管理模块导出（2024-06-28）。", "所属省市按设备所属企业注册地统计。"], list(cat_w), list(dreg_w),
                      set(), extra_sheets=False)
    p.add_file(files["shot"], "evidence:screenshot")
    K.admin_list_screenshot(p.root / files["shot"], "智慧核电产业链协同平台 | 运维管理", ["首页", "设备接入", "设备台账", "质量追溯",
                                                                                     "供应链协同", "系统管理"], "设备台账",
                            "设备接入 / 设备台账", [("所属企业", ""), ("设备分类", "")],
                            ["设备编号", "设备名称", "所属企业", "设备分类", "省市", "接入方式", "状态"], [140, 170, 240, 140, 100, 110, 110],
                            [[r["device_id"], r["name"], r["tenant"][:14], r["category"], r["region"], r["deploy"], r["online"]]
                             for r in recs[-10:][::-1]], "共 8,640 条", 10, "沈嘉伟", seed=26, accent=(0, 150, 136))
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", "8,640", "台/套", 8640, files["shot"], 1, "共 8,640 条", "设备台账",
           image_only=True)
    uf = p.add_file(files["users"], "evidence:other")
    users = [[f"T{100000 + i}", e["name"], e["code"], e["region"], rng.choice(["enterprise", "enterprise", "supplier"]),
              e["first"].isoformat()] for i, e in enumerate(distinct)]
    extra = E.company_names(rng, 2046 - len(users), [e["name"] for e in distinct])
    for j, nme in enumerate(extra):
        users.append([f"T{200000 + j}", nme, E.uscc(rng), rng.choice(list(reg_w)), "enterprise",
                      E.rand_date(rng, dt.date(2020, 1, 1), dt.date(2024, 6, 28)).isoformat()])
    write_csv(uf, ["tenant_id", "tenant_name", "credit_code", "region", "tenant_type", "register_date"], users)
    E.ip_workbook(p, files["ip"], rng, c["patents"], c["softc"], p.company)
    c["cases"] = cases_for(p.declared_name, ["核电主设备制造质量追溯", "供应商协同采购", "设计制造一体化协同"])
    c["bench"] = [["3.1.1 平台应用规模", "服务企业1,468家", "同类平台C：约1,000家"]]
    attach = [(files[k].split("/")[-1], w) for k, w in [("note", "1.2"), ("ent", "3.1.1"), ("app", "2.1.2"), ("dev", "2.1.1"),
                                                      ("shot", "2.1.1"), ("users", "3.1.1"), ("ip", "3.1.3")]]
    F.form_xlsx(p, p.add_file(s + "01 申报表（智慧核电产业链协同平台）.xlsx", "申报表"))
    sealimg = K.seal(p.company, "", seed=26)
    scan = p.add_file(s + "01 申报表-盖章版.pdf", "申报表扫描件")
    F.form_scan(p, scan.with_suffix(".src.pdf"), scan, 2600, sealimg)
    F.book_pdf(p, p.add_file(s + "02 申报书.pdf", "申报书"), book_sections(p, c, attach, with7=False))
    F.summary_xlsx_horizontal(p, p.add_file(s + "03 平台基本情况汇总表.xlsx", "汇总表"))
    F.commitment_docx(p, p.add_file(s + "04 真实性承诺.docx", "承诺"), "郑明光", "2024年7月18日")
    form = s + "01 申报表（智慧核电产业链协同平台）.xlsx"
    p.problem("count_vs_list", ["实际服务企业数（个）"], [form, files["ent"]], "error",
              "申报实际服务企业数1468个，服务企业名录「名录」工作表共1468行，但其中37家企业重复出现（同一统一社会信用代码、不同合同），"
              "去重后仅1431家；按行业/区域分项亦按重复行统计")
    p.problem("count_vs_list", ["工业APP数量（个）"], [form, files["app"]], "warning",
              "工业APP清单「按分类汇总」合计236个（与申报一致），但「APP明细」工作表状态为上架的应用仅229行，汇总与明细不一致")
    p.problem("summary_vs_form", ["开发者注册总数（个）"], [s + "03 平台基本情况汇总表.xlsx", form], "error",
              "附件4汇总表（横向）开发者注册总数填3860，申报表填3680")
    p.problem("section7", ["七、平台相较上年度对比情况"], [s + "02 申报书.pdf"], "error",
              "申报书缺少“七、平台相较上年度对比情况”：该平台在附件6（序号26）中2023年度参评为“是”，第七章为必填")
    assert sum(c["ent_ind"].values()) == 1468 and len({e["code"] for e in ents}) == 1431
    B.write_truth(p)


# ============================================================== 4. 序号33 延锋 (4 problems)
def pkg_yanfeng(B):
    import openpyxl
    from common25 import SUB_FILL, header as hdr, put_row as pr, title_rows as tr
    rng = random.Random(3333)
    p = B.new_pkg(pid="h25_yanfeng_problems", list_no=33, listed_name="延锋工业互联网平台", company="上海延锋金桥饰件系统有限公司",
                  declared_name="延锋工业互联网平台", participated=False,
                  description="序号33延锋（2023未参评，无第七章属正常）：申报表DOCX+盖章扫描，汇总表XLSX；订单月度统计XLSX（合计45,918）与申报48,260不符；"
                              "按分类统计工业APP数量之和不等于工业APP数量；用户管理后台截图“共 3,126 条”低于申报注册企业3,621；存储资源利用率算错。",
                  layout=["naming:延锋_附件N", "evidence_dir:延锋_证明材料", "form:docx", "stamped_scan", "summary:xlsx-vertical",
                          "commitment:scan", "orders:xlsx+csv", "device_list:xlsx", "screenshots:png", "no_section7(not participated)"],
                  short="延锋", author="YF-IT\\zhangw")
    c = base_cfg(p, rng, "延锋工业互联网平台")
    c["listed"] = "否"
    ind_w = OrderedDict([("汽车", 72), ("轻工", 10), ("机械", 9), ("电子", 6), ("服务业", 3)])
    reg_w = OrderedDict([("上海", 38), ("江苏", 16), ("浙江", 10), ("湖北", 8), ("重庆", 7), ("吉林", 6), ("广东", 6), ("辽宁", 4),
                         ("德国Germany", 3), ("美国United States", 2)])
    ents = E.enterprise_records(rng, 1186, ind_w, reg_w, paid_n=254, sme_n=902)
    cat_w = OrderedDict([("轻工设备", 34), ("机器人", 24), ("机床", 12), ("物流设备", 14), ("仪器仪表", 9), ("动力设备", 7)])
    dreg_w = OrderedDict([("上海", 44), ("江苏", 15), ("浙江", 8), ("湖北", 9), ("重庆", 8), ("吉林", 6), ("德国Germany", 6),
                          ("美国United States", 4)])
    recs = E.device_records(rng, 5264, 0, cat_w, dreg_w, 0.41, E.tenants_by_region(ents), "YF", start=dt.date(2020, 4, 1))
    br = E.device_breakdowns(recs, list(cat_w), list(dreg_w), {k: 0.83 for k in cat_w})
    br["overseas"] = OrderedDict((k, br["reg"][k]) for k in ("德国Germany", "美国United States"))
    app_cat = OrderedDict([("生产制造", 41), ("质量管控", 31), ("仓储物流", 22), ("供应链管理", 19), ("运维服务", 16), ("节能减排", 9),
                           ("运营管理", 8), ("研发设计", 6)])
    app_ind = OrderedDict([("汽车", 128), ("轻工", 16), ("机械", 8)])
    n_app = sum(app_cat.values())  # 152
    apps = E.app_records(rng, n_app, 4, app_cat, app_ind, native_n=104, pub_n=88, subs_total=3546)
    live = [a for a in apps if a["status"] == "上架"]
    pdc = OrderedDict((k, max(1, int(sum(1 for a in live if a["cat"] == k and a["pub"]) * 0.55))) for k in app_cat)
    pdi = K.split(sum(pdc.values()), OrderedDict((k, max(1, sum(1 for a in live if a["ind"] == k and a["pub"]))) for k in app_ind))
    revs = {2020: 2874.15, 2021: 3618.42, 2022: 4406.87, 2023: 5392.64}
    months = B.monthly_orders(rng, 45918, 49102, 260_000)
    c.update(dict(
        nature="企业级工业互联网平台", contact="张巍", phone="13671935206", email="zhangwei@yanfeng-iip.example.com",
        address="上海市浦东新区金桥出口加工区新金桥路1008号2号楼报告厅", url="https://iip.yanfeng-jq.example.com", build_period="2020.04-2023.12",
        build_amount=6120.00, revs=revs, build_mode_a4="自建", op_mode="自运营", deploy_a4="边缘侧、私有云、混合云", ops=86, run=41, qual=98,
        rd=1108.36, profit=642.71, paid=254, registered=3621, served=1186, dev=br, protocols=72,
        app=dict(software=176, total=n_app, native=104, cat=app_cat, ind=app_ind, mau=128, killer_online=2140, killer_daily=18620,
                 killer_rev=42.18, pub=88, pub_daily_cat=pdc, pub_daily_ind=OrderedDict((k, pdi[k]) for k in app_ind)),
        cloud_srv=164.00, pub_srv=52, store_cap=1800.00, store_data=1142.56, pub_data=402.30,
        model_cat=OrderedDict([("数据算法模型", 34), ("研发仿真模型", 18), ("行业机理模型", 29), ("业务流程模型", 16)]),
        active_models=61, model_users=356, speed="秒级（每TB注塑工艺数据分析约5秒）", micro=708, active_micro=446, devs=1240,
        active_devs=318, ent_ind=agg(ents, "industry", order=list(ind_w)), ent_reg=agg(ents, "region", order=list(reg_w)), sme=902,
        trade_growth=16.72, subs=3546, killer_subs=sum(sorted((a["subs"] for a in live), reverse=True)[:5]), sub_amount=1862.40,
        util=86.15, localization=82.60, factories=6, parks=5,
        solutions=OrderedDict([("数字化管理", 3), ("平台化设计", 2), ("网络化协同", 3), ("智能化制造", 5), ("个性化定制", 3), ("服务化延伸", 1)]),
        opex_down=13.58, energy_down=10.26, safety_up=9.74, indices=2, patents=26, softc=41, awards=2, jobs=274, social=13.08,
        open_data="开放API接口54个、汽车内饰工艺参数数据集3个", partners=6,
        positioning="面向汽车内饰及零部件行业的企业级工业互联网平台，支撑工厂设备互联、质量管控与供应链协同。"))
    c["orders"] = OrderedDict([("2023年自然年", 48260)])
    std_info(p, uscc="91310115607371428D", founded="1994-11-08", reg_addr="上海市浦东新区（金桥出口加工区）", type="有限责任公司（中外合资）",
             capital="8,500万美元", business="汽车内饰件、座椅部件的研发制造及相关技术服务", legal="王剑",
             title="数字化部平台经理", shareholders="延锋国际汽车技术有限公司 / 100%", assets="862,314.27", main_rev="1,204,386.50",
             profit="52,418.96", tax="38,702.14", sign_date="2024年7月19日", build_period="2020 年 4 月 至 2023 年 12 月",
             deploy="☑边缘侧  ☑私有云  □公有云  ☑混合云  □其他", url_cell="https://iip.yanfeng-jq.example.com 账号：pingshen 密码：Yf_iip#719",
             intro="延锋工业互联网平台由上海延锋金桥饰件系统有限公司自主建设，是面向汽车内饰行业的企业级工业互联网平台，连接注塑、包覆、"
                   "机器人等产线设备，提供设备管理、质量管控、供应链协同等工业APP，服务整车厂、零部件供应商及集团内外工厂。",
             effect="平台解决了汽车内饰多品种小批量生产中设备利用率低、质量追溯难、供应链响应慢等问题，带动工厂OEE提升、质量成本下降。")
    p.secrets = ["Yf_iip#719"]
    fill_rows(p, c)
    answers(p, c)
    # planted: 按分类统计工业APP数量 质量管控 written 21 (list has 31)
    cat_decl = OrderedDict(app_cat)
    cat_decl["质量管控"] = 21
    p.rows["按分类统计工业APP数量（个）"] = F.bd(cat_decl)
    # planted: 存储资源利用率 71.40 (1142.56 / 1800.00 = 63.48)
    p.rows["存储资源利用率（%）"] = ("71.40", 71.4)
    e = "延锋_证明材料/"
    files = dict(note=e + "01_平台经营数据专项说明.pdf", orders=e + "02_平台订单月度统计_2023.xlsx", csv=e + "03_orders_monthly_export.csv",
                 app=e + "04_工业APP清单.xlsx", shot=e + "05_用户管理后台截图.png", dev=e + "06_设备接入统计.xlsx", ip=e + "07_知识产权清单.xlsx")
    p.proofs = {"_default": "—", "平台订单数量(近一年总量)（个）": "证明材料02", "注册企业用户数（个）": "证明材料05",
                "工业APP数量（个）": "证明材料04", "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料06"}
    B.special_note_pdf(p, files["note"], c, p.company, "普华永道中天会计师事务所（特殊普通合伙）", font="WQY")
    # orders workbook: monthly 2023 with 合计 (45,918) + 2024H1 below (trap: not in 2023)
    path = p.add_file(files["orders"], "evidence:other")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "订单月度统计"
    tr(ws, "延锋工业互联网平台订单月度统计表", "单位：个；数据来源：平台订单中心", 4)
    hdr(ws, 4, ["月份", "订单数量", "环比", "订单金额（万元）"], [14, 14, 10, 16])
    r = 5
    prev = None
    for m, o, a in months[:12]:
        pr(ws, r, [dt.date(int(m[:4]), int(m[5:]), 1), o, (o / prev - 1) if prev else None, round(o * 0.0392, 2)],
           fmt={1: "yyyy年m月", 3: "0.00%", 4: "#,##0.00"})
        prev = o
        r += 1
    total23 = sum(o for m, o, a in months[:12])
    pr(ws, r, ["2023年合计", total23, None, round(total23 * 0.0392, 2)], fill=SUB_FILL, bold=True)
    p.fact("平台订单数量(近一年总量)（个）", str(total23), "个", total23, files["orders"], 1, str(total23), "2023年合计", "订单数量")
    r += 2
    ws.cell(r, 1, "2024年1-6月（参考）").font = openpyxl.styles.Font(italic=True)
    r += 1
    for m, o, a in months[12:]:
        pr(ws, r, [dt.date(int(m[:4]), int(m[5:]), 1), str(o), None, None], fmt={1: "yyyy年m月"})
        r += 1
    ws.freeze_panes = "A5"
    wb.create_sheet("说明")["A1"] = "订单口径：基于平台直接订阅的服务订单，不含仅撮合不产生费用的对接。"
    K.save_xlsx(wb, path, p.author)
    cp = p.add_file(files["csv"], "evidence:other")
    write_csv(cp, ["ym", "ddsl", "ddje_wy"], [[m.replace("-", ""), o, round(o * 0.0392, 2)] for m, o, a in months[:12]])
    B.app_workbook(p, files["app"], apps, list(app_cat), "延锋平台工业APP清单", pdc,
                   ["已下架4个应用不计入。", "分类口径：附录B。"])
    p.add_file(files["shot"], "evidence:screenshot")
    unames = E.company_names(rng, 10, [x["name"] for x in ents])
    K.admin_list_screenshot(p.root / files["shot"], "YF-IIP 运营管理后台", ["概览", "企业用户", "个人用户", "角色权限", "订单中心",
                                                                        "应用市场", "日志审计"], "企业用户", "用户管理 / 企业用户",
                            [("企业名称", ""), ("注册时间", "")], ["企业ID", "企业名称", "所在地区", "认证状态", "注册时间"],
                            [140, 360, 160, 140, 200],
                            [[f"E{30000 + i * 17}", n, rng.choice(list(reg_w)[:6]), "已认证", f"2024-06-{28 - i:02d}"]
                             for i, n in enumerate(unames)], "共 3,126 条", 10, "张巍", seed=33, accent=(230, 80, 30))
    p.fact("注册企业用户数（个）", "3,126", "家", 3126, files["shot"], 1, "共 3,126 条", "企业用户", image_only=True)
    E.device_workbook(p, files["dev"], recs, br, "2023年度平台接入设备统计表", ["设备数为截至2024-06-28在用设备。"], list(cat_w),
                      list(dreg_w), set(br["overseas"]), extra_sheets=True)
    E.ip_workbook(p, files["ip"], rng, c["patents"], c["softc"], p.company)
    c["cases"] = cases_for(p.declared_name, ["注塑车间设备互联与OEE提升", "内饰件质量追溯", "供应商JIT协同"])
    c["bench"] = [["2.1.1 工业设备连接/汇聚能力", f"接入设备{br['total']:,}台（套）", "同类平台D：约4,000台（套）"]]
    attach = [(files[k].split("/")[-1], w) for k, w in [("note", "1.2"), ("orders", "3.1.1"), ("csv", "3.1.1"), ("app", "2.1.2"),
                                                      ("shot", "3.1.1"), ("dev", "2.1.1"), ("ip", "3.1.3")]]
    form = "延锋_附件2_申报表.docx"
    F.form_docx(p, p.add_file(form, "申报表"))
    sealimg = K.seal(p.company, "", seed=33)
    scan = p.add_file("延锋_附件2_申报表_盖章.pdf", "申报表扫描件")
    F.form_scan(p, scan.with_suffix(".src.pdf"), scan, 3300, sealimg)
    F.book_docx(p, p.add_file("延锋_附件3_申报书.docx", "申报书"), book_sections(p, c, attach, with7=False))
    F.summary_xlsx_vertical(p, p.add_file("延锋_附件4_汇总表.xlsx", "汇总表"))
    F.commitment_scan(p, p.add_file("延锋_附件5_真实性承诺.pdf", "承诺"), 3301, sealimg, "王剑", "2024年7月19日")
    p.problem("breakdown_sum", ["按分类统计工业APP数量（个）", "工业APP数量（个）"], [form, files["app"]], "error",
              f"按分类统计工业APP数量各项之和为{sum(cat_decl.values())}，与工业APP数量{n_app}不一致（“质量管控”填21，APP清单为31）")
    p.problem("declared_vs_evidence", ["平台订单数量(近一年总量)（个）"], [form, files["orders"], files["csv"]], "error",
              f"申报平台订单数量（2023年自然年）48260个，订单月度统计表“2023年合计”为{total23}个（CSV逐月相加相同），申报数偏高")
    p.problem("screenshot_vs_form", ["注册企业用户数（个）"], [files["shot"], form], "warning",
              "用户管理后台截图企业用户“共 3,126 条”，申报表注册企业用户数3621个")
    p.problem("formula", ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], [form], "error",
              "存储资源利用率填报71.40，按填报指引公式1142.56÷1800.00×100%应为63.48")
    assert total23 == 45918
    B.write_truth(p)


def build_all(B):
    pkg_baoxin(B)
    pkg_zhongwei(B)
    pkg_hegongyuan(B)
    pkg_yanfeng(B)
