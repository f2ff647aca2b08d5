"""Package 1 — machinery: 序号15 华兴数字易维讯工程机械工业互联网平台 (上海华兴数字科技有限公司), 2023参评 “-”.

CLEAN. The applicant's habits: thousands separators everywhere, the 私有化 format for device counts
("总数…，其中私有化部署涉及的相关数量…"), 宁波 listed beside 浙江 (附录F 计划单列市), both order
readings in the form and in the 汇总表, prose with 近/超过/约 that is true, a subsidiary named only as the
合作共建 partner.
"""

from __future__ import annotations

from model import Package
from specs import breakdown, close_region, derive


def make() -> Package:
    p = Package(
        pid="h75_huaxing_machinery_clean",
        list_no=15,
        listed_name="华兴数字易维讯工程机械工业互联网平台",
        company="上海华兴数字科技有限公司",
        declared_name="华兴数字易维讯工程机械工业互联网平台",
        participated_2023=False,
        short="华兴数字",
        industry="machinery",
        description=("序号15华兴数字易维讯工程机械平台，干净包：千分位数字、设备数按“总数…其中私有化部署…”格式、"
                     "宁波与浙江分列、审计报告公司报表旁附平台业务专项附注（两行表头，元）、设备统计表两行表头、"
                     "截图“1.96万”、申报书约/近/超过的取整表述均属实、子公司仅以合作共建单位出现、订单两种口径。"),
        layout=["naming:numbered-underscore", "evidence_dir:03_附件", "form:docx", "columns:levels+content+actual+proof",
                "numbers:thousands", "private_format", "audit_unit:元", "audit_columns:本期金额/上期金额",
                "platform_part:专项附注(元,两行表头)", "device_list:xlsx-two-header-rows", "screenshots:png",
                "ip_list:scan", "awards:pdf", "orders:both-readings", "summary:xlsx-vertical", "commitment:scan",
                "stamped_scan", "subsidiary_partner", "region:宁波"],
        secrets=["Hx#Ewx0718"],
    )
    p.info = dict(
        credit_code="91310115MA1K4C7R2X", founded="2016年5月12日", reg_place="上海市浦东新区（中国（上海）自由贸易试验区）",
        reg_district="浦东新区", type="有限责任公司（自然人投资或控股）", capital="5,000.00万元",
        business="工程机械物联网终端研发与销售；工业互联网平台及SaaS服务；设备租赁数字化服务；工程机械配件供应链服务",
        legal_rep="沈立群", contact="周敏", contact_title="平台运营部经理", mobile="13916620418",
        fax="021-58953312", email="zhoumin@huaxing-digital.example.com",
        holders=[("上海华兴投资管理有限公司", "3,200.00万元", "64.00%"), ("沈立群", "1,000.00万元", "20.00%"),
                 ("上海易达创业投资合伙企业（有限合伙）", "800.00万元", "16.00%")],
        fin=dict(assets="32,618.45", income="14,862.30", income_growth="12.36", debt="41.28", profit="1,526.84",
                 tax="612.07"),
        address="上海市浦东新区张江路1188号A座6楼多功能厅",
        address_parts=("浦东新区", "张江路", "1188号", "A座6楼多功能厅"),
        url="https://ewx.huaxing-digital.example.com", account="pingshen2024", password="Hx#Ewx0718",
        build_from=(2018, 9), build_to=(2023, 12), nature="行业型工业互联网平台",
        build_mode="合作共建", partner="上海易维讯智能装备有限公司", op_mode="联合运营",
        iaas="租用", iaas_vendor="上海云岫数据科技有限公司", deploy=["边缘侧", "私有云", "公有云"], deploy_other="",
        auditor="上海立衡会计师事务所（特殊普通合伙）", audit_no="立衡审字〔2024〕第0316号",
        sign_date="2024年7月16日",
    )
    rev = {2020: 3408.24, 2021: 3846.20, 2022: 4412.75, 2023: 5108.36}
    dev_reg = close_region({"上海": 3128, "江苏": 3964, "浙江": 2846, "宁波": 412, "安徽": 1702, "山东": 2118,
                            "河南": 1426, "湖北": 1188, "广东": 1238, "四川": 0, "越南Vietnam": 248,
                            "印度尼西亚Indonesia": 206, "沙特阿拉伯Saudi Arabia": 158}, 19640, "四川")
    v = dict(
        team_om=74, team_op=52, team_q=88, rd=812.46,
        dev=19640, dev_private=5432, pub=14208, run=9356,
        dev_cat={"工程机械": 14872, "动力设备": 2416, "物流设备": 1530, "其他": 822},
        dev_reg=dev_reg,
        ovs_by={"越南Vietnam": 248, "印度尼西亚Indonesia": 206, "沙特阿拉伯Saudi Arabia": 158},
        protocols=146, sw=238, app=196, app_native=122, app_cloud=74,
        app_cat={"运维服务": 58, "运营管理": 34, "安全生产": 26, "供应链管理": 22, "节能减排": 18, "质量管控": 14,
                 "仓储物流": 12, "生产制造": 12},
        app_ind={"机械": 92, "建筑业": 48, "采矿": 26, "建材": 18, "其他": 12},
        app_mau=141, killer_dau=864, killer_hits=12430, killer_rev=18.62, pub_app=158, pub_app_dau=87,
        cloud=96.00, pub_cloud=72, cap=640.00, data=412.80, pub_data=318.26,
        models=168, models_active=97, model_users=524,
        model_cat={"数据算法模型": 46, "研发仿真模型": 12, "行业机理模型": 78, "业务流程模型": 32},
        speed="秒级（每TB工况数据聚合分析约4秒）", speed_level="秒级",
        micro=684, micro_active=421, devs=3260, devs_active=812,
        reg=2460, served=1838, paid=512, sme=1502,
        served_ind={"建筑业": 688, "机械": 512, "采矿": 286, "建材": 204, "服务业": 148},
        served_reg={"上海": 436, "江苏": 328, "浙江": 246, "宁波": 38, "安徽": 142, "山东": 168, "河南": 112,
                    "湖北": 96, "广东": 118, "四川": 86, "越南Vietnam": 28, "印度尼西亚Indonesia": 22,
                    "沙特阿拉伯Saudi Arabia": 18},
        orders_nat=26840, orders_ttm=28312, trade_growth=16.42,
        subs=6128, killer_subs=2946, subs_amt=1864.30, dev_util=76.35, localization=86.50,
        smart=3, parks=6, solutions=24,
        sol_mode={"数字化管理": 6, "平台化设计": 2, "网络化协同": 5, "智能化制造": 4, "服务化延伸": 7},
        vc=True, indices=4, patents=18, copyrights=46, awards=5, jobs=320, social=21.36, partners=6,
        sec_rules=True, sec_test=True, sec_scan=True, breakthrough=True, carbon=True, idres=True,
        cases=[
            dict(name="上海临港重型装备租赁有限公司", om=18.40, energy=9.10, safety=21.30),
            dict(name="江苏徐淮工程机械销售服务有限公司", om=16.92, energy=7.84, safety=17.45),
            dict(name="浙江甬达建设集团有限公司", om=18.20, energy=8.92, safety=19.30),
        ],
    )
    v["pub_cat"] = breakdown(14208, v["dev_cat"])
    derive(v, rev, profit=598.73, build_amount=6280.00)
    v["rev_2020"] = rev[2020]
    v["t_open_data"] = "开放API接口132个、设备工况数据集4个、工程机械开工指数月报1类"
    v.update(texts(v))
    p.v = v
    p.style = dict(num="sep", unit_suffix=False, brk_sep="、", brk_kv="：", private={"dev": 5432},
                   orders="2023年自然年：{nat}个；截至填表日前一年（2023.07-2024.06）：{ttm}个",
                   summary_orders="both")
    p.info["intro"] = intro(v)
    p.info["effect"] = effect(v)
    p.v["claims"] = [
        dict(snippet="近2万台（套）", word="近", shown=20000, label="连接的工业设备/产品/产线种类及数量（台/套）",
             declared=v["dev"]),
        dict(snippet="超过1,800家", word="超过", shown=1800, label="实际服务企业数（个）", declared=v["served"]),
        dict(snippet="约0.51亿元", word="约", shown=5100, label="平台相关营业收入（万元）", declared=v["rev"]),
        dict(snippet="逾3,200名", word="超过", shown=3200, label="开发者注册总数（个）", declared=v["devs"]),
    ]
    return p


def texts(v: dict) -> dict:
    return dict(
        t_position="面向工程机械行业的设备全生命周期管理与后市场服务平台，服务主机厂、代理商、租赁商和施工企业。",
        t_policy=("1.工信部等八部门《“十四五”智能制造发展规划》：推进装备远程运维等平台化服务。\n"
                  "2.上海市《制造业数字化转型实施方案》：支持重点行业工业互联网平台建设推广。\n"
                  "3.工程机械行业：存量设备超900万台，后市场服务与设备共享租赁数字化是主要趋势。"),
        t_strategy="是，已纳入《上海华兴数字科技有限公司2021—2025年发展战略规划》",
        t_plan="是，《易维讯工业互联网平台建设三年行动计划（2023—2025年）》",
        t_other_res=("除设备外，平台汇聚工程机械配件SKU约12.6万个、维修服务网点1,140家、认证维修工程师2,870名、"
                     "可调度租赁设备资源约8,600台，形成“设备—配件—服务—租赁”四类资源池，按施工项目需求在线匹配调度。"),
        t_edge=("支持数据采集、边缘存储、断点续传、工况异常识别与本地告警；部署边缘计算应用节点1,260个（车载网关与工地边缘盒子），"
                "最低响应时延20毫秒。私有化部署项目涉及边缘节点310个，数据在客户本地完成预处理后按约定字段上送平台。"),
        t_collect="通过API、数据库直连和文件交换采集主机厂ERP/CRM、代理商DMS、租赁管理系统及配件商城数据，已对接外部业务系统47套，日均采集业务记录约180万条。",
        t_scalable="是",
        t_compute="公有云弹性计算实例72台（共1,152 vCPU），私有云服务器24台",
        t_datamgmt="建立设备主数据、工况数据、服务工单三类数据标准共126项，开展完整性、及时性、一致性质量校验和月度质量评估，数据质量合格率98.6%，实行数据分级分类与血缘管理。",
        t_algo_yes="是",
        t_algo_types="基础统计算法；聚类算法（工况聚类）；分类算法（故障诊断）；预测与估算算法（剩余寿命、油耗预测）；关联分析算法（故障—配件关联）；推荐算法（配件与服务推荐）",
        t_community="是",
        t_langs="共5种：Java、Python、JavaScript、Go、C++",
        t_framework="平台采用Spring Cloud微服务架构与Kubernetes容器编排，提供设备模型、工单、计费、地图等公共服务组件，应用按“低代码页面+微服务后端”方式构建，支持多租户隔离与灰度发布。",
        t_tools="提供低代码应用设计器、设备物模型编辑器、规则引擎、数据看板设计器、API网关与在线调试工具、Java/Python SDK及开发文档，开发者可在线完成开发、测试与上架。",
        t_sec_rules="是。《易维讯平台网络安全管理制度》（HXSZ-AQ-001，2021年3月）；《平台数据安全管理办法》（HXSZ-AQ-004，2022年6月）；《平台网络安全事件应急预案》（HXSZ-AQ-007，2023年2月）",
        t_sec_scope="1.数据：分级分类、加密存储与脱敏；\n2.传输：全链路TLS加密；\n3.访问登录：统一身份认证与双因素认证；\n4.代码：代码审计与上线评审；\n5.应用：上架前安全检测；\n6.网络：边界防护与分区隔离。",
        t_sec_test="是，每年一次（委托第三方测评机构开展等级保护测评和渗透测试）",
        t_sec_scan="是，每月一次全面漏洞扫描，重大版本上线前加做专项扫描",
        t_sec_tech="部署下一代防火墙、WAF、入侵检测与防病毒系统；生产网与办公网隔离；终端接入采用设备证书双向认证；敏感数据国密SM4加密存储；运维操作经堡垒机审计。",
        t_sec_data="核心数据每日增量备份、每周全量备份并离线保存；数据库双机热备；关键业务在异地云可用区做灾备，恢复点目标不超过15分钟。",
        t_vc="是，2021年完成A轮融资，投资方为上海易达创业投资合伙企业（有限合伙）",
        t_keytech="设备多协议接入、工况边缘计算、故障诊断模型、配件需求预测等关键技术均为自主研发，拥有完整知识产权，核心组件自主可控。",
        t_benefit="基于3个案例：设备平均出勤率提升12.6%，租赁业务营收平均增长9.8%，带动新增服务岗位约60个，安全生产持续时间平均提升19.35%。",
        t_costdown="基于3个案例：设备运维成本平均下降17.84%，单机能耗（油耗）平均下降8.62%，配件库存资金占用平均下降15.3%。",
        t_datavalue="平台沉淀工程机械工况数据逾40亿条，形成开工率、作业强度、故障谱等分析主题；将维修专家经验固化为故障诊断机理模型和1.2万条维修知识，支撑主机厂改进设计、代理商精准营销和租赁商设备调度。",
        t_supply=("平台向上对接主机厂配件中心和32家核心配件供应商的ERP系统，向下连接1,140家维修服务网点，"
                  "实现配件需求预测—订单—发货—安装的全流程在线协同。基于设备工况与故障预测生成配件需求计划，"
                  "供应商按周滚动备货；平台对供应商交付及时率、质量合格率进行月度评价。2023年配件订单平均交付周期由5.2天缩短至3.1天，"
                  "网点配件库存周转率提升26%，代理商缺件停机时长下降31%。"),
        t_newtech="有。平台融合5G、边缘计算、AI大模型与数字孪生：5G+边缘网关实现施工现场设备低时延接入；基于行业语料训练的维修问答助手为工程师提供故障排查指引；对大型履带起重机构建数字孪生模型，实现吊装工况仿真与超载预警。",
        t_indices="共4个：华兴工程机械开工指数、设备作业强度指数、区域施工景气指数、二手设备流通指数",
        t_breakthrough="是。自研多协议工况网关与故障诊断引擎，支持CAN、J1939等52种主机协议解析，故障识别准确率93%，较国外同类产品（约88%）高5个百分点。",
        t_carbon="是。提供碳排放监测与碳核算服务：基于油耗与作业时长核算单机及项目碳排放，已为46家施工企业出具项目级碳排放报告。",
        t_idres="是。平台接入国家工业互联网标识解析二级节点（工程机械行业），为设备及关键零部件赋码约6.8万个，支撑全生命周期追溯。",
        t_standards="参与制定行业标准1项、团体标准2项：\n1.《工程机械 远程监控终端技术要求》（行业标准，参与）；\n2.《工程机械设备租赁数字化服务规范》（团体标准，牵头）；\n3.《工程机械工况数据采集规范》（团体标准，参与）。",
        t_awards="共5个，清单见附件3-5",
        t_contrib="平台服务长三角工程机械产业链，带动主机厂、代理商、租赁商和施工企业数字化协同；在本市服务企业436家，支撑临港新片区等重大工程设备保障；为重大工程提供设备安全监测，2023年累计发出超载及倾覆预警1.1万次，未发生平台连接设备的重大安全事故。",
        t_open="是。平台向产业链伙伴开放设备工况、配件需求与服务工单数据接口，实行“申请—授权—计量—审计”的开放机制，数据按最小必要原则脱敏后共享，主机厂、供应商可按授权范围调用，共享情况按月公示。",
        t_crossplat="平台与主机厂设备云、配件商城、租赁交易平台、施工企业项目管理平台建立API级对接，实现设备档案互认、工单互转、配件订单互通，已与6个外部平台产生持续数据交互。",
        t_newmodel="培育“设备按小时计费租赁”“按工况付费的保险”新模式：依托工况数据为租赁商提供按实际作业小时计费服务，2023年按小时计费设备超过2,100台；与保险机构合作推出按风险定价的设备险，覆盖设备约3,400台。",
        t_smart="是，3家：1.上海临港重型装备有限公司智能工厂（浦东新区），提供设备远程运维与预测性维护；2.上海沪东机械制造有限公司智能工厂（嘉定区），提供产线设备状态监测；3.上海浦江起重设备有限公司智能工厂（闵行区），提供能耗与安全监测。",
    )


def intro(v: dict) -> str:
    return ("华兴数字易维讯工程机械工业互联网平台是上海华兴数字科技有限公司与合作单位共同建设的行业型工业互联网平台，"
            "面向工程机械主机厂、代理商、租赁商和施工企业，提供设备接入与监控、预测性维护、配件供应链协同、租赁经营管理和"
            "碳排放核算等服务。平台以车载网关和工地边缘盒子汇聚设备工况数据，已形成设备物模型、故障诊断模型、配件需求预测"
            "等核心能力，上架工业APP 196个，注册企业用户2,460家，实际服务企业1,838家，业务覆盖全国10个省市及越南、"
            "印度尼西亚、沙特阿拉伯等海外市场。主要客户包括大型租赁商、区域代理商和重点施工企业。")


def effect(v: dict) -> str:
    return ("平台针对工程机械行业设备分散、停机损失大、配件备货难、租赁计费粗放等痛点，通过设备远程监控、故障预警和"
            "配件需求预测，使客户设备运维成本平均下降17.84%、能耗平均下降8.62%；通过按工况计费的租赁模式，推动租赁业务从"
            "“按月包租”向“按小时计费”转变。2023年平台营收5,108.36万元，同比增长15.76%，带动新增就业320人，"
            "为长三角工程机械后市场数字化提供了可复制的样板。")
