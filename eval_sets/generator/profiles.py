"""Who each generated package is: the company and platform facts that are words, not numbers.

Owns the invented, fixed descriptive data of every package (people, addresses, industries,
apps, case customers, auditor). Platform and company names come from 附件6; everything else is
invented. Numbers live in `values`; prose built from these facts lives in `prose`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    customer: str
    customer_intro: str
    theme: str  # after the dash in 案例名称: what the case demonstrates
    scene: str  # one-phrase description of the deployment


@dataclass(frozen=True)
class Profile:
    list_no: int
    short: str
    credit_code: str
    founded: str
    district: str
    company_type: str
    capital: str
    main_business: str
    legal_rep: str
    contact: str
    contact_title: str
    mobile: str
    fax: str
    email: str
    shareholders: tuple[tuple[str, str, str], ...]
    industry: str  # the industry the platform serves, in words
    focus: str  # what the platform does, one phrase
    kind: str  # 平台性质 as the applicant states it
    device_categories: tuple[str, ...]
    regions: tuple[str, ...]  # 附录F regions, 上海 first
    overseas: tuple[str, ...]  # 中文+English names, e.g. 俄罗斯Russia
    app_industries: tuple[str, ...]
    killer_apps: tuple[str, ...]
    partner: str | None  # 合作共建 partner, None for 自建
    ops_mode: str
    iaas_provider: str | None  # None means IaaS 自建
    deployments: tuple[str, ...]
    host: str
    auditor: str
    meeting_address: tuple[str, str, str]
    cases: tuple[Case, ...]
    build_start: tuple[int, int]
    build_end: tuple[int, int]


PROFILES: dict[int, Profile] = {}


def _add(profile: Profile) -> None:
    PROFILES[profile.list_no] = profile


_add(Profile(
    list_no=15, short="华兴数字", credit_code="91310112MA1GB7Q35K", founded="2016年8月18日",
    district="上海市闵行区", company_type="有限责任公司（自然人投资或控股）", capital="5000.00万元",
    main_business="工程机械物联网终端、设备远程运维软件及后市场数字化服务",
    legal_rep="王建华", contact="陈晓雯", contact_title="平台运营总监", mobile="13817265530",
    fax="021-64581236", email="chenxw@hxsz.example.com",
    shareholders=(("王建华", "2550.00", "51.00%"), ("上海兴程投资合伙企业（有限合伙）", "2450.00", "49.00%")),
    industry="工程机械", focus="工程机械设备远程运维与后市场服务", kind="行业型工业互联网平台",
    device_categories=("工程机械", "动力设备", "物流设备", "仪器仪表"),
    regions=("上海", "江苏", "浙江", "山东", "四川", "广东"), overseas=("俄罗斯Russia", "印度尼西亚Indonesia"),
    app_industries=("机械", "建筑业", "采矿", "服务业"),
    killer_apps=("易维讯设备健康管家", "远程故障诊断", "配件智能推荐", "工况油耗分析", "服务工单管理"),
    partner="上海临港智联软件有限公司", ops_mode="自运营", iaas_provider="阿里云计算有限公司",
    deployments=("私有云", "公有云"), host="ywx.hxsz.example.com",
    auditor="上海申联会计师事务所（特殊普通合伙）",
    meeting_address=("闵行", "紫星", "588号2幢"),
    cases=(
        Case("江苏恒泰重工机械有限公司", "恒泰重工是专业生产履带式起重机和旋挖钻机的国家高新技术企业，年产整机1200台，产品销往40余个国家和地区。",
             "起重机群远程运维", "为其在用起重机加装智能终端并接入平台"),
        Case("浙江甬路工程建设集团有限公司", "甬路工程是浙江省交通基础设施施工骨干企业，自有及租赁各类工程机械2000余台，年施工产值约60亿元。",
             "施工机群调度", "对施工现场机群进行统一监控与调度"),
        Case("四川川力矿山设备有限公司", "川力矿山主要从事矿用挖掘机、矿用自卸车的租赁和维修服务，服务西南地区30余座矿山。",
             "矿山设备预测性维护", "对矿用设备开展振动、温度与油液监测"),
    ),
    build_start=(2019, 3), build_end=(2023, 12),
))

_add(Profile(
    list_no=1, short="华谊", credit_code="913100001322187464", founded="1997年1月23日",
    district="上海市徐汇区", company_type="股份有限公司（上市、国有控股）", capital="212924.38万元",
    main_business="化工原料、精细化学品、化工新材料的研发、生产与销售",
    legal_rep="陈志明", contact="周立成", contact_title="数字化部副总经理", mobile="13901735528",
    fax="021-23530100", email="zhoulc@huayi.example.com",
    shareholders=(("上海华谊控股集团有限公司", "139350.00", "65.45%"), ("其他公众股东", "73574.38", "34.55%")),
    industry="化工", focus="化工生产安全、能效与供应链协同", kind="行业型工业互联网平台",
    device_categories=("化工设备", "动力设备", "仪器仪表", "电力设备", "物流设备"),
    regions=("上海", "江苏", "浙江", "安徽", "广西", "重庆"), overseas=(),
    app_industries=("石化化工", "医药", "轻工"),
    killer_apps=("化工安全风险监测", "装置能效优化", "危化品物流追踪", "设备完整性管理", "工艺报警分析"),
    partner=None, ops_mode="自运营", iaas_provider=None,
    deployments=("私有云", "混合云"), host="iip.huayi.example.com",
    auditor="上海信衡会计师事务所（特殊普通合伙）",
    meeting_address=("徐汇", "龙启", "176号"),
    cases=(
        Case("上海谊化新材料有限公司", "谊化新材料主要生产丙烯酸及酯、高吸水性树脂等产品，拥有年产64万吨丙烯酸及酯装置。",
             "装置能效优化", "对丙烯酸装置开展能耗建模与优化"),
        Case("广西钦谊能源化工有限公司", "钦谊能源化工位于钦州港经济技术开发区，建有煤制甲醇、醋酸等一体化装置。",
             "化工园区安全管控", "建设园区级安全风险监测预警系统"),
        Case("上海浦谊氯碱化工有限公司", "浦谊氯碱是华东地区重要的氯碱生产企业，主要产品包括烧碱、氯气、PVC等。",
             "设备完整性管理", "对关键机泵和压缩机开展预测性维护"),
    ),
    build_start=(2018, 6), build_end=(2023, 12),
))

_add(Profile(
    list_no=5, short="新华控制", credit_code="91310114MA1GU4K29T", founded="2010年4月2日",
    district="上海市嘉定区", company_type="有限责任公司（非自然人投资或控股的法人独资）", capital="20000.00万元",
    main_business="发电厂分散控制系统、电力能源工业软件与智慧运维服务",
    legal_rep="李国强", contact="孙佳怡", contact_title="工业互联网事业部经理", mobile="13764829917",
    fax="021-59168820", email="sunjy@xinhua.example.com",
    shareholders=(("上海新华控制技术（集团）有限公司", "20000.00", "100.00%"),),
    industry="电力能源", focus="火电、新能源机组智能监控与运维", kind="行业型工业互联网平台",
    device_categories=("电力设备", "动力设备", "仪器仪表", "电工、电子设备"),
    regions=("上海", "江苏", "内蒙古", "山西", "新疆", "广东", "河南"), overseas=("越南Vietnam",),
    app_industries=("电力、热力和燃气", "石化化工", "建材"),
    killer_apps=("机组性能在线诊断", "燃烧优化", "风机健康评估", "光伏运维助手", "两票管理"),
    partner="上海电力能源数科有限公司", ops_mode="联合运营", iaas_provider="中国电信股份有限公司上海分公司",
    deployments=("边缘侧", "私有云", "公有云"), host="eiot.xinhua.example.com",
    auditor="上海致远会计师事务所有限公司",
    meeting_address=("嘉定", "叶城", "1118号"),
    cases=(
        Case("内蒙古岱川发电有限责任公司", "岱川电厂装机容量240万千瓦，是内蒙古自治区重要的坑口电站和西电东送骨干电源。",
             "燃烧优化", "对四台机组锅炉实施燃烧优化闭环控制"),
        Case("江苏浏河风电有限公司", "浏河风电运营海上及陆上风电场3座，装机容量约45万千瓦。",
             "风机健康评估", "为156台风电机组建设健康评估模型"),
        Case("新疆天盛能源有限责任公司", "天盛能源是集煤炭开采、发电于一体的综合能源企业，拥有两座大型火电厂。",
             "机组性能在线诊断", "建设机组性能在线计算与诊断系统"),
    ),
    build_start=(2019, 1), build_end=(2023, 10),
))

_add(Profile(
    list_no=27, short="碳索能源", credit_code="91310115MA1K3C8N6X", founded="2018年11月5日",
    district="上海市浦东新区", company_type="股份有限公司（非上市、自然人投资或控股）", capital="6800.00万元",
    main_business="工业节能改造、综合能源管理系统与碳资产管理服务",
    legal_rep="许文涛", contact="黄静", contact_title="市场总监", mobile="18621937745",
    fax="021-50806612", email="huangj@tansuo.example.com",
    shareholders=(("许文涛", "3468.00", "51.00%"), ("上海绿能创投有限公司", "3332.00", "49.00%")),
    industry="工业节能与碳管理", focus="工厂能源管理、节能改造与碳管理", kind="专业型工业互联网平台",
    device_categories=("动力设备", "电力设备", "仪器仪表", "建材设备"),
    regions=("上海", "江苏", "浙江", "安徽", "湖北"), overseas=(),
    app_industries=("建材", "食品", "机械", "电子"),
    killer_apps=("能耗在线监测", "空压站群控", "碳排放核算", "光储充调度", "能效对标分析"),
    partner=None, ops_mode="自运营", iaas_provider="华为云计算技术有限公司",
    deployments=("边缘侧", "公有云"), host="zero.tansuo.example.com",
    auditor="上海明诚会计师事务所（普通合伙）",
    meeting_address=("浦东新", "张衡", "666弄2号"),
    cases=(
        Case("江苏金陵新型建材有限公司", "金陵建材主要生产蒸压加气混凝土砌块和板材，年产能150万立方米。",
             "空压站群控节能", "对全厂空压站实施群控改造"),
        Case("上海味源食品有限公司", "味源食品是华东地区调味品生产企业，拥有三条自动化灌装线。",
             "能耗在线监测", "建设全厂分项计量与能耗监测系统"),
        Case("浙江天恒精密机械有限公司", "天恒精密从事汽车零部件精密加工，拥有数控加工中心300余台。",
             "碳排放核算", "建设产品碳足迹与组织碳排放核算体系"),
    ),
    build_start=(2020, 5), build_end=(2023, 12),
))

_add(Profile(
    list_no=16, short="欧冶云商", credit_code="91310000342102361U", founded="2015年2月12日",
    district="上海市宝山区", company_type="股份有限公司（非上市、国有控股）", capital="100000.00万元",
    main_business="钢铁产业链交易服务、物流服务、加工服务与供应链金融服务",
    legal_rep="孙立新", contact="吴佩琳", contact_title="战略规划部经理", mobile="13671908342",
    fax="021-26648800", email="wupl@ouyeel.example.com",
    shareholders=(("中国宝武钢铁集团有限公司", "39920.00", "39.92%"), ("其他股东", "60080.00", "60.08%")),
    industry="钢铁", focus="钢铁产业链交易、物流与加工协同", kind="行业型工业互联网平台",
    device_categories=("物流设备", "冶炼设备", "机床", "仪器仪表"),
    regions=("上海", "江苏", "湖北", "广东", "天津", "河北"), overseas=("泰国Thailand",),
    app_industries=("黑色金属", "机械", "建筑业", "汽车"),
    killer_apps=("钢材现货交易", "智慧仓储", "运力调度", "加工排产", "质量异议处理"),
    partner="上海宝信软件股份有限公司", ops_mode="自运营", iaas_provider="上海宝信软件股份有限公司",
    deployments=("私有云", "公有云"), host="eco.ouyeel.example.com",
    auditor="上海汇诚会计师事务所（特殊普通合伙）",
    meeting_address=("宝山", "水产", "1269号"),
    cases=(
        Case("武汉江诚钢铁物流有限公司", "江诚物流主要从事钢材仓储与运输业务，在华中地区拥有8座钢材仓库。",
             "智慧仓储", "对8座仓库实施行车、库位数字化改造"),
        Case("广东粤钢加工配送有限公司", "粤钢加工配送主要为家电和汽车企业提供钢板剪切与配送服务。",
             "加工排产", "建设加工中心排产与订单协同系统"),
        Case("天津津港钢材贸易有限公司", "津港钢贸为华北地区钢材贸易商，年交易量约120万吨。",
             "钢材现货交易", "通过平台开展现货交易与在线结算"),
    ),
    build_start=(2017, 9), build_end=(2023, 12),
))

_add(Profile(
    list_no=21, short="中移上研", credit_code="91310115MA1HA7LD8W", founded="2019年3月28日",
    district="上海市浦东新区", company_type="有限责任公司（非自然人投资或控股的法人独资）", capital="30000.00万元",
    main_business="5G行业应用、工业互联网平台、物联网与信息通信技术服务",
    legal_rep="韩立峰", contact="蔡宇航", contact_title="工业互联网产品部经理", mobile="13916620518",
    fax="021-61150230", email="caiyh@cmsr.example.com",
    shareholders=(("中国移动通信有限公司", "30000.00", "100.00%"),),
    industry="多行业", focus="5G+工业互联网连接、边缘与应用使能", kind="跨行业跨领域工业互联网平台",
    device_categories=("机床", "机器人", "电工、电子设备", "物流设备", "动力设备", "交通设备"),
    regions=("上海", "北京", "江苏", "浙江", "广东", "湖北", "四川", "山东"), overseas=("德国Germany", "新加坡Singapore"),
    app_industries=("电子", "汽车", "机械", "船舶", "轨道交通"),
    killer_apps=("5G工业质检", "设备远程运维", "AGV云化调度", "工业视觉定位", "能耗看板"),
    partner="上海飞络信息科技有限公司", ops_mode="联合运营", iaas_provider=None,
    deployments=("边缘侧", "私有云", "公有云", "混合云"), host="onepower.cmsr.example.com",
    auditor="上海天衡会计师事务所（特殊普通合伙）",
    meeting_address=("浦东新", "科苑", "88号"),
    cases=(
        Case("上海临港汽车零部件有限公司", "临港汽车零部件主要生产新能源汽车电驱壳体和底盘结构件，年产值约25亿元。",
             "5G工业质检", "建设5G专网与云化视觉质检系统"),
        Case("江苏沪宁电子科技有限公司", "沪宁电子为消费电子整机代工企业，拥有SMT产线42条。",
             "AGV云化调度", "对230台AGV实施5G云化调度"),
        Case("湖北长江船舶配套有限公司", "长江船舶配套主要生产船用管系与分段结构件，年分段产量约6万吨。",
             "设备远程运维", "对焊接机器人与切割设备实施远程运维"),
    ),
    build_start=(2019, 6), build_end=(2023, 12),
))

_add(Profile(
    list_no=31, short="光明乳业", credit_code="91310000132270453A", founded="1996年10月7日",
    district="上海市闵行区", company_type="股份有限公司（上市、国有控股）", capital="137864.27万元",
    main_business="乳和乳制品的开发、生产和销售，奶牛的饲养、培育，物流配送",
    legal_rep="郑维民", contact="沈立群", contact_title="信息技术部总监", mobile="13585716623",
    fax="021-54584520", email="shenlq@brightdairy.example.com",
    shareholders=(("光明食品（集团）有限公司", "71896.50", "52.15%"), ("其他公众股东", "65967.77", "47.85%")),
    industry="乳制品", focus="乳业全产业链质量追溯与智能制造", kind="企业级工业互联网平台",
    device_categories=("轻工设备", "动力设备", "仪器仪表", "物流设备", "农林机械"),
    regions=("上海", "江苏", "黑龙江", "河南", "天津"), overseas=("新西兰New Zealand",),
    app_industries=("食品", "农业", "服务业"),
    killer_apps=("牧场数字化管理", "生产质量追溯", "冷链温控监测", "配送路径优化", "设备点检"),
    partner=None, ops_mode="自运营", iaas_provider="上海光明信息科技有限公司",
    deployments=("私有云", "公有云"), host="iip.brightdairy.example.com",
    auditor="上海德正会计师事务所（特殊普通合伙）",
    meeting_address=("闵行", "吴中", "578号"),
    cases=(
        Case("上海金丰牧业有限公司", "金丰牧业存栏奶牛约3200头，是上海市规模化奶牛养殖示范基地。",
             "牧场数字化管理", "部署奶牛个体识别与发情监测"),
        Case("上海奉浦乳品有限公司", "奉浦乳品位于上海市奉贤区，设计日处理鲜奶1200吨，主要生产巴氏鲜奶和酸奶。",
             "生产质量追溯", "建设从奶源到成品的质量追溯体系"),
        Case("上海鲜达冷链物流有限公司", "鲜达冷链是华东地区乳品冷链物流企业，拥有冷藏车辆1000余辆。",
             "冷链温控监测", "对冷链车辆与冷库实施温控监测"),
    ),
    build_start=(2019, 9), build_end=(2023, 12),
))

_add(Profile(
    list_no=33, short="延锋金桥", credit_code="91310115607358442D", founded="1994年6月30日",
    district="上海市浦东新区", company_type="有限责任公司（外商投资企业与内资合资）", capital="12000.00万元",
    main_business="汽车内外饰件的设计、制造与销售",
    legal_rep="张海波", contact="林思远", contact_title="数字化转型办公室主任", mobile="13818457702",
    fax="021-50321188", email="linsy@yfjq.example.com",
    shareholders=(("延锋汽车饰件系统有限公司", "12000.00", "100.00%"),),
    industry="汽车零部件", focus="汽车饰件注塑、涂装与装配的智能制造", kind="企业级工业互联网平台",
    device_categories=("轻工设备", "机器人", "仪器仪表", "物流设备"),
    regions=("上海", "江苏", "辽宁", "湖北"), overseas=(),
    app_industries=("汽车", "轻工"),
    killer_apps=("注塑工艺优化", "涂装质量分析", "设备OEE看板", "物料拉动", "能源管理"),
    partner=None, ops_mode="自运营", iaas_provider=None,
    deployments=("私有云",), host="iip.yfjq.example.com",
    auditor="上海申联会计师事务所（特殊普通合伙）",
    meeting_address=("浦东新", "金海", "2999号"),
    cases=(
        Case("延锋金桥沈阳分公司", "沈阳分公司为华北地区主机厂配套仪表板与门板，拥有注塑机86台。",
             "注塑工艺优化", "对注塑机开展工艺参数优化"),
        Case("延锋金桥武汉分公司", "武汉分公司为华中地区主机厂配套内饰件，年产值约12亿元。",
             "涂装质量分析", "建设涂装线质量分析模型"),
    ),
    build_start=(2020, 1), build_end=(2023, 12),
))
