"""ind04 — 序号26 智慧核电产业链协同工业互联网平台, 上海核工程研究设计院股份有限公司 (2023参评=是). 5 problems.

Planted: the horizontal 汇总表 says 实际服务企业数 1,486 while the 申报表 says 1,468 (summary_vs_form); 软著
declared 31 while the second list of the IP file holds 28 (count_vs_list, the patent list is right);
活跃微服务 2,310 > 微服务 1,960 (subset); 存储资源利用率 52.40 ≠ 771.20÷1600 (formula); 平台交易规模年增长率
left blank (blank). Traps kept: company 合并利润表 and a platform 专项审计 利润表 with the same row labels
(本期金额/上期金额), device table with a three-number 合计 row, screenshots as PDF pages with text captions.
"""

from __future__ import annotations

import io
import random

from ..blocks import (
    Cell,
    DocxStyle,
    Image,
    PageBreak,
    Para,
    PdfStyle,
    Spacer,
    Title,
    grid,
)
from ..evidence import (
    combo_titles,
    dashboard,
    device_stats_blocks,
    ip_list_blocks,
    patent_rows,
    software_rows,
)
from ..finance import INCOME_ROWS, company_statements, money, wan
from ..form import FormLayout, form_blocks
from ..kit import Built, Kit
from ..model import Company, Contact, D, Package, Style, pct
from ..narrative import Case, Narrative, narrative_blocks
from ..summary import commitment_blocks, contact_blocks, summary_xlsx_horizontal
from ..synth import growth, indicators
from ..texts import defaults
from .common import fill_proofs, problem, verify

PID = "ind04_hegongyuan_problems"
NAME = "智慧核电产业链协同工业互联网平台"

# platform-scoped 利润表 (专项审计), 元
PLAT = {
    "2023": {"营业收入": D("128406725.30"), "营业成本": D("79316208.55"), "税金及附加": D("712300.18"),
             "销售费用": D("4105320.66"), "管理费用": D("8820419.37"), "研发费用": D("26301845.92"),
             "财务费用": D("-203117.40")},
    "2022": {"营业收入": D("112530448.16"), "营业成本": D("70512337.20"), "税金及附加": D("640112.35"),
             "销售费用": D("3902218.41"), "管理费用": D("8104532.70"), "研发费用": D("23215606.48"),
             "财务费用": D("-150226.18")},
}
for _y, _r in PLAT.items():
    _r["其他收益"] = D("1320300.00") if _y == "2023" else D("980450.00")
    _r["营业利润"] = (_r["营业收入"] - _r["营业成本"] - _r["税金及附加"] - _r["销售费用"] - _r["管理费用"] - _r["研发费用"]
                   - _r["财务费用"] + _r["其他收益"])
    _r["利润总额"] = _r["营业利润"]


def package() -> Package:
    income, balance = company_statements(2602, {"2022": D("3018274406.52"), "2023": D("3286450129.80")}, assets_ratio=1.9)
    co = Company(
        name="上海核工程研究设计院股份有限公司", short="上海核工院", credit_code="91310000132205816B", founded="1970年2月8日",
        district="徐汇区", reg_address="上海市徐汇区钦州北路1188号", kind="股份有限公司（非上市、国有控股）",
        capital="186,000万元人民币", business="核电工程设计、核电装备研发、工程总承包、工程咨询与数字化服务",
        legal_rep="朱世平",
        shareholders=[("国家电力投资集团有限公司", "148,800.00万元", "80.00%"), ("上海国有资本投资有限公司", "37,200.00万元", "20.00%")],
        fax="021-64261210", income=income, balance=balance, auditor="天衡华誉会计师事务所（特殊普通合伙）上海分所",
        audit_no="天衡华誉沪审字（2024）第00217号", cpas=("杨帆", "戴蕾"))
    ct = Contact("马骁", "数字化中心主任工程师", "13901736245", "maxiao@snerdi-iiot.example.com", "邵丽娜", "科技管理专员",
                 "13917024518", "shaoln@snerdi-iiot.example.com", "徐汇区", "钦州北路", "1188号", "科研楼A座305会议室")
    rev = {"2020": D("8916.40"), "2021": D("10022.35"), "2022": wan(PLAT["2022"]["营业收入"]), "2023": wan(PLAT["2023"]["营业收入"])}
    rd, profit = wan(PLAT["2023"]["研发费用"]), wan(PLAT["2023"]["利润总额"])
    P = {
        "staff": 142, "staff_ops": 80, "staff_qual": 118, "revenue": rev["2023"], "rd": rd, "profit": profit, "build_amount": D("11200.00"),
        "dev_total": 8640, "pub": 2150, "daily": 1386,
        "dev_cat": {"电力设备": 32, "动力设备": 26, "仪器仪表": 24, "机床": 10, "其他": 8},
        "dev_reg": {"上海": 30, "浙江": 18, "江苏": 10, "广东": 15, "山东": 12, "辽宁": 8, "海南": 4, "福建": 3},
        "overseas": {"巴基斯坦Pakistan": 1}, "overseas_total": 96, "protocols": 126, "apps": 236, "sw_total": 288, "apps_native": 150,
        "apps_cat": {"研发设计": 30, "质量管控": 20, "供应链管理": 20, "运维服务": 15, "安全生产": 15},
        "apps_ind": {"电力、热力和燃气": 60, "机械": 30, "建筑业": 10}, "apps_mau": 171, "killer_dau": 1262, "killer_hits": 14820,
        "killer_income": D("58.20"), "pub_apps": 96, "pub_apps_dau": 41, "servers": D("168.00"), "pub_servers": 40,
        "storage": D("1600.00"), "data": D("771.20"), "pub_data": D("120.50"), "models": 198, "models_active": 97, "models_users": 436,
        "models_cat": {"研发仿真模型": 4, "行业机理模型": 4, "数据算法模型": 2, "业务流程模型": 2},
        "ms": 1960, "ms_active": 1012, "developers": 2150, "developers_active": 604, "reg_users": 1920, "served": 1468, "served_sh": 402,
        "served_reg": {"浙江": 16, "江苏": 18, "广东": 12, "山东": 10, "辽宁": 8, "四川": 14, "湖北": 8, "北京": 14},
        "served_ind": {"电力、热力和燃气": 38, "机械": 40, "建筑业": 12, "其他": 10}, "paying": 620, "served_sme": 1012,
        "orders": (6820, 7135), "trade_growth": D("17.60"), "subs": 3260, "killer_subs": 1450, "subs_amount": D("4180.50"),
        "dev_util": D("86.30"), "domestic": D("92.40"), "parks": 6, "solutions": 28, "om_down": D("14.20"), "energy_down": D("7.85"),
        "safety_up": D("26.40"), "indices": 4, "patents": 38, "softwares": 31, "awards": 11, "jobs": 380, "social": D("19.85"), "partners": 9,
    }
    v = indicators(2602, P)
    v["ms_active"] = 2310            # planted subset
    v["storage_util"] = D("52.40")  # planted formula (771.20 / 1600.00 = 48.20)
    t = defaults(0, {"platform": NAME, "company_short": "上海核工院",
                     "compute": "私有云服务器64台、国产GPU服务器8台，可按需扩展算力"})
    v.update(t)
    v["positioning"] = "面向核电工程设计、设备制造、建造与运维全产业链的协同型工业互联网平台"
    v["policy"] = ("1. 国家能源局《“十四五”能源领域科技创新规划》：核电数字化、智能化方向；\n"
                   "2. 工信部《工业互联网创新发展行动计划（2021-2023年）》：产业链协同平台方向；\n"
                   "3. 上海市《推动工业互联网创新升级实施“工赋上海”三年行动计划》：重点产业链平台；\n"
                   "4. 核电装备国产化与产业链协同要求高，质量追溯与协同设计需求迫切。")
    v["other_resources"] = "平台汇聚核电设备供应商1,120家、设计文件及三维模型约86万份、质量文件约240万份，形成核电产业链资源库。"
    v["edge"] = "支持数据采集、边缘存储、协议转换和本地分析；边缘计算应用节点186个；最低响应时延20毫秒。"
    v["speed"] = ("秒级", "秒级（每TB设计与质量数据检索分析约6秒）")
    v["sec_rules"] = (True, ("是，《平台网络安全管理规定》（SNERDI-XX-AQ-01，2019年9月）、《平台数据分级分类保护办法》"
                            "（SNERDI-XX-AQ-02，2021年11月）、《平台密码应用管理办法》（SNERDI-XX-AQ-05，2023年5月）"))
    v["sec_test"] = (True, "是，每年一次等保三级测评、商用密码应用安全性评估")
    v["sec_scan"] = (True, "是，每两周一次漏洞扫描")
    v["listed"] = (False, "否")
    v["benefit"] = "三个案例平均缩短设计与制造协同周期25%，安全生产持续时间平均提升26.40%。"
    v["cost_down"] = "三个案例平均降低运维成本14.20%，设备能耗平均下降7.85%。"
    v["supply_chain"] = "平台与1,120家核电设备供应商实现设计、采购、制造、监造数据对接，关键设备交付准时率由86%提升至95%。"
    v["new_tech"] = "有。融合数字孪生、区块链与AI技术，建立核电设备质量数据区块链存证，上线设计规范智能问答助手。"
    v["breakthrough"] = (True, "是，自研核电设备全生命周期质量追溯与协同设计技术，关键指标达到国际同类系统水平。")
    v["carbon"] = (False, "否")
    v["idres"] = (True, "是，接入国家标识解析核电行业二级节点，标识注册量约1,800万个。")
    v["standards"] = "参与国家标准1项、行业标准3项，如《核电厂设备数字化交付要求》（行业标准，参与）等。"
    v["contribution"] = "平台支撑三代核电自主化产业链协同，服务核电设计、制造、建造企业1,468家，其中本市企业402家。"
    v["open_mech"] = "是，建立核电产业链设计、质量数据开放共享机制，按权限向链上企业开放。"
    v["open_data"] = "开放API接口96个、标准件三维模型库1个（约3.2万个模型）、质量数据服务6项"
    v["new_models"] = "有。培育核电设备“协同设计+远程监造”网络化协同新模式。"
    v["factories"] = (4, "是，4家，提供核电设备制造过程质量数据采集与远程监造服务。")
    p = Package(
        pid=PID, list_no=26, declared_name=NAME, name_cell=NAME, nature="行业型工业互联网平台", company=co, contact=ct,
        url="https://iiot.snerdi.example.com", account="pingjia01", password="Hd&2024Pj", build_from="2019.06",
        build_to="2023.12", build_amount=P["build_amount"], revenue_years=rev, growth=growth(rev), build_mode="自建",
        partner="", run_mode="自运营", iaas="自建", iaas_vendor="", deploy=["私有云", "混合云"], deploy_other="",
        intro=(f"{NAME}由上海核工程研究设计院股份有限公司建设运营，是面向核电工程设计、设备制造、工程建造和电站运维全产业链的"
               "行业型工业互联网平台。平台主要功能包括协同设计、供应链协同、设备远程监造、质量追溯、电站设备健康管理等，"
               "已接入核电设备及配套设备8,640台（套），汇聚核电设备供应商1,120家，主要客户为核电业主、设备制造企业和工程建设单位。"),
        effect=("平台解决核电产业链“设计制造协同难、质量追溯难、运维经验难复用”的问题，协同周期平均缩短25%，关键设备交付准时率提升至95%，"
                "安全生产持续时间平均提升26.40%，为三代核电自主化产业链建设提供了数字化支撑。"),
        v=v,
    )
    p.blank = {"trade_growth"}
    p.extra["profit_declared"] = profit
    p.summary_cell_overrides = {"实际服务企业数（个）": "1486"}
    return p


def build() -> tuple[Built, Package]:
    p = package()
    v = p.v
    b = Built(PID, "序号26上海核工院核电产业链平台，5个问题：横向汇总表实际服务企业数与申报表不符、软著清单28项而申报31项、"
                   "活跃微服务大于微服务总数、存储资源利用率公式错、平台交易规模年增长率空白。",
              ["evidence_dir:证明材料+申报文件", "columns:levels+content+proof+actual", "headings:bold",
               "audit_unit:元", "audit_columns:本期金额/上期金额", "platform_part:专项审计利润表(元)", "summary:xlsx-horizontal",
               "commitment:docx", "stamped_scan", "screenshots:pdf-captioned"], "folder", secrets=[p.password])
    k = Kit(p, b, seal_seed=2626)
    rng = random.Random(26)
    co = p.company
    # company 利润表 excerpt + platform 专项审计
    H = lambda t: Cell(t, bold=True, align="center")

    def income_table(data, title, unit_line):
        rows = [[H("项目"), H("本期金额"), H("上期金额")]]
        for label, key, _ in INCOME_ROWS:
            if key not in data["2023"]:
                continue
            rows.append([Cell(label), Cell(money(data["2023"][key]), align="right"), Cell(money(data["2022"][key]), align="right")])
        return [Title(title, 15), Para(unit_line, size=8.5), grid([3.6, 2, 2], rows, header_rows=1, size=8.6)]

    blocks = [Spacer(100), Title(co.name, 18), Title("智慧核电产业链协同工业互联网平台\n2023年度平台业务专项审计报告", 17),
              Spacer(40), Title(co.audit_no, 12, bold=False), Spacer(200), Title(co.auditor, 13), Title("二〇二四年五月", 12),
              PageBreak(),
              Title("专项审计报告", 16), Para(co.audit_no, align="center"),
              Para(f"{co.name}：", bold=True),
              Para("我们接受委托，对后附的贵公司智慧核电产业链协同工业互联网平台（以下简称“平台”）2023年度及2022年度平台业务利润表"
                   "进行了专项审计。平台业务利润表按照贵公司制定的平台业务收入、成本费用归集口径编制，仅包括平台订阅服务、协同设计服务、"
                   "远程监造与质量追溯服务等平台业务，不包括核电工程设计、工程总承包等其他业务。", indent=True),
              Para("我们认为，后附平台业务利润表在所有重大方面按照上述编制基础编制，公允反映了平台2023年度及2022年度的经营成果。", indent=True),
              Para("为便于理解，本报告附录列示贵公司经审计的2023年度合并利润表，供对照参考。", indent=True),
              Spacer(30), Para(f"{co.auditor}　　中国注册会计师：{co.cpas[0]}　{co.cpas[1]}", align="right"),
              Para("2024年5月16日", align="right"), PageBreak()]
    blocks += income_table(PLAT, "平台业务利润表", f"编制单位：{co.name}（智慧核电产业链协同工业互联网平台）　　2023年度　　单位：元")
    blocks += [Para("注：平台业务利润表中“研发费用”为平台相关研发投入，按研发项目归集。", size=8.5), PageBreak()]
    comp = {y: dict(co.income[y]) for y in ("2023", "2022")}
    blocks += income_table(comp, "附录：合并利润表", f"编制单位：{co.name}　　2023年度　　单位：元")
    f1 = k.pdf("证明材料/01_审计报告.pdf", blocks, PdfStyle(font="STSong-Light", size=10.5, table_size=8.8, title="专项审计报告"),
               "evidence:audit_report", "audit")
    a = "平台业务利润表"
    k.fact(f1, "平台相关营业收入（万元）", "128,406,725.30", "元", 12840.67, anchor=a, row_label="一、营业收入", column_label="本期金额")
    k.fact(f1, "平台近三年经营指标情况", "112,530,448.16", "元", 11253.04, anchor=a, row_label="一、营业收入", column_label="上期金额",
           component="2022年平台营收（万元）")
    k.fact(f1, "平台相关研发投入（万元）", "26,301,845.92", "元", 2630.18, anchor=a, row_label="研发费用", column_label="本期金额")
    prof = money(PLAT["2023"]["利润总额"])
    k.fact(f1, "平台利润率（%）", prof, "元", float(wan(PLAT["2023"]["利润总额"])), anchor=a, row_label="三、利润总额",
           column_label="本期金额", component="平台利润总额（万元）")
    k.fact(f1, "投资回报率（%）", prof, "元", float(wan(PLAT["2023"]["利润总额"])), anchor=a, row_label="三、利润总额",
           column_label="本期金额", component="平台年利润（万元）")

    owner = co.name
    pt = combo_titles(rng, ["一种", "一种核电厂", "一种基于BIM的核电", "一种核级"], ["设备", "管道", "阀门", "主泵", "蒸汽发生器", "仪控系统",
                                                                       "电缆", "结构模块"],
                      ["质量追溯方法", "协同设计方法及系统", "远程监造系统", "健康监测装置", "数字化交付方法", "缺陷识别方法"], 38)
    sw = combo_titles(rng, ["核电", "智慧核电", "SNERDI"], ["协同设计", "供应链协同", "远程监造", "质量追溯", "设备健康管理", "数字化交付",
                                                        "文档管理", "三维模型轻量化", "设计规范问答"],
                      ["平台V1.0", "系统V2.0", "软件V1.5", "工具V3.0"], 28)
    prow = patent_rows(rng, pt, owner)
    srow = software_rows(rng, sw, owner)
    ip = ip_list_blocks(owner, prow, srow, patent_heading=f"表1 授权专利清单（共{len(prow)}项）",
                        software_heading=f"表2 计算机软件著作权清单（共{len(srow)}项）")
    f2 = k.pdf("证明材料/02_知识产权清单.pdf", ip, PdfStyle(font="WQY", table_size=7.8, header=f"{owner}　平台知识产权清单"),
               "evidence:patent_list", "ip")
    k.fact(f2, "平台核心软硬件技术获得的专利数量（项）", "38", "项", 38, quote="授权专利清单（共38项）", row_label="表1")
    k.fact(f2, "平台核心软硬件技术获得的软著数量（个）", "28", "项", 28, quote="计算机软件著作权清单（共28项）", row_label="表2")
    assert len(srow) == 28 and v["softwares"] == 31 and len(prow) == v["patents"]

    cat = {k2: (v["dev_cat"][k2], v["pub_cat"][k2], v["daily_cat"][k2]) for k2 in v["dev_cat"]}
    reg = {k2: (v["dev_reg"][k2], v["pub_reg"][k2], v["daily_reg"][k2]) for k2 in v["dev_reg"]}
    ds = device_stats_blocks("平台连接设备统计", "数据截至：2024年6月30日", cat, reg, v["overseas_bd"],
                             cols=("连接总数", "公有云连接", "公有云日均在线"))
    f3 = k.pdf("证明材料/03_设备接入统计.pdf", ds, PdfStyle(font="STSong-Light", table_size=8.8), "evidence:device_list", "devices")
    tot = f"{v['dev_total']:,}"
    k.fact(f3, "连接的工业设备/产品/产线种类及数量（台/套）", tot, "台/套", v["dev_total"], anchor="表1", row_label="合计",
           column_label="连接总数")
    k.fact(f3, "公有云工业设备连接数量（台/套）", f"{v['pub']:,}", "台/套", v["pub"], anchor="表1", row_label="合计",
           column_label="公有云连接")
    k.fact(f3, "公有云工业设备平均日运行数量（台/套）", f"{v['daily']:,}", "台/套", v["daily"], anchor="表1", row_label="合计",
           column_label="公有云日均在线")
    k.fact(f3, "海外设备连接数量（台/套）", "96", "台/套", 96, anchor="表3", row_label="合计")

    s1 = dashboard("智慧核电产业链协同平台 · 数据总览", "2024-07-10 14:06", [("接入设备", "8,640", "台/套"), ("链上企业", "1,920", "家"),
                   ("应用数量", "236", "个"), ("模型数量", "198", "个")], seed=261, theme="light",
                   menu=["首页", "数据总览", "协同设计", "远程监造", "质量追溯", "设备健康"],
                   ranking=sorted(v["served_reg"].items(), key=lambda x: -x[1])[:5])
    s2 = dashboard("开发运维中心", "2024-07-10 14:09", [("微服务总数", "1,960", "个"), ("注册开发者", "2,150", "人"),
                   ("解决方案", "28", "个")], seed=262, theme="light",
                   table=[["服务名称", "调用次数(周)", "状态"], ["design-sync", "18,420", "运行"], ["qa-trace", "12,106", "运行"],
                          ["supplier-hub", "9,870", "运行"], ["doc-render", "6,332", "运行"]], table_title="微服务调用排行")

    def img(im):
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=72)
        return buf.getvalue()

    shots = [Title("系统截图", 14), Para("图1 平台数据总览页面（截图时间：2024年7月10日）", align="center", size=9),
             Image(img(s1), 17), PageBreak(), Para("图2 开发运维中心页面", align="center", size=9), Image(img(s2), 17)]
    f4 = k.pdf("证明材料/04_系统截图.pdf", shots, PdfStyle(font="WQY"), "evidence:screenshot", "screens")
    k.fact(f4, "连接的工业设备/产品/产线种类及数量（台/套）", "8,640", "台/套", 8640, page=1, row_label="接入设备", image_only=True)
    k.fact(f4, "注册企业用户数（个）", "1,920", "家", 1920, page=1, row_label="链上企业", image_only=True)
    k.fact(f4, "工业APP数量（个）", "236", "个", 236, page=1, row_label="应用数量", image_only=True)
    k.fact(f4, "工业机理模型数量（个）", "198", "个", 198, page=1, row_label="模型数量", image_only=True)
    k.fact(f4, "微服务数量（个）", "1,960", "个", 1960, page=2, row_label="微服务总数", image_only=True)
    k.fact(f4, "开发者注册总数（个）", "2,150", "人", 2150, page=2, row_label="注册开发者", image_only=True)

    plat_page = 3
    fill_proofs(p, {
        **{key: f"证明材料01 第{plat_page}页" for key in ("rd", "rd_ratio", "revenue", "margin", "roi")},
        **{key: "证明材料03" for key in ("dev_total", "dev_cat", "dev_reg", "pub", "pub_cat", "pub_reg", "daily", "daily_cat",
                                       "daily_reg", "overseas", "overseas_bd")},
        **{key: "证明材料04 图1" for key in ("reg_users", "apps", "models")},
        "ms": "证明材料04 图2", "developers": "证明材料04 图2", "solutions": "证明材料04 图2",
        "patents": "证明材料02 表1", "softwares": "证明材料02 表2",
    }, numeric_default="平台统计，可现场演示", text_default="见申报书相关章节")
    lay = FormLayout(columns="levels_proof_first", style=Style(thousands=False, bd_sep="；", bd_colon="：", pct_sign=False,
                                                                yes_mark="▣"), date="2024年7月19日")
    fb = form_blocks(p, lay)
    dst = DocxStyle(font="仿宋", size=12, table_size=9, heading_font="仿宋", headings="bold")
    k.docx("申报文件/附件2_申报表_智慧核电产业链协同平台.docx", fb, dst, "申报表", "form")
    k.scan("申报文件/附件2_申报表_盖章扫描.pdf", fb, PdfStyle(font="WQY", table_size=8.2, size=10.5), "申报表扫描件",
           seal_at=[(0, "（公章）")], key="form_scan", seal_offset=(-0.03, 0.0), producer="HP LaserJet MFP M436")
    n = narrative(p)
    k.docx("申报文件/附件3_申报书_智慧核电产业链协同平台.docx", narrative_blocks(p, n, date="2024年7月19日"), dst, "申报书", "narrative")
    k.docx("申报文件/附件1_联系人信息反馈表_上海核工院.docx", contact_blocks(p), DocxStyle(font="仿宋", size=12), "联系人表", "contact")
    k.xlsx("申报文件/附件4_汇总表.xlsx", summary_xlsx_horizontal(p, Style(thousands=False), per_band=8, font="宋体"), "汇总表",
           "summary")
    k.docx("申报文件/附件5_真实性承诺.docx", commitment_blocks(p, "2024年7月19日"), DocxStyle(font="仿宋", size=14), "承诺",
           "commitment")
    assert pct(v["data"], v["storage"]) == D("48.20")
    verify(p, n, expected={("subset", "ms_active"), ("formula", "storage_util")})
    p.problems = [
        problem("summary_vs_form", "summary_vs_form", ["实际服务企业数（个）"], ["summary", "form"], "error",
                "附件4汇总表（横向排版）“实际服务企业数（个）”填写 1486，申报表填报 1468"),
        problem("count_vs_list", "count_vs_list", ["平台核心软硬件技术获得的软著数量（个）"], ["form", "ip"], "error",
                "申报表填报平台核心软硬件技术获得的软著数量 31 个，而知识产权清单“表2 计算机软件著作权清单（共28项）”仅列出 28 项"
                "（同一文件中的专利清单38项与申报一致）"),
        problem("subset", "subset", ["活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"], ["form"], "error",
                "活跃微服务数量（一周调用5次以上） 2310 个大于微服务数量 1960 个（前者是后者的“其中”项）"),
        problem("formula", "formula", ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], ["form"], "error",
                "存储资源利用率（%）填报 52.40，按填报指引公式 771.20 ÷ 1600.00 × 100% 应为 48.20"),
        problem("blank", "blank", ["平台交易规模年增长率（%）"], ["form"], "error",
                "指标明细表“平台交易规模年增长率（%）”平台实际情况未填写（汇总表同样空白）"),
    ]
    return b, p


def narrative(p: Package) -> Narrative:
    return Narrative(
        company_intro=[("上海核工程研究设计院股份有限公司始建于1970年，是我国核电工程设计与研发的骨干单位，主营核电工程设计、核电装备研发、"
                       "工程总承包及数字化服务，2023年营业收入32.86亿元。")],
        competence=["公司具备三代核电型号自主设计能力，在核电协同设计、设备质量管理和数字化交付方面积累深厚，平台团队142人。"],
        basic=[(f"{NAME}（附件6序号26）于2019年6月启动建设，2023年12月完成二期建设，建设投入11,200.00万元，自建、自运营，"
               "部署方式为私有云与混合云。平台面向核电全产业链提供协同设计、供应链协同、远程监造、质量追溯与设备健康管理服务。")],
        architecture=["平台由基础设施层、数据中台、业务中台和应用层组成，业务中台提供协同设计、质量追溯、远程监造等通用能力。"],
        advance=["平台在核电设备质量追溯方面达到国际同类系统水平，全面适配国产软硬件，平台国产化率92.40%。"],
        bench=[("2.1.1 工业设备连接/汇聚能力", "连接设备8,640台/套", "某核电运维平台：约5,000台"),
               ("3.1.1 平台应用规模", "服务企业1,468家", "同类平台约800家")],
        operations=[("截至2024年6月，平台连接设备8,640台（套），注册企业用户1,920家，实际服务企业1,468家，其中本市企业402家；"
                    "平台订单近一年7,135个。")],
        tech_innovation="技术创新点总结：一是核电设备全生命周期质量追溯；二是基于三维模型的跨企业协同设计；三是区块链质量数据存证；四是全栈国产化适配。",
        effects=["平台帮助产业链企业协同周期缩短25%，关键设备交付准时率提升至95%，运维成本平均下降14.20%。"],
        app_innovation="应用创新点总结：形成“协同设计+远程监造”网络化协同模式，推动核电产业链由线下协同转为平台化协同。",
        plan=["下一步将拓展海外核电项目协同服务，深化AI在设计审查与质量检验中的应用。"],
        cases=[Case(f"{NAME}——关键设备远程监造", "某核电主设备制造企业，主要生产反应堆压力容器、蒸汽发生器等关键设备。",
                    "平台为企业提供制造过程质量数据采集与远程监造服务。",
                    ["监造人员差旅减少60%，质量问题关闭周期缩短40%，设备交付准时率提升至96%。"]),
               Case(f"{NAME}——多方协同设计", "某核电工程公司承担多个核电项目的设计与建设管理。",
                    "平台提供基于三维模型的多方协同设计与数字化交付服务。",
                    ["设计变更处理周期缩短35%，设计文件交付效率提升30%。"]),
               Case(f"{NAME}——在役电站设备健康管理", "某核电站运行机组4台，装机容量约430万千瓦。",
                    "平台接入电站重要设备并提供健康评估与预测性维护服务。",
                    ["设备运维成本下降13%，安全生产持续时间提升约27%。"])],
        attachments=[("证明材料01 审计报告（平台业务专项审计）", "PDF"), ("证明材料02 知识产权清单", "PDF"),
                     ("证明材料03 设备接入统计", "PDF"), ("证明材料04 系统截图", "PDF")],
        compare=[("连接的工业设备（台/套）", "6,980", "8,640"), ("实际服务企业数（家）", "1,152", "1,468"),
                 ("工业APP数量（个）", "205", "236")],
        compare_text=["2023年7月以来，平台新增远程监造和数字化交付模块，服务企业与接入设备数量持续增长。"],
        numbering="1.", h2_as_heading=False,
    )
