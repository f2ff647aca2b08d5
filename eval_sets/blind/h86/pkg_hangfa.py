"""序号32 中国航发商密网工业互联网平台 — 中国航发商用航空发动机有限责任公司 (2023 参评: -). Three problems.
申报书 DOCX + 佐证材料汇编 PDF (two-page 目录) + evidence index XLSX + a PNG screenshot file."""

from pathlib import Path

from eval_sets.blind.h86 import gen
from eval_sets.blind.h86.model import Facts
from eval_sets.blind.h86.pkg_711 import SPEC as BASE
from eval_sets.blind.h86.render import DRAWN, dashboard

OWNER = "中国航发商用航空发动机有限责任公司"
SPEC = dict(BASE)
SPEC.update(
    list_no=32, participated=False, company=OWNER, company_short="中国航发商发", platform="中国航发商密网工业互联网平台",
    short="商密网平台", nature="企业级工业互联网平台（航空发动机研制协同）", industry="航空/航天",
    contact=("陆承泽", "13818526047", "luchengze@acae-smw.example.com"), contact_title="信息化部平台主管",
    contact2=("周启航", OWNER, "供应链数字化工程师", "13916730284", "zhouqh@acae-smw.example.com"),
    address="上海市闵行区莲花南路3998号研发中心2号楼208会议室", url="https://smw.acae.example.com", demo_user="eval_smw",
    demo_pw="Acae&Smw2024", build_time="2018.10-2023.12", build_time_cn="2018年10月至2023年12月", build_amt=15800.00,
    build_mode="自建", op_mode="自运营", deploy="私有云、混合云", deploy_text="自建涉密隔离私有云与混合云环境",
    credit_code="91310000067805412K", founded="2009-01-19", reg_address="上海市闵行区莲花南路3998号（闵行区）",
    company_type="有限责任公司（国有控股）", capital="1,200,000.00万元", legal_rep="蒋宏图", business="民用航空发动机研制、生产、销售与服务",
    equity="中国航空发动机集团有限公司 60.00%；上海国有资本投资有限公司 40.00%",
    rev={2020: 5326.18, 2021: 6104.72, 2022: 7238.45, 2023: 8462.30},
    rd_hist={2023: 2286.14, 2022: 1980.62, 2021: 1702.35}, profit_hist={2023: 846.52, 2022: 702.80, 2021: 563.26},
    opex_ratio=0.16, rd=2286.14, profit=846.52,
    company_fin=dict(rev=2_846_302_118.40, rev_prev=2_418_626_530.25, cost=3_106_842_215.60, cost_prev=2_702_418_806.33,
                     rd=1_286_420_316.85, rd_prev=1_102_306_418.10, profit=-212_604_318.20, profit_prev=-268_410_226.54,
                     assets=41_862_300_000.00, debt_ratio=38.26, tax=62_318_406.18),
    audit=dict(firm="上海华审会计师事务所（特殊普通合伙）", firm_seal="上海华审会计师事务所", cpa="秦思远　俞嘉言",
               no="沪华审审字（2024）第0286号"),
    ops=118, opr=46, qualified=142,
    devices=9680, pub=1240, run=860, overseas={"法国France": 64},
    dev_cats=(["机床", "仪器仪表", "动力设备", "机器人", "其他"], [38, 26, 14, 12, 10]),
    dev_regions=(["上海", "江苏", "陕西", "四川", "湖南", "辽宁", "贵州"], [34, 16, 14, 12, 9, 8, 7]),
    sites=["临港总装", "紫竹研发", "西安叶片", "成都机匣", "株洲燃烧室", "沈阳盘件", "贵阳锻件", "无锡轴承", "苏州涂层", "常州齿轮"],
    modes=["私有云", "边缘侧"], protocols=96, software=312, apps=238, native=164,
    app_cats=(["研发设计", "生产制造", "质量管控", "供应链管理", "运维服务"], [30, 24, 20, 16, 10]),
    app_inds=(["航空/航天", "机械"], [80, 20]), app_mau=186, killer_dau=212, killer_hits=15620, killer_rev=52.48,
    pub_apps=24, pub_dau=9, servers=328.00, pub_servers=16, storage=3200.00, data=1846.20, pub_data=86.40,
    models=612, active_models=286, model_users=428, model_w=[20, 45, 25, 10], speed=("秒级", "秒级（每TB试验数据检索分析约6秒）"),
    ms=1860, active_ms=1124, devs=2640, active_devs=836, registered=486, served=352,
    served_inds=(["航空/航天", "机械", "有色金属", "其他"], [56, 22, 12, 10]),
    served_regions=(["江苏", "陕西", "四川", "湖南", "辽宁", "贵州", "浙江"], [22, 18, 16, 12, 12, 10, 10]), served_local_fix=96,
    paid=188, sme=214, orders={"2023年自然年": 12860, "截至填表日前一年": 13542}, trade_growth=16.92,
    subs=4126, killer_subs=2604, sub_amount=5862.40, dev_util=86.10, domestic=95.20, smart=4, parks=6, solutions=26,
    sol_w=[5, 6, 6, 5, 1, 3], listed=(False, "否"), om_down=15.30, energy_down=7.40, safety_up=28.60, indices=3,
    patents=64, softc=52, carbon=False, handle=True, awards=8, jobs=320, social=18.92,
    open_data="以API接口和标准数据包形式向供应商开放：API接口142个、标准件与材料规范数据包18类", partners=5,
    positioning="面向民用航空发动机研制全链条、安全可控的企业级研制协同工业互联网平台",
    trend="航空发动机研制向数字化协同、供应链自主可控发展，研制链上下游协同需求迫切",
    other_resources="汇聚供应商352家、工艺规范1.2万份、试验数据包8,600个、工装模具3,400套资源信息。",
    edge="支持加工与试验设备数据采集、边缘存储、加密传输与质量特征分析；部署边缘计算应用节点640个，最低响应时延10毫秒。",
    sys_count=12, daily_records=1280, compute="隔离私有云CPU 16,000核、GPU 国产加速卡×64，支持弹性扩容",
    test_month="10月", sec_doc_no="商发信〔2022〕21号", sec_doc_no2="商发信〔2023〕44号",
    key_tech="研制协同引擎、国密加密传输与工艺质量模型均为自主研发，基础软硬件全面国产化，核心代码自主可控。",
    gain="3个案例平均缩短零部件交付周期24%，带动供应商新增产值约1.2亿元。",
    saving="3个案例平均降低设备运维成本15.30%，质量损失下降19%。",
    data_value="基于叶片、盘件加工与试验数据构建工艺质量模型612个，沉淀质量问题知识库1.8万条，在供应商间复用。",
    supply_chain="平台与352家供应商实现计划、质量、物流数据协同，关键件准时交付率提升至95.4%，质量问题闭环周期缩短36%。",
    new_tech="融合数字孪生、AI与标识解析：关键件数字孪生覆盖8类零部件，AI缺陷识别准确率97%，零部件标识解析注册量超300万。",
    standards="参与制定行业标准《航空发动机零部件数字化交付规范》等2项、团体标准3项。",
    contribution="支撑国产大飞机发动机研制链协同，带动本市及长三角航空配套企业数字化，服务本市企业96家。",
    open_mech="是，向供应商开放计划、质量与技术规范数据，按密级与合同分级授权共享，建立协同责任与激励机制。",
    cross_platform="与集团工业互联网平台、标识解析二级节点、适航审定协同平台等5个平台实现接口互通。",
    new_mode="培育“研制链协同+质量共治”模式，供应商基于平台协同设计与质量改进，年均协同项目200余项。",
    intro="中国航发商密网工业互联网平台由中国航发商发自主建设，是一个企业级工业互联网平台，面向民用航空发动机研制链提供研发协同、"
          "计划协同、质量协同与加工设备监测服务，主要用户为发动机零部件供应商与研制合作单位。",
    effect="平台解决了航空发动机研制链条长、供应商分散、质量追溯难等问题，关键件准时交付率提升至95.4%，带动新增就业320人。",
    company_intro="中国航发商用航空发动机有限责任公司成立于2009年，承担国产民用大涵道比涡扇发动机研制任务，主营民用航空发动机研制、"
                  "生产、销售与服务。",
    company_intro2="公司建有研发中心、总装基地与试验基地，研制链覆盖全国三百余家配套供应商。",
    scope="研发协同、计划协同、质量协同、设备监测", bench="某国际航空发动机企业供应商协同平台",
    arch=[("边缘层", "加工与试验设备边缘采集，兼容96种工业协议"), ("IaaS层", "国产化隔离私有云"),
          ("PaaS层", "研制协同引擎、工艺质量模型库、微服务中台"), ("SaaS层", "研发协同、计划协同、质量协同等工业APP")],
    modules=[("PaaS层", "研制协同引擎", "图纸、BOM、技术状态协同"), ("PaaS层", "工艺质量模型库", "叶片、盘件工艺质量模型"),
             ("SaaS层", "计划协同APP", "主计划分解与供应商进度"), ("SaaS层", "质量协同APP", "质量问题闭环管理"),
             ("SaaS层", "设备监测APP", "关键加工设备状态监测")],
    advanced=["平台实现航空发动机研制链技术状态、计划与质量数据的贯通，协同规模在国内同类平台中领先。",
              "平台基础软硬件全面国产化，国密加密传输保障研制数据安全。"],
    ops_more=["平台供应商覆盖长三角、西北、西南、中南及东北航空产业基地，并连接法国合作伙伴试验设备。"],
    innovation="平台以研制链协同为核心，实现技术状态、计划、质量的全链路贯通，基础软硬件自主可控。",
    effects=["关键件准时交付率由86.2%提升至95.4%。", "质量问题闭环周期缩短36%，供应商一次交检合格率提升3.8个百分点。"],
    app_innovation="以“研制链协同+质量共治”推动航空配套供应商整体数字化水平提升。",
    plans=["扩展数字孪生至整机试验。", "深化供应商质量数据共治。"],
    cases=[("叶片供应商质量协同", "某叶片供应商年产值约6亿元。", "平台打通叶片加工与检测数据，一次交检合格率提升5.2个百分点。"),
           ("机匣供应商计划协同", "某机匣企业年产值约4亿元。", "平台实现主计划分解与进度透明，交付周期缩短28%。"),
           ("关键加工设备状态监测", "某盘件企业拥有五轴机床120台。", "平台监测设备状态并预测维护，设备综合效率提升9%。")],
    security_report=dict(no="DJCP-31-2024-0903", score="88.70分", org="上海信衡网络安全测评中心", date="2024年4月"),
)
S = SPEC
S["patent_items"] = gen.patents(64, ["叶片加工质量监测", "研制数据协同", "航空零部件追溯", "试验数据采集", "工艺参数优化", "设备故障预测"], OWNER, 321)
S["softc_items"] = gen.softc(52, ["研制协同", "计划协同", "质量协同", "设备监测", "供应商门户"], OWNER, "商密网", 322)
S["patent_certs"] = [gen.cert_lines("patent", S["patent_items"][i]) for i in (0, 1)]
S["softc_certs"] = [gen.cert_lines("softc", S["softc_items"][i]) for i in (0, 1)]
S["sub_items"] = gen.subs(["计划协同", "质量协同", "技术状态管理", "设备监测", "供应商门户", "工艺规范库", "试验数据管理", "物流跟踪",
                           "工装管理", "标识解析", "交付看板", "问题闭环"], 4126, 2604, 5862.40, 323)
S["solution_items"] = gen.solutions(26, [5, 6, 6, 5, 1, 3], {
    "数字化管理": ["研制技术状态管理", "供应商资质管理", "工艺规范数字化", "工装模具管理", "试验数据管理"],
    "平台化设计": ["叶片协同设计", "机匣协同设计", "燃烧室仿真协同", "盘件强度分析", "管路布置设计", "短舱接口协同"],
    "网络化协同": ["主计划协同", "质量问题协同", "物流交付协同", "技术更改协同", "适航资料协同", "外协加工协同"],
    "智能化制造": ["叶片加工质量监测", "盘件加工参数优化", "涂层工艺监测", "五轴机床状态监测", "装配质量追溯"],
    "个性化定制": ["供应商专属协同空间"],
    "服务化延伸": ["关键设备预测性维护", "供应商能力提升服务", "零部件全生命周期追溯服务"]})
S["smart_items"] = [("中国航发商发临港总装智能工厂", "浦东新区", "装配质量追溯与计划协同"), ("某航空零部件智能工厂", "闵行区", "加工设备监测"),
                    ("某航空材料智能工厂", "宝山区", "工艺参数优化"), ("某精密锻造智能工厂", "松江区", "质量协同")]
S["award_items"] = [("上海市科技进步奖一等奖", "2021年12月", "上海市人民政府"), ("工业互联网试点示范项目", "2022年11月", "工业和信息化部"),
                    ("国防科学技术进步奖二等奖", "2022年10月", "国家国防科技工业局"), ("上海市工业互联网标杆平台", "2022年9月", "上海市经济和信息化委员会"),
                    ("中国航空学会科学技术奖一等奖", "2023年3月", "中国航空学会"), ("上海市质量金奖", "2023年9月", "上海市人民政府"),
                    ("数字化转型优秀案例", "2023年11月", "工业和信息化部"), ("中国机械工业科学技术奖二等奖", "2023年12月", "中国机械工业联合会")]
S["award_certs"] = [(a[0], [f"授予：{OWNER}", f"颁发单位：{a[2]}", f"时间：{a[1]}"], a[2][:12]) for a in S["award_items"][:2]]

PNG = "03-3 平台首页截图.png"


def png_screenshot(root: Path, s, real, decl, seed) -> list:
    img, text = dashboard("商密网平台 · 研制协同驾驶舱", [("协同供应商（家）", "352"), ("注册企业（家）", "486"),
                                                     ("工业APP", "238"), ("工艺质量模型", "612"), ("微服务", "1,860"),
                                                     ("注册开发者", "2,640"), ("在制零件批次", "4,826"), ("今日预警", "12")],
                          "截图时间：2024-07-11 15:20", seed + 77)
    img.save(root / PNG, "PNG", optimize=False)
    DRAWN[f"h86_hangfa_problems/{PNG}"] = {1: text}
    f = Facts(PNG)
    f.add("注册企业用户数（个）", "486", "家", 486, 1, row_label="注册企业（家）", image_only=True)
    f.add("实际服务企业数（个）", "352", "家", 352, 1, row_label="协同供应商（家）", image_only=True)
    f.add("工业APP数量（个）", "238", "个", 238, 1, row_label="工业APP", image_only=True)
    f.add("工业机理模型数量（个）", "612", "个", 612, 1, row_label="工艺质量模型", image_only=True)
    f.add("微服务数量（个）", "1,860", "个", 1860, 1, row_label="微服务", image_only=True)
    f.add("开发者注册总数（个）", "2,640", "个", 2640, 1, row_label="注册开发者", image_only=True)
    return f.items


HB = "03-1 佐证材料汇编（商密网平台）.pdf"
FORM = "02 申报表（商密网平台）.docx"
PLAN = dict(
    mode="huibian", toc_pages=2,
    files=dict(contact="01 联系人信息反馈表.docx", form=FORM, form_scan="02 申报表（盖章扫描件）.pdf",
               narrative="03 申报书（商密网平台）.docx", bound=HB, index="03-2 佐证材料索引.xlsx",
               summary="04 平台基本情况汇总表.xlsx", commit="05 真实性承诺（盖章）.pdf"),
    extra_files={PNG: "evidence:screenshot"}, extras=[png_screenshot],
    attach=[("license", "营业执照"), ("audit", "2023年度审计报告（摘录）及平台财务数据专项说明"), ("note", "平台人员及资源专项说明"),
            ("devices", "平台接入工业设备清单"), ("customers", "平台服务企业（协同供应商）名录"), ("subs", "工业APP订阅台账"),
            ("patents", "授权专利清单及证书"), ("softc", "软件著作权登记清单及证书"), ("awards", "省部级及以上奖项/荣誉清单及证书"),
            ("smart", "服务上海市级智能工厂情况"), ("solutions", "平台解决方案清单"), ("security", "第三方安全测评报告（结论页）")],
    declare_spec=dict(devices=9860),
    declare={"平台相关营业收入（万元）": 8642.30},
    blank=["平台实际用云量（台）"],
    shots=[],
    index_note="页码为《03-1 佐证材料汇编》页脚页码（封面及两页目录不编页码）；截图另见03-3。",
    index_offset=["平台相关营业收入（万元）", "平台核心软硬件技术获得的专利数量（项）"],
    layout=["bound:佐证材料汇编PDF(封面+目录2页不编页码)", "footer:第n页共N页", "narrative:docx", "audit:text",
            "device_list:multi-page+续表+合计", "customer_list:multi-page", "screenshot:png", "certificates:scan",
            "index:xlsx(printed+some PDF pages)"],
    description="序号32 中国航发商密网平台，3个问题：平台营收8,642.30与专项说明8,462.30不符、设备清单末页合计9,680而申报9,860、"
                "平台实际用云量空白（专项说明有328.00台）。",
    problems=[
        dict(family="declared_vs_evidence", fields=["平台相关营业收入（万元）"], files=[FORM, HB], severity="error",
             proof="平台相关营业收入（万元）",
             description="申报表平台相关营业收入（及近三年经营指标中2023年平台营收）填报 8642.30 万元，汇编附件2专项说明2023年度平台相关营业收入为 "
                         "8,462.30 万元（数字错位）；研发投入强度、利润率与2023年增长率均按8642.30计算"),
        dict(family="count_vs_list", fields=["连接的工业设备/产品/产线种类及数量（台/套）"], files=[FORM, HB], severity="error",
             proof="连接的工业设备/产品/产线种类及数量（台/套）",
             description="申报表连接的工业设备数量 9860 台/套（二级分类、区域分布按9860填报），汇编附件4《平台接入工业设备清单》续表末页合计 9,680"),
        dict(family="blank", fields=["平台实际用云量（台）"], files=[FORM, "04 平台基本情况汇总表.xlsx"], severity="error",
             proof="平台实际用云量（台）",
             description="指标明细表“平台实际用云量（台）”未填写（汇总表同样空白），汇编附件3专项说明列明 328.00 台"),
    ],
)
