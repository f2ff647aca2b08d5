"""h77_xinhua_problems — 附件6 序号5, 上海新华控制技术集团科技有限公司, 2023参评=是. Four problems.

Folders 1 申报表 / 2 申报书 / 3 附件; the 申报书 (text PDF) carries the annex list in chapter 六 and
chapter 七. Evidence files named by number; 附件3-6 is a folder of award certificates, one per file.
"""

from __future__ import annotations

from h77common import (
    MODULES_COMMON,
    Artifact,
    Package,
    commitment_doc,
    contact_writer,
    core_tables,
    derive,
    evidence_view,
    f2,
    f2c,
    fact,
    form_doc,
    form_docx_writer,
    growth,
    n0,
    proposal_doc,
    screen_img,
    summary_rows,
    summary_writer,
)
from h77kit import PB, Doc, P, Seal, Sp, T

PID = "h77_xinhua_problems"
CO = "上海新华控制技术集团科技有限公司"
NAME = "面向电力能源行业应用的工业互联网平台"
FORM = "1 申报表/申报表（新华控制）.docx"
PROP = "2 申报书/申报书（新华控制）.pdf"
EV = "3 附件/"
DECLARED_REV = 9486.20
AUDIT_REV = 9168.20
WRONG_G2022 = 21.84
DECLARED_AWARDS = 7


def spec() -> dict:
    S = dict(
        list_no=5, company=CO, declared_name=NAME, listed_name=NAME, p2023=True, nature="行业型工业互联网平台",
        contact=("钱思远", "智慧能源事业部总监", "13816723590", "qiansy@xinhua-ctl.example.com"),
        contact2=("蒋丽华", "项目申报主管", "13761540928", "jianglh@xinhua-ctl.example.com"),
        address="上海市嘉定区叶城路1100号新华控制研发楼3楼多功能厅",
        url="https://epower-iiot.xinhua-ctl.example.com", account="sheitc2024", password="XhC#Ep2024",
        period="2018.10-2023.12", period_text="2018年10月至2023年12月", build_amount=8600.00,
        rev={2021: 6418.77, 2022: 7602.35, 2023: DECLARED_REV}, g2021=16.24, growth_override={2022: WRONG_G2022},
        build_mode="自建", build_mode_form="√自建  □合作共建", op_mode="自运营", op_mode_form="√自运营  □联合运营  □委托运营",
        iaas="√自建  □租用", deploy="边缘侧、私有云、混合云",
        deploy_form="√边缘侧  √私有云  □公有云  √混合云  □其他部署方式",
        team=168, ops=97, qualified=126, rd=1420.56, profit=1052.30,
        dev_total=23460, pub_total=9650, run_total=7285, ovs_total=380, pub_ovs=120, run_ovs=84,
        ovs_w=[("巴基斯坦Pakistan", 156), ("印度尼西亚Indonesia", 132), ("孟加拉国Bangladesh", 92)],
        cat_w=[("电力设备", 44), ("动力设备", 31), ("仪器仪表", 19), ("其他", 6)],
        reg_w=[("上海", 18), ("江苏", 14), ("浙江", 10), ("山东", 9), ("内蒙古", 8), ("新疆", 7), ("广东", 8), ("河南", 7),
               ("四川", 6), ("宁夏", 5)],
        protocols=242, sw_total=268, app_total=231, app_native=142, app_mau=168, killer_n=5, killer_dau=1524,
        killer_daily=17260, killer_rev=45.18, pubapp_total=96, pubapp_dau=41,
        appcat_w=[("运维服务", 34), ("安全生产", 22), ("节能减排", 20), ("生产制造", 14), ("质量管控", 6), ("运营管理", 4)],
        appind_w=[("电力、热力和燃气", 68), ("石化化工", 14), ("黑色金属", 8), ("有色金属", 5), ("建材", 5)],
        cloud_used=212.00, cloud_pub=64, storage_cap=1200.00, storage_data=816.00, pub_data=186.40,
        models=348, models_active=176, model_users=392,
        model_w=[("数据算法模型", 30), ("研发仿真模型", 12), ("行业机理模型", 46), ("业务流程模型", 12)],
        speed="毫秒级（每TB机组时序数据检索分析约850毫秒）", speed_level="毫秒级",
        micro=1024, micro_active=538, devs=4260, devs_active=1180,
        reg_ent=986, served=742, paid_ent=318, sme_ent=402,
        srvind_w=[("电力、热力和燃气", 46), ("石化化工", 16), ("黑色金属", 9), ("有色金属", 6), ("建材", 8), ("其他", 15)],
        srvreg_w=[("上海", 22), ("江苏", 15), ("浙江", 11), ("山东", 10), ("内蒙古", 8), ("新疆", 7), ("广东", 9), ("河南", 8),
                  ("四川", 6), ("巴基斯坦Pakistan", 1)],
        orders=(4120, 4386), trade_growth=19.65, sub_total=2680, killer_sub=1306, sub_amount=1946.20,
        dev_util=81.30, localization=91.20, smart_factory=4, parks=6, solutions=32,
        sol_w=[("智能化制造", 10), ("数字化管理", 9), ("服务化延伸", 8), ("网络化协同", 5)],
        listed_vc_bool=False, om_drop=21.36, energy_drop=6.84, safety_up=24.18,
        case_off=((-1.14, 0.92), (0.66, -0.41), (1.37, -0.88)),
        indices=5, patents=23, softcr=37, awards=DECLARED_AWARDS, jobs=205, social=24.56, partners=9,
        open_data="以API接口和数据集形式开放：开放机组运行数据API接口96个、电厂设备故障样本数据集5个、能效对标报告模板12类",
        numfmt=str,
    )
    derive(S)
    S["true_g2022"] = growth(S["rev"][2021], S["rev"][2022])
    S["ev"] = {"rev": {**S["rev"], 2023: AUDIT_REV}, "revenue": AUDIT_REV, "awards": 6}
    S["co"] = dict(code="91310114MA1H2C8W6P", founded="2003年8月", reg_addr="上海市嘉定区叶城路1100号（嘉定区）",
                   type="有限责任公司", capital="20,000万元", legal="孔德明",
                   business="电站自动化控制系统（DCS）、工业软件及智慧能源服务",
                   equity="上海新华控制技术（集团）有限公司出资20,000万元，持股100%",
                   assets="126,308.45", income="58,742.16", income_growth="11.36", debt="55.82", profit="5,120.67",
                   tax="3,016.92")
    S["texts"] = texts(S)
    S["proof"] = {
        "_default": "无单独证明材料，现场演示核查", "team": "人事部门统计（现场核查）", "rd": "附件3-1第4页", "revenue": "附件3-1第4页",
        "paid_ratio": "附件3-5", "dev": "附件3-2第1页", "dev_reg": "附件3-2第2页", "app_total": "附件3-3第1页", "app": "应用中心后台统计，可现场演示", "killer_other": "应用中心后台统计", "models_total": "附件3-3第1页", "models": "模型库后台统计，可现场演示",
        "killer": "附件3-3第2页", "micro": "附件3-3第2页", "devs": "附件3-3第2页",
        "ent": "附件3-5", "patents": "附件3-4第1页", "softcr": "附件3-4第2—3页", "awards": "附件3-6",
        "smart_factory": "附件3-9", "standards": "附件3-7", "sec_test": "附件3-8", "cloud": "平台运维系统统计，可现场演示",
        "orders": "平台订单系统统计", "sub": "应用中心后台统计", "cases": "申报书第五章",
    }
    return S


def texts(S):
    om, en, sf = S["om_drop"], S["energy_drop"], S["safety_up"]
    return dict(
        position="面向火电、新能源等电力能源企业的机组智能运维与生产优化工业互联网平台。",
        policy=("1.国家发展改革委、国家能源局《“十四五”现代能源体系规划》：推动能源基础设施数字化智能化。\n"
                "2.工信部《工业互联网创新发展行动计划（2021-2023年）》：推动重点行业平台应用。\n"
                "3.电力行业：机组灵活性改造和新能源并网对设备智能运维提出更高要求。"),
        strategy="是，纳入《新华控制“十四五”科技发展与数字化转型规划》",
        plan="是，制定《电力能源工业互联网平台建设专项规划（2022—2025年）》",
        other_res="平台汇聚电厂设备故障案例库1.6万条、控制策略模板420套、检修服务商95家，支撑远程诊断与检修资源调度。",
        edge="支持数据采集、边缘存储、网络传输、机组性能实时计算与预警；边缘计算应用节点数520个；最低响应时延10毫秒。",
        other_collect="支持从DCS、SIS、MIS及点检系统采集生产与管理数据，提供OPC、IEC 104及API接入方式。",
        compute="私有云服务器148台，公有云服务器64台（合计2,560核vCPU），支持混合云弹性调度。",
        data_mgmt="建立测点编码、设备编码和指标口径统一标准，实施数据质量自动校验、坏点识别和数据血缘管理。",
        algo_types="基础算法（统计、排序、查找）、聚类算法、分类算法、预测与估算算法（负荷、能耗预测）、关联分析算法、推荐算法",
        langs="共6种：Java、C++、C#、Python、Go、JavaScript",
        framework="采用自研xPower微服务框架与Vue前端框架，提供机组设备模型库和工业组态框架，支持应用快速开发部署。",
        tools="提供组态开发工具、算法建模工具、低代码应用构建器、API调试工具和应用发布管理工具。",
        sec_rules="是，《平台信息安全总体方针》（XH-IS-001，2020年1月）、《工控系统网络安全管理规定》（XH-IS-012，2021年6月）、《数据备份与恢复管理办法》（XH-IS-018，2022年10月）",
        sec_aspects="1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全；7.工控安全。",
        sec_test="是，每年两次（上半年渗透测试、下半年等级保护测评）",
        sec_scan="是，每周一次自动化漏洞扫描",
        sec_tech="采用工业防火墙、单向隔离网闸、网络分区、国密算法加密、双因素认证、安全审计和入侵检测等技术。",
        data_protect="核心数据实时同步至备用数据中心，每日增量备份、每周全量离线备份；数据库双机热备；异地灾备。",
        listed_vc="否",
        key_tech="DCS控制系统、机组性能计算引擎、故障诊断模型和平台核心框架均为自主研发，已完成国产化适配，自主可控。",
        benefit="基于3个案例：机组非计划停运次数平均减少42%，发电煤耗平均降低2.6克/千瓦时，检修人员效率平均提升30%。",
        cost=f"基于3个案例：设备运维成本平均下降{f2(om)}%，设备能耗平均下降{f2(en)}%。",
        data_value="基于机组运行大数据建立性能基准与故障知识库，形成机理与数据融合的诊断模型，在同类机组间复用。",
        supply_chain="平台连接备品备件供应商及检修服务商95家，依据设备状态预测备件需求、调度检修资源；2023年备件库存资金占用下降约15%，检修计划协同周期缩短约20%。",
        newtech="有。融合AI大模型辅助运行诊断、数字孪生机组仿真、5G巡检和边缘计算技术，提升机组运行可靠性。",
        core_break="是，自研DCS控制系统与机组性能优化算法，核心控制指标达到国外同类产品水平。",
        carbon="是，提供电厂碳排放监测与碳核算服务，支撑发电企业碳排放报告编制。",
        idres="是，接入国家工业互联网标识解析二级节点（电力装备），为关键设备赋码管理。",
        standards="牵头制定行业标准1项、参与国家标准2项，标准清单详见附件3-7",
        awards=f"共{DECLARED_AWARDS}项，荣誉证书扫描件详见附件3-6",
        smart_factory="是，4家，智能工厂名称/单位/地址、服务内容及成效详见附件3-9",
        contribution=f"平台服务本市发电企业及重点用能企业{S['local_ent'] // 10 * 10}余家，支撑本市电力保供与节能降碳；服务西北新能源基地和“一带一路”海外电站。",
        open_mech="是。平台向设备厂商、检修服务商开放设备状态数据和故障样本，经授权按需调用，实行分级授权和脱敏。",
        cross="平台与9个合作平台实现接口对接，包括发电集团生产管理平台和电网调度辅助平台，支持数据交互与应用互调。",
        new_industry="有。培育“控制系统+远程运维服务”“机组性能托管”等新模式。",
        killer_ref="（排名、名称、简介、订阅数量及日活用户数量见申报书表2）",
        model_ref="（核心工业模型排名、名称、简介及调用用户数量见申报书表3）",
        indices_ref="（机组能效指数、辅机健康指数、新能源出力指数、检修效率指数、燃烧稳定指数，简介及2023年数值见申报书表4）",
        patent_ref="（清单见附件3-4第1页）",
        softcr_ref="（清单见附件3-4第2—3页）",
        intro=("面向电力能源行业应用的工业互联网平台由上海新华控制技术集团科技有限公司自主建设运营，面向火电、新能源、燃机及工业"
               "自备电厂提供机组数据采集、性能优化、故障诊断、智能运维和生产管理服务，采用边缘侧、私有云与混合云部署，主要客户为"
               "发电集团及重点用能企业。"),
        effect=(f"平台解决了电厂设备故障发现滞后、机组运行优化依赖经验等问题。用户设备运维成本平均下降{f2(om)}%，能耗平均下降"
                f"{f2(en)}%，安全生产持续时间平均提升{f2(sf)}%，为电力保供和节能降碳提供了支撑。"),
    )


def proposal_x(S) -> dict:
    c1, c2, c3 = (list(x) for x in zip(S["cases_om"], S["cases_en"], S["cases_sf"]))
    return dict(
        company_intro=f"{CO}是上海新华控制技术（集团）有限公司全资子公司，专业从事电站自动化控制系统、工业软件和智慧能源服务。",
        company_core="公司拥有平台团队168人，具备DCS研发、机组优化和智能运维的全链条能力。",
        basic=(f"平台名称为“{NAME}”，建设时间为2018年10月至2023年12月，自建，累计投入{f2c(S['build_amount'])}万元，自运营，"
               "定位于电力能源企业机组智能运维与生产优化。"),
        arch="平台由边缘采集层、私有云与混合云资源层、数据与模型中台和应用层组成。",
        modules=MODULES_COMMON + [["SaaS层", "机组性能优化", "机组性能在线计算、燃烧优化与能效对标"], ["SaaS层", "智能预警诊断", "设备早期预警、故障诊断与检修建议"], ["SaaS层", "点检与检修", "点检管理、检修计划与备件协同"]],
        advanced="平台基于自研DCS控制系统，控制与数据平台一体化，实现机组优化控制闭环。",
        operation=("平台近三年经营数据详见附件3-1第4页；设备接入详见附件3-2；知识产权清单详见附件3-4；服务企业统计详见附件3-5；"
                   "获奖情况详见附件3-6。"),
        op_tables=core_tables(S, [("机组性能在线计算", 462, "煤耗、厂用电率等性能指标实时计算"), ("智能预警", 371, "辅机设备早期故障预警"), ("点检管理", 298, "移动点检与缺陷闭环"), ("燃烧优化", 226, "锅炉燃烧配风优化建议"), ("能效对标", 167, "同类机组能效对标")], [("机组煤耗计算模型", "行业机理模型", "发电煤耗在线计算"), ("引风机故障预警模型", "数据算法模型", "振动与温度异常预警"), ("燃烧优化模型", "行业机理模型", "配风与氧量寻优"), ("汽轮机热耗模型", "行业机理模型", "汽轮机热耗率计算"), ("磨煤机堵磨预测模型", "数据算法模型", "预测堵磨风险"), ("凝汽器端差模型", "行业机理模型", "凝汽器性能评估"), ("储能SOC估计模型", "数据算法模型", "电池荷电状态估计"), ("检修工单流程模型", "业务流程模型", "缺陷—工单—验收流程"), ("机组启停仿真模型", "研发仿真模型", "启停过程仿真"), ("脱硝喷氨优化模型", "数据算法模型", "喷氨量优化")], [("机组能效指数", "样本机组供电煤耗相对基准", "98.2"), ("辅机健康指数", "辅机健康评分加权平均", "89.6"), ("新能源出力指数", "样本场站出力利用率指数", "93.4"), ("检修效率指数", "缺陷平均处理时长指数", "106.1"), ("燃烧稳定指数", "燃烧工况稳定性评分", "91.8")]),
        bench=[["1.2.1 创新投入情况", f"研发投入{f2c(S['rd'])}万元", "同行业平台研发投入数量级：千万元"],
               ["2.2.3 数据建模和分析", f"机理模型{S['models']}个", "同行业平台约200个"],
               ["3.1.1 平台应用规模", f"注册企业{S['reg_ent']}家", "同行业平台约500家"]],
        innovation="一是控制系统与平台一体化；二是机理与数据融合诊断模型；三是全栈国产化适配；四是数字孪生仿真。",
        effects="平台帮助发电企业减少非计划停运、降低煤耗，服务企业分布详见附件3-5。",
        app_innovation="以“控制系统+远程运维服务”带动装备服务化转型。",
        plan="下一步将拓展新能源场站集控、储能电站运维，升级AI大模型运行诊断能力。",
        cases=[
            dict(title=f"{NAME}——火电机组智能运维", company="某发电公司，装机2×660MW。", platform="平台提供机组性能优化与故障诊断。",
                 detail="项目基于平台建立两台机组的性能计算和智能预警模型，实时计算煤耗、厂用电率等指标，对磨煤机、引风机等辅机开展早期预警，并为运行人员推送燃烧优化建议。",
                 content=f"设备运维成本下降{f2(c1[0])}%，能耗下降{f2(c1[1])}%，安全生产持续时间提升{f2(c1[2])}%。"),
            dict(title=f"{NAME}——燃机电厂远程诊断", company="某燃气发电企业。", platform="平台提供远程诊断服务。",
                 detail="项目通过平台远程诊断中心为燃机电厂提供7×24小时监测和专家诊断支持。",
                 content=f"设备运维成本下降{f2(c2[0])}%，能耗下降{f2(c2[1])}%，安全生产持续时间提升{f2(c2[2])}%。"),
            dict(title=f"{NAME}——自备电厂生产优化", company="某钢铁企业自备电厂。", platform="平台提供生产优化与能效对标。",
                 detail="项目打通自备电厂DCS与企业能源管理系统数据，开展机组能效对标和生产优化。",
                 content=f"设备运维成本下降{f2(c3[0])}%，能耗下降{f2(c3[1])}%，安全生产持续时间提升{f2(c3[2])}%。"),
        ],
        annex_intro="附件按编号存放于“3 附件”文件夹。附件清单如下：",
        annex_rows=[["附件3-1", "2023年度审计报告（节选）及平台财务数据", "第1—4页"],
                    ["附件3-2", "平台接入设备统计表（扫描件）", "第1—2页"],
                    ["附件3-3", "平台运行截图", "第1—2页"],
                    ["附件3-4", "知识产权清单（专利、软件著作权）", "第1—3页"],
                    ["附件3-5", "平台服务企业统计（Excel）", "1个工作表"],
                    ["附件3-6", "省部级及以上荣誉证书扫描件", "一证一文件"],
                    ["附件3-7", "标准制定情况清单", "第1页"],
                    ["附件3-8", "第三方安全测评报告（节选，扫描件）", "第1—2页"]],
        seven_intro="本平台为2023年度参评平台（附件6序号5）。2023年7月至今主要变化如下：",
        seven_rows=[["连接工业设备（台/套）", "19,870", n0(S["dev_total"]), "新增新能源场站设备接入"],
                    ["工业机理模型（个）", "296", str(S["models"]), "新增燃机、储能类模型"],
                    ["微服务数量（个）", "862", n0(S["micro"]), "完成平台框架升级"],
                    ["注册企业用户数（个）", "812", str(S["reg_ent"]), "新增海外电站用户"]],
        seven_text="功能模块方面，新增AI辅助运行诊断和储能电站运维模块；应用服务方面，拓展至新能源集控和海外电站远程运维。",
    )


def audit_doc(E) -> Doc:
    r = E["rev"]
    firm = "上海德勤华信会计师事务所有限公司"
    return Doc([
        Sp(120), P(CO, 16, "C", True), P("2023年度审计报告（节选）", 18, "C", True, before=8),
        P("德华审字（2024）第0286号", 12, "C", before=10), Sp(240), P(firm, 13, "C"), P("2024年4月12日", 12, "C"), PB(),
        P("审计报告", 15, "C", True, after=8),
        P(f"我们审计了{CO}财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、所有者权益变动表以及相关财务"
          "报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司2023年12月31日的财务状况"
          "以及2023年度的经营成果和现金流量。", 10.5, indent=2, leading=19), PB(),
        P("利润表（节选）", 15, "C", True), P("2023年度            单位：万元", 9.5, "C", after=6),
        T([["项目", "本期金额", "上期金额"], ["营业收入", "58,742.16", "52,751.38"], ["营业成本", "41,286.43", "37,194.02"],
           ["研发费用", "4,862.75", "4,315.60"], ["利润总额", "5,120.67", "4,603.29"], ["净利润", "4,406.18", "3,962.57"]],
          [2.2, 1.4, 1.4], size=10, aligns=["L", "R", "R"]), PB(),
        P("附注十五、其他重要事项——平台业务财务数据", 12.5, bold=True, after=6),
        P(f"根据公司内部管理报告，{NAME}相关业务财务数据如下（单位：万元）：", 10.5, indent=2, leading=19),
        T([["项目", "2021年度", "2022年度", "2023年度"],
           ["平台相关营业收入", f2c(r[2021]), f2c(r[2022]), f2c(r[2023])],
           ["平台相关研发投入", "1,012.48", "1,206.33", f2c(E["rd"])],
           ["平台利润总额", "702.61", "861.27", f2c(E["profit"])]],
          [2.0, 1.3, 1.3, 1.3], size=10, aligns=["L", "R", "R", "R"]),
        P("平台相关营业收入包括平台远程运维服务、工业APP订阅和数据分析服务收入，不含DCS硬件销售收入。", 9.5, indent=2, leading=16),
    ], footer="第 {p} 页")


def device_doc(E) -> Doc:
    rows = [["序号", "设备分类", "接入数量", "公有云接入", "公有云日均运行"]]
    for k, cat in enumerate(E["dev_cat"], 1):
        rows.append([str(k), cat, n0(E["dev_cat"][cat]), n0(E["pub_cat"][cat]), n0(E["run_cat"][cat])])
    rows.append(["", "合计", n0(E["dev_total"]), n0(E["pub_total"]), n0(E["run_total"])])
    rows2 = [["序号", "区域", "接入数量", "公有云接入", "公有云日均运行"]]
    for k, reg in enumerate(E["dev_reg"], 1):
        rows2.append([str(k), reg, n0(E["dev_reg"][reg]), n0(E["pub_reg"][reg]), n0(E["run_reg"][reg])])
    rows2.append(["", "其中：海外", str(E["ovs_total"]), str(E["pub_ovs"]), str(E["run_ovs"])])
    return Doc([P("附件3-2", 11), P("平台接入设备统计表", 15, "C", True), P("截至2024年6月30日    单位：台/套", 10, "C", after=8),
                T(rows, [0.5, 1.6, 1.2, 1.2, 1.3], size=10, aligns=["C", "L", "R", "R", "R"]),
                P("说明：电力设备含发电机组、变压器、开关柜；动力设备含汽轮机、锅炉、燃气轮机、泵与风机。", 9.5, indent=2), Sp(40),
                P("平台运营中心（盖章）", 10.5, "R"), PB(),
                P("按设备所属企业注册地统计", 13, "C", True, after=8),
                T(rows2, [0.5, 1.8, 1.2, 1.2, 1.3], size=10, aligns=["C", "L", "R", "R", "R"])],
               footer="第 {p} 页 共 {n} 页")


def screens_doc(E) -> Doc:
    names = ["机组性能在线计算", "智能预警", "点检管理", "燃烧优化", "能效对标"]
    dau = [462, 371, 298, 226, 167]
    assert sum(dau) == E["killer_dau"]
    return Doc([
        P("附件3-3 平台运行截图", 12, "C", True),
        screen_img("新华电力能源工业互联网平台", [("注册企业", str(E["reg_ent"]), "家"), ("工业APP", str(E["app_total"]), "个"),
                                           ("机理模型", str(E["models"]), "个"), ("接入测点", "186.4万", "个")],
                   stamp="2024-07-08 11:02", seed=51),
        P("图1 平台首页（注：接入测点为DCS测点数，非设备数）", 10, "C"), PB(),
        screen_img("开发运营中心", [("微服务", n0(E["micro"]), "个"), ("活跃微服务", str(E["micro_active"]), "个"),
                                 ("注册开发者", n0(E["devs"]), "人"), ("活跃开发者", n0(E["devs_active"]), "人")],
                   table=[["排名", "杀手锏APP", "日活用户"]] + [[str(k), n, str(v)] for k, (n, v) in enumerate(zip(names, dau), 1)],
                   stamp="2024-07-08 11:05", seed=52, theme="light"),
        P("图2 开发运营中心", 10, "C"),
    ])


def ip_doc(E) -> Doc:
    pat = [["序号", "专利名称", "专利号", "类型", "授权日"]]
    objs = ["机组", "锅炉", "汽轮机", "燃气轮机", "引风机", "储能电站", "分散控制系统", "给水泵", "磨煤机", "脱硝系统", "凝汽器",
            "发电机"]
    methods = ["性能在线计算方法", "故障诊断方法", "优化控制方法", "早期预警方法", "运行状态评估方法"]
    devices = ["状态监测装置", "数据采集装置", "振动测量装置"]
    for k in range(E["patents"]):
        invention = k % 3 != 2
        y = 2017 + k % 6
        name = f"一种{objs[k % 12]}{(methods[k % 5] if invention else devices[k % 3])}"
        serial = (1034567 + k * 45127) % 9000000 + 1000000
        grant = f"{y + (2 if invention else 1)}-{(k * 5) % 12 + 1:02d}-{(k * 7) % 27 + 1:02d}"
        pat.append([str(k + 1), name, f"ZL {y} {1 if invention else 2} {serial:07d}.{k % 10}",
                    "发明" if invention else "实用新型", grant])
    sw = [["序号", "软件名称", "登记号", "登记日期"]]
    soft = ["DCS组态软件", "机组性能计算软件", "智能预警系统", "点检管理系统", "燃烧优化软件", "能效对标系统", "储能监控系统",
            "数字孪生仿真软件", "数据采集网关软件", "运行诊断助手"]
    for k in range(E["softcr"]):
        sw.append([str(k + 1), f"新华{soft[k % 10]}V{1 + k // 10}.{k % 4}", f"20{18 + k % 6}SR{(2045123 + k * 37519) % 9000000 + 1000000:07d}",
                   f"20{18 + k % 6}-{(k % 12) + 1:02d}-{(k * 3) % 27 + 1:02d}"])
    return Doc([P("附件3-4", 11), P("知识产权清单", 15, "C", True, after=6), P(f"权利人：{CO}", 10, "C", after=6),
                P(f"一、专利清单（共{E['patents']}项）", 12, bold=True),
                T(pat, [0.4, 2.6, 2.0, 0.7, 0.9], size=8.5), PB(),
                P(f"二、软件著作权清单（共{E['softcr']}项）", 12, bold=True), T(sw, [0.4, 2.8, 1.8, 1.0], size=9)],
               footer="第 {p} 页 共 {n} 页")


def ent_writer(E):
    from h77kit import xlsx_save
    from openpyxl import Workbook

    def write(path):
        wb = Workbook()
        ws = wb.active
        ws.title = "服务企业统计"
        ws.append(["平台服务企业统计（截至2024年6月30日）"])
        ws.append(["项目", "数量（家）"])
        for row in (("注册企业用户数", E["reg_ent"]), ("实际服务企业数", E["served"]), ("付费企业数", E["paid_ent"]),
                    ("服务本市企业数", E["local_ent"]), ("服务中小企业数", E["sme_ent"])):
            ws.append(list(row))
        ws.append([])
        ws.append(["按行业", "家"])
        for k, v in E["served_ind"].items():
            ws.append([k, v])
        ws.append([])
        ws.append(["按区域", "家"])
        for k, v in E["served_reg"].items():
            ws.append([k, v])
        ws.column_dimensions["A"].width = 24
        xlsx_save(wb, path)

    return write


AWARDS = [("2021年工业互联网试点示范项目", "工业和信息化部", "2021年12月"),
          ("上海市工业互联网标杆平台", "上海市经济和信息化委员会", "2022年6月"),
          ("上海市科学技术奖科技进步奖二等奖", "上海市人民政府", "2022年5月"),
          ("上海市企业技术中心", "上海市经济和信息化委员会", "2020年11月"),
          ("电力行业数字化转型优秀平台（省部级）", "国家能源局", "2023年9月"),
          ("上海市“专精特新”企业", "上海市经济和信息化委员会", "2023年3月")]


def award_cert_doc(title, issuer, when) -> Doc:
    return Doc([Sp(60), P("荣 誉 证 书", 30, "C", True, after=40), P(f"{CO}：", 14),
                P(f"你单位“{NAME}”荣获“{title}”。", 14, indent=2, leading=30),
                P("特发此证，以资鼓励。", 14, indent=2, leading=30), Sp(160), P(issuer, 14, "R"), P(when, 13, "R")],
               margins=(90, 90, 90, 80))


def std_doc() -> Doc:
    return Doc([P("附件3-7", 11), P("平台牵头/参与标准制定情况清单", 15, "C", True, after=8),
                T([["序号", "标准名称", "标准类别", "角色", "状态"],
                   ["1", "《火力发电厂智能运维平台技术要求》", "行业标准", "牵头", "已发布"],
                   ["2", "《工业互联网平台 设备管理通用要求》", "国家标准", "参与", "已发布"],
                   ["3", "《电站分散控制系统信息安全技术规范》", "国家标准", "参与", "报批"]],
                  [0.4, 2.8, 0.9, 0.6, 0.7], size=10)])


def security_doc() -> Doc:
    return Doc([Sp(80), P("网络安全等级保护测评报告（节选）", 18, "C", True), P("报告编号：3101xx-24-0412-01", 11, "C", before=10),
                P(f"被测对象：{NAME}", 12, "C", before=30), P(f"被测单位：{CO}", 12, "C"), Sp(200),
                P("测评单位：上海某信息安全测评中心", 12, "C"), P("报告时间：2024年3月", 12, "C"), PB(),
                P("等级测评结论", 14, "C", True, after=8),
                T([["被测对象", "安全保护等级", "综合得分", "测评结论"], [NAME, "第三级", "86.2", "良"]], [2.8, 1.0, 0.8, 0.8], size=10),
                P("本次测评发现中风险问题2项、低风险问题5项，已于2024年4月完成整改。", 10.5, indent=2, leading=19)])


def make() -> Package:
    S = spec()
    E = evidence_view(S)
    X = proposal_x(S)
    arts: list[Artifact] = []
    facts: list[dict] = []
    arts.append(Artifact("0 联系人信息反馈表.docx", "联系人表", "docx", writer=contact_writer(S)))
    arts.append(Artifact(FORM, "申报表", "docx", writer=form_docx_writer(S)))
    arts.append(Artifact("1 申报表/申报表（新华控制）-盖章.pdf", "申报表扫描件", "scan", doc=form_doc(S), seed=501,
                         seals={0: [Seal(CO, 0.6, 0.56)], -1: [Seal(CO, 0.72, 0.84)]}))
    arts.append(Artifact(PROP, "申报书", "pdf", doc=proposal_doc(S, X, header="2024年度上海市工业互联网平台应用水平评价申报书")))
    arts.append(Artifact("4 汇总表.xlsx", "汇总表", "xlsx", writer=summary_writer(S)))
    arts.append(Artifact("5 真实性承诺.pdf", "承诺", "scan", doc=commitment_doc(S), seed=505, seals={0: [Seal(CO, 0.67, 0.62)]}))

    a1 = EV + "附件3-1.pdf"
    arts.append(Artifact(a1, "evidence:audit_report", "pdf", doc=audit_doc(E)))
    r = E["rev"]
    facts += [
        fact("平台相关营业收入（万元）", f2c(r[2023]), "万元", r[2023], a1, 4, f2c(r[2023]), "平台相关营业收入", "2023年度"),
        fact("平台近三年经营指标情况", f2c(r[2022]), "万元", r[2022], a1, 4, f2c(r[2022]), "平台相关营业收入", "2022年度",
             "2022年平台营收（万元）"),
        fact("平台近三年经营指标情况", f2c(r[2021]), "万元", r[2021], a1, 4, f2c(r[2021]), "平台相关营业收入", "2021年度",
             "2021年平台营收（万元）"),
        fact("平台相关研发投入（万元）", f2c(E["rd"]), "万元", E["rd"], a1, 4, f2c(E["rd"]), "平台相关研发投入", "2023年度"),
        fact("平台利润率（%）", f2c(E["profit"]), "万元", E["profit"], a1, 4, f2c(E["profit"]), "平台利润总额", "2023年度",
             "平台利润总额（万元）"),
        fact("投资回报率（%）", f2c(E["profit"]), "万元", E["profit"], a1, 4, f2c(E["profit"]), "平台利润总额", "2023年度",
             "平台年利润（万元）"),
    ]
    a2 = EV + "3-2 扫描件.pdf"
    arts.append(Artifact(a2, "evidence:device_list", "scan", doc=device_doc(E), seed=532, bw={1},
                         seals={0: [Seal(CO, 0.72, 0.55, 0.075, "平台运营中心")]}))
    facts += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(E["dev_total"]), "台/套", E["dev_total"], a2, 1, n0(E["dev_total"]),
             "合计", "接入数量", image_only=True),
        fact("公有云工业设备连接数量（台/套）", n0(E["pub_total"]), "台/套", E["pub_total"], a2, 1, n0(E["pub_total"]), "合计",
             "公有云接入", image_only=True),
        fact("公有云工业设备平均日运行数量（台/套）", n0(E["run_total"]), "台/套", E["run_total"], a2, 1, n0(E["run_total"]),
             "合计", "公有云日均运行", image_only=True),
        fact("海外设备连接数量（台/套）", str(E["ovs_total"]), "台/套", E["ovs_total"], a2, 2, str(E["ovs_total"]), "其中：海外",
             "接入数量", image_only=True),
    ]
    a3 = EV + "附件3-3.pdf"
    arts.append(Artifact(a3, "evidence:screenshot", "scan", doc=screens_doc(E), seed=533))
    facts += [
        fact("注册企业用户数（个）", str(E["reg_ent"]), "家", E["reg_ent"], a3, 1, str(E["reg_ent"]), "注册企业", image_only=True),
        fact("工业APP数量（个）", str(E["app_total"]), "个", E["app_total"], a3, 1, str(E["app_total"]), "工业APP", image_only=True),
        fact("工业机理模型数量（个）", str(E["models"]), "个", E["models"], a3, 1, str(E["models"]), "机理模型", image_only=True),
        fact("微服务数量（个）", n0(E["micro"]), "个", E["micro"], a3, 2, n0(E["micro"]), "微服务", image_only=True),
        fact("开发者注册总数（个）", n0(E["devs"]), "人", E["devs"], a3, 2, n0(E["devs"]), "注册开发者", image_only=True),
    ]
    a4 = EV + "附件3-4.pdf"
    arts.append(Artifact(a4, "evidence:patent_list", "pdf", doc=ip_doc(E)))
    facts += [
        fact("平台核心软硬件技术获得的专利数量（项）", str(E["patents"]), "项", E["patents"], a4, 1, f"专利清单（共{E['patents']}项）",
             "专利清单"),
        fact("平台核心软硬件技术获得的软著数量（个）", str(E["softcr"]), "项", E["softcr"], a4, 2,
             f"软件著作权清单（共{E['softcr']}项）", "软件著作权清单"),
    ]
    a5 = EV + "附件3-5.xlsx"
    arts.append(Artifact(a5, "evidence:other", "xlsx", writer=ent_writer(E)))
    facts += [
        fact("实际服务企业数（个）", str(E["served"]), "家", E["served"], a5, 1, str(E["served"]), "实际服务企业数"),
        fact("付费企业数（个）", str(E["paid_ent"]), "家", E["paid_ent"], a5, 1, str(E["paid_ent"]), "付费企业数"),
        fact("服务本市企业数量（个）", str(E["local_ent"]), "家", E["local_ent"], a5, 1, str(E["local_ent"]), "服务本市企业数"),
        fact("服务中小企业数量（个）", str(E["sme_ent"]), "家", E["sme_ent"], a5, 1, str(E["sme_ent"]), "服务中小企业数"),
    ]
    award_files = []
    for k, (title, issuer, when) in enumerate(AWARDS, 1):
        rel = EV + f"附件3-6/3-6-{k}.pdf"
        award_files.append(rel)
        arts.append(Artifact(rel, "evidence:award_list", "scan", doc=award_cert_doc(title, issuer, when), seed=560 + k,
                             seals={0: [Seal(issuer, 0.7, 0.66, 0.1)]}))
    arts.append(Artifact(EV + "附件3-7.pdf", "evidence:other", "pdf", doc=std_doc()))
    arts.append(Artifact(EV + "附件3-8 扫描件.pdf", "evidence:other", "scan", doc=security_doc(), seed=580,
                         seals={1: [Seal("上海某信息安全测评中心", 0.7, 0.5, 0.08)]}, bw={0}))

    problems = [
        dict(id=f"{PID}-01-declared_vs_evidence", family="declared_vs_evidence",
             fields=["平台相关营业收入（万元）", "平台近三年经营指标情况"], files=[FORM, a1], severity="error",
             description=(f"申报表填报平台相关营业收入 {f2(DECLARED_REV)} 万元（近三年经营指标2023年同为 {f2(DECLARED_REV)}），"
                          f"所引附件3-1第4页审计报告附注中2023年度平台相关营业收入为 {f2c(AUDIT_REV)} 万元，两者不一致")),
        dict(id=f"{PID}-02-growth_rate", family="growth_rate", fields=["平台近三年经营指标情况"], files=[FORM],
             severity="error",
             description=(f"2022年增长率填报 {f2(WRONG_G2022)}%，由本表2021年营收 {f2(S['rev'][2021])} 万元与2022年营收 "
                          f"{f2(S['rev'][2022])} 万元计算应为 {f2(S['true_g2022'])}%")),
        dict(id=f"{PID}-03-missing_proof", family="missing_proof", fields=["平台是否服务上海智能工厂，数量"], files=[FORM],
             severity="error",
             description=("申报表“平台是否服务上海智能工厂，数量”填“是，4家”，名称、服务内容及成效“详见附件3-9”，证明资料列也为"
                          "“附件3-9”；申报包中没有附件3-9（申报书第六章附件清单只到附件3-8），该项无证明材料")),
        dict(id=f"{PID}-04-count_vs_list", family="count_vs_list", fields=["平台获得省部级及以上奖项/荣誉数量（个）"],
             files=[FORM] + award_files, severity="error",
             description=(f"申报表填报获得省部级及以上奖项/荣誉 {DECLARED_AWARDS} 项（证书详见附件3-6），附件3-6文件夹中只有荣誉证书"
                          f"扫描件 {len(AWARDS)} 份（3-6-1.pdf—3-6-{len(AWARDS)}.pdf，一证一文件），达不到申报数量")),
    ]
    return Package(
        pid=PID, list_no=5, listed_name=NAME, company=CO, declared_name=NAME, p2023=True,
        description=("序号5 新华控制电力能源平台（2023参评，有第七章）：1 申报表/2 申报书/3 附件 三个文件夹，附件清单在PDF申报书第六章；"
                     "附件按编号命名，荣誉证书一证一文件（6份）而申报7项；营业收入与附件3-1不符；2022年增长率与本表营收不符；"
                     "所引附件3-9不存在。"),
        layout=["folders:1申报表/2申报书/3附件", "index:proposal-chapter6", "naming:annex-number-only",
                "certificates:awards-one-per-file(6)", "ip:list(共N项)", "form:docx", "stamped_scan", "proposal:pdf",
                "section7", "summary:xlsx", "commitment:scan", "device_list:scan", "screenshots:scan", "refs:详见附件"],
        artifacts=arts, facts=facts, problems=problems, summary=summary_rows(S), secrets=[S["password"]])
