"""h77_xipaie_clean — 附件6 序号11, 上海西派埃智能化系统有限公司, 2023参评=是. The clean package.

Evidence filed by annex number in 附件3 证明材料/: an XLSX 证明材料目录, files named 附件3-N / 3-N 扫描件,
a folder 附件3-4 of twelve software-copyright certificates one per file, eight patent certificates in one
scan. Every reference resolves and every count agrees.
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
    form_docx_writer,
    n0,
    patent_cert_doc,
    proposal_docx_writer,
    screen_img,
    softcr_cert_doc,
    split,
    summary_rows,
    summary_writer,
)
from h77kit import PB, Doc, P, Seal, Sp, T

PID = "h77_xipaie_clean"
CO = "上海西派埃智能化系统有限公司"
NAME = "数字化环境装备服务工业互联网平台"
EV = "附件3 证明材料/"


def spec() -> dict:
    S = dict(
        list_no=11, company=CO, declared_name=NAME, listed_name=NAME, p2023=True, nature="行业型工业互联网平台",
        contact=("沈立群", "数字化事业部副总经理", "13917640382", "shenlq@cpe-env.example.com"),
        contact2=("顾佳怡", "平台运营主管", "13916825174", "gujy@cpe-env.example.com"),
        address="上海市闵行区紫秀路100号4号楼3楼第二会议室",
        url="https://eco.cpe-iot.example.com", account="eval2024", password="Cpe#Eval0716",
        period="2019.03-2023.12", period_text="2019年3月至2023年12月", build_amount=5280.00,
        rev={2021: 3412.56, 2022: 4031.27, 2023: 4731.90}, g2021=15.27,
        build_mode="自建", build_mode_form="■自建  □合作共建", op_mode="自运营", op_mode_form="■自运营  □联合运营  □委托运营",
        iaas="□自建  ■租用，服务商名称：上海云岫数据科技有限公司", deploy="边缘侧、私有云、公有云",
        deploy_form="■边缘侧  ■私有云  ■公有云  □混合云  □其他部署方式",
        team=126, ops=74, qualified=89, rd=853.17, profit=566.42,
        dev_total=15640, pub_total=7210, run_total=5034, ovs_total=152, pub_ovs=88, run_ovs=61,
        ovs_w=[("越南Vietnam", 63), ("印度尼西亚Indonesia", 37)],
        cat_w=[("动力设备", 39.1), ("仪器仪表", 28.0), ("电力设备", 13.8), ("化工设备", 9.2), ("其他", 9.9)],
        reg_w=[("上海", 33.3), ("江苏", 18.4), ("浙江", 13.7), ("安徽", 7.9), ("山东", 6.8), ("广东", 6.3),
               ("湖北", 4.9), ("四川", 4.2), ("宁波", 1.6)],
        protocols=186, sw_total=342, app_total=296, app_native=181, app_mau=214, killer_n=5, killer_dau=1862,
        killer_daily=21470, killer_rev=31.58, pubapp_total=172, pubapp_dau=88,
        appcat_w=[("运维服务", 30), ("节能减排", 22), ("安全生产", 14), ("质量管控", 12), ("生产制造", 10),
                  ("运营管理", 8), ("仓储物流", 4)],
        appind_w=[("石化化工", 32), ("医药", 18), ("食品", 16), ("纺织", 12), ("电力、热力和燃气", 10), ("建材", 7),
                  ("其他", 5)],
        cloud_used=146.00, cloud_pub=58, storage_cap=640.00, storage_data=389.76, pub_data=152.34,
        models=214, models_active=118, model_users=486,
        model_w=[("数据算法模型", 27), ("研发仿真模型", 10), ("行业机理模型", 45), ("业务流程模型", 18)],
        speed="秒级（每TB水质时序数据分析约4秒）", speed_level="秒级",
        micro=862, micro_active=471, devs=6480, devs_active=1735,
        reg_ent=1486, served=1102, paid_ent=418, sme_ent=836,
        srvind_w=[("石化化工", 26), ("医药", 14), ("食品", 15), ("纺织", 10), ("电力、热力和燃气", 9), ("建材", 6),
                  ("轻工", 8), ("其他", 12)],
        srvreg_w=[("上海", 41), ("江苏", 17), ("浙江", 13), ("安徽", 8), ("山东", 6), ("广东", 6), ("湖北", 5), ("四川", 4)],
        orders=(9846, 10312), trade_growth=17.42, sub_total=3968, killer_sub=1726, sub_amount=1684.35,
        dev_util=74.56, localization=82.00, smart_factory=3, parks=7, solutions=24,
        sol_w=[("数字化管理", 7), ("网络化协同", 5), ("智能化制造", 6), ("服务化延伸", 6)],
        listed_vc_bool=False, om_drop=16.42, energy_drop=11.85, safety_up=19.63,
        case_off=((-0.62, 0.78), (1.05, -0.93), (-1.48, 0.67)),
        indices=4, patents=8, softcr=12, awards=5, jobs=236, social=21.34, partners=6,
        open_data="以API接口、行业数据集和工艺模板形式开放：开放API接口124个、水处理行业数据集6个、工艺模型模板18个",
        numfmt=str,
    )
    derive(S)
    S["co"] = dict(code="91310112MA1GB7Q43K", founded="2009年4月", reg_addr="上海市闵行区紫秀路100号（闵行区）",
                   type="有限责任公司", capital="6,000万元", legal="陈国栋",
                   business="环保装备自动化控制系统、水处理智能化系统的研发、集成与运维服务",
                   equity="上海西派埃环境科技集团有限公司出资5,100万元，持股85%；员工持股平台出资900万元，持股15%",
                   assets="46,218.37", income="21,284.64", income_growth="12.97", debt="48.62", profit="2,386.15",
                   tax="1,142.80")
    S["texts"] = texts(S)
    S["proof"] = proof()
    return S


def texts(S):
    om, en, sf = S["om_drop"], S["energy_drop"], S["safety_up"]
    return dict(
        position="面向水务与环保装备行业的设备远程运维与工艺优化服务平台，服务装备制造商和水厂运营方。",
        policy=("1.工信部《工业互联网创新发展行动计划（2021-2023年）》：推动平台在重点行业规模化应用。\n"
                "2.上海市“工赋上海”三年行动计划：支持行业级平台赋能中小企业数字化转型。\n"
                "3.环保装备行业：运维由被动维修转向预测性维护，装备服务化、数字化需求持续增长。"),
        strategy="是，已纳入《上海西派埃智能化系统有限公司“十四五”发展战略规划（2021—2025年）》",
        plan="是，已制定《数字化环境装备服务工业互联网平台建设与运营专项规划（2023—2025年）》",
        other_res=("平台汇聚水处理工艺知识条目3,200余条、药剂与备件供应商126家、认证运维工程师1,050名，形成设备—工艺—服务"
                   "资源池，支撑运维工单在线派发与专家远程会诊。"),
        edge=("方案支持数据采集、边缘存储、断点续传、网络传输和本地智能告警；边缘计算应用节点数412个；最低响应时延20毫秒。"
              "本平台不涉及客户侧私有化部署，以上均为平台自有云环境统计。"),
        other_collect="支持对接水厂SCADA、化验室LIMS、ERP及第三方在线监测系统，通过OPC UA、Modbus、HJ212等协议和API接口采集工艺、水质与业务数据。",
        compute="公有云ECS 58台（合计928核vCPU），自有私有云虚拟机88台，支持弹性扩容。",
        data_mgmt="建立数据标准目录与指标口径管理，设备、工艺、水质三类主数据统一编码；实施数据质量规则校验、缺失值补录和异常值审核，按季度发布数据质量报告。",
        algo_types="基础算法（统计、排序、查找）、聚类算法、分类算法、预测与估算算法（曝气量、加药量预测）、关联分析算法",
        langs="共5种：Java、Python、JavaScript、Go、C#",
        framework="采用Spring Cloud微服务框架与Vue前端框架，提供低代码应用编排引擎和工艺模型容器，开发者可基于统一设备物模型和数据服务API快速构建运维类APP。",
        tools="提供在线IDE、可视化组态工具、规则引擎、模型训练工作台、API调试与发布工具，以及应用上架审核和版本管理工具。",
        sec_rules=("是，《平台网络安全管理办法》（CPE-IT-001，2021年5月）、《平台数据安全管理规定》（CPE-IT-004，2022年3月）、"
                   "《平台安全事件应急预案》（CPE-IT-007，2022年9月）、《平台账号与权限管理细则》（CPE-IT-009，2023年2月）"),
        sec_aspects="1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全；7.运维操作安全。",
        sec_test="是，每年一次（每年第四季度委托第三方机构开展渗透测试及等级保护测评）",
        sec_scan="是，每月一次全量漏洞扫描，重大版本上线前加扫一次",
        sec_tech="采用下一代防火墙、Web应用防火墙、生产网与办公网隔离、VPN接入、TLS传输加密、数据库透明加密、双因素认证及堡垒机审计等技术。",
        data_protect="核心数据每日增量备份、每周全量备份并离线存放；数据库双机热备；同城异地机房灾备，恢复点目标不超过15分钟。",
        listed_vc="否",
        key_tech="设备物联接入、工艺机理建模、边缘智能网关、低代码开发四项关键技术均为自主研发，源代码自主可控。",
        benefit="基于3个案例：用户出水水质达标率平均提升至99.6%，人工巡检工时平均减少38%，带动用户新增运维服务收入约620万元。",
        cost=f"基于3个案例：设备运维成本平均下降{f2(om)}%，吨水能耗平均下降{f2(en)}%，药剂投加量平均下降9.30%。",
        data_value="沉淀曝气、加药、污泥脱水等工艺机理模型214个，基于历史运行数据训练能耗与水质预测模型，将专家经验固化为可复用的规则和模型组件，在同类水厂间推广复用。",
        supply_chain=("平台与上游药剂、备件供应商126家实现订单与库存数据对接，备件需求按设备健康度自动生成；对下游水厂运营方开放工单与"
                      "备件追溯。2023年备件平均交付周期由7天缩短至4天，供应商准时交付率提升至96%，库存周转次数提高1.6次。"),
        newtech="有。融合边缘计算与AI：在412个边缘节点部署曝气与加药智能控制模型；引入数字孪生技术构建水厂三维工艺孪生体；接入国家工业互联网标识解析体系，实现关键设备一物一码全生命周期追溯。",
        core_break="是，自研“基于机理与数据融合的曝气智能控制算法”，在同等出水标准下吨水电耗较传统PID控制降低10%以上，控制精度达到国际同类产品水平。",
        carbon="是，提供碳排放监测与碳核算服务：面向污水处理厂按电耗、药耗核算运营碳排放，已服务水厂46家，形成月度碳排放报告。",
        idres="是，接入国家工业互联网标识解析二级节点，为泵、风机等关键设备赋码8,600余个，实现备件与维保记录追溯。",
        standards="参与制定行业标准2项（《城镇污水处理厂智能运维技术规范》《环保装备远程运维数据接口要求》，均在报批阶段）。",
        awards="共5项，奖项/荣誉清单（名称、获奖时间、颁发单位）详见附件3-6",
        smart_factory="是，共3家。智能工厂名称/单位/地址、本平台服务内容及成效详见附件3-7",
        contribution=f"平台服务本市水务及环保装备企业{S['local_ent'] // 10 * 10}余家，支撑本市多座城镇污水处理厂提标改造后的稳定运行；面向长三角化工、医药园区提供污水处理设施远程运维，助力重点区域水环境治理。",
        open_mech="是。平台面向产业链上下游开放设备物模型、工艺模型模板和运维数据接口，合作方经授权后按需调用，实行分级授权、调用计量和数据脱敏机制，保障数据安全共享。",
        cross="平台与合作平台6个实现接口级对接，支持单点登录、设备数据互通与工单互转，已与园区能源管理平台、第三方环境监测平台完成数据交互。",
        new_industry="有。培育“环保装备+远程运维服务”新模式，装备制造商由一次性销售转向按效果收费的运维服务合同，2023年服务合同收入占平台收入比重提升至41%。",
        killer_ref="（各杀手锏APP排名、名称、简介、订阅数量及日活用户数量见申报书表2，运行截图详见附件3-3第2页）",
        model_ref="（核心工业模型排名、名称、简介及调用用户数量见申报书表3）",
        indices_ref="（水厂能效指数、曝气效率指数、设备健康指数、药耗指数，简介及2023年数值见申报书表4）",
        patent_ref="（专利证书扫描件见附件3-5）",
        softcr_ref="（登记证书扫描件见附件3-4）",
        intro=("数字化环境装备服务工业互联网平台由上海西派埃智能化系统有限公司自主建设和运营，面向水务与环保装备行业，提供设备"
               "接入、远程监控、预测性维护、工艺优化和备件协同等服务。平台采用“边缘侧+私有云+公有云”架构，已连接泵、风机、"
               "在线仪表、加药装置等工业设备，沉淀工艺机理模型和运维类工业APP，形成设备健康管理、智慧水厂运营、能耗优化三类"
               "解决方案。主要客户包括城镇污水处理厂、化工与医药园区污水处理设施运营方以及环保装备制造企业。"),
        effect=("平台解决了环保装备分布分散、运维依赖人工巡检、工艺调整依赖经验等痛点，推动装备制造商向“产品+服务”转型。"
                f"通过远程运维与智能控制，用户设备运维成本平均下降{f2(om)}%，能耗平均下降{f2(en)}%，"
                f"安全生产持续时间平均提升{f2(sf)}%。平台带动新增就业{S['jobs']}人，为长三角地区水环境治理提供了数字化支撑。"),
    )


def proof():
    return {
        "_default": "无单独证明材料，为平台建设运营情况说明，可现场演示核查",
        "team": "平台团队花名册（可现场核查）", "rd": "附件3-1 第4页", "revenue": "附件3-1 第4页",
        "paid_ratio": "附件3-8 汇总表", "dev": "附件3-2 第1页", "dev_reg": "附件3-2 第2页",
        "app_total": "附件3-3 第1页", "app": "平台应用市场后台统计，可现场演示", "killer_other": "平台应用市场后台统计，可现场演示", "models_total": "附件3-3 第1页", "models": "平台模型库后台统计，可现场演示", "killer": "附件3-3 第2页", "micro": "附件3-3 第2页",
        "devs": "附件3-3 第2页", "ent": "附件3-8", "softcr": "附件3-4（12份）", "patents": "附件3-5（8件）",
        "awards": "附件3-6", "smart_factory": "附件3-7", "cloud": "平台运维后台统计，可现场演示",
        "orders": "平台订单系统统计，可现场演示", "sub": "平台应用市场后台统计，可现场演示",
        "cases": "申报书第五章案例1—3",
    }


def proposal_x(S) -> dict:
    c1, c2, c3 = (list(x) for x in zip(S["cases_om"], S["cases_en"], S["cases_sf"]))
    return dict(
        company_intro=(f"{CO}成立于2009年，注册资本6,000万元，是专业从事环保装备自动化控制与水处理智能化系统研发、集成和运维服务的"
                       "高新技术企业，2023年实现主营业务收入2.13亿元。公司业务覆盖城镇污水处理、工业园区污水处理和给水处理三大领域。"),
        company_core=("公司拥有一支126人的平台团队，掌握设备物联接入、曝气智能控制、工艺机理建模等核心技术，具备从现场自控系统到云端"
                      "运维服务的一体化实施能力，在长三角地区建立了7个运维服务站，提供7×24小时响应。"),
        basic=(f"平台名称为“{NAME}”，属行业型工业互联网平台，建设时间为2019年3月至2023年12月，采用自建方式，累计建设投入"
               f"{f2c(S['build_amount'])}万元，自运营。平台定位于水务与环保装备行业设备远程运维与工艺优化服务，面向石化化工、医药、"
               "食品、纺织等行业园区的污水处理设施以及城镇水厂提供服务。"),
        arch=("平台总体架构分为边缘层、IaaS层、PaaS层和SaaS层：边缘层以自研智能网关实现多协议采集与本地控制；IaaS层租用公有云资源"
              "并结合自有私有云；PaaS层提供设备物模型、工艺模型容器、微服务治理和低代码开发环境；SaaS层提供设备健康管理、智慧"
              "水厂运营、能耗优化等工业APP。"),
        modules=MODULES_COMMON + [["SaaS层", "设备健康管理", "泵、风机等设备状态监测、故障诊断与预测性维护"], ["SaaS层", "智慧水厂运营", "曝气、加药智能控制，工艺参数优化与水质预测"], ["SaaS层", "能耗与碳排放", "能耗分析、吨水电耗对标与碳排放核算"]],
        advanced=("与同类环保行业平台相比，本平台将工艺机理模型与设备运行数据融合，实现曝气、加药等关键工艺的闭环优化控制，"
                  "而非仅做设备监控；平台核心组件均自主研发，关键技术自主可控。"),
        operation=("截至填表日，平台连接设备、服务企业、工业APP等运营数据详见申报表及附件3-2、附件3-3、附件3-8，其中设备按附录A分类和"
                   "按区域的分布详见附件3-2，服务企业按行业和区域的分布详见附件3-8。平台近三年经营数据详见附件3-1第4页。"),
        op_tables=core_tables(S, [(n, killer_apps(S)[1][n], KILLER_INTRO[n]) for n in killer_apps(S)[0]], MODELS, INDICES),
        bench=[["1.2.1 创新投入情况", f"研发投入{f2c(S['rd'])}万元，研发投入强度{f2(S['rd_int'])}%",
                 "同行业平台（平台名称：某水务行业云平台）研发投入数量级：千万元；研发投入强度约12%"],
                ["2.1.1 工业设备连接/汇聚能力", f"连接设备{n0(S['dev_total'])}台（套），协议{S['protocols']}个",
                 "同行业平台（某环保装备物联网平台）连接设备约1万台（套）"],
                ["2.1.2 工业软件/APP", f"工业APP {S['app_total']}个，月活{S['app_mau']}个", "同行业平台工业APP约150个"],
                ["2.2.3 数据建模和分析", f"工业机理模型{S['models']}个，活跃{S['models_active']}个", "同行业平台机理模型约百个"],
                ["3.1.1 平台应用规模", f"注册企业{n0(S['reg_ent'])}家，实际服务{n0(S['served'])}家", "同行业平台服务企业约千家量级"]],
        innovation=("一是机理与数据融合的曝气智能控制，吨水电耗较传统控制降低10%以上；二是自研边缘智能网关，支持HJ212等环保协议和"
                    "本地闭环控制；三是低代码运维APP开发环境，使设备厂商可自行开发运维应用；四是全栈自主可控。"),
        effects=("平台帮助环保装备用户从人工巡检转向远程集中运维，解决了设施分散、运维人员不足、工艺调整依赖经验等问题；对装备制造商，"
                 "平台支撑其开展按效果收费的运维服务。平台服务客户的数量和地域、行业分布详见附件3-8，服务上海市级智能工厂情况详见"
                 "附件3-7。"),
        app_innovation="以“装备+服务”商业模式创新带动行业服务化转型，在化工园区、医药园区等场景形成可复制的应用示范。",
        plan="下一步平台将扩展至固废处理和再生水领域，升级工艺大模型能力，拓展长三角以外区域服务网点，深化与园区平台的数据互通。",
        cases=[
            dict(title=f"{NAME}——化工园区污水处理厂曝气智能控制", company="某化工园区污水处理有限公司，处理规模6万吨/日，服务园区内化工企业80余家。",
                 platform="平台为其提供曝气风机与在线仪表接入、曝气智能控制模型和设备健康管理APP。",
                 detail="项目分三期实施：一期完成风机、水泵和在线仪表接入及边缘网关部署；二期上线曝气智能控制模型，根据进水负荷和溶解氧实时调整风量；三期上线设备健康管理APP，实现振动、温度异常的提前预警和工单自动派发。",
                 content=f"项目接入鼓风机、潜水泵及在线仪表共312台（套），上线曝气智能控制后，设备运维成本下降{f2(c1[0])}%，"
                         f"吨水能耗下降{f2(c1[1])}%，安全生产持续时间提升{f2(c1[2])}%。"),
            dict(title=f"{NAME}——医药企业废水处理设施远程运维", company="某医药制造企业，拥有两套废水预处理设施。",
                 platform="平台提供远程监控、预测性维护和加药优化服务。",
                 detail="项目为两套预处理设施加装边缘网关，打通化验室LIMS数据，平台根据水质波动自动给出加药建议，并对关键泵组开展预测性维护。",
                 content=f"项目实施后设备运维成本下降{f2(c2[0])}%，能耗下降{f2(c2[1])}%，安全生产持续时间提升{f2(c2[2])}%。"),
            dict(title=f"{NAME}——城镇水厂设备健康管理", company="某城镇污水处理厂，处理规模10万吨/日。",
                 platform="平台提供设备健康管理和备件协同服务。",
                 detail="项目对全厂主要设备建立设备档案和健康评分模型，备件需求按健康度自动生成并推送至备件供应商，实现备件协同备货。",
                 content=f"项目实施后设备运维成本下降{f2(c3[0])}%，能耗下降{f2(c3[1])}%，安全生产持续时间提升{f2(c3[2])}%。"),
        ],
        annex_intro="本申报书附件按附件编号另行提供，存放于“附件3 证明材料”文件夹，目录见《证明材料目录》（Excel）。附件清单如下：",
        annex_rows=[["附件3-1", "2023年度审计报告（节选）及平台业务财务数据专项说明", "共5页"],
                    ["附件3-2", "平台接入工业设备统计表", "共2页"],
                    ["附件3-3", "平台运行数据截图（扫描件）", "共2页"],
                    ["附件3-4", "计算机软件著作权登记证书（扫描件）", "12份"],
                    ["附件3-5", "专利证书（扫描件）", "共8页"],
                    ["附件3-6", "省部级及以上奖项/荣誉清单", "共1页"],
                    ["附件3-7", "服务上海市级智能工厂情况说明（盖章）", "共1页"],
                    ["附件3-8", "平台服务企业统计表（Excel）", "3个工作表"]],
        seven_intro="本平台为2023年度参评平台（附件6序号11）。2023年7月至今，平台在设备接入、应用和生态方面的变化如下：",
        seven_rows=[["连接工业设备（台/套）", "12,380", n0(S["dev_total"]), "增加3,260台（套），新增化工园区项目"],
                    ["工业APP数量（个）", "241", str(S["app_total"]), "新增加药优化、污泥脱水等APP"],
                    ["注册企业用户数（个）", "1,212", n0(S["reg_ent"]), "新增医药、食品行业用户"],
                    ["工业机理模型数量（个）", "176", str(S["models"]), "新增曝气、加药类模型"],
                    ["软件著作权（个）", "9", str(S["softcr"]), "新增登记3项"]],
        seven_text="功能模块方面，新增碳排放核算模块和标识解析追溯模块；应用服务方面，新增服务上海市级智能工厂1家。",
    )


def softcr_list():
    names = ["西派埃水厂设备远程监控系统V2.0", "西派埃曝气智能控制软件V3.1", "西派埃加药优化控制系统V1.2",
             "环境装备预测性维护平台V2.3", "西派埃边缘智能网关嵌入式软件V4.0", "污水处理工艺机理模型管理系统V1.0",
             "西派埃运维工单协同系统V2.1", "环保设备备件协同管理软件V1.4", "水厂能耗分析与优化系统V1.1",
             "西派埃低代码应用编排平台V1.0", "环境装备数字孪生可视化系统V1.0", "污水处理碳排放核算软件V1.0"]
    out = []
    for k, nm in enumerate(names):
        y = 2020 + k // 3
        out.append(dict(no=str(6123457 + k * 311217 % 999999), regno=f"{y}SR{1023456 + k * 87613:07d}", name=nm,
                        done=f"{y}-{(k % 9) + 2:02d}-{(k * 7) % 20 + 5:02d}", pub=f"{y}-{(k % 9) + 3:02d}-{(k * 5) % 20 + 3:02d}"))
    return out


def patent_list():
    rows = [("发明", "一种基于机理与数据融合的污水处理曝气控制方法", "2020 1 0563218.4", "2020-06-18", "2022-03-11"),
            ("发明", "一种水处理设备故障预测方法及系统", "2021 1 0127436.9", "2021-02-03", "2023-01-06"),
            ("发明", "一种加药量智能寻优方法", "2021 1 0845213.2", "2021-07-21", "2023-05-16"),
            ("实用新型", "一种环保设备边缘智能网关", "2021 2 1408631.5", "2021-06-25", "2021-12-14"),
            ("实用新型", "一种在线水质仪表数据采集装置", "2022 2 0317524.8", "2022-02-16", "2022-07-05"),
            ("实用新型", "一种鼓风机振动监测装置", "2022 2 1935406.1", "2022-07-26", "2022-12-20"),
            ("发明", "一种污水处理厂能耗预测方法", "2022 1 0638175.6", "2022-06-02", "2024-01-19"),
            ("实用新型", "一种加药泵远程控制箱", "2023 2 0286417.3", "2023-02-14", "2023-07-28")]
    return rows


def make() -> Package:
    S = spec()
    X = proposal_x(S)
    arts: list[Artifact] = []
    facts: list[dict] = []

    arts.append(Artifact("附件1 联系人信息反馈表.docx", "联系人表", "docx", writer=contact_writer(S)))
    arts.append(Artifact("附件2 申报表.docx", "申报表", "docx", writer=form_docx_writer(S)))
    fd = form_doc(S)
    arts.append(Artifact("附件2 申报表（盖章扫描件）.pdf", "申报表扫描件", "scan", doc=fd, seed=1101,
                         seals={0: [Seal(CO, 0.62, 0.56)], -1: [Seal(CO, 0.72, 0.83)]}))
    arts.append(Artifact("附件3 申报书.docx", "申报书", "docx", writer=proposal_docx_writer(S, X)))
    arts.append(Artifact("附件4 平台基本情况汇总表.xlsx", "汇总表", "xlsx", writer=summary_writer(S)))
    arts.append(Artifact("附件5 真实性承诺（盖章）.pdf", "承诺", "scan", doc=commitment_doc(S), seed=1105,
                         seals={0: [Seal(CO, 0.68, 0.62)]}))

    # ---- index
    idx = EV + "证明材料目录.xlsx"
    arts.append(Artifact(idx, "evidence:other", "xlsx", writer=index_writer()))
    facts.append(fact("平台核心软硬件技术获得的软著数量（个）", "12", "份", 12, idx, 1, "计算机软件著作权登记证书（共12份）",
                      row_label="附件3-4"))
    facts.append(fact("平台核心软硬件技术获得的专利数量（项）", "8", "件", 8, idx, 1, "专利证书（共8件）", row_label="附件3-5"))

    # ---- 附件3-1 audit excerpt + platform statement
    a1 = EV + "附件3-1.pdf"
    arts.append(Artifact(a1, "evidence:audit_report", "pdf", doc=audit_doc(S)))
    r = S["rev"]
    facts += [
        fact("平台相关营业收入（万元）", f2c(r[2023]), "万元", r[2023], a1, 4, f2c(r[2023]), "平台相关营业收入", "2023年度"),
        fact("平台近三年经营指标情况", f2c(r[2022]), "万元", r[2022], a1, 4, f2c(r[2022]), "平台相关营业收入", "2022年度",
             "2022年平台营收（万元）"),
        fact("平台近三年经营指标情况", f2c(r[2021]), "万元", r[2021], a1, 4, f2c(r[2021]), "平台相关营业收入", "2021年度",
             "2021年平台营收（万元）"),
        fact("平台相关研发投入（万元）", f2c(S["rd"]), "万元", S["rd"], a1, 4, f2c(S["rd"]), "平台相关研发投入", "2023年度"),
        fact("平台利润率（%）", f2c(S["profit"]), "万元", S["profit"], a1, 4, f2c(S["profit"]), "平台利润总额", "2023年度",
             "平台利润总额（万元）"),
        fact("投资回报率（%）", f2c(S["profit"]), "万元", S["profit"], a1, 4, f2c(S["profit"]), "平台利润总额", "2023年度",
             "平台年利润（万元）"),
    ]

    # ---- 附件3-2 device statistics
    a2 = EV + "附件3-2.pdf"
    arts.append(Artifact(a2, "evidence:device_list", "pdf", doc=device_doc(S)))
    facts += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(S["dev_total"]), "台/套", S["dev_total"], a2, 1,
             n0(S["dev_total"]), "合计", "接入数量"),
        fact("公有云工业设备连接数量（台/套）", n0(S["pub_total"]), "台/套", S["pub_total"], a2, 1, n0(S["pub_total"]),
             "合计", "其中：公有云接入"),
        fact("公有云工业设备平均日运行数量（台/套）", n0(S["run_total"]), "台/套", S["run_total"], a2, 1, n0(S["run_total"]),
             "合计", "公有云日均运行"),
        fact("海外设备连接数量（台/套）", str(S["ovs_total"]), "台/套", S["ovs_total"], a2, 2, f"海外小计 {S['ovs_total']}",
             "海外小计", "接入数量"),
    ]

    # ---- 3-3 扫描件 screenshots
    a3 = EV + "3-3 扫描件.pdf"
    arts.append(Artifact(a3, "evidence:screenshot", "scan", doc=screens_doc(S), seed=1133))
    facts += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(S["dev_total"]), "台/套", S["dev_total"], a3, 1, n0(S["dev_total"]),
             "接入设备总数", image_only=True),
        fact("注册企业用户数（个）", n0(S["reg_ent"]), "家", S["reg_ent"], a3, 1, n0(S["reg_ent"]), "注册企业", image_only=True),
        fact("工业APP数量（个）", str(S["app_total"]), "个", S["app_total"], a3, 1, str(S["app_total"]), "上架工业APP",
             image_only=True),
        fact("工业机理模型数量（个）", str(S["models"]), "个", S["models"], a3, 1, str(S["models"]), "工业机理模型",
             image_only=True),
        fact("微服务数量（个）", str(S["micro"]), "个", S["micro"], a3, 2, str(S["micro"]), "微服务总数", image_only=True),
        fact("开发者注册总数（个）", n0(S["devs"]), "人", S["devs"], a3, 2, n0(S["devs"]), "注册开发者", image_only=True),
        fact("活跃开发者数（个）", n0(S["devs_active"]), "人", S["devs_active"], a3, 2, n0(S["devs_active"]), "月活跃开发者",
             image_only=True),
    ]

    # ---- 附件3-4 folder: one certificate per file
    for k, c in enumerate(softcr_list(), 1):
        arts.append(Artifact(EV + f"附件3-4/3-4-{k:02d}.pdf", "evidence:patent_list", "scan",
                             doc=softcr_cert_doc(c["no"], c["regno"], c["name"], CO, c["done"], c["pub"]), seed=1140 + k,
                             seals={0: [Seal("中华人民共和国国家版权局", 0.7, 0.8, 0.1)]}, bw=set()))
    # ---- 3-5 扫描件: patent certificates, one per page
    pdoc_blocks = []
    for k, (kind, title, zl, filed, granted) in enumerate(patent_list()):
        if k:
            pdoc_blocks.append(PB())
        d = patent_cert_doc(kind, f"{4876123 + k * 104729}", title, "陈国栋；沈立群；王磊", f"ZL {zl}", filed, CO,
                            "200241 上海市闵行区紫秀路100号", granted, f"CN {115000000 + k * 3412761} {'B' if kind == '发明' else 'U'}")
        pdoc_blocks += d.blocks
    a5 = EV + "3-5 扫描件.pdf"
    arts.append(Artifact(a5, "evidence:patent_list", "scan", doc=Doc(pdoc_blocks, margins=(80, 80, 80, 70)), seed=1150,
                         seals={i: [Seal("国家知识产权局", 0.72, 0.82, 0.09)] for i in range(8)}))

    # ---- 附件3-6 awards list
    a6 = EV + "附件3-6.pdf"
    arts.append(Artifact(a6, "evidence:award_list", "pdf", doc=awards_doc()))
    facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", "5", "项", 5, a6, 1, "合计：5项", "合计"))

    # ---- 附件3-7 smart factories (stamped scan)
    a7 = EV + "附件3-7.pdf"
    arts.append(Artifact(a7, "evidence:other", "scan", doc=smart_doc(S), seed=1170, seals={0: [Seal(CO, 0.7, 0.78)]}))
    facts.append(fact("平台是否服务上海智能工厂，数量", "3", "家", 3, a7, 1, "共服务上海市级智能工厂3家", image_only=True))

    # ---- 附件3-8 enterprise statistics (xlsx)
    a8 = EV + "附件3-8.xlsx"
    arts.append(Artifact(a8, "evidence:other", "xlsx", writer=ent_writer(S)))
    facts += [
        fact("注册企业用户数（个）", str(S["reg_ent"]), "家", S["reg_ent"], a8, 1, str(S["reg_ent"]), "注册企业用户数"),
        fact("实际服务企业数（个）", str(S["served"]), "家", S["served"], a8, 1, str(S["served"]), "实际服务企业数"),
        fact("付费企业数（个）", str(S["paid_ent"]), "家", S["paid_ent"], a8, 1, str(S["paid_ent"]), "付费企业数"),
        fact("服务中小企业数量（个）", str(S["sme_ent"]), "家", S["sme_ent"], a8, 1, str(S["sme_ent"]), "服务中小企业数"),
        fact("服务本市企业数量（个）", str(S["local_ent"]), "家", S["local_ent"], a8, 1, str(S["local_ent"]), "服务本市企业数"),
    ]

    return Package(
        pid=PID, list_no=11, listed_name=NAME, company=CO, declared_name=NAME, p2023=True,
        description=("序号11 西派埃数字化环境装备服务平台，干净包：证明材料按附件编号归档（附件3-1…3-8），Excel证明材料目录；"
                     "文件名只有编号，内容需读取识别；软著登记证书12份一证一文件、专利证书8件一页一证（扫描件）；"
                     "申报表列举类指标写“详见附件3-x”；第七章；所有引用均可解析、所有数量一致。"),
        layout=["evidence_dir:附件3 证明材料", "index:xlsx", "naming:annex-number-only", "certificates:one-per-file(12)",
                "patents:one-per-page-scan(8)", "form:docx", "stamped_scan", "proposal:docx", "section7",
                "summary:xlsx", "commitment:scan", "audit:text+platform-statement(万元)", "screenshots:scan",
                "refs:详见附件"],
        artifacts=arts, facts=facts, problems=[], summary=summary_rows(S), secrets=[S["password"]])


# ---------------------------------------------------------------- evidence documents

def index_writer():
    from h77kit import xlsx_save
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    def write(path: Path):
        wb = Workbook()
        ws = wb.active
        ws.title = "证明材料目录"
        ws["A1"] = "附件3 证明材料目录"
        ws["A1"].font = Font(size=14, bold=True)
        ws["A2"] = f"平台名称：{NAME}    申报单位：{CO}"
        heads = ["序号", "附件编号", "材料名称", "对应申报表指标", "页数/份数", "提供形式"]
        rows = [
            (1, "附件3-1", "2023年度审计报告（节选）及平台业务财务数据专项说明", "平台相关营业收入、研发投入、利润率、投资回报率、近三年经营指标", "5页", "PDF"),
            (2, "附件3-2", "平台接入工业设备统计表（截至2024年6月30日）", "2.1.1 工业设备连接/汇聚能力", "2页", "PDF"),
            (3, "附件3-3", "平台运行数据截图", "注册企业、工业APP、机理模型、微服务、开发者、杀手锏APP", "2页", "扫描件"),
            (4, "附件3-4", "计算机软件著作权登记证书（共12份）", "平台核心软硬件技术获得的软著数量", "12份，每份1页", "扫描件，一证一文件"),
            (5, "附件3-5", "专利证书（共8件）", "平台核心软硬件技术获得的专利数量", "8页", "扫描件"),
            (6, "附件3-6", "省部级及以上奖项/荣誉清单", "平台获得省部级及以上奖项/荣誉数量", "1页", "PDF"),
            (7, "附件3-7", "服务上海市级智能工厂情况说明", "平台是否服务上海智能工厂，数量", "1页", "盖章扫描件"),
            (8, "附件3-8", "平台服务企业统计表", "3.1.1 平台应用规模（注册企业、实际服务、付费、本市、中小企业）", "3个工作表", "Excel"),
        ]
        for k, h in enumerate(heads):
            ws.cell(4, 1 + k, h).font = Font(bold=True)
        for r, row in enumerate(rows, start=5):
            for k, val in enumerate(row):
                ws.cell(r, 1 + k, val).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(14, 1, "注：附件按编号单独成文件，附件3-4为文件夹，内含登记证书扫描件12个文件。")
        for col, wd in zip("ABCDEF", (6, 10, 44, 46, 14, 18)):
            ws.column_dimensions[col].width = wd
        xlsx_save(wb, path)

    return write


def audit_doc(S) -> Doc:
    r = S["rev"]
    cost = {2021: 2186.37, 2022: 2579.66, 2023: 3012.84}
    rd = {2021: 602.18, 2022: 731.45, 2023: S["rd"]}
    profit = {2021: 388.92, 2022: 452.61, 2023: S["profit"]}
    firm = "上海众诚会计师事务所（特殊普通合伙）"
    blocks = [Sp(80), P(CO, 18, "C", True), Sp(10), P("2023年度财务报表审计报告（节选）", 20, "C", True), Sp(20),
              P("沪众诚审字（2024）第0417号", 12, "C"), Sp(200), P(firm, 13, "C"), P("二〇二四年三月二十六日", 12, "C"), Sp(40),
              P("本节选包括：审计报告正文（第2页）、2023年度利润表（第3页）、平台业务财务数据专项说明（第4—5页）。", 9.5, "C"),
              PB(),
              P("审计报告", 16, "C", True, after=10), P("沪众诚审字（2024）第0417号", 10.5, "C", after=10),
              P(f"{CO}全体股东：", 10.5),
              P("一、审计意见", 11, bold=True, before=6),
              P(f"我们审计了{CO}（以下简称西派埃公司）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、"
                "所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了"
                "西派埃公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。", 10.5, indent=2, leading=19),
              P("二、形成审计意见的基础", 11, bold=True, before=6),
              P("我们按照中国注册会计师审计准则的规定执行了审计工作。按照中国注册会计师职业道德守则，我们独立于西派埃公司，并履行了"
                "职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。", 10.5, indent=2,
                leading=19),
              Sp(60), P(f"{firm}            中国注册会计师：周伟明  李晓婷", 10.5), P("中国·上海            二〇二四年三月二十六日", 10.5),
              PB(),
              P("利 润 表", 16, "C", True, after=4), P("2023年度", 10.5, "C"),
              P(f"编制单位：{CO}                                               单位：元", 9.5, after=4),
              T([["项目", "本期金额", "上期金额"],
                 ["一、营业收入", "212,846,370.15", "188,410,552.60"],
                 ["减：营业成本", "143,265,018.44", "127,884,306.21"],
                 ["税金及附加", "1,386,205.17", "1,207,441.86"],
                 ["销售费用", "12,418,336.09", "11,026,512.73"],
                 ["管理费用", "15,962,004.58", "14,350,218.40"],
                 ["研发费用", "16,204,883.26", "14,183,075.92"],
                 ["财务费用", "641,290.37", "702,118.55"],
                 ["二、营业利润", "23,501,622.31", "19,824,371.08"],
                 ["加：营业外收入", "412,508.00", "305,000.00"],
                 ["减：营业外支出", "52,622.19", "43,917.26"],
                 ["三、利润总额", "23,861,508.12", "20,085,453.82"],
                 ["减：所得税费用", "3,126,473.40", "2,604,812.39"],
                 ["四、净利润", "20,735,034.72", "17,480,641.43"]],
                [2.4, 1.5, 1.5], size=9.5, aligns=["L", "R", "R"]),
              P("（本页为利润表节选，完整报表及附注见审计报告原件）", 9, "C"),
              PB(),
              P(f"关于{NAME}", 14, "C", True), P("2021—2023年度财务数据的专项说明", 14, "C", True, after=8),
              P("根据《上海市工业互联网平台应用水平评价申报表》填报要求，我公司将与平台相关的收益、成本和费用从公司整体财务数据中单列，"
                "具体数据如下（已经年度审计的财务数据为基础拆分）：", 10.5, indent=2, leading=19),
              P("单位：万元", 9.5, "R"),
              T([["项目", "2021年度", "2022年度", "2023年度"],
                 ["平台相关营业收入", f2c(r[2021]), f2c(r[2022]), f2c(r[2023])],
                 ["平台相关营业成本", f2c(cost[2021]), f2c(cost[2022]), f2c(cost[2023])],
                 ["平台相关研发投入", f2c(rd[2021]), f2c(rd[2022]), f2c(rd[2023])],
                 ["平台利润总额", f2c(profit[2021]), f2c(profit[2022]), f2c(profit[2023])]],
                [2.2, 1.3, 1.3, 1.3], size=10, aligns=["L", "R", "R", "R"]),
              P("注：平台相关营业收入指基于平台直接订阅的服务及通过平台服务取得的收入，包括设备远程运维服务费、工业APP订阅费和"
                "工艺优化技术服务费；不含环保装备硬件销售收入。", 9.5, indent=2, leading=16),
              PB(),
              P("拆分方法说明", 12, bold=True, after=6),
              P("1.收入：按合同台账中“平台服务”类合同逐笔归集，与公司营业收入明细账核对一致；", 10.5, indent=2, leading=19),
              P("2.成本及研发投入：按平台项目工时占比和专用资产折旧归集，研发投入口径与研究与试验发展（R&D）统计口径一致；", 10.5,
                indent=2, leading=19),
              P("3.利润总额：平台相关营业收入减去平台相关营业成本、分摊的期间费用及研发投入后确定。", 10.5, indent=2, leading=19),
              Sp(80), P(f"{CO}（财务部）", 11, "R"), P("2024年7月10日", 11, "R")]
    return Doc(blocks, footer="第 {p} 页")


def device_doc(S) -> Doc:
    cat_examples = {"动力设备": "水泵、鼓风机", "仪器仪表": "在线水质仪表、流量计", "电力设备": "配电柜、变频器",
                    "化工设备": "加药装置、溶药罐", "其他": "污泥脱水机、除臭设备"}
    rows = [["序号", "设备二级分类（附录A）", "典型设备", "接入数量", "其中：公有云接入", "公有云日均运行"]]
    for k, cat in enumerate(S["dev_cat"], 1):
        rows.append([str(k), cat, cat_examples[cat], n0(S["dev_cat"][cat]), n0(S["pub_cat"][cat]), n0(S["run_cat"][cat])])
    rows.append(["", "合计", "", n0(S["dev_total"]), n0(S["pub_total"]), n0(S["run_total"])])
    b1 = [P(f"{NAME}接入工业设备统计表", 15, "C", True, after=4),
          P("统计截止日：2024年6月30日                      单位：台/套", 10, "C", after=8),
          P("表1 按设备二级分类统计", 11, bold=True, after=4),
          T(rows, [0.5, 1.6, 1.8, 1.0, 1.2, 1.2], size=9.5, aligns=["C", "L", "L", "R", "R", "R"], bold_rows=(len(rows) - 1,)),
          P("说明：公有云日均运行数量为2023年7月1日至2024年6月30日每日上传实时运行数据的设备数的日平均值。", 9, indent=2, leading=15),
          PB(), P("表2 按设备所属企业注册地统计", 11, bold=True, after=4)]
    rows2 = [["序号", "区域", "接入数量", "其中：公有云接入", "公有云日均运行"]]
    k = 0
    for reg, v in S["dev_reg"].items():
        if reg in S["ovs_cty"]:
            continue
        k += 1
        rows2.append([str(k), reg, n0(v), n0(S["pub_reg"][reg]), n0(S["run_reg"][reg])])
    for reg in S["ovs_cty"]:
        k += 1
        rows2.append([str(k), reg, n0(S["dev_reg"][reg]), n0(S["pub_reg"][reg]), n0(S["run_reg"][reg])])
    rows2.append(["", "海外小计", str(S["ovs_total"]), str(S["pub_ovs"]), str(S["run_ovs"])])
    rows2.append(["", "合计", n0(S["dev_total"]), n0(S["pub_total"]), n0(S["run_total"])])
    b1 += [T(rows2, [0.5, 2.0, 1.2, 1.3, 1.3], size=9.5, aligns=["C", "L", "R", "R", "R"], bold_rows=(len(rows2) - 2, len(rows2) - 1)),
           P("说明：区域按附录F口径统计，宁波为计划单列市单独列示（不含于浙江）；海外地区按国家名称中文+英文列示。", 9, indent=2,
             leading=15),
           Sp(30), P("数据来源：平台设备管理中心（导出时间2024-07-02）", 9.5, "R"), P(f"{CO}  平台运营部", 9.5, "R")]
    return Doc(b1, footer="第 {p} 页 共 {n} 页")


def killer_apps(S):
    names = ["曝气智能控制", "设备健康诊断", "加药优化", "能耗分析", "运维工单"]
    dau = split(S["killer_dau"], [(n, w) for n, w in zip(names, (31, 24, 19, 15, 11))])
    return names, dau


MODELS = [("曝气量优化控制模型", "行业机理模型", "按进水负荷与溶解氧计算最优供气量"),
          ("加药量预测模型", "数据算法模型", "基于水质预测药剂投加量"),
          ("泵组故障诊断模型", "数据算法模型", "振动与电流特征识别泵组故障"),
          ("风机能效评估模型", "行业机理模型", "鼓风机效率与能耗评估"),
          ("污泥脱水工艺模型", "行业机理模型", "脱水机加药与转速参数寻优"),
          ("出水水质预测模型", "数据算法模型", "预测COD、氨氮等出水指标"),
          ("设备剩余寿命模型", "数据算法模型", "关键设备剩余使用寿命估计"),
          ("水厂运维工单流程模型", "业务流程模型", "告警—派工—闭环流程逻辑"),
          ("生化池仿真模型", "研发仿真模型", "活性污泥工艺过程仿真"),
          ("吨水能耗对标模型", "业务流程模型", "能耗指标对标与排名")]
INDICES = [("水厂能效指数", "样本水厂吨水电耗相对基准值", "96.8"), ("曝气效率指数", "单位供气量污染物去除量指数", "103.2"),
           ("设备健康指数", "接入设备健康评分加权平均", "87.5"), ("药耗指数", "样本水厂吨水药耗相对基准值", "94.1")]

KILLER_INTRO = {"曝气智能控制": "根据进水负荷与溶解氧实时优化鼓风机风量", "设备健康诊断": "泵、风机振动温度监测与故障预警",
                "加药优化": "按水质预测结果给出加药量建议", "能耗分析": "吨水电耗统计、对标与节能建议",
                "运维工单": "告警自动转工单、派工与闭环管理"}


def screens_doc(S) -> Doc:
    names, dau = killer_apps(S)
    table = [["排名", "应用名称", "日均在线用户"]] + [[str(k), n, str(dau[n])] for k, n in enumerate(names, 1)]
    return Doc([
        P("附件3-3 平台运行数据截图", 13, "C", True, after=6),
        P("图1 运营驾驶舱首页（截图时间：2024-07-05 09:41）", 10.5, "C"),
        screen_img("西派埃环境装备云 · 运营驾驶舱", [("接入设备总数", n0(S["dev_total"]), "台(套)"),
                                            ("注册企业", n0(S["reg_ent"]), "家"), ("上架工业APP", str(S["app_total"]), "个"),
                                            ("工业机理模型", str(S["models"]), "个")], stamp="2024-07-05 09:41", seed=11),
        P("说明：接入设备总数含公有云、私有云接入设备；注册企业为平台注册企业账户数。", 9.5, indent=2),
        PB(),
        P("图2 开发者中心与微服务治理（截图时间：2024-07-05 09:46）", 10.5, "C"),
        screen_img("开发者中心 · 微服务治理", [("微服务总数", str(S["micro"]), "个"),
                                        ("近7日调用≥5次", str(S["micro_active"]), "个"),
                                        ("注册开发者", n0(S["devs"]), "人"), ("月活跃开发者", n0(S["devs_active"]), "人")],
                   table=table, stamp="2024-07-05 09:46", seed=12, theme="light"),
        P("右侧为杀手锏APP排名（按订阅用户数前5名）及近一年日均在线用户数。", 9.5, indent=2),
    ])


def awards_doc() -> Doc:
    rows = [["序号", "奖项/荣誉名称", "颁发单位", "获奖时间"],
            ["1", "2021年工业互联网试点示范项目（平台集成创新应用方向）", "工业和信息化部", "2021年12月"],
            ["2", "上海市工业互联网标杆平台", "上海市经济和信息化委员会", "2022年6月"],
            ["3", "上海市科学技术奖（科技进步类）三等奖", "上海市人民政府", "2022年5月"],
            ["4", "上海市“专精特新”中小企业", "上海市经济和信息化委员会", "2022年9月"],
            ["5", "环保装备制造业规范条件企业（第三批）", "工业和信息化部", "2023年3月"]]
    return Doc([P("附件3-6", 10.5), P("省部级及以上奖项/荣誉清单", 16, "C", True, after=10),
                T(rows, [0.5, 3.2, 1.8, 1.0], size=10, aligns=["C", "L", "L", "C"]),
                P("合计：5项", 11, "R", True), Sp(12),
                P("注：各奖项/荣誉证书原件可于现场核查时提供。", 9.5)], footer="第 {p} 页")


def smart_doc(S) -> Doc:
    rows = [["序号", "智能工厂名称", "单位", "地址", "本平台服务内容", "成效"],
            ["1", "高端原料药智能工厂", "上海某药业有限公司", "上海市奉贤区", "废水处理设施远程运维、加药优化", "运维成本下降约15%"],
            ["2", "精细化工智能工厂", "上海某化学工业有限公司", "上海市金山区", "污水站设备健康管理", "非计划停机减少约40%"],
            ["3", "乳制品智能工厂", "上海某乳品有限公司", "上海市松江区", "污水站能耗优化与碳排放监测", "吨水电耗下降约12%"]]
    return Doc([P(f"{CO}", 12, "C"), P("关于本平台服务上海市级智能工厂情况的说明", 15, "C", True, after=12),
                P("上海市经济和信息化委员会：", 11),
                P(f"截至2024年6月30日，{NAME}共服务上海市级智能工厂3家，具体情况如下：", 11, indent=2, leading=21),
                T(rows, [0.4, 1.4, 1.5, 1.0, 1.7, 1.3], size=9),
                P("特此说明。", 11, indent=2, before=6), Sp(70), P(f"{CO}（盖章）", 11, "R"), P("2024年7月12日", 11, "R")])


def ent_writer(S):
    from h77kit import xlsx_save
    from openpyxl import Workbook
    from openpyxl.styles import Font

    def write(path: Path):
        wb = Workbook()
        ws = wb.active
        ws.title = "汇总"
        ws["A1"] = "平台服务企业统计表（截至2024年6月30日）"
        ws["A1"].font = Font(bold=True, size=13)
        ws.append([])
        ws.append(["指标", "数量（家）", "统计口径"])
        for row in (("注册企业用户数", S["reg_ent"], "平台注册企业账户，已剔除配套商及测试账户"),
                    ("实际服务企业数", S["served"], "使用平台产品或解决方案（含免费应用）的企业，累计到达值"),
                    ("付费企业数", S["paid_ent"], "使用平台付费服务的企业"),
                    ("服务本市企业数", S["local_ent"], "注册地在上海市的实际服务企业"),
                    ("服务中小企业数", S["sme_ent"], "按《中小企业划型标准规定》认定")):
            ws.append(list(row))
        ws.column_dimensions["A"].width = 20
        ws.column_dimensions["C"].width = 52
        w2 = wb.create_sheet("按行业")
        w2.append(["行业（附录C）", "实际服务企业数（家）"])
        for k, v in S["served_ind"].items():
            w2.append([k, v])
        w2.append(["合计", S["served"]])
        w3 = wb.create_sheet("按区域")
        w3.append(["区域（附录F）", "实际服务企业数（家）"])
        for k, v in S["served_reg"].items():
            w3.append([k, v])
        w3.append(["合计", S["served"]])
        xlsx_save(wb, path)

    return write
