"""h80_huayi_problems — 附件6 序号1 化工行业工业互联网平台 (上海华谊集团股份有限公司, 2023 参评=是).

Chemicals and pharmaceutical intermediates. DOCX 申报表 + stamped scan, horizontal XLSX 汇总表, DOCX 承诺;
evidence in 证明材料/: a scanned audit report (image-only, 元, 2023年度/2022年度), a multi-sheet device
export, noisy rotated screenshots pasted into a PDF, IP and served-enterprise XLSX, an award list PDF."""

from __future__ import annotations

from pathlib import Path

from eval_sets.blind.h80 import evidence as ev
from eval_sets.blind.h80 import forms, narrative
from eval_sets.blind.h80.model import bd, derive, pct, thousands, with_growth
from eval_sets.blind.h80.narrative import CHAPTERS
from eval_sets.blind.h80.pack import pasted_screens, scanned_pdf, text_pdf, tile, with_file
from eval_sets.blind.h80.texts import table_texts

WORDS = dict(
    short="华谊化工云", company_short="华谊集团", ind="石化化工及医药中间体", scene="装置安全与能效优化",
    kb=5120, suppliers=860, docs=2310, edge=312, latency=10, edge_private=120, records=1860, vcpu=6400, gpu=32,
    gain=9.4, case_jobs=62, lead=12.6, ops_down=18.62, energy_down=12.34, up=540, down=1320,
    std="《化工园区工业互联网平台建设指南》等国家及行业标准4项", peer="某化工行业工业互联网平台", peer_devices="3万", peer_apps="200",
    peer_users="1,500", pain="装置安全风险高、能耗大、工艺依赖经验、危化品供应链协同难",
    innovation="平台自研化工装置机理—数据混合建模引擎和危化品全链条追溯系统，关键装置能耗优化模型在线运行，核心软硬件国产化率91.20%。",
    app_innovation="以园区为单元推广“安全+能效”订阅服务，覆盖化工园区12个。", plan="化工大模型、园区级碳管理和危化品供应链协同",
    new_modules="",
    cases=[("化工装置能效优化", "某氯碱企业，年产烧碱60万吨。", "上线能效优化模型，吨碱电耗下降3.6%。"),
           ("化工园区安全一张图", "某国家级化工园区，入园企业120家。", "重大危险源在线监测全覆盖，报警处置时间缩短50%。"),
           ("医药中间体批次追溯", "某医药中间体企业。", "批记录电子化，批次追溯由2天缩短到15分钟。")],
)


def spec() -> dict:
    return dict(
        pid="h80_huayi_problems", list_no=1, listed_name="化工行业工业互联网平台", company="上海华谊集团股份有限公司",
        declared_name="化工行业工业互联网平台", nature="行业型工业互联网平台", participated=True,
        short="华谊化工云", company_short="华谊集团", author="华谊集团信息中心",
        contact=("钱晓峰", "13918562094", "qianxf@huayi-iiot.example.com", "信息中心副主任"),
        backup=("杜雅琴", "13917048215", "duyq@huayi-iiot.example.com", "平台产品经理"),
        address="上海市静安区常德路809号12楼第二会议室", url="https://chem-iiot.huayi.example.com",
        account="hy_pingshen", password="Hy_Chem#0718",
        build_time="2019.03-2023.12", build_ym=(2019, 3, 2023, 12), invest=12600.00,
        rev={2020: 6820.44, 2021: 7936.18, 2022: 9102.57, 2023: 10486.93},
        rd={2021: 1402.76, 2022: 1688.20, 2023: 1926.48}, profit={2021: 902.15, 2022: 1126.35, 2023: 1318.62},
        build_mode="自建", op_mode="自运营", deploy="边缘侧、私有云、混合云",
        build_box="√ 自建    合作共建", op_box="√ 自运营    联合运营    委托运营",
        iaas_box="√ 自建    租用", deploy_box="√ 边缘侧  √ 私有云    公有云  √ 混合云    其他",
        team=(112, 64, 131),
        users=dict(registered=2846, served=1968, paid=724, local=812, sme=1426,
                   inds={"石化化工": 0.62, "医药": 0.18, "建材": 0.08, "轻工": 0.07, "其他": 0.05},
                   regions={"江苏": 0.25, "浙江": 0.17, "山东": 0.15, "安徽": 0.1, "广西": 0.1, "重庆": 0.08, "湖北": 0.08, "河北": 0.07}),
        devices=dict(total=42618, pub=15240, run=11386, protocols=126,
                     overseas={"泰国Thailand": 312, "马来西亚Malaysia": 184},
                     cats={"化工设备": 0.44, "动力设备": 0.18, "仪器仪表": 0.2, "电力设备": 0.08, "物流设备": 0.05, "其他": 0.05},
                     regions={"上海": 0.38, "江苏": 0.16, "浙江": 0.1, "安徽": 0.08, "山东": 0.1, "广西": 0.06, "重庆": 0.05, "湖北": 0.07}),
        apps=dict(software=318, apps=264, native=172, monthly=208, killer_users=3260, killer_hits=24870, killer_income=58.60,
                  pub_apps=138, pub_daily=76,
                  cats={"安全生产": 0.2, "生产制造": 0.2, "节能减排": 0.16, "质量管控": 0.14, "运维服务": 0.12, "供应链管理": 0.08,
                        "仓储物流": 0.05, "运营管理": 0.05},
                  inds={"石化化工": 0.7, "医药": 0.16, "建材": 0.06, "轻工": 0.08}),
        storage=dict(servers=268, pub_servers=96, cap=2000.00, data=1146.00, pubdata=384.50),
        models=dict(total=386, active=248, users=1620, cats={"数据算法模型": 0.26, "研发仿真模型": 0.14, "行业机理模型": 0.42, "业务流程模型": 0.18}),
        speed="毫秒级（每TB装置时序数据检索约650毫秒）", micro=(1684, 1102), dev=(3642, 1318),
        yesno={}, orders=(9632, 10248),
        eco=dict(trade_growth=15.38, sub_amount=4128.60, util=83.40, localization=91.20, ops_down=18.62, energy_down=12.34,
                 safety_up=24.80, social=20.46, subs=9840, killer_subs=4156, parks=12, solutions=56, indices=7, patents=58,
                 copyrights=44, awards=8, jobs=620, coop=14, factories=9, modes=["智能化制造", "数字化管理", "网络化协同", "服务化延伸", "平台化设计", "个性化定制"],
                 open="开放API接口236个、化工安全与能效数据集12个、工艺机理模型组件64个"),
        corp=dict(code="913100001322083745", founded="1992-06-12", seat="上海市静安区", type="股份有限公司（上市）", capital="212,225.02万元",
                  business="化工原料、能源化工、精细化工、化工服务", legal="刘训峰",
                  assets="8,645,210.37", revenue="4,271,863.55", growth="-2.41", debt="55.36", profit="122,460.18", tax="116,082.40",
                  intro="上海华谊集团股份有限公司是以能源化工、绿色化工、先进材料、精细化工和化工服务为主业的大型化工企业集团，"
                        "2023年营业收入约427亿元。",
                  pl={"一、营业收入": (4271863.55, 4377418.02), "减：营业成本": (3782290.40, 3868120.55), "研发费用": (90218.36, 84460.12),
                      "三、利润总额": (122460.18, 186537.29)}),
        words=WORDS,
        proofs={"平台相关营业收入（万元）": "证明材料01 第4页", "平台相关研发投入（万元）": "证明材料01 第4页",
                "按省市区域统计工业设备数量（台/套）": "证明材料02（区域分布）", "开发者注册总数（个）": "证明材料03 第2页"},
        omit=[CHAPTERS[6]],
    )


def texts() -> dict:
    t = table_texts(WORDS)
    t.update({
        "t:定位": "面向石化化工及医药中间体行业的安全、能效与供应链协同工业互联网平台。",
        "介绍": ("化工行业工业互联网平台由上海华谊集团股份有限公司建设，是面向石化化工行业的行业型工业互联网平台。平台提供装置设备接入、"
                 "安全风险监测、能效优化、工艺机理建模、危化品供应链协同和园区一张图等功能，服务化工生产企业、医药中间体企业和化工园区。"),
        "成效": ("平台解决了化工装置安全风险高、能耗大、工艺依赖经验等痛点，带动化工行业数字化转型。用户企业设备运维成本平均下降18.62%，"
                 "能耗平均下降12.34%，安全生产持续时间平均提升24.80%。"),
        "yn:平台是否建立安全管理体系": "是，《华谊化工云安全管理制度》（HY-XX-2020-03，2020年4月）等6项",
        "yn:有否定期开展第三方安全测试/测评": "是，每半年一次",
        "yn:有否定期进行安全扫描": "是，每周一次漏洞扫描",
        "yn:企业是否已上市或已获得VC/PE投资": "是，上海证券交易所上市（600623）",
        "yn:平台是否有自研形成的核心技术突破": "是，自研机理—数据混合建模引擎，模型预测偏差小于1.5%。",
        "yn:平台是否具备碳管理服务能力": "是，碳排放监测、碳核算、碳资产管理，服务化工企业36家。",
        "yn:平台是否融合使用国家标识解析系统": "是，建设化工行业标识解析二级节点。",
        "yn:平台是否服务上海智能工厂，数量": "是，9家",
    })
    return t


F = dict(contact="申报材料/附件1_联系人信息反馈表.docx", form="申报材料/附件2_申报表_华谊化工平台.docx", scan="申报材料/附件2_申报表_盖章版.pdf",
         book="申报材料/附件3_申报书.docx", summary="申报材料/附件4_平台基本情况汇总表.xlsx", promise="申报材料/附件5_真实性承诺.docx",
         audit="证明材料/01_审计报告（扫描件）.pdf", dev="证明材料/02_设备接入台账导出.xlsx", shots="证明材料/03_平台运行截图.pdf",
         ip="证明材料/04_知识产权清单.xlsx", ent="证明材料/05_服务企业清单.xlsx", awards="证明材料/06_获奖证书汇编.pdf")

AWARDS = [("工业互联网平台创新领航应用案例", "2021年12月", "工业和信息化部"), ("上海市工业互联网标杆平台", "2021年10月", "上海市经济和信息化委员会"),
          ("上海市科技进步奖一等奖", "2022年5月", "上海市人民政府"), ("石油和化工行业数字化转型示范", "2022年9月", "中国石油和化学工业联合会"),
          ("制造业与互联网融合发展试点示范", "2022年12月", "工业和信息化部"), ("上海市数字化转型标杆项目", "2023年6月", "上海市经济和信息化委员会"),
          ("化工园区智慧化示范", "2023年8月", "中国石油和化学工业联合会"), ("上海市五一劳动奖状", "2023年4月", "上海市总工会")]


def build(root: Path, seed: int):
    s = spec()
    s["texts"] = texts()
    base = derive(s)
    R = base.r
    rd_wrong = s["rd"][2022]
    regs = dict(R("按省市区域统计工业设备数量（台/套）"))
    regs["江苏"] -= 1000
    g_true = pct(s["rev"][2023] - s["rev"][2022], s["rev"][2022])
    s["declare"] = {
        "平台相关研发投入（万元）": (f"{rd_wrong:.2f}", rd_wrong),
        "平台相关研发投入强度（%）": (f"{pct(rd_wrong, s['rev'][2023]):.2f}", pct(rd_wrong, s["rev"][2023])),
        "按省市区域统计工业设备数量（台/套）": (bd(regs), regs),
        "开发者注册总数（个）": ("4260", 4260),
        "平台近三年经营指标情况": with_growth(s["rev"], g_override={2023: 13.25}),
    }
    s["claims_2"] = ["（四）平台运营情况。平台已连接反应釜、压缩机、机泵、分析仪表等工业设备超过4万台（套），服务企业近2,000家，"
                     "2023年平台相关营业收入10,486.93万元，约合1.05亿元。"]
    s["claims_3"] = ["华谊集团2023年营业收入约427亿元，平台作为集团数字化转型的重要抓手，持续向集团外化工企业开放服务。"]
    pkg = derive(s)
    D = pkg.d
    s["problems"] = [
        dict(family="section7", fields=["七、平台相较上年度对比情况"], files=[F["book"]], severity="error",
             description="申报书没有“七、平台相较上年度对比情况”：该平台在附件6（序号1）中2023年度参评为“是”，第七章为必填章节"),
        dict(family="declared_vs_evidence", fields=["平台相关研发投入（万元）"], files=[F["form"], F["audit"]], severity="error",
             description=f"申报表填报平台相关研发投入 {rd_wrong:.2f} 万元，审计报告平台业务专项说明2023年度平台研发投入为 "
                         f"{thousands(round(R('平台相关研发投入（万元）') * 10000, 2))} 元（{R('平台相关研发投入（万元）'):.2f} 万元）；"
                         f"填报值等于该表2022年度列（{thousands(round(rd_wrong * 10000, 2))} 元），引用了错误年度的数据"),
        dict(family="breakdown_sum", fields=["按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"],
             files=[F["form"], F["dev"]], severity="error",
             description=f"按省市区域统计工业设备数量各项之和为 {sum(regs.values())} 台/套，与连接的工业设备总数 {D('连接的工业设备/产品/产线种类及数量（台/套）')} "
                         f"台/套不一致（“江苏”填 {regs['江苏']}，设备接入台账区域分布为 {R('按省市区域统计工业设备数量（台/套）')['江苏']}）；按二级分类统计之和与总数一致"),
        dict(family="screenshot_vs_form", fields=["开发者注册总数（个）"], files=[F["shots"], F["form"]], severity="warning",
             description=f"平台运行截图（开发者中心）显示“注册开发者 {thousands(R('开发者注册总数（个）'))}”，申报表填报开发者注册总数 4260 个"),
        dict(family="growth_rate", fields=["平台近三年经营指标情况"], files=[F["form"]], severity="error",
             description=f"2023年增长率填报 13.25%，由2022年营收 {s['rev'][2022]:.2f} 万元与2023年营收 {s['rev'][2023]:.2f} 万元计算应为 {g_true:.2f}%"),
    ]
    d = root / pkg.pid
    files, facts = {}, []
    st = dict(report_no="众华审字〔2024〕第05126号", auditor="上海众信会计师事务所（特殊普通合伙）", cpa="沈建国  陆佳", unit="元",
              cols=["2023年度", "2022年度"], company_cols=("本年数", "上年数"),
              title="关于化工行业工业互联网平台业务的专项审计说明",
              intro="我们对公司平台业务相关收支进行了专项审计。平台业务单独核算，以下数据不含化工产品销售收入：",
              rows=["平台营业收入", "平台营业成本", "平台研发投入", "平台利润总额"])
    facts += scanned_pdf(d, F["audit"], lambda doc: ev.sec_audit(doc, pkg, st), "审计报告（扫描件）", seed + 1,
                         seals={0: ("上海众信会计师事务所", 0.5, 0.55), 3: ("上海众信会计师事务所", 0.7, 0.82)})
    files[F["audit"]] = "evidence:audit_report"
    facts += with_file(ev.devices_xlsx(pkg, d / F["dev"], ("接入设备数", "公有云接入数", "公有云日均运行数"),
                                       "数据来源：平台设备管理模块导出（2024-07-01 09:20）"), F["dev"])
    files[F["dev"]] = "evidence:device_list"
    Rr = pkg.r
    screens = [
        (dict(title="华谊化工云 · 平台总览", theme="dark", footer="2024-06-30", tiles=[
            tile("接入设备", "连接的工业设备/产品/产线种类及数量（台/套）", thousands(Rr("连接的工业设备/产品/产线种类及数量（台/套）")), "台/套", Rr("连接的工业设备/产品/产线种类及数量（台/套）")),
            tile("注册企业", "注册企业用户数（个）", thousands(Rr("注册企业用户数（个）")), "家", Rr("注册企业用户数（个）")),
            tile("工业APP", "工业APP数量（个）", str(Rr("工业APP数量（个）")), "个", Rr("工业APP数量（个）")),
            tile("机理模型", "工业机理模型数量（个）", str(Rr("工业机理模型数量（个）")), "个", Rr("工业机理模型数量（个）"))]), "截图1：平台总览大屏"),
        (dict(title="华谊化工云 · 开发者中心", theme="light", footer="2024-06-30", tiles=[
            tile("微服务", "微服务数量（个）", thousands(Rr("微服务数量（个）")), "个", Rr("微服务数量（个）")),
            tile("注册开发者", "开发者注册总数（个）", thousands(Rr("开发者注册总数（个）")), "人", Rr("开发者注册总数（个）")),
            tile("解决方案", "平台提供的解决方案总数（个）", str(Rr("平台提供的解决方案总数（个）")), "个", Rr("平台提供的解决方案总数（个）"))]), "截图2：开发者中心"),
    ]
    facts += text_pdf(d, F["shots"], lambda doc: pasted_screens(doc, screens, seed + 2, noisy=True, where=(d, F["shots"])), "平台运行截图")
    files[F["shots"]] = "evidence:screenshot"
    facts += with_file(ev.ip_xlsx(pkg, d / F["ip"], seed + 3), F["ip"])
    files[F["ip"]] = "evidence:patent_list"
    facts += with_file(ev.enterprises_xlsx(pkg, d / F["ent"], seed + 4, ["化工", "化学", "新材料", "医药", "精细化工"], "服务企业合计：{n}家"), F["ent"])
    files[F["ent"]] = "evidence:other"
    facts += text_pdf(d, F["awards"], lambda doc: ev.sec_awards(doc, pkg, AWARDS), "获奖证书汇编")
    files[F["awards"]] = "evidence:award_list"
    forms.contact_docx(pkg, d / F["contact"])
    forms.form_docx(pkg, d / F["form"], columns="levels", bold_headings=True)
    forms.form_scan(pkg, d / F["scan"], seed + 6)
    forms.summary_xlsx(pkg, d / F["summary"], horizontal=True)
    forms.commitment_docx(pkg, d / F["promise"])
    narrative.shenbaoshu_docx(pkg, d / F["book"], [(n.split("/")[-1].rsplit(".", 1)[0], "见电子版") for n in files])
    files.update({F["contact"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书",
                  F["summary"]: "汇总表", F["promise"]: "承诺"})
    layout = ["naming:underscore", "evidence_dir:证明材料+申报材料", "columns:levels+content+actual+proof", "headings:bold",
              "audit:scan", "audit_unit:元", "audit_columns:2023年度/2022年度", "company_cols:本年数/上年数",
              "device_list:xlsx-multisheet", "screenshots:pdf-noisy-rotated", "ip:xlsx", "enterprise_list:xlsx", "awards:pdf",
              "summary:xlsx-horizontal", "commitment:docx", "stamped_scan", "2023_participant:no_ch7"]
    desc = ("序号1华谊化工行业平台（石化化工/医药中间体），5个问题：缺第七章（2023年参评）、研发投入引用审计专项说明2022年度数、"
            "设备区域分项之和不等于总数、截图注册开发者与申报不符、2023年营收增长率算错。审计报告为扫描件（纯图像）。")
    return pkg, dict(sorted(files.items())), facts, layout, desc
