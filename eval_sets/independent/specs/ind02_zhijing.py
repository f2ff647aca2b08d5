"""ind02 — 序号19 “飞梭智纺”纺织工业互联网平台, 上海致景信息科技有限公司 (2023参评=是). Clean, HOLDOUT.

Traps: renamed platform written as 原名称+现名称; 平台性质 only in the 平台基本情况介绍 prose (the applicant's
汇总表 has no 平台性质 row); 申报表 delivered only as XLSX + stamped scan (no DOCX); the audit report is
itself a scan (company statements + 平台业务收入明细表 in 元, years in reverse order); screenshots as
PNG files with captions 入驻企业 / 应用总数 / 累计订阅 and a rounded 1.3万; the device list as XLSX (three
sheets); orders with two readings while the 汇总表 keeps the trailing-year one; chapter 七 present.
"""

from __future__ import annotations

import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from ..blocks import DocxStyle, PageBreak, PdfStyle
from ..evidence import (
    dashboard,
    ip_list_blocks,
    patent_rows,
    quantized_png,
    software_rows,
)
from ..finance import audit_blocks, company_statements, platform_table, wan
from ..form import FormLayout, form_blocks, form_workbook
from ..kit import Built, Kit
from ..model import Company, Contact, D, Package, Style
from ..narrative import Case, Narrative, narrative_blocks
from ..scan import seal_image
from ..summary import commitment_blocks, contact_blocks, summary_docx_blocks
from ..synth import growth, indicators
from ..texts import defaults
from .common import fill_proofs, verify

PID = "ind02_zhijing_clean"
OLD = "“飞梭智纺”纺织工业互联网平台"
NEW = "飞梭智纺纺织产业互联网平台"

YUAN = {
    "2020": {"营业收入": D("52618905.12")},
    "2021": {"订阅收入": D("23518300.46"), "交易服务收入": D("38215920.12"), "营业收入": D("61734220.58"),
             "研发投入": D("12403318.20"), "利润总额": D("6120418.33")},
    "2022": {"订阅收入": D("29316044.85"), "交易服务收入": D("44702619.05"), "营业收入": D("74018663.90"),
             "研发投入": D("14518210.64"), "利润总额": D("8305127.90")},
    "2023": {"订阅收入": D("37218840.11"), "交易服务收入": D("52404678.25"), "营业收入": D("89623518.36"),
             "研发投入": D("17204386.45"), "利润总额": D("10842107.77")},
}


def package() -> Package:
    income, balance = company_statements(1902, {"2022": D("1874215306.40"), "2023": D("2136480925.63")}, assets_ratio=0.92)
    co = Company(
        name="上海致景信息科技有限公司", short="致景科技", credit_code="91310115MA1K4C7R2X", founded="2013年4月12日",
        district="闵行区", reg_address="上海市闵行区申长路988弄3号楼", kind="有限责任公司（外商投资、非独资）",
        capital="12,658.30万元人民币", business="纺织产业互联网平台运营、纺织面料及原料供应链服务、纺织工业软件及智能硬件研发",
        legal_rep="何永坚",
        shareholders=[("致景控股（香港）有限公司", "6,455.73万元", "51.00%"), ("上海景纺企业管理合伙企业（有限合伙）", "3,544.32万元", "28.00%"),
                      ("宁波梭织创业投资合伙企业（有限合伙）", "2,658.25万元", "21.00%")],
        fax="021-54236611", income=income, balance=balance, auditor="上海浦华会计师事务所（特殊普通合伙）",
        audit_no="浦华审字（2024）第1127号", cpas=("郑伟", "沈嘉"))
    ct = Contact("陈立峰", "产业互联网事业部总监", "13962118437", "chenlf@zhijing-tex.example.com", "吴倩", "政府事务经理",
                 "13901987265", "wuqian@zhijing-tex.example.com", "闵行区", "申长路", "988号", "3号楼12层多功能厅")
    rev = {y: wan(YUAN[y]["营业收入"]) for y in ("2020", "2021", "2022", "2023")}
    rd, profit = wan(YUAN["2023"]["研发投入"]), wan(YUAN["2023"]["利润总额"])
    P = {
        "staff": 236, "staff_ops": 131, "staff_qual": 158, "revenue": rev["2023"], "rd": rd, "profit": profit, "build_amount": D("6280.00"),
        "dev_total": 38642, "pub": 30118, "daily": 24506,
        "dev_cat_fixed": {"轻工设备": 31208, "动力设备": 3126, "电力设备": 1904, "仪器仪表": 1577, "物流设备": 827},
        "dev_reg": {"浙江": 34, "江苏": 22, "福建": 14, "广东": 12, "上海": 5, "山东": 7, "河南": 6},
        "overseas": {"越南Vietnam": 50, "孟加拉国Bangladesh": 30, "柬埔寨Cambodia": 20}, "overseas_total": 1126, "protocols": 168,
        "apps": 186, "sw_total": 214, "apps_native": 138,
        "apps_cat": {"生产制造": 30, "供应链管理": 22, "质量管控": 14, "运营管理": 14, "仓储物流": 8, "节能减排": 6, "研发设计": 6},
        "apps_ind": {"纺织": 82, "轻工": 10, "服务业": 8}, "apps_mau": 131, "killer_dau": 8460, "killer_hits": 96380,
        "killer_income": D("186.52"), "pub_apps": 172, "pub_apps_dau": 94, "servers": D("356.00"), "pub_servers": 318,
        "storage": D("1420.00"), "data": D("986.35"), "pub_data": D("902.18"), "models": 164, "models_active": 92, "models_users": 2314,
        "models_cat": {"数据算法模型": 4, "研发仿真模型": 1, "行业机理模型": 3, "业务流程模型": 3},
        "ms": 862, "ms_active": 517, "developers": 3460, "developers_active": 812, "reg_users": 12760, "served": 9845, "served_sh": 386,
        "served_reg": {"浙江": 36, "江苏": 24, "福建": 14, "广东": 12, "山东": 6, "河南": 4, "越南Vietnam": 2,
                    "孟加拉国Bangladesh": 2},
        "served_ind": {"纺织": 86, "轻工": 8, "服务业": 6}, "paying": 3912, "served_sme": 9216, "orders": (126540, 133872),
        "trade_growth": D("21.37"), "subs": 9420, "killer_subs": 6085, "subs_amount": D("3846.20"), "dev_util": D("83.65"),
        "domestic": D("78.50"), "parks": 14, "solutions": 22, "om_down": D("15.82"), "energy_down": D("12.36"), "safety_up": D("10.24"),
        "indices": 5, "patents": 9, "softwares": 31, "awards": 4, "jobs": 1260, "social": D("18.42"), "partners": 12,
    }
    v = indicators(1902, P)
    t = defaults(1, {"platform": NEW, "company_short": "致景科技",
                     "compute": "租用阿里云ECS实例318台、自建边缘服务器38台，合计vCPU约5200核，支持弹性伸缩"})
    v.update(t)
    v["positioning"] = "服务纺织全产业链的综合型工业互联网平台，以织造数字化为切入，打通设计、生产、交易与物流"
    v["policy"] = ("1. 工信部等《纺织工业提质升级实施方案（2023—2025年）》：推进纺织行业数字化转型；\n"
                   "2. 工信部《“十四五”智能制造发展规划》：发展行业工业互联网平台；\n"
                   "3. 上海市《推动工业互联网创新升级 实施“工赋上海”三年行动计划》：培育特色行业平台；\n"
                   "4. 纺织行业中小企业占比超九成，数字化基础薄弱，平台化、共享化服务需求旺盛。")
    v["other_resources"] = ("平台汇聚面料SKU约68万个、坯布及纱线供应商4,100余家、印染加工厂620家、物流服务商85家，"
                            "形成面料数字样本库与产能共享池，支持订单与产能的智能匹配。")
    v["edge"] = ("自研织机物联网盒子支持数据采集、数据存储、网络传输和断线智能分析；边缘计算应用节点8,950个，"
                 "最低响应时延20毫秒，可在弱网环境下本地缓存72小时数据。")
    v["speed"] = ("秒级", "秒级，每TB订单与产能数据匹配分析约5秒")
    v["sec_rules"] = (True, ("是：《平台信息安全管理制度》FS-ISMS-01（2020年5月制订）、《数据分类分级管理规范》FS-ISMS-06"
                            "（2022年8月制订）、《网络安全事件应急预案》FS-ISMS-09（2023年3月修订）"))
    v["sec_test"] = (True, "是，每半年一次第三方渗透测试，每年一次等保三级测评")
    v["sec_scan"] = (True, "是，每周自动化漏洞扫描，每季度人工复核")
    v["listed"] = (True, "是，公司已完成多轮VC/PE融资，累计获得投资机构股权投资逾10亿元，最近一轮为2021年C轮。")
    v["benefit"] = "三个案例用户平均订单交付周期缩短18%，织机平均开机率提升9.6个百分点，平均带动营收增长约12%。"
    v["cost_down"] = "三个案例平均降低运维成本15.82%、单位产品能耗下降12.36%，面料库存平均下降21%。"
    v["supply_chain"] = ("平台连接纱线供应商、织造厂、印染厂、成衣品牌商和物流商，实现订单、产能、库存、物流数据在线协同。"
                         "通过对4,100余家供应商的交付准时率、质量合格率进行动态评级，平台撮合订单的准时交付率达到93%；"
                         "织造环节产能利用率由平台接入前的62%提升至75%，带动链上中小织造厂平均订单获取周期缩短约30%。")
    v["new_tech"] = "有。平台应用AI视觉验布、5G+边缘计算和AI大模型：AI验布系统瑕疵识别准确率达95%；基于大模型的面料智能搜索支持以图搜布、语义搜布，日均调用超过6万次。"
    v["breakthrough"] = (True, "是，自研织机低成本物联网采集终端与“织造排产优化算法”，终端成本约为进口方案的三分之一，排产效率提升约25%。")
    v["carbon"] = (True, "是，提供碳足迹核算与碳排放监测服务，已为86家印染及织造企业核算面料产品碳足迹。")
    v["idres"] = (True, "是，接入国家标识解析纺织行业二级节点，为坯布卷、面料批次赋码约2,300万个。")
    v["standards"] = "参与行业标准2项：《纺织行业工业互联网平台应用指南》（参与，2022年）、《织造企业设备联网技术要求》（参与，2023年）。"
    v["contribution"] = ("平台服务纺织企业9,845家，其中中小企业9,216家，带动浙江、江苏、福建等纺织产业集群数字化转型；"
                         "在本市服务企业386家，支撑时尚消费品产业发展，为行业主管部门提供产能与价格监测数据。")
    v["open_mech"] = "是，平台向产业链开放面料数据库、产能共享池和订单撮合接口，按“授权使用、收益共享”机制与合作方共享数据。"
    v["open_data"] = "开放API接口142个；面料样本数据集3个（约68万SKU）；纺织产能与价格指数数据服务5项"
    v["new_models"] = "有。培育“共享织造”网络化协同模式，平台统筹订单、分布式调度产能，已带动3,100余家织造厂参与共享生产。"
    v["factories"] = (3, ("是，3家：上海嘉麟纺织科技有限公司智能工厂（金山区）、上海锦纶织造有限公司智能工厂（松江区）、"
                         "上海东帆服饰有限公司智能工厂（奉贤区），提供设备联网、排产优化与面料采购协同服务。"))
    p = Package(
        pid=PID, list_no=19, declared_name=NEW,
        name_cell=f"{NEW}\n（原名称：{OLD}；现名称：{NEW}。2024年3月因品牌升级更名）",
        nature="综合型工业互联网平台", company=co, contact=ct, url="https://www.feisuo-tex.example.com", account="expert2024",
        password="Fs@2024#eval", build_from="2019.03", build_to="2023.12", build_amount=P["build_amount"],
        revenue_years=rev, growth=growth(rev), build_mode="合作共建", partner="浙江纺云数字科技有限公司", run_mode="联合运营",
        iaas="租用", iaas_vendor="阿里云计算有限公司", deploy=["边缘侧", "公有云"], deploy_other="",
        intro=(f"{NEW}（原名称：{OLD}）是上海致景信息科技有限公司联合浙江纺云数字科技有限公司打造的综合型工业互联网平台，"
               "面向纺织全产业链提供织造数字化、面料交易、共享生产和供应链金融等服务。平台通过自研织机物联网终端接入织机等设备3.8万余台"
               "（套），形成“数字工厂+产能共享+面料交易”的服务体系，主要功能包括织机联网与生产管理、订单智能排产、AI验布、面料搜索与交易、"
               "物流与金融服务等。平台已服务纺织企业9,845家，主要客户为浙江、江苏、福建等地的织造厂、印染厂及服装品牌商。"),
        effect=("平台针对纺织行业“小散乱、信息不对称、产能利用率低”的痛点，以数字化手段连接分散的织造产能与市场订单。"
                "平台服务企业平均订单交付周期缩短18%，织机开机率平均提升9.6个百分点，单位产品能耗平均下降12.36%；"
                "平台撮合订单的准时交付率达93%，带动新增就业1,260人，推动纺织产业集群向网络化协同、服务化延伸转型。"),
        v=v,
    )
    p.extra["profit_declared"] = profit
    p.extra["summary_orders"] = "ttm"
    p.summary_missing_rows = {"平台性质"}
    return p


def cross_table(rows: dict[str, int], cols: dict[str, int]) -> dict[tuple[str, str], int]:
    """Integer region × category table whose row and column sums are exactly the two breakdowns."""
    total = sum(rows.values())
    assert total == sum(cols.values())
    m = {(r, c): rows[r] * cols[c] // total for r in rows for c in cols}
    need_r = {r: rows[r] - sum(m[(r, c)] for c in cols) for r in rows}
    need_c = {c: cols[c] - sum(m[(r, c)] for r in rows) for c in cols}
    for r in rows:
        for c in cols:
            k = min(need_r[r], need_c[c])
            if k > 0:
                m[(r, c)] += k
                need_r[r] -= k
                need_c[c] -= k
    assert not any(need_r.values()) and not any(need_c.values())
    return {k: n for k, n in m.items() if n}


def device_xlsx(p: Package) -> Workbook:
    v = p.v
    wb = Workbook()
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr = PatternFill("solid", fgColor="C6E0B4")

    def table(ws, r, head, rows, total=True):
        for c, h in enumerate(head, start=1):
            x = ws.cell(row=r, column=c, value=h)
            x.font = Font(name="微软雅黑", bold=True, size=10)
            x.fill = hdr
            x.border = bd
            x.alignment = Alignment(horizontal="center", wrap_text=True)
        for i, row in enumerate(rows, start=1):
            for c, val in enumerate(row, start=1):
                x = ws.cell(row=r + i, column=c, value=val)
                x.border = bd
                if isinstance(val, int):
                    x.number_format = "#,##0"
        if total:
            rr = r + len(rows) + 1
            ws.cell(row=rr, column=1, value="合计").font = Font(bold=True)
            for c in range(2, len(head) + 1):
                x = ws.cell(row=rr, column=c, value=sum(row[c - 1] for row in rows))
                x.number_format = "#,##0"
                x.font = Font(bold=True)
                x.border = bd
            ws.cell(row=rr, column=1).border = bd
        return r + len(rows) + 3

    ws = wb.active
    ws.title = "按设备分类汇总"
    ws["A1"] = "飞梭智纺纺织产业互联网平台接入设备汇总（截至2024年6月30日）"
    ws["A1"].font = Font(name="微软雅黑", bold=True, size=12)
    rows = [[k, v["dev_cat"][k], v["pub_cat"][k], v["daily_cat"][k]] for k in v["dev_cat"]]
    table(ws, 3, ["设备二级分类（附录A）", "接入设备数（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"], rows)
    ws.cell(row=12, column=1, value="注：轻工设备主要为喷水织机、喷气织机、剑杆织机及经编机等纺织机械。")
    for col, w in zip("ABCD", (26, 20, 20, 22)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("按区域汇总")
    ws2["A1"] = "按设备所属企业注册地统计"
    dom = [[k, v["dev_reg"][k], v["pub_reg"][k], v["daily_reg"][k]] for k in v["dev_reg"]]
    nxt = table(ws2, 3, ["省市区域", "接入设备数（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"], dom)
    ws2.cell(row=nxt, column=1, value="其中海外设备按国家统计").font = Font(bold=True)
    over = [[k, n] for k, n in v["overseas_bd"].items()]
    for i, (k, n) in enumerate(over, start=1):
        ws2.cell(row=nxt + i, column=1, value=k)
        ws2.cell(row=nxt + i, column=2, value=n)
    ws2.cell(row=nxt + len(over) + 1, column=1, value="海外合计")
    ws2.cell(row=nxt + len(over) + 1, column=2, value=sum(n for _, n in over))
    for col, w in zip("ABCD", (26, 20, 20, 22)):
        ws2.column_dimensions[col].width = w
    ws3 = wb.create_sheet("接入明细（按客户）")
    head = ["序号", "客户编号", "所在地区", "设备二级分类", "接入数量（台/套）"]
    for c, h in enumerate(head, start=1):
        ws3.cell(row=1, column=c, value=h).font = Font(bold=True)
    rng = random.Random(1919)
    r = 2
    for (region, cat), n in cross_table(v["dev_reg"], v["dev_cat"]).items():
        left = n
        while left > 0:
            take = min(left, rng.randint(60, 900))
            left -= take
            ws3.cell(row=r, column=1, value=r - 1)
            ws3.cell(row=r, column=2, value=f"KH{rng.randint(100000, 999999)}")
            ws3.cell(row=r, column=3, value=region)
            ws3.cell(row=r, column=4, value=cat)
            ws3.cell(row=r, column=5, value=take)
            r += 1
    ws3.cell(row=r, column=4, value="合计")
    ws3.cell(row=r, column=5, value=f"=SUM(E2:E{r - 1})")
    return wb


PATENTS = ["一种织机运行状态采集终端", "一种基于机器视觉的坯布瑕疵检测方法", "一种织造订单智能排产方法及系统", "一种织机断纱停机识别装置",
           "一种面料图像检索方法", "一种纺织产能共享调度方法及系统", "一种用于喷水织机的低功耗数据采集装置", "一种面料色差在线检测装置及方法",
           "一种坯布卷标识追溯装置"]
SOFTWARES = [f"{n}V{1 + i % 3}.{i % 5}" for i, n in enumerate([
    "飞梭智纺织机联网管理系统", "织造工厂生产管理软件", "智能排产引擎软件", "AI验布系统", "面料智能搜索系统", "百布面料交易平台",
    "全布供应链协同系统", "纺织产能共享调度平台", "坯布仓储管理系统", "印染订单跟踪系统", "纺织物流调度系统", "供应链金融风控系统",
    "织机能耗监测软件", "面料碳足迹核算软件", "纺织标识解析对接软件", "织造质量追溯系统", "面料数字样本库管理软件",
    "纱线价格指数发布系统", "织机运维工单系统", "移动端织厂管家APP", "平台开放接口管理系统", "开发者门户软件", "数据中台治理软件",
    "纺织行业知识图谱软件", "订单智能报价系统", "面料设计协同软件", "织厂数字驾驶舱软件", "平台统一认证系统", "电子合同管理系统",
    "纺织产业大数据分析系统", "智能客服机器人软件"])]


def build() -> tuple[Built, Package]:
    p = package()
    b = Built(PID, "序号19致景科技纺织平台（更名，写明原名称+现名称），干净包：申报表仅有XLSX+盖章扫描件、审计报告为扫描件"
                   "（公司报表+平台业务收入明细表，元，年度倒序）、截图为PNG文件（入驻企业1.3万等）、设备清单为三张工作表的XLSX、"
                   "平台性质只出现在平台基本情况介绍中、汇总表为DOCX且只写截至填表日前一年的订单数、第七章。",
              ["naming:numbered-dash", "evidence_dir:03-附件", "form:xlsx-only", "columns:combined+content+actual+proof",
               "headings:bold", "audit:scan", "audit_unit:元", "audit_columns:本期金额/上期金额", "platform_part:明细表(元,倒序)",
               "summary:docx", "commitment:docx", "stamped_scan", "screenshots:png", "device_list:xlsx", "name_change",
               "nature:prose-only"], "folder", secrets=[p.password])
    k = Kit(p, b, seal_seed=1919)
    ev = "03-附件/"
    rng = random.Random(19)
    # audit report, scanned
    co = p.company
    items = [("平台SaaS订阅及技术服务收入", {y: YUAN[y]["订阅收入"] for y in ("2021", "2022", "2023")}),
             ("平台交易撮合及供应链服务收入", {y: YUAN[y]["交易服务收入"] for y in ("2021", "2022", "2023")}),
             ("平台营业收入合计", {y: YUAN[y]["营业收入"] for y in ("2021", "2022", "2023")}),
             ("平台研发投入", {y: YUAN[y]["研发投入"] for y in ("2021", "2022", "2023")}),
             ("平台利润总额", {y: YUAN[y]["利润总额"] for y in ("2021", "2022", "2023")})]
    for y in ("2021", "2022", "2023"):
        assert YUAN[y]["订阅收入"] + YUAN[y]["交易服务收入"] == YUAN[y]["营业收入"]
    blocks = audit_blocks(co, neg="()", report_date="2024年4月26日") + [PageBreak()] + platform_table(
        "飞梭智纺平台业务收入明细表（2021—2023年度）", "元", ["2023", "2022", "2021"], items,
        [("本表由公司财务部根据经审计的各年度财务报表，按平台业务线（SaaS订阅、交易撮合与供应链服务）归集编制。"
         "交易撮合收入按净额法确认，仅含平台服务费，不含面料销售货值；公司面料自营销售收入不计入本表。")],
        note="注：2021—2023年度财务报表均经本所审计并出具标准无保留意见审计报告。", signer="上海浦华会计师事务所（特殊普通合伙）",
        date="2024年5月8日")
    auditor_seal = seal_image(co.auditor, 250, 1927)
    f1 = k.scan(ev + "附件1 2023年度审计报告（扫描件）.pdf", blocks, PdfStyle(font="WQY", size=10.5, table_size=8.6),
                "evidence:audit_report", seal_at=[(0, co.auditor), (1, "中国·上海"), (-1, "上海浦华会计师事务所")],
                key="audit", seal_img=auditor_seal, seal_offset=(0.0, 0.0), producer="Canon iR-ADV C5535")
    a = "明细表"
    k.fact(f1, "平台相关营业收入（万元）", "89,623,518.36", "元", 8962.35, anchor=a, row_label="平台营业收入合计",
           column_label="2023年度")
    k.fact(f1, "平台近三年经营指标情况", "74,018,663.90", "元", 7401.87, anchor=a, row_label="平台营业收入合计",
           column_label="2022年度", component="2022年平台营收（万元）")
    k.fact(f1, "平台近三年经营指标情况", "61,734,220.58", "元", 6173.42, anchor=a, row_label="平台营业收入合计",
           column_label="2021年度", component="2021年平台营收（万元）")
    k.fact(f1, "平台相关研发投入（万元）", "17,204,386.45", "元", 1720.44, anchor=a, row_label="平台研发投入",
           column_label="2023年度")
    k.fact(f1, "平台利润率（%）", "10,842,107.77", "元", 1084.21, anchor=a, row_label="平台利润总额", column_label="2023年度",
           component="平台利润总额（万元）")
    k.fact(f1, "投资回报率（%）", "10,842,107.77", "元", 1084.21, anchor=a, row_label="平台利润总额", column_label="2023年度",
           component="平台年利润（万元）")

    f2 = k.xlsx(ev + "附件2 平台接入设备清单.xlsx", device_xlsx(p), "evidence:device_list", "devices")
    k.fact(f2, "连接的工业设备/产品/产线种类及数量（台/套）", "38642", "台/套", 38642, page=1, row_label="合计",
           column_label="接入设备数（台/套）")
    k.fact(f2, "公有云工业设备连接数量（台/套）", "30118", "台/套", 30118, page=1, row_label="合计", column_label="公有云接入（台/套）")
    k.fact(f2, "公有云工业设备平均日运行数量（台/套）", "24506", "台/套", 24506, page=1, row_label="合计",
           column_label="公有云日均运行（台/套）")
    k.fact(f2, "海外设备连接数量（台/套）", "1126", "台/套", 1126, page=2, row_label="海外合计")

    v = p.v
    s1 = dashboard("飞梭智纺 · 产业大脑", "更新时间 2024/07/05 16:20", [("平台接入设备（台/套）", "38,642", ""), ("入驻企业", "1.3万", "家"),
                                                                      ("近一年订单", "133,872", "笔"), ("上架工业APP", "186", "个")],
                   seed=191, theme="teal", ranking=sorted(((k2, n) for k2, n in v["served_reg"].items()), key=lambda x: -x[1])[:5])
    f3 = k.add(ev + "附件3 平台首页驾驶舱截图.png", quantized_png(s1, 64), "evidence:screenshot", "screen1")
    k.fact(f3, "连接的工业设备/产品/产线种类及数量（台/套）", "38,642", "台/套", 38642, row_label="平台接入设备（台/套）")
    k.fact(f3, "注册企业用户数（个）", "1.3万", "家", 13000, row_label="入驻企业")
    k.fact(f3, "工业APP数量（个）", "186", "个", 186, row_label="上架工业APP")
    s2 = dashboard("应用市场 · 运营概览", "admin  |  2024-07-05", [("应用总数", "186", ""), ("累计订阅", "9,420", "次"),
                                                             ("月均活跃应用", "131", ""), ("开发者", "3,460", "人")],
                   seed=192, theme="light", side_caption=True,
                   menu=["工作台", "应用市场", "我的订阅", "开发者中心", "数据服务", "系统设置"],
                   table=[["排名", "应用名称", "订阅数", "日活用户"], ["1", "织厂管家", "2,316", "3,120"], ["2", "智能排产", "1,408", "1,890"],
                          ["3", "AI验布", "1,052", "1,236"], ["4", "面料搜索", "896", "1,402"], ["5", "坯布仓储", "413", "812"]],
                   table_title="杀手锏应用 TOP5", bar_title="近12个月订阅量")
    f4 = k.add(ev + "附件4 工业APP应用市场截图.png", quantized_png(s2, 64), "evidence:screenshot", "screen2")
    k.fact(f4, "工业APP数量（个）", "186", "个", 186, row_label="应用总数")
    k.fact(f4, "工业APP订阅总数量（个）", "9,420", "次", 9420, row_label="累计订阅")
    k.fact(f4, "工业APP平均月活跃数量（个）", "131", "个", 131, row_label="月均活跃应用")
    k.fact(f4, "开发者注册总数（个）", "3,460", "人", 3460, row_label="开发者")
    assert 2316 + 1408 + 1052 + 896 + 413 == v["killer_subs"]

    owner = p.company.name
    prow = patent_rows(rng, PATENTS, owner, year0=2019)
    srow = software_rows(rng, SOFTWARES, owner)
    ip = ip_list_blocks(owner, prow, srow, patent_heading=f"专利证书清单（共{len(prow)}项）",
                        software_heading=f"计算机软件著作权登记证书清单（共{len(srow)}项）")
    f5 = k.pdf(ev + "附件5 专利与软件著作权清单.pdf", ip, PdfStyle(font="STSong-Light", table_size=8.2, title="知识产权清单"),
               "evidence:patent_list", "ip")
    k.fact(f5, "平台核心软硬件技术获得的专利数量（项）", "9", "项", 9, quote="专利证书清单（共9项）")
    k.fact(f5, "平台核心软硬件技术获得的软著数量（个）", "31", "项", 31, quote="软件著作权登记证书清单（共31项）")
    assert len(prow) == v["patents"] and len(srow) == v["softwares"]

    audit_pages = len(k.texts(f1))
    fill_proofs(p, {
        **{key: f"03-附件 附件1 第{audit_pages}页" for key in ("rd", "rd_ratio", "revenue", "margin", "roi")},
        **{key: "03-附件 附件2（Excel）" for key in ("dev_total", "dev_cat", "dev_reg", "pub", "pub_cat", "pub_reg", "daily",
                                                 "daily_cat", "daily_reg", "overseas", "overseas_bd")},
        "reg_users": "03-附件 附件3", "apps": "03-附件 附件3、附件4", "subs": "03-附件 附件4", "apps_mau": "03-附件 附件4",
        "killer_subs": "03-附件 附件4", "developers": "03-附件 附件4", "patents": "03-附件 附件5", "softwares": "03-附件 附件5",
        "awards": "无单独附件，获奖证书原件评审时现场提供",
    }, numeric_default="平台运营后台数据，可现场演示核验", text_default="详见申报书")

    lay = FormLayout(columns="combined", style=Style(thousands=False, bd_sep="；", bd_colon=":", pct_sign=True, yes_mark="√"),
                     date="2024年7月15日", build_time_text="{y1}年{m1z}月—{y2}年{m2z}月")
    k.xlsx("02-申报表（飞梭智纺）.xlsx", form_workbook(p, lay, font="微软雅黑"), "申报表", "form")
    k.scan("02-申报表（飞梭智纺）-盖章扫描件.pdf", form_blocks(p, lay), PdfStyle(font="WQY", table_size=8.2, size=10.5),
           "申报表扫描件", seal_at=[(0, "（公章）")], key="form_scan", seal_offset=(-0.03, 0.0), producer="Canon iR-ADV C5535")
    n = narrative(p, audit_pages, quantized_png(s2.resize((960, 540)), 48))
    dst = DocxStyle(font="宋体", size=12, table_size=9.5, heading_font="宋体", headings="bold")
    k.docx("03-申报书（飞梭智纺）.docx", narrative_blocks(p, n, date="2024年7月15日"), dst, "申报书", "narrative")
    k.docx("01-联系人信息反馈表.docx", contact_blocks(p), DocxStyle(font="宋体", size=12), "联系人表", "contact")
    k.docx("04-平台基本情况汇总表.docx", summary_docx_blocks(p, Style(thousands=False)), DocxStyle(font="宋体", size=10.5),
           "汇总表", "summary")
    k.docx("05-真实性承诺.docx", commitment_blocks(p, "2024年7月15日"), DocxStyle(font="仿宋_GB2312", size=14), "承诺",
           "commitment")
    verify(p, n)
    return b, p


def narrative(p: Package, audit_pages: int, img: bytes) -> Narrative:
    v = p.v
    regs = sorted(((k2, n) for k2, n in v["served_reg"].items() if k2 != "上海"), key=lambda x: -x[1])[:3]
    dist = "、".join(f"{k2}（{n:,}家）" for k2, n in regs)
    return Narrative(
        company_intro=[("上海致景信息科技有限公司成立于2013年，是一家专注纺织产业数字化的科技企业，总部位于上海市闵行区。"
                       "公司围绕纺织产业链构建了织造数字化、面料交易、共享生产、供应链金融等业务板块，2023年公司营业收入21.36亿元"
                       "（含面料自营销售），其中平台相关营业收入8,962.35万元。")],
        competence=[("公司拥有研发人员600余人，在织机物联网终端、织造排产算法、AI验布、面料图像检索等方面形成核心技术，"
                    "获得专利9项、软件著作权31项。平台团队236人，运维人员131人，运营人员105人。")],
        basic=[(f"平台名称：{NEW}（原名称：{OLD}，2024年3月因品牌升级更名，附件6序号19）。平台于2019年3月启动建设，"
               "2023年12月完成二期建设，建设投入6,280.00万元，采用与浙江纺云数字科技有限公司合作共建、联合运营的方式，"
               "IaaS基础设施租用阿里云，部署方式为边缘侧与公有云相结合。平台面向纺织行业，提供织造数字化、订单排产、"
               "面料交易与供应链协同等服务。")],
        architecture=[("平台采用“端—边—云—用”架构：端侧为自研织机物联网终端；边缘侧部署织厂边缘服务器；云端包括物联网平台、"
                      "数据中台、AI中台和交易中台；应用层提供织厂管家、智能排产、AI验布、面料搜索等工业APP 186个。")],
        advance=[("对标国内外纺织行业平台，本平台在织机联网规模、面料数据规模和产能共享模式方面具有优势：平台接入设备38,642台（套），"
                 "其中织机等纺织机械31,208台；面料SKU约68万个，为行业内规模较大的面料数字样本库之一。")],
        bench=[("2.1.1 工业设备连接/汇聚能力", "接入设备38,642台/套，协议168种", "某纺织云平台：接入织机约2万台"),
               ("2.1.2 工业软件/APP", "工业APP 186个，月均活跃131个", "同类平台工业APP约120个"),
               ("3.1.1 平台应用规模", "注册企业1.28万家，实际服务9,845家", "同类平台服务企业约5,000家")],
        operations=[(f"截至2024年6月底，平台注册企业用户12,760家，实际服务企业9,845家，服务企业主要集中在{dist}等纺织产业集群，"
                    "本市服务企业386家。平台近一年订单133,872笔，工业APP累计订阅9,420次。"),
                    "平台连接的织机等纺织设备3.1万余台，约占平台接入设备总数的八成。"],
        tech_innovation=("技术创新点总结：一是自研低成本织机物联网终端，成本约为进口方案的三分之一，解决中小织厂设备联网难题；"
                         "二是织造排产优化算法，综合考虑织机状态、工艺与交期，排产效率提升约25%；三是基于机器视觉的AI验布，"
                         "瑕疵识别准确率95%；四是面料以图搜布与语义检索，日均调用6万余次。"),
        effects=[("平台服务企业平均订单交付周期缩短18%，织机开机率平均提升9.6个百分点，运维成本平均下降15.82%，"
                 "单位产品能耗平均下降12.36%。平台带动新增就业1,260人，服务园区14个、上海市级智能工厂3家。")],
        app_innovation="应用创新点总结：平台以“共享织造”模式整合分散产能，带动3,100余家织造厂参与共享生产；以交易数据沉淀纱线价格与产能指数，为行业提供监测服务；以AI大模型提升面料搜索与客服效率。",
        plan=[("下一步，平台将拓展印染、成衣环节的数字化服务，推进AI大模型在面料设计和智能客服中的应用，并面向东南亚纺织产业集群"
              "拓展海外服务。")],
        cases=[Case(f"{NEW}——织厂数字化管理", "浙江绍兴某织造有限公司拥有喷水织机420台，年产坯布约3,000万米，是当地规模以上织造企业。",
                    "平台为企业部署织机物联网终端420套，上线织厂管家、智能排产和AI验布应用，实现织机状态、产量和质量在线管理。",
                    [("项目实施后，织机开机率由78%提升至88%，排产时间由每天2小时缩短至15分钟，坯布一等品率提升2.3个百分点，"
                     "单位产品能耗下降约11%。")], img, "图1 织厂管家应用界面"),
               Case(f"{NEW}——面料交易协同", "江苏吴江某面料贸易公司主营化纤面料，年交易额约2亿元，上下游合作工厂60余家。",
                    "平台为企业提供面料数字样本、订单撮合与供应链协同服务，打通询价、打样、下单、物流全流程。",
                    ["企业通过平台获取订单的比例达到35%，打样周期由7天缩短至3天，库存面料下降约20%。"]),
               Case(f"{NEW}——共享织造产能", "福建长乐某纺织集团拥有织造、印染工厂5家，服务国内外服装品牌。",
                    "平台为集团接入外部共享织造产能，统一调度订单与产能，实现旺季产能弹性扩充。",
                    ["旺季订单准时交付率由82%提升至95%，外协采购成本下降约8%，设备运维成本下降约16%。"])],
        attachments=[("附件1 2023年度审计报告（扫描件，含平台业务收入明细表）", f"共{audit_pages}页"),
                     ("附件2 平台接入设备清单", "Excel"), ("附件3 平台首页驾驶舱截图", "图片"), ("附件4 工业APP应用市场截图", "图片"),
                     ("附件5 专利与软件著作权清单", "PDF")],
        compare=[("连接的工业设备（台/套）", "29,870", "38,642"), ("注册企业用户数（家）", "10,215", "12,760"),
                 ("工业APP数量（个）", "158", "186"), ("微服务数量（个）", "735", "862")],
        compare_text=[("2023年7月至今，平台完成更名（原名称：“飞梭智纺”纺织工业互联网平台），新增AI验布、面料语义搜索两个功能模块，"
                      "海外设备接入拓展至越南、孟加拉国、柬埔寨，关键指标变化见下表。")],
        numbering="1.", h2_as_heading=False,
    )
