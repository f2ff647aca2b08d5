"""h70_yanfeng_problems — 序号33 延锋工业互联网平台 (2023参评: -)."""

from __future__ import annotations

from pathlib import Path

from . import common as C
from . import docs
from .base import audit_consistency, base_kwargs, check_limits, derive, fact, problem, write_truth
from .evidence import dashboard_facts, dashboard_tiles, finance_facts, finance_rows, ip_pdf
from .model import Spec, thousands
from .texts import make_texts

PID = "h70_yanfeng_problems"

DEV_CAT = [("轻工设备", 4862), ("机器人", 3415), ("机床", 1936), ("电工、电子设备", 1508), ("物流设备", 2046), ("仪器仪表", 1157),
           ("动力设备", 700)]
DEV_WORDS = {"轻工设备": "注塑机、吸塑机、包覆机", "机器人": "焊接、喷涂、装配机器人", "机床": "数控铣床、CNC加工中心",
             "电工、电子设备": "超声波焊接机、检测线控制柜", "物流设备": "AGV、立体库堆垛机、输送线", "仪器仪表": "三坐标测量仪、视觉检测仪",
             "动力设备": "空压机、冷却水泵"}
OVERSEAS_TRUE = 1162
OVERSEAS_FORM = [("墨西哥Mexico", 428), ("德国Germany", 316), ("捷克Czech Republic", 212), ("泰国Thailand", 170)]
DOMESTIC = [("上海", 6218), ("江苏", 2436), ("浙江", 1304), ("湖北", 1152), ("辽宁", 986), ("重庆", 874), ("广东", 812),
            ("吉林", 680)]
ENT_IND = [("汽车", 398), ("轻工", 64), ("石化化工", 52), ("电子", 58), ("机械", 46), ("纺织", 24)]
ENT_REG = [("上海", 268), ("江苏", 142), ("浙江", 86), ("安徽", 38), ("湖北", 30), ("辽宁", 22), ("重庆", 18), ("广东", 14),
           ("吉林", 8), ("墨西哥Mexico", 7), ("德国Germany", 5), ("捷克Czech Republic", 3), ("泰国Thailand", 1)]
APP_CAT = [("生产制造", 52), ("质量管控", 46), ("供应链管理", 38), ("仓储物流", 22), ("运维服务", 18), ("研发设计", 14), ("安全生产", 8),
           ("节能减排", 6)]
APP_IND = [("汽车零部件", 156), ("轻工", 22), ("石化化工", 14), ("电子", 12)]

FORM = "申报文件/延锋工业互联网平台_申报表.docx"
SCAN = "申报文件/延锋工业互联网平台_申报表_盖章.pdf"
PROPOSAL = "申报文件/延锋工业互联网平台_申报书.pdf"
SUMMARY = "申报文件/附件4_平台基本情况汇总表.xlsx"
E_AUDIT = "附件3 证明材料/3-1 平台专项审计报告.pdf"
E_DEV = "附件3 证明材料/3-2 设备接入统计表.pdf"
E_ENT = "附件3 证明材料/3-3 服务企业统计.xlsx"
E_IP = "附件3 证明材料/3-4 知识产权证书清单.pdf"
E_SHOT = "附件3 证明材料/3-5 平台运行截图.pdf"


def spec() -> Spec:
    true_total = sum(v for _, v in DEV_CAT)
    declared_total = true_total + OVERSEAS_TRUE  # the region row counted into the category 合计
    assert sum(v for _, v in DOMESTIC) == true_total - OVERSEAS_TRUE
    dev_reg = DOMESTIC + OVERSEAS_FORM
    pub_total, run_total, dau = 6240, 3980, 88
    texts = make_texts(
        short="延锋", field="汽车内饰件行业", focus="注塑与装配产线互联及供应链协同", edge_nodes=264, latency="8毫秒",
        plan="延锋工业互联网平台专项规划（2023-2025）", special="",
        factories=["延锋金桥内饰智能工厂（浦东新区）：产线设备互联与质量追溯", "某座椅骨架智能工厂（嘉定区）：设备预测性维护",
                   "某仪表板智能工厂（松江区）：能耗管理", "某门板智能工厂（安亭）：供应链协同"],
        awards=["2021年上海市智能工厂（上海市经济和信息化委员会，2021年12月）", "2022年工业互联网试点示范项目（工业和信息化部，2022年11月）",
                "2023年上海市工业互联网标杆平台（上海市经济和信息化委员会，2023年7月）", "2023年上海市质量金奖（上海市人民政府，2023年9月）",
                "2023年中国汽车工业科学技术进步奖三等奖（中国汽车工业协会，2023年10月）"],
        standards="参与制定行业标准2项：《汽车内饰件 数字化车间 通用技术要求》（QC/T，参与）；《注塑设备数据采集规范》（T/CAAM，牵头）。",
        open_data="以API接口和数据服务形式向供应商开放：开放API接口148个、质量追溯数据服务9项、产能共享看板6个",
        partners_desc="主机厂供应链平台、上海市工业互联网公共服务平台等6个平台",
        indices=["内饰件产能利用指数", "供应链准时交付指数"],
        security_docs="《延锋工业互联网平台信息安全管理制度》（YF-IT-SEC-01，2021年1月）、《工控网络安全管理规定》（YF-IT-SEC-05，2022年3月）")
    texts["介绍"] = ("延锋工业互联网平台是面向汽车内饰件行业的行业型工业互联网平台，覆盖注塑、喷涂、装配等产线设备互联、质量追溯、"
                   "设备预测性维护与供应链协同。平台连接国内外工厂的注塑机、机器人、加工中心等工业设备，上架工业APP共204个，服务主机厂及上下游供应商。")
    texts["成效"] = ("平台解决了多基地产线设备异构、质量问题追溯慢、供应链协同效率低等痛点，设备运维成本平均下降14.26%，产品一次合格率提升，"
                   "带动上下游供应商数字化转型。")
    s = Spec(
        package_id=PID,
        description=("序号33 延锋平台：设备统计表把“海外工厂设备”一行（区域）计入了分类合计，申报表总数因此大于二级分类之和与区域之和；"
                     "海外设备连接数量与按国家分类之和不符；APP按行业统计用“汽车零部件”（附录C为“汽车”）；申报书中的机器人、上海、长三角等局部数不是问题。"),
        list_no=33, listed_name="延锋工业互联网平台", company="上海延锋金桥饰件系统有限公司", p2023=False,
        short="延锋", domain="iiot.yanfeng-jq.example.com", secret="Yf!Eval0716",
        layout=["folders:申报文件+附件3 证明材料", "form:docx+scan", "proposal:pdf", "summary:xlsx-horizontal", "commitment:scan",
                "devices:region-row-inside-category-table", "overseas:country-list-only-in-form", "enterprises:xlsx-two-sheets",
                "screenshots:image-pdf(dashboard+bar)", "prose:part-shares"],
        credit_code="91310115607364218K", founded="1994年9月6日", address="上海市浦东新区", district="上海市浦东新区",
        capital="18,600万元人民币", business="汽车内饰件研发、制造与销售，工业互联网平台运营",
        contact="杨晓彤", contact_title="数字化转型办公室经理", phone="13918805264", email="yangxt@yanfeng-jq.example.com",
        backup_contact="戴昊", backup_phone="13764029183", meeting_addr="上海市浦东新区金桥出口加工区金科路2288号研发楼3楼报告厅",
        shareholders=[("延锋国际汽车技术有限公司", "18,600万元", "100.00%")],
        co_fin={"总资产": 1286400.00, "主营业务收入": 1642300.00, "增长率": 6.80, "负债率": 58.40, "利润总额": 68420.00, "税金": 21360.00},
        nature="行业型工业互联网平台", build_from=(2019, 1), build_to=(2023, 12), invest=8600.00,
        rev={2021: 5182.60, 2022: 6034.15, 2023: 6912.48}, g2021=15.26, team=(112, 46, 128), rd=1268.75, profit=842.36,
        dev_cat=DEV_CAT, dev_reg=dev_reg, pub_cat=derive(DEV_CAT, pub_total), pub_reg=derive(dev_reg, pub_total),
        run_cat=derive(DEV_CAT, run_total), run_reg=derive(dev_reg, run_total), overseas=OVERSEAS_FORM,
        dev_total=declared_total, pub_total=pub_total, run_total=run_total, overseas_total=OVERSEAS_TRUE,
        protocols=184, sw_total=248, app_native=124, app_cloud=80, app_cat=APP_CAT, app_ind=APP_IND, app_mau=152,
        killer_dau=2640, killer_times=31800, killer_income=46.80, pub_app=118,
        pub_app_dau_cat=derive(APP_CAT, dau), pub_app_dau_ind=derive(APP_IND, dau),
        cloud_servers=236.00, pub_servers=84, storage_cap=1200.00, storage_data=756.00, pub_data=212.60,
        model_cat=[("数据算法模型", 56), ("研发仿真模型", 38), ("行业机理模型", 74), ("业务流程模型", 41)],
        active_models=122, model_users=376, microservices=936, active_ms=588, developers=1846, active_devs=512,
        reg_users=886, ent_ind=ENT_IND, ent_reg=ENT_REG, ent_total=642, paying=214, sme=498,
        orders=(21460, 22318), trade_growth=11.62, app_subs=3860, killer_subs=2146, app_sub_amount=2684.30,
        dev_util=84.60, localization=82.00, smart_factories=4, parks=3,
        solutions=[("数字化管理", 7), ("平台化设计", 4), ("网络化协同", 6), ("智能化制造", 8), ("个性化定制", 3), ("服务化延伸", 2)],
        sol_total=30, om_down=14.26, energy_down=10.48, safety_up=18.94, indices=2, patents=34, copyrights=27, awards=5,
        jobs=320, social=24.16, partners=6, texts=texts, legal_rep="韩立诚", **base_kwargs(),
    )
    s.deploy = ["边缘侧", "私有云", "混合云"]
    s.op_mode = "联合运营"
    return s


def proofs() -> dict:
    return {
        "平台相关营业收入（万元）": "附件3-1 第2页", "平台相关研发投入（万元）": "附件3-1 第2页", "平台利润率（%）": "附件3-1 第2页",
        "投资回报率（%）": "附件3-1 第2页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2 设备接入统计表",
        "按二级分类统计工业设备数量（台/套）": "附件3-2", "公有云工业设备连接数量（台/套）": "附件3-2",
        "公有云工业设备平均日运行数量（台/套）": "附件3-2", "海外设备连接数量（台/套）": "附件3-2（海外工厂设备）",
        "实际服务企业数（个）": "附件3-3 服务企业统计", "按行业统计服务企业数（个）": "附件3-3 工作表“按行业”",
        "按省市区域统计服务企业数（个）": "附件3-3 工作表“按区域”", "注册企业用户数（个）": "附件3-5 第1页",
        "工业APP数量（个）": "附件3-5 第1-2页", "按分类统计工业APP数量（个）": "附件3-5 第2页",
        "平台核心软硬件技术获得的专利数量（项）": "附件3-4 第1页", "平台核心软硬件技术获得的软著数量（个）": "附件3-4 第2页",
    }


def build(root: Path, scratch: Path, truth_dir: Path) -> None:
    s = spec()
    s.proofs = proofs()
    check_limits(s)
    audit_consistency(s, {"dev_cat_sum", "dev_reg_sum", "overseas_sum", "app_ind_names"})
    pkg = root / PID
    files = {
        "申报文件/附件1_联系人信息反馈表.docx": "联系人表", FORM: "申报表", SCAN: "申报表扫描件", PROPOSAL: "申报书",
        SUMMARY: "汇总表", "申报文件/附件5_真实性承诺_盖章.pdf": "承诺",
        E_AUDIT: "evidence:audit_report", E_DEV: "evidence:device_list", E_ENT: "evidence:other",
        E_IP: "evidence:patent_list", E_SHOT: "evidence:screenshot",
    }
    docs.contact_docx(s, pkg / "申报文件/附件1_联系人信息反馈表.docx")
    docs.form_docx(s, pkg / FORM)
    docs.form_scan(s, pkg / SCAN, scratch, 3301)
    ch2 = [f"平台运营情况：平台已连接金桥、安亭、沈阳、重庆等国内基地及墨西哥、德国、捷克、泰国海外工厂的工业设备{thousands(s.dev_total)}台（套），"
           "其中焊接、喷涂、装配等工业机器人3,415台（套），上海本地工厂设备6,218台（套）。",
           "平台服务企业642家，以主机厂及内饰件上下游供应商为主，其中长三角地区534家，约占83%。"]
    ch3 = ["三个典型案例中，设备运维成本平均下降14.26%，能耗平均下降10.48%，安全生产持续时间平均提升18.94%。"]
    cases = [("案例1：延锋工业互联网平台——注塑车间设备互联", "金桥工厂接入注塑机460余台，实现工艺参数实时监控，换模时间缩短25%。"),
             ("案例2：延锋工业互联网平台——多基地质量追溯", "通过标识解析实现门板总成全流程追溯，质量问题定位时间由2天缩短到2小时。"),
             ("案例3：延锋工业互联网平台——供应商协同", "与一级供应商共享排产与库存数据，供应商准时交付率提升至97%。")]
    att = ["附件3-1 平台专项审计报告（第1-2页）", "附件3-2 设备接入统计表（1页）", "附件3-3 服务企业统计（Excel）",
           "附件3-4 知识产权证书清单（第1-2页）", "附件3-5 平台运行截图（第1-2页）"]
    docs.proposal_pdf(s, pkg / PROPOSAL, docs.proposal_chapters(s, ch2, ch3, cases, att, None))
    docs.summary_xlsx_horizontal(s, pkg / SUMMARY)
    docs.commitment_scan(s, pkg / "申报文件/附件5_真实性承诺_盖章.pdf", scratch, 3302)

    facts = audit(s, pkg / E_AUDIT) + devices(s, pkg / E_DEV) + enterprises(s, pkg / E_ENT)
    facts += ip_pdf(s, pkg / E_IP, E_IP, "延锋", 33)
    tiles = dashboard_tiles(s)
    dash = C.dashboard("延锋工业互联网平台 数据总览", [(a, b) for a, b, *_ in tiles])
    bar = C.bar_chart("工业APP分类统计", f"工业APP共{s.app_total}个", s.app_cat)
    C.images_to_pdf([dash, bar], pkg / E_SHOT)
    facts += dashboard_facts(s, E_SHOT, 1, tiles)
    facts.append(fact("工业APP数量（个）", str(s.app_total), "个", s.app_total, E_SHOT, 2, f"工业APP共{s.app_total}个", "工业APP", image_only=True))

    true_total = sum(v for _, v in DEV_CAT)
    reg_sum = sum(v for _, v in s.dev_reg)
    ov_sum = sum(v for _, v in OVERSEAS_FORM)
    probs = [
        problem(PID, 1, "breakdown_sum",
                ["连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"],
                [FORM, E_DEV], "error",
                f"连接的工业设备填报 {s.dev_total:,} 台/套，按二级分类统计各项之和为 {true_total:,}、按省市区域统计各项之和为 {reg_sum:,}，"
                f"均与总数不符：设备接入统计表把区域行“海外工厂设备 {OVERSEAS_TRUE:,}”作为一行计入了分类合计 {s.dev_total:,}"
                f"（海外设备已按类别计入各二级分类：国内各区域之和 {true_total - OVERSEAS_TRUE:,} 加海外 {OVERSEAS_TRUE:,} 恰为 {true_total:,}），申报表总数沿用了该合计"),
        problem(PID, 2, "breakdown_sum", ["海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）"], [FORM], "error",
                f"海外设备连接数量填报 {OVERSEAS_TRUE:,} 台/套，按海外国家分类统计之和为 {ov_sum:,}"
                f"（墨西哥428、德国316、捷克212、泰国170），两者不一致"),
        problem(PID, 3, "invalid_category", ["按行业统计工业APP数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"], [FORM], "warning",
                "按行业统计工业APP数量使用“汽车零部件：156”，附录C的行业分类为“汽车”（36/375），“汽车零部件”不是附录C的分类名称；"
                "按行业统计公有云工业APP平均日活跃数量同样使用“汽车零部件”"),
    ]
    write_truth(s, files, facts, probs, root, truth_dir)


def audit(s: Spec, path: Path) -> list:
    st = C.styles()
    show = finance_rows(s, "万元")
    p1 = [C.SP(30), C.P("专项审计报告", st["title"]), C.P("沪立专审字〔2024〕第0736号", st["h"]),
          C.P("上海延锋金桥饰件系统有限公司：", st["h"]),
          C.P("我们接受委托，对贵公司延锋工业互联网平台2021年度至2023年度的业务收入、研发投入及利润情况进行了专项审计。"
              "我们认为，后附平台经营数据表在所有重大方面如实反映了平台相关经营情况。", st["p"]),
          C.SP(40), C.P("上海立衡会计师事务所（特殊普通合伙）　2024年4月15日", st["h"])]
    p2 = [C.P("延锋工业互联网平台经营数据表", st["title"]), C.P("单位：万元", st["small"]),
          C.pdf_table([["年度", "平台营业收入", "平台研发投入", "平台利润总额"],
                       ["2023年度", show(s.rev[2023]), show(s.rd), show(s.profit)],
                       ["2022年度", show(s.rev[2022]), "1,106.42", "731.08"],
                       ["2021年度", show(s.rev[2021]), "948.17", "602.55"]], (40, 44, 44, 44))]
    C.build_pdf(path, [p1, p2], header="延锋工业互联网平台专项审计报告")
    return finance_facts(s, E_AUDIT, 2, "万元")


def devices(s: Spec, path: Path) -> list:
    st = C.styles()
    rows_ = [["序号", "设备类别（附录A二级分类）", "典型设备", "接入数量（台/套）"]]
    for i, (k, v) in enumerate(DEV_CAT, start=1):
        rows_.append([str(i), k, C.P(DEV_WORDS[k], st["cell"]), thousands(v)])
    rows_.append([str(len(DEV_CAT) + 1), "海外工厂设备", C.P("墨西哥、德国、捷克、泰国工厂", st["cell"]), thousands(OVERSEAS_TRUE)])
    rows_.append(["", "合计", "", thousands(s.dev_total)])
    p = [C.P("延锋工业互联网平台设备接入统计表", st["title"]),
         C.P("统计截止日：2024年6月30日　　单位：台/套", st["small"]), C.SP(2),
         C.pdf_table(rows_, (14, 50, 70, 38), bold_rows=[len(rows_) - 1]), C.SP(6),
         C.P("公有云接入情况", st["h"]),
         C.pdf_table([["项目", "数量（台/套）"], ["公有云接入设备", thousands(s.pub_total)], ["公有云设备日均运行", thousands(s.run_total)]],
                     (80, 50))]
    C.build_pdf(path, [p], header="附件3-2")
    return [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", thousands(s.dev_total), "台/套", s.dev_total, E_DEV, 1, thousands(s.dev_total), "合计", "接入数量（台/套）"),
        fact("海外设备连接数量（台/套）", thousands(OVERSEAS_TRUE), "台/套", OVERSEAS_TRUE, E_DEV, 1, thousands(OVERSEAS_TRUE), "海外工厂设备", "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", thousands(s.pub_total), "台/套", s.pub_total, E_DEV, 1, thousands(s.pub_total), "公有云接入设备"),
        fact("公有云工业设备平均日运行数量（台/套）", thousands(s.run_total), "台/套", s.run_total, E_DEV, 1, thousands(s.run_total), "公有云设备日均运行"),
    ]


def enterprises(s: Spec, path: Path) -> list:
    wb = C.xlsx_new()
    ws = wb.active
    ws.title = "按行业"
    ws.append(["行业（附录C）", "服务企业数（家）"])
    for k, v in s.ent_ind:
        ws.append([k, v])
    ws.append(["合计", s.ent_total])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域（企业注册地）", "服务企业数（家）"])
    for k, v in s.ent_reg:
        ws2.append([k, v])
    ws2.append(["合计", s.ent_total])
    C.xlsx_save(wb, path)
    return [fact("实际服务企业数（个）", str(s.ent_total), "家", s.ent_total, E_ENT, 1, str(s.ent_total), "合计", "服务企业数（家）"),
            fact("实际服务企业数（个）", str(s.ent_total), "家", s.ent_total, E_ENT, 2, str(s.ent_total), "合计", "服务企业数（家）")]
