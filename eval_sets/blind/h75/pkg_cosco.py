"""Package 4 — logistics: 序号28 基于全球船舶实时船位的航运新基建--船视宝 (中远海运科技股份有限公司), 2023参评 “-”.

THREE PROBLEMS (zip with a top folder), otherwise careful (计划单列市 大连/青岛/宁波/厦门/深圳 and 香港
beside the provinces, overseas flag states, both order readings, 万 on the dashboard, true 约/逾 prose):
- 平台相关营业收入 5,232.68 万元 vs the audit note's 52,316,8xx.xx 元 (5,231.68 万元) — 1 万元, beyond rounding;
- 省部级及以上奖项/荣誉 9 declared, the scanned award list counts 8;
- 申报书 “服务航运、港口及物流企业超过3,000家” while the form declares 2,846 实际服务企业.
"""

from __future__ import annotations

from model import Package
from specs import close_region, derive


def make() -> Package:
    p = Package(
        pid="h75_cosco_logistics_problems",
        list_no=28,
        listed_name="基于全球船舶实时船位的航运新基建--船视宝",
        company="中远海运科技股份有限公司",
        declared_name="基于全球船舶实时船位的航运新基建--船视宝",
        participated_2023=False,
        short="中远海运科技",
        industry="logistics",
        delivery="zip",
        zip_root="中远海运科技_船视宝_2024年度工业互联网平台应用水平评价申报材料",
        description=("序号28中远海运科技船视宝航运平台（zip，含顶层文件夹），3个问题：平台营收与审计报告平台附注相差1万元（超出取整）、"
                     "荣誉清单（扫描件）8项而申报9项、申报书称服务企业超过3,000家而申报表为2,846家；其余为细心写法（计划单列市与香港分列、"
                     "海外船籍国、订单两种口径、驾驶舱2.49万、约/逾表述属实）。"),
        layout=["zip", "zip_root_folder", "naming:numbered-space", "evidence_dir:3 证明材料", "form:docx",
                "columns:section-rows+content+actual+proof", "numbers:plain", "audit_unit:元",
                "audit_columns:本期金额/上期金额", "platform_part:专项附注(元,两行表头)", "device_list:xlsx-two-header-rows",
                "screenshots:png", "ip_list:pdf", "awards:scan", "ops:pdf", "summary:xlsx-vertical",
                "commitment:scan", "stamped_scan", "region:计划单列市+香港"],
        secrets=["Cvs#Ship2024"],
    )
    p.info = dict(
        credit_code="91310000132214560X", founded="1993年8月18日", reg_place="上海市浦东新区", reg_district="浦东新区",
        type="股份有限公司（上市）", capital="37,117.86万元",
        business="航运与物流信息化、智能交通、船舶通信导航与信息服务、航运大数据服务、软件开发与系统集成",
        legal_rep="王立新", contact="倪晨", contact_title="船视宝事业部副总经理", mobile="13901947358",
        fax="021-35126640", email="nichen@cosco-tech.example.com",
        holders=[("中远海运科技控股股东（国有法人）", "17,818.00万元", "48.00%"), ("社会公众股东", "19,299.86万元", "52.00%")],
        fin=dict(assets="486,231.74", income="198,643.27", income_growth="5.12", debt="44.83", profit="16,524.06",
                 tax="7,318.55"),
        address="上海市浦东新区民生路600号船舶大厦15楼1号会议室",
        address_parts=("浦东新区", "民生路", "600号", "船舶大厦15楼1号会议室"),
        url="https://www.shipview.example.com", account="sheitc2024", password="Cvs#Ship2024",
        build_from=(2020, 1), build_to=(2023, 12), nature="行业型工业互联网平台",
        build_mode="自建", partner="", op_mode="自运营",
        iaas="租用", iaas_vendor="上海海云数据服务有限公司", deploy=["公有云", "混合云"], deploy_other="",
        auditor="上海信永会计师事务所（特殊普通合伙）", audit_no="信永审字〔2024〕第0729号", sign_date="2024年7月12日",
    )
    rev = {2020: 3206.45, 2021: 3862.17, 2022: 4508.92, 2023: 5232.68}
    dev_reg = close_region({"上海": 9420, "天津": 1260, "大连": 1086, "青岛": 1342, "宁波": 1168, "厦门": 640,
                            "深圳": 1208, "广东": 1482, "江苏": 1318, "香港": 0, "新加坡Singapore": 1612,
                            "希腊Greece": 884, "巴拿马Panama": 742, "马耳他Malta": 688}, 24860, "香港")
    served_reg = close_region({"上海": 508, "天津": 126, "大连": 98, "青岛": 142, "宁波": 156, "厦门": 84, "深圳": 168,
                               "广东": 212, "江苏": 286, "浙江": 174, "山东": 118, "辽宁": 64, "福建": 92, "香港": 246,
                               "新加坡Singapore": 188, "希腊Greece": 66, "巴拿马Panama": 34, "马耳他Malta": 0},
                              2846, "马耳他Malta")
    v = dict(
        team_om=96, team_op=56, team_q=118, rd=936.52,
        dev=24860, pub=21340, run=16472,
        dev_cat={"交通设备": 18240, "物流设备": 5620, "仪器仪表": 1000},
        dev_reg=dev_reg,
        ovs_by={"新加坡Singapore": 1612, "希腊Greece": 884, "巴拿马Panama": 742, "马耳他Malta": 688},
        protocols=64, sw=86, app=74, app_native=58, app_cloud=16,
        app_cat={"仓储物流": 22, "运营管理": 16, "安全生产": 14, "节能减排": 12, "供应链管理": 10},
        app_ind={"服务业": 46, "船舶": 28},
        app_mau=61, killer_dau=2384, killer_hits=31620, killer_rev=38.74, pub_app=69, pub_app_dau=44,
        cloud=164.00, pub_cloud=128, cap=3600.00, data=2786.40, pub_data=2104.62,
        models=96, models_active=58, model_users=1148,
        model_cat={"数据算法模型": 52, "研发仿真模型": 6, "行业机理模型": 24, "业务流程模型": 14},
        speed="毫秒级（每TB船位轨迹数据检索约350毫秒）", speed_level="毫秒级",
        micro=742, micro_active=486, devs=1860, devs_active=412,
        reg=4128, served=2846, paid=1034, sme=1968,
        served_ind={"服务业": 2386, "船舶": 318, "石化化工": 86, "其他": 56},
        served_reg=served_reg,
        orders_nat=9860, orders_ttm=10324, trade_growth=15.37,
        subs=8426, killer_subs=5318, subs_amt=3126.40, dev_util=66.26, localization=80.50,
        smart=2, parks=4, solutions=16,
        sol_mode={"数字化管理": 5, "网络化协同": 6, "服务化延伸": 5},
        vc=True, indices=8, patents=26, copyrights=88, awards=8, jobs=180, social=24.12, partners=12,
        sec_rules=True, sec_test=True, sec_scan=True, breakthrough=True, carbon=True, idres=True,
        cases=[
            dict(name="上海东方海运船舶管理有限公司", om=12.40, energy=4.86, safety=15.20),
            dict(name="宁波港城集装箱码头有限公司", om=10.86, energy=6.12, safety=12.60),
            dict(name="青岛海通冷链物流有限公司", om=13.32, energy=5.40, safety=14.80),
        ],
    )
    derive(v, rev, profit=642.37, build_amount=9860.00)
    v["rev_2020"] = rev[2020]
    p.ev = dict(rev=5231.68, awards=v["awards"])
    v["awards"] = 9                         # L-02: the scanned list counts 8
    v["t_open_data"] = "开放船位及港口API接口146个、船舶静态档案数据集2个（约21万艘）、航运指数数据服务8项"
    v.update(texts(v))
    p.v = v
    p.style = dict(num="plain", unit_suffix=False, brk_sep="\n", brk_kv="：", private={},
                   orders="2023自然年：{nat}个\n截至填表日前一年：{ttm}个", summary_orders="both")
    p.info["intro"] = intro(v)
    p.info["effect"] = effect(v)
    p.v["claims"] = [
        dict(snippet="约2.49万台（套）", word="约", shown=24900, label="连接的工业设备/产品/产线种类及数量（台/套）",
             declared=v["dev"]),
        dict(snippet="逾1,800名", word="超过", shown=1800, label="开发者注册总数（个）", declared=v["devs"]),
        dict(snippet="超过3,000家", word="超过", shown=3000, label="实际服务企业数（个）", declared=v["served"],
             planted=True),
    ]
    p.problems = [
        dict(n=1, family="declared_vs_evidence", fields=["平台相关营业收入（万元）", "平台近三年经营指标情况"],
             files=["form", "audit"], severity="error",
             description=("申报表填报平台相关营业收入 5,232.68 万元（“平台近三年经营指标情况”2023年同为 5,232.68 万元），"
                          "审计报告附注“船视宝平台业务收支专项说明”2023年度平台营业收入为 {rev_yuan} 元，即 5,231.68 万元，"
                          "相差 1.00 万元，超出取整误差")),
        dict(n=2, family="count_vs_list", fields=["平台获得省部级及以上奖项/荣誉数量（个）"], files=["form", "awards"],
             severity="error",
             description="申报表填报平台获得省部级及以上奖项/荣誉数量 9 个，荣誉证书清单（扫描件）仅列出 8 项（“共计8项”）"),
        dict(n=3, family="narrative_vs_form", fields=["实际服务企业数（个）"], files=["book", "form"], severity="warning",
             description="申报书称平台“累计服务航运、港口及物流企业超过3,000家”，申报表填报实际服务企业数 2,846 个，低于3,000"),
    ]
    return p


def texts(v: dict) -> dict:
    return dict(
        t_position="基于全球船舶实时船位的航运数字化基础设施，为航运、港口、物流和船舶制造企业提供数据与应用服务。",
        t_policy=("1.交通运输部《数字交通“十四五”发展规划》：推进航运要素数字化和船岸协同。\n"
                  "2.上海市《制造业数字化转型实施方案》：支持行业平台赋能产业链上下游。\n"
                  "3.航运物流行业：全球船队数字化、港航协同和绿色航运是主要发展趋势。"),
        t_strategy="是，已纳入《中远海运科技股份有限公司“十四五”发展规划》",
        t_plan="是，《船视宝平台2023—2025年发展专项规划》",
        t_other_res="平台汇聚全球船舶静态档案约21万艘、港口及泊位档案约1.6万个、航线约4,200条、气象海况格点数据日更新约2TB，形成“船—港—货—航线”四类资源库，支撑船期预测与港口拥堵分析。",
        t_edge="船端边缘设备支持航行数据采集、本地存储、卫星链路断点续传与油耗异常识别；部署边缘计算应用节点（船载智能网关）2,860个，最低响应时延200毫秒（卫星链路）/30毫秒（港区5G）。",
        t_collect="采集AIS岸基与卫星数据、港口作业系统、船公司船管系统、集装箱码头TOS与物流订单系统数据，已对接外部系统318个，日均采集船位记录约2.4亿条。",
        t_scalable="是",
        t_compute="公有云实例128台、私有云服务器36台，支持弹性扩容",
        t_datamgmt="建立船舶、港口、航次三类主数据标准54项，对船位数据实施去噪、插补、纠偏等质量处理，船位数据有效率99.5%；实行数据分级分类和访问审计。",
        t_algo_yes="是",
        t_algo_types="基础算法（排序、查找、统计）；聚类算法（航线与锚地识别）；分类算法（船舶行为识别）；预测与估算算法（ETA预测、油耗估算）；关联分析算法（港口拥堵关联）",
        t_community="是",
        t_langs="共5种：Java、Python、Scala、JavaScript、C++",
        t_framework="平台基于Spring Cloud微服务与大数据计算框架（Flink/Spark）构建，提供船位、港口、航线、气象等领域服务，应用采用前后端分离和插件化方式开发，支持SaaS与私有化交付。",
        t_tools="提供开放API门户、船位数据SDK、地图可视化组件库、低代码报表工具和在线沙箱调试环境，支持开发者申请密钥、调试、发布和计量。",
        t_sec_rules="是。《船视宝平台网络安全管理办法》（CST-XA-2021-03，2021年5月）；《平台数据安全管理细则》（CST-XA-2022-11，2022年10月）；《网络安全事件应急预案》（CST-XA-2023-02，2023年3月）",
        t_sec_scope="数据、传输、访问登录、代码、应用、网络、船岸通信链路",
        t_sec_test="是，每年一次（第三方等级保护三级测评），重大版本发布前加做第三方渗透测试",
        t_sec_scan="是，每周一次自动漏洞扫描，每月出具扫描报告",
        t_sec_tech="云防火墙与安全组隔离、WAF、抗DDoS、API网关鉴权限流、全链路HTTPS加密、统一身份认证与双因素登录、数据库审计与敏感字段加密。",
        t_sec_data="核心数据实时双机热备，每日云备份、每月离线备份；在异地数据中心部署灾备集群，RPO≤15分钟，每半年开展一次切换演练。",
        t_vc="是，中远海运科技股份有限公司为深圳证券交易所上市公司",
        t_keytech="全球船位融合处理、ETA预测、船舶能效评估、港口拥堵识别等关键技术均为自主研发，核心软件与算法自主可控。",
        t_benefit="基于3个案例：船舶平均准班率提升6.8个百分点，码头平均作业效率提升9.4%，冷链运输货损率下降35%，安全生产持续时间平均提升14.20%。",
        t_costdown="基于3个案例：设备运维成本平均下降12.19%，船舶及港机能耗平均下降5.46%，压港等待时间平均缩短18%。",
        t_datavalue="平台日处理全球船位数据约2.4亿条，形成船舶画像、港口拥堵、航线运力、碳排放等数据产品，并发布8个航运特色指数；将船舶管理经验沉淀为能效评估和航行风险模型，服务船公司节能和安全管理。",
        t_supply="平台连接船公司、码头、货代、冷链物流企业和船舶制造企业，实现船期、泊位、集卡和仓储计划协同：为码头提供船舶ETA预测，提前72小时排定泊位；为货主提供全程可视化追踪。2023年服务集装箱约680万TEU的在途跟踪，码头泊位计划准确率提升至92%，货主查询响应时间由小时级缩短至分钟级。",
        t_newtech="有。平台融合卫星通信、5G、AI大模型与数字孪生：卫星+5G实现船岸数据连续回传；航运知识大模型提供船舶动态智能问答；构建重点港口数字孪生，实现泊位与锚地态势推演。",
        t_indices="共8个：船舶拥堵指数、港口效率指数、航线运力指数、集装箱船准班率指数、航运碳排放指数、运价指数等",
        t_breakthrough="是。自研多源船位融合与ETA预测算法，ETA预测误差平均3.2小时，优于国外同类产品（约5小时）；自研船舶能效评估模型，支持IMO CII评级预测。",
        t_carbon="是。提供船舶碳排放监测、CII评级预测和航次碳核算服务，服务船公司及船管公司64家。",
        t_idres="是。对接国家工业互联网标识解析航运行业二级节点，为船舶、集装箱和船用设备赋码约45万个。",
        t_standards="参与制定国家标准1项、行业标准2项：\n1.《船舶自动识别系统（AIS）数据应用服务规范》（国家标准，参与）；\n2.《港口船舶到港时间预测服务要求》（行业标准，牵头）；\n3.《船舶能效数据采集规范》（行业标准，参与）。",
        t_awards="共9个，清单见附件3-5",
        t_contrib="平台服务上海国际航运中心建设，在本市服务航运、港口和物流企业508家，为洋山、外高桥港区提供船舶动态与拥堵预警；服务长江经济带与沿海主要港口，支撑国家重点物资海上运输保障和绿色航运发展。",
        t_open="是。平台建立航运数据开放共享机制：向产业链开放船位、港口、航线和指数数据服务，采用开放API与数据订阅方式，按用户等级授权并计量，数据经脱敏后共享。",
        t_crossplat="平台与港口作业平台、海事监管平台、船舶代理平台、跨境物流平台等12个平台建立API级对接，实现船舶动态、泊位计划与通关状态互通。",
        t_newmodel="培育“航运数据即服务”新模式：按调用量和订阅等级向船公司、货代、金融机构提供船位与指数数据服务；孵化船舶碳排放核算与CII评级咨询服务，2023年服务船舶约1,800艘。",
        t_smart="是，2家：上海临港船舶配套有限公司智能工厂（浦东新区），提供原材料与成品物流在途追踪；上海长兴海洋装备有限公司智能工厂（崇明区），提供交船航次与船舶动态服务。",
    )


def intro(v: dict) -> str:
    return ("船视宝是中远海运科技股份有限公司自主建设运营的行业型工业互联网平台，面向航运物流行业，基于全球船舶实时船位数据，"
            "提供船舶动态、港口拥堵、船期预测、船舶能效与碳排放、集装箱全程追踪等服务。平台接入船载智能网关、"
            "港机与冷藏箱监控终端等设备24860台（套），上架工业APP 74个，注册企业用户4128家，客户覆盖船公司、"
            "码头、货代、冷链物流企业和船舶制造企业，服务范围覆盖国内主要港口城市及新加坡、希腊等海外航运中心。")


def effect(v: dict) -> str:
    return ("平台解决了航运业船岸信息不对称、船期不准、港口拥堵、能耗与碳排放管理粗放等痛点。案例企业设备运维成本平均下降12.19%、"
            "能耗平均下降5.46%；码头泊位计划准确率提升至92%。2023年平台营收5232.68万元，同比增长16.05%，带动新增就业180人，"
            "为上海国际航运中心数字化建设提供了支撑。")
