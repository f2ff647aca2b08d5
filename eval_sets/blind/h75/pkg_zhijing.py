"""Package 2 — textiles: 序号19 “飞梭智纺”纺织工业互联网平台 (上海致景信息科技有限公司), 2023参评 “是”.

CLEAN. The applicant's habits: the 申报表 only as XLSX (numbers as numbers) plus a stamped scan; the audit
report scanned, its platform note in 万元 with two header rows and a 其中：上海地区客户 part row; dashboards
printing 万 (4.63万, 1.68万); the 汇总表 gives only the 截至填表日前一年 order figure (the 填报指引 allows
either reading); 申报书 with 近万家 / 超过4.6万台 and last year's figures in 第七章.
"""

from __future__ import annotations

from model import Package
from specs import close_region, derive


def make() -> Package:
    p = Package(
        pid="h75_zhijing_textile_clean",
        list_no=19,
        listed_name="“飞梭智纺”纺织工业互联网平台",
        company="上海致景信息科技有限公司",
        declared_name="“飞梭智纺”纺织工业互联网平台",
        participated_2023=True,
        short="致景科技",
        industry="textiles",
        description=("序号19致景科技“飞梭智纺”纺织平台，干净包：申报表仅XLSX+签章扫描件、审计报告为扫描件（平台附注万元、"
                     "两行表头、含“其中：上海地区客户”）、驾驶舱截图4.63万/1.68万、汇总表订单只填截至填表日前一年口径、"
                     "申报书近万家/超过4.6万台属实、第七章引用上年度数据。"),
        layout=["naming:附件N-dash", "evidence_dir:附件3-证明材料", "form:xlsx-only", "columns:seq+l3+content+actual+proof",
                "numbers:plain", "audit:scan", "audit_unit:元+万元", "platform_part:附注(万元,两行表头,其中上海地区)",
                "device_list:pdf-two-header-rows", "screenshots:png", "ip_list:xlsx", "awards:scan",
                "orders:summary-ttm-only", "summary:xlsx-vertical", "commitment:scan", "stamped_scan", "section7"],
        secrets=["Fs!zf2024"],
    )
    p.info = dict(
        credit_code="91310112MA1GBX6T5K", founded="2013年8月20日", reg_place="上海市闵行区", reg_district="闵行区",
        type="有限责任公司（外商投资企业与内资合资）", capital="1,236.50万元",
        business="纺织产业互联网平台运营；纺织工业软件开发；织造数字化改造服务；坯布及纱线供应链服务",
        legal_rep="孙浩然", contact="陆佳怡", contact_title="战略发展部总监", mobile="13917735062",
        fax="021-64308826", email="lujiayi@feisuo-tex.example.com",
        holders=[("孙浩然", "412.30万元", "33.34%"), ("上海景纺企业管理合伙企业（有限合伙）", "286.40万元", "23.16%"),
                 ("其他机构投资者（合计）", "537.80万元", "43.50%")],
        fin=dict(assets="86,420.17", income="41,286.55", income_growth="9.84", debt="38.62", profit="3,218.40",
                 tax="1,406.92"),
        address="上海市闵行区申长路988弄虹桥万科中心2号楼11楼会议室",
        address_parts=("闵行区", "申长路", "988弄", "虹桥万科中心2号楼11楼会议室"),
        url="https://www.feisuo-tex.example.com", account="hlw_pingshen", password="Fs!zf2024",
        build_from=(2015, 6), build_to=(2023, 12), nature="行业型工业互联网平台",
        build_mode="自建", partner="", op_mode="自运营",
        iaas="租用", iaas_vendor="杭州云帆计算服务有限公司", deploy=["边缘侧", "公有云"], deploy_other="",
        auditor="上海中勤诚会计师事务所（普通合伙）", audit_no="中勤诚审〔2024〕第1207号", sign_date="2024年7月15日",
    )
    rev = {2020: 5402.33, 2021: 6528.14, 2022: 7846.90, 2023: 9215.63}
    dev_reg = close_region({"浙江": 18960, "江苏": 11240, "福建": 5320, "广东": 3840, "山东": 2108, "上海": 1206,
                            "安徽": 1122, "河南": 0, "越南Vietnam": 642, "孟加拉国Bangladesh": 418,
                            "柬埔寨Cambodia": 304}, 46280, "河南")
    v = dict(
        team_om=138, team_op=76, team_q=151, rd=1382.35,
        dev=46280, pub=39610, run=31248,
        dev_cat={"轻工设备": 40126, "动力设备": 3218, "仪器仪表": 1806, "电力设备": 1130},
        dev_reg=dev_reg,
        ovs_by={"越南Vietnam": 642, "孟加拉国Bangladesh": 418, "柬埔寨Cambodia": 304},
        protocols=92, sw=152, app=128, app_native=96, app_cloud=32,
        app_cat={"生产制造": 38, "供应链管理": 26, "质量管控": 22, "运营管理": 18, "仓储物流": 10, "节能减排": 8,
                 "运维服务": 6},
        app_ind={"纺织": 118, "轻工": 10},
        app_mau=97, killer_dau=5216, killer_hits=48630, killer_rev=62.48, pub_app=121, pub_app_dau=74,
        cloud=136.00, pub_cloud=136, cap=1280.00, data=903.68, pub_data=862.15,
        models=214, models_active=131, model_users=1286,
        model_cat={"数据算法模型": 64, "研发仿真模型": 18, "行业机理模型": 96, "业务流程模型": 36},
        speed="毫秒级（每TB织机运行数据查询约600毫秒）", speed_level="毫秒级",
        micro=916, micro_active=587, devs=4870, devs_active=1126,
        reg=16820, served=9436, paid=2318, sme=8874,
        served_ind={"纺织": 8912, "轻工": 318, "服务业": 206},
        served_reg={"浙江": 3846, "江苏": 2318, "福建": 1102, "广东": 806, "山东": 412, "上海": 612, "安徽": 186,
                    "河南": 88, "越南Vietnam": 36, "孟加拉国Bangladesh": 22, "柬埔寨Cambodia": 8},
        orders_nat=148620, orders_ttm=156304, trade_growth=18.26,
        subs=21480, killer_subs=12906, subs_amt=6842.17, dev_util=81.24, localization=82.30,
        smart=1, parks=14, solutions=18,
        sol_mode={"网络化协同": 5, "数字化管理": 4, "个性化定制": 4, "智能化制造": 3, "服务化延伸": 2},
        vc=True, indices=5, patents=11, copyrights=64, awards=7, jobs=560, social=18.94, partners=9,
        sec_rules=True, sec_test=True, sec_scan=True, breakthrough=True, carbon=True, idres=True,
        cases=[
            dict(name="绍兴柯桥恒锦纺织有限公司", om=14.62, energy=11.40, safety=8.60),
            dict(name="苏州盛泽华纶织造有限公司", om=12.80, energy=9.86, safety=10.20),
            dict(name="福建长乐锦源针织有限公司", om=15.35, energy=12.24, safety=9.55),
        ],
    )
    derive(v, rev, profit=1047.26, build_amount=12680.00)
    v["rev_2020"] = rev[2020]
    v["t_open_data"] = "开放API接口86个；坯布品类与工艺数据集3个（约42万条）；纺织产能景气指数等指数服务5项"
    v.update(texts(v))
    p.v = v
    p.style = dict(num="plain", unit_suffix=False, brk_sep="；", brk_kv=" ", private={},
                   orders="2023年（自然年）{nat}个；截至填表日前一年（2023年7月—2024年6月）{ttm}个",
                   summary_orders="ttm")
    p.info["intro"] = intro(v)
    p.info["effect"] = effect(v)
    p.v["claims"] = [
        dict(snippet="超过4.6万台", word="超过", shown=46000, label="连接的工业设备/产品/产线种类及数量（台/套）",
             declared=v["dev"]),
        dict(snippet="近万家", word="近", shown=10000, label="实际服务企业数（个）", declared=v["served"]),
        dict(snippet="约9,216万元", word="约", shown=9216, label="平台相关营业收入（万元）", declared=v["rev"]),
        dict(snippet="约1.68万家", word="约", shown=16800, label="注册企业用户数（个）", declared=v["reg"]),
    ]
    return p


def texts(v: dict) -> dict:
    return dict(
        t_position="以织造环节为切入点的纺织产业互联网平台，连接织厂、贸易商与品牌，实现产能在线共享与供应链协同。",
        t_policy=("1.工信部《纺织工业数字化转型三年行动计划》：推动纺织行业工业互联网平台应用。\n"
                  "2.上海市《制造业数字化转型实施方案》：支持平台企业赋能长三角产业链。\n"
                  "3.纺织行业：织造环节中小企业占比超90%，设备联网和订单协同是数字化主要方向。"),
        t_strategy="是，已纳入《致景科技2022—2026年发展战略》",
        t_plan="是，《飞梭智纺平台2024—2026年专项发展规划》",
        t_other_res="平台汇聚坯布及面料品类数据约42万条、纱线供应商2,180家、印染后整理工厂640家、物流服务商96家，形成“产能—原料—后整理—物流”协同资源池，日均撮合产能需求约3,100单。",
        t_edge="边缘侧支持织机数据采集、断网缓存、停台识别、产量与效率本地计算；部署边缘计算应用节点（车间网关）4,362个，最低响应时延50毫秒，单节点可接入织机120台。",
        t_collect="支持对接织厂ERP、仓储WMS、贸易商订单系统和电商平台，提供标准API与文件导入工具，已接入外部系统2,034家次，日均采集订单与库存记录约95万条。",
        t_scalable="是",
        t_compute="公有云服务器136台（约2,900 vCPU），按织机接入量弹性扩缩容",
        t_datamgmt="制定织造数据标准82项，建立坯布品类主数据和织机设备主数据；通过规则校验、异常值识别和人工抽检管理数据质量，数据准确率99.1%；数据按敏感级别分级授权访问。",
        t_algo_yes="是",
        t_algo_types="基础算法（排序、查找、统计）；聚类算法（织厂产能画像）；分类算法（布面瑕疵识别）；预测与估算算法（交期、产量预测）；推荐算法（产能与订单智能匹配）",
        t_community="是",
        t_langs="共4种：Java、Python、TypeScript、Go",
        t_framework="基于云原生微服务框架构建，采用Kubernetes容器编排与服务网格治理，提供订单、产能、设备、结算等领域服务，支持第三方应用以插件方式接入并按租户独立部署。",
        t_tools="提供低代码表单与流程设计器、织机数据接入配置工具、数据可视化设计器、开放API门户与沙箱测试环境，支持应用在线开发、测试、上架与版本管理。",
        t_sec_rules="是。《飞梭智纺平台信息安全管理总则》（ZJ-ISMS-01，2020年5月）；《平台数据分类分级与安全管理办法》（ZJ-ISMS-06，2022年9月）；《平台安全事件应急响应规程》（ZJ-ISMS-09，2023年4月）",
        t_sec_scope="数据安全、传输安全、访问登录安全、代码安全、应用安全、网络安全、供应商与外包人员管理",
        t_sec_test="是，每年开展一次第三方网络安全等级保护测评，每半年开展一次第三方渗透测试",
        t_sec_scan="是，每周自动化漏洞扫描一次，每季度人工复核",
        t_sec_tech="采用云防火墙、Web应用防火墙、DDoS高防、网络安全组隔离、HTTPS全站加密、OAuth2.0统一认证与多因素认证、数据库审计和敏感数据脱敏。",
        t_sec_data="核心业务数据实时同步至同城备库（双机热备），每日全量云备份并保留30天，每月离线备份一次；在异地可用区建立灾备环境，每年开展两次恢复演练。",
        t_vc="是，已完成多轮VC/PE融资，最近一轮为2021年C轮融资",
        t_keytech="织机多品牌数据接入、产能智能匹配算法、布面瑕疵视觉识别、织造排产优化等关键技术均为自主研发，核心代码自主可控。",
        t_benefit="基于3个案例：织厂平均订单量提升18.5%，织机平均有效开机率提升11.2%，带动新增就业约120人。",
        t_costdown="基于3个案例：织机运维成本平均下降14.26%，单位产量能耗平均下降11.17%，坯布库存平均下降21.4%。",
        t_datavalue="基于数万台织机的实时运行数据，平台形成区域产能热力、品类开机率、交期预测等数据产品；将织造工艺经验沉淀为工艺参数模型96个，辅助织厂快速换品种、降低试织损耗。",
        t_supply="平台打通纱线供应、织造、印染后整理、物流四个环节：向上对接纱线供应商2,180家，向下对接印染后整理工厂640家，贸易商在线下单后平台按产能、品类、距离自动匹配织厂并跟踪生产进度。2023年平台协同订单平均交期缩短2.6天，织厂原料库存周转提升19%，贸易商订单准时交付率提升至96.3%。",
        t_newtech="有。平台将AI视觉、边缘计算与AI大模型用于织造场景：在织机侧部署边缘网关实现停台识别与产量统计；布面瑕疵视觉检测识别准确率95%以上；基于行业知识训练的客服与排产助手，辅助贸易商快速找厂下单。",
        t_indices="共5个：纺织产能景气指数、坯布价格指数、织机开机率指数、区域订单指数、面料流行趋势指数",
        t_breakthrough="是。自研织机通用数据采集网关，兼容国内外32个织机品牌，单网关成本较进口方案降低约60%；自研产能匹配算法，订单匹配时间由平均2天缩短至2小时。",
        t_carbon="是。提供织厂碳排放监测与产品碳足迹核算服务，覆盖织造和印染环节，已服务织厂及印染厂38家。",
        t_idres="是。对接国家标识解析纺织行业二级节点，为坯布卷及面料批次赋码，累计标识注册量约1,260万个，用于质量追溯。",
        t_standards="参与制定行业标准2项：\n1.《纺织行业工业互联网平台 织机数据采集规范》（行业标准，参与）；\n2.《坯布数字化交易服务规范》（行业标准，参与）。",
        t_awards="共7个，清单见附件3-6",
        t_contrib="平台服务全国纺织产业集群，覆盖浙江、江苏、福建、广东等主要织造基地，帮助中小织厂接单和提效；在本市服务企业612家，带动上海纺织服装品牌与长三角织厂的供应链协同；在越南、孟加拉国、柬埔寨服务出海织厂，支撑行业国际化产能布局。",
        t_open="是。平台向产业链开放产能、品类、价格和交期数据服务，通过开放API和数据产品方式提供，用户按授权调用；建立数据开放目录和计量机制，对开放数据脱敏处理并定期审计。",
        t_crossplat="平台与电商平台、物流平台、供应链金融平台、印染企业MES等9个外部平台建立接口对接，实现订单、物流轨迹、结算与授信数据互通。",
        t_newmodel="培育“云织造”共享产能模式：贸易商在平台下单，平台把订单拆分给多家织厂协同生产并统一质检交付，2023年通过该模式交付坯布约8.6亿米；孵化“按米计费”的织机数字化改造服务，降低中小织厂上云门槛。",
        t_smart="是，1家：上海松江锦纶纺织科技有限公司智能工厂（松江区），提供织机联网、产能排程与能耗监测服务。",
    )


def intro(v: dict) -> str:
    return ("“飞梭智纺”纺织工业互联网平台由上海致景信息科技有限公司自主建设和运营，是面向纺织织造环节的行业型工业互联网平台。"
            "平台以织机联网为基础，提供织厂数字化管理、产能共享与订单撮合、纱线与坯布供应链协同、印染后整理协同和金融服务对接等能力，"
            "目前接入织机等设备46280台（套），注册企业用户16820家，实际服务企业9436家，主要客户为浙江、江苏、福建、广东等地的中小织厂和面料贸易商。")


def effect(v: dict) -> str:
    return ("平台解决了织造环节中小企业多、设备联网率低、订单获取难、产能利用不均的问题。通过织机联网与产能共享，"
            "案例织厂运维成本平均下降14.26%，单位产量能耗平均下降11.17%；通过订单智能匹配，贸易商找厂时间由平均2天缩短至2小时。"
            "2023年平台营收9215.63万元，同比增长17.44%，带动新增就业560人。")
