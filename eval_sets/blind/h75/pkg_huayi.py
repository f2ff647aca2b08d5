"""Package 3 — chemicals: 序号1 化工行业工业互联网平台 (上海华谊集团股份有限公司), 2023参评 “是”.

THREE PROBLEMS, otherwise as careful as the clean ones (unit suffixes in cells, company statements in the
billions beside the platform note, 其中：集团内部单位 part row, a subsidiary named as partner, both order
readings, 第七章 with last year's figures):
- 平台相关研发投入 1,286.40 万元 vs the audit note's 12,684,0xx.xx 元 (1,268.40 万元) — beyond rounding;
- 2022年增长率 17.71% does not follow from the form's 5,846.32 → 7,104.63 (21.52%);
- 软著 37 declared, the IP list's copyright table counts 35.
"""

from __future__ import annotations

from model import Package
from common import pct
from specs import close_region, derive


def make() -> Package:
    p = Package(
        pid="h75_huayi_chemical_problems",
        list_no=1,
        listed_name="化工行业工业互联网平台",
        company="上海华谊集团股份有限公司",
        declared_name="化工行业工业互联网平台",
        participated_2023=True,
        short="华谊集团",
        industry="chemicals",
        description=("序号1华谊集团化工行业平台，3个问题：平台研发投入与审计报告平台专项附注相差18万元（超出取整）、"
                     "2022年增长率与申报表自身营收不符、软著清单35项而申报37项；其余为细心申报人的写法（单位后缀、亿级公司报表旁附平台附注、"
                     "其中：集团内部单位、子公司作为合作共建单位、订单两种口径、第七章）。"),
        layout=["naming:prefix", "evidence_dir:证明材料", "form:docx", "columns:l3+content+proof+actual",
                "numbers:thousands+unit-suffix", "audit_unit:元", "audit_columns:2023年度/2022年度",
                "platform_part:专项附注(元,两行表头,其中集团内部)", "device_list:pdf-two-header-rows",
                "screenshots:pdf-image", "ip_list:pdf", "awards:xlsx", "ops:xlsx", "summary:xlsx-vertical",
                "commitment:scan", "stamped_scan", "section7", "subsidiary_partner"],
        secrets=["Hy@chem0719"],
    )
    p.info = dict(
        credit_code="913100001322009634", founded="1992年11月20日", reg_place="上海市浦东新区", reg_district="浦东新区",
        type="股份有限公司（上市）", capital="212,919.86万元",
        business="化工原料及产品生产与销售；能源化工、先进材料、精细化工；化工工程技术服务；工业互联网平台服务",
        legal_rep="刘建国", contact="顾晓峰", contact_title="数字化转型办公室副主任", mobile="13918840627",
        fax="021-23530816", email="guxf@huayi-iip.example.com",
        holders=[("上海华谊控股集团有限公司", "113,264.18万元", "53.20%"), ("社会公众股东", "99,655.68万元", "46.80%")],
        fin=dict(assets="4,426,318.20", income="3,826,451.78", income_growth="-6.42", debt="58.36",
                 profit="186,402.35", tax="98,214.60"),
        address="上海市浦东新区张杨路560号华谊大厦21楼第二会议室",
        address_parts=("浦东新区", "张杨路", "560号", "华谊大厦21楼第二会议室"),
        url="https://iip.huayi-chem.example.com", account="sheitc_review", password="Hy@chem0719",
        build_from=(2019, 3), build_to=(2023, 12), nature="行业型工业互联网平台",
        build_mode="合作共建", partner="上海华谊信息技术有限公司", op_mode="委托运营",
        iaas="自建", iaas_vendor="", deploy=["私有云", "混合云"], deploy_other="",
        auditor="上海德衡诚信会计师事务所（特殊普通合伙）", audit_no="沪诚审字〔2024〕第00418号",
        sign_date="2024年7月17日",
    )
    rev = {2020: 4982.61, 2021: 5846.32, 2022: 7104.63, 2023: 8236.57}
    dev_reg = close_region({"上海": 12380, "江苏": 4206, "浙江": 3118, "安徽": 2840, "重庆": 2126, "广西": 1806,
                            "山东": 1062, "新疆": 0, "马来西亚Malaysia": 112, "泰国Thailand": 74}, 28460, "新疆")
    v = dict(
        team_om=102, team_op=66, team_q=131, rd=1268.40,
        dev=28460, pub=6820, run=5102,
        dev_cat={"化工设备": 16820, "动力设备": 5460, "仪器仪表": 4280, "电力设备": 1186, "其他": 714},
        dev_reg=dev_reg,
        ovs_by={"马来西亚Malaysia": 112, "泰国Thailand": 74},
        protocols=218, sw=264, app=216, app_native=148, app_cloud=68,
        app_cat={"安全生产": 46, "生产制造": 42, "节能减排": 38, "质量管控": 34, "供应链管理": 24, "运维服务": 20,
                 "仓储物流": 12},
        app_ind={"石化化工": 184, "医药": 18, "轻工": 14},
        app_mau=158, killer_dau=742, killer_hits=9860, killer_rev=24.35, pub_app=86, pub_app_dau=41,
        cloud=212.50, pub_cloud=48, cap=2048.00, data=1326.45, pub_data=286.30,
        models=342, models_active=176, model_users=468,
        model_cat={"数据算法模型": 88, "研发仿真模型": 46, "行业机理模型": 162, "业务流程模型": 46},
        speed="秒级（每TB装置时序数据分析约3秒）", speed_level="秒级",
        micro=1206, micro_active=684, devs=2140, devs_active=536,
        reg=1364, served=986, paid=402, sme=612,
        served_ind={"石化化工": 742, "医药": 96, "轻工": 84, "建材": 38, "其他": 26},
        served_reg={"上海": 318, "江苏": 196, "浙江": 142, "安徽": 88, "重庆": 62, "广西": 54, "山东": 72, "新疆": 22,
                    "马来西亚Malaysia": 20, "泰国Thailand": 12},
        orders_nat=41268, orders_ttm=43015, trade_growth=13.84,
        subs=3862, killer_subs=1726, subs_amt=2914.62, dev_util=83.16, localization=91.20,
        smart=6, parks=5, solutions=32,
        sol_mode={"数字化管理": 9, "平台化设计": 3, "网络化协同": 6, "智能化制造": 10, "服务化延伸": 4},
        vc=True, indices=6, patents=42, copyrights=35, awards=8, jobs=260, social=26.48, partners=7,
        sec_rules=True, sec_test=True, sec_scan=True, breakthrough=True, carbon=True, idres=True,
        cases=[
            dict(name="安徽皖江氯碱化工有限公司", om=15.20, energy=6.84, safety=24.60),
            dict(name="重庆长寿精细化工有限公司", om=13.86, energy=8.12, safety=18.90),
            dict(name="广西钦州石化助剂有限公司", om=16.54, energy=7.58, safety=22.20),
        ],
    )
    derive(v, rev, profit=936.18, build_amount=15360.00)
    v["rev_2020"] = rev[2020]
    # --- what the evidence prints, then the planted declarations
    p.ev = dict(rd=v["rd"], copyrights=v["copyrights"], growth_2022=v["growth"][2022])
    v["rd"] = 1286.40                      # C-01: the form's R&D figure (audit note: 1,268.40)
    v["rd_int"] = pct(1286.40, v["rev"])  # 15.62, consistent with the form's own 1,286.40 ÷ 8,236.57
    v["growth"][2022] = 17.71              # C-02: (7,104.63 − 5,846.32) ÷ 7,104.63, the wrong base
    v["copyrights"] = 37                   # C-03: the list counts 35
    v["t_open_data"] = "开放API接口118个、化工物性与工艺数据集6个、安全环保监测数据服务3项"
    v.update(texts(v))
    p.v = v
    p.style = dict(num="sep", unit_suffix=True, brk_sep="；", brk_kv="：", private={},
                   orders="近一年总量：2023年自然年{nat}个／截至填表日前一年{ttm}个", summary_orders="both")
    p.info["intro"] = intro(v)
    p.info["effect"] = effect(v)
    p.v["claims"] = [
        dict(snippet="约2.85万台（套）", word="约", shown=28500, label="连接的工业设备/产品/产线种类及数量（台/套）",
             declared=v["dev"]),
        dict(snippet="近千家", word="近", shown=1000, label="实际服务企业数（个）", declared=v["served"]),
        dict(snippet="超过340个", word="超过", shown=340, label="工业机理模型数量（个）", declared=v["models"]),
    ]
    p.problems = [
        dict(n=1, family="declared_vs_evidence", fields=["平台相关研发投入（万元）"], files=["form", "audit"],
             severity="error",
             description=("申报表填报平台相关研发投入 1,286.40 万元，审计报告附注“工业互联网平台业务专项说明”2023年度平台研发投入为 "
                          "{rd_yuan} 元（1,268.40 万元），相差 18.00 万元，超出取整误差；研发投入强度 15.62% 亦按申报数计算")),
        dict(n=2, family="growth_rate", fields=["平台近三年经营指标情况"], files=["form"], severity="error",
             description=("2022年增长率填报 17.71%，由申报表自身2021年营收 5,846.32 万元与2022年营收 7,104.63 万元计算应为 21.52%"
                          "（17.71% 系以2022年营收为分母）")),
        dict(n=3, family="count_vs_list", fields=["平台核心软硬件技术获得的软著数量（个）"], files=["form", "ip"],
             severity="error",
             description=("申报表填报平台核心软硬件技术获得的软著数量 37 个，知识产权清单“二、计算机软件著作权登记清单（共35项）”"
                          "仅列出 35 项（同一文件中的专利清单42项与申报一致）")),
    ]
    return p


def texts(v: dict) -> dict:
    return dict(
        t_position="服务化工全产业链的行业型平台，聚焦装置安全、节能降碳与供应链协同，支撑化工企业数字化转型。",
        t_policy=("1.工信部《“十四五”原材料工业发展规划》：推进石化化工行业工业互联网平台建设。\n"
                  "2.工信部等六部门《关于“十四五”推动石化化工行业高质量发展的指导意见》：推进数字化、智能化改造。\n"
                  "3.化工行业：安全生产与“双碳”约束趋严，装置智能运维和能效优化需求迫切。"),
        t_strategy="是，已纳入《上海华谊集团“十四五”数字化转型规划》",
        t_plan="是，《华谊化工行业工业互联网平台发展专项规划（2022—2025年）》",
        t_other_res="平台汇聚化工物性数据约36万条、工艺包与操作规程1,840份、危险化学品安全技术说明书（SDS）约2.1万份、检维修服务商312家、化工物流承运商86家，形成工艺知识、服务和物流三类资源库。",
        t_edge="边缘侧支持DCS/SIS/PLC数据采集、边缘存储、协议转换、报警预处理和视频智能分析；部署边缘计算应用节点（工控边缘服务器）286个，最低响应时延10毫秒。私有化部署涉及装置现场节点214个，数据经单向网闸后上送平台。",
        t_collect="通过OPC UA、数据库同步、API等方式采集ERP、LIMS、MES、设备管理及安全环保监测系统数据，已接入业务系统156套，日均采集记录约2,600万条。",
        t_scalable="是",
        t_compute="私有云服务器164.5台（共享节点按使用时长折算）、公有云实例48台",
        t_datamgmt="建立化工装置位号、设备、物料三类主数据标准，制定数据标准218项；实施数据质量规则库与月度质量评分，关键位号数据完整率99.3%；数据按核心、重要、一般三级分级管理。",
        t_algo_yes="是",
        t_algo_types="基础统计算法；聚类算法（工况聚类）；分类算法（报警分级、故障分类）；预测与估算算法（软测量、能耗预测）；关联分析算法（报警根因分析）；优化算法（APC先进控制）",
        t_community="是",
        t_langs="共6种：Java、Python、C++、C#、JavaScript、Go",
        t_framework="平台采用“云—边—端”架构，PaaS层基于容器化微服务框架，提供物模型、时序数据、规则、报表、工作流等通用服务；应用采用前后端分离开发，支持私有化与混合云统一交付。",
        t_tools="提供化工机理建模工具、低代码应用开发平台、流程图组态工具、算法训练与模型管理平台（MLOps）、API开放门户和在线调试环境。",
        t_sec_rules="是。《华谊集团工业互联网平台安全管理办法》（HY-XX-2020-015，2020年8月）；《工业控制系统网络安全防护规定》（HY-XX-2021-007，2021年4月）；《平台数据安全分类分级实施细则》（HY-XX-2022-022，2022年11月）",
        t_sec_scope="1.工业控制网络边界安全；2.数据安全（分级分类、加密与备份）；3.传输安全；4.访问登录与账号权限；5.应用与代码安全；6.终端与主机安全；7.供应链安全。",
        t_sec_test="是，每年一次（第三方机构开展网络安全等级保护三级测评和工控安全评估）",
        t_sec_scan="是，每月一次漏洞扫描，每季度一次基线核查",
        t_sec_tech="工控网与管理网之间部署单向网闸与工业防火墙，平台侧部署WAF、IPS、态势感知与零信任访问网关，关键数据国密加密传输与存储，身份认证采用统一认证+USBKey。",
        t_sec_data="核心数据库双机热备，每日增量、每周全量备份，备份数据离线介质保存；在金山数据中心建立异地灾备，RPO≤30分钟、RTO≤4小时，每年开展两次灾备切换演练。",
        t_vc="是，上海华谊集团股份有限公司为上海证券交易所主板上市公司",
        t_keytech="化工装置机理建模、报警根因分析、能效优化、APC先进控制、工控安全防护等关键技术自主研发，核心工业软件实现国产化替代，自主可控。",
        t_benefit="基于3个案例：装置非计划停车次数平均下降42%，产品优级品率平均提升1.8个百分点，带动新增数字化岗位约45个，安全生产持续时间平均提升21.90%。",
        t_costdown="基于3个案例：设备运维成本平均下降15.20%，单位产品综合能耗平均下降7.51%，备品备件库存平均下降12.6%。",
        t_datavalue="平台累计存储化工装置时序数据约1.3PB，沉淀行业机理模型162个、报警处置知识3,400余条；通过软测量模型替代部分在线分析仪，通过报警根因分析减少无效报警，工艺专家经验实现复用。",
        t_supply="平台连接集团内外化工企业、原料供应商、检维修服务商和危化品物流承运商，实现采购需求、库存、运输在线协同：对接供应商312家的报价与交付系统，危化品运输全程轨迹与温压监测；2023年协同采购额约18.6亿元，原料库存周转天数下降3.2天，危化品运输异常响应时间缩短至15分钟以内。",
        t_newtech="有。平台融合5G、AI大模型、数字孪生与标识解析：5G专网支撑巡检机器人与防爆终端接入；化工安全知识大模型为操作人员提供规程问答；重点装置构建数字孪生体，实现工艺仿真、开停车培训与异常推演。",
        t_indices="共6个：华谊化工景气指数、装置平稳率指数、能效指数、报警健康指数、原料价格指数、安全环保指数",
        t_breakthrough="是。自研化工装置报警根因分析引擎，报警定位准确率90%以上，较国外同类软件（约80%）提高约10个百分点；自研软测量建模工具，替代进口在线分析仪12台套。",
        t_carbon="是。提供碳排放监测、碳核算和产品碳足迹服务，覆盖氯碱、涂料、精细化工等行业用户27家。",
        t_idres="是。建设化工行业标识解析二级节点并接入国家顶级节点，累计标识注册量约3,460万个，用于危化品全流程追溯。",
        t_standards="牵头或参与制定国家标准1项、行业标准3项：\n1.《工业互联网平台 化工行业应用指南》（国家标准，参与）；\n2.《化工装置报警管理规范》（行业标准，牵头）；\n3.《化工行业工业互联网标识编码规则》（行业标准，参与）；\n4.《石化化工设备预测性维护技术要求》（行业标准，参与）。",
        t_awards="共8个，清单见证明材料05",
        t_contrib="平台服务化工新材料、精细化工等本市重点产业，在上海化学工业区、金山第二工业区等园区服务企业318家；面向安徽、重庆、广西、新疆等地化工基地输出装置安全与能效优化解决方案，助力行业安全生产与节能降碳。",
        t_open="是。建立化工产业链数据开放共享机制：面向上下游开放物性、工艺、安全环保数据服务，采用数据目录、分级授权、脱敏处理和调用审计；共享内容包括物性数据、装置能效基准和危化品安全信息。",
        t_crossplat="平台与上海市工业碳管理公共服务平台、化工园区智慧园区平台、危化品物流监管平台等7个平台实现接口对接，交互碳排放、安全环保和运输轨迹数据。",
        t_newmodel="培育“化工装置运维即服务”新模式：平台按装置运行效果向中小化工企业收取服务费，降低其一次性投入；孵化化工新材料在线研发服务，为下游客户提供配方仿真和小试数据服务，2023年服务新材料研发项目43个。",
        t_smart="是，6家：上海漕泾新材料有限公司智能工厂、上海滨江涂料有限公司智能工厂、上海吴泾精细化工有限公司智能工厂、上海金山氯碱化工有限公司智能工厂、上海奉贤染料有限公司智能工厂、上海宝山橡胶制品有限公司智能工厂（均位于本市），提供装置监测、能效优化与安全预警服务。",
    )


def intro(v: dict) -> str:
    return ("化工行业工业互联网平台由上海华谊集团股份有限公司与上海华谊信息技术有限公司合作建设，是面向化工全产业链的行业型工业互联网平台。"
            "平台采用“云—边—端”架构，提供装置监测与报警管理、设备预测性维护、能效优化与碳管理、安全环保监测、供应链协同等服务，"
            "已接入化工装置及配套设备28,460台（套），工业机理模型342个，实际服务企业986家，覆盖氯碱、涂料、精细化工、新材料等细分领域，"
            "主要客户为长三角及安徽、重庆、广西等地的化工企业和化工园区。")


def effect(v: dict) -> str:
    return ("平台解决化工企业装置报警多、非计划停车损失大、能耗高、危化品供应链风险管控难等痛点，案例企业设备运维成本平均下降15.20%、"
            "单位产品能耗平均下降7.51%、安全生产持续时间平均提升21.90%。2023年平台营收8,236.57万元，带动新增就业260人，"
            "形成化工行业可复制推广的数字化转型路径。")
