"""h77_huaxing_problems — 附件6 序号15, 上海华兴数字科技有限公司, 2023参评=-. Three problems.

Files named only by number (附件1.docx, 附件2.docx, 附件4.xlsx, 附件5.pdf); the evidence is one compiled
28-page PDF whose first two pages are the 证明材料目录 (annex → page ranges) and the indicator map; the
certificates inside it are scanned pages. A stamped 补充材料1.pdf is in the package but in no index.
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
    patent_cert_doc,
    proposal_docx_writer,
    screen_img,
    softcr_cert_doc,
    summary_rows,
    summary_writer,
    wan,
)
from h77kit import PB, Doc, P, Seal, Sp, T

PID = "h77_huaxing_problems"
CO = "上海华兴数字科技有限公司"
NAME = "华兴数字易维讯工程机械工业互联网平台"
FORM = "附件2.docx"
BOOK = "附件3 证明材料汇编.pdf"
SUPP = "补充材料1.pdf"
DECLARED_DEV = 18650
DECLARED_PATENTS = 11

# platform statement in 元 (the 汇编 p5)
REV_YUAN = {2021: "48,621,506.44", 2022: "54,770,318.90", 2023: "60,812,437.26"}
RD_YUAN = "9,124,860.35"
PROFIT_YUAN = "7,406,512.80"
TRADE = (8426.50, 9636.55)


def spec() -> dict:
    S = dict(
        list_no=15, company=CO, declared_name=NAME, listed_name=NAME, p2023=False, nature="行业型工业互联网平台",
        contact=("韩志远", "工业互联网事业部经理", "13917358206", "hanzy@huaxing-digital.example.com"),
        contact2=("吴倩", "市场专员", "13818064527", "wuq@huaxing-digital.example.com"),
        address="上海市宝山区富联路1188号华兴产业园2号楼6楼会议中心",
        url="https://ewx.huaxing-digital.example.com", account="pingshen01", password="Hx!Ewx2024",
        period="2019.09-2023.12", period_text="2019年9月至2023年12月", build_amount=6350.00,
        rev={y: wan(v) for y, v in REV_YUAN.items()}, g2021=11.82,
        build_mode="合作共建，上海智擎工程机械研究院有限公司",
        build_mode_form="□自建  ■合作共建，合作企业名称（必填）：上海智擎工程机械研究院有限公司",
        op_mode="自运营", op_mode_form="■自运营  □联合运营  □委托运营",
        iaas="■自建  □租用", deploy="边缘侧、私有云、公有云",
        deploy_form="■边缘侧  ■私有云  ■公有云  □混合云  □其他部署方式",
        team=142, ops=86, qualified=97, rd=wan(RD_YUAN), profit=wan(PROFIT_YUAN),
        dev_total=16850, pub_total=12480, run_total=8975, ovs_total=420, pub_ovs=318, run_ovs=226,
        ovs_w=[("印度尼西亚Indonesia", 176), ("越南Vietnam", 132), ("马来西亚Malaysia", 112)],
        cat_w=[("工程机械", 71), ("动力设备", 14), ("物流设备", 9), ("其他", 6)],
        reg_w=[("上海", 12), ("江苏", 21), ("浙江", 12), ("山东", 14), ("河南", 9), ("湖南", 8), ("四川", 7), ("广东", 8),
               ("安徽", 9)],
        protocols=96, sw_total=208, app_total=176, app_native=118, app_mau=139, killer_n=5, killer_dau=2431,
        killer_daily=26840, killer_rev=36.72, pubapp_total=158, pubapp_dau=74,
        appcat_w=[("运维服务", 38), ("安全生产", 14), ("运营管理", 16), ("供应链管理", 12), ("仓储物流", 8), ("生产制造", 8),
                  ("质量管控", 4)],
        appind_w=[("机械", 62), ("建筑业", 18), ("采矿", 12), ("建材", 8)],
        cloud_used=98.00, cloud_pub=86, storage_cap=480.00, storage_data=302.40, pub_data=268.15,
        models=156, models_active=92, model_users=744,
        model_w=[("数据算法模型", 44), ("研发仿真模型", 8), ("行业机理模型", 36), ("业务流程模型", 12)],
        speed="秒级（每TB设备工况数据分析约5秒）", speed_level="秒级",
        micro=538, micro_active=302, devs=3120, devs_active=846,
        reg_ent=2036, served=1578, paid_ent=512, sme_ent=1264,
        srvind_w=[("建筑业", 38), ("机械", 24), ("采矿", 14), ("建材", 12), ("其他", 12)],
        srvreg_w=[("上海", 14), ("江苏", 20), ("浙江", 12), ("山东", 15), ("河南", 10), ("湖南", 8), ("四川", 8), ("广东", 7),
                  ("安徽", 6)],
        orders=(6284, 6617), trade_growth=growth(*TRADE), sub_total=4820, killer_sub=2650, sub_amount=1268.90,
        dev_util=68.42, localization=88.00, smart_factory=1, parks=4, solutions=20,
        sol_w=[("服务化延伸", 8), ("数字化管理", 6), ("网络化协同", 4), ("智能化制造", 2)],
        listed_vc_bool=False, om_drop=18.64, energy_drop=8.96, safety_up=15.42,
        case_off=((1.12, -0.86), (-0.74, 0.58), (0.93, -1.31)),
        indices=2, patents=DECLARED_PATENTS, softcr=8, awards=4, jobs=165, social=19.86, partners=5,
        open_data="以API接口和指数报告形式开放：开放设备工况API接口58个、工程机械开工指数月报1类、区域施工活跃度数据集3个",
        numfmt=n0,
    )
    derive(S)
    S["ev"] = {"dev_total": S["dev_total"], "patents": 9}
    S["dev_total"] = DECLARED_DEV  # planted: the evidence table's 合计 is 16,850; breakdowns still sum to 16,850
    S["co"] = dict(code="91310113MA1K4R7N2D", founded="2015年3月", reg_addr="上海市宝山区富联路1188号（宝山区）",
                   type="有限责任公司", capital="10,000万元", legal="华建平",
                   business="工程机械物联网终端、设备远程运维与数字化服务",
                   equity="上海华兴工程机械集团有限公司出资10,000万元，持股100%",
                   assets="58,920.63", income="24,615.08", income_growth="9.84", debt="52.17", profit="2,108.37",
                   tax="1,326.55")
    S["texts"] = texts(S)
    S["proof"] = {
        "_default": "无单独证明材料，可现场核查", "team": "人员花名册（现场核查）", "rd": "附件3汇编第5页", "revenue": "附件3汇编第5页",
        "paid_ratio": "附件3汇编第28页", "dev": "附件3汇编第6页", "dev_reg": "附件3汇编第7页", "app_total": "附件3汇编第8页", "app": "应用商店后台统计，可现场演示", "killer_other": "应用商店后台统计", "models_total": "附件3汇编第8页", "models": "模型中心后台统计，可现场演示",
        "killer": "附件3汇编第9页", "micro": "附件3汇编第9页", "devs": "附件3汇编第9页",
        "ent": "附件3汇编第28页", "softcr": "附件3汇编第10—17页", "patents": "附件3汇编第18—26页", "awards": "附件3汇编第27页",
        "cloud": "平台运维后台，可现场演示", "orders": "订单系统统计（另附补充说明）", "sub": "应用商店后台统计",
        "cases": "申报书第五章",
    }
    return S


def texts(S):
    om, en, sf = S["om_drop"], S["energy_drop"], S["safety_up"]
    return dict(
        position="面向工程机械行业的设备远程运维与后市场服务平台，服务主机厂、代理商和施工企业。",
        policy=("1.工信部《工业互联网创新发展行动计划（2021-2023年）》：推动装备行业平台建设与应用。\n"
                "2.《“十四五”智能制造发展规划》：发展远程运维等服务型制造新模式。\n"
                "3.工程机械行业：存量设备规模大，后市场服务数字化、设备全生命周期管理需求增长。"),
        strategy="是，纳入《华兴集团数字化转型规划（2022—2025年）》",
        plan="是，制定《易维讯平台发展专项规划（2023—2025年）》",
        other_res="平台汇聚维修服务网点320个、认证维修技师2,400名、配件供应商180家，形成工程机械后市场服务资源网络。",
        edge="支持数据采集、边缘存储、网络传输和故障预警等功能；边缘计算应用节点数1,260个；最低响应时延30毫秒。",
        other_collect="支持从主机厂DMS、代理商服务系统和配件ERP采集工单、配件和客户数据，提供标准API和批量导入。",
        compute="自建私有云服务器12台，公有云服务器86台（合计1,280核vCPU），支持弹性扩容。",
        data_mgmt="建立设备编码、故障代码和工况指标数据标准，实施数据质量监控与异常数据清洗，定期开展数据质量评估。",
        algo_types="基础算法（统计、排序）、聚类算法、分类算法（故障分类）、预测与估算算法（剩余寿命预测）、关联分析算法",
        langs="共5种：Java、Python、Go、JavaScript、C++",
        framework="基于Spring Cloud Alibaba构建微服务框架，前端采用Vue，提供设备物模型、工单流程引擎和组件化应用模板。",
        tools="提供低代码表单设计器、流程设计器、数据可视化工具、API管理工具和移动端应用打包工具。",
        sec_rules="是，《网络与信息安全管理制度》（HX-SEC-01，2020年6月）、《数据安全管理办法》（HX-SEC-05，2022年4月）、《安全事件应急预案》（HX-SEC-08，2022年11月）",
        sec_aspects="1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全。",
        sec_test="是，每年一次（委托第三方开展等级保护测评）",
        sec_scan="是，每月一次",
        sec_tech="采用防火墙、入侵检测、网络隔离、终端双向认证、传输加密、数据库审计和统一身份认证等技术。",
        data_protect="核心数据每日备份，每周离线备份；数据库双机热备；在异地机房建设灾备系统。",
        listed_vc="否",
        key_tech="车载物联网终端、工况数据采集协议栈、故障诊断模型和平台核心组件均为自主研发，自主可控。",
        benefit="基于3个案例：用户设备出勤率平均提升12%，故障平均修复时长缩短35%，带动代理商后市场收入平均增长18%。",
        cost=f"基于3个案例：设备运维成本平均下降{f2(om)}%，设备能耗平均下降{f2(en)}%。",
        data_value="基于设备工况大数据构建开工指数、故障知识图谱和剩余寿命预测模型，沉淀维修经验并推送至服务网点复用。",
        supply_chain="平台连接主机厂、代理商、配件供应商180家，依据设备工况预测配件需求，实现配件备货协同，配件缺货率下降约30%，订单交付周期缩短约4天。",
        newtech="有。融合5G、边缘计算和AI：在终端侧部署故障预警模型，应用AI图像识别辅助维修诊断，并探索数字孪生设备远程指导维修。",
        core_break="是，自研工程机械多协议车载终端和故障预测模型，故障预警准确率达到90%以上，达到国内同类产品先进水平。",
        carbon="是，提供设备油耗与碳排放监测服务，为施工企业提供设备碳排放月报。",
        idres="是，接入国家工业互联网标识解析二级节点（工程机械行业），为整机及关键零部件赋码。",
        standards="参与制定行业标准1项（《工程机械远程监控终端技术条件》，报批中）。",
        awards="共4项，荣誉清单见附件3汇编第27页",
        smart_factory="是，1家（上海某工程机械智能工厂，平台提供设备远程运维与配件协同服务）",
        contribution=f"平台服务本市施工与装备企业{S['local_ent'] // 10 * 10}余家，支撑重大工程设备保障；面向全国工程机械后市场提供远程运维服务。",
        open_mech="是。平台向代理商、服务网点和配件供应商开放工单、配件需求和设备工况数据，按角色授权访问。",
        cross="平台与主机厂DMS、施工企业项目管理平台等5个平台实现接口对接与数据互通。",
        new_industry="有。培育工程机械“按小时计费”“设备租赁+远程运维”等服务型制造新模式。",
        killer_ref="（排名、名称、简介、订阅数量及日活用户数量见申报书表2）",
        model_ref="（核心工业模型排名、名称、简介及调用用户数量见申报书表3）",
        indices_ref="（工程机械开工指数、区域施工活跃度指数，简介及2023年数值见申报书表4）",
        patent_ref="（证书见附件3汇编第18—26页）",
        softcr_ref="（证书见附件3汇编第10—17页）",
        intro=("华兴数字易维讯工程机械工业互联网平台由上海华兴数字科技有限公司与上海智擎工程机械研究院有限公司合作共建，面向工程机械"
               "行业提供设备接入、远程监控、故障诊断、配件协同和后市场服务。平台连接挖掘机、起重机、混凝土机械等设备，服务主机厂、"
               "代理商和施工企业。"),
        effect=(f"平台解决了工程机械分布广、故障响应慢、配件备货难等问题。用户设备运维成本平均下降{f2(om)}%，能耗平均下降{f2(en)}%，"
                f"安全生产持续时间平均提升{f2(sf)}%，推动工程机械后市场服务数字化。"),
    )


def proposal_x(S) -> dict:
    c1, c2, c3 = (list(x) for x in zip(S["cases_om"], S["cases_en"], S["cases_sf"]))
    return dict(
        company_intro=f"{CO}成立于2015年，是上海华兴工程机械集团有限公司全资子公司，主营工程机械物联网终端及数字化服务。",
        company_core="公司拥有平台团队142人，具备终端研发、平台开发和后市场服务运营能力，与上海智擎工程机械研究院有限公司合作共建平台。",
        basic=(f"平台名称为“{NAME}”，建设时间为2019年9月至2023年12月，采用合作共建方式，累计投入{f2c(S['build_amount'])}万元，"
               "由我公司自运营，定位于工程机械设备远程运维与后市场服务。"),
        arch="平台由终端层、边缘层、私有云与公有云资源层、PaaS层和SaaS层组成。",
        modules=MODULES_COMMON + [["SaaS层", "远程监控", "设备位置、工况、油耗与开工状态监控"], ["SaaS层", "服务工单", "故障报修、派工、维修过程与回访管理"], ["SaaS层", "配件协同", "配件需求预测、备货协同与配件商城"]],
        advanced="平台自研多协议车载终端，兼容主流主机厂控制器协议，并以故障预测模型支撑主动服务。",
        operation=("平台近三年经营数据详见附件3汇编第5页；设备接入情况详见附件3汇编第6—7页；注册企业、APP、模型等数据截图详见"
                   "第8—9页；知识产权证书详见第10—26页；荣誉清单详见第27页；服务企业统计详见第28页。"),
        op_tables=core_tables(S, [("远程监控", 720, "设备位置、工况与开工状态监控"), ("故障诊断", 583, "故障代码解析与诊断建议"), ("服务工单", 486, "报修、派工与维修过程管理"), ("配件商城", 371, "配件在线选购与备货协同"), ("开工指数", 271, "区域设备开工率分析")], [("挖掘机故障预测模型", "数据算法模型", "基于工况预测液压与发动机故障"), ("剩余寿命预测模型", "数据算法模型", "关键部件剩余寿命估计"), ("开工状态识别模型", "数据算法模型", "识别设备作业与怠速状态"), ("油耗分析模型", "行业机理模型", "作业油耗与工况关联分析"), ("起重机力矩模型", "行业机理模型", "力矩限制计算"), ("配件需求预测模型", "数据算法模型", "易损件需求预测"), ("服务工单流程模型", "业务流程模型", "报修—派工—回访流程"), ("泵车臂架仿真模型", "研发仿真模型", "臂架姿态与受力仿真"), ("保养周期模型", "行业机理模型", "按工时计算保养周期"), ("区域施工活跃度模型", "数据算法模型", "区域开工强度统计")], [("工程机械开工指数", "样本设备月度开工小时指数", "108.6"), ("区域施工活跃度指数", "分区域设备作业强度指数", "97.3")]),
        bench=[["1.2.1 创新投入情况", f"研发投入{f2c(S['rd'])}万元", "同行业平台（某工程机械物联网平台）研发投入数量级：千万元"],
               ["2.1.2 工业软件/APP", f"工业APP {S['app_total']}个", "同行业平台约百个"],
               ["3.1.1 平台应用规模", f"注册企业{n0(S['reg_ent'])}家", "同行业平台千家量级"]],
        innovation="一是自研多协议车载终端；二是故障预测与剩余寿命模型；三是开工指数等特色指数；四是配件需求预测协同。",
        effects="平台帮助施工企业提高设备出勤率，帮助代理商提升后市场服务收入，服务企业分布详见附件3汇编第28页。",
        app_innovation="以设备数据驱动“按小时计费”等服务型制造新模式。",
        plan="下一步将接入更多品牌设备，拓展海外服务网络，深化与主机厂平台的数据互通。",
        cases=[
            dict(title=f"{NAME}——挖掘机远程运维", company="某工程机械代理商，服务设备约3,000台。", platform="平台提供远程监控与故障预警。",
                 detail="项目为代理商名下设备加装车载终端，平台实时监测发动机、液压系统工况，故障预警推送至最近服务网点，技师携带预测所需配件上门维修。",
                 content=f"设备运维成本下降{f2(c1[0])}%，能耗下降{f2(c1[1])}%，安全生产持续时间提升{f2(c1[2])}%。"),
            dict(title=f"{NAME}——起重机安全监测", company="某建筑施工企业。", platform="平台提供起重机工况与安全监测。",
                 detail="项目对施工现场起重机加装力矩、风速监测装置，超限自动告警并记录，支撑安全管理和设备调度。",
                 content=f"设备运维成本下降{f2(c2[0])}%，能耗下降{f2(c2[1])}%，安全生产持续时间提升{f2(c2[2])}%。"),
            dict(title=f"{NAME}——混凝土机械配件协同", company="某混凝土机械用户企业。", platform="平台提供配件需求预测与协同。",
                 detail="项目根据泵车臂架和液压系统工况预测易损件更换周期，配件提前备货至用户所在城市的服务网点。",
                 content=f"设备运维成本下降{f2(c3[0])}%，能耗下降{f2(c3[1])}%，安全生产持续时间提升{f2(c3[2])}%。"),
        ],
        annex_intro="证明材料汇编为一个PDF文件（附件3 证明材料汇编），其第1—2页为目录及指标对应表。附件清单及页码如下：",
        annex_rows=[["附件3-1", "2023年度审计报告（节选）及平台业务收支明细表", "汇编第3—5页"],
                    ["附件3-2", "平台接入设备统计表", "汇编第6—7页"],
                    ["附件3-3", "平台运行截图", "汇编第8—9页"],
                    ["附件3-4", "计算机软件著作权登记证书", "汇编第10—17页"],
                    ["附件3-5", "专利证书", "汇编第18—26页"],
                    ["附件3-6", "省部级及以上荣誉清单", "汇编第27页"],
                    ["附件3-7", "平台服务企业统计", "汇编第28页"]],
    )


def softcrs():
    names = ["易维讯设备远程监控系统V3.2", "易维讯故障诊断专家系统V2.0", "易维讯配件协同管理系统V1.5", "易维讯服务工单系统V2.4",
             "工程机械车载终端嵌入式软件V5.1", "易维讯开工指数分析系统V1.0", "易维讯移动服务APP软件V3.0",
             "工程机械剩余寿命预测软件V1.1"]
    return [dict(no=str(8012377 + k * 203611), regno=f"{2020 + k // 3}SR{3045678 + k * 73519:07d}", name=nm,
                 done=f"{2020 + k // 3}-{k + 2:02d}-{(k * 5) % 20 + 6:02d}", pub=f"{2020 + k // 3}-{k + 3:02d}-{(k * 3) % 20 + 8:02d}")
            for k, nm in enumerate(names)]


def patents():
    return [("发明", "一种工程机械故障预测方法", "2020 1 0912436.7", "2020-09-15", "2022-06-24"),
            ("发明", "一种基于工况数据的挖掘机开工状态识别方法", "2021 1 0356281.4", "2021-04-01", "2023-03-10"),
            ("发明", "一种工程机械剩余寿命预测方法及系统", "2021 1 1204573.9", "2021-10-11", "2023-08-29"),
            ("实用新型", "一种多协议工程机械车载终端", "2020 2 2817635.0", "2020-12-02", "2021-08-17"),
            ("实用新型", "一种起重机力矩监测装置", "2021 2 1562407.6", "2021-07-09", "2022-01-25"),
            ("实用新型", "一种终端防拆卸报警结构", "2021 2 2975318.1", "2021-11-22", "2022-05-31"),
            ("实用新型", "一种混凝土泵车臂架姿态监测装置", "2022 2 0683524.5", "2022-03-25", "2022-08-16"),
            ("发明", "一种配件需求预测方法", "2022 1 0461275.3", "2022-04-28", "2024-02-06"),
            ("实用新型", "一种车载终端散热外壳", "2022 2 2761049.8", "2022-10-19", "2023-03-14")]


def book_doc(S, E) -> tuple[Doc, set, dict]:
    """The 28-page 证明材料汇编: returns the doc, the 0-based scanned pages and the seals."""
    toc = [["序号", "附件编号", "材料名称", "页码"],
           ["1", "附件3-1", "2023年度审计报告（节选）及平台业务收支明细表", "第3—5页"],
           ["2", "附件3-2", "平台接入设备统计表（截至2024年6月30日）", "第6—7页"],
           ["3", "附件3-3", "平台运行截图", "第8—9页"],
           ["4", "附件3-4", "计算机软件著作权登记证书", "第10—17页"],
           ["5", "附件3-5", "专利证书（发明专利、实用新型专利）", "第18—26页"],
           ["6", "附件3-6", "省部级及以上荣誉清单", "第27页"],
           ["7", "附件3-7", "平台服务企业统计", "第28页"]]
    mapping = [["申报表指标", "证明材料", "页码"],
               ["平台相关营业收入、研发投入、利润率、投资回报率、近三年营收", "附件3-1", "第5页"],
               ["连接的工业设备数量、公有云设备、日均运行设备", "附件3-2", "第6页"],
               ["按省市区域统计设备、海外设备", "附件3-2", "第7页"],
               ["注册企业用户数、工业APP数量、工业机理模型数量", "附件3-3", "第8页"],
               ["微服务数量、开发者注册总数、杀手锏APP", "附件3-3", "第9页"],
               ["平台核心软硬件技术获得的软著数量", "附件3-4", "第10—17页"],
               ["平台核心软硬件技术获得的专利数量", "附件3-5", "第18—26页"],
               ["平台获得省部级及以上奖项/荣誉数量", "附件3-6", "第27页"],
               ["实际服务企业数、付费企业数、服务本市企业、服务中小企业", "附件3-7", "第28页"]]
    b = [P(f"{NAME}", 12, "C"), P("证明材料汇编", 20, "C", True, after=4), P("目  录", 15, "C", True, before=10, after=8),
         T(toc, [0.5, 0.9, 3.6, 1.0], size=10, aligns=["C", "C", "L", "C"]),
         P("说明：本汇编页码为PDF文件页码，自目录页起连续编排。", 9.5, indent=2), PB(),
         P("申报表指标与证明材料对应表", 15, "C", True, after=8), T(mapping, [3.6, 1.0, 1.0], size=10, aligns=["L", "C", "C"]), PB()]
    # 3-1 (pages 3-5)
    b += [Sp(120), P("附件3-1", 12, "C"), P(CO, 16, "C", True), P("2023年度审计报告（节选）", 18, "C", True, before=8),
          P("沪信达审字〔2024〕第1152号", 12, "C", before=10), Sp(200), P("上海信达联合会计师事务所（普通合伙）", 13, "C"), PB(),
          P("利润表（节选）", 15, "C", True), P("2023年度    编制单位：上海华兴数字科技有限公司    单位：元", 9.5, "C", after=6),
          T([["项目", "本年金额", "上年金额"],
             ["一、营业收入", "246,150,812.37", "224,135,406.58"], ["减：营业成本", "171,268,405.92", "157,062,318.44"],
             ["研发费用", "18,236,417.65", "16,508,204.81"], ["二、营业利润", "20,913,622.09", "18,426,753.20"],
             ["三、利润总额", "21,083,706.14", "18,603,118.76"], ["四、净利润", "18,206,531.58", "16,042,597.93"]],
            [2.4, 1.5, 1.5], size=10, aligns=["L", "R", "R"]), PB(),
          P("平台业务收支明细表", 15, "C", True), P(f"平台名称：{NAME}        单位：元", 9.5, "C", after=6),
          T([["项目", "2021年度", "2022年度", "2023年度"],
             ["平台营业收入", REV_YUAN[2021], REV_YUAN[2022], REV_YUAN[2023]],
             ["平台营业成本", "36,215,408.19", "40,318,752.06", "43,906,215.47"],
             ["平台研发投入", "7,012,538.46", "8,136,027.55", RD_YUAN],
             ["平台利润总额", "4,986,103.27", "6,027,844.12", PROFIT_YUAN]],
            [1.6, 1.4, 1.4, 1.4], size=10, aligns=["L", "R", "R", "R"]),
          P("注：平台营业收入为基于平台提供的远程运维服务、APP订阅及数据服务收入，不含终端硬件销售收入；经审计机构核对。", 9.5,
            indent=2, leading=16), PB()]
    # 3-2 (pages 6-7)
    rows = [["设备二级分类", "接入数量", "其中：公有云", "公有云日均运行"]]
    for cat in E["dev_cat"]:
        rows.append([cat, n0(E["dev_cat"][cat]), n0(E["pub_cat"][cat]), n0(E["run_cat"][cat])])
    rows.append(["合计", n0(E["dev_total"]), n0(E["pub_total"]), n0(E["run_total"])])
    b += [P("附件3-2", 11), P("平台接入设备统计表（截至2024年6月30日）", 15, "C", True, after=6), P("单位：台/套", 9.5, "R"),
          T(rows, [1.8, 1.2, 1.2, 1.2], size=10, aligns=["L", "R", "R", "R"], bold_rows=(len(rows) - 1,)),
          P("注：工程机械含挖掘机、起重机械、混凝土机械、压实机械等；动力设备为发动机及发电机组。", 9.5, indent=2), PB()]
    rows = [["区域", "接入数量", "其中：公有云", "公有云日均运行"]]
    for reg in E["dev_reg"]:
        rows.append([reg, n0(E["dev_reg"][reg]), n0(E["pub_reg"][reg]), n0(E["run_reg"][reg])])
    rows.append(["海外合计", str(E["ovs_total"]), str(E["pub_ovs"]), str(E["run_ovs"])])
    b += [P("按设备所属企业注册地统计", 13, "C", True, after=6), T(rows, [1.8, 1.2, 1.2, 1.2], size=10, aligns=["L", "R", "R", "R"]),
          PB()]
    # 3-3 (pages 8-9, scanned)
    names = ["远程监控", "故障诊断", "服务工单", "配件商城", "开工指数"]
    dau = [720, 583, 486, 371, 271]
    assert sum(dau) == E["killer_dau"]
    b += [P("附件3-3 平台运行截图", 12, "C", True, after=6),
          screen_img("易维讯 · 设备运营中心", [("注册企业", n0(E["reg_ent"]), "家"), ("实际服务企业", n0(E["served"]), "家"),
                                         ("工业APP", str(E["app_total"]), "个"), ("机理模型", str(E["models"]), "个")],
                     stamp="2024-07-04 14:12", seed=151),
          P("图1 设备运营中心首页", 10, "C"), PB(),
          screen_img("易维讯 · 开发与服务治理", [("微服务", str(E["micro"]), "个"), ("活跃微服务", str(E["micro_active"]), "个"),
                                          ("注册开发者", n0(E["devs"]), "人"), ("活跃开发者", str(E["devs_active"]), "人")],
                     table=[["排名", "杀手锏APP", "日均在线用户"]] + [[str(k), n, str(v)] for k, (n, v) in enumerate(zip(names, dau), 1)],
                     stamp="2024-07-04 14:20", seed=152, theme="light"),
          P("图2 开发者与微服务治理（右侧为杀手锏APP排名）", 10, "C"), PB()]
    scanned = {7, 8}
    seals = {}
    page = 9  # 0-based index of the next page
    for k, c in enumerate(softcrs()):
        b += softcr_cert_doc(c["no"], c["regno"], c["name"], CO, c["done"], c["pub"]).blocks + [PB()]
        scanned.add(page)
        seals[page] = [Seal("中华人民共和国国家版权局", 0.7, 0.8, 0.1)]
        page += 1
    for k, (kind, title, zl, filed, granted) in enumerate(patents()):
        b += patent_cert_doc(kind, f"{6034821 + k * 77213}", title, "韩志远；华建平；赵明", f"ZL {zl}", filed, CO,
                             "201900 上海市宝山区富联路1188号", granted,
                             f"CN {113400000 + k * 2236067} {'B' if kind == '发明' else 'U'}").blocks + [PB()]
        scanned.add(page)
        seals[page] = [Seal("国家知识产权局", 0.72, 0.82, 0.09)]
        page += 1
    # 3-6 (page 27)
    aw = [["序号", "荣誉名称", "颁发单位", "时间"],
          ["1", "2020年工业互联网试点示范项目", "工业和信息化部", "2020年12月"],
          ["2", "上海市工业互联网平台创新应用标杆", "上海市经济和信息化委员会", "2021年7月"],
          ["3", "上海市服务型制造示范平台", "上海市经济和信息化委员会", "2022年8月"],
          ["4", "上海市科技小巨人企业", "上海市科学技术委员会", "2023年6月"]]
    b += [P("附件3-6", 11), P("省部级及以上荣誉清单", 15, "C", True, after=8), T(aw, [0.5, 2.8, 2.0, 1.0], size=10),
          P("共4项", 11, "R", True), PB()]
    # 3-7 (page 28)
    st = [["指标", "数量（家）"], ["注册企业用户数", n0(E["reg_ent"])], ["实际服务企业数", n0(E["served"])],
          ["付费企业数", str(E["paid_ent"])], ["服务本市企业数量", str(E["local_ent"])], ["服务中小企业数量", n0(E["sme_ent"])]]
    b += [P("附件3-7", 11), P("平台服务企业统计（截至2024年6月30日）", 15, "C", True, after=8),
          T(st, [2.5, 1.2], size=10.5, aligns=["L", "R"]),
          P("按行业：" + "、".join(f"{k}{v}家" for k, v in E["served_ind"].items()), 9.5, indent=2, leading=16, before=6),
          P("按区域：" + "、".join(f"{k}{v}家" for k, v in E["served_reg"].items()), 9.5, indent=2, leading=16)]
    return Doc(b, footer="第 {p} 页", title="证明材料汇编"), scanned, seals


def supp_doc(S) -> Doc:
    a, c = TRADE
    return Doc([
        P(CO, 12, "C"), P("关于平台订单数量及交易规模增长情况的补充说明", 15, "C", True, after=12),
        P("上海市经济和信息化委员会：", 11),
        P(f"现就{NAME}订单数量及交易规模有关情况补充说明如下：", 11, indent=2, leading=21),
        T([["项目", "统计期间", "数值"],
           ["平台订单数量", "2023年1月1日—2023年12月31日", f"{n0(S['orders'][0])}个"],
           ["平台订单数量", "2023年7月1日—2024年6月30日", f"{n0(S['orders'][1])}个"],
           ["平台交易额", "2022年度", f"{f2c(a)}万元"],
           ["平台交易额", "2023年度", f"{f2c(c)}万元"],
           ["平台交易规模年增长率", "2023年较2022年", f"{f2(S['trade_growth'])}%"]],
          [1.6, 2.4, 1.4], size=10, aligns=["L", "L", "R"]),
        P("订单数量仅统计基于平台直接订阅的服务（远程运维服务包、APP订阅、数据服务），不含仅信息撮合对接的服务。", 10.5, indent=2,
          leading=20),
        P("特此说明。", 11, indent=2), Sp(60), P(f"{CO}（盖章）", 11, "R"), P("2024年7月15日", 11, "R")])


def make() -> Package:
    S = spec()
    E = evidence_view(S)
    X = proposal_x(S)
    arts: list[Artifact] = []
    facts: list[dict] = []
    arts.append(Artifact("附件1.docx", "联系人表", "docx", writer=contact_writer(S)))
    arts.append(Artifact(FORM, "申报表", "docx", writer=form_docx_writer(S)))
    arts.append(Artifact("附件2 扫描件.pdf", "申报表扫描件", "scan", doc=form_doc(S), seed=1501,
                         seals={0: [Seal(CO, 0.6, 0.56)], -1: [Seal(CO, 0.73, 0.84)]}))
    arts.append(Artifact("附件3.docx", "申报书", "docx", writer=proposal_docx_writer(S, X)))
    doc, scanned, seals = book_doc(S, E)
    arts.append(Artifact(BOOK, "evidence:other", "mixed", doc=doc, scanned=scanned, seals=seals, seed=1530))
    arts.append(Artifact(SUPP, "evidence:other", "scan", doc=supp_doc(S), seed=1540, seals={0: [Seal(CO, 0.7, 0.8)]}))
    arts.append(Artifact("附件4.xlsx", "汇总表", "xlsx", writer=summary_writer(S)))
    arts.append(Artifact("附件5.pdf", "承诺", "scan", doc=commitment_doc(S), seed=1505, seals={0: [Seal(CO, 0.67, 0.62)]}))

    r = E["rev"]
    facts += [
        fact("平台相关营业收入（万元）", REV_YUAN[2023], "元", r[2023], BOOK, 5, REV_YUAN[2023], "平台营业收入", "2023年度"),
        fact("平台近三年经营指标情况", REV_YUAN[2022], "元", r[2022], BOOK, 5, REV_YUAN[2022], "平台营业收入", "2022年度",
             "2022年平台营收（万元）"),
        fact("平台近三年经营指标情况", REV_YUAN[2021], "元", r[2021], BOOK, 5, REV_YUAN[2021], "平台营业收入", "2021年度",
             "2021年平台营收（万元）"),
        fact("平台相关研发投入（万元）", RD_YUAN, "元", S["rd"], BOOK, 5, RD_YUAN, "平台研发投入", "2023年度"),
        fact("平台利润率（%）", PROFIT_YUAN, "元", S["profit"], BOOK, 5, PROFIT_YUAN, "平台利润总额", "2023年度",
             "平台利润总额（万元）"),
        fact("投资回报率（%）", PROFIT_YUAN, "元", S["profit"], BOOK, 5, PROFIT_YUAN, "平台利润总额", "2023年度",
             "平台年利润（万元）"),
        fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(E["dev_total"]), "台/套", E["dev_total"], BOOK, 6,
             n0(E["dev_total"]), "合计", "接入数量"),
        fact("公有云工业设备连接数量（台/套）", n0(E["pub_total"]), "台/套", E["pub_total"], BOOK, 6, n0(E["pub_total"]),
             "合计", "其中：公有云"),
        fact("公有云工业设备平均日运行数量（台/套）", n0(E["run_total"]), "台/套", E["run_total"], BOOK, 6,
             n0(E["run_total"]), "合计", "公有云日均运行"),
        fact("海外设备连接数量（台/套）", str(E["ovs_total"]), "台/套", E["ovs_total"], BOOK, 7, f"海外合计{E['ovs_total']}",
             "海外合计", "接入数量"),
        fact("注册企业用户数（个）", n0(E["reg_ent"]), "家", E["reg_ent"], BOOK, 8, n0(E["reg_ent"]), "注册企业", image_only=True),
        fact("实际服务企业数（个）", n0(E["served"]), "家", E["served"], BOOK, 8, n0(E["served"]), "实际服务企业",
             image_only=True),
        fact("工业APP数量（个）", str(E["app_total"]), "个", E["app_total"], BOOK, 8, str(E["app_total"]), "工业APP",
             image_only=True),
        fact("工业机理模型数量（个）", str(E["models"]), "个", E["models"], BOOK, 8, str(E["models"]), "机理模型", image_only=True),
        fact("微服务数量（个）", str(E["micro"]), "个", E["micro"], BOOK, 9, str(E["micro"]), "微服务", image_only=True),
        fact("开发者注册总数（个）", n0(E["devs"]), "人", E["devs"], BOOK, 9, n0(E["devs"]), "注册开发者", image_only=True),
        fact("平台获得省部级及以上奖项/荣誉数量（个）", "4", "项", 4, BOOK, 27, "共4项", "共4项"),
        fact("实际服务企业数（个）", n0(E["served"]), "家", E["served"], BOOK, 28, n0(E["served"]), "实际服务企业数"),
        fact("付费企业数（个）", str(E["paid_ent"]), "家", E["paid_ent"], BOOK, 28, str(E["paid_ent"]), "付费企业数"),
        fact("服务本市企业数量（个）", str(E["local_ent"]), "家", E["local_ent"], BOOK, 28, str(E["local_ent"]), "服务本市企业数量"),
        fact("服务中小企业数量（个）", n0(E["sme_ent"]), "家", E["sme_ent"], BOOK, 28, n0(E["sme_ent"]), "服务中小企业数量"),
        fact("平台订单数量(近一年总量)（个）", f"{n0(S['orders'][0])}个", "个", S["orders"][0], SUPP, 1,
             f"{n0(S['orders'][0])}个", "平台订单数量", "2023年1月1日—2023年12月31日", "2023年自然年", image_only=True),
        fact("平台订单数量(近一年总量)（个）", f"{n0(S['orders'][1])}个", "个", S["orders"][1], SUPP, 1,
             f"{n0(S['orders'][1])}个", "平台订单数量", "2023年7月1日—2024年6月30日", "截至填表日前一年", image_only=True),
        fact("平台交易规模年增长率（%）", f"{f2(S['trade_growth'])}%", "%", S["trade_growth"], SUPP, 1,
             f"{f2(S['trade_growth'])}%", "平台交易规模年增长率", "2023年较2022年", image_only=True),
    ]
    problems = [
        dict(id=f"{PID}-01-declared_vs_evidence", family="declared_vs_evidence",
             fields=["连接的工业设备/产品/产线种类及数量（台/套）"], files=[FORM, BOOK], severity="error",
             description=(f"申报表填报连接的工业设备数量 {n0(DECLARED_DEV)} 台/套（证明资料“附件3汇编第6页”），证明材料汇编第6页"
                          f"《平台接入设备统计表》合计为 {n0(E['dev_total'])} 台/套，两者不一致")),
        dict(id=f"{PID}-02-breakdown_sum", family="breakdown_sum",
             fields=["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）",
                     "连接的工业设备/产品/产线种类及数量（台/套）"], files=[FORM], severity="error",
             description=(f"按二级分类统计工业设备数量各项之和为 {n0(sum(S['dev_cat'].values()))}，按省市区域统计之和为 "
                          f"{n0(sum(S['dev_reg'].values()))}，均与申报的连接工业设备总数 {n0(DECLARED_DEV)} 台/套不一致")),
        dict(id=f"{PID}-03-count_vs_list", family="count_vs_list", fields=["平台核心软硬件技术获得的专利数量（项）"],
             files=[FORM, BOOK], severity="error",
             description=(f"申报表填报专利数量 {DECLARED_PATENTS} 项（证书见附件3汇编第18—26页），汇编第18—26页为专利证书扫描件"
                          f"共 {E['patents']} 页、每页一证，只有 {E['patents']} 件专利证书，达不到申报数量")),
    ]
    return Package(
        pid=PID, list_no=15, listed_name=NAME, company=CO, declared_name=NAME, p2023=False,
        description=("序号15 华兴数字易维讯平台（2023未参评）：文件只以编号命名（附件1/2/4/5）；证明材料为一个28页汇编PDF，前两页为"
                     "目录（附件编号→页码）及指标对应表，证书页为扫描图像；另有未列入任何目录的补充材料1（订单与交易规模说明，盖章扫描）。"
                     "问题：设备总数与汇编第6页不符、分类/区域之和与总数不符、专利证书9件而申报11项。"),
        layout=["naming:number-only", "evidence:compiled-pdf(28p)", "index:compiled-pdf-first-pages", "mixed:text+scanned-pages",
                "certificates:pages-in-binder(8 软著, 9 专利)", "unlisted:补充材料1", "form:docx", "stamped_scan",
                "proposal:docx", "summary:xlsx", "commitment:scan", "audit:元", "build:合作共建"],
        artifacts=arts, facts=facts, problems=problems, summary=summary_rows(S), secrets=[S["password"]])
