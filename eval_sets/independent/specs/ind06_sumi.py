"""ind06 — 序号3 塑化领域的工业大数据共享平台, 上海塑米信息科技有限公司 (2023参评=-). 6 problems, HOLDOUT.

Planted: the platform is declared as “塑米城塑化产业互联网平台” with no 原名称+现名称 note (platform_name);
附件5 真实性承诺 missing (missing_file); 研发投入强度 8.46 ≠ 712.35÷6920.58 (formula); 服务中小企业数量
2,480 > 实际服务企业数 2,136 (subset); 2022年增长率 21.04% ≠ 19.04% (growth_rate); 平台定位 over 50字
(char_limit). Traps: company-wide and platform rows in one 专项说明 table (万元); 4.6万 rounded
dashboard number; one combined IP table whose totals sit in a sentence; no overseas devices.
"""

from __future__ import annotations

import random

from ..blocks import Cell, DocxStyle, Para, PdfStyle, Spacer, Title, grid
from ..evidence import combo_titles, dashboard, quantized_png
from ..finance import company_statements
from ..form import FormLayout, form_blocks
from ..kit import Built, Kit
from ..model import Company, Contact, D, Package, Style
from ..narrative import Case, Narrative, narrative_blocks
from ..summary import contact_blocks, summary_xlsx_vertical
from ..synth import growth, indicators
from ..texts import defaults, zi
from .common import fill_proofs, problem, verify

PID = "ind06_sumi_problems"
NAME = "塑米城塑化产业互联网平台"

PF = {  # 万元
    "2021": {"营业收入": D("4902.66"), "研发投入": D("526.80"), "利润总额": D("301.45")},
    "2022": {"营业收入": D("5836.12"), "研发投入": D("618.27"), "利润总额": D("392.08")},
    "2023": {"营业收入": D("6920.58"), "研发投入": D("712.35"), "利润总额": D("486.92")},
}
COMPANY_REV = {"2021": D("598210.46"), "2022": D("642318.90"), "2023": D("681240.53")}  # 万元


def package() -> Package:
    income, balance = company_statements(302, {y: COMPANY_REV[y] * 10000 for y in ("2022", "2023")}, assets_ratio=0.31)
    co = Company(
        name="上海塑米信息科技有限公司", short="塑米科技", credit_code="91310230MA1JX2LQ4P", founded="2015年9月6日",
        district="崇明区", reg_address="上海市崇明区城桥镇西门路799号（上海城桥经济开发区）", kind="有限责任公司（自然人投资或控股）",
        capital="5,000万元人民币", business="塑化产品电子商务平台运营、供应链管理、仓储物流信息服务、软件开发", legal_rep="黄志雄",
        shareholders=[("黄志雄", "2,550.00万元", "51.00%"), ("上海米链企业管理中心（有限合伙）", "1,450.00万元", "29.00%"),
                      ("厦门塑联投资有限公司", "1,000.00万元", "20.00%")],
        fax="021-59612200", income=income, balance=balance)
    ct = Contact("罗嘉豪", "战略发展部经理", "13902147783", "luojh@sumi-plas.example.com", "许婷", "运营主管", "13916042259",
                 "xuting@sumi-plas.example.com", "闵行区", "紫星路", "588号", "2号楼8楼会议室")
    rev = {"2020": D("4105.30")} | {y: PF[y]["营业收入"] for y in ("2021", "2022", "2023")}
    P = {
        "staff": 126, "staff_ops": 54, "staff_qual": 63, "revenue": rev["2023"], "rd": PF["2023"]["研发投入"], "profit": PF["2023"]["利润总额"],
        "build_amount": D("3980.00"), "dev_total": 2460, "pub": 2100, "daily": 1420,
        "dev_cat": {"物流设备": 55, "仪器仪表": 25, "化工设备": 20},
        "dev_reg": {"广东": 30, "浙江": 25, "江苏": 15, "上海": 10, "山东": 10, "福建": 10}, "protocols": 42,
        "apps": 96, "sw_total": 110, "apps_native": 70, "apps_cat": {"供应链管理": 40, "运营管理": 25, "仓储物流": 20, "质量管控": 15},
        "apps_ind": {"石化化工": 70, "轻工": 30}, "apps_mau": 72, "killer_dau": 3620, "killer_hits": 41250, "killer_income": D("38.60"),
        "pub_apps": 96, "pub_apps_dau": 48, "servers": D("128.00"), "pub_servers": 128, "storage": D("640.00"), "data": D("388.16"),
        "pub_data": D("388.16"), "models": 86, "models_active": 40, "models_users": 1260,
        "models_cat": {"数据算法模型": 5, "业务流程模型": 4, "行业机理模型": 2},
        "ms": 520, "ms_active": 288, "developers": 420, "developers_active": 96, "reg_users": 45860, "served": 2136, "served_sh": 214,
        "served_reg": {"广东": 30, "浙江": 25, "江苏": 18, "山东": 12, "福建": 10, "河北": 5},
        "served_ind": {"石化化工": 46, "轻工": 40, "服务业": 14}, "paying": 1508, "served_sme": 1890, "orders": (186420, 192006),
        "trade_growth": D("14.60"), "subs": 3120, "killer_subs": 1860, "subs_amount": D("968.30"), "dev_util": D("71.20"),
        "domestic": D("76.80"), "parks": 5, "solutions": 12, "om_down": D("9.60"), "energy_down": D("6.35"), "safety_up": D("8.20"),
        "indices": 5, "patents": 12, "softwares": 36, "awards": 3, "jobs": 520, "social": D("12.74"), "partners": 7,
    }
    v = indicators(302, P)
    v["served_sme"] = 2480                 # planted subset (> 2,136)
    v["rd_ratio"] = D("8.46")              # planted formula (712.35 / 6920.58 = 10.29)
    t = defaults(2, {"platform": NAME, "company_short": "塑米科技", "compute": "租用公有云实例128台，合计约3000核vCPU"})
    v.update(t)
    v["positioning"] = ("以塑化产业大数据为核心，面向石化生产企业、塑料制品加工企业、贸易商和物流仓储企业，提供交易撮合、供应链金融、"
                        "智慧物流、价格指数和产能共享等一站式服务的塑化行业工业大数据共享与产业互联网平台")
    assert zi(v["positioning"]) > 50
    v["policy"] = ("1. 工信部《“十四五”原材料工业发展规划》：推动原材料行业数字化转型；\n"
                   "2. 商务部等《关于推进供应链创新与应用的指导意见》：发展供应链服务平台；\n"
                   "3. 上海市《关于全面推进上海城市数字化转型的意见》：发展产业互联网平台；\n"
                   "4. 塑化行业中小企业多、交易链条长，价格与供需信息不对称，数据共享需求强。")
    v["other_resources"] = ("平台汇聚塑化产品牌号数据1.8万个、合作石化厂商132家、仓库410座、物流车辆2.6万辆，"
                            "形成塑化行业供需、价格、库存数据资源池。")
    v["edge"] = "在合作仓库部署称重、出入库扫码与视频采集边缘设备，支持数据采集、本地存储与网络传输；边缘计算应用节点310个，最低响应时延50毫秒。"
    v["speed"] = ("秒级", "秒级（每TB交易数据分析约9秒）")
    v["sec_rules"] = (True, "是，《平台信息安全管理制度》（SM-IS-001，2019年3月）、《交易数据安全管理办法》（SM-IS-004，2021年7月）")
    v["sec_test"] = (True, "是，每年一次第三方渗透测试")
    v["sec_scan"] = (True, "是，每月一次")
    v["listed"] = (True, "是，公司于2018年、2020年先后获得两轮VC投资。")
    v["benefit"] = "三个案例平均降低采购成本4.2%，平均缩短交付周期2.5天。"
    v["cost_down"] = "三个案例平均降低运维成本9.60%，仓储物流成本平均下降11%。"
    v["supply_chain"] = "平台连接132家石化厂商、410座仓库和2.6万辆物流车辆，实现订单、库存、物流与资金数据协同，订单平均交付周期由6天缩短至3.5天。"
    v["new_tech"] = "有。应用AI价格预测、区块链电子仓单和物联网仓储监管技术，电子仓单累计签发4.2万张。"
    v["breakthrough"] = (True, "是，自研塑化价格指数模型与电子仓单风控技术，价格预测准确率达88%。")
    v["carbon"] = (False, "否")
    v["idres"] = (False, "否")
    v["standards"] = "参与团体标准1项：《塑料原料电子交易服务规范》（参与，2022年）。"
    v["contribution"] = "平台服务塑化产业链中小企业，降低交易成本与资金成本，为行业提供价格指数与供需监测数据。"
    v["open_mech"] = "是，面向产业链开放价格指数、库存与物流数据服务，建立数据共享与收益分配机制。"
    v["open_data"] = "开放API接口58个、价格指数5项、行业周报与月报2类"
    v["new_models"] = "有。培育“交易+物流+金融”一体化供应链服务模式。"
    v["factories"] = (1, "是，1家：上海某塑料制品有限公司智能工厂，提供原料集采与库存协同服务。")
    p = Package(
        pid=PID, list_no=3, declared_name=NAME, name_cell=NAME, nature="行业型工业互联网平台", company=co, contact=ct,
        url="https://www.sumicity.example.com", account="pj_expert", password="Sm2024!chk", build_from="2016.03",
        build_to="2023.12", build_amount=P["build_amount"], revenue_years=rev, growth=growth(rev), build_mode="自建",
        partner="", run_mode="自运营", iaas="租用", iaas_vendor="华为云计算技术有限公司", deploy=["公有云"], deploy_other="",
        intro=(f"{NAME}由上海塑米信息科技有限公司建设运营，面向塑化产业链提供交易撮合、智慧物流、供应链金融、价格指数和数据共享服务，"
               "汇聚塑化产品牌号数据1.8万个、合作仓库410座，注册企业用户4.6万家，实际服务企业2,136家。"),
        effect="平台帮助塑化产业链中小企业降低采购成本约4.2%，订单交付周期由6天缩短至3.5天，带动新增就业520人。",
        v=v,
    )
    p.growth["2022"] = D("21.04")  # planted growth_rate (true 19.04)
    p.extra["profit_declared"] = PF["2023"]["利润总额"]
    return p


def build() -> tuple[Built, Package]:
    p = package()
    v = p.v
    b = Built(PID, "序号3塑米平台（以另一名称申报、未注明原名称+现名称），6个问题：平台名称、缺附件5真实性承诺、研发投入强度公式错、"
                   "服务中小企业数大于实际服务企业数、2022年增长率错误、平台定位超过50字。",
              ["naming:prefix", "evidence_dir:flat", "columns:grouped-rows+content+actual+proof", "headings:word",
               "platform_part:专项说明(万元,公司与平台同表)", "summary:xlsx-text", "stamped_scan", "screenshots:png",
               "no_overseas", "missing:附件5"], "folder", secrets=[p.password])
    k = Kit(p, b, seal_seed=303)
    rng = random.Random(3)
    co = p.company
    H = lambda t: Cell(t, bold=True, align="center", shade="EDEDED")
    rows = [[H("项目"), H("2021年"), H("2022年"), H("2023年")]]
    rows.append([Cell("公司营业收入（合并口径，含塑化产品自营销售）")] + [Cell(f"{COMPANY_REV[y]:,.2f}", align="right") for y in PF])
    rows.append([Cell("其中：平台相关营业收入（平台服务费、物流及金融服务收入）")] + [Cell(f"{PF[y]['营业收入']:,.2f}", align="right") for y in PF])
    rows.append([Cell("平台相关研发投入")] + [Cell(f"{PF[y]['研发投入']:,.2f}", align="right") for y in PF])
    rows.append([Cell("平台利润总额")] + [Cell(f"{PF[y]['利润总额']:,.2f}", align="right") for y in PF])
    blocks = [Title("关于塑米城平台近三年经营数据的专项说明", 15),
              Para("上海市经济和信息化委员会：", bold=True),
              Para("我公司主营塑化产品电子商务平台运营及供应链服务。公司合并营业收入中包含塑化产品自营销售收入（按总额法确认），该部分收入"
                   "不属于平台服务收入。根据《评价指标解释及填报指引》“平台相关营业收入需将平台相关收益单列”的要求，现将平台相关经营数据"
                   "说明如下：", indent=True),
              Para("单位：万元", align="right", size=9), grid([3.4, 1.4, 1.4, 1.4], rows, header_rows=1, size=9.5),
              Para("拆分方式：平台相关营业收入包括平台交易服务费、物流服务收入、供应链金融服务收入及数据服务收入，按财务系统中平台业务"
                   "辅助核算项目取数；平台相关研发投入按研发项目归集；平台利润总额按平台业务收入扣除直接成本及按收入比例分摊的期间费用计算。",
                   indent=True),
              Para("以上数据与公司2021—2023年度经审计财务报表一致，审计报告备查。", indent=True), Spacer(30),
              Para("上海塑米信息科技有限公司", align="right"), Para("2024年7月12日", align="right")]
    f1 = k.pdf("塑米_附件3-1_平台经营数据专项说明.pdf", blocks, PdfStyle(font="STSong-Light", size=11, table_size=9.5),
               "evidence:audit_report", "audit")
    k.fact(f1, "平台相关营业收入（万元）", "6,920.58", "万元", 6920.58, row_label="其中：平台相关营业收入", column_label="2023年")
    k.fact(f1, "平台近三年经营指标情况", "5,836.12", "万元", 5836.12, row_label="其中：平台相关营业收入", column_label="2022年",
           component="2022年平台营收（万元）")
    k.fact(f1, "平台近三年经营指标情况", "4,902.66", "万元", 4902.66, row_label="其中：平台相关营业收入", column_label="2021年",
           component="2021年平台营收（万元）")
    k.fact(f1, "平台相关研发投入（万元）", "712.35", "万元", 712.35, row_label="平台相关研发投入", column_label="2023年")
    k.fact(f1, "平台利润率（%）", "486.92", "万元", 486.92, row_label="平台利润总额", column_label="2023年", component="平台利润总额（万元）")
    k.fact(f1, "投资回报率（%）", "486.92", "万元", 486.92, row_label="平台利润总额", column_label="2023年", component="平台年利润（万元）")

    s1 = dashboard("塑米城 · 塑化产业数据大屏", "数据更新：2024-07-11", [("平台注册企业", "4.6万", "家"), ("近一年成交订单", "192,006", "笔"),
                   ("合作仓库", "410", "座"), ("特色指数", "5", "个")], seed=31, theme="dark",
                   ranking=[("PP指数", 7826), ("PE指数", 8412), ("PVC指数", 6035), ("ABS指数", 11860), ("PS指数", 9120)],
                   bar_title="近12个月成交量（万吨）", ranking_title="塑米价格指数（点）")
    f2 = k.add("塑米_附件3-2_平台数据看板截图.png", quantized_png(s1, 64), "evidence:screenshot", "screens")
    k.fact(f2, "注册企业用户数（个）", "4.6万", "家", 46000, row_label="平台注册企业")
    k.fact(f2, "平台现有特色指数（个）", "5", "个", 5, row_label="特色指数")

    owner = co.name
    pats = combo_titles(rng, ["一种", "一种基于大数据的", "一种塑化产品"], ["价格指数", "电子仓单", "仓储监管", "物流调度", "交易撮合", "信用评估"],
                        ["计算方法", "生成系统", "风控方法", "装置"], 12)
    sws = combo_titles(rng, ["塑米城", "塑米"], ["交易", "仓储", "物流", "金融风控", "价格指数", "数据中台", "会员管理", "电子合同", "客服"],
                       ["系统V1.0", "平台V2.0", "软件V3.0", "APP V1.2"], 36)
    rows = [[H("序号"), H("类别"), H("名称"), H("证书号/登记号"), H("权利人")]]
    i = 0
    for t_ in pats:
        i += 1
        rows.append([Cell(str(i), align="center"), Cell("发明专利" if i % 3 else "实用新型"), Cell(t_),
                     Cell(f"ZL20{rng.randint(17, 23)}1{rng.randint(1000000, 1999999)}.{rng.randint(0, 9)}"), Cell(owner)])
    for t_ in sws:
        i += 1
        rows.append([Cell(str(i), align="center"), Cell("软件著作权"), Cell(t_), Cell(f"20{rng.randint(16, 24)}SR{rng.randint(100000, 999999)}"),
                     Cell(owner)])
    ipb = [Title("知识产权清单", 15), Para(f"截至2024年6月30日，平台核心软硬件技术共获得知识产权48项，其中专利{len(pats)}项，"
                                         f"软件著作权{len(sws)}项，权利人均为{owner}。", indent=True),
           grid([0.6, 1.1, 3.2, 2.2, 2.4], rows, header_rows=1, size=8.2)]
    f3 = k.pdf("塑米_附件3-3_知识产权清单.pdf", ipb, PdfStyle(font="WQY", table_size=8.2), "evidence:patent_list", "ip")
    k.fact(f3, "平台核心软硬件技术获得的专利数量（项）", "12", "项", 12, quote="其中专利12项")
    k.fact(f3, "平台核心软硬件技术获得的软著数量（个）", "36", "项", 36, quote="软件著作权36项")

    fill_proofs(p, {
        **{key: "附件3-1" for key in ("rd", "rd_ratio", "revenue", "margin", "roi")},
        "reg_users": "附件3-2", "indices": "附件3-2", "patents": "附件3-3", "softwares": "附件3-3",
    }, numeric_default="平台系统统计", text_default="详见申报书")
    lay = FormLayout(columns="grouped", style=Style(thousands=True, bd_sep="、", bd_colon="：", pct_sign=False, yes_mark="■"),
                     date="2024年7月12日", footnotes=False)
    fb = form_blocks(p, lay)
    dst = DocxStyle(font="楷体", size=12, table_size=9.5, heading_font="黑体", headings="word")
    k.docx("塑米_附件2_申报表.docx", fb, dst, "申报表", "form")
    k.scan("塑米_附件2_申报表(盖章).pdf", fb, PdfStyle(font="WQY", table_size=8.4, size=10.5), "申报表扫描件",
           seal_at=[(0, "（公章）")], key="form_scan", seal_offset=(-0.03, 0.0), producer="Brother MFC-L8900CDW")
    n = narrative(p)
    k.docx("塑米_附件3_申报书.docx", narrative_blocks(p, n, date="2024年7月12日"), dst, "申报书", "narrative")
    k.docx("塑米_附件1_联系人信息反馈表.docx", contact_blocks(p), DocxStyle(font="宋体", size=12), "联系人表", "contact")
    k.xlsx("塑米_附件4_汇总表.xlsx", summary_xlsx_vertical(p, Style(thousands=True), numbers_as_numbers=False), "汇总表", "summary")
    verify(p, n, expected={("subset", "served_sme"), ("formula", "rd_ratio"), ("growth_rate", "2022")},
           expected_limits={"positioning"})
    listed = p.listed[0]
    p.problems = [
        problem("platform_name", "platform_name", ["平台名称"], ["form", "narrative"], "warning",
                f"申报表平台名称为“{NAME}”，与附件6名单（序号3）中的“{listed}”不一致，且未按要求注明平台原名称+现名称"),
        problem("missing_file", "missing_file", ["附件5 真实性承诺"], [], "error",
                "申报材料中缺少附件5 真实性承诺（通知要求由法人代表或其授权代表签名并加盖申报单位公章）"),
        problem("formula", "formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], ["form"], "error",
                "平台相关研发投入强度（%）填报 8.46，按填报指引公式 712.35 ÷ 6920.58 × 100% 应为 10.29"),
        problem("subset", "subset", ["服务中小企业数量（个）", "实际服务企业数（个）"], ["form"], "error",
                "服务中小企业数量 2480 个大于实际服务企业数 2136 个（前者是后者的“其中”项）"),
        problem("growth_rate", "growth_rate", ["平台近三年经营指标情况"], ["form"], "error",
                "2022年增长率填报 21.04%，由2021年营收 4902.66 万元与2022年营收 5836.12 万元计算应为 19.04%"),
        problem("char_limit", "char_limit", ["平台定位是否明确"], ["form"], "warning",
                f"“平台定位是否明确”共 {zi(v['positioning'])} 字，超过填报指引要求的50字以内"),
    ]
    return b, p


def narrative(p: Package) -> Narrative:
    return Narrative(
        company_intro=[("上海塑米信息科技有限公司成立于2015年，是专注塑化产业的产业互联网企业，2023年公司合并营业收入68.12亿元"
                       "（含塑化产品自营销售），其中平台相关营业收入6,920.58万元。")],
        competence=["公司拥有塑化行业交易、仓储、物流和金融数据的长期积累，自研价格指数模型与电子仓单风控系统，平台团队126人。"],
        basic=[(f"{NAME}于2016年3月上线，2023年12月完成数据共享平台升级，建设金额3,980.00万元，自建、自运营，IaaS租用华为云，"
               "部署于公有云。平台面向塑化产业链提供交易撮合、智慧物流、供应链金融和数据共享服务。")],
        architecture=["平台由数据采集层、数据中台、交易中台、风控中台和应用层组成，提供交易、仓储、物流、金融、指数等应用96个。"],
        advance=["平台价格指数覆盖PP、PE、PVC、ABS、PS五大品类，价格预测准确率88%，在行业内具有较高影响力。"],
        bench=[("3.1.1 平台应用规模", "注册企业4.6万家，服务企业2,136家", "某化工电商平台：注册企业约3万家")],
        operations=["截至2024年6月，平台注册企业用户45,860家，实际服务企业2,136家，近一年成交订单192,006笔。"],
        tech_innovation="技术创新点总结：一是塑化价格指数模型；二是区块链电子仓单；三是物联网仓储监管；四是交易信用评估模型。",
        effects=["平台帮助企业降低采购成本约4.2%，订单交付周期缩短至3.5天，带动新增就业520人。"],
        app_innovation="应用创新点总结：形成“交易+物流+金融+数据”一体化服务，以电子仓单破解中小企业融资难题。",
        plan=["下一步将拓展再生塑料交易与碳足迹服务，建设塑化行业数据共享空间。"],
        cases=[Case(f"{NAME}——原料集采降本", "广东某塑料制品企业，年采购PP、PE原料约3万吨。", "平台提供集采撮合与价格指数服务。",
                    ["采购成本下降4.5%，库存周转天数减少6天。"]),
               Case(f"{NAME}——电子仓单融资", "浙江某塑化贸易商，年交易额约5亿元。", "平台提供电子仓单与供应链金融服务。",
                    ["融资周期由7天缩短至1天，资金成本下降约2个百分点。"]),
               Case(f"{NAME}——智慧仓储物流", "江苏某第三方仓储企业，管理塑化仓库6座。", "平台提供仓储监管与物流调度服务。",
                    ["出入库效率提升35%，物流成本下降11%。"])],
        attachments=[("附件3-1 平台经营数据专项说明", "PDF"), ("附件3-2 平台数据看板截图", "PNG"), ("附件3-3 知识产权清单", "PDF")],
    )
