"""h77_tansuo_problems — 附件6 序号27, 上海碳索能源服务股份有限公司, 2023参评=-. Three problems.

申报表 as XLSX (+ stamped scan), 申报书 as a text PDF, evidence in 证明材料/ with an XLSX 证明材料目录.
The 目录 lists 附件3-6 (荣誉证书) which the package lacks; 附件3-5 is a folder of twelve
software-copyright certificates (one per file) while the form declares 14; the form's 2023 growth rate
does not follow from its own revenues.
"""

from __future__ import annotations

from pathlib import Path

from h77common import (
    MODULES_COMMON,
    Artifact,
    Package,
    commitment_doc,
    contact_writer,
    core_tables,
    derive,
    f2,
    f2c,
    fact,
    form_doc,
    form_xlsx_writer,
    n0,
    patent_cert_doc,
    proposal_doc,
    r2,
    screen_img,
    softcr_cert_doc,
    summary_rows,
    summary_writer,
)
from h77kit import PB, Doc, P, Seal, Sp, T

PID = "h77_tansuo_problems"
CO = "上海碳索能源服务股份有限公司"
NAME = "零碳绿色工厂综合数智化管理平台"
EV = "证明材料/"
FORM = "02 申报表.xlsx"
INDEX = EV + "附件3 证明材料目录.xlsx"
WRONG_G2023 = 24.22


def spec() -> dict:
    S = dict(
        list_no=27, company=CO, declared_name=NAME, listed_name=NAME, p2023=False, nature="行业型工业互联网平台",
        contact=("林嘉豪", "平台产品中心总监", "13918427763", "linjh@tansuo-energy.example.com"),
        contact2=("许文静", "申报专员", "13901736458", "xuwj@tansuo-energy.example.com"),
        address="上海市杨浦区国权北路1688弄A6栋5楼会议室",
        url="https://zerocarbon.tansuo.example.com", account="sheitc_review", password="Ts@2024Zc!",
        period="2020.06-2023.12", period_text="2020年6月至2023年12月", build_amount=3860.00,
        rev={2021: 2186.40, 2022: 2857.92, 2023: 3498.63}, g2021=34.56,
        build_mode="自建", build_mode_form="☑自建 □合作共建", op_mode="自运营", op_mode_form="☑自运营 □联合运营 □委托运营",
        iaas="□自建 ☑租用，服务商名称（必填）：上海澄云计算服务有限公司", deploy="边缘侧、公有云、混合云",
        deploy_form="☑边缘侧 □私有云 ☑公有云 ☑混合云 □其他部署方式",
        team=88, ops=51, qualified=63, rd=612.55, profit=386.20,
        dev_total=9420, pub_total=6880, run_total=5412, ovs_total=64, pub_ovs=48, run_ovs=39,
        ovs_w=[("泰国Thailand", 1)],
        cat_w=[("仪器仪表", 46), ("电力设备", 21), ("动力设备", 24), ("其他", 9)],
        reg_w=[("上海", 38), ("江苏", 19), ("浙江", 14), ("安徽", 9), ("广东", 8), ("山东", 6), ("福建", 6)],
        protocols=128, sw_total=186, app_total=154, app_native=102, app_mau=121, killer_n=5, killer_dau=964,
        killer_daily=8630, killer_rev=18.46, pubapp_total=131, pubapp_dau=57,
        appcat_w=[("节能减排", 46), ("运营管理", 16), ("安全生产", 12), ("运维服务", 16), ("质量管控", 6), ("生产制造", 4)],
        appind_w=[("机械", 30), ("汽车", 22), ("电子", 20), ("石化化工", 12), ("食品", 8), ("医药", 8)],
        cloud_used=64.00, cloud_pub=52, storage_cap=320.00, storage_data=178.56, pub_data=141.20,
        models=132, models_active=74, model_users=318,
        model_w=[("数据算法模型", 41), ("研发仿真模型", 6), ("行业机理模型", 35), ("业务流程模型", 18)],
        speed="秒级（每TB能耗计量数据分析约6秒）", speed_level="秒级",
        micro=486, micro_active=251, devs=2360, devs_active=612,
        reg_ent=1128, served=846, paid_ent=302, sme_ent=598,
        srvind_w=[("机械", 24), ("汽车", 18), ("电子", 17), ("石化化工", 11), ("食品", 9), ("医药", 8), ("轻工", 7), ("其他", 6)],
        srvreg_w=[("上海", 52), ("江苏", 18), ("浙江", 13), ("安徽", 7), ("广东", 6), ("福建", 4)],
        orders=(5326, 5790), trade_growth=21.36, sub_total=2140, killer_sub=1012, sub_amount=842.60,
        dev_util=71.25, localization=86.50, smart_factory=2, parks=5, solutions=18,
        sol_w=[("数字化管理", 8), ("智能化制造", 4), ("服务化延伸", 6)],
        listed_vc_bool=True, om_drop=12.36, energy_drop=14.82, safety_up=9.54,
        case_off=((0.84, -1.12), (-1.26, 0.94), (0.51, -0.73)),
        indices=3, patents=6, softcr=14, awards=4, jobs=128, social=18.72, partners=4,
        open_data="以API接口和数据报告形式开放：开放能耗与碳排放数据API接口46个、工厂碳排放月报模板3类、行业能效基准数据集4个",
        numfmt=str,
    )
    derive(S)
    S["true_g2023"] = S["growth"][2023]
    S["growth"][2023] = WRONG_G2023  # planted: does not follow from 2857.92 → 3498.63
    S["co"] = dict(code="91310110MA1G8TQ52X", founded="2016年11月", reg_addr="上海市杨浦区国权北路1688弄（杨浦区）",
                   type="股份有限公司（非上市）", capital="5,200万元", legal="邵振宇",
                   business="工业节能与碳管理技术服务、能源管理软件开发、合同能源管理",
                   equity="邵振宇持股38.5%；上海某创业投资合伙企业（有限合伙）持股16.0%；其他股东合计45.5%",
                   assets="31,406.22", income="12,873.50", income_growth="18.44", debt="41.37", profit="1,268.94",
                   tax="702.15")
    S["texts"] = texts(S)
    S["proof"] = {
        "_default": "无单独证明材料，可现场演示", "team": "人员名单（可现场核查）", "rd": "附件3-1第3页", "revenue": "附件3-1第3页",
        "paid_ratio": "附件3-8", "dev": "附件3-2（汇总）", "dev_reg": "附件3-2（按区域）", "app_total": "附件3-3第1页", "app": "应用中心后台统计，可现场演示", "killer_other": "应用中心后台统计", "models_total": "附件3-3第1页", "models": "模型库后台统计，可现场演示",
        "killer": "附件3-3第2页", "micro": "附件3-3第2页", "devs": "附件3-3第2页",
        "ent": "附件3-8", "patents": "附件3-4", "softcr": "附件3-5", "awards": "附件3-6", "smart_factory": "附件3-7",
        "standards": "附件3-7", "cloud": "平台后台统计，现场可演示", "orders": "订单系统导出，现场可演示",
        "sub": "应用中心后台统计", "cases": "申报书第五章",
    }
    return S


def texts(S):
    om, en, sf = S["om_drop"], S["energy_drop"], S["safety_up"]
    return dict(
        position="面向制造企业的能源与碳排放数智化管理平台，助力工厂实现节能降碳和零碳绿色工厂建设。",
        policy=("1.工信部等《工业领域碳达峰实施方案》：推动工业企业能效提升和数字化碳管理。\n"
                "2.上海市《工业领域碳达峰实施方案》：支持建设绿色工厂和碳管理公共服务能力。\n"
                "3.制造业：能源成本上升、出口产品碳足迹要求增加，能碳管理数字化需求快速增长。"),
        strategy="是，纳入《碳索能源2022—2026年发展战略》",
        plan="是，制定了《零碳绿色工厂综合数智化管理平台三年发展规划（2024—2026年）》",
        other_res="平台汇聚节能技术与设备供应商210家、碳核算因子库1.2万条、节能改造案例库860个，为工厂提供能效诊断和改造方案匹配服务。",
        edge="支持数据采集、边缘存储、网络传输、能耗异常智能分析；边缘计算应用节点数236个；最低响应时延50毫秒。",
        other_collect="支持从工厂ERP、MES、能源管理系统及电网营销系统采集生产与能源数据，提供API和文件批量导入方式。",
        compute="公有云服务器52台（共640核vCPU），混合云专属资源池12台，可按需扩容。",
        data_mgmt="建立能源计量点位编码标准和碳核算数据口径，实施数据采集完整率、及时率监控和异常数据人工复核机制。",
        algo_types="基础算法（统计、排序）、聚类算法、预测与估算算法（负荷与能耗预测）、关联分析算法、优化调度算法",
        langs="共4种：Java、Python、JavaScript、TypeScript",
        framework="基于Spring Boot/Spring Cloud构建微服务，前端采用React，提供能碳数据模型和组件化报表框架。",
        tools="提供可视化报表设计器、规则配置工具、算法模型训练工具、API网关调试工具和应用发布工具。",
        sec_rules="是，《信息安全管理制度》（TS-ISMS-01，2021年3月）、《数据分类分级管理办法》（TS-ISMS-06，2022年8月）、《应急响应预案》（TS-ISMS-09，2023年1月）",
        sec_aspects="1.数据安全；2.传输安全；3.访问登录安全；4.应用安全；5.网络安全。",
        sec_test="是，每年一次（等级保护测评及渗透测试）",
        sec_scan="是，每季度一次漏洞扫描",
        sec_tech="采用防火墙、网络分区隔离、HTTPS加密传输、数据加密存储、多因素身份认证和操作日志审计。",
        data_protect="核心数据每日备份，每月离线备份一次；采用云数据库主备实例和跨可用区容灾。",
        listed_vc="是，公司于2021年完成B轮融资，投资方为某产业投资基金（VC）",
        key_tech="能耗数据采集网关、能碳核算引擎、负荷预测与优化调度算法均为自主研发，自主可控。",
        benefit="基于3个案例：用户年均节约电费约180万元，碳排放强度平均下降11%，能源管理人员工作效率提升约40%。",
        cost=f"基于3个案例：设备运维成本平均下降{f2(om)}%，设备能耗平均下降{f2(en)}%。",
        data_value="基于工厂能耗数据构建能效基准与对标模型，沉淀节能诊断规则和改造方案知识库，实现同类工厂之间的经验复用。",
        supply_chain="平台与节能设备及技术供应商210家对接，根据能效诊断结果自动匹配改造方案和供应商报价；为出口企业提供上游供应商碳数据收集与产品碳足迹核算，已支撑36家企业完成供应链碳数据盘查。",
        newtech="有。应用AI负荷预测与优化调度、边缘计算及区块链存证技术，对碳排放数据进行上链存证，提高碳数据可信度。",
        core_break="是，自研多能源介质碳核算引擎，支持核算因子1.2万条，核算效率较人工方式提升90%以上。",
        carbon="是，提供碳计算/核算、碳足迹、碳排放监测和碳效评价服务，覆盖机械、汽车、电子等行业用户。",
        idres="是，接入国家工业互联网标识解析二级节点，为能源计量设备赋码，实现计量数据溯源。",
        standards="参与制定团体标准2项，清单详见附件3-7",
        awards="共4项，获奖清单及证书扫描件详见附件3-6",
        smart_factory="是，2家，名称、服务内容及成效详见附件3-7",
        contribution=f"平台服务本市制造企业{S['local_ent'] // 10 * 10}余家，支撑本市绿色工厂创建和工业领域碳达峰工作；面向长三角汽车、电子产业链提供碳足迹核算服务。",
        open_mech="是。平台向产业链上下游开放能耗与碳排放数据接口，供应商经授权上传碳数据，核心企业统一核算，实行授权访问与数据脱敏。",
        cross="平台与4个合作平台实现数据对接，包括园区能源管理平台和第三方碳核查服务平台，支持数据互通与单点登录。",
        new_industry="有。培育“能碳管理SaaS+节能改造效果分成”新模式，带动合同能源管理项目落地。",
        killer_ref="（排名、名称、简介、订阅数量及日活用户数量见申报书表2）",
        model_ref="（核心工业模型排名、名称、简介及调用用户数量见申报书表3）",
        indices_ref="（长三角制造业能效指数、工厂碳效指数、空压系统能效指数，简介及2023年数值见申报书表4）",
        patent_ref="（附件3-4）",
        softcr_ref="（附件3-5）",
        intro=("零碳绿色工厂综合数智化管理平台由上海碳索能源服务股份有限公司建设运营，面向制造企业提供能源计量数据采集、能效诊断、"
               "碳排放核算、碳足迹管理和节能改造方案匹配等服务，采用边缘侧、公有云和混合云相结合的部署方式，主要客户为机械、汽车、"
               "电子等行业的制造企业和工业园区。"),
        effect=(f"平台帮助工厂解决能耗底数不清、碳排放核算难、节能改造缺乏依据等问题。基于案例统计，用户设备运维成本平均下降{f2(om)}%，"
                f"能耗平均下降{f2(en)}%，安全生产持续时间平均提升{f2(sf)}%，助力制造企业绿色低碳转型。"),
    )


def proposal_x(S) -> dict:
    c1, c2, c3 = (list(x) for x in zip(S["cases_om"], S["cases_en"], S["cases_sf"]))
    return dict(
        company_intro=(f"{CO}成立于2016年，注册资本5,200万元，是专注于工业节能与碳管理的科技型企业，2021年完成B轮融资，"
                       "2023年营业收入1.29亿元。"),
        company_core="公司拥有平台团队88人，具备能耗监测、碳核算和节能改造一体化服务能力，在长三角设有4个服务中心。",
        basic=(f"平台名称为“{NAME}”，建设时间为2020年6月至2023年12月，自建，累计投入{f2c(S['build_amount'])}万元，自运营。"
               "平台定位为制造企业的能源与碳排放数智化管理平台。"),
        arch="平台由边缘采集层、云端数据中台、能碳业务中台和SaaS应用层组成，支持边缘侧与公有云、混合云协同部署。",
        modules=MODULES_COMMON + [["SaaS层", "能耗在线监测", "多能源介质计量数据采集、能耗看板与异常告警"], ["SaaS层", "碳排放管理", "碳排放核算、产品碳足迹、碳数据存证"], ["SaaS层", "节能优化", "空压站、冷站群控优化与节能改造方案匹配"]],
        advanced="平台将能源计量、碳核算和节能改造方案匹配打通，形成“监测—核算—诊断—改造—评价”闭环，区别于只做能耗监测的同类平台。",
        operation=("平台近三年营收与利润情况详见附件3-1第3页；设备接入情况详见附件3-2；服务企业数量、行业与地域分布详见附件3-8；"
                   "知识产权情况详见附件3-4、附件3-5；获奖情况详见附件3-6。"),
        op_tables=core_tables(S, [("能耗在线监测", 301, "多能源介质计量数据实时监测与告警"), ("碳排放核算", 236, "按核算指南自动计算工厂碳排放"), ("空压站优化", 181, "空压机群控与负荷匹配"), ("冷站能效诊断", 139, "冷站运行能效评估与优化建议"), ("能源费用分析", 107, "分时电价下的能源费用分析")], [("空压站负荷预测模型", "数据算法模型", "预测用气负荷"), ("碳排放核算模型", "业务流程模型", "按排放源核算碳排放"), ("冷站COP优化模型", "行业机理模型", "冷机组合与水温寻优"), ("锅炉效率模型", "行业机理模型", "锅炉热效率计算"), ("电能质量分析模型", "数据算法模型", "谐波与功率因数分析"), ("能耗异常识别模型", "数据算法模型", "识别异常用能"), ("产品碳足迹模型", "业务流程模型", "产品生命周期碳排放核算"), ("变压器负载模型", "行业机理模型", "负载率与损耗计算"), ("照明节能模型", "数据算法模型", "照明用能优化"), ("光伏发电预测模型", "数据算法模型", "分布式光伏出力预测")], [("长三角制造业能效指数", "样本工厂单位产值能耗指数", "92.4"), ("工厂碳效指数", "单位产值碳排放相对基准", "95.7"), ("空压系统能效指数", "样本空压站比功率指数", "101.3")]),
        bench=[["1.2.1 创新投入情况", f"研发投入{f2c(S['rd'])}万元", "同类能碳管理平台研发投入数量级：百万元至千万元"],
               ["2.1.1 工业设备连接/汇聚能力", f"连接设备{n0(S['dev_total'])}台（套）", "同类平台约5,000台（套）"],
               ["3.1.1 平台应用规模", f"注册企业{n0(S['reg_ent'])}家", "同类平台约800家"]],
        innovation="一是多能源介质碳核算引擎；二是能耗数据区块链存证；三是基于AI的负荷预测与优化调度；四是节能改造方案智能匹配。",
        effects="平台帮助用户摸清能耗和碳排放底数，指导节能改造投资决策，服务企业的地域、行业分布详见附件3-8。",
        app_innovation="以“能碳SaaS+改造效果分成”的商业模式带动中小制造企业低成本开展节能降碳。",
        plan="下一步将建设产品碳足迹公共服务能力，拓展至化工、纺织行业，并推动与园区能源管理平台深度互联。",
        cases=[
            dict(title=f"{NAME}——汽车零部件工厂能碳管理", company="某汽车零部件制造企业，年用电量约3,600万千瓦时。",
                 platform="平台提供能耗监测、空压站优化和碳核算服务。",
                 detail="项目对全厂配电、空压、冷站和锅炉房加装计量与采集网关，建立能耗和碳排放看板，上线空压站群控优化策略，按用气负荷自动调度空压机台数。",
                 content=f"实施后设备运维成本下降{f2(c1[0])}%，设备能耗下降{f2(c1[1])}%，安全生产持续时间提升{f2(c1[2])}%。"),
            dict(title=f"{NAME}——电子工厂空调系统优化", company="某电子元器件企业，洁净厂房面积约4万平方米。",
                 platform="平台提供冷站群控优化和能效诊断服务。",
                 detail="项目采集冷水机组、冷却塔和水泵运行数据，平台以负荷预测结果优化冷站运行组合和供水温度设定。",
                 content=f"实施后设备运维成本下降{f2(c2[0])}%，设备能耗下降{f2(c2[1])}%，安全生产持续时间提升{f2(c2[2])}%。"),
            dict(title=f"{NAME}——机械加工企业碳足迹核算", company="某机械加工出口企业。",
                 platform="平台提供产品碳足迹核算和供应链碳数据管理。",
                 detail="项目梳理产品物料清单和上游供应商，平台收集供应商碳数据并按产品核算碳足迹，形成出口产品碳足迹报告。",
                 content=f"实施后设备运维成本下降{f2(c3[0])}%，设备能耗下降{f2(c3[1])}%，安全生产持续时间提升{f2(c3[2])}%。"),
        ],
        annex_intro="证明材料存放于“证明材料”文件夹，目录见《附件3 证明材料目录》。附件清单如下：",
        annex_rows=[["附件3-1", "2021—2023年度平台业务专项审计报告", "4页"],
                    ["附件3-2", "平台接入设备统计（Excel导出）", "2个工作表"],
                    ["附件3-3", "平台运行截图", "2页"],
                    ["附件3-4", "专利证书扫描件", "6页"],
                    ["附件3-5", "计算机软件著作权登记证书扫描件", "一证一文件"],
                    ["附件3-6", "省部级及以上奖项/荣誉证书扫描件", "4页"],
                    ["附件3-7", "服务上海市级智能工厂及参与标准制定情况说明", "2页"],
                    ["附件3-8", "平台服务企业统计表", "1页"]],
    )


def make() -> Package:
    S = spec()
    X = proposal_x(S)
    E = S
    arts: list[Artifact] = []
    facts: list[dict] = []
    arts.append(Artifact("01 联系人信息反馈表.docx", "联系人表", "docx", writer=contact_writer(S)))
    arts.append(Artifact(FORM, "申报表", "xlsx", writer=form_xlsx_writer(S)))
    arts.append(Artifact("02 申报表（盖章版）.pdf", "申报表扫描件", "scan", doc=form_doc(S), seed=2701,
                         seals={0: [Seal(CO, 0.6, 0.55)], -1: [Seal(CO, 0.74, 0.84)]}))
    arts.append(Artifact("03 申报书.pdf", "申报书", "pdf", doc=proposal_doc(S, X, header=f"{NAME} 申报书")))
    arts.append(Artifact("04 平台基本情况汇总表.xlsx", "汇总表", "xlsx", writer=summary_writer(S, "numbered")))
    arts.append(Artifact("05 真实性承诺.pdf", "承诺", "scan", doc=commitment_doc(S), seed=2705,
                         seals={0: [Seal(CO, 0.66, 0.62)]}))
    arts.append(Artifact(INDEX, "evidence:other", "xlsx", writer=index_writer()))
    facts.append(fact("平台核心软硬件技术获得的专利数量（项）", "6", "件", 6, INDEX, 1, "专利证书扫描件（6件）", row_label="附件3-4"))

    a1 = EV + "附件3-1.pdf"
    arts.append(Artifact(a1, "evidence:audit_report", "scan", doc=audit_doc(S), seed=2711, bw={0, 1, 3},
                         seals={2: [Seal("上海立信安和会计师事务所有限公司", 0.7, 0.7, 0.08)]}))
    r = E["rev"]
    facts += [
        fact("平台相关营业收入（万元）", f2c(r[2023]), "万元", r[2023], a1, 3, f2c(r[2023]), "平台业务收入", "2023年度",
             image_only=True),
        fact("平台近三年经营指标情况", f2c(r[2022]), "万元", r[2022], a1, 3, f2c(r[2022]), "平台业务收入", "2022年度",
             "2022年平台营收（万元）", image_only=True),
        fact("平台近三年经营指标情况", f2c(r[2021]), "万元", r[2021], a1, 3, f2c(r[2021]), "平台业务收入", "2021年度",
             "2021年平台营收（万元）", image_only=True),
        fact("平台相关研发投入（万元）", f2c(S["rd"]), "万元", S["rd"], a1, 3, f2c(S["rd"]), "平台研发投入", "2023年度",
             image_only=True),
        fact("平台利润率（%）", f2c(S["profit"]), "万元", S["profit"], a1, 3, f2c(S["profit"]), "平台利润总额", "2023年度",
             "平台利润总额（万元）", image_only=True),
        fact("投资回报率（%）", f2c(S["profit"]), "万元", S["profit"], a1, 3, f2c(S["profit"]), "平台利润总额", "2023年度",
             "平台年利润（万元）", image_only=True),
    ]

    a2 = EV + "附件3-2.xlsx"
    arts.append(Artifact(a2, "evidence:device_list", "xlsx", writer=device_writer(S)))
    facts += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(S["dev_total"]), "台/套", S["dev_total"], a2, 1,
             str(S["dev_total"]), "合计", "接入设备数"),
        fact("公有云工业设备连接数量（台/套）", str(S["pub_total"]), "台/套", S["pub_total"], a2, 1, str(S["pub_total"]),
             "合计", "公有云接入数"),
        fact("公有云工业设备平均日运行数量（台/套）", str(S["run_total"]), "台/套", S["run_total"], a2, 1,
             str(S["run_total"]), "合计", "公有云日均运行数"),
        fact("海外设备连接数量（台/套）", str(S["ovs_total"]), "台/套", S["ovs_total"], a2, 2, str(S["ovs_total"]),
             "泰国Thailand", "接入设备数"),
    ]

    a3 = EV + "附件3-3.pdf"
    arts.append(Artifact(a3, "evidence:screenshot", "scan", doc=screens_doc(S), seed=2733))
    facts += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(S["dev_total"]), "台/套", S["dev_total"], a3, 1, n0(S["dev_total"]),
             "在线计量设备", image_only=True),
        fact("注册企业用户数（个）", n0(S["reg_ent"]), "家", S["reg_ent"], a3, 1, n0(S["reg_ent"]), "入驻企业", image_only=True),
        fact("工业APP数量（个）", str(S["app_total"]), "个", S["app_total"], a3, 1, str(S["app_total"]), "工业APP",
             image_only=True),
        fact("工业机理模型数量（个）", str(S["models"]), "个", S["models"], a3, 1, str(S["models"]), "能碳机理模型",
             image_only=True),
        fact("微服务数量（个）", str(S["micro"]), "个", S["micro"], a3, 2, str(S["micro"]), "已注册微服务", image_only=True),
        fact("开发者注册总数（个）", n0(S["devs"]), "人", S["devs"], a3, 2, n0(S["devs"]), "开发者账号", image_only=True),
    ]

    pblocks = []
    for k, (kind, title, zl, filed, granted) in enumerate(patents()):
        if k:
            pblocks.append(PB())
        pblocks += patent_cert_doc(kind, f"{5231876 + k * 91837}", title, "邵振宇；林嘉豪；周敏", f"ZL {zl}", filed, CO,
                                   "200433 上海市杨浦区国权北路1688弄", granted,
                                   f"CN {116200000 + k * 2718281} {'B' if kind == '发明' else 'U'}").blocks
    arts.append(Artifact(EV + "3-4 扫描件.pdf", "evidence:patent_list", "scan", doc=Doc(pblocks, margins=(80, 80, 80, 70)),
                         seed=2740, seals={i: [Seal("国家知识产权局", 0.72, 0.82, 0.09)] for i in range(6)},
                         bw={1, 3, 5}))
    cert_files = []
    for k, c in enumerate(softcrs(), 1):
        rel = EV + f"附件3-5/{k:02d}.pdf"
        cert_files.append(rel)
        arts.append(Artifact(rel, "evidence:patent_list", "scan",
                             doc=softcr_cert_doc(c["no"], c["regno"], c["name"], CO, c["done"], c["pub"]), seed=2750 + k,
                             seals={0: [Seal("中华人民共和国国家版权局", 0.7, 0.8, 0.1)]}))

    a7 = EV + "附件3-7.pdf"
    arts.append(Artifact(a7, "evidence:other", "pdf", doc=smart_std_doc()))
    facts.append(fact("平台是否服务上海智能工厂，数量", "2", "家", 2, a7, 1, "共服务上海市级智能工厂2家"))

    a8 = EV + "附件3-8.pdf"
    arts.append(Artifact(a8, "evidence:other", "pdf", doc=ent_doc(S)))
    facts += [
        fact("实际服务企业数（个）", str(S["served"]), "家", S["served"], a8, 1, str(S["served"]), "实际服务企业数"),
        fact("付费企业数（个）", str(S["paid_ent"]), "家", S["paid_ent"], a8, 1, str(S["paid_ent"]), "付费企业数"),
        fact("服务中小企业数量（个）", str(S["sme_ent"]), "家", S["sme_ent"], a8, 1, str(S["sme_ent"]), "服务中小企业数"),
        fact("服务本市企业数量（个）", str(S["local_ent"]), "家", S["local_ent"], a8, 1, str(S["local_ent"]), "上海"),
    ]

    problems = [
        dict(id=f"{PID}-01-count_vs_list", family="count_vs_list", fields=["平台核心软硬件技术获得的软著数量（个）"],
             files=[FORM, INDEX] + cert_files, severity="error",
             description=("申报表填报平台核心软硬件技术获得的软著数量 14 个（证明资料“附件3-5”），但附件3-5文件夹中只有计算机软件著作权"
                          "登记证书扫描件 12 份（01.pdf—12.pdf，每份一证），证明材料目录未写份数；证书数达不到申报数量")),
        dict(id=f"{PID}-02-growth_rate", family="growth_rate", fields=["平台近三年经营指标情况"], files=[FORM],
             severity="error",
             description=(f"申报表“平台近三年经营指标情况”2023年增长率填 {f2(WRONG_G2023)}%，由本表 2022年平台营收 "
                          f"{f2(S['rev'][2022])} 万元与 2023年平台营收 {f2(S['rev'][2023])} 万元计算应为 {f2(S['true_g2023'])}%")),
        dict(id=f"{PID}-03-missing_proof", family="missing_proof", fields=["平台获得省部级及以上奖项/荣誉数量（个）"],
             files=[FORM, INDEX, "03 申报书.pdf"], severity="error",
             description=("申报表奖项/荣誉数量“共4项”注明“获奖清单及证书扫描件详见附件3-6”，证明材料目录和申报书第六章也列有"
                          "“附件3-6 省部级及以上奖项/荣誉证书扫描件（4页）”，但申报包中没有附件3-6，该数量无证明材料")),
    ]
    return Package(
        pid=PID, list_no=27, listed_name=NAME, company=CO, declared_name=NAME, p2023=False,
        description=("序号27 碳索零碳绿色工厂平台（2023未参评，无第七章）：XLSX申报表+盖章扫描件、PDF申报书、Excel证明材料目录；"
                     "证明材料以附件编号命名；软著登记证书一证一文件共12份而申报14个；目录所列附件3-6缺失；2023年增长率与本表营收不符。"),
        layout=["form:xlsx", "stamped_scan", "proposal:pdf", "evidence_dir:证明材料", "index:xlsx", "naming:annex-number-only",
                "certificates:one-per-file(12)", "patents:one-per-page-scan(6)", "audit:scan(万元)", "device_list:xlsx",
                "summary:xlsx-numbered", "commitment:scan", "missing:附件3-6", "refs:详见附件"],
        artifacts=arts, facts=facts, problems=problems, summary=summary_rows(S), secrets=[S["password"]])


def patents():
    return [("发明", "一种多能源介质碳排放核算方法及系统", "2021 1 0734562.1", "2021-07-02", "2023-02-28"),
            ("发明", "一种基于负荷预测的空压站群控优化方法", "2022 1 0218437.5", "2022-03-08", "2023-11-17"),
            ("实用新型", "一种能耗数据边缘采集网关", "2021 2 2546108.3", "2021-10-20", "2022-04-12"),
            ("实用新型", "一种多回路电能计量采集装置", "2022 2 1673025.9", "2022-06-30", "2022-11-22"),
            ("实用新型", "一种冷站能效监测终端", "2022 2 3014586.2", "2022-11-15", "2023-04-07"),
            ("发明", "一种工厂碳足迹数据可信存证方法", "2022 1 1486930.4", "2022-11-24", "2024-03-22")]


def softcrs():
    names = ["碳索能耗在线监测系统V3.0", "碳索碳排放核算软件V2.1", "碳索产品碳足迹管理系统V1.3", "碳索空压站群控优化软件V1.0",
             "碳索冷站能效诊断系统V2.0", "碳索能源计量数据采集网关软件V4.2", "碳索能碳驾驶舱可视化系统V1.1",
             "碳索节能改造方案匹配系统V1.0", "碳索绿色工厂评价辅助软件V1.2", "碳索负荷预测分析软件V1.0",
             "碳索碳数据区块链存证系统V1.0", "碳索能源费用分析软件V2.0"]
    out = []
    for k, nm in enumerate(names):
        y = 2020 + k // 4
        out.append(dict(no=str(7012345 + k * 154321), regno=f"{y}SR{2034567 + k * 61237:07d}", name=nm,
                        done=f"{y}-{(k % 8) + 3:02d}-{(k * 3) % 22 + 4:02d}", pub=f"{y}-{(k % 8) + 4:02d}-{(k * 7) % 22 + 2:02d}"))
    return out


def index_writer():
    from h77kit import xlsx_save
    from openpyxl import Workbook
    from openpyxl.styles import Font

    def write(path: Path):
        wb = Workbook()
        ws = wb.active
        ws.title = "目录"
        ws["A1"] = "附件3 证明材料目录"
        ws["A1"].font = Font(size=14, bold=True)
        ws.append(["附件编号", "材料名称", "对应指标", "页数", "备注"])
        for row in (("附件3-1", "2021—2023年度平台业务专项审计报告", "平台相关营业收入、研发投入、利润", "4", "扫描件"),
                    ("附件3-2", "平台接入设备统计（系统导出）", "连接的工业设备数量及分布", "2个工作表", "Excel"),
                    ("附件3-3", "平台运行截图", "注册企业、工业APP、模型、微服务、开发者", "2", ""),
                    ("附件3-4", "专利证书扫描件（6件）", "专利数量", "6", ""),
                    ("附件3-5", "计算机软件著作权登记证书扫描件", "软著数量", "一证一文件", "按登记号排序"),
                    ("附件3-6", "省部级及以上奖项/荣誉证书扫描件", "奖项/荣誉数量", "4", ""),
                    ("附件3-7", "服务上海市级智能工厂及参与标准制定情况说明", "智能工厂数量、标准制定", "2", ""),
                    ("附件3-8", "平台服务企业统计表", "服务企业数量及分布、付费用户占比", "1", "")):
            ws.append(list(row))
        for col, wd in zip("ABCDE", (10, 44, 36, 12, 14)):
            ws.column_dimensions[col].width = wd
        xlsx_save(wb, path)

    return write


def audit_doc(S) -> Doc:
    r = S["rev"]
    firm = "上海立信安和会计师事务所有限公司"
    cost = {2021: 1402.35, 2022: 1819.66, 2023: 2201.78}
    rd = {2021: 402.19, 2022: 508.34, 2023: S["rd"]}
    pf = {2021: 221.63, 2022: 301.48, 2023: S["profit"]}
    saas = {y: r2(r[y] * k) for y, k in ((2021, 0.58), (2022, 0.61), (2023, 0.63))}
    return Doc([
        Sp(100), P(CO, 16, "C", True), P(f"{NAME}", 14, "C"), P("2021—2023年度平台业务收支专项审计报告", 18, "C", True, before=10),
        P("立信安和专审字〔2024〕第0638号", 12, "C", before=14), Sp(250), P(firm, 13, "C"), P("二〇二四年五月二十日", 12, "C"), PB(),
        P("专项审计报告", 16, "C", True, after=8), P(f"{CO}：", 11),
        P(f"我们接受委托，对贵公司{NAME}2021年度、2022年度和2023年度平台业务收支情况表（以下简称收支情况表）进行了专项审计。"
          "编制收支情况表是贵公司管理层的责任，我们的责任是在执行审计工作的基础上对收支情况表发表审计意见。", 11, indent=2, leading=21),
        P("我们认为，贵公司收支情况表在所有重大方面按照企业会计准则及收支情况表附注所述的编制基础编制，公允反映了平台业务"
          "2021—2023年度的收支情况。", 11, indent=2, leading=21),
        Sp(60), P(f"{firm}        中国注册会计师：孙海峰  陈若楠", 10.5), P("二〇二四年五月二十日", 10.5, "R"), PB(),
        P(f"{NAME}", 13, "C", True), P("平台业务收支情况表", 15, "C", True, after=6),
        P(f"编制单位：{CO}                                  单位：万元", 9.5, after=4),
        T([["项目", "2021年度", "2022年度", "2023年度"],
           ["一、平台业务收入", f2c(r[2021]), f2c(r[2022]), f2c(r[2023])],
           ["其中：SaaS订阅收入"] + [f2c(saas[y]) for y in (2021, 2022, 2023)],
           ["能碳技术服务收入"] + [f2c(r2(r[y] - saas[y])) for y in (2021, 2022, 2023)],
           ["二、平台业务成本", f2c(cost[2021]), f2c(cost[2022]), f2c(cost[2023])],
           ["三、平台研发投入", f2c(rd[2021]), f2c(rd[2022]), f2c(rd[2023])],
           ["四、平台利润总额", f2c(pf[2021]), f2c(pf[2022]), f2c(pf[2023])]],
          [2.2, 1.3, 1.3, 1.3], size=10.5, aligns=["L", "R", "R", "R"]),
        P("（后附收支情况表附注为本表的组成部分）", 9.5, "C"), PB(),
        P("收支情况表附注", 13, bold=True, after=6),
        P("1.编制基础：平台业务收入按与客户签订的平台服务合同归集，包括SaaS订阅收入和通过平台提供的能碳技术服务收入，不含节能设备"
          "销售和合同能源管理项目收入。", 10.5, indent=2, leading=19),
        P("2.成本与研发投入：按平台项目核算，共用资源按工时比例分摊；研发投入口径与研究与试验发展（R&D）统计口径一致。", 10.5,
          indent=2, leading=19),
        P("3.利润总额：平台业务收入减去平台业务成本、研发投入及分摊的期间费用后确定。", 10.5, indent=2, leading=19),
    ], footer="第 {p} 页 共 {n} 页")


def device_writer(S):
    from h77kit import xlsx_save
    from openpyxl import Workbook

    def write(path: Path):
        wb = Workbook()
        ws = wb.active
        ws.title = "汇总"
        ws.append(["设备分类", "接入设备数", "公有云接入数", "公有云日均运行数", "备注"])
        notes = {"仪器仪表": "智能电表、水表、气表、流量计", "电力设备": "变压器、配电柜", "动力设备": "空压机、锅炉、冷水机组、水泵",
                 "其他": "环保治理设施"}
        for cat in S["dev_cat"]:
            ws.append([cat, S["dev_cat"][cat], S["pub_cat"][cat], S["run_cat"][cat], notes[cat]])
        ws.append(["合计", S["dev_total"], S["pub_total"], S["run_total"], "导出时间：2024-07-03 16:20"])
        w2 = wb.create_sheet("按区域")
        w2.append(["区域", "接入设备数", "公有云接入数", "公有云日均运行数"])
        for reg in S["dev_reg"]:
            w2.append([reg, S["dev_reg"][reg], S["pub_reg"][reg], S["run_reg"][reg]])
        w2.append(["合计", S["dev_total"], S["pub_total"], S["run_total"]])
        for w in (ws, w2):
            w.column_dimensions["A"].width = 16
            for col in "BCD":
                w.column_dimensions[col].width = 16
        ws.column_dimensions["E"].width = 34
        xlsx_save(wb, path)

    return write


def screens_doc(S) -> Doc:
    names = ["能耗在线监测", "碳排放核算", "空压站优化", "冷站能效诊断", "能源费用分析"]
    table = [["排名", "APP名称", "日活用户"]] + [[str(k), n, str(v)] for k, (n, v) in
                                              enumerate(zip(names, (301, 236, 181, 139, 107)), 1)]
    return Doc([
        screen_img("零碳工厂云 · 总览", [("在线计量设备", n0(S["dev_total"]), "台"), ("入驻企业", n0(S["reg_ent"]), "家"),
                                     ("工业APP", str(S["app_total"]), "个"), ("能碳机理模型", str(S["models"]), "个")],
                   stamp="数据更新：2024-07-03 10:00", seed=27, theme="light"),
        P("截图1：平台总览（2024年7月3日）", 10, "C"), PB(),
        screen_img("零碳工厂云 · 开放平台", [("已注册微服务", str(S["micro"]), "个"), ("活跃微服务", str(S["micro_active"]), "个"),
                                        ("开发者账号", n0(S["devs"]), "人"), ("活跃开发者", str(S["devs_active"]), "人")],
                   table=table, stamp="数据更新：2024-07-03 10:05", seed=28),
        P("截图2：开放平台与杀手锏APP排名（2024年7月3日）", 10, "C"),
    ])


def smart_std_doc() -> Doc:
    return Doc([
        P("附件3-7", 10.5), P("服务上海市级智能工厂及参与标准制定情况说明", 15, "C", True, after=10),
        P("一、服务上海市级智能工厂情况", 12, bold=True),
        P(f"截至2024年6月30日，{NAME}共服务上海市级智能工厂2家：", 11, indent=2, leading=20),
        T([["序号", "智能工厂名称", "单位", "地址", "服务内容", "成效"],
           ["1", "汽车电子智能工厂", "上海某汽车电子有限公司", "上海市嘉定区", "能耗监测与空压站群控优化", "年节电约260万千瓦时"],
           ["2", "精密机械智能工厂", "上海某精密机械有限公司", "上海市松江区", "碳排放核算与能效诊断", "碳排放强度下降约9%"]],
          [0.4, 1.4, 1.5, 1.0, 1.6, 1.4], size=9),
        P("二、参与标准制定情况", 12, bold=True, before=8),
        T([["序号", "标准名称", "类别", "参与方式", "状态"],
           ["1", "《工业企业能源与碳排放数据采集技术要求》", "团体标准", "参与起草", "已发布（2023年）"],
           ["2", "《零碳工厂评价通则》", "团体标准", "参与起草", "征求意见"]],
          [0.4, 2.8, 0.9, 0.9, 1.1], size=9),
        PB(), P("三、说明", 12, bold=True),
        P("上述智能工厂均为经上海市经济和信息化委员会认定或公示的市级智能工厂，服务合同及现场照片可在现场核查时提供。", 11, indent=2,
          leading=20),
        Sp(60), P(f"{CO}", 11, "R"), P("2024年7月", 11, "R"),
    ], footer="第 {p} 页 共 {n} 页")


def ent_doc(S) -> Doc:
    rows = [["指标", "数量（家）", "说明"],
            ["注册企业用户数", str(S["reg_ent"]), "平台注册企业账户"],
            ["实际服务企业数", str(S["served"]), "累计到达值，含免费应用用户"],
            ["付费企业数", str(S["paid_ent"]), "有付费订阅或服务合同的企业"],
            ["服务中小企业数", str(S["sme_ent"]), "按工信部联企业〔2011〕300号认定"]]
    ind = [["行业", "家"]] + [[k, str(v)] for k, v in S["served_ind"].items()]
    reg = [["区域", "家"]] + [[k, str(v)] for k, v in S["served_reg"].items()]
    return Doc([P("附件3-8", 10.5), P("平台服务企业统计表（截至2024年6月30日）", 14, "C", True, after=8),
                T(rows, [1.6, 1.0, 2.6], size=10, aligns=["L", "R", "L"]),
                P("按行业统计", 11, bold=True), T(ind, [2, 1], size=9.5, aligns=["L", "R"]),
                P("按区域统计（其中上海即服务本市企业数）", 11, bold=True), T(reg, [2, 1], size=9.5, aligns=["L", "R"])],
               margins=(62, 62, 60, 50))
