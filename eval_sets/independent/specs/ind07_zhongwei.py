"""ind07 — 序号9 基于区块链泛半导体行业工业互联网平台, 中微汇链科技（上海）有限公司 (2023参评=是). 6 problems.

Delivered as a .zip with a top folder. Planted: 申报书 has no chapter 六、附件及其他说明材料 (missing_section);
付费用户占比 blank (blank); 按行业统计服务企业数 sums to 942 ≠ 982 (breakdown_sum); 平台相关研发投入 declared
1,865.40万元 while the audited platform table says 1,586.72 (declared_vs_evidence); 按分类统计工业APP数量
uses “设备管理”, not an 附录B category (invalid_category); 是否支持可拓展云计算能力 answered “支持” instead of
是/否 (answer_format). Traps: 本年金额/上年金额 columns, 其他部署方式 with its text, notes inside cells,
private-deployment storage format, image-only screenshot pages, certificate lists as XLSX (软著 first).
"""

from __future__ import annotations

import random

from openpyxl import Workbook  # noqa: F401

from ..blocks import Cell, DocxStyle, PageBreak, Para, PdfStyle, Title, grid
from ..evidence import (
    combo_titles,
    dashboard,
    list_workbook,
    patent_rows,
    software_rows,
)
from ..finance import audit_blocks, company_statements
from ..form import FormLayout, form_blocks
from ..kit import Built, Kit
from ..model import Company, Contact, D, Package, Style
from ..narrative import Case, Narrative, narrative_blocks
from ..scan import images_to_pdf
from ..summary import commitment_blocks, contact_blocks, summary_docx_blocks
from ..synth import growth, indicators
from ..texts import defaults
from .common import fill_proofs, problem, verify

PID = "ind07_zhongwei_zip"
NAME = "基于区块链泛半导体行业工业互联网平台"
ROOT = "中微汇链_2024年度工业互联网平台评价申报材料"

PF = {"2021": {"营业收入": D("5006.34"), "研发投入": D("1102.58"), "利润总额": D("480.26")},
      "2022": {"营业收入": D("6318.95"), "研发投入": D("1342.10"), "利润总额": D("690.47")},
      "2023": {"营业收入": D("7842.16"), "研发投入": D("1586.72"), "利润总额": D("905.33")}}
RD_DECLARED = D("1865.40")


def package() -> Package:
    income, balance = company_statements(902, {"2022": D("241630918.05"), "2023": D("286415207.38")}, assets_ratio=1.45)
    co = Company(
        name="中微汇链科技（上海）有限公司", short="中微汇链", credit_code="91310115MA1HB7KX9D", founded="2018年7月30日",
        district="浦东新区", reg_address="中国（上海）自由贸易试验区金科路2889弄", kind="有限责任公司（港澳台投资、非独资）",
        capital="20,000万元人民币", business="泛半导体行业工业互联网平台、区块链技术服务、供应链管理服务、工业软件开发",
        legal_rep="周海涛",
        shareholders=[("上海微链控股有限公司", "12,000.00万元", "60.00%"), ("汇芯产业投资基金（有限合伙）", "5,000.00万元", "25.00%"),
                      ("中微汇链员工持股平台（有限合伙）", "3,000.00万元", "15.00%")],
        fax="021-50796600", income=income, balance=balance, auditor="上海德勤华永会计师事务所（特殊普通合伙）", audit_no="德华沪审（24）第00388号",
        cpas=("蒋蕾", "吴迪"))
    ct = Contact("王思远", "平台运营中心总监", "13901624478", "wangsy@amec-chain.example.com", "蔡佳琪", "行政经理",
                 "13916307725", "caijq@amec-chain.example.com", "浦东新区", "金科路", "2889号", "C座6楼会议中心")
    rev = {"2020": D("3912.08")} | {y: PF[y]["营业收入"] for y in ("2021", "2022", "2023")}
    P = {
        "staff": 118, "staff_ops": 70, "staff_qual": 92, "revenue": rev["2023"], "rd": RD_DECLARED, "profit": PF["2023"]["利润总额"],
        "build_amount": D("7260.00"), "dev_total": 15620, "pub": 3860, "daily": 2914,
        "dev_cat": {"电工、电子设备": 62, "仪器仪表": 18, "化工设备": 8, "动力设备": 7, "物流设备": 5},
        "dev_reg": {"上海": 38, "江苏": 20, "浙江": 10, "安徽": 8, "湖北": 7, "四川": 5, "广东": 6, "北京": 3, "陕西": 3},
        "overseas": {"新加坡Singapore": 50, "马来西亚Malaysia": 30, "日本Japan": 20}, "overseas_total": 420, "protocols": 88,
        "apps": 142, "sw_total": 168, "apps_native": 96,
        "apps_cat": {"生产制造": 26, "质量管控": 22, "供应链管理": 20, "设备管理": 13, "运营管理": 11, "研发设计": 8},
        "apps_ind": {"电子": 80, "石化化工": 10, "机械": 10}, "apps_mau": 108, "killer_dau": 1480, "killer_hits": 17260,
        "killer_income": D("64.30"), "pub_apps": 54, "pub_apps_dau": 23, "servers": D("210.00"), "pub_servers": 36,
        "storage": D("1800.00"), "data": D("1026.40"), "pub_data": D("180.60"), "models": 176, "models_active": 84, "models_users": 402,
        "models_cat": {"数据算法模型": 4, "行业机理模型": 3, "研发仿真模型": 2, "业务流程模型": 2},
        "ms": 980, "ms_active": 512, "developers": 1340, "developers_active": 388, "reg_users": 1368, "served": 982, "served_sh": 418,
        "served_reg": {"江苏": 30, "浙江": 15, "安徽": 12, "湖北": 10, "北京": 10, "广东": 10, "新加坡Singapore": 8,
                    "马来西亚Malaysia": 5},
        "served_ind": {"电子": 67, "石化化工": 12, "机械": 13, "其他": 8}, "paying": 356, "served_sme": 640, "orders": (12480, 13260),
        "trade_growth": D("19.30"), "subs": 2860, "killer_subs": 1310, "subs_amount": D("2046.80"), "dev_util": D("88.10"),
        "domestic": D("71.40"), "parks": 8, "solutions": 24, "om_down": D("13.60"), "energy_down": D("9.20"), "safety_up": D("12.45"),
        "indices": 2, "patents": 22, "softwares": 34, "awards": 4, "jobs": 310, "social": D("17.30"), "partners": 11,
    }
    v = indicators(902, P)
    true_ind = dict(v["served_ind"])
    v["served_ind"] = dict(true_ind, 电子=true_ind["电子"] - 40)  # planted: sum 942 ≠ 982
    t = defaults(1, {"platform": NAME, "company_short": "中微汇链",
                     "compute": "私有云服务器150台（含国产服务器60台）+混合云资源，CPU约5600核"})
    v.update(t)
    v["scalable"] = "支持"  # planted answer_format
    v["positioning"] = "以区块链为可信底座，服务泛半导体产业链设备、材料与制造协同的行业型平台"
    v["policy"] = ("1. 工信部《工业互联网创新发展行动计划（2021-2023年）》：区块链与工业互联网融合；\n"
                   "2. 国务院《新时期促进集成电路产业和软件产业高质量发展的若干政策》：产业链协同；\n"
                   "3. 上海市《上海市促进工业互联网和区块链融合发展行动方案》：可信协同平台；\n"
                   "4. 泛半导体设备与材料国产化提速，跨企业数据可信共享需求迫切。")
    v["other_resources"] = "平台汇聚半导体设备零部件供应商860家、材料供应商320家、零部件主数据约42万条、区块链存证数据1.6亿条。"
    v["edge"] = "边缘采集网关支持SECS/GEM等协议的数据采集、边缘存储、网络传输与质量预警；边缘计算应用节点640个；最低响应时延8毫秒。"
    v["speed"] = ("秒级", "秒级（每TB机台数据分析约4秒）")
    v["sec_rules"] = (True, ("是，《平台信息安全管理制度》（ZWHL-SEC-01，2020年4月）、《区块链节点安全管理规范》（ZWHL-SEC-03，"
                            "2021年10月）、《客户数据保密管理办法》（ZWHL-SEC-06，2023年1月）"))
    v["sec_test"] = (True, "是，每年一次等保三级测评，每半年一次渗透测试")
    v["sec_scan"] = (True, "是，每周一次自动化扫描")
    v["listed"] = (True, "是，公司已获得产业投资基金股权投资。")
    v["benefit"] = "三个案例平均提升机台综合效率7.5个百分点，零部件交付周期平均缩短22%。"
    v["cost_down"] = "三个案例平均降低运维成本13.60%，能耗平均下降9.20%。"
    v["supply_chain"] = "平台以区块链连接晶圆厂、设备厂与860家零部件供应商，实现订单、质量与物流数据可信共享，零部件交付周期缩短22%。"
    v["new_tech"] = "有。融合区块链、AI与数字孪生技术，上链存证数据1.6亿条，AI良率分析模型覆盖刻蚀、薄膜沉积等工艺。"
    v["breakthrough"] = (True, "是，自研面向工业场景的高性能联盟链，单链吞吐量达每秒1万笔，指标优于主流开源方案。")
    v["carbon"] = (True, "是，为晶圆厂提供能耗与碳排放监测服务，服务用户18家。")
    v["idres"] = (True, "是，接入国家标识解析集成电路行业二级节点，标识注册量约860万个。")
    v["standards"] = "参与行业标准2项、团体标准3项，如《工业区块链应用 泛半导体供应链数据共享要求》（团体标准，牵头）。"
    v["contribution"] = "平台支撑泛半导体设备与零部件国产化协同，服务企业982家，其中本市418家。"
    v["open_mech"] = "是，基于区块链建立数据确权与授权共享机制，向产业链开放零部件主数据与质量数据服务。"
    v["open_data"] = "开放API接口72个、零部件主数据集2个（约42万条）、区块链存证查询服务1项"
    v["new_models"] = "有。培育“可信数据+供应链协同”新模式，推动零部件寄售与联合库存管理。"
    v["factories"] = (5, "是，5家，提供机台联网、良率分析与零部件协同服务。")
    p = Package(
        pid=PID, list_no=9, declared_name=NAME, name_cell=NAME, nature="行业型工业互联网平台", company=co, contact=ct,
        url="https://iip.amec-chain.example.com", account="eval_2024", password="Zw#chain0722", build_from="2019.09",
        build_to="2023.12", build_amount=P["build_amount"], revenue_years=rev, growth=growth(rev), build_mode="自建",
        partner="", run_mode="自运营", iaas="自建", iaas_vendor="", deploy=["私有云", "混合云", "其他部署方式"],
        deploy_other="客户现场私有化部署（平台一体机）",
        intro=(f"{NAME}由中微汇链科技（上海）有限公司建设运营，以区块链为可信底座，面向泛半导体产业链提供机台联网与良率分析、"
               "零部件供应链协同、质量数据可信共享等服务，接入机台等设备15,620台（套），服务企业982家。"),
        effect="平台提升机台综合效率约7.5个百分点，零部件交付周期缩短22%，支撑泛半导体设备与零部件国产化协同。",
        v=v, private={"storage": D("620.00")},
        notes={"dev_total": "（含私有化部署设备）", "margin": "（2023年度）"},
    )
    p.blank = {"paid_share"}
    p.extra["profit_declared"] = PF["2023"]["利润总额"]
    p.extra["true_served_ind"] = true_ind
    return p


def build() -> tuple[Built, Package]:
    p = package()
    v = p.v
    b = Built(PID, "序号9中微汇链区块链泛半导体平台（zip，含顶层文件夹），6个问题：申报书缺第六章、付费用户占比空白、"
                   "按行业统计服务企业数之和不等于实际服务企业数、平台研发投入与审计报告平台数据不符、APP分类含“设备管理”、"
                   "可拓展云计算能力答“支持”。",
              ["zip", "zip_root_folder", "evidence_dir:附件3 佐证材料", "columns:levels+content+actual+proof", "cell_notes",
               "headings:bold", "audit_unit:元+万元", "audit_columns:本年金额/上年金额", "platform_part:平台财务数据(万元)",
               "summary:docx", "commitment:scan", "stamped_scan", "screenshots:pdf-image", "certificates:xlsx",
               "deploy:other"], "zip", zip_root=ROOT, secrets=[p.password])
    k = Kit(p, b, seal_seed=909)
    rng = random.Random(9)
    co = p.company
    H = lambda t: Cell(t, bold=True, align="center")
    rows = [[H("项目"), H("2021年度"), H("2022年度"), H("2023年度")]]
    for label, key in (("平台相关营业收入", "营业收入"), ("平台相关研发投入", "研发投入"), ("平台利润总额", "利润总额")):
        rows.append([Cell(label)] + [Cell(f"{PF[y][key]:.2f}", align="right") for y in ("2021", "2022", "2023")])
    plat = [Title("附：平台业务财务数据（经审计）", 14),
            Para("根据公司按业务线编制的管理报表并经本所执行商定程序，基于区块链泛半导体行业工业互联网平台2021—2023年度业务数据如下：",
                 indent=True),
            Para("单位：万元", align="right", size=9), grid([3, 1.5, 1.5, 1.5], rows, header_rows=1, size=9.5),
            Para("注：平台相关研发投入指直接用于平台研发的人员人工、材料及折旧摊销等费用，不含公司半导体设备零部件检测业务的研发支出。",
                 size=8.5)]
    blocks = audit_blocks(co, cols=("本年金额", "上年金额"), bal_cols=("年末余额", "年初余额"), report_date="2024年4月9日") + \
        [PageBreak()] + plat
    f1 = k.pdf("附件3 佐证材料/佐证1 审计报告.pdf", blocks, PdfStyle(font="WQY", size=10, table_size=8.4, title="审计报告"),
               "evidence:audit_report", "audit")
    a = "平台业务财务数据"
    k.fact(f1, "平台相关营业收入（万元）", "7842.16", "万元", 7842.16, anchor=a, row_label="平台相关营业收入", column_label="2023年度")
    k.fact(f1, "平台近三年经营指标情况", "6318.95", "万元", 6318.95, anchor=a, row_label="平台相关营业收入", column_label="2022年度",
           component="2022年平台营收（万元）")
    k.fact(f1, "平台近三年经营指标情况", "5006.34", "万元", 5006.34, anchor=a, row_label="平台相关营业收入", column_label="2021年度",
           component="2021年平台营收（万元）")
    k.fact(f1, "平台相关研发投入（万元）", "1586.72", "万元", 1586.72, anchor=a, row_label="平台相关研发投入", column_label="2023年度")
    k.fact(f1, "平台利润率（%）", "905.33", "万元", 905.33, anchor=a, row_label="平台利润总额", column_label="2023年度",
           component="平台利润总额（万元）")
    k.fact(f1, "投资回报率（%）", "905.33", "万元", 905.33, anchor=a, row_label="平台利润总额", column_label="2023年度",
           component="平台年利润（万元）")

    s1 = dashboard("中微汇链 · 泛半导体产业链协同平台", "2024-07-12 11:02:47", [("接入机台", "15,620", "台/套"), ("注册企业", "1,368", "家"),
                   ("工业应用", "142", "个"), ("机理模型", "176", "个")], seed=91, theme="dark",
                   ranking=sorted(v["served_reg"].items(), key=lambda x: -x[1])[:5], ranking_title="服务企业区域分布（家）")
    s2 = dashboard("区块链可信协同中心", "2024-07-12 11:05:10", [("上链存证（亿条）", "1.6", ""), ("区块链节点", "48", "个"),
                   ("协同供应商", "860", "家"), ("微服务", "980", "个")], seed=92, theme="teal",
                   table=[["时间", "业务", "区块高度", "状态"], ["11:04", "零部件质检报告", "8,612,905", "已上链"],
                          ["11:03", "寄售出库", "8,612,871", "已上链"], ["11:01", "维修工单", "8,612,840", "已上链"]],
                   table_title="最新上链记录")
    f2 = k.add("附件3 佐证材料/佐证2 平台截图.pdf", images_to_pdf([s1, s2], 150, quality=70, title="平台截图"),
               "evidence:screenshot", "screens")
    k.fact(f2, "连接的工业设备/产品/产线种类及数量（台/套）", "15,620", "台/套", 15620, page=1, row_label="接入机台", image_only=True)
    k.fact(f2, "注册企业用户数（个）", "1,368", "家", 1368, page=1, row_label="注册企业", image_only=True)
    k.fact(f2, "工业APP数量（个）", "142", "个", 142, page=1, row_label="工业应用", image_only=True)
    k.fact(f2, "工业机理模型数量（个）", "176", "个", 176, page=1, row_label="机理模型", image_only=True)
    k.fact(f2, "微服务数量（个）", "980", "个", 980, page=2, row_label="微服务", image_only=True)

    owner = co.name
    sws = combo_titles(rng, ["汇链", "中微汇链", "ZW-Chain"], ["机台联网", "良率分析", "零部件寄售", "质量追溯", "区块链存证", "供应商协同",
                                                              "备件预测", "能耗监测", "联盟链管理"],
                       ["平台V1.0", "系统V2.1", "软件V1.3", "引擎V2.0"], 34)
    pts = combo_titles(rng, ["一种", "一种基于区块链的", "一种半导体"], ["机台数据", "零部件质量", "供应链订单", "晶圆良率", "备件库存"],
                       ["可信共享方法", "追溯系统", "分析方法", "采集装置", "预测方法"], 22)
    srow = software_rows(rng, sws, owner)
    prow = patent_rows(rng, pts, owner)
    wb = list_workbook([("软件著作权", "计算机软件著作权登记清单", ["序号", "软件名称", "登记号", "登记日期", "著作权人"], srow, f"合计{len(srow)}项"),
                        ("专利", "专利清单", ["序号", "专利名称", "专利类型", "专利号", "授权公告日", "专利权人"], prow, f"合计{len(prow)}项")],
                       font="微软雅黑")
    f3 = k.xlsx("附件3 佐证材料/佐证3 软件著作权及专利清单.xlsx", wb, "evidence:patent_list", "ip")
    k.fact(f3, "平台核心软硬件技术获得的软著数量（个）", "34", "项", 34, quote="合计34项", page=1, row_label="合计")
    k.fact(f3, "平台核心软硬件技术获得的专利数量（项）", "22", "项", 22, quote="合计22项", page=2, row_label="合计")

    fill_proofs(p, {
        **{key: f"佐证1 第{len(k.texts(f1))}页" for key in ("rd", "rd_ratio", "revenue", "margin", "roi")},
        **{key: "佐证2 第1页" for key in ("dev_total", "reg_users", "apps", "models")}, "ms": "佐证2 第2页",
        "patents": "佐证3（专利）", "softwares": "佐证3（软件著作权）",
    }, numeric_default="平台后台统计数据", text_default="详见申报书第二、三章")
    lay = FormLayout(columns="levels", style=Style(thousands=False, bd_sep="、", bd_colon="：", pct_sign=False, yes_mark="✓"),
                     date="2024年7月22日", actual_header="平台实际情况（截至2024年6月30日）")
    fb = form_blocks(p, lay)
    dst = DocxStyle(font="宋体", size=11, table_size=9, heading_font="宋体", headings="bold")
    k.docx("附件2 申报表.docx", fb, dst, "申报表", "form")
    k.scan("附件2 申报表（签章版）.pdf", fb, PdfStyle(font="WQY", table_size=8.2, size=10.5), "申报表扫描件",
           seal_at=[(0, "（公章）")], key="form_scan", seal_offset=(-0.03, 0.0), producer="SHARP MX-3071")
    n = narrative(p)
    k.docx("附件3 申报书.docx", narrative_blocks(p, n, date="2024年7月22日"), dst, "申报书", "narrative")
    k.docx("附件1 联系人信息反馈表.docx", contact_blocks(p, address="line"), DocxStyle(font="宋体", size=12), "联系人表", "contact")
    k.docx("附件4 平台基本情况汇总表.docx", summary_docx_blocks(p, Style(thousands=False)), DocxStyle(font="宋体", size=10.5),
           "汇总表", "summary")
    k.scan("附件5 真实性承诺书.pdf", commitment_blocks(p, "2024年7月22日"), PdfStyle(font="WQY", size=12, footer_pages=False), "承诺",
           seal_at=[(0, "（盖章）")], key="commitment", seal_offset=(-0.05, 0.0), producer="SHARP MX-3071")
    verify(p, n, expected={("breakdown_sum", "served_ind"), ("invalid_category", "apps_cat"),
                           ("invalid_category", "pub_apps_cat")})
    p.problems = [
        problem("missing_section", "missing_section", ["六、附件及其他说明材料"], ["narrative"], "error",
                "申报书缺少“六、附件及其他说明材料”：申报书模板要求列出附件清单（含附件名称、对应页码）"),
        problem("blank", "blank", ["付费用户占比（%）"], ["form"], "error", "指标明细表“付费用户占比（%）”平台实际情况未填写（汇总表同样空白）"),
        problem("breakdown_sum", "breakdown_sum", ["按行业统计服务企业数（个）", "实际服务企业数（个）"], ["form"], "error",
                f"按行业统计服务企业数各项之和为 {sum(v['served_ind'].values())}，与实际服务企业数 982 不一致（“电子”一项少填 40）"),
        problem("declared_vs_evidence", "declared_vs_evidence", ["平台相关研发投入（万元）"], ["form", "audit"], "error",
                "申报表填报平台相关研发投入 1865.40 万元，审计报告所附平台业务财务数据2023年度平台相关研发投入为 1586.72 万元；"
                "以审计数计算的研发投入强度也随之与申报不符"),
        problem("invalid_category", "invalid_category", ["按分类统计工业APP数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"],
                ["form"], "error",
                f"按分类统计工业APP数量中的“设备管理：{v['apps_cat']['设备管理']}”不是附录B的工业APP分类（按分类统计公有云工业APP"
                f"平均日活跃数量中同样使用“设备管理：{v['pub_apps_cat']['设备管理']}”）"),
        problem("answer_format", "answer_format", ["是否支持可拓展云计算能力"], ["form"], "warning",
                "“是否支持可拓展云计算能力”填写为“支持”，填报指引要求填写“是/否”"),
    ]
    return b, p


def narrative(p: Package) -> Narrative:
    return Narrative(
        company_intro=[("中微汇链科技（上海）有限公司成立于2018年，注册于中国（上海）自由贸易试验区，专注泛半导体产业链数字化与区块链可信协同，"
                       "2023年公司营业收入2.86亿元，其中平台相关营业收入7,842.16万元。")],
        competence=["公司核心团队来自半导体设备与软件行业，自研高性能联盟链与机台数据采集技术，平台团队118人。"],
        basic=[(f"{NAME}（附件6序号9）于2019年9月启动建设，2023年12月完成二期建设，建设金额7,260.00万元，自建、自运营，"
               "部署方式为私有云、混合云及客户现场私有化部署（平台一体机）。")],
        architecture=["平台由边缘采集层、区块链可信底座、数据与AI中台和应用层构成，提供机台联网、良率分析、零部件寄售等应用142个。"],
        advance=["平台联盟链单链吞吐量达每秒1万笔，在泛半导体供应链可信协同方面具有先发优势。"],
        bench=[("2.1.1 工业设备连接/汇聚能力", "接入机台等设备15,620台/套", "某半导体设备云平台：约1万台"),
               ("3.1.1 平台应用规模", "服务企业982家", "同类平台约600家")],
        operations=["截至2024年6月，平台接入设备15,620台（套），注册企业用户1,368家，实际服务企业982家，其中本市418家。"],
        tech_innovation="技术创新点总结：一是高性能工业联盟链；二是SECS/GEM机台数据采集；三是AI良率分析；四是零部件数据可信共享。",
        effects=["平台提升机台综合效率约7.5个百分点，零部件交付周期缩短22%，运维成本平均下降13.60%。"],
        app_innovation="应用创新点总结：以区块链实现跨企业数据确权与可信共享，推动零部件寄售与联合库存等新模式。",
        plan=["下一步将拓展至光伏、显示面板等泛半导体领域，深化国产零部件验证协同服务。"],
        cases=[Case(f"{NAME}——晶圆厂机台良率分析", "某12英寸晶圆厂，月产能约5万片。", "平台提供机台联网与良率分析服务。",
                    ["良率提升0.8个百分点，机台综合效率提升7个百分点。"]),
               Case(f"{NAME}——零部件寄售协同", "某刻蚀设备制造商，年采购零部件约3万种。", "平台提供零部件寄售与可信结算服务。",
                    ["零部件交付周期缩短22%，库存资金占用下降18%。"]),
               Case(f"{NAME}——质量数据可信共享", "某半导体材料企业，为多家晶圆厂供应特气。", "平台提供质量数据上链与共享服务。",
                    ["质量争议处理周期缩短50%，客户审核工作量下降30%。"])],
        attachments=[],
        compare=[("连接的工业设备（台/套）", "12,380", "15,620"), ("注册企业用户数（家）", "1,105", "1,368"), ("工业APP数量（个）", "118", "142")],
        compare_text=["2023年7月以来，平台新增零部件寄售、质量数据可信共享模块，接入机台与服务企业数量持续增长。"],
        drop_chapters={"六"}, numbering="（一）", h2_as_heading=False,
    )
