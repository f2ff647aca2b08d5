"""h18_sumi_problems — 附件6 序号3 塑化领域的工业大数据共享平台 (上海塑米信息科技有限公司, 2023参评=-). 4 problems."""
from __future__ import annotations

import common
import docs
import imgs
import lib
import synth
import texts
from pagedoc import PageDoc
from pkgbase import Pkg, audit, r2

PFX = "塑米-"


def build() -> Pkg:
    P = Pkg("h18_sumi_problems", 3, "塑化领域的工业大数据共享平台", "上海塑米信息科技有限公司", False)
    P.description = ("序号3塑米塑化平台，4个问题：驾驶舱“累计服务企业 1,862”远低于申报的实际服务企业数2,460；2023年增长率填报错误；"
                     "API网关截图抬头为其他平台“化塑汇·供应链协同平台”；开发者注册总数无任何证明材料。申报表为XLSX（数字单元格）+盖章扫描件，"
                     "申报书为文字PDF，汇总表DOCX，承诺为手机拍照JPG。")
    P.layout = ["naming:prefix", "evidence_dir:flat", "form:xlsx", "stamped_scan", "summary:docx", "commitment:photo-jpg",
                "book:pdf", "screenshots:png", "dashboard:dark-left-caption", "chart:bar-yearly+growth-line", "chart:pie",
                "console:apigw", "console:cloud", "mobile:tall", "ip_list:scan-bw", "unit:万"]
    P.contact = ("罗晓颖", "平台运营总监", "13918452260", "luoxy@sumi-data.example.com")
    P.contact2 = ("周涛", P.company, "数据产品经理", "13916620481", "zhout@sumi-data.example.com")
    P.venue = "上海市闵行区紫秀路100号虹桥总部1号3号楼6层路演厅"
    P.url = "https://data.sumi-plas.example.com"
    P.account = ("sheitc_review", "Sm@2024review")
    P.secrets = ["Sm@2024review"]
    P.date_text = "2024年7月18日"
    P.style = {"proof_default": "平台运营数据统计，口径说明见申报书第二章", "xlsx_numbers": True}
    P.info = dict(code="91310112MA1GB7K32P", founded="2015-11-06", addr="上海市闵行区紫秀路100号（闵行区）",
                  type="有限责任公司（自然人投资或控股）", capital="5,000万元人民币",
                  business="塑化产业互联网平台运营；塑化原料供应链服务；数据处理与信息技术服务",
                  legal="吴宏", equity="吴宏 46.20%；上海塑聚投资合伙企业（有限合伙） 30.00%；其他股东 23.80%",
                  assets="86,412.35", main_rev="412,806.21", main_growth="11.64", debt="61.28", profit="3,126.47",
                  tax="1,862.30")
    P.build_time_text = "2016年4月至2023年12月"
    P.build_mode_text = "☑自建\n□合作共建"
    P.op_mode_text = "☑自运营 □联合运营 □委托运营"
    P.iaas_text = "□自建\n☑租用，服务商名称：阿里云计算有限公司"
    P.deploy_text = "□边缘侧 □私有云 ☑公有云 □混合云"
    x = dict(
        nature="行业型工业互联网平台", build_time="2016.04-2023.12", build_amount=4860.00,
        rev=(5320.00, 6184.27, 7093.58, 8412.36), rd=936.48, profit=702.15,
        build_mode="自建", op_mode="自运营", deploy="公有云", team=(64, 82), qualified=71,
        devices=3260, public=2840, daily=1976,
        dev_cats=[("物流设备", 44), ("仪器仪表", 22), ("化工设备", 20), ("轻工设备", 14)],
        dev_regions=[("广东", 30), ("浙江", 24), ("江苏", 16), ("上海", 12), ("山东", 10), ("福建", 8)],
        overseas={"越南Vietnam": 48, "泰国Thailand": 32},
        protocols=46, software=118, apps=(74, 28),
        app_cats=[("供应链管理", 38), ("仓储物流", 22), ("运营管理", 20), ("质量管控", 12), ("安全生产", 8)],
        app_inds=[("石化化工", 64), ("轻工", 26), ("服务业", 10)],
        app_mau=78, killer_dau=4120, killer_times=52860, killer_income=46.18, cloud_apps=102, cloud_app_daily=54,
        servers=132, servers_public=132, storage=(720.00, 436.80), public_data=436.80,
        models=92, active_models=44, model_users=1380,
        model_cats=[("数据算法模型", 46), ("业务流程模型", 34), ("行业机理模型", 20)],
        speed=("秒级", "秒级（每TB交易及物流数据分析约6秒）"), ms=(560, 302), devs=(5680, 1240),
        reg=48236, served=2460, paid=1318, local=286, sme=2104,
        served_inds=[("石化化工", 44), ("轻工", 40), ("服务业", 16)],
        served_regions=[("广东", 30), ("浙江", 24), ("江苏", 18), ("山东", 12), ("福建", 10), ("河北", 6)],
        orders=(196820, 204315), trade_growth=17.35, subs=3640, killer_subs=2085, sub_amount=1126.80,
        util=68.42, domestic=78.50, smart=1, parks=6, solutions=14,
        sol_modes=[("网络化协同", 30), ("数字化管理", 25), ("服务化延伸", 25), ("平台化设计", 10), ("智能化制造", 10)],
        listed=True, drops=(9.86, 6.72, 8.45), indices=5, patents=14, softs=41, carbon=False, idres=False,
        awards=3, jobs=560, social=13.28,
        open_data="开放API接口62个、塑化价格指数5项（日度更新）、行业周报与月报2类",
        partners=8)
    P.D = synth.make_D(P, x)
    D = P.D
    # planted: 2023 growth rate written wrong (true value computed from the two revenues)
    true23 = D["平台近三年经营指标情况"]["2023年增长率（%）"]
    D["平台近三年经营指标情况"]["2023年增长率（%）"] = 23.40
    t = dict(
        positioning="面向塑化产业链的行业级工业大数据共享平台，以交易、物流与生产数据驱动塑化供应链协同。",
        policy="1.工业和信息化部《“十四五”原材料工业发展规划》：推动石化化工行业数字化转型；\n"
               "2.上海市经济信息化委《上海市制造业数字化转型实施方案》：支持行业平台汇聚数据要素；\n"
               "3.塑化行业：中小加工企业分散、采购议价能力弱，数据驱动的集采与供应链服务需求旺盛。",
        strategy="《塑米科技2021-2025年发展战略》", plan="《塑化领域工业大数据共享平台三年行动计划（2023-2025）》",
        other_res="汇聚塑化原料SKU约3.2万个、石化生产企业及贸易商报价数据，接入第三方物流车辆约1.1万辆、仓库86座，"
                  "日均汇聚交易与物流数据约2,600万条。",
        edge="支持数据采集、网络传输、智能分析等功能；边缘计算应用节点数126个（部署于合作仓库与改性工厂）；最低响应时延20毫秒。",
        other_collect="对接上游石化企业ERP、下游加工厂MES及物流TMS系统，支持API、EDI与文件方式采集，日均采集约2,600万条。",
        compute="阿里云华东2：ECS 132台，合计vCPU 2,112核、内存8.4TB，支持弹性伸缩。",
        dev_community="建立“塑米开放平台”开发者社区，提供API文档、SDK下载、沙箱与工单支持。",
        autonomy="塑化价格指数模型、智能撮合引擎、供应链风控模型均为自主研发，核心代码自主可控。",
        benefit="基于3个案例，平均帮助企业采购成本下降约4.2%，带动年新增营收约860万元。",
        cost="基于3个案例，平均降低物流成本9.86%，库存周转天数缩短约6天。",
        data_value="基于交易、物流和开工率数据构建塑化价格指数、区域景气指数与企业信用画像，沉淀需求预测与定价模型，支撑集采与金融服务。",
        supply="平台连接上游石化生产企业160余家、下游加工企业2,000余家，实现订单、库存、物流与结算协同，平均缩短交付周期1.8天。",
        newtech="有。融合人工智能（价格预测、智能撮合）、大数据与边缘计算技术，试点区块链仓单存证。",
        standards="参与制定团体标准1项《塑化原料电子交易数据规范》。",
        contribution="平台服务本市企业286家，并辐射华东、华南塑化产业集群，支撑本市大宗商品数字化交易能级提升。",
        open_mech="平台以API和数据产品方式向产业链上下游开放价格指数、行情报告和物流跟踪服务，建立数据授权与计费机制。",
        cross="平台与第三方物流平台、支付结算平台和仓储管理平台实现接口互通，累计跨平台调用约120万次。",
        new_mode="有。培育“集采+供应链金融”“数据+仓配一体化”等新模式。",
        sec_docs="《信息安全管理制度》（SM-IT-2020-01，2020年3月）、《数据分类分级管理办法》（SM-IT-2022-04，2022年6月）",
        listed_text="是，2021年完成C轮融资（VC/PE投资）", breakthrough="自研塑化价格指数预测模型，7日价格预测准确率达92%。",
        carbon_text="否", idres_text="否", smart_text="是，1家（上海市级智能工厂），提供原料集采与库存协同服务。",
    )
    P.texts, P.cell_over = texts.default_texts(P, t)
    P.proofs = {
        "平台相关营业收入（万元）": "塑米-证明03", "平台相关研发投入（万元）": "塑米-证明03", "平台利润率（%）": "塑米-证明03",
        "连接的工业设备/产品/产线种类及数量（台/套）": "塑米-证明05", "注册企业用户数（个）": "塑米-证明01、证明08",
        "实际服务企业数（个）": "塑米-证明01", "微服务数量（个）": "塑米-证明04", "平台实际用云量（台）": "塑米-证明06",
        "存储容量（TB）": "塑米-证明06", "开发者注册总数（个）": "塑米-证明09 开发者社区后台截图", "平台现有特色指数（个）": "塑米-证明01",
        "平台核心软硬件技术获得的专利数量（项）": "塑米-证明07", "平台核心软硬件技术获得的软著数量（个）": "塑米-证明07",
    }
    P.intro = ("塑化领域的工业大数据共享平台由上海塑米信息科技有限公司建设运营（平台性质：行业型工业互联网平台），"
               "汇聚塑化原料交易、仓储物流与下游加工生产数据，提供集采撮合、价格指数、供应链金融和仓配协同服务，"
               f"注册企业{D['注册企业用户数（个）']:,}家，主要客户为华东、华南地区中小塑料加工企业。")
    P.effect = "平台帮助中小加工企业降低采购成本与物流成本，提升塑化产业链协同效率，促进大宗原料交易数字化。"

    # ------------------------------------------------------------------ evidence
    f1 = PFX + "证明01 平台数据驾驶舱.png"
    img = imgs.dashboard("塑米 · 塑化产业大数据驾驶舱", ["2024-07-09  11:05:36"],
                         [[dict(caption="注册企业", value="4.82", unit="万家", pos="left", h=150),
                           dict(caption="累计服务企业", value="1,862", unit="家", pos="left", h=150),
                           dict(caption="今日成交订单", value="326", unit="单", pos="left", h=150, color=(90, 230, 160))],
                          [dict(caption="近30日活跃企业", value="612", unit="家", pos="left", h=150, color=(90, 230, 160)),
                           dict(caption="在线设备", value="2,104", unit="台", pos="left", h=150, color=(120, 200, 255)),
                           dict(caption="特色指数", value="5", unit="个", pos="left", h=150, color=(120, 200, 255))]],
                         panels=[("line", (0.02, 0.47, 0.98, 0.94),
                                  dict(title="塑米PP价格指数（近12个月，基期2019=1000）",
                                       xs=["23-08", "23-09", "23-10", "23-11", "23-12", "24-01", "24-02", "24-03", "24-04", "24-05", "24-06", "24-07"],
                                       ys=[1086, 1102, 1095, 1071, 1064, 1058, 1066, 1079, 1091, 1103, 1098, 1089]))],
                         seed=3, bottom_text="塑米科技 版权所有   build 20240705.2")
    lib.save_png(img, P.add(f1, "evidence:screenshot"))
    P.fact(f1, 1, "注册企业用户数（个）", "4.82", "万家", 48200, row_label="注册企业")
    P.fact(f1, 1, "实际服务企业数（个）", "1,862", "家", 1862, row_label="累计服务企业")
    P.fact(f1, 1, "平台现有特色指数（个）", "5", "个", 5, row_label="特色指数")
    f2 = PFX + "证明02 平台营收趋势图.png"
    g = D["平台近三年经营指标情况"]
    revs = [g["2021年平台营收（万元）"], g["2022年平台营收（万元）"], g["2023年平台营收（万元）"]]
    img = imgs.bar_chart(size=(1300, 760), title="平台营业收入及增长率（2021—2023年）", cats=["2021", "2022", "2023"],
                         series=[revs], names=["平台营业收入（万元）"], label_fmt="{:,.2f}", unit_note="万元",
                         line=[g["2021年增长率（%）"], g["2022年增长率（%）"], true23], line_name="同比增长率",
                         colors=[(255, 140, 40)])
    lib.save_png(img, P.add(f2, "evidence:screenshot"))
    P.fact(f2, 1, "平台近三年经营指标情况", "6,184.27", "万元", 6184.27, row_label="平台营业收入（万元）", column_label="2021",
           component="2021年平台营收（万元）")
    P.fact(f2, 1, "平台近三年经营指标情况", "7,093.58", "万元", 7093.58, row_label="平台营业收入（万元）", column_label="2022",
           component="2022年平台营收（万元）")
    P.fact(f2, 1, "平台相关营业收入（万元）", "8,412.36", "万元", 8412.36, row_label="平台营业收入（万元）", column_label="2023")
    f3 = PFX + "证明03 平台经营数据专项说明.pdf"
    path = P.add(f3, "evidence:audit_report")
    rows = [["项目", "2023年", "2022年", "2021年"],
            ["平台相关营业收入", "8,412.36", "7,093.58", "6,184.27"], ["平台相关营业成本", "6,286.52", "5,318.40", "4,702.91"],
            ["平台相关研发投入", "936.48", "804.16", "712.60"], ["平台利润总额", "702.15", "561.37", "448.02"]]
    docs.text_pdf(path, [("h", "塑化领域的工业大数据共享平台经营数据专项说明"),
                         ("p", "根据《上海市工业互联网平台应用水平评价》填报要求，我公司依据经审计的2021—2023年度财务报表，"
                               "按平台业务合同及项目辅助核算拆分平台相关收入、成本及研发投入，拆分方式为：平台订阅服务、"
                               "数据服务及供应链服务费收入直接归集；共用成本按工时比例分摊。塑化原料自营贸易收入不计入平台营收。"),
                         ("p", "单位：万元"), ("t", rows, [2.4, 1.2, 1.2, 1.2]),
                         ("p", "说明：平台利润总额=平台相关营业收入-平台相关营业成本-分摊期间费用-平台相关研发投入中费用化部分。"),
                         ("sp", 30), ("p", "上海塑米信息科技有限公司 财务部"), ("p", "2024年7月12日")],
                  title="平台经营数据专项说明", author=P.company)
    for lab, q, comp, col, row in [("平台相关营业收入（万元）", "8,412.36", "", "2023年", "平台相关营业收入"),
                                   ("平台近三年经营指标情况", "7,093.58", "2022年平台营收（万元）", "2022年", "平台相关营业收入"),
                                   ("平台近三年经营指标情况", "6,184.27", "2021年平台营收（万元）", "2021年", "平台相关营业收入"),
                                   ("平台相关研发投入（万元）", "936.48", "", "2023年", "平台相关研发投入"),
                                   ("平台利润率（%）", "702.15", "平台利润总额（万元）", "2023年", "平台利润总额"),
                                   ("投资回报率（%）", "702.15", "平台年利润（万元）", "2023年", "平台利润总额")]:
        P.fact(f3, 1, lab, q, "万元", float(q.replace(",", "")), row_label=row, column_label=col, component=comp, image_only=False)
    f4 = PFX + "证明04 API网关统计截图.png"
    img = imgs.console(brand="化塑汇·供应链协同平台  |  API开放网关", top_right="admin_hsh   2024-07-10 15:22",
                       nav=["网关总览", "API管理", "调用统计", "流量控制", "日志"], nav_active=2, crumb="网关总览 / 调用统计",
                       title_note="服务调用统计", accent=(250, 110, 30),
                       cards=[("已发布微服务", "560", ""), ("活跃微服务（7日调用≥5次）", "302", ""), ("今日调用次数", "1,208,334", "")],
                       table=(["服务", "近7日调用", "成功率"], [["price-index-api", "412,880", "99.97%"], ["match-engine", "296,104", "99.92%"],
                                                           ["logistics-track", "188,630", "99.95%"]], [2, 1, 1]),
                       footer="Gateway v3.4.0")
    lib.save_png(img, P.add(f4, "evidence:screenshot"))
    P.fact(f4, 1, "微服务数量（个）", "560", "个", 560, row_label="已发布微服务")
    P.fact(f4, 1, "活跃微服务数量（一周调用5次以上）（个）", "302", "个", 302, row_label="活跃微服务（7日调用≥5次）")
    f5 = PFX + "证明05 设备接入分布.png"
    img = imgs.pie_chart(size=(1300, 760), title="平台接入设备分布（按设备类别）", items=list(D["按二级分类统计工业设备数量（台/套）"].items()),
                         center=("设备总数", "3,260"), foot="单位：台/套   统计时间：2024年7月")
    lib.save_png(img, P.add(f5, "evidence:device_list"))
    P.fact(f5, 1, "连接的工业设备/产品/产线种类及数量（台/套）", "3,260", "台/套", 3260, row_label="设备总数")
    f6 = PFX + "证明06 云服务器控制台.png"
    img = imgs.console(brand="云服务器 ECS 管理控制台", top_right="华东2（上海）   sumi-prod",
                       nav=["概览", "实例", "云盘", "快照", "安全组", "费用中心"], nav_active=0, crumb="云服务器ECS / 概览",
                       title_note="资源概览", accent=(255, 106, 0),
                       cards=[("ECS实例（台）", "132", "运行中 132"), ("云盘总容量", "720.00 TB", ""), ("已使用", "436.80 TB", "60.67%")],
                       footer="最近更新：2024-07-10 15:40")
    lib.save_png(img, P.add(f6, "evidence:screenshot"))
    P.fact(f6, 1, "平台实际用云量（台）", "132", "台", 132.0, row_label="ECS实例（台）")
    P.fact(f6, 1, "平台公有云实际使用数量（台）", "132", "台", 132, row_label="ECS实例（台）")
    P.fact(f6, 1, "存储容量（TB）", "720.00", "TB", 720.0, quote="720.00 TB", row_label="云盘总容量")
    P.fact(f6, 1, "存储工业数据量（TB）", "436.80", "TB", 436.8, quote="436.80 TB", row_label="已使用")
    f7 = PFX + "证明07 知识产权清单（扫描件）.pdf"
    doc = PageDoc(margin=110, kind="sans", footer="{n}/{total}")
    doc.heading("上海塑米信息科技有限公司知识产权清单", size=34)
    doc.heading("一、专利（共14项）", size=26, align="left")
    pats = common.gen_patents(["塑化价格预测", "大宗商品撮合", "仓单数据校验", "物流路径优化"], 14, year0=2018)
    doc.table([0.5, 4, 1.2, 2.2], [["序号", "名称", "类型", "专利号"]] + [[str(i + 1), a, b, c] for i, (a, b, c, _) in enumerate(pats)], size=18)
    doc.page_break()
    doc.heading("二、软件著作权（共41项）", size=26, align="left")
    sfs = common.gen_softs("塑米", ["价格指数系统", "集采平台", "仓储管理系统", "物流跟踪系统", "风控系统"], 41, year0=2016)
    doc.table([0.5, 4.2, 2.2, 1.4], [["序号", "软件名称", "登记号", "登记日期"]] + [[str(i + 1), *r] for i, r in enumerate(sfs)], size=16)
    pages = [lib.scan_effect(pg, 70 + i, bw=True) for i, pg in enumerate(doc.finish())]
    lib.images_to_pdf(pages, P.add(f7, "evidence:patent_list"), dpi=150)
    P.fact(f7, 1, "平台核心软硬件技术获得的专利数量（项）", "14", "项", 14, quote="一、专利（共14项）", row_label="一、专利")
    P.fact(f7, 2, "平台核心软硬件技术获得的软著数量（个）", "41", "项", 41, quote="二、软件著作权（共41项）", row_label="二、软件著作权")
    f8 = PFX + "证明08 移动端截图（塑米城APP）.png"
    img = imgs.mobile(app="塑米城", status_time="11:26", header_color=(240, 90, 30),
                      blocks=[("big", "平台注册企业", "48,236", "家"), ("grid", [("今日报价", "8,612"), ("今日成交", "326"), ("在途车辆", "1,904")]),
                              ("title", "行情"), ("list", [("PP拉丝 T30S 华东", "7,680 元/吨"), ("PE膜料 7042 华南", "8,350 元/吨"),
                                                          ("ABS 0215A 华东", "10,900 元/吨")])],
                      tabbar=["首页", "行情", "订单", "我的"])
    lib.save_png(img, P.add(f8, "evidence:screenshot"))
    P.fact(f8, 1, "注册企业用户数（个）", "48,236", "家", 48236, row_label="平台注册企业")

    # ------------------------------------------------------------------ problems
    form = PFX + "附件2 申报表.xlsx"
    P.problem("screenshot_vs_form", ["实际服务企业数（个）"], [f1, form], "warning",
              "平台数据驾驶舱截图显示“累计服务企业 1,862”家，申报表填报实际服务企业数 2,460 个，截图数值明显低于申报值")
    P.problem("growth_rate", ["平台近三年经营指标情况"], [form], "error",
              f"2023年增长率填报 23.40%，由2022年平台营收 7093.58 万元与2023年平台营收 8412.36 万元计算应为 {true23:.2f}%"
              f"（证明02营收趋势图标注的2023年增长率为 {true23:.2f}%）")
    P.problem("platform_name", ["平台名称"], [f4], "warning",
              "证明04 API网关统计截图抬头为“化塑汇·供应链协同平台 | API开放网关”（登录账号admin_hsh），不是申报平台"
              "“塑化领域的工业大数据共享平台”，该截图不能作为本平台微服务数量的证明")
    P.problem("missing_proof", ["开发者注册总数（个）"], [form], "warning",
              "开发者注册总数填报 5680 个，证明资料栏写“塑米-证明09 开发者社区后台截图”，但申报材料中没有证明09（申报书附件清单只到证明08），"
              "其他截图和清单也都没有显示开发者数量，该指标没有任何证明资料")
    assert sorted(audit(P)) == ["growth:2023"], audit(P)

    # ------------------------------------------------------------------ applicant documents
    attach = [(f1, "第1页"), (f2, "第1页"), (f3, "第1页"), (f4, "第1页"), (f5, "第1页"), (f6, "第1页"), (f7, "第1-3页"), (f8, "第1页")]
    compare = [["1.2.1 创新投入情况", f"研发投入{D['平台相关研发投入（万元）']:.2f}万元", "同类塑化电商平台研发投入数量级：千万元"],
               ["3.1.1 平台应用规模", f"注册企业{D['注册企业用户数（个）']:,}家", "同类平台注册企业约3万家"]]
    T = dict(t)
    T.update(company_intro=["上海塑米信息科技有限公司成立于2015年，是专注塑化产业的产业互联网企业，总部位于上海闵行。"],
             build_span="2016年4月至2023年12月",
             platform_basic=["平台面向石化化工、轻工（塑料制品）行业，提供集采撮合、价格指数、仓配协同与供应链金融服务。"],
             architecture=["平台采用公有云部署，分为数据采集层、数据中台、业务中台和应用层。"],
             advanced=["平台价格指数模型7日预测准确率达92%，高于行业同类平台约85%的水平。"],
             operation_extra=["平台服务企业覆盖广东、浙江、江苏、山东、福建等塑化产业集群。"],
             innovation="自研塑化价格指数与智能撮合引擎，以数据共享驱动塑化供应链协同。",
             effects=["平台帮助中小加工企业平均降低采购成本约4.2%、物流成本9.86%。"],
             app_innovation="“集采+供应链金融”模式创新。", next=["拓展再生塑料品类，建设塑化产业碳足迹数据库。"])
    cases = [("塑米平台——改性塑料企业集采降本", "某改性塑料企业位于浙江余姚。", "平台提供集采与价格指数服务。", "年采购成本下降约4.6%。"),
             ("塑米平台——仓配一体化", "某塑料包装企业位于广东东莞。", "平台提供仓配协同。", "库存周转天数缩短6.2天。"),
             ("塑米平台——供应链金融", "某塑料制品企业位于江苏常州。", "平台提供订单数据增信。", "获得授信800万元，融资成本下降1.2个百分点。")]
    sections = texts.book_sections(P, T, attach, False, compare, cases)
    common.standard_docs(P, dict(contact=PFX + "附件1 联系人信息反馈表.docx", form=form, form_scan=PFX + "附件2 申报表（盖章版）.pdf",
                                 book=PFX + "附件3 申报书.pdf", summary=PFX + "附件4 汇总表.docx", commit=PFX + "附件5 真实性承诺.jpg"),
                         seed=3, form="xlsx", summary="docx", commit="photo", book="pdf", sections=sections, sign="吴宏")
    return P
