"""ind01 — 序号14 电机设备远程运维服务工业互联网平台, 上海电器科学研究所（集团）有限公司 (2023参评=是).

Clean package. Traps: company audit + platform 专项说明 (万元) on another page; 专利 and 软著 lists in one
PDF with repeated headers; device statistics with a three-number 合计 row; category / region / overseas
tables in one file; narrative numbers about a part (上海 1,204家, 核心软件国产化率93%); orders with two
readings (汇总表 keeps one); 2.2.1 with the 私有化 note; dashboard captions outside a closed list and a
rounded 1.3万; horizontal 汇总表; 序号14 shares its platform name with 序号2; chapter 七 present.
"""

from __future__ import annotations

import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from ..blocks import DocxStyle, PdfStyle
from ..evidence import (
    dashboard,
    device_stats_blocks,
    ip_list_blocks,
    patent_rows,
    quantized_png,
    software_rows,
)
from ..finance import audit_blocks, company_statements, platform_statement_wan
from ..form import FormLayout, form_blocks
from ..kit import Built, Kit
from ..model import Company, Contact, D, Package, Style
from ..narrative import Case, Narrative, narrative_blocks
from ..scan import images_to_pdf
from ..summary import commitment_blocks, contact_blocks, summary_xlsx_horizontal
from ..synth import growth, indicators
from ..texts import defaults
from .common import fill_proofs, verify

PID = "ind01_dianke_clean"


def package() -> Package:
    rev = {"2022": D("631804227.15"), "2023": D("684215390.47")}
    income, balance = company_statements(1401, rev, assets_ratio=1.62)
    co = Company(
        name="上海电器科学研究所（集团）有限公司", short="电科所", credit_code="913100001322097356",
        founded="1953年8月1日", district="普陀区", reg_address="上海市普陀区武宁路505号", kind="有限责任公司（国有控股）",
        capital="35,000万元人民币", business="电机及电气设备检测认证、电机系统节能技术服务、电气装备制造、工业软件与系统集成",
        legal_rep="顾建平",
        shareholders=[("上海申电投资控股有限公司", "22,750.00万元", "65.00%"), ("上海市工业投资（集团）有限公司", "8,750.00万元", "25.00%"),
                      ("上海电科企业管理合伙企业（有限合伙）", "3,500.00万元", "10.00%")],
        fax="021-62574990", income=income, balance=balance, auditor="上海沪信会计师事务所（特殊普通合伙）",
        audit_no="沪信审字〔2024〕第0318号", cpas=("王立群", "陈晓燕"))
    ct = Contact("周文斌", "平台运营部副主任", "13916274508", "zhouwb@seari-iot.example.com", "刘佳", "平台产品经理",
                 "13917356092", "liujia@seari-iot.example.com", "普陀区", "武宁路", "505号", "3号楼5楼第一会议室")
    rev_p = {"2020": D("3905.12"), "2021": D("4318.77"), "2022": D("4706.35"), "2023": D("5236.48")}
    P = {
        "staff": 168, "staff_ops": 96, "staff_qual": 121, "revenue": rev_p["2023"], "rd": D("1026.85"), "profit": D("612.40"),
        "build_amount": D("4860.00"), "dev_total": 21304, "pub": 9870, "daily": 6112,
        "dev_cat_fixed": {"动力设备": 8426, "电力设备": 4512, "电工、电子设备": 3318, "机床": 2607, "仪器仪表": 1583, "轻工设备": 858},
        "pub_cat_fixed": {"动力设备": 3962, "电力设备": 2105, "电工、电子设备": 1498, "机床": 1201, "仪器仪表": 712, "轻工设备": 392},
        "daily_cat_fixed": {"动力设备": 2488, "电力设备": 1330, "电工、电子设备": 917, "机床": 736, "仪器仪表": 401, "轻工设备": 240},
        "dev_reg": {"上海": 36, "江苏": 20, "浙江": 14, "安徽": 8, "山东": 7, "广东": 6, "湖北": 5, "四川": 4},
        "overseas": {"越南Vietnam": 45, "泰国Thailand": 30, "德国Germany": 25}, "overseas_total": 286, "protocols": 214,
        "apps": 412, "sw_total": 468, "apps_native": 255,
        "apps_cat": {"运维服务": 30, "节能减排": 18, "安全生产": 12, "质量管控": 10, "生产制造": 12, "运营管理": 8, "供应链管理": 5,
                  "仓储物流": 3, "研发设计": 2},
        "apps_ind": {"机械": 38, "电力、热力和燃气": 20, "石化化工": 14, "汽车": 10, "轻工": 10, "建材": 8},
        "apps_mau": 296, "killer_dau": 3126, "killer_hits": 38540, "killer_income": D("42.36"), "pub_apps": 238, "pub_apps_dau": 109,
        "servers": D("212.50"), "pub_servers": 84, "storage": D("860.00"), "data": D("512.64"), "pub_data": D("201.37"),
        "models": 286, "models_active": 141, "models_users": 652,
        "models_cat": {"数据算法模型": 3, "研发仿真模型": 1, "行业机理模型": 5, "业务流程模型": 2},
        "ms": 1148, "ms_active": 603, "developers": 12960, "developers_active": 3215,
        "reg_users": 2318, "served": 1876, "served_sh": 1204,
        "served_reg": {"江苏": 30, "浙江": 20, "安徽": 10, "山东": 10, "广东": 10, "湖北": 10, "四川": 10},
        "served_ind": {"机械": 35, "电力、热力和燃气": 15, "石化化工": 12, "汽车": 10, "轻工": 10, "建材": 8, "船舶": 5, "其他": 5},
        "paying": 642, "served_sme": 1515, "orders": (18650, 19872), "trade_growth": D("16.85"), "subs": 5436, "killer_subs": 2861,
        "subs_amount": D("2318.75"), "dev_util": D("78.42"), "domestic": D("85.00"), "parks": 9, "solutions": 36,
        "om_down": D("18.36"), "energy_down": D("9.72"), "safety_up": D("21.45"), "indices": 6, "patents": 14, "softwares": 23, "awards": 6,
        "jobs": 410, "social": D("23.68"), "partners": 8,
    }
    v = indicators(1401, P)
    name = "电机设备远程运维服务工业互联网平台"
    t = defaults(0, {"platform": name, "company_short": "电科所",
                     "compute": "私有云物理服务器96台（3840核CPU、24张GPU卡）+公有云弹性资源，可分钟级扩容"})
    v.update(t)
    v["positioning"] = "面向电机及泵、风机、压缩机等动力设备，提供远程监测、预测性维护与能效优化服务的行业型平台"
    v["policy"] = ("1. 工信部《工业互联网创新发展行动计划（2021-2023年）》：设备上云、平台赋能方向；\n"
                   "2. 工信部、市场监管总局《电机能效提升计划（2021-2023年）》：电机系统节能与智能运维；\n"
                   "3. 上海市《上海市制造业数字化转型实施方案》：工业互联网平台赋能中小企业方向；\n"
                   "4. 电机系统耗电约占工业用电六成，远程运维与能效服务需求持续增长，符合服务化延伸趋势。")
    v["other_resources"] = ("除设备接入外，平台汇聚电机能效检测数据18.6万条、故障案例知识条目2.3万条、备件供应商312家、"
                            "认证运维工程师1,460名，以及电机能效标准、检测方法等行业知识资源，形成“设备+数据+知识+服务”资源池，"
                            "支撑远程诊断与服务撮合。")
    v["edge"] = ("方案支持数据采集、数据存储、网络传输、智能分析及本地告警联动等功能；已部署边缘计算应用节点1,268个，"
                 "最低响应时延10毫秒，支持断网续传与边缘侧模型推理。\n"
                 "私有化部署说明：上述节点中有326个部署于用户私有化环境（钢铁、石化等11家企业厂区），采用与公有云一致的边缘网关软件"
                 "和模型下发机制，数据在厂内完成清洗与特征提取后按需上传，本地最低响应时延约5毫秒，满足企业数据不出厂要求。")
    v["speed"] = ("秒级", "秒级（单TB时序数据聚合分析平均约3.2秒）")
    v["sec_rules"] = (True, ("是，《平台网络安全管理制度》（SEARI-IOT-AQ-001，2021年3月）；《平台数据安全管理办法》"
                            "（SEARI-IOT-AQ-004，2022年6月）；《平台安全事件应急预案》（SEARI-IOT-AQ-007，2023年2月）"))
    v["sec_test"] = (True, "是，每年委托第三方机构开展一次渗透测试及网络安全等级保护三级测评（最近一次：2024年5月）")
    v["sec_scan"] = (True, "是，每月开展一次全面漏洞扫描，重大版本上线前加扫一次")
    v["listed"] = (False, "否")
    v["benefit"] = ("三个案例平均带动用户设备综合效率（OEE）提升6.8个百分点，非计划停机时间平均减少22%，"
                    "案例用户年均新增产值约1,150万元，带动新增运维服务岗位35个。")
    v["cost_down"] = "三个案例平均降低运维成本18.36%，设备能耗平均下降9.72%，备件库存资金占用平均下降15%。"
    v["supply_chain"] = ("平台与142家电机、泵阀制造商及312家备件供应商系统对接，打通设备制造、安装调试、运行维护、备件供应等环节，"
                         "实现故障工单自动派发与备件就近调拨。供应商管理方面，平台按响应时效、维修质量、客户评价对服务商分级管理，"
                         "A级服务商占比由2022年的38%提升至2024年6月的52%。通过共享设备运行与故障数据，制造商据此改进产品设计，"
                         "平均故障间隔时间提升约15%；备件需求预测准确率达86%，带动供应链整体库存周转天数由46天降至37天。")
    v["new_tech"] = ("有。平台融合5G、边缘计算、数字孪生与AI大模型技术：在5G专网厂区实现设备数据毫秒级回传；"
                     "构建泵站、空压站数字孪生体，支持工况仿真与运行策略预演；基于开源大模型微调形成“电机运维助手”，"
                     "可根据告警信息自动生成诊断报告和维修建议，已在36家用户上线试用，诊断报告编写时间由平均2小时缩短至15分钟。")
    v["breakthrough"] = (True, ("是，自研“电机多源异构数据融合故障诊断技术”，轴承早期故障识别准确率达93.6%，"
                               "高于国外同类产品公开指标（约90%）；自研边缘网关时延与国外主流产品相当，成本降低约40%。"))
    v["carbon"] = (True, ("是，具备碳排放监测、碳计算/核算和碳效评价服务：为112家用户提供电机系统用能与碳排放在线监测，"
                         "覆盖机械、化工等行业，年核算碳排放约38万吨，帮助用户识别节能改造空间。"))
    v["idres"] = (True, "是，平台已对接国家工业互联网标识解析二级节点，为5.6万台电机及泵阀赋予标识，实现全生命周期信息追溯。")
    v["standards"] = ("参与制定国家标准2项、行业标准3项（牵头1项）：1.《电机系统远程运维服务规范》（行业标准，牵头，2023年）；"
                      "2.《电机能效在线监测技术要求》（国家标准，参与，2022年）；3.《工业互联网平台 设备接入要求》（行业标准，参与，2021年）等。")
    v["contribution"] = ("平台聚焦电机这一工业用电“大户”，服务机械、电力、石化等关键行业用户1,876家，其中本市企业1,204家，"
                         "支撑本市多个市级智能工厂开展设备预测性维护；平台形成的电机能效数据为行业主管部门开展电机能效提升行动提供数据支撑，"
                         "并带动长三角地区电机运维服务商数字化转型，对本市高端装备与绿色低碳产业发展起到支撑作用。")
    v["open_mech"] = ("是，平台建立面向电机制造商、备件供应商和运维服务商的开放共享机制：经用户授权后开放设备运行数据、故障知识与能效分析能力，"
                      "按“数据可用不可见”原则通过隐私计算提供联合建模服务，并制定数据共享收益分配规则。")
    v["open_data"] = "以API接口、行业数据集和分析报告模板形式开放：开放API接口186个、行业数据集9个、能效分析报告模板24类"
    v["new_models"] = ("有。培育“电机能效托管”服务化延伸新模式：平台按节能量与用户分成，已签约托管项目27个；"
                       "孵化远程运维服务商生态，带动32家传统维修企业转型为数字化运维服务商。")
    v["factories"] = (7, ("是，共7家。包括上海汇达泵业有限公司“高效节能泵智能工厂”（嘉定区）、上海申菱电机有限公司“电机绕组智能工厂”"
                         "（松江区）等，平台为其提供电机系统在线监测、预测性维护和能效诊断服务，非计划停机时间平均下降约22%。"))
    p = Package(
        pid=PID, list_no=14, declared_name=name, name_cell=name, nature="行业型工业互联网平台", company=co, contact=ct,
        url="https://iot.seari.example.com", account="pingshen2024", password="Sh#Eval0716", build_from="2018.06",
        build_to="2023.12", build_amount=P["build_amount"], revenue_years=rev_p, growth=growth(rev_p), build_mode="自建",
        partner="", run_mode="自运营", iaas="自建", iaas_vendor="", deploy=["边缘侧", "私有云", "公有云"], deploy_other="",
        intro=("电机设备远程运维服务工业互联网平台由上海电器科学研究所（集团）有限公司于2018年启动建设，是面向电机及泵、风机、"
               "压缩机等动力设备的行业型工业互联网平台。平台依托电科所在电机能效检测与标准领域六十余年的技术积累，构建“边缘采集—"
               "云端建模—服务闭环”的技术体系，主要功能包括设备接入与状态监测、故障诊断与预测性维护、能效评估与节能优化、运维工单与"
               "备件协同、碳排放监测等。平台已接入各类工业设备2.1万余台（套），沉淀机理模型286个、工业APP 412个，形成泵站、空压站、"
               "产线电机系统等36个解决方案，主要客户覆盖机械、电力、石化、汽车等行业的1,876家企业。"),
        effect=("平台针对电机系统“故障难预知、能耗难掌握、运维靠经验”的痛点，将设备运维由事后维修转变为预测性维护，将能效管理由"
                "定期检测转变为在线诊断。截至2024年6月，平台服务企业的设备非计划停机时间平均下降约22%，运维成本平均下降18.36%，"
                "设备能耗平均下降9.72%。平台带动32家传统维修企业转型为数字化运维服务商，新增就业岗位410个；形成的电机能效数据为"
                "行业电机能效提升行动提供支撑，取得了良好的经济效益、社会效益和示范带动作用。"),
        v=v,
        private={"dev_total": 3260, "apps": 57},
    )
    p.extra["profit_declared"] = P["profit"]
    p.extra["summary_orders"] = "2023"
    f = {
        "2021": {"营业收入": D("4318.77"), "订阅收入": D("1802.43"), "营业成本": D("2791.25"), "研发投入": D("903.16"),
                 "利润总额": D("431.92")},
        "2022": {"营业收入": D("4706.35"), "订阅收入": D("2016.58"), "营业成本": D("3010.44"), "研发投入": D("958.20"),
                 "利润总额": D("502.73")},
        "2023": {"营业收入": D("5236.48"), "订阅收入": D("2395.12"), "营业成本": D("3318.06"), "研发投入": D("1026.85"),
                 "利润总额": D("612.40")},
    }
    p.platform_fin = f
    return p


def narrative(p: Package, pages: dict[str, str], case_img: bytes) -> Narrative:
    v = p.v
    reg = v["served_reg"]
    top = "、".join(f"{k}（{n:,}家）" for k, n in list(reg.items())[:4])
    return Narrative(
        company_intro=[
            ("上海电器科学研究所（集团）有限公司（以下简称“电科所”）始建于1953年，是我国电器、电机行业的综合性科研机构之一，"
            "现为国有控股企业，注册资本3.5亿元。电科所拥有国家级电机质量检验检测中心、电机系统节能工程技术研究中心等科研平台，"
            "主营业务涵盖电机及电气设备检测认证、电机系统节能技术服务、电气装备制造以及工业软件与系统集成。"),
            "2023年，公司实现营业收入6.84亿元，其中工业互联网平台相关营业收入5,236.48万元，近三年平台业务保持年均10%以上的增长。",
        ],
        competence=[
            ("电科所长期承担电机能效国家标准与行业标准的制修订工作，积累了覆盖各类电机、泵、风机的能效与故障数据，形成从检测、"
            "诊断到节能改造的完整技术链条。平台团队168人，其中具有相关技术职称或从业资格的121人，研发投入强度常年保持在19%左右。"),
        ],
        basic=[
            (f"{p.declared_name}于2018年6月启动建设，2023年12月完成三期建设，累计建设投入4,860.00万元，采用自建方式建设、"
            "自运营模式运营，部署方式为边缘侧、私有云与公有云相结合。平台定位为面向电机及动力设备的行业型工业互联网平台，"
            "主要面向机械、电力、石化、汽车等行业，提供设备远程监测、预测性维护、能效诊断、运维服务撮合等服务。"),
            "平台在2023年度评价中参评（附件6序号14），本次按序号14申报。",
        ],
        architecture=[
            ("平台采用“边缘层—IaaS层—PaaS层—SaaS层”四层架构。边缘层以自研智能网关为核心，支持Modbus、OPC UA、Profinet等214种"
            "工业协议；PaaS层包括设备管理、时序数据库、机理模型库、AI建模引擎和微服务治理组件；SaaS层提供设备健康管理、能效管理、"
            "运维工单、备件协同等工业APP。"),
        ],
        advance=[
            ("与同类平台相比，本平台的特点在于将电机能效检测的行业机理与数据驱动模型相结合：轴承早期故障识别准确率达93.6%，"
            "能效诊断结果与实验室检测偏差控制在2%以内。平台底座与核心算法均为自主研发，适配国产操作系统与数据库。"),
        ],
        bench=[
            ("1.2.1 创新投入情况", "研发投入1,026.85万元，研发投入强度19.61%", "同类设备运维平台（平台名称：某设备云平台）：研发投入数量级约千万元，研发投入强度约15%"),
            ("2.1.1 工业设备连接/汇聚能力", "连接工业设备21,304台/套，兼容工业协议214种", "某工程机械平台：连接设备数万台，协议约150种"),
            ("2.1.2 工业软件/APP", "工业APP 412个，杀手锏APP 5个", "同类平台工业APP数量约300个"),
            ("2.2.3 数据建模和分析", "工业机理模型286个，活跃141个", "同类平台机理模型约200个"),
            ("3.1.1 平台应用规模", "注册企业2,318家，实际服务企业1,876家", "同类平台服务企业约1,500家"),
        ],
        operations=[
            (f"截至2024年6月30日，平台连接各类工业设备21,304台（套），其中公有云连接9,870台（套）；注册企业用户2,318家，"
            f"实际服务企业1,876家。服务企业主要分布在{top}等地，覆盖机械、电力、石化、汽车等行业。"),
            "平台核心软件国产化率93%，服务器、网络设备等硬件国产化率约70%，平台整体国产化率为85.00%。",
            "平台2023年订单数量18,650个，工业APP订阅总数量5,436个，订阅总金额2,318.75万元。",
        ],
        tech_innovation=("技术创新点总结：一是机理与数据融合的故障诊断技术，将电机能效与故障机理模型嵌入深度学习网络，"
                         "轴承早期故障识别准确率达93.6%；二是自研低成本边缘网关，兼容214种工业协议，最低时延10毫秒；"
                         "三是平台底座、时序数据库和AI建模引擎全部自研，核心软件国产化率93%，实现关键技术自主可控；"
                         "四是形成电机全生命周期标识与数据追溯体系，为能效提升和碳管理提供数据基础。"),
        effects=[
            ("平台解决了电机系统故障难预知、能耗难掌握、运维依赖经验的问题。截至2024年6月，平台服务企业设备非计划停机时间平均下降约22%，"
            "运维成本平均下降18.36%，设备能耗平均下降9.72%，安全生产持续时间平均提升21.45%。"),
            "在产业带动方面，平台带动32家传统维修企业向数字化运维服务商转型，新增就业岗位410个，服务上海市级智能工厂7家、园区9个。",
        ],
        app_innovation=("应用创新点总结：平台探索“电机能效托管”服务模式，以节能量分成方式降低用户改造门槛，已签约项目27个；"
                        "将检测认证机构的专业能力通过平台向中小企业开放，形成“检测—诊断—改造—运维”闭环服务；"
                        "基于大模型的运维助手将诊断报告编写时间缩短至15分钟，带动运维服务效率显著提升。"),
        plan=[
            ("下一步，平台将围绕“更广接入、更深模型、更优服务”推进四期建设：一是拓展接入高压电机、变频器等设备，2025年连接设备"
            "突破3万台（套）；二是深化大模型在故障诊断、运维知识问答中的应用；三是拓展长三角及“一带一路”沿线国家用户；"
            "四是完善能效托管、设备保险等服务化商业模式。"),
        ],
        cases=[
            Case("电机设备远程运维服务工业互联网平台——泵站机组预测性维护",
                 "上海汇达泵业有限公司成立于2003年，主营高效节能泵及成套供水设备，是上海市级智能工厂，年产各类水泵3万余台。",
                 "平台为该企业部署边缘网关42台，接入泵站机组及配套电机612台（套），应用设备健康管理、振动分析和预测性维护等工业APP，"
                 "实现设备状态实时监测、故障早期预警与维修工单自动派发。",
                 [("企业原采用定期检修方式，存在过度维修与突发停机并存的问题。平台上线后，基于振动、温度和电流数据构建机组健康模型，"
                  "提前7至15天识别轴承磨损、叶轮不平衡等故障。项目实施一年，非计划停机次数由每年19次降至5次，运维成本下降21.5%，"
                  "机组能耗下降8.9%。")],
                 case_img, "图1 泵站机组健康监测界面"),
            Case("电机设备远程运维服务工业互联网平台——空压站群控节能",
                 "江苏恒旭汽车零部件有限公司主营汽车底盘零部件，拥有空压站3座、空压机24台，年用电量约3,600万千瓦时。",
                 "平台为企业提供空压站群控与能效优化服务，接入空压机、干燥机、流量计等设备86台（套），应用能效评估与群控策略APP。",
                 [("平台根据用气负荷预测自动调整空压机启停和加卸载策略，消除管网压力过高和空载运行问题。项目实施后空压站单位产气"
                  "能耗下降11.3%，年节约电费约210万元，设备运维成本下降16.2%。")]),
            Case("电机设备远程运维服务工业互联网平台——产线电机能效诊断",
                 "上海申菱电机有限公司主营中小型高效电机，为上海市级智能工厂，拥有电机绕组、装配等生产线8条。",
                 "平台为企业8条产线的电机系统提供在线能效诊断和碳排放监测服务，接入各类电机及配套设备1,035台（套）。",
                 [("平台对产线电机运行效率进行在线评估，识别出“大马拉小车”电机147台并给出替换建议。改造后产线综合能耗下降8.96%，"
                  "运维成本下降17.38%，安全生产持续时间提升约23%。")]),
        ],
        attachments=[
            ("附件3-1 2023年度审计报告及平台业务专项说明", pages["3-1"]),
            ("附件3-2 知识产权清单（专利、软件著作权）", pages["3-2"]),
            ("附件3-3 平台接入设备统计表", pages["3-3"]),
            ("附件3-4 平台运行数据截图", pages["3-4"]),
            ("附件3-5 省部级及以上荣誉清单", "Excel文件"),
        ],
        compare=[
            ("连接的工业设备数量（台/套）", "15,820", "21,304"), ("注册企业用户数（个）", "1,742", "2,318"),
            ("工业APP数量（个）", "338", "412"), ("工业机理模型数量（个）", "231", "286"), ("微服务数量（个）", "960", "1,148"),
            ("开发者注册总数（个）", "9,830", "12,960"), ("平台相关营业收入（万元）", "4,706.35（2022年）", "5,236.48（2023年）"),
        ],
        compare_text=[
            ("2023年7月以来，平台完成三期建设收尾：新增空压站群控、能效托管等功能模块，上线基于大模型的运维助手；"
            "关键指标方面，连接设备、注册企业、工业APP和机理模型数量均有较大增长，详见下表；应用服务方面，新增海外用户3家，"
            "设备覆盖越南、泰国、德国。"),
        ],
    )


def awards_xlsx(p: Package) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "荣誉清单"
    thin = Side(style="thin")
    b = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "电机设备远程运维服务工业互联网平台 省部级及以上奖项/荣誉清单"
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws.merge_cells("A1:E1")
    heads = ["序号", "奖项/荣誉名称", "获奖时间", "颁发单位", "级别"]
    rows = [
        ("上海市工业互联网平台（第三批）", "2021年12月", "上海市经济和信息化委员会", "省部级"),
        ("工业互联网试点示范项目（平台集成创新应用方向）", "2022年11月", "工业和信息化部", "国家级"),
        ("上海市科技进步奖二等奖（电机系统智能运维关键技术）", "2022年5月", "上海市人民政府", "省部级"),
        ("中国机械工业科学技术奖二等奖", "2023年1月", "中国机械工业联合会", "省部级（行业）"),
        ("上海市“工赋上海”优秀解决方案", "2023年9月", "上海市经济和信息化委员会", "省部级"),
        ("工业互联网平台创新领航应用案例", "2023年12月", "工业和信息化部", "国家级"),
    ]
    for c, h in enumerate(heads, start=1):
        x = ws.cell(row=2, column=c, value=h)
        x.font = Font(name="宋体", bold=True)
        x.border = b
    for i, r in enumerate(rows, start=1):
        for c, val in enumerate((i,) + r, start=1):
            x = ws.cell(row=2 + i, column=c, value=val)
            x.border = b
            x.alignment = Alignment(wrap_text=True, vertical="center")
    ws.cell(row=3 + len(rows), column=1, value="合计：6项")
    ws.merge_cells(start_row=3 + len(rows), start_column=1, end_row=3 + len(rows), end_column=5)
    for col, w in zip("ABCDE", (6, 48, 12, 28, 14)):
        ws.column_dimensions[col].width = w
    assert len(rows) == p.v["awards"]
    return wb


PATENTS = [
    "一种基于振动频谱的电机轴承早期故障诊断方法", "一种电机系统能效在线评估方法及系统", "一种多协议自适应工业边缘网关",
    "一种泵站机组健康度评估方法", "一种空压站群控节能优化方法", "一种基于电流信号的电机转子断条检测方法",
    "一种电机绕组温升预测方法", "一种工业设备数据断点续传装置", "一种用于电机振动采集的无线传感装置",
    "一种基于数字孪生的风机运行仿真方法", "一种设备运维工单智能派发方法及系统", "一种电机能效标识信息追溯系统",
    "一种边缘侧故障模型增量更新方法", "一种变频电机谐波损耗估算方法",
]
SOFTWARES = [
    "电机设备远程运维服务平台V3.0", "设备健康管理系统V2.1", "电机能效在线评估软件V2.0", "智能边缘网关管理软件V1.6",
    "振动信号分析软件V2.3", "泵站智能监控系统V1.2", "空压站群控节能系统V1.0", "运维工单管理系统V2.0", "备件协同管理系统V1.1",
    "电机碳排放监测软件V1.0", "机理模型管理平台V1.4", "时序数据存储引擎V2.2", "设备数字孪生建模软件V1.0",
    "AI建模工作台软件V1.3", "平台开发者门户系统V1.0", "工业协议解析组件库软件V2.5", "设备标识解析对接软件V1.0",
    "电机运维知识图谱软件V1.1", "能效托管结算系统V1.0", "移动运维APP软件V2.0", "数据质量管理软件V1.2",
    "平台安全审计系统V1.0", "电机运维助手大模型应用软件V1.0",
]


def build() -> tuple[Built, Package]:
    p = package()
    b = Built(PID, "序号14（与序号2同名平台，取序号14的单位）电科所电机远程运维平台，完全一致的干净包：审计报告全公司口径+平台专项说明、"
                   "专利与软著两张清单同一PDF、三列合计行的设备统计表、同一文件内三张分布表、申报书中关于局部的数字、订单两种口径、"
                   "2.2.1含私有化说明、看板截图（纯图PDF）、横向汇总表、第七章。",
              ["naming:paren", "evidence_dir:附件3 证明材料", "columns:levels+content+actual+proof", "headings:word",
               "audit_unit:元", "audit_columns:本期金额/上期金额", "platform_part:专项说明(万元)", "summary:xlsx-horizontal",
               "commitment:scan", "stamped_scan", "private_format", "screenshots:pdf-image", "awards:xlsx",
               "list6:duplicate-name(2/14)"], "folder", secrets=[p.password])
    k = Kit(p, b, seal_seed=1414)
    ev = "附件3 证明材料/"
    rng = random.Random(14)
    # --- evidence ---------------------------------------------------------------------------
    st = PdfStyle(font="STSong-Light", size=10, table_size=8.4, author="", title="2023年度审计报告")
    audit = audit_blocks(p.company, report_date="2024年4月18日")
    from ..blocks import PageBreak
    audit += [PageBreak()] + platform_statement_wan(
        p, "关于电机设备远程运维服务工业互联网平台业务收入及投入的专项说明", signer="上海电器科学研究所（集团）有限公司（盖章）",
        other_business="产品检测认证、电气装备制造等其他业务")
    f31 = k.pdf(ev + "3-1 2023年度审计报告及平台业务专项说明.pdf", audit, st, "evidence:audit_report", "audit")
    pf = p.platform_fin
    anchor = "专项说明"
    k.fact(f31, "平台相关营业收入（万元）", "5,236.48", "万元", 5236.48, anchor=anchor, row_label="平台相关营业收入",
           column_label="2023年度")
    k.fact(f31, "平台近三年经营指标情况", "4,318.77", "万元", 4318.77, anchor=anchor, row_label="平台相关营业收入",
           column_label="2021年度", component="2021年平台营收（万元）")
    k.fact(f31, "平台近三年经营指标情况", "4,706.35", "万元", 4706.35, anchor=anchor, row_label="平台相关营业收入",
           column_label="2022年度", component="2022年平台营收（万元）")
    k.fact(f31, "平台相关研发投入（万元）", "1,026.85", "万元", 1026.85, anchor=anchor, row_label="平台相关研发投入",
           column_label="2023年度")
    k.fact(f31, "平台利润率（%）", "612.40", "万元", 612.40, anchor=anchor, row_label="平台利润总额", column_label="2023年度",
           component="平台利润总额（万元）")
    k.fact(f31, "投资回报率（%）", "612.40", "万元", 612.40, anchor=anchor, row_label="平台利润总额", column_label="2023年度",
           component="平台年利润（万元）")
    assert pf["2023"]["营业收入"] == p.v["revenue"] and pf["2023"]["研发投入"] == p.v["rd"]

    owner = p.company.name
    prow = patent_rows(rng, PATENTS, owner)
    srow = software_rows(rng, SOFTWARES, owner)
    ip = ip_list_blocks(owner, prow, srow, patent_heading=f"一、平台核心软硬件技术相关专利清单（共{len(prow)}项）",
                        software_heading=f"二、平台核心软硬件技术相关软件著作权清单（共{len(srow)}项）",
                        intro="以下专利、软件著作权权利人均为本单位，均应用于电机设备远程运维服务工业互联网平台。")
    f32 = k.pdf(ev + "3-2 知识产权清单（专利、软件著作权）.pdf", ip,
                PdfStyle(font="WQY", table_size=8, header=f"{owner}  知识产权清单", title="知识产权清单", author=owner),
                "evidence:patent_list", "ip")
    k.fact(f32, "平台核心软硬件技术获得的专利数量（项）", "14", "项", 14, quote="专利清单（共14项）", row_label="专利清单")
    k.fact(f32, "平台核心软硬件技术获得的软著数量（个）", "23", "项", 23, quote="软件著作权清单（共23项）", row_label="软件著作权清单")
    assert len(prow) == p.v["patents"] and len(srow) == p.v["softwares"]

    v = p.v
    cat = {k2: (v["dev_cat"][k2], v["pub_cat"][k2], v["daily_cat"][k2]) for k2 in v["dev_cat"]}
    reg = {k2: (v["dev_reg"][k2], v["pub_reg"][k2], v["daily_reg"][k2]) for k2 in v["dev_reg"]}
    ds = device_stats_blocks("电机设备远程运维服务工业互联网平台接入设备统计表", "统计截止日期：2024年6月30日    数据来源：平台设备管理中心",
                             cat, reg, v["overseas_bd"],
                             note="说明：接入数量含公有云、私有云及专有网络连接设备，其中私有化部署设备3,260台/套；设备所属地按设备所属企业注册地统计。")
    f33 = k.pdf(ev + "3-3 平台接入设备统计表.pdf", ds, PdfStyle(font="WQY", table_size=8.6, title="接入设备统计表"),
                "evidence:device_list", "devices")
    k.fact(f33, "连接的工业设备/产品/产线种类及数量（台/套）", "21,304", "台/套", 21304, anchor="表1", row_label="合计",
           column_label="接入数量（台/套）")
    k.fact(f33, "公有云工业设备连接数量（台/套）", "9,870", "台/套", 9870, anchor="表1", row_label="合计",
           column_label="其中：公有云接入（台/套）")
    k.fact(f33, "公有云工业设备平均日运行数量（台/套）", "6,112", "台/套", 6112, anchor="表1", row_label="合计",
           column_label="公有云日均运行（台/套）")
    k.fact(f33, "海外设备连接数量（台/套）", "286", "台/套", 286, anchor="表3", row_label="合计", column_label="接入数量（台/套）")
    assert sum(x[0] for x in cat.values()) == 21304 and sum(x[1] for x in cat.values()) == 9870

    title = "电机设备远程运维服务工业互联网平台 · 运营驾驶舱"
    s1 = dashboard(title, "2024-07-08 10:32:15", [("设备接入总量", "21,304", "台/套"), ("平台注册企业（家）", "2,318", ""),
                                                  ("上架工业APP", "412", "个"), ("机理模型库", "286", "个"), ("开发者", "1.3万", "")],
                   seed=141, theme="dark", ranking=sorted(v["served_reg"].items(), key=lambda kv: -kv[1])[:5])
    s2 = dashboard("设备健康管理中心", "2024-07-08 10:35:02", [("公有云接入设备", "9,870", "台/套"), ("边缘节点", "1,268", "个"),
                                                           ("微服务", "1,148", "个"), ("活跃开发者", "3,215", "人")],
                   seed=142, theme="dark", table=[["时间", "设备", "告警类型", "状态"], ["10:31", "3#循环泵电机", "轴承振动超限", "已派单"],
                                                  ["10:22", "空压机A-07", "排气温度高", "处理中"], ["10:05", "风机F-12", "电流不平衡", "已关闭"],
                                                  ["09:48", "1#给水泵", "效率偏低", "已关闭"]], table_title="实时告警")
    f34 = k.add(ev + "3-4 平台运行数据截图.pdf",
                images_to_pdf([s1, s2], 150, quality=70, title="平台运行数据截图", producer="Microsoft: Print To PDF"),
                "evidence:screenshot", "screens")
    k.fact(f34, "连接的工业设备/产品/产线种类及数量（台/套）", "21,304", "台/套", 21304, page=1, row_label="设备接入总量",
           image_only=True)
    k.fact(f34, "注册企业用户数（个）", "2,318", "家", 2318, page=1, row_label="平台注册企业（家）", image_only=True)
    k.fact(f34, "工业APP数量（个）", "412", "个", 412, page=1, row_label="上架工业APP", image_only=True)
    k.fact(f34, "工业机理模型数量（个）", "286", "个", 286, page=1, row_label="机理模型库", image_only=True)
    k.fact(f34, "开发者注册总数（个）", "1.3万", "个", 13000, page=1, row_label="开发者", image_only=True)
    k.fact(f34, "公有云工业设备连接数量（台/套）", "9,870", "台/套", 9870, page=2, row_label="公有云接入设备", image_only=True)
    k.fact(f34, "微服务数量（个）", "1,148", "个", 1148, page=2, row_label="微服务", image_only=True)

    f35 = k.xlsx(ev + "3-5 省部级及以上荣誉清单.xlsx", awards_xlsx(p), "evidence:award_list", "awards")
    k.fact(f35, "平台获得省部级及以上奖项/荣誉数量（个）", "6", "项", 6, quote="合计：6项", row_label="合计")

    pages = {"3-1": f"第1-{len(k.texts(f31))}页", "3-2": f"第1-{len(k.texts(f32))}页", "3-3": f"第1-{len(k.texts(f33))}页",
             "3-4": "第1-2页"}
    spec_page = str(len(k.texts(f31)))
    fill_proofs(p, {
        **{key: f"附件3-1 第{spec_page}页" for key in ("rd", "rd_ratio", "revenue", "margin", "roi")},
        **{key: "附件3-3 第1-2页" for key in ("dev_total", "dev_cat", "dev_reg", "pub", "pub_cat", "pub_reg", "daily",
                                            "daily_cat", "daily_reg", "overseas", "overseas_bd")},
        **{key: "附件3-4 第1页" for key in ("reg_users", "apps", "models", "developers")},
        "ms": "附件3-4 第2页", "patents": "附件3-2 第1页", "softwares": "附件3-2 第2-3页", "awards": "附件3-5",
    }, numeric_default="平台后台统计（截至2024年6月30日），现场可演示", text_default="见申报书第二章")

    # --- forms ------------------------------------------------------------------------------
    lay = FormLayout(columns="levels", style=Style(thousands=True), date="2024年7月16日")
    fb = form_blocks(p, lay)
    dst = DocxStyle(font="仿宋_GB2312", size=12, table_size=9, heading_font="黑体", headings="word")
    k.docx("附件2 申报表（电科所）.docx", fb, dst, "申报表", "form")
    k.scan("附件2 申报表（电科所）盖章版.pdf", fb, PdfStyle(font="WQY", table_size=8.2, size=10.5), "申报表扫描件",
           seal_at=[(0, "（公章）")], key="form_scan", seal_offset=(-0.03, 0.0))
    n = narrative(p, pages, quantized_png(s2.resize((900, 506)), 48))
    k.docx("附件3 申报书（电科所）.docx", narrative_blocks(p, n), dst, "申报书", "narrative")
    k.docx("附件1 联系人信息反馈表（电科所）.docx", contact_blocks(p), DocxStyle(font="宋体", size=12), "联系人表", "contact")
    k.xlsx("附件4 平台基本情况汇总表（电科所）.xlsx", summary_xlsx_horizontal(p, Style(thousands=False)), "汇总表", "summary")
    k.scan("附件5 真实性承诺（盖章）.pdf", commitment_blocks(p), PdfStyle(font="WQY", size=12, footer_pages=False), "承诺",
           seal_at=[(0, "申报单位")], key="commitment", seal_offset=(0.12, 0.0))
    verify(p, n)
    return b, p
