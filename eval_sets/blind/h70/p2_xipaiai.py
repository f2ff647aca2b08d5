"""h70_xipaiai_problems — 序号11 数字化环境装备服务工业互联网平台 (2023参评: 是)."""

from __future__ import annotations

from pathlib import Path

from . import common as C
from . import docs
from .base import audit_consistency, base_kwargs, check_limits, derive, fact, problem, write_truth
from .evidence import dashboard_facts, dashboard_tiles, finance_facts, finance_rows, ip_pdf
from .model import Spec, thousands
from .texts import make_texts

PID = "h70_xipaiai_problems"

DEV_CAT = [("动力设备", 4216), ("仪器仪表", 2835), ("环保设备", 3164), ("电力设备", 1128), ("电工、电子设备", 690),
           ("化工设备", 447)]
DEV_WORDS = {"动力设备": "水泵、鼓风机、离心风机", "仪器仪表": "在线水质分析仪、流量计、液位计", "环保设备": "格栅机、刮泥机、污泥脱水机、曝气器",
             "电力设备": "变频柜、配电柜", "电工、电子设备": "PLC控制柜、RTU终端", "化工设备": "加药装置、溶药罐"}
DOMESTIC = [("上海", 3862), ("江苏", 2418), ("浙江", 1956), ("安徽", 906), ("湖北", 872), ("广东", 764), ("山东", 652),
            ("四川", 540)]
OVERSEAS = [("越南Vietnam", 310), ("孟加拉国Bangladesh", 200)]
ENT_REG_TRUE = [("上海", 524), ("江苏", 236), ("浙江", 198), ("安徽", 87), ("湖北", 96), ("广东", 72), ("山东", 64),
                ("四川", 76), ("越南Vietnam", 21), ("孟加拉国Bangladesh", 12)]
ENT_REG_FORM = [(k, 168 if k == "浙江" else v) for k, v in ENT_REG_TRUE]
ENT_IND = [("其他", 512), ("石化化工", 286), ("医药", 164), ("食品", 148), ("纺织", 126), ("电力、热力和燃气", 98), ("电子", 52)]
APP_CAT = [("运维服务", 46), ("节能减排", 38), ("环境监测", 24), ("安全生产", 18), ("质量管控", 14), ("运营管理", 11), ("生产制造", 7)]
APP_IND = [("其他", 38), ("电力、热力和燃气", 52), ("石化化工", 31), ("医药", 14), ("食品", 12), ("纺织", 11)]

FORM = "附件2 申报表（西派埃）.xlsx"
SCAN = "附件2 申报表（西派埃）盖章扫描件.pdf"
E_AUDIT = "证明材料/1-审计报告及平台收入专项说明.pdf"
E_DEV = "证明材料/2-设备接入明细统计.xlsx"
E_BAR = "证明材料/3-服务企业区域分布截图.pdf"
E_IP = "证明材料/4-知识产权清单.pdf"
E_DASH = "证明材料/5-平台运营看板截图.png"


def spec() -> Spec:
    dev_total = sum(v for _, v in DEV_CAT)
    dev_reg = DOMESTIC + OVERSEAS
    assert sum(v for _, v in dev_reg) == dev_total
    pub_total, run_total, dau = 5260, 3415, 38
    texts = make_texts(
        short="西派埃", field="水务与环境装备行业", focus="水处理装备远程运维与工艺优化", edge_nodes=142, latency="20毫秒",
        plan="西派埃数字化环境装备服务平台发展规划（2024-2026）", special="",
        factories=["上海某制药智能工厂（奉贤区）：污水处理站远程运维", "上海某食品智能工厂（金山区）：水处理能耗优化"],
        awards=["2022年上海市工业互联网平台和专业服务商推荐目录（上海市经济和信息化委员会，2022年8月）",
                "2023年度上海市首版次软件产品（上海市经济和信息化委员会，2023年10月）",
                "2023年环境保护科学技术奖二等奖（中华环保联合会，2023年12月）"],
        standards="参与制定团体标准1项：《城镇污水处理厂智慧运维技术规范》（T/CAEPI，参与）。",
        open_data="以API接口和数据集形式开放：开放API接口86个、水处理工艺数据集4个、能耗对标报告模板12类",
        partners_desc="上海市工业互联网公共服务平台、环保监管平台等5个平台",
        indices=["区域污水处理负荷指数", "吨水能耗指数", "设备完好率指数"],
        security_docs="《平台网络安全管理制度》（SCADA-ZD-01，2020年5月）、《数据分类分级管理办法》（SCADA-ZD-07，2022年9月）")
    texts["介绍"] = ("数字化环境装备服务工业互联网平台是面向水务与环境装备领域的行业型工业互联网平台，提供水泵、风机、水质仪表等环境装备的"
                   "远程监控、工艺优化、预测性维护与能耗管理服务。平台已连接各类工业设备12,480台（套），服务污水处理厂、工业园区及制药、食品等企业。")
    texts["成效"] = ("平台解决了环境装备分散运行、人工巡检成本高、能耗偏高等痛点，帮助用户运维成本平均下降16.72%，吨水能耗平均下降12.35%，"
                   "推动环境装备制造企业向运维服务商转型。")
    s = Spec(
        package_id=PID,
        description=("序号11 西派埃环境装备平台（2023参评，含第七章）：申报表只交XLSX+盖章扫描件；设备二级分类用了附录A没有的“环保设备”，"
                     "APP分类用了附录B没有的“环境监测”，按省市区域统计服务企业数各项之和少于实际服务企业数；申报书中的局部数（动力设备、上海企业）不是问题。"),
        list_no=11, listed_name="数字化环境装备服务工业互联网平台", company="上海西派埃智能化系统有限公司", p2023=True,
        short="西派埃", domain="envcloud.cpa-smart.example.com", secret="Cpa@Eval2024",
        layout=["form:xlsx-only+scan", "summary:docx-vertical", "commitment:scan", "proposal:docx+ch7",
                "devices:xlsx-two-sheets(类型/区域)", "regions:海外小计+countries", "enterprises-by-region:bar-chart-image-pdf",
                "prose:part-of-total", "ip:pdf-two-lists"],
        credit_code="91310112630412875M", founded="2003年8月12日", address="上海市闵行区", district="上海市闵行区",
        capital="3,000万元人民币", business="水务与环境工程自动化系统集成、环境装备智能运维服务",
        contact="钱思远", contact_title="智慧环境事业部副总经理", phone="13901736528", email="qiansy@cpa-smart.example.com",
        backup_contact="孔令婕", backup_phone="13816602947", meeting_addr="上海市闵行区虹梅南路4999弄18号2楼会议室",
        shareholders=[("上海环境科技发展集团有限公司", "1,800万元", "60.00%"), ("上海西派埃管理咨询中心（有限合伙）", "1,200万元", "40.00%")],
        co_fin={"总资产": 36420.00, "主营业务收入": 21680.00, "增长率": 9.60, "负债率": 52.10, "利润总额": 1986.00, "税金": 874.00},
        nature="行业型工业互联网平台", build_from=(2018, 9), build_to=(2023, 6), invest=3600.00,
        rev={2021: 2416.80, 2022: 2768.35, 2023: 3205.62}, g2021=12.48, team=(64, 38, 71), rd=526.30, profit=388.46,
        dev_cat=DEV_CAT, dev_reg=dev_reg, pub_cat=derive(DEV_CAT, pub_total), pub_reg=derive(dev_reg, pub_total),
        run_cat=derive(DEV_CAT, run_total), run_reg=derive(dev_reg, run_total), overseas=OVERSEAS,
        dev_total=dev_total, pub_total=pub_total, run_total=run_total, overseas_total=510,
        protocols=128, sw_total=186, app_native=96, app_cloud=62, app_cat=APP_CAT, app_ind=APP_IND, app_mau=121,
        killer_dau=940, killer_times=11260, killer_income=18.42, pub_app=92,
        pub_app_dau_cat=derive(APP_CAT, dau), pub_app_dau_ind=derive(APP_IND, dau),
        cloud_servers=88.00, pub_servers=36, storage_cap=420.00, storage_data=236.88, pub_data=98.20,
        model_cat=[("数据算法模型", 42), ("研发仿真模型", 9), ("行业机理模型", 71), ("业务流程模型", 22)],
        active_models=86, model_users=318, microservices=612, active_ms=374, developers=2860, active_devs=640,
        reg_users=1742, ent_ind=ENT_IND, ent_reg=ENT_REG_FORM, ent_total=1386, paying=468, sme=1104,
        orders=(6128, 6502), trade_growth=13.84, app_subs=2386, killer_subs=1104, app_sub_amount=962.40,
        dev_util=76.30, localization=91.00, smart_factories=2, parks=5,
        solutions=[("数字化管理", 5), ("平台化设计", 2), ("网络化协同", 4), ("智能化制造", 6), ("个性化定制", 1), ("服务化延伸", 7)],
        sol_total=25, om_down=16.72, energy_down=12.35, safety_up=11.08, indices=3, patents=26, copyrights=44, awards=3,
        jobs=176, social=19.82, partners=5, texts=texts, legal_rep="邵国梁", **base_kwargs(),
    )
    s.deploy = ["边缘侧", "私有云", "混合云"]
    return s


def proofs() -> dict:
    return {
        "平台相关营业收入（万元）": "证明材料1 第2页 平台业务收支明细表", "平台相关研发投入（万元）": "证明材料1 第2页",
        "平台利润率（%）": "证明材料1 第2页", "投资回报率（%）": "证明材料1 第2页",
        "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料2（工作表“按设备类型”“按所在区域”）",
        "按二级分类统计工业设备数量（台/套）": "证明材料2 工作表“按设备类型”", "按省市区域统计工业设备数量（台/套）": "证明材料2 工作表“按所在区域”",
        "公有云工业设备连接数量（台/套）": "证明材料2", "公有云工业设备平均日运行数量（台/套）": "证明材料2",
        "海外设备连接数量（台/套）": "证明材料2 工作表“按所在区域”海外小计", "实际服务企业数（个）": "证明材料3 服务企业区域分布截图",
        "按省市区域统计服务企业数（个）": "证明材料3 服务企业区域分布截图", "注册企业用户数（个）": "证明材料5 平台运营看板",
        "工业APP数量（个）": "证明材料5", "平台核心软硬件技术获得的专利数量（项）": "证明材料4 第1页",
        "平台核心软硬件技术获得的软著数量（个）": "证明材料4 第2页",
    }


def build(root: Path, scratch: Path, truth_dir: Path) -> None:
    s = spec()
    s.proofs = proofs()
    check_limits(s)
    audit_consistency(s, {"dev_cat_names", "app_cat_names", "ent_reg_sum"})
    pkg = root / PID
    files = {
        "附件1 联系人信息反馈表.docx": "联系人表", FORM: "申报表", SCAN: "申报表扫描件",
        "附件3 申报书（西派埃）.docx": "申报书", "附件4 平台基本情况汇总表.docx": "汇总表", "附件5 真实性承诺.pdf": "承诺",
        E_AUDIT: "evidence:audit_report", E_DEV: "evidence:device_list", E_BAR: "evidence:screenshot",
        E_IP: "evidence:patent_list", E_DASH: "evidence:screenshot",
    }
    docs.contact_docx(s, pkg / "附件1 联系人信息反馈表.docx")
    docs.form_xlsx(s, pkg / FORM)
    docs.form_scan(s, pkg / SCAN, scratch, 1101)
    ch2 = ["平台运营情况：截至2024年6月30日，平台已接入水泵、风机等动力设备4,216台（套），在线水质分析仪等仪器仪表2,835台（套）；"
           "海外设备510台（套），分布在越南和孟加拉国的工业园区污水处理项目。",
           "平台累计服务企业1,386家，其中服务上海本地企业524家，占比约38%；制药、食品、纺织等工业企业污水处理站是主要服务对象。"]
    ch3 = ["三个典型案例中，用户设备运维成本平均下降16.72%，能耗平均下降12.35%，安全生产持续时间平均提升11.08%。"]
    cases = [("案例1：数字化环境装备服务平台——园区污水厂智慧运维", "某化工园区污水厂接入平台后实现无人值守巡检，运维人员减少30%。"),
             ("案例2：数字化环境装备服务平台——制药企业废水站能耗优化", "某制药企业通过曝气优化模型降低鼓风机能耗14%。"),
             ("案例3：数字化环境装备服务平台——海外园区水厂远程运维", "越南某工业园区水厂通过平台实现远程专家诊断。")]
    att = ["证明材料1 审计报告及平台收入专项说明（第1-2页）", "证明材料2 设备接入明细统计（Excel，两张工作表）",
           "证明材料3 服务企业区域分布截图（1页）", "证明材料4 知识产权清单（第1-2页）", "证明材料5 平台运营看板截图（1页）"]
    ch7 = ["2023年7月至今，平台连接工业设备由9,860台（套）增至12,480台（套），上架工业APP由131个增至158个，"
           "新增海外项目2个，新上线曝气优化、药耗预测等模型；服务企业数由1,120家增至1,386家。"]
    docs.proposal_docx(s, pkg / "附件3 申报书（西派埃）.docx", docs.proposal_chapters(s, ch2, ch3, cases, att, ch7))
    docs.summary_docx(s, pkg / "附件4 平台基本情况汇总表.docx")
    docs.commitment_scan(s, pkg / "附件5 真实性承诺.pdf", scratch, 1102)

    facts = audit(s, pkg / E_AUDIT) + devices(s, pkg / E_DEV) + bar(s, pkg / E_BAR)
    facts += ip_pdf(s, pkg / E_IP, E_IP, "CPA环境云", 11)
    tiles = dashboard_tiles(s)[:5] + [("接入设备（台/套）", thousands(s.dev_total), "连接的工业设备/产品/产线种类及数量（台/套）", s.dev_total, "台/套")]
    C.save_png(C.dashboard("CPA环境装备云 运营看板", [(a, b) for a, b, *_ in tiles]), pkg / E_DASH)
    facts += dashboard_facts(s, E_DASH, 1, tiles)

    pid = PID
    probs = [
        problem(pid, 1, "invalid_category",
                ["按二级分类统计工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"],
                [FORM, E_DEV], "error",
                "按二级分类统计工业设备数量中的“环保设备：3164”不是附录A的工业设备二级分类（格栅机、刮泥机、污泥脱水机等污染防治设备在附录A中归“其他”）；"
                f"两项公有云分类统计中同样使用“环保设备”（{dict(s.pub_cat)['环保设备']}、{dict(s.run_cat)['环保设备']}）"),
        problem(pid, 2, "invalid_category", ["按分类统计工业APP数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"], [FORM], "error",
                "按分类统计工业APP数量中的“环境监测：24”不是附录B的工业APP分类（附录B为安全生产、节能减排、质量管控、供应链管理、研发设计、"
                "生产制造、运营管理、仓储物流、运维服务）；按分类统计公有云工业APP平均日活跃数量中同样使用“环境监测”"),
        problem(pid, 3, "breakdown_sum", ["按省市区域统计服务企业数（个）", "实际服务企业数（个）"], [FORM, E_BAR], "error",
                "按省市区域统计服务企业数各项之和为 1,356，与实际服务企业数 1,386 不一致（“浙江”填 168，服务企业区域分布截图中浙江为 198）"),
    ]
    write_truth(s, files, facts, probs, root, truth_dir)


def audit(s: Spec, path: Path) -> list:
    st = C.styles()
    show = finance_rows(s, "元")
    p1 = [C.SP(20), C.P("审计报告", st["title"]), C.P("沪众审字〔2024〕第1187号", st["h"]),
          C.P("上海西派埃智能化系统有限公司全体股东：", st["h"]),
          C.P("我们审计了上海西派埃智能化系统有限公司2023年度财务报表，包括2023年12月31日的资产负债表、2023年度的利润表、现金流量表、"
              "所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司"
              "2023年12月31日的财务状况以及2023年度的经营成果和现金流量。", st["p"]),
          C.P("附：平台业务收支明细表（见下页）", st["p"]), C.SP(30), C.P("上海众信会计师事务所有限公司　　2024年3月28日", st["h"])]
    p2 = [C.P("数字化环境装备服务工业互联网平台业务收支明细表", st["title"]),
          C.P("编制单位：上海西派埃智能化系统有限公司　　单位：元", st["small"]),
          C.pdf_table([["项目", "2023年度", "2022年度", "2021年度"],
                       ["平台营业收入", show(s.rev[2023]), show(s.rev[2022]), show(s.rev[2021])],
                       ["平台营业成本", "19,842,630.00", "17,206,418.00", "15,124,906.00"],
                       ["平台研发投入", show(s.rd), "4,716,500.00", "4,102,800.00"],
                       ["平台利润总额", show(s.profit), "3,206,900.00", "2,684,300.00"]], (48, 42, 42, 42)),
          C.P("注：平台营业收入为通过平台提供远程运维、应用订阅等服务取得的收入，按项目辅助核算归集。", st["small"])]
    C.build_pdf(path, [p1, p2], header="上海西派埃智能化系统有限公司 2023年度审计报告")
    return finance_facts(s, E_AUDIT, 2, "元")


def devices(s: Spec, path: Path) -> list:
    wb = C.xlsx_new()
    ws = wb.active
    ws.title = "按设备类型"
    ws.append(["设备类型", "典型设备", "接入数量（台/套）", "其中：公有云接入", "公有云日均运行"])
    pub, run = dict(s.pub_cat), dict(s.run_cat)
    for k, v in s.dev_cat:
        ws.append([k, DEV_WORDS[k], v, pub[k], run[k]])
    ws.append(["合计", "", s.dev_total, s.pub_total, s.run_total])
    ws2 = wb.create_sheet("按所在区域")
    ws2.append(["区域（按设备所属企业注册地）", "接入数量（台/套）", "其中：公有云接入", "公有云日均运行"])
    reg, preg, rreg = dict(s.dev_reg), dict(s.pub_reg), dict(s.run_reg)
    for k, _ in DOMESTIC:
        ws2.append([k, reg[k], preg[k], rreg[k]])
    ws2.append(["海外小计", s.overseas_total, sum(preg[k] for k, _ in OVERSEAS), sum(rreg[k] for k, _ in OVERSEAS)])
    for k, _ in OVERSEAS:
        ws2.append([f"  其中：{k}", reg[k], preg[k], rreg[k]])
    ws2.append(["合计", s.dev_total, s.pub_total, s.run_total])
    for w in (ws, ws2):
        w.column_dimensions["A"].width = 30
        w.column_dimensions["B"].width = 30
    C.xlsx_save(wb, path)
    return [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(s.dev_total), "台/套", s.dev_total, E_DEV, 1, str(s.dev_total), "合计", "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", str(s.pub_total), "台/套", s.pub_total, E_DEV, 1, str(s.pub_total), "合计", "其中：公有云接入"),
        fact("公有云工业设备平均日运行数量（台/套）", str(s.run_total), "台/套", s.run_total, E_DEV, 1, str(s.run_total), "合计", "公有云日均运行"),
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(s.dev_total), "台/套", s.dev_total, E_DEV, 2, str(s.dev_total), "合计", "接入数量（台/套）"),
        fact("海外设备连接数量（台/套）", str(s.overseas_total), "台/套", s.overseas_total, E_DEV, 2, str(s.overseas_total), "海外小计", "接入数量（台/套）"),
    ]


def bar(s: Spec, path: Path) -> list:
    bars = [(k if not any("A" <= c <= "Z" for c in k) else k.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ "), v)
            for k, v in ENT_REG_TRUE]
    img = C.bar_chart("服务企业区域分布", f"服务企业共{thousands(s.ent_total)}家（按企业注册地，海外按国家）", bars)
    C.images_to_pdf([C.scanify(img, 1103, None, angle=0)], path)
    return [fact("实际服务企业数（个）", thousands(s.ent_total), "家", s.ent_total, E_BAR, 1, f"服务企业共{thousands(s.ent_total)}家",
                 "服务企业", image_only=True)]
