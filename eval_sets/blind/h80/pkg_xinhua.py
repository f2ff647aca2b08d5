"""h80_xinhua_problems — 附件6 序号5 面向电力能源行业应用的工业互联网平台 (上海新华控制技术集团科技有限公司, 2023 参评=是).

Power and energy. DOCX 申报表 (三级 + 内容 + 证明资料 + 平台实际情况, thousands separators) + stamped scan,
grouped DOCX 汇总表, scanned 承诺; evidence: a platform-only 专项审计 利润表 whose row labels repeat in the
company's 合并利润表 (appendix), a scanned patent list, a 软著 XLSX, a device export XLSX, two PNG
screenshots, a served-enterprise XLSX and a contract ledger XLSX."""

from __future__ import annotations

from pathlib import Path

from eval_sets.blind.h80 import evidence as ev
from eval_sets.blind.h80 import forms, narrative
from eval_sets.blind.h80.model import derive, pct, thousands, with_growth
from eval_sets.blind.h80.narrative import CHAPTERS
from eval_sets.blind.h80.pack import png_screens, scanned_pdf, text_pdf, tile, with_file
from eval_sets.blind.h80.texts import table_texts

WORDS = dict(
    short="新华能源云", company_short="新华控制", ind="电力能源", scene="火电与新能源机组远程诊断",
    kb=2860, suppliers=320, docs=1480, edge=264, latency=5, edge_private=96, records=2400, vcpu=5200, gpu=20,
    gain=7.8, case_jobs=45, lead=9.6, ops_down=21.36, energy_down=6.84, up=210, down=480,
    std="《火力发电厂智能控制系统技术导则》等行业标准3项", peer="某能源工业互联网平台", peer_devices="2万", peer_apps="150",
    peer_users="800", pain="机组非计划停机、燃料与厂用电成本高、新能源波动大",
    innovation="平台自研分散控制系统（DCS）数据直连网关与机组性能机理模型库，实现毫秒级数据采集与在线性能诊断，核心软硬件国产化率93.60%。",
    app_innovation="以“控制系统+平台服务”捆绑交付带动存量电厂上平台，按机组订阅诊断服务。", plan="新能源功率预测、储能协同控制和电厂碳资产管理",
    new_modules="新能源场站功率预测、储能电站协同控制、机组碳排放在线核算三个功能模块",
    cases=[("火电机组性能诊断", "某660MW火电厂。", "在线性能诊断使供电煤耗下降2.1克/千瓦时。"),
           ("风电场预测性维护", "某风电场，风机132台。", "齿轮箱故障提前预警，非计划停机下降28%。"),
           ("综合能源站优化调度", "某工业园区综合能源站。", "优化调度使园区用能成本下降6.8%。")],
)


def spec() -> dict:
    return dict(
        pid="h80_xinhua_problems", list_no=5, listed_name="面向电力能源行业应用的工业互联网平台", company="上海新华控制技术集团科技有限公司",
        declared_name="面向电力能源行业应用的工业互联网平台", nature="行业型工业互联网平台", participated=True,
        short="新华能源云", company_short="新华控制", author="新华控制-数字能源事业部",
        contact=("沈立群", "13901736428", "shenlq@xinhua-energy.example.com", "数字能源事业部副总经理"),
        backup=("顾明哲", "13816620473", "gumz@xinhua-energy.example.com", "平台研发经理"),
        address="上海市嘉定区叶城路1288号新华科技楼5楼报告厅", url="https://energy-iiot.xinhua.example.com",
        account="xh_expert", password="Xh!Power2024",
        build_time="2018.10-2023.12", build_ym=(2018, 10, 2023, 12), invest=8960.00,
        rev={2020: 5218.66, 2021: 5904.12, 2022: 6612.85, 2023: 7528.30},
        rd={2021: 1023.60, 2022: 1146.05, 2023: 1284.72}, profit={2021: 580.26, 2022: 702.44, 2023: 846.18},
        build_mode="自建", op_mode="自运营", deploy="边缘侧、私有云、公有云、混合云",
        build_box="☑ 自建  ☐ 合作共建", op_box="☑ 自运营  ☐ 联合运营  ☐ 委托运营",
        iaas_box="☐ 自建  ☑ 租用，服务商名称（必填）：中国电信股份有限公司上海分公司（天翼云）",
        deploy_box="☑ 边缘侧  ☑ 私有云  ☑ 公有云  ☑ 混合云  ☐ 其他",
        team=(92, 47, 104),
        users=dict(registered=1486, served=1126, paid=418, local=284, sme=612,
                   inds={"电力、热力和燃气": 0.6, "石化化工": 0.12, "有色金属": 0.08, "机械": 0.1, "其他": 0.1},
                   regions={"江苏": 0.16, "浙江": 0.12, "内蒙古": 0.14, "山西": 0.12, "新疆": 0.1, "广东": 0.14, "四川": 0.1, "宁夏": 0.12}),
        devices=dict(total=27350, pub=9860, run=7214, protocols=186,
                     overseas={"印度尼西亚Indonesia": 268, "巴基斯坦Pakistan": 176, "越南Vietnam": 96},
                     cats={"电力设备": 0.46, "动力设备": 0.26, "仪器仪表": 0.18, "电工、电子设备": 0.06, "其他": 0.04},
                     regions={"上海": 0.22, "江苏": 0.14, "浙江": 0.1, "内蒙古": 0.1, "山西": 0.08, "新疆": 0.08, "广东": 0.1,
                              "四川": 0.08, "宁夏": 0.1}),
        apps=dict(software=268, apps=224, native=140, monthly=176, killer_users=2180, killer_hits=15640, killer_income=48.30,
                  pub_apps=96, pub_daily=52,
                  cats={"运维服务": 0.3, "节能减排": 0.2, "安全生产": 0.18, "生产制造": 0.12, "质量管控": 0.08, "运营管理": 0.07, "研发设计": 0.05},
                  inds={"电力、热力和燃气": 0.72, "石化化工": 0.1, "有色金属": 0.08, "机械": 0.1}),
        storage=dict(servers=204, pub_servers=58, cap=1500.00, data=918.75, pubdata=264.30),
        models=dict(total=312, active=206, users=1044, cats={"数据算法模型": 0.28, "研发仿真模型": 0.16, "行业机理模型": 0.4, "业务流程模型": 0.16}),
        speed="毫秒级（每TB机组运行数据检索约900毫秒）", micro=(1460, 968), dev=(2760, 842),
        yesno={"企业是否已上市或已获得VC/PE投资": False}, orders=(4860, 5132),
        eco=dict(trade_growth=13.84, sub_amount=3216.50, util=86.10, localization=93.60, ops_down=21.36, energy_down=6.84,
                 safety_up=27.50, social=19.62, subs=6240, killer_subs=2980, parks=7, solutions=44, indices=5, patents=37,
                 copyrights=52, awards=7, jobs=340, coop=12, factories=5, modes=["智能化制造", "服务化延伸", "数字化管理", "网络化协同", "平台化设计", "个性化定制"],
                 open="开放API接口168个、机组运行数据集8个、电力设备机理模型组件46个"),
        corp=dict(code="91310114MA1GT5R60K", founded="2016-03-22", seat="上海市嘉定区", type="有限责任公司", capital="20,000万元",
                  business="工业自动化控制系统、能源数字化软件与服务", legal="王建新",
                  assets="186,420.35", revenue="98,630.48", growth="11.36", debt="47.82", profit="9,862.17", tax="5,214.60",
                  intro="上海新华控制技术集团科技有限公司专注于发电厂分散控制系统（DCS）和能源数字化，2023年营业收入9.86亿元，"
                        "控制系统应用于国内外数百台发电机组。",
                  pl={"一、营业收入": (98630.48, 88567.20), "减：营业成本": (68320.15, 61804.62), "研发费用": (9216.54, 8430.27),
                      "三、利润总额": (9862.17, 8126.90)}),
        words=WORDS, thousands=True,
        proofs={"平台相关营业收入（万元）": "附件3-1 第3页", "平台核心软硬件技术获得的专利数量（项）": "附件3-2",
                "平台核心软硬件技术获得的软著数量（个）": "附件3-3", "开发者注册总数（个）": "附件3-5 截图2"},
        omit=[CHAPTERS[4]],
        ch7=[["连接的工业设备（台/套）", "23,180", "27,350", "+4,170"], ["工业APP数量（个）", "186", "224", "+38"],
             ["实际服务企业数（个）", "948", "1,126", "+178"], ["工业机理模型数量（个）", "265", "312", "+47"]],
    )


def texts() -> dict:
    t = table_texts(WORDS)
    t.update({
        "t:定位": "面向电力能源行业的机组智能运维、性能优化与新能源协同工业互联网平台。",
        "介绍": ("面向电力能源行业应用的工业互联网平台（新华能源云）由上海新华控制技术集团科技有限公司建设，是行业型工业互联网平台。"
                 "平台依托公司DCS控制系统的装机基础，提供机组数据直连、性能诊断、预测性维护、燃料与厂用电优化、新能源功率预测等服务，"
                 "主要客户为火电厂、风电和光伏场站、综合能源站及高耗能工业企业。"),
        "成效": ("平台解决了机组非计划停机多、燃料成本高、新能源波动大等痛点。用户机组运维成本平均下降21.36%，"
                 "安全生产持续时间平均提升27.50%，带动电力装备制造企业与电厂开展协同服务。"),
        "yn:平台是否建立安全管理体系": "是，《新华能源云网络与数据安全管理办法》（XH-SEC-001，2020年7月）、《工控安全防护规定》（XH-SEC-005，2022年3月）",
        "yn:有否定期开展第三方安全测试/测评": "是，每年一次等保三级测评及电力监控系统安全防护评估",
        "yn:有否定期进行安全扫描": "是，每月一次",
        "yn:企业是否已上市或已获得VC/PE投资": "否",
        "yn:平台是否有自研形成的核心技术突破": "是，自研DCS数据直连网关，采集周期达50毫秒。",
        "yn:平台是否具备碳管理服务能力": "是，机组碳排放在线监测与核算，服务电厂23家。",
        "yn:平台是否融合使用国家标识解析系统": "是，接入能源行业标识解析二级节点。",
        "yn:平台是否服务上海智能工厂，数量": "是，5家",
    })
    return t


F = dict(contact="附件1-联系人信息反馈表.docx", form="附件2-申报表（新华控制）.docx", scan="附件2-申报表（新华控制）-盖章.pdf",
         book="附件3-申报书（新华控制）.docx", audit="附件3-1 2023年度平台业务专项审计报告.pdf", pat="附件3-2 专利证书清单（扫描件）.pdf",
         sw="附件3-3 软件著作权登记清单.xlsx", dev="附件3-4 设备接入统计（平台导出）.xlsx", shot1="附件3-5 截图1-运行监测大屏.png",
         shot2="附件3-5 截图2-应用市场与开发者.png", ent="附件3-6 服务企业名单.xlsx", ledger="附件3-7 平台付费服务合同台账.xlsx",
         summary="附件4-平台基本情况汇总表.docx", promise="附件5-真实性承诺（盖章）.pdf")


def build(root: Path, seed: int):
    s = spec()
    s["texts"] = texts()
    rev_decl = 8528.30
    s["declare"] = {
        "平台核心软硬件技术获得的专利数量（项）": ("41", 41),
        "平台相关营业收入（万元）": (f"{rev_decl:.2f}", rev_decl),
        "平台近三年经营指标情况": with_growth(s["rev"], decl_2023=rev_decl),
        "平台相关研发投入强度（%）": (f"{pct(s['rd'][2023], rev_decl):.2f}", pct(s["rd"][2023], rev_decl)),
        "平台利润率（%）": (f"{pct(s['profit'][2023], rev_decl):.2f}", pct(s["profit"][2023], rev_decl)),
        "活跃开发者数（个）": ("2960", 2960),
    }
    s["summary_diff"] = {"工业APP数量（个）": "242"}
    s["claims_2"] = ["（四）平台运营情况。平台已接入发电机组、风机、光伏逆变器和储能变流器等设备超过2.7万台（套），"
                     "服务企业1,100余家，海外设备540台（套）分布于印度尼西亚、巴基斯坦和越南。"]
    s["claims_3"] = ["公司2023年营业收入9.86亿元，其中控制系统销售收入占比约八成，平台服务收入单独核算。"]
    pkg = derive(s)
    R, D = pkg.r, pkg.d
    s["problems"] = [
        dict(family="count_vs_list", fields=["平台核心软硬件技术获得的专利数量（项）"], files=[F["form"], F["pat"]], severity="error",
             description=f"申报表填报平台核心软硬件技术获得的专利数量 41 项，专利证书清单（扫描件）“授权专利清单（共{R('平台核心软硬件技术获得的专利数量（项）')}项）”仅列出 "
                         f"{R('平台核心软硬件技术获得的专利数量（项）')} 项（软著清单52项与申报一致）"),
        dict(family="declared_vs_evidence", fields=["平台相关营业收入（万元）"], files=[F["form"], F["audit"]], severity="error",
             description=f"申报表填报平台相关营业收入 {rev_decl:.2f} 万元（近三年经营指标2023年同），平台业务专项审计报告利润表本期营业收入为 "
                         f"{thousands(round(R('平台相关营业收入（万元）') * 10000, 2))} 元（{R('平台相关营业收入（万元）'):.2f} 万元），相差1,000万元"),
        dict(family="summary_vs_form", fields=["工业APP数量（个）"], files=[F["summary"], F["form"]], severity="error",
             description=f"附件4汇总表“工业APP数量（个）”填写 242，申报表填报 {D('工业APP数量（个）')}（应用市场截图亦为 {R('工业APP数量（个）')}）"),
        dict(family="missing_section", fields=["五、平台应用案例"], files=[F["book"]], severity="error",
             description="申报书没有“五、平台应用案例”（模板要求介绍3个以内平台应用案例）；其余六个章节齐全"),
        dict(family="subset", fields=["活跃开发者数（个）", "开发者注册总数（个）"], files=[F["form"]], severity="error",
             description=f"活跃开发者数 2960 个大于开发者注册总数 {D('开发者注册总数（个）')} 个（前者是后者的“其中”项）"),
    ]
    d = root / pkg.pid
    files, facts = {}, []
    st = dict(report_no="沪永审专字〔2024〕第0415号", auditor="上海永诚会计师事务所有限公司", cpa="张慧敏  吴一帆", unit="元",
              cols=["本期金额", "上期金额"], company_cols=("本期金额", "上期金额"),
              title="平台业务利润表（专项审计）", intro="编制单位：上海新华控制技术集团科技有限公司（新华能源云平台业务）  2023年度",
              rows=["一、营业收入", "减：营业成本", "研发费用", "三、利润总额"],
              note="注：附录列示公司合并利润表，仅供参考，平台业务数据以本表为准。", company_after=True)
    facts += text_pdf(d, F["audit"], lambda doc: ev.sec_audit(doc, pkg, st), "平台业务专项审计报告")
    files[F["audit"]] = "evidence:audit_report"
    facts += scanned_pdf(d, F["pat"], lambda doc: ev.sec_ip(doc, pkg, ("授权专利清单（共{n}项）", ""), seed + 1, kinds=("patent",)),
                         "专利证书清单", seed + 1, seals={0: (pkg.spec["company"], 0.75, 0.12)}, header="上海新华控制技术集团科技有限公司")
    files[F["pat"]] = "evidence:patent_list"
    facts += with_file(ev.ip_xlsx(pkg, d / F["sw"], seed + 1, order=("sw",)), F["sw"])
    files[F["sw"]] = "evidence:patent_list"
    facts += with_file(ev.devices_xlsx(pkg, d / F["dev"], ("连接设备（台/套）", "公有云连接（台/套）", "公有云日均在线（台/套）"),
                                       "新华能源云设备中心 → 统计报表 → 导出（2024-06-30）"), F["dev"])
    files[F["dev"]] = "evidence:device_list"
    shot1 = dict(title="新华能源云 · 运行监测大屏", theme="dark", footer="更新于 2024-06-30 23:59", tiles=[
        tile("接入设备总数", "连接的工业设备/产品/产线种类及数量（台/套）", thousands(R("连接的工业设备/产品/产线种类及数量（台/套）")), "台/套", R("连接的工业设备/产品/产线种类及数量（台/套）")),
        tile("公有云接入", "公有云工业设备连接数量（台/套）", thousands(R("公有云工业设备连接数量（台/套）")), "台/套", R("公有云工业设备连接数量（台/套）")),
        tile("日均在线设备", "公有云工业设备平均日运行数量（台/套）", thousands(R("公有云工业设备平均日运行数量（台/套）")), "台/套", R("公有云工业设备平均日运行数量（台/套）")),
        tile("在线机组", None, "412", "", None)])
    shot2 = dict(title="新华能源云 · 应用市场", theme="light", footer="更新于 2024-06-30", tiles=[
        tile("工业APP", "工业APP数量（个）", str(R("工业APP数量（个）")), "个", R("工业APP数量（个）")),
        tile("累计订阅", "工业APP订阅总数量（个）", thousands(R("工业APP订阅总数量（个）")), "次", R("工业APP订阅总数量（个）")),
        tile("注册开发者", "开发者注册总数（个）", thousands(R("开发者注册总数（个）")), "人", R("开发者注册总数（个）")),
        tile("月活应用", "工业APP平均月活跃数量（个）", str(R("工业APP平均月活跃数量（个）")), "个", R("工业APP平均月活跃数量（个）")),
        tile("微服务", "微服务数量（个）", thousands(R("微服务数量（个）")), "个", R("微服务数量（个）"))])
    facts += png_screens(d, F["shot1"], shot1, seed + 2)
    facts += png_screens(d, F["shot2"], shot2, seed + 3)
    files[F["shot1"]] = files[F["shot2"]] = "evidence:screenshot"
    facts += with_file(ev.enterprises_xlsx(pkg, d / F["ent"], seed + 4, ["电力", "能源", "热电", "新能源", "发电"], "共计{n}家"), F["ent"])
    files[F["ent"]] = "evidence:other"
    facts += with_file(ev.ledger_xlsx(pkg, d / F["ledger"], seed + 5, ["电力", "能源", "热电"]), F["ledger"])
    files[F["ledger"]] = "evidence:other"
    forms.contact_docx(pkg, d / F["contact"])
    forms.form_docx(pkg, d / F["form"], columns="l3")
    forms.form_scan(pkg, d / F["scan"], seed + 6)
    forms.summary_docx(pkg, d / F["summary"], grouped=True)
    forms.commitment_pdf(pkg, d / F["promise"], seed + 7)
    narrative.shenbaoshu_docx(pkg, d / F["book"], [(n.rsplit(".", 1)[0], "第1页起") for n in files])
    files.update({F["contact"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书",
                  F["summary"]: "汇总表", F["promise"]: "承诺"})
    layout = ["naming:dash", "evidence_dir:flat", "columns:l3+content+proof+actual", "thousands_in_cells", "headings:word",
              "audit_unit:元", "audit_columns:本期金额/上期金额", "platform_part:专项审计利润表(元)+公司合并利润表同名行",
              "ip:scan(patent)+xlsx(软著)", "device_list:xlsx-multisheet", "screenshots:png", "enterprise_list:xlsx", "ledger:xlsx",
              "summary:docx-grouped", "commitment:scan", "stamped_scan", "2023_participant:ch7"]
    desc = ("序号5新华控制电力能源平台，5个问题：专利数与扫描清单不符、平台营收与专项审计利润表不符（多1,000万元）、"
            "汇总表工业APP数与申报表不符、申报书缺第五章应用案例、活跃开发者数大于注册总数。")
    return pkg, dict(sorted(files.items())), facts, layout, desc
