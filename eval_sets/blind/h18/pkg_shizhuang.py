"""h18_shizhuang_problems — 附件6 序号30 时尚消费品领域工业互联网平台 (上海识装信息科技有限公司, 2023参评=-). 4 problems."""
from __future__ import annotations

import common
import imgs
import lib
import synth
import texts
from pagedoc import PageDoc
from pkgbase import Pkg, audit

E = "附件3 证明材料/"


def build() -> Pkg:
    P = Pkg("h18_shizhuang_problems", 30, "时尚消费品领域工业互联网平台", "上海识装信息科技有限公司", False)
    P.description = ("序号30识装时尚消费品平台，4个问题：平台相关营业收入与审计报告扫描件不符（15,286.40 vs 13,286.40万元）；"
                     "按二级分类统计工业设备数量之和≠总数（轻工设备6,218，饼图为6,812）；云控制台ECS实例48台低于申报的"
                     "平台公有云实际使用数量86台；奖项数量5个而荣誉清单扫描件仅3项。浅色看板（标题在数字左侧）、月度订阅折线图、千分位数字。")
    P.layout = ["evidence_dir:附件3 证明材料", "form:docx", "thousands", "summary:xlsx", "commitment:photo-jpg", "book:docx",
                "no_form_scan", "screenshots:png", "dashboard:light-left-caption", "chart:pie", "chart:line-monthly",
                "console:cloud", "mobile:tall", "audit:scan", "award_list:scan+photos", "unit:万"]
    P.contact = ("沈怡然", "供应链数字化中心总监", "13916082745", "shenyr@shizhuang-iip.example.com")
    P.contact2 = ("韩旭", P.company, "平台产品经理", "13761920483", "hanx@shizhuang-iip.example.com")
    P.venue = "上海市杨浦区国定东路200号3号楼10层大会议室"
    P.url = "https://iip.shizhuang.example.com"
    P.account = ("sheitc2024", "Sz-Review#718")
    P.secrets = ["Sz-Review#718"]
    P.date_text = "2024年7月18日"
    P.style = {"proof_default": "后台统计数据，统计口径见申报书第二章", "thousands": True}
    P.info = dict(code="91310110MA1G8TQ16D", founded="2015-07-21", addr="上海市杨浦区国定东路200号（杨浦区）",
                  type="有限责任公司（港澳台投资、非独资）", capital="12,500万元人民币",
                  business="时尚消费品鉴别与质检服务、电子商务平台运营、供应链数字化服务",
                  legal="杨冰", equity="识装（香港）控股有限公司 62.40%；其他股东 37.60%", assets="1,286,405.62",
                  main_rev="2,146,380.55", main_growth="9.12", debt="57.84", profit="86,215.40", tax="42,318.26")
    P.build_time_text = "2020年1月至2023年12月"
    P.build_mode_text = "□自建\n☑合作共建，合作企业名称：上海衣联智造科技有限公司"
    P.op_mode_text = "□自运营 ☑联合运营 □委托运营"
    P.iaas_text = "□自建\n☑租用，服务商名称：腾讯云计算（北京）有限责任公司"
    P.deploy_text = "□边缘侧 □私有云 ☑公有云 ☑混合云"
    x = dict(
        nature="行业型工业互联网平台", build_time="2020.01-2023.12", build_amount=9800.00,
        rev=(8620.00, 10215.34, 12730.58, 15286.40), rd=2418.72, profit=1536.85,
        build_mode="合作共建，上海衣联智造科技有限公司", op_mode="联合运营", deploy="公有云、混合云", team=(96, 118), qualified=132,
        devices=12406, public=10280, daily=7614,
        dev_cats=[("轻工设备", 6812), ("仪器仪表", 2486), ("物流设备", 1842), ("机器人", 1266)],
        dev_regions=[("广东", 34), ("福建", 22), ("浙江", 18), ("江苏", 12), ("上海", 8), ("山东", 6)],
        overseas={"越南Vietnam": 236, "柬埔寨Cambodia": 118},
        protocols=64, software=156, apps=(92, 46),
        app_cats=[("质量管控", 32), ("供应链管理", 26), ("生产制造", 18), ("仓储物流", 14), ("研发设计", 10)],
        app_inds=[("纺织", 52), ("轻工", 38), ("服务业", 10)],
        app_mau=112, killer_dau=3260, killer_times=46820, killer_income=72.36, cloud_apps=138, cloud_app_daily=76,
        servers=126, servers_public=86, storage=(1600.00, 1046.40), public_data=824.60,
        models=128, active_models=72, model_users=962,
        model_cats=[("数据算法模型", 44), ("行业机理模型", 28), ("业务流程模型", 18), ("研发仿真模型", 10)],
        speed=("秒级", "秒级（每TB质检图像特征检索约3.8秒）"), ms=(860, 486), devs=(3120, 846),
        reg=12580, served=3862, paid=1506, local=410, sme=3218,
        served_inds=[("纺织", 46), ("轻工", 38), ("服务业", 16)],
        served_regions=[("广东", 32), ("福建", 24), ("浙江", 18), ("江苏", 12), ("山东", 8), ("越南Vietnam", 6)],
        orders=(86420, 91236), trade_growth=21.46, subs=6420, killer_subs=2860, sub_amount=2486.50,
        util=72.18, domestic=81.20, smart=2, parks=7, solutions=18,
        sol_modes=[("个性化定制", 28), ("网络化协同", 22), ("数字化管理", 22), ("服务化延伸", 17), ("智能化制造", 11)],
        listed=True, drops=(12.64, 8.92, 10.35), indices=3, patents=36, softs=48, carbon=True, idres=True,
        awards=5, jobs=680, social=15.74,
        open_data="开放API接口88个、商品质检标准数据集3个、时尚趋势报告模板12类",
        partners=10)
    P.D = synth.make_D(P, x)
    D = P.D
    true_cats = dict(D["按二级分类统计工业设备数量（台/套）"])
    D["按二级分类统计工业设备数量（台/套）"]["轻工设备"] = 6218  # planted: digits transposed (evidence 6,812)
    t = dict(
        positioning="面向时尚消费品产业的行业工业互联网平台，以质检鉴别与消费数据驱动柔性供应链协同。",
        policy="1.工业和信息化部等《关于推动轻工业高质量发展的指导意见》：推动数字化柔性生产；\n"
               "2.上海市《上海市制造业数字化转型实施方案》：支持消费品行业平台；\n"
               "3.时尚消费品行业：小单快反、品质追溯需求突出。",
        strategy="《识装科技2023-2027年发展战略》", plan="《时尚消费品工业互联网平台专项规划（2023-2025）》",
        other_res="汇聚品牌商1,800余家、代工厂与面辅料供应商3,600余家，沉淀商品质检图像约2.6亿张、商品标识8,460万个。",
        edge="支持数据采集、网络传输、智能分析（图像质检）等功能；边缘计算应用节点数412个；最低响应时延30毫秒。",
        other_collect="对接品牌商ERP/WMS、代工厂MES及物流系统，支持API与文件方式采集，日均采集约3,200万条。",
        compute="腾讯云CVM 86台（vCPU 2,752核、GPU 24卡）+自建机房服务器40台。",
        dev_community="建立开放平台开发者社区，提供API文档、SDK与沙箱。",
        autonomy="商品图像质检模型、标识赋码与追溯系统、柔性排产算法均为自主研发，自主可控。",
        benefit="基于3个案例，平均带动品牌商新品上市周期缩短约25%，退货率下降约3个百分点。",
        cost="基于3个案例，平均降低质检运维成本12.64%，单位产品能耗平均下降8.92%。",
        data_value="基于质检图像与消费数据构建时尚趋势指数和品质画像，沉淀缺陷识别模型，指导工厂工艺改进。",
        supply="平台连接品牌商与代工厂，实现订单、面辅料、质检与物流协同，平均缩短交付周期约4天。",
        newtech="有。融合人工智能图像识别、AI大模型（商品描述生成）、标识解析与区块链存证技术。",
        standards="参与制定团体标准2项（商品鉴别与质检数据规范）。",
        contribution="平台服务本市企业410家，带动长三角及粤闽时尚消费品产业集群数字化转型。",
        open_mech="平台以API方式向品牌商、代工厂开放质检、追溯与趋势数据服务，建立数据授权机制。",
        cross="平台与面辅料交易平台、物流平台实现数据互通，累计跨平台调用约210万次。",
        new_mode="有。培育“质检即服务”“小单快反柔性供应链”等新模式。",
        sec_docs="《信息安全管理总则》（SZ-ISMS-001，2021年2月）、《个人信息与数据安全管理规范》（SZ-ISMS-014，2022年8月）",
        listed_text="是，已获得多轮VC/PE投资", breakthrough="自研商品图像质检模型，细粒度缺陷识别准确率达98.6%。",
        carbon_text="是，提供产品碳足迹核算服务。", idres_text="是，接入国家标识解析体系，为商品赋予唯一标识码。",
        smart_text="是，共2家（上海市级智能工厂），提供质检与柔性供应链服务。",
        awards_text="5（详见荣誉清单）",
    )
    P.texts, P.cell_over = texts.default_texts(P, t)
    P.proofs = {
        "平台相关营业收入（万元）": "附件3-3", "平台利润率（%）": "附件3-3", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-1、3-2",
        "按二级分类统计工业设备数量（台/套）": "附件3-2", "平台公有云实际使用数量（台）": "附件3-4", "存储容量（TB）": "附件3-4",
        "注册企业用户数（个）": "附件3-1、3-6", "实际服务企业数（个）": "附件3-1", "工业APP订阅总数量（个）": "附件3-8",
        "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-5", "平台核心软硬件技术获得的专利数量（项）": "附件3-7",
        "平台核心软硬件技术获得的软著数量（个）": "附件3-7",
    }
    P.intro = ("时尚消费品领域工业互联网平台由上海识装信息科技有限公司联合上海衣联智造科技有限公司建设（平台性质：行业型工业互联网平台），"
               "提供商品质检鉴别、标识追溯、柔性供应链协同和时尚趋势数据服务，"
               f"连接质检与生产设备{D['连接的工业设备/产品/产线种类及数量（台/套）']:,}台（套），服务品牌商与工厂{D['实际服务企业数（个）']:,}家。")
    P.effect = "平台解决时尚消费品行业品质管控难、小单快反难的问题，推动品牌商与工厂供需精准对接。"

    # ------------------------------------------------------------------ evidence
    f1 = E + "附件3-1 平台运营看板.png"
    img = imgs.dashboard("时尚消费品工业互联网平台 运营看板", ["更新时间 2024-07-12 18:00"],
                         [[dict(caption="连接设备（台/套）", value="12,406", pos="left", h=140),
                           dict(caption="入驻企业", value="1.26", unit="万", pos="left", h=140),
                           dict(caption="累计服务品牌/工厂", value="3,862", pos="left", h=140)],
                          [dict(caption="商品标识注册量", value="8,460", unit="万", pos="left", h=140),
                           dict(caption="API调用次数（今日）", value="2,316,804", pos="left", h=140, num_size=50),
                           dict(caption="今日质检件数", value="48,216", pos="left", h=140)]],
                         panels=[("bar", (0.02, 0.44, 0.98, 0.95),
                                  dict(title="2024年上半年月度服务订单（单）", cats=["1月", "2月", "3月", "4月", "5月", "6月"],
                                       series=[[6840, 5126, 7412, 7688, 8026, 8390]], names=["订单"], colors=[(90, 110, 240)]))],
                         dark=False, seed=30, bottom_text="v2.14.3  ·  数据口径说明见帮助中心")
    lib.save_png(img, P.add(f1, "evidence:screenshot"))
    P.fact(f1, 1, "连接的工业设备/产品/产线种类及数量（台/套）", "12,406", "台/套", 12406, row_label="连接设备（台/套）")
    P.fact(f1, 1, "注册企业用户数（个）", "1.26", "万", 12600, row_label="入驻企业")
    P.fact(f1, 1, "实际服务企业数（个）", "3,862", "家", 3862, row_label="累计服务品牌/工厂")
    f2 = E + "附件3-2 设备接入分类饼图.png"
    img = imgs.pie_chart(size=(1400, 800), title="连接设备按附录A二级分类（台/套）", items=list(true_cats.items()),
                         center=("合计", "12,406"), donut=True)
    lib.save_png(img, P.add(f2, "evidence:device_list"))
    P.fact(f2, 1, "连接的工业设备/产品/产线种类及数量（台/套）", "12,406", "台/套", 12406, row_label="合计")
    f3 = E + "附件3-3 2023年度审计报告（节选扫描件）.pdf"
    rows = [["平台业务收入", "132,864,027.15", "127,305,812.46", "102,153,418.90"],
            ["平台业务成本", "98,306,115.62", "95,118,402.37", "77,052,690.14"],
            ["平台研发投入", "24,187,206.33", "21,602,518.09", "18,246,330.52"],
            ["平台利润总额", "15,368,511.08", "12,806,274.66", "9,412,066.31"]]
    pages = common.audit_scan_pages(P, "上海华审信会计师事务所有限公司", "华审信沪审字〔2024〕第0726号",
                                    "时尚消费品平台业务收支明细表", rows, ["2023年度", "2022年度", "2021年度"], seed=303)
    lib.images_to_pdf(pages, P.add(f3, "evidence:audit_report"))
    for lab, val, comp, col, row in [("平台相关营业收入（万元）", "132,864,027.15", "", "2023年度", "平台业务收入"),
                                     ("平台近三年经营指标情况", "127,305,812.46", "2022年平台营收（万元）", "2022年度", "平台业务收入"),
                                     ("平台近三年经营指标情况", "102,153,418.90", "2021年平台营收（万元）", "2021年度", "平台业务收入"),
                                     ("平台相关研发投入（万元）", "24,187,206.33", "", "2023年度", "平台研发投入"),
                                     ("平台利润率（%）", "15,368,511.08", "平台利润总额（万元）", "2023年度", "平台利润总额"),
                                     ("投资回报率（%）", "15,368,511.08", "平台年利润（万元）", "2023年度", "平台利润总额")]:
        P.fact(f3, 3, lab, val, "元", round(float(val.replace(",", "")) / 10000, 2), row_label=row, column_label=col, component=comp)
    f4 = E + "附件3-4 云服务器控制台截图.png"
    img = imgs.console(brand="云服务器 CVM 控制台", top_right="华东地区（上海）  shizhuang-iip",
                       nav=["概览", "实例", "云硬盘", "对象存储", "私有网络"], nav_active=1, crumb="云服务器 / 实例",
                       title_note="实例列表", accent=(0, 110, 255),
                       cards=[("实例总数", "48", "运行中 48"), ("云硬盘容量", "1,600.00 TB", ""), ("已用", "1,046.40 TB", "65.40%")],
                       table=(["实例ID", "规格", "可用区", "状态"], [[f"ins-{k:08x}", "S6.4XLARGE64", "上海五区", "运行中"]
                                                                   for k in (0x3a1f0c22, 0x3a1f0c5e, 0x3a1f0d07, 0x3a1f0d41)],
                              [1.6, 1.4, 1, 1]),
                       footer="共 48 条   10条/页   1/5")
    lib.save_png(img, P.add(f4, "evidence:screenshot"))
    P.fact(f4, 1, "平台公有云实际使用数量（台）", "48", "台", 48, row_label="实例总数")
    P.fact(f4, 1, "存储容量（TB）", "1,600.00", "TB", 1600.0, quote="1,600.00 TB", row_label="云硬盘容量")
    P.fact(f4, 1, "存储工业数据量（TB）", "1,046.40", "TB", 1046.4, quote="1,046.40 TB", row_label="已用")
    f5 = E + "附件3-5 省部级及以上荣誉清单及证书（扫描件）.pdf"
    awards = [("上海市工业互联网创新应用示范平台", "2022年9月", "上海市经济和信息化委员会"),
              ("工业互联网平台创新领航应用案例", "2023年1月", "工业和信息化部"),
              ("上海市“专精特新”企业", "2023年6月", "上海市经济和信息化委员会")]
    doc = PageDoc(margin=120, kind="sans", footer="{n}")
    doc.heading("平台获得省部级及以上奖项/荣誉清单（共3项）", size=32)
    doc.table([0.5, 3.2, 1.2, 2.4], [["序号", "奖项/荣誉名称", "时间", "颁发单位"]] + [[str(i + 1), *a] for i, a in enumerate(awards)], size=22)
    doc.para("以上荣誉证书复印件附后。", size=24)
    doc.space(80)
    doc.para("上海识装信息科技有限公司", size=26, indent=False, align="right")
    pg = doc.finish()[0].convert("RGBA")
    lib.stamp(pg, P.company, (760, doc.y - 200), 290, seed=305)
    pages = [lib.scan_effect(pg, 306)]
    for i, (nm, dt, iss) in enumerate(awards):
        cert = imgs.certificate([P.declared_name, nm], iss, dt, iss, seed=310 + i)
        pages.append(lib.photo_frame(cert, 320 + i))
    lib.images_to_pdf(pages, P.add(f5, "evidence:award_list"))
    P.fact(f5, 1, "平台获得省部级及以上奖项/荣誉数量（个）", "3", "项", 3, quote="平台获得省部级及以上奖项/荣誉清单（共3项）",
           row_label="荣誉清单")
    f6 = E + "附件3-6 移动端截图（商家工作台APP）.png"
    img = imgs.mobile(app="商家工作台", status_time="18:07", header_color=(20, 20, 20),
                      blocks=[("big", "入驻企业", "12,580", "家"), ("grid", [("今日质检", "48,216"), ("今日订单", "2,604"), ("待处理", "17")]),
                              ("list", [("质检报告", "查看"), ("标识追溯", "扫码"), ("版本号", "6.18.0")])],
                      tabbar=["工作台", "订单", "数据", "我的"])
    lib.save_png(img, P.add(f6, "evidence:screenshot"))
    P.fact(f6, 1, "注册企业用户数（个）", "12,580", "家", 12580, row_label="入驻企业")
    f7 = E + "附件3-7 知识产权清单.pdf"
    path = common.ip_list_pdf(P, f7, common.gen_patents(["商品图像质检", "服饰缺陷识别", "商品标识赋码", "柔性排产"], 36, year0=2019),
                              common.gen_softs("识装", ["质检管理系统", "商品追溯系统", "供应链协同平台", "趋势分析系统"], 48, year0=2018),
                              titles=("专利清单（共{n}项）", "软件著作权清单（共{n}项）", ""))
    P.files[f7] = "evidence:patent_list"
    for lab, q, n in [("平台核心软硬件技术获得的专利数量（项）", "专利清单（共36项）", 36),
                      ("平台核心软硬件技术获得的软著数量（个）", "软件著作权清单（共48项）", 48)]:
        P.fact(f7, common.page_of(path, q), lab, str(n), "项", n, quote=q, row_label=q.split("（")[0], image_only=False)
    f8 = E + "附件3-8 工业APP订阅月度趋势.png"
    months = [412, 438, 506, 521, 548, 566, 574, 590, 612, 628, 566, 459]
    img = imgs.line_chart(size=(1400, 700), title="2023年工业APP月度新增订阅（个）", xs=[f"{m}月" for m in range(1, 13)], ys=months,
                          note_box="平台累计订阅总数 6,420", foot="注：累计订阅为平台运营以来总数，含私有部署用户数")
    lib.save_png(img, P.add(f8, "evidence:screenshot"))
    P.fact(f8, 1, "工业APP订阅总数量（个）", "6,420", "个", 6420, quote="平台累计订阅总数 6,420", row_label="平台累计订阅总数")

    # ------------------------------------------------------------------ problems
    form = "附件2 申报表（识装）.docx"
    P.problem("declared_vs_evidence", ["平台相关营业收入（万元）"], [form, f3], "error",
              "申报表填报平台相关营业收入 15,286.40 万元，审计报告节选扫描件第3页平台业务收支明细表2023年度平台业务收入为"
              " 132,864,027.15 元（13,286.40 万元）；申报表“平台近三年经营指标情况”2023年平台营收同样填为 15,286.40 万元")
    P.problem("breakdown_sum", ["按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"], [form, f2], "error",
              "按二级分类统计工业设备数量各项之和为 11,812 台/套，与连接的工业设备总数 12,406 台/套不一致（“轻工设备”填 6,218，"
              "设备分类饼图为 6,812）")
    P.problem("screenshot_vs_form", ["平台公有云实际使用数量（台）"], [f4, form], "warning",
              "云服务器控制台截图显示“实例总数 48”，申报表填报平台公有云实际使用数量 86 台，截图数值明显低于申报值")
    P.problem("count_vs_list", ["平台获得省部级及以上奖项/荣誉数量（个）"], [form, f5], "error",
              "申报表填报平台获得省部级及以上奖项/荣誉数量 5 个，荣誉清单扫描件“共3项”且仅附3张证书")
    bad = audit(P)
    assert bad == ["breakdown_sum:按二级分类统计工业设备数量（台/套）"], bad
    assert sum(D["按二级分类统计工业设备数量（台/套）"].values()) == 11812

    # ------------------------------------------------------------------ applicant documents
    attach = [(f1, "第1页"), (f2, "第1页"), (f3, "第1-3页"), (f4, "第1页"), (f5, "第1-4页"), (f6, "第1页"), (f7, "第1-4页"), (f8, "第1页")]
    compare = [["2.1.2 工业软件/APP", f"工业APP {D['工业APP数量（个）']}个", "同行业平台（平台名称：某服装产业互联网平台）约100个"],
               ["3.1.1 平台应用规模", f"服务企业{D['实际服务企业数（个）']:,}家", "同类平台约2,000家"]]
    T = dict(t)
    T.update(company_intro=["上海识装信息科技有限公司成立于2015年，总部位于上海杨浦，是时尚消费品领域的数字化服务企业，"
                            "在商品质检鉴别、消费数据分析领域具有领先能力。"],
             build_span="2020年1月至2023年12月",
             platform_basic=["平台面向纺织服装、鞋帽箱包、潮流玩具等时尚消费品行业，提供质检鉴别、标识追溯与柔性供应链服务。"],
             architecture=["平台采用混合云架构：公有云承载质检图像与SaaS应用，自建机房承载核心交易与追溯数据。"],
             advanced=["平台商品图像质检模型细粒度缺陷识别准确率达98.6%，高于同类平台约95%的水平。"],
             operation_extra=["平台服务企业主要分布于广东、福建、浙江等产业集群，并延伸至越南、柬埔寨代工基地。"],
             innovation="自研图像质检与标识追溯技术，实现时尚消费品“一物一码”全链路品质管控。",
             effects=["平台帮助品牌商新品上市周期缩短约25%，质检运维成本平均下降12.64%。"],
             app_innovation="“质检即服务”商业模式创新。", next=["建设时尚消费品行业AI大模型，拓展碳足迹服务。"])
    cases = [("时尚消费品平台——运动鞋品牌小单快反", "某运动鞋品牌。", "平台提供柔性排产。", "上新周期缩短28%。"),
             ("时尚消费品平台——服装代工厂质检", "某服装代工厂位于福建晋江。", "平台提供图像质检。", "漏检率下降62%。"),
             ("时尚消费品平台——箱包追溯", "某箱包企业位于广东广州。", "平台提供标识追溯。", "退货率下降3.1个百分点。")]
    sections = texts.book_sections(P, T, attach, False, compare, cases)
    common.standard_docs(P, dict(contact="附件1 联系人信息反馈表（识装）.docx", form=form, book="附件3 申报书（识装）.docx",
                                 summary="附件4 平台基本情况汇总表（识装）.xlsx", commit="附件5 真实性承诺书（签字盖章）.jpg"),
                         seed=30, form_scan=False, commit="photo", sections=sections, sign="杨冰")
    return P
