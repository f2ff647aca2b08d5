"""ind03 — 序号23 “星云智汇”工业互联网平台, 上海电气集团数字科技有限公司 (2023参评=是). 5 problems.

Planted: 平台相关营业收入 declared 12,486.30万元 while the 平台业务收入明细表 of the audit shows 10,862.47万元
(declared_vs_evidence); chapter 七 missing (section7); 运维88+运营61≠156 (identity); 申报书 says 连接设备
“超过5万台（套）” while the form says 32,000 (narrative_vs_form); 平台基本情况介绍 over 500字 (char_limit).
Layout: flat numbered files, 序号 column and proof before actual, 其中 dropped, spaced "APP 数量", audit
columns 2023年度/2022年度, platform table in 元, PNG screenshots, certificate lists as XLSX.
"""

from __future__ import annotations

import random

from ..blocks import Cell, DocxStyle, PageBreak, Para, PdfStyle, Title, grid
from ..evidence import (
    combo_titles,
    dashboard,
    list_workbook,
    patent_rows,
    quantized_png,
    software_rows,
)
from ..finance import audit_blocks, company_statements, platform_table, wan
from ..form import FormLayout, form_blocks
from ..kit import Built, Kit
from ..model import Company, Contact, D, Package, Style
from ..narrative import Case, Narrative, narrative_blocks
from ..summary import commitment_blocks, contact_blocks, summary_xlsx_vertical
from ..synth import growth, indicators
from ..texts import defaults, zi
from .common import fill_proofs, problem, verify

PID = "ind03_dianqi_problems"
NAME = "“星云智汇”工业互联网平台"

YUAN = {
    "2020": D("72405118.20"), "2021": D("83216540.37"), "2022": D("95883207.64"), "2023": D("108624730.55"),
}
RD = {"2021": D("16012304.18"), "2022": D("18655210.07"), "2023": D("21530662.18")}
PROFIT = {"2021": D("8420117.60"), "2022": D("10208335.21"), "2023": D("13018220.45")}
DECLARED_2023 = D("12486.30")


def package() -> Package:
    income, balance = company_statements(2302, {"2022": D("846720114.90"), "2023": D("932418605.27")}, assets_ratio=1.28)
    co = Company(
        name="上海电气集团数字科技有限公司", short="电气数科", credit_code="91310000MA1FL5R86K", founded="2018年12月25日",
        district="静安区", reg_address="上海市静安区江场三路212号", kind="有限责任公司（国有控股）", capital="60,000万元人民币",
        business="工业互联网平台、工业软件研发与销售、智能制造系统集成、数据服务", legal_rep="沈立新",
        shareholders=[("上海电气集团股份有限公司", "51,000.00万元", "85.00%"), ("上海电气数智投资合伙企业（有限合伙）", "9,000.00万元", "15.00%")],
        fax="021-66313300", income=income, balance=balance, auditor="上海中衡信会计师事务所（特殊普通合伙）",
        audit_no="中衡信审字[2024]第0562号", cpas=("许明", "黄颖"))
    ct = Contact("孙伟杰", "平台事业部副总经理", "13918820746", "sunwj@xyzh-iiot.example.com", "钱梦婷", "市场经理",
                 "13916631028", "qianmt@xyzh-iiot.example.com", "静安区", "江场三路", "212号", "2楼报告厅")
    rev = {y: wan(YUAN[y]) for y in ("2020", "2021", "2022")}
    rev["2023"] = DECLARED_2023
    rd, profit = wan(RD["2023"]), wan(PROFIT["2023"])
    P = {
        "staff": 156, "staff_ops": 88, "staff_qual": 104, "revenue": DECLARED_2023, "rd": rd, "profit": profit, "build_amount": D("9850.00"),
        "dev_total": 32000, "pub": 18460, "daily": 12935,
        "dev_cat": {"电力设备": 28, "动力设备": 22, "机床": 14, "机器人": 8, "工程机械": 10, "交通设备": 6, "仪器仪表": 12},
        "dev_reg": {"上海": 40, "江苏": 15, "浙江": 10, "安徽": 8, "广东": 7, "四川": 6, "辽宁": 5, "湖北": 5, "天津": 4},
        "overseas": {"巴基斯坦Pakistan": 40, "印度尼西亚Indonesia": 35, "沙特阿拉伯Saudi Arabia": 25}, "overseas_total": 540,
        "protocols": 305, "apps": 528, "sw_total": 610, "apps_native": 320,
        "apps_cat": {"生产制造": 22, "运维服务": 20, "运营管理": 14, "节能减排": 12, "质量管控": 10, "安全生产": 8, "研发设计": 6,
                  "供应链管理": 5, "仓储物流": 3},
        "apps_ind": {"机械": 30, "电力、热力和燃气": 22, "汽车": 12, "船舶": 8, "轨道交通": 8, "建筑业": 10, "航空/航天": 10},
        "apps_mau": 402, "killer_dau": 5212, "killer_hits": 61305, "killer_income": D("96.40"), "pub_apps": 301, "pub_apps_dau": 152,
        "servers": D("420.00"), "pub_servers": 160, "storage": D("2400.00"), "data": D("1356.80"), "pub_data": D("610.25"),
        "models": 415, "models_active": 236, "models_users": 1180, "ms": 2036, "ms_active": 1108, "developers": 6820, "developers_active": 1540,
        "reg_users": 3860, "served": 2945, "served_sh": 1318,
        "served_reg": {"江苏": 24, "浙江": 18, "安徽": 12, "广东": 10, "四川": 10, "辽宁": 8, "湖北": 8, "天津": 7, "巴基斯坦Pakistan": 3},
        "served_ind": {"机械": 30, "电力、热力和燃气": 20, "汽车": 12, "建筑业": 10, "船舶": 6, "轨道交通": 6, "航空/航天": 6, "其他": 10},
        "paying": 1102, "served_sme": 2210, "orders": (41260, 43905), "trade_growth": D("24.18"), "subs": 12640, "killer_subs": 5830,
        "subs_amount": D("6215.60"), "dev_util": D("81.20"), "domestic": D("88.60"), "parks": 17, "solutions": 64,
        "om_down": D("16.48"), "energy_down": D("11.25"), "safety_up": D("18.90"), "indices": 8, "patents": 46, "softwares": 58, "awards": 9,
        "jobs": 1520, "social": D("21.36"), "partners": 15,
    }
    v = indicators(2302, P)
    v["staff_run"] = 61  # planted: 88 + 61 = 149 ≠ 156
    t = defaults(2, {"platform": NAME, "company_short": "上海电气"})
    v.update(t)
    v["positioning"] = "依托上海电气装备制造优势，面向能源装备、工业装备领域的跨行业工业互联网平台"
    v["policy"] = ("1. 工信部《工业互联网创新发展行动计划（2021-2023年）》：跨行业跨领域平台建设方向；\n"
                   "2. 国务院《推动大规模设备更新和消费品以旧换新行动方案》：设备数字化改造方向；\n"
                   "3. 上海市“工赋上海”三年行动计划：打造具有国际影响力的工业互联网平台；\n"
                   "4. 能源装备服务化转型加快，远程运维与全生命周期服务需求快速增长。")
    v["other_resources"] = "平台汇聚装备设计图纸及三维模型4.2万套、工艺知识条目3.6万条、供应商1,850家、服务工程师2,300名。"
    v["edge"] = "支持数据采集、边缘存储、协议转换、网络传输与边缘智能分析；边缘计算应用节点2,460个；最低响应时延5毫秒。"
    v["speed"] = ("毫秒级", "毫秒级（每TB数据检索分析约800毫秒）")
    v["sec_rules"] = (True, ("是，《星云智汇平台网络安全管理办法》（SE-DT-SEC-01，2020年10月）、《数据安全管理细则》"
                            "（SE-DT-SEC-03，2022年4月）、《安全运维操作规程》（SE-DT-SEC-05，2023年6月）"))
    v["sec_test"] = (True, "是，每年一次等保三级测评和第三方渗透测试")
    v["sec_scan"] = (True, "是，每月一次")
    v["listed"] = (True, "是，控股股东上海电气集团股份有限公司为A+H股上市公司。")
    v["benefit"] = "三个案例平均带动用户营收增长9.8%，设备安全生产持续时间平均提升18.90%。"
    v["cost_down"] = "三个案例平均降低运维成本16.48%，设备能耗平均下降11.25%。"
    v["supply_chain"] = "平台与1,850家供应商实现订单、质量、物流数据对接，供应商准时交付率提升至96%，采购周期平均缩短21%。"
    v["new_tech"] = "有。融合5G、数字孪生、AI大模型与区块链技术，构建燃机、风机数字孪生体46个，上线装备运维大模型助手。"
    v["breakthrough"] = (True, "是，自研工业实时数据库与装备数字孪生建模引擎，数据写入性能达每秒百万点，对标国外同类产品处于同一水平。")
    v["carbon"] = (True, "是，提供碳排放监测、碳核算与碳资产管理服务，服务用户210家。")
    v["idres"] = (True, "是，建设能源装备行业标识解析二级节点，累计标识注册量1.2亿个。")
    v["standards"] = "牵头国家标准1项、参与行业标准4项，如《工业互联网平台 能源装备远程运维要求》（牵头）等。"
    v["contribution"] = "平台服务能源装备、工业装备等关键领域企业2,945家，其中本市企业1,318家，支撑本市高端装备产业数字化转型。"
    v["open_mech"] = "是，建立面向产业链的数据开放与应用共享机制，向链上企业开放设备数据服务与模型组件。"
    v["open_data"] = "开放API接口328个、数据集16个、模型组件120个"
    v["new_models"] = "有。培育装备“产品+服务”服务化延伸模式，远程运维服务合同额年均增长30%以上。"
    v["factories"] = (12, "是，12家，含上海电气电站设备有限公司汽轮机厂智能工厂等，提供设备互联、质量管控与能效优化服务。")
    intro = (f"{NAME}是上海电气集团数字科技有限公司依托上海电气在能源装备、工业装备领域的制造与服务优势打造的跨行业跨领域工业互联网平台。"
             "平台于2019年启动建设，先后完成平台底座、行业应用与生态服务三期工程，形成“1+N+X”体系架构，其中“1”是统一的平台底座，"
             "包括物联接入、工业大数据、工业智能和应用开发四大中台，“N”是面向电站、风电、储能、工业装备等行业的专业化子平台，"
             "“X”是面向产业链上下游企业的工业APP与解决方案。平台主要功能包括：装备远程监测与智能运维、生产过程质量管控、能源管理与碳资产管理、"
             "供应链协同、工业知识管理与复用等。平台已接入电站、风机、储能、机床、机器人等各类工业设备，沉淀工业机理模型415个、"
             "工业APP 528个、微服务2,036个，形成能源装备全生命周期管理、离散制造数字化车间、园区综合能源管理等64个解决方案，"
             "主要客户包括发电集团、装备制造企业、汽车及零部件企业、轨道交通和建筑企业等2,945家。平台服务范围覆盖上海、江苏、浙江、"
             "安徽、广东、四川等省市，并随上海电气海外工程项目延伸至巴基斯坦、印度尼西亚、沙特阿拉伯等国家。平台先后入选工业和信息化部"
             "工业互联网试点示范项目、上海市工业互联网平台等，获得省部级及以上奖项和荣誉9项，具备较强的行业影响力和带动作用。")
    assert zi(intro) > 500
    p = Package(
        pid=PID, list_no=23, declared_name=NAME, name_cell=NAME, nature="跨行业跨领域工业互联网平台", company=co, contact=ct,
        url="https://www.xyzh-iiot.example.com", account="review_sheitc", password="Xy!zh2024pw", build_from="2019.01",
        build_to="2023.12", build_amount=P["build_amount"], revenue_years=rev, growth=growth(rev), build_mode="自建",
        partner="", run_mode="自运营", iaas="自建", iaas_vendor="", deploy=["私有云", "公有云", "混合云"], deploy_other="",
        intro=intro,
        effect=("平台聚焦能源装备、工业装备“运维难、能耗高、协同弱”等痛点，推动装备制造企业由卖产品向卖服务转型。平台服务企业设备运维成本"
                "平均下降16.48%，能耗平均下降11.25%，安全生产持续时间平均提升18.90%；带动新增就业1,520人，服务园区17个、"
                "上海市级智能工厂12家，经济效益和社会效益显著。"),
        v=v, private={"dev_total": 6200},
    )
    p.extra["profit_declared"] = profit
    p.problems = [
        problem("declared_vs_evidence", "declared_vs_evidence", ["平台相关营业收入（万元）"], ["form", "audit"], "error",
                "申报表填报平台相关营业收入 12,486.30 万元，审计报告所附《平台业务收入明细表》2023年度平台营业收入合计为 "
                "108,624,730.55 元（10,862.47 万元），两者不一致；申报表“平台近三年经营指标情况”2023年平台营收同样填为 12,486.30 万元"),
        problem("section7", "section7", ["七、平台相较上年度对比情况"], ["narrative"], "error",
                "申报书缺少“七、平台相较上年度对比情况”：该平台在附件6（序号23）中2023年度参评为“是”，第七章为必填章节"),
        problem("identity", "identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], ["form"], "error",
                "运维人数 88 + 运营人数 61 = 149，与平台团队总人数 156 不一致（填报指引1.1.2：两者之和应与平台总人数相等）"),
        problem("narrative_vs_form", "narrative_vs_form", ["连接的工业设备/产品/产线种类及数量（台/套）"], ["narrative", "form"],
                "warning", "申报书称平台“已连接各类工业设备超过5万台（套）”，申报表填报连接的工业设备总数 32,000 台/套"),
        problem("char_limit", "char_limit", ["平台基本情况介绍"], ["form"], "warning",
                f"申报表“平台基本情况介绍”共 {zi(intro)} 字，超过“500字以内”的要求"),
    ]
    return p


def build() -> tuple[Built, Package]:
    p = package()
    v = p.v
    b = Built(PID, "序号23电气数科“星云智汇”平台，5个问题：平台营收与审计报告平台明细表不符、缺第七章、运维+运营≠总人数、"
                   "申报书称连接设备超过5万台而申报表为32,000、平台基本情况介绍超500字。",
              ["naming:numbered-dot", "evidence_dir:flat", "columns:seq+l3+content+proof+actual", "drop_qizhong",
               "app_space", "headings:word", "audit_unit:元", "audit_columns:2023年度/2022年度", "platform_part:明细表(元)",
               "summary:xlsx", "commitment:scan", "stamped_scan", "screenshots:png", "certificates:xlsx", "private_format"],
              "folder", secrets=[p.password])
    k = Kit(p, b, seal_seed=2323)
    rng = random.Random(23)
    co = p.company
    items = [("平台营业收入", {y: YUAN[y] for y in ("2021", "2022", "2023")}),
             ("平台研发投入", RD), ("平台利润总额", PROFIT)]
    blocks = audit_blocks(co, cols=("2023年度", "2022年度"), bal_cols=("2023年12月31日", "2022年12月31日"),
                          report_date="2024年4月22日", notes_col=False) + [PageBreak()] + platform_table(
        "附表：星云智汇平台业务收入明细表", "元", ["2021", "2022", "2023"], items,
        [("根据贵公司提供的业务核算资料，平台业务收入包括平台订阅服务、远程运维服务及基于平台交付的解决方案收入，"
         "不包括公司智能装备销售、系统集成硬件销售收入。")], signer="上海中衡信会计师事务所（特殊普通合伙）", date="2024年4月22日")
    f1 = k.pdf("3.1 审计报告.pdf", blocks, PdfStyle(font="WQY", size=10, table_size=8.4, title="审计报告", author=co.auditor),
               "evidence:audit_report", "audit")
    a = "明细表"
    k.fact(f1, "平台相关营业收入（万元）", "108,624,730.55", "元", 10862.47, anchor=a, row_label="平台营业收入",
           column_label="2023年度")
    k.fact(f1, "平台近三年经营指标情况", "95,883,207.64", "元", 9588.32, anchor=a, row_label="平台营业收入",
           column_label="2022年度", component="2022年平台营收（万元）")
    k.fact(f1, "平台近三年经营指标情况", "83,216,540.37", "元", 8321.65, anchor=a, row_label="平台营业收入",
           column_label="2021年度", component="2021年平台营收（万元）")
    k.fact(f1, "平台相关研发投入（万元）", "21,530,662.18", "元", 2153.07, anchor=a, row_label="平台研发投入",
           column_label="2023年度")
    k.fact(f1, "平台利润率（%）", "13,018,220.45", "元", 1301.82, anchor=a, row_label="平台利润总额", column_label="2023年度",
           component="平台利润总额（万元）")
    k.fact(f1, "投资回报率（%）", "13,018,220.45", "元", 1301.82, anchor=a, row_label="平台利润总额", column_label="2023年度",
           component="平台年利润（万元）")

    # device detail: one table by category (single 合计), one by region
    H = lambda t: Cell(t, bold=True, align="center", shade="F2F2F2")
    rows = [[H("序号"), H("设备二级分类"), H("主要设备"), H("连接数量（台/套）")]]
    what = {"电力设备": "变压器、开关柜、发电机组", "动力设备": "燃气轮机、汽轮机、风机、泵", "机床": "数控机床、加工中心",
            "机器人": "焊接、装配机器人", "工程机械": "起重机械、盾构机", "交通设备": "轨道交通车辆、船舶主机", "仪器仪表": "智能仪表、传感器"}
    for i, (k2, n) in enumerate(v["dev_cat"].items(), start=1):
        rows.append([Cell(str(i), align="center"), Cell(k2), Cell(what[k2]), Cell(f"{n:,}", align="right")])
    rows.append([Cell("合计", cs=3, align="center", bold=True), Cell(f"{v['dev_total']:,}", align="right", bold=True)])
    rrows = [[H("区域"), H("连接数量（台/套）"), H("其中公有云（台/套）")]]
    for k2, n in v["dev_reg"].items():
        rrows.append([Cell(k2), Cell(f"{n:,}", align="right"), Cell(f"{v['pub_reg'][k2]:,}", align="right")])
    dev_blocks = [Title("星云智汇平台设备连接明细（截至2024年6月30日）", 14),
                  Para("一、按设备二级分类", bold=True), grid([0.6, 1.6, 3, 1.6], rows, header_rows=1, size=9),
                  Para("二、按省市区域（含海外）", bold=True), grid([2, 1.6, 1.6], rrows, header_rows=1, size=9),
                  Para("注：设备连接数量含私有化部署设备6,200台/套。", size=8.5)]
    f2 = k.pdf("3.2 设备接入明细.pdf", dev_blocks, PdfStyle(font="WQY", table_size=9), "evidence:device_list", "devices")
    k.fact(f2, "连接的工业设备/产品/产线种类及数量（台/套）", "32,000", "台/套", 32000, row_label="合计",
           column_label="连接数量（台/套）")

    s1 = dashboard("星云智汇工业互联网平台 — 设备监控中心", "2024.07.09 09:12", [("联网设备", "32,000", "台/套"),
                   ("注册用户（企业）", "3,860", "家"), ("工业APP", "528", "个"), ("工业模型", "415", "个")], seed=231, theme="dark",
                   table=[["时间", "设备", "事件", "级别"], ["09:10", "#2燃机", "排气温度偏高", "二级"], ["09:02", "风机WT-118", "齿轮箱振动", "一级"],
                          ["08:55", "加工中心C07", "主轴负载高", "三级"], ["08:41", "储能柜B-03", "SOC偏差", "三级"]], table_title="最新事件")
    f3 = k.add("3.3 平台截图-设备监控.png", quantized_png(s1, 64), "evidence:screenshot", "screen1")
    k.fact(f3, "连接的工业设备/产品/产线种类及数量（台/套）", "32,000", "台/套", 32000, row_label="联网设备")
    k.fact(f3, "注册企业用户数（个）", "3,860", "家", 3860, row_label="注册用户（企业）")
    k.fact(f3, "工业APP数量（个）", "528", "个", 528, row_label="工业APP")
    k.fact(f3, "工业机理模型数量（个）", "415", "个", 415, row_label="工业模型")
    s2 = dashboard("运营总览", "2024.07.09 09:15", [("微服务", "2,036", "个"), ("开发者", "6,820", "人"), ("解决方案", "64", "个")],
                   seed=232, theme="teal", ranking=sorted(v["served_reg"].items(), key=lambda x: -x[1])[:5])
    f4 = k.add("3.3 平台截图-运营总览.png", quantized_png(s2, 64), "evidence:screenshot", "screen2")
    k.fact(f4, "微服务数量（个）", "2,036", "个", 2036, row_label="微服务")
    k.fact(f4, "开发者注册总数（个）", "6,820", "人", 6820, row_label="开发者")
    k.fact(f4, "平台提供的解决方案总数（个）", "64", "个", 64, row_label="解决方案")

    owner = co.name
    pt = combo_titles(rng, ["一种", "一种基于数字孪生的", "一种面向能源装备的", "一种基于深度学习的"],
                      ["燃气轮机", "风电机组", "储能电站", "汽轮机", "工业机器人", "数控机床", "变压器", "工业实时数据库"],
                      ["故障预警方法", "健康评估方法及系统", "远程运维系统", "能效优化方法", "数据采集装置", "寿命预测方法"], 46)
    sw = combo_titles(rng, ["星云智汇", "SEDT", "电气数科"], ["设备远程运维", "能源管理", "工业实时数据库", "数字孪生建模", "质量管控",
                                                           "供应链协同", "碳资产管理", "低代码开发", "工业知识管理", "智能排产"],
                      ["系统V1.0", "平台V2.0", "软件V3.1", "管理系统V1.2", "引擎V2.3"], 58)
    prow = patent_rows(rng, pt, owner)
    srow = software_rows(rng, sw, owner)
    wb = list_workbook([("专利", "平台核心技术专利证书清单", ["序号", "专利名称", "专利类型", "专利号", "授权公告日", "专利权人"], prow,
                         f"专利合计：{len(prow)}项"),
                        ("软件著作权", "平台核心技术软件著作权清单", ["序号", "软件名称", "登记号", "登记日期", "著作权人"], srow,
                         f"软件著作权合计：{len(srow)}项")])
    f5 = k.xlsx("3.4 专利证书清单.xlsx", wb, "evidence:patent_list", "ip")
    k.fact(f5, "平台核心软硬件技术获得的专利数量（项）", "46", "项", 46, quote="专利合计：46项", page=1, row_label="专利合计")
    k.fact(f5, "平台核心软硬件技术获得的软著数量（个）", "58", "项", 58, quote="软件著作权合计：58项", page=2,
           row_label="软件著作权合计")

    last = len(k.texts(f1))
    fill_proofs(p, {
        **{key: f"附件3.1 第{last}页" for key in ("rd", "rd_ratio", "revenue", "margin", "roi")},
        **{key: "附件3.2" for key in ("dev_total", "dev_cat", "dev_reg", "pub", "pub_reg", "overseas", "overseas_bd")},
        **{key: "附件3.3" for key in ("reg_users", "apps", "models", "ms", "developers", "solutions")},
        "patents": "附件3.4（专利）", "softwares": "附件3.4（软件著作权）",
    }, numeric_default="平台统计数据，无单独证明材料，可现场核验", text_default="见申报书")
    lay = FormLayout(columns="seq", drop_qizhong=True, app_space=True,
                     style=Style(thousands=True, bd_sep="、", bd_colon=" ", pct_sign=False, yes_mark="✔",
                                 orders_fmt="2023年自然年：{a}个；截至填表日前一年：{b}个"),
                     date="2024年7月18日")
    fb = form_blocks(p, lay)
    dst = DocxStyle(font="宋体", size=12, table_size=9, heading_font="黑体", headings="word")
    k.docx("2.申报表.docx", fb, dst, "申报表", "form")
    k.scan("2.申报表-盖章.pdf", fb, PdfStyle(font="WQY", table_size=8.2, size=10.5), "申报表扫描件",
           seal_at=[(0, "（公章）")], key="form_scan", seal_offset=(-0.03, 0.0), producer="KONICA MINOLTA bizhub C360i")
    n = narrative(p)
    k.docx("3.申报书.docx", narrative_blocks(p, n, date="2024年7月18日"), dst, "申报书", "narrative")
    k.docx("1.联系人信息反馈表.docx", contact_blocks(p, address="line"), DocxStyle(font="宋体", size=11), "联系人表", "contact")
    k.xlsx("4.汇总表.xlsx", summary_xlsx_vertical(p, Style(thousands=True), font="仿宋"), "汇总表", "summary")
    k.scan("5.真实性承诺.pdf", commitment_blocks(p, "2024年7月18日"), PdfStyle(font="WQY", size=12, footer_pages=False), "承诺",
           seal_at=[(0, "申报单位")], key="commitment", seal_offset=(0.2, 0.0), producer="KONICA MINOLTA bizhub C360i")
    verify(p, n, expected={("identity", "staff")}, expected_limits={"intro"})
    return b, p


def narrative(p: Package) -> Narrative:
    return Narrative(
        company_intro=[("上海电气集团数字科技有限公司成立于2018年12月，是上海电气集团股份有限公司控股的数字化专业公司，注册资本6亿元，"
                       "主营工业互联网平台、工业软件、智能制造系统集成和数据服务。2023年公司营业收入9.32亿元。")],
        competence=[("公司拥有研发人员近千人，依托集团在电站、风电、储能及工业装备领域的制造和服务经验，形成工业实时数据库、数字孪生建模、"
                    "装备故障预测等核心技术，拥有专利46项、软件著作权58项。")],
        basic=[(f"{NAME}（附件6序号23）于2019年1月启动建设，2023年12月完成三期建设，建设金额9,850.00万元，采用自建、自运营方式，"
               "部署方式为私有云、公有云和混合云。平台定位为跨行业跨领域工业互联网平台，面向能源装备、工业装备、汽车、轨道交通、建筑等行业。")],
        architecture=[("平台采用“1+N+X”架构，底座包括物联接入、工业大数据、工业智能和应用开发四大中台，上层为电站、风电、储能、工业装备等"
                      "行业子平台及工业APP。")],
        advance=["与国内外同类平台相比，平台在能源装备领域具备行业知识优势，工业实时数据库写入性能达每秒百万点，数字孪生体46个。"],
        bench=[("2.1.1 工业设备连接/汇聚能力", "连接设备32,000台/套", "某跨行业平台：连接设备约8万台"),
               ("2.2.3 数据建模和分析", "机理模型415个", "同类平台约300个"), ("3.1.1 平台应用规模", "服务企业2,945家", "同类平台约2,000家")],
        operations=[("截至2024年6月，平台已连接各类工业设备超过5万台（套），覆盖电站、风电、储能、机床、机器人等装备；注册企业用户3,860家，"
                    "实际服务企业2,945家，其中本市企业1,318家。")],
        tech_innovation=("技术创新点总结：一是自研工业实时数据库，写入性能达每秒百万点；二是装备数字孪生建模引擎，支持燃机、风机等复杂装备"
                         "多物理场建模；三是装备运维大模型助手，实现故障知识问答与维修方案推荐；四是平台底座全面适配国产软硬件，国产化率88.60%。"),
        effects=["平台服务企业设备运维成本平均下降16.48%，能耗平均下降11.25%，安全生产持续时间平均提升18.90%，带动新增就业1,520人。"],
        app_innovation="应用创新点总结：平台推动装备企业由“卖产品”向“卖服务”转型，形成远程运维、能效托管等服务化延伸模式；通过海外工程项目将平台服务延伸至“一带一路”沿线国家。",
        plan=["下一步，平台将深化AI大模型应用，拓展储能、氢能等新兴领域，2025年连接设备达到4万台（套），服务企业超过3,500家。"],
        cases=[Case(f"{NAME}——燃机电站智能运维", "某燃机电厂装机容量180万千瓦，拥有燃气—蒸汽联合循环机组4套，为华东地区重要调峰电源。",
                    "平台为电厂接入燃机、汽机及辅机设备1,260台（套），上线燃机健康管理、性能分析与检修决策应用。",
                    ["平台提前识别燃烧室温度场异常等隐患12起，机组非计划停运次数下降60%，运维成本下降18%，供电煤耗下降约1.2%。"]),
               Case(f"{NAME}——风电场群远程集控", "某新能源公司运营风电场9座、风机620台，分布在江苏、安徽两省。",
                    "平台为企业建设风电场群远程集控中心，接入风机及升压站设备，提供功率预测、故障预警与运维调度服务。",
                    ["风机可利用率提升至98.6%，年增发电量约4,300万千瓦时，运维成本下降15%。"]),
               Case(f"{NAME}——离散制造数字化车间", "某汽车零部件企业拥有机加工生产线14条，主要为整车厂配套底盘零部件。",
                    "平台为企业建设数字化车间，接入数控机床、机器人等设备486台（套），上线设备管理、质量追溯与能源管理应用。",
                    ["设备综合效率提升11个百分点，产品不良率下降32%，单位产值能耗下降10.5%。"])],
        attachments=[("3.1 审计报告（含平台业务收入明细表）", "PDF"), ("3.2 设备接入明细", "PDF"), ("3.3 平台截图", "PNG 2张"),
                     ("3.4 专利证书清单", "Excel")],
        drop_chapters={"七"}, numbering="（一）",
    )
