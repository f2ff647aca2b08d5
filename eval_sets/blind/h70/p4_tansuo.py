"""h70_tansuo_problems — 序号27 零碳绿色工厂综合数智化管理平台 (2023参评: -)."""

from __future__ import annotations

from pathlib import Path

from . import common as C
from . import docs
from .base import audit_consistency, base_kwargs, check_limits, derive, fact, problem, write_truth
from .evidence import dashboard_facts, dashboard_tiles, finance_facts, finance_rows, ip_xlsx
from .model import Spec, thousands
from .texts import make_texts

PID = "h70_tansuo_problems"

DEV_CAT = [("仪器仪表", 5236), ("电力设备", 3684), ("动力设备", 2118), ("空压机", 1046), ("其他", 404)]
DEV_WORDS = {"仪器仪表": "智能电表、水表、燃气表、流量计", "电力设备": "变压器、配电柜、光伏逆变器", "动力设备": "锅炉、水泵、风机、冷水机组",
             "空压机": "螺杆式、离心式空气压缩机", "其他": "储能柜、充电桩、环境监测终端"}
DEV_REG = [("上海", 4120), ("江苏", 2684), ("浙江", 2016), ("广东", 1238), ("山东", 986), ("福建", 732), ("天津", 420),
           ("新加坡Singapore", 292)]
ENT_IND_TRUE = [("电子", 214), ("汽车", 138), ("医药", 96), ("食品", 112), ("石化化工", 88), ("机械", 126), ("轻工", 58), ("其他", 32)]
ENT_IND_FORM = [(k, 86 if k == "机械" else v) for k, v in ENT_IND_TRUE]
PIE_WORDS = {"电子": "电子信息", "汽车": "汽车及零部件", "医药": "生物医药", "食品": "食品饮料", "石化化工": "化工新材料",
             "机械": "装备制造", "轻工": "轻工日化", "其他": "其他"}
ENT_REG = [("上海", 402), ("江苏", 168), ("浙江", 121), ("安徽", 45), ("广东", 52), ("山东", 28), ("福建", 19), ("天津", 11),
           ("新加坡Singapore", 12), ("马来西亚Malaysia", 6)]
APP_CAT = [("节能减排", 48), ("运营管理", 18), ("运维服务", 22), ("安全生产", 12), ("质量管控", 8), ("生产制造", 10)]
APP_IND = [("电子", 30), ("汽车", 22), ("医药", 16), ("食品", 18), ("石化化工", 14), ("机械", 12), ("轻工", 6)]

FORM = "2.申报表_零碳绿色工厂综合数智化管理平台.docx"
SCAN = "2.申报表_盖章扫描.pdf"
E_AUDIT = "佐证材料/01_审计报告_平台收入专项（扫描件）.pdf"
E_DEV = "佐证材料/02_能源设备接入统计.pdf"
E_PIE = "佐证材料/03_服务企业行业分布.png"
E_LETTER = "佐证材料/04_关于平台服务企业区域分布的说明.pdf"
E_IP = "佐证材料/05_知识产权清单.xlsx"
E_DASH = "佐证材料/06_平台看板截图.png"
JS_CUT = 100  # 江苏 in the form's 公有云日均运行 region breakdown, 100 short


def spec() -> Spec:
    dev_total = sum(v for _, v in DEV_CAT)
    assert sum(v for _, v in DEV_REG) == dev_total
    pub_total, run_total, dau = 8120, 4860, 46
    run_reg_true = derive(DEV_REG, run_total)
    texts = make_texts(
        short="碳索能源", field="工厂能源与碳管理领域", focus="能源计量、能效优化与碳排放管理", edge_nodes=96, latency="50毫秒",
        plan="零碳绿色工厂综合数智化管理平台建设专项规划（2022-2025）", special="",
        factories=["上海某半导体智能工厂（临港新片区）：能源计量与碳排放监测", "上海某汽车零部件智能工厂（嘉定区）：空压站群控节能"],
        awards=["2022年上海市绿色制造系统解决方案供应商（上海市经济和信息化委员会，2022年12月）",
                "2023年工业互联网平台+绿色低碳解决方案（工业和信息化部，2023年11月）",
                "2023年上海市节能减排优秀项目（上海市经济和信息化委员会，2023年8月）"],
        standards="参与制定团体标准2项：《零碳工厂评价规范》（T/SHGEA，参与）；《工业企业能源数据采集技术要求》（T/CECA，参与）。",
        open_data="以API接口和数据集形式开放：开放API接口64个、行业能效基准数据集5个、碳排放因子库1套",
        partners_desc="上海市工业碳管理公共服务平台、电网需求响应平台等4个平台",
        indices=["园区能效指数", "单位产值碳排放指数", "空压系统能效指数", "绿电消纳指数", "需求响应潜力指数"],
        security_docs="《平台信息安全管理办法》（TS-ISM-001，2021年6月）、《能源数据安全管理规定》（TS-ISM-006，2023年2月）")
    texts["介绍"] = ("零碳绿色工厂综合数智化管理平台是面向工厂能源与碳管理的专业型工业互联网平台，提供能源计量、能效诊断、空压站与冷站群控、"
                   "光储充协同与碳排放核算等服务，已接入各类能源设备12,488台（套），服务电子、汽车、医药、食品等行业的制造企业。")
    texts["成效"] = ("平台解决了工厂能源数据分散、能效底数不清、碳排放核算难等问题，用户设备能耗平均下降14.82%，帮助多家工厂获得绿色工厂认定，"
                   "推动制造业绿色低碳转型。")
    s = Spec(
        package_id=PID,
        description=("序号27 碳索能源零碳工厂平台：按行业统计服务企业数之和少于实际服务企业数（行业饼图只印百分比、用行业俗称）；"
                     "设备二级分类用了附录A没有的“空压机”；按省市区域统计公有云设备平均日运行数量之和与总数不符；"
                     "申报书与说明函中的长三角、计量仪表等局部数不是问题。审计专项为扫描件。"),
        list_no=27, listed_name="零碳绿色工厂综合数智化管理平台", company="上海碳索能源服务股份有限公司", p2023=False,
        short="碳索能源", domain="zero-carbon.tansuo-energy.example.com", secret="Ts#Eval2024",
        layout=["flat-numbered-files", "evidence_dir:佐证材料", "form:docx+scan", "summary:xlsx-vertical", "commitment:scan",
                "devices:two-tables-one-page(category+region)", "industries:pie-pct-only(trade words)",
                "regions:prose-letter", "audit:scan-image-only", "ip:xlsx", "prose:part-shares"],
        credit_code="91310000MA1FL2Q86C", founded="2014年11月3日", address="上海市杨浦区", district="上海市杨浦区",
        capital="6,200万元人民币", business="节能服务、能源管理平台研发运营、碳管理咨询",
        contact="方可欣", contact_title="平台产品中心总监", phone="13916630742", email="fangkx@tansuo-energy.example.com",
        backup_contact="施俊", backup_phone="13601872465", meeting_addr="上海市杨浦区政立路485号国正中心2号楼9楼会议室",
        shareholders=[("上海碳索投资管理有限公司", "3,720万元", "60.00%"), ("上海国创节能产业基金（有限合伙）", "1,240万元", "20.00%"),
                      ("员工持股平台（有限合伙）", "1,240万元", "20.00%")],
        co_fin={"总资产": 18620.00, "主营业务收入": 9846.00, "增长率": 18.40, "负债率": 38.60, "利润总额": 1024.00, "税金": 436.00},
        nature="专业型工业互联网平台", build_from=(2020, 4), build_to=(2023, 10), invest=2400.00,
        rev={2021: 1862.30, 2022: 2246.85, 2023: 2786.40}, g2021=26.84, team=(48, 36, 62), rd=468.20, profit=312.74,
        dev_cat=DEV_CAT, dev_reg=DEV_REG, pub_cat=derive(DEV_CAT, pub_total), pub_reg=derive(DEV_REG, pub_total),
        run_cat=derive(DEV_CAT, run_total), run_reg=[(k, v - JS_CUT if k == "江苏" else v) for k, v in run_reg_true],
        overseas=[("新加坡Singapore", 292)], dev_total=dev_total, pub_total=pub_total, run_total=run_total, overseas_total=292,
        protocols=96, sw_total=142, app_native=72, app_cloud=46, app_cat=APP_CAT, app_ind=APP_IND, app_mau=84,
        killer_dau=620, killer_times=7840, killer_income=12.36, pub_app=86,
        pub_app_dau_cat=derive(APP_CAT, dau), pub_app_dau_ind=derive(APP_IND, dau),
        cloud_servers=64.00, pub_servers=40, storage_cap=280.00, storage_data=162.40, pub_data=120.60,
        model_cat=[("数据算法模型", 38), ("研发仿真模型", 6), ("行业机理模型", 52), ("业务流程模型", 18)],
        active_models=64, model_users=212, microservices=428, active_ms=266, developers=1260, active_devs=318,
        reg_users=1128, ent_ind=ENT_IND_FORM, ent_reg=ENT_REG, ent_total=864, paying=356, sme=602,
        orders=(3412, 3686), trade_growth=24.18, app_subs=1642, killer_subs=786, app_sub_amount=628.90,
        dev_util=79.80, localization=86.00, smart_factories=2, parks=4,
        solutions=[("数字化管理", 4), ("平台化设计", 1), ("网络化协同", 3), ("智能化制造", 5), ("个性化定制", 1), ("服务化延伸", 4)],
        sol_total=18, om_down=12.64, energy_down=14.82, safety_up=9.46, indices=5, patents=15, copyrights=38, awards=3,
        jobs=124, social=18.36, partners=4, texts=texts, legal_rep="蔡永明", **base_kwargs(),
    )
    s.company_type = "股份有限公司（非上市）"
    s.deploy = ["边缘侧", "公有云"]
    s.iaas = "阿里云计算有限公司"
    s.run_reg_true = run_reg_true
    return s


def proofs() -> dict:
    return {
        "平台相关营业收入（万元）": "佐证材料01 第2页", "平台相关研发投入（万元）": "佐证材料01 第2页", "平台利润率（%）": "佐证材料01 第2页",
        "投资回报率（%）": "佐证材料01 第2页", "连接的工业设备/产品/产线种类及数量（台/套）": "佐证材料02",
        "按二级分类统计工业设备数量（台/套）": "佐证材料02 表1", "按省市区域统计工业设备数量（台/套）": "佐证材料02 表2",
        "公有云工业设备连接数量（台/套）": "佐证材料02", "公有云工业设备平均日运行数量（台/套）": "佐证材料02",
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": "佐证材料02 表2", "海外设备连接数量（台/套）": "佐证材料02 表2",
        "实际服务企业数（个）": "佐证材料03、04", "按行业统计服务企业数（个）": "佐证材料03 行业分布图（按百分比折算）",
        "按省市区域统计服务企业数（个）": "佐证材料04 说明函", "注册企业用户数（个）": "佐证材料06",
        "工业APP数量（个）": "佐证材料06", "平台核心软硬件技术获得的专利数量（项）": "佐证材料05",
        "平台核心软硬件技术获得的软著数量（个）": "佐证材料05",
    }


def build(root: Path, scratch: Path, truth_dir: Path) -> None:
    s = spec()
    s.proofs = proofs()
    check_limits(s)
    audit_consistency(s, {"ent_ind_sum", "dev_cat_names", "run_reg_sum"})
    pkg = root / PID
    files = {
        "1.联系人信息反馈表.docx": "联系人表", FORM: "申报表", SCAN: "申报表扫描件",
        "3.申报书_零碳绿色工厂综合数智化管理平台.docx": "申报书", "4.平台基本情况汇总表.xlsx": "汇总表", "5.真实性承诺（盖章）.pdf": "承诺",
        E_AUDIT: "evidence:audit_report", E_DEV: "evidence:device_list", E_PIE: "evidence:screenshot",
        E_LETTER: "evidence:other", E_IP: "evidence:patent_list", E_DASH: "evidence:screenshot",
    }
    docs.contact_docx(s, pkg / "1.联系人信息反馈表.docx")
    docs.form_docx(s, pkg / FORM)
    docs.form_scan(s, pkg / SCAN, scratch, 2701)
    ch2 = ["平台运营情况：截至2024年6月30日，平台接入各类能源设备12,488台（套），其中智能电表、流量计等计量仪表5,236台（套），"
           "空压机1,046台；新加坡项目接入设备292台（套）。",
           "平台实际服务企业864家，其中长三角地区企业736家，占比约85%；服务上海本地企业402家，海外客户18家。"]
    ch3 = ["三个典型案例中，设备运维成本平均下降12.64%，能耗平均下降14.82%，安全生产持续时间平均提升9.46%。"]
    cases = [("案例1：零碳绿色工厂平台——半导体工厂能碳一体化管理", "某半导体工厂接入能源计量点1,200余个，年节电约860万千瓦时。"),
             ("案例2：零碳绿色工厂平台——空压站群控节能", "某汽车零部件工厂空压站群控后综合能效提升18%。"),
             ("案例3：零碳绿色工厂平台——食品工厂碳足迹核算", "某食品企业完成主要产品碳足迹核算并获得第三方核查声明。")]
    att = ["佐证材料01 审计报告·平台收入专项（扫描件，第1-2页）", "佐证材料02 能源设备接入统计（1页）", "佐证材料03 服务企业行业分布（图片）",
           "佐证材料04 关于平台服务企业区域分布的说明（1页）", "佐证材料05 知识产权清单（Excel）", "佐证材料06 平台看板截图（图片）"]
    docs.proposal_docx(s, pkg / "3.申报书_零碳绿色工厂综合数智化管理平台.docx", docs.proposal_chapters(s, ch2, ch3, cases, att, None))
    docs.summary_xlsx_vertical(s, pkg / "4.平台基本情况汇总表.xlsx")
    docs.commitment_scan(s, pkg / "5.真实性承诺（盖章）.pdf", scratch, 2702)

    facts = audit_scan(s, pkg / E_AUDIT, scratch) + devices(s, pkg / E_DEV) + pie(s, pkg / E_PIE) + letter(s, pkg / E_LETTER)
    facts += ip_xlsx(s, pkg / E_IP, E_IP, "碳索", 27)
    tiles = dashboard_tiles(s)[:5] + [("接入能源设备", thousands(s.dev_total), "连接的工业设备/产品/产线种类及数量（台/套）", s.dev_total, "台/套")]
    C.save_png(C.dashboard("零碳绿色工厂平台 · 运营总览", [(a, b) for a, b, *_ in tiles]), pkg / E_DASH)
    facts += dashboard_facts(s, E_DASH, 1, tiles)

    ind_sum = sum(v for _, v in s.ent_ind)
    run_sum = sum(v for _, v in s.run_reg)
    js_true = dict(s.run_reg_true)["江苏"]
    probs = [
        problem(PID, 1, "breakdown_sum", ["按行业统计服务企业数（个）", "实际服务企业数（个）"], [FORM, E_PIE], "error",
                f"按行业统计服务企业数各项之和为 {ind_sum}，与实际服务企业数 {s.ent_total} 不一致（“机械”填 86；行业分布图中“装备制造”占 "
                f"{126 / 864 * 100:.2f}%，即 126 家）"),
        problem(PID, 2, "invalid_category",
                ["按二级分类统计工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"],
                [FORM, E_DEV], "error",
                "按二级分类统计工业设备数量中的“空压机：1046”不是附录A的工业设备二级分类（气体压缩机属附录A“动力设备”）；"
                "两项公有云分类统计中同样单列“空压机”"),
        problem(PID, 3, "breakdown_sum", ["按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"],
                [FORM, E_DEV], "error",
                f"按省市区域统计公有云工业设备平均日运行数量各项之和为 {run_sum:,}，与公有云工业设备平均日运行数量 {s.run_total:,} 不一致"
                f"（“江苏”填 {js_true - JS_CUT}，能源设备接入统计表2中为 {js_true}）"),
    ]
    write_truth(s, files, facts, probs, root, truth_dir)


def audit_scan(s: Spec, path: Path, scratch: Path) -> list:
    st = C.styles()
    show = finance_rows(s, "万元")
    src = scratch / f"{PID}_audit_src.pdf"
    p1 = [C.SP(30), C.P("上海碳索能源服务股份有限公司", st["title"]), C.P("平台业务收入专项审计报告", st["title"]),
          C.P("沪诚专审字〔2024〕第0259号", st["h"]), C.SP(50), C.P("上海诚正会计师事务所有限公司", st["h"])]
    p2 = [C.P("零碳绿色工厂综合数智化管理平台收入及利润专项表", st["title"]), C.P("单位：万元", st["small"]),
          C.pdf_table([["项目", "2021年", "2022年", "2023年"],
                       ["平台营业收入", show(s.rev[2021]), show(s.rev[2022]), show(s.rev[2023])],
                       ["平台研发投入", "352.60", "401.18", show(s.rd)],
                       ["平台利润总额", "186.25", "241.37", show(s.profit)]], (50, 40, 40, 40)),
          C.SP(4), C.P("注：平台营业收入为平台能效服务订阅、碳管理服务及平台相关运维服务收入。", st["small"])]
    C.build_pdf(src, [p1, p2], header="平台业务收入专项审计报告")
    C.scan_pdf(src, path, "上海诚正会计师事务所有限公司", 2703, seal_pages=(0, 1), dpi=120)
    return finance_facts(s, E_AUDIT, 2, "万元", image_only=True)


def devices(s: Spec, path: Path) -> list:
    st = C.styles()
    pub, run = dict(s.pub_cat), dict(s.run_cat)
    t1 = [["设备类别", "典型设备", "接入数量", "其中：公有云", "公有云日均运行"]]
    for k, v in s.dev_cat:
        t1.append([k, C.P(DEV_WORDS[k], st["cell"]), thousands(v), thousands(pub[k]), thousands(run[k])])
    t1.append(["合计", "", thousands(s.dev_total), thousands(s.pub_total), thousands(s.run_total)])
    preg, rreg = dict(s.pub_reg), dict(s.run_reg_true)
    t2 = [["区域", "接入数量", "其中：公有云", "公有云日均运行"]]
    for k, v in s.dev_reg:
        if k.startswith("新加坡"):
            continue
        t2.append([k, thousands(v), thousands(preg[k]), thousands(rreg[k])])
    t2.append(["海外", thousands(292), thousands(preg["新加坡Singapore"]), thousands(rreg["新加坡Singapore"])])
    t2.append(["　其中：新加坡Singapore", thousands(292), thousands(preg["新加坡Singapore"]), thousands(rreg["新加坡Singapore"])])
    t2.append(["合计", thousands(s.dev_total), thousands(s.pub_total), thousands(s.run_total)])
    p = [C.P("零碳绿色工厂平台能源设备接入统计", st["title"]),
         C.P("数据截至2024年6月30日；单位：台/套", st["small"]),
         C.P("表1　按设备类别", st["h"]), C.pdf_table(t1, (30, 62, 26, 26, 30), bold_rows=[len(t1) - 1], font_size=8.5),
         C.P("表2　按省市区域（设备所属企业注册地）", st["h"]),
         C.pdf_table(t2, (56, 36, 36, 36), bold_rows=[len(t2) - 1], indent_rows=[len(t2) - 2], font_size=8.5)]
    C.build_pdf(path, [p], header="佐证材料02")
    return [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", thousands(s.dev_total), "台/套", s.dev_total, E_DEV, 1, thousands(s.dev_total), "合计", "接入数量"),
        fact("公有云工业设备连接数量（台/套）", thousands(s.pub_total), "台/套", s.pub_total, E_DEV, 1, thousands(s.pub_total), "合计", "其中：公有云"),
        fact("公有云工业设备平均日运行数量（台/套）", thousands(s.run_total), "台/套", s.run_total, E_DEV, 1, thousands(s.run_total), "合计", "公有云日均运行"),
        fact("海外设备连接数量（台/套）", "292", "台/套", 292, E_DEV, 1, "292", "海外", "接入数量"),
    ]


def pie(s: Spec, path: Path) -> list:
    parts = [(PIE_WORDS[k], f"{v / s.ent_total * 100:.2f}%") for k, v in ENT_IND_TRUE]
    C.save_png(C.pie_chart("平台服务企业行业分布", ["服务企业", f"{s.ent_total}家"], parts), path)
    return [fact("实际服务企业数（个）", str(s.ent_total), "家", s.ent_total, E_PIE, 1, f"{s.ent_total}家", "服务企业", image_only=True)]


def letter(s: Spec, path: Path) -> list:
    st = C.styles()
    r = dict(s.ent_reg)
    body = (f"截至2024年6月30日，平台实际服务企业{s.ent_total}家，其中长三角地区（上海、江苏、浙江、安徽）{r['上海'] + r['江苏'] + r['浙江'] + r['安徽']}家，"
            f"约占85%，上海本地企业{r['上海']}家、江苏{r['江苏']}家、浙江{r['浙江']}家、安徽{r['安徽']}家；其他地区广东{r['广东']}家、"
            f"山东{r['山东']}家、福建{r['福建']}家、天津{r['天津']}家；海外客户18家，分别为新加坡Singapore {r['新加坡Singapore']}家、"
            f"马来西亚Malaysia {r['马来西亚Malaysia']}家。企业所属地按企业注册地统计。")
    p = [C.SP(10), C.P("关于平台服务企业区域分布的说明", st["title"]), C.SP(6), C.P("上海市经济和信息化委员会：", st["h"]),
         C.P(body, st["p"]), C.P("特此说明。", st["p"]), C.SP(20), C.P(f"{s.company}", st["h"]), C.P("2024年7月10日", st["h"])]
    C.build_pdf(path, [p], footer=False)
    return [fact("实际服务企业数（个）", str(s.ent_total), "家", s.ent_total, E_LETTER, 1, f"实际服务企业{s.ent_total}家", "实际服务企业")]
